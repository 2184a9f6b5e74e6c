// The WGSL backend: per spec NAME.wgsl (compute entry points `rope`, in place, and
// `rope_out_of_place`), with `dtype f16 native` also NAME.f16.wgsl (array<f16> under `enable f16`),
// NAME.wgsl.ts (host module: pipeline, argument checks, dispatch) and NAME.wgsl.json (manifest for
// engines that dispatch the kernel themselves). The kernels are the shared kernel IR printed by the
// C-style printer with WGSL's table (table.ts). See docs/wgsl.md.
import { makeDiagnostic, type Diagnostic, type DiagnosticCode, type SourcePos } from '../../compiler/diagnostics.js';
import { ownTokens, sameLanes, tensorLanes, type OptimizedIR } from '../../compiler/ir.js';
import { buildKernel, type Variant } from '../../kernel/build.js';
import type { Chunks, HeadGroups, TensorSchedules } from '../../kernel/schedule.js';
import { VERSION } from '../../version.js';
import { argumentChecks } from '../../kernel/checks.js';
import { cacheArrays, fp8Cache, fp8Q, kvCacheShape, normArrays, slotArray, hostArguments, hostNeutral, layoutDims, shapeText, sizeDoc, tensors, tensorShape, type ArrayArg, type SizeArg } from '../../kernel/args.js';
import { printTsChecks, tsNumberFunction, tsTableFunctions } from '../typescript.js';
import { chunkCounts, chunksOf, GROUP_MIN_ITEMS, groupCount, lanesPerVector, schedulesKind } from '../../kernel/schedule.js';
import { v } from '../../kernel/ir.js';
import { angleTableFill, positionRepr } from '../../kernel/angle.js';
import type { KernelObserver } from '../../kernel/legalize.js';
import { banner, renderTemplate, templateFile, type Backend, type BackendResult, type EmitOptions } from '../common.js';
import { dynamicBinding, printWgslKernel, WGSL_CAPABILITIES, type WgslKernelText, type WgslStorage } from './table.js';

export const DEFAULT_WORKGROUP_SIZE = 64;
/** WebGPU's default maxComputeWorkgroupSizeX and maxComputeInvocationsPerWorkgroup. */
export const MAX_WORKGROUP_SIZE = 256;
export const MAX_WORKGROUPS_PER_DIMENSION = 65535;
/** Entry points: fixed names, so they never collide with a spec's name. */
export const ENTRY_POINT = 'rope';
export const OUT_OF_PLACE_ENTRY_POINT = 'rope_out_of_place';
/** `strided` specs, q and k views of one buffer: k is reached through q's bindings (WebGPU binds a writable buffer once). */
export const SHARED_ENTRY_POINT = 'rope_shared';
export const SHARED_OUT_OF_PLACE_ENTRY_POINT = 'rope_shared_out_of_place';
/** The largest sin/cos table the kernel can index with u32. */
const MAX_TABLE_BYTES = 2 ** 32 - 1;

/** One compiled shader: its text and what the host and manifest need to know about it. */
export interface WgslShader {
  storage: WgslStorage;
  text: WgslKernelText;
  wgsl: string;
  /** Items per head group of q and k (and per token of the serial entry points) of the in-place and out-of-place entry points. */
  items: { inPlace: Chunks; outOfPlace: Chunks };
  schedule: TensorSchedules;
  /** Heads per item of the `_grouped` entry points. */
  groups: HeadGroups;
}

/** The grouped twin of an entry point: the same rotation with a group of heads per invocation (prefill). */
export const GROUPED_SUFFIX = '_grouped';
/** The serial twin: every head in series per invocation (prefill on a device that is a CPU underneath). */
export const SERIAL_SUFFIX = '_serial';

