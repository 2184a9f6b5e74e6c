// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop) by ropec 0.1.0 for cuda. Do not edit.
// spec-hash: 9a79fc140b385799
// PyTorch extension for the ropec kernel 'dinov3_vitl16_multicrop': half forward rotation of 64 lanes, bf16 [tokens, heads, dim], out of place, positions grid, sin/cos computed (exact).
// Build and load next to dinov3_vitl16_multicrop.cu and dinov3_vitl16_multicrop.h:
//   torch.utils.cpp_extension.load(name="ropec_dinov3_vitl16_multicrop", sources=["dinov3_vitl16_multicrop_torch.cpp", "dinov3_vitl16_multicrop.cu"])
// then call torch.ops.ropec.dinov3_vitl16_multicrop(q, k, cu_seqlens, grid_sizes).
#include <torch/extension.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <vector>
#include "dinov3_vitl16_multicrop.h"

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
    TORCH_CHECK(cu_seqlens.scalar_type() == at::kInt && cu_seqlens.dim() == 1 && cu_seqlens.is_contiguous(), "ropec dinov3_vitl16_multicrop: cu_seqlens must be a contiguous int32 tensor, got ", cu_seqlens.scalar_type(), " of shape ", cu_seqlens.sizes());
    TORCH_CHECK(grid_sizes.scalar_type() == at::kInt && grid_sizes.dim() == 2 && grid_sizes.is_contiguous(), "ropec dinov3_vitl16_multicrop: grid_sizes must be a contiguous int32 tensor, got ", grid_sizes.scalar_type(), " of shape ", grid_sizes.sizes());
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

}  // namespace

TORCH_LIBRARY_FRAGMENT(ropec, m) {
  m.def("dinov3_vitl16_multicrop(Tensor q, Tensor k, Tensor cu_seqlens, Tensor grid_sizes) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(ropec, CUDA, m) {
  m.impl("dinov3_vitl16_multicrop", &ropec_dinov3_vitl16_multicrop_op);
}

TORCH_LIBRARY_IMPL(ropec, Meta, m) {
  m.impl("dinov3_vitl16_multicrop", &ropec_dinov3_vitl16_multicrop_meta);
}
