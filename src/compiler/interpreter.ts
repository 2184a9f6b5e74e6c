// The reference interpreter: the executable definition of the .rope language. It evaluates the IR
// — optimized or not — in float64, one token at a time, in the plainest way the semantics allow.
// Every backend is tested against it.
import { tableOmega } from './frequencies.js';
import { foldedOmegaAt } from './passes/fold-frequencies.js';
import { tensorLanes, type RopeIR } from './ir.js';
import { evaluateSegments } from '../positions/segments.js';
import { resolveShape, shapeOf, type ResolvedShape, type RopeInputs } from './runtime.js';

export interface RopeOutputs {
  q: Float64Array;
  k: Float64Array;
  /** `kv_cache …`: the caches after the call (copies of the inputs with the tokens' rows written). */
  k_cache?: Float64Array;
  v_cache?: Float64Array;
}

/** ω per pair (float64) at the given run-time sequence length. */
export function pairOmegas(ir: RopeIR, seqLen?: number): number[] {
  if (ir.omega) return foldedOmegaAt(ir.omega, seqLen);
  return ir.pairs.map((p) => tableOmega(ir.tables[p.table], p.k, { seqLen }));
}

/**
 * The position vector (one value per component) of token `s` of sequence `b`, whose flat token
 * index is `flat`. This is the definition of every position source.
 */
export function tokenPosition(ir: RopeIR, shape: ResolvedShape, inputs: RopeInputs, b: number, s: number, flat: number): number[] {
  const src = ir.positions.source;
  switch (src.kind) {
    case 'index': {
      let p = s;
      if (src.offset === 'scalar') p += shape.offset;
      if (src.offset === 'per_sequence') p += inputs.offsets![b];
      return [p];
    }
    case 'segments':
      // The segment table resolveShape checked and decoded (src/positions/segments.ts).
      return evaluateSegments(shape.segments![b], s);
    case 'tensor': {
      const out: number[] = [];
      for (let c = 0; c < ir.positions.components; c++) out.push(inputs.positions![c * shape.tokens + flat]);
      return out;
    }
    case 'grid': {
      const sizes = shape.grids ? shape.grids[b] : shape.grid!;
      if (s < src.prefix) return sizes.map(() => 0);
      let rest = s - src.prefix;
      const idx = new Array<number>(sizes.length);
      for (let a = sizes.length - 1; a >= 0; a--) {
        idx[a] = rest % sizes[a];
        rest = Math.floor(rest / sizes[a]);
      }
      const norm = src.normalize === 'max' ? Math.max(...sizes) : src.normalize === 'min' ? Math.min(...sizes) : 0;
      return idx.map((i, a) => {
        const aff = src.axes[a];
        if (src.normalize === 'none') {
          const c = src.center ? i - (sizes[a] - 1) / 2 : i;
          return (c * aff.stride + aff.shift) * aff.scale;
        }
        const n = src.normalize === 'separate' ? sizes[a] : norm;
        return (2 * ((i + 0.5) / n) - 1) * aff.scale;
      });
    }
  }
}

/**
 * Element offset of (token, head, lane 0) in q or k for the spec's layout; `strides` (token, head)
 * for a strided view.
 */
export function headBase(ir: RopeIR, t: 'q' | 'k', shape: ResolvedShape, b: number, s: number, flat: number, h: number, heads: number, strides?: readonly [number, number]): number {
  if (strides) return flat * strides[0] + h * strides[1];
  const D = tensorLanes(ir, t).headDim;
  switch (ir.kernel.layout) {
    case 'thd':
      return (flat * heads + h) * D;
    case 'bshd':
      return ((b * shape.seq + s) * heads + h) * D;
    case 'bhsd':
      return ((b * heads + h) * shape.seq + s) * D;
  }
}

/** Visits every token once with its sequence index b, position in sequence s and flat index. */
export function forEachToken(ir: RopeIR, shape: ResolvedShape, fn: (b: number, s: number, flat: number) => void): void {
  if (shape.cuSeqlens) {
    for (let b = 0; b < shape.batch; b++) {
      for (let t = shape.cuSeqlens[b]; t < shape.cuSeqlens[b + 1]; t++) fn(b, t - shape.cuSeqlens[b], t);
    }
    return;
  }
  for (let b = 0; b < shape.batch; b++) for (let s = 0; s < shape.seq; s++) fn(b, s, b * shape.seq + s);
}

