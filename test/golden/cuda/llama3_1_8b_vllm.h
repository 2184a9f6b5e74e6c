// Generated from spec/llama3_1_8b_vllm.rope (rope llama3_1_8b_vllm) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: ef1e4d145213735e
// C interface of the ropec kernel 'llama3_1_8b_vllm': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos from the caller's bf16 cache (cos_sin).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_llama3_1_8b_vllm_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: llama3_1_8b_vllm.cuda.json.
#ifndef ROPEC_LLAMA3_1_8B_VLLM_H
#define ROPEC_LLAMA3_1_8B_VLLM_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_LLAMA3_1_8B_VLLM_HEAD_DIM 128
#define ROPEC_LLAMA3_1_8B_VLLM_PAIRS 64
#define ROPEC_LLAMA3_1_8B_VLLM_Q_HEADS 32
#define ROPEC_LLAMA3_1_8B_VLLM_K_HEADS 8

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_llama3_1_8b_vllm_elem_t;
typedef __nv_bfloat16 ropec_llama3_1_8b_vllm_cache_t;
extern "C" {
#else
typedef uint16_t ropec_llama3_1_8b_vllm_elem_t; /* bfloat16 bit patterns */
typedef uint16_t ropec_llama3_1_8b_vllm_cache_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 32, 128]: query, rotated in place
 * @param k bf16 [tokens, 8, 128]: key, rotated in place
 * @param positions i64 [tokens]: one position per token
 * @param cos_sin_cache bf16 [cache_positions, 128]: row p: cos(p·ω_j)·m of the 64 pairs, then sin(p·ω_j)·m (vLLM's cos_sin_cache)
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param q_token_stride elements from one token of q to the next; TypeScript hosts: default 32·128 (contiguous) (≥ 0)
 * @param q_head_stride elements from one head of q to the next; TypeScript hosts: default 128 (≥ 0)
 * @param k_token_stride elements from one token of k to the next; TypeScript hosts: default 8·128 (contiguous) (≥ 0)
 * @param k_head_stride elements from one head of k to the next; TypeScript hosts: default 128 (≥ 0)
 * @param cache_positions rows of the cos/sin cache: every position must lie in [0, cache_positions) (≥ 0)
 */
cudaError_t ropec_llama3_1_8b_vllm_launch(ropec_llama3_1_8b_vllm_elem_t* q, ropec_llama3_1_8b_vllm_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t cache_positions, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_llama3_1_8b_vllm_check(ropec_llama3_1_8b_vllm_elem_t* q, ropec_llama3_1_8b_vllm_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t cache_positions);

/**
 * Why the last ropec_llama3_1_8b_vllm_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_llama3_1_8b_vllm_last_error(void);

/** Fills a HOST cache of cache_positions rows with the spec's cos and sin (p·ω_j, times the attention factor; double, rounded to bf16): an alternative to the engine's own cache. */
cudaError_t ropec_llama3_1_8b_vllm_fill_cache(ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t cache_positions);

/** Checks positions (of `tokens` tokens) held in HOST memory: every entry a row of the cache, in [0, cache_positions): cudaSuccess or cudaErrorInvalidValue. ropec_NAME_launch cannot read device memory to check them (on the device, a position outside the cache reads nothing and rotates its lanes to NaN): call this on a host copy first. */
cudaError_t ropec_llama3_1_8b_vllm_check_positions(const int64_t* positions, int64_t tokens, int64_t cache_positions);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_llama3_1_8b_vllm_emulate(ropec_llama3_1_8b_vllm_elem_t* q, ropec_llama3_1_8b_vllm_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_vllm_cache_t* cos_sin_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t cache_positions, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
