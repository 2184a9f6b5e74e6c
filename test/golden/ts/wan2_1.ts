// Generated from spec/wan2_1.rope (rope wan2_1) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 55b6fbf7fb4c5329
/* eslint-disable */
export const SPEC = {"name":"wan2_1","headDim":128,"rotaryDim":128,"pairs":64,"axes":["t","h","w"],"qHeads":40,"kHeads":40,"layout":"bshd","dtype":"bf16","positions":"grid","attentionFactor":1,"specHash":"55b6fbf7fb4c5329"} as const;
const OMEGA = new Float64Array([1.0, 0.657933224657568, 0.43287612810830584, 0.2848035868435802, 0.18738174228603838, 0.12328467394420663, 0.08111308307896872, 0.0533669923120631, 0.035111917342151314, 0.02310129700083159, 0.01519911082952934, 0.01, 0.006579332246575682, 0.004328761281083057, 0.002848035868435802, 0.001873817422860385, 0.0012328467394420659, 0.0008111308307896872, 0.0005336699231206307, 0.0003511191734215131, 0.00023101297000831605, 0.0001519911082952933, 1.0, 0.6449466771037624, 0.4159562163071847, 0.2682695795279726, 0.17301957388458944, 0.11158839925077486, 0.07196856730011521, 0.046415888336127795, 0.029935772947204904, 0.019306977288832506, 0.012451970847350332, 0.008030857221391512, 0.005179474679231213, 0.0033404849835132443, 0.0021544346900318843, 0.0013894954943731374, 0.000896150501946605, 0.0005779692884153313, 0.0003727593720314942, 0.00024040991835099718, 0.00015505157798326253, 1.0, 0.6449466771037624, 0.4159562163071847, 0.2682695795279726, 0.17301957388458944, 0.11158839925077486, 0.07196856730011521, 0.046415888336127795, 0.029935772947204904, 0.019306977288832506, 0.012451970847350332, 0.008030857221391512, 0.005179474679231213, 0.0033404849835132443, 0.0021544346900318843, 0.0013894954943731374, 0.000896150501946605, 0.0005779692884153313, 0.0003727593720314942, 0.00024040991835099718, 0.00015505157798326253]);
const POS = new Float64Array(3);
const COS_T = new Float64Array(64);
const SIN_T = new Float64Array(64);
const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
    /** fixed by the spec: 40 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 40 (may be left out; must equal it if given) */
    k_heads?: number;
    /** grid size along axis t */
    t: number;
    /** grid size along axis h */
    h: number;
    /** grid size along axis w */
    w: number;
}

export interface Inputs {
    /** query, [batch, seq, 40, 128] */
    q: Uint16Array;
    /** key, [batch, seq, 40, 128] */
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
    grid_t: number;
    grid_h: number;
    grid_w: number;
}

function validate(inputs: Inputs): Shape {
    const s = inputs.sizes;
    if (typeof s !== 'object' || s === null) throw new RangeError('sizes: missing');
    const whole = (name: string, x: unknown): number => { if (x === undefined) throw new RangeError(`sizes.${name}: missing`); if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
    let batch: number, seq: number, tokens: number;
    batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;
    if (s.q_heads !== undefined && s.q_heads !== 40) throw new RangeError(`sizes.q_heads: the spec fixes 40 q heads, got ${String(s.q_heads)}`);
    const qHeads = 40;
    if (s.k_heads !== undefined && s.k_heads !== 40) throw new RangeError(`sizes.k_heads: the spec fixes 40 k heads, got ${String(s.k_heads)}`);
    const kHeads = 40;
    let offset = 0;
    const grid_t = whole('t', s.t);
    const grid_h = whole('h', s.h);
    const grid_w = whole('w', s.w);
    if (seq !== 0 + grid_t * grid_h * grid_w) throw new RangeError(`sizes: each sequence must hold prefix + t·h·w = 0 + ${grid_t + '·' + grid_h + '·' + grid_w} tokens, got ${seq}`);
    if (!(inputs.q instanceof Uint16Array)) throw new RangeError(`q: expected a Uint16Array of shape [batch, seq, 40, 128]`);
    if (inputs.q.length !== tokens * qHeads * 128) throw new RangeError(`q: expected shape [batch, seq, 40, 128] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 128} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Uint16Array)) throw new RangeError(`k: expected a Uint16Array of shape [batch, seq, 40, 128]`);
    if (inputs.k.length !== tokens * kHeads * 128) throw new RangeError(`k: expected shape [batch, seq, 40, 128] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 128} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset, grid_t, grid_h, grid_w };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 40, kHeads = 40, offset = shape.offset, grid_t = shape.grid_t, grid_h = shape.grid_h, grid_w = shape.grid_w;
    const omega = OMEGA;
    rows(batch, seq, tokens, qHeads, kHeads, offset, grid_t, grid_h, grid_w, omega, srcq, srck, dstq, dstk);
}

