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

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 */
__host__ __device__ inline void item_vector_in_q1_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
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
  for (int64_t kk0 = 0; kk0 < 8; ++kk0) {
    float c0[8];
    float s0[8];
    ROPEC_UNROLL
    for (int64_t i = 0; i < 8; ++i) {
      const float2 cs0 = pair_sincos(pos0, kk0 * 8 + i);
      c0[i] = cs0.x;
      s0[i] = cs0.y;
    }
    const uint4 p0_xav = ropec_load_vec4u(a.q_out + o + kk0 * 8);
    const float p0_xa0 = ropec_bf16_from_bits(p0_xav.x & 0xffffu);
    const float p0_xa1 = ropec_bf16_from_bits(p0_xav.x >> 16u);
    const float p0_xa2 = ropec_bf16_from_bits(p0_xav.y & 0xffffu);
    const float p0_xa3 = ropec_bf16_from_bits(p0_xav.y >> 16u);
    const float p0_xa4 = ropec_bf16_from_bits(p0_xav.z & 0xffffu);
    const float p0_xa5 = ropec_bf16_from_bits(p0_xav.z >> 16u);
    const float p0_xa6 = ropec_bf16_from_bits(p0_xav.w & 0xffffu);
    const float p0_xa7 = ropec_bf16_from_bits(p0_xav.w >> 16u);
    const uint4 p0_xbv = ropec_load_vec4u(a.q_out + o + (64 + kk0 * 8));
    const float p0_xb0 = ropec_bf16_from_bits(p0_xbv.x & 0xffffu);
    const float p0_xb1 = ropec_bf16_from_bits(p0_xbv.x >> 16u);
    const float p0_xb2 = ropec_bf16_from_bits(p0_xbv.y & 0xffffu);
    const float p0_xb3 = ropec_bf16_from_bits(p0_xbv.y >> 16u);
    const float p0_xb4 = ropec_bf16_from_bits(p0_xbv.z & 0xffffu);
    const float p0_xb5 = ropec_bf16_from_bits(p0_xbv.z >> 16u);
    const float p0_xb6 = ropec_bf16_from_bits(p0_xbv.w & 0xffffu);
    const float p0_xb7 = ropec_bf16_from_bits(p0_xbv.w >> 16u);
    const float p0_ya0 = (p0_xa0 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8]))) * c0[0] - (p0_xb0 * (r * ropec_to_float(a.q_norm_weight[64 + kk0 * 8]))) * s0[0];
    const float p0_yb0 = (p0_xb0 * (r * ropec_to_float(a.q_norm_weight[64 + kk0 * 8]))) * c0[0] + (p0_xa0 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8]))) * s0[0];
    const float p0_ya1 = (p0_xa1 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 1]))) * c0[1] - (p0_xb1 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 1]))) * s0[1];
    const float p0_yb1 = (p0_xb1 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 1]))) * c0[1] + (p0_xa1 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 1]))) * s0[1];
    const float p0_ya2 = (p0_xa2 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 2]))) * c0[2] - (p0_xb2 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 2]))) * s0[2];
    const float p0_yb2 = (p0_xb2 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 2]))) * c0[2] + (p0_xa2 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 2]))) * s0[2];
    const float p0_ya3 = (p0_xa3 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 3]))) * c0[3] - (p0_xb3 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 3]))) * s0[3];
    const float p0_yb3 = (p0_xb3 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 3]))) * c0[3] + (p0_xa3 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 3]))) * s0[3];
    const float p0_ya4 = (p0_xa4 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 4]))) * c0[4] - (p0_xb4 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 4]))) * s0[4];
    const float p0_yb4 = (p0_xb4 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 4]))) * c0[4] + (p0_xa4 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 4]))) * s0[4];
    const float p0_ya5 = (p0_xa5 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 5]))) * c0[5] - (p0_xb5 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 5]))) * s0[5];
    const float p0_yb5 = (p0_xb5 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 5]))) * c0[5] + (p0_xa5 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 5]))) * s0[5];
    const float p0_ya6 = (p0_xa6 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 6]))) * c0[6] - (p0_xb6 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 6]))) * s0[6];
    const float p0_yb6 = (p0_xb6 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 6]))) * c0[6] + (p0_xa6 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 6]))) * s0[6];
    const float p0_ya7 = (p0_xa7 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 7]))) * c0[7] - (p0_xb7 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 7]))) * s0[7];
    const float p0_yb7 = (p0_xb7 * (r * ropec_to_float(a.q_norm_weight[(64 + kk0 * 8) + 7]))) * c0[7] + (p0_xa7 * (r * ropec_to_float(a.q_norm_weight[kk0 * 8 + 7]))) * s0[7];
    ropec_store_vec4u(a.q_out + o + kk0 * 8, make_uint4(ropec_bf16_bits(p0_ya0) | (ropec_bf16_bits(p0_ya1) << 16u), ropec_bf16_bits(p0_ya2) | (ropec_bf16_bits(p0_ya3) << 16u), ropec_bf16_bits(p0_ya4) | (ropec_bf16_bits(p0_ya5) << 16u), ropec_bf16_bits(p0_ya6) | (ropec_bf16_bits(p0_ya7) << 16u)));
    ropec_store_vec4u(a.q_out + o + (64 + kk0 * 8), make_uint4(ropec_bf16_bits(p0_yb0) | (ropec_bf16_bits(p0_yb1) << 16u), ropec_bf16_bits(p0_yb2) | (ropec_bf16_bits(p0_yb3) << 16u), ropec_bf16_bits(p0_yb4) | (ropec_bf16_bits(p0_yb5) << 16u), ropec_bf16_bits(p0_yb6) | (ropec_bf16_bits(p0_yb7) << 16u)));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 */
