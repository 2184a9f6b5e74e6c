// Segment tables: the compact form every host-side position builder reduces to, and the form a
// kernel evaluates per token instead of reading a materialized `[3, tokens]` (or `[tokens]`)
// position tensor. A table covers tokens 0 … length−1 of one sequence with contiguous segments in
// order; the position of token i is a cheap closed-form function of i and its segment.
//
//   text   base + (i − start) on every axis                     (Qwen text runs, bos/eos tokens)
//   const  value on every axis                                  (padding; time-line text/image/audio)
//   grid   base + (t(f), h, w) of row-major index k = offset + (i − start) in a T×H×W grid, where
//          f = ⌊k / (H·W)⌋, h = ⌊k / W⌋ mod H, w = k mod W and
//          t(f) = trunc(f32(f32(f · tScale[0]) · tScale[1]))   (Qwen vision blocks)
//   frames frameTimes[min(⌊(offset + i − start) / patchesPerFrame⌋, n − 1)], 0 when n = 0
//          (time-line video/audio)
//
// The t(f) formula is the one PyTorch evaluates in Qwen2.5-VL / Qwen2.5-Omni
// (`arange(T) * second_per_grid_t * tokens_per_second`, an int64 tensor times Python/0-dim floats,
// computed in float32, then `.long()`); with tScale [1, 1] it is plain f. A GPU evaluates it
// exactly with two f32 multiplies and a truncating conversion.
import { RopeArgumentError } from '../compiler/errors.js';

export interface TextSegment {
  kind: 'text';
  start: number;
  length: number;
  base: number;
}

export interface ConstSegment {
  kind: 'const';
  start: number;
  length: number;
  value: number;
}

export interface GridSegment {
  kind: 'grid';
  start: number;
  length: number;
  /** Added to (t(f), h, w). */
  base: [number, number, number];
  /** Merged (LLM) grid: frames, rows, columns. */
  grid: [number, number, number];
  /** Row-major index inside the grid of the segment's first token (≠ 0 when a block is split). */
  offset: number;
  /** t(f) = trunc(f32(f32(f · tScale[0]) · tScale[1])). [1, 1] = frame index. */
  tScale: [number, number];
}

export interface FramesSegment {
  kind: 'frames';
  start: number;
  length: number;
  patchesPerFrame: number;
  /** Times as float32 values (the time-line output is float32). */
  frameTimes: number[];
  /** Patch index of the segment's first token, counted from the frame list's start. */
  offset: number;
}

export type PositionSegment = TextSegment | ConstSegment | GridSegment | FramesSegment;

export interface SegmentTable {
  /** Number of tokens covered (the row length). */
  length: number;
  /** Position components per token: 3 for M-RoPE (t, h, w), 1 for a time line. */
  axes: 1 | 3;
  segments: PositionSegment[];
}

const f32 = Math.fround;

/** The temporal index of frame f of a grid segment. */
export function gridTimeIndex(f: number, tScale: readonly [number, number]): number {
  if (tScale[0] === 1 && tScale[1] === 1) return f;
  return Math.trunc(f32(f32(f * f32(tScale[0])) * f32(tScale[1])));
}

