// Schedules: how the work of one token is split into work items, as data. An item runs a few
// *parts* in series: a rotate part is consecutive pairs of one lane run (sin/cos computed once,
// then every head of q and k), a copy part is pass-through lanes (out of place only). Items come in
// classes of consecutive items whose parts advance by a fixed step, so a kernel dispatches a class
// with one comparison and one call, whatever the head size.
//
// What a target can do picks the schedule: GPUs spread items over threads, 16 bytes at a time
// where the lanes line up (`vector`) or one pair at a time (`scalar`), and a target whose stores
// may touch more than their element (WGSL: a u32 word of two 16-bit lanes, or a whole vec4) gets
// items that own every unit they write. The CPU takes whole lane runs per part (`runs`).
import { sameLanes, tensorLanes, type OptimizedIR } from '../compiler/ir.js';
import { fp8Cache, tensors } from './args.js';
import { tensorIdentityLanes } from '../compiler/passes/identity-lanes.js';
import { c, e, type Expr, type Scalar } from './ir.js';

export type Access =
  /** One lane at a time. */
  | 'scalar'
  /** 16-byte vectors: n pairs' a lanes in one vector, their b lanes in another (half style). */
  | 'split'
  /** 16-byte vectors: n pairs as (a, b) neighbours in one vector (interleaved style). */
  | 'adjacent';

/**
 * `repeat` (items that own whole heads, a norm's): the part runs `count` times in series, advanced
 * by `pairStep` pairs and `laneStep` lanes each time (a loop, where a class would spread them over items).
 */
export interface Repeat {
  count: number;
  pairStep: number;
  laneStep: number;
}

export type Part =
  | { kind: 'rotate'; firstPair: number; pairs: number; laneA: number; laneB: number; stride: number; access: Access; repeat?: Repeat }
  | { kind: 'copy'; lane: number; lanes: number; access: Access; repeat?: Repeat };

/** `items` consecutive items; item k runs `parts` with pairs and lanes advanced by k · step. */
export interface ItemClass {
  items: number;
  parts: Part[];
  /** Per item: pairs and lanes to advance (0 when items = 1). */
  pairStep: number;
  laneStep: number;
}

export interface Schedule {
  kind: 'scalar' | 'vector' | 'runs';
  /** Lanes per 16-byte vector (vector schedules): 4 for f32, 8 for 16-bit storage. */
  vectorLanes: number;
  classes: ItemClass[];
  itemsPerToken: number;
}

export type ScheduleKind = Schedule['kind'];

/** Lanes per 16-byte vector of the spec's storage: 4 for f32, 8 for 16-bit (every schedule's vectorLanes). */
export const lanesPerVector = (ir: OptimizedIR) => (ir.kernel.dtype === 'f32' ? 4 : 8);

/**
 * The schedule of one kernel variant. `unit`: lanes a store may touch besides its own, so one
 * item must own all of them (1: byte-addressable memory; 2: packed 16-bit words; vectorLanes:
 * vector-bound buffers). `outOfPlace`: pass-through lanes are copied too. `t`: the tensor whose
 * heads it covers; the lanes are that tensor's (q and k differ only where the kernel block gives
 * one its own head_dim or offset, as MLA's q).
 */
