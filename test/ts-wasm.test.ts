// The TS backend's WebAssembly kernel (createWasmKernel): q and k live in WebAssembly memory and
// are rotated there with f32x4 arithmetic from cos/sin computed by the module's JS position code.
// Random f32 specs (every position source, both styles, partial rotary, thd and bshd layouts)
// must match the interpreter within f32 arithmetic; specs it cannot do say why.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wasmRotateModule, wasmStorageCodec } from '../src/backends/ts/wasm.js';
import { compile, interpret } from '../src/index.js';
import { ownTokens, sameLanes, tensorLanes, type RopeIR } from '../src/compiler/ir.js';
import { tensors } from '../src/kernel/args.js';
import { forEachToken, headBase } from '../src/compiler/interpreter.js';
import { resolveShape, shapeOf, type RopeInputs } from '../src/compiler/runtime.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { arbitraryCacheSpec, arbitraryFp8QSpec, arbitraryKvCacheSpec, arbitraryLanesSpec, arbitraryNormSpec, arbitraryOneTensorSpec, arbitraryOwnTokensSpec, arbitrarySpec, arbitraryViewsSpec, makeInputs, propertySeed, storedArrays } from './support/random-spec.js';
import { e4m3Apart, normAllowance } from './support/dtype.js';
import { decodeStorage, encodeStorage, numberToE4m3 } from '../src/storage.js';
import { ulpAt } from './support/accuracy.js';

function compileTs(source: string, file: string): { ir: RopeIR; code: string } {
  const r = compile(source, { file, targets: ['ts'] });
  expect(r.diagnostics).toEqual([]);
  return { ir: r.irs[0], code: r.artifacts[0].contents };
}

/**
 * What errors are relative to: max|x|·m of the inputs, or with a norm (whose outputs have a scale of
 * their own) the larger of that and max|output|·√2, as test/support/dtype.ts headScale takes it.
 */
function errorScale(ir: RopeIR, inputs: ArrayLike<number>[], want: { q: ArrayLike<number>; k: ArrayLike<number> }): number {
  let scale = 1e-30;
  for (const x of inputs) for (let i = 0; i < x.length; i++) scale = Math.max(scale, Math.abs(x[i]));
  scale *= Math.max(1, ir.attentionFactor);
  if (ir.kernel.norm) for (const x of [want.q, want.k]) for (let i = 0; i < x.length; i++) scale = Math.max(scale, Math.SQRT2 * Math.abs(x[i]));
  return scale;
}

/** The bound on errorScale-relative errors: f32 rotation (4e-7), plus a norm's f32 sum over the widest head. */
const wasmBound = (ir: RopeIR): number => 4e-7 + normAllowance(ir.kernel.norm !== undefined, Math.max(tensorLanes(ir, 'q').headDim, tensorLanes(ir, 'k').headDim));

/** q and k as the kernel's memory holds them: f32 values, or f16 / bf16 bit patterns (makeInputs' values are exact in the dtype). */
const stored = (ir: RopeIR, x: ArrayLike<number>): Float32Array | Uint16Array => encodeStorage(x, ir.kernel.dtype);
/** The kernel's lanes as numbers (f16 / bf16: decoded). */
const lanesOf = (ir: RopeIR, x: Float32Array | Uint16Array): ArrayLike<number> => (ir.kernel.dtype === 'f32' ? x : decodeStorage(x, ir.kernel.dtype));

/**
 * |got − want| beyond the one rounding to 16-bit storage the kernel does (half an ulp of the
 * larger; f32: all of it): what is left is f32 arithmetic, bounded relative to errorScale.
 */
function beyondRounding(ir: RopeIR, got: number, want: number): number {
  const d = Math.abs(got - want);
  return ir.kernel.dtype === 'f32' ? d : Math.max(0, d - 0.5 * ulpAt(Math.max(Math.abs(got), Math.abs(want)), ir.kernel.dtype));
}

/**
 * makeInputs' q and k rounded to the storage (f16 / bf16; f32 as they are): the values the kernel
 * holds, and so the interpreter's inputs. Views of one buffer stay views of one (rounded) buffer.
 */
function roundedInputs(ir: RopeIR, inputs: RopeInputs): RopeInputs {
  if (ir.kernel.dtype === 'f32') return inputs;
  const round = (x: Float32Array) => Float32Array.from(lanesOf(ir, stored(ir, x)));
  const { q, k } = inputs as RopeInputs & { q?: Float32Array; k?: Float32Array };
  // (A KV cache's v and the caches' old rows, in k's dtype, likewise.)
  const more = Object.fromEntries((['v', 'k_cache', 'v_cache'] as const).filter((x) => inputs[x] && ir.kernel.kvCache?.dtype !== 'fp8_e4m3').map((x) => [x, round(inputs[x] as Float32Array)]));
  if (ir.kernel.strided) {
    const buffer = round(new Float32Array((q ?? k)!.buffer));
    const view = (x?: Float32Array) => (x ? buffer.subarray(x.byteOffset / 4, x.byteOffset / 4 + x.length) : undefined);
    return { ...inputs, ...(q ? { q: view(q) } : {}), ...(k ? { k: view(k) } : {}), ...more } as RopeInputs;
  }
  return { ...inputs, ...(q ? { q: round(q) } : {}), ...(k ? { k: round(k) } : {}), ...more } as RopeInputs;
}

/** Runs the wasm kernel on the inputs and returns the max error against the interpreter, relative to errorScale. */
async function wasmError(ir: RopeIR, code: string, seed: number): Promise<number> {
  const mod = await loadGeneratedTs(code, `${ir.name}_wasm`);
  const inputs = roundedInputs(ir, makeInputs(ir, seed).inputs);
  const { q, k, sizes, ...rest } = inputs;
  if (ir.kernel.strided) return viewsError(ir, mod, inputs);
  const kernel = mod.createWasmKernel(sizes);
  expect(kernel.q.length).toBe(q.length);
  expect(kernel.k.length).toBe(k.length);
  kernel.q.set(stored(ir, q));
  kernel.k.set(stored(ir, k));
  const want = interpret(ir, { ...inputs, q: Float32Array.from(q), k: Float32Array.from(k) });
  // A norm's weights (and a cos/sin cache) as the module takes them: Float32Array.
  kernel.rotateInPlace({ ...rest, ...storedArrays(ir, inputs) });
  return maxDiff({ q: lanesOf(ir, kernel.q), k: lanesOf(ir, kernel.k) }, want, ir) / errorScale(ir, [q, k], want);
}

