// Schedules (src/kernel/schedule.ts) checked as invariants over random specs, no GPU needed: the
// items of one token rotate every pair exactly once and (out of place) copy every pass-through
// lane exactly once; vector parts sit on 16-byte boundaries; and where a store may rewrite more
// than its element (a packed 16-bit word, a whole vector in WGSL) no two items write the same
// unit, or two invocations would race on its read-modify-write. The GPU and CPU-harness tests show
// the numbers are right; these show the split is right for shapes the random draws may not reach.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OptimizedIR } from '../src/compiler/ir.js';
import { schedule, type Part, type Schedule } from '../src/kernel/schedule.js';
import { compile } from '../src/index.js';
import { arbitraryAlignedSpec, arbitrarySpec, arbitraryTailSpec } from './support/random-spec.js';

function irOf(source: string): OptimizedIR {
  const r = compile(source, { file: 'random.rope' });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.irs[0];
}

/** Every (item, part) of a schedule with its pairs and lanes resolved. */
function expand(s: Schedule): { item: number; part: Part }[] {
  const out: { item: number; part: Part }[] = [];
  let item = 0;
  for (const cls of s.classes) {
    for (let k = 0; k < cls.items; k++, item++) {
      for (const p of cls.parts) {
        out.push({
          item,
          part: p.kind === 'rotate'
            ? { ...p, firstPair: p.firstPair + k * cls.pairStep, laneA: p.laneA + k * cls.laneStep, laneB: p.laneB + k * cls.laneStep }
            : { ...p, lane: p.lane + k * cls.laneStep },
        });
      }
    }
  }
  expect(item).toBe(s.itemsPerToken);
  return out;
}

/** Lanes a part writes (pairs' lanes for rotations, the range for copies). */
function writes(ir: OptimizedIR, p: Part, W: number): number[] {
  if (p.kind === 'copy') return Array.from({ length: p.lanes }, (_, i) => p.lane + i);
  const lanes: number[] = [];
  for (let i = 0; i < p.pairs; i++) {
    const pair = ir.pairs[p.firstPair + i];
    const a = p.access === 'adjacent' ? p.laneA + 2 * i : p.laneA + i * (p.access === 'split' ? 1 : p.stride);
    const b = p.access === 'adjacent' ? a + 1 : p.laneB + i * (p.access === 'split' ? 1 : p.stride);
    // The part's lanes are the pair's lanes.
    expect([a, b]).toEqual([pair.laneA, pair.laneB]);
    lanes.push(a, b);
  }
  if (p.access !== 'scalar') expect(p.laneA % W).toBe(0);
  return lanes;
}

describe('schedules: every pair and lane once, units owned by one item', () => {
  it('scalar, vector and runs schedules over random specs, for byte-addressable stores, packed words and bound vectors', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(arbitrarySpec, arbitraryAlignedSpec, arbitraryTailSpec), ({ source }) => {
        const ir = irOf(source);
        const W = ir.kernel.dtype === 'f32' ? 4 : 8;
        for (const [kind, unit] of [['scalar', 1], ['scalar', 2], ['vector', 1], ['vector', W], ['runs', 1]] as const) {
          for (const outOfPlace of [false, true]) {
            const s = schedule(ir, kind, outOfPlace, unit, 'q');
            const pairs = new Array<number>(ir.pairs.length).fill(0);
            const owner = new Array<number>(ir.headDim).fill(-1);
            for (const { item, part } of expand(s)) {
              if (part.kind === 'rotate') for (let i = 0; i < part.pairs; i++) pairs[part.firstPair + i]++;
              seen.add(`${s.kind}/${part.kind}/${part.access}`);
              for (const lane of writes(ir, part, W)) {
                expect(owner[lane], `lane ${lane} written twice (${kind}, unit ${unit})`).toBe(-1);
                owner[lane] = item;
              }
            }
            expect(pairs.every((n) => n === 1)).toBe(true);
            const identity = new Set(ir.identityLanes.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i)));
            for (let lane = 0; lane < ir.headDim; lane++) {
              // Out of place every lane is written; in place only the rotated ones.
              expect(owner[lane] >= 0, `lane ${lane}`).toBe(outOfPlace || !identity.has(lane));
            }
            // The unit a store may rewrite belongs to one item.
            const u = s.kind === 'vector' ? Math.max(unit, 1) : unit;
            for (let lane = 0; lane < ir.headDim; lane += u) {
              const items = new Set(owner.slice(lane, lane + u).filter((x) => x >= 0));
              expect(items.size, `unit at lane ${lane} (${kind}, unit ${unit})`).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 300, seed: 20_261_205 },
    );
    // The draws reached vector rotations of both shapes, scalar tails and vector copies.
    for (const k of ['vector/rotate/split', 'vector/rotate/adjacent', 'vector/rotate/scalar', 'vector/copy/split', 'scalar/rotate/scalar', 'runs/copy/scalar']) {
      expect(seen.has(k), k).toBe(true);
    }
  });

  it('a head with both vector shapes and a tail: split (t), adjacent (h, w), scalar (v)', () => {
    // f32: t's pairs (i, 8 + i) fill vectors 0–3 (two split items); h (16, 17) and w (18, 19) are
    // one run of stride 2, one adjacent vector; v's pairs (20 + i, 23 + i) start mid-vector: with
    // vectors owned, one item holds all three (vectors 5 and 6), and out of place it also copies
    // lanes 26 and 27; lanes 28–31 are a copy-only vector.
    const ir = irOf(`rope shapes {
  head_dim 32
  rotary dim 26
  style half
  axes lanes [t 16, h 2, w 2, v 6]
  frequencies base 10000 over axis
  positions tensor float
  kernel {
    dtype f32
  }
}
`);
    const s = schedule(ir, 'vector', true, 4, 'q');
    const items = expand(s);
    expect(items.map(({ item, part }) => `${item}:${part.kind}/${part.access}@${part.kind === 'rotate' ? `${part.laneA},${part.laneB}` : part.lane}`)).toEqual([
      '0:rotate/split@0,8', '1:rotate/split@4,12', '2:rotate/adjacent@16,17',
      '3:rotate/scalar@20,23', '3:rotate/scalar@21,24', '3:rotate/scalar@22,25', '3:copy/scalar@26', '4:copy/split@28',
    ]);
    expect(schedule(ir, 'scalar', false, 1, 'q').itemsPerToken).toBe(13);
  });

  it('the vector schedule is taken only where some run has a whole vector of pairs', () => {
    // GPT-NeoX-20B: 12 pairs (j, j + 12) in f16 — no 8-lane vector of pairs anywhere.
    const ir = irOf(`rope neox {\n  head_dim 96\n  rotary factor 0.25\n  style half\n  frequencies base 10000\n  positions index\n  kernel {\n    dtype f16\n  }\n}\n`);
    expect(schedule(ir, 'vector', false, 8, 'q').kind).toBe('scalar');
    // Packed words: pairs 2m and 2m + 1 share their words, one item of two pairs each, one class.
    const packed = schedule(ir, 'scalar', false, 2, 'q');
    expect(packed.classes).toHaveLength(1);
    expect(packed.classes[0]).toMatchObject({ items: 6, pairStep: 2, laneStep: 2 });
  });
});
