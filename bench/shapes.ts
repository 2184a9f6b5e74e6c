// The benchmark shapes of issue 6, each as an inline .rope spec (f32) plus the run-time inputs it
// takes. Inputs are deterministic (seeded) so every run rotates the same numbers.
import type { RopeInputs, RopeIR } from '../src/index.js';
import { pairOmegas, tokenPosition } from '../src/compiler/interpreter.js';
import { resolveShape } from '../src/compiler/runtime.js';
import { encodeSegments } from '../src/positions/index.js';

export interface BenchShape {
  id: string;
  /** One line for the table: what the shape is. */
  title: string;
  spec: string;
  qHeads: number;
  kHeads: number;
  headDim: number;
  /** Number of token rows of q and k (batch × seq). */
  tokens: number;
  /** ORT's 3D view [batch, seq, heads·dim]. */
  batch: number;
  seq: number;
  /** Run-time inputs other than q and k. */
  extra: () => Omit<RopeInputs, 'q' | 'k'>;
  /**
   * How a user feeds a cos/sin cache: 'position' = a [max_position, D] table indexed by the token's
   * (1-D) position; 'token' = a table with one row per token (M-RoPE, 3D grids: the multi-axis
   * angles are gathered per token first, as Hugging Face does).
   */
  cache: 'position' | 'token';
}

const LLAMA31 = `  head_dim 128
  style half
  frequencies base 500000
  scaling llama3(factor 8, low 1, high 4, original 8192)`;

export const SHAPES: BenchShape[] = [
  {
    id: 'prefill',
    title: 'prefill 1×4096 tok, 32q+8kv heads, d128 (Llama-3.1-8B)',
    spec: `rope bench_prefill {
${LLAMA31}
  positions index + offset
  kernel {
    q heads 32
    k heads 8
    layout [tokens, heads, dim]
    dtype f32
    inplace
  }
}
`,
    qHeads: 32, kHeads: 8, headDim: 128, tokens: 4096, batch: 1, seq: 4096,
    extra: () => ({ sizes: { tokens: 4096, offset: 0 } }),
    cache: 'position',
  },
  {
    id: 'decode',
    title: 'decode 64 seq × 1 tok, 32q+8kv heads, d128, per-sequence offsets',
    spec: `rope bench_decode {
${LLAMA31}
  positions index + offsets
  kernel {
    q heads 32
    k heads 8
    layout [batch, seq, heads, dim]
    dtype f32
    inplace
  }
}
`,
    qHeads: 32, kHeads: 8, headDim: 128, tokens: 64, batch: 64, seq: 1,
    // KV-cache lengths spread over [17, 4048]: every sequence sits at its own position.
    extra: () => ({ sizes: { batch: 64, seq: 1 }, offsets: Int32Array.from({ length: 64 }, (_, b) => 17 + ((b * 2039) % 4032)) }),
    cache: 'position',
  },
  {
    id: 'mrope',
    title: 'Qwen2-VL M-RoPE prefill 4096 tok, sections [16,24,24], 28q+4kv, d128',
    spec: `rope bench_qwen2_vl {
  head_dim 128
  style half
  frequencies base 1000000
  axes sectioned [t 16, h 24, w 24]
  positions mrope(spatial_merge 2, video frames)
  kernel {
    q heads 28
    k heads 4
    layout [tokens, heads, dim]
    dtype f32
    inplace
  }
}
`,
    qHeads: 28, kHeads: 4, headDim: 128, tokens: 4096, batch: 1, seq: 4096,
    extra: () => ({ sizes: { tokens: 4096 }, ...mropeSegments() }),
    cache: 'token',
  },
  {
    id: 'video3d',
    title: '3D video grid 16×32×32 = 16384 tok, 16q+16kv heads, d64 (Wan-style lanes 24/20/20)',
    spec: `rope bench_video3d {
  head_dim 64
  style interleaved
  axes lanes [t 24, h 20, w 20]
  frequencies base 10000 over axis
  positions grid(t, h, w)
  kernel {
    q heads 16
    k heads 16
    layout [batch, seq, heads, dim]
    dtype f32
    inplace
  }
}
`,
    qHeads: 16, kHeads: 16, headDim: 64, tokens: 16384, batch: 1, seq: 16384,
    extra: () => ({ sizes: { batch: 1, seq: 16384, t: 16, h: 32, w: 32 } }),
    cache: 'token',
  },
];

/**
 * Qwen2-VL-style [3, tokens] positions: 100 text tokens, a video of 4 × 30 × 32 merged patches
 * (t, h, w ids offset by the text length), then text again, continuing from the largest id + 1.
 */
