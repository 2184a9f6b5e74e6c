// Generated from spec/llama3_1_8b_fp8kv.rope (rope llama3_1_8b_fp8kv) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 84594f107f0d3b11
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

#include "llama3_1_8b_fp8kv.h"

namespace ropec_llama3_1_8b_fp8kv {

typedef __nv_bfloat16 elem_t;
[[maybe_unused]] constexpr int kHeadDim = 128;
[[maybe_unused]] constexpr int kPairs = 64;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[64] = { 0.15915494309189535, 0.12965035949611559, 0.10561541722123227, 0.0860361390293651, 0.0700865215877985, 0.05709368834647943, 0.04650950247147672, 0.03788744225135849, 0.03086376340470123, 0.02514215357114057, 0.020481231595318977, 0.016684364228154013, 0.013591370636193905, 0.011071764751975344, 0.009019250376164549, 0.007347236792890765, 0.005985185712713705, 0.004875635429408551, 0.00397177664679776, 0.003235477705510414, 0.002635675898667414, 0.002147067009914811, 0.0017490377885214458, 0.0014247963251959085, 0.001160663641240061, 0.0009454966048648434, 0.0007702178288757531, 0.0006274327172257595, 0.0005111175045375439, 0.00034482044656994137, 0.0002183436427051612, 0.00013635622236712498, 0.00008353186088483344, 0.00004976675604756722, 0.000028410400782549178, 0.000015209184333693164, 0.00001238966367112742, 0.000010092833548186743, 0.000008221796146798418, 0.0000066976168344373256, 0.000005455994099100361, 0.000004444546820946767, 0.0000036206044370255546, 0.0000029494067713784897, 0.000002402637585618108, 0.00000195722998395599, 0.0000015943932755513179, 0.0000012988202398090903, 0.0000010580413510301752, 8.618987186820426e-7, 7.021175500772659e-7, 5.719570564860764e-7, 4.65926075239419e-7, 3.795514105931718e-7, 3.0918912020375924e-7, 2.518707858389251e-7, 2.051782828493793e-7, 1.671417652221971e-7, 1.3615656244720623e-7, 1.1091548227215902e-7, 9.035366336041081e-8, 7.360365131546329e-8, 5.995880283634433e-8, 4.884347411189276e-8 };
[[maybe_unused]] static const double TURNS_host[64] = { 0.15915494309189535, 0.12965035949611559, 0.10561541722123227, 0.0860361390293651, 0.0700865215877985, 0.05709368834647943, 0.04650950247147672, 0.03788744225135849, 0.03086376340470123, 0.02514215357114057, 0.020481231595318977, 0.016684364228154013, 0.013591370636193905, 0.011071764751975344, 0.009019250376164549, 0.007347236792890765, 0.005985185712713705, 0.004875635429408551, 0.00397177664679776, 0.003235477705510414, 0.002635675898667414, 0.002147067009914811, 0.0017490377885214458, 0.0014247963251959085, 0.001160663641240061, 0.0009454966048648434, 0.0007702178288757531, 0.0006274327172257595, 0.0005111175045375439, 0.00034482044656994137, 0.0002183436427051612, 0.00013635622236712498, 0.00008353186088483344, 0.00004976675604756722, 0.000028410400782549178, 0.000015209184333693164, 0.00001238966367112742, 0.000010092833548186743, 0.000008221796146798418, 0.0000066976168344373256, 0.000005455994099100361, 0.000004444546820946767, 0.0000036206044370255546, 0.0000029494067713784897, 0.000002402637585618108, 0.00000195722998395599, 0.0000015943932755513179, 0.0000012988202398090903, 0.0000010580413510301752, 8.618987186820426e-7, 7.021175500772659e-7, 5.719570564860764e-7, 4.65926075239419e-7, 3.795514105931718e-7, 3.0918912020375924e-7, 2.518707858389251e-7, 2.051782828493793e-7, 1.671417652221971e-7, 1.3615656244720623e-7, 1.1091548227215902e-7, 9.035366336041081e-8, 7.360365131546329e-8, 5.995880283634433e-8, 4.884347411189276e-8 };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  elem_t* k_out;
  const int64_t* positions;
  const __nv_bfloat16* v;
  const int64_t* slot_mapping;
  __nv_fp8_e4m3* k_cache;
  __nv_fp8_e4m3* v_cache;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t q_token_stride;
  int64_t q_head_stride;
  int64_t k_token_stride;
  int64_t k_head_stride;
  int64_t v_token_stride;
  int64_t v_head_stride;
  int64_t cache_slots;
  float k_scale;
  float v_scale;
};

