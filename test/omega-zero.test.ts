// Pairs with ω = 0 (`frequencies list` with zeros, `frequencies proportional(…)`) and the llama3
// step rule (low == high), in the interpreter and in every backend. A pair at ω = 0 rotates by
// angle 0: cos 0 = 1 and sin 0 = 0, so with attention factor 1 its lanes must come out exactly as
// they went in, whatever the backend, dtype, precision or sin/cos source. The backends get no
// special case for it; these tests check that they need none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import type { RopeIR } from '../src/compiler/ir.js';
import type { RopeInputs } from '../src/compiler/runtime.js';
import { forEachToken, headBase } from '../src/compiler/interpreter.js';
import { resolveShape } from '../src/compiler/runtime.js';
import { compile, interpret } from '../src/index.js';
import { allowedError, firstMismatch, fromStorage, toStorage } from './support/dtype.js';
import { loadGeneratedTs } from './support/load-ts.js';
import {
  buildHarness, cleanup, compareWithInterpreter, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts, type HarnessResult,
  type PreparedCase,
} from './support/nvcc.js';
import { makeInputs } from './support/random-spec.js';
import { buildWgsl, compareRun, compilationProblems, runOnGpu } from './support/webgpu.js';

function one(source: string): RopeIR {
  const r = compile(source, { file: 'zero.rope' });
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return r.irs[0];
}

const codes = (source: string) => compile(source, { file: 'bad.rope' }).diagnostics.map((d) => d.code);

/** Specs whose ω list has zeros in the middle, at the end, in several axes; every dtype and kernel option; and a llama3 step. */
const KERNELS: [string, string][] = [
  ['half f32 proportional (Gemma 4 global layers, scaled down)', `rope zp_half {
  head_dim 32
  style half
  frequencies proportional(base 1000000, rotated 4)
  positions index + offset
  kernel {
    q heads 2
    k heads 1
    dtype f32
  }
}`],
  ['interleaved bf16 list with zeros inside, partial rotary at an offset, in place, table', `rope zp_list {
  head_dim 24
  rotary dim 16 offset 4
  style interleaved
  frequencies list [1, 0, 0.25, 0, 0.0625, 0.03125, 0, 0]
  positions index
  kernel {
    layout [batch, seq, heads, dim]
    dtype bf16
    inplace
    sincos table(max_positions 64)
  }
}`],
  ['half f16 proportional with linear scaling, fast precision', `rope zp_fast {
  head_dim 16
  style half
  frequencies proportional(base 10000, rotated 5)
  scaling linear(factor 8)
  positions index
  kernel {
    dtype f16
    precision fast
  }
}`],
  ['llama3 with low == high (the step rule), f32, wavelengths on both sides of original / low', `rope zp_step {
  head_dim 32
  style half
  frequencies base 500000
  scaling llama3(factor 16, low 1, high 1, original 64)
  positions index + offset
  kernel {
    q heads 1
    k heads 1
    dtype f32
  }
}`],
  ['sectioned axes with zeros in every axis, tensor positions', `rope zp_axes {
  head_dim 24
  style half
  axes sectioned [t 4, h 4, w 4]
  frequencies list [1, 0.5, 0, 0, 0.3, 0, 0.1, 0, 0.2, 0.05, 0, 0]
  positions tensor int
  kernel {
    layout [batch, heads, seq, dim]
    dtype f32
  }
}`],
];

/** Lanes of the ω = 0 pairs. */
function stillLanes(ir: RopeIR): Set<number> {
  const omega = ir.omega!;
  if (omega.kind !== 'static') throw new Error('static ω expected');
  return new Set(ir.pairs.filter((p) => omega.omega[p.index] === 0).flatMap((p) => [p.laneA, p.laneB]));
}

/** The first place where an ω = 0 lane of `got` differs from the input (storage values). */
function movedStillLane(ir: RopeIR, inputs: RopeInputs, got: { q: ArrayLike<number>; k: ArrayLike<number> }): string | undefined {
  const lanes = stillLanes(ir);
  const shape = resolveShape(ir, inputs);
  let problem: string | undefined;
  for (const which of ['q', 'k'] as const) {
    const heads = which === 'q' ? shape.qHeads : shape.kHeads;
    forEachToken(ir, shape, (b, s, flat) => {
      for (let h = 0; h < heads && !problem; h++) {
        const base = headBase(ir, which, shape, b, s, flat, h, heads);
        for (const l of lanes) {
          if (got[which][base + l] !== inputs[which][base + l]) {
            problem = `${which} token ${flat} head ${h} lane ${l}: ${got[which][base + l]} ≠ input ${inputs[which][base + l]}`;
          }
        }
      }
    });
  }
  return problem;
}

