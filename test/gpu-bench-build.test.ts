// The GPU benchmark (bench/gpu, issue 6) cannot run without a GPU, but its parts are checked
// here: prepare.mjs writes and builds the four benchmark kernels and a manifest that bench.py
// reads; the kernels compile with the real nvcc for sm_90 (H100) with warnings as errors; bench.py
// is valid Python. The PyTorch extension sources (*_torch.cpp) need torch headers and are built by
// bench.py on the GPU machine, not here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from './support/dist.js';
import { cleanup, nvcc, nvccAvailable, scratch, WERROR } from './support/nvcc.js';

const root = join(import.meta.dirname, '..');

describe('GPU benchmark script', () => {
  beforeAll(() => ensureDist()); // prepare.mjs imports the built compiler

  it('prepare.mjs builds the prefill/decode × f32/bf16 kernels and a manifest bench.py can use', async () => {
    const dir = scratch('gpu-bench');
    try {
      execFileSync(process.execPath, [join(root, 'bench/gpu/prepare.mjs'), dir], { cwd: root, encoding: 'utf8' });
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { kernels: { name: string; sources: string[]; op: string; omega: number[]; dtype: string; shape: string }[] };
      expect(m.kernels.map((k) => `${k.shape}/${k.dtype}`).sort()).toEqual(['decode/bf16', 'decode/f32', 'prefill/bf16', 'prefill/f32']);
      for (const k of m.kernels) {
        for (const f of k.sources) expect(existsSync(join(dir, f)), f).toBe(true);
        // the op bench.py calls is the one the extension registers
        expect(readFileSync(join(dir, `${k.name}_torch.cpp`), 'utf8')).toContain(`m.def("${k.op}(`);
        // llama3 scaling: 64 pairs, ω_0 = 1, decreasing
        expect(k.omega).toHaveLength(64);
        expect(k.omega[0]).toBe(1);
        expect(k.omega.every((w, j) => j === 0 || w < k.omega[j - 1])).toBe(true);
      }
      if (nvccAvailable()) {
        for (const k of m.kernels) {
          const r = await nvcc(['-std=c++17', '-gencode', 'arch=compute_90,code=sm_90', ...WERROR, '-c', `${k.name}.cu`, '-o', `${k.name}.o`], dir);
          expect(r.ms).toBeGreaterThan(0);
          expect(existsSync(join(dir, `${k.name}.o`))).toBe(true);
        }
      }
    } finally {
      cleanup(dir);
    }
  }, 300_000);

  it('bench.py is valid Python', () => {
    const py = spawnSync('python3', ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])', join(root, 'bench/gpu/bench.py')], { encoding: 'utf8' });
    expect(py.error, 'python3 is needed to check bench.py').toBeUndefined();
    expect(py.stderr).toBe('');
    expect(py.status).toBe(0);
  });
});
