// `positions grid(…) packed`: several grids of different sizes in one call (multi-scale). The
// sequences of a packed batch (cu_seqlens) are one grid each, with sizes from grid_sizes
// [batch, axes]. Positions are written out by hand for two small grids; packing is checked against
// running each grid on its own through the unpacked spec; then the TS module, the WGSL kernel on
// Dawn and the CUDA kernel on the CPU harness must match the interpreter, and every host refuses
// grid sizes that do not fit cu_seqlens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { interpret, tokenPosition } from '../src/compiler/interpreter.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { resolveShape, RopeArgumentError, type RopeInputs } from '../src/compiler/runtime.js';
import { compile } from '../src/index.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { makeInputs } from './support/random-spec.js';
import { buildWgsl, compareRun, runOnGpu } from './support/webgpu.js';
import { buildHarness, cleanup, compareWithInterpreter, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts } from './support/nvcc.js';

/** A 2D grid spec with the given grid options (after `packed`). */
function spec(name: string, options: string, axes = ['h', 'w']): string {
  return `rope ${name} {
  head_dim 8
  axes sectioned [${axes.map((a) => `${a} ${4 / axes.length}`).join(', ')}]
  frequencies base 100
  positions grid(${axes.join(', ')}) packed ${options}
  kernel {
    q heads 2
    k heads 1
    dtype f32
  }
}
`;
}

const VARIANTS: [string, string][] = [
  ['affine', 'prefix 1 {\n    w stride 2 shift 1 scale 0.5\n  }'],
  ['separate', 'normalize separate prefix 2'],
  ['maxnorm', 'normalize max'],
  ['centred', 'center prefix 1'],
];

function irOf(source: string, file = 'packed.rope'): { ir: RopeIR; ts: string } {
  const r = compile(source, { file, targets: ['ts'] });
  expect(r.diagnostics).toEqual([]);
  return { ir: r.irs[0], ts: r.artifacts.find((a) => a.path.endsWith('.ts'))!.contents };
}

/** Inputs for grids of the given sizes, one sequence each (q, k zero: only positions are read). */
function gridInputs(ir: RopeIR, grids: number[][], prefix: number): RopeInputs {
  const lengths = grids.map((g) => prefix + g.reduce((x, y) => x * y, 1));
  const cu = [0];
  for (const n of lengths) cu.push(cu[cu.length - 1] + n);
  const tokens = cu[cu.length - 1];
  return {
    q: new Float64Array(tokens * 2 * ir.headDim), k: new Float64Array(tokens * ir.headDim), sizes: { tokens },
    cu_seqlens: Int32Array.from(cu), grid_sizes: Int32Array.from(grids.flat()),
  };
}

/** Three grids of different shapes with random q and k: every backend must tell the rows apart. */
function threeGrids(ir: RopeIR, seed: number): RopeInputs {
  const src = ir.host.positions;
  const inputs = gridInputs(ir, [[2, 3], [1, 2], [3, 1]], src.kind === 'grid' ? src.prefix : 0);
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return { ...inputs, q: Float32Array.from(inputs.q, next), k: Float32Array.from(inputs.k, next) };
}

function allPositions(ir: RopeIR, inputs: RopeInputs): number[][] {
  const shape = resolveShape(ir, inputs);
  const out: number[][] = [];
  const cu = inputs.cu_seqlens!;
  for (let b = 0; b + 1 < cu.length; b++) for (let t = cu[b]; t < cu[b + 1]; t++) out.push(tokenPosition(ir, shape, inputs, b, t - cu[b], t));
  return out;
}

