// The checker: AST statements → a validated Spec, collecting every diagnostic it can.
// Statement handlers are registered by keyword (one small function each); cross-statement rules
// run after all statements are read. Nothing here throws at the user.
import { closest, didYouMean, makeDiagnostic, positionAt, type Diagnostic, type DiagnosticCode, type SourcePos } from './diagnostics.js';
import { identifierProblem } from './names.js';
import { sharedTokenId } from '../positions/mrope.js';
import type { Atom, RopeDecl, Span, Statement } from './parser.js';
import {
  axisNames, type AxesSpec, type AxisSize, type FrequencySpec, type GridAxisAffine, type KernelSpec,
  type PositionInput, type PositionSpec, type ScalingSpec, type Spec,
} from './spec.js';

class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string, readonly source: string) {}
  error(code: DiagnosticCode, message: string, span: Span, suggestion?: string): void {
    this.diagnostics.push(makeDiagnostic(code, message, this.file, this.at(span), suggestion));
  }
  at(span: Span): SourcePos {
    return positionAt(this.source, span.offset, span.length);
  }
}

/** A draft spec filled by statement handlers; undefined fields take defaults after. */
interface Draft {
  headDim?: number;
  rotary?: { dim?: number; factor?: number; offset: number; span: Span };
  style?: Spec['style'];
  direction?: Spec['direction'];
  frequencies?: FrequencySpec & { span: Span };
  scaling?: ScalingSpec & { span: Span };
  attentionFactor?: number;
  axes?: AxesSpec & { span: Span };
  positions?: PositionSpec & { span: Span };
  kernel?: KernelSpec;
  /** `q … head_dim N offset M` as written; resolved against head_dim and rotary in finish(). */
  kernelLanes?: Partial<Record<'q' | 'k', { headDim?: number; offset?: number; span: Span }>>;
  /** Where `k … tokens own` was written. */
  kTokensSpan?: Span;
  normSpan?: Span;
  kvCacheSpan?: Span;
  qOutputSpan?: Span;
}

interface Ctx {
  r: Reporter;
  draft: Draft;
  decl: RopeDecl;
}

type Handler = (s: Statement, ctx: Ctx) => void;

// ------------------------------------------------------------------------------------------------
// Atom readers: each returns undefined after reporting when the atom is not what is wanted.

function describe(a: Atom | undefined): string {
  if (!a) return 'nothing';
  switch (a.kind) {
    case 'number': return `the number ${a.text}`;
    case 'ident': return `'${a.name}'`;
    case 'plus': return "'+'";
    case 'call': return `'${a.name}(…)'`;
    case 'list': return 'a list';
  }
}

interface NumberRule {
  integer?: boolean;
  min?: number; // inclusive
  above?: number; // exclusive
  max?: number;
}

function checkNumber(value: number, span: Span, what: string, rule: NumberRule, r: Reporter): number | undefined {
  if (!Number.isFinite(value)) {
    r.error('RC005', `${what} must be a finite number, got ${value}`, span);
    return undefined;
  }
  if (rule.integer && !Number.isInteger(value)) {
    r.error('RC003', `${what} must be a whole number, got ${value}`, span);
    return undefined;
  }
  if (rule.integer && Math.abs(value) > 2 ** 31 - 1) {
    r.error('RC017', `${what} must be below 2^31, got ${value}`, span);
    return undefined;
  }
  if (rule.min !== undefined && value < rule.min) {
    r.error('RC018', `${what} must be at least ${rule.min}, got ${value}`, span);
    return undefined;
  }
  if (rule.above !== undefined && !(value > rule.above)) {
    r.error('RC019', `${what} must be greater than ${rule.above}, got ${value}`, span);
    return undefined;
  }
  if (rule.max !== undefined && value > rule.max) {
    r.error('RC020', `${what} must be at most ${rule.max}, got ${value}`, span);
    return undefined;
  }
  return value;
}

function readNumber(a: Atom | undefined, what: string, rule: NumberRule, r: Reporter, at: Span): number | undefined {
  if (!a || a.kind !== 'number') {
    r.error('RC021', `${what} must be a number, got ${describe(a)}`, a?.span ?? at);
    return undefined;
  }
  return checkNumber(a.value, a.span, what, rule, r);
}

function readWord<T extends string>(a: Atom | undefined, what: string, words: readonly T[], r: Reporter, at: Span): T | undefined {
  if (!a || a.kind !== 'ident') {
    r.error('RC022', `${what} must be one of ${words.join(', ')}; got ${describe(a)}`, a?.span ?? at);
    return undefined;
  }
  if (!(words as readonly string[]).includes(a.name)) {
    r.error('RC023', `unknown ${what} '${a.name}'`, a.span, didYouMean(a.name, words));
    return undefined;
  }
  return a.name as T;
}

function readNumberList(a: Atom | undefined, what: string, rule: NumberRule, r: Reporter, at: Span): number[] | undefined {
  if (!a || a.kind !== 'list') {
    r.error('RC024', `${what} must be a list of numbers like [1.0, 2.0], got ${describe(a)}`, a?.span ?? at);
    return undefined;
  }
  const values: number[] = [];
  let ok = true;
  for (const entry of a.entries) {
    if (entry.length !== 1) {
      r.error('RC025', `each entry of ${what} must be one number`, entry[0].span);
      ok = false;
      continue;
    }
    const v = readNumber(entry[0], `an entry of ${what}`, rule, r, a.span);
    if (v === undefined) ok = false;
    else values.push(v);
  }
  if (values.length === 0 && ok) {
    r.error('RC026', `${what} must not be empty`, a.span);
    return undefined;
  }
  return ok ? values : undefined;
}

function noMoreAtoms(atoms: Atom[], from: number, what: string, r: Reporter): void {
  if (atoms.length > from) r.error('RC027', `unexpected ${describe(atoms[from])} after ${what}`, atoms[from].span);
}

/** `key value` pairs, as inside calls: `yarn(factor 4, original 32768)` or after a keyword. */
type ArgKind = 'number' | 'word' | 'list' | 'flag';
interface ArgSchema {
  kind: ArgKind;
  rule?: NumberRule;
  words?: readonly string[];
  required?: boolean;
}

type ArgValues = Record<string, number | string | number[] | boolean | undefined>;

function readArgs(
  entries: Atom[][],
  schema: Record<string, ArgSchema>,
  what: string,
  r: Reporter,
  at: Span,
): { values: ArgValues; spans: Record<string, Span>; ok: boolean } {
  const values: ArgValues = {};
  const spans: Record<string, Span> = {};
  let ok = true;
  const keys = Object.keys(schema);
  for (const entry of entries) {
    const [key, ...rest] = entry;
    if (key.kind !== 'ident') {
      r.error('RC028', `expected an option name of ${what}, got ${describe(key)}`, key.span, `options: ${keys.join(', ')}`);
      ok = false;
      continue;
    }
    const arg = schema[key.name];
    if (!arg) {
      r.error('RC004', `unknown option '${key.name}' of ${what}`, key.span, didYouMean(key.name, keys));
      ok = false;
      continue;
    }
    if (key.name in values) {
      r.error('RC002', `option '${key.name}' of ${what} is given twice`, key.span);
      ok = false;
      continue;
    }
    spans[key.name] = key.span;
    const label = `${what} ${key.name}`;
    if (arg.kind === 'flag') {
      values[key.name] = true;
      if (rest.length > 0) {
        r.error('RC029', `option '${key.name}' takes no value`, rest[0].span);
        ok = false;
      }
      continue;
    }
    if (rest.length !== 1) {
      r.error('RC061', `option '${key.name}' of ${what} takes exactly one value`, rest[1]?.span ?? key.span);
      ok = false;
      continue;
    }
    let v: number | string | number[] | undefined;
    if (arg.kind === 'number') v = readNumber(rest[0], label, arg.rule ?? {}, r, key.span);
    else if (arg.kind === 'word') v = readWord(rest[0], label, arg.words ?? [], r, key.span);
    else v = readNumberList(rest[0], label, arg.rule ?? {}, r, key.span);
    if (v === undefined) ok = false;
    values[key.name] = v;
  }
  for (const [k, arg] of Object.entries(schema)) {
    if (arg.required && !(k in values)) {
      r.error('RC014', `${what} needs '${k}'`, at, `add '${k} …' inside the parentheses`);
      ok = false;
    }
  }
  return { values, spans, ok };
}

