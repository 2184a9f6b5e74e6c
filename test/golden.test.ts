// Golden baselines for the spec library: the IR after lowering and after the pass pipeline, and
// every file each backend writes (TypeScript, WGSL with its host and manifest, CUDA with its
// header, manifest and PyTorch op). A change to generated text shows up here as a diff in review;
// `npm run golden:update` (UPDATE_GOLDEN=1) rewrites the files after an intended change. A missing
// or stale golden file fails the test unless updating.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpJson } from '../src/compiler/dump.js';
import { compile, VERSION, type RopeIR } from '../src/index.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ROOT = 'test/golden';
const specFiles = readdirSync('spec').filter((f) => f.endsWith('.rope')).sort();
const library = specFiles.map((f) => ({ file: `spec/${f}`, source: readFileSync(`spec/${f}`, 'utf8') }));

/** Every golden file the library produces today, by path under test/golden. */
function expectedFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file, source } of library) {
    const lowered: RopeIR[] = [];
    const r = compile(source, {
      file, targets: ['ts', 'wgsl', 'cuda'], torch: true,
      onPass: (pass, ir) => { if (pass === 'lower') lowered.push(ir); },
    });
    expect(r.ok, `${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`).toBe(true);
    for (const [i, ir] of r.irs.entries()) {
      out.set(`ir/${ir.name}.lower.json`, dumpJson(lowered[i]));
      out.set(`ir/${ir.name}.optimized.json`, dumpJson(ir));
    }
    for (const a of r.artifacts) {
      // NAME_inverse.cu/.h (--torch, out of place): the spec in the other direction, under its own name.
      const rope = /_inverse\.(cu|h)$/.test(a.path) ? `${a.spec}_inverse` : a.spec;
      expect(a.contents.startsWith(`// Generated from ${file} (rope ${rope}) by ropec ${VERSION} for ${a.target}. Do not edit.\n`)
        || a.path.endsWith('.json'), `${a.path} has the banner`).toBe(true);
      out.set(`${a.target}/${a.path}`, a.contents);
    }
  }
  return out;
}

function goldenFiles(): string[] {
  if (!existsSync(ROOT)) return [];
  return readdirSync(ROOT, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.parentPath !== ROOT) // test/golden/*.json are golden-numeric's
    .map((d) => join(d.parentPath, d.name).slice(ROOT.length + 1).split('\\').join('/'))
    .sort();
}

describe('golden baselines of the spec library', () => {
  const expected = expectedFiles();

  if (UPDATE) {
    it('rewrites test/golden', () => {
      for (const stale of goldenFiles().filter((f) => !expected.has(f))) rmSync(join(ROOT, stale));
      for (const [path, contents] of expected) {
        mkdirSync(join(ROOT, path, '..'), { recursive: true });
        writeFileSync(join(ROOT, path), contents);
      }
    });
    return;
  }

  it('has no golden file the library no longer produces', () => {
    expect(goldenFiles().filter((f) => !expected.has(f))).toEqual([]);
  });

  for (const [path, contents] of expected) {
    it(path, () => {
      const golden = join(ROOT, path);
      expect(existsSync(golden), `${golden} is missing: run npm run golden:update`).toBe(true);
      expect(contents).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
