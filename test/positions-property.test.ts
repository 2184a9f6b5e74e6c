// Property tests for the position builders: random token sequences (text, images, videos, audio,
// left padding) for every Qwen variant, and random time lines. The segment tables must reproduce
// the builders' tensors on every token, text must count on monotonically, and rope_delta must make
// decode continue at max + 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMropePositions,
  buildMropeSegmentTables,
  buildTimelinePositions,
  buildTimelineSegmentTable,
  decodePositions,
  evaluateSegments,
  MROPE_PRESETS,
  validateSegmentTable,
  type MropeInputs,
  type MropeOptions,
  type Thw,
  type TransformersVersion,
  type TimelineSegment,
} from '../src/positions/index.js';
import { RopeArgumentError } from '../src/compiler/runtime.js';

const VS = 151652;
const VE = 151653;
const IMG = 151655;
const VID = 151656;
const A = 151646;
const AS = 151647;
const AE = 151648;

type Variant = 'qwen2_vl' | 'qwen2_5_vl' | 'qwen3_vl' | 'omni' | 'omni_av';
type Part =
  | { kind: 'text'; ids: number[] }
  | { kind: 'image'; grid: Thw }
  | { kind: 'video'; grid: Thw; spg: number; audio: number; stamps: number[] }
  | { kind: 'audio'; len: number };

const side = fc.constantFrom(2, 4, 6);
const textIds = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 0, maxLength: 4 });
const partArb = (variant: Variant): fc.Arbitrary<Part> => {
  const parts: fc.Arbitrary<Part>[] = [
    textIds.map((ids) => ({ kind: 'text' as const, ids })),
    fc.tuple(fc.integer({ min: 1, max: 2 }), side, side).map(([t, h, w]) => ({ kind: 'image' as const, grid: [t, h, w] as Thw })),
    fc
      .record({
        grid: fc.tuple(fc.integer({ min: 1, max: 4 }), side, side),
        spg: fc.constantFrom(0.5, 0.7, 1, 1.3, 2),
        audio: fc.integer({ min: 1, max: 30 }),
        stamps: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 3 }),
      })
      .map((v) => ({ kind: 'video' as const, grid: v.grid as Thw, spg: v.spg, audio: v.audio, stamps: v.stamps })),
  ];
  if (variant === 'omni' || variant === 'omni_av') parts.push(fc.integer({ min: 1, max: 6 }).map((len) => ({ kind: 'audio' as const, len })));
  return fc.oneof(...parts);
};

interface Case {
  inputs: MropeInputs;
  options: MropeOptions;
  /** Per row: which padded indices hold text tokens (including start/end/timestamp tokens). */
  isText: boolean[][];
  variant: Variant;
}

function toCase(variant: Variant, rows: Part[][], extraPad: number[], padValue: number, deltaLength: 'padded' | 'unpadded', chunk: [number, number], transformers: TransformersVersion): Case {
  const imageGridThw: Thw[] = [];
  const videoGridThw: Thw[] = [];
  const secondPerGridTs: number[] = [];
  const seqs: { ids: number[]; text: boolean[] }[] = rows.map((parts) => {
    const ids: number[] = [];
    const text: boolean[] = [];
    const push = (id: number, isText: boolean) => {
      ids.push(id);
      text.push(isText);
    };
    for (const p of parts) {
      if (p.kind === 'text') p.ids.forEach((id) => push(id, true));
      else if (p.kind === 'audio') {
        push(AS, true);
        for (let k = 0; k < p.len; k++) push(A, false);
        push(AE, true);
      } else if (p.kind === 'image') {
        imageGridThw.push(p.grid);
        push(VS, true);
        for (let k = 0; k < (p.grid[0] * p.grid[1] * p.grid[2]) / 4; k++) push(IMG, false);
        push(VE, true);
      } else {
        videoGridThw.push(p.grid);
        secondPerGridTs.push(p.spg);
        const [t, h, w] = p.grid;
        const perFrame = (h * w) / 4;
        if (variant === 'qwen3_vl') {
          for (let f = 0; f < t; f++) {
            p.stamps.forEach((id) => push(id, true)); // "<1.5 seconds>" style timestamp text
            push(VS, true);
            for (let k = 0; k < perFrame; k++) push(VID, false);
            push(VE, true);
          }
        } else if (variant === 'omni_av') {
          push(VS, true);
          push(AS, true);
          for (let k = 0; k < t * perFrame; k++) push(VID, false);
          for (let k = 0; k < p.audio; k++) push(A, false);
          push(AE, true);
          push(VE, true);
        } else {
          push(VS, true);
          for (let k = 0; k < t * perFrame; k++) push(VID, false);
          push(VE, true);
        }
      }
    }
    if (ids.length === 0) push(7, true);
    return { ids, text };
  });
  const seq = Math.max(...seqs.map((s, b) => s.ids.length + extraPad[b]));
  const inputIds: number[][] = [];
  const attentionMask: number[][] = [];
  const isText: boolean[][] = [];
  seqs.forEach((s) => {
    const pad = seq - s.ids.length;
    inputIds.push([...Array(pad).fill(0), ...s.ids]);
    attentionMask.push([...Array(pad).fill(0), ...s.ids.map(() => 1)]);
    isText.push([...Array(pad).fill(false), ...s.text]);
  });
  const base: MropeOptions =
    variant === 'omni' || variant === 'omni_av'
      ? { ...MROPE_PRESETS.qwen2_5_omni, useAudioInVideo: variant === 'omni_av', tokensPerSecond: chunk[0], secondsPerChunk: chunk[1] }
      : MROPE_PRESETS[variant];
  return {
    inputs: { inputIds, attentionMask, imageGridThw, videoGridThw, secondPerGridTs },
    options: { ...base, padValue, deltaLength, transformers },
    isText,
    variant,
  };
}

