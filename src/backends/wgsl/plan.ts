// The WGSL backend's plan: every decision about the kernel's shape, made once from the IR, that
// the shader, the host module and the manifest all read (thread mapping, bindings, uniform block,
// how positions and ω reach the kernel). The three printers only format this object.
import type { FoldedOmega, PairIR, RopeIR } from '../../compiler/ir.js';
import type { Dtype, Layout } from '../../compiler/spec.js';
import { chunkPlan } from '../chunks.js';

export const DEFAULT_WORKGROUP_SIZE = 64;
/** WebGPU's default maxComputeWorkgroupSizeX and maxComputeInvocationsPerWorkgroup. */
export const MAX_WORKGROUP_SIZE = 256;
export const MAX_WORKGROUPS_PER_DIMENSION = 65535;
/** The entry point's name: fixed, so it can never collide with a spec's name. */
export const ENTRY_POINT = 'rope';
/** The out-of-place entry point: reads q_src and k_src, writes q and k. */
export const OUT_OF_PLACE_ENTRY_POINT = 'rope_out_of_place';

export type PositionPlan =
  | { kind: 'index'; offset: 'none' | 'scalar' | 'per_sequence'; packed: boolean }
  /** Read from the `positions` tensor: [tokens] or [components, tokens], i32 or f32. */
  | { kind: 'tensor'; element: 'i32' | 'f32'; components: number; source: 'tensor' | 'timeline' | 'mrope' }
  /** Evaluated per token from a segment table (src/positions/encoding.ts): 1 (time line) or 3 components. */
  | { kind: 'segments'; components: 1 | 3; source: 'timeline' | 'mrope' }
  | {
      kind: 'grid';
      axes: string[];
      prefix: number;
      normalize: 'none' | 'separate' | 'max' | 'min';
      /** Cells centred on 0: i − (N − 1)/2 before the affine map (never integral). */
      center: boolean;
      /** Several grids in one call: sequence b (cu_seqlens) has the sizes in row b of grid_sizes. */
      packed: boolean;
      /** Whole-number positions (no normalization, integer stride/shift/scale): the exact int path. */
      integral: boolean;
      stride: number[];
      shift: number[];
      scale: number[];
    };

export interface VectorPlan {
  /** Lanes per 16-byte vector: 4 (f32) or 8 (two 16-bit lanes per u32 word). */
  lanes: 4 | 8;
  /**
   * Groups 0 … vectorGroups − 1 are vector chunks; the rest are the scalar tail: pairs whose lanes
   * do not fill whole vectors, grouped so that each vector they touch belongs to one group (that
   * invocation reads and writes whole vectors and changes only its own lanes).
   */
  vectorGroups: number;
  /**
   * Per vector group: 'split' rotates lanes a … a+W−1 against b … b+W−1 (half style, W pairs);
   * 'adjacent' rotates (a, b) neighbours inside one vector (interleaved, W/2 pairs).
   */
  kind: ('split' | 'adjacent')[];
  /** Vector index within a head of the group's a lanes and b lanes (equal for 'adjacent'). */
  vecA: number[];
  vecB: number[];
}

/** ω as the shader sees it: exactly the IR's folded form (static constants or a run-time form). */
export type OmegaPlan = FoldedOmega;

export interface BindingPlan {
  binding: number;
  name: string;
  /** WGSL declaration pieces. */
  space: 'uniform' | 'storage';
  access: 'read' | 'read_write' | null;
  wgslType: string;
  /** Element type in words a reader of the manifest understands. */
  element: string;
  /** Shape as a formula of run-time sizes. */
  shape: string;
  bytes: string;
  /** Who fills it: the caller's buffer, or the host module from other arguments. */
  provider: 'caller' | 'host';
  description: string;
}

export interface UniformField {
  name: string;
  type: 'u32' | 'i32';
  offset: number;
  /** The run-time value it holds, in words. */
  value: string;
}

