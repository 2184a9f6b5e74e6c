// `ropec run --backend cuda`, run as a user runs it (node on the built dist/): the nvcc-built kernel
// on the CPU harness against outputs from an independent NumPy implementation
// (scripts/make-run-fixtures.py), the runner cache, bf16/f16 specs against the interpreter, and the
// clean failures — no GPU for --device gpu, no nvcc. Runners are cached in a scratch
// ROPEC_CACHE_DIR, shared by the tests of this file.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from './support/dist.js';
import { nvccAvailable } from '../src/runners/cuda.js';
import { parseNpy, writeNpy, type NpyArray } from '../src/npy.js';
import { encodeStorage } from '../src/storage.js';

const cli = 'dist/src/cli.js';
const FIX = 'test/fixtures/run';
const work = mkdtempSync(join(tmpdir(), 'ropec-run-cuda-'));
const cache = join(work, 'cache');

function ropec(args: string[], env: Record<string, string | undefined> = {}) {
  const start = performance.now();
  const r = spawnSync('node', [cli, 'run', ...args], { encoding: 'utf8', env: { ...process.env, ROPEC_CACHE_DIR: cache, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
}

const npy = (path: string): NpyArray => parseNpy(readFileSync(path), path);

/** A GPU this machine can use (then the no-GPU tests cannot run and the GPU test does). */
const gpuPresent = spawnSync('nvidia-smi', ['-L'], { encoding: 'utf8' }).status === 0;
const nvcc = nvccAvailable();

const tinyArgs = (out: string) => [`${FIX}/tiny.rope`, '--backend', 'cuda', '--q', `${FIX}/q.npy`, '--k', `${FIX}/k.npy`,
  '--positions', `${FIX}/positions.npy`, '--out', out];

/** Max |got − want| ≤ 1e-6 · max|want| per tensor (f32 tolerance against the float64 NumPy result). */
function expectMatchesFixtures(out: string): void {
  for (const which of ['q', 'k'] as const) {
    const got = npy(join(out, `${which}.npy`));
    const want = npy(`${FIX}/${which}_expected.npy`);
    expect(got.descr).toBe('<f4');
    expect(got.shape).toEqual(want.shape);
    const g = got.data as Float32Array;
    const w = want.data as Float32Array;
    const scale = w.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    let worst = 0;
    for (let i = 0; i < w.length; i++) worst = Math.max(worst, Math.abs(g[i] - w[i]));
    expect(worst, `${which}: max error ${worst} vs max|x| ${scale}`).toBeLessThanOrEqual(1e-6 * scale);
  }
}

beforeAll(() => {
  ensureDist();
}, 120_000);

afterAll(() => {
  if (!process.env.ROPEC_KEEP_CUDA) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!nvcc)('ropec run --backend cuda (CPU harness)', () => {
  it('matches the NumPy reference on tiny.rope, and a second run reuses the cached runner', () => {
    const out = join(work, 'tiny');
    const first = ropec(tinyArgs(out));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/building the CUDA CPU runner for tiny/);
    expect(first.stdout).toMatch(/^cuda: wrote /m);
    expectMatchesFixtures(out);
    const before = readFileSync(join(out, 'q.npy'));

    const second = ropec(tinyArgs(out));
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).not.toMatch(/building/);
    expect(readFileSync(join(out, 'q.npy'))).toEqual(before);
    console.log(`[run-cuda] tiny: first run ${Math.round(first.ms)} ms (builds), second ${Math.round(second.ms)} ms (cached)`);
    expect(second.ms).toBeLessThan(first.ms);
  }, 120_000);

  it('--compare interp on tiny.rope exits 0', () => {
    const r = ropec([...tinyArgs(join(work, 'tiny-compare')), '--compare', 'interp']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.match(/— ok$/gm)).toHaveLength(2);
  }, 120_000);

  // An in-place bf16 spec, [batch, seq, heads, dim], index positions + a run-time offset, 16-byte vectors.
  const BF16 = `rope run_bf16 {
  head_dim 64
  style half
  frequencies base 500000
  positions index + offset
  kernel {
    q heads 4
    k heads 2
    layout [batch, seq, heads, dim]
    dtype bf16
    inplace
  }
}
`;
  // An out-of-place f16 spec, [batch, heads, seq, dim], a 3-D grid after one prefix token,
  // interleaved lanes per axis and 8 identity lanes.
  const F16 = `rope run_f16 {
  head_dim 40
  rotary dim 32
  style interleaved
  axes lanes [t 8, h 12, w 12]
  frequencies base 10000 over axis
  positions grid(t, h, w) prefix 1
  kernel {
    q heads 3
    k heads 2
    layout [batch, heads, seq, dim]
    dtype f16
  }
}
`;

  function randomTensor(shape: number[], seed: number): number[] {
    let s = seed >>> 0;
    const n = shape.reduce((a, b) => a * b, 1);
    return Array.from({ length: n }, () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return (s / 2 ** 32) * 8 - 4;
    });
  }

  for (const c of [
    { name: 'run_bf16', spec: BF16, dtype: 'bf16' as const, q: [2, 37, 4, 64], k: [2, 37, 2, 64], extra: ['--bf16', '--sizes', 'offset=4093'] },
    { name: 'run_f16', spec: F16, dtype: 'f16' as const, q: [2, 3, 1 + 2 * 3 * 4, 40], k: [2, 2, 1 + 2 * 3 * 4, 40], extra: ['--sizes', 't=2,h=3,w=4'] },
  ]) {
    it(`${c.dtype}: ${c.name} through the CPU harness agrees with the interpreter (--compare interp)`, () => {
      const dir = join(work, c.name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${c.name}.rope`), c.spec);
      const descr = c.dtype === 'bf16' ? '<u2' : '<f2';
      writeFileSync(join(dir, 'q.npy'), writeNpy(descr, c.q, encodeStorage(randomTensor(c.q, 1), c.dtype)));
      writeFileSync(join(dir, 'k.npy'), writeNpy(descr, c.k, encodeStorage(randomTensor(c.k, 2), c.dtype)));
      const out = join(dir, 'out');
      const r = ropec([join(dir, `${c.name}.rope`), '--backend', 'cuda', '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'),
        '--out', out, '--compare', 'interp', ...c.extra]);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout.match(/— ok$/gm)).toHaveLength(2);
      for (const [which, shape] of [['q', c.q], ['k', c.k]] as const) {
        const got = npy(join(out, `${which}.npy`));
        expect(got.descr).toBe(descr);
        expect(got.shape).toEqual(shape);
        // Every element was written (no 0xFFFF poison left), and the rotation changed something.
        expect((got.data as Uint16Array).includes(0xffff)).toBe(false);
        expect(Buffer.from(readFileSync(join(out, `${which}.npy`))).equals(readFileSync(join(dir, `${which}.npy`)))).toBe(false);
      }
    }, 120_000);
  }

  it('reports a bad shape before building anything, and writes nothing', () => {
    const out = join(work, 'bad-shape');
    const r = ropec([`${FIX}/tiny.rope`, '--backend', 'cuda', '--q', `${FIX}/k.npy`, '--k', `${FIX}/k.npy`, '--positions', `${FIX}/positions.npy`, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/q_heads = 1, the spec fixes 2/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('ropec run --backend cuda: clean failures', () => {
  it('names the missing nvcc (and the default /usr/local/bin/nvcc), exit 1, nothing written', () => {
    const out = join(work, 'no-nvcc');
    const r = ropec(tinyArgs(out), { NVCC: '/nonexistent/bin/nvcc', ROPEC_CACHE_DIR: join(work, 'empty-cache') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nvcc not found at \/nonexistent\/bin\/nvcc/);
    expect(r.stderr).toMatch(/\/usr\/local\/bin\/nvcc/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects --device without --backend cuda, and an unknown device (exit 2)', () => {
    const base = [`${FIX}/tiny.rope`, '--q', `${FIX}/q.npy`, '--k', `${FIX}/k.npy`, '--positions', `${FIX}/positions.npy`, '--out', join(work, 'x')];
    const a = ropec([...base, '--backend', 'ts', '--device', 'gpu']);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/--device applies to --backend cuda/);
    const b = ropec([...base, '--backend', 'cuda', '--device', 'tpu']);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/--device takes cpu or gpu/);
  });

  it.skipIf(gpuPresent)('--device gpu without a GPU: "no CUDA GPU found", exit 1, nothing written', () => {
    const out = join(work, 'no-gpu');
    const r = ropec([...tinyArgs(out), '--device', 'gpu']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no CUDA GPU found/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(gpuPresent)('--device gpu where nvidia-smi fails: "no CUDA GPU found", exit 1', () => {
    const bin = join(work, 'failing-smi');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'nvidia-smi'), '#!/bin/sh\necho "NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver." >&2\nexit 9\n');
    chmodSync(join(bin, 'nvidia-smi'), 0o755);
    const out = join(work, 'failing-smi-out');
    const r = ropec([...tinyArgs(out), '--device', 'gpu'], { PATH: `${bin}:${process.env.PATH}` });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no CUDA GPU found: nvidia-smi failed: NVIDIA-SMI has failed/);
    expect(existsSync(out)).toBe(false);
  });

  // nvidia-smi claims an sm_90 GPU: the real GPU runner is built (a compile check of the device
  // path on a machine without a GPU), then the CUDA runtime finds no device.
  it.skipIf(gpuPresent || !nvcc)('builds the sm_90 GPU runner, then fails cleanly at run time without a GPU', () => {
    const bin = join(work, 'fake-smi');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'nvidia-smi'), '#!/bin/sh\necho 9.0\n');
    chmodSync(join(bin, 'nvidia-smi'), 0o755);
    const out = join(work, 'fake-gpu');
    const r = ropec([...tinyArgs(out), '--device', 'gpu'], { PATH: `${bin}:${process.env.PATH}` });
    expect(r.stderr).toMatch(/building the CUDA GPU runner \(sm_90\) for tiny/);
    expect(r.stderr).toMatch(/built in \d+ ms/);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no CUDA GPU found \(the CUDA runtime says: /);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it.skipIf(!gpuPresent || !nvcc)('--device gpu on the local GPU matches the NumPy reference', () => {
    const out = join(work, 'gpu');
    const r = ropec([...tinyArgs(out), '--device', 'gpu']);
    expect(r.status, r.stderr).toBe(0);
    expectMatchesFixtures(out);
  }, 120_000);
});
