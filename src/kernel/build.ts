// The kernel builder: optimized Rope IR → the kernel module every target prints. Written once,
// target-neutral: a token's coordinates, its position (index, tensor, segment table, grid), cos
// and sin of each pair, and the rotation or copy of every head of q and k, for each item class of
// a schedule (schedule.ts). What differs between targets is data (Capabilities): the integer and
// float types they have, how accurate their sin/cos is, how work items are found. The angle and
// the position representation that follow from those capabilities live in angle.ts.
import { ownTokens, sameLanes, tensorLanes, type OptimizedIR } from '../compiler/ir.js';
import { angleConstants, angleFunction, positionRepr, type PosRepr } from './angle.js';
import { c, e, param, s, v, type Buffer, type Capabilities, type Ty, type ConstTable, type Entry, type Expr, type Fn, type KernelModule, type Scalar, type SizeParam, type Stmt, type Storage16 } from './ir.js';
import { cacheArrays, fp8Cache, fp8Q, normArrays, positionNames, slotArray, tensors, viewNames } from './args.js';
import { mapExprs, mapStmts } from './visit.js';
import { chunksOf, groupCount, groupItems, itemsPerToken, serialChunks, groupsPerToken, headGroups, schedules as tensorSchedules, type HeadGroups, type ItemClass, type Part, type Schedule, type ScheduleKind, type TensorSchedules } from './schedule.js';


/** One entry point: which schedule, in place or out of place. */
export interface Variant {
  name: string;
  schedule: ScheduleKind;
  outOfPlace: boolean;
  /** Lanes a store may touch besides its own (see schedule.ts). */
  unit: number;
  /** Strided views of one buffer: k is read and written through q's buffers (WGSL binds a buffer once). */
  shared?: true;
  /**
   * Instead of rotating, write each token's cos·m (pairs 0 … P−1) then sin·m·direction (P … 2P−1)
   * as f32 into the buffer `cs` [tokens, 2, pairs] (the WebAssembly kernel's input).
   */
  fill?: true;
  /**
   * GPU targets: the heads of one work item. 'one': an item per (token, head, chunk), for
   * decode-sized calls; 'group': an item per (token, group of heads, chunk) with the group's loads
   * before its stores (headGroups); 'serial': an item per (token, chunk) that rotates every head of
   * q and k in series (fewest cos/sin evaluations: for devices that are CPUs underneath, where
   * arithmetic, not memory, bounds the kernel). CPU loops take every head of a token in series.
   */
  heads?: 'one' | 'group' | 'serial';
  /**
   * CPU loops of one tensor over its own tokens (`k … tokens own`): 'q' over tokens, 'k' over
   * k_tokens with k's positions. Without it a loop entry takes every head of q and k of a token.
   */
  tensor?: 'q' | 'k';
}

export interface Built {
  module: KernelModule;
  /** Each entry point's schedule per tensor (one object for q and k where their heads match). */
  schedules: Map<string, TensorSchedules>;
  /** Heads per item of each GPU entry point: q's and k's (1 and 1 for 'one'). */
  groups: Map<string, HeadGroups>;
  pos: PosRepr;
}

interface Ctx {
  ir: OptimizedIR;
  caps: Capabilities;
  idx: Scalar;
  int: Scalar;
  pos: PosRepr;
  functions: Map<string, Fn>;
}

const f = (ctx: Ctx): Scalar => ctx.caps.compute;

/** What cos and sin are multiplied by: the attention factor, which a caller's cache already holds. */
const rotationScale = (ir: OptimizedIR): number => (ir.kernel.sincos.kind === 'cache' ? 1 : ir.attentionFactor);

export function buildKernel(ir: OptimizedIR, caps: Capabilities, variants: Variant[]): Built {
  const ctx: Ctx = { ir, caps, idx: caps.i64 ? 'i64' : 'u32', int: caps.i64 ? 'i64' : 'i32', pos: positionRepr(ir, caps), functions: new Map() };
  const schedules = new Map<string, TensorSchedules>();
  const groups = new Map<string, HeadGroups>();
  const entries: Entry[] = [];
  for (const variant of variants) {
    // fp8 q (`q … output fp8_e4m3`): q_out holds bytes, which an in-place variant would read as q.
    if (fp8Q(ir) && !variant.outOfPlace && !variant.fill) throw new Error(`kernel builder: variant ${variant.name} rotates in place, but q's output is fp8 e4m3`);
    const sched = tensorSchedules(ir, variant.schedule, variant.outOfPlace, variant.unit);
    schedules.set(variant.name, sched);
    if (variant.heads && variant.heads !== 'serial') groups.set(variant.name, variant.heads === 'group' ? headGroups(ir) : { q: 1, k: 1 });
    entries.push(entry(ctx, variant, sched, groups.get(variant.name)));
  }
  const constants: ConstTable[] = [...angleConstants(ir, caps, ctx.pos)];
  if (ir.positions.components > 1 && new Set(ir.pairs.map((p) => ir.positions.axisComponent[p.axis])).size > 1) {
    constants.push({ name: 'PAIR_COMPONENT', ty: 'u32', values: ir.pairs.map((p) => ir.positions.axisComponent[p.axis]), doc: 'the position component that drives each pair' });
  }
  const module: KernelModule = { name: ir.name, constants, sizes: sizes(ctx), buffers: buffers(ctx, variants), functions: [...ctx.functions.values()], entries };
  return {
    module: fp8Q(ir) ? quantizeQ(ctx, module) : module,
    schedules,
    groups,
    pos: ctx.pos,
  };
}

// ------------------------------------------------------------------------------------------------
// What a call takes

function sizes(ctx: Ctx): SizeParam[] {
  const { ir, idx, int } = ctx;
  const src = ir.positions.source;
  const out: SizeParam[] = [
    { name: 'tokens', ty: idx, doc: 'tokens of all sequences together' },
    ...(ownTokens(ir) ? [{ name: 'k_tokens', ty: idx, doc: "k's own tokens" }] : []),
    { name: 'batch', ty: idx, doc: 'sequences' },
    { name: 'seq', ty: idx, doc: 'tokens per sequence (the longest when packed)' },
    ...(ownTokens(ir) && ir.kernel.layout !== 'thd' ? [{ name: 'k_seq', ty: idx, doc: "k's own tokens per sequence" }] : []),
  ];
  if (ir.kernel.qHeads === null) out.push({ name: 'q_heads', ty: idx, doc: 'q heads' });
  if (ir.kernel.kHeads === null) out.push({ name: 'k_heads', ty: idx, doc: 'k heads' });
  for (const t of viewNames(ir)) out.push({ name: `${t}_token_stride`, ty: idx, doc: `elements between tokens of ${t}` }, { name: `${t}_head_stride`, ty: idx, doc: `elements between heads of ${t}` });
  if (ctx.caps.viewStarts) for (const t of viewNames(ir)) out.push({ name: `${t}_start`, ty: idx, doc: `element where ${t} begins in its buffer` });
  if (src.kind === 'index' && src.offset === 'scalar') out.push({ name: 'offset', ty: int, doc: 'added to every position' });
  if (src.kind === 'grid' && src.sizes === 'uniform') for (const a of src.axes) out.push({ name: `grid_${a.name}`, ty: idx, doc: `grid size along ${a.name}` });
  if (ownTokens(ir) && src.kind === 'index' && src.offset === 'scalar') out.push({ name: 'k_offset', ty: int, doc: "added to every position of k" });
  if (ownTokens(ir) && src.kind === 'grid' && src.sizes === 'uniform') for (const a of src.axes) out.push({ name: `k_grid_${a.name}`, ty: idx, doc: `k's grid size along ${a.name}` });
  if (ir.kernel.sincos.kind === 'cache') out.push({ name: 'cache_positions', ty: idx, doc: 'rows of the cos/sin cache' });
  if (ir.kernel.kvCache) {
    out.push({ name: 'cache_slots', ty: idx, doc: 'slots of the KV cache (blocks · block size when paged)' });
    const kv = ir.kernel.kvCache;
    if (slotArray(ir) === 'block_table') out.push({ name: 'table_blocks', ty: idx, doc: 'blocks in each row of block_table' });
    if (fp8Cache(ir)) for (const t of ['k', 'v']) out.push({ name: `${t}_scale`, ty: ctx.caps.compute, doc: `${t}_cache holds e4m3(${t} / ${t}_scale)` });
  }
  if (fp8Q(ir)) out.push({ name: 'q_scale', ty: ctx.caps.compute, doc: "q's output holds e4m3(q / q_scale)" });
  return out;
}

