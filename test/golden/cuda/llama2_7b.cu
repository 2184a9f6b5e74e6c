// Generated from spec/llama2_7b.rope (rope llama2_7b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 96722e640a0f9816
// half forward rotation of 128 lanes, f16 [batch, seq, heads, dim], out of place, positions index, sin/cos computed (exact).
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

#include "llama2_7b.h"

namespace ropec_llama2_7b {

typedef __half elem_t;
[[maybe_unused]] constexpr int kHeadDim = 128;
[[maybe_unused]] constexpr int kPairs = 64;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[64] = { 0.15915494309189535, 0.13782250260398285, 0.11934937021124886, 0.10335229661843406, 0.08949940160889101, 0.07750328875537406, 0.06711508300522726, 0.05811926744187624, 0.050329212104487035, 0.04358330210530733, 0.03774158471741977, 0.032682865872357, 0.028302195830623395, 0.024508691862069852, 0.02122365276477766, 0.018378926105679667, 0.015915494309189534, 0.013782250260398284, 0.011934937021124886, 0.010335229661843406, 0.0089499401608891, 0.0077503288755374055, 0.006711508300522725, 0.005811926744187624, 0.005032921210448704, 0.004358330210530733, 0.0037741584717419768, 0.0032682865872356993, 0.00283021958306234, 0.002450869186206985, 0.0021223652764777662, 0.0018378926105679667, 0.0015915494309189536, 0.0013782250260398288, 0.0011934937021124885, 0.0010335229661843405, 0.0008949940160889102, 0.0007750328875537405, 0.0006711508300522726, 0.0005811926744187624, 0.0005032921210448703, 0.0004358330210530733, 0.00037741584717419774, 0.0003268286587235699, 0.00028302195830623395, 0.00024508691862069854, 0.0002122365276477766, 0.00018378926105679666, 0.00015915494309189535, 0.00013782250260398286, 0.00011934937021124885, 0.00010335229661843406, 0.00008949940160889102, 0.00007750328875537406, 0.00006711508300522725, 0.00005811926744187624, 0.000050329212104487035, 0.00004358330210530732, 0.00003774158471741978, 0.000032682865872357, 0.0000283021958306234, 0.000024508691862069852, 0.00002122365276477766, 0.000018378926105679668 };
[[maybe_unused]] static const double TURNS_host[64] = { 0.15915494309189535, 0.13782250260398285, 0.11934937021124886, 0.10335229661843406, 0.08949940160889101, 0.07750328875537406, 0.06711508300522726, 0.05811926744187624, 0.050329212104487035, 0.04358330210530733, 0.03774158471741977, 0.032682865872357, 0.028302195830623395, 0.024508691862069852, 0.02122365276477766, 0.018378926105679667, 0.015915494309189534, 0.013782250260398284, 0.011934937021124886, 0.010335229661843406, 0.0089499401608891, 0.0077503288755374055, 0.006711508300522725, 0.005811926744187624, 0.005032921210448704, 0.004358330210530733, 0.0037741584717419768, 0.0032682865872356993, 0.00283021958306234, 0.002450869186206985, 0.0021223652764777662, 0.0018378926105679667, 0.0015915494309189536, 0.0013782250260398288, 0.0011934937021124885, 0.0010335229661843405, 0.0008949940160889102, 0.0007750328875537405, 0.0006711508300522726, 0.0005811926744187624, 0.0005032921210448703, 0.0004358330210530733, 0.00037741584717419774, 0.0003268286587235699, 0.00028302195830623395, 0.00024508691862069854, 0.0002122365276477766, 0.00018378926105679666, 0.00015915494309189535, 0.00013782250260398286, 0.00011934937021124885, 0.00010335229661843406, 0.00008949940160889102, 0.00007750328875537406, 0.00006711508300522725, 0.00005811926744187624, 0.000050329212104487035, 0.00004358330210530732, 0.00003774158471741978, 0.000032682865872357, 0.0000283021958306234, 0.000024508691862069852, 0.00002122365276477766, 0.000018378926105679668 };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  const elem_t* q_in;
  elem_t* k_out;
  const elem_t* k_in;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t offset;
};

