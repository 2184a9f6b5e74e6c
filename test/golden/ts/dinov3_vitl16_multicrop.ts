// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 9a79fc140b385799
/* eslint-disable */
export const SPEC = {"name":"dinov3_vitl16_multicrop","headDim":64,"rotaryDim":64,"pairs":32,"axes":["h","w"],"qHeads":16,"kHeads":16,"layout":"thd","dtype":"bf16","positions":"grid","attentionFactor":1,"specHash":"9a79fc140b385799"} as const;
const OMEGA = new Float64Array([6.283185307179586, 4.71172427801674, 3.533294752055899, 2.6495972744314744, 1.9869176531592203, 1.4899780425245321, 1.1173259061216543, 0.8378762269377676, 0.6283185307179586, 0.47117242780167395, 0.3533294752055899, 0.2649597274431474, 0.19869176531592203, 0.1489978042524532, 0.11173259061216542, 0.08378762269377676, 6.283185307179586, 4.71172427801674, 3.533294752055899, 2.6495972744314744, 1.9869176531592203, 1.4899780425245321, 1.1173259061216543, 0.8378762269377676, 0.6283185307179586, 0.47117242780167395, 0.3533294752055899, 0.2649597274431474, 0.19869176531592203, 0.1489978042524532, 0.11173259061216542, 0.08378762269377676]);
const POS = new Float64Array(2);
const COS_T = new Float64Array(32);
const SIN_T = new Float64Array(32);
const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);

export interface Sizes {
    /** number of tokens (rows of q and k) */
    tokens: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    k_heads?: number;
    /** grid size along axis h */
    h: number;
    /** grid size along axis w */
    w: number;
}

export interface Inputs {
    /** query, [tokens, 16, 64] */
    q: Uint16Array;
    /** key, [tokens, 16, 64] */
    k: Uint16Array;
    sizes: Sizes;
    /** sequence starts, shape [batch + 1] */
    cu_seqlens: Int32Array;
    /** each sequence's grid sizes (h, w), shape [batch, 2] */
    grid_sizes: Int32Array;
}

export interface Outputs {
    q: Uint16Array;
    k: Uint16Array;
}

interface Shape {
    batch: number;
    seq: number;
    tokens: number;
    qHeads: number;
    kHeads: number;
    offset: number;
}

