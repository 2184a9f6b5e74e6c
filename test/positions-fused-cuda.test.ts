// Fused segment tables in the CUDA backend, run on the CPU through the generated __host__ __device__
// code (nvcc, warnings as errors): the kernel evaluates each token's position from the table, and
// its output is bit-identical to the same kernel reading the host builder's materialized positions
// (`positions … tensor`) and within f32 error of the interpreter. Random sequences (text runs,
// images, videos, Omni audio and audio in video, left padding, batches) and time lines; malformed
// tables are refused.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { frontEnd } from '../src/compiler/frontend.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { optimize } from '../src/compiler/passes/index.js';
import { buildMropePositions, buildMropeSegmentTables, encodeSegments, MROPE_PRESETS } from '../src/positions/index.js';
import { fusedCaseArb, mropeCase, omniByHandCase, specSource, type Layout, type Variant } from './support/fused-cases.js';
import {
  buildHarness, cleanup, compareWithInterpreter, compileCheck, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts,
  type Harness, type HarnessResult, type PreparedCase,
} from './support/nvcc.js';

interface Pair {
  fused: RopeIR;
  twin: RopeIR;
  variant: Variant;
}

function irOf(source: string): RopeIR {
  const { irs, diagnostics } = frontEnd(source, 'fused.rope');
  expect(diagnostics).toEqual([]);
  return optimize(irs[0]);
}

