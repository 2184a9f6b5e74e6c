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
  RL003: 'not a text file',
  RL004: 'input too large',
  RP001: 'syntax error',
  RP002: 'unknown statement',
  RP003: 'unclosed block',
  RP004: 'nesting too deep',
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
  const starts = lineStarts(source);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= clamped) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: clamped - starts[lo] + 1, offset: clamped, length: Math.max(1, length) };
}

// The line starts of the last source seen: a file with thousands of diagnostics must not rescan
// its text for each one.
let lineStartsOf: { source: string; starts: number[] } = { source: '', starts: [0] };

function lineStarts(source: string): number[] {
  if (lineStartsOf.source !== source) {
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartsOf = { source, starts };
  }
  return lineStartsOf.starts;
}

/** Widest source line shown under a diagnostic; a longer line is cut to a window around the column. */
export const SHOWN_LINE_WIDTH = 120;

/** `file:line:col: error RC008: message`, the source line, a caret under the range, and help. */
export function formatDiagnostic(d: Diagnostic, source: string): string {
  const full = (lineStarts(source).length >= d.pos.line ? lineText(source, d.pos.line) : '').replace(/\t/g, ' ').replace(/\r$/, '');
  const { text: raw, caretCol } = lineWindow(full, d.pos.col);
  const text = printable(raw);
  const gutter = String(d.pos.line).length;
  const width = Math.max(1, Math.min(d.pos.length, Math.max(1, text.length - caretCol + 1)));
  const out = [
    `${d.file}:${d.pos.line}:${d.pos.col}: ${d.severity} ${d.code}: ${d.message}`,
    `${' '.repeat(gutter)} |`,
    `${d.pos.line} | ${text}`,
    `${' '.repeat(gutter)} | ${' '.repeat(caretCol - 1)}${'^'.repeat(width)}`,
  ];
  if (d.suggestion) out.push(`${' '.repeat(gutter)} = help: ${d.suggestion}`);
  return out.join('\n');
}

function lineText(source: string, line: number): string {
  const starts = lineStarts(source);
  const start = starts[line - 1];
  const end = line < starts.length ? starts[line] - 1 : source.length;
  return source.slice(start, end);
}

/** The line, or a window of it around `col` marked with … where cut, and the column within it. */
function lineWindow(line: string, col: number): { text: string; caretCol: number } {
  if (line.length <= SHOWN_LINE_WIDTH) return { text: line, caretCol: col };
  const start = Math.max(0, Math.min(col - 1 - SHOWN_LINE_WIDTH / 3, line.length - SHOWN_LINE_WIDTH));
  const cut = line.slice(start, start + SHOWN_LINE_WIDTH);
  const before = start > 0 ? '…' : '';
  const after = start + SHOWN_LINE_WIDTH < line.length ? '…' : '';
  return { text: `${before}${cut}${after}`, caretCol: col - start + before.length };
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
