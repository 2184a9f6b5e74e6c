// `positions grid(…) center`: cell i of an axis of size N sits at i − (N − 1)/2, so the grid is
// symmetric about 0 (prefix tokens stay at 0). The positions are written out by hand for a
// 1-prefix 2×3 grid; then the interpreter, the TS module, the WGSL kernel on Dawn and the CUDA
// kernel on the CPU harness rotate the same inputs and must agree with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { interpret, tokenPosition } from '../src/compiler/interpreter.js';
import { resolveShape } from '../src/compiler/runtime.js';
import { compile } from '../src/index.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { makeInputs } from './support/random-spec.js';
import { buildWgsl, compareRun, runOnGpu } from './support/webgpu.js';
import { buildHarness, cleanup, compareWithInterpreter, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts } from './support/nvcc.js';

const SPEC = `rope centred {
  head_dim 8
  axes sectioned [h 2, w 2]
  frequencies base 100
  positions grid(h, w) center prefix 1 {
    w scale 0.5
  }
  kernel {
    q heads 2
    k heads 1
    dtype f32
  }
}
`;

function irOf(source: string) {
  const r = compile(source, { file: 'centred.rope', targets: ['ts'] });
  expect(r.diagnostics).toEqual([]);
  return { ir: r.irs[0], ts: r.artifacts.find((a) => a.path.endsWith('.ts'))!.contents };
}

describe('grid center', () => {
  it('positions by hand: prefix at 0, then h ∈ {−0.5, 0.5}, w ∈ {−1, 0, 1} × 0.5', () => {
    const { ir } = irOf(SPEC);
    const inputs = { q: new Float64Array(7 * 2 * 8), k: new Float64Array(7 * 8), sizes: { tokens: 7, h: 2, w: 3 } };
    const shape = resolveShape(ir, inputs);
    const got = Array.from({ length: 7 }, (_, s) => tokenPosition(ir, shape, inputs, 0, s, s));
    expect(got).toEqual([
      [0, 0],
      [-0.5, -0.5], [-0.5, 0], [-0.5, 0.5],
      [0.5, -0.5], [0.5, 0], [0.5, 0.5],
    ]);
  });

  it("is refused with normalize (RC057) and makes a sin/cos table impossible (RC085)", () => {
    const withNorm = compile(SPEC.replace('center prefix 1', 'center normalize separate prefix 1'), { file: 'x.rope', targets: [] });
    expect(withNorm.diagnostics.map((d) => d.code)).toEqual(['RC057']);
    expect(withNorm.diagnostics[0].message).toMatch(/'center' does not combine with normalize/);
    const withTable = compile(SPEC.replace('    dtype f32', '    dtype f32\n    sincos table(max_positions 16)'), { file: 'x.rope', targets: [] });
    expect(withTable.diagnostics.map((d) => d.code)).toEqual(['RC085']);
    expect(withTable.diagnostics[0].message).toMatch(/whole-number positions/);
  });

  it('the TS module matches the interpreter', async () => {
    const { ir, ts } = irOf(SPEC);
    const mod = await loadGeneratedTs(ts, 'centred');
    const { inputs } = makeInputs(ir, 3);
    const q = Float32Array.from(inputs.q);
    const k = Float32Array.from(inputs.k);
    const want = interpret(ir, { ...inputs, q, k });
    const out = (mod.rotate as (x: object) => { q: Float32Array; k: Float32Array })({ q, k, sizes: inputs.sizes });
    for (let i = 0; i < want.q.length; i++) expect(Math.abs(out.q[i] - want.q[i])).toBeLessThanOrEqual(1e-6);
    for (let i = 0; i < want.k.length; i++) expect(Math.abs(out.k[i] - want.k[i])).toBeLessThanOrEqual(1e-6);
  });

  it('the WGSL kernel on Dawn matches the interpreter (in place and out of place)', async () => {
    const built = await buildWgsl(SPEC, 'centred.rope');
    for (const outOfPlace of [false, true]) {
      const { inputs } = makeInputs(built.ir, outOfPlace ? 5 : 4);
      const run = await runOnGpu(built, inputs, outOfPlace);
      expect(compareRun(built.ir, run, outOfPlace)).toBeUndefined();
    }
  });

  describe.skipIf(!nvccAvailable())('CUDA', () => {
    let dir: string;
    beforeAll(() => {
      dir = scratch('grid-center');
    });
    afterAll(() => cleanup(dir));
    it('the CUDA kernel (CPU harness) matches the interpreter', async () => {
      const { ir } = irOf(SPEC);
      writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts);
      const harness = await buildHarness(dir, [ir]);
      const cases = [6, 7].map((seed) => prepareCase(ir, makeInputs(ir, seed).inputs));
      const results = await runHarness(harness, cases.map((c) => c.harness));
      cases.forEach((c, i) => expect(compareWithInterpreter(c, results[i])).toBeUndefined());
    }, 120_000);
  });
});
