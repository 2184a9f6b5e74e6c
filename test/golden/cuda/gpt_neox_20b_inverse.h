// Generated from spec/gpt_neox_20b.rope (rope gpt_neox_20b_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: d8a3f74ecd5061d0
// C interface of the ropec kernel 'gpt_neox_20b_inverse': half inverse rotation of 24 of 96 lanes (from lane 0), f16 [batch, heads, seq, dim], out of place, positions index, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_gpt_neox_20b_inverse_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: gpt_neox_20b_inverse.cuda.json.
#ifndef ROPEC_GPT_NEOX_20B_INVERSE_H
#define ROPEC_GPT_NEOX_20B_INVERSE_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_GPT_NEOX_20B_INVERSE_HEAD_DIM 96
#define ROPEC_GPT_NEOX_20B_INVERSE_PAIRS 12
#define ROPEC_GPT_NEOX_20B_INVERSE_Q_HEADS 64
#define ROPEC_GPT_NEOX_20B_INVERSE_K_HEADS 64

#ifdef __cplusplus
#include <cuda_fp16.h>
typedef __half ropec_gpt_neox_20b_inverse_elem_t;
extern "C" {
#else
typedef uint16_t ropec_gpt_neox_20b_inverse_elem_t; /* IEEE binary16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q f16 [batch, 64, seq, 96]: query
 * @param k f16 [batch, 64, seq, 96]: key
 * @param q_out f16 [batch, 64, seq, 96]: rotated q (every element written)
 * @param k_out f16 [batch, 64, seq, 96]: rotated k (every element written)
 * @param batch number of sequences (≥ 0)
 * @param seq tokens per sequence (≥ 0)
 */
cudaError_t ropec_gpt_neox_20b_inverse_launch(const ropec_gpt_neox_20b_inverse_elem_t* q, const ropec_gpt_neox_20b_inverse_elem_t* k, ropec_gpt_neox_20b_inverse_elem_t* q_out, ropec_gpt_neox_20b_inverse_elem_t* k_out, int64_t batch, int64_t seq, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_gpt_neox_20b_inverse_check(const ropec_gpt_neox_20b_inverse_elem_t* q, const ropec_gpt_neox_20b_inverse_elem_t* k, ropec_gpt_neox_20b_inverse_elem_t* q_out, ropec_gpt_neox_20b_inverse_elem_t* k_out, int64_t batch, int64_t seq);

/**
 * Why the last ropec_gpt_neox_20b_inverse_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_gpt_neox_20b_inverse_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_gpt_neox_20b_inverse_emulate(const ropec_gpt_neox_20b_inverse_elem_t* q, const ropec_gpt_neox_20b_inverse_elem_t* k, ropec_gpt_neox_20b_inverse_elem_t* q_out, ropec_gpt_neox_20b_inverse_elem_t* k_out, int64_t batch, int64_t seq, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