function buffers(ctx: Ctx, variants: Variant[]): Buffer[] {
  const { ir, caps } = ctx;
  const src = ir.positions.source;
  const dtype = ir.kernel.dtype;
  const out: Buffer[] = [];
  for (const t of tensors(ir)) {
    if (t === 'q' && fp8Q(ir)) out.push({ name: 'q_out', element: 'e4m3', access: 'read_write', doc: "q's output: fp8 e4m3 of the rotated q / q_scale" });
    else out.push({ name: `${t}_out`, element: dtype, access: 'read_write', doc: `${t}: rotated in place, or the output` });
    if (variants.some((x) => x.outOfPlace)) out.push({ name: `${t}_in`, element: dtype, access: 'read', doc: `${t} input (out of place)` });
  }
  if (src.kind === 'tensor') {
    out.push({ name: 'positions', element: src.element === 'int' ? caps.intBuffers.positions : 'f32', access: 'read', doc: 'positions [components, tokens]' });
    if (ownTokens(ir)) out.push({ name: 'k_positions', element: src.element === 'int' ? caps.intBuffers.positions : 'f32', access: 'read', doc: "k's positions [components, k_tokens]" });
  }
  if (src.kind === 'segments') {
    out.push({ name: 'segment_table', element: 'i32', access: 'read', doc: 'segment table (docs/positions.md)' });
    out.push({ name: 'segment_values', element: 'f32', access: 'read', doc: 'frame times and grid temporal scales' });
  }
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    out.push({ name: 'offsets', element: caps.intBuffers.offsets, access: 'read', doc: 'position offset of each sequence [batch]' });
    if (ownTokens(ir)) out.push({ name: 'k_offsets', element: caps.intBuffers.offsets, access: 'read', doc: 'position offset of each sequence of k [batch]' });
  }
  if (ir.positions.sequences === 'packed') {
    out.push({ name: 'cu_seqlens', element: caps.intBuffers.indices, access: 'read', doc: 'sequence starts [batch + 1]' });
    if (ownTokens(ir)) out.push({ name: 'k_cu_seqlens', element: caps.intBuffers.indices, access: 'read', doc: "k's sequence starts [batch + 1]" });
  }
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    out.push({ name: 'grid_sizes', element: caps.intBuffers.indices, access: 'read', doc: 'grid sizes of each sequence [batch, axes]' });
    if (ownTokens(ir)) out.push({ name: 'k_grid_sizes', element: caps.intBuffers.indices, access: 'read', doc: 'grid sizes of each sequence of k [batch, axes]' });
  }
  if (ir.kernel.sincos.kind === 'table') out.push({ name: 'sincos_table', element: 'f32', access: 'read', doc: '(cos, sin) of p·ω_j, [max_positions, pairs, 2]' });
  const sc = ir.kernel.sincos;
  if (sc.kind === 'cache') {
    for (const a of cacheArrays(ir)) out.push({ name: a.name, element: sc.dtype, access: 'read', doc: `the caller's cos/sin cache, [cache_positions, ${a.width}]` });
  }
  for (const w of normArrays(ir)) out.push({ name: w.name, element: dtype, access: 'read', doc: `${w.t}'s norm weight [${w.width}]` });
  if (ir.kernel.kvCache) {
    if (variants.some((x) => !x.shared)) out.push({ name: 'v', element: dtype, access: 'read', doc: "v, in k's shape" });
    const kv = ir.kernel.kvCache;
    if (slotArray(ir) === 'block_table') out.push({ name: 'block_table', element: 'i32', access: 'read', doc: "each sequence's cache blocks [batch, table_blocks] (−1: none)" });
    else out.push({ name: 'slot_mapping', element: caps.intBuffers.positions, access: 'read', doc: "each token's cache slot [tokens] (−1: not stored)" });
    const cache = fp8Cache(ir) ? 'e4m3' : dtype;
    out.push({ name: 'k_cache', element: cache, access: 'read_write', doc: `the key cache: rotated k of each stored token${fp8Cache(ir) ? ', fp8 e4m3 of k / k_scale' : ''}` });
    out.push({ name: 'v_cache', element: cache, access: 'read_write', doc: `the value cache: v of each stored token${fp8Cache(ir) ? ', fp8 e4m3 of v / v_scale' : ''}` });
  }
  if (variants.some((x) => x.fill)) out.push({ name: 'cs', element: 'f32', access: 'read_write', doc: 'cos then sin of every pair of every token [tokens, 2, pairs]' });
  return out;
}

// ------------------------------------------------------------------------------------------------
// Entry points

/** Head count of q or k: the spec's number, or the run-time size. */
function heads(ctx: Ctx, t: 'q' | 'k'): Expr {
  const fixed = t === 'q' ? ctx.ir.kernel.qHeads : ctx.ir.kernel.kHeads;
  return fixed === null ? param(`${t}_heads`, ctx.idx) : c.of(ctx.idx, fixed);
}

/** The coordinates every item body uses: b (sequence), s (index in it), flat (over all tokens). */
const B = (ctx: Ctx) => v('b', ctx.idx);
const S = (ctx: Ctx) => v('s', ctx.idx);
const FLAT = (ctx: Ctx) => v('flat', ctx.idx);

function entry(ctx: Ctx, variant: Variant, sched: TensorSchedules, groups?: HeadGroups): Entry {
  const { idx } = ctx;
  if (variant.fill) return fillEntry(ctx, variant);
  const src = variant.outOfPlace ? { q: 'q_in', k: 'k_in' } : { q: 'q_out', k: 'k_out' };
  // Views of one buffer (WGSL binds a writable buffer once): k, and v for a KV cache, are reached through q's bindings.
  const io: IO = variant.shared ? { src: { q: src.q, k: src.q }, dst: { q: 'q_out', k: 'q_out' }, v: src.q, tag: `${variant.outOfPlace ? 'out' : 'in'}_shared` }
    : { src, dst: { q: 'q_out', k: 'k_out' }, v: 'v', tag: variant.outOfPlace ? 'out' : 'in' };
  const place = variant.outOfPlace ? 'out of place' : 'in place';
  const present = tensors(ctx.ir);
  // q and k run one schedule (every head of both in one item's loop) unless one has its own head shape (MLA).
  // k with its own tokens computes its own positions: its items are its own too.
  // A KV cache in place gives k copy items q does not have: then each tensor runs its own schedule.
  const one = sameLanes(ctx.ir) && !ownTokens(ctx.ir) && (present.length === 1 || sched.q === sched.k) ? sched[present[0]]! : undefined;
  const per = (t: 'q' | 'k'): Schedule => sched[t]!;
  const chunks = chunksOf(sched);
  const kind = Object.values(sched)[0]!.kind;
  const perTensor = one ? '' : `, q ${chunks.q} / k ${chunks.k}`;
  if (ctx.caps.items === 'loops') {
    // One item per token: its classes in series, each over every head (of q and k, or of one tensor
    // when their heads differ or the variant takes one tensor over its own tokens).
    const only = variant.tensor;
    const spans: [Schedule, Span][] = only ? [[per(only), { kind: 'all', t: only }]] : one ? [[one, { kind: 'all' }]] : present.map((t) => [per(t), { kind: 'all', t }]);
    const body = spans.flatMap(([x, span]) => x.classes.map((cls, i) => s.call(classFunction(ctx, cls, i, x, io, span).name, B(ctx), S(ctx), FLAT(ctx), c.of(idx, 0))));
    // A KV cache: the token's rotated k heads and its v heads, copied whole once the token is done
    // (an fp8 cache is written lane by lane as k is stored: cacheWrites).
    // (An fp8 cache: k's rows lane by lane as k is stored, v's rows quantized in a loop of their own.)
    if (ctx.ir.kernel.kvCache && (only ?? 'k') === 'k') body.push(s.call(cacheRows(ctx, io).name, B(ctx), S(ctx), FLAT(ctx)));
    const own = only === 'k' && ownTokens(ctx.ir);
    const loop = ownLoop(ctx.ir);
    const over = 'seq' in loop ? 'k_seq tokens per sequence' : 'cu' in loop ? 'packed sequences (k_cu_seqlens)' : 'k_tokens';
    const what = only ? `${only} only${own ? `, over its own ${over}` : ''}, ${per(only).itemsPerToken}` : one ? one.itemsPerToken : `q ${chunks.q} + k ${chunks.k}`;
    return { kind: 'loops', name: variant.name, body, doc: `${place}, ${what} item(s) per token (${kind} schedule)`, ...(own ? loop : {}) };
  }
  if (ownTokens(ctx.ir)) return ownTokensEntry(ctx, variant, sched, io, place, groups);
  if (variant.heads === 'serial') {
    // item = flat · chunks + chunk; the item's classes take every head of q, then of k (or, when
    // their heads differ, q's chunks come first and k's after, each over that tensor's heads).
    const total = serialChunks(sched);
    const items = c.of(idx, total);
    const head: Stmt[] = [s.let('flat', e.div(v('item', idx), items)), s.let('chunk', e.sub(v('item', idx), e.mul(FLAT(ctx), items))), ...locate(ctx)];
    let chain: Stmt[];
    if (one) chain = classChain(ctx, one, io, { kind: 'all' }, []);
    else if (present.length === 1) chain = classChain(ctx, per(present[0]), io, { kind: 'all', t: present[0] }, []);
    else {
      const cq = per('q').itemsPerToken;
      chain = [s.if(e.lt(v('chunk', idx), c.of(idx, cq)), [...classChain(ctx, per('q'), io, { kind: 'all', t: 'q' }, [])],
        [s.let('chunk_k', e.sub(v('chunk', idx), c.of(idx, cq))), ...classChain(ctx, per('k'), io, { kind: 'all', t: 'k' }, [], 'chunk_k')])];
    }
    return { kind: 'threads', name: variant.name, count: e.mul(param('tokens', idx), items), body: [...head, ...chain], doc: `${place}, every head in series, ${total} item(s) per token${perTensor} (${kind} schedule)` };
  }
  if (!groups) throw new Error(`kernel builder: GPU entry point ${variant.name} has no heads per item`);
  const gq = groupCount(heads(ctx, 'q'), groups.q, idx);
  const perToken = groupsPerToken(groups, heads(ctx, 'q'), heads(ctx, 'k'), idx);
  const item = v('item', idx);
  const rest = v('rest', idx);
  const G = v('g', idx);
  const each = groups.q === 1 && groups.k === 1 ? 'one head' : `groups of ${groups.q} q / ${groups.k} k heads`;
  const chain = (t: 'q' | 'k', chunk?: string) => classChain(ctx, per(t), io, { kind: 'group', t, size: groups[t] }, [v('h0', idx)], chunk);
  if (chunks.q === chunks.k) {
    // item = ((flat · groups) + group) · chunks + chunk: a token's chunks of one head group are
    // neighbours (consecutive items read consecutive 16-byte chunks of a head), q's groups come first.
    const n = c.of(idx, chunks.q);
    const body: Stmt[] = [
      s.let('per_token', perToken),
      s.let('chunk', e.mod(item, n)),
      s.let('rest', e.div(item, n)),
      s.let('g', e.mod(rest, v('per_token', idx))),
      s.let('flat', e.div(rest, v('per_token', idx))),
      ...locate(ctx),
    ];
    // A tensor with no heads (q-only, k-only) has no branch, so its buffers are never named.
    if (present.length === 2) {
      body.push(s.if(e.lt(G, gq), [s.let('h0', scaled(G, groups.q, idx)), ...chain('q')], [s.let('h0', scaled(e.sub(G, gq), groups.k, idx)), ...chain('k')]));
    } else {
      body.push(s.let('h0', scaled(G, groups[present[0]], idx)), ...chain(present[0]));
    }
    return {
      kind: 'threads', name: variant.name, count: e.mul(e.mul(param('tokens', idx), perToken), n), body,
      doc: `${place}, ${each} per item, ${chunks.q} item(s) per token and head group (${kind} schedule)`,
    };
  }
  // q and k heads of different shapes (MLA): a token's items are q's groups × q's chunks, then k's
  // groups × k's chunks; within a tensor, a group's chunks are neighbours as above.
  const [nq, nk] = [c.of(idx, chunks.q), c.of(idx, chunks.k)];
  const qItems = e.mul(gq, nq);
  const perTokenItems = itemsPerToken(groups, chunks, heads(ctx, 'q'), heads(ctx, 'k'), idx);
  const body: Stmt[] = [
    s.let('per_token', perTokenItems),
    s.let('flat', e.div(item, v('per_token', idx))),
    s.let('rest', e.sub(item, e.mul(FLAT(ctx), v('per_token', idx)))),
    ...locate(ctx),
    s.if(e.lt(rest, qItems), [
      s.let('g', e.div(rest, nq)), s.let('chunk', e.sub(rest, e.mul(G, nq))), s.let('h0', scaled(G, groups.q, idx)), ...chain('q'),
    ], [
      s.let('rest_k', e.sub(rest, qItems)), s.let('g', e.div(v('rest_k', idx), nk)), s.let('chunk', e.sub(v('rest_k', idx), e.mul(G, nk))), s.let('h0', scaled(G, groups.k, idx)), ...chain('k'),
    ]),
  ];
  return {
    kind: 'threads', name: variant.name, count: e.mul(param('tokens', idx), perTokenItems), body,
    doc: `${place}, ${each} per item, q ${chunks.q} / k ${chunks.k} item(s) per head group (${kind} schedule)`,
  };
}

