// The TypeScript backend: one standalone ESM module per spec (no imports), assembled from
// statement structures. The hot loop is monomorphic typed-array code: positions and sin/cos once per
// (token, pair), then every head of q and k, with lane runs and identity lanes from the IR.
// Angles are computed in float64, so TS output is the interpreter's numbers rounded to storage.
import type { OptimizedIR, RopeIR } from '../../compiler/ir.js';
import { isPacked, positionTensorShape, usesSegmentTable } from '../../compiler/runtime.js';
import { banner, f64Literal, renderTemplate, type Backend, type BackendResult } from '../common.js';
import { buildKernel, type Variant } from '../../kernel/build.js';
import { printTsKernel, TS_CAPABILITIES, type TsFunction } from './table.js';
import { wasmSource, wasmSupport } from './wasm.js';

// The module is described as a list of statement structures (top-level consts, interfaces,
// functions) and printed by printStatements below. This backend used ts-morph's printer for that;
// loading ts-morph (a whole TypeScript compiler) was ~0.7 s of the library's cold compile.
const StructureKind = { VariableStatement: 'const', Interface: 'interface', Function: 'function' } as const;
const VariableDeclarationKind = { Const: 'const' } as const;

type StatementStructures =
  | { kind: 'text'; text: string }
  | { kind: 'const'; isExported?: boolean; declarationKind: 'const'; declarations: { name: string; initializer: string }[] }
  | { kind: 'interface'; name: string; isExported?: boolean; properties: { name: string; type: string; docs?: string[] }[] }
  | { kind: 'function'; name: string; isExported?: boolean; docs?: string[]; parameters: { name: string; type: string }[]; returnType: string; statements: string[] };

const docLines = (docs: string[] | undefined, indent: string) => (docs ?? []).map((d) => `${indent}/** ${d} */\n`).join('');

function printStatement(st: StatementStructures): string {
  const exp = st.kind !== 'text' && st.isExported ? 'export ' : '';
  switch (st.kind) {
    case 'text':
      return `${st.text}\n`;
    case 'const':
      return st.declarations.map((d) => `${exp}const ${d.name} = ${d.initializer};\n`).join('');
    case 'interface':
      return `${exp}interface ${st.name} {\n${st.properties.map((p) => `${docLines(p.docs, '    ')}    ${p.name}: ${p.type};\n`).join('')}}\n`;
    case 'function': {
      const body = st.statements.flatMap((l) => l.split('\n')).map((l) => (l.trim() === '' ? '\n' : `    ${l}\n`)).join('');
      return `${docLines(st.docs, '')}${exp}function ${st.name}(${st.parameters.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${st.returnType} {\n${body}}\n`;
    }
  }
}

/** Statements one after another, a blank line between them except between consecutive consts. */
function printStatements(sts: StatementStructures[]): string {
  return sts.map((st, i) => (i > 0 && !(st.kind === 'const' && sts[i - 1].kind === 'const') ? '\n' : '') + printStatement(st)).join('');
}

export const tsBackend: Backend = {
  name: 'ts',
  emit(ir: OptimizedIR): BackendResult {
    return { artifacts: [{ path: `${ir.name}.ts`, contents: emitModule(ir) }], diagnostics: [] };
  },
};

const numList = (xs: readonly number[]) => xs.map(f64Literal).join(', ');

/** What the emitted module's names and shapes are, derived once from the IR. */
interface View {
  storage: 'Float32Array' | 'Uint16Array';
  read: (e: string) => string;
  write: (e: string) => string;
  pairs: number;
  components: number;
  positionsType?: string;
}

function view(ir: RopeIR): View {
  const dtype = ir.kernel.dtype;
  const src = ir.positions.source;
  const floatPositions = src.kind === 'tensor' && src.element === 'float';
  return {
    storage: dtype === 'f32' ? 'Float32Array' : 'Uint16Array',
    read: (e) => (dtype === 'f32' ? e : dtype === 'f16' ? `f16ToNumber(${e})` : `bf16ToNumber(${e})`),
    write: (e) => (dtype === 'f32' ? e : dtype === 'f16' ? `numberToF16(${e})` : `numberToBf16(${e})`),
    pairs: ir.pairs.length,
    components: ir.positions.components,
    positionsType: positionTensorShape(ir) ? (floatPositions ? 'Float32Array | Float64Array' : 'Int32Array') : undefined,
  };
}

