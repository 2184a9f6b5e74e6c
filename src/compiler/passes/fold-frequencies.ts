// Pass foldFrequencies: evaluates every pair's ω in float64 and stores it as constants.
// Contract: after it, `ir.omega` is set; for static specs interpret(ir) is bit-identical before
// and after. Dynamic NTK and LongRoPE-auto fold into the small run-time forms of FoldedOmega, so
// no backend ever evaluates `pow` on a base per element. Tested in test/passes.test.ts.
import { rawOmega, tableOmega } from '../frequencies.js';
import { omegaIsDynamic, type FoldedOmega, type RopeIR } from '../ir.js';

export function foldFrequencies(ir: RopeIR): RopeIR {
  return { ...ir, omega: fold(ir) };
}

function fold(ir: RopeIR): FoldedOmega {
  const pairTable = (j: number) => ir.tables[ir.pairs[j].table];
  if (!omegaIsDynamic(ir)) {
    return { kind: 'static', omega: ir.pairs.map((p) => tableOmega(ir.tables[p.table], p.k)) };
  }
  const first = pairTable(0).scaling!;
  if (first.kind === 'dynamic') {
    // ω_k(L) = θ^(−2k/D) · s^(−2k/(D−2)), s = factor·L/L0 − (factor − 1): one pow per pair per call.
    return {
      kind: 'ntk_dynamic',
      base: ir.pairs.map((p) => rawOmega(ir.tables[p.table], p.k) * ir.tables[p.table].scale),
      expo: ir.pairs.map((p) => (-2 * p.k) / (ir.tables[p.table].dim - 2)),
      factor: first.factor,
      original: first.original,
    };
  }
  if (first.kind === 'longrope') {
    const at = (select: 'short' | 'long') =>
      ir.pairs.map((p) => {
        const t = ir.tables[p.table];
        return tableOmega({ ...t, scaling: { ...first, select } }, p.k);
      });
    return { kind: 'select', short: at('short'), long: at('long'), threshold: first.original };
  }
  throw new Error(`foldFrequencies: unexpected dynamic scaling ${first.kind}`);
}

/** ω per pair for a run-time sequence length, from the folded form. */
export function foldedOmegaAt(omega: FoldedOmega, seqLen: number | undefined): number[] {
  switch (omega.kind) {
    case 'static':
      return omega.omega;
    case 'ntk_dynamic': {
      if (seqLen === undefined) throw new RangeError("scaling dynamic needs the run-time sequence length 'seq_len'");
      const L = Math.max(seqLen, omega.original);
      const s = (omega.factor * L) / omega.original - (omega.factor - 1);
      return omega.base.map((b, j) => b * Math.pow(s, omega.expo[j]));
    }
    case 'select':
      if (seqLen === undefined) throw new RangeError("longrope select auto needs the run-time sequence length 'seq_len'");
      return seqLen > omega.threshold ? omega.long : omega.short;
  }
}