describe('the language: ω = 0 pairs and the llama3 step', () => {
  it('frequencies list takes zeros but not negative entries', () => {
    const spec = (list: string) => `rope z {\n  head_dim 8\n  frequencies list ${list}\n  positions index\n}\n`;
    expect(codes(spec('[1, 0.5, 0, 0]'))).toEqual([]);
    expect(codes(spec('[1, 0.5, 0, -0.1]'))).toEqual(['RC018']);
  });

  it('proportional(base, rotated): HF proportional ω_j = θ^(−2j/D) for j < rotated, 0 after', () => {
    // transformers modeling_rope_utils.py, _compute_proportional_rope_parameters: inv_freq_rotated =
    // 1 / base^(arange(0, 2·rope_angles, 2) / head_dim), then head_dim/2 − rope_angles zeros.
    const ir = one('rope g {\n  head_dim 512\n  frequencies proportional(base 1000000, rotated 64)\n  positions index\n}\n');
    const omega = ir.omega!.kind === 'static' ? ir.omega!.omega : [];
    expect(omega).toHaveLength(256);
    for (let j = 0; j < 256; j++) {
      if (j >= 64) expect(omega[j]).toBe(0);
      // 1 / θ^x and θ^(−x) may differ in the last bit of a float64.
      else expect(Math.abs(omega[j] - 1 / Math.pow(1e6, (2 * j) / 512))).toBeLessThanOrEqual(2 ** -52 * omega[j]);
    }
    expect(codes('rope g {\n  head_dim 16\n  frequencies proportional(base 10000, rotated 9)\n  positions index\n}\n')).toEqual(['RC200']);
    expect(codes('rope g {\n  head_dim 16\n  frequencies proportional(base 10000)\n  positions index\n}\n')).toEqual(['RC014']);
  });

  it('llama3 with low == high is a step at wavelength original / low; high < low is refused', () => {
    // Llama 4 Scout: factor 16, low_freq_factor 1, high_freq_factor 1, original 8192, θ = 500000.
    // transformers _compute_llama3_parameters: wavelen > original/low → inv_freq / factor,
    // wavelen < original/high → inv_freq; the blended band between them is empty.
    const ir = one('rope s {\n  head_dim 128\n  frequencies base 500000\n  scaling llama3(factor 16, low 1, high 1, original 8192)\n  positions index\n}\n');
    const omega = ir.omega!.kind === 'static' ? ir.omega!.omega : [];
    for (let j = 0; j < 64; j++) {
      const w = Math.pow(500000, (-2 * j) / 128);
      expect(omega[j]).toBe((2 * Math.PI) / w > 8192 ? w / 16 : w);
    }
    // The step falls between pairs 28 (wavelength 2π·500000^(56/128) ≈ 1976) and 29… check both sides exist.
    expect(omega.filter((w, j) => w === Math.pow(500000, (-2 * j) / 128)).length).toBeGreaterThan(0);
    expect(omega.filter((w, j) => w === Math.pow(500000, (-2 * j) / 128) / 16).length).toBeGreaterThan(0);
    expect(codes('rope s {\n  head_dim 8\n  frequencies base 10000\n  scaling llama3(factor 8, low 4, high 1, original 8192)\n  positions index\n}\n')).toEqual(['RC042']);
  });

  it('yarn with beta_fast == beta_slow (Kimi K2) checks; beta_fast < beta_slow is refused', () => {
    expect(codes('rope y {\n  head_dim 64\n  frequencies base 50000\n  scaling yarn(factor 64, original 4096, beta_fast 1, beta_slow 1)\n  positions index\n}\n')).toEqual([]);
    expect(codes('rope y {\n  head_dim 64\n  frequencies base 50000\n  scaling yarn(factor 64, original 4096, beta_fast 1, beta_slow 2)\n  positions index\n}\n')).toEqual(['RC041']);
  });

  it('the interpreter leaves ω = 0 lanes exactly as they are, and scales them by an attention factor', () => {
    const source = 'rope z {\n  head_dim 8\n  style interleaved\n  frequencies list [1, 0, 0.5, 0]\n  positions index\n}\n';
    const ir = one(source);
    const q = Array.from({ length: 4 * 8 }, (_, i) => Math.sin(i + 1) * 3);
    const k = q.map((x) => -x);
    const out = interpret(ir, { q, k, sizes: { tokens: 4, q_heads: 1, k_heads: 1 } });
    for (let t = 0; t < 4; t++) for (const l of [2, 3, 6, 7]) expect(out.q[t * 8 + l]).toBe(q[t * 8 + l]);
    const scaled = one(source.replace('positions index', 'attention_factor 0.5\n  positions index'));
    const half = interpret(scaled, { q, k, sizes: { tokens: 4, q_heads: 1, k_heads: 1 } });
    for (let t = 0; t < 4; t++) for (const l of [2, 3, 6, 7]) expect(half.q[t * 8 + l]).toBe(0.5 * q[t * 8 + l]);
  });
});

