// Generated from spec/tmrope.rope (rope tmrope) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 94ea13f7389ca393
// half forward rotation of 64 lanes, f32 [batch, seq, heads, dim], out of place, positions timeline, sin/cos computed (exact).
// One thread = one (token, chunk): sin/cos once per pair of the chunk, reused by every head of q
// and k. Element offsets are 64-bit throughout. See docs/cuda.md.
// ---- ropec CUDA prelude: storage conversions and head loops shared by every spec. Guarded so
// several generated kernels can share one translation unit.
#ifndef ROPEC_CUDA_PRELUDE_V1
#define ROPEC_CUDA_PRELUDE_V1
#include <cuda_runtime.h>
#include <cuda_fp16.h>
#include <cuda_bf16.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

// Unrolling hint for device code only (the host compiler would warn about an unknown pragma).
#ifdef __CUDA_ARCH__
#define ROPEC_UNROLL _Pragma("unroll")
#else
#define ROPEC_UNROLL
#endif

// Storage ↔ f32. Arithmetic is always f32; f16/bf16 round to nearest even on store.
__host__ __device__ inline float ropec_to_float(float x) { return x; }
__host__ __device__ inline float ropec_to_float(__half x) { return __half2float(x); }
__host__ __device__ inline float ropec_to_float(__nv_bfloat16 x) { return __bfloat162float(x); }
__host__ __device__ inline void ropec_from_float(float v, float* p) { *p = v; }
__host__ __device__ inline void ropec_from_float(float v, __half* p) { *p = __float2half_rn(v); }
__host__ __device__ inline void ropec_from_float(float v, __nv_bfloat16* p) { *p = __float2bfloat16_rn(v); }

// 16 bytes of storage ↔ f32 lanes. Only the raw 16-byte load/store differs between the device
// (one vector instruction) and the host (memcpy, for the CPU emulation used in tests); the
// unpacking below is the same code on both.
struct ropec_raw16 { uint32_t w[4]; };

__host__ __device__ inline ropec_raw16 ropec_load_raw16(const void* p) {
  ropec_raw16 r;
#ifdef __CUDA_ARCH__
  const uint4 v = *static_cast<const uint4*>(p);
  r.w[0] = v.x; r.w[1] = v.y; r.w[2] = v.z; r.w[3] = v.w;
#else
  memcpy(r.w, p, 16);
#endif
  return r;
}

__host__ __device__ inline void ropec_store_raw16(void* p, const ropec_raw16& r) {
#ifdef __CUDA_ARCH__
  *static_cast<uint4*>(p) = make_uint4(r.w[0], r.w[1], r.w[2], r.w[3]);
#else
  memcpy(p, r.w, 16);
#endif
}

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
__host__ __device__ inline float ropec_bits_to_float(uint32_t bits, const float*) { return ropec_as_float(bits); }
__host__ __device__ inline float ropec_bits_to_float(uint32_t bits, const __half*) {
  return __half2float(__ushort_as_half(static_cast<unsigned short>(bits)));
}
__host__ __device__ inline float ropec_bits_to_float(uint32_t bits, const __nv_bfloat16*) { return ropec_as_float(bits << 16); }
__host__ __device__ inline uint32_t ropec_float_to_bits(float v, const float*) { return ropec_as_uint(v); }
__host__ __device__ inline uint32_t ropec_float_to_bits(float v, const __half*) { return __half_as_ushort(__float2half_rn(v)); }
__host__ __device__ inline uint32_t ropec_float_to_bits(float v, const __nv_bfloat16*) {
  return __bfloat16_as_ushort(__float2bfloat16_rn(v));
}