export const wgslBackend: Backend = {
  name: 'wgsl',
  emit(ir: OptimizedIR, options: EmitOptions): BackendResult {
    const workgroupSize = options.workgroupSize ?? DEFAULT_WORKGROUP_SIZE;
    const diagnostics = limits(ir, workgroupSize);
    if (diagnostics.length > 0) return { artifacts: [], diagnostics };
    const observe = options.onKernel;
    const shader = compileShader(ir, workgroupSize, options.wgslVector !== false ? 'auto' : 'scalar', observe);
    // `dtype f16 native`: a second shader with array<f16> storage, chosen by the host module when
    // the device has shader-f16; the packed one stays the fallback that runs everywhere.
    const native = ir.kernel.nativeF16 ? compileShader(ir, workgroupSize, 'native', observe && ((stage, m) => observe(stage, m, 'f16 native'))) : null;
    // Views whose strides or starts break 16-byte alignment run a scalar shader, chosen per call.
    const scalar = ir.kernel.strided && shader.storage.kind === 'vector' ? compileShader(ir, workgroupSize, 'scalar', observe && ((stage, m) => observe(stage, m, 'scalar'))) : null;
    const artifacts = [{ path: `${ir.name}.wgsl`, contents: shader.wgsl }];
    if (native) artifacts.push({ path: `${ir.name}.f16.wgsl`, contents: native.wgsl });
    if (scalar) artifacts.push({ path: `${ir.name}.scalar.wgsl`, contents: scalar.wgsl });
    artifacts.push(
      { path: `${ir.name}.wgsl.ts`, contents: renderHost(ir, shader, native, scalar, workgroupSize) },
      { path: `${ir.name}.wgsl.json`, contents: `${JSON.stringify(manifest(ir, shader, native, scalar, workgroupSize), null, 2)}\n` },
    );
    return { artifacts, diagnostics: [] };
  },
};

/** What this backend cannot express: a diagnostic at the statement that asks for it, never wrong code. */
function limits(ir: OptimizedIR, workgroupSize: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fail = (code: DiagnosticCode, at: SourcePos, message: string, suggestion?: string) =>
    out.push(makeDiagnostic(code, `wgsl: ${message}`, ir.file, at, suggestion));
  if (!Number.isInteger(workgroupSize) || workgroupSize < 1 || workgroupSize > MAX_WORKGROUP_SIZE) {
    fail('RB003', ir.at.rope, `workgroup size must be a whole number from 1 to ${MAX_WORKGROUP_SIZE} (WebGPU's default limit), got ${workgroupSize}`);
  }
  if (ir.kernel.sincos.kind === 'table') {
    const bytes = ir.kernel.sincos.maxPositions * ir.pairs.length * 8;
    if (bytes > MAX_TABLE_BYTES) {
      fail('RB004', ir.at.kernel, `rope ${ir.name}: a sin/cos table of ${ir.kernel.sincos.maxPositions} positions × ${ir.pairs.length} pairs is ${bytes} bytes, ` +
        'more than a WGSL kernel can index (4 GiB)', "lower max_positions or use 'sincos compute'");
    }
  }
  const src = ir.positions.source;
  if (src.kind === 'grid' && src.integral) {
    for (const a of src.axes) {
      if ([a.stride, a.shift, a.scale].some((x) => Math.abs(x) > 2 ** 31 - 1)) {
        fail('RB005', ir.at.positions, `rope ${ir.name}: grid axis '${a.name}' has stride, shift or scale outside the i32 range`);
      }
    }
  }
  return out;
}

/**
 * One shader: the vector schedule where some chunk of the head is a whole 16-byte vector (q and k
 * bound as vectors, items own whole vectors), else one pair at a time (16-bit storage packed in
 * words, items own whole words); 'native': array<f16>, one element per entry.
 */