function emitModule(ir: OptimizedIR): string {
  const v = view(ir);
  const wasm = wasmSupport(ir).ok;
  const variants: Variant[] = [
    { name: 'rows', schedule: 'runs', outOfPlace: false, unit: 1 },
    { name: 'rowsOut', schedule: 'runs', outOfPlace: true, unit: 1 },
    ...(wasm ? [{ name: 'cosSinRows', schedule: 'runs' as const, outOfPlace: false, unit: 1, fill: true as const }] : []),
  ];
  const printed = printTsKernel(buildKernel(ir, TS_CAPABILITIES, variants).module);
  const statements: StatementStructures[] = [];
  statements.push(...constants(ir), ...printed.constants.map((text) => ({ kind: 'text' as const, text })));
  statements.push(...interfaces(ir, v));
  statements.push(validateFunction(ir, v));
  statements.push(...kernelWrappers(ir, v, printed.functions));
  statements.push(...entryPoints(ir, v));
  const segments = usesSegmentTable(ir) ? `${renderTemplate('ts', 'segment-check', { error: 'RangeError' })}\n` : '';
  const text = `${banner(ir, 'ts')}\n/* eslint-disable */\n${printStatements(statements)}\n${wasmSource(ir)}\n${segments}${renderTemplate('ts', 'bits', {})}${ir.kernel.dtype === 'f32' ? '' : renderTemplate('ts', 'storage', {})}`;
  return text;
}

function constants(ir: RopeIR): StatementStructures[] {
  const omega = ir.omega!;
  const decls: [string, string][] = [];
  const spec = {
    name: ir.name, headDim: ir.headDim, rotaryDim: ir.rotaryDim, pairs: ir.pairs.length, axes: ir.axes,
    qHeads: ir.kernel.qHeads, kHeads: ir.kernel.kHeads, layout: ir.kernel.layout, dtype: ir.kernel.dtype,
    positions: ir.host.positions.kind, attentionFactor: ir.attentionFactor, specHash: ir.specHash,
  };
  decls.push(['SPEC', `${JSON.stringify(spec)} as const`]);
  if (omega.kind === 'ntk_dynamic') {
    decls.push(['OMEGA_BASE', `new Float64Array([${numList(omega.base)}])`]);
    decls.push(['OMEGA_EXPO', `new Float64Array([${numList(omega.expo)}])`]);
  }
  if (omega.kind === 'select') {
    decls.push(['OMEGA_SHORT', `new Float64Array([${numList(omega.short)}])`]);
    decls.push(['OMEGA_LONG', `new Float64Array([${numList(omega.long)}])`]);
  }
  return decls.map(([name, init]) => ({
    kind: StructureKind.VariableStatement,
    isExported: name === 'SPEC',
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer: init }],
  }));
}

function sizeFields(ir: RopeIR): { name: string; doc: string }[] {
  const src = ir.positions.source;
  const f: { name: string; doc: string }[] = [];
  if (ir.kernel.layout === 'thd') f.push({ name: 'tokens', doc: 'number of tokens (rows of q and k)' });
  else f.push({ name: 'batch', doc: 'number of sequences' }, { name: 'seq', doc: 'tokens per sequence' });
  f.push(ir.kernel.qHeads === null ? { name: 'q_heads', doc: 'number of query heads' } : { name: 'q_heads?', doc: `fixed by the spec: ${ir.kernel.qHeads} (may be left out; must equal it if given)` });
  f.push(ir.kernel.kHeads === null ? { name: 'k_heads', doc: 'number of key heads' } : { name: 'k_heads?', doc: `fixed by the spec: ${ir.kernel.kHeads} (may be left out; must equal it if given)` });
  if (src.kind === 'index' && src.offset === 'scalar') f.push({ name: 'offset?', doc: 'added to every position (decode step, KV-cache length); default 0' });
  if (src.kind === 'grid') for (const { name: a } of src.axes) f.push({ name: a, doc: `grid size along axis ${a}` });
  if (ir.omega!.kind !== 'static') f.push({ name: 'seq_len', doc: 'sequence length the scaling is evaluated at' });
  return f;
}

