// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: d82fdb4842def8d8
/* eslint-disable */
export const SPEC = {"name":"phi3_mini_128k","headDim":96,"rotaryDim":96,"pairs":48,"axes":["pos"],"qHeads":32,"kHeads":32,"layout":"thd","dtype":"bf16","positions":"index","attentionFactor":1.1902380714238083,"specHash":"d82fdb4842def8d8"} as const;
const OMEGA_SHORT = new Float64Array([0.9090909090909091, 0.7503674411527441, 0.6193564264163283, 0.43257025014642225, 0.343821395082428, 0.28379161848572493, 0.22587697572631277, 0.16839723972145393, 0.10772173450159415, 0.08891397050194609, 0.07338996338110344, 0.060576382931429404, 0.04999999999999998, 0.04127020926340091, 0.034064603452898044, 0.028117066259517442, 0.023207944168063883, 0.019155934247786426, 0.01581138830084189, 0.013050786078412683, 0.010772173450159413, 0.00889139705019461, 0.0073389963381103466, 0.006057638293142938, 0.0049999999999999975, 0.004026361879356184, 0.003323375946624201, 0.0027431284155626776, 0.002264189674933061, 0.0018688716339303841, 0.0015425744683748186, 0.001242932007467874, 0.0010259212809675638, 0.0008271067023436849, 0.000652355230054253, 0.0005384567371682616, 0.00044444444444444447, 0.0003668463045635636, 0.0003027964751368718, 0.00023430888549597884, 0.00018945260545358278, 0.0001532474739822916, 0.00011712139482105118, 0.00009667248946972361, 0.00007834307963752313, 0.00006350997892996158, 0.00005061376784903691, 0.00003972221831569147]);
const OMEGA_LONG = new Float64Array([0.9345793934386541, 0.7369680194231081, 0.5924278984196025, 0.3960150297080777, 0.2956426134379309, 0.2128437195027268, 0.1484637485554114, 0.12254259941821527, 0.07157590355009615, 0.030089328468265574, 0.02111941305322222, 0.013357525600939698, 0.010070493144685739, 0.00770685511043965, 0.006121222480258562, 0.0038490166899719314, 0.0030120630543971003, 0.0019339661548925908, 0.0008482504730994044, 0.0006818592734893711, 0.0005581437241445225, 0.0004432401017695396, 0.0003177054377030438, 0.00023783421865666255, 0.00018635852789104212, 0.00015024452284257428, 0.00011974048150871716, 0.00009816145338715407, 0.00007737608247778205, 0.00006294318041029944, 0.000051936498693567024, 0.000042292085463453555, 0.00003424227541107572, 0.000028245759664561977, 0.000023145058546552598, 0.00001898428591047414, 0.000015664799675402863, 0.000012917649791797955, 0.000010655611598078389, 0.000008777339834600755, 0.000007239547588904725, 0.000005974620810737978, 0.000004929171048150522, 0.00000406602320459845, 0.0000033535004207741453, 0.0000027538476850788667, 0.0000022689738943070005, 0.00000187079619929597]);

export interface Sizes {
    /** number of tokens (rows of q and k) */
    tokens: number;
    /** added to every position (decode step, KV-cache length); default 0 */
    offset?: number;
    /** sequence length the scaling is evaluated at */
    seq_len: number;
}

export interface Inputs {
    /** query, [tokens, 32, 96] */
    q: Uint16Array;
    /** key, [tokens, 32, 96] */
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
    tokens = whole('tokens', s.tokens);
    batch = 1; seq = tokens;
    const qHeads = 32;
    const kHeads = 32;
    let offset = 0;
    if (s.offset !== undefined) { if (!Number.isInteger(s.offset)) throw new RangeError(`sizes.offset: expected a whole number, got ${String(s.offset)}`); offset = s.offset; }

    whole('seq_len', s.seq_len);
    if (!(inputs.q instanceof Uint16Array)) throw new RangeError(`q: expected a Uint16Array of shape [tokens, 32, 96]`);
    if (inputs.q.length !== tokens * qHeads * 96) throw new RangeError(`q: expected shape [tokens, 32, 96] with tokens = ${tokens} (${tokens * qHeads * 96} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Uint16Array)) throw new RangeError(`k: expected a Uint16Array of shape [tokens, 32, 96]`);
    if (inputs.k.length !== tokens * kHeads * 96) throw new RangeError(`k: expected shape [tokens, 32, 96] with tokens = ${tokens} (${tokens * kHeads * 96} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const { batch, seq, tokens } = shape;
    const omega = inputs.sizes.seq_len! > 4096 ? OMEGA_LONG : OMEGA_SHORT;
    const pos = new Float64Array(1);
    const cosT = new Float64Array(48);
    const sinT = new Float64Array(48);
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        pos[0] = s + shape.offset;
        for (let j = 0; j < 48; j++) {
          const angle = pos[0] * omega[j];
          cosT[j] = Math.cos(angle) * 1.1902380714238083;
          sinT[j] = Math.sin(angle) * 1.1902380714238083;
        }

        for (let h = 0; h < shape.qHeads; h++) {
          const base = (flat * shape.qHeads + h) * 96;
          for (let i = 0; i < 48; i++) {
            const ia = base + 0 + i, ib = base + 48 + i;
            const a = bf16ToNumber(srcq[ia]), c = bf16ToNumber(srcq[ib]);
            const cs = cosT[i], sn = sinT[i];
            dstq[ia] = numberToBf16(a * cs - c * sn);
            dstq[ib] = numberToBf16(c * cs + a * sn);
          }

        }

        for (let h = 0; h < shape.kHeads; h++) {
          const base = (flat * shape.kHeads + h) * 96;
          for (let i = 0; i < 48; i++) {
            const ia = base + 0 + i, ib = base + 48 + i;
            const a = bf16ToNumber(srck[ia]), c = bf16ToNumber(srck[ib]);
            const cs = cosT[i], sn = sinT[i];
            dstk[ia] = numberToBf16(a * cs - c * sn);
            dstk[ib] = numberToBf16(c * cs + a * sn);
          }

        }

      }

    }
}

/** Rotates q and k of rope phi3_mini_128k in place. Throws RangeError naming the argument on bad input. */
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
