// Property test of the CUDA backend: fast-check draws whole random specs (every axis layout,
// position source, scaling, style, partial rotary, layout, dtype, in-place or not, table or
// computed sin/cos, exact or fast) and random inputs; every generated kernel compiles for sm_80 and
// sm_90 with warnings as errors, and its CPU-executed launch matches the interpreter. All specs go
// through one nvcc call per purpose (a call costs seconds), so the draw is a fixed-size sample;
// ROPEC_CUDA_SEED picks another one and a failure names the seed and prints the spec.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { frontEnd } from '../src/compiler/frontend.js';
import { ownTokens, sameLanes, type RopeIR } from '../src/compiler/ir.js';
import { tensors } from '../src/kernel/args.js';
import { optimize } from '../src/compiler/passes/index.js';
import type { RopeInputs } from '../src/compiler/runtime.js';
import { arbitraryCacheSpec, arbitraryFp8QSpec, arbitraryKvCacheSpec, arbitraryLanesSpec, arbitraryNormSpec, arbitraryOneTensorSpec, arbitraryOwnTokensSpec, arbitrarySpec, arbitraryViewsSpec, makeInputs, propertySeed } from './support/random-spec.js';
import {
  ON_DEVICE, buildHarness, cleanup, compareWithInterpreter, compileCheck, nvccAvailable, prepareCase, runHarness, scratch,
  writeArtifacts, type HarnessResult, type NvccResult, type PreparedCase,
} from './support/nvcc.js';

const FIXED_SEED = 20_251_123;
/** ROPEC_CUDA_SEED or ROPEC_PROPERTY_SEED draw other specs (a hunt for bugs); the fixed draw is CI's. */
const SEED = Number(process.env.ROPEC_CUDA_SEED ?? propertySeed(FIXED_SEED));
const SPECS = Number(process.env.ROPEC_CUDA_SPECS ?? 52);
/** Specs with q's output in fp8 e4m3, drawn after the others (their draw stays as it was). */
const FP8Q_SPECS = Math.ceil(SPECS / 6);

interface Drawn {
  source: string;
  ir: RopeIR;
  cases: PreparedCase[];
  /** Calls with no tokens (a packed batch of empty sequences): they succeed and launch nothing. */
  empty: PreparedCase[];
}

/** Pushes some positions outside a sin/cos table (negative, or past max_positions) to test the fallback. */
function beyondTable(ir: RopeIR, inputs: RopeInputs): void {
  if (ir.kernel.sincos.kind !== 'table') return;
  // A KV cache's block table was made for the drawn positions (moving them would leave it short).
  if (inputs.block_table) return;
  const n = ir.kernel.sincos.maxPositions;
  const src = ir.host.positions;
  if (inputs.positions) inputs.positions = Array.from(inputs.positions, (p, i) => (i % 3 === 0 ? n + 17 * i : i % 3 === 1 ? -1 - i : p));
  if (src.kind === 'index' && src.offset === 'scalar') inputs.sizes.offset = n + 3;
  if (inputs.offsets) inputs.offsets = Array.from(inputs.offsets, (o, b) => (b === 0 ? n - 1 : o + n));
}

function draw(): Drawn[] {
  const specs = [
    ...fc.sample(fc.oneof(arbitrarySpec, arbitraryViewsSpec, arbitraryCacheSpec, arbitraryOneTensorSpec, arbitraryLanesSpec, arbitraryOwnTokensSpec, arbitraryNormSpec, arbitraryKvCacheSpec), { seed: SEED, numRuns: SPECS }),
    ...fc.sample(arbitraryFp8QSpec, { seed: SEED, numRuns: FP8Q_SPECS }),
  ];
  return specs.map((s, i) => {
    const source = s.source.replace(`rope ${s.name} {`, `rope ${s.name}_${i} {`);
    const { irs, diagnostics } = frontEnd(source, `random_${i}.rope`);
    if (diagnostics.length > 0 || irs.length !== 1) throw new Error(`random spec ${i} (seed ${SEED}) does not check:\n${source}\n${JSON.stringify(diagnostics)}`);
    const ir = optimize(irs[0]);
    const cases: PreparedCase[] = [];
    const empty: PreparedCase[] = [];
    // The emulation runs the schedule asked for (head groups or one head per item); a device the launcher's choice.
    const variants = [
      { seed: SEED + i, maxPosition: 60, misalign: false, beyond: false, schedule: 1 as const },
      { seed: SEED + i, maxPosition: 60, misalign: true, beyond: false, schedule: (i % 2) as 0 | 1 },
      { seed: SEED + 1000 + i, maxPosition: 100_000, misalign: i % 2 === 1, beyond: true, schedule: ((i + 1) % 2) as 0 | 1 },
    ];
    for (const v of variants) {
      const { inputs } = makeInputs(ir, v.seed, { maxPosition: v.maxPosition });
      if (v.beyond) beyondTable(ir, inputs);
      (inputs.sizes.tokens === 0 ? empty : cases).push(prepareCase(ir, inputs, { misalign: v.misalign, schedule: v.schedule }));
    }
    return { source, ir, cases, empty };
  });
}

