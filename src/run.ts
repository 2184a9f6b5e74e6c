// `ropec run`: apply a spec to q, k (and positions) from .npy files on a chosen backend, optionally
// comparing with the interpreter. Sizes come from the tensors' shapes; what the spec leaves open
// beyond that (grid sizes, offset, seq_len) comes from --sizes or a JSON file. Nothing is written
// unless every step succeeded.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readBytes, readText, writeOutputsTogether } from './files.js';
import { parseJson } from './inputs.js';
import { interpret } from './compiler/interpreter.js';
import { HostEvaluator } from './kernel/evaluate.js';
import { cacheFill, omegaFill } from './kernel/tables.js';
import { ownTokens, sameLanes, tensorLanes, type OptimizedIR, type RopeIR } from './compiler/ir.js';
import { isPacked, resolveShape, RopeArgumentError, usesSegmentTable, type RopeInputs, type RopeSizes } from './compiler/runtime.js';
import { encodeSegments, segmentTablesFromPositions } from './positions/encoding.js';
import type { SegmentTable } from './positions/segments.js';
import { buildSegmentTables } from './positions-command.js';
import { importGeneratedTs } from './backends/import-ts.js';
import { tsBackend } from './backends/ts/index.js';
import { runCuda, type CudaRunOptions } from './runners/cuda.js';
import type { WgslRunOptions } from './runners/wgsl.js';
import type { BackendOutputs } from './runners/outputs.js';
import { cacheArrays, fp8Cache, fp8Q, kvCacheShape, normArrays, slotArray, storedArrays, strideSizes, seqOf, tensors, tokensOf } from './kernel/args.js';
import { parseNpy, writeNpy, type NpyArray, type NpyDescr } from './npy.js';
import { decodeStorage, e4m3ToNumber, encodeStorage, numberToE4m3 } from './storage.js';

export type RunBackend = 'interp' | 'ts' | 'wgsl' | 'cuda';
export const RUN_BACKENDS: RunBackend[] = ['interp', 'ts', 'wgsl', 'cuda'];
/** Backend-specific run options (cuda: `device` cpu | gpu; cuda, wgsl: progress `log`). */
export type RunOptions = CudaRunOptions & WgslRunOptions;

export interface RunFiles extends PositionFiles {
  q: string;
  k: string;
}

/** The files of a run besides q and k. */
export interface PositionFiles {
  positions?: string;
  /** `k … tokens own` with a positions tensor: k's own positions [k_tokens] or [C, k_tokens]. */
  kPositions?: string;
  /** mrope / timeline specs with fused positions: the sequence JSON of `ropec positions`. */
  sequence?: string;
  offsets?: string;
  cuSeqlens?: string;
  /** `k … tokens own` with `index + offsets` / `index packed`: k's own offsets [batch] and sequence starts [batch + 1]. */
  kOffsets?: string;
  kCuSeqlens?: string;
  /** `k … tokens own` with `grid(…) packed`: k's own grid sizes [batch, axes]. */
  kGridSizes?: string;
  /** `grid(…) packed`: each sequence's grid sizes [batch, axes]. */
  gridSizes?: string;
  /** `sincos cache(layout cos_sin)`: the engine's cos_sin_cache [rows, rot]. */
  cache?: string;
  /** `sincos cache(layout split)`: the cos and sin caches [rows, rot/2]. */
  cosCache?: string;
  sinCache?: string;
  /** `norm rms(…)`: q's and k's weights [head_dim]. */
  qNormWeight?: string;
  kNormWeight?: string;
  /** `kv_cache …`: v (k's shape), the slots [tokens] and the caches the call writes. */
  v?: string;
  slotMapping?: string;
  /** `kv_cache paged(…, slots table)`: each sequence's blocks [batch, table_blocks]. */
  blockTable?: string;
  kCache?: string;
  vCache?: string;
}

export interface RunRequest {
  ir: OptimizedIR;
  backend: RunBackend;
  files: RunFiles;
  sizes: RopeSizes;
  bf16: boolean;
}

export interface TensorResult {
  shape: number[];
  /** Output in the spec's storage dtype (an fp8 cache: its e4m3 bytes). */
  stored: Float32Array | Uint16Array | Uint8Array;
}

export interface RunResult {
  /** Absent for a spec that takes no q (k only), or no k (q only). */
  q?: TensorResult;
  k?: TensorResult;
  /** `kv_cache …`: the caches after the call. */
  k_cache?: TensorResult;
  v_cache?: TensorResult;
  descr: NpyDescr;
}

const STORAGE_DESCR = { f32: '<f4', f16: '<f2', bf16: '<u2' } as const;

function load(path: string): NpyArray {
  return parseNpy(readBytes(path), path);
}

/** The axis names of q or k for the spec's layout, for error messages. */
function layoutAxes(ir: RopeIR, which: 'q' | 'k'): string[] {
  const [h, seq] = [`${which}_heads`, seqOf(ir, which)];
  return ir.kernel.layout === 'thd' ? [tokensOf(ir, which), h, 'head_dim'] : ir.kernel.layout === 'bshd' ? ['batch', seq, h, 'head_dim'] : ['batch', h, seq, 'head_dim'];
}