/** The first head of group g of G heads. */
const scaled = (g: Expr, G: number, idx: Scalar): Expr => (G === 1 ? g : e.mul(g, c.of(idx, G)));

/** CPU loops of k over its own tokens: one sequence of k_tokens, its packed sequences (k_cu_seqlens), or batch sequences of k_seq. */
function ownLoop(ir: OptimizedIR): { tokens: string } | { seq: string } | { cu: string } {
  if (ir.kernel.layout !== 'thd') return { seq: 'k_seq' };
  return ir.positions.sequences === 'packed' ? { cu: 'k_cu_seqlens' } : { tokens: 'k_tokens' };
}

/**
 * A GPU entry of a spec whose k has its own tokens (`k … tokens own`): q's items over the call's
 * tokens first (tokens · q's items per token), then k's over k_tokens, each tensor with its own
 * positions. Per token, a tensor's items are its head groups × its chunks (every head in series
 * for 'serial'); a group's chunks are neighbours.
 */
function ownTokensEntry(ctx: Ctx, variant: Variant, sched: TensorSchedules, io: IO, place: string, groups?: HeadGroups): Entry {
  const { idx } = ctx;
  const serial = variant.heads === 'serial';
  if (!serial && !groups) throw new Error(`kernel builder: GPU entry point ${variant.name} has no heads per item`);
  const G = groups ?? { q: 1, k: 1 };
  const side = (t: 'q' | 'k') => {
    const chunks = sched[t]!.itemsPerToken;
    return { chunks, perToken: serial ? c.of(idx, chunks) : groupItems(heads(ctx, t), G[t], chunks, idx) };
  };
  const [q, k] = [side('q'), side('k')];
  const qItems = e.mul(param('tokens', idx), q.perToken);
  const branch = (t: 'q' | 'k', item: Expr, per: Expr, chunks: number): Stmt[] => [
    s.let('flat', e.div(item, per)),
    s.let('rest', e.sub(item, e.mul(FLAT(ctx), per))),
    ...locate(ctx),
    ...(serial
      ? [s.let('chunk', v('rest', idx)), ...classChain(ctx, sched[t]!, io, { kind: 'all', t }, [])]
      : [s.let('g', e.div(v('rest', idx), c.of(idx, chunks))), s.let('chunk', e.sub(v('rest', idx), e.mul(v('g', idx), c.of(idx, chunks)))),
        s.let('h0', scaled(v('g', idx), G[t], idx)), ...classChain(ctx, sched[t]!, io, { kind: 'group', t, size: G[t] }, [v('h0', idx)])]),
  ];
  const item = v('item', idx);
  const body: Stmt[] = [
    s.let('q_items', qItems),
    s.if(e.lt(item, v('q_items', idx)), branch('q', item, q.perToken, q.chunks), [
      s.let('item_k', e.sub(item, v('q_items', idx))), ...ownSizes(ctx, branch('k', v('item_k', idx), k.perToken, k.chunks)),
    ]),
  ];
  const each = serial ? 'every head in series' : G.q === 1 && G.k === 1 ? 'one head' : `groups of ${G.q} q / ${G.k} k heads`;
  return {
    kind: 'threads', name: variant.name, count: e.add(qItems, e.mul(param('k_tokens', idx), k.perToken)), body,
    doc: `${place}, ${each} per item; q's items over tokens, then k's over its own k_tokens`,
  };
}

/**
 * The item classes of a GPU entry in order: the first whose range holds `chunk` runs, with
 * k = chunk − start (and `extra` arguments). The last class needs no test: the thread count
 * bounds `chunk`.
 */
function classChain(ctx: Ctx, sched: Schedule, io: IO, span: Span, extra: Expr[], chunkName = 'chunk'): Stmt[] {
  const { idx } = ctx;
  const chunk = v(chunkName, idx);
  const out: Stmt[] = [];
  let start = 0;
  sched.classes.forEach((cls, i) => {
    const fn = classFunction(ctx, cls, i, sched, io, span);
    const call = s.call(fn.name, B(ctx), S(ctx), FLAT(ctx), start === 0 ? chunk : e.sub(chunk, c.of(idx, start)), ...extra);
    start += cls.items;
    out.push(start === sched.itemsPerToken ? call : s.if(e.lt(chunk, c.of(idx, start)), [call, s.return()]));
  });
  return out;
}

/**
 * cos·m and sin·m·direction of every pair of every token into `cs` (f32). With `index` positions,
 * no table and a CPU's loops, consecutive tokens step cos/sin by angle addition in float64,
 * re-anchored on the library's cos/sin every 64 tokens: the drift (~1e-14) is far below the f32
 * rounding that follows, and a step is 4 multiplies instead of two library calls.
 */
