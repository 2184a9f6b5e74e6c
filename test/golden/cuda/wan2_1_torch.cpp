// Generated from spec/wan2_1.rope (rope wan2_1) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 55b6fbf7fb4c5329
// PyTorch extension for the ropec kernel 'wan2_1': interleaved forward rotation of 128 lanes, bf16 [batch, seq, heads, dim], out of place, positions grid, sin/cos computed (exact).
// Build and load next to wan2_1.cu and wan2_1.h:
//   torch.utils.cpp_extension.load(name="ropec_wan2_1", sources=["wan2_1_torch.cpp", "wan2_1.cu"])
// then call torch.ops.ropec.wan2_1(q, k, grid_t, grid_h, grid_w).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "wan2_1.h"

namespace {

void ropec_wan2_1_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec wan2_1: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec wan2_1: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec wan2_1: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec wan2_1: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_wan2_1_op(const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  TORCH_CHECK(q.is_cuda(), "ropec wan2_1: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec wan2_1: q must have shape [batch, seq, 40, 128], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(1);
  const at::Device device = q.device();
  ropec_wan2_1_expect(q, "q", at::kBFloat16, {batch, seq, 40, 128}, device, true);
  ropec_wan2_1_expect(k, "k", at::kBFloat16, {batch, seq, 40, 128}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_wan2_1_launch(static_cast<const ropec_wan2_1_elem_t*>(q.data_ptr()), static_cast<const ropec_wan2_1_elem_t*>(k.data_ptr()), static_cast<ropec_wan2_1_elem_t*>(q_out.data_ptr()), static_cast<ropec_wan2_1_elem_t*>(k_out.data_ptr()), batch, seq, grid_t, grid_h, grid_w, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec wan2_1: ", ropec_wan2_1_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec wan2_1: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_wan2_1_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("wan2_1(Tensor q, Tensor k, int grid_t, int grid_h, int grid_w) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("wan2_1", &ropec_wan2_1_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("wan2_1", &ropec_wan2_1_meta);
}
