// The CUDA emitter: IR → view models → templates/cuda/*.hbs. Every choice between alternatives
// (where a token's position comes from, exact or fast sin/cos, static or run-time ω, layouts) picks
// a partial here; templates stay logic-less. A pure function of the IR.
import { ownTokens, type OptimizedIR, type RopeIR } from '../../compiler/ir.js';
import { buildKernel, type Variant } from '../../kernel/build.js';
import { e, s, v, type Expr, type KernelModule } from '../../kernel/ir.js';
import { chunksOf, GROUP_MIN_ITEMS, groupItems, itemsPerToken, lanesPerVector, schedulesKind, type HeadGroups } from '../../kernel/schedule.js';
import type { KernelObserver } from '../../kernel/legalize.js';
import { CUDA_CAPABILITIES, cudaHostConstants, printCudaChecks, printCudaHost, printCudaKernel } from './table.js';
import { angleTableFill, positionRepr } from '../../kernel/angle.js';
import { cacheFill, omegaFill, sincosFill } from '../../kernel/tables.js';
import { cacheArrays, fp8Cache, fp8Q, positionSides, seqOf, strideSizes, tokensOf } from '../../kernel/args.js';
import { argumentChecks } from '../../kernel/checks.js';
import { isPacked, usesSegmentTable } from '../../compiler/runtime.js';
import type { Dtype } from '../../compiler/spec.js';
import { banner, renderTemplate } from '../common.js';
import { BLOCK_THREADS, launchArgs, type LaunchArg, type TensorArg } from './plan.js';


/** Storage dtypes in C: the device type, the C-header stand-in and the header that defines it. */
const ELEM: Record<Dtype, { cuda: string; c: string; include?: string; cComment: string }> = {
  f32: { cuda: 'float', c: 'float', cComment: '' },
  f16: { cuda: '__half', c: 'uint16_t', include: 'cuda_fp16.h', cComment: ' /* IEEE binary16 bit patterns */' },
  bf16: { cuda: '__nv_bfloat16', c: 'uint16_t', include: 'cuda_bf16.h', cComment: ' /* bfloat16 bit patterns */' },
};

/** C type of a tensor argument's elements, as the launcher declares it. */
export function cElemType(ir: RopeIR, arg: TensorArg): string {
  switch (arg.dtype) {
    case 'i64': return 'int64_t';
    case 'i32': return 'int32_t';
    case 'e4m3': return `ropec_${ir.name}_fp8_t`;
    case 'f32': return ['q', 'k', 'v', 'k_cache', 'v_cache'].includes(arg.name) || arg.name.endsWith('_out') ? `ropec_${ir.name}_elem_t` : 'float';
    default: return cacheArrays(ir).some((c) => c.name === arg.name) ? `ropec_${ir.name}_cache_t` : `ropec_${ir.name}_elem_t`;
  }
}

export function paramDecl(ir: RopeIR, arg: LaunchArg): string {
  if (arg.kind === 'size') return `${arg.domain === 'scale' ? 'float' : 'int64_t'} ${arg.name}`;
  return `${arg.role === 'in' ? 'const ' : ''}${cElemType(ir, arg)}* ${arg.name}`;
}

export function summary(ir: RopeIR): string {
  const rotary = ir.rotaryDim === ir.headDim ? `${ir.headDim} lanes` : `${ir.rotaryDim} of ${ir.headDim} lanes (from lane ${ir.rotaryOffset})`;
  const dir = ir.sign === 1 ? 'forward' : 'inverse';
  const layout = { thd: '[tokens, heads, dim]', bshd: '[batch, seq, heads, dim]', bhsd: '[batch, heads, seq, dim]' }[ir.kernel.layout];
  return `${ir.style} ${dir} rotation of ${rotary}, ${ir.kernel.dtype} ${layout}, ` +
    `${ir.kernel.inplace ? 'in place' : 'out of place'}, positions ${ir.host.positions.kind}, ` +
    `sin/cos ${ir.kernel.sincos.kind === 'table' ? `from a table (${ir.kernel.precision})` : ir.kernel.sincos.kind === 'cache' ? `from the caller's ${ir.kernel.sincos.dtype} cache (${ir.kernel.sincos.layout})` : `computed (${ir.kernel.precision})`}.`;
}