/** Loads kN consecutive lanes; kVector: kN · sizeof(T) == 16 and p is 16-byte aligned. */
template <int kN, bool kVector, typename T>
__host__ __device__ inline void ropec_load(const T* p, float (&v)[kN]) {
  if constexpr (kVector) {
    static_assert(kN * sizeof(T) == 16, "a vector chunk is 16 bytes");
    const ropec_raw16 r = ropec_load_raw16(p);
    constexpr int kPerWord = 4 / static_cast<int>(sizeof(T));
ROPEC_UNROLL
    for (int i = 0; i < kN; ++i) {
      const uint32_t word = r.w[i / kPerWord];
      const uint32_t bits = kPerWord == 1 ? word : (word >> (16 * (i % kPerWord))) & 0xffffu;
      v[i] = ropec_bits_to_float(bits, p);
    }
  } else {
ROPEC_UNROLL
    for (int i = 0; i < kN; ++i) v[i] = ropec_to_float(p[i]);
  }
}

template <int kN, bool kVector, typename T>
__host__ __device__ inline void ropec_store(T* p, const float (&v)[kN]) {
  if constexpr (kVector) {
    static_assert(kN * sizeof(T) == 16, "a vector chunk is 16 bytes");
    constexpr int kPerWord = 4 / static_cast<int>(sizeof(T));
    ropec_raw16 r = { { 0u, 0u, 0u, 0u } };
ROPEC_UNROLL
    for (int i = 0; i < kN; ++i) r.w[i / kPerWord] |= ropec_float_to_bits(v[i], p) << (kPerWord == 1 ? 0 : 16 * (i % kPerWord));
    ropec_store_raw16(p, r);
  } else {
ROPEC_UNROLL
    for (int i = 0; i < kN; ++i) ropec_from_float(v[i], p + i);
  }
}

/**
 * Rotates kN pairs in every head of one tensor. Split chunks (half style, or scalar) read kN lanes
 * at laneA and kN at laneB; adjacent chunks (interleaved) read 2·kN lanes at laneA as (a, b) pairs.
 */
template <int kN, bool kVector, bool kAdjacent, typename T>
__host__ __device__ inline void ropec_rotate_heads(const T* in, T* out, int64_t base, int64_t head_stride, int64_t heads,
                                                   int lane_a, int lane_b, const float (&c)[kN], const float (&s)[kN]) {
  for (int64_t h = 0; h < heads; ++h) {
    const int64_t o = base + h * head_stride;
    if constexpr (kAdjacent) {
      float v[2 * kN];
      ropec_load<2 * kN, kVector>(in + o + lane_a, v);
ROPEC_UNROLL
      for (int i = 0; i < kN; ++i) {
        const float a = v[2 * i];
        const float b = v[2 * i + 1];
        v[2 * i] = a * c[i] - b * s[i];
        v[2 * i + 1] = b * c[i] + a * s[i];
      }
      ropec_store<2 * kN, kVector>(out + o + lane_a, v);
    } else {
      float x[kN];
      float y[kN];
      ropec_load<kN, kVector>(in + o + lane_a, x);
      ropec_load<kN, kVector>(in + o + lane_b, y);
ROPEC_UNROLL
      for (int i = 0; i < kN; ++i) {
        const float a = x[i];
        const float b = y[i];
        x[i] = a * c[i] - b * s[i];
        y[i] = b * c[i] + a * s[i];
      }
      ropec_store<kN, kVector>(out + o + lane_a, x);
      ropec_store<kN, kVector>(out + o + lane_b, y);
    }
  }
}

/** Copies kN identity lanes of every head (out-of-place kernels only). */
template <int kN, bool kVector, typename T>
__host__ __device__ inline void ropec_copy_heads(const T* in, T* out, int64_t base, int64_t head_stride, int64_t heads, int lane) {
  for (int64_t h = 0; h < heads; ++h) {
    const int64_t o = base + h * head_stride + lane;
    float v[kN];
    ropec_load<kN, kVector>(in + o, v);
    ropec_store<kN, kVector>(out + o, v);
  }
}

/** Turns t (angle / 2π, already reduced to about [−½, ½]) → sin, cos in f32 on the accurate path. */
__host__ __device__ inline void ropec_sincos_turns(double t, float* s, float* c) {
  sincosf(static_cast<float>(t * 6.283185307179586), s, c);
}

