// The arguments of a call, written once. Every host's parameter list is this list, filtered by
// host and typed by it: the TS module's Sizes and Inputs, the WGSL host's Sizes and Args, the CUDA
// launcher's parameters (and from them its header, manifest and PyTorch op). Host letters are the
// check table's (kernel/checks.ts): T the TS module, W the WGSL host, C the CUDA launcher.
import { ownTokens, tensorLanes, type RopeIR } from '../compiler/ir.js';
import type { Dtype } from '../compiler/spec.js';

/**
 * What an array holds: q and k's storage dtype; the positions tensor's element (int or float);
 * per-sequence position offsets (int); 32-bit indices (cu_seqlens, grid sizes, segment table
 * words); f32 values (segment values, the sin/cos table); the cos/sin cache's dtype (`sincos cache`);
 * a KV cache's slots (`kv_cache`: 32-bit in TypeScript and WGSL, int64 in CUDA as vLLM's slot_mapping);
 * a block table's entries (32-bit signed everywhere, as FlashInfer's and vLLM's block tables); fp8
 * e4m3 bytes (a KV cache's `dtype fp8_e4m3`: Uint8Array, GPUBuffer bytes, __nv_fp8_e4m3, torch's
 * float8_e4m3fn).
 */
export type ArgElement = 'storage' | 'position' | 'offset' | 'index' | 'f32' | 'cache' | 'slot' | 'table' | 'fp8';

export interface ArrayArg {
  kind: 'array';
  name: string;
  element: ArgElement;
  /** 'in' read only, 'out' written, 'inout' rotated in place (the spec's `inplace`). */
  role: 'in' | 'out' | 'inout';
  /** Dimensions: run-time size names (or formulas of them) and the numbers the spec fixes. */
  shape: (string | number)[];
  doc: string;
  hosts: string;
}

export interface SizeArg {
  kind: 'size';
  /** The launcher's parameter name. */
  name: string;
  /** The key in a TypeScript host's `sizes` object, where it differs (grid axes: `t`, not `grid_t`). */
  key?: string;
  /**
   * 'count' sizes are whole numbers ≥ 0 (0 tokens: a call that does nothing); 'any' (the scalar position offset) may be any integer; 'scale' is
   * not a count but a finite float32 > 0 (an fp8 cache's k_scale, v_scale; an fp8 q's q_scale).
   */
  domain: 'count' | 'any' | 'scale';
  /** TypeScript hosts may leave it out: the spec fixes it (head counts) or it has a default. */
  optional: boolean;
  /** The value when left out (TypeScript hosts). */
  default?: number;
  doc: string;
  hosts: string;
}

export type CallArg = ArrayArg | SizeArg;


/**
 * The views of a `strided` spec, each with its run-time token and head strides: the tensors it takes
 * (both, or one: `k heads 0`, `q heads 0`), then a KV cache's v (k's heads); none without `strided`.
 */
export function viewNames(ir: RopeIR): ('q' | 'k' | 'v')[] {
  if (!ir.kernel.strided) return [];
  return [...tensors(ir), ...(ir.kernel.kvCache ? ['v' as const] : [])];
}

/** The stride sizes of a `strided` spec's views (viewNames). */
export function strideSizes(ir: RopeIR): string[] {
  return viewNames(ir).flatMap((t) => [`${t}_token_stride`, `${t}_head_stride`]);
}

/**
 * The tensors a call rotates: q and k, less one whose head count the spec fixes at 0 (`k heads 0`
 * rotates q only, for encoders and cross-attention; `q heads 0` k only). An absent tensor is not
 * an argument of any host, and no kernel reads or writes it.
 */
export function tensors(ir: RopeIR): ('q' | 'k')[] {
  return (['q', 'k'] as const).filter((t) => (t === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) !== 0);
}

/** The arrays of an engine's cos/sin cache (`sincos cache`), as every host names them. */
export type CacheName = 'cos_sin_cache' | 'cos_cache' | 'sin_cache';

