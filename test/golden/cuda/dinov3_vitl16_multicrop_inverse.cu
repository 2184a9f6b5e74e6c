// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 9a79fc140b385799
// half inverse rotation of 64 lanes, bf16 [tokens, heads, dim], out of place, positions grid, sin/cos computed (exact).
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

#include "dinov3_vitl16_multicrop_inverse.h"

namespace ropec_dinov3_vitl16_multicrop_inverse {

typedef __nv_bfloat16 elem_t;
[[maybe_unused]] constexpr int kHeadDim = 64;
[[maybe_unused]] constexpr int kPairs = 32;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[32] = { 1.0, 0.7498942093324559, 0.5623413251903491, 0.42169650342858234, 0.31622776601683794, 0.23713737056616552, 0.1778279410038923, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.0316227766016838, 0.023713737056616554, 0.017782794100389226, 0.013335214321633239, 1.0, 0.7498942093324559, 0.5623413251903491, 0.42169650342858234, 0.31622776601683794, 0.23713737056616552, 0.1778279410038923, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.0316227766016838, 0.023713737056616554, 0.017782794100389226, 0.013335214321633239 };
[[maybe_unused]] static const double TURNS_host[32] = { 1.0, 0.7498942093324559, 0.5623413251903491, 0.42169650342858234, 0.31622776601683794, 0.23713737056616552, 0.1778279410038923, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.0316227766016838, 0.023713737056616554, 0.017782794100389226, 0.013335214321633239, 1.0, 0.7498942093324559, 0.5623413251903491, 0.42169650342858234, 0.31622776601683794, 0.23713737056616552, 0.1778279410038923, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.0316227766016838, 0.023713737056616554, 0.017782794100389226, 0.013335214321633239 };
/** the position component that drives each pair */
__constant__ unsigned char PAIR_COMPONENT_dev[32] = { 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u };
[[maybe_unused]] static const unsigned char PAIR_COMPONENT_host[32] = { 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  const elem_t* q_in;
  elem_t* k_out;
  const elem_t* k_in;
  const int32_t* cu_seqlens;
  const int32_t* grid_sizes;
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

/** rotate 1 pair(s) from 0 at lanes 0, 32 (stride 1, scalar), q head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_q1_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : pos1, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 16 + h0) * 64;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.q_in[(o + ki) + i]);
    const float xb = ropec_to_float(a.q_in[(o + (32 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.q_out[(o + ki) + i] = ropec_to_bf16(xa * ci - xb * si);
    a.q_out[(o + (32 + ki)) + i] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 32 (stride 1, scalar), k head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_k1_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : pos1, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 16 + h0) * 64;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.k_in[(o + ki) + i]);
    const float xb = ropec_to_float(a.k_in[(o + (32 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.k_out[(o + ki) + i] = ropec_to_bf16(xa * ci - xb * si);
    a.k_out[(o + (32 + ki)) + i] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 32 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_q4_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : pos1, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 16 + h0) * 64;
  const int64_t oh1 = (flat * 16 + (h0 + 1)) * 64;
  const int64_t oh2 = (flat * 16 + (h0 + 2)) * 64;
  const int64_t oh3 = (flat * 16 + (h0 + 3)) * 64;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.q_in[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.q_in[(oh0 + (32 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.q_out[(oh0 + ki) + i] = ropec_to_bf16(h0_xa * h0_ci - h0_xb * h0_si);
    a.q_out[(oh0 + (32 + ki)) + i] = ropec_to_bf16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.q_in[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.q_in[(oh1 + (32 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.q_out[(oh1 + ki) + i] = ropec_to_bf16(h1_xa * h1_ci - h1_xb * h1_si);
    a.q_out[(oh1 + (32 + ki)) + i] = ropec_to_bf16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.q_in[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.q_in[(oh2 + (32 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.q_out[(oh2 + ki) + i] = ropec_to_bf16(h2_xa * h2_ci - h2_xb * h2_si);
    a.q_out[(oh2 + (32 + ki)) + i] = ropec_to_bf16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.q_in[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.q_in[(oh3 + (32 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.q_out[(oh3 + ki) + i] = ropec_to_bf16(h3_xa * h3_ci - h3_xb * h3_si);
    a.q_out[(oh3 + (32 + ki)) + i] = ropec_to_bf16(h3_xb * h3_ci + h3_xa * h3_si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 32 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_k4_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : pos1, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 16 + h0) * 64;
  const int64_t oh1 = (flat * 16 + (h0 + 1)) * 64;
  const int64_t oh2 = (flat * 16 + (h0 + 2)) * 64;
  const int64_t oh3 = (flat * 16 + (h0 + 3)) * 64;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.k_in[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.k_in[(oh0 + (32 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.k_out[(oh0 + ki) + i] = ropec_to_bf16(h0_xa * h0_ci - h0_xb * h0_si);
    a.k_out[(oh0 + (32 + ki)) + i] = ropec_to_bf16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.k_in[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.k_in[(oh1 + (32 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.k_out[(oh1 + ki) + i] = ropec_to_bf16(h1_xa * h1_ci - h1_xb * h1_si);
    a.k_out[(oh1 + (32 + ki)) + i] = ropec_to_bf16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.k_in[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.k_in[(oh2 + (32 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.k_out[(oh2 + ki) + i] = ropec_to_bf16(h2_xa * h2_ci - h2_xb * h2_si);
    a.k_out[(oh2 + (32 + ki)) + i] = ropec_to_bf16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.k_in[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.k_in[(oh3 + (32 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.k_out[(oh3 + ki) + i] = ropec_to_bf16(h3_xa * h3_ci - h3_xb * h3_si);
    a.k_out[(oh3 + (32 + ki)) + i] = ropec_to_bf16(h3_xb * h3_ci + h3_xa * h3_si);
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_q1_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 8 + i] == 0u ? pos0 : pos1, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 16 + h0) * 64;
  const uint4 xav = ropec_load_vec4u(a.q_in + o + ki * 8);
  const float xa0 = ropec_bf16_from_bits(xav.x & 0xffffu);
  const float xa1 = ropec_bf16_from_bits(xav.x >> 16u);
  const float xa2 = ropec_bf16_from_bits(xav.y & 0xffffu);
  const float xa3 = ropec_bf16_from_bits(xav.y >> 16u);
  const float xa4 = ropec_bf16_from_bits(xav.z & 0xffffu);
  const float xa5 = ropec_bf16_from_bits(xav.z >> 16u);
  const float xa6 = ropec_bf16_from_bits(xav.w & 0xffffu);
  const float xa7 = ropec_bf16_from_bits(xav.w >> 16u);
  const uint4 xbv = ropec_load_vec4u(a.q_in + o + (32 + ki * 8));
  const float xb0 = ropec_bf16_from_bits(xbv.x & 0xffffu);
  const float xb1 = ropec_bf16_from_bits(xbv.x >> 16u);
  const float xb2 = ropec_bf16_from_bits(xbv.y & 0xffffu);
  const float xb3 = ropec_bf16_from_bits(xbv.y >> 16u);
  const float xb4 = ropec_bf16_from_bits(xbv.z & 0xffffu);
  const float xb5 = ropec_bf16_from_bits(xbv.z >> 16u);
  const float xb6 = ropec_bf16_from_bits(xbv.w & 0xffffu);
  const float xb7 = ropec_bf16_from_bits(xbv.w >> 16u);
  const float ya0 = xa0 * c0[0] - xb0 * s0[0];
  const float yb0 = xb0 * c0[0] + xa0 * s0[0];
  const float ya1 = xa1 * c0[1] - xb1 * s0[1];
  const float yb1 = xb1 * c0[1] + xa1 * s0[1];
  const float ya2 = xa2 * c0[2] - xb2 * s0[2];
  const float yb2 = xb2 * c0[2] + xa2 * s0[2];
  const float ya3 = xa3 * c0[3] - xb3 * s0[3];
  const float yb3 = xb3 * c0[3] + xa3 * s0[3];
  const float ya4 = xa4 * c0[4] - xb4 * s0[4];
  const float yb4 = xb4 * c0[4] + xa4 * s0[4];
  const float ya5 = xa5 * c0[5] - xb5 * s0[5];
  const float yb5 = xb5 * c0[5] + xa5 * s0[5];
  const float ya6 = xa6 * c0[6] - xb6 * s0[6];
  const float yb6 = xb6 * c0[6] + xa6 * s0[6];
  const float ya7 = xa7 * c0[7] - xb7 * s0[7];
  const float yb7 = xb7 * c0[7] + xa7 * s0[7];
  ropec_store_vec4u(a.q_out + o + ki * 8, make_uint4(ropec_bf16_bits(ya0) | (ropec_bf16_bits(ya1) << 16u), ropec_bf16_bits(ya2) | (ropec_bf16_bits(ya3) << 16u), ropec_bf16_bits(ya4) | (ropec_bf16_bits(ya5) << 16u), ropec_bf16_bits(ya6) | (ropec_bf16_bits(ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + (32 + ki * 8), make_uint4(ropec_bf16_bits(yb0) | (ropec_bf16_bits(yb1) << 16u), ropec_bf16_bits(yb2) | (ropec_bf16_bits(yb3) << 16u), ropec_bf16_bits(yb4) | (ropec_bf16_bits(yb5) << 16u), ropec_bf16_bits(yb6) | (ropec_bf16_bits(yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_k1_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 8 + i] == 0u ? pos0 : pos1, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 16 + h0) * 64;
  const uint4 xav = ropec_load_vec4u(a.k_in + o + ki * 8);
  const float xa0 = ropec_bf16_from_bits(xav.x & 0xffffu);
  const float xa1 = ropec_bf16_from_bits(xav.x >> 16u);
  const float xa2 = ropec_bf16_from_bits(xav.y & 0xffffu);
  const float xa3 = ropec_bf16_from_bits(xav.y >> 16u);
  const float xa4 = ropec_bf16_from_bits(xav.z & 0xffffu);
  const float xa5 = ropec_bf16_from_bits(xav.z >> 16u);
  const float xa6 = ropec_bf16_from_bits(xav.w & 0xffffu);
  const float xa7 = ropec_bf16_from_bits(xav.w >> 16u);
  const uint4 xbv = ropec_load_vec4u(a.k_in + o + (32 + ki * 8));
  const float xb0 = ropec_bf16_from_bits(xbv.x & 0xffffu);
  const float xb1 = ropec_bf16_from_bits(xbv.x >> 16u);
  const float xb2 = ropec_bf16_from_bits(xbv.y & 0xffffu);
  const float xb3 = ropec_bf16_from_bits(xbv.y >> 16u);
  const float xb4 = ropec_bf16_from_bits(xbv.z & 0xffffu);
  const float xb5 = ropec_bf16_from_bits(xbv.z >> 16u);
  const float xb6 = ropec_bf16_from_bits(xbv.w & 0xffffu);
  const float xb7 = ropec_bf16_from_bits(xbv.w >> 16u);
  const float ya0 = xa0 * c0[0] - xb0 * s0[0];
  const float yb0 = xb0 * c0[0] + xa0 * s0[0];
  const float ya1 = xa1 * c0[1] - xb1 * s0[1];
  const float yb1 = xb1 * c0[1] + xa1 * s0[1];
  const float ya2 = xa2 * c0[2] - xb2 * s0[2];
  const float yb2 = xb2 * c0[2] + xa2 * s0[2];
  const float ya3 = xa3 * c0[3] - xb3 * s0[3];
  const float yb3 = xb3 * c0[3] + xa3 * s0[3];
  const float ya4 = xa4 * c0[4] - xb4 * s0[4];
  const float yb4 = xb4 * c0[4] + xa4 * s0[4];
  const float ya5 = xa5 * c0[5] - xb5 * s0[5];
  const float yb5 = xb5 * c0[5] + xa5 * s0[5];
  const float ya6 = xa6 * c0[6] - xb6 * s0[6];
  const float yb6 = xb6 * c0[6] + xa6 * s0[6];
  const float ya7 = xa7 * c0[7] - xb7 * s0[7];
  const float yb7 = xb7 * c0[7] + xa7 * s0[7];
  ropec_store_vec4u(a.k_out + o + ki * 8, make_uint4(ropec_bf16_bits(ya0) | (ropec_bf16_bits(ya1) << 16u), ropec_bf16_bits(ya2) | (ropec_bf16_bits(ya3) << 16u), ropec_bf16_bits(ya4) | (ropec_bf16_bits(ya5) << 16u), ropec_bf16_bits(ya6) | (ropec_bf16_bits(ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + (32 + ki * 8), make_uint4(ropec_bf16_bits(yb0) | (ropec_bf16_bits(yb1) << 16u), ropec_bf16_bits(yb2) | (ropec_bf16_bits(yb3) << 16u), ropec_bf16_bits(yb4) | (ropec_bf16_bits(yb5) << 16u), ropec_bf16_bits(yb6) | (ropec_bf16_bits(yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_q4_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 8 + i] == 0u ? pos0 : pos1, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 16 + h0) * 64;
  const uint4 h0_xav = ropec_load_vec4u(a.q_in + oh0 + ki * 8);
  const float h0_xa0 = ropec_bf16_from_bits(h0_xav.x & 0xffffu);
  const float h0_xa1 = ropec_bf16_from_bits(h0_xav.x >> 16u);
  const float h0_xa2 = ropec_bf16_from_bits(h0_xav.y & 0xffffu);
  const float h0_xa3 = ropec_bf16_from_bits(h0_xav.y >> 16u);
  const float h0_xa4 = ropec_bf16_from_bits(h0_xav.z & 0xffffu);
  const float h0_xa5 = ropec_bf16_from_bits(h0_xav.z >> 16u);
  const float h0_xa6 = ropec_bf16_from_bits(h0_xav.w & 0xffffu);
  const float h0_xa7 = ropec_bf16_from_bits(h0_xav.w >> 16u);
  const uint4 h0_xbv = ropec_load_vec4u(a.q_in + oh0 + (32 + ki * 8));
  const float h0_xb0 = ropec_bf16_from_bits(h0_xbv.x & 0xffffu);
  const float h0_xb1 = ropec_bf16_from_bits(h0_xbv.x >> 16u);
  const float h0_xb2 = ropec_bf16_from_bits(h0_xbv.y & 0xffffu);
  const float h0_xb3 = ropec_bf16_from_bits(h0_xbv.y >> 16u);
  const float h0_xb4 = ropec_bf16_from_bits(h0_xbv.z & 0xffffu);
  const float h0_xb5 = ropec_bf16_from_bits(h0_xbv.z >> 16u);
  const float h0_xb6 = ropec_bf16_from_bits(h0_xbv.w & 0xffffu);
  const float h0_xb7 = ropec_bf16_from_bits(h0_xbv.w >> 16u);
  const int64_t oh1 = (flat * 16 + (h0 + 1)) * 64;
  const uint4 h1_xav = ropec_load_vec4u(a.q_in + oh1 + ki * 8);
  const float h1_xa0 = ropec_bf16_from_bits(h1_xav.x & 0xffffu);
  const float h1_xa1 = ropec_bf16_from_bits(h1_xav.x >> 16u);
  const float h1_xa2 = ropec_bf16_from_bits(h1_xav.y & 0xffffu);
  const float h1_xa3 = ropec_bf16_from_bits(h1_xav.y >> 16u);
  const float h1_xa4 = ropec_bf16_from_bits(h1_xav.z & 0xffffu);
  const float h1_xa5 = ropec_bf16_from_bits(h1_xav.z >> 16u);
  const float h1_xa6 = ropec_bf16_from_bits(h1_xav.w & 0xffffu);
  const float h1_xa7 = ropec_bf16_from_bits(h1_xav.w >> 16u);
  const uint4 h1_xbv = ropec_load_vec4u(a.q_in + oh1 + (32 + ki * 8));
  const float h1_xb0 = ropec_bf16_from_bits(h1_xbv.x & 0xffffu);
  const float h1_xb1 = ropec_bf16_from_bits(h1_xbv.x >> 16u);
  const float h1_xb2 = ropec_bf16_from_bits(h1_xbv.y & 0xffffu);
  const float h1_xb3 = ropec_bf16_from_bits(h1_xbv.y >> 16u);
  const float h1_xb4 = ropec_bf16_from_bits(h1_xbv.z & 0xffffu);
  const float h1_xb5 = ropec_bf16_from_bits(h1_xbv.z >> 16u);
  const float h1_xb6 = ropec_bf16_from_bits(h1_xbv.w & 0xffffu);
  const float h1_xb7 = ropec_bf16_from_bits(h1_xbv.w >> 16u);
  const int64_t oh2 = (flat * 16 + (h0 + 2)) * 64;
  const uint4 h2_xav = ropec_load_vec4u(a.q_in + oh2 + ki * 8);
  const float h2_xa0 = ropec_bf16_from_bits(h2_xav.x & 0xffffu);
  const float h2_xa1 = ropec_bf16_from_bits(h2_xav.x >> 16u);
  const float h2_xa2 = ropec_bf16_from_bits(h2_xav.y & 0xffffu);
  const float h2_xa3 = ropec_bf16_from_bits(h2_xav.y >> 16u);
  const float h2_xa4 = ropec_bf16_from_bits(h2_xav.z & 0xffffu);
  const float h2_xa5 = ropec_bf16_from_bits(h2_xav.z >> 16u);
  const float h2_xa6 = ropec_bf16_from_bits(h2_xav.w & 0xffffu);
  const float h2_xa7 = ropec_bf16_from_bits(h2_xav.w >> 16u);
  const uint4 h2_xbv = ropec_load_vec4u(a.q_in + oh2 + (32 + ki * 8));
  const float h2_xb0 = ropec_bf16_from_bits(h2_xbv.x & 0xffffu);
  const float h2_xb1 = ropec_bf16_from_bits(h2_xbv.x >> 16u);
  const float h2_xb2 = ropec_bf16_from_bits(h2_xbv.y & 0xffffu);
  const float h2_xb3 = ropec_bf16_from_bits(h2_xbv.y >> 16u);
  const float h2_xb4 = ropec_bf16_from_bits(h2_xbv.z & 0xffffu);
  const float h2_xb5 = ropec_bf16_from_bits(h2_xbv.z >> 16u);
  const float h2_xb6 = ropec_bf16_from_bits(h2_xbv.w & 0xffffu);
  const float h2_xb7 = ropec_bf16_from_bits(h2_xbv.w >> 16u);
  const int64_t oh3 = (flat * 16 + (h0 + 3)) * 64;
  const uint4 h3_xav = ropec_load_vec4u(a.q_in + oh3 + ki * 8);
  const float h3_xa0 = ropec_bf16_from_bits(h3_xav.x & 0xffffu);
  const float h3_xa1 = ropec_bf16_from_bits(h3_xav.x >> 16u);
  const float h3_xa2 = ropec_bf16_from_bits(h3_xav.y & 0xffffu);
  const float h3_xa3 = ropec_bf16_from_bits(h3_xav.y >> 16u);
  const float h3_xa4 = ropec_bf16_from_bits(h3_xav.z & 0xffffu);
  const float h3_xa5 = ropec_bf16_from_bits(h3_xav.z >> 16u);
  const float h3_xa6 = ropec_bf16_from_bits(h3_xav.w & 0xffffu);
  const float h3_xa7 = ropec_bf16_from_bits(h3_xav.w >> 16u);
  const uint4 h3_xbv = ropec_load_vec4u(a.q_in + oh3 + (32 + ki * 8));
  const float h3_xb0 = ropec_bf16_from_bits(h3_xbv.x & 0xffffu);
  const float h3_xb1 = ropec_bf16_from_bits(h3_xbv.x >> 16u);
  const float h3_xb2 = ropec_bf16_from_bits(h3_xbv.y & 0xffffu);
  const float h3_xb3 = ropec_bf16_from_bits(h3_xbv.y >> 16u);
  const float h3_xb4 = ropec_bf16_from_bits(h3_xbv.z & 0xffffu);
  const float h3_xb5 = ropec_bf16_from_bits(h3_xbv.z >> 16u);
  const float h3_xb6 = ropec_bf16_from_bits(h3_xbv.w & 0xffffu);
  const float h3_xb7 = ropec_bf16_from_bits(h3_xbv.w >> 16u);
  const float h0_ya0 = h0_xa0 * c0[0] - h0_xb0 * s0[0];
  const float h0_yb0 = h0_xb0 * c0[0] + h0_xa0 * s0[0];
  const float h0_ya1 = h0_xa1 * c0[1] - h0_xb1 * s0[1];
  const float h0_yb1 = h0_xb1 * c0[1] + h0_xa1 * s0[1];
  const float h0_ya2 = h0_xa2 * c0[2] - h0_xb2 * s0[2];
  const float h0_yb2 = h0_xb2 * c0[2] + h0_xa2 * s0[2];
  const float h0_ya3 = h0_xa3 * c0[3] - h0_xb3 * s0[3];
  const float h0_yb3 = h0_xb3 * c0[3] + h0_xa3 * s0[3];
  const float h0_ya4 = h0_xa4 * c0[4] - h0_xb4 * s0[4];
  const float h0_yb4 = h0_xb4 * c0[4] + h0_xa4 * s0[4];
  const float h0_ya5 = h0_xa5 * c0[5] - h0_xb5 * s0[5];
  const float h0_yb5 = h0_xb5 * c0[5] + h0_xa5 * s0[5];
  const float h0_ya6 = h0_xa6 * c0[6] - h0_xb6 * s0[6];
  const float h0_yb6 = h0_xb6 * c0[6] + h0_xa6 * s0[6];
  const float h0_ya7 = h0_xa7 * c0[7] - h0_xb7 * s0[7];
  const float h0_yb7 = h0_xb7 * c0[7] + h0_xa7 * s0[7];
  ropec_store_vec4u(a.q_out + oh0 + ki * 8, make_uint4(ropec_bf16_bits(h0_ya0) | (ropec_bf16_bits(h0_ya1) << 16u), ropec_bf16_bits(h0_ya2) | (ropec_bf16_bits(h0_ya3) << 16u), ropec_bf16_bits(h0_ya4) | (ropec_bf16_bits(h0_ya5) << 16u), ropec_bf16_bits(h0_ya6) | (ropec_bf16_bits(h0_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h0_yb0) | (ropec_bf16_bits(h0_yb1) << 16u), ropec_bf16_bits(h0_yb2) | (ropec_bf16_bits(h0_yb3) << 16u), ropec_bf16_bits(h0_yb4) | (ropec_bf16_bits(h0_yb5) << 16u), ropec_bf16_bits(h0_yb6) | (ropec_bf16_bits(h0_yb7) << 16u)));
  const float h1_ya0 = h1_xa0 * c0[0] - h1_xb0 * s0[0];
  const float h1_yb0 = h1_xb0 * c0[0] + h1_xa0 * s0[0];
  const float h1_ya1 = h1_xa1 * c0[1] - h1_xb1 * s0[1];
  const float h1_yb1 = h1_xb1 * c0[1] + h1_xa1 * s0[1];
  const float h1_ya2 = h1_xa2 * c0[2] - h1_xb2 * s0[2];
  const float h1_yb2 = h1_xb2 * c0[2] + h1_xa2 * s0[2];
  const float h1_ya3 = h1_xa3 * c0[3] - h1_xb3 * s0[3];
  const float h1_yb3 = h1_xb3 * c0[3] + h1_xa3 * s0[3];
  const float h1_ya4 = h1_xa4 * c0[4] - h1_xb4 * s0[4];
  const float h1_yb4 = h1_xb4 * c0[4] + h1_xa4 * s0[4];
  const float h1_ya5 = h1_xa5 * c0[5] - h1_xb5 * s0[5];
  const float h1_yb5 = h1_xb5 * c0[5] + h1_xa5 * s0[5];
  const float h1_ya6 = h1_xa6 * c0[6] - h1_xb6 * s0[6];
  const float h1_yb6 = h1_xb6 * c0[6] + h1_xa6 * s0[6];
  const float h1_ya7 = h1_xa7 * c0[7] - h1_xb7 * s0[7];
  const float h1_yb7 = h1_xb7 * c0[7] + h1_xa7 * s0[7];
  ropec_store_vec4u(a.q_out + oh1 + ki * 8, make_uint4(ropec_bf16_bits(h1_ya0) | (ropec_bf16_bits(h1_ya1) << 16u), ropec_bf16_bits(h1_ya2) | (ropec_bf16_bits(h1_ya3) << 16u), ropec_bf16_bits(h1_ya4) | (ropec_bf16_bits(h1_ya5) << 16u), ropec_bf16_bits(h1_ya6) | (ropec_bf16_bits(h1_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h1_yb0) | (ropec_bf16_bits(h1_yb1) << 16u), ropec_bf16_bits(h1_yb2) | (ropec_bf16_bits(h1_yb3) << 16u), ropec_bf16_bits(h1_yb4) | (ropec_bf16_bits(h1_yb5) << 16u), ropec_bf16_bits(h1_yb6) | (ropec_bf16_bits(h1_yb7) << 16u)));
  const float h2_ya0 = h2_xa0 * c0[0] - h2_xb0 * s0[0];
  const float h2_yb0 = h2_xb0 * c0[0] + h2_xa0 * s0[0];
  const float h2_ya1 = h2_xa1 * c0[1] - h2_xb1 * s0[1];
  const float h2_yb1 = h2_xb1 * c0[1] + h2_xa1 * s0[1];
  const float h2_ya2 = h2_xa2 * c0[2] - h2_xb2 * s0[2];
  const float h2_yb2 = h2_xb2 * c0[2] + h2_xa2 * s0[2];
  const float h2_ya3 = h2_xa3 * c0[3] - h2_xb3 * s0[3];
  const float h2_yb3 = h2_xb3 * c0[3] + h2_xa3 * s0[3];
  const float h2_ya4 = h2_xa4 * c0[4] - h2_xb4 * s0[4];
  const float h2_yb4 = h2_xb4 * c0[4] + h2_xa4 * s0[4];
  const float h2_ya5 = h2_xa5 * c0[5] - h2_xb5 * s0[5];
  const float h2_yb5 = h2_xb5 * c0[5] + h2_xa5 * s0[5];
  const float h2_ya6 = h2_xa6 * c0[6] - h2_xb6 * s0[6];
  const float h2_yb6 = h2_xb6 * c0[6] + h2_xa6 * s0[6];
  const float h2_ya7 = h2_xa7 * c0[7] - h2_xb7 * s0[7];
  const float h2_yb7 = h2_xb7 * c0[7] + h2_xa7 * s0[7];
  ropec_store_vec4u(a.q_out + oh2 + ki * 8, make_uint4(ropec_bf16_bits(h2_ya0) | (ropec_bf16_bits(h2_ya1) << 16u), ropec_bf16_bits(h2_ya2) | (ropec_bf16_bits(h2_ya3) << 16u), ropec_bf16_bits(h2_ya4) | (ropec_bf16_bits(h2_ya5) << 16u), ropec_bf16_bits(h2_ya6) | (ropec_bf16_bits(h2_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h2_yb0) | (ropec_bf16_bits(h2_yb1) << 16u), ropec_bf16_bits(h2_yb2) | (ropec_bf16_bits(h2_yb3) << 16u), ropec_bf16_bits(h2_yb4) | (ropec_bf16_bits(h2_yb5) << 16u), ropec_bf16_bits(h2_yb6) | (ropec_bf16_bits(h2_yb7) << 16u)));
  const float h3_ya0 = h3_xa0 * c0[0] - h3_xb0 * s0[0];
  const float h3_yb0 = h3_xb0 * c0[0] + h3_xa0 * s0[0];
  const float h3_ya1 = h3_xa1 * c0[1] - h3_xb1 * s0[1];
  const float h3_yb1 = h3_xb1 * c0[1] + h3_xa1 * s0[1];
  const float h3_ya2 = h3_xa2 * c0[2] - h3_xb2 * s0[2];
  const float h3_yb2 = h3_xb2 * c0[2] + h3_xa2 * s0[2];
  const float h3_ya3 = h3_xa3 * c0[3] - h3_xb3 * s0[3];
  const float h3_yb3 = h3_xb3 * c0[3] + h3_xa3 * s0[3];
  const float h3_ya4 = h3_xa4 * c0[4] - h3_xb4 * s0[4];
  const float h3_yb4 = h3_xb4 * c0[4] + h3_xa4 * s0[4];
  const float h3_ya5 = h3_xa5 * c0[5] - h3_xb5 * s0[5];
  const float h3_yb5 = h3_xb5 * c0[5] + h3_xa5 * s0[5];
  const float h3_ya6 = h3_xa6 * c0[6] - h3_xb6 * s0[6];
  const float h3_yb6 = h3_xb6 * c0[6] + h3_xa6 * s0[6];
  const float h3_ya7 = h3_xa7 * c0[7] - h3_xb7 * s0[7];
  const float h3_yb7 = h3_xb7 * c0[7] + h3_xa7 * s0[7];
  ropec_store_vec4u(a.q_out + oh3 + ki * 8, make_uint4(ropec_bf16_bits(h3_ya0) | (ropec_bf16_bits(h3_ya1) << 16u), ropec_bf16_bits(h3_ya2) | (ropec_bf16_bits(h3_ya3) << 16u), ropec_bf16_bits(h3_ya4) | (ropec_bf16_bits(h3_ya5) << 16u), ropec_bf16_bits(h3_ya6) | (ropec_bf16_bits(h3_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h3_yb0) | (ropec_bf16_bits(h3_yb1) << 16u), ropec_bf16_bits(h3_yb2) | (ropec_bf16_bits(h3_yb3) << 16u), ropec_bf16_bits(h3_yb4) | (ropec_bf16_bits(h3_yb5) << 16u), ropec_bf16_bits(h3_yb6) | (ropec_bf16_bits(h3_yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_k4_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  if (s < 5) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
  } else {
    int64_t rest = s - 5;
    const int64_t gs0 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2]), 1);
    const int64_t gs1 = ropec_max(static_cast<int64_t>(a.grid_sizes[b * 2 + 1]), 1);
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = 2.0 * ((static_cast<double>(gi0) + 0.5) / static_cast<double>(gs0)) - 1.0;
    pos1 = 2.0 * ((static_cast<double>(gi1) + 0.5) / static_cast<double>(gs1)) - 1.0;
  }
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 8 + i] == 0u ? pos0 : pos1, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 16 + h0) * 64;
  const uint4 h0_xav = ropec_load_vec4u(a.k_in + oh0 + ki * 8);
  const float h0_xa0 = ropec_bf16_from_bits(h0_xav.x & 0xffffu);
  const float h0_xa1 = ropec_bf16_from_bits(h0_xav.x >> 16u);
  const float h0_xa2 = ropec_bf16_from_bits(h0_xav.y & 0xffffu);
  const float h0_xa3 = ropec_bf16_from_bits(h0_xav.y >> 16u);
  const float h0_xa4 = ropec_bf16_from_bits(h0_xav.z & 0xffffu);
  const float h0_xa5 = ropec_bf16_from_bits(h0_xav.z >> 16u);
  const float h0_xa6 = ropec_bf16_from_bits(h0_xav.w & 0xffffu);
  const float h0_xa7 = ropec_bf16_from_bits(h0_xav.w >> 16u);
  const uint4 h0_xbv = ropec_load_vec4u(a.k_in + oh0 + (32 + ki * 8));
  const float h0_xb0 = ropec_bf16_from_bits(h0_xbv.x & 0xffffu);
  const float h0_xb1 = ropec_bf16_from_bits(h0_xbv.x >> 16u);
  const float h0_xb2 = ropec_bf16_from_bits(h0_xbv.y & 0xffffu);
  const float h0_xb3 = ropec_bf16_from_bits(h0_xbv.y >> 16u);
  const float h0_xb4 = ropec_bf16_from_bits(h0_xbv.z & 0xffffu);
  const float h0_xb5 = ropec_bf16_from_bits(h0_xbv.z >> 16u);
  const float h0_xb6 = ropec_bf16_from_bits(h0_xbv.w & 0xffffu);
  const float h0_xb7 = ropec_bf16_from_bits(h0_xbv.w >> 16u);
  const int64_t oh1 = (flat * 16 + (h0 + 1)) * 64;
  const uint4 h1_xav = ropec_load_vec4u(a.k_in + oh1 + ki * 8);
  const float h1_xa0 = ropec_bf16_from_bits(h1_xav.x & 0xffffu);
  const float h1_xa1 = ropec_bf16_from_bits(h1_xav.x >> 16u);
  const float h1_xa2 = ropec_bf16_from_bits(h1_xav.y & 0xffffu);
  const float h1_xa3 = ropec_bf16_from_bits(h1_xav.y >> 16u);
  const float h1_xa4 = ropec_bf16_from_bits(h1_xav.z & 0xffffu);
  const float h1_xa5 = ropec_bf16_from_bits(h1_xav.z >> 16u);
  const float h1_xa6 = ropec_bf16_from_bits(h1_xav.w & 0xffffu);
  const float h1_xa7 = ropec_bf16_from_bits(h1_xav.w >> 16u);
  const uint4 h1_xbv = ropec_load_vec4u(a.k_in + oh1 + (32 + ki * 8));
  const float h1_xb0 = ropec_bf16_from_bits(h1_xbv.x & 0xffffu);
  const float h1_xb1 = ropec_bf16_from_bits(h1_xbv.x >> 16u);
  const float h1_xb2 = ropec_bf16_from_bits(h1_xbv.y & 0xffffu);
  const float h1_xb3 = ropec_bf16_from_bits(h1_xbv.y >> 16u);
  const float h1_xb4 = ropec_bf16_from_bits(h1_xbv.z & 0xffffu);
  const float h1_xb5 = ropec_bf16_from_bits(h1_xbv.z >> 16u);
  const float h1_xb6 = ropec_bf16_from_bits(h1_xbv.w & 0xffffu);
  const float h1_xb7 = ropec_bf16_from_bits(h1_xbv.w >> 16u);
  const int64_t oh2 = (flat * 16 + (h0 + 2)) * 64;
  const uint4 h2_xav = ropec_load_vec4u(a.k_in + oh2 + ki * 8);
  const float h2_xa0 = ropec_bf16_from_bits(h2_xav.x & 0xffffu);
  const float h2_xa1 = ropec_bf16_from_bits(h2_xav.x >> 16u);
  const float h2_xa2 = ropec_bf16_from_bits(h2_xav.y & 0xffffu);
  const float h2_xa3 = ropec_bf16_from_bits(h2_xav.y >> 16u);
  const float h2_xa4 = ropec_bf16_from_bits(h2_xav.z & 0xffffu);
  const float h2_xa5 = ropec_bf16_from_bits(h2_xav.z >> 16u);
  const float h2_xa6 = ropec_bf16_from_bits(h2_xav.w & 0xffffu);
  const float h2_xa7 = ropec_bf16_from_bits(h2_xav.w >> 16u);
  const uint4 h2_xbv = ropec_load_vec4u(a.k_in + oh2 + (32 + ki * 8));
  const float h2_xb0 = ropec_bf16_from_bits(h2_xbv.x & 0xffffu);
  const float h2_xb1 = ropec_bf16_from_bits(h2_xbv.x >> 16u);
  const float h2_xb2 = ropec_bf16_from_bits(h2_xbv.y & 0xffffu);
  const float h2_xb3 = ropec_bf16_from_bits(h2_xbv.y >> 16u);
  const float h2_xb4 = ropec_bf16_from_bits(h2_xbv.z & 0xffffu);
  const float h2_xb5 = ropec_bf16_from_bits(h2_xbv.z >> 16u);
  const float h2_xb6 = ropec_bf16_from_bits(h2_xbv.w & 0xffffu);
  const float h2_xb7 = ropec_bf16_from_bits(h2_xbv.w >> 16u);
  const int64_t oh3 = (flat * 16 + (h0 + 3)) * 64;
  const uint4 h3_xav = ropec_load_vec4u(a.k_in + oh3 + ki * 8);
  const float h3_xa0 = ropec_bf16_from_bits(h3_xav.x & 0xffffu);
  const float h3_xa1 = ropec_bf16_from_bits(h3_xav.x >> 16u);
  const float h3_xa2 = ropec_bf16_from_bits(h3_xav.y & 0xffffu);
  const float h3_xa3 = ropec_bf16_from_bits(h3_xav.y >> 16u);
  const float h3_xa4 = ropec_bf16_from_bits(h3_xav.z & 0xffffu);
  const float h3_xa5 = ropec_bf16_from_bits(h3_xav.z >> 16u);
  const float h3_xa6 = ropec_bf16_from_bits(h3_xav.w & 0xffffu);
  const float h3_xa7 = ropec_bf16_from_bits(h3_xav.w >> 16u);
  const uint4 h3_xbv = ropec_load_vec4u(a.k_in + oh3 + (32 + ki * 8));
  const float h3_xb0 = ropec_bf16_from_bits(h3_xbv.x & 0xffffu);
  const float h3_xb1 = ropec_bf16_from_bits(h3_xbv.x >> 16u);
  const float h3_xb2 = ropec_bf16_from_bits(h3_xbv.y & 0xffffu);
  const float h3_xb3 = ropec_bf16_from_bits(h3_xbv.y >> 16u);
  const float h3_xb4 = ropec_bf16_from_bits(h3_xbv.z & 0xffffu);
  const float h3_xb5 = ropec_bf16_from_bits(h3_xbv.z >> 16u);
  const float h3_xb6 = ropec_bf16_from_bits(h3_xbv.w & 0xffffu);
  const float h3_xb7 = ropec_bf16_from_bits(h3_xbv.w >> 16u);
  const float h0_ya0 = h0_xa0 * c0[0] - h0_xb0 * s0[0];
  const float h0_yb0 = h0_xb0 * c0[0] + h0_xa0 * s0[0];
  const float h0_ya1 = h0_xa1 * c0[1] - h0_xb1 * s0[1];
  const float h0_yb1 = h0_xb1 * c0[1] + h0_xa1 * s0[1];
  const float h0_ya2 = h0_xa2 * c0[2] - h0_xb2 * s0[2];
  const float h0_yb2 = h0_xb2 * c0[2] + h0_xa2 * s0[2];
  const float h0_ya3 = h0_xa3 * c0[3] - h0_xb3 * s0[3];
  const float h0_yb3 = h0_xb3 * c0[3] + h0_xa3 * s0[3];
  const float h0_ya4 = h0_xa4 * c0[4] - h0_xb4 * s0[4];
  const float h0_yb4 = h0_xb4 * c0[4] + h0_xa4 * s0[4];
  const float h0_ya5 = h0_xa5 * c0[5] - h0_xb5 * s0[5];
  const float h0_yb5 = h0_xb5 * c0[5] + h0_xa5 * s0[5];
  const float h0_ya6 = h0_xa6 * c0[6] - h0_xb6 * s0[6];
  const float h0_yb6 = h0_xb6 * c0[6] + h0_xa6 * s0[6];
  const float h0_ya7 = h0_xa7 * c0[7] - h0_xb7 * s0[7];
  const float h0_yb7 = h0_xb7 * c0[7] + h0_xa7 * s0[7];
  ropec_store_vec4u(a.k_out + oh0 + ki * 8, make_uint4(ropec_bf16_bits(h0_ya0) | (ropec_bf16_bits(h0_ya1) << 16u), ropec_bf16_bits(h0_ya2) | (ropec_bf16_bits(h0_ya3) << 16u), ropec_bf16_bits(h0_ya4) | (ropec_bf16_bits(h0_ya5) << 16u), ropec_bf16_bits(h0_ya6) | (ropec_bf16_bits(h0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h0_yb0) | (ropec_bf16_bits(h0_yb1) << 16u), ropec_bf16_bits(h0_yb2) | (ropec_bf16_bits(h0_yb3) << 16u), ropec_bf16_bits(h0_yb4) | (ropec_bf16_bits(h0_yb5) << 16u), ropec_bf16_bits(h0_yb6) | (ropec_bf16_bits(h0_yb7) << 16u)));
  const float h1_ya0 = h1_xa0 * c0[0] - h1_xb0 * s0[0];
  const float h1_yb0 = h1_xb0 * c0[0] + h1_xa0 * s0[0];
  const float h1_ya1 = h1_xa1 * c0[1] - h1_xb1 * s0[1];
  const float h1_yb1 = h1_xb1 * c0[1] + h1_xa1 * s0[1];
  const float h1_ya2 = h1_xa2 * c0[2] - h1_xb2 * s0[2];
  const float h1_yb2 = h1_xb2 * c0[2] + h1_xa2 * s0[2];
  const float h1_ya3 = h1_xa3 * c0[3] - h1_xb3 * s0[3];
  const float h1_yb3 = h1_xb3 * c0[3] + h1_xa3 * s0[3];
  const float h1_ya4 = h1_xa4 * c0[4] - h1_xb4 * s0[4];
  const float h1_yb4 = h1_xb4 * c0[4] + h1_xa4 * s0[4];
  const float h1_ya5 = h1_xa5 * c0[5] - h1_xb5 * s0[5];
  const float h1_yb5 = h1_xb5 * c0[5] + h1_xa5 * s0[5];
  const float h1_ya6 = h1_xa6 * c0[6] - h1_xb6 * s0[6];
  const float h1_yb6 = h1_xb6 * c0[6] + h1_xa6 * s0[6];
  const float h1_ya7 = h1_xa7 * c0[7] - h1_xb7 * s0[7];
  const float h1_yb7 = h1_xb7 * c0[7] + h1_xa7 * s0[7];
  ropec_store_vec4u(a.k_out + oh1 + ki * 8, make_uint4(ropec_bf16_bits(h1_ya0) | (ropec_bf16_bits(h1_ya1) << 16u), ropec_bf16_bits(h1_ya2) | (ropec_bf16_bits(h1_ya3) << 16u), ropec_bf16_bits(h1_ya4) | (ropec_bf16_bits(h1_ya5) << 16u), ropec_bf16_bits(h1_ya6) | (ropec_bf16_bits(h1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h1_yb0) | (ropec_bf16_bits(h1_yb1) << 16u), ropec_bf16_bits(h1_yb2) | (ropec_bf16_bits(h1_yb3) << 16u), ropec_bf16_bits(h1_yb4) | (ropec_bf16_bits(h1_yb5) << 16u), ropec_bf16_bits(h1_yb6) | (ropec_bf16_bits(h1_yb7) << 16u)));
  const float h2_ya0 = h2_xa0 * c0[0] - h2_xb0 * s0[0];
  const float h2_yb0 = h2_xb0 * c0[0] + h2_xa0 * s0[0];
  const float h2_ya1 = h2_xa1 * c0[1] - h2_xb1 * s0[1];
  const float h2_yb1 = h2_xb1 * c0[1] + h2_xa1 * s0[1];
  const float h2_ya2 = h2_xa2 * c0[2] - h2_xb2 * s0[2];
  const float h2_yb2 = h2_xb2 * c0[2] + h2_xa2 * s0[2];
  const float h2_ya3 = h2_xa3 * c0[3] - h2_xb3 * s0[3];
  const float h2_yb3 = h2_xb3 * c0[3] + h2_xa3 * s0[3];
  const float h2_ya4 = h2_xa4 * c0[4] - h2_xb4 * s0[4];
  const float h2_yb4 = h2_xb4 * c0[4] + h2_xa4 * s0[4];
  const float h2_ya5 = h2_xa5 * c0[5] - h2_xb5 * s0[5];
  const float h2_yb5 = h2_xb5 * c0[5] + h2_xa5 * s0[5];
  const float h2_ya6 = h2_xa6 * c0[6] - h2_xb6 * s0[6];
  const float h2_yb6 = h2_xb6 * c0[6] + h2_xa6 * s0[6];
  const float h2_ya7 = h2_xa7 * c0[7] - h2_xb7 * s0[7];
  const float h2_yb7 = h2_xb7 * c0[7] + h2_xa7 * s0[7];
  ropec_store_vec4u(a.k_out + oh2 + ki * 8, make_uint4(ropec_bf16_bits(h2_ya0) | (ropec_bf16_bits(h2_ya1) << 16u), ropec_bf16_bits(h2_ya2) | (ropec_bf16_bits(h2_ya3) << 16u), ropec_bf16_bits(h2_ya4) | (ropec_bf16_bits(h2_ya5) << 16u), ropec_bf16_bits(h2_ya6) | (ropec_bf16_bits(h2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h2_yb0) | (ropec_bf16_bits(h2_yb1) << 16u), ropec_bf16_bits(h2_yb2) | (ropec_bf16_bits(h2_yb3) << 16u), ropec_bf16_bits(h2_yb4) | (ropec_bf16_bits(h2_yb5) << 16u), ropec_bf16_bits(h2_yb6) | (ropec_bf16_bits(h2_yb7) << 16u)));
  const float h3_ya0 = h3_xa0 * c0[0] - h3_xb0 * s0[0];
  const float h3_yb0 = h3_xb0 * c0[0] + h3_xa0 * s0[0];
  const float h3_ya1 = h3_xa1 * c0[1] - h3_xb1 * s0[1];
  const float h3_yb1 = h3_xb1 * c0[1] + h3_xa1 * s0[1];
  const float h3_ya2 = h3_xa2 * c0[2] - h3_xb2 * s0[2];
  const float h3_yb2 = h3_xb2 * c0[2] + h3_xa2 * s0[2];
  const float h3_ya3 = h3_xa3 * c0[3] - h3_xb3 * s0[3];
  const float h3_yb3 = h3_xb3 * c0[3] + h3_xa3 * s0[3];
  const float h3_ya4 = h3_xa4 * c0[4] - h3_xb4 * s0[4];
  const float h3_yb4 = h3_xb4 * c0[4] + h3_xa4 * s0[4];
  const float h3_ya5 = h3_xa5 * c0[5] - h3_xb5 * s0[5];
  const float h3_yb5 = h3_xb5 * c0[5] + h3_xa5 * s0[5];
  const float h3_ya6 = h3_xa6 * c0[6] - h3_xb6 * s0[6];
  const float h3_yb6 = h3_xb6 * c0[6] + h3_xa6 * s0[6];
  const float h3_ya7 = h3_xa7 * c0[7] - h3_xb7 * s0[7];
  const float h3_yb7 = h3_xb7 * c0[7] + h3_xa7 * s0[7];
  ropec_store_vec4u(a.k_out + oh3 + ki * 8, make_uint4(ropec_bf16_bits(h3_ya0) | (ropec_bf16_bits(h3_ya1) << 16u), ropec_bf16_bits(h3_ya2) | (ropec_bf16_bits(h3_ya3) << 16u), ropec_bf16_bits(h3_ya4) | (ropec_bf16_bits(h3_ya5) << 16u), ropec_bf16_bits(h3_ya6) | (ropec_bf16_bits(h3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + (32 + ki * 8), make_uint4(ropec_bf16_bits(h3_yb0) | (ropec_bf16_bits(h3_yb1) << 16u), ropec_bf16_bits(h3_yb2) | (ropec_bf16_bits(h3_yb3) << 16u), ropec_bf16_bits(h3_yb4) | (ropec_bf16_bits(h3_yb5) << 16u), ropec_bf16_bits(h3_yb6) | (ropec_bf16_bits(h3_yb7) << 16u)));
}

/** The scalar schedule: out of place, one head per item, 32 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 32;
  const int64_t chunk = item % 32;
  const int64_t rest = item / 32;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  int64_t lo = 0;
  int64_t hi = a.batch - 1;
  while (lo < hi) {
    const int64_t mid = ((lo + hi) + 1) / 2;
    if (static_cast<int64_t>(a.cu_seqlens[mid]) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const int64_t b = lo;
  const int64_t s = flat - static_cast<int64_t>(a.cu_seqlens[lo]);
  if (g < 16) {
    const int64_t h0 = g;
    item_scalar_out_q1_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 16;
    item_scalar_out_k1_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 32) * 32) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: out of place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 8;
  const int64_t chunk = item % 32;
  const int64_t rest = item / 32;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  int64_t lo = 0;
  int64_t hi = a.batch - 1;
  while (lo < hi) {
    const int64_t mid = ((lo + hi) + 1) / 2;
    if (static_cast<int64_t>(a.cu_seqlens[mid]) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const int64_t b = lo;
  const int64_t s = flat - static_cast<int64_t>(a.cu_seqlens[lo]);
  if (g < 4) {
    const int64_t h0 = g * 4;
    item_scalar_out_q4_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 4) * 4;
    item_scalar_out_k4_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 8) * 32) return;
  work_scalar_grouped(a, item);
}

/** The vector schedule: out of place, one head per item, 4 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t per_token = 32;
  const int64_t chunk = item % 4;
  const int64_t rest = item / 4;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  int64_t lo = 0;
  int64_t hi = a.batch - 1;
  while (lo < hi) {
    const int64_t mid = ((lo + hi) + 1) / 2;
    if (static_cast<int64_t>(a.cu_seqlens[mid]) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const int64_t b = lo;
  const int64_t s = flat - static_cast<int64_t>(a.cu_seqlens[lo]);
  if (g < 16) {
    const int64_t h0 = g;
    item_vector_out_q1_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 16;
    item_vector_out_k1_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 32) * 4) return;
  work_vector(a, item);
}

/** The vector_grouped schedule: out of place, groups of 4 q / 4 k heads per item, 4 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 8;
  const int64_t chunk = item % 4;
  const int64_t rest = item / 4;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  int64_t lo = 0;
  int64_t hi = a.batch - 1;
  while (lo < hi) {
    const int64_t mid = ((lo + hi) + 1) / 2;
    if (static_cast<int64_t>(a.cu_seqlens[mid]) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const int64_t b = lo;
  const int64_t s = flat - static_cast<int64_t>(a.cu_seqlens[lo]);
  if (g < 4) {
    const int64_t h0 = g * 4;
    item_vector_out_q4_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 4) * 4;
    item_vector_out_k4_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 8) * 4) return;
  work_vector_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_dinov3_vitl16_multicrop_inverse_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** grid(…) packed: each row of grid_sizes [batch, 2] holds whole sizes in [0, 2^31) whose product plus the prefix (5) is its sequence's length in cu_seqlens */
static cudaError_t check_grid_sizes(const int32_t* grid_sizes, const int32_t* cu_seqlens, int64_t batch, int64_t tokens) {
  if (!(grid_sizes != NULL && ropec_aligned(grid_sizes, sizeof(*grid_sizes)))) {
    return ropec_refuse("grid_sizes: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(cu_seqlens != NULL && ropec_aligned(cu_seqlens, sizeof(*cu_seqlens)))) {
    return ropec_refuse("cu_seqlens: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(batch >= 0)) {
    return ropec_refuse("batch: expected a whole number ≥ 0, got %lld", static_cast<long long>(batch));
  }
  if (!(tokens >= 0)) {
    return ropec_refuse("tokens: expected a whole number ≥ 0, got %lld", static_cast<long long>(tokens));
  }
  if (!(cu_seqlens[0] == 0)) {
    return ropec_refuse("cu_seqlens: must start at 0, got %lld", static_cast<long long>(cu_seqlens[0]));
  }
  for (int64_t i = 1; i < batch + 1; ++i) {
    if (!(true && cu_seqlens[i] >= cu_seqlens[i - 1])) {
      return ropec_refuse("cu_seqlens: must be non-decreasing whole numbers; entry %lld is %lld after %lld", static_cast<long long>(i), static_cast<long long>(cu_seqlens[i]), static_cast<long long>(cu_seqlens[i - 1]));
    }
  }
  if (!(cu_seqlens[batch] == tokens)) {
    return ropec_refuse("cu_seqlens: must end at tokens = %lld, got %lld", static_cast<long long>(tokens), static_cast<long long>(cu_seqlens[batch]));
  }
  for (int64_t b = 0; b < batch; ++b) {
    if (!((true && grid_sizes[b * 2 + 0] >= 0) && grid_sizes[b * 2 + 0] <= 2147483647)) {
      return ropec_refuse("grid_sizes: entry [%lld, 0] (axis 'h') must be a whole number in [0, 2^31), got %lld", static_cast<long long>(b), static_cast<long long>(grid_sizes[b * 2 + 0]));
    }
    if (!((true && grid_sizes[b * 2 + 1] >= 0) && grid_sizes[b * 2 + 1] <= 2147483647)) {
      return ropec_refuse("grid_sizes: entry [%lld, 1] (axis 'w') must be a whole number in [0, 2^31), got %lld", static_cast<long long>(b), static_cast<long long>(grid_sizes[b * 2 + 1]));
    }
    if (!(static_cast<double>(static_cast<int64_t>(cu_seqlens[b + 1]) - static_cast<int64_t>(cu_seqlens[b])) == 5.0 + static_cast<double>(grid_sizes[b * 2 + 0]) * static_cast<double>(grid_sizes[b * 2 + 1]))) {
      return ropec_refuse("grid_sizes: sequence %lld holds %lld tokens (cu_seqlens), but prefix + h·w = 5 + %lld·%lld = %.9g", static_cast<long long>(b), static_cast<long long>(static_cast<int64_t>(cu_seqlens[b + 1]) - static_cast<int64_t>(cu_seqlens[b])), static_cast<long long>(grid_sizes[b * 2 + 0]), static_cast<long long>(grid_sizes[b * 2 + 1]), static_cast<double>(5.0 + static_cast<double>(grid_sizes[b * 2 + 0]) * static_cast<double>(grid_sizes[b * 2 + 1])));
    }
  }
  return cudaSuccess;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_dinov3_vitl16_multicrop_inverse_elem_t* q, const ropec_dinov3_vitl16_multicrop_inverse_elem_t* k, ropec_dinov3_vitl16_multicrop_inverse_elem_t* q_out, ropec_dinov3_vitl16_multicrop_inverse_elem_t* k_out, const int32_t* cu_seqlens, const int32_t* grid_sizes, int64_t tokens, int64_t batch, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(cu_seqlens != NULL && ropec_aligned(cu_seqlens, sizeof(*cu_seqlens)))) {
    return ropec_refuse("cu_seqlens: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(grid_sizes != NULL && ropec_aligned(grid_sizes, sizeof(*grid_sizes)))) {
    return ropec_refuse("grid_sizes: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(tokens >= 0)) {
    return ropec_refuse("tokens: expected a whole number ≥ 0, got %lld", static_cast<long long>(tokens));
  }
  const int64_t n_tokens = tokens;
  if (!(batch >= 0)) {
    return ropec_refuse("batch: expected a whole number ≥ 0, got %lld", static_cast<long long>(batch));
  }
  const int64_t n_batch = batch;
  const int64_t n_q_heads = 16;
  const int64_t n_k_heads = 16;
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
  if (ropec_host_memory()) {
    if (const cudaError_t status = check_grid_sizes(grid_sizes, cu_seqlens, n_batch, n_tokens); status != cudaSuccess) return status;
  }
  if (!(n_tokens == 0 || n_q_heads <= 72057594037927936LL / n_tokens)) {
    return ropec_refuse("q: tokens · heads · head_dim = %lld · %lld · 64 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_heads));
  }
  if (!(n_tokens == 0 || n_k_heads <= 72057594037927936LL / n_tokens)) {
    return ropec_refuse("k: tokens · heads · head_dim = %lld · %lld · 64 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_heads));
  }
  if (!(n_tokens <= 17179869176LL / ropec_max((n_q_heads + 3) / 4 + (n_k_heads + 3) / 4, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  if (n_tokens > 0) {
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 64));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 64));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 64));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 64));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 64 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k_out; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 64));
    }
  }
  const int64_t at_q_out = static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) * 2;
  const int64_t end_q_out = at_q_out + ropec_min((n_tokens * 16) * 64, 1125899906842624LL) * 2;
  const int64_t at_k_out = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) * 2;
  const int64_t end_k_out = at_k_out + ropec_min((n_tokens * 16) * 64, 1125899906842624LL) * 2;
  const int64_t at_cu_seqlens = static_cast<int64_t>(reinterpret_cast<uintptr_t>(cu_seqlens) / sizeof(*cu_seqlens)) * 4;
  const int64_t end_cu_seqlens = at_cu_seqlens + ropec_min(n_batch + 1, 1125899906842624LL) * 4;
  const int64_t at_grid_sizes = static_cast<int64_t>(reinterpret_cast<uintptr_t>(grid_sizes) / sizeof(*grid_sizes)) * 4;
  const int64_t end_grid_sizes = at_grid_sizes + ropec_min(n_batch * 2, 1125899906842624LL) * 4;
  if (!(((at_q_out == end_q_out || at_cu_seqlens == end_cu_seqlens) || end_q_out <= at_cu_seqlens) || end_cu_seqlens <= at_q_out)) {
    return ropec_refuse("q_out: its bytes [%lld, %lld) (addresses) overlap cu_seqlens's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q_out), static_cast<long long>(end_q_out), static_cast<long long>(at_cu_seqlens), static_cast<long long>(end_cu_seqlens));
  }
  if (!(((at_q_out == end_q_out || at_grid_sizes == end_grid_sizes) || end_q_out <= at_grid_sizes) || end_grid_sizes <= at_q_out)) {
    return ropec_refuse("q_out: its bytes [%lld, %lld) (addresses) overlap grid_sizes's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q_out), static_cast<long long>(end_q_out), static_cast<long long>(at_grid_sizes), static_cast<long long>(end_grid_sizes));
  }
  if (!(((at_k_out == end_k_out || at_cu_seqlens == end_cu_seqlens) || end_k_out <= at_cu_seqlens) || end_cu_seqlens <= at_k_out)) {
    return ropec_refuse("k_out: its bytes [%lld, %lld) (addresses) overlap cu_seqlens's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_out), static_cast<long long>(end_k_out), static_cast<long long>(at_cu_seqlens), static_cast<long long>(end_cu_seqlens));
  }
  if (!(((at_k_out == end_k_out || at_grid_sizes == end_grid_sizes) || end_k_out <= at_grid_sizes) || end_grid_sizes <= at_k_out)) {
    return ropec_refuse("k_out: its bytes [%lld, %lld) (addresses) overlap grid_sizes's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_out), static_cast<long long>(end_k_out), static_cast<long long>(at_grid_sizes), static_cast<long long>(end_grid_sizes));
  }
  a->q_in = q;
  a->k_in = k;
  a->q_out = q_out;
  a->k_out = k_out;
  a->cu_seqlens = cu_seqlens;
  a->grid_sizes = grid_sizes;
  a->tokens = n_tokens;
  a->batch = batch;
  a->seq = tokens;
  *vector = ropec_aligned16(q) && ropec_aligned16(k) && ropec_aligned16(q_out) && ropec_aligned16(k_out);
  return cudaSuccess;
}

/**
 * Work items of a launch and whether it runs the grouped kernels. schedule: -1 chooses by size,
 * 0 one head per item, 1 head groups. The grouped count is below the grid's limit (checked).
 */
static int64_t launch_items(const Args& a, bool vector, int schedule, bool* grouped) {
  const int64_t q_heads = 16;
  const int64_t k_heads = 16;
  const int64_t grouped_items = vector ? a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 4) : a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 32);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 4) : a.tokens * ((q_heads + k_heads) * 32);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_dinov3_vitl16_multicrop_inverse

extern "C" const char* ropec_dinov3_vitl16_multicrop_inverse_last_error(void) {
  return ropec_dinov3_vitl16_multicrop_inverse::last_error;
}

extern "C" cudaError_t ropec_dinov3_vitl16_multicrop_inverse_check_grid_sizes(const int32_t* grid_sizes, const int32_t* cu_seqlens, int64_t batch, int64_t tokens) {
  ropec_dinov3_vitl16_multicrop_inverse::last_error[0] = '\0';
  return ropec_dinov3_vitl16_multicrop_inverse::check_grid_sizes(grid_sizes, cu_seqlens, batch, tokens);
}

extern "C" cudaError_t ropec_dinov3_vitl16_multicrop_inverse_check(const ropec_dinov3_vitl16_multicrop_inverse_elem_t* q, const ropec_dinov3_vitl16_multicrop_inverse_elem_t* k, ropec_dinov3_vitl16_multicrop_inverse_elem_t* q_out, ropec_dinov3_vitl16_multicrop_inverse_elem_t* k_out, const int32_t* cu_seqlens, const int32_t* grid_sizes, int64_t tokens, int64_t batch) {
  ropec_dinov3_vitl16_multicrop_inverse::Args a;
  bool vector = false;
  return ropec_dinov3_vitl16_multicrop_inverse::prepare(q, k, q_out, k_out, cu_seqlens, grid_sizes, tokens, batch, &a, &vector);
}

extern "C" cudaError_t ropec_dinov3_vitl16_multicrop_inverse_launch(const ropec_dinov3_vitl16_multicrop_inverse_elem_t* q, const ropec_dinov3_vitl16_multicrop_inverse_elem_t* k, ropec_dinov3_vitl16_multicrop_inverse_elem_t* q_out, ropec_dinov3_vitl16_multicrop_inverse_elem_t* k_out, const int32_t* cu_seqlens, const int32_t* grid_sizes, int64_t tokens, int64_t batch, cudaStream_t stream) {
  using namespace ropec_dinov3_vitl16_multicrop_inverse;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, cu_seqlens, grid_sizes, tokens, batch, &a, &vector);
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
extern "C" cudaError_t ropec_dinov3_vitl16_multicrop_inverse_emulate(const ropec_dinov3_vitl16_multicrop_inverse_elem_t* q, const ropec_dinov3_vitl16_multicrop_inverse_elem_t* k, ropec_dinov3_vitl16_multicrop_inverse_elem_t* q_out, ropec_dinov3_vitl16_multicrop_inverse_elem_t* k_out, const int32_t* cu_seqlens, const int32_t* grid_sizes, int64_t tokens, int64_t batch, int schedule, int* used) {
  using namespace ropec_dinov3_vitl16_multicrop_inverse;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, cu_seqlens, grid_sizes, tokens, batch, &a, &vector);
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