/** The fast path: __sincosf on the device (its error is about 2^-21.4 on [−π, π]), sincosf on the host. */
__host__ __device__ inline void ropec_sincos_turns_fast(float t, float* s, float* c) {
#ifdef __CUDA_ARCH__
  __sincosf(t * 6.2831855f, s, c);
#else
  sincosf(t * 6.2831855f, s, c);
#endif
}

/** 16-byte alignment of a pointer (the vector path's precondition). */
inline bool ropec_aligned16(const void* p) { return (reinterpret_cast<uintptr_t>(p) & 15u) == 0; }
/** Alignment to the element size (anything less is rejected). */
inline bool ropec_aligned(const void* p, size_t bytes) { return (reinterpret_cast<uintptr_t>(p) % bytes) == 0; }
#endif  // ROPEC_CUDA_PRELUDE_V1

#include "tmrope.h"

namespace ropec_tmrope {

typedef float elem_t;
/** Positions are double on the exact path. */
typedef double pos_t;
constexpr int kHeadDim = 64;
constexpr int kPairs = 32;
constexpr int kComponents = 1;
constexpr int kBlock = 256;
constexpr int64_t kScalarChunks = 32;
constexpr int64_t kVectorChunks = 8;
/** Attention factor m and direction: c·m, ±s·m. */
constexpr float kCosScale = 1.0f;
constexpr float kSinScale = 1.0f;


/** Kernel arguments, by value. */
struct Args {
  const elem_t* q_in;
  elem_t* q_out;
  const elem_t* k_in;
  elem_t* k_out;
  const int32_t* segment_table;
  const float* segment_values;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t q_heads;
  int64_t k_heads;
  int64_t segment_words;
  int64_t segment_value_count;
};

/** turns_j = ω_j / 2π in double (the exact path reduces p·turns in double). */
// The host copies are unused in nvcc's device pass, hence [[maybe_unused]] (warning 177 under -Werror).
__constant__ double kTurnsDev[kPairs] = { 0.15915494309189535, 0.11934937021124886, 0.08949940160889101, 0.06711508300522726, 0.050329212104487035, 0.03774158471741977, 0.028302195830623395, 0.02122365276477766, 0.015915494309189534, 0.011934937021124886, 0.0089499401608891, 0.006711508300522725, 0.005032921210448704, 0.0037741584717419768, 0.00283021958306234, 0.0021223652764777662, 0.0015915494309189536, 0.0011934937021124885, 0.0008949940160889102, 0.0006711508300522726, 0.0005032921210448703, 0.00037741584717419774, 0.00028302195830623395, 0.0002122365276477766, 0.00015915494309189535, 0.00011934937021124885, 0.00008949940160889102, 0.00006711508300522725, 0.000050329212104487035, 0.00003774158471741978, 0.0000283021958306234, 0.00002122365276477766 };
[[maybe_unused]] static const double kTurnsHost[kPairs] = { 0.15915494309189535, 0.11934937021124886, 0.08949940160889101, 0.06711508300522726, 0.050329212104487035, 0.03774158471741977, 0.028302195830623395, 0.02122365276477766, 0.015915494309189534, 0.011934937021124886, 0.0089499401608891, 0.006711508300522725, 0.005032921210448704, 0.0037741584717419768, 0.00283021958306234, 0.0021223652764777662, 0.0015915494309189536, 0.0011934937021124885, 0.0008949940160889102, 0.0006711508300522726, 0.0005032921210448703, 0.00037741584717419774, 0.00028302195830623395, 0.0002122365276477766, 0.00015915494309189535, 0.00011934937021124885, 0.00008949940160889102, 0.00006711508300522725, 0.000050329212104487035, 0.00003774158471741978, 0.0000283021958306234, 0.00002122365276477766 };
__host__ __device__ inline double turns(const Args&, int j) {
#ifdef __CUDA_ARCH__
  return kTurnsDev[j];
#else
  return kTurnsHost[j];
#endif
}


/** Pair j's position component (which axis drives it). */
__host__ __device__ inline pos_t pair_position(const pos_t (&pos)[kComponents], int) { return pos[0]; }

struct Token {
  int64_t flat;  // index over all tokens
  int64_t b;     // sequence
  int64_t s;     // position within the sequence
};

/** Equal-length sequences: token = b·seq + s. */
__host__ __device__ inline Token locate(const Args& a, int64_t flat) {
  const int64_t b = flat / a.seq;
  return Token{flat, b, flat - b * a.seq};
}

// ---- Positions from a segment table (ropec docs/positions.md, "The binary segment table").
// segment_table = [row header: batch + 1 words | 8-word records [kind | v << 4, start, …]];
// segment_values = frame times and grid temporal scales. Every read is clamped to the arrays'
// lengths, so no table makes the kernel read out of bounds; ropec_tmrope_check_segments rejects
// malformed tables on the host (the emulation runs it before every launch).
__host__ __device__ inline int32_t seg_word(const Args& a, int64_t i) {
  return i >= 0 && i < a.segment_words ? a.segment_table[i] : 0;
}

__host__ __device__ inline float seg_value(const Args& a, int64_t i) {
  return i >= 0 && i < a.segment_value_count ? a.segment_values[i] : 0.0f;
}

__host__ __device__ inline float seg_bits_to_float(int32_t w) {
#ifdef __CUDA_ARCH__
  return __int_as_float(w);
#else
  float f;
  memcpy(&f, &w, 4);
  return f;
#endif
}

/** One f32 multiply, rounded once (never contracted or widened). */
__host__ __device__ inline float seg_mul(float x, float y) {
#ifdef __CUDA_ARCH__
  return __fmul_rn(x, y);
#else
  return x * y;
#endif
}

/** t(f) = trunc(f32(f32(f·a)·b)) (Qwen2.5-VL's float32 temporal index); f when a = b = 1. */
__host__ __device__ inline int64_t seg_time(const Args& a, int64_t f, int64_t v) {
  const float x = seg_value(a, v);
  const float y = seg_value(a, v + 1);
  if (x == 1.0f && y == 1.0f) return f;
  return static_cast<int64_t>(truncf(seg_mul(seg_mul(static_cast<float>(f), x), y)));
}

template <int N>
__host__ __device__ inline void seg_all(pos_t (&pos)[N], pos_t value) {
  for (int c = 0; c < N; ++c) pos[c] = value;
}

__host__ __device__ inline void seg_grid(pos_t (&pos)[1], pos_t t, pos_t, pos_t) { pos[0] = t; }
__host__ __device__ inline void seg_grid(pos_t (&pos)[3], pos_t t, pos_t h, pos_t w) {
  pos[0] = t;
  pos[1] = h;
  pos[2] = w;
}

/** The position vector of token t from the segment table. */
__host__ __device__ inline void token_position(const Args& a, const Token& t, pos_t (&pos)[kComponents]) {
  const int64_t header = a.batch + 1;
  int64_t lo = seg_word(a, t.b);
  const int64_t end = seg_word(a, t.b + 1);
  if (end <= lo) {
    seg_all(pos, static_cast<pos_t>(0));
    return;
  }
  // The last record of the row whose start is ≤ the token's index (binary search).
  int64_t hi = end - 1;
  while (lo < hi) {
    const int64_t mid = hi - (hi - lo) / 2;
    if (seg_word(a, header + 8 * mid + 1) <= t.s) lo = mid;
    else hi = mid - 1;
  }
  const int64_t w = header + 8 * lo;
  const int32_t kind_word = seg_word(a, w);
  const int64_t v = static_cast<int64_t>(static_cast<uint32_t>(kind_word) >> 4);
  const int64_t d = t.s - seg_word(a, w + 1);
  switch (kind_word & 15) {
    case 0:
      seg_all(pos, static_cast<pos_t>(seg_word(a, w + 2) + d));
      return;
    case 1: {
      // whole + fraction is the float32 value (exact in either position type).
      const float frac = seg_bits_to_float(seg_word(a, w + 3));
      seg_all(pos, static_cast<pos_t>(seg_word(a, w + 2)) + static_cast<pos_t>(frac));
      return;
    }
    case 2: {
      const int64_t H = seg_word(a, w + 5) > 0 ? seg_word(a, w + 5) : 1;
      const int64_t W = seg_word(a, w + 6) > 0 ? seg_word(a, w + 6) : 1;
      const int64_t k = seg_word(a, w + 7) + d;
      const int64_t f = k / (H * W);
      const int64_t r = k - f * H * W;
      const int64_t h = r / W;
      seg_grid(pos, static_cast<pos_t>(seg_word(a, w + 2) + seg_time(a, f, v)), static_cast<pos_t>(seg_word(a, w + 3) + h),
               static_cast<pos_t>(seg_word(a, w + 4) + (r - h * W)));
      return;
    }
    default: {
      const int64_t n = seg_word(a, w + 2);
      const int64_t ppf = seg_word(a, w + 3) > 0 ? seg_word(a, w + 3) : 1;
      int64_t frame = (seg_word(a, w + 4) + d) / ppf;
      if (frame > n - 1) frame = n - 1;
      if (frame < 0) frame = 0;
      seg_all(pos, n <= 0 ? static_cast<pos_t>(0) : static_cast<pos_t>(seg_value(a, v + frame)));
      return;
    }
  }
}

/** cos, sin of p·ω_j: p·turns reduced in double (exact for |p·turns| < 2^52), then sincosf on [−π, π]. */
__host__ __device__ inline void pair_sincos(const Args& a, pos_t p, int j, float* c, float* s) {
  double t = static_cast<double>(p) * turns(a, j);
  t -= rint(t);
  ropec_sincos_turns(t, s, c);
}

template <int kN, bool kVector, bool kAdjacent>
__host__ __device__ inline void rotate_chunk(const Args& a, const Token& tok, int j0, int lane_a, int lane_b) {
  pos_t pos[kComponents];
  token_position(a, tok, pos);
  float c[kN];
  float s[kN];
ROPEC_UNROLL
  for (int i = 0; i < kN; ++i) {
    pair_sincos(a, pair_position(pos, j0 + i), j0 + i, &c[i], &s[i]);
    c[i] *= kCosScale;
    s[i] *= kSinScale;
  }
  ropec_rotate_heads<kN, kVector, kAdjacent>(a.q_in, a.q_out, tok.flat * static_cast<int64_t>(1) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(1), lane_a, lane_b, c, s);
  ropec_rotate_heads<kN, kVector, kAdjacent>(a.k_in, a.k_out, tok.flat * static_cast<int64_t>(1) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(1), lane_a, lane_b, c, s);
}

template <int kN, bool kVector>
__host__ __device__ inline void copy_chunk(const Args& a, const Token& tok, int lane) {
  ropec_copy_heads<kN, kVector>(a.q_in, a.q_out, tok.flat * static_cast<int64_t>(1) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(1), lane);
  ropec_copy_heads<kN, kVector>(a.k_in, a.k_out, tok.flat * static_cast<int64_t>(1) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(1), lane);
}

/** The work of one thread with the scalar plan (32 chunks per token). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t flat, int chunk) {
  const Token tok = locate(a, flat);
  if (chunk < 32) return rotate_chunk<1, false, false>(a, tok, chunk, chunk, 32 + chunk);
}

/** The work of one thread with the 16-byte vector plan (8 chunks per token). */
__host__ __device__ inline void work_vector(const Args& a, int64_t flat, int chunk) {
  const Token tok = locate(a, flat);
  if (chunk < 8) return rotate_chunk<4, true, false>(a, tok, chunk * 4, chunk * 4, 32 + chunk * 4);
}

template <bool kVector>
__global__ void __launch_bounds__(kBlock) kernel(const Args a) {
  constexpr int64_t kChunks = kVector ? kVectorChunks : kScalarChunks;
  const int64_t i = static_cast<int64_t>(blockIdx.x) * kBlock + threadIdx.x;
  if (i >= a.tokens * kChunks) return;
  const int64_t flat = i / kChunks;
  const int chunk = static_cast<int>(i - flat * kChunks);
  if constexpr (kVector) {
    work_vector(a, flat, chunk);
  } else {
    work_scalar(a, flat, chunk);
  }
}

/** Why the last check on this host thread failed ("" after a call that passed). */
thread_local const char* last_error = "";

static cudaError_t refuse(const char* why) {
  last_error = why;
  return cudaErrorInvalidValue;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(const ropec_tmrope_elem_t* q, const ropec_tmrope_elem_t* k, ropec_tmrope_elem_t* q_out, ropec_tmrope_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count, Args* a, bool* vector) {
  last_error = "";
  if (q == NULL || !ropec_aligned(q, sizeof(*q))) return refuse("q: NULL or not aligned to its element size (4 bytes)");
  if (k == NULL || !ropec_aligned(k, sizeof(*k))) return refuse("k: NULL or not aligned to its element size (4 bytes)");
  if (q_out == NULL || !ropec_aligned(q_out, sizeof(*q_out))) return refuse("q_out: NULL or not aligned to its element size (4 bytes)");
  if (k_out == NULL || !ropec_aligned(k_out, sizeof(*k_out))) return refuse("k_out: NULL or not aligned to its element size (4 bytes)");
  if (segment_table == NULL || !ropec_aligned(segment_table, sizeof(*segment_table))) return refuse("segment_table: NULL or not aligned to its element size (4 bytes)");
  if (segment_value_count < 0 || (segment_values == NULL && segment_value_count > 0) || !ropec_aligned(segment_values, sizeof(float))) return refuse("segment_values: NULL with segment_value_count > 0, a negative count, or not aligned to 4 bytes");
  if (batch <= 0) return refuse("batch: must be at least 1");
  if (seq <= 0) return refuse("seq: must be at least 1");
  if (segment_words <= 0) return refuse("segment_words: must be at least 1");
  if (batch > INT64_MAX / seq) return refuse("batch, seq: batch · seq overflows int64");
  const int64_t n_tokens = batch * seq;
  if (1 > INT64_MAX / kHeadDim / n_tokens) return refuse("q: tokens · heads · head_dim overflows int64 element offsets");
  if (1 > INT64_MAX / kHeadDim / n_tokens) return refuse("k: tokens · heads · head_dim overflows int64 element offsets");
  if (n_tokens > (static_cast<int64_t>(INT32_MAX) * kBlock) / (kScalarChunks > kVectorChunks ? kScalarChunks : kVectorChunks)) return refuse("tokens: too many for one launch (blocks must fit the 32-bit grid)");
  #ifdef ROPEC_HOST_EMULATION
  if (ropec_tmrope_check_segments(segment_table, segment_words, segment_values, segment_value_count, batch, seq) != cudaSuccess) return refuse("segment_table: malformed for these sizes (ropec_tmrope_check_segments)");
  #endif
  a->q_in = q;
  a->k_in = k;
  a->q_out = q_out;
  a->k_out = k_out;
  a->segment_table = segment_table;
  a->segment_values = segment_values;
  a->tokens = n_tokens;
  a->batch = batch;
  a->seq = seq;
  a->q_heads = 1;
  a->k_heads = 1;
  a->segment_words = segment_words;
  a->segment_value_count = segment_value_count;
  *vector = ropec_aligned16(q) && ropec_aligned16(k) && ropec_aligned16(q_out) && ropec_aligned16(k_out);
  return cudaSuccess;
}

}  // namespace ropec_tmrope

extern "C" const char* ropec_tmrope_last_error(void) {
  return ropec_tmrope::last_error;
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
  const int64_t chunks = vector ? kVectorChunks : kScalarChunks;
  const unsigned blocks = static_cast<unsigned>((a.tokens * chunks + kBlock - 1) / kBlock);
  if (vector) {
    kernel<true><<<blocks, kBlock, 0, stream>>>(a);
    return cudaGetLastError();
  }
  kernel<false><<<blocks, kBlock, 0, stream>>>(a);
  return cudaGetLastError();
}

/**
 * Checks a segment table on the host (host pointers): cudaSuccess, or cudaErrorInvalidValue for a
 * table a kernel could misread (the same checks as ropec's checkEncodedSegments). rows = batch
 * (1 for [tokens, heads, dim]), row_length = seq (tokens), components = 1 for this spec.
 */
extern "C" cudaError_t ropec_tmrope_check_segments(const int32_t* table, int64_t words, const float* values, int64_t count,
                                                     int64_t rows, int64_t row_length) {
  const cudaError_t bad = cudaErrorInvalidValue;
  const int64_t kMax = INT32_MAX;
  if (table == NULL || rows < 1 || row_length < 0 || count < 0 || (count > 0 && values == NULL) || words < rows + 1) return bad;
  const int64_t records = table[rows];
  if (records < 0 || words != rows + 1 + 8 * records || table[0] != 0) return bad;
  for (int64_t b = 0; b < rows; ++b) {
    const int64_t lo = table[b];
    const int64_t hi = table[b + 1];
    if (hi < lo || (row_length > 0) != (hi > lo)) return bad;
    for (int64_t r = lo; r < hi; ++r) {
      const int32_t* s = table + rows + 1 + 8 * r;
      const int64_t kind = s[0] & 15;
      const int64_t v = static_cast<int64_t>(static_cast<uint32_t>(s[0]) >> 4);
      const int64_t start = s[1];
      const int64_t end = r + 1 < hi ? s[9] : row_length;
      if (s[0] < 0 || (kind < 2 && v != 0) || kind > 3) return bad;
      if ((r == lo && start != 0) || start < 0 || end <= start || end > row_length) return bad;
      const int64_t last = end - start - 1;
      if (kind == 0 && static_cast<int64_t>(s[2]) + last > kMax) return bad;
      if (kind == 1) {
        float frac;
        memcpy(&frac, &s[3], 4);
        if (!(frac > -1.0f && frac < 1.0f)) return bad;
      }
      if (kind == 2) {
        if (1 != 3) return bad;
        const int64_t H = s[5], W = s[6], offset = s[7];
        if (H < 1 || W < 1 || H * W > kMax || offset < 0 || offset + last > kMax || v + 1 >= count) return bad;
        const float x = values[v], y = values[v + 1];
        if (!(isfinite(x) && isfinite(y) && x >= 0.0f && y >= 0.0f)) return bad;
        const int64_t f = (offset + last) / (H * W);
        const double t = (x == 1.0f && y == 1.0f) ? static_cast<double>(f) : trunc(static_cast<double>(static_cast<float>(static_cast<float>(f) * x) * y));
        if (static_cast<double>(s[2]) + t > static_cast<double>(kMax) || static_cast<int64_t>(s[3]) + H - 1 > kMax || static_cast<int64_t>(s[4]) + W - 1 > kMax) return bad;
      }
      if (kind == 3) {
        const int64_t n = s[2], ppf = s[3], offset = s[4];
        if (n < 0 || ppf < 1 || offset < 0 || offset + last > kMax || v + n > count) return bad;
        for (int64_t i = v; i < v + n; ++i) {
          if (!(fabsf(values[i]) < 2147483648.0f)) return bad;
        }
      }
    }
  }
  return cudaSuccess;
}

#ifdef ROPEC_HOST_EMULATION
// Runs the same per-thread function over the whole launch grid on the CPU (tests without a GPU).
extern "C" cudaError_t ropec_tmrope_emulate(const ropec_tmrope_elem_t* q, const ropec_tmrope_elem_t* k, ropec_tmrope_elem_t* q_out, ropec_tmrope_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count, int* used_vector) {
  using namespace ropec_tmrope;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, q_out, k_out, segment_table, segment_values, batch, seq, segment_words, segment_value_count, &a, &vector);
  if (used_vector != NULL) *used_vector = vector ? 1 : 0;
  if (status != cudaSuccess) return status;
  const int64_t chunks = vector ? kVectorChunks : kScalarChunks;
  for (int64_t i = 0; i < a.tokens * chunks; ++i) {
    const int64_t flat = i / chunks;
    const int chunk = static_cast<int>(i - flat * chunks);
    if (vector) {
      work_vector(a, flat, chunk);
      continue;
    }
    work_scalar(a, flat, chunk);
  }
  return cudaSuccess;
}
#endif
