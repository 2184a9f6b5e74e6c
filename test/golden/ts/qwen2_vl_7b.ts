// Generated from spec/qwen2_vl_7b.rope (rope qwen2_vl_7b) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: a0b2bef363ccdda2
/* eslint-disable */
export const SPEC = {"name":"qwen2_vl_7b","headDim":128,"rotaryDim":128,"pairs":64,"axes":["t","h","w"],"qHeads":28,"kHeads":4,"layout":"thd","dtype":"bf16","positions":"mrope","attentionFactor":1,"specHash":"a0b2bef363ccdda2"} as const;
const OMEGA = new Float64Array([1.0, 0.8058421877614819, 0.6493816315762113, 0.5232991146814947, 0.4216965034285822, 0.3398208328942559, 0.27384196342643613, 0.220673406908459, 0.17782794100389226, 0.14330125702369628, 0.11547819846894582, 0.0930572040929699, 0.07498942093324558, 0.060429639023813285, 0.04869675251658631, 0.03924189758484536, 0.03162277660168379, 0.025482967479793464, 0.02053525026457146, 0.016548170999431816, 0.01333521432163324, 0.010746078283213174, 0.008659643233600654, 0.006978305848598663, 0.005623413251903491, 0.004531583637600818, 0.003651741272548377, 0.002942727176209282, 0.0023713737056616554, 0.0019109529749704406, 0.001539926526059492, 0.0012409377607517195, 0.001, 0.0008058421877614818, 0.0006493816315762113, 0.0005232991146814947, 0.00042169650342858224, 0.00033982083289425596, 0.0002738419634264361, 0.00022067340690845897, 0.0001778279410038923, 0.00014330125702369627, 0.00011547819846894582, 0.0000930572040929699, 0.00007498942093324559, 0.00006042963902381328, 0.00004869675251658631, 0.00003924189758484536, 0.000031622776601683795, 0.000025482967479793464, 0.000020535250264571462, 0.000016548170999431813, 0.00001333521432163324, 0.000010746078283213176, 0.000008659643233600654, 0.000006978305848598663, 0.00000562341325190349, 0.000004531583637600818, 0.000003651741272548377, 0.0000029427271762092816, 0.0000023713737056616552, 0.0000019109529749704404, 0.000001539926526059492, 0.0000012409377607517195]);
const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);

export interface Sizes {
    /** number of tokens (rows of q and k) */
    tokens: number;
}

export interface Inputs {
    /** query, [tokens, 28, 128] */
    q: Uint16Array;
    /** key, [tokens, 4, 128] */
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
    const qHeads = 28;
    const kHeads = 4;
    let offset = 0;
    if (!(inputs.positions instanceof Int32Array)) throw new RangeError(`positions: missing or wrong type; expected Int32Array of shape [3, tokens]`);
    if (inputs.positions.length !== 3 * tokens) throw new RangeError(`positions: expected shape [3, ${tokens}] (${3 * tokens} values), got length ${inputs.positions.length}`);
    if (!(inputs.q instanceof Uint16Array)) throw new RangeError(`q: expected a Uint16Array of shape [tokens, 28, 128]`);
    if (inputs.q.length !== tokens * qHeads * 128) throw new RangeError(`q: expected shape [tokens, 28, 128] with tokens = ${tokens} (${tokens * qHeads * 128} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Uint16Array)) throw new RangeError(`k: expected a Uint16Array of shape [tokens, 4, 128]`);
    if (inputs.k.length !== tokens * kHeads * 128) throw new RangeError(`k: expected shape [tokens, 4, 128] with tokens = ${tokens} (${tokens * kHeads * 128} values), got length ${inputs.k.length}`);
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

/** Rotates q and k of rope qwen2_vl_7b in place. Throws RangeError naming the argument on bad input. */
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
