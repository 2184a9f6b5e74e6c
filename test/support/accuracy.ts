// The accuracy table (issue 8, item 4): every scaling × storage dtype × backend × angle precision
// at positions around 10^2 … 10^6, measured against the float64 interpreter. Here: the scalings
// (spec text), the inputs, the measurements and the markdown; test/accuracy-table.test.ts runs the
// backends and asserts the bounds, docs/accuracy.md states them.
//
// Measurement: for one spec and one magnitude m, a block of TOKENS tokens at positions in [m/2, m]
// (the last exactly m), q and k uniform in [−1, 1] rounded to the storage dtype; the figure is
// max |backend − interpreter| / max|x| over every element of q and k of the block (x = the stored
// inputs). Several magnitudes share one call where ω does not depend on seq_len.
import { readFileSync } from 'node:fs';
import { pairOmegas } from '../../src/compiler/interpreter.js';
import type { RopeIR } from '../../src/compiler/ir.js';
import type { RopeInputs } from '../../src/compiler/runtime.js';
import { rng } from './random-spec.js';
import { type Dtype } from './dtype.js';

export const MAGNITUDES = [1e2, 1e3, 1e4, 1e5, 1e6];
export const DTYPES: Dtype[] = ['f32', 'f16', 'bf16'];
export const PRECISIONS = ['exact', 'fast'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const TOKENS = 48;

/** The issue's target: with exact angles, f32 error ≤ 1e-6 × max|x| at every position up to 10^6. */
export const EXACT_BOUND = 1e-6;

export interface Scaling {
  /** Short key used in spec names. */
  key: string;
  /** What the table row says. */
  label: string;
  headDim: number;
  /** The spec lines between `style` and `positions` (frequencies, scaling, axes). */
  lines: string;
  /** Axes with a position of their own (a `[axes, tokens]` positions tensor when > 1). */
  components: number;
  /** ω depends on the run-time seq_len: pass max(position) + 1, as Hugging Face does. */
  seqLen: boolean;
}

/** The `scaling longrope(…)` call of the Phi-3-mini-128k spec, its published factor lists. */
function phi3LongRope(): string {
  const text = readFileSync(new URL('../../spec/phi3_mini_128k.rope', import.meta.url), 'utf8');
  const m = /scaling longrope\([^)]*\)/.exec(text);
  if (!m) throw new Error('spec/phi3_mini_128k.rope: no scaling longrope(…) call');
  return m[0];
}

/** llama.cpp-style per-pair frequency factors: 1 for the fastest half, then 2, then 8. */
function freqFactors(pairs: number): string {
  return Array.from({ length: pairs }, (_, j) => (j < pairs / 2 ? '1.0' : j < (3 * pairs) / 4 ? '2.0' : '8.0')).join(', ');
}

/** Every way the language has to set ω, with parameter values from spec/ and published configs. */
export const SCALINGS: Scaling[] = [
  { key: 'none', label: 'none (θ 10⁴)', headDim: 128, lines: 'frequencies base 10000', components: 1, seqLen: false },
  { key: 'linear', label: 'linear ×4', headDim: 128, lines: 'frequencies base 10000\n  scaling linear(factor 4)', components: 1, seqLen: false },
  { key: 'ntk', label: 'ntk α 4', headDim: 128, lines: 'frequencies base 10000\n  scaling ntk(alpha 4)', components: 1, seqLen: false },
  {
    key: 'dynamic', label: 'dynamic ×2, L₀ 4096', headDim: 128,
    lines: 'frequencies base 10000\n  scaling dynamic(factor 2, original 4096)', components: 1, seqLen: true,
  },
  {
    key: 'yarn', label: 'yarn ×4, L₀ 32768 (Qwen2.5)', headDim: 128,
    lines: 'frequencies base 1000000\n  scaling yarn(factor 4, original 32768)', components: 1, seqLen: false,
  },
  {
    key: 'llama3', label: 'llama3 ×8 (Llama 3.1)', headDim: 128,
    lines: 'frequencies base 500000\n  scaling llama3(factor 8, low 1, high 4, original 8192)', components: 1, seqLen: false,
  },
  { key: 'longrope', label: 'longrope auto (Phi-3-128k)', headDim: 96, lines: `frequencies base 10000\n  ${phi3LongRope()}`, components: 1, seqLen: true },
  {
    key: 'factors', label: 'factors [1 … 2 … 8]', headDim: 128,
    lines: `frequencies base 10000\n  scaling factors([${freqFactors(64)}])`, components: 1, seqLen: false,
  },
  {
    key: 'peraxis', label: 'per-axis bases (t 2·10⁴, h ×0.5)', headDim: 128,
    lines: 'axes sectioned [t 16, h 24, w 24]\n  frequencies base 10000 over axis {\n    t base 20000\n    h scale 0.5\n  }', components: 3, seqLen: false,
  },
  {
    key: 'periods', label: 'periods base 100 (DINOv3)', headDim: 64,
    lines: 'axes sectioned [h 16, w 16]\n  frequencies periods(base 100) over axis', components: 2, seqLen: false,
  },
];

