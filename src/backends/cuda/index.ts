// The CUDA C backend: per spec NAME.cu (kernel + extern "C" launcher), NAME.h (C interface),
// NAME.cuda.json (manifest) and, with `torch`, NAME_torch.cpp (a PyTorch op). Specs it cannot
// express yet get an RB001 diagnostic instead of code. See docs/cuda.md.
import { makeDiagnostic, type Diagnostic } from '../../compiler/diagnostics.js';
import { ownTokens, type OptimizedIR, type RopeIR } from '../../compiler/ir.js';
import { isPacked } from '../../compiler/runtime.js';
import { VERSION } from '../../version.js';
import { banner, renderTemplate, type Backend, type BackendResult, type EmitOptions } from '../common.js';
import { cElemType, emitCu, emitHeader, hostChecks, summary, torchTokens, vectorArrays, type TorchArg } from './emit.js';
import { cacheArrays, fp8Q, kvCacheShape, normArrays, slotArray, strideSizes, tensors, tokensOf } from '../../kernel/args.js';
import { chunksOf, GROUP_MIN_ITEMS, headGroups, lanesPerVector, type TensorSchedules } from '../../kernel/schedule.js';
import {
  BLOCK_THREADS, MAX_DYNAMIC_PAIRS, cudaSchedules, launchArgs, type LaunchArg, type TensorArg,
} from './plan.js';

export { launchArgs, cudaSchedules } from './plan.js';

/** Why the CUDA backend cannot emit this IR, or undefined when it can. */
export function cudaLimitation(ir: RopeIR): string | undefined {
  if (ir.omega && ir.omega.kind !== 'static' && ir.pairs.length > MAX_DYNAMIC_PAIRS) {
    return `run-time ω (dynamic scaling) travels in the kernel parameters, which hold at most ${MAX_DYNAMIC_PAIRS} pairs; ` +
      `this spec has ${ir.pairs.length}`;
  }
  return undefined;
}

export const cudaBackend: Backend = {
  name: 'cuda',
  emit(ir: OptimizedIR, options: EmitOptions): BackendResult {
    const problem = cudaLimitation(ir);
    if (problem) {
      const d: Diagnostic = makeDiagnostic('RB002', `the CUDA backend cannot emit '${ir.name}': ${problem}`, ir.file,
        ir.at.scaling ?? ir.at.rope, 'use the TypeScript or WGSL backend for this spec');
      return { artifacts: [], diagnostics: [d] };
    }
    const artifacts = [
      { path: `${ir.name}.cu`, contents: emitCu(ir, options.onKernel) },
      { path: `${ir.name}.h`, contents: emitHeader(ir) },
      { path: `${ir.name}.cuda.json`, contents: `${JSON.stringify(manifest(ir), null, 2)}\n` },
    ];
    if (options.torch) {
      artifacts.push({ path: `${ir.name}_torch.cpp`, contents: emitTorch(ir) });
      // The backward kernel of the out-of-place op (its autograd formula): the spec in the other direction.
      if (differentiable(ir)) {
        const inv = inverseIR(ir);
        artifacts.push({ path: `${inv.name}.cu`, contents: emitCu(inv) }, { path: `${inv.name}.h`, contents: emitHeader(inv) });
      }
    }
    return { artifacts, diagnostics: [] };
  },
};

// ------------------------------------------------------------------------------------------------
// Manifest

const TOKENS_FORMULA = { thd: 'tokens', bshd: 'batch * seq', bhsd: 'batch * seq' } as const;

