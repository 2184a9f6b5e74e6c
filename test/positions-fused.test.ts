// Fused segment tables in the interpreter and the TS backend: the encoding written out by hand on
// a tiny case, the checks on malformed tables, and the agreement property on random sequences:
// positions evaluated from the table == the host builder's tensor, and the fused kernel's output ==
// the explicit-position (`tensor`) kernel's output == the interpreter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { forEachToken, tokenPosition } from '../src/compiler/interpreter.js';
import { resolveShape, RopeArgumentError, type RopeInputs } from '../src/compiler/runtime.js';
import {
  buildMropePositions, buildMropeSegmentTables, buildTimelineSegmentTable, decodeSegments, encodeSegments, MROPE_PRESETS, type PositionSegment,
} from '../src/positions/index.js';
import { allowedError, firstMismatch, fromStorage } from './support/dtype.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { fusedCaseArb, mropeCase, mropeSequenceArb, OMNI_BY_HAND, omniByHandCase, omniSequenceArb, specSource, type Layout, type Variant } from './support/fused-cases.js';

function compileTs(source: string) {
  const r = compile(source, { file: 'fused.rope', targets: ['ts'] });
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return { ir: r.irs[0], code: r.artifacts[0].contents };
}

const f32Bits = (x: number) => new Int32Array(Float32Array.of(x).buffer)[0];

describe('segment table encoding', () => {
  it('encodes 3 text tokens, a 1×4×4 image (merge 2) and 2 text tokens as written out by hand', () => {
    // Qwen2-VL: text 0 1 2, <vision_start> at 3, 4 image tokens at (4 + (0, h, w)), <vision_end> 6, text 7 8.
    const ids = [[1, 2, 3, 151652, 151655, 151655, 151655, 151655, 151653, 4, 5]];
    const { tables } = buildMropeSegmentTables({ inputIds: ids, imageGridThw: [[1, 4, 4]] }, MROPE_PRESETS.qwen2_vl);
    const enc = encodeSegments(tables);
    expect(Array.from(enc.table)).toEqual([
      0, 3, //                            row 0 holds records 0 … 2
      0, 0, 0, 0, 0, 0, 0, 0, //           text from token 0, base 0
      2, 4, 4, 4, 4, 2, 2, 0, //           grid from token 4, base (4, 4, 4), H = W = 2, offset 0, scale at values[0]
      0 | 0, 8, 6, 0, 0, 0, 0, 0, //       text from token 8, base 6
    ]);
    expect(Array.from(enc.values)).toEqual([1, 1]);
    expect(decodeSegments(enc.table, enc.values, { rows: 1, rowLength: 11, axes: 3 })[0].segments.map((s) => s.kind)).toEqual(['text', 'grid', 'text']);
  });

  it('encodes a time line with a video of 2 frames and float times as written out by hand', () => {
    const t = buildTimelineSegmentTable(7, [
      { kind: 'text', start: 0, end: 2, time: 1.5 },
      { kind: 'video', start: 2, end: 6, patchesPerFrame: 2, frameTimes: [2, 2.25] },
      { kind: 'audio', start: 6, end: 7, time: -0.75 },
    ]);
    const enc = encodeSegments([t]);
    expect(Array.from(enc.table)).toEqual([
      0, 3,
      1, 0, 1, f32Bits(0.5), 0, 0, 0, 0, //    const 1 + 0.5 (value = whole + fraction, whole = trunc)
      3 | (0 << 4), 2, 2, 2, 0, 0, 0, 0, //  frames: n 2, 2 per frame, offset 0, times at values[0]
      1, 6, 0, f32Bits(-0.75), 0, 0, 0, 0, // const 0 + (−0.75)
    ]);
    expect(Array.from(enc.values)).toEqual([2, 2.25]);
  });

  it('lays rows end to end with concat (one row for [tokens, heads, dim])', () => {
    const a = buildTimelineSegmentTable(2, [{ kind: 'text', start: 0, end: 2, time: 3 }]);
    const b = buildTimelineSegmentTable(3, [{ kind: 'image', start: 0, end: 3, time: 4 }]);
    const enc = encodeSegments([a, b], { concat: true });
    expect(Array.from(enc.table)).toEqual([0, 2, 1, 0, 3, 0, 0, 0, 0, 0, 1, 2, 4, 0, 0, 0, 0, 0]);
  });
});