__host__ __device__ inline void item_vector_in_k1_0(const Args& a, int64_t flat, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
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
  for (int64_t kk0 = 0; kk0 < 8; ++kk0) {
    float c0[8];
    float s0[8];
    ROPEC_UNROLL
    for (int64_t i = 0; i < 8; ++i) {
      const float2 cs0 = pair_sincos(pos0, kk0 * 8 + i);
      c0[i] = cs0.x;
      s0[i] = cs0.y;
    }
    const uint4 p0_xav = ropec_load_vec4u(a.k_out + o + kk0 * 8);
    const float p0_xa0 = ropec_bf16_from_bits(p0_xav.x & 0xffffu);
    const float p0_xa1 = ropec_bf16_from_bits(p0_xav.x >> 16u);
    const float p0_xa2 = ropec_bf16_from_bits(p0_xav.y & 0xffffu);
    const float p0_xa3 = ropec_bf16_from_bits(p0_xav.y >> 16u);
    const float p0_xa4 = ropec_bf16_from_bits(p0_xav.z & 0xffffu);
    const float p0_xa5 = ropec_bf16_from_bits(p0_xav.z >> 16u);
    const float p0_xa6 = ropec_bf16_from_bits(p0_xav.w & 0xffffu);
    const float p0_xa7 = ropec_bf16_from_bits(p0_xav.w >> 16u);
    const uint4 p0_xbv = ropec_load_vec4u(a.k_out + o + (64 + kk0 * 8));
    const float p0_xb0 = ropec_bf16_from_bits(p0_xbv.x & 0xffffu);
    const float p0_xb1 = ropec_bf16_from_bits(p0_xbv.x >> 16u);
    const float p0_xb2 = ropec_bf16_from_bits(p0_xbv.y & 0xffffu);
    const float p0_xb3 = ropec_bf16_from_bits(p0_xbv.y >> 16u);
    const float p0_xb4 = ropec_bf16_from_bits(p0_xbv.z & 0xffffu);
    const float p0_xb5 = ropec_bf16_from_bits(p0_xbv.z >> 16u);
    const float p0_xb6 = ropec_bf16_from_bits(p0_xbv.w & 0xffffu);
    const float p0_xb7 = ropec_bf16_from_bits(p0_xbv.w >> 16u);
    const float p0_ya0 = (p0_xa0 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8]))) * c0[0] - (p0_xb0 * (r * ropec_to_float(a.k_norm_weight[64 + kk0 * 8]))) * s0[0];
    const float p0_yb0 = (p0_xb0 * (r * ropec_to_float(a.k_norm_weight[64 + kk0 * 8]))) * c0[0] + (p0_xa0 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8]))) * s0[0];
    const float p0_ya1 = (p0_xa1 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 1]))) * c0[1] - (p0_xb1 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 1]))) * s0[1];
    const float p0_yb1 = (p0_xb1 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 1]))) * c0[1] + (p0_xa1 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 1]))) * s0[1];
    const float p0_ya2 = (p0_xa2 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 2]))) * c0[2] - (p0_xb2 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 2]))) * s0[2];
    const float p0_yb2 = (p0_xb2 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 2]))) * c0[2] + (p0_xa2 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 2]))) * s0[2];
    const float p0_ya3 = (p0_xa3 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 3]))) * c0[3] - (p0_xb3 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 3]))) * s0[3];
    const float p0_yb3 = (p0_xb3 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 3]))) * c0[3] + (p0_xa3 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 3]))) * s0[3];
    const float p0_ya4 = (p0_xa4 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 4]))) * c0[4] - (p0_xb4 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 4]))) * s0[4];
    const float p0_yb4 = (p0_xb4 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 4]))) * c0[4] + (p0_xa4 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 4]))) * s0[4];
    const float p0_ya5 = (p0_xa5 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 5]))) * c0[5] - (p0_xb5 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 5]))) * s0[5];
    const float p0_yb5 = (p0_xb5 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 5]))) * c0[5] + (p0_xa5 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 5]))) * s0[5];
    const float p0_ya6 = (p0_xa6 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 6]))) * c0[6] - (p0_xb6 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 6]))) * s0[6];
    const float p0_yb6 = (p0_xb6 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 6]))) * c0[6] + (p0_xa6 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 6]))) * s0[6];
    const float p0_ya7 = (p0_xa7 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 7]))) * c0[7] - (p0_xb7 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 7]))) * s0[7];
    const float p0_yb7 = (p0_xb7 * (r * ropec_to_float(a.k_norm_weight[(64 + kk0 * 8) + 7]))) * c0[7] + (p0_xa7 * (r * ropec_to_float(a.k_norm_weight[kk0 * 8 + 7]))) * s0[7];
    ropec_store_vec4u(a.k_out + o + kk0 * 8, make_uint4(ropec_bf16_bits(p0_ya0) | (ropec_bf16_bits(p0_ya1) << 16u), ropec_bf16_bits(p0_ya2) | (ropec_bf16_bits(p0_ya3) << 16u), ropec_bf16_bits(p0_ya4) | (ropec_bf16_bits(p0_ya5) << 16u), ropec_bf16_bits(p0_ya6) | (ropec_bf16_bits(p0_ya7) << 16u)));
    ropec_store_vec4u(a.k_out + o + (64 + kk0 * 8), make_uint4(ropec_bf16_bits(p0_yb0) | (ropec_bf16_bits(p0_yb1) << 16u), ropec_bf16_bits(p0_yb2) | (ropec_bf16_bits(p0_yb3) << 16u), ropec_bf16_bits(p0_yb4) | (ropec_bf16_bits(p0_yb5) << 16u), ropec_bf16_bits(p0_yb6) | (ropec_bf16_bits(p0_yb7) << 16u)));
  }
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

