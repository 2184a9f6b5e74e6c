// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 9a79fc140b385799
// PyTorch extension for the ropec kernel 'dinov3_vitl16_multicrop': half forward rotation of 64 lanes, bf16 [tokens, heads, dim], out of place, positions grid, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_dinov3_vitl16_multicrop", sources=["dinov3_vitl16_multicrop_torch.cpp", "dinov3_vitl16_multicrop.cu", "dinov3_vitl16_multicrop_inverse.cu"])
// then call torch.ops.ropec.dinov3_vitl16_multicrop(q, k, cu_seqlens, grid_sizes).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd
// (the backward pass is torch.ops.ropec.dinov3_vitl16_multicrop_inverse: the transposed rotation of the output
// gradients). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "dinov3_vitl16_multicrop.h"
#include "dinov3_vitl16_multicrop_inverse.h"

namespace {

void ropec_dinov3_vitl16_multicrop_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec dinov3_vitl16_multicrop: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec dinov3_vitl16_multicrop: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec dinov3_vitl16_multicrop: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec dinov3_vitl16_multicrop: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_op(const at::Tensor& q, const at::Tensor& k, const at::Tensor& cu_seqlens, const at::Tensor& grid_sizes) {
  TORCH_CHECK(q.is_cuda(), "ropec dinov3_vitl16_multicrop: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec dinov3_vitl16_multicrop: q must have shape [tokens, 16, 64], got ", q.sizes());
  const int64_t tokens = q.size(0);
  TORCH_CHECK(cu_seqlens.dim() == 1 && cu_seqlens.size(0) >= 2, "ropec dinov3_vitl16_multicrop: cu_seqlens must have shape [batch + 1] with batch >= 1, got ", cu_seqlens.sizes());
  const int64_t batch = cu_seqlens.size(0) - 1;
  const at::Device device = q.device();
  at::Tensor cu_seqlens_d = cu_seqlens;
  at::Tensor grid_sizes_d = grid_sizes;
  if (cu_seqlens.is_cpu() && grid_sizes.is_cpu()) {
    TORCH_CHECK(c10::cuda::currentStreamCaptureStatusMayInitCtx() == c10::cuda::CaptureStatus::None, "ropec dinov3_vitl16_multicrop: cu_seqlens and grid_sizes on the CPU are checked and copied to the GPU on every call, which a CUDA graph capture cannot hold: pass them on the GPU");
    TORCH_CHECK(cu_seqlens.scalar_type() == at::kInt && cu_seqlens.dim() == 1 && cu_seqlens.is_contiguous(), "ropec dinov3_vitl16_multicrop: cu_seqlens must be a contiguous int32 tensor, got ", cu_seqlens.scalar_type(), " of shape ", cu_seqlens.sizes());
    TORCH_CHECK(grid_sizes.scalar_type() == at::kInt && grid_sizes.dim() == 2 && grid_sizes.size(0) == batch && grid_sizes.size(1) == 2 && grid_sizes.is_contiguous(), "ropec dinov3_vitl16_multicrop: grid_sizes must be a contiguous int32 tensor of shape [batch, 2], got ", grid_sizes.scalar_type(), " of shape ", grid_sizes.sizes());
    TORCH_CHECK(ropec_dinov3_vitl16_multicrop_check_grid_sizes(grid_sizes.data_ptr<int32_t>(), cu_seqlens.data_ptr<int32_t>(), batch, tokens) == cudaSuccess,
                "ropec dinov3_vitl16_multicrop: ", ropec_dinov3_vitl16_multicrop_last_error());
    cu_seqlens_d = cu_seqlens.to(device);
    grid_sizes_d = grid_sizes.to(device);
  }
  ropec_dinov3_vitl16_multicrop_expect(q, "q", at::kBFloat16, {tokens, 16, 64}, device, true);
  ropec_dinov3_vitl16_multicrop_expect(k, "k", at::kBFloat16, {tokens, 16, 64}, device, true);
  ropec_dinov3_vitl16_multicrop_expect(cu_seqlens_d, "cu_seqlens", at::kInt, {batch + 1}, device, true);
  ropec_dinov3_vitl16_multicrop_expect(grid_sizes_d, "grid_sizes", at::kInt, {batch, 2}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
  const cudaError_t status = ropec_dinov3_vitl16_multicrop_launch(static_cast<const ropec_dinov3_vitl16_multicrop_elem_t*>(q.data_ptr()), static_cast<const ropec_dinov3_vitl16_multicrop_elem_t*>(k.data_ptr()), static_cast<ropec_dinov3_vitl16_multicrop_elem_t*>(q_out.data_ptr()), static_cast<ropec_dinov3_vitl16_multicrop_elem_t*>(k_out.data_ptr()), static_cast<const int32_t*>(cu_seqlens_d.data_ptr()), static_cast<const int32_t*>(grid_sizes_d.data_ptr()), tokens, batch, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec dinov3_vitl16_multicrop: ", ropec_dinov3_vitl16_multicrop_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec dinov3_vitl16_multicrop: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_meta(const at::Tensor& q, const at::Tensor& k, const at::Tensor&, const at::Tensor&) {
  return {at::empty_like(q), at::empty_like(k)};
}

void ropec_dinov3_vitl16_multicrop_inverse_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec dinov3_vitl16_multicrop_inverse: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec dinov3_vitl16_multicrop_inverse: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec dinov3_vitl16_multicrop_inverse: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec dinov3_vitl16_multicrop_inverse: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_inverse_op(const at::Tensor& q, const at::Tensor& k, const at::Tensor& cu_seqlens, const at::Tensor& grid_sizes) {
  TORCH_CHECK(q.is_cuda(), "ropec dinov3_vitl16_multicrop_inverse: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec dinov3_vitl16_multicrop_inverse: q must have shape [tokens, 16, 64], got ", q.sizes());
  const int64_t tokens = q.size(0);
  TORCH_CHECK(cu_seqlens.dim() == 1 && cu_seqlens.size(0) >= 2, "ropec dinov3_vitl16_multicrop_inverse: cu_seqlens must have shape [batch + 1] with batch >= 1, got ", cu_seqlens.sizes());
  const int64_t batch = cu_seqlens.size(0) - 1;
  const at::Device device = q.device();
  at::Tensor cu_seqlens_d = cu_seqlens;
  at::Tensor grid_sizes_d = grid_sizes;
  if (cu_seqlens.is_cpu() && grid_sizes.is_cpu()) {
    TORCH_CHECK(c10::cuda::currentStreamCaptureStatusMayInitCtx() == c10::cuda::CaptureStatus::None, "ropec dinov3_vitl16_multicrop_inverse: cu_seqlens and grid_sizes on the CPU are checked and copied to the GPU on every call, which a CUDA graph capture cannot hold: pass them on the GPU");
    TORCH_CHECK(cu_seqlens.scalar_type() == at::kInt && cu_seqlens.dim() == 1 && cu_seqlens.is_contiguous(), "ropec dinov3_vitl16_multicrop_inverse: cu_seqlens must be a contiguous int32 tensor, got ", cu_seqlens.scalar_type(), " of shape ", cu_seqlens.sizes());
    TORCH_CHECK(grid_sizes.scalar_type() == at::kInt && grid_sizes.dim() == 2 && grid_sizes.size(0) == batch && grid_sizes.size(1) == 2 && grid_sizes.is_contiguous(), "ropec dinov3_vitl16_multicrop_inverse: grid_sizes must be a contiguous int32 tensor of shape [batch, 2], got ", grid_sizes.scalar_type(), " of shape ", grid_sizes.sizes());
    TORCH_CHECK(ropec_dinov3_vitl16_multicrop_inverse_check_grid_sizes(grid_sizes.data_ptr<int32_t>(), cu_seqlens.data_ptr<int32_t>(), batch, tokens) == cudaSuccess,
                "ropec dinov3_vitl16_multicrop_inverse: ", ropec_dinov3_vitl16_multicrop_inverse_last_error());
    cu_seqlens_d = cu_seqlens.to(device);
    grid_sizes_d = grid_sizes.to(device);
  }
  ropec_dinov3_vitl16_multicrop_inverse_expect(q, "q", at::kBFloat16, {tokens, 16, 64}, device, true);
  ropec_dinov3_vitl16_multicrop_inverse_expect(k, "k", at::kBFloat16, {tokens, 16, 64}, device, true);
  ropec_dinov3_vitl16_multicrop_inverse_expect(cu_seqlens_d, "cu_seqlens", at::kInt, {batch + 1}, device, true);
  ropec_dinov3_vitl16_multicrop_inverse_expect(grid_sizes_d, "grid_sizes", at::kInt, {batch, 2}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
  const cudaError_t status = ropec_dinov3_vitl16_multicrop_inverse_launch(static_cast<const ropec_dinov3_vitl16_multicrop_inverse_elem_t*>(q.data_ptr()), static_cast<const ropec_dinov3_vitl16_multicrop_inverse_elem_t*>(k.data_ptr()), static_cast<ropec_dinov3_vitl16_multicrop_inverse_elem_t*>(q_out.data_ptr()), static_cast<ropec_dinov3_vitl16_multicrop_inverse_elem_t*>(k_out.data_ptr()), static_cast<const int32_t*>(cu_seqlens_d.data_ptr()), static_cast<const int32_t*>(grid_sizes_d.data_ptr()), tokens, batch, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec dinov3_vitl16_multicrop_inverse: ", ropec_dinov3_vitl16_multicrop_inverse_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec dinov3_vitl16_multicrop_inverse: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_inverse_meta(const at::Tensor& q, const at::Tensor& k, const at::Tensor&, const at::Tensor&) {
  return {at::empty_like(q), at::empty_like(k)};
}

/** The op below autograd (CUDA, or Meta while tracing), through the dispatcher. */
std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_redispatch(const char* op, const at::Tensor& q, const at::Tensor& k, const at::Tensor& cu_seqlens, const at::Tensor& grid_sizes) {
  static const auto forward = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::dinov3_vitl16_multicrop", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&)>();
  static const auto inverse = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::dinov3_vitl16_multicrop_inverse", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&)>();
  at::AutoDispatchBelowADInplaceOrView below;
  return (op[0] == 'f' ? forward : inverse).call(q, k, cu_seqlens, grid_sizes);
}

/**
 * y = m·R(θ)·x per pair, so ∂L/∂x = m·R(−θ)·∂L/∂y: the other direction's rotation of the gradients
 * (`inverse`: which direction this node ran). That rotation is a node of its own when the backward
 * pass records a graph (create_graph), so every higher derivative follows.
 */
class ropec_dinov3_vitl16_multicrop_rotation : public torch::autograd::Function<ropec_dinov3_vitl16_multicrop_rotation> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, bool inverse, const at::Tensor& q, const at::Tensor& k, const at::Tensor& cu_seqlens, const at::Tensor& grid_sizes) {
    ctx->saved_data["inverse"] = inverse;
    ctx->save_for_backward({ cu_seqlens, grid_sizes });
    ctx->saved_data["q_sizes"] = q.sizes().vec();
    ctx->saved_data["k_sizes"] = k.sizes().vec();
    auto [q_out, k_out] = ropec_dinov3_vitl16_multicrop_redispatch(inverse ? "inverse" : "forward", q, k, cu_seqlens, grid_sizes);
    return {q_out, k_out};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    [[maybe_unused]] const auto saved = ctx->get_saved_variables();
    const at::Tensor& cu_seqlens = saved[0];
    const at::Tensor& grid_sizes = saved[1];
    // An output that did not reach the loss has no gradient: zeros. The op takes contiguous rows.
    const auto grad = [&](size_t i, const char* sizes) {
      return grads[i].defined() ? grads[i].contiguous() : at::zeros(ctx->saved_data[sizes].toIntVector(), grads[1 - i].options());
    };
    const at::Tensor q = grad(0, "q_sizes");
    const at::Tensor k = grad(1, "k_sizes");
    // No gradient for `inverse`; the rotated gradients; none for the other arguments.
    torch::autograd::variable_list out = {at::Tensor()};
    for (auto& g : ropec_dinov3_vitl16_multicrop_rotation::apply(!ctx->saved_data["inverse"].toBool(), q, k, cu_seqlens, grid_sizes)) out.push_back(g);
    out.resize(4 + 1);
    return out;
  }
};

std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_apply(bool inverse, const at::Tensor& q, const at::Tensor& k, const at::Tensor& cu_seqlens, const at::Tensor& grid_sizes) {
  const auto r = ropec_dinov3_vitl16_multicrop_rotation::apply(inverse, q, k, cu_seqlens, grid_sizes);
  return {r[0], r[1]};
}

std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_autograd(const at::Tensor& q, const at::Tensor& k, const at::Tensor& cu_seqlens, const at::Tensor& grid_sizes) { return ropec_dinov3_vitl16_multicrop_apply(false, q, k, cu_seqlens, grid_sizes); }
std::tuple<at::Tensor, at::Tensor> ropec_dinov3_vitl16_multicrop_inverse_autograd(const at::Tensor& q, const at::Tensor& k, const at::Tensor& cu_seqlens, const at::Tensor& grid_sizes) { return ropec_dinov3_vitl16_multicrop_apply(true, q, k, cu_seqlens, grid_sizes); }

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("dinov3_vitl16_multicrop(Tensor q, Tensor k, Tensor cu_seqlens, Tensor grid_sizes) -> (Tensor, Tensor)");
  m.def("dinov3_vitl16_multicrop_inverse(Tensor q, Tensor k, Tensor cu_seqlens, Tensor grid_sizes) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("dinov3_vitl16_multicrop", &ropec_dinov3_vitl16_multicrop_op);
  m.impl("dinov3_vitl16_multicrop_inverse", &ropec_dinov3_vitl16_multicrop_inverse_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("dinov3_vitl16_multicrop", &ropec_dinov3_vitl16_multicrop_meta);
  m.impl("dinov3_vitl16_multicrop_inverse", &ropec_dinov3_vitl16_multicrop_inverse_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("dinov3_vitl16_multicrop", &ropec_dinov3_vitl16_multicrop_autograd);
  m.impl("dinov3_vitl16_multicrop_inverse", &ropec_dinov3_vitl16_multicrop_inverse_autograd);
}
