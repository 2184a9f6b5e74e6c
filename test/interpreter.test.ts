// The interpreter is the definition of the language: these tests pin it to hand-derived numbers
// and to the algebra RoPE must satisfy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { yarnRamp, yarnRange } from '../src/compiler/frequencies.js';
import { forEachToken, headBase, pairOmegas } from '../src/compiler/interpreter.js';
import { resolveShape, type RopeInputs } from '../src/compiler/runtime.js';
import { arbitrarySpec, arbitraryViewsSpec, makeInputs } from './support/random-spec.js';

/** Where lane 0 of every head of q is, in the inputs' layout (and views, for `strided` specs). */
function qHeadBases(ir: RopeIR, inputs: RopeInputs): number[] {
  const shape = resolveShape(ir, inputs);
  const out: number[] = [];
  forEachToken(ir, shape, (b, s, flat) => {
    for (let h = 0; h < shape.qHeads; h++) out.push(headBase(ir, 'q', shape, b, s, flat, h, shape.qHeads, shape.strides?.q));
  });
  return out;
}

function irOf(source: string): RopeIR {
  const r = compile(source);
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return r.irs[0];
}

const one = (body: string) => `rope t {\n${body}\n}\n`;

describe('hand-derived cases', () => {
  it('rotates a 2-lane head by p·ω with ω = 1 (pair 0)', () => {
    const ir = irOf(one('  head_dim 2\n  frequencies base 10000\n  positions tensor float'));
    // pair 0 has ω = base^0 = 1: angle = position. (1, 0) at angle π/2 → (0, 1); (0, 1) → (−1, 0).
    const out = interpret(ir, { q: [1, 0], k: [0, 1], sizes: { tokens: 1, q_heads: 1, k_heads: 1 }, positions: [Math.PI / 2] });
    expect(out.q[0]).toBeCloseTo(0, 15);
    expect(out.q[1]).toBeCloseTo(1, 15);
    expect(out.k[0]).toBeCloseTo(-1, 15);
    expect(out.k[1]).toBeCloseTo(0, 15);
  });

  it('pairs lanes (j, j + D/2) for half and (2j, 2j+1) for interleaved', () => {
    // head_dim 4: ω_0 = 1, ω_1 = 100^(-2/4) = 0.1. Position 1.
    const x = [1, 2, 3, 4];
    const half = interpret(irOf(one('  head_dim 4\n  style half\n  frequencies base 100\n  positions index')), { q: [...x, ...x], k: [...x, ...x], sizes: { tokens: 2, q_heads: 1, k_heads: 1 } });
    // token 1: pair 0 = (x0, x2) by 1 rad; pair 1 = (x1, x3) by 0.1 rad
    const c1 = Math.cos(1), s1 = Math.sin(1), c2 = Math.cos(0.1), s2 = Math.sin(0.1);
    expect(Array.from(half.q.slice(4))).toEqual([1 * c1 - 3 * s1, 2 * c2 - 4 * s2, 3 * c1 + 1 * s1, 4 * c2 + 2 * s2]);
    const inter = interpret(irOf(one('  head_dim 4\n  style interleaved\n  frequencies base 100\n  positions index')), { q: [...x, ...x], k: [...x, ...x], sizes: { tokens: 2, q_heads: 1, k_heads: 1 } });
    expect(Array.from(inter.q.slice(4))).toEqual([1 * c1 - 2 * s1, 2 * c1 + 1 * s1, 3 * c2 - 4 * s2, 4 * c2 + 3 * s2]);
    // token 0 is position 0: unchanged
    expect(Array.from(inter.q.slice(0, 4))).toEqual(x);
  });

  it('leaves lanes outside the rotary block untouched (GPT-J style partial rotary)', () => {
    const ir = irOf(one('  head_dim 8\n  rotary dim 2 offset 2\n  frequencies base 10000\n  positions index'));
    const q = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = interpret(ir, { q: [...q, ...q], k: [...q, ...q], sizes: { tokens: 2, q_heads: 1, k_heads: 1 } });
    expect(Array.from(out.q.slice(8))).toEqual([1, 2, 3 * Math.cos(1) - 4 * Math.sin(1), 4 * Math.cos(1) + 3 * Math.sin(1), 5, 6, 7, 8]);
  });

  it('inverse rotates by −φ', () => {
    const ir = irOf(one('  head_dim 2\n  direction inverse\n  frequencies base 10000\n  positions tensor float'));
    const out = interpret(ir, { q: [1, 0], k: [1, 0], sizes: { tokens: 1, q_heads: 1, k_heads: 1 }, positions: [0.5] });
    expect(out.q[0]).toBeCloseTo(Math.cos(0.5), 15);
    expect(out.q[1]).toBeCloseTo(-Math.sin(0.5), 15);
  });

  it('YaRN ramp: pairs below low keep ω, above high get ω/factor, in between interpolate', () => {
    // D = 128, base 10000, L0 = 4096, factor 4: dim(r) = 128·ln(4096/(2πr)) / (2·ln 10000).
    const D = 128, base = 10000, L0 = 4096;
    const dimOf = (r: number) => (D * Math.log(L0 / (r * 2 * Math.PI))) / (2 * Math.log(base));
    const low = Math.floor(dimOf(32)), high = Math.ceil(dimOf(1));
    // 128·ln(4096/(2π·32))/(2·ln 10000) = 128·3.0142/18.4207 = 20.94 → 20; 128·ln(4096/2π)/18.4207 = 45.03 → 46
    expect([low, high]).toEqual([20, 46]);
    const sc = { kind: 'yarn' as const, factor: 4, original: L0, betaFast: 32, betaSlow: 1, mscale: null, mscaleAllDim: null, truncate: true, attentionFactor: null };
    expect(yarnRange(base, D, sc)).toEqual({ low, high });
    expect(yarnRamp(base, D, low, sc)).toBe(0);
    expect(yarnRamp(base, D, high, sc)).toBe(1);
    expect(yarnRamp(base, D, (low + high) / 2, sc)).toBeCloseTo(0.5, 12);
    const ir = irOf(one(`  head_dim ${D}\n  frequencies base ${base}\n  scaling yarn(factor 4, original ${L0})\n  positions index`));
    const w = pairOmegas(ir);
    const plain = (j: number) => Math.pow(base, (-2 * j) / D);
    expect(w[3]).toBe(plain(3));
    expect(w[60]).toBeCloseTo(plain(60) / 4, 18);
    const j = 30, ramp = (j - low) / (high - low);
    expect(w[j]).toBeCloseTo((plain(j) / 4) * ramp + plain(j) * (1 - ramp), 18);
    expect(ir.attentionFactor).toBeCloseTo(0.1 * Math.log(4) + 1, 15);
  });

  it('llama3: long wavelengths divided by factor, short kept, the band between blended', () => {
    const ir = irOf(one('  head_dim 128\n  frequencies base 500000\n  scaling llama3(factor 8, low 1, high 4, original 8192)\n  positions index'));
    const w = pairOmegas(ir);
    const plain = (j: number) => Math.pow(500000, (-2 * j) / 128);
    // wavelength 2π/ω: > 8192 → /8; < 2048 → unchanged.
    for (let j = 0; j < 64; j++) {
      const lambda = (2 * Math.PI) / plain(j);
      if (lambda < 2048) expect(w[j]).toBe(plain(j));
      else if (lambda > 8192) expect(w[j]).toBe(plain(j) / 8);
      else {
        const s = (8192 / lambda - 1) / 3;
        expect(w[j]).toBeCloseTo((1 - s) * (plain(j) / 8) + s * plain(j), 18);
      }
    }
  });

  it('LongRoPE: short factors up to the original length, long beyond; attention factor from factor', () => {
    const src = one('  head_dim 4\n  frequencies base 10000\n  scaling longrope(short [1, 2], long [4, 8], original 16, factor 8, select auto)\n  positions index');
    const ir = irOf(src);
    expect(pairOmegas(ir, 16)).toEqual([1, 1 / (2 * 100)]);
    expect(pairOmegas(ir, 17)).toEqual([1 / 4, 1 / (8 * 100)]);
    expect(ir.attentionFactor).toBeCloseTo(Math.sqrt(1 + Math.log(8) / Math.log(16)), 15);
  });

  it('dynamic NTK: base grows only past the original length', () => {
    const ir = irOf(one('  head_dim 8\n  frequencies base 10000\n  scaling dynamic(factor 2, original 16)\n  positions index'));
    expect(pairOmegas(ir, 10)).toEqual(pairOmegas(irOf(one('  head_dim 8\n  frequencies base 10000\n  positions index'))));
    const b = 10000 * Math.pow(2 * 32 / 16 - 1, 8 / 6);
    pairOmegas(ir, 32).forEach((w, j) => expect(w).toBeCloseTo(Math.pow(b, (-2 * j) / 8), 15));
  });

  it('Qwen2-VL sections and Qwen3-VL interleaving assign pairs to t, h, w as published', () => {
    const q2 = irOf(one('  head_dim 128\n  frequencies base 1000000\n  axes sectioned [t 16, h 24, w 24]\n  positions mrope(spatial_merge 2)'));
    expect(q2.pairs.map((p) => 'thw'[p.axis]).join('')).toBe('t'.repeat(16) + 'h'.repeat(24) + 'w'.repeat(24));
    expect(q2.pairs[16]).toMatchObject({ laneA: 16, laneB: 80 });
    const q3 = irOf(one('  head_dim 128\n  frequencies base 5000000\n  axes interleaved [t 24, h 20, w 20]\n  positions mrope(spatial_merge 2)'));
    expect(q3.pairs.map((p) => 'thw'[p.axis]).join('')).toBe('thw'.repeat(20) + 'tttt');
  });

  it('grid positions: row-major t, h, w with prefix tokens at 0 and separate normalization', () => {
    const ir = irOf(one('  head_dim 4\n  axes sectioned [h 1, w 1]\n  frequencies base 10000\n  positions grid(h, w) normalize separate prefix 1'));
    // 1 prefix token then a 2×3 grid. pair 0 follows h (ω 1), pair 1 follows w (ω 0.01).
    const n = 7;
    const q = Array.from({ length: n * 4 }, (_, i) => (i % 4 === 0 ? 1 : 0)); // lane 0 = 1, so out lane 2 = sin(angle of pair 0)
    const out = interpret(ir, { q, k: q, sizes: { tokens: n, h: 2, w: 3, q_heads: 1, k_heads: 1 } });
    const hCoord = (i: number) => 2 * ((i + 0.5) / 2) - 1;
    expect(out.q[2]).toBe(0); // prefix token: position 0
    for (let tok = 1; tok < n; tok++) {
      const i = Math.floor((tok - 1) / 3);
      expect(out.q[tok * 4 + 2]).toBeCloseTo(Math.sin(hCoord(i)), 15);
    }
  });
});

