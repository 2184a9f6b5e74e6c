// Chunk plans: how the work of one token is split into units of one thread, shared by the CUDA and
// WGSL backends. A rotate chunk is a few consecutive pairs of one lane run (sin/cos computed once,
// then every head of q and k rotated); a copy chunk is a few identity lanes (out-of-place only).
// The vector plan uses 16-byte accesses where a run's lanes line up; the scalar plan is one pair
// (or lane) per chunk. CUDA keeps both and picks at launch by pointer alignment, with scalar tails
// inside the vector plan; WGSL takes the vector chunks and regroups the tail so that no two
// invocations share a vector (a WGSL write to one component of a vector may touch all of it).
import type { RopeIR } from '../compiler/ir.js';

export interface RotateSegment {
  kind: 'rotate';
  firstChunk: number;
  chunks: number;
  /** Pair index and lanes of the segment's first pair; each chunk advances by pairsPerChunk. */
  firstPair: number;
  pairsPerChunk: number;
  laneA: number;
  laneB: number;
  /** Lane step between consecutive pairs (1 for half-style runs, 2 for interleaved). */
  stride: number;
  /** Vector chunk: half style loads pairsPerChunk lanes at laneA and at laneB; adjacent loads 2·pairsPerChunk lanes at laneA. */
  vector: 'none' | 'split' | 'adjacent';
}

export interface CopySegment {
  kind: 'copy';
  firstChunk: number;
  chunks: number;
  firstLane: number;
  lanesPerChunk: number;
  vector: boolean;
}

export type Segment = RotateSegment | CopySegment;

export interface ChunkPlan {
  segments: Segment[];
  chunksPerToken: number;
}

/**
 * The chunk plan for vectors of `vectorLanes` elements (16 bytes), or the scalar plan when null.
 * A vector chunk is used only where every head's lanes start on a 16-byte boundary; the rest of a
 * run falls back to one pair (or lane) per chunk.
 */
export function chunkPlan(ir: RopeIR, vectorLanes: number | null): ChunkPlan {
  const W = vectorLanes !== null && ir.headDim % vectorLanes === 0 ? vectorLanes : null;
  const segments: Segment[] = [];
  let next = 0;
  const rotate = (firstPair: number, count: number, laneA: number, laneB: number, stride: number, pairsPerChunk: number, vector: RotateSegment['vector']) => {
    if (count <= 0) return;
    const chunks = count / pairsPerChunk;
    segments.push({ kind: 'rotate', firstChunk: next, chunks, firstPair, pairsPerChunk, laneA, laneB, stride, vector });
    next += chunks;
  };
  const copy = (firstLane: number, count: number, lanesPerChunk: number, vector: boolean) => {
    if (count <= 0) return;
    const chunks = count / lanesPerChunk;
    segments.push({ kind: 'copy', firstChunk: next, chunks, firstLane, lanesPerChunk, vector });
    next += chunks;
  };
  for (const run of ir.laneRuns ?? fallbackRuns(ir)) {
    let vectorPairs = 0;
    let kind: RotateSegment['vector'] = 'none';
    let perChunk = 1;
    if (W !== null && run.count > 1 && run.stride === 1 && run.a0 % W === 0 && run.b0 % W === 0) {
      kind = 'split';
      perChunk = W;
      vectorPairs = Math.floor(run.count / W) * W;
    } else if (W !== null && run.count > 1 && run.stride === 2 && run.b0 === run.a0 + 1 && run.a0 % W === 0) {
      kind = 'adjacent';
      perChunk = W / 2;
      vectorPairs = Math.floor(run.count / perChunk) * perChunk;
    }
    rotate(run.firstPair, vectorPairs, run.a0, run.b0, run.stride, perChunk, kind);
    const tail = vectorPairs;
    rotate(run.firstPair + tail, run.count - tail, run.a0 + tail * run.stride, run.b0 + tail * run.stride, run.stride, 1, 'none');
  }
  if (!ir.kernel.inplace) {
    for (const [start, end] of ir.identityLanes ?? []) {
      if (W === null) {
        copy(start, end - start, 1, false);
        continue;
      }
      const vStart = Math.min(end, Math.ceil(start / W) * W);
      const vCount = Math.floor((end - vStart) / W) * W;
      copy(start, vStart - start, 1, false);
      copy(vStart, vCount, W, true);
      copy(vStart + vCount, end - vStart - vCount, 1, false);
    }
  }
  return { segments, chunksPerToken: next };
}

function fallbackRuns(ir: RopeIR) {
  return ir.pairs.map((p) => ({ firstPair: p.index, count: 1, a0: p.laneA, b0: p.laneB, stride: 1 }));
}

/** Whether the vector plan differs from the scalar one (else only the scalar kernel is built). */
export function hasVectorPlan(ir: RopeIR, vectorLanes: number): boolean {
  return chunkPlan(ir, vectorLanes).segments.some((s) => (s.kind === 'rotate' ? s.vector !== 'none' : s.vector));
}
