// Generated from spec/gptj_6b.rope (rope gptj_6b) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: b4837ac6e38287d0
/* eslint-disable */
export const SPEC = {"name":"gptj_6b","headDim":256,"rotaryDim":64,"pairs":32,"axes":["pos"],"qHeads":16,"kHeads":16,"layout":"bshd","dtype":"f16","positions":"index","attentionFactor":1,"specHash":"b4837ac6e38287d0"} as const;
const OMEGA = new Float64Array([1.0, 0.7498942093324559, 0.5623413251903491, 0.4216965034285822, 0.31622776601683794, 0.23713737056616552, 0.17782794100389226, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.03162277660168379, 0.02371373705661655, 0.01778279410038923, 0.01333521432163324, 0.01, 0.007498942093324558, 0.005623413251903491, 0.004216965034285823, 0.0031622776601683794, 0.0023713737056616554, 0.0017782794100389228, 0.001333521432163324, 0.001, 0.0007498942093324557, 0.0005623413251903491, 0.00042169650342858224, 0.00031622776601683794, 0.00023713737056616554, 0.0001778279410038923, 0.0001333521432163324]);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
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
    const whole = (name: string, x: unknown): number => { if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
    let batch: number, seq: number, tokens: number;
    batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;
    const qHeads = 16;
    const kHeads = 16;
    let offset = 0;
    if (!(inputs.q instanceof Uint16Array)) throw new RangeError(`q: expected a Uint16Array of shape [batch, seq, 16, 256]`);
    if (inputs.q.length !== tokens * qHeads * 256) throw new RangeError(`q: expected shape [batch, seq, 16, 256] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 256} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Uint16Array)) throw new RangeError(`k: expected a Uint16Array of shape [batch, seq, 16, 256]`);
    if (inputs.k.length !== tokens * kHeads * 256) throw new RangeError(`k: expected shape [batch, seq, 16, 256] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 256} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const { batch, seq, tokens } = shape;
    const omega = OMEGA;
    const pos = new Float64Array(1);
    const cosT = new Float64Array(32);
    const sinT = new Float64Array(32);
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        pos[0] = s;
        for (let j = 0; j < 32; j++) {
          const angle = pos[0] * omega[j];
          cosT[j] = Math.cos(angle) * 1.0;
          sinT[j] = Math.sin(angle) * 1.0;
        }

        for (let h = 0; h < shape.qHeads; h++) {
          const base = ((b * seq + s) * shape.qHeads + h) * 256;
          for (let i = 0; i < 32; i++) {
            const ia = base + 0 + i * 2, ib = base + 1 + i * 2;
            const a = f16ToNumber(srcq[ia]), c = f16ToNumber(srcq[ib]);
            const cs = cosT[i], sn = sinT[i];
            dstq[ia] = numberToF16(a * cs - c * sn);
            dstq[ib] = numberToF16(c * cs + a * sn);
          }

          if (dstq !== srcq) {
            for (let l = base + 64; l < base + 256; l++) dstq[l] = srcq[l];
          }

        }

        for (let h = 0; h < shape.kHeads; h++) {
          const base = ((b * seq + s) * shape.kHeads + h) * 256;
          for (let i = 0; i < 32; i++) {
            const ia = base + 0 + i * 2, ib = base + 1 + i * 2;
            const a = f16ToNumber(srck[ia]), c = f16ToNumber(srck[ib]);
            const cs = cosT[i], sn = sinT[i];
            dstk[ia] = numberToF16(a * cs - c * sn);
            dstk[ib] = numberToF16(c * cs + a * sn);
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

// IEEE half and bfloat16 storage: decode to a number, encode a number with one rounding to
// nearest, ties to even (straight from float64, so there is no double rounding through float32).
const F32_SCRATCH = new Float32Array(1);
const U32_SCRATCH = new Uint32Array(F32_SCRATCH.buffer);

function f16ToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 5.960464477539063e-8;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * Math.pow(2, exp - 15);
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

/** Encodes x in a binary float format with `expBits` exponent and `fracBits` fraction bits. */
function encodeSmallFloat(x: number, expBits: number, fracBits: number): number {
  const bias = (1 << (expBits - 1)) - 1;
  const expMax = (1 << expBits) - 1;
  const signBit = 1 << (expBits + fracBits);
  if (Number.isNaN(x)) return (expMax << fracBits) | (1 << (fracBits - 1));
  const sign = x < 0 || Object.is(x, -0) ? signBit : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | (expMax << fracBits);
  const minNormal = Math.pow(2, 1 - bias);
  if (a < minNormal) return sign | roundHalfEven(a / Math.pow(2, 1 - bias - fracBits));
  let e = Math.floor(Math.log2(a));
  if (Math.pow(2, e) > a) e--;
  else if (Math.pow(2, e + 1) <= a) e++;
  let m = roundHalfEven((a / Math.pow(2, e) - 1) * (1 << fracBits));
  if (m === 1 << fracBits) {
    m = 0;
    e++;
  }
  if (e + bias >= expMax) return sign | (expMax << fracBits);
  return sign | ((e + bias) << fracBits) | m;
}

function numberToF16(x: number): number {
  return encodeSmallFloat(x, 5, 10);
}

function numberToBf16(x: number): number {
  return encodeSmallFloat(x, 8, 7);
}
