// Loads a generated TypeScript module in-process: transpile with the TypeScript that ts-morph
// carries, write it under .cache/, import it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';

const cacheDir = resolve('.cache/ts-modules');
let counter = 0;

export async function loadGeneratedTs(source: string, name: string): Promise<Record<string, any>> {
  mkdirSync(cacheDir, { recursive: true });
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const path = join(cacheDir, `${name}-${process.pid}-${counter++}.mjs`);
  writeFileSync(path, js);
  return import(pathToFileURL(path).href);
}