/** The cache arrays of a `sincos cache(…)` spec, the width of their rows and what a row holds. */
export function cacheArrays(ir: RopeIR): { name: CacheName; width: number; doc: string }[] {
  const sc = ir.kernel.sincos;
  if (sc.kind !== 'cache') return [];
  const P = ir.pairs.length;
  return sc.layout === 'cos_sin'
    ? [{ name: 'cos_sin_cache', width: 2 * P, doc: `row p: cos(p·ω_j)·m of the ${P} pairs, then sin(p·ω_j)·m (vLLM's cos_sin_cache)` }]
    : [{ name: 'cos_cache', width: P, doc: 'row p: cos(p·ω_j)·m of every pair' }, { name: 'sin_cache', width: P, doc: 'row p: sin(p·ω_j)·m of every pair' }];
}

/** The weight vectors of `norm rms(…)` (none for `weight none`): one per tensor the call takes, [its head_dim], in q and k's dtype. */
export function normArrays(ir: RopeIR): { name: 'q_norm_weight' | 'k_norm_weight'; t: 'q' | 'k'; width: number; doc: string }[] {
  const norm = ir.kernel.norm;
  if (!norm || norm.weight === 'none') return [];
  return tensors(ir).map((t) => ({
    name: `${t}_norm_weight` as const, t, width: tensorLanes(ir, t).headDim,
    doc: `${t}'s RMS-norm weight${norm.weight === 'one_plus' ? ' (each lane scaled by 1 + w)' : ''}, one per lane of its heads`,
  }));
}

/**
 * The arrays besides q and k that hold float values in a storage dtype, with that dtype: a cos/sin
 * cache's (`sincos cache`), a norm's weights and a KV-cache write's v and caches (q and k's). Hosts and runners store each as its
 * dtype says (Float32Array, or Uint16Array bits) and the interpreter reads them decoded.
 */
export function storedArrays(ir: RopeIR): { name: CacheName | 'q_norm_weight' | 'k_norm_weight' | KvName; dtype: Dtype }[] {
  const sc = ir.kernel.sincos;
  return [
    ...(sc.kind === 'cache' ? cacheArrays(ir).map((a) => ({ name: a.name, dtype: sc.dtype })) : []),
    ...normArrays(ir).map((a) => ({ name: a.name, dtype: ir.kernel.dtype })),
    ...(ir.kernel.kvCache ? KV_STORED.filter((name) => name === 'v' || !fp8Cache(ir)).map((name) => ({ name, dtype: ir.kernel.dtype })) : []),
  ];
}

/** The arrays of a KV-cache write (`kv_cache …`) that hold values in q and k's dtype. */
export type KvName = 'v' | 'k_cache' | 'v_cache';
export const KV_STORED: readonly KvName[] = ['v', 'k_cache', 'v_cache'];

/** A KV cache of fp8 e4m3 bytes (`kv_cache …(dtype fp8_e4m3)`), written with k_scale and v_scale. */
export const fp8Cache = (ir: RopeIR): boolean => ir.kernel.kvCache?.dtype === 'fp8_e4m3';

/** q's output of fp8 e4m3 bytes (`q … output fp8_e4m3`), e4m3(q / q_scale); out of place only. */
export const fp8Q = (ir: RopeIR): boolean => ir.kernel.qOutput === 'fp8_e4m3';

/** The KV cache's dimensions (`kv_cache …`): flat [cache_slots, k_heads, D], or paged NHD / HND blocks. */
export function kvCacheShape(ir: RopeIR): (string | number)[] {
  const kv = ir.kernel.kvCache;
  if (!kv) return [];
  const H = ir.kernel.kHeads ?? 'k_heads';
  const D = tensorLanes(ir, 'k').headDim;
  if (kv.kind === 'slots') return ['cache_slots', H, D];
  return kv.layout === 'nhd' ? ['cache_blocks', kv.block, H, D] : ['cache_blocks', H, kv.block, D];
}

/**
 * Where a KV cache's slots come from (`kv_cache …`): each token's `slot_mapping`, or the sequences'
 * `block_table` and the positions (`paged(…, slots table)`); undefined without a cache.
 */
export function slotArray(ir: RopeIR): 'slot_mapping' | 'block_table' | undefined {
  const kv = ir.kernel.kvCache;
  return !kv ? undefined : kv.kind === 'paged' && kv.table ? 'block_table' : 'slot_mapping';
}

