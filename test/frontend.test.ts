// Front end as a whole: fmt is canonical and meaning-preserving, passes keep IR invariants and
// numbers, the compiler never throws on hostile text, and generated output is reproducible (the
// golden baselines of every generated file are in test/golden.test.ts).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSource } from '../src/compiler/format.js';
import { frontEnd } from '../src/compiler/frontend.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { canonicalJson } from '../src/compiler/lower.js';
import { optimize, PASS_NAMES } from '../src/compiler/passes/index.js';
import { compile } from '../src/index.js';
import { arbitrarySpec, makeInputs } from './support/random-spec.js';

const specFiles = readdirSync('spec').filter((f) => f.endsWith('.rope')).sort();
const library = specFiles.map((f) => ({ file: `spec/${f}`, source: readFileSync(`spec/${f}`, 'utf8') }));

function checkInvariants(ir: RopeIR, pass: string) {
  const lanes = new Map<number, number>();
  for (const p of ir.pairs) for (const l of [p.laneA, p.laneB]) lanes.set(l, (lanes.get(l) ?? 0) + 1);
  expect([...lanes.values()].every((n) => n === 1), `${pass}: a lane is in two pairs`).toBe(true);
  expect(lanes.size, `${pass}: pairs cover the rotary dim`).toBe(ir.rotaryDim);
  expect(ir.pairs.map((p) => p.index)).toEqual(ir.pairs.map((_, j) => j));
  for (const p of ir.pairs) {
    expect(p.axis >= 0 && p.axis < ir.axes.length, `${pass}: pair ${p.index} has an axis`).toBe(true);
    expect(ir.positions.axisComponent[p.axis], `${pass}: axis ${ir.axes[p.axis]} has a position source`).toBeGreaterThanOrEqual(0);
  }
  if (ir.omega?.kind === 'static') expect(ir.omega.omega.every((w) => Number.isFinite(w) && w > 0)).toBe(true);
  if (ir.identityLanes) {
    const identity = ir.identityLanes.reduce((n, [a, b]) => n + b - a, 0);
    expect(identity + ir.rotaryDim).toBe(ir.headDim);
  }
  if (ir.laneRuns) {
    const covered = ir.laneRuns.flatMap((r) => Array.from({ length: r.count }, (_, i) => r.firstPair + i));
    expect(covered).toEqual(ir.pairs.map((p) => p.index));
    for (const r of ir.laneRuns) {
      for (let i = 0; i < r.count; i++) {
        expect(ir.pairs[r.firstPair + i]).toMatchObject({ laneA: r.a0 + i * r.stride, laneB: r.b0 + i * r.stride });
      }
    }
  }
}

describe('fmt', () => {
  it('is idempotent and keeps the meaning of every library spec', () => {
    for (const { file, source } of library) {
      const once = formatSource(source).text!;
      expect(formatSource(once).text, file).toBe(once);
      const a = frontEnd(source, file).specs;
      const b = frontEnd(once, file).specs;
      expect(canonicalJson(b), file).toBe(canonicalJson(a));
      expect(once).toContain('#'); // comments survive
    }
  });

  it('keeps the meaning of random specs with scrambled spacing', () => {
    fc.assert(fc.property(arbitrarySpec, fc.constantFrom('', ' ', '   '), (c, pad) => {
      const messy = c.source.replace(/ /g, ` ${pad}`).replace(/\n/g, '\n\n');
      const out = formatSource(messy).text!;
      expect(formatSource(out).text).toBe(out);
      // `at` holds source positions, which formatting moves; the meaning is everything else.
      const meaning = (source: string) => canonicalJson(frontEnd(source, 'f').specs.map(({ at: _at, ...spec }) => spec));
      expect(meaning(out)).toBe(meaning(c.source));
    }), { numRuns: 100, seed: 4 });
  });

  it('normalizes layout', () => {
    expect(formatSource('rope  a{\nhead_dim   4\n  frequencies base 10   # c\n\n\n\npositions index\nkernel {\nq heads 2\n}}\n').text).toBe(
      'rope a {\n  head_dim 4\n  frequencies base 10  # c\n\n  positions index\n  kernel {\n    q heads 2\n  }\n}\n');
  });
});

