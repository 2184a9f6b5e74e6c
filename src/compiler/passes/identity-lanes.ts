// Pass identityLanes: the lanes of a head that no pair touches (partial rotary, a rotary offset)
// become [start, end) ranges the kernels copy unchanged (out-of-place) or skip (in-place).
// Contract: pairs' lanes and identity lanes partition 0 … headDim−1. Tested in test/passes.test.ts.
import type { RopeIR } from '../ir.js';

export function identityLanes(ir: RopeIR): RopeIR {
  const used = new Uint8Array(ir.headDim);
  for (const p of ir.pairs) {
    used[p.laneA] = 1;
    used[p.laneB] = 1;
  }
  const ranges: [number, number][] = [];
  for (let lane = 0; lane < ir.headDim; lane++) {
    if (used[lane]) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === lane) last[1] = lane + 1;
    else ranges.push([lane, lane + 1]);
  }
  return { ...ir, identityLanes: ranges };
}
