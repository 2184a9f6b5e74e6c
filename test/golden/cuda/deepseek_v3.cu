// Generated from spec/deepseek_v3.rope (rope deepseek_v3) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 84f4c62a7df01224
// interleaved forward rotation of 64 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos computed (exact).
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

#include "deepseek_v3.h"

namespace ropec_deepseek_v3 {

typedef __nv_bfloat16 elem_t;
[[maybe_unused]] constexpr int kHeadDim = 64;
[[maybe_unused]] constexpr int kPairs = 32;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[32] = { 0.15915494309189535, 0.11934937021124886, 0.08949940160889101, 0.06711508300522726, 0.050329212104487035, 0.03774158471741977, 0.028302195830623395, 0.02122365276477766, 0.015915494309189534, 0.011934937021124886, 0.0089499401608891, 0.006208145177983521, 0.004277983028881398, 0.002924972815600032, 0.0019811537081436377, 0.001326478297798604, 0.0008753521870054243, 0.0005669095085034321, 0.000357997606435564, 0.0002181240197669886, 0.00012582303026121755, 0.0000660477732554846, 0.000028302195830623383, 0.000005305913191194415, 0.0000039788735772973834, 0.000002983734255281221, 0.0000022374850402222755, 0.0000016778770751306813, 0.000001258230302612176, 9.435396179354943e-7, 7.07554895765585e-7, 5.305913191194415e-7 };
[[maybe_unused]] static const double TURNS_host[32] = { 0.15915494309189535, 0.11934937021124886, 0.08949940160889101, 0.06711508300522726, 0.050329212104487035, 0.03774158471741977, 0.028302195830623395, 0.02122365276477766, 0.015915494309189534, 0.011934937021124886, 0.0089499401608891, 0.006208145177983521, 0.004277983028881398, 0.002924972815600032, 0.0019811537081436377, 0.001326478297798604, 0.0008753521870054243, 0.0005669095085034321, 0.000357997606435564, 0.0002181240197669886, 0.00012582303026121755, 0.0000660477732554846, 0.000028302195830623383, 0.000005305913191194415, 0.0000039788735772973834, 0.000002983734255281221, 0.0000022374850402222755, 0.0000016778770751306813, 0.000001258230302612176, 9.435396179354943e-7, 7.07554895765585e-7, 5.305913191194415e-7 };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  elem_t* k_out;
  const int64_t* positions;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t q_token_stride;
  int64_t q_head_stride;
  int64_t k_token_stride;
  int64_t k_head_stride;
};

