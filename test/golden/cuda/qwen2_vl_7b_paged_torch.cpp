// Generated from spec/qwen2_vl_7b_paged.rope (rope qwen2_vl_7b_paged) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 3d47dbb1d691595e
// PyTorch extension for the ropec kernel 'qwen2_vl_7b_paged': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions tensor, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_qwen2_vl_7b_paged", sources=["qwen2_vl_7b_paged_torch.cpp", "qwen2_vl_7b_paged.cu"])
// then call torch.ops.ropec.qwen2_vl_7b_paged_(q, k, positions, v, slot_mapping, k_cache, v_cache).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd (in place: refuses tensors that require grad). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "qwen2_vl_7b_paged.h"

namespace {

void ropec_qwen2_vl_7b_paged_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec qwen2_vl_7b_paged: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec qwen2_vl_7b_paged: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec qwen2_vl_7b_paged: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec qwen2_vl_7b_paged: ", what, " must be contiguous (call .contiguous() first)");
}

void ropec_qwen2_vl_7b_paged_op(const at::Tensor& q, const at::Tensor& k, const at::Tensor& positions, const at::Tensor& v, const at::Tensor& slot_mapping, const at::Tensor& k_cache, const at::Tensor& v_cache) {
  TORCH_CHECK(q.is_cuda(), "ropec qwen2_vl_7b_paged: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec qwen2_vl_7b_paged: q must have shape [tokens, 28, 128], got ", q.sizes());
  const int64_t tokens = q.size(0);
  TORCH_CHECK(k_cache.dim() == 4, "ropec qwen2_vl_7b_paged: k_cache must have shape [cache_blocks, 4, 16, 128], got ", k_cache.sizes());
  const int64_t cache_blocks = k_cache.size(0);
  TORCH_CHECK(q.stride(-1) == 1, "ropec qwen2_vl_7b_paged: q must be a view with contiguous lanes and evenly spaced tokens, got strides ", q.strides());
  const int64_t q_token_stride = q.stride(0);
  const int64_t q_head_stride = q.stride(1);
  TORCH_CHECK(k.dim() == q.dim() && k.stride(-1) == 1, "ropec qwen2_vl_7b_paged: k must be a view with contiguous lanes and evenly spaced tokens, got strides ", k.strides());
  const int64_t k_token_stride = k.stride(0);
  const int64_t k_head_stride = k.stride(1);
  TORCH_CHECK(v.dim() == q.dim() && v.stride(-1) == 1, "ropec qwen2_vl_7b_paged: v must be a view with contiguous lanes and evenly spaced tokens, got strides ", v.strides());
  const int64_t v_token_stride = v.stride(0);
  const int64_t v_head_stride = v.stride(1);
  const at::Device device = q.device();
  ropec_qwen2_vl_7b_paged_expect(q, "q", at::kBFloat16, {tokens, 28, 128}, device, false);
  ropec_qwen2_vl_7b_paged_expect(k, "k", at::kBFloat16, {tokens, 4, 128}, device, false);
  ropec_qwen2_vl_7b_paged_expect(positions, "positions", at::kLong, {3, tokens}, device, true);
  ropec_qwen2_vl_7b_paged_expect(v, "v", at::kBFloat16, {tokens, 4, 128}, device, false);
  ropec_qwen2_vl_7b_paged_expect(slot_mapping, "slot_mapping", at::kLong, {tokens}, device, true);
  ropec_qwen2_vl_7b_paged_expect(k_cache, "k_cache", at::kBFloat16, {cache_blocks, 4, 16, 128}, device, true);
  ropec_qwen2_vl_7b_paged_expect(v_cache, "v_cache", at::kBFloat16, {cache_blocks, 4, 16, 128}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return;
  const cudaError_t status = ropec_qwen2_vl_7b_paged_launch(static_cast<ropec_qwen2_vl_7b_paged_elem_t*>(q.data_ptr()), static_cast<ropec_qwen2_vl_7b_paged_elem_t*>(k.data_ptr()), static_cast<const int64_t*>(positions.data_ptr()), static_cast<const ropec_qwen2_vl_7b_paged_elem_t*>(v.data_ptr()), static_cast<const int64_t*>(slot_mapping.data_ptr()), static_cast<ropec_qwen2_vl_7b_paged_elem_t*>(k_cache.data_ptr()), static_cast<ropec_qwen2_vl_7b_paged_elem_t*>(v_cache.data_ptr()), tokens, q_token_stride, q_head_stride, k_token_stride, k_head_stride, v_token_stride, v_head_stride, cache_blocks, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec qwen2_vl_7b_paged: ", ropec_qwen2_vl_7b_paged_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec qwen2_vl_7b_paged: launch failed: ", cudaGetErrorString(status));
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
void ropec_qwen2_vl_7b_paged_meta(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&) {
}

/** Not differentiable (in place); below autograd it is the CUDA op. */
void ropec_qwen2_vl_7b_paged_autograd(const at::Tensor& q, const at::Tensor& k, const at::Tensor& positions, const at::Tensor& v, const at::Tensor& slot_mapping, const at::Tensor& k_cache, const at::Tensor& v_cache) {
  TORCH_CHECK(!q.requires_grad() && !k.requires_grad() && !v.requires_grad(), "ropec qwen2_vl_7b_paged: the in-place op is not differentiable; use a spec without 'inplace' for training");
  static const auto op = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::qwen2_vl_7b_paged_", "").typed<void(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&)>();
  {
    at::AutoDispatchBelowADInplaceOrView below;
    op.call(q, k, positions, v, slot_mapping, k_cache, v_cache);
  }
  // What ADInplaceOrView would do: q and k (and a KV cache) changed, so a graph that saved them
  // (say, for another input's gradient) raises at backward instead of using the new values.
  q.unsafeGetTensorImpl()->bump_version();
  k.unsafeGetTensorImpl()->bump_version();
  k_cache.unsafeGetTensorImpl()->bump_version();
  v_cache.unsafeGetTensorImpl()->bump_version();
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("qwen2_vl_7b_paged_(Tensor(a!) q, Tensor(b!) k, Tensor positions, Tensor v, Tensor slot_mapping, Tensor(c!) k_cache, Tensor(d!) v_cache) -> ()");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("qwen2_vl_7b_paged_", &ropec_qwen2_vl_7b_paged_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("qwen2_vl_7b_paged_", &ropec_qwen2_vl_7b_paged_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("qwen2_vl_7b_paged_", &ropec_qwen2_vl_7b_paged_autograd);
}
