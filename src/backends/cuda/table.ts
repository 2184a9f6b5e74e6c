// The CUDA target as a table for the C-style printer: C++ types, float literals with `f`, the
// math library's float and double functions, kernel arguments reached through `const Args& a`,
// 16-byte access and 16-bit conversions through the prelude's helpers (templates/cuda/prelude.hbs),
// and static tables kept twice (__constant__ for the device, a host copy for the CPU emulation).
import { f32Literal, f64Literal } from '../common.js';
import { CStylePrinter, type PrintedPart, type TargetTable } from '../cstyle.js';
import type { HostChecks } from '../../kernel/checks.js';
import type { Capabilities } from '../../kernel/ir.js';
import type { ConstTable, Expr, Fn, KernelModule, Scalar, Stmt, Ty } from '../../kernel/ir.js';
import { deadLets, dropUnread, legalize, pruneParams, simplify, type KernelObserver } from '../../kernel/legalize.js';
import { calls, walk } from '../../kernel/visit.js';

export const CUDA_CAPABILITIES: Capabilities = {
  compute: 'f32',
  f64: true,
  i64: true,
  accurateSinCos: true,
  viewStarts: false,
  items: 'threads',
  intBuffers: { positions: 'i64', offsets: 'i64', indices: 'i32' },
};

