// `ropec positions` through the CLI: each builder on a tiny sequence whose table is derived by hand
// from the published description, written as .npy; errors write nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNpy } from '../src/npy.js';
import { ensureDist } from './support/dist.js';

let dir: string;
const positions = (spec: string, input: unknown, ...extra: string[]) => {
  const inFile = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(inFile, JSON.stringify(input));
  const out = join(dir, `${Math.random().toString(36).slice(2)}.npy`);
  const r = spawnSync('node', ['dist/src/cli.js', 'positions', spec, '--input', inFile, '--out', out, ...extra], { encoding: 'utf8' });
  return { r, out };
};
const values = (path: string) => {
  const a = parseNpy(readFileSync(path), path);
  return { shape: a.shape, descr: a.descr, data: Array.from(a.data as ArrayLike<number | bigint>, Number) };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ropec-pos-'));
  ensureDist();
}, 120_000);

describe('ropec positions', () => {
  it('mrope (Qwen2-VL): 3 text, vision_start, a 1×4×4 image merged 2×2 into 4 tokens, vision_end, 2 text', () => {
    // text 0,1,2 and vision_start 3 on every axis; the image starts at 4: t = 4; h = 4 + (0,0,1,1);
    // w = 4 + (0,1,0,1); vision_end resumes at 6 (v4.57: max + 1; v5, the default: 4 + max(2, 2)),
    // then 7, 8. rope_delta = 8 + 1 − 11 = −2, which v5's Qwen2-VL clamps to 0.
    const { r, out } = positions('spec/qwen2_vl_7b.rope', {
      input_ids: [[1, 2, 3, 151652, 151655, 151655, 151655, 151655, 151653, 4, 5]], image_grid_thw: [[1, 4, 4]],
    });
    expect(r.status, r.stderr).toBe(0);
    const p = values(out);
    expect(p.shape).toEqual([3, 1, 11]);
    expect(p.descr).toBe('<i8');
    expect(p.data).toEqual([
      0, 1, 2, 3, 4, 4, 4, 4, 6, 7, 8,
      0, 1, 2, 3, 4, 4, 5, 5, 6, 7, 8,
      0, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8,
    ]);
    expect(values(out.replace(/\.npy$/, '.rope_deltas.npy')).data).toEqual([0]);
  });

  it('timeline (TMRoPE): text at time 0, then a video of 2 frames × 4 patches at 2.0 and 2.5 s', () => {
    const { r, out } = positions('spec/tmrope.rope', {
      seq_len: 10,
      segments: [
        { kind: 'text', start: 0, end: 2, time: 0 },
        { kind: 'video', start: 2, end: 10, patches_per_frame: 4, frame_times: { n: 2, start: 2.0, interval: 0.5 } },
      ],
    });
    expect(r.status, r.stderr).toBe(0);
    expect(values(out)).toMatchObject({ shape: [10], descr: '<f4', data: [0, 0, 2, 2, 2, 2, 2.5, 2.5, 2.5, 2.5] });
  });

  it('grid (DINOv3): 5 prefix tokens at 0, then a 2×2 grid at (i + 0.5)/2·2 − 1 = ∓0.5', () => {
    const { r, out } = positions('spec/dinov3_vitl16.rope', { sizes: { h: 2, w: 2 } });
    expect(r.status, r.stderr).toBe(0);
    expect(values(out)).toMatchObject({
      shape: [2, 9], descr: '<f8',
      data: [0, 0, 0, 0, 0, -0.5, -0.5, 0.5, 0.5, 0, 0, 0, 0, 0, -0.5, 0.5, -0.5, 0.5],
    });
  });

  it('grid packed (DINOv3 multi-crop): a 1×2 and a 2×1 crop, each normalized by its own sizes', () => {
    // Crop 0 (h 1, w 2): 5 prefix at 0, h = 2·0.5/1 − 1 = 0, w = ∓0.5. Crop 1 (h 2, w 1): h = ∓0.5, w = 0.
    const { r, out } = positions('spec/dinov3_vitl16_multicrop.rope', { grids: [{ h: 1, w: 2 }, { h: 2, w: 1 }] });
    expect(r.status, r.stderr).toBe(0);
    expect(values(out)).toMatchObject({
      shape: [2, 14], descr: '<f8',
      data: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -0.5, 0.5, 0, 0, 0, 0, 0, -0.5, 0.5, 0, 0, 0, 0, 0, 0, 0],
    });
    const bad = positions('spec/dinov3_vitl16_multicrop.rope', { grids: [{ h: 1 }] });
    expect(bad.r.status).not.toBe(0);
    expect(bad.r.stderr).toMatch(/grids\[0\]\.w must be a whole number ≥ 0/);
    expect(existsSync(bad.out)).toBe(false);
  });

  it('index with an offset', () => {
    const { r, out } = positions('spec/llama2_7b.rope', { seq: 3, offset: 5 });
    expect(r.status, r.stderr).toBe(0);
    expect(values(out).data).toEqual([5, 6, 7]);
  });

  it('errors name what is wrong and write nothing', () => {
    const gap = positions('spec/tmrope.rope', { seq_len: 4, segments: [{ kind: 'text', start: 0, end: 2 }] });
    expect(gap.r.status).toBe(1);
    expect(gap.r.stderr).toMatch(/tokens 2…3 are covered by no segment/);
    expect(existsSync(gap.out)).toBe(false);
    const noIds = positions('spec/qwen2_vl_7b.rope', { image_grid_thw: [[1, 4, 4]] });
    expect(noIds.r.stderr).toMatch(/missing "input_ids"/);
    expect(existsSync(noIds.out)).toBe(false);
    const tensor = positions('test/fixtures/run/tiny.rope', {});
    expect(tensor.r.stderr).toMatch(/reads its positions from a tensor/);
  });

  it('refuses at once what it cannot build or would drop, in the JSON\'s own key names', () => {
    // 2^24 frames of a video over 8 tokens: refused before any per-frame work (it ran out of memory).
    const frames = positions('spec/qwen3_vl_8b.rope', { input_ids: [[1, 151652, 151656, 151656, 151656, 151656, 151653, 2]], video_grid_thw: [[16777216, 4, 4]] });
    expect([frames.r.status, frames.r.stderr.split('\n')[0]]).toEqual([1, expect.stringContaining('video_grid_thw[0] = (16777216, 4, 4) holds t·(h/2)·(w/2) = 67108864 tokens, more than the 8 of input_ids')]);
    // An offset the spec does not read was dropped without a word.
    const none = positions('spec/gpt_neox_20b.rope', { seq: 3, offset: 5 });
    expect([none.r.status, none.r.stderr.split('\n')[0]]).toEqual([1, expect.stringContaining('"offset": spec gpt_neox_20b has \'positions index\', which reads no offset')]);
    const plural = positions('spec/llama2_7b.rope', { seq: 3, offsets: [5] });
    expect(plural.r.stderr).toContain('"offsets": spec llama2_7b has \'positions index + offset\', which reads "offset"');
    // A time past float32's range would be a position of ±∞.
    const far = positions('spec/tmrope.rope', { seq_len: 2, segments: [{ kind: 'text', start: 0, end: 2, time: 1e39 }] });
    expect([far.r.status, far.r.stderr]).toEqual([1, expect.stringContaining('time must be a finite number within float32\'s range, got 1e+39')]);
    for (const x of [frames, none, plural, far]) expect(existsSync(x.out)).toBe(false);
  });
});