/** The scalar_grouped schedule: in place, one head per item, 1 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
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

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 40) * 1) return;
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

/** The vector_grouped schedule: in place, one head per item, 1 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
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

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 40) * 1) return;
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
  if (!(n_tokens <= 549755813632LL / ropec_max(n_q_heads + n_k_heads, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  const int64_t at_q = static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) * 2;
  const int64_t end_q = at_q + (n_tokens == 0 || n_q_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 128, 1125899906842624LL)) * 2;
  const int64_t at_k = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) * 2;
  const int64_t end_k = at_k + (n_tokens == 0 || n_k_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 128, 1125899906842624LL)) * 2;
  const int64_t at_positions = static_cast<int64_t>(reinterpret_cast<uintptr_t>(positions) / sizeof(*positions)) * 8;
  const int64_t end_positions = at_positions + ropec_min(n_tokens, 1125899906842624LL) * 8;
  const int64_t at_q_norm_weight = static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_norm_weight) / sizeof(*q_norm_weight)) * 2;
  const int64_t end_q_norm_weight = at_q_norm_weight + 128 * 2;
  const int64_t at_k_norm_weight = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_norm_weight) / sizeof(*k_norm_weight)) * 2;
  const int64_t end_k_norm_weight = at_k_norm_weight + 128 * 2;
  if (!(((at_q == end_q || at_positions == end_positions) || end_q <= at_positions) || end_positions <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_q == end_q || at_q_norm_weight == end_q_norm_weight) || end_q <= at_q_norm_weight) || end_q_norm_weight <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap q_norm_weight's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_q_norm_weight), static_cast<long long>(end_q_norm_weight));
  }
  if (!(((at_q == end_q || at_k_norm_weight == end_k_norm_weight) || end_q <= at_k_norm_weight) || end_k_norm_weight <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap k_norm_weight's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_k_norm_weight), static_cast<long long>(end_k_norm_weight));
  }
  if (!(((at_k == end_k || at_positions == end_positions) || end_k <= at_positions) || end_positions <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_k == end_k || at_q_norm_weight == end_q_norm_weight) || end_k <= at_q_norm_weight) || end_q_norm_weight <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap q_norm_weight's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_q_norm_weight), static_cast<long long>(end_q_norm_weight));
  }
  if (!(((at_k == end_k || at_k_norm_weight == end_k_norm_weight) || end_k <= at_k_norm_weight) || end_k_norm_weight <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap k_norm_weight's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_k_norm_weight), static_cast<long long>(end_k_norm_weight));
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
  const int64_t grouped_items = vector ? a.tokens * (q_heads + k_heads) : a.tokens * (q_heads + k_heads);
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
