// The TypeScript backend: one standalone ESM module per spec (no imports), assembled from
// statement structures. The hot loop is monomorphic typed-array code: positions and sin/cos once per
// (token, pair), then every head of q and k, with lane runs and identity lanes from the IR.
// Angles are computed in float64, so TS output is the interpreter's numbers rounded to storage.
import { ownTokens, sameLanes, tensorLanes, type OptimizedIR, type RopeIR } from '../../compiler/ir.js';
import { banner, renderTemplate, type Backend, type BackendResult, type EmitOptions } from '../common.js';
import type { KernelObserver } from '../../kernel/legalize.js';
import { buildKernel, type Variant } from '../../kernel/build.js';
import { printTsChecks, printTsKernel, TS_CAPABILITIES, tsTableFunctions, type TsFunction } from './table.js';
import { argumentChecks } from '../../kernel/checks.js';
import { fp8Cache, fp8Q, hostArguments, hostNeutral, shapeText, sizeDoc, slotArray, strideSizes, tensors, type ArrayArg, type SizeArg } from '../../kernel/args.js';
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
  emit(ir: OptimizedIR, options: EmitOptions): BackendResult {
    return { artifacts: [{ path: `${ir.name}.ts`, contents: emitModule(ir, options.onKernel) }], diagnostics: [] };
  },
};


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
    positionsType: src.kind === 'tensor' ? (floatPositions ? 'Float32Array | Float64Array' : 'Int32Array') : undefined,
  };
}

function emitModule(ir: OptimizedIR, observe?: KernelObserver): string {
  const v = view(ir);
  const wasm = wasmSupport(ir).ok;
  // k with its own tokens: q's loops over tokens and k's over k_tokens, each with its own positions.
  const own = ownTokens(ir);
  // fp8 q (`q … output fp8_e4m3`) is written out of place only.
  const inPlace = !fp8Q(ir);
  const variants: Variant[] = [
    ...(inPlace ? [{ name: 'rows', schedule: 'runs' as const, outOfPlace: false, unit: 1, ...(own ? { tensor: 'q' as const } : {}) }] : []),
    { name: 'rowsOut', schedule: 'runs', outOfPlace: true, unit: 1, ...(own ? { tensor: 'q' as const } : {}) },
    ...(own ? [
      ...(inPlace ? [{ name: 'rowsK', schedule: 'runs' as const, outOfPlace: false, unit: 1, tensor: 'k' as const }] : []),
      { name: 'rowsOutK', schedule: 'runs' as const, outOfPlace: true, unit: 1, tensor: 'k' as const },
    ] : []),
    ...(wasm ? [{ name: 'cosSinRows', schedule: 'runs' as const, outOfPlace: false, unit: 1, fill: true as const }] : []),
    ...(wasm && own ? [{ name: 'cosSinRowsK', schedule: 'runs' as const, outOfPlace: false, unit: 1, fill: true as const, tensor: 'k' as const }] : []),
  ];
  const printed = printTsKernel(buildKernel(ir, TS_CAPABILITIES, variants).module, observe);
  const statements: StatementStructures[] = [];
  statements.push(...constants(ir), ...printed.constants.map((text) => ({ kind: 'text' as const, text })));
  statements.push(...interfaces(ir, v));
  statements.push(validateFunction(ir));
  if (wasm) statements.push(sizesFunction(ir));
  statements.push(...kernelWrappers(ir, v, printed.functions));
  statements.push(...entryPoints(ir, v));
  const text = `${banner(ir, 'ts')}\n/* eslint-disable */\n${printStatements(statements)}\n${wasmSource(ir)}\n${renderTemplate('ts', 'bits', {})}${sixteenBit(ir) ? renderTemplate('ts', 'storage', { values: decodedTypes(ir) }) : ''}${fp8Cache(ir) || fp8Q(ir) ? renderTemplate('ts', 'e4m3', {}) : ''}`;
  return text;
}

