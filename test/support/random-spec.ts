// Random whole specs and inputs for property tests. `arbitrarySpec` yields .rope source text
// covering every construct the language has (styles, partial rotary, axis layouts, frequency
// sources, scalings, position sources, layouts, dtypes); `makeInputs` builds matching random
// run-time inputs for an IR with a seeded generator.
import { decodeStorage, encodeStorage } from '../../src/storage.js';
import fc from 'fast-check';
import { ownTokens, tensorLanes, type RopeIR } from '../../src/compiler/ir.js';
import { usesSegmentTable, type RopeInputs, type RopeSizes } from '../../src/compiler/runtime.js';
import { normArrays, storedArrays as specStoredArrays } from '../../src/kernel/args.js';
import { randomSegmentTables } from './fused-cases.js';
import { decodeE4m3, e4m3Bytes } from './dtype.js';

/**
 * The seed of a random-spec property test: its fixed seed, or, with ROPEC_PROPERTY_SEED=N in the
 * environment, N + that seed, so a run can draw specs no earlier run drew (a failure names its spec).
 */
export const propertySeed = (fixed: number): number => (process.env.ROPEC_PROPERTY_SEED ? Number(process.env.ROPEC_PROPERTY_SEED) + fixed : fixed);
/** The property tests draw their fixed specs (no ROPEC_PROPERTY_SEED): what a draw is asserted to cover holds for these. */
export const fixedDraw = !process.env.ROPEC_PROPERTY_SEED;

export interface SpecCase {
  source: string;
  name: string;
}

const axisNames = ['t', 'h', 'w'];

function splitInto(total: number, parts: number, weights: number[]): number[] {
  // positive integers summing to total, shaped by weights
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let diff = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % parts) {
    if (diff > 0) { out[i]++; diff--; } else if (out[i] > 1) { out[i]--; diff++; }
  }
  return out;
}

/**
 * Random specs. 'any': small heads of every shape. 'aligned': every lane run starts on a multiple
 * of 8 lanes and holds a multiple of 8 pairs (rotary dim, offset, pass-through lanes and per-axis
 * lane blocks), the shapes real models have, where the WGSL and CUDA kernels use 16-byte vectors
 * only. 'tail': runs that start on a multiple of 4 lanes but hold pair counts that are not all
 * multiples of the vector, so kernels have vector chunks and a scalar tail. The 'any' draw rarely
 * reaches the last two.
 */
