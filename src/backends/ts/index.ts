// The TypeScript backend: one standalone ESM module per spec (no imports), assembled with ts-morph
// structures. The hot loop is monomorphic typed-array code: positions and sin/cos once per
// (token, pair), then every head of q and k, with lane runs and identity lanes from the IR.
// Angles are computed in float64, so TS output is the interpreter's numbers rounded to storage.
import { createRequire } from 'node:module';
import type { Project, StatementStructures } from 'ts-morph';
import { makeDiagnostic, positionAt } from '../../compiler/diagnostics.js';
import type { RopeIR } from '../../compiler/ir.js';
import { positionTensorShape } from '../../compiler/runtime.js';
import { banner, f64Literal, renderTemplate, type Backend, type BackendResult } from '../common.js';

// ts-morph carries a whole TypeScript compiler; load it on first use so `ropec check`, `explain`
// and builds for other targets start fast.
type TsMorph = typeof import('ts-morph');
let tsMorph: TsMorph | undefined;
let project: Project | undefined;

function tm(): TsMorph {
  tsMorph ??= createRequire(import.meta.url)('ts-morph') as TsMorph;
  return tsMorph;
}

function tsProject(): Project {
  project ??= new (tm().Project)({ useInMemoryFileSystem: true, compilerOptions: { strict: true, target: 9 } });
  return project;
}

// Structure kinds as plain numbers, read from the lazily loaded module when emitting.
const StructureKind = new Proxy({} as TsMorph['StructureKind'], { get: (_, k) => (tm().StructureKind as any)[k] });
const VariableDeclarationKind = new Proxy({} as TsMorph['VariableDeclarationKind'], { get: (_, k) => (tm().VariableDeclarationKind as any)[k] });

