// `sincos cache(…)`: kernels that read an engine's cos/sin cache (vLLM's cos_sin_cache, separate
// cos and sin caches) at the positions tensor, as the interpreter defines it. The cache's values
// are used as given (the engine built them, attention factor included); a position that is not a
// row of the cache is refused before any work by every host that can see the positions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNpy } from '../src/npy.js';
import { runMain } from './support/cli.js';
import { compile, interpret, type OptimizedIR, type RopeInputs } from '../src/index.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { decodeBf16, decodeF16, toStorage, type Dtype } from './support/dtype.js';
import { rng } from './support/random-spec.js';
import { buildWgsl, testDevice } from './support/webgpu.js';
import { dispatchWgsl } from '../src/runners/wgsl.js';

const spec = (name: string, o: { layout: 'cos_sin' | 'split'; dtype?: Dtype; cacheDtype?: Dtype; style?: string; axes?: string; positions?: string; extra?: string; kernel?: string; [other: string]: unknown }) => `
rope ${name} {
  head_dim 64
  ${o.extra ?? 'rotary dim 48'}
  style ${o.style ?? 'half'}
  frequencies base 10000
  scaling yarn(factor 4, original 2048)
  axes ${o.axes ?? 'single'}
  positions ${o.positions ?? 'tensor int'}
  kernel {
    q heads 3
    k heads 2
    dtype ${o.dtype ?? 'f32'}
    ${o.kernel ?? ''}
    sincos cache(layout ${o.layout}${o.cacheDtype ? `, dtype ${o.cacheDtype}` : ''})
  }
}
`;

function build(source: string, targets: ('ts' | 'wgsl' | 'cuda')[] = ['ts']) {
  const r = compile(source, { file: 'cache.rope', targets });
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return r;
}

/** A cache of random values (not cos and sin: the kernel must read exactly the entries the interpreter does). */
function randomCache(ir: OptimizedIR, rows: number, dtype: Dtype, seed: number): { stored: Record<string, Float32Array | Uint16Array>; values: Record<string, Float64Array> } {
  const r = rng(seed);
  const sc = ir.kernel.sincos;
  if (sc.kind !== 'cache') throw new Error('not a cache spec');
  const P = ir.pairs.length;
  const arrays = sc.layout === 'cos_sin' ? [['cos_sin_cache', 2 * P]] as const : [['cos_cache', P], ['sin_cache', P]] as const;
  const stored: Record<string, Float32Array | Uint16Array> = {};
  const values: Record<string, Float64Array> = {};
  for (const [name, width] of arrays) {
    const t = toStorage(Array.from({ length: rows * width }, () => 2 * r() - 1), dtype);
    stored[name] = t.stored;
    values[name] = t.exact;
  }
  return { stored, values };
}

function inputs(ir: OptimizedIR, tokens: number, rows: number, seed: number, components = 1) {
  const r = rng(seed);
  const qh = ir.kernel.qHeads!;
  const kh = ir.kernel.kHeads!;
  const q = toStorage(Array.from({ length: tokens * qh * ir.headDim }, () => 2 * r() - 1), ir.kernel.dtype);
  const k = toStorage(Array.from({ length: tokens * kh * ir.headDim }, () => 2 * r() - 1), ir.kernel.dtype);
  const positions = Int32Array.from({ length: components * tokens }, () => Math.floor(r() * rows));
  return { q, k, positions };
}

const decode = (x: Float32Array | Uint16Array, dtype: Dtype) => Float64Array.from(x, (v) => (dtype === 'f32' ? v : dtype === 'f16' ? decodeF16(v) : decodeBf16(v)));