/** Does the module read or write 16-bit floats (q and k, or a cos/sin cache)? */
function sixteenBit(ir: RopeIR): boolean {
  return ir.kernel.dtype !== 'f32' || (ir.kernel.sincos.kind === 'cache' && ir.kernel.sincos.dtype !== 'f32');
}

/** The 16-bit types the kernel reads (q and k's, a cos/sin cache's): their tables of values are built when the module loads. */
function decodedTypes(ir: RopeIR): { f16: boolean; bf16: boolean } {
  const types = [ir.kernel.dtype, ir.kernel.sincos.kind === 'cache' ? ir.kernel.sincos.dtype : 'f32'];
  return { f16: types.includes('f16'), bf16: types.includes('bf16') };
}

function constants(ir: RopeIR): StatementStructures[] {
  const decls: [string, string][] = [];
  const spec = {
    name: ir.name, headDim: ir.headDim, ...(sameLanes(ir) ? {} : { headDims: { q: tensorLanes(ir, 'q').headDim, k: tensorLanes(ir, 'k').headDim } }), rotaryDim: ir.rotaryDim, pairs: ir.pairs.length, axes: ir.axes,
    qHeads: ir.kernel.qHeads, kHeads: ir.kernel.kHeads, layout: ir.kernel.layout, dtype: ir.kernel.dtype,
    positions: ir.host.positions.kind, attentionFactor: ir.attentionFactor, specHash: ir.specHash,
  };
  decls.push(['SPEC', `${JSON.stringify(spec)} as const`]);
  return decls.map(([name, init]) => ({
    kind: StructureKind.VariableStatement,
    isExported: name === 'SPEC',
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer: init }],
  }));
}

/** TypeScript's type of an array argument of kernel/args.ts in the TS module. */
function arrayType(ir: RopeIR, a: ArrayArg, v: View): string {
  if (a.element === 'storage') return v.storage;
  if (a.element === 'position') return v.positionsType!;
  if (a.element === 'fp8') return 'Uint8Array';
  if (a.element === 'cache') return ir.kernel.sincos.kind === 'cache' && ir.kernel.sincos.dtype === 'f32' ? 'Float32Array' : 'Uint16Array';
  return a.element === 'f32' ? 'Float32Array' : 'Int32Array';
}

function interfaces(ir: RopeIR, v: View): StatementStructures[] {
  const args = hostArguments(ir, 'T');
  const arrays = args.filter((a): a is ArrayArg => a.kind === 'array')
    .map((a) => ({ name: a.name, type: arrayType(ir, a, v), docs: [hostNeutral(a.shape) ? `${a.doc}, shape ${shapeText(a.shape)}` : a.doc] }));
  return [
    {
      kind: StructureKind.Interface,
      name: 'Sizes',
      isExported: true,
      properties: args.filter((a): a is SizeArg => a.kind === 'size').map((a) => ({ name: `${a.key ?? a.name}${a.optional ? '?' : ''}`, type: 'number', docs: [sizeDoc(a)] })),
    },
    {
      kind: StructureKind.Interface,
      name: 'Inputs',
      isExported: true,
      // q and k, the sizes, then the spec's other arrays.
      properties: [...arrays.slice(0, 2), { name: 'sizes', type: 'Sizes' }, ...arrays.slice(2)],
    },
    {
      kind: StructureKind.Interface,
      name: 'Outputs',
      isExported: true,
      properties: tensors(ir).map((t) => ({ name: t, type: outType(ir, t, v) })),
    },
    {
      kind: StructureKind.Interface,
      name: 'Shape',
      properties: shapeFields(ir).map((n) => ({ name: n, type: 'number' })),
    },
  ];
}

/** The type of t's output: q and k's storage, or bytes for an fp8 q (`q … output fp8_e4m3`). */
const outType = (ir: RopeIR, t: 'q' | 'k', v: View): string => (t === 'q' && fp8Q(ir) ? 'Uint8Array' : v.storage);

