// Generated from spec/qwen3_8b.rope (rope qwen3_8b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 94be9a7ff41ac6d4
// half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos computed (exact).
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

/** Whether the arrays of a call are in host memory: only in the CPU emulation, where the checks read them. */
#ifdef ROPEC_HOST_EMULATION
constexpr bool ropec_host_memory() { return true; }
#else
constexpr bool ropec_host_memory() { return false; }
#endif
#endif  // ROPEC_CUDA_PRELUDE_V3

#include "qwen3_8b.h"

namespace ropec_qwen3_8b {

typedef __nv_bfloat16 elem_t;
[[maybe_unused]] constexpr int kHeadDim = 128;
[[maybe_unused]] constexpr int kPairs = 64;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[64] = { 0.15915494309189535, 0.1282537675342271, 0.10335229661843406, 0.0832856408171725, 0.06711508300522726, 0.054084165320725776, 0.04358330210530733, 0.03512126351841045, 0.028302195830623395, 0.02280710340660345, 0.018378926105679667, 0.014810514021707515, 0.011934937021124886, 0.009617675759898782, 0.0077503288755374055, 0.006245541976934048, 0.005032921210448704, 0.004055740239059149, 0.0032682865872356993, 0.0026337232136895237, 0.0021223652764777662, 0.0017102914776258452, 0.0013782250260398288, 0.0011106318702115607, 0.0008949940160889102, 0.0007212239359585223, 0.0005811926744187624, 0.0004683495762645622, 0.00037741584717419774, 0.0003041376119827086, 0.00024508691862069854, 0.00019750137869302395, 0.00015915494309189535, 0.0001282537675342271, 0.00010335229661843406, 0.0000832856408171725, 0.00006711508300522725, 0.000054084165320725784, 0.00004358330210530732, 0.00003512126351841045, 0.0000283021958306234, 0.000022807103406603447, 0.000018378926105679668, 0.000014810514021707515, 0.000011934937021124886, 0.00000961767575989878, 0.000007750328875537406, 0.000006245541976934048, 0.000005032921210448704, 0.000004055740239059148, 0.0000032682865872357, 0.000002633723213689523, 0.000002122365276477766, 0.0000017102914776258454, 0.0000013782250260398285, 0.0000011106318702115607, 8.949940160889101e-7, 7.212239359585223e-7, 5.811926744187624e-7, 4.683495762645621e-7, 3.774158471741977e-7, 3.0413761198270855e-7, 2.450869186206985e-7, 1.9750137869302395e-7 };
[[maybe_unused]] static const double TURNS_host[64] = { 0.15915494309189535, 0.1282537675342271, 0.10335229661843406, 0.0832856408171725, 0.06711508300522726, 0.054084165320725776, 0.04358330210530733, 0.03512126351841045, 0.028302195830623395, 0.02280710340660345, 0.018378926105679667, 0.014810514021707515, 0.011934937021124886, 0.009617675759898782, 0.0077503288755374055, 0.006245541976934048, 0.005032921210448704, 0.004055740239059149, 0.0032682865872356993, 0.0026337232136895237, 0.0021223652764777662, 0.0017102914776258452, 0.0013782250260398288, 0.0011106318702115607, 0.0008949940160889102, 0.0007212239359585223, 0.0005811926744187624, 0.0004683495762645622, 0.00037741584717419774, 0.0003041376119827086, 0.00024508691862069854, 0.00019750137869302395, 0.00015915494309189535, 0.0001282537675342271, 0.00010335229661843406, 0.0000832856408171725, 0.00006711508300522725, 0.000054084165320725784, 0.00004358330210530732, 0.00003512126351841045, 0.0000283021958306234, 0.000022807103406603447, 0.000018378926105679668, 0.000014810514021707515, 0.000011934937021124886, 0.00000961767575989878, 0.000007750328875537406, 0.000006245541976934048, 0.000005032921210448704, 0.000004055740239059148, 0.0000032682865872357, 0.000002633723213689523, 0.000002122365276477766, 0.0000017102914776258454, 0.0000013782250260398285, 0.0000011106318702115607, 8.949940160889101e-7, 7.212239359585223e-7, 5.811926744187624e-7, 4.683495762645621e-7, 3.774158471741977e-7, 3.0413761198270855e-7, 2.450869186206985e-7, 1.9750137869302395e-7 };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  elem_t* k_out;
  const int64_t* positions;
  const __nv_bfloat16* q_norm_weight;
  const __nv_bfloat16* k_norm_weight;
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

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 */
__host__ __device__ inline void item_scalar_in_q1_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[64];
  float s0[64];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 64; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.q_token_stride + h0 * a.q_head_stride;
  float ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float xl = ropec_to_float(a.q_out[o + l]);
    ss = ss + xl * xl;
  }
  const float r = 1.0f / sqrtf(ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float p0_xa = ropec_to_float(a.q_out[o + i]) * (r * ropec_to_float(a.q_norm_weight[i]));
    const float p0_xb = ropec_to_float(a.q_out[(o + 64) + i]) * (r * ropec_to_float(a.q_norm_weight[64 + i]));
    const float p0_ci = c0[i];
    const float p0_si = s0[i];
    a.q_out[o + i] = ropec_to_bf16(p0_xa * p0_ci - p0_xb * p0_si);
    a.q_out[(o + 64) + i] = ropec_to_bf16(p0_xb * p0_ci + p0_xa * p0_si);
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 */
__host__ __device__ inline void item_scalar_in_k1_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[64];
  float s0[64];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 64; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.k_token_stride + h0 * a.k_head_stride;
  float ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float xl = ropec_to_float(a.k_out[o + l]);
    ss = ss + xl * xl;
  }
  const float r = 1.0f / sqrtf(ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float p0_xa = ropec_to_float(a.k_out[o + i]) * (r * ropec_to_float(a.k_norm_weight[i]));
    const float p0_xb = ropec_to_float(a.k_out[(o + 64) + i]) * (r * ropec_to_float(a.k_norm_weight[64 + i]));
    const float p0_ci = c0[i];
    const float p0_si = s0[i];
    a.k_out[o + i] = ropec_to_bf16(p0_xa * p0_ci - p0_xb * p0_si);
    a.k_out[(o + 64) + i] = ropec_to_bf16(p0_xb * p0_ci + p0_xa * p0_si);
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 */
__host__ __device__ inline void item_scalar_in_q4_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[64];
  float s0[64];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 64; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.q_token_stride + h0 * a.q_head_stride;
  float h0_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h0_xl = ropec_to_float(a.q_out[oh0 + l]);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  const float h0_r = 1.0f / sqrtf(h0_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h0_p0_xa = ropec_to_float(a.q_out[oh0 + i]) * (h0_r * ropec_to_float(a.q_norm_weight[i]));
    const float h0_p0_xb = ropec_to_float(a.q_out[(oh0 + 64) + i]) * (h0_r * ropec_to_float(a.q_norm_weight[64 + i]));
    const float h0_p0_ci = c0[i];
    const float h0_p0_si = s0[i];
    a.q_out[oh0 + i] = ropec_to_bf16(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si);
    a.q_out[(oh0 + 64) + i] = ropec_to_bf16(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si);
  }
  const int64_t oh1 = flat * a.q_token_stride + (h0 + 1) * a.q_head_stride;
  float h1_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h1_xl = ropec_to_float(a.q_out[oh1 + l]);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  const float h1_r = 1.0f / sqrtf(h1_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h1_p0_xa = ropec_to_float(a.q_out[oh1 + i]) * (h1_r * ropec_to_float(a.q_norm_weight[i]));
    const float h1_p0_xb = ropec_to_float(a.q_out[(oh1 + 64) + i]) * (h1_r * ropec_to_float(a.q_norm_weight[64 + i]));
    const float h1_p0_ci = c0[i];
    const float h1_p0_si = s0[i];
    a.q_out[oh1 + i] = ropec_to_bf16(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si);
    a.q_out[(oh1 + 64) + i] = ropec_to_bf16(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si);
  }
  const int64_t oh2 = flat * a.q_token_stride + (h0 + 2) * a.q_head_stride;
  float h2_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h2_xl = ropec_to_float(a.q_out[oh2 + l]);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  const float h2_r = 1.0f / sqrtf(h2_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h2_p0_xa = ropec_to_float(a.q_out[oh2 + i]) * (h2_r * ropec_to_float(a.q_norm_weight[i]));
    const float h2_p0_xb = ropec_to_float(a.q_out[(oh2 + 64) + i]) * (h2_r * ropec_to_float(a.q_norm_weight[64 + i]));
    const float h2_p0_ci = c0[i];
    const float h2_p0_si = s0[i];
    a.q_out[oh2 + i] = ropec_to_bf16(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si);
    a.q_out[(oh2 + 64) + i] = ropec_to_bf16(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si);
  }
  const int64_t oh3 = flat * a.q_token_stride + (h0 + 3) * a.q_head_stride;
  float h3_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h3_xl = ropec_to_float(a.q_out[oh3 + l]);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  const float h3_r = 1.0f / sqrtf(h3_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h3_p0_xa = ropec_to_float(a.q_out[oh3 + i]) * (h3_r * ropec_to_float(a.q_norm_weight[i]));
    const float h3_p0_xb = ropec_to_float(a.q_out[(oh3 + 64) + i]) * (h3_r * ropec_to_float(a.q_norm_weight[64 + i]));
    const float h3_p0_ci = c0[i];
    const float h3_p0_si = s0[i];
    a.q_out[oh3 + i] = ropec_to_bf16(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si);
    a.q_out[(oh3 + 64) + i] = ropec_to_bf16(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si);
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 */
__host__ __device__ inline void item_scalar_in_k4_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[64];
  float s0[64];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 64; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.k_token_stride + h0 * a.k_head_stride;
  float h0_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h0_xl = ropec_to_float(a.k_out[oh0 + l]);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  const float h0_r = 1.0f / sqrtf(h0_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h0_p0_xa = ropec_to_float(a.k_out[oh0 + i]) * (h0_r * ropec_to_float(a.k_norm_weight[i]));
    const float h0_p0_xb = ropec_to_float(a.k_out[(oh0 + 64) + i]) * (h0_r * ropec_to_float(a.k_norm_weight[64 + i]));
    const float h0_p0_ci = c0[i];
    const float h0_p0_si = s0[i];
    a.k_out[oh0 + i] = ropec_to_bf16(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si);
    a.k_out[(oh0 + 64) + i] = ropec_to_bf16(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si);
  }
  const int64_t oh1 = flat * a.k_token_stride + (h0 + 1) * a.k_head_stride;
  float h1_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h1_xl = ropec_to_float(a.k_out[oh1 + l]);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  const float h1_r = 1.0f / sqrtf(h1_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h1_p0_xa = ropec_to_float(a.k_out[oh1 + i]) * (h1_r * ropec_to_float(a.k_norm_weight[i]));
    const float h1_p0_xb = ropec_to_float(a.k_out[(oh1 + 64) + i]) * (h1_r * ropec_to_float(a.k_norm_weight[64 + i]));
    const float h1_p0_ci = c0[i];
    const float h1_p0_si = s0[i];
    a.k_out[oh1 + i] = ropec_to_bf16(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si);
    a.k_out[(oh1 + 64) + i] = ropec_to_bf16(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si);
  }
  const int64_t oh2 = flat * a.k_token_stride + (h0 + 2) * a.k_head_stride;
  float h2_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h2_xl = ropec_to_float(a.k_out[oh2 + l]);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  const float h2_r = 1.0f / sqrtf(h2_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h2_p0_xa = ropec_to_float(a.k_out[oh2 + i]) * (h2_r * ropec_to_float(a.k_norm_weight[i]));
    const float h2_p0_xb = ropec_to_float(a.k_out[(oh2 + 64) + i]) * (h2_r * ropec_to_float(a.k_norm_weight[64 + i]));
    const float h2_p0_ci = c0[i];
    const float h2_p0_si = s0[i];
    a.k_out[oh2 + i] = ropec_to_bf16(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si);
    a.k_out[(oh2 + 64) + i] = ropec_to_bf16(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si);
  }
  const int64_t oh3 = flat * a.k_token_stride + (h0 + 3) * a.k_head_stride;
  float h3_ss = 0.0f;
  for (int64_t l = 0; l < 128; ++l) {
    const float h3_xl = ropec_to_float(a.k_out[oh3 + l]);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  const float h3_r = 1.0f / sqrtf(h3_ss / 128.0f + 9.999999974752427e-7f);
  for (int64_t i = 0; i < 64; ++i) {
    const float h3_p0_xa = ropec_to_float(a.k_out[oh3 + i]) * (h3_r * ropec_to_float(a.k_norm_weight[i]));
    const float h3_p0_xb = ropec_to_float(a.k_out[(oh3 + 64) + i]) * (h3_r * ropec_to_float(a.k_norm_weight[64 + i]));
    const float h3_p0_ci = c0[i];
    const float h3_p0_si = s0[i];
    a.k_out[oh3 + i] = ropec_to_bf16(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si);
    a.k_out[(oh3 + 64) + i] = ropec_to_bf16(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si);
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split); rotate 8 pair(s) from 8 at lanes 8, 72 (stride 1, split); rotate 8 pair(s) from 16 at lanes 16, 80 (stride 1, split); rotate 8 pair(s) from 24 at lanes 24, 88 (stride 1, split); rotate 8 pair(s) from 32 at lanes 32, 96 (stride 1, split); rotate 8 pair(s) from 40 at lanes 40, 104 (stride 1, split); rotate 8 pair(s) from 48 at lanes 48, 112 (stride 1, split); rotate 8 pair(s) from 56 at lanes 56, 120 (stride 1, split), q head h0 */
__host__ __device__ inline void item_vector_in_q1_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  float c1[8];
  float s1[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs1 = pair_sincos(pos0, 8 + i);
    c1[i] = cs1.x;
    s1[i] = cs1.y;
  }
  float c2[8];
  float s2[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs2 = pair_sincos(pos0, 16 + i);
    c2[i] = cs2.x;
    s2[i] = cs2.y;
  }
  float c3[8];
  float s3[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs3 = pair_sincos(pos0, 24 + i);
    c3[i] = cs3.x;
    s3[i] = cs3.y;
  }
  float c4[8];
  float s4[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs4 = pair_sincos(pos0, 32 + i);
    c4[i] = cs4.x;
    s4[i] = cs4.y;
  }
  float c5[8];
  float s5[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs5 = pair_sincos(pos0, 40 + i);
    c5[i] = cs5.x;
    s5[i] = cs5.y;
  }
  float c6[8];
  float s6[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs6 = pair_sincos(pos0, 48 + i);
    c6[i] = cs6.x;
    s6[i] = cs6.y;
  }
  float c7[8];
  float s7[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs7 = pair_sincos(pos0, 56 + i);
    c7[i] = cs7.x;
    s7[i] = cs7.y;
  }
  const int64_t o = flat * a.q_token_stride + h0 * a.q_head_stride;
  float ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 xlv = ropec_load_vec4u(a.q_out + o + l);
    const float xl0 = ropec_bf16_from_bits(xlv.x & 0xffffu);
    const float xl1 = ropec_bf16_from_bits(xlv.x >> 16u);
    const float xl2 = ropec_bf16_from_bits(xlv.y & 0xffffu);
    const float xl3 = ropec_bf16_from_bits(xlv.y >> 16u);
    const float xl4 = ropec_bf16_from_bits(xlv.z & 0xffffu);
    const float xl5 = ropec_bf16_from_bits(xlv.z >> 16u);
    const float xl6 = ropec_bf16_from_bits(xlv.w & 0xffffu);
    const float xl7 = ropec_bf16_from_bits(xlv.w >> 16u);
    ss = (((((((ss + xl0 * xl0) + xl1 * xl1) + xl2 * xl2) + xl3 * xl3) + xl4 * xl4) + xl5 * xl5) + xl6 * xl6) + xl7 * xl7;
  }
  const float r = 1.0f / sqrtf(ss / 128.0f + 9.999999974752427e-7f);
  const uint4 p0_xav = ropec_load_vec4u(a.q_out + o);
  const float p0_xa0 = ropec_bf16_from_bits(p0_xav.x & 0xffffu);
  const float p0_xa1 = ropec_bf16_from_bits(p0_xav.x >> 16u);
  const float p0_xa2 = ropec_bf16_from_bits(p0_xav.y & 0xffffu);
  const float p0_xa3 = ropec_bf16_from_bits(p0_xav.y >> 16u);
  const float p0_xa4 = ropec_bf16_from_bits(p0_xav.z & 0xffffu);
  const float p0_xa5 = ropec_bf16_from_bits(p0_xav.z >> 16u);
  const float p0_xa6 = ropec_bf16_from_bits(p0_xav.w & 0xffffu);
  const float p0_xa7 = ropec_bf16_from_bits(p0_xav.w >> 16u);
  const uint4 p0_xbv = ropec_load_vec4u(a.q_out + o + 64);
  const float p0_xb0 = ropec_bf16_from_bits(p0_xbv.x & 0xffffu);
  const float p0_xb1 = ropec_bf16_from_bits(p0_xbv.x >> 16u);
  const float p0_xb2 = ropec_bf16_from_bits(p0_xbv.y & 0xffffu);
  const float p0_xb3 = ropec_bf16_from_bits(p0_xbv.y >> 16u);
  const float p0_xb4 = ropec_bf16_from_bits(p0_xbv.z & 0xffffu);
  const float p0_xb5 = ropec_bf16_from_bits(p0_xbv.z >> 16u);
  const float p0_xb6 = ropec_bf16_from_bits(p0_xbv.w & 0xffffu);
  const float p0_xb7 = ropec_bf16_from_bits(p0_xbv.w >> 16u);
  const float p0_ya0 = (p0_xa0 * (r * ropec_to_float(a.q_norm_weight[0]))) * c0[0] - (p0_xb0 * (r * ropec_to_float(a.q_norm_weight[64]))) * s0[0];
  const float p0_yb0 = (p0_xb0 * (r * ropec_to_float(a.q_norm_weight[64]))) * c0[0] + (p0_xa0 * (r * ropec_to_float(a.q_norm_weight[0]))) * s0[0];
  const float p0_ya1 = (p0_xa1 * (r * ropec_to_float(a.q_norm_weight[1]))) * c0[1] - (p0_xb1 * (r * ropec_to_float(a.q_norm_weight[65]))) * s0[1];
  const float p0_yb1 = (p0_xb1 * (r * ropec_to_float(a.q_norm_weight[65]))) * c0[1] + (p0_xa1 * (r * ropec_to_float(a.q_norm_weight[1]))) * s0[1];
  const float p0_ya2 = (p0_xa2 * (r * ropec_to_float(a.q_norm_weight[2]))) * c0[2] - (p0_xb2 * (r * ropec_to_float(a.q_norm_weight[66]))) * s0[2];
  const float p0_yb2 = (p0_xb2 * (r * ropec_to_float(a.q_norm_weight[66]))) * c0[2] + (p0_xa2 * (r * ropec_to_float(a.q_norm_weight[2]))) * s0[2];
  const float p0_ya3 = (p0_xa3 * (r * ropec_to_float(a.q_norm_weight[3]))) * c0[3] - (p0_xb3 * (r * ropec_to_float(a.q_norm_weight[67]))) * s0[3];
  const float p0_yb3 = (p0_xb3 * (r * ropec_to_float(a.q_norm_weight[67]))) * c0[3] + (p0_xa3 * (r * ropec_to_float(a.q_norm_weight[3]))) * s0[3];
  const float p0_ya4 = (p0_xa4 * (r * ropec_to_float(a.q_norm_weight[4]))) * c0[4] - (p0_xb4 * (r * ropec_to_float(a.q_norm_weight[68]))) * s0[4];
  const float p0_yb4 = (p0_xb4 * (r * ropec_to_float(a.q_norm_weight[68]))) * c0[4] + (p0_xa4 * (r * ropec_to_float(a.q_norm_weight[4]))) * s0[4];
  const float p0_ya5 = (p0_xa5 * (r * ropec_to_float(a.q_norm_weight[5]))) * c0[5] - (p0_xb5 * (r * ropec_to_float(a.q_norm_weight[69]))) * s0[5];
  const float p0_yb5 = (p0_xb5 * (r * ropec_to_float(a.q_norm_weight[69]))) * c0[5] + (p0_xa5 * (r * ropec_to_float(a.q_norm_weight[5]))) * s0[5];
  const float p0_ya6 = (p0_xa6 * (r * ropec_to_float(a.q_norm_weight[6]))) * c0[6] - (p0_xb6 * (r * ropec_to_float(a.q_norm_weight[70]))) * s0[6];
  const float p0_yb6 = (p0_xb6 * (r * ropec_to_float(a.q_norm_weight[70]))) * c0[6] + (p0_xa6 * (r * ropec_to_float(a.q_norm_weight[6]))) * s0[6];
  const float p0_ya7 = (p0_xa7 * (r * ropec_to_float(a.q_norm_weight[7]))) * c0[7] - (p0_xb7 * (r * ropec_to_float(a.q_norm_weight[71]))) * s0[7];
  const float p0_yb7 = (p0_xb7 * (r * ropec_to_float(a.q_norm_weight[71]))) * c0[7] + (p0_xa7 * (r * ropec_to_float(a.q_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.q_out + o, make_uint4(ropec_bf16_bits(p0_ya0) | (ropec_bf16_bits(p0_ya1) << 16u), ropec_bf16_bits(p0_ya2) | (ropec_bf16_bits(p0_ya3) << 16u), ropec_bf16_bits(p0_ya4) | (ropec_bf16_bits(p0_ya5) << 16u), ropec_bf16_bits(p0_ya6) | (ropec_bf16_bits(p0_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 64, make_uint4(ropec_bf16_bits(p0_yb0) | (ropec_bf16_bits(p0_yb1) << 16u), ropec_bf16_bits(p0_yb2) | (ropec_bf16_bits(p0_yb3) << 16u), ropec_bf16_bits(p0_yb4) | (ropec_bf16_bits(p0_yb5) << 16u), ropec_bf16_bits(p0_yb6) | (ropec_bf16_bits(p0_yb7) << 16u)));
  const uint4 p1_xav = ropec_load_vec4u(a.q_out + o + 8);
  const float p1_xa0 = ropec_bf16_from_bits(p1_xav.x & 0xffffu);
  const float p1_xa1 = ropec_bf16_from_bits(p1_xav.x >> 16u);
  const float p1_xa2 = ropec_bf16_from_bits(p1_xav.y & 0xffffu);
  const float p1_xa3 = ropec_bf16_from_bits(p1_xav.y >> 16u);
  const float p1_xa4 = ropec_bf16_from_bits(p1_xav.z & 0xffffu);
  const float p1_xa5 = ropec_bf16_from_bits(p1_xav.z >> 16u);
  const float p1_xa6 = ropec_bf16_from_bits(p1_xav.w & 0xffffu);
  const float p1_xa7 = ropec_bf16_from_bits(p1_xav.w >> 16u);
  const uint4 p1_xbv = ropec_load_vec4u(a.q_out + o + 72);
  const float p1_xb0 = ropec_bf16_from_bits(p1_xbv.x & 0xffffu);
  const float p1_xb1 = ropec_bf16_from_bits(p1_xbv.x >> 16u);
  const float p1_xb2 = ropec_bf16_from_bits(p1_xbv.y & 0xffffu);
  const float p1_xb3 = ropec_bf16_from_bits(p1_xbv.y >> 16u);
  const float p1_xb4 = ropec_bf16_from_bits(p1_xbv.z & 0xffffu);
  const float p1_xb5 = ropec_bf16_from_bits(p1_xbv.z >> 16u);
  const float p1_xb6 = ropec_bf16_from_bits(p1_xbv.w & 0xffffu);
  const float p1_xb7 = ropec_bf16_from_bits(p1_xbv.w >> 16u);
  const float p1_ya0 = (p1_xa0 * (r * ropec_to_float(a.q_norm_weight[8]))) * c1[0] - (p1_xb0 * (r * ropec_to_float(a.q_norm_weight[72]))) * s1[0];
  const float p1_yb0 = (p1_xb0 * (r * ropec_to_float(a.q_norm_weight[72]))) * c1[0] + (p1_xa0 * (r * ropec_to_float(a.q_norm_weight[8]))) * s1[0];
  const float p1_ya1 = (p1_xa1 * (r * ropec_to_float(a.q_norm_weight[9]))) * c1[1] - (p1_xb1 * (r * ropec_to_float(a.q_norm_weight[73]))) * s1[1];
  const float p1_yb1 = (p1_xb1 * (r * ropec_to_float(a.q_norm_weight[73]))) * c1[1] + (p1_xa1 * (r * ropec_to_float(a.q_norm_weight[9]))) * s1[1];
  const float p1_ya2 = (p1_xa2 * (r * ropec_to_float(a.q_norm_weight[10]))) * c1[2] - (p1_xb2 * (r * ropec_to_float(a.q_norm_weight[74]))) * s1[2];
  const float p1_yb2 = (p1_xb2 * (r * ropec_to_float(a.q_norm_weight[74]))) * c1[2] + (p1_xa2 * (r * ropec_to_float(a.q_norm_weight[10]))) * s1[2];
  const float p1_ya3 = (p1_xa3 * (r * ropec_to_float(a.q_norm_weight[11]))) * c1[3] - (p1_xb3 * (r * ropec_to_float(a.q_norm_weight[75]))) * s1[3];
  const float p1_yb3 = (p1_xb3 * (r * ropec_to_float(a.q_norm_weight[75]))) * c1[3] + (p1_xa3 * (r * ropec_to_float(a.q_norm_weight[11]))) * s1[3];
  const float p1_ya4 = (p1_xa4 * (r * ropec_to_float(a.q_norm_weight[12]))) * c1[4] - (p1_xb4 * (r * ropec_to_float(a.q_norm_weight[76]))) * s1[4];
  const float p1_yb4 = (p1_xb4 * (r * ropec_to_float(a.q_norm_weight[76]))) * c1[4] + (p1_xa4 * (r * ropec_to_float(a.q_norm_weight[12]))) * s1[4];
  const float p1_ya5 = (p1_xa5 * (r * ropec_to_float(a.q_norm_weight[13]))) * c1[5] - (p1_xb5 * (r * ropec_to_float(a.q_norm_weight[77]))) * s1[5];
  const float p1_yb5 = (p1_xb5 * (r * ropec_to_float(a.q_norm_weight[77]))) * c1[5] + (p1_xa5 * (r * ropec_to_float(a.q_norm_weight[13]))) * s1[5];
  const float p1_ya6 = (p1_xa6 * (r * ropec_to_float(a.q_norm_weight[14]))) * c1[6] - (p1_xb6 * (r * ropec_to_float(a.q_norm_weight[78]))) * s1[6];
  const float p1_yb6 = (p1_xb6 * (r * ropec_to_float(a.q_norm_weight[78]))) * c1[6] + (p1_xa6 * (r * ropec_to_float(a.q_norm_weight[14]))) * s1[6];
  const float p1_ya7 = (p1_xa7 * (r * ropec_to_float(a.q_norm_weight[15]))) * c1[7] - (p1_xb7 * (r * ropec_to_float(a.q_norm_weight[79]))) * s1[7];
  const float p1_yb7 = (p1_xb7 * (r * ropec_to_float(a.q_norm_weight[79]))) * c1[7] + (p1_xa7 * (r * ropec_to_float(a.q_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.q_out + o + 8, make_uint4(ropec_bf16_bits(p1_ya0) | (ropec_bf16_bits(p1_ya1) << 16u), ropec_bf16_bits(p1_ya2) | (ropec_bf16_bits(p1_ya3) << 16u), ropec_bf16_bits(p1_ya4) | (ropec_bf16_bits(p1_ya5) << 16u), ropec_bf16_bits(p1_ya6) | (ropec_bf16_bits(p1_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 72, make_uint4(ropec_bf16_bits(p1_yb0) | (ropec_bf16_bits(p1_yb1) << 16u), ropec_bf16_bits(p1_yb2) | (ropec_bf16_bits(p1_yb3) << 16u), ropec_bf16_bits(p1_yb4) | (ropec_bf16_bits(p1_yb5) << 16u), ropec_bf16_bits(p1_yb6) | (ropec_bf16_bits(p1_yb7) << 16u)));
  const uint4 p2_xav = ropec_load_vec4u(a.q_out + o + 16);
  const float p2_xa0 = ropec_bf16_from_bits(p2_xav.x & 0xffffu);
  const float p2_xa1 = ropec_bf16_from_bits(p2_xav.x >> 16u);
  const float p2_xa2 = ropec_bf16_from_bits(p2_xav.y & 0xffffu);
  const float p2_xa3 = ropec_bf16_from_bits(p2_xav.y >> 16u);
  const float p2_xa4 = ropec_bf16_from_bits(p2_xav.z & 0xffffu);
  const float p2_xa5 = ropec_bf16_from_bits(p2_xav.z >> 16u);
  const float p2_xa6 = ropec_bf16_from_bits(p2_xav.w & 0xffffu);
  const float p2_xa7 = ropec_bf16_from_bits(p2_xav.w >> 16u);
  const uint4 p2_xbv = ropec_load_vec4u(a.q_out + o + 80);
  const float p2_xb0 = ropec_bf16_from_bits(p2_xbv.x & 0xffffu);
  const float p2_xb1 = ropec_bf16_from_bits(p2_xbv.x >> 16u);
  const float p2_xb2 = ropec_bf16_from_bits(p2_xbv.y & 0xffffu);
  const float p2_xb3 = ropec_bf16_from_bits(p2_xbv.y >> 16u);
  const float p2_xb4 = ropec_bf16_from_bits(p2_xbv.z & 0xffffu);
  const float p2_xb5 = ropec_bf16_from_bits(p2_xbv.z >> 16u);
  const float p2_xb6 = ropec_bf16_from_bits(p2_xbv.w & 0xffffu);
  const float p2_xb7 = ropec_bf16_from_bits(p2_xbv.w >> 16u);
  const float p2_ya0 = (p2_xa0 * (r * ropec_to_float(a.q_norm_weight[16]))) * c2[0] - (p2_xb0 * (r * ropec_to_float(a.q_norm_weight[80]))) * s2[0];
  const float p2_yb0 = (p2_xb0 * (r * ropec_to_float(a.q_norm_weight[80]))) * c2[0] + (p2_xa0 * (r * ropec_to_float(a.q_norm_weight[16]))) * s2[0];
  const float p2_ya1 = (p2_xa1 * (r * ropec_to_float(a.q_norm_weight[17]))) * c2[1] - (p2_xb1 * (r * ropec_to_float(a.q_norm_weight[81]))) * s2[1];
  const float p2_yb1 = (p2_xb1 * (r * ropec_to_float(a.q_norm_weight[81]))) * c2[1] + (p2_xa1 * (r * ropec_to_float(a.q_norm_weight[17]))) * s2[1];
  const float p2_ya2 = (p2_xa2 * (r * ropec_to_float(a.q_norm_weight[18]))) * c2[2] - (p2_xb2 * (r * ropec_to_float(a.q_norm_weight[82]))) * s2[2];
  const float p2_yb2 = (p2_xb2 * (r * ropec_to_float(a.q_norm_weight[82]))) * c2[2] + (p2_xa2 * (r * ropec_to_float(a.q_norm_weight[18]))) * s2[2];
  const float p2_ya3 = (p2_xa3 * (r * ropec_to_float(a.q_norm_weight[19]))) * c2[3] - (p2_xb3 * (r * ropec_to_float(a.q_norm_weight[83]))) * s2[3];
  const float p2_yb3 = (p2_xb3 * (r * ropec_to_float(a.q_norm_weight[83]))) * c2[3] + (p2_xa3 * (r * ropec_to_float(a.q_norm_weight[19]))) * s2[3];
  const float p2_ya4 = (p2_xa4 * (r * ropec_to_float(a.q_norm_weight[20]))) * c2[4] - (p2_xb4 * (r * ropec_to_float(a.q_norm_weight[84]))) * s2[4];
  const float p2_yb4 = (p2_xb4 * (r * ropec_to_float(a.q_norm_weight[84]))) * c2[4] + (p2_xa4 * (r * ropec_to_float(a.q_norm_weight[20]))) * s2[4];
  const float p2_ya5 = (p2_xa5 * (r * ropec_to_float(a.q_norm_weight[21]))) * c2[5] - (p2_xb5 * (r * ropec_to_float(a.q_norm_weight[85]))) * s2[5];
  const float p2_yb5 = (p2_xb5 * (r * ropec_to_float(a.q_norm_weight[85]))) * c2[5] + (p2_xa5 * (r * ropec_to_float(a.q_norm_weight[21]))) * s2[5];
  const float p2_ya6 = (p2_xa6 * (r * ropec_to_float(a.q_norm_weight[22]))) * c2[6] - (p2_xb6 * (r * ropec_to_float(a.q_norm_weight[86]))) * s2[6];
  const float p2_yb6 = (p2_xb6 * (r * ropec_to_float(a.q_norm_weight[86]))) * c2[6] + (p2_xa6 * (r * ropec_to_float(a.q_norm_weight[22]))) * s2[6];
  const float p2_ya7 = (p2_xa7 * (r * ropec_to_float(a.q_norm_weight[23]))) * c2[7] - (p2_xb7 * (r * ropec_to_float(a.q_norm_weight[87]))) * s2[7];
  const float p2_yb7 = (p2_xb7 * (r * ropec_to_float(a.q_norm_weight[87]))) * c2[7] + (p2_xa7 * (r * ropec_to_float(a.q_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.q_out + o + 16, make_uint4(ropec_bf16_bits(p2_ya0) | (ropec_bf16_bits(p2_ya1) << 16u), ropec_bf16_bits(p2_ya2) | (ropec_bf16_bits(p2_ya3) << 16u), ropec_bf16_bits(p2_ya4) | (ropec_bf16_bits(p2_ya5) << 16u), ropec_bf16_bits(p2_ya6) | (ropec_bf16_bits(p2_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 80, make_uint4(ropec_bf16_bits(p2_yb0) | (ropec_bf16_bits(p2_yb1) << 16u), ropec_bf16_bits(p2_yb2) | (ropec_bf16_bits(p2_yb3) << 16u), ropec_bf16_bits(p2_yb4) | (ropec_bf16_bits(p2_yb5) << 16u), ropec_bf16_bits(p2_yb6) | (ropec_bf16_bits(p2_yb7) << 16u)));
  const uint4 p3_xav = ropec_load_vec4u(a.q_out + o + 24);
  const float p3_xa0 = ropec_bf16_from_bits(p3_xav.x & 0xffffu);
  const float p3_xa1 = ropec_bf16_from_bits(p3_xav.x >> 16u);
  const float p3_xa2 = ropec_bf16_from_bits(p3_xav.y & 0xffffu);
  const float p3_xa3 = ropec_bf16_from_bits(p3_xav.y >> 16u);
  const float p3_xa4 = ropec_bf16_from_bits(p3_xav.z & 0xffffu);
  const float p3_xa5 = ropec_bf16_from_bits(p3_xav.z >> 16u);
  const float p3_xa6 = ropec_bf16_from_bits(p3_xav.w & 0xffffu);
  const float p3_xa7 = ropec_bf16_from_bits(p3_xav.w >> 16u);
  const uint4 p3_xbv = ropec_load_vec4u(a.q_out + o + 88);
  const float p3_xb0 = ropec_bf16_from_bits(p3_xbv.x & 0xffffu);
  const float p3_xb1 = ropec_bf16_from_bits(p3_xbv.x >> 16u);
  const float p3_xb2 = ropec_bf16_from_bits(p3_xbv.y & 0xffffu);
  const float p3_xb3 = ropec_bf16_from_bits(p3_xbv.y >> 16u);
  const float p3_xb4 = ropec_bf16_from_bits(p3_xbv.z & 0xffffu);
  const float p3_xb5 = ropec_bf16_from_bits(p3_xbv.z >> 16u);
  const float p3_xb6 = ropec_bf16_from_bits(p3_xbv.w & 0xffffu);
  const float p3_xb7 = ropec_bf16_from_bits(p3_xbv.w >> 16u);
  const float p3_ya0 = (p3_xa0 * (r * ropec_to_float(a.q_norm_weight[24]))) * c3[0] - (p3_xb0 * (r * ropec_to_float(a.q_norm_weight[88]))) * s3[0];
  const float p3_yb0 = (p3_xb0 * (r * ropec_to_float(a.q_norm_weight[88]))) * c3[0] + (p3_xa0 * (r * ropec_to_float(a.q_norm_weight[24]))) * s3[0];
  const float p3_ya1 = (p3_xa1 * (r * ropec_to_float(a.q_norm_weight[25]))) * c3[1] - (p3_xb1 * (r * ropec_to_float(a.q_norm_weight[89]))) * s3[1];
  const float p3_yb1 = (p3_xb1 * (r * ropec_to_float(a.q_norm_weight[89]))) * c3[1] + (p3_xa1 * (r * ropec_to_float(a.q_norm_weight[25]))) * s3[1];
  const float p3_ya2 = (p3_xa2 * (r * ropec_to_float(a.q_norm_weight[26]))) * c3[2] - (p3_xb2 * (r * ropec_to_float(a.q_norm_weight[90]))) * s3[2];
  const float p3_yb2 = (p3_xb2 * (r * ropec_to_float(a.q_norm_weight[90]))) * c3[2] + (p3_xa2 * (r * ropec_to_float(a.q_norm_weight[26]))) * s3[2];
  const float p3_ya3 = (p3_xa3 * (r * ropec_to_float(a.q_norm_weight[27]))) * c3[3] - (p3_xb3 * (r * ropec_to_float(a.q_norm_weight[91]))) * s3[3];
  const float p3_yb3 = (p3_xb3 * (r * ropec_to_float(a.q_norm_weight[91]))) * c3[3] + (p3_xa3 * (r * ropec_to_float(a.q_norm_weight[27]))) * s3[3];
  const float p3_ya4 = (p3_xa4 * (r * ropec_to_float(a.q_norm_weight[28]))) * c3[4] - (p3_xb4 * (r * ropec_to_float(a.q_norm_weight[92]))) * s3[4];
  const float p3_yb4 = (p3_xb4 * (r * ropec_to_float(a.q_norm_weight[92]))) * c3[4] + (p3_xa4 * (r * ropec_to_float(a.q_norm_weight[28]))) * s3[4];
  const float p3_ya5 = (p3_xa5 * (r * ropec_to_float(a.q_norm_weight[29]))) * c3[5] - (p3_xb5 * (r * ropec_to_float(a.q_norm_weight[93]))) * s3[5];
  const float p3_yb5 = (p3_xb5 * (r * ropec_to_float(a.q_norm_weight[93]))) * c3[5] + (p3_xa5 * (r * ropec_to_float(a.q_norm_weight[29]))) * s3[5];
  const float p3_ya6 = (p3_xa6 * (r * ropec_to_float(a.q_norm_weight[30]))) * c3[6] - (p3_xb6 * (r * ropec_to_float(a.q_norm_weight[94]))) * s3[6];
  const float p3_yb6 = (p3_xb6 * (r * ropec_to_float(a.q_norm_weight[94]))) * c3[6] + (p3_xa6 * (r * ropec_to_float(a.q_norm_weight[30]))) * s3[6];
  const float p3_ya7 = (p3_xa7 * (r * ropec_to_float(a.q_norm_weight[31]))) * c3[7] - (p3_xb7 * (r * ropec_to_float(a.q_norm_weight[95]))) * s3[7];
  const float p3_yb7 = (p3_xb7 * (r * ropec_to_float(a.q_norm_weight[95]))) * c3[7] + (p3_xa7 * (r * ropec_to_float(a.q_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.q_out + o + 24, make_uint4(ropec_bf16_bits(p3_ya0) | (ropec_bf16_bits(p3_ya1) << 16u), ropec_bf16_bits(p3_ya2) | (ropec_bf16_bits(p3_ya3) << 16u), ropec_bf16_bits(p3_ya4) | (ropec_bf16_bits(p3_ya5) << 16u), ropec_bf16_bits(p3_ya6) | (ropec_bf16_bits(p3_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 88, make_uint4(ropec_bf16_bits(p3_yb0) | (ropec_bf16_bits(p3_yb1) << 16u), ropec_bf16_bits(p3_yb2) | (ropec_bf16_bits(p3_yb3) << 16u), ropec_bf16_bits(p3_yb4) | (ropec_bf16_bits(p3_yb5) << 16u), ropec_bf16_bits(p3_yb6) | (ropec_bf16_bits(p3_yb7) << 16u)));
  const uint4 p4_xav = ropec_load_vec4u(a.q_out + o + 32);
  const float p4_xa0 = ropec_bf16_from_bits(p4_xav.x & 0xffffu);
  const float p4_xa1 = ropec_bf16_from_bits(p4_xav.x >> 16u);
  const float p4_xa2 = ropec_bf16_from_bits(p4_xav.y & 0xffffu);
  const float p4_xa3 = ropec_bf16_from_bits(p4_xav.y >> 16u);
  const float p4_xa4 = ropec_bf16_from_bits(p4_xav.z & 0xffffu);
  const float p4_xa5 = ropec_bf16_from_bits(p4_xav.z >> 16u);
  const float p4_xa6 = ropec_bf16_from_bits(p4_xav.w & 0xffffu);
  const float p4_xa7 = ropec_bf16_from_bits(p4_xav.w >> 16u);
  const uint4 p4_xbv = ropec_load_vec4u(a.q_out + o + 96);
  const float p4_xb0 = ropec_bf16_from_bits(p4_xbv.x & 0xffffu);
  const float p4_xb1 = ropec_bf16_from_bits(p4_xbv.x >> 16u);
  const float p4_xb2 = ropec_bf16_from_bits(p4_xbv.y & 0xffffu);
  const float p4_xb3 = ropec_bf16_from_bits(p4_xbv.y >> 16u);
  const float p4_xb4 = ropec_bf16_from_bits(p4_xbv.z & 0xffffu);
  const float p4_xb5 = ropec_bf16_from_bits(p4_xbv.z >> 16u);
  const float p4_xb6 = ropec_bf16_from_bits(p4_xbv.w & 0xffffu);
  const float p4_xb7 = ropec_bf16_from_bits(p4_xbv.w >> 16u);
  const float p4_ya0 = (p4_xa0 * (r * ropec_to_float(a.q_norm_weight[32]))) * c4[0] - (p4_xb0 * (r * ropec_to_float(a.q_norm_weight[96]))) * s4[0];
  const float p4_yb0 = (p4_xb0 * (r * ropec_to_float(a.q_norm_weight[96]))) * c4[0] + (p4_xa0 * (r * ropec_to_float(a.q_norm_weight[32]))) * s4[0];
  const float p4_ya1 = (p4_xa1 * (r * ropec_to_float(a.q_norm_weight[33]))) * c4[1] - (p4_xb1 * (r * ropec_to_float(a.q_norm_weight[97]))) * s4[1];
  const float p4_yb1 = (p4_xb1 * (r * ropec_to_float(a.q_norm_weight[97]))) * c4[1] + (p4_xa1 * (r * ropec_to_float(a.q_norm_weight[33]))) * s4[1];
  const float p4_ya2 = (p4_xa2 * (r * ropec_to_float(a.q_norm_weight[34]))) * c4[2] - (p4_xb2 * (r * ropec_to_float(a.q_norm_weight[98]))) * s4[2];
  const float p4_yb2 = (p4_xb2 * (r * ropec_to_float(a.q_norm_weight[98]))) * c4[2] + (p4_xa2 * (r * ropec_to_float(a.q_norm_weight[34]))) * s4[2];
  const float p4_ya3 = (p4_xa3 * (r * ropec_to_float(a.q_norm_weight[35]))) * c4[3] - (p4_xb3 * (r * ropec_to_float(a.q_norm_weight[99]))) * s4[3];
  const float p4_yb3 = (p4_xb3 * (r * ropec_to_float(a.q_norm_weight[99]))) * c4[3] + (p4_xa3 * (r * ropec_to_float(a.q_norm_weight[35]))) * s4[3];
  const float p4_ya4 = (p4_xa4 * (r * ropec_to_float(a.q_norm_weight[36]))) * c4[4] - (p4_xb4 * (r * ropec_to_float(a.q_norm_weight[100]))) * s4[4];
  const float p4_yb4 = (p4_xb4 * (r * ropec_to_float(a.q_norm_weight[100]))) * c4[4] + (p4_xa4 * (r * ropec_to_float(a.q_norm_weight[36]))) * s4[4];
  const float p4_ya5 = (p4_xa5 * (r * ropec_to_float(a.q_norm_weight[37]))) * c4[5] - (p4_xb5 * (r * ropec_to_float(a.q_norm_weight[101]))) * s4[5];
  const float p4_yb5 = (p4_xb5 * (r * ropec_to_float(a.q_norm_weight[101]))) * c4[5] + (p4_xa5 * (r * ropec_to_float(a.q_norm_weight[37]))) * s4[5];
  const float p4_ya6 = (p4_xa6 * (r * ropec_to_float(a.q_norm_weight[38]))) * c4[6] - (p4_xb6 * (r * ropec_to_float(a.q_norm_weight[102]))) * s4[6];
  const float p4_yb6 = (p4_xb6 * (r * ropec_to_float(a.q_norm_weight[102]))) * c4[6] + (p4_xa6 * (r * ropec_to_float(a.q_norm_weight[38]))) * s4[6];
  const float p4_ya7 = (p4_xa7 * (r * ropec_to_float(a.q_norm_weight[39]))) * c4[7] - (p4_xb7 * (r * ropec_to_float(a.q_norm_weight[103]))) * s4[7];
  const float p4_yb7 = (p4_xb7 * (r * ropec_to_float(a.q_norm_weight[103]))) * c4[7] + (p4_xa7 * (r * ropec_to_float(a.q_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.q_out + o + 32, make_uint4(ropec_bf16_bits(p4_ya0) | (ropec_bf16_bits(p4_ya1) << 16u), ropec_bf16_bits(p4_ya2) | (ropec_bf16_bits(p4_ya3) << 16u), ropec_bf16_bits(p4_ya4) | (ropec_bf16_bits(p4_ya5) << 16u), ropec_bf16_bits(p4_ya6) | (ropec_bf16_bits(p4_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 96, make_uint4(ropec_bf16_bits(p4_yb0) | (ropec_bf16_bits(p4_yb1) << 16u), ropec_bf16_bits(p4_yb2) | (ropec_bf16_bits(p4_yb3) << 16u), ropec_bf16_bits(p4_yb4) | (ropec_bf16_bits(p4_yb5) << 16u), ropec_bf16_bits(p4_yb6) | (ropec_bf16_bits(p4_yb7) << 16u)));
  const uint4 p5_xav = ropec_load_vec4u(a.q_out + o + 40);
  const float p5_xa0 = ropec_bf16_from_bits(p5_xav.x & 0xffffu);
  const float p5_xa1 = ropec_bf16_from_bits(p5_xav.x >> 16u);
  const float p5_xa2 = ropec_bf16_from_bits(p5_xav.y & 0xffffu);
  const float p5_xa3 = ropec_bf16_from_bits(p5_xav.y >> 16u);
  const float p5_xa4 = ropec_bf16_from_bits(p5_xav.z & 0xffffu);
  const float p5_xa5 = ropec_bf16_from_bits(p5_xav.z >> 16u);
  const float p5_xa6 = ropec_bf16_from_bits(p5_xav.w & 0xffffu);
  const float p5_xa7 = ropec_bf16_from_bits(p5_xav.w >> 16u);
  const uint4 p5_xbv = ropec_load_vec4u(a.q_out + o + 104);
  const float p5_xb0 = ropec_bf16_from_bits(p5_xbv.x & 0xffffu);
  const float p5_xb1 = ropec_bf16_from_bits(p5_xbv.x >> 16u);
  const float p5_xb2 = ropec_bf16_from_bits(p5_xbv.y & 0xffffu);
  const float p5_xb3 = ropec_bf16_from_bits(p5_xbv.y >> 16u);
  const float p5_xb4 = ropec_bf16_from_bits(p5_xbv.z & 0xffffu);
  const float p5_xb5 = ropec_bf16_from_bits(p5_xbv.z >> 16u);
  const float p5_xb6 = ropec_bf16_from_bits(p5_xbv.w & 0xffffu);
  const float p5_xb7 = ropec_bf16_from_bits(p5_xbv.w >> 16u);
  const float p5_ya0 = (p5_xa0 * (r * ropec_to_float(a.q_norm_weight[40]))) * c5[0] - (p5_xb0 * (r * ropec_to_float(a.q_norm_weight[104]))) * s5[0];
  const float p5_yb0 = (p5_xb0 * (r * ropec_to_float(a.q_norm_weight[104]))) * c5[0] + (p5_xa0 * (r * ropec_to_float(a.q_norm_weight[40]))) * s5[0];
  const float p5_ya1 = (p5_xa1 * (r * ropec_to_float(a.q_norm_weight[41]))) * c5[1] - (p5_xb1 * (r * ropec_to_float(a.q_norm_weight[105]))) * s5[1];
  const float p5_yb1 = (p5_xb1 * (r * ropec_to_float(a.q_norm_weight[105]))) * c5[1] + (p5_xa1 * (r * ropec_to_float(a.q_norm_weight[41]))) * s5[1];
  const float p5_ya2 = (p5_xa2 * (r * ropec_to_float(a.q_norm_weight[42]))) * c5[2] - (p5_xb2 * (r * ropec_to_float(a.q_norm_weight[106]))) * s5[2];
  const float p5_yb2 = (p5_xb2 * (r * ropec_to_float(a.q_norm_weight[106]))) * c5[2] + (p5_xa2 * (r * ropec_to_float(a.q_norm_weight[42]))) * s5[2];
  const float p5_ya3 = (p5_xa3 * (r * ropec_to_float(a.q_norm_weight[43]))) * c5[3] - (p5_xb3 * (r * ropec_to_float(a.q_norm_weight[107]))) * s5[3];
  const float p5_yb3 = (p5_xb3 * (r * ropec_to_float(a.q_norm_weight[107]))) * c5[3] + (p5_xa3 * (r * ropec_to_float(a.q_norm_weight[43]))) * s5[3];
  const float p5_ya4 = (p5_xa4 * (r * ropec_to_float(a.q_norm_weight[44]))) * c5[4] - (p5_xb4 * (r * ropec_to_float(a.q_norm_weight[108]))) * s5[4];
  const float p5_yb4 = (p5_xb4 * (r * ropec_to_float(a.q_norm_weight[108]))) * c5[4] + (p5_xa4 * (r * ropec_to_float(a.q_norm_weight[44]))) * s5[4];
  const float p5_ya5 = (p5_xa5 * (r * ropec_to_float(a.q_norm_weight[45]))) * c5[5] - (p5_xb5 * (r * ropec_to_float(a.q_norm_weight[109]))) * s5[5];
  const float p5_yb5 = (p5_xb5 * (r * ropec_to_float(a.q_norm_weight[109]))) * c5[5] + (p5_xa5 * (r * ropec_to_float(a.q_norm_weight[45]))) * s5[5];
  const float p5_ya6 = (p5_xa6 * (r * ropec_to_float(a.q_norm_weight[46]))) * c5[6] - (p5_xb6 * (r * ropec_to_float(a.q_norm_weight[110]))) * s5[6];
  const float p5_yb6 = (p5_xb6 * (r * ropec_to_float(a.q_norm_weight[110]))) * c5[6] + (p5_xa6 * (r * ropec_to_float(a.q_norm_weight[46]))) * s5[6];
  const float p5_ya7 = (p5_xa7 * (r * ropec_to_float(a.q_norm_weight[47]))) * c5[7] - (p5_xb7 * (r * ropec_to_float(a.q_norm_weight[111]))) * s5[7];
  const float p5_yb7 = (p5_xb7 * (r * ropec_to_float(a.q_norm_weight[111]))) * c5[7] + (p5_xa7 * (r * ropec_to_float(a.q_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.q_out + o + 40, make_uint4(ropec_bf16_bits(p5_ya0) | (ropec_bf16_bits(p5_ya1) << 16u), ropec_bf16_bits(p5_ya2) | (ropec_bf16_bits(p5_ya3) << 16u), ropec_bf16_bits(p5_ya4) | (ropec_bf16_bits(p5_ya5) << 16u), ropec_bf16_bits(p5_ya6) | (ropec_bf16_bits(p5_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 104, make_uint4(ropec_bf16_bits(p5_yb0) | (ropec_bf16_bits(p5_yb1) << 16u), ropec_bf16_bits(p5_yb2) | (ropec_bf16_bits(p5_yb3) << 16u), ropec_bf16_bits(p5_yb4) | (ropec_bf16_bits(p5_yb5) << 16u), ropec_bf16_bits(p5_yb6) | (ropec_bf16_bits(p5_yb7) << 16u)));
  const uint4 p6_xav = ropec_load_vec4u(a.q_out + o + 48);
  const float p6_xa0 = ropec_bf16_from_bits(p6_xav.x & 0xffffu);
  const float p6_xa1 = ropec_bf16_from_bits(p6_xav.x >> 16u);
  const float p6_xa2 = ropec_bf16_from_bits(p6_xav.y & 0xffffu);
  const float p6_xa3 = ropec_bf16_from_bits(p6_xav.y >> 16u);
  const float p6_xa4 = ropec_bf16_from_bits(p6_xav.z & 0xffffu);
  const float p6_xa5 = ropec_bf16_from_bits(p6_xav.z >> 16u);
  const float p6_xa6 = ropec_bf16_from_bits(p6_xav.w & 0xffffu);
  const float p6_xa7 = ropec_bf16_from_bits(p6_xav.w >> 16u);
  const uint4 p6_xbv = ropec_load_vec4u(a.q_out + o + 112);
  const float p6_xb0 = ropec_bf16_from_bits(p6_xbv.x & 0xffffu);
  const float p6_xb1 = ropec_bf16_from_bits(p6_xbv.x >> 16u);
  const float p6_xb2 = ropec_bf16_from_bits(p6_xbv.y & 0xffffu);
  const float p6_xb3 = ropec_bf16_from_bits(p6_xbv.y >> 16u);
  const float p6_xb4 = ropec_bf16_from_bits(p6_xbv.z & 0xffffu);
  const float p6_xb5 = ropec_bf16_from_bits(p6_xbv.z >> 16u);
  const float p6_xb6 = ropec_bf16_from_bits(p6_xbv.w & 0xffffu);
  const float p6_xb7 = ropec_bf16_from_bits(p6_xbv.w >> 16u);
  const float p6_ya0 = (p6_xa0 * (r * ropec_to_float(a.q_norm_weight[48]))) * c6[0] - (p6_xb0 * (r * ropec_to_float(a.q_norm_weight[112]))) * s6[0];
  const float p6_yb0 = (p6_xb0 * (r * ropec_to_float(a.q_norm_weight[112]))) * c6[0] + (p6_xa0 * (r * ropec_to_float(a.q_norm_weight[48]))) * s6[0];
  const float p6_ya1 = (p6_xa1 * (r * ropec_to_float(a.q_norm_weight[49]))) * c6[1] - (p6_xb1 * (r * ropec_to_float(a.q_norm_weight[113]))) * s6[1];
  const float p6_yb1 = (p6_xb1 * (r * ropec_to_float(a.q_norm_weight[113]))) * c6[1] + (p6_xa1 * (r * ropec_to_float(a.q_norm_weight[49]))) * s6[1];
  const float p6_ya2 = (p6_xa2 * (r * ropec_to_float(a.q_norm_weight[50]))) * c6[2] - (p6_xb2 * (r * ropec_to_float(a.q_norm_weight[114]))) * s6[2];
  const float p6_yb2 = (p6_xb2 * (r * ropec_to_float(a.q_norm_weight[114]))) * c6[2] + (p6_xa2 * (r * ropec_to_float(a.q_norm_weight[50]))) * s6[2];
  const float p6_ya3 = (p6_xa3 * (r * ropec_to_float(a.q_norm_weight[51]))) * c6[3] - (p6_xb3 * (r * ropec_to_float(a.q_norm_weight[115]))) * s6[3];
  const float p6_yb3 = (p6_xb3 * (r * ropec_to_float(a.q_norm_weight[115]))) * c6[3] + (p6_xa3 * (r * ropec_to_float(a.q_norm_weight[51]))) * s6[3];
  const float p6_ya4 = (p6_xa4 * (r * ropec_to_float(a.q_norm_weight[52]))) * c6[4] - (p6_xb4 * (r * ropec_to_float(a.q_norm_weight[116]))) * s6[4];
  const float p6_yb4 = (p6_xb4 * (r * ropec_to_float(a.q_norm_weight[116]))) * c6[4] + (p6_xa4 * (r * ropec_to_float(a.q_norm_weight[52]))) * s6[4];
  const float p6_ya5 = (p6_xa5 * (r * ropec_to_float(a.q_norm_weight[53]))) * c6[5] - (p6_xb5 * (r * ropec_to_float(a.q_norm_weight[117]))) * s6[5];
  const float p6_yb5 = (p6_xb5 * (r * ropec_to_float(a.q_norm_weight[117]))) * c6[5] + (p6_xa5 * (r * ropec_to_float(a.q_norm_weight[53]))) * s6[5];
  const float p6_ya6 = (p6_xa6 * (r * ropec_to_float(a.q_norm_weight[54]))) * c6[6] - (p6_xb6 * (r * ropec_to_float(a.q_norm_weight[118]))) * s6[6];
  const float p6_yb6 = (p6_xb6 * (r * ropec_to_float(a.q_norm_weight[118]))) * c6[6] + (p6_xa6 * (r * ropec_to_float(a.q_norm_weight[54]))) * s6[6];
  const float p6_ya7 = (p6_xa7 * (r * ropec_to_float(a.q_norm_weight[55]))) * c6[7] - (p6_xb7 * (r * ropec_to_float(a.q_norm_weight[119]))) * s6[7];
  const float p6_yb7 = (p6_xb7 * (r * ropec_to_float(a.q_norm_weight[119]))) * c6[7] + (p6_xa7 * (r * ropec_to_float(a.q_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.q_out + o + 48, make_uint4(ropec_bf16_bits(p6_ya0) | (ropec_bf16_bits(p6_ya1) << 16u), ropec_bf16_bits(p6_ya2) | (ropec_bf16_bits(p6_ya3) << 16u), ropec_bf16_bits(p6_ya4) | (ropec_bf16_bits(p6_ya5) << 16u), ropec_bf16_bits(p6_ya6) | (ropec_bf16_bits(p6_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 112, make_uint4(ropec_bf16_bits(p6_yb0) | (ropec_bf16_bits(p6_yb1) << 16u), ropec_bf16_bits(p6_yb2) | (ropec_bf16_bits(p6_yb3) << 16u), ropec_bf16_bits(p6_yb4) | (ropec_bf16_bits(p6_yb5) << 16u), ropec_bf16_bits(p6_yb6) | (ropec_bf16_bits(p6_yb7) << 16u)));
  const uint4 p7_xav = ropec_load_vec4u(a.q_out + o + 56);
  const float p7_xa0 = ropec_bf16_from_bits(p7_xav.x & 0xffffu);
  const float p7_xa1 = ropec_bf16_from_bits(p7_xav.x >> 16u);
  const float p7_xa2 = ropec_bf16_from_bits(p7_xav.y & 0xffffu);
  const float p7_xa3 = ropec_bf16_from_bits(p7_xav.y >> 16u);
  const float p7_xa4 = ropec_bf16_from_bits(p7_xav.z & 0xffffu);
  const float p7_xa5 = ropec_bf16_from_bits(p7_xav.z >> 16u);
  const float p7_xa6 = ropec_bf16_from_bits(p7_xav.w & 0xffffu);
  const float p7_xa7 = ropec_bf16_from_bits(p7_xav.w >> 16u);
  const uint4 p7_xbv = ropec_load_vec4u(a.q_out + o + 120);
  const float p7_xb0 = ropec_bf16_from_bits(p7_xbv.x & 0xffffu);
  const float p7_xb1 = ropec_bf16_from_bits(p7_xbv.x >> 16u);
  const float p7_xb2 = ropec_bf16_from_bits(p7_xbv.y & 0xffffu);
  const float p7_xb3 = ropec_bf16_from_bits(p7_xbv.y >> 16u);
  const float p7_xb4 = ropec_bf16_from_bits(p7_xbv.z & 0xffffu);
  const float p7_xb5 = ropec_bf16_from_bits(p7_xbv.z >> 16u);
  const float p7_xb6 = ropec_bf16_from_bits(p7_xbv.w & 0xffffu);
  const float p7_xb7 = ropec_bf16_from_bits(p7_xbv.w >> 16u);
  const float p7_ya0 = (p7_xa0 * (r * ropec_to_float(a.q_norm_weight[56]))) * c7[0] - (p7_xb0 * (r * ropec_to_float(a.q_norm_weight[120]))) * s7[0];
  const float p7_yb0 = (p7_xb0 * (r * ropec_to_float(a.q_norm_weight[120]))) * c7[0] + (p7_xa0 * (r * ropec_to_float(a.q_norm_weight[56]))) * s7[0];
  const float p7_ya1 = (p7_xa1 * (r * ropec_to_float(a.q_norm_weight[57]))) * c7[1] - (p7_xb1 * (r * ropec_to_float(a.q_norm_weight[121]))) * s7[1];
  const float p7_yb1 = (p7_xb1 * (r * ropec_to_float(a.q_norm_weight[121]))) * c7[1] + (p7_xa1 * (r * ropec_to_float(a.q_norm_weight[57]))) * s7[1];
  const float p7_ya2 = (p7_xa2 * (r * ropec_to_float(a.q_norm_weight[58]))) * c7[2] - (p7_xb2 * (r * ropec_to_float(a.q_norm_weight[122]))) * s7[2];
  const float p7_yb2 = (p7_xb2 * (r * ropec_to_float(a.q_norm_weight[122]))) * c7[2] + (p7_xa2 * (r * ropec_to_float(a.q_norm_weight[58]))) * s7[2];
  const float p7_ya3 = (p7_xa3 * (r * ropec_to_float(a.q_norm_weight[59]))) * c7[3] - (p7_xb3 * (r * ropec_to_float(a.q_norm_weight[123]))) * s7[3];
  const float p7_yb3 = (p7_xb3 * (r * ropec_to_float(a.q_norm_weight[123]))) * c7[3] + (p7_xa3 * (r * ropec_to_float(a.q_norm_weight[59]))) * s7[3];
  const float p7_ya4 = (p7_xa4 * (r * ropec_to_float(a.q_norm_weight[60]))) * c7[4] - (p7_xb4 * (r * ropec_to_float(a.q_norm_weight[124]))) * s7[4];
  const float p7_yb4 = (p7_xb4 * (r * ropec_to_float(a.q_norm_weight[124]))) * c7[4] + (p7_xa4 * (r * ropec_to_float(a.q_norm_weight[60]))) * s7[4];
  const float p7_ya5 = (p7_xa5 * (r * ropec_to_float(a.q_norm_weight[61]))) * c7[5] - (p7_xb5 * (r * ropec_to_float(a.q_norm_weight[125]))) * s7[5];
  const float p7_yb5 = (p7_xb5 * (r * ropec_to_float(a.q_norm_weight[125]))) * c7[5] + (p7_xa5 * (r * ropec_to_float(a.q_norm_weight[61]))) * s7[5];
  const float p7_ya6 = (p7_xa6 * (r * ropec_to_float(a.q_norm_weight[62]))) * c7[6] - (p7_xb6 * (r * ropec_to_float(a.q_norm_weight[126]))) * s7[6];
  const float p7_yb6 = (p7_xb6 * (r * ropec_to_float(a.q_norm_weight[126]))) * c7[6] + (p7_xa6 * (r * ropec_to_float(a.q_norm_weight[62]))) * s7[6];
  const float p7_ya7 = (p7_xa7 * (r * ropec_to_float(a.q_norm_weight[63]))) * c7[7] - (p7_xb7 * (r * ropec_to_float(a.q_norm_weight[127]))) * s7[7];
  const float p7_yb7 = (p7_xb7 * (r * ropec_to_float(a.q_norm_weight[127]))) * c7[7] + (p7_xa7 * (r * ropec_to_float(a.q_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.q_out + o + 56, make_uint4(ropec_bf16_bits(p7_ya0) | (ropec_bf16_bits(p7_ya1) << 16u), ropec_bf16_bits(p7_ya2) | (ropec_bf16_bits(p7_ya3) << 16u), ropec_bf16_bits(p7_ya4) | (ropec_bf16_bits(p7_ya5) << 16u), ropec_bf16_bits(p7_ya6) | (ropec_bf16_bits(p7_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + 120, make_uint4(ropec_bf16_bits(p7_yb0) | (ropec_bf16_bits(p7_yb1) << 16u), ropec_bf16_bits(p7_yb2) | (ropec_bf16_bits(p7_yb3) << 16u), ropec_bf16_bits(p7_yb4) | (ropec_bf16_bits(p7_yb5) << 16u), ropec_bf16_bits(p7_yb6) | (ropec_bf16_bits(p7_yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split); rotate 8 pair(s) from 8 at lanes 8, 72 (stride 1, split); rotate 8 pair(s) from 16 at lanes 16, 80 (stride 1, split); rotate 8 pair(s) from 24 at lanes 24, 88 (stride 1, split); rotate 8 pair(s) from 32 at lanes 32, 96 (stride 1, split); rotate 8 pair(s) from 40 at lanes 40, 104 (stride 1, split); rotate 8 pair(s) from 48 at lanes 48, 112 (stride 1, split); rotate 8 pair(s) from 56 at lanes 56, 120 (stride 1, split), k head h0 */
__host__ __device__ inline void item_vector_in_k1_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  float c1[8];
  float s1[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs1 = pair_sincos(pos0, 8 + i);
    c1[i] = cs1.x;
    s1[i] = cs1.y;
  }
  float c2[8];
  float s2[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs2 = pair_sincos(pos0, 16 + i);
    c2[i] = cs2.x;
    s2[i] = cs2.y;
  }
  float c3[8];
  float s3[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs3 = pair_sincos(pos0, 24 + i);
    c3[i] = cs3.x;
    s3[i] = cs3.y;
  }
  float c4[8];
  float s4[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs4 = pair_sincos(pos0, 32 + i);
    c4[i] = cs4.x;
    s4[i] = cs4.y;
  }
  float c5[8];
  float s5[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs5 = pair_sincos(pos0, 40 + i);
    c5[i] = cs5.x;
    s5[i] = cs5.y;
  }
  float c6[8];
  float s6[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs6 = pair_sincos(pos0, 48 + i);
    c6[i] = cs6.x;
    s6[i] = cs6.y;
  }
  float c7[8];
  float s7[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs7 = pair_sincos(pos0, 56 + i);
    c7[i] = cs7.x;
    s7[i] = cs7.y;
  }
  const int64_t o = flat * a.k_token_stride + h0 * a.k_head_stride;
  float ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 xlv = ropec_load_vec4u(a.k_out + o + l);
    const float xl0 = ropec_bf16_from_bits(xlv.x & 0xffffu);
    const float xl1 = ropec_bf16_from_bits(xlv.x >> 16u);
    const float xl2 = ropec_bf16_from_bits(xlv.y & 0xffffu);
    const float xl3 = ropec_bf16_from_bits(xlv.y >> 16u);
    const float xl4 = ropec_bf16_from_bits(xlv.z & 0xffffu);
    const float xl5 = ropec_bf16_from_bits(xlv.z >> 16u);
    const float xl6 = ropec_bf16_from_bits(xlv.w & 0xffffu);
    const float xl7 = ropec_bf16_from_bits(xlv.w >> 16u);
    ss = (((((((ss + xl0 * xl0) + xl1 * xl1) + xl2 * xl2) + xl3 * xl3) + xl4 * xl4) + xl5 * xl5) + xl6 * xl6) + xl7 * xl7;
  }
  const float r = 1.0f / sqrtf(ss / 128.0f + 9.999999974752427e-7f);
  const uint4 p0_xav = ropec_load_vec4u(a.k_out + o);
  const float p0_xa0 = ropec_bf16_from_bits(p0_xav.x & 0xffffu);
  const float p0_xa1 = ropec_bf16_from_bits(p0_xav.x >> 16u);
  const float p0_xa2 = ropec_bf16_from_bits(p0_xav.y & 0xffffu);
  const float p0_xa3 = ropec_bf16_from_bits(p0_xav.y >> 16u);
  const float p0_xa4 = ropec_bf16_from_bits(p0_xav.z & 0xffffu);
  const float p0_xa5 = ropec_bf16_from_bits(p0_xav.z >> 16u);
  const float p0_xa6 = ropec_bf16_from_bits(p0_xav.w & 0xffffu);
  const float p0_xa7 = ropec_bf16_from_bits(p0_xav.w >> 16u);
  const uint4 p0_xbv = ropec_load_vec4u(a.k_out + o + 64);
  const float p0_xb0 = ropec_bf16_from_bits(p0_xbv.x & 0xffffu);
  const float p0_xb1 = ropec_bf16_from_bits(p0_xbv.x >> 16u);
  const float p0_xb2 = ropec_bf16_from_bits(p0_xbv.y & 0xffffu);
  const float p0_xb3 = ropec_bf16_from_bits(p0_xbv.y >> 16u);
  const float p0_xb4 = ropec_bf16_from_bits(p0_xbv.z & 0xffffu);
  const float p0_xb5 = ropec_bf16_from_bits(p0_xbv.z >> 16u);
  const float p0_xb6 = ropec_bf16_from_bits(p0_xbv.w & 0xffffu);
  const float p0_xb7 = ropec_bf16_from_bits(p0_xbv.w >> 16u);
  const float p0_ya0 = (p0_xa0 * (r * ropec_to_float(a.k_norm_weight[0]))) * c0[0] - (p0_xb0 * (r * ropec_to_float(a.k_norm_weight[64]))) * s0[0];
  const float p0_yb0 = (p0_xb0 * (r * ropec_to_float(a.k_norm_weight[64]))) * c0[0] + (p0_xa0 * (r * ropec_to_float(a.k_norm_weight[0]))) * s0[0];
  const float p0_ya1 = (p0_xa1 * (r * ropec_to_float(a.k_norm_weight[1]))) * c0[1] - (p0_xb1 * (r * ropec_to_float(a.k_norm_weight[65]))) * s0[1];
  const float p0_yb1 = (p0_xb1 * (r * ropec_to_float(a.k_norm_weight[65]))) * c0[1] + (p0_xa1 * (r * ropec_to_float(a.k_norm_weight[1]))) * s0[1];
  const float p0_ya2 = (p0_xa2 * (r * ropec_to_float(a.k_norm_weight[2]))) * c0[2] - (p0_xb2 * (r * ropec_to_float(a.k_norm_weight[66]))) * s0[2];
  const float p0_yb2 = (p0_xb2 * (r * ropec_to_float(a.k_norm_weight[66]))) * c0[2] + (p0_xa2 * (r * ropec_to_float(a.k_norm_weight[2]))) * s0[2];
  const float p0_ya3 = (p0_xa3 * (r * ropec_to_float(a.k_norm_weight[3]))) * c0[3] - (p0_xb3 * (r * ropec_to_float(a.k_norm_weight[67]))) * s0[3];
  const float p0_yb3 = (p0_xb3 * (r * ropec_to_float(a.k_norm_weight[67]))) * c0[3] + (p0_xa3 * (r * ropec_to_float(a.k_norm_weight[3]))) * s0[3];
  const float p0_ya4 = (p0_xa4 * (r * ropec_to_float(a.k_norm_weight[4]))) * c0[4] - (p0_xb4 * (r * ropec_to_float(a.k_norm_weight[68]))) * s0[4];
  const float p0_yb4 = (p0_xb4 * (r * ropec_to_float(a.k_norm_weight[68]))) * c0[4] + (p0_xa4 * (r * ropec_to_float(a.k_norm_weight[4]))) * s0[4];
  const float p0_ya5 = (p0_xa5 * (r * ropec_to_float(a.k_norm_weight[5]))) * c0[5] - (p0_xb5 * (r * ropec_to_float(a.k_norm_weight[69]))) * s0[5];
  const float p0_yb5 = (p0_xb5 * (r * ropec_to_float(a.k_norm_weight[69]))) * c0[5] + (p0_xa5 * (r * ropec_to_float(a.k_norm_weight[5]))) * s0[5];
  const float p0_ya6 = (p0_xa6 * (r * ropec_to_float(a.k_norm_weight[6]))) * c0[6] - (p0_xb6 * (r * ropec_to_float(a.k_norm_weight[70]))) * s0[6];
  const float p0_yb6 = (p0_xb6 * (r * ropec_to_float(a.k_norm_weight[70]))) * c0[6] + (p0_xa6 * (r * ropec_to_float(a.k_norm_weight[6]))) * s0[6];
  const float p0_ya7 = (p0_xa7 * (r * ropec_to_float(a.k_norm_weight[7]))) * c0[7] - (p0_xb7 * (r * ropec_to_float(a.k_norm_weight[71]))) * s0[7];
  const float p0_yb7 = (p0_xb7 * (r * ropec_to_float(a.k_norm_weight[71]))) * c0[7] + (p0_xa7 * (r * ropec_to_float(a.k_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.k_out + o, make_uint4(ropec_bf16_bits(p0_ya0) | (ropec_bf16_bits(p0_ya1) << 16u), ropec_bf16_bits(p0_ya2) | (ropec_bf16_bits(p0_ya3) << 16u), ropec_bf16_bits(p0_ya4) | (ropec_bf16_bits(p0_ya5) << 16u), ropec_bf16_bits(p0_ya6) | (ropec_bf16_bits(p0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 64, make_uint4(ropec_bf16_bits(p0_yb0) | (ropec_bf16_bits(p0_yb1) << 16u), ropec_bf16_bits(p0_yb2) | (ropec_bf16_bits(p0_yb3) << 16u), ropec_bf16_bits(p0_yb4) | (ropec_bf16_bits(p0_yb5) << 16u), ropec_bf16_bits(p0_yb6) | (ropec_bf16_bits(p0_yb7) << 16u)));
  const uint4 p1_xav = ropec_load_vec4u(a.k_out + o + 8);
  const float p1_xa0 = ropec_bf16_from_bits(p1_xav.x & 0xffffu);
  const float p1_xa1 = ropec_bf16_from_bits(p1_xav.x >> 16u);
  const float p1_xa2 = ropec_bf16_from_bits(p1_xav.y & 0xffffu);
  const float p1_xa3 = ropec_bf16_from_bits(p1_xav.y >> 16u);
  const float p1_xa4 = ropec_bf16_from_bits(p1_xav.z & 0xffffu);
  const float p1_xa5 = ropec_bf16_from_bits(p1_xav.z >> 16u);
  const float p1_xa6 = ropec_bf16_from_bits(p1_xav.w & 0xffffu);
  const float p1_xa7 = ropec_bf16_from_bits(p1_xav.w >> 16u);
  const uint4 p1_xbv = ropec_load_vec4u(a.k_out + o + 72);
  const float p1_xb0 = ropec_bf16_from_bits(p1_xbv.x & 0xffffu);
  const float p1_xb1 = ropec_bf16_from_bits(p1_xbv.x >> 16u);
  const float p1_xb2 = ropec_bf16_from_bits(p1_xbv.y & 0xffffu);
  const float p1_xb3 = ropec_bf16_from_bits(p1_xbv.y >> 16u);
  const float p1_xb4 = ropec_bf16_from_bits(p1_xbv.z & 0xffffu);
  const float p1_xb5 = ropec_bf16_from_bits(p1_xbv.z >> 16u);
  const float p1_xb6 = ropec_bf16_from_bits(p1_xbv.w & 0xffffu);
  const float p1_xb7 = ropec_bf16_from_bits(p1_xbv.w >> 16u);
  const float p1_ya0 = (p1_xa0 * (r * ropec_to_float(a.k_norm_weight[8]))) * c1[0] - (p1_xb0 * (r * ropec_to_float(a.k_norm_weight[72]))) * s1[0];
  const float p1_yb0 = (p1_xb0 * (r * ropec_to_float(a.k_norm_weight[72]))) * c1[0] + (p1_xa0 * (r * ropec_to_float(a.k_norm_weight[8]))) * s1[0];
  const float p1_ya1 = (p1_xa1 * (r * ropec_to_float(a.k_norm_weight[9]))) * c1[1] - (p1_xb1 * (r * ropec_to_float(a.k_norm_weight[73]))) * s1[1];
  const float p1_yb1 = (p1_xb1 * (r * ropec_to_float(a.k_norm_weight[73]))) * c1[1] + (p1_xa1 * (r * ropec_to_float(a.k_norm_weight[9]))) * s1[1];
  const float p1_ya2 = (p1_xa2 * (r * ropec_to_float(a.k_norm_weight[10]))) * c1[2] - (p1_xb2 * (r * ropec_to_float(a.k_norm_weight[74]))) * s1[2];
  const float p1_yb2 = (p1_xb2 * (r * ropec_to_float(a.k_norm_weight[74]))) * c1[2] + (p1_xa2 * (r * ropec_to_float(a.k_norm_weight[10]))) * s1[2];
  const float p1_ya3 = (p1_xa3 * (r * ropec_to_float(a.k_norm_weight[11]))) * c1[3] - (p1_xb3 * (r * ropec_to_float(a.k_norm_weight[75]))) * s1[3];
  const float p1_yb3 = (p1_xb3 * (r * ropec_to_float(a.k_norm_weight[75]))) * c1[3] + (p1_xa3 * (r * ropec_to_float(a.k_norm_weight[11]))) * s1[3];
  const float p1_ya4 = (p1_xa4 * (r * ropec_to_float(a.k_norm_weight[12]))) * c1[4] - (p1_xb4 * (r * ropec_to_float(a.k_norm_weight[76]))) * s1[4];
  const float p1_yb4 = (p1_xb4 * (r * ropec_to_float(a.k_norm_weight[76]))) * c1[4] + (p1_xa4 * (r * ropec_to_float(a.k_norm_weight[12]))) * s1[4];
  const float p1_ya5 = (p1_xa5 * (r * ropec_to_float(a.k_norm_weight[13]))) * c1[5] - (p1_xb5 * (r * ropec_to_float(a.k_norm_weight[77]))) * s1[5];
  const float p1_yb5 = (p1_xb5 * (r * ropec_to_float(a.k_norm_weight[77]))) * c1[5] + (p1_xa5 * (r * ropec_to_float(a.k_norm_weight[13]))) * s1[5];
  const float p1_ya6 = (p1_xa6 * (r * ropec_to_float(a.k_norm_weight[14]))) * c1[6] - (p1_xb6 * (r * ropec_to_float(a.k_norm_weight[78]))) * s1[6];
  const float p1_yb6 = (p1_xb6 * (r * ropec_to_float(a.k_norm_weight[78]))) * c1[6] + (p1_xa6 * (r * ropec_to_float(a.k_norm_weight[14]))) * s1[6];
  const float p1_ya7 = (p1_xa7 * (r * ropec_to_float(a.k_norm_weight[15]))) * c1[7] - (p1_xb7 * (r * ropec_to_float(a.k_norm_weight[79]))) * s1[7];
  const float p1_yb7 = (p1_xb7 * (r * ropec_to_float(a.k_norm_weight[79]))) * c1[7] + (p1_xa7 * (r * ropec_to_float(a.k_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.k_out + o + 8, make_uint4(ropec_bf16_bits(p1_ya0) | (ropec_bf16_bits(p1_ya1) << 16u), ropec_bf16_bits(p1_ya2) | (ropec_bf16_bits(p1_ya3) << 16u), ropec_bf16_bits(p1_ya4) | (ropec_bf16_bits(p1_ya5) << 16u), ropec_bf16_bits(p1_ya6) | (ropec_bf16_bits(p1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 72, make_uint4(ropec_bf16_bits(p1_yb0) | (ropec_bf16_bits(p1_yb1) << 16u), ropec_bf16_bits(p1_yb2) | (ropec_bf16_bits(p1_yb3) << 16u), ropec_bf16_bits(p1_yb4) | (ropec_bf16_bits(p1_yb5) << 16u), ropec_bf16_bits(p1_yb6) | (ropec_bf16_bits(p1_yb7) << 16u)));
  const uint4 p2_xav = ropec_load_vec4u(a.k_out + o + 16);
  const float p2_xa0 = ropec_bf16_from_bits(p2_xav.x & 0xffffu);
  const float p2_xa1 = ropec_bf16_from_bits(p2_xav.x >> 16u);
  const float p2_xa2 = ropec_bf16_from_bits(p2_xav.y & 0xffffu);
  const float p2_xa3 = ropec_bf16_from_bits(p2_xav.y >> 16u);
  const float p2_xa4 = ropec_bf16_from_bits(p2_xav.z & 0xffffu);
  const float p2_xa5 = ropec_bf16_from_bits(p2_xav.z >> 16u);
  const float p2_xa6 = ropec_bf16_from_bits(p2_xav.w & 0xffffu);
  const float p2_xa7 = ropec_bf16_from_bits(p2_xav.w >> 16u);
  const uint4 p2_xbv = ropec_load_vec4u(a.k_out + o + 80);
  const float p2_xb0 = ropec_bf16_from_bits(p2_xbv.x & 0xffffu);
  const float p2_xb1 = ropec_bf16_from_bits(p2_xbv.x >> 16u);
  const float p2_xb2 = ropec_bf16_from_bits(p2_xbv.y & 0xffffu);
  const float p2_xb3 = ropec_bf16_from_bits(p2_xbv.y >> 16u);
  const float p2_xb4 = ropec_bf16_from_bits(p2_xbv.z & 0xffffu);
  const float p2_xb5 = ropec_bf16_from_bits(p2_xbv.z >> 16u);
  const float p2_xb6 = ropec_bf16_from_bits(p2_xbv.w & 0xffffu);
  const float p2_xb7 = ropec_bf16_from_bits(p2_xbv.w >> 16u);
  const float p2_ya0 = (p2_xa0 * (r * ropec_to_float(a.k_norm_weight[16]))) * c2[0] - (p2_xb0 * (r * ropec_to_float(a.k_norm_weight[80]))) * s2[0];
  const float p2_yb0 = (p2_xb0 * (r * ropec_to_float(a.k_norm_weight[80]))) * c2[0] + (p2_xa0 * (r * ropec_to_float(a.k_norm_weight[16]))) * s2[0];
  const float p2_ya1 = (p2_xa1 * (r * ropec_to_float(a.k_norm_weight[17]))) * c2[1] - (p2_xb1 * (r * ropec_to_float(a.k_norm_weight[81]))) * s2[1];
  const float p2_yb1 = (p2_xb1 * (r * ropec_to_float(a.k_norm_weight[81]))) * c2[1] + (p2_xa1 * (r * ropec_to_float(a.k_norm_weight[17]))) * s2[1];
  const float p2_ya2 = (p2_xa2 * (r * ropec_to_float(a.k_norm_weight[18]))) * c2[2] - (p2_xb2 * (r * ropec_to_float(a.k_norm_weight[82]))) * s2[2];
  const float p2_yb2 = (p2_xb2 * (r * ropec_to_float(a.k_norm_weight[82]))) * c2[2] + (p2_xa2 * (r * ropec_to_float(a.k_norm_weight[18]))) * s2[2];
  const float p2_ya3 = (p2_xa3 * (r * ropec_to_float(a.k_norm_weight[19]))) * c2[3] - (p2_xb3 * (r * ropec_to_float(a.k_norm_weight[83]))) * s2[3];
  const float p2_yb3 = (p2_xb3 * (r * ropec_to_float(a.k_norm_weight[83]))) * c2[3] + (p2_xa3 * (r * ropec_to_float(a.k_norm_weight[19]))) * s2[3];
  const float p2_ya4 = (p2_xa4 * (r * ropec_to_float(a.k_norm_weight[20]))) * c2[4] - (p2_xb4 * (r * ropec_to_float(a.k_norm_weight[84]))) * s2[4];
  const float p2_yb4 = (p2_xb4 * (r * ropec_to_float(a.k_norm_weight[84]))) * c2[4] + (p2_xa4 * (r * ropec_to_float(a.k_norm_weight[20]))) * s2[4];
  const float p2_ya5 = (p2_xa5 * (r * ropec_to_float(a.k_norm_weight[21]))) * c2[5] - (p2_xb5 * (r * ropec_to_float(a.k_norm_weight[85]))) * s2[5];
  const float p2_yb5 = (p2_xb5 * (r * ropec_to_float(a.k_norm_weight[85]))) * c2[5] + (p2_xa5 * (r * ropec_to_float(a.k_norm_weight[21]))) * s2[5];
  const float p2_ya6 = (p2_xa6 * (r * ropec_to_float(a.k_norm_weight[22]))) * c2[6] - (p2_xb6 * (r * ropec_to_float(a.k_norm_weight[86]))) * s2[6];
  const float p2_yb6 = (p2_xb6 * (r * ropec_to_float(a.k_norm_weight[86]))) * c2[6] + (p2_xa6 * (r * ropec_to_float(a.k_norm_weight[22]))) * s2[6];
  const float p2_ya7 = (p2_xa7 * (r * ropec_to_float(a.k_norm_weight[23]))) * c2[7] - (p2_xb7 * (r * ropec_to_float(a.k_norm_weight[87]))) * s2[7];
  const float p2_yb7 = (p2_xb7 * (r * ropec_to_float(a.k_norm_weight[87]))) * c2[7] + (p2_xa7 * (r * ropec_to_float(a.k_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.k_out + o + 16, make_uint4(ropec_bf16_bits(p2_ya0) | (ropec_bf16_bits(p2_ya1) << 16u), ropec_bf16_bits(p2_ya2) | (ropec_bf16_bits(p2_ya3) << 16u), ropec_bf16_bits(p2_ya4) | (ropec_bf16_bits(p2_ya5) << 16u), ropec_bf16_bits(p2_ya6) | (ropec_bf16_bits(p2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 80, make_uint4(ropec_bf16_bits(p2_yb0) | (ropec_bf16_bits(p2_yb1) << 16u), ropec_bf16_bits(p2_yb2) | (ropec_bf16_bits(p2_yb3) << 16u), ropec_bf16_bits(p2_yb4) | (ropec_bf16_bits(p2_yb5) << 16u), ropec_bf16_bits(p2_yb6) | (ropec_bf16_bits(p2_yb7) << 16u)));
  const uint4 p3_xav = ropec_load_vec4u(a.k_out + o + 24);
  const float p3_xa0 = ropec_bf16_from_bits(p3_xav.x & 0xffffu);
  const float p3_xa1 = ropec_bf16_from_bits(p3_xav.x >> 16u);
  const float p3_xa2 = ropec_bf16_from_bits(p3_xav.y & 0xffffu);
  const float p3_xa3 = ropec_bf16_from_bits(p3_xav.y >> 16u);
  const float p3_xa4 = ropec_bf16_from_bits(p3_xav.z & 0xffffu);
  const float p3_xa5 = ropec_bf16_from_bits(p3_xav.z >> 16u);
  const float p3_xa6 = ropec_bf16_from_bits(p3_xav.w & 0xffffu);
  const float p3_xa7 = ropec_bf16_from_bits(p3_xav.w >> 16u);
  const uint4 p3_xbv = ropec_load_vec4u(a.k_out + o + 88);
  const float p3_xb0 = ropec_bf16_from_bits(p3_xbv.x & 0xffffu);
  const float p3_xb1 = ropec_bf16_from_bits(p3_xbv.x >> 16u);
  const float p3_xb2 = ropec_bf16_from_bits(p3_xbv.y & 0xffffu);
  const float p3_xb3 = ropec_bf16_from_bits(p3_xbv.y >> 16u);
  const float p3_xb4 = ropec_bf16_from_bits(p3_xbv.z & 0xffffu);
  const float p3_xb5 = ropec_bf16_from_bits(p3_xbv.z >> 16u);
  const float p3_xb6 = ropec_bf16_from_bits(p3_xbv.w & 0xffffu);
  const float p3_xb7 = ropec_bf16_from_bits(p3_xbv.w >> 16u);
  const float p3_ya0 = (p3_xa0 * (r * ropec_to_float(a.k_norm_weight[24]))) * c3[0] - (p3_xb0 * (r * ropec_to_float(a.k_norm_weight[88]))) * s3[0];
  const float p3_yb0 = (p3_xb0 * (r * ropec_to_float(a.k_norm_weight[88]))) * c3[0] + (p3_xa0 * (r * ropec_to_float(a.k_norm_weight[24]))) * s3[0];
  const float p3_ya1 = (p3_xa1 * (r * ropec_to_float(a.k_norm_weight[25]))) * c3[1] - (p3_xb1 * (r * ropec_to_float(a.k_norm_weight[89]))) * s3[1];
  const float p3_yb1 = (p3_xb1 * (r * ropec_to_float(a.k_norm_weight[89]))) * c3[1] + (p3_xa1 * (r * ropec_to_float(a.k_norm_weight[25]))) * s3[1];
  const float p3_ya2 = (p3_xa2 * (r * ropec_to_float(a.k_norm_weight[26]))) * c3[2] - (p3_xb2 * (r * ropec_to_float(a.k_norm_weight[90]))) * s3[2];
  const float p3_yb2 = (p3_xb2 * (r * ropec_to_float(a.k_norm_weight[90]))) * c3[2] + (p3_xa2 * (r * ropec_to_float(a.k_norm_weight[26]))) * s3[2];
  const float p3_ya3 = (p3_xa3 * (r * ropec_to_float(a.k_norm_weight[27]))) * c3[3] - (p3_xb3 * (r * ropec_to_float(a.k_norm_weight[91]))) * s3[3];
  const float p3_yb3 = (p3_xb3 * (r * ropec_to_float(a.k_norm_weight[91]))) * c3[3] + (p3_xa3 * (r * ropec_to_float(a.k_norm_weight[27]))) * s3[3];
  const float p3_ya4 = (p3_xa4 * (r * ropec_to_float(a.k_norm_weight[28]))) * c3[4] - (p3_xb4 * (r * ropec_to_float(a.k_norm_weight[92]))) * s3[4];
  const float p3_yb4 = (p3_xb4 * (r * ropec_to_float(a.k_norm_weight[92]))) * c3[4] + (p3_xa4 * (r * ropec_to_float(a.k_norm_weight[28]))) * s3[4];
  const float p3_ya5 = (p3_xa5 * (r * ropec_to_float(a.k_norm_weight[29]))) * c3[5] - (p3_xb5 * (r * ropec_to_float(a.k_norm_weight[93]))) * s3[5];
  const float p3_yb5 = (p3_xb5 * (r * ropec_to_float(a.k_norm_weight[93]))) * c3[5] + (p3_xa5 * (r * ropec_to_float(a.k_norm_weight[29]))) * s3[5];
  const float p3_ya6 = (p3_xa6 * (r * ropec_to_float(a.k_norm_weight[30]))) * c3[6] - (p3_xb6 * (r * ropec_to_float(a.k_norm_weight[94]))) * s3[6];
  const float p3_yb6 = (p3_xb6 * (r * ropec_to_float(a.k_norm_weight[94]))) * c3[6] + (p3_xa6 * (r * ropec_to_float(a.k_norm_weight[30]))) * s3[6];
  const float p3_ya7 = (p3_xa7 * (r * ropec_to_float(a.k_norm_weight[31]))) * c3[7] - (p3_xb7 * (r * ropec_to_float(a.k_norm_weight[95]))) * s3[7];
  const float p3_yb7 = (p3_xb7 * (r * ropec_to_float(a.k_norm_weight[95]))) * c3[7] + (p3_xa7 * (r * ropec_to_float(a.k_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.k_out + o + 24, make_uint4(ropec_bf16_bits(p3_ya0) | (ropec_bf16_bits(p3_ya1) << 16u), ropec_bf16_bits(p3_ya2) | (ropec_bf16_bits(p3_ya3) << 16u), ropec_bf16_bits(p3_ya4) | (ropec_bf16_bits(p3_ya5) << 16u), ropec_bf16_bits(p3_ya6) | (ropec_bf16_bits(p3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 88, make_uint4(ropec_bf16_bits(p3_yb0) | (ropec_bf16_bits(p3_yb1) << 16u), ropec_bf16_bits(p3_yb2) | (ropec_bf16_bits(p3_yb3) << 16u), ropec_bf16_bits(p3_yb4) | (ropec_bf16_bits(p3_yb5) << 16u), ropec_bf16_bits(p3_yb6) | (ropec_bf16_bits(p3_yb7) << 16u)));
  const uint4 p4_xav = ropec_load_vec4u(a.k_out + o + 32);
  const float p4_xa0 = ropec_bf16_from_bits(p4_xav.x & 0xffffu);
  const float p4_xa1 = ropec_bf16_from_bits(p4_xav.x >> 16u);
  const float p4_xa2 = ropec_bf16_from_bits(p4_xav.y & 0xffffu);
  const float p4_xa3 = ropec_bf16_from_bits(p4_xav.y >> 16u);
  const float p4_xa4 = ropec_bf16_from_bits(p4_xav.z & 0xffffu);
  const float p4_xa5 = ropec_bf16_from_bits(p4_xav.z >> 16u);
  const float p4_xa6 = ropec_bf16_from_bits(p4_xav.w & 0xffffu);
  const float p4_xa7 = ropec_bf16_from_bits(p4_xav.w >> 16u);
  const uint4 p4_xbv = ropec_load_vec4u(a.k_out + o + 96);
  const float p4_xb0 = ropec_bf16_from_bits(p4_xbv.x & 0xffffu);
  const float p4_xb1 = ropec_bf16_from_bits(p4_xbv.x >> 16u);
  const float p4_xb2 = ropec_bf16_from_bits(p4_xbv.y & 0xffffu);
  const float p4_xb3 = ropec_bf16_from_bits(p4_xbv.y >> 16u);
  const float p4_xb4 = ropec_bf16_from_bits(p4_xbv.z & 0xffffu);
  const float p4_xb5 = ropec_bf16_from_bits(p4_xbv.z >> 16u);
  const float p4_xb6 = ropec_bf16_from_bits(p4_xbv.w & 0xffffu);
  const float p4_xb7 = ropec_bf16_from_bits(p4_xbv.w >> 16u);
  const float p4_ya0 = (p4_xa0 * (r * ropec_to_float(a.k_norm_weight[32]))) * c4[0] - (p4_xb0 * (r * ropec_to_float(a.k_norm_weight[96]))) * s4[0];
  const float p4_yb0 = (p4_xb0 * (r * ropec_to_float(a.k_norm_weight[96]))) * c4[0] + (p4_xa0 * (r * ropec_to_float(a.k_norm_weight[32]))) * s4[0];
  const float p4_ya1 = (p4_xa1 * (r * ropec_to_float(a.k_norm_weight[33]))) * c4[1] - (p4_xb1 * (r * ropec_to_float(a.k_norm_weight[97]))) * s4[1];
  const float p4_yb1 = (p4_xb1 * (r * ropec_to_float(a.k_norm_weight[97]))) * c4[1] + (p4_xa1 * (r * ropec_to_float(a.k_norm_weight[33]))) * s4[1];
  const float p4_ya2 = (p4_xa2 * (r * ropec_to_float(a.k_norm_weight[34]))) * c4[2] - (p4_xb2 * (r * ropec_to_float(a.k_norm_weight[98]))) * s4[2];
  const float p4_yb2 = (p4_xb2 * (r * ropec_to_float(a.k_norm_weight[98]))) * c4[2] + (p4_xa2 * (r * ropec_to_float(a.k_norm_weight[34]))) * s4[2];
  const float p4_ya3 = (p4_xa3 * (r * ropec_to_float(a.k_norm_weight[35]))) * c4[3] - (p4_xb3 * (r * ropec_to_float(a.k_norm_weight[99]))) * s4[3];
  const float p4_yb3 = (p4_xb3 * (r * ropec_to_float(a.k_norm_weight[99]))) * c4[3] + (p4_xa3 * (r * ropec_to_float(a.k_norm_weight[35]))) * s4[3];
  const float p4_ya4 = (p4_xa4 * (r * ropec_to_float(a.k_norm_weight[36]))) * c4[4] - (p4_xb4 * (r * ropec_to_float(a.k_norm_weight[100]))) * s4[4];
  const float p4_yb4 = (p4_xb4 * (r * ropec_to_float(a.k_norm_weight[100]))) * c4[4] + (p4_xa4 * (r * ropec_to_float(a.k_norm_weight[36]))) * s4[4];
  const float p4_ya5 = (p4_xa5 * (r * ropec_to_float(a.k_norm_weight[37]))) * c4[5] - (p4_xb5 * (r * ropec_to_float(a.k_norm_weight[101]))) * s4[5];
  const float p4_yb5 = (p4_xb5 * (r * ropec_to_float(a.k_norm_weight[101]))) * c4[5] + (p4_xa5 * (r * ropec_to_float(a.k_norm_weight[37]))) * s4[5];
  const float p4_ya6 = (p4_xa6 * (r * ropec_to_float(a.k_norm_weight[38]))) * c4[6] - (p4_xb6 * (r * ropec_to_float(a.k_norm_weight[102]))) * s4[6];
  const float p4_yb6 = (p4_xb6 * (r * ropec_to_float(a.k_norm_weight[102]))) * c4[6] + (p4_xa6 * (r * ropec_to_float(a.k_norm_weight[38]))) * s4[6];
  const float p4_ya7 = (p4_xa7 * (r * ropec_to_float(a.k_norm_weight[39]))) * c4[7] - (p4_xb7 * (r * ropec_to_float(a.k_norm_weight[103]))) * s4[7];
  const float p4_yb7 = (p4_xb7 * (r * ropec_to_float(a.k_norm_weight[103]))) * c4[7] + (p4_xa7 * (r * ropec_to_float(a.k_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.k_out + o + 32, make_uint4(ropec_bf16_bits(p4_ya0) | (ropec_bf16_bits(p4_ya1) << 16u), ropec_bf16_bits(p4_ya2) | (ropec_bf16_bits(p4_ya3) << 16u), ropec_bf16_bits(p4_ya4) | (ropec_bf16_bits(p4_ya5) << 16u), ropec_bf16_bits(p4_ya6) | (ropec_bf16_bits(p4_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 96, make_uint4(ropec_bf16_bits(p4_yb0) | (ropec_bf16_bits(p4_yb1) << 16u), ropec_bf16_bits(p4_yb2) | (ropec_bf16_bits(p4_yb3) << 16u), ropec_bf16_bits(p4_yb4) | (ropec_bf16_bits(p4_yb5) << 16u), ropec_bf16_bits(p4_yb6) | (ropec_bf16_bits(p4_yb7) << 16u)));
  const uint4 p5_xav = ropec_load_vec4u(a.k_out + o + 40);
  const float p5_xa0 = ropec_bf16_from_bits(p5_xav.x & 0xffffu);
  const float p5_xa1 = ropec_bf16_from_bits(p5_xav.x >> 16u);
  const float p5_xa2 = ropec_bf16_from_bits(p5_xav.y & 0xffffu);
  const float p5_xa3 = ropec_bf16_from_bits(p5_xav.y >> 16u);
  const float p5_xa4 = ropec_bf16_from_bits(p5_xav.z & 0xffffu);
  const float p5_xa5 = ropec_bf16_from_bits(p5_xav.z >> 16u);
  const float p5_xa6 = ropec_bf16_from_bits(p5_xav.w & 0xffffu);
  const float p5_xa7 = ropec_bf16_from_bits(p5_xav.w >> 16u);
  const uint4 p5_xbv = ropec_load_vec4u(a.k_out + o + 104);
  const float p5_xb0 = ropec_bf16_from_bits(p5_xbv.x & 0xffffu);
  const float p5_xb1 = ropec_bf16_from_bits(p5_xbv.x >> 16u);
  const float p5_xb2 = ropec_bf16_from_bits(p5_xbv.y & 0xffffu);
  const float p5_xb3 = ropec_bf16_from_bits(p5_xbv.y >> 16u);
  const float p5_xb4 = ropec_bf16_from_bits(p5_xbv.z & 0xffffu);
  const float p5_xb5 = ropec_bf16_from_bits(p5_xbv.z >> 16u);
  const float p5_xb6 = ropec_bf16_from_bits(p5_xbv.w & 0xffffu);
  const float p5_xb7 = ropec_bf16_from_bits(p5_xbv.w >> 16u);
  const float p5_ya0 = (p5_xa0 * (r * ropec_to_float(a.k_norm_weight[40]))) * c5[0] - (p5_xb0 * (r * ropec_to_float(a.k_norm_weight[104]))) * s5[0];
  const float p5_yb0 = (p5_xb0 * (r * ropec_to_float(a.k_norm_weight[104]))) * c5[0] + (p5_xa0 * (r * ropec_to_float(a.k_norm_weight[40]))) * s5[0];
  const float p5_ya1 = (p5_xa1 * (r * ropec_to_float(a.k_norm_weight[41]))) * c5[1] - (p5_xb1 * (r * ropec_to_float(a.k_norm_weight[105]))) * s5[1];
  const float p5_yb1 = (p5_xb1 * (r * ropec_to_float(a.k_norm_weight[105]))) * c5[1] + (p5_xa1 * (r * ropec_to_float(a.k_norm_weight[41]))) * s5[1];
  const float p5_ya2 = (p5_xa2 * (r * ropec_to_float(a.k_norm_weight[42]))) * c5[2] - (p5_xb2 * (r * ropec_to_float(a.k_norm_weight[106]))) * s5[2];
  const float p5_yb2 = (p5_xb2 * (r * ropec_to_float(a.k_norm_weight[106]))) * c5[2] + (p5_xa2 * (r * ropec_to_float(a.k_norm_weight[42]))) * s5[2];
  const float p5_ya3 = (p5_xa3 * (r * ropec_to_float(a.k_norm_weight[43]))) * c5[3] - (p5_xb3 * (r * ropec_to_float(a.k_norm_weight[107]))) * s5[3];
  const float p5_yb3 = (p5_xb3 * (r * ropec_to_float(a.k_norm_weight[107]))) * c5[3] + (p5_xa3 * (r * ropec_to_float(a.k_norm_weight[43]))) * s5[3];
  const float p5_ya4 = (p5_xa4 * (r * ropec_to_float(a.k_norm_weight[44]))) * c5[4] - (p5_xb4 * (r * ropec_to_float(a.k_norm_weight[108]))) * s5[4];
  const float p5_yb4 = (p5_xb4 * (r * ropec_to_float(a.k_norm_weight[108]))) * c5[4] + (p5_xa4 * (r * ropec_to_float(a.k_norm_weight[44]))) * s5[4];
  const float p5_ya5 = (p5_xa5 * (r * ropec_to_float(a.k_norm_weight[45]))) * c5[5] - (p5_xb5 * (r * ropec_to_float(a.k_norm_weight[109]))) * s5[5];
  const float p5_yb5 = (p5_xb5 * (r * ropec_to_float(a.k_norm_weight[109]))) * c5[5] + (p5_xa5 * (r * ropec_to_float(a.k_norm_weight[45]))) * s5[5];
  const float p5_ya6 = (p5_xa6 * (r * ropec_to_float(a.k_norm_weight[46]))) * c5[6] - (p5_xb6 * (r * ropec_to_float(a.k_norm_weight[110]))) * s5[6];
  const float p5_yb6 = (p5_xb6 * (r * ropec_to_float(a.k_norm_weight[110]))) * c5[6] + (p5_xa6 * (r * ropec_to_float(a.k_norm_weight[46]))) * s5[6];
  const float p5_ya7 = (p5_xa7 * (r * ropec_to_float(a.k_norm_weight[47]))) * c5[7] - (p5_xb7 * (r * ropec_to_float(a.k_norm_weight[111]))) * s5[7];
  const float p5_yb7 = (p5_xb7 * (r * ropec_to_float(a.k_norm_weight[111]))) * c5[7] + (p5_xa7 * (r * ropec_to_float(a.k_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.k_out + o + 40, make_uint4(ropec_bf16_bits(p5_ya0) | (ropec_bf16_bits(p5_ya1) << 16u), ropec_bf16_bits(p5_ya2) | (ropec_bf16_bits(p5_ya3) << 16u), ropec_bf16_bits(p5_ya4) | (ropec_bf16_bits(p5_ya5) << 16u), ropec_bf16_bits(p5_ya6) | (ropec_bf16_bits(p5_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 104, make_uint4(ropec_bf16_bits(p5_yb0) | (ropec_bf16_bits(p5_yb1) << 16u), ropec_bf16_bits(p5_yb2) | (ropec_bf16_bits(p5_yb3) << 16u), ropec_bf16_bits(p5_yb4) | (ropec_bf16_bits(p5_yb5) << 16u), ropec_bf16_bits(p5_yb6) | (ropec_bf16_bits(p5_yb7) << 16u)));
  const uint4 p6_xav = ropec_load_vec4u(a.k_out + o + 48);
  const float p6_xa0 = ropec_bf16_from_bits(p6_xav.x & 0xffffu);
  const float p6_xa1 = ropec_bf16_from_bits(p6_xav.x >> 16u);
  const float p6_xa2 = ropec_bf16_from_bits(p6_xav.y & 0xffffu);
  const float p6_xa3 = ropec_bf16_from_bits(p6_xav.y >> 16u);
  const float p6_xa4 = ropec_bf16_from_bits(p6_xav.z & 0xffffu);
  const float p6_xa5 = ropec_bf16_from_bits(p6_xav.z >> 16u);
  const float p6_xa6 = ropec_bf16_from_bits(p6_xav.w & 0xffffu);
  const float p6_xa7 = ropec_bf16_from_bits(p6_xav.w >> 16u);
  const uint4 p6_xbv = ropec_load_vec4u(a.k_out + o + 112);
  const float p6_xb0 = ropec_bf16_from_bits(p6_xbv.x & 0xffffu);
  const float p6_xb1 = ropec_bf16_from_bits(p6_xbv.x >> 16u);
  const float p6_xb2 = ropec_bf16_from_bits(p6_xbv.y & 0xffffu);
  const float p6_xb3 = ropec_bf16_from_bits(p6_xbv.y >> 16u);
  const float p6_xb4 = ropec_bf16_from_bits(p6_xbv.z & 0xffffu);
  const float p6_xb5 = ropec_bf16_from_bits(p6_xbv.z >> 16u);
  const float p6_xb6 = ropec_bf16_from_bits(p6_xbv.w & 0xffffu);
  const float p6_xb7 = ropec_bf16_from_bits(p6_xbv.w >> 16u);
  const float p6_ya0 = (p6_xa0 * (r * ropec_to_float(a.k_norm_weight[48]))) * c6[0] - (p6_xb0 * (r * ropec_to_float(a.k_norm_weight[112]))) * s6[0];
  const float p6_yb0 = (p6_xb0 * (r * ropec_to_float(a.k_norm_weight[112]))) * c6[0] + (p6_xa0 * (r * ropec_to_float(a.k_norm_weight[48]))) * s6[0];
  const float p6_ya1 = (p6_xa1 * (r * ropec_to_float(a.k_norm_weight[49]))) * c6[1] - (p6_xb1 * (r * ropec_to_float(a.k_norm_weight[113]))) * s6[1];
  const float p6_yb1 = (p6_xb1 * (r * ropec_to_float(a.k_norm_weight[113]))) * c6[1] + (p6_xa1 * (r * ropec_to_float(a.k_norm_weight[49]))) * s6[1];
  const float p6_ya2 = (p6_xa2 * (r * ropec_to_float(a.k_norm_weight[50]))) * c6[2] - (p6_xb2 * (r * ropec_to_float(a.k_norm_weight[114]))) * s6[2];
  const float p6_yb2 = (p6_xb2 * (r * ropec_to_float(a.k_norm_weight[114]))) * c6[2] + (p6_xa2 * (r * ropec_to_float(a.k_norm_weight[50]))) * s6[2];
  const float p6_ya3 = (p6_xa3 * (r * ropec_to_float(a.k_norm_weight[51]))) * c6[3] - (p6_xb3 * (r * ropec_to_float(a.k_norm_weight[115]))) * s6[3];
  const float p6_yb3 = (p6_xb3 * (r * ropec_to_float(a.k_norm_weight[115]))) * c6[3] + (p6_xa3 * (r * ropec_to_float(a.k_norm_weight[51]))) * s6[3];
  const float p6_ya4 = (p6_xa4 * (r * ropec_to_float(a.k_norm_weight[52]))) * c6[4] - (p6_xb4 * (r * ropec_to_float(a.k_norm_weight[116]))) * s6[4];
  const float p6_yb4 = (p6_xb4 * (r * ropec_to_float(a.k_norm_weight[116]))) * c6[4] + (p6_xa4 * (r * ropec_to_float(a.k_norm_weight[52]))) * s6[4];
  const float p6_ya5 = (p6_xa5 * (r * ropec_to_float(a.k_norm_weight[53]))) * c6[5] - (p6_xb5 * (r * ropec_to_float(a.k_norm_weight[117]))) * s6[5];
  const float p6_yb5 = (p6_xb5 * (r * ropec_to_float(a.k_norm_weight[117]))) * c6[5] + (p6_xa5 * (r * ropec_to_float(a.k_norm_weight[53]))) * s6[5];
  const float p6_ya6 = (p6_xa6 * (r * ropec_to_float(a.k_norm_weight[54]))) * c6[6] - (p6_xb6 * (r * ropec_to_float(a.k_norm_weight[118]))) * s6[6];
  const float p6_yb6 = (p6_xb6 * (r * ropec_to_float(a.k_norm_weight[118]))) * c6[6] + (p6_xa6 * (r * ropec_to_float(a.k_norm_weight[54]))) * s6[6];
  const float p6_ya7 = (p6_xa7 * (r * ropec_to_float(a.k_norm_weight[55]))) * c6[7] - (p6_xb7 * (r * ropec_to_float(a.k_norm_weight[119]))) * s6[7];
  const float p6_yb7 = (p6_xb7 * (r * ropec_to_float(a.k_norm_weight[119]))) * c6[7] + (p6_xa7 * (r * ropec_to_float(a.k_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.k_out + o + 48, make_uint4(ropec_bf16_bits(p6_ya0) | (ropec_bf16_bits(p6_ya1) << 16u), ropec_bf16_bits(p6_ya2) | (ropec_bf16_bits(p6_ya3) << 16u), ropec_bf16_bits(p6_ya4) | (ropec_bf16_bits(p6_ya5) << 16u), ropec_bf16_bits(p6_ya6) | (ropec_bf16_bits(p6_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 112, make_uint4(ropec_bf16_bits(p6_yb0) | (ropec_bf16_bits(p6_yb1) << 16u), ropec_bf16_bits(p6_yb2) | (ropec_bf16_bits(p6_yb3) << 16u), ropec_bf16_bits(p6_yb4) | (ropec_bf16_bits(p6_yb5) << 16u), ropec_bf16_bits(p6_yb6) | (ropec_bf16_bits(p6_yb7) << 16u)));
  const uint4 p7_xav = ropec_load_vec4u(a.k_out + o + 56);
  const float p7_xa0 = ropec_bf16_from_bits(p7_xav.x & 0xffffu);
  const float p7_xa1 = ropec_bf16_from_bits(p7_xav.x >> 16u);
  const float p7_xa2 = ropec_bf16_from_bits(p7_xav.y & 0xffffu);
  const float p7_xa3 = ropec_bf16_from_bits(p7_xav.y >> 16u);
  const float p7_xa4 = ropec_bf16_from_bits(p7_xav.z & 0xffffu);
  const float p7_xa5 = ropec_bf16_from_bits(p7_xav.z >> 16u);
  const float p7_xa6 = ropec_bf16_from_bits(p7_xav.w & 0xffffu);
  const float p7_xa7 = ropec_bf16_from_bits(p7_xav.w >> 16u);
  const uint4 p7_xbv = ropec_load_vec4u(a.k_out + o + 120);
  const float p7_xb0 = ropec_bf16_from_bits(p7_xbv.x & 0xffffu);
  const float p7_xb1 = ropec_bf16_from_bits(p7_xbv.x >> 16u);
  const float p7_xb2 = ropec_bf16_from_bits(p7_xbv.y & 0xffffu);
  const float p7_xb3 = ropec_bf16_from_bits(p7_xbv.y >> 16u);
  const float p7_xb4 = ropec_bf16_from_bits(p7_xbv.z & 0xffffu);
  const float p7_xb5 = ropec_bf16_from_bits(p7_xbv.z >> 16u);
  const float p7_xb6 = ropec_bf16_from_bits(p7_xbv.w & 0xffffu);
  const float p7_xb7 = ropec_bf16_from_bits(p7_xbv.w >> 16u);
  const float p7_ya0 = (p7_xa0 * (r * ropec_to_float(a.k_norm_weight[56]))) * c7[0] - (p7_xb0 * (r * ropec_to_float(a.k_norm_weight[120]))) * s7[0];
  const float p7_yb0 = (p7_xb0 * (r * ropec_to_float(a.k_norm_weight[120]))) * c7[0] + (p7_xa0 * (r * ropec_to_float(a.k_norm_weight[56]))) * s7[0];
  const float p7_ya1 = (p7_xa1 * (r * ropec_to_float(a.k_norm_weight[57]))) * c7[1] - (p7_xb1 * (r * ropec_to_float(a.k_norm_weight[121]))) * s7[1];
  const float p7_yb1 = (p7_xb1 * (r * ropec_to_float(a.k_norm_weight[121]))) * c7[1] + (p7_xa1 * (r * ropec_to_float(a.k_norm_weight[57]))) * s7[1];
  const float p7_ya2 = (p7_xa2 * (r * ropec_to_float(a.k_norm_weight[58]))) * c7[2] - (p7_xb2 * (r * ropec_to_float(a.k_norm_weight[122]))) * s7[2];
  const float p7_yb2 = (p7_xb2 * (r * ropec_to_float(a.k_norm_weight[122]))) * c7[2] + (p7_xa2 * (r * ropec_to_float(a.k_norm_weight[58]))) * s7[2];
  const float p7_ya3 = (p7_xa3 * (r * ropec_to_float(a.k_norm_weight[59]))) * c7[3] - (p7_xb3 * (r * ropec_to_float(a.k_norm_weight[123]))) * s7[3];
  const float p7_yb3 = (p7_xb3 * (r * ropec_to_float(a.k_norm_weight[123]))) * c7[3] + (p7_xa3 * (r * ropec_to_float(a.k_norm_weight[59]))) * s7[3];
  const float p7_ya4 = (p7_xa4 * (r * ropec_to_float(a.k_norm_weight[60]))) * c7[4] - (p7_xb4 * (r * ropec_to_float(a.k_norm_weight[124]))) * s7[4];
  const float p7_yb4 = (p7_xb4 * (r * ropec_to_float(a.k_norm_weight[124]))) * c7[4] + (p7_xa4 * (r * ropec_to_float(a.k_norm_weight[60]))) * s7[4];
  const float p7_ya5 = (p7_xa5 * (r * ropec_to_float(a.k_norm_weight[61]))) * c7[5] - (p7_xb5 * (r * ropec_to_float(a.k_norm_weight[125]))) * s7[5];
  const float p7_yb5 = (p7_xb5 * (r * ropec_to_float(a.k_norm_weight[125]))) * c7[5] + (p7_xa5 * (r * ropec_to_float(a.k_norm_weight[61]))) * s7[5];
  const float p7_ya6 = (p7_xa6 * (r * ropec_to_float(a.k_norm_weight[62]))) * c7[6] - (p7_xb6 * (r * ropec_to_float(a.k_norm_weight[126]))) * s7[6];
  const float p7_yb6 = (p7_xb6 * (r * ropec_to_float(a.k_norm_weight[126]))) * c7[6] + (p7_xa6 * (r * ropec_to_float(a.k_norm_weight[62]))) * s7[6];
  const float p7_ya7 = (p7_xa7 * (r * ropec_to_float(a.k_norm_weight[63]))) * c7[7] - (p7_xb7 * (r * ropec_to_float(a.k_norm_weight[127]))) * s7[7];
  const float p7_yb7 = (p7_xb7 * (r * ropec_to_float(a.k_norm_weight[127]))) * c7[7] + (p7_xa7 * (r * ropec_to_float(a.k_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.k_out + o + 56, make_uint4(ropec_bf16_bits(p7_ya0) | (ropec_bf16_bits(p7_ya1) << 16u), ropec_bf16_bits(p7_ya2) | (ropec_bf16_bits(p7_ya3) << 16u), ropec_bf16_bits(p7_ya4) | (ropec_bf16_bits(p7_ya5) << 16u), ropec_bf16_bits(p7_ya6) | (ropec_bf16_bits(p7_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + 120, make_uint4(ropec_bf16_bits(p7_yb0) | (ropec_bf16_bits(p7_yb1) << 16u), ropec_bf16_bits(p7_yb2) | (ropec_bf16_bits(p7_yb3) << 16u), ropec_bf16_bits(p7_yb4) | (ropec_bf16_bits(p7_yb5) << 16u), ropec_bf16_bits(p7_yb6) | (ropec_bf16_bits(p7_yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split); rotate 8 pair(s) from 8 at lanes 8, 72 (stride 1, split); rotate 8 pair(s) from 16 at lanes 16, 80 (stride 1, split); rotate 8 pair(s) from 24 at lanes 24, 88 (stride 1, split); rotate 8 pair(s) from 32 at lanes 32, 96 (stride 1, split); rotate 8 pair(s) from 40 at lanes 40, 104 (stride 1, split); rotate 8 pair(s) from 48 at lanes 48, 112 (stride 1, split); rotate 8 pair(s) from 56 at lanes 56, 120 (stride 1, split), q heads h0 … h0 + 3 */
__host__ __device__ inline void item_vector_in_q4_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  float c1[8];
  float s1[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs1 = pair_sincos(pos0, 8 + i);
    c1[i] = cs1.x;
    s1[i] = cs1.y;
  }
  float c2[8];
  float s2[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs2 = pair_sincos(pos0, 16 + i);
    c2[i] = cs2.x;
    s2[i] = cs2.y;
  }
  float c3[8];
  float s3[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs3 = pair_sincos(pos0, 24 + i);
    c3[i] = cs3.x;
    s3[i] = cs3.y;
  }
  float c4[8];
  float s4[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs4 = pair_sincos(pos0, 32 + i);
    c4[i] = cs4.x;
    s4[i] = cs4.y;
  }
  float c5[8];
  float s5[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs5 = pair_sincos(pos0, 40 + i);
    c5[i] = cs5.x;
    s5[i] = cs5.y;
  }
  float c6[8];
  float s6[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs6 = pair_sincos(pos0, 48 + i);
    c6[i] = cs6.x;
    s6[i] = cs6.y;
  }
  float c7[8];
  float s7[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs7 = pair_sincos(pos0, 56 + i);
    c7[i] = cs7.x;
    s7[i] = cs7.y;
  }
  const int64_t oh0 = flat * a.q_token_stride + h0 * a.q_head_stride;
  float h0_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h0_xlv = ropec_load_vec4u(a.q_out + oh0 + l);
    const float h0_xl0 = ropec_bf16_from_bits(h0_xlv.x & 0xffffu);
    const float h0_xl1 = ropec_bf16_from_bits(h0_xlv.x >> 16u);
    const float h0_xl2 = ropec_bf16_from_bits(h0_xlv.y & 0xffffu);
    const float h0_xl3 = ropec_bf16_from_bits(h0_xlv.y >> 16u);
    const float h0_xl4 = ropec_bf16_from_bits(h0_xlv.z & 0xffffu);
    const float h0_xl5 = ropec_bf16_from_bits(h0_xlv.z >> 16u);
    const float h0_xl6 = ropec_bf16_from_bits(h0_xlv.w & 0xffffu);
    const float h0_xl7 = ropec_bf16_from_bits(h0_xlv.w >> 16u);
    h0_ss = (((((((h0_ss + h0_xl0 * h0_xl0) + h0_xl1 * h0_xl1) + h0_xl2 * h0_xl2) + h0_xl3 * h0_xl3) + h0_xl4 * h0_xl4) + h0_xl5 * h0_xl5) + h0_xl6 * h0_xl6) + h0_xl7 * h0_xl7;
  }
  const float h0_r = 1.0f / sqrtf(h0_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h0_p0_xav = ropec_load_vec4u(a.q_out + oh0);
  const float h0_p0_xa0 = ropec_bf16_from_bits(h0_p0_xav.x & 0xffffu);
  const float h0_p0_xa1 = ropec_bf16_from_bits(h0_p0_xav.x >> 16u);
  const float h0_p0_xa2 = ropec_bf16_from_bits(h0_p0_xav.y & 0xffffu);
  const float h0_p0_xa3 = ropec_bf16_from_bits(h0_p0_xav.y >> 16u);
  const float h0_p0_xa4 = ropec_bf16_from_bits(h0_p0_xav.z & 0xffffu);
  const float h0_p0_xa5 = ropec_bf16_from_bits(h0_p0_xav.z >> 16u);
  const float h0_p0_xa6 = ropec_bf16_from_bits(h0_p0_xav.w & 0xffffu);
  const float h0_p0_xa7 = ropec_bf16_from_bits(h0_p0_xav.w >> 16u);
  const uint4 h0_p0_xbv = ropec_load_vec4u(a.q_out + oh0 + 64);
  const float h0_p0_xb0 = ropec_bf16_from_bits(h0_p0_xbv.x & 0xffffu);
  const float h0_p0_xb1 = ropec_bf16_from_bits(h0_p0_xbv.x >> 16u);
  const float h0_p0_xb2 = ropec_bf16_from_bits(h0_p0_xbv.y & 0xffffu);
  const float h0_p0_xb3 = ropec_bf16_from_bits(h0_p0_xbv.y >> 16u);
  const float h0_p0_xb4 = ropec_bf16_from_bits(h0_p0_xbv.z & 0xffffu);
  const float h0_p0_xb5 = ropec_bf16_from_bits(h0_p0_xbv.z >> 16u);
  const float h0_p0_xb6 = ropec_bf16_from_bits(h0_p0_xbv.w & 0xffffu);
  const float h0_p0_xb7 = ropec_bf16_from_bits(h0_p0_xbv.w >> 16u);
  const float h0_p0_ya0 = (h0_p0_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[0]))) * c0[0] - (h0_p0_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[64]))) * s0[0];
  const float h0_p0_yb0 = (h0_p0_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[64]))) * c0[0] + (h0_p0_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[0]))) * s0[0];
  const float h0_p0_ya1 = (h0_p0_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[1]))) * c0[1] - (h0_p0_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[65]))) * s0[1];
  const float h0_p0_yb1 = (h0_p0_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[65]))) * c0[1] + (h0_p0_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[1]))) * s0[1];
  const float h0_p0_ya2 = (h0_p0_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[2]))) * c0[2] - (h0_p0_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[66]))) * s0[2];
  const float h0_p0_yb2 = (h0_p0_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[66]))) * c0[2] + (h0_p0_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[2]))) * s0[2];
  const float h0_p0_ya3 = (h0_p0_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[3]))) * c0[3] - (h0_p0_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[67]))) * s0[3];
  const float h0_p0_yb3 = (h0_p0_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[67]))) * c0[3] + (h0_p0_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[3]))) * s0[3];
  const float h0_p0_ya4 = (h0_p0_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[4]))) * c0[4] - (h0_p0_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[68]))) * s0[4];
  const float h0_p0_yb4 = (h0_p0_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[68]))) * c0[4] + (h0_p0_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[4]))) * s0[4];
  const float h0_p0_ya5 = (h0_p0_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[5]))) * c0[5] - (h0_p0_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[69]))) * s0[5];
  const float h0_p0_yb5 = (h0_p0_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[69]))) * c0[5] + (h0_p0_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[5]))) * s0[5];
  const float h0_p0_ya6 = (h0_p0_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[6]))) * c0[6] - (h0_p0_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[70]))) * s0[6];
  const float h0_p0_yb6 = (h0_p0_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[70]))) * c0[6] + (h0_p0_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[6]))) * s0[6];
  const float h0_p0_ya7 = (h0_p0_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[7]))) * c0[7] - (h0_p0_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[71]))) * s0[7];
  const float h0_p0_yb7 = (h0_p0_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[71]))) * c0[7] + (h0_p0_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.q_out + oh0, make_uint4(ropec_bf16_bits(h0_p0_ya0) | (ropec_bf16_bits(h0_p0_ya1) << 16u), ropec_bf16_bits(h0_p0_ya2) | (ropec_bf16_bits(h0_p0_ya3) << 16u), ropec_bf16_bits(h0_p0_ya4) | (ropec_bf16_bits(h0_p0_ya5) << 16u), ropec_bf16_bits(h0_p0_ya6) | (ropec_bf16_bits(h0_p0_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 64, make_uint4(ropec_bf16_bits(h0_p0_yb0) | (ropec_bf16_bits(h0_p0_yb1) << 16u), ropec_bf16_bits(h0_p0_yb2) | (ropec_bf16_bits(h0_p0_yb3) << 16u), ropec_bf16_bits(h0_p0_yb4) | (ropec_bf16_bits(h0_p0_yb5) << 16u), ropec_bf16_bits(h0_p0_yb6) | (ropec_bf16_bits(h0_p0_yb7) << 16u)));
  const uint4 h0_p1_xav = ropec_load_vec4u(a.q_out + oh0 + 8);
  const float h0_p1_xa0 = ropec_bf16_from_bits(h0_p1_xav.x & 0xffffu);
  const float h0_p1_xa1 = ropec_bf16_from_bits(h0_p1_xav.x >> 16u);
  const float h0_p1_xa2 = ropec_bf16_from_bits(h0_p1_xav.y & 0xffffu);
  const float h0_p1_xa3 = ropec_bf16_from_bits(h0_p1_xav.y >> 16u);
  const float h0_p1_xa4 = ropec_bf16_from_bits(h0_p1_xav.z & 0xffffu);
  const float h0_p1_xa5 = ropec_bf16_from_bits(h0_p1_xav.z >> 16u);
  const float h0_p1_xa6 = ropec_bf16_from_bits(h0_p1_xav.w & 0xffffu);
  const float h0_p1_xa7 = ropec_bf16_from_bits(h0_p1_xav.w >> 16u);
  const uint4 h0_p1_xbv = ropec_load_vec4u(a.q_out + oh0 + 72);
  const float h0_p1_xb0 = ropec_bf16_from_bits(h0_p1_xbv.x & 0xffffu);
  const float h0_p1_xb1 = ropec_bf16_from_bits(h0_p1_xbv.x >> 16u);
  const float h0_p1_xb2 = ropec_bf16_from_bits(h0_p1_xbv.y & 0xffffu);
  const float h0_p1_xb3 = ropec_bf16_from_bits(h0_p1_xbv.y >> 16u);
  const float h0_p1_xb4 = ropec_bf16_from_bits(h0_p1_xbv.z & 0xffffu);
  const float h0_p1_xb5 = ropec_bf16_from_bits(h0_p1_xbv.z >> 16u);
  const float h0_p1_xb6 = ropec_bf16_from_bits(h0_p1_xbv.w & 0xffffu);
  const float h0_p1_xb7 = ropec_bf16_from_bits(h0_p1_xbv.w >> 16u);
  const float h0_p1_ya0 = (h0_p1_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[8]))) * c1[0] - (h0_p1_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[72]))) * s1[0];
  const float h0_p1_yb0 = (h0_p1_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[72]))) * c1[0] + (h0_p1_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[8]))) * s1[0];
  const float h0_p1_ya1 = (h0_p1_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[9]))) * c1[1] - (h0_p1_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[73]))) * s1[1];
  const float h0_p1_yb1 = (h0_p1_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[73]))) * c1[1] + (h0_p1_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[9]))) * s1[1];
  const float h0_p1_ya2 = (h0_p1_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[10]))) * c1[2] - (h0_p1_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[74]))) * s1[2];
  const float h0_p1_yb2 = (h0_p1_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[74]))) * c1[2] + (h0_p1_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[10]))) * s1[2];
  const float h0_p1_ya3 = (h0_p1_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[11]))) * c1[3] - (h0_p1_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[75]))) * s1[3];
  const float h0_p1_yb3 = (h0_p1_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[75]))) * c1[3] + (h0_p1_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[11]))) * s1[3];
  const float h0_p1_ya4 = (h0_p1_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[12]))) * c1[4] - (h0_p1_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[76]))) * s1[4];
  const float h0_p1_yb4 = (h0_p1_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[76]))) * c1[4] + (h0_p1_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[12]))) * s1[4];
  const float h0_p1_ya5 = (h0_p1_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[13]))) * c1[5] - (h0_p1_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[77]))) * s1[5];
  const float h0_p1_yb5 = (h0_p1_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[77]))) * c1[5] + (h0_p1_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[13]))) * s1[5];
  const float h0_p1_ya6 = (h0_p1_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[14]))) * c1[6] - (h0_p1_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[78]))) * s1[6];
  const float h0_p1_yb6 = (h0_p1_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[78]))) * c1[6] + (h0_p1_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[14]))) * s1[6];
  const float h0_p1_ya7 = (h0_p1_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[15]))) * c1[7] - (h0_p1_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[79]))) * s1[7];
  const float h0_p1_yb7 = (h0_p1_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[79]))) * c1[7] + (h0_p1_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.q_out + oh0 + 8, make_uint4(ropec_bf16_bits(h0_p1_ya0) | (ropec_bf16_bits(h0_p1_ya1) << 16u), ropec_bf16_bits(h0_p1_ya2) | (ropec_bf16_bits(h0_p1_ya3) << 16u), ropec_bf16_bits(h0_p1_ya4) | (ropec_bf16_bits(h0_p1_ya5) << 16u), ropec_bf16_bits(h0_p1_ya6) | (ropec_bf16_bits(h0_p1_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 72, make_uint4(ropec_bf16_bits(h0_p1_yb0) | (ropec_bf16_bits(h0_p1_yb1) << 16u), ropec_bf16_bits(h0_p1_yb2) | (ropec_bf16_bits(h0_p1_yb3) << 16u), ropec_bf16_bits(h0_p1_yb4) | (ropec_bf16_bits(h0_p1_yb5) << 16u), ropec_bf16_bits(h0_p1_yb6) | (ropec_bf16_bits(h0_p1_yb7) << 16u)));
  const uint4 h0_p2_xav = ropec_load_vec4u(a.q_out + oh0 + 16);
  const float h0_p2_xa0 = ropec_bf16_from_bits(h0_p2_xav.x & 0xffffu);
  const float h0_p2_xa1 = ropec_bf16_from_bits(h0_p2_xav.x >> 16u);
  const float h0_p2_xa2 = ropec_bf16_from_bits(h0_p2_xav.y & 0xffffu);
  const float h0_p2_xa3 = ropec_bf16_from_bits(h0_p2_xav.y >> 16u);
  const float h0_p2_xa4 = ropec_bf16_from_bits(h0_p2_xav.z & 0xffffu);
  const float h0_p2_xa5 = ropec_bf16_from_bits(h0_p2_xav.z >> 16u);
  const float h0_p2_xa6 = ropec_bf16_from_bits(h0_p2_xav.w & 0xffffu);
  const float h0_p2_xa7 = ropec_bf16_from_bits(h0_p2_xav.w >> 16u);
  const uint4 h0_p2_xbv = ropec_load_vec4u(a.q_out + oh0 + 80);
  const float h0_p2_xb0 = ropec_bf16_from_bits(h0_p2_xbv.x & 0xffffu);
  const float h0_p2_xb1 = ropec_bf16_from_bits(h0_p2_xbv.x >> 16u);
  const float h0_p2_xb2 = ropec_bf16_from_bits(h0_p2_xbv.y & 0xffffu);
  const float h0_p2_xb3 = ropec_bf16_from_bits(h0_p2_xbv.y >> 16u);
  const float h0_p2_xb4 = ropec_bf16_from_bits(h0_p2_xbv.z & 0xffffu);
  const float h0_p2_xb5 = ropec_bf16_from_bits(h0_p2_xbv.z >> 16u);
  const float h0_p2_xb6 = ropec_bf16_from_bits(h0_p2_xbv.w & 0xffffu);
  const float h0_p2_xb7 = ropec_bf16_from_bits(h0_p2_xbv.w >> 16u);
  const float h0_p2_ya0 = (h0_p2_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[16]))) * c2[0] - (h0_p2_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[80]))) * s2[0];
  const float h0_p2_yb0 = (h0_p2_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[80]))) * c2[0] + (h0_p2_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[16]))) * s2[0];
  const float h0_p2_ya1 = (h0_p2_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[17]))) * c2[1] - (h0_p2_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[81]))) * s2[1];
  const float h0_p2_yb1 = (h0_p2_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[81]))) * c2[1] + (h0_p2_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[17]))) * s2[1];
  const float h0_p2_ya2 = (h0_p2_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[18]))) * c2[2] - (h0_p2_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[82]))) * s2[2];
  const float h0_p2_yb2 = (h0_p2_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[82]))) * c2[2] + (h0_p2_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[18]))) * s2[2];
  const float h0_p2_ya3 = (h0_p2_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[19]))) * c2[3] - (h0_p2_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[83]))) * s2[3];
  const float h0_p2_yb3 = (h0_p2_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[83]))) * c2[3] + (h0_p2_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[19]))) * s2[3];
  const float h0_p2_ya4 = (h0_p2_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[20]))) * c2[4] - (h0_p2_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[84]))) * s2[4];
  const float h0_p2_yb4 = (h0_p2_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[84]))) * c2[4] + (h0_p2_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[20]))) * s2[4];
  const float h0_p2_ya5 = (h0_p2_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[21]))) * c2[5] - (h0_p2_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[85]))) * s2[5];
  const float h0_p2_yb5 = (h0_p2_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[85]))) * c2[5] + (h0_p2_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[21]))) * s2[5];
  const float h0_p2_ya6 = (h0_p2_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[22]))) * c2[6] - (h0_p2_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[86]))) * s2[6];
  const float h0_p2_yb6 = (h0_p2_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[86]))) * c2[6] + (h0_p2_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[22]))) * s2[6];
  const float h0_p2_ya7 = (h0_p2_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[23]))) * c2[7] - (h0_p2_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[87]))) * s2[7];
  const float h0_p2_yb7 = (h0_p2_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[87]))) * c2[7] + (h0_p2_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.q_out + oh0 + 16, make_uint4(ropec_bf16_bits(h0_p2_ya0) | (ropec_bf16_bits(h0_p2_ya1) << 16u), ropec_bf16_bits(h0_p2_ya2) | (ropec_bf16_bits(h0_p2_ya3) << 16u), ropec_bf16_bits(h0_p2_ya4) | (ropec_bf16_bits(h0_p2_ya5) << 16u), ropec_bf16_bits(h0_p2_ya6) | (ropec_bf16_bits(h0_p2_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 80, make_uint4(ropec_bf16_bits(h0_p2_yb0) | (ropec_bf16_bits(h0_p2_yb1) << 16u), ropec_bf16_bits(h0_p2_yb2) | (ropec_bf16_bits(h0_p2_yb3) << 16u), ropec_bf16_bits(h0_p2_yb4) | (ropec_bf16_bits(h0_p2_yb5) << 16u), ropec_bf16_bits(h0_p2_yb6) | (ropec_bf16_bits(h0_p2_yb7) << 16u)));
  const uint4 h0_p3_xav = ropec_load_vec4u(a.q_out + oh0 + 24);
  const float h0_p3_xa0 = ropec_bf16_from_bits(h0_p3_xav.x & 0xffffu);
  const float h0_p3_xa1 = ropec_bf16_from_bits(h0_p3_xav.x >> 16u);
  const float h0_p3_xa2 = ropec_bf16_from_bits(h0_p3_xav.y & 0xffffu);
  const float h0_p3_xa3 = ropec_bf16_from_bits(h0_p3_xav.y >> 16u);
  const float h0_p3_xa4 = ropec_bf16_from_bits(h0_p3_xav.z & 0xffffu);
  const float h0_p3_xa5 = ropec_bf16_from_bits(h0_p3_xav.z >> 16u);
  const float h0_p3_xa6 = ropec_bf16_from_bits(h0_p3_xav.w & 0xffffu);
  const float h0_p3_xa7 = ropec_bf16_from_bits(h0_p3_xav.w >> 16u);
  const uint4 h0_p3_xbv = ropec_load_vec4u(a.q_out + oh0 + 88);
  const float h0_p3_xb0 = ropec_bf16_from_bits(h0_p3_xbv.x & 0xffffu);
  const float h0_p3_xb1 = ropec_bf16_from_bits(h0_p3_xbv.x >> 16u);
  const float h0_p3_xb2 = ropec_bf16_from_bits(h0_p3_xbv.y & 0xffffu);
  const float h0_p3_xb3 = ropec_bf16_from_bits(h0_p3_xbv.y >> 16u);
  const float h0_p3_xb4 = ropec_bf16_from_bits(h0_p3_xbv.z & 0xffffu);
  const float h0_p3_xb5 = ropec_bf16_from_bits(h0_p3_xbv.z >> 16u);
  const float h0_p3_xb6 = ropec_bf16_from_bits(h0_p3_xbv.w & 0xffffu);
  const float h0_p3_xb7 = ropec_bf16_from_bits(h0_p3_xbv.w >> 16u);
  const float h0_p3_ya0 = (h0_p3_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[24]))) * c3[0] - (h0_p3_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[88]))) * s3[0];
  const float h0_p3_yb0 = (h0_p3_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[88]))) * c3[0] + (h0_p3_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[24]))) * s3[0];
  const float h0_p3_ya1 = (h0_p3_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[25]))) * c3[1] - (h0_p3_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[89]))) * s3[1];
  const float h0_p3_yb1 = (h0_p3_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[89]))) * c3[1] + (h0_p3_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[25]))) * s3[1];
  const float h0_p3_ya2 = (h0_p3_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[26]))) * c3[2] - (h0_p3_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[90]))) * s3[2];
  const float h0_p3_yb2 = (h0_p3_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[90]))) * c3[2] + (h0_p3_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[26]))) * s3[2];
  const float h0_p3_ya3 = (h0_p3_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[27]))) * c3[3] - (h0_p3_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[91]))) * s3[3];
  const float h0_p3_yb3 = (h0_p3_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[91]))) * c3[3] + (h0_p3_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[27]))) * s3[3];
  const float h0_p3_ya4 = (h0_p3_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[28]))) * c3[4] - (h0_p3_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[92]))) * s3[4];
  const float h0_p3_yb4 = (h0_p3_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[92]))) * c3[4] + (h0_p3_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[28]))) * s3[4];
  const float h0_p3_ya5 = (h0_p3_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[29]))) * c3[5] - (h0_p3_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[93]))) * s3[5];
  const float h0_p3_yb5 = (h0_p3_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[93]))) * c3[5] + (h0_p3_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[29]))) * s3[5];
  const float h0_p3_ya6 = (h0_p3_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[30]))) * c3[6] - (h0_p3_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[94]))) * s3[6];
  const float h0_p3_yb6 = (h0_p3_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[94]))) * c3[6] + (h0_p3_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[30]))) * s3[6];
  const float h0_p3_ya7 = (h0_p3_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[31]))) * c3[7] - (h0_p3_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[95]))) * s3[7];
  const float h0_p3_yb7 = (h0_p3_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[95]))) * c3[7] + (h0_p3_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.q_out + oh0 + 24, make_uint4(ropec_bf16_bits(h0_p3_ya0) | (ropec_bf16_bits(h0_p3_ya1) << 16u), ropec_bf16_bits(h0_p3_ya2) | (ropec_bf16_bits(h0_p3_ya3) << 16u), ropec_bf16_bits(h0_p3_ya4) | (ropec_bf16_bits(h0_p3_ya5) << 16u), ropec_bf16_bits(h0_p3_ya6) | (ropec_bf16_bits(h0_p3_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 88, make_uint4(ropec_bf16_bits(h0_p3_yb0) | (ropec_bf16_bits(h0_p3_yb1) << 16u), ropec_bf16_bits(h0_p3_yb2) | (ropec_bf16_bits(h0_p3_yb3) << 16u), ropec_bf16_bits(h0_p3_yb4) | (ropec_bf16_bits(h0_p3_yb5) << 16u), ropec_bf16_bits(h0_p3_yb6) | (ropec_bf16_bits(h0_p3_yb7) << 16u)));
  const uint4 h0_p4_xav = ropec_load_vec4u(a.q_out + oh0 + 32);
  const float h0_p4_xa0 = ropec_bf16_from_bits(h0_p4_xav.x & 0xffffu);
  const float h0_p4_xa1 = ropec_bf16_from_bits(h0_p4_xav.x >> 16u);
  const float h0_p4_xa2 = ropec_bf16_from_bits(h0_p4_xav.y & 0xffffu);
  const float h0_p4_xa3 = ropec_bf16_from_bits(h0_p4_xav.y >> 16u);
  const float h0_p4_xa4 = ropec_bf16_from_bits(h0_p4_xav.z & 0xffffu);
  const float h0_p4_xa5 = ropec_bf16_from_bits(h0_p4_xav.z >> 16u);
  const float h0_p4_xa6 = ropec_bf16_from_bits(h0_p4_xav.w & 0xffffu);
  const float h0_p4_xa7 = ropec_bf16_from_bits(h0_p4_xav.w >> 16u);
  const uint4 h0_p4_xbv = ropec_load_vec4u(a.q_out + oh0 + 96);
  const float h0_p4_xb0 = ropec_bf16_from_bits(h0_p4_xbv.x & 0xffffu);
  const float h0_p4_xb1 = ropec_bf16_from_bits(h0_p4_xbv.x >> 16u);
  const float h0_p4_xb2 = ropec_bf16_from_bits(h0_p4_xbv.y & 0xffffu);
  const float h0_p4_xb3 = ropec_bf16_from_bits(h0_p4_xbv.y >> 16u);
  const float h0_p4_xb4 = ropec_bf16_from_bits(h0_p4_xbv.z & 0xffffu);
  const float h0_p4_xb5 = ropec_bf16_from_bits(h0_p4_xbv.z >> 16u);
  const float h0_p4_xb6 = ropec_bf16_from_bits(h0_p4_xbv.w & 0xffffu);
  const float h0_p4_xb7 = ropec_bf16_from_bits(h0_p4_xbv.w >> 16u);
  const float h0_p4_ya0 = (h0_p4_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[32]))) * c4[0] - (h0_p4_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[96]))) * s4[0];
  const float h0_p4_yb0 = (h0_p4_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[96]))) * c4[0] + (h0_p4_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[32]))) * s4[0];
  const float h0_p4_ya1 = (h0_p4_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[33]))) * c4[1] - (h0_p4_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[97]))) * s4[1];
  const float h0_p4_yb1 = (h0_p4_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[97]))) * c4[1] + (h0_p4_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[33]))) * s4[1];
  const float h0_p4_ya2 = (h0_p4_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[34]))) * c4[2] - (h0_p4_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[98]))) * s4[2];
  const float h0_p4_yb2 = (h0_p4_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[98]))) * c4[2] + (h0_p4_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[34]))) * s4[2];
  const float h0_p4_ya3 = (h0_p4_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[35]))) * c4[3] - (h0_p4_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[99]))) * s4[3];
  const float h0_p4_yb3 = (h0_p4_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[99]))) * c4[3] + (h0_p4_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[35]))) * s4[3];
  const float h0_p4_ya4 = (h0_p4_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[36]))) * c4[4] - (h0_p4_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[100]))) * s4[4];
  const float h0_p4_yb4 = (h0_p4_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[100]))) * c4[4] + (h0_p4_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[36]))) * s4[4];
  const float h0_p4_ya5 = (h0_p4_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[37]))) * c4[5] - (h0_p4_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[101]))) * s4[5];
  const float h0_p4_yb5 = (h0_p4_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[101]))) * c4[5] + (h0_p4_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[37]))) * s4[5];
  const float h0_p4_ya6 = (h0_p4_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[38]))) * c4[6] - (h0_p4_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[102]))) * s4[6];
  const float h0_p4_yb6 = (h0_p4_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[102]))) * c4[6] + (h0_p4_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[38]))) * s4[6];
  const float h0_p4_ya7 = (h0_p4_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[39]))) * c4[7] - (h0_p4_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[103]))) * s4[7];
  const float h0_p4_yb7 = (h0_p4_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[103]))) * c4[7] + (h0_p4_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.q_out + oh0 + 32, make_uint4(ropec_bf16_bits(h0_p4_ya0) | (ropec_bf16_bits(h0_p4_ya1) << 16u), ropec_bf16_bits(h0_p4_ya2) | (ropec_bf16_bits(h0_p4_ya3) << 16u), ropec_bf16_bits(h0_p4_ya4) | (ropec_bf16_bits(h0_p4_ya5) << 16u), ropec_bf16_bits(h0_p4_ya6) | (ropec_bf16_bits(h0_p4_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 96, make_uint4(ropec_bf16_bits(h0_p4_yb0) | (ropec_bf16_bits(h0_p4_yb1) << 16u), ropec_bf16_bits(h0_p4_yb2) | (ropec_bf16_bits(h0_p4_yb3) << 16u), ropec_bf16_bits(h0_p4_yb4) | (ropec_bf16_bits(h0_p4_yb5) << 16u), ropec_bf16_bits(h0_p4_yb6) | (ropec_bf16_bits(h0_p4_yb7) << 16u)));
  const uint4 h0_p5_xav = ropec_load_vec4u(a.q_out + oh0 + 40);
  const float h0_p5_xa0 = ropec_bf16_from_bits(h0_p5_xav.x & 0xffffu);
  const float h0_p5_xa1 = ropec_bf16_from_bits(h0_p5_xav.x >> 16u);
  const float h0_p5_xa2 = ropec_bf16_from_bits(h0_p5_xav.y & 0xffffu);
  const float h0_p5_xa3 = ropec_bf16_from_bits(h0_p5_xav.y >> 16u);
  const float h0_p5_xa4 = ropec_bf16_from_bits(h0_p5_xav.z & 0xffffu);
  const float h0_p5_xa5 = ropec_bf16_from_bits(h0_p5_xav.z >> 16u);
  const float h0_p5_xa6 = ropec_bf16_from_bits(h0_p5_xav.w & 0xffffu);
  const float h0_p5_xa7 = ropec_bf16_from_bits(h0_p5_xav.w >> 16u);
  const uint4 h0_p5_xbv = ropec_load_vec4u(a.q_out + oh0 + 104);
  const float h0_p5_xb0 = ropec_bf16_from_bits(h0_p5_xbv.x & 0xffffu);
  const float h0_p5_xb1 = ropec_bf16_from_bits(h0_p5_xbv.x >> 16u);
  const float h0_p5_xb2 = ropec_bf16_from_bits(h0_p5_xbv.y & 0xffffu);
  const float h0_p5_xb3 = ropec_bf16_from_bits(h0_p5_xbv.y >> 16u);
  const float h0_p5_xb4 = ropec_bf16_from_bits(h0_p5_xbv.z & 0xffffu);
  const float h0_p5_xb5 = ropec_bf16_from_bits(h0_p5_xbv.z >> 16u);
  const float h0_p5_xb6 = ropec_bf16_from_bits(h0_p5_xbv.w & 0xffffu);
  const float h0_p5_xb7 = ropec_bf16_from_bits(h0_p5_xbv.w >> 16u);
  const float h0_p5_ya0 = (h0_p5_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[40]))) * c5[0] - (h0_p5_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[104]))) * s5[0];
  const float h0_p5_yb0 = (h0_p5_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[104]))) * c5[0] + (h0_p5_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[40]))) * s5[0];
  const float h0_p5_ya1 = (h0_p5_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[41]))) * c5[1] - (h0_p5_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[105]))) * s5[1];
  const float h0_p5_yb1 = (h0_p5_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[105]))) * c5[1] + (h0_p5_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[41]))) * s5[1];
  const float h0_p5_ya2 = (h0_p5_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[42]))) * c5[2] - (h0_p5_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[106]))) * s5[2];
  const float h0_p5_yb2 = (h0_p5_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[106]))) * c5[2] + (h0_p5_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[42]))) * s5[2];
  const float h0_p5_ya3 = (h0_p5_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[43]))) * c5[3] - (h0_p5_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[107]))) * s5[3];
  const float h0_p5_yb3 = (h0_p5_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[107]))) * c5[3] + (h0_p5_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[43]))) * s5[3];
  const float h0_p5_ya4 = (h0_p5_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[44]))) * c5[4] - (h0_p5_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[108]))) * s5[4];
  const float h0_p5_yb4 = (h0_p5_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[108]))) * c5[4] + (h0_p5_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[44]))) * s5[4];
  const float h0_p5_ya5 = (h0_p5_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[45]))) * c5[5] - (h0_p5_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[109]))) * s5[5];
  const float h0_p5_yb5 = (h0_p5_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[109]))) * c5[5] + (h0_p5_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[45]))) * s5[5];
  const float h0_p5_ya6 = (h0_p5_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[46]))) * c5[6] - (h0_p5_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[110]))) * s5[6];
  const float h0_p5_yb6 = (h0_p5_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[110]))) * c5[6] + (h0_p5_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[46]))) * s5[6];
  const float h0_p5_ya7 = (h0_p5_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[47]))) * c5[7] - (h0_p5_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[111]))) * s5[7];
  const float h0_p5_yb7 = (h0_p5_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[111]))) * c5[7] + (h0_p5_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.q_out + oh0 + 40, make_uint4(ropec_bf16_bits(h0_p5_ya0) | (ropec_bf16_bits(h0_p5_ya1) << 16u), ropec_bf16_bits(h0_p5_ya2) | (ropec_bf16_bits(h0_p5_ya3) << 16u), ropec_bf16_bits(h0_p5_ya4) | (ropec_bf16_bits(h0_p5_ya5) << 16u), ropec_bf16_bits(h0_p5_ya6) | (ropec_bf16_bits(h0_p5_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 104, make_uint4(ropec_bf16_bits(h0_p5_yb0) | (ropec_bf16_bits(h0_p5_yb1) << 16u), ropec_bf16_bits(h0_p5_yb2) | (ropec_bf16_bits(h0_p5_yb3) << 16u), ropec_bf16_bits(h0_p5_yb4) | (ropec_bf16_bits(h0_p5_yb5) << 16u), ropec_bf16_bits(h0_p5_yb6) | (ropec_bf16_bits(h0_p5_yb7) << 16u)));
  const uint4 h0_p6_xav = ropec_load_vec4u(a.q_out + oh0 + 48);
  const float h0_p6_xa0 = ropec_bf16_from_bits(h0_p6_xav.x & 0xffffu);
  const float h0_p6_xa1 = ropec_bf16_from_bits(h0_p6_xav.x >> 16u);
  const float h0_p6_xa2 = ropec_bf16_from_bits(h0_p6_xav.y & 0xffffu);
  const float h0_p6_xa3 = ropec_bf16_from_bits(h0_p6_xav.y >> 16u);
  const float h0_p6_xa4 = ropec_bf16_from_bits(h0_p6_xav.z & 0xffffu);
  const float h0_p6_xa5 = ropec_bf16_from_bits(h0_p6_xav.z >> 16u);
  const float h0_p6_xa6 = ropec_bf16_from_bits(h0_p6_xav.w & 0xffffu);
  const float h0_p6_xa7 = ropec_bf16_from_bits(h0_p6_xav.w >> 16u);
  const uint4 h0_p6_xbv = ropec_load_vec4u(a.q_out + oh0 + 112);
  const float h0_p6_xb0 = ropec_bf16_from_bits(h0_p6_xbv.x & 0xffffu);
  const float h0_p6_xb1 = ropec_bf16_from_bits(h0_p6_xbv.x >> 16u);
  const float h0_p6_xb2 = ropec_bf16_from_bits(h0_p6_xbv.y & 0xffffu);
  const float h0_p6_xb3 = ropec_bf16_from_bits(h0_p6_xbv.y >> 16u);
  const float h0_p6_xb4 = ropec_bf16_from_bits(h0_p6_xbv.z & 0xffffu);
  const float h0_p6_xb5 = ropec_bf16_from_bits(h0_p6_xbv.z >> 16u);
  const float h0_p6_xb6 = ropec_bf16_from_bits(h0_p6_xbv.w & 0xffffu);
  const float h0_p6_xb7 = ropec_bf16_from_bits(h0_p6_xbv.w >> 16u);
  const float h0_p6_ya0 = (h0_p6_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[48]))) * c6[0] - (h0_p6_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[112]))) * s6[0];
  const float h0_p6_yb0 = (h0_p6_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[112]))) * c6[0] + (h0_p6_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[48]))) * s6[0];
  const float h0_p6_ya1 = (h0_p6_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[49]))) * c6[1] - (h0_p6_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[113]))) * s6[1];
  const float h0_p6_yb1 = (h0_p6_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[113]))) * c6[1] + (h0_p6_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[49]))) * s6[1];
  const float h0_p6_ya2 = (h0_p6_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[50]))) * c6[2] - (h0_p6_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[114]))) * s6[2];
  const float h0_p6_yb2 = (h0_p6_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[114]))) * c6[2] + (h0_p6_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[50]))) * s6[2];
  const float h0_p6_ya3 = (h0_p6_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[51]))) * c6[3] - (h0_p6_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[115]))) * s6[3];
  const float h0_p6_yb3 = (h0_p6_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[115]))) * c6[3] + (h0_p6_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[51]))) * s6[3];
  const float h0_p6_ya4 = (h0_p6_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[52]))) * c6[4] - (h0_p6_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[116]))) * s6[4];
  const float h0_p6_yb4 = (h0_p6_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[116]))) * c6[4] + (h0_p6_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[52]))) * s6[4];
  const float h0_p6_ya5 = (h0_p6_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[53]))) * c6[5] - (h0_p6_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[117]))) * s6[5];
  const float h0_p6_yb5 = (h0_p6_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[117]))) * c6[5] + (h0_p6_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[53]))) * s6[5];
  const float h0_p6_ya6 = (h0_p6_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[54]))) * c6[6] - (h0_p6_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[118]))) * s6[6];
  const float h0_p6_yb6 = (h0_p6_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[118]))) * c6[6] + (h0_p6_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[54]))) * s6[6];
  const float h0_p6_ya7 = (h0_p6_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[55]))) * c6[7] - (h0_p6_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[119]))) * s6[7];
  const float h0_p6_yb7 = (h0_p6_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[119]))) * c6[7] + (h0_p6_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.q_out + oh0 + 48, make_uint4(ropec_bf16_bits(h0_p6_ya0) | (ropec_bf16_bits(h0_p6_ya1) << 16u), ropec_bf16_bits(h0_p6_ya2) | (ropec_bf16_bits(h0_p6_ya3) << 16u), ropec_bf16_bits(h0_p6_ya4) | (ropec_bf16_bits(h0_p6_ya5) << 16u), ropec_bf16_bits(h0_p6_ya6) | (ropec_bf16_bits(h0_p6_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 112, make_uint4(ropec_bf16_bits(h0_p6_yb0) | (ropec_bf16_bits(h0_p6_yb1) << 16u), ropec_bf16_bits(h0_p6_yb2) | (ropec_bf16_bits(h0_p6_yb3) << 16u), ropec_bf16_bits(h0_p6_yb4) | (ropec_bf16_bits(h0_p6_yb5) << 16u), ropec_bf16_bits(h0_p6_yb6) | (ropec_bf16_bits(h0_p6_yb7) << 16u)));
  const uint4 h0_p7_xav = ropec_load_vec4u(a.q_out + oh0 + 56);
  const float h0_p7_xa0 = ropec_bf16_from_bits(h0_p7_xav.x & 0xffffu);
  const float h0_p7_xa1 = ropec_bf16_from_bits(h0_p7_xav.x >> 16u);
  const float h0_p7_xa2 = ropec_bf16_from_bits(h0_p7_xav.y & 0xffffu);
  const float h0_p7_xa3 = ropec_bf16_from_bits(h0_p7_xav.y >> 16u);
  const float h0_p7_xa4 = ropec_bf16_from_bits(h0_p7_xav.z & 0xffffu);
  const float h0_p7_xa5 = ropec_bf16_from_bits(h0_p7_xav.z >> 16u);
  const float h0_p7_xa6 = ropec_bf16_from_bits(h0_p7_xav.w & 0xffffu);
  const float h0_p7_xa7 = ropec_bf16_from_bits(h0_p7_xav.w >> 16u);
  const uint4 h0_p7_xbv = ropec_load_vec4u(a.q_out + oh0 + 120);
  const float h0_p7_xb0 = ropec_bf16_from_bits(h0_p7_xbv.x & 0xffffu);
  const float h0_p7_xb1 = ropec_bf16_from_bits(h0_p7_xbv.x >> 16u);
  const float h0_p7_xb2 = ropec_bf16_from_bits(h0_p7_xbv.y & 0xffffu);
  const float h0_p7_xb3 = ropec_bf16_from_bits(h0_p7_xbv.y >> 16u);
  const float h0_p7_xb4 = ropec_bf16_from_bits(h0_p7_xbv.z & 0xffffu);
  const float h0_p7_xb5 = ropec_bf16_from_bits(h0_p7_xbv.z >> 16u);
  const float h0_p7_xb6 = ropec_bf16_from_bits(h0_p7_xbv.w & 0xffffu);
  const float h0_p7_xb7 = ropec_bf16_from_bits(h0_p7_xbv.w >> 16u);
  const float h0_p7_ya0 = (h0_p7_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[56]))) * c7[0] - (h0_p7_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[120]))) * s7[0];
  const float h0_p7_yb0 = (h0_p7_xb0 * (h0_r * ropec_to_float(a.q_norm_weight[120]))) * c7[0] + (h0_p7_xa0 * (h0_r * ropec_to_float(a.q_norm_weight[56]))) * s7[0];
  const float h0_p7_ya1 = (h0_p7_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[57]))) * c7[1] - (h0_p7_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[121]))) * s7[1];
  const float h0_p7_yb1 = (h0_p7_xb1 * (h0_r * ropec_to_float(a.q_norm_weight[121]))) * c7[1] + (h0_p7_xa1 * (h0_r * ropec_to_float(a.q_norm_weight[57]))) * s7[1];
  const float h0_p7_ya2 = (h0_p7_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[58]))) * c7[2] - (h0_p7_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[122]))) * s7[2];
  const float h0_p7_yb2 = (h0_p7_xb2 * (h0_r * ropec_to_float(a.q_norm_weight[122]))) * c7[2] + (h0_p7_xa2 * (h0_r * ropec_to_float(a.q_norm_weight[58]))) * s7[2];
  const float h0_p7_ya3 = (h0_p7_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[59]))) * c7[3] - (h0_p7_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[123]))) * s7[3];
  const float h0_p7_yb3 = (h0_p7_xb3 * (h0_r * ropec_to_float(a.q_norm_weight[123]))) * c7[3] + (h0_p7_xa3 * (h0_r * ropec_to_float(a.q_norm_weight[59]))) * s7[3];
  const float h0_p7_ya4 = (h0_p7_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[60]))) * c7[4] - (h0_p7_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[124]))) * s7[4];
  const float h0_p7_yb4 = (h0_p7_xb4 * (h0_r * ropec_to_float(a.q_norm_weight[124]))) * c7[4] + (h0_p7_xa4 * (h0_r * ropec_to_float(a.q_norm_weight[60]))) * s7[4];
  const float h0_p7_ya5 = (h0_p7_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[61]))) * c7[5] - (h0_p7_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[125]))) * s7[5];
  const float h0_p7_yb5 = (h0_p7_xb5 * (h0_r * ropec_to_float(a.q_norm_weight[125]))) * c7[5] + (h0_p7_xa5 * (h0_r * ropec_to_float(a.q_norm_weight[61]))) * s7[5];
  const float h0_p7_ya6 = (h0_p7_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[62]))) * c7[6] - (h0_p7_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[126]))) * s7[6];
  const float h0_p7_yb6 = (h0_p7_xb6 * (h0_r * ropec_to_float(a.q_norm_weight[126]))) * c7[6] + (h0_p7_xa6 * (h0_r * ropec_to_float(a.q_norm_weight[62]))) * s7[6];
  const float h0_p7_ya7 = (h0_p7_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[63]))) * c7[7] - (h0_p7_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[127]))) * s7[7];
  const float h0_p7_yb7 = (h0_p7_xb7 * (h0_r * ropec_to_float(a.q_norm_weight[127]))) * c7[7] + (h0_p7_xa7 * (h0_r * ropec_to_float(a.q_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.q_out + oh0 + 56, make_uint4(ropec_bf16_bits(h0_p7_ya0) | (ropec_bf16_bits(h0_p7_ya1) << 16u), ropec_bf16_bits(h0_p7_ya2) | (ropec_bf16_bits(h0_p7_ya3) << 16u), ropec_bf16_bits(h0_p7_ya4) | (ropec_bf16_bits(h0_p7_ya5) << 16u), ropec_bf16_bits(h0_p7_ya6) | (ropec_bf16_bits(h0_p7_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + 120, make_uint4(ropec_bf16_bits(h0_p7_yb0) | (ropec_bf16_bits(h0_p7_yb1) << 16u), ropec_bf16_bits(h0_p7_yb2) | (ropec_bf16_bits(h0_p7_yb3) << 16u), ropec_bf16_bits(h0_p7_yb4) | (ropec_bf16_bits(h0_p7_yb5) << 16u), ropec_bf16_bits(h0_p7_yb6) | (ropec_bf16_bits(h0_p7_yb7) << 16u)));
  const int64_t oh1 = flat * a.q_token_stride + (h0 + 1) * a.q_head_stride;
  float h1_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h1_xlv = ropec_load_vec4u(a.q_out + oh1 + l);
    const float h1_xl0 = ropec_bf16_from_bits(h1_xlv.x & 0xffffu);
    const float h1_xl1 = ropec_bf16_from_bits(h1_xlv.x >> 16u);
    const float h1_xl2 = ropec_bf16_from_bits(h1_xlv.y & 0xffffu);
    const float h1_xl3 = ropec_bf16_from_bits(h1_xlv.y >> 16u);
    const float h1_xl4 = ropec_bf16_from_bits(h1_xlv.z & 0xffffu);
    const float h1_xl5 = ropec_bf16_from_bits(h1_xlv.z >> 16u);
    const float h1_xl6 = ropec_bf16_from_bits(h1_xlv.w & 0xffffu);
    const float h1_xl7 = ropec_bf16_from_bits(h1_xlv.w >> 16u);
    h1_ss = (((((((h1_ss + h1_xl0 * h1_xl0) + h1_xl1 * h1_xl1) + h1_xl2 * h1_xl2) + h1_xl3 * h1_xl3) + h1_xl4 * h1_xl4) + h1_xl5 * h1_xl5) + h1_xl6 * h1_xl6) + h1_xl7 * h1_xl7;
  }
  const float h1_r = 1.0f / sqrtf(h1_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h1_p0_xav = ropec_load_vec4u(a.q_out + oh1);
  const float h1_p0_xa0 = ropec_bf16_from_bits(h1_p0_xav.x & 0xffffu);
  const float h1_p0_xa1 = ropec_bf16_from_bits(h1_p0_xav.x >> 16u);
  const float h1_p0_xa2 = ropec_bf16_from_bits(h1_p0_xav.y & 0xffffu);
  const float h1_p0_xa3 = ropec_bf16_from_bits(h1_p0_xav.y >> 16u);
  const float h1_p0_xa4 = ropec_bf16_from_bits(h1_p0_xav.z & 0xffffu);
  const float h1_p0_xa5 = ropec_bf16_from_bits(h1_p0_xav.z >> 16u);
  const float h1_p0_xa6 = ropec_bf16_from_bits(h1_p0_xav.w & 0xffffu);
  const float h1_p0_xa7 = ropec_bf16_from_bits(h1_p0_xav.w >> 16u);
  const uint4 h1_p0_xbv = ropec_load_vec4u(a.q_out + oh1 + 64);
  const float h1_p0_xb0 = ropec_bf16_from_bits(h1_p0_xbv.x & 0xffffu);
  const float h1_p0_xb1 = ropec_bf16_from_bits(h1_p0_xbv.x >> 16u);
  const float h1_p0_xb2 = ropec_bf16_from_bits(h1_p0_xbv.y & 0xffffu);
  const float h1_p0_xb3 = ropec_bf16_from_bits(h1_p0_xbv.y >> 16u);
  const float h1_p0_xb4 = ropec_bf16_from_bits(h1_p0_xbv.z & 0xffffu);
  const float h1_p0_xb5 = ropec_bf16_from_bits(h1_p0_xbv.z >> 16u);
  const float h1_p0_xb6 = ropec_bf16_from_bits(h1_p0_xbv.w & 0xffffu);
  const float h1_p0_xb7 = ropec_bf16_from_bits(h1_p0_xbv.w >> 16u);
  const float h1_p0_ya0 = (h1_p0_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[0]))) * c0[0] - (h1_p0_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[64]))) * s0[0];
  const float h1_p0_yb0 = (h1_p0_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[64]))) * c0[0] + (h1_p0_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[0]))) * s0[0];
  const float h1_p0_ya1 = (h1_p0_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[1]))) * c0[1] - (h1_p0_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[65]))) * s0[1];
  const float h1_p0_yb1 = (h1_p0_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[65]))) * c0[1] + (h1_p0_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[1]))) * s0[1];
  const float h1_p0_ya2 = (h1_p0_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[2]))) * c0[2] - (h1_p0_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[66]))) * s0[2];
  const float h1_p0_yb2 = (h1_p0_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[66]))) * c0[2] + (h1_p0_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[2]))) * s0[2];
  const float h1_p0_ya3 = (h1_p0_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[3]))) * c0[3] - (h1_p0_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[67]))) * s0[3];
  const float h1_p0_yb3 = (h1_p0_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[67]))) * c0[3] + (h1_p0_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[3]))) * s0[3];
  const float h1_p0_ya4 = (h1_p0_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[4]))) * c0[4] - (h1_p0_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[68]))) * s0[4];
  const float h1_p0_yb4 = (h1_p0_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[68]))) * c0[4] + (h1_p0_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[4]))) * s0[4];
  const float h1_p0_ya5 = (h1_p0_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[5]))) * c0[5] - (h1_p0_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[69]))) * s0[5];
  const float h1_p0_yb5 = (h1_p0_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[69]))) * c0[5] + (h1_p0_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[5]))) * s0[5];
  const float h1_p0_ya6 = (h1_p0_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[6]))) * c0[6] - (h1_p0_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[70]))) * s0[6];
  const float h1_p0_yb6 = (h1_p0_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[70]))) * c0[6] + (h1_p0_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[6]))) * s0[6];
  const float h1_p0_ya7 = (h1_p0_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[7]))) * c0[7] - (h1_p0_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[71]))) * s0[7];
  const float h1_p0_yb7 = (h1_p0_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[71]))) * c0[7] + (h1_p0_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.q_out + oh1, make_uint4(ropec_bf16_bits(h1_p0_ya0) | (ropec_bf16_bits(h1_p0_ya1) << 16u), ropec_bf16_bits(h1_p0_ya2) | (ropec_bf16_bits(h1_p0_ya3) << 16u), ropec_bf16_bits(h1_p0_ya4) | (ropec_bf16_bits(h1_p0_ya5) << 16u), ropec_bf16_bits(h1_p0_ya6) | (ropec_bf16_bits(h1_p0_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 64, make_uint4(ropec_bf16_bits(h1_p0_yb0) | (ropec_bf16_bits(h1_p0_yb1) << 16u), ropec_bf16_bits(h1_p0_yb2) | (ropec_bf16_bits(h1_p0_yb3) << 16u), ropec_bf16_bits(h1_p0_yb4) | (ropec_bf16_bits(h1_p0_yb5) << 16u), ropec_bf16_bits(h1_p0_yb6) | (ropec_bf16_bits(h1_p0_yb7) << 16u)));
  const uint4 h1_p1_xav = ropec_load_vec4u(a.q_out + oh1 + 8);
  const float h1_p1_xa0 = ropec_bf16_from_bits(h1_p1_xav.x & 0xffffu);
  const float h1_p1_xa1 = ropec_bf16_from_bits(h1_p1_xav.x >> 16u);
  const float h1_p1_xa2 = ropec_bf16_from_bits(h1_p1_xav.y & 0xffffu);
  const float h1_p1_xa3 = ropec_bf16_from_bits(h1_p1_xav.y >> 16u);
  const float h1_p1_xa4 = ropec_bf16_from_bits(h1_p1_xav.z & 0xffffu);
  const float h1_p1_xa5 = ropec_bf16_from_bits(h1_p1_xav.z >> 16u);
  const float h1_p1_xa6 = ropec_bf16_from_bits(h1_p1_xav.w & 0xffffu);
  const float h1_p1_xa7 = ropec_bf16_from_bits(h1_p1_xav.w >> 16u);
  const uint4 h1_p1_xbv = ropec_load_vec4u(a.q_out + oh1 + 72);
  const float h1_p1_xb0 = ropec_bf16_from_bits(h1_p1_xbv.x & 0xffffu);
  const float h1_p1_xb1 = ropec_bf16_from_bits(h1_p1_xbv.x >> 16u);
  const float h1_p1_xb2 = ropec_bf16_from_bits(h1_p1_xbv.y & 0xffffu);
  const float h1_p1_xb3 = ropec_bf16_from_bits(h1_p1_xbv.y >> 16u);
  const float h1_p1_xb4 = ropec_bf16_from_bits(h1_p1_xbv.z & 0xffffu);
  const float h1_p1_xb5 = ropec_bf16_from_bits(h1_p1_xbv.z >> 16u);
  const float h1_p1_xb6 = ropec_bf16_from_bits(h1_p1_xbv.w & 0xffffu);
  const float h1_p1_xb7 = ropec_bf16_from_bits(h1_p1_xbv.w >> 16u);
  const float h1_p1_ya0 = (h1_p1_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[8]))) * c1[0] - (h1_p1_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[72]))) * s1[0];
  const float h1_p1_yb0 = (h1_p1_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[72]))) * c1[0] + (h1_p1_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[8]))) * s1[0];
  const float h1_p1_ya1 = (h1_p1_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[9]))) * c1[1] - (h1_p1_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[73]))) * s1[1];
  const float h1_p1_yb1 = (h1_p1_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[73]))) * c1[1] + (h1_p1_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[9]))) * s1[1];
  const float h1_p1_ya2 = (h1_p1_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[10]))) * c1[2] - (h1_p1_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[74]))) * s1[2];
  const float h1_p1_yb2 = (h1_p1_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[74]))) * c1[2] + (h1_p1_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[10]))) * s1[2];
  const float h1_p1_ya3 = (h1_p1_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[11]))) * c1[3] - (h1_p1_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[75]))) * s1[3];
  const float h1_p1_yb3 = (h1_p1_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[75]))) * c1[3] + (h1_p1_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[11]))) * s1[3];
  const float h1_p1_ya4 = (h1_p1_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[12]))) * c1[4] - (h1_p1_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[76]))) * s1[4];
  const float h1_p1_yb4 = (h1_p1_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[76]))) * c1[4] + (h1_p1_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[12]))) * s1[4];
  const float h1_p1_ya5 = (h1_p1_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[13]))) * c1[5] - (h1_p1_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[77]))) * s1[5];
  const float h1_p1_yb5 = (h1_p1_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[77]))) * c1[5] + (h1_p1_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[13]))) * s1[5];
  const float h1_p1_ya6 = (h1_p1_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[14]))) * c1[6] - (h1_p1_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[78]))) * s1[6];
  const float h1_p1_yb6 = (h1_p1_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[78]))) * c1[6] + (h1_p1_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[14]))) * s1[6];
  const float h1_p1_ya7 = (h1_p1_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[15]))) * c1[7] - (h1_p1_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[79]))) * s1[7];
  const float h1_p1_yb7 = (h1_p1_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[79]))) * c1[7] + (h1_p1_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.q_out + oh1 + 8, make_uint4(ropec_bf16_bits(h1_p1_ya0) | (ropec_bf16_bits(h1_p1_ya1) << 16u), ropec_bf16_bits(h1_p1_ya2) | (ropec_bf16_bits(h1_p1_ya3) << 16u), ropec_bf16_bits(h1_p1_ya4) | (ropec_bf16_bits(h1_p1_ya5) << 16u), ropec_bf16_bits(h1_p1_ya6) | (ropec_bf16_bits(h1_p1_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 72, make_uint4(ropec_bf16_bits(h1_p1_yb0) | (ropec_bf16_bits(h1_p1_yb1) << 16u), ropec_bf16_bits(h1_p1_yb2) | (ropec_bf16_bits(h1_p1_yb3) << 16u), ropec_bf16_bits(h1_p1_yb4) | (ropec_bf16_bits(h1_p1_yb5) << 16u), ropec_bf16_bits(h1_p1_yb6) | (ropec_bf16_bits(h1_p1_yb7) << 16u)));
  const uint4 h1_p2_xav = ropec_load_vec4u(a.q_out + oh1 + 16);
  const float h1_p2_xa0 = ropec_bf16_from_bits(h1_p2_xav.x & 0xffffu);
  const float h1_p2_xa1 = ropec_bf16_from_bits(h1_p2_xav.x >> 16u);
  const float h1_p2_xa2 = ropec_bf16_from_bits(h1_p2_xav.y & 0xffffu);
  const float h1_p2_xa3 = ropec_bf16_from_bits(h1_p2_xav.y >> 16u);
  const float h1_p2_xa4 = ropec_bf16_from_bits(h1_p2_xav.z & 0xffffu);
  const float h1_p2_xa5 = ropec_bf16_from_bits(h1_p2_xav.z >> 16u);
  const float h1_p2_xa6 = ropec_bf16_from_bits(h1_p2_xav.w & 0xffffu);
  const float h1_p2_xa7 = ropec_bf16_from_bits(h1_p2_xav.w >> 16u);
  const uint4 h1_p2_xbv = ropec_load_vec4u(a.q_out + oh1 + 80);
  const float h1_p2_xb0 = ropec_bf16_from_bits(h1_p2_xbv.x & 0xffffu);
  const float h1_p2_xb1 = ropec_bf16_from_bits(h1_p2_xbv.x >> 16u);
  const float h1_p2_xb2 = ropec_bf16_from_bits(h1_p2_xbv.y & 0xffffu);
  const float h1_p2_xb3 = ropec_bf16_from_bits(h1_p2_xbv.y >> 16u);
  const float h1_p2_xb4 = ropec_bf16_from_bits(h1_p2_xbv.z & 0xffffu);
  const float h1_p2_xb5 = ropec_bf16_from_bits(h1_p2_xbv.z >> 16u);
  const float h1_p2_xb6 = ropec_bf16_from_bits(h1_p2_xbv.w & 0xffffu);
  const float h1_p2_xb7 = ropec_bf16_from_bits(h1_p2_xbv.w >> 16u);
  const float h1_p2_ya0 = (h1_p2_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[16]))) * c2[0] - (h1_p2_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[80]))) * s2[0];
  const float h1_p2_yb0 = (h1_p2_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[80]))) * c2[0] + (h1_p2_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[16]))) * s2[0];
  const float h1_p2_ya1 = (h1_p2_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[17]))) * c2[1] - (h1_p2_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[81]))) * s2[1];
  const float h1_p2_yb1 = (h1_p2_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[81]))) * c2[1] + (h1_p2_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[17]))) * s2[1];
  const float h1_p2_ya2 = (h1_p2_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[18]))) * c2[2] - (h1_p2_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[82]))) * s2[2];
  const float h1_p2_yb2 = (h1_p2_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[82]))) * c2[2] + (h1_p2_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[18]))) * s2[2];
  const float h1_p2_ya3 = (h1_p2_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[19]))) * c2[3] - (h1_p2_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[83]))) * s2[3];
  const float h1_p2_yb3 = (h1_p2_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[83]))) * c2[3] + (h1_p2_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[19]))) * s2[3];
  const float h1_p2_ya4 = (h1_p2_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[20]))) * c2[4] - (h1_p2_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[84]))) * s2[4];
  const float h1_p2_yb4 = (h1_p2_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[84]))) * c2[4] + (h1_p2_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[20]))) * s2[4];
  const float h1_p2_ya5 = (h1_p2_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[21]))) * c2[5] - (h1_p2_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[85]))) * s2[5];
  const float h1_p2_yb5 = (h1_p2_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[85]))) * c2[5] + (h1_p2_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[21]))) * s2[5];
  const float h1_p2_ya6 = (h1_p2_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[22]))) * c2[6] - (h1_p2_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[86]))) * s2[6];
  const float h1_p2_yb6 = (h1_p2_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[86]))) * c2[6] + (h1_p2_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[22]))) * s2[6];
  const float h1_p2_ya7 = (h1_p2_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[23]))) * c2[7] - (h1_p2_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[87]))) * s2[7];
  const float h1_p2_yb7 = (h1_p2_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[87]))) * c2[7] + (h1_p2_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.q_out + oh1 + 16, make_uint4(ropec_bf16_bits(h1_p2_ya0) | (ropec_bf16_bits(h1_p2_ya1) << 16u), ropec_bf16_bits(h1_p2_ya2) | (ropec_bf16_bits(h1_p2_ya3) << 16u), ropec_bf16_bits(h1_p2_ya4) | (ropec_bf16_bits(h1_p2_ya5) << 16u), ropec_bf16_bits(h1_p2_ya6) | (ropec_bf16_bits(h1_p2_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 80, make_uint4(ropec_bf16_bits(h1_p2_yb0) | (ropec_bf16_bits(h1_p2_yb1) << 16u), ropec_bf16_bits(h1_p2_yb2) | (ropec_bf16_bits(h1_p2_yb3) << 16u), ropec_bf16_bits(h1_p2_yb4) | (ropec_bf16_bits(h1_p2_yb5) << 16u), ropec_bf16_bits(h1_p2_yb6) | (ropec_bf16_bits(h1_p2_yb7) << 16u)));
  const uint4 h1_p3_xav = ropec_load_vec4u(a.q_out + oh1 + 24);
  const float h1_p3_xa0 = ropec_bf16_from_bits(h1_p3_xav.x & 0xffffu);
  const float h1_p3_xa1 = ropec_bf16_from_bits(h1_p3_xav.x >> 16u);
  const float h1_p3_xa2 = ropec_bf16_from_bits(h1_p3_xav.y & 0xffffu);
  const float h1_p3_xa3 = ropec_bf16_from_bits(h1_p3_xav.y >> 16u);
  const float h1_p3_xa4 = ropec_bf16_from_bits(h1_p3_xav.z & 0xffffu);
  const float h1_p3_xa5 = ropec_bf16_from_bits(h1_p3_xav.z >> 16u);
  const float h1_p3_xa6 = ropec_bf16_from_bits(h1_p3_xav.w & 0xffffu);
  const float h1_p3_xa7 = ropec_bf16_from_bits(h1_p3_xav.w >> 16u);
  const uint4 h1_p3_xbv = ropec_load_vec4u(a.q_out + oh1 + 88);
  const float h1_p3_xb0 = ropec_bf16_from_bits(h1_p3_xbv.x & 0xffffu);
  const float h1_p3_xb1 = ropec_bf16_from_bits(h1_p3_xbv.x >> 16u);
  const float h1_p3_xb2 = ropec_bf16_from_bits(h1_p3_xbv.y & 0xffffu);
  const float h1_p3_xb3 = ropec_bf16_from_bits(h1_p3_xbv.y >> 16u);
  const float h1_p3_xb4 = ropec_bf16_from_bits(h1_p3_xbv.z & 0xffffu);
  const float h1_p3_xb5 = ropec_bf16_from_bits(h1_p3_xbv.z >> 16u);
  const float h1_p3_xb6 = ropec_bf16_from_bits(h1_p3_xbv.w & 0xffffu);
  const float h1_p3_xb7 = ropec_bf16_from_bits(h1_p3_xbv.w >> 16u);
  const float h1_p3_ya0 = (h1_p3_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[24]))) * c3[0] - (h1_p3_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[88]))) * s3[0];
  const float h1_p3_yb0 = (h1_p3_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[88]))) * c3[0] + (h1_p3_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[24]))) * s3[0];
  const float h1_p3_ya1 = (h1_p3_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[25]))) * c3[1] - (h1_p3_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[89]))) * s3[1];
  const float h1_p3_yb1 = (h1_p3_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[89]))) * c3[1] + (h1_p3_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[25]))) * s3[1];
  const float h1_p3_ya2 = (h1_p3_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[26]))) * c3[2] - (h1_p3_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[90]))) * s3[2];
  const float h1_p3_yb2 = (h1_p3_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[90]))) * c3[2] + (h1_p3_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[26]))) * s3[2];
  const float h1_p3_ya3 = (h1_p3_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[27]))) * c3[3] - (h1_p3_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[91]))) * s3[3];
  const float h1_p3_yb3 = (h1_p3_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[91]))) * c3[3] + (h1_p3_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[27]))) * s3[3];
  const float h1_p3_ya4 = (h1_p3_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[28]))) * c3[4] - (h1_p3_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[92]))) * s3[4];
  const float h1_p3_yb4 = (h1_p3_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[92]))) * c3[4] + (h1_p3_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[28]))) * s3[4];
  const float h1_p3_ya5 = (h1_p3_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[29]))) * c3[5] - (h1_p3_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[93]))) * s3[5];
  const float h1_p3_yb5 = (h1_p3_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[93]))) * c3[5] + (h1_p3_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[29]))) * s3[5];
  const float h1_p3_ya6 = (h1_p3_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[30]))) * c3[6] - (h1_p3_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[94]))) * s3[6];
  const float h1_p3_yb6 = (h1_p3_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[94]))) * c3[6] + (h1_p3_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[30]))) * s3[6];
  const float h1_p3_ya7 = (h1_p3_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[31]))) * c3[7] - (h1_p3_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[95]))) * s3[7];
  const float h1_p3_yb7 = (h1_p3_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[95]))) * c3[7] + (h1_p3_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.q_out + oh1 + 24, make_uint4(ropec_bf16_bits(h1_p3_ya0) | (ropec_bf16_bits(h1_p3_ya1) << 16u), ropec_bf16_bits(h1_p3_ya2) | (ropec_bf16_bits(h1_p3_ya3) << 16u), ropec_bf16_bits(h1_p3_ya4) | (ropec_bf16_bits(h1_p3_ya5) << 16u), ropec_bf16_bits(h1_p3_ya6) | (ropec_bf16_bits(h1_p3_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 88, make_uint4(ropec_bf16_bits(h1_p3_yb0) | (ropec_bf16_bits(h1_p3_yb1) << 16u), ropec_bf16_bits(h1_p3_yb2) | (ropec_bf16_bits(h1_p3_yb3) << 16u), ropec_bf16_bits(h1_p3_yb4) | (ropec_bf16_bits(h1_p3_yb5) << 16u), ropec_bf16_bits(h1_p3_yb6) | (ropec_bf16_bits(h1_p3_yb7) << 16u)));
  const uint4 h1_p4_xav = ropec_load_vec4u(a.q_out + oh1 + 32);
  const float h1_p4_xa0 = ropec_bf16_from_bits(h1_p4_xav.x & 0xffffu);
  const float h1_p4_xa1 = ropec_bf16_from_bits(h1_p4_xav.x >> 16u);
  const float h1_p4_xa2 = ropec_bf16_from_bits(h1_p4_xav.y & 0xffffu);
  const float h1_p4_xa3 = ropec_bf16_from_bits(h1_p4_xav.y >> 16u);
  const float h1_p4_xa4 = ropec_bf16_from_bits(h1_p4_xav.z & 0xffffu);
  const float h1_p4_xa5 = ropec_bf16_from_bits(h1_p4_xav.z >> 16u);
  const float h1_p4_xa6 = ropec_bf16_from_bits(h1_p4_xav.w & 0xffffu);
  const float h1_p4_xa7 = ropec_bf16_from_bits(h1_p4_xav.w >> 16u);
  const uint4 h1_p4_xbv = ropec_load_vec4u(a.q_out + oh1 + 96);
  const float h1_p4_xb0 = ropec_bf16_from_bits(h1_p4_xbv.x & 0xffffu);
  const float h1_p4_xb1 = ropec_bf16_from_bits(h1_p4_xbv.x >> 16u);
  const float h1_p4_xb2 = ropec_bf16_from_bits(h1_p4_xbv.y & 0xffffu);
  const float h1_p4_xb3 = ropec_bf16_from_bits(h1_p4_xbv.y >> 16u);
  const float h1_p4_xb4 = ropec_bf16_from_bits(h1_p4_xbv.z & 0xffffu);
  const float h1_p4_xb5 = ropec_bf16_from_bits(h1_p4_xbv.z >> 16u);
  const float h1_p4_xb6 = ropec_bf16_from_bits(h1_p4_xbv.w & 0xffffu);
  const float h1_p4_xb7 = ropec_bf16_from_bits(h1_p4_xbv.w >> 16u);
  const float h1_p4_ya0 = (h1_p4_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[32]))) * c4[0] - (h1_p4_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[96]))) * s4[0];
  const float h1_p4_yb0 = (h1_p4_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[96]))) * c4[0] + (h1_p4_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[32]))) * s4[0];
  const float h1_p4_ya1 = (h1_p4_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[33]))) * c4[1] - (h1_p4_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[97]))) * s4[1];
  const float h1_p4_yb1 = (h1_p4_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[97]))) * c4[1] + (h1_p4_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[33]))) * s4[1];
  const float h1_p4_ya2 = (h1_p4_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[34]))) * c4[2] - (h1_p4_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[98]))) * s4[2];
  const float h1_p4_yb2 = (h1_p4_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[98]))) * c4[2] + (h1_p4_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[34]))) * s4[2];
  const float h1_p4_ya3 = (h1_p4_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[35]))) * c4[3] - (h1_p4_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[99]))) * s4[3];
  const float h1_p4_yb3 = (h1_p4_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[99]))) * c4[3] + (h1_p4_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[35]))) * s4[3];
  const float h1_p4_ya4 = (h1_p4_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[36]))) * c4[4] - (h1_p4_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[100]))) * s4[4];
  const float h1_p4_yb4 = (h1_p4_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[100]))) * c4[4] + (h1_p4_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[36]))) * s4[4];
  const float h1_p4_ya5 = (h1_p4_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[37]))) * c4[5] - (h1_p4_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[101]))) * s4[5];
  const float h1_p4_yb5 = (h1_p4_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[101]))) * c4[5] + (h1_p4_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[37]))) * s4[5];
  const float h1_p4_ya6 = (h1_p4_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[38]))) * c4[6] - (h1_p4_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[102]))) * s4[6];
  const float h1_p4_yb6 = (h1_p4_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[102]))) * c4[6] + (h1_p4_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[38]))) * s4[6];
  const float h1_p4_ya7 = (h1_p4_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[39]))) * c4[7] - (h1_p4_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[103]))) * s4[7];
  const float h1_p4_yb7 = (h1_p4_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[103]))) * c4[7] + (h1_p4_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.q_out + oh1 + 32, make_uint4(ropec_bf16_bits(h1_p4_ya0) | (ropec_bf16_bits(h1_p4_ya1) << 16u), ropec_bf16_bits(h1_p4_ya2) | (ropec_bf16_bits(h1_p4_ya3) << 16u), ropec_bf16_bits(h1_p4_ya4) | (ropec_bf16_bits(h1_p4_ya5) << 16u), ropec_bf16_bits(h1_p4_ya6) | (ropec_bf16_bits(h1_p4_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 96, make_uint4(ropec_bf16_bits(h1_p4_yb0) | (ropec_bf16_bits(h1_p4_yb1) << 16u), ropec_bf16_bits(h1_p4_yb2) | (ropec_bf16_bits(h1_p4_yb3) << 16u), ropec_bf16_bits(h1_p4_yb4) | (ropec_bf16_bits(h1_p4_yb5) << 16u), ropec_bf16_bits(h1_p4_yb6) | (ropec_bf16_bits(h1_p4_yb7) << 16u)));
  const uint4 h1_p5_xav = ropec_load_vec4u(a.q_out + oh1 + 40);
  const float h1_p5_xa0 = ropec_bf16_from_bits(h1_p5_xav.x & 0xffffu);
  const float h1_p5_xa1 = ropec_bf16_from_bits(h1_p5_xav.x >> 16u);
  const float h1_p5_xa2 = ropec_bf16_from_bits(h1_p5_xav.y & 0xffffu);
  const float h1_p5_xa3 = ropec_bf16_from_bits(h1_p5_xav.y >> 16u);
  const float h1_p5_xa4 = ropec_bf16_from_bits(h1_p5_xav.z & 0xffffu);
  const float h1_p5_xa5 = ropec_bf16_from_bits(h1_p5_xav.z >> 16u);
  const float h1_p5_xa6 = ropec_bf16_from_bits(h1_p5_xav.w & 0xffffu);
  const float h1_p5_xa7 = ropec_bf16_from_bits(h1_p5_xav.w >> 16u);
  const uint4 h1_p5_xbv = ropec_load_vec4u(a.q_out + oh1 + 104);
  const float h1_p5_xb0 = ropec_bf16_from_bits(h1_p5_xbv.x & 0xffffu);
  const float h1_p5_xb1 = ropec_bf16_from_bits(h1_p5_xbv.x >> 16u);
  const float h1_p5_xb2 = ropec_bf16_from_bits(h1_p5_xbv.y & 0xffffu);
  const float h1_p5_xb3 = ropec_bf16_from_bits(h1_p5_xbv.y >> 16u);
  const float h1_p5_xb4 = ropec_bf16_from_bits(h1_p5_xbv.z & 0xffffu);
  const float h1_p5_xb5 = ropec_bf16_from_bits(h1_p5_xbv.z >> 16u);
  const float h1_p5_xb6 = ropec_bf16_from_bits(h1_p5_xbv.w & 0xffffu);
  const float h1_p5_xb7 = ropec_bf16_from_bits(h1_p5_xbv.w >> 16u);
  const float h1_p5_ya0 = (h1_p5_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[40]))) * c5[0] - (h1_p5_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[104]))) * s5[0];
  const float h1_p5_yb0 = (h1_p5_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[104]))) * c5[0] + (h1_p5_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[40]))) * s5[0];
  const float h1_p5_ya1 = (h1_p5_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[41]))) * c5[1] - (h1_p5_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[105]))) * s5[1];
  const float h1_p5_yb1 = (h1_p5_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[105]))) * c5[1] + (h1_p5_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[41]))) * s5[1];
  const float h1_p5_ya2 = (h1_p5_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[42]))) * c5[2] - (h1_p5_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[106]))) * s5[2];
  const float h1_p5_yb2 = (h1_p5_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[106]))) * c5[2] + (h1_p5_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[42]))) * s5[2];
  const float h1_p5_ya3 = (h1_p5_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[43]))) * c5[3] - (h1_p5_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[107]))) * s5[3];
  const float h1_p5_yb3 = (h1_p5_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[107]))) * c5[3] + (h1_p5_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[43]))) * s5[3];
  const float h1_p5_ya4 = (h1_p5_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[44]))) * c5[4] - (h1_p5_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[108]))) * s5[4];
  const float h1_p5_yb4 = (h1_p5_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[108]))) * c5[4] + (h1_p5_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[44]))) * s5[4];
  const float h1_p5_ya5 = (h1_p5_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[45]))) * c5[5] - (h1_p5_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[109]))) * s5[5];
  const float h1_p5_yb5 = (h1_p5_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[109]))) * c5[5] + (h1_p5_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[45]))) * s5[5];
  const float h1_p5_ya6 = (h1_p5_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[46]))) * c5[6] - (h1_p5_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[110]))) * s5[6];
  const float h1_p5_yb6 = (h1_p5_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[110]))) * c5[6] + (h1_p5_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[46]))) * s5[6];
  const float h1_p5_ya7 = (h1_p5_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[47]))) * c5[7] - (h1_p5_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[111]))) * s5[7];
  const float h1_p5_yb7 = (h1_p5_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[111]))) * c5[7] + (h1_p5_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.q_out + oh1 + 40, make_uint4(ropec_bf16_bits(h1_p5_ya0) | (ropec_bf16_bits(h1_p5_ya1) << 16u), ropec_bf16_bits(h1_p5_ya2) | (ropec_bf16_bits(h1_p5_ya3) << 16u), ropec_bf16_bits(h1_p5_ya4) | (ropec_bf16_bits(h1_p5_ya5) << 16u), ropec_bf16_bits(h1_p5_ya6) | (ropec_bf16_bits(h1_p5_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 104, make_uint4(ropec_bf16_bits(h1_p5_yb0) | (ropec_bf16_bits(h1_p5_yb1) << 16u), ropec_bf16_bits(h1_p5_yb2) | (ropec_bf16_bits(h1_p5_yb3) << 16u), ropec_bf16_bits(h1_p5_yb4) | (ropec_bf16_bits(h1_p5_yb5) << 16u), ropec_bf16_bits(h1_p5_yb6) | (ropec_bf16_bits(h1_p5_yb7) << 16u)));
  const uint4 h1_p6_xav = ropec_load_vec4u(a.q_out + oh1 + 48);
  const float h1_p6_xa0 = ropec_bf16_from_bits(h1_p6_xav.x & 0xffffu);
  const float h1_p6_xa1 = ropec_bf16_from_bits(h1_p6_xav.x >> 16u);
  const float h1_p6_xa2 = ropec_bf16_from_bits(h1_p6_xav.y & 0xffffu);
  const float h1_p6_xa3 = ropec_bf16_from_bits(h1_p6_xav.y >> 16u);
  const float h1_p6_xa4 = ropec_bf16_from_bits(h1_p6_xav.z & 0xffffu);
  const float h1_p6_xa5 = ropec_bf16_from_bits(h1_p6_xav.z >> 16u);
  const float h1_p6_xa6 = ropec_bf16_from_bits(h1_p6_xav.w & 0xffffu);
  const float h1_p6_xa7 = ropec_bf16_from_bits(h1_p6_xav.w >> 16u);
  const uint4 h1_p6_xbv = ropec_load_vec4u(a.q_out + oh1 + 112);
  const float h1_p6_xb0 = ropec_bf16_from_bits(h1_p6_xbv.x & 0xffffu);
  const float h1_p6_xb1 = ropec_bf16_from_bits(h1_p6_xbv.x >> 16u);
  const float h1_p6_xb2 = ropec_bf16_from_bits(h1_p6_xbv.y & 0xffffu);
  const float h1_p6_xb3 = ropec_bf16_from_bits(h1_p6_xbv.y >> 16u);
  const float h1_p6_xb4 = ropec_bf16_from_bits(h1_p6_xbv.z & 0xffffu);
  const float h1_p6_xb5 = ropec_bf16_from_bits(h1_p6_xbv.z >> 16u);
  const float h1_p6_xb6 = ropec_bf16_from_bits(h1_p6_xbv.w & 0xffffu);
  const float h1_p6_xb7 = ropec_bf16_from_bits(h1_p6_xbv.w >> 16u);
  const float h1_p6_ya0 = (h1_p6_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[48]))) * c6[0] - (h1_p6_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[112]))) * s6[0];
  const float h1_p6_yb0 = (h1_p6_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[112]))) * c6[0] + (h1_p6_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[48]))) * s6[0];
  const float h1_p6_ya1 = (h1_p6_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[49]))) * c6[1] - (h1_p6_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[113]))) * s6[1];
  const float h1_p6_yb1 = (h1_p6_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[113]))) * c6[1] + (h1_p6_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[49]))) * s6[1];
  const float h1_p6_ya2 = (h1_p6_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[50]))) * c6[2] - (h1_p6_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[114]))) * s6[2];
  const float h1_p6_yb2 = (h1_p6_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[114]))) * c6[2] + (h1_p6_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[50]))) * s6[2];
  const float h1_p6_ya3 = (h1_p6_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[51]))) * c6[3] - (h1_p6_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[115]))) * s6[3];
  const float h1_p6_yb3 = (h1_p6_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[115]))) * c6[3] + (h1_p6_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[51]))) * s6[3];
  const float h1_p6_ya4 = (h1_p6_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[52]))) * c6[4] - (h1_p6_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[116]))) * s6[4];
  const float h1_p6_yb4 = (h1_p6_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[116]))) * c6[4] + (h1_p6_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[52]))) * s6[4];
  const float h1_p6_ya5 = (h1_p6_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[53]))) * c6[5] - (h1_p6_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[117]))) * s6[5];
  const float h1_p6_yb5 = (h1_p6_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[117]))) * c6[5] + (h1_p6_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[53]))) * s6[5];
  const float h1_p6_ya6 = (h1_p6_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[54]))) * c6[6] - (h1_p6_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[118]))) * s6[6];
  const float h1_p6_yb6 = (h1_p6_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[118]))) * c6[6] + (h1_p6_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[54]))) * s6[6];
  const float h1_p6_ya7 = (h1_p6_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[55]))) * c6[7] - (h1_p6_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[119]))) * s6[7];
  const float h1_p6_yb7 = (h1_p6_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[119]))) * c6[7] + (h1_p6_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.q_out + oh1 + 48, make_uint4(ropec_bf16_bits(h1_p6_ya0) | (ropec_bf16_bits(h1_p6_ya1) << 16u), ropec_bf16_bits(h1_p6_ya2) | (ropec_bf16_bits(h1_p6_ya3) << 16u), ropec_bf16_bits(h1_p6_ya4) | (ropec_bf16_bits(h1_p6_ya5) << 16u), ropec_bf16_bits(h1_p6_ya6) | (ropec_bf16_bits(h1_p6_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 112, make_uint4(ropec_bf16_bits(h1_p6_yb0) | (ropec_bf16_bits(h1_p6_yb1) << 16u), ropec_bf16_bits(h1_p6_yb2) | (ropec_bf16_bits(h1_p6_yb3) << 16u), ropec_bf16_bits(h1_p6_yb4) | (ropec_bf16_bits(h1_p6_yb5) << 16u), ropec_bf16_bits(h1_p6_yb6) | (ropec_bf16_bits(h1_p6_yb7) << 16u)));
  const uint4 h1_p7_xav = ropec_load_vec4u(a.q_out + oh1 + 56);
  const float h1_p7_xa0 = ropec_bf16_from_bits(h1_p7_xav.x & 0xffffu);
  const float h1_p7_xa1 = ropec_bf16_from_bits(h1_p7_xav.x >> 16u);
  const float h1_p7_xa2 = ropec_bf16_from_bits(h1_p7_xav.y & 0xffffu);
  const float h1_p7_xa3 = ropec_bf16_from_bits(h1_p7_xav.y >> 16u);
  const float h1_p7_xa4 = ropec_bf16_from_bits(h1_p7_xav.z & 0xffffu);
  const float h1_p7_xa5 = ropec_bf16_from_bits(h1_p7_xav.z >> 16u);
  const float h1_p7_xa6 = ropec_bf16_from_bits(h1_p7_xav.w & 0xffffu);
  const float h1_p7_xa7 = ropec_bf16_from_bits(h1_p7_xav.w >> 16u);
  const uint4 h1_p7_xbv = ropec_load_vec4u(a.q_out + oh1 + 120);
  const float h1_p7_xb0 = ropec_bf16_from_bits(h1_p7_xbv.x & 0xffffu);
  const float h1_p7_xb1 = ropec_bf16_from_bits(h1_p7_xbv.x >> 16u);
  const float h1_p7_xb2 = ropec_bf16_from_bits(h1_p7_xbv.y & 0xffffu);
  const float h1_p7_xb3 = ropec_bf16_from_bits(h1_p7_xbv.y >> 16u);
  const float h1_p7_xb4 = ropec_bf16_from_bits(h1_p7_xbv.z & 0xffffu);
  const float h1_p7_xb5 = ropec_bf16_from_bits(h1_p7_xbv.z >> 16u);
  const float h1_p7_xb6 = ropec_bf16_from_bits(h1_p7_xbv.w & 0xffffu);
  const float h1_p7_xb7 = ropec_bf16_from_bits(h1_p7_xbv.w >> 16u);
  const float h1_p7_ya0 = (h1_p7_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[56]))) * c7[0] - (h1_p7_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[120]))) * s7[0];
  const float h1_p7_yb0 = (h1_p7_xb0 * (h1_r * ropec_to_float(a.q_norm_weight[120]))) * c7[0] + (h1_p7_xa0 * (h1_r * ropec_to_float(a.q_norm_weight[56]))) * s7[0];
  const float h1_p7_ya1 = (h1_p7_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[57]))) * c7[1] - (h1_p7_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[121]))) * s7[1];
  const float h1_p7_yb1 = (h1_p7_xb1 * (h1_r * ropec_to_float(a.q_norm_weight[121]))) * c7[1] + (h1_p7_xa1 * (h1_r * ropec_to_float(a.q_norm_weight[57]))) * s7[1];
  const float h1_p7_ya2 = (h1_p7_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[58]))) * c7[2] - (h1_p7_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[122]))) * s7[2];
  const float h1_p7_yb2 = (h1_p7_xb2 * (h1_r * ropec_to_float(a.q_norm_weight[122]))) * c7[2] + (h1_p7_xa2 * (h1_r * ropec_to_float(a.q_norm_weight[58]))) * s7[2];
  const float h1_p7_ya3 = (h1_p7_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[59]))) * c7[3] - (h1_p7_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[123]))) * s7[3];
  const float h1_p7_yb3 = (h1_p7_xb3 * (h1_r * ropec_to_float(a.q_norm_weight[123]))) * c7[3] + (h1_p7_xa3 * (h1_r * ropec_to_float(a.q_norm_weight[59]))) * s7[3];
  const float h1_p7_ya4 = (h1_p7_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[60]))) * c7[4] - (h1_p7_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[124]))) * s7[4];
  const float h1_p7_yb4 = (h1_p7_xb4 * (h1_r * ropec_to_float(a.q_norm_weight[124]))) * c7[4] + (h1_p7_xa4 * (h1_r * ropec_to_float(a.q_norm_weight[60]))) * s7[4];
  const float h1_p7_ya5 = (h1_p7_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[61]))) * c7[5] - (h1_p7_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[125]))) * s7[5];
  const float h1_p7_yb5 = (h1_p7_xb5 * (h1_r * ropec_to_float(a.q_norm_weight[125]))) * c7[5] + (h1_p7_xa5 * (h1_r * ropec_to_float(a.q_norm_weight[61]))) * s7[5];
  const float h1_p7_ya6 = (h1_p7_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[62]))) * c7[6] - (h1_p7_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[126]))) * s7[6];
  const float h1_p7_yb6 = (h1_p7_xb6 * (h1_r * ropec_to_float(a.q_norm_weight[126]))) * c7[6] + (h1_p7_xa6 * (h1_r * ropec_to_float(a.q_norm_weight[62]))) * s7[6];
  const float h1_p7_ya7 = (h1_p7_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[63]))) * c7[7] - (h1_p7_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[127]))) * s7[7];
  const float h1_p7_yb7 = (h1_p7_xb7 * (h1_r * ropec_to_float(a.q_norm_weight[127]))) * c7[7] + (h1_p7_xa7 * (h1_r * ropec_to_float(a.q_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.q_out + oh1 + 56, make_uint4(ropec_bf16_bits(h1_p7_ya0) | (ropec_bf16_bits(h1_p7_ya1) << 16u), ropec_bf16_bits(h1_p7_ya2) | (ropec_bf16_bits(h1_p7_ya3) << 16u), ropec_bf16_bits(h1_p7_ya4) | (ropec_bf16_bits(h1_p7_ya5) << 16u), ropec_bf16_bits(h1_p7_ya6) | (ropec_bf16_bits(h1_p7_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + 120, make_uint4(ropec_bf16_bits(h1_p7_yb0) | (ropec_bf16_bits(h1_p7_yb1) << 16u), ropec_bf16_bits(h1_p7_yb2) | (ropec_bf16_bits(h1_p7_yb3) << 16u), ropec_bf16_bits(h1_p7_yb4) | (ropec_bf16_bits(h1_p7_yb5) << 16u), ropec_bf16_bits(h1_p7_yb6) | (ropec_bf16_bits(h1_p7_yb7) << 16u)));
  const int64_t oh2 = flat * a.q_token_stride + (h0 + 2) * a.q_head_stride;
  float h2_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h2_xlv = ropec_load_vec4u(a.q_out + oh2 + l);
    const float h2_xl0 = ropec_bf16_from_bits(h2_xlv.x & 0xffffu);
    const float h2_xl1 = ropec_bf16_from_bits(h2_xlv.x >> 16u);
    const float h2_xl2 = ropec_bf16_from_bits(h2_xlv.y & 0xffffu);
    const float h2_xl3 = ropec_bf16_from_bits(h2_xlv.y >> 16u);
    const float h2_xl4 = ropec_bf16_from_bits(h2_xlv.z & 0xffffu);
    const float h2_xl5 = ropec_bf16_from_bits(h2_xlv.z >> 16u);
    const float h2_xl6 = ropec_bf16_from_bits(h2_xlv.w & 0xffffu);
    const float h2_xl7 = ropec_bf16_from_bits(h2_xlv.w >> 16u);
    h2_ss = (((((((h2_ss + h2_xl0 * h2_xl0) + h2_xl1 * h2_xl1) + h2_xl2 * h2_xl2) + h2_xl3 * h2_xl3) + h2_xl4 * h2_xl4) + h2_xl5 * h2_xl5) + h2_xl6 * h2_xl6) + h2_xl7 * h2_xl7;
  }
  const float h2_r = 1.0f / sqrtf(h2_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h2_p0_xav = ropec_load_vec4u(a.q_out + oh2);
  const float h2_p0_xa0 = ropec_bf16_from_bits(h2_p0_xav.x & 0xffffu);
  const float h2_p0_xa1 = ropec_bf16_from_bits(h2_p0_xav.x >> 16u);
  const float h2_p0_xa2 = ropec_bf16_from_bits(h2_p0_xav.y & 0xffffu);
  const float h2_p0_xa3 = ropec_bf16_from_bits(h2_p0_xav.y >> 16u);
  const float h2_p0_xa4 = ropec_bf16_from_bits(h2_p0_xav.z & 0xffffu);
  const float h2_p0_xa5 = ropec_bf16_from_bits(h2_p0_xav.z >> 16u);
  const float h2_p0_xa6 = ropec_bf16_from_bits(h2_p0_xav.w & 0xffffu);
  const float h2_p0_xa7 = ropec_bf16_from_bits(h2_p0_xav.w >> 16u);
  const uint4 h2_p0_xbv = ropec_load_vec4u(a.q_out + oh2 + 64);
  const float h2_p0_xb0 = ropec_bf16_from_bits(h2_p0_xbv.x & 0xffffu);
  const float h2_p0_xb1 = ropec_bf16_from_bits(h2_p0_xbv.x >> 16u);
  const float h2_p0_xb2 = ropec_bf16_from_bits(h2_p0_xbv.y & 0xffffu);
  const float h2_p0_xb3 = ropec_bf16_from_bits(h2_p0_xbv.y >> 16u);
  const float h2_p0_xb4 = ropec_bf16_from_bits(h2_p0_xbv.z & 0xffffu);
  const float h2_p0_xb5 = ropec_bf16_from_bits(h2_p0_xbv.z >> 16u);
  const float h2_p0_xb6 = ropec_bf16_from_bits(h2_p0_xbv.w & 0xffffu);
  const float h2_p0_xb7 = ropec_bf16_from_bits(h2_p0_xbv.w >> 16u);
  const float h2_p0_ya0 = (h2_p0_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[0]))) * c0[0] - (h2_p0_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[64]))) * s0[0];
  const float h2_p0_yb0 = (h2_p0_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[64]))) * c0[0] + (h2_p0_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[0]))) * s0[0];
  const float h2_p0_ya1 = (h2_p0_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[1]))) * c0[1] - (h2_p0_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[65]))) * s0[1];
  const float h2_p0_yb1 = (h2_p0_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[65]))) * c0[1] + (h2_p0_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[1]))) * s0[1];
  const float h2_p0_ya2 = (h2_p0_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[2]))) * c0[2] - (h2_p0_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[66]))) * s0[2];
  const float h2_p0_yb2 = (h2_p0_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[66]))) * c0[2] + (h2_p0_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[2]))) * s0[2];
  const float h2_p0_ya3 = (h2_p0_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[3]))) * c0[3] - (h2_p0_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[67]))) * s0[3];
  const float h2_p0_yb3 = (h2_p0_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[67]))) * c0[3] + (h2_p0_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[3]))) * s0[3];
  const float h2_p0_ya4 = (h2_p0_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[4]))) * c0[4] - (h2_p0_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[68]))) * s0[4];
  const float h2_p0_yb4 = (h2_p0_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[68]))) * c0[4] + (h2_p0_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[4]))) * s0[4];
  const float h2_p0_ya5 = (h2_p0_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[5]))) * c0[5] - (h2_p0_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[69]))) * s0[5];
  const float h2_p0_yb5 = (h2_p0_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[69]))) * c0[5] + (h2_p0_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[5]))) * s0[5];
  const float h2_p0_ya6 = (h2_p0_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[6]))) * c0[6] - (h2_p0_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[70]))) * s0[6];
  const float h2_p0_yb6 = (h2_p0_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[70]))) * c0[6] + (h2_p0_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[6]))) * s0[6];
  const float h2_p0_ya7 = (h2_p0_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[7]))) * c0[7] - (h2_p0_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[71]))) * s0[7];
  const float h2_p0_yb7 = (h2_p0_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[71]))) * c0[7] + (h2_p0_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.q_out + oh2, make_uint4(ropec_bf16_bits(h2_p0_ya0) | (ropec_bf16_bits(h2_p0_ya1) << 16u), ropec_bf16_bits(h2_p0_ya2) | (ropec_bf16_bits(h2_p0_ya3) << 16u), ropec_bf16_bits(h2_p0_ya4) | (ropec_bf16_bits(h2_p0_ya5) << 16u), ropec_bf16_bits(h2_p0_ya6) | (ropec_bf16_bits(h2_p0_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 64, make_uint4(ropec_bf16_bits(h2_p0_yb0) | (ropec_bf16_bits(h2_p0_yb1) << 16u), ropec_bf16_bits(h2_p0_yb2) | (ropec_bf16_bits(h2_p0_yb3) << 16u), ropec_bf16_bits(h2_p0_yb4) | (ropec_bf16_bits(h2_p0_yb5) << 16u), ropec_bf16_bits(h2_p0_yb6) | (ropec_bf16_bits(h2_p0_yb7) << 16u)));
  const uint4 h2_p1_xav = ropec_load_vec4u(a.q_out + oh2 + 8);
  const float h2_p1_xa0 = ropec_bf16_from_bits(h2_p1_xav.x & 0xffffu);
  const float h2_p1_xa1 = ropec_bf16_from_bits(h2_p1_xav.x >> 16u);
  const float h2_p1_xa2 = ropec_bf16_from_bits(h2_p1_xav.y & 0xffffu);
  const float h2_p1_xa3 = ropec_bf16_from_bits(h2_p1_xav.y >> 16u);
  const float h2_p1_xa4 = ropec_bf16_from_bits(h2_p1_xav.z & 0xffffu);
  const float h2_p1_xa5 = ropec_bf16_from_bits(h2_p1_xav.z >> 16u);
  const float h2_p1_xa6 = ropec_bf16_from_bits(h2_p1_xav.w & 0xffffu);
  const float h2_p1_xa7 = ropec_bf16_from_bits(h2_p1_xav.w >> 16u);
  const uint4 h2_p1_xbv = ropec_load_vec4u(a.q_out + oh2 + 72);
  const float h2_p1_xb0 = ropec_bf16_from_bits(h2_p1_xbv.x & 0xffffu);
  const float h2_p1_xb1 = ropec_bf16_from_bits(h2_p1_xbv.x >> 16u);
  const float h2_p1_xb2 = ropec_bf16_from_bits(h2_p1_xbv.y & 0xffffu);
  const float h2_p1_xb3 = ropec_bf16_from_bits(h2_p1_xbv.y >> 16u);
  const float h2_p1_xb4 = ropec_bf16_from_bits(h2_p1_xbv.z & 0xffffu);
  const float h2_p1_xb5 = ropec_bf16_from_bits(h2_p1_xbv.z >> 16u);
  const float h2_p1_xb6 = ropec_bf16_from_bits(h2_p1_xbv.w & 0xffffu);
  const float h2_p1_xb7 = ropec_bf16_from_bits(h2_p1_xbv.w >> 16u);
  const float h2_p1_ya0 = (h2_p1_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[8]))) * c1[0] - (h2_p1_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[72]))) * s1[0];
  const float h2_p1_yb0 = (h2_p1_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[72]))) * c1[0] + (h2_p1_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[8]))) * s1[0];
  const float h2_p1_ya1 = (h2_p1_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[9]))) * c1[1] - (h2_p1_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[73]))) * s1[1];
  const float h2_p1_yb1 = (h2_p1_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[73]))) * c1[1] + (h2_p1_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[9]))) * s1[1];
  const float h2_p1_ya2 = (h2_p1_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[10]))) * c1[2] - (h2_p1_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[74]))) * s1[2];
  const float h2_p1_yb2 = (h2_p1_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[74]))) * c1[2] + (h2_p1_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[10]))) * s1[2];
  const float h2_p1_ya3 = (h2_p1_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[11]))) * c1[3] - (h2_p1_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[75]))) * s1[3];
  const float h2_p1_yb3 = (h2_p1_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[75]))) * c1[3] + (h2_p1_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[11]))) * s1[3];
  const float h2_p1_ya4 = (h2_p1_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[12]))) * c1[4] - (h2_p1_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[76]))) * s1[4];
  const float h2_p1_yb4 = (h2_p1_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[76]))) * c1[4] + (h2_p1_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[12]))) * s1[4];
  const float h2_p1_ya5 = (h2_p1_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[13]))) * c1[5] - (h2_p1_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[77]))) * s1[5];
  const float h2_p1_yb5 = (h2_p1_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[77]))) * c1[5] + (h2_p1_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[13]))) * s1[5];
  const float h2_p1_ya6 = (h2_p1_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[14]))) * c1[6] - (h2_p1_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[78]))) * s1[6];
  const float h2_p1_yb6 = (h2_p1_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[78]))) * c1[6] + (h2_p1_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[14]))) * s1[6];
  const float h2_p1_ya7 = (h2_p1_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[15]))) * c1[7] - (h2_p1_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[79]))) * s1[7];
  const float h2_p1_yb7 = (h2_p1_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[79]))) * c1[7] + (h2_p1_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.q_out + oh2 + 8, make_uint4(ropec_bf16_bits(h2_p1_ya0) | (ropec_bf16_bits(h2_p1_ya1) << 16u), ropec_bf16_bits(h2_p1_ya2) | (ropec_bf16_bits(h2_p1_ya3) << 16u), ropec_bf16_bits(h2_p1_ya4) | (ropec_bf16_bits(h2_p1_ya5) << 16u), ropec_bf16_bits(h2_p1_ya6) | (ropec_bf16_bits(h2_p1_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 72, make_uint4(ropec_bf16_bits(h2_p1_yb0) | (ropec_bf16_bits(h2_p1_yb1) << 16u), ropec_bf16_bits(h2_p1_yb2) | (ropec_bf16_bits(h2_p1_yb3) << 16u), ropec_bf16_bits(h2_p1_yb4) | (ropec_bf16_bits(h2_p1_yb5) << 16u), ropec_bf16_bits(h2_p1_yb6) | (ropec_bf16_bits(h2_p1_yb7) << 16u)));
  const uint4 h2_p2_xav = ropec_load_vec4u(a.q_out + oh2 + 16);
  const float h2_p2_xa0 = ropec_bf16_from_bits(h2_p2_xav.x & 0xffffu);
  const float h2_p2_xa1 = ropec_bf16_from_bits(h2_p2_xav.x >> 16u);
  const float h2_p2_xa2 = ropec_bf16_from_bits(h2_p2_xav.y & 0xffffu);
  const float h2_p2_xa3 = ropec_bf16_from_bits(h2_p2_xav.y >> 16u);
  const float h2_p2_xa4 = ropec_bf16_from_bits(h2_p2_xav.z & 0xffffu);
  const float h2_p2_xa5 = ropec_bf16_from_bits(h2_p2_xav.z >> 16u);
  const float h2_p2_xa6 = ropec_bf16_from_bits(h2_p2_xav.w & 0xffffu);
  const float h2_p2_xa7 = ropec_bf16_from_bits(h2_p2_xav.w >> 16u);
  const uint4 h2_p2_xbv = ropec_load_vec4u(a.q_out + oh2 + 80);
  const float h2_p2_xb0 = ropec_bf16_from_bits(h2_p2_xbv.x & 0xffffu);
  const float h2_p2_xb1 = ropec_bf16_from_bits(h2_p2_xbv.x >> 16u);
  const float h2_p2_xb2 = ropec_bf16_from_bits(h2_p2_xbv.y & 0xffffu);
  const float h2_p2_xb3 = ropec_bf16_from_bits(h2_p2_xbv.y >> 16u);
  const float h2_p2_xb4 = ropec_bf16_from_bits(h2_p2_xbv.z & 0xffffu);
  const float h2_p2_xb5 = ropec_bf16_from_bits(h2_p2_xbv.z >> 16u);
  const float h2_p2_xb6 = ropec_bf16_from_bits(h2_p2_xbv.w & 0xffffu);
  const float h2_p2_xb7 = ropec_bf16_from_bits(h2_p2_xbv.w >> 16u);
  const float h2_p2_ya0 = (h2_p2_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[16]))) * c2[0] - (h2_p2_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[80]))) * s2[0];
  const float h2_p2_yb0 = (h2_p2_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[80]))) * c2[0] + (h2_p2_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[16]))) * s2[0];
  const float h2_p2_ya1 = (h2_p2_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[17]))) * c2[1] - (h2_p2_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[81]))) * s2[1];
  const float h2_p2_yb1 = (h2_p2_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[81]))) * c2[1] + (h2_p2_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[17]))) * s2[1];
  const float h2_p2_ya2 = (h2_p2_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[18]))) * c2[2] - (h2_p2_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[82]))) * s2[2];
  const float h2_p2_yb2 = (h2_p2_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[82]))) * c2[2] + (h2_p2_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[18]))) * s2[2];
  const float h2_p2_ya3 = (h2_p2_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[19]))) * c2[3] - (h2_p2_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[83]))) * s2[3];
  const float h2_p2_yb3 = (h2_p2_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[83]))) * c2[3] + (h2_p2_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[19]))) * s2[3];
  const float h2_p2_ya4 = (h2_p2_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[20]))) * c2[4] - (h2_p2_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[84]))) * s2[4];
  const float h2_p2_yb4 = (h2_p2_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[84]))) * c2[4] + (h2_p2_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[20]))) * s2[4];
  const float h2_p2_ya5 = (h2_p2_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[21]))) * c2[5] - (h2_p2_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[85]))) * s2[5];
  const float h2_p2_yb5 = (h2_p2_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[85]))) * c2[5] + (h2_p2_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[21]))) * s2[5];
  const float h2_p2_ya6 = (h2_p2_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[22]))) * c2[6] - (h2_p2_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[86]))) * s2[6];
  const float h2_p2_yb6 = (h2_p2_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[86]))) * c2[6] + (h2_p2_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[22]))) * s2[6];
  const float h2_p2_ya7 = (h2_p2_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[23]))) * c2[7] - (h2_p2_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[87]))) * s2[7];
  const float h2_p2_yb7 = (h2_p2_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[87]))) * c2[7] + (h2_p2_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.q_out + oh2 + 16, make_uint4(ropec_bf16_bits(h2_p2_ya0) | (ropec_bf16_bits(h2_p2_ya1) << 16u), ropec_bf16_bits(h2_p2_ya2) | (ropec_bf16_bits(h2_p2_ya3) << 16u), ropec_bf16_bits(h2_p2_ya4) | (ropec_bf16_bits(h2_p2_ya5) << 16u), ropec_bf16_bits(h2_p2_ya6) | (ropec_bf16_bits(h2_p2_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 80, make_uint4(ropec_bf16_bits(h2_p2_yb0) | (ropec_bf16_bits(h2_p2_yb1) << 16u), ropec_bf16_bits(h2_p2_yb2) | (ropec_bf16_bits(h2_p2_yb3) << 16u), ropec_bf16_bits(h2_p2_yb4) | (ropec_bf16_bits(h2_p2_yb5) << 16u), ropec_bf16_bits(h2_p2_yb6) | (ropec_bf16_bits(h2_p2_yb7) << 16u)));
  const uint4 h2_p3_xav = ropec_load_vec4u(a.q_out + oh2 + 24);
  const float h2_p3_xa0 = ropec_bf16_from_bits(h2_p3_xav.x & 0xffffu);
  const float h2_p3_xa1 = ropec_bf16_from_bits(h2_p3_xav.x >> 16u);
  const float h2_p3_xa2 = ropec_bf16_from_bits(h2_p3_xav.y & 0xffffu);
  const float h2_p3_xa3 = ropec_bf16_from_bits(h2_p3_xav.y >> 16u);
  const float h2_p3_xa4 = ropec_bf16_from_bits(h2_p3_xav.z & 0xffffu);
  const float h2_p3_xa5 = ropec_bf16_from_bits(h2_p3_xav.z >> 16u);
  const float h2_p3_xa6 = ropec_bf16_from_bits(h2_p3_xav.w & 0xffffu);
  const float h2_p3_xa7 = ropec_bf16_from_bits(h2_p3_xav.w >> 16u);
  const uint4 h2_p3_xbv = ropec_load_vec4u(a.q_out + oh2 + 88);
  const float h2_p3_xb0 = ropec_bf16_from_bits(h2_p3_xbv.x & 0xffffu);
  const float h2_p3_xb1 = ropec_bf16_from_bits(h2_p3_xbv.x >> 16u);
  const float h2_p3_xb2 = ropec_bf16_from_bits(h2_p3_xbv.y & 0xffffu);
  const float h2_p3_xb3 = ropec_bf16_from_bits(h2_p3_xbv.y >> 16u);
  const float h2_p3_xb4 = ropec_bf16_from_bits(h2_p3_xbv.z & 0xffffu);
  const float h2_p3_xb5 = ropec_bf16_from_bits(h2_p3_xbv.z >> 16u);
  const float h2_p3_xb6 = ropec_bf16_from_bits(h2_p3_xbv.w & 0xffffu);
  const float h2_p3_xb7 = ropec_bf16_from_bits(h2_p3_xbv.w >> 16u);
  const float h2_p3_ya0 = (h2_p3_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[24]))) * c3[0] - (h2_p3_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[88]))) * s3[0];
  const float h2_p3_yb0 = (h2_p3_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[88]))) * c3[0] + (h2_p3_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[24]))) * s3[0];
  const float h2_p3_ya1 = (h2_p3_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[25]))) * c3[1] - (h2_p3_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[89]))) * s3[1];
  const float h2_p3_yb1 = (h2_p3_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[89]))) * c3[1] + (h2_p3_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[25]))) * s3[1];
  const float h2_p3_ya2 = (h2_p3_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[26]))) * c3[2] - (h2_p3_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[90]))) * s3[2];
  const float h2_p3_yb2 = (h2_p3_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[90]))) * c3[2] + (h2_p3_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[26]))) * s3[2];
  const float h2_p3_ya3 = (h2_p3_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[27]))) * c3[3] - (h2_p3_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[91]))) * s3[3];
  const float h2_p3_yb3 = (h2_p3_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[91]))) * c3[3] + (h2_p3_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[27]))) * s3[3];
  const float h2_p3_ya4 = (h2_p3_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[28]))) * c3[4] - (h2_p3_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[92]))) * s3[4];
  const float h2_p3_yb4 = (h2_p3_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[92]))) * c3[4] + (h2_p3_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[28]))) * s3[4];
  const float h2_p3_ya5 = (h2_p3_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[29]))) * c3[5] - (h2_p3_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[93]))) * s3[5];
  const float h2_p3_yb5 = (h2_p3_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[93]))) * c3[5] + (h2_p3_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[29]))) * s3[5];
  const float h2_p3_ya6 = (h2_p3_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[30]))) * c3[6] - (h2_p3_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[94]))) * s3[6];
  const float h2_p3_yb6 = (h2_p3_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[94]))) * c3[6] + (h2_p3_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[30]))) * s3[6];
  const float h2_p3_ya7 = (h2_p3_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[31]))) * c3[7] - (h2_p3_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[95]))) * s3[7];
  const float h2_p3_yb7 = (h2_p3_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[95]))) * c3[7] + (h2_p3_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.q_out + oh2 + 24, make_uint4(ropec_bf16_bits(h2_p3_ya0) | (ropec_bf16_bits(h2_p3_ya1) << 16u), ropec_bf16_bits(h2_p3_ya2) | (ropec_bf16_bits(h2_p3_ya3) << 16u), ropec_bf16_bits(h2_p3_ya4) | (ropec_bf16_bits(h2_p3_ya5) << 16u), ropec_bf16_bits(h2_p3_ya6) | (ropec_bf16_bits(h2_p3_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 88, make_uint4(ropec_bf16_bits(h2_p3_yb0) | (ropec_bf16_bits(h2_p3_yb1) << 16u), ropec_bf16_bits(h2_p3_yb2) | (ropec_bf16_bits(h2_p3_yb3) << 16u), ropec_bf16_bits(h2_p3_yb4) | (ropec_bf16_bits(h2_p3_yb5) << 16u), ropec_bf16_bits(h2_p3_yb6) | (ropec_bf16_bits(h2_p3_yb7) << 16u)));
  const uint4 h2_p4_xav = ropec_load_vec4u(a.q_out + oh2 + 32);
  const float h2_p4_xa0 = ropec_bf16_from_bits(h2_p4_xav.x & 0xffffu);
  const float h2_p4_xa1 = ropec_bf16_from_bits(h2_p4_xav.x >> 16u);
  const float h2_p4_xa2 = ropec_bf16_from_bits(h2_p4_xav.y & 0xffffu);
  const float h2_p4_xa3 = ropec_bf16_from_bits(h2_p4_xav.y >> 16u);
  const float h2_p4_xa4 = ropec_bf16_from_bits(h2_p4_xav.z & 0xffffu);
  const float h2_p4_xa5 = ropec_bf16_from_bits(h2_p4_xav.z >> 16u);
  const float h2_p4_xa6 = ropec_bf16_from_bits(h2_p4_xav.w & 0xffffu);
  const float h2_p4_xa7 = ropec_bf16_from_bits(h2_p4_xav.w >> 16u);
  const uint4 h2_p4_xbv = ropec_load_vec4u(a.q_out + oh2 + 96);
  const float h2_p4_xb0 = ropec_bf16_from_bits(h2_p4_xbv.x & 0xffffu);
  const float h2_p4_xb1 = ropec_bf16_from_bits(h2_p4_xbv.x >> 16u);
  const float h2_p4_xb2 = ropec_bf16_from_bits(h2_p4_xbv.y & 0xffffu);
  const float h2_p4_xb3 = ropec_bf16_from_bits(h2_p4_xbv.y >> 16u);
  const float h2_p4_xb4 = ropec_bf16_from_bits(h2_p4_xbv.z & 0xffffu);
  const float h2_p4_xb5 = ropec_bf16_from_bits(h2_p4_xbv.z >> 16u);
  const float h2_p4_xb6 = ropec_bf16_from_bits(h2_p4_xbv.w & 0xffffu);
  const float h2_p4_xb7 = ropec_bf16_from_bits(h2_p4_xbv.w >> 16u);
  const float h2_p4_ya0 = (h2_p4_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[32]))) * c4[0] - (h2_p4_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[96]))) * s4[0];
  const float h2_p4_yb0 = (h2_p4_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[96]))) * c4[0] + (h2_p4_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[32]))) * s4[0];
  const float h2_p4_ya1 = (h2_p4_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[33]))) * c4[1] - (h2_p4_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[97]))) * s4[1];
  const float h2_p4_yb1 = (h2_p4_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[97]))) * c4[1] + (h2_p4_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[33]))) * s4[1];
  const float h2_p4_ya2 = (h2_p4_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[34]))) * c4[2] - (h2_p4_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[98]))) * s4[2];
  const float h2_p4_yb2 = (h2_p4_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[98]))) * c4[2] + (h2_p4_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[34]))) * s4[2];
  const float h2_p4_ya3 = (h2_p4_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[35]))) * c4[3] - (h2_p4_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[99]))) * s4[3];
  const float h2_p4_yb3 = (h2_p4_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[99]))) * c4[3] + (h2_p4_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[35]))) * s4[3];
  const float h2_p4_ya4 = (h2_p4_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[36]))) * c4[4] - (h2_p4_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[100]))) * s4[4];
  const float h2_p4_yb4 = (h2_p4_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[100]))) * c4[4] + (h2_p4_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[36]))) * s4[4];
  const float h2_p4_ya5 = (h2_p4_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[37]))) * c4[5] - (h2_p4_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[101]))) * s4[5];
  const float h2_p4_yb5 = (h2_p4_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[101]))) * c4[5] + (h2_p4_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[37]))) * s4[5];
  const float h2_p4_ya6 = (h2_p4_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[38]))) * c4[6] - (h2_p4_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[102]))) * s4[6];
  const float h2_p4_yb6 = (h2_p4_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[102]))) * c4[6] + (h2_p4_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[38]))) * s4[6];
  const float h2_p4_ya7 = (h2_p4_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[39]))) * c4[7] - (h2_p4_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[103]))) * s4[7];
  const float h2_p4_yb7 = (h2_p4_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[103]))) * c4[7] + (h2_p4_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.q_out + oh2 + 32, make_uint4(ropec_bf16_bits(h2_p4_ya0) | (ropec_bf16_bits(h2_p4_ya1) << 16u), ropec_bf16_bits(h2_p4_ya2) | (ropec_bf16_bits(h2_p4_ya3) << 16u), ropec_bf16_bits(h2_p4_ya4) | (ropec_bf16_bits(h2_p4_ya5) << 16u), ropec_bf16_bits(h2_p4_ya6) | (ropec_bf16_bits(h2_p4_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 96, make_uint4(ropec_bf16_bits(h2_p4_yb0) | (ropec_bf16_bits(h2_p4_yb1) << 16u), ropec_bf16_bits(h2_p4_yb2) | (ropec_bf16_bits(h2_p4_yb3) << 16u), ropec_bf16_bits(h2_p4_yb4) | (ropec_bf16_bits(h2_p4_yb5) << 16u), ropec_bf16_bits(h2_p4_yb6) | (ropec_bf16_bits(h2_p4_yb7) << 16u)));
  const uint4 h2_p5_xav = ropec_load_vec4u(a.q_out + oh2 + 40);
  const float h2_p5_xa0 = ropec_bf16_from_bits(h2_p5_xav.x & 0xffffu);
  const float h2_p5_xa1 = ropec_bf16_from_bits(h2_p5_xav.x >> 16u);
  const float h2_p5_xa2 = ropec_bf16_from_bits(h2_p5_xav.y & 0xffffu);
  const float h2_p5_xa3 = ropec_bf16_from_bits(h2_p5_xav.y >> 16u);
  const float h2_p5_xa4 = ropec_bf16_from_bits(h2_p5_xav.z & 0xffffu);
  const float h2_p5_xa5 = ropec_bf16_from_bits(h2_p5_xav.z >> 16u);
  const float h2_p5_xa6 = ropec_bf16_from_bits(h2_p5_xav.w & 0xffffu);
  const float h2_p5_xa7 = ropec_bf16_from_bits(h2_p5_xav.w >> 16u);
  const uint4 h2_p5_xbv = ropec_load_vec4u(a.q_out + oh2 + 104);
  const float h2_p5_xb0 = ropec_bf16_from_bits(h2_p5_xbv.x & 0xffffu);
  const float h2_p5_xb1 = ropec_bf16_from_bits(h2_p5_xbv.x >> 16u);
  const float h2_p5_xb2 = ropec_bf16_from_bits(h2_p5_xbv.y & 0xffffu);
  const float h2_p5_xb3 = ropec_bf16_from_bits(h2_p5_xbv.y >> 16u);
  const float h2_p5_xb4 = ropec_bf16_from_bits(h2_p5_xbv.z & 0xffffu);
  const float h2_p5_xb5 = ropec_bf16_from_bits(h2_p5_xbv.z >> 16u);
  const float h2_p5_xb6 = ropec_bf16_from_bits(h2_p5_xbv.w & 0xffffu);
  const float h2_p5_xb7 = ropec_bf16_from_bits(h2_p5_xbv.w >> 16u);
  const float h2_p5_ya0 = (h2_p5_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[40]))) * c5[0] - (h2_p5_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[104]))) * s5[0];
  const float h2_p5_yb0 = (h2_p5_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[104]))) * c5[0] + (h2_p5_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[40]))) * s5[0];
  const float h2_p5_ya1 = (h2_p5_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[41]))) * c5[1] - (h2_p5_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[105]))) * s5[1];
  const float h2_p5_yb1 = (h2_p5_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[105]))) * c5[1] + (h2_p5_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[41]))) * s5[1];
  const float h2_p5_ya2 = (h2_p5_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[42]))) * c5[2] - (h2_p5_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[106]))) * s5[2];
  const float h2_p5_yb2 = (h2_p5_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[106]))) * c5[2] + (h2_p5_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[42]))) * s5[2];
  const float h2_p5_ya3 = (h2_p5_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[43]))) * c5[3] - (h2_p5_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[107]))) * s5[3];
  const float h2_p5_yb3 = (h2_p5_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[107]))) * c5[3] + (h2_p5_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[43]))) * s5[3];
  const float h2_p5_ya4 = (h2_p5_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[44]))) * c5[4] - (h2_p5_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[108]))) * s5[4];
  const float h2_p5_yb4 = (h2_p5_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[108]))) * c5[4] + (h2_p5_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[44]))) * s5[4];
  const float h2_p5_ya5 = (h2_p5_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[45]))) * c5[5] - (h2_p5_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[109]))) * s5[5];
  const float h2_p5_yb5 = (h2_p5_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[109]))) * c5[5] + (h2_p5_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[45]))) * s5[5];
  const float h2_p5_ya6 = (h2_p5_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[46]))) * c5[6] - (h2_p5_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[110]))) * s5[6];
  const float h2_p5_yb6 = (h2_p5_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[110]))) * c5[6] + (h2_p5_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[46]))) * s5[6];
  const float h2_p5_ya7 = (h2_p5_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[47]))) * c5[7] - (h2_p5_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[111]))) * s5[7];
  const float h2_p5_yb7 = (h2_p5_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[111]))) * c5[7] + (h2_p5_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.q_out + oh2 + 40, make_uint4(ropec_bf16_bits(h2_p5_ya0) | (ropec_bf16_bits(h2_p5_ya1) << 16u), ropec_bf16_bits(h2_p5_ya2) | (ropec_bf16_bits(h2_p5_ya3) << 16u), ropec_bf16_bits(h2_p5_ya4) | (ropec_bf16_bits(h2_p5_ya5) << 16u), ropec_bf16_bits(h2_p5_ya6) | (ropec_bf16_bits(h2_p5_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 104, make_uint4(ropec_bf16_bits(h2_p5_yb0) | (ropec_bf16_bits(h2_p5_yb1) << 16u), ropec_bf16_bits(h2_p5_yb2) | (ropec_bf16_bits(h2_p5_yb3) << 16u), ropec_bf16_bits(h2_p5_yb4) | (ropec_bf16_bits(h2_p5_yb5) << 16u), ropec_bf16_bits(h2_p5_yb6) | (ropec_bf16_bits(h2_p5_yb7) << 16u)));
  const uint4 h2_p6_xav = ropec_load_vec4u(a.q_out + oh2 + 48);
  const float h2_p6_xa0 = ropec_bf16_from_bits(h2_p6_xav.x & 0xffffu);
  const float h2_p6_xa1 = ropec_bf16_from_bits(h2_p6_xav.x >> 16u);
  const float h2_p6_xa2 = ropec_bf16_from_bits(h2_p6_xav.y & 0xffffu);
  const float h2_p6_xa3 = ropec_bf16_from_bits(h2_p6_xav.y >> 16u);
  const float h2_p6_xa4 = ropec_bf16_from_bits(h2_p6_xav.z & 0xffffu);
  const float h2_p6_xa5 = ropec_bf16_from_bits(h2_p6_xav.z >> 16u);
  const float h2_p6_xa6 = ropec_bf16_from_bits(h2_p6_xav.w & 0xffffu);
  const float h2_p6_xa7 = ropec_bf16_from_bits(h2_p6_xav.w >> 16u);
  const uint4 h2_p6_xbv = ropec_load_vec4u(a.q_out + oh2 + 112);
  const float h2_p6_xb0 = ropec_bf16_from_bits(h2_p6_xbv.x & 0xffffu);
  const float h2_p6_xb1 = ropec_bf16_from_bits(h2_p6_xbv.x >> 16u);
  const float h2_p6_xb2 = ropec_bf16_from_bits(h2_p6_xbv.y & 0xffffu);
  const float h2_p6_xb3 = ropec_bf16_from_bits(h2_p6_xbv.y >> 16u);
  const float h2_p6_xb4 = ropec_bf16_from_bits(h2_p6_xbv.z & 0xffffu);
  const float h2_p6_xb5 = ropec_bf16_from_bits(h2_p6_xbv.z >> 16u);
  const float h2_p6_xb6 = ropec_bf16_from_bits(h2_p6_xbv.w & 0xffffu);
  const float h2_p6_xb7 = ropec_bf16_from_bits(h2_p6_xbv.w >> 16u);
  const float h2_p6_ya0 = (h2_p6_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[48]))) * c6[0] - (h2_p6_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[112]))) * s6[0];
  const float h2_p6_yb0 = (h2_p6_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[112]))) * c6[0] + (h2_p6_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[48]))) * s6[0];
  const float h2_p6_ya1 = (h2_p6_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[49]))) * c6[1] - (h2_p6_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[113]))) * s6[1];
  const float h2_p6_yb1 = (h2_p6_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[113]))) * c6[1] + (h2_p6_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[49]))) * s6[1];
  const float h2_p6_ya2 = (h2_p6_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[50]))) * c6[2] - (h2_p6_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[114]))) * s6[2];
  const float h2_p6_yb2 = (h2_p6_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[114]))) * c6[2] + (h2_p6_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[50]))) * s6[2];
  const float h2_p6_ya3 = (h2_p6_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[51]))) * c6[3] - (h2_p6_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[115]))) * s6[3];
  const float h2_p6_yb3 = (h2_p6_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[115]))) * c6[3] + (h2_p6_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[51]))) * s6[3];
  const float h2_p6_ya4 = (h2_p6_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[52]))) * c6[4] - (h2_p6_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[116]))) * s6[4];
  const float h2_p6_yb4 = (h2_p6_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[116]))) * c6[4] + (h2_p6_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[52]))) * s6[4];
  const float h2_p6_ya5 = (h2_p6_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[53]))) * c6[5] - (h2_p6_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[117]))) * s6[5];
  const float h2_p6_yb5 = (h2_p6_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[117]))) * c6[5] + (h2_p6_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[53]))) * s6[5];
  const float h2_p6_ya6 = (h2_p6_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[54]))) * c6[6] - (h2_p6_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[118]))) * s6[6];
  const float h2_p6_yb6 = (h2_p6_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[118]))) * c6[6] + (h2_p6_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[54]))) * s6[6];
  const float h2_p6_ya7 = (h2_p6_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[55]))) * c6[7] - (h2_p6_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[119]))) * s6[7];
  const float h2_p6_yb7 = (h2_p6_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[119]))) * c6[7] + (h2_p6_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.q_out + oh2 + 48, make_uint4(ropec_bf16_bits(h2_p6_ya0) | (ropec_bf16_bits(h2_p6_ya1) << 16u), ropec_bf16_bits(h2_p6_ya2) | (ropec_bf16_bits(h2_p6_ya3) << 16u), ropec_bf16_bits(h2_p6_ya4) | (ropec_bf16_bits(h2_p6_ya5) << 16u), ropec_bf16_bits(h2_p6_ya6) | (ropec_bf16_bits(h2_p6_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 112, make_uint4(ropec_bf16_bits(h2_p6_yb0) | (ropec_bf16_bits(h2_p6_yb1) << 16u), ropec_bf16_bits(h2_p6_yb2) | (ropec_bf16_bits(h2_p6_yb3) << 16u), ropec_bf16_bits(h2_p6_yb4) | (ropec_bf16_bits(h2_p6_yb5) << 16u), ropec_bf16_bits(h2_p6_yb6) | (ropec_bf16_bits(h2_p6_yb7) << 16u)));
  const uint4 h2_p7_xav = ropec_load_vec4u(a.q_out + oh2 + 56);
  const float h2_p7_xa0 = ropec_bf16_from_bits(h2_p7_xav.x & 0xffffu);
  const float h2_p7_xa1 = ropec_bf16_from_bits(h2_p7_xav.x >> 16u);
  const float h2_p7_xa2 = ropec_bf16_from_bits(h2_p7_xav.y & 0xffffu);
  const float h2_p7_xa3 = ropec_bf16_from_bits(h2_p7_xav.y >> 16u);
  const float h2_p7_xa4 = ropec_bf16_from_bits(h2_p7_xav.z & 0xffffu);
  const float h2_p7_xa5 = ropec_bf16_from_bits(h2_p7_xav.z >> 16u);
  const float h2_p7_xa6 = ropec_bf16_from_bits(h2_p7_xav.w & 0xffffu);
  const float h2_p7_xa7 = ropec_bf16_from_bits(h2_p7_xav.w >> 16u);
  const uint4 h2_p7_xbv = ropec_load_vec4u(a.q_out + oh2 + 120);
  const float h2_p7_xb0 = ropec_bf16_from_bits(h2_p7_xbv.x & 0xffffu);
  const float h2_p7_xb1 = ropec_bf16_from_bits(h2_p7_xbv.x >> 16u);
  const float h2_p7_xb2 = ropec_bf16_from_bits(h2_p7_xbv.y & 0xffffu);
  const float h2_p7_xb3 = ropec_bf16_from_bits(h2_p7_xbv.y >> 16u);
  const float h2_p7_xb4 = ropec_bf16_from_bits(h2_p7_xbv.z & 0xffffu);
  const float h2_p7_xb5 = ropec_bf16_from_bits(h2_p7_xbv.z >> 16u);
  const float h2_p7_xb6 = ropec_bf16_from_bits(h2_p7_xbv.w & 0xffffu);
  const float h2_p7_xb7 = ropec_bf16_from_bits(h2_p7_xbv.w >> 16u);
  const float h2_p7_ya0 = (h2_p7_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[56]))) * c7[0] - (h2_p7_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[120]))) * s7[0];
  const float h2_p7_yb0 = (h2_p7_xb0 * (h2_r * ropec_to_float(a.q_norm_weight[120]))) * c7[0] + (h2_p7_xa0 * (h2_r * ropec_to_float(a.q_norm_weight[56]))) * s7[0];
  const float h2_p7_ya1 = (h2_p7_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[57]))) * c7[1] - (h2_p7_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[121]))) * s7[1];
  const float h2_p7_yb1 = (h2_p7_xb1 * (h2_r * ropec_to_float(a.q_norm_weight[121]))) * c7[1] + (h2_p7_xa1 * (h2_r * ropec_to_float(a.q_norm_weight[57]))) * s7[1];
  const float h2_p7_ya2 = (h2_p7_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[58]))) * c7[2] - (h2_p7_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[122]))) * s7[2];
  const float h2_p7_yb2 = (h2_p7_xb2 * (h2_r * ropec_to_float(a.q_norm_weight[122]))) * c7[2] + (h2_p7_xa2 * (h2_r * ropec_to_float(a.q_norm_weight[58]))) * s7[2];
  const float h2_p7_ya3 = (h2_p7_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[59]))) * c7[3] - (h2_p7_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[123]))) * s7[3];
  const float h2_p7_yb3 = (h2_p7_xb3 * (h2_r * ropec_to_float(a.q_norm_weight[123]))) * c7[3] + (h2_p7_xa3 * (h2_r * ropec_to_float(a.q_norm_weight[59]))) * s7[3];
  const float h2_p7_ya4 = (h2_p7_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[60]))) * c7[4] - (h2_p7_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[124]))) * s7[4];
  const float h2_p7_yb4 = (h2_p7_xb4 * (h2_r * ropec_to_float(a.q_norm_weight[124]))) * c7[4] + (h2_p7_xa4 * (h2_r * ropec_to_float(a.q_norm_weight[60]))) * s7[4];
  const float h2_p7_ya5 = (h2_p7_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[61]))) * c7[5] - (h2_p7_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[125]))) * s7[5];
  const float h2_p7_yb5 = (h2_p7_xb5 * (h2_r * ropec_to_float(a.q_norm_weight[125]))) * c7[5] + (h2_p7_xa5 * (h2_r * ropec_to_float(a.q_norm_weight[61]))) * s7[5];
  const float h2_p7_ya6 = (h2_p7_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[62]))) * c7[6] - (h2_p7_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[126]))) * s7[6];
  const float h2_p7_yb6 = (h2_p7_xb6 * (h2_r * ropec_to_float(a.q_norm_weight[126]))) * c7[6] + (h2_p7_xa6 * (h2_r * ropec_to_float(a.q_norm_weight[62]))) * s7[6];
  const float h2_p7_ya7 = (h2_p7_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[63]))) * c7[7] - (h2_p7_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[127]))) * s7[7];
  const float h2_p7_yb7 = (h2_p7_xb7 * (h2_r * ropec_to_float(a.q_norm_weight[127]))) * c7[7] + (h2_p7_xa7 * (h2_r * ropec_to_float(a.q_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.q_out + oh2 + 56, make_uint4(ropec_bf16_bits(h2_p7_ya0) | (ropec_bf16_bits(h2_p7_ya1) << 16u), ropec_bf16_bits(h2_p7_ya2) | (ropec_bf16_bits(h2_p7_ya3) << 16u), ropec_bf16_bits(h2_p7_ya4) | (ropec_bf16_bits(h2_p7_ya5) << 16u), ropec_bf16_bits(h2_p7_ya6) | (ropec_bf16_bits(h2_p7_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + 120, make_uint4(ropec_bf16_bits(h2_p7_yb0) | (ropec_bf16_bits(h2_p7_yb1) << 16u), ropec_bf16_bits(h2_p7_yb2) | (ropec_bf16_bits(h2_p7_yb3) << 16u), ropec_bf16_bits(h2_p7_yb4) | (ropec_bf16_bits(h2_p7_yb5) << 16u), ropec_bf16_bits(h2_p7_yb6) | (ropec_bf16_bits(h2_p7_yb7) << 16u)));
  const int64_t oh3 = flat * a.q_token_stride + (h0 + 3) * a.q_head_stride;
  float h3_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h3_xlv = ropec_load_vec4u(a.q_out + oh3 + l);
    const float h3_xl0 = ropec_bf16_from_bits(h3_xlv.x & 0xffffu);
    const float h3_xl1 = ropec_bf16_from_bits(h3_xlv.x >> 16u);
    const float h3_xl2 = ropec_bf16_from_bits(h3_xlv.y & 0xffffu);
    const float h3_xl3 = ropec_bf16_from_bits(h3_xlv.y >> 16u);
    const float h3_xl4 = ropec_bf16_from_bits(h3_xlv.z & 0xffffu);
    const float h3_xl5 = ropec_bf16_from_bits(h3_xlv.z >> 16u);
    const float h3_xl6 = ropec_bf16_from_bits(h3_xlv.w & 0xffffu);
    const float h3_xl7 = ropec_bf16_from_bits(h3_xlv.w >> 16u);
    h3_ss = (((((((h3_ss + h3_xl0 * h3_xl0) + h3_xl1 * h3_xl1) + h3_xl2 * h3_xl2) + h3_xl3 * h3_xl3) + h3_xl4 * h3_xl4) + h3_xl5 * h3_xl5) + h3_xl6 * h3_xl6) + h3_xl7 * h3_xl7;
  }
  const float h3_r = 1.0f / sqrtf(h3_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h3_p0_xav = ropec_load_vec4u(a.q_out + oh3);
  const float h3_p0_xa0 = ropec_bf16_from_bits(h3_p0_xav.x & 0xffffu);
  const float h3_p0_xa1 = ropec_bf16_from_bits(h3_p0_xav.x >> 16u);
  const float h3_p0_xa2 = ropec_bf16_from_bits(h3_p0_xav.y & 0xffffu);
  const float h3_p0_xa3 = ropec_bf16_from_bits(h3_p0_xav.y >> 16u);
  const float h3_p0_xa4 = ropec_bf16_from_bits(h3_p0_xav.z & 0xffffu);
  const float h3_p0_xa5 = ropec_bf16_from_bits(h3_p0_xav.z >> 16u);
  const float h3_p0_xa6 = ropec_bf16_from_bits(h3_p0_xav.w & 0xffffu);
  const float h3_p0_xa7 = ropec_bf16_from_bits(h3_p0_xav.w >> 16u);
  const uint4 h3_p0_xbv = ropec_load_vec4u(a.q_out + oh3 + 64);
  const float h3_p0_xb0 = ropec_bf16_from_bits(h3_p0_xbv.x & 0xffffu);
  const float h3_p0_xb1 = ropec_bf16_from_bits(h3_p0_xbv.x >> 16u);
  const float h3_p0_xb2 = ropec_bf16_from_bits(h3_p0_xbv.y & 0xffffu);
  const float h3_p0_xb3 = ropec_bf16_from_bits(h3_p0_xbv.y >> 16u);
  const float h3_p0_xb4 = ropec_bf16_from_bits(h3_p0_xbv.z & 0xffffu);
  const float h3_p0_xb5 = ropec_bf16_from_bits(h3_p0_xbv.z >> 16u);
  const float h3_p0_xb6 = ropec_bf16_from_bits(h3_p0_xbv.w & 0xffffu);
  const float h3_p0_xb7 = ropec_bf16_from_bits(h3_p0_xbv.w >> 16u);
  const float h3_p0_ya0 = (h3_p0_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[0]))) * c0[0] - (h3_p0_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[64]))) * s0[0];
  const float h3_p0_yb0 = (h3_p0_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[64]))) * c0[0] + (h3_p0_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[0]))) * s0[0];
  const float h3_p0_ya1 = (h3_p0_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[1]))) * c0[1] - (h3_p0_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[65]))) * s0[1];
  const float h3_p0_yb1 = (h3_p0_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[65]))) * c0[1] + (h3_p0_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[1]))) * s0[1];
  const float h3_p0_ya2 = (h3_p0_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[2]))) * c0[2] - (h3_p0_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[66]))) * s0[2];
  const float h3_p0_yb2 = (h3_p0_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[66]))) * c0[2] + (h3_p0_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[2]))) * s0[2];
  const float h3_p0_ya3 = (h3_p0_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[3]))) * c0[3] - (h3_p0_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[67]))) * s0[3];
  const float h3_p0_yb3 = (h3_p0_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[67]))) * c0[3] + (h3_p0_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[3]))) * s0[3];
  const float h3_p0_ya4 = (h3_p0_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[4]))) * c0[4] - (h3_p0_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[68]))) * s0[4];
  const float h3_p0_yb4 = (h3_p0_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[68]))) * c0[4] + (h3_p0_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[4]))) * s0[4];
  const float h3_p0_ya5 = (h3_p0_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[5]))) * c0[5] - (h3_p0_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[69]))) * s0[5];
  const float h3_p0_yb5 = (h3_p0_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[69]))) * c0[5] + (h3_p0_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[5]))) * s0[5];
  const float h3_p0_ya6 = (h3_p0_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[6]))) * c0[6] - (h3_p0_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[70]))) * s0[6];
  const float h3_p0_yb6 = (h3_p0_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[70]))) * c0[6] + (h3_p0_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[6]))) * s0[6];
  const float h3_p0_ya7 = (h3_p0_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[7]))) * c0[7] - (h3_p0_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[71]))) * s0[7];
  const float h3_p0_yb7 = (h3_p0_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[71]))) * c0[7] + (h3_p0_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.q_out + oh3, make_uint4(ropec_bf16_bits(h3_p0_ya0) | (ropec_bf16_bits(h3_p0_ya1) << 16u), ropec_bf16_bits(h3_p0_ya2) | (ropec_bf16_bits(h3_p0_ya3) << 16u), ropec_bf16_bits(h3_p0_ya4) | (ropec_bf16_bits(h3_p0_ya5) << 16u), ropec_bf16_bits(h3_p0_ya6) | (ropec_bf16_bits(h3_p0_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 64, make_uint4(ropec_bf16_bits(h3_p0_yb0) | (ropec_bf16_bits(h3_p0_yb1) << 16u), ropec_bf16_bits(h3_p0_yb2) | (ropec_bf16_bits(h3_p0_yb3) << 16u), ropec_bf16_bits(h3_p0_yb4) | (ropec_bf16_bits(h3_p0_yb5) << 16u), ropec_bf16_bits(h3_p0_yb6) | (ropec_bf16_bits(h3_p0_yb7) << 16u)));
  const uint4 h3_p1_xav = ropec_load_vec4u(a.q_out + oh3 + 8);
  const float h3_p1_xa0 = ropec_bf16_from_bits(h3_p1_xav.x & 0xffffu);
  const float h3_p1_xa1 = ropec_bf16_from_bits(h3_p1_xav.x >> 16u);
  const float h3_p1_xa2 = ropec_bf16_from_bits(h3_p1_xav.y & 0xffffu);
  const float h3_p1_xa3 = ropec_bf16_from_bits(h3_p1_xav.y >> 16u);
  const float h3_p1_xa4 = ropec_bf16_from_bits(h3_p1_xav.z & 0xffffu);
  const float h3_p1_xa5 = ropec_bf16_from_bits(h3_p1_xav.z >> 16u);
  const float h3_p1_xa6 = ropec_bf16_from_bits(h3_p1_xav.w & 0xffffu);
  const float h3_p1_xa7 = ropec_bf16_from_bits(h3_p1_xav.w >> 16u);
  const uint4 h3_p1_xbv = ropec_load_vec4u(a.q_out + oh3 + 72);
  const float h3_p1_xb0 = ropec_bf16_from_bits(h3_p1_xbv.x & 0xffffu);
  const float h3_p1_xb1 = ropec_bf16_from_bits(h3_p1_xbv.x >> 16u);
  const float h3_p1_xb2 = ropec_bf16_from_bits(h3_p1_xbv.y & 0xffffu);
  const float h3_p1_xb3 = ropec_bf16_from_bits(h3_p1_xbv.y >> 16u);
  const float h3_p1_xb4 = ropec_bf16_from_bits(h3_p1_xbv.z & 0xffffu);
  const float h3_p1_xb5 = ropec_bf16_from_bits(h3_p1_xbv.z >> 16u);
  const float h3_p1_xb6 = ropec_bf16_from_bits(h3_p1_xbv.w & 0xffffu);
  const float h3_p1_xb7 = ropec_bf16_from_bits(h3_p1_xbv.w >> 16u);
  const float h3_p1_ya0 = (h3_p1_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[8]))) * c1[0] - (h3_p1_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[72]))) * s1[0];
  const float h3_p1_yb0 = (h3_p1_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[72]))) * c1[0] + (h3_p1_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[8]))) * s1[0];
  const float h3_p1_ya1 = (h3_p1_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[9]))) * c1[1] - (h3_p1_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[73]))) * s1[1];
  const float h3_p1_yb1 = (h3_p1_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[73]))) * c1[1] + (h3_p1_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[9]))) * s1[1];
  const float h3_p1_ya2 = (h3_p1_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[10]))) * c1[2] - (h3_p1_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[74]))) * s1[2];
  const float h3_p1_yb2 = (h3_p1_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[74]))) * c1[2] + (h3_p1_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[10]))) * s1[2];
  const float h3_p1_ya3 = (h3_p1_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[11]))) * c1[3] - (h3_p1_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[75]))) * s1[3];
  const float h3_p1_yb3 = (h3_p1_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[75]))) * c1[3] + (h3_p1_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[11]))) * s1[3];
  const float h3_p1_ya4 = (h3_p1_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[12]))) * c1[4] - (h3_p1_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[76]))) * s1[4];
  const float h3_p1_yb4 = (h3_p1_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[76]))) * c1[4] + (h3_p1_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[12]))) * s1[4];
  const float h3_p1_ya5 = (h3_p1_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[13]))) * c1[5] - (h3_p1_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[77]))) * s1[5];
  const float h3_p1_yb5 = (h3_p1_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[77]))) * c1[5] + (h3_p1_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[13]))) * s1[5];
  const float h3_p1_ya6 = (h3_p1_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[14]))) * c1[6] - (h3_p1_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[78]))) * s1[6];
  const float h3_p1_yb6 = (h3_p1_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[78]))) * c1[6] + (h3_p1_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[14]))) * s1[6];
  const float h3_p1_ya7 = (h3_p1_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[15]))) * c1[7] - (h3_p1_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[79]))) * s1[7];
  const float h3_p1_yb7 = (h3_p1_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[79]))) * c1[7] + (h3_p1_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.q_out + oh3 + 8, make_uint4(ropec_bf16_bits(h3_p1_ya0) | (ropec_bf16_bits(h3_p1_ya1) << 16u), ropec_bf16_bits(h3_p1_ya2) | (ropec_bf16_bits(h3_p1_ya3) << 16u), ropec_bf16_bits(h3_p1_ya4) | (ropec_bf16_bits(h3_p1_ya5) << 16u), ropec_bf16_bits(h3_p1_ya6) | (ropec_bf16_bits(h3_p1_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 72, make_uint4(ropec_bf16_bits(h3_p1_yb0) | (ropec_bf16_bits(h3_p1_yb1) << 16u), ropec_bf16_bits(h3_p1_yb2) | (ropec_bf16_bits(h3_p1_yb3) << 16u), ropec_bf16_bits(h3_p1_yb4) | (ropec_bf16_bits(h3_p1_yb5) << 16u), ropec_bf16_bits(h3_p1_yb6) | (ropec_bf16_bits(h3_p1_yb7) << 16u)));
  const uint4 h3_p2_xav = ropec_load_vec4u(a.q_out + oh3 + 16);
  const float h3_p2_xa0 = ropec_bf16_from_bits(h3_p2_xav.x & 0xffffu);
  const float h3_p2_xa1 = ropec_bf16_from_bits(h3_p2_xav.x >> 16u);
  const float h3_p2_xa2 = ropec_bf16_from_bits(h3_p2_xav.y & 0xffffu);
  const float h3_p2_xa3 = ropec_bf16_from_bits(h3_p2_xav.y >> 16u);
  const float h3_p2_xa4 = ropec_bf16_from_bits(h3_p2_xav.z & 0xffffu);
  const float h3_p2_xa5 = ropec_bf16_from_bits(h3_p2_xav.z >> 16u);
  const float h3_p2_xa6 = ropec_bf16_from_bits(h3_p2_xav.w & 0xffffu);
  const float h3_p2_xa7 = ropec_bf16_from_bits(h3_p2_xav.w >> 16u);
  const uint4 h3_p2_xbv = ropec_load_vec4u(a.q_out + oh3 + 80);
  const float h3_p2_xb0 = ropec_bf16_from_bits(h3_p2_xbv.x & 0xffffu);
  const float h3_p2_xb1 = ropec_bf16_from_bits(h3_p2_xbv.x >> 16u);
  const float h3_p2_xb2 = ropec_bf16_from_bits(h3_p2_xbv.y & 0xffffu);
  const float h3_p2_xb3 = ropec_bf16_from_bits(h3_p2_xbv.y >> 16u);
  const float h3_p2_xb4 = ropec_bf16_from_bits(h3_p2_xbv.z & 0xffffu);
  const float h3_p2_xb5 = ropec_bf16_from_bits(h3_p2_xbv.z >> 16u);
  const float h3_p2_xb6 = ropec_bf16_from_bits(h3_p2_xbv.w & 0xffffu);
  const float h3_p2_xb7 = ropec_bf16_from_bits(h3_p2_xbv.w >> 16u);
  const float h3_p2_ya0 = (h3_p2_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[16]))) * c2[0] - (h3_p2_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[80]))) * s2[0];
  const float h3_p2_yb0 = (h3_p2_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[80]))) * c2[0] + (h3_p2_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[16]))) * s2[0];
  const float h3_p2_ya1 = (h3_p2_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[17]))) * c2[1] - (h3_p2_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[81]))) * s2[1];
  const float h3_p2_yb1 = (h3_p2_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[81]))) * c2[1] + (h3_p2_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[17]))) * s2[1];
  const float h3_p2_ya2 = (h3_p2_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[18]))) * c2[2] - (h3_p2_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[82]))) * s2[2];
  const float h3_p2_yb2 = (h3_p2_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[82]))) * c2[2] + (h3_p2_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[18]))) * s2[2];
  const float h3_p2_ya3 = (h3_p2_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[19]))) * c2[3] - (h3_p2_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[83]))) * s2[3];
  const float h3_p2_yb3 = (h3_p2_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[83]))) * c2[3] + (h3_p2_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[19]))) * s2[3];
  const float h3_p2_ya4 = (h3_p2_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[20]))) * c2[4] - (h3_p2_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[84]))) * s2[4];
  const float h3_p2_yb4 = (h3_p2_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[84]))) * c2[4] + (h3_p2_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[20]))) * s2[4];
  const float h3_p2_ya5 = (h3_p2_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[21]))) * c2[5] - (h3_p2_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[85]))) * s2[5];
  const float h3_p2_yb5 = (h3_p2_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[85]))) * c2[5] + (h3_p2_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[21]))) * s2[5];
  const float h3_p2_ya6 = (h3_p2_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[22]))) * c2[6] - (h3_p2_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[86]))) * s2[6];
  const float h3_p2_yb6 = (h3_p2_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[86]))) * c2[6] + (h3_p2_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[22]))) * s2[6];
  const float h3_p2_ya7 = (h3_p2_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[23]))) * c2[7] - (h3_p2_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[87]))) * s2[7];
  const float h3_p2_yb7 = (h3_p2_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[87]))) * c2[7] + (h3_p2_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.q_out + oh3 + 16, make_uint4(ropec_bf16_bits(h3_p2_ya0) | (ropec_bf16_bits(h3_p2_ya1) << 16u), ropec_bf16_bits(h3_p2_ya2) | (ropec_bf16_bits(h3_p2_ya3) << 16u), ropec_bf16_bits(h3_p2_ya4) | (ropec_bf16_bits(h3_p2_ya5) << 16u), ropec_bf16_bits(h3_p2_ya6) | (ropec_bf16_bits(h3_p2_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 80, make_uint4(ropec_bf16_bits(h3_p2_yb0) | (ropec_bf16_bits(h3_p2_yb1) << 16u), ropec_bf16_bits(h3_p2_yb2) | (ropec_bf16_bits(h3_p2_yb3) << 16u), ropec_bf16_bits(h3_p2_yb4) | (ropec_bf16_bits(h3_p2_yb5) << 16u), ropec_bf16_bits(h3_p2_yb6) | (ropec_bf16_bits(h3_p2_yb7) << 16u)));
  const uint4 h3_p3_xav = ropec_load_vec4u(a.q_out + oh3 + 24);
  const float h3_p3_xa0 = ropec_bf16_from_bits(h3_p3_xav.x & 0xffffu);
  const float h3_p3_xa1 = ropec_bf16_from_bits(h3_p3_xav.x >> 16u);
  const float h3_p3_xa2 = ropec_bf16_from_bits(h3_p3_xav.y & 0xffffu);
  const float h3_p3_xa3 = ropec_bf16_from_bits(h3_p3_xav.y >> 16u);
  const float h3_p3_xa4 = ropec_bf16_from_bits(h3_p3_xav.z & 0xffffu);
  const float h3_p3_xa5 = ropec_bf16_from_bits(h3_p3_xav.z >> 16u);
  const float h3_p3_xa6 = ropec_bf16_from_bits(h3_p3_xav.w & 0xffffu);
  const float h3_p3_xa7 = ropec_bf16_from_bits(h3_p3_xav.w >> 16u);
  const uint4 h3_p3_xbv = ropec_load_vec4u(a.q_out + oh3 + 88);
  const float h3_p3_xb0 = ropec_bf16_from_bits(h3_p3_xbv.x & 0xffffu);
  const float h3_p3_xb1 = ropec_bf16_from_bits(h3_p3_xbv.x >> 16u);
  const float h3_p3_xb2 = ropec_bf16_from_bits(h3_p3_xbv.y & 0xffffu);
  const float h3_p3_xb3 = ropec_bf16_from_bits(h3_p3_xbv.y >> 16u);
  const float h3_p3_xb4 = ropec_bf16_from_bits(h3_p3_xbv.z & 0xffffu);
  const float h3_p3_xb5 = ropec_bf16_from_bits(h3_p3_xbv.z >> 16u);
  const float h3_p3_xb6 = ropec_bf16_from_bits(h3_p3_xbv.w & 0xffffu);
  const float h3_p3_xb7 = ropec_bf16_from_bits(h3_p3_xbv.w >> 16u);
  const float h3_p3_ya0 = (h3_p3_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[24]))) * c3[0] - (h3_p3_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[88]))) * s3[0];
  const float h3_p3_yb0 = (h3_p3_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[88]))) * c3[0] + (h3_p3_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[24]))) * s3[0];
  const float h3_p3_ya1 = (h3_p3_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[25]))) * c3[1] - (h3_p3_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[89]))) * s3[1];
  const float h3_p3_yb1 = (h3_p3_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[89]))) * c3[1] + (h3_p3_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[25]))) * s3[1];
  const float h3_p3_ya2 = (h3_p3_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[26]))) * c3[2] - (h3_p3_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[90]))) * s3[2];
  const float h3_p3_yb2 = (h3_p3_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[90]))) * c3[2] + (h3_p3_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[26]))) * s3[2];
  const float h3_p3_ya3 = (h3_p3_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[27]))) * c3[3] - (h3_p3_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[91]))) * s3[3];
  const float h3_p3_yb3 = (h3_p3_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[91]))) * c3[3] + (h3_p3_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[27]))) * s3[3];
  const float h3_p3_ya4 = (h3_p3_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[28]))) * c3[4] - (h3_p3_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[92]))) * s3[4];
  const float h3_p3_yb4 = (h3_p3_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[92]))) * c3[4] + (h3_p3_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[28]))) * s3[4];
  const float h3_p3_ya5 = (h3_p3_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[29]))) * c3[5] - (h3_p3_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[93]))) * s3[5];
  const float h3_p3_yb5 = (h3_p3_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[93]))) * c3[5] + (h3_p3_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[29]))) * s3[5];
  const float h3_p3_ya6 = (h3_p3_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[30]))) * c3[6] - (h3_p3_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[94]))) * s3[6];
  const float h3_p3_yb6 = (h3_p3_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[94]))) * c3[6] + (h3_p3_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[30]))) * s3[6];
  const float h3_p3_ya7 = (h3_p3_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[31]))) * c3[7] - (h3_p3_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[95]))) * s3[7];
  const float h3_p3_yb7 = (h3_p3_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[95]))) * c3[7] + (h3_p3_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.q_out + oh3 + 24, make_uint4(ropec_bf16_bits(h3_p3_ya0) | (ropec_bf16_bits(h3_p3_ya1) << 16u), ropec_bf16_bits(h3_p3_ya2) | (ropec_bf16_bits(h3_p3_ya3) << 16u), ropec_bf16_bits(h3_p3_ya4) | (ropec_bf16_bits(h3_p3_ya5) << 16u), ropec_bf16_bits(h3_p3_ya6) | (ropec_bf16_bits(h3_p3_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 88, make_uint4(ropec_bf16_bits(h3_p3_yb0) | (ropec_bf16_bits(h3_p3_yb1) << 16u), ropec_bf16_bits(h3_p3_yb2) | (ropec_bf16_bits(h3_p3_yb3) << 16u), ropec_bf16_bits(h3_p3_yb4) | (ropec_bf16_bits(h3_p3_yb5) << 16u), ropec_bf16_bits(h3_p3_yb6) | (ropec_bf16_bits(h3_p3_yb7) << 16u)));
  const uint4 h3_p4_xav = ropec_load_vec4u(a.q_out + oh3 + 32);
  const float h3_p4_xa0 = ropec_bf16_from_bits(h3_p4_xav.x & 0xffffu);
  const float h3_p4_xa1 = ropec_bf16_from_bits(h3_p4_xav.x >> 16u);
  const float h3_p4_xa2 = ropec_bf16_from_bits(h3_p4_xav.y & 0xffffu);
  const float h3_p4_xa3 = ropec_bf16_from_bits(h3_p4_xav.y >> 16u);
  const float h3_p4_xa4 = ropec_bf16_from_bits(h3_p4_xav.z & 0xffffu);
  const float h3_p4_xa5 = ropec_bf16_from_bits(h3_p4_xav.z >> 16u);
  const float h3_p4_xa6 = ropec_bf16_from_bits(h3_p4_xav.w & 0xffffu);
  const float h3_p4_xa7 = ropec_bf16_from_bits(h3_p4_xav.w >> 16u);
  const uint4 h3_p4_xbv = ropec_load_vec4u(a.q_out + oh3 + 96);
  const float h3_p4_xb0 = ropec_bf16_from_bits(h3_p4_xbv.x & 0xffffu);
  const float h3_p4_xb1 = ropec_bf16_from_bits(h3_p4_xbv.x >> 16u);
  const float h3_p4_xb2 = ropec_bf16_from_bits(h3_p4_xbv.y & 0xffffu);
  const float h3_p4_xb3 = ropec_bf16_from_bits(h3_p4_xbv.y >> 16u);
  const float h3_p4_xb4 = ropec_bf16_from_bits(h3_p4_xbv.z & 0xffffu);
  const float h3_p4_xb5 = ropec_bf16_from_bits(h3_p4_xbv.z >> 16u);
  const float h3_p4_xb6 = ropec_bf16_from_bits(h3_p4_xbv.w & 0xffffu);
  const float h3_p4_xb7 = ropec_bf16_from_bits(h3_p4_xbv.w >> 16u);
  const float h3_p4_ya0 = (h3_p4_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[32]))) * c4[0] - (h3_p4_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[96]))) * s4[0];
  const float h3_p4_yb0 = (h3_p4_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[96]))) * c4[0] + (h3_p4_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[32]))) * s4[0];
  const float h3_p4_ya1 = (h3_p4_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[33]))) * c4[1] - (h3_p4_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[97]))) * s4[1];
  const float h3_p4_yb1 = (h3_p4_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[97]))) * c4[1] + (h3_p4_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[33]))) * s4[1];
  const float h3_p4_ya2 = (h3_p4_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[34]))) * c4[2] - (h3_p4_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[98]))) * s4[2];
  const float h3_p4_yb2 = (h3_p4_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[98]))) * c4[2] + (h3_p4_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[34]))) * s4[2];
  const float h3_p4_ya3 = (h3_p4_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[35]))) * c4[3] - (h3_p4_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[99]))) * s4[3];
  const float h3_p4_yb3 = (h3_p4_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[99]))) * c4[3] + (h3_p4_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[35]))) * s4[3];
  const float h3_p4_ya4 = (h3_p4_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[36]))) * c4[4] - (h3_p4_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[100]))) * s4[4];
  const float h3_p4_yb4 = (h3_p4_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[100]))) * c4[4] + (h3_p4_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[36]))) * s4[4];
  const float h3_p4_ya5 = (h3_p4_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[37]))) * c4[5] - (h3_p4_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[101]))) * s4[5];
  const float h3_p4_yb5 = (h3_p4_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[101]))) * c4[5] + (h3_p4_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[37]))) * s4[5];
  const float h3_p4_ya6 = (h3_p4_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[38]))) * c4[6] - (h3_p4_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[102]))) * s4[6];
  const float h3_p4_yb6 = (h3_p4_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[102]))) * c4[6] + (h3_p4_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[38]))) * s4[6];
  const float h3_p4_ya7 = (h3_p4_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[39]))) * c4[7] - (h3_p4_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[103]))) * s4[7];
  const float h3_p4_yb7 = (h3_p4_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[103]))) * c4[7] + (h3_p4_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.q_out + oh3 + 32, make_uint4(ropec_bf16_bits(h3_p4_ya0) | (ropec_bf16_bits(h3_p4_ya1) << 16u), ropec_bf16_bits(h3_p4_ya2) | (ropec_bf16_bits(h3_p4_ya3) << 16u), ropec_bf16_bits(h3_p4_ya4) | (ropec_bf16_bits(h3_p4_ya5) << 16u), ropec_bf16_bits(h3_p4_ya6) | (ropec_bf16_bits(h3_p4_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 96, make_uint4(ropec_bf16_bits(h3_p4_yb0) | (ropec_bf16_bits(h3_p4_yb1) << 16u), ropec_bf16_bits(h3_p4_yb2) | (ropec_bf16_bits(h3_p4_yb3) << 16u), ropec_bf16_bits(h3_p4_yb4) | (ropec_bf16_bits(h3_p4_yb5) << 16u), ropec_bf16_bits(h3_p4_yb6) | (ropec_bf16_bits(h3_p4_yb7) << 16u)));
  const uint4 h3_p5_xav = ropec_load_vec4u(a.q_out + oh3 + 40);
  const float h3_p5_xa0 = ropec_bf16_from_bits(h3_p5_xav.x & 0xffffu);
  const float h3_p5_xa1 = ropec_bf16_from_bits(h3_p5_xav.x >> 16u);
  const float h3_p5_xa2 = ropec_bf16_from_bits(h3_p5_xav.y & 0xffffu);
  const float h3_p5_xa3 = ropec_bf16_from_bits(h3_p5_xav.y >> 16u);
  const float h3_p5_xa4 = ropec_bf16_from_bits(h3_p5_xav.z & 0xffffu);
  const float h3_p5_xa5 = ropec_bf16_from_bits(h3_p5_xav.z >> 16u);
  const float h3_p5_xa6 = ropec_bf16_from_bits(h3_p5_xav.w & 0xffffu);
  const float h3_p5_xa7 = ropec_bf16_from_bits(h3_p5_xav.w >> 16u);
  const uint4 h3_p5_xbv = ropec_load_vec4u(a.q_out + oh3 + 104);
  const float h3_p5_xb0 = ropec_bf16_from_bits(h3_p5_xbv.x & 0xffffu);
  const float h3_p5_xb1 = ropec_bf16_from_bits(h3_p5_xbv.x >> 16u);
  const float h3_p5_xb2 = ropec_bf16_from_bits(h3_p5_xbv.y & 0xffffu);
  const float h3_p5_xb3 = ropec_bf16_from_bits(h3_p5_xbv.y >> 16u);
  const float h3_p5_xb4 = ropec_bf16_from_bits(h3_p5_xbv.z & 0xffffu);
  const float h3_p5_xb5 = ropec_bf16_from_bits(h3_p5_xbv.z >> 16u);
  const float h3_p5_xb6 = ropec_bf16_from_bits(h3_p5_xbv.w & 0xffffu);
  const float h3_p5_xb7 = ropec_bf16_from_bits(h3_p5_xbv.w >> 16u);
  const float h3_p5_ya0 = (h3_p5_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[40]))) * c5[0] - (h3_p5_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[104]))) * s5[0];
  const float h3_p5_yb0 = (h3_p5_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[104]))) * c5[0] + (h3_p5_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[40]))) * s5[0];
  const float h3_p5_ya1 = (h3_p5_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[41]))) * c5[1] - (h3_p5_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[105]))) * s5[1];
  const float h3_p5_yb1 = (h3_p5_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[105]))) * c5[1] + (h3_p5_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[41]))) * s5[1];
  const float h3_p5_ya2 = (h3_p5_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[42]))) * c5[2] - (h3_p5_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[106]))) * s5[2];
  const float h3_p5_yb2 = (h3_p5_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[106]))) * c5[2] + (h3_p5_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[42]))) * s5[2];
  const float h3_p5_ya3 = (h3_p5_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[43]))) * c5[3] - (h3_p5_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[107]))) * s5[3];
  const float h3_p5_yb3 = (h3_p5_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[107]))) * c5[3] + (h3_p5_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[43]))) * s5[3];
  const float h3_p5_ya4 = (h3_p5_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[44]))) * c5[4] - (h3_p5_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[108]))) * s5[4];
  const float h3_p5_yb4 = (h3_p5_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[108]))) * c5[4] + (h3_p5_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[44]))) * s5[4];
  const float h3_p5_ya5 = (h3_p5_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[45]))) * c5[5] - (h3_p5_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[109]))) * s5[5];
  const float h3_p5_yb5 = (h3_p5_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[109]))) * c5[5] + (h3_p5_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[45]))) * s5[5];
  const float h3_p5_ya6 = (h3_p5_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[46]))) * c5[6] - (h3_p5_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[110]))) * s5[6];
  const float h3_p5_yb6 = (h3_p5_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[110]))) * c5[6] + (h3_p5_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[46]))) * s5[6];
  const float h3_p5_ya7 = (h3_p5_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[47]))) * c5[7] - (h3_p5_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[111]))) * s5[7];
  const float h3_p5_yb7 = (h3_p5_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[111]))) * c5[7] + (h3_p5_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.q_out + oh3 + 40, make_uint4(ropec_bf16_bits(h3_p5_ya0) | (ropec_bf16_bits(h3_p5_ya1) << 16u), ropec_bf16_bits(h3_p5_ya2) | (ropec_bf16_bits(h3_p5_ya3) << 16u), ropec_bf16_bits(h3_p5_ya4) | (ropec_bf16_bits(h3_p5_ya5) << 16u), ropec_bf16_bits(h3_p5_ya6) | (ropec_bf16_bits(h3_p5_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 104, make_uint4(ropec_bf16_bits(h3_p5_yb0) | (ropec_bf16_bits(h3_p5_yb1) << 16u), ropec_bf16_bits(h3_p5_yb2) | (ropec_bf16_bits(h3_p5_yb3) << 16u), ropec_bf16_bits(h3_p5_yb4) | (ropec_bf16_bits(h3_p5_yb5) << 16u), ropec_bf16_bits(h3_p5_yb6) | (ropec_bf16_bits(h3_p5_yb7) << 16u)));
  const uint4 h3_p6_xav = ropec_load_vec4u(a.q_out + oh3 + 48);
  const float h3_p6_xa0 = ropec_bf16_from_bits(h3_p6_xav.x & 0xffffu);
  const float h3_p6_xa1 = ropec_bf16_from_bits(h3_p6_xav.x >> 16u);
  const float h3_p6_xa2 = ropec_bf16_from_bits(h3_p6_xav.y & 0xffffu);
  const float h3_p6_xa3 = ropec_bf16_from_bits(h3_p6_xav.y >> 16u);
  const float h3_p6_xa4 = ropec_bf16_from_bits(h3_p6_xav.z & 0xffffu);
  const float h3_p6_xa5 = ropec_bf16_from_bits(h3_p6_xav.z >> 16u);
  const float h3_p6_xa6 = ropec_bf16_from_bits(h3_p6_xav.w & 0xffffu);
  const float h3_p6_xa7 = ropec_bf16_from_bits(h3_p6_xav.w >> 16u);
  const uint4 h3_p6_xbv = ropec_load_vec4u(a.q_out + oh3 + 112);
  const float h3_p6_xb0 = ropec_bf16_from_bits(h3_p6_xbv.x & 0xffffu);
  const float h3_p6_xb1 = ropec_bf16_from_bits(h3_p6_xbv.x >> 16u);
  const float h3_p6_xb2 = ropec_bf16_from_bits(h3_p6_xbv.y & 0xffffu);
  const float h3_p6_xb3 = ropec_bf16_from_bits(h3_p6_xbv.y >> 16u);
  const float h3_p6_xb4 = ropec_bf16_from_bits(h3_p6_xbv.z & 0xffffu);
  const float h3_p6_xb5 = ropec_bf16_from_bits(h3_p6_xbv.z >> 16u);
  const float h3_p6_xb6 = ropec_bf16_from_bits(h3_p6_xbv.w & 0xffffu);
  const float h3_p6_xb7 = ropec_bf16_from_bits(h3_p6_xbv.w >> 16u);
  const float h3_p6_ya0 = (h3_p6_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[48]))) * c6[0] - (h3_p6_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[112]))) * s6[0];
  const float h3_p6_yb0 = (h3_p6_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[112]))) * c6[0] + (h3_p6_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[48]))) * s6[0];
  const float h3_p6_ya1 = (h3_p6_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[49]))) * c6[1] - (h3_p6_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[113]))) * s6[1];
  const float h3_p6_yb1 = (h3_p6_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[113]))) * c6[1] + (h3_p6_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[49]))) * s6[1];
  const float h3_p6_ya2 = (h3_p6_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[50]))) * c6[2] - (h3_p6_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[114]))) * s6[2];
  const float h3_p6_yb2 = (h3_p6_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[114]))) * c6[2] + (h3_p6_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[50]))) * s6[2];
  const float h3_p6_ya3 = (h3_p6_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[51]))) * c6[3] - (h3_p6_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[115]))) * s6[3];
  const float h3_p6_yb3 = (h3_p6_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[115]))) * c6[3] + (h3_p6_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[51]))) * s6[3];
  const float h3_p6_ya4 = (h3_p6_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[52]))) * c6[4] - (h3_p6_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[116]))) * s6[4];
  const float h3_p6_yb4 = (h3_p6_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[116]))) * c6[4] + (h3_p6_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[52]))) * s6[4];
  const float h3_p6_ya5 = (h3_p6_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[53]))) * c6[5] - (h3_p6_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[117]))) * s6[5];
  const float h3_p6_yb5 = (h3_p6_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[117]))) * c6[5] + (h3_p6_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[53]))) * s6[5];
  const float h3_p6_ya6 = (h3_p6_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[54]))) * c6[6] - (h3_p6_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[118]))) * s6[6];
  const float h3_p6_yb6 = (h3_p6_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[118]))) * c6[6] + (h3_p6_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[54]))) * s6[6];
  const float h3_p6_ya7 = (h3_p6_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[55]))) * c6[7] - (h3_p6_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[119]))) * s6[7];
  const float h3_p6_yb7 = (h3_p6_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[119]))) * c6[7] + (h3_p6_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.q_out + oh3 + 48, make_uint4(ropec_bf16_bits(h3_p6_ya0) | (ropec_bf16_bits(h3_p6_ya1) << 16u), ropec_bf16_bits(h3_p6_ya2) | (ropec_bf16_bits(h3_p6_ya3) << 16u), ropec_bf16_bits(h3_p6_ya4) | (ropec_bf16_bits(h3_p6_ya5) << 16u), ropec_bf16_bits(h3_p6_ya6) | (ropec_bf16_bits(h3_p6_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 112, make_uint4(ropec_bf16_bits(h3_p6_yb0) | (ropec_bf16_bits(h3_p6_yb1) << 16u), ropec_bf16_bits(h3_p6_yb2) | (ropec_bf16_bits(h3_p6_yb3) << 16u), ropec_bf16_bits(h3_p6_yb4) | (ropec_bf16_bits(h3_p6_yb5) << 16u), ropec_bf16_bits(h3_p6_yb6) | (ropec_bf16_bits(h3_p6_yb7) << 16u)));
  const uint4 h3_p7_xav = ropec_load_vec4u(a.q_out + oh3 + 56);
  const float h3_p7_xa0 = ropec_bf16_from_bits(h3_p7_xav.x & 0xffffu);
  const float h3_p7_xa1 = ropec_bf16_from_bits(h3_p7_xav.x >> 16u);
  const float h3_p7_xa2 = ropec_bf16_from_bits(h3_p7_xav.y & 0xffffu);
  const float h3_p7_xa3 = ropec_bf16_from_bits(h3_p7_xav.y >> 16u);
  const float h3_p7_xa4 = ropec_bf16_from_bits(h3_p7_xav.z & 0xffffu);
  const float h3_p7_xa5 = ropec_bf16_from_bits(h3_p7_xav.z >> 16u);
  const float h3_p7_xa6 = ropec_bf16_from_bits(h3_p7_xav.w & 0xffffu);
  const float h3_p7_xa7 = ropec_bf16_from_bits(h3_p7_xav.w >> 16u);
  const uint4 h3_p7_xbv = ropec_load_vec4u(a.q_out + oh3 + 120);
  const float h3_p7_xb0 = ropec_bf16_from_bits(h3_p7_xbv.x & 0xffffu);
  const float h3_p7_xb1 = ropec_bf16_from_bits(h3_p7_xbv.x >> 16u);
  const float h3_p7_xb2 = ropec_bf16_from_bits(h3_p7_xbv.y & 0xffffu);
  const float h3_p7_xb3 = ropec_bf16_from_bits(h3_p7_xbv.y >> 16u);
  const float h3_p7_xb4 = ropec_bf16_from_bits(h3_p7_xbv.z & 0xffffu);
  const float h3_p7_xb5 = ropec_bf16_from_bits(h3_p7_xbv.z >> 16u);
  const float h3_p7_xb6 = ropec_bf16_from_bits(h3_p7_xbv.w & 0xffffu);
  const float h3_p7_xb7 = ropec_bf16_from_bits(h3_p7_xbv.w >> 16u);
  const float h3_p7_ya0 = (h3_p7_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[56]))) * c7[0] - (h3_p7_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[120]))) * s7[0];
  const float h3_p7_yb0 = (h3_p7_xb0 * (h3_r * ropec_to_float(a.q_norm_weight[120]))) * c7[0] + (h3_p7_xa0 * (h3_r * ropec_to_float(a.q_norm_weight[56]))) * s7[0];
  const float h3_p7_ya1 = (h3_p7_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[57]))) * c7[1] - (h3_p7_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[121]))) * s7[1];
  const float h3_p7_yb1 = (h3_p7_xb1 * (h3_r * ropec_to_float(a.q_norm_weight[121]))) * c7[1] + (h3_p7_xa1 * (h3_r * ropec_to_float(a.q_norm_weight[57]))) * s7[1];
  const float h3_p7_ya2 = (h3_p7_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[58]))) * c7[2] - (h3_p7_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[122]))) * s7[2];
  const float h3_p7_yb2 = (h3_p7_xb2 * (h3_r * ropec_to_float(a.q_norm_weight[122]))) * c7[2] + (h3_p7_xa2 * (h3_r * ropec_to_float(a.q_norm_weight[58]))) * s7[2];
  const float h3_p7_ya3 = (h3_p7_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[59]))) * c7[3] - (h3_p7_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[123]))) * s7[3];
  const float h3_p7_yb3 = (h3_p7_xb3 * (h3_r * ropec_to_float(a.q_norm_weight[123]))) * c7[3] + (h3_p7_xa3 * (h3_r * ropec_to_float(a.q_norm_weight[59]))) * s7[3];
  const float h3_p7_ya4 = (h3_p7_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[60]))) * c7[4] - (h3_p7_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[124]))) * s7[4];
  const float h3_p7_yb4 = (h3_p7_xb4 * (h3_r * ropec_to_float(a.q_norm_weight[124]))) * c7[4] + (h3_p7_xa4 * (h3_r * ropec_to_float(a.q_norm_weight[60]))) * s7[4];
  const float h3_p7_ya5 = (h3_p7_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[61]))) * c7[5] - (h3_p7_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[125]))) * s7[5];
  const float h3_p7_yb5 = (h3_p7_xb5 * (h3_r * ropec_to_float(a.q_norm_weight[125]))) * c7[5] + (h3_p7_xa5 * (h3_r * ropec_to_float(a.q_norm_weight[61]))) * s7[5];
  const float h3_p7_ya6 = (h3_p7_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[62]))) * c7[6] - (h3_p7_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[126]))) * s7[6];
  const float h3_p7_yb6 = (h3_p7_xb6 * (h3_r * ropec_to_float(a.q_norm_weight[126]))) * c7[6] + (h3_p7_xa6 * (h3_r * ropec_to_float(a.q_norm_weight[62]))) * s7[6];
  const float h3_p7_ya7 = (h3_p7_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[63]))) * c7[7] - (h3_p7_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[127]))) * s7[7];
  const float h3_p7_yb7 = (h3_p7_xb7 * (h3_r * ropec_to_float(a.q_norm_weight[127]))) * c7[7] + (h3_p7_xa7 * (h3_r * ropec_to_float(a.q_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.q_out + oh3 + 56, make_uint4(ropec_bf16_bits(h3_p7_ya0) | (ropec_bf16_bits(h3_p7_ya1) << 16u), ropec_bf16_bits(h3_p7_ya2) | (ropec_bf16_bits(h3_p7_ya3) << 16u), ropec_bf16_bits(h3_p7_ya4) | (ropec_bf16_bits(h3_p7_ya5) << 16u), ropec_bf16_bits(h3_p7_ya6) | (ropec_bf16_bits(h3_p7_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + 120, make_uint4(ropec_bf16_bits(h3_p7_yb0) | (ropec_bf16_bits(h3_p7_yb1) << 16u), ropec_bf16_bits(h3_p7_yb2) | (ropec_bf16_bits(h3_p7_yb3) << 16u), ropec_bf16_bits(h3_p7_yb4) | (ropec_bf16_bits(h3_p7_yb5) << 16u), ropec_bf16_bits(h3_p7_yb6) | (ropec_bf16_bits(h3_p7_yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split); rotate 8 pair(s) from 8 at lanes 8, 72 (stride 1, split); rotate 8 pair(s) from 16 at lanes 16, 80 (stride 1, split); rotate 8 pair(s) from 24 at lanes 24, 88 (stride 1, split); rotate 8 pair(s) from 32 at lanes 32, 96 (stride 1, split); rotate 8 pair(s) from 40 at lanes 40, 104 (stride 1, split); rotate 8 pair(s) from 48 at lanes 48, 112 (stride 1, split); rotate 8 pair(s) from 56 at lanes 56, 120 (stride 1, split), k heads h0 … h0 + 3 */
__host__ __device__ inline void item_vector_in_k4_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  float c1[8];
  float s1[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs1 = pair_sincos(pos0, 8 + i);
    c1[i] = cs1.x;
    s1[i] = cs1.y;
  }
  float c2[8];
  float s2[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs2 = pair_sincos(pos0, 16 + i);
    c2[i] = cs2.x;
    s2[i] = cs2.y;
  }
  float c3[8];
  float s3[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs3 = pair_sincos(pos0, 24 + i);
    c3[i] = cs3.x;
    s3[i] = cs3.y;
  }
  float c4[8];
  float s4[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs4 = pair_sincos(pos0, 32 + i);
    c4[i] = cs4.x;
    s4[i] = cs4.y;
  }
  float c5[8];
  float s5[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs5 = pair_sincos(pos0, 40 + i);
    c5[i] = cs5.x;
    s5[i] = cs5.y;
  }
  float c6[8];
  float s6[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs6 = pair_sincos(pos0, 48 + i);
    c6[i] = cs6.x;
    s6[i] = cs6.y;
  }
  float c7[8];
  float s7[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs7 = pair_sincos(pos0, 56 + i);
    c7[i] = cs7.x;
    s7[i] = cs7.y;
  }
  const int64_t oh0 = flat * a.k_token_stride + h0 * a.k_head_stride;
  float h0_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h0_xlv = ropec_load_vec4u(a.k_out + oh0 + l);
    const float h0_xl0 = ropec_bf16_from_bits(h0_xlv.x & 0xffffu);
    const float h0_xl1 = ropec_bf16_from_bits(h0_xlv.x >> 16u);
    const float h0_xl2 = ropec_bf16_from_bits(h0_xlv.y & 0xffffu);
    const float h0_xl3 = ropec_bf16_from_bits(h0_xlv.y >> 16u);
    const float h0_xl4 = ropec_bf16_from_bits(h0_xlv.z & 0xffffu);
    const float h0_xl5 = ropec_bf16_from_bits(h0_xlv.z >> 16u);
    const float h0_xl6 = ropec_bf16_from_bits(h0_xlv.w & 0xffffu);
    const float h0_xl7 = ropec_bf16_from_bits(h0_xlv.w >> 16u);
    h0_ss = (((((((h0_ss + h0_xl0 * h0_xl0) + h0_xl1 * h0_xl1) + h0_xl2 * h0_xl2) + h0_xl3 * h0_xl3) + h0_xl4 * h0_xl4) + h0_xl5 * h0_xl5) + h0_xl6 * h0_xl6) + h0_xl7 * h0_xl7;
  }
  const float h0_r = 1.0f / sqrtf(h0_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h0_p0_xav = ropec_load_vec4u(a.k_out + oh0);
  const float h0_p0_xa0 = ropec_bf16_from_bits(h0_p0_xav.x & 0xffffu);
  const float h0_p0_xa1 = ropec_bf16_from_bits(h0_p0_xav.x >> 16u);
  const float h0_p0_xa2 = ropec_bf16_from_bits(h0_p0_xav.y & 0xffffu);
  const float h0_p0_xa3 = ropec_bf16_from_bits(h0_p0_xav.y >> 16u);
  const float h0_p0_xa4 = ropec_bf16_from_bits(h0_p0_xav.z & 0xffffu);
  const float h0_p0_xa5 = ropec_bf16_from_bits(h0_p0_xav.z >> 16u);
  const float h0_p0_xa6 = ropec_bf16_from_bits(h0_p0_xav.w & 0xffffu);
  const float h0_p0_xa7 = ropec_bf16_from_bits(h0_p0_xav.w >> 16u);
  const uint4 h0_p0_xbv = ropec_load_vec4u(a.k_out + oh0 + 64);
  const float h0_p0_xb0 = ropec_bf16_from_bits(h0_p0_xbv.x & 0xffffu);
  const float h0_p0_xb1 = ropec_bf16_from_bits(h0_p0_xbv.x >> 16u);
  const float h0_p0_xb2 = ropec_bf16_from_bits(h0_p0_xbv.y & 0xffffu);
  const float h0_p0_xb3 = ropec_bf16_from_bits(h0_p0_xbv.y >> 16u);
  const float h0_p0_xb4 = ropec_bf16_from_bits(h0_p0_xbv.z & 0xffffu);
  const float h0_p0_xb5 = ropec_bf16_from_bits(h0_p0_xbv.z >> 16u);
  const float h0_p0_xb6 = ropec_bf16_from_bits(h0_p0_xbv.w & 0xffffu);
  const float h0_p0_xb7 = ropec_bf16_from_bits(h0_p0_xbv.w >> 16u);
  const float h0_p0_ya0 = (h0_p0_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[0]))) * c0[0] - (h0_p0_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[64]))) * s0[0];
  const float h0_p0_yb0 = (h0_p0_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[64]))) * c0[0] + (h0_p0_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[0]))) * s0[0];
  const float h0_p0_ya1 = (h0_p0_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[1]))) * c0[1] - (h0_p0_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[65]))) * s0[1];
  const float h0_p0_yb1 = (h0_p0_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[65]))) * c0[1] + (h0_p0_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[1]))) * s0[1];
  const float h0_p0_ya2 = (h0_p0_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[2]))) * c0[2] - (h0_p0_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[66]))) * s0[2];
  const float h0_p0_yb2 = (h0_p0_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[66]))) * c0[2] + (h0_p0_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[2]))) * s0[2];
  const float h0_p0_ya3 = (h0_p0_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[3]))) * c0[3] - (h0_p0_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[67]))) * s0[3];
  const float h0_p0_yb3 = (h0_p0_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[67]))) * c0[3] + (h0_p0_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[3]))) * s0[3];
  const float h0_p0_ya4 = (h0_p0_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[4]))) * c0[4] - (h0_p0_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[68]))) * s0[4];
  const float h0_p0_yb4 = (h0_p0_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[68]))) * c0[4] + (h0_p0_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[4]))) * s0[4];
  const float h0_p0_ya5 = (h0_p0_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[5]))) * c0[5] - (h0_p0_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[69]))) * s0[5];
  const float h0_p0_yb5 = (h0_p0_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[69]))) * c0[5] + (h0_p0_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[5]))) * s0[5];
  const float h0_p0_ya6 = (h0_p0_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[6]))) * c0[6] - (h0_p0_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[70]))) * s0[6];
  const float h0_p0_yb6 = (h0_p0_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[70]))) * c0[6] + (h0_p0_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[6]))) * s0[6];
  const float h0_p0_ya7 = (h0_p0_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[7]))) * c0[7] - (h0_p0_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[71]))) * s0[7];
  const float h0_p0_yb7 = (h0_p0_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[71]))) * c0[7] + (h0_p0_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.k_out + oh0, make_uint4(ropec_bf16_bits(h0_p0_ya0) | (ropec_bf16_bits(h0_p0_ya1) << 16u), ropec_bf16_bits(h0_p0_ya2) | (ropec_bf16_bits(h0_p0_ya3) << 16u), ropec_bf16_bits(h0_p0_ya4) | (ropec_bf16_bits(h0_p0_ya5) << 16u), ropec_bf16_bits(h0_p0_ya6) | (ropec_bf16_bits(h0_p0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 64, make_uint4(ropec_bf16_bits(h0_p0_yb0) | (ropec_bf16_bits(h0_p0_yb1) << 16u), ropec_bf16_bits(h0_p0_yb2) | (ropec_bf16_bits(h0_p0_yb3) << 16u), ropec_bf16_bits(h0_p0_yb4) | (ropec_bf16_bits(h0_p0_yb5) << 16u), ropec_bf16_bits(h0_p0_yb6) | (ropec_bf16_bits(h0_p0_yb7) << 16u)));
  const uint4 h0_p1_xav = ropec_load_vec4u(a.k_out + oh0 + 8);
  const float h0_p1_xa0 = ropec_bf16_from_bits(h0_p1_xav.x & 0xffffu);
  const float h0_p1_xa1 = ropec_bf16_from_bits(h0_p1_xav.x >> 16u);
  const float h0_p1_xa2 = ropec_bf16_from_bits(h0_p1_xav.y & 0xffffu);
  const float h0_p1_xa3 = ropec_bf16_from_bits(h0_p1_xav.y >> 16u);
  const float h0_p1_xa4 = ropec_bf16_from_bits(h0_p1_xav.z & 0xffffu);
  const float h0_p1_xa5 = ropec_bf16_from_bits(h0_p1_xav.z >> 16u);
  const float h0_p1_xa6 = ropec_bf16_from_bits(h0_p1_xav.w & 0xffffu);
  const float h0_p1_xa7 = ropec_bf16_from_bits(h0_p1_xav.w >> 16u);
  const uint4 h0_p1_xbv = ropec_load_vec4u(a.k_out + oh0 + 72);
  const float h0_p1_xb0 = ropec_bf16_from_bits(h0_p1_xbv.x & 0xffffu);
  const float h0_p1_xb1 = ropec_bf16_from_bits(h0_p1_xbv.x >> 16u);
  const float h0_p1_xb2 = ropec_bf16_from_bits(h0_p1_xbv.y & 0xffffu);
  const float h0_p1_xb3 = ropec_bf16_from_bits(h0_p1_xbv.y >> 16u);
  const float h0_p1_xb4 = ropec_bf16_from_bits(h0_p1_xbv.z & 0xffffu);
  const float h0_p1_xb5 = ropec_bf16_from_bits(h0_p1_xbv.z >> 16u);
  const float h0_p1_xb6 = ropec_bf16_from_bits(h0_p1_xbv.w & 0xffffu);
  const float h0_p1_xb7 = ropec_bf16_from_bits(h0_p1_xbv.w >> 16u);
  const float h0_p1_ya0 = (h0_p1_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[8]))) * c1[0] - (h0_p1_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[72]))) * s1[0];
  const float h0_p1_yb0 = (h0_p1_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[72]))) * c1[0] + (h0_p1_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[8]))) * s1[0];
  const float h0_p1_ya1 = (h0_p1_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[9]))) * c1[1] - (h0_p1_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[73]))) * s1[1];
  const float h0_p1_yb1 = (h0_p1_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[73]))) * c1[1] + (h0_p1_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[9]))) * s1[1];
  const float h0_p1_ya2 = (h0_p1_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[10]))) * c1[2] - (h0_p1_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[74]))) * s1[2];
  const float h0_p1_yb2 = (h0_p1_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[74]))) * c1[2] + (h0_p1_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[10]))) * s1[2];
  const float h0_p1_ya3 = (h0_p1_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[11]))) * c1[3] - (h0_p1_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[75]))) * s1[3];
  const float h0_p1_yb3 = (h0_p1_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[75]))) * c1[3] + (h0_p1_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[11]))) * s1[3];
  const float h0_p1_ya4 = (h0_p1_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[12]))) * c1[4] - (h0_p1_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[76]))) * s1[4];
  const float h0_p1_yb4 = (h0_p1_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[76]))) * c1[4] + (h0_p1_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[12]))) * s1[4];
  const float h0_p1_ya5 = (h0_p1_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[13]))) * c1[5] - (h0_p1_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[77]))) * s1[5];
  const float h0_p1_yb5 = (h0_p1_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[77]))) * c1[5] + (h0_p1_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[13]))) * s1[5];
  const float h0_p1_ya6 = (h0_p1_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[14]))) * c1[6] - (h0_p1_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[78]))) * s1[6];
  const float h0_p1_yb6 = (h0_p1_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[78]))) * c1[6] + (h0_p1_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[14]))) * s1[6];
  const float h0_p1_ya7 = (h0_p1_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[15]))) * c1[7] - (h0_p1_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[79]))) * s1[7];
  const float h0_p1_yb7 = (h0_p1_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[79]))) * c1[7] + (h0_p1_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.k_out + oh0 + 8, make_uint4(ropec_bf16_bits(h0_p1_ya0) | (ropec_bf16_bits(h0_p1_ya1) << 16u), ropec_bf16_bits(h0_p1_ya2) | (ropec_bf16_bits(h0_p1_ya3) << 16u), ropec_bf16_bits(h0_p1_ya4) | (ropec_bf16_bits(h0_p1_ya5) << 16u), ropec_bf16_bits(h0_p1_ya6) | (ropec_bf16_bits(h0_p1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 72, make_uint4(ropec_bf16_bits(h0_p1_yb0) | (ropec_bf16_bits(h0_p1_yb1) << 16u), ropec_bf16_bits(h0_p1_yb2) | (ropec_bf16_bits(h0_p1_yb3) << 16u), ropec_bf16_bits(h0_p1_yb4) | (ropec_bf16_bits(h0_p1_yb5) << 16u), ropec_bf16_bits(h0_p1_yb6) | (ropec_bf16_bits(h0_p1_yb7) << 16u)));
  const uint4 h0_p2_xav = ropec_load_vec4u(a.k_out + oh0 + 16);
  const float h0_p2_xa0 = ropec_bf16_from_bits(h0_p2_xav.x & 0xffffu);
  const float h0_p2_xa1 = ropec_bf16_from_bits(h0_p2_xav.x >> 16u);
  const float h0_p2_xa2 = ropec_bf16_from_bits(h0_p2_xav.y & 0xffffu);
  const float h0_p2_xa3 = ropec_bf16_from_bits(h0_p2_xav.y >> 16u);
  const float h0_p2_xa4 = ropec_bf16_from_bits(h0_p2_xav.z & 0xffffu);
  const float h0_p2_xa5 = ropec_bf16_from_bits(h0_p2_xav.z >> 16u);
  const float h0_p2_xa6 = ropec_bf16_from_bits(h0_p2_xav.w & 0xffffu);
  const float h0_p2_xa7 = ropec_bf16_from_bits(h0_p2_xav.w >> 16u);
  const uint4 h0_p2_xbv = ropec_load_vec4u(a.k_out + oh0 + 80);
  const float h0_p2_xb0 = ropec_bf16_from_bits(h0_p2_xbv.x & 0xffffu);
  const float h0_p2_xb1 = ropec_bf16_from_bits(h0_p2_xbv.x >> 16u);
  const float h0_p2_xb2 = ropec_bf16_from_bits(h0_p2_xbv.y & 0xffffu);
  const float h0_p2_xb3 = ropec_bf16_from_bits(h0_p2_xbv.y >> 16u);
  const float h0_p2_xb4 = ropec_bf16_from_bits(h0_p2_xbv.z & 0xffffu);
  const float h0_p2_xb5 = ropec_bf16_from_bits(h0_p2_xbv.z >> 16u);
  const float h0_p2_xb6 = ropec_bf16_from_bits(h0_p2_xbv.w & 0xffffu);
  const float h0_p2_xb7 = ropec_bf16_from_bits(h0_p2_xbv.w >> 16u);
  const float h0_p2_ya0 = (h0_p2_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[16]))) * c2[0] - (h0_p2_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[80]))) * s2[0];
  const float h0_p2_yb0 = (h0_p2_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[80]))) * c2[0] + (h0_p2_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[16]))) * s2[0];
  const float h0_p2_ya1 = (h0_p2_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[17]))) * c2[1] - (h0_p2_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[81]))) * s2[1];
  const float h0_p2_yb1 = (h0_p2_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[81]))) * c2[1] + (h0_p2_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[17]))) * s2[1];
  const float h0_p2_ya2 = (h0_p2_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[18]))) * c2[2] - (h0_p2_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[82]))) * s2[2];
  const float h0_p2_yb2 = (h0_p2_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[82]))) * c2[2] + (h0_p2_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[18]))) * s2[2];
  const float h0_p2_ya3 = (h0_p2_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[19]))) * c2[3] - (h0_p2_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[83]))) * s2[3];
  const float h0_p2_yb3 = (h0_p2_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[83]))) * c2[3] + (h0_p2_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[19]))) * s2[3];
  const float h0_p2_ya4 = (h0_p2_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[20]))) * c2[4] - (h0_p2_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[84]))) * s2[4];
  const float h0_p2_yb4 = (h0_p2_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[84]))) * c2[4] + (h0_p2_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[20]))) * s2[4];
  const float h0_p2_ya5 = (h0_p2_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[21]))) * c2[5] - (h0_p2_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[85]))) * s2[5];
  const float h0_p2_yb5 = (h0_p2_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[85]))) * c2[5] + (h0_p2_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[21]))) * s2[5];
  const float h0_p2_ya6 = (h0_p2_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[22]))) * c2[6] - (h0_p2_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[86]))) * s2[6];
  const float h0_p2_yb6 = (h0_p2_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[86]))) * c2[6] + (h0_p2_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[22]))) * s2[6];
  const float h0_p2_ya7 = (h0_p2_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[23]))) * c2[7] - (h0_p2_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[87]))) * s2[7];
  const float h0_p2_yb7 = (h0_p2_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[87]))) * c2[7] + (h0_p2_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.k_out + oh0 + 16, make_uint4(ropec_bf16_bits(h0_p2_ya0) | (ropec_bf16_bits(h0_p2_ya1) << 16u), ropec_bf16_bits(h0_p2_ya2) | (ropec_bf16_bits(h0_p2_ya3) << 16u), ropec_bf16_bits(h0_p2_ya4) | (ropec_bf16_bits(h0_p2_ya5) << 16u), ropec_bf16_bits(h0_p2_ya6) | (ropec_bf16_bits(h0_p2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 80, make_uint4(ropec_bf16_bits(h0_p2_yb0) | (ropec_bf16_bits(h0_p2_yb1) << 16u), ropec_bf16_bits(h0_p2_yb2) | (ropec_bf16_bits(h0_p2_yb3) << 16u), ropec_bf16_bits(h0_p2_yb4) | (ropec_bf16_bits(h0_p2_yb5) << 16u), ropec_bf16_bits(h0_p2_yb6) | (ropec_bf16_bits(h0_p2_yb7) << 16u)));
  const uint4 h0_p3_xav = ropec_load_vec4u(a.k_out + oh0 + 24);
  const float h0_p3_xa0 = ropec_bf16_from_bits(h0_p3_xav.x & 0xffffu);
  const float h0_p3_xa1 = ropec_bf16_from_bits(h0_p3_xav.x >> 16u);
  const float h0_p3_xa2 = ropec_bf16_from_bits(h0_p3_xav.y & 0xffffu);
  const float h0_p3_xa3 = ropec_bf16_from_bits(h0_p3_xav.y >> 16u);
  const float h0_p3_xa4 = ropec_bf16_from_bits(h0_p3_xav.z & 0xffffu);
  const float h0_p3_xa5 = ropec_bf16_from_bits(h0_p3_xav.z >> 16u);
  const float h0_p3_xa6 = ropec_bf16_from_bits(h0_p3_xav.w & 0xffffu);
  const float h0_p3_xa7 = ropec_bf16_from_bits(h0_p3_xav.w >> 16u);
  const uint4 h0_p3_xbv = ropec_load_vec4u(a.k_out + oh0 + 88);
  const float h0_p3_xb0 = ropec_bf16_from_bits(h0_p3_xbv.x & 0xffffu);
  const float h0_p3_xb1 = ropec_bf16_from_bits(h0_p3_xbv.x >> 16u);
  const float h0_p3_xb2 = ropec_bf16_from_bits(h0_p3_xbv.y & 0xffffu);
  const float h0_p3_xb3 = ropec_bf16_from_bits(h0_p3_xbv.y >> 16u);
  const float h0_p3_xb4 = ropec_bf16_from_bits(h0_p3_xbv.z & 0xffffu);
  const float h0_p3_xb5 = ropec_bf16_from_bits(h0_p3_xbv.z >> 16u);
  const float h0_p3_xb6 = ropec_bf16_from_bits(h0_p3_xbv.w & 0xffffu);
  const float h0_p3_xb7 = ropec_bf16_from_bits(h0_p3_xbv.w >> 16u);
  const float h0_p3_ya0 = (h0_p3_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[24]))) * c3[0] - (h0_p3_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[88]))) * s3[0];
  const float h0_p3_yb0 = (h0_p3_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[88]))) * c3[0] + (h0_p3_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[24]))) * s3[0];
  const float h0_p3_ya1 = (h0_p3_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[25]))) * c3[1] - (h0_p3_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[89]))) * s3[1];
  const float h0_p3_yb1 = (h0_p3_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[89]))) * c3[1] + (h0_p3_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[25]))) * s3[1];
  const float h0_p3_ya2 = (h0_p3_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[26]))) * c3[2] - (h0_p3_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[90]))) * s3[2];
  const float h0_p3_yb2 = (h0_p3_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[90]))) * c3[2] + (h0_p3_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[26]))) * s3[2];
  const float h0_p3_ya3 = (h0_p3_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[27]))) * c3[3] - (h0_p3_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[91]))) * s3[3];
  const float h0_p3_yb3 = (h0_p3_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[91]))) * c3[3] + (h0_p3_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[27]))) * s3[3];
  const float h0_p3_ya4 = (h0_p3_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[28]))) * c3[4] - (h0_p3_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[92]))) * s3[4];
  const float h0_p3_yb4 = (h0_p3_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[92]))) * c3[4] + (h0_p3_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[28]))) * s3[4];
  const float h0_p3_ya5 = (h0_p3_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[29]))) * c3[5] - (h0_p3_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[93]))) * s3[5];
  const float h0_p3_yb5 = (h0_p3_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[93]))) * c3[5] + (h0_p3_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[29]))) * s3[5];
  const float h0_p3_ya6 = (h0_p3_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[30]))) * c3[6] - (h0_p3_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[94]))) * s3[6];
  const float h0_p3_yb6 = (h0_p3_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[94]))) * c3[6] + (h0_p3_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[30]))) * s3[6];
  const float h0_p3_ya7 = (h0_p3_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[31]))) * c3[7] - (h0_p3_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[95]))) * s3[7];
  const float h0_p3_yb7 = (h0_p3_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[95]))) * c3[7] + (h0_p3_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.k_out + oh0 + 24, make_uint4(ropec_bf16_bits(h0_p3_ya0) | (ropec_bf16_bits(h0_p3_ya1) << 16u), ropec_bf16_bits(h0_p3_ya2) | (ropec_bf16_bits(h0_p3_ya3) << 16u), ropec_bf16_bits(h0_p3_ya4) | (ropec_bf16_bits(h0_p3_ya5) << 16u), ropec_bf16_bits(h0_p3_ya6) | (ropec_bf16_bits(h0_p3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 88, make_uint4(ropec_bf16_bits(h0_p3_yb0) | (ropec_bf16_bits(h0_p3_yb1) << 16u), ropec_bf16_bits(h0_p3_yb2) | (ropec_bf16_bits(h0_p3_yb3) << 16u), ropec_bf16_bits(h0_p3_yb4) | (ropec_bf16_bits(h0_p3_yb5) << 16u), ropec_bf16_bits(h0_p3_yb6) | (ropec_bf16_bits(h0_p3_yb7) << 16u)));
  const uint4 h0_p4_xav = ropec_load_vec4u(a.k_out + oh0 + 32);
  const float h0_p4_xa0 = ropec_bf16_from_bits(h0_p4_xav.x & 0xffffu);
  const float h0_p4_xa1 = ropec_bf16_from_bits(h0_p4_xav.x >> 16u);
  const float h0_p4_xa2 = ropec_bf16_from_bits(h0_p4_xav.y & 0xffffu);
  const float h0_p4_xa3 = ropec_bf16_from_bits(h0_p4_xav.y >> 16u);
  const float h0_p4_xa4 = ropec_bf16_from_bits(h0_p4_xav.z & 0xffffu);
  const float h0_p4_xa5 = ropec_bf16_from_bits(h0_p4_xav.z >> 16u);
  const float h0_p4_xa6 = ropec_bf16_from_bits(h0_p4_xav.w & 0xffffu);
  const float h0_p4_xa7 = ropec_bf16_from_bits(h0_p4_xav.w >> 16u);
  const uint4 h0_p4_xbv = ropec_load_vec4u(a.k_out + oh0 + 96);
  const float h0_p4_xb0 = ropec_bf16_from_bits(h0_p4_xbv.x & 0xffffu);
  const float h0_p4_xb1 = ropec_bf16_from_bits(h0_p4_xbv.x >> 16u);
  const float h0_p4_xb2 = ropec_bf16_from_bits(h0_p4_xbv.y & 0xffffu);
  const float h0_p4_xb3 = ropec_bf16_from_bits(h0_p4_xbv.y >> 16u);
  const float h0_p4_xb4 = ropec_bf16_from_bits(h0_p4_xbv.z & 0xffffu);
  const float h0_p4_xb5 = ropec_bf16_from_bits(h0_p4_xbv.z >> 16u);
  const float h0_p4_xb6 = ropec_bf16_from_bits(h0_p4_xbv.w & 0xffffu);
  const float h0_p4_xb7 = ropec_bf16_from_bits(h0_p4_xbv.w >> 16u);
  const float h0_p4_ya0 = (h0_p4_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[32]))) * c4[0] - (h0_p4_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[96]))) * s4[0];
  const float h0_p4_yb0 = (h0_p4_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[96]))) * c4[0] + (h0_p4_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[32]))) * s4[0];
  const float h0_p4_ya1 = (h0_p4_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[33]))) * c4[1] - (h0_p4_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[97]))) * s4[1];
  const float h0_p4_yb1 = (h0_p4_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[97]))) * c4[1] + (h0_p4_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[33]))) * s4[1];
  const float h0_p4_ya2 = (h0_p4_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[34]))) * c4[2] - (h0_p4_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[98]))) * s4[2];
  const float h0_p4_yb2 = (h0_p4_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[98]))) * c4[2] + (h0_p4_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[34]))) * s4[2];
  const float h0_p4_ya3 = (h0_p4_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[35]))) * c4[3] - (h0_p4_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[99]))) * s4[3];
  const float h0_p4_yb3 = (h0_p4_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[99]))) * c4[3] + (h0_p4_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[35]))) * s4[3];
  const float h0_p4_ya4 = (h0_p4_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[36]))) * c4[4] - (h0_p4_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[100]))) * s4[4];
  const float h0_p4_yb4 = (h0_p4_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[100]))) * c4[4] + (h0_p4_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[36]))) * s4[4];
  const float h0_p4_ya5 = (h0_p4_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[37]))) * c4[5] - (h0_p4_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[101]))) * s4[5];
  const float h0_p4_yb5 = (h0_p4_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[101]))) * c4[5] + (h0_p4_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[37]))) * s4[5];
  const float h0_p4_ya6 = (h0_p4_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[38]))) * c4[6] - (h0_p4_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[102]))) * s4[6];
  const float h0_p4_yb6 = (h0_p4_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[102]))) * c4[6] + (h0_p4_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[38]))) * s4[6];
  const float h0_p4_ya7 = (h0_p4_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[39]))) * c4[7] - (h0_p4_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[103]))) * s4[7];
  const float h0_p4_yb7 = (h0_p4_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[103]))) * c4[7] + (h0_p4_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.k_out + oh0 + 32, make_uint4(ropec_bf16_bits(h0_p4_ya0) | (ropec_bf16_bits(h0_p4_ya1) << 16u), ropec_bf16_bits(h0_p4_ya2) | (ropec_bf16_bits(h0_p4_ya3) << 16u), ropec_bf16_bits(h0_p4_ya4) | (ropec_bf16_bits(h0_p4_ya5) << 16u), ropec_bf16_bits(h0_p4_ya6) | (ropec_bf16_bits(h0_p4_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 96, make_uint4(ropec_bf16_bits(h0_p4_yb0) | (ropec_bf16_bits(h0_p4_yb1) << 16u), ropec_bf16_bits(h0_p4_yb2) | (ropec_bf16_bits(h0_p4_yb3) << 16u), ropec_bf16_bits(h0_p4_yb4) | (ropec_bf16_bits(h0_p4_yb5) << 16u), ropec_bf16_bits(h0_p4_yb6) | (ropec_bf16_bits(h0_p4_yb7) << 16u)));
  const uint4 h0_p5_xav = ropec_load_vec4u(a.k_out + oh0 + 40);
  const float h0_p5_xa0 = ropec_bf16_from_bits(h0_p5_xav.x & 0xffffu);
  const float h0_p5_xa1 = ropec_bf16_from_bits(h0_p5_xav.x >> 16u);
  const float h0_p5_xa2 = ropec_bf16_from_bits(h0_p5_xav.y & 0xffffu);
  const float h0_p5_xa3 = ropec_bf16_from_bits(h0_p5_xav.y >> 16u);
  const float h0_p5_xa4 = ropec_bf16_from_bits(h0_p5_xav.z & 0xffffu);
  const float h0_p5_xa5 = ropec_bf16_from_bits(h0_p5_xav.z >> 16u);
  const float h0_p5_xa6 = ropec_bf16_from_bits(h0_p5_xav.w & 0xffffu);
  const float h0_p5_xa7 = ropec_bf16_from_bits(h0_p5_xav.w >> 16u);
  const uint4 h0_p5_xbv = ropec_load_vec4u(a.k_out + oh0 + 104);
  const float h0_p5_xb0 = ropec_bf16_from_bits(h0_p5_xbv.x & 0xffffu);
  const float h0_p5_xb1 = ropec_bf16_from_bits(h0_p5_xbv.x >> 16u);
  const float h0_p5_xb2 = ropec_bf16_from_bits(h0_p5_xbv.y & 0xffffu);
  const float h0_p5_xb3 = ropec_bf16_from_bits(h0_p5_xbv.y >> 16u);
  const float h0_p5_xb4 = ropec_bf16_from_bits(h0_p5_xbv.z & 0xffffu);
  const float h0_p5_xb5 = ropec_bf16_from_bits(h0_p5_xbv.z >> 16u);
  const float h0_p5_xb6 = ropec_bf16_from_bits(h0_p5_xbv.w & 0xffffu);
  const float h0_p5_xb7 = ropec_bf16_from_bits(h0_p5_xbv.w >> 16u);
  const float h0_p5_ya0 = (h0_p5_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[40]))) * c5[0] - (h0_p5_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[104]))) * s5[0];
  const float h0_p5_yb0 = (h0_p5_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[104]))) * c5[0] + (h0_p5_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[40]))) * s5[0];
  const float h0_p5_ya1 = (h0_p5_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[41]))) * c5[1] - (h0_p5_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[105]))) * s5[1];
  const float h0_p5_yb1 = (h0_p5_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[105]))) * c5[1] + (h0_p5_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[41]))) * s5[1];
  const float h0_p5_ya2 = (h0_p5_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[42]))) * c5[2] - (h0_p5_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[106]))) * s5[2];
  const float h0_p5_yb2 = (h0_p5_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[106]))) * c5[2] + (h0_p5_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[42]))) * s5[2];
  const float h0_p5_ya3 = (h0_p5_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[43]))) * c5[3] - (h0_p5_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[107]))) * s5[3];
  const float h0_p5_yb3 = (h0_p5_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[107]))) * c5[3] + (h0_p5_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[43]))) * s5[3];
  const float h0_p5_ya4 = (h0_p5_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[44]))) * c5[4] - (h0_p5_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[108]))) * s5[4];
  const float h0_p5_yb4 = (h0_p5_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[108]))) * c5[4] + (h0_p5_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[44]))) * s5[4];
  const float h0_p5_ya5 = (h0_p5_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[45]))) * c5[5] - (h0_p5_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[109]))) * s5[5];
  const float h0_p5_yb5 = (h0_p5_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[109]))) * c5[5] + (h0_p5_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[45]))) * s5[5];
  const float h0_p5_ya6 = (h0_p5_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[46]))) * c5[6] - (h0_p5_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[110]))) * s5[6];
  const float h0_p5_yb6 = (h0_p5_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[110]))) * c5[6] + (h0_p5_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[46]))) * s5[6];
  const float h0_p5_ya7 = (h0_p5_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[47]))) * c5[7] - (h0_p5_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[111]))) * s5[7];
  const float h0_p5_yb7 = (h0_p5_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[111]))) * c5[7] + (h0_p5_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.k_out + oh0 + 40, make_uint4(ropec_bf16_bits(h0_p5_ya0) | (ropec_bf16_bits(h0_p5_ya1) << 16u), ropec_bf16_bits(h0_p5_ya2) | (ropec_bf16_bits(h0_p5_ya3) << 16u), ropec_bf16_bits(h0_p5_ya4) | (ropec_bf16_bits(h0_p5_ya5) << 16u), ropec_bf16_bits(h0_p5_ya6) | (ropec_bf16_bits(h0_p5_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 104, make_uint4(ropec_bf16_bits(h0_p5_yb0) | (ropec_bf16_bits(h0_p5_yb1) << 16u), ropec_bf16_bits(h0_p5_yb2) | (ropec_bf16_bits(h0_p5_yb3) << 16u), ropec_bf16_bits(h0_p5_yb4) | (ropec_bf16_bits(h0_p5_yb5) << 16u), ropec_bf16_bits(h0_p5_yb6) | (ropec_bf16_bits(h0_p5_yb7) << 16u)));
  const uint4 h0_p6_xav = ropec_load_vec4u(a.k_out + oh0 + 48);
  const float h0_p6_xa0 = ropec_bf16_from_bits(h0_p6_xav.x & 0xffffu);
  const float h0_p6_xa1 = ropec_bf16_from_bits(h0_p6_xav.x >> 16u);
  const float h0_p6_xa2 = ropec_bf16_from_bits(h0_p6_xav.y & 0xffffu);
  const float h0_p6_xa3 = ropec_bf16_from_bits(h0_p6_xav.y >> 16u);
  const float h0_p6_xa4 = ropec_bf16_from_bits(h0_p6_xav.z & 0xffffu);
  const float h0_p6_xa5 = ropec_bf16_from_bits(h0_p6_xav.z >> 16u);
  const float h0_p6_xa6 = ropec_bf16_from_bits(h0_p6_xav.w & 0xffffu);
  const float h0_p6_xa7 = ropec_bf16_from_bits(h0_p6_xav.w >> 16u);
  const uint4 h0_p6_xbv = ropec_load_vec4u(a.k_out + oh0 + 112);
  const float h0_p6_xb0 = ropec_bf16_from_bits(h0_p6_xbv.x & 0xffffu);
  const float h0_p6_xb1 = ropec_bf16_from_bits(h0_p6_xbv.x >> 16u);
  const float h0_p6_xb2 = ropec_bf16_from_bits(h0_p6_xbv.y & 0xffffu);
  const float h0_p6_xb3 = ropec_bf16_from_bits(h0_p6_xbv.y >> 16u);
  const float h0_p6_xb4 = ropec_bf16_from_bits(h0_p6_xbv.z & 0xffffu);
  const float h0_p6_xb5 = ropec_bf16_from_bits(h0_p6_xbv.z >> 16u);
  const float h0_p6_xb6 = ropec_bf16_from_bits(h0_p6_xbv.w & 0xffffu);
  const float h0_p6_xb7 = ropec_bf16_from_bits(h0_p6_xbv.w >> 16u);
  const float h0_p6_ya0 = (h0_p6_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[48]))) * c6[0] - (h0_p6_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[112]))) * s6[0];
  const float h0_p6_yb0 = (h0_p6_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[112]))) * c6[0] + (h0_p6_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[48]))) * s6[0];
  const float h0_p6_ya1 = (h0_p6_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[49]))) * c6[1] - (h0_p6_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[113]))) * s6[1];
  const float h0_p6_yb1 = (h0_p6_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[113]))) * c6[1] + (h0_p6_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[49]))) * s6[1];
  const float h0_p6_ya2 = (h0_p6_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[50]))) * c6[2] - (h0_p6_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[114]))) * s6[2];
  const float h0_p6_yb2 = (h0_p6_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[114]))) * c6[2] + (h0_p6_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[50]))) * s6[2];
  const float h0_p6_ya3 = (h0_p6_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[51]))) * c6[3] - (h0_p6_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[115]))) * s6[3];
  const float h0_p6_yb3 = (h0_p6_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[115]))) * c6[3] + (h0_p6_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[51]))) * s6[3];
  const float h0_p6_ya4 = (h0_p6_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[52]))) * c6[4] - (h0_p6_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[116]))) * s6[4];
  const float h0_p6_yb4 = (h0_p6_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[116]))) * c6[4] + (h0_p6_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[52]))) * s6[4];
  const float h0_p6_ya5 = (h0_p6_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[53]))) * c6[5] - (h0_p6_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[117]))) * s6[5];
  const float h0_p6_yb5 = (h0_p6_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[117]))) * c6[5] + (h0_p6_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[53]))) * s6[5];
  const float h0_p6_ya6 = (h0_p6_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[54]))) * c6[6] - (h0_p6_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[118]))) * s6[6];
  const float h0_p6_yb6 = (h0_p6_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[118]))) * c6[6] + (h0_p6_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[54]))) * s6[6];
  const float h0_p6_ya7 = (h0_p6_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[55]))) * c6[7] - (h0_p6_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[119]))) * s6[7];
  const float h0_p6_yb7 = (h0_p6_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[119]))) * c6[7] + (h0_p6_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.k_out + oh0 + 48, make_uint4(ropec_bf16_bits(h0_p6_ya0) | (ropec_bf16_bits(h0_p6_ya1) << 16u), ropec_bf16_bits(h0_p6_ya2) | (ropec_bf16_bits(h0_p6_ya3) << 16u), ropec_bf16_bits(h0_p6_ya4) | (ropec_bf16_bits(h0_p6_ya5) << 16u), ropec_bf16_bits(h0_p6_ya6) | (ropec_bf16_bits(h0_p6_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 112, make_uint4(ropec_bf16_bits(h0_p6_yb0) | (ropec_bf16_bits(h0_p6_yb1) << 16u), ropec_bf16_bits(h0_p6_yb2) | (ropec_bf16_bits(h0_p6_yb3) << 16u), ropec_bf16_bits(h0_p6_yb4) | (ropec_bf16_bits(h0_p6_yb5) << 16u), ropec_bf16_bits(h0_p6_yb6) | (ropec_bf16_bits(h0_p6_yb7) << 16u)));
  const uint4 h0_p7_xav = ropec_load_vec4u(a.k_out + oh0 + 56);
  const float h0_p7_xa0 = ropec_bf16_from_bits(h0_p7_xav.x & 0xffffu);
  const float h0_p7_xa1 = ropec_bf16_from_bits(h0_p7_xav.x >> 16u);
  const float h0_p7_xa2 = ropec_bf16_from_bits(h0_p7_xav.y & 0xffffu);
  const float h0_p7_xa3 = ropec_bf16_from_bits(h0_p7_xav.y >> 16u);
  const float h0_p7_xa4 = ropec_bf16_from_bits(h0_p7_xav.z & 0xffffu);
  const float h0_p7_xa5 = ropec_bf16_from_bits(h0_p7_xav.z >> 16u);
  const float h0_p7_xa6 = ropec_bf16_from_bits(h0_p7_xav.w & 0xffffu);
  const float h0_p7_xa7 = ropec_bf16_from_bits(h0_p7_xav.w >> 16u);
  const uint4 h0_p7_xbv = ropec_load_vec4u(a.k_out + oh0 + 120);
  const float h0_p7_xb0 = ropec_bf16_from_bits(h0_p7_xbv.x & 0xffffu);
  const float h0_p7_xb1 = ropec_bf16_from_bits(h0_p7_xbv.x >> 16u);
  const float h0_p7_xb2 = ropec_bf16_from_bits(h0_p7_xbv.y & 0xffffu);
  const float h0_p7_xb3 = ropec_bf16_from_bits(h0_p7_xbv.y >> 16u);
  const float h0_p7_xb4 = ropec_bf16_from_bits(h0_p7_xbv.z & 0xffffu);
  const float h0_p7_xb5 = ropec_bf16_from_bits(h0_p7_xbv.z >> 16u);
  const float h0_p7_xb6 = ropec_bf16_from_bits(h0_p7_xbv.w & 0xffffu);
  const float h0_p7_xb7 = ropec_bf16_from_bits(h0_p7_xbv.w >> 16u);
  const float h0_p7_ya0 = (h0_p7_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[56]))) * c7[0] - (h0_p7_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[120]))) * s7[0];
  const float h0_p7_yb0 = (h0_p7_xb0 * (h0_r * ropec_to_float(a.k_norm_weight[120]))) * c7[0] + (h0_p7_xa0 * (h0_r * ropec_to_float(a.k_norm_weight[56]))) * s7[0];
  const float h0_p7_ya1 = (h0_p7_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[57]))) * c7[1] - (h0_p7_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[121]))) * s7[1];
  const float h0_p7_yb1 = (h0_p7_xb1 * (h0_r * ropec_to_float(a.k_norm_weight[121]))) * c7[1] + (h0_p7_xa1 * (h0_r * ropec_to_float(a.k_norm_weight[57]))) * s7[1];
  const float h0_p7_ya2 = (h0_p7_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[58]))) * c7[2] - (h0_p7_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[122]))) * s7[2];
  const float h0_p7_yb2 = (h0_p7_xb2 * (h0_r * ropec_to_float(a.k_norm_weight[122]))) * c7[2] + (h0_p7_xa2 * (h0_r * ropec_to_float(a.k_norm_weight[58]))) * s7[2];
  const float h0_p7_ya3 = (h0_p7_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[59]))) * c7[3] - (h0_p7_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[123]))) * s7[3];
  const float h0_p7_yb3 = (h0_p7_xb3 * (h0_r * ropec_to_float(a.k_norm_weight[123]))) * c7[3] + (h0_p7_xa3 * (h0_r * ropec_to_float(a.k_norm_weight[59]))) * s7[3];
  const float h0_p7_ya4 = (h0_p7_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[60]))) * c7[4] - (h0_p7_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[124]))) * s7[4];
  const float h0_p7_yb4 = (h0_p7_xb4 * (h0_r * ropec_to_float(a.k_norm_weight[124]))) * c7[4] + (h0_p7_xa4 * (h0_r * ropec_to_float(a.k_norm_weight[60]))) * s7[4];
  const float h0_p7_ya5 = (h0_p7_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[61]))) * c7[5] - (h0_p7_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[125]))) * s7[5];
  const float h0_p7_yb5 = (h0_p7_xb5 * (h0_r * ropec_to_float(a.k_norm_weight[125]))) * c7[5] + (h0_p7_xa5 * (h0_r * ropec_to_float(a.k_norm_weight[61]))) * s7[5];
  const float h0_p7_ya6 = (h0_p7_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[62]))) * c7[6] - (h0_p7_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[126]))) * s7[6];
  const float h0_p7_yb6 = (h0_p7_xb6 * (h0_r * ropec_to_float(a.k_norm_weight[126]))) * c7[6] + (h0_p7_xa6 * (h0_r * ropec_to_float(a.k_norm_weight[62]))) * s7[6];
  const float h0_p7_ya7 = (h0_p7_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[63]))) * c7[7] - (h0_p7_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[127]))) * s7[7];
  const float h0_p7_yb7 = (h0_p7_xb7 * (h0_r * ropec_to_float(a.k_norm_weight[127]))) * c7[7] + (h0_p7_xa7 * (h0_r * ropec_to_float(a.k_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.k_out + oh0 + 56, make_uint4(ropec_bf16_bits(h0_p7_ya0) | (ropec_bf16_bits(h0_p7_ya1) << 16u), ropec_bf16_bits(h0_p7_ya2) | (ropec_bf16_bits(h0_p7_ya3) << 16u), ropec_bf16_bits(h0_p7_ya4) | (ropec_bf16_bits(h0_p7_ya5) << 16u), ropec_bf16_bits(h0_p7_ya6) | (ropec_bf16_bits(h0_p7_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + 120, make_uint4(ropec_bf16_bits(h0_p7_yb0) | (ropec_bf16_bits(h0_p7_yb1) << 16u), ropec_bf16_bits(h0_p7_yb2) | (ropec_bf16_bits(h0_p7_yb3) << 16u), ropec_bf16_bits(h0_p7_yb4) | (ropec_bf16_bits(h0_p7_yb5) << 16u), ropec_bf16_bits(h0_p7_yb6) | (ropec_bf16_bits(h0_p7_yb7) << 16u)));
  const int64_t oh1 = flat * a.k_token_stride + (h0 + 1) * a.k_head_stride;
  float h1_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h1_xlv = ropec_load_vec4u(a.k_out + oh1 + l);
    const float h1_xl0 = ropec_bf16_from_bits(h1_xlv.x & 0xffffu);
    const float h1_xl1 = ropec_bf16_from_bits(h1_xlv.x >> 16u);
    const float h1_xl2 = ropec_bf16_from_bits(h1_xlv.y & 0xffffu);
    const float h1_xl3 = ropec_bf16_from_bits(h1_xlv.y >> 16u);
    const float h1_xl4 = ropec_bf16_from_bits(h1_xlv.z & 0xffffu);
    const float h1_xl5 = ropec_bf16_from_bits(h1_xlv.z >> 16u);
    const float h1_xl6 = ropec_bf16_from_bits(h1_xlv.w & 0xffffu);
    const float h1_xl7 = ropec_bf16_from_bits(h1_xlv.w >> 16u);
    h1_ss = (((((((h1_ss + h1_xl0 * h1_xl0) + h1_xl1 * h1_xl1) + h1_xl2 * h1_xl2) + h1_xl3 * h1_xl3) + h1_xl4 * h1_xl4) + h1_xl5 * h1_xl5) + h1_xl6 * h1_xl6) + h1_xl7 * h1_xl7;
  }
  const float h1_r = 1.0f / sqrtf(h1_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h1_p0_xav = ropec_load_vec4u(a.k_out + oh1);
  const float h1_p0_xa0 = ropec_bf16_from_bits(h1_p0_xav.x & 0xffffu);
  const float h1_p0_xa1 = ropec_bf16_from_bits(h1_p0_xav.x >> 16u);
  const float h1_p0_xa2 = ropec_bf16_from_bits(h1_p0_xav.y & 0xffffu);
  const float h1_p0_xa3 = ropec_bf16_from_bits(h1_p0_xav.y >> 16u);
  const float h1_p0_xa4 = ropec_bf16_from_bits(h1_p0_xav.z & 0xffffu);
  const float h1_p0_xa5 = ropec_bf16_from_bits(h1_p0_xav.z >> 16u);
  const float h1_p0_xa6 = ropec_bf16_from_bits(h1_p0_xav.w & 0xffffu);
  const float h1_p0_xa7 = ropec_bf16_from_bits(h1_p0_xav.w >> 16u);
  const uint4 h1_p0_xbv = ropec_load_vec4u(a.k_out + oh1 + 64);
  const float h1_p0_xb0 = ropec_bf16_from_bits(h1_p0_xbv.x & 0xffffu);
  const float h1_p0_xb1 = ropec_bf16_from_bits(h1_p0_xbv.x >> 16u);
  const float h1_p0_xb2 = ropec_bf16_from_bits(h1_p0_xbv.y & 0xffffu);
  const float h1_p0_xb3 = ropec_bf16_from_bits(h1_p0_xbv.y >> 16u);
  const float h1_p0_xb4 = ropec_bf16_from_bits(h1_p0_xbv.z & 0xffffu);
  const float h1_p0_xb5 = ropec_bf16_from_bits(h1_p0_xbv.z >> 16u);
  const float h1_p0_xb6 = ropec_bf16_from_bits(h1_p0_xbv.w & 0xffffu);
  const float h1_p0_xb7 = ropec_bf16_from_bits(h1_p0_xbv.w >> 16u);
  const float h1_p0_ya0 = (h1_p0_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[0]))) * c0[0] - (h1_p0_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[64]))) * s0[0];
  const float h1_p0_yb0 = (h1_p0_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[64]))) * c0[0] + (h1_p0_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[0]))) * s0[0];
  const float h1_p0_ya1 = (h1_p0_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[1]))) * c0[1] - (h1_p0_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[65]))) * s0[1];
  const float h1_p0_yb1 = (h1_p0_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[65]))) * c0[1] + (h1_p0_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[1]))) * s0[1];
  const float h1_p0_ya2 = (h1_p0_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[2]))) * c0[2] - (h1_p0_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[66]))) * s0[2];
  const float h1_p0_yb2 = (h1_p0_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[66]))) * c0[2] + (h1_p0_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[2]))) * s0[2];
  const float h1_p0_ya3 = (h1_p0_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[3]))) * c0[3] - (h1_p0_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[67]))) * s0[3];
  const float h1_p0_yb3 = (h1_p0_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[67]))) * c0[3] + (h1_p0_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[3]))) * s0[3];
  const float h1_p0_ya4 = (h1_p0_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[4]))) * c0[4] - (h1_p0_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[68]))) * s0[4];
  const float h1_p0_yb4 = (h1_p0_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[68]))) * c0[4] + (h1_p0_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[4]))) * s0[4];
  const float h1_p0_ya5 = (h1_p0_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[5]))) * c0[5] - (h1_p0_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[69]))) * s0[5];
  const float h1_p0_yb5 = (h1_p0_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[69]))) * c0[5] + (h1_p0_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[5]))) * s0[5];
  const float h1_p0_ya6 = (h1_p0_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[6]))) * c0[6] - (h1_p0_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[70]))) * s0[6];
  const float h1_p0_yb6 = (h1_p0_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[70]))) * c0[6] + (h1_p0_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[6]))) * s0[6];
  const float h1_p0_ya7 = (h1_p0_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[7]))) * c0[7] - (h1_p0_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[71]))) * s0[7];
  const float h1_p0_yb7 = (h1_p0_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[71]))) * c0[7] + (h1_p0_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.k_out + oh1, make_uint4(ropec_bf16_bits(h1_p0_ya0) | (ropec_bf16_bits(h1_p0_ya1) << 16u), ropec_bf16_bits(h1_p0_ya2) | (ropec_bf16_bits(h1_p0_ya3) << 16u), ropec_bf16_bits(h1_p0_ya4) | (ropec_bf16_bits(h1_p0_ya5) << 16u), ropec_bf16_bits(h1_p0_ya6) | (ropec_bf16_bits(h1_p0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 64, make_uint4(ropec_bf16_bits(h1_p0_yb0) | (ropec_bf16_bits(h1_p0_yb1) << 16u), ropec_bf16_bits(h1_p0_yb2) | (ropec_bf16_bits(h1_p0_yb3) << 16u), ropec_bf16_bits(h1_p0_yb4) | (ropec_bf16_bits(h1_p0_yb5) << 16u), ropec_bf16_bits(h1_p0_yb6) | (ropec_bf16_bits(h1_p0_yb7) << 16u)));
  const uint4 h1_p1_xav = ropec_load_vec4u(a.k_out + oh1 + 8);
  const float h1_p1_xa0 = ropec_bf16_from_bits(h1_p1_xav.x & 0xffffu);
  const float h1_p1_xa1 = ropec_bf16_from_bits(h1_p1_xav.x >> 16u);
  const float h1_p1_xa2 = ropec_bf16_from_bits(h1_p1_xav.y & 0xffffu);
  const float h1_p1_xa3 = ropec_bf16_from_bits(h1_p1_xav.y >> 16u);
  const float h1_p1_xa4 = ropec_bf16_from_bits(h1_p1_xav.z & 0xffffu);
  const float h1_p1_xa5 = ropec_bf16_from_bits(h1_p1_xav.z >> 16u);
  const float h1_p1_xa6 = ropec_bf16_from_bits(h1_p1_xav.w & 0xffffu);
  const float h1_p1_xa7 = ropec_bf16_from_bits(h1_p1_xav.w >> 16u);
  const uint4 h1_p1_xbv = ropec_load_vec4u(a.k_out + oh1 + 72);
  const float h1_p1_xb0 = ropec_bf16_from_bits(h1_p1_xbv.x & 0xffffu);
  const float h1_p1_xb1 = ropec_bf16_from_bits(h1_p1_xbv.x >> 16u);
  const float h1_p1_xb2 = ropec_bf16_from_bits(h1_p1_xbv.y & 0xffffu);
  const float h1_p1_xb3 = ropec_bf16_from_bits(h1_p1_xbv.y >> 16u);
  const float h1_p1_xb4 = ropec_bf16_from_bits(h1_p1_xbv.z & 0xffffu);
  const float h1_p1_xb5 = ropec_bf16_from_bits(h1_p1_xbv.z >> 16u);
  const float h1_p1_xb6 = ropec_bf16_from_bits(h1_p1_xbv.w & 0xffffu);
  const float h1_p1_xb7 = ropec_bf16_from_bits(h1_p1_xbv.w >> 16u);
  const float h1_p1_ya0 = (h1_p1_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[8]))) * c1[0] - (h1_p1_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[72]))) * s1[0];
  const float h1_p1_yb0 = (h1_p1_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[72]))) * c1[0] + (h1_p1_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[8]))) * s1[0];
  const float h1_p1_ya1 = (h1_p1_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[9]))) * c1[1] - (h1_p1_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[73]))) * s1[1];
  const float h1_p1_yb1 = (h1_p1_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[73]))) * c1[1] + (h1_p1_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[9]))) * s1[1];
  const float h1_p1_ya2 = (h1_p1_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[10]))) * c1[2] - (h1_p1_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[74]))) * s1[2];
  const float h1_p1_yb2 = (h1_p1_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[74]))) * c1[2] + (h1_p1_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[10]))) * s1[2];
  const float h1_p1_ya3 = (h1_p1_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[11]))) * c1[3] - (h1_p1_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[75]))) * s1[3];
  const float h1_p1_yb3 = (h1_p1_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[75]))) * c1[3] + (h1_p1_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[11]))) * s1[3];
  const float h1_p1_ya4 = (h1_p1_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[12]))) * c1[4] - (h1_p1_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[76]))) * s1[4];
  const float h1_p1_yb4 = (h1_p1_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[76]))) * c1[4] + (h1_p1_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[12]))) * s1[4];
  const float h1_p1_ya5 = (h1_p1_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[13]))) * c1[5] - (h1_p1_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[77]))) * s1[5];
  const float h1_p1_yb5 = (h1_p1_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[77]))) * c1[5] + (h1_p1_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[13]))) * s1[5];
  const float h1_p1_ya6 = (h1_p1_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[14]))) * c1[6] - (h1_p1_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[78]))) * s1[6];
  const float h1_p1_yb6 = (h1_p1_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[78]))) * c1[6] + (h1_p1_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[14]))) * s1[6];
  const float h1_p1_ya7 = (h1_p1_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[15]))) * c1[7] - (h1_p1_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[79]))) * s1[7];
  const float h1_p1_yb7 = (h1_p1_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[79]))) * c1[7] + (h1_p1_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.k_out + oh1 + 8, make_uint4(ropec_bf16_bits(h1_p1_ya0) | (ropec_bf16_bits(h1_p1_ya1) << 16u), ropec_bf16_bits(h1_p1_ya2) | (ropec_bf16_bits(h1_p1_ya3) << 16u), ropec_bf16_bits(h1_p1_ya4) | (ropec_bf16_bits(h1_p1_ya5) << 16u), ropec_bf16_bits(h1_p1_ya6) | (ropec_bf16_bits(h1_p1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 72, make_uint4(ropec_bf16_bits(h1_p1_yb0) | (ropec_bf16_bits(h1_p1_yb1) << 16u), ropec_bf16_bits(h1_p1_yb2) | (ropec_bf16_bits(h1_p1_yb3) << 16u), ropec_bf16_bits(h1_p1_yb4) | (ropec_bf16_bits(h1_p1_yb5) << 16u), ropec_bf16_bits(h1_p1_yb6) | (ropec_bf16_bits(h1_p1_yb7) << 16u)));
  const uint4 h1_p2_xav = ropec_load_vec4u(a.k_out + oh1 + 16);
  const float h1_p2_xa0 = ropec_bf16_from_bits(h1_p2_xav.x & 0xffffu);
  const float h1_p2_xa1 = ropec_bf16_from_bits(h1_p2_xav.x >> 16u);
  const float h1_p2_xa2 = ropec_bf16_from_bits(h1_p2_xav.y & 0xffffu);
  const float h1_p2_xa3 = ropec_bf16_from_bits(h1_p2_xav.y >> 16u);
  const float h1_p2_xa4 = ropec_bf16_from_bits(h1_p2_xav.z & 0xffffu);
  const float h1_p2_xa5 = ropec_bf16_from_bits(h1_p2_xav.z >> 16u);
  const float h1_p2_xa6 = ropec_bf16_from_bits(h1_p2_xav.w & 0xffffu);
  const float h1_p2_xa7 = ropec_bf16_from_bits(h1_p2_xav.w >> 16u);
  const uint4 h1_p2_xbv = ropec_load_vec4u(a.k_out + oh1 + 80);
  const float h1_p2_xb0 = ropec_bf16_from_bits(h1_p2_xbv.x & 0xffffu);
  const float h1_p2_xb1 = ropec_bf16_from_bits(h1_p2_xbv.x >> 16u);
  const float h1_p2_xb2 = ropec_bf16_from_bits(h1_p2_xbv.y & 0xffffu);
  const float h1_p2_xb3 = ropec_bf16_from_bits(h1_p2_xbv.y >> 16u);
  const float h1_p2_xb4 = ropec_bf16_from_bits(h1_p2_xbv.z & 0xffffu);
  const float h1_p2_xb5 = ropec_bf16_from_bits(h1_p2_xbv.z >> 16u);
  const float h1_p2_xb6 = ropec_bf16_from_bits(h1_p2_xbv.w & 0xffffu);
  const float h1_p2_xb7 = ropec_bf16_from_bits(h1_p2_xbv.w >> 16u);
  const float h1_p2_ya0 = (h1_p2_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[16]))) * c2[0] - (h1_p2_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[80]))) * s2[0];
  const float h1_p2_yb0 = (h1_p2_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[80]))) * c2[0] + (h1_p2_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[16]))) * s2[0];
  const float h1_p2_ya1 = (h1_p2_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[17]))) * c2[1] - (h1_p2_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[81]))) * s2[1];
  const float h1_p2_yb1 = (h1_p2_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[81]))) * c2[1] + (h1_p2_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[17]))) * s2[1];
  const float h1_p2_ya2 = (h1_p2_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[18]))) * c2[2] - (h1_p2_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[82]))) * s2[2];
  const float h1_p2_yb2 = (h1_p2_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[82]))) * c2[2] + (h1_p2_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[18]))) * s2[2];
  const float h1_p2_ya3 = (h1_p2_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[19]))) * c2[3] - (h1_p2_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[83]))) * s2[3];
  const float h1_p2_yb3 = (h1_p2_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[83]))) * c2[3] + (h1_p2_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[19]))) * s2[3];
  const float h1_p2_ya4 = (h1_p2_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[20]))) * c2[4] - (h1_p2_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[84]))) * s2[4];
  const float h1_p2_yb4 = (h1_p2_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[84]))) * c2[4] + (h1_p2_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[20]))) * s2[4];
  const float h1_p2_ya5 = (h1_p2_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[21]))) * c2[5] - (h1_p2_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[85]))) * s2[5];
  const float h1_p2_yb5 = (h1_p2_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[85]))) * c2[5] + (h1_p2_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[21]))) * s2[5];
  const float h1_p2_ya6 = (h1_p2_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[22]))) * c2[6] - (h1_p2_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[86]))) * s2[6];
  const float h1_p2_yb6 = (h1_p2_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[86]))) * c2[6] + (h1_p2_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[22]))) * s2[6];
  const float h1_p2_ya7 = (h1_p2_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[23]))) * c2[7] - (h1_p2_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[87]))) * s2[7];
  const float h1_p2_yb7 = (h1_p2_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[87]))) * c2[7] + (h1_p2_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.k_out + oh1 + 16, make_uint4(ropec_bf16_bits(h1_p2_ya0) | (ropec_bf16_bits(h1_p2_ya1) << 16u), ropec_bf16_bits(h1_p2_ya2) | (ropec_bf16_bits(h1_p2_ya3) << 16u), ropec_bf16_bits(h1_p2_ya4) | (ropec_bf16_bits(h1_p2_ya5) << 16u), ropec_bf16_bits(h1_p2_ya6) | (ropec_bf16_bits(h1_p2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 80, make_uint4(ropec_bf16_bits(h1_p2_yb0) | (ropec_bf16_bits(h1_p2_yb1) << 16u), ropec_bf16_bits(h1_p2_yb2) | (ropec_bf16_bits(h1_p2_yb3) << 16u), ropec_bf16_bits(h1_p2_yb4) | (ropec_bf16_bits(h1_p2_yb5) << 16u), ropec_bf16_bits(h1_p2_yb6) | (ropec_bf16_bits(h1_p2_yb7) << 16u)));
  const uint4 h1_p3_xav = ropec_load_vec4u(a.k_out + oh1 + 24);
  const float h1_p3_xa0 = ropec_bf16_from_bits(h1_p3_xav.x & 0xffffu);
  const float h1_p3_xa1 = ropec_bf16_from_bits(h1_p3_xav.x >> 16u);
  const float h1_p3_xa2 = ropec_bf16_from_bits(h1_p3_xav.y & 0xffffu);
  const float h1_p3_xa3 = ropec_bf16_from_bits(h1_p3_xav.y >> 16u);
  const float h1_p3_xa4 = ropec_bf16_from_bits(h1_p3_xav.z & 0xffffu);
  const float h1_p3_xa5 = ropec_bf16_from_bits(h1_p3_xav.z >> 16u);
  const float h1_p3_xa6 = ropec_bf16_from_bits(h1_p3_xav.w & 0xffffu);
  const float h1_p3_xa7 = ropec_bf16_from_bits(h1_p3_xav.w >> 16u);
  const uint4 h1_p3_xbv = ropec_load_vec4u(a.k_out + oh1 + 88);
  const float h1_p3_xb0 = ropec_bf16_from_bits(h1_p3_xbv.x & 0xffffu);
  const float h1_p3_xb1 = ropec_bf16_from_bits(h1_p3_xbv.x >> 16u);
  const float h1_p3_xb2 = ropec_bf16_from_bits(h1_p3_xbv.y & 0xffffu);
  const float h1_p3_xb3 = ropec_bf16_from_bits(h1_p3_xbv.y >> 16u);
  const float h1_p3_xb4 = ropec_bf16_from_bits(h1_p3_xbv.z & 0xffffu);
  const float h1_p3_xb5 = ropec_bf16_from_bits(h1_p3_xbv.z >> 16u);
  const float h1_p3_xb6 = ropec_bf16_from_bits(h1_p3_xbv.w & 0xffffu);
  const float h1_p3_xb7 = ropec_bf16_from_bits(h1_p3_xbv.w >> 16u);
  const float h1_p3_ya0 = (h1_p3_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[24]))) * c3[0] - (h1_p3_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[88]))) * s3[0];
  const float h1_p3_yb0 = (h1_p3_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[88]))) * c3[0] + (h1_p3_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[24]))) * s3[0];
  const float h1_p3_ya1 = (h1_p3_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[25]))) * c3[1] - (h1_p3_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[89]))) * s3[1];
  const float h1_p3_yb1 = (h1_p3_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[89]))) * c3[1] + (h1_p3_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[25]))) * s3[1];
  const float h1_p3_ya2 = (h1_p3_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[26]))) * c3[2] - (h1_p3_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[90]))) * s3[2];
  const float h1_p3_yb2 = (h1_p3_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[90]))) * c3[2] + (h1_p3_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[26]))) * s3[2];
  const float h1_p3_ya3 = (h1_p3_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[27]))) * c3[3] - (h1_p3_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[91]))) * s3[3];
  const float h1_p3_yb3 = (h1_p3_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[91]))) * c3[3] + (h1_p3_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[27]))) * s3[3];
  const float h1_p3_ya4 = (h1_p3_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[28]))) * c3[4] - (h1_p3_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[92]))) * s3[4];
  const float h1_p3_yb4 = (h1_p3_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[92]))) * c3[4] + (h1_p3_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[28]))) * s3[4];
  const float h1_p3_ya5 = (h1_p3_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[29]))) * c3[5] - (h1_p3_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[93]))) * s3[5];
  const float h1_p3_yb5 = (h1_p3_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[93]))) * c3[5] + (h1_p3_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[29]))) * s3[5];
  const float h1_p3_ya6 = (h1_p3_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[30]))) * c3[6] - (h1_p3_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[94]))) * s3[6];
  const float h1_p3_yb6 = (h1_p3_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[94]))) * c3[6] + (h1_p3_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[30]))) * s3[6];
  const float h1_p3_ya7 = (h1_p3_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[31]))) * c3[7] - (h1_p3_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[95]))) * s3[7];
  const float h1_p3_yb7 = (h1_p3_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[95]))) * c3[7] + (h1_p3_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.k_out + oh1 + 24, make_uint4(ropec_bf16_bits(h1_p3_ya0) | (ropec_bf16_bits(h1_p3_ya1) << 16u), ropec_bf16_bits(h1_p3_ya2) | (ropec_bf16_bits(h1_p3_ya3) << 16u), ropec_bf16_bits(h1_p3_ya4) | (ropec_bf16_bits(h1_p3_ya5) << 16u), ropec_bf16_bits(h1_p3_ya6) | (ropec_bf16_bits(h1_p3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 88, make_uint4(ropec_bf16_bits(h1_p3_yb0) | (ropec_bf16_bits(h1_p3_yb1) << 16u), ropec_bf16_bits(h1_p3_yb2) | (ropec_bf16_bits(h1_p3_yb3) << 16u), ropec_bf16_bits(h1_p3_yb4) | (ropec_bf16_bits(h1_p3_yb5) << 16u), ropec_bf16_bits(h1_p3_yb6) | (ropec_bf16_bits(h1_p3_yb7) << 16u)));
  const uint4 h1_p4_xav = ropec_load_vec4u(a.k_out + oh1 + 32);
  const float h1_p4_xa0 = ropec_bf16_from_bits(h1_p4_xav.x & 0xffffu);
  const float h1_p4_xa1 = ropec_bf16_from_bits(h1_p4_xav.x >> 16u);
  const float h1_p4_xa2 = ropec_bf16_from_bits(h1_p4_xav.y & 0xffffu);
  const float h1_p4_xa3 = ropec_bf16_from_bits(h1_p4_xav.y >> 16u);
  const float h1_p4_xa4 = ropec_bf16_from_bits(h1_p4_xav.z & 0xffffu);
  const float h1_p4_xa5 = ropec_bf16_from_bits(h1_p4_xav.z >> 16u);
  const float h1_p4_xa6 = ropec_bf16_from_bits(h1_p4_xav.w & 0xffffu);
  const float h1_p4_xa7 = ropec_bf16_from_bits(h1_p4_xav.w >> 16u);
  const uint4 h1_p4_xbv = ropec_load_vec4u(a.k_out + oh1 + 96);
  const float h1_p4_xb0 = ropec_bf16_from_bits(h1_p4_xbv.x & 0xffffu);
  const float h1_p4_xb1 = ropec_bf16_from_bits(h1_p4_xbv.x >> 16u);
  const float h1_p4_xb2 = ropec_bf16_from_bits(h1_p4_xbv.y & 0xffffu);
  const float h1_p4_xb3 = ropec_bf16_from_bits(h1_p4_xbv.y >> 16u);
  const float h1_p4_xb4 = ropec_bf16_from_bits(h1_p4_xbv.z & 0xffffu);
  const float h1_p4_xb5 = ropec_bf16_from_bits(h1_p4_xbv.z >> 16u);
  const float h1_p4_xb6 = ropec_bf16_from_bits(h1_p4_xbv.w & 0xffffu);
  const float h1_p4_xb7 = ropec_bf16_from_bits(h1_p4_xbv.w >> 16u);
  const float h1_p4_ya0 = (h1_p4_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[32]))) * c4[0] - (h1_p4_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[96]))) * s4[0];
  const float h1_p4_yb0 = (h1_p4_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[96]))) * c4[0] + (h1_p4_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[32]))) * s4[0];
  const float h1_p4_ya1 = (h1_p4_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[33]))) * c4[1] - (h1_p4_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[97]))) * s4[1];
  const float h1_p4_yb1 = (h1_p4_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[97]))) * c4[1] + (h1_p4_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[33]))) * s4[1];
  const float h1_p4_ya2 = (h1_p4_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[34]))) * c4[2] - (h1_p4_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[98]))) * s4[2];
  const float h1_p4_yb2 = (h1_p4_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[98]))) * c4[2] + (h1_p4_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[34]))) * s4[2];
  const float h1_p4_ya3 = (h1_p4_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[35]))) * c4[3] - (h1_p4_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[99]))) * s4[3];
  const float h1_p4_yb3 = (h1_p4_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[99]))) * c4[3] + (h1_p4_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[35]))) * s4[3];
  const float h1_p4_ya4 = (h1_p4_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[36]))) * c4[4] - (h1_p4_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[100]))) * s4[4];
  const float h1_p4_yb4 = (h1_p4_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[100]))) * c4[4] + (h1_p4_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[36]))) * s4[4];
  const float h1_p4_ya5 = (h1_p4_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[37]))) * c4[5] - (h1_p4_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[101]))) * s4[5];
  const float h1_p4_yb5 = (h1_p4_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[101]))) * c4[5] + (h1_p4_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[37]))) * s4[5];
  const float h1_p4_ya6 = (h1_p4_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[38]))) * c4[6] - (h1_p4_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[102]))) * s4[6];
  const float h1_p4_yb6 = (h1_p4_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[102]))) * c4[6] + (h1_p4_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[38]))) * s4[6];
  const float h1_p4_ya7 = (h1_p4_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[39]))) * c4[7] - (h1_p4_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[103]))) * s4[7];
  const float h1_p4_yb7 = (h1_p4_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[103]))) * c4[7] + (h1_p4_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.k_out + oh1 + 32, make_uint4(ropec_bf16_bits(h1_p4_ya0) | (ropec_bf16_bits(h1_p4_ya1) << 16u), ropec_bf16_bits(h1_p4_ya2) | (ropec_bf16_bits(h1_p4_ya3) << 16u), ropec_bf16_bits(h1_p4_ya4) | (ropec_bf16_bits(h1_p4_ya5) << 16u), ropec_bf16_bits(h1_p4_ya6) | (ropec_bf16_bits(h1_p4_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 96, make_uint4(ropec_bf16_bits(h1_p4_yb0) | (ropec_bf16_bits(h1_p4_yb1) << 16u), ropec_bf16_bits(h1_p4_yb2) | (ropec_bf16_bits(h1_p4_yb3) << 16u), ropec_bf16_bits(h1_p4_yb4) | (ropec_bf16_bits(h1_p4_yb5) << 16u), ropec_bf16_bits(h1_p4_yb6) | (ropec_bf16_bits(h1_p4_yb7) << 16u)));
  const uint4 h1_p5_xav = ropec_load_vec4u(a.k_out + oh1 + 40);
  const float h1_p5_xa0 = ropec_bf16_from_bits(h1_p5_xav.x & 0xffffu);
  const float h1_p5_xa1 = ropec_bf16_from_bits(h1_p5_xav.x >> 16u);
  const float h1_p5_xa2 = ropec_bf16_from_bits(h1_p5_xav.y & 0xffffu);
  const float h1_p5_xa3 = ropec_bf16_from_bits(h1_p5_xav.y >> 16u);
  const float h1_p5_xa4 = ropec_bf16_from_bits(h1_p5_xav.z & 0xffffu);
  const float h1_p5_xa5 = ropec_bf16_from_bits(h1_p5_xav.z >> 16u);
  const float h1_p5_xa6 = ropec_bf16_from_bits(h1_p5_xav.w & 0xffffu);
  const float h1_p5_xa7 = ropec_bf16_from_bits(h1_p5_xav.w >> 16u);
  const uint4 h1_p5_xbv = ropec_load_vec4u(a.k_out + oh1 + 104);
  const float h1_p5_xb0 = ropec_bf16_from_bits(h1_p5_xbv.x & 0xffffu);
  const float h1_p5_xb1 = ropec_bf16_from_bits(h1_p5_xbv.x >> 16u);
  const float h1_p5_xb2 = ropec_bf16_from_bits(h1_p5_xbv.y & 0xffffu);
  const float h1_p5_xb3 = ropec_bf16_from_bits(h1_p5_xbv.y >> 16u);
  const float h1_p5_xb4 = ropec_bf16_from_bits(h1_p5_xbv.z & 0xffffu);
  const float h1_p5_xb5 = ropec_bf16_from_bits(h1_p5_xbv.z >> 16u);
  const float h1_p5_xb6 = ropec_bf16_from_bits(h1_p5_xbv.w & 0xffffu);
  const float h1_p5_xb7 = ropec_bf16_from_bits(h1_p5_xbv.w >> 16u);
  const float h1_p5_ya0 = (h1_p5_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[40]))) * c5[0] - (h1_p5_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[104]))) * s5[0];
  const float h1_p5_yb0 = (h1_p5_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[104]))) * c5[0] + (h1_p5_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[40]))) * s5[0];
  const float h1_p5_ya1 = (h1_p5_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[41]))) * c5[1] - (h1_p5_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[105]))) * s5[1];
  const float h1_p5_yb1 = (h1_p5_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[105]))) * c5[1] + (h1_p5_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[41]))) * s5[1];
  const float h1_p5_ya2 = (h1_p5_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[42]))) * c5[2] - (h1_p5_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[106]))) * s5[2];
  const float h1_p5_yb2 = (h1_p5_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[106]))) * c5[2] + (h1_p5_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[42]))) * s5[2];
  const float h1_p5_ya3 = (h1_p5_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[43]))) * c5[3] - (h1_p5_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[107]))) * s5[3];
  const float h1_p5_yb3 = (h1_p5_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[107]))) * c5[3] + (h1_p5_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[43]))) * s5[3];
  const float h1_p5_ya4 = (h1_p5_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[44]))) * c5[4] - (h1_p5_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[108]))) * s5[4];
  const float h1_p5_yb4 = (h1_p5_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[108]))) * c5[4] + (h1_p5_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[44]))) * s5[4];
  const float h1_p5_ya5 = (h1_p5_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[45]))) * c5[5] - (h1_p5_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[109]))) * s5[5];
  const float h1_p5_yb5 = (h1_p5_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[109]))) * c5[5] + (h1_p5_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[45]))) * s5[5];
  const float h1_p5_ya6 = (h1_p5_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[46]))) * c5[6] - (h1_p5_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[110]))) * s5[6];
  const float h1_p5_yb6 = (h1_p5_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[110]))) * c5[6] + (h1_p5_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[46]))) * s5[6];
  const float h1_p5_ya7 = (h1_p5_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[47]))) * c5[7] - (h1_p5_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[111]))) * s5[7];
  const float h1_p5_yb7 = (h1_p5_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[111]))) * c5[7] + (h1_p5_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.k_out + oh1 + 40, make_uint4(ropec_bf16_bits(h1_p5_ya0) | (ropec_bf16_bits(h1_p5_ya1) << 16u), ropec_bf16_bits(h1_p5_ya2) | (ropec_bf16_bits(h1_p5_ya3) << 16u), ropec_bf16_bits(h1_p5_ya4) | (ropec_bf16_bits(h1_p5_ya5) << 16u), ropec_bf16_bits(h1_p5_ya6) | (ropec_bf16_bits(h1_p5_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 104, make_uint4(ropec_bf16_bits(h1_p5_yb0) | (ropec_bf16_bits(h1_p5_yb1) << 16u), ropec_bf16_bits(h1_p5_yb2) | (ropec_bf16_bits(h1_p5_yb3) << 16u), ropec_bf16_bits(h1_p5_yb4) | (ropec_bf16_bits(h1_p5_yb5) << 16u), ropec_bf16_bits(h1_p5_yb6) | (ropec_bf16_bits(h1_p5_yb7) << 16u)));
  const uint4 h1_p6_xav = ropec_load_vec4u(a.k_out + oh1 + 48);
  const float h1_p6_xa0 = ropec_bf16_from_bits(h1_p6_xav.x & 0xffffu);
  const float h1_p6_xa1 = ropec_bf16_from_bits(h1_p6_xav.x >> 16u);
  const float h1_p6_xa2 = ropec_bf16_from_bits(h1_p6_xav.y & 0xffffu);
  const float h1_p6_xa3 = ropec_bf16_from_bits(h1_p6_xav.y >> 16u);
  const float h1_p6_xa4 = ropec_bf16_from_bits(h1_p6_xav.z & 0xffffu);
  const float h1_p6_xa5 = ropec_bf16_from_bits(h1_p6_xav.z >> 16u);
  const float h1_p6_xa6 = ropec_bf16_from_bits(h1_p6_xav.w & 0xffffu);
  const float h1_p6_xa7 = ropec_bf16_from_bits(h1_p6_xav.w >> 16u);
  const uint4 h1_p6_xbv = ropec_load_vec4u(a.k_out + oh1 + 112);
  const float h1_p6_xb0 = ropec_bf16_from_bits(h1_p6_xbv.x & 0xffffu);
  const float h1_p6_xb1 = ropec_bf16_from_bits(h1_p6_xbv.x >> 16u);
  const float h1_p6_xb2 = ropec_bf16_from_bits(h1_p6_xbv.y & 0xffffu);
  const float h1_p6_xb3 = ropec_bf16_from_bits(h1_p6_xbv.y >> 16u);
  const float h1_p6_xb4 = ropec_bf16_from_bits(h1_p6_xbv.z & 0xffffu);
  const float h1_p6_xb5 = ropec_bf16_from_bits(h1_p6_xbv.z >> 16u);
  const float h1_p6_xb6 = ropec_bf16_from_bits(h1_p6_xbv.w & 0xffffu);
  const float h1_p6_xb7 = ropec_bf16_from_bits(h1_p6_xbv.w >> 16u);
  const float h1_p6_ya0 = (h1_p6_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[48]))) * c6[0] - (h1_p6_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[112]))) * s6[0];
  const float h1_p6_yb0 = (h1_p6_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[112]))) * c6[0] + (h1_p6_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[48]))) * s6[0];
  const float h1_p6_ya1 = (h1_p6_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[49]))) * c6[1] - (h1_p6_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[113]))) * s6[1];
  const float h1_p6_yb1 = (h1_p6_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[113]))) * c6[1] + (h1_p6_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[49]))) * s6[1];
  const float h1_p6_ya2 = (h1_p6_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[50]))) * c6[2] - (h1_p6_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[114]))) * s6[2];
  const float h1_p6_yb2 = (h1_p6_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[114]))) * c6[2] + (h1_p6_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[50]))) * s6[2];
  const float h1_p6_ya3 = (h1_p6_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[51]))) * c6[3] - (h1_p6_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[115]))) * s6[3];
  const float h1_p6_yb3 = (h1_p6_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[115]))) * c6[3] + (h1_p6_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[51]))) * s6[3];
  const float h1_p6_ya4 = (h1_p6_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[52]))) * c6[4] - (h1_p6_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[116]))) * s6[4];
  const float h1_p6_yb4 = (h1_p6_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[116]))) * c6[4] + (h1_p6_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[52]))) * s6[4];
  const float h1_p6_ya5 = (h1_p6_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[53]))) * c6[5] - (h1_p6_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[117]))) * s6[5];
  const float h1_p6_yb5 = (h1_p6_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[117]))) * c6[5] + (h1_p6_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[53]))) * s6[5];
  const float h1_p6_ya6 = (h1_p6_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[54]))) * c6[6] - (h1_p6_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[118]))) * s6[6];
  const float h1_p6_yb6 = (h1_p6_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[118]))) * c6[6] + (h1_p6_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[54]))) * s6[6];
  const float h1_p6_ya7 = (h1_p6_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[55]))) * c6[7] - (h1_p6_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[119]))) * s6[7];
  const float h1_p6_yb7 = (h1_p6_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[119]))) * c6[7] + (h1_p6_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.k_out + oh1 + 48, make_uint4(ropec_bf16_bits(h1_p6_ya0) | (ropec_bf16_bits(h1_p6_ya1) << 16u), ropec_bf16_bits(h1_p6_ya2) | (ropec_bf16_bits(h1_p6_ya3) << 16u), ropec_bf16_bits(h1_p6_ya4) | (ropec_bf16_bits(h1_p6_ya5) << 16u), ropec_bf16_bits(h1_p6_ya6) | (ropec_bf16_bits(h1_p6_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 112, make_uint4(ropec_bf16_bits(h1_p6_yb0) | (ropec_bf16_bits(h1_p6_yb1) << 16u), ropec_bf16_bits(h1_p6_yb2) | (ropec_bf16_bits(h1_p6_yb3) << 16u), ropec_bf16_bits(h1_p6_yb4) | (ropec_bf16_bits(h1_p6_yb5) << 16u), ropec_bf16_bits(h1_p6_yb6) | (ropec_bf16_bits(h1_p6_yb7) << 16u)));
  const uint4 h1_p7_xav = ropec_load_vec4u(a.k_out + oh1 + 56);
  const float h1_p7_xa0 = ropec_bf16_from_bits(h1_p7_xav.x & 0xffffu);
  const float h1_p7_xa1 = ropec_bf16_from_bits(h1_p7_xav.x >> 16u);
  const float h1_p7_xa2 = ropec_bf16_from_bits(h1_p7_xav.y & 0xffffu);
  const float h1_p7_xa3 = ropec_bf16_from_bits(h1_p7_xav.y >> 16u);
  const float h1_p7_xa4 = ropec_bf16_from_bits(h1_p7_xav.z & 0xffffu);
  const float h1_p7_xa5 = ropec_bf16_from_bits(h1_p7_xav.z >> 16u);
  const float h1_p7_xa6 = ropec_bf16_from_bits(h1_p7_xav.w & 0xffffu);
  const float h1_p7_xa7 = ropec_bf16_from_bits(h1_p7_xav.w >> 16u);
  const uint4 h1_p7_xbv = ropec_load_vec4u(a.k_out + oh1 + 120);
  const float h1_p7_xb0 = ropec_bf16_from_bits(h1_p7_xbv.x & 0xffffu);
  const float h1_p7_xb1 = ropec_bf16_from_bits(h1_p7_xbv.x >> 16u);
  const float h1_p7_xb2 = ropec_bf16_from_bits(h1_p7_xbv.y & 0xffffu);
  const float h1_p7_xb3 = ropec_bf16_from_bits(h1_p7_xbv.y >> 16u);
  const float h1_p7_xb4 = ropec_bf16_from_bits(h1_p7_xbv.z & 0xffffu);
  const float h1_p7_xb5 = ropec_bf16_from_bits(h1_p7_xbv.z >> 16u);
  const float h1_p7_xb6 = ropec_bf16_from_bits(h1_p7_xbv.w & 0xffffu);
  const float h1_p7_xb7 = ropec_bf16_from_bits(h1_p7_xbv.w >> 16u);
  const float h1_p7_ya0 = (h1_p7_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[56]))) * c7[0] - (h1_p7_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[120]))) * s7[0];
  const float h1_p7_yb0 = (h1_p7_xb0 * (h1_r * ropec_to_float(a.k_norm_weight[120]))) * c7[0] + (h1_p7_xa0 * (h1_r * ropec_to_float(a.k_norm_weight[56]))) * s7[0];
  const float h1_p7_ya1 = (h1_p7_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[57]))) * c7[1] - (h1_p7_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[121]))) * s7[1];
  const float h1_p7_yb1 = (h1_p7_xb1 * (h1_r * ropec_to_float(a.k_norm_weight[121]))) * c7[1] + (h1_p7_xa1 * (h1_r * ropec_to_float(a.k_norm_weight[57]))) * s7[1];
  const float h1_p7_ya2 = (h1_p7_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[58]))) * c7[2] - (h1_p7_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[122]))) * s7[2];
  const float h1_p7_yb2 = (h1_p7_xb2 * (h1_r * ropec_to_float(a.k_norm_weight[122]))) * c7[2] + (h1_p7_xa2 * (h1_r * ropec_to_float(a.k_norm_weight[58]))) * s7[2];
  const float h1_p7_ya3 = (h1_p7_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[59]))) * c7[3] - (h1_p7_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[123]))) * s7[3];
  const float h1_p7_yb3 = (h1_p7_xb3 * (h1_r * ropec_to_float(a.k_norm_weight[123]))) * c7[3] + (h1_p7_xa3 * (h1_r * ropec_to_float(a.k_norm_weight[59]))) * s7[3];
  const float h1_p7_ya4 = (h1_p7_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[60]))) * c7[4] - (h1_p7_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[124]))) * s7[4];
  const float h1_p7_yb4 = (h1_p7_xb4 * (h1_r * ropec_to_float(a.k_norm_weight[124]))) * c7[4] + (h1_p7_xa4 * (h1_r * ropec_to_float(a.k_norm_weight[60]))) * s7[4];
  const float h1_p7_ya5 = (h1_p7_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[61]))) * c7[5] - (h1_p7_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[125]))) * s7[5];
  const float h1_p7_yb5 = (h1_p7_xb5 * (h1_r * ropec_to_float(a.k_norm_weight[125]))) * c7[5] + (h1_p7_xa5 * (h1_r * ropec_to_float(a.k_norm_weight[61]))) * s7[5];
  const float h1_p7_ya6 = (h1_p7_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[62]))) * c7[6] - (h1_p7_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[126]))) * s7[6];
  const float h1_p7_yb6 = (h1_p7_xb6 * (h1_r * ropec_to_float(a.k_norm_weight[126]))) * c7[6] + (h1_p7_xa6 * (h1_r * ropec_to_float(a.k_norm_weight[62]))) * s7[6];
  const float h1_p7_ya7 = (h1_p7_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[63]))) * c7[7] - (h1_p7_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[127]))) * s7[7];
  const float h1_p7_yb7 = (h1_p7_xb7 * (h1_r * ropec_to_float(a.k_norm_weight[127]))) * c7[7] + (h1_p7_xa7 * (h1_r * ropec_to_float(a.k_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.k_out + oh1 + 56, make_uint4(ropec_bf16_bits(h1_p7_ya0) | (ropec_bf16_bits(h1_p7_ya1) << 16u), ropec_bf16_bits(h1_p7_ya2) | (ropec_bf16_bits(h1_p7_ya3) << 16u), ropec_bf16_bits(h1_p7_ya4) | (ropec_bf16_bits(h1_p7_ya5) << 16u), ropec_bf16_bits(h1_p7_ya6) | (ropec_bf16_bits(h1_p7_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + 120, make_uint4(ropec_bf16_bits(h1_p7_yb0) | (ropec_bf16_bits(h1_p7_yb1) << 16u), ropec_bf16_bits(h1_p7_yb2) | (ropec_bf16_bits(h1_p7_yb3) << 16u), ropec_bf16_bits(h1_p7_yb4) | (ropec_bf16_bits(h1_p7_yb5) << 16u), ropec_bf16_bits(h1_p7_yb6) | (ropec_bf16_bits(h1_p7_yb7) << 16u)));
  const int64_t oh2 = flat * a.k_token_stride + (h0 + 2) * a.k_head_stride;
  float h2_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h2_xlv = ropec_load_vec4u(a.k_out + oh2 + l);
    const float h2_xl0 = ropec_bf16_from_bits(h2_xlv.x & 0xffffu);
    const float h2_xl1 = ropec_bf16_from_bits(h2_xlv.x >> 16u);
    const float h2_xl2 = ropec_bf16_from_bits(h2_xlv.y & 0xffffu);
    const float h2_xl3 = ropec_bf16_from_bits(h2_xlv.y >> 16u);
    const float h2_xl4 = ropec_bf16_from_bits(h2_xlv.z & 0xffffu);
    const float h2_xl5 = ropec_bf16_from_bits(h2_xlv.z >> 16u);
    const float h2_xl6 = ropec_bf16_from_bits(h2_xlv.w & 0xffffu);
    const float h2_xl7 = ropec_bf16_from_bits(h2_xlv.w >> 16u);
    h2_ss = (((((((h2_ss + h2_xl0 * h2_xl0) + h2_xl1 * h2_xl1) + h2_xl2 * h2_xl2) + h2_xl3 * h2_xl3) + h2_xl4 * h2_xl4) + h2_xl5 * h2_xl5) + h2_xl6 * h2_xl6) + h2_xl7 * h2_xl7;
  }
  const float h2_r = 1.0f / sqrtf(h2_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h2_p0_xav = ropec_load_vec4u(a.k_out + oh2);
  const float h2_p0_xa0 = ropec_bf16_from_bits(h2_p0_xav.x & 0xffffu);
  const float h2_p0_xa1 = ropec_bf16_from_bits(h2_p0_xav.x >> 16u);
  const float h2_p0_xa2 = ropec_bf16_from_bits(h2_p0_xav.y & 0xffffu);
  const float h2_p0_xa3 = ropec_bf16_from_bits(h2_p0_xav.y >> 16u);
  const float h2_p0_xa4 = ropec_bf16_from_bits(h2_p0_xav.z & 0xffffu);
  const float h2_p0_xa5 = ropec_bf16_from_bits(h2_p0_xav.z >> 16u);
  const float h2_p0_xa6 = ropec_bf16_from_bits(h2_p0_xav.w & 0xffffu);
  const float h2_p0_xa7 = ropec_bf16_from_bits(h2_p0_xav.w >> 16u);
  const uint4 h2_p0_xbv = ropec_load_vec4u(a.k_out + oh2 + 64);
  const float h2_p0_xb0 = ropec_bf16_from_bits(h2_p0_xbv.x & 0xffffu);
  const float h2_p0_xb1 = ropec_bf16_from_bits(h2_p0_xbv.x >> 16u);
  const float h2_p0_xb2 = ropec_bf16_from_bits(h2_p0_xbv.y & 0xffffu);
  const float h2_p0_xb3 = ropec_bf16_from_bits(h2_p0_xbv.y >> 16u);
  const float h2_p0_xb4 = ropec_bf16_from_bits(h2_p0_xbv.z & 0xffffu);
  const float h2_p0_xb5 = ropec_bf16_from_bits(h2_p0_xbv.z >> 16u);
  const float h2_p0_xb6 = ropec_bf16_from_bits(h2_p0_xbv.w & 0xffffu);
  const float h2_p0_xb7 = ropec_bf16_from_bits(h2_p0_xbv.w >> 16u);
  const float h2_p0_ya0 = (h2_p0_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[0]))) * c0[0] - (h2_p0_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[64]))) * s0[0];
  const float h2_p0_yb0 = (h2_p0_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[64]))) * c0[0] + (h2_p0_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[0]))) * s0[0];
  const float h2_p0_ya1 = (h2_p0_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[1]))) * c0[1] - (h2_p0_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[65]))) * s0[1];
  const float h2_p0_yb1 = (h2_p0_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[65]))) * c0[1] + (h2_p0_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[1]))) * s0[1];
  const float h2_p0_ya2 = (h2_p0_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[2]))) * c0[2] - (h2_p0_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[66]))) * s0[2];
  const float h2_p0_yb2 = (h2_p0_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[66]))) * c0[2] + (h2_p0_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[2]))) * s0[2];
  const float h2_p0_ya3 = (h2_p0_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[3]))) * c0[3] - (h2_p0_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[67]))) * s0[3];
  const float h2_p0_yb3 = (h2_p0_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[67]))) * c0[3] + (h2_p0_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[3]))) * s0[3];
  const float h2_p0_ya4 = (h2_p0_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[4]))) * c0[4] - (h2_p0_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[68]))) * s0[4];
  const float h2_p0_yb4 = (h2_p0_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[68]))) * c0[4] + (h2_p0_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[4]))) * s0[4];
  const float h2_p0_ya5 = (h2_p0_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[5]))) * c0[5] - (h2_p0_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[69]))) * s0[5];
  const float h2_p0_yb5 = (h2_p0_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[69]))) * c0[5] + (h2_p0_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[5]))) * s0[5];
  const float h2_p0_ya6 = (h2_p0_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[6]))) * c0[6] - (h2_p0_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[70]))) * s0[6];
  const float h2_p0_yb6 = (h2_p0_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[70]))) * c0[6] + (h2_p0_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[6]))) * s0[6];
  const float h2_p0_ya7 = (h2_p0_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[7]))) * c0[7] - (h2_p0_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[71]))) * s0[7];
  const float h2_p0_yb7 = (h2_p0_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[71]))) * c0[7] + (h2_p0_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.k_out + oh2, make_uint4(ropec_bf16_bits(h2_p0_ya0) | (ropec_bf16_bits(h2_p0_ya1) << 16u), ropec_bf16_bits(h2_p0_ya2) | (ropec_bf16_bits(h2_p0_ya3) << 16u), ropec_bf16_bits(h2_p0_ya4) | (ropec_bf16_bits(h2_p0_ya5) << 16u), ropec_bf16_bits(h2_p0_ya6) | (ropec_bf16_bits(h2_p0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 64, make_uint4(ropec_bf16_bits(h2_p0_yb0) | (ropec_bf16_bits(h2_p0_yb1) << 16u), ropec_bf16_bits(h2_p0_yb2) | (ropec_bf16_bits(h2_p0_yb3) << 16u), ropec_bf16_bits(h2_p0_yb4) | (ropec_bf16_bits(h2_p0_yb5) << 16u), ropec_bf16_bits(h2_p0_yb6) | (ropec_bf16_bits(h2_p0_yb7) << 16u)));
  const uint4 h2_p1_xav = ropec_load_vec4u(a.k_out + oh2 + 8);
  const float h2_p1_xa0 = ropec_bf16_from_bits(h2_p1_xav.x & 0xffffu);
  const float h2_p1_xa1 = ropec_bf16_from_bits(h2_p1_xav.x >> 16u);
  const float h2_p1_xa2 = ropec_bf16_from_bits(h2_p1_xav.y & 0xffffu);
  const float h2_p1_xa3 = ropec_bf16_from_bits(h2_p1_xav.y >> 16u);
  const float h2_p1_xa4 = ropec_bf16_from_bits(h2_p1_xav.z & 0xffffu);
  const float h2_p1_xa5 = ropec_bf16_from_bits(h2_p1_xav.z >> 16u);
  const float h2_p1_xa6 = ropec_bf16_from_bits(h2_p1_xav.w & 0xffffu);
  const float h2_p1_xa7 = ropec_bf16_from_bits(h2_p1_xav.w >> 16u);
  const uint4 h2_p1_xbv = ropec_load_vec4u(a.k_out + oh2 + 72);
  const float h2_p1_xb0 = ropec_bf16_from_bits(h2_p1_xbv.x & 0xffffu);
  const float h2_p1_xb1 = ropec_bf16_from_bits(h2_p1_xbv.x >> 16u);
  const float h2_p1_xb2 = ropec_bf16_from_bits(h2_p1_xbv.y & 0xffffu);
  const float h2_p1_xb3 = ropec_bf16_from_bits(h2_p1_xbv.y >> 16u);
  const float h2_p1_xb4 = ropec_bf16_from_bits(h2_p1_xbv.z & 0xffffu);
  const float h2_p1_xb5 = ropec_bf16_from_bits(h2_p1_xbv.z >> 16u);
  const float h2_p1_xb6 = ropec_bf16_from_bits(h2_p1_xbv.w & 0xffffu);
  const float h2_p1_xb7 = ropec_bf16_from_bits(h2_p1_xbv.w >> 16u);
  const float h2_p1_ya0 = (h2_p1_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[8]))) * c1[0] - (h2_p1_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[72]))) * s1[0];
  const float h2_p1_yb0 = (h2_p1_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[72]))) * c1[0] + (h2_p1_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[8]))) * s1[0];
  const float h2_p1_ya1 = (h2_p1_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[9]))) * c1[1] - (h2_p1_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[73]))) * s1[1];
  const float h2_p1_yb1 = (h2_p1_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[73]))) * c1[1] + (h2_p1_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[9]))) * s1[1];
  const float h2_p1_ya2 = (h2_p1_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[10]))) * c1[2] - (h2_p1_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[74]))) * s1[2];
  const float h2_p1_yb2 = (h2_p1_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[74]))) * c1[2] + (h2_p1_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[10]))) * s1[2];
  const float h2_p1_ya3 = (h2_p1_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[11]))) * c1[3] - (h2_p1_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[75]))) * s1[3];
  const float h2_p1_yb3 = (h2_p1_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[75]))) * c1[3] + (h2_p1_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[11]))) * s1[3];
  const float h2_p1_ya4 = (h2_p1_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[12]))) * c1[4] - (h2_p1_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[76]))) * s1[4];
  const float h2_p1_yb4 = (h2_p1_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[76]))) * c1[4] + (h2_p1_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[12]))) * s1[4];
  const float h2_p1_ya5 = (h2_p1_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[13]))) * c1[5] - (h2_p1_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[77]))) * s1[5];
  const float h2_p1_yb5 = (h2_p1_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[77]))) * c1[5] + (h2_p1_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[13]))) * s1[5];
  const float h2_p1_ya6 = (h2_p1_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[14]))) * c1[6] - (h2_p1_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[78]))) * s1[6];
  const float h2_p1_yb6 = (h2_p1_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[78]))) * c1[6] + (h2_p1_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[14]))) * s1[6];
  const float h2_p1_ya7 = (h2_p1_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[15]))) * c1[7] - (h2_p1_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[79]))) * s1[7];
  const float h2_p1_yb7 = (h2_p1_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[79]))) * c1[7] + (h2_p1_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.k_out + oh2 + 8, make_uint4(ropec_bf16_bits(h2_p1_ya0) | (ropec_bf16_bits(h2_p1_ya1) << 16u), ropec_bf16_bits(h2_p1_ya2) | (ropec_bf16_bits(h2_p1_ya3) << 16u), ropec_bf16_bits(h2_p1_ya4) | (ropec_bf16_bits(h2_p1_ya5) << 16u), ropec_bf16_bits(h2_p1_ya6) | (ropec_bf16_bits(h2_p1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 72, make_uint4(ropec_bf16_bits(h2_p1_yb0) | (ropec_bf16_bits(h2_p1_yb1) << 16u), ropec_bf16_bits(h2_p1_yb2) | (ropec_bf16_bits(h2_p1_yb3) << 16u), ropec_bf16_bits(h2_p1_yb4) | (ropec_bf16_bits(h2_p1_yb5) << 16u), ropec_bf16_bits(h2_p1_yb6) | (ropec_bf16_bits(h2_p1_yb7) << 16u)));
  const uint4 h2_p2_xav = ropec_load_vec4u(a.k_out + oh2 + 16);
  const float h2_p2_xa0 = ropec_bf16_from_bits(h2_p2_xav.x & 0xffffu);
  const float h2_p2_xa1 = ropec_bf16_from_bits(h2_p2_xav.x >> 16u);
  const float h2_p2_xa2 = ropec_bf16_from_bits(h2_p2_xav.y & 0xffffu);
  const float h2_p2_xa3 = ropec_bf16_from_bits(h2_p2_xav.y >> 16u);
  const float h2_p2_xa4 = ropec_bf16_from_bits(h2_p2_xav.z & 0xffffu);
  const float h2_p2_xa5 = ropec_bf16_from_bits(h2_p2_xav.z >> 16u);
  const float h2_p2_xa6 = ropec_bf16_from_bits(h2_p2_xav.w & 0xffffu);
  const float h2_p2_xa7 = ropec_bf16_from_bits(h2_p2_xav.w >> 16u);
  const uint4 h2_p2_xbv = ropec_load_vec4u(a.k_out + oh2 + 80);
  const float h2_p2_xb0 = ropec_bf16_from_bits(h2_p2_xbv.x & 0xffffu);
  const float h2_p2_xb1 = ropec_bf16_from_bits(h2_p2_xbv.x >> 16u);
  const float h2_p2_xb2 = ropec_bf16_from_bits(h2_p2_xbv.y & 0xffffu);
  const float h2_p2_xb3 = ropec_bf16_from_bits(h2_p2_xbv.y >> 16u);
  const float h2_p2_xb4 = ropec_bf16_from_bits(h2_p2_xbv.z & 0xffffu);
  const float h2_p2_xb5 = ropec_bf16_from_bits(h2_p2_xbv.z >> 16u);
  const float h2_p2_xb6 = ropec_bf16_from_bits(h2_p2_xbv.w & 0xffffu);
  const float h2_p2_xb7 = ropec_bf16_from_bits(h2_p2_xbv.w >> 16u);
  const float h2_p2_ya0 = (h2_p2_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[16]))) * c2[0] - (h2_p2_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[80]))) * s2[0];
  const float h2_p2_yb0 = (h2_p2_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[80]))) * c2[0] + (h2_p2_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[16]))) * s2[0];
  const float h2_p2_ya1 = (h2_p2_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[17]))) * c2[1] - (h2_p2_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[81]))) * s2[1];
  const float h2_p2_yb1 = (h2_p2_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[81]))) * c2[1] + (h2_p2_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[17]))) * s2[1];
  const float h2_p2_ya2 = (h2_p2_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[18]))) * c2[2] - (h2_p2_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[82]))) * s2[2];
  const float h2_p2_yb2 = (h2_p2_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[82]))) * c2[2] + (h2_p2_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[18]))) * s2[2];
  const float h2_p2_ya3 = (h2_p2_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[19]))) * c2[3] - (h2_p2_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[83]))) * s2[3];
  const float h2_p2_yb3 = (h2_p2_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[83]))) * c2[3] + (h2_p2_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[19]))) * s2[3];
  const float h2_p2_ya4 = (h2_p2_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[20]))) * c2[4] - (h2_p2_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[84]))) * s2[4];
  const float h2_p2_yb4 = (h2_p2_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[84]))) * c2[4] + (h2_p2_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[20]))) * s2[4];
  const float h2_p2_ya5 = (h2_p2_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[21]))) * c2[5] - (h2_p2_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[85]))) * s2[5];
  const float h2_p2_yb5 = (h2_p2_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[85]))) * c2[5] + (h2_p2_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[21]))) * s2[5];
  const float h2_p2_ya6 = (h2_p2_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[22]))) * c2[6] - (h2_p2_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[86]))) * s2[6];
  const float h2_p2_yb6 = (h2_p2_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[86]))) * c2[6] + (h2_p2_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[22]))) * s2[6];
  const float h2_p2_ya7 = (h2_p2_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[23]))) * c2[7] - (h2_p2_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[87]))) * s2[7];
  const float h2_p2_yb7 = (h2_p2_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[87]))) * c2[7] + (h2_p2_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.k_out + oh2 + 16, make_uint4(ropec_bf16_bits(h2_p2_ya0) | (ropec_bf16_bits(h2_p2_ya1) << 16u), ropec_bf16_bits(h2_p2_ya2) | (ropec_bf16_bits(h2_p2_ya3) << 16u), ropec_bf16_bits(h2_p2_ya4) | (ropec_bf16_bits(h2_p2_ya5) << 16u), ropec_bf16_bits(h2_p2_ya6) | (ropec_bf16_bits(h2_p2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 80, make_uint4(ropec_bf16_bits(h2_p2_yb0) | (ropec_bf16_bits(h2_p2_yb1) << 16u), ropec_bf16_bits(h2_p2_yb2) | (ropec_bf16_bits(h2_p2_yb3) << 16u), ropec_bf16_bits(h2_p2_yb4) | (ropec_bf16_bits(h2_p2_yb5) << 16u), ropec_bf16_bits(h2_p2_yb6) | (ropec_bf16_bits(h2_p2_yb7) << 16u)));
  const uint4 h2_p3_xav = ropec_load_vec4u(a.k_out + oh2 + 24);
  const float h2_p3_xa0 = ropec_bf16_from_bits(h2_p3_xav.x & 0xffffu);
  const float h2_p3_xa1 = ropec_bf16_from_bits(h2_p3_xav.x >> 16u);
  const float h2_p3_xa2 = ropec_bf16_from_bits(h2_p3_xav.y & 0xffffu);
  const float h2_p3_xa3 = ropec_bf16_from_bits(h2_p3_xav.y >> 16u);
  const float h2_p3_xa4 = ropec_bf16_from_bits(h2_p3_xav.z & 0xffffu);
  const float h2_p3_xa5 = ropec_bf16_from_bits(h2_p3_xav.z >> 16u);
  const float h2_p3_xa6 = ropec_bf16_from_bits(h2_p3_xav.w & 0xffffu);
  const float h2_p3_xa7 = ropec_bf16_from_bits(h2_p3_xav.w >> 16u);
  const uint4 h2_p3_xbv = ropec_load_vec4u(a.k_out + oh2 + 88);
  const float h2_p3_xb0 = ropec_bf16_from_bits(h2_p3_xbv.x & 0xffffu);
  const float h2_p3_xb1 = ropec_bf16_from_bits(h2_p3_xbv.x >> 16u);
  const float h2_p3_xb2 = ropec_bf16_from_bits(h2_p3_xbv.y & 0xffffu);
  const float h2_p3_xb3 = ropec_bf16_from_bits(h2_p3_xbv.y >> 16u);
  const float h2_p3_xb4 = ropec_bf16_from_bits(h2_p3_xbv.z & 0xffffu);
  const float h2_p3_xb5 = ropec_bf16_from_bits(h2_p3_xbv.z >> 16u);
  const float h2_p3_xb6 = ropec_bf16_from_bits(h2_p3_xbv.w & 0xffffu);
  const float h2_p3_xb7 = ropec_bf16_from_bits(h2_p3_xbv.w >> 16u);
  const float h2_p3_ya0 = (h2_p3_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[24]))) * c3[0] - (h2_p3_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[88]))) * s3[0];
  const float h2_p3_yb0 = (h2_p3_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[88]))) * c3[0] + (h2_p3_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[24]))) * s3[0];
  const float h2_p3_ya1 = (h2_p3_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[25]))) * c3[1] - (h2_p3_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[89]))) * s3[1];
  const float h2_p3_yb1 = (h2_p3_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[89]))) * c3[1] + (h2_p3_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[25]))) * s3[1];
  const float h2_p3_ya2 = (h2_p3_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[26]))) * c3[2] - (h2_p3_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[90]))) * s3[2];
  const float h2_p3_yb2 = (h2_p3_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[90]))) * c3[2] + (h2_p3_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[26]))) * s3[2];
  const float h2_p3_ya3 = (h2_p3_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[27]))) * c3[3] - (h2_p3_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[91]))) * s3[3];
  const float h2_p3_yb3 = (h2_p3_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[91]))) * c3[3] + (h2_p3_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[27]))) * s3[3];
  const float h2_p3_ya4 = (h2_p3_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[28]))) * c3[4] - (h2_p3_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[92]))) * s3[4];
  const float h2_p3_yb4 = (h2_p3_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[92]))) * c3[4] + (h2_p3_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[28]))) * s3[4];
  const float h2_p3_ya5 = (h2_p3_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[29]))) * c3[5] - (h2_p3_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[93]))) * s3[5];
  const float h2_p3_yb5 = (h2_p3_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[93]))) * c3[5] + (h2_p3_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[29]))) * s3[5];
  const float h2_p3_ya6 = (h2_p3_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[30]))) * c3[6] - (h2_p3_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[94]))) * s3[6];
  const float h2_p3_yb6 = (h2_p3_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[94]))) * c3[6] + (h2_p3_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[30]))) * s3[6];
  const float h2_p3_ya7 = (h2_p3_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[31]))) * c3[7] - (h2_p3_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[95]))) * s3[7];
  const float h2_p3_yb7 = (h2_p3_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[95]))) * c3[7] + (h2_p3_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.k_out + oh2 + 24, make_uint4(ropec_bf16_bits(h2_p3_ya0) | (ropec_bf16_bits(h2_p3_ya1) << 16u), ropec_bf16_bits(h2_p3_ya2) | (ropec_bf16_bits(h2_p3_ya3) << 16u), ropec_bf16_bits(h2_p3_ya4) | (ropec_bf16_bits(h2_p3_ya5) << 16u), ropec_bf16_bits(h2_p3_ya6) | (ropec_bf16_bits(h2_p3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 88, make_uint4(ropec_bf16_bits(h2_p3_yb0) | (ropec_bf16_bits(h2_p3_yb1) << 16u), ropec_bf16_bits(h2_p3_yb2) | (ropec_bf16_bits(h2_p3_yb3) << 16u), ropec_bf16_bits(h2_p3_yb4) | (ropec_bf16_bits(h2_p3_yb5) << 16u), ropec_bf16_bits(h2_p3_yb6) | (ropec_bf16_bits(h2_p3_yb7) << 16u)));
  const uint4 h2_p4_xav = ropec_load_vec4u(a.k_out + oh2 + 32);
  const float h2_p4_xa0 = ropec_bf16_from_bits(h2_p4_xav.x & 0xffffu);
  const float h2_p4_xa1 = ropec_bf16_from_bits(h2_p4_xav.x >> 16u);
  const float h2_p4_xa2 = ropec_bf16_from_bits(h2_p4_xav.y & 0xffffu);
  const float h2_p4_xa3 = ropec_bf16_from_bits(h2_p4_xav.y >> 16u);
  const float h2_p4_xa4 = ropec_bf16_from_bits(h2_p4_xav.z & 0xffffu);
  const float h2_p4_xa5 = ropec_bf16_from_bits(h2_p4_xav.z >> 16u);
  const float h2_p4_xa6 = ropec_bf16_from_bits(h2_p4_xav.w & 0xffffu);
  const float h2_p4_xa7 = ropec_bf16_from_bits(h2_p4_xav.w >> 16u);
  const uint4 h2_p4_xbv = ropec_load_vec4u(a.k_out + oh2 + 96);
  const float h2_p4_xb0 = ropec_bf16_from_bits(h2_p4_xbv.x & 0xffffu);
  const float h2_p4_xb1 = ropec_bf16_from_bits(h2_p4_xbv.x >> 16u);
  const float h2_p4_xb2 = ropec_bf16_from_bits(h2_p4_xbv.y & 0xffffu);
  const float h2_p4_xb3 = ropec_bf16_from_bits(h2_p4_xbv.y >> 16u);
  const float h2_p4_xb4 = ropec_bf16_from_bits(h2_p4_xbv.z & 0xffffu);
  const float h2_p4_xb5 = ropec_bf16_from_bits(h2_p4_xbv.z >> 16u);
  const float h2_p4_xb6 = ropec_bf16_from_bits(h2_p4_xbv.w & 0xffffu);
  const float h2_p4_xb7 = ropec_bf16_from_bits(h2_p4_xbv.w >> 16u);
  const float h2_p4_ya0 = (h2_p4_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[32]))) * c4[0] - (h2_p4_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[96]))) * s4[0];
  const float h2_p4_yb0 = (h2_p4_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[96]))) * c4[0] + (h2_p4_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[32]))) * s4[0];
  const float h2_p4_ya1 = (h2_p4_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[33]))) * c4[1] - (h2_p4_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[97]))) * s4[1];
  const float h2_p4_yb1 = (h2_p4_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[97]))) * c4[1] + (h2_p4_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[33]))) * s4[1];
  const float h2_p4_ya2 = (h2_p4_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[34]))) * c4[2] - (h2_p4_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[98]))) * s4[2];
  const float h2_p4_yb2 = (h2_p4_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[98]))) * c4[2] + (h2_p4_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[34]))) * s4[2];
  const float h2_p4_ya3 = (h2_p4_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[35]))) * c4[3] - (h2_p4_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[99]))) * s4[3];
  const float h2_p4_yb3 = (h2_p4_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[99]))) * c4[3] + (h2_p4_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[35]))) * s4[3];
  const float h2_p4_ya4 = (h2_p4_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[36]))) * c4[4] - (h2_p4_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[100]))) * s4[4];
  const float h2_p4_yb4 = (h2_p4_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[100]))) * c4[4] + (h2_p4_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[36]))) * s4[4];
  const float h2_p4_ya5 = (h2_p4_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[37]))) * c4[5] - (h2_p4_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[101]))) * s4[5];
  const float h2_p4_yb5 = (h2_p4_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[101]))) * c4[5] + (h2_p4_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[37]))) * s4[5];
  const float h2_p4_ya6 = (h2_p4_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[38]))) * c4[6] - (h2_p4_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[102]))) * s4[6];
  const float h2_p4_yb6 = (h2_p4_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[102]))) * c4[6] + (h2_p4_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[38]))) * s4[6];
  const float h2_p4_ya7 = (h2_p4_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[39]))) * c4[7] - (h2_p4_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[103]))) * s4[7];
  const float h2_p4_yb7 = (h2_p4_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[103]))) * c4[7] + (h2_p4_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.k_out + oh2 + 32, make_uint4(ropec_bf16_bits(h2_p4_ya0) | (ropec_bf16_bits(h2_p4_ya1) << 16u), ropec_bf16_bits(h2_p4_ya2) | (ropec_bf16_bits(h2_p4_ya3) << 16u), ropec_bf16_bits(h2_p4_ya4) | (ropec_bf16_bits(h2_p4_ya5) << 16u), ropec_bf16_bits(h2_p4_ya6) | (ropec_bf16_bits(h2_p4_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 96, make_uint4(ropec_bf16_bits(h2_p4_yb0) | (ropec_bf16_bits(h2_p4_yb1) << 16u), ropec_bf16_bits(h2_p4_yb2) | (ropec_bf16_bits(h2_p4_yb3) << 16u), ropec_bf16_bits(h2_p4_yb4) | (ropec_bf16_bits(h2_p4_yb5) << 16u), ropec_bf16_bits(h2_p4_yb6) | (ropec_bf16_bits(h2_p4_yb7) << 16u)));
  const uint4 h2_p5_xav = ropec_load_vec4u(a.k_out + oh2 + 40);
  const float h2_p5_xa0 = ropec_bf16_from_bits(h2_p5_xav.x & 0xffffu);
  const float h2_p5_xa1 = ropec_bf16_from_bits(h2_p5_xav.x >> 16u);
  const float h2_p5_xa2 = ropec_bf16_from_bits(h2_p5_xav.y & 0xffffu);
  const float h2_p5_xa3 = ropec_bf16_from_bits(h2_p5_xav.y >> 16u);
  const float h2_p5_xa4 = ropec_bf16_from_bits(h2_p5_xav.z & 0xffffu);
  const float h2_p5_xa5 = ropec_bf16_from_bits(h2_p5_xav.z >> 16u);
  const float h2_p5_xa6 = ropec_bf16_from_bits(h2_p5_xav.w & 0xffffu);
  const float h2_p5_xa7 = ropec_bf16_from_bits(h2_p5_xav.w >> 16u);
  const uint4 h2_p5_xbv = ropec_load_vec4u(a.k_out + oh2 + 104);
  const float h2_p5_xb0 = ropec_bf16_from_bits(h2_p5_xbv.x & 0xffffu);
  const float h2_p5_xb1 = ropec_bf16_from_bits(h2_p5_xbv.x >> 16u);
  const float h2_p5_xb2 = ropec_bf16_from_bits(h2_p5_xbv.y & 0xffffu);
  const float h2_p5_xb3 = ropec_bf16_from_bits(h2_p5_xbv.y >> 16u);
  const float h2_p5_xb4 = ropec_bf16_from_bits(h2_p5_xbv.z & 0xffffu);
  const float h2_p5_xb5 = ropec_bf16_from_bits(h2_p5_xbv.z >> 16u);
  const float h2_p5_xb6 = ropec_bf16_from_bits(h2_p5_xbv.w & 0xffffu);
  const float h2_p5_xb7 = ropec_bf16_from_bits(h2_p5_xbv.w >> 16u);
  const float h2_p5_ya0 = (h2_p5_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[40]))) * c5[0] - (h2_p5_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[104]))) * s5[0];
  const float h2_p5_yb0 = (h2_p5_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[104]))) * c5[0] + (h2_p5_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[40]))) * s5[0];
  const float h2_p5_ya1 = (h2_p5_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[41]))) * c5[1] - (h2_p5_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[105]))) * s5[1];
  const float h2_p5_yb1 = (h2_p5_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[105]))) * c5[1] + (h2_p5_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[41]))) * s5[1];
  const float h2_p5_ya2 = (h2_p5_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[42]))) * c5[2] - (h2_p5_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[106]))) * s5[2];
  const float h2_p5_yb2 = (h2_p5_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[106]))) * c5[2] + (h2_p5_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[42]))) * s5[2];
  const float h2_p5_ya3 = (h2_p5_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[43]))) * c5[3] - (h2_p5_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[107]))) * s5[3];
  const float h2_p5_yb3 = (h2_p5_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[107]))) * c5[3] + (h2_p5_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[43]))) * s5[3];
  const float h2_p5_ya4 = (h2_p5_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[44]))) * c5[4] - (h2_p5_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[108]))) * s5[4];
  const float h2_p5_yb4 = (h2_p5_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[108]))) * c5[4] + (h2_p5_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[44]))) * s5[4];
  const float h2_p5_ya5 = (h2_p5_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[45]))) * c5[5] - (h2_p5_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[109]))) * s5[5];
  const float h2_p5_yb5 = (h2_p5_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[109]))) * c5[5] + (h2_p5_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[45]))) * s5[5];
  const float h2_p5_ya6 = (h2_p5_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[46]))) * c5[6] - (h2_p5_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[110]))) * s5[6];
  const float h2_p5_yb6 = (h2_p5_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[110]))) * c5[6] + (h2_p5_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[46]))) * s5[6];
  const float h2_p5_ya7 = (h2_p5_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[47]))) * c5[7] - (h2_p5_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[111]))) * s5[7];
  const float h2_p5_yb7 = (h2_p5_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[111]))) * c5[7] + (h2_p5_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.k_out + oh2 + 40, make_uint4(ropec_bf16_bits(h2_p5_ya0) | (ropec_bf16_bits(h2_p5_ya1) << 16u), ropec_bf16_bits(h2_p5_ya2) | (ropec_bf16_bits(h2_p5_ya3) << 16u), ropec_bf16_bits(h2_p5_ya4) | (ropec_bf16_bits(h2_p5_ya5) << 16u), ropec_bf16_bits(h2_p5_ya6) | (ropec_bf16_bits(h2_p5_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 104, make_uint4(ropec_bf16_bits(h2_p5_yb0) | (ropec_bf16_bits(h2_p5_yb1) << 16u), ropec_bf16_bits(h2_p5_yb2) | (ropec_bf16_bits(h2_p5_yb3) << 16u), ropec_bf16_bits(h2_p5_yb4) | (ropec_bf16_bits(h2_p5_yb5) << 16u), ropec_bf16_bits(h2_p5_yb6) | (ropec_bf16_bits(h2_p5_yb7) << 16u)));
  const uint4 h2_p6_xav = ropec_load_vec4u(a.k_out + oh2 + 48);
  const float h2_p6_xa0 = ropec_bf16_from_bits(h2_p6_xav.x & 0xffffu);
  const float h2_p6_xa1 = ropec_bf16_from_bits(h2_p6_xav.x >> 16u);
  const float h2_p6_xa2 = ropec_bf16_from_bits(h2_p6_xav.y & 0xffffu);
  const float h2_p6_xa3 = ropec_bf16_from_bits(h2_p6_xav.y >> 16u);
  const float h2_p6_xa4 = ropec_bf16_from_bits(h2_p6_xav.z & 0xffffu);
  const float h2_p6_xa5 = ropec_bf16_from_bits(h2_p6_xav.z >> 16u);
  const float h2_p6_xa6 = ropec_bf16_from_bits(h2_p6_xav.w & 0xffffu);
  const float h2_p6_xa7 = ropec_bf16_from_bits(h2_p6_xav.w >> 16u);
  const uint4 h2_p6_xbv = ropec_load_vec4u(a.k_out + oh2 + 112);
  const float h2_p6_xb0 = ropec_bf16_from_bits(h2_p6_xbv.x & 0xffffu);
  const float h2_p6_xb1 = ropec_bf16_from_bits(h2_p6_xbv.x >> 16u);
  const float h2_p6_xb2 = ropec_bf16_from_bits(h2_p6_xbv.y & 0xffffu);
  const float h2_p6_xb3 = ropec_bf16_from_bits(h2_p6_xbv.y >> 16u);
  const float h2_p6_xb4 = ropec_bf16_from_bits(h2_p6_xbv.z & 0xffffu);
  const float h2_p6_xb5 = ropec_bf16_from_bits(h2_p6_xbv.z >> 16u);
  const float h2_p6_xb6 = ropec_bf16_from_bits(h2_p6_xbv.w & 0xffffu);
  const float h2_p6_xb7 = ropec_bf16_from_bits(h2_p6_xbv.w >> 16u);
  const float h2_p6_ya0 = (h2_p6_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[48]))) * c6[0] - (h2_p6_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[112]))) * s6[0];
  const float h2_p6_yb0 = (h2_p6_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[112]))) * c6[0] + (h2_p6_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[48]))) * s6[0];
  const float h2_p6_ya1 = (h2_p6_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[49]))) * c6[1] - (h2_p6_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[113]))) * s6[1];
  const float h2_p6_yb1 = (h2_p6_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[113]))) * c6[1] + (h2_p6_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[49]))) * s6[1];
  const float h2_p6_ya2 = (h2_p6_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[50]))) * c6[2] - (h2_p6_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[114]))) * s6[2];
  const float h2_p6_yb2 = (h2_p6_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[114]))) * c6[2] + (h2_p6_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[50]))) * s6[2];
  const float h2_p6_ya3 = (h2_p6_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[51]))) * c6[3] - (h2_p6_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[115]))) * s6[3];
  const float h2_p6_yb3 = (h2_p6_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[115]))) * c6[3] + (h2_p6_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[51]))) * s6[3];
  const float h2_p6_ya4 = (h2_p6_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[52]))) * c6[4] - (h2_p6_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[116]))) * s6[4];
  const float h2_p6_yb4 = (h2_p6_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[116]))) * c6[4] + (h2_p6_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[52]))) * s6[4];
  const float h2_p6_ya5 = (h2_p6_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[53]))) * c6[5] - (h2_p6_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[117]))) * s6[5];
  const float h2_p6_yb5 = (h2_p6_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[117]))) * c6[5] + (h2_p6_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[53]))) * s6[5];
  const float h2_p6_ya6 = (h2_p6_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[54]))) * c6[6] - (h2_p6_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[118]))) * s6[6];
  const float h2_p6_yb6 = (h2_p6_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[118]))) * c6[6] + (h2_p6_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[54]))) * s6[6];
  const float h2_p6_ya7 = (h2_p6_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[55]))) * c6[7] - (h2_p6_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[119]))) * s6[7];
  const float h2_p6_yb7 = (h2_p6_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[119]))) * c6[7] + (h2_p6_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.k_out + oh2 + 48, make_uint4(ropec_bf16_bits(h2_p6_ya0) | (ropec_bf16_bits(h2_p6_ya1) << 16u), ropec_bf16_bits(h2_p6_ya2) | (ropec_bf16_bits(h2_p6_ya3) << 16u), ropec_bf16_bits(h2_p6_ya4) | (ropec_bf16_bits(h2_p6_ya5) << 16u), ropec_bf16_bits(h2_p6_ya6) | (ropec_bf16_bits(h2_p6_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 112, make_uint4(ropec_bf16_bits(h2_p6_yb0) | (ropec_bf16_bits(h2_p6_yb1) << 16u), ropec_bf16_bits(h2_p6_yb2) | (ropec_bf16_bits(h2_p6_yb3) << 16u), ropec_bf16_bits(h2_p6_yb4) | (ropec_bf16_bits(h2_p6_yb5) << 16u), ropec_bf16_bits(h2_p6_yb6) | (ropec_bf16_bits(h2_p6_yb7) << 16u)));
  const uint4 h2_p7_xav = ropec_load_vec4u(a.k_out + oh2 + 56);
  const float h2_p7_xa0 = ropec_bf16_from_bits(h2_p7_xav.x & 0xffffu);
  const float h2_p7_xa1 = ropec_bf16_from_bits(h2_p7_xav.x >> 16u);
  const float h2_p7_xa2 = ropec_bf16_from_bits(h2_p7_xav.y & 0xffffu);
  const float h2_p7_xa3 = ropec_bf16_from_bits(h2_p7_xav.y >> 16u);
  const float h2_p7_xa4 = ropec_bf16_from_bits(h2_p7_xav.z & 0xffffu);
  const float h2_p7_xa5 = ropec_bf16_from_bits(h2_p7_xav.z >> 16u);
  const float h2_p7_xa6 = ropec_bf16_from_bits(h2_p7_xav.w & 0xffffu);
  const float h2_p7_xa7 = ropec_bf16_from_bits(h2_p7_xav.w >> 16u);
  const uint4 h2_p7_xbv = ropec_load_vec4u(a.k_out + oh2 + 120);
  const float h2_p7_xb0 = ropec_bf16_from_bits(h2_p7_xbv.x & 0xffffu);
  const float h2_p7_xb1 = ropec_bf16_from_bits(h2_p7_xbv.x >> 16u);
  const float h2_p7_xb2 = ropec_bf16_from_bits(h2_p7_xbv.y & 0xffffu);
  const float h2_p7_xb3 = ropec_bf16_from_bits(h2_p7_xbv.y >> 16u);
  const float h2_p7_xb4 = ropec_bf16_from_bits(h2_p7_xbv.z & 0xffffu);
  const float h2_p7_xb5 = ropec_bf16_from_bits(h2_p7_xbv.z >> 16u);
  const float h2_p7_xb6 = ropec_bf16_from_bits(h2_p7_xbv.w & 0xffffu);
  const float h2_p7_xb7 = ropec_bf16_from_bits(h2_p7_xbv.w >> 16u);
  const float h2_p7_ya0 = (h2_p7_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[56]))) * c7[0] - (h2_p7_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[120]))) * s7[0];
  const float h2_p7_yb0 = (h2_p7_xb0 * (h2_r * ropec_to_float(a.k_norm_weight[120]))) * c7[0] + (h2_p7_xa0 * (h2_r * ropec_to_float(a.k_norm_weight[56]))) * s7[0];
  const float h2_p7_ya1 = (h2_p7_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[57]))) * c7[1] - (h2_p7_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[121]))) * s7[1];
  const float h2_p7_yb1 = (h2_p7_xb1 * (h2_r * ropec_to_float(a.k_norm_weight[121]))) * c7[1] + (h2_p7_xa1 * (h2_r * ropec_to_float(a.k_norm_weight[57]))) * s7[1];
  const float h2_p7_ya2 = (h2_p7_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[58]))) * c7[2] - (h2_p7_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[122]))) * s7[2];
  const float h2_p7_yb2 = (h2_p7_xb2 * (h2_r * ropec_to_float(a.k_norm_weight[122]))) * c7[2] + (h2_p7_xa2 * (h2_r * ropec_to_float(a.k_norm_weight[58]))) * s7[2];
  const float h2_p7_ya3 = (h2_p7_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[59]))) * c7[3] - (h2_p7_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[123]))) * s7[3];
  const float h2_p7_yb3 = (h2_p7_xb3 * (h2_r * ropec_to_float(a.k_norm_weight[123]))) * c7[3] + (h2_p7_xa3 * (h2_r * ropec_to_float(a.k_norm_weight[59]))) * s7[3];
  const float h2_p7_ya4 = (h2_p7_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[60]))) * c7[4] - (h2_p7_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[124]))) * s7[4];
  const float h2_p7_yb4 = (h2_p7_xb4 * (h2_r * ropec_to_float(a.k_norm_weight[124]))) * c7[4] + (h2_p7_xa4 * (h2_r * ropec_to_float(a.k_norm_weight[60]))) * s7[4];
  const float h2_p7_ya5 = (h2_p7_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[61]))) * c7[5] - (h2_p7_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[125]))) * s7[5];
  const float h2_p7_yb5 = (h2_p7_xb5 * (h2_r * ropec_to_float(a.k_norm_weight[125]))) * c7[5] + (h2_p7_xa5 * (h2_r * ropec_to_float(a.k_norm_weight[61]))) * s7[5];
  const float h2_p7_ya6 = (h2_p7_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[62]))) * c7[6] - (h2_p7_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[126]))) * s7[6];
  const float h2_p7_yb6 = (h2_p7_xb6 * (h2_r * ropec_to_float(a.k_norm_weight[126]))) * c7[6] + (h2_p7_xa6 * (h2_r * ropec_to_float(a.k_norm_weight[62]))) * s7[6];
  const float h2_p7_ya7 = (h2_p7_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[63]))) * c7[7] - (h2_p7_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[127]))) * s7[7];
  const float h2_p7_yb7 = (h2_p7_xb7 * (h2_r * ropec_to_float(a.k_norm_weight[127]))) * c7[7] + (h2_p7_xa7 * (h2_r * ropec_to_float(a.k_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.k_out + oh2 + 56, make_uint4(ropec_bf16_bits(h2_p7_ya0) | (ropec_bf16_bits(h2_p7_ya1) << 16u), ropec_bf16_bits(h2_p7_ya2) | (ropec_bf16_bits(h2_p7_ya3) << 16u), ropec_bf16_bits(h2_p7_ya4) | (ropec_bf16_bits(h2_p7_ya5) << 16u), ropec_bf16_bits(h2_p7_ya6) | (ropec_bf16_bits(h2_p7_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + 120, make_uint4(ropec_bf16_bits(h2_p7_yb0) | (ropec_bf16_bits(h2_p7_yb1) << 16u), ropec_bf16_bits(h2_p7_yb2) | (ropec_bf16_bits(h2_p7_yb3) << 16u), ropec_bf16_bits(h2_p7_yb4) | (ropec_bf16_bits(h2_p7_yb5) << 16u), ropec_bf16_bits(h2_p7_yb6) | (ropec_bf16_bits(h2_p7_yb7) << 16u)));
  const int64_t oh3 = flat * a.k_token_stride + (h0 + 3) * a.k_head_stride;
  float h3_ss = 0.0f;
  for (int64_t l = 0; l < 128; l += 8) {
    const uint4 h3_xlv = ropec_load_vec4u(a.k_out + oh3 + l);
    const float h3_xl0 = ropec_bf16_from_bits(h3_xlv.x & 0xffffu);
    const float h3_xl1 = ropec_bf16_from_bits(h3_xlv.x >> 16u);
    const float h3_xl2 = ropec_bf16_from_bits(h3_xlv.y & 0xffffu);
    const float h3_xl3 = ropec_bf16_from_bits(h3_xlv.y >> 16u);
    const float h3_xl4 = ropec_bf16_from_bits(h3_xlv.z & 0xffffu);
    const float h3_xl5 = ropec_bf16_from_bits(h3_xlv.z >> 16u);
    const float h3_xl6 = ropec_bf16_from_bits(h3_xlv.w & 0xffffu);
    const float h3_xl7 = ropec_bf16_from_bits(h3_xlv.w >> 16u);
    h3_ss = (((((((h3_ss + h3_xl0 * h3_xl0) + h3_xl1 * h3_xl1) + h3_xl2 * h3_xl2) + h3_xl3 * h3_xl3) + h3_xl4 * h3_xl4) + h3_xl5 * h3_xl5) + h3_xl6 * h3_xl6) + h3_xl7 * h3_xl7;
  }
  const float h3_r = 1.0f / sqrtf(h3_ss / 128.0f + 9.999999974752427e-7f);
  const uint4 h3_p0_xav = ropec_load_vec4u(a.k_out + oh3);
  const float h3_p0_xa0 = ropec_bf16_from_bits(h3_p0_xav.x & 0xffffu);
  const float h3_p0_xa1 = ropec_bf16_from_bits(h3_p0_xav.x >> 16u);
  const float h3_p0_xa2 = ropec_bf16_from_bits(h3_p0_xav.y & 0xffffu);
  const float h3_p0_xa3 = ropec_bf16_from_bits(h3_p0_xav.y >> 16u);
  const float h3_p0_xa4 = ropec_bf16_from_bits(h3_p0_xav.z & 0xffffu);
  const float h3_p0_xa5 = ropec_bf16_from_bits(h3_p0_xav.z >> 16u);
  const float h3_p0_xa6 = ropec_bf16_from_bits(h3_p0_xav.w & 0xffffu);
  const float h3_p0_xa7 = ropec_bf16_from_bits(h3_p0_xav.w >> 16u);
  const uint4 h3_p0_xbv = ropec_load_vec4u(a.k_out + oh3 + 64);
  const float h3_p0_xb0 = ropec_bf16_from_bits(h3_p0_xbv.x & 0xffffu);
  const float h3_p0_xb1 = ropec_bf16_from_bits(h3_p0_xbv.x >> 16u);
  const float h3_p0_xb2 = ropec_bf16_from_bits(h3_p0_xbv.y & 0xffffu);
  const float h3_p0_xb3 = ropec_bf16_from_bits(h3_p0_xbv.y >> 16u);
  const float h3_p0_xb4 = ropec_bf16_from_bits(h3_p0_xbv.z & 0xffffu);
  const float h3_p0_xb5 = ropec_bf16_from_bits(h3_p0_xbv.z >> 16u);
  const float h3_p0_xb6 = ropec_bf16_from_bits(h3_p0_xbv.w & 0xffffu);
  const float h3_p0_xb7 = ropec_bf16_from_bits(h3_p0_xbv.w >> 16u);
  const float h3_p0_ya0 = (h3_p0_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[0]))) * c0[0] - (h3_p0_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[64]))) * s0[0];
  const float h3_p0_yb0 = (h3_p0_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[64]))) * c0[0] + (h3_p0_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[0]))) * s0[0];
  const float h3_p0_ya1 = (h3_p0_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[1]))) * c0[1] - (h3_p0_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[65]))) * s0[1];
  const float h3_p0_yb1 = (h3_p0_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[65]))) * c0[1] + (h3_p0_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[1]))) * s0[1];
  const float h3_p0_ya2 = (h3_p0_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[2]))) * c0[2] - (h3_p0_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[66]))) * s0[2];
  const float h3_p0_yb2 = (h3_p0_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[66]))) * c0[2] + (h3_p0_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[2]))) * s0[2];
  const float h3_p0_ya3 = (h3_p0_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[3]))) * c0[3] - (h3_p0_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[67]))) * s0[3];
  const float h3_p0_yb3 = (h3_p0_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[67]))) * c0[3] + (h3_p0_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[3]))) * s0[3];
  const float h3_p0_ya4 = (h3_p0_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[4]))) * c0[4] - (h3_p0_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[68]))) * s0[4];
  const float h3_p0_yb4 = (h3_p0_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[68]))) * c0[4] + (h3_p0_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[4]))) * s0[4];
  const float h3_p0_ya5 = (h3_p0_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[5]))) * c0[5] - (h3_p0_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[69]))) * s0[5];
  const float h3_p0_yb5 = (h3_p0_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[69]))) * c0[5] + (h3_p0_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[5]))) * s0[5];
  const float h3_p0_ya6 = (h3_p0_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[6]))) * c0[6] - (h3_p0_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[70]))) * s0[6];
  const float h3_p0_yb6 = (h3_p0_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[70]))) * c0[6] + (h3_p0_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[6]))) * s0[6];
  const float h3_p0_ya7 = (h3_p0_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[7]))) * c0[7] - (h3_p0_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[71]))) * s0[7];
  const float h3_p0_yb7 = (h3_p0_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[71]))) * c0[7] + (h3_p0_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[7]))) * s0[7];
  ropec_store_vec4u(a.k_out + oh3, make_uint4(ropec_bf16_bits(h3_p0_ya0) | (ropec_bf16_bits(h3_p0_ya1) << 16u), ropec_bf16_bits(h3_p0_ya2) | (ropec_bf16_bits(h3_p0_ya3) << 16u), ropec_bf16_bits(h3_p0_ya4) | (ropec_bf16_bits(h3_p0_ya5) << 16u), ropec_bf16_bits(h3_p0_ya6) | (ropec_bf16_bits(h3_p0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 64, make_uint4(ropec_bf16_bits(h3_p0_yb0) | (ropec_bf16_bits(h3_p0_yb1) << 16u), ropec_bf16_bits(h3_p0_yb2) | (ropec_bf16_bits(h3_p0_yb3) << 16u), ropec_bf16_bits(h3_p0_yb4) | (ropec_bf16_bits(h3_p0_yb5) << 16u), ropec_bf16_bits(h3_p0_yb6) | (ropec_bf16_bits(h3_p0_yb7) << 16u)));
  const uint4 h3_p1_xav = ropec_load_vec4u(a.k_out + oh3 + 8);
  const float h3_p1_xa0 = ropec_bf16_from_bits(h3_p1_xav.x & 0xffffu);
  const float h3_p1_xa1 = ropec_bf16_from_bits(h3_p1_xav.x >> 16u);
  const float h3_p1_xa2 = ropec_bf16_from_bits(h3_p1_xav.y & 0xffffu);
  const float h3_p1_xa3 = ropec_bf16_from_bits(h3_p1_xav.y >> 16u);
  const float h3_p1_xa4 = ropec_bf16_from_bits(h3_p1_xav.z & 0xffffu);
  const float h3_p1_xa5 = ropec_bf16_from_bits(h3_p1_xav.z >> 16u);
  const float h3_p1_xa6 = ropec_bf16_from_bits(h3_p1_xav.w & 0xffffu);
  const float h3_p1_xa7 = ropec_bf16_from_bits(h3_p1_xav.w >> 16u);
  const uint4 h3_p1_xbv = ropec_load_vec4u(a.k_out + oh3 + 72);
  const float h3_p1_xb0 = ropec_bf16_from_bits(h3_p1_xbv.x & 0xffffu);
  const float h3_p1_xb1 = ropec_bf16_from_bits(h3_p1_xbv.x >> 16u);
  const float h3_p1_xb2 = ropec_bf16_from_bits(h3_p1_xbv.y & 0xffffu);
  const float h3_p1_xb3 = ropec_bf16_from_bits(h3_p1_xbv.y >> 16u);
  const float h3_p1_xb4 = ropec_bf16_from_bits(h3_p1_xbv.z & 0xffffu);
  const float h3_p1_xb5 = ropec_bf16_from_bits(h3_p1_xbv.z >> 16u);
  const float h3_p1_xb6 = ropec_bf16_from_bits(h3_p1_xbv.w & 0xffffu);
  const float h3_p1_xb7 = ropec_bf16_from_bits(h3_p1_xbv.w >> 16u);
  const float h3_p1_ya0 = (h3_p1_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[8]))) * c1[0] - (h3_p1_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[72]))) * s1[0];
  const float h3_p1_yb0 = (h3_p1_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[72]))) * c1[0] + (h3_p1_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[8]))) * s1[0];
  const float h3_p1_ya1 = (h3_p1_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[9]))) * c1[1] - (h3_p1_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[73]))) * s1[1];
  const float h3_p1_yb1 = (h3_p1_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[73]))) * c1[1] + (h3_p1_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[9]))) * s1[1];
  const float h3_p1_ya2 = (h3_p1_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[10]))) * c1[2] - (h3_p1_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[74]))) * s1[2];
  const float h3_p1_yb2 = (h3_p1_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[74]))) * c1[2] + (h3_p1_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[10]))) * s1[2];
  const float h3_p1_ya3 = (h3_p1_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[11]))) * c1[3] - (h3_p1_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[75]))) * s1[3];
  const float h3_p1_yb3 = (h3_p1_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[75]))) * c1[3] + (h3_p1_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[11]))) * s1[3];
  const float h3_p1_ya4 = (h3_p1_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[12]))) * c1[4] - (h3_p1_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[76]))) * s1[4];
  const float h3_p1_yb4 = (h3_p1_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[76]))) * c1[4] + (h3_p1_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[12]))) * s1[4];
  const float h3_p1_ya5 = (h3_p1_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[13]))) * c1[5] - (h3_p1_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[77]))) * s1[5];
  const float h3_p1_yb5 = (h3_p1_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[77]))) * c1[5] + (h3_p1_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[13]))) * s1[5];
  const float h3_p1_ya6 = (h3_p1_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[14]))) * c1[6] - (h3_p1_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[78]))) * s1[6];
  const float h3_p1_yb6 = (h3_p1_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[78]))) * c1[6] + (h3_p1_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[14]))) * s1[6];
  const float h3_p1_ya7 = (h3_p1_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[15]))) * c1[7] - (h3_p1_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[79]))) * s1[7];
  const float h3_p1_yb7 = (h3_p1_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[79]))) * c1[7] + (h3_p1_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[15]))) * s1[7];
  ropec_store_vec4u(a.k_out + oh3 + 8, make_uint4(ropec_bf16_bits(h3_p1_ya0) | (ropec_bf16_bits(h3_p1_ya1) << 16u), ropec_bf16_bits(h3_p1_ya2) | (ropec_bf16_bits(h3_p1_ya3) << 16u), ropec_bf16_bits(h3_p1_ya4) | (ropec_bf16_bits(h3_p1_ya5) << 16u), ropec_bf16_bits(h3_p1_ya6) | (ropec_bf16_bits(h3_p1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 72, make_uint4(ropec_bf16_bits(h3_p1_yb0) | (ropec_bf16_bits(h3_p1_yb1) << 16u), ropec_bf16_bits(h3_p1_yb2) | (ropec_bf16_bits(h3_p1_yb3) << 16u), ropec_bf16_bits(h3_p1_yb4) | (ropec_bf16_bits(h3_p1_yb5) << 16u), ropec_bf16_bits(h3_p1_yb6) | (ropec_bf16_bits(h3_p1_yb7) << 16u)));
  const uint4 h3_p2_xav = ropec_load_vec4u(a.k_out + oh3 + 16);
  const float h3_p2_xa0 = ropec_bf16_from_bits(h3_p2_xav.x & 0xffffu);
  const float h3_p2_xa1 = ropec_bf16_from_bits(h3_p2_xav.x >> 16u);
  const float h3_p2_xa2 = ropec_bf16_from_bits(h3_p2_xav.y & 0xffffu);
  const float h3_p2_xa3 = ropec_bf16_from_bits(h3_p2_xav.y >> 16u);
  const float h3_p2_xa4 = ropec_bf16_from_bits(h3_p2_xav.z & 0xffffu);
  const float h3_p2_xa5 = ropec_bf16_from_bits(h3_p2_xav.z >> 16u);
  const float h3_p2_xa6 = ropec_bf16_from_bits(h3_p2_xav.w & 0xffffu);
  const float h3_p2_xa7 = ropec_bf16_from_bits(h3_p2_xav.w >> 16u);
  const uint4 h3_p2_xbv = ropec_load_vec4u(a.k_out + oh3 + 80);
  const float h3_p2_xb0 = ropec_bf16_from_bits(h3_p2_xbv.x & 0xffffu);
  const float h3_p2_xb1 = ropec_bf16_from_bits(h3_p2_xbv.x >> 16u);
  const float h3_p2_xb2 = ropec_bf16_from_bits(h3_p2_xbv.y & 0xffffu);
  const float h3_p2_xb3 = ropec_bf16_from_bits(h3_p2_xbv.y >> 16u);
  const float h3_p2_xb4 = ropec_bf16_from_bits(h3_p2_xbv.z & 0xffffu);
  const float h3_p2_xb5 = ropec_bf16_from_bits(h3_p2_xbv.z >> 16u);
  const float h3_p2_xb6 = ropec_bf16_from_bits(h3_p2_xbv.w & 0xffffu);
  const float h3_p2_xb7 = ropec_bf16_from_bits(h3_p2_xbv.w >> 16u);
  const float h3_p2_ya0 = (h3_p2_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[16]))) * c2[0] - (h3_p2_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[80]))) * s2[0];
  const float h3_p2_yb0 = (h3_p2_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[80]))) * c2[0] + (h3_p2_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[16]))) * s2[0];
  const float h3_p2_ya1 = (h3_p2_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[17]))) * c2[1] - (h3_p2_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[81]))) * s2[1];
  const float h3_p2_yb1 = (h3_p2_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[81]))) * c2[1] + (h3_p2_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[17]))) * s2[1];
  const float h3_p2_ya2 = (h3_p2_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[18]))) * c2[2] - (h3_p2_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[82]))) * s2[2];
  const float h3_p2_yb2 = (h3_p2_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[82]))) * c2[2] + (h3_p2_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[18]))) * s2[2];
  const float h3_p2_ya3 = (h3_p2_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[19]))) * c2[3] - (h3_p2_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[83]))) * s2[3];
  const float h3_p2_yb3 = (h3_p2_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[83]))) * c2[3] + (h3_p2_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[19]))) * s2[3];
  const float h3_p2_ya4 = (h3_p2_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[20]))) * c2[4] - (h3_p2_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[84]))) * s2[4];
  const float h3_p2_yb4 = (h3_p2_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[84]))) * c2[4] + (h3_p2_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[20]))) * s2[4];
  const float h3_p2_ya5 = (h3_p2_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[21]))) * c2[5] - (h3_p2_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[85]))) * s2[5];
  const float h3_p2_yb5 = (h3_p2_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[85]))) * c2[5] + (h3_p2_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[21]))) * s2[5];
  const float h3_p2_ya6 = (h3_p2_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[22]))) * c2[6] - (h3_p2_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[86]))) * s2[6];
  const float h3_p2_yb6 = (h3_p2_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[86]))) * c2[6] + (h3_p2_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[22]))) * s2[6];
  const float h3_p2_ya7 = (h3_p2_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[23]))) * c2[7] - (h3_p2_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[87]))) * s2[7];
  const float h3_p2_yb7 = (h3_p2_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[87]))) * c2[7] + (h3_p2_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[23]))) * s2[7];
  ropec_store_vec4u(a.k_out + oh3 + 16, make_uint4(ropec_bf16_bits(h3_p2_ya0) | (ropec_bf16_bits(h3_p2_ya1) << 16u), ropec_bf16_bits(h3_p2_ya2) | (ropec_bf16_bits(h3_p2_ya3) << 16u), ropec_bf16_bits(h3_p2_ya4) | (ropec_bf16_bits(h3_p2_ya5) << 16u), ropec_bf16_bits(h3_p2_ya6) | (ropec_bf16_bits(h3_p2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 80, make_uint4(ropec_bf16_bits(h3_p2_yb0) | (ropec_bf16_bits(h3_p2_yb1) << 16u), ropec_bf16_bits(h3_p2_yb2) | (ropec_bf16_bits(h3_p2_yb3) << 16u), ropec_bf16_bits(h3_p2_yb4) | (ropec_bf16_bits(h3_p2_yb5) << 16u), ropec_bf16_bits(h3_p2_yb6) | (ropec_bf16_bits(h3_p2_yb7) << 16u)));
  const uint4 h3_p3_xav = ropec_load_vec4u(a.k_out + oh3 + 24);
  const float h3_p3_xa0 = ropec_bf16_from_bits(h3_p3_xav.x & 0xffffu);
  const float h3_p3_xa1 = ropec_bf16_from_bits(h3_p3_xav.x >> 16u);
  const float h3_p3_xa2 = ropec_bf16_from_bits(h3_p3_xav.y & 0xffffu);
  const float h3_p3_xa3 = ropec_bf16_from_bits(h3_p3_xav.y >> 16u);
  const float h3_p3_xa4 = ropec_bf16_from_bits(h3_p3_xav.z & 0xffffu);
  const float h3_p3_xa5 = ropec_bf16_from_bits(h3_p3_xav.z >> 16u);
  const float h3_p3_xa6 = ropec_bf16_from_bits(h3_p3_xav.w & 0xffffu);
  const float h3_p3_xa7 = ropec_bf16_from_bits(h3_p3_xav.w >> 16u);
  const uint4 h3_p3_xbv = ropec_load_vec4u(a.k_out + oh3 + 88);
  const float h3_p3_xb0 = ropec_bf16_from_bits(h3_p3_xbv.x & 0xffffu);
  const float h3_p3_xb1 = ropec_bf16_from_bits(h3_p3_xbv.x >> 16u);
  const float h3_p3_xb2 = ropec_bf16_from_bits(h3_p3_xbv.y & 0xffffu);
  const float h3_p3_xb3 = ropec_bf16_from_bits(h3_p3_xbv.y >> 16u);
  const float h3_p3_xb4 = ropec_bf16_from_bits(h3_p3_xbv.z & 0xffffu);
  const float h3_p3_xb5 = ropec_bf16_from_bits(h3_p3_xbv.z >> 16u);
  const float h3_p3_xb6 = ropec_bf16_from_bits(h3_p3_xbv.w & 0xffffu);
  const float h3_p3_xb7 = ropec_bf16_from_bits(h3_p3_xbv.w >> 16u);
  const float h3_p3_ya0 = (h3_p3_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[24]))) * c3[0] - (h3_p3_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[88]))) * s3[0];
  const float h3_p3_yb0 = (h3_p3_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[88]))) * c3[0] + (h3_p3_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[24]))) * s3[0];
  const float h3_p3_ya1 = (h3_p3_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[25]))) * c3[1] - (h3_p3_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[89]))) * s3[1];
  const float h3_p3_yb1 = (h3_p3_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[89]))) * c3[1] + (h3_p3_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[25]))) * s3[1];
  const float h3_p3_ya2 = (h3_p3_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[26]))) * c3[2] - (h3_p3_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[90]))) * s3[2];
  const float h3_p3_yb2 = (h3_p3_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[90]))) * c3[2] + (h3_p3_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[26]))) * s3[2];
  const float h3_p3_ya3 = (h3_p3_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[27]))) * c3[3] - (h3_p3_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[91]))) * s3[3];
  const float h3_p3_yb3 = (h3_p3_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[91]))) * c3[3] + (h3_p3_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[27]))) * s3[3];
  const float h3_p3_ya4 = (h3_p3_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[28]))) * c3[4] - (h3_p3_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[92]))) * s3[4];
  const float h3_p3_yb4 = (h3_p3_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[92]))) * c3[4] + (h3_p3_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[28]))) * s3[4];
  const float h3_p3_ya5 = (h3_p3_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[29]))) * c3[5] - (h3_p3_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[93]))) * s3[5];
  const float h3_p3_yb5 = (h3_p3_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[93]))) * c3[5] + (h3_p3_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[29]))) * s3[5];
  const float h3_p3_ya6 = (h3_p3_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[30]))) * c3[6] - (h3_p3_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[94]))) * s3[6];
  const float h3_p3_yb6 = (h3_p3_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[94]))) * c3[6] + (h3_p3_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[30]))) * s3[6];
  const float h3_p3_ya7 = (h3_p3_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[31]))) * c3[7] - (h3_p3_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[95]))) * s3[7];
  const float h3_p3_yb7 = (h3_p3_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[95]))) * c3[7] + (h3_p3_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[31]))) * s3[7];
  ropec_store_vec4u(a.k_out + oh3 + 24, make_uint4(ropec_bf16_bits(h3_p3_ya0) | (ropec_bf16_bits(h3_p3_ya1) << 16u), ropec_bf16_bits(h3_p3_ya2) | (ropec_bf16_bits(h3_p3_ya3) << 16u), ropec_bf16_bits(h3_p3_ya4) | (ropec_bf16_bits(h3_p3_ya5) << 16u), ropec_bf16_bits(h3_p3_ya6) | (ropec_bf16_bits(h3_p3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 88, make_uint4(ropec_bf16_bits(h3_p3_yb0) | (ropec_bf16_bits(h3_p3_yb1) << 16u), ropec_bf16_bits(h3_p3_yb2) | (ropec_bf16_bits(h3_p3_yb3) << 16u), ropec_bf16_bits(h3_p3_yb4) | (ropec_bf16_bits(h3_p3_yb5) << 16u), ropec_bf16_bits(h3_p3_yb6) | (ropec_bf16_bits(h3_p3_yb7) << 16u)));
  const uint4 h3_p4_xav = ropec_load_vec4u(a.k_out + oh3 + 32);
  const float h3_p4_xa0 = ropec_bf16_from_bits(h3_p4_xav.x & 0xffffu);
  const float h3_p4_xa1 = ropec_bf16_from_bits(h3_p4_xav.x >> 16u);
  const float h3_p4_xa2 = ropec_bf16_from_bits(h3_p4_xav.y & 0xffffu);
  const float h3_p4_xa3 = ropec_bf16_from_bits(h3_p4_xav.y >> 16u);
  const float h3_p4_xa4 = ropec_bf16_from_bits(h3_p4_xav.z & 0xffffu);
  const float h3_p4_xa5 = ropec_bf16_from_bits(h3_p4_xav.z >> 16u);
  const float h3_p4_xa6 = ropec_bf16_from_bits(h3_p4_xav.w & 0xffffu);
  const float h3_p4_xa7 = ropec_bf16_from_bits(h3_p4_xav.w >> 16u);
  const uint4 h3_p4_xbv = ropec_load_vec4u(a.k_out + oh3 + 96);
  const float h3_p4_xb0 = ropec_bf16_from_bits(h3_p4_xbv.x & 0xffffu);
  const float h3_p4_xb1 = ropec_bf16_from_bits(h3_p4_xbv.x >> 16u);
  const float h3_p4_xb2 = ropec_bf16_from_bits(h3_p4_xbv.y & 0xffffu);
  const float h3_p4_xb3 = ropec_bf16_from_bits(h3_p4_xbv.y >> 16u);
  const float h3_p4_xb4 = ropec_bf16_from_bits(h3_p4_xbv.z & 0xffffu);
  const float h3_p4_xb5 = ropec_bf16_from_bits(h3_p4_xbv.z >> 16u);
  const float h3_p4_xb6 = ropec_bf16_from_bits(h3_p4_xbv.w & 0xffffu);
  const float h3_p4_xb7 = ropec_bf16_from_bits(h3_p4_xbv.w >> 16u);
  const float h3_p4_ya0 = (h3_p4_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[32]))) * c4[0] - (h3_p4_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[96]))) * s4[0];
  const float h3_p4_yb0 = (h3_p4_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[96]))) * c4[0] + (h3_p4_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[32]))) * s4[0];
  const float h3_p4_ya1 = (h3_p4_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[33]))) * c4[1] - (h3_p4_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[97]))) * s4[1];
  const float h3_p4_yb1 = (h3_p4_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[97]))) * c4[1] + (h3_p4_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[33]))) * s4[1];
  const float h3_p4_ya2 = (h3_p4_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[34]))) * c4[2] - (h3_p4_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[98]))) * s4[2];
  const float h3_p4_yb2 = (h3_p4_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[98]))) * c4[2] + (h3_p4_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[34]))) * s4[2];
  const float h3_p4_ya3 = (h3_p4_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[35]))) * c4[3] - (h3_p4_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[99]))) * s4[3];
  const float h3_p4_yb3 = (h3_p4_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[99]))) * c4[3] + (h3_p4_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[35]))) * s4[3];
  const float h3_p4_ya4 = (h3_p4_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[36]))) * c4[4] - (h3_p4_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[100]))) * s4[4];
  const float h3_p4_yb4 = (h3_p4_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[100]))) * c4[4] + (h3_p4_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[36]))) * s4[4];
  const float h3_p4_ya5 = (h3_p4_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[37]))) * c4[5] - (h3_p4_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[101]))) * s4[5];
  const float h3_p4_yb5 = (h3_p4_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[101]))) * c4[5] + (h3_p4_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[37]))) * s4[5];
  const float h3_p4_ya6 = (h3_p4_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[38]))) * c4[6] - (h3_p4_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[102]))) * s4[6];
  const float h3_p4_yb6 = (h3_p4_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[102]))) * c4[6] + (h3_p4_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[38]))) * s4[6];
  const float h3_p4_ya7 = (h3_p4_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[39]))) * c4[7] - (h3_p4_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[103]))) * s4[7];
  const float h3_p4_yb7 = (h3_p4_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[103]))) * c4[7] + (h3_p4_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[39]))) * s4[7];
  ropec_store_vec4u(a.k_out + oh3 + 32, make_uint4(ropec_bf16_bits(h3_p4_ya0) | (ropec_bf16_bits(h3_p4_ya1) << 16u), ropec_bf16_bits(h3_p4_ya2) | (ropec_bf16_bits(h3_p4_ya3) << 16u), ropec_bf16_bits(h3_p4_ya4) | (ropec_bf16_bits(h3_p4_ya5) << 16u), ropec_bf16_bits(h3_p4_ya6) | (ropec_bf16_bits(h3_p4_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 96, make_uint4(ropec_bf16_bits(h3_p4_yb0) | (ropec_bf16_bits(h3_p4_yb1) << 16u), ropec_bf16_bits(h3_p4_yb2) | (ropec_bf16_bits(h3_p4_yb3) << 16u), ropec_bf16_bits(h3_p4_yb4) | (ropec_bf16_bits(h3_p4_yb5) << 16u), ropec_bf16_bits(h3_p4_yb6) | (ropec_bf16_bits(h3_p4_yb7) << 16u)));
  const uint4 h3_p5_xav = ropec_load_vec4u(a.k_out + oh3 + 40);
  const float h3_p5_xa0 = ropec_bf16_from_bits(h3_p5_xav.x & 0xffffu);
  const float h3_p5_xa1 = ropec_bf16_from_bits(h3_p5_xav.x >> 16u);
  const float h3_p5_xa2 = ropec_bf16_from_bits(h3_p5_xav.y & 0xffffu);
  const float h3_p5_xa3 = ropec_bf16_from_bits(h3_p5_xav.y >> 16u);
  const float h3_p5_xa4 = ropec_bf16_from_bits(h3_p5_xav.z & 0xffffu);
  const float h3_p5_xa5 = ropec_bf16_from_bits(h3_p5_xav.z >> 16u);
  const float h3_p5_xa6 = ropec_bf16_from_bits(h3_p5_xav.w & 0xffffu);
  const float h3_p5_xa7 = ropec_bf16_from_bits(h3_p5_xav.w >> 16u);
  const uint4 h3_p5_xbv = ropec_load_vec4u(a.k_out + oh3 + 104);
  const float h3_p5_xb0 = ropec_bf16_from_bits(h3_p5_xbv.x & 0xffffu);
  const float h3_p5_xb1 = ropec_bf16_from_bits(h3_p5_xbv.x >> 16u);
  const float h3_p5_xb2 = ropec_bf16_from_bits(h3_p5_xbv.y & 0xffffu);
  const float h3_p5_xb3 = ropec_bf16_from_bits(h3_p5_xbv.y >> 16u);
  const float h3_p5_xb4 = ropec_bf16_from_bits(h3_p5_xbv.z & 0xffffu);
  const float h3_p5_xb5 = ropec_bf16_from_bits(h3_p5_xbv.z >> 16u);
  const float h3_p5_xb6 = ropec_bf16_from_bits(h3_p5_xbv.w & 0xffffu);
  const float h3_p5_xb7 = ropec_bf16_from_bits(h3_p5_xbv.w >> 16u);
  const float h3_p5_ya0 = (h3_p5_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[40]))) * c5[0] - (h3_p5_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[104]))) * s5[0];
  const float h3_p5_yb0 = (h3_p5_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[104]))) * c5[0] + (h3_p5_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[40]))) * s5[0];
  const float h3_p5_ya1 = (h3_p5_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[41]))) * c5[1] - (h3_p5_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[105]))) * s5[1];
  const float h3_p5_yb1 = (h3_p5_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[105]))) * c5[1] + (h3_p5_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[41]))) * s5[1];
  const float h3_p5_ya2 = (h3_p5_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[42]))) * c5[2] - (h3_p5_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[106]))) * s5[2];
  const float h3_p5_yb2 = (h3_p5_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[106]))) * c5[2] + (h3_p5_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[42]))) * s5[2];
  const float h3_p5_ya3 = (h3_p5_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[43]))) * c5[3] - (h3_p5_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[107]))) * s5[3];
  const float h3_p5_yb3 = (h3_p5_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[107]))) * c5[3] + (h3_p5_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[43]))) * s5[3];
  const float h3_p5_ya4 = (h3_p5_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[44]))) * c5[4] - (h3_p5_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[108]))) * s5[4];
  const float h3_p5_yb4 = (h3_p5_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[108]))) * c5[4] + (h3_p5_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[44]))) * s5[4];
  const float h3_p5_ya5 = (h3_p5_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[45]))) * c5[5] - (h3_p5_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[109]))) * s5[5];
  const float h3_p5_yb5 = (h3_p5_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[109]))) * c5[5] + (h3_p5_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[45]))) * s5[5];
  const float h3_p5_ya6 = (h3_p5_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[46]))) * c5[6] - (h3_p5_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[110]))) * s5[6];
  const float h3_p5_yb6 = (h3_p5_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[110]))) * c5[6] + (h3_p5_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[46]))) * s5[6];
  const float h3_p5_ya7 = (h3_p5_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[47]))) * c5[7] - (h3_p5_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[111]))) * s5[7];
  const float h3_p5_yb7 = (h3_p5_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[111]))) * c5[7] + (h3_p5_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[47]))) * s5[7];
  ropec_store_vec4u(a.k_out + oh3 + 40, make_uint4(ropec_bf16_bits(h3_p5_ya0) | (ropec_bf16_bits(h3_p5_ya1) << 16u), ropec_bf16_bits(h3_p5_ya2) | (ropec_bf16_bits(h3_p5_ya3) << 16u), ropec_bf16_bits(h3_p5_ya4) | (ropec_bf16_bits(h3_p5_ya5) << 16u), ropec_bf16_bits(h3_p5_ya6) | (ropec_bf16_bits(h3_p5_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 104, make_uint4(ropec_bf16_bits(h3_p5_yb0) | (ropec_bf16_bits(h3_p5_yb1) << 16u), ropec_bf16_bits(h3_p5_yb2) | (ropec_bf16_bits(h3_p5_yb3) << 16u), ropec_bf16_bits(h3_p5_yb4) | (ropec_bf16_bits(h3_p5_yb5) << 16u), ropec_bf16_bits(h3_p5_yb6) | (ropec_bf16_bits(h3_p5_yb7) << 16u)));
  const uint4 h3_p6_xav = ropec_load_vec4u(a.k_out + oh3 + 48);
  const float h3_p6_xa0 = ropec_bf16_from_bits(h3_p6_xav.x & 0xffffu);
  const float h3_p6_xa1 = ropec_bf16_from_bits(h3_p6_xav.x >> 16u);
  const float h3_p6_xa2 = ropec_bf16_from_bits(h3_p6_xav.y & 0xffffu);
  const float h3_p6_xa3 = ropec_bf16_from_bits(h3_p6_xav.y >> 16u);
  const float h3_p6_xa4 = ropec_bf16_from_bits(h3_p6_xav.z & 0xffffu);
  const float h3_p6_xa5 = ropec_bf16_from_bits(h3_p6_xav.z >> 16u);
  const float h3_p6_xa6 = ropec_bf16_from_bits(h3_p6_xav.w & 0xffffu);
  const float h3_p6_xa7 = ropec_bf16_from_bits(h3_p6_xav.w >> 16u);
  const uint4 h3_p6_xbv = ropec_load_vec4u(a.k_out + oh3 + 112);
  const float h3_p6_xb0 = ropec_bf16_from_bits(h3_p6_xbv.x & 0xffffu);
  const float h3_p6_xb1 = ropec_bf16_from_bits(h3_p6_xbv.x >> 16u);
  const float h3_p6_xb2 = ropec_bf16_from_bits(h3_p6_xbv.y & 0xffffu);
  const float h3_p6_xb3 = ropec_bf16_from_bits(h3_p6_xbv.y >> 16u);
  const float h3_p6_xb4 = ropec_bf16_from_bits(h3_p6_xbv.z & 0xffffu);
  const float h3_p6_xb5 = ropec_bf16_from_bits(h3_p6_xbv.z >> 16u);
  const float h3_p6_xb6 = ropec_bf16_from_bits(h3_p6_xbv.w & 0xffffu);
  const float h3_p6_xb7 = ropec_bf16_from_bits(h3_p6_xbv.w >> 16u);
  const float h3_p6_ya0 = (h3_p6_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[48]))) * c6[0] - (h3_p6_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[112]))) * s6[0];
  const float h3_p6_yb0 = (h3_p6_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[112]))) * c6[0] + (h3_p6_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[48]))) * s6[0];
  const float h3_p6_ya1 = (h3_p6_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[49]))) * c6[1] - (h3_p6_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[113]))) * s6[1];
  const float h3_p6_yb1 = (h3_p6_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[113]))) * c6[1] + (h3_p6_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[49]))) * s6[1];
  const float h3_p6_ya2 = (h3_p6_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[50]))) * c6[2] - (h3_p6_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[114]))) * s6[2];
  const float h3_p6_yb2 = (h3_p6_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[114]))) * c6[2] + (h3_p6_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[50]))) * s6[2];
  const float h3_p6_ya3 = (h3_p6_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[51]))) * c6[3] - (h3_p6_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[115]))) * s6[3];
  const float h3_p6_yb3 = (h3_p6_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[115]))) * c6[3] + (h3_p6_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[51]))) * s6[3];
  const float h3_p6_ya4 = (h3_p6_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[52]))) * c6[4] - (h3_p6_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[116]))) * s6[4];
  const float h3_p6_yb4 = (h3_p6_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[116]))) * c6[4] + (h3_p6_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[52]))) * s6[4];
  const float h3_p6_ya5 = (h3_p6_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[53]))) * c6[5] - (h3_p6_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[117]))) * s6[5];
  const float h3_p6_yb5 = (h3_p6_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[117]))) * c6[5] + (h3_p6_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[53]))) * s6[5];
  const float h3_p6_ya6 = (h3_p6_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[54]))) * c6[6] - (h3_p6_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[118]))) * s6[6];
  const float h3_p6_yb6 = (h3_p6_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[118]))) * c6[6] + (h3_p6_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[54]))) * s6[6];
  const float h3_p6_ya7 = (h3_p6_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[55]))) * c6[7] - (h3_p6_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[119]))) * s6[7];
  const float h3_p6_yb7 = (h3_p6_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[119]))) * c6[7] + (h3_p6_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[55]))) * s6[7];
  ropec_store_vec4u(a.k_out + oh3 + 48, make_uint4(ropec_bf16_bits(h3_p6_ya0) | (ropec_bf16_bits(h3_p6_ya1) << 16u), ropec_bf16_bits(h3_p6_ya2) | (ropec_bf16_bits(h3_p6_ya3) << 16u), ropec_bf16_bits(h3_p6_ya4) | (ropec_bf16_bits(h3_p6_ya5) << 16u), ropec_bf16_bits(h3_p6_ya6) | (ropec_bf16_bits(h3_p6_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 112, make_uint4(ropec_bf16_bits(h3_p6_yb0) | (ropec_bf16_bits(h3_p6_yb1) << 16u), ropec_bf16_bits(h3_p6_yb2) | (ropec_bf16_bits(h3_p6_yb3) << 16u), ropec_bf16_bits(h3_p6_yb4) | (ropec_bf16_bits(h3_p6_yb5) << 16u), ropec_bf16_bits(h3_p6_yb6) | (ropec_bf16_bits(h3_p6_yb7) << 16u)));
  const uint4 h3_p7_xav = ropec_load_vec4u(a.k_out + oh3 + 56);
  const float h3_p7_xa0 = ropec_bf16_from_bits(h3_p7_xav.x & 0xffffu);
  const float h3_p7_xa1 = ropec_bf16_from_bits(h3_p7_xav.x >> 16u);
  const float h3_p7_xa2 = ropec_bf16_from_bits(h3_p7_xav.y & 0xffffu);
  const float h3_p7_xa3 = ropec_bf16_from_bits(h3_p7_xav.y >> 16u);
  const float h3_p7_xa4 = ropec_bf16_from_bits(h3_p7_xav.z & 0xffffu);
  const float h3_p7_xa5 = ropec_bf16_from_bits(h3_p7_xav.z >> 16u);
  const float h3_p7_xa6 = ropec_bf16_from_bits(h3_p7_xav.w & 0xffffu);
  const float h3_p7_xa7 = ropec_bf16_from_bits(h3_p7_xav.w >> 16u);
  const uint4 h3_p7_xbv = ropec_load_vec4u(a.k_out + oh3 + 120);
  const float h3_p7_xb0 = ropec_bf16_from_bits(h3_p7_xbv.x & 0xffffu);
  const float h3_p7_xb1 = ropec_bf16_from_bits(h3_p7_xbv.x >> 16u);
  const float h3_p7_xb2 = ropec_bf16_from_bits(h3_p7_xbv.y & 0xffffu);
  const float h3_p7_xb3 = ropec_bf16_from_bits(h3_p7_xbv.y >> 16u);
  const float h3_p7_xb4 = ropec_bf16_from_bits(h3_p7_xbv.z & 0xffffu);
  const float h3_p7_xb5 = ropec_bf16_from_bits(h3_p7_xbv.z >> 16u);
  const float h3_p7_xb6 = ropec_bf16_from_bits(h3_p7_xbv.w & 0xffffu);
  const float h3_p7_xb7 = ropec_bf16_from_bits(h3_p7_xbv.w >> 16u);
  const float h3_p7_ya0 = (h3_p7_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[56]))) * c7[0] - (h3_p7_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[120]))) * s7[0];
  const float h3_p7_yb0 = (h3_p7_xb0 * (h3_r * ropec_to_float(a.k_norm_weight[120]))) * c7[0] + (h3_p7_xa0 * (h3_r * ropec_to_float(a.k_norm_weight[56]))) * s7[0];
  const float h3_p7_ya1 = (h3_p7_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[57]))) * c7[1] - (h3_p7_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[121]))) * s7[1];
  const float h3_p7_yb1 = (h3_p7_xb1 * (h3_r * ropec_to_float(a.k_norm_weight[121]))) * c7[1] + (h3_p7_xa1 * (h3_r * ropec_to_float(a.k_norm_weight[57]))) * s7[1];
  const float h3_p7_ya2 = (h3_p7_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[58]))) * c7[2] - (h3_p7_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[122]))) * s7[2];
  const float h3_p7_yb2 = (h3_p7_xb2 * (h3_r * ropec_to_float(a.k_norm_weight[122]))) * c7[2] + (h3_p7_xa2 * (h3_r * ropec_to_float(a.k_norm_weight[58]))) * s7[2];
  const float h3_p7_ya3 = (h3_p7_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[59]))) * c7[3] - (h3_p7_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[123]))) * s7[3];
  const float h3_p7_yb3 = (h3_p7_xb3 * (h3_r * ropec_to_float(a.k_norm_weight[123]))) * c7[3] + (h3_p7_xa3 * (h3_r * ropec_to_float(a.k_norm_weight[59]))) * s7[3];
  const float h3_p7_ya4 = (h3_p7_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[60]))) * c7[4] - (h3_p7_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[124]))) * s7[4];
  const float h3_p7_yb4 = (h3_p7_xb4 * (h3_r * ropec_to_float(a.k_norm_weight[124]))) * c7[4] + (h3_p7_xa4 * (h3_r * ropec_to_float(a.k_norm_weight[60]))) * s7[4];
  const float h3_p7_ya5 = (h3_p7_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[61]))) * c7[5] - (h3_p7_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[125]))) * s7[5];
  const float h3_p7_yb5 = (h3_p7_xb5 * (h3_r * ropec_to_float(a.k_norm_weight[125]))) * c7[5] + (h3_p7_xa5 * (h3_r * ropec_to_float(a.k_norm_weight[61]))) * s7[5];
  const float h3_p7_ya6 = (h3_p7_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[62]))) * c7[6] - (h3_p7_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[126]))) * s7[6];
  const float h3_p7_yb6 = (h3_p7_xb6 * (h3_r * ropec_to_float(a.k_norm_weight[126]))) * c7[6] + (h3_p7_xa6 * (h3_r * ropec_to_float(a.k_norm_weight[62]))) * s7[6];
  const float h3_p7_ya7 = (h3_p7_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[63]))) * c7[7] - (h3_p7_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[127]))) * s7[7];
  const float h3_p7_yb7 = (h3_p7_xb7 * (h3_r * ropec_to_float(a.k_norm_weight[127]))) * c7[7] + (h3_p7_xa7 * (h3_r * ropec_to_float(a.k_norm_weight[63]))) * s7[7];
  ropec_store_vec4u(a.k_out + oh3 + 56, make_uint4(ropec_bf16_bits(h3_p7_ya0) | (ropec_bf16_bits(h3_p7_ya1) << 16u), ropec_bf16_bits(h3_p7_ya2) | (ropec_bf16_bits(h3_p7_ya3) << 16u), ropec_bf16_bits(h3_p7_ya4) | (ropec_bf16_bits(h3_p7_ya5) << 16u), ropec_bf16_bits(h3_p7_ya6) | (ropec_bf16_bits(h3_p7_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + 120, make_uint4(ropec_bf16_bits(h3_p7_yb0) | (ropec_bf16_bits(h3_p7_yb1) << 16u), ropec_bf16_bits(h3_p7_yb2) | (ropec_bf16_bits(h3_p7_yb3) << 16u), ropec_bf16_bits(h3_p7_yb4) | (ropec_bf16_bits(h3_p7_yb5) << 16u), ropec_bf16_bits(h3_p7_yb6) | (ropec_bf16_bits(h3_p7_yb7) << 16u)));
}

/** The scalar schedule: in place, one head per item, 1 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 40;
  const int64_t rest = item / 1;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 32) {
    const int64_t h0 = g;
    item_scalar_in_q1_0(a, flat, h0);
  } else {
    const int64_t h0 = g - 32;
    item_scalar_in_k1_0(a, flat, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 40) * 1) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: in place, groups of 4 q / 4 k heads per item, 1 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 10;
  const int64_t rest = item / 1;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 8) {
    const int64_t h0 = g * 4;
    item_scalar_in_q4_0(a, flat, h0);
  } else {
    const int64_t h0 = (g - 8) * 4;
    item_scalar_in_k4_0(a, flat, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 10) * 1) return;
  work_scalar_grouped(a, item);
}

/** The vector schedule: in place, one head per item, 1 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t per_token = 40;
  const int64_t rest = item / 1;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 32) {
    const int64_t h0 = g;
    item_vector_in_q1_0(a, flat, h0);
  } else {
    const int64_t h0 = g - 32;
    item_vector_in_k1_0(a, flat, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 40) * 1) return;
  work_vector(a, item);
}

/** The vector_grouped schedule: in place, groups of 4 q / 4 k heads per item, 1 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 10;
  const int64_t rest = item / 1;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 8) {
    const int64_t h0 = g * 4;
    item_vector_in_q4_0(a, flat, h0);
  } else {
    const int64_t h0 = (g - 8) * 4;
    item_vector_in_k4_0(a, flat, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 10) * 1) return;
  work_vector_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_qwen3_8b_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(ropec_qwen3_8b_elem_t* q, ropec_qwen3_8b_elem_t* k, const int64_t* positions, const ropec_qwen3_8b_elem_t* q_norm_weight, const ropec_qwen3_8b_elem_t* k_norm_weight, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(q != NULL && ropec_aligned(q, sizeof(*q)))) {
    return ropec_refuse("q: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(k != NULL && ropec_aligned(k, sizeof(*k)))) {
    return ropec_refuse("k: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(positions != NULL && ropec_aligned(positions, sizeof(*positions)))) {
    return ropec_refuse("positions: NULL or not aligned to its element size (8 bytes)");
  }
  if (!(q_norm_weight != NULL && ropec_aligned(q_norm_weight, sizeof(*q_norm_weight)))) {
    return ropec_refuse("q_norm_weight: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(k_norm_weight != NULL && ropec_aligned(k_norm_weight, sizeof(*k_norm_weight)))) {
    return ropec_refuse("k_norm_weight: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(tokens >= 0)) {
    return ropec_refuse("tokens: expected a whole number ≥ 0, got %lld", static_cast<long long>(tokens));
  }
  const int64_t n_tokens = tokens;
  const int64_t n_q_heads = 32;
  const int64_t n_k_heads = 8;
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
  if (!(n_q_heads <= 1 || n_q_head_stride >= 128)) {
    return ropec_refuse("q_head_stride: %lld is below head_dim 128: the heads of q would overlap", static_cast<long long>(n_q_head_stride));
  }
  if (!(n_tokens <= 1 || n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 128)) {
    return ropec_refuse("q_token_stride: %lld is below the %lld elements one token of q spans ((heads − 1) · head stride + head_dim): its tokens would overlap", static_cast<long long>(n_q_token_stride), static_cast<long long>((n_q_heads - 1) * n_q_head_stride + 128));
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
  if (!(n_k_heads <= 1 || n_k_head_stride >= 128)) {
    return ropec_refuse("k_head_stride: %lld is below head_dim 128: the heads of k would overlap", static_cast<long long>(n_k_head_stride));
  }
  if (!(n_tokens <= 1 || n_k_token_stride >= (n_k_heads - 1) * n_k_head_stride + 128)) {
    return ropec_refuse("k_token_stride: %lld is below the %lld elements one token of k spans ((heads − 1) · head stride + head_dim): its tokens would overlap", static_cast<long long>(n_k_token_stride), static_cast<long long>((n_k_heads - 1) * n_k_head_stride + 128));
  }
  if (!((n_tokens == 0 || !true) || ((((static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens - 1) * n_q_token_stride) + ((n_q_heads - 1) * n_q_head_stride + 128) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens - 1) * n_k_token_stride) + ((n_k_heads - 1) * n_k_head_stride + 128) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) || ((n_q_token_stride == n_k_token_stride && (n_q_heads - 1) * n_q_head_stride + 128 <= n_q_token_stride) && (n_k_heads - 1) * n_k_head_stride + 128 <= n_q_token_stride) && ((n_q_token_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 128) && n_q_token_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_k_heads - 1) * n_k_head_stride + 128)) || (((n_q_head_stride == n_k_head_stride && n_q_head_stride >= 128) && n_q_token_stride % n_q_head_stride == 0) && n_k_token_stride % n_q_head_stride == 0) && ((n_q_head_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 128) && n_q_head_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 128)))) {
    return ropec_refuse("q, k: the views overlap: q starts at element %lld and k at %lld of the same memory (token strides %lld, %lld; head strides %lld, %lld)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k))), static_cast<long long>(n_q_token_stride), static_cast<long long>(n_k_token_stride), static_cast<long long>(n_q_head_stride), static_cast<long long>(n_k_head_stride));
  }
  if (!(n_tokens <= 549755813632LL / ropec_max((n_q_heads + 3) / 4 + (n_k_heads + 3) / 4, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  a->q_out = q;
  a->k_out = k;
  a->positions = positions;
  a->q_norm_weight = q_norm_weight;
  a->k_norm_weight = k_norm_weight;
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
  const int64_t q_heads = 32;
  const int64_t k_heads = 8;
  const int64_t grouped_items = vector ? a.tokens * ((q_heads + 3) / 4 + (k_heads + 3) / 4) : a.tokens * ((q_heads + 3) / 4 + (k_heads + 3) / 4);
  const int64_t single_items = vector ? a.tokens * (q_heads + k_heads) : a.tokens * (q_heads + k_heads);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_qwen3_8b

extern "C" const char* ropec_qwen3_8b_last_error(void) {
  return ropec_qwen3_8b::last_error;
}

extern "C" cudaError_t ropec_qwen3_8b_check(ropec_qwen3_8b_elem_t* q, ropec_qwen3_8b_elem_t* k, const int64_t* positions, const ropec_qwen3_8b_elem_t* q_norm_weight, const ropec_qwen3_8b_elem_t* k_norm_weight, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride) {
  ropec_qwen3_8b::Args a;
  bool vector = false;
  return ropec_qwen3_8b::prepare(q, k, positions, q_norm_weight, k_norm_weight, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, &a, &vector);
}

extern "C" cudaError_t ropec_qwen3_8b_launch(ropec_qwen3_8b_elem_t* q, ropec_qwen3_8b_elem_t* k, const int64_t* positions, const ropec_qwen3_8b_elem_t* q_norm_weight, const ropec_qwen3_8b_elem_t* k_norm_weight, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, cudaStream_t stream) {
  using namespace ropec_qwen3_8b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, q_norm_weight, k_norm_weight, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, &a, &vector);
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
extern "C" cudaError_t ropec_qwen3_8b_emulate(ropec_qwen3_8b_elem_t* q, ropec_qwen3_8b_elem_t* k, const int64_t* positions, const ropec_qwen3_8b_elem_t* q_norm_weight, const ropec_qwen3_8b_elem_t* k_norm_weight, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int schedule, int* used) {
  using namespace ropec_qwen3_8b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, q_norm_weight, k_norm_weight, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, &a, &vector);
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
