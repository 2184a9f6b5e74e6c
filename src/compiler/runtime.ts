// Run-time arguments: what a call of a compiled spec takes, how their shapes follow from the
// sizes, and the checks every host (interpreter, generated TS, WGSL and CUDA hosts) performs.
// Errors name the tensor, the expected shape in the spec's own words and what was given.
import { ownTokens, type RopeIR } from './ir.js';
import { RopeArgumentError } from './errors.js';
import { decodeCheckedSegments } from '../positions/encoding.js';
import { argumentChecks, type HostChecks } from '../kernel/checks.js';
import { HostEvaluator } from '../kernel/evaluate.js';
import type { SegmentTable } from '../positions/segments.js';

export { RopeArgumentError };

/** Sizes given at call time. Grid sizes are keyed by the grid's axis names (e.g. t, h, w). */
export interface RopeSizes {
  tokens?: number;
  batch?: number;
  seq?: number;
  q_heads?: number;
  k_heads?: number;
  offset?: number;
  seq_len?: number;
  /** `sincos cache(…)`: rows of the cache (positions must lie in [0, cache_positions)). */
  cache_positions?: number;
  /** `strided` specs: elements between tokens and between heads of q and of k (default contiguous). */
  q_token_stride?: number;
  q_head_stride?: number;
  k_token_stride?: number;
  k_head_stride?: number;
  /**
   * `k … tokens own`: k's token count ([tokens, heads, dim]) or tokens per sequence (k_seq, batch
   * layouts), and its offset (`index + offset`); k's grid sizes are keyed k_AXIS.
   */
  k_tokens?: number;
  k_seq?: number;
  k_offset?: number;
  /** `kv_cache slots`: rows of the KV cache; `kv_cache paged(…)`: its blocks. */
  cache_slots?: number;
  cache_blocks?: number;
  /** `kv_cache paged(…, slots table)`: blocks in each sequence's row of block_table. */
  table_blocks?: number;
  /** `strided` specs with `kv_cache`: elements between tokens and between heads of v (default contiguous). */
  v_token_stride?: number;
  v_head_stride?: number;
  /** `kv_cache …(dtype fp8_e4m3)`: the caches hold e4m3(k / k_scale) and e4m3(v / v_scale); float32 > 0. */
  k_scale?: number;
  v_scale?: number;
  /** `q … output fp8_e4m3`: q's output holds e4m3(q / q_scale); float32 > 0. */
  q_scale?: number;
  [gridAxis: string]: number | undefined;
}

export interface RopeInputs {
  /** Absent for a spec that fixes `q heads 0` (k-only rotation). */
  q: ArrayLike<number>;
  /** Absent for a spec that fixes `k heads 0` (q-only rotation). */
  k: ArrayLike<number>;
  sizes: RopeSizes;
  positions?: ArrayLike<number>;
  /** `k … tokens own` with a positions tensor: k's positions, [k_tokens] or [components, k_tokens]. */
  k_positions?: ArrayLike<number>;
  /** mrope / timeline specs (fused): the encoded segment table, see src/positions/encoding.ts. */
  segment_table?: ArrayLike<number>;
  /** …and its float32 values (frame times, grid temporal scales). */
  segment_values?: ArrayLike<number>;
  offsets?: ArrayLike<number>;
  cu_seqlens?: ArrayLike<number>;
  /** `k … tokens own` with `index + offsets`: each sequence's offset of k, [batch]. */
  k_offsets?: ArrayLike<number>;
  /** `k … tokens own` with `index packed` or `grid(…) packed`: where each of k's sequences starts, then k_tokens, [batch + 1]. */
  k_cu_seqlens?: ArrayLike<number>;
  /** `k … tokens own` with `grid(…) packed`: the grid sizes of each of k's sequences, [batch, axes]. */
  k_grid_sizes?: ArrayLike<number>;
  /** `positions grid(…) packed`: each sequence's grid sizes, [batch, axes] (axes in spec order). */
  grid_sizes?: ArrayLike<number>;
  /** `sincos cache(layout cos_sin)`: [cache_positions, rot], row p = cos of every pair, then sin (vLLM, FlashInfer). */
  cos_sin_cache?: ArrayLike<number>;
  /** `sincos cache(layout split)`: [cache_positions, rot/2] each. */
  cos_cache?: ArrayLike<number>;
  sin_cache?: ArrayLike<number>;
  /** `norm rms(…)` (not `weight none`): q's and k's weight vectors, [head_dim] each. */
  q_norm_weight?: ArrayLike<number>;
  k_norm_weight?: ArrayLike<number>;
  /**
   * `kv_cache …`: v (k's shape), each token's cache slot ([tokens], −1: skipped) and the caches it
   * writes (values; with `dtype fp8_e4m3` e4m3 values, as e4m3ToNumber decodes the bytes).
   */
  v?: ArrayLike<number>;
  slot_mapping?: ArrayLike<number>;
  k_cache?: ArrayLike<number>;
  v_cache?: ArrayLike<number>;
  /** `kv_cache paged(…, slots table)` (instead of slot_mapping): each sequence's blocks, [batch, table_blocks]. */
  block_table?: ArrayLike<number>;
}

