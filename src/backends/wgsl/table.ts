// The WGSL target as a table for the C-style printer, and the legalizations its limits select:
// no f64 and no 64-bit integers (positions as whole + fraction, u32 indices), sin/cos only 2^-11
// accurate (the exact angle evaluates its own polynomial), 16-bit storage packed in u32 words or
// q and k bound as 16-byte vectors (stores rewrite whole words or vectors, so items own them),
// every buffer access bounds-checked, loops over a chunk's pairs unrolled (no dynamically indexed
// local arrays). Run-time sizes live in the uniform block `params`.
import { f32Literal } from '../common.js';
import { CStylePrinter, type TargetTable } from '../cstyle.js';
import type { Capabilities } from '../../kernel/ir.js';
import { c, e, type Buffer, type Fn, type KernelModule, type Scalar, type Ty } from '../../kernel/ir.js';
import { arraysToLocals, boundsCheck, deadLets, legalize, pack16, pack8, packReadOnly16, pruneParams, simplify, tablesAsBuffers, unroll, vectorBound, type KernelObserver, type Pass } from '../../kernel/legalize.js';
import { orderedFunctions } from '../../kernel/visit.js';

export const WGSL_CAPABILITIES: Capabilities = {
  compute: 'f32',
  f64: false,
  i64: false,
  accurateSinCos: false,
  viewStarts: true,
  items: 'threads',
  intBuffers: { positions: 'i32', offsets: 'i32', indices: 'u32' },
};

const TYPES: Record<string, string> = {
  bool: 'bool', i32: 'i32', u32: 'u32', f32: 'f32', f16: 'f16', vec4f: 'vec4<f32>', vec4u: 'vec4<u32>', vec2f: 'vec2<f32>', au32: 'atomic<u32>',
};

/** Binding names: q and k are the outputs; out of place reads q_src and k_src. */
export const bindingName = (name: string) => ({ q_out: 'q', k_out: 'k', q_in: 'q_src', k_in: 'k_src' } as Record<string, string>)[name] ?? name;
/** ω tables that depend on seq_len are storage bindings named in lower case. */
/** The binding of a table the host fills per call (tablesAsBuffers). */
export const dynamicBinding = (table: string) => table.toLowerCase();

const table: TargetTable = {
  type: (ty) => TYPES[ty],
  literal: (ty, x) => {
    if (ty === 'f32') return f32Literal(x);
    if ((ty as string) === 'f16') return `${f32Literal(x)}h`;
    if (ty === 'bool') return x ? 'true' : 'false';
    if (ty === 'u32') return x >= 255 ? `0x${x.toString(16)}u` : `${x}u`;
    return `${x}i`;
  },
  expr: (x, p) => {
    switch (x.op) {
      case 'bitcast': return `bitcast<${TYPES[x.ty]}>(${p(x.a)})`;
      case 'unary':
        if (x.fn === 'rint') return `round(${p(x.a)})`;
        return undefined;
      case 'decode':
        if (x.a.ty === 'f16') return `f32(${p(x.a)})`;
        return x.from === 'f16' ? `unpack2x16float(${p(x.a)}).x` : `bitcast<f32>(${p(e.shl(x.a, c.u32(16)))})`;
      case 'encode':
        if (x.to === 'e4m3' && x.ty !== 'u32') throw new Error('wgsl: an e4m3 store reached the printer (pack8 writes fp8 bytes as words)');
        if (x.ty === 'f16') return `f16(unpack2x16float(f16_bits(${p(x.a)})).x)`;
        return `${x.to}_bits(${p(x.a)})`;
      case 'sincos': return `vec2<f32>(cos(${p(x.a)}), sin(${p(x.a)}))`;
      case 'length': return `arrayLength(&${bindingName(x.buffer)})`;
      default: return undefined;
    }
  },
  decl: (name, ty, mutable, value) => `${mutable ? 'var' : 'let'} ${name}: ${TYPES[ty]} = ${value};`,
  array: (name, ty, size) => `var ${name}: array<${TYPES[ty]}, ${size}>;`,
  forHeader: (name, ty, from, to, step) => `for (var ${name}: ${TYPES[ty]} = ${from}; ${name} < ${to}; ${step === 1 ? `${name}++` : `${name} += ${step}`})`,
  fnHeader: (fn: Fn) => `fn ${fn.name}(${fn.params.map((q) => `${q.name}: ${TYPES[q.ty]}`).join(', ')})${fn.ret === 'void' ? '' : ` -> ${TYPES[fn.ret]}`}`,
  param: (name) => `params.${name}`,
  buffer: bindingName,
  table: (t) => t.name,
  select: (cond, a, b) => `select(${b}, ${a}, ${cond})`,
};

