// Random position sequences for the fused segment-table tests (test/positions-fused*.test.ts):
// Qwen2-VL / 2.5-VL / 3-VL token streams (text runs, images, videos, left padding, batches) and
// TMRoPE time lines, with the spec pair that reads them: the fused spec (segment table) and its
// `tensor` twin that reads the host builder's materialized positions.
import fc from 'fast-check';
import {
  buildMropePositions, buildMropeSegmentTables, buildTimelineBatch, buildTimelineSegmentTable, encodeSegments,
  mropeOptionsFromSpec, type EncodedSegments, type PositionSegment, type SegmentTable, type Thw, type TimelineSegment,
} from '../../src/positions/index.js';
import type { RopeIR } from '../../src/compiler/ir.js';
import type { RopeInputs } from '../../src/compiler/runtime.js';

const VS = 151652;
const VE = 151653;
const IMG = 151655;
const VID = 151656;

export type Variant = 'frames' | 'scaled' | 'per_frame' | 'timeline';
export type Layout = 'thd' | 'bshd' | 'bhsd';

/** The fused spec of a variant (append ' tensor' to the positions line for the explicit twin). */
export function specSource(variant: Variant, layout: Layout, tensor: boolean, dtype = 'f32'): string {
  const name = `fused_${variant}_${layout}${tensor ? '_tensor' : ''}`;
  const layoutText = { thd: '[tokens, heads, dim]', bshd: '[batch, seq, heads, dim]', bhsd: '[batch, heads, seq, dim]' }[layout];
  const pos = variant === 'timeline' ? 'positions timeline' : `positions mrope(spatial_merge 2, video ${variant}${variant === 'scaled' ? ', tokens_per_second 2' : ''})`;
  const axes = variant === 'timeline' ? '' : variant === 'per_frame' ? '  axes interleaved [t 4, h 2, w 2]\n' : '  axes sectioned [t 2, h 3, w 3]\n';
  return `rope ${name} {\n  head_dim 16\n  style half\n  frequencies base 10000\n${axes}  ${pos}${tensor ? ' tensor' : ''}\n` +
    `  kernel {\n    q heads 2\n    k heads 1\n    layout ${layoutText}\n    dtype ${dtype}\n  }\n}\n`;
}

type Part =
  | { kind: 'text'; n: number }
  | { kind: 'image'; grid: Thw }
  | { kind: 'video'; grid: Thw; spg: number; stamp: number };

const side = fc.constantFrom(2, 4);
const partArb: fc.Arbitrary<Part> = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map((n) => ({ kind: 'text' as const, n })),
  fc.tuple(side, side).map(([h, w]) => ({ kind: 'image' as const, grid: [1, h, w] as Thw })),
  fc.record({ t: fc.integer({ min: 1, max: 3 }), h: side, w: side, spg: fc.constantFrom(0.5, 0.7, 1, 1.3, 2), stamp: fc.integer({ min: 0, max: 2 }) })
    .map((v) => ({ kind: 'video' as const, grid: [v.t, v.h, v.w] as Thw, spg: v.spg, stamp: v.stamp })),
);

export interface MropeSequence {
  rows: Part[][];
  /** Extra left padding per row, on top of padding to the longest row. */
  pad: number[];
}

export const mropeSequenceArb: fc.Arbitrary<MropeSequence> = fc.integer({ min: 1, max: 3 }).chain((batch) =>
  fc.record({
    rows: fc.array(fc.array(partArb, { minLength: 0, maxLength: 4 }), { minLength: batch, maxLength: batch }),
    pad: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: batch, maxLength: batch }),
  }));

/** Token ids, mask and grids of a sequence for one variant (per_frame: one block per frame). */
export function mropeInputs(seq: MropeSequence, variant: Exclude<Variant, 'timeline'>) {
  const imageGridThw: Thw[] = [];
  const videoGridThw: Thw[] = [];
  const secondPerGridTs: number[] = [];
  let text = 1;
  const rows = seq.rows.map((parts) => {
    const ids: number[] = [];
    for (const p of parts) {
      if (p.kind === 'text') for (let i = 0; i < p.n; i++) ids.push(text++ % 1000 + 1);
      else if (p.kind === 'image') {
        imageGridThw.push(p.grid);
        ids.push(VS, ...new Array<number>((p.grid[1] * p.grid[2]) / 4).fill(IMG), VE);
      } else {
        videoGridThw.push(p.grid);
        secondPerGridTs.push(p.spg);
        const perFrame = (p.grid[1] * p.grid[2]) / 4;
        if (variant === 'per_frame') {
          for (let f = 0; f < p.grid[0]; f++) {
            for (let i = 0; i < p.stamp; i++) ids.push(7);
            ids.push(VS, ...new Array<number>(perFrame).fill(VID), VE);
          }
        } else ids.push(VS, ...new Array<number>(perFrame * p.grid[0]).fill(VID), VE);
      }
    }
    if (ids.length === 0) ids.push(5);
    return ids;
  });
  const len = Math.max(...rows.map((r, b) => r.length + seq.pad[b]));
  const inputIds = rows.map((r) => [...new Array<number>(len - r.length).fill(0), ...r]);
  const attentionMask = rows.map((r) => [...new Array<number>(len - r.length).fill(0), ...new Array<number>(r.length).fill(1)]);
  return { inputIds, attentionMask, imageGridThw, videoGridThw, secondPerGridTs };
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
  const src = ir.positions.source;
  if (src.kind !== 'mrope') throw new Error('not an mrope spec');
  const inputs = mropeInputs(seq, src.video);
  const options = mropeOptionsFromSpec(src);
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
