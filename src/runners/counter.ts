// A counter-based generator of test values, written identically here and in C++ (COUNTER_CPP), so a
// harness can make its own q and k from (seed, index) and only the expected outputs need to travel
// to the machine that runs it. Element i of stream `seed` is splitmix64's finalizer of
// seed · φ64 + (i + 1) · C (mod 2^64); its top `bits` bits become a value in [−1, 1) with
// `bits` significant bits: exactly representable in the storage dtype (f32 24, f16 11, bf16 8), so
// no rounding mode can make the two sides differ.
import type { Dtype } from '../compiler/spec.js';

const M64 = (1n << 64n) - 1n;
const GOLDEN = 0x9e3779b97f4a7c15n;
const STEP = 0xd1b54a32d192ed03n;
const MIX1 = 0xbf58476d1ce4e5b9n;
const MIX2 = 0x94d049bb133111ebn;

/** Significant bits of a generated value per storage dtype. */
export const COUNTER_BITS: Record<Dtype, number> = { f32: 24, f16: 11, bf16: 8 };

/** The 64-bit hash of element `i` of stream `seed`. */
export function counterHash(seed: number, i: number): bigint {
  let z = (BigInt(seed) * GOLDEN + BigInt(i + 1) * STEP) & M64;
  z = ((z ^ (z >> 30n)) * MIX1) & M64;
  z = ((z ^ (z >> 27n)) * MIX2) & M64;
  return z ^ (z >> 31n);
}

/** `n` values of stream `seed` with `bits` significant bits, in [−1, 1). */
export function counterValues(seed: number, n: number, bits: number): Float32Array {
  const out = new Float32Array(n);
  const half = 2 ** (bits - 1);
  for (let i = 0; i < n; i++) out[i] = (Number(counterHash(seed, i) >> BigInt(64 - bits)) - half) / half;
  return out;
}

/** The same generator in C++ (host and device): ropec_counter_value(seed, i, bits). */
export const COUNTER_CPP = `/** Element i of counter stream seed, with bits significant bits, in [-1, 1) (src/runners/counter.ts). */
__host__ __device__ inline float ropec_counter_value(uint64_t seed, uint64_t i, int bits) {
  uint64_t z = seed * 0x9e3779b97f4a7c15ull + (i + 1) * 0xd1b54a32d192ed03ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  z ^= z >> 31;
  const double half = static_cast<double>(1ull << (bits - 1));
  return static_cast<float>((static_cast<double>(z >> (64 - bits)) - half) / half);
}`;