function interfaces(ir: RopeIR, v: View): StatementStructures[] {
  const src = ir.positions.source;
  const inputs = [
    { name: 'q', type: v.storage, docs: [`query, ${shapeWords(ir, 'q')}`] },
    { name: 'k', type: v.storage, docs: [`key, ${shapeWords(ir, 'k')}`] },
    { name: 'sizes', type: 'Sizes' },
  ];
  const optional: { name: string; type: string; docs: string[] }[] = [];
  if (v.positionsType) optional.push({ name: 'positions', type: v.positionsType, docs: [`positions, shape ${positionTensorShape(ir)}`] });
  if (usesSegmentTable(ir)) {
    optional.push({ name: 'segment_table', type: 'Int32Array', docs: ['segment table (ropec encodeSegments(...).table): one row per sequence, see docs/positions.md'] });
    optional.push({ name: 'segment_values', type: 'Float32Array', docs: ['frame times and grid temporal scales (encodeSegments(...).values; may be empty)'] });
  }
  if (src.kind === 'index' && src.offset === 'per_sequence') optional.push({ name: 'offsets', type: 'Int32Array', docs: ['per-sequence position offsets, shape [batch]'] });
  if (isPacked(ir)) optional.push({ name: 'cu_seqlens', type: 'Int32Array', docs: ['sequence starts, shape [batch + 1]'] });
  if (src.kind === 'grid' && src.sizes === 'per_sequence') optional.push({ name: 'grid_sizes', type: 'Int32Array', docs: [`each sequence's grid sizes (${src.axes.map((a) => a.name).join(', ')}), shape [batch, ${src.axes.length}]`] });
  return [
    {
      kind: StructureKind.Interface,
      name: 'Sizes',
      isExported: true,
      properties: sizeFields(ir).map((f) => ({ name: f.name, type: 'number', docs: [f.doc] })),
    },
    {
      kind: StructureKind.Interface,
      name: 'Inputs',
      isExported: true,
      properties: [...inputs, ...optional],
    },
    {
      kind: StructureKind.Interface,
      name: 'Outputs',
      isExported: true,
      properties: [{ name: 'q', type: v.storage }, { name: 'k', type: v.storage }],
    },
    {
      kind: StructureKind.Interface,
      name: 'Shape',
      properties: shapeFields(ir).map((n) => ({ name: n, type: 'number' })),
    },
  ];
}

/** The fields of the emitted `Shape` (what validate() returns); the kernel copies them to locals. */
function shapeFields(ir: RopeIR): string[] {
  const src = ir.positions.source;
  return ['batch', 'seq', 'tokens', 'qHeads', 'kHeads', 'offset'].concat(src.kind === 'grid' && src.sizes === 'uniform' ? src.axes.map((a) => `grid_${a.name}`) : []);
}

function shapeWords(ir: RopeIR, which: 'q' | 'k'): string {
  const h = (which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) ?? `${which}_heads`;
  const d = ir.headDim;
  switch (ir.kernel.layout) {
    case 'thd': return `[tokens, ${h}, ${d}]`;
    case 'bshd': return `[batch, seq, ${h}, ${d}]`;
    case 'bhsd': return `[batch, ${h}, seq, ${d}]`;
  }
}

