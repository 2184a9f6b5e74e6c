// Generated from spec/qwen3_vl_8b.rope (rope qwen3_vl_8b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 19510864f93a2e2b
// PyTorch extension for the ropec kernel 'qwen3_vl_8b': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], out of place, positions mrope, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_qwen3_vl_8b", sources=["qwen3_vl_8b_torch.cpp", "qwen3_vl_8b.cu", "qwen3_vl_8b_inverse.cu"])
// then call torch.ops.ropec.qwen3_vl_8b(q, k, segment_table, segment_values).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd
// (the backward pass is torch.ops.ropec.qwen3_vl_8b_inverse: the transposed rotation of the output
// gradients). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "qwen3_vl_8b.h"
#include "qwen3_vl_8b_inverse.h"

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
    TORCH_CHECK(c10::cuda::currentStreamCaptureStatusMayInitCtx() == c10::cuda::CaptureStatus::None, "ropec qwen3_vl_8b: segment_table and segment_values on the CPU are checked and copied to the GPU on every call, which a CUDA graph capture cannot hold: pass them on the GPU");
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
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
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

void ropec_qwen3_vl_8b_inverse_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec qwen3_vl_8b_inverse: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec qwen3_vl_8b_inverse: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec qwen3_vl_8b_inverse: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec qwen3_vl_8b_inverse: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_inverse_op(const at::Tensor& q, const at::Tensor& k, const at::Tensor& segment_table, const at::Tensor& segment_values) {
  TORCH_CHECK(q.is_cuda(), "ropec qwen3_vl_8b_inverse: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec qwen3_vl_8b_inverse: q must have shape [tokens, 32, 128], got ", q.sizes());
  const int64_t tokens = q.size(0);
  const int64_t segment_words = segment_table.numel();
  const int64_t segment_value_count = segment_values.numel();
  const at::Device device = q.device();
  at::Tensor segment_table_d = segment_table;
  at::Tensor segment_values_d = segment_values;
  if (segment_table.is_cpu() && segment_values.is_cpu()) {
    TORCH_CHECK(c10::cuda::currentStreamCaptureStatusMayInitCtx() == c10::cuda::CaptureStatus::None, "ropec qwen3_vl_8b_inverse: segment_table and segment_values on the CPU are checked and copied to the GPU on every call, which a CUDA graph capture cannot hold: pass them on the GPU");
    TORCH_CHECK(segment_table.scalar_type() == at::kInt && segment_table.dim() == 1 && segment_table.is_contiguous(), "ropec qwen3_vl_8b_inverse: segment_table must be a contiguous int32 tensor, got ", segment_table.scalar_type(), " of shape ", segment_table.sizes());
    TORCH_CHECK(segment_values.scalar_type() == at::kFloat && segment_values.dim() == 1 && segment_values.is_contiguous(), "ropec qwen3_vl_8b_inverse: segment_values must be a contiguous float32 tensor, got ", segment_values.scalar_type(), " of shape ", segment_values.sizes());
    TORCH_CHECK(ropec_qwen3_vl_8b_inverse_check_segments(segment_table.data_ptr<int32_t>(), segment_words, segment_value_count > 0 ? segment_values.data_ptr<float>() : nullptr, segment_value_count, 1, tokens) == cudaSuccess,
                "ropec qwen3_vl_8b_inverse: ", ropec_qwen3_vl_8b_inverse_last_error());
    segment_table_d = segment_table.to(device);
    segment_values_d = segment_values.to(device);
  }
  ropec_qwen3_vl_8b_inverse_expect(q, "q", at::kBFloat16, {tokens, 32, 128}, device, true);
  ropec_qwen3_vl_8b_inverse_expect(k, "k", at::kBFloat16, {tokens, 8, 128}, device, true);
  ropec_qwen3_vl_8b_inverse_expect(segment_table_d, "segment_table", at::kInt, {segment_words}, device, true);
  ropec_qwen3_vl_8b_inverse_expect(segment_values_d, "segment_values", at::kFloat, {segment_value_count}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
  const cudaError_t status = ropec_qwen3_vl_8b_inverse_launch(static_cast<const ropec_qwen3_vl_8b_inverse_elem_t*>(q.data_ptr()), static_cast<const ropec_qwen3_vl_8b_inverse_elem_t*>(k.data_ptr()), static_cast<ropec_qwen3_vl_8b_inverse_elem_t*>(q_out.data_ptr()), static_cast<ropec_qwen3_vl_8b_inverse_elem_t*>(k_out.data_ptr()), static_cast<const int32_t*>(segment_table_d.data_ptr()), static_cast<const float*>(segment_values_d.data_ptr()), tokens, segment_words, segment_value_count, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec qwen3_vl_8b_inverse: ", ropec_qwen3_vl_8b_inverse_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec qwen3_vl_8b_inverse: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_inverse_meta(const at::Tensor& q, const at::Tensor& k, const at::Tensor&, const at::Tensor&) {
  return {at::empty_like(q), at::empty_like(k)};
}

/** The op below autograd (CUDA, or Meta while tracing), through the dispatcher. */
std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_redispatch(const char* op, const at::Tensor& q, const at::Tensor& k, const at::Tensor& segment_table, const at::Tensor& segment_values) {
  static const auto forward = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::qwen3_vl_8b", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&)>();
  static const auto inverse = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::qwen3_vl_8b_inverse", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&)>();
  at::AutoDispatchBelowADInplaceOrView below;
  return (op[0] == 'f' ? forward : inverse).call(q, k, segment_table, segment_values);
}

/**
 * y = m·R(θ)·x per pair, so ∂L/∂x = m·R(−θ)·∂L/∂y: the other direction's rotation of the gradients
 * (`inverse`: which direction this node ran). That rotation is a node of its own when the backward
 * pass records a graph (create_graph), so every higher derivative follows.
 */
class ropec_qwen3_vl_8b_rotation : public torch::autograd::Function<ropec_qwen3_vl_8b_rotation> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, bool inverse, const at::Tensor& q, const at::Tensor& k, const at::Tensor& segment_table, const at::Tensor& segment_values) {
    ctx->saved_data["inverse"] = inverse;
    ctx->save_for_backward({ segment_table, segment_values });
    ctx->saved_data["q_sizes"] = q.sizes().vec();
    ctx->saved_data["k_sizes"] = k.sizes().vec();
    auto [q_out, k_out] = ropec_qwen3_vl_8b_redispatch(inverse ? "inverse" : "forward", q, k, segment_table, segment_values);
    return {q_out, k_out};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    [[maybe_unused]] const auto saved = ctx->get_saved_variables();
    const at::Tensor& segment_table = saved[0];
    const at::Tensor& segment_values = saved[1];
    // An output that did not reach the loss has no gradient: zeros. The op takes contiguous rows.
    const auto grad = [&](size_t i, const char* sizes) {
      return grads[i].defined() ? grads[i].contiguous() : at::zeros(ctx->saved_data[sizes].toIntVector(), grads[1 - i].options());
    };
    const at::Tensor q = grad(0, "q_sizes");
    const at::Tensor k = grad(1, "k_sizes");
    // No gradient for `inverse`; the rotated gradients; none for the other arguments.
    torch::autograd::variable_list out = {at::Tensor()};
    for (auto& g : ropec_qwen3_vl_8b_rotation::apply(!ctx->saved_data["inverse"].toBool(), q, k, segment_table, segment_values)) out.push_back(g);
    out.resize(4 + 1);
    return out;
  }
};