function compileShader(ir: OptimizedIR, workgroupSize: number, access: 'auto' | 'scalar' | 'native', observe?: KernelObserver): WgslShader {
  const dtype = ir.kernel.dtype;
  const W = dtype === 'f32' ? 4 : 8;
  // Each entry point twice: one head per invocation (decode-sized calls), and head groups.
  // An fp8 q (`q … output fp8_e4m3`) is written out of place only, into bytes of its own: no in-place
  // and no shared entry points (q and k views of one buffer are bound twice, read only).
  const fp8 = fp8Q(ir);
  const main = fp8 ? OUT_OF_PLACE_ENTRY_POINT : ENTRY_POINT;
  const variants = (kind: 'vector' | 'scalar', unit: number): Variant[] => [
    ...(fp8 ? [] : [{ name: ENTRY_POINT, schedule: kind, outOfPlace: false, unit }]),
    { name: OUT_OF_PLACE_ENTRY_POINT, schedule: kind, outOfPlace: true, unit },
    // Views of one buffer need both tensors (k is read and written through q's binding).
    ...(ir.kernel.strided && tensors(ir).length === 2 && !fp8 ? [
      { name: SHARED_ENTRY_POINT, schedule: kind, outOfPlace: false, unit, shared: true as const },
      { name: SHARED_OUT_OF_PLACE_ENTRY_POINT, schedule: kind, outOfPlace: true, unit, shared: true as const },
    ] : []),
  ].flatMap((x) => [
    { ...x, heads: 'one' as const },
    { ...x, name: `${x.name}${GROUPED_SUFFIX}`, heads: 'group' as const },
    { ...x, name: `${x.name}${SERIAL_SUFFIX}`, heads: 'serial' as const },
  ]);
  let built = buildKernel(ir, WGSL_CAPABILITIES, variants('vector', W));
  let storage: WgslStorage = { kind: 'vector', dtype };
  // Vector-bound buffers: every head of every tensor must start on a vector (a store writes its whole
  // vector, and items own whole vectors of a head), so a tensor whose heads are not whole vectors
  // (q and k of different widths) puts the spec on the scalar shader.
  const wholeVectors = tensors(ir).every((t) => tensorLanes(ir, t).headDim % W === 0);
  if (access !== 'auto' || schedulesKind(built.schedules.get(main)!) !== 'vector' || !wholeVectors) {
    const packed = dtype !== 'f32' && access !== 'native';
    built = buildKernel(ir, WGSL_CAPABILITIES, variants('scalar', packed ? 2 : 1));
    storage = { kind: access === 'native' ? 'native' : packed ? 'packed' : 'plain', dtype };
  }
  const text = printWgslKernel(built.module, storage, observe);
  const sched = built.schedules.get(main)!;
  const items = { inPlace: chunkCounts(sched), outOfPlace: chunkCounts(built.schedules.get(OUT_OF_PLACE_ENTRY_POINT)!) };
  const wgsl = renderTemplate('wgsl', 'kernel', {
    banner: banner(ir, 'wgsl'),
    // `enable` must precede every declaration; only the native-f16 variant needs one.
    enables: storage.kind === 'native' ? 'enable f16;\n\n' : '',
    name: ir.name,
    summary: summary(ir, storage, sched),
    uniform: text.uniform,
    bindings: text.bindings,
    constants: text.constants,
    codecs: text.codecs.map((c) => renderTemplate('wgsl', c, {}).trimEnd()),
    functions: text.functions,
    entries: text.entries,
    workgroupSize,
  });
  return { storage, text, wgsl, items, schedule: sched, groups: built.groups.get(`${main}${GROUPED_SUFFIX}`)! };
}

/** Items per head group as a manifest shows it: one number, or q's and k's where their heads differ. */
const shown = (c: Chunks): number | { q: number; k: number } => (c.q === c.k ? c.q : { q: c.q, k: c.k });

function summary(ir: OptimizedIR, storage: WgslStorage, sched: TensorSchedules): string {
  const c = chunksOf(sched);
  const heads = sameLanes(ir) ? `head_dim ${ir.headDim}, ${ir.pairs.length} pairs in ${c.q} item(s) per token`
    : `head_dim q ${tensorLanes(ir, 'q').headDim} / k ${tensorLanes(ir, 'k').headDim}, ${ir.pairs.length} pairs in q ${c.q} / k ${c.k} item(s) per head`;
  return [
    heads,
    `${ir.kernel.dtype} storage${storage.kind === 'native' ? ' (native array<f16>, enable f16)' : storage.kind === 'packed' ? ' (two 16-bit values per u32 word)' : ''}, layout ${ir.kernel.layout}`,
    storage.kind === 'vector' ? `16-byte access (${lanesPerVector(ir)} lanes per vector)` : 'scalar access',
    `positions ${ir.host.positions.kind}`,
    `ω ${ir.omega.kind === 'static' ? 'constant' : `from seq_len (${ir.omega.kind})`}`,
    ir.kernel.sincos.kind === 'table' ? `sincos table(${ir.kernel.sincos.maxPositions})`
      : ir.kernel.sincos.kind === 'cache' ? `sin/cos from the caller's cache (${ir.kernel.sincos.layout}, ${ir.kernel.sincos.dtype})` : 'sincos computed',
    `precision ${ir.kernel.precision}`,
  ].join('; ');
}

