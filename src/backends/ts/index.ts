// The TypeScript backend: one standalone ESM module per spec (no imports), laid out by
// templates/ts/module.hbs around the kernels printed from the kernel IR. The hot loop is monomorphic typed-array code: positions and sin/cos once per
// (token, pair), then every head of q and k, with lane runs and identity lanes from the IR.
// Angles are computed in float64, so TS output is the interpreter's numbers rounded to storage.
import { ownTokens, sameLanes, tensorLanes, type OptimizedIR, type RopeIR } from '../../compiler/ir.js';
import { banner, renderTemplate, type Backend, type BackendResult, type EmitOptions } from '../common.js';
import type { KernelObserver } from '../../kernel/legalize.js';
import { buildKernel, type Variant } from '../../kernel/build.js';
import { printTsKernel, TS_CAPABILITIES, type TsFunction } from './table.js';
import { messageLiteral, printTsChecks, tsTableFunctions } from '../typescript.js';
import { argumentChecks } from '../../kernel/checks.js';
import { fp8Cache, fp8Q, hostArguments, hostNeutral, shapeText, sizeDoc, slotArray, strideSizes, tensors, type ArrayArg, type SizeArg } from '../../kernel/args.js';
import { wasmSource } from './wasm.js';

export const tsBackend: Backend = {
  name: 'ts',
  emit(ir: OptimizedIR, options: EmitOptions): BackendResult {
    return { artifacts: [{ path: `${ir.name}.ts`, contents: emitModule(ir, options.onKernel) }], diagnostics: [] };
  },
};


/** What the emitted module's names and shapes are, derived once from the IR. */
interface View {
  storage: 'Float32Array' | 'Uint16Array';
  positionsType?: string;
}

function view(ir: RopeIR): View {
  const dtype = ir.kernel.dtype;
  const src = ir.positions.source;
  const floatPositions = src.kind === 'tensor' && src.element === 'float';
  return {
    storage: dtype === 'f32' ? 'Float32Array' : 'Uint16Array',
    positionsType: src.kind === 'tensor' ? (floatPositions ? 'Float32Array | Float64Array' : 'Int32Array') : undefined,
  };
}

function emitModule(ir: OptimizedIR, observe?: KernelObserver): string {
  const v = view(ir);
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
    ...[{ name: 'cosSinRows', schedule: 'runs' as const, outOfPlace: false, unit: 1, fill: true as const }],
    ...(own ? [{ name: 'cosSinRowsK', schedule: 'runs' as const, outOfPlace: false, unit: 1, fill: true as const, tensor: 'k' as const }] : []),
  ];
  const printed = printTsKernel(buildKernel(ir, TS_CAPABILITIES, variants).module, observe);
  const module = renderTemplate('ts', 'module', moduleView(ir, v, printed.constants, printed.functions));
  return `${module}\n${wasmSource(ir)}\n${renderTemplate('ts', 'bits', {})}${sixteenBit(ir) ? renderTemplate('ts', 'storage', { values: decodedTypes(ir) }) : ''}${fp8Cache(ir) || fp8Q(ir) ? renderTemplate('ts', 'e4m3', {}) : ''}`;
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

