// What a CUDA launch of one spec looks like, derived from the IR once and shared by every artifact
// (kernel, header, manifest, PyTorch op, test harness): the public argument list in order, and the
// chunk plan — how the work of one token is split over threads.
//
// A thread owns one (token, chunk). A rotate chunk is a few consecutive pairs of one lane run
// (sin/cos computed once, then every head of q and k rotated); a copy chunk is a few identity lanes
// (out-of-place only). The schedules themselves (src/kernel/schedule.ts) are shared with WGSL.
import type { OptimizedIR, RopeIR } from '../../compiler/ir.js';
import { schedule, type Schedule } from '../../kernel/schedule.js';
import { isPacked } from '../../compiler/runtime.js';
import type { Dtype } from '../../compiler/spec.js';


export type ArgDtype = Dtype | 'i64' | 'i32';

export interface TensorArg {
  kind: 'tensor';
  name: string;
  dtype: ArgDtype;
  /** 'in' read only, 'out' written, 'inout' rotated in place. */
  role: 'in' | 'out' | 'inout';
  /** Shape as formulas of run-time sizes (numbers where the spec fixes them). */
  shape: (string | number)[];
  /** Its length in elements as a C expression over the launcher's parameters. */
  lengthC: string;
  doc: string;
}

export interface SizeArg {
  kind: 'size';
  name: string;
  /** 'positive' sizes must be > 0; 'any' (the scalar position offset) may be any integer. */
  domain: 'positive' | 'any';
  doc: string;
}

export type LaunchArg = TensorArg | SizeArg;

export const BLOCK_THREADS = 256;
/** Dynamic ω travels by value in the kernel parameters; beyond this many pairs we refuse (RB001). */
export const MAX_DYNAMIC_PAIRS = 1024;

export function elemBytes(dtype: Dtype): number {
  return dtype === 'f32' ? 4 : 2;
}

/** Run-time size names of a grid axis (prefixed so an axis named like a tensor cannot collide). */
export function gridSizeName(axis: string): string {
  return `grid_${axis}`;
}

