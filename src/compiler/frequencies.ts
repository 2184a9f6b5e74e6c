// The frequency formulas, in float64: the executable definition of docs/LANGUAGE.md's frequencies and scalings.
// Everything that needs an ω (interpreter, foldFrequencies, host code for dynamic scalings,
// `explain`) calls these; there is no second copy of a formula anywhere in ropec.
import type { ScalingSpec } from './spec.js';
import type { TableIR } from './ir.js';

const TWO_PI = 2 * Math.PI;

/** Unscaled ω_k of a table (k in 0 … count−1), before scaling and per-axis scale. */
export function rawOmega(table: TableIR, k: number): number {
  const s = table.source;
  switch (s.kind) {
    case 'base':
      return Math.pow(s.base, (-2 * k) / table.dim);
    case 'periods_base':
      // DINOv3: period_k = base^(2k/D) with D the table's lanes; φ = 2π·coord/period.
      return TWO_PI / Math.pow(s.base, (2 * k) / table.dim);
    case 'periods_range': {
      // DINOv3: periods geometric from min to max over the table's pairs.
      const e = table.count === 1 ? 0 : k / (table.count - 1);
      return TWO_PI / (s.min * Math.pow(s.max / s.min, e));
    }
    case 'list':
      return s.values[k];
    case 'proportional':
      return k < s.rotated ? Math.pow(s.base, (-2 * k) / table.dim) : 0;
  }
}

export interface RuntimeFrequencyArgs {
  /** The run-time sequence length (dynamic NTK; LongRoPE select auto). */
  seqLen?: number;
}

/** ω_k with the table's scaling and scale applied. `seqLen` is needed only for dynamic ones. */
export function tableOmega(table: TableIR, k: number, rt: RuntimeFrequencyArgs = {}): number {
  return applyScaling(table, k, rt) * table.scale;
}

function applyScaling(table: TableIR, k: number, rt: RuntimeFrequencyArgs): number {
  const sc = table.scaling;
  const D = table.dim;
  if (!sc) return rawOmega(table, k);
  const base = table.source.kind === 'base' ? table.source.base : NaN;
  switch (sc.kind) {
    case 'linear':
      return rawOmega(table, k) / sc.factor;
    case 'factors':
      return rawOmega(table, k) / sc.values[k];
    case 'ntk':
      return Math.pow(base * Math.pow(sc.alpha, D / (D - 2)), (-2 * k) / D);
    case 'dynamic': {
      const L = Math.max(requireSeqLen(rt, 'dynamic'), sc.original);
      const b = base * Math.pow((sc.factor * L) / sc.original - (sc.factor - 1), D / (D - 2));
      return Math.pow(b, (-2 * k) / D);
    }
    case 'yarn':
      return yarnOmega(base, D, k, sc);
    case 'llama3':
      return llama3Omega(rawOmega(table, k), sc);
    case 'longrope': {
      const useLong = sc.select === 'long' || (sc.select === 'auto' && requireSeqLen(rt, 'longrope') > sc.original);
      const ext = useLong ? sc.long[k] : sc.short[k];
      return 1 / (ext * Math.pow(base, (2 * k) / D));
    }
  }
}

function requireSeqLen(rt: RuntimeFrequencyArgs, what: string): number {
  if (rt.seqLen === undefined || !Number.isFinite(rt.seqLen)) {
    throw new RangeError(`scaling ${what} needs the run-time sequence length 'seq_len'`);
  }
  return rt.seqLen;
}

type Yarn = Extract<ScalingSpec, { kind: 'yarn' }>;

/** YaRN correction range in pair indices (transformers `_compute_yarn_parameters`). */
export function yarnRange(base: number, D: number, sc: Yarn): { low: number; high: number } {
  const dimOf = (rotations: number) => (D * Math.log(sc.original / (rotations * TWO_PI))) / (2 * Math.log(base));
  let low = dimOf(sc.betaFast);
  let high = dimOf(sc.betaSlow);
  if (sc.truncate) {
    low = Math.floor(low);
    high = Math.ceil(high);
  }
  low = Math.max(low, 0);
  high = Math.min(high, D - 1);
  if (low === high) high += 0.001;
  return { low, high };
}

/** The YaRN ramp at pair k: 0 = keep (extrapolate), 1 = interpolate by factor. */
export function yarnRamp(base: number, D: number, k: number, sc: Yarn): number {
  const { low, high } = yarnRange(base, D, sc);
  return Math.min(1, Math.max(0, (k - low) / (high - low)));
}

function yarnOmega(base: number, D: number, k: number, sc: Yarn): number {
  const omega = Math.pow(base, (-2 * k) / D);
  const extrapolationWeight = 1 - yarnRamp(base, D, k, sc);
  return (omega / sc.factor) * (1 - extrapolationWeight) + omega * extrapolationWeight;
}

type Llama3 = Extract<ScalingSpec, { kind: 'llama3' }>;

function llama3Omega(omega: number, sc: Llama3): number {
  const wavelength = TWO_PI / omega;
  const lowWavelength = sc.original / sc.low;
  const highWavelength = sc.original / sc.high;
  if (wavelength > lowWavelength) return omega / sc.factor;
  if (wavelength < highWavelength) return omega;
  // low == high: the band is the single wavelength original / low, where transformers divides
  // 0 by 0. The step takes the value the blend has at that end of a non-empty band: ω / factor.
  if (sc.high === sc.low) return omega / sc.factor;
  const smooth = (sc.original / wavelength - sc.low) / (sc.high - sc.low);
  return (1 - smooth) * (omega / sc.factor) + smooth * omega;
}

function mscale(scale: number, m = 1): number {
  return scale <= 1 ? 1 : 0.1 * m * Math.log(scale) + 1;
}

/** The attention factor a scaling implies when the spec gives none (HF semantics). */
export function scalingAttentionFactor(sc: ScalingSpec | null): number {
  if (!sc) return 1;
  if (sc.kind === 'yarn') {
    if (sc.attentionFactor !== null) return sc.attentionFactor;
    if (sc.mscale !== null && sc.mscaleAllDim !== null) return mscale(sc.factor, sc.mscale) / mscale(sc.factor, sc.mscaleAllDim);
    return mscale(sc.factor);
  }
  if (sc.kind === 'longrope') {
    if (sc.attentionFactor !== null) return sc.attentionFactor;
    const f = sc.factor ?? 1;
    return f <= 1 ? 1 : Math.sqrt(1 + Math.log(f) / Math.log(sc.original));
  }
  return 1;
}
