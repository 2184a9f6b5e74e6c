// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: d82fdb4842def8d8
// C interface of the ropec kernel 'phi3_mini_128k': half forward rotation of 96 lanes, bf16 [tokens, heads, dim], out of place, positions index, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_phi3_mini_128k_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: phi3_mini_128k.cuda.json.
#ifndef ROPEC_PHI3_MINI_128K_H
#define ROPEC_PHI3_MINI_128K_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_PHI3_MINI_128K_HEAD_DIM 96
#define ROPEC_PHI3_MINI_128K_PAIRS 48
#define ROPEC_PHI3_MINI_128K_Q_HEADS 32
#define ROPEC_PHI3_MINI_128K_K_HEADS 32

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_phi3_mini_128k_elem_t;
extern "C" {
#else
typedef uint16_t ropec_phi3_mini_128k_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 32, 96]: query
 * @param k bf16 [tokens, 32, 96]: key
 * @param q_out bf16 [tokens, 32, 96]: rotated q (every element written)
 * @param k_out bf16 [tokens, 32, 96]: rotated k (every element written)
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param offset added to every position (decode step, KV-cache length)
 * @param seq_len sequence length the scaling is evaluated at (≥ 0)
 */
cudaError_t ropec_phi3_mini_128k_launch(const ropec_phi3_mini_128k_elem_t* q, const ropec_phi3_mini_128k_elem_t* k, ropec_phi3_mini_128k_elem_t* q_out, ropec_phi3_mini_128k_elem_t* k_out, int64_t tokens, int64_t offset, int64_t seq_len, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_phi3_mini_128k_check(const ropec_phi3_mini_128k_elem_t* q, const ropec_phi3_mini_128k_elem_t* k, ropec_phi3_mini_128k_elem_t* q_out, ropec_phi3_mini_128k_elem_t* k_out, int64_t tokens, int64_t offset, int64_t seq_len);

/**
 * Why the last ropec_phi3_mini_128k_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_phi3_mini_128k_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_phi3_mini_128k_emulate(const ropec_phi3_mini_128k_elem_t* q, const ropec_phi3_mini_128k_elem_t* k, ropec_phi3_mini_128k_elem_t* q_out, ropec_phi3_mini_128k_elem_t* k_out, int64_t tokens, int64_t offset, int64_t seq_len, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
