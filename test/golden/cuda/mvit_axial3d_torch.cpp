// Generated from spec/mvit_axial3d.rope (rope mvit_axial3d) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 6e7133582790fcbc
// PyTorch extension for the ropec kernel 'mvit_axial3d': interleaved forward rotation of 48 lanes, f32 [batch, heads, seq, dim], out of place, positions grid, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_mvit_axial3d", sources=["mvit_axial3d_torch.cpp", "mvit_axial3d.cu", "mvit_axial3d_inverse.cu"])
// then call torch.ops.ropec.mvit_axial3d(q, k, grid_t, grid_h, grid_w).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd
// (the backward pass is torch.ops.ropec.mvit_axial3d_inverse: the transposed rotation of the output
// gradients). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "mvit_axial3d.h"
#include "mvit_axial3d_inverse.h"

namespace {

void ropec_mvit_axial3d_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec mvit_axial3d: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec mvit_axial3d: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec mvit_axial3d: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec mvit_axial3d: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_op(const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  TORCH_CHECK(q.is_cuda(), "ropec mvit_axial3d: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec mvit_axial3d: q must have shape [batch, 16, seq, 48], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(2);
  const at::Device device = q.device();
  ropec_mvit_axial3d_expect(q, "q", at::kFloat, {batch, 16, seq, 48}, device, true);
  ropec_mvit_axial3d_expect(k, "k", at::kFloat, {batch, 16, seq, 48}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
  const cudaError_t status = ropec_mvit_axial3d_launch(static_cast<const ropec_mvit_axial3d_elem_t*>(q.data_ptr()), static_cast<const ropec_mvit_axial3d_elem_t*>(k.data_ptr()), static_cast<ropec_mvit_axial3d_elem_t*>(q_out.data_ptr()), static_cast<ropec_mvit_axial3d_elem_t*>(k_out.data_ptr()), batch, seq, grid_t, grid_h, grid_w, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec mvit_axial3d: ", ropec_mvit_axial3d_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec mvit_axial3d: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

void ropec_mvit_axial3d_inverse_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec mvit_axial3d_inverse: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec mvit_axial3d_inverse: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec mvit_axial3d_inverse: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec mvit_axial3d_inverse: ", what, " must be contiguous (call .contiguous() first)");
}

std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_inverse_op(const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  TORCH_CHECK(q.is_cuda(), "ropec mvit_axial3d_inverse: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 4, "ropec mvit_axial3d_inverse: q must have shape [batch, 16, seq, 48], got ", q.sizes());
  const int64_t batch = q.size(0);
  const int64_t seq = q.size(2);
  const at::Device device = q.device();
  ropec_mvit_axial3d_inverse_expect(q, "q", at::kFloat, {batch, 16, seq, 48}, device, true);
  ropec_mvit_axial3d_inverse_expect(k, "k", at::kFloat, {batch, 16, seq, 48}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  at::Tensor q_out = at::empty_like(q);
  at::Tensor k_out = at::empty_like(k);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return {q_out, k_out};
  const cudaError_t status = ropec_mvit_axial3d_inverse_launch(static_cast<const ropec_mvit_axial3d_inverse_elem_t*>(q.data_ptr()), static_cast<const ropec_mvit_axial3d_inverse_elem_t*>(k.data_ptr()), static_cast<ropec_mvit_axial3d_inverse_elem_t*>(q_out.data_ptr()), static_cast<ropec_mvit_axial3d_inverse_elem_t*>(k_out.data_ptr()), batch, seq, grid_t, grid_h, grid_w, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec mvit_axial3d_inverse: ", ropec_mvit_axial3d_inverse_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec mvit_axial3d_inverse: launch failed: ", cudaGetErrorString(status));
  return {q_out, k_out};
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_inverse_meta(const at::Tensor& q, const at::Tensor& k, int64_t, int64_t, int64_t) {
  return {at::empty_like(q), at::empty_like(k)};
}

/** The op below autograd (CUDA, or Meta while tracing), through the dispatcher. */
std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_redispatch(const char* op, const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  static const auto forward = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::mvit_axial3d", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, int64_t, int64_t, int64_t)>();
  static const auto inverse = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::mvit_axial3d_inverse", "").typed<std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&, int64_t, int64_t, int64_t)>();
  at::AutoDispatchBelowADInplaceOrView below;
  return (op[0] == 'f' ? forward : inverse).call(q, k, grid_t, grid_h, grid_w);
}

/**
 * y = m·R(θ)·x per pair, so ∂L/∂x = m·R(−θ)·∂L/∂y: the other direction's rotation of the gradients
 * (`inverse`: which direction this node ran). That rotation is a node of its own when the backward
 * pass records a graph (create_graph), so every higher derivative follows.
 */
class ropec_mvit_axial3d_rotation : public torch::autograd::Function<ropec_mvit_axial3d_rotation> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, bool inverse, const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
    ctx->saved_data["inverse"] = inverse;
    ctx->saved_data["grid_t"] = grid_t;
    ctx->saved_data["grid_h"] = grid_h;
    ctx->saved_data["grid_w"] = grid_w;
    ctx->save_for_backward({  });
    ctx->saved_data["q_sizes"] = q.sizes().vec();
    ctx->saved_data["k_sizes"] = k.sizes().vec();
    auto [q_out, k_out] = ropec_mvit_axial3d_redispatch(inverse ? "inverse" : "forward", q, k, grid_t, grid_h, grid_w);
    return {q_out, k_out};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    [[maybe_unused]] const auto saved = ctx->get_saved_variables();
    const int64_t grid_t = ctx->saved_data["grid_t"].toInt();
    const int64_t grid_h = ctx->saved_data["grid_h"].toInt();
    const int64_t grid_w = ctx->saved_data["grid_w"].toInt();
    // An output that did not reach the loss has no gradient: zeros. The op takes contiguous rows.
    const auto grad = [&](size_t i, const char* sizes) {
      return grads[i].defined() ? grads[i].contiguous() : at::zeros(ctx->saved_data[sizes].toIntVector(), grads[1 - i].options());
    };
    const at::Tensor q = grad(0, "q_sizes");
    const at::Tensor k = grad(1, "k_sizes");
    // No gradient for `inverse`; the rotated gradients; none for the other arguments.
    torch::autograd::variable_list out = {at::Tensor()};
    for (auto& g : ropec_mvit_axial3d_rotation::apply(!ctx->saved_data["inverse"].toBool(), q, k, grid_t, grid_h, grid_w)) out.push_back(g);
    out.resize(5 + 1);
    return out;
  }
};

std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_apply(bool inverse, const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) {
  const auto r = ropec_mvit_axial3d_rotation::apply(inverse, q, k, grid_t, grid_h, grid_w);
  return {r[0], r[1]};
}

std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_autograd(const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) { return ropec_mvit_axial3d_apply(false, q, k, grid_t, grid_h, grid_w); }
std::tuple<at::Tensor, at::Tensor> ropec_mvit_axial3d_inverse_autograd(const at::Tensor& q, const at::Tensor& k, int64_t grid_t, int64_t grid_h, int64_t grid_w) { return ropec_mvit_axial3d_apply(true, q, k, grid_t, grid_h, grid_w); }

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("mvit_axial3d(Tensor q, Tensor k, int grid_t, int grid_h, int grid_w) -> (Tensor, Tensor)");
  m.def("mvit_axial3d_inverse(Tensor q, Tensor k, int grid_t, int grid_h, int grid_w) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("mvit_axial3d", &ropec_mvit_axial3d_op);
  m.impl("mvit_axial3d_inverse", &ropec_mvit_axial3d_inverse_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("mvit_axial3d", &ropec_mvit_axial3d_meta);
  m.impl("mvit_axial3d_inverse", &ropec_mvit_axial3d_inverse_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("mvit_axial3d", &ropec_mvit_axial3d_autograd);
  m.impl("mvit_axial3d_inverse", &ropec_mvit_axial3d_inverse_autograd);
}