/** The fields of the emitted `Shape` (what validate() returns); the kernel copies them to locals. */
function shapeFields(ir: RopeIR): string[] {
  return ['batch', 'seq', 'tokens', 'qHeads', 'kHeads', 'offset', ...sizeFields(ir)];
}

/** The Shape fields that are run-time sizes under their own names (validate() sets each from n_NAME). */
function sizeFields(ir: RopeIR): string[] {
  const src = ir.positions.source;
  const own = ownTokens(ir);
  return [...(src.kind === 'grid' && src.sizes === 'uniform' ? src.axes.map((a) => `grid_${a.name}`) : []), ...strideSizes(ir),
    ...(ir.kernel.sincos.kind === 'cache' ? ['cache_positions'] : []), ...(ir.kernel.kvCache ? ['cache_slots'] : []),
    ...(slotArray(ir) === 'block_table' ? ['table_blocks'] : []), ...(fp8Cache(ir) ? ['k_scale', 'v_scale'] : []), ...(fp8Q(ir) ? ['q_scale'] : []),
    // k with its own tokens: its count (per sequence too in batch layouts), offset and grid sizes.
    ...(own ? ['k_tokens'] : []), ...(own && ir.kernel.layout !== 'thd' ? ['k_seq'] : []), ...(own && src.kind === 'index' && src.offset === 'scalar' ? ['k_offset'] : []),
    ...(own && src.kind === 'grid' && src.sizes === 'uniform' ? src.axes.map((a) => `k_grid_${a.name}`) : [])];
}

/** validate(inputs): the checks of kernel/checks.ts for host T, then the shape they describe. */
function validateFunction(ir: RopeIR): StatementStructures {
  const printed = printTsChecks(ir, 'T', argumentChecks(ir, 'T'), 'RangeError');
  const grid = sizeFields(ir).map((x) => `, ${x}: n_${x}`).join('');
  return {
    kind: StructureKind.Function,
    name: 'validate',
    parameters: [{ name: 'inputs', type: 'Inputs' }],
    returnType: 'Shape',
    statements: [
      'const s = inputs.sizes as unknown as Record<string, number>;',
      ...printed.arrays.map((a) => `const ${a} = inputs.${a} as ArrayLike<number>;`),
      ...printed.lines,
      `return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset${grid} };`,
    ],
  };
}

/** sizesOf(sizes): the sizes rows of the checks alone, for createWasmKernel (it allocates q and k). */
function sizesFunction(ir: RopeIR): StatementStructures {
  const printed = printTsChecks(ir, 'T', argumentChecks(ir, 'T', { sizesOnly: true }), 'RangeError');
  return {
    kind: StructureKind.Function,
    name: 'sizesOf',
    parameters: [{ name: 'sizes', type: 'Sizes' }],
    // (A KV cache's size too: the kernel allocates the caches; k's own token count: it holds k's rows.)
    returnType: `{ tokens: number; qHeads: number; kHeads: number${ownTokens(ir) ? '; kTokens: number' : ''}${ir.kernel.kvCache ? '; cacheSlots: number' : ''} }`,
    statements: [
      'const s = sizes as unknown as Record<string, number>;',
      ...printed.lines,
      `return { tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads${ownTokens(ir) ? ', kTokens: n_k_tokens' : ''}${ir.kernel.kvCache ? ', cacheSlots: n_cache_slots' : ''} };`,
    ],
  };
}

