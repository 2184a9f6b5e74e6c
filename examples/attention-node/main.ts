// Causal grouped-query attention, softmax(q·kᵀ/√d)·v per head, with RoPE applied to q and k by
// the TypeScript kernel ropec generated from attention.rope (gen/attention.ts).
// Prints a JSON report: the inputs, the attention output, and a check of RoPE's defining
// property: with the same query vector at every position and the same key vector at every
// position, the score of (i, j) depends only on i − j.
import { rotate, SPEC } from './gen/attention.js';

const TOKENS = 10;
const D = SPEC.headDim;
const QH = SPEC.qHeads;
const KH = SPEC.kHeads;

function random(length: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  });
}

const dot = (a: Float32Array, ai: number, b: Float32Array, bi: number) => {
  let s = 0;
  for (let i = 0; i < D; i++) s += a[ai + i] * b[bi + i];
  return s;
};

/** Causal attention; q [tokens, QH, D], k and v [tokens, KH, D] → [tokens, QH, D] (float64). */
function attention(q: Float32Array, k: Float32Array, v: Float32Array, tokens: number): Float64Array {
  const rot = rotate({ q, k, sizes: { tokens } });
  const out = new Float64Array(tokens * QH * D);
  for (let h = 0; h < QH; h++) {
    const g = Math.floor(h / (QH / KH)); // the key/value head this query head reads
    for (let i = 0; i < tokens; i++) {
      const scores = [];
      for (let j = 0; j <= i; j++) scores.push(dot(rot.q, (i * QH + h) * D, rot.k, (j * KH + g) * D) / Math.sqrt(D));
      const top = Math.max(...scores);
      const w = scores.map((s) => Math.exp(s - top));
      const total = w.reduce((a, b) => a + b, 0);
      for (let j = 0; j <= i; j++) {
        for (let c = 0; c < D; c++) out[(i * QH + h) * D + c] += (w[j] / total) * v[(j * KH + g) * D + c];
      }
    }
  }
  return out;
}

/** Scores of one query vector u at every position against one key vector w at every position. */
function relativeCheck(tokens: number) {
  const u = random(D, 7);
  const w = random(D, 8);
  const q = new Float32Array(tokens * QH * D);
  const k = new Float32Array(tokens * KH * D);
  for (let t = 0; t < tokens; t++) {
    q.set(u, t * QH * D);
    k.set(w, t * KH * D);
  }
  const rot = rotate({ q, k, sizes: { tokens } });
  const byDistance = new Map<number, number[]>();
  for (let i = 0; i < tokens; i++) {
    for (let j = 0; j < tokens; j++) {
      const s = dot(rot.q, i * QH * D, rot.k, j * KH * D);
      byDistance.set(i - j, [...(byDistance.get(i - j) ?? []), s]);
    }
  }
  let deviation = 0;
  for (const list of byDistance.values()) deviation = Math.max(deviation, Math.max(...list) - Math.min(...list));
  const perDistance = [...byDistance.keys()].sort((a, b) => a - b).map((d) => byDistance.get(d)![0]);
  return { deviation, spread: Math.max(...perDistance) - Math.min(...perDistance), unrotated: dot(u, 0, w, 0) };
}

const q = random(TOKENS * QH * D, 1);
const k = random(TOKENS * KH * D, 2);
const v = random(TOKENS * KH * D, 3);
const out = attention(q, k, v, TOKENS);
const rel = relativeCheck(TOKENS);
console.error(
  `${SPEC.name}: causal attention over ${TOKENS} tokens, ${QH} query heads on ${KH} key/value heads, head_dim ${D}\n` +
    `same q and k at every position: scores differ by at most ${rel.deviation.toExponential(2)} between pairs at the same distance,\n` +
    `and by ${rel.spread.toFixed(3)} across distances (RoPE makes attention depend on relative position only)`,
);
console.log(JSON.stringify({ spec: SPEC.name, tokens: TOKENS, q: [...q], k: [...k], v: [...v], out: [...out], relative: rel }));
