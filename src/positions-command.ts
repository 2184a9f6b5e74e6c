// `ropec positions`: run a spec's position builder on a JSON description of a sequence and return
// the positions as a .npy array (and, for mrope, the rope_delta per sequence). The JSON format is
// documented in docs/positions.md; keys follow Hugging Face's names.
import { forEachToken, tokenPosition } from './compiler/interpreter.js';
import type { RopeIR } from './compiler/ir.js';
import { RopeArgumentError, type ResolvedShape } from './compiler/runtime.js';
import { isExactInteger, refuseUnknownKeys } from './inputs.js';
import { writeNpy } from './npy.js';
import { buildMropePositions, buildMropeSegmentTables, mropeOptionsFromSpec, type MropeInputs, type MropeOptions, type Thw } from './positions/mrope.js';
import type { SegmentTable } from './positions/segments.js';
import { buildTimelineBatch, buildTimelineSegmentTable, frameTimes, type TimelineSegment } from './positions/timeline.js';

export interface PositionsOutput {
  positions: Uint8Array;
  shape: number[];
  ropeDeltas?: Uint8Array;
}

type Json = Record<string, unknown>;

function field<T>(obj: Json, key: string, check: (v: unknown) => v is T, what: string, required = true, where = ''): T | undefined {
  const v = obj[key];
  if (v === undefined) {
    if (required) throw new RopeArgumentError(`input: missing "${where}${key}" (${what})`);
    return undefined;
  }
  if (!check(v)) throw new RopeArgumentError(`input: "${where}${key}" must be ${what}, got ${shown(v)}`);
  return v;
}