export interface ResolvedShape {
  /** Number of sequences and the length of each (equal unless packed). */
  batch: number;
  seq: number;
  tokens: number;
  qHeads: number;
  kHeads: number;
  /** For packed batches: start of each sequence, length batch + 1. */
  cuSeqlens?: ArrayLike<number>;
  grid?: number[];
  /** `grid(…) packed`: the grid sizes of each sequence. */
  grids?: number[][];
  offset: number;
  seqLen?: number;
  /** `strided` specs: each tensor's (token stride, head stride) in elements. */
  strides?: { q: readonly [number, number]; k: readonly [number, number]; v?: readonly [number, number] };
  /** `kv_cache …`: the slots the cache holds (cache_slots, or cache_blocks · block). */
  cacheSlots?: number;
  /** `kv_cache paged(…, slots table)`: blocks per row of block_table. */
  tableBlocks?: number;
  /** Segment-table specs: the checked table, decoded (one SegmentTable per row). */
  segments?: SegmentTable[];
  /** `k … tokens own`: k's own shape (one sequence of its tokens, its offset and grid). */
  k?: ResolvedShape;
}

/** The shape of q's or k's tokens: the call's, or k's own (`k … tokens own`). */
export const shapeOf = (shape: ResolvedShape, which: 'q' | 'k'): ResolvedShape => (which === 'k' && shape.k ? shape.k : shape);

/** Is the spec's batch packed (cu_seqlens): `index packed` or `grid(…) packed`? */
export function isPacked(ir: RopeIR): boolean {
  return ir.positions.sequences === 'packed';
}

/** Does the spec evaluate positions from a segment table (mrope / timeline, not `tensor`)? */
export function usesSegmentTable(ir: RopeIR): boolean {
  return ir.positions.source.kind === 'segments';
}

const CHECKS_BY_IR = new WeakMap<RopeIR, HostChecks>();

/**
 * Checks a call's arguments (kernel/checks.ts, the same table every host is generated from) and
 * returns the shape they describe. Throws RopeArgumentError naming the argument.
 */
export function resolveShape(ir: RopeIR, inputs: RopeInputs): ResolvedShape {
  let checks = CHECKS_BY_IR.get(ir);
  if (!checks) {
    checks = argumentChecks(ir, 'I');
    CHECKS_BY_IR.set(ir, checks);
  }
  if (typeof inputs !== 'object' || inputs === null) throw new RopeArgumentError(`inputs: expected an object { q, k, sizes, … }, got ${inputs === null ? 'null' : typeof inputs}`);
  const { q, k, positions, k_positions, segment_table, segment_values, offsets, cu_seqlens, k_offsets, k_cu_seqlens, grid_sizes, k_grid_sizes, cos_sin_cache, cos_cache, sin_cache, q_norm_weight, k_norm_weight, v, slot_mapping, k_cache, v_cache, block_table } = inputs;
  const arrays = { q, k, positions, k_positions, segment_table, segment_values, offsets, cu_seqlens, k_offsets, k_cu_seqlens, grid_sizes, k_grid_sizes, cos_sin_cache, cos_cache, sin_cache, q_norm_weight, k_norm_weight, v, slot_mapping, k_cache, v_cache, block_table };
  const n = new HostEvaluator({ sizes: inputs.sizes, arrays }, checks.functions)
    .run(checks.body);
  const get = (name: string) => n.get(`n_${name}`)!;
  const src = ir.positions.source;
  const shape: ResolvedShape = {
    batch: get('batch'), seq: get('seq'), tokens: get('tokens'), qHeads: get('q_heads'), kHeads: get('k_heads'), offset: get('offset'),
    cuSeqlens: isPacked(ir) ? cu_seqlens : undefined,
  };
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    const axes = src.axes.length;
    shape.grids = Array.from({ length: shape.batch }, (_, b) => Array.from({ length: axes }, (_, a) => grid_sizes![b * axes + a]));
  } else if (src.kind === 'grid') {
    shape.grid = src.axes.map((a) => get(`grid_${a.name}`));
  }
  if (n.has('n_seq_len')) shape.seqLen = get('seq_len');
  if (ir.kernel.strided) {
    shape.strides = { q: [get('q_token_stride'), get('q_head_stride')], k: [get('k_token_stride'), get('k_head_stride')] };
    if (ir.kernel.kvCache) shape.strides.v = [get('v_token_stride'), get('v_head_stride')];
  }
  if (ir.kernel.kvCache) shape.cacheSlots = get('cache_slots');
  if (n.has('n_table_blocks')) shape.tableBlocks = get('table_blocks');
  if (ownTokens(ir)) {
    // k: its own tokens (one sequence of k_tokens, q's number of packed sequences in k_cu_seqlens, or
    // batch sequences of k_seq), offset(s) and grid sizes.
    const kTokens = get('k_tokens');
    const thd = ir.kernel.layout === 'thd';
    shape.k = { ...shape, batch: thd && !isPacked(ir) ? 1 : shape.batch, seq: thd ? kTokens : get('k_seq'), tokens: kTokens, offset: n.has('n_k_offset') ? get('k_offset') : 0 };
    if (isPacked(ir)) {
      // (Its longest sequence is its seq, as q's.)
      shape.k.cuSeqlens = k_cu_seqlens;
      shape.k.seq = 0;
      for (let b = 0; b < shape.batch; b++) shape.k.seq = Math.max(shape.k.seq, k_cu_seqlens![b + 1] - k_cu_seqlens![b]);
    }
    if (src.kind === 'grid' && src.sizes === 'per_sequence') {
      const axes = src.axes.length;
      shape.k.grids = Array.from({ length: shape.batch }, (_, b) => Array.from({ length: axes }, (_, a) => k_grid_sizes![b * axes + a]));
    } else if (src.kind === 'grid') shape.k.grid = src.axes.map((a) => get(`k_grid_${a.name}`));
  }
  if (usesSegmentTable(ir)) {
    // The argument checks above ran check_segments on this table.
    shape.segments = decodeCheckedSegments(segment_table!, segment_values!, { rows: shape.batch, rowLength: shape.seq, axes: ir.positions.components === 3 ? 3 : 1 });
  }
  return shape;
}