function specArbitrary(mode: 'any' | 'aligned' | 'tail', cache = false): fc.Arbitrary<SpecCase> {
  const aligned = mode === 'aligned';
  // `cache`: an engine's f32 cos/sin cache read at a positions tensor (sincos cache needs one, and a static ω).
  const scalings = ['none', 'linear', 'ntk', 'dynamic', 'yarn', 'llama3', 'longrope_short', 'longrope_long', 'longrope_auto', 'factors'];
  const positionKinds = ['index', 'index_offset', 'index_offsets', 'index_packed', 'tensor_int', 'tensor_float', 'grid', 'grid_norm', 'grid_center', 'grid_packed', 'timeline', 'mrope'];
  return fc
    .record({
      pairsHalf: { any: fc.integer({ min: 2, max: 12 }), aligned: fc.constantFrom(8, 16, 24), tail: fc.constantFrom(9, 10, 11, 13, 20) }[mode], // rotary pairs
      extraLanes: { any: fc.constantFrom(0, 0, 2, 6), aligned: fc.constantFrom(0, 0, 16), tail: fc.constantFrom(0, 4, 16) }[mode],
      // odd offsets put rotated and pass-through lanes in one 16-bit word pair
      offsetLanes: { any: fc.constantFrom(0, 0, 2, 1, 3), aligned: fc.constantFrom(0, 0, 8), tail: fc.constantFrom(0, 4, 8) }[mode],
      // A half-style run is either all vectors or none; tails come from interleaved runs and lane blocks.
      style: mode === 'tail' ? fc.constantFrom('half', 'interleaved', 'interleaved') : fc.constantFrom('half', 'interleaved'),
      direction: fc.constantFrom('forward', 'inverse'),
      layoutKind: mode === 'tail'
        ? fc.constantFrom('single', 'sectioned', 'lanes', 'lanes', 'lanes')
        : fc.constantFrom('single', 'sectioned', 'interleaved', 'lanes', 'videorope'),
      nAxes: fc.integer({ min: 2, max: 3 }),
      weights: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 3 }),
      freq: fc.constantFrom('base', 'base_axis', 'periods', 'periods_range', 'list'),
      base: fc.constantFrom(100, 10000, 500000),
      axisScale: fc.constantFrom(undefined, 0.5, 2),
      scaling: fc.constantFrom(...(cache ? scalings.filter((x) => x !== 'dynamic' && x !== 'longrope_auto') : scalings)),
      position: cache ? fc.constant('tensor_int') : fc.constantFrom(...positionKinds),
      layout: fc.constantFrom('thd', 'bshd', 'bhsd'),
      dtype: fc.constantFrom('f32', 'f32', 'f16', 'f16 native', 'bf16'),
      qHeads: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      kHeads: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
      inplace: fc.boolean(),
      attention: fc.constantFrom(undefined, 0.75),
      table: fc.boolean(),
      precision: fc.constantFrom('exact', 'fast'),
    })
    .map((c) => {
      const P = c.pairsHalf;
      const D = 2 * P;
      let headDim = D + c.extraLanes + c.offsetLanes + ((c.extraLanes + c.offsetLanes) % 2); // head_dim is even
      // Vector kernels need whole vectors per head: pad a 'tail' head with pass-through lanes.
      if (mode === 'tail') headDim = Math.ceil(headDim / 8) * 8;
      const lines: string[] = [];
      const name = 'rnd';
      lines.push(`rope ${name} {`);
      lines.push(`  head_dim ${headDim}`);
      if (headDim !== D || c.offsetLanes) lines.push(`  rotary dim ${D} offset ${c.offsetLanes}`);
      lines.push(`  style ${c.style}`);
      lines.push(`  direction ${c.direction}`);
      // axes
      let layoutKind = c.layoutKind;
      let nAxes = layoutKind === 'single' ? 1 : layoutKind === 'videorope' ? 3 : c.nAxes;
      if (layoutKind === 'videorope' && P < 3) layoutKind = 'sectioned';
      if (P < nAxes) { layoutKind = 'single'; nAxes = 1; }
      if (aligned && layoutKind === 'lanes' && P / 8 < nAxes) layoutKind = 'sectioned';
      if (mode === 'tail' && layoutKind === 'lanes' && Math.floor(P / 4) < nAxes) layoutKind = 'sectioned';
      const names = nAxes === 1 ? ['pos'] : axisNames.slice(0, nAxes);
      if (layoutKind === 'lanes') {
        // 'tail': blocks of 4k pairs (vectors in f32, and in 16-bit when k is even), the rest of
        // the pairs in the last block.
        const pairs = aligned
          ? splitInto(P / 8, nAxes, c.weights.slice(0, nAxes)).map((n) => 8 * n)
          : mode === 'tail'
            ? splitInto(Math.floor(P / 4), nAxes, c.weights.slice(0, nAxes)).map((n, i) => 4 * n + (i === nAxes - 1 ? P % 4 : 0))
            : splitInto(P, nAxes, c.weights.slice(0, nAxes));
        lines.push(`  axes lanes [${names.map((n, i) => `${n} ${pairs[i] * 2}`).join(', ')}]`);
      } else if (layoutKind === 'videorope') {
        const hw = Math.max(1, Math.floor((P - 1) / 2));
        const t = P - 2 * hw;
        lines.push(`  axes videorope [t ${t}, h ${hw}, w ${hw}]`);
      } else if (layoutKind !== 'single') {
        const pairs = splitInto(P, nAxes, c.weights.slice(0, nAxes));
        lines.push(`  axes ${layoutKind} [${names.map((n, i) => `${n} ${pairs[i]}`).join(', ')}]`);
      }
      // frequencies
      // periods(min, max) needs two pairs per table, which small axes may not have: keep it over rotary.
      const overAxis = c.freq === 'base_axis' || (c.freq === 'periods' && layoutKind !== 'single');
      let freqLine: string;
      const scalingAllowed = c.freq === 'base' && !overAxis;
      if (c.freq === 'periods') freqLine = `frequencies periods(base 100)${overAxis ? ' over axis' : ''}`;
      else if (c.freq === 'periods_range') freqLine = `frequencies periods(min 0.5, max 50)${overAxis ? ' over axis' : ''}`;
      else if (c.freq === 'list') freqLine = `frequencies list [${Array.from({ length: P }, (_, j) => (1 / (j + 1)).toFixed(4)).join(', ')}]`;
      else freqLine = `frequencies base ${c.base}${overAxis ? ' over axis' : ''}`;
      const override = c.axisScale !== undefined ? ` {\n    ${names[0]} scale ${c.axisScale}\n  }` : '';
      lines.push(`  ${freqLine}${override}`);
      const list = (n: number, f: (j: number) => number) => `[${Array.from({ length: n }, (_, j) => f(j).toFixed(3)).join(', ')}]`;
      let scaling = scalingAllowed ? c.scaling : 'none';
      if (scaling === 'factors' && overAxis) scaling = 'none';
      switch (scaling) {
        case 'linear': lines.push('  scaling linear(factor 4)'); break;
        case 'ntk': lines.push('  scaling ntk(alpha 2)'); break;
        case 'dynamic': lines.push('  scaling dynamic(factor 2, original 16)'); break;
        case 'yarn': lines.push('  scaling yarn(factor 4, original 64)'); break;
        case 'llama3': lines.push('  scaling llama3(factor 8, low 1, high 4, original 64)'); break;
        case 'longrope_short':
        case 'longrope_long':
        case 'longrope_auto':
          lines.push(`  scaling longrope(short ${list(P, (j) => 1 + j / P)}, long ${list(P, (j) => 1 + 3 * j)}, original 16, factor 8, select ${scaling.slice(9)})`);
          break;
        case 'factors': lines.push(`  scaling factors(${list(P, (j) => 1 + j / 2)})`); break;
      }
      if (c.attention !== undefined) lines.push(`  attention_factor ${c.attention}`);
      // positions
      let position = c.position;
      let layout = c.layout;
      if (position === 'mrope' && nAxes !== 3) position = 'tensor_int';
      if (position === 'index_packed' || position === 'grid_packed') layout = 'thd';
      if (position === 'index_offsets' && layout === 'thd') layout = 'bshd';
      const gridAxes = names;
      switch (position) {
        case 'index': lines.push('  positions index'); break;
        case 'index_offset': lines.push('  positions index + offset'); break;
        case 'index_offsets': lines.push('  positions index + offsets'); break;
        case 'index_packed': lines.push('  positions index packed + offsets'); break;
        case 'tensor_int': lines.push('  positions tensor int'); break;
        case 'tensor_float': lines.push('  positions tensor float'); break;
        case 'grid': lines.push(`  positions grid(${gridAxes.join(', ')}) prefix 1 {\n    ${gridAxes[0]} stride 2 shift 1 scale 0.5\n  }`); break;
        case 'grid_center': lines.push(`  positions grid(${gridAxes.join(', ')}) center prefix 2 {\n    ${gridAxes[0]} scale 0.75\n  }`); break;
        case 'grid_norm': lines.push(`  positions grid(${gridAxes.join(', ')}) normalize ${['separate', 'max', 'min'][c.weights[0] % 3]}`); break;
        case 'grid_packed': {
          // Several grids of different sizes in one call; the options vary with the weights.
          const opts = [`prefix ${c.weights[0] % 3} {\n    ${gridAxes[0]} stride 2 shift 1 scale 0.5\n  }`, 'normalize separate', 'normalize max prefix 1', 'center'][c.weights[1] % 4];
          lines.push(`  positions grid(${gridAxes.join(', ')}) packed ${opts}`);
          break;
        }
        case 'timeline': lines.push('  positions timeline tensor'); break;
        case 'mrope': lines.push('  positions mrope(spatial_merge 2) tensor'); break;
      }
      const integral = ['index', 'index_offset', 'index_offsets', 'index_packed', 'tensor_int', 'mrope'].includes(position);
      const layoutText = { thd: '[tokens, heads, dim]', bshd: '[batch, seq, heads, dim]', bhsd: '[batch, heads, seq, dim]' }[layout];
      lines.push('  kernel {');
      if (c.qHeads !== null) lines.push(`    q heads ${c.qHeads}`);
      if (c.kHeads !== null) lines.push(`    k heads ${c.kHeads}`);
      lines.push(`    layout ${layoutText}`);
      lines.push(`    dtype ${c.dtype}`);
      if (c.inplace) lines.push('    inplace');
      if (cache) lines.push(`    sincos cache(layout ${c.weights[2] % 2 === 0 ? 'cos_sin' : 'split'}, dtype f32)`);
      else if (c.table && integral && scaling !== 'dynamic') lines.push('    sincos table(max_positions 64)');
      lines.push(`    precision ${c.precision}`);
      lines.push('  }');
      lines.push('}');
      return { source: lines.join('\n') + '\n', name };
    });
}