function shown(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Most tokens (and video frames) one sequence description may ask for: a sequence this long is
 * far past any model's context, and building it would run the machine out of memory first.
 */
export const MAX_TOKENS = 1 << 24;
/** Positions and offsets are int32 in every kernel. */
const MAX_POSITION = 2 ** 31 - 1;

const KEYS = {
  mrope: ['input_ids', 'attention_mask', 'image_grid_thw', 'video_grid_thw', 'second_per_grid_ts', 'audio_lengths', 'audio_feature_lengths', 'mm_token_type_ids', 'use_audio_in_video'],
  timeline: ['seq_len', 'segments', 'rows', 'mode'],
  segment: ['kind', 'start', 'end', 'time', 'patches_per_frame', 'frame_times'],
  frameTimes: ['n', 'start', 'interval'],
  index: ['seq', 'batch', 'offset', 'offsets', 'cu_seqlens'],
  grid: ['sizes', 'batch'],
  packedGrid: ['grids'],
} as const;

const isInt = isExactInteger;
const isCount = (v: unknown): v is number => isInt(v) && v >= 0 && v <= MAX_TOKENS;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isIntRows = (v: unknown): v is number[][] => Array.isArray(v) && v.every((r) => Array.isArray(r) && r.every(isInt));
const isThwList = (v: unknown): v is Thw[] => Array.isArray(v) && v.every((r) => Array.isArray(r) && r.length === 3 && r.every(isInt));
const isNumList = (v: unknown): v is number[] => Array.isArray(v) && v.every(isNum);
const isIntList = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

function toI64(values: ArrayLike<number>): BigInt64Array {
  return BigInt64Array.from(Array.from(values, (x) => BigInt(x)));
}

/**
 * The builder's inputs and options for one JSON sequence: the spec gives the model's properties,
 * the JSON the input's (token ids, mask, grids, times, audio lengths, mm_token_type_ids and
 * use_audio_in_video, as the Hugging Face processor returns them). `ropec positions` and
 * `ropec run --sequence` both read it here, so they build the same positions.
 */
function mropeCall(ir: RopeIR, input: Json): { inputs: MropeInputs; options: MropeOptions } {
  const src = ir.host.positions;
  if (src.kind !== 'mrope') throw new Error('unreachable');
  refuseUnknownKeys(input, KEYS.mrope, 'input');
  const inputs: MropeInputs = {
    inputIds: field(input, 'input_ids', isIntRows, 'a list of rows of token ids')!,
    attentionMask: field(input, 'attention_mask', isIntRows, 'a list of rows of 0/1', false),
    imageGridThw: field(input, 'image_grid_thw', isThwList, 'a list of [t, h, w]', false),
    videoGridThw: field(input, 'video_grid_thw', isThwList, 'a list of [t, h, w]', false),
    secondPerGridTs: field(input, 'second_per_grid_ts', isNumList, 'a list of numbers', false),
    audioLengths: field(input, 'audio_lengths', isIntList, 'a list of whole numbers', false),
    audioFeatureLengths: field(input, 'audio_feature_lengths', isIntList, 'a list of whole numbers', false),
    mmTokenTypeIds: field(input, 'mm_token_type_ids', isIntRows, 'a list of rows of 0 (text), 1 (image), 2 (video)', false),
  };
  const options = mropeOptionsFromSpec(src);
  const useAudioInVideo = field(input, 'use_audio_in_video', isBool, 'true or false', false);
  if (useAudioInVideo !== undefined) {
    if (src.audioToken === null && useAudioInVideo) throw new RopeArgumentError(`input: "use_audio_in_video" needs a Qwen2.5-Omni spec (mrope with audio_token); spec ${ir.name} has none`);
    options.useAudioInVideo = useAudioInVideo;
  }
  return { inputs, options };
}

/** The builder's messages name its fields (imageGridThw); the JSON's keys are the processor's (image_grid_thw). */
const JSON_KEYS: Record<string, string> = {
  inputIds: 'input_ids', attentionMask: 'attention_mask', imageGridThw: 'image_grid_thw', videoGridThw: 'video_grid_thw',
  secondPerGridTs: 'second_per_grid_ts', audioLengths: 'audio_lengths', audioFeatureLengths: 'audio_feature_lengths', mmTokenTypeIds: 'mm_token_type_ids',
};

/** Runs a builder on JSON input, its refusals worded in the JSON's keys. */
export function inJsonKeys<T>(build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof RopeArgumentError)) throw e;
    throw new RopeArgumentError(e.message.replace(new RegExp(`\\b(${Object.keys(JSON_KEYS).join('|')})\\b`, 'g'), (k) => JSON_KEYS[k]));
  }
}

function mrope(ir: RopeIR, input: Json): PositionsOutput {
  const { inputs, options } = mropeCall(ir, input);
  const r = inJsonKeys(() => buildMropePositions(inputs, options));
  const shape = [3, r.batch, r.seq];
  return {
    positions: writeNpy('<i8', shape, toI64(r.positions)),
    shape,
    ropeDeltas: writeNpy('<i8', [r.batch], toI64(r.ropeDeltas)),
  };
}

function timelineSegments(list: unknown, row: string): TimelineSegment[] {
  if (!Array.isArray(list)) throw new RopeArgumentError(`input: ${row} must be a list of segments`);
  return list.map((s, i) => {
    const where = `${row}[${i}]`;
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new RopeArgumentError(`input: ${where} must be an object`);
    const o = s as Json;
    refuseUnknownKeys(o, KEYS.segment, `input: ${where}`);
    const kind = o.kind;
    if (kind !== 'text' && kind !== 'image' && kind !== 'video' && kind !== 'audio') {
      throw new RopeArgumentError(`input: ${where}.kind must be text, image, video or audio, got ${JSON.stringify(kind)}`);
    }
    let times: number[] | undefined;
    const ft = o.frame_times;
    if (Array.isArray(ft)) {
      if (!isNumList(ft)) throw new RopeArgumentError(`input: ${where}.frame_times must be numbers`);
      times = ft;
    } else if (ft !== undefined) {
      if (typeof ft !== 'object' || ft === null) throw new RopeArgumentError(`input: ${where}.frame_times must be a list or {"n", "start", "interval"}`);
      const f = ft as Json;
      refuseUnknownKeys(f, KEYS.frameTimes, `input: ${where}.frame_times`);
      const n = field(f, 'n', isCount, `a whole number of frames, ≥ 0 and ≤ ${MAX_TOKENS}`, true, `${where}.frame_times.`)!;
      times = frameTimes(n, field(f, 'start', isNum, 'a number', false, `${where}.frame_times.`) ?? 0, field(f, 'interval', isNum, 'a number', false, `${where}.frame_times.`) ?? 1);
    }
    const seg: TimelineSegment = {
      kind,
      start: field(o, 'start', isInt, 'a whole number')!,
      end: field(o, 'end', isInt, 'a whole number')!,
    };
    const time = field(o, 'time', isNum, 'a number', false);
    const ppf = field(o, 'patches_per_frame', isInt, 'a whole number', false);
    if (time !== undefined) seg.time = time;
    if (ppf !== undefined) seg.patchesPerFrame = ppf;
    if (times !== undefined) seg.frameTimes = times;
    return seg;
  });
}