describe('passes', () => {
  it('keep the IR invariants after every pass, for the library and random specs', () => {
    const sources = [...library.map((l) => l.source)];
    fc.sample(arbitrarySpec, { numRuns: 100, seed: 5 }).forEach((c) => sources.push(c.source));
    for (const source of sources) {
      const [ir] = frontEnd(source, 'f').irs;
      const seen: string[] = [];
      optimize(ir, (pass, cur) => {
        seen.push(pass);
        checkInvariants(cur, pass);
      });
      expect(seen).toEqual(PASS_NAMES);
    }
  });

  it('interpret(optimize(ir)) equals interpret(ir): bit for bit when ω is static', () => {
    fc.assert(fc.property(arbitrarySpec, fc.integer({ min: 1, max: 1e6 }), (c, seed) => {
      const [ir] = frontEnd(c.source, 'f').irs;
      const opt = optimize(ir);
      const { inputs } = makeInputs(opt, seed);
      const a = interpret(ir, inputs);
      const b = interpret(opt, inputs);
      if (opt.omega!.kind === 'static') {
        expect(Array.from(b.q)).toEqual(Array.from(a.q));
        expect(Array.from(b.k)).toEqual(Array.from(a.k));
      } else {
        // dynamic NTK folds θ'^(−2k/D) into θ^(−2k/D)·s^(−2k/(D−2)): equal up to rounding of pow
        for (const w of ['q', 'k'] as const) a[w].forEach((x, i) => expect(Math.abs(b[w][i] - x)).toBeLessThan(1e-12));
      }
    }), { numRuns: 150, seed: 6 });
  });
});

// `npm run fuzz` scales the case counts (ROPEC_FUZZ_SCALE, default 1) and picks the seed
// (ROPEC_FUZZ_SEED, default: the fixed seeds below) for a longer run than CI's.
const FUZZ_SCALE = Math.max(1, Number(process.env.ROPEC_FUZZ_SCALE ?? 1));
const fuzzSeed = (fixed: number) => (process.env.ROPEC_FUZZ_SEED ? Number(process.env.ROPEC_FUZZ_SEED) + fixed : fixed);
/** A hang guard, not a speed goal: one case of at most a few hundred characters. */
const CASE_LIMIT_MS = 5_000;

describe('robustness', () => {
  let cases = 0;
  afterAll(() => console.log(`[fuzz] ${cases} front-end cases (scale ${FUZZ_SCALE}), none threw, hung or pointed outside its file`));
  const compileNeverThrows = (text: string) => {
    const start = performance.now();
    const r = compile(text, { file: 'fuzz.rope', targets: ['ts'] });
    const ms = performance.now() - start;
    if (ms > CASE_LIMIT_MS) throw new Error(`compile took ${ms.toFixed(0)} ms on ${JSON.stringify(text)}`);
    cases++;
    for (const d of r.diagnostics) {
      expect(d.code).not.toBe('RX001');
      expect(d.pos.offset).toBeGreaterThanOrEqual(0);
      expect(d.pos.offset).toBeLessThanOrEqual(text.length);
    }
    return r;
  };

  it('returns diagnostics, never throws, on random text and token soup', () => {
    const words = ['rope', 'x', '{', '}', '(', ')', '[', ']', ',', '+', '\n', 'head_dim', 'frequencies', 'base', 'axes', 'lanes',
      'sectioned', 'positions', 'grid', 'index', 'kernel', 'q', 'heads', '0', '-1', '1e308', 'NaN', '64', '10000', '#', 'yarn', 'factor'];
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => { compileNeverThrows(s); }), { numRuns: 500 * FUZZ_SCALE, seed: fuzzSeed(7) });
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => { compileNeverThrows(ws.join(' ')); }), { numRuns: 1000 * FUZZ_SCALE, seed: fuzzSeed(8) });
  }, 120_000 * FUZZ_SCALE);

  it('survives mutations of every library spec', () => {
    const mutate = fc.tuple(fc.nat(), fc.constantFrom('delete', 'dup', 'zero', 'neg', 'nan', 'huge', 'swap'));
    for (const { source } of library) {
      fc.assert(fc.property(mutate, ([at, how]) => {
        const toks = source.split(/(\s+)/);
        const i = at % toks.length;
        const t = [...toks];
        if (how === 'delete') t.splice(i, 1);
        else if (how === 'dup') t.splice(i, 0, toks[i]);
        else if (how === 'swap') [t[i], t[(i + 2) % t.length]] = [t[(i + 2) % t.length], t[i]];
        else if (/^\d/.test(toks[i])) t[i] = { zero: '0', neg: '-1', nan: 'NaN', huge: '99999999999999999999999' }[how]!;
        compileNeverThrows(t.join(''));
      }), { numRuns: 40 * FUZZ_SCALE, seed: fuzzSeed(9) });
    }
  }, 120_000 * FUZZ_SCALE);

  it('compiles the library to byte-identical output twice', () => {
    const run = () => library.map(({ file, source }) => compile(source, { file, targets: ['ts'] }).artifacts.map((a) => a.contents).join('\n'));
    expect(run()).toEqual(run());
  });
});