export function manifest(ir: OptimizedIR) {
  const args = launchArgs(ir);
  const plans = cudaSchedules(ir);
  const vector = plans.vector !== null;
  // Items per token and head: one number, or q's and k's where their heads differ (MLA).
  const count = (ts: TensorSchedules) => {
    const c = chunksOf(ts);
    return c.q === c.k ? c.q : c;
  };
  const scalar = count(plans.scalar);
  const vec = plans.vector ? count(plans.vector) : scalar;
  const groups = headGroups(ir);
  // Work items of a launch: per token, each tensor's heads (or head groups) times its chunks; k over its own tokens with `k … tokens own`.
  const [cq, ck] = typeof scalar === 'number' && typeof vec === 'number' ? ['chunks', 'chunks'] : ['chunks.q', 'chunks.k'];
  const items = (qh: string, kh: string) => ownTokens(ir) ? `tokens × ${cq} × ${qh} + k_tokens × ${ck} × ${kh}`
    : cq === ck ? `tokens × chunks × (${qh} + ${kh})` : `tokens × (${cq} × ${qh} + ${ck} × ${kh})`;
  return {
    ropec: VERSION,
    target: 'cuda',
    name: ir.name,
    source: ir.file,
    specHash: ir.specHash,
    summary: summary(ir),
    files: { kernel: `${ir.name}.cu`, header: `${ir.name}.h` },
    symbols: {
      launch: `ropec_${ir.name}_launch`,
      check: `ropec_${ir.name}_check`,
      ...(ir.kernel.sincos.kind === 'table' ? { fillSincosTable: `ropec_${ir.name}_fill_sincos_table` } : {}),
    },
    headDim: ir.headDim,
    rotaryDim: ir.rotaryDim,
    pairs: ir.pairs.length,
    dtype: ir.kernel.dtype,
    layout: ir.kernel.layout,
    inplace: ir.kernel.inplace,
    precision: ir.kernel.precision,
    sincos: ir.kernel.sincos,
    arguments: [
      ...args.map((a: LaunchArg) =>
        a.kind === 'tensor'
          ? { name: a.name, kind: 'tensor', dtype: a.dtype, role: a.role, shape: a.shape, doc: a.doc }
          : { name: a.name, kind: 'size', ctype: a.domain === 'scale' ? 'float' : 'int64_t', domain: a.domain, doc: a.doc }),
      { name: 'stream', kind: 'stream', ctype: 'cudaStream_t', doc: 'the launch stream' },
    ],
    launch: {
      blockThreads: BLOCK_THREADS,
      tokens: TOKENS_FORMULA[ir.kernel.layout],
      chunksPerTokenAndHead: { vector16: vec, scalar },
      headGroups: groups,
      items: `${items('q_heads', 'k_heads')}, one head per thread; once ${items(`ceil(q_heads / ${groups.q})`, `ceil(k_heads / ${groups.k})`)} reaches ROPEC_GROUP_MIN_ITEMS (${GROUP_MIN_ITEMS}), that many, a group of heads per thread (chunks: chunksPerTokenAndHead of the path taken)`,
      grid: `ceil(items / ${BLOCK_THREADS})`,
      vectorPath: vector
        ? `taken when ${vectorArrays(ir).join(', ')} are 16-byte aligned${strideSizes(ir).length > 0 ? ` and every stride (${strideSizes(ir).join(', ')}) is a multiple of ${lanesPerVector(ir)} elements` : ''}`
        : 'none (lanes do not line up on 16 bytes)',
      dynamicOmega: ir.omega && ir.omega.kind !== 'static' ? 'computed on the host from seq_len at each launch' : null,
    },
  };
}

// ------------------------------------------------------------------------------------------------
// PyTorch extension

/** A host check in the torch op: a tensor's dtype, rank, sizes and contiguity, or a call of the header's check. */
type HostCheck = { tensor: string; dtype: string; rank: number; sizes: string[]; shape: string; what: string } | { tensor: null; check: string; args: TorchArg[] };

/**
 * The torch op's host checks of segment tables, packed grid sizes, cu_seqlens or cache positions
 * given on the CPU (see emitTorch): for each of the header's checks, the tensors it reads (dtype,
 * rank, sizes where it takes a length from batch), then the check itself.
 */
