// Generated from spec/qwen2_5_7b_yarn.rope (rope qwen2_5_7b_yarn) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 7d5e1568861eaaad
// PyTorch extension for the ropec kernel 'qwen2_5_7b_yarn': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], out of place, positions index, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_qwen2_5_7b_yarn", sources=["qwen2_5_7b_yarn_torch.cpp", "qwen2_5_7b_yarn.cu", "qwen2_5_7b_yarn_inverse.cu"])
// then call torch.ops.ropec.qwen2_5_7b_yarn(q, k, offset).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd
// (the backward pass is torch.ops.ropec.qwen2_5_7b_yarn_inverse: the transposed rotation of the output
// gradients). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "qwen2_5_7b_yarn.h"
#include "qwen2_5_7b_yarn_inverse.h"

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
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
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

void ropec_qwen2_5_7b_yarn_inverse_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec qwen2_5_7b_yarn_inverse: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec qwen2_5_7b_yarn_inverse: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec qwen2_5_7b_yarn_inverse: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec qwen2_5_7b_yarn_inverse: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_inverse_op(const at::Tensor& q, const at::Tensor& k, int64_t offset) {
  TORCH_CHECK(q.is_cuda(), "ropec qwen2_5_7b_yarn_inverse: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec qwen2_5_7b_yarn_inverse: q must have shape [tokens, 28, 128], got ", q.sizes());
  const int64_t tokens = q.size(0);
  const at::Device device = q.device();
  ropec_qwen2_5_7b_yarn_inverse_expect(q, "q", at::kBFloat16, {tokens, 28, 128}, device, true);
  ropec_qwen2_5_7b_yarn_inverse_expect(k, "k", at::kBFloat16, {tokens, 4, 128}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
  const cudaError_t status = ropec_qwen2_5_7b_yarn_inverse_launch(static_cast<const ropec_qwen2_5_7b_yarn_inverse_elem_t*>(q.data_ptr()), static_cast<const ropec_qwen2_5_7b_yarn_inverse_elem_t*>(k.data_ptr()), static_cast<ropec_qwen2_5_7b_yarn_inverse_elem_t*>(q_out.data_ptr()), static_cast<ropec_qwen2_5_7b_yarn_inverse_elem_t*>(k_out.data_ptr()), tokens, offset, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec qwen2_5_7b_yarn_inverse: ", ropec_qwen2_5_7b_yarn_inverse_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec qwen2_5_7b_yarn_inverse: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_inverse_meta(const at::Tensor& q, const at::Tensor& k, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

/** The op below autograd (CUDA, or Meta while tracing), through the dispatcher. */
std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_redispatch(const char* op, const at::Tensor& q, const at::Tensor& k, int64_t offset) {
  static const auto forward = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::qwen2_5_7b_yarn", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, int64_t)>();
  static const auto inverse = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::qwen2_5_7b_yarn_inverse", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, int64_t)>();
  at::AutoDispatchBelowADInplaceOrView below;
  return (op[0] == 'f' ? forward : inverse).call(q, k, offset);
}

/**
 * y = m·R(θ)·x per pair, so ∂L/∂x = m·R(−θ)·∂L/∂y: the other direction's rotation of the gradients
 * (`inverse`: which direction this node ran). That rotation is a node of its own when the backward
 * pass records a graph (create_graph), so every higher derivative follows.
 */
class ropec_qwen2_5_7b_yarn_rotation : public torch::autograd::Function<ropec_qwen2_5_7b_yarn_rotation> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, bool inverse, const at::Tensor& q, const at::Tensor& k, int64_t offset) {
    ctx->saved_data["inverse"] = inverse;
    ctx->saved_data["offset"] = offset;
    ctx->save_for_backward({  });
    ctx->saved_data["q_sizes"] = q.sizes().vec();
    ctx->saved_data["k_sizes"] = k.sizes().vec();
    auto [q_out, k_out] = ropec_qwen2_5_7b_yarn_redispatch(inverse ? "inverse" : "forward", q, k, offset);
    return {q_out, k_out};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    [[maybe_unused]] const auto saved = ctx->get_saved_variables();
    const int64_t offset = ctx->saved_data["offset"].toInt();
    // An output that did not reach the loss has no gradient: zeros. The op takes contiguous rows.
    const auto grad = [&](size_t i, const char* sizes) {
      return grads[i].defined() ? grads[i].contiguous() : at::zeros(ctx->saved_data[sizes].toIntVector(), grads[1 - i].options());
    };
    const at::Tensor q = grad(0, "q_sizes");
    const at::Tensor k = grad(1, "k_sizes");
    // No gradient for `inverse`; the rotated gradients; none for the other arguments.
    torch::autograd::variable_list out = {at::Tensor()};
    for (auto& g : ropec_qwen2_5_7b_yarn_rotation::apply(!ctx->saved_data["inverse"].toBool(), q, k, offset)) out.push_back(g);
    out.resize(3 + 1);
    return out;
  }
};

std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_apply(bool inverse, const at::Tensor& q, const at::Tensor& k, int64_t offset) {
  const auto r = ropec_qwen2_5_7b_yarn_rotation::apply(inverse, q, k, offset);
  return {r[0], r[1]};
}

std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_autograd(const at::Tensor& q, const at::Tensor& k, int64_t offset) { return ropec_qwen2_5_7b_yarn_apply(false, q, k, offset); }
std::tuple<at::Tensor, at::Tensor> ropec_qwen2_5_7b_yarn_inverse_autograd(const at::Tensor& q, const at::Tensor& k, int64_t offset) { return ropec_qwen2_5_7b_yarn_apply(true, q, k, offset); }

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("qwen2_5_7b_yarn(Tensor q, Tensor k, int offset) -> (Tensor, Tensor)");
  m.def("qwen2_5_7b_yarn_inverse(Tensor q, Tensor k, int offset) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("qwen2_5_7b_yarn", &ropec_qwen2_5_7b_yarn_op);
  m.impl("qwen2_5_7b_yarn_inverse", &ropec_qwen2_5_7b_yarn_inverse_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("qwen2_5_7b_yarn", &ropec_qwen2_5_7b_yarn_meta);
  m.impl("qwen2_5_7b_yarn_inverse", &ropec_qwen2_5_7b_yarn_inverse_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("qwen2_5_7b_yarn", &ropec_qwen2_5_7b_yarn_autograd);
  m.impl("qwen2_5_7b_yarn_inverse", &ropec_qwen2_5_7b_yarn_inverse_autograd);
}