export interface WgslPlan {
  name: string;
  headDim: number;
  pairs: number;
  dtype: Dtype;
  layout: Layout;
  /**
   * How q and k are stored: 'packed' = f32 as array<f32>, f16 and bf16 two per u32 word (runs on
   * every adapter); 'native' = f16 as array<f16> under `enable f16` (needs shader-f16).
   */
  storage: 'packed' | 'native';
  /** Elements per 32-bit word of q and k storage: 1 (f32, native f16) or 2 (f16, bf16 packed). */
  elementsPerWord: 1 | 2;
  /**
   * 16-byte access: q and k (and q_src, k_src) are array<vec4<f32>> (f32: 4 lanes per vector) or
   * array<vec4<u32>> (f16, bf16: 8 lanes); the groups are the vector chunks of the shared chunk
   * plan (src/backends/chunks.ts), then the scalar tail. Null: scalar access, one element (or one
   * packed word) at a time, when no chunk of the head is a whole vector.
   */
  vector: VectorPlan | null;
  /** Lanes of one storage access of q and k: 1 (f32, native f16), 2 (packed word), 4 or 8 (vector). */
  accessLanes: number;
  workgroupSize: number;
  /**
   * Pair groups: the unit of work of one invocation per token. Pairs whose lanes share a u32 word
   * (16-bit storage) are in one group, so no two invocations ever read-modify-write the same word.
   */
  groups: number[][];
  /**
   * The out-of-place entry point's work per token: the pair groups above (same order), each with
   * the lanes that do not rotate but share a storage word with its pairs, then copy-only groups of
   * the remaining pass-through lanes. Every lane of a head is written by exactly one group, and
   * the lanes of one storage word by one group.
   */
  outGroups: { pairs: number[]; copyLanes: number[] }[];
  laneA: number[];
  laneB: number[];
  /** Position component each pair reads. */
  component: number[];
  components: number;
  positions: PositionPlan;
  omega: OmegaPlan;
  precision: 'exact' | 'fast';
  table: { maxPositions: number } | null;
  attentionFactor: number;
  sign: 1 | -1;
  qHeads: number | null;
  kHeads: number | null;
  inplace: boolean;
  uniform: { fields: UniformField[]; size: number };
  bindings: BindingPlan[];
}

/** Are the sequences a packed batch (cu_seqlens): `index packed` or `grid(…) packed`? */
export function packedSequences(pos: PositionPlan): boolean {
  return (pos.kind === 'index' || pos.kind === 'grid') && pos.packed;
}

export interface WgslPlanOptions {
  /** 'packed' (default) or 'native' (f16 as array<f16>, needs shader-f16). */
  storage?: 'packed' | 'native';
  /** Use 16-byte vectors where some chunk of the head is a whole vector (default true; native f16 never does). */
  vector?: boolean;
}

export function planWgsl(ir: RopeIR, workgroupSize: number, options: WgslPlanOptions = {}): WgslPlan {
  const storage = options.storage ?? 'packed';
  if (!ir.omega) throw new Error('wgsl backend: run optimize(ir) first (omega not folded)');
  if (storage === 'native' && ir.kernel.dtype !== 'f16') throw new Error('wgsl backend: native storage exists for f16 only');
  const elementsPerWord = ir.kernel.dtype === 'f32' || storage === 'native' ? 1 : 2;
  const positions = planPositions(ir);
  const omega: OmegaPlan = ir.omega;
  const table = ir.kernel.sincos.kind === 'table' ? { maxPositions: ir.kernel.sincos.maxPositions } : null;
  const uniform = planUniform(positions);
  const vector = options.vector === false || storage === 'native' ? null : planVector(ir);
  const plan: WgslPlan = {
    name: ir.name,
    headDim: ir.headDim,
    pairs: ir.pairs.length,
    dtype: ir.kernel.dtype,
    layout: ir.kernel.layout,
    storage,
    elementsPerWord,
    vector: vector?.plan ?? null,
    accessLanes: vector?.plan.lanes ?? elementsPerWord,
    workgroupSize,
    groups: vector?.groups ?? pairGroups(ir.pairs, elementsPerWord),
    outGroups: [],
    laneA: ir.pairs.map((p) => p.laneA),
    laneB: ir.pairs.map((p) => p.laneB),
    component: ir.pairs.map((p) => ir.positions.axisComponent[p.axis]),
    components: ir.positions.components,
    positions,
    omega,
    precision: ir.kernel.precision,
    table,
    attentionFactor: ir.attentionFactor,
    sign: ir.sign,
    qHeads: ir.kernel.qHeads,
    kHeads: ir.kernel.kHeads,
    inplace: ir.kernel.inplace,
    uniform,
    bindings: [],
  };
  plan.outGroups = outOfPlaceGroups(plan);
  plan.bindings = planBindings(plan);
  return plan;
}

