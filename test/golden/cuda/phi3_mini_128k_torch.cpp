// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: d82fdb4842def8d8
// PyTorch extension for the ropec kernel 'phi3_mini_128k': half forward rotation of 96 lanes, bf16 [tokens, heads, dim], out of place, positions index, sin/cos computed (exact).
// Build and load next to phi3_mini_128k.cu and phi3_mini_128k.h:
//   torch.utils.cpp_extension.load(name="ropec_phi3_mini_128k", sources=["phi3_mini_128k_torch.cpp", "phi3_mini_128k.cu"])
// then call torch.ops.ropec.phi3_mini_128k(q, k, offset, seq_len).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "phi3_mini_128k.h"

namespace {

void ropec_phi3_mini_128k_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec phi3_mini_128k: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec phi3_mini_128k: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec phi3_mini_128k: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec phi3_mini_128k: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_op(const at::Tensor& q, const at::Tensor& k, int64_t offset, int64_t seq_len) {
  TORCH_CHECK(q.is_cuda(), "ropec phi3_mini_128k: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec phi3_mini_128k: q must have shape [tokens, 32, 96], got ", q.sizes());
  const int64_t tokens = q.size(0);
  const at::Device device = q.device();
  ropec_phi3_mini_128k_expect(q, "q", at::kBFloat16, {tokens, 32, 96}, device, true);
  ropec_phi3_mini_128k_expect(k, "k", at::kBFloat16, {tokens, 32, 96}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_phi3_mini_128k_launch(static_cast<const ropec_phi3_mini_128k_elem_t*>(q.data_ptr()), static_cast<const ropec_phi3_mini_128k_elem_t*>(k.data_ptr()), static_cast<ropec_phi3_mini_128k_elem_t*>(q_out.data_ptr()), static_cast<ropec_phi3_mini_128k_elem_t*>(k_out.data_ptr()), tokens, offset, seq_len, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec phi3_mini_128k: ", ropec_phi3_mini_128k_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec phi3_mini_128k: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("phi3_mini_128k(Tensor q, Tensor k, int offset, int seq_len) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("phi3_mini_128k", &ropec_phi3_mini_128k_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("phi3_mini_128k", &ropec_phi3_mini_128k_meta);
}
