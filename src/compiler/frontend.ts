// The front end in one call: text → lexer → parser → checker → (Spec, IR) per rope block, with
// every diagnostic found along the way. It never throws: an internal failure becomes RX001.
import { makeDiagnostic, positionAt, type Diagnostic } from './diagnostics.js';
import { checkDecl } from './checker.js';
import { lower } from './lower.js';
import { parseTokens } from './parser.js';
import type { RopeIR } from './ir.js';
import type { Spec } from './spec.js';
import { lex, LBrace, LBracket, LParen, RBrace, RBracket, RParen } from './tokens.js';
import type { IToken } from 'chevrotain';

/** Resource limits, checked before any work: a real spec is a few KB, nested a few levels deep. */
export const SOURCE_LIMITS = { chars: 1_000_000, lineChars: 10_000, nesting: 32 } as const;

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
  const tooLarge = sizeLimitDiagnostic(source, file);
  if (tooLarge) return { specs: [], irs: [], diagnostics: [tooLarge] };
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, length: number) => positionAt(source, offset, length);
  const { tokens, errors: lexErrors } = lex(source);
  const tooDeep = nestingDiagnostic(tokens, source, file);
  if (tooDeep) return { specs: [], irs: [], diagnostics: [tooDeep] };
  for (const e of lexErrors) {
    const shown = JSON.stringify(e.text.slice(0, 12));
    diagnostics.push(makeDiagnostic('RL001', `unexpected character ${shown}`, file, at(e.offset, Math.min(e.length, 12)),
      e.text.startsWith('"') || e.text.startsWith("'") ? 'the language has no strings: write names and numbers bare' : undefined));
  }
  const { ast, errors: parseErrors } = parseTokens(tokens, source.length);
  for (const e of parseErrors) {
    diagnostics.push(makeDiagnostic(e.kind === 'unclosed' ? 'RP003' : 'RP001', e.message, file, at(e.span.offset, e.span.length)));
  }
  // A bad character splits the words around it: what the checker would say about the pieces
  // ("has no 'head_dim' statement") follows from the lexical error, so stop there.
  if (lexErrors.length > 0) return { specs: [], irs: [], diagnostics: diagnostics.sort((a, b) => a.pos.offset - b.pos.offset) };
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

/** One diagnostic when the text is longer, or has a longer line, than any spec needs. */
function sizeLimitDiagnostic(source: string, file: string): Diagnostic | undefined {
  if (source.length > SOURCE_LIMITS.chars) {
    return makeDiagnostic('RL004', `the file has ${source.length} characters; a spec may have at most ${SOURCE_LIMITS.chars}`, file, positionAt('', 0));
  }
  let lineStart = 0;
  while (lineStart <= source.length) {
    const end = source.indexOf('\n', lineStart);
    const lineEnd = end === -1 ? source.length : end;
    if (lineEnd - lineStart > SOURCE_LIMITS.lineChars) {
      return makeDiagnostic('RL004', `this line has ${lineEnd - lineStart} characters; a line may have at most ${SOURCE_LIMITS.lineChars} (lists may wrap inside [ ] and ( ))`,
        file, positionAt(source, lineStart, 1));
    }
    if (end === -1) break;
    lineStart = end + 1;
  }
  return undefined;
}

/** One diagnostic at the first bracket nested deeper than any spec needs (the parser recurses per level). */
function nestingDiagnostic(tokens: IToken[], source: string, file: string): Diagnostic | undefined {
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenType === LParen || t.tokenType === LBracket || t.tokenType === LBrace) depth++;
    else if (t.tokenType === RParen || t.tokenType === RBracket || t.tokenType === RBrace) depth = Math.max(0, depth - 1);
    if (depth > SOURCE_LIMITS.nesting) {
      return makeDiagnostic('RP004', `brackets nested ${depth} deep; a spec may nest at most ${SOURCE_LIMITS.nesting} levels`, file, positionAt(source, t.startOffset, 1));
    }
  }
  return undefined;
}