export const arbitrarySpec: fc.Arbitrary<SpecCase> = specArbitrary('any');
/**
 * Random specs with `kernel { strided }` (tokens-outermost layouts): makeInputs gives them q and k
 * as views of one buffer with gaps. A separate arbitrary, so arbitrarySpec's draws (and the
 * numeric goldens made from them) stay as they were.
 */
export const arbitraryViewsSpec: fc.Arbitrary<SpecCase> = arbitrarySpec
  .filter((c) => !c.source.includes('[batch, heads, seq, dim]'))
  .map((c) => ({ ...c, source: c.source.replace(/(\n    dtype [^\n]*)/, '$1\n    strided') }));
/**
 * q-only and k-only specs (`k heads 0`, `q heads 0`): the other tensor is not an argument; makeInputs
 * gives it as an empty array, which hosts that take it ignore.
 */
export const arbitraryOneTensorSpec: fc.Arbitrary<SpecCase> = fc.tuple(fc.oneof(arbitrarySpec, arbitraryViewsSpec), fc.constantFrom('q', 'k')).map(([c, only]) => {
  const other = only === 'q' ? 'k' : 'q';
  const without = c.source.replace(new RegExp(`\\n    ${other} heads \\d+`), '');
  return { ...c, source: without.replace('  kernel {', `  kernel {\n    ${other} heads 0`) };
});
/**
 * q and k with heads of different shapes (`q heads N head_dim H offset O`, MLA-like): one tensor,
 * or both, get their own head width and rotary offset around the spec's rotary lanes; widths and
 * offsets are sometimes multiples of 8 (the 16-byte paths), otherwise any even width and any offset.
 */
