// Storage dtypes for tests: an independent decoder of f16/bf16 bits (the definition the backends
// must meet), encoders for making inputs, and the comparison tolerance per dtype.
export type Dtype = 'f32' | 'f16' | 'bf16';

export function decodeF16(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 31;
  const f = h & 1023;
  if (e === 0) return sign * f * 2 ** -24;
  if (e === 31) return f ? NaN : sign * Infinity;
  return sign * (1024 + f) * 2 ** (e - 25);
}

export function decodeBf16(b: number): number {
  const f = new Float32Array(new Uint32Array([b << 16]).buffer);
  return f[0];
}

/** Truncating encoders: inputs only need *some* representable value, which decode then defines. */
export function encodeBf16Trunc(x: number): number {
  return new Uint32Array(new Float32Array([x]).buffer)[0] >>> 16;
}

export function encodeF16Trunc(x: number): number {
  const sign = x < 0 ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a < 2 ** -14) return sign | Math.floor(a / 2 ** -24);
  const e = Math.floor(Math.log2(a));
  return sign | ((e + 15) << 10) | Math.floor((a / 2 ** e - 1) * 1024);
}

/** Values as stored: a typed array of the dtype, and the exact numbers it holds. */
export function toStorage(values: ArrayLike<number>, dtype: Dtype): { stored: Float32Array | Uint16Array; exact: Float64Array } {
  if (dtype === 'f32') {
    const stored = Float32Array.from(values);
    return { stored, exact: Float64Array.from(stored) };
  }
  const enc = dtype === 'f16' ? encodeF16Trunc : encodeBf16Trunc;
  const dec = dtype === 'f16' ? decodeF16 : decodeBf16;
  const stored = Uint16Array.from(values, enc);
  return { stored, exact: Float64Array.from(stored, dec) };
}

export function fromStorage(stored: Float32Array | Uint16Array, dtype: Dtype): Float64Array {
  if (dtype === 'f32') return Float64Array.from(stored);
  const dec = dtype === 'f16' ? decodeF16 : decodeBf16;
  return Float64Array.from(stored, dec);
}

/** Unit roundoff (half an ulp at 1.0) of the storage dtype. */
export function unitRoundoff(dtype: Dtype): number {
  return dtype === 'f32' ? 2 ** -24 : dtype === 'f16' ? 2 ** -11 : 2 ** -8;
}

/**
 * Largest |out − ref| allowed for one element: the output's own rounding to storage (half an ulp
 * of ref, which covers ties) plus `computeError` × scale for the arithmetic before rounding
 * (scale = the largest |x| in the head times the attention factor). f16 subnormals are allowed
 * their absolute half-ulp 2^-25.
 */
export function allowedError(dtype: Dtype, ref: number, scale: number, computeError: number): number {
  const u = unitRoundoff(dtype);
  const storage = Math.max(Math.abs(ref) * u, dtype === 'f16' ? 2 ** -25 : 0);
  return storage * 1.0000001 + computeError * scale;
}

export interface Mismatch {
  index: number;
  got: number;
  want: number;
  allowed: number;
}

/** First element outside the allowed error, or undefined; NaN must match NaN. */
export function firstMismatch(got: ArrayLike<number>, want: ArrayLike<number>, allowed: (ref: number) => number): Mismatch | undefined {
  if (got.length !== want.length) return { index: -1, got: got.length, want: want.length, allowed: 0 };
  for (let i = 0; i < want.length; i++) {
    const g = got[i];
    const w = want[i];
    if (Number.isNaN(w) || Number.isNaN(g)) {
      if (Number.isNaN(w) !== Number.isNaN(g)) return { index: i, got: g, want: w, allowed: 0 };
      continue;
    }
    const a = allowed(w);
    if (!(Math.abs(g - w) <= a)) return { index: i, got: g, want: w, allowed: a };
  }
  return undefined;
}

/**
 * The scale a head's error is measured against: its largest |x| times the attention factor. After
 * a norm (`norm rms(…)`) the rotated values are x·r·w, not x: √2 times the head's largest |output|
 * (a rotation moves at most that much into one lane of a pair).
 */
export function headScale(norm: boolean, attentionFactor: number, input: ArrayLike<number>, want: ArrayLike<number>, base: number, D: number): number {
  let scale = 0;
  for (let l = 0; l < D; l++) scale = Math.max(scale, Math.abs(norm ? want[base + l] : input[base + l]));
  return norm ? scale * Math.SQRT2 : scale * attentionFactor;
}

/**
 * What a norm adds to the f32 error allowed, relative to headScale: the sum of D squares errs by at
 * most D·2^-24 relative (γ_D), so r = 1/sqrt(mean + eps) by half that, plus an ulp each for the
 * mean, eps, sqrt, division and the products with w and r. TypeScript (float64) adds nothing.
 */
export function normAllowance(norm: boolean, D: number): number {
  return norm ? (D / 2 + 6) * 2 ** -24 : 0;
}

/**
 * The error allowed in element i of a KV cache a call wrote, against the interpreter's `ref`: the
 * storage rounding plus `allowance` (and a norm's over k's head of D lanes), relative to the cache's
 * largest |value| · √2 (the rotated k it holds is a head's output, as headScale takes after a norm).
 */