/** Pass-through lanes per copy-only group: enough work to amortize a thread, few enough to spread. */
const COPY_LANES_PER_GROUP = 16;

/** The vector plan's groups (one per vector chunk, then the tail), or null where no chunk is a vector. */
function planVector(ir: RopeIR): { plan: VectorPlan; groups: number[][] } | null {
  const lanes = ir.kernel.dtype === 'f32' ? 4 : 8;
  const chunks = chunkPlan(ir, lanes);
  const plan: VectorPlan = { lanes, vectorGroups: 0, kind: [], vecA: [], vecB: [] };
  const groups: number[][] = [];
  const tail: PairIR[] = [];
  for (const seg of chunks.segments) {
    if (seg.kind !== 'rotate') continue;
    if (seg.vector === 'none') {
      for (let j = seg.firstPair; j < seg.firstPair + seg.chunks; j++) tail.push(ir.pairs[j]);
      continue;
    }
    for (let c = 0; c < seg.chunks; c++) {
      const first = c * seg.pairsPerChunk;
      groups.push(Array.from({ length: seg.pairsPerChunk }, (_, i) => seg.firstPair + first + i));
      plan.kind.push(seg.vector);
      plan.vecA.push((seg.laneA + first * seg.stride) / lanes);
      plan.vecB.push((seg.vector === 'split' ? seg.laneB + first : seg.laneA + first * seg.stride) / lanes);
    }
  }
  if (groups.length === 0) return null;
  plan.vectorGroups = groups.length;
  // A vector chunk's vectors hold only its own pairs' lanes, so tail groups never touch them.
  groups.push(...pairGroups(tail, lanes));
  return { plan, groups };
}

function outOfPlaceGroups(plan: WgslPlan): { pairs: number[]; copyLanes: number[] }[] {
  // The unit two invocations must never share: a packed word, or a whole vector.
  const word = (lane: number) => Math.floor(lane / plan.accessLanes);
  const rotated = new Set([...plan.laneA, ...plan.laneB]);
  const ownerOfWord = new Map<number, number>();
  plan.groups.forEach((g, gi) => {
    for (const j of g) for (const lane of [plan.laneA[j], plan.laneB[j]]) ownerOfWord.set(word(lane), gi);
  });
  const out = plan.groups.map((pairs) => ({ pairs, copyLanes: [] as number[] }));
  const loose: number[] = [];
  for (let lane = 0; lane < plan.headDim; lane++) {
    if (rotated.has(lane)) continue;
    const owner = ownerOfWord.get(word(lane));
    if (owner !== undefined) out[owner].copyLanes.push(lane);
    else loose.push(lane);
  }
  // Copy-only groups: whole words or vectors. (The head dim is a multiple of either; a vector no
  // group owns holds no rotated lane, so all its lanes are loose and none straddles two groups.)
  for (let i = 0; i < loose.length;) {
    const lanes: number[] = [];
    while (i < loose.length && (lanes.length < COPY_LANES_PER_GROUP || word(loose[i]) === word(lanes[lanes.length - 1]))) {
      lanes.push(loose[i++]);
    }
    out.push({ pairs: [], copyLanes: lanes });
  }
  return out;
}

function planPositions(ir: RopeIR): PositionPlan {
  const src = ir.positions.source;
  // The builder's name (mrope, timeline) only labels the tensor in the manifest and comments.
  const builder = ir.host.positions.kind;
  const label = builder === 'mrope' || builder === 'timeline' ? builder : 'tensor';
  switch (src.kind) {
    case 'index':
      return { kind: 'index', offset: src.offset, packed: ir.positions.sequences === 'packed' };
    case 'tensor':
      return { kind: 'tensor', element: src.element === 'int' ? 'i32' : 'f32', components: ir.positions.components, source: label };
    case 'segments':
      return { kind: 'segments', components: ir.positions.components === 3 ? 3 : 1, source: label === 'mrope' ? 'mrope' : 'timeline' };
    case 'grid':
      return {
        kind: 'grid', axes: src.axes.map((a) => a.name), prefix: src.prefix, normalize: src.normalize, center: src.center,
        packed: src.sizes === 'per_sequence', integral: src.integral,
        stride: src.axes.map((a) => a.stride), shift: src.axes.map((a) => a.shift), scale: src.axes.map((a) => a.scale),
      };
  }
}