/** ω for this call: the kernel's OMEGA table is ω itself (f64 compute, angleTableFill), fixed or at seq_len. */
function omegaSetup(ir: RopeIR): string[] {
  return [ir.omega!.kind === 'static' ? 'const omega = OMEGA;' : 'const omega = omegaAt(inputs.sizes.seq_len!);'];
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
    positions: 'inputs.positions!', k_positions: 'inputs.k_positions!', segment_table: 'inputs.segment_table!', segment_values: 'inputs.segment_values!', offsets: 'inputs.offsets!',
    cu_seqlens: 'inputs.cu_seqlens!', k_offsets: 'inputs.k_offsets!', k_cu_seqlens: 'inputs.k_cu_seqlens!', k_grid_sizes: 'inputs.k_grid_sizes!', grid_sizes: 'inputs.grid_sizes!', sincos_table: 'table', cs: 'cs',
    cos_sin_cache: 'inputs.cos_sin_cache!', cos_cache: 'inputs.cos_cache!', sin_cache: 'inputs.sin_cache!',
    q_norm_weight: 'inputs.q_norm_weight!', k_norm_weight: 'inputs.k_norm_weight!',
    v: 'inputs.v!', slot_mapping: 'inputs.slot_mapping!', k_cache: 'inputs.k_cache!', v_cache: 'inputs.v_cache!', block_table: 'inputs.block_table!',
    q_in: 'srcq', k_in: 'srck', q_out: 'dstq', k_out: 'dstk',
  };
  const call = (f: TsFunction, io: Record<string, string> = {}) =>
    `${f.name}(${f.params.map((p) => (p.kind === 'size' ? shape[p.name] ?? `shape.${p.name}` : p.kind === 'table' ? 'omega' : io[p.name] ?? buffers[p.name])).join(', ')});`;
  const setup = [...omegaSetup(ir), ...(ir.kernel.sincos.kind === 'table' ? ['const table = tableFor(omega);'] : [])];
  // The tensors the spec rotates (q and k, or one of them: `k heads 0`, `q heads 0`).
  const T = tensors(ir);
  const out: StatementStructures[] = [
    {
      kind: StructureKind.Function, name: 'kernel',
      parameters: [{ name: 'inputs', type: 'Inputs' }, { name: 'shape', type: 'Shape' }, ...T.map((t) => ({ name: `src${t}`, type: v.storage })), ...T.map((t) => ({ name: `dst${t}`, type: outType(ir, t, v) }))],
      returnType: 'void',
      statements: [...setup,
        ...(fp8Q(ir) ? (ownTokens(ir) ? [`${call(fn('rowsOut'))} ${call(fn('rowsOutK'))}`] : [call(fn('rowsOut'))]) : ownTokens(ir)
          ? [`if (srcq === dstq) { ${call(fn('rows'), { q_out: 'dstq' })} ${call(fn('rowsK'), { k_out: 'dstk' })} }`, `else { ${call(fn('rowsOut'))} ${call(fn('rowsOutK'))} }`]
          : [`if (src${T[0]} === dst${T[0]}) ${call(fn('rows'), { q_out: 'dstq', k_out: 'dstk' })}`, `else ${call(fn('rowsOut'))}`])],
    },
    ...fns.filter((f) => !f.name.startsWith('cosSinRows')).map((f) => ({ kind: 'text' as const, text: f.text })),
  ];
  // The WebAssembly kernel's fills: cosSinKernel (q and k's tokens, or q's), cosSinKernelK (k's own tokens).
  for (const [name, kernel] of [['cosSinRows', 'cosSinKernel'], ['cosSinRowsK', 'cosSinKernelK']]) {
    const fill = fns.find((f) => f.name === name);
    if (!fill) continue;
    out.push({
      kind: StructureKind.Function, name: kernel,
      parameters: [{ name: 'inputs', type: 'Inputs' }, { name: 'shape', type: 'Shape' }, { name: 'cs', type: 'Float32Array' }],
      returnType: 'void',
      statements: [...setup, call(fill)],
    }, { kind: 'text', text: fill.text });
  }
  return out;
}

