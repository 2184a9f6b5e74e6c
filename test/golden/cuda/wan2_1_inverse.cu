// Generated from spec/wan2_1.rope (rope wan2_1_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 55b6fbf7fb4c5329
// interleaved inverse rotation of 128 lanes, bf16 [batch, seq, heads, dim], out of place, positions grid, sin/cos computed (exact).
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

#include "wan2_1_inverse.h"

namespace ropec_wan2_1_inverse {

typedef __nv_bfloat16 elem_t;
[[maybe_unused]] constexpr int kHeadDim = 128;
[[maybe_unused]] constexpr int kPairs = 64;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[64] = { 0.15915494309189535, 0.10471332492864242, 0.06889437553491741, 0.04532789865645768, 0.029822730529994637, 0.019621365265693077, 0.012909548121441445, 0.008493620624412019, 0.005588235206437426, 0.0036766856095163244, 0.002419013619121152, 0.0015915494309189536, 0.0010471332492864246, 0.000688943755349174, 0.0004532789865645768, 0.00029822730529994654, 0.0001962136526569307, 0.00012909548121441445, 0.00008493620624412013, 0.00005588235206437425, 0.000036766856095163266, 0.000024190136191211507, 0.15915494309189535, 0.1026464516917563, 0.06620148793509009, 0.04269642966306117, 0.027536920435385814, 0.01775984533247277, 0.011454153233055075, 0.007387318066696188, 0.004764426239824296, 0.003072800871680653, 0.001981792711591982, 0.0012781506240497028, 0.0008243389978189566, 0.0005316546974503813, 0.0003428889304872297, 0.00022114507633340166, 0.00014262678213908538, 0.0000919866692066053, 0.00005932649664264311, 0.000038262426873880164, 0.00002467722507023472, 0.15915494309189535, 0.1026464516917563, 0.06620148793509009, 0.04269642966306117, 0.027536920435385814, 0.01775984533247277, 0.011454153233055075, 0.007387318066696188, 0.004764426239824296, 0.003072800871680653, 0.001981792711591982, 0.0012781506240497028, 0.0008243389978189566, 0.0005316546974503813, 0.0003428889304872297, 0.00022114507633340166, 0.00014262678213908538, 0.0000919866692066053, 0.00005932649664264311, 0.000038262426873880164, 0.00002467722507023472 };
[[maybe_unused]] static const double TURNS_host[64] = { 0.15915494309189535, 0.10471332492864242, 0.06889437553491741, 0.04532789865645768, 0.029822730529994637, 0.019621365265693077, 0.012909548121441445, 0.008493620624412019, 0.005588235206437426, 0.0036766856095163244, 0.002419013619121152, 0.0015915494309189536, 0.0010471332492864246, 0.000688943755349174, 0.0004532789865645768, 0.00029822730529994654, 0.0001962136526569307, 0.00012909548121441445, 0.00008493620624412013, 0.00005588235206437425, 0.000036766856095163266, 0.000024190136191211507, 0.15915494309189535, 0.1026464516917563, 0.06620148793509009, 0.04269642966306117, 0.027536920435385814, 0.01775984533247277, 0.011454153233055075, 0.007387318066696188, 0.004764426239824296, 0.003072800871680653, 0.001981792711591982, 0.0012781506240497028, 0.0008243389978189566, 0.0005316546974503813, 0.0003428889304872297, 0.00022114507633340166, 0.00014262678213908538, 0.0000919866692066053, 0.00005932649664264311, 0.000038262426873880164, 0.00002467722507023472, 0.15915494309189535, 0.1026464516917563, 0.06620148793509009, 0.04269642966306117, 0.027536920435385814, 0.01775984533247277, 0.011454153233055075, 0.007387318066696188, 0.004764426239824296, 0.003072800871680653, 0.001981792711591982, 0.0012781506240497028, 0.0008243389978189566, 0.0005316546974503813, 0.0003428889304872297, 0.00022114507633340166, 0.00014262678213908538, 0.0000919866692066053, 0.00005932649664264311, 0.000038262426873880164, 0.00002467722507023472 };
/** the position component that drives each pair */
__constant__ unsigned char PAIR_COMPONENT_dev[64] = { 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u };
[[maybe_unused]] static const unsigned char PAIR_COMPONENT_host[64] = { 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  const elem_t* q_in;
  elem_t* k_out;
  const elem_t* k_in;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t grid_t;
  int64_t grid_h;
  int64_t grid_w;
};

/** cos and sin of p·ω_j (unscaled) */
__host__ __device__ inline float2 pair_sincos(double p, int64_t j) {
  const double t = p * ROPEC_CONST(TURNS)[j];
  const double r = t - rint(t);
  return ropec_sincos(static_cast<float>(r * 6.283185307179586));
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), q head h0 (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_out_q1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 1u ? pos1 : pos2, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 40 + h0) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.q_in[(o + ki * 2) + i * 2]);
    const float xb = ropec_to_float(a.q_in[(o + (1 + ki * 2)) + i * 2]);
    const float ci = c0[i];
    const float si = s0[i];
    a.q_out[(o + ki * 2) + i * 2] = ropec_to_bf16(xa * ci - xb * si);
    a.q_out[(o + (1 + ki * 2)) + i * 2] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), k head h0 (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_out_k1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 1u ? pos1 : pos2, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 40 + h0) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.k_in[(o + ki * 2) + i * 2]);
    const float xb = ropec_to_float(a.k_in[(o + (1 + ki * 2)) + i * 2]);
    const float ci = c0[i];
    const float si = s0[i];
    a.k_out[(o + ki * 2) + i * 2] = ropec_to_bf16(xa * ci - xb * si);
    a.k_out[(o + (1 + ki * 2)) + i * 2] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), q heads h0 … h0 + 7 (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_out_q8_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 1u ? pos1 : pos2, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 40 + h0) * 128;
  const int64_t oh1 = (flat * 40 + (h0 + 1)) * 128;
  const int64_t oh2 = (flat * 40 + (h0 + 2)) * 128;
  const int64_t oh3 = (flat * 40 + (h0 + 3)) * 128;
  const int64_t oh4 = (flat * 40 + (h0 + 4)) * 128;
  const int64_t oh5 = (flat * 40 + (h0 + 5)) * 128;
  const int64_t oh6 = (flat * 40 + (h0 + 6)) * 128;
  const int64_t oh7 = (flat * 40 + (h0 + 7)) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.q_in[(oh0 + ki * 2) + i * 2]);
    const float h0_xb = ropec_to_float(a.q_in[(oh0 + (1 + ki * 2)) + i * 2]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.q_out[(oh0 + ki * 2) + i * 2] = ropec_to_bf16(h0_xa * h0_ci - h0_xb * h0_si);
    a.q_out[(oh0 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.q_in[(oh1 + ki * 2) + i * 2]);
    const float h1_xb = ropec_to_float(a.q_in[(oh1 + (1 + ki * 2)) + i * 2]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.q_out[(oh1 + ki * 2) + i * 2] = ropec_to_bf16(h1_xa * h1_ci - h1_xb * h1_si);
    a.q_out[(oh1 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.q_in[(oh2 + ki * 2) + i * 2]);
    const float h2_xb = ropec_to_float(a.q_in[(oh2 + (1 + ki * 2)) + i * 2]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.q_out[(oh2 + ki * 2) + i * 2] = ropec_to_bf16(h2_xa * h2_ci - h2_xb * h2_si);
    a.q_out[(oh2 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.q_in[(oh3 + ki * 2) + i * 2]);
    const float h3_xb = ropec_to_float(a.q_in[(oh3 + (1 + ki * 2)) + i * 2]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.q_out[(oh3 + ki * 2) + i * 2] = ropec_to_bf16(h3_xa * h3_ci - h3_xb * h3_si);
    a.q_out[(oh3 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h3_xb * h3_ci + h3_xa * h3_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h4_xa = ropec_to_float(a.q_in[(oh4 + ki * 2) + i * 2]);
    const float h4_xb = ropec_to_float(a.q_in[(oh4 + (1 + ki * 2)) + i * 2]);
    const float h4_ci = c0[i];
    const float h4_si = s0[i];
    a.q_out[(oh4 + ki * 2) + i * 2] = ropec_to_bf16(h4_xa * h4_ci - h4_xb * h4_si);
    a.q_out[(oh4 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h4_xb * h4_ci + h4_xa * h4_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h5_xa = ropec_to_float(a.q_in[(oh5 + ki * 2) + i * 2]);
    const float h5_xb = ropec_to_float(a.q_in[(oh5 + (1 + ki * 2)) + i * 2]);
    const float h5_ci = c0[i];
    const float h5_si = s0[i];
    a.q_out[(oh5 + ki * 2) + i * 2] = ropec_to_bf16(h5_xa * h5_ci - h5_xb * h5_si);
    a.q_out[(oh5 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h5_xb * h5_ci + h5_xa * h5_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h6_xa = ropec_to_float(a.q_in[(oh6 + ki * 2) + i * 2]);
    const float h6_xb = ropec_to_float(a.q_in[(oh6 + (1 + ki * 2)) + i * 2]);
    const float h6_ci = c0[i];
    const float h6_si = s0[i];
    a.q_out[(oh6 + ki * 2) + i * 2] = ropec_to_bf16(h6_xa * h6_ci - h6_xb * h6_si);
    a.q_out[(oh6 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h6_xb * h6_ci + h6_xa * h6_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h7_xa = ropec_to_float(a.q_in[(oh7 + ki * 2) + i * 2]);
    const float h7_xb = ropec_to_float(a.q_in[(oh7 + (1 + ki * 2)) + i * 2]);
    const float h7_ci = c0[i];
    const float h7_si = s0[i];
    a.q_out[(oh7 + ki * 2) + i * 2] = ropec_to_bf16(h7_xa * h7_ci - h7_xb * h7_si);
    a.q_out[(oh7 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h7_xb * h7_ci + h7_xa * h7_si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), k heads h0 … h0 + 7 (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_out_k8_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki + i] == 1u ? pos1 : pos2, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 40 + h0) * 128;
  const int64_t oh1 = (flat * 40 + (h0 + 1)) * 128;
  const int64_t oh2 = (flat * 40 + (h0 + 2)) * 128;
  const int64_t oh3 = (flat * 40 + (h0 + 3)) * 128;
  const int64_t oh4 = (flat * 40 + (h0 + 4)) * 128;
  const int64_t oh5 = (flat * 40 + (h0 + 5)) * 128;
  const int64_t oh6 = (flat * 40 + (h0 + 6)) * 128;
  const int64_t oh7 = (flat * 40 + (h0 + 7)) * 128;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.k_in[(oh0 + ki * 2) + i * 2]);
    const float h0_xb = ropec_to_float(a.k_in[(oh0 + (1 + ki * 2)) + i * 2]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.k_out[(oh0 + ki * 2) + i * 2] = ropec_to_bf16(h0_xa * h0_ci - h0_xb * h0_si);
    a.k_out[(oh0 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.k_in[(oh1 + ki * 2) + i * 2]);
    const float h1_xb = ropec_to_float(a.k_in[(oh1 + (1 + ki * 2)) + i * 2]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.k_out[(oh1 + ki * 2) + i * 2] = ropec_to_bf16(h1_xa * h1_ci - h1_xb * h1_si);
    a.k_out[(oh1 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.k_in[(oh2 + ki * 2) + i * 2]);
    const float h2_xb = ropec_to_float(a.k_in[(oh2 + (1 + ki * 2)) + i * 2]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.k_out[(oh2 + ki * 2) + i * 2] = ropec_to_bf16(h2_xa * h2_ci - h2_xb * h2_si);
    a.k_out[(oh2 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.k_in[(oh3 + ki * 2) + i * 2]);
    const float h3_xb = ropec_to_float(a.k_in[(oh3 + (1 + ki * 2)) + i * 2]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.k_out[(oh3 + ki * 2) + i * 2] = ropec_to_bf16(h3_xa * h3_ci - h3_xb * h3_si);
    a.k_out[(oh3 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h3_xb * h3_ci + h3_xa * h3_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h4_xa = ropec_to_float(a.k_in[(oh4 + ki * 2) + i * 2]);
    const float h4_xb = ropec_to_float(a.k_in[(oh4 + (1 + ki * 2)) + i * 2]);
    const float h4_ci = c0[i];
    const float h4_si = s0[i];
    a.k_out[(oh4 + ki * 2) + i * 2] = ropec_to_bf16(h4_xa * h4_ci - h4_xb * h4_si);
    a.k_out[(oh4 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h4_xb * h4_ci + h4_xa * h4_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h5_xa = ropec_to_float(a.k_in[(oh5 + ki * 2) + i * 2]);
    const float h5_xb = ropec_to_float(a.k_in[(oh5 + (1 + ki * 2)) + i * 2]);
    const float h5_ci = c0[i];
    const float h5_si = s0[i];
    a.k_out[(oh5 + ki * 2) + i * 2] = ropec_to_bf16(h5_xa * h5_ci - h5_xb * h5_si);
    a.k_out[(oh5 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h5_xb * h5_ci + h5_xa * h5_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h6_xa = ropec_to_float(a.k_in[(oh6 + ki * 2) + i * 2]);
    const float h6_xb = ropec_to_float(a.k_in[(oh6 + (1 + ki * 2)) + i * 2]);
    const float h6_ci = c0[i];
    const float h6_si = s0[i];
    a.k_out[(oh6 + ki * 2) + i * 2] = ropec_to_bf16(h6_xa * h6_ci - h6_xb * h6_si);
    a.k_out[(oh6 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h6_xb * h6_ci + h6_xa * h6_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h7_xa = ropec_to_float(a.k_in[(oh7 + ki * 2) + i * 2]);
    const float h7_xb = ropec_to_float(a.k_in[(oh7 + (1 + ki * 2)) + i * 2]);
    const float h7_ci = c0[i];
    const float h7_si = s0[i];
    a.k_out[(oh7 + ki * 2) + i * 2] = ropec_to_bf16(h7_xa * h7_ci - h7_xb * h7_si);
    a.k_out[(oh7 + (1 + ki * 2)) + i * 2] = ropec_to_bf16(h7_xb * h7_ci + h7_xa * h7_si);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_q1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 1u ? pos1 : pos2, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 40 + h0) * 128;
  const uint4 xv = ropec_load_vec4u(a.q_in + o + ki * 8);
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
  ropec_store_vec4u(a.q_out + o + ki * 8, make_uint4(ropec_bf16_bits(y0) | (ropec_bf16_bits(y1) << 16u), ropec_bf16_bits(y2) | (ropec_bf16_bits(y3) << 16u), ropec_bf16_bits(y4) | (ropec_bf16_bits(y5) << 16u), ropec_bf16_bits(y6) | (ropec_bf16_bits(y7) << 16u)));
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_k1_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 1u ? pos1 : pos2, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t o = (flat * 40 + h0) * 128;
  const uint4 xv = ropec_load_vec4u(a.k_in + o + ki * 8);
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

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_q8_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 1u ? pos1 : pos2, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 40 + h0) * 128;
  const uint4 h0_xv = ropec_load_vec4u(a.q_in + oh0 + ki * 8);
  const float h0_x0 = ropec_bf16_from_bits(h0_xv.x & 0xffffu);
  const float h0_x1 = ropec_bf16_from_bits(h0_xv.x >> 16u);
  const float h0_x2 = ropec_bf16_from_bits(h0_xv.y & 0xffffu);
  const float h0_x3 = ropec_bf16_from_bits(h0_xv.y >> 16u);
  const float h0_x4 = ropec_bf16_from_bits(h0_xv.z & 0xffffu);
  const float h0_x5 = ropec_bf16_from_bits(h0_xv.z >> 16u);
  const float h0_x6 = ropec_bf16_from_bits(h0_xv.w & 0xffffu);
  const float h0_x7 = ropec_bf16_from_bits(h0_xv.w >> 16u);
  const int64_t oh1 = (flat * 40 + (h0 + 1)) * 128;
  const uint4 h1_xv = ropec_load_vec4u(a.q_in + oh1 + ki * 8);
  const float h1_x0 = ropec_bf16_from_bits(h1_xv.x & 0xffffu);
  const float h1_x1 = ropec_bf16_from_bits(h1_xv.x >> 16u);
  const float h1_x2 = ropec_bf16_from_bits(h1_xv.y & 0xffffu);
  const float h1_x3 = ropec_bf16_from_bits(h1_xv.y >> 16u);
  const float h1_x4 = ropec_bf16_from_bits(h1_xv.z & 0xffffu);
  const float h1_x5 = ropec_bf16_from_bits(h1_xv.z >> 16u);
  const float h1_x6 = ropec_bf16_from_bits(h1_xv.w & 0xffffu);
  const float h1_x7 = ropec_bf16_from_bits(h1_xv.w >> 16u);
  const int64_t oh2 = (flat * 40 + (h0 + 2)) * 128;
  const uint4 h2_xv = ropec_load_vec4u(a.q_in + oh2 + ki * 8);
  const float h2_x0 = ropec_bf16_from_bits(h2_xv.x & 0xffffu);
  const float h2_x1 = ropec_bf16_from_bits(h2_xv.x >> 16u);
  const float h2_x2 = ropec_bf16_from_bits(h2_xv.y & 0xffffu);
  const float h2_x3 = ropec_bf16_from_bits(h2_xv.y >> 16u);
  const float h2_x4 = ropec_bf16_from_bits(h2_xv.z & 0xffffu);
  const float h2_x5 = ropec_bf16_from_bits(h2_xv.z >> 16u);
  const float h2_x6 = ropec_bf16_from_bits(h2_xv.w & 0xffffu);
  const float h2_x7 = ropec_bf16_from_bits(h2_xv.w >> 16u);
  const int64_t oh3 = (flat * 40 + (h0 + 3)) * 128;
  const uint4 h3_xv = ropec_load_vec4u(a.q_in + oh3 + ki * 8);
  const float h3_x0 = ropec_bf16_from_bits(h3_xv.x & 0xffffu);
  const float h3_x1 = ropec_bf16_from_bits(h3_xv.x >> 16u);
  const float h3_x2 = ropec_bf16_from_bits(h3_xv.y & 0xffffu);
  const float h3_x3 = ropec_bf16_from_bits(h3_xv.y >> 16u);
  const float h3_x4 = ropec_bf16_from_bits(h3_xv.z & 0xffffu);
  const float h3_x5 = ropec_bf16_from_bits(h3_xv.z >> 16u);
  const float h3_x6 = ropec_bf16_from_bits(h3_xv.w & 0xffffu);
  const float h3_x7 = ropec_bf16_from_bits(h3_xv.w >> 16u);
  const int64_t oh4 = (flat * 40 + (h0 + 4)) * 128;
  const uint4 h4_xv = ropec_load_vec4u(a.q_in + oh4 + ki * 8);
  const float h4_x0 = ropec_bf16_from_bits(h4_xv.x & 0xffffu);
  const float h4_x1 = ropec_bf16_from_bits(h4_xv.x >> 16u);
  const float h4_x2 = ropec_bf16_from_bits(h4_xv.y & 0xffffu);
  const float h4_x3 = ropec_bf16_from_bits(h4_xv.y >> 16u);
  const float h4_x4 = ropec_bf16_from_bits(h4_xv.z & 0xffffu);
  const float h4_x5 = ropec_bf16_from_bits(h4_xv.z >> 16u);
  const float h4_x6 = ropec_bf16_from_bits(h4_xv.w & 0xffffu);
  const float h4_x7 = ropec_bf16_from_bits(h4_xv.w >> 16u);
  const int64_t oh5 = (flat * 40 + (h0 + 5)) * 128;
  const uint4 h5_xv = ropec_load_vec4u(a.q_in + oh5 + ki * 8);
  const float h5_x0 = ropec_bf16_from_bits(h5_xv.x & 0xffffu);
  const float h5_x1 = ropec_bf16_from_bits(h5_xv.x >> 16u);
  const float h5_x2 = ropec_bf16_from_bits(h5_xv.y & 0xffffu);
  const float h5_x3 = ropec_bf16_from_bits(h5_xv.y >> 16u);
  const float h5_x4 = ropec_bf16_from_bits(h5_xv.z & 0xffffu);
  const float h5_x5 = ropec_bf16_from_bits(h5_xv.z >> 16u);
  const float h5_x6 = ropec_bf16_from_bits(h5_xv.w & 0xffffu);
  const float h5_x7 = ropec_bf16_from_bits(h5_xv.w >> 16u);
  const int64_t oh6 = (flat * 40 + (h0 + 6)) * 128;
  const uint4 h6_xv = ropec_load_vec4u(a.q_in + oh6 + ki * 8);
  const float h6_x0 = ropec_bf16_from_bits(h6_xv.x & 0xffffu);
  const float h6_x1 = ropec_bf16_from_bits(h6_xv.x >> 16u);
  const float h6_x2 = ropec_bf16_from_bits(h6_xv.y & 0xffffu);
  const float h6_x3 = ropec_bf16_from_bits(h6_xv.y >> 16u);
  const float h6_x4 = ropec_bf16_from_bits(h6_xv.z & 0xffffu);
  const float h6_x5 = ropec_bf16_from_bits(h6_xv.z >> 16u);
  const float h6_x6 = ropec_bf16_from_bits(h6_xv.w & 0xffffu);
  const float h6_x7 = ropec_bf16_from_bits(h6_xv.w >> 16u);
  const int64_t oh7 = (flat * 40 + (h0 + 7)) * 128;
  const uint4 h7_xv = ropec_load_vec4u(a.q_in + oh7 + ki * 8);
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
  ropec_store_vec4u(a.q_out + oh0 + ki * 8, make_uint4(ropec_bf16_bits(h0_y0) | (ropec_bf16_bits(h0_y1) << 16u), ropec_bf16_bits(h0_y2) | (ropec_bf16_bits(h0_y3) << 16u), ropec_bf16_bits(h0_y4) | (ropec_bf16_bits(h0_y5) << 16u), ropec_bf16_bits(h0_y6) | (ropec_bf16_bits(h0_y7) << 16u)));
  const float h1_y0 = h1_x0 * c0[0] - h1_x1 * s0[0];
  const float h1_y1 = h1_x1 * c0[0] + h1_x0 * s0[0];
  const float h1_y2 = h1_x2 * c0[1] - h1_x3 * s0[1];
  const float h1_y3 = h1_x3 * c0[1] + h1_x2 * s0[1];
  const float h1_y4 = h1_x4 * c0[2] - h1_x5 * s0[2];
  const float h1_y5 = h1_x5 * c0[2] + h1_x4 * s0[2];
  const float h1_y6 = h1_x6 * c0[3] - h1_x7 * s0[3];
  const float h1_y7 = h1_x7 * c0[3] + h1_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh1 + ki * 8, make_uint4(ropec_bf16_bits(h1_y0) | (ropec_bf16_bits(h1_y1) << 16u), ropec_bf16_bits(h1_y2) | (ropec_bf16_bits(h1_y3) << 16u), ropec_bf16_bits(h1_y4) | (ropec_bf16_bits(h1_y5) << 16u), ropec_bf16_bits(h1_y6) | (ropec_bf16_bits(h1_y7) << 16u)));
  const float h2_y0 = h2_x0 * c0[0] - h2_x1 * s0[0];
  const float h2_y1 = h2_x1 * c0[0] + h2_x0 * s0[0];
  const float h2_y2 = h2_x2 * c0[1] - h2_x3 * s0[1];
  const float h2_y3 = h2_x3 * c0[1] + h2_x2 * s0[1];
  const float h2_y4 = h2_x4 * c0[2] - h2_x5 * s0[2];
  const float h2_y5 = h2_x5 * c0[2] + h2_x4 * s0[2];
  const float h2_y6 = h2_x6 * c0[3] - h2_x7 * s0[3];
  const float h2_y7 = h2_x7 * c0[3] + h2_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh2 + ki * 8, make_uint4(ropec_bf16_bits(h2_y0) | (ropec_bf16_bits(h2_y1) << 16u), ropec_bf16_bits(h2_y2) | (ropec_bf16_bits(h2_y3) << 16u), ropec_bf16_bits(h2_y4) | (ropec_bf16_bits(h2_y5) << 16u), ropec_bf16_bits(h2_y6) | (ropec_bf16_bits(h2_y7) << 16u)));
  const float h3_y0 = h3_x0 * c0[0] - h3_x1 * s0[0];
  const float h3_y1 = h3_x1 * c0[0] + h3_x0 * s0[0];
  const float h3_y2 = h3_x2 * c0[1] - h3_x3 * s0[1];
  const float h3_y3 = h3_x3 * c0[1] + h3_x2 * s0[1];
  const float h3_y4 = h3_x4 * c0[2] - h3_x5 * s0[2];
  const float h3_y5 = h3_x5 * c0[2] + h3_x4 * s0[2];
  const float h3_y6 = h3_x6 * c0[3] - h3_x7 * s0[3];
  const float h3_y7 = h3_x7 * c0[3] + h3_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh3 + ki * 8, make_uint4(ropec_bf16_bits(h3_y0) | (ropec_bf16_bits(h3_y1) << 16u), ropec_bf16_bits(h3_y2) | (ropec_bf16_bits(h3_y3) << 16u), ropec_bf16_bits(h3_y4) | (ropec_bf16_bits(h3_y5) << 16u), ropec_bf16_bits(h3_y6) | (ropec_bf16_bits(h3_y7) << 16u)));
  const float h4_y0 = h4_x0 * c0[0] - h4_x1 * s0[0];
  const float h4_y1 = h4_x1 * c0[0] + h4_x0 * s0[0];
  const float h4_y2 = h4_x2 * c0[1] - h4_x3 * s0[1];
  const float h4_y3 = h4_x3 * c0[1] + h4_x2 * s0[1];
  const float h4_y4 = h4_x4 * c0[2] - h4_x5 * s0[2];
  const float h4_y5 = h4_x5 * c0[2] + h4_x4 * s0[2];
  const float h4_y6 = h4_x6 * c0[3] - h4_x7 * s0[3];
  const float h4_y7 = h4_x7 * c0[3] + h4_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh4 + ki * 8, make_uint4(ropec_bf16_bits(h4_y0) | (ropec_bf16_bits(h4_y1) << 16u), ropec_bf16_bits(h4_y2) | (ropec_bf16_bits(h4_y3) << 16u), ropec_bf16_bits(h4_y4) | (ropec_bf16_bits(h4_y5) << 16u), ropec_bf16_bits(h4_y6) | (ropec_bf16_bits(h4_y7) << 16u)));
  const float h5_y0 = h5_x0 * c0[0] - h5_x1 * s0[0];
  const float h5_y1 = h5_x1 * c0[0] + h5_x0 * s0[0];
  const float h5_y2 = h5_x2 * c0[1] - h5_x3 * s0[1];
  const float h5_y3 = h5_x3 * c0[1] + h5_x2 * s0[1];
  const float h5_y4 = h5_x4 * c0[2] - h5_x5 * s0[2];
  const float h5_y5 = h5_x5 * c0[2] + h5_x4 * s0[2];
  const float h5_y6 = h5_x6 * c0[3] - h5_x7 * s0[3];
  const float h5_y7 = h5_x7 * c0[3] + h5_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh5 + ki * 8, make_uint4(ropec_bf16_bits(h5_y0) | (ropec_bf16_bits(h5_y1) << 16u), ropec_bf16_bits(h5_y2) | (ropec_bf16_bits(h5_y3) << 16u), ropec_bf16_bits(h5_y4) | (ropec_bf16_bits(h5_y5) << 16u), ropec_bf16_bits(h5_y6) | (ropec_bf16_bits(h5_y7) << 16u)));
  const float h6_y0 = h6_x0 * c0[0] - h6_x1 * s0[0];
  const float h6_y1 = h6_x1 * c0[0] + h6_x0 * s0[0];
  const float h6_y2 = h6_x2 * c0[1] - h6_x3 * s0[1];
  const float h6_y3 = h6_x3 * c0[1] + h6_x2 * s0[1];
  const float h6_y4 = h6_x4 * c0[2] - h6_x5 * s0[2];
  const float h6_y5 = h6_x5 * c0[2] + h6_x4 * s0[2];
  const float h6_y6 = h6_x6 * c0[3] - h6_x7 * s0[3];
  const float h6_y7 = h6_x7 * c0[3] + h6_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh6 + ki * 8, make_uint4(ropec_bf16_bits(h6_y0) | (ropec_bf16_bits(h6_y1) << 16u), ropec_bf16_bits(h6_y2) | (ropec_bf16_bits(h6_y3) << 16u), ropec_bf16_bits(h6_y4) | (ropec_bf16_bits(h6_y5) << 16u), ropec_bf16_bits(h6_y6) | (ropec_bf16_bits(h6_y7) << 16u)));
  const float h7_y0 = h7_x0 * c0[0] - h7_x1 * s0[0];
  const float h7_y1 = h7_x1 * c0[0] + h7_x0 * s0[0];
  const float h7_y2 = h7_x2 * c0[1] - h7_x3 * s0[1];
  const float h7_y3 = h7_x3 * c0[1] + h7_x2 * s0[1];
  const float h7_y4 = h7_x4 * c0[2] - h7_x5 * s0[2];
  const float h7_y5 = h7_x5 * c0[2] + h7_x4 * s0[2];
  const float h7_y6 = h7_x6 * c0[3] - h7_x7 * s0[3];
  const float h7_y7 = h7_x7 * c0[3] + h7_x6 * s0[3];
  ropec_store_vec4u(a.q_out + oh7 + ki * 8, make_uint4(ropec_bf16_bits(h7_y0) | (ropec_bf16_bits(h7_y1) << 16u), ropec_bf16_bits(h7_y2) | (ropec_bf16_bits(h7_y3) << 16u), ropec_bf16_bits(h7_y4) | (ropec_bf16_bits(h7_y5) << 16u), ropec_bf16_bits(h7_y6) | (ropec_bf16_bits(h7_y7) << 16u)));
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_k8_0(const Args& a, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 0) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s;
    const int64_t gs0 = a.grid_t;
    const int64_t gs1 = a.grid_h;
    const int64_t gs2 = a.grid_w;
    const int64_t gi2 = rest % gs2;
    rest = rest / gs2;
    const int64_t gi1 = rest % gs1;
    rest = rest / gs1;
    const int64_t gi0 = rest % gs0;
    pos0 = static_cast<double>(gi0);
    pos1 = static_cast<double>(gi1);
    pos2 = static_cast<double>(gi2);
  }
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki * 4 + i] == 1u ? pos1 : pos2, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y * -1.0f;
  }
  const int64_t oh0 = (flat * 40 + h0) * 128;
  const uint4 h0_xv = ropec_load_vec4u(a.k_in + oh0 + ki * 8);
  const float h0_x0 = ropec_bf16_from_bits(h0_xv.x & 0xffffu);
  const float h0_x1 = ropec_bf16_from_bits(h0_xv.x >> 16u);
  const float h0_x2 = ropec_bf16_from_bits(h0_xv.y & 0xffffu);
  const float h0_x3 = ropec_bf16_from_bits(h0_xv.y >> 16u);
  const float h0_x4 = ropec_bf16_from_bits(h0_xv.z & 0xffffu);
  const float h0_x5 = ropec_bf16_from_bits(h0_xv.z >> 16u);
  const float h0_x6 = ropec_bf16_from_bits(h0_xv.w & 0xffffu);
  const float h0_x7 = ropec_bf16_from_bits(h0_xv.w >> 16u);
  const int64_t oh1 = (flat * 40 + (h0 + 1)) * 128;
  const uint4 h1_xv = ropec_load_vec4u(a.k_in + oh1 + ki * 8);
  const float h1_x0 = ropec_bf16_from_bits(h1_xv.x & 0xffffu);
  const float h1_x1 = ropec_bf16_from_bits(h1_xv.x >> 16u);
  const float h1_x2 = ropec_bf16_from_bits(h1_xv.y & 0xffffu);
  const float h1_x3 = ropec_bf16_from_bits(h1_xv.y >> 16u);
  const float h1_x4 = ropec_bf16_from_bits(h1_xv.z & 0xffffu);
  const float h1_x5 = ropec_bf16_from_bits(h1_xv.z >> 16u);
  const float h1_x6 = ropec_bf16_from_bits(h1_xv.w & 0xffffu);
  const float h1_x7 = ropec_bf16_from_bits(h1_xv.w >> 16u);
  const int64_t oh2 = (flat * 40 + (h0 + 2)) * 128;
  const uint4 h2_xv = ropec_load_vec4u(a.k_in + oh2 + ki * 8);
  const float h2_x0 = ropec_bf16_from_bits(h2_xv.x & 0xffffu);
  const float h2_x1 = ropec_bf16_from_bits(h2_xv.x >> 16u);
  const float h2_x2 = ropec_bf16_from_bits(h2_xv.y & 0xffffu);
  const float h2_x3 = ropec_bf16_from_bits(h2_xv.y >> 16u);
  const float h2_x4 = ropec_bf16_from_bits(h2_xv.z & 0xffffu);
  const float h2_x5 = ropec_bf16_from_bits(h2_xv.z >> 16u);
  const float h2_x6 = ropec_bf16_from_bits(h2_xv.w & 0xffffu);
  const float h2_x7 = ropec_bf16_from_bits(h2_xv.w >> 16u);
  const int64_t oh3 = (flat * 40 + (h0 + 3)) * 128;
  const uint4 h3_xv = ropec_load_vec4u(a.k_in + oh3 + ki * 8);
  const float h3_x0 = ropec_bf16_from_bits(h3_xv.x & 0xffffu);
  const float h3_x1 = ropec_bf16_from_bits(h3_xv.x >> 16u);
  const float h3_x2 = ropec_bf16_from_bits(h3_xv.y & 0xffffu);
  const float h3_x3 = ropec_bf16_from_bits(h3_xv.y >> 16u);
  const float h3_x4 = ropec_bf16_from_bits(h3_xv.z & 0xffffu);
  const float h3_x5 = ropec_bf16_from_bits(h3_xv.z >> 16u);
  const float h3_x6 = ropec_bf16_from_bits(h3_xv.w & 0xffffu);
  const float h3_x7 = ropec_bf16_from_bits(h3_xv.w >> 16u);
  const int64_t oh4 = (flat * 40 + (h0 + 4)) * 128;
  const uint4 h4_xv = ropec_load_vec4u(a.k_in + oh4 + ki * 8);
  const float h4_x0 = ropec_bf16_from_bits(h4_xv.x & 0xffffu);
  const float h4_x1 = ropec_bf16_from_bits(h4_xv.x >> 16u);
  const float h4_x2 = ropec_bf16_from_bits(h4_xv.y & 0xffffu);
  const float h4_x3 = ropec_bf16_from_bits(h4_xv.y >> 16u);
  const float h4_x4 = ropec_bf16_from_bits(h4_xv.z & 0xffffu);
  const float h4_x5 = ropec_bf16_from_bits(h4_xv.z >> 16u);
  const float h4_x6 = ropec_bf16_from_bits(h4_xv.w & 0xffffu);
  const float h4_x7 = ropec_bf16_from_bits(h4_xv.w >> 16u);
  const int64_t oh5 = (flat * 40 + (h0 + 5)) * 128;
  const uint4 h5_xv = ropec_load_vec4u(a.k_in + oh5 + ki * 8);
  const float h5_x0 = ropec_bf16_from_bits(h5_xv.x & 0xffffu);
  const float h5_x1 = ropec_bf16_from_bits(h5_xv.x >> 16u);
  const float h5_x2 = ropec_bf16_from_bits(h5_xv.y & 0xffffu);
  const float h5_x3 = ropec_bf16_from_bits(h5_xv.y >> 16u);
  const float h5_x4 = ropec_bf16_from_bits(h5_xv.z & 0xffffu);
  const float h5_x5 = ropec_bf16_from_bits(h5_xv.z >> 16u);
  const float h5_x6 = ropec_bf16_from_bits(h5_xv.w & 0xffffu);
  const float h5_x7 = ropec_bf16_from_bits(h5_xv.w >> 16u);
  const int64_t oh6 = (flat * 40 + (h0 + 6)) * 128;
  const uint4 h6_xv = ropec_load_vec4u(a.k_in + oh6 + ki * 8);
  const float h6_x0 = ropec_bf16_from_bits(h6_xv.x & 0xffffu);
  const float h6_x1 = ropec_bf16_from_bits(h6_xv.x >> 16u);
  const float h6_x2 = ropec_bf16_from_bits(h6_xv.y & 0xffffu);
  const float h6_x3 = ropec_bf16_from_bits(h6_xv.y >> 16u);
  const float h6_x4 = ropec_bf16_from_bits(h6_xv.z & 0xffffu);
  const float h6_x5 = ropec_bf16_from_bits(h6_xv.z >> 16u);
  const float h6_x6 = ropec_bf16_from_bits(h6_xv.w & 0xffffu);
  const float h6_x7 = ropec_bf16_from_bits(h6_xv.w >> 16u);
  const int64_t oh7 = (flat * 40 + (h0 + 7)) * 128;
  const uint4 h7_xv = ropec_load_vec4u(a.k_in + oh7 + ki * 8);
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
  ropec_store_vec4u(a.k_out + oh0 + ki * 8, make_uint4(ropec_bf16_bits(h0_y0) | (ropec_bf16_bits(h0_y1) << 16u), ropec_bf16_bits(h0_y2) | (ropec_bf16_bits(h0_y3) << 16u), ropec_bf16_bits(h0_y4) | (ropec_bf16_bits(h0_y5) << 16u), ropec_bf16_bits(h0_y6) | (ropec_bf16_bits(h0_y7) << 16u)));
  const float h1_y0 = h1_x0 * c0[0] - h1_x1 * s0[0];
  const float h1_y1 = h1_x1 * c0[0] + h1_x0 * s0[0];
  const float h1_y2 = h1_x2 * c0[1] - h1_x3 * s0[1];
  const float h1_y3 = h1_x3 * c0[1] + h1_x2 * s0[1];
  const float h1_y4 = h1_x4 * c0[2] - h1_x5 * s0[2];
  const float h1_y5 = h1_x5 * c0[2] + h1_x4 * s0[2];
  const float h1_y6 = h1_x6 * c0[3] - h1_x7 * s0[3];
  const float h1_y7 = h1_x7 * c0[3] + h1_x6 * s0[3];
  ropec_store_vec4u(a.k_out + oh1 + ki * 8, make_uint4(ropec_bf16_bits(h1_y0) | (ropec_bf16_bits(h1_y1) << 16u), ropec_bf16_bits(h1_y2) | (ropec_bf16_bits(h1_y3) << 16u), ropec_bf16_bits(h1_y4) | (ropec_bf16_bits(h1_y5) << 16u), ropec_bf16_bits(h1_y6) | (ropec_bf16_bits(h1_y7) << 16u)));
  const float h2_y0 = h2_x0 * c0[0] - h2_x1 * s0[0];
  const float h2_y1 = h2_x1 * c0[0] + h2_x0 * s0[0];
  const float h2_y2 = h2_x2 * c0[1] - h2_x3 * s0[1];
  const float h2_y3 = h2_x3 * c0[1] + h2_x2 * s0[1];
  const float h2_y4 = h2_x4 * c0[2] - h2_x5 * s0[2];
  const float h2_y5 = h2_x5 * c0[2] + h2_x4 * s0[2];
  const float h2_y6 = h2_x6 * c0[3] - h2_x7 * s0[3];
  const float h2_y7 = h2_x7 * c0[3] + h2_x6 * s0[3];
  ropec_store_vec4u(a.k_out + oh2 + ki * 8, make_uint4(ropec_bf16_bits(h2_y0) | (ropec_bf16_bits(h2_y1) << 16u), ropec_bf16_bits(h2_y2) | (ropec_bf16_bits(h2_y3) << 16u), ropec_bf16_bits(h2_y4) | (ropec_bf16_bits(h2_y5) << 16u), ropec_bf16_bits(h2_y6) | (ropec_bf16_bits(h2_y7) << 16u)));
  const float h3_y0 = h3_x0 * c0[0] - h3_x1 * s0[0];
  const float h3_y1 = h3_x1 * c0[0] + h3_x0 * s0[0];
  const float h3_y2 = h3_x2 * c0[1] - h3_x3 * s0[1];
  const float h3_y3 = h3_x3 * c0[1] + h3_x2 * s0[1];
  const float h3_y4 = h3_x4 * c0[2] - h3_x5 * s0[2];
  const float h3_y5 = h3_x5 * c0[2] + h3_x4 * s0[2];
  const float h3_y6 = h3_x6 * c0[3] - h3_x7 * s0[3];
  const float h3_y7 = h3_x7 * c0[3] + h3_x6 * s0[3];
  ropec_store_vec4u(a.k_out + oh3 + ki * 8, make_uint4(ropec_bf16_bits(h3_y0) | (ropec_bf16_bits(h3_y1) << 16u), ropec_bf16_bits(h3_y2) | (ropec_bf16_bits(h3_y3) << 16u), ropec_bf16_bits(h3_y4) | (ropec_bf16_bits(h3_y5) << 16u), ropec_bf16_bits(h3_y6) | (ropec_bf16_bits(h3_y7) << 16u)));
  const float h4_y0 = h4_x0 * c0[0] - h4_x1 * s0[0];
  const float h4_y1 = h4_x1 * c0[0] + h4_x0 * s0[0];
  const float h4_y2 = h4_x2 * c0[1] - h4_x3 * s0[1];
  const float h4_y3 = h4_x3 * c0[1] + h4_x2 * s0[1];
  const float h4_y4 = h4_x4 * c0[2] - h4_x5 * s0[2];
  const float h4_y5 = h4_x5 * c0[2] + h4_x4 * s0[2];
  const float h4_y6 = h4_x6 * c0[3] - h4_x7 * s0[3];
  const float h4_y7 = h4_x7 * c0[3] + h4_x6 * s0[3];
  ropec_store_vec4u(a.k_out + oh4 + ki * 8, make_uint4(ropec_bf16_bits(h4_y0) | (ropec_bf16_bits(h4_y1) << 16u), ropec_bf16_bits(h4_y2) | (ropec_bf16_bits(h4_y3) << 16u), ropec_bf16_bits(h4_y4) | (ropec_bf16_bits(h4_y5) << 16u), ropec_bf16_bits(h4_y6) | (ropec_bf16_bits(h4_y7) << 16u)));
  const float h5_y0 = h5_x0 * c0[0] - h5_x1 * s0[0];
  const float h5_y1 = h5_x1 * c0[0] + h5_x0 * s0[0];
  const float h5_y2 = h5_x2 * c0[1] - h5_x3 * s0[1];
  const float h5_y3 = h5_x3 * c0[1] + h5_x2 * s0[1];
  const float h5_y4 = h5_x4 * c0[2] - h5_x5 * s0[2];
  const float h5_y5 = h5_x5 * c0[2] + h5_x4 * s0[2];
  const float h5_y6 = h5_x6 * c0[3] - h5_x7 * s0[3];
  const float h5_y7 = h5_x7 * c0[3] + h5_x6 * s0[3];
  ropec_store_vec4u(a.k_out + oh5 + ki * 8, make_uint4(ropec_bf16_bits(h5_y0) | (ropec_bf16_bits(h5_y1) << 16u), ropec_bf16_bits(h5_y2) | (ropec_bf16_bits(h5_y3) << 16u), ropec_bf16_bits(h5_y4) | (ropec_bf16_bits(h5_y5) << 16u), ropec_bf16_bits(h5_y6) | (ropec_bf16_bits(h5_y7) << 16u)));
  const float h6_y0 = h6_x0 * c0[0] - h6_x1 * s0[0];
  const float h6_y1 = h6_x1 * c0[0] + h6_x0 * s0[0];
  const float h6_y2 = h6_x2 * c0[1] - h6_x3 * s0[1];
  const float h6_y3 = h6_x3 * c0[1] + h6_x2 * s0[1];
  const float h6_y4 = h6_x4 * c0[2] - h6_x5 * s0[2];
  const float h6_y5 = h6_x5 * c0[2] + h6_x4 * s0[2];
  const float h6_y6 = h6_x6 * c0[3] - h6_x7 * s0[3];
  const float h6_y7 = h6_x7 * c0[3] + h6_x6 * s0[3];
  ropec_store_vec4u(a.k_out + oh6 + ki * 8, make_uint4(ropec_bf16_bits(h6_y0) | (ropec_bf16_bits(h6_y1) << 16u), ropec_bf16_bits(h6_y2) | (ropec_bf16_bits(h6_y3) << 16u), ropec_bf16_bits(h6_y4) | (ropec_bf16_bits(h6_y5) << 16u), ropec_bf16_bits(h6_y6) | (ropec_bf16_bits(h6_y7) << 16u)));
  const float h7_y0 = h7_x0 * c0[0] - h7_x1 * s0[0];
  const float h7_y1 = h7_x1 * c0[0] + h7_x0 * s0[0];
  const float h7_y2 = h7_x2 * c0[1] - h7_x3 * s0[1];
  const float h7_y3 = h7_x3 * c0[1] + h7_x2 * s0[1];
  const float h7_y4 = h7_x4 * c0[2] - h7_x5 * s0[2];
  const float h7_y5 = h7_x5 * c0[2] + h7_x4 * s0[2];
  const float h7_y6 = h7_x6 * c0[3] - h7_x7 * s0[3];
  const float h7_y7 = h7_x7 * c0[3] + h7_x6 * s0[3];
  ropec_store_vec4u(a.k_out + oh7 + ki * 8, make_uint4(ropec_bf16_bits(h7_y0) | (ropec_bf16_bits(h7_y1) << 16u), ropec_bf16_bits(h7_y2) | (ropec_bf16_bits(h7_y3) << 16u), ropec_bf16_bits(h7_y4) | (ropec_bf16_bits(h7_y5) << 16u), ropec_bf16_bits(h7_y6) | (ropec_bf16_bits(h7_y7) << 16u)));
}

/** The scalar schedule: out of place, one head per item, 64 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 80;
  const int64_t chunk = item % 64;
  const int64_t rest = item / 64;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 40) {
    const int64_t h0 = g;
    item_scalar_out_q1_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 40;
    item_scalar_out_k1_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 80) * 64) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: out of place, groups of 8 q / 8 k heads per item, 64 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 10;
  const int64_t chunk = item % 64;
  const int64_t rest = item / 64;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 5) {
    const int64_t h0 = g * 8;
    item_scalar_out_q8_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 5) * 8;
    item_scalar_out_k8_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 10) * 64) return;
  work_scalar_grouped(a, item);
}

/** The vector schedule: out of place, one head per item, 16 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t per_token = 80;
  const int64_t chunk = item % 16;
  const int64_t rest = item / 16;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 40) {
    const int64_t h0 = g;
    item_vector_out_q1_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 40;
    item_vector_out_k1_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 80) * 16) return;
  work_vector(a, item);
}

/** The vector_grouped schedule: out of place, groups of 8 q / 8 k heads per item, 16 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 10;
  const int64_t chunk = item % 16;
  const int64_t rest = item / 16;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 5) {
    const int64_t h0 = g * 8;
    item_vector_out_q8_0(a, s, flat, chunk, h0);
  } else {
    const int64_t h0 = (g - 5) * 8;
    item_vector_out_k8_0(a, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 10) * 16) return;
  work_vector_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_wan2_1_inverse_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_wan2_1_inverse_elem_t* q, const ropec_wan2_1_inverse_elem_t* k, ropec_wan2_1_inverse_elem_t* q_out, ropec_wan2_1_inverse_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, Args* a, bool* vector) {
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
  const int64_t n_q_heads = 40;
  const int64_t n_k_heads = 40;
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
  if (!(grid_t >= 0)) {
    return ropec_refuse("grid_t: expected a whole number ≥ 0, got %lld", static_cast<long long>(grid_t));
  }
  const int64_t n_grid_t = grid_t;
  if (!(grid_h >= 0)) {
    return ropec_refuse("grid_h: expected a whole number ≥ 0, got %lld", static_cast<long long>(grid_h));
  }
  const int64_t n_grid_h = grid_h;
  if (!(grid_w >= 0)) {
    return ropec_refuse("grid_w: expected a whole number ≥ 0, got %lld", static_cast<long long>(grid_w));
  }
  const int64_t n_grid_w = grid_w;
  int64_t n_cells = 1;
  if (!(n_grid_t == 0 || n_cells <= 4611686018427387904LL / n_grid_t)) {
    return ropec_refuse("sizes: the product of the grid sizes %lld·%lld·%lld exceeds 2^62", static_cast<long long>(n_grid_t), static_cast<long long>(n_grid_h), static_cast<long long>(n_grid_w));
  }
  n_cells = n_cells * n_grid_t;
  if (!(n_grid_h == 0 || n_cells <= 4611686018427387904LL / n_grid_h)) {
    return ropec_refuse("sizes: the product of the grid sizes %lld·%lld·%lld exceeds 2^62", static_cast<long long>(n_grid_t), static_cast<long long>(n_grid_h), static_cast<long long>(n_grid_w));
  }
  n_cells = n_cells * n_grid_h;
  if (!(n_grid_w == 0 || n_cells <= 4611686018427387904LL / n_grid_w)) {
    return ropec_refuse("sizes: the product of the grid sizes %lld·%lld·%lld exceeds 2^62", static_cast<long long>(n_grid_t), static_cast<long long>(n_grid_h), static_cast<long long>(n_grid_w));
  }
  n_cells = n_cells * n_grid_w;
  if (!(n_seq == 0 + n_cells)) {
    return ropec_refuse("sizes: each sequence must hold prefix + t·h·w = 0 + %lld·%lld·%lld = %lld tokens, got %lld", static_cast<long long>(n_grid_t), static_cast<long long>(n_grid_h), static_cast<long long>(n_grid_w), static_cast<long long>(0 + (n_grid_t * n_grid_h) * n_grid_w), static_cast<long long>(n_seq));
  }
  if (!(n_tokens == 0 || n_q_heads <= 36028797018963968LL / n_tokens)) {
    return ropec_refuse("q: tokens · heads · head_dim = %lld · %lld · 128 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_heads));
  }
  if (!(n_tokens == 0 || n_k_heads <= 36028797018963968LL / n_tokens)) {
    return ropec_refuse("k: tokens · heads · head_dim = %lld · %lld · 128 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_heads));
  }
  if (!(n_tokens <= 8589934588LL / ropec_max((n_q_heads + 7) / 8 + (n_k_heads + 7) / 8, 1))) {
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
  a->grid_t = grid_t;
  a->grid_h = grid_h;
  a->grid_w = grid_w;
  *vector = ropec_aligned16(q) && ropec_aligned16(k) && ropec_aligned16(q_out) && ropec_aligned16(k_out);
  return cudaSuccess;
}

/**
 * Work items of a launch and whether it runs the grouped kernels. schedule: -1 chooses by size,
 * 0 one head per item, 1 head groups. The grouped count is below the grid's limit (checked).
 */
static int64_t launch_items(const Args& a, bool vector, int schedule, bool* grouped) {
  const int64_t q_heads = 40;
  const int64_t k_heads = 40;
  const int64_t grouped_items = vector ? a.tokens * (((q_heads + 7) / 8 + (k_heads + 7) / 8) * 16) : a.tokens * (((q_heads + 7) / 8 + (k_heads + 7) / 8) * 64);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 16) : a.tokens * ((q_heads + k_heads) * 64);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_wan2_1_inverse

extern "C" const char* ropec_wan2_1_inverse_last_error(void) {
  return ropec_wan2_1_inverse::last_error;
}

extern "C" cudaError_t ropec_wan2_1_inverse_check(const ropec_wan2_1_inverse_elem_t* q, const ropec_wan2_1_inverse_elem_t* k, ropec_wan2_1_inverse_elem_t* q_out, ropec_wan2_1_inverse_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  ropec_wan2_1_inverse::Args a;
  bool vector = false;
  return ropec_wan2_1_inverse::prepare(q, k, q_out, k_out, batch, seq, grid_t, grid_h, grid_w, &a, &vector);
}

extern "C" cudaError_t ropec_wan2_1_inverse_launch(const ropec_wan2_1_inverse_elem_t* q, const ropec_wan2_1_inverse_elem_t* k, ropec_wan2_1_inverse_elem_t* q_out, ropec_wan2_1_inverse_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, cudaStream_t stream) {
  using namespace ropec_wan2_1_inverse;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, grid_t, grid_h, grid_w, &a, &vector);
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
extern "C" cudaError_t ropec_wan2_1_inverse_emulate(const ropec_wan2_1_inverse_elem_t* q, const ropec_wan2_1_inverse_elem_t* k, ropec_wan2_1_inverse_elem_t* q_out, ropec_wan2_1_inverse_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, int schedule, int* used) {
  using namespace ropec_wan2_1_inverse;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, grid_t, grid_h, grid_w, &a, &vector);
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
