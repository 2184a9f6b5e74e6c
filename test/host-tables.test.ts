// The host's per-call tables (src/kernel/tables.ts, angleTableFill in src/kernel/angle.ts) are
// kernel IR that every host prints. Here they are evaluated and held to independent definitions:
// ω at seq_len to the interpreter's fold (compiler/passes/fold-frequencies.ts) bit for bit, the
// 12/12/24-bit split to its defining properties, the sin/cos table to float64 cos and sin.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OptimizedIR } from '../src/compiler/ir.js';
import { foldedOmegaAt } from '../src/compiler/passes/fold-frequencies.js';
import { compile } from '../src/index.js';
import { angleTableFill, positionRepr } from '../src/kernel/angle.js';
import { HostEvaluator } from '../src/kernel/evaluate.js';
import { omegaFill, sincosFill } from '../src/kernel/tables.js';
import { WGSL_CAPABILITIES } from '../src/backends/wgsl/table.js';

function one(source: string, file = 'tables.rope'): OptimizedIR {
  const r = compile(source, { file });
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return r.irs[0] as OptimizedIR;
}

function omegaAt(ir: OptimizedIR, seqLen: number): number[] {
  const fill = omegaFill(ir);
  const arrays = { omega: ir.pairs.map(() => NaN) };
  new HostEvaluator({ sizes: { seq_len: seqLen }, arrays, tables: Object.fromEntries(fill.constants.map((t) => [t.name, t.values])) }).run(fill.body);
  return arrays.omega;
}

const NTK = `rope ntk {
  head_dim 64
  frequencies base 500000
  scaling dynamic(factor 3.5, original 100)
  positions index
  kernel {
    q heads 2
    k heads 1
  }
}`;

describe('host table fills', () => {
  const specs = { ntk: one(NTK), phi3: one(readFileSync('spec/phi3_mini_128k.rope', 'utf8'), 'phi3_mini_128k.rope') };

  it('ω at seq_len is the interpreter fold, bit for bit, on both sides of each threshold', () => {
    for (const ir of Object.values(specs)) {
      for (const seqLen of [1, 99, 100, 101, 4095, 4096, 4097, 131072, 1e6]) {
        expect(omegaAt(ir, seqLen)).toEqual(foldedOmegaAt(ir.omega, seqLen));
      }
    }
    // The rule moves ω: a fill that ignored seq_len would pass the loop above only by accident.
    expect(omegaAt(specs.ntk, 1000)).not.toEqual(omegaAt(specs.ntk, 100));
    expect(omegaAt(specs.phi3, 4097)).not.toEqual(omegaAt(specs.phi3, 4096));
  });

  it('the WGSL exact split: hi and mid have at most 12 significant bits and hi + mid + lo is ω/2π to f32', () => {
    const ir = specs.ntk;
    const fill = angleTableFill(ir, WGSL_CAPABILITIES, positionRepr(ir, WGSL_CAPABILITIES));
    expect(fill.tables.map((t) => t.name)).toEqual(['TURNS_HI', 'TURNS_MID', 'TURNS_LO']);
    const omega = omegaAt(ir, 5000);
    const arrays: Record<string, number[]> = { omega, TURNS_HI: [], TURNS_MID: [], TURNS_LO: [] };
    new HostEvaluator({ sizes: {}, arrays }).run(fill.body);
    const bits = (x: number) => {
      if (x === 0) return 0;
      let m = Math.abs(x) / 2 ** Math.floor(Math.log2(Math.abs(x)));
      let n = 1;
      while (m !== Math.floor(m)) { m *= 2; n++; }
      return Math.ceil(Math.log2(m + 1));
    };
    omega.forEach((w, j) => {
      const t = w / (2 * Math.PI);
      const [hi, mid, lo] = [arrays.TURNS_HI[j], arrays.TURNS_MID[j], arrays.TURNS_LO[j]];
      expect(bits(hi)).toBeLessThanOrEqual(12);
      expect(bits(mid)).toBeLessThanOrEqual(12);
      expect(Math.fround(lo)).toBe(lo);
      expect(Math.abs(hi + mid + lo - t)).toBeLessThanOrEqual(Math.abs(t) * 2 ** -47);
    });
  });

  it('the sin/cos table is cos and sin of p·ω in float64, rounded once', () => {
    const ir = one(`rope tab {
  head_dim 8
  frequencies base 10000
  scaling linear(factor 2)
  positions index
  kernel {
    q heads 1
    k heads 1
    sincos table(max_positions 40)
  }
}`);
    const omega = omegaAt(ir, 64);
    expect(omega).toEqual(foldedOmegaAt(ir.omega, undefined));
    const arrays = { omega, sincos_table: new Array(40 * 4 * 2).fill(NaN) };
    new HostEvaluator({ sizes: {}, arrays }).run(sincosFill(ir));
    for (let p = 0; p < 40; p++) {
      for (let j = 0; j < 4; j++) {
        expect(arrays.sincos_table[(p * 4 + j) * 2]).toBe(Math.fround(Math.cos(p * omega[j])));
        expect(arrays.sincos_table[(p * 4 + j) * 2 + 1]).toBe(Math.fround(Math.sin(p * omega[j])));
      }
    }
  });
});