export const arbitraryLanesSpec: fc.Arbitrary<SpecCase> = fc.tuple(
  fc.oneof(arbitrarySpec, arbitraryViewsSpec),
  fc.constantFrom(['q'], ['k'], ['q', 'k']),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 12 }), fc.boolean()), { minLength: 2, maxLength: 2 }),
).map(([c, which, draws]) => {
  const rotary = /\n  rotary dim (\d+)/.exec(c.source) ?? /\n  head_dim (\d+)/.exec(c.source)!;
  const D = Number(rotary[1]);
  let source = c.source;
  which.forEach((t, i) => {
    const [extra, at, aligned] = draws[i];
    const width = aligned ? Math.ceil(D / 8) * 8 + 8 * (extra % 3) : D + 2 * extra;
    const offset = aligned ? 8 * Math.floor(((at % 4) * (width - D)) / 32) : Math.min(at, width - D);
    const line = new RegExp(`\\n    ${t} heads (\\d+)`).exec(source);
    const shape = `head_dim ${width} offset ${offset}`;
    source = line ? source.replace(line[0], `${line[0]} ${shape}`) : source.replace('  kernel {', `  kernel {\n    ${t} ${shape}`);
  });
  return { ...c, source };
});
/**
 * k with its own tokens and positions (`k … tokens own`): specs in any layout whose positions k
 * can have its own of (index, offset, per-sequence offsets, packed sequences, grid, packed grids, a
 * positions tensor, which may read a cos/sin cache); makeInputs gives k its own token count (per
 * sequence in batch layouts; its own cu_seqlens when packed), offset(s), grid sizes or positions.
 */
export const arbitraryOwnTokensSpec: fc.Arbitrary<SpecCase> = fc.oneof(arbitrarySpec, arbitraryViewsSpec, arbitraryLanesSpec, specArbitrary('any', true))
  .map((c) => {
    // k's line (heads, or its own head shape) gets `tokens own`; without one, a line of its own.
    const line = /\n    k [^\n]*/.exec(c.source);
    return { ...c, source: line ? c.source.replace(line[0], `${line[0]} tokens own`) : c.source.replace('  kernel {', '  kernel {\n    k tokens own') };
  });
/**
 * Heads RMS-normalized before they rotate (`norm rms(…)`, with a weight, without one, or 1 + w),
 * over any spec the draws above make except `direction inverse` (RC222); makeInputs gives the weights.
 */
export const arbitraryNormSpec: fc.Arbitrary<SpecCase> = fc.tuple(
  fc.oneof(arbitrarySpec, arbitraryViewsSpec, arbitraryLanesSpec, arbitraryOwnTokensSpec, arbitraryOneTensorSpec, specArbitrary('any', true)),
  fc.constantFrom('', ', weight none', ', weight one_plus'),
  fc.constantFrom('1e-6', '0.01', '0.5'),
).filter(([c]) => !c.source.includes('direction inverse'))
  .map(([c, weight, eps]) => ({ ...c, source: c.source.replace('  kernel {', `  kernel {\n    norm rms(eps ${eps}${weight})`) }));
/**
 * A KV-cache write after the rotation (`kv_cache slots`, `paged(block B)`, `paged(block B, layout
 * hnd)`) over any spec the draws above make that has k of the call's tokens; makeInputs gives v,
 * distinct slots (some −1) and caches of random values.
 */
const kvBase = fc.oneof(arbitrarySpec, arbitraryViewsSpec, arbitraryLanesSpec, arbitraryOneTensorSpec, arbitraryNormSpec, specArbitrary('any', true))
  .filter((c) => !/k heads 0|tokens own/.test(c.source));
const withKv = (c: SpecCase, form: string): SpecCase => ({ ...c, source: c.source.replace('  kernel {', `  kernel {\n    kv_cache ${form}`) });
/** A form, or (about one in three) the same form with fp8 e4m3 caches. */
const maybeFp8 = (forms: string[]) => fc.tuple(fc.constantFrom(...forms), fc.constantFrom(false, false, true))
  .map(([form, fp8]) => (!fp8 ? form : form === 'slots' ? 'slots(dtype fp8_e4m3)' : form.replace(/\)$/, ', dtype fp8_e4m3)')));
/** Half by slot_mapping (flat or paged), half by a block table where a token has one whole position (index positions, or a one-axis int tensor). */
export const arbitraryKvCacheSpec: fc.Arbitrary<SpecCase> = fc.oneof(
  fc.tuple(kvBase, maybeFp8(['slots', 'paged(block 1)', 'paged(block 3)', 'paged(block 4, layout hnd)', 'paged(block 2, layout hnd)'])).map(([c, form]) => withKv(c, form)),
  fc.tuple(kvBase.filter((c) => /\n  positions (index|tensor int)/.test(c.source) && !/\n  axes /.test(c.source)), maybeFp8(['paged(block 1, slots table)', 'paged(block 4, slots table)', 'paged(block 2, layout hnd, slots table)']))
    .map(([c, form]) => withKv(c, form)),
);
/**
 * q's output in fp8 e4m3 (`q … output fp8_e4m3`) over any spec the draws above make that rotates q
 * out of place; makeInputs gives q_scale.
 */
