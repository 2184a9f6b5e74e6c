// Rope IR: the one backend-neutral form every backend and the interpreter read.
//
// A spec becomes a list of rotated *pairs*. Each pair names its two lanes inside a head, the axis
// whose position drives it, and the frequency table entry (table, k) that gives ω. Positions come
// from one PositionIR, already lowered: where each component of a token's position comes from
// (its index, a tensor, a segment table, a grid cell), never the front end's name for the builder
// (mrope, timeline), which lives on the host-only field. KernelIR says what the tensors look like.
// Passes fill in derived fields (folded ω, identity lanes, lane runs, schedule); the interpreter
// works with or without them, which is what lets tests check `interpret(optimize(ir)) ≈ interpret(ir)`.
import type { Dtype, FrequencySource, GridAxisAffine, KvCacheSpec, Layout, NormSpec, PositionSpec, ScalingSpec, SpecSources, Style } from './spec.js';

export const IR_VERSION = 1;

export interface PairIR {
  /** Pair index j in 0 … rotaryDim/2 − 1 (the order of the spec's frequency table). */
  index: number;
  /** Lane indices within one head (rotary offset included). */
  laneA: number;
  laneB: number;
  /** Index into RopeIR.axes. */
  axis: number;
  /** Index into RopeIR.tables and the entry k within that table. */
  table: number;
  k: number;
}

/** ω_k of one frequency table, before scaling: see frequencies.ts for the formulas. */
export interface TableIR {
  source: FrequencySource;
  /** D in θ^(−2k/D): the rotary dim for 'over rotary', the axis's own lane count for 'over axis'. */
  dim: number;
  /** Number of pairs the table has. */
  count: number;
  /** Multiplier on ω after scaling (per-axis `scale`). */
  scale: number;
  scaling: ScalingSpec | null;
}

/**
 * ω after folding. `static`: ω_j is a constant per pair. `ntk_dynamic`: ω_j = base_j · s^expo_j
 * where s = factor·L/L0 − (factor − 1) with L = max(seq_len, L0). `select`: the long table when
 * seq_len > threshold, else the short one (LongRoPE auto).
 */
export type FoldedOmega =
  | { kind: 'static'; omega: number[] }
  | { kind: 'ntk_dynamic'; base: number[]; expo: number[]; factor: number; original: number }
  | { kind: 'select'; short: number[]; long: number[]; threshold: number };

/** Where the components of a token's position come from. */
export type PositionSourceIR =
  /** The token's index s in its sequence, plus nothing, one run-time offset, or offsets[b] of its sequence. */
  | { kind: 'index'; offset: 'none' | 'scalar' | 'per_sequence' }
  /** Read from the `positions` tensor [components, tokens] (component-major): whole numbers or float32. */
  | { kind: 'tensor'; element: 'int' | 'float' }
  /** Evaluated per token from the encoded segment table and its values (src/positions/encoding.ts). */
  | { kind: 'segments' }
  /**
   * The token's cell in a grid (last axis fastest) after `prefix` tokens at position 0. Sizes come
   * from the run-time sizes (one grid for every sequence) or from row b of grid_sizes.
   */
  | {
      kind: 'grid';
      axes: GridAxisIR[];
      prefix: number;
      normalize: 'none' | 'separate' | 'max' | 'min';
      /** Cell i of an axis of size N sits at i − (N − 1)/2 before the affine map. */
      center: boolean;
      sizes: 'uniform' | 'per_sequence';
      /** Whole-number positions: no normalization, no centring, integer stride, shift and scale. */
      integral: boolean;
    };

export interface GridAxisIR extends GridAxisAffine {
  name: string;
}

/** How each axis reads the position vector of a token: component c of the source. */
export interface PositionIR {
  source: PositionSourceIR;
  /** Number of position components per token (1 for index/time line, #axes for grids, 3 for M-RoPE). */
  components: number;
  /** For each axis, the component index it reads. */
  axisComponent: number[];
  /**
   * The sequences of a call: 'single' (layout [tokens, heads, dim]: one sequence, s = token),
   * 'equal' (the [batch, seq, …] layouts: b = token / seq) or 'packed' (cu_seqlens).
   */
  sequences: 'single' | 'equal' | 'packed';
}

/** q or k: its head count (null: given at run time). */
export interface TensorIR {
  heads: number | null;
}