describe('malformed segment tables', () => {
  const { ir } = compileTs(specSource('frames', 'bshd', false));
  const ids = [[1, 2, 151652, 151655, 151655, 151655, 151655, 151653]];
  const good = encodeSegments(buildMropeSegmentTables({ inputIds: ids, imageGridThw: [[1, 4, 4]] }, MROPE_PRESETS.qwen2_vl).tables);
  const q = new Float32Array(8 * 2 * 16);
  const k = new Float32Array(8 * 16);
  const inputs = (table: Int32Array, values: Float32Array = good.values): RopeInputs =>
    ({ q, k, sizes: { batch: 1, seq: 8 }, segment_table: table, segment_values: values });
  const edit = (f: (t: Int32Array) => void) => {
    const t = Int32Array.from(good.table);
    f(t);
    return t;
  };
  const cases: [string, RopeInputs, RegExp][] = [
    ['missing table', { q, k, sizes: { batch: 1, seq: 8 } }, /^segment_table: missing/],
    ['too short', inputs(good.table.slice(0, 9)), /^segment_table: header word 1 says 3 segments/],
    ['first start not 0', inputs(edit((t) => (t[3] = 1))), /segment 0 .*must start at 0/],
    ['starts not rising', inputs(edit((t) => (t[11] = 0))), /starts must rise strictly/],
    ['start past the row', inputs(edit((t) => (t[19] = 9))), /starts must rise strictly and stay below the row length 8/],
    ['unknown kind', inputs(edit((t) => (t[10] = 5))), /unknown kind word 5/],
    ['grid with W = 0', inputs(edit((t) => (t[16] = 0))), /H = 2 and W = 0 must be ≥ 1/],
    ['grid scale index out of range', inputs(edit((t) => (t[10] = 2 | (7 << 4)))), /^segment_values: .*reads its temporal scale at values\[7\]/],
    ['negative grid offset', inputs(edit((t) => (t[17] = -1))), /offset -1/],
    ['text base overflow', inputs(edit((t) => (t[4] = 2 ** 31 - 1))), /base 2147483647 \+ 2 does not fit in i32/],
    ['values missing', { q, k, sizes: { batch: 1, seq: 8 }, segment_table: good.table }, /^segment_values: missing/],
    ['two rows given for one', inputs(Int32Array.from([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0])), /header word 1 says 1 segments/],
  ];
  it.each(cases)('%s → RopeArgumentError naming the argument', (_, bad, message) => {
    expect(() => interpret(ir, bad)).toThrow(RopeArgumentError);
    expect(() => interpret(ir, bad)).toThrow(message);
  });

  it('the generated TS module rejects the same tables before touching q and k', async () => {
    const { ir: ir2, code } = compileTs(specSource('frames', 'bshd', false));
    const mod = await loadGeneratedTs(code, ir2.name);
    for (const [, bad] of cases.slice(1)) {
      const before = Float32Array.from(q);
      expect(() => mod.rotateInPlace(bad)).toThrow(/^segment_(table|values)/);
      expect(Array.from(q)).toEqual(Array.from(before));
    }
  });

  it('encodeSegments names the row and field that do not fit in i32', () => {
    expect(() => encodeSegments([{ length: 2, axes: 3, segments: [{ kind: 'text', start: 0, length: 2, base: 2 ** 31 }] }]))
      .toThrow(/row 0, text segment at token 0: base = 2147483648 is not a whole number in the i32 range/);
    expect(() => encodeSegments([{ length: 2, axes: 1, segments: [{ kind: 'const', start: 0, length: 2, value: 0.1 }] }]))
      .toThrow(/not a float32 number/);
  });
});

/** Every token's position from the fused inputs equals the builder tensor's. */
function positionsAgree(ir: RopeIR, irT: RopeIR, fused: RopeInputs, explicit: RopeInputs): void {
  const shape = resolveShape(ir, fused);
  const shapeT = resolveShape(irT, explicit);
  forEachToken(ir, shape, (b, s, flat) => {
    const got = tokenPosition(ir, shape, fused, b, s, flat);
    const want = tokenPosition(irT, shapeT, explicit, b, s, flat);
    if (got.some((x, i) => x !== want[i])) throw new Error(`token ${flat} (row ${b}, ${s}): table gives ${got}, builder tensor ${want}`);
  });
}

const variants: Variant[] = ['frames', 'scaled', 'per_frame', 'omni', 'timeline'];
const layouts: Layout[] = ['thd', 'bshd', 'bhsd'];