export function emitCu(ir: OptimizedIR, observe?: KernelObserver): string {
  const args = launchArgs(ir);
  const outOfPlace = !ir.kernel.inplace;
  // Each schedule twice: one head per item (decode-sized calls) and head groups (prefill).
  const variants: Variant[] = (['scalar', 'vector'] as const).flatMap((kind) => [
    { name: kind, schedule: kind, outOfPlace, unit: 1, heads: 'one' as const },
    { name: `${kind}_grouped`, schedule: kind, outOfPlace, unit: 1, heads: 'group' as const },
  ]);
  const built = buildKernel(ir, CUDA_CAPABILITIES, variants);
  const vector = schedulesKind(built.schedules.get('vector')!) === 'vector';
  if (!vector) {
    built.module.entries = built.module.entries.filter((x) => x.name.startsWith('scalar'));
    built.module.functions = built.module.functions.filter((f) => !f.name.startsWith('item_vector'));
  }
  const text = printCudaKernel(built.module, observe);
  // Items per head group of q and of k, on each path (equal unless q and k have heads of different shapes).
  const chunks = { scalar: chunksOf(built.schedules.get('scalar')!), vector: chunksOf(built.schedules.get(vector ? 'vector' : 'scalar')!) };
  const groups = built.groups.get('scalar_grouped')!;
  const most = { q: Math.max(chunks.scalar.q, chunks.vector.q), k: Math.max(chunks.scalar.k, chunks.vector.k) };
  // (The kernel arguments' fields read the checks' locals n_tokens, n_cache_slots, n_k_tokens.)
  const read = fields(ir, built.module).map((f) => f.value).filter((x) => x.startsWith('n_'));
  const checks = printCudaChecks(argumentChecks(ir, 'C', { launch: { block: BLOCK_THREADS, chunks: most, groups } }), read);
  // The launch's work items on the path taken, one head or a group of heads per item (kernel/schedule.ts: the kernels' item index uses the same).
  const [Q, K] = [v('q_heads', 'i64'), v('k_heads', 'i64')];
  const [T, KT] = [v('a.tokens', 'i64'), v('a.k_tokens', 'i64')];
  // k with its own tokens: q's items over tokens plus k's over k_tokens.
  const launch = (g: HeadGroups, ch: HeadGroups): Expr => ownTokens(ir)
    ? e.add(e.mul(T, groupItems(Q, g.q, ch.q, 'i64')), e.mul(KT, groupItems(K, g.k, ch.k, 'i64')))
    : e.mul(T, itemsPerToken(g, ch, Q, K, 'i64'));
  const perToken = (g: HeadGroups): Expr => e.select(v('vector', 'bool'), launch(g, chunks.vector), launch(g, chunks.scalar));
  const view = {
    banner: banner(ir, 'cuda'),
    summary: summary(ir),
    prelude: renderTemplate('cuda', 'prelude', {}),
    name: ir.name,
    elemType: ELEM[ir.kernel.dtype].cuda,
    headDim: ir.headDim,
    pairs: ir.pairs.length,
    blockThreads: BLOCK_THREADS,
    itemsLines: printCudaHost([s.let('grouped_items', perToken(groups)), s.let('single_items', perToken({ q: 1, k: 1 }))]),
    qHeads: ir.kernel.qHeads ?? 'a.q_heads',
    kHeads: ir.kernel.kHeads ?? 'a.k_heads',
    groupMinItems: GROUP_MIN_ITEMS,
    constants: text.constants,
    argsFields: text.argsFields,
    functions: text.functions,
    works: text.entries.map((x) => ({ ...x, doc: built.module.entries.find((y) => y.name === x.name)!.doc })),
    hasVector: vector,
    params: args.map((a) => paramDecl(ir, a)).join(', '),
    paramNames: args.map((a) => a.name).join(', '),
    checks: checks.body,
    checkFunctions: checks.functions,
    hostChecks: hostChecks(ir).map(cFunction),
    fields: fields(ir, built.module),
    omegaFill: dynamic(ir) ? dynamicOmega(ir) : [],
    hostConstants: dynamic(ir) || ir.kernel.sincos.kind !== 'compute' ? cudaHostConstants(omegaFill(ir).constants) : [],
    // 16-byte access where every q/k pointer is 16-byte aligned and every stride keeps it so.
    vectorCondition: vector
      ? [...vectorArrays(ir).map((name) => `ropec_aligned16(${name})`), ...strideSizes(ir).map((x) => `${x} % ${lanesPerVector(ir)} == 0`)].join(' && ')
      : 'false',
    tableFill: tableFill(ir) + cacheFillFunction(ir),
  };
  return renderTemplate('cuda', 'kernel', view);
}

