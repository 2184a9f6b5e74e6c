// TMRoPE time line (seed 000, Edifice.Attention.TMRoPE `assign_positions`): segments
// text | image | video | audio over token ranges start … end−1 give every token a float time.
//
// mode 'compat' is exactly Edifice: positions start at 0.0; segments are applied in the order given
// (a later one overwrites an earlier one); only tokens 0 … seqLen−1 are written (out-of-range parts
// are dropped); text/image/audio put `time` (missing = 0.0) on every token; video gives token i the
// time frameTimes[min(⌊(i − start)/patchesPerFrame⌋, n − 1)] (patchesPerFrame default 64), so
// patches past the last frame take the last frame's time, and an empty frame list gives 0.0;
// audio never reads frame times. The result is float32, as Edifice's `Nx.tensor(…, type: :f32)`.
//
// mode 'strict' (the default) takes the same metadata and rejects what compat silently accepts:
// segments out of range, empty, overlapping or leaving tokens uncovered; video ranges that are not
// exactly frameTimes.length × patchesPerFrame tokens; keys that the kind does not read. Audio
// segments may carry frameTimes (with an explicit patchesPerFrame): they are then laid out per
// frame like video; without frameTimes audio is like text/image (one time on every token).
import { RopeArgumentError } from '../compiler/errors.js';
import type { FramesSegment, PositionSegment, SegmentTable } from './segments.js';

export type TimelineKind = 'text' | 'image' | 'video' | 'audio';
export type TimelineMode = 'strict' | 'compat';

export interface TimelineSegment {
  kind: TimelineKind;
  /** First token (inclusive). */
  start: number;
  /** End token (exclusive). */
  end: number;
  /** text / image / audio: the time of every token (default 0.0). */
  time?: number;
  /** video (default 64) / audio with frameTimes (required): tokens per frame. */
  patchesPerFrame?: number;
  /** video (required) / audio (optional, strict only): one time per frame. */
  frameTimes?: number[];
}

export interface TimelineOptions {
  /** 'strict' (default) or 'compat' (exactly Edifice). */
  mode?: TimelineMode;
}

export const DEFAULT_PATCHES_PER_FRAME = 64;

const KINDS: readonly TimelineKind[] = ['text', 'image', 'video', 'audio'];

/** Frame times start, start + interval, …, start + (n−1)·interval (Edifice `frame_times`). */
export function frameTimes(n: number, start = 0, interval = 1): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RopeArgumentError(`frameTimes: n must be a whole number ≥ 0, got ${String(n)}`);
  if (!Number.isFinite(start) || !Number.isFinite(interval)) throw new RopeArgumentError(`frameTimes: start and interval must be finite, got ${start} and ${interval}`);
  return Array.from({ length: n }, (_, i) => start + i * interval);
}

/** A segment by index, kind and its start and end fields (tokens start … end − 1: messages name tokens inclusively). */
const describe = (s: TimelineSegment, k: number) => `segment ${k} (${String(s.kind)}, start ${s.start}, end ${s.end})`;

/** Checks common to both modes: what Edifice itself would fail on (or what makes no sense). */
function checkBasic(seqLen: number, segments: TimelineSegment[]): void {
  if (!Number.isInteger(seqLen) || seqLen < 0) throw new RopeArgumentError(`timeline: seqLen must be a whole number ≥ 0, got ${String(seqLen)}`);
  if (!Array.isArray(segments)) throw new RopeArgumentError('timeline: segments must be a list');
  segments.forEach((s, k) => {
    if (!s || !KINDS.includes(s.kind)) throw new RopeArgumentError(`timeline: segment ${k}: kind must be text, image, video or audio, got ${String(s?.kind)}`);
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      throw new RopeArgumentError(`timeline: segment ${k} (${s.kind}): start and end must be whole token indices, got ${String(s.start)} and ${String(s.end)}`);
    }
    // Times are positions, kept as float32: one past its range would become ±∞ there.
    if (s.time !== undefined && !(typeof s.time === 'number' && Number.isFinite(Math.fround(s.time)))) throw new RopeArgumentError(`timeline: ${describe(s, k)}: time must be a finite number within float32's range, got ${String(s.time)}`);
    if (s.patchesPerFrame !== undefined && (!Number.isInteger(s.patchesPerFrame) || s.patchesPerFrame < 1)) {
      throw new RopeArgumentError(`timeline: ${describe(s, k)}: patchesPerFrame must be a whole number ≥ 1, got ${String(s.patchesPerFrame)}`);
    }
    if (s.frameTimes !== undefined) {
      if (!Array.isArray(s.frameTimes)) throw new RopeArgumentError(`timeline: ${describe(s, k)}: frameTimes must be a list of numbers`);
      s.frameTimes.forEach((t, f) => {
        if (!(typeof t === 'number' && Number.isFinite(Math.fround(t)))) throw new RopeArgumentError(`timeline: ${describe(s, k)}: frameTimes[${f}] must be a finite number within float32's range, got ${String(t)}`);
      });
    }
    if (s.kind === 'video' && s.frameTimes === undefined) throw new RopeArgumentError(`timeline: ${describe(s, k)}: a video segment needs frameTimes`);
  });
}