/** The hot loop: positions and sin/cos once per token, then every head of q and k. */
function rows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, grid_t: number, grid_h: number, grid_w: number, omega: Float64Array, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (s < 0) { pos[0] = 0; pos[1] = 0; pos[2] = 0; } else {
          let rest = s - 0;
          const i2 = rest % grid_w; rest = (rest - i2) / grid_w;
          const i1 = rest % grid_h; rest = (rest - i1) / grid_h;
          const i0 = rest % grid_t;
          pos[0] = i0;
          pos[1] = i1;
          pos[2] = i2;
        }
        for (let j = 0; j < 64; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        for (let h = 0; h < qHeads; h++) {
          const base = ((b * seq + s) * qHeads + h) * 128;
          for (let i = 0; i < 64; i += 4) {
            const a0 = bf16ToNumber(srcq[base + (i) * 2]), c0 = bf16ToNumber(srcq[base + 1 + (i) * 2]), cs0 = cosT[i], sn0 = sinT[i];
            const a1 = bf16ToNumber(srcq[base + (i + 1) * 2]), c1 = bf16ToNumber(srcq[base + 1 + (i + 1) * 2]), cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = bf16ToNumber(srcq[base + (i + 2) * 2]), c2 = bf16ToNumber(srcq[base + 1 + (i + 2) * 2]), cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = bf16ToNumber(srcq[base + (i + 3) * 2]), c3 = bf16ToNumber(srcq[base + 1 + (i + 3) * 2]), cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstq[base + (i) * 2] = numberToBf16(a0 * cs0 - c0 * sn0);
            dstq[base + 1 + (i) * 2] = numberToBf16(c0 * cs0 + a0 * sn0);
            dstq[base + (i + 1) * 2] = numberToBf16(a1 * cs1 - c1 * sn1);
            dstq[base + 1 + (i + 1) * 2] = numberToBf16(c1 * cs1 + a1 * sn1);
            dstq[base + (i + 2) * 2] = numberToBf16(a2 * cs2 - c2 * sn2);
            dstq[base + 1 + (i + 2) * 2] = numberToBf16(c2 * cs2 + a2 * sn2);
            dstq[base + (i + 3) * 2] = numberToBf16(a3 * cs3 - c3 * sn3);
            dstq[base + 1 + (i + 3) * 2] = numberToBf16(c3 * cs3 + a3 * sn3);
          }
        }
        for (let h = 0; h < kHeads; h++) {
          const base = ((b * seq + s) * kHeads + h) * 128;
          for (let i = 0; i < 64; i += 4) {
            const a0 = bf16ToNumber(srck[base + (i) * 2]), c0 = bf16ToNumber(srck[base + 1 + (i) * 2]), cs0 = cosT[i], sn0 = sinT[i];
            const a1 = bf16ToNumber(srck[base + (i + 1) * 2]), c1 = bf16ToNumber(srck[base + 1 + (i + 1) * 2]), cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = bf16ToNumber(srck[base + (i + 2) * 2]), c2 = bf16ToNumber(srck[base + 1 + (i + 2) * 2]), cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = bf16ToNumber(srck[base + (i + 3) * 2]), c3 = bf16ToNumber(srck[base + 1 + (i + 3) * 2]), cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstk[base + (i) * 2] = numberToBf16(a0 * cs0 - c0 * sn0);
            dstk[base + 1 + (i) * 2] = numberToBf16(c0 * cs0 + a0 * sn0);
            dstk[base + (i + 1) * 2] = numberToBf16(a1 * cs1 - c1 * sn1);
            dstk[base + 1 + (i + 1) * 2] = numberToBf16(c1 * cs1 + a1 * sn1);
            dstk[base + (i + 2) * 2] = numberToBf16(a2 * cs2 - c2 * sn2);
            dstk[base + 1 + (i + 2) * 2] = numberToBf16(c2 * cs2 + a2 * sn2);
            dstk[base + (i + 3) * 2] = numberToBf16(a3 * cs3 - c3 * sn3);
            dstk[base + 1 + (i + 3) * 2] = numberToBf16(c3 * cs3 + a3 * sn3);
          }
        }
      }
    }
}

/** Rotates q and k of rope wan2_1 in place. Throws RangeError naming the argument on bad input. */
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
  throw new RangeError("createWasmKernel: rope wan2_1 has no WebAssembly kernel: its storage is bf16 (the WebAssembly kernel is f32 only); use rotateInPlace");
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
