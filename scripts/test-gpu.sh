#!/usr/bin/env bash
# GPU check of the CUDA backend (npm run test:gpu). Builds every test kernel for sm_90 and runs
# the same comparisons as the CPU suites — spec library, random specs, angle accuracy — through the real
# `ropec_NAME_launch` on the device: outputs poisoned with 0xFF bytes before each launch, every
# element compared with the interpreter. Exits non-zero on any mismatch or launch error.
#
#   bash scripts/test-gpu.sh            run on the GPU
#   bash scripts/test-gpu.sh --compile  only build the device harnesses (works without a GPU)
set -euo pipefail
cd "$(dirname "$0")/.."

NVCC="${NVCC:-/usr/local/bin/nvcc}"
if [ ! -x "$NVCC" ]; then
  echo "test-gpu: nvcc not found at $NVCC (set NVCC=...)" >&2
  exit 2
fi

if [ "${1:-}" = "--compile" ]; then
  ROPEC_CUDA_DEVICE=1 ROPEC_CUDA_COMPILE_ONLY=1 npx vitest run test/cuda-gpu-build.test.ts
  exit $?
fi

if ! command -v nvidia-smi >/dev/null 2>&1 || ! nvidia-smi -L >/dev/null 2>&1; then
  echo "test-gpu: no NVIDIA GPU visible (nvidia-smi -L failed); nothing was run" >&2
  exit 2
fi
nvidia-smi -L

ROPEC_CUDA_DEVICE=1 npx vitest run test/cuda-library.test.ts test/cuda-property.test.ts test/cuda-accuracy.test.ts
