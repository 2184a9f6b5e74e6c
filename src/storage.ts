// Storage dtypes on the host (CLI and host-side tools): decode f16/bf16 bit patterns to numbers
// and encode numbers with one rounding to nearest, ties to even. Generated TS modules carry their
// own copy (templates/ts/storage.hbs) because they must stand alone; test/support/dtype.ts decodes
// independently to check both.
import type { Dtype } from './compiler/spec.js';

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const F64 = new Float64Array(1);
const F64_WORDS = new Uint32Array(F64.buffer);
/** Index of the float64's high word (sign, exponent, top 20 fraction bits) in F64_WORDS. */
const F64_HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

export function f16ToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

export function bf16ToNumber(b: number): number {
  U32[0] = b << 16;
  return F32[0];
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/** Encodes x in a binary float format with `expBits` exponent and `fracBits` fraction bits. */
export function encodeSmallFloat(x: number, expBits: number, fracBits: number): number {
  const bias = (1 << (expBits - 1)) - 1;
  const expMax = (1 << expBits) - 1;
  const signBit = 1 << (expBits + fracBits);
  if (Number.isNaN(x)) return (expMax << fracBits) | (1 << (fracBits - 1));
  const sign = x < 0 || Object.is(x, -0) ? signBit : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | (expMax << fracBits);
  if (a < 2 ** (1 - bias)) return sign | roundHalfEven(a / 2 ** (1 - bias - fracBits));
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e - 1) * (1 << fracBits));
  if (m === 1 << fracBits) {
    m = 0;
    e++;
  }
  if (e + bias >= expMax) return sign | (expMax << fracBits);
  return sign | ((e + bias) << fracBits) | m;
}

export function decodeStorage(stored: Float32Array | Uint16Array | ArrayLike<number>, dtype: Dtype): Float64Array {
  if (dtype === 'f32') return Float64Array.from(stored as ArrayLike<number>);
  return Float64Array.from(stored as ArrayLike<number>, dtype === 'f16' ? f16ToNumber : bf16ToNumber);
}

/**
 * Values as `dtype` stores them: a Float32Array (f32) or Uint16Array bits (f16, bf16) as given,
 * numbers encoded.
 */
export function asStored(values: ArrayLike<number>, dtype: Dtype): Float32Array | Uint16Array {
  if (dtype === 'f32' ? values instanceof Float32Array : values instanceof Uint16Array) return values as Float32Array | Uint16Array;
  return encodeStorage(values, dtype);
}

export function encodeStorage(values: ArrayLike<number>, dtype: Dtype): Float32Array | Uint16Array {
  if (dtype === 'f32') return Float32Array.from(values);
  const [e, f] = dtype === 'f16' ? [5, 10] : [8, 7];
  return Uint16Array.from(values, (x) => encodeSmallFloat(x, e, f));
}

/**
 * fp8 e4m3 (OCP "E4M3FN", PyTorch's float8_e4m3fn) of x as CUDA's __nv_fp8_e4m3(double) makes it:
 * rounded to nearest, ties to even, saturating to ±448 (infinities too), NaN → 0x7f, |x| ≤ 2^-10
 * → a signed zero. A float32 x gives what __nv_fp8_e4m3(float) gives (test/fp8-codec.test.ts checks
 * this against nvcc's conversion bit for bit). From the float64's bits, as the generated modules'
 * copy (templates/ts/e4m3.hbs) does.
 */
export function numberToE4m3(x: number): number {
  if (Number.isNaN(x)) return 0x7f;
  const sign = x < 0 || Object.is(x, -0) ? 0x80 : 0;
  const a = Math.abs(x);
  if (a <= 2 ** -10) return sign;
  if (a > 464) return sign | 0x7e;
  // Subnormals (below 2^-6) are steps of 2^-9 (a · 512 is exact); 8 of them is the smallest normal, code 0x08.
  if (a < 2 ** -6) return sign | roundHalfEven(a * 512);
  F64[0] = a;
  const hi = F64_WORDS[F64_HI];
  const lo = F64_WORDS[1 - F64_HI];
  // Exponent field: float64's − 1023 + 7; 3 fraction bits kept, the other 49 (17 of hi, all of lo) rounded off.
  const code = ((((hi >>> 20) & 0x7ff) - 1016) << 3) | ((hi >>> 17) & 7);
  const rest = hi & 0x1ffff;
  // Rounding up the fraction carries into the exponent field: the next code is the next value.
  return sign | (rest > 0x10000 || (rest === 0x10000 && (lo !== 0 || (code & 1) === 1)) ? code + 1 : code);
}

/** The value of an fp8 e4m3 code (0x7f and 0xff are NaN; there is no infinity). */
export function e4m3ToNumber(code: number): number {
  const sign = code & 0x80 ? -1 : 1;
  const exp = (code >> 3) & 15;
  const frac = code & 7;
  if (exp === 15 && frac === 7) return NaN;
  return exp === 0 ? sign * frac * 2 ** -9 : sign * (1 + frac / 8) * 2 ** (exp - 7);
}