function num(v: ArgValues[string]): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

// ------------------------------------------------------------------------------------------------
// Statement handlers

const POSITIVE: NumberRule = { above: 0 };
const POSITIVE_INT: NumberRule = { integer: true, min: 1 };

const HANDLERS: Record<string, Handler> = {
  head_dim(s, { r, draft }) {
    const v = readNumber(s.atoms[0], 'head_dim', { integer: true, min: 2, max: 65536 }, r, s.keywordSpan);
    noMoreAtoms(s.atoms, 1, 'head_dim', r);
    if (v !== undefined) {
      if (v % 2 !== 0) r.error('RC006', `head_dim must be even, got ${v}`, s.atoms[0].span);
      else draft.headDim = v;
    }
  },

  rotary(s, { r, draft }) {
    const rotary: NonNullable<Draft['rotary']> = { offset: 0, span: s.span };
    const { values, ok } = readKeywordArgs(
      s.atoms,
      {
        dim: { kind: 'number', rule: { integer: true, min: 2 } },
        factor: { kind: 'number', rule: { above: 0, max: 1 } },
        offset: { kind: 'number', rule: { integer: true, min: 0 } },
      },
      'rotary',
      r,
      s.keywordSpan,
    );
    if (values.dim !== undefined && values.factor !== undefined) {
      r.error('RC012', "give 'rotary dim' or 'rotary factor', not both", s.span);
      return;
    }
    if (values.dim === undefined && values.factor === undefined && ok) {
      r.error('RC030', "'rotary' needs 'dim N' or 'factor F'", s.keywordSpan);
      return;
    }
    rotary.dim = num(values.dim);
    rotary.factor = num(values.factor);
    rotary.offset = num(values.offset) ?? 0;
    if (ok) draft.rotary = rotary;
  },

  style(s, { r, draft }) {
    draft.style = readWord(s.atoms[0], 'style', ['half', 'interleaved'] as const, r, s.keywordSpan);
    noMoreAtoms(s.atoms, 1, 'style', r);
  },

  direction(s, { r, draft }) {
    draft.direction = readWord(s.atoms[0], 'direction', ['forward', 'inverse'] as const, r, s.keywordSpan);
    noMoreAtoms(s.atoms, 1, 'direction', r);
  },

  attention_factor(s, { r, draft }) {
    draft.attentionFactor = readNumber(s.atoms[0], 'attention_factor', POSITIVE, r, s.keywordSpan);
    noMoreAtoms(s.atoms, 1, 'attention_factor', r);
  },

  frequencies: checkFrequencies,
  scaling: checkScaling,
  axes: checkAxes,
  positions: checkPositions,
  kernel: checkKernel,
};

/**
 * Keyword-style options (`dim 64 offset 8`, `normalize separate prefix 1`) → entries for readArgs:
 * a known option that takes a value swallows the next atom, flags and unknown words stand alone.
 */
function chunkBySchema(atoms: Atom[], schema: Record<string, ArgSchema>): Atom[][] {
  const out: Atom[][] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const arg = a.kind === 'ident' ? schema[a.name] : undefined;
    const takesValue = arg ? arg.kind !== 'flag' : a.kind === 'ident' && atoms[i + 1] !== undefined && atoms[i + 1].kind !== 'ident';
    if (takesValue && i + 1 < atoms.length) {
      out.push([a, atoms[i + 1]]);
      i++;
    } else out.push([a]);
  }
  return out;
}

/** readArgs over keyword-style atoms. */
function readKeywordArgs(atoms: Atom[], schema: Record<string, ArgSchema>, what: string, r: Reporter, at: Span) {
  return readArgs(chunkBySchema(atoms, schema), schema, what, r, at);
}

function checkFrequencies(s: Statement, { r, draft }: Ctx): void {
  const [head, ...rest] = s.atoms;
  let source: FrequencySpec['source'] | undefined;
  let i = 0;
  if (head?.kind === 'ident' && head.name === 'base') {
    const base = readNumber(rest[0], 'frequencies base', { above: 1 }, r, head.span);
    if (base !== undefined) source = { kind: 'base', base };
    i = 2;
  } else if (head?.kind === 'ident' && head.name === 'list') {
    // ω = 0 is allowed: that pair does not rotate (Gemma 4 proportional RoPE, HoPE/FoPE-style
    // dropped low frequencies); cos 0 = 1 and sin 0 = 0 make the rotation the identity.
    const values = readNumberList(rest[0], 'frequencies list', { min: 0 }, r, head.span);
    if (values) source = { kind: 'list', values };
    i = 2;
  } else if (head?.kind === 'call' && head.name === 'proportional') {
    // Hugging Face's 'proportional' rope type: θ^(−2j/D) over the whole table for the first
    // `rotated` pairs, ω = 0 for the rest.
    const { values, ok } = readArgs(head.entries, {
      base: { kind: 'number', rule: { above: 1 }, required: true },
      rotated: { kind: 'number', rule: { integer: true, min: 0 }, required: true },
    }, 'proportional', r, head.span);
    if (ok) source = { kind: 'proportional', base: values.base as number, rotated: values.rotated as number };
    i = 1;
  } else if (head?.kind === 'call' && head.name === 'periods') {
    const { values, ok } = readArgs(head.entries, {
      base: { kind: 'number', rule: { above: 1 } },
      min: { kind: 'number', rule: POSITIVE },
      max: { kind: 'number', rule: POSITIVE },
    }, 'periods', r, head.span);
    if (ok) {
      if (values.base !== undefined && values.min === undefined && values.max === undefined) {
        source = { kind: 'periods_base', base: values.base as number };
      } else if (values.base === undefined && values.min !== undefined && values.max !== undefined) {
        if ((values.max as number) <= (values.min as number)) r.error('RC031', 'periods max must be greater than min', head.span);
        else source = { kind: 'periods_range', min: values.min as number, max: values.max as number };
      } else {
        r.error('RC032', "periods takes either 'base B' or both 'min A, max B'", head.span);
      }
    }
    i = 1;
  } else {
    const word = head?.kind === 'ident' ? head.name : head?.kind === 'call' ? head.name : '';
    r.error('RC033', `frequencies must start with 'base N', 'periods(…)', 'proportional(…)' or 'list […]'; got ${describe(head)}`,
      head?.span ?? s.keywordSpan, word ? didYouMean(word, ['base', 'periods', 'proportional', 'list']) : undefined);
    return;
  }
  let over: FrequencySpec['over'] = 'rotary';
  const tail = s.atoms.slice(i);
  if (tail.length > 0) {
    if (tail[0].kind === 'ident' && tail[0].name === 'over') {
      const w = readWord(tail[1], 'frequencies over', ['rotary', 'axis'] as const, r, tail[0].span);
      if (w) over = w;
      noMoreAtoms(tail, 2, 'frequencies … over', r);
    } else {
      r.error('RC034', `unexpected ${describe(tail[0])} in frequencies`, tail[0].span, "did you mean 'over rotary' or 'over axis'?");
    }
  }
  const perAxis: FrequencySpec['perAxis'] = {};
  for (const sub of s.block ?? []) {
    if (sub.keyword in perAxis) {
      r.error('RC035', `axis '${sub.keyword}' has two frequency overrides`, sub.keywordSpan);
      continue;
    }
    const { values } = readKeywordArgs(sub.atoms, {
      base: { kind: 'number', rule: { above: 1 } },
      scale: { kind: 'number', rule: POSITIVE },
    }, `frequencies for axis '${sub.keyword}'`, r, sub.keywordSpan);
    perAxis[sub.keyword] = { base: num(values.base), scale: num(values.scale) };
    if (sub.block) r.error('RC036', 'a per-axis frequency override takes no block', sub.blockSpan ?? sub.span);
  }
  if (source) draft.frequencies = { source, over, perAxis, span: s.span };
}

