#!/usr/bin/env bash
# Quick start, step 1: set up this machine and compile the bundled spec/ library to every target
# into gen/, one summary line per spec.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node dist/src/cli.js build spec --out gen
