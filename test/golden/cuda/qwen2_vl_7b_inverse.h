// Generated from spec/qwen2_vl_7b.rope (rope qwen2_vl_7b_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 0c60936e56d71abb
// C interface of the ropec kernel 'qwen2_vl_7b_inverse': half inverse rotation of 128 lanes, bf16 [tokens, heads, dim], out of place, positions mrope, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_qwen2_vl_7b_inverse_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: qwen2_vl_7b_inverse.cuda.json.
#ifndef ROPEC_QWEN2_VL_7B_INVERSE_H
#define ROPEC_QWEN2_VL_7B_INVERSE_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_QWEN2_VL_7B_INVERSE_HEAD_DIM 128
#define ROPEC_QWEN2_VL_7B_INVERSE_PAIRS 64
#define ROPEC_QWEN2_VL_7B_INVERSE_Q_HEADS 28
#define ROPEC_QWEN2_VL_7B_INVERSE_K_HEADS 4

#ifdef __cplusplus
#include <cuda_bf16.h>
typedef __nv_bfloat16 ropec_qwen2_vl_7b_inverse_elem_t;
extern "C" {
#else
typedef uint16_t ropec_qwen2_vl_7b_inverse_elem_t; /* bfloat16 bit patterns */
#endif

/**
 * Rotates q and k on `stream`.
 * @param q bf16 [tokens, 28, 128]: query
 * @param k bf16 [tokens, 4, 128]: key
 * @param q_out bf16 [tokens, 28, 128]: rotated q (every element written)
 * @param k_out bf16 [tokens, 4, 128]: rotated k (every element written)
 * @param segment_table i32 [segment_words]: segment table, one row per sequence (encodeSegments(...).table; docs/positions.md)
 * @param segment_values f32 [segment_value_count]: frame times and grid temporal scales (encodeSegments(...).values; may be empty)
 * @param tokens number of tokens (all sequences together) (≥ 0)
 * @param segment_words length of segment_table in words (≥ 0)
 * @param segment_value_count length of segment_values (≥ 0)
 */
cudaError_t ropec_qwen2_vl_7b_inverse_launch(const ropec_qwen2_vl_7b_inverse_elem_t* q, const ropec_qwen2_vl_7b_inverse_elem_t* k, ropec_qwen2_vl_7b_inverse_elem_t* q_out, ropec_qwen2_vl_7b_inverse_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t tokens, int64_t segment_words, int64_t segment_value_count, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_qwen2_vl_7b_inverse_check(const ropec_qwen2_vl_7b_inverse_elem_t* q, const ropec_qwen2_vl_7b_inverse_elem_t* k, ropec_qwen2_vl_7b_inverse_elem_t* q_out, ropec_qwen2_vl_7b_inverse_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t tokens, int64_t segment_words, int64_t segment_value_count);

/**
 * Why the last ropec_qwen2_vl_7b_inverse_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_qwen2_vl_7b_inverse_last_error(void);

/** Checks a segment table held in HOST memory (rows = batch, 1 for [tokens, heads, dim]; row_length = seq or tokens): cudaSuccess or cudaErrorInvalidValue. ropec_NAME_launch cannot read device memory to check it: call this on the host copy first. */
cudaError_t ropec_qwen2_vl_7b_inverse_check_segments(const int32_t* table, int64_t words, const float* values, int64_t count, int64_t rows, int64_t row_length);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_qwen2_vl_7b_inverse_emulate(const ropec_qwen2_vl_7b_inverse_elem_t* q, const ropec_qwen2_vl_7b_inverse_elem_t* k, ropec_qwen2_vl_7b_inverse_elem_t* q_out, ropec_qwen2_vl_7b_inverse_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t tokens, int64_t segment_words, int64_t segment_value_count, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
