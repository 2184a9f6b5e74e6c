// The WGSL plan's work split, checked as invariants over random specs (no GPU needed): the
// invocations of one token must write every lane of a head exactly once, and the two halves of a
// packed 16-bit word must belong to one invocation, or two invocations would race on the word's
// read-modify-write. The GPU tests (test/wgsl.test.ts) show the numbers are right; these show the
// split is right for shapes the random draw may not reach there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planWgsl, type WgslPlan } from '../src/backends/wgsl/plan.js';
import { compile } from '../src/index.js';
import { arbitraryAlignedSpec, arbitrarySpec, arbitraryTailSpec } from './support/random-spec.js';

function planOf(source: string, storage: 'packed' | 'native' = 'packed') {
  const r = compile(source, { file: 'random.rope', targets: [] });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return planWgsl(r.irs[0], 64, { storage });
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
  it('every lane is written once, by the group that owns its storage word or vector (random specs, packed and native)', () => {
    let mixedWords = 0;
    fc.assert(
      fc.property(fc.oneof(arbitrarySpec, arbitraryAlignedSpec, arbitraryTailSpec), ({ source }) => {
        for (const storage of ['packed', 'native'] as const) {
          const src = storage === 'native' ? source.replace(/dtype \S+( native)?/, 'dtype f16 native') : source;
          const plan = planOf(src, storage);
          // The out-of-place groups start with the in-place pair groups, in order.
          expect(plan.outGroups.slice(0, plan.groups.length).map((g) => g.pairs)).toEqual(plan.groups);
          expect(plan.outGroups.slice(plan.groups.length).every((g) => g.pairs.length === 0 && g.copyLanes.length > 0)).toBe(true);
          const owner = writers(plan.outGroups, plan.laneA, plan.laneB, plan.headDim);
          expect(owner.every((g) => g >= 0)).toBe(true);
          // The unit of one access: a packed word, or a 16-byte vector.
          const per = plan.accessLanes;
          expect(per).toBe(plan.vector ? plan.vector.lanes : plan.elementsPerWord);
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

/** For each lane of a head: the pair that rotates it as its a lane or b lane, or undefined. */
function lanePairs(plan: WgslPlan): { a: (number | undefined)[]; b: (number | undefined)[] } {
  const a = new Array<number | undefined>(plan.headDim).fill(undefined);
  const b = new Array<number | undefined>(plan.headDim).fill(undefined);
  plan.laneA.forEach((lane, j) => (a[lane] = j));
  plan.laneB.forEach((lane, j) => (b[lane] = j));
  return { a, b };
}

describe('WGSL plan: 16-byte vectors', () => {
  /** Checks the vector groups' lanes and that no vector is touched by two groups; returns the kinds seen. */
  function checkVectorPlan(plan: WgslPlan, kinds: Set<string>): void {
    const v = plan.vector!;
    const W = v.lanes;
    expect(W).toBe(plan.dtype === 'f32' ? 4 : 8);
    const { a, b } = lanePairs(plan);
    const covered = new Set<number>();
    const vectorOwner = new Map<number, number>();
    const own = (vec: number, g: number) => {
      const other = vectorOwner.get(vec);
      if (other !== undefined && other !== g) throw new Error(`vector ${vec} touched by groups ${other} and ${g}`);
      vectorOwner.set(vec, g);
    };
    plan.groups.forEach((pairs, g) => {
      const lanes = (vec: number) => Array.from({ length: W }, (_, i) => vec * W + i);
      if (g >= v.vectorGroups) {
        kinds.add(`${plan.dtype}/tail`);
        for (const j of pairs) for (const lane of [plan.laneA[j], plan.laneB[j]]) own(Math.floor(lane / W), g);
      } else if (v.kind[g] === 'split') {
        kinds.add(`${plan.dtype}/split`);
        // Lane i of vector A is pair i's a lane and lane i of vector B its b lane. The kernel
        // packs c, s in that order (f32: one vec4; 16-bit: even pairs in lo, odd in hi).
        expect(pairs).toHaveLength(W);
        expect(lanes(v.vecA[g]).map((l) => a[l])).toEqual(pairs);
        expect(lanes(v.vecB[g]).map((l) => b[l])).toEqual(pairs);
        own(v.vecA[g], g);
        own(v.vecB[g], g);
      } else {
        kinds.add(`${plan.dtype}/adjacent`);
        // One vector of (a0, b0, a1, b1, …): pair i at lanes 2i and 2i + 1.
        expect(pairs).toHaveLength(W / 2);
        expect(v.vecB[g]).toBe(v.vecA[g]);
        const ls = lanes(v.vecA[g]);
        expect(ls.filter((_, i) => i % 2 === 0).map((l) => a[l])).toEqual(pairs);
        expect(ls.filter((_, i) => i % 2 === 1).map((l) => b[l])).toEqual(pairs);
        own(v.vecA[g], g);
      }
      for (const j of pairs) {
        expect(covered.has(j)).toBe(false);
        covered.add(j);
      }
    });
    expect(covered.size).toBe(plan.pairs);
  }

  it('each vector group reads exactly the lanes of its pairs, in the order the kernel assumes (random aligned specs)', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(arbitraryAlignedSpec, ({ source }) => {
        const plan = planOf(source);
        // Aligned specs always split into whole vectors, with no tail.
        expect(plan.vector).not.toBeNull();
        expect(plan.vector!.vectorGroups).toBe(plan.groups.length);
        checkVectorPlan(plan, kinds);
      }),
      { numRuns: 300, seed: 78 },
    );
    expect([...kinds].sort()).toEqual(['bf16/adjacent', 'bf16/split', 'f16/adjacent', 'f16/split', 'f32/adjacent', 'f32/split']);
  });

  it('vector chunks and a scalar tail never share a vector (random tail specs)', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(arbitraryTailSpec, ({ source }) => {
        const plan = planOf(source);
        if (plan.vector) checkVectorPlan(plan, kinds);
      }),
      { numRuns: 300, seed: 79 },
    );
    for (const dtype of ['f32', 'f16', 'bf16']) expect(kinds.has(`${dtype}/tail`), dtype).toBe(true);
  });

  const spec = (headDim: number, rotary: string, style: string, dtype: string) => `rope t {
  head_dim ${headDim}
${rotary}  style ${style}
  frequencies base 10000
  positions index
  kernel {
    dtype ${dtype}
  }
}
`;

  it('by-eye cases: which heads split into vectors, and which stay scalar', () => {
    // head_dim 128, half style, f32: pairs (j, j + 64); group g = pairs 4g … 4g+3, vectors g and g + 16.
    const llama = planOf(spec(128, '', 'half', 'f32'));
    expect(llama.vector?.lanes).toBe(4);
    expect(llama.groups).toHaveLength(16);
    expect(llama.groups[1]).toEqual([4, 5, 6, 7]);
    expect([llama.vector!.vecA[1], llama.vector!.vecB[1]]).toEqual([1, 17]);
    // Interleaved bf16: a vector holds 4 pairs, (2i, 2i + 1).
    const gptj = planOf(spec(64, '', 'interleaved', 'bf16'));
    expect(gptj.vector?.kind.every((k) => k === 'adjacent')).toBe(true);
    expect(gptj.groups).toHaveLength(8);
    expect(gptj.groups[2]).toEqual([8, 9, 10, 11]);
    // GPT-NeoX-20B: 24 rotary lanes of 96 in f16: pairs (j, j + 12), and 12 is not a multiple of
    // the 8 lanes of a vector: no chunk is a whole vector, so the kernel keeps scalar access.
    const neox = planOf(spec(96, '  rotary dim 24\n', 'half', 'f16'));
    expect(neox.vector).toBeNull();
    expect(neox.accessLanes).toBe(2);
    // The same in f32 splits (12 is a multiple of 4); pass-through lanes 24–95 are copied as vectors.
    const neox32 = planOf(spec(96, '  rotary dim 24\n', 'half', 'f32'));
    expect(neox32.vector?.lanes).toBe(4);
    expect(neox32.outGroups.slice(neox32.groups.length).flatMap((g) => g.copyLanes)).toEqual(Array.from({ length: 72 }, (_, i) => 24 + i));
    // Wan-style lanes [t 24, h 20, w 20] interleaved: the lanes of the three axes are contiguous
    // and step by 2, so they are one run of 32 pairs: 8 bf16 vectors of 4 pairs, no tail.
    const wanSpec = (style: string, dtype: string) => `rope t {
  head_dim 64
  style ${style}
  axes lanes [t 24, h 20, w 20]
  frequencies base 10000 over axis
  positions grid(t, h, w)
  kernel {
    dtype ${dtype}
  }
}
`;
    const wan = planOf(wanSpec('interleaved', 'bf16'));
    expect(wan.vector?.vectorGroups).toBe(8);
    expect(wan.groups).toHaveLength(8);
    // The same lanes in half style, f32: t's pairs (i, 12 + i) fill 3 + 3 vectors; h's pairs
    // (24 + i, 34 + i) and w's (44 + i, 54 + i) have b lanes that start mid-vector, so each axis is
    // one tail group (its pairs chain vectors 6–10 and 11–15 together).
    const half = planOf(wanSpec('half', 'f32'));
    expect(half.vector?.vectorGroups).toBe(3);
    expect(half.vector?.vecA).toEqual([0, 1, 2]);
    expect(half.vector?.vecB).toEqual([3, 4, 5]);
    expect(half.groups.slice(3)).toEqual([Array.from({ length: 10 }, (_, i) => 12 + i), Array.from({ length: 10 }, (_, i) => 22 + i)]);
    // Native f16 storage and the --wgsl-scalar option keep scalar access.
    expect(planOf(spec(128, '', 'half', 'f16 native'), 'native').vector).toBeNull();
    const r = compile(spec(128, '', 'half', 'f32'), { file: 't.rope', targets: [] });
    expect(planWgsl(r.irs[0], 64, { vector: false }).vector).toBeNull();
  });
});
