// The one-call GPU check (issue 18, item 6). `npm run gpu:prepare [-- OUT]` writes a folder (default
// gpu-check/) for a machine that has nvcc, Python 3 with numpy and PyTorch, and no node:
//
//   bash run.sh          build with nvcc, check correctness (check.py), then time (bench.py)
//   bash run.sh --dry    build with nvcc and check the folder's contents; nothing runs
//   bash run.sh --cpu    the correctness part through the CPU emulation of the launchers (numpy only)
//
// What goes into the folder:
//   - the generated .cu/.h of every spec/ file, of variants (f32 exact and fast for the angle at
//     position 10^6, a strided view spec) and of the timed shapes;
//   - harness.cu (src/runners/cuda.ts): reads cases.bin, makes q and k with the counter generator
//     (src/runners/counter.ts, written identically in C++), poisons outputs with 0xFF, launches
//     (aligned and misaligned pointers), writes the outputs;
//   - cases.json, cases.bin and expected.bin: the interpreter's outputs and each element's allowed
//     error (the rule of the CUDA tests), as f32, so only expected outputs travel;
//   - torch/: the PyTorch ops of 18 specs, their cases' inputs and expected outputs, which
//     torch_check.py builds with the device's PyTorch and checks (opcheck, torch.compile, CUDA
//     graphs, gradients, QKV views; test/support/torch-cases.ts);
//   - check.py, bench.py, run.sh (copied from bench/gpu/), and bench.json: the timed shapes, their
//     launch arguments and, for the PyTorch peers, each token's pair angles (angles_NAME.npy).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/index.js';
import { sameLanes, tensorLanes, type OptimizedIR, type RopeIR } from '../../src/compiler/ir.js';
import { forEachToken, pairOmegas, tokenPosition } from '../../src/compiler/interpreter.js';
import { resolveShape, type RopeInputs } from '../../src/compiler/runtime.js';
import { encodeCases, harnessSource, type HarnessCase } from '../../src/runners/cuda.js';
import { launchArgs } from '../../src/backends/cuda/plan.js';
import { writeNpy } from '../../src/npy.js';
import { encodeStorage } from '../../src/storage.js';
import { specCache } from '../../src/run.js';
import { makeInputs } from '../../test/support/random-spec.js';
import { expectedOutputs, prepareCase } from '../../test/support/nvcc.js';
import { writeTorchCases } from '../../test/support/torch-cases.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const here = join(root, 'bench', 'gpu');
/** The folder must travel in one device call: at most this many bytes. */
const MAX_BYTES = 64 * 2 ** 20;

interface Built {
  ir: OptimizedIR;
  source: string;
}

