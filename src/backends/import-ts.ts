// Imports a generated TypeScript module in-process: transpile with the TypeScript that ts-morph
// carries (loaded on first use), write it to a scratch folder, import it, remove the folder.
// Used by `ropec run` (ts and wgsl host modules), the tests and the benchmarks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importGeneratedTs<T = Record<string, any>>(source: string, name: string): Promise<T> {
  const { ts } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const dir = mkdtempSync(join(tmpdir(), 'ropec-module-'));
  try {
    const path = join(dir, `${name}.mjs`);
    writeFileSync(path, js);
    return (await import(pathToFileURL(path).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