function renderHost(ir: OptimizedIR, shader: WgslShader, native: WgslShader | null, scalar: WgslShader | null, workgroupSize: number): string {
  const src = ir.positions.source;
  const args = hostArguments(ir, 'W');
  const sizeFields = args.filter((a): a is SizeArg => a.kind === 'size').map((a) => ({ name: a.key ?? a.name, optional: a.optional ? '?' : '', doc: sizeDoc(a) }));
  // Small arrays are checked and uploaded by the host; positions may also be a GPUBuffer.
  const sc = ir.kernel.sincos;
  const argType = (a: ArrayArg) => (a.name === 'v' || a.name === 'k_cache' || a.name === 'v_cache' ? 'GPUBuffer'
    : a.element === 'slot' || a.element === 'table' ? 'GPUBuffer | Int32Array'
    : a.element === 'position' ? `GPUBuffer | ${src.kind === 'tensor' && src.element === 'int' ? 'Int32Array' : 'Float32Array'}`
    : a.element === 'cache' ? `GPUBuffer | ${sc.kind === 'cache' && sc.dtype === 'f32' ? 'Float32Array' : 'Uint16Array'}`
    : a.element === 'storage' ? `GPUBuffer | ${ir.kernel.dtype === 'f32' ? 'Float32Array' : 'Uint16Array'}`
    : a.name === 'segment_table' ? 'Int32Array' : a.name === 'segment_values' ? 'Float32Array' : 'ArrayLike<number>');
  // q and k are tensorFields; the other arrays (a norm's weights too) are fields of their own.
  const argFields = args.filter((a): a is ArrayArg => a.kind === 'array' && !tensors(ir).some((t) => t === a.name))
    .map((a) => ({ name: a.name, optional: '', type: argType(a), doc: hostNeutral(a.shape) ? `${a.doc}, shape ${shapeText(a.shape)}` : a.doc }));
  const bindings = (s: WgslShader) => Object.fromEntries(s.text.bindings.map((b) => [b.name, b.binding]));
  const grid = src.kind === 'grid' && src.sizes === 'uniform' ? src.axes.map((a) => a.name) : [];
  const config = {
    name: ir.name,
    headDims: { q: tensorLanes(ir, 'q').headDim, k: tensorLanes(ir, 'k').headDim },
    pairs: ir.pairs.length,
    chunks: { main: shader.items, native: native ? native.items : null, scalar: scalar ? scalar.items : null },
    headGroups: shader.groups,
    groupMinItems: GROUP_MIN_ITEMS,
    tensors: tensors(ir),
    mainVector: shader.storage.kind === 'vector',
    views: ir.kernel.strided ? { vectorLanes: shader.storage.kind === 'vector' ? lanesPerVector(ir) : 1 } : null,
    dims: layoutDims(ir.kernel.layout),
    dtype: ir.kernel.dtype,
    bytesPerElement: ir.kernel.dtype === 'f32' ? 4 : 2,
    positions: src.kind === 'tensor' ? { kind: 'tensor', element: src.element === 'int' ? 'i32' : 'f32', components: ir.positions.components }
      : { kind: src.kind === 'segments' ? 'segments' : 'computed' },
    arrays: (['offsets', 'k_offsets', 'cu_seqlens', 'k_cu_seqlens', 'grid_sizes', 'k_grid_sizes'] as const).filter((name) => shader.text.bindings.some((b) => b.name === name)),
    gridAxes: grid,
    dynamic: ir.omega.kind !== 'static',
    table: ir.kernel.sincos.kind === 'table' ? { maxPositions: ir.kernel.sincos.maxPositions } : null,
    cache: sc.kind === 'cache' ? { dtype: sc.dtype, bytes: sc.dtype === 'f32' ? 4 : 2, arrays: cacheArrays(ir).map(({ name, width }) => ({ name, width })) } : null,
    norm: normArrays(ir).length > 0 ? { arrays: normArrays(ir).map(({ name, width }) => ({ name, width })) } : null,
    kv: ir.kernel.kvCache ? { shape: shapeText(kvCacheShape(ir)), slots: slotArray(ir)!, fp8: fp8Cache(ir) } : null,
    qOut: fp8Q(ir) ? 'fp8' : null,
    uniform: { size: shader.text.uniformSize, fields: shader.text.uniform },
    bindings: bindings(shader),
  };
  const checks = printTsChecks(ir, 'W', argumentChecks(ir, 'W'), 'RopeArgumentError');
  return renderTemplate('wgsl', 'host-spec', {
    banner: banner(ir, 'wgsl'),
    name: ir.name,
    wgslLiteral: JSON.stringify(shader.wgsl),
    nativeLiteral: native ? JSON.stringify(native.wgsl) : 'null',
    scalarLiteral: scalar ? JSON.stringify(scalar.wgsl) : 'null',
    workgroupSize,
    sizeFields,
    argFields,
    tensorFields: tensors(ir).map((t) => ({ name: t, shape: shapeText(tensorShape(ir, t)) })),
    bothTensors: tensors(ir).length === 2,
    outWhat: tensors(ir).length === 2 ? 'q and k are' : `${tensors(ir)[0]} is`,
    inWhat: tensors(ir).length === 2 ? 'q, k are left as they are' : `${tensors(ir)[0]} is left as it is`,
    dtype: ir.kernel.dtype,
    config: JSON.stringify(config, null, 2),
    arrays: checks.arrays,
    checks: checks.lines,
    grid,
    seqLen: ir.omega.kind !== 'static',
    cache: sc.kind === 'cache',
    kv: ir.kernel.kvCache !== undefined,
    kvTable: slotArray(ir) === 'block_table',
    fp8: fp8Cache(ir),
    fp8Q: fp8Q(ir),
    strided: ir.kernel.strided === true,
    // k with its own tokens: its count, offset and grid sizes, as validate() resolved them.
    kResolved: ownTokens(ir)
      ? `{ tokens: n_k_tokens, seq: ${ir.kernel.layout === 'thd' ? 'n_k_tokens' : 'n_k_seq'}, offset: ${src.kind === 'index' && src.offset === 'scalar' ? 'n_k_offset' : '0'}, grid: [${grid.map((a) => `n_k_grid_${a}`).join(', ')}] }`
      : 'null',
    views: [...tensors(ir), ...(ir.kernel.kvCache ? ['v'] : [])].map((t) => `${t}: [n_${t}_start, n_${t}_token_stride, n_${t}_head_stride]`).join(', ') + (tensors(ir).length < 2 ? `, ${tensors(ir)[0] === 'q' ? 'k' : 'q'}: []` : ''),
    groups: ['q', 'k'].map((t) => tsNumberFunction(`${t}Groups`, [`${t}_heads`], groupCount(v(`${t}_heads`, 'i64'), shader.groups[t as 'q' | 'k'], 'i64'),
      `Head groups of ${t} for the \`_grouped\` entry points (src/kernel/schedule.ts: the kernel's item index uses the same).`)).join('\n'),
    tables: tsTableFunctions(ir, {
      omegaAt: ir.omega.kind !== 'static' || ir.kernel.sincos.kind === 'table',
      angle: ir.omega.kind !== 'static' ? { fill: angleTableFill(ir, WGSL_CAPABILITIES, positionRepr(ir, WGSL_CAPABILITIES)), name: dynamicBinding } : undefined,
      stubs: true,
    }),
    bits: (src.kind === 'segments' ? renderTemplate('ts', 'bits', {}) : '') + (sc.kind === 'cache' && sc.dtype !== 'f32' ? renderTemplate('ts', 'storage', { values: { f16: false, bf16: false } }) : ''),
    host: templateFile('wgsl', 'host.ts'),
  });
}

