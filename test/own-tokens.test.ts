// k with its own tokens and positions in one launch (`k heads N tokens own`): cross-attention,
// MViT's pooled keys (seed 002: q and k pooled to different T×H×W grids), SAM2's memory. The
// language, the interpreter's definition, and each host around the kernels; random specs with own
// tokens also run in the TS, WGSL and CUDA property tests (arbitraryOwnTokensSpec).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { writeNpy } from '../src/npy.js';
import type { RopeInputs } from '../src/compiler/runtime.js';
import { runMain } from './support/cli.js';
import { e4m3Apart } from './support/dtype.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { buildWgsl, compareRun, runOnGpu } from './support/webgpu.js';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { buildHarness, cleanup, compareWithInterpreter, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts } from './support/nvcc.js';

const spec = (name: string, positions: string, k = 'k heads 1 tokens own', extra = '', axes = '') => `rope ${name} {
  head_dim 8
  ${axes}
  frequencies base 100
  positions ${positions}
  kernel {
    q heads 2
    ${k}
    ${extra}
  }
}
`;

const values = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.61 + seed));
const codes = (source: string) => compile(source, { file: 'a.rope' }).diagnostics.map((d) => d.code);

/** Three position sources, each with q's and k's own sizes (grid: MViT-like pooled keys). */
const CASES: { name: string; positions: string; axes?: string; sizes: Record<string, number>; extra?: Partial<RopeInputs> }[] = [
  { name: 'index', positions: 'index + offset', sizes: { tokens: 3, k_tokens: 5, offset: 7, k_offset: 2 } },
  { name: 'tensor', positions: 'tensor int', sizes: { tokens: 3, k_tokens: 4 }, extra: { positions: Int32Array.of(4, 1, 9), k_positions: Int32Array.of(30, 2, 0, 17) } },
  { name: 'grid', positions: 'grid(h, w) prefix 1', axes: 'axes lanes [h 4, w 4]', sizes: { tokens: 7, k_tokens: 5, h: 2, w: 3, k_h: 2, k_w: 2 } },
  // One side without tokens while the other has some: its buffer is still bound, never touched.
  { name: 'no-k', positions: 'index + offset', sizes: { tokens: 3, k_tokens: 0, offset: 1, k_offset: 4 } },
  { name: 'no-q', positions: 'tensor int', sizes: { tokens: 0, k_tokens: 3 }, extra: { positions: new Int32Array(0), k_positions: Int32Array.of(5, 0, 2) } },
  // Packed sequences (varlen cross-attention), with per-sequence offsets: k's own k_cu_seqlens and
  // k_offsets, as many sequences as q's (one of k's empty).
  { name: 'packed', positions: 'index packed', sizes: { tokens: 5, k_tokens: 4 }, extra: { cu_seqlens: Int32Array.of(0, 2, 5), k_cu_seqlens: Int32Array.of(0, 3, 4) } },
  {
    name: 'packed-offsets', positions: 'index packed + offsets', sizes: { tokens: 5, k_tokens: 6 },
    extra: { cu_seqlens: Int32Array.of(0, 3, 5), k_cu_seqlens: Int32Array.of(0, 0, 6), offsets: Int32Array.of(4, 1), k_offsets: Int32Array.of(9, 2) },
  },
  // Packed grids (MViT's pooled keys over a batch of videos of different sizes): k's own grid per sequence.
  {
    name: 'grid-packed', positions: 'grid(h, w) packed prefix 1', axes: 'axes lanes [h 4, w 4]', sizes: { tokens: 10, k_tokens: 4 },
    extra: { cu_seqlens: Int32Array.of(0, 7, 10), grid_sizes: Int32Array.of(2, 3, 1, 2), k_cu_seqlens: Int32Array.of(0, 3, 4), k_grid_sizes: Int32Array.of(1, 2, 0, 3) },
  },
];

/** A plain spec's inputs that rotate k as the own-token spec does: k's sizes, positions, offsets and sequences as the call's. */
function kAlone(inputs: RopeInputs, sizes: Record<string, number>): RopeInputs {
  const { k_positions, k_offsets, k_cu_seqlens, k_grid_sizes } = inputs;
  return {
    q: new Float32Array(0), k: inputs.k, sizes,
    ...(k_positions ? { positions: k_positions } : {}), ...(k_offsets ? { offsets: k_offsets } : {}), ...(k_cu_seqlens ? { cu_seqlens: k_cu_seqlens } : {}),
    ...(k_grid_sizes ? { grid_sizes: k_grid_sizes } : {}),
  } as RopeInputs;
}

function inputsOf(c: (typeof CASES)[number]): RopeInputs {
  return { q: values(c.sizes.tokens * 2 * 8, 1), k: values(c.sizes.k_tokens * 8, 2), sizes: c.sizes, ...c.extra } as RopeInputs;
}

