// Generated from spec/qwen3_vl_8b.rope (rope qwen3_vl_8b) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: ec4aeb9ee8911c7f
/* eslint-disable */
export const SPEC = {"name":"qwen3_vl_8b","headDim":128,"rotaryDim":128,"pairs":64,"axes":["t","h","w"],"qHeads":32,"kHeads":8,"layout":"thd","dtype":"bf16","positions":"mrope","attentionFactor":1,"specHash":"ec4aeb9ee8911c7f"} as const;
const OMEGA = new Float64Array([1.0, 0.7858299804196346, 0.6175287581263234, 0.4852726119069699, 0.38134176711303913, 0.2996697933836284, 0.23548950786701264, 0.18505471535616394, 0.14542154334489538, 0.11427660855931218, 0.08980198506658654, 0.07056909216652002, 0.055455308315447815, 0.04357844384769316, 0.03424524767555086, 0.026910942310343668, 0.021147425268811283, 0.016618280784915656, 0.013059143263818261, 0.010262266295303506, 0.008064396521899431, 0.0063372445609004, 0.004979996769206797, 0.003913430763635621, 0.0030752912203613754, 0.002416656039481254, 0.0018990807681865454, 0.0014923546028793376, 0.0011727369883598215, 0.0009215718846001798, 0.0007241988160306451, 0.0005690971414212844, 0.00044721359549995795, 0.0003514338509951263, 0.00027616725624629693, 0.00021702050956857172, 0.00017054122278492985, 0.00013401640576182197, 0.00010531410951572235, 0.00008275898461865135, 0.00006503449126242363, 0.000051106052995351266, 0.000040160668624661695, 0.00003155945743895733, 0.000024800367821310132, 0.000019488872559419877, 0.000015314940341769677, 0.000012034939268900739, 0.000009457416090031758, 0.000007431921100849994, 0.00000584022641316122, 0.000004589425007900714, 0.0000036065077640959997, 0.00000283410192564282, 0.000002227122260735146, 0.000001750139442545632, 0.0000013753120438672643, 0.0000010807614365030998, 8.492947384855272e-7, 6.674012677145805e-7, 5.244639251401881e-7, 4.121394760237187e-7, 3.2387155637387736e-7, 2.545079788037606e-7]);
const PAIR_COMPONENT = new Int32Array([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 0, 0, 0]);

export interface Sizes {
    /** number of tokens (rows of q and k) */
    tokens: number;
}

export interface Inputs {
    /** query, [tokens, 32, 128] */
    q: Uint16Array;
    /** key, [tokens, 8, 128] */
    k: Uint16Array;
    sizes: Sizes;
    /** positions, shape [3, tokens] */
    positions: Int32Array;
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
    tokens = whole('tokens', s.tokens);
    batch = 1; seq = tokens;
    const qHeads = 32;
    const kHeads = 8;
    let offset = 0;
    if (!(inputs.positions instanceof Int32Array)) throw new RangeError(`positions: missing or wrong type; expected Int32Array of shape [3, tokens]`);
    if (inputs.positions.length !== 3 * tokens) throw new RangeError(`positions: expected shape [3, ${tokens}] (${3 * tokens} values), got length ${inputs.positions.length}`);
    if (!(inputs.q instanceof Uint16Array)) throw new RangeError(`q: expected a Uint16Array of shape [tokens, 32, 128]`);
    if (inputs.q.length !== tokens * qHeads * 128) throw new RangeError(`q: expected shape [tokens, 32, 128] with tokens = ${tokens} (${tokens * qHeads * 128} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Uint16Array)) throw new RangeError(`k: expected a Uint16Array of shape [tokens, 8, 128]`);
    if (inputs.k.length !== tokens * kHeads * 128) throw new RangeError(`k: expected shape [tokens, 8, 128] with tokens = ${tokens} (${tokens * kHeads * 128} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const { batch, seq, tokens } = shape;
    const omega = OMEGA;
    const positions = inputs.positions!;
    const pos = new Float64Array(3);
    const cosT = new Float64Array(64);
    const sinT = new Float64Array(64);
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        pos[0] = positions[flat];
        pos[1] = positions[1 * tokens + flat];
        pos[2] = positions[2 * tokens + flat];
        for (let j = 0; j < 64; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle) * 1.0;
          sinT[j] = Math.sin(angle) * 1.0;
        }

        for (let h = 0; h < shape.qHeads; h++) {
          const base = (flat * shape.qHeads + h) * 128;
          for (let i = 0; i < 64; i++) {
            const ia = base + 0 + i, ib = base + 64 + i;
            const a = bf16ToNumber(srcq[ia]), c = bf16ToNumber(srcq[ib]);
            const cs = cosT[i], sn = sinT[i];
            dstq[ia] = numberToBf16(a * cs - c * sn);
            dstq[ib] = numberToBf16(c * cs + a * sn);
          }

        }

        for (let h = 0; h < shape.kHeads; h++) {
          const base = (flat * shape.kHeads + h) * 128;
          for (let i = 0; i < 64; i++) {
            const ia = base + 0 + i, ib = base + 64 + i;
            const a = bf16ToNumber(srck[ia]), c = bf16ToNumber(srck[ib]);
            const cs = cosT[i], sn = sinT[i];
            dstk[ia] = numberToBf16(a * cs - c * sn);
            dstk[ib] = numberToBf16(c * cs + a * sn);
          }

        }

      }

    }
}

/** Rotates q and k of rope qwen3_vl_8b in place. Throws RangeError naming the argument on bad input. */
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
