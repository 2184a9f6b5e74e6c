// Random position sequences for the fused segment-table tests (test/positions-fused*.test.ts):
// Qwen2-VL / 2.5-VL / 3-VL / 2.5-Omni token streams (text runs, images, videos, audio, audio in
// video, left padding, batches) and TMRoPE time lines, with the spec pair that reads them: the
// fused spec (segment table) and its `tensor` twin that reads the host builder's materialized
// positions.
import fc from 'fast-check';
import {
  buildMropePositions, buildMropeSegmentTables, buildTimelineBatch, buildTimelineSegmentTable, encodeSegments,
  mropeOptionsFromSpec, type EncodedSegments, type PositionSegment, type SegmentTable, type Thw, type TimelineSegment,
  type TransformersVersion,
} from '../../src/positions/index.js';
import type { RopeIR } from '../../src/compiler/ir.js';
import type { RopeInputs } from '../../src/compiler/runtime.js';

const VS = 151652;
const VE = 151653;
const IMG = 151655;
const VID = 151656;
const A = 151646; // Omni <|AUDIO|>
const AS = 151647; // Omni <|audio_bos|>
const AE = 151648; // Omni <|audio_eos|>

/** `omni`: Qwen2.5-Omni's thinker (video scaled by 25 ids per second, audio blocks, audio in video). */
export type Variant = 'frames' | 'scaled' | 'per_frame' | 'omni' | 'timeline';
export type Layout = 'thd' | 'bshd' | 'bhsd';

/**
 * The fused spec of a variant (append ' tensor' to the positions line for the explicit twin);
 * `mropeExtra` adds options to `mrope(…)`, e.g. 'transformers v4_57'.
 */
export function specSource(variant: Variant, layout: Layout, tensor: boolean, dtype = 'f32', mropeExtra = ''): string {
  const name = `fused_${variant}_${layout}${tensor ? '_tensor' : ''}`;
  const layoutText = { thd: '[tokens, heads, dim]', bshd: '[batch, seq, heads, dim]', bhsd: '[batch, heads, seq, dim]' }[layout];
  const mrope = variant === 'omni' ? 'video scaled, tokens_per_second 25, audio_token 151646'
    : `video ${variant}${variant === 'scaled' ? ', tokens_per_second 2' : ''}`;
  const pos = variant === 'timeline' ? 'positions timeline' : `positions mrope(spatial_merge 2, ${mrope}${mropeExtra ? `, ${mropeExtra}` : ''})`;
  const axes = variant === 'timeline' ? '' : variant === 'per_frame' ? '  axes interleaved [t 4, h 2, w 2]\n' : '  axes sectioned [t 2, h 3, w 3]\n';
  return `rope ${name} {\n  head_dim 16\n  style half\n  frequencies base 10000\n${axes}  ${pos}${tensor ? ' tensor' : ''}\n` +
    `  kernel {\n    q heads 2\n    k heads 1\n    layout ${layoutText}\n    dtype ${dtype}\n  }\n}\n`;
}

type Part =
  | { kind: 'text'; n: number }
  | { kind: 'image'; grid: Thw }
  /** `stamp`: Qwen3-VL timestamp tokens before each frame; `audio`: Omni audio-in-video tokens. */
  | { kind: 'video'; grid: Thw; spg: number; stamp: number; audio: number }
  /** Omni: <audio_bos>, `len` audio tokens, <audio_eos>. */
  | { kind: 'audio'; len: number };

const side = fc.constantFrom(2, 4);
const textPart = fc.integer({ min: 0, max: 4 }).map((n) => ({ kind: 'text' as const, n }));
const partArb: fc.Arbitrary<Part> = fc.oneof(
  textPart,
  fc.tuple(side, side).map(([h, w]) => ({ kind: 'image' as const, grid: [1, h, w] as Thw })),
  fc.record({ t: fc.integer({ min: 1, max: 3 }), h: side, w: side, spg: fc.constantFrom(0.5, 0.7, 1, 1.3, 2), stamp: fc.integer({ min: 0, max: 2 }) })
    .map((v) => ({ kind: 'video' as const, grid: [v.t, v.h, v.w] as Thw, spg: v.spg, stamp: v.stamp, audio: 0 })),
);