describe('k with its own tokens: the language', () => {
  it('takes tokens own on k (any layout, packed, with offsets), and refuses it on q (RC216), with positions k cannot own (RC218: a fused segment table), with one tensor (RC219)', () => {
    const ok = compile(spec('a', 'index + offset'), { file: 'a.rope' });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.irs[0].kernel.kTokens).toBe('own');
    expect(codes(spec('a', 'index', 'k heads 1').replace('q heads 2', 'q heads 2 tokens own'))).toEqual(['RC216']);
    expect(codes(spec('a', 'index', undefined, 'layout [batch, seq, heads, dim]'))).toEqual([]);
    expect(codes(spec('a', 'index', undefined, 'layout [batch, heads, seq, dim]'))).toEqual([]);
    expect(codes(spec('a', 'index packed'))).toEqual([]);
    expect(codes(spec('a', 'index packed + offsets'))).toEqual([]);
    expect(codes(spec('a', 'grid(h, w) packed', undefined, '', 'axes lanes [h 4, w 4]'))).toEqual([]);
    expect(codes(spec('a', 'mrope(spatial_merge 2)', undefined, 'layout [batch, seq, heads, dim]', 'axes sectioned [t 2, h 1, w 1]'))).toEqual(['RC218']);
    expect(codes(spec('a', 'index', 'k heads 0 tokens own'))).toEqual(['RC219']);
    expect(codes(spec('a', 'tensor int', undefined, 'sincos cache(layout cos_sin)'))).toEqual([]);
  });
});

describe('k with its own tokens: the interpreter', () => {
  for (const c of CASES) {
    it(`${c.name}: q rotates as the spec without it over tokens, k as that spec over k_tokens with k's own sizes and positions`, () => {
      const own = compile(spec('o', c.positions, undefined, '', c.axes), { file: 'o.rope' }).irs[0];
      const plain = compile(spec('p', c.positions, 'k heads 1', '', c.axes), { file: 'p.rope' }).irs[0];
      const inputs = inputsOf(c);
      const got = interpret(own, inputs);
      // q: the call's sizes; k: a call of k_tokens tokens with k's offset, grid and positions.
      const s = c.sizes;
      const qOnly = interpret(plain, { ...inputs, k: new Float32Array(s.tokens * 8) });
      const kSizes = { tokens: s.k_tokens, ...(s.k_offset !== undefined ? { offset: s.k_offset } : {}), ...(s.k_h !== undefined ? { h: s.k_h, w: s.k_w } : {}) };
      const kOnly = interpret(plain, { ...kAlone(inputs, kSizes), q: new Float32Array(s.k_tokens * 2 * 8) });
      expect(Array.from(got.q)).toEqual(Array.from(qOnly.q));
      expect(Array.from(got.k)).toEqual(Array.from(kOnly.k));
      // k's offsets and sequences are its own: k with q's comes out otherwise (or is refused: other lengths).
      if (c.name === 'grid-packed') {
        expect(() => interpret(own, { ...inputs, k_grid_sizes: Int32Array.of(1, 2, 1, 3) })).toThrow('k_grid_sizes: sequence 1 holds 1 tokens (k_cu_seqlens), but prefix + h·w = 1 + 1·3 = 4');
        expect(() => interpret(own, { ...inputs, k_grid_sizes: undefined })).toThrow('k_grid_sizes: missing; packed grids need k_grid_sizes of shape [batch, 2] = [2, 2]');
      }
      if (c.name === 'packed-offsets') {
        const withQs = { ...kAlone(inputs, kSizes), q: new Float32Array(s.k_tokens * 2 * 8), offsets: inputs.offsets };
        expect(Array.from(got.k)).not.toEqual(Array.from(interpret(plain, withQs).k));
        expect(() => interpret(own, { ...inputs, k_cu_seqlens: inputs.cu_seqlens })).toThrow('k_cu_seqlens: must end at k_tokens = 6, got 5');
        expect(() => interpret(own, { ...inputs, k_cu_seqlens: Int32Array.of(0, 6) })).toThrow('k_cu_seqlens: expected shape [batch + 1] = [3] (as many sequences as cu_seqlens), got length 2');
        expect(() => interpret(own, { ...inputs, k_offsets: undefined })).toThrow('k_offsets: missing; expected shape [batch] = [2]');
      }
      // And k's offset is its own: k at q's offset (7, not 2) comes out otherwise.
      if (c.name === 'index') expect(Array.from(got.k)).not.toEqual(Array.from(interpret(plain, { q: new Float32Array(s.k_tokens * 2 * 8), k: inputs.k, sizes: { tokens: s.k_tokens, offset: s.offset } }).k));
    });
  }
});

