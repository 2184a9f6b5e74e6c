// TypeScript as a target language, shared by the backends that print TypeScript: the C-style
// printer's table for it (numbers are float64, f32 operations through Math.fround, integer
// division truncated, typed arrays for buffers), and the host code printed with it — the argument
// checks of kernel/checks.ts and the table fills of kernel/tables.ts — that the TS module
// (backends/ts) and the WGSL host module (backends/wgsl) both carry.
import { f64Literal } from './common.js';
import { CStylePrinter, type TargetTable } from './cstyle.js';
import { e, v, type ArgTest, type ConstTable, type Expr, type Fn, type Scalar, type Stmt } from '../kernel/ir.js';
import { cacheFill, omegaFill, sincosFill } from '../kernel/tables.js';
import type { angleTableFill } from '../kernel/angle.js';
import { message, type HostChecks } from '../kernel/checks.js';
import { cacheArrays } from '../kernel/args.js';
import type { OptimizedIR, RopeIR } from '../compiler/ir.js';
import { walk } from '../kernel/visit.js';

const isInt = (ty: string) => ty === 'i32' || ty === 'u32' || ty === 'i64';

const MATH: Record<string, string> = { floor: 'Math.floor', trunc: 'Math.trunc', abs: 'Math.abs', sqrt: 'Math.sqrt', sin: 'Math.sin', cos: 'Math.cos', log2: 'Math.log2', isFinite: 'Number.isFinite' };

export const tsTable: TargetTable = {
  type: () => 'number',
  literal: (ty, x) => (ty === 'bool' ? (x ? 'true' : 'false') : ty === 'f32' || ty === 'f64' ? f64Literal(x) : String(x)),
  expr: (x, p, operand) => {
    switch (x.op) {
      case 'cast':
        if (x.ty === 'f32' && x.a.ty !== 'f32') return `Math.fround(${p(x.a)})`;
        if (isInt(x.ty) && (x.a.ty === 'f32' || x.a.ty === 'f64')) return `Math.trunc(${p(x.a)})`;
        // Numbers need no conversion; the operand keeps its grouping.
        return operand(x.a, 2);
      case 'bitcast':
        if (x.ty === 'f32') return `bitsToF32(${p(x.a)})`;
        return x.ty === 'u32' ? `(${p(x.a)} >>> 0)` : `(${p(x.a)} | 0)`;
      case 'unary':
        if (MATH[x.fn]) return `${MATH[x.fn]}(${p(x.a)})`;
        return undefined;
      case 'binary': {
        if (x.fn === 'min' || x.fn === 'max' || x.fn === 'pow') return `Math.${x.fn}(${p(x.a)}, ${p(x.b)})`;
        if (x.fn === '/' && isInt(x.ty)) return `Math.trunc(${p({ ...x, ty: 'f64' })})`;
        if (x.fn === '>>' && x.ty === 'u32') return `${operand(x.a, 5)} >>> ${operand(x.b, 4.5)}`;
        if (x.ty === 'f32' && ['+', '-', '*', '/'].includes(x.fn)) return `Math.fround(${p({ ...x, ty: 'f64' })})`;
        return undefined;
      }
      // A table of the 65 536 values (templates/ts/storage.hbs): one load, no call.
      case 'decode': return x.from === 'f16' ? `F16_VALUES[${p(x.a)}]` : `BF16_VALUES[${p(x.a)}]`;
      case 'encode': return `numberTo${x.to === 'f16' ? 'F16' : x.to === 'e4m3' ? 'E4m3' : 'Bf16'}(${p(x.a)})`;
      case 'load': return `${x.buffer}[${p(x.index)}]`;
      case 'length': return `${x.buffer}.length`;
      default: return undefined;
    }
  },
  stmt: (x, p) => {
    if (x.op === 'array') throw new Error('ts: local arrays are module scratch (printTsKernel hoists them)');
    // A Float32Array store rounds to f32 itself, exactly as Math.fround would.
    if (x.op === 'store' && x.value.op === 'cast' && x.value.ty === 'f32') return [`${x.buffer}[${p(x.index)}] = ${p(x.value.a)};`];
    // A block copy is the typed array's own (a memmove in V8).
    if (x.op === 'copy') return [`${x.dst}.set(${x.src}.subarray(${p(x.from)}, ${p(e.add(x.from, x.count))}), ${p(x.to)});`];
    return undefined;
  },
  decl: (name, _ty, mutable, value) => `${mutable ? 'let' : 'const'} ${name} = ${value};`,
  array: (name) => name,
  forHeader: (name, _ty, from, to, step) => `for (let ${name} = ${from}; ${name} < ${to}; ${step === 1 ? `${name}++` : `${name} += ${step}`})`,
  fnHeader: (fn: Fn) => `function ${fn.name}(${fn.params.map((q) => `${q.name}: number`).join(', ')}): ${fn.ret === 'void' ? 'void' : 'number'}`,
  param: (name) => name,
  buffer: (name) => name,
  table: (t) => t.name,
  select: (cond, a, b) => `${cond} ? ${a} : ${b}`,
};