describe.each(variants)('fused %s positions', (variant) => {
  it.each(layouts)('layout %s: table == builder tensor; TS fused == TS tensor == interpreter', async (layout) => {
    const fused = compileTs(specSource(variant, layout, false));
    const twin = compileTs(specSource(variant, layout, true));
    expect(fused.ir.schedule!.positionsInKernel).toBe(true);
    expect(twin.ir.schedule!.positionsInKernel).toBe(false);
    const mod = await loadGeneratedTs(fused.code, fused.ir.name);
    const modT = await loadGeneratedTs(twin.code, twin.ir.name);
    const arb = fusedCaseArb(fused.ir, variant);
    let tokens = 0;
    fc.assert(fc.property(arb, fc.integer({ min: 1, max: 2 ** 30 }), (make, seed) => {
      const c = make(seed);
      tokens += c.batch * c.seq;
      positionsAgree(fused.ir, twin.ir, c.fused, c.explicit);
      const ref = interpret(fused.ir, c.fused);
      const refT = interpret(twin.ir, c.explicit);
      expect(Array.from(ref.q)).toEqual(Array.from(refT.q));
      expect(Array.from(ref.k)).toEqual(Array.from(refT.k));
      const out = mod.rotate(c.fused);
      const outT = modT.rotate({ ...c.explicit, positions: c.explicit.positions instanceof Float32Array ? c.explicit.positions : Int32Array.from(c.explicit.positions!) });
      expect(Array.from(out.q)).toEqual(Array.from(outT.q));
      expect(Array.from(out.k)).toEqual(Array.from(outT.k));
      const scale = Math.max(1, ...Array.from(c.fused.q, Math.abs), ...Array.from(c.fused.k, Math.abs));
      for (const [name, got, want] of [['q', out.q, ref.q], ['k', out.k, ref.k]] as const) {
        expect(firstMismatch(fromStorage(got, 'f32'), want, (w) => allowedError('f32', w, scale, 1e-12)), name).toBeUndefined();
      }
    }), { numRuns: 60 });
    expect(tokens).toBeGreaterThan(100);
  });
});

describe('Qwen2.5-Omni audio in video, fused: positions written out by hand', () => {
  // OMNI_BY_HAND (test/support/fused-cases.ts): x <vision_start><audio_start> V V A A A V
  // <audio_end><vision_end> y, 25 ids per second, 50-id chunks, video frames at 0, 25, 50 ids.
  const want = [
    [0, 1, 1, 2, 27, 2, 3, 4, 52, 53, 53, 54],
    [0, 1, 1, 2, 2, 2, 3, 4, 2, 53, 53, 54],
    [0, 1, 1, 2, 2, 2, 3, 4, 2, 53, 53, 54],
  ];

  it('the builder tensor and every token evaluated from the table give the hand-written positions', () => {
    expect(OMNI_BY_HAND.positions).toEqual(want);
    const options = { ...MROPE_PRESETS.qwen2_5_omni, useAudioInVideo: true };
    const built = buildMropePositions(OMNI_BY_HAND.inputs, options);
    expect([0, 1, 2].map((a) => Array.from(built.positions.slice(a * 12, a * 12 + 12)))).toEqual(want);
    // 54 + 1 − 12 valid tokens (Omni's delta counts the unpadded row)
    expect(built.ropeDeltas).toEqual([43]);
    for (const layout of layouts) {
      const { ir } = compileTs(specSource('omni', layout, false));
      const c = omniByHandCase(ir, 7);
      // the video is cut in two grid records: frames 0–1, then frame 2 (offset 2) after the audio
      const rows = decodeSegments(c.encoded.table, c.encoded.values, { rows: 1, rowLength: 12, axes: 3 });
      expect(rows[0].segments.map((x) => x.kind)).toEqual(['text', 'const', 'grid', 'text', 'grid', 'const', 'text']);
      expect(rows[0].segments.map((x) => (x.kind === 'grid' ? x.offset : -1)).filter((o) => o >= 0)).toEqual([0, 2]);
      const shape = resolveShape(ir, c.fused);
      const got: number[][] = [[], [], []];
      forEachToken(ir, shape, (b, s, flat) => tokenPosition(ir, shape, c.fused, b, s, flat).forEach((x, a) => got[a].push(x)));
      expect(got, layout).toEqual(want);
    }
  });

  it.each(layouts)('layout %s: TS fused kernel == TS kernel on the hand-written positions ≈ interpreter', async (layout) => {
    const fused = compileTs(specSource('omni', layout, false));
    const twin = compileTs(specSource('omni', layout, true));
    const c = omniByHandCase(fused.ir, 11);
    const out = (await loadGeneratedTs(fused.code, fused.ir.name)).rotate(c.fused);
    const outT = (await loadGeneratedTs(twin.code, twin.ir.name)).rotate(c.explicit);
    expect(Array.from(out.q)).toEqual(Array.from(outT.q));
    expect(Array.from(out.k)).toEqual(Array.from(outT.k));
    const ref = interpret(twin.ir, c.explicit);
    const scale = Math.max(1, ...Array.from(c.fused.q, Math.abs), ...Array.from(c.fused.k, Math.abs));
    for (const [name, got, wantOut] of [['q', out.q, ref.q], ['k', out.k, ref.k]] as const) {
      expect(firstMismatch(fromStorage(got, 'f32'), wantOut, (w) => allowedError('f32', w, scale, 1e-12)), name).toBeUndefined();
    }
  });
});