export const arbitraryFp8QSpec: fc.Arbitrary<SpecCase> = fc.oneof(arbitrarySpec, arbitraryViewsSpec, arbitraryLanesSpec, arbitraryOwnTokensSpec, arbitraryOneTensorSpec, arbitraryNormSpec, arbitraryKvCacheSpec)
  .filter((c) => !/\n    inplace|q heads 0/.test(c.source))
  .map((c) => {
    const line = /\n    q [^\n]*/.exec(c.source);
    return { ...c, source: line ? c.source.replace(line[0], `${line[0]} output fp8_e4m3`) : c.source.replace('  kernel {', '  kernel {\n    q output fp8_e4m3') };
  });
/** Specs that read an f32 cos/sin cache (`sincos cache`) at a positions tensor: makeInputs gives them a random cache. */
export const arbitraryCacheSpec: fc.Arbitrary<SpecCase> = specArbitrary('any', true);
/** Specs whose heads split into whole 16-byte vectors (see specArbitrary). */
export const arbitraryAlignedSpec: fc.Arbitrary<SpecCase> = specArbitrary('aligned');
/** Specs with 16-byte vector chunks and a scalar tail (see specArbitrary). */
export const arbitraryTailSpec: fc.Arbitrary<SpecCase> = specArbitrary('tail');

/** A small deterministic PRNG (mulberry32) so inputs are reproducible from a seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface InputPlan {
  inputs: RopeInputs;
  tokens: number;
}

/** Random run-time inputs matching an IR: sizes, q, k and any position tensors. */
/**
 * `strided` specs: q and k as views of one buffer, rows of q's heads then k's then a gap, heads
 * apart by head_dim plus a gap; gaps are even (WGSL's packed 16-bit storage stores whole words)
 * and sometimes multiples of 8 (the 16-byte paths).
 */
function views(ir: RopeIR, tokens: number, qHeads: number, kHeads: number, sizes: RopeSizes, int: (lo: number, hi: number) => number, r: () => number): RopeInputs {
  const [Dq, Dk] = [tensorLanes(ir, 'q').headDim, tensorLanes(ir, 'k').headDim];
  const gap = () => (int(0, 1) === 0 ? 8 * int(0, 2) : 2 * int(0, 3));
  // One head stride for both (wide enough for either head), so views may also be apart head by head.
  const hs = Math.max(Dq, Dk) + gap();
  // A tensor a q-only or k-only spec does not take spans nothing.
  const qSpan = qHeads === 0 ? 0 : (qHeads - 1) * hs + Dq;
  const kSpan = kHeads === 0 ? 0 : (kHeads - 1) * hs + Dk;
  const kStart = qSpan + gap();
  const row = kStart + kSpan + gap();
  const buf = Float32Array.from({ length: Math.max(0, tokens - 1) * row + kStart + kSpan }, () => r() * 2 - 1);
  Object.assign(sizes, { q_token_stride: row, q_head_stride: hs, k_token_stride: row, k_head_stride: hs });
  return { q: buf.subarray(0), k: buf.subarray(kStart), sizes };
}

export function makeInputs(ir: RopeIR, seed: number, opts: { maxPosition?: number } = {}): InputPlan {
  const plan = planInputs(ir, seed, opts);
  // `norm rms(…)`: weights the dtype holds exactly (hosts store them so; see storedArrays), from a stream of their own.
  const r = rng(seed + 7777);
  for (const { name, width } of normArrays(ir)) {
    plan.inputs[name] = decodeStorage(encodeStorage(Float64Array.from({ length: width }, () => r() * 2.5 - 0.5), ir.kernel.dtype), ir.kernel.dtype);
  }
  // An fp8 q's scale: from saturating (|q| / 0.02 passes 448 after a norm) to coarse.
  if (ir.kernel.qOutput) plan.inputs.sizes.q_scale = [0.02, 0.0625, 0.3, 1, 5][Math.floor(r() * 5)];
  const kv = ir.kernel.kvCache;
  if (kv) {
    // v (contiguous: strided hosts default to that), distinct slots with about one token in four
    // skipped (−1), and caches of random values, all numbers the dtype holds exactly.
    const exact = (n: number) => decodeStorage(encodeStorage(Float64Array.from({ length: n }, () => r() * 2 - 1), ir.kernel.dtype), ir.kernel.dtype);
    // fp8 caches: e4m3 values (any byte but NaN), and scales from saturating (v / 2^-6 passes 448) to coarse.
    const fp8 = kv.dtype === 'fp8_e4m3';
    const cacheValues = (n: number) => (fp8 ? Float64Array.from({ length: n }, () => { for (;;) { const x = decodeE4m3(Math.floor(r() * 256)); if (!Number.isNaN(x)) return x; } }) : exact(n));
    if (fp8) Object.assign(plan.inputs.sizes, { k_scale: [0.0078125, 0.0137, 0.1, 1, 3.5][Math.floor(r() * 5)], v_scale: [0.0021, 0.05, 0.25, 2][Math.floor(r() * 4)] });
    const { inputs, tokens } = plan;
    const H = inputs.sizes.k_heads ?? ir.kernel.kHeads!;
    const D = tensorLanes(ir, 'k').headDim;
    const block = kv.kind === 'paged' ? kv.block : 1;
    const blocks = Math.ceil((tokens + 1 + Math.floor(r() * 4)) / block);
    const slots = blocks * block;
    if (kv.kind === 'slots') inputs.sizes.cache_slots = slots;
    else inputs.sizes.cache_blocks = blocks;
    const order = Array.from({ length: slots }, (_, i) => i).sort(() => r() - 0.5);
    if (kv.kind === 'paged' && kv.table) tableInputs(ir, inputs, kv.block, r);
    else inputs.slot_mapping = Int32Array.from({ length: tokens }, (_, t) => (r() < 0.25 ? -1 : order[t]));
    if (inputs.block_table) {
      // The cache holds the blocks the table names (tableInputs set cache_blocks).
      const n = inputs.sizes.cache_blocks! * block;
      inputs.k_cache = cacheValues(n * H * D);
      inputs.v_cache = cacheValues(n * H * D);
      inputs.v = exact(tokens * H * D);
      if (ir.kernel.strided) Object.assign(inputs.sizes, { v_token_stride: H * D, v_head_stride: D });
      return plan;
    }
    inputs.v = exact(tokens * H * D);
    // Views: v given as a contiguous view by its strides (TypeScript hosts would default to them).
    if (ir.kernel.strided) Object.assign(inputs.sizes, { v_token_stride: H * D, v_head_stride: D });
    inputs.k_cache = cacheValues(slots * H * D);
    inputs.v_cache = cacheValues(slots * H * D);
  }
  return plan;
}