export function cacheAllowed(dtype: Dtype, ref: ArrayLike<number>, allowance: number, norm: boolean, D: number): (i: number) => number {
  let scale = 1;
  for (let i = 0; i < ref.length; i++) scale = Math.max(scale, Math.abs(ref[i]));
  return (i) => allowedError(dtype, ref[i], Math.SQRT2 * scale, allowance + normAllowance(norm, D));
}

/** The first element of a KV cache (`name`) outside cacheAllowed, described; undefined when none is. */
export function cacheMismatch(name: string, dtype: Dtype, got: ArrayLike<number>, ref: ArrayLike<number>, allowance: number, norm: boolean, D: number): string | undefined {
  const allowed = cacheAllowed(dtype, ref, allowance, norm, D);
  for (let i = 0; i < ref.length; i++) {
    if (!(Math.abs(got[i] - ref[i]) <= allowed(i))) return `${name}[${i}] = ${got[i]}, interpreter ${ref[i]}, |diff| ${Math.abs(got[i] - ref[i]).toExponential(3)} > allowed ${allowed(i).toExponential(3)}`;
  }
  return undefined;
}

/** The value of an fp8 e4m3 byte (OCP E4M3FN: bias 7, 3 fraction bits, 0x7f/0xff NaN), decoded independently of src/. */
export function decodeE4m3(code: number): number {
  const sign = code & 0x80 ? -1 : 1;
  const e = (code >> 3) & 15;
  const f = code & 7;
  if (e === 15 && f === 7) return NaN;
  return e === 0 ? sign * f * 2 ** -9 : sign * (8 + f) * 2 ** (e - 10);
}

/** The e4m3 value nearest x, ties to the even code; past the largest (448) the largest; NaN stays NaN. By search, not arithmetic. */
export function nearestE4m3(x: number): number {
  if (Number.isNaN(x)) return NaN;
  let best = 0;
  let bestCode = 0;
  for (let c = 0; c < 256; c++) {
    const y = decodeE4m3(c);
    if (Number.isNaN(y)) continue;
    const d = Math.abs(y - x);
    const db = Math.abs(decodeE4m3(bestCode) - x);
    if (d < db || (d === db && (c & 1) === 0 && (bestCode & 1) === 1)) {
      best = y;
      bestCode = c;
    }
  }
  return best;
}

/** The distance between neighbouring e4m3 values at magnitude a (2^-9 below 2^-6). */
export function e4m3Step(a: number): number {
  return a < 2 ** -6 ? 2 ** -9 : 2 ** (Math.floor(Math.log2(a)) - 3);
}

/** Whether an e4m3 byte is more than one e4m3 step from the interpreter's value (NaN only against NaN). */
export function e4m3Apart(code: number, want: number): boolean {
  const g = decodeE4m3(code);
  if (Number.isNaN(g) || Number.isNaN(want)) return Number.isNaN(g) !== Number.isNaN(want);
  return !(Math.abs(g - want) <= e4m3Step(Math.max(Math.abs(g), Math.abs(want))));
}

/**
 * The first element of an fp8 cache (`name`, e4m3 bytes) more than one e4m3 step from the
 * interpreter's value `ref` (an e4m3 value itself): a kernel rounds its f32 (or, on the CPU, its
 * already rounded k) to e4m3 where the interpreter rounds float64, so a value near a midpoint may
 * land on the neighbouring step; nothing else may differ. undefined when none does.
 */
export function fp8CacheMismatch(name: string, got: Uint8Array, ref: ArrayLike<number>): string | undefined {
  if (got.length !== ref.length) return `${name}: ${got.length} bytes, interpreter ${ref.length} values`;
  for (let i = 0; i < ref.length; i++) {
    if (e4m3Apart(got[i], ref[i])) return `${name}[${i}] = ${decodeE4m3(got[i])} (byte 0x${got[i].toString(16)}), interpreter ${ref[i]}: more than one e4m3 step apart`;
  }
  return undefined;
}

/** A KV cache's mismatch, whatever it holds: fp8 bytes (fp8CacheMismatch) or q and k's storage (cacheMismatch). */
export function anyCacheMismatch(name: string, dtype: Dtype, stored: Float32Array | Uint16Array | Uint8Array, ref: ArrayLike<number>, allowance: number, norm: boolean, D: number): string | undefined {
  if (stored instanceof Uint8Array) return fp8CacheMismatch(name, stored, ref);
  return cacheMismatch(name, dtype, fromStorage(stored, dtype), ref, allowance, norm, D);
}

/** e4m3 bytes of values that e4m3 holds exactly (inputs made of decodeE4m3 values); throws on any other value. */
export function e4m3Bytes(values: ArrayLike<number>): Uint8Array {
  const byValue = new Map<number, number>();
  for (let c = 0; c < 256; c++) if (!Number.isNaN(decodeE4m3(c)) && !byValue.has(decodeE4m3(c))) byValue.set(decodeE4m3(c), c);
  return Uint8Array.from(values, (x) => {
    const c = byValue.get(x);
    if (c === undefined) throw new Error(`e4m3Bytes: ${x} is not an e4m3 value`);
    return c;
  });
}