/**
 * `strided` specs: q and k are views of one buffer (makeInputs): the kernel gets that buffer, and
 * the interpreter's q and k (each a copy of its view) are merged into it head by head.
 */
function viewsError(ir: RopeIR, mod: Record<string, any>, inputs: RopeInputs): number {
  const { q, k, sizes, ...rest } = inputs as RopeInputs & { q?: Float32Array; k?: Float32Array };
  // The buffer the views are of, and where each tensor the spec takes begins (a q-only or k-only spec: one start).
  const T = tensors(ir);
  const views = { q, k };
  const whole = new Float32Array(views[T[0]]!.buffer);
  const starts = Object.fromEntries(T.map((t) => [`${t}Start`, views[t]!.byteOffset / 4]));
  const kernel = mod.createWasmKernel(sizes, { length: whole.length, ...starts });
  for (const t of ['q', 'k'] as const) if (!T.includes(t)) expect(kernel[t].length, t).toBe(0);
  kernel.buffer.set(stored(ir, whole));
  const want = interpret(ir, { ...inputs, ...(q ? { q: Float32Array.from(q) } : {}), ...(k ? { k: Float32Array.from(k) } : {}) });
  kernel.rotateInPlace({ ...rest, ...storedArrays(ir, inputs) });
  // The interpreter's q and k (each a copy of its view) put back into the buffer head by head.
  const merged = Float64Array.from(whole);
  for (const t of T) {
    // (k with its own tokens: over k's.)
    const shape = shapeOf(resolveShape(ir, inputs), t);
    const heads = t === 'q' ? shape.qHeads : shape.kHeads;
    const start = views[t]!.byteOffset / 4;
    forEachToken(ir, shape, (b, s, flat) => {
      for (let h = 0; h < heads; h++) {
        const base = headBase(ir, t, shape, b, s, flat, h, heads, shape.strides![t]);
        for (let l = 0; l < tensorLanes(ir, t).headDim; l++) merged[start + base + l] = want[t][base + l];
      }
    });
  }
  let err = 0;
  const got = lanesOf(ir, kernel.buffer);
  for (let i = 0; i < merged.length; i++) err = Math.max(err, beyondRounding(ir, got[i], merged[i]));
  return err / errorScale(ir, [q], want);
}

/**
 * Specs with stages around the rotation (a KV cache, an fp8 q). With `kv_cache …`, v, slot_mapping
 * and the caches live in the kernel's memory too (with views, v is a third view of the buffer, after
 * q's and k's). Returns the max error of q, k and both caches against the interpreter, relative to
 * errorScale (every cache slot is compared: unwritten ones must keep their values exactly), or
 * Infinity when an fp8 byte (a cache's, q_out's) is more than one e4m3 step off.
 */
async function wasmStagesError(ir: RopeIR, code: string, seed: number): Promise<number> {
  const mod = await loadGeneratedTs(code, `${ir.name}_wasmstages`);
  const inputs = roundedInputs(ir, makeInputs(ir, seed).inputs);
  const { q, k, v, slot_mapping, k_cache, v_cache, sizes, ...rest } = inputs as RopeInputs & Record<'q' | 'k' | 'v' | 'k_cache' | 'v_cache', Float32Array> & { slot_mapping: Int32Array };
  const kv = ir.kernel.kvCache !== undefined;
  let kernel;
  let exact: RopeInputs;
  if (ir.kernel.strided) {
    // q and k are views of one buffer (makeInputs); v goes after it, contiguous.
    const qk = q as Float32Array;
    const kStart = k.byteOffset / 4;
    kernel = mod.createWasmKernel(sizes, { length: qk.length + (kv ? v.length : 0), qStart: 0, kStart, ...(kv ? { vStart: qk.length } : {}) });
    kernel.buffer.set(stored(ir, qk));
    if (kv) kernel.buffer.set(stored(ir, v), qk.length);
    exact = { ...inputs, q: Float32Array.from(qk), k: Float32Array.from(k), ...(kv ? { v: Float32Array.from(v) } : {}) };
  } else {
    kernel = mod.createWasmKernel(sizes);
    kernel.q.set(stored(ir, q));
    kernel.k.set(stored(ir, k));
    if (kv) kernel.v.set(stored(ir, v));
    exact = { ...inputs, q: Float32Array.from(q), k: Float32Array.from(k) };
  }
  if (kv) {
    // (A block table travels in `rest`: the kernel finds the slots.)
    if (slot_mapping) kernel.slot_mapping.set(slot_mapping);
    // (fp8 caches: their bytes; makeInputs draws e4m3 values.)
    const { k_cache: kcBytes, v_cache: vcBytes } = storedArrays(ir, inputs);
    kernel.k_cache.set(kcBytes ?? stored(ir, k_cache));
    kernel.v_cache.set(vcBytes ?? stored(ir, v_cache));
  }
  const want = interpret(ir, exact);
  // A cos/sin cache as the module takes it (Float32Array); v and the caches are the kernel's own.
  const { v: _v, k_cache: _kc, v_cache: _vc, ...others } = storedArrays(ir, inputs);
  kernel.rotateInPlace({ ...rest, ...others });
  const scale = errorScale(ir, kv ? [q, k, v] : [q, k], want);
  // q and k element by element where the interpreter wrote them (views: head by head). An fp8 q:
  // its output bytes (element i of the memory: byte i), each within one e4m3 step.
  const shape = resolveShape(ir, exact);
  let err = 0;
  let apart = 0;
  const lanes = { q: lanesOf(ir, kernel.q), k: lanesOf(ir, kernel.k) };
  for (const t of ['q', 'k'] as const) {
    const heads = t === 'q' ? shape.qHeads : shape.kHeads;
    const bytes = t === 'q' && ir.kernel.qOutput ? (kernel.q_out as Uint8Array) : undefined;
    const own = shapeOf(shape, t);
    forEachToken(ir, own, (b, s, flat) => {
      for (let h = 0; h < heads; h++) {
        const base = headBase(ir, t, own, b, s, flat, h, heads, shape.strides?.[t]);
        for (let l = 0; l < tensorLanes(ir, t).headDim; l++) {
          if (bytes) apart += e4m3Apart(bytes[base + l], want.q[base + l]) ? 1 : 0;
          else err = Math.max(err, beyondRounding(ir, lanes[t][base + l], want[t][base + l]));
        }
      }
    });
  }
  if (apart > 0) return Infinity;
  for (const name of kv ? (['k_cache', 'v_cache'] as const) : []) {
    expect(kernel[name].length).toBe(want[name]!.length);
    // fp8 caches: every byte within one e4m3 step of the interpreter's value (f32 arithmetic next to a midpoint may pick the neighbour).
    if (kernel[name] instanceof Uint8Array) {
      for (let i = 0; i < want[name]!.length; i++) if (e4m3Apart(kernel[name][i], want[name]![i])) return Infinity;
      continue;
    }
    const got = lanesOf(ir, kernel[name]);
    for (let i = 0; i < want[name]!.length; i++) err = Math.max(err, beyondRounding(ir, got[i], want[name]![i]));
  }
  return err / scale;
}

