// Generated from spec/llama3_1_8b.rope (rope llama3_1_8b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: c5df89508cf22343
// half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions index, sin/cos computed (exact).
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

#include "llama3_1_8b.h"

namespace ropec_llama3_1_8b {

typedef __nv_bfloat16 elem_t;
/** Positions are double on the exact path. */
typedef double pos_t;
constexpr int kHeadDim = 128;
constexpr int kPairs = 64;
constexpr int kComponents = 1;
constexpr int kBlock = 256;
constexpr int64_t kScalarChunks = 64;
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
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t q_heads;
  int64_t k_heads;
  int64_t offset;
};

/** turns_j = ω_j / 2π in double (the exact path reduces p·turns in double). */
// The host copies are unused in nvcc's device pass, hence [[maybe_unused]] (warning 177 under -Werror).
__constant__ double kTurnsDev[kPairs] = { 0.15915494309189535, 0.12965035949611559, 0.10561541722123227, 0.0860361390293651, 0.0700865215877985, 0.05709368834647943, 0.04650950247147672, 0.03788744225135849, 0.03086376340470123, 0.02514215357114057, 0.020481231595318977, 0.016684364228154013, 0.013591370636193905, 0.011071764751975344, 0.009019250376164549, 0.007347236792890765, 0.005985185712713705, 0.004875635429408551, 0.00397177664679776, 0.003235477705510414, 0.002635675898667414, 0.002147067009914811, 0.0017490377885214458, 0.0014247963251959085, 0.001160663641240061, 0.0009454966048648434, 0.0007702178288757531, 0.0006274327172257595, 0.0005111175045375439, 0.00034482044656994137, 0.0002183436427051612, 0.00013635622236712498, 0.00008353186088483344, 0.00004976675604756722, 0.000028410400782549178, 0.000015209184333693164, 0.00001238966367112742, 0.000010092833548186743, 0.000008221796146798418, 0.0000066976168344373256, 0.000005455994099100361, 0.000004444546820946767, 0.0000036206044370255546, 0.0000029494067713784897, 0.000002402637585618108, 0.00000195722998395599, 0.0000015943932755513179, 0.0000012988202398090903, 0.0000010580413510301752, 8.618987186820426e-7, 7.021175500772659e-7, 5.719570564860764e-7, 4.65926075239419e-7, 3.795514105931718e-7, 3.0918912020375924e-7, 2.518707858389251e-7, 2.051782828493793e-7, 1.671417652221971e-7, 1.3615656244720623e-7, 1.1091548227215902e-7, 9.035366336041081e-8, 7.360365131546329e-8, 5.995880283634433e-8, 4.884347411189276e-8 };
[[maybe_unused]] static const double kTurnsHost[kPairs] = { 0.15915494309189535, 0.12965035949611559, 0.10561541722123227, 0.0860361390293651, 0.0700865215877985, 0.05709368834647943, 0.04650950247147672, 0.03788744225135849, 0.03086376340470123, 0.02514215357114057, 0.020481231595318977, 0.016684364228154013, 0.013591370636193905, 0.011071764751975344, 0.009019250376164549, 0.007347236792890765, 0.005985185712713705, 0.004875635429408551, 0.00397177664679776, 0.003235477705510414, 0.002635675898667414, 0.002147067009914811, 0.0017490377885214458, 0.0014247963251959085, 0.001160663641240061, 0.0009454966048648434, 0.0007702178288757531, 0.0006274327172257595, 0.0005111175045375439, 0.00034482044656994137, 0.0002183436427051612, 0.00013635622236712498, 0.00008353186088483344, 0.00004976675604756722, 0.000028410400782549178, 0.000015209184333693164, 0.00001238966367112742, 0.000010092833548186743, 0.000008221796146798418, 0.0000066976168344373256, 0.000005455994099100361, 0.000004444546820946767, 0.0000036206044370255546, 0.0000029494067713784897, 0.000002402637585618108, 0.00000195722998395599, 0.0000015943932755513179, 0.0000012988202398090903, 0.0000010580413510301752, 8.618987186820426e-7, 7.021175500772659e-7, 5.719570564860764e-7, 4.65926075239419e-7, 3.795514105931718e-7, 3.0918912020375924e-7, 2.518707858389251e-7, 2.051782828493793e-7, 1.671417652221971e-7, 1.3615656244720623e-7, 1.1091548227215902e-7, 9.035366336041081e-8, 7.360365131546329e-8, 5.995880283634433e-8, 4.884347411189276e-8 };
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

/** One unpacked sequence: the token index is the position in the sequence. */
__host__ __device__ inline Token locate(const Args&, int64_t flat) { return Token{flat, 0, flat}; }