/** cos and sin of p·ω_j (unscaled) */
__host__ __device__ inline float2 pair_sincos(double p, int64_t j) {
  const double t = p * ROPEC_CONST(TURNS)[j];
  const double r = t - rint(t);
  return ropec_sincos(static_cast<float>(r * 6.283185307179586));
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_q1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat * 32 + h0) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.q_in[(o + ki) + i]);
    const float xb = ropec_to_float(a.q_in[(o + (64 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.q_out[(o + ki) + i] = ropec_to_f16(xa * ci - xb * si);
    a.q_out[(o + (64 + ki)) + i] = ropec_to_f16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_k1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat * 32 + h0) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.k_in[(o + ki) + i]);
    const float xb = ropec_to_float(a.k_in[(o + (64 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.k_out[(o + ki) + i] = ropec_to_f16(xa * ci - xb * si);
    a.k_out[(o + (64 + ki)) + i] = ropec_to_f16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_q4_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = (flat * 32 + h0) * 128;
  const int64_t oh1 = (flat * 32 + (h0 + 1)) * 128;
  const int64_t oh2 = (flat * 32 + (h0 + 2)) * 128;
  const int64_t oh3 = (flat * 32 + (h0 + 3)) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.q_in[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.q_in[(oh0 + (64 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.q_out[(oh0 + ki) + i] = ropec_to_f16(h0_xa * h0_ci - h0_xb * h0_si);
    a.q_out[(oh0 + (64 + ki)) + i] = ropec_to_f16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.q_in[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.q_in[(oh1 + (64 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.q_out[(oh1 + ki) + i] = ropec_to_f16(h1_xa * h1_ci - h1_xb * h1_si);
    a.q_out[(oh1 + (64 + ki)) + i] = ropec_to_f16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.q_in[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.q_in[(oh2 + (64 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.q_out[(oh2 + ki) + i] = ropec_to_f16(h2_xa * h2_ci - h2_xb * h2_si);
    a.q_out[(oh2 + (64 + ki)) + i] = ropec_to_f16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.q_in[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.q_in[(oh3 + (64 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.q_out[(oh3 + ki) + i] = ropec_to_f16(h3_xa * h3_ci - h3_xb * h3_si);
    a.q_out[(oh3 + (64 + ki)) + i] = ropec_to_f16(h3_xb * h3_ci + h3_xa * h3_si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_k4_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = (flat * 32 + h0) * 128;
  const int64_t oh1 = (flat * 32 + (h0 + 1)) * 128;
  const int64_t oh2 = (flat * 32 + (h0 + 2)) * 128;
  const int64_t oh3 = (flat * 32 + (h0 + 3)) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.k_in[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.k_in[(oh0 + (64 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.k_out[(oh0 + ki) + i] = ropec_to_f16(h0_xa * h0_ci - h0_xb * h0_si);
    a.k_out[(oh0 + (64 + ki)) + i] = ropec_to_f16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.k_in[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.k_in[(oh1 + (64 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.k_out[(oh1 + ki) + i] = ropec_to_f16(h1_xa * h1_ci - h1_xb * h1_si);
    a.k_out[(oh1 + (64 + ki)) + i] = ropec_to_f16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.k_in[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.k_in[(oh2 + (64 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.k_out[(oh2 + ki) + i] = ropec_to_f16(h2_xa * h2_ci - h2_xb * h2_si);
    a.k_out[(oh2 + (64 + ki)) + i] = ropec_to_f16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.k_in[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.k_in[(oh3 + (64 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.k_out[(oh3 + ki) + i] = ropec_to_f16(h3_xa * h3_ci - h3_xb * h3_si);
    a.k_out[(oh3 + (64 + ki)) + i] = ropec_to_f16(h3_xb * h3_ci + h3_xa * h3_si);
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_q1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat * 32 + h0) * 128;
  const uint4 xav = ropec_load_vec4u(a.q_in + o + ki * 8);
  const float xa0 = ropec_f16_from_bits(xav.x & 0xffffu);
  const float xa1 = ropec_f16_from_bits(xav.x >> 16u);
  const float xa2 = ropec_f16_from_bits(xav.y & 0xffffu);
  const float xa3 = ropec_f16_from_bits(xav.y >> 16u);
  const float xa4 = ropec_f16_from_bits(xav.z & 0xffffu);
  const float xa5 = ropec_f16_from_bits(xav.z >> 16u);
  const float xa6 = ropec_f16_from_bits(xav.w & 0xffffu);
  const float xa7 = ropec_f16_from_bits(xav.w >> 16u);
  const uint4 xbv = ropec_load_vec4u(a.q_in + o + (64 + ki * 8));
  const float xb0 = ropec_f16_from_bits(xbv.x & 0xffffu);
  const float xb1 = ropec_f16_from_bits(xbv.x >> 16u);
  const float xb2 = ropec_f16_from_bits(xbv.y & 0xffffu);
  const float xb3 = ropec_f16_from_bits(xbv.y >> 16u);
  const float xb4 = ropec_f16_from_bits(xbv.z & 0xffffu);
  const float xb5 = ropec_f16_from_bits(xbv.z >> 16u);
  const float xb6 = ropec_f16_from_bits(xbv.w & 0xffffu);
  const float xb7 = ropec_f16_from_bits(xbv.w >> 16u);
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
  ropec_store_vec4u(a.q_out + o + ki * 8, make_uint4(ropec_f16_bits(ya0) | (ropec_f16_bits(ya1) << 16u), ropec_f16_bits(ya2) | (ropec_f16_bits(ya3) << 16u), ropec_f16_bits(ya4) | (ropec_f16_bits(ya5) << 16u), ropec_f16_bits(ya6) | (ropec_f16_bits(ya7) << 16u)));
  ropec_store_vec4u(a.q_out + o + (64 + ki * 8), make_uint4(ropec_f16_bits(yb0) | (ropec_f16_bits(yb1) << 16u), ropec_f16_bits(yb2) | (ropec_f16_bits(yb3) << 16u), ropec_f16_bits(yb4) | (ropec_f16_bits(yb5) << 16u), ropec_f16_bits(yb6) | (ropec_f16_bits(yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_k1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat * 32 + h0) * 128;
  const uint4 xav = ropec_load_vec4u(a.k_in + o + ki * 8);
  const float xa0 = ropec_f16_from_bits(xav.x & 0xffffu);
  const float xa1 = ropec_f16_from_bits(xav.x >> 16u);
  const float xa2 = ropec_f16_from_bits(xav.y & 0xffffu);
  const float xa3 = ropec_f16_from_bits(xav.y >> 16u);
  const float xa4 = ropec_f16_from_bits(xav.z & 0xffffu);
  const float xa5 = ropec_f16_from_bits(xav.z >> 16u);
  const float xa6 = ropec_f16_from_bits(xav.w & 0xffffu);
  const float xa7 = ropec_f16_from_bits(xav.w >> 16u);
  const uint4 xbv = ropec_load_vec4u(a.k_in + o + (64 + ki * 8));
  const float xb0 = ropec_f16_from_bits(xbv.x & 0xffffu);
  const float xb1 = ropec_f16_from_bits(xbv.x >> 16u);
  const float xb2 = ropec_f16_from_bits(xbv.y & 0xffffu);
  const float xb3 = ropec_f16_from_bits(xbv.y >> 16u);
  const float xb4 = ropec_f16_from_bits(xbv.z & 0xffffu);
  const float xb5 = ropec_f16_from_bits(xbv.z >> 16u);
  const float xb6 = ropec_f16_from_bits(xbv.w & 0xffffu);
  const float xb7 = ropec_f16_from_bits(xbv.w >> 16u);
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
  ropec_store_vec4u(a.k_out + o + ki * 8, make_uint4(ropec_f16_bits(ya0) | (ropec_f16_bits(ya1) << 16u), ropec_f16_bits(ya2) | (ropec_f16_bits(ya3) << 16u), ropec_f16_bits(ya4) | (ropec_f16_bits(ya5) << 16u), ropec_f16_bits(ya6) | (ropec_f16_bits(ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + (64 + ki * 8), make_uint4(ropec_f16_bits(yb0) | (ropec_f16_bits(yb1) << 16u), ropec_f16_bits(yb2) | (ropec_f16_bits(yb3) << 16u), ropec_f16_bits(yb4) | (ropec_f16_bits(yb5) << 16u), ropec_f16_bits(yb6) | (ropec_f16_bits(yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_q4_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = (flat * 32 + h0) * 128;
  const uint4 h0_xav = ropec_load_vec4u(a.q_in + oh0 + ki * 8);
  const float h0_xa0 = ropec_f16_from_bits(h0_xav.x & 0xffffu);
  const float h0_xa1 = ropec_f16_from_bits(h0_xav.x >> 16u);
  const float h0_xa2 = ropec_f16_from_bits(h0_xav.y & 0xffffu);
  const float h0_xa3 = ropec_f16_from_bits(h0_xav.y >> 16u);
  const float h0_xa4 = ropec_f16_from_bits(h0_xav.z & 0xffffu);
  const float h0_xa5 = ropec_f16_from_bits(h0_xav.z >> 16u);
  const float h0_xa6 = ropec_f16_from_bits(h0_xav.w & 0xffffu);
  const float h0_xa7 = ropec_f16_from_bits(h0_xav.w >> 16u);
  const uint4 h0_xbv = ropec_load_vec4u(a.q_in + oh0 + (64 + ki * 8));
  const float h0_xb0 = ropec_f16_from_bits(h0_xbv.x & 0xffffu);
  const float h0_xb1 = ropec_f16_from_bits(h0_xbv.x >> 16u);
  const float h0_xb2 = ropec_f16_from_bits(h0_xbv.y & 0xffffu);
  const float h0_xb3 = ropec_f16_from_bits(h0_xbv.y >> 16u);
  const float h0_xb4 = ropec_f16_from_bits(h0_xbv.z & 0xffffu);
  const float h0_xb5 = ropec_f16_from_bits(h0_xbv.z >> 16u);
  const float h0_xb6 = ropec_f16_from_bits(h0_xbv.w & 0xffffu);
  const float h0_xb7 = ropec_f16_from_bits(h0_xbv.w >> 16u);
  const int64_t oh1 = (flat * 32 + (h0 + 1)) * 128;
  const uint4 h1_xav = ropec_load_vec4u(a.q_in + oh1 + ki * 8);
  const float h1_xa0 = ropec_f16_from_bits(h1_xav.x & 0xffffu);
  const float h1_xa1 = ropec_f16_from_bits(h1_xav.x >> 16u);
  const float h1_xa2 = ropec_f16_from_bits(h1_xav.y & 0xffffu);
  const float h1_xa3 = ropec_f16_from_bits(h1_xav.y >> 16u);
  const float h1_xa4 = ropec_f16_from_bits(h1_xav.z & 0xffffu);
  const float h1_xa5 = ropec_f16_from_bits(h1_xav.z >> 16u);
  const float h1_xa6 = ropec_f16_from_bits(h1_xav.w & 0xffffu);
  const float h1_xa7 = ropec_f16_from_bits(h1_xav.w >> 16u);
  const uint4 h1_xbv = ropec_load_vec4u(a.q_in + oh1 + (64 + ki * 8));
  const float h1_xb0 = ropec_f16_from_bits(h1_xbv.x & 0xffffu);
  const float h1_xb1 = ropec_f16_from_bits(h1_xbv.x >> 16u);
  const float h1_xb2 = ropec_f16_from_bits(h1_xbv.y & 0xffffu);
  const float h1_xb3 = ropec_f16_from_bits(h1_xbv.y >> 16u);
  const float h1_xb4 = ropec_f16_from_bits(h1_xbv.z & 0xffffu);
  const float h1_xb5 = ropec_f16_from_bits(h1_xbv.z >> 16u);
  const float h1_xb6 = ropec_f16_from_bits(h1_xbv.w & 0xffffu);
  const float h1_xb7 = ropec_f16_from_bits(h1_xbv.w >> 16u);
  const int64_t oh2 = (flat * 32 + (h0 + 2)) * 128;
  const uint4 h2_xav = ropec_load_vec4u(a.q_in + oh2 + ki * 8);
  const float h2_xa0 = ropec_f16_from_bits(h2_xav.x & 0xffffu);
  const float h2_xa1 = ropec_f16_from_bits(h2_xav.x >> 16u);
  const float h2_xa2 = ropec_f16_from_bits(h2_xav.y & 0xffffu);
  const float h2_xa3 = ropec_f16_from_bits(h2_xav.y >> 16u);
  const float h2_xa4 = ropec_f16_from_bits(h2_xav.z & 0xffffu);
  const float h2_xa5 = ropec_f16_from_bits(h2_xav.z >> 16u);
  const float h2_xa6 = ropec_f16_from_bits(h2_xav.w & 0xffffu);
  const float h2_xa7 = ropec_f16_from_bits(h2_xav.w >> 16u);
  const uint4 h2_xbv = ropec_load_vec4u(a.q_in + oh2 + (64 + ki * 8));
  const float h2_xb0 = ropec_f16_from_bits(h2_xbv.x & 0xffffu);
  const float h2_xb1 = ropec_f16_from_bits(h2_xbv.x >> 16u);
  const float h2_xb2 = ropec_f16_from_bits(h2_xbv.y & 0xffffu);
  const float h2_xb3 = ropec_f16_from_bits(h2_xbv.y >> 16u);
  const float h2_xb4 = ropec_f16_from_bits(h2_xbv.z & 0xffffu);
  const float h2_xb5 = ropec_f16_from_bits(h2_xbv.z >> 16u);
  const float h2_xb6 = ropec_f16_from_bits(h2_xbv.w & 0xffffu);
  const float h2_xb7 = ropec_f16_from_bits(h2_xbv.w >> 16u);
  const int64_t oh3 = (flat * 32 + (h0 + 3)) * 128;
  const uint4 h3_xav = ropec_load_vec4u(a.q_in + oh3 + ki * 8);
  const float h3_xa0 = ropec_f16_from_bits(h3_xav.x & 0xffffu);
  const float h3_xa1 = ropec_f16_from_bits(h3_xav.x >> 16u);
  const float h3_xa2 = ropec_f16_from_bits(h3_xav.y & 0xffffu);
  const float h3_xa3 = ropec_f16_from_bits(h3_xav.y >> 16u);
  const float h3_xa4 = ropec_f16_from_bits(h3_xav.z & 0xffffu);
  const float h3_xa5 = ropec_f16_from_bits(h3_xav.z >> 16u);
  const float h3_xa6 = ropec_f16_from_bits(h3_xav.w & 0xffffu);
  const float h3_xa7 = ropec_f16_from_bits(h3_xav.w >> 16u);
  const uint4 h3_xbv = ropec_load_vec4u(a.q_in + oh3 + (64 + ki * 8));
  const float h3_xb0 = ropec_f16_from_bits(h3_xbv.x & 0xffffu);
  const float h3_xb1 = ropec_f16_from_bits(h3_xbv.x >> 16u);
  const float h3_xb2 = ropec_f16_from_bits(h3_xbv.y & 0xffffu);
  const float h3_xb3 = ropec_f16_from_bits(h3_xbv.y >> 16u);
  const float h3_xb4 = ropec_f16_from_bits(h3_xbv.z & 0xffffu);
  const float h3_xb5 = ropec_f16_from_bits(h3_xbv.z >> 16u);
  const float h3_xb6 = ropec_f16_from_bits(h3_xbv.w & 0xffffu);
  const float h3_xb7 = ropec_f16_from_bits(h3_xbv.w >> 16u);
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
  ropec_store_vec4u(a.q_out + oh0 + ki * 8, make_uint4(ropec_f16_bits(h0_ya0) | (ropec_f16_bits(h0_ya1) << 16u), ropec_f16_bits(h0_ya2) | (ropec_f16_bits(h0_ya3) << 16u), ropec_f16_bits(h0_ya4) | (ropec_f16_bits(h0_ya5) << 16u), ropec_f16_bits(h0_ya6) | (ropec_f16_bits(h0_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh0 + (64 + ki * 8), make_uint4(ropec_f16_bits(h0_yb0) | (ropec_f16_bits(h0_yb1) << 16u), ropec_f16_bits(h0_yb2) | (ropec_f16_bits(h0_yb3) << 16u), ropec_f16_bits(h0_yb4) | (ropec_f16_bits(h0_yb5) << 16u), ropec_f16_bits(h0_yb6) | (ropec_f16_bits(h0_yb7) << 16u)));
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
  ropec_store_vec4u(a.q_out + oh1 + ki * 8, make_uint4(ropec_f16_bits(h1_ya0) | (ropec_f16_bits(h1_ya1) << 16u), ropec_f16_bits(h1_ya2) | (ropec_f16_bits(h1_ya3) << 16u), ropec_f16_bits(h1_ya4) | (ropec_f16_bits(h1_ya5) << 16u), ropec_f16_bits(h1_ya6) | (ropec_f16_bits(h1_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh1 + (64 + ki * 8), make_uint4(ropec_f16_bits(h1_yb0) | (ropec_f16_bits(h1_yb1) << 16u), ropec_f16_bits(h1_yb2) | (ropec_f16_bits(h1_yb3) << 16u), ropec_f16_bits(h1_yb4) | (ropec_f16_bits(h1_yb5) << 16u), ropec_f16_bits(h1_yb6) | (ropec_f16_bits(h1_yb7) << 16u)));
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
  ropec_store_vec4u(a.q_out + oh2 + ki * 8, make_uint4(ropec_f16_bits(h2_ya0) | (ropec_f16_bits(h2_ya1) << 16u), ropec_f16_bits(h2_ya2) | (ropec_f16_bits(h2_ya3) << 16u), ropec_f16_bits(h2_ya4) | (ropec_f16_bits(h2_ya5) << 16u), ropec_f16_bits(h2_ya6) | (ropec_f16_bits(h2_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh2 + (64 + ki * 8), make_uint4(ropec_f16_bits(h2_yb0) | (ropec_f16_bits(h2_yb1) << 16u), ropec_f16_bits(h2_yb2) | (ropec_f16_bits(h2_yb3) << 16u), ropec_f16_bits(h2_yb4) | (ropec_f16_bits(h2_yb5) << 16u), ropec_f16_bits(h2_yb6) | (ropec_f16_bits(h2_yb7) << 16u)));
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
  ropec_store_vec4u(a.q_out + oh3 + ki * 8, make_uint4(ropec_f16_bits(h3_ya0) | (ropec_f16_bits(h3_ya1) << 16u), ropec_f16_bits(h3_ya2) | (ropec_f16_bits(h3_ya3) << 16u), ropec_f16_bits(h3_ya4) | (ropec_f16_bits(h3_ya5) << 16u), ropec_f16_bits(h3_ya6) | (ropec_f16_bits(h3_ya7) << 16u)));
  ropec_store_vec4u(a.q_out + oh3 + (64 + ki * 8), make_uint4(ropec_f16_bits(h3_yb0) | (ropec_f16_bits(h3_yb1) << 16u), ropec_f16_bits(h3_yb2) | (ropec_f16_bits(h3_yb3) << 16u), ropec_f16_bits(h3_yb4) | (ropec_f16_bits(h3_yb5) << 16u), ropec_f16_bits(h3_yb6) | (ropec_f16_bits(h3_yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_k4_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(s + a.offset);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 8 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = (flat * 32 + h0) * 128;
  const uint4 h0_xav = ropec_load_vec4u(a.k_in + oh0 + ki * 8);
  const float h0_xa0 = ropec_f16_from_bits(h0_xav.x & 0xffffu);
  const float h0_xa1 = ropec_f16_from_bits(h0_xav.x >> 16u);
  const float h0_xa2 = ropec_f16_from_bits(h0_xav.y & 0xffffu);
  const float h0_xa3 = ropec_f16_from_bits(h0_xav.y >> 16u);
  const float h0_xa4 = ropec_f16_from_bits(h0_xav.z & 0xffffu);
  const float h0_xa5 = ropec_f16_from_bits(h0_xav.z >> 16u);
  const float h0_xa6 = ropec_f16_from_bits(h0_xav.w & 0xffffu);
  const float h0_xa7 = ropec_f16_from_bits(h0_xav.w >> 16u);
  const uint4 h0_xbv = ropec_load_vec4u(a.k_in + oh0 + (64 + ki * 8));
  const float h0_xb0 = ropec_f16_from_bits(h0_xbv.x & 0xffffu);
  const float h0_xb1 = ropec_f16_from_bits(h0_xbv.x >> 16u);
  const float h0_xb2 = ropec_f16_from_bits(h0_xbv.y & 0xffffu);
  const float h0_xb3 = ropec_f16_from_bits(h0_xbv.y >> 16u);
  const float h0_xb4 = ropec_f16_from_bits(h0_xbv.z & 0xffffu);
  const float h0_xb5 = ropec_f16_from_bits(h0_xbv.z >> 16u);
  const float h0_xb6 = ropec_f16_from_bits(h0_xbv.w & 0xffffu);
  const float h0_xb7 = ropec_f16_from_bits(h0_xbv.w >> 16u);
  const int64_t oh1 = (flat * 32 + (h0 + 1)) * 128;
  const uint4 h1_xav = ropec_load_vec4u(a.k_in + oh1 + ki * 8);
  const float h1_xa0 = ropec_f16_from_bits(h1_xav.x & 0xffffu);
  const float h1_xa1 = ropec_f16_from_bits(h1_xav.x >> 16u);
  const float h1_xa2 = ropec_f16_from_bits(h1_xav.y & 0xffffu);
  const float h1_xa3 = ropec_f16_from_bits(h1_xav.y >> 16u);
  const float h1_xa4 = ropec_f16_from_bits(h1_xav.z & 0xffffu);
  const float h1_xa5 = ropec_f16_from_bits(h1_xav.z >> 16u);
  const float h1_xa6 = ropec_f16_from_bits(h1_xav.w & 0xffffu);
  const float h1_xa7 = ropec_f16_from_bits(h1_xav.w >> 16u);
  const uint4 h1_xbv = ropec_load_vec4u(a.k_in + oh1 + (64 + ki * 8));
  const float h1_xb0 = ropec_f16_from_bits(h1_xbv.x & 0xffffu);
  const float h1_xb1 = ropec_f16_from_bits(h1_xbv.x >> 16u);
  const float h1_xb2 = ropec_f16_from_bits(h1_xbv.y & 0xffffu);
  const float h1_xb3 = ropec_f16_from_bits(h1_xbv.y >> 16u);
  const float h1_xb4 = ropec_f16_from_bits(h1_xbv.z & 0xffffu);
  const float h1_xb5 = ropec_f16_from_bits(h1_xbv.z >> 16u);
  const float h1_xb6 = ropec_f16_from_bits(h1_xbv.w & 0xffffu);
  const float h1_xb7 = ropec_f16_from_bits(h1_xbv.w >> 16u);
  const int64_t oh2 = (flat * 32 + (h0 + 2)) * 128;
  const uint4 h2_xav = ropec_load_vec4u(a.k_in + oh2 + ki * 8);
  const float h2_xa0 = ropec_f16_from_bits(h2_xav.x & 0xffffu);
  const float h2_xa1 = ropec_f16_from_bits(h2_xav.x >> 16u);
  const float h2_xa2 = ropec_f16_from_bits(h2_xav.y & 0xffffu);
  const float h2_xa3 = ropec_f16_from_bits(h2_xav.y >> 16u);
  const float h2_xa4 = ropec_f16_from_bits(h2_xav.z & 0xffffu);
  const float h2_xa5 = ropec_f16_from_bits(h2_xav.z >> 16u);
  const float h2_xa6 = ropec_f16_from_bits(h2_xav.w & 0xffffu);
  const float h2_xa7 = ropec_f16_from_bits(h2_xav.w >> 16u);
  const uint4 h2_xbv = ropec_load_vec4u(a.k_in + oh2 + (64 + ki * 8));
  const float h2_xb0 = ropec_f16_from_bits(h2_xbv.x & 0xffffu);
  const float h2_xb1 = ropec_f16_from_bits(h2_xbv.x >> 16u);
  const float h2_xb2 = ropec_f16_from_bits(h2_xbv.y & 0xffffu);
  const float h2_xb3 = ropec_f16_from_bits(h2_xbv.y >> 16u);
  const float h2_xb4 = ropec_f16_from_bits(h2_xbv.z & 0xffffu);
  const float h2_xb5 = ropec_f16_from_bits(h2_xbv.z >> 16u);
  const float h2_xb6 = ropec_f16_from_bits(h2_xbv.w & 0xffffu);
  const float h2_xb7 = ropec_f16_from_bits(h2_xbv.w >> 16u);
  const int64_t oh3 = (flat * 32 + (h0 + 3)) * 128;
  const uint4 h3_xav = ropec_load_vec4u(a.k_in + oh3 + ki * 8);
  const float h3_xa0 = ropec_f16_from_bits(h3_xav.x & 0xffffu);
  const float h3_xa1 = ropec_f16_from_bits(h3_xav.x >> 16u);
  const float h3_xa2 = ropec_f16_from_bits(h3_xav.y & 0xffffu);
  const float h3_xa3 = ropec_f16_from_bits(h3_xav.y >> 16u);
  const float h3_xa4 = ropec_f16_from_bits(h3_xav.z & 0xffffu);
  const float h3_xa5 = ropec_f16_from_bits(h3_xav.z >> 16u);
  const float h3_xa6 = ropec_f16_from_bits(h3_xav.w & 0xffffu);
  const float h3_xa7 = ropec_f16_from_bits(h3_xav.w >> 16u);
  const uint4 h3_xbv = ropec_load_vec4u(a.k_in + oh3 + (64 + ki * 8));
  const float h3_xb0 = ropec_f16_from_bits(h3_xbv.x & 0xffffu);
  const float h3_xb1 = ropec_f16_from_bits(h3_xbv.x >> 16u);
  const float h3_xb2 = ropec_f16_from_bits(h3_xbv.y & 0xffffu);
  const float h3_xb3 = ropec_f16_from_bits(h3_xbv.y >> 16u);
  const float h3_xb4 = ropec_f16_from_bits(h3_xbv.z & 0xffffu);
  const float h3_xb5 = ropec_f16_from_bits(h3_xbv.z >> 16u);
  const float h3_xb6 = ropec_f16_from_bits(h3_xbv.w & 0xffffu);
  const float h3_xb7 = ropec_f16_from_bits(h3_xbv.w >> 16u);
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
  ropec_store_vec4u(a.k_out + oh0 + ki * 8, make_uint4(ropec_f16_bits(h0_ya0) | (ropec_f16_bits(h0_ya1) << 16u), ropec_f16_bits(h0_ya2) | (ropec_f16_bits(h0_ya3) << 16u), ropec_f16_bits(h0_ya4) | (ropec_f16_bits(h0_ya5) << 16u), ropec_f16_bits(h0_ya6) | (ropec_f16_bits(h0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + (64 + ki * 8), make_uint4(ropec_f16_bits(h0_yb0) | (ropec_f16_bits(h0_yb1) << 16u), ropec_f16_bits(h0_yb2) | (ropec_f16_bits(h0_yb3) << 16u), ropec_f16_bits(h0_yb4) | (ropec_f16_bits(h0_yb5) << 16u), ropec_f16_bits(h0_yb6) | (ropec_f16_bits(h0_yb7) << 16u)));
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
  ropec_store_vec4u(a.k_out + oh1 + ki * 8, make_uint4(ropec_f16_bits(h1_ya0) | (ropec_f16_bits(h1_ya1) << 16u), ropec_f16_bits(h1_ya2) | (ropec_f16_bits(h1_ya3) << 16u), ropec_f16_bits(h1_ya4) | (ropec_f16_bits(h1_ya5) << 16u), ropec_f16_bits(h1_ya6) | (ropec_f16_bits(h1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + (64 + ki * 8), make_uint4(ropec_f16_bits(h1_yb0) | (ropec_f16_bits(h1_yb1) << 16u), ropec_f16_bits(h1_yb2) | (ropec_f16_bits(h1_yb3) << 16u), ropec_f16_bits(h1_yb4) | (ropec_f16_bits(h1_yb5) << 16u), ropec_f16_bits(h1_yb6) | (ropec_f16_bits(h1_yb7) << 16u)));
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
  ropec_store_vec4u(a.k_out + oh2 + ki * 8, make_uint4(ropec_f16_bits(h2_ya0) | (ropec_f16_bits(h2_ya1) << 16u), ropec_f16_bits(h2_ya2) | (ropec_f16_bits(h2_ya3) << 16u), ropec_f16_bits(h2_ya4) | (ropec_f16_bits(h2_ya5) << 16u), ropec_f16_bits(h2_ya6) | (ropec_f16_bits(h2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + (64 + ki * 8), make_uint4(ropec_f16_bits(h2_yb0) | (ropec_f16_bits(h2_yb1) << 16u), ropec_f16_bits(h2_yb2) | (ropec_f16_bits(h2_yb3) << 16u), ropec_f16_bits(h2_yb4) | (ropec_f16_bits(h2_yb5) << 16u), ropec_f16_bits(h2_yb6) | (ropec_f16_bits(h2_yb7) << 16u)));
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
  ropec_store_vec4u(a.k_out + oh3 + ki * 8, make_uint4(ropec_f16_bits(h3_ya0) | (ropec_f16_bits(h3_ya1) << 16u), ropec_f16_bits(h3_ya2) | (ropec_f16_bits(h3_ya3) << 16u), ropec_f16_bits(h3_ya4) | (ropec_f16_bits(h3_ya5) << 16u), ropec_f16_bits(h3_ya6) | (ropec_f16_bits(h3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + (64 + ki * 8), make_uint4(ropec_f16_bits(h3_yb0) | (ropec_f16_bits(h3_yb1) << 16u), ropec_f16_bits(h3_yb2) | (ropec_f16_bits(h3_yb3) << 16u), ropec_f16_bits(h3_yb4) | (ropec_f16_bits(h3_yb5) << 16u), ropec_f16_bits(h3_yb6) | (ropec_f16_bits(h3_yb7) << 16u)));
}

/** The scalar schedule: out of place, one head per item, 64 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 64;
  const int64_t chunk = item % 64;
  const int64_t rest = item / 64;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 32) {
    const int64_t h0 = g;
    item_scalar_out_q1_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 32;
    item_scalar_out_k1_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 64) * 64) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: out of place, groups of 4 q / 4 k heads per item, 64 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 16;
  const int64_t chunk = item % 64;
  const int64_t rest = item / 64;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 8) {
    const int64_t h0 = g * 4;
    item_scalar_out_q4_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 8) * 4;
    item_scalar_out_k4_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 16) * 64) return;
  work_scalar_grouped(a, item);
}

/** The vector schedule: out of place, one head per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t per_token = 64;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 32) {
    const int64_t h0 = g;
    item_vector_out_q1_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 32;
    item_vector_out_k1_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 64) * 8) return;
  work_vector(a, item);
}

/** The vector_grouped schedule: out of place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 16;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 8) {
    const int64_t h0 = g * 4;
    item_vector_out_q4_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 8) * 4;
    item_vector_out_k4_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 16) * 8) return;
  work_vector_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_llama2_7b_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_llama2_7b_elem_t* q, const ropec_llama2_7b_elem_t* k, ropec_llama2_7b_elem_t* q_out, ropec_llama2_7b_elem_t* k_out, int64_t batch, int64_t seq, int64_t offset, Args* a, bool* vector) {
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
  const int64_t n_q_heads = 32;
  const int64_t n_k_heads = 32;
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
  if (!(n_tokens == 0 || n_q_heads <= 36028797018963968LL / n_tokens)) {
    return ropec_refuse("q: tokens · heads · head_dim = %lld · %lld · 128 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_heads));
  }
  if (!(n_tokens == 0 || n_k_heads <= 36028797018963968LL / n_tokens)) {
    return ropec_refuse("k: tokens · heads · head_dim = %lld · %lld · 128 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_heads));
  }
  if (!(n_tokens <= 8589934588LL / ropec_max((n_q_heads + 3) / 4 + (n_k_heads + 3) / 4, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  if (n_tokens > 0) {
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 128));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 128));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 128));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 128));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 128 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k_out; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 128));
    }
  }
  a->q_in = q;
  a->k_in = k;
  a->q_out = q_out;
  a->k_out = k_out;
  a->tokens = n_tokens;
  a->batch = batch;
  a->seq = seq;
  a->offset = offset;
  *vector = ropec_aligned16(q) && ropec_aligned16(k) && ropec_aligned16(q_out) && ropec_aligned16(k_out);
  return cudaSuccess;
}

/**
 * Work items of a launch and whether it runs the grouped kernels. schedule: -1 chooses by size,
 * 0 one head per item, 1 head groups. The grouped count is below the grid's limit (checked).
 */
static int64_t launch_items(const Args& a, bool vector, int schedule, bool* grouped) {
  const int64_t q_heads = 32;
  const int64_t k_heads = 32;
  const int64_t grouped_items = vector ? a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 8) : a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 64);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 8) : a.tokens * ((q_heads + k_heads) * 64);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_llama2_7b

extern "C" const char* ropec_llama2_7b_last_error(void) {
  return ropec_llama2_7b::last_error;
}

extern "C" cudaError_t ropec_llama2_7b_check(const ropec_llama2_7b_elem_t* q, const ropec_llama2_7b_elem_t* k, ropec_llama2_7b_elem_t* q_out, ropec_llama2_7b_elem_t* k_out, int64_t batch, int64_t seq, int64_t offset) {
  ropec_llama2_7b::Args a;
  bool vector = false;
  return ropec_llama2_7b::prepare(q, k, q_out, k_out, batch, seq, offset, &a, &vector);
}

extern "C" cudaError_t ropec_llama2_7b_launch(const ropec_llama2_7b_elem_t* q, const ropec_llama2_7b_elem_t* k, ropec_llama2_7b_elem_t* q_out, ropec_llama2_7b_elem_t* k_out, int64_t batch, int64_t seq, int64_t offset, cudaStream_t stream) {
  using namespace ropec_llama2_7b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, offset, &a, &vector);
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
extern "C" cudaError_t ropec_llama2_7b_emulate(const ropec_llama2_7b_elem_t* q, const ropec_llama2_7b_elem_t* k, ropec_llama2_7b_elem_t* q_out, ropec_llama2_7b_elem_t* k_out, int64_t batch, int64_t seq, int64_t offset, int schedule, int* used) {
  using namespace ropec_llama2_7b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, offset, &a, &vector);
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
