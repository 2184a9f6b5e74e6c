// Generated from spec/llama3_1_8b_fp8kv.rope (rope llama3_1_8b_fp8kv) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 84594f107f0d3b11
// C interface of the ropec kernel 'llama3_1_8b_fp8kv': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_llama3_1_8b_fp8kv_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: llama3_1_8b_fp8kv.cuda.json.
#ifndef ROPEC_LLAMA3_1_8B_FP8KV_H
#define ROPEC_LLAMA3_1_8B_FP8KV_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_LLAMA3_1_8B_FP8KV_HEAD_DIM 128
#define ROPEC_LLAMA3_1_8B_FP8KV_PAIRS 64
#define ROPEC_LLAMA3_1_8B_FP8KV_Q_HEADS 32
#define ROPEC_LLAMA3_1_8B_FP8KV_K_HEADS 8

#ifdef __cplusplus
#include <cuda_bf16.h>
#include <cuda_fp8.h>
typedef __nv_bfloat16 ropec_llama3_1_8b_fp8kv_elem_t;
typedef __nv_fp8_e4m3 ropec_llama3_1_8b_fp8kv_fp8_t;
extern "C" {
#else
typedef uint16_t ropec_llama3_1_8b_fp8kv_elem_t; /* bfloat16 bit patterns */
typedef uint8_t ropec_llama3_1_8b_fp8kv_fp8_t; /* fp8 e4m3 bytes (OCP E4M3FN) */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 32, 128]: query, rotated in place
 * @param k bf16 [tokens, 8, 128]: key, rotated in place
 * @param positions i64 [tokens]: one position per token
 * @param v bf16 [tokens, 8, 128]: value, in k's shape: copied into v_cache as it is
 * @param slot_mapping i64 [tokens]: each token's cache slot; −1: the token is not stored
 * @param k_cache e4m3 [cache_blocks, 16, 8, 128]: the key cache: each stored token's slot gets its rotated k heads as fp8 e4m3 of value / scale, rotated in place
 * @param v_cache e4m3 [cache_blocks, 16, 8, 128]: the value cache: each stored token's slot gets its v heads as fp8 e4m3 of value / scale, rotated in place
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param q_token_stride elements from one token of q to the next; TypeScript hosts: default 32·128 (contiguous) (≥ 0)
 * @param q_head_stride elements from one head of q to the next; TypeScript hosts: default 128 (≥ 0)
 * @param k_token_stride elements from one token of k to the next; TypeScript hosts: default 8·128 (contiguous) (≥ 0)
 * @param k_head_stride elements from one head of k to the next; TypeScript hosts: default 128 (≥ 0)
 * @param v_token_stride elements from one token of v to the next; TypeScript hosts: default 8·128 (contiguous) (≥ 0)
 * @param v_head_stride elements from one head of v to the next; TypeScript hosts: default 128 (≥ 0)
 * @param cache_blocks blocks of 16 slots in the KV cache (≥ 0)
 * @param k_scale k_cache holds fp8 e4m3 of k / k_scale (a finite float32 > 0; vLLM's k_scale)
 * @param v_scale v_cache holds fp8 e4m3 of v / v_scale (a finite float32 > 0)
 */
cudaError_t ropec_llama3_1_8b_fp8kv_launch(ropec_llama3_1_8b_fp8kv_elem_t* q, ropec_llama3_1_8b_fp8kv_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_fp8kv_elem_t* v, const int64_t* slot_mapping, ropec_llama3_1_8b_fp8kv_fp8_t* k_cache, ropec_llama3_1_8b_fp8kv_fp8_t* v_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t v_token_stride, int64_t v_head_stride, int64_t cache_blocks, float k_scale, float v_scale, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_llama3_1_8b_fp8kv_check(ropec_llama3_1_8b_fp8kv_elem_t* q, ropec_llama3_1_8b_fp8kv_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_fp8kv_elem_t* v, const int64_t* slot_mapping, ropec_llama3_1_8b_fp8kv_fp8_t* k_cache, ropec_llama3_1_8b_fp8kv_fp8_t* v_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t v_token_stride, int64_t v_head_stride, int64_t cache_blocks, float k_scale, float v_scale);

/**
 * Why the last ropec_llama3_1_8b_fp8kv_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_llama3_1_8b_fp8kv_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_llama3_1_8b_fp8kv_emulate(ropec_llama3_1_8b_fp8kv_elem_t* q, ropec_llama3_1_8b_fp8kv_elem_t* k, const int64_t* positions, const ropec_llama3_1_8b_fp8kv_elem_t* v, const int64_t* slot_mapping, ropec_llama3_1_8b_fp8kv_fp8_t* k_cache, ropec_llama3_1_8b_fp8kv_fp8_t* v_cache, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int64_t v_token_stride, int64_t v_head_stride, int64_t cache_blocks, float k_scale, float v_scale, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
