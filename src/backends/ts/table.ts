// The TypeScript kernel: the kernel IR's entries printed with TypeScript's table (../typescript.ts)
// as loops over sequences and tokens, one function per entry. Its legalizations: every call
// inlined and small vectors split into scalars (one monomorphic hot loop), innermost loops unrolled
// by 4 (measured: the per-iteration cost, not the bytes, bounds V8's loop), local arrays hoisted
// out of the token loops.
import { CStylePrinter } from '../cstyle.js';
import { tsConstTable, tsTable } from '../typescript.js';
import type { Capabilities, Entry, KernelModule } from '../../kernel/ir.js';
import { deadLets, hoistArrays, inline, legalize, scalarize, simplify, unrollBy, type KernelObserver } from '../../kernel/legalize.js';
import { walk } from '../../kernel/visit.js';

export const TS_CAPABILITIES: Capabilities = {
  compute: 'f64',
  f64: true,
  i64: true,
  accurateSinCos: true,
  viewStarts: false,
  items: 'loops',
  intBuffers: { positions: 'i32', offsets: 'i32', indices: 'i32' },
};

/** TypeScript's type for a buffer of these elements. */
export function arrayType(element: string, name: string): string {
  if (element === 'f16' || element === 'bf16') return 'Uint16Array';
  if (element === 'e4m3') return 'Uint8Array';
  if (element === 'i32' || element === 'u32' || element === 'i64') return 'Int32Array';
  return name === 'positions' ? 'Float32Array | Float64Array' : element === 'f64' ? 'Float64Array' : 'Float32Array';
}

export interface TsFunction {
  name: string;
  /** Parameters in order: run-time sizes, buffers and per-call ω tables the loop reads. */
  params: { name: string; type: string; kind: 'size' | 'buffer' | 'table' }[];
  text: string;
}

/** Prints every entry as one function with only numbers and typed arrays as parameters (V8 keeps it optimized). */
export function printTsKernel(input: KernelModule, observe?: KernelObserver): { constants: string[]; functions: TsFunction[] } {
  // Loops unrolled 4 times run faster when their lanes are plain numbers; where every lane goes
  // through a codec call (f16, bf16, fp8), 4 copies of the calls pass what V8 inlines into one
  // function, and the loop as it is runs faster (docs/benchmarks.md: 16-bit storage).
  const codecs = input.buffers.some((b) => b.element === 'f16' || b.element === 'bf16' || b.element === 'e4m3');
  const m = legalize(input, [simplify, inline, scalarize, simplify, hoistArrays, ...(codecs ? [] : [unrollBy(4)]), deadLets], observe);
  const printer = new CStylePrinter(tsTable, new Map(m.constants.map((t) => [t.name, t])));
  const constants = m.constants.filter((t) => !t.dynamic).map((t) => tsConstTable(t, printer));
  // Local arrays become module scratch, allocated once: the kernels are synchronous and call no
  // user code. Measured on prefill: a Float64Array allocated inside the loop function made it ~20 %
  // slower than the same code reading module-level arrays.
  for (const x of m.entries) {
    for (const st of x.kind === 'loops' ? x.prologue ?? [] : []) {
      if (st.op === 'array') constants.push(`const ${scratch(x.name, st.name)} = new ${st.ty === 'f32' ? 'Float32Array' : 'Float64Array'}(${st.size});`);
    }
  }
  const functions = m.entries.map((x) => entryFunction(m, x, printer));
  return { constants, functions };
}

const scratch = (entry: string, array: string) => `SCRATCH_${entry}_${array}`;

function entryFunction(m: KernelModule, x: Entry, printer: CStylePrinter): TsFunction {
  if (x.kind !== 'loops') throw new Error('ts: entries are loops');
  const used = new Set<string>();
  walk([...(x.prologue ?? []), ...x.body], (y) => {
    if (y.op === 'param') used.add(y.name);
    if (y.op === 'load' || y.op === 'length') used.add(y.buffer);
    if (y.op === 'table') used.add(y.name);
  }, (st) => { if (st.op === 'store') used.add(st.buffer); if (st.op === 'copy') used.add(st.dst).add(st.src); });
  const packed = m.buffers.some((b) => b.name === 'cu_seqlens');
  // (k's own packed sequences: k_cu_seqlens.)
  const cu = x.cu ?? 'cu_seqlens';
  if (packed) used.add(cu);
  if (x.tokens) used.add(x.tokens);
  else {
    used.add('batch');
    if (!packed) used.add(x.seq ?? 'seq');
  }
  const params: TsFunction['params'] = [
    ...m.sizes.filter((s) => used.has(s.name)).map((s) => ({ name: s.name, type: 'number', kind: 'size' as const })),
    ...m.buffers.filter((b) => used.has(b.name)).map((b) => ({ name: b.name, type: arrayType(b.element, b.name), kind: 'buffer' as const })),
    ...m.constants.filter((t) => t.dynamic && used.has(t.name)).map((t) => ({ name: t.name, type: 'Float64Array', kind: 'table' as const })),
  ];
  // A loop over a size's tokens as one sequence (k's own tokens), or over the call's sequences
  // (of seq tokens, or k's own k_seq).
  const seq = x.seq ?? 'seq';
  const open = x.tokens
    ? ['{', '  const b = 0;', `  for (let flat = 0; flat < ${x.tokens}; flat++) {`, '    const s = flat;']
    : packed
    ? ['for (let b = 0; b < batch; b++) {', `  for (let flat = ${cu}[b]; flat < ${cu}[b + 1]; flat++) {`, `    const s = flat - ${cu}[b];`]
    : ['for (let b = 0; b < batch; b++) {', `  for (let s = 0; s < ${seq}; s++) {`, `    const flat = b * ${seq} + s;`];
  const body = printer.block(x.body).map((l) => `    ${l}`);
  const prologue = (x.prologue ?? []).flatMap((st) => (st.op === 'array' ? [`const ${st.name} = ${scratch(x.name, st.name)};`] : printer.stmt(st)));
  const lines = [...prologue, ...open, ...body, '  }', '}'];
  const text = `/** ${x.doc}. */\nfunction ${x.name}(${params.map((q) => `${q.name}: ${q.type}`).join(', ')}): void {\n${lines.map((l) => `  ${l}`).join('\n')}\n}`;
  return { name: x.name, params, text };
}