/** Strict-mode checks; errors name the segment index and what is wrong. */
export function checkTimeline(seqLen: number, segments: TimelineSegment[]): void {
  checkBasic(seqLen, segments);
  segments.forEach((s, k) => {
    const d = describe(s, k);
    if (s.start < 0) throw new RopeArgumentError(`timeline: ${d}: start ${s.start} is before token 0`);
    if (s.end > seqLen) throw new RopeArgumentError(`timeline: ${d}: end ${s.end} is past the sequence length ${seqLen}`);
    if (s.end <= s.start) throw new RopeArgumentError(`timeline: ${d}: covers no tokens (end must be > start)`);
    const framed = s.kind === 'video' || (s.kind === 'audio' && s.frameTimes !== undefined);
    if (framed) {
      if (s.time !== undefined) throw new RopeArgumentError(`timeline: ${d}: a ${s.kind} segment with frames takes frameTimes, not time`);
      const ft = s.frameTimes ?? [];
      if (ft.length === 0) throw new RopeArgumentError(`timeline: ${d}: frameTimes is empty`);
      if (s.kind === 'audio' && s.patchesPerFrame === undefined) {
        throw new RopeArgumentError(`timeline: ${d}: an audio segment with frameTimes needs patchesPerFrame (tokens per audio frame)`);
      }
      const ppf = s.patchesPerFrame ?? DEFAULT_PATCHES_PER_FRAME;
      const n = s.end - s.start;
      if (n % ppf !== 0) throw new RopeArgumentError(`timeline: ${d}: ${n} tokens is not a whole number of frames of ${ppf} patches`);
      if (n / ppf !== ft.length) {
        throw new RopeArgumentError(`timeline: ${d}: ${n} tokens make ${n / ppf} frames of ${ppf} patches, but frameTimes has ${ft.length} times`);
      }
    } else {
      if (s.frameTimes !== undefined) throw new RopeArgumentError(`timeline: ${d}: frameTimes is only read for video and audio segments`);
      if (s.patchesPerFrame !== undefined) throw new RopeArgumentError(`timeline: ${d}: patchesPerFrame is only read for segments with frameTimes`);
    }
  });
  const order = segments.map((s, k) => ({ s, k })).sort((a, b) => a.s.start - b.s.start || a.k - b.k);
  let at = 0;
  let prev: { s: TimelineSegment; k: number } | undefined;
  for (const cur of order) {
    if (prev && cur.s.start < prev.s.end) {
      throw new RopeArgumentError(
        `timeline: ${describe(prev.s, prev.k)} and ${describe(cur.s, cur.k)} overlap at tokens ${cur.s.start}…${Math.min(prev.s.end, cur.s.end) - 1}`,
      );
    }
    if (cur.s.start > at) throw new RopeArgumentError(`timeline: tokens ${at}…${cur.s.start - 1} are covered by no segment`);
    at = cur.s.end;
    prev = cur;
  }
  if (at < seqLen) throw new RopeArgumentError(`timeline: tokens ${at}…${seqLen - 1} are covered by no segment`);
}

/** Whether a segment is laid out per frame in this mode (compat: video only, as Edifice). */
function isFramed(s: TimelineSegment, mode: TimelineMode): boolean {
  return s.kind === 'video' || (mode === 'strict' && s.kind === 'audio' && s.frameTimes !== undefined);
}