/** Index of the segment holding token i (binary search over starts). */
export function findSegment(table: SegmentTable, i: number): number {
  const segs = table.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (i < s.start) hi = mid - 1;
    else if (i >= s.start + s.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Position of token i in one segment: `table.axes` numbers (t, h, w) or (time). */
export function evaluateSegment(seg: PositionSegment, i: number, axes: 1 | 3): number[] {
  const d = i - seg.start;
  switch (seg.kind) {
    case 'text': {
      const v = seg.base + d;
      return axes === 3 ? [v, v, v] : [v];
    }
    case 'const':
      return axes === 3 ? [seg.value, seg.value, seg.value] : [seg.value];
    case 'grid': {
      const k = seg.offset + d;
      const [, H, W] = seg.grid;
      const hw = H * W;
      const f = Math.floor(k / hw);
      const r = k - f * hw;
      const h = Math.floor(r / W);
      const w = r - h * W;
      const t = gridTimeIndex(f, seg.tScale);
      if (axes === 1) throw new RopeArgumentError('segment table: a grid segment needs 3 axes');
      return [seg.base[0] + t, seg.base[1] + h, seg.base[2] + w];
    }
    case 'frames': {
      const n = seg.frameTimes.length;
      const fi = Math.min(Math.floor((seg.offset + d) / seg.patchesPerFrame), n - 1);
      const v = n === 0 ? 0 : seg.frameTimes[fi];
      return axes === 3 ? [v, v, v] : [v];
    }
  }
}

/** Position of token i of the sequence the table describes. */
export function evaluateSegments(table: SegmentTable, i: number): number[] {
  if (!Number.isInteger(i) || i < 0 || i >= table.length) {
    throw new RopeArgumentError(`segment table: token ${String(i)} is outside 0…${table.length - 1}`);
  }
  const s = findSegment(table, i);
  if (s < 0) throw new RopeArgumentError(`segment table: no segment covers token ${i}`);
  return evaluateSegment(table.segments[s], i, table.axes);
}

/** Checks that the segments are in order, contiguous and cover 0 … length−1. */
export function validateSegmentTable(table: SegmentTable): void {
  let at = 0;
  table.segments.forEach((s, k) => {
    if (s.start !== at) throw new RopeArgumentError(`segment table: segment ${k} starts at ${s.start}, expected ${at}`);
    if (!Number.isInteger(s.length) || s.length <= 0) throw new RopeArgumentError(`segment table: segment ${k} has length ${s.length}`);
    at += s.length;
  });
  if (at !== table.length) throw new RopeArgumentError(`segment table: segments cover ${at} tokens, expected ${table.length}`);
}

/** Writes every token's position: axis a of token i goes to out[a·stride + offset + i]. */
export function materializeInto(table: SegmentTable, out: { [i: number]: number }, offset = 0, stride = table.length): void {
  for (const seg of table.segments) {
    for (let i = seg.start; i < seg.start + seg.length; i++) {
      const p = evaluateSegment(seg, i, table.axes);
      for (let a = 0; a < table.axes; a++) out[a * stride + offset + i] = p[a];
    }
  }
}

/**
 * Maps a table over the valid (unmasked) tokens of a row into the padded row: valid token k sits
 * at padded index valid[k]; the other tokens become const segments holding `padValue`.
 * Segments are split where the mask has holes (text bases and grid offsets advance).
 */
export function spreadOverMask(compact: PositionSegment[], valid: number[], rowLength: number, padValue: number): PositionSegment[] {
  const out: PositionSegment[] = [];
  let at = 0; // next padded index to cover
  const pad = (upTo: number) => {
    if (upTo > at) out.push({ kind: 'const', start: at, length: upTo - at, value: padValue });
    at = Math.max(at, upTo);
  };
  for (const seg of compact) {
    let k = seg.start;
    const end = seg.start + seg.length;
    while (k < end) {
      // the longest run of valid tokens k … k+n−1 that are adjacent in the padded row
      let n = 1;
      while (k + n < end && valid[k + n] === valid[k] + n) n++;
      pad(valid[k]);
      const consumed = k - seg.start;
      out.push(shiftSegment(seg, valid[k], n, consumed));
      at = valid[k] + n;
      k += n;
    }
  }
  pad(rowLength);
  return out;
}

function shiftSegment(seg: PositionSegment, start: number, length: number, consumed: number): PositionSegment {
  switch (seg.kind) {
    case 'text':
      return { kind: 'text', start, length, base: seg.base + consumed };
    case 'const':
      return { kind: 'const', start, length, value: seg.value };
    case 'grid':
      return { ...seg, start, length, offset: seg.offset + consumed };
    case 'frames':
      return { ...seg, start, length, offset: seg.offset + consumed };
  }
}