// Validation mirrors src/compiler/runtime.ts resolveShape: same checks, same wording.
function validateFunction(ir: RopeIR, v: View): StatementStructures {
  const src = ir.positions.source;
  const L: string[] = [];
  L.push('const s = inputs.sizes;');
  L.push("if (typeof s !== 'object' || s === null) throw new RangeError('sizes: missing');");
  L.push(`const whole = (name: string, x: unknown): number => { if (x === undefined) throw new RangeError(\`sizes.\${name}: missing\`); if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(\`sizes.\${name}: expected a whole number ≥ 0, got \${String(x)}\`); return x; };`);
  L.push('let batch: number, seq: number, tokens: number;');
  if (ir.kernel.layout === 'thd') {
    L.push("tokens = whole('tokens', s.tokens);");
    if (isPacked(ir)) {
      L.push('const cu = inputs.cu_seqlens;');
      // The same checks and words as the interpreter's (src/compiler/runtime.ts, docs/checks.md).
      L.push("if (!(cu instanceof Int32Array)) throw new RangeError('cu_seqlens: missing; packed sequences need cu_seqlens of shape [batch + 1] (an Int32Array)');");
      L.push('if (cu.length < 2) throw new RangeError(`cu_seqlens: expected shape [batch + 1] with batch ≥ 1, got length ${cu.length}`);');
      L.push('if (cu[0] !== 0) throw new RangeError(`cu_seqlens: must start at 0, got ${cu[0]}`);');
      L.push('batch = cu.length - 1; seq = 0;');
      L.push("for (let b = 0; b < batch; b++) { if (cu[b + 1] < cu[b]) throw new RangeError(`cu_seqlens: must be non-decreasing whole numbers; entry ${b + 1} is ${cu[b + 1]} after ${cu[b]}`); seq = Math.max(seq, cu[b + 1] - cu[b]); }");
      L.push('if (cu[batch] !== tokens) throw new RangeError(`cu_seqlens: must end at tokens = ${tokens}, got ${cu[batch]}`);');
    } else {
      L.push('batch = 1; seq = tokens;');
    }
  } else {
    L.push("batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;");
  }
  for (const [which, fixed] of [['q', ir.kernel.qHeads], ['k', ir.kernel.kHeads]] as const) {
    if (fixed === null) {
      L.push(`const ${which}Heads = whole('${which}_heads', s.${which}_heads);`);
    } else {
      L.push(`if (s.${which}_heads !== undefined && s.${which}_heads !== ${fixed}) throw new RangeError(\`sizes.${which}_heads: the spec fixes ${fixed} ${which} heads, got \${String(s.${which}_heads)}\`);`);
      L.push(`const ${which}Heads = ${fixed};`);
    }
  }
  L.push('let offset = 0;');
  if (src.kind === 'index' && src.offset === 'scalar') {
    L.push("if (s.offset !== undefined) { if (!Number.isInteger(s.offset)) throw new RangeError(`sizes.offset: expected a whole number, got ${String(s.offset)}`); offset = s.offset; }");
  }
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    L.push("if (inputs.offsets === undefined) throw new RangeError(`offsets: missing; expected shape [batch] = [${batch}]`);");
    L.push("if (!(inputs.offsets instanceof Int32Array)) throw new RangeError(`offsets: expected an Int32Array of shape [batch] = [${batch}], got ${typeof inputs.offsets}`);");
    L.push("if (inputs.offsets.length !== batch) throw new RangeError(`offsets: expected shape [batch] = [${batch}], got length ${inputs.offsets.length}`);");
  }
  const gridFields: string[] = [];
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    const axes = src.axes.map((x) => x.name);
    const n = src.axes.length;
    const shape = `[batch, ${n}] = [\${batch}, ${n}] (one row of ${axes.join(', ')} sizes per sequence)`;
    L.push('const gs = inputs.grid_sizes;');
    L.push(`if (!(gs instanceof Int32Array)) throw new RangeError(\`grid_sizes: missing or wrong type; expected an Int32Array of shape ${shape}\`);`);
    L.push(`if (gs.length !== batch * ${n}) throw new RangeError(\`grid_sizes: expected shape ${shape}, got length \${gs.length}\`);`);
    L.push('for (let b = 0; b < batch; b++) {');
    L.push(`  let cells = 1;`);
    L.push(`  for (let a = 0; a < ${n}; a++) { const g = gs[b * ${n} + a]; if (g < 0) throw new RangeError(\`grid_sizes: entry [\${b}, \${a}] must be a whole number in [0, 2^31), got \${g}\`); cells *= g; }`);
    L.push(`  if (cu[b + 1] - cu[b] !== ${src.prefix} + cells) throw new RangeError(\`grid_sizes: sequence \${b} holds \${cu[b + 1] - cu[b]} tokens (cu_seqlens), but prefix + ${axes.join('·')} = ${src.prefix} + \${Array.from(gs.subarray(b * ${n}, b * ${n} + ${n})).join('·')} = \${${src.prefix} + cells}\`);`);
    L.push('}');
  } else if (src.kind === 'grid') {
    const axes = src.axes.map((x) => x.name);
    for (const a of axes) L.push(`const grid_${a} = whole('${a}', s.${a});`);
    const cells = axes.map((a) => `grid_${a}`).join(' * ');
    L.push(`if (seq !== ${src.prefix} + ${cells}) throw new RangeError(\`sizes: each sequence must hold prefix + ${axes.join('·')} = ${src.prefix} + \${${axes.map((a) => `grid_${a}`).join(" + '·' + ")}} tokens, got \${seq}\`);`);
    gridFields.push(...axes.map((a) => `grid_${a}`));
  }
  if (v.positionsType) {
    const n = ir.positions.components;
    const shape = positionTensorShape(ir)!;
    const ctor = v.positionsType === 'Int32Array' ? 'inputs.positions instanceof Int32Array' : '(inputs.positions instanceof Float32Array || inputs.positions instanceof Float64Array)';
    L.push(`if (!(${ctor})) throw new RangeError(\`positions: missing or wrong type; expected ${v.positionsType} of shape ${shape}\`);`);
    L.push(`if (inputs.positions.length !== ${n} * tokens) throw new RangeError(\`positions: expected shape ${shape.replace('tokens', '${tokens}')} (\${${n} * tokens} values), got length \${inputs.positions.length}\`);`);
  }
  if (usesSegmentTable(ir)) L.push(`checkSegments(inputs.segment_table, inputs.segment_values, batch, seq, ${ir.positions.components});`);
  if (ir.omega!.kind !== 'static') L.push("whole('seq_len', s.seq_len);");
  for (const [which, heads] of [['q', 'qHeads'], ['k', 'kHeads']]) {
    const expect = `tokens * ${heads} * ${ir.headDim}`;
    const words = shapeWords(ir, which as 'q' | 'k');
    L.push(`if (!(inputs.${which} instanceof ${v.storage})) throw new RangeError(\`${which}: expected a ${v.storage} of shape ${words}\`);`);
    L.push(`if (inputs.${which}.length !== ${expect}) throw new RangeError(\`${which}: expected shape ${words} with ${ir.kernel.layout === 'thd' ? 'tokens = ${tokens}' : 'batch = ${batch}, seq = ${seq}'}${(which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) === null ? `, ${which}_heads = \${${heads}}` : ''} (\${${expect}} values), got length \${inputs.${which}.length}\`);`);
  }
  L.push(`return { batch, seq, tokens, qHeads, kHeads, offset${gridFields.map((g) => `, ${g}`).join('')} };`);
  return {
    kind: StructureKind.Function,
    name: 'validate',
    parameters: [{ name: 'inputs', type: 'Inputs' }],
    returnType: 'Shape',
    statements: L,
  };
}

