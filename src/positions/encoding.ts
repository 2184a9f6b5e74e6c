// The binary form of segment tables that every kernel (TS, WGSL, CUDA) and the interpreter read:
// two flat arrays, built on the host by `encodeSegments` and checked by `checkEncodedSegments`
// before any dispatch, so a kernel never reads outside them.
//
// segment_table: Int32Array, `rows + 1 + 8·R` words (R = number of segments over all rows)
//   words 0 … rows      row b's segments are records table[b] … table[b + 1] − 1 (table[0] = 0,
//                       non-decreasing, table[rows] = R)
//   then R records of 8 words, record r at word rows + 1 + 8·r:
//
//   word   text (0)   const (1)            grid (2)                frames (3)
//   0      0          1                    2 | v << 4              3 | v << 4
//   1      start      start                start                   start
//   2      base       whole = trunc(value) base_t                  n (frame count)
//   3      ·          f32 bits of value −  base_h                  patches per frame
//                     whole (in (−1, 1))
//   4      ·          ·                    base_w                  offset
//   5      ·          ·                    H                       ·
//   6      ·          ·                    W                       ·
//   7      ·          ·                    offset                  ·
//
//   `start` is the segment's first token within its row; starts rise strictly from 0 and a segment
//   runs to the next one's start (the last to the row's end). `v` indexes segment_values: a grid's
//   temporal scale (a, b) is values[v], values[v + 1]; a frames segment's times are values[v …
//   v + n − 1]. Unused words (·) are 0.
// segment_values: Float32Array (frame times, grid temporal scales); may be empty.
//
// Token s of row b: binary search for the last record r of the row with start ≤ s, d = s − start,
// then the formulas of segments.ts (text base + d; const whole + fraction, exact as the f32 value; grid k = offset + d,
// f = ⌊k/(H·W)⌋, h = ⌊k/W⌋ mod H, w = k mod W, t(f) = trunc(f32(f32(f·a)·b)), or f when a = b = 1;
// frames values[v + min(⌊(offset + d)/ppf⌋, n − 1)], 0 when n = 0). All integer fields and every
// position they produce fit in i32; that is checked, so kernels compute in 32-bit integers.
import { RopeArgumentError } from '../compiler/errors.js';
import { segmentTableChecks } from '../kernel/checks.js';
import { HostEvaluator } from '../kernel/evaluate.js';
import { c, s as stmt, type Fn } from '../kernel/ir.js';
import { validateSegmentTable, type PositionSegment, type SegmentTable } from './segments.js';

export const SEGMENT_WORDS = 8;
export const SEGMENT_KIND = { text: 0, const: 1, grid: 2, frames: 3 } as const;
const I32_MAX = 2 ** 31 - 1;
const I32_MIN = -(2 ** 31);
/** Largest index into segment_values a kind word can hold (v in bits 4–30). */
export const MAX_VALUE_INDEX = 2 ** 27 - 1;

export interface EncodedSegments {
  /** Header (rows + 1 words) and 8-word records, see the file comment. */
  table: Int32Array;
  /** Frame times and grid temporal scales, as float32. */
  values: Float32Array;
  rows: number;
  /** Position components the tables give: 1 (time line) or 3 (M-RoPE). */
  axes: 1 | 3;
}

export interface EncodeOptions {
  /**
   * Lay the tables end to end as ONE row (token starts shifted), as a `[tokens, heads, dim]`
   * kernel with several sequences flattened into its tokens needs. Default: one row per table.
   */
  concat?: boolean;
}

/** The float32 bits of x (rounded to float32), as a signed 32-bit integer. */
export const f32Bits = (x: number): number => {
  const b = new DataView(new ArrayBuffer(4));
  b.setFloat32(0, x, true);
  return b.getInt32(0, true);
};
const bitsF32 = (w: number): number => {
  const b = new DataView(new ArrayBuffer(4));
  b.setInt32(0, w, true);
  return b.getFloat32(0, true);
};

/**
 * Encodes segment tables (one per batch row, e.g. from buildMropeSegmentTables or
 * buildTimelineSegmentTable) into the kernels' binary form. Checks the tables first.
 */
