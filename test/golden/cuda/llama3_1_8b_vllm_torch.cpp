// Generated from spec/llama3_1_8b_vllm.rope (rope llama3_1_8b_vllm) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: ef1e4d145213735e
// PyTorch extension for the ropec kernel 'llama3_1_8b_vllm': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos from the caller's bf16 cache (cos_sin).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_llama3_1_8b_vllm", sources=["llama3_1_8b_vllm_torch.cpp", "llama3_1_8b_vllm.cu"])
// then call torch.ops.ropec.llama3_1_8b_vllm_(q, k, positions, cos_sin_cache).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd (in place: refuses tensors that require grad). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "llama3_1_8b_vllm.h"

namespace {

void ropec_llama3_1_8b_vllm_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec llama3_1_8b_vllm: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec llama3_1_8b_vllm: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec llama3_1_8b_vllm: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec llama3_1_8b_vllm: ", what, " must be contiguous (call .contiguous() first)");
}

void ropec_llama3_1_8b_vllm_op(const at::Tensor& q, const at::Tensor& k, const at::Tensor& positions, const at::Tensor& cos_sin_cache) {
  TORCH_CHECK(q.is_cuda(), "ropec llama3_1_8b_vllm: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec llama3_1_8b_vllm: q must have shape [tokens, 32, 128], got ", q.sizes());
  const int64_t tokens = q.size(0);
  TORCH_CHECK(cos_sin_cache.dim() == 2, "ropec llama3_1_8b_vllm: cos_sin_cache must have shape [cache_positions, 128], got ", cos_sin_cache.sizes());
  const int64_t cache_positions = cos_sin_cache.size(0);
  TORCH_CHECK(q.stride(-1) == 1, "ropec llama3_1_8b_vllm: q must be a view with contiguous lanes and evenly spaced tokens, got strides ", q.strides());
  const int64_t q_token_stride = q.stride(0);
  const int64_t q_head_stride = q.stride(1);
  TORCH_CHECK(k.dim() == q.dim() && k.stride(-1) == 1, "ropec llama3_1_8b_vllm: k must be a view with contiguous lanes and evenly spaced tokens, got strides ", k.strides());
  const int64_t k_token_stride = k.stride(0);
  const int64_t k_head_stride = k.stride(1);
  const at::Device device = q.device();
  at::Tensor positions_d = positions;
  if (positions.is_cpu()) {
    TORCH_CHECK(c10::cuda::currentStreamCaptureStatusMayInitCtx() == c10::cuda::CaptureStatus::None, "ropec llama3_1_8b_vllm: positions on the CPU are checked and copied to the GPU on every call, which a CUDA graph capture cannot hold: pass them on the GPU");
    TORCH_CHECK(positions.scalar_type() == at::kLong && positions.dim() == 1 && positions.size(0) == tokens && positions.is_contiguous(), "ropec llama3_1_8b_vllm: positions must be a contiguous int64 tensor of shape [tokens], got ", positions.scalar_type(), " of shape ", positions.sizes());
    TORCH_CHECK(ropec_llama3_1_8b_vllm_check_positions(positions.data_ptr<int64_t>(), tokens, cache_positions) == cudaSuccess,
                "ropec llama3_1_8b_vllm: ", ropec_llama3_1_8b_vllm_last_error());
    positions_d = positions.to(device);
  }
  ropec_llama3_1_8b_vllm_expect(q, "q", at::kBFloat16, {tokens, 32, 128}, device, false);
  ropec_llama3_1_8b_vllm_expect(k, "k", at::kBFloat16, {tokens, 8, 128}, device, false);
  ropec_llama3_1_8b_vllm_expect(positions_d, "positions", at::kLong, {tokens}, device, true);
  ropec_llama3_1_8b_vllm_expect(cos_sin_cache, "cos_sin_cache", at::kBFloat16, {cache_positions, 128}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return;
  const cudaError_t status = ropec_llama3_1_8b_vllm_launch(static_cast<ropec_llama3_1_8b_vllm_elem_t*>(q.data_ptr()), static_cast<ropec_llama3_1_8b_vllm_elem_t*>(k.data_ptr()), static_cast<const int64_t*>(positions_d.data_ptr()), static_cast<const ropec_llama3_1_8b_vllm_cache_t*>(cos_sin_cache.data_ptr()), tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, cache_positions, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec llama3_1_8b_vllm: ", ropec_llama3_1_8b_vllm_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec llama3_1_8b_vllm: launch failed: ", cudaGetErrorString(status));
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
void ropec_llama3_1_8b_vllm_meta(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&) {
}

/** Not differentiable (in place); below autograd it is the CUDA op. */
void ropec_llama3_1_8b_vllm_autograd(const at::Tensor& q, const at::Tensor& k, const at::Tensor& positions, const at::Tensor& cos_sin_cache) {
  TORCH_CHECK(!q.requires_grad() && !k.requires_grad(), "ropec llama3_1_8b_vllm: the in-place op is not differentiable; use a spec without 'inplace' for training");
  static const auto op = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::llama3_1_8b_vllm_", "").typed<void(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&)>();
  {
    at::AutoDispatchBelowADInplaceOrView below;
    op.call(q, k, positions, cos_sin_cache);
  }
  // What ADInplaceOrView would do: q and k (and a KV cache) changed, so a graph that saved them
  // (say, for another input's gradient) raises at backward instead of using the new values.
  q.unsafeGetTensorImpl()->bump_version();
  k.unsafeGetTensorImpl()->bump_version();
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("llama3_1_8b_vllm_(Tensor(a!) q, Tensor(b!) k, Tensor positions, Tensor cos_sin_cache) -> ()");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("llama3_1_8b_vllm_", &ropec_llama3_1_8b_vllm_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("llama3_1_8b_vllm_", &ropec_llama3_1_8b_vllm_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("llama3_1_8b_vllm_", &ropec_llama3_1_8b_vllm_autograd);
}