describe('algebraic properties (random specs and inputs)', () => {
  const cases = fc.tuple(fc.oneof(arbitrarySpec, arbitraryViewsSpec), fc.integer({ min: 1, max: 1e6 }));

  it('rotation preserves the norm of every rotated pair (scaled by the attention factor)', () => {
    fc.assert(fc.property(cases, ([c, seed]) => {
      const ir = irOf(c.source);
      const { inputs } = makeInputs(ir, seed);
      const out = interpret(ir, inputs);
      const q = Float64Array.from(inputs.q);
      for (const base of qHeadBases(ir, inputs)) {
        for (const p of ir.pairs) {
          const before = Math.hypot(q[base + p.laneA], q[base + p.laneB]) * ir.attentionFactor;
          const after = Math.hypot(out.q[base + p.laneA], out.q[base + p.laneB]);
          expect(Math.abs(after - before)).toBeLessThan(1e-12);
        }
      }
    }), { numRuns: 100, seed: 1 });
  });

  it('inverse undoes forward (up to the attention factor, applied twice)', () => {
    fc.assert(fc.property(cases, ([c, seed]) => {
      const fwd = irOf(c.source.replace('direction inverse', 'direction forward').replace(/\n  attention_factor [^\n]*/, ''));
      const inv = irOf(c.source.replace('direction forward', 'direction inverse').replace(/\n  attention_factor [^\n]*/, ''));
      const { inputs } = makeInputs(fwd, seed);
      const once = interpret(fwd, inputs);
      const back = interpret(inv, { ...inputs, q: once.q, k: once.k });
      const q = Float64Array.from(inputs.q);
      const m2 = fwd.attentionFactor ** 2;
      // Rotated lanes come back scaled by m²; every other element (pass-through lanes, gaps between views) as it was.
      const want = Float64Array.from(q);
      for (const base of qHeadBases(fwd, inputs)) for (const p of fwd.pairs) for (const l of [p.laneA, p.laneB]) want[base + l] = q[base + l] * m2;
      for (let i = 0; i < q.length; i++) expect(Math.abs(back.q[i] - want[i])).toBeLessThan(1e-12);
    }), { numRuns: 100, seed: 2 });
  });

  it('q·k after rotation depends only on the position difference', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 1e6 }), (m, n, shift, seed) => {
      const ir = irOf(one('  head_dim 16\n  frequencies base 10000\n  scaling yarn(factor 4, original 64)\n  positions tensor int'));
      const { inputs } = makeInputs(ir, seed);
      const q = Float64Array.from(inputs.q).slice(0, 16);
      const k = Float64Array.from(inputs.k).slice(0, 16);
      const dot = (pq: number, pk: number) => {
        const a = interpret(ir, { q, k: q, sizes: { tokens: 1, q_heads: 1, k_heads: 1 }, positions: [pq] }).q;
        const b = interpret(ir, { q: k, k, sizes: { tokens: 1, q_heads: 1, k_heads: 1 }, positions: [pk] }).q;
        return a.reduce((s, x, i) => s + x * b[i], 0);
      };
      const s = Math.max(0, shift + Math.min(m, n)) - Math.min(m, n);
      expect(dot(m + s, n + s)).toBeCloseTo(dot(m, n), 9);
    }), { numRuns: 100, seed: 3 });
  });
});