export function schedule(ir: OptimizedIR, kind: ScheduleKind, outOfPlace: boolean, unit: number, t: 'q' | 'k'): Schedule {
  const W = lanesPerVector(ir);
  const classes: ItemClass[] = [];
  const { headDim, shift } = tensorLanes(ir, t);
  // A norm before the rotation scales the pass-through lanes too, and a KV cache needs every lane
  // of k (and of v, stored lane for lane with k): they are written in place as well.
  // (The CPU's runs copy whole heads into the cache after the token's parts: no copies needed for
  // it, except into an fp8 cache, which every kernel writes lane by lane as it stores k.)
  const copies = outOfPlace || ir.kernel.norm || (ir.kernel.kvCache && t === 'k' && (kind !== 'runs' || fp8Cache(ir))) ? tensorIdentityLanes(ir, t) : [];
  const laneRuns = shift === 0 ? ir.laneRuns : ir.laneRuns.map((r) => ({ ...r, a0: r.a0 + shift, b0: r.b0 + shift }));
  if (kind === 'runs') {
    // One item per token: every lane run, then every pass-through range, in series. (Cutting an
    // M-RoPE run at its sections, so each part reads one component, was measured slower: three
    // passes over the heads instead of one.)
    const parts: Part[] = laneRuns.map((r) => ({ kind: 'rotate', firstPair: r.firstPair, pairs: r.count, laneA: r.a0, laneB: r.b0, stride: r.stride, access: 'scalar' }));
    for (const [start, end] of copies) parts.push({ kind: 'copy', lane: start, lanes: end - start, access: 'scalar' });
    return { kind, vectorLanes: W, classes: [{ items: 1, parts, pairStep: 0, laneStep: 0 }], itemsPerToken: 1 };
  }
  const split = (r: OptimizedIR['laneRuns'][number]) => r.count >= W && r.stride === 1 && r.a0 % W === 0 && r.b0 % W === 0;
  const adjacent = (r: OptimizedIR['laneRuns'][number]) => r.count >= W / 2 && r.stride === 2 && r.b0 === r.a0 + 1 && r.a0 % W === 0;
  // 16-byte access only where some run has a whole vector of pairs.
  const vector = kind === 'vector' && headDim % W === 0 && laneRuns.some((r) => split(r) || adjacent(r));
  const loose: Part[] = [];
  for (const r of laneRuns) {
    let done = 0;
    if (vector && split(r)) {
      done = Math.floor(r.count / W) * W;
      classes.push({ items: done / W, parts: [{ kind: 'rotate', firstPair: r.firstPair, pairs: W, laneA: r.a0, laneB: r.b0, stride: 1, access: 'split' }], pairStep: W, laneStep: W });
    } else if (vector && adjacent(r)) {
      done = Math.floor(r.count / (W / 2)) * (W / 2);
      classes.push({ items: (2 * done) / W, parts: [{ kind: 'rotate', firstPair: r.firstPair, pairs: W / 2, laneA: r.a0, laneB: r.b0, stride: 2, access: 'adjacent' }], pairStep: W / 2, laneStep: W });
    }
    for (let i = done; i < r.count; i++) {
      loose.push({ kind: 'rotate', firstPair: r.firstPair + i, pairs: 1, laneA: r.a0 + i * r.stride, laneB: r.b0 + i * r.stride, stride: r.stride, access: 'scalar' });
    }
  }
  const vectorCopies: Part[] = [];
  for (const [start, end] of copies) {
    if (!vector) {
      for (let l = start; l < end; l++) loose.push({ kind: 'copy', lane: l, lanes: 1, access: 'scalar' });
      continue;
    }
    const vStart = Math.min(end, Math.ceil(start / W) * W);
    const vCount = Math.floor((end - vStart) / W) * W;
    for (let l = start; l < vStart; l++) loose.push({ kind: 'copy', lane: l, lanes: 1, access: 'scalar' });
    for (let l = vStart; l < vStart + vCount; l += W) vectorCopies.push({ kind: 'copy', lane: l, lanes: W, access: 'split' });
    for (let l = vStart + vCount; l < end; l++) loose.push({ kind: 'copy', lane: l, lanes: 1, access: 'scalar' });
  }
  classes.push(...ownerClasses(loose, unit));
  classes.push(...regular(vectorCopies));
  // A norm needs a head's every lane before any is written: one item owns whole heads, its parts in series.
  if (ir.kernel.norm) return { kind: vector ? 'vector' : 'scalar', vectorLanes: W, classes: [wholeHead(merge(classes))], itemsPerToken: 1 };
  return { kind: vector ? 'vector' : 'scalar', vectorLanes: W, classes: merge(classes), itemsPerToken: classes.reduce((n, c) => n + c.items, 0) };
}

/**
 * Every item of every class as the parts of one item (the schedule of a kernel whose items own
 * whole heads): a class of 16-byte parts repeats them in a loop (its code once), scalar ones are
 * spelled out and joined into runs.
 */