export function interpret(ir: RopeIR, inputs: RopeInputs): RopeOutputs {
  const shape = resolveShape(ir, inputs);
  const omega = pairOmegas(ir, shape.seqLen);
  // A tensor the spec fixes at 0 heads (q-only or k-only rotation) is not taken: it comes back empty.
  const q = Float64Array.from(inputs.q ?? []);
  const k = Float64Array.from(inputs.k ?? []);
  const cache = cacheReader(ir, inputs);
  // k with its own tokens: its own pass, over its tokens and positions; otherwise one pass rotates
  // every head of q and k of each token.
  const passes: { tensors: ('q' | 'k')[]; shape: ResolvedShape; inputs: RopeInputs }[] = shape.k
    ? [{ tensors: ['q'], shape, inputs }, { tensors: ['k'], shape: shapeOf(shape, 'k'), inputs: { ...inputs, positions: inputs.k_positions, offsets: inputs.k_offsets } }]
    : [{ tensors: ['q', 'k'], shape, inputs }];
  for (const pass of passes) {
    if (ir.kernel.norm) normPass(ir, pass.shape, inputs, pass.tensors, { q, k });
    rotatePass(ir, pass.shape, pass.inputs, pass.tensors, { q, k }, omega, cache);
  }
  const caches = ir.kernel.kvCache ? cacheWritePass(ir, shape, inputs, k) : {};
  return { q: ir.kernel.qOutput === 'fp8_e4m3' ? quantizeQ(ir, shape, inputs, q) : q, k, ...caches };
}

/**
 * `q … output fp8_e4m3`: q's output is e4m3(q / q_scale) of the rotated q (q_scale a float32), every
 * lane of every head. With views, elements outside them are not q's: the kernels do not write
 * them, and this output (like the TS module's rotate()) holds 0 there.
 */
function quantizeQ(ir: RopeIR, shape: ResolvedShape, inputs: RopeInputs, q: Float64Array): Float64Array {
  const scale = Math.fround(inputs.sizes.q_scale ?? NaN);
  const D = tensorLanes(ir, 'q').headDim;
  const out = new Float64Array(q.length);
  forEachToken(ir, shape, (b, s, flat) => {
    for (let h = 0; h < shape.qHeads; h++) {
      const at = headBase(ir, 'q', shape, b, s, flat, h, shape.qHeads, shape.strides?.q);
      for (let l = 0; l < D; l++) out[at + l] = roundE4m3(q[at + l] / scale);
    }
  });
  return out;
}

/**
 * `kv_cache …`: after the rotation, each token's rotated k heads and its v heads are copied into
 * the caches at slot slot_mapping[token]; slot −1 skips the token (resolveShape checked that every
 * other slot is one the cache holds). Slot s is row s of a flat cache [cache_slots, heads, dim];
 * of a paged one, row s % B of block ⌊s / B⌋: NHD [blocks, B, heads, dim], HND [blocks, heads, B, dim].
 */
function cacheWritePass(ir: RopeIR, shape: ResolvedShape, inputs: RopeInputs, k: Float64Array): { k_cache: Float64Array; v_cache: Float64Array } {
  const kv = ir.kernel.kvCache!;
  const kc = Float64Array.from(inputs.k_cache!);
  const vc = Float64Array.from(inputs.v_cache!);
  const v = inputs.v!;
  const H = shape.kHeads;
  const D = tensorLanes(ir, 'k').headDim;
  const row = (slot: number, h: number) => {
    if (kv.kind === 'paged' && kv.layout === 'hnd') {
      const [block, i] = [Math.floor(slot / kv.block), slot % kv.block];
      return ((block * H + h) * kv.block + i) * D;
    }
    return (slot * H + h) * D;
  };
  // A block table: slot block_table[b, p / B] · B + p % B of the token's position p; no row for its
  // block (past the row, or −1 in it) skips the token (resolveShape refused what it could see).
  const slotOf = (b: number, s: number, flat: number): number => {
    if (kv.kind !== 'paged' || !kv.table) return inputs.slot_mapping![flat];
    const p = tokenPosition(ir, shape, inputs, b, s, flat)[0];
    const W = shape.tableBlocks!;
    if (p < 0 || p >= W * kv.block) return -1;
    const entry = inputs.block_table![b * W + Math.floor(p / kv.block)];
    return entry < 0 ? -1 : entry * kv.block + (p % kv.block);
  };
  // `dtype fp8_e4m3`: the value / scale (a float32) rounded to e4m3; otherwise the value as it is.
  const fp8 = kv.dtype === 'fp8_e4m3';
  const scale = { k: Math.fround(inputs.sizes.k_scale ?? NaN), v: Math.fround(inputs.sizes.v_scale ?? NaN) };
  const store = (x: number, t: 'k' | 'v') => (fp8 ? roundE4m3(x / scale[t]) : x);
  forEachToken(ir, shape, (b, s, flat) => {
    const slot = slotOf(b, s, flat);
    if (slot === -1) return;
    for (let h = 0; h < H; h++) {
      const at = row(slot, h);
      const kb = headBase(ir, 'k', shape, b, s, flat, h, H, shape.strides?.k);
      const vb = headBase(ir, 'k', shape, b, s, flat, h, H, shape.strides?.v);
      for (let l = 0; l < D; l++) {
        kc[at + l] = store(k[kb + l], 'k');
        vc[at + l] = store(v[vb + l], 'v');
      }
    }
  });
  return { k_cache: kc, v_cache: vc };
}

