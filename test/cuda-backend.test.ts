// The CUDA backend without nvcc: what it refuses (RB002), and the chunk plan's contract — for
// random specs, the vector and scalar plans each cover every pair exactly once and (out of place)
// every identity lane exactly once, and vector chunks sit on 16-byte boundaries.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { frontEnd } from '../src/compiler/frontend.js';
import { optimize } from '../src/compiler/passes/index.js';
import { cleanup, compileCheck, nvccAvailable, scratch, writeArtifacts } from './support/nvcc.js';

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

describe.skipIf(!nvccAvailable())('CUDA backend: no unused locals', () => {
  // A random draw (seed 7) found it: q's head groups take a chunk index and k's (one item per head)
  // do not, and the k branch's `chunk` survived because the q branch, a block of its own, reads a
  // local of the same name. nvcc then warns "#177-D variable declared but never referenced", an
  // error with -Werror.
  it('a k branch without chunks declares none (heads of their own widths, packed positions), and compiles with warnings as errors', async () => {
    const source = `rope unread {
  head_dim 18
  rotary dim 16 offset 2
  style half
  axes sectioned [t 2, h 3, w 3]
  frequencies periods(base 100) over axis
  positions index packed + offsets
  kernel {
    k head_dim 24 offset 0
    q head_dim 28 offset 2
    layout [tokens, heads, dim]
    dtype f16 native
    strided
    inplace
  }
}
`;
    const ir = compile(source);
    const dir = scratch('unread');
    try {
      writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts);
      // The k branch calls its item function without a chunk, and declares none.
      const text = readFileSync(join(dir, 'unread.cu'), 'utf8');
      expect(text).toMatch(/item_vector_in_k1_0\(a, b, s, flat, h0\)/);
      expect(text).not.toMatch(/const int64_t chunk = rest_k - g;/);
      await expect(compileCheck(dir, ['unread'], ['80'])).resolves.toBeDefined();
    } finally {
      cleanup(dir);
    }
  }, 120_000);
});

/** The PyTorch op's source for a spec. */
const torchOp = (ir: Parameters<typeof optimize>[0]) => cudaBackend.emit(optimize(ir), { torch: true }).artifacts.find((a) => a.path.endsWith('_torch.cpp'))!.contents;

describe('the PyTorch op\'s host checks', () => {
  // A host check reads as many entries of a CPU tensor as its length arguments say; the op must
  // know that tensor holds them first: its sizes checked, or the lengths taken from the tensor.
  const OWN = `rope own_cache {
  head_dim 64
  frequencies base 10000
  positions tensor int
  kernel {
    q heads 4
    k heads 2 tokens own
    dtype bf16
    sincos cache(layout cos_sin)
  }
}
`;
  const sources = [
    ...readdirSync('spec').filter((f) => f.endsWith('.rope')).map((f) => readFileSync(join('spec', f), 'utf8')),
    OWN,
  ];
  it('return early only when every tensor is empty: with run-time heads, k at 0 heads leaves q to rotate', () => {
    const { irs } = frontEnd('rope rt {\n  head_dim 8\n  frequencies base 10000\n  positions index\n}\n', 'rt.rope');
    const op = torchOp(irs[0]);
    const returns = op.split('\n').filter((l) => /numel\(\) == 0.*return/.test(l));
    expect(returns.length).toBeGreaterThan(0);
    for (const l of returns) expect(l.trim()).toMatch(/^if \(q\.numel\(\) == 0 && k\.numel\(\) == 0\) return/);
  });

  it('take a [batch, 1, heads, dim] view\'s tokens from the batch stride (a size-1 seq dimension may report any stride)', () => {
    const { irs } = frontEnd('rope bv {\n  head_dim 8\n  frequencies base 10000\n  positions index + offset\n  kernel {\n    layout [batch, seq, heads, dim]\n    inplace\n    strided\n  }\n}\n', 'bv.rope');
    const op = torchOp(irs[0]);
    for (const t of ['q', 'k']) {
      expect(op).toContain(`${t}.size(0) <= 1 || ${t}.size(1) <= 1 || ${t}.stride(0) == ${t}.size(1) * ${t}.stride(1)`);
      expect(op).toContain(`const int64_t ${t}_token_stride = ${t}.size(1) == 1 ? ${t}.stride(0) : ${t}.stride(1);`);
    }
  });

  it('know the length of every CPU tensor a host check reads before calling it', () => {
    let calls = 0;
    for (const source of sources) {
      const { irs, diagnostics } = frontEnd(source, 'x.rope');
      expect(diagnostics).toEqual([]);
      for (const ir of irs) {
        const op = torchOp(ir);
        for (const m of op.matchAll(/ropec_\w+_check_\w+\(([^;]*)\) == cudaSuccess/g)) {
          calls++;
          for (const [, tensor] of m[1].matchAll(/(\w+)\.data_ptr</g)) {
            const before = op.slice(0, m.index);
            const sized = before.includes(`${tensor}.size(0) == `) || new RegExp(`= ${tensor}\\.(numel\\(\\)|size\\(0\\))`).test(before);
            expect(sized, `${ir.name}: ${tensor} is read by ${m[0].slice(0, 60)}… before its length is known`).toBe(true);
          }
        }
      }
    }
    // The library's segment, grid and cache-position checks, and q's and k's positions of the spec above.
    expect(calls).toBeGreaterThanOrEqual(12);
  });
});
