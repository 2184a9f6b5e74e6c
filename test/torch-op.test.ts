// The PyTorch op that `ropec build --target cuda --torch` writes (NAME_torch.cpp), compiled against
// real PyTorch headers (the torch wheel's include/, installed by scripts/torch-headers.sh) with
// -Wall -Wextra -Werror. There is no GPU here, so the op is compiled (-fsyntax-only: every type and
// call is checked), not run. One translation unit holds the ops of the whole spec library and of
// specs that cover what the library does not (packed index, batch-layout segment tables, in place,
// run-time head counts), the way a project linking several ops would.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { compile } from '../src/index.js';
import { cleanup, scratch, writeArtifacts } from './support/nvcc.js';
import { EXTRA } from './support/torch-specs.js';

function torchInclude(): string | undefined {
  const candidates = [process.env.ROPEC_TORCH_INCLUDE, resolve('.cache/torch/torch/include')];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'torch', 'extension.h')));
}

function pythonInclude(): string | undefined {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['include'])"], { encoding: 'utf8' });
  const dir = r.stdout?.trim();
  return dir && existsSync(join(dir, 'Python.h')) ? dir : undefined;
}

const CUDA_INCLUDE = '/usr/local/cuda/include';
const TORCH = torchInclude();
const PYTHON = pythonInclude();
const ready = !!TORCH && !!PYTHON && existsSync(join(CUDA_INCLUDE, 'cuda_runtime_api.h'));
if (!ready) {
  console.warn(`[torch-op] skipped: ${!TORCH ? 'no PyTorch headers (run scripts/torch-headers.sh)' : !PYTHON ? 'no Python.h' : `no ${CUDA_INCLUDE}`}`);
}


describe.skipIf(!ready)('the generated PyTorch op compiles against PyTorch headers', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratch('torch-op');
  });
  afterAll(() => cleanup(dir));

  it('the whole library and the extra specs, in one translation unit, with -Wall -Wextra -Werror', () => {
    const sources = [
      ...readdirSync('spec').filter((f) => f.endsWith('.rope')).map((f) => ({ file: `spec/${f}`, text: undefined as string | undefined })),
      ...Object.entries(EXTRA).map(([name, text]) => ({ file: `${name}.rope`, text })),
    ];
    const ops: string[] = [];
    for (const s of sources) {
      const r = compile(s.text ?? readFileSync(s.file, 'utf8'), { file: s.file, targets: [] });
      expect(r.diagnostics, s.file).toEqual([]);
      for (const ir of r.irs) {
        const artifacts = cudaBackend.emit(ir, { torch: true }).artifacts;
        writeArtifacts(dir, artifacts);
        ops.push(`${ir.name}_torch.cpp`);
      }
    }
    expect(ops.length).toBeGreaterThanOrEqual(18);
    writeFileSync(join(dir, 'all_ops.cpp'), ops.map((f) => `#include "${f}"\n`).join(''));
    const r = spawnSync('g++', [
      '-std=c++20', '-fsyntax-only', '-Wall', '-Wextra', '-Werror',
      '-isystem', TORCH!, '-isystem', join(TORCH!, 'torch', 'csrc', 'api', 'include'), '-isystem', PYTHON!, '-isystem', CUDA_INCLUDE,
      '-DTORCH_EXTENSION_NAME=ropec_ops', '-DTORCH_API_INCLUDE_EXTENSION_H', 'all_ops.cpp',
    ], { cwd: dir, encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);

  it('the same compile fails on an op with a type error (the check can fail)', () => {
    writeFileSync(join(dir, 'broken.cpp'), '#include <ATen/core/Tensor.h>\nvoid f(const at::Tensor& t) { int* p = t.sizes(); (void)p; }\n');
    const r = spawnSync('g++', ['-std=c++20', '-fsyntax-only', '-isystem', TORCH!, '-isystem', join(TORCH!, 'torch', 'csrc', 'api', 'include'),
      '-isystem', PYTHON!, 'broken.cpp'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot convert/);
  }, 300_000);
});