describe('the Omni sequence generator', () => {
  it('produces what the fused property tests claim to cover', () => {
    // Counted on a fixed sample the size of one TS property run (60); each property run draws
    // afresh. chunkSplit: a video cut into several grid records by audio chunks; frameSplit: a cut
    // inside a frame (get_chunked_index's one-token chunk after a jump of more than 50 ids);
    // longAudioInVideo: audio of more than 50 ids, so the audio is cut too; textOnlyBranch: no grid
    // lists given at all.
    const { ir } = compileTs(specSource('omni', 'bshd', false));
    let tokens = 0;
    const n = { audioInVideo: 0, chunkSplit: 0, frameSplit: 0, longAudioInVideo: 0, audioBlocks: 0, oneFrame: 0, twoVideosInRow: 0, textOnlyBranch: 0 };
    for (const m of fc.sample(omniSequenceArb, { seed: 5, numRuns: 60 })) {
      const videos = m.rows.flat().filter((p) => p.kind === 'video');
      const c = mropeCase(ir, m, 1);
      tokens += c.batch * c.seq;
      if (m.audioInVideo && videos.length > 0) n.audioInVideo++;
      if (m.audioInVideo && videos.some((v) => v.kind === 'video' && v.audio > 50)) n.longAudioInVideo++;
      const grids = decodeSegments(c.encoded.table, c.encoded.values, { rows: c.batch, rowLength: c.seq, axes: 3 })
        .flatMap((r) => r.segments).filter((x): x is Extract<PositionSegment, { kind: 'grid' }> => x.kind === 'grid');
      if (grids.some((g) => g.offset > 0)) n.chunkSplit++;
      if (grids.some((g) => g.offset % (g.grid[1] * g.grid[2]) !== 0)) n.frameSplit++;
      if (m.rows.flat().some((p) => p.kind === 'audio')) n.audioBlocks++;
      if (videos.some((v) => v.kind === 'video' && v.grid[0] === 1)) n.oneFrame++;
      if (m.rows.some((r) => r.filter((p) => p.kind === 'video').length >= 2)) n.twoVideosInRow++;
      if (m.omitGrids && !m.rows.flat().some((p) => p.kind === 'video' || p.kind === 'image')) n.textOnlyBranch++;
    }
    for (const [what, count] of Object.entries(n)) expect(count, what).toBeGreaterThanOrEqual(3);
    expect(tokens).toBeGreaterThan(1000);
  });
});

describe('the Qwen-VL sequence generator', () => {
  it('draws every transformers setting, padded batches, and v5 videos whose t passes where text resumes', () => {
    // Counted on a fixed sample the size of one TS property run (60). longVideo: a video with more
    // frames than max(H, W) merged, so under v5 the text after it resumes below the video's t.
    const n = { v4_57: 0, v5: 0, v5_int_spg: 0, longVideoV5: 0, padded: 0 };
    for (const m of fc.sample(mropeSequenceArb, { seed: 5, numRuns: 60 })) {
      n[m.transformers!]++;
      const long = m.rows.flat().some((p) => p.kind === 'video' && p.grid[0] > Math.max(p.grid[1], p.grid[2]) / 2);
      if (long && m.transformers !== 'v4_57') n.longVideoV5++;
      if (m.pad.some((x) => x > 0)) n.padded++;
    }
    for (const [what, count] of Object.entries(n)) expect(count, what).toBeGreaterThanOrEqual(3);
  });
});