/** Reads sizes off the shapes of q and k and checks them against the spec. */
function sizesFromShapes(ir: RopeIR, arrays: Partial<Record<'q' | 'k', NpyArray>>, files: RunFiles, given: RopeSizes): RopeSizes {
  const sizes: RopeSizes = { ...given };
  for (const which of tensors(ir)) {
    const [arr, file] = [arrays[which]!, files[which]];
    const axes = layoutAxes(ir, which);
    if (arr.shape.length !== axes.length) {
      throw new RopeArgumentError(`${file}: ${which} must have shape [${axes.join(', ')}], got (${arr.shape.join(', ')})`);
    }
    const set = (name: string, v: number) => {
      const fixed = name === 'q_heads' ? ir.kernel.qHeads : name === 'k_heads' ? ir.kernel.kHeads : name === 'head_dim' ? tensorLanes(ir, which).headDim : null;
      if (fixed !== null && fixed !== v) throw new RopeArgumentError(`${file}: ${which} has ${name} = ${v}, the spec fixes ${fixed} (shape [${axes.join(', ')}])`);
      if (name === 'head_dim') return;
      if (sizes[name] !== undefined && sizes[name] !== v) {
        throw new RopeArgumentError(`${file}: ${which} has ${name} = ${v}, but ${name} = ${sizes[name]} elsewhere (shape [${axes.join(', ')}])`);
      }
      sizes[name] = v;
    };
    axes.forEach((name, i) => set(name, arr.shape[i]));
  }
  return sizes;
}

function wantDescr(ir: RopeIR, bf16: boolean): NpyDescr {
  if (ir.kernel.dtype === 'bf16' && !bf16) throw new RopeArgumentError(`spec ${ir.name} stores bf16: pass the tensors as '<u2' bit patterns with --bf16`);
  if (ir.kernel.dtype !== 'bf16' && bf16) throw new RopeArgumentError(`--bf16 given, but spec ${ir.name} stores ${ir.kernel.dtype}`);
  return STORAGE_DESCR[ir.kernel.dtype];
}

function intTensor(arr: NpyArray, file: string, what: string): Int32Array {
  if (arr.descr === '<i4') return arr.data as Int32Array;
  if (arr.descr === '<i8') {
    const src = arr.data as BigInt64Array;
    const out = new Int32Array(src.length);
    for (let i = 0; i < src.length; i++) {
      if (src[i] > 2147483647n || src[i] < -2147483648n) throw new RopeArgumentError(`${file}: ${what}[${i}] = ${src[i]} does not fit in 32 bits`);
      out[i] = Number(src[i]);
    }
    return out;
  }
  throw new RopeArgumentError(`${file}: ${what} must be integers ('<i4' or '<i8'), got '${arr.descr}'`);
}

/**
 * A positions tensor must have the shape the spec reads: its tokens (as [tokens] or [batch, seq])
 * behind a leading axis of C for C components — not merely the right number of values, since
 * (tokens, 3) read as (3, tokens) is a silently wrong result.
 */
function checkPositionsShape(ir: RopeIR, p: NpyArray, file: string, sizes: RopeSizes, which: 'q' | 'k' = 'q'): void {
  const C = ir.positions.components;
  const [name, tokensName] = which === 'k' ? ['k_positions', 'k_tokens'] : ['positions', 'tokens'];
  const seq = which === 'k' ? sizes.k_seq : sizes.seq;
  const tokens = ir.kernel.layout !== 'thd' ? (sizes.batch ?? 0) * (seq ?? 0) : which === 'k' ? sizes.k_tokens ?? 0 : sizes.tokens ?? 0;
  const tokenAxes = C === 1 ? p.shape : p.shape.slice(1);
  const ok = (C === 1 || p.shape[0] === C) && tokenAxes.length >= 1 && tokenAxes.length <= 2 && tokenAxes.reduce((a, b) => a * b, 1) === tokens;
  if (!ok) {
    const want = C === 1 ? `[${tokensName}] = (${tokens})` : `[${C}, ${tokensName}] = (${C}, ${tokens})`;
    throw new RopeArgumentError(`${file}: ${name} must have shape ${want} (or the tokens as [batch, seq]), got (${p.shape.join(', ')})`);
  }
}

/**
 * The files' q and k (or the one tensor of a q-only / k-only spec) and the inputs of a run. Each
 * tensor the spec takes needs its file; one it does not take (`k heads 0`) must not be given.
 */
export function prepareInputs(req: RunRequest): { inputs: RopeInputs; tensors: { name: 'q' | 'k'; array: NpyArray }[]; descr: NpyDescr } {
  const { ir, files } = req;
  const descr = wantDescr(ir, req.bf16);
  const present = tensors(ir);
  for (const t of ['q', 'k'] as const) {
    if (!present.includes(t) && files[t]) throw new RopeArgumentError(`${files[t]}: spec ${ir.name} fixes ${t} heads 0 (it rotates ${present[0]} only): give no --${t}`);
    if (present.includes(t) && !files[t]) throw new RopeArgumentError(`spec ${ir.name} rotates ${t}: give --${t} FILE`);
  }
  const arrays: Partial<Record<'q' | 'k', NpyArray>> = {};
  for (const t of present) {
    const arr = load(files[t]);
    if (arr.descr !== descr) throw new RopeArgumentError(`${files[t]}: ${t} has dtype '${arr.descr}', spec ${ir.name} stores ${ir.kernel.dtype} ('${descr}')`);
    arrays[t] = arr;
  }
  const sizes = sizesFromShapes(ir, arrays, files, req.sizes);
  const inputs = { sizes } as RopeInputs;
  for (const t of present) inputs[t] = arrays[t]!.data as Float32Array | Uint16Array;
  addPositionInputs(ir, files, inputs);
  return { inputs, tensors: present.map((name) => ({ name, array: arrays[name]! })), descr };
}