export interface MropeSequence {
  rows: Part[][];
  /** Extra left padding per row, on top of padding to the longest row. */
  pad: number[];
  /** Omni `use_audio_in_video`: every video carries `audio` audio tokens, interleaved by time chunk. */
  audioInVideo?: boolean;
  /** Leave out the grid lists when no row has an image or video (the builders' text-only branch). */
  omitGrids?: boolean;
  /** The transformers conventions the builders follow (Omni: the same in every setting). */
  transformers?: TransformersVersion;
}

const transformersArb = fc.constantFrom<TransformersVersion>('v4_57', 'v5', 'v5_int_spg');

export const mropeSequenceArb: fc.Arbitrary<MropeSequence> = fc.integer({ min: 1, max: 3 }).chain((batch) =>
  fc.record({
    rows: fc.array(fc.array(partArb, { minLength: 0, maxLength: 4 }), { minLength: batch, maxLength: batch }),
    pad: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: batch, maxLength: batch }),
    transformers: transformersArb,
  }));

// Qwen2.5-Omni at its published settings: 25 position ids per second, 2-second chunks (50 ids).
// A video's frame f sits at trunc(f32(f·spg)·25): spg 0.7 and 1.3 put chunk edges after uneven
// numbers of frames (0.7: before frames 3 and 6), spg 3 and 4 (second_per_grids = 2 / fps at 0.5–0.67 fps) jump 75 and 100 ids per frame,
// so get_chunked_index, which steps one chunk per token, cuts a one-token chunk that splits a
// frame, and spg 0.08 (25 fps) keeps short videos inside one chunk. Audio ids count one per token,
// so only audio of more than 50 tokens crosses a chunk edge: lengths are mostly short, sometimes
// long. Frame counts favour 1 (a single-frame video).
const audioLength = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 8 }), weight: 3 },
  { arbitrary: fc.integer({ min: 45, max: 110 }), weight: 1 },
);
const omniPartArb: fc.Arbitrary<Part> = fc.oneof(
  { arbitrary: textPart, weight: 2 },
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 2 }), side, side).map(([t, h, w]) => ({ kind: 'image' as const, grid: [t, h, w] as Thw })), weight: 1 },
  {
    arbitrary: fc.record({
      t: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 6 })), h: side, w: side,
      spg: fc.oneof(fc.constantFrom(0.08, 0.5, 0.7, 1, 1.3, 2), fc.constantFrom(3, 4)), audio: audioLength,
    }).map((v) => ({ kind: 'video' as const, grid: [v.t, v.h, v.w] as Thw, spg: v.spg, stamp: 0, audio: v.audio })),
    weight: 3,
  },
  { arbitrary: audioLength.map((len) => ({ kind: 'audio' as const, len })), weight: 1 },
);

/** Qwen2.5-Omni batches, with and without audio in video; some batches are text only. */
export const omniSequenceArb: fc.Arbitrary<MropeSequence> = fc.integer({ min: 1, max: 3 }).chain((batch) =>
  fc.record({
    rows: fc.array(fc.oneof(
      { arbitrary: fc.array(omniPartArb, { minLength: 0, maxLength: 4 }), weight: 4 },
      { arbitrary: fc.array(textPart, { minLength: 0, maxLength: 3 }), weight: 1 },
    ), { minLength: batch, maxLength: batch }),
    pad: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: batch, maxLength: batch }),
    audioInVideo: fc.boolean(),
    omitGrids: fc.boolean(),
    transformers: transformersArb,
  }));

/**
 * Token ids, mask, grids and audio lengths of a sequence for one video mode (per_frame: one block
 * per frame). An Omni video with audio is `<vision_start><audio_start>`, its video tokens, its
 * audio tokens, `<audio_end><vision_end>`: the builder lays positions out in chunk order and
 * checks only the token counts (docs/positions.md), so the order inside the block does not matter.
 */