/** The position vector of a token (index). */
__host__ __device__ inline void token_position(const Args& a, const Token& t, pos_t (&pos)[kComponents]) {
  pos[0] = static_cast<pos_t>(t.s + a.offset);
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
  ropec_rotate_heads<kN, kVector, kAdjacent>(a.q_in, a.q_out, tok.flat * static_cast<int64_t>(32) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(32), lane_a, lane_b, c, s);
  ropec_rotate_heads<kN, kVector, kAdjacent>(a.k_in, a.k_out, tok.flat * static_cast<int64_t>(8) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(8), lane_a, lane_b, c, s);
}

template <int kN, bool kVector>
__host__ __device__ inline void copy_chunk(const Args& a, const Token& tok, int lane) {
  ropec_copy_heads<kN, kVector>(a.q_in, a.q_out, tok.flat * static_cast<int64_t>(32) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(32), lane);
  ropec_copy_heads<kN, kVector>(a.k_in, a.k_out, tok.flat * static_cast<int64_t>(8) * kHeadDim, static_cast<int64_t>(kHeadDim), static_cast<int64_t>(8), lane);
}

/** The work of one thread with the scalar plan (64 chunks per token). */
__host__ __device__ inline void work_scalar(const Args& a, int64_t flat, int chunk) {
  const Token tok = locate(a, flat);
  if (chunk < 64) return rotate_chunk<1, false, false>(a, tok, chunk, chunk, 64 + chunk);
}

/** The work of one thread with the 16-byte vector plan (8 chunks per token). */
__host__ __device__ inline void work_vector(const Args& a, int64_t flat, int chunk) {
  const Token tok = locate(a, flat);
  if (chunk < 8) return rotate_chunk<8, true, false>(a, tok, chunk * 8, chunk * 8, 64 + chunk * 8);
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
static cudaError_t prepare(ropec_llama3_1_8b_elem_t* q, ropec_llama3_1_8b_elem_t* k, int64_t tokens, int64_t offset, Args* a, bool* vector) {
  last_error = "";
  if (q == NULL || !ropec_aligned(q, sizeof(*q))) return refuse("q: NULL or not aligned to its element size (2 bytes)");
  if (k == NULL || !ropec_aligned(k, sizeof(*k))) return refuse("k: NULL or not aligned to its element size (2 bytes)");
  if (tokens <= 0) return refuse("tokens: must be at least 1");
  const int64_t n_tokens = tokens;
  if (32 > INT64_MAX / kHeadDim / n_tokens) return refuse("q: tokens · heads · head_dim overflows int64 element offsets");
  if (8 > INT64_MAX / kHeadDim / n_tokens) return refuse("k: tokens · heads · head_dim overflows int64 element offsets");
  if (n_tokens > (static_cast<int64_t>(INT32_MAX) * kBlock) / (kScalarChunks > kVectorChunks ? kScalarChunks : kVectorChunks)) return refuse("tokens: too many for one launch (blocks must fit the 32-bit grid)");
  a->q_in = q;
  a->k_in = k;
  a->q_out = q;
  a->k_out = k;
  a->tokens = n_tokens;
  a->batch = 1;
  a->seq = tokens;
  a->q_heads = 32;
  a->k_heads = 8;
  a->offset = offset;
  *vector = ropec_aligned16(q) && ropec_aligned16(k);
  return cudaSuccess;
}

}  // namespace ropec_llama3_1_8b

extern "C" const char* ropec_llama3_1_8b_last_error(void) {
  return ropec_llama3_1_8b::last_error;
}

extern "C" cudaError_t ropec_llama3_1_8b_check(ropec_llama3_1_8b_elem_t* q, ropec_llama3_1_8b_elem_t* k, int64_t tokens, int64_t offset) {
  ropec_llama3_1_8b::Args a;
  bool vector = false;
  return ropec_llama3_1_8b::prepare(q, k, tokens, offset, &a, &vector);
}

extern "C" cudaError_t ropec_llama3_1_8b_launch(ropec_llama3_1_8b_elem_t* q, ropec_llama3_1_8b_elem_t* k, int64_t tokens, int64_t offset, cudaStream_t stream) {
  using namespace ropec_llama3_1_8b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, tokens, offset, &a, &vector);
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

#ifdef ROPEC_HOST_EMULATION
// Runs the same per-thread function over the whole launch grid on the CPU (tests without a GPU).
extern "C" cudaError_t ropec_llama3_1_8b_emulate(ropec_llama3_1_8b_elem_t* q, ropec_llama3_1_8b_elem_t* k, int64_t tokens, int64_t offset, int* used_vector) {
  using namespace ropec_llama3_1_8b;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, tokens, offset, &a, &vector);
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
