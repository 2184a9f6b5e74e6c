// Generated from spec/gpt_neox_20b.rope (rope gpt_neox_20b_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: d8a3f74ecd5061d0
// half inverse rotation of 24 of 96 lanes (from lane 0), f16 [batch, heads, seq, dim], out of place, positions index, sin/cos computed (exact).
// One thread = one work item: a chunk of the pairs of one token, for one head (decode-sized calls)
// or a group of heads (prefill: the group's loads are all issued before its first store). Its
// positions and the cos/sin of its pairs are computed once for its heads. Element offsets are
// 64-bit throughout. See docs/cuda.md.
// ---- ropec CUDA prelude: the helpers the printed kernels call, shared by every spec. Guarded so
// several generated kernels can share one translation unit. Every helper works on the device and,
// for the CPU emulation the tests run, on the host.
#ifndef ROPEC_CUDA_PRELUDE_V3
#define ROPEC_CUDA_PRELUDE_V3
#include <cuda_runtime.h>
#include <cuda_fp16.h>
#include <cuda_bf16.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

// Unrolling hint for device code only (the host compiler would warn about an unknown pragma).
#ifdef __CUDA_ARCH__
#define ROPEC_UNROLL _Pragma("unroll")
#define ROPEC_CONST(name) name##_dev
#else
#define ROPEC_UNROLL
#define ROPEC_CONST(name) name##_host
#endif

template <typename T, typename U> __host__ __device__ inline auto ropec_min(T a, U b) -> decltype(a + b) { return a < b ? a : b; }
template <typename T, typename U> __host__ __device__ inline auto ropec_max(T a, U b) -> decltype(a + b) { return a < b ? b : a; }

__host__ __device__ inline float ropec_as_float(uint32_t bits) {
#ifdef __CUDA_ARCH__
  return __uint_as_float(bits);
#else
  float f;
  memcpy(&f, &bits, 4);
  return f;
#endif
}
__host__ __device__ inline uint32_t ropec_as_uint(float f) {
#ifdef __CUDA_ARCH__
  return __float_as_uint(f);
#else
  uint32_t bits;
  memcpy(&bits, &f, 4);
  return bits;
#endif
}

// Storage ↔ f32: the native conversions, rounding to nearest even.
__host__ __device__ inline float ropec_to_float(float x) { return x; }
__host__ __device__ inline float ropec_to_float(__half x) { return __half2float(x); }
__host__ __device__ inline float ropec_to_float(__nv_bfloat16 x) { return __bfloat162float(x); }
__host__ __device__ inline __half ropec_to_f16(float v) { return __float2half_rn(v); }
__host__ __device__ inline __nv_bfloat16 ropec_to_bf16(float v) { return __float2bfloat16_rn(v); }
__host__ __device__ inline float ropec_f16_from_bits(uint32_t bits) { return __half2float(__ushort_as_half(static_cast<unsigned short>(bits))); }
__host__ __device__ inline float ropec_bf16_from_bits(uint32_t bits) { return ropec_as_float(bits << 16); }
__host__ __device__ inline uint32_t ropec_f16_bits(float v) { return __half_as_ushort(__float2half_rn(v)); }
__host__ __device__ inline uint32_t ropec_bf16_bits(float v) { return __bfloat16_as_ushort(__float2bfloat16_rn(v)); }

// 16 bytes at once: one vector instruction on the device, memcpy on the host.
template <typename V>
__host__ __device__ inline V ropec_load16(const void* p) {
#ifdef __CUDA_ARCH__
  return *static_cast<const V*>(p);
#else
  V v;
  memcpy(&v, p, 16);
  return v;
#endif
}
template <typename V>
__host__ __device__ inline void ropec_store16(void* p, const V& v) {
#ifdef __CUDA_ARCH__
  *static_cast<V*>(p) = v;
#else
  memcpy(p, &v, 16);
#endif
}
#define ropec_load_vec4f(p) ropec_load16<float4>(p)
#define ropec_load_vec4u(p) ropec_load16<uint4>(p)
#define ropec_store_vec4f(p, v) ropec_store16<float4>(p, v)
#define ropec_store_vec4u(p, v) ropec_store16<uint4>(p, v)