/**
 * `kv_cache paged(…, slots table)`: each sequence's row of block_table names a distinct cache block
 * for every block its tokens' positions fall in (about one in five −1: those tokens are skipped),
 * −1 elsewhere; a positions tensor's entries are made distinct (two tokens of one slot would race on
 * a GPU). Sets table_blocks and cache_blocks.
 */
function tableInputs(ir: RopeIR, inputs: RopeInputs, block: number, r: () => number): void {
  const src = ir.host.positions;
  const cu = inputs.cu_seqlens;
  const batch = cu ? cu.length - 1 : inputs.sizes.batch ?? 1;
  const seqOf = (b: number) => (cu ? cu[b + 1] - cu[b] : inputs.sizes.seq ?? inputs.sizes.tokens ?? 0);
  const tokens: { b: number; p: number }[] = [];
  if (src.kind === 'tensor') {
    const n = inputs.positions!.length;
    const distinct = Array.from({ length: Math.max(n, 1) * 3 }, (_, i) => i).sort(() => r() - 0.5).slice(0, n);
    inputs.positions = Int32Array.from(distinct);
  }
  let flat = 0;
  for (let b = 0; b < batch; b++) {
    const off = inputs.offsets ? inputs.offsets[b] : inputs.sizes.offset ?? 0;
    for (let s = 0; s < seqOf(b); s++, flat++) tokens.push({ b, p: src.kind === 'tensor' ? inputs.positions![flat] : s + off });
  }
  const width = Math.max(1, ...tokens.map((t) => Math.floor(t.p / block) + 1)) + Math.floor(r() * 3);
  const used = [...new Set(tokens.map((t) => t.b * width + Math.floor(t.p / block)))];
  const blocks = used.length + 1 + Math.floor(r() * 3);
  const ids = Array.from({ length: blocks }, (_, i) => i).sort(() => r() - 0.5);
  const table = new Int32Array(batch * width).fill(-1);
  used.forEach((at, i) => (table[at] = r() < 0.2 ? -1 : ids[i]));
  inputs.block_table = table;
  inputs.sizes.table_blocks = width;
  inputs.sizes.cache_blocks = blocks;
}

