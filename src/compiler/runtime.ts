// Run-time arguments: what a call of a compiled spec takes, how their shapes follow from the
// sizes, and the checks every host (interpreter, generated TS, WGSL and CUDA hosts) performs.
// Errors name the tensor, the expected shape in the spec's own words and what was given.
import type { RopeIR } from './ir.js';
import { RopeArgumentError } from './errors.js';
import { decodeSegments } from '../positions/encoding.js';
import type { SegmentTable } from '../positions/segments.js';

export { RopeArgumentError };

/** Sizes given at call time. Grid sizes are keyed by the grid's axis names (e.g. t, h, w). */
export interface RopeSizes {
  tokens?: number;
  batch?: number;
  seq?: number;
  q_heads?: number;
  k_heads?: number;
  offset?: number;
  seq_len?: number;
  [gridAxis: string]: number | undefined;
}

export interface RopeInputs {
  q: ArrayLike<number>;
  k: ArrayLike<number>;
  sizes: RopeSizes;
  positions?: ArrayLike<number>;
  /** mrope / timeline specs (fused): the encoded segment table, see src/positions/encoding.ts. */
  segment_table?: ArrayLike<number>;
  /** …and its float32 values (frame times, grid temporal scales). */
  segment_values?: ArrayLike<number>;
  offsets?: ArrayLike<number>;
  cu_seqlens?: ArrayLike<number>;
  /** `positions grid(…) packed`: each sequence's grid sizes, [batch, axes] (axes in spec order). */
  grid_sizes?: ArrayLike<number>;
}

export interface ResolvedShape {
  /** Number of sequences and the length of each (equal unless packed). */
  batch: number;
  seq: number;
  tokens: number;
  qHeads: number;
  kHeads: number;
  /** For packed batches: start of each sequence, length batch + 1. */
  cuSeqlens?: ArrayLike<number>;
  grid?: number[];
  /** `grid(…) packed`: the grid sizes of each sequence. */
  grids?: number[][];
  offset: number;
  seqLen?: number;
  /** Segment-table specs: the checked table, decoded (one SegmentTable per row). */
  segments?: SegmentTable[];
}

function isSize(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2 ** 53;
}

function needSize(sizes: RopeSizes, name: string, why: string): number {
  const v = sizes[name];
  if (v === undefined) throw new RopeArgumentError(`sizes.${name}: missing; ${why}`);
  if (!isSize(v)) throw new RopeArgumentError(`sizes.${name}: expected a whole number ≥ 0, got ${String(v)}`);
  return v;
}

/** Is the spec's batch packed (cu_seqlens): `index packed` or `grid(…) packed`? */
export function isPacked(ir: RopeIR): boolean {
  return ir.positions.sequences === 'packed';
}

/** Does the spec evaluate positions from a segment table (mrope / timeline, not `tensor`)? */
export function usesSegmentTable(ir: RopeIR): boolean {
  return ir.positions.source.kind === 'segments';
}

/** The tensors a spec takes besides q and k, with their shapes in words. */
export function positionTensorShape(ir: RopeIR): string | undefined {
  if (ir.positions.source.kind === 'tensor') {
    return ir.positions.components === 1 ? '[tokens]' : `[${ir.positions.components}, tokens]`;
  }
  return undefined;
}