export function encodeSegments(tables: readonly SegmentTable[], options: EncodeOptions = {}): EncodedSegments {
  if (tables.length === 0) throw new RopeArgumentError('encodeSegments: expected at least one segment table');
  const axes = tables[0].axes;
  tables.forEach((t, b) => {
    if (t.axes !== axes) throw new RopeArgumentError(`encodeSegments: table ${b} has ${t.axes} axes, table 0 has ${axes}`);
    try {
      validateSegmentTable(t);
    } catch (e) {
      throw new RopeArgumentError(`encodeSegments: table ${b}: ${(e as Error).message}`);
    }
  });
  let rows: PositionSegment[][] = tables.map((t) => t.segments);
  if (options.concat) {
    const one: PositionSegment[] = [];
    let at = 0;
    for (const t of tables) {
      for (const s of t.segments) one.push({ ...s, start: s.start + at });
      at += t.length;
    }
    rows = [one];
  }
  const records = rows.reduce((n, r) => n + r.length, 0);
  const table = new Int32Array(rows.length + 1 + SEGMENT_WORDS * records);
  const values: number[] = [];
  let r = 0;
  rows.forEach((segs, b) => {
    table[b] = r;
    for (const s of segs) {
      const w = rows.length + 1 + SEGMENT_WORDS * r;
      for (const [field, x] of Object.entries(intFields(s))) {
        if (!(Number.isInteger(x) && x >= I32_MIN && x <= I32_MAX)) {
          throw new RopeArgumentError(`encodeSegments: row ${b}, ${s.kind} segment at token ${s.start}: ${field} = ${x} is not a whole number in the i32 range`);
        }
      }
      table[w + 1] = s.start;
      switch (s.kind) {
        case 'text':
          table[w] = SEGMENT_KIND.text;
          table[w + 2] = s.base;
          break;
        case 'const': {
          // value − trunc(value) of a float32 value is a float32 (the low bits of the same number).
          const whole = Math.trunc(s.value);
          table[w] = SEGMENT_KIND.const;
          table[w + 2] = whole;
          table[w + 3] = f32Bits(s.value - whole);
          if (Math.fround(s.value - whole) !== s.value - whole) {
            throw new RopeArgumentError(`encodeSegments: const segment at token ${s.start} has value ${s.value}, which is not a float32 number`);
          }
          break;
        }
        case 'grid':
          table[w] = SEGMENT_KIND.grid | (values.length << 4);
          values.push(s.tScale[0], s.tScale[1]);
          table.set([s.base[0], s.base[1], s.base[2], s.grid[1], s.grid[2], s.offset], w + 2);
          break;
        case 'frames':
          table[w] = SEGMENT_KIND.frames | (values.length << 4);
          values.push(...s.frameTimes);
          table.set([s.frameTimes.length, s.patchesPerFrame, s.offset], w + 2);
          break;
      }
      if (values.length > MAX_VALUE_INDEX) throw new RopeArgumentError('encodeSegments: more than 2^27 frame times and scales');
      r++;
    }
  });
  table[rows.length] = r;
  const out: EncodedSegments = { table, values: Float32Array.from(values), rows: rows.length, axes };
  // Values the i32 fields cannot hold (e.g. a base past 2^31) are caught here, naming the segment.
  const length = options.concat ? tables.reduce((n, t) => n + t.length, 0) : tables[0].length;
  for (const t of tables) {
    if (!options.concat && t.length !== length) {
      throw new RopeArgumentError(`encodeSegments: every row must have the same length (batch layouts); table 0 has ${length} tokens, another ${t.length}`);
    }
  }
  checkEncodedSegments(out.table, out.values, { rows: out.rows, rowLength: length, axes });
  return out;
}

/** The fields of a segment that become i32 words. */
function intFields(s: PositionSegment): Record<string, number> {
  switch (s.kind) {
    case 'text': return { start: s.start, base: s.base };
    case 'const': return { start: s.start, 'whole part of value': Math.trunc(s.value) };
    case 'grid': return { start: s.start, 'base[0]': s.base[0], 'base[1]': s.base[1], 'base[2]': s.base[2], 'grid[1]': s.grid[1], 'grid[2]': s.grid[2], offset: s.offset };
    case 'frames': return { start: s.start, 'frameTimes.length': s.frameTimes.length, patchesPerFrame: s.patchesPerFrame, offset: s.offset };
  }
}

export interface SegmentShape {
  /** Rows the kernel expects (batch; 1 for [tokens, heads, dim]). */
  rows: number;
  /** Tokens per row. */
  rowLength: number;
  /** Position components the spec reads. */
  axes: 1 | 3;
}

/**
 * The checks every host runs before a dispatch (kernel/checks.ts, check_segments): throws
 * RopeArgumentError naming `segment_table` or `segment_values` for any table a kernel could read
 * out of bounds or evaluate outside i32. Returns the number of records.
 */
const CHECK_FUNCTIONS = new Map<1 | 3, Fn>();

export function checkEncodedSegments(table: ArrayLike<number>, values: ArrayLike<number>, shape: SegmentShape): number {
  let check = CHECK_FUNCTIONS.get(shape.axes);
  if (!check) {
    check = segmentTableChecks(shape.axes);
    CHECK_FUNCTIONS.set(shape.axes, check);
  }
  new HostEvaluator({ sizes: {}, arrays: { segment_table: table, segment_values: values } }, [check])
    .run([stmt.call(check.name, c.i64(shape.rows), c.i64(shape.rowLength))]);
  return table[shape.rows];
}

