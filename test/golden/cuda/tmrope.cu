// Generated from spec/tmrope.rope (rope tmrope) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 94ea13f7389ca393
// half forward rotation of 64 lanes, f32 [batch, seq, heads, dim], out of place, positions timeline, sin/cos computed (exact).
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

#include "tmrope.h"

namespace ropec_tmrope {

typedef float elem_t;
[[maybe_unused]] constexpr int kHeadDim = 64;
[[maybe_unused]] constexpr int kPairs = 32;
constexpr int kBlock = 256;
#ifndef ROPEC_GROUP_MIN_ITEMS
/** Launches of at least this many grouped items run the grouped kernels (see docs/cuda.md). */
#define ROPEC_GROUP_MIN_ITEMS 131072
#endif
/** ω_j / 2π (the exact path reduces p·turns in f64) */
__constant__ double TURNS_dev[32] = { 0.15915494309189535, 0.11934937021124886, 0.08949940160889101, 0.06711508300522726, 0.050329212104487035, 0.03774158471741977, 0.028302195830623395, 0.02122365276477766, 0.015915494309189534, 0.011934937021124886, 0.0089499401608891, 0.006711508300522725, 0.005032921210448704, 0.0037741584717419768, 0.00283021958306234, 0.0021223652764777662, 0.0015915494309189536, 0.0011934937021124885, 0.0008949940160889102, 0.0006711508300522726, 0.0005032921210448703, 0.00037741584717419774, 0.00028302195830623395, 0.0002122365276477766, 0.00015915494309189535, 0.00011934937021124885, 0.00008949940160889102, 0.00006711508300522725, 0.000050329212104487035, 0.00003774158471741978, 0.0000283021958306234, 0.00002122365276477766 };
[[maybe_unused]] static const double TURNS_host[32] = { 0.15915494309189535, 0.11934937021124886, 0.08949940160889101, 0.06711508300522726, 0.050329212104487035, 0.03774158471741977, 0.028302195830623395, 0.02122365276477766, 0.015915494309189534, 0.011934937021124886, 0.0089499401608891, 0.006711508300522725, 0.005032921210448704, 0.0037741584717419768, 0.00283021958306234, 0.0021223652764777662, 0.0015915494309189536, 0.0011934937021124885, 0.0008949940160889102, 0.0006711508300522726, 0.0005032921210448703, 0.00037741584717419774, 0.00028302195830623395, 0.0002122365276477766, 0.00015915494309189535, 0.00011934937021124885, 0.00008949940160889102, 0.00006711508300522725, 0.000050329212104487035, 0.00003774158471741978, 0.0000283021958306234, 0.00002122365276477766 };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  const elem_t* q_in;
  elem_t* k_out;
  const elem_t* k_in;
  const int32_t* segment_table;
  const float* segment_values;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t segment_words;
  int64_t segment_value_count;
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
  const int64_t header = a.batch + 1;
  int64_t lo = ropec_max(b < a.segment_words ? static_cast<int64_t>(a.segment_table[b]) : 0, 0);
  const int64_t end = b + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[b + 1]) : 0;
  if (end <= lo) {
    pos0 = static_cast<double>(0);
  } else {
    int64_t hi = end - 1;
    while (lo < hi) {
      const int64_t mid = hi - (hi - lo) / 2;
      if (((header + 8 * mid) + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[(header + 8 * mid) + 1]) : 0) <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    const int64_t w = header + 8 * lo;
    const int64_t kind = (w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0) & 15;
    const int64_t vi = static_cast<int64_t>(static_cast<uint32_t>(static_cast<int32_t>(w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0)) >> 4u);
    const int64_t d = s - (w + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 1]) : 0);
    if (kind == 0) {
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + d);
    } else if (kind == 1) {
      pos0 = static_cast<double>(w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + static_cast<double>(ropec_as_float(static_cast<uint32_t>(static_cast<int32_t>(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0))));
    } else if (kind == 2) {
      const int64_t sh = ropec_max(w + 5 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 5]) : 0, 1);
      const int64_t sw = ropec_max(w + 6 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 6]) : 0, 1);
      const int64_t kk = (w + 7 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 7]) : 0) + d;
      const int64_t fr = kk / (sh * sw);
      const float ta = vi < a.segment_value_count ? a.segment_values[vi] : 0.0f;
      const float tb = vi + 1 < a.segment_value_count ? a.segment_values[vi + 1] : 0.0f;
      const int64_t tf = ta == 1.0f && tb == 1.0f ? fr : static_cast<int64_t>(truncf((static_cast<float>(fr) * ta) * tb));
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + tf);
    } else {
      const int64_t nf = w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0;
      const int64_t frame = ropec_max(ropec_min(((w + 4 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 4]) : 0) + d) / ropec_max(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0, 1), nf - 1), 0);
      if (nf <= 0) {
        pos0 = static_cast<double>(0);
      } else {
        pos0 = static_cast<double>(vi + frame < a.segment_value_count ? a.segment_values[vi + frame] : 0.0f);
      }
    }
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat + h0) * 64;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = a.q_in[(o + ki) + i];
    const float xb = a.q_in[(o + (32 + ki)) + i];
    const float ci = c0[i];
    const float si = s0[i];
    a.q_out[(o + ki) + i] = xa * ci - xb * si;
    a.q_out[(o + (32 + ki)) + i] = xb * ci + xa * si;
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 32 (stride 1, scalar), k head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_out_k1_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  const int64_t header = a.batch + 1;
  int64_t lo = ropec_max(b < a.segment_words ? static_cast<int64_t>(a.segment_table[b]) : 0, 0);
  const int64_t end = b + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[b + 1]) : 0;
  if (end <= lo) {
    pos0 = static_cast<double>(0);
  } else {
    int64_t hi = end - 1;
    while (lo < hi) {
      const int64_t mid = hi - (hi - lo) / 2;
      if (((header + 8 * mid) + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[(header + 8 * mid) + 1]) : 0) <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    const int64_t w = header + 8 * lo;
    const int64_t kind = (w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0) & 15;
    const int64_t vi = static_cast<int64_t>(static_cast<uint32_t>(static_cast<int32_t>(w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0)) >> 4u);
    const int64_t d = s - (w + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 1]) : 0);
    if (kind == 0) {
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + d);
    } else if (kind == 1) {
      pos0 = static_cast<double>(w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + static_cast<double>(ropec_as_float(static_cast<uint32_t>(static_cast<int32_t>(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0))));
    } else if (kind == 2) {
      const int64_t sh = ropec_max(w + 5 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 5]) : 0, 1);
      const int64_t sw = ropec_max(w + 6 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 6]) : 0, 1);
      const int64_t kk = (w + 7 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 7]) : 0) + d;
      const int64_t fr = kk / (sh * sw);
      const float ta = vi < a.segment_value_count ? a.segment_values[vi] : 0.0f;
      const float tb = vi + 1 < a.segment_value_count ? a.segment_values[vi + 1] : 0.0f;
      const int64_t tf = ta == 1.0f && tb == 1.0f ? fr : static_cast<int64_t>(truncf((static_cast<float>(fr) * ta) * tb));
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + tf);
    } else {
      const int64_t nf = w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0;
      const int64_t frame = ropec_max(ropec_min(((w + 4 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 4]) : 0) + d) / ropec_max(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0, 1), nf - 1), 0);
      if (nf <= 0) {
        pos0 = static_cast<double>(0);
      } else {
        pos0 = static_cast<double>(vi + frame < a.segment_value_count ? a.segment_values[vi + frame] : 0.0f);
      }
    }
  }
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat + h0) * 64;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = a.k_in[(o + ki) + i];
    const float xb = a.k_in[(o + (32 + ki)) + i];
    const float ci = c0[i];
    const float si = s0[i];
    a.k_out[(o + ki) + i] = xa * ci - xb * si;
    a.k_out[(o + (32 + ki)) + i] = xb * ci + xa * si;
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 4 pairs, + 4 lanes) */
__host__ __device__ inline void item_vector_out_q1_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  const int64_t header = a.batch + 1;
  int64_t lo = ropec_max(b < a.segment_words ? static_cast<int64_t>(a.segment_table[b]) : 0, 0);
  const int64_t end = b + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[b + 1]) : 0;
  if (end <= lo) {
    pos0 = static_cast<double>(0);
  } else {
    int64_t hi = end - 1;
    while (lo < hi) {
      const int64_t mid = hi - (hi - lo) / 2;
      if (((header + 8 * mid) + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[(header + 8 * mid) + 1]) : 0) <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    const int64_t w = header + 8 * lo;
    const int64_t kind = (w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0) & 15;
    const int64_t vi = static_cast<int64_t>(static_cast<uint32_t>(static_cast<int32_t>(w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0)) >> 4u);
    const int64_t d = s - (w + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 1]) : 0);
    if (kind == 0) {
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + d);
    } else if (kind == 1) {
      pos0 = static_cast<double>(w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + static_cast<double>(ropec_as_float(static_cast<uint32_t>(static_cast<int32_t>(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0))));
    } else if (kind == 2) {
      const int64_t sh = ropec_max(w + 5 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 5]) : 0, 1);
      const int64_t sw = ropec_max(w + 6 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 6]) : 0, 1);
      const int64_t kk = (w + 7 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 7]) : 0) + d;
      const int64_t fr = kk / (sh * sw);
      const float ta = vi < a.segment_value_count ? a.segment_values[vi] : 0.0f;
      const float tb = vi + 1 < a.segment_value_count ? a.segment_values[vi + 1] : 0.0f;
      const int64_t tf = ta == 1.0f && tb == 1.0f ? fr : static_cast<int64_t>(truncf((static_cast<float>(fr) * ta) * tb));
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + tf);
    } else {
      const int64_t nf = w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0;
      const int64_t frame = ropec_max(ropec_min(((w + 4 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 4]) : 0) + d) / ropec_max(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0, 1), nf - 1), 0);
      if (nf <= 0) {
        pos0 = static_cast<double>(0);
      } else {
        pos0 = static_cast<double>(vi + frame < a.segment_value_count ? a.segment_values[vi + frame] : 0.0f);
      }
    }
  }
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat + h0) * 64;
  const float4 xav = ropec_load_vec4f(a.q_in + o + ki * 4);
  const float xa0 = xav.x;
  const float xa1 = xav.y;
  const float xa2 = xav.z;
  const float xa3 = xav.w;
  const float4 xbv = ropec_load_vec4f(a.q_in + o + (32 + ki * 4));
  const float xb0 = xbv.x;
  const float xb1 = xbv.y;
  const float xb2 = xbv.z;
  const float xb3 = xbv.w;
  const float ya0 = xa0 * c0[0] - xb0 * s0[0];
  const float yb0 = xb0 * c0[0] + xa0 * s0[0];
  const float ya1 = xa1 * c0[1] - xb1 * s0[1];
  const float yb1 = xb1 * c0[1] + xa1 * s0[1];
  const float ya2 = xa2 * c0[2] - xb2 * s0[2];
  const float yb2 = xb2 * c0[2] + xa2 * s0[2];
  const float ya3 = xa3 * c0[3] - xb3 * s0[3];
  const float yb3 = xb3 * c0[3] + xa3 * s0[3];
  ropec_store_vec4f(a.q_out + o + ki * 4, make_float4(ya0, ya1, ya2, ya3));
  ropec_store_vec4f(a.q_out + o + (32 + ki * 4), make_float4(yb0, yb1, yb2, yb3));
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 4 pairs, + 4 lanes) */
__host__ __device__ inline void item_vector_out_k1_0(const Args& a, int64_t b, int64_t s, int64_t flat, int64_t ki, int64_t h0) {
  double pos0 = static_cast<double>(0);
  const int64_t header = a.batch + 1;
  int64_t lo = ropec_max(b < a.segment_words ? static_cast<int64_t>(a.segment_table[b]) : 0, 0);
  const int64_t end = b + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[b + 1]) : 0;
  if (end <= lo) {
    pos0 = static_cast<double>(0);
  } else {
    int64_t hi = end - 1;
    while (lo < hi) {
      const int64_t mid = hi - (hi - lo) / 2;
      if (((header + 8 * mid) + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[(header + 8 * mid) + 1]) : 0) <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    const int64_t w = header + 8 * lo;
    const int64_t kind = (w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0) & 15;
    const int64_t vi = static_cast<int64_t>(static_cast<uint32_t>(static_cast<int32_t>(w < a.segment_words ? static_cast<int64_t>(a.segment_table[w]) : 0)) >> 4u);
    const int64_t d = s - (w + 1 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 1]) : 0);
    if (kind == 0) {
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + d);
    } else if (kind == 1) {
      pos0 = static_cast<double>(w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + static_cast<double>(ropec_as_float(static_cast<uint32_t>(static_cast<int32_t>(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0))));
    } else if (kind == 2) {
      const int64_t sh = ropec_max(w + 5 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 5]) : 0, 1);
      const int64_t sw = ropec_max(w + 6 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 6]) : 0, 1);
      const int64_t kk = (w + 7 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 7]) : 0) + d;
      const int64_t fr = kk / (sh * sw);
      const float ta = vi < a.segment_value_count ? a.segment_values[vi] : 0.0f;
      const float tb = vi + 1 < a.segment_value_count ? a.segment_values[vi + 1] : 0.0f;
      const int64_t tf = ta == 1.0f && tb == 1.0f ? fr : static_cast<int64_t>(truncf((static_cast<float>(fr) * ta) * tb));
      pos0 = static_cast<double>((w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0) + tf);
    } else {
      const int64_t nf = w + 2 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 2]) : 0;
      const int64_t frame = ropec_max(ropec_min(((w + 4 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 4]) : 0) + d) / ropec_max(w + 3 < a.segment_words ? static_cast<int64_t>(a.segment_table[w + 3]) : 0, 1), nf - 1), 0);
      if (nf <= 0) {
        pos0 = static_cast<double>(0);
      } else {
        pos0 = static_cast<double>(vi + frame < a.segment_value_count ? a.segment_values[vi + frame] : 0.0f);
      }
    }
  }
  float c0[4];
  float s0[4];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 4; ++i) {
    const float2 cs0 = pair_sincos(pos0, ki * 4 + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = (flat + h0) * 64;
  const float4 xav = ropec_load_vec4f(a.k_in + o + ki * 4);
  const float xa0 = xav.x;
  const float xa1 = xav.y;
  const float xa2 = xav.z;
  const float xa3 = xav.w;
  const float4 xbv = ropec_load_vec4f(a.k_in + o + (32 + ki * 4));
  const float xb0 = xbv.x;
  const float xb1 = xbv.y;
  const float xb2 = xbv.z;
  const float xb3 = xbv.w;
  const float ya0 = xa0 * c0[0] - xb0 * s0[0];
  const float yb0 = xb0 * c0[0] + xa0 * s0[0];
  const float ya1 = xa1 * c0[1] - xb1 * s0[1];
  const float yb1 = xb1 * c0[1] + xa1 * s0[1];
  const float ya2 = xa2 * c0[2] - xb2 * s0[2];
  const float yb2 = xb2 * c0[2] + xa2 * s0[2];
  const float ya3 = xa3 * c0[3] - xb3 * s0[3];
  const float yb3 = xb3 * c0[3] + xa3 * s0[3];
  ropec_store_vec4f(a.k_out + o + ki * 4, make_float4(ya0, ya1, ya2, ya3));
  ropec_store_vec4f(a.k_out + o + (32 + ki * 4), make_float4(yb0, yb1, yb2, yb3));
}

/** The scalar schedule: out of place, one head per item, 32 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t item) {
  const int64_t per_token = 2;
  const int64_t chunk = item % 32;
  const int64_t rest = item / 32;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 1) {
    const int64_t h0 = g;
    item_scalar_out_q1_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 1;
    item_scalar_out_k1_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 2) * 32) return;
  work_scalar(a, item);
}

/** The scalar_grouped schedule: out of place, one head per item, 32 item(s) per token and head group (scalar schedule). */
__host__ __device__ inline void work_scalar_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 2;
  const int64_t chunk = item % 32;
  const int64_t rest = item / 32;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 1) {
    const int64_t h0 = g;
    item_scalar_out_q1_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 1;
    item_scalar_out_k1_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_scalar_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 2) * 32) return;
  work_scalar_grouped(a, item);
}