/** The arrays the 16-byte path reads or writes 16 bytes at a time: each must be 16-byte aligned (fp8 bytes are stored one by one). */
export function vectorArrays(ir: RopeIR): string[] {
  return launchArgs(ir).filter((a): a is TensorArg => a.kind === 'tensor' && a.dtype !== 'e4m3' && (['q', 'k', 'v', 'k_cache', 'v_cache'].includes(a.name) || a.role === 'out')).map((a) => a.name);
}

/** The kernel arguments' fields and the launcher's values for them, filled after the checks passed. */
function fields(ir: OptimizedIR, m: KernelModule): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const set = (name: string, value = name) => out.push({ name, value });
  const names = new Set(m.buffers.map((b) => b.name));
  const { inplace, layout } = ir.kernel;
  for (const t of ['q', 'k']) if (names.has(`${t}_in`)) set(`${t}_in`, t);
  for (const t of ['q', 'k']) if (names.has(`${t}_out`)) set(`${t}_out`, inplace ? t : `${t}_out`);
  for (const b of m.buffers) if (!['q_in', 'q_out', 'k_in', 'k_out'].includes(b.name)) set(b.name);
  set('tokens', 'n_tokens');
  set('batch', layout === 'thd' && !isPacked(ir) ? '1' : 'batch');
  set('seq', layout === 'thd' ? 'tokens' : 'seq');
  // A KV cache's slots: cache_slots, or cache_blocks · block (the checks' n_cache_slots either way);
  // k's own tokens: k_tokens, or batch · k_seq (the checks' n_k_tokens either way).
  const derived: Record<string, string> = { cache_slots: 'n_cache_slots', k_tokens: 'n_k_tokens' };
  for (const x of m.sizes) if (!['tokens', 'batch', 'seq'].includes(x.name)) set(x.name, derived[x.name] ?? x.name);
  if (usesSegmentTable(ir)) {
    set('segment_words');
    set('segment_value_count');
  }
  return out;
}

/** The launcher's fill of the dynamic ω tables from seq_len (the same tables a static spec has as constants). */
function dynamicOmega(ir: OptimizedIR): string[] {
  const fill = angleTableFill(ir, CUDA_CAPABILITIES, positionRepr(ir, CUDA_CAPABILITIES));
  return [...omegaLocal(ir), ...printCudaHost(fill.body, Object.fromEntries(fill.tables.map((t) => [t.name, `a->${t.name}`])))];
}

/** A local `omega[kPairs]` holding ω (at seq_len for a run-time scaling), from kernel/tables.ts. */
function omegaLocal(ir: OptimizedIR): string[] {
  return ['double omega[kPairs];', ...printCudaHost(omegaFill(ir).body)];
}

/** `sincos cache(…)`: the C parameters of the cache arrays, as fill_cache takes them (host memory). */
function cacheParams(ir: RopeIR): string {
  return cacheArrays(ir).map((a) => `ropec_${ir.name}_cache_t* ${a.name}`).join(', ');
}

/** ropec_NAME_fill_cache: the spec's cos/sin cache in host memory, from kernel/tables.ts's rule. */
function cacheFillFunction(ir: OptimizedIR): string {
  const sc = ir.kernel.sincos;
  if (sc.kind !== 'cache') return '';
  const arrays = cacheArrays(ir);
  return [
    '',
    `/** Fills a host cache of cache_positions rows for ${ir.name} (cos and sin of p·ω_j times the attention factor, in double, rounded to ${sc.dtype}). */`,
    `extern "C" cudaError_t ropec_${ir.name}_fill_cache(${cacheParams(ir)}, int64_t cache_positions) {`,
    `  using namespace ropec_${ir.name};`,
    `  if (${arrays.map((a) => `${a.name} == NULL`).join(' || ')} || cache_positions < 0) return cudaErrorInvalidValue;`,
    ...[...omegaLocal(ir), ...printCudaHost(cacheFill(ir))].map((l) => `  ${l}`),
    '  return cudaSuccess;',
    '}',
    '',
  ].join('\n');
}

