// Generated TypeScript as plain JavaScript: the module with its types erased (NAME.js) and its
// declarations (NAME.d.ts), for users who run the output without TypeScript tooling (`ropec build
// --js`), and for importing generated modules in-process (import-ts.ts). Both come from the
// TypeScript that ts-morph carries, loaded on first use: every generated module declares the types
// of what it exports, so each file is transpiled on its own (isolated declarations).
import { createRequire } from 'node:module';
import type { Artifact } from './common.js';

type Ts = typeof import('ts-morph').ts;
let typescript: Ts | undefined;

function ts(): Ts {
  typescript ??= (createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph')).ts;
  return typescript;
}

function compilerOptions(t: Ts) {
  return { module: t.ModuleKind.ESNext, target: t.ScriptTarget.ES2022 };
}

/** The module with its types erased (comments kept). */
export function transpile(source: string): string {
  const t = ts();
  return t.transpileModule(source, { compilerOptions: compilerOptions(t) }).outputText;
}

/** The module's declarations; throws when an export lacks the type a .d.ts needs. */
export function declarations(source: string, fileName: string): string {
  const t = ts();
  const r = t.transpileDeclaration(source, { compilerOptions: compilerOptions(t), fileName, reportDiagnostics: true });
  const problem = r.diagnostics?.[0];
  if (problem) throw new Error(`${fileName}: no declarations: ${t.flattenDiagnosticMessageText(problem.messageText, ' ')}`);
  return r.outputText;
}

/** The artifacts, each generated .ts followed by its .js and .d.ts. */
export function withJavaScript(artifacts: Artifact[]): Artifact[] {
  return artifacts.flatMap((a) => {
    if (!a.path.endsWith('.ts') || a.path.endsWith('.d.ts')) return [a];
    const stem = a.path.slice(0, -'.ts'.length);
    return [a, { path: `${stem}.js`, contents: transpile(a.contents) }, { path: `${stem}.d.ts`, contents: declarations(a.contents, a.path) }];
  });
}
