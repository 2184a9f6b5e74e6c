// Pass laneRuns: groups consecutive pairs whose lanes step by a constant stride into runs, so a
// kernel's rotation loop is `a = a0 + i·stride` instead of two table look-ups per pair.
// half style over one block → one run (stride 1); interleaved → one run (stride 2); a lanes
// layout → one run per axis. Contract: runs cover pairs 0 … P−1 in order, exactly once.
import type { LaneRun, RopeIR } from '../ir.js';

export function laneRuns(ir: RopeIR): RopeIR {
  const runs: LaneRun[] = [];
  for (const p of ir.pairs) {
    const run = runs[runs.length - 1];
    if (run) {
      const i = run.count;
      if (run.count === 1) {
        const stride = p.laneA - run.a0;
        if (stride > 0 && p.laneB - run.b0 === stride) {
          run.stride = stride;
          run.count++;
          continue;
        }
      } else if (p.laneA === run.a0 + i * run.stride && p.laneB === run.b0 + i * run.stride) {
        run.count++;
        continue;
      }
    }
    runs.push({ firstPair: p.index, count: 1, a0: p.laneA, b0: p.laneB, stride: 1 });
  }
  return { ...ir, laneRuns: runs };
}