export function mropePositions(tokens: number): Int32Array {
  const pos = new Int32Array(3 * tokens);
  const set = (i: number, t: number, h: number, w: number) => {
    pos[i] = t;
    pos[tokens + i] = h;
    pos[2 * tokens + i] = w;
  };
  const text0 = 100;
  const [T, H, W] = [4, 30, 32];
  let i = 0;
  for (; i < Math.min(text0, tokens); i++) set(i, i, i, i);
  for (let t = 0; t < T && i < tokens; t++) for (let h = 0; h < H && i < tokens; h++) for (let w = 0; w < W && i < tokens; w++, i++) set(i, text0 + t, text0 + h, text0 + w);
  let next = text0 + Math.max(T, H, W);
  for (; i < tokens; i++, next++) set(i, next, next, next);
  return pos;
}

/**
 * The same positions as mropePositions(4096), as the segment table that `positions mrope(…)` takes:
 * 100 text tokens, one 4 × 30 × 32 grid at base 100, then text from 132.
 */
export function mropeSegments(): { segment_table: Int32Array; segment_values: Float32Array } {
  const e = encodeSegments([{
    length: 4096,
    axes: 3,
    segments: [
      { kind: 'text', start: 0, length: 100, base: 0 },
      { kind: 'grid', start: 100, length: 3840, base: [100, 100, 100], grid: [4, 30, 32], offset: 0, tScale: [1, 1] },
      { kind: 'text', start: 3940, length: 156, base: 132 },
    ],
  }]);
  return { segment_table: e.table, segment_values: Float32Array.from(e.values) };
}

/** Deterministic values in [-1, 1). */
export function randomF32(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = ((s >>> 0) / 2 ** 32) * 2 - 1;
  }
  return out;
}

/**
 * The cos/sin a user precomputes for this shape, in float64 from the spec's own ω and positions:
 * `rows` rows of D/2 pair angles, and `rowOf[token]` = the row each token reads. Pair j here is the
 * user's pair order: (j, j + D/2) for style half, (2j, 2j + 1) for interleaved.
 */
export interface AngleTable {
  rows: number;
  half: number;
  cos: Float64Array;
  sin: Float64Array;
  rowOf: Int32Array;
}

export function angleTable(ir: RopeIR, shape: BenchShape): AngleTable {
  const half = ir.headDim / 2;
  if (ir.rotaryDim !== ir.headDim || ir.attentionFactor !== 1 || ir.sign !== 1) throw new Error('bench tables assume full rotary, attention factor 1, forward');
  const omega = pairOmegas(ir);
  // user pair index of each IR pair
  const userPair = ir.pairs.map((p) => (ir.style === 'half' ? p.laneA : p.laneA / 2));
  const extra = shape.extra();
  const inputs: RopeInputs = { ...extra, q: { length: shape.tokens * shape.qHeads * ir.headDim } as ArrayLike<number>, k: { length: shape.tokens * shape.kHeads * ir.headDim } as ArrayLike<number> };
  const rs = resolveShape(ir, inputs);
  const rowOf = new Int32Array(shape.tokens);
  const posOf: number[][] = [];
  for (let b = 0; b < rs.batch; b++) {
    for (let s = 0; s < rs.seq; s++) {
      const flat = b * rs.seq + s;
      posOf[flat] = tokenPosition(ir, rs, inputs, b, s, flat);
    }
  }
  let rows: number;
  if (shape.cache === 'position') {
    if (ir.positions.components !== 1) throw new Error('position cache needs one position per token');
    rows = 0;
    for (let t = 0; t < shape.tokens; t++) {
      rowOf[t] = posOf[t][0];
      rows = Math.max(rows, rowOf[t] + 1);
    }
    rows = Math.max(rows, 4096); // a model's cache covers its context, not just this batch
  } else {
    rows = shape.tokens;
    for (let t = 0; t < shape.tokens; t++) rowOf[t] = t;
  }
  const cos = new Float64Array(rows * half);
  const sin = new Float64Array(rows * half);
  for (let r = 0; r < rows; r++) {
    const p = shape.cache === 'position' ? [r] : posOf[r];
    for (let j = 0; j < ir.pairs.length; j++) {
      const angle = p[ir.positions.axisComponent[ir.pairs[j].axis]] * omega[j];
      cos[r * half + userPair[j]] = Math.cos(angle);
      sin[r * half + userPair[j]] = Math.sin(angle);
    }
  }
  return { rows, half, cos, sin, rowOf };
}
