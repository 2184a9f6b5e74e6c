#!/usr/bin/env bash
# Installs PyTorch's C++ headers (the torch wheel without its dependencies) into .cache/torch, so
# test/torch-op.test.ts can compile the generated PyTorch ops against them. Nothing is imported or
# run: this machine has no GPU, and the op is compiled with -fsyntax-only. Idempotent; the test is
# skipped (and says so) where this could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${ROPEC_TORCH_VERSION:-2.14.1}"
if [[ -f .cache/torch/torch/include/torch/extension.h ]]; then
  echo "torch-headers: .cache/torch has them"
  exit 0
fi
echo "torch-headers: pip install --no-deps torch==$version into .cache/torch"
python3 -m pip install --quiet --retries 0 --timeout 10 --no-deps --target .cache/torch "torch==$version"