/** The spec's public arguments in launcher order (the stream comes last and is not listed). */
export function launchArgs(ir: RopeIR): LaunchArg[] {
  const src = ir.positions.source;
  const { layout, dtype, inplace } = ir.kernel;
  const packed = isPacked(ir);
  const heads = (which: 'q' | 'k'): string | number => (which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) ?? `${which}_heads`;
  const shape = (which: 'q' | 'k'): (string | number)[] =>
    layout === 'thd' ? ['tokens', heads(which), ir.headDim]
      : layout === 'bshd' ? ['batch', 'seq', heads(which), ir.headDim]
        : ['batch', heads(which), 'seq', ir.headDim];
  const tokensC = layout === 'thd' ? 'tokens' : 'batch * seq';
  const len = (which: 'q' | 'k') => `${tokensC} * ${heads(which)} * ${ir.headDim}`;
  const args: LaunchArg[] = [];
  for (const which of ['q', 'k'] as const) {
    args.push({ kind: 'tensor', name: which, dtype, role: inplace ? 'inout' : 'in', shape: shape(which), lengthC: len(which),
      doc: inplace ? `${which}, rotated in place` : `${which} input` });
  }
  if (!inplace) {
    for (const which of ['q', 'k'] as const) {
      args.push({ kind: 'tensor', name: `${which}_out`, dtype, role: 'out', shape: shape(which), lengthC: len(which),
        doc: `rotated ${which} (every element written)` });
    }
  }
  const fused = src.kind === 'segments';
  if (fused) {
    args.push({ kind: 'tensor', name: 'segment_table', dtype: 'i32', role: 'in', shape: ['segment_words'], lengthC: 'segment_words',
      doc: 'segment table, one row per sequence (encodeSegments(...).table; docs/positions.md)' });
    args.push({ kind: 'tensor', name: 'segment_values', dtype: 'f32', role: 'in', shape: ['segment_value_count'], lengthC: 'segment_value_count',
      doc: 'frame times and grid temporal scales (encodeSegments(...).values; NULL when empty)' });
  } else if (src.kind === 'tensor') {
    const isFloat = src.element === 'float';
    const c = ir.positions.components;
    args.push({ kind: 'tensor', name: 'positions', dtype: isFloat ? 'f32' : 'i64', role: 'in',
      shape: c === 1 ? ['tokens'] : [c, 'tokens'], lengthC: c === 1 ? tokensC : `${c} * ${tokensC}`,
      doc: c === 1 ? 'one position per token' : `${c} position components per token, component-major` });
  }
  if (src.kind === 'index' && src.offset === 'per_sequence') {
    args.push({ kind: 'tensor', name: 'offsets', dtype: 'i64', role: 'in', shape: ['batch'], lengthC: 'batch', doc: 'position offset of each sequence' });
  }
  if (packed) {
    args.push({ kind: 'tensor', name: 'cu_seqlens', dtype: 'i32', role: 'in', shape: ['batch + 1'], lengthC: 'batch + 1',
      doc: 'start of each packed sequence, then tokens' });
  }
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    const n = src.axes.length;
    args.push({ kind: 'tensor', name: 'grid_sizes', dtype: 'i32', role: 'in', shape: ['batch', n], lengthC: `batch * ${n}`,
      doc: `grid sizes (${src.axes.map((a) => a.name).join(', ')}) of each packed sequence` });
  }
  if (ir.kernel.sincos.kind === 'table') {
    const n = ir.kernel.sincos.maxPositions;
    args.push({ kind: 'tensor', name: 'sincos_table', dtype: 'f32', role: 'in', shape: [n, ir.pairs.length, 2],
      lengthC: `${n} * ${ir.pairs.length} * 2`, doc: '(cos, sin) of position·ω per pair, from the fill_sincos_table helper' });
  }
  if (layout === 'thd') {
    args.push({ kind: 'size', name: 'tokens', domain: 'positive', doc: 'number of tokens' });
    if (packed) args.push({ kind: 'size', name: 'batch', domain: 'positive', doc: 'number of packed sequences' });
  } else {
    args.push({ kind: 'size', name: 'batch', domain: 'positive', doc: 'number of sequences' });
    args.push({ kind: 'size', name: 'seq', domain: 'positive', doc: 'tokens per sequence' });
  }
  if (ir.kernel.qHeads === null) args.push({ kind: 'size', name: 'q_heads', domain: 'positive', doc: 'number of q heads' });
  if (ir.kernel.kHeads === null) args.push({ kind: 'size', name: 'k_heads', domain: 'positive', doc: 'number of k heads' });
  if (src.kind === 'index' && src.offset === 'scalar') args.push({ kind: 'size', name: 'offset', domain: 'any', doc: 'added to every position' });
  if (src.kind === 'grid' && src.sizes === 'uniform') {
    for (const { name: a } of src.axes) args.push({ kind: 'size', name: gridSizeName(a), domain: 'positive', doc: `grid size along ${a}` });
  }
  if (fused) {
    args.push({ kind: 'size', name: 'segment_words', domain: 'positive', doc: 'length of segment_table in words' });
    args.push({ kind: 'size', name: 'segment_value_count', domain: 'any', doc: 'length of segment_values (≥ 0)' });
  }
  if (ir.omega && ir.omega.kind !== 'static') {
    args.push({ kind: 'size', name: 'seq_len', domain: 'positive', doc: 'run-time sequence length the scaling depends on' });
  }
  return args;
}

/**
 * The two schedules a launch picks from: one pair (or lane) per thread, and 16 bytes per thread
 * where lanes line up (null when no run has a whole vector). The launcher takes the 16-byte one
 * when every q/k pointer is 16-byte aligned. CUDA memory is byte-addressable: a store touches only
 * its element, so items need not own words.
 */
export function cudaSchedules(ir: OptimizedIR): { scalar: Schedule; vector: Schedule | null } {
  const outOfPlace = !ir.kernel.inplace;
  const vector = schedule(ir, 'vector', outOfPlace, 1);
  return { scalar: schedule(ir, 'scalar', outOfPlace, 1), vector: vector.kind === 'vector' ? vector : null };
}