// Batch layouts: q [batch, seq, …] and k [batch, k_seq, …] (HF's cross-attention shapes), k's
// sequences of their own length, positions and offset.
const BATCH_CASES: { name: string; layout: string; positions: string; axes?: string; sizes: Record<string, number>; extra?: Partial<RopeInputs> }[] = [
  { name: 'bshd-index', layout: 'layout [batch, seq, heads, dim]', positions: 'index + offset', sizes: { batch: 2, seq: 3, k_seq: 5, offset: 7, k_offset: 2 } },
  { name: 'bhsd-tensor', layout: 'layout [batch, heads, seq, dim]', positions: 'tensor int', sizes: { batch: 2, seq: 2, k_seq: 3 }, extra: { positions: Int32Array.of(4, 1, 9, 0), k_positions: Int32Array.of(30, 2, 0, 17, 5, 8) } },
  { name: 'bhsd-grid', layout: 'layout [batch, heads, seq, dim]', positions: 'grid(h, w) prefix 1', axes: 'axes lanes [h 4, w 4]', sizes: { batch: 2, seq: 7, k_seq: 5, h: 2, w: 3, k_h: 2, k_w: 2 } },
  { name: 'bshd-no-k', layout: 'layout [batch, seq, heads, dim]', positions: 'index', sizes: { batch: 3, seq: 2, k_seq: 0 } },
  { name: 'bshd-offsets', layout: 'layout [batch, seq, heads, dim]', positions: 'index + offsets', sizes: { batch: 2, seq: 3, k_seq: 2 }, extra: { offsets: Int32Array.of(5, 0), k_offsets: Int32Array.of(1, 7) } },
];
const batchSpec = (name: string, c: (typeof BATCH_CASES)[number], k = 'k heads 1 tokens own', extra = '') => spec(name, c.positions, k, `${c.layout}\n    ${extra}`, c.axes);
function batchInputs(c: (typeof BATCH_CASES)[number]): RopeInputs {
  const s = c.sizes;
  return { q: values(s.batch * s.seq * 2 * 8, 1), k: values(s.batch * s.k_seq * 8, 2), sizes: c.sizes, ...c.extra } as RopeInputs;
}

describe('k with its own tokens in batch layouts: the interpreter', () => {
  for (const c of BATCH_CASES) {
    it(`${c.name}: q rotates as the spec without it over [batch, seq], k as that spec over [batch, k_seq] with k's own sizes and positions`, () => {
      const own = compile(batchSpec('o', c), { file: 'o.rope' }).irs[0];
      const plain = compile(batchSpec('p', c, 'k heads 1'), { file: 'p.rope' }).irs[0];
      const inputs = batchInputs(c);
      const got = interpret(own, inputs);
      const s = c.sizes;
      const qOnly = interpret(plain, { ...inputs, k: new Float32Array(s.batch * s.seq * 8) });
      const kSizes = { batch: s.batch, seq: s.k_seq, ...(s.k_offset !== undefined ? { offset: s.k_offset } : {}), ...(s.k_h !== undefined ? { h: s.k_h, w: s.k_w } : {}) };
      const kOnly = interpret(plain, { ...kAlone(inputs, kSizes), q: new Float32Array(s.batch * s.k_seq * 2 * 8) });
      expect(Array.from(got.q)).toEqual(Array.from(qOnly.q));
      expect(Array.from(got.k)).toEqual(Array.from(kOnly.k));
      if (c.name === 'bshd-index') {
        // k's shape is [batch, k_seq, …]: a k of q's seq is refused by name.
        expect(() => interpret(own, { ...inputs, sizes: { ...s, k_seq: s.seq } })).toThrow(/^k: expected shape \[batch, (k_seq, k_heads|k_heads, k_seq), head_dim\]/);
      }
    });
  }
});

describe('k with its own tokens: the TypeScript module', () => {
  const tsCases = [...CASES.map((c) => ({ name: c.name, source: (n: string) => spec(n, c.positions, undefined, '', c.axes), inputs: () => inputsOf(c) })),
    ...BATCH_CASES.map((c) => ({ name: c.name, source: (n: string) => batchSpec(n, c), inputs: () => batchInputs(c) }))];
  for (const c of tsCases) {
    it(`${c.name}: matches the interpreter in place and out of place`, async () => {
      const r = compile(c.source(`tb_${c.name.replace(/-/g, '_')}`), { file: 'tb.rope', targets: ['ts'] });
      const mod = await loadGeneratedTs(r.artifacts[0].contents, `tb_${c.name}`);
      const inputs = c.inputs();
      const want = interpret(r.irs[0], inputs);
      const got = mod.rotate(inputs);
      const [q, k] = [Float32Array.from(inputs.q), Float32Array.from(inputs.k)];
      mod.rotateInPlace({ ...inputs, q, k });
      for (const t of ['q', 'k'] as const) {
        for (let i = 0; i < want[t].length; i++) expect(Math.abs(got[t][i] - want[t][i])).toBeLessThan(1e-6);
        expect(Array.from(t === 'q' ? q : k)).toEqual(Array.from(got[t]));
      }
    });
  }

  it('takes k_tokens and k\'s own inputs, and names them in a bad shape', async () => {
    const c = CASES[1];
    const r = compile(spec('tt', c.positions), { file: 'tt.rope', targets: ['ts'] });
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tt');
    const inputs = inputsOf(c);
    const want = interpret(r.irs[0], inputs);
    const got = mod.rotate(inputs);
    for (const t of ['q', 'k'] as const) for (let i = 0; i < want[t].length; i++) expect(Math.abs(got[t][i] - want[t][i])).toBeLessThan(1e-6);
    expect(() => mod.rotate({ ...inputs, k: values(3, 0) })).toThrow('k: expected shape [k_tokens, k_heads, head_dim] = [4, 1, 8] (32 values), got length 3');
    expect(() => mod.rotate({ ...inputs, k_positions: Int32Array.of(1) })).toThrow('k_positions: expected shape [k_tokens] = [4] (4 positions), got length 1');
    expect(() => mod.rotate({ ...inputs, sizes: { tokens: 3 } })).toThrow("sizes.k_tokens: missing; k has its own tokens ('k … tokens own'): it needs their count");
  });
});

