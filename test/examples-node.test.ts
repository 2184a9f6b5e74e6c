// examples/attention-node and examples/torch-extension, run as their READMEs say, in a temp copy:
// the attention program's numbers are checked against attention computed here from the float64
// interpreter's rotation; the PyTorch extension's build files are checked (the generated .cu
// compiles with nvcc, setup.py finds the generated sources, the Python files compile, and the op
// the test script calls is the op the generated source registers). No GPU or PyTorch here, so
// the extension itself is not built; test_llama3.py runs it where both exist.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFile, interpret } from '../src/index.js';
import { NVCC, nvcc } from '../src/runners/cuda.js';
import { ensureDist } from './support/dist.js';

const cli = resolve('dist/src/cli.js');
const tsc = resolve('node_modules/.bin/tsc');
const dirs: string[] = [];

function copyExample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ropec-example-${name}-`));
  dirs.push(dir);
  cpSync(resolve('examples', name), dir, { recursive: true, filter: (src) => !/[/\\](gen|dist|build|node_modules|__pycache__)$/.test(src) });
  return dir;
}

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  ensureDist();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('examples/attention-node', () => {
  it('attention with the generated TS kernel matches attention on the interpreter\'s rotation', () => {
    const dir = copyExample('attention-node');
    run('node', [cli, 'build', '--target', 'ts', '--out', 'gen', 'attention.rope'], dir);
    run(tsc, ['-p', '.'], dir);
    const report = JSON.parse(run('node', ['dist/main.js'], dir));

    const r = compileFile(join(dir, 'attention.rope'));
    expect(r.ok).toBe(true);
    const ir = r.irs[0];
    const { tokens } = report;
    expect([ir.headDim, ir.kernel.qHeads, ir.kernel.kHeads]).toEqual([32, 4, 2]);
    const [D, QH, KH] = [32, 4, 2];
    const rot = interpret(ir, { q: report.q, k: report.k, sizes: { tokens } });
    // Causal grouped-query attention in float64, written out independently of the example.
    let worst = 0;
    for (let h = 0; h < QH; h++) {
      const g = Math.floor((h * KH) / QH);
      for (let i = 0; i < tokens; i++) {
        const s: number[] = [];
        for (let j = 0; j <= i; j++) {
          let dot = 0;
          for (let c = 0; c < D; c++) dot += rot.q[(i * QH + h) * D + c] * rot.k[(j * KH + g) * D + c];
          s.push(dot / Math.sqrt(D));
        }
        const m = Math.max(...s);
        const e = s.map((x) => Math.exp(x - m));
        const z = e.reduce((a, b) => a + b, 0);
        for (let c = 0; c < D; c++) {
          let o = 0;
          for (let j = 0; j <= i; j++) o += (e[j] / z) * report.v[(j * KH + g) * D + c];
          worst = Math.max(worst, Math.abs(o - report.out[(i * QH + h) * D + c]));
        }
      }
    }
    // The kernel's f32 outputs are the interpreter's rounded once; outputs are in [-1, 1].
    expect(worst).toBeLessThan(1e-5);
    expect(report.out.length).toBe(tokens * QH * D);
    // Same vectors at every position: scores equal along each distance i − j (up to f32
    // rounding of the rotated vectors), and they do change with the distance.
    expect(report.relative.deviation).toBeLessThan(1e-5);
    expect(report.relative.spread).toBeGreaterThan(0.1);
  });
});

describe('examples/torch-extension', () => {
  it('generates the CUDA sources the build files expect; they compile with nvcc', async () => {
    const dir = copyExample('torch-extension');
    run('node', [cli, 'build', '--target', 'cuda', '--torch', '--out', 'gen', 'llama3.rope'], dir);
    const found = run('python3', ['-c', "import runpy; print('\\n'.join(runpy.run_path('setup.py', run_name='check')['sources']()))"], dir).trim().split('\n');
    // The spec is out of place: its op is differentiable, and the backward kernel is built with it.
    expect(found).toEqual(['gen/llama3_8b_f32_torch.cpp', 'gen/llama3_8b_f32.cu', 'gen/llama3_8b_f32_inverse.cu']);
    for (const f of found) expect(existsSync(join(dir, f))).toBe(true);
    run('python3', ['-m', 'py_compile', 'setup.py', 'test_llama3.py'], dir);

    // The op test_llama3.py calls is the op the generated source registers, with the same arguments.
    const op = readFileSync(join(dir, 'gen/llama3_8b_f32_torch.cpp'), 'utf8');
    expect(op).toContain('m.def("llama3_8b_f32(Tensor q, Tensor k, int offset) -> (Tensor, Tensor)")');
    const script = readFileSync(join(dir, 'test_llama3.py'), 'utf8');
    expect(script).toContain('torch.ops.ropec.llama3_8b_f32(q, k, offset)');
    // test_llama3.py's constants are the spec's.
    const ir = compileFile(join(dir, 'llama3.rope')).irs[0];
    expect(script).toContain(`HEAD_DIM, Q_HEADS, K_HEADS = ${ir.headDim}, ${ir.kernel.qHeads}, ${ir.kernel.kHeads}`);

    expect(existsSync(NVCC), `nvcc not found at ${NVCC}`).toBe(true);
    // The nvcc flags setup.py gives CUDAExtension (not -Werror: see the report on warning #177).
    for (const name of ['llama3_8b_f32', 'llama3_8b_f32_inverse']) {
      // (CUDAExtension adds -fPIC: the objects go into a shared library.)
      await nvcc(['-O3', '-std=c++17', '-gencode', 'arch=compute_80,code=sm_80', '-Xcompiler', '-fPIC', '-I', 'gen', '-c', `gen/${name}.cu`, '-o', `${name}.o`], dir);
      expect(existsSync(join(dir, `${name}.o`))).toBe(true);
    }
    // Both objects link into one module: no symbol is defined twice.
    await nvcc(['-shared', '-Xcompiler', '-fPIC', 'llama3_8b_f32.o', 'llama3_8b_f32_inverse.o', '-o', 'ops.so'], dir);
  });
});