describe('TS backend: ω = 0 pairs and the llama3 step', () => {
  for (const [what, source] of KERNELS) {
    it(what, async () => {
      const r = compile(source, { file: 'zero.rope', targets: ['ts'] });
      expect(r.diagnostics).toEqual([]);
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts[0].contents, ir.name);
      for (const seed of [3, 4]) {
        const { inputs } = makeInputs(ir, seed, { maxPosition: seed === 3 ? 60 : 100_000 });
        const dtype = ir.kernel.dtype;
        const q = toStorage(inputs.q, dtype);
        const k = toStorage(inputs.k, dtype);
        const exact = { ...inputs, q: q.exact, k: k.exact };
        const want = interpret(ir, exact);
        const out = mod.rotate({ ...inputs, q: q.stored, k: k.stored });
        const got = { q: fromStorage(out.q, dtype), k: fromStorage(out.k, dtype) };
        const scale = Math.max(1, ...Array.from(q.exact, Math.abs), ...Array.from(k.exact, Math.abs));
        const compute = ir.kernel.sincos.kind === 'table' ? 4 * 2 ** -24 : 1e-12;
        for (const which of ['q', 'k'] as const) {
          expect(firstMismatch(got[which], want[which], (w) => allowedError(dtype, w, scale, compute)), which).toBeUndefined();
        }
        expect(movedStillLane(ir, exact, got)).toBeUndefined();
      }
    });
  }
});

describe('WGSL backend (Dawn): ω = 0 pairs and the llama3 step', () => {
  for (const [what, source] of KERNELS) {
    it(what, async () => {
      const built = await buildWgsl(source, 'zero.rope');
      expect(await compilationProblems(built.kernel.module)).toEqual([]);
      for (const [seed, outOfPlace] of [[3, true], [4, false]] as const) {
        const { inputs } = makeInputs(built.ir, seed, { maxPosition: seed === 3 ? 60 : 100_000 });
        const run = await runOnGpu(built, inputs, outOfPlace);
        expect(compareRun(built.ir, run, outOfPlace)).toBeUndefined();
        expect(movedStillLane(built.ir, run.exact, run)).toBeUndefined();
      }
    });
  }
});

describe.skipIf(!nvccAvailable())('CUDA backend (CPU-executed launch): ω = 0 pairs and the llama3 step', () => {
  const irs = KERNELS.map(([, source]) => one(source));
  const cases: PreparedCase[][] = irs.map((ir) => [3, 4].map((seed) => prepareCase(ir, makeInputs(ir, seed, { maxPosition: seed === 3 ? 60 : 100_000 }).inputs)));
  let dir: string;
  let results: HarnessResult[] = [];
  beforeAll(async () => {
    dir = scratch('omega-zero');
    for (const ir of irs) writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts);
    const harness = await buildHarness(dir, irs);
    results = await runHarness(harness, cases.flat().map((c) => c.harness));
  }, 300_000);
  afterAll(() => cleanup(dir));

  KERNELS.forEach(([what], n) => {
    it(what, () => {
      cases[n].forEach((c, i) => {
        const result = results[n * 2 + i];
        expect(compareWithInterpreter(c, result)).toBeUndefined();
        const ir = c.ir;
        const name = (which: 'q' | 'k') => (ir.kernel.inplace ? which : `${which}_out`);
        const got = { q: fromStorage(result.tensors[name('q')]!, ir.kernel.dtype), k: fromStorage(result.tensors[name('k')]!, ir.kernel.dtype) };
        expect(movedStillLane(ir, c.inputs, got)).toBeUndefined();
      });
    });
  });
});