describe.skipIf(!nvccAvailable())(`CUDA backend on ${SPECS} + ${FP8Q_SPECS} (fp8 q) random specs (seed ${SEED})`, () => {
  const drawn = draw();
  let dir: string;
  let compiled: NvccResult | Error;
  const results = new Map<string, HarnessResult[]>();

  beforeAll(async () => {
    dir = scratch('property');
    for (const d of drawn) writeArtifacts(dir, cudaBackend.emit(d.ir, {}).artifacts);
    const irs = drawn.map((d) => d.ir);
    const check = ON_DEVICE ? Promise.resolve(new Error('skipped on device runs'))
      : compileCheck(dir, irs.map((ir) => ir.name), ['80', '90']).catch((e: Error) => e);
    const [c, harness] = await Promise.all([check, buildHarness(dir, irs)]);
    compiled = c;
    const all = drawn.flatMap((d) => [...d.cases, ...d.empty]);
    const out = await runHarness(harness, all.map((x) => x.harness));
    let i = 0;
    for (const d of drawn) results.set(d.ir.name, out.slice(i, (i += d.cases.length + d.empty.length)));
    console.log(`[cuda] property: ${drawn.length} specs, ${all.length} launches; compile check ` +
      `${compiled instanceof Error ? 'failed' : `${compiled.ms} ms`} (sm_80 + sm_90), harness build ${harness.buildMs} ms`);
  }, 400_000);

  afterAll(() => cleanup(dir));

  it.skipIf(ON_DEVICE)('every random kernel compiles for sm_80 and sm_90 with warnings as errors', () => {
    if (compiled instanceof Error) throw compiled;
    expect(compiled.stderr).not.toMatch(/warning/i);
  });

  // What the fixed draw holds; another seed's draw may lack a feature or two.
  it.skipIf(SEED !== FIXED_SEED)('the draw covers the language', () => {
    const seen = (f: (ir: RopeIR) => string) => new Set(drawn.map((d) => f(d.ir)));
    expect(seen((ir) => ir.kernel.dtype).size).toBe(3);
    expect(seen((ir) => ir.kernel.layout).size).toBe(3);
    expect(seen((ir) => ir.style).size).toBe(2);
    expect(seen((ir) => ir.host.positions.kind).size).toBeGreaterThanOrEqual(4);
    expect(seen((ir) => String(ir.kernel.inplace)).size).toBe(2);
    expect(seen((ir) => ir.kernel.precision).size).toBe(2);
    expect(seen((ir) => ir.kernel.sincos.kind).size).toBe(3); // compute, table, cache
    expect(seen((ir) => tensors(ir).join('+')).size).toBe(3); // q+k, q only, k only
    expect(seen((ir) => `${sameLanes(ir)}/${ownTokens(ir)}`).size).toBe(4); // heads of one shape or two, each with k's tokens q's or its own
    expect(seen((ir) => ir.kernel.norm?.weight ?? 'no norm').size).toBe(4); // no norm, and a norm with each kind of weight
    expect(seen((ir) => ir.kernel.kvCache ? `${ir.kernel.kvCache.kind}${ir.kernel.kvCache.kind === 'paged' && ir.kernel.kvCache.table ? ' table' : ''}` : 'no cache').size).toBe(4); // none, flat, paged by slot_mapping, paged by a block table
    expect(seen((ir) => ir.kernel.kvCache?.dtype ?? 'no fp8').size).toBe(2); // caches in q and k's dtype and fp8 e4m3
    expect(seen((ir) => ir.kernel.qOutput ?? 'q in its dtype').size).toBe(2); // q out in its dtype and fp8 e4m3
  });

  drawn.forEach((d, n) => {
    const label = `${d.ir.style} ${d.ir.kernel.dtype} ${d.ir.kernel.layout} ${d.ir.host.positions.kind} ` +
      `${d.ir.kernel.sincos.kind} ${d.ir.kernel.precision}${d.ir.kernel.inplace ? ' inplace' : ''}`;
    it(`random spec ${n} (${label}) matches the interpreter on the CPU-executed kernel`, () => {
      const rs = results.get(d.ir.name)!;
      d.cases.forEach((c, i) => {
        const mismatch = compareWithInterpreter(c, rs[i]);
        expect(mismatch, `seed ${SEED}, spec ${n}, case ${i}${c.harness.misalign ? ' (misaligned)' : ''}:\n${d.source}`).toBeUndefined();
      });
      d.empty.forEach((_, i) => expect(rs[d.cases.length + i].status, 'a call with no tokens succeeds').toBe(0));
    });
  });
});
