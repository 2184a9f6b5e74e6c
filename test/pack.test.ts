// Packaging: `npm pack`, install the tarball into an empty folder as a user would, then use it:
// `npx ropec --help`, `npx ropec build` on a spec, and the `ropec/vite` plugin in a Rollup build.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile, interpret, VERSION } from '../src/index.js';
import { ensureDist } from './support/dist.js';

let work: string;
let app: string;

const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

const SPEC = `rope packed_check {
  head_dim 32
  style half
  frequencies base 10000
  positions index
  kernel {
    q heads 2
    k heads 1
    layout [tokens, heads, dim]
    dtype f32
  }
}
`;

beforeAll(() => {
  ensureDist();
  work = mkdtempSync(join(tmpdir(), 'ropec-pack-'));
  sh('npm', ['pack', '--silent', '--pack-destination', work], resolve('.'));
  app = join(work, 'app');
  mkdirSync(app);
  const tgz = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  expect(tgz).toEqual([`ropec-${VERSION}.tgz`]);
  sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, tgz[0])], app);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

it('installs, and npx ropec --help and --version work', () => {
  expect(sh('npx', ['ropec', '--help'], app)).toContain('Usage: ropec <command>');
  expect(sh('npx', ['ropec', '--version'], app).trim()).toBe(VERSION);
});

it('npx ropec build compiles a spec to every target', () => {
  writeFileSync(join(app, 'model.rope'), SPEC);
  const out = sh('npx', ['ropec', 'build', '--out', 'gen', 'model.rope'], app);
  expect(out).toContain('1 file(s), 7 written, 0 unchanged');
  expect(readdirSync(join(app, 'gen')).sort()).toEqual([
    'packed_check.cu', 'packed_check.cuda.json', 'packed_check.h', 'packed_check.ts',
    'packed_check.wgsl', 'packed_check.wgsl.json', 'packed_check.wgsl.ts',
  ]);
  // The installed compiler writes what this checkout's compiler writes.
  const here = compile(SPEC, { file: 'model.rope', targets: ['ts', 'wgsl', 'cuda'] });
  for (const a of here.artifacts) expect(readFileSync(join(app, 'gen', a.path), 'utf8'), a.path).toBe(a.contents);
});

it('ropec/vite resolves and bundles a .rope import with Rollup', () => {
  writeFileSync(join(app, 'model.rope'), SPEC);
  writeFileSync(join(app, 'main.js'), "export { rotate, SPEC } from './model.rope';\n");
  const rollupUrl = new URL('../node_modules/rollup/dist/es/rollup.js', import.meta.url).href;
  writeFileSync(join(app, 'bundle.mjs'), `import rope from 'ropec/vite';
import { rollup } from ${JSON.stringify(rollupUrl)};
const b = await rollup({ input: 'main.js', plugins: [rope()] });
await b.write({ file: 'out/bundle.mjs', format: 'es' });
const m = await import('./out/bundle.mjs');
const q = Float32Array.from({ length: 3 * 2 * 32 }, (_, i) => Math.sin(i)), k = Float32Array.from({ length: 3 * 32 }, (_, i) => Math.cos(i));
const r = m.rotate({ q, k, sizes: { tokens: 3 } });
console.log(JSON.stringify({ name: m.SPEC.name, q: Array.from(q), k: Array.from(k), qOut: Array.from(r.q), kOut: Array.from(r.k) }));
`);
  const got = JSON.parse(sh('node', ['bundle.mjs'], app));
  expect(got.name).toBe('packed_check');
  // The TS kernel's f32 results are the interpreter's rounded once.
  const ref = interpret(compile(SPEC).irs[0], { q: got.q, k: got.k, sizes: { tokens: 3 } });
  expect(got.qOut).toEqual(Array.from(ref.q, Math.fround));
  expect(got.kOut).toEqual(Array.from(ref.k, Math.fround));
});

it('the tarball carries LICENSE and the examples', () => {
  const tgz = join(work, `ropec-${VERSION}.tgz`);
  const listed = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' }).split('\n');
  expect(listed).toContain('package/LICENSE');
  expect(listed).toContain('package/examples/README.md');
  expect(listed).toContain('package/examples/attention-node/attention.rope');
});

it('installs light with --omit=optional: at most 50 MB, builds, and names webgpu when WGSL is run', () => {
  const lite = join(work, 'lite');
  mkdirSync(lite);
  writeFileSync(join(lite, 'package.json'), '{"name": "lite", "private": true}\n');
  sh('npm', ['install', '--omit=optional', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, `ropec-${VERSION}.tgz`)], lite);
  const megabytes = Number(execFileSync('du', ['-sm', join(lite, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]);
  expect(megabytes).toBeLessThanOrEqual(50);
  expect(readdirSync(join(lite, 'node_modules'))).not.toContain('webgpu');
  const out = sh('npx', ['ropec', 'build', '--out', 'gen', 'node_modules/ropec/spec'], lite);
  const specs = readdirSync('spec').filter((f) => f.endsWith('.rope')).length;
  expect(out).toMatch(new RegExp(`${specs} file\\(s\\), \\d+ written, 0 unchanged`));
  const fixtures = resolve('test/fixtures/run');
  const wgsl = spawnSync('npx', ['ropec', 'run', `${fixtures}/tiny.rope`, '--q', `${fixtures}/q.npy`, '--k', `${fixtures}/k.npy`,
    '--positions', `${fixtures}/positions.npy`, '--out', 'o', '--backend', 'wgsl'], { cwd: lite, encoding: 'utf8' });
  expect(wgsl.status).toBe(1);
  expect(wgsl.stderr).toMatch(/optional package 'webgpu', which is not installed: run 'npm install webgpu'/);
  const ts = sh('npx', ['ropec', 'run', `${fixtures}/tiny.rope`, '--q', `${fixtures}/q.npy`, '--k', `${fixtures}/k.npy`,
    '--positions', `${fixtures}/positions.npy`, '--out', 'o', '--backend', 'ts'], lite);
  expect(ts).toMatch(/ts: wrote o\/q.npy, o\/k.npy/);
}, 120_000);