/** TypeScript's type of an array argument of kernel/args.ts in the TS module. */
function arrayType(ir: RopeIR, a: ArrayArg, v: View): string {
  if (a.element === 'storage') return v.storage;
  if (a.element === 'position') return v.positionsType!;
  if (a.element === 'fp8') return 'Uint8Array';
  if (a.element === 'cache') return ir.kernel.sincos.kind === 'cache' && ir.kernel.sincos.dtype === 'f32' ? 'Float32Array' : 'Uint16Array';
  return a.element === 'f32' ? 'Float32Array' : 'Int32Array';
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

/** Lines of printed code, one string a line. */
const linesOf = (lines: string[]): string[] => lines.flatMap((l) => l.split('\n'));

/**
 * What templates/ts/module.hbs lays out: SPEC and the kernels' constants, the Sizes / Inputs /
 * Outputs / Shape interfaces, validate() (the checks of kernel/checks.ts for host T, then the shape
 * they describe), sizesOf() for createWasmKernel (the sizes rows alone: it allocates q and k), the
 * printed kernels, and the calls the entry points make.
 *
 * `kernel` and `cosSinKernel` unpack the validated shape and the inputs, then call the printed
 * loops (rows, rowsOut, cosSinRows) with numbers and typed arrays only. Measured on prefill under
 * --trace-deopt: when the loop lived in a function taking the `inputs`/`shape` objects, V8
 * deoptimized it on every full GC ("weak objects"), and the next call ran 2–4× slower.
 */
function moduleView(ir: OptimizedIR, v: View, constants: string[], fns: TsFunction[]): object {
  const spec = {
    name: ir.name, headDim: ir.headDim, ...(sameLanes(ir) ? {} : { headDims: { q: tensorLanes(ir, 'q').headDim, k: tensorLanes(ir, 'k').headDim } }), rotaryDim: ir.rotaryDim, pairs: ir.pairs.length, axes: ir.axes,
    qHeads: ir.kernel.qHeads, kHeads: ir.kernel.kHeads, layout: ir.kernel.layout, dtype: ir.kernel.dtype,
    positions: ir.host.positions.kind, attentionFactor: ir.attentionFactor, specHash: ir.specHash,
  };
  const args = hostArguments(ir, 'T');
  const arrays = args.filter((a): a is ArrayArg => a.kind === 'array')
    .map((a) => ({ name: a.name, type: arrayType(ir, a, v), doc: hostNeutral(a.shape) ? `${a.doc}, shape ${shapeText(a.shape)}` : a.doc }));
  const checks = printTsChecks(ir, 'T', argumentChecks(ir, 'T'), 'RangeError');
  // The tensors the spec rotates (q and k, or one of them: `k heads 0`, `q heads 0`).
  const T = tensors(ir);
  const fn = (name: string) => fns.find((f) => f.name === name);
  const shape: Record<string, string> = { tokens: 'shape.tokens', batch: 'shape.batch', seq: 'shape.seq', q_heads: 'shape.qHeads', k_heads: 'shape.kHeads', offset: 'shape.offset' };
  const buffers: Record<string, string> = {
    positions: 'inputs.positions!', k_positions: 'inputs.k_positions!', segment_table: 'inputs.segment_table!', segment_values: 'inputs.segment_values!', offsets: 'inputs.offsets!',
    cu_seqlens: 'inputs.cu_seqlens!', k_offsets: 'inputs.k_offsets!', k_cu_seqlens: 'inputs.k_cu_seqlens!', k_grid_sizes: 'inputs.k_grid_sizes!', grid_sizes: 'inputs.grid_sizes!', sincos_table: 'table', cs: 'cs',
    cos_sin_cache: 'inputs.cos_sin_cache!', cos_cache: 'inputs.cos_cache!', sin_cache: 'inputs.sin_cache!',
    q_norm_weight: 'inputs.q_norm_weight!', k_norm_weight: 'inputs.k_norm_weight!',
    v: 'inputs.v!', slot_mapping: 'inputs.slot_mapping!', k_cache: 'inputs.k_cache!', v_cache: 'inputs.v_cache!', block_table: 'inputs.block_table!',
    q_in: 'srcq', k_in: 'srck', q_out: 'dstq', k_out: 'dstk',
  };
  // A printed loop's call: its sizes from the shape, ω, and its arrays from the inputs (io: the outputs in place).
  const call = (name: string, io: Record<string, string> = {}): string | null => {
    const f = fn(name);
    return f ? `${f.name}(${f.params.map((p) => (p.kind === 'size' ? shape[p.name] ?? `shape.${p.name}` : p.kind === 'table' ? 'omega' : io[p.name] ?? buffers[p.name])).join(', ')});` : null;
  };
  const own = ownTokens(ir);
  const calls = own
    ? { rows: call('rows', { q_out: 'dstq' }), rowsK: call('rowsK', { k_out: 'dstk' }), rowsOut: call('rowsOut'), rowsOutK: call('rowsOutK') }
    : { rows: call('rows', { q_out: 'dstq', k_out: 'dstk' }), rowsK: null, rowsOut: call('rowsOut'), rowsOutK: null };
  // The WebAssembly kernel's fills: cosSinKernel (q and k's tokens, or q's), cosSinKernelK (k's own tokens).
  const fills = [['cosSinRows', 'cosSinKernel'], ['cosSinRowsK', 'cosSinKernelK']].flatMap(([name, kernel]) => {
    const f = fn(name);
    return f ? [{ kernel, call: call(name), text: f.text }] : [];
  });
  const sizes = printTsChecks(ir, 'T', argumentChecks(ir, 'T', { sizesOnly: true }), 'RangeError');
  // The arrays each entry point writes (a KV cache's two caches in every one), and the views that may share a buffer.
  const caches = ir.kernel.kvCache ? ['k_cache', 'v_cache'] : [];
  const outs = T.map((t) => `out.${t}`);
  const apart = {
    inPlace: [...T, ...caches], into: [...outs, ...caches], fresh: caches,
    // (An output against an input, v included, is compared byte by byte.)
    views: ir.kernel.strided ? [[...T, ...(ir.kernel.kvCache ? ['v'] : [])], outs] : [],
    // Strided q and k: their outputs are one group only when laid out as the inputs are (checked per call).
    pair: ir.kernel.strided === true && T.length === 2,
    message: messageLiteral('arrays-apart', { name: 'name', lo: 'lo', hi: 'hi', other: 'other', otherLo: 'otherLo', otherHi: 'otherHi' }),
  };
  return {
    apart,
    banner: banner(ir, 'ts'), name: ir.name, spec: JSON.stringify(spec), constants,
    sizes: args.filter((a): a is SizeArg => a.kind === 'size').map((a) => ({ name: `${a.key ?? a.name}${a.optional ? '?' : ''}`, doc: sizeDoc(a) })),
    // q and k, the sizes, then the spec's other arrays.
    inputs: [...arrays.slice(0, 2), { name: 'sizes', type: 'Sizes', doc: '' }, ...arrays.slice(2)],
    outputs: T.map((t) => ({ name: t, type: outType(ir, t, v), bytes: outType(ir, t, v) !== v.storage })),
    shape: shapeFields(ir), sizeFields: sizeFields(ir),
    validate: { arrays: checks.arrays, lines: linesOf(checks.lines) },
    own, kv: ir.kernel.kvCache !== undefined, sizesLines: linesOf(sizes.lines),
    kernelParams: [...T.map((t) => ({ name: `src${t}`, type: v.storage })), ...T.map((t) => ({ name: `dst${t}`, type: outType(ir, t, v) }))],
    staticOmega: ir.omega!.kind === 'static', sincosTable: ir.kernel.sincos.kind === 'table', fp8Q: fp8Q(ir), first: T[0], calls,
    kernels: fns.filter((f) => !f.name.startsWith('cosSinRows')).map((f) => f.text), fills,
    tables: tsTableFunctions(ir, { omegaAt: ir.omega!.kind !== 'static' }),
    tensors: T, strided: ir.kernel.strided === true, copyIn: ir.kernel.strided === true && !fp8Q(ir),
    // Views: copies of the whole arrays rotated in place (elements outside the views kept); an fp8 q is always a new byte array.
    rotateDoc: fp8Q(ir) ? `Returns rotated copies of q and k, q as fp8 e4m3 bytes of q / q_scale${ir.kernel.strided ? ' (whole arrays: elements outside the views are 0 in q, copied as they are in k)' : ''}; the inputs are not changed.`
      : ir.kernel.strided ? 'Returns rotated copies of q and k (whole arrays: elements outside the views are copied as they are); the inputs are not changed.' : 'Returns rotated copies of q and k; the inputs are not changed.',
  };
}