const ORIGINAL: ArgSchema = { kind: 'number', rule: POSITIVE_INT, required: true };
const FACTOR: ArgSchema = { kind: 'number', rule: { min: 1 }, required: true };

const SCALINGS: Record<string, Record<string, ArgSchema>> = {
  linear: { factor: { kind: 'number', rule: POSITIVE, required: true } },
  ntk: { alpha: { kind: 'number', rule: POSITIVE, required: true } },
  dynamic: { factor: FACTOR, original: ORIGINAL },
  yarn: {
    factor: FACTOR,
    original: ORIGINAL,
    beta_fast: { kind: 'number', rule: POSITIVE },
    beta_slow: { kind: 'number', rule: POSITIVE },
    mscale: { kind: 'number', rule: POSITIVE },
    mscale_all_dim: { kind: 'number', rule: POSITIVE },
    truncate: { kind: 'word', words: ['true', 'false'] },
    attention_factor: { kind: 'number', rule: POSITIVE },
  },
  llama3: {
    factor: FACTOR,
    low: { kind: 'number', rule: POSITIVE, required: true },
    high: { kind: 'number', rule: POSITIVE, required: true },
    original: ORIGINAL,
  },
  longrope: {
    short: { kind: 'list', rule: POSITIVE, required: true },
    long: { kind: 'list', rule: POSITIVE, required: true },
    original: ORIGINAL,
    factor: { kind: 'number', rule: POSITIVE },
    select: { kind: 'word', words: ['short', 'long', 'auto'], required: true },
    attention_factor: { kind: 'number', rule: POSITIVE },
  },
};

function checkScaling(s: Statement, { r, draft }: Ctx): void {
  const [head] = s.atoms;
  noMoreAtoms(s.atoms, 1, 'scaling', r);
  if (head?.kind === 'ident' && head.name === 'factors') {
    r.error('RC037', "write 'scaling factors([…])'", head.span);
    return;
  }
  if (head?.kind !== 'call') {
    const word = head?.kind === 'ident' ? head.name : '';
    r.error('RC038', `scaling must be a call like 'yarn(factor 4, original 32768)', got ${describe(head)}`, head?.span ?? s.keywordSpan,
      word ? didYouMean(word, [...Object.keys(SCALINGS), 'factors']) : undefined);
    return;
  }
  if (head.name === 'factors') {
    if (head.entries.length !== 1 || head.entries[0].length !== 1) {
      r.error('RC039', 'factors takes one list: factors([1.0, 2.0, …])', head.span);
      return;
    }
    const values = readNumberList(head.entries[0][0], 'factors', POSITIVE, r, head.span);
    if (values) draft.scaling = { kind: 'factors', values, span: s.span };
    return;
  }
  const schema = SCALINGS[head.name];
  if (!schema) {
    r.error('RC040', `unknown scaling '${head.name}'`, head.nameSpan, didYouMean(head.name, [...Object.keys(SCALINGS), 'factors']));
    return;
  }
  const { values: v, ok } = readArgs(head.entries, schema, head.name, r, head.span);
  if (!ok) return;
  const span = s.span;
  switch (head.name) {
    case 'linear': draft.scaling = { kind: 'linear', factor: v.factor as number, span }; break;
    case 'ntk': draft.scaling = { kind: 'ntk', alpha: v.alpha as number, span }; break;
    case 'dynamic': draft.scaling = { kind: 'dynamic', factor: v.factor as number, original: v.original as number, span }; break;
    case 'yarn': {
      const betaFast = num(v.beta_fast) ?? 32;
      const betaSlow = num(v.beta_slow) ?? 1;
      // Equal betas are a one-pair ramp (transformers widens it by 0.001; Kimi K2 ships 1 and 1).
      if (betaFast < betaSlow) {
        r.error('RC041', `yarn beta_fast (${betaFast}) must not be less than beta_slow (${betaSlow})`, head.span);
        return;
      }
      draft.scaling = {
        kind: 'yarn', factor: v.factor as number, original: v.original as number, betaFast, betaSlow,
        mscale: num(v.mscale) ?? null, mscaleAllDim: num(v.mscale_all_dim) ?? null,
        truncate: (v.truncate ?? 'true') === 'true', attentionFactor: num(v.attention_factor) ?? null, span,
      };
      break;
    }
    case 'llama3': {
      // low == high empties the blended band: a step at wavelength original / low (Llama 4 Scout).
      if ((v.high as number) < (v.low as number)) {
        r.error('RC042', `llama3 high (${v.high}) must not be less than low (${v.low})`, head.span);
        return;
      }
      draft.scaling = { kind: 'llama3', factor: v.factor as number, low: v.low as number, high: v.high as number, original: v.original as number, span };
      break;
    }
    case 'longrope':
      draft.scaling = {
        kind: 'longrope', short: v.short as number[], long: v.long as number[], original: v.original as number,
        factor: num(v.factor) ?? null, select: v.select as 'short' | 'long' | 'auto',
        attentionFactor: num(v.attention_factor) ?? null, span,
      };
      break;
  }
}

const AXIS_LAYOUTS = ['single', 'sectioned', 'interleaved', 'lanes', 'videorope'] as const;

function checkAxes(s: Statement, { r, draft }: Ctx): void {
  const kind = readWord(s.atoms[0], 'axes layout', AXIS_LAYOUTS, r, s.keywordSpan);
  if (!kind) return;
  if (kind === 'single') {
    let name = 'pos';
    if (s.atoms[1]) {
      if (s.atoms[1].kind !== 'ident') r.error('RC043', `axes single takes an axis name, got ${describe(s.atoms[1])}`, s.atoms[1].span);
      else name = s.atoms[1].name;
      const problem = identifierProblem(name, 'axis');
      if (problem) r.error('RC011', problem, s.atoms[1].span);
    }
    noMoreAtoms(s.atoms, 2, 'axes single', r);
    draft.axes = { kind: 'single', name, span: s.span };
    return;
  }
  const list = s.atoms[1];
  noMoreAtoms(s.atoms, 2, `axes ${kind}`, r);
  if (!list || list.kind !== 'list') {
    r.error('RC044', `axes ${kind} takes a list like [t 16, h 24, w 24], got ${describe(list)}`, list?.span ?? s.atoms[0].span);
    return;
  }
  const axes: AxisSize[] = [];
  let ok = true;
  const seen = new Set<string>();
  for (const entry of list.entries) {
    const [name, size] = entry;
    if (entry.length !== 2 || name.kind !== 'ident' || size.kind !== 'number') {
      r.error('RC045', 'each axis is a name and a size, like t 16', entry[0].span);
      ok = false;
      continue;
    }
    const problem = identifierProblem(name.name, 'axis');
    if (problem) {
      r.error('RC046', problem, name.span);
      ok = false;
    }
    if (seen.has(name.name)) {
      r.error('RC009', `axis '${name.name}' appears twice`, name.span);
      ok = false;
    }
    seen.add(name.name);
    const unit = kind === 'lanes' ? 'lanes' : 'pairs';
    const v = checkNumber(size.value, size.span, `the size of axis '${name.name}' (in ${unit})`, { integer: true, min: 1 }, r);
    if (v === undefined) ok = false;
    else if (kind === 'lanes' && v % 2 !== 0) {
      r.error('RC047', `axis '${name.name}' has ${v} lanes: an odd lane count cannot be split into pairs`, size.span,
        'give every axis an even number of lanes');
      ok = false;
    }
    axes.push({ name: name.name, size: v ?? 0 });
  }
  if (ok && axes.length === 0) {
    r.error('RC048', `axes ${kind} needs at least one axis`, list.span);
    ok = false;
  }
  if (ok && kind === 'videorope' && (axes.length !== 3 || axes[1].size !== axes[2].size)) {
    r.error('RC049', 'axes videorope takes three axes [t, h, w] with equal h and w sizes (h and w alternate)', list.span);
    ok = false;
  }
  if (ok) draft.axes = { kind, axes, span: s.span } as AxesSpec & { span: Span };
}