const variants: Variant[] = ['frames', 'scaled', 'per_frame', 'omni', 'timeline'];
const pairs: Pair[] = [];
for (const variant of variants) {
  for (const [layout, precision] of [['thd', 'exact'], ['bshd', 'exact'], ['bhsd', 'fast']] as [Layout, string][]) {
    const src = (tensor: boolean) => specSource(variant, layout, tensor).replace('    dtype f32', `    dtype f32\n    precision ${precision}`)
      .replace(/rope (\w+) \{/, `rope $1_${precision} {`);
    pairs.push({ fused: irOf(src(false)), twin: irOf(src(true)), variant });
  }
}

let dir: string;
let harness: Harness;
beforeAll(async () => {
  expect(nvccAvailable()).toBe(true);
  dir = scratch('fused');
  const irs = pairs.flatMap((p) => [p.fused, p.twin]);
  for (const ir of irs) {
    const r = cudaBackend.emit(ir, {});
    expect(r.diagnostics).toEqual([]);
    writeArtifacts(dir, r.artifacts);
  }
  harness = await buildHarness(dir, irs);
}, 600_000);
afterAll(() => dir && cleanup(dir));

describe('CUDA fused positions (CPU emulation)', () => {
  it('every fused kernel compiles for sm_80 and sm_90 with warnings as errors', async () => {
    await compileCheck(dir, pairs.map((p) => p.fused.name), ['80', '90']);
  }, 600_000);

  it('random sequences: fused == tensor kernel (bitwise) ≈ interpreter, every variant and layout', async () => {
    const cases: { fused: PreparedCase; twin: PreparedCase; label: string }[] = [];
    pairs.forEach((p, i) => {
      fc.sample(fusedCaseArb(p.fused, p.variant), { seed: 4242 + i, numRuns: 10 }).forEach((f, j) => {
        const c = f(1000 * i + j + 1);
        cases.push({ fused: prepareCase(p.fused, c.fused, { misalign: j % 3 === 2 }), twin: prepareCase(p.twin, c.explicit), label: `${p.fused.name} #${j}` });
      });
    });
    const results = await runHarness(harness, cases.flatMap((c) => [c.fused.harness, c.twin.harness]));
    let tokens = 0;
    cases.forEach((c, i) => {
      const a: HarnessResult = results[2 * i];
      const b: HarnessResult = results[2 * i + 1];
      expect(a.status, c.label).toBe(0);
      expect(b.status, c.label).toBe(0);
      for (const name of ['q_out', 'k_out']) expect(Array.from(a.tensors[name]), `${c.label} ${name}`).toEqual(Array.from(b.tensors[name]));
      expect(compareWithInterpreter(c.fused, a), c.label).toBeUndefined();
      tokens += c.fused.inputs.q.length / (2 * 16);
    });
    expect(cases.length).toBe(pairs.length * 10);
    expect(tokens).toBeGreaterThan(500);
  }, 600_000);

  it('Qwen2.5-VL t(f) = trunc(f32(f32(f·0.7)·2)) in the kernel: bit-identical to the builder tensor', async () => {
    const p = pairs.find((x) => x.variant === 'scaled' && x.fused.kernel.layout === 'thd')!;
    const ids = [[1, 151652, ...new Array<number>(12).fill(151656), 151653]];
    const inputs = { inputIds: ids, videoGridThw: [[12, 2, 2] as [number, number, number]], secondPerGridTs: [0.7] };
    const pos = buildMropePositions(inputs, MROPE_PRESETS.qwen2_5_vl).positions;
    expect(pos[12]).toBe(2 + 14); // frame 10: 14 in float32 (13 in float64)
    const enc = encodeSegments(buildMropeSegmentTables(inputs, MROPE_PRESETS.qwen2_5_vl).tables);
    const q = Array.from({ length: 15 * 2 * 16 }, (_, i) => Math.sin(i));
    const k = Array.from({ length: 15 * 16 }, (_, i) => Math.cos(i));
    const a = prepareCase(p.fused, { q, k, sizes: { tokens: 15 }, segment_table: enc.table, segment_values: enc.values });
    const b = prepareCase(p.twin, { q, k, sizes: { tokens: 15 }, positions: pos });
    const [ra, rb] = await runHarness(harness, [a.harness, b.harness]);
    expect(Array.from(ra.tensors.q_out)).toEqual(Array.from(rb.tensors.q_out));
  });

  it('Qwen2.5-Omni audio in video (OMNI_BY_HAND): fused == tensor kernel on the hand-written positions ≈ interpreter', async () => {
    const omni = pairs.filter((x) => x.variant === 'omni');
    expect(omni.length).toBe(3);
    for (const p of omni) {
      const c = omniByHandCase(p.fused, 17);
      const a = prepareCase(p.fused, c.fused);
      const b = prepareCase(p.twin, c.explicit);
      const [ra, rb] = await runHarness(harness, [a.harness, b.harness]);
      expect(ra.status, p.fused.name).toBe(0);
      for (const name of ['q_out', 'k_out']) expect(Array.from(ra.tensors[name]), `${p.fused.name} ${name}`).toEqual(Array.from(rb.tensors[name]));
      expect(compareWithInterpreter(b, rb), p.fused.name).toBeUndefined();
    }
  });

  it('a table in device memory, which no host can check: the kernel reads inside it whatever its words (AddressSanitizer)', async () => {
    // The launcher cannot read device memory, so it launches on any table; every word the kernel
    // reads is clamped to the table. Emulated as a device sees the arrays (the checks never read
    // them), under AddressSanitizer: a read outside the table aborts the harness.
    const picked = pairs.filter((x) => x.fused.kernel.layout === 'thd' && (x.variant === 'frames' || x.variant === 'timeline'));
    expect(picked.length).toBe(2);
    const thd = picked.map((x) => x.fused);
    const own = scratch('fused-unchecked');
    try {
      for (const ir of thd) writeArtifacts(own, cudaBackend.emit(ir, {}).artifacts);
      const unchecked = await buildHarness(own, thd, { unchecked: true });
      let seed = 7;
      const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
      // Words a corrupted table may hold: far below 0, −1, 0, small, past the table, any.
      const word = () => [-2_000_000_000, -1_000_000, -9, -1, 0, 1, 3, 1_000_000, 2_000_000_000, next() | 0][next() % 10];
      const cases = picked.flatMap(({ fused: ir, variant }, k) => {
        const c = fc.sample(fusedCaseArb(ir, variant), { seed: 99 + k, numRuns: 1 })[0](5);
        const good = prepareCase(ir, c.fused).harness;
        const words = good.tensors.segment_table as Int32Array;
        return Array.from({ length: 60 }, (_, i) => {
          // Some words rewritten (the row header included), or the table cut short.
          const table = Int32Array.from(words.subarray(0, i % 5 === 4 ? 1 + (next() % words.length) : words.length));
          for (let n = 1 + (next() % 4); n > 0; n--) table[i % 3 === 0 ? next() % Math.min(2, table.length) : next() % table.length] = word();
          return { ...good, tensors: { ...good.tensors, segment_table: table }, sizes: { ...good.sizes, segment_words: table.length } };
        });
      });
      const results = await runHarness(unchecked, cases);
      results.forEach((r, i) => expect(r.status, `case ${i}: ${r.why}`).toBe(0));
    } finally {
      cleanup(own);
    }
  }, 600_000);

  it('malformed tables and NULL pointers are refused (cudaErrorInvalidValue) before the launch', async () => {
    const p = pairs.find((x) => x.variant === 'frames' && x.fused.kernel.layout === 'bshd')!;
    const c = mropeCase(p.fused, { rows: [[{ kind: 'text', n: 2 }, { kind: 'image', grid: [1, 2, 2] }]], pad: [0] }, 3);
    const good = prepareCase(p.fused, c.fused);
    const edits: [string, (h: typeof good.harness) => void][] = [
      ['second segment starts at 0', (h) => ((h.tensors.segment_table as Int32Array)[2 + 8 + 1] = 0)],
      ['unknown kind', (h) => ((h.tensors.segment_table as Int32Array)[2 + 8] = 9)],
      ['grid scale past the values', (h) => { h.tensors.segment_values = null; h.sizes.segment_value_count = 0; }],
      ['short table', (h) => { h.sizes.segment_words = 5; }],
      ['header count wrong', (h) => ((h.tensors.segment_table as Int32Array)[1] = 7)],
      ['NULL table', (h) => { h.tensors.segment_table = null; }],
      ['negative value count', (h) => { h.sizes.segment_value_count = -1; }],
    ];
    const bad = edits.map(([, f]) => {
      const h = { ...good.harness, tensors: { ...good.harness.tensors, segment_table: Int32Array.from(good.harness.tensors.segment_table as Int32Array) }, sizes: { ...good.harness.sizes } };
      f(h);
      return h;
    });
    const results = await runHarness(harness, [good.harness, ...bad]);
    expect(results[0].status).toBe(0);
    results.slice(1).forEach((r, i) => expect(r.status, edits[i][0]).toBe(1));
  });
});
