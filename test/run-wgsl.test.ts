// `ropec run --backend wgsl`, run as a user runs it (node on the built dist/): the generated WGSL on
// Dawn + SwiftShader against outputs from an independent NumPy implementation
// (scripts/make-run-fixtures.py), f16 and bf16 specs against the interpreter (--compare interp),
// a grid spec with --sizes / --sizes-file, and the clean failure when there is no adapter.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from './support/dist.js';
import { parseNpy, writeNpy, type NpyArray } from '../src/npy.js';
import { encodeStorage } from '../src/storage.js';

const cli = 'dist/src/cli.js';
const FIX = 'test/fixtures/run';
const work = mkdtempSync(join(tmpdir(), 'ropec-run-wgsl-'));

function ropec(args: string[], env: Record<string, string | undefined> = {}) {
  const start = performance.now();
  // A timeout, so that a process Dawn kept alive fails the test instead of hanging it.
  const r = spawnSync('node', [cli, 'run', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
}

const npy = (path: string): NpyArray => parseNpy(readFileSync(path), path);

const tinyArgs = (out: string) => [`${FIX}/tiny.rope`, '--backend', 'wgsl', '--q', `${FIX}/q.npy`, '--k', `${FIX}/k.npy`,
  '--positions', `${FIX}/positions.npy`, '--out', out];

function randomTensor(shape: number[], seed: number): number[] {
  let s = seed >>> 0;
  const n = shape.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 8 - 4;
  });
}

beforeAll(() => {
  ensureDist();
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('ropec run --backend wgsl (Dawn)', () => {
  it('matches the NumPy reference on tiny.rope within 1e-6 · max|x|, and exits', () => {
    const out = join(work, 'tiny');
    const r = ropec(tinyArgs(out));
    expect(r.signal, 'the process did not exit by itself').toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wgsl: wrote /m);
    expect(r.stderr).toMatch(/WebGPU adapter: /);
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
    console.log(`[run-wgsl] tiny: ${Math.round(r.ms)} ms`);
  }, 60_000);

  // An out-of-place f16 spec, [batch, heads, seq, dim], index positions + a large run-time offset.
  const F16 = `rope run_wgsl_f16 {
  head_dim 64
  style half
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 4
    k heads 2
    layout [batch, heads, seq, dim]
    dtype f16
  }
}
`;
  // An in-place bf16 spec, [batch, seq, heads, dim], interleaved lanes, partial rotary dim and dynamic
  // NTK (ω uploaded by the host module from seq_len).
  const BF16 = `rope run_wgsl_bf16 {
  head_dim 48
  rotary dim 32
  style interleaved
  frequencies base 500000
  scaling dynamic(factor 2, original 64)
  positions index
  kernel {
    q heads 3
    k heads 1
    layout [batch, seq, heads, dim]
    dtype bf16
    inplace
  }
}
`;
  // An f32 grid spec with a prefix token: sizes only from the command line.
  const GRID = `rope run_wgsl_grid {
  head_dim 40
  rotary dim 32
  style interleaved
  axes lanes [t 8, h 12, w 12]
  frequencies base 10000 over axis
  positions grid(t, h, w) prefix 1
  kernel {
    q heads 2
    k heads 2
    layout [batch, seq, heads, dim]
    dtype f32
  }
}
`;

  const cases = [
    { name: 'run_wgsl_f16', spec: F16, dtype: 'f16' as const, q: [2, 4, 33, 64], k: [2, 2, 33, 64], extra: ['--sizes', 'offset=70001'] },
    { name: 'run_wgsl_bf16', spec: BF16, dtype: 'bf16' as const, q: [3, 21, 3, 48], k: [3, 21, 1, 48], extra: ['--bf16', '--sizes-file', 'sizes.json'], sizesFile: { seq_len: 300 } },
    { name: 'run_wgsl_grid', spec: GRID, dtype: 'f32' as const, q: [2, 1 + 2 * 3 * 5, 2, 40], k: [2, 1 + 2 * 3 * 5, 2, 40], extra: ['--sizes', 't=2,h=3,w=5'] },
  ];

  for (const c of cases) {
    it(`${c.dtype}: ${c.name} agrees with the interpreter (--compare interp), ${c.extra.filter((x) => x.startsWith('--sizes')).join(' ')}`, () => {
      const dir = join(work, c.name);
      mkdirSync(dir, { recursive: true });
      const spec = join(dir, `${c.name}.rope`);
      writeFileSync(spec, c.spec);
      if (c.sizesFile) writeFileSync(join(dir, 'sizes.json'), JSON.stringify(c.sizesFile));
      const descr = c.dtype === 'bf16' ? '<u2' : c.dtype === 'f16' ? '<f2' : '<f4';
      writeFileSync(join(dir, 'q.npy'), writeNpy(descr, c.q, encodeStorage(randomTensor(c.q, 1), c.dtype)));
      writeFileSync(join(dir, 'k.npy'), writeNpy(descr, c.k, encodeStorage(randomTensor(c.k, 2), c.dtype)));
      const out = join(dir, 'out');
      const extra = c.extra.map((x) => (x === 'sizes.json' ? join(dir, x) : x));
      const r = ropec([spec, '--backend', 'wgsl', '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--out', out, '--compare', 'interp', ...extra]);
      expect(r.signal, 'the process did not exit by itself').toBeNull();
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout.match(/— ok$/gm)).toHaveLength(2);
      for (const [which, shape] of [['q', c.q], ['k', c.k]] as const) {
        const got = npy(join(out, `${which}.npy`));
        expect(got.descr).toBe(descr);
        expect(got.shape).toEqual(shape);
        // The rotation changed something (the output is not the input written back).
        expect(Buffer.from(readFileSync(join(out, `${which}.npy`))).equals(readFileSync(join(dir, `${which}.npy`)))).toBe(false);
      }
      console.log(`[run-wgsl] ${c.name}: ${Math.round(r.ms)} ms; ${r.stdout.trim().split('\n').slice(0, 2).map((l) => l.replace(/ \(tolerance.*/, '')).join('; ')}`);
    }, 60_000);
  }

  it('a grid spec with missing or contradicting grid sizes: the spec\'s names in the error, exit 1, nothing written', () => {
    const dir = join(work, 'run_wgsl_grid');
    const out = join(dir, 'bad-sizes');
    const args = [join(dir, 'run_wgsl_grid.rope'), '--backend', 'wgsl', '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--out', out];
    const missing = ropec(args);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/sizes\.t: missing; grid axis 't'/);
    expect(missing.stderr).toMatch(/nothing was written/);
    const wrong = ropec([...args, '--sizes', 't=2,h=3,w=6']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/prefix \+ t·h·w = 1 \+ 2·3·6 = 37 tokens, got 31/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('ropec run --backend wgsl: clean failures', () => {
  it('no adapter: "no WebGPU adapter; install chromium and libvulkan1 …", exit 1, nothing written', () => {
    const out = join(work, 'no-adapter');
    const r = ropec(tinyArgs(out), { VK_ICD_FILENAMES: join(work, 'no-such-icd.json') });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ropec run: no WebGPU adapter; install chromium and libvulkan1/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
  });

  it('the run help lists the wgsl backend', () => {
    const r = spawnSync('node', [cli, 'run', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/interp \| ts \| wgsl \| cuda/);
    expect(r.stdout).toMatch(/Dawn/);
  });
});
