// Generated from spec/dinov3_vitl16.rope (rope dinov3_vitl16) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 466a52aad77719d8
// C interface of the ropec kernel 'dinov3_vitl16': half forward rotation of 64 lanes, f32 [batch, heads, seq, dim], out of place, positions grid, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_dinov3_vitl16_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: dinov3_vitl16.cuda.json.
#ifndef ROPEC_DINOV3_VITL16_H
#define ROPEC_DINOV3_VITL16_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_DINOV3_VITL16_HEAD_DIM 64
#define ROPEC_DINOV3_VITL16_PAIRS 32
#define ROPEC_DINOV3_VITL16_Q_HEADS 16
#define ROPEC_DINOV3_VITL16_K_HEADS 16

#ifdef __cplusplus
typedef float ropec_dinov3_vitl16_elem_t;
extern "C" {
#else
typedef float ropec_dinov3_vitl16_elem_t;
#endif

/**
 * Rotates q and k on `stream`.
 * @param q f32 [batch, 16, seq, 64]: query
 * @param k f32 [batch, 16, seq, 64]: key
 * @param q_out f32 [batch, 16, seq, 64]: rotated q (every element written)
 * @param k_out f32 [batch, 16, seq, 64]: rotated k (every element written)
 * @param batch number of sequences (≥ 0)
 * @param seq tokens per sequence (≥ 0)
 * @param grid_h grid size along axis h (≥ 0)
 * @param grid_w grid size along axis w (≥ 0)
 */
cudaError_t ropec_dinov3_vitl16_launch(const ropec_dinov3_vitl16_elem_t* q, const ropec_dinov3_vitl16_elem_t* k, ropec_dinov3_vitl16_elem_t* q_out, ropec_dinov3_vitl16_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_h, int64_t grid_w, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_dinov3_vitl16_check(const ropec_dinov3_vitl16_elem_t* q, const ropec_dinov3_vitl16_elem_t* k, ropec_dinov3_vitl16_elem_t* q_out, ropec_dinov3_vitl16_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_h, int64_t grid_w);

/**
 * Why the last ropec_dinov3_vitl16_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_dinov3_vitl16_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_dinov3_vitl16_emulate(const ropec_dinov3_vitl16_elem_t* q, const ropec_dinov3_vitl16_elem_t* k, ropec_dinov3_vitl16_elem_t* q_out, ropec_dinov3_vitl16_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_h, int64_t grid_w, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