/** Rows of block_table: the call's sequences (1 for one sequence of [tokens, heads, dim]). */
export const blockTableRows = (ir: RopeIR): string | number => (ir.kernel.layout === 'thd' && ir.positions.sequences !== 'packed' ? 1 : 'batch');

/** [a, b, c] */
export const shapeText = (shape: readonly (string | number)[]) => `[${shape.join(', ')}]`;

/** q's or k's dimensions in the spec's layout. */
export function tensorShape(ir: RopeIR, which: 'q' | 'k'): (string | number)[] {
  const h = (which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) ?? `${which}_heads`;
  return layoutDims(ir.kernel.layout).map((d) => (d === 'heads' ? h : d === 'head_dim' ? tensorLanes(ir, which).headDim : d === 'tokens' ? tokensOf(ir, which) : d === 'seq' ? seqOf(ir, which) : d));
}

/**
 * The name of q's or k's token count: `tokens`, or `k_tokens` for k with its own tokens (`k …
 * tokens own`; batch layouts: batch · k_seq, derived).
 */
export const tokensOf = (ir: RopeIR, which: 'q' | 'k'): 'tokens' | 'k_tokens' => (which === 'k' && ownTokens(ir) ? 'k_tokens' : 'tokens');

/** The name of q's or k's tokens per sequence in batch layouts: `seq`, or `k_seq` for k with its own tokens. */
export const seqOf = (ir: RopeIR, which: 'q' | 'k'): 'seq' | 'k_seq' => (which === 'k' && ownTokens(ir) ? 'k_seq' : 'seq');

/**
 * The run-time names of one tensor's position inputs: q's are the spec's (offset, positions,
 * grid_AXIS), k's with its own tokens are k_offset, k_positions, k_grid_AXIS (TS key k_AXIS).
 */
export function positionNames(ir: RopeIR, which: 'q' | 'k'): {
  tokens: string; seq: string; offset: string; offsets: string; cuSeqlens: string; gridSizes: string; positions: string; grid: (axis: string) => { name: string; key: string };
} {
  const own = which === 'k' && ownTokens(ir);
  const p = own ? 'k_' : '';
  return {
    tokens: tokensOf(ir, which), seq: seqOf(ir, which), offset: `${p}offset`, offsets: `${p}offsets`, cuSeqlens: `${p}cu_seqlens`, gridSizes: `${p}grid_sizes`, positions: `${p}positions`,
    grid: (a) => ({ name: `${p}grid_${a}`, key: `${p}${a}` }),
  };
}

/** The sides with positions of their own, with their names: q, and k with `k … tokens own`. */
export function positionSides(ir: RopeIR): (ReturnType<typeof positionNames> & { which: 'q' | 'k' })[] {
  return (ownTokens(ir) ? ['q', 'k'] as const : ['q'] as const).map((which) => ({ ...positionNames(ir, which), which }));
}

/** The axes of q and k in a layout, outermost first (every host's shape text is made from these). */
export type LayoutDim = 'tokens' | 'batch' | 'seq' | 'heads' | 'head_dim';

export function layoutDims(layout: RopeIR['kernel']['layout']): LayoutDim[] {
  switch (layout) {
    case 'thd': return ['tokens', 'heads', 'head_dim'];
    case 'bshd': return ['batch', 'seq', 'heads', 'head_dim'];
    case 'bhsd': return ['batch', 'heads', 'seq', 'head_dim'];
  }
}