function build(source: string, file: string, out: string): Built {
  const r = compile(source, { file, targets: ['cuda'] });
  if (!r.ok) throw new Error(`${file}: ${r.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  for (const a of r.artifacts) if (a.path.endsWith('.cu') || a.path.endsWith('.h')) writeFileSync(join(out, a.path), a.contents);
  if (r.irs.length !== 1) throw new Error(`${file}: one rope per file expected`);
  return { ir: r.irs[0], source };
}

/** A spec's text with its name, kernel lines or positions changed (variants of the library's specs). */
function variant(source: string, name: string, edits: [RegExp | string, string][]): string {
  let s = source.replace(/rope \w+ \{/, `rope ${name} {`);
  for (const [from, to] of edits) {
    const next = s.replace(from, to);
    if (next === s) throw new Error(`variant ${name}: '${from}' not found`);
    s = next;
  }
  return s;
}

// ------------------------------------------------------------------------------------------------
// Correctness cases

interface CaseInfo {
  spec: string;
  label: string;
  status: 0;
  outputs: { name: string; dtype: string; length: number }[];
  /** Offset (elements) of this case's expected values and bounds in expected.bin's two halves. */
  at: number;
}

function correctness(out: string, specs: Built[], accuracy: Set<string>) {
  const cases: HarnessCase[] = [];
  const info: CaseInfo[] = [];
  const want: number[][] = [];
  const bound: number[][] = [];
  let at = 0;
  for (const { ir } of specs) {
    const seeds = accuracy.has(ir.name) ? [1] : [1, 2];
    for (const seed of seeds) {
      const { inputs } = makeInputs(ir, seed * 7919 + ir.name.length, { maxPosition: 100_000 });
      if (inputs.sizes.seq_len !== undefined) inputs.sizes.seq_len = seed === 1 ? 100 : 131_072;
      if (accuracy.has(ir.name)) inputs.sizes.offset = 1_000_000;
      for (const misalign of [false, true]) {
        // q and k are made on the device machine by the counter generator (streams 100·case, +1).
        const p = prepareCase(ir, inputs, { misalign, generated: 100 * (cases.length + 1) });
        cases.push(p.harness);
        const outputs: CaseInfo['outputs'] = [];
        const w: number[] = [];
        const b: number[] = [];
        for (const o of expectedOutputs(p, true)) {
          outputs.push({ name: o.name, dtype: o.dtype, length: o.want.length });
          // One element at a time: a spread of a large tensor (DeepSeek's 128 × 192-lane q heads) overflows the call stack.
          for (let i = 0; i < o.want.length; i++) {
            w.push(o.want[i]);
            b.push(o.bound[i]);
          }
        }
        const label = `${accuracy.has(ir.name) ? 'position 1e6, ' : ''}seed ${seed}, ${misalign ? 'misaligned' : 'aligned'}`;
        info.push({ spec: ir.name, label, status: 0, outputs, at });
        want.push(w);
        bound.push(b);
        at += w.length;
      }
    }
  }
  writeFileSync(join(out, 'cases.bin'), encodeCases(specs.map((s) => s.ir), cases));
  // f32 is enough: rounding the expected value to f32 moves it by at most 2^-24 of itself, far inside
  // every rotated element's compute allowance, and untouched elements are f32 inputs already.
  const all = new Float32Array(2 * at);
  let i = 0;
  for (const w of want) for (const x of w) all[i++] = x;
  for (const b of bound) for (const x of b) all[i++] = x;
  writeFileSync(join(out, 'expected.bin'), new Uint8Array(all.buffer));
  writeFileSync(join(out, 'cases.json'), `${JSON.stringify({ specs: specs.map((s) => s.ir.name), elements: at, cases: info }, null, 1)}\n`);
  return info.length;
}

// ------------------------------------------------------------------------------------------------
// Timed shapes

interface Timed {
  name: string;
  label: string;
  spec: string;
  dtype: string;
  /** Launch arguments in order: tensors by role, sizes by value. */
  args: ({ kind: 'tensor'; name: string; dtype: string; elements: number; source: string } | { kind: 'size'; name: string; value: number })[];
  tokens: number;
  qHeads: number;
  kHeads: number;
  headDim: number;
  /** The fused QKV buffer of a view call: [tokens, rowHeads, headDim], q from head 0, k from head qHeads. */
  qkv?: { rowHeads: number };
  inplace: boolean;
  style: 'half' | 'interleaved';
  rotaryOffset: number;
  rotaryDim: number;
  graph: boolean;
  angles: string;
  bytes: number;
  /** q and k heads of their own widths and rotary offsets (MLA); absent where they are the spec's. */
  headDims?: { q: number; k: number };
  rotaryOffsets?: { q: number; k: number };
  /** `norm rms(…)`: the peers normalize q and k first (torch's RMSNorm as the model computes it). */
  norm?: { eps: number; weight: 'scale' | 'none' | 'one_plus' };
  /**
   * `kv_cache …` on QKV views: v is the buffer's last heads, the caches [slots, kHeads, headDim] are
   * made on the device, and the peers rotate, then copy k and v into the caches at slot_mapping
   * (torch's index_copy_); `baseline` is the same rotation without the cache write (a ropec launcher
   * with its own arguments), the rope-then-copy that the fused kernel replaces.
   */
  kv?: { slots: number; slotMapping: string; baseline: { spec: string; args: Timed['args'] } };
}

function timed(out: string, b: Built, name: string, label: string, inputs: RopeInputs, opts: { graph?: boolean; qkv?: boolean; baseline?: Timed } = {}): Timed {
  const { ir } = b;
  const shape = resolveShape(ir, inputs);
  // Each token's pair angles (position component · ω), as the PyTorch peers' cos/sin start from.
  const omega = pairOmegas(ir, shape.seqLen);
  const P = ir.pairs.length;
  const angles = new Float64Array(shape.tokens * P);
  forEachToken(ir, shape, (bb, s, flat) => {
    const pos = tokenPosition(ir, shape, inputs, bb, s, flat);
    for (const p of ir.pairs) angles[flat * P + p.index] = pos[ir.positions.axisComponent[p.axis]] * omega[p.index];
  });
  // The peers' formulas need the library's lane order: half (j, j + P) or interleaved (2j, 2j + 1).
  const style = ir.pairs.every((p, j) => p.laneA === ir.rotaryOffset + j && p.laneB === ir.rotaryOffset + j + P) ? 'half'
    : ir.pairs.every((p, j) => p.laneA === ir.rotaryOffset + 2 * j && p.laneB === ir.rotaryOffset + 2 * j + 1) ? 'interleaved' : null;
  if (!style) throw new Error(`${name}: pairs are neither half nor interleaved`);
  writeFileSync(join(out, `angles_${name}.npy`), writeNpy('<f8', [shape.tokens, P], angles));
  const elemBytes = ir.kernel.dtype === 'f32' ? 4 : 2;
  const lanes = { q: tensorLanes(ir, 'q'), k: tensorLanes(ir, 'k') };
  const qkvRow = opts.qkv ? shape.qHeads + 2 * shape.kHeads : 0;
  const args: Timed['args'] = launchArgs(ir).map((a) => {
    if (a.kind === 'size') {
      const value = a.name === 'tokens' ? shape.tokens : a.name === 'batch' ? shape.batch : a.name === 'seq' ? shape.seq
        : a.name.startsWith('grid_') ? inputs.sizes[a.name.slice(5)] ?? 0 : inputs.sizes[a.name] ?? 0;
      return { kind: 'size', name: a.name, value };
    }
    // A cos/sin cache and a norm's weights travel as files; q, k (and outputs) are made on the device.
    const stored = STORED.includes(a.name) ? (inputs as unknown as Record<string, unknown>)[a.name] as Float32Array | Uint16Array : undefined;
    const cache = stored && ir.kernel.norm && a.name.endsWith('_norm_weight') ? encodeStorage(stored, ir.kernel.dtype) : stored;
    const elements = a.name === 'positions' ? (inputs.positions?.length ?? 0) : a.name === 'offsets' ? (inputs.offsets?.length ?? 0) : cache ? cache.length
      : a.name === 'slot_mapping' ? shape.tokens : a.name === 'k_cache' || a.name === 'v_cache' ? shape.cacheSlots! * shape.kHeads * ir.headDim
      : opts.qkv ? shape.tokens * qkvRow * ir.headDim : a.name.startsWith('q') ? shape.qHeads * shape.tokens * lanes.q.headDim : shape.kHeads * shape.tokens * lanes.k.headDim;
    const source = ['positions', 'offsets', 'slot_mapping', ...STORED].includes(a.name) ? `${name}_${a.name}.npy` : a.name;
    // A cos/sin cache travels as stored: f32 '<f4', f16 and bf16 as '<u2' bits (bench.py views them in the dtype).
    if (cache) writeFileSync(join(out, source), cache instanceof Uint16Array ? writeNpy('<u2', [cache.length], cache) : writeNpy('<f4', [cache.length], cache));
    return { kind: 'tensor', name: a.name, dtype: a.dtype, elements, source };
  });
  if (inputs.positions) writeFileSync(join(out, `${name}_positions.npy`), writeNpy('<i8', [inputs.positions.length], BigInt64Array.from(Array.from(inputs.positions, (x) => BigInt(x)))));
  if (inputs.slot_mapping) writeFileSync(join(out, `${name}_slot_mapping.npy`), writeNpy('<i8', [inputs.slot_mapping.length], BigInt64Array.from(Array.from(inputs.slot_mapping, (x) => BigInt(x)))));
  if (inputs.offsets) writeFileSync(join(out, `${name}_offsets.npy`), writeNpy('<i8', [inputs.offsets.length], BigInt64Array.from(Array.from(inputs.offsets, (x) => BigInt(x)))));
  // Bytes read and written: in place, a head's rotary lanes (after a norm, every lane); out of place,
  // every lane; a KV-cache write reads v and writes k and v into the caches too.
  const touched = (t: 'q' | 'k') => (ir.kernel.inplace && !ir.kernel.norm ? ir.rotaryDim : lanes[t].headDim);
  const cacheBytes = ir.kernel.kvCache ? 3 * shape.tokens * shape.kHeads * lanes.k.headDim * elemBytes : 0;
  const moved = 2 * shape.tokens * (shape.qHeads * touched('q') + shape.kHeads * touched('k')) * elemBytes + cacheBytes;
  return {
    name, label, spec: ir.name, dtype: ir.kernel.dtype, args, tokens: shape.tokens, qHeads: shape.qHeads, kHeads: shape.kHeads, headDim: ir.headDim,
    ...(opts.qkv ? { qkv: { rowHeads: qkvRow } } : {}), inplace: ir.kernel.inplace, style, rotaryOffset: ir.rotaryOffset, rotaryDim: ir.rotaryDim,
    graph: opts.graph ?? false, angles: `angles_${name}.npy`, bytes: moved,
    ...(ir.kernel.norm ? { norm: { eps: ir.kernel.norm.eps, weight: ir.kernel.norm.weight } } : {}),
    ...(sameLanes(ir) ? {} : { headDims: { q: lanes.q.headDim, k: lanes.k.headDim }, rotaryOffsets: { q: lanes.q.offset, k: lanes.k.offset } }),
    ...(ir.kernel.kvCache && opts.baseline ? { kv: { slots: shape.cacheSlots!,
      slotMapping: `${name}_slot_mapping.npy`, baseline: { spec: opts.baseline.spec, args: opts.baseline.args } } } : {}),
  };
}

const zeros = (n: number) => new Float32Array(n);
const STORED = ['cos_sin_cache', 'cos_cache', 'sin_cache', 'q_norm_weight', 'k_norm_weight'];

// ------------------------------------------------------------------------------------------------

export function prepare(out: string): { cases: number; timed: number; torchOps: number; bytes: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const read = (f: string) => readFileSync(join(root, 'spec', f), 'utf8');
  const library = readdirSync(join(root, 'spec')).filter((f) => f.endsWith('.rope')).sort();
  const specs = library.map((f) => build(read(f), `spec/${f}`, out));
  const llama = read('llama3_1_8b.rope');
  // The exact angle (and the fast one) at position 10^6 in f32, where rounding to storage hides nothing.
  const accuracy = ['exact', 'fast'].map((precision) => build(variant(llama, `llama_f32_${precision}`, [['dtype bf16', `dtype f32\n    precision ${precision}`]]), `llama_f32_${precision}.rope`, out));
  // q and k as strided views (rows with gaps), 16-byte aligned or not as the case draws.
  const views = build(variant(llama, 'llama_views', [['inplace', 'inplace\n    strided']]), 'llama_views.rope', out);
  // q's output in fp8 e4m3 with the fp8 cache (FlashInfer's rope_quantize_fp8 and cache append in one
  // pass), out of place and contiguous: every element of q_out is written.
  const fp8q = build(variant(read('llama3_1_8b_fp8kv.rope'), 'llama_fp8_q', [['q heads 32', 'q heads 32 output fp8_e4m3'], ['inplace\n    strided\n', '']]), 'llama_fp8_q.rope', out);
  const checked = [...specs, ...accuracy, views, fp8q];
  const cases = correctness(out, checked, new Set(accuracy.map((a) => a.ir.name)));

  // Timed shapes.
  const decode = build(variant(llama, 'llama_decode', [['layout [tokens, heads, dim]', 'layout [batch, seq, heads, dim]'], ['index + offset', 'index + offsets']]), 'llama_decode.rope', out);
  const qwen = build(variant(read('qwen2_vl_7b.rope'), 'qwen2_vl_mrope', [[/positions mrope\([^)]*\)/, '$& tensor'], ['dtype bf16', 'dtype bf16\n    inplace']]), 'qwen2_vl_mrope.rope', out);
  const wan = build(variant(read('wan2_1.rope'), 'wan_grid', [['dtype bf16', 'dtype bf16\n    inplace']]), 'wan_grid.rope', out);
  const gptj = build(read('gptj_6b.rope'), 'spec/gptj_6b.rope', out);
  const prefill = specs.find((s) => s.ir.name === 'llama3_1_8b')!;
  const vllm = specs.find((s) => s.ir.name === 'llama3_1_8b_vllm')!;
  const qwen3 = specs.find((s) => s.ir.name === 'qwen3_8b')!;
  const deepseek = specs.find((s) => s.ir.name === 'deepseek_v3')!;
  // The rotation and vLLM's paged KV-cache write (blocks of 16) in one pass on the QKV views.
  const kvWrite = build(variant(llama, 'llama_kv_write', [['inplace', 'inplace\n    strided\n    kv_cache paged(block 16)']]), 'llama_kv_write.rope', out);
  const T = 4096;
  const io = (ir: RopeIR, tokens: number) => ({ q: zeros(tokens * ir.kernel.qHeads! * ir.headDim), k: zeros(tokens * ir.kernel.kHeads! * ir.headDim) });
  const mropePositions = new Int32Array(3 * T);
  // A picture of 32 × 48 merged patches after 64 text tokens, then text: Qwen2-VL's layout of positions.
  for (let t = 0; t < T; t++) {
    const img = t - 64;
    const inImage = img >= 0 && img < 32 * 48;
    const text = t < 64 ? t : inImage ? 64 : 64 + 48 + (t - 64 - 32 * 48);
    mropePositions[t] = inImage ? 64 : text;
    mropePositions[T + t] = inImage ? 64 + Math.floor(img / 48) : text;
    mropePositions[2 * T + t] = inImage ? 64 + (img % 48) : text;
  }
  const viewSizes = { q_token_stride: 48 * 128, q_head_stride: 128, k_token_stride: 48 * 128, k_head_stride: 128 };
  const qkvView = timed(out, views, 'llama_qkv_view', 'the same on views of the fused QKV buffer [4096, 48, 128]',
    { q: zeros(T * 48 * 128), k: zeros(T * 48 * 128 - 32 * 128), sizes: { tokens: T, offset: 0, ...viewSizes } }, { qkv: true });
  // Prefill's slots: each sequence's blocks, shuffled over the cache as an allocator leaves them (389 is prime to 256).
  const blocks = T / 16;
  const slotMapping = Int32Array.from({ length: T }, (_, t) => (((t >> 4) * 389) % blocks) * 16 + (t & 15));
  const shapes: Timed[] = [
    timed(out, prefill, 'llama_prefill', 'Llama-3.1-8B prefill, 4096 tokens, bf16, in place', { ...io(prefill.ir, T), sizes: { tokens: T, offset: 0 } }),
    qkvView,
    // Against the same views rotated by ropec, then k and v copied into the cache by torch (rope, then copy).
    timed(out, kvWrite, 'llama_kv_write', 'the same with the paged KV-cache write (blocks of 16, shuffled) in the pass: rope + cache write vs rope, then copy',
      { q: zeros(T * 48 * 128), k: zeros(T * 48 * 128 - 32 * 128), v: zeros(T * 48 * 128 - 40 * 128), slot_mapping: slotMapping,
        k_cache: zeros(T * 8 * 128), v_cache: zeros(T * 8 * 128), sizes: { tokens: T, offset: 0, cache_blocks: blocks, ...viewSizes, v_token_stride: 48 * 128, v_head_stride: 128 } },
      { qkv: true, baseline: qkvView }),
    timed(out, decode, 'llama_decode64', 'Llama-3.1-8B decode, 64 sequences × 1 token', { ...io(decode.ir, 64), sizes: { batch: 64, seq: 1 }, offsets: Int32Array.from({ length: 64 }, (_, i) => 17 + ((i * 2039) % 4032)) }, { graph: true }),
    timed(out, decode, 'llama_decode1', 'Llama-3.1-8B decode, 1 sequence × 1 token', { ...io(decode.ir, 1), sizes: { batch: 1, seq: 1 }, offsets: Int32Array.from([4000]) }, { graph: true }),
    timed(out, qwen, 'qwen2_vl_mrope', 'Qwen2-VL-7B M-RoPE, 4096 tokens (image then text), bf16', { ...io(qwen.ir, T), sizes: { tokens: T }, positions: mropePositions }),
    timed(out, wan, 'wan_grid', 'Wan 2.1 video grid 8 × 30 × 52, bf16', { ...io(wan.ir, 8 * 30 * 52), sizes: { batch: 1, seq: 8 * 30 * 52, t: 8, h: 30, w: 52 } }),
    // vLLM's call: the same views, positions from a tensor, cos and sin read from its bf16 cos_sin_cache (8192 rows).
    timed(out, vllm, 'llama_vllm_cache', 'the same as vLLM calls it: QKV views, a positions tensor, the bf16 cos_sin_cache',
      { q: zeros(T * 48 * 128), k: zeros(T * 48 * 128 - 32 * 128), positions: Int32Array.from({ length: T }, (_, t) => t), ...specCache(vllm.ir, 8192),
        sizes: { tokens: T, cache_positions: 8192, q_token_stride: 48 * 128, q_head_stride: 128, k_token_stride: 48 * 128, k_head_stride: 128 } }, { qkv: true }),
    // Qwen3's q_norm / k_norm and the rotation in one pass on the QKV views (vLLM's fused_qk_norm_rope), against torch's RMSNorm then HF's rotation.
    timed(out, qwen3, 'qwen3_qk_norm', 'Qwen3-8B q/k RMS norm + RoPE in one pass, QKV views [4096, 48, 128], bf16, in place',
      { q: zeros(T * 48 * 128), k: zeros(T * 48 * 128 - 32 * 128), positions: Int32Array.from({ length: T }, (_, t) => t),
        q_norm_weight: Float64Array.from({ length: 128 }, (_, i) => 0.75 + ((i * 37) % 64) / 128), k_norm_weight: Float64Array.from({ length: 128 }, (_, i) => 1.25 - ((i * 11) % 64) / 128),
        sizes: { tokens: T, q_token_stride: 48 * 128, q_head_stride: 128, k_token_stride: 48 * 128, k_head_stride: 128 } }, { qkv: true }),
    // DeepSeek-V3's MLA in one launch: q [1024, 128, 192] whose last 64 lanes rotate, and k_pe [1024, 1, 64], in place.
    timed(out, deepseek, 'deepseek_mla', 'DeepSeek-V3 MLA, 1024 tokens: 128 q heads of 192 lanes (last 64 rotate) + one 64-lane k_pe, bf16, in place',
      { q: zeros(1024 * 128 * 192), k: zeros(1024 * 64), positions: Int32Array.from({ length: 1024 }, (_, t) => 3 * t),
        sizes: { tokens: 1024, q_token_stride: 128 * 192, q_head_stride: 192, k_token_stride: 64, k_head_stride: 64 } }),
    timed(out, gptj, 'gptj_partial', 'GPT-J-6B partial rotary (64 of 256), f16, out of place, 4 × 1024', { ...io(gptj.ir, 4096), sizes: { batch: 4, seq: 1024 } }),
  ];
  const timedSpecs = [prefill, views, decode, qwen, wan, gptj, vllm, qwen3, deepseek, kvWrite];
  writeFileSync(join(out, 'bench.json'), `${JSON.stringify({ libraries: timedSpecs.map((s) => s.ir.name), shapes }, null, 1)}\n`);
  // The device harness (correctness) and the CPU one (run.sh --cpu), and the library bench.py loads.
  writeFileSync(join(out, 'harness.cu'), harnessSource(checked.map((s) => s.ir), true));
  writeFileSync(join(out, 'harness_cpu.cu'), harnessSource(checked.map((s) => s.ir), false));
  writeFileSync(join(out, 'bench_lib.cu'), `// The launchers bench.py calls through ctypes (generated by bench/gpu/prepare.ts).\n${timedSpecs.map((s) => `#include "${s.ir.name}.cu"`).join('\n')}\n`);
  // The torch ops of 18 specs, built on the device with its PyTorch and run by torch_check.py (test/support/torch-cases.ts).
  const torchOps = writeTorchCases(join(out, 'torch'), 'cuda').length;
  for (const f of ['run.sh', 'check.py', 'bench.py', 'torch_check.py']) copyFileSync(join(here, f), join(out, f));
  let bytes = 0;
  for (const f of readdirSync(out, { recursive: true, encoding: 'utf8' })) bytes += statSync(join(out, f)).size;
  if (bytes > MAX_BYTES) throw new Error(`gpu:prepare: the folder holds ${bytes} bytes, more than the ${MAX_BYTES} one device call carries`);
  return { cases, timed: shapes.length, torchOps, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(root, 'gpu-check'));
  const started = Date.now();
  const r = prepare(out);
  console.log(`gpu:prepare: ${r.cases} correctness cases, ${r.timed} timed shapes and ${r.torchOps} torch ops in ${out} (${(r.bytes / 2 ** 20).toFixed(1)} MiB, ${Date.now() - started} ms)`);
  console.log(`next, on the GPU machine: bash ${out}/run.sh   (or here: bash ${out}/run.sh --dry | --cpu)`);
}