export function mropeInputs(seq: MropeSequence, video: 'frames' | 'scaled' | 'per_frame') {
  const imageGridThw: Thw[] = [];
  const videoGridThw: Thw[] = [];
  const secondPerGridTs: number[] = [];
  const audioLengths: number[] = [];
  let text = 1;
  const rows = seq.rows.map((parts) => {
    const ids: number[] = [];
    const run = (n: number, id: number) => new Array<number>(n).fill(id);
    for (const p of parts) {
      if (p.kind === 'text') for (let i = 0; i < p.n; i++) ids.push(text++ % 1000 + 1);
      else if (p.kind === 'image') {
        imageGridThw.push(p.grid);
        ids.push(VS, ...run((p.grid[0] * p.grid[1] * p.grid[2]) / 4, IMG), VE);
      } else if (p.kind === 'audio') {
        audioLengths.push(p.len);
        ids.push(AS, ...run(p.len, A), AE);
      } else {
        videoGridThw.push(p.grid);
        secondPerGridTs.push(p.spg);
        const perFrame = (p.grid[1] * p.grid[2]) / 4;
        if (video === 'per_frame') {
          for (let f = 0; f < p.grid[0]; f++) ids.push(...run(p.stamp, 7), VS, ...run(perFrame, VID), VE);
        } else if (seq.audioInVideo) {
          audioLengths.push(p.audio);
          ids.push(VS, AS, ...run(perFrame * p.grid[0], VID), ...run(p.audio, A), AE, VE);
        } else ids.push(VS, ...run(perFrame * p.grid[0], VID), VE);
      }
    }
    if (ids.length === 0) ids.push(5);
    return ids;
  });
  const len = Math.max(...rows.map((r, b) => r.length + seq.pad[b]));
  const inputIds = rows.map((r) => [...new Array<number>(len - r.length).fill(0), ...r]);
  const attentionMask = rows.map((r) => [...new Array<number>(len - r.length).fill(0), ...new Array<number>(r.length).fill(1)]);
  const grids = seq.omitGrids && imageGridThw.length === 0 && videoGridThw.length === 0 ? {} : { imageGridThw, videoGridThw };
  return { inputIds, attentionMask, ...grids, secondPerGridTs, audioLengths };
}

export interface TimelineSequence {
  seqLen: number;
  rows: TimelineSegment[][];
}

const timelineRowArb = (seqLen: number): fc.Arbitrary<TimelineSegment[]> =>
  fc.array(fc.oneof(
    fc.record({ kind: fc.constantFrom<'text' | 'image' | 'audio'>('text', 'image', 'audio'), time: fc.double({ min: -10, max: 300, noNaN: true }) }),
    fc.record({ kind: fc.constant<'video'>('video'), ppf: fc.integer({ min: 1, max: 4 }), start: fc.double({ min: 0, max: 300, noNaN: true }), interval: fc.constantFrom(0.5, 1 / 3, 2) }),
  ), { minLength: 1, maxLength: 6 }).map((items) => {
    // Fill seqLen tokens left to right; a video takes as many whole frames as fit.
    const segs: TimelineSegment[] = [];
    let at = 0;
    for (const it of items) {
      if (at >= seqLen) break;
      if (it.kind === 'video') {
        const frames = Math.floor((seqLen - at) / it.ppf);
        if (frames < 1) continue;
        const n = Math.min(frames, 3);
        segs.push({ kind: 'video', start: at, end: at + n * it.ppf, patchesPerFrame: it.ppf, frameTimes: Array.from({ length: n }, (_, i) => it.start + i * it.interval) });
        at += n * it.ppf;
      } else {
        const end = Math.min(seqLen, at + 1 + (Math.abs(Math.round(it.time)) % 4));
        segs.push({ kind: it.kind, start: at, end, time: it.time });
        at = end;
      }
    }
    if (at < seqLen) segs.push({ kind: 'text', start: at, end: seqLen, time: 0 });
    return segs;
  });

export const timelineSequenceArb: fc.Arbitrary<TimelineSequence> = fc.record({ seqLen: fc.integer({ min: 1, max: 14 }), batch: fc.integer({ min: 1, max: 3 }) })
  .chain(({ seqLen, batch }) => fc.array(timelineRowArb(seqLen), { minLength: batch, maxLength: batch }).map((rows) => ({ seqLen, rows })));