/** cos and sin of p·ω_j (unscaled) */
__host__ __device__ inline float2 pair_sincos(double p, int64_t j) {
  const double t = p * ROPEC_CONST(TURNS)[j];
  const double r = t - rint(t);
  return ropec_sincos(static_cast<float>(r * 6.283185307179586));
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 (item k: + 1 pairs, + 1 lanes) */
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
    const float xa = ropec_to_float(a.q_out[(o + ki) + i]);
    const float xb = ropec_to_float(a.q_out[(o + (64 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.q_out[(o + ki) + i] = ropec_to_bf16(xa * ci - xb * si);
    a.q_out[(o + (64 + ki)) + i] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_in_k1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  const int64_t slot_given = a.slot_mapping[flat];
  const bool stored = slot_given >= 0 && ropec_max(slot_given, 0) < a.cache_slots;
  const int64_t slot = stored ? ropec_max(slot_given, 0) : 0;
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.k_token_stride + h0 * a.k_head_stride;
  const int64_t co = (slot * 8 + h0) * 128;
  const int64_t vo = flat * a.v_token_stride + h0 * a.v_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.k_out[(o + ki) + i]);
    const float xb = ropec_to_float(a.k_out[(o + (64 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    const float kw0 = xa * ci - xb * si;
    a.k_out[(o + ki) + i] = ropec_to_bf16(kw0);
    if (stored) {
      a.k_cache[(co + ki) + i] = __nv_fp8_e4m3(kw0 / a.k_scale);
      a.v_cache[(co + ki) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(vo + ki) + i]) / a.v_scale);
    }
    const float kw1 = xb * ci + xa * si;
    a.k_out[(o + (64 + ki)) + i] = ropec_to_bf16(kw1);
    if (stored) {
      a.k_cache[(co + (64 + ki)) + i] = __nv_fp8_e4m3(kw1 / a.k_scale);
      a.v_cache[(co + (64 + ki)) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(vo + (64 + ki)) + i]) / a.v_scale);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_in_q4_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
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
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.q_out[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.q_out[(oh0 + (64 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.q_out[(oh0 + ki) + i] = ropec_to_bf16(h0_xa * h0_ci - h0_xb * h0_si);
    a.q_out[(oh0 + (64 + ki)) + i] = ropec_to_bf16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.q_out[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.q_out[(oh1 + (64 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.q_out[(oh1 + ki) + i] = ropec_to_bf16(h1_xa * h1_ci - h1_xb * h1_si);
    a.q_out[(oh1 + (64 + ki)) + i] = ropec_to_bf16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.q_out[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.q_out[(oh2 + (64 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.q_out[(oh2 + ki) + i] = ropec_to_bf16(h2_xa * h2_ci - h2_xb * h2_si);
    a.q_out[(oh2 + (64 + ki)) + i] = ropec_to_bf16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.q_out[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.q_out[(oh3 + (64 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.q_out[(oh3 + ki) + i] = ropec_to_bf16(h3_xa * h3_ci - h3_xb * h3_si);
    a.q_out[(oh3 + (64 + ki)) + i] = ropec_to_bf16(h3_xb * h3_ci + h3_xa * h3_si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_in_k4_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  const int64_t slot_given = a.slot_mapping[flat];
  const bool stored = slot_given >= 0 && ropec_max(slot_given, 0) < a.cache_slots;
  const int64_t slot = stored ? ropec_max(slot_given, 0) : 0;
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.k_token_stride + h0 * a.k_head_stride;
  const int64_t oh1 = flat * a.k_token_stride + (h0 + 1) * a.k_head_stride;
  const int64_t oh2 = flat * a.k_token_stride + (h0 + 2) * a.k_head_stride;
  const int64_t oh3 = flat * a.k_token_stride + (h0 + 3) * a.k_head_stride;
  const int64_t h0co = (slot * 8 + h0) * 128;
  const int64_t h0vo = flat * a.v_token_stride + h0 * a.v_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.k_out[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.k_out[(oh0 + (64 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    const float h0kw0 = h0_xa * h0_ci - h0_xb * h0_si;
    a.k_out[(oh0 + ki) + i] = ropec_to_bf16(h0kw0);
    if (stored) {
      a.k_cache[(h0co + ki) + i] = __nv_fp8_e4m3(h0kw0 / a.k_scale);
      a.v_cache[(h0co + ki) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h0vo + ki) + i]) / a.v_scale);
    }
    const float h0kw1 = h0_xb * h0_ci + h0_xa * h0_si;
    a.k_out[(oh0 + (64 + ki)) + i] = ropec_to_bf16(h0kw1);
    if (stored) {
      a.k_cache[(h0co + (64 + ki)) + i] = __nv_fp8_e4m3(h0kw1 / a.k_scale);
      a.v_cache[(h0co + (64 + ki)) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h0vo + (64 + ki)) + i]) / a.v_scale);
    }
  }
  const int64_t h1co = (slot * 8 + (h0 + 1)) * 128;
  const int64_t h1vo = flat * a.v_token_stride + (h0 + 1) * a.v_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.k_out[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.k_out[(oh1 + (64 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    const float h1kw0 = h1_xa * h1_ci - h1_xb * h1_si;
    a.k_out[(oh1 + ki) + i] = ropec_to_bf16(h1kw0);
    if (stored) {
      a.k_cache[(h1co + ki) + i] = __nv_fp8_e4m3(h1kw0 / a.k_scale);
      a.v_cache[(h1co + ki) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h1vo + ki) + i]) / a.v_scale);
    }
    const float h1kw1 = h1_xb * h1_ci + h1_xa * h1_si;
    a.k_out[(oh1 + (64 + ki)) + i] = ropec_to_bf16(h1kw1);
    if (stored) {
      a.k_cache[(h1co + (64 + ki)) + i] = __nv_fp8_e4m3(h1kw1 / a.k_scale);
      a.v_cache[(h1co + (64 + ki)) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h1vo + (64 + ki)) + i]) / a.v_scale);
    }
  }
  const int64_t h2co = (slot * 8 + (h0 + 2)) * 128;
  const int64_t h2vo = flat * a.v_token_stride + (h0 + 2) * a.v_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.k_out[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.k_out[(oh2 + (64 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    const float h2kw0 = h2_xa * h2_ci - h2_xb * h2_si;
    a.k_out[(oh2 + ki) + i] = ropec_to_bf16(h2kw0);
    if (stored) {
      a.k_cache[(h2co + ki) + i] = __nv_fp8_e4m3(h2kw0 / a.k_scale);
      a.v_cache[(h2co + ki) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h2vo + ki) + i]) / a.v_scale);
    }
    const float h2kw1 = h2_xb * h2_ci + h2_xa * h2_si;
    a.k_out[(oh2 + (64 + ki)) + i] = ropec_to_bf16(h2kw1);
    if (stored) {
      a.k_cache[(h2co + (64 + ki)) + i] = __nv_fp8_e4m3(h2kw1 / a.k_scale);
      a.v_cache[(h2co + (64 + ki)) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h2vo + (64 + ki)) + i]) / a.v_scale);
    }
  }
  const int64_t h3co = (slot * 8 + (h0 + 3)) * 128;
  const int64_t h3vo = flat * a.v_token_stride + (h0 + 3) * a.v_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.k_out[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.k_out[(oh3 + (64 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    const float h3kw0 = h3_xa * h3_ci - h3_xb * h3_si;
    a.k_out[(oh3 + ki) + i] = ropec_to_bf16(h3kw0);
    if (stored) {
      a.k_cache[(h3co + ki) + i] = __nv_fp8_e4m3(h3kw0 / a.k_scale);
      a.v_cache[(h3co + ki) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h3vo + ki) + i]) / a.v_scale);
    }
    const float h3kw1 = h3_xb * h3_ci + h3_xa * h3_si;
    a.k_out[(oh3 + (64 + ki)) + i] = ropec_to_bf16(h3kw1);
    if (stored) {
      a.k_cache[(h3co + (64 + ki)) + i] = __nv_fp8_e4m3(h3kw1 / a.k_scale);
      a.v_cache[(h3co + (64 + ki)) + i] = __nv_fp8_e4m3(ropec_to_float(a.v[(h3vo + (64 + ki)) + i]) / a.v_scale);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_q1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.q_token_stride + h0 * a.q_head_stride;
  const uint4 xav = ropec_load_vec4u(a.q_out + o + ki * 8);
  const float xa0 = ropec_bf16_from_bits(xav.x & 0xffffu);
  const float xa1 = ropec_bf16_from_bits(xav.x >> 16u);
  const float xa2 = ropec_bf16_from_bits(xav.y & 0xffffu);
  const float xa3 = ropec_bf16_from_bits(xav.y >> 16u);
  const float xa4 = ropec_bf16_from_bits(xav.z & 0xffffu);
  const float xa5 = ropec_bf16_from_bits(xav.z >> 16u);
  const float xa6 = ropec_bf16_from_bits(xav.w & 0xffffu);
  const float xa7 = ropec_bf16_from_bits(xav.w >> 16u);
  const uint4 xbv = ropec_load_vec4u(a.q_out + o + (64 + ki * 8));
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
  ropec_store_vec4u(a.q_out + o + (64 + ki * 8), make_uint4(ropec_bf16_bits(yb0) | (ropec_bf16_bits(yb1) << 16u), ropec_bf16_bits(yb2) | (ropec_bf16_bits(yb3) << 16u), ropec_bf16_bits(yb4) | (ropec_bf16_bits(yb5) << 16u), ropec_bf16_bits(yb6) | (ropec_bf16_bits(yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_k1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  const int64_t slot_given = a.slot_mapping[flat];
  const bool stored = slot_given >= 0 && ropec_max(slot_given, 0) < a.cache_slots;
  const int64_t slot = stored ? ropec_max(slot_given, 0) : 0;
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.k_token_stride + h0 * a.k_head_stride;
  const uint4 xav = ropec_load_vec4u(a.k_out + o + ki * 8);
  const float xa0 = ropec_bf16_from_bits(xav.x & 0xffffu);
  const float xa1 = ropec_bf16_from_bits(xav.x >> 16u);
  const float xa2 = ropec_bf16_from_bits(xav.y & 0xffffu);
  const float xa3 = ropec_bf16_from_bits(xav.y >> 16u);
  const float xa4 = ropec_bf16_from_bits(xav.z & 0xffffu);
  const float xa5 = ropec_bf16_from_bits(xav.z >> 16u);
  const float xa6 = ropec_bf16_from_bits(xav.w & 0xffffu);
  const float xa7 = ropec_bf16_from_bits(xav.w >> 16u);
  const uint4 xbv = ropec_load_vec4u(a.k_out + o + (64 + ki * 8));
  const float xb0 = ropec_bf16_from_bits(xbv.x & 0xffffu);
  const float xb1 = ropec_bf16_from_bits(xbv.x >> 16u);
  const float xb2 = ropec_bf16_from_bits(xbv.y & 0xffffu);
  const float xb3 = ropec_bf16_from_bits(xbv.y >> 16u);
  const float xb4 = ropec_bf16_from_bits(xbv.z & 0xffffu);
  const float xb5 = ropec_bf16_from_bits(xbv.z >> 16u);
  const float xb6 = ropec_bf16_from_bits(xbv.w & 0xffffu);
  const float xb7 = ropec_bf16_from_bits(xbv.w >> 16u);
  const int64_t co = (slot * 8 + h0) * 128;
  const int64_t vo = flat * a.v_token_stride + h0 * a.v_head_stride;
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
  const uint4 kw0 = make_uint4(ropec_bf16_bits(ya0) | (ropec_bf16_bits(ya1) << 16u), ropec_bf16_bits(ya2) | (ropec_bf16_bits(ya3) << 16u), ropec_bf16_bits(ya4) | (ropec_bf16_bits(ya5) << 16u), ropec_bf16_bits(ya6) | (ropec_bf16_bits(ya7) << 16u));
  ropec_store_vec4u(a.k_out + o + ki * 8, kw0);
  if (stored) {
    a.k_cache[co + ki * 8] = __nv_fp8_e4m3(ya0 / a.k_scale);
    a.k_cache[(co + ki * 8) + 1] = __nv_fp8_e4m3(ya1 / a.k_scale);
    a.k_cache[(co + ki * 8) + 2] = __nv_fp8_e4m3(ya2 / a.k_scale);
    a.k_cache[(co + ki * 8) + 3] = __nv_fp8_e4m3(ya3 / a.k_scale);
    a.k_cache[(co + ki * 8) + 4] = __nv_fp8_e4m3(ya4 / a.k_scale);
    a.k_cache[(co + ki * 8) + 5] = __nv_fp8_e4m3(ya5 / a.k_scale);
    a.k_cache[(co + ki * 8) + 6] = __nv_fp8_e4m3(ya6 / a.k_scale);
    a.k_cache[(co + ki * 8) + 7] = __nv_fp8_e4m3(ya7 / a.k_scale);
    a.v_cache[co + ki * 8] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).x & 0xffffu) / a.v_scale);
    a.v_cache[(co + ki * 8) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).x >> 16u) / a.v_scale);
    a.v_cache[(co + ki * 8) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).y & 0xffffu) / a.v_scale);
    a.v_cache[(co + ki * 8) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).y >> 16u) / a.v_scale);
    a.v_cache[(co + ki * 8) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).z & 0xffffu) / a.v_scale);
    a.v_cache[(co + ki * 8) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).z >> 16u) / a.v_scale);
    a.v_cache[(co + ki * 8) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).w & 0xffffu) / a.v_scale);
    a.v_cache[(co + ki * 8) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + ki * 8).w >> 16u) / a.v_scale);
  }
  const uint4 kw1 = make_uint4(ropec_bf16_bits(yb0) | (ropec_bf16_bits(yb1) << 16u), ropec_bf16_bits(yb2) | (ropec_bf16_bits(yb3) << 16u), ropec_bf16_bits(yb4) | (ropec_bf16_bits(yb5) << 16u), ropec_bf16_bits(yb6) | (ropec_bf16_bits(yb7) << 16u));
  ropec_store_vec4u(a.k_out + o + (64 + ki * 8), kw1);
  if (stored) {
    a.k_cache[co + (64 + ki * 8)] = __nv_fp8_e4m3(yb0 / a.k_scale);
    a.k_cache[(co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(yb1 / a.k_scale);
    a.k_cache[(co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(yb2 / a.k_scale);
    a.k_cache[(co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(yb3 / a.k_scale);
    a.k_cache[(co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(yb4 / a.k_scale);
    a.k_cache[(co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(yb5 / a.k_scale);
    a.k_cache[(co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(yb6 / a.k_scale);
    a.k_cache[(co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(yb7 / a.k_scale);
    a.v_cache[co + (64 + ki * 8)] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).x & 0xffffu) / a.v_scale);
    a.v_cache[(co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).x >> 16u) / a.v_scale);
    a.v_cache[(co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).y & 0xffffu) / a.v_scale);
    a.v_cache[(co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).y >> 16u) / a.v_scale);
    a.v_cache[(co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).z & 0xffffu) / a.v_scale);
    a.v_cache[(co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).z >> 16u) / a.v_scale);
    a.v_cache[(co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).w & 0xffffu) / a.v_scale);
    a.v_cache[(co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + vo + (64 + ki * 8)).w >> 16u) / a.v_scale);
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_q4_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.q_token_stride + h0 * a.q_head_stride;
  const uint4 h0_xav = ropec_load_vec4u(a.q_out + oh0 + ki * 8);
  const float h0_xa0 = ropec_bf16_from_bits(h0_xav.x & 0xffffu);
  const float h0_xa1 = ropec_bf16_from_bits(h0_xav.x >> 16u);
  const float h0_xa2 = ropec_bf16_from_bits(h0_xav.y & 0xffffu);
  const float h0_xa3 = ropec_bf16_from_bits(h0_xav.y >> 16u);
  const float h0_xa4 = ropec_bf16_from_bits(h0_xav.z & 0xffffu);
  const float h0_xa5 = ropec_bf16_from_bits(h0_xav.z >> 16u);
  const float h0_xa6 = ropec_bf16_from_bits(h0_xav.w & 0xffffu);
  const float h0_xa7 = ropec_bf16_from_bits(h0_xav.w >> 16u);
  const uint4 h0_xbv = ropec_load_vec4u(a.q_out + oh0 + (64 + ki * 8));
  const float h0_xb0 = ropec_bf16_from_bits(h0_xbv.x & 0xffffu);
  const float h0_xb1 = ropec_bf16_from_bits(h0_xbv.x >> 16u);
  const float h0_xb2 = ropec_bf16_from_bits(h0_xbv.y & 0xffffu);
  const float h0_xb3 = ropec_bf16_from_bits(h0_xbv.y >> 16u);
  const float h0_xb4 = ropec_bf16_from_bits(h0_xbv.z & 0xffffu);
  const float h0_xb5 = ropec_bf16_from_bits(h0_xbv.z >> 16u);
  const float h0_xb6 = ropec_bf16_from_bits(h0_xbv.w & 0xffffu);
  const float h0_xb7 = ropec_bf16_from_bits(h0_xbv.w >> 16u);
  const int64_t oh1 = flat * a.q_token_stride + (h0 + 1) * a.q_head_stride;
  const uint4 h1_xav = ropec_load_vec4u(a.q_out + oh1 + ki * 8);
  const float h1_xa0 = ropec_bf16_from_bits(h1_xav.x & 0xffffu);
  const float h1_xa1 = ropec_bf16_from_bits(h1_xav.x >> 16u);
  const float h1_xa2 = ropec_bf16_from_bits(h1_xav.y & 0xffffu);
  const float h1_xa3 = ropec_bf16_from_bits(h1_xav.y >> 16u);
  const float h1_xa4 = ropec_bf16_from_bits(h1_xav.z & 0xffffu);
  const float h1_xa5 = ropec_bf16_from_bits(h1_xav.z >> 16u);
  const float h1_xa6 = ropec_bf16_from_bits(h1_xav.w & 0xffffu);
  const float h1_xa7 = ropec_bf16_from_bits(h1_xav.w >> 16u);
  const uint4 h1_xbv = ropec_load_vec4u(a.q_out + oh1 + (64 + ki * 8));
  const float h1_xb0 = ropec_bf16_from_bits(h1_xbv.x & 0xffffu);
  const float h1_xb1 = ropec_bf16_from_bits(h1_xbv.x >> 16u);
  const float h1_xb2 = ropec_bf16_from_bits(h1_xbv.y & 0xffffu);
  const float h1_xb3 = ropec_bf16_from_bits(h1_xbv.y >> 16u);
  const float h1_xb4 = ropec_bf16_from_bits(h1_xbv.z & 0xffffu);
  const float h1_xb5 = ropec_bf16_from_bits(h1_xbv.z >> 16u);
  const float h1_xb6 = ropec_bf16_from_bits(h1_xbv.w & 0xffffu);
  const float h1_xb7 = ropec_bf16_from_bits(h1_xbv.w >> 16u);
  const int64_t oh2 = flat * a.q_token_stride + (h0 + 2) * a.q_head_stride;
  const uint4 h2_xav = ropec_load_vec4u(a.q_out + oh2 + ki * 8);
  const float h2_xa0 = ropec_bf16_from_bits(h2_xav.x & 0xffffu);
  const float h2_xa1 = ropec_bf16_from_bits(h2_xav.x >> 16u);
  const float h2_xa2 = ropec_bf16_from_bits(h2_xav.y & 0xffffu);
  const float h2_xa3 = ropec_bf16_from_bits(h2_xav.y >> 16u);
  const float h2_xa4 = ropec_bf16_from_bits(h2_xav.z & 0xffffu);
  const float h2_xa5 = ropec_bf16_from_bits(h2_xav.z >> 16u);
  const float h2_xa6 = ropec_bf16_from_bits(h2_xav.w & 0xffffu);
  const float h2_xa7 = ropec_bf16_from_bits(h2_xav.w >> 16u);
  const uint4 h2_xbv = ropec_load_vec4u(a.q_out + oh2 + (64 + ki * 8));
  const float h2_xb0 = ropec_bf16_from_bits(h2_xbv.x & 0xffffu);
  const float h2_xb1 = ropec_bf16_from_bits(h2_xbv.x >> 16u);
  const float h2_xb2 = ropec_bf16_from_bits(h2_xbv.y & 0xffffu);
  const float h2_xb3 = ropec_bf16_from_bits(h2_xbv.y >> 16u);
  const float h2_xb4 = ropec_bf16_from_bits(h2_xbv.z & 0xffffu);
  const float h2_xb5 = ropec_bf16_from_bits(h2_xbv.z >> 16u);
  const float h2_xb6 = ropec_bf16_from_bits(h2_xbv.w & 0xffffu);
  const float h2_xb7 = ropec_bf16_from_bits(h2_xbv.w >> 16u);
  const int64_t oh3 = flat * a.q_token_stride + (h0 + 3) * a.q_head_stride;
  const uint4 h3_xav = ropec_load_vec4u(a.q_out + oh3 + ki * 8);
  const float h3_xa0 = ropec_bf16_from_bits(h3_xav.x & 0xffffu);
  const float h3_xa1 = ropec_bf16_from_bits(h3_xav.x >> 16u);
  const float h3_xa2 = ropec_bf16_from_bits(h3_xav.y & 0xffffu);
  const float h3_xa3 = ropec_bf16_from_bits(h3_xav.y >> 16u);
  const float h3_xa4 = ropec_bf16_from_bits(h3_xav.z & 0xffffu);
  const float h3_xa5 = ropec_bf16_from_bits(h3_xav.z >> 16u);
  const float h3_xa6 = ropec_bf16_from_bits(h3_xav.w & 0xffffu);
  const float h3_xa7 = ropec_bf16_from_bits(h3_xav.w >> 16u);
  const uint4 h3_xbv = ropec_load_vec4u(a.q_out + oh3 + (64 + ki * 8));
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
  ropec_store_vec4u(a.q_out + oh0 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h0_yb0) | (ropec_bf16_bits(h0_yb1) << 16u), ropec_bf16_bits(h0_yb2) | (ropec_bf16_bits(h0_yb3) << 16u), ropec_bf16_bits(h0_yb4) | (ropec_bf16_bits(h0_yb5) << 16u), ropec_bf16_bits(h0_yb6) | (ropec_bf16_bits(h0_yb7) << 16u)));
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
  ropec_store_vec4u(a.q_out + oh1 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h1_yb0) | (ropec_bf16_bits(h1_yb1) << 16u), ropec_bf16_bits(h1_yb2) | (ropec_bf16_bits(h1_yb3) << 16u), ropec_bf16_bits(h1_yb4) | (ropec_bf16_bits(h1_yb5) << 16u), ropec_bf16_bits(h1_yb6) | (ropec_bf16_bits(h1_yb7) << 16u)));
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
  ropec_store_vec4u(a.q_out + oh2 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h2_yb0) | (ropec_bf16_bits(h2_yb1) << 16u), ropec_bf16_bits(h2_yb2) | (ropec_bf16_bits(h2_yb3) << 16u), ropec_bf16_bits(h2_yb4) | (ropec_bf16_bits(h2_yb5) << 16u), ropec_bf16_bits(h2_yb6) | (ropec_bf16_bits(h2_yb7) << 16u)));
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
  ropec_store_vec4u(a.q_out + oh3 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h3_yb0) | (ropec_bf16_bits(h3_yb1) << 16u), ropec_bf16_bits(h3_yb2) | (ropec_bf16_bits(h3_yb3) << 16u), ropec_bf16_bits(h3_yb4) | (ropec_bf16_bits(h3_yb5) << 16u), ropec_bf16_bits(h3_yb6) | (ropec_bf16_bits(h3_yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_k4_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  const int64_t slot_given = a.slot_mapping[flat];
  const bool stored = slot_given >= 0 && ropec_max(slot_given, 0) < a.cache_slots;
  const int64_t slot = stored ? ropec_max(slot_given, 0) : 0;
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.k_token_stride + h0 * a.k_head_stride;
  const uint4 h0_xav = ropec_load_vec4u(a.k_out + oh0 + ki * 8);
  const float h0_xa0 = ropec_bf16_from_bits(h0_xav.x & 0xffffu);
  const float h0_xa1 = ropec_bf16_from_bits(h0_xav.x >> 16u);
  const float h0_xa2 = ropec_bf16_from_bits(h0_xav.y & 0xffffu);
  const float h0_xa3 = ropec_bf16_from_bits(h0_xav.y >> 16u);
  const float h0_xa4 = ropec_bf16_from_bits(h0_xav.z & 0xffffu);
  const float h0_xa5 = ropec_bf16_from_bits(h0_xav.z >> 16u);
  const float h0_xa6 = ropec_bf16_from_bits(h0_xav.w & 0xffffu);
  const float h0_xa7 = ropec_bf16_from_bits(h0_xav.w >> 16u);
  const uint4 h0_xbv = ropec_load_vec4u(a.k_out + oh0 + (64 + ki * 8));
  const float h0_xb0 = ropec_bf16_from_bits(h0_xbv.x & 0xffffu);
  const float h0_xb1 = ropec_bf16_from_bits(h0_xbv.x >> 16u);
  const float h0_xb2 = ropec_bf16_from_bits(h0_xbv.y & 0xffffu);
  const float h0_xb3 = ropec_bf16_from_bits(h0_xbv.y >> 16u);
  const float h0_xb4 = ropec_bf16_from_bits(h0_xbv.z & 0xffffu);
  const float h0_xb5 = ropec_bf16_from_bits(h0_xbv.z >> 16u);
  const float h0_xb6 = ropec_bf16_from_bits(h0_xbv.w & 0xffffu);
  const float h0_xb7 = ropec_bf16_from_bits(h0_xbv.w >> 16u);
  const int64_t oh1 = flat * a.k_token_stride + (h0 + 1) * a.k_head_stride;
  const uint4 h1_xav = ropec_load_vec4u(a.k_out + oh1 + ki * 8);
  const float h1_xa0 = ropec_bf16_from_bits(h1_xav.x & 0xffffu);
  const float h1_xa1 = ropec_bf16_from_bits(h1_xav.x >> 16u);
  const float h1_xa2 = ropec_bf16_from_bits(h1_xav.y & 0xffffu);
  const float h1_xa3 = ropec_bf16_from_bits(h1_xav.y >> 16u);
  const float h1_xa4 = ropec_bf16_from_bits(h1_xav.z & 0xffffu);
  const float h1_xa5 = ropec_bf16_from_bits(h1_xav.z >> 16u);
  const float h1_xa6 = ropec_bf16_from_bits(h1_xav.w & 0xffffu);
  const float h1_xa7 = ropec_bf16_from_bits(h1_xav.w >> 16u);
  const uint4 h1_xbv = ropec_load_vec4u(a.k_out + oh1 + (64 + ki * 8));
  const float h1_xb0 = ropec_bf16_from_bits(h1_xbv.x & 0xffffu);
  const float h1_xb1 = ropec_bf16_from_bits(h1_xbv.x >> 16u);
  const float h1_xb2 = ropec_bf16_from_bits(h1_xbv.y & 0xffffu);
  const float h1_xb3 = ropec_bf16_from_bits(h1_xbv.y >> 16u);
  const float h1_xb4 = ropec_bf16_from_bits(h1_xbv.z & 0xffffu);
  const float h1_xb5 = ropec_bf16_from_bits(h1_xbv.z >> 16u);
  const float h1_xb6 = ropec_bf16_from_bits(h1_xbv.w & 0xffffu);
  const float h1_xb7 = ropec_bf16_from_bits(h1_xbv.w >> 16u);
  const int64_t oh2 = flat * a.k_token_stride + (h0 + 2) * a.k_head_stride;
  const uint4 h2_xav = ropec_load_vec4u(a.k_out + oh2 + ki * 8);
  const float h2_xa0 = ropec_bf16_from_bits(h2_xav.x & 0xffffu);
  const float h2_xa1 = ropec_bf16_from_bits(h2_xav.x >> 16u);
  const float h2_xa2 = ropec_bf16_from_bits(h2_xav.y & 0xffffu);
  const float h2_xa3 = ropec_bf16_from_bits(h2_xav.y >> 16u);
  const float h2_xa4 = ropec_bf16_from_bits(h2_xav.z & 0xffffu);
  const float h2_xa5 = ropec_bf16_from_bits(h2_xav.z >> 16u);
  const float h2_xa6 = ropec_bf16_from_bits(h2_xav.w & 0xffffu);
  const float h2_xa7 = ropec_bf16_from_bits(h2_xav.w >> 16u);
  const uint4 h2_xbv = ropec_load_vec4u(a.k_out + oh2 + (64 + ki * 8));
  const float h2_xb0 = ropec_bf16_from_bits(h2_xbv.x & 0xffffu);
  const float h2_xb1 = ropec_bf16_from_bits(h2_xbv.x >> 16u);
  const float h2_xb2 = ropec_bf16_from_bits(h2_xbv.y & 0xffffu);
  const float h2_xb3 = ropec_bf16_from_bits(h2_xbv.y >> 16u);
  const float h2_xb4 = ropec_bf16_from_bits(h2_xbv.z & 0xffffu);
  const float h2_xb5 = ropec_bf16_from_bits(h2_xbv.z >> 16u);
  const float h2_xb6 = ropec_bf16_from_bits(h2_xbv.w & 0xffffu);
  const float h2_xb7 = ropec_bf16_from_bits(h2_xbv.w >> 16u);
  const int64_t oh3 = flat * a.k_token_stride + (h0 + 3) * a.k_head_stride;
  const uint4 h3_xav = ropec_load_vec4u(a.k_out + oh3 + ki * 8);
  const float h3_xa0 = ropec_bf16_from_bits(h3_xav.x & 0xffffu);
  const float h3_xa1 = ropec_bf16_from_bits(h3_xav.x >> 16u);
  const float h3_xa2 = ropec_bf16_from_bits(h3_xav.y & 0xffffu);
  const float h3_xa3 = ropec_bf16_from_bits(h3_xav.y >> 16u);
  const float h3_xa4 = ropec_bf16_from_bits(h3_xav.z & 0xffffu);
  const float h3_xa5 = ropec_bf16_from_bits(h3_xav.z >> 16u);
  const float h3_xa6 = ropec_bf16_from_bits(h3_xav.w & 0xffffu);
  const float h3_xa7 = ropec_bf16_from_bits(h3_xav.w >> 16u);
  const uint4 h3_xbv = ropec_load_vec4u(a.k_out + oh3 + (64 + ki * 8));
  const float h3_xb0 = ropec_bf16_from_bits(h3_xbv.x & 0xffffu);
  const float h3_xb1 = ropec_bf16_from_bits(h3_xbv.x >> 16u);
  const float h3_xb2 = ropec_bf16_from_bits(h3_xbv.y & 0xffffu);
  const float h3_xb3 = ropec_bf16_from_bits(h3_xbv.y >> 16u);
  const float h3_xb4 = ropec_bf16_from_bits(h3_xbv.z & 0xffffu);
  const float h3_xb5 = ropec_bf16_from_bits(h3_xbv.z >> 16u);
  const float h3_xb6 = ropec_bf16_from_bits(h3_xbv.w & 0xffffu);
  const float h3_xb7 = ropec_bf16_from_bits(h3_xbv.w >> 16u);
  const int64_t h0co = (slot * 8 + h0) * 128;
  const int64_t h0vo = flat * a.v_token_stride + h0 * a.v_head_stride;
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
  const uint4 h0kw0 = make_uint4(ropec_bf16_bits(h0_ya0) | (ropec_bf16_bits(h0_ya1) << 16u), ropec_bf16_bits(h0_ya2) | (ropec_bf16_bits(h0_ya3) << 16u), ropec_bf16_bits(h0_ya4) | (ropec_bf16_bits(h0_ya5) << 16u), ropec_bf16_bits(h0_ya6) | (ropec_bf16_bits(h0_ya7) << 16u));
  ropec_store_vec4u(a.k_out + oh0 + ki * 8, h0kw0);
  if (stored) {
    a.k_cache[h0co + ki * 8] = __nv_fp8_e4m3(h0_ya0 / a.k_scale);
    a.k_cache[(h0co + ki * 8) + 1] = __nv_fp8_e4m3(h0_ya1 / a.k_scale);
    a.k_cache[(h0co + ki * 8) + 2] = __nv_fp8_e4m3(h0_ya2 / a.k_scale);
    a.k_cache[(h0co + ki * 8) + 3] = __nv_fp8_e4m3(h0_ya3 / a.k_scale);
    a.k_cache[(h0co + ki * 8) + 4] = __nv_fp8_e4m3(h0_ya4 / a.k_scale);
    a.k_cache[(h0co + ki * 8) + 5] = __nv_fp8_e4m3(h0_ya5 / a.k_scale);
    a.k_cache[(h0co + ki * 8) + 6] = __nv_fp8_e4m3(h0_ya6 / a.k_scale);
    a.k_cache[(h0co + ki * 8) + 7] = __nv_fp8_e4m3(h0_ya7 / a.k_scale);
    a.v_cache[h0co + ki * 8] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).x & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + ki * 8) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).x >> 16u) / a.v_scale);
    a.v_cache[(h0co + ki * 8) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).y & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + ki * 8) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).y >> 16u) / a.v_scale);
    a.v_cache[(h0co + ki * 8) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).z & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + ki * 8) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).z >> 16u) / a.v_scale);
    a.v_cache[(h0co + ki * 8) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).w & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + ki * 8) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + ki * 8).w >> 16u) / a.v_scale);
  }
  const uint4 h0kw1 = make_uint4(ropec_bf16_bits(h0_yb0) | (ropec_bf16_bits(h0_yb1) << 16u), ropec_bf16_bits(h0_yb2) | (ropec_bf16_bits(h0_yb3) << 16u), ropec_bf16_bits(h0_yb4) | (ropec_bf16_bits(h0_yb5) << 16u), ropec_bf16_bits(h0_yb6) | (ropec_bf16_bits(h0_yb7) << 16u));
  ropec_store_vec4u(a.k_out + oh0 + (64 + ki * 8), h0kw1);
  if (stored) {
    a.k_cache[h0co + (64 + ki * 8)] = __nv_fp8_e4m3(h0_yb0 / a.k_scale);
    a.k_cache[(h0co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(h0_yb1 / a.k_scale);
    a.k_cache[(h0co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(h0_yb2 / a.k_scale);
    a.k_cache[(h0co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(h0_yb3 / a.k_scale);
    a.k_cache[(h0co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(h0_yb4 / a.k_scale);
    a.k_cache[(h0co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(h0_yb5 / a.k_scale);
    a.k_cache[(h0co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(h0_yb6 / a.k_scale);
    a.k_cache[(h0co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(h0_yb7 / a.k_scale);
    a.v_cache[h0co + (64 + ki * 8)] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).x & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).x >> 16u) / a.v_scale);
    a.v_cache[(h0co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).y & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).y >> 16u) / a.v_scale);
    a.v_cache[(h0co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).z & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).z >> 16u) / a.v_scale);
    a.v_cache[(h0co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).w & 0xffffu) / a.v_scale);
    a.v_cache[(h0co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h0vo + (64 + ki * 8)).w >> 16u) / a.v_scale);
  }
  const int64_t h1co = (slot * 8 + (h0 + 1)) * 128;
  const int64_t h1vo = flat * a.v_token_stride + (h0 + 1) * a.v_head_stride;
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
  const uint4 h1kw0 = make_uint4(ropec_bf16_bits(h1_ya0) | (ropec_bf16_bits(h1_ya1) << 16u), ropec_bf16_bits(h1_ya2) | (ropec_bf16_bits(h1_ya3) << 16u), ropec_bf16_bits(h1_ya4) | (ropec_bf16_bits(h1_ya5) << 16u), ropec_bf16_bits(h1_ya6) | (ropec_bf16_bits(h1_ya7) << 16u));
  ropec_store_vec4u(a.k_out + oh1 + ki * 8, h1kw0);
  if (stored) {
    a.k_cache[h1co + ki * 8] = __nv_fp8_e4m3(h1_ya0 / a.k_scale);
    a.k_cache[(h1co + ki * 8) + 1] = __nv_fp8_e4m3(h1_ya1 / a.k_scale);
    a.k_cache[(h1co + ki * 8) + 2] = __nv_fp8_e4m3(h1_ya2 / a.k_scale);
    a.k_cache[(h1co + ki * 8) + 3] = __nv_fp8_e4m3(h1_ya3 / a.k_scale);
    a.k_cache[(h1co + ki * 8) + 4] = __nv_fp8_e4m3(h1_ya4 / a.k_scale);
    a.k_cache[(h1co + ki * 8) + 5] = __nv_fp8_e4m3(h1_ya5 / a.k_scale);
    a.k_cache[(h1co + ki * 8) + 6] = __nv_fp8_e4m3(h1_ya6 / a.k_scale);
    a.k_cache[(h1co + ki * 8) + 7] = __nv_fp8_e4m3(h1_ya7 / a.k_scale);
    a.v_cache[h1co + ki * 8] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).x & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + ki * 8) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).x >> 16u) / a.v_scale);
    a.v_cache[(h1co + ki * 8) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).y & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + ki * 8) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).y >> 16u) / a.v_scale);
    a.v_cache[(h1co + ki * 8) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).z & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + ki * 8) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).z >> 16u) / a.v_scale);
    a.v_cache[(h1co + ki * 8) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).w & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + ki * 8) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + ki * 8).w >> 16u) / a.v_scale);
  }
  const uint4 h1kw1 = make_uint4(ropec_bf16_bits(h1_yb0) | (ropec_bf16_bits(h1_yb1) << 16u), ropec_bf16_bits(h1_yb2) | (ropec_bf16_bits(h1_yb3) << 16u), ropec_bf16_bits(h1_yb4) | (ropec_bf16_bits(h1_yb5) << 16u), ropec_bf16_bits(h1_yb6) | (ropec_bf16_bits(h1_yb7) << 16u));
  ropec_store_vec4u(a.k_out + oh1 + (64 + ki * 8), h1kw1);
  if (stored) {
    a.k_cache[h1co + (64 + ki * 8)] = __nv_fp8_e4m3(h1_yb0 / a.k_scale);
    a.k_cache[(h1co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(h1_yb1 / a.k_scale);
    a.k_cache[(h1co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(h1_yb2 / a.k_scale);
    a.k_cache[(h1co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(h1_yb3 / a.k_scale);
    a.k_cache[(h1co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(h1_yb4 / a.k_scale);
    a.k_cache[(h1co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(h1_yb5 / a.k_scale);
    a.k_cache[(h1co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(h1_yb6 / a.k_scale);
    a.k_cache[(h1co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(h1_yb7 / a.k_scale);
    a.v_cache[h1co + (64 + ki * 8)] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).x & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).x >> 16u) / a.v_scale);
    a.v_cache[(h1co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).y & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).y >> 16u) / a.v_scale);
    a.v_cache[(h1co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).z & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).z >> 16u) / a.v_scale);
    a.v_cache[(h1co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).w & 0xffffu) / a.v_scale);
    a.v_cache[(h1co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h1vo + (64 + ki * 8)).w >> 16u) / a.v_scale);
  }
  const int64_t h2co = (slot * 8 + (h0 + 2)) * 128;
  const int64_t h2vo = flat * a.v_token_stride + (h0 + 2) * a.v_head_stride;
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
  const uint4 h2kw0 = make_uint4(ropec_bf16_bits(h2_ya0) | (ropec_bf16_bits(h2_ya1) << 16u), ropec_bf16_bits(h2_ya2) | (ropec_bf16_bits(h2_ya3) << 16u), ropec_bf16_bits(h2_ya4) | (ropec_bf16_bits(h2_ya5) << 16u), ropec_bf16_bits(h2_ya6) | (ropec_bf16_bits(h2_ya7) << 16u));
  ropec_store_vec4u(a.k_out + oh2 + ki * 8, h2kw0);
  if (stored) {
    a.k_cache[h2co + ki * 8] = __nv_fp8_e4m3(h2_ya0 / a.k_scale);
    a.k_cache[(h2co + ki * 8) + 1] = __nv_fp8_e4m3(h2_ya1 / a.k_scale);
    a.k_cache[(h2co + ki * 8) + 2] = __nv_fp8_e4m3(h2_ya2 / a.k_scale);
    a.k_cache[(h2co + ki * 8) + 3] = __nv_fp8_e4m3(h2_ya3 / a.k_scale);
    a.k_cache[(h2co + ki * 8) + 4] = __nv_fp8_e4m3(h2_ya4 / a.k_scale);
    a.k_cache[(h2co + ki * 8) + 5] = __nv_fp8_e4m3(h2_ya5 / a.k_scale);
    a.k_cache[(h2co + ki * 8) + 6] = __nv_fp8_e4m3(h2_ya6 / a.k_scale);
    a.k_cache[(h2co + ki * 8) + 7] = __nv_fp8_e4m3(h2_ya7 / a.k_scale);
    a.v_cache[h2co + ki * 8] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).x & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + ki * 8) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).x >> 16u) / a.v_scale);
    a.v_cache[(h2co + ki * 8) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).y & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + ki * 8) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).y >> 16u) / a.v_scale);
    a.v_cache[(h2co + ki * 8) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).z & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + ki * 8) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).z >> 16u) / a.v_scale);
    a.v_cache[(h2co + ki * 8) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).w & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + ki * 8) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + ki * 8).w >> 16u) / a.v_scale);
  }
  const uint4 h2kw1 = make_uint4(ropec_bf16_bits(h2_yb0) | (ropec_bf16_bits(h2_yb1) << 16u), ropec_bf16_bits(h2_yb2) | (ropec_bf16_bits(h2_yb3) << 16u), ropec_bf16_bits(h2_yb4) | (ropec_bf16_bits(h2_yb5) << 16u), ropec_bf16_bits(h2_yb6) | (ropec_bf16_bits(h2_yb7) << 16u));
  ropec_store_vec4u(a.k_out + oh2 + (64 + ki * 8), h2kw1);
  if (stored) {
    a.k_cache[h2co + (64 + ki * 8)] = __nv_fp8_e4m3(h2_yb0 / a.k_scale);
    a.k_cache[(h2co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(h2_yb1 / a.k_scale);
    a.k_cache[(h2co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(h2_yb2 / a.k_scale);
    a.k_cache[(h2co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(h2_yb3 / a.k_scale);
    a.k_cache[(h2co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(h2_yb4 / a.k_scale);
    a.k_cache[(h2co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(h2_yb5 / a.k_scale);
    a.k_cache[(h2co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(h2_yb6 / a.k_scale);
    a.k_cache[(h2co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(h2_yb7 / a.k_scale);
    a.v_cache[h2co + (64 + ki * 8)] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).x & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).x >> 16u) / a.v_scale);
    a.v_cache[(h2co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).y & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).y >> 16u) / a.v_scale);
    a.v_cache[(h2co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).z & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).z >> 16u) / a.v_scale);
    a.v_cache[(h2co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).w & 0xffffu) / a.v_scale);
    a.v_cache[(h2co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h2vo + (64 + ki * 8)).w >> 16u) / a.v_scale);
  }
  const int64_t h3co = (slot * 8 + (h0 + 3)) * 128;
  const int64_t h3vo = flat * a.v_token_stride + (h0 + 3) * a.v_head_stride;
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
  const uint4 h3kw0 = make_uint4(ropec_bf16_bits(h3_ya0) | (ropec_bf16_bits(h3_ya1) << 16u), ropec_bf16_bits(h3_ya2) | (ropec_bf16_bits(h3_ya3) << 16u), ropec_bf16_bits(h3_ya4) | (ropec_bf16_bits(h3_ya5) << 16u), ropec_bf16_bits(h3_ya6) | (ropec_bf16_bits(h3_ya7) << 16u));
  ropec_store_vec4u(a.k_out + oh3 + ki * 8, h3kw0);
  if (stored) {
    a.k_cache[h3co + ki * 8] = __nv_fp8_e4m3(h3_ya0 / a.k_scale);
    a.k_cache[(h3co + ki * 8) + 1] = __nv_fp8_e4m3(h3_ya1 / a.k_scale);
    a.k_cache[(h3co + ki * 8) + 2] = __nv_fp8_e4m3(h3_ya2 / a.k_scale);
    a.k_cache[(h3co + ki * 8) + 3] = __nv_fp8_e4m3(h3_ya3 / a.k_scale);
    a.k_cache[(h3co + ki * 8) + 4] = __nv_fp8_e4m3(h3_ya4 / a.k_scale);
    a.k_cache[(h3co + ki * 8) + 5] = __nv_fp8_e4m3(h3_ya5 / a.k_scale);
    a.k_cache[(h3co + ki * 8) + 6] = __nv_fp8_e4m3(h3_ya6 / a.k_scale);
    a.k_cache[(h3co + ki * 8) + 7] = __nv_fp8_e4m3(h3_ya7 / a.k_scale);
    a.v_cache[h3co + ki * 8] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).x & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + ki * 8) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).x >> 16u) / a.v_scale);
    a.v_cache[(h3co + ki * 8) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).y & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + ki * 8) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).y >> 16u) / a.v_scale);
    a.v_cache[(h3co + ki * 8) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).z & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + ki * 8) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).z >> 16u) / a.v_scale);
    a.v_cache[(h3co + ki * 8) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).w & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + ki * 8) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + ki * 8).w >> 16u) / a.v_scale);
  }
  const uint4 h3kw1 = make_uint4(ropec_bf16_bits(h3_yb0) | (ropec_bf16_bits(h3_yb1) << 16u), ropec_bf16_bits(h3_yb2) | (ropec_bf16_bits(h3_yb3) << 16u), ropec_bf16_bits(h3_yb4) | (ropec_bf16_bits(h3_yb5) << 16u), ropec_bf16_bits(h3_yb6) | (ropec_bf16_bits(h3_yb7) << 16u));
  ropec_store_vec4u(a.k_out + oh3 + (64 + ki * 8), h3kw1);
  if (stored) {
    a.k_cache[h3co + (64 + ki * 8)] = __nv_fp8_e4m3(h3_yb0 / a.k_scale);
    a.k_cache[(h3co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(h3_yb1 / a.k_scale);
    a.k_cache[(h3co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(h3_yb2 / a.k_scale);
    a.k_cache[(h3co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(h3_yb3 / a.k_scale);
    a.k_cache[(h3co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(h3_yb4 / a.k_scale);
    a.k_cache[(h3co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(h3_yb5 / a.k_scale);
    a.k_cache[(h3co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(h3_yb6 / a.k_scale);
    a.k_cache[(h3co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(h3_yb7 / a.k_scale);
    a.v_cache[h3co + (64 + ki * 8)] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).x & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + (64 + ki * 8)) + 1] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).x >> 16u) / a.v_scale);
    a.v_cache[(h3co + (64 + ki * 8)) + 2] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).y & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + (64 + ki * 8)) + 3] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).y >> 16u) / a.v_scale);
    a.v_cache[(h3co + (64 + ki * 8)) + 4] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).z & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + (64 + ki * 8)) + 5] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).z >> 16u) / a.v_scale);
    a.v_cache[(h3co + (64 + ki * 8)) + 6] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).w & 0xffffu) / a.v_scale);
    a.v_cache[(h3co + (64 + ki * 8)) + 7] = __nv_fp8_e4m3(ropec_bf16_from_bits(ropec_load_vec4u(a.v + h3vo + (64 + ki * 8)).w >> 16u) / a.v_scale);
  }
}

