// Generated from spec/gptj_6b.rope (rope gptj_6b) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: b4837ac6e38287d0
/* eslint-disable */
export const SPEC = {"name":"gptj_6b","headDim":256,"rotaryDim":64,"pairs":32,"axes":["pos"],"qHeads":16,"kHeads":16,"layout":"bshd","dtype":"f16","positions":"index","attentionFactor":1,"specHash":"b4837ac6e38287d0"} as const;
const OMEGA = new Float64Array([1.0, 0.7498942093324559, 0.5623413251903491, 0.4216965034285822, 0.31622776601683794, 0.23713737056616552, 0.17782794100389226, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.03162277660168379, 0.02371373705661655, 0.01778279410038923, 0.01333521432163324, 0.01, 0.007498942093324558, 0.005623413251903491, 0.004216965034285823, 0.0031622776601683794, 0.0023713737056616554, 0.0017782794100389228, 0.001333521432163324, 0.001, 0.0007498942093324557, 0.0005623413251903491, 0.00042169650342858224, 0.00031622776601683794, 0.00023713737056616554, 0.0001778279410038923, 0.0001333521432163324]);
const POS = new Float64Array(1);
const COS_T = new Float64Array(32);
const SIN_T = new Float64Array(32);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    k_heads?: number;
}

export interface Inputs {
    /** query, [batch, seq, 16, 256] */
    q: Uint16Array;
    /** key, [batch, seq, 16, 256] */
    k: Uint16Array;
    sizes: Sizes;
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
    batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;
    if (s.q_heads !== undefined && s.q_heads !== 16) throw new RangeError(`sizes.q_heads: the spec fixes 16 q heads, got ${String(s.q_heads)}`);
    const qHeads = 16;
    if (s.k_heads !== undefined && s.k_heads !== 16) throw new RangeError(`sizes.k_heads: the spec fixes 16 k heads, got ${String(s.k_heads)}`);
    const kHeads = 16;
    let offset = 0;
    if (!(inputs.q instanceof Uint16Array)) throw new RangeError(`q: expected a Uint16Array of shape [batch, seq, 16, 256]`);
    if (inputs.q.length !== tokens * qHeads * 256) throw new RangeError(`q: expected shape [batch, seq, 16, 256] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 256} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Uint16Array)) throw new RangeError(`k: expected a Uint16Array of shape [batch, seq, 16, 256]`);
    if (inputs.k.length !== tokens * kHeads * 256) throw new RangeError(`k: expected shape [batch, seq, 16, 256] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 256} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 16, kHeads = 16, offset = shape.offset;
    const omega = OMEGA;
    rows(batch, seq, tokens, qHeads, kHeads, offset, omega, srcq, srck, dstq, dstk);
}

/** The hot loop: positions and sin/cos once per token, then every head of q and k. */
function rows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, omega: Float64Array, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        pos[0] = s;
        for (let j = 0; j < 32; j++) {
          const angle = pos[0] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        for (let h = 0; h < qHeads; h++) {
          const base = ((b * seq + s) * qHeads + h) * 256;
          for (let i = 0; i < 32; i += 4) {
            const a0 = f16ToNumber(srcq[base + (i) * 2]), c0 = f16ToNumber(srcq[base + 1 + (i) * 2]), cs0 = cosT[i], sn0 = sinT[i];
            const a1 = f16ToNumber(srcq[base + (i + 1) * 2]), c1 = f16ToNumber(srcq[base + 1 + (i + 1) * 2]), cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = f16ToNumber(srcq[base + (i + 2) * 2]), c2 = f16ToNumber(srcq[base + 1 + (i + 2) * 2]), cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = f16ToNumber(srcq[base + (i + 3) * 2]), c3 = f16ToNumber(srcq[base + 1 + (i + 3) * 2]), cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstq[base + (i) * 2] = numberToF16(a0 * cs0 - c0 * sn0);
            dstq[base + 1 + (i) * 2] = numberToF16(c0 * cs0 + a0 * sn0);
            dstq[base + (i + 1) * 2] = numberToF16(a1 * cs1 - c1 * sn1);
            dstq[base + 1 + (i + 1) * 2] = numberToF16(c1 * cs1 + a1 * sn1);
            dstq[base + (i + 2) * 2] = numberToF16(a2 * cs2 - c2 * sn2);
            dstq[base + 1 + (i + 2) * 2] = numberToF16(c2 * cs2 + a2 * sn2);
            dstq[base + (i + 3) * 2] = numberToF16(a3 * cs3 - c3 * sn3);
            dstq[base + 1 + (i + 3) * 2] = numberToF16(c3 * cs3 + a3 * sn3);
          }
          if (dstq !== srcq) {
            for (let l = base + 64; l < base + 256; l++) dstq[l] = srcq[l];
          }
        }
        for (let h = 0; h < kHeads; h++) {
          const base = ((b * seq + s) * kHeads + h) * 256;
          for (let i = 0; i < 32; i += 4) {
            const a0 = f16ToNumber(srck[base + (i) * 2]), c0 = f16ToNumber(srck[base + 1 + (i) * 2]), cs0 = cosT[i], sn0 = sinT[i];
            const a1 = f16ToNumber(srck[base + (i + 1) * 2]), c1 = f16ToNumber(srck[base + 1 + (i + 1) * 2]), cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = f16ToNumber(srck[base + (i + 2) * 2]), c2 = f16ToNumber(srck[base + 1 + (i + 2) * 2]), cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = f16ToNumber(srck[base + (i + 3) * 2]), c3 = f16ToNumber(srck[base + 1 + (i + 3) * 2]), cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstk[base + (i) * 2] = numberToF16(a0 * cs0 - c0 * sn0);
            dstk[base + 1 + (i) * 2] = numberToF16(c0 * cs0 + a0 * sn0);
            dstk[base + (i + 1) * 2] = numberToF16(a1 * cs1 - c1 * sn1);
            dstk[base + 1 + (i + 1) * 2] = numberToF16(c1 * cs1 + a1 * sn1);
            dstk[base + (i + 2) * 2] = numberToF16(a2 * cs2 - c2 * sn2);
            dstk[base + 1 + (i + 2) * 2] = numberToF16(c2 * cs2 + a2 * sn2);
            dstk[base + (i + 3) * 2] = numberToF16(a3 * cs3 - c3 * sn3);
            dstk[base + 1 + (i + 3) * 2] = numberToF16(c3 * cs3 + a3 * sn3);
          }
          if (dstk !== srck) {
            for (let l = base + 64; l < base + 256; l++) dstk[l] = srck[l];
          }
        }
      }
    }
}

/** Rotates q and k of rope gptj_6b in place. Throws RangeError naming the argument on bad input. */
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
  throw new RangeError("createWasmKernel: rope gptj_6b has no WebAssembly kernel: its storage is f16 (the WebAssembly kernel is f32 only); use rotateInPlace");
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
