#!/usr/bin/env bash
# Installs CPU-only PyTorch (and filelock and fsspec, which its compile path imports) into
# .cache/torch-cpu, so test/torch-run.test.ts can build the generated torch ops with
# torch.utils.cpp_extension and run them, their launchers replaced by the CPU emulation of the same
# kernels. Idempotent; the test is skipped (and says so) where this could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${ROPEC_TORCH_CPU_VERSION:-2.13.0+cpu}"
if PYTHONPATH=.cache/torch-cpu python3 -c "import torch, filelock, fsspec" 2>/dev/null; then
  echo "torch-cpu: .cache/torch-cpu has it"
  exit 0
fi
echo "torch-cpu: pip install --no-deps torch==$version filelock fsspec into .cache/torch-cpu"
python3 -m pip install --quiet --retries 0 --timeout 10 --no-deps --target .cache/torch-cpu "torch==$version" filelock fsspec