export interface WgslBinding {
  binding: number;
  name: string;
  /** WGSL declaration: `uniform` or `storage, read` / `storage, read_write`. */
  space: string;
  type: string;
  /** The module buffer it holds (or 'params', or a dynamic ω table). */
  source: string;
  element: string;
}

export interface WgslKernelText {
  bindings: WgslBinding[];
  uniform: { name: string; type: 'u32' | 'i32' | 'f32'; offset: number }[];
  uniformSize: number;
  constants: string[];
  functions: string[];
  entries: { name: string; count: string; body: string[]; doc: string }[];
  /** Prelude functions the text calls (f16_bits, bf16_bits, e4m3_bits). */
  codecs: string[];
}

export interface WgslStorage {
  /** 'packed': f16/bf16 two per u32 word; 'native': array<f16> (enable f16); 'vector': 16-byte vectors. */
  kind: 'plain' | 'packed' | 'native' | 'vector';
  dtype: 'f32' | 'f16' | 'bf16';
}

/** The passes WGSL's limits select for this storage. */
export function wgslPasses(storage: WgslStorage): Pass[] {
  const passes: Pass[] = [simplify, unroll, arraysToLocals, tablesAsBuffers(dynamicBinding), packReadOnly16];
  if (storage.kind === 'vector') passes.push(vectorBound(storage.dtype));
  if (storage.kind === 'packed') passes.push(pack16(storage.dtype as 'f16' | 'bf16'));
  passes.push(pack8, boundsCheck, simplify, pruneParams, deadLets);
  return passes;
}

export function printWgslKernel(input: KernelModule, storage: WgslStorage, observe?: KernelObserver): WgslKernelText {
  const m = legalize(input, wgslPasses(storage), observe);
  const printer = new CStylePrinter(table, new Map(m.constants.map((t) => [t.name, t])));
  const bindings: WgslBinding[] = [];
  const add = (name: string, space: string, type: string, source: string, element: string) =>
    bindings.push({ binding: bindings.length, name, space, type, source, element });
  add('params', 'uniform', 'Params', 'params', 'struct Params');
  const buffer = (b: Buffer) => add(bindingName(b.name), b.access === 'read' ? 'storage, read' : 'storage, read_write', `array<${TYPES[b.element]}>`, b.name, TYPES[b.element]);
  // q, k, the position inputs, ω tables, the sin/cos table, then the out-of-place sources.
  const rank = (b: Buffer) => (b.name === 'q_in' || b.name === 'k_in' ? 3 : b.name === 'sincos_table' ? 2 : b.name.startsWith('turns_') || b.name === 'omega' ? 1 : 0);
  for (const b of [...m.buffers].sort((x, y) => rank(x) - rank(y))) buffer(b);
  const uniform = [...m.sizes.map((x) => ({ name: x.name, type: x.ty as 'u32' | 'i32' | 'f32' })), { name: 'row_threads', type: 'u32' as const }]
    .map((f, i) => ({ ...f, offset: 4 * i }));
  const constants = m.constants.filter((t) => !t.dynamic).flatMap((t) => [
    ...(t.doc ? [`// ${t.doc}`] : []),
    `const ${t.name} = array<${TYPES[t.ty]}, ${t.values.length}>(${t.values.map((x) => printer.expr({ op: 'const', ty: t.ty, value: x })).join(', ')});`,
  ]);
  const functions = orderedFunctions(m).map((f) => printer.fn(f));
  const entries = m.entries.map((x) => {
    if (x.kind !== 'threads') throw new Error('wgsl: entries are thread grids');
    return { name: x.name, count: printer.expr(x.count), body: printer.block(x.body), doc: x.doc };
  });
  const all = [...functions, ...entries.flatMap((x) => x.body)].join('\n');
  const codecs = ['f16_bits', 'bf16_bits', 'e4m3_bits'].filter((c) => all.includes(`${c}(`));
  return { bindings, uniform, uniformSize: Math.ceil((4 * uniform.length) / 16) * 16, constants, functions, entries, codecs };
}

export type { Scalar, Ty };
