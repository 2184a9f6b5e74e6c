#!/usr/bin/env bash
# GPU benchmark of issue 6: needs an NVIDIA GPU, nvcc, Python 3 with PyTorch (CUDA build).
#   bash bench/gpu/run.sh [--iters N]
# Builds ropec (npm run build), writes and compiles the benchmark kernels (prepare.mjs), then times
# them against Hugging Face-style PyTorch and a device-to-device copy (bench.py). Output: a table on
# stdout and bench-results/gpu.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run build --silent
node bench/gpu/prepare.mjs bench-results/gpu-build
python3 bench/gpu/bench.py bench-results/gpu-build --out bench-results/gpu.json "$@"