/** Largest |kernel − interpreter| over q and k (with ir: beyond the rounding to 16-bit storage). */
function maxDiff(got: { q: ArrayLike<number>; k: ArrayLike<number> }, want: { q: ArrayLike<number>; k: ArrayLike<number> }, ir?: RopeIR): number {
  let err = 0;
  for (const [g, ref] of [[got.q, want.q], [got.k, want.k]] as const) {
    for (let i = 0; i < ref.length; i++) err = Math.max(err, ir ? beyondRounding(ir, g[i], ref[i]) : Math.abs(g[i] - ref[i]));
  }
  return err;
}

describe('TS backend: the WebAssembly kernel', () => {
  it('random f32 specs in token-major layouts match the interpreter within f32 arithmetic', async () => {
    // Bound: cos and sin rounded to f32 (2^-24 each) and a·c − b·s in f32 (two products and a
    // difference, each rounded): about 4·2^-24 ≈ 2.4e-7 of max|x|·m; 4e-7 leaves room for the sum
    // of the two rounded products.
    let runs = 0;
    let lanes = 0;
    let norms = 0;
    let own = 0;
    let one = 0;
    let caches = 0;
    let bhsd = 0;
    let oneViews = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(arbitrarySpec, arbitraryViewsSpec, arbitraryLanesSpec, arbitraryNormSpec, arbitraryOneTensorSpec, arbitraryOwnTokensSpec, arbitraryCacheSpec), fc.integer({ min: 1, max: 1e6 }), async ({ source, name }, seed) => {
        const r = compile(source, { file: `${name}.rope`, targets: ['ts'] });
        fc.pre(r.ok);
        const ir = r.irs[0];
        fc.pre(ir.kernel.dtype === 'f32');
        runs++;
        if (ownTokens(ir)) own++;
        if (tensors(ir).length === 1) one++;
        if (ir.kernel.sincos.kind === 'cache') caches++;
        if (ir.kernel.layout === 'bhsd') bhsd++;
        if (tensors(ir).length === 1 && ir.kernel.strided) oneViews++;
        if (!sameLanes(ir)) lanes++;
        if (ir.kernel.norm) norms++;
        const err = await wasmError(ir, r.artifacts[0].contents, seed);
        expect(err, source).toBeLessThanOrEqual(wasmBound(ir));
      }),
      { numRuns: 220, seed: propertySeed(20261123) },
    );
    expect(runs).toBeGreaterThan(30);
    expect(lanes).toBeGreaterThan(5);
    expect(norms).toBeGreaterThan(5);
    // q-only / k-only, k with its own tokens, an engine's cos/sin cache: each drawn often enough to count.
    expect(own).toBeGreaterThan(5);
    expect(one).toBeGreaterThan(5);
    expect(caches).toBeGreaterThan(5);
    // [batch, heads, seq, dim]: one rotate call per sequence.
    expect(bhsd).toBeGreaterThan(5);
    // (q-only / k-only views are drawn now and then; test/one-tensor.test.ts has fixed ones.)
    console.log(`[wasm] ${runs} specs, ${oneViews} q-only / k-only with views`);
  }, 180_000);

  it('random f16 and bf16 specs: lanes widened to f32 and rounded back once match the interpreter within f32 arithmetic and that rounding', async () => {
    // Per lane: |kernel − interpreter| ≤ ½ ulp of the storage (the one rounding) + 4e-7 of max|x|·m (f32).
    const counts = { f16: 0, bf16: 0, views: 0, lanes: 0, own: 0, one: 0, bhsd: 0, interleaved: 0, norms: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(arbitrarySpec, arbitraryViewsSpec, arbitraryLanesSpec, arbitraryNormSpec, arbitraryOneTensorSpec, arbitraryOwnTokensSpec, arbitraryCacheSpec), fc.integer({ min: 1, max: 1e6 }), async ({ source, name }, seed) => {
        const r = compile(source, { file: `${name}.rope`, targets: ['ts'] });
        fc.pre(r.ok);
        const ir = r.irs[0];
        fc.pre(ir.kernel.dtype !== 'f32');
        counts[ir.kernel.dtype as 'f16' | 'bf16']++;
        if (ir.kernel.strided) counts.views++;
        if (!sameLanes(ir)) counts.lanes++;
        if (ownTokens(ir)) counts.own++;
        if (tensors(ir).length === 1) counts.one++;
        if (ir.kernel.layout === 'bhsd') counts.bhsd++;
        if (ir.laneRuns!.some((run) => run.stride === 2)) counts.interleaved++;
        // (A norm: normalized and rotated in f32 scratch rows, rounded back once.)
        if (ir.kernel.norm) counts.norms++;
        const err = await wasmError(ir, r.artifacts[0].contents, seed);
        expect(err, source).toBeLessThanOrEqual(wasmBound(ir));
      }),
      { numRuns: 160, seed: propertySeed(20261207) },
    );
    expect(counts.f16).toBeGreaterThan(10);
    expect(counts.bf16).toBeGreaterThan(10);
    expect(counts.views).toBeGreaterThan(5);
    expect(counts.interleaved).toBeGreaterThan(5);
    expect(counts.norms).toBeGreaterThan(5);
    console.log(`[wasm 16-bit] ${JSON.stringify(counts)}`);
  }, 180_000);

  it('random f32 specs with a KV-cache write (slots, paged NHD and HND, by slot_mapping or a block table, views with v in the buffer) match the interpreter, caches included', async () => {
    let runs = 0;
    let views = 0;
    let hnd = 0;
    let tables = 0;
    let fp8 = 0;
    let bhsd = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryKvCacheSpec, fc.integer({ min: 1, max: 1e6 }), async ({ source, name }, seed) => {
        const r = compile(source, { file: `${name}.rope`, targets: ['ts'] });
        fc.pre(r.ok);
        const ir = r.irs[0];
        const kv = ir.kernel.kvCache!;
        fc.pre(ir.kernel.dtype === 'f32' && ir.kernel.qHeads !== 0);
        runs++;
        if (ir.kernel.strided) views++;
        if (kv.kind === 'paged' && kv.layout === 'hnd') hnd++;
        if (kv.kind === 'paged' && kv.table) tables++;
        if (kv.dtype === 'fp8_e4m3') fp8++;
        if (ir.kernel.layout === 'bhsd') bhsd++;
        const err = await wasmStagesError(ir, r.artifacts[0].contents, seed);
        expect(err, source).toBeLessThanOrEqual(wasmBound(ir));
      }),
      { numRuns: 60, seed: propertySeed(20261207) },
    );
    console.log(`[wasm kv] ${runs} specs, ${views} with views, ${hnd} HND, ${tables} by a block table, ${fp8} fp8, ${bhsd} in [batch, heads, seq, dim]`);
    expect(runs).toBe(60);
    expect(views).toBeGreaterThan(10);
    expect(hnd).toBeGreaterThan(10);
    expect(tables).toBeGreaterThan(5);
    expect(fp8).toBeGreaterThan(5);
    expect(bhsd).toBeGreaterThan(3);
  }, 120_000);

  it('random f16 and bf16 specs with a KV-cache write: the caches get the rotated k\'s and v\'s bit patterns, every other slot kept', async () => {
    const counts = { f16: 0, bf16: 0, views: 0, hnd: 0, tables: 0, odd: 0 };
    await fc.assert(
      fc.asyncProperty(arbitraryKvCacheSpec, fc.integer({ min: 1, max: 1e6 }), async ({ source, name }, seed) => {
        const r = compile(source, { file: `${name}.rope`, targets: ['ts'] });
        fc.pre(r.ok);
        const ir = r.irs[0];
        const kv = ir.kernel.kvCache!;
        fc.pre(ir.kernel.dtype !== 'f32' && ir.kernel.qHeads !== 0 && kv.dtype !== 'fp8_e4m3');
        counts[ir.kernel.dtype as 'f16' | 'bf16']++;
        if (ir.kernel.strided) counts.views++;
        if (kv.kind === 'paged' && kv.layout === 'hnd') counts.hnd++;
        if (kv.kind === 'paged' && kv.table) counts.tables++;
        // Rows whose bytes are not a whole number of 16-byte vectors (the 8- and 4-byte tails).
        if ((tensorLanes(ir, 'k').headDim * 2) % 16 !== 0) counts.odd++;
        const err = await wasmStagesError(ir, r.artifacts[0].contents, seed);
        expect(err, source).toBeLessThanOrEqual(wasmBound(ir));
      }),
      { numRuns: 50, seed: propertySeed(20261208) },
    );
    console.log(`[wasm kv 16-bit] ${JSON.stringify(counts)}`);
    expect(counts.f16).toBeGreaterThan(10);
    expect(counts.bf16).toBeGreaterThan(10);
    expect(counts.views).toBeGreaterThan(5);
    expect(counts.hnd).toBeGreaterThan(5);
    expect(counts.odd).toBeGreaterThan(5);
  }, 120_000);

  for (const table of [false, true]) {
    it(`a decode loop with a paged cache${table ? ' and a sin/cos table (rotated from its rows; the last call past it)' : ''}: the caches accumulate as the interpreter's`, async () => {
      const { ir, code } = compileTs(`rope deckv {\n  head_dim 16\n  frequencies base 10000\n  positions index + offset\n  kernel {\n    q heads 2\n    k heads 1\n${table ? '    sincos table(max_positions 64)\n' : ''}    kv_cache paged(block 4, layout hnd)\n  }\n}\n`, 'deckv.rope');
      const mod = await loadGeneratedTs(code, `deckv_${table}`);
      const kernel = mod.createWasmKernel({ tokens: 4, offset: 0, cache_blocks: 4 });
      const rand = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 1000 + i * 12.9898) * 0.9);
      let kc: ArrayLike<number> = new Float64Array(4 * 4 * 16);
      let vc: ArrayLike<number> = new Float64Array(4 * 4 * 16);
      // Prefill 4 tokens into slots 8–11, then one token per call into slots 3, 4, 5 (the last at position 70).
      for (const [tokens, offset, slots] of [[4, 0, [8, 9, 10, 11]], [1, 4, [3]], [1, 5, [4]], [1, 70, [5]]] as [number, number, number[]][]) {
        const [q, k, v] = [rand(tokens * 32, offset + 1), rand(tokens * 16, offset + 2), rand(tokens * 16, offset + 3)];
        kernel.q.set(q);
        kernel.k.set(k);
        kernel.v.set(v);
        kernel.slot_mapping.set(slots);
        kernel.rotateInPlace({ sizes: { tokens, offset } });
        const want = interpret(ir, { q, k, v, slot_mapping: slots, k_cache: kc, v_cache: vc, sizes: { tokens, offset, cache_blocks: 4 } });
        expect(maxDiff({ q: kernel.q.subarray(0, q.length), k: kernel.k.subarray(0, k.length) }, want), `offset ${offset}`).toBeLessThanOrEqual(4e-7);
        [kc, vc] = [want.k_cache!, want.v_cache!];
        expect(maxDiff({ q: kernel.k_cache, k: kernel.v_cache }, { q: kc, k: vc }), `caches after offset ${offset}`).toBeLessThanOrEqual(4e-7);
      }
      // Seven slots were written, the other nine are still 0.
      let written = 0;
      for (let i = 0; i < kc.length; i += 16) if (kc[i] !== 0) written++;
      expect(written).toBe(7);
    });
  }

  it('the cache copy for every head width: 8-byte tail (head_dim 6, 130), unrolled (128), loops of four blocks (256) and of one (264)', async () => {
    for (const D of [6, 128, 130, 256, 264]) {
      const { ir, code } = compileTs(`rope wide {\n  head_dim ${D}\n  rotary dim 4\n  frequencies base 10000\n  positions index + offset\n  kernel {\n    q heads 1\n    k heads 2\n    kv_cache paged(block 2)\n  }\n}\n`, 'wide.rope');
      const mod = await loadGeneratedTs(code, `wide_${D}`);
      const tokens = 3;
      const kernel = mod.createWasmKernel({ tokens, offset: 2, cache_blocks: 3 });
      const rand = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 1000 + i * 12.9898) * 0.9);
      const [q, k, v] = [rand(tokens * D, 1), rand(tokens * 2 * D, 2), rand(tokens * 2 * D, 3)];
      kernel.q.set(q);
      kernel.k.set(k);
      kernel.v.set(v);
      kernel.slot_mapping.set([5, -1, 0]);
      kernel.k_cache.fill(7);
      kernel.v_cache.fill(7);
      kernel.rotateInPlace();
      const filled = () => new Float64Array(6 * 2 * D).fill(7);
      const want = interpret(ir, { q, k, v, slot_mapping: [5, -1, 0], k_cache: filled(), v_cache: filled(), sizes: { tokens, offset: 2, cache_blocks: 3 } });
      expect(maxDiff({ q: kernel.k_cache, k: kernel.v_cache }, { q: want.k_cache!, k: want.v_cache! }), `head_dim ${D}`).toBeLessThanOrEqual(4e-7);
      expect(maxDiff(kernel, want), `head_dim ${D}`).toBeLessThanOrEqual(4e-7);
    }
  });

  it('random f32 specs writing q as fp8 e4m3 (q … output fp8_e4m3; with views, norms, KV caches, k\'s own tokens, q only) give q_out within one e4m3 step of the interpreter', async () => {
    let runs = 0;
    let own = 0;
    let one = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryFp8QSpec, fc.integer({ min: 1, max: 1e6 }), async ({ source, name }, seed) => {
        const r = compile(source, { file: `${name}.rope`, targets: ['ts'] });
        fc.pre(r.ok);
        const ir = r.irs[0];
        fc.pre(ir.kernel.dtype === 'f32');
        runs++;
        if (ownTokens(ir)) own++;
        if (tensors(ir).length === 1) one++;
        expect(await wasmStagesError(ir, r.artifacts[0].contents, seed), source).toBeLessThanOrEqual(wasmBound(ir));
      }),
      { numRuns: 60, seed: propertySeed(20261208) },
    );
    expect(runs).toBe(60);
    // (k with its own tokens, and q only, with an fp8 q: drawn now and then; test/own-tokens.test.ts and
    // test/one-tensor.test.ts have fixed ones.)
    console.log(`[wasm fp8 q] ${runs} specs, ${own} with k's own tokens, ${one} q only`);
  }, 120_000);

  it('random f16 and bf16 specs with an fp8 stage (an fp8 KV cache, q … output fp8_e4m3; with norms, views, paged caches): each byte within one e4m3 step of the interpreter, q and k as the 16-bit kernel\'s', async () => {
    const counts = { f16: 0, bf16: 0, cache: 0, q: 0, norm: 0, views: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(arbitraryKvCacheSpec, arbitraryFp8QSpec), fc.integer({ min: 1, max: 1e6 }), async ({ source, name }, seed) => {
        const r = compile(source, { file: `${name}.rope`, targets: ['ts'] });
        fc.pre(r.ok);
        const ir = r.irs[0];
        const cache = ir.kernel.kvCache?.dtype === 'fp8_e4m3';
        const q = ir.kernel.qOutput === 'fp8_e4m3';
        fc.pre(ir.kernel.dtype !== 'f32' && (cache || q));
        counts[ir.kernel.dtype as 'f16' | 'bf16']++;
        if (cache) counts.cache++;
        if (q) counts.q++;
        if (ir.kernel.norm) counts.norm++;
        if (ir.kernel.strided) counts.views++;
        expect(await wasmStagesError(ir, r.artifacts[0].contents, seed), source).toBeLessThanOrEqual(wasmBound(ir));
      }),
      { numRuns: 60, seed: propertySeed(20261209) },
    );
    console.log(`[wasm fp8 16-bit] ${JSON.stringify(counts)}`);
    for (const [what, n] of Object.entries(counts)) expect(n, what).toBeGreaterThan(5);
  }, 180_000);

  it('f16 and bf16 lanes: the kernel widens all 65 536 patterns to their values and rounds float32 values back as the TS encoders do (nearest, ties to even)', () => {
    for (const dtype of ['f16', 'bf16'] as const) {
      const memory = new WebAssembly.Memory({ initial: 256 });
      const { widen, narrow } = new WebAssembly.Instance(new WebAssembly.Module(wasmStorageCodec(dtype)), { env: { memory } }).exports as Record<'widen' | 'narrow', (src: number, dst: number, n: number) => void>;
      // Every pattern widened: its value (NaNs: NaN with the pattern's sign and payload in float32's top bits).
      const patterns = new Uint16Array(memory.buffer, 0, 65536);
      patterns.set(Uint16Array.from({ length: 65536 }, (_, i) => i));
      widen(0, 131072, 65536);
      const values = new Float32Array(memory.buffer, 131072, 65536);
      const bits = new Uint32Array(memory.buffer, 131072, 65536);
      const decoded = decodeStorage(Uint16Array.from({ length: 65536 }, (_, i) => i), dtype);
      let wrong = 0;
      for (let i = 0; i < 65536; i++) {
        if (Number.isNaN(decoded[i]) ? !Number.isNaN(values[i]) || bits[i] >>> 16 !== (dtype === 'bf16' ? i : (i & 0x8000) | 0x7f80 | ((i & 0x3ff) >> 3)) : !Object.is(values[i], Math.fround(decoded[i]))) wrong++;
      }
      expect(wrong, `${dtype} widen`).toBe(0);
      // Narrowing: every finite pattern's value, the float32s beside each midpoint between neighbours
      // (the midpoint itself, one float32 ulp below and above), and 2^20 random float32 bit patterns.
      const xs: number[] = [Infinity, -Infinity, 65504, 65519.99, 65520, -65520, 1e-8, -1e-8, 2 ** -24, 2 ** -25, 3 * 2 ** -26, 0, -0];
      const f32 = new Float32Array(1);
      const u32 = new Uint32Array(f32.buffer);
      for (let i = 0; i < 65536; i++) {
        const a = decoded[i];
        const b = decoded[(i + 1) & 0xffff];
        if (!Number.isFinite(a)) continue;
        xs.push(a);
        if (Number.isFinite(b) && Math.sign(a) === Math.sign(b)) {
          f32[0] = (a + b) / 2;
          for (const d of [-1, 0, 1]) {
            const u = u32[0];
            u32[0] = u + d;
            xs.push(f32[0]);
            u32[0] = u;
          }
        }
      }
      let state = 12345;
      for (let i = 0; i < 1 << 20; i++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        u32[0] = state;
        xs.push(f32[0]);
      }
      const n = xs.length - (xs.length % 4);
      const input = new Float32Array(memory.buffer, 0, n);
      input.set(xs.slice(0, n));
      narrow(0, n * 4, n);
      const got = new Uint16Array(memory.buffer, n * 4, n);
      const want = encodeStorage(input, dtype) as Uint16Array;
      wrong = 0;
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(input[i]) ? (got[i] & 0x7fff) <= (dtype === 'f16' ? 0x7c00 : 0x7f80) : got[i] !== want[i]) wrong++;
      }
      expect(n, dtype).toBeGreaterThan(1 << 20);
      expect(wrong, `${dtype} narrow`).toBe(0);
    }
  });

  it('fp8 caches: the wasm encoder (integer arithmetic on the f32 bits) gives the TS encoder\'s byte for 2 × 2^20 float32 values, ±∞ and NaN included', async () => {
    // Positions all 0: cos 1 and sin 0 leave k exactly as given, so the cache holds e4m3(k) and e4m3(v)
    // (scales 1). The TS encoder equals nvcc's __nv_fp8_e4m3(float) on float32 inputs (test/fp8-codec.test.ts).
    const { code } = compileTs('rope f8 {\n  head_dim 128\n  frequencies base 10000\n  positions tensor int\n  kernel {\n    q heads 1\n    k heads 8\n    kv_cache slots(dtype fp8_e4m3)\n  }\n}\n', 'f8.rope');
    const mod = await loadGeneratedTs(code, 'f8_wasm');
    const T = 1024;
    const n = T * 8 * 128;
    const kernel = mod.createWasmKernel({ tokens: T, cache_slots: T, k_scale: 1, v_scale: 1 });
    // Every exponent from 2^-27 to 2^13 with each kept fraction pattern and the rounded-off bits at 0,
    // 1, half − 1, half, half + 1 and all ones (half: the rounding midpoint, 2^19 for normal e4m3
    // values, 2^20–2^22 below 2^-6), both signs; then random bit patterns from 2^-13 to 2^10.
    const bits = new Uint32Array(n);
    let count = 0;
    for (let e = 100; e <= 140; e++) {
      const off = e >= 121 ? 20 : Math.min(23, 141 - e);
      const half = 2 ** (off - 1);
      for (let upper = 0; upper < 2 ** (23 - off); upper++) {
        for (const rest of [0, 1, half - 1, half, half + 1, 2 * half - 1]) {
          for (const sign of [0, 0x80000000]) bits[count++] = (sign | (e << 23) | (upper * 2 ** off + rest)) >>> 0;
        }
      }
    }
    const exact = count;
    let seed = 1;
    for (; count < n; count++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      bits[count] = (0x39000000 + (seed % 0xb800000)) | (count & 1 ? 0x80000000 : 0);
    }
    expect(exact).toBeGreaterThan(2000);
    const values = new Float32Array(bits.buffer);
    kernel.k.set(values);
    kernel.v.set(values.map((x, i) => (i % 1000 === 0 ? (i % 2000 === 0 ? Infinity : -Infinity) : i % 1001 === 0 ? NaN : x)));
    kernel.slot_mapping.set(Int32Array.from({ length: T }, (_, t) => t));
    kernel.rotateInPlace({ positions: new Int32Array(T) });
    expect(Array.from(kernel.k.subarray(0, 64))).toEqual(Array.from(values.subarray(0, 64)));
    let mismatches = 0;
    for (const [cache, x] of [[kernel.k_cache, kernel.k], [kernel.v_cache, kernel.v]] as const) {
      for (let i = 0; i < n; i++) if (cache[i] !== numberToE4m3(x[i])) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('a decode loop reuses one kernel: each call\'s sizes (offset, fewer tokens) are honoured, more tokens or other heads refused', async () => {
    const { ir, code } = compileTs(`rope dec {
  head_dim 16
  frequencies base 10000
  positions index + offset
  kernel {
    dtype f32
  }
}
`, 'dec.rope');
    const mod = await loadGeneratedTs(code, 'dec_wasm');
    const kernel = mod.createWasmKernel({ tokens: 4, offset: 0, q_heads: 2, k_heads: 1 });
    const rand = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 1000 + i * 12.9898) * 0.9);
    let checked = 0;
    for (const [tokens, offset] of [[4, 0], [1, 4], [1, 5], [2, 37], [1, 1000]]) {
      const q = rand(tokens * 2 * 16, offset + 1);
      const k = rand(tokens * 16, offset + 2);
      kernel.q.set(q);
      kernel.k.set(k);
      kernel.rotateInPlace({ sizes: { tokens, offset } });
      const want = interpret(ir, { q, k, sizes: { tokens, offset, q_heads: 2, k_heads: 1 } });
      expect(maxDiff({ q: kernel.q.subarray(0, q.length), k: kernel.k.subarray(0, k.length) }, want), `tokens ${tokens} offset ${offset}`).toBeLessThanOrEqual(4e-7);
      // The call at offset 0 would differ: the offset really moved the angle.
      if (offset > 0) expect(maxDiff({ q: kernel.q.subarray(0, q.length), k: kernel.k.subarray(0, k.length) }, interpret(ir, { q, k, sizes: { tokens, offset: 0, q_heads: 2, k_heads: 1 } }))).toBeGreaterThan(1e-3);
      checked++;
    }
    expect(checked).toBe(5);
    expect(() => kernel.rotateInPlace({ sizes: { tokens: 5 } })).toThrow('sizes: 5 tokens, but this WebAssembly kernel was created for at most 4');
    expect(() => kernel.rotateInPlace({ sizes: { q_heads: 4 } })).toThrow('sizes: 4 q heads and 1 k heads, but this WebAssembly kernel was created for 2 and 1');
    expect(() => kernel.rotateInPlace({ sizes: { offset: 0.5 } })).toThrow(/offset/);
  });

  it('the kernel keeps its creation sizes and views: a later change to the caller\'s objects does not raise its capacity or move q and k', async () => {
    // A strided spec: q and k are views of the kernel's buffer, so no array length stands in for the capacity.
    const { ir, code } = compileTs(`rope cap {
  head_dim 8
  frequencies base 10000
  positions index
  kernel {
    q heads 1
    k heads 1
    dtype f32
    strided
  }
}
`, 'cap.rope');
    const mod = await loadGeneratedTs(code, 'cap_wasm');
    const sizes = { tokens: 2, q_token_stride: 24, q_head_stride: 8, k_token_stride: 24, k_head_stride: 8 };
    const views = { length: 6 * 24, qStart: 0, kStart: 8 };
    const kernel = mod.createWasmKernel(sizes, views);
    const before = Float32Array.from({ length: 6 * 24 }, (_, i) => Math.sin(i));
    kernel.buffer.set(before);
    sizes.tokens = 6;
    // (Starts at the buffer's end would have the kernel write past it, where validate() never looked.)
    Object.assign(views, { qStart: 6 * 24, kStart: 6 * 24 });
    expect(() => kernel.rotateInPlace({})).not.toThrow();
    // Two tokens rotated (as the interpreter does them), the other four untouched.
    const want = interpret(ir, { q: before.subarray(0, 48), k: before.subarray(8, 48), sizes: { ...sizes, tokens: 2 } });
    for (let t = 0; t < 6; t++) {
      for (let i = 0; i < 8; i++) {
        const [q, k] = [kernel.buffer[t * 24 + i], kernel.buffer[t * 24 + 8 + i]];
        if (t < 2) {
          expect(Math.abs(q - want.q[t * 24 + i]), `q token ${t}`).toBeLessThanOrEqual(4e-7);
          expect(Math.abs(k - want.k[t * 24 + i]), `k token ${t}`).toBeLessThanOrEqual(4e-7);
        } else expect([q, k], `token ${t}`).toEqual([before[t * 24 + i], before[t * 24 + 8 + i]]);
      }
    }
    expect(() => kernel.rotateInPlace({ sizes: { tokens: 6 } })).toThrow('sizes: 6 tokens, but this WebAssembly kernel was created for at most 2');
  });

  it('rotateInPlace refuses an array the kernel holds in its memory instead of ignoring it', async () => {
    const { code } = compileTs(`rope own {
  head_dim 8
  frequencies base 10000
  positions index
  kernel {
    q heads 1
    k heads 1
    dtype f32
    kv_cache slots
  }
}
`, 'owned.rope');
    const mod = await loadGeneratedTs(code, 'owned_wasm');
    const kernel = mod.createWasmKernel({ tokens: 2, cache_slots: 4 });
    for (const name of ['q', 'k', 'v', 'slot_mapping', 'k_cache', 'v_cache']) {
      expect(() => kernel.rotateInPlace({ [name]: new Float32Array(8) }), name).toThrow(`extra.${name}: this WebAssembly kernel holds ${name} in its own memory (kernel.${name})`);
    }
    expect(() => kernel.rotateInPlace({})).not.toThrow();
  });

  it('a head_dim 128 Llama-style spec: f32x4 path, error within 4e-7 of max|x|', async () => {
    const { ir, code } = compileTs(`rope w {
  head_dim 128
  frequencies base 500000
  positions index + offset
  kernel {
    q heads 4
    k heads 2
    dtype f32
  }
}
`, 'w.rope');
    expect(ir.laneRuns).toEqual([{ firstPair: 0, count: 64, a0: 0, b0: 64, stride: 1 }]);
    expect(await wasmError(ir, code, 3)).toBeLessThanOrEqual(4e-7);
  });

  it('sincos table + index positions: sequences inside the table rotate from its rows, bit for bit as the filled path', async () => {
    // Packed sequences with per-sequence offsets; attention factor and inverse direction make the
    // table rows carry m and −m. Call 1: both sequences inside the 64-position table, the second
    // ending on its last row (read in place). Call 2: the same two plus a third ending one row
    // past the table (the whole call fills).
    const { ir, code } = compileTs(`rope tab {
  head_dim 16
  style half
  direction inverse
  frequencies base 10000
  attention_factor 0.75
  positions index packed + offsets
  kernel {
    q heads 3
    k heads 2
    dtype f32
    sincos table(max_positions 64)
  }
}
`, 'tab.rope');
    const mod = await loadGeneratedTs(code, 'tab_wasm');
    const rows = 9;
    const rand = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 1000 + i * 12.9898) * 0.9);
    const run = (cu: number[], offsets: number[]) => {
      const tokens = cu[cu.length - 1];
      const kernel = mod.createWasmKernel({ tokens, q_heads: 3, k_heads: 2 });
      const q = rand(tokens * 3 * 16, 1);
      const k = rand(tokens * 2 * 16, 2);
      kernel.q.set(q);
      kernel.k.set(k);
      const extra = { cu_seqlens: Int32Array.from(cu), offsets: Int32Array.from(offsets) };
      kernel.rotateInPlace(extra);
      const want = interpret(ir, { q, k, ...extra, sizes: { tokens, q_heads: 3, k_heads: 2 } });
      return { q: Float32Array.from(kernel.q), k: Float32Array.from(kernel.k), err: maxDiff(kernel, want) };
    };
    const inside = run([0, 4, rows], [3, 59]);
    const filled = run([0, 4, rows, rows + 4], [3, 59, 61]);
    expect(inside.err).toBeLessThanOrEqual(4e-7);
    expect(filled.err).toBeLessThanOrEqual(4e-7);
    expect(Array.from(filled.q.subarray(0, rows * 3 * 16))).toEqual(Array.from(inside.q));
    expect(Array.from(filled.k.subarray(0, rows * 2 * 16))).toEqual(Array.from(inside.k));
  });

  for (const layout of ['[batch, seq, heads, dim]', '[batch, heads, seq, dim]']) it(`sincos table + index positions in ${layout} with an offset: inside the table, on its last row, past it`, async () => {
    const { ir, code } = compileTs(`rope tabb {
  head_dim 8
  style interleaved
  frequencies base 100
  positions index + offset
  kernel {
    layout ${layout}
    q heads 2
    k heads 1
    dtype f32
    sincos table(max_positions 32)
  }
}
`, 'tabb.rope');
    const mod = await loadGeneratedTs(code, `tabb_wasm_${layout.length}`);
    // Offset 27: positions 27–31 end on the table's last row; 28 runs one past it.
    for (const offset of [0, 27, 28]) {
      const sizes = { batch: 3, seq: 5, offset };
      const kernel = mod.createWasmKernel(sizes);
      const q = Float32Array.from({ length: 3 * 5 * 2 * 8 }, (_, i) => Math.cos(i * 0.7 + offset));
      const k = Float32Array.from({ length: 3 * 5 * 8 }, (_, i) => Math.sin(i * 1.3 + offset));
      kernel.q.set(q);
      kernel.k.set(k);
      kernel.rotateInPlace({});
      const want = interpret(ir, { q, k, sizes });
      expect(maxDiff(kernel, want), `offset ${offset}`).toBeLessThanOrEqual(4e-7);
    }
  });

  it('[batch, heads, seq, dim] with sequences of 16 tokens or more: a call per head (with a norm, an fp8 q, k\'s own tokens), as the interpreter', async () => {
    const source = (kernel: string) => `rope hb {\n  head_dim 16\n  frequencies base 100\n  positions index + offset\n  kernel {\n${kernel}\n    layout [batch, heads, seq, dim]\n    dtype f32\n  }\n}\n`;
    const cases = [
      { kernel: '    q heads 3\n    k heads 2\n    norm rms(eps 1e-6, weight none)', sizes: { batch: 2, seq: 20, offset: 5 } },
      { kernel: '    q heads 2\n    k heads 1 tokens own', sizes: { batch: 2, seq: 17, k_seq: 30, offset: 1, k_offset: 9 } },
      { kernel: '    q heads 2 output fp8_e4m3\n    k heads 1', sizes: { batch: 3, seq: 16, offset: 0, q_scale: 0.5 } },
    ];
    for (const [i, c] of cases.entries()) {
      const { ir, code } = compileTs(source(c.kernel), 'hb.rope');
      const mod = await loadGeneratedTs(code, `hb_wasm_${i}`);
      const s = c.sizes as Record<string, number>;
      const q = Float32Array.from({ length: s.batch * s.seq * ir.kernel.qHeads! * 16 }, (_, j) => Math.sin(j * 0.37 + i));
      const k = Float32Array.from({ length: s.batch * (s.k_seq ?? s.seq) * ir.kernel.kHeads! * 16 }, (_, j) => Math.cos(j * 0.53 + i));
      const kernel = mod.createWasmKernel(c.sizes);
      kernel.q.set(q);
      kernel.k.set(k);
      kernel.rotateInPlace({});
      const want = interpret(ir, { q, k, sizes: c.sizes });
      if (ir.kernel.qOutput) {
        let apart = 0;
        for (let j = 0; j < want.q.length; j++) apart += e4m3Apart(kernel.q_out[j], want.q[j]) ? 1 : 0;
        expect(apart, c.kernel).toBe(0);
        for (let j = 0; j < want.k.length; j++) expect(Math.abs(kernel.k[j] - want.k[j])).toBeLessThanOrEqual(4e-7 * 2);
      } else {
        expect(maxDiff(kernel, want) / errorScale(ir, [q, k], want), c.kernel).toBeLessThanOrEqual(wasmBound(ir));
      }
    }
  });

  it('an interleaved (GPT-J style) spec: the shuffle path, error within 4e-7 of max|x|', async () => {
    const { ir, code } = compileTs(`rope g {
  head_dim 64
  style interleaved
  rotary dim 40
  frequencies base 10000
  positions index
  kernel {
    layout [batch, seq, heads, dim]
    q heads 3
    k heads 1
    dtype f32
  }
}
`, 'g.rope');
    expect(ir.laneRuns).toEqual([{ firstPair: 0, count: 20, a0: 0, b0: 1, stride: 2 }]);
    expect(await wasmError(ir, code, 5)).toBeLessThanOrEqual(4e-7);
  });

  it('index positions: the angle-addition steps stay within the bound over long sequences at large offsets', async () => {
    // cos/sin step from token to token (re-anchored every 64 tokens); 3000 tokens at offset 10^6.
    const { ir, code } = compileTs(`rope r {\n  head_dim 64\n  frequencies base 10000\n  positions index + offset\n  kernel {\n    q heads 1\n    k heads 1\n    dtype f32\n  }\n}\n`, 'r.rope');
    const mod = await loadGeneratedTs(code, 'r_wasm');
    const sizes = { tokens: 3000, offset: 1_000_000 };
    const kernel = mod.createWasmKernel(sizes);
    kernel.q.set(Float32Array.from({ length: kernel.q.length }, (_, i) => Math.sin(i)));
    kernel.k.set(Float32Array.from({ length: kernel.k.length }, (_, i) => Math.cos(i)));
    const want = interpret(ir, { q: Float32Array.from(kernel.q), k: Float32Array.from(kernel.k), sizes });
    kernel.rotateInPlace();
    expect(maxDiff(kernel, want)).toBeLessThanOrEqual(4e-7);
  });

  it('long runs take the block loop instead of unrolled code (head_dim 512, both styles), same bound', async () => {
    for (const style of ['half', 'interleaved']) {
      const { ir, code } = compileTs(`rope l_${style} {\n  head_dim 512\n  style ${style}\n  frequencies base 10000\n  positions index + offset\n  kernel {\n    q heads 2\n    k heads 1\n    dtype f32\n  }\n}\n`, 'l.rope');
      expect(ir.laneRuns![0].count).toBe(256);
      expect(await wasmError(ir, code, 9)).toBeLessThanOrEqual(4e-7);
    }
  });

  it('the module stays under 4 KiB for head_dim up to 256 (browsers compile ≤ 4 KiB synchronously on the main thread)', () => {
    for (const [d, style] of [[64, 'half'], [128, 'half'], [256, 'half'], [128, 'interleaved'], [256, 'interleaved'], [512, 'interleaved']] as const) {
      for (const dtype of ['f32', 'f16', 'bf16']) {
        const { ir } = compileTs(`rope w {\n  head_dim ${d}\n  style ${style}\n  frequencies base 10000\n  positions index\n  kernel {\n    dtype ${dtype}\n  }\n}\n`, 'w.rope');
        expect(wasmRotateModule(ir).length, `head_dim ${d} ${style} ${dtype}`).toBeLessThanOrEqual(4096);
        expect(WebAssembly.validate(wasmRotateModule(ir))).toBe(true);
      }
    }
  });

  it('sizes past 4 GiB and bad inputs are refused with a reason', async () => {
    const f32 = compileTs('rope f {\n  head_dim 128\n  frequencies base 100\n  positions index\n  kernel {\n    q heads 64\n    k heads 8\n    dtype f32\n  }\n}\n', 'f.rope');
    const modF = await loadGeneratedTs(f32.code, 'f_wasm');
    expect(() => modF.createWasmKernel({ tokens: 2 ** 17 })).toThrow(/^sizes: q, k \(v and the KV caches\) and the cos\/sin table need \d+ bytes; WebAssembly memory holds at most 4 GiB/);
    expect(() => modF.createWasmKernel({ tokens: -1 })).toThrow(/^sizes\.tokens: expected a whole number ≥ 0, got -1/);
    // The other inputs are checked on every call, as rotateInPlace checks them.
    const t = compileTs('rope t {\n  head_dim 8\n  frequencies base 100\n  positions tensor int\n  kernel {\n    q heads 1\n    k heads 1\n    dtype f32\n  }\n}\n', 't.rope');
    const modT = await loadGeneratedTs(t.code, 't_wasm');
    const kernel = modT.createWasmKernel({ tokens: 2 });
    expect(() => kernel.rotateInPlace({ positions: Int32Array.of(0) })).toThrow(/^positions: expected shape \[tokens\] = \[2\] \(2 positions\), got length 1$/);
  });
});