/** cos and sin of p·ω_j (unscaled) */
__host__ __device__ inline float2 pair_sincos(double p, int64_t j) {
  const double t = p * ROPEC_CONST(TURNS)[j];
  const double r = t - rint(t);
  return ropec_sincos(static_cast<float>(r * 6.283185307179586));
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q head h0 (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_in_q1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.q_token_stride + h0 * a.q_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.q_out[(o + (128 + ki * 2)) + i * 2]);
    const float xb = ropec_to_float(a.q_out[(o + (129 + ki * 2)) + i * 2]);
    const float ci = c0[i];
    const float si = s0[i];
    a.q_out[(o + (128 + ki * 2)) + i * 2] = ropec_to_bf16(xa * ci - xb * si);
    a.q_out[(o + (129 + ki * 2)) + i * 2] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), k head h0 (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_in_k1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.k_token_stride + h0 * a.k_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.k_out[(o + ki * 2) + i * 2]);
    const float xb = ropec_to_float(a.k_out[(o + (1 + ki * 2)) + i * 2]);
    const float ci = c0[i];
    const float si = s0[i];
    a.k_out[(o + ki * 2) + i * 2] = ropec_to_bf16(xa * ci - xb * si);
    a.k_out[(o + (1 + ki * 2)) + i * 2] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q heads h0 … h0 + 7 (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_in_q8_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.q_token_stride + h0 * a.q_head_stride;
  const int64_t oh1 = flat * a.q_token_stride + (h0 + 1) * a.q_head_stride;
  const int64_t oh2 = flat * a.q_token_stride + (h0 + 2) * a.q_head_stride;
  const int64_t oh3 = flat * a.q_token_stride + (h0 + 3) * a.q_head_stride;
  const int64_t oh4 = flat * a.q_token_stride + (h0 + 4) * a.q_head_stride;
  const int64_t oh5 = flat * a.q_token_stride + (h0 + 5) * a.q_head_stride;
  const int64_t oh6 = flat * a.q_token_stride + (h0 + 6) * a.q_head_stride;
  const int64_t oh7 = flat * a.q_token_stride + (h0 + 7) * a.q_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.q_out[(oh0 + (128 + ki * 2)) + i * 2]);
    const float h0_xb = ropec_to_float(a.q_out[(oh0 + (129 + ki * 2)) + i * 2]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.q_out[(oh0 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h0_xa * h0_ci - h0_xb * h0_si);
    a.q_out[(oh0 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.q_out[(oh1 + (128 + ki * 2)) + i * 2]);
    const float h1_xb = ropec_to_float(a.q_out[(oh1 + (129 + ki * 2)) + i * 2]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.q_out[(oh1 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h1_xa * h1_ci - h1_xb * h1_si);
    a.q_out[(oh1 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.q_out[(oh2 + (128 + ki * 2)) + i * 2]);
    const float h2_xb = ropec_to_float(a.q_out[(oh2 + (129 + ki * 2)) + i * 2]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.q_out[(oh2 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h2_xa * h2_ci - h2_xb * h2_si);
    a.q_out[(oh2 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.q_out[(oh3 + (128 + ki * 2)) + i * 2]);
    const float h3_xb = ropec_to_float(a.q_out[(oh3 + (129 + ki * 2)) + i * 2]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.q_out[(oh3 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h3_xa * h3_ci - h3_xb * h3_si);
    a.q_out[(oh3 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h3_xb * h3_ci + h3_xa * h3_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h4_xa = ropec_to_float(a.q_out[(oh4 + (128 + ki * 2)) + i * 2]);
    const float h4_xb = ropec_to_float(a.q_out[(oh4 + (129 + ki * 2)) + i * 2]);
    const float h4_ci = c0[i];
    const float h4_si = s0[i];
    a.q_out[(oh4 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h4_xa * h4_ci - h4_xb * h4_si);
    a.q_out[(oh4 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h4_xb * h4_ci + h4_xa * h4_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h5_xa = ropec_to_float(a.q_out[(oh5 + (128 + ki * 2)) + i * 2]);
    const float h5_xb = ropec_to_float(a.q_out[(oh5 + (129 + ki * 2)) + i * 2]);
    const float h5_ci = c0[i];
    const float h5_si = s0[i];
    a.q_out[(oh5 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h5_xa * h5_ci - h5_xb * h5_si);
    a.q_out[(oh5 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h5_xb * h5_ci + h5_xa * h5_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h6_xa = ropec_to_float(a.q_out[(oh6 + (128 + ki * 2)) + i * 2]);
    const float h6_xb = ropec_to_float(a.q_out[(oh6 + (129 + ki * 2)) + i * 2]);
    const float h6_ci = c0[i];
    const float h6_si = s0[i];
    a.q_out[(oh6 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h6_xa * h6_ci - h6_xb * h6_si);
    a.q_out[(oh6 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h6_xb * h6_ci + h6_xa * h6_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h7_xa = ropec_to_float(a.q_out[(oh7 + (128 + ki * 2)) + i * 2]);
    const float h7_xb = ropec_to_float(a.q_out[(oh7 + (129 + ki * 2)) + i * 2]);
    const float h7_ci = c0[i];
    const float h7_si = s0[i];
    a.q_out[(oh7 + (128 + ki * 2)) + i * 2] = ropec_to_bf16(h7_xa * h7_ci - h7_xb * h7_si);
    a.q_out[(oh7 + (129 + ki * 2)) + i * 2] = ropec_to_bf16(h7_xb * h7_ci + h7_xa * h7_si);
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_q1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.q_token_stride + h0 * a.q_head_stride;
  const uint4 xv = ropec_load_vec4u(a.q_out + o + (128 + ki * 8));
  const float x0 = ropec_bf16_from_bits(xv.x & 0xffffu);
  const float x1 = ropec_bf16_from_bits(xv.x >> 16u);
  const float x2 = ropec_bf16_from_bits(xv.y & 0xffffu);
  const float x3 = ropec_bf16_from_bits(xv.y >> 16u);
  const float x4 = ropec_bf16_from_bits(xv.z & 0xffffu);
  const float x5 = ropec_bf16_from_bits(xv.z >> 16u);
  const float x6 = ropec_bf16_from_bits(xv.w & 0xffffu);
  const float x7 = ropec_bf16_from_bits(xv.w >> 16u);
  const float y0 = x0 * c0[0] - x1 * s0[0];
  const float y1 = x1 * c0[0] + x0 * s0[0];
  const float y2 = x2 * c0[1] - x3 * s0[1];
  const float y3 = x3 * c0[1] + x2 * s0[1];
  const float y4 = x4 * c0[2] - x5 * s0[2];
  const float y5 = x5 * c0[2] + x4 * s0[2];
  const float y6 = x6 * c0[3] - x7 * s0[3];
  const float y7 = x7 * c0[3] + x6 * s0[3];
  ropec_store_vec4u(a.q_out + o + (128 + ki * 8), make_uint4(ropec_bf16_bits(y0) | (ropec_bf16_bits(y1) << 16u), ropec_bf16_bits(y2) | (ropec_bf16_bits(y3) << 16u), ropec_bf16_bits(y4) | (ropec_bf16_bits(y5) << 16u), ropec_bf16_bits(y6) | (ropec_bf16_bits(y7) << 16u)));
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_k1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.k_token_stride + h0 * a.k_head_stride;
  const uint4 xv = ropec_load_vec4u(a.k_out + o + ki * 8);
  const float x0 = ropec_bf16_from_bits(xv.x & 0xffffu);
  const float x1 = ropec_bf16_from_bits(xv.x >> 16u);
  const float x2 = ropec_bf16_from_bits(xv.y & 0xffffu);
  const float x3 = ropec_bf16_from_bits(xv.y >> 16u);
  const float x4 = ropec_bf16_from_bits(xv.z & 0xffffu);
  const float x5 = ropec_bf16_from_bits(xv.z >> 16u);
  const float x6 = ropec_bf16_from_bits(xv.w & 0xffffu);
  const float x7 = ropec_bf16_from_bits(xv.w >> 16u);
  const float y0 = x0 * c0[0] - x1 * s0[0];
  const float y1 = x1 * c0[0] + x0 * s0[0];
  const float y2 = x2 * c0[1] - x3 * s0[1];
  const float y3 = x3 * c0[1] + x2 * s0[1];
  const float y4 = x4 * c0[2] - x5 * s0[2];
  const float y5 = x5 * c0[2] + x4 * s0[2];
  const float y6 = x6 * c0[3] - x7 * s0[3];
  const float y7 = x7 * c0[3] + x6 * s0[3];
  ropec_store_vec4u(a.k_out + o + ki * 8, make_uint4(ropec_bf16_bits(y0) | (ropec_bf16_bits(y1) << 16u), ropec_bf16_bits(y2) | (ropec_bf16_bits(y3) << 16u), ropec_bf16_bits(y4) | (ropec_bf16_bits(y5) << 16u), ropec_bf16_bits(y6) | (ropec_bf16_bits(y7) << 16u)));
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_q8_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.q_token_stride + h0 * a.q_head_stride;
  const uint4 h0_xv = ropec_load_vec4u(a.q_out + oh0 + (128 + ki * 8));
  const float h0_x0 = ropec_bf16_from_bits(h0_xv.x & 0xffffu);
  const float h0_x1 = ropec_bf16_from_bits(h0_xv.x >> 16u);
  const float h0_x2 = ropec_bf16_from_bits(h0_xv.y & 0xffffu);
  const float h0_x3 = ropec_bf16_from_bits(h0_xv.y >> 16u);
  const float h0_x4 = ropec_bf16_from_bits(h0_xv.z & 0xffffu);
  const float h0_x5 = ropec_bf16_from_bits(h0_xv.z >> 16u);
  const float h0_x6 = ropec_bf16_from_bits(h0_xv.w & 0xffffu);
  const float h0_x7 = ropec_bf16_from_bits(h0_xv.w >> 16u);
  const int64_t oh1 = flat * a.q_token_stride + (h0 + 1) * a.q_head_stride;
  const uint4 h1_xv = ropec_load_vec4u(a.q_out + oh1 + (128 + ki * 8));
  const float h1_x0 = ropec_bf16_from_bits(h1_xv.x & 0xffffu);
  const float h1_x1 = ropec_bf16_from_bits(h1_xv.x >> 16u);
  const float h1_x2 = ropec_bf16_from_bits(h1_xv.y & 0xffffu);
  const float h1_x3 = ropec_bf16_from_bits(h1_xv.y >> 16u);
  const float h1_x4 = ropec_bf16_from_bits(h1_xv.z & 0xffffu);
  const float h1_x5 = ropec_bf16_from_bits(h1_xv.z >> 16u);
  const float h1_x6 = ropec_bf16_from_bits(h1_xv.w & 0xffffu);
  const float h1_x7 = ropec_bf16_from_bits(h1_xv.w >> 16u);
  const int64_t oh2 = flat * a.q_token_stride + (h0 + 2) * a.q_head_stride;
  const uint4 h2_xv = ropec_load_vec4u(a.q_out + oh2 + (128 + ki * 8));
  const float h2_x0 = ropec_bf16_from_bits(h2_xv.x & 0xffffu);
  const float h2_x1 = ropec_bf16_from_bits(h2_xv.x >> 16u);
  const float h2_x2 = ropec_bf16_from_bits(h2_xv.y & 0xffffu);
  const float h2_x3 = ropec_bf16_from_bits(h2_xv.y >> 16u);
  const float h2_x4 = ropec_bf16_from_bits(h2_xv.z & 0xffffu);
  const float h2_x5 = ropec_bf16_from_bits(h2_xv.z >> 16u);
  const float h2_x6 = ropec_bf16_from_bits(h2_xv.w & 0xffffu);
  const float h2_x7 = ropec_bf16_from_bits(h2_xv.w >> 16u);
  const int64_t oh3 = flat * a.q_token_stride + (h0 + 3) * a.q_head_stride;
  const uint4 h3_xv = ropec_load_vec4u(a.q_out + oh3 + (128 + ki * 8));
  const float h3_x0 = ropec_bf16_from_bits(h3_xv.x & 0xffffu);
  const float h3_x1 = ropec_bf16_from_bits(h3_xv.x >> 16u);
  const float h3_x2 = ropec_bf16_from_bits(h3_xv.y & 0xffffu);
  const float h3_x3 = ropec_bf16_from_bits(h3_xv.y >> 16u);
  const float h3_x4 = ropec_bf16_from_bits(h3_xv.z & 0xffffu);
  const float h3_x5 = ropec_bf16_from_bits(h3_xv.z >> 16u);
  const float h3_x6 = ropec_bf16_from_bits(h3_xv.w & 0xffffu);
  const float h3_x7 = ropec_bf16_from_bits(h3_xv.w >> 16u);
  const int64_t oh4 = flat * a.q_token_stride + (h0 + 4) * a.q_head_stride;
  const uint4 h4_xv = ropec_load_vec4u(a.q_out + oh4 + (128 + ki * 8));
  const float h4_x0 = ropec_bf16_from_bits(h4_xv.x & 0xffffu);
  const float h4_x1 = ropec_bf16_from_bits(h4_xv.x >> 16u);
  const float h4_x2 = ropec_bf16_from_bits(h4_xv.y & 0xffffu);
  const float h4_x3 = ropec_bf16_from_bits(h4_xv.y >> 16u);
  const float h4_x4 = ropec_bf16_from_bits(h4_xv.z & 0xffffu);
  const float h4_x5 = ropec_bf16_from_bits(h4_xv.z >> 16u);
  const float h4_x6 = ropec_bf16_from_bits(h4_xv.w & 0xffffu);
  const float h4_x7 = ropec_bf16_from_bits(h4_xv.w >> 16u);
  const int64_t oh5 = flat * a.q_token_stride + (h0 + 5) * a.q_head_stride;
  const uint4 h5_xv = ropec_load_vec4u(a.q_out + oh5 + (128 + ki * 8));
  const float h5_x0 = ropec_bf16_from_bits(h5_xv.x & 0xffffu);
  const float h5_x1 = ropec_bf16_from_bits(h5_xv.x >> 16u);
  const float h5_x2 = ropec_bf16_from_bits(h5_xv.y & 0xffffu);
  const float h5_x3 = ropec_bf16_from_bits(h5_xv.y >> 16u);
  const float h5_x4 = ropec_bf16_from_bits(h5_xv.z & 0xffffu);
  const float h5_x5 = ropec_bf16_from_bits(h5_xv.z >> 16u);
  const float h5_x6 = ropec_bf16_from_bits(h5_xv.w & 0xffffu);
  const float h5_x7 = ropec_bf16_from_bits(h5_xv.w >> 16u);
  const int64_t oh6 = flat * a.q_token_stride + (h0 + 6) * a.q_head_stride;
  const uint4 h6_xv = ropec_load_vec4u(a.q_out + oh6 + (128 + ki * 8));
  const float h6_x0 = ropec_bf16_from_bits(h6_xv.x & 0xffffu);
  const float h6_x1 = ropec_bf16_from_bits(h6_xv.x >> 16u);
  const float h6_x2 = ropec_bf16_from_bits(h6_xv.y & 0xffffu);
  const float h6_x3 = ropec_bf16_from_bits(h6_xv.y >> 16u);
  const float h6_x4 = ropec_bf16_from_bits(h6_xv.z & 0xffffu);
  const float h6_x5 = ropec_bf16_from_bits(h6_xv.z >> 16u);
  const float h6_x6 = ropec_bf16_from_bits(h6_xv.w & 0xffffu);
  const float h6_x7 = ropec_bf16_from_bits(h6_xv.w >> 16u);
  const int64_t oh7 = flat * a.q_token_stride + (h0 + 7) * a.q_head_stride;
  const uint4 h7_xv = ropec_load_vec4u(a.q_out + oh7 + (128 + ki * 8));
  const float h7_x0 = ropec_bf16_from_bits(h7_xv.x & 0xffffu);
  const float h7_x1 = ropec_bf16_from_bits(h7_xv.x >> 16u);
  const float h7_x2 = ropec_bf16_from_bits(h7_xv.y & 0xffffu);
  const float h7_x3 = ropec_bf16_from_bits(h7_xv.y >> 16u);
  const float h7_x4 = ropec_bf16_from_bits(h7_xv.z & 0xffffu);
  const float h7_x5 = ropec_bf16_from_bits(h7_xv.z >> 16u);
  const float h7_x6 = ropec_bf16_from_bits(h7_xv.w & 0xffffu);
  const float h7_x7 = ropec_bf16_from_bits(h7_xv.w >> 16u);
  const float h0_y0 = h0_x0 * c0[0] - h0_x1 * s0[0];
  const float h0_y1 = h0_x1 * c0[0] + h0_x0 * s0[0];
  const float h0_y2 = h0_x2 * c0[1] - h0_x3 * s0[1];
  const float h0_y3 = h0_x3 * c0[1] + h0_x2 * s0[1];
  const float h0_y4 = h0_x4 * c0[2] - h0_x5 * s0[2];
  const float h0_y5 = h0_x5 * c0[2] + h0_x4 * s0[2];
  const float h0_y6 = h0_x6 * c0[3] - h0_x7 * s0[3];
  const float h0_y7 = h0_x7 * c0[3] + h0_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh0 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h0_y0) | (ropec_bf16_bits(h0_y1) << 16u), ropec_bf16_bits(h0_y2) | (ropec_bf16_bits(h0_y3) << 16u), ropec_bf16_bits(h0_y4) | (ropec_bf16_bits(h0_y5) << 16u), ropec_bf16_bits(h0_y6) | (ropec_bf16_bits(h0_y7) << 16u)));
  const float h1_y0 = h1_x0 * c0[0] - h1_x1 * s0[0];
  const float h1_y1 = h1_x1 * c0[0] + h1_x0 * s0[0];
  const float h1_y2 = h1_x2 * c0[1] - h1_x3 * s0[1];
  const float h1_y3 = h1_x3 * c0[1] + h1_x2 * s0[1];
  const float h1_y4 = h1_x4 * c0[2] - h1_x5 * s0[2];
  const float h1_y5 = h1_x5 * c0[2] + h1_x4 * s0[2];
  const float h1_y6 = h1_x6 * c0[3] - h1_x7 * s0[3];
  const float h1_y7 = h1_x7 * c0[3] + h1_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh1 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h1_y0) | (ropec_bf16_bits(h1_y1) << 16u), ropec_bf16_bits(h1_y2) | (ropec_bf16_bits(h1_y3) << 16u), ropec_bf16_bits(h1_y4) | (ropec_bf16_bits(h1_y5) << 16u), ropec_bf16_bits(h1_y6) | (ropec_bf16_bits(h1_y7) << 16u)));
  const float h2_y0 = h2_x0 * c0[0] - h2_x1 * s0[0];
  const float h2_y1 = h2_x1 * c0[0] + h2_x0 * s0[0];
  const float h2_y2 = h2_x2 * c0[1] - h2_x3 * s0[1];
  const float h2_y3 = h2_x3 * c0[1] + h2_x2 * s0[1];
  const float h2_y4 = h2_x4 * c0[2] - h2_x5 * s0[2];
  const float h2_y5 = h2_x5 * c0[2] + h2_x4 * s0[2];
  const float h2_y6 = h2_x6 * c0[3] - h2_x7 * s0[3];
  const float h2_y7 = h2_x7 * c0[3] + h2_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh2 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h2_y0) | (ropec_bf16_bits(h2_y1) << 16u), ropec_bf16_bits(h2_y2) | (ropec_bf16_bits(h2_y3) << 16u), ropec_bf16_bits(h2_y4) | (ropec_bf16_bits(h2_y5) << 16u), ropec_bf16_bits(h2_y6) | (ropec_bf16_bits(h2_y7) << 16u)));
  const float h3_y0 = h3_x0 * c0[0] - h3_x1 * s0[0];
  const float h3_y1 = h3_x1 * c0[0] + h3_x0 * s0[0];
  const float h3_y2 = h3_x2 * c0[1] - h3_x3 * s0[1];
  const float h3_y3 = h3_x3 * c0[1] + h3_x2 * s0[1];
  const float h3_y4 = h3_x4 * c0[2] - h3_x5 * s0[2];
  const float h3_y5 = h3_x5 * c0[2] + h3_x4 * s0[2];
  const float h3_y6 = h3_x6 * c0[3] - h3_x7 * s0[3];
  const float h3_y7 = h3_x7 * c0[3] + h3_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh3 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h3_y0) | (ropec_bf16_bits(h3_y1) << 16u), ropec_bf16_bits(h3_y2) | (ropec_bf16_bits(h3_y3) << 16u), ropec_bf16_bits(h3_y4) | (ropec_bf16_bits(h3_y5) << 16u), ropec_bf16_bits(h3_y6) | (ropec_bf16_bits(h3_y7) << 16u)));
  const float h4_y0 = h4_x0 * c0[0] - h4_x1 * s0[0];
  const float h4_y1 = h4_x1 * c0[0] + h4_x0 * s0[0];
  const float h4_y2 = h4_x2 * c0[1] - h4_x3 * s0[1];
  const float h4_y3 = h4_x3 * c0[1] + h4_x2 * s0[1];
  const float h4_y4 = h4_x4 * c0[2] - h4_x5 * s0[2];
  const float h4_y5 = h4_x5 * c0[2] + h4_x4 * s0[2];
  const float h4_y6 = h4_x6 * c0[3] - h4_x7 * s0[3];
  const float h4_y7 = h4_x7 * c0[3] + h4_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh4 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h4_y0) | (ropec_bf16_bits(h4_y1) << 16u), ropec_bf16_bits(h4_y2) | (ropec_bf16_bits(h4_y3) << 16u), ropec_bf16_bits(h4_y4) | (ropec_bf16_bits(h4_y5) << 16u), ropec_bf16_bits(h4_y6) | (ropec_bf16_bits(h4_y7) << 16u)));
  const float h5_y0 = h5_x0 * c0[0] - h5_x1 * s0[0];
  const float h5_y1 = h5_x1 * c0[0] + h5_x0 * s0[0];
  const float h5_y2 = h5_x2 * c0[1] - h5_x3 * s0[1];
  const float h5_y3 = h5_x3 * c0[1] + h5_x2 * s0[1];
  const float h5_y4 = h5_x4 * c0[2] - h5_x5 * s0[2];
  const float h5_y5 = h5_x5 * c0[2] + h5_x4 * s0[2];
  const float h5_y6 = h5_x6 * c0[3] - h5_x7 * s0[3];
  const float h5_y7 = h5_x7 * c0[3] + h5_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh5 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h5_y0) | (ropec_bf16_bits(h5_y1) << 16u), ropec_bf16_bits(h5_y2) | (ropec_bf16_bits(h5_y3) << 16u), ropec_bf16_bits(h5_y4) | (ropec_bf16_bits(h5_y5) << 16u), ropec_bf16_bits(h5_y6) | (ropec_bf16_bits(h5_y7) << 16u)));
  const float h6_y0 = h6_x0 * c0[0] - h6_x1 * s0[0];
  const float h6_y1 = h6_x1 * c0[0] + h6_x0 * s0[0];
  const float h6_y2 = h6_x2 * c0[1] - h6_x3 * s0[1];
  const float h6_y3 = h6_x3 * c0[1] + h6_x2 * s0[1];
  const float h6_y4 = h6_x4 * c0[2] - h6_x5 * s0[2];
  const float h6_y5 = h6_x5 * c0[2] + h6_x4 * s0[2];
  const float h6_y6 = h6_x6 * c0[3] - h6_x7 * s0[3];
  const float h6_y7 = h6_x7 * c0[3] + h6_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh6 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h6_y0) | (ropec_bf16_bits(h6_y1) << 16u), ropec_bf16_bits(h6_y2) | (ropec_bf16_bits(h6_y3) << 16u), ropec_bf16_bits(h6_y4) | (ropec_bf16_bits(h6_y5) << 16u), ropec_bf16_bits(h6_y6) | (ropec_bf16_bits(h6_y7) << 16u)));
  const float h7_y0 = h7_x0 * c0[0] - h7_x1 * s0[0];
  const float h7_y1 = h7_x1 * c0[0] + h7_x0 * s0[0];
  const float h7_y2 = h7_x2 * c0[1] - h7_x3 * s0[1];
  const float h7_y3 = h7_x3 * c0[1] + h7_x2 * s0[1];
  const float h7_y4 = h7_x4 * c0[2] - h7_x5 * s0[2];
  const float h7_y5 = h7_x5 * c0[2] + h7_x4 * s0[2];
  const float h7_y6 = h7_x6 * c0[3] - h7_x7 * s0[3];
  const float h7_y7 = h7_x7 * c0[3] + h7_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh7 + (128 + ki * 8), make_uint4(ropec_bf16_bits(h7_y0) | (ropec_bf16_bits(h7_y1) << 16u), ropec_bf16_bits(h7_y2) | (ropec_bf16_bits(h7_y3) << 16u), ropec_bf16_bits(h7_y4) | (ropec_bf16_bits(h7_y5) << 16u), ropec_bf16_bits(h7_y6) | (ropec_bf16_bits(h7_y7) << 16u)));
}