function prepare(seqLen: number, segments: TimelineSegment[], options: TimelineOptions): TimelineMode {
  const mode = options.mode ?? 'strict';
  if (mode !== 'strict' && mode !== 'compat') throw new RopeArgumentError(`timeline: mode must be 'strict' or 'compat', got ${String(mode)}`);
  if (mode === 'strict') checkTimeline(seqLen, segments);
  else checkBasic(seqLen, segments);
  return mode;
}

/** Float time of every token, [seqLen] float32. */
export function buildTimelinePositions(seqLen: number, segments: TimelineSegment[], options: TimelineOptions = {}): Float32Array {
  const mode = prepare(seqLen, segments, options);
  const out = new Float32Array(seqLen); // tokens no segment covers: 0.0
  for (const s of segments) {
    const lo = Math.max(s.start, 0);
    const hi = Math.min(s.end, seqLen);
    if (isFramed(s, mode)) {
      const ft = s.frameTimes ?? [];
      const ppf = s.patchesPerFrame ?? DEFAULT_PATCHES_PER_FRAME;
      for (let i = lo; i < hi; i++) {
        const f = Math.min(Math.floor((i - s.start) / ppf), ft.length - 1);
        out[i] = f >= 0 ? ft[f] : 0;
      }
    } else {
      for (let i = lo; i < hi; i++) out[i] = s.time ?? 0;
    }
  }
  return out;
}

/** One time line per row: [batch, seqLen] float32. */
export function buildTimelineBatch(seqLen: number, rows: TimelineSegment[][], options: TimelineOptions = {}): Float32Array {
  const out = new Float32Array(rows.length * seqLen);
  rows.forEach((segs, b) => {
    try {
      out.set(buildTimelinePositions(seqLen, segs, options), b * seqLen);
    } catch (e) {
      if (e instanceof RopeArgumentError) throw new RopeArgumentError(`row ${b}: ${e.message}`);
      throw e;
    }
  });
  return out;
}

/**
 * The time line as a segment table (axes 1): const segments for text/image/audio and uncovered
 * tokens, frames segments for video. Overlaps (compat) are resolved by cutting earlier pieces.
 */
export function buildTimelineSegmentTable(seqLen: number, segments: TimelineSegment[], options: TimelineOptions = {}): SegmentTable {
  const mode = prepare(seqLen, segments, options);
  // pieces [lo, hi) owned by segment k, kept sorted and disjoint
  let pieces: { lo: number; hi: number; k: number }[] = [];
  segments.forEach((s, k) => {
    const lo = Math.max(s.start, 0);
    const hi = Math.min(s.end, seqLen);
    if (hi <= lo) return;
    const kept: typeof pieces = [];
    for (const p of pieces) {
      if (p.hi <= lo || p.lo >= hi) kept.push(p);
      else {
        if (p.lo < lo) kept.push({ lo: p.lo, hi: lo, k: p.k });
        if (p.hi > hi) kept.push({ lo: hi, hi: p.hi, k: p.k });
      }
    }
    kept.push({ lo, hi, k });
    pieces = kept.sort((a, b) => a.lo - b.lo);
  });
  const out: PositionSegment[] = [];
  const push = (seg: PositionSegment) => {
    const p = out[out.length - 1];
    if (p && p.kind === 'const' && seg.kind === 'const' && Object.is(p.value, seg.value) && p.start + p.length === seg.start) p.length += seg.length;
    else out.push(seg);
  };
  let at = 0;
  for (const p of pieces) {
    if (p.lo > at) push({ kind: 'const', start: at, length: p.lo - at, value: 0 });
    const s = segments[p.k];
    if (isFramed(s, mode)) {
      const seg: FramesSegment = {
        kind: 'frames',
        start: p.lo,
        length: p.hi - p.lo,
        patchesPerFrame: s.patchesPerFrame ?? DEFAULT_PATCHES_PER_FRAME,
        frameTimes: (s.frameTimes ?? []).map(Math.fround),
        offset: p.lo - s.start,
      };
      push(seg);
    } else {
      push({ kind: 'const', start: p.lo, length: p.hi - p.lo, value: Math.fround(s.time ?? 0) });
    }
    at = p.hi;
  }
  if (seqLen > at) push({ kind: 'const', start: at, length: seqLen - at, value: 0 });
  return { length: seqLen, axes: 1, segments: out };
}
