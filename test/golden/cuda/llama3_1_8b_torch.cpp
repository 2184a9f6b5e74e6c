// Generated from spec/llama3_1_8b.rope (rope llama3_1_8b) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: c5df89508cf22343
// PyTorch extension for the ropec kernel 'llama3_1_8b': half forward rotation of 128 lanes, bf16 [tokens, heads, dim], in place, positions index, sin/cos computed (exact).
// Build and load next to the .cu and .h files it names:
//   torch.utils.cpp_extension.load(name="ropec_llama3_1_8b", sources=["llama3_1_8b_torch.cpp", "llama3_1_8b.cu"])
// then call torch.ops.ropec.llama3_1_8b_(q, k, offset).
// Registered for CUDA, Meta (shapes only: torch.compile and FakeTensor tracing) and Autograd (in place: refuses tensors that require grad). No host synchronization
// and no allocation besides the outputs, so calls can be captured in CUDA graphs; index tables
// given on the CPU are checked and copied per call, which a capture refuses: pass them on the GPU.
#include <torch/extension.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/cuda/CUDAGraphsC10Utils.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "llama3_1_8b.h"

namespace {

void ropec_llama3_1_8b_expect(const at::Tensor& t, const char* what, at::ScalarType dtype, std::vector<int64_t> shape, const at::Device& device, bool contiguous) {
  TORCH_CHECK(t.device() == device, "ropec llama3_1_8b: ", what, " must be on ", device, " (where q is), got ", t.device());
  TORCH_CHECK(t.scalar_type() == dtype, "ropec llama3_1_8b: ", what, " must have dtype ", dtype, ", got ", t.scalar_type());
  TORCH_CHECK(t.sizes() == at::IntArrayRef(shape), "ropec llama3_1_8b: ", what, " must have shape ", at::IntArrayRef(shape), ", got ", t.sizes());
  TORCH_CHECK(!contiguous || t.is_contiguous(), "ropec llama3_1_8b: ", what, " must be contiguous (call .contiguous() first)");
}

void ropec_llama3_1_8b_op(const at::Tensor& q, const at::Tensor& k, int64_t offset) {
  TORCH_CHECK(q.is_cuda(), "ropec llama3_1_8b: q must be a CUDA tensor, got ", q.device());
  TORCH_CHECK(q.dim() == 3, "ropec llama3_1_8b: q must have shape [tokens, 32, 128], got ", q.sizes());
  const int64_t tokens = q.size(0);
  const at::Device device = q.device();
  ropec_llama3_1_8b_expect(q, "q", at::kBFloat16, {tokens, 32, 128}, device, true);
  ropec_llama3_1_8b_expect(k, "k", at::kBFloat16, {tokens, 8, 128}, device, true);
  const c10::cuda::CUDAGuard guard(device);
  // Nothing to rotate. (One empty tensor beside a full one is launched: the launcher takes an empty
  // tensor's NULL data pointer, and rotates the other alone.)
  if (q.numel() == 0 && k.numel() == 0) return;
  const cudaError_t status = ropec_llama3_1_8b_launch(static_cast<ropec_llama3_1_8b_elem_t*>(q.data_ptr()), static_cast<ropec_llama3_1_8b_elem_t*>(k.data_ptr()), tokens, offset, c10::cuda::getCurrentCUDAStream());
  TORCH_CHECK(status != cudaErrorInvalidValue, "ropec llama3_1_8b: ", ropec_llama3_1_8b_last_error());
  TORCH_CHECK(status == cudaSuccess, "ropec llama3_1_8b: launch failed: ", cudaGetErrorString(status));
}

// The fake (Meta) kernel: outputs' shapes, strides and dtypes without running anything, so
// torch.compile and FakeTensor tracing can follow a model that calls the op.
void ropec_llama3_1_8b_meta(const at::Tensor&, const at::Tensor&, int64_t) {
}

/** Not differentiable (in place); below autograd it is the CUDA op. */
void ropec_llama3_1_8b_autograd(const at::Tensor& q, const at::Tensor& k, int64_t offset) {
  TORCH_CHECK(!q.requires_grad() && !k.requires_grad(), "ropec llama3_1_8b: the in-place op is not differentiable; use a spec without 'inplace' for training");
  static const auto op = c10::Dispatcher::singleton().findSchemaOrThrow("ropec::llama3_1_8b_", "").typed<void(const at::Tensor&, const at::Tensor&, int64_t)>();
  {
    at::AutoDispatchBelowADInplaceOrView below;
    op.call(q, k, offset);
  }
  // What ADInplaceOrView would do: q and k (and a KV cache) changed, so a graph that saved them
  // (say, for another input's gradient) raises at backward instead of using the new values.
  q.unsafeGetTensorImpl()->bump_version();
  k.unsafeGetTensorImpl()->bump_version();
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("llama3_1_8b_(Tensor(a!) q, Tensor(b!) k, int offset) -> ()");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("llama3_1_8b_", &ropec_llama3_1_8b_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("llama3_1_8b_", &ropec_llama3_1_8b_meta);
}

TORCH_LIBRARY_IMPL(ropec, Autograd, m) {
  m.impl("llama3_1_8b_", &ropec_llama3_1_8b_autograd);
}
