// The CUDA target as a table for the C-style printer: C++ types, float literals with `f`, the
// math library's float and double functions, kernel arguments reached through `const Args& a`,
// 16-byte access and 16-bit conversions through the prelude's helpers (templates/cuda/prelude.hbs),
// and static tables kept twice (__constant__ for the device, a host copy for the CPU emulation).
import { f32Literal, f64Literal } from '../common.js';
import { CStylePrinter, type TargetTable } from '../cstyle.js';
import type { Capabilities } from '../../kernel/build.js';
import type { ConstTable, Expr, Fn, KernelModule, Scalar, Ty } from '../../kernel/ir.js';
import { deadLets, legalize, pruneParams, simplify } from '../../kernel/legalize.js';
import { calls, walk } from '../../kernel/visit.js';

export const CUDA_CAPABILITIES: Capabilities = {
  compute: 'f32',
  f64: true,
  i64: true,
  accurateSinCos: true,
  items: 'threads',
  intBuffers: { positions: 'i64', offsets: 'i64', indices: 'i32' },
};

const TYPES: Record<string, string> = {
  bool: 'bool', i32: 'int32_t', u32: 'uint32_t', i64: 'int64_t', f32: 'float', f64: 'double',
  vec4f: 'float4', vec4u: 'uint4', vec2f: 'float2', f16: '__half', bf16: '__nv_bfloat16', void: 'void',
};

/** Buffers whose length the launcher passes as a size (the kernel clamps its reads of them). */
const LENGTHS: Record<string, string> = { segment_table: 'segment_words', segment_values: 'segment_value_count' };

const isFloat = (ty: string) => ty === 'f32' || ty === 'f64';
const fn32 = (name: string, ty: string) => (ty === 'f32' ? `${name}f` : name);

function cudaTable(needsArgs: Set<string>, staticTables: Set<string>): TargetTable {
  return {
    type: (ty) => TYPES[ty],
    literal: (ty, x) => {
      if (ty === 'f32') return `${f32Literal(x)}f`;
      if (ty === 'f64') return f64Literal(x);
      if (ty === 'bool') return x ? 'true' : 'false';
      if (ty === 'u32') return x >= 255 ? `0x${x.toString(16)}u` : `${x}u`;
      return String(x);
    },
    expr: (x, p) => {
      switch (x.op) {
        case 'cast': return `static_cast<${TYPES[x.ty]}>(${p(x.a)})`;
        case 'bitcast': return x.ty === 'f32' ? `ropec_as_float(static_cast<uint32_t>(${p(x.a)}))` : `static_cast<${TYPES[x.ty]}>(${p(x.a)})`;
        case 'unary':
          if (['floor', 'trunc', 'rint', 'sin', 'cos'].includes(x.fn)) return `${fn32(x.fn, x.ty)}(${p(x.a)})`;
          if (x.fn === 'abs') return isFloat(x.ty) ? `${fn32('fabs', x.ty)}(${p(x.a)})` : `llabs(${p(x.a)})`;
          if (x.fn === 'isFinite') return `isfinite(${p(x.a)})`;
          return undefined;
        case 'binary':
          if (x.fn === 'min' || x.fn === 'max') return `ropec_${x.fn}(${p(x.a)}, ${p(x.b)})`;
          return undefined;
        case 'fma': return `${fn32('fma', x.ty)}(${p(x.a)}, ${p(x.b)}, ${p(x.c)})`;
        case 'vec': return `make_${TYPES[x.ty]}(${x.parts.map(p).join(', ')})`;
        case 'sincos': return `${x.fast ? 'ropec_sincos_fast' : 'ropec_sincos'}(${p(x.a)})`;
        case 'decode':
          return x.a.ty === 'u32' ? `ropec_${x.from}_from_bits(${p(x.a)})` : `ropec_to_float(${p(x.a)})`;
        case 'encode':
          return x.ty === 'u32' ? `ropec_${x.to}_bits(${p(x.a)})` : `ropec_to_${x.to}(${p(x.a)})`;
        case 'load':
          if (x.ty === 'vec4f' || x.ty === 'vec4u') return `ropec_load_${x.ty}(a.${x.buffer} + ${p(x.index)})`;
          return undefined;
        case 'length': return `a.${LENGTHS[x.buffer]}`;
        case 'call': return `${x.fn}(${[...(needsArgs.has(x.fn) ? ['a'] : []), ...x.args.map(p)].join(', ')})`;
        default: return undefined;
      }
    },
    stmt: (x, p) => {
      if (x.op === 'store' && (x.value.ty === 'vec4f' || x.value.ty === 'vec4u')) return [`ropec_store_${x.value.ty}(a.${x.buffer} + ${p(x.index)}, ${p(x.value)});`];
      if (x.op === 'call') return [`${x.fn}(${[...(needsArgs.has(x.fn) ? ['a'] : []), ...x.args.map(p)].join(', ')});`];
      return undefined;
    },
    decl: (name, ty, mutable, value) => `${mutable ? '' : 'const '}${TYPES[ty]} ${name} = ${value};`,
    array: (name, ty, size) => `${TYPES[ty]} ${name}[${size}];`,
    forHeader: (name, ty, from, to, step) => `for (${TYPES[ty]} ${name} = ${from}; ${name} < ${to}; ${step === 1 ? `++${name}` : `${name} += ${step}`})`,
    unroll: 'ROPEC_UNROLL',
    fnHeader: (fn: Fn) => `__host__ __device__ inline ${TYPES[fn.ret]} ${fn.name}(${[
      ...(needsArgs.has(fn.name) ? ['const Args& a'] : []),
      ...fn.params.map((q) => `${TYPES[q.ty]} ${q.name}`),
    ].join(', ')})`,
    param: (name) => `a.${name}`,
    buffer: (name) => `a.${name}`,
    table: (t) => (t.dynamic ? `a.${t.name}` : staticTables.has(t.name) ? `ROPEC_CONST(${t.name})` : t.name),
    select: (cond, a, b) => `${cond} ? ${a} : ${b}`,
  };
}

