// Generated from spec/progressive_video.rope (rope progressive_video) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 29161c84c808cb30
// C interface of the ropec kernel 'progressive_video': interleaved forward rotation of 96 lanes, f32 [batch, seq, heads, dim], out of place, positions grid, sin/cos computed (exact).
// All pointers are device pointers. Every function returns cudaErrorInvalidValue, before touching
// memory, for a null pointer, a pointer not aligned to its element size, a negative size or sizes
// whose products pass 2^62; ropec_progressive_video_last_error() then says which argument and why (the
// checks are listed in ropec's docs/checks.md). A call with no tokens succeeds and launches nothing.
// Shapes and the launch formula: progressive_video.cuda.json.
#ifndef ROPEC_PROGRESSIVE_VIDEO_H
#define ROPEC_PROGRESSIVE_VIDEO_H
#include <stdint.h>
#include <cuda_runtime_api.h>

#define ROPEC_PROGRESSIVE_VIDEO_HEAD_DIM 96
#define ROPEC_PROGRESSIVE_VIDEO_PAIRS 48
#define ROPEC_PROGRESSIVE_VIDEO_Q_HEADS 6
#define ROPEC_PROGRESSIVE_VIDEO_K_HEADS 6

#ifdef __cplusplus
typedef float ropec_progressive_video_elem_t;
extern "C" {
#else
typedef float ropec_progressive_video_elem_t;
#endif

/**
 * Rotates q and k on `stream`.
 * @param q f32 [batch, seq, 6, 96]: query
 * @param k f32 [batch, seq, 6, 96]: key
 * @param q_out f32 [batch, seq, 6, 96]: rotated q (every element written)
 * @param k_out f32 [batch, seq, 6, 96]: rotated k (every element written)
 * @param batch number of sequences (≥ 0)
 * @param seq tokens per sequence (≥ 0)
 * @param grid_t grid size along axis t (≥ 0)
 * @param grid_h grid size along axis h (≥ 0)
 * @param grid_w grid size along axis w (≥ 0)
 */
cudaError_t ropec_progressive_video_launch(const ropec_progressive_video_elem_t* q, const ropec_progressive_video_elem_t* k, ropec_progressive_video_elem_t* q_out, ropec_progressive_video_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, cudaStream_t stream);

/** The launcher's argument checks alone (host only; needs no GPU). */
cudaError_t ropec_progressive_video_check(const ropec_progressive_video_elem_t* q, const ropec_progressive_video_elem_t* k, ropec_progressive_video_elem_t* q_out, ropec_progressive_video_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w);

/**
 * Why the last ropec_progressive_video_launch / _check on this host thread returned cudaErrorInvalidValue:
 * the argument and what was expected, e.g. "q: NULL or not aligned to its element size (2 bytes)";
 * "" after a call whose checks passed. A static string; do not free it.
 */
const char* ropec_progressive_video_last_error(void);

#ifdef ROPEC_HOST_EMULATION
/** CPU emulation of the launch (tests): same checks, same per-thread function. */
cudaError_t ropec_progressive_video_emulate(const ropec_progressive_video_elem_t* q, const ropec_progressive_video_elem_t* k, ropec_progressive_video_elem_t* q_out, ropec_progressive_video_elem_t* k_out, int64_t batch, int64_t seq, int64_t grid_t, int64_t grid_h, int64_t grid_w, int schedule, int* used);
#endif

#ifdef __cplusplus
}
#endif
#endif