function timelineInput(ir: RopeIR, input: Json): { seqLen: number; mode: 'strict' | 'compat'; rows: TimelineSegment[][] } {
  const src = ir.host.positions;
  if (src.kind !== 'timeline') throw new Error('unreachable');
  refuseUnknownKeys(input, KEYS.timeline, 'input');
  const seqLen = field(input, 'seq_len', isCount, `a whole number ≥ 0 and ≤ ${MAX_TOKENS}`)!;
  const mode = (input.mode ?? src.mode) as 'strict' | 'compat';
  if (mode !== 'strict' && mode !== 'compat') throw new RopeArgumentError('input: "mode" must be "strict" or "compat"');
  if (input.rows !== undefined && input.segments !== undefined) throw new RopeArgumentError('input: give "segments" (one row) or "rows", not both');
  if (input.rows !== undefined && !Array.isArray(input.rows)) throw new RopeArgumentError('input: "rows" must be a list of lists of segments');
  const rows = Array.isArray(input.rows)
    ? input.rows.map((r, b) => timelineSegments(r, `rows[${b}]`))
    : [timelineSegments(input.segments, 'segments')];
  if (rows.length * seqLen > MAX_TOKENS) throw new RopeArgumentError(`input: ${rows.length} rows of ${seqLen} tokens is more than ${MAX_TOKENS} tokens`);
  const frames = rows.flat().reduce((n, seg) => n + (seg.frameTimes?.length ?? 0), 0);
  if (frames > MAX_TOKENS) throw new RopeArgumentError(`input: ${frames} frames in all is more than ${MAX_TOKENS}`);
  return { seqLen, mode, rows };
}

function timeline(ir: RopeIR, input: Json): PositionsOutput {
  const { seqLen, mode, rows } = timelineInput(ir, input);
  const data = buildTimelineBatch(seqLen, rows, { mode });
  const shape = input.rows !== undefined ? [rows.length, seqLen] : [seqLen];
  return { positions: writeNpy('<f4', shape, data), shape };
}