function fillEntry(ctx: Ctx, variant: Variant): Entry {
  const { ir, idx } = ctx;
  const F = f(ctx);
  const P = ir.pairs.length;
  const j = v('j', idx);
  const row = e.mul(FLAT(ctx), c.of(idx, 2 * P));
  const put = (cv: Expr, sv: Expr) => [
    s.store('cs', e.add(row, j), e.cast('f32', cv)),
    s.store('cs', e.add(e.add(row, c.of(idx, P)), j), e.cast('f32', sv)),
  ];
  const m = rotationScale(ir);
  const scale = (x: Expr, by: number) => (by === 1 ? x : e.mul(x, c.of(F, by)));
  const positions = ctx.pos.compute(ir, ctx.caps, { b: B(ctx), s: S(ctx), flat: FLAT(ctx), idx, int: ctx.int, indices: ctx.caps.intBuffers.indices });
  const recur = ctx.caps.compute === 'f64' && ir.positions.source.kind === 'index' && ir.kernel.sincos.kind === 'compute';
  // k with its own tokens: k's fill loops over k's tokens (or k_seq per sequence) with k's sizes and positions.
  const own = variant.tensor === 'k' && ownTokens(ir);
  const over = own ? ownLoop(ir) : {};
  const doc = `cos and sin of every pair into cs [${own ? 'k_tokens' : 'tokens'}, 2, ${P}]${own ? ", k's positions" : ''}${recur ? ', by angle addition' : ''}`;
  const body = (stmts: Stmt[]) => (own ? ownSizes(ctx, stmts) : stmts);
  if (!recur) {
    const angle = angleFunction(ir, ctx.caps, ctx.pos, ctx.functions, idx);
    const both = v('cs0', 'vec2d');
    return {
      kind: 'loops', name: variant.name, doc, ...over,
      body: body([...positions, s.for('j', idx, c.of(idx, 0), c.of(idx, P), [s.let('cs0', angle(j), 'vec2d'), ...put(scale(e.lane(both, 0, F), m), scale(e.lane(both, 1, F), ir.sign * m))])]),
    };
  }
  const omega = e.table('OMEGA', 'f64', j);
  const at = (a: string) => e.index(a, F, j);
  const angle = e.mul(v('pos0', F), omega);
  return {
    kind: 'loops', name: variant.name, doc, ...over,
    prologue: [
      ...['step_c', 'step_s', 'run_c', 'run_s'].map((a) => s.array(a, F, P)),
      s.for('j', idx, c.of(idx, 0), c.of(idx, P), [s.aset('step_c', j, e.un('cos', omega)), s.aset('step_s', j, e.un('sin', omega))]),
    ],
    body: body([
      ...positions,
      s.if(e.eq(e.bitand(S(ctx), c.of(idx, 63)), c.of(idx, 0)), [
        s.for('j', idx, c.of(idx, 0), c.of(idx, P), [s.aset('run_c', j, e.un('cos', angle)), s.aset('run_s', j, e.un('sin', angle))]),
      ], [
        s.for('j', idx, c.of(idx, 0), c.of(idx, P), [
          s.let('rc', at('run_c')),
          s.let('rs', at('run_s')),
          s.aset('run_c', j, e.sub(e.mul(v('rc', F), at('step_c')), e.mul(v('rs', F), at('step_s')))),
          s.aset('run_s', j, e.add(e.mul(v('rs', F), at('step_c')), e.mul(v('rc', F), at('step_s')))),
        ]),
      ]),
      s.for('j', idx, c.of(idx, 0), c.of(idx, P), put(scale(at('run_c'), m), scale(at('run_s'), ir.sign * m))),
    ]),
  };
}

