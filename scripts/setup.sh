#!/usr/bin/env bash
# Installs what ropec's build and tests need on a fresh Debian machine: Node packages (npm ci),
# the Vulkan loader and Debian's chromium (whose SwiftShader driver runs WebGPU for the WGSL
# tests), then builds dist/. nvcc is expected at /usr/local/bin/nvcc (CUDA 13) for CUDA tests.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
[[ -f /usr/lib/chromium/vk_swiftshader_icd.json ]] || need+=(chromium)
[[ -e /usr/lib/x86_64-linux-gnu/libvulkan.so.1 || -e /usr/lib/aarch64-linux-gnu/libvulkan.so.1 ]] || need+=(libvulkan1)
if (( ${#need[@]} > 0 )); then
  echo "setup: installing Debian packages: ${need[*]}"
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
echo "setup: done ($(node --version), $(command -v nvcc >/dev/null && nvcc --version | tail -1 | sed 's/^Build //' || echo 'no nvcc'))"