function wholeHead(classes: ItemClass[]): ItemClass {
  const parts = classes.flatMap((cls) => {
    if (cls.items > 1 && cls.parts.every((p) => p.access !== 'scalar')) return cls.parts.map((p) => ({ ...p, repeat: { count: cls.items, pairStep: cls.pairStep, laneStep: cls.laneStep } }));
    return Array.from({ length: cls.items }, (_, k) => cls.parts.map((p): Part => (p.kind === 'rotate'
      ? { ...p, firstPair: p.firstPair + k * cls.pairStep, laneA: p.laneA + k * cls.laneStep, laneB: p.laneB + k * cls.laneStep }
      : { ...p, lane: p.lane + k * cls.laneStep }))).flat();
  });
  // Scalar pairs that continue each other's run become one part (a loop), as the CPU's runs.
  const joined: Part[] = [];
  for (const p of parts) {
    const last = joined[joined.length - 1];
    if (p.kind === 'rotate' && last?.kind === 'rotate' && p.access === 'scalar' && last.access === 'scalar' && !p.repeat && !last.repeat && p.stride === last.stride
      && p.firstPair === last.firstPair + last.pairs && p.laneA === last.laneA + last.pairs * last.stride && p.laneB === last.laneB + last.pairs * last.stride) {
      joined[joined.length - 1] = { ...last, pairs: last.pairs + p.pairs };
      continue;
    }
    joined.push(p);
  }
  return { items: 1, parts: coalesce(joined), pairStep: 0, laneStep: 0 };
}

/**
 * Scalar parts grouped so that no two items write the same unit of `unit` lanes: parts touching a
 * common unit share an item (union-find), items in order of their first lane. Regular groups
 * (one part each) collapse into classes.
 */
function ownerClasses(parts: Part[], unit: number): ItemClass[] {
  if (parts.length === 0) return [];
  const lanesOf = (p: Part) => (p.kind === 'rotate' ? [p.laneA, p.laneB] : [p.lane]);
  const parent = parts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  if (unit > 1) {
    const owner = new Map<number, number>();
    parts.forEach((p, i) => {
      for (const lane of lanesOf(p)) {
        const u = Math.floor(lane / unit);
        const other = owner.get(u);
        if (other === undefined) owner.set(u, i);
        else parent[find(i)] = find(other);
      }
    });
  }
  const groups = new Map<number, Part[]>();
  parts.forEach((p, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(p);
  });
  // Rotations first, in pair order; copy-only items after, COPY_LANES_PER_ITEM lanes of them at a time.
  const rotating = [...groups.values()].filter((g) => g.some((p) => p.kind === 'rotate'));
  const copyOnly = [...groups.values()].filter((g) => g.every((p) => p.kind === 'copy')).flat();
  const classes: ItemClass[] = [];
  for (const g of rotating) classes.push({ items: 1, parts: coalesce(g), pairStep: 0, laneStep: 0 });
  for (let i = 0; i < copyOnly.length;) {
    const item: Part[] = [];
    const unitOf = (p: Part) => Math.floor((p as { lane: number }).lane / unit);
    while (i < copyOnly.length && (item.length < COPY_LANES_PER_ITEM || unitOf(copyOnly[i]) === unitOf(item[item.length - 1]))) item.push(copyOnly[i++]);
    classes.push({ items: 1, parts: coalesce(item), pairStep: 0, laneStep: 0 });
  }
  return classes;
}

