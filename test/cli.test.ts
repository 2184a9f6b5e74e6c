// The ropec command line, run as a user runs it (node on the built dist/): exit codes 0/1/2,
// help on every command, summaries, explain tables, fmt --check, write-if-changed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from './support/dist.js';

const cli = 'dist/src/cli.js';
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

beforeAll(() => {
  // The CLI test runs what users run: the compiled package. Build it once.
  ensureDist();
}, 120_000);

describe('ropec CLI', () => {
  it('prints help for the tool and every command, exit 0', () => {
    for (const args of [['--help'], ['build', '--help'], ['check', '--help'], ['explain', '--help'], ['fmt', '--help']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: ropec/);
    }
  });

  it('exits 2 on a bad command line with a one-line reason', () => {
    expect(run('frobnicate').status).toBe(2);
    expect(run('build', '--target', 'metal', 'spec').stderr).toMatch(/unknown target 'metal'/);
    expect(run('build', '--bogus', 'spec').status).toBe(2);
    // A missing input is a file-system error (exit 3, issue 21), not a command-line error.
    expect(run('check', 'no/such/file.rope').status).toBe(3);
    expect(run('check', 'no/such/file.rope').stderr).toMatch(/no\/such\/file.rope: no such file or folder/);
    expect(run('build', '--dump-after', 'nope', 'spec').stderr).toMatch(/unknown stage 'nope' for --dump-after \(stages: lower, .*, kernel, legalized\)/);
    // An option given twice is refused, not settled by the last one; --tol takes a decimal number, and only beside --compare.
    const twice = run('run', 'spec/llama2_7b.rope', '--q', 'a.npy', '--q', 'b.npy', '--k', 'k.npy', '--out', 'o');
    expect([twice.status, twice.stderr.split('\n')[0]]).toEqual([2, "ropec: option '--q' is given twice; give it once"]);
    for (const [tol, why] of [['', "--tol must be a number ≥ 0, got ''"], ['0x10', "--tol must be a number ≥ 0, got '0x10'"], ['-1', "--tol must be a number ≥ 0, got '-1'"]]) {
      const r = run('run', 'spec/llama2_7b.rope', '--q', 'q.npy', '--k', 'k.npy', '--out', 'o', '--compare', 'interp', `--tol=${tol}`);
      expect([r.status, r.stderr.split('\n')[0]], tol).toEqual([2, `ropec: ${why}`]);
    }
    expect(run('run', 'spec/llama2_7b.rope', '--q', 'q.npy', '--k', 'k.npy', '--out', 'o', '--tol', '0').stderr).toMatch(/^ropec: --tol is the tolerance of --compare interp: give --compare interp too/);
  });

  it('check: exit 0 on the library, 1 with file:line:col diagnostics on a bad spec', () => {
    expect(run('check', 'spec').status).toBe(0);
    const r = run('check', 'test/bad/sections_sum.rope');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/test\/bad\/sections_sum.rope:5:3: error RC073: axis sections add up to 60 pairs/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('build: one summary line per spec, writes files only when they change', () => {
    const out = mkdtempSync(join(tmpdir(), 'ropec-'));
    const first = run('build', '--target', 'ts', '--out', out, 'spec/llama2_7b.rope', 'spec/qwen2_vl_7b.rope');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/llama2_7b.rope: llama2_7b — 64 pairs on pos, index positions → ts 1 file/);
    expect(first.stdout).toMatch(/2 file\(s\), 2 written, 0 unchanged/);
    const mtime = statSync(join(out, 'llama2_7b.ts')).mtimeMs;
    const second = run('build', '--target', 'ts', '--out', out, 'spec/llama2_7b.rope', 'spec/qwen2_vl_7b.rope');
    expect(second.stdout).toMatch(/0 written, 2 unchanged/);
    expect(statSync(join(out, 'llama2_7b.ts')).mtimeMs).toBe(mtime);
  });

  it('build --dump-after prints the IR after the named pass', () => {
    const r = run('build', '--dump-after', 'laneRuns', 'spec/gptj_6b.rope');
    expect(r.status).toBe(0);
    const ir = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n') + 1));
    expect(ir.laneRuns).toEqual([{ firstPair: 0, count: 32, a0: 0, b0: 1, stride: 2 }]);
    expect(ir.identityLanes).toEqual([[64, 256]]);
    expect(ir.schedule).toBeUndefined(); // shareSinCos runs after laneRuns
  });

  it('build --dump-after kernel / legalized prints each target\'s kernel IR before and after its legalization', () => {
    const dump = (stage: string, target: string) => {
      const r = run('build', '--dump-after', stage, '--target', target, 'spec/gpt_neox_20b.rope');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(`// kernel IR of gpt_neox_20b for ${target} after ${stage}`);
      return JSON.parse(r.stdout.slice(r.stdout.indexOf('\n') + 1));
    };
    const reads = (m: unknown) => JSON.stringify(m).match(/"op":"load","ty":"[a-z0-9]+","buffer":"q_(in|out)"/g) ?? [];
    // GPT-NeoX is f16: the built kernel reads q as f16 elements; WGSL has no 16-bit storage here, so
    // its legalization (pack16) reads u32 words instead, while CUDA keeps __half loads.
    const built = dump('kernel', 'wgsl');
    expect(reads(built).every((x) => x.includes('"ty":"f16"'))).toBe(true);
    expect(reads(built).length).toBeGreaterThan(0);
    const wgsl = dump('legalized', 'wgsl');
    expect(reads(wgsl).length).toBeGreaterThan(0);
    expect(reads(wgsl).every((x) => x.includes('"ty":"u32"'))).toBe(true);
    expect(reads(dump('legalized', 'cuda')).every((x) => x.includes('"ty":"f16"'))).toBe(true);
    expect(wgsl.name).toBe('gpt_neox_20b');
  });

  it('a reader that closes the pipe early (| head) ends the command quietly, exit 0', async () => {
    const child = spawn('node', [cli, 'build', '--dump-after', 'kernel', 'spec'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    // Close our end after the first chunk, as `head -1` does: the command still has megabytes to write.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('build --wgsl-scalar turns 16-byte WGSL access off', () => {
    const access = (...flags: string[]) => {
      const out = mkdtempSync(join(tmpdir(), 'ropec-'));
      expect(run('build', '--target', 'wgsl', '--out', out, '--quiet', ...flags, 'spec/llama3_1_8b.rope').status).toBe(0);
      return [JSON.parse(readFileSync(join(out, 'llama3_1_8b.wgsl.json'), 'utf8')).storage.access, readFileSync(join(out, 'llama3_1_8b.wgsl'), 'utf8')];
    };
    const [vector, vectorWgsl] = access();
    expect(vector).toMatch(/^16-byte vectors/);
    expect(vectorWgsl).toMatch(/var<storage, read_write> q: array<vec4</);
    const [scalar, scalarWgsl] = access('--wgsl-scalar');
    expect(scalar).toMatch(/^scalar/);
    expect(scalarWgsl).toMatch(/var<storage, read_write> q: array<u32>;/);
  });

  it('explain --name takes its rope from whichever file holds it; build --target needs a target', () => {
    for (const files of [['spec/llama2_7b.rope', 'spec/qwen2_vl_7b.rope'], ['spec/qwen2_vl_7b.rope', 'spec/llama2_7b.rope']]) {
      const r = run('explain', '--name', 'qwen2_vl_7b', ...files);
      expect(r.status, files.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/qwen2_vl_7b/);
      expect(r.stdout).not.toMatch(/llama2_7b/);
    }
    const none = run('explain', '--name', 'nope', 'spec/llama2_7b.rope', 'spec/qwen2_vl_7b.rope');
    expect([none.status, none.stdout, none.stderr.split('\n')[0]]).toEqual([2, '', "ropec: no rope named 'nope' in spec/llama2_7b.rope, spec/qwen2_vl_7b.rope"]);
    const empty = run('build', '--target', ',', '--out', 'gen-none', 'spec/llama2_7b.rope');
    expect([empty.status, empty.stderr.split('\n')[0]]).toEqual([2, "ropec: --target needs at least one of ts, wgsl, cuda, got ','"]);
  });

  it('explain shows which pairs go to t, h, w', () => {
    const q2 = run('explain', 'spec/qwen2_vl_7b.rope').stdout;
    expect(q2).toMatch(/ t +0–15 \(16\) +0–15, 64–79/);
    expect(q2).toMatch(/ h +16–39 \(24\)/);
    expect(q2).toMatch(/ w +40–63 \(24\)/);
    const q3 = run('explain', 'spec/qwen3_vl_8b.rope').stdout;
    expect(q3).toMatch(/ t +0–60 step 3, 61–63 \(24\)/);
    expect(q3).toMatch(/ h +1–58 step 3 \(20\)/);
    expect(q3).toMatch(/ w +2–59 step 3 \(20\)/);
    // Fused M-RoPE: positions come from the segment table, not 12 bytes of a [3, tokens] tensor per token.
    expect(q3).toMatch(/positions: Qwen M-RoPE index .* evaluated in the kernel from a segment table/);
    expect(q3).toMatch(/per token: reads 10240 bytes of q and k \(positions computed in the kernel\), writes 10240 bytes/);
  });

  it('fmt --check passes on the library and fails on a messy file; --write fixes it', () => {
    expect(run('fmt', '--check', 'spec').status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'ropec-fmt-'));
    const f = join(dir, 'm.rope');
    copyFileSync('spec/llama2_7b.rope', f);
    writeFileSync(f, readFileSync(f, 'utf8').replace('\n  head_dim 128', '\n  head_dim     128'));
    expect(run('fmt', '--check', f).status).toBe(1);
    expect(run('fmt', '--write', f).status).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(readFileSync('spec/llama2_7b.rope', 'utf8'));
    // --write formats a linked file where the link points (the link stays a link) and keeps a file's permissions.
    const messy = readFileSync(f, 'utf8').replace('\n  head_dim 128', '\n  head_dim     128');
    const [target, link, priv] = [join(dir, 'target.rope'), join(dir, 'link.rope'), join(dir, 'private.rope')];
    writeFileSync(target, messy);
    symlinkSync(target, link);
    writeFileSync(priv, messy);
    chmodSync(priv, 0o600);
    expect(run('fmt', '--write', link, priv).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync('spec/llama2_7b.rope', 'utf8'));
    expect(statSync(priv).mode & 0o777).toBe(0o600);
    expect(readFileSync(priv, 'utf8')).toBe(readFileSync('spec/llama2_7b.rope', 'utf8'));
  });
});