/** cos and sin of an f32 in about [−π, π]: sincosf (accurate to about an ulp). */
__host__ __device__ inline float2 ropec_sincos(float x) {
  float s, c;
  sincosf(x, &s, &c);
  return make_float2(c, s);
}

/** The fast path: __sincosf on the device (about 2^-21.4 on [−π, π]), sincosf on the host. */
__host__ __device__ inline float2 ropec_sincos_fast(float x) {
  float s, c;
#ifdef __CUDA_ARCH__
  __sincosf(x, &s, &c);
#else
  sincosf(x, &s, &c);
#endif
  return make_float2(c, s);
}

/** 16-byte alignment of a pointer (the vector schedule's precondition). */
inline bool ropec_aligned16(const void* p) { return (reinterpret_cast<uintptr_t>(p) & 15u) == 0; }
/** Alignment to the element size (anything less is rejected). */
inline bool ropec_aligned(const void* p, size_t bytes) { return (reinterpret_cast<uintptr_t>(p) % bytes) == 0; }

/**
 * Whether the arrays of a call are in host memory: only in the CPU emulation, where the checks read
 * them. ROPEC_EMULATE_DEVICE_ARRAYS emulates a launch as a device sees it: the checks do not read
 * the arrays' contents (tests of what the kernel itself does with unchecked arrays).
 */
#if defined(ROPEC_HOST_EMULATION) && !defined(ROPEC_EMULATE_DEVICE_ARRAYS)
constexpr bool ropec_host_memory() { return true; }
#else
constexpr bool ropec_host_memory() { return false; }
#endif
#endif  // ROPEC_CUDA_PRELUDE_V3

#include "gpt_neox_20b_inverse.h"

namespace ropec_gpt_neox_20b_inverse {

typedef __half elem_t;
[[maybe_unused]] constexpr int kHeadDim = 96;
[[maybe_unused]] constexpr int kPairs = 12;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[12] = { 0.15915494309189535, 0.07387318066696187, 0.034288893048722964, 0.015915494309189534, 0.007387318066696188, 0.0034288893048722954, 0.0015915494309189536, 0.0007387318066696184, 0.0003428889304872297, 0.00015915494309189535, 0.00007387318066696185, 0.00003428889304872298 };
[[maybe_unused]] static const double TURNS_host[12] = { 0.15915494309189535, 0.07387318066696187, 0.034288893048722964, 0.015915494309189534, 0.007387318066696188, 0.0034288893048722954, 0.0015915494309189536, 0.0007387318066696184, 0.0003428889304872297, 0.00015915494309189535, 0.00007387318066696185, 0.00003428889304872298 };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  const elem_t* q_in;
  elem_t* k_out;
  const elem_t* k_in;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
};