/**
 * Options of `positions mrope(…)` that only some builders read: an Omni option without
 * audio_token, an integer cast without scaled video time, and chunking settings Omni cannot use.
 */
function checkMropeOptions(v: ArgValues, spans: Record<string, Span>, video: string, r: Reporter): boolean {
  let ok = true;
  for (const key of ['audio_start_token', 'seconds_per_chunk']) {
    if (v[key] !== undefined && v.audio_token === undefined) {
      r.error('RC250', `mrope option '${key}' is a Qwen2.5-Omni setting; it needs 'audio_token'`, spans[key], "add 'audio_token 151646' or remove it");
      ok = false;
    }
  }
  if (v.second_per_grid_as_int !== undefined && video !== 'scaled') {
    r.error('RC251', `mrope option 'second_per_grid_as_int' applies to 'video scaled' (seconds per grid step), not 'video ${video}'`, spans.second_per_grid_as_int);
    ok = false;
  }
  if (v.clamp_deltas !== undefined && v.audio_token !== undefined) {
    r.error('RC252', "mrope option 'clamp_deltas' does not apply to Qwen2.5-Omni (audio_token), whose rope_delta is never clamped", spans.clamp_deltas);
    ok = false;
  }
  return ok;
}

function checkPositions(s: Statement, { r, draft }: Ctx): void {
  const [head, ...rest] = s.atoms;
  const name = head?.kind === 'ident' || head?.kind === 'call' ? head.name : '';
  const span = s.span;
  if ((name === 'index' || name === 'tensor' || name === 'timeline') && head.kind === 'call') {
    r.error('RC091', `positions ${name} takes no parentheses`, head.span, name === 'tensor' ? "write 'positions tensor int' or 'tensor float'" : undefined);
    return;
  }
  switch (name) {
    case 'index': {
      if (head.kind !== 'ident') break;
      let offset: 'none' | 'scalar' | 'per_sequence' = 'none';
      let packed = false;
      for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        if (a.kind === 'plus') {
          const w = readWord(rest[i + 1], 'index offset', ['offset', 'offsets'] as const, r, a.span);
          if (w && offset !== 'none') {
            r.error('RC089', `positions index takes one offset; '+ ${w}' comes after '+ ${offset === 'scalar' ? 'offset' : 'offsets'}'`, rest[i + 1].span);
            return;
          }
          if (w) offset = w === 'offset' ? 'scalar' : 'per_sequence';
          i++;
        } else if (a.kind === 'ident' && a.name === 'packed' && packed) {
          r.error('RC090', "'packed' is given twice after positions index", a.span);
          return;
        } else if (a.kind === 'ident' && a.name === 'packed') packed = true;
        else {
          r.error('RC050', `unexpected ${describe(a)} after positions index`, a.span, "expected '+ offset', '+ offsets' or 'packed'");
          return;
        }
      }
      draft.positions = { kind: 'index', offset, packed, span };
      return;
    }
    case 'tensor': {
      const dtype = readWord(rest[0], 'position tensor type', ['int', 'float'] as const, r, head.span);
      noMoreAtoms(s.atoms, 2, 'positions tensor', r);
      if (dtype) draft.positions = { kind: 'tensor', dtype, span };
      return;
    }
    case 'timeline': {
      let mode: 'strict' | 'compat' = 'strict';
      let input: PositionInput = 'segments';
      let i = 0;
      if (rest[i] && !(rest[i].kind === 'ident' && (rest[i] as { name: string }).name === 'tensor')) {
        const m = readWord(rest[i], 'timeline mode', ['strict', 'compat'] as const, r, head.span);
        if (m) mode = m;
        i++;
      }
      if (rest[i]) {
        if (readWord(rest[i], "'tensor' (read a positions tensor instead of a segment table)", ['tensor'] as const, r, head.span)) input = 'tensor';
        i++;
      }
      noMoreAtoms(s.atoms, 1 + i, 'positions timeline', r);
      draft.positions = { kind: 'timeline', mode, input, span };
      return;
    }
    case 'grid': {
      if (head.kind !== 'call') {
        r.error('RC051', 'grid needs its axes: grid(t, h, w)', head.span);
        return;
      }
      const axes: string[] = [];
      for (const e of head.entries) {
        if (e.length !== 1 || e[0].kind !== 'ident') r.error('RC052', 'grid takes axis names: grid(t, h, w)', e[0].span);
        else if (axes.includes(e[0].name)) r.error('RC053', `grid axis '${e[0].name}' appears twice`, e[0].span);
        else axes.push(e[0].name);
      }
      if (axes.length === 0) {
        r.error('RC054', 'grid needs at least one axis', head.span);
        return;
      }
      const { values } = readKeywordArgs(rest, {
        normalize: { kind: 'word', words: ['separate', 'max', 'min'] },
        center: { kind: 'flag' },
        packed: { kind: 'flag' },
        prefix: { kind: 'number', rule: { integer: true, min: 0 } },
      }, 'grid', r, head.span);
      const affine: Record<string, GridAxisAffine> = {};
      for (const sub of s.block ?? []) {
        if (!axes.includes(sub.keyword)) {
          r.error('RC055', `'${sub.keyword}' is not an axis of this grid`, sub.keywordSpan, didYouMean(sub.keyword, axes));
          continue;
        }
        if (affine[sub.keyword]) {
          r.error('RC092', `grid axis '${sub.keyword}' is given twice in the grid block`, sub.keywordSpan, 'give its stride, shift and scale on one line');
          continue;
        }
        const { values: a } = readKeywordArgs(sub.atoms, {
          stride: { kind: 'number', rule: POSITIVE },
          shift: { kind: 'number', rule: {} },
          scale: { kind: 'number', rule: POSITIVE },
        }, `grid axis '${sub.keyword}'`, r, sub.keywordSpan);
        affine[sub.keyword] = { stride: num(a.stride) ?? 1, shift: num(a.shift) ?? 0, scale: num(a.scale) ?? 1 };
      }
      const normalize = (values.normalize as 'separate' | 'max' | 'min' | undefined) ?? 'none';
      if (normalize !== 'none') {
        for (const [ax, a] of Object.entries(affine)) {
          if (a.stride !== 1 || a.shift !== 0) {
            r.error('RC056', `grid axis '${ax}': stride and shift do not combine with normalize (use scale)`, s.span);
          }
        }
      }
      if (values.center && normalize !== 'none') {
        r.error('RC057', "'center' does not combine with normalize, whose coordinates are already centred on 0", s.span);
      }
      draft.positions = {
        kind: 'grid', axes, normalize, ...(values.center ? { center: true as const } : {}),
        ...(values.packed ? { packed: true as const } : {}), affine, prefix: num(values.prefix) ?? 0, span,
      };
      return;
    }
    case 'mrope': {
      const entries = head.kind === 'call' ? head.entries : [];
      const { values: v, spans, ok } = readArgs(entries, {
        spatial_merge: { kind: 'number', rule: POSITIVE_INT },
        video: { kind: 'word', words: ['frames', 'scaled', 'per_frame'] },
        tokens_per_second: { kind: 'number', rule: POSITIVE },
        image_token: { kind: 'number', rule: { integer: true, min: 0 } },
        video_token: { kind: 'number', rule: { integer: true, min: 0 } },
        vision_start_token: { kind: 'number', rule: { integer: true, min: 0 } },
        audio_token: { kind: 'number', rule: { integer: true, min: 0 } },
        audio_start_token: { kind: 'number', rule: { integer: true, min: 0 } },
        seconds_per_chunk: { kind: 'number', rule: POSITIVE },
        transformers: { kind: 'word', words: ['v4_57', 'v5', 'v5_int_spg'] },
        pad_value: { kind: 'number', rule: { integer: true } },
        delta_length: { kind: 'word', words: ['padded', 'unpadded'] },
        second_per_grid_as_int: { kind: 'word', words: ['true', 'false'] },
        clamp_deltas: { kind: 'word', words: ['true', 'false'] },
      }, 'mrope', r, head.span);
      let input: PositionInput = 'segments';
      if (rest[0] && readWord(rest[0], "'tensor' (read a positions tensor instead of a segment table)", ['tensor'] as const, r, head.span)) input = 'tensor';
      noMoreAtoms(s.atoms, rest[0] ? 2 : 1, 'positions mrope(…)', r);
      if (!ok) return;
      const video = (v.video as 'frames' | 'scaled' | 'per_frame' | undefined) ?? 'frames';
      if (video === 'scaled' && v.tokens_per_second === undefined) {
        r.error('RC058', "mrope video scaled needs 'tokens_per_second'", head.span);
        return;
      }
      if (!checkMropeOptions(v, spans, video, r)) return;
      if (!distinctTokenIds(v, spans, r)) return;
      const bool = (x: ArgValues[string]) => (x === undefined ? undefined : x === 'true');
      const optional = {
        audioStartToken: num(v.audio_start_token), secondsPerChunk: num(v.seconds_per_chunk),
        transformers: v.transformers as 'v4_57' | 'v5' | 'v5_int_spg' | undefined, padValue: num(v.pad_value),
        deltaLength: v.delta_length as 'padded' | 'unpadded' | undefined,
        secondPerGridAsInt: bool(v.second_per_grid_as_int), clampDeltas: bool(v.clamp_deltas),
      };
      draft.positions = {
        kind: 'mrope', input, spatialMerge: num(v.spatial_merge) ?? 2, video, tokensPerSecond: num(v.tokens_per_second) ?? null,
        imageToken: num(v.image_token) ?? null, videoToken: num(v.video_token) ?? null,
        visionStartToken: num(v.vision_start_token) ?? null, audioToken: num(v.audio_token) ?? null,
        ...Object.fromEntries(Object.entries(optional).filter(([, x]) => x !== undefined)), span,
      };
      return;
    }
  }
  const known = ['index', 'tensor', 'grid', 'timeline', 'mrope'];
  r.error('RC059', `positions must be one of ${known.join(', ')}; got ${describe(head)}`, head?.span ?? s.keywordSpan,
    name ? didYouMean(name, known) : undefined);
}