export const tsBackend: Backend = {
  name: 'ts',
  emit(ir: RopeIR): BackendResult {
    if (!ir.omega || !ir.laneRuns || !ir.identityLanes || !ir.schedule) {
      return {
        artifacts: [],
        diagnostics: [makeDiagnostic('RB001', 'the TS backend needs optimized IR (run optimize first)', ir.file, positionAt('', 0))],
      };
    }
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
  const floatPositions = src.kind === 'timeline' || (src.kind === 'tensor' && src.dtype === 'float');
  return {
    storage: dtype === 'f32' ? 'Float32Array' : 'Uint16Array',
    read: (e) => (dtype === 'f32' ? e : dtype === 'f16' ? `f16ToNumber(${e})` : `bf16ToNumber(${e})`),
    write: (e) => (dtype === 'f32' ? e : dtype === 'f16' ? `numberToF16(${e})` : `numberToBf16(${e})`),
    pairs: ir.pairs.length,
    components: ir.positions.components,
    positionsType: positionTensorShape(ir) ? (floatPositions ? 'Float32Array | Float64Array' : 'Int32Array') : undefined,
  };
}

function emitModule(ir: RopeIR): string {
  const v = view(ir);
  const file = tsProject().createSourceFile(`/${ir.name}.ts`, '', { overwrite: true });
  const statements: (string | StatementStructures)[] = [];
  statements.push(...constants(ir));
  statements.push(...interfaces(ir, v));
  statements.push(validateFunction(ir, v));
  statements.push(kernelFunction(ir, v));
  statements.push(...entryPoints(ir, v));
  file.addStatements(statements);
  const text = `${banner(ir, 'ts')}\n/* eslint-disable */\n${file.getFullText()}\n${ir.kernel.dtype === 'f32' ? '' : renderTemplate('ts', 'storage', {})}`;
  tsProject().removeSourceFile(file);
  return text;
}

function constants(ir: RopeIR): StatementStructures[] {
  const omega = ir.omega!;
  const decls: [string, string][] = [];
  const spec = {
    name: ir.name, headDim: ir.headDim, rotaryDim: ir.rotaryDim, pairs: ir.pairs.length, axes: ir.axes,
    qHeads: ir.kernel.qHeads, kHeads: ir.kernel.kHeads, layout: ir.kernel.layout, dtype: ir.kernel.dtype,
    positions: ir.positions.source.kind, attentionFactor: ir.attentionFactor, specHash: ir.specHash,
  };
  decls.push(['SPEC', `${JSON.stringify(spec)} as const`]);
  if (omega.kind === 'static') decls.push(['OMEGA', `new Float64Array([${numList(omega.omega)}])`]);
  if (omega.kind === 'ntk_dynamic') {
    decls.push(['OMEGA_BASE', `new Float64Array([${numList(omega.base)}])`]);
    decls.push(['OMEGA_EXPO', `new Float64Array([${numList(omega.expo)}])`]);
  }
  if (omega.kind === 'select') {
    decls.push(['OMEGA_SHORT', `new Float64Array([${numList(omega.short)}])`]);
    decls.push(['OMEGA_LONG', `new Float64Array([${numList(omega.long)}])`]);
  }
  if (ir.positions.components > 1) {
    decls.push(['PAIR_COMPONENT', `new Int32Array([${ir.pairs.map((p) => ir.positions.axisComponent[p.axis]).join(', ')}])`]);
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
  if (ir.kernel.qHeads === null) f.push({ name: 'q_heads', doc: 'number of query heads' });
  if (ir.kernel.kHeads === null) f.push({ name: 'k_heads', doc: 'number of key heads' });
  if (src.kind === 'index' && src.offset === 'scalar') f.push({ name: 'offset?', doc: 'added to every position (decode step, KV-cache length); default 0' });
  if (src.kind === 'grid') for (const a of src.axes) f.push({ name: a, doc: `grid size along axis ${a}` });
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
  if (src.kind === 'index' && src.offset === 'per_sequence') optional.push({ name: 'offsets', type: 'Int32Array', docs: ['per-sequence position offsets, shape [batch]'] });
  if (src.kind === 'index' && src.packed) optional.push({ name: 'cu_seqlens', type: 'Int32Array', docs: ['sequence starts, shape [batch + 1]'] });
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
      properties: ['batch', 'seq', 'tokens', 'qHeads', 'kHeads', 'offset'].map((n) => ({ name: n, type: 'number' }))
        .concat(src.kind === 'grid' ? src.axes.map((a) => ({ name: `grid_${a}`, type: 'number' })) : []),
    },
  ];
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
  L.push(`const whole = (name: string, x: unknown): number => { if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(\`sizes.\${name}: expected a whole number ≥ 0, got \${String(x)}\`); return x; };`);
  L.push('let batch: number, seq: number, tokens: number;');
  if (ir.kernel.layout === 'thd') {
    L.push("tokens = whole('tokens', s.tokens);");
    if (src.kind === 'index' && src.packed) {
      L.push('const cu = inputs.cu_seqlens;');
      L.push("if (!(cu instanceof Int32Array)) throw new RangeError('cu_seqlens: missing; expected an Int32Array of shape [batch + 1]');");
      L.push("if (cu.length < 2 || cu[0] !== 0 || cu[cu.length - 1] !== tokens) throw new RangeError(`cu_seqlens: expected shape [batch + 1] starting at 0 and ending at tokens = ${tokens}`);");
      L.push('batch = cu.length - 1; seq = 0;');
      L.push("for (let b = 0; b < batch; b++) { if (cu[b + 1] < cu[b]) throw new RangeError(`cu_seqlens: must be non-decreasing; entry ${b + 1} is ${cu[b + 1]} after ${cu[b]}`); seq = Math.max(seq, cu[b + 1] - cu[b]); }");
    } else {
      L.push('batch = 1; seq = tokens;');
    }
  } else {
    L.push("batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;");
  }
  L.push(`const qHeads = ${ir.kernel.qHeads ?? "whole('q_heads', s.q_heads)"};`);
  L.push(`const kHeads = ${ir.kernel.kHeads ?? "whole('k_heads', s.k_heads)"};`);
  L.push('let offset = 0;');
  if (src.kind === 'index' && src.offset === 'scalar') {
    L.push("if (s.offset !== undefined) { if (!Number.isInteger(s.offset)) throw new RangeError(`sizes.offset: expected a whole number, got ${String(s.offset)}`); offset = s.offset; }");
  }
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    L.push("if (!(inputs.offsets instanceof Int32Array) || inputs.offsets.length !== batch) throw new RangeError(`offsets: expected an Int32Array of shape [batch] = [${batch}], got ${inputs.offsets instanceof Int32Array ? 'length ' + inputs.offsets.length : typeof inputs.offsets}`);");
  }
  const gridFields: string[] = [];
  if (src.kind === 'grid') {
    for (const a of src.axes) L.push(`const grid_${a} = whole('${a}', s.${a});`);
    const cells = src.axes.map((a) => `grid_${a}`).join(' * ');
    L.push(`if (seq !== ${src.prefix} + ${cells}) throw new RangeError(\`sizes: each sequence must hold prefix + ${src.axes.join('·')} = ${src.prefix} + \${${src.axes.map((a) => `grid_${a}`).join(" + '·' + ")}} tokens, got \${seq}\`);`);
    gridFields.push(...src.axes.map((a) => `grid_${a}`));
  }
  if (v.positionsType) {
    const n = ir.positions.components;
    const shape = positionTensorShape(ir)!;
    const ctor = v.positionsType === 'Int32Array' ? 'inputs.positions instanceof Int32Array' : '(inputs.positions instanceof Float32Array || inputs.positions instanceof Float64Array)';
    L.push(`if (!(${ctor})) throw new RangeError(\`positions: missing or wrong type; expected ${v.positionsType} of shape ${shape}\`);`);
    L.push(`if (inputs.positions.length !== ${n} * tokens) throw new RangeError(\`positions: expected shape ${shape.replace('tokens', '${tokens}')} (\${${n} * tokens} values), got length \${inputs.positions.length}\`);`);
  }
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

