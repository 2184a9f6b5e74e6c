import { defineConfig } from 'vitest/config';

// Generous per-test timeout: CI machines have 2 cores and the WGSL and CUDA suites run real
// compilers and a software GPU. Speed goals live in `npm run bench`, never in test timeouts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
