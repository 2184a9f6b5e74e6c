// The PyTorch ops that `ropec build --target cuda --torch` writes, built with
// torch.utils.cpp_extension.load against CPU-only PyTorch (installed by scripts/torch-cpu.sh) and
// run by bench/gpu/torch_check.py, the script the one-call GPU check runs on a GPU: there is no GPU
// here, so each launcher is replaced by the CPU emulation of the same kernel (nvcc,
// ROPEC_HOST_EMULATION) and CPU stands in for CUDA (a shim of the three c10/cuda headers the op
// includes, and of the op's device test and dispatch key). Everything else is the op as users build
// it: its argument checks, strides, autograd, fake (Meta) kernel and registration. The outputs are
// compared here with the interpreter, and by the script with the bounds it would use on a GPU.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanup, compareWithInterpreter, nvccAvailable, scratch } from './support/nvcc.js';
import { torchSpecs, writeTorchCases, type TorchCase } from './support/torch-cases.js';

const TORCH_CPU = resolve('.cache/torch-cpu');
const env = { ...process.env, PYTHONPATH: [TORCH_CPU, process.env.PYTHONPATH].filter(Boolean).join(':') };
const why = !nvccAvailable() ? 'no nvcc'
  : spawnSync('python3', ['-c', 'import torch, filelock, fsspec'], { env }).status !== 0 ? 'no CPU PyTorch in .cache/torch-cpu (run scripts/torch-cpu.sh)'
  : !existsSync('/usr/local/cuda/lib64/libcudart_static.a') ? 'no /usr/local/cuda/lib64/libcudart_static.a' : undefined;
if (why) console.warn(`[torch-run] skipped: ${why}`);

describe.skipIf(!!why)('the generated PyTorch ops run on CPU PyTorch (launchers emulated)', () => {
  const dir = scratch('torch-run');
  let cases: TorchCase[] = [];
  let results: Record<string, { ok: boolean; error?: string; checks?: Record<string, string> }> = {};
  let log = '';

  beforeAll(() => {
    cases = writeTorchCases(dir, 'cpu');
    const run = spawnSync('python3', [resolve('bench/gpu/torch_check.py'), join(dir, 'torch_cases.json'), '--json', join(dir, 'results.json')], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    log = run.stdout;
    // (Exit 1 is a failed check, reported per spec below; anything else is the script's own failure.)
    if (run.status !== 0 && run.status !== 1) throw new Error(`torch_check.py failed (exit ${run.status}):\n${run.stderr.slice(-6000)}`);
    results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  }, 600_000);

  const bytesOf = (file: string, dtype: string) => {
    const b = readFileSync(file);
    const buf = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    return dtype === 'f32' ? new Float32Array(buf) : dtype === 'e4m3' ? new Uint8Array(buf) : new Uint16Array(buf);
  };

  for (const [n, { checks }] of torchSpecs().entries()) {
    const expected = ['expected', ...checks.filter((c) => c !== 'graph')];
    it(`spec ${n}: the op's outputs agree with the interpreter, and ${expected.join(', ')} pass`, () => {
      const c = cases[n];
      const r = results[c.id];
      expect(r?.error, log).toBeUndefined();
      const tensorsOut = Object.fromEntries(Object.entries(c.outputs).map(([name, dtype]) => [name, bytesOf(join(dir, `${c.id}_${name}.out`), dtype)]));
      expect(Object.keys(tensorsOut).length).toBeGreaterThan(0);
      expect(compareWithInterpreter(c.prepared, { status: 0, usedVector: -1, usedGroups: -1, tensors: tensorsOut })).toBeUndefined();
      expect(r.checks).toEqual(Object.fromEntries(expected.map((x) => [x, 'ok'])));
    });
  }

  it('the script\'s own comparison fails on an output off by more than its bound (it can fail)', () => {
    const c = cases[0];
    const name = Object.keys(c.outputs)[0];
    // A second run over one case whose expected values are moved: only the comparison changes.
    const json = JSON.parse(readFileSync(join(dir, 'torch_cases.json'), 'utf8')) as { cases: { id: string; expected: { name: string; want: string }[]; checks: string[] }[] };
    const one = json.cases.find((x) => x.id === c.id)!;
    const want = join(dir, one.expected.find((e) => e.name === name)!.want);
    const bytes = readFileSync(want);
    const values = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    values[values.length - 1] += 1;
    writeFileSync(join(dir, 'moved.want'), new Uint8Array(values.buffer));
    one.expected.find((e) => e.name === name)!.want = 'moved.want';
    one.checks = [];
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ ...json, cases: [one] }));
    const run = spawnSync('python3', [resolve('bench/gpu/torch_check.py'), join(dir, 'one.json'), '--json', join(dir, 'one-results.json')], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.status, run.stderr).toBe(1);
    const r = JSON.parse(readFileSync(join(dir, 'one-results.json'), 'utf8'))[c.id];
    expect(r.checks.expected).toMatch(new RegExp(`^${name}\\[${values.length - 1}\\] = .*, interpreter .*, \\|diff\\| .* > bound`));
  }, 300_000);

  it.skipIf(process.env.ROPEC_KEEP_SCRATCH === '1')('cleans up', () => cleanup(dir));
});