/** The scalar schedule: in place, one head per item, 64 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 40;
  const int64_t chunk = item % 64;
  const int64_t rest = item / 64;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 32) {
    const int64_t h0 = g;
    item_scalar_in_q1_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 32;
    item_scalar_in_k1_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 40) * 64) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: in place, groups of 4 q / 4 k heads per item, 64 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 10;
  const int64_t chunk = item % 64;
  const int64_t rest = item / 64;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 8) {
    const int64_t h0 = g * 4;
    item_scalar_in_q4_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 8) * 4;
    item_scalar_in_k4_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 10) * 64) return;
  work_scalar_grouped(a, item);
}

/** The vector schedule: in place, one head per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t per_token = 40;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 32) {
    const int64_t h0 = g;
    item_vector_in_q1_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 32;
    item_vector_in_k1_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 40) * 8) return;
  work_vector(a, item);
}

/** The vector_grouped schedule: in place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 10;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  if (g < 8) {
    const int64_t h0 = g * 4;
    item_vector_in_q4_0(a, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 8) * 4;
    item_vector_in_k4_0(a, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 10) * 8) return;
  work_vector_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_llama3_1_8b_fp8kv_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(ropec_llama3_1_8b_fp8kv_elem_t* q, ropec_llama3_1_8b_fp8kv_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_fp8kv_elem_t* v, const int64_t* slot_mapping, ropec_llama3_1_8b_fp8kv_fp8_t* k_cache, ropec_llama3_1_8b_fp8kv_fp8_t* v_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t v_token_stride, int64_t v_head_stride, int64_t cache_blocks, float k_scale, float v_scale, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(k_cache != NULL && ropec_aligned(k_cache, sizeof(*k_cache)))) {
    return ropec_refuse("k_cache: NULL or not aligned to its element size (1 byte)");
  }
  if (!(v_cache != NULL && ropec_aligned(v_cache, sizeof(*v_cache)))) {
    return ropec_refuse("v_cache: NULL or not aligned to its element size (1 byte)");
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
  if (!(n_tokens == 0 || (v != NULL && ropec_aligned(v, sizeof(*v))))) {
    return ropec_refuse("v: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(n_tokens == 0 || (positions != NULL && ropec_aligned(positions, sizeof(*positions))))) {
    return ropec_refuse("positions: NULL or not aligned to its element size (8 bytes)");
  }
  if (!(n_tokens == 0 || (slot_mapping != NULL && ropec_aligned(slot_mapping, sizeof(*slot_mapping))))) {
    return ropec_refuse("slot_mapping: NULL or not aligned to its element size (8 bytes)");
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
  if (!(cache_blocks >= 0)) {
    return ropec_refuse("cache_blocks: expected a whole number ≥ 0, got %lld", static_cast<long long>(cache_blocks));
  }
  const int64_t n_cache_blocks = cache_blocks;
  const int64_t n_cache_slots = n_cache_blocks <= 288230376151711744LL ? n_cache_blocks * 16 : 0;
  if (!(isfinite(static_cast<float>(k_scale)) && static_cast<float>(k_scale) > 0.0)) {
    return ropec_refuse("k_scale: expected a finite number > 0 (a float32: fp8 outputs hold e4m3 of value / scale), got %.9g", static_cast<double>(k_scale));
  }
  if (!(isfinite(static_cast<float>(v_scale)) && static_cast<float>(v_scale) > 0.0)) {
    return ropec_refuse("v_scale: expected a finite number > 0 (a float32: fp8 outputs hold e4m3 of value / scale), got %.9g", static_cast<double>(v_scale));
  }
  if (!(v_token_stride >= 0)) {
    return ropec_refuse("v_token_stride: expected a whole number ≥ 0, got %lld", static_cast<long long>(v_token_stride));
  }
  const int64_t n_v_token_stride = v_token_stride;
  if (!(v_head_stride >= 0)) {
    return ropec_refuse("v_head_stride: expected a whole number ≥ 0, got %lld", static_cast<long long>(v_head_stride));
  }
  const int64_t n_v_head_stride = v_head_stride;
  if (!(n_v_head_stride <= 1152921504606846976LL / ropec_max(n_k_heads, 1) && n_v_token_stride <= 1152921504606846976LL / ropec_max(n_tokens, 1))) {
    return ropec_refuse("v: tokens · token stride = %lld · %lld or heads · head stride = %lld · %lld exceeds 2^60 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_v_token_stride), static_cast<long long>(n_k_heads), static_cast<long long>(n_v_head_stride));
  }
  if (!(n_k_heads <= 1 || n_v_head_stride >= 128)) {
    return ropec_refuse("v_head_stride: %lld is below head_dim 128: the heads of v would overlap", static_cast<long long>(n_v_head_stride));
  }
  if (!(n_tokens <= 1 || n_v_token_stride >= (n_k_heads - 1) * n_v_head_stride + 128)) {
    return ropec_refuse("v_token_stride: %lld is below the %lld elements one token of v spans ((heads − 1) · head stride + head_dim): its tokens would overlap", static_cast<long long>(n_v_token_stride), static_cast<long long>((n_k_heads - 1) * n_v_head_stride + 128));
  }
  if (!((n_tokens == 0 || !true) || ((((static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v)) + (n_tokens - 1) * n_v_token_stride) + ((n_k_heads - 1) * n_v_head_stride + 128) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens - 1) * n_q_token_stride) + ((n_q_heads - 1) * n_q_head_stride + 128) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) || ((n_v_token_stride == n_q_token_stride && (n_k_heads - 1) * n_v_head_stride + 128 <= n_v_token_stride) && (n_q_heads - 1) * n_q_head_stride + 128 <= n_v_token_stride) && ((n_v_token_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_k_heads - 1) * n_v_head_stride + 128) && n_v_token_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_q_heads - 1) * n_q_head_stride + 128)) || (((n_v_head_stride == n_q_head_stride && n_v_head_stride >= 128) && n_v_token_stride % n_v_head_stride == 0) && n_q_token_stride % n_v_head_stride == 0) && ((n_v_head_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128) && n_v_head_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128)))) {
    return ropec_refuse("v, q: the views overlap: v starts at element %lld and q at %lld of the same memory (token strides %lld, %lld; head strides %lld, %lld)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q))), static_cast<long long>(n_v_token_stride), static_cast<long long>(n_q_token_stride), static_cast<long long>(n_v_head_stride), static_cast<long long>(n_q_head_stride));
  }
  if (!((n_tokens == 0 || !true) || ((((static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v)) + (n_tokens - 1) * n_v_token_stride) + ((n_k_heads - 1) * n_v_head_stride + 128) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens - 1) * n_k_token_stride) + ((n_k_heads - 1) * n_k_head_stride + 128) <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) || ((n_v_token_stride == n_k_token_stride && (n_k_heads - 1) * n_v_head_stride + 128 <= n_v_token_stride) && (n_k_heads - 1) * n_k_head_stride + 128 <= n_v_token_stride) && ((n_v_token_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_k_heads - 1) * n_v_head_stride + 128) && n_v_token_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_k_heads - 1) * n_k_head_stride + 128)) || (((n_v_head_stride == n_k_head_stride && n_v_head_stride >= 128) && n_v_token_stride % n_v_head_stride == 0) && n_k_token_stride % n_v_head_stride == 0) && ((n_v_head_stride > 0 && ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128) && n_v_head_stride - ((static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) - static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128)))) {
    return ropec_refuse("v, k: the views overlap: v starts at element %lld and k at %lld of the same memory (token strides %lld, %lld; head strides %lld, %lld)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k))), static_cast<long long>(n_v_token_stride), static_cast<long long>(n_k_token_stride), static_cast<long long>(n_v_head_stride), static_cast<long long>(n_k_head_stride));
  }
  if (!(n_cache_blocks == 0 || n_k_heads <= 2251799813685248LL / n_cache_blocks)) {
    return ropec_refuse("k_cache, v_cache: tokens · heads · head_dim = %lld · 16 · %lld · 128 exceeds 2^62 elements", static_cast<long long>(n_cache_blocks), static_cast<long long>(n_k_heads));
  }
  if (ropec_host_memory()) {
    for (int64_t t = 0; t < n_tokens; ++t) {
      if (!(slot_mapping[t] == -1 || (true && slot_mapping[t] >= 0) && slot_mapping[t] < n_cache_slots)) {
        return ropec_refuse("slot_mapping: entry %lld is %lld; a slot is −1 (the token is not stored) or one of the cache's %lld slots [0, %lld)", static_cast<long long>(t), static_cast<long long>(slot_mapping[t]), static_cast<long long>(n_cache_slots), static_cast<long long>(n_cache_slots));
      }
    }
  }
  if (!(n_tokens <= 8589934588LL / ropec_max((n_q_heads + 3) / 4 + (n_k_heads + 3) / 4, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  const int64_t at_q = static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) * 2;
  const int64_t end_q = at_q + (n_tokens == 0 || n_q_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 128, 1125899906842624LL)) * 2;
  const int64_t at_k = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) * 2;
  const int64_t end_k = at_k + (n_tokens == 0 || n_k_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 128, 1125899906842624LL)) * 2;
  const int64_t at_positions = static_cast<int64_t>(reinterpret_cast<uintptr_t>(positions) / sizeof(*positions)) * 8;
  const int64_t end_positions = at_positions + ropec_min(n_tokens, 1125899906842624LL) * 8;
  const int64_t at_v = static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) / sizeof(*v)) * 2;
  const int64_t end_v = at_v + (n_tokens == 0 || n_k_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_v_token_stride + (n_k_heads - 1) * n_v_head_stride) + 128, 1125899906842624LL)) * 2;
  const int64_t at_slot_mapping = static_cast<int64_t>(reinterpret_cast<uintptr_t>(slot_mapping) / sizeof(*slot_mapping)) * 8;
  const int64_t end_slot_mapping = at_slot_mapping + ropec_min(n_tokens, 1125899906842624LL) * 8;
  const int64_t at_k_cache = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_cache) / sizeof(*k_cache)) * 1;
  const int64_t end_k_cache = at_k_cache + ropec_min(((n_cache_blocks * 16) * 8) * 128, 1125899906842624LL) * 1;
  const int64_t at_v_cache = static_cast<int64_t>(reinterpret_cast<uintptr_t>(v_cache) / sizeof(*v_cache)) * 1;
  const int64_t end_v_cache = at_v_cache + ropec_min(((n_cache_blocks * 16) * 8) * 128, 1125899906842624LL) * 1;
  if (!(((at_q == end_q || at_positions == end_positions) || end_q <= at_positions) || end_positions <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_q == end_q || at_slot_mapping == end_slot_mapping) || end_q <= at_slot_mapping) || end_slot_mapping <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap slot_mapping's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_slot_mapping), static_cast<long long>(end_slot_mapping));
  }
  if (!(((at_q == end_q || at_k_cache == end_k_cache) || end_q <= at_k_cache) || end_k_cache <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap k_cache's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_k_cache), static_cast<long long>(end_k_cache));
  }
  if (!(((at_q == end_q || at_v_cache == end_v_cache) || end_q <= at_v_cache) || end_v_cache <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap v_cache's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_v_cache), static_cast<long long>(end_v_cache));
  }
  if (!(((at_k == end_k || at_positions == end_positions) || end_k <= at_positions) || end_positions <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_k == end_k || at_slot_mapping == end_slot_mapping) || end_k <= at_slot_mapping) || end_slot_mapping <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap slot_mapping's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_slot_mapping), static_cast<long long>(end_slot_mapping));
  }
  if (!(((at_k == end_k || at_k_cache == end_k_cache) || end_k <= at_k_cache) || end_k_cache <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap k_cache's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_k_cache), static_cast<long long>(end_k_cache));
  }
  if (!(((at_k == end_k || at_v_cache == end_v_cache) || end_k <= at_v_cache) || end_v_cache <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap v_cache's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_v_cache), static_cast<long long>(end_v_cache));
  }
  if (!(((at_k_cache == end_k_cache || at_positions == end_positions) || end_k_cache <= at_positions) || end_positions <= at_k_cache)) {
    return ropec_refuse("k_cache: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_cache), static_cast<long long>(end_k_cache), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_v_cache == end_v_cache || at_positions == end_positions) || end_v_cache <= at_positions) || end_positions <= at_v_cache)) {
    return ropec_refuse("v_cache: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_v_cache), static_cast<long long>(end_v_cache), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_k_cache == end_k_cache || at_v == end_v) || end_k_cache <= at_v) || end_v <= at_k_cache)) {
    return ropec_refuse("k_cache: its bytes [%lld, %lld) (addresses) overlap v's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_cache), static_cast<long long>(end_k_cache), static_cast<long long>(at_v), static_cast<long long>(end_v));
  }
  if (!(((at_v_cache == end_v_cache || at_v == end_v) || end_v_cache <= at_v) || end_v <= at_v_cache)) {
    return ropec_refuse("v_cache: its bytes [%lld, %lld) (addresses) overlap v's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_v_cache), static_cast<long long>(end_v_cache), static_cast<long long>(at_v), static_cast<long long>(end_v));
  }
  if (!(((at_k_cache == end_k_cache || at_slot_mapping == end_slot_mapping) || end_k_cache <= at_slot_mapping) || end_slot_mapping <= at_k_cache)) {
    return ropec_refuse("k_cache: its bytes [%lld, %lld) (addresses) overlap slot_mapping's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_cache), static_cast<long long>(end_k_cache), static_cast<long long>(at_slot_mapping), static_cast<long long>(end_slot_mapping));
  }
  if (!(((at_v_cache == end_v_cache || at_slot_mapping == end_slot_mapping) || end_v_cache <= at_slot_mapping) || end_slot_mapping <= at_v_cache)) {
    return ropec_refuse("v_cache: its bytes [%lld, %lld) (addresses) overlap slot_mapping's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_v_cache), static_cast<long long>(end_v_cache), static_cast<long long>(at_slot_mapping), static_cast<long long>(end_slot_mapping));
  }
  if (!(((at_k_cache == end_k_cache || at_v_cache == end_v_cache) || end_k_cache <= at_v_cache) || end_v_cache <= at_k_cache)) {
    return ropec_refuse("k_cache: its bytes [%lld, %lld) (addresses) overlap v_cache's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_cache), static_cast<long long>(end_k_cache), static_cast<long long>(at_v_cache), static_cast<long long>(end_v_cache));
  }
  a->q_out = q;
  a->k_out = k;
  a->positions = positions;
  a->v = v;
  a->slot_mapping = slot_mapping;
  a->k_cache = k_cache;
  a->v_cache = v_cache;
  a->tokens = n_tokens;
  a->batch = 1;
  a->seq = tokens;
  a->q_token_stride = q_token_stride;
  a->q_head_stride = q_head_stride;
  a->k_token_stride = k_token_stride;
  a->k_head_stride = k_head_stride;
  a->v_token_stride = v_token_stride;
  a->v_head_stride = v_head_stride;
  a->cache_slots = n_cache_slots;
  a->k_scale = k_scale;
  a->v_scale = v_scale;
  *vector = ropec_aligned16(q) && ropec_aligned16(k) && ropec_aligned16(v) && q_token_stride % 8 == 0 && q_head_stride % 8 == 0 && k_token_stride % 8 == 0 && k_head_stride % 8 == 0 && v_token_stride % 8 == 0 && v_head_stride % 8 == 0;
  return cudaSuccess;
}

/**
 * Work items of a launch and whether it runs the grouped kernels. schedule: -1 chooses by size,
 * 0 one head per item, 1 head groups. The grouped count is below the grid's limit (checked).
 */