/** Functions that reach the kernel arguments (directly or through a callee). */
function argsUsers(m: KernelModule, dynamicTables: Set<string>): Set<string> {
  const direct = new Set<string>();
  for (const f of m.functions) {
    let uses = false;
    walk(f.body, (x) => {
      if (x.op === 'param' || x.op === 'load' || x.op === 'length' || (x.op === 'table' && dynamicTables.has(x.name))) uses = true;
    }, (st) => { if (st.op === 'store') uses = true; });
    if (uses) direct.add(f.name);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const f of m.functions) {
      if (direct.has(f.name)) continue;
      if ([...calls(f.body)].some((g) => direct.has(g))) {
        direct.add(f.name);
        changed = true;
      }
    }
  }
  return direct;
}

export interface CudaKernelText {
  /** `constexpr`s, tables, the Args struct fields and the device functions. */
  constants: string[];
  argsFields: string[];
  functions: string[];
  /** Per entry: the body of `work_NAME(const Args& a, int64_t item)` and its item count. */
  entries: { name: string; count: string; body: string[] }[];
}

export function printCudaKernel(input: KernelModule): CudaKernelText {
  const m = legalize(input, [simplify, pruneParams, deadLets]);
  const dynamic = new Set(m.constants.filter((t) => t.dynamic).map((t) => t.name));
  const staticTables = new Set(m.constants.filter((t) => !t.dynamic).map((t) => t.name));
  const needsArgs = argsUsers(m, dynamic);
  const printer = new CStylePrinter(cudaTable(needsArgs, staticTables), new Map(m.constants.map((t) => [t.name, t])));
  const constants = m.constants.filter((t) => !t.dynamic).flatMap((t) => constTable(t, printer));
  const argsFields = [
    ...m.buffers.map((b) => `${b.access === 'read' ? 'const ' : ''}${b.name === 'q_in' || b.name === 'q_out' || b.name === 'k_in' || b.name === 'k_out' ? 'elem_t' : TYPES[b.element]}* ${b.name};`),
    ...m.sizes.map((x) => `int64_t ${x.name};`),
    ...Object.entries(LENGTHS).filter(([buf]) => m.buffers.some((b) => b.name === buf)).map(([, n]) => `int64_t ${n};`),
    ...m.constants.filter((t) => t.dynamic).map((t) => `${TYPES[t.ty]} ${t.name}[kPairs];`),
  ];
  const functions = orderedFns(m).map((f) => printer.fn(f));
  const entries = m.entries.map((x) => {
    if (x.kind !== 'threads') throw new Error('cuda: entries are thread grids');
    return { name: x.name, count: printer.expr(x.count), body: printer.block(x.body) };
  });
  return { constants, argsFields, functions, entries };
}

function constTable(t: ConstTable, printer: CStylePrinter): string[] {
  const values = t.values.map((x) => printer.expr({ op: 'const', ty: t.ty, value: x })).join(', ');
  const ty = t.ty === 'u32' ? 'unsigned char' : TYPES[t.ty];
  return [
    ...(t.doc ? [`/** ${t.doc} */`] : []),
    `__constant__ ${ty} ${t.name}_dev[${t.values.length}] = { ${values} };`,
    `[[maybe_unused]] static const ${ty} ${t.name}_host[${t.values.length}] = { ${values} };`,
  ];
}

function orderedFns(m: KernelModule): Fn[] {
  const byName = new Map(m.functions.map((f) => [f.name, f]));
  const done = new Set<string>();
  const out: Fn[] = [];
  const visit = (f: Fn) => {
    if (done.has(f.name)) return;
    done.add(f.name);
    for (const g of calls(f.body)) if (byName.has(g)) visit(byName.get(g)!);
    out.push(f);
  };
  m.functions.forEach(visit);
  return out;
}

export type { Expr, Scalar, Ty };