function omegaSetup(ir: RopeIR): string[] {
  const o = ir.omega!;
  switch (o.kind) {
    case 'static':
      return ['const omega = OMEGA;'];
    case 'ntk_dynamic':
      return [
        `const L = Math.max(inputs.sizes.seq_len!, ${o.original});`,
        `const ntkS = (${f64Literal(o.factor)} * L) / ${o.original} - (${f64Literal(o.factor)} - 1);`,
        `const omega = new Float64Array(${ir.pairs.length});`,
        `for (let j = 0; j < ${ir.pairs.length}; j++) omega[j] = OMEGA_BASE[j] * Math.pow(ntkS, OMEGA_EXPO[j]);`,
      ];
    case 'select':
      return [`const omega = inputs.sizes.seq_len! > ${o.threshold} ? OMEGA_LONG : OMEGA_SHORT;`];
  }
}

/**
 * `kernel` and `cosSinKernel` unpack the validated shape and the inputs, then call the printed
 * loops (rows, rowsOut, cosSinRows) with numbers and typed arrays only. Measured on prefill under
 * --trace-deopt: when the loop lived in a function taking the `inputs`/`shape` objects, V8
 * deoptimized it on every full GC ("weak objects"), and the next call ran 2–4× slower.
 */
function kernelWrappers(ir: OptimizedIR, v: View, fns: TsFunction[]): StatementStructures[] {
  const fn = (name: string) => fns.find((f) => f.name === name)!;
  const shape: Record<string, string> = { tokens: 'shape.tokens', batch: 'shape.batch', seq: 'shape.seq', q_heads: 'shape.qHeads', k_heads: 'shape.kHeads', offset: 'shape.offset' };
  const buffers: Record<string, string> = {
    positions: 'inputs.positions!', segment_table: 'inputs.segment_table!', segment_values: 'inputs.segment_values!', offsets: 'inputs.offsets!',
    cu_seqlens: 'inputs.cu_seqlens!', grid_sizes: 'inputs.grid_sizes!', sincos_table: 'table', cs: 'cs',
    q_in: 'srcq', k_in: 'srck', q_out: 'dstq', k_out: 'dstk',
  };
  const call = (f: TsFunction, io: Record<string, string> = {}) =>
    `${f.name}(${f.params.map((p) => (p.kind === 'size' ? shape[p.name] ?? `shape.${p.name}` : p.kind === 'table' ? 'omega' : io[p.name] ?? buffers[p.name])).join(', ')});`;
  const setup = [...omegaSetup(ir), ...(ir.kernel.sincos.kind === 'table' ? ['const table = sincosTable(omega);'] : [])];
  const out: StatementStructures[] = [
    {
      kind: StructureKind.Function, name: 'kernel',
      parameters: [{ name: 'inputs', type: 'Inputs' }, { name: 'shape', type: 'Shape' }, ...['srcq', 'srck', 'dstq', 'dstk'].map((name) => ({ name, type: v.storage }))],
      returnType: 'void',
      statements: [...setup, `if (srcq === dstq) ${call(fn('rows'), { q_out: 'dstq', k_out: 'dstk' })}`, `else ${call(fn('rowsOut'))}`],
    },
    ...fns.filter((f) => f.name !== 'cosSinRows').map((f) => ({ kind: 'text' as const, text: f.text })),
  ];
  const fill = fns.find((f) => f.name === 'cosSinRows');
  if (fill) {
    out.push({
      kind: StructureKind.Function, name: 'cosSinKernel',
      parameters: [{ name: 'inputs', type: 'Inputs' }, { name: 'shape', type: 'Shape' }, { name: 'cs', type: 'Float32Array' }],
      returnType: 'void',
      statements: [...setup, call(fill)],
    }, { kind: 'text', text: fill.text });
  }
  return out;
}