describe('k with its own tokens: the WebAssembly kernel', () => {
  /** Runs createWasmKernel on the inputs (q and k into its memory) and returns the largest difference from the interpreter. */
  async function wasmDiff(source: string, name: string, inputs: RopeInputs, capacity?: Record<string, number>): Promise<number> {
    const r = compile(source, { file: `${name}.rope`, targets: ['ts'] });
    expect(r.diagnostics).toEqual([]);
    const mod = await loadGeneratedTs(r.artifacts[0].contents, name);
    expect(mod.WASM_KERNEL).toBe(true);
    const { q, k, sizes, ...rest } = inputs;
    const kernel = mod.createWasmKernel(capacity ?? sizes);
    kernel.q.set(q);
    kernel.k.set(k);
    const want = interpret(r.irs[0], inputs);
    kernel.rotateInPlace({ ...rest, sizes });
    let d = 0;
    for (const t of ['q', 'k'] as const) for (let i = 0; i < want[t].length; i++) d = Math.max(d, Math.abs(kernel[t][i] - want[t][i]));
    return d;
  }
  const wasmCases = [...CASES.map((c) => ({ ...c, source: spec('x', c.positions, undefined, '', c.axes), inputs: inputsOf(c) })),
    ...BATCH_CASES.map((c) => ({ ...c, source: batchSpec('x', c), inputs: batchInputs(c) }))];
  for (const c of wasmCases) {
    it(`${c.name}: q over its tokens, k over its own, each at its positions, as the interpreter`, async () => {
      const name = `wo_${c.name.replace(/-/g, '_')}`;
      expect(await wasmDiff(c.source.replace('rope x', `rope ${name}`), name, c.inputs)).toBeLessThan(4e-6);
    });
  }

  it('a cos/sin cache read at k_positions, a norm, an fp8 q; a kernel made for more tokens of each side', async () => {
    expect(await wasmDiff(cacheSpec('woc', 'cos_sin'), 'woc', cacheInputs('cos_sin'), { tokens: 4, k_tokens: 9, cache_positions: CACHE_ROWS })).toBeLessThan(4e-6);
    const c = CASES[0];
    const norm = spec('won', c.positions, undefined, 'norm rms(eps 1e-6, weight none)');
    expect(await wasmDiff(norm, 'won', inputsOf(c), { tokens: 6, k_tokens: 6 })).toBeLessThan(4e-6);
    // An fp8 q: q_out's bytes within one e4m3 step of the interpreter's q; k rotated in place.
    const r = compile(spec('wo8', c.positions, undefined, '').replace('q heads 2', 'q heads 2 output fp8_e4m3'), { file: 'wo8.rope', targets: ['ts'] });
    expect(r.diagnostics).toEqual([]);
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'wo8');
    const inputs = { ...inputsOf(c), sizes: { ...c.sizes, q_scale: 0.5 } };
    const kernel = mod.createWasmKernel(inputs.sizes);
    kernel.q.set(inputs.q);
    kernel.k.set(inputs.k);
    const want = interpret(r.irs[0], inputs);
    kernel.rotateInPlace({ sizes: inputs.sizes });
    let apart = 0;
    for (let i = 0; i < want.q.length; i++) apart += e4m3Apart(kernel.q_out[i], want.q[i]) ? 1 : 0;
    expect(apart).toBe(0);
    for (let i = 0; i < want.k.length; i++) expect(Math.abs(kernel.k[i] - want.k[i])).toBeLessThan(4e-6);
  });

  it('sizes k by k_tokens, and refuses a call with more k tokens than it was made for', async () => {
    const r = compile(spec('wocap', 'index + offset'), { file: 'wocap.rope', targets: ['ts'] });
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'wocap');
    const kernel = mod.createWasmKernel({ tokens: 3, k_tokens: 4 });
    expect([kernel.q.length, kernel.k.length]).toEqual([3 * 2 * 8, 4 * 8]);
    expect(() => kernel.rotateInPlace({ sizes: { tokens: 3, k_tokens: 5 } })).toThrow('sizes: 5 k tokens, but this WebAssembly kernel was created for at most 4 k tokens');
  });
});

describe('k with its own tokens: WGSL on a real WebGPU device', () => {
  for (const c of CASES) {
    for (const schedule of ['heads', 'groups', 'serial'] as const) {
      it(`${c.name}, ${schedule}: in place and out of place match the interpreter`, async () => {
        const built = await buildWgsl(spec(`w${c.name.replace('-', '_')}`, c.positions, undefined, c.name === 'grid' ? 'dtype bf16' : '', c.axes), `w${c.name.replace('-', '_')}.rope`, {}, { schedule });
        for (const outOfPlace of [false, true]) {
          const run = await runOnGpu(built, inputsOf(c), outOfPlace, true);
          expect(compareRun(built.ir, run, outOfPlace)).toBeUndefined();
        }
      });
    }
  }
});