/** The scalar schedule: in place, one head per item, 32 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 129;
  const int64_t chunk = item % 32;
  const int64_t rest = item / 32;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 128) {
    const int64_t h0 = g;
    item_scalar_in_q1_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 128;
    item_scalar_in_k1_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 129) * 32) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: in place, groups of 8 q / 1 k heads per item, 32 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 17;
  const int64_t chunk = item % 32;
  const int64_t rest = item / 32;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 16) {
    const int64_t h0 = g * 8;
    item_scalar_in_q8_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 16;
    item_scalar_in_k1_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 17) * 32) return;
  work_scalar_grouped(a, item);
}

/** The vector schedule: in place, one head per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t per_token = 129;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 128) {
    const int64_t h0 = g;
    item_vector_in_q1_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 128;
    item_vector_in_k1_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 129) * 8) return;
  work_vector(a, item);
}

/** The vector_grouped schedule: in place, groups of 8 q / 1 k heads per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 17;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 16) {
    const int64_t h0 = g * 8;
    item_vector_in_q8_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 16;
    item_vector_in_k1_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 17) * 8) return;
  work_vector_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_deepseek_v3_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(ropec_deepseek_v3_elem_t* q, ropec_deepseek_v3_elem_t* k, const int64_t* positions, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(tokens >= 0)) {
    return ropec_refuse("tokens: expected a whole number ≥ 0, got %lld", static_cast<long long>(tokens));
  }
  const int64_t n_tokens = tokens;
  const int64_t n_q_heads = 128;
  const int64_t n_k_heads = 1;
  if (!(n_tokens == 0 || (q != NULL && ropec_aligned(q, sizeof(*q))))) {
    return ropec_refuse("q: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(n_tokens == 0 || (k != NULL && ropec_aligned(k, sizeof(*k))))) {
    return ropec_refuse("k: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(n_tokens == 0 || (positions != NULL && ropec_aligned(positions, sizeof(*positions))))) {
    return ropec_refuse("positions: NULL or not aligned to its element size (8 bytes)");
  }
  if (!(q_token_stride >= 0)) {
    return ropec_refuse("q_token_stride: expected a whole number ≥ 0, got %lld", static_cast<long long>(q_token_stride));
  }
  const int64_t n_q_token_stride = q_token_stride;
  if (!(q_head_stride >= 0)) {
    return ropec_refuse("q_head_stride: expected a whole number ≥ 0, got %lld", static_cast<long long>(q_head_stride));
  }
  const int64_t n_q_head_stride = q_head_stride;
  if (!(n_q_head_stride <= 1152921504606846976LL / ropec_max(n_q_heads, 1) && n_q_token_stride <= 1152921504606846976LL / ropec_max(n_tokens, 1))) {
    return ropec_refuse("q: tokens · token stride = %lld · %lld or heads · head stride = %lld · %lld exceeds 2^60 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_token_stride), static_cast<long long>(n_q_heads), static_cast<long long>(n_q_head_stride));
  }
  if (!(n_q_heads <= 1 || n_q_head_stride >= 192)) {
    return ropec_refuse("q_head_stride: %lld is below head_dim 192: the heads of q would overlap", static_cast<long long>(n_q_head_stride));
  }
  if (!(n_tokens <= 1 || n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 192)) {
    return ropec_refuse("q_token_stride: %lld is below the %lld elements one token of q spans ((heads − 1) · head stride + head_dim): its tokens would overlap", static_cast<long long>(n_q_token_stride), static_cast<long long>((n_q_heads - 1) * n_q_head_stride + 192));
  }
  if (!(k_token_stride >= 0)) {
    return ropec_refuse("k_token_stride: expected a whole number ≥ 0, got %lld", static_cast<long long>(k_token_stride));
  }
  const int64_t n_k_token_stride = k_token_stride;
  if (!(k_head_stride >= 0)) {
    return ropec_refuse("k_head_stride: expected a whole number ≥ 0, got %lld", static_cast<long long>(k_head_stride));
  }
  const int64_t n_k_head_stride = k_head_stride;
  if (!(n_k_head_stride <= 1152921504606846976LL / ropec_max(n_k_heads, 1) && n_k_token_stride <= 1152921504606846976LL / ropec_max(n_tokens, 1))) {
    return ropec_refuse("k: tokens · token stride = %lld · %lld or heads · head stride = %lld · %lld exceeds 2^60 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_token_stride), static_cast<long long>(n_k_heads), static_cast<long long>(n_k_head_stride));
  }
  if (!(n_k_heads <= 1 || n_k_head_stride >= 64)) {
    return ropec_refuse("k_head_stride: %lld is below head_dim 64: the heads of k would overlap", static_cast<long long>(n_k_head_stride));
  }
  if (!(n_tokens <= 1 || n_k_token_stride >= (n_k_heads - 1) * n_k_head_stride + 64)) {
    return ropec_refuse("k_token_stride: %lld is below the %lld elements one token of k spans ((heads − 1) · head stride + head_dim): its tokens would overlap", static_cast<long long>(n_k_token_stride), static_cast<long long>((n_k_heads - 1) * n_k_head_stride + 64));
  }
  if (!((n_tokens == 0 || !true) || ((((static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens - 1) * n_q_token_stride) + ((n_q_heads - 1) * n_q_head_stride + 192) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens - 1) * n_k_token_stride) + ((n_k_heads - 1) * n_k_head_stride + 64) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) || ((n_q_token_stride == n_k_token_stride && (n_q_heads - 1) * n_q_head_stride + 192 <= n_q_token_stride) && (n_k_heads - 1) * n_k_head_stride + 64 <= n_q_token_stride) && ((n_q_token_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 192) && n_q_token_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_k_heads - 1) * n_k_head_stride + 64)) || ((((n_q_head_stride == n_k_head_stride && n_q_head_stride >= 192) && n_q_head_stride >= 64) && n_q_token_stride % n_q_head_stride == 0) && n_k_token_stride % n_q_head_stride == 0) && ((n_q_head_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 192) && n_q_head_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 64)))) {
    return ropec_refuse("q, k: the views overlap: q starts at element %lld and k at %lld of the same memory (token strides %lld, %lld; head strides %lld, %lld)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k))), static_cast<long long>(n_q_token_stride), static_cast<long long>(n_k_token_stride), static_cast<long long>(n_q_head_stride), static_cast<long long>(n_k_head_stride));
  }
  if (!(n_tokens <= 17179869176LL / ropec_max((n_q_heads + 7) / 8 + n_k_heads, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  const int64_t at_q = static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) * 2;
  const int64_t end_q = at_q + (n_tokens == 0 || n_q_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 192, 1125899906842624LL)) * 2;
  const int64_t at_k = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) * 2;
  const int64_t end_k = at_k + (n_tokens == 0 || n_k_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 64, 1125899906842624LL)) * 2;
  const int64_t at_positions = static_cast<int64_t>(reinterpret_cast<uintptr_t>(positions) / sizeof(*positions)) * 8;
  const int64_t end_positions = at_positions + ropec_min(n_tokens, 1125899906842624LL) * 8;
  if (!(((at_q == end_q || at_positions == end_positions) || end_q <= at_positions) || end_positions <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_k == end_k || at_positions == end_positions) || end_k <= at_positions) || end_positions <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  a->q_out = q;
  a->k_out = k;
  a->positions = positions;
  a->tokens = n_tokens;
  a->batch = 1;
  a->seq = tokens;
  a->q_token_stride = q_token_stride;
  a->q_head_stride = q_head_stride;
  a->k_token_stride = k_token_stride;
  a->k_head_stride = k_head_stride;
  *vector = ropec_aligned16(q) && ropec_aligned16(k) && q_token_stride % 8 == 0 && q_head_stride % 8 == 0 && k_token_stride % 8 == 0 && k_head_stride % 8 == 0;
  return cudaSuccess;
}

/**
 * Work items of a launch and whether it runs the grouped kernels. schedule: -1 chooses by size,
 * 0 one head per item, 1 head groups. The grouped count is below the grid's limit (checked).
 */