describe('sincos cache: the interpreter', () => {
  it('rotates by the cache row of each position as given (no attention factor, no ω)', () => {
    const ir = build(spec('c', { layout: 'cos_sin' })).irs[0];
    const P = ir.pairs.length;
    // Row 3 holds cos = 0, sin = 1 for every pair: a quarter turn, so (a, b) → (−b, a) on every pair.
    const rows = 5;
    const cache = new Float64Array(rows * 2 * P);
    for (let j = 0; j < P; j++) cache[3 * 2 * P + P + j] = 1;
    const q = Float64Array.from({ length: 3 * 64 }, (_, i) => i + 1);
    const k = Float64Array.from({ length: 2 * 64 }, (_, i) => -(i + 1));
    const out = interpret(ir, { q, k, positions: [3], cos_sin_cache: cache, sizes: { tokens: 1, cache_positions: rows } });
    for (const pair of ir.pairs) {
      expect(out.q[pair.laneA]).toBe(-q[pair.laneB]);
      expect(out.q[pair.laneB]).toBe(q[pair.laneA]);
    }
    // Lanes past the rotary dim pass through.
    expect(out.q[63]).toBe(64);
  });

  it('refuses a position outside the cache by name', () => {
    const ir = build(spec('c', { layout: 'split' })).irs[0];
    const P = ir.pairs.length;
    const base: RopeInputs = { q: new Float64Array(3 * 64), k: new Float64Array(2 * 64), cos_cache: new Float64Array(4 * P), sin_cache: new Float64Array(4 * P), positions: [4], sizes: { tokens: 1, cache_positions: 4 } };
    expect(() => interpret(ir, base)).toThrow("positions: entry 0 (component 0 of token 0) is 4, outside the cache's rows [0, 4)");
    expect(() => interpret(ir, { ...base, positions: [-1] })).toThrow('is -1, outside');
    expect(() => interpret(ir, { ...base, positions: [0], sin_cache: new Float64Array(3 * P) })).toThrow(`sin_cache: expected the cache shape [cache_positions, ${P}] = [4, ${P}] (${4 * P} values), got length ${3 * P}`);
    expect(() => interpret(ir, { ...base, positions: [0], cos_cache: undefined })).toThrow('cos_cache: missing; rope c reads cos and sin from a cache');
    expect(() => interpret(ir, { ...base, positions: [0], sizes: { tokens: 1 } })).toThrow('sizes.cache_positions: missing');
  });
});

describe('sincos cache: the TypeScript module', () => {
  const cases = [
    { layout: 'cos_sin' as const, dtype: 'f32' as Dtype },
    { layout: 'split' as const, dtype: 'bf16' as Dtype, cacheDtype: 'f32' as Dtype, style: 'interleaved' },
    { layout: 'cos_sin' as const, dtype: 'f16' as Dtype },
    { layout: 'split' as const, dtype: 'f32' as Dtype, cacheDtype: 'bf16' as Dtype, axes: 'sectioned [t 8, h 8, w 8]', positions: 'tensor int' },
  ];
  for (const [n, c] of cases.entries()) {
    it(`matches the interpreter: ${JSON.stringify(c)}`, async () => {
      const r = build(spec(`c${n}`, c));
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts.find((a) => a.path.endsWith('.ts'))!.contents, `c${n}`);
      const cacheDtype = ir.kernel.sincos.kind === 'cache' ? ir.kernel.sincos.dtype : 'f32';
      const rows = 37;
      const tokens = 11;
      const cache = randomCache(ir, rows, cacheDtype, 7 + n);
      const x = inputs(ir, tokens, rows, 3 + n, ir.positions.components);
      const want = interpret(ir, { q: x.q.exact, k: x.k.exact, positions: x.positions, ...cache.values, sizes: { tokens, cache_positions: rows } });
      const got = mod.rotate({ q: x.q.stored, k: x.k.stored, positions: x.positions, ...cache.stored, sizes: { tokens, cache_positions: rows } });
      // The kernel computes in float64 and rounds once to the storage dtype: within half an ulp of it.
      const tol = ir.kernel.dtype === 'f32' ? 2 ** -23 : ir.kernel.dtype === 'f16' ? 2 ** -10 : 2 ** -7;
      for (const t of ['q', 'k'] as const) {
        const g = decode(got[t], ir.kernel.dtype);
        want[t].forEach((w, i) => expect(Math.abs(g[i] - w)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(w))));
      }
    });
  }

  it('cosSinCache() fills the cache the compute path agrees with (attention factor included)', async () => {
    const cached = build(spec('cc', { layout: 'cos_sin' }));
    const computed = build(spec('cc', { layout: 'cos_sin' }).replace(/sincos cache\(.*\)/, 'sincos compute'));
    const ir = cached.irs[0];
    const mod = await loadGeneratedTs(cached.artifacts[0].contents, 'cc');
    const rows = 4096;
    const { cos_sin_cache } = mod.cosSinCache(rows);
    expect(cos_sin_cache).toBeInstanceOf(Float32Array);
    expect(cos_sin_cache.length).toBe(rows * 2 * ir.pairs.length);
    const x = inputs(ir, 9, rows, 11);
    const a = interpret(ir, { q: x.q.exact, k: x.k.exact, positions: x.positions, cos_sin_cache, sizes: { tokens: 9, cache_positions: rows } });
    const b = interpret(computed.irs[0], { q: x.q.exact, k: x.k.exact, positions: x.positions, sizes: { tokens: 9 } });
    // The cache holds cos·m and sin·m rounded to f32: the two differ by that rounding only.
    for (const t of ['q', 'k'] as const) b[t].forEach((w, i) => expect(Math.abs(a[t][i] - w)).toBeLessThan(4e-7 * 2));
    expect(Math.max(...Array.from(b.q, (w, i) => Math.abs(a.q[i] - w)))).toBeGreaterThan(0);
  });

  it('refuses positions outside the cache before writing anything', async () => {
    const r = build(spec('cr', { layout: 'cos_sin', kernel: 'inplace' }));
    const ir = r.irs[0];
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'cr');
    const x = inputs(ir, 4, 8, 1);
    const cache = mod.cosSinCache(8);
    const q = x.q.stored.slice();
    const positions = Int32Array.from([0, 1, 8, 2]);
    expect(() => mod.rotateInPlace({ q, k: x.k.stored, positions, ...cache, sizes: { tokens: 4, cache_positions: 8 } }))
      .toThrow("positions: entry 2 (component 0 of token 2) is 8, outside the cache's rows [0, 8)");
    expect(q).toEqual(x.q.stored);
    expect(() => mod.rotateInPlace({ q, k: x.k.stored, positions: Int32Array.from([0, 1, 2, 3]), cos_sin_cache: new Uint16Array(8 * 48), sizes: { tokens: 4, cache_positions: 8 } }))
      .toThrow('cos_sin_cache: expected a Float32Array of shape [cache_positions, 48] = [8, 48], got Uint16Array');
  });
});

