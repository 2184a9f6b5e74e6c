// Checks on what a user hands the command line besides specs and tensors: size lists, JSON files
// (sizes, sequences, configs). Every number must be an exact integer where one is needed, every
// key known (with a did-you-mean) and given once, before any work is done. Errors are
// RopeArgumentErrors naming the key.
import { closest } from './compiler/diagnostics.js';
import { ownTokens, type RopeIR } from './compiler/ir.js';
import { RopeArgumentError, type RopeSizes } from './compiler/runtime.js';
import { strideSizes } from './kernel/args.js';

/** Parses JSON text, refusing a key given twice in one object (JSON.parse would keep the last). */
export function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new RopeArgumentError(`not valid JSON (${(e as Error).message})`);
  }
  const repeated = jsonProblem(text);
  if (repeated && 'depth' in repeated) {
    throw new RopeArgumentError(`arrays and objects nest more than ${JSON_DEPTH} levels deep at ${repeated.path || 'the top level'}; no input of ropec nests that deep`);
  }
  if (repeated) throw new RopeArgumentError(`"${repeated.key}" is given twice in ${repeated.path || 'the top-level object'}`);
  return value;
}

/**
 * How deep JSON inputs may nest: sizes, sequences and configs need a few levels; thousands
 * overflowed the call stack of the code that reads them (an internal error instead of a message).
 */
const JSON_DEPTH = 64;

/**
 * The first key repeated within one object of valid JSON text, with the path of that object; or
 * where the text first nests deeper than JSON_DEPTH.
 */
function jsonProblem(text: string): { key: string; path: string } | { depth: number; path: string } | undefined {
  const stack: { keys: Set<string>; path: string; expectKey: boolean; lastKey: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top && top.expectKey && top.index < 0) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, path: top.path };
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      const path = !top ? '' : top.index >= 0 ? `${top.path}[${top.index}]` : top.path ? `${top.path}.${top.lastKey}` : top.lastKey;
      if (stack.length === JSON_DEPTH) return { depth: JSON_DEPTH + 1, path };
      stack.push({ keys: new Set(), path, expectKey: c === '{', lastKey: '', index: c === '[' ? 0 : -1 });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.index >= 0) top.index++;
      else top.expectKey = true;
    }
  }
  return undefined;
}

/** An integer a tensor index or count can hold exactly: |v| ≤ 2^53 − 1. */
export function isExactInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/** Refuses keys of `obj` not in `known`, suggesting the closest known one. */
export function refuseUnknownKeys(obj: Record<string, unknown>, known: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const near = closest(key, known);
    throw new RopeArgumentError(`${where}: unknown key "${key}"${near ? ` — did you mean "${near}"?` : ''} (known: ${known.join(', ')})`);
  }
}

/** The sizes a spec's call can take: the shape names, offset, seq_len and its grid axes. */
export function sizeNames(ir: RopeIR): string[] {
  const src = ir.host.positions;
  const grid = src.kind === 'grid' ? src.axes : [];
  // k with its own tokens: its count (per sequence: k_seq), offset and grid sizes (k_AXIS).
  const own = ownTokens(ir) ? [ir.kernel.layout === 'thd' ? 'k_tokens' : 'k_seq', 'k_offset', ...grid.map((a) => `k_${a}`)] : [];
  return ['tokens', 'batch', 'seq', 'q_heads', 'k_heads', 'offset', 'seq_len', ...grid, ...strideSizes(ir), ...(ir.kernel.sincos.kind === 'cache' ? ['cache_positions'] : []), ...own];
}

function setSize(sizes: RopeSizes, key: string, value: number, names: readonly string[], where: string): void {
  refuseUnknownKeys({ [key]: value }, names, where);
  if (sizes[key] !== undefined) throw new RopeArgumentError(`${where}: ${key} is given twice`);
  sizes[key] = value;
}

/** `t=16,h=32,offset=7`: known names, each once, exact integers. */
export function parseSizeList(text: string, names: readonly string[], sizes: RopeSizes = {}): RopeSizes {
  for (const part of text.split(',').map((x) => x.trim()).filter((x) => x.length > 0)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(-?\d+)$/.exec(part);
    if (!m) throw new RopeArgumentError(`--sizes: expected name=integer pairs like t=16,h=32, got '${part}'`);
    const value = Number(m[2]);
    if (!isExactInteger(value)) throw new RopeArgumentError(`--sizes: ${m[1]} = ${m[2]} is past 2^53 and cannot be held exactly`);
    setSize(sizes, m[1], value, names, '--sizes');
  }
  return sizes;
}

/** A sizes JSON object `{"t": 16, "offset": 7}`: known names, each once, exact integers. */
export function parseSizesJson(json: unknown, names: readonly string[], where: string): RopeSizes {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new RopeArgumentError(`${where}: expected a JSON object like {"t": 16}`);
  const sizes: RopeSizes = {};
  for (const [key, value] of Object.entries(json)) {
    if (!isExactInteger(value)) throw new RopeArgumentError(`${where}: ${key} must be a whole number below 2^53, got ${JSON.stringify(value)}`);
    setSize(sizes, key, value, names, where);
  }
  return sizes;
}
