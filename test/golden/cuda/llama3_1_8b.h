// Generated from spec/llama3_1_8b.rope (rope llama3_1_8b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: c5df89508cf22343
// C interface of the ropec kernel 'llama3_1_8b': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions index, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_llama3_1_8b_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: llama3_1_8b.cuda.json.
#ifndef ROPEC_LLAMA3_1_8B_H
#define ROPEC_LLAMA3_1_8B_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_LLAMA3_1_8B_HEAD_DIM 128
#define ROPEC_LLAMA3_1_8B_PAIRS 64
#define ROPEC_LLAMA3_1_8B_Q_HEADS 32
#define ROPEC_LLAMA3_1_8B_K_HEADS 8

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_llama3_1_8b_elem_t;
extern "C" {
#else
typedef uint16_t ropec_llama3_1_8b_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 32, 128]: query, rotated in place
 * @param k bf16 [tokens, 8, 128]: key, rotated in place
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param offset added to every position (decode step, KV-cache length)
 */
cudaError_t ropec_llama3_1_8b_launch(ropec_llama3_1_8b_elem_t* q, ropec_llama3_1_8b_elem_t* k, int64_t tokens, int64_t offset, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_llama3_1_8b_check(ropec_llama3_1_8b_elem_t* q, ropec_llama3_1_8b_elem_t* k, int64_t tokens, int64_t offset);

/**
 * Why the last ropec_llama3_1_8b_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_llama3_1_8b_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_llama3_1_8b_emulate(ropec_llama3_1_8b_elem_t* q, ropec_llama3_1_8b_elem_t* k, int64_t tokens, int64_t offset, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
