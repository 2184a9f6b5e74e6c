// Generated from spec/gpt_neox_20b.rope (rope gpt_neox_20b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: d8a3f74ecd5061d0
// PyTorch extension for the ropec kernel 'gpt_neox_20b': half forward rotation of 24 of 96 lanes (from lane 0), f16 [batch, heads, seq, dim], out of place, positions index, sin/cos computed (exact).
// Build and load next to gpt_neox_20b.cu and gpt_neox_20b.h:
//   torch.utils.cpp_extension.load(name="ropec_gpt_neox_20b", sources=["gpt_neox_20b_torch.cpp", "gpt_neox_20b.cu"])
// then call torch.ops.ropec.gpt_neox_20b(q, k).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "gpt_neox_20b.h"

namespace {

void ropec_gpt_neox_20b_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec gpt_neox_20b: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec gpt_neox_20b: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec gpt_neox_20b: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec gpt_neox_20b: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_gpt_neox_20b_op(const at::Tensor& q, const at::Tensor& k) {
  TORCH_CHECK(q.is_cuda(), "ropec gpt_neox_20b: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec gpt_neox_20b: q must have shape [batch, 64, seq, 96], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(2);
  const at::Device device = q.device();
  ropec_gpt_neox_20b_expect(q, "q", at::kHalf, {batch, 64, seq, 96}, device, true);
  ropec_gpt_neox_20b_expect(k, "k", at::kHalf, {batch, 64, seq, 96}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_gpt_neox_20b_launch(static_cast<const ropec_gpt_neox_20b_elem_t*>(q.data_ptr()), static_cast<const ropec_gpt_neox_20b_elem_t*>(k.data_ptr()), static_cast<ropec_gpt_neox_20b_elem_t*>(q_out.data_ptr()), static_cast<ropec_gpt_neox_20b_elem_t*>(k_out.data_ptr()), batch, seq, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec gpt_neox_20b: ", ropec_gpt_neox_20b_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec gpt_neox_20b: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_gpt_neox_20b_meta(const at::Tensor& q, const at::Tensor& k) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("gpt_neox_20b(Tensor q, Tensor k) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("gpt_neox_20b", &ropec_gpt_neox_20b_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("gpt_neox_20b", &ropec_gpt_neox_20b_meta);
}
