// Generated from spec/deepseek_v3.rope (rope deepseek_v3) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 84f4c62a7df01224
// C interface of the ropec kernel 'deepseek_v3': interleaved forward rotation of 64 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_deepseek_v3_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: deepseek_v3.cuda.json.
#ifndef ROPEC_DEEPSEEK_V3_H
#define ROPEC_DEEPSEEK_V3_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_DEEPSEEK_V3_HEAD_DIM 64
#define ROPEC_DEEPSEEK_V3_PAIRS 32
#define ROPEC_DEEPSEEK_V3_Q_HEADS 128
#define ROPEC_DEEPSEEK_V3_K_HEADS 1

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_deepseek_v3_elem_t;
extern "C" {
#else
typedef uint16_t ropec_deepseek_v3_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 128, 192]: query, rotated in place
 * @param k bf16 [tokens, 1, 64]: key, rotated in place
 * @param positions i64 [tokens]: one position per token
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param q_token_stride elements from one token of q to the next; TypeScript hosts: default 128·192 (contiguous) (≥ 0)
 * @param q_head_stride elements from one head of q to the next; TypeScript hosts: default 192 (≥ 0)
 * @param k_token_stride elements from one token of k to the next; TypeScript hosts: default 1·64 (contiguous) (≥ 0)
 * @param k_head_stride elements from one head of k to the next; TypeScript hosts: default 64 (≥ 0)
 */
cudaError_t ropec_deepseek_v3_launch(ropec_deepseek_v3_elem_t* q, ropec_deepseek_v3_elem_t* k, const int64_t* positions, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_deepseek_v3_check(ropec_deepseek_v3_elem_t* q, ropec_deepseek_v3_elem_t* k, const int64_t* positions, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride);

/**
 * Why the last ropec_deepseek_v3_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_deepseek_v3_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_deepseek_v3_emulate(ropec_deepseek_v3_elem_t* q, ropec_deepseek_v3_elem_t* k, const int64_t* positions, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