const caseArb: fc.Arbitrary<Case> = fc
  .constantFrom<Variant>('qwen2_vl', 'qwen2_5_vl', 'qwen3_vl', 'omni', 'omni_av')
  .chain((variant) =>
    fc
      .record({
        rows: fc.array(fc.array(partArb(variant), { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
        extraPad: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
        padValue: fc.constantFrom(0, 1),
        deltaLength: fc.constantFrom<'padded' | 'unpadded'>('padded', 'unpadded'),
        chunk: fc.tuple(fc.constantFrom(1, 2, 5, 25), fc.constantFrom(1, 2)),
        transformers: fc.constantFrom<TransformersVersion>('v4_57', 'v5', 'v5_int_spg'),
      })
      .map((r) => toCase(variant, r.rows, r.extraPad, r.padValue, r.deltaLength, r.chunk as [number, number], r.transformers)),
  );

const RUNS = 300;

describe('M-RoPE properties', () => {
  it('the segment table reproduces the builder on every token, and deltas agree', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = buildMropePositions(c.inputs, c.options);
        const t = buildMropeSegmentTables(c.inputs, c.options);
        expect(t.ropeDeltas).toEqual(r.ropeDeltas);
        for (let b = 0; b < r.batch; b++) {
          validateSegmentTable(t.tables[b]);
          for (let i = 0; i < r.seq; i++) {
            const p = evaluateSegments(t.tables[b], i);
            for (let a = 0; a < 3; a++) expect(p[a]).toBe(r.positions[(a * r.batch + b) * r.seq + i]);
          }
        }
      }),
      { numRuns: RUNS, seed: 20250105 },
    );
  });

  it('text tokens have one position on all axes, non-decreasing along t (all tokens for v4.57 Qwen-VL); pads hold padValue', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = buildMropePositions(c.inputs, c.options);
        const at = (a: number, b: number, i: number) => r.positions[(a * r.batch + b) * r.seq + i];
        for (let b = 0; b < r.batch; b++) {
          let lastText = -Infinity;
          let lastAny = -Infinity;
          for (let i = 0; i < r.seq; i++) {
            if (c.inputs.attentionMask![b][i] === 0) {
              expect([at(0, b, i), at(1, b, i), at(2, b, i)]).toEqual(Array(3).fill(c.options.padValue));
              continue;
            }
            if (c.isText[b][i]) {
              expect(at(1, b, i)).toBe(at(0, b, i));
              expect(at(2, b, i)).toBe(at(0, b, i));
              expect(at(0, b, i)).toBeGreaterThanOrEqual(lastText);
              lastText = at(0, b, i);
            }
            // v4.57 resumes after a block's largest position; v5 at its start + max(H, W), which a
            // long video's t can pass, so only v4.57 (and Omni, below) never steps back along t.
            if (!c.variant.startsWith('omni') && c.options.transformers === 'v4_57') {
              expect(at(0, b, i)).toBeGreaterThanOrEqual(lastAny);
              lastAny = at(0, b, i);
            }
          }
        }
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  it('rope_delta makes decode continue at max + 1 (v5 Qwen2-VL: at least at the row length)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = buildMropePositions(c.inputs, c.options);
        for (let b = 0; b < r.batch; b++) {
          const mask = c.inputs.attentionMask![b];
          let max = -Infinity;
          for (let a = 0; a < 3; a++) for (let i = 0; i < r.seq; i++) if (mask[i] === 1) max = Math.max(max, r.positions[(a * r.batch + b) * r.seq + i]);
          const nValid = mask.filter((m) => m === 1).length;
          // the next token's cache position is the row length the delta was computed against;
          // v5's Qwen2-VL clamps the delta at 0, so decode never goes below that position
          const next = c.options.deltaLength === 'unpadded' ? nValid : r.seq;
          const want = c.variant === 'qwen2_vl' && c.options.transformers !== 'v4_57' ? Math.max(max + 1, next) : max + 1;
          expect(Array.from(decodePositions(next, r.ropeDeltas[b]))).toEqual([want, want, want]);
        }
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });

  it('dropping the last image grid is always an error, never a silent result', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => (c.inputs.imageGridThw ?? []).length > 0),
        (c) => {
          const inputs = { ...c.inputs, imageGridThw: c.inputs.imageGridThw!.slice(0, -1) };
          expect(() => buildMropePositions(inputs, c.options)).toThrow(RopeArgumentError);
          expect(() => buildMropeSegmentTables(inputs, c.options)).toThrow(RopeArgumentError);
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

const partitionArb: fc.Arbitrary<{ seqLen: number; segs: TimelineSegment[] }> = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constantFrom<'text' | 'image' | 'audio'>('text', 'image', 'audio'), len: fc.integer({ min: 1, max: 6 }), time: fc.option(fc.double({ min: -10, max: 100, noNaN: true }), { nil: undefined }) }),
      fc.record({ kind: fc.constant<'video'>('video'), ppf: fc.integer({ min: 1, max: 4 }), times: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 4 }) }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((items) => {
    let at = 0;
    const segs: TimelineSegment[] = items.map((it) => {
      if (it.kind === 'video') {
        const len = it.ppf * it.times.length;
        const s: TimelineSegment = { kind: 'video', start: at, end: at + len, patchesPerFrame: it.ppf, frameTimes: it.times };
        at += len;
        return s;
      }
      const s: TimelineSegment = { kind: it.kind, start: at, end: at + it.len, ...(it.time === undefined ? {} : { time: it.time }) };
      at += it.len;
      return s;
    });
    return { seqLen: at, segs };
  });