/** The special token ids of mrope(…) name different tokens; two equal ids would make one of them unreachable. */
function distinctTokenIds(v: ArgValues, spans: Record<string, Span>, r: Reporter): boolean {
  const shared = sharedTokenId(Object.fromEntries(Object.entries(v).filter(([k]) => k.endsWith('_token')).map(([k, x]) => [k, num(x)])));
  if (!shared) return true;
  const defaults = shared.defaults.length > 0 ? ` (${shared.defaults.join(' and ')}: the default)` : '';
  // a was written in the spec (shared.a is the given one when only one of them is).
  r.error('RC093', `mrope ${shared.a} and ${shared.b} are both ${shared.id}${defaults}: each special token needs its own id`, spans[shared.a]);
  return false;
}

const KERNEL_STATEMENTS = ['q', 'k', 'layout', 'dtype', 'inplace', 'strided', 'sincos', 'precision', 'norm', 'kv_cache'];
const LAYOUTS: Record<string, KernelSpec['layout']> = {
  'tokens,heads,dim': 'thd',
  'batch,seq,heads,dim': 'bshd',
  'batch,heads,seq,dim': 'bhsd',
};

function checkKernel(s: Statement, ctx: Ctx): void {
  const { r, draft } = ctx;
  if (s.atoms.length > 0) r.error('RC060', "kernel takes a block: kernel { … }", s.atoms[0].span);
  if (!s.block) {
    r.error('RC060', "kernel takes a block: kernel { … }", s.keywordSpan);
    return;
  }
  const k: KernelSpec = {
    qHeads: null, kHeads: null, layout: 'thd', dtype: 'f32', inplace: false, sincos: { kind: 'compute' }, precision: 'exact',
  };
  const seen = new Set<string>();
  let stridedSpan: Span | undefined;
  for (const sub of s.block) {
    if (!KERNEL_STATEMENTS.includes(sub.keyword)) {
      r.error('RP002', `unknown kernel statement '${sub.keyword}'`, sub.keywordSpan, didYouMean(sub.keyword, KERNEL_STATEMENTS));
      continue;
    }
    if (seen.has(sub.keyword)) {
      r.error('RC062', `'${sub.keyword}' is given twice in kernel`, sub.keywordSpan);
      continue;
    }
    seen.add(sub.keyword);
    const a = sub.atoms;
    switch (sub.keyword) {
      case 'q':
      case 'k': {
        // heads 0: the tensor is not rotated and not taken at all (q-only or k-only rotation).
        // head_dim / offset: this tensor's own head shape (MLA: q heads of 192 lanes, the last 64 rotated).
        const lane = { kind: 'number', rule: { integer: true, min: 0, max: 65535 } } as const;
        const { values, ok } = readKeywordArgs(a, {
          heads: { kind: 'number', rule: { integer: true, min: 0, max: 65535 } }, head_dim: lane, offset: lane, tokens: { kind: 'word', words: ['own'] },
          output: { kind: 'word', words: ['fp8_e4m3'] },
        }, sub.keyword, r, sub.keywordSpan);
        if (ok && values.heads === undefined && values.head_dim === undefined && values.offset === undefined && values.tokens === undefined && values.output === undefined) {
          r.error('RC098', `'${sub.keyword}' takes heads N, head_dim N or offset N`, sub.keywordSpan, `e.g. '${sub.keyword} heads 8', or '${sub.keyword} head_dim 192 offset 128' for heads of another width`);
        }
        if (values.tokens !== undefined) {
          // k's tokens may be its own (its count and positions); q's are the call's.
          if (sub.keyword === 'q') r.error('RC216', "'tokens own' is k's: q's tokens are the call's (tokens)", sub.span, "write 'k … tokens own' for keys with their own count and positions");
          else {
            k.kTokens = 'own';
            ctx.draft.kTokensSpan = sub.span;
          }
        }
        if (values.output !== undefined) {
          // q's output in fp8 e4m3 (an fp8 attention's query); k's fp8 goes to its cache.
          if (sub.keyword === 'k') r.error('RC228', "'output fp8_e4m3' is q's: k's fp8 e4m3 goes to its cache", sub.span, "write 'kv_cache paged(block 16, dtype fp8_e4m3)' to store k (and v) as fp8 e4m3");
          else {
            k.qOutput = 'fp8_e4m3';
            ctx.draft.qOutputSpan = sub.span;
          }
        }
        const heads = num(values.heads) ?? null;
        if (sub.keyword === 'q') k.qHeads = heads;
        else k.kHeads = heads;
        if (values.head_dim !== undefined || values.offset !== undefined) {
          if (heads === 0) r.error('RC099', `${sub.keyword} has 0 heads: it has no lanes to shape`, sub.span, `remove head_dim and offset, or give ${sub.keyword} heads`);
          (ctx.draft.kernelLanes ??= {})[sub.keyword] = { headDim: num(values.head_dim), offset: num(values.offset), span: sub.span };
        }
        break;
      }
      case 'layout': {
        const list = a[0];
        noMoreAtoms(a, 1, 'layout', r);
        const names = list?.kind === 'list' ? list.entries.map((e) => (e.length === 1 && e[0].kind === 'ident' ? e[0].name : '?')) : [];
        const layout = LAYOUTS[names.join(',')];
        if (!layout) {
          r.error('RC063', `layout must be one of ${Object.keys(LAYOUTS).map((l) => `[${l.replace(/,/g, ', ')}]`).join(', ')}`,
            list?.span ?? sub.keywordSpan);
        } else k.layout = layout;
        break;
      }
      case 'dtype': {
        const d = readWord(a[0], 'dtype', ['f32', 'f16', 'bf16'] as const, r, sub.keywordSpan);
        noMoreAtoms(a, 2, 'dtype', r);
        if (d) k.dtype = d;
        if (a.length > 1 && readWord(a[1], 'dtype storage', ['native'] as const, r, sub.keywordSpan) && d) {
          if (d === 'f16') k.nativeF16 = true;
          else r.error('RC064', `'native' applies to f16 only (WGSL's shader-f16 feature); ${d} storage has one form`, a[1].span);
        }
        break;
      }
      case 'inplace':
        noMoreAtoms(a, 0, 'inplace', r);
        k.inplace = true;
        break;
      case 'strided':
        noMoreAtoms(a, 0, 'strided', r);
        k.strided = true;
        stridedSpan = sub.keywordSpan;
        break;
      case 'sincos': {
        const head = a[0];
        noMoreAtoms(a, 1, 'sincos', r);
        if (head?.kind === 'ident' && head.name === 'compute') k.sincos = { kind: 'compute' };
        else if (head?.kind === 'call' && head.name === 'table') {
          const { values } = readArgs(head.entries, { max_positions: { kind: 'number', rule: { integer: true, min: 1, max: 1 << 24 }, required: true } },
            'table', r, head.span);
          if (values.max_positions !== undefined) k.sincos = { kind: 'table', maxPositions: values.max_positions as number };
        } else if (head?.kind === 'call' && head.name === 'cache') {
          const { values, ok } = readArgs(head.entries, {
            layout: { kind: 'word', words: ['cos_sin', 'split'], required: true },
            dtype: { kind: 'word', words: ['f32', 'f16', 'bf16'] },
          }, 'cache', r, head.span);
          if (ok) k.sincos = { kind: 'cache', layout: values.layout as 'cos_sin' | 'split', dtype: (values.dtype as 'f32' | 'f16' | 'bf16' | undefined) ?? null };
        } else {
          r.error('RC065', `sincos must be 'compute', 'table(max_positions N)' or 'cache(layout cos_sin | split)', got ${describe(head)}`, head?.span ?? sub.keywordSpan);
        }
        break;
      }
      case 'norm': {
        // Each head of q and k normalized over its head_dim before it rotates (Qwen3, Gemma 3, Llama 4).
        const head = a[0];
        noMoreAtoms(a, 1, 'norm', r);
        if (head?.kind === 'call' && head.name === 'rms') {
          const { values, ok } = readArgs(head.entries, {
            eps: { kind: 'number', rule: { above: 0, max: 1 }, required: true },
            weight: { kind: 'word', words: ['scale', 'none', 'one_plus'] },
          }, 'rms', r, head.span);
          ctx.draft.normSpan = sub.span;
          if (ok) k.norm = { kind: 'rms', eps: values.eps as number, weight: (values.weight as 'scale' | 'none' | 'one_plus' | undefined) ?? 'scale' };
        } else {
          r.error('RC221', `norm must be 'rms(eps E)', 'rms(eps E, weight none)' or 'rms(eps E, weight one_plus)', got ${describe(head)}`, head?.span ?? sub.keywordSpan,
            "e.g. 'norm rms(eps 1e-6)': each head of q and k scaled by w / sqrt(mean(x²) + eps) before it rotates");
        }
        break;
      }
      case 'kv_cache': {
        // After the rotation, k and v are also stored into the caller's KV cache at slot_mapping[token].
        const head = a[0];
        noMoreAtoms(a, 1, 'kv_cache', r);
        ctx.draft.kvCacheSpan = sub.span;
        const dtype = { kind: 'word', words: ['fp8_e4m3'] } as const;
        const fp8 = (values: Record<string, unknown>) => (values.dtype === 'fp8_e4m3' ? { dtype: 'fp8_e4m3' as const } : {});
        if (head?.kind === 'ident' && head.name === 'slots') k.kvCache = { kind: 'slots' };
        else if (head?.kind === 'call' && head.name === 'slots') {
          const { values, ok } = readArgs(head.entries, { dtype }, 'slots', r, head.span);
          if (ok) k.kvCache = { kind: 'slots', ...fp8(values) };
        } else if (head?.kind === 'call' && head.name === 'paged') {
          const { values, ok } = readArgs(head.entries, {
            block: { kind: 'number', rule: { integer: true, min: 1, max: 1 << 16 }, required: true },
            layout: { kind: 'word', words: ['nhd', 'hnd'] },
            slots: { kind: 'word', words: ['mapping', 'table'] },
            dtype,
          }, 'paged', r, head.span);
          if (ok) {
            k.kvCache = { kind: 'paged', block: values.block as number, layout: (values.layout as 'nhd' | 'hnd' | undefined) ?? 'nhd', ...(values.slots === 'table' ? { table: true as const } : {}), ...fp8(values) };
          }
        } else {
          r.error('RC223', `kv_cache must be 'slots', 'slots(dtype fp8_e4m3)' or 'paged(block N)' / 'paged(block N, layout hnd, dtype fp8_e4m3)', got ${describe(head)}`, head?.span ?? sub.keywordSpan,
            "e.g. 'kv_cache paged(block 16)': rotated k and v stored into [cache_blocks, 16, k_heads, head_dim] at slot_mapping[token]");
        }
        break;
      }
      case 'precision': {
        const p = readWord(a[0], 'precision', ['exact', 'fast'] as const, r, sub.keywordSpan);
        noMoreAtoms(a, 1, 'precision', r);
        if (p) k.precision = p;
        break;
      }
    }
    if (sub.block) r.error('RC066', `'${sub.keyword}' takes no block`, sub.blockSpan ?? sub.span);
  }
  if (k.qHeads === 0 && k.kHeads === 0) {
    r.error('RC097', 'q and k both have 0 heads: nothing is rotated', s.keywordSpan, "give one of them heads (q heads 0 rotates k only, k heads 0 q only)");
  }
  if (stridedSpan && k.layout === 'bhsd') {
    r.error('RC094', 'strided views need tokens outermost: layout [tokens, heads, dim] or [batch, seq, heads, dim]', stridedSpan);
  }
  draft.kernel = k;
}

