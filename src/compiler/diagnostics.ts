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

/**
 * Stable codes, one per message (as the TypeScript compiler does): RL = lexer, RP = parser, RC =
 * checker, RB = backend limits, RX = internal. Never renumber; a new message gets a new code.
 * docs/diagnostics.md lists them (generated; test/diagnostics.test.ts keeps it fresh).
 */
export const CATALOGUE = {
  RL001: 'unexpected character',
  RL002: 'malformed number',
  RL003: 'not a text file',
  RL004: 'file too large',
  RL005: 'line too long',
  RP001: 'syntax error',
  RP002: 'unknown kernel statement',
  RP003: 'unclosed block',
  RP004: 'unknown statement',
  RP005: 'nesting too deep',
  RC001: 'missing required statement',
  RC002: 'option given twice',
  RC003: 'not a whole number',
  RC004: 'unknown option',
  RC005: 'not a finite number',
  RC006: 'odd head_dim',
  RC007: 'rotary dimension exceeds head dimension',
  RC008: 'axis lanes do not add up to the rotary dimension',
  RC009: 'duplicate axis',
  RC010: 'axis without a position source',
  RC011: 'invalid axis name',
  RC012: "both 'rotary dim' and 'rotary factor'",
  RC013: 'duplicate spec name',
  RC014: 'missing option',
  RC015: 'frequencies list length mismatch',
  RC016: 'no rope block in the file',
  RC017: 'number not below 2^31',
  RC018: 'number below its minimum',
  RC019: 'number not above its bound',
  RC020: 'number above its maximum',
  RC021: 'not a number',
  RC022: 'not one of the allowed words',
  RC023: 'unknown word',
  RC024: 'not a list of numbers',
  RC025: 'list entry is not one number',
  RC026: 'empty list',
  RC027: 'unexpected argument',
  RC028: 'expected an option name',
  RC029: 'option takes no value',
  RC030: "'rotary' without 'dim' or 'factor'",
  RC031: 'periods max not above min',
  RC032: "periods without 'base' or 'min' and 'max'",
  RC033: 'unknown form of frequencies',
  RC034: 'unexpected words in frequencies',
  RC035: 'two frequency overrides for one axis',
  RC036: 'frequency override with a block',
  RC037: "'factors' without parentheses",
  RC038: 'scaling is not a call',
  RC039: "'factors' without one list",
  RC040: 'unknown scaling',
  RC041: 'yarn beta_fast below beta_slow',
  RC042: 'llama3 high below low',
  RC043: "'axes single' without an axis name",
  RC044: 'axes without a list',
  RC045: 'axis entry is not a name and a size',
  RC046: 'invalid name of a listed axis',
  RC047: 'odd lane count of an axis',
  RC048: 'empty axes list',
  RC049: 'videorope axes not [t, h, w] with equal h and w',
  RC050: "unexpected words after 'positions index'",
  RC051: 'grid without axes',
  RC052: 'grid entry is not an axis name',
  RC053: 'grid axis twice',
  RC054: 'empty grid',
  RC055: 'grid block names an axis the grid lacks',
  RC056: 'grid stride or shift with normalize',
  RC057: 'grid center with normalize',
  RC058: "mrope 'video scaled' without tokens_per_second",
  RC059: 'unknown position source',
  RC060: 'kernel without a block',
  RC061: 'option without exactly one value',
  RC062: 'kernel statement given twice',
  RC063: 'unknown layout',
  RC064: "'native' storage other than f16",
  RC065: 'unknown sincos form',
  RC066: 'kernel statement with a block',
  RC067: 'rope block without a name',
  RC068: 'invalid rope name',
  RC069: 'statement given twice',
  RC070: 'statement with a block',
  RC071: 'odd rotary dimension',
  RC072: 'rotary dimension too small',
  RC073: 'axis sections do not add up to the pairs',
  RC074: 'frequency override for an unknown axis',
  RC075: 'periods with fewer than two pairs per table',
  RC076: "scaling without 'frequencies base'",
  RC077: "scaling with 'over axis'",
  RC078: 'longrope factor count mismatch',
  RC079: 'factors count mismatch',
  RC080: 'grid axis not an axis of the spec',
  RC081: 'mrope without three axes',
  RC082: 'packed sequences without [tokens, heads, dim]',
  RC083: 'per-sequence offsets without sequences',
  RC084: 'sin/cos table with dynamic NTK',
  RC085: 'sin/cos table with fractional positions',
  RC086: 'unreadable file',
  RC087: 'derived frequency beyond float32',
  RC088: 'attention factor not a positive finite float32',
  RC089: 'two offsets after positions index',
  RC090: "'packed' twice after positions index",
  RC091: 'parentheses after index, tensor or timeline',
  RC092: 'grid axis twice in the grid block',
  RC093: 'two mrope special tokens with one id',
  RC094: 'strided views need tokens outermost',
  RC095: 'cos/sin cache without an integer positions tensor',
  RC096: 'cos/sin cache with a run-time ω',
  RC097: 'q and k both with 0 heads',
  RC098: 'q or k statement with nothing to set',
  RC099: 'head_dim or offset for a tensor with 0 heads',
  RC100: 'dynamic NTK scaling of a table of rotary dim 2',
  RC200: 'proportional frequencies rotate more pairs than the table has',
  RC210: "a tensor's head_dim is odd",
  RC211: "a tensor's rotary lanes pass its head_dim",
  RC216: "'tokens own' on q",
  RC217: "'k … tokens own' outside layout [tokens, heads, dim]",
  RC218: "'k … tokens own' with positions k cannot have its own of",
  RC219: "'k … tokens own' without both tensors",
  RC220: "'k … tokens own' with a cos/sin cache",
  RC221: 'norm is not rms(…)',
  RC222: "'norm' with 'direction inverse'",
  RC223: 'kv_cache is not slots or paged(…)',
  RC224: "'kv_cache' without k",
  RC225: "'kv_cache' with 'k … tokens own'",
  RC226: "'kv_cache … slots table' without one whole position per token",
  RC227: "'q … output fp8_e4m3' with 'inplace'",
  RC228: "'k … output fp8_e4m3': fp8 output is q's",
  RC229: "'q heads 0 output fp8_e4m3'",
  RC250: 'mrope option needs audio_token',
  RC251: 'mrope option needs video scaled',
  RC252: 'mrope option does not apply to Omni',
  RB001: 'target not available',
  RB002: 'CUDA: too many pairs for run-time ω',
  RB003: 'WGSL: workgroup size out of range',
  RB004: 'WGSL: sin/cos table above 4 GiB',
  RB005: 'WGSL: grid stride, shift or scale outside i32',
  RX001: 'internal compiler error',
  RX002: 'internal compiler error in a backend',
} as const;