function torchHostChecks(ir: RopeIR): HostCheck[] {
  const src = ir.positions.source;
  const C = ir.positions.components;
  // Arrays whose length the host check takes from batch (k's cu_seqlens, the grid sizes) have it checked first:
  // the check reads that many entries. (q's cu_seqlens gives batch.)
  const grid = src.kind === 'grid' ? ['batch', `${src.axes.length}`] : [];
  const tensor = ({ name, type }: { name: string; type: string }): HostCheck => {
    const [dtype, what] = HOST_ARRAY_DTYPE[type];
    // A positions tensor's sizes too: the check reads tokens entries of it (of each of its C rows).
    const which = name === 'k_positions' ? 'k' : 'q';
    const count = torchTokens(ir, which).join(' * ');
    const sizes = name === 'k_cu_seqlens' ? ['batch + 1'] : name.endsWith('grid_sizes') ? grid : name.endsWith('positions') ? (C === 1 ? [count] : [`${C}`, count]) : [];
    const tokens = tokensOf(ir, which);
    const shape = name.endsWith('positions') ? (C === 1 ? `[${tokens}]` : `[${C}, ${tokens}]`) : sizes.length > 0 ? `[${sizes.join(', ')}]` : '';
    const rank = name.endsWith('grid_sizes') || (name.endsWith('positions') && C > 1) ? 2 : 1;
    return { tensor: name, dtype, rank, sizes, shape, what };
  };
  return hostChecks(ir).flatMap((c) => [...c.reads.map(tensor), { tensor: null, check: c.check, args: c.torchArgs }]);
}

/** A host check's array: its C element type's torch dtype and name. */
const HOST_ARRAY_DTYPE: Record<string, [string, string]> = { int64_t: ['at::kLong', 'int64'], int32_t: ['at::kInt', 'int32'], float: ['at::kFloat', 'float32'] };

const TORCH_DTYPE: Record<string, string> = { f32: 'at::kFloat', f16: 'at::kHalf', bf16: 'at::kBFloat16', i64: 'at::kLong', i32: 'at::kInt', e4m3: 'at::kFloat8_e4m3fn' };

/** A launcher size in the op: an int, or (an fp8 cache's k_scale, v_scale) a float, which the schema calls `float` and C++ `double`. */
const isScale = (a: LaunchArg) => a.kind === 'size' && a.domain === 'scale';