static int64_t launch_items(const Args& a, bool vector, int schedule, bool* grouped) {
  const int64_t q_heads = 128;
  const int64_t k_heads = 1;
  const int64_t grouped_items = vector ? a.tokens * (((q_heads + 7) / 8 + k_heads) * 8) : a.tokens * (((q_heads + 7) / 8 + k_heads) * 32);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 8) : a.tokens * ((q_heads + k_heads) * 32);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_deepseek_v3

extern "C" const char* ropec_deepseek_v3_last_error(void) {
  return ropec_deepseek_v3::last_error;
}

extern "C" cudaError_t ropec_deepseek_v3_check(ropec_deepseek_v3_elem_t* q, ropec_deepseek_v3_elem_t* k, const int64_t* positions, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride) {
  ropec_deepseek_v3::Args a;
  bool vector = false;
  return ropec_deepseek_v3::prepare(q, k, positions, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, &a, &vector);
}

extern "C" cudaError_t ropec_deepseek_v3_launch(ropec_deepseek_v3_elem_t* q, ropec_deepseek_v3_elem_t* k, const int64_t* positions, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, cudaStream_t stream) {
  using namespace ropec_deepseek_v3;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, &a, &vector);
  if (status != cudaSuccess) return status;
  bool grouped = false;
  const int64_t items = launch_items(a, vector, -1, &grouped);
  if (items == 0) return cudaSuccess;
  const unsigned blocks = static_cast<unsigned>((items + kBlock - 1) / kBlock);
  if (vector) {
    if (grouped) kernel_vector_grouped<<<blocks, kBlock, 0, stream>>>(a);
    else kernel_vector<<<blocks, kBlock, 0, stream>>>(a);
    return cudaGetLastError();
  }
  if (grouped) kernel_scalar_grouped<<<blocks, kBlock, 0, stream>>>(a);
  else kernel_scalar<<<blocks, kBlock, 0, stream>>>(a);
  return cudaGetLastError();
}

#ifdef ROPEC_HOST_EMULATION
// Runs the same per-thread function over the whole launch grid on the CPU (tests without a GPU).
// schedule: -1 as the launcher chooses, 0 one head per item, 1 head groups. *used: 1 when the
// 16-byte schedule ran, + 2 when the grouped one did.
extern "C" cudaError_t ropec_deepseek_v3_emulate(ropec_deepseek_v3_elem_t* q, ropec_deepseek_v3_elem_t* k, const int64_t* positions, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int schedule, int* used) {
  using namespace ropec_deepseek_v3;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, &a, &vector);
  bool grouped = false;
  const int64_t items = status == cudaSuccess ? launch_items(a, vector, schedule, &grouped) : 0;
  if (used != NULL) *used = (vector ? 1 : 0) + (grouped ? 2 : 0);
  if (status != cudaSuccess) return status;
  for (int64_t item = 0; item < items; ++item) {
    if (vector) {
      if (grouped) work_vector_grouped(a, item);
      else work_vector(a, item);
      continue;
    }
    if (grouped) work_scalar_grouped(a, item);
    else work_scalar(a, item);
  }
  return cudaSuccess;
}
#endif