export function resolveShape(ir: RopeIR, inputs: RopeInputs): ResolvedShape {
  const sizes = inputs.sizes ?? {};
  const src = ir.positions.source;
  const packed = isPacked(ir);
  let batch: number;
  let seq: number;
  let tokens: number;
  let cuSeqlens: ArrayLike<number> | undefined;
  if (ir.kernel.layout === 'thd') {
    tokens = needSize(sizes, 'tokens', 'layout [tokens, heads, dim] needs the token count');
    if (packed) {
      cuSeqlens = inputs.cu_seqlens;
      if (!cuSeqlens) throw new RopeArgumentError('cu_seqlens: missing; packed sequences need cu_seqlens of shape [batch + 1]');
      checkCuSeqlens(cuSeqlens, tokens);
      batch = cuSeqlens.length - 1;
      seq = 0;
      for (let b = 0; b < batch; b++) seq = Math.max(seq, cuSeqlens[b + 1] - cuSeqlens[b]);
    } else {
      batch = 1;
      seq = tokens;
    }
  } else {
    batch = needSize(sizes, 'batch', 'this layout has a batch axis');
    seq = needSize(sizes, 'seq', 'this layout has a seq axis');
    tokens = batch * seq;
  }
  const heads = (which: 'q' | 'k') => {
    const fixed = which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads;
    const key = `${which}_heads`;
    if (fixed !== null) {
      if (sizes[key] !== undefined && sizes[key] !== fixed) {
        throw new RopeArgumentError(`sizes.${key}: the spec fixes ${fixed} ${which} heads, got ${String(sizes[key])}`);
      }
      return fixed;
    }
    return needSize(sizes, key, `the spec leaves the number of ${which} heads to run time`);
  };
  const qHeads = heads('q');
  const kHeads = heads('k');
  const shape: ResolvedShape = { batch, seq, tokens, qHeads, kHeads, cuSeqlens, offset: 0 };
  if (src.kind === 'index' && src.offset === 'scalar') {
    const off = sizes.offset ?? 0;
    if (!Number.isInteger(off)) throw new RopeArgumentError(`sizes.offset: expected a whole number, got ${String(off)}`);
    shape.offset = off;
  }
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    if (!inputs.offsets) throw new RopeArgumentError(`offsets: missing; expected shape [batch] = [${batch}]`);
    if (inputs.offsets.length !== batch) {
      throw new RopeArgumentError(`offsets: expected shape [batch] = [${batch}], got length ${inputs.offsets.length}`);
    }
  }
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    shape.grids = checkGridSizes(inputs.grid_sizes, src.axes.map((a) => a.name), src.prefix, cuSeqlens!);
  } else if (src.kind === 'grid') {
    shape.grid = src.axes.map(({ name: a }) => needSize(sizes, a, `grid axis '${a}' has a run-time size`));
    const cells = shape.grid.reduce((x, y) => x * y, 1);
    if (seq !== src.prefix + cells) {
      throw new RopeArgumentError(
        `sizes: each sequence must hold prefix + ${src.axes.map((a) => a.name).join('·')} = ${src.prefix} + ${shape.grid.join('·')} = ${src.prefix + cells} tokens, got ${seq}`);
    }
  }
  const posShape = positionTensorShape(ir);
  if (posShape) {
    const expected = ir.positions.components * tokens;
    if (!inputs.positions) throw new RopeArgumentError(`positions: missing; expected shape ${posShape} = ${expected} values`);
    if (inputs.positions.length !== expected) {
      throw new RopeArgumentError(`positions: expected shape ${posShape.replace('tokens', String(tokens))} (${expected} values), got length ${inputs.positions.length}`);
    }
  }
  if (usesSegmentTable(ir)) {
    if (!inputs.segment_table) throw new RopeArgumentError(`segment_table: missing; spec ${ir.name} evaluates its ${ir.host.positions.kind} positions from a segment table (encodeSegments)`);
    if (!inputs.segment_values) throw new RopeArgumentError('segment_values: missing; pass the values array encodeSegments returns (it may be empty)');
    shape.segments = decodeSegments(inputs.segment_table, inputs.segment_values,
      { rows: batch, rowLength: seq, axes: ir.positions.components === 3 ? 3 : 1 });
  }
  if (ir.omega ? ir.omega.kind !== 'static' : ir.tables.some((t) => t.scaling?.kind === 'dynamic' || (t.scaling?.kind === 'longrope' && t.scaling.select === 'auto'))) {
    shape.seqLen = needSize(sizes, 'seq_len', 'this scaling depends on the sequence length');
  }
  const elems = (h: number) => tokens * h * ir.headDim;
  const describe = (which: 'q' | 'k', h: number) =>
    ir.kernel.layout === 'thd' ? `[tokens, ${which}_heads, head_dim] = [${tokens}, ${h}, ${ir.headDim}]`
      : ir.kernel.layout === 'bshd' ? `[batch, seq, ${which}_heads, head_dim] = [${batch}, ${seq}, ${h}, ${ir.headDim}]`
        : `[batch, ${which}_heads, seq, head_dim] = [${batch}, ${h}, ${seq}, ${ir.headDim}]`;
  for (const [which, h] of [['q', qHeads], ['k', kHeads]] as const) {
    const t = inputs[which];
    if (!t) throw new RopeArgumentError(`${which}: missing; expected shape ${describe(which, h)}`);
    if (t.length !== elems(h)) {
      throw new RopeArgumentError(`${which}: expected shape ${describe(which, h)} (${elems(h)} values), got length ${t.length}`);
    }
  }
  return shape;
}

function checkCuSeqlens(cu: ArrayLike<number>, tokens: number): void {
  if (cu.length < 2) throw new RopeArgumentError(`cu_seqlens: expected shape [batch + 1] with batch ≥ 1, got length ${cu.length}`);
  if (cu[0] !== 0) throw new RopeArgumentError(`cu_seqlens: must start at 0, got ${cu[0]}`);
  for (let i = 1; i < cu.length; i++) {
    if (!Number.isInteger(cu[i]) || cu[i] < cu[i - 1]) {
      throw new RopeArgumentError(`cu_seqlens: must be non-decreasing whole numbers; entry ${i} is ${cu[i]} after ${cu[i - 1]}`);
    }
  }
  if (cu[cu.length - 1] !== tokens) {
    throw new RopeArgumentError(`cu_seqlens: must end at tokens = ${tokens}, got ${cu[cu.length - 1]}`);
  }
}

/**
 * `grid(…) packed`: grid_sizes is [batch, axes] whole numbers below 2^31 (they travel as i32), and
 * sequence b of cu_seqlens holds exactly prefix + the product of its row. Returns the rows.
 */
function checkGridSizes(given: ArrayLike<number> | undefined, axes: string[], prefix: number, cu: ArrayLike<number>): number[][] {
  const batch = cu.length - 1;
  const n = axes.length;
  const shape = `[batch, ${n}] = [${batch}, ${n}] (one row of ${axes.join(', ')} sizes per sequence)`;
  if (!given) throw new RopeArgumentError(`grid_sizes: missing; packed grids need grid_sizes of shape ${shape}`);
  if (given.length !== batch * n) throw new RopeArgumentError(`grid_sizes: expected shape ${shape}, got length ${given.length}`);
  const rows: number[][] = [];
  for (let b = 0; b < batch; b++) {
    const row = axes.map((axis, a) => {
      const v = given[b * n + a];
      if (!(Number.isInteger(v) && v >= 0 && v < 2 ** 31)) {
        throw new RopeArgumentError(`grid_sizes: entry [${b}, ${a}] (axis '${axis}') must be a whole number in [0, 2^31), got ${v}`);
      }
      return v;
    });
    const cells = row.reduce((x, y) => x * y, 1);
    const length = cu[b + 1] - cu[b];
    if (length !== prefix + cells) {
      throw new RopeArgumentError(
        `grid_sizes: sequence ${b} holds ${length} tokens (cu_seqlens), but prefix + ${axes.join('·')} = ${prefix} + ${row.join('·')} = ${prefix + cells}`);
    }
    rows.push(row);
  }
  return rows;
}