std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_apply(bool inverse, const at::Tensor& q, const at::Tensor& k, const at::Tensor& segment_table, const at::Tensor& segment_values) {
  const auto r = ropec_qwen3_vl_8b_rotation::apply(inverse, q, k, segment_table, segment_values);
  return {r[0], r[1]};
}

std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_autograd(const at::Tensor& q, const at::Tensor& k, const at::Tensor& segment_table, const at::Tensor& segment_values) { return ropec_qwen3_vl_8b_apply(false, q, k, segment_table, segment_values); }
std::tuple<at::Tensor, at::Tensor> ropec_qwen3_vl_8b_inverse_autograd(const at::Tensor& q, const at::Tensor& k, const at::Tensor& segment_table, const at::Tensor& segment_values) { return ropec_qwen3_vl_8b_apply(true, q, k, segment_table, segment_values); }

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("qwen3_vl_8b(Tensor q, Tensor k, Tensor segment_table, Tensor segment_values) -> (Tensor, Tensor)");
  m.def("qwen3_vl_8b_inverse(Tensor q, Tensor k, Tensor segment_table, Tensor segment_values) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("qwen3_vl_8b", &ropec_qwen3_vl_8b_op);
  m.impl("qwen3_vl_8b_inverse", &ropec_qwen3_vl_8b_inverse_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("qwen3_vl_8b", &ropec_qwen3_vl_8b_meta);
  m.impl("qwen3_vl_8b_inverse", &ropec_qwen3_vl_8b_inverse_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("qwen3_vl_8b", &ropec_qwen3_vl_8b_autograd);
  m.impl("qwen3_vl_8b_inverse", &ropec_qwen3_vl_8b_inverse_autograd);
}