export function tsConstTable(t: ConstTable, printer = new CStylePrinter(tsTable, new Map())): string {
  return `const ${t.name} = new ${t.ty === 'f64' ? 'Float64Array' : t.ty === 'f32' ? 'Float32Array' : 'Int32Array'}([${t.values.map((x) => printer.expr({ op: 'const', ty: t.ty, value: x })).join(', ')}]);`;
}

/**
 * The table fills of a TypeScript host (kernel/tables.ts, angle.ts) as module text: the constants
 * they read; omegaAt(seq_len), ω per pair; sincosTable(omega) for `sincos table` specs; and,
 * given the angle's tables and their host names, angleTables(omega) returning them by those names.
 */
export function tsTableFunctions(ir: OptimizedIR, use: { omegaAt: boolean; angle?: { fill: ReturnType<typeof angleTableFill>; name: (table: string) => string }; stubs?: boolean }): string[] {
  const printer = new CStylePrinter(tsTable, new Map());
  const body = (stmts: Stmt[]) => stmts.flatMap((st) => printer.stmt(st)).map((l) => `  ${l}`);
  const array = (ty: Scalar) => (ty === 'f64' ? 'Float64Array' : 'Float32Array');
  const omega = omegaFill(ir);
  // `stubs`: the functions a spec does not need return empty tables (a host that calls them all).
  const stub = (header: string, value: string) => (use.stubs ? [`/** Not needed by this spec. */\nfunction ${header} {\n  return ${value};\n}`] : []);
  const out = !use.omegaAt ? stub('omegaAt(_seq_len: number): Float64Array', 'new Float64Array(0)') : [
    ...omega.constants.map((t) => tsConstTable(t, printer)),
    `/** ω per pair at seq_len (a static ω ignores it). */\nfunction omegaAt(seq_len: number): Float64Array {\n  const omega = new Float64Array(${ir.pairs.length});\n${body(omega.body).join('\n')}\n  return omega;\n}`,
  ];
  const { angle } = use;
  if (angle) {
    const { tables } = angle.fill;
    out.push(`/** The tables the kernel's angle reads, from ω (ropec's angleTableFill). */\nfunction angleTables(omega: Float64Array): Record<string, Float32Array> {\n${tables.map((t) => `  const ${t.name} = new ${array(t.ty)}(${ir.pairs.length});`).join('\n')}\n${body(angle.fill.body).join('\n')}\n  return { ${tables.map((t) => `${angle.name(t.name)}: ${t.name}`).join(', ')} };\n}`);
  } else out.push(...stub('angleTables(_omega: Float64Array): Record<string, Float32Array>', '{}'));
  if (ir.kernel.sincos.kind === 'table') {
    const n = ir.kernel.sincos.maxPositions;
    out.push(`/** cos and sin of p·ω_j for p in [0, ${n}), [${n}, ${ir.pairs.length}, 2], from float64 math. */\nfunction sincosTable(omega: Float64Array): Float32Array {\n  const sincos_table = new Float32Array(${n * ir.pairs.length * 2});\n${body(sincosFill(ir)).join('\n')}\n  return sincos_table;\n}`);
  } else out.push(...stub('sincosTable(_omega: Float64Array): Float32Array', 'new Float32Array(0)'));
  const sc = ir.kernel.sincos;
  if (sc.kind === 'cache') {
    // A cache spec's ω is static (the checker refuses run-time ω).
    const arrays = cacheArrays(ir);
    const ctor = sc.dtype === 'f32' ? 'Float32Array' : 'Uint16Array';
    out.push([
      ...(use.omegaAt ? [] : omega.constants.map((t) => tsConstTable(t, printer))),
      `/**\n * The spec's cos/sin cache for positions [0, cache_positions), to pass as ${arrays.map((a) => a.name).join(' and ')} with sizes.cache_positions:\n` +
      ` * ${sc.layout === 'cos_sin' ? `row p = cos(p·ω_j)·m of the ${ir.pairs.length} pairs, then sin(p·ω_j)·m` : 'row p of each = cos (sin) of p·ω_j, times m'}, computed in float64 and rounded to ${sc.dtype}${sc.dtype === 'f32' ? '' : ' (bits)'}.\n */`,
      `export function cosSinCache(cache_positions: number): { ${arrays.map((a) => `${a.name}: ${ctor}`).join('; ')} } {`,
      `  if (!Number.isSafeInteger(cache_positions) || cache_positions < 0) throw new RangeError(\`cache_positions: expected a whole number ≥ 0, got \${cache_positions}\`);`,
      `  const omega = new Float64Array(${ir.pairs.length});`,
      ...body(omega.body),
      ...arrays.map((a) => `  const ${a.name} = new ${ctor}(cache_positions * ${a.width});`),
      ...body(cacheFill(ir)),
      `  return { ${arrays.map((a) => a.name).join(', ')} };`,
      '}',
    ].join('\n'));
  }
  return out;
}