/** index and grid sources: the positions the kernels compute in place, materialized. */
function computed(ir: RopeIR, input: Json): PositionsOutput {
  const src = ir.host.positions;
  if (src.kind === 'grid' && src.packed) refuseUnknownKeys(input, KEYS.packedGrid, 'input');
  else refuseUnknownKeys(input, src.kind === 'grid' ? KEYS.grid : KEYS.index, 'input');
  const batch = field(input, 'batch', (v): v is number => isCount(v) && v >= 1, `a whole number ≥ 1 and ≤ ${MAX_TOKENS}`, false) ?? 1;
  let seq: number;
  if (src.kind === 'grid' && src.packed) {
    // Several grids in one call: one sequence per grid, cu_seqlens from their lengths.
    if (!Array.isArray(input.grids) || input.grids.length === 0) {
      throw new RopeArgumentError(`input: "grids" must be a non-empty list of {${src.axes.map((a) => `"${a}": N`).join(', ')}} (packed grids)`);
    }
    const grids = (input.grids as unknown[]).map((g, b) => {
      if (typeof g !== 'object' || g === null || Array.isArray(g)) throw new RopeArgumentError(`input: grids[${b}] must be an object like {${src.axes.map((a) => `"${a}": N`).join(', ')}}`);
      refuseUnknownKeys(g as Json, src.axes, `input: grids[${b}]`);
      return src.axes.map((a) => {
        const v = (g as Json)[a];
        if (!isCount(v)) throw new RopeArgumentError(`input: grids[${b}].${a} must be a whole number ≥ 0 and ≤ ${MAX_TOKENS} (grid axis '${a}'), got ${shown(v)}`);
        return v;
      });
    });
    const lengths = grids.map((g) => src.prefix + g.reduce((x, y) => x * y, 1));
    refuseTooManyTokens(lengths.reduce((x, y) => x + y, 0));
    const starts = [0];
    for (const n of lengths) starts.push(starts[starts.length - 1] + n);
    const shape: ResolvedShape = {
      batch: grids.length, seq: Math.max(...lengths), tokens: starts[grids.length], qHeads: 0, kHeads: 0, cuSeqlens: starts, grids, offset: 0,
    };
    return materialize(ir, shape, {});
  }
  if (src.kind === 'grid') {
    const sizes = input.sizes ?? {};
    if (typeof sizes !== 'object' || sizes === null || Array.isArray(sizes)) throw new RopeArgumentError(`input: "sizes" must be an object like {${src.axes.map((a) => `"${a}": N`).join(', ')}}`);
    refuseUnknownKeys(sizes as Json, src.axes, 'input: sizes');
    const grid = src.axes.map((a) => {
      const v = (sizes as Json)[a];
      if (!isCount(v) || v < 1) throw new RopeArgumentError(`input: sizes.${a} must be a whole number ≥ 1 and ≤ ${MAX_TOKENS} (grid axis '${a}'), got ${shown(v)}`);
      return v;
    });
    seq = src.prefix + grid.reduce((x, y) => x * y, 1);
    refuseTooManyTokens(batch * seq);
    const shape: ResolvedShape = { batch, seq, tokens: batch * seq, qHeads: 0, kHeads: 0, grid, offset: 0 };
    return materialize(ir, shape, {});
  }
  if (src.kind !== 'index') throw new Error('unreachable');
  // An offset the spec does not read would be dropped without a word: refused instead.
  const reads = src.offset === 'none' ? 'none' : src.offset === 'scalar' ? 'offset' : 'offsets';
  for (const key of ['offset', 'offsets'] as const) {
    if (input[key] !== undefined && key !== reads) {
      throw new RopeArgumentError(`input: "${key}": spec ${ir.name} has 'positions index${src.packed ? ' packed' : ''}${src.offset === 'scalar' ? ' + offset' : src.offset === 'per_sequence' ? ' + offsets' : ''}', which ${reads === 'none' ? 'reads no offset' : `reads "${reads}"`}`);
    }
  }
  const isPosition = (v: unknown): v is number => isInt(v) && Math.abs(v) <= MAX_POSITION;
  const offsets = field(input, 'offsets', (v): v is number[] => Array.isArray(v) && v.every(isPosition), `a list of whole numbers within ±${MAX_POSITION}`, src.offset === 'per_sequence');
  const offset = field(input, 'offset', isPosition, `a whole number within ±${MAX_POSITION}`, false) ?? 0;
  if (src.packed) {
    const cu = field(input, 'cu_seqlens', isIntList, 'a list of whole numbers', false);
    if (!cu) throw new RopeArgumentError('input: missing "cu_seqlens" (packed sequences)');
    checkCuSeqlens(cu);
    const b = cu.length - 1;
    const shape: ResolvedShape = { batch: b, seq: 0, tokens: cu[b], qHeads: 0, kHeads: 0, cuSeqlens: cu, offset };
    return materialize(ir, shape, { offsets });
  }
  seq = field(input, 'seq', isCount, `a whole number of tokens per sequence, ≥ 0 and ≤ ${MAX_TOKENS}`)!;
  refuseTooManyTokens(batch * seq);
  if (offsets && offsets.length !== batch) throw new RopeArgumentError(`input: "offsets" must have batch = ${batch} entries`);
  return materialize(ir, { batch, seq, tokens: batch * seq, qHeads: 0, kHeads: 0, offset }, { offsets });
}