const TYPES: Record<string, string> = {
  bool: 'bool', i32: 'int32_t', u32: 'uint32_t', i64: 'int64_t', f32: 'float', f64: 'double',
  vec4f: 'float4', vec4u: 'uint4', vec2f: 'float2', f16: '__half', bf16: '__nv_bfloat16', e4m3: '__nv_fp8_e4m3', void: 'void',
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
          if (['floor', 'trunc', 'rint', 'sqrt', 'sin', 'cos'].includes(x.fn)) return `${fn32(x.fn, x.ty)}(${p(x.a)})`;
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
          // fp8: CUDA's own conversion (nearest even, saturating: __NV_SATFINITE).
          if (x.to === 'e4m3') return x.ty === 'u32' ? `static_cast<uint32_t>(__nv_fp8_e4m3(${p(x.a)}).__x)` : `__nv_fp8_e4m3(${p(x.a)})`;
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

export function printCudaKernel(input: KernelModule, observe?: KernelObserver): CudaKernelText {
  const m = legalize(input, [simplify, pruneParams, deadLets], observe);
  const dynamic = new Set(m.constants.filter((t) => t.dynamic).map((t) => t.name));
  const staticTables = new Set(m.constants.filter((t) => !t.dynamic).map((t) => t.name));
  const needsArgs = argsUsers(m, dynamic);
  const printer = new CStylePrinter(cudaTable(needsArgs, staticTables), new Map(m.constants.map((t) => [t.name, t])));
  const constants = m.constants.filter((t) => !t.dynamic).flatMap((t) => constTable(t, printer));
  const argsFields = [
    ...m.buffers.map((b) => `${b.access === 'read' ? 'const ' : ''}${(b.name === 'q_in' || b.name === 'q_out' || b.name === 'k_in' || b.name === 'k_out') && b.element !== 'e4m3' ? 'elem_t' : TYPES[b.element]}* ${b.name};`),
    ...m.sizes.map((x) => `${x.ty === 'f32' ? 'float' : 'int64_t'} ${x.name};`),
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

// ------------------------------------------------------------------------------------------------
// Host code: the argument checks of kernel/checks.ts as C++ that returns cudaErrorInvalidValue
// through ropec_refuse (the message is kept for ropec_NAME_last_error()).

/** Arrays a host check function takes, in parameter order, with their C types and length parameters. */
const HOST_ARRAYS: { name: string; type: string; length?: string }[] = [
  { name: 'segment_table', type: 'const int32_t*', length: 'segment_words' },
  { name: 'segment_values', type: 'const float*', length: 'segment_value_count' },
  { name: 'grid_sizes', type: 'const int32_t*' },
  { name: 'k_grid_sizes', type: 'const int32_t*' },
  { name: 'cu_seqlens', type: 'const int32_t*' },
  { name: 'k_cu_seqlens', type: 'const int32_t*' },
  { name: 'positions', type: 'const int64_t*' },
  { name: 'k_positions', type: 'const int64_t*' },
];
/** Lengths of the arrays that have no length parameter, in the check functions' own terms. */
const DERIVED_LENGTHS: Record<string, string> = { cu_seqlens: '(batch + 1)', k_cu_seqlens: '(batch + 1)' };

/** The host arrays `body` reads, in parameter order. */
function hostArrays(body: Stmt[]): typeof HOST_ARRAYS {
  const read = new Set<string>();
  walk(body, (x) => {
    if (x.op === 'load' || x.op === 'length') read.add(x.buffer);
    if (x.op === 'is' && !x.size) read.add(x.name);
  });
  return HOST_ARRAYS.filter((a) => read.has(a.name));
}

const arrayArgs = (arrays: typeof HOST_ARRAYS) => arrays.flatMap((a) => (a.length ? [a.name, a.length] : [a.name]));

function formatPart(m: PrintedPart): { text: string; args: string[] } {
  if ('text' in m) return { text: m.text.replace(/[\\"%]/g, (ch) => (ch === '%' ? '%%' : `\\${ch}`)), args: [] };
  if ('pick' in m) return { text: '%s', args: [`${m.among.slice(0, -1).map((w, i) => `${m.pick} == ${i} ? "${w}" : `).join('')}"${m.among[m.among.length - 1]}"`] };
  if ('typeOf' in m) throw new Error('cuda: a C argument has a fixed type');
  return isFloat(m.ty) ? { text: '%.9g', args: [`static_cast<double>(${m.value})`] } : { text: '%lld', args: [`static_cast<long long>(${m.value})`] };
}

function hostTable(fns: Map<string, Fn>): TargetTable {
  const base = cudaTable(new Set(), new Set());
  return {
    ...base,
    // Integers past 2^31 exactly (a float64 prints its shortest form, 2^62 as 4611686018427388000).
    literal: (ty, x) => (ty === 'i64' && Math.abs(x) > 2 ** 31 ? `${BigInt(x)}LL` : base.literal(ty, x)),
    expr: (x, p, operand) => {
      switch (x.op) {
        case 'is':
          switch (x.test) {
            case 'given': return x.size ? 'true' : `(${x.name} != NULL)`;
            case 'whole': return `(${x.name} >= 0)`;
            case 'pointer': return `(${x.name} != NULL && ropec_aligned(${x.name}, sizeof(*${x.name})))`;
            case 'hostMemory': return 'ropec_host_memory()';
            case 'sharesWithQ': case 'sharesWithK': return 'true';
            default: throw new Error(`cuda: no host test ${x.test}`);
          }
        case 'unary':
          if (x.fn === 'isInteger') return 'true';
          return base.expr!(x, p, operand);
        case 'length': return HOST_ARRAYS.find((a) => a.name === x.buffer)?.length ?? DERIVED_LENGTHS[x.buffer];
        // Addresses in elements (the pointers are aligned to their element: the pointer check).
        case 'start': return `static_cast<int64_t>(reinterpret_cast<uintptr_t>(${x.buffer}) / sizeof(*${x.buffer}))`;
        case 'load': return undefined;
        case 'call': throw new Error('cuda: host checks call functions as statements');
        default: return base.expr!(x, p, operand);
      }
    },
    stmt: (x, p) => {
      if (x.op === 'return' && !x.value) return ['return cudaSuccess;'];
      if (x.op === 'call') {
        const fn = fns.get(x.fn)!;
        const args = [...arrayArgs(hostArrays(fn.body)), ...x.args.map(p)].join(', ');
        return [`if (const cudaError_t status = ${x.fn}(${args}); status != cudaSuccess) return status;`];
      }
      return undefined;
    },
    fnHeader: (fn) => `static cudaError_t ${fn.name}(${[...hostArrays(fn.body).flatMap((a) => [`${a.type} ${a.name}`, ...(a.length ? [`int64_t ${a.length}`] : [])]),
      ...fn.params.map((q) => `${TYPES[q.ty]} ${q.name}`)].join(', ')})`,
    param: (name) => name,
    buffer: (name) => name,
    fail: (_check, parts) => {
      const printed = parts.map(formatPart);
      return [`return ropec_refuse("${printed.map((x) => x.text).join('')}"${printed.flatMap((x) => x.args).map((a) => `, ${a}`).join('')});`];
    },
  };
}

/** The checks of a launch (the body of prepare(); the code after it reads the locals `read`) and the check functions, as C++. */
export function printCudaChecks(checks: HostChecks, read: string[]): { body: string[]; functions: string[] } {
  const body = dropUnread(checks.body, new Set(read));
  const fns = new Map(checks.functions.map((f): [string, Fn] => [f.name, { ...f, body: [...f.body, { op: 'return' }] }]));
  const printer = new CStylePrinter(hostTable(fns), new Map());
  return { body: body.flatMap((st) => printer.stmt(st)), functions: [...fns.values()].map((f) => printer.fn(f)) };
}

// ------------------------------------------------------------------------------------------------
// Host code: the table fills of kernel/tables.ts and angle.ts as C++ statements.

/** `body` as C++ statements; sizes are locals of their names and `names` maps buffers to C expressions. */
export function printCudaHost(body: Stmt[], names: Record<string, string> = {}): string[] {
  const base = cudaTable(new Set(), new Set());
  const printer = new CStylePrinter({ ...base, param: (name) => name, buffer: (name) => names[name] ?? name }, new Map());
  return body.flatMap((st) => printer.stmt(st));
}

/** Host-only constant tables (namespace scope; unused in some launchers). */
export function cudaHostConstants(tables: ConstTable[]): string[] {
  const printer = new CStylePrinter(cudaTable(new Set(), new Set()), new Map());
  return tables.flatMap((t) => [...(t.doc ? [`/** ${t.doc} */`] : []),
    `[[maybe_unused]] static const ${TYPES[t.ty]} ${t.name}[${t.values.length}] = { ${t.values.map((x) => printer.expr({ op: 'const', ty: t.ty, value: x })).join(', ')} };`]);
}