function positionLines(ir: RopeIR): string[] {
  const src = ir.positions.source;
  switch (src.kind) {
    case 'index': {
      let e = 's';
      if (src.offset === 'scalar') e += ' + shape.offset';
      if (src.offset === 'per_sequence') e += ' + offsets[b]';
      return [`pos[0] = ${e};`];
    }
    case 'tensor':
    case 'timeline':
    case 'mrope':
      return Array.from({ length: ir.positions.components }, (_, c) => `pos[${c}] = positions[${c === 0 ? '' : `${c} * tokens + `}flat];`);
    case 'grid': {
      const L: string[] = [];
      const n = src.axes.length;
      L.push(`if (s < ${src.prefix}) { ${src.axes.map((_, a) => `pos[${a}] = 0;`).join(' ')} } else {`);
      L.push(`  let rest = s - ${src.prefix};`);
      for (let a = n - 1; a >= 0; a--) {
        const size = `shape.grid_${src.axes[a]}`;
        L.push(`  const i${a} = rest % ${size};${a > 0 ? ` rest = (rest - i${a}) / ${size};` : ''}`);
      }
      const norm = src.normalize === 'max' ? `Math.max(${src.axes.map((x) => `shape.grid_${x}`).join(', ')})`
        : src.normalize === 'min' ? `Math.min(${src.axes.map((x) => `shape.grid_${x}`).join(', ')})` : '';
      src.axes.forEach((ax, a) => {
        const aff = src.affine[ax] ?? { stride: 1, shift: 0, scale: 1 };
        const scale = aff.scale === 1 ? '' : ` * ${f64Literal(aff.scale)}`;
        if (src.normalize === 'none') {
          const core = `i${a}${aff.stride === 1 ? '' : ` * ${f64Literal(aff.stride)}`}${aff.shift === 0 ? '' : ` + ${f64Literal(aff.shift)}`}`;
          L.push(`  pos[${a}] = ${scale ? `(${core})${scale}` : core};`);
        } else {
          const n0 = src.normalize === 'separate' ? `shape.grid_${ax}` : norm;
          L.push(`  pos[${a}] = (2 * ((i${a} + 0.5) / ${n0}) - 1)${scale};`);
        }
      });
      L.push('}');
      return L;
    }
  }
}

function headBaseExpr(ir: RopeIR, heads: string): string {
  const d = ir.headDim;
  switch (ir.kernel.layout) {
    case 'thd': return `(flat * ${heads} + h) * ${d}`;
    case 'bshd': return `((b * seq + s) * ${heads} + h) * ${d}`;
    case 'bhsd': return `((b * ${heads} + h) * seq + s) * ${d}`;
  }
}

function rotateLines(ir: RopeIR, v: View, which: 'q' | 'k'): string[] {
  const heads = which === 'q' ? 'shape.qHeads' : 'shape.kHeads';
  const L: string[] = [];
  L.push(`for (let h = 0; h < ${heads}; h++) {`);
  L.push(`  const base = ${headBaseExpr(ir, heads)};`);
  for (const run of ir.laneRuns!) {
    L.push(`  for (let i = 0; i < ${run.count}; i++) {`);
    const j = run.firstPair === 0 ? 'i' : `${run.firstPair} + i`;
    const at = (l0: number) => `base + ${l0}${run.stride === 1 ? ' + i' : ` + i * ${run.stride}`}`;
    L.push(`    const ia = ${at(run.a0)}, ib = ${at(run.b0)};`);
    L.push(`    const a = ${v.read(`src${which}[ia]`)}, c = ${v.read(`src${which}[ib]`)};`);
    L.push(`    const cs = cosT[${j}], sn = sinT[${j}];`);
    L.push(`    dst${which}[ia] = ${v.write('a * cs - c * sn')};`);
    L.push(`    dst${which}[ib] = ${v.write('c * cs + a * sn')};`);
    L.push('  }');
  }
  if (ir.identityLanes!.length > 0) {
    L.push(`  if (dst${which} !== src${which}) {`);
    for (const [start, end] of ir.identityLanes!) {
      L.push(`    for (let l = base + ${start}; l < base + ${end}; l++) dst${which}[l] = src${which}[l];`);
    }
    L.push('  }');
  }
  L.push('}');
  return L;
}

