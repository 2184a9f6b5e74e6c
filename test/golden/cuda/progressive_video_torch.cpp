// Generated from spec/progressive_video.rope (rope progressive_video) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 29161c84c808cb30
// PyTorch extension for the ropec kernel 'progressive_video': interleaved forward rotation of 96 lanes, f32 [batch, seq, heads, dim], out of place, positions grid, sin/cos computed (exact).
// Build and load next to progressive_video.cu and progressive_video.h:
//   torch.utils.cpp_extension.load(name="ropec_progressive_video", sources=["progressive_video_torch.cpp", "progressive_video.cu"])
// then call torch.ops.ropec.progressive_video(q, k, grid_t, grid_h, grid_w).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "progressive_video.h"

namespace {

void ropec_progressive_video_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec progressive_video: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec progressive_video: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec progressive_video: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec progressive_video: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_progressive_video_op(const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  TORCH_CHECK(q.is_cuda(), "ropec progressive_video: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec progressive_video: q must have shape [batch, seq, 6, 96], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(1);
  const at::Device device = q.device();
  ropec_progressive_video_expect(q, "q", at::kFloat, {batch, seq, 6, 96}, device, true);
  ropec_progressive_video_expect(k, "k", at::kFloat, {batch, seq, 6, 96}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_progressive_video_launch(static_cast<const ropec_progressive_video_elem_t*>(q.data_ptr()), static_cast<const ropec_progressive_video_elem_t*>(k.data_ptr()), static_cast<ropec_progressive_video_elem_t*>(q_out.data_ptr()), static_cast<ropec_progressive_video_elem_t*>(k_out.data_ptr()), batch, seq, grid_t, grid_h, grid_w, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec progressive_video: ", ropec_progressive_video_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec progressive_video: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_progressive_video_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("progressive_video(Tensor q, Tensor k, int grid_t, int grid_h, int grid_w) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("progressive_video", &ropec_progressive_video_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("progressive_video", &ropec_progressive_video_meta);
}
