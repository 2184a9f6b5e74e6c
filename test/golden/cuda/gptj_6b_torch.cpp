// Generated from spec/gptj_6b.rope (rope gptj_6b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: b4837ac6e38287d0
// PyTorch extension for the ropec kernel 'gptj_6b': interleaved forward rotation of 64 of 256 lanes (from lane 0), f16 [batch, seq, heads, dim], out of place, positions index, sin/cos computed (exact).
// Build and load next to gptj_6b.cu and gptj_6b.h:
//   torch.utils.cpp_extension.load(name="ropec_gptj_6b", sources=["gptj_6b_torch.cpp", "gptj_6b.cu"])
// then call torch.ops.ropec.gptj_6b(q, k).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "gptj_6b.h"

namespace {

void ropec_gptj_6b_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec gptj_6b: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec gptj_6b: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec gptj_6b: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec gptj_6b: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_gptj_6b_op(const at::Tensor& q, const at::Tensor& k) {
  TORCH_CHECK(q.is_cuda(), "ropec gptj_6b: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec gptj_6b: q must have shape [batch, seq, 16, 256], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(1);
  const at::Device device = q.device();
  ropec_gptj_6b_expect(q, "q", at::kHalf, {batch, seq, 16, 256}, device, true);
  ropec_gptj_6b_expect(k, "k", at::kHalf, {batch, seq, 16, 256}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_gptj_6b_launch(static_cast<const ropec_gptj_6b_elem_t*>(q.data_ptr()), static_cast<const ropec_gptj_6b_elem_t*>(k.data_ptr()), static_cast<ropec_gptj_6b_elem_t*>(q_out.data_ptr()), static_cast<ropec_gptj_6b_elem_t*>(k_out.data_ptr()), batch, seq, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec gptj_6b: ", ropec_gptj_6b_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec gptj_6b: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_gptj_6b_meta(const at::Tensor& q, const at::Tensor& k) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("gptj_6b(Tensor q, Tensor k) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("gptj_6b", &ropec_gptj_6b_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("gptj_6b", &ropec_gptj_6b_meta);
}