/** b and s of token `flat` on a GPU: one sequence, equal sequences, or a binary search of cu_seqlens. */
function locate(ctx: Ctx): Stmt[] {
  const { ir, idx } = ctx;
  switch (ir.positions.sequences) {
    case 'single':
      return [s.let('b', c.of(idx, 0)), s.let('s', FLAT(ctx))];
    case 'equal':
      return [s.let('b', e.div(FLAT(ctx), param('seq', idx))), s.let('s', e.sub(FLAT(ctx), e.mul(B(ctx), param('seq', idx))))];
    case 'packed': {
      // The last b with cu_seqlens[b] ≤ flat (empty sequences are skipped: a later b with the same start wins).
      const cu = (i: Expr) => e.cast(idx, e.load('cu_seqlens', ctx.caps.intBuffers.indices, i));
      const lo = v('lo', idx);
      const hi = v('hi', idx);
      const mid = v('mid', idx);
      return [
        s.var('lo', c.of(idx, 0)),
        s.var('hi', e.sub(param('batch', idx), c.of(idx, 1))),
        s.while(e.lt(lo, hi), [
          s.let('mid', e.div(e.add(e.add(lo, hi), c.of(idx, 1)), c.of(idx, 2))),
          s.if(e.le(cu(mid), FLAT(ctx)), [s.set('lo', mid)], [s.set('hi', e.sub(mid, c.of(idx, 1)))]),
        ]),
        s.let('b', lo),
        s.let('s', e.sub(FLAT(ctx), cu(lo))),
      ];
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Item classes and their parts

/** Where an item reads and writes q and k (and reads v, for a KV cache), and the tag of its functions' names. */
interface IO {
  src: Record<'q' | 'k', string>;
  dst: Record<'q' | 'k', string>;
  v: string;
  tag: string;
}

/**
 * The heads an item function rotates: every head of q then of k (CPU loops; of one tensor `t` when
 * q and k have heads of different shapes), or `size` heads of one tensor from `h0`.
 */
type Span = { kind: 'all'; t?: 'q' | 'k' } | { kind: 'group'; t: 'q' | 'k'; size: number };

/** What one head of a part does: its loads, then its compute and stores (a group issues every load first). */
interface HeadWork {
  loads: Stmt[];
  stores: Stmt[];
}

/**
 * One function per item class (and, on GPUs, per tensor and group size): item k of the class runs
 * each part with pairs and lanes advanced by k · step. Positions are computed once per item,
 * cos/sin once per pair, then the item's heads.
 */
function classFunction(ctx: Ctx, cls: ItemClass, index: number, sched: Schedule, io: IO, span: Span): Fn {
  const { idx } = ctx;
  const name = span.kind === 'all' ? `item_${sched.kind}_${io.tag}_${span.t ?? ''}${span.t ? '_' : ''}${index}` : `item_${sched.kind}_${io.tag}_${span.t}${span.size}_${index}`;
  const existing = ctx.functions.get(name);
  if (existing) return existing;
  const k = v('ki', idx);
  const body: Stmt[] = [];
  const rotates = cls.parts.some((p) => p.kind === 'rotate');
  if (rotates) {
    body.push(...ctx.pos.compute(ctx.ir, ctx.caps, { b: B(ctx), s: S(ctx), flat: FLAT(ctx), idx, int: ctx.int, indices: ctx.caps.intBuffers.indices }));
  }
  const step = (base: number, by: number) => (by === 0 || cls.items === 1 ? c.of(idx, base) : base === 0 ? e.mul(k, c.of(idx, by)) : e.add(c.of(idx, base), e.mul(k, c.of(idx, by))));
  if (ctx.ir.kernel.kvCache && (ctx.caps.items === 'threads' || fp8Cache(ctx.ir)) && (span.t ?? 'k') === 'k' && tensors(ctx.ir).includes('k')) body.push(...slotOf(ctx));
  if (ctx.ir.kernel.norm) body.push(...normedHeads(ctx, cls, sched, io, span));
  else cls.parts.forEach((part, pi) => {
    if (part.kind === 'rotate') {
      body.push(...rotatePart(ctx, part, pi, step(part.firstPair, cls.pairStep), step(part.laneA, cls.laneStep), step(part.laneB, cls.laneStep), sched, io, span, partComponent(ctx.ir, part, cls)));
    } else {
      body.push(...copyPart(ctx, part, pi, step(part.lane, cls.laneStep), sched, io, span));
    }
  });
  // k with its own tokens: its positions and (batch layouts) its sequences are its own.
  if (span.t === 'k' && ownTokens(ctx.ir)) body.splice(0, body.length, ...ownSizes(ctx, body));
  const params = [{ name: 'b', ty: idx }, { name: 's', ty: idx }, { name: 'flat', ty: idx }, { name: 'ki', ty: idx }];
  if (span.kind === 'group') params.push({ name: 'h0', ty: idx });
  const heads = span.kind === 'all' ? (span.t ? `, every ${span.t} head` : '') : span.size === 1 ? `, ${span.t} head h0` : `, ${span.t} heads h0 … h0 + ${span.size - 1}`;
  const fn: Fn = {
    name,
    params,
    ret: 'void',
    body,
    doc: cls.parts.map(describePart).join('; ') + heads + (cls.items > 1 ? ` (item k: + ${cls.pairStep} pairs, + ${cls.laneStep} lanes)` : ''),
  };
  ctx.functions.set(name, fn);
  return fn;
}

/**
 * k's work when it has its own tokens (`k … tokens own`): the same statements as q's, reading k's
 * sizes and inputs (k_tokens, k_seq in batch layouts, k_offset, k_grid_AXIS, k_positions) where
 * q's read the call's.
 */
function ownSizes(ctx: Ctx, stmts: Stmt[]): Stmt[] {
  const [q, k] = [positionNames(ctx.ir, 'q'), positionNames(ctx.ir, 'k')];
  const src = ctx.ir.positions.source;
  const names = new Map<string, string>([[q.tokens, k.tokens], [q.offset, k.offset], [q.offsets, k.offsets], [q.cuSeqlens, k.cuSeqlens], [q.gridSizes, k.gridSizes], [q.positions, k.positions]]);
  if (ctx.ir.kernel.layout !== 'thd') names.set(q.seq, k.seq);
  if (src.kind === 'grid') for (const a of src.axes) names.set(q.grid(a.name).name, k.grid(a.name).name);
  return mapExprs(stmts, (x) => {
    if (x.op === 'param' && names.has(x.name)) return { ...x, name: names.get(x.name)! };
    if ((x.op === 'load' || x.op === 'length') && names.has(x.buffer)) return { ...x, buffer: names.get(x.buffer)! };
    return x;
  });
}

function describePart(p: Part): string {
  return p.kind === 'rotate'
    ? `rotate ${p.pairs} pair(s) from ${p.firstPair} at lanes ${p.laneA}, ${p.laneB} (stride ${p.stride}, ${p.access})`
    : `copy ${p.lanes} lane(s) from ${p.lane} (${p.access})`;
}

/** Element offset of lane 0 of head h of q, k or v (k's heads) for token (b, s, flat) in the spec's layout. */
function headOffset(ctx: Ctx, t: 'q' | 'k' | 'v', h: Expr): Expr {
  const { ir, idx } = ctx;
  const lanes = t === 'v' ? 'k' : t;
  const D = c.of(idx, tensorLanes(ir, lanes).headDim);
  const H = heads(ctx, lanes);
  // Strided views (tokens outermost): the token's row, then the head's.
  if (ir.kernel.strided) {
    const o = e.add(e.mul(FLAT(ctx), param(`${t}_token_stride`, idx)), e.mul(h, param(`${t}_head_stride`, idx)));
    return ctx.caps.viewStarts ? e.add(param(`${t}_start`, idx), o) : o;
  }
  if (ir.kernel.layout === 'bhsd') {
    // [batch, heads, seq, dim]
    return e.mul(e.add(e.mul(e.add(e.mul(B(ctx), H), h), param('seq', idx)), S(ctx)), D);
  }
  return e.mul(e.add(e.mul(FLAT(ctx), H), h), D);
}

/**
 * A part's work over the item's heads. 'all': each head of q, then of k, in a loop. 'group': every
 * head's loads, then every head's compute and stores. A group that may pass the last head (run-time
 * head count, or one that the group size does not divide) loads the last head again in its place
 * (always in bounds) and skips its stores.
 */
function overHeads(ctx: Ctx, span: Span, io: IO, pi: number, work: (t: 'q' | 'k', src: string, dst: string, o: Expr, prefix: string) => HeadWork): Stmt[] {
  const { idx } = ctx;
  if (span.kind === 'all') {
    return (span.t ? [span.t] : tensors(ctx.ir)).map((t) => {
      const w = work(t, io.src[t], io.dst[t], v('o', idx), '');
      const stores = t === 'k' ? cacheWrites(ctx, w.stores, io, 'o', v('h', idx), '') : w.stores;
      return s.for('h', idx, c.of(idx, 0), heads(ctx, t), [s.let('o', headOffset(ctx, t, v('h', idx))), ...w.loads, ...stores]);
    });
  }
  const { t, size } = span;
  const fixed = t === 'q' ? ctx.ir.kernel.qHeads : ctx.ir.kernel.kHeads;
  const ragged = fixed === null || fixed % size !== 0;
  const H = heads(ctx, t);
  const h0 = v('h0', idx);
  const loads: Stmt[] = [];
  const stores: Stmt[] = [];
  for (let g = 0; g < size; g++) {
    const h = g === 0 ? h0 : e.add(h0, c.of(idx, g));
    // Locals of every part and head live in one scope: named by part (after the first) and head.
    const tag = `${pi > 0 ? `p${pi}` : ''}${size > 1 ? `h${g}` : ''}`;
    const o = `o${tag}`;
    const w = work(t, io.src[t], io.dst[t], v(o, idx), tag === '' ? '' : `${tag}_`);
    loads.push(s.let(o, headOffset(ctx, t, g > 0 && ragged ? e.min(h, e.sub(H, c.of(idx, 1))) : h)), ...w.loads);
    const st = t === 'k' ? cacheWrites(ctx, w.stores, io, o, h, tag) : w.stores;
    stores.push(...(g > 0 && ragged ? [s.if(e.lt(h, H), st)] : st));
  }
  return [...loads, ...stores];
}

/** The one position component every pair of a part reads, in every item of its class (or undefined). */
function partComponent(ir: OptimizedIR, part: Extract<Part, { kind: 'rotate' }>, cls: ItemClass): number | undefined {
  const comps = new Set<number>();
  for (let k = 0; k < cls.items; k++) {
    for (let i = 0; i < part.pairs; i++) comps.add(ir.positions.axisComponent[ir.pairs[part.firstPair + k * cls.pairStep + i].axis]);
  }
  return comps.size === 1 ? [...comps][0] : undefined;
}

function rotatePart(ctx: Ctx, part: Extract<Part, { kind: 'rotate' }>, pi: number, j0: Expr, la: Expr, lb: Expr, sched: Schedule, io: IO, span: Span, fixed?: number): Stmt[] {
  return [
    ...cosSin(ctx, part, pi, j0, fixed),
    ...overHeads(ctx, span, io, pi, (_t, src, dst, o, prefix) => rotateHead(ctx, part, sched, src, dst, o, la, lb, `c${pi}`, `s${pi}`, prefix)),
  ];
}

/** cos·m and sin·m·direction of a part's pairs into the local arrays c{pi} and s{pi}, once for every head. */
function cosSin(ctx: Ctx, part: Extract<Part, { kind: 'rotate' }>, pi: number, j0: Expr, fixed?: number): Stmt[] {
  const { ir, idx } = ctx;
  const F = f(ctx);
  const n = part.pairs;
  const cs = `c${pi}`;
  const sn = `s${pi}`;
  const out: Stmt[] = [s.array(cs, F, n), s.array(sn, F, n)];
  const i = v('i', idx);
  const j = e.add(j0, i);
  const angle = angleFunction(ctx.ir, ctx.caps, ctx.pos, ctx.functions, idx);
  const m = rotationScale(ir);
  const scale = (x: Expr, by: number) => (by === 1 ? x : e.mul(x, c.of(F, by)));
  const vec = F === 'f64' ? 'vec2d' : 'vec2f';
  const both = `cs${pi}`;
  out.push(s.for('i', idx, c.of(idx, 0), c.of(idx, n), [
    s.let(both, angle(j, fixed)),
    s.aset(cs, i, scale(e.lane(v(both, vec), 0, F), m)),
    s.aset(sn, i, scale(e.lane(v(both, vec), 1, F), ir.sign * m)),
  ], { unroll: true }));
  return out;
}

/** A lane's value as read, and its lane in the head: what a norm scales it by (the identity without one). */
type LaneScale = (x: Expr, lane: Expr) => Expr;
const unscaled: LaneScale = (x) => x;

/**
 * `norm rms(…)`: the item owns whole heads (schedule.ts). The parts' cos/sin first, then for each
 * head: r = 1 / sqrt(mean of its lanes' squares + eps) over every lane, then every part's loads
 * and stores, each lane read as x · r · w (w: the tensor's weight at that lane, 1 + it, or 1).
 */
function normedHeads(ctx: Ctx, cls: ItemClass, sched: Schedule, io: IO, span: Span): Stmt[] {
  const { idx } = ctx;
  const out: Stmt[] = [];
  const at = (x: number) => c.of(idx, x);
  // A part that repeats (a loop over 16-byte chunks) computes its cos/sin in the loop; others once, here.
  cls.parts.forEach((part, pi) => part.kind === 'rotate' && !part.repeat && out.push(...cosSin(ctx, part, pi, at(part.firstPair), partComponent(ctx.ir, part, cls))));
  const head = (t: 'q' | 'k', o: Expr, tag: string): Stmt[] => {
    const [src, dst] = [io.src[t], io.dst[t]];
    const stmts = normFactor(ctx, t, src, o, tag, sched);
    const scale = normScale(ctx, t, v(`${tag}r`, f(ctx)));
    cls.parts.forEach((part, pi) => {
      const p = `${tag}p${pi}_`;
      const r = part.repeat;
      // Repeat kk: pairs and lanes advanced by kk steps.
      const kk = v(`${tag}kk${pi}`, idx);
      const step = (base: number, by: number) => (r ? e.add(at(base), e.mul(kk, at(by))) : at(base));
      const body: Stmt[] = [];
      if (part.kind === 'rotate' && r) body.push(...cosSin(ctx, part, pi, step(part.firstPair, r.pairStep), partComponent(ctx.ir, part, { items: r.count, parts: [part], pairStep: r.pairStep, laneStep: r.laneStep })));
      const w = part.kind === 'rotate'
        ? rotateHead(ctx, part, sched, src, dst, o, step(part.laneA, r?.laneStep ?? 0), step(part.laneB, r?.laneStep ?? 0), `c${pi}`, `s${pi}`, p, scale)
        : copyHead(ctx, part, pi, step(part.lane, r?.laneStep ?? 0), sched, src, dst, o, p, scale);
      body.push(...w.loads, ...w.stores);
      stmts.push(...(r ? [s.for(`${tag}kk${pi}`, idx, at(0), at(r.count), body)] : body));
    });
    return stmts;
  };
  const cached = (t: 'q' | 'k', stmts: Stmt[], o: string, h: Expr, tag: string) => (t === 'k' ? cacheWrites(ctx, stmts, io, o, h, tag) : stmts);
  if (span.kind === 'all') {
    for (const t of span.t ? [span.t] : tensors(ctx.ir)) {
      out.push(s.for('h', idx, at(0), heads(ctx, t), [s.let('o', headOffset(ctx, t, v('h', idx))), ...cached(t, head(t, v('o', idx), ''), 'o', v('h', idx), '')]));
    }
    return out;
  }
  const { t, size } = span;
  const fixed = t === 'q' ? ctx.ir.kernel.qHeads : ctx.ir.kernel.kHeads;
  const ragged = fixed === null || fixed % size !== 0;
  for (let g = 0; g < size; g++) {
    const h = g === 0 ? v('h0', idx) : e.add(v('h0', idx), at(g));
    const [tag, o] = size > 1 ? [`h${g}_`, `oh${g}`] : ['', 'o'];
    const stmts = [s.let(o, headOffset(ctx, t, h)), ...cached(t, head(t, v(o, idx), tag), o, h, tag)];
    out.push(...(g > 0 && ragged ? [s.if(e.lt(h, heads(ctx, t)), stmts)] : stmts));
  }
  return out;
}

/**
 * {tag}r = 1 / sqrt(mean(x²) + eps) over every lane of the head at `o` of tensor t: 16 bytes at a
 * time where the item's schedule reads vectors (the head is whole vectors), else lane by lane.
 */
function normFactor(ctx: Ctx, t: 'q' | 'k', src: string, o: Expr, tag: string, sched: Schedule): Stmt[] {
  const { idx } = ctx;
  const F = f(ctx);
  const D = tensorLanes(ctx.ir, t).headDim;
  const W = sched.vectorLanes;
  const vectors = sched.kind === 'vector' && D % W === 0;
  const ss = v(`${tag}ss`, F);
  const l = v('l', idx);
  let body: Stmt[];
  if (vectors) {
    const x = readVector(ctx, src, e.add(o, l), W, `${tag}xl`);
    body = [...x.stmts, s.set(`${tag}ss`, x.lanes.reduce((acc, y) => e.add(acc, e.mul(y, y)), ss))];
  } else {
    const x = v(`${tag}xl`, F);
    body = [s.let(`${tag}xl`, readLane(ctx, src, e.add(o, l))), s.set(`${tag}ss`, e.add(ss, e.mul(x, x)))];
  }
  return [
    s.var(`${tag}ss`, c.of(F, 0)),
    s.for('l', idx, c.of(idx, 0), c.of(idx, D), body, { step: vectors ? W : 1 }),
    s.let(`${tag}r`, e.div(c.of(F, 1), e.un('sqrt', e.add(e.div(ss, c.of(F, D)), c.of(F, ctx.ir.kernel.norm!.eps))))),
  ];
}

/** x · r · w(lane), the norm's weight as the spec says (none: x · r). */
function normScale(ctx: Ctx, t: 'q' | 'k', r: Expr): LaneScale {
  const weight = ctx.ir.kernel.norm!.weight;
  if (weight === 'none') return (x) => e.mul(x, r);
  const F = f(ctx);
  return (x, lane) => {
    const w = readLane(ctx, `${t}_norm_weight`, lane);
    return e.mul(x, e.mul(r, weight === 'one_plus' ? e.add(c.of(F, 1), w) : w));
  };
}

/** a' = a·c − b·s, b' = b·c + a·s for the part's n pairs of one head; locals named with `p` first. */
function rotateHead(ctx: Ctx, part: Extract<Part, { kind: 'rotate' }>, sched: Schedule, src: string, dst: string, o: Expr, la: Expr, lb: Expr, cs: string, sn: string, p: string, scale: LaneScale = unscaled): HeadWork {
  const { idx } = ctx;
  const F = f(ctx);
  const n = part.pairs;
  const rot = (a: Expr, b: Expr, ci: Expr, si: Expr) => [e.sub(e.mul(a, ci), e.mul(b, si)), e.add(e.mul(b, ci), e.mul(a, si))];
  const cAt = (i: number | Expr) => e.index(cs, F, typeof i === 'number' ? c.of(idx, i) : i);
  const sAt = (i: number | Expr) => e.index(sn, F, typeof i === 'number' ? c.of(idx, i) : i);
  if (part.access === 'scalar') {
    // One pair at a time: its loads and stores stay together in the pair loop.
    const i = v('i', idx);
    const step = part.stride === 1 ? i : e.mul(i, c.of(idx, part.stride));
    const lane = (l: Expr) => e.add(l, step);
    const at = (l: Expr) => e.add(e.add(o, l), step);
    const [ya, yb] = rot(v(`${p}xa`, F), v(`${p}xb`, F), v(`${p}ci`, F), v(`${p}si`, F));
    return {
      loads: [],
      stores: [s.for('i', idx, c.of(idx, 0), c.of(idx, n), [
        s.let(`${p}xa`, scale(readLane(ctx, src, at(la)), lane(la))),
        s.let(`${p}xb`, scale(readLane(ctx, src, at(lb)), lane(lb))),
        s.let(`${p}ci`, cAt(i)),
        s.let(`${p}si`, sAt(i)),
        writeLane(ctx, dst, at(la), ya),
        writeLane(ctx, dst, at(lb), yb),
      ], { unroll: n <= 8, independent: true })],
    };
  }
  const W = sched.vectorLanes;
  const ys = (name: string, count: number) => Array.from({ length: count }, (_, i) => v(`${p}${name}${i}`, F));
  if (part.access === 'split') {
    const xa = readVector(ctx, src, e.add(o, la), W, `${p}xa`);
    const xb = readVector(ctx, src, e.add(o, lb), W, `${p}xb`);
    const stores: Stmt[] = [];
    const lane = (l: Expr, i: number) => (i === 0 ? l : e.add(l, c.of(idx, i)));
    for (let i = 0; i < W; i++) {
      const [a, b] = rot(scale(xa.lanes[i], lane(la, i)), scale(xb.lanes[i], lane(lb, i)), cAt(i), sAt(i));
      stores.push(s.let(`${p}ya${i}`, a), s.let(`${p}yb${i}`, b));
    }
    return { loads: [...xa.stmts, ...xb.stmts], stores: [...stores, writeVector(ctx, dst, e.add(o, la), ys('ya', W)), writeVector(ctx, dst, e.add(o, lb), ys('yb', W))] };
  }
  // adjacent: (a, b) neighbours, W/2 pairs in one vector
  const x = readVector(ctx, src, e.add(o, la), W, `${p}x`);
  const stores: Stmt[] = [];
  const lane = (i: number) => (i === 0 ? la : e.add(la, c.of(idx, i)));
  for (let i = 0; i < W / 2; i++) {
    const [a, b] = rot(scale(x.lanes[2 * i], lane(2 * i)), scale(x.lanes[2 * i + 1], lane(2 * i + 1)), cAt(i), sAt(i));
    stores.push(s.let(`${p}y${2 * i}`, a), s.let(`${p}y${2 * i + 1}`, b));
  }
  return { loads: x.stmts, stores: [...stores, writeVector(ctx, dst, e.add(o, la), ys('y', W))] };
}

function copyPart(ctx: Ctx, part: Extract<Part, { kind: 'copy' }>, pi: number, lane: Expr, sched: Schedule, io: IO, span: Span): Stmt[] {
  return overHeads(ctx, span, io, pi, (_t, src, dst, o, p) => copyHead(ctx, part, pi, lane, sched, src, dst, o, p));
}

/** Pass-through lanes of one head: copied as they are, or (a norm's `scale`) decoded, scaled and stored. */
function copyHead(ctx: Ctx, part: Extract<Part, { kind: 'copy' }>, pi: number, lane: Expr, sched: Schedule, src: string, dst: string, o: Expr, p: string, scale?: LaneScale): HeadWork {
  const { idx } = ctx;
  const i = v('i', idx);
  if (part.access !== 'scalar') {
    if (part.lanes !== sched.vectorLanes) throw new Error(`kernel builder: a vector copy of ${part.lanes} lanes (a vector holds ${sched.vectorLanes})`);
    const name = `${p}copy${pi}`;
    if (scale) {
      const W = sched.vectorLanes;
      const x = readVector(ctx, src, e.add(o, lane), W, name);
      return { loads: x.stmts, stores: [writeVector(ctx, dst, e.add(o, lane), x.lanes.map((y, l) => scale(y, l === 0 ? lane : e.add(lane, c.of(idx, l)))))] };
    }
    const ty = sched.vectorLanes === 4 && ctx.ir.kernel.dtype === 'f32' ? 'vec4f' : 'vec4u';
    return { loads: [s.let(name, e.load(src, ty, e.add(o, lane)))], stores: [s.store(dst, e.add(o, lane), v(name, ty))] };
  }
  const at = e.add(e.add(o, lane), i);
  const value = scale ? writeLane(ctx, dst, at, scale(readLane(ctx, src, at), e.add(lane, i))) : s.store(dst, at, e.load(src, ctx.ir.kernel.dtype, at));
  return { loads: [], stores: [s.for('i', idx, c.of(idx, 0), c.of(idx, part.lanes), [value], { unroll: part.lanes <= 8 })] };
}

// ------------------------------------------------------------------------------------------------
// The KV-cache write (`kv_cache …`)

/**
 * The item's cache slot: `stored` when slot_mapping[flat] is a slot of the cache (−1 skips the
 * token; hosts refuse other values they can see, and a kernel writes no row for one), and
 * `slot`, that slot (0 when not stored, so every address stays in range).
 */
function slotOf(ctx: Ctx): Stmt[] {
  const { idx, int } = ctx;
  const given = v('slot_given', int);
  const kv = ctx.ir.kernel.kvCache!;
  const lookup: Stmt[] = kv.kind === 'paged' && slotArray(ctx.ir) === 'block_table' ? tableSlot(ctx, kv.block) : [s.let('slot_given', e.cast(int, e.load('slot_mapping', ctx.caps.intBuffers.positions, FLAT(ctx))))];
  return [
    ...lookup,
    s.let('stored', e.and(e.ge(given, c.of(int, 0)), e.lt(e.cast(idx, e.max(given, c.of(int, 0))), param('cache_slots', idx)))),
    s.let('slot', e.select(v('stored', 'bool'), e.cast(idx, e.max(given, c.of(int, 0))), c.of(idx, 0))),
  ];
}

/**
 * CPU loops: after a token's parts, its k heads (rotated, as k's destination holds it) and its v
 * heads into its cache row with block copies, when the token is stored. An fp8 cache: v's heads
 * only, each lane quantized (k's lanes were quantized from their computed values as k was stored:
 * cacheWrites); in a loop of their own, the encoder has one call site per token instead of one per
 * rotated pair, which V8 can inline.
 */
function cacheRows(ctx: Ctx, io: IO): Fn {
  const { idx } = ctx;
  const name = `cache_rows_${io.tag}`;
  const existing = ctx.functions.get(name);
  if (existing) return existing;
  const D = tensorLanes(ctx.ir, 'k').headDim;
  const h = v('h', idx);
  const kv = ctx.ir.kernel.kvCache!;
  const whole = !ctx.ir.kernel.strided && ctx.ir.kernel.layout !== 'bhsd' && !(kv.kind === 'paged' && kv.layout === 'hnd');
  const fp8 = fp8Cache(ctx.ir);
  const l = v('l', idx);
  const fn: Fn = {
    name,
    params: [{ name: 'b', ty: idx }, { name: 's', ty: idx }, { name: 'flat', ty: idx }],
    ret: 'void',
    doc: fp8 ? "the token's v heads into its cache row as fp8 e4m3 of v / v_scale, when it is stored (kv_cache …(dtype fp8_e4m3))"
      : "the token's k heads (rotated) and v heads into its cache row, when it is stored (kv_cache)",
    body: [
      ...slotOf(ctx),
      // Heads one after another in k, v and the cache row (no views, tokens outermost, a flat or NHD
      // cache): one copy of the token's every head each; otherwise head by head.
      s.if(v('stored', 'bool'), fp8 ? [s.for('h', idx, c.of(idx, 0), heads(ctx, 'k'), [
        s.let('co', cacheRow(ctx, h)),
        s.let('vo', headOffset(ctx, 'v', h)),
        s.for('l', idx, c.of(idx, 0), c.of(idx, D), [
          s.store('v_cache', e.add(v('co', idx), l), quantized(ctx, 'v', readLane(ctx, io.v, e.add(v('vo', idx), l)))),
        ]),
      ])] : whole ? [
        s.let('co', cacheRow(ctx, c.of(idx, 0))),
        s.copy('k_cache', v('co', idx), io.dst.k, headOffset(ctx, 'k', c.of(idx, 0)), e.mul(heads(ctx, 'k'), c.of(idx, D))),
        s.copy('v_cache', v('co', idx), io.v, headOffset(ctx, 'v', c.of(idx, 0)), e.mul(heads(ctx, 'k'), c.of(idx, D))),
      ] : [s.for('h', idx, c.of(idx, 0), heads(ctx, 'k'), [
        s.let('co', cacheRow(ctx, h)),
        s.copy('k_cache', v('co', idx), io.dst.k, headOffset(ctx, 'k', h), c.of(idx, D)),
        s.copy('v_cache', v('co', idx), io.v, headOffset(ctx, 'v', h), c.of(idx, D)),
      ])]),
    ],
  };
  ctx.functions.set(name, fn);
  return fn;
}

/**
 * slot_given from the block table: the token's position p (its index plus the offset, or its entry
 * of the positions tensor), then block_table[b, p / B] · B + p % B, or −1 when p is outside the
 * row or the row has no block there (−1).
 */
function tableSlot(ctx: Ctx, block: number): Stmt[] {
  const { ir, idx, int } = ctx;
  const src = ir.positions.source;
  const size = c.of(int, block);
  const p = v('kv_pos', int);
  let position: Expr;
  if (src.kind === 'tensor') position = e.cast(int, e.load('positions', ctx.caps.intBuffers.positions, FLAT(ctx)));
  else {
    const offset = src.kind === 'index' && src.offset === 'per_sequence' ? e.cast(int, e.load('offsets', ctx.caps.intBuffers.offsets, B(ctx)))
      : src.kind === 'index' && src.offset === 'scalar' ? param('offset', int) : c.of(int, 0);
    position = e.add(e.cast(int, S(ctx)), offset);
  }
  const width = e.cast(int, param('table_blocks', idx));
  const within = e.and(e.ge(p, c.of(int, 0)), e.lt(e.div(p, size), width));
  // Clamped where outside, so the read stays in the table (its result is not used then).
  const at = e.add(e.mul(e.cast(idx, B(ctx)), param('table_blocks', idx)), e.cast(idx, e.select(within, e.div(p, size), c.of(int, 0))));
  const entry = v('kv_block', int);
  return [
    s.let('kv_pos', position),
    s.let('kv_block', e.select(within, e.cast(int, e.load('block_table', 'i32', at)), c.of(int, -1))),
    s.let('slot_given', e.select(e.ge(entry, c.of(int, 0)), e.add(e.mul(entry, size), e.mod(p, size)), c.of(int, -1))),
  ];
}

/** Element of lane 0 of head h of the slot in the cache: flat and NHD rows are [slot, h], HND [block, h, slot % block]. */
function cacheRow(ctx: Ctx, h: Expr): Expr {
  const { ir, idx } = ctx;
  const kv = ir.kernel.kvCache!;
  const D = c.of(idx, tensorLanes(ir, 'k').headDim);
  const H = heads(ctx, 'k');
  const slot = v('slot', idx);
  if (kv.kind === 'paged' && kv.layout === 'hnd') {
    const B = c.of(idx, kv.block);
    return e.mul(e.add(e.mul(e.add(e.mul(e.div(slot, B), H), h), B), e.mod(slot, B)), D);
  }
  return e.mul(e.add(e.mul(slot, H), h), D);
}

/**
 * k's stores of one head, each followed (when the token is stored) by the same element of the
 * cache row (k_cache ← the rotated value) and of v (v_cache ← v's element at the same lane): the
 * caches get exactly the lanes k's schedule writes, which with a cache are all of them.
 */
function cacheWrites(ctx: Ctx, stores: Stmt[], io: IO, o: string, h: Expr, tag: string): Stmt[] {
  // CPU loops write the cache after the token's parts (cacheRows): whole heads, while they are in
  // cache; except an fp8 cache, which every kernel quantizes lane by lane from the computed value.
  const loops = ctx.caps.items === 'loops';
  if (!ctx.ir.kernel.kvCache || (loops && !fp8Cache(ctx.ir))) return stores;
  const dst = io.dst.k;
  const { idx } = ctx;
  const [co, vo] = [`${tag}co`, `${tag}vo`];
  const swap = (x: Expr, to: string): Expr => {
    const [st] = mapExprs([s.let('_', x)], (y) => (y.op === 'var' && y.name === o ? v(to, idx) : y));
    return (st as Extract<Stmt, { op: 'let' }>).value;
  };
  let n = 0;
  const twin = (st: Stmt): Stmt[] => {
    if (st.op === 'store' && st.buffer === dst) {
      // The stored value once, in a local, for k's element and the cache's: a computed value before
      // its rounding to 16 bits (storage types live only in buffers); a 16-bit copy is read twice.
      const ty = st.value.ty as Buffer['element'];
      const name = `${tag}kw${n++}`;
      // (A conversion to f32 storage, on a target that computes in f64, hoists the value before it.)
      const hoisted: { let: Stmt[]; value: Expr } = st.value.op === 'encode' || st.value.op === 'cast'
        ? { let: [s.let(name, st.value.a)], value: { ...st.value, a: v(name, st.value.a.ty as Ty) } }
        : ty === 'f16' || ty === 'bf16' ? { let: [], value: st.value } : { let: [s.let(name, st.value, ty as Ty)], value: v(name, ty as Ty) };
      const ci = swap(st.index, co);
      return [...hoisted.let, { ...st, value: hoisted.value }, s.if(v('stored', 'bool'), fp8Cache(ctx.ir) ? [
        // fp8: lane by lane, each quantized (a computed value before any 16-bit rounding); CPU
        // loops quantize v in cacheRows, after the token's heads.
        ...(computedLanes(st.value) ?? lanesOf(ctx, hoisted.value.op === 'encode' || hoisted.value.op === 'cast' ? hoisted.value.a : hoisted.value)).map((x, l) => s.store('k_cache', lanePlus(ci, l, idx), quantized(ctx, 'k', x))),
        ...(loops ? [] : lanesOf(ctx, e.load(io.v, ty, swap(st.index, vo))).map((x, l) => s.store('v_cache', lanePlus(ci, l, idx), quantized(ctx, 'v', x)))),
      ] : [
        s.store('k_cache', ci, hoisted.value),
        s.store('v_cache', ci, e.load(io.v, ty, swap(st.index, vo))),
      ])];
    }
    if (st.op === 'for') return [{ ...st, body: st.body.flatMap(twin), independent: undefined }];
    if (st.op === 'if') return [{ ...st, then: st.then.flatMap(twin), else: st.else?.flatMap(twin) }];
    return [st];
  };
  return [s.let(co, cacheRow(ctx, h)), ...(loops ? [] : [s.let(vo, headOffset(ctx, 'v', h))]), ...stores.flatMap(twin)];
}

/** index + l (the element l lanes on). */
const lanePlus = (index: Expr, l: number, idx: Scalar): Expr => (l === 0 ? index : e.add(index, c.of(idx, l)));

/**
 * A value k's store writes (or v's element as loaded), as the compute values of its lanes: one for a
 * scalar (a 16-bit element decoded), four for a vec4f, eight 16-bit halves of a vec4u.
 */
function lanesOf(ctx: Ctx, x: Expr): Expr[] {
  const dtype = ctx.ir.kernel.dtype;
  const F = f(ctx);
  if (x.ty === 'vec4f') return [0, 1, 2, 3].map((i) => e.cast(F, e.lane(x, i, 'f32')));
  if (x.ty === 'vec4u') {
    if (dtype === 'f32') throw new Error('kernel builder: a vec4u of f32 lanes');
    return Array.from({ length: 8 }, (_, i) => halfLane(ctx, x, i));
  }
  if (x.ty === 'f16' || x.ty === 'bf16') return [e.decode(x.ty, x, F)];
  return [e.cast(F, x)];
}

/**
 * The compute values a 16-byte store of rotated lanes was made from (writeVector: f32 lanes cast,
 * or 16-bit lanes encoded two to a word), so an fp8 cache gets them before their rounding to
 * q and k's dtype; undefined for other values (a copy).
 */
function computedLanes(x: Expr): Expr[] | undefined {
  if (x.op !== 'vec') return undefined;
  if (x.ty === 'vec4f') return x.parts.every((p) => p.op === 'cast') ? x.parts.map((p) => (p as Extract<Expr, { op: 'cast' }>).a) : undefined;
  const out: Expr[] = [];
  for (const w of x.parts) {
    if (w.op !== 'binary' || w.fn !== '|' || w.a.op !== 'encode' || w.b.op !== 'binary' || w.b.fn !== '<<' || w.b.a.op !== 'encode') return undefined;
    out.push(w.a.a, w.b.a.a);
  }
  return out;
}

/**
 * `q … output fp8_e4m3`: every store to q_out becomes one byte per lane, e4m3(x / q_scale) of the
 * lane's computed value (before any rounding to q's dtype: computedLanes), or of the element a copy
 * read (pass-through lanes). Only out-of-place variants exist, so q_out is never read.
 */
function quantizeQ(ctx: Ctx, m: KernelModule): KernelModule {
  let n = 0;
  const rewrite = (body: Stmt[]) => mapStmts(body, (st) => {
    if (st.op === 'copy' && st.dst === 'q_out') throw new Error('kernel builder: a copy into an fp8 q_out');
    if (st.op !== 'store' || st.buffer !== 'q_out') return [st];
    const x = st.value;
    const direct = computedLanes(x) ?? (x.op === 'encode' || x.op === 'cast' ? [x.a] : undefined);
    if (direct) return direct.map((lane, l) => s.store('q_out', lanePlus(st.index, l, ctx.idx), quantized(ctx, 'q', lane)));
    // A copied element (storage types live only in buffers: decoded where it is read), or a copied
    // vector, read once into a local, then each lane.
    const vector = x.ty === 'vec4f' || x.ty === 'vec4u';
    const name = `qw${n++}`;
    const lanes = lanesOf(ctx, vector ? v(name, x.ty as Ty) : x);
    return [...(vector ? [s.let(name, x, x.ty as Ty)] : []), ...lanes.map((lane, l) => s.store('q_out', lanePlus(st.index, l, ctx.idx), quantized(ctx, 'q', lane)))];
  });
  return { ...m, functions: m.functions.map((fn) => ({ ...fn, body: rewrite(fn.body) })), entries: m.entries.map((x) => ({ ...x, body: rewrite(x.body) })) };
}

/**
 * `kv_cache …(dtype fp8_e4m3)`, `q … output fp8_e4m3`: x / scale (t's: k_scale, v_scale, a float32) as e4m3, saturating
 * and nearest-even (CUDA's __nv_fp8_e4m3). The division is the target's (f32 on GPUs, f64 in TS).
 */
function quantized(ctx: Ctx, t: 'q' | 'k' | 'v', x: Expr): Expr {
  // The hosts pass the scale as a float32 (a float in CUDA and WGSL; TS hosts round it in validate()).
  return e.encode('e4m3', e.div(x, param(`${t}_scale`, f(ctx))));
}

// ------------------------------------------------------------------------------------------------
// Storage: q and k elements ↔ compute values

function readLane(ctx: Ctx, buffer: string, at: Expr): Expr {
  const dtype = ctx.ir.kernel.dtype;
  const raw = e.load(buffer, dtype, at);
  return dtype === 'f32' ? e.cast(f(ctx), raw) : e.decode(dtype, raw, f(ctx));
}

function writeLane(ctx: Ctx, buffer: string, at: Expr, value: Expr): Stmt {
  const dtype = ctx.ir.kernel.dtype;
  return s.store(buffer, at, dtype === 'f32' ? e.cast('f32', value) : e.encode(dtype, value));
}

/** 16-bit lane i of a vec4u of eight (word i / 2, low half first), decoded to a compute value. */
function halfLane(ctx: Ctx, x: Expr, i: number): Expr {
  const w = e.lane(x, i >> 1, 'u32');
  return e.decode(ctx.ir.kernel.dtype as Storage16, i % 2 === 0 ? e.bitand(w, c.u32(0xffff)) : e.shr(w, c.u32(16)), f(ctx));
}

/** 16 bytes at element `at` (a multiple of W): W lanes as compute values, one local each. */
function readVector(ctx: Ctx, buffer: string, at: Expr, W: number, name: string): { stmts: Stmt[]; lanes: Expr[] } {
  const dtype = ctx.ir.kernel.dtype;
  const F = f(ctx);
  const raw = `${name}v`;
  const stmts: Stmt[] = [s.let(raw, e.load(buffer, dtype === 'f32' ? 'vec4f' : 'vec4u', at))];
  for (let i = 0; i < W; i++) {
    if (dtype === 'f32') {
      stmts.push(s.let(`${name}${i}`, e.cast(F, e.lane(v(raw, 'vec4f'), i, 'f32'))));
      continue;
    }
    stmts.push(s.let(`${name}${i}`, halfLane(ctx, v(raw, 'vec4u'), i)));
  }
  return { stmts, lanes: Array.from({ length: W }, (_, i) => v(`${name}${i}`, F)) };
}

function writeVector(ctx: Ctx, buffer: string, at: Expr, values: Expr[]): Stmt {
  const dtype = ctx.ir.kernel.dtype;
  if (dtype === 'f32') return s.store(buffer, at, e.vec('vec4f', values.map((x) => e.cast('f32', x))));
  const bits = (x: Expr) => e.encodeBits(dtype, x);
  const words = [0, 1, 2, 3].map((m) => e.bitor(bits(values[2 * m]), e.shl(bits(values[2 * m + 1]), c.u32(16))));
  return s.store(buffer, at, e.vec('vec4u', words));
}

export type { Schedule };
