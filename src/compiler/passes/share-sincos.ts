// Pass shareSinCos: fixes the loop nest every backend emits — positions and sin/cos once per
// (token, pair), then every head of q and of k reuses them — and records whether positions are
// computed in the kernel (index, offsets, grids, segment tables) rather than read from a tensor.
// Contract: only sets `schedule`; numbers are unchanged. Tested in test/passes.test.ts.
import type { RopeIR } from '../ir.js';

export function shareSinCos(ir: RopeIR): RopeIR {
  // Everything but a positions tensor is computed in the kernel (segment tables included).
  const inKernel = ir.positions.source.kind !== 'tensor';
  return { ...ir, schedule: { sincosPerTokenPair: true, positionsInKernel: inKernel } };
}
