// The front end in one call: text → lexer → parser → checker → (Spec, IR) per rope block, with
// every diagnostic found along the way. It never throws: an internal failure becomes RX001.
import { makeDiagnostic, positionAt, type Diagnostic } from './diagnostics.js';
import { checkDecl } from './checker.js';
import { lower } from './lower.js';
import { foldFrequencies } from './passes/fold-frequencies.js';
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
    // A block whose header did not parse (no name): its parse error says what is wrong; the checker
    // would only add guesses about a block that is not there (`rope rope {`: eight of them).
    if (decl.name === '' && parseErrors.length > 0) continue;
    if (names.has(decl.name)) {
      diagnostics.push(makeDiagnostic('RC013', `a rope named '${decl.name}' is already defined in this file`, file, at(decl.nameSpan.offset, decl.nameSpan.length)));
    }
    names.add(decl.name);
    const { spec, diagnostics: ds } = checkDecl(decl, file, source);
    diagnostics.push(...ds);
    if (spec) specs.push(spec);
  }
  const irs = diagnostics.every((d) => d.severity !== 'error') ? specs.map(lower) : [];
  for (const ir of irs) diagnostics.push(...derivedProblems(ir));
  diagnostics.sort((a, b) => a.pos.offset - b.pos.offset);
  const ok = diagnostics.every((d) => d.severity !== 'error');
  return { specs: ok ? specs : [], irs: ok ? irs : [], diagnostics };
}

/** float32's largest finite value: kernels hold ω (or ω/2π) and the attention factor in float32. */
const F32_MAX = 3.4028234663852886e38;

/**
 * Values each of which the checker accepts can still combine into a constant no kernel can hold
 * (a linear factor of 1e-320 makes ω infinite; longrope with original 1 divides by ln 1 = 0).
 * Every derived ω and the attention factor must be finite in float32: said here, at the statement
 * whose numbers gave them, instead of NaN outputs or a backend failing to print a constant.
 */
function derivedProblems(ir: RopeIR): Diagnostic[] {
  const out: Diagnostic[] = [];
  const holdable = (x: number) => Number.isFinite(x) && Math.abs(x) <= F32_MAX;
  const folded = foldFrequencies(ir).omega!;
  const lists = folded.kind === 'static' ? [folded.omega] : folded.kind === 'select' ? [folded.short, folded.long] : [folded.base];
  for (const list of lists) {
    const j = list.findIndex((w) => !holdable(w));
    if (j < 0) continue;
    out.push(makeDiagnostic('RC087', `frequencies and scaling give pair ${j} (axis ${ir.axes[ir.pairs[j].axis]}) ω = ${list[j]}, ` +
      'beyond what a kernel holds (a finite float32)', ir.file, ir.at.scaling ?? ir.at.frequencies,
      'a factor near 0, a period near 0 or a huge frequency overflows: check these numbers'));
    break;
  }
  // Dynamic NTK raises the base to dim / (dim − 2): a table of one pair (dim 2) divides by 0
  // (transformers raises ZeroDivisionError there); its exponents come out NaN.
  if (folded.kind === 'ntk_dynamic' && folded.expo.some((x) => !Number.isFinite(x))) {
    out.push(makeDiagnostic('RC100', 'dynamic NTK scaling raises the base to dim / (dim − 2), which divides by 0 for a rotary dim of 2 (one pair)',
      ir.file, ir.at.scaling ?? ir.at.frequencies, "give the table more rotary lanes, or use 'scaling ntk(…)' or no scaling for a single pair"));
  }
  const m = ir.attentionFactor;
  if (!(holdable(m) && m > 0)) {
    out.push(makeDiagnostic('RC088', `the attention factor comes out as ${m}; kernels scale cos and sin by a positive finite float32`,
      ir.file, ir.at.attention ?? ir.at.scaling ?? ir.at.rope,
      ir.at.attention ? undefined : 'the scaling\'s numbers give it (longrope: original 1 divides by ln 1 = 0); give attention_factor or other numbers'));
  }
  return out;
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
      return makeDiagnostic('RL005', `this line has ${lineEnd - lineStart} characters; a line may have at most ${SOURCE_LIMITS.lineChars} (lists may wrap inside [ ] and ( ))`,
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
      return makeDiagnostic('RP005', `brackets nested ${depth} deep; a spec may nest at most ${SOURCE_LIMITS.nesting} levels`, file, positionAt(source, t.startOffset, 1));
    }
  }
  return undefined;
}