// ------------------------------------------------------------------------------------------------
// Whole-spec rules

export const STATEMENTS = Object.keys(HANDLERS);
const REQUIRED = ['head_dim', 'frequencies', 'positions'];

export function checkDecl(decl: RopeDecl, file: string, source: string): { spec?: Spec; diagnostics: Diagnostic[] } {
  const r = new Reporter(file, source);
  const draft: Draft = {};
  const ctx: Ctx = { r, draft, decl };
  const nameProblem = identifierProblem(decl.name, 'spec');
  if (decl.name === '') r.error('RC067', "a rope block needs a name: rope my_model { … }", decl.nameSpan);
  else if (nameProblem) r.error('RC068', nameProblem, decl.nameSpan);
  const seen = new Map<string, Statement>();
  for (const s of decl.statements) {
    const handler = HANDLERS[s.keyword];
    if (!handler) {
      r.error('RP004', `unknown statement '${s.keyword}'`, s.keywordSpan, didYouMean(s.keyword, STATEMENTS));
      continue;
    }
    if (seen.has(s.keyword)) {
      r.error('RC069', `'${s.keyword}' is given twice`, s.keywordSpan, 'each statement may appear once in a rope block');
      continue;
    }
    seen.set(s.keyword, s);
    if (s.block && !['frequencies', 'kernel'].includes(s.keyword) && !(s.keyword === 'positions')) {
      r.error('RC070', `'${s.keyword}' takes no block`, s.blockSpan ?? s.span);
    }
    handler(s, ctx);
  }
  // An unknown statement that is a typo of a required one already carries the suggestion.
  const typos = new Set(decl.statements.filter((s) => !HANDLERS[s.keyword]).map((s) => closest(s.keyword, STATEMENTS)));
  for (const req of REQUIRED) {
    if (!seen.has(req) && !typos.has(req)) r.error('RC001', `rope '${decl.name}' has no '${req}' statement`, decl.nameSpan, requiredHint(req));
  }
  const spec = finish(draft, decl, file, r, seen);
  return { spec: r.diagnostics.length === 0 ? spec : undefined, diagnostics: r.diagnostics };
}

