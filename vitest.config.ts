import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Generous per-test timeout: CI machines have 2 cores and the WGSL and CUDA suites run real
// compilers and a software GPU. Speed goals live in `npm run bench`, never in test timeouts.
// Test files run in one worker per core (vitest's default leaves a core to its main process, which
// here mostly waits): on 2 cores the suite took 1108 s instead of 1740–1920 s. At most 4, since
// each worker holds its own WebGPU device (SwiftShader) and nvcc runs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    maxWorkers: Math.min(4, Math.max(1, availableParallelism())),
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
