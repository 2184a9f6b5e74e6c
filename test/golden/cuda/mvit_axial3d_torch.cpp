// Generated from spec/mvit_axial3d.rope (rope mvit_axial3d) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 6e7133582790fcbc
// PyTorch extension for the ropec kernel 'mvit_axial3d': interleaved forward rotation of 48 lanes, f32 [batch, heads, seq, dim], out of place, positions grid, sin/cos computed (exact).
// Build and load next to mvit_axial3d.cu and mvit_axial3d.h:
//   torch.utils.cpp_extension.load(name="ropec_mvit_axial3d", sources=["mvit_axial3d_torch.cpp", "mvit_axial3d.cu"])
// then call torch.ops.ropec.mvit_axial3d(q, k, grid_t, grid_h, grid_w).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "mvit_axial3d.h"

namespace {

void ropec_mvit_axial3d_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec mvit_axial3d: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec mvit_axial3d: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec mvit_axial3d: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec mvit_axial3d: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_op(const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  TORCH_CHECK(q.is_cuda(), "ropec mvit_axial3d: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec mvit_axial3d: q must have shape [batch, 16, seq, 48], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(2);
  const at::Device device = q.device();
  ropec_mvit_axial3d_expect(q, "q", at::kFloat, {batch, 16, seq, 48}, device, true);
  ropec_mvit_axial3d_expect(k, "k", at::kFloat, {batch, 16, seq, 48}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_mvit_axial3d_launch(static_cast<const ropec_mvit_axial3d_elem_t*>(q.data_ptr()), static_cast<const ropec_mvit_axial3d_elem_t*>(k.data_ptr()), static_cast<ropec_mvit_axial3d_elem_t*>(q_out.data_ptr()), static_cast<ropec_mvit_axial3d_elem_t*>(k_out.data_ptr()), batch, seq, grid_t, grid_h, grid_w, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec mvit_axial3d: ", ropec_mvit_axial3d_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec mvit_axial3d: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("mvit_axial3d(Tensor q, Tensor k, int grid_t, int grid_h, int grid_w) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("mvit_axial3d", &ropec_mvit_axial3d_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("mvit_axial3d", &ropec_mvit_axial3d_meta);
}
