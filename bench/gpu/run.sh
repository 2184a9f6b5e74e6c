#!/usr/bin/env bash
# The one-call GPU check (written by `npm run gpu:prepare`, see bench/gpu/prepare.ts). Needs nvcc;
# the checks need Python 3 with numpy, the timing PyTorch (with a CUDA device). No node.
#
#   bash run.sh          build, check correctness on the GPU (check.py), time (bench.py), then build
#                        and check the PyTorch ops (torch_check.py)
#   bash run.sh --dry    build for the GPU and check the folder; runs nothing
#   bash run.sh --cpu    build the CPU emulation of the launchers and run the correctness check on it
#
# Environment: NVCC (default: nvcc on PATH, else /usr/local/bin/nvcc), ARCH (default sm_90).
# Output: a correctness table and a timing table on stdout; check.json and bench-results.json here.
set -euo pipefail
cd "$(dirname "$0")"
MODE="${1:-run}"
NVCC="${NVCC:-$(command -v nvcc || echo /usr/local/bin/nvcc)}"
ARCH="${ARCH:-sm_90}"
if [ ! -x "$NVCC" ]; then
  echo "run.sh: nvcc not found (set NVCC=...)" >&2
  exit 2
fi
for f in cases.json cases.bin expected.bin bench.json harness.cu harness_cpu.cu bench_lib.cu check.py bench.py torch_check.py torch/torch_cases.json; do
  [ -s "$f" ] || { echo "run.sh: $f is missing; run npm run gpu:prepare again" >&2; exit 2; }
done
started=$(date +%s)
step() { echo "[gpu-check $(( $(date +%s) - started ))s] $*"; }

case "$MODE" in
  --cpu)
    step "building the CPU emulation harness"
    "$NVCC" -std=c++17 -O1 -gencode arch=compute_80,code=compute_80 harness_cpu.cu -o harness_cpu
    step "correctness on the CPU emulation"
    python3 check.py ./harness_cpu --json check-cpu.json
    exit $?
    ;;
  --dry|run) ;;
  *) echo "usage: bash run.sh [--dry | --cpu]" >&2; exit 2 ;;
esac

step "building harness and bench library for $ARCH"
"$NVCC" -std=c++17 -O3 -arch="$ARCH" harness.cu -o harness &
"$NVCC" -std=c++17 -O3 -arch="$ARCH" -shared -Xcompiler -fPIC bench_lib.cu -o libropec_bench.so &
wait %1 && wait %2
if [ "$MODE" = "--dry" ]; then
  bytes=$(du -sb . | cut -f1)
  step "dry run: built harness and libropec_bench.so; folder $bytes bytes"
  if command -v python3 >/dev/null; then python3 -m py_compile check.py bench.py torch_check.py && step "check.py, bench.py and torch_check.py compile"; fi
  exit 0
fi
nvidia-smi -L || { echo "run.sh: no NVIDIA GPU visible" >&2; exit 2; }
status=0
step "correctness"
python3 check.py ./harness || status=1
step "timing"
python3 bench.py --lib ./libropec_bench.so --json bench-results.json || status=1
step "PyTorch ops (built with this machine's torch and nvcc)"
python3 torch_check.py torch/torch_cases.json --json torch-check.json || status=1
step "done (exit $status)"
exit $status
