// TMRoPE time line (seed 000, Edifice.Attention.TMRoPE.assign_positions): the seed's own examples,
// Edifice's compat behaviour (docs/positions.md) and the strict mode's errors. Every built case is also
// checked against its segment table.
import { describe, expect, it } from 'vitest';
import {
  buildTimelineBatch,
  buildTimelinePositions,
  buildTimelineSegmentTable,
  evaluateSegments,
  frameTimes,
  validateSegmentTable,
  type TimelineOptions,
  type TimelineSegment,
} from '../src/positions/index.js';
import { RopeArgumentError } from '../src/compiler/runtime.js';

const rep = (v: number, n: number) => Array(n).fill(v) as number[];

function build(seqLen: number, segs: TimelineSegment[], options: TimelineOptions = {}): number[] {
  const out = Array.from(buildTimelinePositions(seqLen, segs, options));
  const table = buildTimelineSegmentTable(seqLen, segs, options);
  validateSegmentTable(table);
  expect(Array.from({ length: seqLen }, (_, i) => evaluateSegments(table, i)[0])).toEqual(out);
  return out;
}

describe('the seed examples', () => {
  it('text [0,5) → [0]*5, image [5,69) time 1 → [1]*64, video [69,261) frames 2.0 2.5 3.0 × 64 patches', () => {
    const segs: TimelineSegment[] = [
      { kind: 'text', start: 0, end: 5, time: 0.0 },
      { kind: 'image', start: 5, end: 69, time: 1.0 },
      { kind: 'video', start: 69, end: 261, frameTimes: [2.0, 2.5, 3.0] },
    ];
    expect(build(261, segs)).toEqual([...rep(0, 5), ...rep(1, 64), ...rep(2, 64), ...rep(2.5, 64), ...rep(3, 64)]);
    expect(build(261, segs, { mode: 'compat' })).toEqual([...rep(0, 5), ...rep(1, 64), ...rep(2, 64), ...rep(2.5, 64), ...rep(3, 64)]);
  });

  it('the assign_positions doc example: 266 tokens, frames 2, 3, 4 of 64 patches', () => {
    const segs: TimelineSegment[] = [
      { kind: 'text', start: 0, end: 10, time: 0.0 },
      { kind: 'image', start: 10, end: 74, time: 1.0 },
      { kind: 'video', start: 74, end: 266, patchesPerFrame: 64, frameTimes: [2.0, 3.0, 4.0] },
    ];
    expect(build(266, segs)).toEqual([...rep(0, 10), ...rep(1, 64), ...rep(2, 64), ...rep(3, 64), ...rep(4, 64)]);
  });

  it('frame_times(3, start 2.0, interval 0.5) = [2.0, 2.5, 3.0]; defaults start 0, interval 1', () => {
    expect(frameTimes(3, 2.0, 0.5)).toEqual([2.0, 2.5, 3.0]);
    expect(frameTimes(4)).toEqual([0, 1, 2, 3]);
    expect(frameTimes(0)).toEqual([]);
    expect(() => frameTimes(-1)).toThrow(RopeArgumentError);
    expect(() => frameTimes(1.5)).toThrow(/whole number/);
  });

  it('positions are float32 like Edifice\'s Nx tensor: 0.1 is stored as float32(0.1)', () => {
    const out = buildTimelinePositions(2, [{ kind: 'text', start: 0, end: 2, time: 0.1 }]);
    expect(out).toBeInstanceOf(Float32Array);
    expect(out[0]).toBe(Math.fround(0.1));
  });

  it('batch: one time line per row, [batch, seq]', () => {
    const out = buildTimelineBatch(3, [[{ kind: 'text', start: 0, end: 3, time: 1 }], [{ kind: 'audio', start: 0, end: 3, time: 2 }]]);
    expect(Array.from(out)).toEqual([1, 1, 1, 2, 2, 2]);
    expect(() => buildTimelineBatch(3, [[{ kind: 'text', start: 0, end: 3 }], [{ kind: 'text', start: 0, end: 2 }]])).toThrow(/^row 1: timeline: tokens 2…2 are covered by no segment/);
  });
});

