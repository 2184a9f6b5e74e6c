// The WGSL plan's work split, checked as invariants over random specs (no GPU needed): the
// invocations of one token must write every lane of a head exactly once, and the two halves of a
// packed 16-bit word must belong to one invocation, or two invocations would race on the word's
// read-modify-write. The GPU tests (test/wgsl.test.ts) show the numbers are right; these show the
// split is right for shapes the random draw may not reach there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planWgsl } from '../src/backends/wgsl/plan.js';
import { compile } from '../src/index.js';
import { arbitrarySpec } from './support/random-spec.js';

function planOf(source: string, storage: 'packed' | 'native' = 'packed') {
  const r = compile(source, { file: 'random.rope', targets: [] });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return planWgsl(r.irs[0], 64, storage);
}

/** Which group writes each lane, or throws when a lane is written twice. */
function writers(groups: { pairs: number[]; copyLanes: number[] }[], laneA: number[], laneB: number[], headDim: number): number[] {
  const owner = new Array<number>(headDim).fill(-1);
  groups.forEach((g, gi) => {
    const lanes = [...g.pairs.flatMap((j) => [laneA[j], laneB[j]]), ...g.copyLanes];
    for (const lane of lanes) {
      if (owner[lane] !== -1) throw new Error(`lane ${lane} written by groups ${owner[lane]} and ${gi}`);
      owner[lane] = gi;
    }
  });
  return owner;
}

describe('WGSL plan: out-of-place work split', () => {
  it('every lane is written once, by the group that owns its storage word (random specs, packed and native)', () => {
    let mixedWords = 0;
    fc.assert(
      fc.property(arbitrarySpec, ({ source }) => {
        for (const storage of ['packed', 'native'] as const) {
          const src = storage === 'native' ? source.replace(/dtype \S+( native)?/, 'dtype f16 native') : source;
          const plan = planOf(src, storage);
          // The out-of-place groups start with the in-place pair groups, in order.
          expect(plan.outGroups.slice(0, plan.groups.length).map((g) => g.pairs)).toEqual(plan.groups);
          expect(plan.outGroups.slice(plan.groups.length).every((g) => g.pairs.length === 0 && g.copyLanes.length > 0)).toBe(true);
          const owner = writers(plan.outGroups, plan.laneA, plan.laneB, plan.headDim);
          expect(owner.every((g) => g >= 0)).toBe(true);
          const per = plan.elementsPerWord;
          for (let lane = 0; lane < plan.headDim; lane += per) {
            const word = owner.slice(lane, lane + per);
            expect(new Set(word).size, `word of lane ${lane}`).toBe(1);
            const rotated = [lane, lane + 1].map((l) => plan.laneA.includes(l) || plan.laneB.includes(l));
            if (per === 2 && rotated[0] !== rotated[1]) mixedWords++;
          }
          // The in-place groups alone also never share a word.
          const inPlace = writers(plan.groups.map((pairs) => ({ pairs, copyLanes: [] })), plan.laneA, plan.laneB, plan.headDim);
          for (let lane = 0; lane < plan.headDim; lane += per) {
            const ws = new Set(inPlace.slice(lane, lane + per).filter((g) => g >= 0));
            expect(ws.size).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300, seed: 77 },
    );
    // The draw reaches words that hold a rotated lane and a pass-through lane (odd rotary offsets).
    expect(mixedWords).toBeGreaterThan(0);
  });

  it('a by-eye case: head_dim 10, rotary dim 4 offset 1, bf16', () => {
    const plan = planOf(`rope t {
  head_dim 10
  rotary dim 4 offset 1
  style half
  frequencies base 10000
  positions index
  kernel {
    dtype bf16
  }
}
`);
    // Pairs: (1, 3) and (2, 4). Words: {0,1} {2,3} {4,5} {6,7} {8,9}. Lanes 1–4 span words 0–2, so
    // both pairs are one group, which also copies lanes 0 and 5; lanes 6–9 are one copy-only group.
    expect(plan.laneA).toEqual([1, 2]);
    expect(plan.laneB).toEqual([3, 4]);
    expect(plan.groups).toEqual([[0, 1]]);
    expect(plan.outGroups).toEqual([{ pairs: [0, 1], copyLanes: [0, 5] }, { pairs: [], copyLanes: [6, 7, 8, 9] }]);
  });
});