/** cos and sin of p·ω_j (unscaled) */
__host__ __device__ inline float2 pair_sincos(double p, int64_t j) {
  const double t = p * ROPEC_CONST(TURNS)[j];
  const double r = t - rint(t);
  return ropec_sincos(static_cast<float>(r * 6.283185307179586));
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar), q head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_q1_0(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = ((b * 64 + h0) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.q_in[(o + ki) + i]);
    const float xb = ropec_to_float(a.q_in[(o + (12 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.q_out[(o + ki) + i] = ropec_to_f16(xa * ci - xb * si);
    a.q_out[(o + (12 + ki)) + i] = ropec_to_f16(xb * ci + xa * si);
  }
}

/** copy 16 lane(s) from 24 (scalar), q head h0 (item k: + 0 pairs, + 16 lanes) */
__host__ __device__ inline void item_scalar_out_q1_1(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const int64_t o = ((b * 64 + h0) * a.seq + s) * 96;
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(o + (24 + ki * 16)) + i] = a.q_in[(o + (24 + ki * 16)) + i];
  }
}

/** copy 8 lane(s) from 88 (scalar), q head h0 */
__host__ __device__ inline void item_scalar_out_q1_2(const Args& a, int64_t b, int64_t s, int64_t h0) {
  const int64_t o = ((b * 64 + h0) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(o + 88) + i] = a.q_in[(o + 88) + i];
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar), k head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_k1_0(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = ((b * 64 + h0) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.k_in[(o + ki) + i]);
    const float xb = ropec_to_float(a.k_in[(o + (12 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.k_out[(o + ki) + i] = ropec_to_f16(xa * ci - xb * si);
    a.k_out[(o + (12 + ki)) + i] = ropec_to_f16(xb * ci + xa * si);
  }
}

/** copy 16 lane(s) from 24 (scalar), k head h0 (item k: + 0 pairs, + 16 lanes) */
__host__ __device__ inline void item_scalar_out_k1_1(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const int64_t o = ((b * 64 + h0) * a.seq + s) * 96;
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(o + (24 + ki * 16)) + i] = a.k_in[(o + (24 + ki * 16)) + i];
  }
}

/** copy 8 lane(s) from 88 (scalar), k head h0 */
__host__ __device__ inline void item_scalar_out_k1_2(const Args& a, int64_t b, int64_t s, int64_t h0) {
  const int64_t o = ((b * 64 + h0) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(o + 88) + i] = a.k_in[(o + 88) + i];
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar), q heads h0 … h0 + 7 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_q8_0(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = ((b * 64 + h0) * a.seq + s) * 96;
  const int64_t oh1 = ((b * 64 + (h0 + 1)) * a.seq + s) * 96;
  const int64_t oh2 = ((b * 64 + (h0 + 2)) * a.seq + s) * 96;
  const int64_t oh3 = ((b * 64 + (h0 + 3)) * a.seq + s) * 96;
  const int64_t oh4 = ((b * 64 + (h0 + 4)) * a.seq + s) * 96;
  const int64_t oh5 = ((b * 64 + (h0 + 5)) * a.seq + s) * 96;
  const int64_t oh6 = ((b * 64 + (h0 + 6)) * a.seq + s) * 96;
  const int64_t oh7 = ((b * 64 + (h0 + 7)) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.q_in[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.q_in[(oh0 + (12 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.q_out[(oh0 + ki) + i] = ropec_to_f16(h0_xa * h0_ci - h0_xb * h0_si);
    a.q_out[(oh0 + (12 + ki)) + i] = ropec_to_f16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.q_in[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.q_in[(oh1 + (12 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.q_out[(oh1 + ki) + i] = ropec_to_f16(h1_xa * h1_ci - h1_xb * h1_si);
    a.q_out[(oh1 + (12 + ki)) + i] = ropec_to_f16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.q_in[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.q_in[(oh2 + (12 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.q_out[(oh2 + ki) + i] = ropec_to_f16(h2_xa * h2_ci - h2_xb * h2_si);
    a.q_out[(oh2 + (12 + ki)) + i] = ropec_to_f16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.q_in[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.q_in[(oh3 + (12 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.q_out[(oh3 + ki) + i] = ropec_to_f16(h3_xa * h3_ci - h3_xb * h3_si);
    a.q_out[(oh3 + (12 + ki)) + i] = ropec_to_f16(h3_xb * h3_ci + h3_xa * h3_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h4_xa = ropec_to_float(a.q_in[(oh4 + ki) + i]);
    const float h4_xb = ropec_to_float(a.q_in[(oh4 + (12 + ki)) + i]);
    const float h4_ci = c0[i];
    const float h4_si = s0[i];
    a.q_out[(oh4 + ki) + i] = ropec_to_f16(h4_xa * h4_ci - h4_xb * h4_si);
    a.q_out[(oh4 + (12 + ki)) + i] = ropec_to_f16(h4_xb * h4_ci + h4_xa * h4_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h5_xa = ropec_to_float(a.q_in[(oh5 + ki) + i]);
    const float h5_xb = ropec_to_float(a.q_in[(oh5 + (12 + ki)) + i]);
    const float h5_ci = c0[i];
    const float h5_si = s0[i];
    a.q_out[(oh5 + ki) + i] = ropec_to_f16(h5_xa * h5_ci - h5_xb * h5_si);
    a.q_out[(oh5 + (12 + ki)) + i] = ropec_to_f16(h5_xb * h5_ci + h5_xa * h5_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h6_xa = ropec_to_float(a.q_in[(oh6 + ki) + i]);
    const float h6_xb = ropec_to_float(a.q_in[(oh6 + (12 + ki)) + i]);
    const float h6_ci = c0[i];
    const float h6_si = s0[i];
    a.q_out[(oh6 + ki) + i] = ropec_to_f16(h6_xa * h6_ci - h6_xb * h6_si);
    a.q_out[(oh6 + (12 + ki)) + i] = ropec_to_f16(h6_xb * h6_ci + h6_xa * h6_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h7_xa = ropec_to_float(a.q_in[(oh7 + ki) + i]);
    const float h7_xb = ropec_to_float(a.q_in[(oh7 + (12 + ki)) + i]);
    const float h7_ci = c0[i];
    const float h7_si = s0[i];
    a.q_out[(oh7 + ki) + i] = ropec_to_f16(h7_xa * h7_ci - h7_xb * h7_si);
    a.q_out[(oh7 + (12 + ki)) + i] = ropec_to_f16(h7_xb * h7_ci + h7_xa * h7_si);
  }
}

/** copy 16 lane(s) from 24 (scalar), q heads h0 … h0 + 7 (item k: + 0 pairs, + 16 lanes) */
__host__ __device__ inline void item_scalar_out_q8_1(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const int64_t oh0 = ((b * 64 + h0) * a.seq + s) * 96;
  const int64_t oh1 = ((b * 64 + (h0 + 1)) * a.seq + s) * 96;
  const int64_t oh2 = ((b * 64 + (h0 + 2)) * a.seq + s) * 96;
  const int64_t oh3 = ((b * 64 + (h0 + 3)) * a.seq + s) * 96;
  const int64_t oh4 = ((b * 64 + (h0 + 4)) * a.seq + s) * 96;
  const int64_t oh5 = ((b * 64 + (h0 + 5)) * a.seq + s) * 96;
  const int64_t oh6 = ((b * 64 + (h0 + 6)) * a.seq + s) * 96;
  const int64_t oh7 = ((b * 64 + (h0 + 7)) * a.seq + s) * 96;
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh0 + (24 + ki * 16)) + i] = a.q_in[(oh0 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh1 + (24 + ki * 16)) + i] = a.q_in[(oh1 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh2 + (24 + ki * 16)) + i] = a.q_in[(oh2 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh3 + (24 + ki * 16)) + i] = a.q_in[(oh3 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh4 + (24 + ki * 16)) + i] = a.q_in[(oh4 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh5 + (24 + ki * 16)) + i] = a.q_in[(oh5 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh6 + (24 + ki * 16)) + i] = a.q_in[(oh6 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.q_out[(oh7 + (24 + ki * 16)) + i] = a.q_in[(oh7 + (24 + ki * 16)) + i];
  }
}

/** copy 8 lane(s) from 88 (scalar), q heads h0 … h0 + 7 */
__host__ __device__ inline void item_scalar_out_q8_2(const Args& a, int64_t b, int64_t s, int64_t h0) {
  const int64_t oh0 = ((b * 64 + h0) * a.seq + s) * 96;
  const int64_t oh1 = ((b * 64 + (h0 + 1)) * a.seq + s) * 96;
  const int64_t oh2 = ((b * 64 + (h0 + 2)) * a.seq + s) * 96;
  const int64_t oh3 = ((b * 64 + (h0 + 3)) * a.seq + s) * 96;
  const int64_t oh4 = ((b * 64 + (h0 + 4)) * a.seq + s) * 96;
  const int64_t oh5 = ((b * 64 + (h0 + 5)) * a.seq + s) * 96;
  const int64_t oh6 = ((b * 64 + (h0 + 6)) * a.seq + s) * 96;
  const int64_t oh7 = ((b * 64 + (h0 + 7)) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh0 + 88) + i] = a.q_in[(oh0 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh1 + 88) + i] = a.q_in[(oh1 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh2 + 88) + i] = a.q_in[(oh2 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh3 + 88) + i] = a.q_in[(oh3 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh4 + 88) + i] = a.q_in[(oh4 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh5 + 88) + i] = a.q_in[(oh5 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh6 + 88) + i] = a.q_in[(oh6 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.q_out[(oh7 + 88) + i] = a.q_in[(oh7 + 88) + i];
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar), k heads h0 … h0 + 7 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_k8_0(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = ((b * 64 + h0) * a.seq + s) * 96;
  const int64_t oh1 = ((b * 64 + (h0 + 1)) * a.seq + s) * 96;
  const int64_t oh2 = ((b * 64 + (h0 + 2)) * a.seq + s) * 96;
  const int64_t oh3 = ((b * 64 + (h0 + 3)) * a.seq + s) * 96;
  const int64_t oh4 = ((b * 64 + (h0 + 4)) * a.seq + s) * 96;
  const int64_t oh5 = ((b * 64 + (h0 + 5)) * a.seq + s) * 96;
  const int64_t oh6 = ((b * 64 + (h0 + 6)) * a.seq + s) * 96;
  const int64_t oh7 = ((b * 64 + (h0 + 7)) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.k_in[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.k_in[(oh0 + (12 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.k_out[(oh0 + ki) + i] = ropec_to_f16(h0_xa * h0_ci - h0_xb * h0_si);
    a.k_out[(oh0 + (12 + ki)) + i] = ropec_to_f16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.k_in[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.k_in[(oh1 + (12 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.k_out[(oh1 + ki) + i] = ropec_to_f16(h1_xa * h1_ci - h1_xb * h1_si);
    a.k_out[(oh1 + (12 + ki)) + i] = ropec_to_f16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.k_in[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.k_in[(oh2 + (12 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.k_out[(oh2 + ki) + i] = ropec_to_f16(h2_xa * h2_ci - h2_xb * h2_si);
    a.k_out[(oh2 + (12 + ki)) + i] = ropec_to_f16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.k_in[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.k_in[(oh3 + (12 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.k_out[(oh3 + ki) + i] = ropec_to_f16(h3_xa * h3_ci - h3_xb * h3_si);
    a.k_out[(oh3 + (12 + ki)) + i] = ropec_to_f16(h3_xb * h3_ci + h3_xa * h3_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h4_xa = ropec_to_float(a.k_in[(oh4 + ki) + i]);
    const float h4_xb = ropec_to_float(a.k_in[(oh4 + (12 + ki)) + i]);
    const float h4_ci = c0[i];
    const float h4_si = s0[i];
    a.k_out[(oh4 + ki) + i] = ropec_to_f16(h4_xa * h4_ci - h4_xb * h4_si);
    a.k_out[(oh4 + (12 + ki)) + i] = ropec_to_f16(h4_xb * h4_ci + h4_xa * h4_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h5_xa = ropec_to_float(a.k_in[(oh5 + ki) + i]);
    const float h5_xb = ropec_to_float(a.k_in[(oh5 + (12 + ki)) + i]);
    const float h5_ci = c0[i];
    const float h5_si = s0[i];
    a.k_out[(oh5 + ki) + i] = ropec_to_f16(h5_xa * h5_ci - h5_xb * h5_si);
    a.k_out[(oh5 + (12 + ki)) + i] = ropec_to_f16(h5_xb * h5_ci + h5_xa * h5_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h6_xa = ropec_to_float(a.k_in[(oh6 + ki) + i]);
    const float h6_xb = ropec_to_float(a.k_in[(oh6 + (12 + ki)) + i]);
    const float h6_ci = c0[i];
    const float h6_si = s0[i];
    a.k_out[(oh6 + ki) + i] = ropec_to_f16(h6_xa * h6_ci - h6_xb * h6_si);
    a.k_out[(oh6 + (12 + ki)) + i] = ropec_to_f16(h6_xb * h6_ci + h6_xa * h6_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h7_xa = ropec_to_float(a.k_in[(oh7 + ki) + i]);
    const float h7_xb = ropec_to_float(a.k_in[(oh7 + (12 + ki)) + i]);
    const float h7_ci = c0[i];
    const float h7_si = s0[i];
    a.k_out[(oh7 + ki) + i] = ropec_to_f16(h7_xa * h7_ci - h7_xb * h7_si);
    a.k_out[(oh7 + (12 + ki)) + i] = ropec_to_f16(h7_xb * h7_ci + h7_xa * h7_si);
  }
}

/** copy 16 lane(s) from 24 (scalar), k heads h0 … h0 + 7 (item k: + 0 pairs, + 16 lanes) */
__host__ __device__ inline void item_scalar_out_k8_1(const Args& a, int64_t b, int64_t s, int64_t ki, int64_t h0) {
  const int64_t oh0 = ((b * 64 + h0) * a.seq + s) * 96;
  const int64_t oh1 = ((b * 64 + (h0 + 1)) * a.seq + s) * 96;
  const int64_t oh2 = ((b * 64 + (h0 + 2)) * a.seq + s) * 96;
  const int64_t oh3 = ((b * 64 + (h0 + 3)) * a.seq + s) * 96;
  const int64_t oh4 = ((b * 64 + (h0 + 4)) * a.seq + s) * 96;
  const int64_t oh5 = ((b * 64 + (h0 + 5)) * a.seq + s) * 96;
  const int64_t oh6 = ((b * 64 + (h0 + 6)) * a.seq + s) * 96;
  const int64_t oh7 = ((b * 64 + (h0 + 7)) * a.seq + s) * 96;
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh0 + (24 + ki * 16)) + i] = a.k_in[(oh0 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh1 + (24 + ki * 16)) + i] = a.k_in[(oh1 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh2 + (24 + ki * 16)) + i] = a.k_in[(oh2 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh3 + (24 + ki * 16)) + i] = a.k_in[(oh3 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh4 + (24 + ki * 16)) + i] = a.k_in[(oh4 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh5 + (24 + ki * 16)) + i] = a.k_in[(oh5 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh6 + (24 + ki * 16)) + i] = a.k_in[(oh6 + (24 + ki * 16)) + i];
  }
  for (int64_t i = 0; i < 16; ++i) {
    a.k_out[(oh7 + (24 + ki * 16)) + i] = a.k_in[(oh7 + (24 + ki * 16)) + i];
  }
}

/** copy 8 lane(s) from 88 (scalar), k heads h0 … h0 + 7 */
__host__ __device__ inline void item_scalar_out_k8_2(const Args& a, int64_t b, int64_t s, int64_t h0) {
  const int64_t oh0 = ((b * 64 + h0) * a.seq + s) * 96;
  const int64_t oh1 = ((b * 64 + (h0 + 1)) * a.seq + s) * 96;
  const int64_t oh2 = ((b * 64 + (h0 + 2)) * a.seq + s) * 96;
  const int64_t oh3 = ((b * 64 + (h0 + 3)) * a.seq + s) * 96;
  const int64_t oh4 = ((b * 64 + (h0 + 4)) * a.seq + s) * 96;
  const int64_t oh5 = ((b * 64 + (h0 + 5)) * a.seq + s) * 96;
  const int64_t oh6 = ((b * 64 + (h0 + 6)) * a.seq + s) * 96;
  const int64_t oh7 = ((b * 64 + (h0 + 7)) * a.seq + s) * 96;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh0 + 88) + i] = a.k_in[(oh0 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh1 + 88) + i] = a.k_in[(oh1 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh2 + 88) + i] = a.k_in[(oh2 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh3 + 88) + i] = a.k_in[(oh3 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh4 + 88) + i] = a.k_in[(oh4 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh5 + 88) + i] = a.k_in[(oh5 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh6 + 88) + i] = a.k_in[(oh6 + 88) + i];
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    a.k_out[(oh7 + 88) + i] = a.k_in[(oh7 + 88) + i];
  }
}

/** The scalar schedule: out of place, one head per item, 17 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 128;
  const int64_t chunk = item % 17;
  const int64_t rest = item / 17;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 64) {
    const int64_t h0 = g;
    if (chunk < 12) {
      item_scalar_out_q1_0(a, b, s, chunk, h0);
      return;
    }
    if (chunk < 16) {
      item_scalar_out_q1_1(a, b, s, chunk - 12, h0);
      return;
    }
    item_scalar_out_q1_2(a, b, s, h0);
  } else {
    const int64_t h0 = g - 64;
    if (chunk < 12) {
      item_scalar_out_k1_0(a, b, s, chunk, h0);
      return;
    }
    if (chunk < 16) {
      item_scalar_out_k1_1(a, b, s, chunk - 12, h0);
      return;
    }
    item_scalar_out_k1_2(a, b, s, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 128) * 17) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: out of place, groups of 8 q / 8 k heads per item, 17 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 16;
  const int64_t chunk = item % 17;
  const int64_t rest = item / 17;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 8) {
    const int64_t h0 = g * 8;
    if (chunk < 12) {
      item_scalar_out_q8_0(a, b, s, chunk, h0);
      return;
    }
    if (chunk < 16) {
      item_scalar_out_q8_1(a, b, s, chunk - 12, h0);
      return;
    }
    item_scalar_out_q8_2(a, b, s, h0);
  } else {
    const int64_t h0 = (g - 8) * 8;
    if (chunk < 12) {
      item_scalar_out_k8_0(a, b, s, chunk, h0);
      return;
    }
    if (chunk < 16) {
      item_scalar_out_k8_1(a, b, s, chunk - 12, h0);
      return;
    }
    item_scalar_out_k8_2(a, b, s, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 16) * 17) return;
  work_scalar_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_gpt_neox_20b_inverse_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_gpt_neox_20b_inverse_elem_t* q, const ropec_gpt_neox_20b_inverse_elem_t* k, ropec_gpt_neox_20b_inverse_elem_t* q_out, ropec_gpt_neox_20b_inverse_elem_t* k_out, int64_t batch, int64_t seq, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(batch >= 0)) {
    return ropec_refuse("batch: expected a whole number ≥ 0, got %lld", static_cast<long long>(batch));
  }
  const int64_t n_batch = batch;
  if (!(seq >= 0)) {
    return ropec_refuse("seq: expected a whole number ≥ 0, got %lld", static_cast<long long>(seq));
  }
  const int64_t n_seq = seq;
  if (!(n_seq == 0 || n_batch <= 4611686018427387904LL / n_seq)) {
    return ropec_refuse("batch, seq: batch · seq = %lld · %lld exceeds 2^62", static_cast<long long>(n_batch), static_cast<long long>(n_seq));
  }
  const int64_t n_tokens = n_batch * n_seq;
  const int64_t n_q_heads = 64;
  const int64_t n_k_heads = 64;
  if (!(n_tokens == 0 || (q != NULL && ropec_aligned(q, sizeof(*q))))) {
    return ropec_refuse("q: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(n_tokens == 0 || (k != NULL && ropec_aligned(k, sizeof(*k))))) {
    return ropec_refuse("k: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(n_tokens == 0 || (q_out != NULL && ropec_aligned(q_out, sizeof(*q_out))))) {
    return ropec_refuse("q_out: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(n_tokens == 0 || (k_out != NULL && ropec_aligned(k_out, sizeof(*k_out))))) {
    return ropec_refuse("k_out: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(n_tokens == 0 || n_q_heads <= 48038396025285288LL / n_tokens)) {
    return ropec_refuse("q: tokens · heads · head_dim = %lld · %lld · 96 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_heads));
  }
  if (!(n_tokens == 0 || n_k_heads <= 48038396025285288LL / n_tokens)) {
    return ropec_refuse("k: tokens · heads · head_dim = %lld · %lld · 96 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_heads));
  }
  if (!(n_tokens <= 32338577272LL / ropec_max((n_q_heads + 7) / 8 + (n_k_heads + 7) / 8, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  if (n_tokens > 0) {
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 96));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 96));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 96));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 96));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 96 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k_out; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 96));
    }
  }
  a->q_in = q;
  a->k_in = k;
  a->q_out = q_out;
  a->k_out = k_out;
  a->tokens = n_tokens;
  a->batch = batch;
  a->seq = seq;
  *vector = false;
  return cudaSuccess;
}

/**
 * Work items of a launch and whether it runs the grouped kernels. schedule: -1 chooses by size,
 * 0 one head per item, 1 head groups. The grouped count is below the grid's limit (checked).
 */
static int64_t launch_items(const Args& a, bool vector, int schedule, bool* grouped) {
  const int64_t q_heads = 64;
  const int64_t k_heads = 64;
  const int64_t grouped_items = vector ? a.tokens * (((q_heads + 7) / 8 + (k_heads + 7) / 8) * 17) : a.tokens * (((q_heads + 7) / 8 + (k_heads + 7) / 8) * 17);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 17) : a.tokens * ((q_heads + k_heads) * 17);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_gpt_neox_20b_inverse

extern "C" const char* ropec_gpt_neox_20b_inverse_last_error(void) {
  return ropec_gpt_neox_20b_inverse::last_error;
}

extern "C" cudaError_t ropec_gpt_neox_20b_inverse_check(const ropec_gpt_neox_20b_inverse_elem_t* q, const ropec_gpt_neox_20b_inverse_elem_t* k, ropec_gpt_neox_20b_inverse_elem_t* q_out, ropec_gpt_neox_20b_inverse_elem_t* k_out, int64_t batch, int64_t seq) {
  ropec_gpt_neox_20b_inverse::Args a;
  bool vector = false;
  return ropec_gpt_neox_20b_inverse::prepare(q, k, q_out, k_out, batch, seq, &a, &vector);
}

extern "C" cudaError_t ropec_gpt_neox_20b_inverse_launch(const ropec_gpt_neox_20b_inverse_elem_t* q, const ropec_gpt_neox_20b_inverse_elem_t* k, ropec_gpt_neox_20b_inverse_elem_t* q_out, ropec_gpt_neox_20b_inverse_elem_t* k_out, int64_t batch, int64_t seq, cudaStream_t stream) {
  using namespace ropec_gpt_neox_20b_inverse;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, &a, &vector);
  if (status != cudaSuccess) return status;
  bool grouped = false;
  const int64_t items = launch_items(a, vector, -1, &grouped);
  if (items == 0) return cudaSuccess;
  const unsigned blocks = static_cast<unsigned>((items + kBlock - 1) / kBlock);
  if (grouped) kernel_scalar_grouped<<<blocks, kBlock, 0, stream>>>(a);
  else kernel_scalar<<<blocks, kBlock, 0, stream>>>(a);
  return cudaGetLastError();
}

#ifdef ROPEC_HOST_EMULATION
// Runs the same per-thread function over the whole launch grid on the CPU (tests without a GPU).
// schedule: -1 as the launcher chooses, 0 one head per item, 1 head groups. *used: 1 when the
// 16-byte schedule ran, + 2 when the grouped one did.
extern "C" cudaError_t ropec_gpt_neox_20b_inverse_emulate(const ropec_gpt_neox_20b_inverse_elem_t* q, const ropec_gpt_neox_20b_inverse_elem_t* k, ropec_gpt_neox_20b_inverse_elem_t* q_out, ropec_gpt_neox_20b_inverse_elem_t* k_out, int64_t batch, int64_t seq, int schedule, int* used) {
  using namespace ropec_gpt_neox_20b_inverse;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, &a, &vector);
  bool grouped = false;
  const int64_t items = status == cudaSuccess ? launch_items(a, vector, schedule, &grouped) : 0;
  if (used != NULL) *used = (vector ? 1 : 0) + (grouped ? 2 : 0);
  if (status != cudaSuccess) return status;
  for (int64_t item = 0; item < items; ++item) {
    if (grouped) work_scalar_grouped(a, item);
    else work_scalar(a, item);
  }
  return cudaSuccess;
}
#endif