export type DiagnosticCode = keyof typeof CATALOGUE;

/** Codes no message uses any more (kept so that they are never given to another message). */
export const RETIRED: readonly DiagnosticCode[] = ['RL002', 'RC217', 'RC220'];

/** docs/diagnostics.md: every code and what it means. */
export function diagnosticsDocument(): string {
  const rows = Object.entries(CATALOGUE).map(([code, title]) =>
    `| ${code} | ${title.replace(/\|/g, '\\|')}${RETIRED.includes(code as DiagnosticCode) ? ' (retired: no message uses it)' : ''} |`);
  return [
    '# Diagnostic codes',
    '',
    '<!-- Generated from CATALOGUE in src/compiler/diagnostics.ts; test/diagnostics.test.ts keeps it fresh',
    '     (UPDATE_GOLDEN=1 npx vitest run test/diagnostics.test.ts rewrites it). -->',
    '',
    'Every message `ropec` prints about a spec has its own stable code: `RL` the lexer, `RP` the parser,',
    '`RC` the checker, `RB` a backend that cannot express the spec (it emits nothing for that spec), `RX`',
    'an internal error (please report it with the file). Each diagnostic points at the spec text that',
    'caused it, as `file:line:col: error CODE: message`, followed by the line and a caret, and a',
    'suggestion where one exists:',
    '',
    '```',
    "sections.rope:5:3: error RC073: axis sections add up to 60 pairs, but the rotary dimension 128 has 64 pairs",
    '```',
    '',
    'Codes are never renumbered; a new message gets a new code.',
    '',
    '| code | meaning |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

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
