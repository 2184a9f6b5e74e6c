// Generated from spec/qwen2_5_7b_yarn.rope (rope qwen2_5_7b_yarn_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 7d5e1568861eaaad
// C interface of the ropec kernel 'qwen2_5_7b_yarn_inverse': half inverse rotation of 128 lanes, bf16 [tokens, heads, dim], out of place, positions index, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_qwen2_5_7b_yarn_inverse_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: qwen2_5_7b_yarn_inverse.cuda.json.
#ifndef ROPEC_QWEN2_5_7B_YARN_INVERSE_H
#define ROPEC_QWEN2_5_7B_YARN_INVERSE_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_QWEN2_5_7B_YARN_INVERSE_HEAD_DIM 128
#define ROPEC_QWEN2_5_7B_YARN_INVERSE_PAIRS 64
#define ROPEC_QWEN2_5_7B_YARN_INVERSE_Q_HEADS 28
#define ROPEC_QWEN2_5_7B_YARN_INVERSE_K_HEADS 4

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_qwen2_5_7b_yarn_inverse_elem_t;
extern "C" {
#else
typedef uint16_t ropec_qwen2_5_7b_yarn_inverse_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 28, 128]: query
 * @param k bf16 [tokens, 4, 128]: key
 * @param q_out bf16 [tokens, 28, 128]: rotated q (every element written)
 * @param k_out bf16 [tokens, 4, 128]: rotated k (every element written)
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param offset added to every position (decode step, KV-cache length)
 */
cudaError_t ropec_qwen2_5_7b_yarn_inverse_launch(const ropec_qwen2_5_7b_yarn_inverse_elem_t* q, const ropec_qwen2_5_7b_yarn_inverse_elem_t* k, ropec_qwen2_5_7b_yarn_inverse_elem_t* q_out, ropec_qwen2_5_7b_yarn_inverse_elem_t* k_out, int64_t tokens, int64_t offset, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_qwen2_5_7b_yarn_inverse_check(const ropec_qwen2_5_7b_yarn_inverse_elem_t* q, const ropec_qwen2_5_7b_yarn_inverse_elem_t* k, ropec_qwen2_5_7b_yarn_inverse_elem_t* q_out, ropec_qwen2_5_7b_yarn_inverse_elem_t* k_out, int64_t tokens, int64_t offset);

/**
 * Why the last ropec_qwen2_5_7b_yarn_inverse_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_qwen2_5_7b_yarn_inverse_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_qwen2_5_7b_yarn_inverse_emulate(const ropec_qwen2_5_7b_yarn_inverse_elem_t* q, const ropec_qwen2_5_7b_yarn_inverse_elem_t* k, ropec_qwen2_5_7b_yarn_inverse_elem_t* q_out, ropec_qwen2_5_7b_yarn_inverse_elem_t* k_out, int64_t tokens, int64_t offset, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
