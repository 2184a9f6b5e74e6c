// Angle accuracy of the CUDA kernels at large positions (docs/cuda.md, Angles): the exact path (p·ω/2π
// reduced in double, then sincosf) and the fast path (f32 reduction with an fma-split ω, then
// __sincosf — sincosf on the CPU), both CPU-executed, against cos/sin of p·ω in float64, for
// positions 10^2 … 10^7. The unreduced f32 angle fround(p)·fround(ω) is shown for comparison.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { frontEnd } from '../src/compiler/frontend.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { pairOmegas } from '../src/compiler/interpreter.js';
import { optimize } from '../src/compiler/passes/index.js';
import { ON_DEVICE, buildHarness, cleanup, nvccAvailable, runHarness, scratch, writeArtifacts, type Harness } from './support/nvcc.js';

const HEAD_DIM = 128;
const DECADES = [2, 3, 4, 5, 6];
const PER_DECADE = 64;

function spec(precision: 'exact' | 'fast'): RopeIR {
  const source = `rope acc_${precision} {
  head_dim ${HEAD_DIM}
  style half
  frequencies base 10000
  positions tensor int
  kernel {
    q heads 1
    k heads 1
    layout [tokens, heads, dim]
    dtype f32
    precision ${precision}
  }
}
`;
  const { irs, diagnostics } = frontEnd(source, `acc_${precision}.rope`);
  if (diagnostics.length > 0) throw new Error(JSON.stringify(diagnostics));
  return optimize(irs[0]);
}

/** Positions spread over [10^d, 10^(d+1)) for each decade d, deterministic. */
function positions(): number[] {
  const out: number[] = [];
  for (const d of DECADES) for (let i = 0; i < PER_DECADE; i++) out.push(Math.round(10 ** (d + i / PER_DECADE)) + (i % 7));
  return out;
}

describe.skipIf(!nvccAvailable())('CUDA sin/cos accuracy at large positions', () => {
  const irs = [spec('exact'), spec('fast')];
  const pos = positions();
  let dir: string;
  let harness: Harness;
  /** Max |error| of cos and sin per decade, per precision. */
  const errors = new Map<string, number[]>();

  beforeAll(async () => {
    dir = scratch('accuracy');
    for (const ir of irs) writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts);
    harness = await buildHarness(dir, irs);
    const P = HEAD_DIM / 2;
    // Every pair holds (a, b) = (1, 0), so the rotated pair is (cos p·ω, sin p·ω).
    const q = new Float32Array(pos.length * HEAD_DIM);
    for (let t = 0; t < pos.length; t++) for (let j = 0; j < P; j++) q[t * HEAD_DIM + j] = 1;
    const results = await runHarness(harness, irs.map((ir) => ({
      spec: ir.name,
      tensors: { q, k: q, positions: BigInt64Array.from(pos, (p) => BigInt(p)) },
      sizes: { tokens: pos.length },
      outputs: { q_out: q.length, k_out: q.length },
    })));
    const omega = pairOmegas(irs[0]);
    irs.forEach((ir, r) => {
      expect(results[r].status).toBe(0);
      const out = results[r].tensors.q_out as Float32Array;
      errors.set(ir.kernel.precision, DECADES.map((_, d) => {
        let max = 0;
        for (let t = d * PER_DECADE; t < (d + 1) * PER_DECADE; t++) {
          for (let j = 0; j < P; j++) {
            const angle = pos[t] * omega[j];
            max = Math.max(max, Math.abs(out[t * HEAD_DIM + j] - Math.cos(angle)), Math.abs(out[t * HEAD_DIM + j + P] - Math.sin(angle)));
          }
        }
        return max;
      }));
    });
    // The naive f32 angle, for comparison (computed here, in float64 after f32 rounding of the angle).
    errors.set('naive f32 angle', DECADES.map((_, d) => {
      let max = 0;
      for (let t = d * PER_DECADE; t < (d + 1) * PER_DECADE; t++) {
        for (let j = 0; j < P; j++) {
          const f = Math.fround(Math.fround(pos[t]) * Math.fround(omega[j]));
          max = Math.max(max, Math.abs(Math.cos(f) - Math.cos(pos[t] * omega[j])), Math.abs(Math.sin(f) - Math.sin(pos[t] * omega[j])));
        }
      }
      return max;
    }));
    const rows = [...errors].map(([k, v]) => `  ${k.padEnd(16)} ${v.map((e) => e.toExponential(2).padStart(9)).join(' ')}`);
    console.log(`[cuda] max |error| of cos/sin by position decade ${DECADES.map((d) => `1e${d}`.padStart(9)).join(' ')}\n${rows.join('\n')}`);
  }, 180_000);

  afterAll(() => cleanup(dir));

  it('the exact path stays within 2^-22 of float64 for positions up to 10^7', () => {
    for (const e of errors.get('exact')!) expect(e).toBeLessThan(2 ** -22);
  });

  it(`the fast path stays within ${ON_DEVICE ? '2^-19' : '2^-21'} of float64 for positions up to 10^7`, () => {
    for (const e of errors.get('fast')!) expect(e).toBeLessThan(ON_DEVICE ? 2 ** -19 : 2 ** -21);
  });

  it('both reduce the angle: far more accurate than an f32 angle at 10^5 and beyond', () => {
    const naive = errors.get('naive f32 angle')!;
    for (const d of [3, 4]) {
      expect(naive[d]).toBeGreaterThan(1e-3);
      expect(errors.get('exact')![d]).toBeLessThan(naive[d] / 1000);
      expect(errors.get('fast')![d]).toBeLessThan(naive[d] / 1000);
    }
  });
});
