// Generated from spec/llama3_1_8b_vllm.rope (rope llama3_1_8b_vllm) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: ef1e4d145213735e
// half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos from the caller's bf16 cache (cos_sin).
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

#include "llama3_1_8b_vllm.h"

namespace ropec_llama3_1_8b_vllm {

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
/** ω_j */
[[maybe_unused]] static const double OMEGA_STATIC[64] = { 1.0, 0.8146172338565447, 0.6636012376960885, 0.540581004635767, 0.44036660267178046, 0.35873022375128993, 0.29222782257301516, 0.23805382048035073, 0.19392274474868576, 0.1579728099090432, 0.12868737343265052, 0.10483095217796996, 0.08539710028576561, 0.06956594961416032, 0.05666962144529105, 0.04616405026546052, 0.03760603093086393, 0.030634520893224042, 0.02495540867055869, 0.020329105980970152, 0.016560440080994446, 0.013490419890226748, 0.010989528534539824, 0.0089522593361944, 0.007292664737217109, 0.005940730375674967, 0.004839421345719893, 0.003942276030116656, 0.003211445994752591, 0.002166570763503359, 0.0013718935677611381, 0.0008567514129196321, 0.0005248461609929547, 0.00031269375038406517, 0.0001785078127679964, 0.00009556212353964683, 0.0000778465527393245, 0.00006341514345777615, 0.00005165906874818956, 0.00004208236768725526, 0.00003428102195952591, 0.000027925911282444468, 0.000022748928601828183, 0.000018531669290821308, 0.00001509621717643313, 0.000012297638677963614, 0.000010017868402809974, 0.000008160728247435943, 0.000006647869871181236, 0.000005415469365499922, 0.000004411534674558404, 0.0000035937121736509995, 0.0000029274998701761677, 0.0000023847918463583033, 0.000001942692537204043, 0.00000158255082089091, 0.0000012891731721515574, 0.0000010501826834601687, 8.554969126443659e-7, 6.969025285511674e-7, 5.677088100759837e-7, 4.6246538050008837e-7, 3.767322690173964e-7, 3.068925988914511e-7 };

/** Kernel arguments, by value. */
struct Args {
  elem_t* q_out;
  elem_t* k_out;
  const int64_t* positions;
  const __nv_bfloat16* cos_sin_cache;
  int64_t tokens;
  int64_t batch;
  int64_t seq;
  int64_t q_token_stride;
  int64_t q_head_stride;
  int64_t k_token_stride;
  int64_t k_head_stride;
  int64_t cache_positions;
};

/** cos and sin of pair j at the position, from the cache (NaN outside it) */
__host__ __device__ inline float2 pair_sincos(const Args& a, double p, int64_t j) {
  if ((p >= 0.0 && p < static_cast<double>(a.cache_positions)) && p == floor(p)) {
    return make_float2(ropec_to_float(a.cos_sin_cache[static_cast<int64_t>(p) * 128 + j]), ropec_to_float(a.cos_sin_cache[(static_cast<int64_t>(p) * 128 + 64) + j]));
  }
  const float none = ropec_as_float(static_cast<uint32_t>(0x7fc00000u | (static_cast<uint32_t>(j) & 0u)));
  return make_float2(none, none);
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_in_q1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki + i);
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
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t o = flat * a.k_token_stride + h0 * a.k_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float xa = ropec_to_float(a.k_out[(o + ki) + i]);
    const float xb = ropec_to_float(a.k_out[(o + (64 + ki)) + i]);
    const float ci = c0[i];
    const float si = s0[i];
    a.k_out[(o + ki) + i] = ropec_to_bf16(xa * ci - xb * si);
    a.k_out[(o + (64 + ki)) + i] = ropec_to_bf16(xb * ci + xa * si);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
__host__ __device__ inline void item_scalar_in_q4_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki + i);
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
  float c0[1];
  float s0[1];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki + i);
    c0[i] = cs0.x;
    s0[i] = cs0.y;
  }
  const int64_t oh0 = flat * a.k_token_stride + h0 * a.k_head_stride;
  const int64_t oh1 = flat * a.k_token_stride + (h0 + 1) * a.k_head_stride;
  const int64_t oh2 = flat * a.k_token_stride + (h0 + 2) * a.k_head_stride;
  const int64_t oh3 = flat * a.k_token_stride + (h0 + 3) * a.k_head_stride;
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h0_xa = ropec_to_float(a.k_out[(oh0 + ki) + i]);
    const float h0_xb = ropec_to_float(a.k_out[(oh0 + (64 + ki)) + i]);
    const float h0_ci = c0[i];
    const float h0_si = s0[i];
    a.k_out[(oh0 + ki) + i] = ropec_to_bf16(h0_xa * h0_ci - h0_xb * h0_si);
    a.k_out[(oh0 + (64 + ki)) + i] = ropec_to_bf16(h0_xb * h0_ci + h0_xa * h0_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h1_xa = ropec_to_float(a.k_out[(oh1 + ki) + i]);
    const float h1_xb = ropec_to_float(a.k_out[(oh1 + (64 + ki)) + i]);
    const float h1_ci = c0[i];
    const float h1_si = s0[i];
    a.k_out[(oh1 + ki) + i] = ropec_to_bf16(h1_xa * h1_ci - h1_xb * h1_si);
    a.k_out[(oh1 + (64 + ki)) + i] = ropec_to_bf16(h1_xb * h1_ci + h1_xa * h1_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h2_xa = ropec_to_float(a.k_out[(oh2 + ki) + i]);
    const float h2_xb = ropec_to_float(a.k_out[(oh2 + (64 + ki)) + i]);
    const float h2_ci = c0[i];
    const float h2_si = s0[i];
    a.k_out[(oh2 + ki) + i] = ropec_to_bf16(h2_xa * h2_ci - h2_xb * h2_si);
    a.k_out[(oh2 + (64 + ki)) + i] = ropec_to_bf16(h2_xb * h2_ci + h2_xa * h2_si);
  }
  ROPEC_UNROLL
  for (int64_t i = 0; i < 1; ++i) {
    const float h3_xa = ropec_to_float(a.k_out[(oh3 + ki) + i]);
    const float h3_xb = ropec_to_float(a.k_out[(oh3 + (64 + ki)) + i]);
    const float h3_ci = c0[i];
    const float h3_si = s0[i];
    a.k_out[(oh3 + ki) + i] = ropec_to_bf16(h3_xa * h3_ci - h3_xb * h3_si);
    a.k_out[(oh3 + (64 + ki)) + i] = ropec_to_bf16(h3_xb * h3_ci + h3_xa * h3_si);
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_q1_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki * 8 + i);
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
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki * 8 + i);
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
  ropec_store_vec4u(a.k_out + o + ki * 8, make_uint4(ropec_bf16_bits(ya0) | (ropec_bf16_bits(ya1) << 16u), ropec_bf16_bits(ya2) | (ropec_bf16_bits(ya3) << 16u), ropec_bf16_bits(ya4) | (ropec_bf16_bits(ya5) << 16u), ropec_bf16_bits(ya6) | (ropec_bf16_bits(ya7) << 16u)));
  ropec_store_vec4u(a.k_out + o + (64 + ki * 8), make_uint4(ropec_bf16_bits(yb0) | (ropec_bf16_bits(yb1) << 16u), ropec_bf16_bits(yb2) | (ropec_bf16_bits(yb3) << 16u), ropec_bf16_bits(yb4) | (ropec_bf16_bits(yb5) << 16u), ropec_bf16_bits(yb6) | (ropec_bf16_bits(yb7) << 16u)));
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
__host__ __device__ inline void item_vector_in_q4_0(const Args& a, int64_t flat, int64_t ki, int64_t h0) {
  const double pos0 = static_cast<double>(a.positions[flat]);
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki * 8 + i);
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
  float c0[8];
  float s0[8];
  ROPEC_UNROLL
  for (int64_t i = 0; i < 8; ++i) {
    const float2 cs0 = pair_sincos(a, pos0, ki * 8 + i);
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
  ropec_store_vec4u(a.k_out + oh0 + ki * 8, make_uint4(ropec_bf16_bits(h0_ya0) | (ropec_bf16_bits(h0_ya1) << 16u), ropec_bf16_bits(h0_ya2) | (ropec_bf16_bits(h0_ya3) << 16u), ropec_bf16_bits(h0_ya4) | (ropec_bf16_bits(h0_ya5) << 16u), ropec_bf16_bits(h0_ya6) | (ropec_bf16_bits(h0_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh0 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h0_yb0) | (ropec_bf16_bits(h0_yb1) << 16u), ropec_bf16_bits(h0_yb2) | (ropec_bf16_bits(h0_yb3) << 16u), ropec_bf16_bits(h0_yb4) | (ropec_bf16_bits(h0_yb5) << 16u), ropec_bf16_bits(h0_yb6) | (ropec_bf16_bits(h0_yb7) << 16u)));
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
  ropec_store_vec4u(a.k_out + oh1 + ki * 8, make_uint4(ropec_bf16_bits(h1_ya0) | (ropec_bf16_bits(h1_ya1) << 16u), ropec_bf16_bits(h1_ya2) | (ropec_bf16_bits(h1_ya3) << 16u), ropec_bf16_bits(h1_ya4) | (ropec_bf16_bits(h1_ya5) << 16u), ropec_bf16_bits(h1_ya6) | (ropec_bf16_bits(h1_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh1 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h1_yb0) | (ropec_bf16_bits(h1_yb1) << 16u), ropec_bf16_bits(h1_yb2) | (ropec_bf16_bits(h1_yb3) << 16u), ropec_bf16_bits(h1_yb4) | (ropec_bf16_bits(h1_yb5) << 16u), ropec_bf16_bits(h1_yb6) | (ropec_bf16_bits(h1_yb7) << 16u)));
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
  ropec_store_vec4u(a.k_out + oh2 + ki * 8, make_uint4(ropec_bf16_bits(h2_ya0) | (ropec_bf16_bits(h2_ya1) << 16u), ropec_bf16_bits(h2_ya2) | (ropec_bf16_bits(h2_ya3) << 16u), ropec_bf16_bits(h2_ya4) | (ropec_bf16_bits(h2_ya5) << 16u), ropec_bf16_bits(h2_ya6) | (ropec_bf16_bits(h2_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh2 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h2_yb0) | (ropec_bf16_bits(h2_yb1) << 16u), ropec_bf16_bits(h2_yb2) | (ropec_bf16_bits(h2_yb3) << 16u), ropec_bf16_bits(h2_yb4) | (ropec_bf16_bits(h2_yb5) << 16u), ropec_bf16_bits(h2_yb6) | (ropec_bf16_bits(h2_yb7) << 16u)));
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
  ropec_store_vec4u(a.k_out + oh3 + ki * 8, make_uint4(ropec_bf16_bits(h3_ya0) | (ropec_bf16_bits(h3_ya1) << 16u), ropec_bf16_bits(h3_ya2) | (ropec_bf16_bits(h3_ya3) << 16u), ropec_bf16_bits(h3_ya4) | (ropec_bf16_bits(h3_ya5) << 16u), ropec_bf16_bits(h3_ya6) | (ropec_bf16_bits(h3_ya7) << 16u)));
  ropec_store_vec4u(a.k_out + oh3 + (64 + ki * 8), make_uint4(ropec_bf16_bits(h3_yb0) | (ropec_bf16_bits(h3_yb1) << 16u), ropec_bf16_bits(h3_yb2) | (ropec_bf16_bits(h3_yb3) << 16u), ropec_bf16_bits(h3_yb4) | (ropec_bf16_bits(h3_yb5) << 16u), ropec_bf16_bits(h3_yb6) | (ropec_bf16_bits(h3_yb7) << 16u)));
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

/** Refuses a call: the message of the failed check (docs/checks.md) is kept for ropec_llama3_1_8b_vllm_last_error(). */
[[gnu::format(printf, 1, 2)]] static cudaError_t ropec_refuse(const char* format, ...) {
  va_list values;
  va_start(values, format);
  vsnprintf(last_error, sizeof last_error, format, values);
  va_end(values);
  return cudaErrorInvalidValue;
}

/** sincos cache: every entry of positions [tokens] is a row of the cache, in [0, cache_positions) */
static cudaError_t check_positions(const int64_t* positions, int64_t tokens, int64_t cache_positions) {
  if (!(tokens == 0 || (positions != NULL && ropec_aligned(positions, sizeof(*positions))))) {
    return ropec_refuse("positions: NULL or not aligned to its element size (8 bytes)");
  }
  if (!(tokens >= 0)) {
    return ropec_refuse("tokens: expected a whole number ≥ 0, got %lld", static_cast<long long>(tokens));
  }
  if (!(cache_positions >= 0)) {
    return ropec_refuse("cache_positions: expected a whole number ≥ 0, got %lld", static_cast<long long>(cache_positions));
  }
  for (int64_t i = 0; i < 1 * tokens; ++i) {
    if (!((true && positions[i] >= 0.0) && positions[i] < static_cast<double>(cache_positions))) {
      return ropec_refuse("positions: entry %lld (component %lld of token %lld) is %.9g, outside the cache's rows [0, %lld)", static_cast<long long>(i), static_cast<long long>(0), static_cast<long long>(i), static_cast<double>(positions[i]), static_cast<long long>(cache_positions));
    }
  }
  return cudaSuccess;
}

/** Validates the arguments (host only, no GPU needed) and fills the kernel arguments. */
static cudaError_t prepare(ropec_llama3_1_8b_vllm_elem_t* q, ropec_llama3_1_8b_vllm_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t cache_positions, Args* a, bool* vector) {
  last_error[0] = '\0';
  if (!(cos_sin_cache != NULL && ropec_aligned(cos_sin_cache, sizeof(*cos_sin_cache)))) {
    return ropec_refuse("cos_sin_cache: NULL or not aligned to its element size (2 bytes)");
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
  if (!(cache_positions >= 0)) {
    return ropec_refuse("cache_positions: expected a whole number ≥ 0, got %lld", static_cast<long long>(cache_positions));
  }
  const int64_t n_cache_positions = cache_positions;
  if (ropec_host_memory()) {
    if (const cudaError_t status = check_positions(positions, n_tokens, n_cache_positions); status != cudaSuccess) return status;
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
  if (!(n_tokens <= 8589934588LL / ropec_max((n_q_heads + 3) / 4 + (n_k_heads + 3) / 4, 1))) {
    return ropec_refuse("tokens: %lld tokens need more blocks than one launch holds (2^31 − 1)", static_cast<long long>(n_tokens));
  }
  const int64_t at_q = static_cast<int64_t>(reinterpret_cast<uintptr_t>(q) / sizeof(*q)) * 2;
  const int64_t end_q = at_q + (n_tokens == 0 || n_q_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 128, 1125899906842624LL)) * 2;
  const int64_t at_k = static_cast<int64_t>(reinterpret_cast<uintptr_t>(k) / sizeof(*k)) * 2;
  const int64_t end_k = at_k + (n_tokens == 0 || n_k_heads == 0 ? 0 : ropec_min(((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 128, 1125899906842624LL)) * 2;
  const int64_t at_positions = static_cast<int64_t>(reinterpret_cast<uintptr_t>(positions) / sizeof(*positions)) * 8;
  const int64_t end_positions = at_positions + ropec_min(n_tokens, 1125899906842624LL) * 8;
  const int64_t at_cos_sin_cache = static_cast<int64_t>(reinterpret_cast<uintptr_t>(cos_sin_cache) / sizeof(*cos_sin_cache)) * 2;
  const int64_t end_cos_sin_cache = at_cos_sin_cache + ropec_min(n_cache_positions * 128, 1125899906842624LL) * 2;
  if (!(((at_q == end_q || at_positions == end_positions) || end_q <= at_positions) || end_positions <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_q == end_q || at_cos_sin_cache == end_cos_sin_cache) || end_q <= at_cos_sin_cache) || end_cos_sin_cache <= at_q)) {
    return ropec_refuse("q: its bytes [%lld, %lld) (addresses) overlap cos_sin_cache's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_q), static_cast<long long>(end_q), static_cast<long long>(at_cos_sin_cache), static_cast<long long>(end_cos_sin_cache));
  }
  if (!(((at_k == end_k || at_positions == end_positions) || end_k <= at_positions) || end_positions <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap positions's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_positions), static_cast<long long>(end_positions));
  }
  if (!(((at_k == end_k || at_cos_sin_cache == end_cos_sin_cache) || end_k <= at_cos_sin_cache) || end_cos_sin_cache <= at_k)) {
    return ropec_refuse("k: its bytes [%lld, %lld) (addresses) overlap cos_sin_cache's [%lld, %lld); an array the launch writes must not share memory with another argument", static_cast<long long>(at_k), static_cast<long long>(end_k), static_cast<long long>(at_cos_sin_cache), static_cast<long long>(end_cos_sin_cache));
  }
  a->q_out = q;
  a->k_out = k;
  a->positions = positions;
  a->cos_sin_cache = cos_sin_cache;
  a->tokens = n_tokens;
  a->batch = 1;
  a->seq = tokens;
  a->q_token_stride = q_token_stride;
  a->q_head_stride = q_head_stride;
  a->k_token_stride = k_token_stride;
  a->k_head_stride = k_head_stride;
  a->cache_positions = cache_positions;
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
  const int64_t grouped_items = vector ? a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 8) : a.tokens * (((q_heads + 3) / 4 + (k_heads + 3) / 4) * 64);
  const int64_t single_items = vector ? a.tokens * ((q_heads + k_heads) * 8) : a.tokens * ((q_heads + k_heads) * 64);
  *grouped = schedule < 0 ? grouped_items >= ROPEC_GROUP_MIN_ITEMS : schedule == 1;
  return *grouped ? grouped_items : single_items;
}

}  // namespace ropec_llama3_1_8b_vllm

extern "C" const char* ropec_llama3_1_8b_vllm_last_error(void) {
  return ropec_llama3_1_8b_vllm::last_error;
}

extern "C" cudaError_t ropec_llama3_1_8b_vllm_check_positions(const int64_t* positions, int64_t tokens, int64_t cache_positions) {
  ropec_llama3_1_8b_vllm::last_error[0] = '\0';
  return ropec_llama3_1_8b_vllm::check_positions(positions, tokens, cache_positions);
}

extern "C" cudaError_t ropec_llama3_1_8b_vllm_check(ropec_llama3_1_8b_vllm_elem_t* q, ropec_llama3_1_8b_vllm_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t cache_positions) {
  ropec_llama3_1_8b_vllm::Args a;
  bool vector = false;
  return ropec_llama3_1_8b_vllm::prepare(q, k, positions, cos_sin_cache, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, cache_positions, &a, &vector);
}

extern "C" cudaError_t ropec_llama3_1_8b_vllm_launch(ropec_llama3_1_8b_vllm_elem_t* q, ropec_llama3_1_8b_vllm_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t cache_positions, cudaStream_t stream) {
  using namespace ropec_llama3_1_8b_vllm;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, cos_sin_cache, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, cache_positions, &a, &vector);
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

/** Fills a host cache of cache_positions rows for llama3_1_8b_vllm (cos and sin of p·ω_j times the attention factor, in double, rounded to bf16). */
extern "C" cudaError_t ropec_llama3_1_8b_vllm_fill_cache(ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t cache_positions) {
  using namespace ropec_llama3_1_8b_vllm;
  if (cos_sin_cache == NULL || cache_positions < 0) return cudaErrorInvalidValue;
  double omega[kPairs];
  for (int32_t j = 0; j < 64; ++j) {
    omega[j] = OMEGA_STATIC[j];
  }
  for (int64_t p = 0; p < cache_positions; ++p) {
    for (int32_t j = 0; j < 64; ++j) {
      const double phi = static_cast<double>(p) * omega[j];
      cos_sin_cache[p * 128 + static_cast<int64_t>(j)] = ropec_to_bf16(static_cast<float>(cos(phi)));
      cos_sin_cache[(p * 128 + 64) + static_cast<int64_t>(j)] = ropec_to_bf16(static_cast<float>(sin(phi)));
    }
  }
  return cudaSuccess;
}

#ifdef ROPEC_HOST_EMULATION
// Runs the same per-thread function over the whole launch grid on the CPU (tests without a GPU).
// schedule: -1 as the launcher chooses, 0 one head per item, 1 head groups. *used: 1 when the
// 16-byte schedule ran, + 2 when the grouped one did.
extern "C" cudaError_t ropec_llama3_1_8b_vllm_emulate(ropec_llama3_1_8b_vllm_elem_t* q, ropec_llama3_1_8b_vllm_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t cache_positions, int schedule, int* used) {
  using namespace ropec_llama3_1_8b_vllm;
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(q, k, positions, cos_sin_cache, tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, cache_positions, &a, &vector);
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