static int64_t launch_items(const Args& a, bool vector, int schedule, bool* grouped) {
  const int64_t q_heads = 32;
  const int64_t k_heads = 8;
  const int64_t grouped_items = vector ? a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 8) : a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 64);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 8) : a.tokens * ((q_heads + k_heads) * 64);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_llama3_1_8b_fp8kv

extern "C" const char* ropec_llama3_1_8b_fp8kv_last_error(void) {
  return ropec_llama3_1_8b_fp8kv::last_error;
}

extern "C" cudaError_t ropec_llama3_1_8b_fp8kv_check(ropec_llama3_1_8b_fp8kv_elem_t* q, ropec_llama3_1_8b_fp8kv_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_fp8kv_elem_t* v, const int64_t* slot_mapping, ropec_llama3_1_8b_fp8kv_fp8_t* k_cache, ropec_llama3_1_8b_fp8kv_fp8_t* v_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t v_token_stride, int64_t v_head_stride, int64_t cache_blocks, float k_scale, float v_scale) {
  ropec_llama3_1_8b_fp8kv::Args a;
  bool vector = false;
  return ropec_llama3_1_8b_fp8kv::prepare(q, k, positions, v, slot_mapping, k_cache, v_cache, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, v_token_stride, v_head_stride, cache_blocks, k_scale, v_scale, &a, &vector);
}

