// Generated from spec/mvit_axial3d.rope (rope mvit_axial3d) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 6e7133582790fcbc
// interleaved forward rotation of 48 lanes, f32 [batch, heads, seq, dim], out of place, positions grid, sin/cos computed (exact).
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

#include "mvit_axial3d.h"

namespace ropec_mvit_axial3d {

typedef float elem_t;
[[maybe_unused]] constexpr int kHeadDim = 48;
[[maybe_unused]] constexpr int kPairs = 24;
constexpr int kBlock = 256;
/** Work items per token of the scalar and the 16-byte schedule. */
constexpr int64_t kScalarChunks = 24;
constexpr int64_t kVectorChunks = 12;
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[24] = { 0.15915494309189535, 0.050329212104487035, 0.015915494309189534, 0.005032921210448704, 0.0015915494309189536, 0.0005032921210448703, 0.00015915494309189535, 0.000050329212104487035, 0.15915494309189535, 0.050329212104487035, 0.015915494309189534, 0.005032921210448704, 0.0015915494309189536, 0.0005032921210448703, 0.00015915494309189535, 0.000050329212104487035, 0.15915494309189535, 0.050329212104487035, 0.015915494309189534, 0.005032921210448704, 0.0015915494309189536, 0.0005032921210448703, 0.00015915494309189535, 0.000050329212104487035 };
[[maybe_unused]] static const double TURNS_host[24] = { 0.15915494309189535, 0.050329212104487035, 0.015915494309189534, 0.005032921210448704, 0.0015915494309189536, 0.0005032921210448703, 0.00015915494309189535, 0.000050329212104487035, 0.15915494309189535, 0.050329212104487035, 0.015915494309189534, 0.005032921210448704, 0.0015915494309189536, 0.0005032921210448703, 0.00015915494309189535, 0.000050329212104487035, 0.15915494309189535, 0.050329212104487035, 0.015915494309189534, 0.005032921210448704, 0.0015915494309189536, 0.0005032921210448703, 0.00015915494309189535, 0.000050329212104487035 };
/** the position component that drives each pair */
__constant__ unsigned char PAIR_COMPONENT_dev[24] = { 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u };
[[maybe_unused]] static const unsigned char PAIR_COMPONENT_host[24] = { 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u };

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
__host__ __device__ inline void item_scalar_out_0(const Args& a, int64_t b, int64_t s, int64_t ki) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 1) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s - 1;
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
  for (int64_t h = 0; h < 16; ++h) {
    const int64_t o = ((b * 16 + h) * a.seq + s) * 48;
    ROPEC_UNROLL
    for (int64_t i = 0; i < 1; ++i) {
      const float xa = a.q_in[(o + ki * 2) + i * 2];
      const float xb = a.q_in[(o + (1 + ki * 2)) + i * 2];
      const float ci = c0[i];
      const float si = s0[i];
      a.q_out[(o + ki * 2) + i * 2] = xa * ci - xb * si;
      a.q_out[(o + (1 + ki * 2)) + i * 2] = xb * ci + xa * si;
    }
  }
  for (int64_t h = 0; h < 16; ++h) {
    const int64_t o = ((b * 16 + h) * a.seq + s) * 48;
    ROPEC_UNROLL
    for (int64_t i = 0; i < 1; ++i) {
      const float xa = a.k_in[(o + ki * 2) + i * 2];
      const float xb = a.k_in[(o + (1 + ki * 2)) + i * 2];
      const float ci = c0[i];
      const float si = s0[i];
      a.k_out[(o + ki * 2) + i * 2] = xa * ci - xb * si;
      a.k_out[(o + (1 + ki * 2)) + i * 2] = xb * ci + xa * si;
    }
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent) (item k: + 2 pairs, + 4 lanes) */
__host__ __device__ inline void item_vector_out_0(const Args& a, int64_t b, int64_t s, int64_t ki) {
  double pos0 = static_cast<double>(0);
  double pos1 = static_cast<double>(0);
  double pos2 = static_cast<double>(0);
  if (s < 1) {
    pos0 = static_cast<double>(0);
    pos1 = static_cast<double>(0);
    pos2 = static_cast<double>(0);
  } else {
    int64_t rest = s - 1;
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
  float c0[2];
  float s0[2];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 2; ++i) {
    const float2 cs0 = pair_sincos(ROPEC_CONST(PAIR_COMPONENT)[ki * 2 + i] == 0u ? pos0 : ROPEC_CONST(PAIR_COMPONENT)[ki * 2 + i] == 1u ? pos1 : pos2, ki * 2 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  for (int64_t h = 0; h < 16; ++h) {
    const int64_t o = ((b * 16 + h) * a.seq + s) * 48;
    const float4 xv = ropec_load_vec4f(a.q_in + o + ki * 4);
    const float x0 = xv.x;
    const float x1 = xv.y;
    const float x2 = xv.z;
    const float x3 = xv.w;
    const float y0 = x0 * c0[0] - x1 * s0[0];
    const float y1 = x1 * c0[0] + x0 * s0[0];
    const float y2 = x2 * c0[1] - x3 * s0[1];
    const float y3 = x3 * c0[1] + x2 * s0[1];
    ropec_store_vec4f(a.q_out + o + ki * 4, make_float4(y0, y1, y2, y3));
  }
  for (int64_t h = 0; h < 16; ++h) {
    const int64_t o = ((b * 16 + h) * a.seq + s) * 48;
    const float4 xv = ropec_load_vec4f(a.k_in + o + ki * 4);
    const float x0 = xv.x;
    const float x1 = xv.y;
    const float x2 = xv.z;
    const float x3 = xv.w;
    const float y0 = x0 * c0[0] - x1 * s0[0];
    const float y1 = x1 * c0[0] + x0 * s0[0];
    const float y2 = x2 * c0[1] - x3 * s0[1];
    const float y3 = x3 * c0[1] + x2 * s0[1];
    ropec_store_vec4f(a.k_out + o + ki * 4, make_float4(y0, y1, y2, y3));
  }
}

/** The scalar schedule: out of place, 24 item(s) per token (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t flat = item / 24;
  const int64_t chunk = item - flat * 24;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (chunk < 24) {
    item_scalar_out_0(a, b, s, chunk);
    return;
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= a.tokens * 24) return;
  work_scalar(a, item);
}

/** The vector schedule: out of place, 12 item(s) per token (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t flat = item / 12;
  const int64_t chunk = item - flat * 12;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (chunk < 12) {
    item_vector_out_0(a, b, s, chunk);
    return;
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= a.tokens * 12) return;
  work_vector(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_mvit_axial3d_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_mvit_axial3d_elem_t* q, const ropec_mvit_axial3d_elem_t* k, ropec_mvit_axial3d_elem_t* q_out, ropec_mvit_axial3d_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(q != NULL && ropec_aligned(q, sizeof(*q)))) {
    return ropec_refuse("q: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(k != NULL && ropec_aligned(k, sizeof(*k)))) {
    return ropec_refuse("k: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(q_out != NULL && ropec_aligned(q_out, sizeof(*q_out)))) {
    return ropec_refuse("q_out: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(k_out != NULL && ropec_aligned(k_out, sizeof(*k_out)))) {
    return ropec_refuse("k_out: NULL or not aligned to its element size (4 bytes)");
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
  const int64_t n_q_heads = 16;
  const int64_t n_k_heads = 16;
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
  if (!(n_seq == 1 + n_cells)) {
    return ropec_refuse("sizes: each sequence must hold prefix + t·h·w = 1 + %lld·%lld·%lld = %lld tokens, got %lld", static_cast<long long>(n_grid_t), static_cast<long long>(n_grid_h), static_cast<long long>(n_grid_w), static_cast<long long>(1 + (n_grid_t * n_grid_h) * n_grid_w), static_cast<long long>(n_seq));
  }
  if (!(n_tokens == 0 || n_q_heads <= 96076792050570576LL / n_tokens)) {
    return ropec_refuse("q: tokens · heads · head_dim = %lld · %lld · 48 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_heads));
  }
  if (!(n_tokens == 0 || n_k_heads <= 96076792050570576LL / n_tokens)) {
    return ropec_refuse("k: tokens · heads · head_dim = %lld · %lld · 48 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_heads));
  }
  if (!(n_tokens <= 22906492234LL)) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  if (n_tokens > 0) {
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 48));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 48));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) + (n_tokens * n_q_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap q; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 48));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) == static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || (static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) + (n_tokens * n_k_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))))) {
      return ropec_refuse("k_out: its elements [%lld, %lld) (addresses in elements) overlap k; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 48));
    }
    if (!(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) || static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) + (n_tokens * n_k_heads) * 48 <= static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)))) {
      return ropec_refuse("q_out: its elements [%lld, %lld) (addresses in elements) overlap k_out; an output must be apart from the inputs and the other output, or be its own input (in place)", static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out))), static_cast<long long>(static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) + (n_tokens * n_q_heads) * 48));
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

}  // namespace ropec_mvit_axial3d

extern "C" const char* ropec_mvit_axial3d_last_error(void) {
  return ropec_mvit_axial3d::last_error;
}

extern "C" cudaError_t ropec_mvit_axial3d_check(const ropec_mvit_axial3d_elem_t* q, const ropec_mvit_axial3d_elem_t* k, ropec_mvit_axial3d_elem_t* q_out, ropec_mvit_axial3d_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  ropec_mvit_axial3d::Args a;
  bool vector = false;
  return ropec_mvit_axial3d::prepare(q, k, q_out, k_out, batch, seq, grid_t, grid_h, grid_w, &a, &vector);
}

extern "C" cudaError_t ropec_mvit_axial3d_launch(const ropec_mvit_axial3d_elem_t* q, const ropec_mvit_axial3d_elem_t* k, ropec_mvit_axial3d_elem_t* q_out, ropec_mvit_axial3d_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, cudaStream_t stream) {
  using namespace ropec_mvit_axial3d;
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
extern "C" cudaError_t ropec_mvit_axial3d_emulate(const ropec_mvit_axial3d_elem_t* q, const ropec_mvit_axial3d_elem_t* k, ropec_mvit_axial3d_elem_t* q_out, ropec_mvit_axial3d_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, int* used_vector) {
  using namespace ropec_mvit_axial3d;
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
