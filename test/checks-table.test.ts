// docs/checks.md is the list of every run-time check and its message. This test keeps it honest in
// both directions: every row is triggered in every host the row marks (the interpreter, the
// generated TS module, the WGSL host module on Dawn, the encoding API, the CUDA launcher through
// the nvcc-built CPU harness) and the message must match the row; and every error message in the
// hosts' sources must appear in the document, so a new check cannot go undocumented.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { harnessCase } from '../src/runners/cuda.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { RopeIR } from '../src/compiler/ir.js';
import type { RopeInputs } from '../src/compiler/runtime.js';
import { compile } from '../src/index.js';
import { CHECKS } from '../src/kernel/checks.js';
import { checksDocument, documentedMessage } from '../src/kernel/checks-doc.js';
import { encodeSegments, segmentTablesFromPositions } from '../src/positions/encoding.js';
import { buildMropeSegmentTables, MROPE_PRESETS } from '../src/positions/mrope.js';
import { buildTimelineSegmentTable } from '../src/positions/timeline.js';
import type { SegmentTable } from '../src/positions/segments.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { buildWgsl, testDevice, type BuiltSpec } from './support/webgpu.js';
import { buildHarness, cleanup, nvccAvailable, runHarness, scratch, writeArtifacts, type Harness } from './support/nvcc.js';

// ------------------------------------------------------------------------------------------------
// The table (src/kernel/checks.ts) and the document printed from it

interface Row {
  id: string;
  message: string;
  hosts: Set<string>;
}

const ROWS: Row[] = CHECKS.map((r) => ({ id: r.id, message: documentedMessage(r), hosts: new Set(r.hosts) }));
const DOC_PATH = 'docs/checks.md';