function requiredHint(stmt: string): string {
  switch (stmt) {
    case 'head_dim': return 'add e.g. head_dim 128';
    case 'frequencies': return 'add e.g. frequencies base 10000';
    default: return 'add e.g. positions index';
  }
}

function finish(d: Draft, decl: RopeDecl, file: string, r: Reporter, seen: Map<string, Statement>): Spec | undefined {
  if (d.headDim === undefined || !d.frequencies || !d.positions) return undefined;
  const headDim = d.headDim;
  // rotary dim
  let rotaryDim = headDim;
  let rotaryOffset = 0;
  if (d.rotary) {
    rotaryOffset = d.rotary.offset;
    if (d.rotary.dim !== undefined) rotaryDim = d.rotary.dim;
    else if (d.rotary.factor !== undefined) rotaryDim = Math.floor(headDim * d.rotary.factor);
    // HF: int(head_dim * partial_rotary_factor); an odd result cannot rotate.
    if (rotaryDim % 2 !== 0) {
      r.error('RC071', `rotary dimension ${rotaryDim} is odd`, d.rotary.span, 'the rotary dimension must be even');
      return undefined;
    }
    if (rotaryDim < 2) {
      r.error('RC072', `rotary dimension ${rotaryDim} is too small`, d.rotary.span);
      return undefined;
    }
    if (rotaryDim + rotaryOffset > headDim) {
      r.error('RC007', `rotary dim ${rotaryDim} at offset ${rotaryOffset} exceeds head_dim ${headDim}`, d.rotary.span);
      return undefined;
    }
  }
  const pairs = rotaryDim / 2;
  // A broken axes statement already has its diagnostics; checking positions against a default
  // axis would only add noise.
  if (seen.has('axes') && !d.axes) return undefined;
  const axes: AxesSpec = d.axes ? stripSpan(d.axes) : { kind: 'single', name: 'pos' };
  const axesSpan = d.axes?.span ?? decl.nameSpan;
  const names = axisNames(axes);
  // sizes add up
  if (axes.kind === 'lanes') {
    const sum = axes.axes.reduce((s, a) => s + a.size, 0);
    if (sum !== rotaryDim) {
      r.error('RC008', `axis lanes add up to ${sum}, but the rotary dimension is ${rotaryDim}`, axesSpan,
        `sizes in 'lanes' count lanes; they must add up to ${rotaryDim}`);
    }
  } else if (axes.kind !== 'single') {
    const sum = axes.axes.reduce((s, a) => s + a.size, 0);
    if (sum !== pairs) {
      r.error('RC073', `axis sections add up to ${sum} pairs, but the rotary dimension ${rotaryDim} has ${pairs} pairs`, axesSpan,
        sum * 2 === pairs * 4 || sum === rotaryDim ? `sizes in '${axes.kind}' count pairs, not lanes: halve them` : undefined);
    }
  }
  // frequencies
  const freq = d.frequencies;
  const freqSpan = freq.span;
  for (const [ax, _] of Object.entries(freq.perAxis)) {
    if (!names.includes(ax)) {
      r.error('RC074', `frequency override for unknown axis '${ax}'`, freqSpan, didYouMean(ax, names));
    }
  }
  if (freq.source.kind === 'list') {
    const expected = freq.over === 'rotary' ? [pairs] : axisPairCounts(axes, pairs);
    if (!expected.every((n) => n === (freq.source as { values: number[] }).values.length)) {
      r.error('RC015', `frequencies list has ${freq.source.values.length} entries, but a table here has ${[...new Set(expected)].join(' or ')} pairs`, freqSpan);
    }
  }
  if (freq.source.kind === 'proportional') {
    const counts = freq.over === 'rotary' ? [pairs] : axisPairCounts(axes, pairs);
    const fewest = Math.min(...counts);
    if (freq.source.rotated > fewest) {
      r.error('RC200', `proportional rotates ${freq.source.rotated} pairs, but a table here has ${fewest}`, freqSpan,
        `'rotated' counts pairs; it can be at most ${fewest}`);
    }
  }
  if (freq.source.kind === 'periods_range') {
    const counts = freq.over === 'rotary' ? [pairs] : axisPairCounts(axes, pairs);
    if (counts.some((n) => n < 2)) r.error('RC075', 'periods(min, max) needs at least two pairs per table', freqSpan);
  }
  // scaling
  const scaling = d.scaling ? stripSpan(d.scaling) : null;
  if (d.scaling && scaling) {
    if (freq.source.kind !== 'base' && scaling.kind !== 'factors' && scaling.kind !== 'linear') {
      r.error('RC076', `scaling ${scaling.kind} applies to 'frequencies base N' only`, d.scaling.span);
    }
    if (freq.over === 'axis' && !['linear', 'factors'].includes(scaling.kind)) {
      r.error('RC077', `scaling ${scaling.kind} is defined for one table over the rotary dimension, not 'over axis'`, d.scaling.span);
    }
    const tableLen = freq.over === 'rotary' ? [pairs] : axisPairCounts(axes, pairs);
    if (scaling.kind === 'longrope') {
      for (const [which, list] of [['short', scaling.short], ['long', scaling.long]] as const) {
        if (list.length !== pairs) {
          r.error('RC078', `longrope ${which} has ${list.length} factors; the rotary dimension ${rotaryDim} needs ${pairs}`, d.scaling.span);
        }
      }
    }
    if (scaling.kind === 'factors' && !tableLen.every((n) => n === scaling.values.length)) {
      r.error('RC079', `factors has ${scaling.values.length} entries; a table here has ${[...new Set(tableLen)].join(' or ')} pairs`, d.scaling.span);
    }
  }
  // positions ↔ axes
  const pos = stripSpan(d.positions);
  const posSpan = d.positions.span;
  if (pos.kind === 'grid') {
    for (const n of names) {
      if (!pos.axes.includes(n)) {
        r.error('RC010', `axis '${n}' has no position source: the grid has ${pos.axes.join(', ')}`, posSpan,
          closest(n, pos.axes) ? `did you mean to name the grid axis '${closest(n, pos.axes)}' '${n}'?` : `add '${n}' to grid(…)`);
      }
    }
    for (const g of pos.axes) {
      if (!names.includes(g)) r.error('RC080', `grid axis '${g}' is not an axis of this spec (${names.join(', ')})`, posSpan, didYouMean(g, names));
    }
  }
  if (pos.kind === 'mrope' && names.length !== 3) {
    r.error('RC081', `mrope positions need three axes (t, h, w); this spec has ${names.length}`, posSpan);
  }
  // kernel
  const kernel = d.kernel ?? {
    qHeads: null, kHeads: null, layout: 'thd', dtype: 'f32', inplace: false, sincos: { kind: 'compute' }, precision: 'exact',
  };
  const kernelSpan = seen.get('kernel')?.span ?? decl.nameSpan;
  if ((pos.kind === 'index' || pos.kind === 'grid') && pos.packed && kernel.layout !== 'thd') {
    r.error('RC082', 'packed sequences (cu_seqlens) need layout [tokens, heads, dim]', posSpan);
  }
  if (pos.kind === 'index' && pos.offset === 'per_sequence' && kernel.layout === 'thd' && !pos.packed) {
    r.error('RC083', "per-sequence offsets need sequences: use 'packed' or a [batch, seq, …] layout", posSpan);
  }
  if (kernel.sincos.kind === 'cache') {
    if (pos.kind !== 'tensor' || pos.dtype !== 'int') {
      r.error('RC095', 'a cos/sin cache is read at the rows a positions tensor names; these positions are not an integer tensor', kernelSpan,
        "use 'positions tensor int' (the engine's positions, e.g. vLLM's rotary_emb(positions, q, k)), or 'sincos compute'");
    }
    if (d.scaling?.kind === 'dynamic' || (d.scaling?.kind === 'longrope' && d.scaling.select === 'auto')) {
      r.error('RC096', `a cos/sin cache is built once; ${d.scaling.kind === 'dynamic' ? 'dynamic NTK scaling' : "LongRoPE's 'select auto'"} changes ω with seq_len`, kernelSpan,
        d.scaling.kind === 'dynamic' ? "use 'sincos compute'" : "choose the factors with 'select short' or 'select long', or use 'sincos compute'");
    }
  }
  if (kernel.sincos.kind === 'table') {
    const integral =
      (pos.kind === 'index') || (pos.kind === 'tensor' && pos.dtype === 'int') || pos.kind === 'mrope' ||
      (pos.kind === 'grid' && pos.normalize === 'none' && !pos.center &&
        Object.values(pos.affine).every((a) => Number.isInteger(a.stride) && Number.isInteger(a.shift) && Number.isInteger(a.scale)));
    if (d.scaling?.kind === 'dynamic') {
      r.error('RC084', 'a sin/cos table cannot follow dynamic NTK scaling, whose ω changes with seq_len', kernelSpan, "use 'sincos compute'");
    }
    if (!integral) {
      r.error('RC085', 'a sin/cos table needs whole-number positions; these positions can be fractional', kernelSpan,
        "use 'sincos compute'");
    }
  }
  // k with its own tokens: one sequence of each ([tokens, heads, dim]), as many packed sequences of
  // each (cu_seqlens, k_cu_seqlens) or batch sequences of each (seq and k_seq tokens in batch
  // layouts), a position source
  // that gives k its own positions from its own sizes, and both tensors rotated. A cos/sin cache
  // is read at k's own positions too (each checked against the cache's rows).
  if (kernel.kTokens && d.kTokensSpan) {
    const at = d.kTokensSpan;
    // (Index positions, packed or with per-sequence offsets, and packed grids: k has its own
    // k_cu_seqlens, k_offsets, k_grid_sizes.)
    const unsupported = (pos.kind === 'mrope' || pos.kind === 'timeline') && pos.input === 'segments' ? `a fused ${pos.kind} segment table` : undefined;
    if (unsupported) {
      r.error('RC218', `'k … tokens own' gives k its own positions from offsets, packed sequences, grid sizes or a positions tensor; these positions come from ${unsupported}`, at,
        "use 'positions index' (+ offset, + offsets, packed), 'grid(…)' (packed too) or a positions tensor ('mrope(…) tensor' / 'timeline tensor')");
    }
    if (kernel.qHeads === 0 || kernel.kHeads === 0) r.error('RC219', "'k … tokens own' needs both q and k: one of them has 0 heads", at);
  }
  // A norm before the rotation has no inverse that is a rotation: 'direction inverse' undoes the rotation only.
  if (kernel.norm && d.normSpan && (d.direction ?? 'forward') === 'inverse') {
    r.error('RC222', "'norm' with 'direction inverse': the inverse of a norm then a rotation is not a rotation", d.normSpan,
      "undo the rotation with a spec without 'norm' (the norm's weights and eps are not invertible per head)");
  }
  if (kernel.qOutput && d.qOutputSpan) {
    if (kernel.inplace) r.error('RC227', "'q … output fp8_e4m3' writes q's output as bytes: it cannot rotate q in place", d.qOutputSpan, "remove 'inplace' (q is read in its dtype and written as fp8 e4m3 into q_out)");
    if (kernel.qHeads === 0) r.error('RC229', 'q has 0 heads: it has no output to store as fp8 e4m3', d.qOutputSpan, "give q heads, or remove 'output fp8_e4m3'");
  }
  if (kernel.kvCache && d.kvCacheSpan) {
    if (kernel.kHeads === 0) r.error('RC224', "'kv_cache' stores k and v: k has 0 heads", d.kvCacheSpan, "give k heads, or drop 'kv_cache' (q-only rotation has no cache to write)");
    // A block table maps a token's one position to its slot: positions that are one whole number per token.
    const one = pos.kind === 'index' || (pos.kind === 'tensor' && pos.dtype === 'int' && (d.axes === undefined || d.axes.kind === 'single'));
    if (kernel.kvCache.kind === 'paged' && kernel.kvCache.table && !one) {
      r.error('RC226', "'kv_cache paged(…, slots table)' finds a token's slot from its position: the positions must be 'index' (with an offset or offsets) or 'tensor int' of one component", d.kvCacheSpan,
        "give each token's slot with slot_mapping instead (drop 'slots table')");
    }
    if (kernel.kTokens) r.error('RC225', "'kv_cache' with 'k … tokens own': slot_mapping is one slot per token of the call, and k's tokens are its own", d.kvCacheSpan);
  }
  // Per-tensor head shapes: a tensor's own head_dim and offset, the spec's where not given.
  const lanes: NonNullable<KernelSpec['lanes']> = {};
  for (const [t, given] of Object.entries(d.kernelLanes ?? {}) as ['q' | 'k', NonNullable<Draft['kernelLanes']>['q']][]) {
    if (!given) continue;
    const dim = given.headDim ?? headDim;
    const offset = given.offset ?? rotaryOffset;
    if (dim % 2 !== 0) r.error('RC210', `${t} head_dim must be even, got ${dim}`, given.span);
    else if (offset + rotaryDim > dim) {
      r.error('RC211', `${t}'s rotary lanes ${offset} … ${offset + rotaryDim - 1} (offset ${offset}, rotary dim ${rotaryDim}) pass its head_dim ${dim}`, given.span,
        `the ${rotaryDim} rotated lanes must fit in ${t}'s head: offset + ${rotaryDim} ≤ head_dim`);
    } else if (dim !== headDim || offset !== rotaryOffset) lanes[t] = { headDim: dim, offset };
  }
  if (Object.keys(lanes).length > 0) kernel.lanes = lanes;
  if (r.diagnostics.length > 0) return undefined;
  return {
    name: decl.name, file, headDim, rotaryDim, rotaryOffset,
    style: d.style ?? 'half', direction: d.direction ?? 'forward',
    frequencies: { source: freq.source, over: freq.over, perAxis: freq.perAxis },
    scaling, attentionFactor: d.attentionFactor ?? null, axes, positions: pos, kernel,
    at: {
      rope: r.at(decl.nameSpan), positions: r.at(posSpan), kernel: r.at(kernelSpan), frequencies: r.at(freqSpan),
      ...(d.scaling ? { scaling: r.at(d.scaling.span) } : {}),
      ...(seen.has('attention_factor') ? { attention: r.at(seen.get('attention_factor')!.span) } : {}),
    },
  };
}

/** Number of pairs each axis owns, in axis order. */
export function axisPairCounts(axes: AxesSpec, pairs: number): number[] {
  if (axes.kind === 'single') return [pairs];
  if (axes.kind === 'lanes') return axes.axes.map((a) => a.size / 2);
  return axes.axes.map((a) => a.size);
}

type WithoutSpan<T> = T extends unknown ? Omit<T, 'span'> : never;

function stripSpan<T extends { span: Span }>(v: T): WithoutSpan<T> {
  const { span: _span, ...rest } = v;
  return rest as WithoutSpan<T>;
}