function planInputs(ir: RopeIR, seed: number, opts: { maxPosition?: number }): InputPlan {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const src = ir.host.positions;
  const sizes: RopeSizes = {};
  const maxPos = opts.maxPosition ?? 60;
  let batch = 1;
  let seq: number;
  let cu: Int32Array | undefined;
  let gridSizes: Int32Array | undefined;
  if (src.kind === 'grid' && src.packed) {
    // One grid per sequence, sizes 0–3 per axis (a 0 leaves only the prefix tokens).
    const rows = Array.from({ length: int(1, 3) }, () => src.axes.map(() => int(0, 3)));
    gridSizes = Int32Array.from(rows.flat());
    const lens = rows.map((row) => src.prefix + row.reduce((x, y) => x * y, 1));
    cu = Int32Array.from([0, ...lens.map((_, i) => lens.slice(0, i + 1).reduce((x, y) => x + y, 0))]);
    seq = Math.max(...lens);
  } else if (src.kind === 'grid') {
    const dims = src.axes.map(() => int(1, 3));
    src.axes.forEach((a, i) => (sizes[a] = dims[i]));
    seq = src.prefix + dims.reduce((x, y) => x * y, 1);
  } else seq = int(1, 5);
  if (ir.kernel.layout === 'thd') {
    if (cu) {
      batch = cu.length - 1;
      sizes.tokens = cu[cu.length - 1];
    } else if (src.kind === 'index' && src.packed) {
      const lens = Array.from({ length: int(1, 3) }, () => int(0, 4));
      cu = Int32Array.from([0, ...lens.map((_, i) => lens.slice(0, i + 1).reduce((x, y) => x + y, 0))]);
      batch = lens.length;
      sizes.tokens = cu[cu.length - 1];
    } else {
      sizes.tokens = seq;
    }
  } else {
    batch = int(1, 2);
    sizes.batch = batch;
    sizes.seq = seq;
  }
  const tokens = cu ? cu[cu.length - 1] : batch * seq;
  const qHeads = ir.kernel.qHeads ?? int(1, 3);
  const kHeads = ir.kernel.kHeads ?? int(1, 2);
  if (ir.kernel.qHeads === null) sizes.q_heads = qHeads;
  if (ir.kernel.kHeads === null) sizes.k_heads = kHeads;
  const table = ir.kernel.sincos.kind === 'table' ? ir.kernel.sincos.maxPositions : Infinity;
  // A cos/sin cache holds rows 0 … posLimit − 1 (at most 4096: a row is read, not computed, so
  // large positions test nothing more; a test that wants them passes a larger cache).
  const posLimit = ir.kernel.sincos.kind === 'cache' ? Math.min(maxPos, 4096) : Math.min(maxPos, table - 8);
  if (src.kind === 'index' && src.offset === 'scalar') sizes.offset = int(0, Math.max(0, posLimit - seq));
  if (ir.omega ? ir.omega.kind !== 'static' : false) sizes.seq_len = int(1, 40);
  if (ownTokens(ir)) return ownTokensInputs(ir, { tokens, qHeads, kHeads, sizes, int, r, posLimit, seq, batch, cu, gridSizes });
  const inputs: RopeInputs = ir.kernel.strided ? views(ir, tokens, qHeads, kHeads, sizes, int, r) : {
    q: Float32Array.from({ length: tokens * qHeads * tensorLanes(ir, 'q').headDim }, () => r() * 2 - 1),
    k: Float32Array.from({ length: tokens * kHeads * tensorLanes(ir, 'k').headDim }, () => r() * 2 - 1),
    sizes,
  };
  if (cu) inputs.cu_seqlens = cu;
  if (gridSizes) inputs.grid_sizes = gridSizes;
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    inputs.offsets = Int32Array.from({ length: batch }, () => int(0, Math.max(0, posLimit - seq)));
  }
  if (usesSegmentTable(ir)) {
    // Fused mrope / timeline specs: a random segment table instead of a positions tensor.
    const enc = randomSegmentTables(ir, batch, seq, r, posLimit);
    inputs.segment_table = enc.table;
    inputs.segment_values = enc.values;
  } else if (src.kind === 'tensor' || src.kind === 'timeline' || src.kind === 'mrope') {
    const n = ir.positions.components * tokens;
    const isFloat = src.kind === 'timeline' || (src.kind === 'tensor' && src.dtype === 'float');
    inputs.positions = isFloat
      ? Float32Array.from({ length: n }, () => Math.fround(r() * posLimit))
      : Int32Array.from({ length: n }, () => int(0, Math.max(0, posLimit - 1)));
  }
  cacheInputs(ir, inputs, posLimit, r);
  return { inputs, tokens };
}

/** `sincos cache(…)`: a cache of posLimit rows (every position drawn is one of them). */
function cacheInputs(ir: RopeIR, inputs: RopeInputs, posLimit: number, r: () => number): void {
  const sc = ir.kernel.sincos;
  if (sc.kind !== 'cache') return;
  // Random values (not cos and sin): a kernel must read exactly the entries the interpreter does.
  const rows = Math.max(1, posLimit);
  inputs.sizes.cache_positions = rows;
  const P = ir.pairs.length;
  // Numbers the cache's dtype holds exactly (runners store them as that dtype; see storedArrays).
  const fill = (n: number) => decodeStorage(encodeStorage(Float64Array.from({ length: n }, () => r() * 2 - 1), sc.dtype), sc.dtype);
  if (sc.layout === 'cos_sin') inputs.cos_sin_cache = fill(rows * 2 * P);
  else Object.assign(inputs, { cos_cache: fill(rows * P), sin_cache: fill(rows * P) });
}

/**
 * `k … tokens own`: q over the call's tokens, k over its own count (grid: its own sizes; index: its
 * own offset; tensor: its own positions). Views: q's rows, a gap, then k's rows, in one buffer.
 */