/** Connected components of "shares a storage unit of `lanesPerUnit` lanes" over `pairs` (singletons for 1). */
function pairGroups(pairs: readonly PairIR[], lanesPerUnit: number): number[][] {
  const parent = pairs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  if (lanesPerUnit > 1) {
    const owner = new Map<number, number>();
    pairs.forEach((p, i) => {
      for (const lane of [p.laneA, p.laneB]) {
        const unit = Math.floor(lane / lanesPerUnit);
        const other = owner.get(unit);
        if (other === undefined) owner.set(unit, i);
        else parent[find(i)] = find(other);
      }
    });
  }
  const byRoot = new Map<number, number[]>();
  pairs.forEach((p, i) => {
    const r = find(i);
    if (!byRoot.has(r)) byRoot.set(r, []);
    byRoot.get(r)!.push(p.index);
  });
  return [...byRoot.values()].sort((a, b) => a[0] - b[0]);
}

function planUniform(positions: PositionPlan): { fields: UniformField[]; size: number } {
  const fields: Omit<UniformField, 'offset'>[] = [
    { name: 'tokens', type: 'u32', value: 'tokens (all sequences together)' },
    { name: 'batch', type: 'u32', value: 'batch (number of sequences; len(cu_seqlens) − 1 when packed)' },
    { name: 'seq', type: 'u32', value: 'seq (tokens per sequence; 0 when packed)' },
    { name: 'q_heads', type: 'u32', value: 'q_heads' },
    { name: 'k_heads', type: 'u32', value: 'k_heads' },
    { name: 'row_threads', type: 'u32', value: 'workgroups.x × workgroup_size (invocations per dispatch row)' },
  ];
  if (positions.kind === 'index' && positions.offset === 'scalar') {
    fields.push({ name: 'offset', type: 'i32', value: 'offset (added to every token index)' });
  }
  if (positions.kind === 'grid' && !positions.packed) {
    positions.axes.forEach((a, i) => fields.push({ name: `grid${i}`, type: 'u32', value: `grid size of axis '${a}'` }));
  }
  const withOffsets = fields.map((f, i) => ({ ...f, offset: 4 * i }));
  return { fields: withOffsets, size: Math.ceil((4 * fields.length) / 16) * 16 };
}

function layoutShape(layout: Layout, heads: string, headDim: number): string {
  switch (layout) {
    case 'thd':
      return `[tokens, ${heads}, ${headDim}]`;
    case 'bshd':
      return `[batch, seq, ${heads}, ${headDim}]`;
    case 'bhsd':
      return `[batch, ${heads}, seq, ${headDim}]`;
  }
}