export function specName(s: Scaling, dtype: Dtype, precision: Precision): string {
  return `acc_${s.key}_${dtype}_${precision}`;
}

export function specSource(s: Scaling, dtype: Dtype, precision: Precision): string {
  return `rope ${specName(s, dtype, precision)} {
  head_dim ${s.headDim}
  style half
  ${s.lines}
  positions tensor int
  kernel {
    q heads 1
    k heads 1
    layout [tokens, heads, dim]
    dtype ${dtype}
    precision ${precision}
  }
}
`;
}

/**
 * The magnitudes that share one run: all of them where ω is fixed, one at a time where ω depends on
 * the run-time seq_len (which is then max(position) + 1).
 */
export function runGroups(s: Scaling): number[][] {
  return s.seqLen ? MAGNITUDES.map((m) => [m]) : [MAGNITUDES];
}

/**
 * Inputs for one run: a block of TOKENS tokens per magnitude m, at positions in [m/2, m] on every
 * axis (the block's last token at exactly m), q and k uniform in [−1, 1] (not yet rounded to
 * storage). Token t of the run belongs to block ⌊t / TOKENS⌋.
 */
export function accuracyInputs(s: Scaling, magnitudes: number[], seed: number): RopeInputs {
  const r = rng(seed * 7919 + magnitudes[0]);
  const tokens = TOKENS * magnitudes.length;
  const positions: number[] = [];
  for (let c = 0; c < s.components; c++) {
    for (const m of magnitudes) {
      for (let t = 0; t < TOKENS; t++) positions.push(t === TOKENS - 1 ? m : Math.round(m / 2 + (r() * m) / 2));
    }
  }
  const n = tokens * s.headDim;
  return {
    q: Float64Array.from({ length: n }, () => r() * 2 - 1),
    k: Float64Array.from({ length: n }, () => r() * 2 - 1),
    positions: Int32Array.from(positions),
    sizes: { tokens, ...(s.seqLen ? { seq_len: Math.max(...magnitudes) + 1 } : {}) },
  };
}

// ------------------------------------------------------------------------------------------------
// Rounding to a storage dtype, written here from the formats' definitions (IEEE binary16: 11
// significand bits, normal exponents from −14; bfloat16: 8 bits, from −126; binary32: 24, −126),
// round to nearest, ties to even. Independent of src/storage.ts and of every backend's encoder.

const FORMAT: Record<Dtype, { bits: number; emin: number }> = {
  f32: { bits: 24, emin: -126 },
  f16: { bits: 11, emin: -14 },
  bf16: { bits: 8, emin: -126 },
};

/** Distance between neighbouring values of the dtype around v (subnormal spacing below the normals). */
export function ulpAt(v: number, dtype: Dtype): number {
  const { bits, emin } = FORMAT[dtype];
  const a = Math.abs(v);
  let e = a === 0 ? emin : Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return 2 ** (Math.max(e, emin) - (bits - 1));
}

/** v rounded to the dtype, nearest, ties to even (no overflow: |v| here is a few units at most). */
export function roundTo(v: number, dtype: Dtype): number {
  const u = ulpAt(v, dtype);
  const n = v / u; // exact: u is a power of two
  const f = Math.floor(n);
  const d = n - f;
  const i = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return i * u;
}

// ------------------------------------------------------------------------------------------------
// What a run is measured for

/** One backend's outputs, as numbers, for the inputs `exact` (q and k as the dtype stores them). */
export interface Outputs {
  q: ArrayLike<number>;
  k: ArrayLike<number>;
}

export interface Measurement {
  /** max |out − interpreter| / max|x|. */
  relative: number;
  /** Elements outside [rnd(y − δ), rnd(y + δ)] with δ = bound·max|x| (see `measure`). */
  outsideBracket: number;
  /**
   * max |out − rnd(y)| in storage ulps of rnd(y), over the elements whose ulp exceeds
   * EXACT_BOUND·max|x| (where an exact kernel is within one ulp; see the test's header).
   */
  ulps: number;
  /** The first element outside the bracket, for the failure message. */
  firstOutside?: string;
}

/**
 * Compares the outputs of block `block` of a run (its TOKENS tokens; one head of q and of k,
 * [tokens, heads, dim]) with the interpreter on the stored inputs. The bracket check: the kernel
 * computes ŷ in f32 with |ŷ − y| ≤ δ and stores rnd(ŷ); rounding to nearest is monotonic, so
 * rnd(y − δ) ≤ rnd(ŷ) ≤ rnd(y + δ). (For f32 storage the bracket is the same statement.)
 */