function entryPoints(ir: OptimizedIR, v: View): StatementStructures[] {
  const out: StatementStructures[] = [];
  const T = tensors(ir);
  const tables = tsTableFunctions(ir, { omegaAt: ir.omega!.kind !== 'static' });
  out.push(...tables.map((text) => ({ kind: 'text' as const, text })));
  if (ir.kernel.sincos.kind === 'table') {
    out.push({ kind: 'text', text: 'let TABLE: { omega: Float64Array; table: Float32Array } | undefined;' });
    out.push({
      kind: StructureKind.Function,
      name: 'tableFor',
      docs: ['The sin/cos table of ω, kept for the last ω seen (ω changes only with seq_len).'],
      parameters: [{ name: 'omega', type: 'Float64Array' }],
      returnType: 'Float32Array',
      statements: [
        'if (TABLE === undefined || TABLE.omega.some((w, j) => w !== omega[j])) TABLE = { omega, table: sincosTable(omega) };',
        'return TABLE.table;',
      ],
    });
  }
  // fp8 q (`q … output fp8_e4m3`): q's output is bytes, never q itself.
  if (!fp8Q(ir)) out.push({
    kind: StructureKind.Function,
    name: 'rotateInPlace',
    isExported: true,
    docs: [`Rotates q and k of rope ${ir.name} in place. Throws RangeError naming the argument on bad input.`],
    parameters: [{ name: 'inputs', type: 'Inputs' }],
    returnType: 'void',
    statements: ['const shape = validate(inputs);', `kernel(inputs, shape, ${[...T, ...T].map((t) => `inputs.${t}`).join(', ')});`],
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
      ...T.map((t) => `if (!(out.${t} instanceof ${outType(ir, t, v)}) || out.${t}.length !== inputs.${t}.length) throw new RangeError(\`out.${t}: expected a ${outType(ir, t, v)} of length \${inputs.${t}.length}\`);`),
      '// Outputs in the memory of an input could overwrite elements still to be read: refused whole.',
      `if ([${T.map((t) => `out.${t}.buffer`).join(', ')}].some((b) => ${T.map((t) => `b === inputs.${t}.buffer`).join(' || ')})) throw new RangeError('out: must not alias the inputs${fp8Q(ir) ? ' (q is written as fp8 bytes of its own)' : '; use rotateInPlace'}');`,
      `kernel(inputs, shape, ${[...T.map((t) => `inputs.${t}`), ...T.map((t) => `out.${t}`)].join(', ')});`,
    ],
  });
  out.push({
    kind: StructureKind.Function,
    name: 'rotate',
    isExported: true,
    docs: [fp8Q(ir) ? `Returns rotated copies of q and k, q as fp8 e4m3 bytes of q / q_scale${ir.kernel.strided ? ' (whole arrays: elements outside the views are 0 in q, copied as they are in k)' : ''}; the inputs are not changed.`
      : ir.kernel.strided ? 'Returns rotated copies of q and k (whole arrays: elements outside the views are copied as they are); the inputs are not changed.' : 'Returns rotated copies of q and k; the inputs are not changed.'],
    parameters: [{ name: 'inputs', type: 'Inputs' }],
    returnType: 'Outputs',
    // Views: copies of the whole arrays rotated in place (elements outside the views kept).
    statements: [
      'const shape = validate(inputs);',
      // (An fp8 q is always written out of place: a new byte array, whatever the views.)
      `const out = { ${T.map((t) => (outType(ir, t, v) !== v.storage ? `${t}: new Uint8Array(inputs.${t}.length)` : ir.kernel.strided ? `${t}: inputs.${t}.slice()` : `${t}: new ${v.storage}(inputs.${t}.length)`)).join(', ')} };`,
      `kernel(inputs, shape, ${[...T.map((t) => (ir.kernel.strided && !fp8Q(ir) ? `out.${t}` : `inputs.${t}`)), ...T.map((t) => `out.${t}`)].join(', ')});`,
      'return out;',
    ],
  });
  return out;
}
