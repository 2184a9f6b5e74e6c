// The Vite/Rollup plugin (src/integrations/vite.ts) with the real bundlers: a tiny project in a
// temp folder imports a .rope file as the TS kernel and as `?wgsl`; the bundle runs in Node and
// its numbers are checked against the float64 interpreter (TS: rounded once to f32; WGSL: run on
// Dawn). A bad spec fails the build with file:line:col.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rollup } from 'rollup';
import { build as viteBuild } from 'vite';
import rope from '../src/integrations/vite.js';
import { compile, interpret } from '../src/index.js';
import { dispatchWgsl } from '../src/runners/wgsl.js';
import { testDevice } from './support/webgpu.js';

const SPEC = `# a small GQA spec for the bundler tests
rope tiny {
  head_dim 16
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
// Line 5, column 3: the sections add up to 6 pairs of 8.
const BAD = SPEC.replace('  positions index\n', '  axes sectioned [t 2, h 2, w 2]\n  positions index\n').replace('# a small GQA spec for the bundler tests\n', '');

const MAIN = `import kernel, { rotate, SPEC } from './model.rope';
import shader, { createKernel, manifest, WGSL } from './model.rope?wgsl';
export { kernel, rotate, SPEC, shader, createKernel, manifest, WGSL };
`;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ropec-bundler-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'model.rope'), spec);
  writeFileSync(join(dir, 'src', 'main.js'), MAIN);
  return dir;
}

async function buildWithRollup(dir: string): Promise<string> {
  const bundle = await rollup({ input: join(dir, 'src', 'main.js'), plugins: [rope({ root: dir })], onwarn: () => {} });
  try {
    const file = join(dir, 'out', 'rollup.mjs');
    await bundle.write({ file, format: 'es' });
    expect(bundle.watchFiles).toContain(join(dir, 'src', 'model.rope'));
    return file;
  } finally {
    await bundle.close();
  }
}

async function buildWithVite(dir: string): Promise<string> {
  await viteBuild({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [rope()],
    build: {
      outDir: join(dir, 'out-vite'),
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(dir, 'src', 'main.js'), formats: ['es'], fileName: () => 'vite.mjs' },
    },
  });
  return join(dir, 'out-vite', 'vite.mjs');
}

/** Deterministic inputs in [-1, 1). */
function inputs(tokens: number) {
  let s = 12345;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const q = Float32Array.from({ length: tokens * 2 * 16 }, next);
  const k = Float32Array.from({ length: tokens * 1 * 16 }, next);
  return { q, k, sizes: { tokens } };
}

async function checkBundle(file: string): Promise<void> {
  const mod = await import(pathToFileURL(file).href);
  // The plugin names files relative to the project root, so banners and manifests match this.
  const r = compile(SPEC, { file: 'src/model.rope', targets: ['wgsl'] });
  expect(r.ok).toBe(true);
  const ir = r.irs[0];
  const tokens = 37;
  const input = inputs(tokens);
  const ref = interpret(ir, { q: Float64Array.from(input.q), k: Float64Array.from(input.k), sizes: input.sizes });

  // The TS kernel: named exports and the default object are the same functions.
  expect(mod.SPEC.name).toBe('tiny');
  expect(mod.kernel.rotate).toBe(mod.rotate);
  const out = mod.rotate(input);
  for (const which of ['q', 'k'] as const) {
    expect(Array.from(out[which] as Float32Array)).toEqual(Array.from(ref[which], (x) => Math.fround(x)));
  }
  expect(() => mod.rotate({ ...input, k: new Float32Array(5) })).toThrow(/^k: expected shape \[tokens, k_heads, head_dim\] = \[37, 1, 16\] \(592 values\), got length 5$/);

  // The WGSL module: default export = the shader text, plus the host code and the manifest.
  const wgsl = r.artifacts.find((a) => a.path === 'tiny.wgsl')!.contents;
  expect(mod.shader).toBe(mod.WGSL);
  expect(mod.shader).toBe(wgsl);
  expect(mod.manifest).toEqual(JSON.parse(r.artifacts.find((a) => a.path === 'tiny.wgsl.json')!.contents));
  const device = await testDevice();
  const gpu = await dispatchWgsl(device, mod.createKernel(device), ir, { q: input.q.slice(), k: input.k.slice(), sizes: input.sizes });
  for (const which of ['q', 'k'] as const) {
    const want = ref[which];
    const maxAbs = want.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    let worst = 0;
    gpu[which].forEach((x, i) => (worst = Math.max(worst, Math.abs(x - want[i]))));
    // docs: WGSL `precision exact` stays within 2.8e-7 of max|x| at positions below 100.
    expect(worst / maxAbs).toBeLessThan(1e-6);
  }
}

describe('the bundler plugin', () => {
  it('Rollup bundles a .rope import whose kernels match the interpreter', async () => {
    await checkBundle(await buildWithRollup(project(SPEC)));
  });

  it('Vite bundles a .rope import whose kernels match the interpreter', async () => {
    await checkBundle(await buildWithVite(project(SPEC)));
  });

  it('a bad spec fails the Rollup build with file:line:col', async () => {
    const dir = project(BAD);
    const err = await buildWithRollup(dir).then(() => undefined, (e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain('src/model.rope:5:3: error RC073');
    expect(err.id).toBe(join(dir, 'src', 'model.rope'));
    expect(err.loc).toMatchObject({ line: 5, column: 2 });
  });

  it('a bad spec fails the Vite build with file:line:col', async () => {
    const dir = project(BAD);
    const err = await buildWithVite(dir).then(() => undefined, (e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain('src/model.rope:5:3: error RC073');
  });

  it('a file with two rope blocks needs ?spec=NAME', async () => {
    const dir = project(SPEC + SPEC.replace('rope tiny', 'rope other'));
    const err = await buildWithRollup(dir).then(() => undefined, (e) => e);
    expect(err?.message).toContain("holds 2 rope blocks (tiny, other); choose one with '?spec=NAME'");
    writeFileSync(join(dir, 'src', 'main.js'), MAIN.replaceAll("model.rope'", "model.rope?spec=tiny'").replace('model.rope?wgsl', 'model.rope?wgsl&spec=tiny'));
    await checkBundle(await buildWithRollup(dir));
  });

  it('leaves Vite\'s own ?raw imports to Vite, reads a spec with a byte-order mark, and names a bad option', async () => {
    const dir = project(`\uFEFF${SPEC}`);
    writeFileSync(join(dir, 'src', 'main.js'), `${MAIN}import text from './model.rope?raw';\nexport { text };\n`);
    const file = await buildWithVite(dir);
    const mod = await import(pathToFileURL(file).href);
    expect(mod.text).toBe(`\uFEFF${SPEC}`);
    expect(mod.SPEC.name).toBe('tiny');
    expect(() => rope({ workgroupSize: '128' } as never)).toThrow('ropec/vite: workgroupSize must be a whole number ≥ 1, got "128"');
    expect(() => rope({ workgroup_size: 128 } as never)).toThrow("ropec/vite: unknown option 'workgroup_size' (options: workgroupSize, root)");
    expect(() => rope({ root: 5 } as never)).toThrow('ropec/vite: root must be a folder path (a string), got 5');
  });
});

describe('the plugin in Vite\'s dev server', () => {
  it('serves the kernel and picks up an edit of the .rope file', async () => {
    const { createServer } = await import('vite');
    const dir = project(SPEC);
    const server = await createServer({ root: dir, configFile: false, logLevel: 'silent', plugins: [rope()], server: { middlewareMode: true, ws: false } });
    try {
      const first = await server.ssrLoadModule('/src/model.rope');
      expect(first.SPEC.name).toBe('tiny');
      const wgsl = await server.ssrLoadModule('/src/model.rope?wgsl');
      expect(wgsl.manifest.rope).toBe('tiny');
      writeFileSync(join(dir, 'src', 'model.rope'), SPEC.replace('rope tiny', 'rope renamed'));
      // The watcher invalidates the module; poll (at most 10 s) until the new spec is served.
      let name = first.SPEC.name;
      for (let i = 0; i < 100 && name === 'tiny'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        name = (await server.ssrLoadModule('/src/model.rope')).SPEC.name;
      }
      expect(name).toBe('renamed');
    } finally {
      await server.close();
    }
  });
});
