// Generated from spec/llama2_7b.rope (rope llama2_7b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 96722e640a0f9816
// PyTorch extension for the ropec kernel 'llama2_7b': half forward rotation of 128 lanes, f16 [batch, seq, heads, dim], out of place, positions index, sin/cos computed (exact).
// Build and load next to llama2_7b.cu and llama2_7b.h:
//   torch.utils.cpp_extension.load(name="ropec_llama2_7b", sources=["llama2_7b_torch.cpp", "llama2_7b.cu"])
// then call torch.ops.ropec.llama2_7b(q, k, offset).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "llama2_7b.h"

namespace {

void ropec_llama2_7b_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec llama2_7b: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec llama2_7b: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec llama2_7b: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec llama2_7b: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_llama2_7b_op(const at::Tensor& q, const at::Tensor& k, int64_t offset) {
  TORCH_CHECK(q.is_cuda(), "ropec llama2_7b: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec llama2_7b: q must have shape [batch, seq, 32, 128], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(1);
  const at::Device device = q.device();
  ropec_llama2_7b_expect(q, "q", at::kHalf, {batch, seq, 32, 128}, device, true);
  ropec_llama2_7b_expect(k, "k", at::kHalf, {batch, seq, 32, 128}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_llama2_7b_launch(static_cast<const ropec_llama2_7b_elem_t*>(q.data_ptr()), static_cast<const ropec_llama2_7b_elem_t*>(k.data_ptr()), static_cast<ropec_llama2_7b_elem_t*>(q_out.data_ptr()), static_cast<ropec_llama2_7b_elem_t*>(k_out.data_ptr()), batch, seq, offset, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec llama2_7b: ", ropec_llama2_7b_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec llama2_7b: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_llama2_7b_meta(const at::Tensor& q, const at::Tensor& k, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("llama2_7b(Tensor q, Tensor k, int offset) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("llama2_7b", &ropec_llama2_7b_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("llama2_7b", &ropec_llama2_7b_meta);
}
