// The diagnostic catalogue and its printer. Every message ropec shows a user has a stable code
// from this one table (checked unique by test/diagnostics.test.ts), a 1-based line:col range, and
// a suggestion where one exists. Front-end stages collect diagnostics; nothing here throws.

export type Severity = 'error' | 'warning';

export interface SourcePos {
  line: number; // 1-based
  col: number; // 1-based
  offset: number; // 0-based character offset
  length: number; // characters covered (at least 1 when printed)
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  pos: SourcePos;
  suggestion?: string;
}

/** Stable codes. RL = lexer, RP = parser, RC = checker, RB = backend limits. Never renumber. */
export const CATALOGUE = {
  RL001: 'unexpected character',
  RL002: 'malformed number',
  RP001: 'syntax error',
  RP002: 'unknown statement',
  RP003: 'unclosed block',
  RC001: 'missing required statement',
  RC002: 'duplicate statement',
  RC003: 'wrong argument',
  RC004: 'unknown option',
  RC005: 'value out of range',
  RC006: 'odd dimension',
  RC007: 'rotary dimension exceeds head dimension',
  RC008: 'axis sizes do not add up',
  RC009: 'duplicate axis',
  RC010: 'axis without a position source',
  RC011: 'invalid identifier',
  RC012: 'unsupported combination',
  RC013: 'duplicate spec name',
  RC014: 'missing argument',
  RC015: 'list length mismatch',
  RC016: 'empty file',
  RC200: 'proportional frequencies rotate more pairs than the table has',
  RC250: 'mrope option needs audio_token',
  RC251: 'mrope option needs video scaled',
  RC252: 'mrope option does not apply to Omni',
  RB001: 'target cannot express this spec',
  RX001: 'internal compiler error',
} as const;

export type DiagnosticCode = keyof typeof CATALOGUE;

export function makeDiagnostic(
  code: DiagnosticCode,
  message: string,
  file: string,
  pos: SourcePos,
  suggestion?: string,
  severity: Severity = 'error',
): Diagnostic {
  return { code, severity, message, file, pos, suggestion };
}

/** The one place where a character offset becomes a 1-based line:col. */
export function positionAt(source: string, offset: number, length = 1): SourcePos {
  const clamped = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: clamped - lineStart + 1, offset: clamped, length: Math.max(1, length) };
}

/** `file:line:col: error RC008: message`, the source line, a caret under the range, and help. */
export function formatDiagnostic(d: Diagnostic, source: string): string {
  const lines = source.split('\n');
  const text = (lines[d.pos.line - 1] ?? '').replace(/\t/g, ' ').replace(/\r$/, '');
  const gutter = String(d.pos.line).length;
  const width = Math.max(1, Math.min(d.pos.length, Math.max(1, text.length - d.pos.col + 1)));
  const out = [
    `${d.file}:${d.pos.line}:${d.pos.col}: ${d.severity} ${d.code}: ${d.message}`,
    `${' '.repeat(gutter)} |`,
    `${d.pos.line} | ${printable(text)}`,
    `${' '.repeat(gutter)} | ${' '.repeat(d.pos.col - 1)}${'^'.repeat(width)}`,
  ];
  if (d.suggestion) out.push(`${' '.repeat(gutter)} = help: ${d.suggestion}`);
  return out.join('\n');
}

// Control characters in a hostile file must not reach the terminal raw.
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The closest candidate within a distance that scales with the word, or undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.floor(word.length / 3) + 1);
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const c = closest(word, candidates);
  return c === undefined ? `expected one of: ${candidates.join(', ')}` : `did you mean '${c}'?`;
}
