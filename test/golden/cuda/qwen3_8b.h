// Generated from spec/qwen3_8b.rope (rope qwen3_8b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 94be9a7ff41ac6d4
// C interface of the ropec kernel 'qwen3_8b': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_qwen3_8b_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: qwen3_8b.cuda.json.
#ifndef ROPEC_QWEN3_8B_H
#define ROPEC_QWEN3_8B_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_QWEN3_8B_HEAD_DIM 128
#define ROPEC_QWEN3_8B_PAIRS 64
#define ROPEC_QWEN3_8B_Q_HEADS 32
#define ROPEC_QWEN3_8B_K_HEADS 8

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_qwen3_8b_elem_t;
extern "C" {
#else
typedef uint16_t ropec_qwen3_8b_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 32, 128]: query, rotated in place
 * @param k bf16 [tokens, 8, 128]: key, rotated in place
 * @param positions i64 [tokens]: one position per token
 * @param q_norm_weight bf16 [128]: q's RMS-norm weight, one per lane of its heads
 * @param k_norm_weight bf16 [128]: k's RMS-norm weight, one per lane of its heads
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param q_token_stride elements from one token of q to the next; TypeScript hosts: default 32·128 (contiguous) (≥ 0)
 * @param q_head_stride elements from one head of q to the next; TypeScript hosts: default 128 (≥ 0)
 * @param k_token_stride elements from one token of k to the next; TypeScript hosts: default 8·128 (contiguous) (≥ 0)
 * @param k_head_stride elements from one head of k to the next; TypeScript hosts: default 128 (≥ 0)
 */
cudaError_t ropec_qwen3_8b_launch(ropec_qwen3_8b_elem_t* q, ropec_qwen3_8b_elem_t* k, const int64_t* positions, const ropec_qwen3_8b_elem_t* q_norm_weight, const ropec_qwen3_8b_elem_t* k_norm_weight, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_qwen3_8b_check(ropec_qwen3_8b_elem_t* q, ropec_qwen3_8b_elem_t* k, const int64_t* positions, const ropec_qwen3_8b_elem_t* q_norm_weight, const ropec_qwen3_8b_elem_t* k_norm_weight, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride);

/**
 * Why the last ropec_qwen3_8b_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_qwen3_8b_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_qwen3_8b_emulate(ropec_qwen3_8b_elem_t* q, ropec_qwen3_8b_elem_t* k, const int64_t* positions, const ropec_qwen3_8b_elem_t* q_norm_weight, const ropec_qwen3_8b_elem_t* k_norm_weight, int64_t tokens, int64_t q_token_stride, int64_t q_head_stride, int64_t k_token_stride, int64_t k_head_stride, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