/** The tables an encoding holds, one per row (the inverse of encodeSegments without concat). */
export function decodeSegments(table: ArrayLike<number>, values: ArrayLike<number>, shape: SegmentShape): SegmentTable[] {
  checkEncodedSegments(table, values, shape);
  return decodeCheckedSegments(table, values, shape);
}

/** decodeSegments of a table that checkEncodedSegments (or a host's argument checks) passed. */
export function decodeCheckedSegments(table: ArrayLike<number>, values: ArrayLike<number>, shape: SegmentShape): SegmentTable[] {
  const { rows, rowLength, axes } = shape;
  const header = rows + 1;
  const word = (r: number, i: number) => table[header + SEGMENT_WORDS * r + i];
  const out: SegmentTable[] = [];
  for (let b = 0; b < rows; b++) {
    const segments: PositionSegment[] = [];
    for (let r = table[b]; r < table[b + 1]; r++) {
      const start = word(r, 1);
      const length = (r + 1 < table[b + 1] ? word(r + 1, 1) : rowLength) - start;
      const v = word(r, 0) >>> 4;
      switch (word(r, 0) & 15) {
        case SEGMENT_KIND.text:
          segments.push({ kind: 'text', start, length, base: word(r, 2) });
          break;
        case SEGMENT_KIND.const:
          segments.push({ kind: 'const', start, length, value: word(r, 2) + bitsF32(word(r, 3)) });
          break;
        case SEGMENT_KIND.grid:
          segments.push({
            kind: 'grid', start, length, base: [word(r, 2), word(r, 3), word(r, 4)], grid: [0, word(r, 5), word(r, 6)],
            offset: word(r, 7), tScale: [values[v], values[v + 1]],
          });
          break;
        default:
          segments.push({
            kind: 'frames', start, length, patchesPerFrame: word(r, 3), offset: word(r, 4),
            frameTimes: Array.from({ length: word(r, 2) }, (_, i) => values[v + i]),
          });
      }
    }
    out.push({ length: rowLength, axes, segments });
  }
  return out;
}

/**
 * Segment tables that reproduce a materialized positions tensor exactly, for users who hold the
 * tensor but run a fused kernel: `[tokens]` (C = 1) or `[3, tokens]` (C = 3), rows of `rowLength`
 * tokens laid out one after another. Runs of equal-on-every-axis positions that count up by one
 * become text segments, other equal-on-every-axis tokens const segments, and a token whose axes
 * differ a 1×1 grid segment at base (t, h, w). O(tokens) segments at worst: the builders' own
 * tables (buildMropeSegmentTables, buildTimelineSegmentTable) are far smaller.
 */
export function segmentTablesFromPositions(positions: ArrayLike<number>, components: 1 | 3, rows: number, rowLength: number): SegmentTable[] {
  const tokens = rows * rowLength;
  if (positions.length !== components * tokens) {
    throw new RopeArgumentError(`positions: expected ${components === 1 ? '[tokens]' : '[3, tokens]'} with tokens = ${tokens} (${components * tokens} values), got length ${positions.length}`);
  }
  const out: SegmentTable[] = [];
  for (let b = 0; b < rows; b++) {
    const segments: PositionSegment[] = [];
    for (let s = 0; s < rowLength; s++) {
      const flat = b * rowLength + s;
      const p = Array.from({ length: components }, (_, c) => positions[c * tokens + flat]);
      p.forEach((x, c) => {
        if (!Number.isFinite(x)) throw new RopeArgumentError(`positions: component ${c} of token ${flat} is ${x}`);
        if (components === 1 && Math.fround(x) !== x) throw new RopeArgumentError(`positions: token ${flat} holds ${x}, which is not a float32 number`);
        if (components === 3 && !Number.isInteger(x)) throw new RopeArgumentError(`positions: component ${c} of token ${flat} is ${x}; M-RoPE positions are whole numbers`);
      });
      const prev = segments[segments.length - 1];
      const same = p.every((x) => x === p[0]);
      if (same && Number.isInteger(p[0]) && prev?.kind === 'text' && prev.base + prev.length === p[0]) prev.length++;
      else if (same && prev?.kind === 'const' && prev.value === p[0]) prev.length++;
      else if (same && prev?.kind === 'text' && prev.length === 1 && prev.base === p[0]) segments[segments.length - 1] = { kind: 'const', start: prev.start, length: 2, value: p[0] };
      else if (same && Number.isInteger(p[0])) segments.push({ kind: 'text', start: s, length: 1, base: p[0] });
      else if (same) segments.push({ kind: 'const', start: s, length: 1, value: p[0] });
      else segments.push({ kind: 'grid', start: s, length: 1, base: [p[0], p[1], p[2]], grid: [1, 1, 1], offset: 0, tScale: [1, 1] });
    }
    out.push({ length: rowLength, axes: components, segments });
  }
  return out;
}