function kernelFunction(ir: RopeIR, v: View): StatementStructures {
  const src = ir.positions.source;
  const P = v.pairs;
  const L: string[] = [];
  L.push('const { batch, seq, tokens } = shape;');
  L.push(...omegaSetup(ir));
  if (v.positionsType) L.push('const positions = inputs.positions!;');
  if (src.kind === 'index' && src.offset === 'per_sequence') L.push('const offsets = inputs.offsets!;');
  if (src.kind === 'index' && src.packed) L.push('const cu = inputs.cu_seqlens!;');
  L.push(`const pos = new Float64Array(${v.components});`);
  L.push(`const cosT = new Float64Array(${P});`);
  L.push(`const sinT = new Float64Array(${P});`);
  const table = ir.kernel.sincos.kind === 'table' ? ir.kernel.sincos.maxPositions : 0;
  if (table) L.push('const tab = sincosTable(omega);');
  if (src.kind === 'index' && src.packed) {
    L.push('for (let b = 0; b < batch; b++) {');
    L.push('  for (let flat = cu[b]; flat < cu[b + 1]; flat++) {');
    L.push('    const s = flat - cu[b];');
  } else {
    L.push('for (let b = 0; b < batch; b++) {');
    L.push('  for (let s = 0; s < seq; s++) {');
    L.push('    const flat = b * seq + s;');
  }
  const inner: string[] = [];
  inner.push(...positionLines(ir));
  const posOf = (j: string) => (v.components === 1 ? 'pos[0]' : `pos[PAIR_COMPONENT[${j}]]`);
  const m = f64Literal(ir.attentionFactor);
  const sm = f64Literal(ir.sign * ir.attentionFactor);
  if (table) {
    inner.push(`for (let j = 0; j < ${P}; j++) {`);
    inner.push(`  const p = ${posOf('j')};`);
    inner.push(`  if (!(p >= 0 && p < ${table} && p === Math.floor(p))) throw new RangeError(\`positions: position \${p} of token \${flat} is outside the sin/cos table [0, ${table})\`);`);
    inner.push(`  const row = p * ${P} + j;`);
    inner.push(`  cosT[j] = tab.cos[row] * ${m};`);
    inner.push(`  sinT[j] = tab.sin[row] * ${sm};`);
    inner.push('}');
  } else {
    inner.push(`for (let j = 0; j < ${P}; j++) {`);
    inner.push(`  const angle = ${posOf('j')} * omega[j];`);
    inner.push(`  cosT[j] = Math.cos(angle) * ${m};`);
    inner.push(`  sinT[j] = Math.sin(angle) * ${sm};`);
    inner.push('}');
  }
  inner.push(...rotateLines(ir, v, 'q'), ...rotateLines(ir, v, 'k'));
  L.push(...inner.map((l) => `    ${l}`));
  L.push('  }');
  L.push('}');
  return {
    kind: StructureKind.Function,
    name: 'kernel',
    parameters: [
      { name: 'inputs', type: 'Inputs' },
      { name: 'shape', type: 'Shape' },
      { name: 'srcq', type: v.storage },
      { name: 'srck', type: v.storage },
      { name: 'dstq', type: v.storage },
      { name: 'dstk', type: v.storage },
    ],
    returnType: 'void',
    statements: L,
  };
}

function entryPoints(ir: RopeIR, v: View): StatementStructures[] {
  const out: StatementStructures[] = [];
  if (ir.kernel.sincos.kind === 'table') {
    const n = ir.kernel.sincos.maxPositions;
    out.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'TABLES', initializer: 'new Map<Float64Array, { cos: Float32Array; sin: Float32Array }>()' }],
    });
    out.push({
      kind: StructureKind.Function,
      name: 'sincosTable',
      docs: [`cos and sin of p·ω for p in [0, ${n}), built once per ω table from float64 math.`],
      parameters: [{ name: 'omega', type: 'Float64Array' }],
      returnType: '{ cos: Float32Array; sin: Float32Array }',
      statements: [
        'let t = TABLES.get(omega);',
        'if (t) return t;',
        `t = { cos: new Float32Array(${n} * ${v.pairs}), sin: new Float32Array(${n} * ${v.pairs}) };`,
        `for (let p = 0; p < ${n}; p++) for (let j = 0; j < ${v.pairs}; j++) { t.cos[p * ${v.pairs} + j] = Math.cos(p * omega[j]); t.sin[p * ${v.pairs} + j] = Math.sin(p * omega[j]); }`,
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