extern "C" cudaError_t ropec_llama3_1_8b_fp8kv_launch(ropec_llama3_1_8b_fp8kv_elem_t* q, ropec_llama3_1_8b_fp8kv_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_fp8kv_elem_t* v, const int64_t* slot_mapping, ropec_llama3_1_8b_fp8kv_fp8_t* k_cache, ropec_llama3_1_8b_fp8kv_fp8_t* v_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t v_token_stride, int64_t v_head_stride, int64_t cache_blocks, float k_scale, float v_scale, cudaStream_t stream) {
  using namespace ropec_llama3_1_8b_fp8kv;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, v, slot_mapping, k_cache, v_cache, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, v_token_stride, v_head_stride, cache_blocks, k_scale, v_scale, &a, &vector);
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
extern "C" cudaError_t ropec_llama3_1_8b_fp8kv_emulate(ropec_llama3_1_8b_fp8kv_elem_t* q, ropec_llama3_1_8b_fp8kv_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_fp8kv_elem_t* v, const int64_t* slot_mapping, ropec_llama3_1_8b_fp8kv_fp8_t* k_cache, ropec_llama3_1_8b_fp8kv_fp8_t* v_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t v_token_stride, int64_t v_head_stride, int64_t cache_blocks, float k_scale, float v_scale, int schedule, int* used) {
  using namespace ropec_llama3_1_8b_fp8kv;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, v, slot_mapping, k_cache, v_cache, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, v_token_stride, v_head_stride, cache_blocks, k_scale, v_scale, &a, &vector);
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
