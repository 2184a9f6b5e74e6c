// Generated from spec/qwen2_5_7b_yarn.rope (rope qwen2_5_7b_yarn) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 7d5e1568861eaaad
// PyTorch extension for the ropec kernel 'qwen2_5_7b_yarn': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], out of place, positions index, sin/cos computed (exact).
// Build and load next to qwen2_5_7b_yarn.cu and qwen2_5_7b_yarn.h:
//   torch.utils.cpp_extension.load(name="ropec_qwen2_5_7b_yarn", sources=["qwen2_5_7b_yarn_torch.cpp", "qwen2_5_7b_yarn.cu"])
// then call torch.ops.ropec.qwen2_5_7b_yarn(q, k, offset).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "qwen2_5_7b_yarn.h"

namespace {

void ropec_qwen2_5_7b_yarn_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec qwen2_5_7b_yarn: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec qwen2_5_7b_yarn: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec qwen2_5_7b_yarn: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec qwen2_5_7b_yarn: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_op(const at::Tensor& q, const at::Tensor& k, int64_t offset) {
  TORCH_CHECK(q.is_cuda(), "ropec qwen2_5_7b_yarn: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec qwen2_5_7b_yarn: q must have shape [tokens, 28, 128], got ", q.sizes());
  const int64_t tokens = q.size(0);
  const at::Device device = q.device();
  ropec_qwen2_5_7b_yarn_expect(q, "q", at::kBFloat16, {tokens, 28, 128}, device, true);
  ropec_qwen2_5_7b_yarn_expect(k, "k", at::kBFloat16, {tokens, 4, 128}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_qwen2_5_7b_yarn_launch(static_cast<const ropec_qwen2_5_7b_yarn_elem_t*>(q.data_ptr()), static_cast<const ropec_qwen2_5_7b_yarn_elem_t*>(k.data_ptr()), static_cast<ropec_qwen2_5_7b_yarn_elem_t*>(q_out.data_ptr()), static_cast<ropec_qwen2_5_7b_yarn_elem_t*>(k_out.data_ptr()), tokens, offset, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec qwen2_5_7b_yarn: ", ropec_qwen2_5_7b_yarn_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec qwen2_5_7b_yarn: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_meta(const at::Tensor& q, const at::Tensor& k, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("qwen2_5_7b_yarn(Tensor q, Tensor k, int offset) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("qwen2_5_7b_yarn", &ropec_qwen2_5_7b_yarn_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("qwen2_5_7b_yarn", &ropec_qwen2_5_7b_yarn_meta);
}