describe('grid packed: several grids in one call', () => {
  it('positions by hand: a 2×3 and a 1×2 grid after one prefix token each', () => {
    const { ir } = irOf(spec('plain', 'prefix 1'));
    expect(allPositions(ir, gridInputs(ir, [[2, 3], [1, 2]], 1))).toEqual([
      [0, 0], [0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2],
      [0, 0], [0, 0], [0, 1],
    ]);
  });

  it('positions by hand: normalize separate uses each grid’s own sizes', () => {
    const { ir } = irOf(spec('norm', 'normalize separate'));
    // 2×3: h = 2(i + 0.5)/2 − 1 ∈ {−0.5, 0.5}, w = 2(i + 0.5)/3 − 1 ∈ {−2/3, 0, 2/3};
    // 1×2: h = 0, w ∈ {−0.5, 0.5}.
    const want = [
      [-0.5, -2 / 3], [-0.5, 0], [-0.5, 2 / 3], [0.5, -2 / 3], [0.5, 0], [0.5, 2 / 3],
      [0, -0.5], [0, 0.5],
    ];
    const got = allPositions(ir, gridInputs(ir, [[2, 3], [1, 2]], 0));
    expect(got.length).toBe(want.length);
    got.forEach((p, i) => p.forEach((x, a) => expect(x).toBeCloseTo(want[i][a], 12)));
  });

  it('a grid with a zero size leaves only its prefix tokens (at 0)', () => {
    const { ir } = irOf(spec('plain', 'prefix 1'));
    expect(allPositions(ir, gridInputs(ir, [[0, 5], [1, 1]], 1))).toEqual([[0, 0], [0, 0], [0, 0]]);
  });

  it('packing = each grid rotated on its own by the unpacked spec (interpreter), for every option', () => {
    for (const [name, options] of VARIANTS) {
      const packed = irOf(spec(name, options), `${name}.rope`).ir;
      const single = irOf(spec(name, options).replace(' packed ', ' '), `${name}1.rope`).ir;
      for (const seed of [1, 2, 3, 4, 5]) {
        const { inputs } = makeInputs(packed, seed);
        const want = interpret(packed, inputs);
        const cu = inputs.cu_seqlens!;
        const gs = inputs.grid_sizes!;
        const n = packed.positions.components;
        for (let b = 0; b + 1 < cu.length; b++) {
          const sizes: Record<string, number> = { tokens: cu[b + 1] - cu[b] };
          ['h', 'w'].forEach((a, i) => (sizes[a] = gs[b * n + i]));
          const slice = (x: ArrayLike<number>, heads: number) => Array.from(x).slice(cu[b] * heads * 8, cu[b + 1] * heads * 8);
          const alone = interpret(single, { q: slice(inputs.q, 2), k: slice(inputs.k, 1), sizes });
          expect(Array.from(alone.q)).toEqual(slice(want.q, 2));
          expect(Array.from(alone.k)).toEqual(slice(want.k, 1));
        }
      }
    }
  });

  it('is refused outside layout [tokens, heads, dim] (RC082)', () => {
    const r = compile(spec('bad', 'prefix 1').replace('    dtype f32', '    layout [batch, seq, heads, dim]\n    dtype f32'), { file: 'bad.rope', targets: [] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RC082']);
    expect(r.diagnostics[0].message).toMatch(/packed sequences \(cu_seqlens\) need layout \[tokens, heads, dim\]/);
  });

  it('the TS module matches the interpreter, and it and the interpreter refuse bad grid sizes by name', async () => {
    for (const [name, options] of VARIANTS) {
      const { ir, ts } = irOf(spec(name, options), `${name}.rope`);
      const mod = await loadGeneratedTs(ts, name);
      const rotate = mod.rotate as (x: object) => { q: Float32Array; k: Float32Array };
      for (const inputs of [threeGrids(ir, 10), ...[11, 12, 13].map((seed) => makeInputs(ir, seed).inputs)]) {
        const q = Float32Array.from(inputs.q);
        const k = Float32Array.from(inputs.k);
        const want = interpret(ir, { ...inputs, q, k });
        const out = rotate({ ...inputs, q, k });
        for (let i = 0; i < want.q.length; i++) expect(Math.abs(out.q[i] - want.q[i])).toBeLessThanOrEqual(1e-6);
        for (let i = 0; i < want.k.length; i++) expect(Math.abs(out.k[i] - want.k[i])).toBeLessThanOrEqual(1e-6);
      }
    }
    const { ir, ts } = irOf(spec('plain', 'prefix 1'));
    const mod = await loadGeneratedTs(ts, 'plain');
    const good = gridInputs(ir, [[2, 3], [1, 2]], 1);
    const f32 = { ...good, q: new Float32Array(good.q.length), k: new Float32Array(good.k.length) };
    const bad: [Partial<RopeInputs>, RegExp][] = [
      [{ grid_sizes: undefined }, /^grid_sizes: missing/],
      [{ grid_sizes: Int32Array.from([2, 3, 1]) }, /^grid_sizes: expected shape \[batch, 2\] = \[2, 2\].*got length 3/],
      [{ grid_sizes: Int32Array.from([2, 3, -1, -2]) }, /^grid_sizes: entry \[1, 0\].*must be a whole number in \[0, 2\^31\), got -1/],
      [{ grid_sizes: Int32Array.from([2, 3, 2, 2]) }, /^grid_sizes: sequence 1 holds 3 tokens \(cu_seqlens\), but prefix \+ h·w = 1 \+ 2·2 = 5/],
    ];
    for (const [change, message] of bad) {
      expect(() => interpret(ir, { ...good, ...change })).toThrow(RopeArgumentError);
      expect(() => interpret(ir, { ...good, ...change })).toThrow(message);
      expect(() => (mod.rotate as (x: object) => unknown)({ ...f32, ...change })).toThrow(RangeError);
      expect(() => (mod.rotate as (x: object) => unknown)({ ...f32, ...change })).toThrow(message);
    }
  });

  it('the WGSL kernel on Dawn matches the interpreter (in place and out of place) and refuses bad grid sizes', async () => {
    for (const [name, options] of VARIANTS) {
      const built = await buildWgsl(spec(name, options), `${name}.rope`);
      for (const outOfPlace of [false, true]) {
        for (const inputs of [threeGrids(built.ir, outOfPlace ? 20 : 19), makeInputs(built.ir, outOfPlace ? 21 : 22).inputs]) {
          const run = await runOnGpu(built, inputs, outOfPlace);
          expect(compareRun(built.ir, run, outOfPlace)).toBeUndefined();
        }
      }
    }
    const built = await buildWgsl(spec('plain', 'prefix 1'), 'plain.rope');
    const good = gridInputs(built.ir, [[2, 3], [1, 2]], 1);
    await expect(runOnGpu(built, { ...good, grid_sizes: Int32Array.from([2, 3, 2, 2]) }, false))
      .rejects.toThrow(/grid_sizes: sequence 1 holds 3 tokens \(cu_seqlens\), but prefix \+ h·w = 1 \+ 2·2 = 5/);
    await expect(runOnGpu(built, { ...good, grid_sizes: undefined }, false)).rejects.toThrow(/grid_sizes: missing/);
  });

  describe.skipIf(!nvccAvailable())('CUDA', () => {
    let dir: string;
    beforeAll(() => {
      dir = scratch('grid-packed');
    });
    afterAll(() => cleanup(dir));
    it('the CUDA kernel (CPU harness) matches the interpreter; the launcher refuses sizes that do not fit cu_seqlens', async () => {
      const irs = VARIANTS.map(([name, options]) => irOf(spec(name, options), `${name}.rope`).ir);
      for (const ir of irs) writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts);
      const harness = await buildHarness(dir, irs);
      const cases = irs.flatMap((ir) => [threeGrids(ir, 30), ...[31, 32, 33].map((seed) => makeInputs(ir, seed).inputs)].map((inputs) => prepareCase(ir, inputs)));
      const results = await runHarness(harness, cases.map((c) => c.harness));
      cases.forEach((c, i) => expect(compareWithInterpreter(c, results[i])).toBeUndefined());
      // A mismatching row is refused before any memory is touched (cudaErrorInvalidValue = 1), with its reason.
      const ir = irs[0];
      const good = gridInputs(ir, [[2, 3], [1, 2]], 1);
      const f32 = { ...good, q: new Float32Array(good.q.length).fill(1), k: new Float32Array(good.k.length).fill(1) };
      const bad = prepareCase(ir, { ...f32, grid_sizes: Int32Array.from([2, 3, 2, 2]) }, {});
      const [refused] = await runHarness(harness, [bad.harness]);
      expect(refused.status).toBe(1);
      expect(refused.why).toMatch(/^grid_sizes: sequence 1 holds 3 tokens \(cu_seqlens\), but prefix \+ h·w = 1 \+ 2·2 = 5$/);
    }, 180_000);
  });
});