function ownTokensInputs(ir: RopeIR, c: { tokens: number; qHeads: number; kHeads: number; sizes: RopeSizes; int: (lo: number, hi: number) => number; r: () => number; posLimit: number; seq: number; batch: number; cu?: Int32Array; gridSizes?: Int32Array }): InputPlan {
  const { tokens, qHeads, kHeads, sizes, int, r, posLimit } = c;
  const src = ir.host.positions;
  // k's tokens per sequence: one sequence of k_tokens, (batch layouts) batch sequences of k_seq, or
  // (packed) as many packed sequences as q's, of 0 … 4 tokens each (k_cu_seqlens).
  let kSeq = int(0, 5);
  let kGrids: Int32Array | undefined;
  if (src.kind === 'grid' && !src.packed) {
    const dims = src.axes.map(() => int(1, 3));
    src.axes.forEach((a, i) => (sizes[`k_${a}`] = dims[i]));
    kSeq = src.prefix + dims.reduce((x, y) => x * y, 1);
  }
  const thd = ir.kernel.layout === 'thd';
  let kCu: Int32Array | undefined;
  if (c.cu) {
    // k's sequences: 0 … 4 tokens each, or (packed grids) one grid of sizes 0 … 2 per axis each.
    const rows = src.kind === 'grid' ? Array.from({ length: c.batch }, () => src.axes.map(() => int(0, 2))) : undefined;
    if (rows && src.kind === 'grid') kGrids = Int32Array.from(rows.flat());
    kCu = new Int32Array(c.batch + 1);
    for (let b = 0; b < c.batch; b++) kCu[b + 1] = kCu[b] + (rows && src.kind === 'grid' ? src.prefix + rows[b].reduce((x, y) => x * y, 1) : int(0, 4));
    kSeq = Math.max(...Array.from({ length: c.batch }, (_, b) => kCu![b + 1] - kCu![b]));
  }
  if (thd) sizes.k_tokens = kCu ? kCu[c.batch] : kSeq;
  else sizes.k_seq = kSeq;
  const kTokens = kCu ? kCu[c.batch] : (thd ? 1 : sizes.batch!) * kSeq;
  if (src.kind === 'index' && src.offset === 'scalar') sizes.k_offset = int(0, Math.max(0, posLimit - kSeq));
  const [Dq, Dk] = [tensorLanes(ir, 'q').headDim, tensorLanes(ir, 'k').headDim];
  const values = (n: number) => Float32Array.from({ length: n }, () => r() * 2 - 1);
  let inputs: RopeInputs;
  if (ir.kernel.strided) {
    const gap = () => 2 * int(0, 3);
    const [hq, hk] = [Dq + gap(), Dk + gap()];
    const [rowQ, rowK] = [Math.max(0, qHeads - 1) * hq + Dq + gap(), Math.max(0, kHeads - 1) * hk + Dk + gap()];
    const kStart = tokens * rowQ + gap();
    const buf = values(kStart + kTokens * rowK);
    Object.assign(sizes, { q_token_stride: rowQ, q_head_stride: hq, k_token_stride: rowK, k_head_stride: hk });
    inputs = { q: buf.subarray(0), k: buf.subarray(kStart), sizes };
  } else {
    inputs = { q: values(tokens * qHeads * Dq), k: values(kTokens * kHeads * Dk), sizes };
  }
  if (src.kind === 'tensor' || src.kind === 'timeline' || src.kind === 'mrope') {
    const isFloat = src.kind === 'timeline' || (src.kind === 'tensor' && src.dtype === 'float');
    const make = (n: number) => (isFloat ? Float32Array.from({ length: n }, () => Math.fround(r() * posLimit)) : Int32Array.from({ length: n }, () => int(0, Math.max(0, posLimit - 1))));
    inputs.positions = make(ir.positions.components * tokens);
    inputs.k_positions = make(ir.positions.components * kTokens);
  }
  if (c.cu) Object.assign(inputs, { cu_seqlens: c.cu, k_cu_seqlens: kCu });
  if (c.gridSizes) Object.assign(inputs, { grid_sizes: c.gridSizes, k_grid_sizes: kGrids });
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    inputs.offsets = Int32Array.from({ length: c.batch }, () => int(0, Math.max(0, posLimit - c.seq)));
    inputs.k_offsets = Int32Array.from({ length: c.batch }, () => int(0, Math.max(0, posLimit - kSeq)));
  }
  cacheInputs(ir, inputs, posLimit, r);
  return { inputs, tokens };
}

/**
 * The cos/sin caches and norm weights of `inputs` as a host stores them: Float32Array for f32,
 * Uint16Array bits for f16 and bf16 (makeInputs gives numbers the dtype holds exactly, which the
 * interpreter reads).
 */
export function storedArrays(ir: RopeIR, inputs: RopeInputs): Partial<Record<ReturnType<typeof specStoredArrays>[number]['name'], Float32Array | Uint16Array | Uint8Array>> {
  const out: Partial<Record<ReturnType<typeof specStoredArrays>[number]['name'], Float32Array | Uint16Array | Uint8Array>> = {};
  for (const { name, dtype } of specStoredArrays(ir)) if (inputs[name]) out[name] = encodeStorage(inputs[name]!, dtype);
  // fp8 caches: their bytes.
  if (ir.kernel.kvCache?.dtype === 'fp8_e4m3') for (const name of ['k_cache', 'v_cache'] as const) if (inputs[name]) out[name] = e4m3Bytes(inputs[name]!);
  return out;
}