/** The vector schedule: out of place, one head per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector(const Args& a, int64_t item) {
  const int64_t per_token = 2;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 1) {
    const int64_t h0 = g;
    item_vector_out_q1_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 1;
    item_vector_out_k1_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 2) * 8) return;
  work_vector(a, item);
}

/** The vector_grouped schedule: out of place, one head per item, 8 item(s) per token and head group (vector schedule). */
__host__ __device__ inline void work_vector_grouped(const Args& a, int64_t item) {
  const int64_t per_token = 2;
  const int64_t chunk = item % 8;
  const int64_t rest = item / 8;
  const int64_t g = rest % per_token;
  const int64_t flat = rest / per_token;
  const int64_t b = flat / a.seq;
  const int64_t s = flat - b * a.seq;
  if (g < 1) {
    const int64_t h0 = g;
    item_vector_out_q1_0(a, b, s, flat, chunk, h0);
  } else {
    const int64_t h0 = g - 1;
    item_vector_out_k1_0(a, b, s, flat, chunk, h0);
  }
}

__global__ void __launch_bounds__(kBlock) kernel_vector_grouped(const Args a) {
  const int64_t item = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (item >= (a.tokens * 2) * 8) return;
  work_vector_grouped(a, item);
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local char last_error[512] = "";

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_tmrope_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** the segment table (docs/positions.md) for rows × row_length tokens and 1 position component */
static cudaError_t check_segments(const int32_t* segment_table, int64_t segment_words, const float* segment_values, int64_t segment_value_count, int64_t rows, int64_t row_length) {
  if (!(segment_table != NULL && ropec_aligned(segment_table, sizeof(*segment_table)))) {
    return ropec_refuse("segment_table: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(segment_value_count >= 0 && (segment_value_count == 0 && !(segment_values != NULL) || (segment_values != NULL && ropec_aligned(segment_values, sizeof(*segment_values)))))) {
    return ropec_refuse("segment_values: NULL with segment_value_count = %lld > 0, a negative count, or not aligned to 4 bytes", static_cast<long long>(segment_value_count));
  }
  if (!(rows >= 0)) {
    return ropec_refuse("rows: expected a whole number ≥ 0, got %lld", static_cast<long long>(rows));
  }
  if (!(row_length >= 0)) {
    return ropec_refuse("row_length: expected a whole number ≥ 0, got %lld", static_cast<long long>(row_length));
  }
  const int64_t header = rows + 1;
  if (!(segment_words >= header)) {
    return ropec_refuse("segment_table: expected at least rows + 1 = %lld words (the row header), got length %lld", static_cast<long long>(header), static_cast<long long>(segment_words));
  }
  const int64_t records = static_cast<int64_t>(segment_table[rows]);
  if (!(records >= 0 && segment_words == header + 8 * records)) {
    return ropec_refuse("segment_table: header word %lld says %lld segments, so the table must have %lld + 1 + 8·%lld = %lld words; got length %lld", static_cast<long long>(rows), static_cast<long long>(records), static_cast<long long>(rows), static_cast<long long>(records), static_cast<long long>(header + 8 * records), static_cast<long long>(segment_words));
  }
  if (!(static_cast<int64_t>(segment_table[0]) == 0)) {
    return ropec_refuse("segment_table: header word 0 (row 0's first segment) must be 0, got %lld", static_cast<long long>(static_cast<int64_t>(segment_table[0])));
  }
  for (int64_t b = 0; b < rows; ++b) {
    const int64_t lo = static_cast<int64_t>(segment_table[b]);
    const int64_t hi = static_cast<int64_t>(segment_table[b + 1]);
    if (!(hi >= lo)) {
      return ropec_refuse("segment_table: header word %lld = %lld is below word %lld = %lld; row ranges must not decrease", static_cast<long long>(b + 1), static_cast<long long>(hi), static_cast<long long>(b), static_cast<long long>(lo));
    }
    if (!(row_length == 0 || hi > lo)) {
      return ropec_refuse("segment_table: row %lld has no segments but %lld tokens", static_cast<long long>(b), static_cast<long long>(row_length));
    }
    if (!(row_length > 0 || hi == lo)) {
      return ropec_refuse("segment_table: row %lld has segments but no tokens", static_cast<long long>(b));
    }
    for (int64_t r = lo; r < hi; ++r) {
      const int64_t w = header + 8 * r;
      const int64_t word = static_cast<int64_t>(segment_table[w + 0]);
      if (!(word >= 0 && (word & 15) <= 3)) {
        return ropec_refuse("segment_table: row %lld, segment %lld: unknown kind word %lld (kinds are 0 text, 1 const, 2 grid, 3 frames)", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(word));
      }
      const int64_t kind = word & 15;
      const int64_t v = word >> 4;
      const int64_t start = static_cast<int64_t>(segment_table[w + 1]);
      const int64_t end = r + 1 < hi ? static_cast<int64_t>(segment_table[w + 9]) : row_length;
      if (!(r != lo || start == 0)) {
        return ropec_refuse("segment_table: row %lld, segment %lld (%s): the first segment of a row must start at 0, got %lld", static_cast<long long>(b), static_cast<long long>(r - lo), kind == 0 ? "text" : kind == 1 ? "const" : kind == 2 ? "grid" : "frames", static_cast<long long>(start));
      }
      if (!((start >= 0 && end > start) && end <= row_length)) {
        return ropec_refuse("segment_table: row %lld, segment %lld (%s): starts at %lld but the next starts at %lld; starts must rise strictly and stay below the row length %lld", static_cast<long long>(b), static_cast<long long>(r - lo), kind == 0 ? "text" : kind == 1 ? "const" : kind == 2 ? "grid" : "frames", static_cast<long long>(start), static_cast<long long>(end), static_cast<long long>(row_length));
      }
      const int64_t last = (end - start) - 1;
      if (!(kind >= 2 || v == 0)) {
        return ropec_refuse("segment_table: row %lld, segment %lld (%s): kind word %lld has a value index; only grid and frames do", static_cast<long long>(b), static_cast<long long>(r - lo), kind == 0 ? "text" : kind == 1 ? "const" : kind == 2 ? "grid" : "frames", static_cast<long long>(word));
      }
      if (kind == 0) {
        if (!(static_cast<int64_t>(segment_table[w + 2]) + last >= -2147483648 && static_cast<int64_t>(segment_table[w + 2]) + last <= 2147483647)) {
          return ropec_refuse("segment_table: row %lld, segment %lld (text): base %lld + %lld does not fit in i32", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(static_cast<int64_t>(segment_table[w + 2])), static_cast<long long>(last));
        }
      } else if (kind == 1) {
        const float frac = ropec_as_float(static_cast<uint32_t>(static_cast<int32_t>(static_cast<int64_t>(segment_table[w + 3]))));
        if (!(frac > -1.0f && frac < 1.0f)) {
          return ropec_refuse("segment_table: row %lld, segment %lld (const): the fraction word must hold an f32 in (−1, 1), got %.9g", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<double>(frac));
        }
      } else if (kind == 2) {
        if (!false) {
          return ropec_refuse("segment_table: row %lld, segment %lld (grid): grid segments give 3 components; this spec reads 1", static_cast<long long>(b), static_cast<long long>(r - lo));
        }
        const int64_t H = static_cast<int64_t>(segment_table[w + 5]);
        const int64_t W = static_cast<int64_t>(segment_table[w + 6]);
        const int64_t offset = static_cast<int64_t>(segment_table[w + 7]);
        if (!((H >= 1 && W >= 1) && H * W <= 2147483647)) {
          return ropec_refuse("segment_table: row %lld, segment %lld (grid): H = %lld and W = %lld must be ≥ 1 with H·W < 2^31", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(H), static_cast<long long>(W));
        }
        if (!(offset >= 0 && offset + last <= 2147483647)) {
          return ropec_refuse("segment_table: row %lld, segment %lld (grid): offset %lld + %lld must be ≥ 0 and fit in i32", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(offset), static_cast<long long>(last));
        }
        if (!(v + 1 < segment_value_count)) {
          return ropec_refuse("segment_values: row %lld, segment %lld (grid) reads its temporal scale at values[%lld] and [%lld], but there are %lld values", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(v), static_cast<long long>(v + 1), static_cast<long long>(segment_value_count));
        }
        const float ta = segment_values[v];
        const float tc = segment_values[v + 1];
        if (!(((isfinite(ta) && isfinite(tc)) && ta >= 0.0f) && tc >= 0.0f)) {
          return ropec_refuse("segment_values: the temporal scale of row %lld, segment %lld must be finite and ≥ 0, got (%.9g, %.9g)", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<double>(ta), static_cast<double>(tc));
        }
        const double t_max = static_cast<double>(static_cast<int64_t>(segment_table[w + 2])) + (ta == 1.0f && tc == 1.0f ? static_cast<double>((offset + last) / (H * W)) : static_cast<double>(truncf((static_cast<float>((offset + last) / (H * W)) * ta) * tc)));
        if (!((t_max <= 2147483647.0 && static_cast<int64_t>(segment_table[w + 3]) + (H - 1) <= 2147483647) && static_cast<int64_t>(segment_table[w + 4]) + (W - 1) <= 2147483647)) {
          return ropec_refuse("segment_table: row %lld, segment %lld (grid): positions up to (%.9g, %lld, %lld) do not fit in i32", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<double>(t_max), static_cast<long long>(static_cast<int64_t>(segment_table[w + 3]) + (H - 1)), static_cast<long long>(static_cast<int64_t>(segment_table[w + 4]) + (W - 1)));
        }
      } else {
        const int64_t frames = static_cast<int64_t>(segment_table[w + 2]);
        const int64_t ppf = static_cast<int64_t>(segment_table[w + 3]);
        const int64_t offset = static_cast<int64_t>(segment_table[w + 4]);
        if (!(frames >= 0 && ppf >= 1)) {
          return ropec_refuse("segment_table: row %lld, segment %lld (frames): frame count %lld must be ≥ 0 and patches per frame %lld ≥ 1", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(frames), static_cast<long long>(ppf));
        }
        if (!(offset >= 0 && offset + last <= 2147483647)) {
          return ropec_refuse("segment_table: row %lld, segment %lld (frames): offset %lld + %lld must be ≥ 0 and fit in i32", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(offset), static_cast<long long>(last));
        }
        if (!(v + frames <= segment_value_count)) {
          return ropec_refuse("segment_values: row %lld, segment %lld (frames) reads values[%lld … %lld], but there are %lld values", static_cast<long long>(b), static_cast<long long>(r - lo), static_cast<long long>(v), static_cast<long long>((v + frames) - 1), static_cast<long long>(segment_value_count));
        }
        for (int64_t i = v; i < v + frames; ++i) {
          if (!(fabsf(segment_values[i]) < 2147483648.0f)) {
            return ropec_refuse("segment_values: frame time values[%lld] = %.9g must be finite and below 2^31 in magnitude", static_cast<long long>(i), static_cast<double>(segment_values[i]));
          }
        }
      }
    }
  }
  return cudaSuccess;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_tmrope_elem_t* q, const ropec_tmrope_elem_t* k, ropec_tmrope_elem_t* q_out, ropec_tmrope_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(segment_table != NULL && ropec_aligned(segment_table, sizeof(*segment_table)))) {
    return ropec_refuse("segment_table: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(segment_value_count >= 0 && (segment_value_count == 0 && !(segment_values != NULL) || (segment_values != NULL && ropec_aligned(segment_values, sizeof(*segment_values)))))) {
    return ropec_refuse("segment_values: NULL with segment_value_count = %lld > 0, a negative count, or not aligned to 4 bytes", static_cast<long long>(segment_value_count));
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
  const int64_t n_q_heads = 1;
  const int64_t n_k_heads = 1;
  if (!(n_tokens == 0 || (q != NULL && ropec_aligned(q, sizeof(*q))))) {
    return ropec_refuse("q: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(n_tokens == 0 || (k != NULL && ropec_aligned(k, sizeof(*k))))) {
    return ropec_refuse("k: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(n_tokens == 0 || (q_out != NULL && ropec_aligned(q_out, sizeof(*q_out))))) {
    return ropec_refuse("q_out: NULL or not aligned to its element size (4 bytes)");
  }
  if (!(n_tokens == 0 || (k_out != NULL && ropec_aligned(k_out, sizeof(*k_out))))) {
    return ropec_refuse("k_out: NULL or not aligned to its element size (4 bytes)");
  }
  if (ropec_host_memory()) {
    if (const cudaError_t status = check_segments(segment_table, segment_words, segment_values, segment_value_count, n_batch, n_seq); status != cudaSuccess) return status;
  }
  if (!(n_tokens == 0 || n_q_heads <= 72057594037927936LL / n_tokens)) {
    return ropec_refuse("q: tokens · heads · head_dim = %lld · %lld · 64 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_q_heads));
  }
  if (!(n_tokens == 0 || n_k_heads <= 72057594037927936LL / n_tokens)) {
    return ropec_refuse("k: tokens · heads · head_dim = %lld · %lld · 64 exceeds 2^62 elements", static_cast<long long>(n_tokens), static_cast<long long>(n_k_heads));
  }
  if (!(n_tokens <= 17179869176LL / ropec_max(n_q_heads + n_k_heads, 1))) {
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
  const int64_t at_q_out = static_cast<int64_t>(reinterpret_cast<uintptr_t>(q_out) / sizeof(*q_out)) * 4;
  const int64_t end_q_out = at_q_out + ropec_min(((n_batch * n_seq) * 1) * 64, 1125899906842624LL) * 4;
  const int64_t at_k_out = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k_out) / sizeof(*k_out)) * 4;
  const int64_t end_k_out = at_k_out + ropec_min(((n_batch * n_seq) * 1) * 64, 1125899906842624LL) * 4;
  const int64_t at_segment_table = static_cast<int64_t>(reinterpret_cast<uintptr_t>(segment_table) / sizeof(*segment_table)) * 4;
  const int64_t end_segment_table = at_segment_table + ropec_min(segment_words, 1125899906842624LL) * 4;
  const int64_t at_segment_values = static_cast<int64_t>(reinterpret_cast<uintptr_t>(segment_values) / sizeof(*segment_values)) * 4;
  const int64_t end_segment_values = at_segment_values + ropec_min(segment_value_count, 1125899906842624LL) * 4;
  if (!(((at_q_out == end_q_out || at_segment_table == end_segment_table) || end_q_out <= at_segment_table) || end_segment_table <= at_q_out)) {
    return ropec_refuse("q_out: its bytes [%lld, %lld) (addresses) overlap segment_table's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q_out), static_cast<long long>(end_q_out), static_cast<long long>(at_segment_table), static_cast<long long>(end_segment_table));
  }
  if (!(((at_q_out == end_q_out || at_segment_values == end_segment_values) || end_q_out <= at_segment_values) || end_segment_values <= at_q_out)) {
    return ropec_refuse("q_out: its bytes [%lld, %lld) (addresses) overlap segment_values's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q_out), static_cast<long long>(end_q_out), static_cast<long long>(at_segment_values), static_cast<long long>(end_segment_values));
  }
  if (!(((at_k_out == end_k_out || at_segment_table == end_segment_table) || end_k_out <= at_segment_table) || end_segment_table <= at_k_out)) {
    return ropec_refuse("k_out: its bytes [%lld, %lld) (addresses) overlap segment_table's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_out), static_cast<long long>(end_k_out), static_cast<long long>(at_segment_table), static_cast<long long>(end_segment_table));
  }
  if (!(((at_k_out == end_k_out || at_segment_values == end_segment_values) || end_k_out <= at_segment_values) || end_segment_values <= at_k_out)) {
    return ropec_refuse("k_out: its bytes [%lld, %lld) (addresses) overlap segment_values's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k_out), static_cast<long long>(end_k_out), static_cast<long long>(at_segment_values), static_cast<long long>(end_segment_values));
  }
  a->q_in = q;
  a->k_in = k;
  a->q_out = q_out;
  a->k_out = k_out;
  a->segment_table = segment_table;
  a->segment_values = segment_values;
  a->tokens = n_tokens;
  a->batch = batch;
  a->seq = seq;
  a->segment_words = segment_words;
  a->segment_value_count = segment_value_count;
  *vector = ropec_aligned16(q) && ropec_aligned16(k) && ropec_aligned16(q_out) && ropec_aligned16(k_out);
  return cudaSuccess;
}

/**
 * Work items of a launch and whether it runs the grouped kernels. schedule: -1 chooses by size,
 * 0 one head per item, 1 head groups. The grouped count is below the grid's limit (checked).
 */
static int64_t launch_items(const Args& a, bool vector, int schedule, bool* grouped) {
  const int64_t q_heads = 1;
  const int64_t k_heads = 1;
  const int64_t grouped_items = vector ? a.tokens * ((q_heads + k_heads) * 8) : a.tokens * ((q_heads + k_heads) * 32);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 8) : a.tokens * ((q_heads + k_heads) * 32);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_tmrope

extern "C" const char* ropec_tmrope_last_error(void) {
  return ropec_tmrope::last_error;
}

extern "C" cudaError_t ropec_tmrope_check_segments(const int32_t* table, int64_t words, const float* values, int64_t count, int64_t rows, int64_t row_length) {
  ropec_tmrope::last_error[0] = '\0';
  return ropec_tmrope::check_segments(table, words, values, count, rows, row_length);
}

extern "C" cudaError_t ropec_tmrope_check(const ropec_tmrope_elem_t* q, const ropec_tmrope_elem_t* k, ropec_tmrope_elem_t* q_out, ropec_tmrope_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count) {
  ropec_tmrope::Args a;
  bool vector = false;
  return ropec_tmrope::prepare(q, k, q_out, k_out, segment_table, segment_values, batch, seq, segment_words, segment_value_count, &a, &vector);
}

extern "C" cudaError_t ropec_tmrope_launch(const ropec_tmrope_elem_t* q, const ropec_tmrope_elem_t* k, ropec_tmrope_elem_t* q_out, ropec_tmrope_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count, cudaStream_t stream) {
  using namespace ropec_tmrope;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, segment_table, segment_values, batch, seq, segment_words, segment_value_count, &a, &vector);
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
extern "C" cudaError_t ropec_tmrope_emulate(const ropec_tmrope_elem_t* q, const ropec_tmrope_elem_t* k, ropec_tmrope_elem_t* q_out, ropec_tmrope_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count, int schedule, int* used) {
  using namespace ropec_tmrope;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, segment_table, segment_values, batch, seq, segment_words, segment_value_count, &a, &vector);
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
