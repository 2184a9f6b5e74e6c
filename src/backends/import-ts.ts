// Imports a generated TypeScript module in-process: transpile it (transpile.ts), write it to a
// scratch folder, import it, remove the folder.
// Used by `ropec run` (ts and wgsl host modules), the tests and the benchmarks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpile } from './transpile.js';

export async function importGeneratedTs<T = Record<string, any>>(source: string, name: string): Promise<T> {
  const js = transpile(source);
  const dir = mkdtempSync(join(tmpdir(), 'ropec-module-'));
  try {
    const path = join(dir, `${name}.mjs`);
    writeFileSync(path, js);
    return (await import(pathToFileURL(path).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