function validate(inputs: Inputs): Shape {
    const s = inputs.sizes;
    if (typeof s !== 'object' || s === null) throw new RangeError('sizes: missing');
    const whole = (name: string, x: unknown): number => { if (x === undefined) throw new RangeError(`sizes.${name}: missing`); if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
    let batch: number, seq: number, tokens: number;
    tokens = whole('tokens', s.tokens);
    const cu = inputs.cu_seqlens;
    if (!(cu instanceof Int32Array)) throw new RangeError('cu_seqlens: missing; packed sequences need cu_seqlens of shape [batch + 1] (an Int32Array)');
    if (cu.length < 2) throw new RangeError(`cu_seqlens: expected shape [batch + 1] with batch ≥ 1, got length ${cu.length}`);
    if (cu[0] !== 0) throw new RangeError(`cu_seqlens: must start at 0, got ${cu[0]}`);
    batch = cu.length - 1; seq = 0;
    for (let b = 0; b < batch; b++) { if (cu[b + 1] < cu[b]) throw new RangeError(`cu_seqlens: must be non-decreasing whole numbers; entry ${b + 1} is ${cu[b + 1]} after ${cu[b]}`); seq = Math.max(seq, cu[b + 1] - cu[b]); }
    if (cu[batch] !== tokens) throw new RangeError(`cu_seqlens: must end at tokens = ${tokens}, got ${cu[batch]}`);
    if (s.q_heads !== undefined && s.q_heads !== 16) throw new RangeError(`sizes.q_heads: the spec fixes 16 q heads, got ${String(s.q_heads)}`);
    const qHeads = 16;
    if (s.k_heads !== undefined && s.k_heads !== 16) throw new RangeError(`sizes.k_heads: the spec fixes 16 k heads, got ${String(s.k_heads)}`);
    const kHeads = 16;
    let offset = 0;
    const gs = inputs.grid_sizes;
    if (!(gs instanceof Int32Array)) throw new RangeError(`grid_sizes: missing or wrong type; expected an Int32Array of shape [batch, 2] = [${batch}, 2] (one row of h, w sizes per sequence)`);
    if (gs.length !== batch * 2) throw new RangeError(`grid_sizes: expected shape [batch, 2] = [${batch}, 2] (one row of h, w sizes per sequence), got length ${gs.length}`);
    for (let b = 0; b < batch; b++) {
      let cells = 1;
      for (let a = 0; a < 2; a++) { const g = gs[b * 2 + a]; if (g < 0) throw new RangeError(`grid_sizes: entry [${b}, ${a}] must be a whole number in [0, 2^31), got ${g}`); cells *= g; }
      if (cu[b + 1] - cu[b] !== 5 + cells) throw new RangeError(`grid_sizes: sequence ${b} holds ${cu[b + 1] - cu[b]} tokens (cu_seqlens), but prefix + h·w = 5 + ${Array.from(gs.subarray(b * 2, b * 2 + 2)).join('·')} = ${5 + cells}`);
    }
    if (!(inputs.q instanceof Uint16Array)) throw new RangeError(`q: expected a Uint16Array of shape [tokens, 16, 64]`);
    if (inputs.q.length !== tokens * qHeads * 64) throw new RangeError(`q: expected shape [tokens, 16, 64] with tokens = ${tokens} (${tokens * qHeads * 64} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Uint16Array)) throw new RangeError(`k: expected a Uint16Array of shape [tokens, 16, 64]`);
    if (inputs.k.length !== tokens * kHeads * 64) throw new RangeError(`k: expected shape [tokens, 16, 64] with tokens = ${tokens} (${tokens * kHeads * 64} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 16, kHeads = 16, offset = shape.offset;
    const omega = OMEGA;
    const cu = inputs.cu_seqlens!;
    const gs = inputs.grid_sizes!;
    rows(batch, seq, tokens, qHeads, kHeads, offset, omega, cu, gs, srcq, srck, dstq, dstk);
}

/** The hot loop: positions and sin/cos once per token, then every head of q and k. */
function rows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, omega: Float64Array, cu: Int32Array, gs: Int32Array, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    for (let b = 0; b < batch; b++) {
      const grid_h = gs[b * 2], grid_w = gs[b * 2 + 1];
      for (let flat = cu[b]; flat < cu[b + 1]; flat++) {
        const s = flat - cu[b];
        if (s < 5) { pos[0] = 0; pos[1] = 0; } else {
          let rest = s - 5;
          const i1 = rest % grid_w; rest = (rest - i1) / grid_w;
          const i0 = rest % grid_h;
          pos[0] = (2 * ((i0 + 0.5) / grid_h) - 1);
          pos[1] = (2 * ((i1 + 0.5) / grid_w) - 1);
        }
        for (let j = 0; j < 32; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        for (let h = 0; h < qHeads; h++) {
          const base = (flat * qHeads + h) * 64;
          for (let i = 0; i < 32; i += 4) {
            const a0 = bf16ToNumber(srcq[base + i]), c0 = bf16ToNumber(srcq[base + 32 + i]), cs0 = cosT[i], sn0 = sinT[i];
            const a1 = bf16ToNumber(srcq[base + i + 1]), c1 = bf16ToNumber(srcq[base + 32 + i + 1]), cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = bf16ToNumber(srcq[base + i + 2]), c2 = bf16ToNumber(srcq[base + 32 + i + 2]), cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = bf16ToNumber(srcq[base + i + 3]), c3 = bf16ToNumber(srcq[base + 32 + i + 3]), cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstq[base + i] = numberToBf16(a0 * cs0 - c0 * sn0);
            dstq[base + 32 + i] = numberToBf16(c0 * cs0 + a0 * sn0);
            dstq[base + i + 1] = numberToBf16(a1 * cs1 - c1 * sn1);
            dstq[base + 32 + i + 1] = numberToBf16(c1 * cs1 + a1 * sn1);
            dstq[base + i + 2] = numberToBf16(a2 * cs2 - c2 * sn2);
            dstq[base + 32 + i + 2] = numberToBf16(c2 * cs2 + a2 * sn2);
            dstq[base + i + 3] = numberToBf16(a3 * cs3 - c3 * sn3);
            dstq[base + 32 + i + 3] = numberToBf16(c3 * cs3 + a3 * sn3);
          }
        }
        for (let h = 0; h < kHeads; h++) {
          const base = (flat * kHeads + h) * 64;
          for (let i = 0; i < 32; i += 4) {
            const a0 = bf16ToNumber(srck[base + i]), c0 = bf16ToNumber(srck[base + 32 + i]), cs0 = cosT[i], sn0 = sinT[i];
            const a1 = bf16ToNumber(srck[base + i + 1]), c1 = bf16ToNumber(srck[base + 32 + i + 1]), cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = bf16ToNumber(srck[base + i + 2]), c2 = bf16ToNumber(srck[base + 32 + i + 2]), cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = bf16ToNumber(srck[base + i + 3]), c3 = bf16ToNumber(srck[base + 32 + i + 3]), cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstk[base + i] = numberToBf16(a0 * cs0 - c0 * sn0);
            dstk[base + 32 + i] = numberToBf16(c0 * cs0 + a0 * sn0);
            dstk[base + i + 1] = numberToBf16(a1 * cs1 - c1 * sn1);
            dstk[base + 32 + i + 1] = numberToBf16(c1 * cs1 + a1 * sn1);
            dstk[base + i + 2] = numberToBf16(a2 * cs2 - c2 * sn2);
            dstk[base + 32 + i + 2] = numberToBf16(c2 * cs2 + a2 * sn2);
            dstk[base + i + 3] = numberToBf16(a3 * cs3 - c3 * sn3);
            dstk[base + 32 + i + 3] = numberToBf16(c3 * cs3 + a3 * sn3);
          }
        }
      }
    }
}

/** Rotates q and k of rope dinov3_vitl16_multicrop in place. Throws RangeError naming the argument on bad input. */
export function rotateInPlace(inputs: Inputs): void {
    const shape = validate(inputs);
    kernel(inputs, shape, inputs.q, inputs.k, inputs.q, inputs.k);
}

/** Writes the rotated q and k into `out` (same shapes as the inputs); the inputs are not changed. */
export function rotateInto(inputs: Inputs, out: Outputs): void {
    const shape = validate(inputs);
    if (!(out.q instanceof Uint16Array) || out.q.length !== inputs.q.length) throw new RangeError(`out.q: expected a Uint16Array of length ${inputs.q.length}`);
    if (!(out.k instanceof Uint16Array) || out.k.length !== inputs.k.length) throw new RangeError(`out.k: expected a Uint16Array of length ${inputs.k.length}`);
    if (out.q === inputs.q || out.k === inputs.k) throw new RangeError('out: must not alias the inputs; use rotateInPlace');
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
}

/** Returns rotated copies of q and k; the inputs are not changed. */
export function rotate(inputs: Inputs): Outputs {
    const shape = validate(inputs);
    const out = { q: new Uint16Array(inputs.q.length), k: new Uint16Array(inputs.k.length) };
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
    return out;
}

/** The WebAssembly kernel (f32 storage): q and k live in its own memory, so nothing is copied in or out. */
export interface WasmKernel {
  /** q in the spec's layout, a view of the kernel's memory: write the inputs here, read the results here. */
  readonly q: Float32Array;
  /** k, likewise. */
  readonly k: Float32Array;
  /** Rotates q and k in place; `extra` holds the other inputs (positions, offsets, …), as for rotateInPlace. */
  rotateInPlace(extra?: Omit<Inputs, 'q' | 'k' | 'sizes'>): void;
}

/** Whether createWasmKernel works for this spec. */
export const WASM_KERNEL = false;

/** Not available for this spec: throws a RangeError saying why. */
export function createWasmKernel(sizes: Sizes): WasmKernel {
  void sizes;
  throw new RangeError("createWasmKernel: rope dinov3_vitl16_multicrop has no WebAssembly kernel: its storage is bf16 (the WebAssembly kernel is f32 only); use rotateInPlace");
}

// IEEE half and bfloat16 storage: decode to a number, encode a number with one rounding to
// nearest, ties to even (straight from float64, so there is no double rounding through float32).
// The exponent is read from the float64's bits and the scaling is by exact powers of two, so the
// encoders need no Math.log2 / Math.pow (the old encoder spent most of a bf16 kernel's time there).
const F32_SCRATCH = new Float32Array(1);
const U32_SCRATCH = new Uint32Array(F32_SCRATCH.buffer);
const F64_SCRATCH = new Float64Array(1);
const F64_WORDS = new Uint32Array(F64_SCRATCH.buffer);
/** Index of the float64's high word (sign, exponent, top of the fraction) in F64_WORDS. */
const F64_HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;
/** 2^(e − 15) for the 32 half exponents (0 and 31 unused). */
const F16_SCALE = Float64Array.from({ length: 32 }, (_, e) => Math.pow(2, e - 15));

function f16ToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 5.960464477539063e-8;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1024 + frac) * F16_SCALE[exp] * 0.0009765625;
}

function bf16ToNumber(b: number): number {
  U32_SCRATCH[0] = b << 16;
  return F32_SCRATCH[0];
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/**
 * Encodes x in a 16-bit binary float format with `fracBits` fraction bits
 * (bias = 2^(expBits−1) − 1, expMax = 2^expBits − 1, minNormal = 2^(1 − bias), subnormal step =
 * 2^(1 − bias − fracBits), all passed as constants by the two callers).
 */
function encodeSmallFloat(x: number, fracBits: number, bias: number, expMax: number, minNormal: number, subStep: number): number {
  if (x !== x) return (expMax << fracBits) | (1 << (fracBits - 1));
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? 0x8000 : 0; // both formats are 16 bits wide
  const a = Math.abs(x);
  if (a < minNormal) return sign | roundHalfEven(a / subStep);
  F64_SCRATCH[0] = a;
  const e = ((F64_WORDS[F64_HI] >>> 20) & 0x7ff) - 1023; // a ≥ minNormal: a normal float64 (or ∞)
  if (e + bias >= expMax) return sign | (expMax << fracBits); // too large, ∞ included
  // 2^−e from its bits (e ≥ 1 − bias > −1023, so a normal float64); a · 2^−e ∈ [1, 2) exactly
  F64_WORDS[F64_HI] = (1023 - e) << 20;
  F64_WORDS[1 - F64_HI] = 0;
  let m = roundHalfEven((a * F64_SCRATCH[0] - 1) * (1 << fracBits));
  let ex = e;
  if (m === 1 << fracBits) {
    m = 0;
    ex++;
  }
  if (ex + bias >= expMax) return sign | (expMax << fracBits);
  return sign | ((ex + bias) << fracBits) | m;
}

function numberToF16(x: number): number {
  return encodeSmallFloat(x, 10, 15, 31, 6.103515625e-5, 5.960464477539063e-8);
}

function numberToBf16(x: number): number {
  return encodeSmallFloat(x, 7, 127, 255, 1.1754943508222875e-38, 9.183549615799121e-41);
}
