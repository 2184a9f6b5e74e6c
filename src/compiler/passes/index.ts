// The flat, named pass pipeline. `ropec build --dump-after NAME` prints the IR after NAME.
import type { OptimizedIR, RopeIR } from '../ir.js';
import { foldFrequencies } from './fold-frequencies.js';
import { identityLanes } from './identity-lanes.js';
import { laneRuns } from './lane-runs.js';
import { shareSinCos } from './share-sincos.js';

export interface Pass {
  name: string;
  run: (ir: RopeIR) => RopeIR;
}

export const PIPELINE: readonly Pass[] = [
  { name: 'foldFrequencies', run: foldFrequencies },
  { name: 'identityLanes', run: identityLanes },
  { name: 'laneRuns', run: laneRuns },
  { name: 'shareSinCos', run: shareSinCos },
];

export const PASS_NAMES = ['lower', ...PIPELINE.map((p) => p.name)];

/** Runs the pipeline; `onPass` sees the IR after each pass (for --dump-after and invariant checks). */
export function optimize(ir: RopeIR, onPass?: (name: string, ir: RopeIR) => void): OptimizedIR {
  let cur = ir;
  onPass?.('lower', cur);
  for (const p of PIPELINE) {
    cur = p.run(cur);
    onPass?.(p.name, cur);
  }
  const { omega, identityLanes, laneRuns, schedule } = cur;
  if (!omega || !identityLanes || !laneRuns || !schedule) throw new Error('optimize: a pass left a derived field unset');
  return { ...cur, omega, identityLanes, laneRuns, schedule };
}