function entryPoints(ir: RopeIR, v: View): StatementStructures[] {
  const out: StatementStructures[] = [];
  if (ir.kernel.sincos.kind === 'table') {
    const n = ir.kernel.sincos.maxPositions;
    out.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'TABLES', initializer: 'new Map<Float64Array, Float32Array>()' }],
    });
    out.push({
      kind: StructureKind.Function,
      name: 'sincosTable',
      docs: [`cos and sin of p·ω_j for p in [0, ${n}), [${n}, ${v.pairs}, 2], built once per ω table from float64 math.`],
      parameters: [{ name: 'omega', type: 'Float64Array' }],
      returnType: 'Float32Array',
      statements: [
        'let t = TABLES.get(omega);',
        'if (t) return t;',
        `t = new Float32Array(${n} * ${v.pairs} * 2);`,
        `for (let p = 0; p < ${n}; p++) for (let j = 0; j < ${v.pairs}; j++) { t[(p * ${v.pairs} + j) * 2] = Math.cos(p * omega[j]); t[(p * ${v.pairs} + j) * 2 + 1] = Math.sin(p * omega[j]); }`,
        'TABLES.set(omega, t);',
        'return t;',
      ],
    });
  }
  out.push({
    kind: StructureKind.Function,
    name: 'rotateInPlace',
    isExported: true,
    docs: [`Rotates q and k of rope ${ir.name} in place. Throws RangeError naming the argument on bad input.`],
    parameters: [{ name: 'inputs', type: 'Inputs' }],
    returnType: 'void',
    statements: ['const shape = validate(inputs);', 'kernel(inputs, shape, inputs.q, inputs.k, inputs.q, inputs.k);'],
  });
  out.push({
    kind: StructureKind.Function,
    name: 'rotateInto',
    isExported: true,
    docs: ['Writes the rotated q and k into `out` (same shapes as the inputs); the inputs are not changed.'],
    parameters: [{ name: 'inputs', type: 'Inputs' }, { name: 'out', type: 'Outputs' }],
    returnType: 'void',
    statements: [
      'const shape = validate(inputs);',
      `if (!(out.q instanceof ${v.storage}) || out.q.length !== inputs.q.length) throw new RangeError(\`out.q: expected a ${v.storage} of length \${inputs.q.length}\`);`,
      `if (!(out.k instanceof ${v.storage}) || out.k.length !== inputs.k.length) throw new RangeError(\`out.k: expected a ${v.storage} of length \${inputs.k.length}\`);`,
      "if (out.q === inputs.q || out.k === inputs.k) throw new RangeError('out: must not alias the inputs; use rotateInPlace');",
      'kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);',
    ],
  });
  out.push({
    kind: StructureKind.Function,
    name: 'rotate',
    isExported: true,
    docs: ['Returns rotated copies of q and k; the inputs are not changed.'],
    parameters: [{ name: 'inputs', type: 'Inputs' }],
    returnType: 'Outputs',
    statements: [
      'const shape = validate(inputs);',
      `const out = { q: new ${v.storage}(inputs.q.length), k: new ${v.storage}(inputs.k.length) };`,
      'kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);',
      'return out;',
    ],
  });
  return out;
}