export function emitHeader(ir: RopeIR): string {
  const args = launchArgs(ir);
  const elem = ELEM[ir.kernel.dtype];
  const sc = ir.kernel.sincos;
  const cacheElem = sc.kind === 'cache' ? ELEM[sc.dtype] : null;
  const defines: string[] = [];
  if (ir.kernel.sincos.kind === 'table') defines.push(`MAX_POSITIONS ${ir.kernel.sincos.maxPositions}`);
  if (ir.kernel.qHeads !== null) defines.push(`Q_HEADS ${ir.kernel.qHeads}`);
  if (ir.kernel.kHeads !== null) defines.push(`K_HEADS ${ir.kernel.kHeads}`);
  const paramDocs = args.map((a) =>
    a.kind === 'tensor'
      ? `@param ${a.name} ${a.dtype} [${a.shape.join(', ')}]: ${a.doc}`
      : `@param ${a.name} ${a.doc}${a.domain === 'count' ? ' (≥ 0)' : ''}`);
  // fp8 bytes: a cache's (`kv_cache …(dtype fp8_e4m3)`) or q's output (`q … output fp8_e4m3`).
  const fp8 = fp8Cache(ir) || fp8Q(ir);
  return renderTemplate('cuda', 'header', {
    banner: banner(ir, 'cuda'),
    summary: summary(ir),
    name: ir.name,
    upperName: ir.name.toUpperCase(),
    headDim: ir.headDim,
    pairs: ir.pairs.length,
    defines,
    cplusplusIncludes: [...new Set([elem.include, cacheElem?.include, fp8 ? 'cuda_fp8.h' : undefined].filter((x): x is string => x !== undefined))],
    fp8,
    cache: cacheElem ? { cuda: cacheElem.cuda, c: cacheElem.c, comment: cacheElem.cComment, params: cacheParams(ir), dtype: sc.kind === 'cache' ? sc.dtype : '' } : null,
    elemType: elem.cuda,
    cElemType: elem.c,
    cElemComment: elem.cComment,
    params: args.map((a) => paramDecl(ir, a)).join(', '),
    paramDocs,
    sincosTable: ir.kernel.sincos.kind === 'table',
    dynamic: dynamic(ir),
    fillParams: fillParams(ir),
    hostChecks: hostChecks(ir).map(cFunction),
  });
}

/**
 * One of the launcher's public checks of arrays in host memory (a check function of
 * kernel/checks.ts it exports as ropec_NAME_check_CHECK): its C parameters, the arrays it reads,
 * the torch op's arguments for them, and the header's doc. The .cu, the header and the torch op
 * are printed from this one list.
 */
export interface HostCheckFn {
  check: string;
  params: [type: string, name: string][];
  /** The host arrays the check reads, each with its C element type (the torch op checks their dtype first). */
  reads: { name: string; type: string }[];
  torchArgs: TorchArg[];
  doc: string;
}

/** An argument in the torch op: a tensor's data pointer (NULL when `unlessEmpty` is 0), or a product of its locals. */
export type TorchArg = { data: string; type: string; unlessEmpty?: string } | { value: string[] };

const DEVICE_NOTE = 'ropec_NAME_launch cannot read device memory to check';