/** The spec's arguments, arrays first, in the CUDA launcher's order (its stream comes last). */
export function callArguments(ir: RopeIR): CallArg[] {
  const src = ir.positions.source;
  const { layout, inplace } = ir.kernel;
  const packed = ir.positions.sequences === 'packed';
  const segments = src.kind === 'segments';
  const out: CallArg[] = [];
  const array = (name: string, element: ArgElement, shape: (string | number)[], doc: string, hosts = 'TWC', role: ArrayArg['role'] = 'in') =>
    out.push({ kind: 'array', name, element, role, shape, doc, hosts });
  const size = (name: string, doc: string, o: Partial<Pick<SizeArg, 'hosts' | 'optional' | 'domain' | 'key' | 'default'>> = {}) =>
    out.push({ kind: 'size', name, doc, hosts: o.hosts ?? 'TWC', optional: o.optional ?? o.default !== undefined, domain: o.domain ?? 'count', ...o });

  const present = tensors(ir);
  for (const t of present) array(t, 'storage', tensorShape(ir, t), t === 'q' ? 'query' : 'key', 'TWC', inplace ? 'inout' : 'in');
  if (!inplace) {
    for (const t of present) {
      const fp8 = t === 'q' && fp8Q(ir);
      array(`${t}_out`, fp8 ? 'fp8' : 'storage', tensorShape(ir, t), `rotated ${t}${fp8 ? ' as fp8 e4m3 of q / q_scale' : ''} (every element written)`, 'C', 'out');
    }
  }
  if (segments) {
    array('segment_table', 'index', ['segment_words'], 'segment table, one row per sequence (encodeSegments(...).table; docs/positions.md)');
    array('segment_values', 'f32', ['segment_value_count'], 'frame times and grid temporal scales (encodeSegments(...).values; may be empty)');
  } else if (src.kind === 'tensor') {
    const c = ir.positions.components;
    array('positions', 'position', c === 1 ? ['tokens'] : [c, 'tokens'], c === 1 ? 'one position per token' : `${c} position components per token, component-major`);
    if (ownTokens(ir)) array('k_positions', 'position', c === 1 ? ['k_tokens'] : [c, 'k_tokens'], c === 1 ? "k's positions, one per k token" : `k's ${c} position components per k token, component-major`);
  }
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    array('offsets', 'offset', ['batch'], 'position offset of each sequence');
    if (ownTokens(ir)) array('k_offsets', 'offset', ['batch'], "position offset of each sequence of k (k … tokens own)");
  }
  if (packed) {
    array('cu_seqlens', 'index', ['batch + 1'], 'start of each packed sequence, then tokens');
    if (ownTokens(ir)) array('k_cu_seqlens', 'index', ['batch + 1'], "start of each packed sequence of k, then k_tokens (k … tokens own: as many sequences as q's)");
  }
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    array('grid_sizes', 'index', ['batch', src.axes.length], `grid sizes (${src.axes.map((a) => a.name).join(', ')}) of each packed sequence`);
    if (ownTokens(ir)) array('k_grid_sizes', 'index', ['batch', src.axes.length], `grid sizes of each packed sequence of k (k … tokens own)`);
  }
  if (ir.kernel.sincos.kind === 'table') {
    array('sincos_table', 'f32', [ir.kernel.sincos.maxPositions, ir.pairs.length, 2], '(cos, sin) of position·ω per pair, from the fill_sincos_table helper', 'C');
  }
  const sc = ir.kernel.sincos;
  for (const c of cacheArrays(ir)) array(c.name, 'cache', ['cache_positions', c.width], c.doc);
  for (const w of normArrays(ir)) array(w.name, 'storage', [w.width], w.doc);
  if (ir.kernel.kvCache) {
    array('v', 'storage', tensorShape(ir, 'k'), 'value, in k\'s shape: copied into v_cache as it is');
    const kv = ir.kernel.kvCache;
    if (kv.kind === 'paged' && slotArray(ir) === 'block_table') {
      array('block_table', 'table', [blockTableRows(ir), 'table_blocks'], `each sequence's cache blocks: a token at position p goes to slot block_table[sequence, p / ${kv.block}] · ${kv.block} + p % ${kv.block} (−1: no block; its tokens are not stored)`);
    } else array('slot_mapping', 'slot', ['tokens'], "each token's cache slot; −1: the token is not stored");
    const [element, quantized] = fp8Cache(ir) ? ['fp8' as const, ' as fp8 e4m3 of value / scale'] : ['storage' as const, ''];
    array('k_cache', element, kvCacheShape(ir), `the key cache: each stored token's slot gets its rotated k heads${quantized}`, 'TWC', 'inout');
    array('v_cache', element, kvCacheShape(ir), `the value cache: each stored token's slot gets its v heads${quantized}`, 'TWC', 'inout');
  }

  if (layout === 'thd') {
    size('tokens', ownTokens(ir) ? 'number of q tokens' : 'number of tokens (all sequences together)');
    if (ownTokens(ir)) size('k_tokens', 'number of k tokens (k … tokens own: k has its own count and positions)');
    // TypeScript hosts read the number of packed sequences from cu_seqlens.
    if (packed) size('batch', 'number of packed sequences', { hosts: 'C' });
  } else {
    size('batch', 'number of sequences');
    size('seq', ownTokens(ir) ? 'q tokens per sequence' : 'tokens per sequence');
    if (ownTokens(ir)) size('k_seq', 'k tokens per sequence (k … tokens own: k has its own count and positions)');
  }
  for (const which of present) {
    const fixed = which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads;
    if (fixed === null) size(`${which}_heads`, `number of ${which} heads`);
    else size(`${which}_heads`, `fixed by the spec: ${fixed} (may be left out; must equal it if given)`, { hosts: 'TW', optional: true });
  }
  for (const which of viewNames(ir)) {
    // v has k's heads.
    const t = which === 'v' ? 'k' : which;
    const heads = (t === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) ?? `${t}_heads`;
    const D = tensorLanes(ir, t).headDim;
    size(`${which}_token_stride`, `elements from one token of ${which} to the next; TypeScript hosts: default ${heads}·${D} (contiguous)`, { optional: true, hosts: 'TWC' });
    size(`${which}_head_stride`, `elements from one head of ${which} to the next; TypeScript hosts: default ${D}`, { optional: true, hosts: 'TWC' });
  }
  // A GPUBuffer has no pointer into it: where each view begins, in elements.
  for (const which of viewNames(ir)) size(`${which}_start`, `element of its buffer where ${which} begins`, { default: 0, hosts: 'W' });
  if (src.kind === 'index' && src.offset === 'scalar') {
    size('offset', 'added to every position (decode step, KV-cache length)', { default: 0, domain: 'any' });
    if (ownTokens(ir)) size('k_offset', "added to every position of k", { default: 0, domain: 'any' });
  }
  if (src.kind === 'grid' && src.sizes === 'uniform') {
    for (const { name: a } of src.axes) size(`grid_${a}`, `grid size along axis ${a}`, { key: a });
    if (ownTokens(ir)) for (const { name: a } of src.axes) size(`k_grid_${a}`, `k's grid size along axis ${a}`, { key: `k_${a}` });
  }
  if (segments) {
    size('segment_words', 'length of segment_table in words', { hosts: 'C' });
    size('segment_value_count', 'length of segment_values (≥ 0)', { hosts: 'C', domain: 'any' });
  }
  const kv = ir.kernel.kvCache;
  if (slotArray(ir) === 'block_table') size('table_blocks', 'blocks in each row of block_table');
  if (kv) size(kv.kind === 'slots' ? 'cache_slots' : 'cache_blocks', kv.kind === 'slots' ? 'slots of the KV cache' : `blocks of ${kv.block} slots in the KV cache`);
  if (fp8Cache(ir)) {
    size('k_scale', 'k_cache holds fp8 e4m3 of k / k_scale (a finite float32 > 0; vLLM\'s k_scale)', { domain: 'scale' });
    size('v_scale', 'v_cache holds fp8 e4m3 of v / v_scale (a finite float32 > 0)', { domain: 'scale' });
  }
  if (fp8Q(ir)) size('q_scale', "q's output holds fp8 e4m3 of the rotated q / q_scale (a finite float32 > 0)", { domain: 'scale' });
  if (sc.kind === 'cache') size('cache_positions', 'rows of the cos/sin cache: every position must lie in [0, cache_positions)');
  if (ir.omega && ir.omega.kind !== 'static') size('seq_len', 'sequence length the scaling is evaluated at');
  return out;
}

/** Whether a shape is written in the sizes every host has (segment lengths are the launcher's own). */
export const hostNeutral = (shape: readonly (string | number)[]) => shape.every((d) => typeof d === 'number' || !d.startsWith('segment_'));

/** A size's documentation in a TypeScript host, with its default when it may be left out. */
export const sizeDoc = (a: SizeArg) => (a.default !== undefined ? `${a.doc}; default ${a.default}` : a.doc);

/** The arguments host `host` takes. */
export function hostArguments(ir: RopeIR, host: 'T' | 'W' | 'C'): CallArg[] {
  return callArguments(ir).filter((a) => a.hosts.includes(host));
}
