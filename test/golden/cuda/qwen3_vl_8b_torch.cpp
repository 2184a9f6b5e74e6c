// Generated from spec/qwen3_vl_8b.rope (rope qwen3_vl_8b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 19510864f93a2e2b
// PyTorch extension for the ropec kernel 'qwen3_vl_8b': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], out of place, positions mrope, sin/cos computed (exact).
// Build and load next to qwen3_vl_8b.cu and qwen3_vl_8b.h:
//   torch.utils.cpp_extension.load(name="ropec_qwen3_vl_8b", sources=["qwen3_vl_8b_torch.cpp", "qwen3_vl_8b.cu"])
// then call torch.ops.ropec.qwen3_vl_8b(q, k, segment_table, segment_values).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "qwen3_vl_8b.h"

namespace {

void ropec_qwen3_vl_8b_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec qwen3_vl_8b: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec qwen3_vl_8b: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec qwen3_vl_8b: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec qwen3_vl_8b: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_op(const at::Tensor& q, const at::Tensor& k, const at::Tensor& segment_table, const at::Tensor& segment_values) {
  TORCH_CHECK(q.is_cuda(), "ropec qwen3_vl_8b: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec qwen3_vl_8b: q must have shape [tokens, 32, 128], got ", q.sizes());
  const int64_t tokens = q.size(0);
  const int64_t segment_words = segment_table.numel();
  const int64_t segment_value_count = segment_values.numel();
  const at::Device device = q.device();
  at::Tensor segment_table_d = segment_table;
  at::Tensor segment_values_d = segment_values;
  if (segment_table.is_cpu() && segment_values.is_cpu()) {
    TORCH_CHECK(segment_table.scalar_type() == at::kInt && segment_table.dim() == 1 && segment_table.is_contiguous(), "ropec qwen3_vl_8b: segment_table must be a contiguous int32 tensor, got ", segment_table.scalar_type(), " of shape ", segment_table.sizes());
    TORCH_CHECK(segment_values.scalar_type() == at::kFloat && segment_values.dim() == 1 && segment_values.is_contiguous(), "ropec qwen3_vl_8b: segment_values must be a contiguous float32 tensor, got ", segment_values.scalar_type(), " of shape ", segment_values.sizes());
    TORCH_CHECK(ropec_qwen3_vl_8b_check_segments(segment_table.data_ptr<int32_t>(), segment_words, segment_value_count > 0 ? segment_values.data_ptr<float>() : nullptr, segment_value_count, 1, tokens) == cudaSuccess,
                "ropec qwen3_vl_8b: ", ropec_qwen3_vl_8b_last_error());
    segment_table_d = segment_table.to(device);
    segment_values_d = segment_values.to(device);
  }
  ropec_qwen3_vl_8b_expect(q, "q", at::kBFloat16, {tokens, 32, 128}, device, true);
  ropec_qwen3_vl_8b_expect(k, "k", at::kBFloat16, {tokens, 8, 128}, device, true);
  ropec_qwen3_vl_8b_expect(segment_table_d, "segment_table", at::kInt, {segment_words}, device, true);
  ropec_qwen3_vl_8b_expect(segment_values_d, "segment_values", at::kFloat, {segment_value_count}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  const cudaError_t status = ropec_qwen3_vl_8b_launch(static_cast<const ropec_qwen3_vl_8b_elem_t*>(q.data_ptr()), static_cast<const ropec_qwen3_vl_8b_elem_t*>(k.data_ptr()), static_cast<ropec_qwen3_vl_8b_elem_t*>(q_out.data_ptr()), static_cast<ropec_qwen3_vl_8b_elem_t*>(k_out.data_ptr()), static_cast<const int32_t*>(segment_table_d.data_ptr()), static_cast<const float*>(segment_values_d.data_ptr()), tokens, segment_words, segment_value_count, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec qwen3_vl_8b: ", ropec_qwen3_vl_8b_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec qwen3_vl_8b: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_meta(const at::Tensor& q, const at::Tensor& k, const at::Tensor&, const at::Tensor&) {
  return {at::empty_like(q), at::empty_like(k)};
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("qwen3_vl_8b(Tensor q, Tensor k, Tensor segment_table, Tensor segment_values) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("qwen3_vl_8b", &ropec_qwen3_vl_8b_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("qwen3_vl_8b", &ropec_qwen3_vl_8b_meta);
}
