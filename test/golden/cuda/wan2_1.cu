// Generated from spec/wan2_1.rope (rope wan2_1) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 55b6fbf7fb4c5329
// interleaved forward rotation of 128 lanes, bf16 [batch, seq, heads, dim], out of place, positions grid, sin/cos computed (exact).
// One thread = one work item of a token: its positions and the cos/sin of its pairs are computed
// once and reused by every head of q and k. Element offsets are 64-bit throughout. See docs/cuda.md.
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

#include "wan2_1.h"

namespace ropec_wan2_1 {

typedef __nv_bfloat16 elem_t;
[[maybe_unused]] constexpr int kHeadDim = 128;
[[maybe_unused]] constexpr int kPairs = 64;
constexpr int kBlock = 256;
/** Work items per token of the scalar and the 16-byte schedule. */
constexpr int64_t kScalarChunks = 64;
constexpr int64_t kVectorChunks = 16;
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

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar) (item k: + 1 pairs, + 2 lanes) */
__host__ __device__ inline void item_scalar_out_0(const Args& a, int64_t s, int64_t flat, int64_t ki) {
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
    s0[i] = cs0.y;
  }
  for (int64_t h = 0; h < 40; ++h) {
    const int64_t o = (flat * 40 + h) * 128;
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
  for (int64_t h = 0; h < 40; ++h) {
    const int64_t o = (flat * 40 + h) * 128;
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
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent) (item k: + 4 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_out_0(const Args& a, int64_t s, int64_t flat, int64_t ki) {
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
    s0[i] = cs0.y;
  }
  for (int64_t h = 0; h < 40; ++h) {
    const int64_t o = (flat * 40 + h) * 128;
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
  for (int64_t h = 0; h < 40; ++h) {
    const int64_t o = (flat * 40 + h) * 128;
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
}

/** The scalar schedule: out of place, 64 item(s) per token (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t flat = item / 64;
  const int64_t chunk = item - flat * 64;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (chunk < 64) {
    item_scalar_out_0(a, s, flat, chunk);
    return;
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= a.tokens * 64) return;
  work_scalar(a, item);
}

/** The vector schedule: out of place, 16 item(s) per token (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t flat = item / 16;
  const int64_t chunk = item - flat * 16;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (chunk < 16) {
    item_vector_out_0(a, s, flat, chunk);
    return;
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= a.tokens * 16) return;
  work_vector(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_wan2_1_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_wan2_1_elem_t* q, const ropec_wan2_1_elem_t* k, ropec_wan2_1_elem_t* q_out, ropec_wan2_1_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(q != NULL && ropec_aligned(q, sizeof(*q)))) {
    return ropec_refuse("q: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(k != NULL && ropec_aligned(k, sizeof(*k)))) {
    return ropec_refuse("k: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(q_out != NULL && ropec_aligned(q_out, sizeof(*q_out)))) {
    return ropec_refuse("q_out: NULL or not aligned to its element size (2 bytes)");
  }
  if (!(k_out != NULL && ropec_aligned(k_out, sizeof(*k_out)))) {
    return ropec_refuse("k_out: NULL or not aligned to its element size (2 bytes)");
  }
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
  if (!(n_tokens <= 8589934588LL)) {
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

}  // namespace ropec_wan2_1

extern "C" const char* ropec_wan2_1_last_error(void) {
  return ropec_wan2_1::last_error;
}

extern "C" cudaError_t ropec_wan2_1_check(const ropec_wan2_1_elem_t* q, const ropec_wan2_1_elem_t* k, ropec_wan2_1_elem_t* q_out, ropec_wan2_1_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  ropec_wan2_1::Args a;
  bool vector = false;
  return ropec_wan2_1::prepare(q, k, q_out, k_out, batch, seq, grid_t, grid_h, grid_w, &a, &vector);
}

extern "C" cudaError_t ropec_wan2_1_launch(const ropec_wan2_1_elem_t* q, const ropec_wan2_1_elem_t* k, ropec_wan2_1_elem_t* q_out, ropec_wan2_1_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, cudaStream_t stream) {
  using namespace ropec_wan2_1;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, grid_t, grid_h, grid_w, &a, &vector);
  if (status != cudaSuccess) return status;
  const int64_t items = a.tokens * (vector ? kVectorChunks : kScalarChunks);
  if (items == 0) return cudaSuccess;
  const unsigned blocks = static_cast<unsigned>((items + kBlock - 1) / kBlock);
  if (vector) {
    kernel_vector<<<blocks, kBlock, 0, stream>>>(a);
    return cudaGetLastError();
  }
  kernel_scalar<<<blocks, kBlock, 0, stream>>>(a);
  return cudaGetLastError();
}

#ifdef ROPEC_HOST_EMULATION
// Runs the same per-thread function over the whole launch grid on the CPU (tests without a GPU).
extern "C" cudaError_t ropec_wan2_1_emulate(const ropec_wan2_1_elem_t* q, const ropec_wan2_1_elem_t* k, ropec_wan2_1_elem_t* q_out, ropec_wan2_1_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, int* used_vector) {
  using namespace ropec_wan2_1;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, grid_t, grid_h, grid_w, &a, &vector);
  if (used_vector != NULL) *used_vector = vector ? 1 : 0;
  if (status != cudaSuccess) return status;
  const int64_t items = a.tokens * (vector ? kVectorChunks : kScalarChunks);
  for (int64_t item = 0; item < items; ++item) {
    if (vector) {
      work_vector(a, item);
      continue;
    }
    work_scalar(a, item);
  }
  return cudaSuccess;
}
#endif
