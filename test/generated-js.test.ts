// Generated code for users outside ropec's own TypeScript setup. Every generated .ts of the spec
// library (the TS modules and the WGSL hosts) type-checks, strict and without skipLibCheck, under
// the TypeScript ropec builds with (package.json: 7) and the one ts-morph carries (6), with no
// @webgpu/types. `build --js` writes NAME.js, which plain Node 20 runs with no TypeScript anywhere
// and which gives the numbers of the .ts bit for bit, and NAME.d.ts, which a strict consumer that
// sees only the .js and .d.ts files type-checks against.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OptimizedIR } from '../src/compiler/ir.js';
import { compile } from '../src/index.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { toStorage } from './support/dtype.js';
import { makeInputs, storedArrays } from './support/random-spec.js';

const specFiles = readdirSync('spec').filter((f) => f.endsWith('.rope')).sort();
const TSC = resolve('node_modules/.bin/tsc');
let dir: string;
const irs: OptimizedIR[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ropec-js-'));
  for (const f of specFiles) {
    const r = compile(readFileSync(`spec/${f}`, 'utf8'), { file: `spec/${f}`, targets: ['ts', 'wgsl'], js: true });
    expect(r.diagnostics).toEqual([]);
    irs.push(...r.irs);
    for (const a of r.artifacts) writeFileSync(join(dir, a.path), a.contents);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sources = () => readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const STRICT = { strict: true, noEmit: true, types: [] as string[] };

/** Runs the TypeScript 7 compiler (package.json's) on `files` in `folder`; its report, empty when clean. */
function tsc7(folder: string, files: string[]): string {
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { ...STRICT, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'] },
    files,
  }));
  const r = spawnSync(TSC, ['-p', join(folder, 'tsconfig.json')], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}${r.status === 0 ? '' : `exit ${r.status}`}`;
}

/** The same with the TypeScript 6 that ts-morph carries. */
function tsc6(folder: string, files: string[]): string[] {
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      ...STRICT, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    },
  });
  for (const f of files) project.addSourceFileAtPath(join(folder, f));
  return project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string, ' ')}`);
}

describe('generated TypeScript and JavaScript', () => {
  it('every generated .ts type-checks under TypeScript 7 and 6, strict, without skipLibCheck or @webgpu/types', () => {
    const files = sources();
    expect(files.length).toBe(2 * specFiles.length);
    expect(readFileSync(TSC, 'utf8').length).toBeGreaterThan(0);
    expect(tsc7(dir, files)).toBe('');
    expect(tsc6(dir, files)).toEqual([]);
  }, 180_000);

  it('NAME.js runs on plain Node with no TypeScript and gives the .ts module\'s numbers bit for bit', async () => {
    // Plain folder: the .js files only, no package.json, no node_modules.
    const plain = mkdtempSync(join(tmpdir(), 'ropec-plain-'));
    try {
      const cases = irs.map((ir, i) => {
        const { inputs } = makeInputs(ir, 100 + i);
        const stored = (x: ArrayLike<number>) => toStorage(x, ir.kernel.dtype).stored;
        return { name: ir.name, inputs: { ...inputs, q: stored(inputs.q), k: stored(inputs.k), ...storedArrays(ir, inputs) } };
      });
      const encode = (x: unknown): unknown => (ArrayBuffer.isView(x) ? { type: x.constructor.name, data: Array.from(x as unknown as ArrayLike<number>) } : x);
      writeFileSync(join(plain, 'cases.json'), JSON.stringify(cases.map((c) => ({ name: c.name, inputs: Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, encode(v)])) }))));
      for (const ir of irs) copyFileSync(join(dir, `${ir.name}.js`), join(plain, `${ir.name}.js`));
      writeFileSync(join(plain, 'main.mjs'), `import { readFileSync } from 'node:fs';
const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));
const out = {};
for (const c of cases) {
  const mod = await import(\`./\${c.name}.js\`);
  const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, v && v.type ? globalThis[v.type].from(v.data) : v]));
  mod.rotateInPlace(inputs);
  out[c.name] = { q: Array.from(inputs.q), k: Array.from(inputs.k) };
}
process.stdout.write(JSON.stringify(out));
`);
      const r = spawnSync(process.execPath, ['main.mjs'], { cwd: plain, encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const got = JSON.parse(r.stdout) as Record<string, { q: number[]; k: number[] }>;
      let compared = 0;
      for (const c of cases) {
        const mod = await loadGeneratedTs(readFileSync(join(dir, `${c.name}.ts`), 'utf8'), `${c.name}_ts`);
        mod.rotateInPlace(c.inputs);
        expect(got[c.name].q, c.name).toEqual(Array.from(c.inputs.q as ArrayLike<number>));
        expect(got[c.name].k, c.name).toEqual(Array.from(c.inputs.k as ArrayLike<number>));
        compared++;
      }
      expect(compared).toBe(specFiles.length);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  }, 180_000);

  it('a strict consumer that sees only NAME.js and NAME.d.ts type-checks (and a wrong call does not)', () => {
    const consumer = mkdtempSync(join(tmpdir(), 'ropec-consumer-'));
    try {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.js') || x.endsWith('.d.ts'))) copyFileSync(join(dir, f), join(consumer, f));
      const use = (body: string) => `import { rotateInPlace, SPEC } from './llama2_7b.js';
import { createKernel } from './llama2_7b.wgsl.js';
declare const device: GPUDevice;
declare const q: GPUBuffer;
declare const k: GPUBuffer;
const kernel = createKernel(device);
kernel.run({ q, k, sizes: { batch: 1, seq: 2 } });
const heads: number = SPEC.qHeads;
${body}
export { heads };
`;
      writeFileSync(join(consumer, 'good.ts'), use('rotateInPlace({ q: new Uint16Array(8192), k: new Uint16Array(8192), sizes: { batch: 1, seq: 1 } });'));
      writeFileSync(join(consumer, 'bad.ts'), use('rotateInPlace({ q: new Float64Array(8192), k: new Uint16Array(8192), sizes: { batch: 1 } });'));
      expect(tsc7(consumer, ['good.ts'])).toBe('');
      expect(tsc6(consumer, ['good.ts'])).toEqual([]);
      expect(tsc7(consumer, ['bad.ts'])).toMatch(/bad\.ts\(9,/);
      expect(tsc6(consumer, ['bad.ts']).join('\n')).toMatch(/bad\.ts:9:/);
    } finally {
      rmSync(consumer, { recursive: true, force: true });
    }
  }, 120_000);

  it('--js is off by default: a build writes no .js or .d.ts unless asked', () => {
    const r = compile(readFileSync('spec/llama2_7b.rope', 'utf8'), { file: 'spec/llama2_7b.rope', targets: ['ts', 'wgsl'] });
    expect(r.artifacts.map((a) => a.path).filter((p) => p.endsWith('.js') || p.endsWith('.d.ts'))).toEqual([]);
  });
});