/**
 * x rounded to fp8 e4m3 (OCP E4M3FN: 4 exponent bits, bias 7, 3 fraction bits, no infinities):
 * to the nearest value, ties to the even fraction; magnitudes past 448 (the largest) saturate to
 * ±448, as CUDA's __nv_fp8_e4m3 (__NV_SATFINITE) does; below 2^-6 the steps are 2^-9; NaN stays NaN.
 */
export function roundE4m3(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  const sign = x < 0 || Object.is(x, -0) ? -1 : 1;
  if (a >= 464) return sign * 448; // 464 is the midpoint of 448 and 480 (not a value): even is 448
  let e = Math.max(Math.floor(Math.log2(a)), -6);
  if (a >= 2 ** -6 && 2 ** e > a) e--;
  if (a >= 2 ** -6 && 2 ** (e + 1) <= a) e++;
  const step = 2 ** (e - 3);
  const n = a / step;
  const f = Math.floor(n);
  const r = n - f > 0.5 || (n - f === 0.5 && f % 2 === 1) ? f + 1 : f;
  return sign * r * step;
}

/**
 * `norm rms(eps, weight)`: every head of the tensors `which`, over all its head_dim lanes (rotary
 * and pass-through), becomes x · w / sqrt(mean(x²) + eps), before it rotates; w is the tensor's
 * weight (`weight none`: 1; `one_plus`: 1 + the weight).
 */
function normPass(ir: RopeIR, shape: ResolvedShape, inputs: RopeInputs, which: ('q' | 'k')[], out: RopeOutputs): void {
  const norm = ir.kernel.norm!;
  forEachToken(ir, shape, (b, s, flat) => {
    for (const t of which) {
      const [x, heads, view, weight] = t === 'q' ? [out.q, shape.qHeads, shape.strides?.q, inputs.q_norm_weight] : [out.k, shape.kHeads, shape.strides?.k, inputs.k_norm_weight];
      const D = tensorLanes(ir, t).headDim;
      const w = (l: number) => (norm.weight === 'none' ? 1 : norm.weight === 'one_plus' ? 1 + weight![l] : weight![l]);
      for (let h = 0; h < heads; h++) {
        const base = headBase(ir, t, shape, b, s, flat, h, heads, view);
        let squares = 0;
        for (let l = 0; l < D; l++) squares += x[base + l] * x[base + l];
        const r = 1 / Math.sqrt(squares / D + norm.eps);
        for (let l = 0; l < D; l++) x[base + l] = x[base + l] * r * w(l);
      }
    }
  });
}

/** Rotates every head of the tensors `which` of every token of `shape`, at the positions `inputs` give. */
function rotatePass(ir: RopeIR, shape: ResolvedShape, inputs: RopeInputs, which: ('q' | 'k')[], out: RopeOutputs, omega: number[],
  cache: ((p: number, j: number) => [number, number]) | undefined): void {
  const m = ir.attentionFactor;
  // A tensor with its own head shape (MLA's q) has its pairs' lanes shifted by its own offset.
  const shift = { q: tensorLanes(ir, 'q').shift, k: tensorLanes(ir, 'k').shift };
  forEachToken(ir, shape, (b, s, flat) => {
    const pos = tokenPosition(ir, shape, inputs, b, s, flat);
    for (const pair of ir.pairs) {
      const p = pos[ir.positions.axisComponent[pair.axis]];
      let cos: number;
      let sin: number;
      if (cache) {
        // resolveShape checked that every position is a row of the cache.
        [cos, sin] = cache(p, pair.index);
        sin *= ir.sign;
      } else {
        const angle = p * omega[pair.index];
        cos = Math.cos(angle) * m;
        sin = ir.sign * Math.sin(angle) * m;
      }
      for (const t of which) {
        const [x, heads, view] = t === 'q' ? [out.q, shape.qHeads, shape.strides?.q] : [out.k, shape.kHeads, shape.strides?.k];
        const la = pair.laneA + shift[t];
        const lb = pair.laneB + shift[t];
        for (let h = 0; h < heads; h++) {
          const base = headBase(ir, t, shape, b, s, flat, h, heads, view);
          const a = x[base + la];
          const c = x[base + lb];
          x[base + la] = a * cos - c * sin;
          x[base + lb] = c * cos + a * sin;
        }
      }
    }
  });
}

/**
 * `sincos cache(…)`: (cos, sin) of pair j at position p, read from the caller's cache as it holds
 * them (the engine built them, attention factor included): cos_sin_cache row p holds the cos of
 * every pair, then the sin of every pair; cos_cache and sin_cache rows hold one each.
 */
function cacheReader(ir: RopeIR, inputs: RopeInputs): ((p: number, j: number) => [number, number]) | undefined {
  const sc = ir.kernel.sincos;
  if (sc.kind !== 'cache') return undefined;
  const P = ir.pairs.length;
  if (sc.layout === 'cos_sin') {
    const t = inputs.cos_sin_cache!;
    return (p, j) => [t[p * 2 * P + j], t[p * 2 * P + P + j]];
  }
  const [cs, sn] = [inputs.cos_cache!, inputs.sin_cache!];
  return (p, j) => [cs[p * P + j], sn[p * P + j]];
}