/** The launcher's public host checks (at most one kind per spec: each position source has its own). */
export function hostChecks(ir: RopeIR): HostCheckFn[] {
  const src = ir.positions.source;
  const i64 = (name: string): [string, string] => ['int64_t', name];
  const ptr = (type: string, name: string): [string, string] => [`const ${type}*`, name];
  const data = (array: string, type: string): TorchArg => ({ data: array, type });
  const value = (...factors: string[]): TorchArg => ({ value: factors });
  const read = (type: string, ...names: string[]) => names.map((name) => ({ name, type }));
  if (usesSegmentTable(ir)) {
    const [rows, rowLength] = ir.kernel.layout === 'thd' ? ['1', 'tokens'] : ['batch', 'seq'];
    return [{
      check: 'segments', reads: [...read('int32_t', 'segment_table'), ...read('float', 'segment_values')],
      params: [ptr('int32_t', 'table'), i64('words'), ptr('float', 'values'), i64('count'), i64('rows'), i64('row_length')],
      torchArgs: [data('segment_table', 'int32_t'), value('segment_words'), { data: 'segment_values', type: 'float', unlessEmpty: 'segment_value_count' }, value('segment_value_count'), value(rows), value(rowLength)],
      doc: `Checks a segment table held in HOST memory (rows = batch, 1 for [tokens, heads, dim]; row_length = seq or tokens): cudaSuccess or cudaErrorInvalidValue. ${DEVICE_NOTE} it: call this on the host copy first.`,
    }];
  }
  // Each side's arrays: q's, and k's own with `k … tokens own`.
  const sides = positionSides(ir);
  // sincos cache: positions, and k's own, each checked against the cache's rows.
  if (ir.kernel.sincos.kind === 'cache') {
    return sides.map(({ positions: p, which }) => ({
      check: p, reads: read('int64_t', p), params: [ptr('int64_t', p), i64('tokens'), i64('cache_positions')],
      torchArgs: [data(p, 'int64_t'), value(...torchTokens(ir, which)), value('cache_positions')],
      doc: `Checks ${p} (of \`tokens\` tokens) held in HOST memory: every entry a row of the cache, in [0, cache_positions): cudaSuccess or cudaErrorInvalidValue. ${DEVICE_NOTE} them (on the device, a position outside the cache reads nothing and rotates its lanes to NaN): call this on a host copy first.`,
    }));
  }
  // grid(…) packed: grid_sizes against cu_seqlens (and k's own k_grid_sizes against k_cu_seqlens).
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    return sides.map(({ gridSizes: array, cuSeqlens: cu, tokens: count }) => ({
      check: array, reads: read('int32_t', cu, array), params: [ptr('int32_t', array), ptr('int32_t', cu), i64('batch'), i64(count)],
      torchArgs: [data(array, 'int32_t'), data(cu, 'int32_t'), value('batch'), value(count)],
      doc: `Checks ${cu} and ${array} held in HOST memory against each other: cudaSuccess or cudaErrorInvalidValue. ${DEVICE_NOTE} them: call this on the host copies first.`,
    }));
  }
  // index packed: cu_seqlens (and k's own k_cu_seqlens, ending at k_tokens).
  if (src.kind === 'index' && isPacked(ir)) {
    return sides.map(({ cuSeqlens: array, tokens: count }) => ({
      check: array, reads: read('int32_t', array), params: [ptr('int32_t', array), i64('batch'), i64(count)],
      torchArgs: [data(array, 'int32_t'), value('batch'), value(count)],
      doc: `Checks ${array} held in HOST memory (batch + 1 entries rising from 0 to ${count}): cudaSuccess or cudaErrorInvalidValue. ${DEVICE_NOTE} it: call this on the host copy first.`,
    }));
  }
  return [];
}

/**
 * The torch op's locals whose product is q's or k's token count: `tokens` / `k_tokens` in
 * [tokens, heads, dim]; batch layouts have only batch, seq (and k_seq) locals.
 */
export function torchTokens(ir: RopeIR, which: 'q' | 'k'): string[] {
  return ir.kernel.layout === 'thd' ? [tokensOf(ir, which)] : ['batch', seqOf(ir, which)];
}

/** A host check as the .cu and the header declare it. */
const cFunction = (c: HostCheckFn) => ({ ...c, params: c.params.map(([type, name]) => `${type} ${name}`).join(', '), args: c.params.map(([, name]) => name).join(', ') });

function dynamic(ir: RopeIR): boolean {
  return !!ir.omega && ir.omega.kind !== 'static';
}

function fillParams(ir: RopeIR): string {
  return dynamic(ir) ? 'float* table, int64_t seq_len' : 'float* table';
}

// ------------------------------------------------------------------------------------------------
// Pieces of the .cu

/** The sin/cos table's fill: ω at seq_len (dynamic) or the static ω, then kernel/tables.ts's rule. */
function tableFill(ir: OptimizedIR): string {
  if (ir.kernel.sincos.kind !== 'table') return '';
  return renderTemplate('cuda', 'table-fill', {
    name: ir.name,
    maxPositions: ir.kernel.sincos.maxPositions,
    pairs: ir.pairs.length,
    fillParams: fillParams(ir),
    dynamic: dynamic(ir),
    body: [...omegaLocal(ir), ...printCudaHost(sincosFill(ir), { sincos_table: 'table' })],
  });
}