/** `function NAME(params): number { return … }` in TypeScript, from one kernel IR host expression over number parameters. */
export function tsNumberFunction(name: string, params: string[], value: Expr, doc: string): string {
  const printer = new CStylePrinter(tsTable, new Map());
  return `/** ${doc} */\nfunction ${name}(${params.map((x) => `${x}: number`).join(', ')}): number {\n  return ${printer.expr(value)};\n}`;
}

// ------------------------------------------------------------------------------------------------
// Host code: the argument checks of kernel/checks.ts, as the body of a TypeScript function that
// has the call's sizes in `s` and its arrays in locals of their own names.

const escapeTemplate = (text: string) => text.replace(/[`\\]/g, (ch) => `\\${ch}`).replace(/\$\{/g, '\\${');

/**
 * The message of check `id` as a TypeScript template literal, for checks a host runs in its own
 * code: each hole is the given TypeScript expression, the text escaped as printed checks escape it.
 */
export function messageLiteral(id: string, holes: Record<string, string>): string {
  const parts = message(id, Object.fromEntries(Object.entries(holes).map(([name, code]) => [name, v(code, 'f64')])));
  return `\`${parts.map((m) => (typeof m === 'string' ? escapeTemplate(m) : `\${${(m as { name: string }).name}}`)).join('')}\``;
}

function hostTable(ir: RopeIR, host: 'T' | 'W', error: string): TargetTable {
  const sizes = (name: string) => (name === 'sizes' ? 's' : `s.${name}`);
  const storage = ir.kernel.dtype === 'f32' ? 'Float32Array' : 'Uint16Array';
  const src = ir.positions.source;
  const positions = src.kind === 'tensor' && src.element === 'int' ? ['Int32Array'] : ['Float32Array', 'Float64Array'];
  const is = (test: ArgTest, name: string, size: boolean): string => {
    const x = size ? sizes(name) : name;
    switch (test) {
      case 'given': return `${x} !== undefined && ${x} !== null`;
      case 'number': return `typeof ${x} === 'number'`;
      case 'object': return "typeof s === 'object' && s !== null";
      case 'whole': return `Number.isSafeInteger(${x}) && ${x} >= 0`;
      case 'Int32Array': case 'Float32Array': case 'Uint8Array': return `${x} instanceof ${test}`;
      case 'storage': return `${x} instanceof ${storage}`;
      case 'positions': return positions.map((t) => `${x} instanceof ${t}`).join(' || ');
      case 'cache': return `${x} instanceof ${ir.kernel.sincos.kind === 'cache' && ir.kernel.sincos.dtype === 'f32' ? 'Float32Array' : 'Uint16Array'}${host === 'W' ? ` || isGpuBuffer(${x})` : ''}`;
      case 'weight': return `${x} instanceof ${storage}${host === 'W' ? ` || isGpuBuffer(${x})` : ''}`;
      case 'hostArray': return `ArrayBuffer.isView(${x})`;
      case 'arrayLike': return `(Array.isArray(${x}) || ArrayBuffer.isView(${x}))`;
      // The TS module's typed arrays share an ArrayBuffer; the WGSL host's GPUBuffers are one object.
      case 'sharesWithQ': case 'sharesWithK': {
        const other = test === 'sharesWithQ' ? 'q' : 'k';
        return host === 'T' ? `${x}.buffer === ${other}.buffer` : `${x} === ${other}`;
      }
      default: throw new Error(`ts: no host test ${test}`);
    }
  };
  return {
    ...tsTable,
    expr: (x, p, operand) => {
      if (x.op === 'is') return `(${is(x.test, x.name, x.size)})`;
      if (x.op === 'param') return sizes(x.name);
      if (x.op === 'start') return `(${x.buffer}.byteOffset / ${x.buffer}.BYTES_PER_ELEMENT)`;
      if (x.op === 'unary' && x.fn === 'isInteger') return `Number.isInteger(${p(x.a)})`;
      // Sizes arrive as given: compare without JavaScript's conversions.
      if (x.op === 'binary' && (x.fn === '==' || x.fn === '!=')) return `${operand(x.a, 7)} ${x.fn}= ${operand(x.b, 6.5)}`;
      return tsTable.expr!(x, p, operand);
    },
    stmt: () => undefined,
    fnHeader: (fn: Fn) => `function ${fn.name}(${fn.params.map((q) => `${q.name}: number`).join(', ')}): void`,
    fail: (_check, parts) => [`throw new ${error}(\`${parts.map((m) => {
      if ('text' in m) return escapeTemplate(m.text);
      if ('typeOf' in m) {
        const x = m.typeOf === 'sizes' || !HOST_ARRAYS.has(m.typeOf) ? sizes(m.typeOf) : m.typeOf;
        // (typeName: the TS module's and the WGSL host's own helper.)
        return `\${typeName(${x})}`;
      }
      if ('pick' in m) return `\${${JSON.stringify(m.among)}[${m.pick}]}`;
      // A size as given: a string shows as one ('4' is not the number 4).
      if ('given' in m) return `\${typeof ${m.value} === 'string' ? JSON.stringify(${m.value}) : ${m.value}}`;
      return `\${${m.value}}`;
    }).join('')}\`);`],
  };
}

/** The array arguments a host check may read, as the generated code names them. */
const HOST_ARRAYS = new Set(['q', 'k', 'positions', 'k_positions', 'segment_table', 'segment_values', 'offsets', 'k_offsets', 'cu_seqlens', 'k_cu_seqlens', 'grid_sizes', 'k_grid_sizes', 'cos_sin_cache', 'cos_cache', 'sin_cache', 'q_norm_weight', 'k_norm_weight', 'v', 'slot_mapping', 'k_cache', 'v_cache', 'block_table']);

/**
 * The lines of a TS function that checks a call: `s` must hold the sizes as given and each array
 * argument a local of its name (`arrays` lists those the checks read). `error` is the class thrown.
 */
export function printTsChecks(ir: RopeIR, host: 'T' | 'W', checks: HostChecks, error: string): { lines: string[]; arrays: string[] } {
  const printer = new CStylePrinter(hostTable(ir, host, error), new Map());
  const arrays = new Set<string>();
  const note = (name: string) => HOST_ARRAYS.has(name) && arrays.add(name);
  for (const body of [checks.body, ...checks.functions.map((f) => f.body)]) {
    walk(body, (x) => {
      if (x.op === 'load' || x.op === 'length' || x.op === 'start') note(x.buffer);
      if (x.op === 'is' && !x.size) note(x.name);
      if (x.op === 'is' && x.test === 'sharesWithQ') note('q');
      if (x.op === 'is' && x.test === 'sharesWithK') note('k');
    }, (st) => st.op === 'fail' && st.message.forEach((m) => typeof m === 'object' && 'typeOf' in m && note(m.typeOf)));
  }
  const lines = [...checks.functions.flatMap((f) => printer.fn(f).split('\n')), ...checks.body.flatMap((st) => printer.stmt(st))];
  return { lines, arrays: [...HOST_ARRAYS].filter((a) => arrays.has(a)) };
}