/**
 * A tiny Qwen2.5-Omni case with audio in video, positions written out by hand from the published
 * get_rope_index at its published settings (25 ids per second, 2-second chunks = 50 ids):
 * x <vision_start><audio_start> V V A A A V <audio_end><vision_end> y. The video is 3 frames of one
 * merged patch (grid 3×2×2, merge 2) at 1 s per grid step, so frame times are 0, 25, 50 ids; the
 * 3 audio tokens are ids 0, 1, 2. Chunks of 50 ids: video [f0 f1] | [f2], audio [0 1 2], laid out
 * video chunk 0, audio chunk 0, video chunk 1. x is 0; both start tokens 1; from s = 2:
 * f0 (2, 2, 2), f1 (27, 2, 2), audio 2 3 4, f2 (52, 2, 2); both end tokens sit at the last chunk's
 * max + 1 = 53; y is 54.
 */
export const OMNI_BY_HAND = {
  inputs: { inputIds: [[1, VS, AS, VID, VID, A, A, A, VID, AE, VE, 2]], videoGridThw: [[3, 2, 2] as Thw], secondPerGridTs: [1] },
  useAudioInVideo: true,
  /** [t, h, w] rows, one entry per token. */
  positions: [
    [0, 1, 1, 2, 27, 2, 3, 4, 52, 53, 53, 54],
    [0, 1, 1, 2, 2, 2, 3, 4, 2, 53, 53, 54],
    [0, 1, 1, 2, 2, 2, 3, 4, 2, 53, 53, 54],
  ],
};

/** The hand case as fused inputs (table from the builder) and as explicit hand-written positions. */
export function omniByHandCase(ir: RopeIR, seed: number): FusedCase {
  const src = ir.host.positions;
  if (src.kind !== 'mrope' || src.audioToken === null) throw new Error('not an Omni spec');
  const tables = buildMropeSegmentTables(OMNI_BY_HAND.inputs, { ...mropeOptionsFromSpec(src), useAudioInVideo: true }).tables;
  const encoded = encodeSegments(tables, { concat: ir.kernel.layout === 'thd' });
  const seq = OMNI_BY_HAND.positions[0].length;
  const { q, k } = qk(ir, seq, seed);
  const sizes = sizesFor(ir, 1, seq);
  return {
    fused: { q, k, sizes, segment_table: encoded.table, segment_values: encoded.values },
    explicit: { q, k, sizes, positions: Int32Array.from(OMNI_BY_HAND.positions.flat()) },
    encoded,
    batch: 1,
    seq,
  };
}

export interface FusedCase {
  /** Inputs of the fused spec (segment table) and of the tensor twin (positions). */
  fused: RopeInputs;
  explicit: RopeInputs;
  encoded: EncodedSegments;
  batch: number;
  seq: number;
}

function qk(ir: RopeIR, tokens: number, seed: number) {
  let x = seed >>> 0 || 1;
  const r = () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  const q = Float32Array.from({ length: tokens * ir.kernel.qHeads! * ir.headDim }, r);
  const k = Float32Array.from({ length: tokens * ir.kernel.kHeads! * ir.headDim }, r);
  return { q, k };
}

function sizesFor(ir: RopeIR, batch: number, seq: number) {
  return ir.kernel.layout === 'thd' ? { tokens: batch * seq } : { batch, seq };
}

/** Positions [C, batch, seq] as the twin's [C, tokens] for layout thd/bshd (flat = b·seq + s); bhsd reads the same flat order. */
export function mropeCase(ir: RopeIR, seq: MropeSequence, seed: number): FusedCase {
  const src = ir.host.positions;
  if (src.kind !== 'mrope') throw new Error('not an mrope spec');
  const omni = src.audioToken !== null;
  if (!omni && (seq.audioInVideo || seq.rows.some((r) => r.some((p) => p.kind === 'audio')))) throw new Error(`${ir.name} is not an Omni spec, but the sequence has audio`);
  const inputs = mropeInputs(seq, src.video);
  const options = { ...mropeOptionsFromSpec(src), useAudioInVideo: omni && seq.audioInVideo === true, transformers: seq.transformers };
  const built = buildMropePositions(inputs, options);
  const tables = buildMropeSegmentTables(inputs, options).tables;
  const encoded = encodeSegments(tables, { concat: ir.kernel.layout === 'thd' });
  const { q, k } = qk(ir, built.batch * built.seq, seed);
  const sizes = sizesFor(ir, built.batch, built.seq);
  return {
    fused: { q, k, sizes, segment_table: encoded.table, segment_values: encoded.values },
    explicit: { q, k, sizes, positions: built.positions },
    encoded,
    batch: built.batch,
    seq: built.seq,
  };
}