describe('sincos cache: the WebAssembly kernel', () => {
  it('fills cos/sin from the cache and rotates in WebAssembly memory as the interpreter does; refuses positions outside', async () => {
    const r = build(spec('wa', { layout: 'cos_sin', extra: 'rotary dim 64' }));
    const ir = r.irs[0];
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'wa');
    const tokens = 5;
    const rows = 16;
    const kernel = mod.createWasmKernel({ tokens, cache_positions: rows });
    kernel.q.set(Float32Array.from({ length: kernel.q.length }, (_, i) => Math.sin(i)));
    kernel.k.set(Float32Array.from({ length: kernel.k.length }, (_, i) => Math.cos(i)));
    const [q0, k0] = [Float32Array.from(kernel.q), Float32Array.from(kernel.k)];
    const positions = Int32Array.from([0, 3, 15, 2, 9]);
    const cache = randomCache(ir, rows, 'f32', 31);
    kernel.rotateInPlace({ positions, ...cache.stored });
    const want = interpret(ir, { q: q0, k: k0, positions, ...cache.values, sizes: { tokens, cache_positions: rows } });
    for (const t of ['q', 'k'] as const) want[t].forEach((w, i) => expect(Math.abs(kernel[t][i] - w)).toBeLessThanOrEqual(2 ** -22 * Math.max(1, Math.abs(w))));
    const before = Float32Array.from(kernel.q);
    expect(() => kernel.rotateInPlace({ positions: Int32Array.from([0, 3, 16, 2, 9]), ...cache.stored }))
      .toThrow("positions: entry 2 (component 0 of token 2) is 16, outside the cache's rows [0, 16)");
    expect(kernel.q).toEqual(before);
  });
});

describe('sincos cache: the checker', () => {
  it('needs an integer positions tensor and a cache-stable ω', () => {
    const bad = compile(spec('b', { layout: 'cos_sin', positions: 'index + offset' }), { file: 'b.rope' });
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['RC095']);
    const dyn = compile(spec('b', { layout: 'cos_sin' }).replace(/scaling .*/, 'scaling dynamic(factor 2, original 2048)'), { file: 'b.rope' });
    expect(dyn.diagnostics.map((d) => d.code)).toEqual(['RC096']);
    const word = compile(spec('b', { layout: 'cos_sin' }).replace('layout cos_sin', 'layout sin_cos'), { file: 'b.rope' });
    expect(word.diagnostics.length).toBe(1);
    expect(word.diagnostics[0].suggestion).toBe('expected one of: cos_sin, split');
  });
});