/** One op of the extension: its C++ function, fake kernel and schema (the spec's, or its inverse's). */
function torchOp(ir: RopeIR) {
  const args = launchArgs(ir);
  const { layout, inplace } = ir.kernel;
  const src = ir.positions.source;
  const packed = isPacked(ir);
  const opName = inplace ? `${ir.name}_` : ir.name;
  const tensorIns = args.filter((a): a is TensorArg => a.kind === 'tensor' && a.role !== 'out');
  // Sizes the op reads from q's shape (and cu_seqlens) rather than taking as arguments.
  const derived = new Set(['tokens', 'batch', 'seq', 'q_heads', 'k_heads']);
  const fused = src.kind === 'segments';
  if (fused) derived.add('segment_words').add('segment_value_count');
  for (const x of strideSizes(ir)) derived.add(x);
  const caches = cacheArrays(ir);
  if (caches.length > 0) derived.add('cache_positions');
  if (ownTokens(ir)) derived.add('k_tokens').add('k_seq');
  const kv = ir.kernel.kvCache;
  const cacheRows = kv ? (kv.kind === 'slots' ? 'cache_slots' : 'cache_blocks') : undefined;
  if (cacheRows) derived.add(cacheRows);
  const table = slotArray(ir) === 'block_table';
  if (table) derived.add('table_blocks');
  const sizeParams = args.filter((a) => a.kind === 'size' && !derived.has(a.name));
  // The tensors the op takes (q and k, or one of them): the first gives the device and the sizes.
  const T = tensors(ir);
  const a0 = T[0];
  const dims = layout === 'thd' ? { tokens: 0, heads: 1, seq: 1 } : layout === 'bshd' ? { tokens: 1, batch: 0, seq: 1, heads: 2 } : { tokens: 1, batch: 0, heads: 1, seq: 2 };
  // The sizes the op reads from its tensors' shapes: tokens (or batch and seq), k's own token count,
  // batch from cu_seqlens, a segment table's lengths, a cos/sin cache's and a KV cache's rows (the
  // launcher checks the rest), run-time head counts (fixed ones are numbers in the shapes below),
  // and the strides of views (e.g. of a fused QKV buffer; a KV cache's v too: lanes contiguous,
  // tokens evenly spaced).
  const sizes = {
    thd: layout === 'thd', bshd: layout === 'bshd', own: ownTokens(ir), packed, segments: fused, seqDim: dims.seq, headsDim: dims.heads, tokenDim: dims.tokens,
    cache: caches.length > 0 ? { name: caches[0].name, width: caches[0].width } : null,
    kv: kv && cacheRows ? { rank: kvCacheShape(ir).length, shape: kvCacheShape(ir).join(', '), rows: cacheRows, table } : null,
    qHeads: ir.kernel.qHeads === null, kHeads: ir.kernel.kHeads === null,
    views: ir.kernel.strided ? [...T, ...(kv ? ['v'] : [])].map((t) => ({ t, isFirst: t === a0 })) : [],
  };
  // (A positions tensor's [tokens] in batch layouts: batch · seq.)
  const cShape = (a: TensorArg) => a.shape.map((d) => (typeof d === 'number' ? `${d}` : d === 'tokens' || d === 'k_tokens' ? torchTokens(ir, d === 'tokens' ? 'q' : 'k').join(' * ') : d));
  // Small index tables the launcher cannot check in device memory: given on the CPU they are
  // checked here with the header's host check and copied to q's device; given on the device they
  // are used as they are (every kernel read is clamped). The op then works on the `_d` copies.
  const hostArrays = hostChecks(ir).flatMap((c) => c.reads.map((r) => r.name));
  const onDevice = (name: string) => (hostArrays.includes(name) ? `${name}_d` : name);
  const view = (name: string) => ir.kernel.strided && (name === 'q' || name === 'k' || name === 'v');
  const expects = tensorIns.map((a) => ({ arg: onDevice(a.name), tensor: a.name, dtype: TORCH_DTYPE[a.dtype], shape: cShape(a), contiguous: !view(a.name) }));
  // Out of place: a tuple of the outputs, or the one output of a q-only or k-only spec.
  const results = T.length === 2 ? `{${T.map((t) => `${t}_out`).join(', ')}}` : `${T[0]}_out`;
  const returnType = inplace ? 'void' : T.length === 2 ? 'std::tuple<at::Tensor, at::Tensor>' : 'at::Tensor';
  // The launcher's arguments: sizes (an fp8 cache's scales as float), and tensors' data pointers as its C types.
  const launch = (a: LaunchArg) => (a.kind === 'size' ? { size: a.name, scale: isScale(a) } : { tensor: onDevice(a.name), const: a.role === 'in', ctype: cElemType(ir, a) });
  const schemaArg = (a: LaunchArg) => {
    if (a.kind === 'size') return `${isScale(a) ? 'float' : 'int'} ${a.name}`;
    // Tensors the op writes: q and k in place, and a KV cache's two caches.
    if (a.role === 'inout') return `Tensor(${({ q: 'a', k: 'b', k_cache: 'c', v_cache: 'd' } as Record<string, string>)[a.name]}!) ${a.name}`;
    return `Tensor ${a.name}`;
  };
  const schemaArgs = [...tensorIns, ...sizeParams];
  const cType = (a: LaunchArg) => (a.kind === 'size' ? (isScale(a) ? 'double' : 'int64_t') : 'const at::Tensor&');
  const firstShape = args.find((a): a is TensorArg => a.name === a0)!.shape;
  return {
    name: ir.name,
    opName,
    first: a0,
    tensorNames: T,
    outOfPlace: !inplace,
    pair: T.length === 2,
    qDims: layout === 'thd' ? 3 : 4,
    qShapeText: `[${firstShape.join(', ')}]`,
    returnType,
    // The op's C++ parameters (types alone: the dispatcher's typed signature). The Meta (fake) kernel
    // reads only q and k, and only out of place: the other parameters are unnamed.
    params: schemaArgs.map((a) => ({ type: cType(a), name: a.name, meta: !inplace && (a.name === 'q' || a.name === 'k') })),
    paramNames: schemaArgs.map((a) => a.name).join(', '),
    paramCount: schemaArgs.length,
    // k with its own tokens: empty only when both are (one side's tokens may be 0; its pointer may then be NULL).
    own: ownTokens(ir),
    sizes,
    hostArrays,
    hostChecks: torchHostChecks(ir),
    expects,
    // Strided outputs are laid out like their inputs (the kernel writes them with the inputs' strides).
    // An fp8 q's output (`q … output fp8_e4m3`) is float8_e4m3fn, laid out as q is.
    outs: T.map((t) => ({ t, strided: ir.kernel.strided === true, fp8: t === 'q' && fp8Q(ir) })),
    results,
    launch: args.map(launch),
    schema: `${opName}(${schemaArgs.map(schemaArg).join(', ')}) -> ${inplace ? '()' : T.length === 2 ? '(Tensor, Tensor)' : 'Tensor'}`,
    callExample: schemaArgs.map((a) => a.name).join(', '),
    /** Arguments besides q and k, for the autograd function to keep: tensors and ints. */
    extraTensors: schemaArgs.filter((a) => a.kind === 'tensor' && a.name !== 'q' && a.name !== 'k').map((a) => a.name),
    extraInts: schemaArgs.filter((a) => a.kind === 'size').map((a) => a.name),
    /** Tensors the op changes in place (their versions are bumped by the non-differentiable kernel). */
    mutated: [...(inplace ? T : []), ...(kv ? ['k_cache', 'v_cache'] : [])],
  };
}

