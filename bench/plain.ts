// The "as users write it" baseline: a plain in-place JS loop over [tokens, heads, D] with a
// precomputed cos/sin cache in Hugging Face's layout (cos and sin of shape [rows, D], the D/2
// pair angles repeated for both halves, as `torch.cat((freqs, freqs), -1)` makes them), applying
// `x * cos + rotate_half(x) * sin`. Interleaved specs (GPT-J / Wan complex multiplication) use the
// interleaved counterpart with repeat-interleaved rows. The cache is built once outside the timed
// region, as a model builds it once per forward pass and reuses it in every layer.
import type { AngleTable } from './shapes.js';

export interface UserCache {
  style: 'half' | 'interleaved';
  D: number;
  cos: Float32Array;
  sin: Float32Array;
  rowOf: Int32Array;
}

export function userCache(t: AngleTable, style: 'half' | 'interleaved'): UserCache {
  const D = t.half * 2;
  const cos = new Float32Array(t.rows * D);
  const sin = new Float32Array(t.rows * D);
  for (let r = 0; r < t.rows; r++) {
    for (let j = 0; j < t.half; j++) {
      const [l0, l1] = style === 'half' ? [j, j + t.half] : [2 * j, 2 * j + 1];
      cos[r * D + l0] = cos[r * D + l1] = t.cos[r * t.half + j];
      sin[r * D + l0] = sin[r * D + l1] = t.sin[r * t.half + j];
    }
  }
  return { style, D, cos, sin, rowOf: t.rowOf };
}

/** rotate_half semantics, in place: x1' = x1·cos − x2·sin, x2' = x2·cos + x1·sin. */
export function ropeHalfInPlace(x: Float32Array, tokens: number, heads: number, D: number, cos: Float32Array, sin: Float32Array, rowOf: Int32Array): void {
  const half = D / 2;
  for (let t = 0; t < tokens; t++) {
    const r = rowOf[t] * D;
    for (let h = 0; h < heads; h++) {
      const o = (t * heads + h) * D;
      for (let i = 0; i < half; i++) {
        const x1 = x[o + i];
        const x2 = x[o + i + half];
        x[o + i] = x1 * cos[r + i] - x2 * sin[r + i];
        x[o + i + half] = x2 * cos[r + i + half] + x1 * sin[r + i + half];
      }
    }
  }
}

/** Interleaved pairs (2i, 2i + 1), in place. */
export function ropeInterleavedInPlace(x: Float32Array, tokens: number, heads: number, D: number, cos: Float32Array, sin: Float32Array, rowOf: Int32Array): void {
  for (let t = 0; t < tokens; t++) {
    const r = rowOf[t] * D;
    for (let h = 0; h < heads; h++) {
      const o = (t * heads + h) * D;
      for (let i = 0; i < D; i += 2) {
        const x1 = x[o + i];
        const x2 = x[o + i + 1];
        x[o + i] = x1 * cos[r + i] - x2 * sin[r + i];
        x[o + i + 1] = x2 * cos[r + i + 1] + x1 * sin[r + i + 1];
      }
    }
  }
}

export function plainRope(c: UserCache, q: Float32Array, k: Float32Array, tokens: number, qHeads: number, kHeads: number): void {
  const f = c.style === 'half' ? ropeHalfInPlace : ropeInterleavedInPlace;
  f(q, tokens, qHeads, c.D, c.cos, c.sin, c.rowOf);
  f(k, tokens, kHeads, c.D, c.cos, c.sin, c.rowOf);
}
