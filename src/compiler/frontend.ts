// The front end in one call: text → lexer → parser → checker → (Spec, IR) per rope block, with
// every diagnostic found along the way. It never throws: an internal failure becomes RX001.
import { makeDiagnostic, positionAt, type Diagnostic } from './diagnostics.js';
import { checkDecl } from './checker.js';
import { lower } from './lower.js';
import { parseTokens } from './parser.js';
import type { RopeIR } from './ir.js';
import type { Spec } from './spec.js';
import { lex } from './tokens.js';

export interface FrontEndResult {
  specs: Spec[];
  irs: RopeIR[];
  diagnostics: Diagnostic[];
}

export function frontEnd(source: string, file: string): FrontEndResult {
  try {
    return frontEndUnsafe(source, file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      specs: [],
      irs: [],
      diagnostics: [makeDiagnostic('RX001', `internal compiler error: ${message} (please report this with the file)`, file, positionAt(source, 0))],
    };
  }
}

function frontEndUnsafe(source: string, file: string): FrontEndResult {
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, length: number) => positionAt(source, offset, length);
  const { tokens, errors: lexErrors } = lex(source);
  for (const e of lexErrors) {
    const shown = JSON.stringify(e.text.slice(0, 12));
    diagnostics.push(makeDiagnostic('RL001', `unexpected character ${shown}`, file, at(e.offset, Math.min(e.length, 12)),
      e.text.startsWith('"') || e.text.startsWith("'") ? 'the language has no strings: write names and numbers bare' : undefined));
  }
  const { ast, errors: parseErrors } = parseTokens(tokens, source.length);
  for (const e of parseErrors) {
    diagnostics.push(makeDiagnostic(e.kind === 'unclosed' ? 'RP003' : 'RP001', e.message, file, at(e.span.offset, e.span.length)));
  }
  if (ast.ropes.length === 0 && diagnostics.length === 0) {
    diagnostics.push(makeDiagnostic('RC016', 'no rope block in this file', file, at(0, 1), 'start with: rope my_model { … }'));
  }
  const specs: Spec[] = [];
  const names = new Set<string>();
  for (const decl of ast.ropes) {
    if (names.has(decl.name)) {
      diagnostics.push(makeDiagnostic('RC013', `a rope named '${decl.name}' is already defined in this file`, file, at(decl.nameSpan.offset, decl.nameSpan.length)));
    }
    names.add(decl.name);
    const { spec, diagnostics: ds } = checkDecl(decl, file, source);
    diagnostics.push(...ds);
    if (spec) specs.push(spec);
  }
  diagnostics.sort((a, b) => a.pos.offset - b.pos.offset);
  const ok = diagnostics.every((d) => d.severity !== 'error');
  return { specs: ok ? specs : [], irs: ok ? specs.map(lower) : [], diagnostics };
}