const looseArb: fc.Arbitrary<{ seqLen: number; segs: TimelineSegment[] }> = fc.record({
  seqLen: fc.integer({ min: 0, max: 20 }),
  segs: fc.array(
    fc.record({
      kind: fc.constantFrom<'text' | 'image' | 'video' | 'audio'>('text', 'image', 'video', 'audio'),
      start: fc.integer({ min: -5, max: 22 }),
      len: fc.integer({ min: -2, max: 12 }),
      time: fc.option(fc.double({ min: -5, max: 50, noNaN: true }), { nil: undefined }),
      ppf: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      times: fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 0, maxLength: 4 }),
    }).map((r): TimelineSegment => ({
      kind: r.kind,
      start: r.start,
      end: r.start + r.len,
      ...(r.time === undefined ? {} : { time: r.time }),
      ...(r.ppf === undefined ? {} : { patchesPerFrame: r.ppf }),
      ...(r.kind === 'video' || r.kind === 'audio' ? { frameTimes: r.times } : {}),
    })),
    { maxLength: 6 },
  ),
});

function tableMatches(seqLen: number, segs: TimelineSegment[], mode: 'strict' | 'compat'): Float32Array {
  const out = buildTimelinePositions(seqLen, segs, { mode });
  const table = buildTimelineSegmentTable(seqLen, segs, { mode });
  validateSegmentTable(table);
  for (let i = 0; i < seqLen; i++) expect(evaluateSegments(table, i)[0]).toBe(out[i]);
  return out;
}

describe('time line properties', () => {
  it('strict: a partition gives each token its segment\'s time (float32), and the table agrees', () => {
    fc.assert(
      fc.property(partitionArb, ({ seqLen, segs }) => {
        const out = tableMatches(seqLen, segs, 'strict');
        for (const s of segs) {
          for (let i = s.start; i < s.end; i++) {
            const want = s.kind === 'video' ? s.frameTimes![Math.floor((i - s.start) / s.patchesPerFrame!)] : (s.time ?? 0);
            expect(out[i]).toBe(Math.fround(want));
          }
        }
        // compat agrees with strict on valid metadata
        expect(buildTimelinePositions(seqLen, segs, { mode: 'compat' })).toEqual(out);
      }),
      { numRuns: RUNS, seed: 5 },
    );
  });

  it('compat: any metadata (overlaps, gaps, out of range) — the table reproduces the tensor', () => {
    fc.assert(
      fc.property(looseArb, ({ seqLen, segs }) => {
        tableMatches(seqLen, segs, 'compat');
      }),
      { numRuns: RUNS, seed: 9 },
    );
  });

  it('strict rejects a partition with one segment widened into its neighbour', () => {
    fc.assert(
      fc.property(partitionArb.filter((p) => p.segs.length >= 2), fc.nat(), ({ seqLen, segs }, pick) => {
        const k = pick % (segs.length - 1);
        const bad = segs.map((s, j) => (j === k && s.kind !== 'video' ? { ...s, end: s.end + 1 } : j === k + 1 && segs[k].kind === 'video' ? { ...s, start: s.start - 1 } : s));
        expect(() => buildTimelinePositions(seqLen, bad)).toThrow(RopeArgumentError);
        expect(() => buildTimelinePositions(seqLen, bad, { mode: 'compat' })).not.toThrow();
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