describe('sincos cache: WGSL on a real WebGPU device', () => {
  const cases = [
    { layout: 'cos_sin' as const, dtype: 'f32' as Dtype, schedule: 'heads' as const },
    { layout: 'split' as const, dtype: 'bf16' as Dtype, style: 'interleaved', schedule: 'groups' as const, asArray: true },
    { layout: 'cos_sin' as const, dtype: 'f16' as Dtype, cacheDtype: 'f32' as Dtype, schedule: 'serial' as const, kernel: 'inplace' },
    { layout: 'split' as const, dtype: 'f32' as Dtype, cacheDtype: 'f16' as Dtype, axes: 'sectioned [t 8, h 8, w 8]', schedule: 'heads' as const, asArray: true },
    { layout: 'cos_sin' as const, dtype: 'bf16' as Dtype, cacheDtype: 'bf16' as Dtype, extra: 'rotary dim 64', schedule: 'groups' as const, kernel: 'strided' },
  ];
  for (const [n, c] of cases.entries()) {
    it(`matches the interpreter: ${JSON.stringify(c)}`, async () => {
      const built = await buildWgsl(spec(`w${n}`, c), `w${n}.rope`, {}, { schedule: c.schedule });
      const ir = built.ir as OptimizedIR;
      const cacheDtype = ir.kernel.sincos.kind === 'cache' ? ir.kernel.sincos.dtype : 'f32';
      // Odd row counts: a split 16-bit cache then ends in half a word.
      const rows = 41;
      const tokens = 13;
      const cache = randomCache(ir, rows, cacheDtype, 17 + n);
      const x = inputs(ir, tokens, rows, 23 + n, ir.positions.components);
      const sizes = { tokens, cache_positions: rows };
      const want = interpret(ir, { q: x.q.exact, k: x.k.exact, positions: x.positions, ...cache.values, sizes });
      const out = await dispatchWgsl(await testDevice(), built.kernel, ir, { q: x.q.stored, k: x.k.stored, positions: x.positions, ...cache.stored, sizes },
        { outOfPlace: !ir.kernel.inplace, positionsAsArray: c.asArray === true });
      // f32 arithmetic on cache values: a few f32 ulps, then one rounding to the storage dtype.
      const tol = ir.kernel.dtype === 'f32' ? 2 ** -21 : ir.kernel.dtype === 'f16' ? 2 ** -10 + 2 ** -21 : 2 ** -7 + 2 ** -21;
      for (const t of ['q', 'k'] as const) {
        const g = decode(out[t], ir.kernel.dtype);
        want[t].forEach((w, i) => expect(Math.abs(g[i] - w), `${t}[${i}]`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(w))));
      }
    });
  }

  it('refuses host positions outside the cache; positions in a GPUBuffer outside it give NaN, never a read outside', async () => {
    const built = await buildWgsl(spec('wr', { layout: 'cos_sin' }), 'wr.rope');
    const ir = built.ir as OptimizedIR;
    const rows = 6;
    const cache = randomCache(ir, rows, 'f32', 5);
    const x = inputs(ir, 3, rows, 9);
    const positions = Int32Array.from([1, 6, 2]);
    const args = { q: x.q.stored, k: x.k.stored, positions, ...cache.stored, sizes: { tokens: 3, cache_positions: rows } };
    await expect(dispatchWgsl(await testDevice(), built.kernel, ir, args, { outOfPlace: true, positionsAsArray: true }))
      .rejects.toThrow("positions: entry 1 (component 0 of token 1) is 6, outside the cache's rows [0, 6)");
    const out = await dispatchWgsl(await testDevice(), built.kernel, ir, args, { outOfPlace: true });
    const D = ir.headDim;
    const heads = ir.kernel.qHeads!;
    const want = interpret(ir, { q: x.q.exact, k: x.k.exact, positions: [1, 0, 2], ...cache.values, sizes: { tokens: 3, cache_positions: rows } });
    for (let h = 0; h < heads; h++) {
      for (const pair of ir.pairs) {
        expect(out.q[(1 * heads + h) * D + pair.laneA]).toBeNaN();
        expect(out.q[(0 * heads + h) * D + pair.laneA]).toBeCloseTo(want.q[(0 * heads + h) * D + pair.laneA], 5);
      }
      // Lanes past the rotary dim are copied, position or not.
      expect(out.q[(1 * heads + h) * D + 63]).toBe(x.q.stored[(1 * heads + h) * D + 63]);
    }
  });
});

describe('sincos cache: ropec run', () => {
  it('without --cache fills the spec\'s own cache, the one cosSinCache() gives as a --cache file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-cache-'));
    try {
      const source = spec('rc', { layout: 'cos_sin', dtype: 'bf16' });
      const r = build(source);
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts[0].contents, 'rc');
      writeFileSync(join(dir, 'rc.rope'), source);
      const x = inputs(ir, 6, 50, 13);
      writeFileSync(join(dir, 'q.npy'), writeNpy('<u2', [6, 3, 64], x.q.stored as Uint16Array));
      writeFileSync(join(dir, 'k.npy'), writeNpy('<u2', [6, 2, 64], x.k.stored as Uint16Array));
      writeFileSync(join(dir, 'p.npy'), writeNpy('<i4', [6], x.positions));
      const rows = Math.max(...x.positions) + 1;
      writeFileSync(join(dir, 'c.npy'), writeNpy('<u2', [rows, 2 * ir.pairs.length], mod.cosSinCache(rows).cos_sin_cache));
      const common = [join(dir, 'rc.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--positions', join(dir, 'p.npy'), '--bf16', '--backend', 'ts'];
      const own = await runMain('run', ...common, '--out', join(dir, 'own'));
      const file = await runMain('run', ...common, '--cache', join(dir, 'c.npy'), '--out', join(dir, 'file'));
      expect([own.status, file.status], own.stderr + file.stderr).toEqual([0, 0]);
      for (const t of ['q', 'k']) expect(readFileSync(join(dir, 'own', `${t}.npy`))).toEqual(readFileSync(join(dir, 'file', `${t}.npy`)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
