// Rope IR: the one backend-neutral form every backend and the interpreter read.
//
// A spec becomes a list of rotated *pairs*. Each pair names its two lanes inside a head, the axis
// whose position drives it, and the frequency table entry (table, k) that gives ω. Positions come
// from one PositionIR; the kernel block says what tensors look like. Passes fill in derived,
// optional fields (folded ω, identity lanes, lane runs, schedule); the interpreter works with or
// without them, which is what lets tests check `interpret(optimize(ir)) ≈ interpret(ir)`.
import type { FrequencySource, KernelSpec, PositionSpec, ScalingSpec, Style } from './spec.js';

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

/** How each axis reads the position vector of a token: component c of the source. */
export interface PositionIR {
  source: PositionSpec;
  /** Number of position components per token (1 for index/timeline, #axes for grids, 3 for mrope). */
  components: number;
  /** For each axis, the component index it reads. */
  axisComponent: number[];
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
  kernel: KernelSpec;
  /** Set by foldFrequencies. */
  omega?: FoldedOmega;
  /** Set by identityLanes: lanes of a head that pass through unchanged, as [start, end) ranges. */
  identityLanes?: [number, number][];
  /** Set by laneRuns. */
  laneRuns?: LaneRun[];
  /** Set by shareSinCos. */
  schedule?: Schedule;
}

/** Does ω depend on a run-time value? */
export function omegaIsDynamic(ir: RopeIR): boolean {
  return ir.tables.some((t) => t.scaling?.kind === 'dynamic' || (t.scaling?.kind === 'longrope' && t.scaling.select === 'auto'));
}
