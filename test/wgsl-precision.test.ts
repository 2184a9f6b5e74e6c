// Angle precision of the WGSL kernel at large positions, measured on Dawn/SwiftShader against the
// float64 interpreter: f32 storage, positions in [m/2, m] for m = 10^2 … 10^6 (whole numbers, and
// floats with a fraction), the last token exactly at m,
// `precision exact` and `precision fast`. The figures are printed and stated in docs/wgsl.md;
// exact must stay within 1e-6 × max|x| at every magnitude.
import { describe, expect, it } from 'vitest';
import { interpret } from '../src/compiler/interpreter.js';
import { rng } from './support/random-spec.js';
import { buildWgsl, compilationProblems, runOnGpu } from './support/webgpu.js';

const TOKENS = 256;
const MAGNITUDES = [1e2, 1e3, 1e4, 1e5, 1e6];

function spec(base: number, precision: 'exact' | 'fast', positions: 'tensor int' | 'tensor float'): string {
  return `rope precision_${precision} {
  head_dim 128
  style half
  frequencies base ${base}
  positions ${positions}
  kernel {
    q heads 1
    k heads 1
    layout [tokens, heads, dim]
    dtype f32
    precision ${precision}
  }
}
`;
}

/** Max |gpu − interpreter| / max|x| over q and k for positions drawn in [m/2, m] (the last token at m). */
async function maxRelativeError(base: number, precision: 'exact' | 'fast', magnitude: number, positions: 'tensor int' | 'tensor float'): Promise<number> {
  const built = await buildWgsl(spec(base, precision, positions), `precision_${precision}.rope`);
  expect(await compilationProblems(built.kernel.module)).toEqual([]);
  const r = rng(magnitude + base);
  const pos = Array.from({ length: TOKENS }, (_, i) => (i === TOKENS - 1 ? magnitude : Math.round(magnitude / 2 + (r() * magnitude) / 2)));
  const inputs = {
    q: Float32Array.from({ length: TOKENS * 128 }, () => r() * 2 - 1),
    k: Float32Array.from({ length: TOKENS * 128 }, () => r() * 2 - 1),
    // Float positions get a fractional part (what f32 can hold at that magnitude).
    positions: positions === 'tensor int' ? Int32Array.from(pos) : Float32Array.from(pos, (p, i) => (i === TOKENS - 1 ? p : p + r())),
    sizes: { tokens: TOKENS },
  };
  const run = await runOnGpu(built, inputs, false);
  const want = interpret(built.ir, run.exact);
  let err = 0;
  let scale = 0;
  for (const which of ['q', 'k'] as const) {
    for (let i = 0; i < want[which].length; i++) {
      err = Math.max(err, Math.abs(run[which][i] - want[which][i]));
      scale = Math.max(scale, Math.abs(run.exact[which][i]));
    }
  }
  return err / scale;
}

describe('WGSL angle precision at large positions (f32, vs float64)', () => {
  it('exact stays within 1e-6 × max|x| up to position 10^6; fast is measured', async () => {
    const rows: string[] = [];
    for (const base of [10000, 500000]) {
      for (const magnitude of MAGNITUDES) {
        const exact = await maxRelativeError(base, 'exact', magnitude, 'tensor int');
        const exactFloat = await maxRelativeError(base, 'exact', magnitude, 'tensor float');
        const fast = await maxRelativeError(base, 'fast', magnitude, 'tensor int');
        rows.push(`base ${base}  p ≤ ${magnitude.toExponential(0)}  exact ${exact.toExponential(2)}  exact(float p) ${exactFloat.toExponential(2)}  fast ${fast.toExponential(2)}`);
        expect(exact, `exact, base ${base}, positions up to ${magnitude}`).toBeLessThanOrEqual(1e-6);
        expect(exactFloat, `exact with float positions, base ${base}, positions up to ${magnitude}`).toBeLessThanOrEqual(1e-6);
        // fast rounds p·ω in f32: its error grows with the position; it is only measured.
        expect(Number.isFinite(fast)).toBe(true);
      }
    }
    console.log(`[wgsl] max |gpu − float64| / max|x|, ${TOKENS} tokens × 64 pairs × q and k:\n${rows.join('\n')}`);
  }, 60_000);
});
