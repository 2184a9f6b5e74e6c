// Generated from spec/deepseek_v3.rope (rope deepseek_v3) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 84f4c62a7df01224
// PyTorch extension for the ropec kernel 'deepseek_v3': interleaved forward rotation of 64 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_deepseek_v3", sources=["deepseek_v3_torch.cpp", "deepseek_v3.cu"])
// then call torch.ops.ropec.deepseek_v3_(q, k, positions).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd (in place: refuses tensors that require grad). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "deepseek_v3.h"

namespace {

void ropec_deepseek_v3_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec deepseek_v3: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec deepseek_v3: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec deepseek_v3: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec deepseek_v3: ", what, " must be contiguous (call .contiguous() first)");
}

void ropec_deepseek_v3_op(const at::Tensor& q, const at::Tensor& k, const at::Tensor& positions) {
  TORCH_CHECK(q.is_cuda(), "ropec deepseek_v3: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec deepseek_v3: q must have shape [tokens, 128, 192], got ", q.sizes());
  const int64_t tokens = q.size(0);
  TORCH_CHECK(q.stride(-1) == 1, "ropec deepseek_v3: q must be a view with contiguous lanes and evenly spaced tokens, got strides ", q.strides());
  const int64_t q_token_stride = q.stride(0);
  const int64_t q_head_stride = q.stride(1);
  TORCH_CHECK(k.dim() == q.dim() && k.stride(-1) == 1, "ropec deepseek_v3: k must be a view with contiguous lanes and evenly spaced tokens, got strides ", k.strides());
  const int64_t k_token_stride = k.stride(0);
  const int64_t k_head_stride = k.stride(1);
  const at::Device device = q.device();
  ropec_deepseek_v3_expect(q, "q", at::kBFloat16, {tokens, 128, 192}, device, false);
  ropec_deepseek_v3_expect(k, "k", at::kBFloat16, {tokens, 1, 64}, device, false);
  ropec_deepseek_v3_expect(positions, "positions", at::kLong, {tokens}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return;
  const cudaError_t status = ropec_deepseek_v3_launch(static_cast<ropec_deepseek_v3_elem_t*>(q.data_ptr()), static_cast<ropec_deepseek_v3_elem_t*>(k.data_ptr()), static_cast<const int64_t*>(positions.data_ptr()), tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec deepseek_v3: ", ropec_deepseek_v3_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec deepseek_v3: launch failed: ", cudaGetErrorString(status));
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
void ropec_deepseek_v3_meta(const at::Tensor&, const at::Tensor&, const at::Tensor&) {
}

/** Not differentiable (in place); below autograd it is the CUDA op. */
void ropec_deepseek_v3_autograd(const at::Tensor& q, const at::Tensor& k, const at::Tensor& positions) {
  TORCH_CHECK(!q.requires_grad() && !k.requires_grad(), "ropec deepseek_v3: the in-place op is not differentiable; use a spec without 'inplace' for training");
  static const auto op = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::deepseek_v3_", "").typed<void(const at::Tensor&, const at::Tensor&, const at::Tensor&)>();
  {
    at::AutoDispatchBelowADInplaceOrView below;
    op.call(q, k, positions);
  }
  // What ADInplaceOrView would do: q and k (and a KV cache) changed, so a graph that saved them
  // (say, for another input's gradient) raises at backward instead of using the new values.
  q.unsafeGetTensorImpl()->bump_version();
  k.unsafeGetTensorImpl()->bump_version();
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("deepseek_v3_(Tensor(a!) q, Tensor(b!) k, Tensor positions) -> ()");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("deepseek_v3_", &ropec_deepseek_v3_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("deepseek_v3_", &ropec_deepseek_v3_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("deepseek_v3_", &ropec_deepseek_v3_autograd);
}