// An engine's cos/sin cache read at each side's own positions (cross-attention with vLLM's
// cos_sin_cache): q's rows at positions, k's at k_positions, each entry checked against the rows.
const CACHE_ROWS = 40;
const cacheSpec = (name: string, layout: 'cos_sin' | 'split') => spec(name, 'tensor int', 'k heads 1 tokens own', `sincos cache(layout ${layout})`);
function cacheInputs(layout: 'cos_sin' | 'split', kPositions = Int32Array.of(39, 0, 12, 7, 25)): RopeInputs {
  // Random-looking values, not cos and sin: a kernel must read exactly the rows the interpreter does.
  const cache = (seed: number) => values(CACHE_ROWS * (layout === 'cos_sin' ? 8 : 4), seed);
  return {
    q: values(3 * 2 * 8, 11), k: values(5 * 8, 12), positions: Int32Array.of(3, 38, 0), k_positions: kPositions,
    sizes: { tokens: 3, k_tokens: 5, cache_positions: CACHE_ROWS },
    ...(layout === 'cos_sin' ? { cos_sin_cache: cache(13) } : { cos_cache: cache(13), sin_cache: cache(14) }),
  } as RopeInputs;
}
const OUTSIDE = "k_positions: entry 3 (component 0 of token 3) is 40, outside the cache's rows [0, 40)";

describe('k with its own tokens reads a cos/sin cache at its own positions', () => {
  for (const layout of ['cos_sin', 'split'] as const) {
    it(`${layout}: the interpreter reads k's rows at k_positions, q's at positions; refuses a k position outside the cache`, () => {
      const own = compile(cacheSpec('oc', layout), { file: 'oc.rope' }).irs[0];
      const plain = compile(spec('pc', 'tensor int', 'k heads 1', `sincos cache(layout ${layout})`), { file: 'pc.rope' }).irs[0];
      const inputs = cacheInputs(layout);
      const got = interpret(own, inputs);
      const { k_positions, ...rest } = inputs;
      const qOnly = interpret(plain, { ...rest, k: new Float32Array(3 * 8), sizes: { tokens: 3, cache_positions: CACHE_ROWS } });
      const kOnly = interpret(plain, { ...rest, q: new Float32Array(5 * 2 * 8), positions: k_positions, sizes: { tokens: 5, cache_positions: CACHE_ROWS } });
      expect(Array.from(got.q)).toEqual(Array.from(qOnly.q));
      expect(Array.from(got.k)).toEqual(Array.from(kOnly.k));
      // k rotated by q's rows instead (its first three positions as q's) comes out otherwise.
      expect(Array.from(got.k)).not.toEqual(Array.from(interpret(own, { ...inputs, k_positions: Int32Array.of(3, 38, 0, 7, 25) }).k));
      expect(() => interpret(own, cacheInputs(layout, Int32Array.of(1, 2, 3, 40, 0)))).toThrow(OUTSIDE);
    });
  }

  it('the TypeScript module: matches the interpreter and refuses a k position outside the cache before writing', async () => {
    const r = compile(cacheSpec('tc', 'cos_sin'), { file: 'tc.rope', targets: ['ts'] });
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tc');
    const inputs = cacheInputs('cos_sin');
    const want = interpret(r.irs[0], inputs);
    const got = mod.rotate(inputs);
    for (const t of ['q', 'k'] as const) for (let i = 0; i < want[t].length; i++) expect(Math.abs(got[t][i] - want[t][i])).toBeLessThan(1e-6);
    const bad = cacheInputs('cos_sin', Int32Array.of(1, 2, 3, 40, 0));
    const [q, k] = [Float32Array.from(bad.q), Float32Array.from(bad.k)];
    expect(() => mod.rotateInPlace({ ...bad, q, k })).toThrow(OUTSIDE);
    expect(Array.from(q)).toEqual(Array.from(bad.q));
    expect(Array.from(k)).toEqual(Array.from(bad.k));
  });

  for (const layout of ['cos_sin', 'split'] as const) {
    it(`${layout}: WGSL on a real WebGPU device matches the interpreter in place and out of place; refuses a k position outside the cache`, async () => {
      const built = await buildWgsl(cacheSpec(`wc_${layout}`, layout), `wc_${layout}.rope`);
      for (const outOfPlace of [false, true]) {
        const run = await runOnGpu(built, cacheInputs(layout), outOfPlace, true);
        expect(compareRun(built.ir, run, outOfPlace)).toBeUndefined();
      }
      await expect(runOnGpu(built, cacheInputs(layout, Int32Array.of(1, 2, 3, 40, 0)), true, true)).rejects.toThrow(OUTSIDE);
    });
  }

  it.skipIf(!nvccAvailable())('CUDA (the CPU harness): matches the interpreter; ropec_NAME_check_k_positions and the launcher refuse a k position outside the cache', async () => {
    const dir = scratch('own-cache');
    try {
      const irs = (['cos_sin', 'split'] as const).map((layout) => compile(cacheSpec(`cc_${layout}`, layout), { file: `cc_${layout}.rope`, targets: [] }).irs[0]);
      const texts = irs.map((ir) => cudaBackend.emit(ir, {}).artifacts);
      texts.forEach((a) => writeArtifacts(dir, a));
      const header = texts[0].find((a) => a.path.endsWith('.h'))!.contents;
      expect(header).toContain('cudaError_t ropec_cc_cos_sin_check_k_positions(const int64_t* k_positions, int64_t tokens, int64_t cache_positions);');
      const harness = await buildHarness(dir, irs);
      const good = irs.map((ir, i) => prepareCase(ir, cacheInputs(i === 0 ? 'cos_sin' : 'split')));
      const bad = irs.map((ir, i) => prepareCase(ir, cacheInputs(i === 0 ? 'cos_sin' : 'split', Int32Array.of(1, 2, 3, 40, 0))));
      const results = await runHarness(harness, [...good, ...bad].map((c) => c.harness));
      good.forEach((c, i) => expect(compareWithInterpreter(c, results[i])).toBeUndefined());
      results.slice(good.length).forEach((res) => {
        expect(res.status).toBe(1);
        expect(res.why).toBe(OUTSIDE);
      });
    } finally {
      cleanup(dir);
    }
  }, 240_000);
});