function planBindings(plan: WgslPlan): BindingPlan[] {
  const out: BindingPlan[] = [];
  let binding = 0;
  const add = (b: Omit<BindingPlan, 'binding'>) => out.push({ ...b, binding: binding++ });
  add({
    name: 'params', space: 'uniform', access: null, wgslType: 'Params', element: 'struct Params (see uniform)',
    shape: '[1]', bytes: String(plan.uniform.size), provider: 'host', description: 'run-time sizes',
  });
  const bytesPerElement = plan.dtype === 'f32' ? 4 : 2;
  const element = plan.vector
    ? plan.elementsPerWord === 1 ? 'vec4<f32> (lanes 4i … 4i + 3)' : `vec4<u32> (eight ${plan.dtype} values, two per word, lower lane in bits 0–15)`
    : plan.elementsPerWord === 1 ? plan.dtype : `u32 (two ${plan.dtype} values, lower lane in bits 0–15)`;
  const arrayType = plan.vector
    ? plan.elementsPerWord === 1 ? 'array<vec4<f32>>' : 'array<vec4<u32>>'
    : plan.elementsPerWord === 1 ? `array<${plan.dtype}>` : 'array<u32>';
  for (const which of ['q', 'k'] as const) {
    const shape = layoutShape(plan.layout, `${which}_heads`, plan.headDim);
    add({
      name: which, space: 'storage', access: 'read_write', wgslType: arrayType, element,
      shape, bytes: `tokens × ${which}_heads × ${plan.headDim} × ${bytesPerElement}`, provider: 'caller',
      description: `${which}: rotated in place, or the output of the out-of-place entry point`,
    });
  }
  const pos = plan.positions;
  if (pos.kind === 'tensor') {
    add({
      name: 'positions', space: 'storage', access: 'read', wgslType: `array<${pos.element}>`, element: pos.element,
      shape: pos.components === 1 ? '[tokens]' : `[${pos.components}, tokens]`, bytes: `${pos.components} × tokens × 4`,
      provider: 'caller', description: `${pos.source} positions, component-major`,
    });
  }
  if (pos.kind === 'segments') {
    add({
      name: 'segment_table', space: 'storage', access: 'read', wgslType: 'array<i32>', element: 'i32',
      shape: '[batch + 1 + 8 × segments]', bytes: '(batch + 1 + 8 × segments) × 4', provider: 'host',
      description: 'segment table (encodeSegments(...).table; docs/positions.md), checked and uploaded by the host module',
    });
    add({
      name: 'segment_values', space: 'storage', access: 'read', wgslType: 'array<f32>', element: 'f32',
      shape: '[values] (at least 1 entry: an empty list is bound as one 0)', bytes: 'max(values, 1) × 4', provider: 'host',
      description: 'frame times and grid temporal scales (encodeSegments(...).values)',
    });
  }
  if (pos.kind === 'index' && pos.offset === 'per_sequence') {
    add({
      name: 'offsets', space: 'storage', access: 'read', wgslType: 'array<i32>', element: 'i32', shape: '[batch]',
      bytes: 'batch × 4', provider: 'host', description: 'per-sequence position offsets',
    });
  }
  if (packedSequences(pos)) {
    add({
      name: 'cu_seqlens', space: 'storage', access: 'read', wgslType: 'array<u32>', element: 'u32', shape: '[batch + 1]',
      bytes: '(batch + 1) × 4', provider: 'host', description: 'packed sequence starts (cumulative lengths)',
    });
  }
  if (pos.kind === 'grid' && pos.packed) {
    add({
      name: 'grid_sizes', space: 'storage', access: 'read', wgslType: 'array<u32>', element: 'u32', shape: `[batch, ${pos.axes.length}]`,
      bytes: `batch × ${pos.axes.length * 4}`, provider: 'host', description: `each sequence's grid sizes (${pos.axes.join(', ')})`,
    });
  }
  if (plan.omega.kind !== 'static') {
    add({
      name: 'omega', space: 'storage', access: 'read', wgslType: 'array<vec4<f32>>', element: 'vec4<f32>',
      shape: `[${plan.pairs}]`, bytes: `${plan.pairs * 16}`, provider: 'host',
      description: 'per pair: ω/2π split into hi, mid, lo f32 parts (12, 12, 24 bits) and ω as f32, computed from seq_len',
    });
  }
  if (plan.table) {
    add({
      name: 'sincos_table', space: 'storage', access: 'read', wgslType: 'array<vec2<f32>>', element: 'vec2<f32> (cos, sin)',
      shape: `[${plan.table.maxPositions}, ${plan.pairs}]`, bytes: `${plan.table.maxPositions * plan.pairs * 8}`, provider: 'host',
      description: 'cos and sin of p·ω_j for whole positions 0 ≤ p < max_positions, from float64',
    });
  }
  // Read only by the out-of-place entry point, which writes the rotation into q and k.
  for (const which of ['q', 'k'] as const) {
    add({
      name: `${which}_src`, space: 'storage', access: 'read', wgslType: arrayType, element,
      shape: layoutShape(plan.layout, `${which}_heads`, plan.headDim), bytes: `tokens × ${which}_heads × ${plan.headDim} × ${bytesPerElement}`,
      provider: 'caller', description: `${which} input, out of place only (entry point ${OUT_OF_PLACE_ENTRY_POINT}); left unchanged`,
    });
  }
  return out;
}