/** Adjacent scalar copies of an item become one copy of a lane range (a vector copy is 16 bytes, whatever follows it). */
function coalesce(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === 'copy' && last?.kind === 'copy' && p.access === 'scalar' && last.access === 'scalar' && last.lane + last.lanes === p.lane) {
      out[out.length - 1] = { ...last, lanes: last.lanes + p.lanes };
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Pass-through lanes per copy-only item when they must be grouped: enough work to amortize a thread, few enough to spread. */
const COPY_LANES_PER_ITEM = 16;

/** One item per part, for parts that step by a constant. */
function regular(parts: Part[]): ItemClass[] {
  return parts.map((p) => ({ items: 1, parts: [p], pairStep: 0, laneStep: 0 }));
}

/**
 * Consecutive classes whose parts have the same shapes and advance by one common step become one
 * class (64 one-pair items → one class of 64 items; items of two interleaved pairs likewise).
 */
function merge(classes: ItemClass[]): ItemClass[] {
  const out: ItemClass[] = [];
  for (const c of classes) {
    const last = out[out.length - 1];
    if (last && c.items === 1 && c.parts.length === last.parts.length && c.parts.every((p, i) => sameShape(last.parts[i], p))) {
      const diffs = c.parts.map((p, i) => stepBetween(last.parts[i], p));
      const first = diffs[0];
      const k = last.items;
      const common = first && diffs.every((d) => d && d.pairs === first.pairs && d.lanes === first.lanes);
      if (common && (k === 1 || (first.pairs === k * last.pairStep && first.lanes === k * last.laneStep))) {
        if (k === 1) {
          last.pairStep = first.pairs;
          last.laneStep = first.lanes;
        }
        last.items++;
        continue;
      }
    }
    out.push({ ...c, parts: [...c.parts] });
  }
  return out;
}

function sameShape(a: Part, b: Part): boolean {
  if (a.kind !== b.kind || a.access !== b.access) return false;
  if (a.kind === 'rotate' && b.kind === 'rotate') return a.pairs === b.pairs && a.stride === b.stride && a.laneB - a.laneA === b.laneB - b.laneA;
  return a.kind === 'copy' && b.kind === 'copy' && a.lanes === b.lanes;
}

function stepBetween(a: Part, b: Part): { pairs: number; lanes: number } | null {
  if (a.kind === 'rotate' && b.kind === 'rotate') {
    const pairs = b.firstPair - a.firstPair;
    const lanes = b.laneA - a.laneA;
    return pairs > 0 && lanes > 0 ? { pairs, lanes } : null;
  }
  if (a.kind === 'copy' && b.kind === 'copy') {
    const lanes = b.lane - a.lane;
    return lanes > 0 ? { pairs: 0, lanes } : null;
  }
  return null;
}

/** A variant's schedule for each tensor the call rotates: one object for both when their heads have one shape. */
export type TensorSchedules = Partial<Record<'q' | 'k', Schedule>>;

export function schedules(ir: OptimizedIR, kind: ScheduleKind, outOfPlace: boolean, unit: number): TensorSchedules {
  const out: TensorSchedules = {};
  // q and k share one schedule where their heads match, except in place with a KV cache and no
  // norm: k's pass-through lanes are then copied (to reach the cache) and q's are not touched.
  const own = ir.kernel.kvCache && !outOfPlace && !ir.kernel.norm && (kind !== 'runs' || fp8Cache(ir));
  for (const t of tensors(ir)) out[t] = out.q && sameLanes(ir) && !own ? out.q : schedule(ir, kind, outOfPlace, unit, t);
  return out;
}

/** The schedules' kind: 'vector' when some tensor's heads take 16-byte access. */
export const schedulesKind = (ts: TensorSchedules): ScheduleKind => (Object.values(ts).some((x) => x.kind === 'vector') ? 'vector' : Object.values(ts)[0]!.kind);

/**
 * Items per head group of q and of k (a tensor the call does not rotate counts as the other: it
 * has no groups). Equal unless one tensor has its own head shape.
 */
export function chunksOf(ts: TensorSchedules): HeadGroups {
  const q = ts.q?.itemsPerToken ?? ts.k!.itemsPerToken;
  return { q, k: ts.k?.itemsPerToken ?? q };
}

/**
 * Items per token of the 'serial' entry points (every head of an item's lanes in series): the one
 * schedule's items, or q's then k's where their heads differ.
 */
export const serialChunks = (ts: TensorSchedules): number => [...new Set(Object.values(ts))].reduce((n, x) => n + x.itemsPerToken, 0);

/** Items per head group of q and k, and per token of the serial entry points: what a launcher multiplies by. */
export interface Chunks extends HeadGroups {
  serial: number;
}

export const chunkCounts = (ts: TensorSchedules): Chunks => ({ ...chunksOf(ts), serial: serialChunks(ts) });

/**
 * Heads per work item on GPUs. Decode-sized calls give each item one head (enough items to fill
 * the device); prefill gives each item a group of heads so its cos/sin is computed once for the
 * group and all of the group's 16-byte loads are in flight before its first store: 8 loads, so
 * 4 heads where a head takes two vectors (half style) and 8 where it takes one. A spec's fixed
 * head count caps its group.
 */
export interface HeadGroups {
  q: number;
  k: number;
}

/** 16-byte loads a prefill item should have in flight before its first store. */
export const GROUP_LOADS = 8;

/**
 * Calls with at least this many head-group items run the grouped entry points (CUDA and WGSL),
 * smaller ones one head per item (decode). About one wave of an H100 (132 SMs × 1024 threads):
 * below it, groups would leave SMs idle; above it, one head per item only multiplies the cos/sin
 * work. The CUDA launcher's is overridable with -DROPEC_GROUP_MIN_ITEMS=N.
 */
export const GROUP_MIN_ITEMS = 131072;

export function headGroups(ir: OptimizedIR): HeadGroups {
  // A norm's item owns whole heads and takes its heads in series (each head's factor, then its
  // parts): a group has no loads to hoist, only code to repeat. One head per item.
  if (ir.kernel.norm) return { q: 1, k: 1 };
  const split = Object.values(schedules(ir, 'vector', false, 1)).some((x) => x.kind === 'vector' && x.classes.some((c) => c.parts.some((p) => p.access === 'split' && p.kind === 'rotate')));
  const size = Math.min(8, Math.max(4, GROUP_LOADS / (split ? 2 : 1)));
  const cap = (fixed: number | null) => (fixed === null ? size : Math.max(1, Math.min(size, fixed)));
  return { q: cap(ir.kernel.qHeads), k: cap(ir.kernel.kHeads) };
}

/**
 * The head groups of one token, ceil(q_heads / G.q) + ceil(k_heads / G.k), over two head-count
 * expressions (constants fold). The one formula behind the kernels' item index (build.ts), the
 * launcher's item count (CUDA launch_items, the WGSL host's dispatch) and the CUDA threads check.
 */
export function groupsPerToken(groups: HeadGroups, q: Expr, k: Expr, ty: Scalar): Expr {
  const [gq, gk] = [groupCount(q, groups.q, ty), groupCount(k, groups.k, ty)];
  return gq.op === 'const' && gk.op === 'const' ? c.of(ty, gq.value + gk.value) : e.add(gq, gk);
}

/**
 * Work items of one token: head groups times items per group, ceil(q_heads / G.q)·chunks.q +
 * ceil(k_heads / G.k)·chunks.k, or (groups per token)·chunks where q and k have one chunk count.
 * The launchers' item count (CUDA launch_items, the WGSL host's dispatch) and the CUDA threads check.
 */
export function itemsPerToken(groups: HeadGroups, chunks: HeadGroups, q: Expr, k: Expr, ty: Scalar): Expr {
  if (chunks.q === chunks.k) return times(groupsPerToken(groups, q, k, ty), chunks.q, ty);
  const [gq, gk] = [groupItems(q, groups.q, chunks.q, ty), groupItems(k, groups.k, chunks.k, ty)];
  return gq.op === 'const' && gk.op === 'const' ? c.of(ty, gq.value + gk.value) : e.add(gq, gk);
}

/**
 * One tensor's work items per token: ceil(heads / G) head groups × `chunks` items each (constants
 * fold). What itemsPerToken sums, and what a spec whose k has its own tokens multiplies by each
 * tensor's token count (the kernel's item index, CUDA launch_items, the CUDA threads check).
 */
export function groupItems(heads: Expr, G: number, chunks: number, ty: Scalar): Expr {
  return times(groupCount(heads, G, ty), chunks, ty);
}

/** x · n, folded when x is a constant. */
const times = (x: Expr, n: number, ty: Scalar): Expr => (x.op === 'const' ? c.of(ty, x.value * n) : n === 1 ? x : e.mul(x, c.of(ty, n)));

/** ceil(heads / G): one tensor's head groups. */
export function groupCount(heads: Expr, G: number, ty: Scalar): Expr {
  if (heads.op === 'const') return c.of(ty, Math.ceil(heads.value / G));
  return G === 1 ? heads : e.div(e.add(heads, c.of(ty, G - 1)), c.of(ty, G));
}
