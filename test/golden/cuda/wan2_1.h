// Generated from spec/wan2_1.rope (rope wan2_1) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 55b6fbf7fb4c5329
// C interface of the ropec kernel 'wan2_1': interleaved forward rotation of 128 lanes, bf16 [batch, seq, heads, dim], out of place, positions grid, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_wan2_1_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: wan2_1.cuda.json.
#ifndef ROPEC_WAN2_1_H
#define ROPEC_WAN2_1_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_WAN2_1_HEAD_DIM 128
#define ROPEC_WAN2_1_PAIRS 64
#define ROPEC_WAN2_1_Q_HEADS 40
#define ROPEC_WAN2_1_K_HEADS 40

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_wan2_1_elem_t;
extern "C" {
#else
typedef uint16_t ropec_wan2_1_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [batch, seq, 40, 128]: query
 * @param k bf16 [batch, seq, 40, 128]: key
 * @param q_out bf16 [batch, seq, 40, 128]: rotated q (every element written)
 * @param k_out bf16 [batch, seq, 40, 128]: rotated k (every element written)
 * @param batch number of sequences (≥ 0)
 * @param seq tokens per sequence (≥ 0)
 * @param grid_t grid size along axis t (≥ 0)
 * @param grid_h grid size along axis h (≥ 0)
 * @param grid_w grid size along axis w (≥ 0)
 */
cudaError_t ropec_wan2_1_launch(const ropec_wan2_1_elem_t* q, const ropec_wan2_1_elem_t* k, ropec_wan2_1_elem_t* q_out, ropec_wan2_1_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_wan2_1_check(const ropec_wan2_1_elem_t* q, const ropec_wan2_1_elem_t* k, ropec_wan2_1_elem_t* q_out, ropec_wan2_1_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w);

/**
 * Why the last ropec_wan2_1_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_wan2_1_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_wan2_1_emulate(const ropec_wan2_1_elem_t* q, const ropec_wan2_1_elem_t* k, ropec_wan2_1_elem_t* q_out, ropec_wan2_1_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
