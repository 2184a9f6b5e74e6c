// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: d82fdb4842def8d8
// PyTorch extension for the ropec kernel 'phi3_mini_128k': half forward rotation of 96 lanes, bf16 [tokens, heads, dim], out of place, positions index, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_phi3_mini_128k", sources=["phi3_mini_128k_torch.cpp", "phi3_mini_128k.cu", "phi3_mini_128k_inverse.cu"])
// then call torch.ops.ropec.phi3_mini_128k(q, k, offset, seq_len).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd
// (the backward pass is torch.ops.ropec.phi3_mini_128k_inverse: the transposed rotation of the output
// gradients). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "phi3_mini_128k.h"
#include "phi3_mini_128k_inverse.h"

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
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
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

void ropec_phi3_mini_128k_inverse_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec phi3_mini_128k_inverse: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec phi3_mini_128k_inverse: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec phi3_mini_128k_inverse: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec phi3_mini_128k_inverse: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_inverse_op(const at::Tensor& q, const at::Tensor& k, int64_t offset, int64_t seq_len) {
  TORCH_CHECK(q.is_cuda(), "ropec phi3_mini_128k_inverse: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec phi3_mini_128k_inverse: q must have shape [tokens, 32, 96], got ", q.sizes());
  const int64_t tokens = q.size(0);
  const at::Device device = q.device();
  ropec_phi3_mini_128k_inverse_expect(q, "q", at::kBFloat16, {tokens, 32, 96}, device, true);
  ropec_phi3_mini_128k_inverse_expect(k, "k", at::kBFloat16, {tokens, 32, 96}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
  const cudaError_t status = ropec_phi3_mini_128k_inverse_launch(static_cast<const ropec_phi3_mini_128k_inverse_elem_t*>(q.data_ptr()), static_cast<const ropec_phi3_mini_128k_inverse_elem_t*>(k.data_ptr()), static_cast<ropec_phi3_mini_128k_inverse_elem_t*>(q_out.data_ptr()), static_cast<ropec_phi3_mini_128k_inverse_elem_t*>(k_out.data_ptr()), tokens, offset, seq_len, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec phi3_mini_128k_inverse: ", ropec_phi3_mini_128k_inverse_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec phi3_mini_128k_inverse: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_inverse_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

/** The op below autograd (CUDA, or Meta while tracing), through the dispatcher. */
std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_redispatch(const char* op, const at::Tensor& q, const at::Tensor& k, int64_t offset, int64_t seq_len) {
  static const auto forward = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::phi3_mini_128k", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, int64_t, int64_t)>();
  static const auto inverse = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::phi3_mini_128k_inverse", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, int64_t, int64_t)>();
  at::AutoDispatchBelowADInplaceOrView below;
  return (op[0] == 'f' ? forward : inverse).call(q, k, offset, seq_len);
}

/**
 * y = m·R(θ)·x per pair, so ∂L/∂x = m·R(−θ)·∂L/∂y: the other direction's rotation of the gradients
 * (`inverse`: which direction this node ran). That rotation is a node of its own when the backward
 * pass records a graph (create_graph), so every higher derivative follows.
 */
class ropec_phi3_mini_128k_rotation : public torch::autograd::Function<ropec_phi3_mini_128k_rotation> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, bool inverse, const at::Tensor& q, const at::Tensor& k, int64_t offset, int64_t seq_len) {
    ctx->saved_data["inverse"] = inverse;
    ctx->saved_data["offset"] = offset;
    ctx->saved_data["seq_len"] = seq_len;
    ctx->save_for_backward({  });
    ctx->saved_data["q_sizes"] = q.sizes().vec();
    ctx->saved_data["k_sizes"] = k.sizes().vec();
    auto [q_out, k_out] = ropec_phi3_mini_128k_redispatch(inverse ? "inverse" : "forward", q, k, offset, seq_len);
    return {q_out, k_out};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    [[maybe_unused]] const auto saved = ctx->get_saved_variables();
    const int64_t offset = ctx->saved_data["offset"].toInt();
    const int64_t seq_len = ctx->saved_data["seq_len"].toInt();
    // An output that did not reach the loss has no gradient: zeros. The op takes contiguous rows.
    const auto grad = [&](size_t i, const char* sizes) {
      return grads[i].defined() ? grads[i].contiguous() : at::zeros(ctx->saved_data[sizes].toIntVector(), grads[1 - i].options());
    };
    const at::Tensor q = grad(0, "q_sizes");
    const at::Tensor k = grad(1, "k_sizes");
    // No gradient for `inverse`; the rotated gradients; none for the other arguments.
    torch::autograd::variable_list out = {at::Tensor()};
    for (auto& g : ropec_phi3_mini_128k_rotation::apply(!ctx->saved_data["inverse"].toBool(), q, k, offset, seq_len)) out.push_back(g);
    out.resize(4 + 1);
    return out;
  }
};

std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_apply(bool inverse, const at::Tensor& q, const at::Tensor& k, int64_t offset, int64_t seq_len) {
  const auto r = ropec_phi3_mini_128k_rotation::apply(inverse, q, k, offset, seq_len);
  return {r[0], r[1]};
}

std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_autograd(const at::Tensor& q, const at::Tensor& k, int64_t offset, int64_t seq_len) { return ropec_phi3_mini_128k_apply(false, q, k, offset, seq_len); }
std::tuple<at::Tensor, at::Tensor> ropec_phi3_mini_128k_inverse_autograd(const at::Tensor& q, const at::Tensor& k, int64_t offset, int64_t seq_len) { return ropec_phi3_mini_128k_apply(true, q, k, offset, seq_len); }

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("phi3_mini_128k(Tensor q, Tensor k, int offset, int seq_len) -> (Tensor, Tensor)");
  m.def("phi3_mini_128k_inverse(Tensor q, Tensor k, int offset, int seq_len) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("phi3_mini_128k", &ropec_phi3_mini_128k_op);
  m.impl("phi3_mini_128k_inverse", &ropec_phi3_mini_128k_inverse_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("phi3_mini_128k", &ropec_phi3_mini_128k_meta);
  m.impl("phi3_mini_128k_inverse", &ropec_phi3_mini_128k_inverse_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("phi3_mini_128k", &ropec_phi3_mini_128k_autograd);
  m.impl("phi3_mini_128k_inverse", &ropec_phi3_mini_128k_inverse_autograd);
}
