// Generated from spec/dinov3_vitl16.rope (rope dinov3_vitl16) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 466a52aad77719d8
// PyTorch extension for the ropec kernel 'dinov3_vitl16': half forward rotation of 64 lanes, f32 [batch, heads, seq, dim], out of place, positions grid, sin/cos computed (exact).
// Build and load next to dinov3_vitl16.cu and dinov3_vitl16.h:
//   torch.utils.cpp_extension.load(name="ropec_dinov3_vitl16", sources=["dinov3_vitl16_torch.cpp", "dinov3_vitl16.cu"])
// then call torch.ops.ropec.dinov3_vitl16(q, k, grid_h, grid_w).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "dinov3_vitl16.h"

namespace {

void ropec_dinov3_vitl16_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec dinov3_vitl16: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec dinov3_vitl16: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec dinov3_vitl16: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec dinov3_vitl16: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_op(const at::Tensor& q, const at::Tensor& k, int64_t grid_h, int64_t grid_w) {
  TORCH_CHECK(q.is_cuda(), "ropec dinov3_vitl16: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec dinov3_vitl16: q must have shape [batch, 16, seq, 64], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(2);
  const at::Device device = q.device();
  ropec_dinov3_vitl16_expect(q, "q", at::kFloat, {batch, 16, seq, 64}, device, true);
  ropec_dinov3_vitl16_expect(k, "k", at::kFloat, {batch, 16, seq, 64}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_dinov3_vitl16_launch(static_cast<const ropec_dinov3_vitl16_elem_t*>(q.data_ptr()), static_cast<const ropec_dinov3_vitl16_elem_t*>(k.data_ptr()), static_cast<ropec_dinov3_vitl16_elem_t*>(q_out.data_ptr()), static_cast<ropec_dinov3_vitl16_elem_t*>(k_out.data_ptr()), batch, seq, grid_h, grid_w, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec dinov3_vitl16: ", ropec_dinov3_vitl16_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec dinov3_vitl16: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("dinov3_vitl16(Tensor q, Tensor k, int grid_h, int grid_w) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("dinov3_vitl16", &ropec_dinov3_vitl16_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("dinov3_vitl16", &ropec_dinov3_vitl16_meta);
}
