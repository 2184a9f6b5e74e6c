// The CUDA backend without nvcc: what it refuses (RB001), and the chunk plan's contract — for
// random specs, the vector and scalar plans each cover every pair exactly once and (out of place)
// every identity lane exactly once, and vector chunks sit on 16-byte boundaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { chunkPlan, elemBytes } from '../src/backends/cuda/plan.js';
import { frontEnd } from '../src/compiler/frontend.js';
import { optimize } from '../src/compiler/passes/index.js';
import { arbitrarySpec } from './support/random-spec.js';

function compile(source: string) {
  const { irs, diagnostics } = frontEnd(source, 'test.rope');
  expect(diagnostics).toEqual([]);
  return optimize(irs[0]);
}

describe('CUDA backend limits and chunk plans', () => {
  it('refuses run-time ω with more pairs than the kernel parameters hold, with RB001 and no code', () => {
    const ir = compile(`rope wide {
  head_dim 4096
  frequencies base 10000
  scaling dynamic(factor 2, original 4096)
  positions index
}
`);
    const r = cudaBackend.emit(ir, { torch: true });
    expect(r.artifacts).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RB001']);
    expect(r.diagnostics[0].message).toMatch(/2048/);
  });

  it('emits the PyTorch source only when asked', () => {
    const ir = compile('rope small {\n  head_dim 8\n  frequencies base 10000\n  positions index\n}\n');
    expect(cudaBackend.emit(ir, {}).artifacts.map((a) => a.path)).toEqual(['small.cu', 'small.h', 'small.cuda.json']);
    expect(cudaBackend.emit(ir, { torch: true }).artifacts.map((a) => a.path)).toContain('small_torch.cpp');
  });

  it('plans cover every pair and identity lane exactly once, vector chunks 16-byte aligned', () => {
    fc.assert(fc.property(arbitrarySpec, (s) => {
      const ir = compile(s.source);
      const W = 16 / elemBytes(ir.kernel.dtype);
      for (const lanes of [null, W]) {
        const plan = chunkPlan(ir, lanes);
        const pairSeen = new Array<number>(ir.pairs.length).fill(0);
        const laneSeen = new Array<number>(ir.headDim).fill(0);
        let chunk = 0;
        for (const seg of plan.segments) {
          expect(seg.firstChunk).toBe(chunk);
          chunk += seg.chunks;
          if (seg.kind === 'rotate') {
            for (let c = 0; c < seg.chunks; c++) {
              for (let i = 0; i < seg.pairsPerChunk; i++) {
                const j = seg.firstPair + c * seg.pairsPerChunk + i;
                const step = (c * seg.pairsPerChunk + i) * seg.stride;
                pairSeen[j]++;
                expect([seg.laneA + step, seg.laneB + step]).toEqual([ir.pairs[j].laneA, ir.pairs[j].laneB]);
              }
              if (seg.vector !== 'none') {
                expect(lanes).not.toBeNull();
                expect((seg.laneA + c * seg.pairsPerChunk * seg.stride) % W).toBe(0);
                if (seg.vector === 'split') expect((seg.laneB + c * seg.pairsPerChunk) % W).toBe(0);
                else expect(seg.laneB).toBe(seg.laneA + 1);
                expect(ir.headDim % W).toBe(0);
              }
            }
          } else {
            for (let l = 0; l < seg.chunks * seg.lanesPerChunk; l++) laneSeen[seg.firstLane + l]++;
            if (seg.vector) expect(seg.firstLane % W).toBe(0);
          }
        }
        expect(chunk).toBe(plan.chunksPerToken);
        expect(pairSeen.every((n) => n === 1)).toBe(true);
        const identity = new Array<number>(ir.headDim).fill(0);
        if (!ir.kernel.inplace) for (const [a, b] of ir.identityLanes!) for (let l = a; l < b; l++) identity[l] = 1;
        expect(laneSeen).toEqual(identity);
      }
    }), { numRuns: 300, seed: 7 });
  });
});