describe('k with its own tokens in batch layouts: WGSL on a real WebGPU device', () => {
  for (const c of BATCH_CASES) {
    for (const schedule of ['heads', 'groups', 'serial'] as const) {
      it(`${c.name}, ${schedule}: in place and out of place match the interpreter`, async () => {
        const name = `wb_${c.name.replace(/-/g, '_')}`;
        const built = await buildWgsl(batchSpec(name, c, undefined, c.name.includes('grid') ? 'dtype bf16' : ''), `${name}.rope`, {}, { schedule });
        for (const outOfPlace of [false, true]) {
          const run = await runOnGpu(built, batchInputs(c), outOfPlace, true);
          expect(compareRun(built.ir, run, outOfPlace)).toBeUndefined();
        }
      });
    }
  }
});

describe.skipIf(!nvccAvailable())('k with its own tokens: CUDA (the CPU harness)', () => {
  it('[tokens, heads, dim] and batch layouts, both schedules, match the interpreter; a bad k_seq is refused by name', async () => {
    const dir = scratch('own-batch');
    try {
      const all = [...CASES.map((c) => ({ source: spec(`ct_${c.name.replace(/-/g, '_')}`, c.positions, undefined, '', c.axes), inputs: inputsOf(c) })),
        ...BATCH_CASES.map((c) => ({ source: batchSpec(`cb_${c.name.replace(/-/g, '_')}`, c, undefined, c.name.includes('grid') ? 'dtype bf16' : ''), inputs: batchInputs(c) }))];
      const irs = all.map((x) => compile(x.source, { file: 'c.rope', targets: [] }).irs[0]);
      irs.forEach((ir) => writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts));
      const harness = await buildHarness(dir, irs);
      const cases = irs.flatMap((ir, i) => ([0, 1] as const).map((schedule) => prepareCase(ir, all[i].inputs, { schedule })));
      // A launcher cannot see array lengths; it checks k_seq against k's grid.
      const bad = BATCH_CASES.findIndex((c) => c.name === 'bhsd-grid');
      const badCase = prepareCase(irs[CASES.length + bad], { ...all[CASES.length + bad].inputs, sizes: { ...BATCH_CASES[bad].sizes, k_seq: 6 } });
      // A side without tokens may come as a NULL pointer (torch's empty tensors), and so may its
      // positions: the other side still rotates.
      let nullPositions = 0;
      const nulls = [...CASES.map((c, i) => ({ c: c.name, i })), ...BATCH_CASES.map((c, i) => ({ c: c.name, i: CASES.length + i }))]
        .filter(({ c }) => c.endsWith('no-k') || c.endsWith('no-q')).map(({ c, i }) => {
          const x = prepareCase(irs[i], all[i].inputs);
          const side = c.endsWith('no-k') ? 'k' : 'q';
          x.harness.tensors[side] = null;
          const positions = side === 'k' ? 'k_positions' : 'positions';
          if (x.harness.tensors[positions]) {
            x.harness.tensors[positions] = null;
            nullPositions++;
          }
          return x;
        });
      expect(nulls.length).toBe(3);
      expect(nullPositions).toBeGreaterThan(0);
      // k's own packed sequences, held in host memory, are checked (check_k_cu_seqlens): one that ends short of k_tokens is refused.
      const packed = CASES.findIndex((c) => c.name === 'packed');
      const badPacked = prepareCase(irs[packed], { ...all[packed].inputs, k_cu_seqlens: Int32Array.of(0, 3, 3) });
      // …and k's own packed grids (check_k_grid_sizes): a row whose cells are not its sequence's length is refused.
      const grids = CASES.findIndex((c) => c.name === 'grid-packed');
      const badGrids = prepareCase(irs[grids], { ...all[grids].inputs, k_grid_sizes: Int32Array.of(1, 2, 1, 3) });
      const results = await runHarness(harness, [...cases.map((c) => c.harness), badCase.harness, ...nulls.map((c) => c.harness), badPacked.harness, badGrids.harness]);
      expect(results.slice(-2).map((x) => [x.status, x.why])).toEqual([
        [1, 'k_cu_seqlens: must end at k_tokens = 4, got 3'],
        [1, 'k_grid_sizes: sequence 1 holds 1 tokens (k_cu_seqlens), but prefix + h·w = 1 + 1·3 = 4'],
      ]);
      cases.forEach((c, i) => expect(compareWithInterpreter(c, results[i]), `${c.ir.name} ${i % 2}`).toBeUndefined());
      nulls.forEach((c, i) => expect(compareWithInterpreter(c, results[cases.length + 1 + i]), `${c.ir.name} NULL`).toBeUndefined());
      expect(results[cases.length].status).toBe(1);
      expect(results[cases.length].why).toBe('sizes: each sequence of k (k_seq) must hold prefix + h·w = 1 + 2·2 = 5 tokens, got 6');
    } finally {
      cleanup(dir);
    }
  }, 300_000);
});