/** Does the torch op have a backward (the inverse spec's op)? Out of place, and no norm before the rotation. */
const differentiable = (ir: RopeIR): boolean => !ir.kernel.inplace && !ir.kernel.norm && !ir.kernel.kvCache && !fp8Q(ir);

/** The spec with the opposite direction: its rotation is the transpose of the spec's, so it maps output gradients to input gradients. */
export function inverseIR<T extends RopeIR>(ir: T): T {
  return { ...ir, name: `${ir.name}_inverse`, sign: -ir.sign as 1 | -1 };
}

function emitTorch(ir: OptimizedIR): string {
  const forward = torchOp(ir);
  // Out of place: a differentiable op; its backward is the inverse spec's op (NAME_inverse.cu).
  // A norm before the rotation is not undone by the inverse rotation: no backward yet.
  const inverse = differentiable(ir) ? torchOp(inverseIR(ir)) : null;
  return renderTemplate('cuda', 'torch', {
    banner: banner(ir, 'cuda'),
    summary: summary(ir),
    name: ir.name,
    forward,
    ops: inverse ? [forward, inverse] : [forward],
    inverse,
    sources: inverse ? `"${ir.name}_torch.cpp", "${ir.name}.cu", "${ir.name}_inverse.cu"` : `"${ir.name}_torch.cpp", "${ir.name}.cu"`,
    undifferentiable: ir.kernel.inplace ? 'in place' : ir.kernel.norm ? 'a norm before the rotation' : ir.kernel.kvCache ? 'a KV-cache write' : 'an fp8 output',
    // In place: q and k must not require grad (nor v, copied into a cache). A norm's weights (a model's parameters) may, where no gradient is recorded.
    noGrad: [...forward.tensorNames, ...(ir.kernel.kvCache ? ['v'] : [])],
    gradWeights: normArrays(ir).map((w) => w.name),
    refusal: ir.kernel.inplace ? "the in-place op is not differentiable; use a spec without 'inplace' for training"
      : ir.kernel.norm ? "the op normalizes q and k before it rotates them and has no backward yet; for training, normalize with torch and rotate with a spec without 'norm'"
        : ir.kernel.kvCache ? "the op writes a KV cache (an inference step) and has no backward; for training, use a spec without 'kv_cache'"
          : "the op writes q as fp8 e4m3 (an inference step) and has no backward; for training, use a spec without 'output fp8_e4m3'",
    savedTensors: forward.extraTensors,
    savedInts: forward.extraInts,
  });
}