export function measure(ir: RopeIR, exact: RopeInputs, got: Outputs, bound: number, want: Outputs, block: number): Measurement {
  const dtype = ir.kernel.dtype;
  const from = block * TOKENS * ir.headDim;
  const to = from + TOKENS * ir.headDim;
  let scale = 0;
  for (const which of ['q', 'k'] as const) for (let i = from; i < to; i++) scale = Math.max(scale, Math.abs(exact[which][i]));
  const delta = bound * scale;
  let err = 0;
  let ulps = 0;
  let outside = 0;
  let firstOutside: string | undefined;
  for (const which of ['q', 'k'] as const) {
    const g = got[which];
    const w = want[which];
    for (let i = from; i < to; i++) {
      const e = Math.abs(g[i] - w[i]);
      err = Number.isNaN(e) ? Infinity : Math.max(err, e);
      const r = roundTo(w[i], dtype);
      if (ulpAt(r, dtype) > EXACT_BOUND * scale) ulps = Math.max(ulps, Math.abs(g[i] - r) / ulpAt(r, dtype));
      if (!(g[i] >= roundTo(w[i] - delta, dtype) && g[i] <= roundTo(w[i] + delta, dtype))) {
        outside++;
        firstOutside ??= `${which}[${i}] = ${g[i]}, interpreter ${w[i]}, allowed [${roundTo(w[i] - delta, dtype)}, ${roundTo(w[i] + delta, dtype)}]`;
      }
    }
  }
  return { relative: err / scale, outsideBracket: outside, ulps, firstOutside };
}

/**
 * The control: what a kernel would store if it formed the angle naively in float32,
 * fround(fround(p) · fround(ω)), and did everything else exactly (cos, sin and the rotation in
 * float64, one rounding to storage). Evaluated here, independently of every backend.
 */
export function naiveF32(ir: RopeIR, exact: RopeInputs): Outputs {
  const omega = pairOmegas(ir, exact.sizes.seq_len);
  const tokens = exact.sizes.tokens!;
  const dtype = ir.kernel.dtype;
  const out = { q: Float64Array.from(exact.q), k: Float64Array.from(exact.k) };
  const m = ir.attentionFactor;
  for (let t = 0; t < tokens; t++) {
    for (const pair of ir.pairs) {
      const p = exact.positions![ir.positions.axisComponent[pair.axis] * tokens + t];
      const angle = Math.fround(Math.fround(p) * Math.fround(omega[pair.index]));
      const cos = Math.cos(angle) * m;
      const sin = ir.sign * Math.sin(angle) * m;
      for (const x of [out.q, out.k]) {
        const base = t * ir.headDim; // one head, [tokens, heads, dim]
        const a = x[base + pair.laneA];
        const b = x[base + pair.laneB];
        x[base + pair.laneA] = roundTo(a * cos - b * sin, dtype);
        x[base + pair.laneB] = roundTo(b * cos + a * sin, dtype);
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// The table

/** A cell: a figure per magnitude, or why there is none. */
export type Cell = { figures: Measurement[] } | { refused: string };

export function formatFigure(x: number): string {
  if (x === 0) return '0';
  return x.toExponential(1).replace('e-', 'e−');
}

/**
 * Markdown: one table per dtype; a row per scaling × backend/precision, a column per magnitude.
 * f32 shows max|err|/max|x|; f16 and bf16 show it and, in brackets, the largest distance in storage
 * ulps from the interpreter's value rounded to the dtype.
 */
export function markdownTables(cells: Map<string, Cell>, columns: { key: string; label: string }[]): string {
  const out: string[] = [];
  for (const dtype of DTYPES) {
    out.push(`#### ${dtype}`, '');
    out.push(`| scaling | backend | ${MAGNITUDES.map((m) => `p ≤ 1e${Math.log10(m)}`).join(' | ')} |`);
    out.push(`| --- | --- | ${MAGNITUDES.map(() => '---').join(' | ')} |`);
    for (const s of SCALINGS) {
      for (const col of columns) {
        const cell = cells.get(cellKey(s.key, dtype, col.key));
        if (!cell) continue;
        const figures = 'refused' in cell
          ? MAGNITUDES.map(() => `refused (${cell.refused})`)
          : cell.figures.map((f) => (dtype === 'f32' ? formatFigure(f.relative) : `${formatFigure(f.relative)} (${Number(f.ulps.toFixed(1))})`));
        out.push(`| ${s.label} | ${col.label} | ${figures.join(' | ')} |`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

export function cellKey(scaling: string, dtype: Dtype, column: string): string {
  return `${scaling}/${dtype}/${column}`;
}

/** Largest |p·ω| over the tokens of block `block` of a run (for the fast path's allowance). */
export function blockMaxAngle(ir: RopeIR, exact: RopeInputs, block: number): number {
  const omega = pairOmegas(ir, exact.sizes.seq_len);
  const tokens = exact.sizes.tokens!;
  let max = 0;
  for (let t = block * TOKENS; t < (block + 1) * TOKENS; t++) {
    for (const pair of ir.pairs) {
      const p = exact.positions![ir.positions.axisComponent[pair.axis] * tokens + t];
      max = Math.max(max, Math.abs(p * omega[pair.index]));
    }
  }
  return max;
}