/** What the kernels read and write: storage, layout, and how sin/cos are obtained. */
export interface KernelIR {
  dtype: Dtype;
  layout: Layout;
  qHeads: number | null;
  kHeads: number | null;
  inplace: boolean;
  /**
   * cos/sin computed, read from a host-built table for whole positions below maxPositions, or read
   * from the caller's cache (cos_sin_cache, or cos_cache and sin_cache) at every position: a cache
   * holds cos·m and sin·m as the engine built it, so the attention factor is not applied again.
   */
  sincos: { kind: 'compute' } | { kind: 'table'; maxPositions: number } | { kind: 'cache'; layout: 'cos_sin' | 'split'; dtype: Dtype };
  precision: 'exact' | 'fast';
  /** WGSL also emits an array<f16> variant (`dtype f16 native`). Absent (not false) otherwise. */
  nativeF16?: true;
  /** q, k and the outputs are strided views: run-time token and head strides per tensor. */
  strided?: true;
  /**
   * A tensor's own head width and rotary offset where they differ from the spec's (MLA: q heads of
   * 192 lanes whose last 64 rotate, k_pe heads of 64). Absent when none does; read through tensorLanes().
   */
  lanes?: Partial<Record<'q' | 'k', { headDim: number; offset: number }>>;
  /**
   * `k … tokens own`: k has its own token count and positions (its own offset, grid sizes or
   * positions tensor, named k_offset, k_grid_AXIS, k_positions), read the way q's are.
   */
  kTokens?: 'own';
  /** `norm rms(…)`: every head of q and k is RMS-normalized over its head_dim before it rotates (see NormSpec). */
  norm?: NormSpec;
  /** `kv_cache …`: rotated k and v are also stored into the caller's KV cache at slot_mapping[token] (see KvCacheSpec). */
  kvCache?: KvCacheSpec;
  /** `q … output fp8_e4m3`: q's output holds e4m3(rotated q / q_scale) bytes (out of place only). */
  qOutput?: 'fp8_e4m3';
}

/** Does k have its own tokens (count and positions)? */
export const ownTokens = (ir: RopeIR): boolean => ir.kernel.kTokens === 'own';

/** One tensor's head: its width, and how far its pairs' lanes sit from the spec's (pair lane + shift). */
export interface TensorLanes {
  headDim: number;
  offset: number;
  shift: number;
}

/** q's or k's head shape: the spec's head_dim and rotary offset unless the kernel block gives the tensor its own. */
export function tensorLanes(ir: RopeIR, t: 'q' | 'k'): TensorLanes {
  const own = ir.kernel.lanes?.[t];
  return own ? { headDim: own.headDim, offset: own.offset, shift: own.offset - ir.rotaryOffset } : { headDim: ir.headDim, offset: ir.rotaryOffset, shift: 0 };
}

/** Do q and k have heads of one shape (every spec without per-tensor head_dim/offset)? */
export function sameLanes(ir: RopeIR): boolean {
  const [q, k] = [tensorLanes(ir, 'q'), tensorLanes(ir, 'k')];
  return q.headDim === k.headDim && q.shift === k.shift;
}


/**
 * What only hosts need, never kernels or printers: the spec's position builder as written (for
 * `ropec positions`, `ropec run --sequence`, explain), with every builder option.
 */
export interface HostIR {
  positions: PositionSpec;
}

export interface LaneRun {
  /** Pairs first … first+count−1 have laneA = a0 + i·stride, laneB = b0 + i·stride. */
  firstPair: number;
  count: number;
  a0: number;
  b0: number;
  stride: number;
}

export interface Schedule {
  /** sin/cos computed once per (token, pair) and reused by every head of q and k. */
  sincosPerTokenPair: boolean;
  /** Positions computed in the kernel from sizes instead of read from a tensor. */
  positionsInKernel: boolean;
}

export interface RopeIR {
  version: number;
  name: string;
  file: string;
  /** Where the rope block's statements are in the source: backends point their refusals there. */
  at: SpecSources;
  specHash: string;
  headDim: number;
  rotaryDim: number;
  rotaryOffset: number;
  style: Style;
  /** +1 forward, −1 inverse (rotate by −φ). */
  sign: 1 | -1;
  axes: string[];
  pairs: PairIR[];
  tables: TableIR[];
  attentionFactor: number;
  positions: PositionIR;
  kernel: KernelIR;
  host: HostIR;
  /** Set by foldFrequencies. */
  omega?: FoldedOmega;
  /** Set by identityLanes: lanes of a head that pass through unchanged, as [start, end) ranges. */
  identityLanes?: [number, number][];
  /** Set by laneRuns. */
  laneRuns?: LaneRun[];
  /** Set by shareSinCos. */
  schedule?: Schedule;
}

/** The IR after the pass pipeline: every derived field is there (what backends take). */
export type OptimizedIR = RopeIR & Required<Pick<RopeIR, 'omega' | 'identityLanes' | 'laneRuns' | 'schedule'>>;

/** Does ω depend on a run-time value? */
export function omegaIsDynamic(ir: RopeIR): boolean {
  return ir.tables.some((t) => t.scaling?.kind === 'dynamic' || (t.scaling?.kind === 'longrope' && t.scaling.select === 'auto'));
}
