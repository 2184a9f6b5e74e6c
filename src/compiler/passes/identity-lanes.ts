// Pass identityLanes: the lanes of a head that no pair touches (partial rotary, a rotary offset)
// become [start, end) ranges the kernels copy unchanged (out-of-place) or skip (in-place).
// Contract: pairs' lanes and identity lanes partition 0 … headDim−1.
import { tensorLanes, type PairIR, type RopeIR } from '../ir.js';

export function identityLanes(ir: RopeIR): RopeIR {
  return { ...ir, identityLanes: laneGaps(ir.pairs, ir.headDim, 0) };
}

/**
 * The identity lanes of tensor t's head: the pass's ranges, or, for a tensor with its own head_dim
 * and offset (`q … head_dim 192 offset 128`), the same rule over its head with the pairs shifted.
 */
export function tensorIdentityLanes(ir: RopeIR, t: 'q' | 'k'): [number, number][] {
  if (!ir.kernel.lanes?.[t] && ir.identityLanes) return ir.identityLanes;
  const { headDim, shift } = tensorLanes(ir, t);
  return laneGaps(ir.pairs, headDim, shift);
}

/** Lanes of a `headDim`-lane head that no pair (lanes + shift) touches, as [start, end) ranges. */
function laneGaps(pairs: readonly PairIR[], headDim: number, shift: number): [number, number][] {
  const used = new Uint8Array(headDim);
  for (const p of pairs) {
    used[p.laneA + shift] = 1;
    used[p.laneB + shift] = 1;
  }
  const ranges: [number, number][] = [];
  for (let lane = 0; lane < headDim; lane++) {
    if (used[lane]) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === lane) last[1] = lane + 1;
    else ranges.push([lane, lane + 1]);
  }
  return ranges;
}
