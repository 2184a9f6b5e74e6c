// Generated from spec/tmrope.rope (rope tmrope_inverse) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 94ea13f7389ca393
// C interface of the ropec kernel 'tmrope_inverse': half inverse rotation of 64 lanes, f32 [batch, seq, heads, dim], out of place, positions timeline, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_tmrope_inverse_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: tmrope_inverse.cuda.json.
#ifndef ROPEC_TMROPE_INVERSE_H
#define ROPEC_TMROPE_INVERSE_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_TMROPE_INVERSE_HEAD_DIM 64
#define ROPEC_TMROPE_INVERSE_PAIRS 32
#define ROPEC_TMROPE_INVERSE_Q_HEADS 1
#define ROPEC_TMROPE_INVERSE_K_HEADS 1

#ifdef __cplusplus
typedef float ropec_tmrope_inverse_elem_t;
extern "C" {
#else
typedef float ropec_tmrope_inverse_elem_t;
#endif

/**
 * Rotates q and k on `stream`.
 * @param q f32 [batch, seq, 1, 64]: query
 * @param k f32 [batch, seq, 1, 64]: key
 * @param q_out f32 [batch, seq, 1, 64]: rotated q (every element written)
 * @param k_out f32 [batch, seq, 1, 64]: rotated k (every element written)
 * @param segment_table i32 [segment_words]: segment table, one row per sequence (encodeSegments(...).table; docs/positions.md)
 * @param segment_values f32 [segment_value_count]: frame times and grid temporal scales (encodeSegments(...).values; may be empty)
 * @param batch number of sequences (≥ 0)
 * @param seq tokens per sequence (≥ 0)
 * @param segment_words length of segment_table in words (≥ 0)
 * @param segment_value_count length of segment_values (≥ 0)
 */
cudaError_t ropec_tmrope_inverse_launch(const ropec_tmrope_inverse_elem_t* q, const ropec_tmrope_inverse_elem_t* k, ropec_tmrope_inverse_elem_t* q_out, ropec_tmrope_inverse_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_tmrope_inverse_check(const ropec_tmrope_inverse_elem_t* q, const ropec_tmrope_inverse_elem_t* k, ropec_tmrope_inverse_elem_t* q_out, ropec_tmrope_inverse_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count);

/**
 * Why the last ropec_tmrope_inverse_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_tmrope_inverse_last_error(void);

/** Checks a segment table held in HOST memory (rows = batch, 1 for [tokens, heads, dim]; row_length = seq or tokens): cudaSuccess or cudaErrorInvalidValue. ropec_NAME_launch cannot read device memory to check it: call this on the host copy first. */
cudaError_t ropec_tmrope_inverse_check_segments(const int32_t* table, int64_t words, const float* values, int64_t count, int64_t rows, int64_t row_length);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_tmrope_inverse_emulate(const ropec_tmrope_inverse_elem_t* q, const ropec_tmrope_inverse_elem_t* k, ropec_tmrope_inverse_elem_t* q_out, ropec_tmrope_inverse_elem_t* k_out, const int32_t* segment_table, const float* segment_values, int64_t batch, int64_t seq, int64_t segment_words, int64_t segment_value_count, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
