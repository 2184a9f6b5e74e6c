// Fused segment tables in the WGSL backend on real Dawn (SwiftShader): the kernel evaluates each
// token's position from the table, and its output is bit-identical to the same kernel reading the
// host builder's materialized positions (`positions … tensor`), and within f32 error of the
// interpreter. Random sequences (text runs, images, videos, Omni audio and audio in video, left
// padding, batches) and time lines.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMropePositions, buildMropeSegmentTables, encodeSegments, MROPE_PRESETS } from '../src/positions/index.js';
import { RopeArgumentError } from '../src/compiler/runtime.js';
import { fusedCaseArb, mropeCase, omniByHandCase, specSource, type Layout, type Variant } from './support/fused-cases.js';
import { buildWgsl, compareRun, compilationProblems, runOnGpu, testDevice, type BuiltSpec } from './support/webgpu.js';

beforeAll(async () => {
  await testDevice();
});

const cache = new Map<string, BuiltSpec>();
async function built(variant: Variant, layout: Layout, tensor: boolean, dtype = 'f32'): Promise<BuiltSpec> {
  const key = `${variant}/${layout}/${tensor}/${dtype}`;
  if (!cache.has(key)) {
    const b = await buildWgsl(specSource(variant, layout, tensor, dtype), 'fused.rope');
    expect(await compilationProblems(b.kernel.module)).toEqual([]);
    cache.set(key, b);
  }
  return cache.get(key)!;
}

const variants: Variant[] = ['frames', 'scaled', 'per_frame', 'omni', 'timeline'];

describe.each(variants)('WGSL fused %s positions', (variant) => {
  it.each(['thd', 'bshd'] as Layout[])('layout %s: fused == tensor kernel (bitwise) ≈ interpreter', async (layout) => {
    const fused = await built(variant, layout, false);
    const twin = await built(variant, layout, true);
    expect(fused.manifest.bindings.map((b: { name: string }) => b.name)).toContain('segment_table');
    expect(fused.wgsl).not.toContain('positions[');
    const arb = fusedCaseArb(fused.ir, variant);
    await fc.assert(fc.asyncProperty(arb, fc.integer({ min: 1, max: 2 ** 30 }), fc.boolean(), async (make, seed, outOfPlace) => {
      const c = make(seed);
      const a = await runOnGpu(fused, c.fused, outOfPlace);
      const b = await runOnGpu(twin, c.explicit, outOfPlace);
      expect(Array.from(a.q)).toEqual(Array.from(b.q));
      expect(Array.from(a.k)).toEqual(Array.from(b.k));
      expect(compareRun(fused.ir, a, outOfPlace)).toBeUndefined();
    }), { numRuns: 12 });
  }, 120_000);
});

describe('WGSL fused positions: exactness and errors', () => {
  it("Qwen2.5-VL t(f) = trunc(f32(f32(f·0.7)·2)) on the GPU: frame 10 is 14 (float64 would give 13)", async () => {
    const fused = await built('scaled', 'thd', false);
    const twin = await built('scaled', 'thd', true);
    // One video of 12 frames of 1×1 merged patches (grid 12×2×2, merge 2), second_per_grid 0.7.
    const ids = [[1, 151652, ...new Array<number>(12).fill(151656), 151653]];
    const inputs = { inputIds: ids, videoGridThw: [[12, 2, 2] as [number, number, number]], secondPerGridTs: [0.7] };
    const pos = buildMropePositions(inputs, MROPE_PRESETS.qwen2_5_vl).positions;
    // t of the video tokens: base 2 + trunc(f32(f32(f·0.7)·2)) for f = 0 … 11, written out.
    expect(Array.from(pos.slice(2, 14))).toEqual([0, 1, 2, 4, 5, 7, 8, 9, 11, 12, 14, 15].map((t) => 2 + t));
    const enc = encodeSegments(buildMropeSegmentTables(inputs, MROPE_PRESETS.qwen2_5_vl).tables);
    const q = Float32Array.from({ length: 15 * 2 * 16 }, (_, i) => Math.sin(i));
    const k = Float32Array.from({ length: 15 * 16 }, (_, i) => Math.cos(i));
    const a = await runOnGpu(fused, { q, k, sizes: { tokens: 15 }, segment_table: enc.table, segment_values: enc.values }, false);
    const b = await runOnGpu(twin, { q, k, sizes: { tokens: 15 }, positions: pos }, false);
    expect(Array.from(a.q)).toEqual(Array.from(b.q));
    // …and the float64 t (13 at frame 10) would rotate token 12 differently.
    const wrong = Int32Array.from(pos);
    wrong[12] = 2 + 13;
    const c = await runOnGpu(twin, { q, k, sizes: { tokens: 15 }, positions: wrong }, false);
    expect(Array.from(c.q.slice(12 * 32, 13 * 32))).not.toEqual(Array.from(a.q.slice(12 * 32, 13 * 32)));
  });

  it('Qwen2.5-Omni audio in video (OMNI_BY_HAND): fused == tensor kernel on the hand-written positions ≈ interpreter', async () => {
    const fused = await built('omni', 'bshd', false);
    const twin = await built('omni', 'bshd', true);
    const c = omniByHandCase(fused.ir, 13);
    const a = await runOnGpu(fused, c.fused, false);
    const b = await runOnGpu(twin, c.explicit, false);
    expect(Array.from(a.q)).toEqual(Array.from(b.q));
    expect(Array.from(a.k)).toEqual(Array.from(b.k));
    expect(compareRun(twin.ir, b, false)).toBeUndefined();
  });

  it('bf16 storage: fused == tensor kernel', async () => {
    const fused = await built('frames', 'thd', false, 'bf16');
    const twin = await built('frames', 'thd', true, 'bf16');
    const c = mropeCase(fused.ir, { rows: [[{ kind: 'text', n: 2 }, { kind: 'image', grid: [1, 4, 2] }, { kind: 'text', n: 3 }]], pad: [0] }, 5);
    const a = await runOnGpu(fused, c.fused, false);
    const b = await runOnGpu(twin, c.explicit, false);
    expect(Array.from(a.q)).toEqual(Array.from(b.q));
  });

  it('the host module rejects malformed tables with RopeArgumentError before dispatch', async () => {
    const fused = await built('frames', 'bshd', false);
    const c = mropeCase(fused.ir, { rows: [[{ kind: 'text', n: 2 }, { kind: 'image', grid: [1, 2, 2] }]], pad: [0] }, 3);
    const bad = Int32Array.from(c.encoded.table);
    bad[2 + 8 + 1] = 0; // the second segment starts where the first does
    await expect(runOnGpu(fused, { ...c.fused, segment_table: bad }, false)).rejects.toThrow(RopeArgumentError);
    await expect(runOnGpu(fused, { ...c.fused, segment_table: bad }, false)).rejects.toThrow(/^segment_table: row 0, segment 0 \(text\): starts at 0 but the next starts at 0;/);
    await expect(runOnGpu(fused, { ...c.fused, segment_values: new Float32Array(0) }, false)).rejects.toThrow(/^segment_values: row 0, segment 1 \(grid\) reads its temporal scale at values\[0\]/);
    await expect(runOnGpu(fused, { ...c.fused, segment_table: c.encoded.table.slice(0, 5) }, false)).rejects.toThrow(/^segment_table: header word 1 says 3 segments/);
  });
});
