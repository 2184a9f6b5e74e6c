// The inverse frequencies and attention factors transformers computes, written out from
// src/transformers/modeling_rope_utils.py (v5) for the import tests: ω_j of pair j and the factor
// cos and sin are multiplied by. Independent of ropec's own formulas (src/compiler/frequencies.ts),
// so a test that compares the two checks the import against the model, not against itself.
import { explain } from '../../src/compiler/explain.js';
import type { RopeIR } from '../../src/compiler/ir.js';

export type Omega = (j: number) => number;

/** _compute_default_rope_parameters: 1 / base^(arange(0, dim, 2) / dim). */
export function plain(base: number, dim: number): Omega {
  return (j) => 1 / base ** ((2 * j) / dim);
}

/** _compute_linear_scaling_rope_parameters: the plain inv_freq / factor. */
export function linear(base: number, dim: number, factor: number): Omega {
  return (j) => plain(base, dim)(j) / factor;
}

/** _compute_proportional_rope_parameters: int(p·head_dim // 2) pairs over head_dim, then zeros. */
export function proportional(base: number, headDim: number, rotated: number): Omega {
  return (j) => (j < rotated ? 1 / base ** ((2 * j) / headDim) : 0);
}

export interface YarnParams {
  factor: number;
  original: number;
  betaFast?: number;
  betaSlow?: number;
  truncate?: boolean;
}

/** _compute_yarn_parameters: find_correction_range, linear_ramp_factor, the blend of interpolation and extrapolation. */
export function yarn(base: number, dim: number, p: YarnParams): Omega {
  const findDim = (rotations: number) => (dim * Math.log(p.original / (rotations * 2 * Math.PI))) / (2 * Math.log(base));
  let low = findDim(p.betaFast || 32);
  let high = findDim(p.betaSlow || 1);
  if (p.truncate ?? true) {
    low = Math.floor(low);
    high = Math.ceil(high);
  }
  low = Math.max(low, 0);
  high = Math.min(high, dim - 1);
  if (low === high) high += 0.001;
  return (j) => {
    const pos = base ** ((2 * j) / dim);
    const ramp = Math.min(1, Math.max(0, (j - low) / (high - low)));
    const extrapolation = 1 - ramp;
    return (1 / (p.factor * pos)) * (1 - extrapolation) + (1 / pos) * extrapolation;
  };
}

/** get_mscale and the attention factor rule of _compute_yarn_parameters. */
export function yarnAttention(factor: number, mscale?: number, mscaleAllDim?: number, attentionFactor?: number): number {
  const get = (s: number, m = 1) => (s <= 1 ? 1 : 0.1 * m * Math.log(s) + 1);
  if (attentionFactor !== undefined) return attentionFactor;
  if (mscale && mscaleAllDim) return get(factor, mscale) / get(factor, mscaleAllDim);
  return get(factor);
}

/** _compute_llama3_parameters. */
export function llama3(base: number, dim: number, factor: number, low: number, high: number, original: number): Omega {
  return (j) => {
    const inv = plain(base, dim)(j);
    const wavelen = (2 * Math.PI) / inv;
    if (wavelen > original / low) return inv / factor;
    if (wavelen < original / high) return inv;
    const smooth = (original / wavelen - low) / (high - low);
    return (1 - smooth) * (inv / factor) + smooth * inv;
  };
}

/** _compute_longrope_parameters, for the list the sequence length selects. */
export function longrope(base: number, dim: number, ext: number[]): Omega {
  return (j) => 1 / (ext[j] * base ** ((2 * j) / dim));
}

/** The attention factor of _compute_longrope_parameters. */
export function longropeAttention(factor: number, original: number): number {
  return factor <= 1 ? 1 : Math.sqrt(1 + Math.log(factor) / Math.log(original));
}

export interface Explained {
  headDim: number;
  rotaryDim: number;
  offset: number;
  style: string;
  attentionFactor: number;
  qHeads: string;
  kHeads: string;
  /** pair → lanes, axis, ω as `ropec explain` prints them (ω to 7 significant digits). */
  pairs: { index: number; laneA: number; laneB: number; axis: string; omega: number }[];
  /** The "pairs with ω = 0" line, if any. */
  still?: string;
  text: string;
}

/** Reads `ropec explain`'s text for one spec. */
export function readExplain(ir: RopeIR): Explained {
  const text = explain(ir);
  const head = /head_dim (\d+), rotary dim (\d+) at lane (\d+), (\d+) pairs, style (\w+)/.exec(text);
  const att = /attention factor: (\S+)/.exec(text);
  const kernel = /q heads (\S+), k heads (\S+),/.exec(text);
  if (!head || !att || !kernel) throw new Error(`explain output not understood:\n${text}`);
  const pairs: Explained['pairs'] = [];
  for (const line of text.split('\n')) {
    const m = /^\s+(\d+)\s+\((\d+), (\d+)\)\s+(\S+)\s+(?:position|component \d+)\s+(\S+)/.exec(line);
    if (m) pairs.push({ index: Number(m[1]), laneA: Number(m[2]), laneB: Number(m[3]), axis: m[4], omega: Number(m[5]) });
  }
  return {
    headDim: Number(head[1]), rotaryDim: Number(head[2]), offset: Number(head[3]), style: head[5],
    attentionFactor: Number(att[1]), qHeads: kernel[1], kHeads: kernel[2].replace(/,$/, ''), pairs,
    still: /pairs with ω = 0 \(not rotated\): (.*)/.exec(text)?.[1], text,
  };
}

/** Lanes of pair j for a rotary block of `dim` lanes at lane 0. */
export function lanesOf(style: 'half' | 'interleaved', dim: number, j: number): [number, number] {
  return style === 'half' ? [j, j + dim / 2] : [2 * j, 2 * j + 1];
}

/** First pair whose printed ω differs from the expected one by more than explain's rounding. */
export function omegaMismatch(e: Explained, want: Omega): string | undefined {
  for (const p of e.pairs) {
    const w = want(p.index);
    const ok = w === 0 ? p.omega === 0 : Math.abs(p.omega - w) <= 1e-6 * Math.abs(w);
    if (!ok) return `pair ${p.index}: explain shows ω = ${p.omega}, the model computes ${w}`;
  }
  return undefined;
}
