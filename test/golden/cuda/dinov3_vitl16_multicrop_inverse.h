// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 9a79fc140b385799
// C interface of the ropec kernel 'dinov3_vitl16_multicrop_inverse': half inverse rotation of 64 lanes, bf16 [tokens, heads, dim], out of place, positions grid, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_dinov3_vitl16_multicrop_inverse_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: dinov3_vitl16_multicrop_inverse.cuda.json.
#ifndef ROPEC_DINOV3_VITL16_MULTICROP_INVERSE_H
#define ROPEC_DINOV3_VITL16_MULTICROP_INVERSE_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_DINOV3_VITL16_MULTICROP_INVERSE_HEAD_DIM 64
#define ROPEC_DINOV3_VITL16_MULTICROP_INVERSE_PAIRS 32
#define ROPEC_DINOV3_VITL16_MULTICROP_INVERSE_Q_HEADS 16
#define ROPEC_DINOV3_VITL16_MULTICROP_INVERSE_K_HEADS 16

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_dinov3_vitl16_multicrop_inverse_elem_t;
extern "C" {
#else
typedef uint16_t ropec_dinov3_vitl16_multicrop_inverse_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 16, 64]: query
 * @param k bf16 [tokens, 16, 64]: key
 * @param q_out bf16 [tokens, 16, 64]: rotated q (every element written)
 * @param k_out bf16 [tokens, 16, 64]: rotated k (every element written)
 * @param cu_seqlens i32 [batch + 1]: start of each packed sequence, then tokens
 * @param grid_sizes i32 [batch, 2]: grid sizes (h, w) of each packed sequence
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param batch number of packed sequences (≥ 0)
 */
cudaError_t ropec_dinov3_vitl16_multicrop_inverse_launch(const ropec_dinov3_vitl16_multicrop_inverse_elem_t* q, const ropec_dinov3_vitl16_multicrop_inverse_elem_t* k, ropec_dinov3_vitl16_multicrop_inverse_elem_t* q_out, ropec_dinov3_vitl16_multicrop_inverse_elem_t* k_out, const int32_t* cu_seqlens, const int32_t* grid_sizes, int64_t tokens, int64_t batch, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_dinov3_vitl16_multicrop_inverse_check(const ropec_dinov3_vitl16_multicrop_inverse_elem_t* q, const ropec_dinov3_vitl16_multicrop_inverse_elem_t* k, ropec_dinov3_vitl16_multicrop_inverse_elem_t* q_out, ropec_dinov3_vitl16_multicrop_inverse_elem_t* k_out, const int32_t* cu_seqlens, const int32_t* grid_sizes, int64_t tokens, int64_t batch);

/**
 * Why the last ropec_dinov3_vitl16_multicrop_inverse_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_dinov3_vitl16_multicrop_inverse_last_error(void);

/** Checks cu_seqlens and grid_sizes held in HOST memory against each other: cudaSuccess or cudaErrorInvalidValue. ropec_NAME_launch cannot read device memory to check them: call this on the host copies first. */
cudaError_t ropec_dinov3_vitl16_multicrop_inverse_check_grid_sizes(const int32_t* grid_sizes, const int32_t* cu_seqlens, int64_t batch, int64_t tokens);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_dinov3_vitl16_multicrop_inverse_emulate(const ropec_dinov3_vitl16_multicrop_inverse_elem_t* q, const ropec_dinov3_vitl16_multicrop_inverse_elem_t* k, ropec_dinov3_vitl16_multicrop_inverse_elem_t* q_out, ropec_dinov3_vitl16_multicrop_inverse_elem_t* k_out, const int32_t* cu_seqlens, const int32_t* grid_sizes, int64_t tokens, int64_t batch, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