/** The position inputs the spec reads (positions, segment table, offsets, cu_seqlens, grid sizes), from their files; then the argument checks. */
function addPositionInputs(ir: OptimizedIR, files: PositionFiles, inputs: RopeInputs): void {
  const sizes = inputs.sizes;
  const src = ir.host.positions;
  const needsPositions = src.kind === 'tensor' || src.kind === 'timeline' || src.kind === 'mrope';
  if (files.sequence && !usesSegmentTable(ir)) {
    throw new RopeArgumentError(`${files.sequence}: spec ${ir.name} has ${src.kind === 'tensor' || !needsPositions ? src.kind : `${src.kind} tensor`} positions; --sequence applies to mrope / timeline specs that evaluate a segment table`);
  }
  if (usesSegmentTable(ir)) {
    // Fused: a segment table, from the sequence description or from a positions tensor.
    const rows = ir.kernel.layout === 'thd' ? 1 : sizes.batch ?? 1;
    const rowLength = ir.kernel.layout === 'thd' ? sizes.tokens ?? 0 : sizes.seq ?? 0;
    const components = ir.positions.components === 3 ? 3 : 1;
    let tables: SegmentTable[];
    if (files.sequence && files.positions) throw new RopeArgumentError('--sequence and --positions: give one of them');
    if (files.sequence) {
      const text = readText(files.sequence);
      try {
        tables = buildSegmentTables(ir, parseJson(text));
      } catch (e) {
        throw e instanceof RopeArgumentError ? new RopeArgumentError(`${files.sequence}: ${e.message}`) : e;
      }
    } else if (files.positions) {
      const p = load(files.positions);
      const values = components === 1
        ? (p.descr === '<f4' || p.descr === '<f8' ? (p.data as Float32Array | Float64Array) : undefined)
        : intTensor(p, files.positions, 'positions');
      if (!values) throw new RopeArgumentError(`${files.positions}: positions must be float ('<f4' or '<f8'), got '${p.descr}'`);
      checkPositionsShape(ir, p, files.positions, sizes);
      tables = segmentTablesFromPositions(values, components, rows, rowLength);
    } else {
      throw new RopeArgumentError(`spec ${ir.name} evaluates ${src.kind} positions from a segment table: give --sequence seq.json (the input of 'ropec positions') or --positions p.npy`);
    }
    const concat = ir.kernel.layout === 'thd';
    const length = tables.reduce((n, t) => n + t.length, 0);
    if (concat ? length !== rowLength : tables.length !== rows || tables.some((t) => t.length !== rowLength)) {
      throw new RopeArgumentError(`${files.sequence ?? files.positions}: the sequence has ${tables.length} row(s) of ${tables[0]?.length ?? 0} tokens; q and k have ${concat ? `tokens = ${rowLength}` : `batch = ${rows}, seq = ${rowLength}`}`);
    }
    const enc = encodeSegments(tables, { concat });
    inputs.segment_table = enc.table;
    inputs.segment_values = enc.values;
  } else if (needsPositions) {
    if (!files.positions) throw new RopeArgumentError(`spec ${ir.name} reads positions: give --positions p.npy of shape ${ir.positions.components === 1 ? '[tokens]' : `[${ir.positions.components}, tokens]`}`);
    const p = load(files.positions);
    const isFloat = src.kind === 'timeline' || (src.kind === 'tensor' && src.dtype === 'float');
    if (isFloat) {
      if (p.descr !== '<f4' && p.descr !== '<f8') throw new RopeArgumentError(`${files.positions}: positions must be float ('<f4' or '<f8'), got '${p.descr}'`);
      inputs.positions = p.data as Float32Array | Float64Array;
    } else inputs.positions = intTensor(p, files.positions, 'positions');
    checkPositionsShape(ir, p, files.positions, sizes);
    if (ownTokens(ir)) {
      // k with its own tokens reads its own positions.
      if (!files.kPositions) throw new RopeArgumentError(`spec ${ir.name} gives k its own tokens: give --k-positions kp.npy of shape ${ir.positions.components === 1 ? '[k_tokens]' : `[${ir.positions.components}, k_tokens]`}`);
      const kp = load(files.kPositions);
      if (isFloat) {
        if (kp.descr !== '<f4' && kp.descr !== '<f8') throw new RopeArgumentError(`${files.kPositions}: k_positions must be float ('<f4' or '<f8'), got '${kp.descr}'`);
        inputs.k_positions = kp.data as Float32Array | Float64Array;
      } else inputs.k_positions = intTensor(kp, files.kPositions, 'k_positions');
      checkPositionsShape(ir, kp, files.kPositions, sizes, 'k');
    }
  } else if (files.positions) {
    throw new RopeArgumentError(`${files.positions}: spec ${ir.name} computes its positions (${src.kind}); it takes no positions tensor`);
  }
  if (files.kPositions && !(ownTokens(ir) && needsPositions)) {
    throw new RopeArgumentError(`${files.kPositions}: spec ${ir.name} ${ownTokens(ir) ? `computes k's positions (${src.kind})` : "gives k the call's positions ('k … tokens own' gives k its own)"}; it takes no --k-positions`);
  }
  // The index arrays, q's and (`k … tokens own`) k's own: each read where the spec takes it, and
  // refused by name where it does not (a flag that would be ignored is a mistake in the call).
  const axes = src.kind === 'grid' ? `[batch, ${src.axes.length}] (${src.axes.join(', ')})` : '';
  const arrays = [
    { name: 'offsets', file: files.offsets, flag: '--offsets', npy: 'o.npy', shape: '[batch]', takes: src.kind === 'index' && src.offset === 'per_sequence',
      what: 'adds per-sequence offsets', k: 'gives k its own tokens and per-sequence offsets', kind: 'offsets', where: "'index + offsets'" },
    { name: 'cu_seqlens', file: files.cuSeqlens, flag: '--cu-seqlens', npy: 'c.npy', shape: '[batch + 1]', takes: isPacked(ir),
      what: 'packs sequences', k: 'gives k its own tokens in packed sequences', kind: 'packed sequences', where: "'index packed' or 'grid(…) packed'" },
    { name: 'grid_sizes', file: files.gridSizes, flag: '--grid-sizes', npy: 'g.npy', shape: axes, takes: src.kind === 'grid' && src.packed,
      what: 'packs one grid per sequence', k: 'gives k its own tokens in packed grids', kind: 'packed grids', where: "'grid(…) packed'" },
  ] as const;
  const kFiles = { offsets: files.kOffsets, cu_seqlens: files.kCuSeqlens, grid_sizes: files.kGridSizes };
  for (const a of arrays) {
    const k = { name: `k_${a.name}` as const, file: kFiles[a.name], flag: `--k-${a.flag.slice(2)}`, npy: `k${a.npy}` };
    if (a.takes) {
      if (!a.file) throw new RopeArgumentError(`spec ${ir.name} ${a.what}: give ${a.flag} ${a.npy} of shape ${a.shape}`);
      inputs[a.name] = intTensor(load(a.file), a.file, a.name);
      if (ownTokens(ir)) {
        if (!k.file) throw new RopeArgumentError(`spec ${ir.name} ${a.k}: give ${k.flag} ${k.npy} of shape ${a.shape}`);
        inputs[k.name] = intTensor(load(k.file), k.file, k.name);
      }
    } else if (a.file) {
      throw new RopeArgumentError(`${a.file}: spec ${ir.name} takes no ${a.flag} (${a.kind}: ${a.where})`);
    }
    if (k.file && !(a.takes && ownTokens(ir))) throw new RopeArgumentError(`${k.file}: spec ${ir.name} takes no ${k.flag} (k's own ${a.kind}: 'k … tokens own' with ${a.where})`);
  }
  addCacheInputs(ir, files, inputs);
  addNormInputs(ir, files, inputs);
  addKvInputs(ir, files, inputs);
  resolveShape(ir, inputs); // every backend gets inputs the interpreter accepts, or a RopeArgumentError
}

/**
 * `sincos cache(…)`: the cache from its files (in the cache's dtype: '<f4', '<f2', bf16 as '<u2'
 * bits; shape [rows, width]), or, without files, the spec's own cache for positions 0 … the
 * largest position, q's or k's (as cosSinCache() fills it: float64, rounded once).
 */
function addCacheInputs(ir: OptimizedIR, files: PositionFiles, inputs: RopeInputs): void {
  const sc = ir.kernel.sincos;
  const named: [string, string | undefined, string][] = [['cos_sin_cache', files.cache, '--cache'], ['cos_cache', files.cosCache, '--cos-cache'], ['sin_cache', files.sinCache, '--sin-cache']];
  if (sc.kind !== 'cache') {
    const stray = named.find(([, f]) => f !== undefined);
    if (stray) throw new RopeArgumentError(`${stray[1]}: spec ${ir.name} reads no cos/sin cache (its kernel has 'sincos ${sc.kind}')`);
    return;
  }
  const arrays = cacheArrays(ir);
  const wanted = named.filter(([name]) => arrays.some((a) => a.name === name));
  const stray = named.find(([name, f]) => f !== undefined && !arrays.some((a) => a.name === name));
  if (stray) throw new RopeArgumentError(`${stray[2]}: spec ${ir.name} reads ${arrays.map((a) => a.name).join(' and ')} (${wanted.map(([, , o]) => o).join(' and ')}), not ${stray[0]}`);
  const given = wanted.filter(([, f]) => f !== undefined);
  if (given.length === 0) {
    // The spec's own cache, just large enough for q's positions and k's own (`k … tokens own`).
    let rows = 1;
    for (const p of [...Array.from(inputs.positions ?? []), ...Array.from(inputs.k_positions ?? [])]) if (Number.isInteger(p) && p + 1 > rows) rows = p + 1;
    inputs.sizes.cache_positions ??= rows;
    Object.assign(inputs, specCache(ir, inputs.sizes.cache_positions));
    return;
  }
  if (given.length !== wanted.length) throw new RopeArgumentError(`spec ${ir.name} reads ${wanted.map(([, , o]) => o).join(' and ')}: give both (or neither, for the spec's own cache)`);
  const descr = STORAGE_DESCR[sc.dtype];
  for (const [name, file] of given) {
    const a = arrays.find((x) => x.name === name)!;
    const arr = load(file!);
    if (arr.descr !== descr) throw new RopeArgumentError(`${file}: ${name} has dtype '${arr.descr}', spec ${ir.name} keeps its cache in ${sc.dtype} ('${descr}'${sc.dtype === 'bf16' ? ', bit patterns' : ''})`);
    if (arr.shape.length !== 2 || arr.shape[1] !== a.width) throw new RopeArgumentError(`${file}: ${name} must have shape [cache_positions, ${a.width}], got (${arr.shape.join(', ')})`);
    if (inputs.sizes.cache_positions !== undefined && inputs.sizes.cache_positions !== arr.shape[0]) {
      throw new RopeArgumentError(`${file}: ${name} has ${arr.shape[0]} rows, but cache_positions = ${inputs.sizes.cache_positions}`);
    }
    inputs.sizes.cache_positions = arr.shape[0];
    (inputs as unknown as Record<string, unknown>)[name] = arr.data;
  }
}

/**
 * `norm rms(…)`: q's and k's weights from their files, [head_dim] each, in q and k's storage
 * ('<f4', '<f2', bf16 as '<u2' bits), or as float32 / float64, rounded to it once.
 */
function addNormInputs(ir: OptimizedIR, files: PositionFiles, inputs: RopeInputs): void {
  const arrays = normArrays(ir);
  for (const [t, file] of [['q', files.qNormWeight], ['k', files.kNormWeight]] as const) {
    const option = `--${t}-norm-weight`;
    const a = arrays.find((x) => x.t === t);
    if (!a) {
      if (file === undefined) continue;
      const norm = ir.kernel.norm;
      throw new RopeArgumentError(`${option}: spec ${ir.name} ${!norm ? 'has no norm' : norm.weight === 'none' ? "normalizes without a weight ('weight none')" : `takes no ${t}`}`);
    }
    if (file === undefined) throw new RopeArgumentError(`spec ${ir.name} normalizes each ${t} head with a weight: give ${option} w.npy of shape [${a.width}]`);
    const arr = load(file);
    const dtype = ir.kernel.dtype;
    if (arr.shape.length !== 1 || arr.shape[0] !== a.width) throw new RopeArgumentError(`${file}: ${a.name} must have shape [${a.width}] (${t}'s head_dim), got (${arr.shape.join(', ')})`);
    if (arr.descr === STORAGE_DESCR[dtype]) inputs[a.name] = arr.data as Float32Array | Uint16Array;
    else if (arr.descr === '<f4' || arr.descr === '<f8') inputs[a.name] = encodeStorage(arr.data as Float32Array | Float64Array, dtype);
    else throw new RopeArgumentError(`${file}: ${a.name} has dtype '${arr.descr}'; spec ${ir.name} stores ${dtype} ('${STORAGE_DESCR[dtype]}'${dtype === 'bf16' ? ', bit patterns' : ''}), or give float32 / float64`);
  }
}

/**
 * `kv_cache …`: v, slot_mapping ('<i4' or '<i8') and the two caches from their files, v and the
 * caches in q and k's storage dtype; the caches' first dimension is cache_slots (or cache_blocks).
 */
function addKvInputs(ir: OptimizedIR, files: PositionFiles, inputs: RopeInputs): void {
  const kv = ir.kernel.kvCache;
  const table = slotArray(ir) === 'block_table';
  const slotFile = [table ? 'block_table' : 'slot_mapping', table ? files.blockTable : files.slotMapping, table ? '--block-table' : '--slot-mapping'] as const;
  const named = [['v', files.v, '--v'], slotFile, ['k_cache', files.kCache, '--k-cache'], ['v_cache', files.vCache, '--v-cache']] as const;
  const other = table ? [files.slotMapping, '--slot-mapping', "finds slots in its block table (--block-table)"] as const : [files.blockTable, '--block-table', 'takes each token\'s slot (--slot-mapping)'] as const;
  if (!kv) {
    const stray = [...named, [undefined, other[0], other[1]] as const].find(([, f]) => f !== undefined);
    if (stray) throw new RopeArgumentError(`${stray[2]}: spec ${ir.name} writes no KV cache (its kernel block has no 'kv_cache')`);
    return;
  }
  if (other[0] !== undefined) throw new RopeArgumentError(`${other[1]}: spec ${ir.name} ${other[2]}`);
  // (--qkv gives v as a view of the fused tensor.)
  const missing = named.filter(([name, f]) => f === undefined && !(name === 'v' && inputs.v !== undefined)).map(([, , o]) => o);
  if (missing.length > 0) throw new RopeArgumentError(`spec ${ir.name} stores rotated k and v into a KV cache: give ${missing.join(', ')}`);
  const dtype = ir.kernel.dtype;
  const descr = STORAGE_DESCR[dtype];
  const shape = kvCacheShape(ir);
  const rowsName = kv.kind === 'slots' ? 'cache_slots' : 'cache_blocks';
  for (const [name, file] of named) {
    if (file === undefined) continue;
    if (name === 'slot_mapping') {
      const arr = load(file!);
      const tokens = inputs.sizes[tokensOf(ir, 'k')] ?? (inputs.sizes.batch !== undefined ? inputs.sizes.batch * (inputs.sizes[seqOf(ir, 'k')] ?? NaN) : NaN);
      if (arr.shape.length !== 1 || arr.shape[0] !== tokens) throw new RopeArgumentError(`${file}: slot_mapping must have shape [tokens] = [${tokens}] (one slot per token of k), got (${arr.shape.join(', ')})`);
      inputs.slot_mapping = intTensor(arr, file!, 'slot_mapping');
      continue;
    }
    if (name === 'block_table') {
      const arr = load(file!);
      if (arr.shape.length !== 2) throw new RopeArgumentError(`${file}: block_table must have shape [batch, table_blocks], got (${arr.shape.join(', ')})`);
      inputs.block_table = intTensor(arr, file!, 'block_table');
      inputs.sizes.table_blocks = arr.shape[1];
      continue;
    }
    const arr = load(file!);
    // fp8 caches are their e4m3 bytes ('|u1': torch's cache.view(torch.uint8)).
    if (name !== 'v' && fp8Cache(ir)) {
      if (arr.descr !== '|u1') throw new RopeArgumentError(`${file}: ${name} has dtype '${arr.descr}', spec ${ir.name} stores fp8 e4m3 caches ('|u1', their bytes: cache.view(torch.uint8))`);
    } else if (arr.descr !== descr) throw new RopeArgumentError(`${file}: ${name} has dtype '${arr.descr}', spec ${ir.name} stores ${dtype} ('${descr}'${dtype === 'bf16' ? ', bit patterns' : ''})`);
    if (name === 'v') {
      // v has k's shape (the layout's axes, at the sizes q and k gave).
      const axes = layoutAxes(ir, 'k');
      const want = axes.map((d) => (d === 'head_dim' ? tensorLanes(ir, 'k').headDim : d === 'k_heads' ? ir.kernel.kHeads ?? inputs.sizes.k_heads : inputs.sizes[d]));
      if (arr.shape.length !== axes.length || want.some((d, i) => d !== arr.shape[i])) {
        throw new RopeArgumentError(`${file}: v must have k's shape [${axes.join(', ')}] = [${want.join(', ')}], got (${arr.shape.join(', ')})`);
      }
    } else {
      const fits = arr.shape.length === shape.length && shape.every((d, i) => i === 0 || typeof d !== 'number' || arr.shape[i] === d);
      if (!fits) throw new RopeArgumentError(`${file}: ${name} must have shape [${shape.join(', ')}], got (${arr.shape.join(', ')})`);
      if (inputs.sizes[rowsName] !== undefined && inputs.sizes[rowsName] !== arr.shape[0]) {
        throw new RopeArgumentError(`${file}: ${name} has ${rowsName} = ${arr.shape[0]}, but ${rowsName} = ${inputs.sizes[rowsName]} elsewhere`);
      }
      inputs.sizes[rowsName] = arr.shape[0];
    }
    inputs[name] = arr.data as Float32Array | Uint16Array | Uint8Array;
  }
}

/**
 * The spec's cos/sin cache of `rows` rows, stored in its dtype: kernel/tables.ts's cacheFill (the
 * rule the generated modules' cosSinCache() and ropec_NAME_fill_cache print), run here.
 */
export function specCache(ir: OptimizedIR, rows: number): Record<string, Float32Array | Uint16Array> {
  const sc = ir.kernel.sincos;
  if (sc.kind !== 'cache') return {};
  const omega = omegaFill(ir);
  const arrays: Record<string, Float32Array | Uint16Array> = Object.fromEntries(cacheArrays(ir).map((a) =>
    [a.name, sc.dtype === 'f32' ? new Float32Array(rows * a.width) : new Uint16Array(rows * a.width)]));
  new HostEvaluator({ sizes: { cache_positions: rows }, arrays: { ...arrays, omega: new Float64Array(ir.pairs.length) }, tables: Object.fromEntries(omega.constants.map((t) => [t.name, t.values])) })
    .run([...omega.body, ...cacheFill(ir)]);
  return arrays;
}

let tsModules = new Map<string, Promise<Record<string, any>>>();

async function loadTsModule(ir: OptimizedIR): Promise<Record<string, any>> {
  const key = `${ir.name}:${ir.specHash}`;
  let mod = tsModules.get(key);
  if (!mod) {
    mod = importGeneratedTs(tsBackend.emit(ir, {}).artifacts[0].contents, ir.name);
    tsModules.set(key, mod);
  }
  return mod;
}

/** The interpreter's float64 result on storage-typed inputs (the reference for --compare). */
export function interpretStored(ir: RopeIR, inputs: RopeInputs) {
  const decoded: Partial<RopeInputs> = {};
  for (const { name, dtype } of storedArrays(ir)) {
    const a = inputs[name];
    if (a) decoded[name] = decodeStorage(a, dtype);
  }
  // fp8 caches: the values of their e4m3 bytes.
  if (fp8Cache(ir)) for (const name of ['k_cache', 'v_cache'] as const) if (inputs[name]) decoded[name] = Float64Array.from(inputs[name]!, e4m3ToNumber);
  // A tensor a q-only or k-only spec does not take stays absent.
  return interpret(ir, { ...inputs, ...decoded, q: inputs.q && decodeStorage(inputs.q, ir.kernel.dtype), k: inputs.k && decodeStorage(inputs.k, ir.kernel.dtype) });
}

/** Runs one backend on prepared inputs; outputs in storage form. */
export async function runBackend(ir: OptimizedIR, backend: RunBackend, inputs: RopeInputs, options: RunOptions = {}): Promise<BackendOutputs> {
  const dtype = ir.kernel.dtype;
  // A kv_cache call writes its caches in place: each run gets copies, so the inputs stay as read.
  const stored = inputs as RopeInputs & Partial<Record<'k_cache' | 'v_cache', Float32Array | Uint16Array | Uint8Array>>;
  const args = ir.kernel.kvCache ? { ...inputs, k_cache: stored.k_cache!.slice(), v_cache: stored.v_cache!.slice() } : inputs;
  if (backend === 'cuda') return runCuda(ir, args, options);
  // Dawn is loaded only here, so other backends and commands never load it.
  if (backend === 'wgsl') {
    requireWebgpuPackage();
    return (await import('./runners/wgsl.js')).runWgsl(ir, args, options);
  }
  if (backend === 'interp') {
    const out = interpretStored(ir, inputs);
    const enc = (x: Float64Array) => encodeStorage(x, dtype);
    const cache = (x: Float64Array) => (fp8Cache(ir) ? Uint8Array.from(x, numberToE4m3) : enc(x));
    // An fp8 q's output: the bytes of the interpreter's e4m3 values.
    return { q: fp8Q(ir) ? Uint8Array.from(out.q, numberToE4m3) : enc(out.q), k: enc(out.k), ...(out.k_cache && out.v_cache ? { k_cache: cache(out.k_cache), v_cache: cache(out.v_cache) } : {}) };
  }
  const out = (await loadTsModule(ir)).rotate(args);
  return ir.kernel.kvCache ? { ...out, k_cache: args.k_cache, v_cache: args.v_cache } : out;
}

/** The dimensions of the caches of a `kv_cache` spec for a call's sizes (what `ropec run` writes). */
export function kvCacheDims(ir: RopeIR, sizes: RopeSizes): number[] {
  return kvCacheShape(ir).map((d) => (typeof d === 'number' ? d : d === 'k_heads' ? sizes.k_heads! : sizes[d]!));
}


/**
 * Running WGSL needs Dawn, from the optional `webgpu` package (a native download of ~130 MB that
 * `npm install --omit=optional` skips): say so by name rather than fail inside the runner.
 */
function requireWebgpuPackage(): void {
  try {
    createRequire(import.meta.url).resolve('webgpu');
  } catch {
    throw new RopeArgumentError("--backend wgsl runs the shader on Dawn from the optional package 'webgpu', which is not installed: run 'npm install webgpu' (everything else works without it)");
  }
}

export interface Comparison {
  tensor: 'q' | 'k' | 'qkv' | 'k_cache' | 'v_cache';
  maxAbs: number;
  maxRel: number;
  worst: number[];
  got: number;
  want: number;
}

/** Max abs error, max error relative to max|ref|, and the worst element's multi-index. */
export function compareOutputs(ir: RopeIR, which: Comparison['tensor'] | 'k_cache' | 'v_cache', got: Float32Array | Uint16Array | Uint8Array, ref: Float64Array, shape: number[]): Comparison {
  const g = got instanceof Uint8Array ? Float64Array.from(got, e4m3ToNumber) : decodeStorage(got, ir.kernel.dtype);
  let maxAbs = 0;
  let worst = 0;
  let scale = 0;
  for (let i = 0; i < ref.length; i++) {
    if (Number.isFinite(ref[i])) scale = Math.max(scale, Math.abs(ref[i]));
    const e = elementError(g[i], ref[i]);
    if (e > maxAbs) {
      maxAbs = e;
      worst = i;
    }
  }
  if (ref.length === 0) return { tensor: which, maxAbs: 0, maxRel: 0, worst: [], got: NaN, want: NaN };
  const index: number[] = [];
  let rest = worst;
  for (let a = shape.length - 1; a >= 0; a--) {
    index.unshift(rest % shape[a]);
    rest = Math.floor(rest / shape[a]);
  }
  return { tensor: which, maxAbs, maxRel: scale > 0 ? maxAbs / scale : maxAbs, worst: index, got: g[worst], want: ref[worst] };
}

/** 0 where the values agree (equal infinities and NaN against NaN included), Infinity where one is not finite and they differ. */
function elementError(got: number, want: number): number {
  if (got === want || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  const e = Math.abs(got - want);
  return Number.isNaN(e) || !Number.isFinite(e) ? Infinity : e;
}

/** Default tolerance on the relative error, per storage dtype (a few units of its precision). */
export const DEFAULT_TOLERANCE = { f32: 1e-5, f16: 2e-3, bf16: 1.6e-2 } as const;

/**
 * The tolerance of an output's comparison: an fp8 e4m3 output (a cache with `dtype fp8_e4m3`, or q
 * with `q … output fp8_e4m3`) may differ from the interpreter's value by one e4m3 step (the kernels
 * round their f32 or once-rounded values, the interpreter its float64 ones), at most 2^-3 of the
 * largest value; others as q and k.
 */
export const outputTolerance = (ir: RopeIR, name: string, limit: number): number => {
  const fp8 = name === 'k_cache' || name === 'v_cache' ? fp8Cache(ir) : name === 'q' && fp8Q(ir);
  return fp8 ? Math.max(limit, 0.125) : limit;
};

/** The files `ropec run --out DIR` writes: DIR/q.npy and DIR/k.npy (and a kv_cache spec's DIR/k_cache.npy, DIR/v_cache.npy). */
export function outputFiles(dir: string): string[] {
  return [join(dir, 'q.npy'), join(dir, 'k.npy'), join(dir, 'k_cache.npy'), join(dir, 'v_cache.npy')];
}

// ------------------------------------------------------------------------------------------------
// --qkv: the q and k parts of a fused [tokens, q_heads + 2·k_heads, head_dim] tensor (q heads,
// then k heads, then v heads), rotated as strided views (kernel { strided }); v comes back as it was.

export interface QkvInputs {
  inputs: RopeInputs;
  qkv: NpyArray;
  descr: NpyDescr;
  /** Elements of q's view, then of k's, in the fused tensor (token row, head, lane). */
  heads: { q: number; k: number };
}

export function prepareQkv(req: Omit<RunRequest, 'files'> & { files: PositionFiles & { qkv: string } }): QkvInputs {
  const { ir, files } = req;
  if (!ir.kernel.strided) throw new RopeArgumentError(`--qkv rotates the q and k views of a fused tensor: spec ${ir.name} needs 'strided' in its kernel block`);
  if (tensors(ir).length < 2) throw new RopeArgumentError(`--qkv rotates the q and k views of a fused tensor: spec ${ir.name} rotates ${tensors(ir)[0]} only; give --${tensors(ir)[0]}`);
  if (ownTokens(ir)) throw new RopeArgumentError(`--qkv rotates the q and k of each token of one fused tensor: spec ${ir.name} gives k its own tokens; give --q and --k`);
  if (fp8Q(ir)) throw new RopeArgumentError(`--qkv rotates the q and k of one fused tensor in place: spec ${ir.name} writes q's output as fp8 e4m3 bytes of its own; give --q and --k`);
  if (ir.kernel.kvCache && files.v !== undefined) throw new RopeArgumentError(`--v: with --qkv, v is the fused tensor's last k_heads heads`);
  if (!sameLanes(ir)) {
    throw new RopeArgumentError(`--qkv splits a fused [tokens, q_heads + 2·k_heads, head_dim] tensor: spec ${ir.name}'s q heads have ${tensorLanes(ir, 'q').headDim} lanes and its k heads ${tensorLanes(ir, 'k').headDim}; give --q and --k`);
  }
  const descr = wantDescr(ir, req.bf16);
  const qkv = load(files.qkv);
  if (qkv.descr !== descr) throw new RopeArgumentError(`${files.qkv}: qkv has dtype '${qkv.descr}', spec ${ir.name} stores ${ir.kernel.dtype} ('${descr}')`);
  const given = req.sizes;
  for (const name of strideSizes(ir)) {
    if (given[name] !== undefined) throw new RopeArgumentError(`--sizes ${name}: with --qkv the strides follow from the fused tensor's shape`);
  }
  const hq = ir.kernel.qHeads ?? given.q_heads;
  const hk = ir.kernel.kHeads ?? given.k_heads;
  if (hq === undefined || hk === undefined) throw new RopeArgumentError(`spec ${ir.name} leaves its head counts to run time: give q_heads and k_heads in --sizes to split the fused tensor`);
  const D = ir.headDim;
  const axes = ir.kernel.layout === 'thd' ? ['tokens', 'q_heads + 2·k_heads', 'head_dim'] : ['batch', 'seq', 'q_heads + 2·k_heads', 'head_dim'];
  const want = ir.kernel.layout === 'thd' ? [undefined, hq + 2 * hk, D] : [undefined, undefined, hq + 2 * hk, D];
  if (qkv.shape.length !== axes.length || want.some((x, i) => x !== undefined && qkv.shape[i] !== x)) {
    throw new RopeArgumentError(`${files.qkv}: qkv must have shape [${axes.join(', ')}] = [${want.map((x, i) => x ?? axes[i]).join(', ')}], got (${qkv.shape.join(', ')})`);
  }
  const row = (hq + 2 * hk) * D;
  const sizes: RopeSizes = { ...given, q_token_stride: row, q_head_stride: D, k_token_stride: row, k_head_stride: D };
  if (ir.kernel.layout === 'thd') sizes.tokens = qkv.shape[0];
  else [sizes.batch, sizes.seq] = qkv.shape;
  const data = qkv.data as Float32Array | Uint16Array;
  const inputs: RopeInputs = { q: data.subarray(0), k: data.subarray(hq * D), sizes };
  // A KV cache: v is the fused tensor's last k_heads heads, a view like q and k.
  if (ir.kernel.kvCache) Object.assign(inputs, { v: data.subarray((hq + hk) * D) }, { sizes: Object.assign(sizes, { v_token_stride: row, v_head_stride: D }) });
  addPositionInputs(ir, files, inputs);
  return { inputs, qkv, descr, heads: { q: hq, k: hk } };
}

/** The fused tensor with q's and k's elements taken from two outputs laid out like their views. */
export function mergeQkv<T extends Float32Array | Uint16Array | Float64Array>(ir: RopeIR, p: QkvInputs, into: T, q: ArrayLike<number>, k: ArrayLike<number>): T {
  const D = ir.headDim;
  const row = (p.heads.q + 2 * p.heads.k) * D;
  const tokens = into.length / row;
  for (let t = 0; t < tokens; t++) {
    for (let i = 0; i < p.heads.q * D; i++) into[t * row + i] = q[t * row + i];
    for (let i = 0; i < p.heads.k * D; i++) into[t * row + p.heads.q * D + i] = k[t * row + i];
  }
  return into;
}

/** The file `ropec run --qkv --out DIR` writes (and a kv_cache spec's caches, as outputFiles names them). */
export function qkvOutputFile(dir: string): string {
  return join(dir, 'qkv.npy');
}

/** Writes DIR/q.npy and DIR/k.npy together (or neither); returns their paths. */
/** DIR/q.npy and DIR/k.npy (only the one of a q-only or k-only spec), all or none. */
export function writeOutputs(dir: string, result: RunResult): string[] {
  const [qPath, kPath, kcPath, vcPath] = outputFiles(dir);
  const files = ([['q', qPath], ['k', kPath], ['k_cache', kcPath], ['v_cache', vcPath]] as const).filter(([t]) => result[t] !== undefined)
    .map(([t, path]) => ({ path, contents: writeNpy(result[t]!.stored instanceof Uint8Array ? '|u1' : result.descr, result[t]!.shape, result[t]!.stored) }));
  writeOutputsTogether(files);
  return files.map((f) => f.path);
}

export function resetRunCache(): void {
  tsModules = new Map();
}