describe('compat: exactly Edifice', () => {
  const compat: TimelineOptions = { mode: 'compat' };

  it('tokens no segment covers get 0.0', () => {
    expect(build(6, [{ kind: 'image', start: 2, end: 4, time: 5 }], compat)).toEqual([0, 0, 5, 5, 0, 0]);
  });

  it('later segments overwrite earlier ones', () => {
    expect(
      build(6, [
        { kind: 'text', start: 0, end: 6, time: 1 },
        { kind: 'image', start: 2, end: 4, time: 7 },
        { kind: 'audio', start: 3, end: 5, time: 9 },
      ], compat),
    ).toEqual([1, 1, 7, 9, 9, 1]);
  });

  it('a missing time is 0.0', () => {
    expect(build(3, [{ kind: 'text', start: 0, end: 3, time: 4 }, { kind: 'image', start: 1, end: 2 }], compat)).toEqual([4, 0, 4]);
  });

  it('video patches past the last frame take the last frame\'s time', () => {
    // 10 tokens, 4 patches per frame, 2 frames: 1 1 1 1 | 2 2 2 2 | (past the last frame) 2 2
    expect(build(10, [{ kind: 'video', start: 0, end: 10, patchesPerFrame: 4, frameTimes: [1, 2] }], compat)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
  });

  it('default patchesPerFrame is 64', () => {
    const out = build(130, [{ kind: 'video', start: 0, end: 130, frameTimes: [0.5, 1.5, 2.5] }], compat);
    expect(out).toEqual([...rep(0.5, 64), ...rep(1.5, 64), 2.5, 2.5]);
  });

  it('out-of-range parts are dropped; an empty frame list gives 0.0; frame index counts from the segment start', () => {
    // video from −2: token 0 is patch 2, i.e. frame 1 with 2 patches per frame.
    expect(build(4, [{ kind: 'video', start: -2, end: 3, patchesPerFrame: 2, frameTimes: [5, 6, 7] }, { kind: 'text', start: 3, end: 9, time: 8 }], compat)).toEqual([6, 6, 7, 8]);
    expect(build(3, [{ kind: 'text', start: 0, end: 3, time: 1 }, { kind: 'video', start: 1, end: 3, frameTimes: [] }], compat)).toEqual([1, 0, 0]);
  });

  it('audio never reads frame times in compat (Edifice uses its time)', () => {
    expect(build(4, [{ kind: 'audio', start: 0, end: 4, time: 3, patchesPerFrame: 2, frameTimes: [1, 2] }], compat)).toEqual([3, 3, 3, 3]);
  });

  it('a later video partly overwritten by text keeps its frame numbering', () => {
    // video 0..8, 2 patches/frame, times 0 1 2 3; text over 2..5 time 9 → 0 0 9 9 9 9 3 3
    expect(
      build(8, [
        { kind: 'video', start: 0, end: 8, patchesPerFrame: 2, frameTimes: [0, 1, 2, 3] },
        { kind: 'text', start: 2, end: 6, time: 9 },
      ], compat),
    ).toEqual([0, 0, 9, 9, 9, 9, 3, 3]);
  });

  it('still rejects what Edifice itself fails on: a video without frame times, an unknown kind', () => {
    expect(() => buildTimelinePositions(2, [{ kind: 'video', start: 0, end: 2 }], compat)).toThrow(/segment 0 \(video, start 0, end 2\): a video segment needs frameTimes/);
    expect(() => buildTimelinePositions(2, [{ kind: 'smell' as 'text', start: 0, end: 2 }], compat)).toThrow(/kind must be/);
  });
});

describe('strict (the default): errors name the segment', () => {
  const ok: TimelineSegment[] = [
    { kind: 'text', start: 0, end: 2, time: 0 },
    { kind: 'video', start: 2, end: 6, patchesPerFrame: 2, frameTimes: [1, 2] },
  ];

  it('accepts a partition of the sequence, in any order', () => {
    expect(build(6, [ok[1], ok[0]])).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('overlapping segments', () => {
    expect(() => build(6, [...ok, { kind: 'image', start: 1, end: 3, time: 5 }])).toThrow(
      /segment 0 \(text, start 0, end 2\) and segment 2 \(image, start 1, end 3\) overlap at tokens 1…1/,
    );
  });

  it('out-of-range segments', () => {
    expect(() => buildTimelinePositions(6, [ok[0], { ...ok[1], end: 8, frameTimes: [1, 2, 3] }])).toThrow(/segment 1 \(video, start 2, end 8\): end 8 is past the sequence length 6/);
    expect(() => buildTimelinePositions(6, [{ kind: 'text', start: -1, end: 6 }])).toThrow(/segment 0 .*start -1 is before token 0/);
  });

  it('gaps: segments that do not cover the sequence', () => {
    expect(() => buildTimelinePositions(8, ok)).toThrow(/tokens 6…7 are covered by no segment/);
    expect(() => buildTimelinePositions(6, [ok[1]])).toThrow(/tokens 0…1 are covered by no segment/);
  });

  it('frame counts that do not divide the video range', () => {
    expect(() => buildTimelinePositions(7, [ok[0], { ...ok[1], end: 7 }])).toThrow(/segment 1 \(video, start 2, end 7\): 5 tokens is not a whole number of frames of 2 patches/);
    expect(() => buildTimelinePositions(8, [ok[0], { ...ok[1], end: 8 }])).toThrow(/segment 1 .*6 tokens make 3 frames of 2 patches, but frameTimes has 2 times/);
  });

  it('empty segments, empty frame lists and keys the kind does not read', () => {
    expect(() => buildTimelinePositions(2, [{ kind: 'text', start: 0, end: 2 }, { kind: 'image', start: 2, end: 2 }])).toThrow(/segment 1 .*covers no tokens/);
    expect(() => buildTimelinePositions(2, [{ kind: 'video', start: 0, end: 2, frameTimes: [] }])).toThrow(/segment 0 .*frameTimes is empty/);
    expect(() => buildTimelinePositions(2, [{ kind: 'text', start: 0, end: 2, frameTimes: [1] }])).toThrow(/segment 0 .*frameTimes is only read for video and audio/);
    expect(() => buildTimelinePositions(2, [{ kind: 'video', start: 0, end: 2, time: 1, patchesPerFrame: 2, frameTimes: [1] }])).toThrow(/takes frameTimes, not time/);
    expect(() => buildTimelinePositions(2, [{ kind: 'image', start: 0, end: 2, time: Number.NaN }])).toThrow(/time must be a finite number/);
  });

  it('audio with frame times is laid out per frame (needs patchesPerFrame); without, like text', () => {
    // audio 0..6, 3 tokens per frame, times 0.04 0.08 → 0.04×3, 0.08×3 (as float32)
    expect(build(6, [{ kind: 'audio', start: 0, end: 6, patchesPerFrame: 3, frameTimes: [0.04, 0.08] }])).toEqual([
      ...rep(Math.fround(0.04), 3),
      ...rep(Math.fround(0.08), 3),
    ]);
    expect(() => buildTimelinePositions(6, [{ kind: 'audio', start: 0, end: 6, frameTimes: [0.04, 0.08] }])).toThrow(/needs patchesPerFrame/);
    expect(build(2, [{ kind: 'audio', start: 0, end: 2, time: 1.5 }])).toEqual([1.5, 1.5]);
  });
});