describe('k with its own tokens: ropec run', () => {
  it('reads k_tokens off k\'s shape and k\'s grid from --sizes (MViT\'s pooled keys); --k-positions where k reads a tensor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-own-'));
    try {
      // q: a 1 + 2·3·4 grid; k pooled to 1 + 1·2·2.
      writeFileSync(join(dir, 'g.rope'), spec('rg', 'grid(t, h, w) prefix 1', 'k heads 1 tokens own', '', 'axes lanes [t 2, h 2, w 4]'));
      writeFileSync(join(dir, 'q.npy'), writeNpy('<f4', [25, 2, 8], values(25 * 16, 3)));
      writeFileSync(join(dir, 'k.npy'), writeNpy('<f4', [5, 1, 8], values(5 * 8, 4)));
      const ok = await runMain('run', join(dir, 'g.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--sizes', 't=2,h=3,w=4,k_t=1,k_h=2,k_w=2', '--out', join(dir, 'out'), '--compare', 'interp');
      expect(ok.status, ok.stderr).toBe(0);
      const bad = await runMain('run', join(dir, 'g.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--sizes', 't=2,h=3,w=4,k_t=1,k_h=3,k_w=2', '--out', join(dir, 'out2'));
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('sizes: k_tokens must hold prefix + t·h·w = 1 + 1·3·2 = 7 tokens, got 5');
      writeFileSync(join(dir, 't.rope'), spec('rt', 'tensor int'));
      writeFileSync(join(dir, 'q3.npy'), writeNpy('<f4', [3, 2, 8], values(3 * 16, 5)));
      writeFileSync(join(dir, 'p.npy'), writeNpy('<i4', [3], Int32Array.of(0, 1, 2)));
      writeFileSync(join(dir, 'kp.npy'), writeNpy('<i4', [5], Int32Array.of(9, 8, 7, 6, 5)));
      const tensor = await runMain('run', join(dir, 't.rope'), '--q', join(dir, 'q3.npy'), '--k', join(dir, 'k.npy'), '--positions', join(dir, 'p.npy'), '--k-positions', join(dir, 'kp.npy'), '--out', join(dir, 'out3'), '--compare', 'interp');
      expect(tensor.status, tensor.stderr).toBe(0);
      const missing = await runMain('run', join(dir, 't.rope'), '--q', join(dir, 'q3.npy'), '--k', join(dir, 'k.npy'), '--positions', join(dir, 'p.npy'), '--out', join(dir, 'out4'));
      expect(missing.stderr).toContain('spec rt gives k its own tokens: give --k-positions kp.npy of shape [k_tokens]');
      // Batch layouts: k_seq off k's shape [batch, k_heads, k_seq, head_dim].
      writeFileSync(join(dir, 'b.rope'), batchSpec('rb', BATCH_CASES[1]).replace('tensor int', 'index + offset'));
      writeFileSync(join(dir, 'qb.npy'), writeNpy('<f4', [2, 2, 3, 8], values(2 * 2 * 3 * 8, 7)));
      writeFileSync(join(dir, 'kb.npy'), writeNpy('<f4', [2, 1, 5, 8], values(2 * 5 * 8, 8)));
      for (const backend of ['interp', 'ts', 'cuda']) {
        const batched = await runMain('run', join(dir, 'b.rope'), '--q', join(dir, 'qb.npy'), '--k', join(dir, 'kb.npy'), '--sizes', 'offset=4,k_offset=1', '--out', join(dir, `outb${backend}`), '-b', backend, '--compare', 'interp');
        expect(batched.status, batched.stderr).toBe(0);
      }
      writeFileSync(join(dir, 'kb2.npy'), writeNpy('<f4', [3, 1, 5, 8], values(3 * 5 * 8, 8)));
      const batchBad = await runMain('run', join(dir, 'b.rope'), '--q', join(dir, 'qb.npy'), '--k', join(dir, 'kb2.npy'), '--out', join(dir, 'outb2'));
      expect(batchBad.stderr).toContain('k has batch = 3, but batch = 2 elsewhere (shape [batch, k_heads, k_seq, head_dim])');
      // A cos/sin cache without --cache: the spec's own, with rows for k's positions too (k's 9 > q's 2).
      writeFileSync(join(dir, 'c.rope'), cacheSpec('rc', 'cos_sin'));
      for (const backend of ['interp', 'ts']) {
        const cached = await runMain('run', join(dir, 'c.rope'), '--q', join(dir, 'q3.npy'), '--k', join(dir, 'k.npy'), '--positions', join(dir, 'p.npy'), '--k-positions', join(dir, 'kp.npy'), '--out', join(dir, `out6${backend}`), '-b', backend, '--compare', 'interp');
        expect(cached.status, cached.stderr).toBe(0);
      }
      // Varlen cross-attention: packed q and k, each with its own sequence starts and offsets.
      writeFileSync(join(dir, 'p.rope'), spec('rp', 'index packed + offsets'));
      writeFileSync(join(dir, 'qp.npy'), writeNpy('<f4', [5, 2, 8], values(5 * 16, 9)));
      writeFileSync(join(dir, 'kp6.npy'), writeNpy('<f4', [6, 1, 8], values(6 * 8, 10)));
      for (const [file, data] of [['cu', [0, 3, 5]], ['kcu', [0, 0, 6]], ['off', [4, 1]], ['koff', [9, 2]]] as const) {
        writeFileSync(join(dir, `${file}.npy`), writeNpy('<i4', [data.length], Int32Array.from(data)));
      }
      const packedArgs = ['run', join(dir, 'p.rope'), '--q', join(dir, 'qp.npy'), '--k', join(dir, 'kp6.npy'), '--cu-seqlens', join(dir, 'cu.npy'), '--offsets', join(dir, 'off.npy')];
      for (const backend of ['interp', 'ts', 'cuda']) {
        const packed = await runMain(...packedArgs, '--k-cu-seqlens', join(dir, 'kcu.npy'), '--k-offsets', join(dir, 'koff.npy'), '--out', join(dir, `outp${backend}`), '-b', backend, '--compare', 'interp');
        expect(packed.status, packed.stderr).toBe(0);
      }
      // Packed grids of q and of k (--grid-sizes, --k-grid-sizes).
      const gridCase = CASES.find((c) => c.name === 'grid-packed')!;
      writeFileSync(join(dir, 'gp.rope'), spec('rgp', gridCase.positions, undefined, '', gridCase.axes));
      writeFileSync(join(dir, 'qg.npy'), writeNpy('<f4', [10, 2, 8], values(10 * 16, 11)));
      writeFileSync(join(dir, 'kg.npy'), writeNpy('<f4', [4, 1, 8], values(4 * 8, 12)));
      for (const [file, data, shape] of [['gcu', [0, 7, 10], [3]], ['gkcu', [0, 3, 4], [3]], ['gs', [2, 3, 1, 2], [2, 2]], ['gks', [1, 2, 0, 3], [2, 2]]] as const) {
        writeFileSync(join(dir, `${file}.npy`), writeNpy('<i4', [...shape], Int32Array.from(data)));
      }
      for (const backend of ['interp', 'cuda']) {
        const grid = await runMain('run', join(dir, 'gp.rope'), '--q', join(dir, 'qg.npy'), '--k', join(dir, 'kg.npy'), '--cu-seqlens', join(dir, 'gcu.npy'), '--k-cu-seqlens', join(dir, 'gkcu.npy'),
          '--grid-sizes', join(dir, 'gs.npy'), '--k-grid-sizes', join(dir, 'gks.npy'), '--out', join(dir, `outg${backend}`), '-b', backend, '--compare', 'interp');
        expect(grid.status, grid.stderr).toBe(0);
      }
      const noKcu = await runMain(...packedArgs, '--k-offsets', join(dir, 'koff.npy'), '--out', join(dir, 'outp2'));
      expect(noKcu.stderr).toContain('spec rp gives k its own tokens in packed sequences: give --k-cu-seqlens kc.npy of shape [batch + 1]');
      const stray = await runMain('run', join(dir, 'b.rope'), '--q', join(dir, 'qb.npy'), '--k', join(dir, 'kb.npy'), '--k-offsets', join(dir, 'koff.npy'), '--out', join(dir, 'outp3'));
      expect(stray.stderr).toContain("koff.npy: spec rb takes no --k-offsets (k's own offsets: 'k … tokens own' with 'index + offsets')");
      // q's index arrays given to a spec that takes none are refused by name too, never ignored.
      for (const [flag, file, why] of [['--offsets', 'off', "offsets: 'index + offsets'"], ['--cu-seqlens', 'cu', "packed sequences: 'index packed' or 'grid(…) packed'"], ['--grid-sizes', 'gs', "packed grids: 'grid(…) packed'"]]) {
        const strayQ = await runMain('run', join(dir, 'b.rope'), '--q', join(dir, 'qb.npy'), '--k', join(dir, 'kb.npy'), flag, join(dir, `${file}.npy`), '--out', join(dir, 'outp4'));
        expect(strayQ.status).not.toBe(0);
        expect(strayQ.stderr).toContain(`${file}.npy: spec rb takes no ${flag} (${why})`);
      }
      writeFileSync(join(dir, 'v.rope'), spec('rv', 'index', 'k heads 1 tokens own', 'strided'));
      writeFileSync(join(dir, 'qkv.npy'), writeNpy('<f4', [3, 4, 8], values(3 * 32, 6)));
      const qkv = await runMain('run', join(dir, 'v.rope'), '--qkv', join(dir, 'qkv.npy'), '--out', join(dir, 'out5'));
      expect(qkv.stderr).toContain('spec rv gives k its own tokens; give --q and --k');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
