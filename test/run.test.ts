// `ropec run` through the CLI on .npy files: interp and ts backends against outputs computed by an
// independent NumPy implementation (scripts/make-run-fixtures.py), and every error path writing nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from './support/dist.js';
import { parseNpy, writeNpy } from '../src/npy.js';

const F = 'test/fixtures/run';
const run = (...args: string[]) => spawnSync('node', ['dist/src/cli.js', 'run', ...args], { encoding: 'utf8' });
const base = [`${F}/tiny.rope`, '--q', `${F}/q.npy`, '--k', `${F}/k.npy`, '--positions', `${F}/positions.npy`];
const read = (p: string) => parseNpy(readFileSync(p), p);

beforeAll(() => {
  ensureDist();
}, 120_000);

describe('ropec run', () => {
  for (const backend of ['interp', 'ts']) {
    it(`${backend}: matches an independent NumPy rotate_half on the same tensors`, () => {
      const out = mkdtempSync(join(tmpdir(), 'ropec-run-'));
      const r = run(...base, '--backend', backend, '--out', out, '--compare', 'interp');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/q: max abs error .* — ok/);
      for (const t of ['q', 'k']) {
        const got = read(join(out, `${t}.npy`));
        const want = read(`${F}/${t}_expected.npy`);
        expect(got.shape).toEqual(want.shape);
        expect(got.descr).toBe('<f4');
        const scale = Math.max(...Array.from(want.data as Float32Array, Math.abs));
        (got.data as Float32Array).forEach((x, i) => expect(Math.abs(x - (want.data as Float32Array)[i])).toBeLessThanOrEqual(1e-6 * scale));
      }
    });
  }

  it('--compare exits 1 above the tolerance and still reports the worst index', () => {
    const out = mkdtempSync(join(tmpdir(), 'ropec-run-'));
    const r = run(...base, '--backend', 'ts', '--out', out, '--compare', 'interp', '--tol', '0');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/ABOVE TOLERANCE/);
    expect(r.stdout).toMatch(/at \[\d+, \d+, \d+\]/);
  });

  it('--compare on empty outputs (0 tokens) says so instead of printing NaN at []', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-run-'));
    writeFileSync(join(dir, 'q.npy'), writeNpy('<f4', [0, 2, 8], new Float32Array(0)));
    writeFileSync(join(dir, 'k.npy'), writeNpy('<f4', [0, 1, 8], new Float32Array(0)));
    writeFileSync(join(dir, 'p.npy'), writeNpy('<i8', [0], new BigInt64Array(0)));
    const r = run(`${F}/tiny.rope`, '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--positions', join(dir, 'p.npy'), '--backend', 'ts', '--out', join(dir, 'out'), '--compare', 'interp');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^q: no elements to compare \(an empty output\) — ok$/m);
    expect(r.stdout).toMatch(/^k: no elements to compare \(an empty output\) — ok$/m);
    expect(r.stdout).not.toMatch(/NaN/);
  });

  it('bad inputs: a clear message naming the file and what is expected, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-bad-'));
    const wrongShape = join(dir, 'q3.npy');
    writeFileSync(wrongShape, writeNpy('<f4', [5, 3, 8], new Float32Array(120)));
    const wrongDtype = join(dir, 'qd.npy');
    writeFileSync(wrongDtype, writeNpy('<f8', [5, 2, 8], new Float64Array(80)));
    const cases: [string[], RegExp][] = [
      [['--q', wrongShape], /q3.npy: q has q_heads = 3, the spec fixes 2 \(shape \[tokens, q_heads, head_dim\]\)/],
      [['--q', wrongDtype], /qd.npy: q has dtype '<f8', spec tiny stores f32 \('<f4'\)/],
      [['--q', 'test/fixtures/npy/big_endian.npy'], /big-endian/],
      [['--positions', 'test/fixtures/npy/f4.npy'], /positions must be integers/],
      [['--q', `${F}/tiny.rope`], /not a .npy file/],
    ];
    for (const [override, message] of cases) {
      const args = [...base];
      for (let i = 0; i < override.length; i += 2) args[args.indexOf(override[i]) + 1] = override[i + 1];
      const out = join(dir, 'out');
      const r = run(...args, '--out', out);
      expect(r.status, override.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing was written/);
      expect(existsSync(out)).toBe(false);
    }
    // A missing file is a file-system error: its own exit code (issue 21), the path and the cause.
    const missing = run(...base.map((a) => (a === `${F}/q.npy` ? join(dir, 'missing.npy') : a)), '--out', join(dir, 'out'));
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/missing.npy: no such file or folder/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(run(...base).status).toBe(2); // no --out: usage
    expect(run(...base, '--out', dir, '--backend', 'metal').stderr).toMatch(/unknown backend 'metal'/);
    expect(run(...base, '--out', dir, '--sizes', 't=a').stderr).toMatch(/--sizes: expected name=integer pairs/);
  });

  it('grid specs take run-time sizes from --sizes and check them against the tokens', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-grid-'));
    // mvit_axial3d: [batch, heads, seq, dim] with 16 heads of 48 lanes, 1 class token + t·h·w
    const seq = 1 + 2 * 2 * 3;
    writeFileSync(join(dir, 'q.npy'), writeNpy('<f4', [1, 16, seq, 48], Float32Array.from({ length: 16 * seq * 48 }, (_, i) => Math.sin(i))));
    const args = ['spec/mvit_axial3d.rope', '--q', join(dir, 'q.npy'), '--k', join(dir, 'q.npy'), '--backend', 'ts', '--compare', 'interp'];
    expect(run(...args, '--out', join(dir, 'o1'), '--sizes', 't=2,h=2,w=3').status).toBe(0);
    const bad = run(...args, '--out', join(dir, 'o2'), '--sizes', 't=2,h=2,w=2');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/each sequence must hold prefix \+ t·h·w = 1 \+ 2·2·2 = 9 tokens, got 13/);
    expect(existsSync(join(dir, 'o2'))).toBe(false);
  });
});