function manifest(ir: OptimizedIR, shader: WgslShader, native: WgslShader | null, scalar: WgslShader | null, workgroupSize: number): object {
  const G = shown(shader.items.inPlace);
  const [cq, ck] = [`ceil(q_heads / ${shader.groups.q})`, `ceil(k_heads / ${shader.groups.k})`];
  const invocations = typeof G === 'number'
    ? `tokens × ${G} × (q_heads + k_heads) for ENTRY; tokens × ${G} × (${cq} + ${ck}) for ENTRY${GROUPED_SUFFIX}`
    : `tokens × (q_heads × ${G.q} + k_heads × ${G.k}) for ENTRY; tokens × (${cq} × ${G.q} + ${ck} × ${G.k}) for ENTRY${GROUPED_SUFFIX}`;
  const serial = shader.items.inPlace.serial;
  const W = workgroupSize;
  const omega = ir.omega;
  const sc = ir.kernel.sincos;
  const vector = shader.storage.kind === 'vector';
  return {
    format: 'ropec-wgsl-manifest/2',
    generator: `ropec ${VERSION}`,
    rope: ir.name,
    source: ir.file,
    specHash: ir.specHash,
    shader: `${ir.name}.wgsl`,
    entryPoint: fp8Q(ir) ? OUT_OF_PLACE_ENTRY_POINT : ENTRY_POINT,
    workgroupSize: [W, 1, 1],
    storage: {
      dtype: ir.kernel.dtype, layout: ir.kernel.layout, headDim: ir.headDim,
      ...(sameLanes(ir) ? {} : { headDims: { q: tensorLanes(ir, 'q').headDim, k: tensorLanes(ir, 'k').headDim } }),
      packing: ir.kernel.dtype === 'f32' ? 'one f32 per element' : 'two 16-bit values per u32, element 2i in bits 0–15',
      access: vector
        ? `16-byte vectors: q, k, q_src and k_src are ${ir.kernel.dtype === 'f32' ? 'array<vec4<f32>>' : 'array<vec4<u32>>'} (${lanesPerVector(ir)} lanes each); ` +
          'buffers and binding offsets must be multiples of 16 bytes'
        : 'scalar: one element (or one packed u32 word) per access',
    },
    sizes: { q_heads: ir.kernel.qHeads ?? 'run time', k_heads: ir.kernel.kHeads ?? 'run time', runtime: shader.text.uniform.filter((f) => f.name !== 'row_threads').map((f) => f.name) },
    bindGroup: 0,
    bindings: shader.text.bindings.map((b) => ({
      binding: b.binding, name: b.name, type: b.space === 'uniform' ? 'uniform' : b.space === 'storage, read' ? 'read-only-storage' : 'storage',
      element: b.element, source: b.source,
      usedBy: (b.name === 'q_src' || b.name === 'k_src' || fp8Q(ir) ? [OUT_OF_PLACE_ENTRY_POINT] : [ENTRY_POINT, OUT_OF_PLACE_ENTRY_POINT]).flatMap((x) => [x, `${x}${GROUPED_SUFFIX}`, `${x}${SERIAL_SUFFIX}`]),
    })),
    uniform: { struct: 'Params', size: shader.text.uniformSize, fields: shader.text.uniform },
    headGroups: shader.groups,
    dispatch: {
      invocations,
      pairGroupsPerToken: G,
      serial: `tokens × ${serial} for ENTRY${SERIAL_SUFFIX}`,
      choose: `ENTRY${GROUPED_SUFFIX} (a group of heads per invocation, its loads before its stores) once its invocations reach ${GROUP_MIN_ITEMS}, or on a CPU adapter (SwiftShader, llvmpipe, WARP, fallback adapters) ENTRY${SERIAL_SUFFIX} (every head per invocation: cos/sin computed least often); ENTRY (one head per invocation) for smaller, decode-sized calls. Each is right for any size`,
      workgroups: `W = ceil(invocations / ${W})`,
      grid: `rows = ceil(W / ${MAX_WORKGROUPS_PER_DIMENSION}); x = ceil(W / rows); dispatchWorkgroups(x, rows); params.row_threads = x × ${W}`,
      skipWhen: 'tokens = 0',
    },
    // An fp8 q is written out of place only.
    qOutput: fp8Q(ir) ? { dtype: 'fp8_e4m3', value: 'e4m3(rotated q / q_scale), q_scale a uniform f32', packing: 'four bytes per u32 word, element i in bits 8·(i % 4); an invocation\'s whole words written with atomicStore, parts of words with atomicAnd then atomicOr' } : null,
    inPlace: fp8Q(ir) ? null : `entry point ${ENTRY_POINT}, ${ENTRY_POINT}${GROUPED_SUFFIX} or ${ENTRY_POINT}${SERIAL_SUFFIX}: bind q and k (read_write) and dispatch; they are rotated in place`,
    outOfPlace: {
      entryPoint: OUT_OF_PLACE_ENTRY_POINT,
      grouped: `${OUT_OF_PLACE_ENTRY_POINT}${GROUPED_SUFFIX}`,
      serial: `${OUT_OF_PLACE_ENTRY_POINT}${SERIAL_SUFFIX}`,
      how: 'bind the inputs as q_src and k_src (read-only), the outputs as q and k, and dispatch as above with outGroupsPerToken in place of pairGroupsPerToken; one pass, every element of the outputs is written (pass-through lanes copied)',
      outGroupsPerToken: shown(shader.items.outOfPlace),
    },
    omega: omega.kind === 'static'
      ? { kind: 'static', where: 'constants in the shader' }
      : {
          ...omega,
          where: ir.kernel.precision === 'fast' ? "binding 'omega' (ω_j as f32), computed on the host for each seq_len"
            : "bindings 'turns_hi', 'turns_mid', 'turns_lo', computed on the host for each seq_len",
          formula: omega.kind === 'ntk_dynamic'
            ? 'L = max(seq_len, original); s = factor·L/original − (factor − 1); ω_j = base_j · s^expo_j'
            : 'ω = long if seq_len > threshold else short',
          split: 't = ω_j/2π in float64, hi = t rounded to 12 significant bits, mid = (t − hi) rounded to 12 bits, lo = f32(t − hi − mid)',
        },
    sincosTable: ir.kernel.sincos.kind === 'table'
      ? {
          maxPositions: ir.kernel.sincos.maxPositions,
          layout: `[${ir.kernel.sincos.maxPositions}, ${ir.pairs.length}, 2] f32: element (p·${ir.pairs.length} + j)·2 = cos(p·ω_j), + 1 = sin(p·ω_j), computed in float64`,
          outside: 'positions outside [0, max_positions) are computed in the kernel',
        }
      : null,
    cache: sc.kind === 'cache'
      ? {
          layout: sc.layout,
          arrays: cacheArrays(ir).map((a) => ({ binding: a.name, shape: ['cache_positions', a.width], element: sc.dtype })),
          packing: sc.dtype === 'f32' ? 'one f32 per element' : 'two 16-bit values per u32 word, element 2i in bits 0–15',
          rows: sc.layout === 'cos_sin' ? `row p: cos of pairs 0…${ir.pairs.length - 1}, then their sin (vLLM's cos_sin_cache)` : 'row p of cos_cache: cos of every pair; of sin_cache: sin',
          outside: 'a position outside [0, cache_positions) reads nothing and rotates its lanes to NaN',
        }
      : null,
    precision: ir.kernel.precision,
    views: ir.kernel.strided
      ? {
          sizes: 'q_start, k_start (elements into the bound buffer), q_token_stride, q_head_stride, k_token_stride, k_head_stride: uniform fields',
          sharedEntryPoints: fp8Q(ir) ? null : {
            [SHARED_ENTRY_POINT]: `q and k are views of one buffer: bind it as q only (k is reached through it); grouped: ${SHARED_ENTRY_POINT}${GROUPED_SUFFIX}, serial: ${SHARED_ENTRY_POINT}${SERIAL_SUFFIX}`,
            [SHARED_OUT_OF_PLACE_ENTRY_POINT]: `the same out of place: the inputs as q_src, the one output buffer as q; grouped: ${SHARED_OUT_OF_PLACE_ENTRY_POINT}${GROUPED_SUFFIX}, serial: ${SHARED_OUT_OF_PLACE_ENTRY_POINT}${SERIAL_SUFFIX}`,
          },
          vectorAccess: shader.storage.kind === 'vector' ? `every start and stride a multiple of ${lanesPerVector(ir)} elements; otherwise dispatch ${ir.name}.scalar.wgsl` : 'none',
          scalarShader: scalar ? { shader: `${ir.name}.scalar.wgsl`, pairGroupsPerToken: shown(scalar.items.inPlace), outGroupsPerToken: shown(scalar.items.outOfPlace) } : null,
          words: ir.kernel.dtype === 'f32' ? null : 'packed 16-bit storage: starts and strides must be even',
        }
      : null,
    variants: native
      ? [{
          shader: `${ir.name}.f16.wgsl`,
          requires: ['shader-f16'],
          when: "the device was created with the 'shader-f16' feature; otherwise use the shader above",
          storage: { dtype: 'f16', packing: 'one f16 per element (array<f16>)' },
          bindings: native.text.bindings.filter((b) => b.name === 'q' || b.name === 'k').map((b) => ({ binding: b.binding, name: b.name, element: b.element })),
          dispatch: { pairGroupsPerToken: shown(native.items.inPlace), outGroupsPerToken: shown(native.items.outOfPlace) },
          sameAsAbove: 'every other binding, the uniform block, the workgroup size and the grid formula (with its own pairGroupsPerToken)',
        }]
      : [],
  };
}