/** `…` matches anything; a message without a trailing `…` must match to its end. */
function pattern(message: string): RegExp {
  const body = message.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}${message.endsWith('…') ? '' : '$'}`, 's');
}


// ------------------------------------------------------------------------------------------------
// Specs and good inputs

function source(positions: string, opts: { layout?: string; kernel?: string; axes?: string; heads?: boolean; headDim?: number } = {}): string {
  return `rope chk {
  head_dim ${opts.headDim ?? 8}
  style half
${opts.axes ? `  axes ${opts.axes}\n` : ''}  frequencies base 100
  positions ${positions}
  kernel {
${opts.heads === false ? '' : '    q heads 2\n    k heads 1\n'}    layout ${opts.layout ?? '[tokens, heads, dim]'}
    ${opts.kernel ?? 'dtype f32'}
  }
}
`;
}

const BSHD = '[batch, seq, heads, dim]';
const HW = 'sectioned [h 2, w 2]';
const SPECS = {
  idx: source('index + offset'),
  runheads: source('index + offset', { heads: false }),
  // k with its own tokens and offset (cross-attention).
  own: source('index + offset', { heads: false, kernel: 'q heads 2\n    k heads 1 tokens own\n    dtype f32' }),
  // …in packed sequences of its own (varlen cross-attention).
  ownpacked: source('index packed', { heads: false, kernel: 'q heads 2\n    k heads 1 tokens own\n    dtype f32' }),
  tensor: source('tensor int'),
  // 2^24 positions × 16 pairs × 8 bytes = 2 GiB: more than this device binds.
  bigtable: source('tensor int', { headDim: 32, kernel: 'dtype f32\n    sincos table(max_positions 16777216)' }),
  native: source('index', { kernel: 'dtype f16 native' }),
  bf16: source('index', { kernel: 'dtype bf16' }),
  offs: source('index + offsets', { layout: BSHD }),
  packed: source('index packed'),
  grid: source('grid(h, w) prefix 1', { axes: HW }),
  gridi32: source('grid(h, w) {\n    h shift 2147483645\n  }', { axes: HW }),
  gridp: source('grid(h, w) packed prefix 1', { axes: HW }),
  seg: source('mrope(spatial_merge 2)', { layout: BSHD, axes: 'sectioned [t 2, h 1, w 1]' }),
  tl: source('timeline'),
  // Views of a fused [tokens, 2 + 1 + 1, 8] QKV buffer.
  strided: source('index + offset', { kernel: 'dtype f32\n    inplace\n    strided' }),
  stridedout: source('index + offset', { kernel: 'dtype f32\n    strided' }),
  stridedbf16: source('index + offset', { kernel: 'dtype bf16\n    inplace\n    strided' }),
  // An engine's cos/sin cache of 4 rows: [4, 8] (4 pairs of cos, then of sin).
  cache: source('tensor int', { kernel: 'dtype f32\n    sincos cache(layout cos_sin)' }),
  // q and k heads RMS-normalized before they rotate, with a weight of 8 lanes each.
  norm: source('index + offset', { kernel: 'dtype f32\n    norm rms(eps 1e-6)' }),
  // Rotated k and v stored into a paged cache of 2 blocks of 2 slots.
  kv: source('index + offset', { kernel: 'dtype f32\n    kv_cache paged(block 2)' }),
  // A paged cache of 4 blocks of 2 slots found through a block table of 3 blocks per row.
  kvtable: source('index + offset', { kernel: 'dtype f32\n    kv_cache paged(block 2, slots table)' }),
  kvfp8: source('index + offset', { kernel: 'dtype f32\n    kv_cache paged(block 2, dtype fp8_e4m3)' }),
  // Views of a fused [tokens, 2 + 1 + 1, 8] QKV buffer, v copied into a paged cache of 2 blocks of 2 slots.
  kvstrided: source('index + offset', { kernel: 'dtype f32\n    inplace\n    strided\n    kv_cache paged(block 2)' }),
  kvmany: `rope chk {
  head_dim 4
  style half
  frequencies base 100
  scaling longrope(short [1.000, 1.500], long [1.000, 4.000], original 16, factor 8, select auto)
  positions tensor int
  kernel {
    q heads 2
    k heads 1
    norm rms(eps 1e-6)
    kv_cache slots
  }
}
`,
};
type SpecKey = keyof typeof SPECS;

const zeros = (n: number) => Float32Array.from({ length: n }, (_, i) => ((i * 7) % 11) / 11 - 0.5);
const qk = (tokens: number) => ({ q: zeros(tokens * 2 * 8), k: zeros(tokens * 8) });

const IDS = [1, 2, 151652, 151655, 151655, 151655, 151655, 151653];
const MROPE = encodeSegments(buildMropeSegmentTables({ inputIds: [IDS, IDS], imageGridThw: [[1, 4, 4], [1, 4, 4]] }, MROPE_PRESETS.qwen2_vl).tables);
const MROPE_ONE_ROW: SegmentTable = buildMropeSegmentTables({ inputIds: [IDS], imageGridThw: [[1, 4, 4]] }, MROPE_PRESETS.qwen2_vl).tables[0];
/** Time line of 8 tokens: text at 0.25 s (a const record), a 2-frame video of 2 patches, text at 3 s. */
const TIMELINE: SegmentTable = buildTimelineSegmentTable(8, [
  { kind: 'text', start: 0, end: 2, time: 0.25 },
  { kind: 'video', start: 2, end: 6, patchesPerFrame: 2, frameTimes: [1, 2] },
  { kind: 'text', start: 6, end: 8, time: 3 },
]);
const TL = encodeSegments([TIMELINE], { concat: true });

function good(spec: SpecKey): RopeInputs & Record<string, unknown> {
  switch (spec) {
    case 'norm':
      return { ...qk(3), sizes: { tokens: 3, offset: 0 }, q_norm_weight: zeros(8), k_norm_weight: zeros(8) };
    case 'kvtable':
      return { ...qk(3), sizes: { tokens: 3, offset: 1, cache_blocks: 4, table_blocks: 3 }, v: zeros(3 * 8), block_table: Int32Array.from([2, 0, -1]), k_cache: zeros(8 * 8), v_cache: zeros(8 * 8) };
    case 'kv':
      return { ...qk(3), sizes: { tokens: 3, offset: 0, cache_blocks: 2 }, v: zeros(3 * 8), slot_mapping: Int32Array.from([3, -1, 0]), k_cache: zeros(4 * 8), v_cache: zeros(4 * 8) };
    case 'kvfp8':
      return { ...qk(3), sizes: { tokens: 3, offset: 0, cache_blocks: 2, k_scale: 0.5, v_scale: 2 }, v: zeros(3 * 8), slot_mapping: Int32Array.from([3, -1, 0]), k_cache: new Uint8Array(4 * 8), v_cache: new Uint8Array(4 * 8) };
    case 'idx': case 'runheads': case 'native': case 'bf16':
      return { ...qk(3), sizes: { tokens: 3, offset: 0, ...(spec === 'runheads' ? { q_heads: 2, k_heads: 1 } : {}) } };
    case 'bigtable':
      return { q: zeros(3 * 2 * 32), k: zeros(3 * 32), sizes: { tokens: 3 }, positions: Int32Array.from([0, 1, 2]) };
    case 'tensor':
      return { ...qk(3), sizes: { tokens: 3 }, positions: Int32Array.from([0, 1, 2]) };
    case 'offs':
      return { ...qk(4), sizes: { batch: 2, seq: 2 }, offsets: Int32Array.from([0, 5]) };
    case 'packed':
      return { ...qk(5), sizes: { tokens: 5 }, cu_seqlens: Int32Array.from([0, 2, 5]) };
    case 'grid':
      return { ...qk(7), sizes: { tokens: 7, h: 2, w: 3 } };
    case 'gridi32':
      return { ...qk(6), sizes: { tokens: 6, h: 6, w: 1 } };
    case 'gridp':
      return { ...qk(10), sizes: { tokens: 10 }, cu_seqlens: Int32Array.from([0, 7, 10]), grid_sizes: Int32Array.from([2, 3, 1, 2]) };
    case 'seg':
      return { ...qk(16), sizes: { batch: 2, seq: 8 }, segment_table: Int32Array.from(MROPE.table), segment_values: Float32Array.from(MROPE.values) };
    case 'tl':
      return { ...qk(8), sizes: { tokens: 8 }, segment_table: Int32Array.from(TL.table), segment_values: Float32Array.from(TL.values) };
    case 'cache':
      return { ...qk(3), sizes: { tokens: 3, cache_positions: 4 }, positions: Int32Array.from([0, 3, 2]), cos_sin_cache: zeros(4 * 8) };
    case 'ownpacked':
      return { q: zeros(5 * 2 * 8), k: zeros(3 * 8), sizes: { tokens: 5, k_tokens: 3 }, cu_seqlens: Int32Array.from([0, 2, 5]), k_cu_seqlens: Int32Array.from([0, 3, 3]) };
    case 'own':
      return { q: zeros(3 * 2 * 8), k: zeros(2 * 8), sizes: { tokens: 3, k_tokens: 2, offset: 1, k_offset: 4 } };
    case 'kvstrided': {
      const qkv = zeros(3 * 32);
      const views = { q_token_stride: 32, q_head_stride: 8, k_token_stride: 32, k_head_stride: 8, v_token_stride: 32, v_head_stride: 8 };
      return { q: qkv.subarray(0), k: qkv.subarray(16), v: qkv.subarray(24), sizes: { tokens: 3, offset: 0, cache_blocks: 2, ...views }, slot_mapping: Int32Array.from([3, -1, 0]), k_cache: zeros(4 * 8), v_cache: zeros(4 * 8) };
    }
    case 'strided': case 'stridedout': case 'stridedbf16': {
      const qkv = zeros(3 * 32);
      return { q: qkv.subarray(0), k: qkv.subarray(16), sizes: { tokens: 3, offset: 0, q_token_stride: 32, q_head_stride: 8, k_token_stride: 32, k_head_stride: 8 } };
    }
  }
}

/** Word i of record r of an encoded table with `rows` rows. */
const rec = (rows: number, r: number, i: number) => rows + 1 + 8 * r + i;
const f32Bits = (x: number) => new Int32Array(Float32Array.of(x).buffer)[0];
/** The first record of the time line whose kind is frames (3). */
const FRAMES = Array.from({ length: TL.table[1] }, (_, r) => r).find((r) => (TL.table[rec(1, r, 0)] & 15) === 3)!;

type Inputs = RopeInputs & Record<string, unknown>;
const edit = (spec: SpecKey, f: (x: Inputs) => void): Inputs => {
  const x = good(spec);
  f(x);
  return x;
};
const editTable = (spec: 'seg' | 'tl', f: (t: Int32Array) => void) => edit(spec, (x) => f(x.segment_table as Int32Array));

// ------------------------------------------------------------------------------------------------
// Provocations for the host tables: inputs that break exactly one check (used by every marked host
// unless the row brings its own call for one).

type Gpu = { built: BuiltSpec; device: GPUDevice; buffer: (bytes: number, usage?: number) => GPUBuffer };

interface Provocation {
  spec: SpecKey;
  /** The bad inputs, for I, T and W. */
  bad?: () => Inputs;
  /** W's bad inputs, where W takes what the others refuse. */
  wBad?: () => Inputs;
  /** Own calls (they must throw) where the generic call does not apply. */
  T?: (mod: Record<string, any>) => void;
  W?: (gpu: Gpu) => void;
}

const STORAGE_USAGE = 0x80 | 0x08 | 0x04; // STORAGE | COPY_DST | COPY_SRC

/** The kv spec's good arguments with q, k, v and the caches in GPUBuffers (the WGSL host binds them), then `over`. */
function kvOnGpu({ device, buffer }: Gpu, over: Record<string, unknown>, spec: 'kv' | 'kvtable' = 'kv'): Record<string, any> {
  const x = good(spec) as Record<string, any>;
  const args: Record<string, any> = { ...x };
  for (const name of ['q', 'k', 'v', 'k_cache', 'v_cache']) {
    const data = x[name] as Float32Array;
    const b = buffer(data.byteLength);
    device.queue.writeBuffer(b, 0, data);
    args[name] = b;
  }
  return { ...args, ...over };
}
const qBytes = (tokens: number) => tokens * 2 * 8 * 4;
const kBytes = (tokens: number) => tokens * 8 * 4;

const PROVOKE: Record<string, Provocation> = {
  'size-missing': { spec: 'idx', bad: () => edit('idx', (x) => { x.sizes = { offset: 0 }; }) },
  'size-whole': { spec: 'idx', bad: () => edit('idx', (x) => { x.sizes.tokens = 2.5; }) },
  'size-object': { spec: 'idx', bad: () => edit('idx', (x) => { (x as { sizes: unknown }).sizes = null; }) },
  'heads-fixed': { spec: 'idx', bad: () => edit('idx', (x) => { x.sizes.q_heads = 3; }) },
  'offset-whole': { spec: 'idx', bad: () => edit('idx', (x) => { x.sizes.offset = 0.5; }) },
  'grid-cells': { spec: 'grid', bad: () => edit('grid', (x) => { x.sizes.w = 2; }) },
  'offset-i32': { spec: 'idx', bad: () => edit('idx', (x) => { x.sizes.offset = 2 ** 31 - 2; }) },
  'grid-i32': { spec: 'gridi32', bad: () => good('gridi32') },
  'u32-range': {
    spec: 'idx',
    // Buffers of 2^34 bytes cannot be created here, but an invalid buffer keeps its size, which is
    // all the host reads; the check must throw before anything is recorded.
    W: ({ built, device }) => {
      device.pushErrorScope('validation');
      const tokens = 2 ** 28;
      const q = device.createBuffer({ size: qBytes(tokens), usage: STORAGE_USAGE });
      const k = device.createBuffer({ size: kBytes(tokens), usage: STORAGE_USAGE });
      try {
        built.kernel.run({ q, k, sizes: { tokens } });
      } finally {
        void device.popErrorScope();
      }
    },
  },
  'tensor-missing': { spec: 'idx', bad: () => edit('idx', (x) => { (x as { q: unknown }).q = undefined; }) },
  'not-array': { spec: 'idx', bad: () => edit('idx', (x) => { (x as { q: unknown }).q = 5; }) },
  'tensor-type': { spec: 'idx', bad: () => edit('idx', (x) => { x.q = Array.from(x.q); }) },
  'tensor-length': { spec: 'idx', bad: () => edit('idx', (x) => { x.q = (x.q as Float32Array).subarray(0, 5); }) },
  'stride-heads': { spec: 'strided', bad: () => edit('strided', (x) => { x.sizes.q_head_stride = 7; }) },
  'stride-tokens': { spec: 'strided', bad: () => edit('strided', (x) => { x.sizes.k_token_stride = 7; }) },
  'view-length': { spec: 'strided', bad: () => edit('strided', (x) => { x.q = (x.q as Float32Array).subarray(0, 40); }) },
  // k one head into q: the views share q's second head.
  'view-overlap': {
    spec: 'strided',
    bad: () => edit('strided', (x) => { x.k = (x.q as Float32Array).subarray(8); }),
    // One GPUBuffer, k one head into q.
    W: ({ built, buffer }) => {
      const b = buffer(3 * 32 * 4);
      built.kernel.run({ ...good('strided'), q: b, k: b, sizes: { ...good('strided').sizes, k_start: 8 } });
    },
  },
  // v where k is, in the one QKV buffer (W: q, k and v views of one GPUBuffer, v_start = k_start).
  'v-overlap': {
    spec: 'kvstrided',
    bad: () => edit('kvstrided', (x) => { x.v = (x.k as Float32Array).subarray(0); }),
    W: ({ built, device, buffer }) => {
      const x = good('kvstrided');
      const b = buffer(3 * 32 * 4);
      device.queue.writeBuffer(b, 0, (x.q as Float32Array).buffer);
      const [kc, vc] = [buffer(4 * 8 * 4), buffer(4 * 8 * 4)];
      built.kernel.run({ ...x, q: b, k: b, v: b, k_cache: kc, v_cache: vc, sizes: { ...x.sizes, k_start: 16, v_start: 16 } });
    },
  },
  'wasm-views': { spec: 'strided', T: (mod) => mod.createWasmKernel(good('strided').sizes) },
  'view-words': {
    spec: 'stridedbf16',
    W: ({ built, buffer }) => {
      const b = buffer(3 * 32 * 2 + 4);
      built.kernel.run({ ...good('stridedbf16'), q: b, k: b, sizes: { ...good('stridedbf16').sizes, q_start: 1, k_start: 17 } });
    },
  },
  'views-out': {
    spec: 'stridedout',
    W: ({ built, buffer }) => {
      const [b, o1, o2] = [buffer(3 * 32 * 4), buffer(3 * 32 * 4), buffer(3 * 32 * 4)];
      built.kernel.run({ ...good('stridedout'), q: b, k: b, qOut: o1, kOut: o2, sizes: { ...good('stridedout').sizes, k_start: 16 } });
    },
  },
  'buffer-type': { spec: 'idx', W: ({ built, buffer }) => built.kernel.run({ q: {}, k: buffer(kBytes(3)), sizes: { tokens: 3 } }) },
  'buffer-small': { spec: 'idx', W: ({ built, buffer }) => built.kernel.run({ q: buffer(16), k: buffer(kBytes(3)), sizes: { tokens: 3 } }) },
  'buffer-usage': {
    spec: 'idx', W: ({ built, buffer }) => built.kernel.run({ q: buffer(qBytes(3), 0x08), k: buffer(kBytes(3)), sizes: { tokens: 3 } }),
  },
  'args-object': { spec: 'idx', W: ({ built }) => built.kernel.run(null as unknown as Record<string, unknown>) },
  'out-type': { spec: 'idx', T: (mod) => mod.rotateInto(good('idx'), { q: new Float32Array(1), k: new Float32Array(24) }) },
  'out-alias': {
    spec: 'idx', T: (mod) => {
      const x = good('idx');
      mod.rotateInto(x, { q: x.q, k: new Float32Array(24) });
    },
  },
  // k_cache and v_cache one array: v's rows would overwrite k's.
  'arrays-apart': {
    spec: 'kv', T: (mod) => {
      const x = good('kv');
      mod.rotateInPlace({ ...x, v_cache: x.k_cache });
    },
  },
  // The kernel's slot_mapping lives in its memory: one passed in extra would be ignored.
  'wasm-owned': {
    spec: 'kv', T: (mod) => {
      const x = good('kv');
      mod.createWasmKernel(x.sizes).rotateInPlace({ slot_mapping: x.slot_mapping });
    },
  },
  'wasm-memory': { spec: 'idx', T: (mod) => mod.createWasmKernel({ tokens: 2 ** 27 }) },
  'wasm-heads': {
    spec: 'runheads', T: (mod) => mod.createWasmKernel({ tokens: 3, offset: 0, q_heads: 2, k_heads: 1 }).rotateInPlace({ sizes: { q_heads: 1 } }),
  },
  'wasm-capacity': { spec: 'idx', T: (mod) => mod.createWasmKernel({ tokens: 3, offset: 0 }).rotateInPlace({ sizes: { tokens: 4 } }) },
  'wasm-cache': {
    spec: 'kv', T: (mod) => {
      const x = good('kv');
      mod.createWasmKernel(x.sizes).rotateInPlace({ sizes: { cache_blocks: x.sizes.cache_blocks + 1 } });
    },
  },
  'wasm-capacity-k': { spec: 'own', T: (mod) => mod.createWasmKernel({ tokens: 3, k_tokens: 2 }).rotateInPlace({ sizes: { k_tokens: 3 } }) },
  'wasm-engine': {
    spec: 'idx', T: (mod) => {
      const g = globalThis as { WebAssembly?: unknown };
      const saved = g.WebAssembly;
      delete g.WebAssembly;
      try {
        mod.createWasmKernel({ tokens: 1 });
      } finally {
        g.WebAssembly = saved;
      }
    },
  },
  'out-half': { spec: 'idx', W: ({ built, buffer }) => built.kernel.run({ q: buffer(qBytes(3)), k: buffer(kBytes(3)), qOut: buffer(qBytes(3)), sizes: { tokens: 3 } }) },
  'out-cross': {
    spec: 'idx', W: ({ built, buffer }) => {
      const q = buffer(qBytes(3));
      built.kernel.run({ q, k: buffer(kBytes(3)), qOut: buffer(qBytes(3)), kOut: q, sizes: { tokens: 3 } });
    },
  },
  'out-mixed': {
    spec: 'idx', W: ({ built, buffer }) => {
      const q = buffer(qBytes(3));
      built.kernel.run({ q, k: buffer(kBytes(3)), qOut: q, kOut: buffer(kBytes(3)), sizes: { tokens: 3 } });
    },
  },
  'q-is-k': {
    spec: 'idx', W: ({ built, buffer }) => {
      const both = buffer(qBytes(3));
      built.kernel.run({ q: both, k: both, sizes: { tokens: 3 } });
    },
  },
  'f16-option': { spec: 'idx', W: ({ built, device }) => built.mod.createKernel(device, { f16: 'fast' as 'auto' }) },
  'schedule-option': { spec: 'idx', W: ({ built, device }) => built.mod.createKernel(device, { schedule: 'decode' as 'auto' }) },
  'f16-no-shader': { spec: 'idx', W: ({ built, device }) => built.mod.createKernel(device, { f16: 'native' }) },
  'f16-no-feature': { spec: 'native', W: ({ built, device }) => built.mod.createKernel(device, { f16: 'native' }) },
  'positions-missing': { spec: 'tensor', bad: () => edit('tensor', (x) => { delete x.positions; }) },
  'positions-length': { spec: 'tensor', bad: () => edit('tensor', (x) => { x.positions = Int32Array.from([0, 1]); }) },
  'positions-array-type': { spec: 'tensor', bad: () => edit('tensor', (x) => { x.positions = Float32Array.from([0, 1, 2]); }) },
  'positions-type': { spec: 'tensor', bad: () => edit('tensor', (x) => { x.positions = Float32Array.from([0, 1, 2]); }) },
  'sincos-table-limit': { spec: 'bigtable', bad: () => good('bigtable') },
  'cache-missing': { spec: 'cache', bad: () => edit('cache', (x) => { delete x.cos_sin_cache; }) },
  'cache-type': { spec: 'cache', bad: () => edit('cache', (x) => { x.cos_sin_cache = Array.from(x.cos_sin_cache!); }) },
  'cache-length': { spec: 'cache', bad: () => edit('cache', (x) => { x.cos_sin_cache = zeros(3 * 8); }) },
  'norm-missing': { spec: 'norm', bad: () => edit('norm', (x) => { delete x.k_norm_weight; }) },
  'norm-type': { spec: 'norm', bad: () => edit('norm', (x) => { x.q_norm_weight = Array.from(x.q_norm_weight!); }) },
  'norm-length': { spec: 'norm', bad: () => edit('norm', (x) => { x.q_norm_weight = zeros(7); }) },
  'kv-missing': { spec: 'kv', bad: () => edit('kv', (x) => { delete x.v_cache; }) },
  // A float32 > 0 and finite: 1e39 is finite as a number but not as a float32.
  'scale-range': { spec: 'kvfp8', bad: () => edit('kvfp8', (x) => { x.sizes.v_scale = 1e39; }) },
  'kv-type': { spec: 'kv', bad: () => edit('kv', (x) => { x.slot_mapping = [3, -1, 0]; }) },
  // W: the caches are GPUBuffers (their sizes are buffer-small's); a slot_mapping array of 2 entries for 3 tokens.
  'kv-length': {
    spec: 'kv', bad: () => edit('kv', (x) => { x.k_cache = zeros(3 * 8); }),
    W: (gpu) => gpu.built.kernel.run(kvOnGpu(gpu, { slot_mapping: Int32Array.from([3, 0]) })),
  },
  'slot-range': { spec: 'kv', bad: () => edit('kv', (x) => { x.slot_mapping = Int32Array.from([3, 4, 0]); }), W: (gpu) => gpu.built.kernel.run(kvOnGpu(gpu, { slot_mapping: Int32Array.from([3, 4, 0]) })) },
  'table-entry': { spec: 'kvtable', bad: () => edit('kvtable', (x) => { x.block_table = Int32Array.from([2, 4, -1]); }), W: (gpu) => gpu.built.kernel.run(kvOnGpu(gpu, { block_table: Int32Array.from([2, 4, -1]) }, 'kvtable')) },
  // Positions 1 … 3 (offset 1), but a row of 1 block of 2 holds positions 0 and 1.
  'table-short': {
    spec: 'kvtable', bad: () => edit('kvtable', (x) => { x.block_table = Int32Array.from([2]); x.sizes.table_blocks = 1; }),
    W: (gpu) => { const a = kvOnGpu(gpu, { block_table: Int32Array.from([2]) }, 'kvtable'); gpu.built.kernel.run({ ...a, sizes: { ...a.sizes, table_blocks: 1 } }); },
  },
  'slot-type': { spec: 'kv', W: (gpu) => gpu.built.kernel.run(kvOnGpu(gpu, { slot_mapping: Float32Array.from([3, -1, 0]) })) },
  // slot_mapping in k_cache's buffer: read only and written in one dispatch.
  'read-written': { spec: 'kv', W: (gpu) => { const args = kvOnGpu(gpu, {}); gpu.built.kernel.run({ ...args, slot_mapping: args.k_cache }); } },
  // v in k's buffer: WebGPU binds a buffer the pass writes once.
  'kv-buffers': { spec: 'kv', W: (gpu) => { const args = kvOnGpu(gpu, {}); gpu.built.kernel.run({ ...args, v: args.k }); } },
  // Out of place with a positions tensor, two norm weights, ω at seq_len (three tables) and a KV cache: 14 storage buffers.
  'storage-limit': {
    spec: 'kvmany',
    W: ({ built, device, buffer }) => {
      const upload = (x: Float32Array) => {
        const b = buffer(x.byteLength);
        device.queue.writeBuffer(b, 0, x);
        return b;
      };
      const [q, k] = [upload(zeros(3 * 2 * 4)), upload(zeros(3 * 4))];
      built.kernel.run({
        q, k, qOut: buffer(q.size), kOut: buffer(k.size), v: upload(zeros(3 * 4)), k_cache: buffer(4 * 4 * 4), v_cache: buffer(4 * 4 * 4),
        slot_mapping: Int32Array.from([0, 1, 2]), positions: Int32Array.from([0, 1, 2]), q_norm_weight: zeros(4), k_norm_weight: zeros(4),
        sizes: { tokens: 3, cache_slots: 4, seq_len: 20 },
      });
    },
  },
  'cache-position': { spec: 'cache', bad: () => edit('cache', (x) => { x.positions = Int32Array.from([0, 4, 1]); }) },
  'offsets-missing': { spec: 'offs', bad: () => edit('offs', (x) => { delete x.offsets; }) },
  'offsets-type': { spec: 'offs', bad: () => edit('offs', (x) => { x.offsets = [0, 5]; }), wBad: () => edit('offs', (x) => { x.offsets = 5; }) },
  'offsets-length': { spec: 'offs', bad: () => edit('offs', (x) => { x.offsets = Int32Array.from([0]); }) },
  'offsets-entry': { spec: 'offs', bad: () => edit('offs', (x) => { x.offsets = [0, 0.5]; }) },
  'offsets-i32': { spec: 'offs', bad: () => edit('offs', (x) => { x.offsets = Int32Array.from([0, 2 ** 31 - 1]); }) },
  'cu-missing': { spec: 'packed', bad: () => edit('packed', (x) => { delete x.cu_seqlens; }) },
  'cu-type': { spec: 'packed', bad: () => edit('packed', (x) => { x.cu_seqlens = [0, 2, 5]; }), wBad: () => edit('packed', (x) => { x.cu_seqlens = 5; }) },
  'cu-length': { spec: 'packed', bad: () => edit('packed', (x) => { x.cu_seqlens = Int32Array.from([0]); }) },
  'k-cu-length': { spec: 'ownpacked', bad: () => edit('ownpacked', (x) => { x.k_cu_seqlens = Int32Array.from([0, 3]); }) },
  'cu-start': { spec: 'packed', bad: () => edit('packed', (x) => { x.cu_seqlens = Int32Array.from([1, 2, 5]); }) },
  'cu-order': { spec: 'packed', bad: () => edit('packed', (x) => { x.cu_seqlens = Int32Array.from([0, 3, 2, 5]); }) },
  'cu-end': { spec: 'packed', bad: () => edit('packed', (x) => { x.cu_seqlens = Int32Array.from([0, 2, 4]); }) },
  'grids-missing': { spec: 'gridp', bad: () => edit('gridp', (x) => { delete x.grid_sizes; }) },
  'grids-type': { spec: 'gridp', bad: () => edit('gridp', (x) => { x.grid_sizes = [2, 3, 1, 2]; }), wBad: () => edit('gridp', (x) => { x.grid_sizes = 5; }) },
  'grids-length': { spec: 'gridp', bad: () => edit('gridp', (x) => { x.grid_sizes = Int32Array.from([2, 3, 1]); }) },
  'grids-entry': { spec: 'gridp', bad: () => edit('gridp', (x) => { x.grid_sizes = Int32Array.from([2, 3, -1, -2]); }) },
  'grids-cells': { spec: 'gridp', bad: () => edit('gridp', (x) => { x.grid_sizes = Int32Array.from([2, 3, 2, 2]); }) },
  'seg-missing': { spec: 'seg', bad: () => edit('seg', (x) => { delete x.segment_table; }) },
  'seg-type': { spec: 'seg', bad: () => edit('seg', (x) => { x.segment_table = Array.from(x.segment_table!); }) },
  'segv-missing': { spec: 'seg', bad: () => edit('seg', (x) => { delete x.segment_values; }) },
  'segv-type': { spec: 'seg', bad: () => edit('seg', (x) => { x.segment_values = []; }) },
  'seg-words': { spec: 'seg', bad: () => edit('seg', (x) => { x.segment_table = [...(x.segment_table as Int32Array)].map((w, i) => (i === 2 ? 0.5 : w)); }) },
  'seg-header': { spec: 'seg', bad: () => edit('seg', (x) => { x.segment_table = Int32Array.from([0]); }) },
  'seg-records': { spec: 'seg', bad: () => edit('seg', (x) => { x.segment_table = (x.segment_table as Int32Array).slice(0, 9); }) },
  'seg-word0': { spec: 'seg', bad: () => editTable('seg', (t) => { t[0] = 1; }) },
  'seg-rows': { spec: 'seg', bad: () => editTable('seg', (t) => { t[1] = -1; }) },
  'seg-empty-row': { spec: 'seg', bad: () => editTable('seg', (t) => { t[1] = 0; }) },
  'seg-extra-row': { spec: 'seg', bad: () => edit('seg', (x) => { x.sizes.seq = 0; x.q = new Float32Array(0); x.k = new Float32Array(0); }) },
  'seg-kind': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 0, 0)] = 5; }) },
  'seg-first': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 0, 1)] = 1; }) },
  'seg-starts': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 1, 1)] = 0; }) },
  'seg-value-index': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 0, 0)] = 1 << 4; }) },
  'seg-text-i32': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 0, 2)] = 2 ** 31 - 1; }) },
  'seg-const': { spec: 'tl', bad: () => editTable('tl', (t) => { t[rec(1, 0, 3)] = f32Bits(1.5); }) },
  'seg-grid-axes': {
    spec: 'tl', bad: () => edit('tl', (x) => {
      const one = encodeSegments([MROPE_ONE_ROW], { concat: true });
      x.segment_table = one.table;
      x.segment_values = one.values;
    }),
  },
  'seg-grid-size': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 1, 6)] = 0; }) },
  'seg-grid-offset': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 1, 7)] = -1; }) },
  'seg-grid-scale-index': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 1, 0)] = 2 | (99 << 4); }) },
  'seg-grid-scale': {
    spec: 'seg', bad: () => edit('seg', (x) => {
      (x.segment_values as Float32Array)[(x.segment_table as Int32Array)[rec(2, 1, 0)] >>> 4] = -1;
    }),
  },
  'seg-grid-i32': { spec: 'seg', bad: () => editTable('seg', (t) => { t[rec(2, 1, 3)] = 2 ** 31 - 1; }) },
  'seg-frames': { spec: 'tl', bad: () => editTable('tl', (t) => { t[rec(1, FRAMES, 3)] = 0; }) },
  'seg-frames-offset': { spec: 'tl', bad: () => editTable('tl', (t) => { t[rec(1, FRAMES, 4)] = -1; }) },
  'seg-frames-index': { spec: 'tl', bad: () => editTable('tl', (t) => { t[rec(1, FRAMES, 0)] = 3 | (99 << 4); }) },
  'seg-frame-time': {
    spec: 'tl', bad: () => edit('tl', (x) => {
      (x.segment_values as Float32Array)[(x.segment_table as Int32Array)[rec(1, FRAMES, 0)] >>> 4] = Infinity;
    }),
  },
};

// The encoding API: each call must throw the row's message.
const API: Record<string, () => unknown> = {
  'enc-empty': () => encodeSegments([]),
  'enc-axes': () => encodeSegments([TIMELINE, MROPE_ONE_ROW]),
  'enc-table': () => encodeSegments([{ length: 2, axes: 1, segments: [{ kind: 'text', start: 1, length: 1, base: 0 }] }]),
  'enc-i32': () => encodeSegments([{ length: 2, axes: 3, segments: [{ kind: 'text', start: 0, length: 2, base: 2 ** 31 }] }]),
  'enc-const': () => encodeSegments([{ length: 2, axes: 1, segments: [{ kind: 'const', start: 0, length: 2, value: 0.1 }] }]),
  'enc-lengths': () => encodeSegments([TIMELINE, { length: 3, axes: 1, segments: [{ kind: 'text', start: 0, length: 3, base: 0 }] }]),
  'pos-table-length': () => segmentTablesFromPositions([1, 2], 1, 1, 3),
  'pos-table-finite': () => segmentTablesFromPositions([0, NaN], 1, 1, 2),
  'pos-table-f32': () => segmentTablesFromPositions([0, 0.1], 1, 1, 2),
  'pos-table-whole': () => segmentTablesFromPositions([0, 0.5, 0, 0, 0, 0], 3, 1, 2),
};
/** Rows not triggered, each with the reason. */
const NOT_TRIGGERED: Record<string, string> = {
  'enc-values': 'needs more than 2^27 frame times in one call (over 0.5 GB of numbers)',
};

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw, nothing was thrown');
}

// ------------------------------------------------------------------------------------------------

describe('docs/checks.md', () => {
  it('is printed from the table in src/kernel/checks.ts', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(DOC_PATH, checksDocument());
    expect(readFileSync(DOC_PATH, 'utf8'), 'docs/checks.md is stale: npm run golden:update').toBe(checksDocument());
  });

  it('has a trigger for every row, and every trigger has a row', () => {
    const ids = ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hostIds = ROWS.filter((r) => ['I', 'T', 'W'].some((h) => r.hosts.has(h))).map((r) => r.id).sort();
    expect(hostIds).toEqual(Object.keys(PROVOKE).sort());
    const apiIds = ROWS.filter((r) => r.hosts.size === 1 && r.hosts.has('A')).map((r) => r.id).sort();
    expect(apiIds).toEqual([...Object.keys(API), ...Object.keys(NOT_TRIGGERED)].sort());
    const cudaIds = ROWS.filter((r) => r.hosts.has('C')).map((r) => r.id);
    expect(cudaIds.filter((id) => !CUDA[id] && !PROVOKE[id]?.bad)).toEqual([]);
    expect(Object.keys(CUDA).filter((id) => !cudaIds.includes(id))).toEqual([]);
    expect(ROWS.length).toBeGreaterThan(60);
  });

  it('the pattern reading matches what it should and nothing else', () => {
    expect(pattern('sizes.tokens: missing…').test('sizes.tokens: missing; layout …')).toBe(true);
    expect(pattern('q: expected shape … got length …').test('q: expected shape [3, 2, 8] (48 values), got length 5')).toBe(true);
    expect(pattern('out: must not alias the inputs; use rotateInPlace').test('out: must not alias the inputs; use rotateInPlace!')).toBe(false);
    expect(pattern('cu_seqlens: must start at 0, got …').test('offsets: must start at 0, got 1')).toBe(false);
  });

  it('the interpreter throws each row marked I with the row’s message', () => {
    for (const r of ROWS.filter((x) => x.hosts.has('I'))) {
      const p = PROVOKE[r.id];
      const ir = irOf(p.spec);
      const e = thrown(() => interpret(ir, p.bad!()));
      expect(e.name, r.id).toBe('RopeArgumentError');
      expect(e.message, r.id).toMatch(pattern(r.message));
    }
  });

  it('the generated TS module throws each row marked T with the row’s message, before writing', async () => {
    const mods = new Map<SpecKey, Record<string, any>>();
    for (const r of ROWS.filter((x) => x.hosts.has('T'))) {
      const p = PROVOKE[r.id];
      if (!mods.has(p.spec)) mods.set(p.spec, await tsModule(p.spec));
      const mod = mods.get(p.spec)!;
      let e: Error;
      if (p.T) {
        e = thrown(() => p.T!(mod));
      } else {
        const bad = p.bad!();
        const before = bad.q instanceof Float32Array ? Float32Array.from(bad.q) : undefined;
        e = thrown(() => mod.rotateInPlace(bad));
        if (before) expect(Array.from(bad.q as Float32Array), `${r.id}: q changed`).toEqual(Array.from(before));
      }
      expect(e.name, r.id).toBe('RangeError');
      expect(e.message, r.id).toMatch(pattern(r.message));
    }
  });

  it('the WGSL host module throws each row marked W with the row’s message', async () => {
    const device = await testDevice();
    const built = new Map<SpecKey, BuiltSpec>();
    const made: GPUBuffer[] = [];
    const buffer = (bytes: number, usage = STORAGE_USAGE) => {
      const b = device.createBuffer({ size: Math.max(4, bytes), usage });
      made.push(b);
      return b;
    };
    for (const r of ROWS.filter((x) => x.hosts.has('W'))) {
      const p = PROVOKE[r.id];
      if (!built.has(p.spec)) built.set(p.spec, await buildWgsl(SPECS[p.spec], `${p.spec}.rope`));
      const b = built.get(p.spec)!;
      const e = thrown(() => {
        if (p.W) return p.W({ built: b, device, buffer });
        const bad = (p.wBad ?? p.bad)!();
        const args: Record<string, unknown> = { ...bad };
        for (const which of ['q', 'k'] as const) {
          const x = bad[which] as unknown;
          if (x instanceof Float32Array) {
            const buf = buffer(x.byteLength);
            device.queue.writeBuffer(buf, 0, x);
            args[which] = buf;
          }
        }
        b.kernel.run(args);
      });
      expect(e.name, r.id).toBe('RopeArgumentError');
      expect(e.message, r.id).toMatch(pattern(r.message));
    }
    await device.queue.onSubmittedWorkDone();
    for (const b of made) b.destroy();
  });

  it('the encoding API throws each of its rows with the row’s message', () => {
    for (const r of ROWS.filter((x) => x.hosts.size === 1 && x.hosts.has('A') && !(x.id in NOT_TRIGGERED))) {
      const e = thrown(API[r.id]);
      expect(e.name, r.id).toBe('RopeArgumentError');
      expect(e.message, r.id).toMatch(pattern(r.message));
    }
  });

  it('every error message thrown by hand-written host code is a row of the table', () => {
    // The checks of kernel/checks.ts are printed from the table; what a host checks in its own
    // code (typed arrays, GPUBuffers, options) must still say what the table says: each message,
    // its interpolations read as …, must be one the row's message matches.
    const messages = sourceMessages();
    expect(messages.length).toBeGreaterThan(20);
    const missing = messages.filter(([, message]) => !ROWS.some((r) => pattern(r.message).test(message)));
    expect(missing).toEqual([]);
    // …and one row best: where several patterns match, the one with the most literal text must be
    // unique, so a loose pattern (mostly …) cannot be what lets a message through.
    const literal = (m: string) => m.replace(/…/g, '').length;
    const ambiguous = messages.map(([where, message]) => {
      const rows = ROWS.filter((r) => pattern(r.message).test(message));
      const best = Math.max(...rows.map((r) => literal(r.message)));
      return [where, message, rows.filter((r) => literal(r.message) === best).map((r) => r.id)] as const;
    }).filter(([, , ids]) => ids.length > 1);
    expect(ambiguous).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// CUDA: the launcher's checks through the CPU harness (ropec_NAME_emulate runs the same checks as
// ropec_NAME_launch), with ropec_NAME_last_error() read back.

interface CudaTrigger {
  spec: SpecKey;
  /** Changes to the harness case built from good inputs. */
  change: (c: ReturnType<typeof harnessCase>) => void;
}

/** C rows whose provocation for the other hosts does not apply to a launch (or that only C has). */
const CUDA: Record<string, CudaTrigger> = {
  'size-whole': { spec: 'idx', change: (c) => { c.sizes.tokens = -1; } },
  'pointer': { spec: 'idx', change: (c) => { c.tensors.q = null; } },
  'segv-pointer': { spec: 'tl', change: (c) => { c.tensors.segment_values = null; c.sizes.segment_value_count = 2; } },
  'batch-seq': { spec: 'offs', change: (c) => { c.sizes.batch = 2 ** 62; c.sizes.seq = 4; } },
  'elements': { spec: 'runheads', change: (c) => { c.sizes.q_heads = 2 ** 60; } },
  'threads': { spec: 'idx', change: (c) => { c.sizes.tokens = 2 ** 40; } },
  'grid-overflow': { spec: 'grid', change: (c) => { c.sizes.grid_h = 2 ** 62; c.sizes.grid_w = 4; } },
  'view-extent': { spec: 'strided', change: (c) => { c.sizes.q_head_stride = 2 ** 60; } },
  // The harness allocates every array apart (q, k, v in that order): k's and v's huge token strides make k's extent reach over v.
  'v-overlap': { spec: 'kvstrided', change: (c) => { c.sizes.v_token_stride = 2 ** 40; c.sizes.k_token_stride = 2 ** 40 + 1; } },
  // The harness allocates every array apart; 2^30 tokens make q_out reach over the others.
  'out-overlap': { spec: 'idx', change: (c) => { c.sizes.tokens = 2 ** 30; } },
  // 2^40 blocks make each cache reach over every array allocated after it (one of the two is after the other).
  'memory-apart': { spec: 'kv', change: (c) => { c.sizes.cache_blocks = 2 ** 40; } },
  // The harness allocates q and k apart; token strides of 2^40 elements make q's view span k's
  // memory, and unequal strides leave no row or head test that proves them apart.
  'view-overlap': { spec: 'strided', change: (c) => { c.sizes.q_token_stride = 2 ** 40; c.sizes.k_token_stride = 2 ** 40 + 1; } },
  // A launch cannot read cu_seqlens; ropec_NAME_check_grid_sizes (and the emulation) does.
  'cu-start': { spec: 'gridp', change: (c) => { c.tensors.cu_seqlens = Int32Array.from([1, 7, 10]); } },
  'cu-order': { spec: 'gridp', change: (c) => { c.tensors.cu_seqlens = Int32Array.from([0, 8, 7]); } },
  'cu-end': { spec: 'gridp', change: (c) => { c.tensors.cu_seqlens = Int32Array.from([0, 7, 9]); } },
};

/** The launch of row `id`: its own trigger, or the other hosts' bad inputs as a harness case. */
function cudaCase(id: string, irs: Map<SpecKey, RopeIR>): { spec: SpecKey; case: ReturnType<typeof harnessCase> } {
  const t = CUDA[id];
  const spec = t?.spec ?? PROVOKE[id].spec;
  const inputs = t ? good(spec) : PROVOKE[id].bad!();
  const c = harnessCase(irs.get(spec)!, { ...inputs, q: inputs.q as Float32Array, k: inputs.k as Float32Array });
  t?.change(c);
  return { spec, case: c };
}

describe.skipIf(!nvccAvailable())('the table\'s C rows: CUDA launchers through the CPU harness', () => {
  let dir: string;
  let harness: Harness;
  const rows = ROWS.filter((r) => r.hosts.has('C'));
  // The cu_seqlens rows run in check_grid_sizes (grid packed, the CUDA triggers) and in
  // check_cu_seqlens (index packed, the other hosts' bad inputs): both are launched.
  const CU_ROWS = ['cu-start', 'cu-order', 'cu-end'];
  const specs = [...new Set([...rows.map((r) => CUDA[r.id]?.spec ?? PROVOKE[r.id].spec), ...CU_ROWS.map((id) => PROVOKE[id].spec)])];
  const irs = new Map<SpecKey, RopeIR>();
  beforeAll(async () => {
    dir = scratch('checks-table');
    for (const key of specs) {
      const r = compile(SPECS[key].replace('rope chk', `rope chk_${key}`), { file: `${key}.rope`, targets: [] });
      expect(r.diagnostics).toEqual([]);
      irs.set(key, r.irs[0]);
      writeArtifacts(dir, cudaBackend.emit(r.irs[0], {}).artifacts);
    }
    harness = await buildHarness(dir, [...irs.values()]);
  }, 240_000);
  afterAll(() => cleanup(dir));

  it('every row marked C: cudaErrorInvalidValue, and ropec_NAME_last_error() gives the row’s message', async () => {
    const cases = rows.map((r) => cudaCase(r.id, irs).case);
    // A good case of each spec passes, so the refusals come from the changes.
    const goods = specs.map((key) => {
      const inputs = good(key);
      return harnessCase(irs.get(key)!, { ...inputs, q: inputs.q as Float32Array, k: inputs.k as Float32Array });
    });
    const results = await runHarness(harness, [...cases, ...goods]);
    rows.forEach((r, i) => {
      expect(results[i].status, r.id).toBe(1);
      expect(results[i].why, r.id).toMatch(pattern(r.message));
    });
    results.slice(rows.length).forEach((res, i) => expect(res.status, specs[i]).toBe(0));
  }, 120_000);

  it('index packed: the launcher refuses bad cu_seqlens with the rows\' messages (check_cu_seqlens)', async () => {
    const cases = CU_ROWS.map((id) => {
      const inputs = PROVOKE[id].bad!();
      expect(PROVOKE[id].spec).toBe('packed');
      return harnessCase(irs.get('packed')!, { ...inputs, q: inputs.q as Float32Array, k: inputs.k as Float32Array });
    });
    const results = await runHarness(harness, cases);
    CU_ROWS.forEach((id, i) => {
      expect(results[i].status, id).toBe(1);
      expect(results[i].why, id).toMatch(pattern(ROWS.find((r) => r.id === id)!.message));
    });
  }, 120_000);
});

// ------------------------------------------------------------------------------------------------

const irCache = new Map<SpecKey, RopeIR>();
function irOf(key: SpecKey): RopeIR {
  if (!irCache.has(key)) {
    const r = compile(SPECS[key], { file: `${key}.rope`, targets: [] });
    expect(r.diagnostics).toEqual([]);
    irCache.set(key, r.irs[0]);
  }
  return irCache.get(key)!;
}

async function tsModule(key: SpecKey): Promise<Record<string, any>> {
  const r = compile(SPECS[key], { file: `${key}.rope`, targets: ['ts'] });
  expect(r.diagnostics).toEqual([]);
  return loadGeneratedTs(r.artifacts.find((a) => a.path.endsWith('.ts'))!.contents, `chk_${key}`);
}

/**
 * The messages of every `throw` in the hosts' sources (and the CUDA launcher's refuse(...) reasons),
 * with each interpolation (`${…}`) replaced by `…`.
 */
function sourceMessages(): [string, string][] {
  const files = [
    'src/backends/ts/index.ts', 'src/backends/ts/wasm.ts', 'templates/wgsl/host.ts', 'src/positions/encoding.ts',
  ];
  const out: [string, string][] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const starts = /(?:throw new (?:RangeError|RopeArgumentError|\{\{error\}\})|refuse)\(\s*(\\?[`'"])/g;
    for (let m = starts.exec(text); m; m = starts.exec(text)) {
      const quote = m[1];
      let i = m.index + m[0].length;
      let message = '';
      let depth = 0;
      for (; i < text.length; i++) {
        if (depth === 0 && text.startsWith(quote, i)) break;
        if (text.startsWith('${', i) || text.startsWith('\\${', i)) {
          if (depth === 0) message += '…';
          depth++;
          i += text[i] === '\\' ? 2 : 1;
          continue;
        }
        if (depth > 0) {
          if (text[i] === '{') depth++;
          if (text[i] === '}') depth--;
          continue;
        }
        message += text[i];
      }
      message = message.replace(/\\`/g, '`').replace(/\{\{\w+\}\}/g, '…');
      out.push([file, message]);
    }
  }
  expect(out.length).toBeGreaterThan(20);
  return out;
}