function refuseTooManyTokens(tokens: number): void {
  if (tokens > MAX_TOKENS) throw new RopeArgumentError(`input: ${tokens} tokens is more than the ${MAX_TOKENS} ropec builds positions for`);
}

/** cu_seqlens: starts at 0, never decreases, ends within the token limit. */
function checkCuSeqlens(cu: number[]): void {
  if (cu.length < 1 || cu[0] !== 0) throw new RopeArgumentError(`input: "cu_seqlens" must start at 0, got ${shown(cu)}`);
  for (let i = 1; i < cu.length; i++) {
    if (cu[i] < cu[i - 1]) throw new RopeArgumentError(`input: "cu_seqlens" must not decrease: cu_seqlens[${i}] = ${cu[i]} < cu_seqlens[${i - 1}] = ${cu[i - 1]}`);
  }
  refuseTooManyTokens(cu[cu.length - 1]);
}

function materialize(ir: RopeIR, shape: ResolvedShape, extra: { offsets?: number[] }): PositionsOutput {
  const C = ir.positions.components;
  const tokens = shape.tokens;
  const out = new Float64Array(C * tokens);
  const inputs = { q: [], k: [], sizes: {}, offsets: extra.offsets };
  forEachToken(ir, shape, (b, s, flat) => {
    const p = tokenPosition(ir, shape, inputs, b, s, flat);
    for (let c = 0; c < C; c++) out[c * tokens + flat] = p[c];
  });
  const shapeOut = C === 1 ? [tokens] : [C, tokens];
  const integral = out.every((x) => Number.isInteger(x));
  return { positions: integral ? writeNpy('<i8', shapeOut, toI64(out)) : writeNpy('<f8', shapeOut, out), shape: shapeOut };
}

/**
 * The segment tables (one per sequence) of the JSON sequence description that `ropec positions`
 * reads, for the fused kernels of mrope / timeline specs (`ropec run --sequence`).
 */
export function buildSegmentTables(ir: RopeIR, input: unknown): SegmentTable[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new RopeArgumentError('input: expected a JSON object');
  const json = input as Json;
  const src = ir.host.positions;
  if (src.kind === 'mrope') {
    const { inputs, options } = mropeCall(ir, json);
    return inJsonKeys(() => buildMropeSegmentTables(inputs, options)).tables;
  }
  if (src.kind === 'timeline') {
    const { seqLen, mode, rows } = timelineInput(ir, json);
    return rows.map((row, b) => {
      try {
        return buildTimelineSegmentTable(seqLen, row, { mode });
      } catch (e) {
        throw new RopeArgumentError(rows.length > 1 ? `rows[${b}]: ${(e as Error).message}` : (e as Error).message);
      }
    });
  }
  throw new RopeArgumentError(`spec ${ir.name} has ${src.kind} positions: a sequence description applies to mrope and timeline specs`);
}

export function buildPositions(ir: RopeIR, input: unknown): PositionsOutput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new RopeArgumentError('input: expected a JSON object');
  const json = input as Json;
  switch (ir.host.positions.kind) {
    case 'mrope': return mrope(ir, json);
    case 'timeline': return timeline(ir, json);
    case 'index':
    case 'grid': return computed(ir, json);
    case 'tensor': throw new RopeArgumentError(`spec ${ir.name} reads its positions from a tensor: there is nothing to build`);
  }
}