/** Random fused cases for a variant's spec: a function of the q/k seed. */
export function fusedCaseArb(ir: RopeIR, variant: Variant): fc.Arbitrary<(seed: number) => FusedCase> {
  if (variant === 'timeline') return timelineSequenceArb.map((t) => (seed: number) => timelineCase(ir, t, seed));
  return (variant === 'omni' ? omniSequenceArb : mropeSequenceArb).map((m) => (seed: number) => mropeCase(ir, m, seed));
}

export function timelineCase(ir: RopeIR, t: TimelineSequence, seed: number): FusedCase {
  const positions = buildTimelineBatch(t.seqLen, t.rows);
  const tables = t.rows.map((row) => buildTimelineSegmentTable(t.seqLen, row));
  const encoded = encodeSegments(tables, { concat: ir.kernel.layout === 'thd' });
  const batch = t.rows.length;
  const { q, k } = qk(ir, batch * t.seqLen, seed);
  const sizes = sizesFor(ir, batch, t.seqLen);
  return {
    fused: { q, k, sizes, segment_table: encoded.table, segment_values: encoded.values },
    explicit: { q, k, sizes, positions },
    encoded,
    batch,
    seq: t.seqLen,
  };
}

/**
 * Random segment tables for any fused spec (the library and random-spec inputs): every row split
 * into random text / const / grid / frames segments with positions in [0, posLimit) (time lines
 * also get negative and fractional times). Whole-number positions for M-RoPE, so sin/cos tables
 * apply. `r` is a uniform [0, 1) generator.
 */
export function randomSegmentTables(ir: RopeIR, batch: number, seq: number, r: () => number, posLimit: number): EncodedSegments {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const axes = ir.positions.components === 3 ? 3 : 1;
  const tables = Array.from({ length: batch }, () => {
    const segments: PositionSegment[] = [];
    let at = 0;
    while (at < seq) {
      const length = int(1, Math.min(4, seq - at));
      // Time lines (1 component) have no grid segments.
      const kinds = axes === 3 ? ['text', 'const', 'grid', 'frames'] : ['text', 'const', 'frames'];
      const pick = kinds[int(0, kinds.length - 1)];
      const start = at;
      if (pick === 'text') segments.push({ kind: 'text', start, length, base: int(0, Math.max(0, posLimit - length)) });
      else if (pick === 'const') {
        const value = axes === 3 ? int(0, posLimit - 1) : Math.fround((r() * 1.2 - 0.2) * posLimit);
        segments.push({ kind: 'const', start, length, value });
      } else if (pick === 'grid') {
        const H = int(1, 3);
        const W = int(1, 3);
        const offset = int(0, 5);
        const scaled = posLimit >= 100 && r() < 0.5;
        const tScale: [number, number] = scaled ? [Math.fround([0.5, 0.7, 1.3, 2][int(0, 3)]), 2] : [1, 1];
        const tMax = Math.trunc(Math.fround(Math.fround(Math.floor((offset + length) / (H * W)) * tScale[0]) * tScale[1]));
        const base = int(0, Math.max(0, posLimit - 1 - Math.max(tMax, H, W)));
        segments.push({ kind: 'grid', start, length, base: [base, base, base], grid: [1, H, W], offset, tScale });
      } else {
        const n = int(0, 3);
        const frameTimes = Array.from({ length: n }, () => (axes === 3 ? int(0, posLimit - 1) : Math.fround((r() * 1.2 - 0.2) * posLimit)));
        segments.push({ kind: 'frames', start, length, patchesPerFrame: int(1, 3), offset: int(0, 4), frameTimes });
      }
      at += length;
    }
    return { length: seq, axes, segments } as SegmentTable;
  });
  return encodeSegments(tables, { concat: ir.kernel.layout === 'thd' });
}
