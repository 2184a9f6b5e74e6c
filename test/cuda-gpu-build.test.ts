// Builds the device-side test harness (sm_90, real launches) for the spec library — what
// scripts/test-gpu.sh runs on a GPU — so that it is known to compile on machines without one.
// Only runs when asked (scripts/test-gpu.sh --compile sets ROPEC_CUDA_COMPILE_ONLY=1): it costs an
// sm_90 build of every kernel.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { frontEnd } from '../src/compiler/frontend.js';
import { optimize } from '../src/compiler/passes/index.js';
import { buildHarness, cleanup, nvccAvailable, scratch, writeArtifacts } from './support/nvcc.js';

const SPEC_DIR = join(import.meta.dirname, '..', 'spec');

describe.skipIf(!nvccAvailable() || process.env.ROPEC_CUDA_COMPILE_ONLY !== '1')('CUDA device harness', () => {
  it('builds for sm_90 with warnings as errors', async () => {
    const irs = readdirSync(SPEC_DIR).filter((f) => f.endsWith('.rope')).sort()
      .flatMap((f) => frontEnd(readFileSync(join(SPEC_DIR, f), 'utf8'), `spec/${f}`).irs.map((ir) => optimize(ir)));
    const dir = scratch('gpu-build');
    try {
      for (const ir of irs) writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts);
      const h = await buildHarness(dir, irs, { device: true });
      console.log(`[cuda] device harness for ${irs.length} specs built in ${h.buildMs} ms`);
      expect(h.buildMs).toBeGreaterThan(0);
    } finally {
      cleanup(dir);
    }
  }, 300_000);
});
