// Generated from spec/gpt_neox_20b.rope (rope gpt_neox_20b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: d8a3f74ecd5061d0
// half forward rotation of 24 of 96 lanes (from lane 0), f16 [batch, heads, seq, dim], out of place, positions index, sin/cos computed (exact).
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

#include "gpt_neox_20b.h"

namespace ropec_gpt_neox_20b {

typedef __half elem_t;
[[maybe_unused]] constexpr int kHeadDim = 96;
[[maybe_unused]] constexpr int kPairs = 12;
constexpr int kBlock = 256;
/** Work items per token of the scalar and the 16-byte schedule. */
constexpr int64_t kScalarChunks = 17;
constexpr int64_t kVectorChunks = 17;
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

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar) (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_0(const Args& a, int64_t b, int64_t s, int64_t ki) {
  const double pos0 = static_cast<double>(s);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  for (int64_t h = 0; h < 64; ++h) {
    const int64_t o = ((b * 64 + h) * a.seq + s) * 96;
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
  for (int64_t h = 0; h < 64; ++h) {
    const int64_t o = ((b * 64 + h) * a.seq + s) * 96;
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
}

/** copy 16 lane(s) from 24 (scalar) (item k: + 0 pairs, + 16 lanes) */
__host__ __device__ inline void item_scalar_out_1(const Args& a, int64_t b, int64_t s, int64_t ki) {
  for (int64_t h = 0; h < 64; ++h) {
    const int64_t o = ((b * 64 + h) * a.seq + s) * 96;
    for (int64_t i = 0; i < 16; ++i) {
      a.q_out[(o + (24 + ki * 16)) + i] = a.q_in[(o + (24 + ki * 16)) + i];
    }
  }
  for (int64_t h = 0; h < 64; ++h) {
    const int64_t o = ((b * 64 + h) * a.seq + s) * 96;
    for (int64_t i = 0; i < 16; ++i) {
      a.k_out[(o + (24 + ki * 16)) + i] = a.k_in[(o + (24 + ki * 16)) + i];
    }
  }
}

/** copy 8 lane(s) from 88 (scalar) */
__host__ __device__ inline void item_scalar_out_2(const Args& a, int64_t b, int64_t s) {
  for (int64_t h = 0; h < 64; ++h) {
    const int64_t o = ((b * 64 + h) * a.seq + s) * 96;
    ROPEC_UNROLL
    for (int64_t i = 0; i < 8; ++i) {
      a.q_out[(o + 88) + i] = a.q_in[(o + 88) + i];
    }
  }
  for (int64_t h = 0; h < 64; ++h) {
    const int64_t o = ((b * 64 + h) * a.seq + s) * 96;
    ROPEC_UNROLL
    for (int64_t i = 0; i < 8; ++i) {
      a.k_out[(o + 88) + i] = a.k_in[(o + 88) + i];
    }
  }
}

/** The scalar schedule: out of place, 17 item(s) per token (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t flat = item / 17;
  const int64_t chunk = item - flat * 17;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (chunk < 12) {
    item_scalar_out_0(a, b, s, chunk);
    return;
  }
  if (chunk < 16) {
    item_scalar_out_1(a, b, s, chunk - 12);
    return;
  }
  if (chunk < 17) {
    item_scalar_out_2(a, b, s);
    return;
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= a.tokens * 17) return;
  work_scalar(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_gpt_neox_20b_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_gpt_neox_20b_elem_t* q, const ropec_gpt_neox_20b_elem_t* k, ropec_gpt_neox_20b_elem_t* q_out, ropec_gpt_neox_20b_elem_t* k_out, int64_t batch, int64_t seq, Args* a, bool* vector) {
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
  const int64_t n_q_heads = 64;
  const int64_t n_k_heads = 64;
  if (!(n_tokens == 0 || n_q_heads <= 48038396025285288LL / n_tokens)) {
    return ropec_refuse("q: tokens · heads · head_dim = %lld · %lld · 96 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_heads));
  }
  if (!(n_tokens == 0 || n_k_heads <= 48038396025285288LL / n_tokens)) {
    return ropec_refuse("k: tokens · heads · head_dim = %lld · %lld · 96 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_heads));
  }
  if (!(n_tokens <= 32338577272LL)) {
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

}  // namespace ropec_gpt_neox_20b

extern "C" const char* ropec_gpt_neox_20b_last_error(void) {
  return ropec_gpt_neox_20b::last_error;
}

extern "C" cudaError_t ropec_gpt_neox_20b_check(const ropec_gpt_neox_20b_elem_t* q, const ropec_gpt_neox_20b_elem_t* k, ropec_gpt_neox_20b_elem_t* q_out, ropec_gpt_neox_20b_elem_t* k_out, int64_t batch, int64_t seq) {
  ropec_gpt_neox_20b::Args a;
  bool vector = false;
  return ropec_gpt_neox_20b::prepare(q, k, q_out, k_out, batch, seq, &a, &vector);
}

extern "C" cudaError_t ropec_gpt_neox_20b_launch(const ropec_gpt_neox_20b_elem_t* q, const ropec_gpt_neox_20b_elem_t* k, ropec_gpt_neox_20b_elem_t* q_out, ropec_gpt_neox_20b_elem_t* k_out, int64_t batch, int64_t seq, cudaStream_t stream) {
  using namespace ropec_gpt_neox_20b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, &a, &vector);
  if (status != cudaSuccess) return status;
  const int64_t items = a.tokens * (vector ? kVectorChunks : kScalarChunks);
  if (items == 0) return cudaSuccess;
  const unsigned blocks = static_cast<unsigned>((items + kBlock - 1) / kBlock);
  kernel_scalar<<<blocks, kBlock, 0, stream>>>(a);
  return cudaGetLastError();
}

#ifdef ROPEC_HOST_EMULATION
// Runs the same per-thread function over the whole launch grid on the CPU (tests without a GPU).
extern "C" cudaError_t ropec_gpt_neox_20b_emulate(const ropec_gpt_neox_20b_elem_t* q, const ropec_gpt_neox_20b_elem_t* k, ropec_gpt_neox_20b_elem_t* q_out, ropec_gpt_neox_20b_elem_t* k_out, int64_t batch, int64_t seq, int* used_vector) {
  using namespace ropec_gpt_neox_20b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, batch, seq, &a, &vector);
  if (used_vector != NULL) *used_vector = vector ? 1 : 0;
  if (status != cudaSuccess) return status;
  const int64_t items = a.tokens * (vector ? kVectorChunks : kScalarChunks);
  for (int64_t item = 0; item < items; ++item) {
    work_scalar(a, item);
  }
  return cudaSuccess;
}
#endif
