// Running generated CUDA code from the host: a small C++ program ("harness") generated from the
// launch argument list (the same list the manifest publishes), compiled by nvcc, that reads every
// tensor and size from a binary file, poisons outputs with 0xFF bytes, calls the spec and writes the
// outputs back. Two flavours:
//   - CPU: compiled with -DROPEC_HOST_EMULATION and calls `ropec_NAME_emulate` — the same argument
//     checks and the same per-thread function, looped over the whole launch grid (no GPU needed);
//   - device: calls the real `ropec_NAME_launch` on device buffers.
// The tests (test/support/nvcc.ts) build one harness for a batch of specs; `ropec run --backend
// cuda` (runCuda below) builds one per spec and keeps it in a cache folder.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { OptimizedIR, RopeIR } from '../compiler/ir.js';
import { resolveShape, type RopeInputs } from '../compiler/runtime.js';
import { VERSION } from '../version.js';
import { cudaBackend, cudaLimitation } from '../backends/cuda/index.js';
import { launchArgs, type LaunchArg, type TensorArg } from '../backends/cuda/plan.js';
import { cElemType } from '../backends/cuda/emit.js';
import { COUNTER_CPP } from './counter.js';
import { asStored, numberToE4m3 } from '../storage.js';
import { f32Bits } from '../positions/encoding.js';
import { storedArrays } from '../kernel/args.js';
import type { BackendOutputs } from './outputs.js';
import type { Dtype } from '../compiler/spec.js';

const execFileAsync = promisify(execFile);

export const DEFAULT_NVCC = '/usr/local/bin/nvcc';
/** The nvcc to use: $NVCC, else /usr/local/bin/nvcc. */
export const NVCC = process.env.NVCC ?? DEFAULT_NVCC;
export const WERROR = ['--Werror', 'all-warnings', '-Xcompiler', '-Wall,-Wextra,-Werror'];
/** Device code of the CPU harness: PTX for one arch, no ptxas — it is only needed to link. */
const CPU_ARCH = ['-gencode', 'arch=compute_80,code=compute_80'];
/** What the device harness of the tests is built for (scripts/test-gpu.sh runs on an H100/H200). */
const TEST_DEVICE_ARCH = ['-gencode', 'arch=compute_90,code=sm_90'];
/** Exit status of a device harness that finds no GPU. */
const NO_GPU_EXIT = 6;

/** A failure of the CUDA run path with a message meant for the user (nvcc missing, no GPU, …). */
export class CudaRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CudaRunError';
  }
}

export function nvccAvailable(): boolean {
  return existsSync(NVCC);
}

export interface NvccResult {
  ms: number;
  stdout: string;
  stderr: string;
}

export async function nvcc(args: string[], cwd: string): Promise<NvccResult> {
  const start = Date.now();
  try {
    const { stdout, stderr } = await execFileAsync(NVCC, args, { cwd, maxBuffer: 64 << 20 });
    return { ms: Date.now() - start, stdout, stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`nvcc ${args.join(' ')} failed in ${cwd}:\n${err.stderr ?? ''}${err.stdout ?? ''}${err.message}`);
  }
}

// ------------------------------------------------------------------------------------------------
// Harness source, build and run

export type TensorValue = Float32Array | Uint16Array | Int32Array | BigInt64Array | Uint8Array;

/** One launch: a value for every launch argument, by name. Tensors absent or null are passed as NULL. */
export interface HarnessCase {
  spec: string;
  tensors: Record<string, TensorValue | null>;
  sizes: Record<string, number>;
  /** Offset every tensor pointer by one element (defeats the 16-byte vector path). */
  misalign?: boolean;
  /** CPU emulation only: run one head per item (0) or head groups (1); default the launcher's choice. */
  schedule?: 0 | 1;
  /**
   * Tensors the harness makes itself with the counter generator (counter.ts): `length` elements of
   * stream `seed` in the tensor's dtype. They take the place of `tensors[name]`.
   */
  generated?: Record<string, { seed: number; length: number }>;
  /** Element count of output tensors (they are poisoned with 0xFF bytes before the launch). */
  outputs?: Record<string, number>;
}

export interface HarnessResult {
  status: number;
  /** The launcher's reason (ropec_NAME_last_error) when status is not 0. */
  why?: string;
  /** CPU emulation: 1 when the 16-byte schedule ran (device: −1). */
  usedVector: number;
  /** CPU emulation: 1 when the head-group schedule ran (device: −1). */
  usedGroups: number;
  tensors: Record<string, Float32Array | Uint16Array | Uint8Array>;
}

const BYTES: Record<TensorArg['dtype'], number> = { f32: 4, f16: 2, bf16: 2, i64: 8, i32: 4, e4m3: 1 };
/** The harness's code for a generated tensor's storage format. */
const FORMAT: Record<TensorArg['dtype'], number> = { f32: 0, f16: 1, bf16: 2, i64: -1, i32: -1, e4m3: -1 };

/** The harness program for a batch of specs (each `NAME.cu` next to it). */
export function harnessSource(irs: RopeIR[], device: boolean, unchecked = false): string {
  const lines: string[] = [
    '// ropec CUDA harness (generated by src/runners/cuda.ts).',
    device ? '' : '#define ROPEC_HOST_EMULATION 1',
    ...(unchecked ? ['#define ROPEC_EMULATE_DEVICE_ARRAYS 1', 'extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }'] : []),
    ...irs.map((ir) => `#include "${ir.name}.cu"`),
    '#include <stdio.h>',
    '#include <stdlib.h>',
    '#include <string.h>',
    '#include <vector>',
    '#include <cuda_fp16.h>',
    '',
    'static FILE* in_file;',
    'static FILE* out_file;',
    'static int64_t read_i64() { int64_t v = 0; if (fread(&v, 8, 1, in_file) != 1) { fprintf(stderr, "short read\\n"); exit(3); } return v; }',
    'static void write_i32(int32_t v) { fwrite(&v, 4, 1, out_file); }',
    device
      ? 'static void check_cuda(cudaError_t e, const char* what) { if (e != cudaSuccess) { fprintf(stderr, "%s: %s\\n", what, cudaGetErrorString(e)); exit(4); } }'
      : '',
    COUNTER_CPP,
    '/** n counter values of stream seed in a storage format (0 f32, 1 f16, 2 bf16); exact in it, so the bits follow from the value. */',
    'static void generate(unsigned char* out, int64_t n, uint64_t seed, int format) {',
    '  const int bits = format == 0 ? 24 : format == 1 ? 11 : 8;',
    '  for (int64_t i = 0; i < n; ++i) {',
    '    const float v = ropec_counter_value(seed, static_cast<uint64_t>(i), bits);',
    '    uint32_t w = 0;',
    '    memcpy(&w, &v, 4);',
    '    if (format == 0) { memcpy(out + 4 * i, &w, 4); continue; }',
    '    uint16_t h = static_cast<uint16_t>(w >> 16);',
    '    if (format == 1) { const __half x = __float2half_rn(v); memcpy(&h, &x, 2); }',
    '    memcpy(out + 2 * i, &h, 2);',
    '  }',
    '}',
    '/** A tensor argument: -1 elements = NULL; outputs are poisoned. */',
    'struct Buffer {',
    '  std::vector<unsigned char> host;',
    '  void* base = nullptr;',
    '  void* ptr = nullptr;',
    '  int64_t bytes = 0;',
    '  void read(int64_t elem, bool misalign) {',
    '    const int64_t n = read_i64();',
    '    const int64_t kind = read_i64();  // 0 input, 1 output (poison), 2 generated (seed, format)',
    '    if (n < 0) return;',
    '    bytes = n * elem;',
    '    host.assign(static_cast<size_t>(bytes), 0xff);',
    '    if (kind == 0 && bytes > 0 && fread(host.data(), 1, static_cast<size_t>(bytes), in_file) != static_cast<size_t>(bytes)) exit(3);',
    '    if (kind == 2) {',
    '      const uint64_t seed = static_cast<uint64_t>(read_i64());  // read in order: argument order is unspecified',
    '      generate(host.data(), n, seed, static_cast<int>(read_i64()));',
    '    }',
    device
      ? '    check_cuda(cudaMalloc(&base, static_cast<size_t>(bytes + 64)), "cudaMalloc");'
      : '    base = aligned_alloc(64, static_cast<size_t>((bytes + 64 + 63) / 64 * 64));',
    '    ptr = static_cast<unsigned char*>(base) + (misalign ? elem : 0);',
    device
      ? '    check_cuda(cudaMemcpy(ptr, host.data(), static_cast<size_t>(bytes), cudaMemcpyHostToDevice), "cudaMemcpy in");'
      : '    if (bytes > 0) memcpy(ptr, host.data(), static_cast<size_t>(bytes));',
    '  }',
    '  void write() {',
    '    if (ptr == nullptr) return;',
    device
      ? '    check_cuda(cudaMemcpy(host.data(), ptr, static_cast<size_t>(bytes), cudaMemcpyDeviceToHost), "cudaMemcpy out");'
      : '    if (bytes > 0) memcpy(host.data(), ptr, static_cast<size_t>(bytes));',
    '    fwrite(host.data(), 1, static_cast<size_t>(bytes), out_file);',
    '  }',
    device ? '  ~Buffer() { if (base) cudaFree(base); }' : '  ~Buffer() { free(base); }',
    '};',
    '',
  ];
  irs.forEach((ir, s) => {
    const args = launchArgs(ir);
    const tensors = args.filter((a): a is TensorArg => a.kind === 'tensor');
    lines.push(`static void run_${s}(bool misalign, [[maybe_unused]] int schedule) {`);
    for (const t of tensors) lines.push(`  Buffer ${t.name}_buf;`, `  ${t.name}_buf.read(${BYTES[t.dtype]}, misalign);`);
    // A scale (fp8 caches) travels as its float32 bits.
    for (const a of args) if (a.kind === 'size') lines.push(a.domain === 'scale' ? `  const float ${a.name} = ropec_as_float(static_cast<uint32_t>(read_i64()));` : `  const int64_t ${a.name} = read_i64();`);
    const table = tensors.find((t) => t.name === 'sincos_table');
    if (table) {
      // The table is built by the spec's own helper (on the host, then copied for the device).
      const seqLen = args.some((a) => a.name === 'seq_len') ? ', seq_len' : '';
      lines.push('  if (sincos_table_buf.ptr != nullptr) {');
      lines.push(`    if (ropec_${ir.name}_fill_sincos_table(reinterpret_cast<float*>(sincos_table_buf.host.data())${seqLen}) != cudaSuccess) exit(5);`);
      lines.push(device
        ? '    check_cuda(cudaMemcpy(sincos_table_buf.ptr, sincos_table_buf.host.data(), static_cast<size_t>(sincos_table_buf.bytes), cudaMemcpyHostToDevice), "table");'
        : '    memcpy(sincos_table_buf.ptr, sincos_table_buf.host.data(), static_cast<size_t>(sincos_table_buf.bytes));');
      lines.push('  }');
    }
    const call = args.map((a: LaunchArg) => {
      if (a.kind === 'size') return a.name;
      return `static_cast<${a.role === 'in' ? 'const ' : ''}${cElemType(ir, a)}*>(${a.name}_buf.ptr)`;
    });
    if (device) {
      lines.push(`  const cudaError_t status = ropec_${ir.name}_launch(${call.join(', ')}, 0);`);
      lines.push('  if (status == cudaSuccess) check_cuda(cudaDeviceSynchronize(), "kernel");');
      lines.push('  write_i32(static_cast<int32_t>(status));', '  write_i32(-1);');
    } else {
      lines.push('  int used = -1;');
      lines.push(`  const cudaError_t status = ropec_${ir.name}_emulate(${call.join(', ')}, schedule, &used);`);
      lines.push('  write_i32(static_cast<int32_t>(status));', '  write_i32(used);');
    }
    lines.push('  if (status != cudaSuccess) {', `    const char* why = ropec_${ir.name}_last_error();`,
      '    write_i32(static_cast<int32_t>(strlen(why)));', '    fwrite(why, 1, strlen(why), out_file);', '    return;', '  }');
    for (const t of tensors) if (t.role !== 'in') lines.push(`  ${t.name}_buf.write();`);
    lines.push('}', '');
  });
  lines.push(
    'int main(int argc, char** argv) {',
    '  if (argc != 3) return 2;',
    device ? '  int devices = 0;' : '',
    device ? '  const cudaError_t found = cudaGetDeviceCount(&devices);' : '',
    device
      ? `  if (found != cudaSuccess || devices == 0) { fprintf(stderr, "%s\\n", found != cudaSuccess ? cudaGetErrorString(found) : "no devices"); return ${NO_GPU_EXIT}; }`
      : '',
    '  in_file = fopen(argv[1], "rb");',
    '  out_file = fopen(argv[2], "wb");',
    '  if (in_file == NULL || out_file == NULL) return 2;',
    '  const int64_t cases = read_i64();',
    '  for (int64_t c = 0; c < cases; ++c) {',
    '    const int64_t spec = read_i64();',
    '    const int64_t flags = read_i64();  // bit 0: misalign; bits 1+: schedule + 1',
    '    const bool misalign = (flags & 1) != 0;',
    '    const int schedule = static_cast<int>(flags >> 1) - 1;',
    '    switch (spec) {',
    ...irs.map((_, s) => `      case ${s}: run_${s}(misalign, schedule); break;`),
    '      default: return 3;',
    '    }',
    '  }',
    '  fclose(out_file);',
    '  return 0;',
    '}',
  );
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

/** Short content tag of a harness source (names its .cu and executable). */
function harnessTag(src: string): string {
  return createHash('sha256').update(src).digest('hex').slice(0, 8);
}

export interface Harness {
  dir: string;
  irs: RopeIR[];
  exe: string;
  buildMs: number;
}

export interface BuildOptions {
  /** Real launches on a GPU (default: the CPU emulation). */
  device?: boolean;
  /** nvcc architecture flags for the device harness (default sm_90). */
  arch?: string[];
  /** Warnings as errors (default true: the tests hold the generated code to it). */
  werror?: boolean;
  /**
   * CPU emulation only: the launcher treats the arrays as a device launch does, never reading their
   * contents (ROPEC_EMULATE_DEVICE_ARRAYS), and the harness runs under AddressSanitizer, so any
   * read or write outside an array aborts it: what the kernel does with arrays no host can check.
   */
  unchecked?: boolean;
}

/** Builds one harness executable for a batch of specs whose artifacts are already in `dir`. */
export async function buildHarness(dir: string, irs: RopeIR[], opts: BuildOptions = {}): Promise<Harness> {
  const device = opts.device ?? false;
  const unchecked = !device && (opts.unchecked ?? false);
  const src = harnessSource(irs, device, unchecked);
  const tag = harnessTag(src);
  writeFileSync(join(dir, `harness_${tag}.cu`), src);
  const exe = join(resolve(dir), `harness_${tag}`);
  const arch = device ? opts.arch ?? TEST_DEVICE_ARCH : CPU_ARCH;
  const warnings = opts.werror ?? true ? WERROR : [];
  const sanitize = unchecked ? ['-Xcompiler', '-fsanitize=address,-fno-omit-frame-pointer'] : [];
  const { ms } = await nvcc(['-std=c++17', '-O1', ...arch, ...warnings, ...sanitize, `harness_${tag}.cu`, '-o', exe, ...(unchecked ? ['-lasan'] : [])], dir);
  return { dir, irs, exe, buildMs: ms };
}

/** The harness's input file for a batch of cases (case count, then per case its spec, flags, tensors and sizes). */
export function encodeCases(irs: RopeIR[], cases: HarnessCase[]): Buffer {
  const index = new Map(irs.map((ir, i) => [ir.name, i]));
  const chunks: Buffer[] = [];
  const i64 = (v: number | bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigInt64LE(BigInt(v));
    chunks.push(b);
  };
  i64(cases.length);
  for (const c of cases) {
    const s = index.get(c.spec);
    if (s === undefined) throw new Error(`spec ${c.spec} is not in this harness`);
    i64(s);
    i64((c.misalign ? 1 : 0) + ((c.schedule ?? -1) + 1) * 2);
    const args = launchArgs(irs[s]);
    for (const a of args) {
      if (a.kind !== 'tensor') continue;
      if (a.role === 'out' || a.name === 'sincos_table') {
        const n = c.outputs?.[a.name] ?? c.tensors[a.name]?.length;
        if (n === undefined || c.tensors[a.name] === null) i64(-1);
        else i64(n);
        i64(1);
        continue;
      }
      const g = c.generated?.[a.name];
      if (g) {
        i64(g.length);
        i64(2);
        i64(g.seed);
        i64(FORMAT[a.dtype]);
        continue;
      }
      const t = c.tensors[a.name];
      if (!t) {
        i64(-1);
        i64(0);
        continue;
      }
      if (t.BYTES_PER_ELEMENT !== BYTES[a.dtype]) throw new Error(`${c.spec}: ${a.name} needs ${BYTES[a.dtype]}-byte elements`);
      i64(t.length);
      i64(0);
      chunks.push(Buffer.from(t.buffer, t.byteOffset, t.byteLength));
    }
    // A scale travels as its float32 bits (the harness takes the low 32 bits; missing: NaN, which the launcher refuses).
    for (const a of args) if (a.kind === 'size') i64(a.domain === 'scale' ? f32Bits(c.sizes[a.name] ?? NaN) : c.sizes[a.name] ?? 0);
  }
  return Buffer.concat(chunks);
}

/** Runs a batch of cases through the harness; results come back in case order. Scratch files go to `workDir` (default the harness's folder). */
export async function runHarness(h: Harness, cases: HarnessCase[], workDir: string = h.dir): Promise<HarnessResult[]> {
  const index = new Map(h.irs.map((ir, i) => [ir.name, i]));
  const inPath = join(workDir, `cases_${process.pid}_${Date.now()}.bin`);
  const outPath = `${inPath}.out`;
  writeFileSync(inPath, encodeCases(h.irs, cases));
  try {
    await execFileAsync(h.exe, [inPath, outPath], { maxBuffer: 1 << 20 });
  } catch (e) {
    const err = e as { code?: number | string; stderr?: string; message: string };
    if (err.code === NO_GPU_EXIT) throw new CudaRunError(`no CUDA GPU found (the CUDA runtime says: ${(err.stderr ?? '').trim() || 'no device'})`);
    throw new Error(`harness ${h.exe} failed: ${err.message}`);
  }
  const out = readFileSync(outPath);
  let at = 0;
  const results: HarnessResult[] = [];
  for (const c of cases) {
    const ir = h.irs[index.get(c.spec)!];
    const status = out.readInt32LE(at);
    const used = out.readInt32LE(at + 4);
    const [usedVector, usedGroups] = used < 0 ? [-1, -1] : [used & 1, (used >> 1) & 1];
    at += 8;
    const tensors: Record<string, Float32Array | Uint16Array | Uint8Array> = {};
    let why: string | undefined;
    if (status !== 0) {
      const n = out.readInt32LE(at);
      why = out.subarray(at + 4, at + 4 + n).toString('utf8');
      at += 4 + n;
    } else {
      for (const a of launchArgs(ir)) {
        if (a.kind !== 'tensor' || a.role === 'in') continue;
        const n = a.role === 'out' ? c.outputs?.[a.name] ?? 0 : c.generated?.[a.name]?.length ?? c.tensors[a.name]!.length;
        const bytes = n * BYTES[a.dtype];
        const copy = Uint8Array.from(out.subarray(at, at + bytes));
        tensors[a.name] = a.dtype === 'f32' ? new Float32Array(copy.buffer) : a.dtype === 'e4m3' ? copy : new Uint16Array(copy.buffer);
        at += bytes;
      }
    }
    results.push({ status, why, usedVector, usedGroups, tensors });
  }
  return results;
}

/**
 * The harness case for inputs whose q and k are already in the spec's storage dtype (f32 values,
 * or f16/bf16 bit patterns). Sizes the launcher takes are looked up in `inputs.sizes` (grid sizes
 * by axis name; `batch` of a packed spec from cu_seqlens); missing ones are passed as 0, which the
 * launcher refuses.
 */
export function harnessCase(ir: RopeIR, inputs: RopeInputs & { q: Float32Array | Uint16Array; k: Float32Array | Uint16Array },
  opts: Pick<HarnessCase, 'misalign' | 'schedule'> = {}): HarnessCase {
  const tensors: Record<string, TensorValue | null> = { q: inputs.q, k: inputs.k };
  const outputs: Record<string, number> = {};
  const sizes: Record<string, number> = {};
  const stored = new Map<string, Dtype>(storedArrays(ir).map((x) => [x.name, x.dtype]));
  // Strides left out (contiguous views, as TypeScript hosts default them) are the launcher's to take: the interpreter's defaults.
  // (Arguments the interpreter refuses go to the launcher as given: its checks are under test too.)
  let strides: ReturnType<typeof resolveShape>['strides'];
  try {
    strides = ir.kernel.strided ? resolveShape(ir, inputs).strides : undefined;
  } catch {
    strides = undefined;
  }
  for (const a of launchArgs(ir)) {
    if (a.kind === 'size') {
      const view = /^([qkv])_(token|head)_stride$/.exec(a.name);
      if (view && inputs.sizes[a.name] === undefined && strides?.[view[1] as 'q' | 'k' | 'v']) {
        sizes[a.name] = strides[view[1] as 'q' | 'k' | 'v']![view[2] === 'token' ? 0 : 1];
        continue;
      }
      if (a.name === 'segment_words' || a.name === 'segment_value_count') continue; // set with their tensors
      if (a.name.startsWith('grid_')) sizes[a.name] = inputs.sizes[a.name.slice(5)] ?? 0;
      else if (a.name.startsWith('k_grid_')) sizes[a.name] = inputs.sizes[`k_${a.name.slice(7)}`] ?? 0;
      else if (a.name === 'batch' && inputs.cu_seqlens) sizes.batch = inputs.cu_seqlens.length - 1;
      else sizes[a.name] = inputs.sizes[a.name] ?? 0;
      continue;
    }
    if (a.name === 'q_out') outputs.q_out = inputs.q.length;
    else if (a.name === 'k_out') outputs.k_out = inputs.k.length;
    else if (a.name === 'sincos_table') outputs.sincos_table = a.shape.reduce<number>((x, y) => x * (y as number), 1);
    else if (a.name === 'positions') {
      tensors.positions = a.dtype === 'i64' ? BigInt64Array.from(inputs.positions!, (v) => BigInt(v)) : Float32Array.from(inputs.positions!);
    } else if (a.name === 'k_positions') {
      tensors.k_positions = a.dtype === 'i64' ? BigInt64Array.from(inputs.k_positions!, (v) => BigInt(v)) : Float32Array.from(inputs.k_positions!);
    } else if (a.name === 'block_table') {
      tensors.block_table = inputs.block_table ? Int32Array.from(inputs.block_table) : null;
    } else if (a.name === 'slot_mapping') {
      tensors.slot_mapping = inputs.slot_mapping ? BigInt64Array.from(inputs.slot_mapping, (v) => BigInt(v)) : null;
    } else if (a.name === 'offsets' || a.name === 'k_offsets') tensors[a.name] = BigInt64Array.from(inputs[a.name]!, (v) => BigInt(v));
    else if (a.name === 'cu_seqlens' || a.name === 'k_cu_seqlens') tensors[a.name] = Int32Array.from(inputs[a.name]!);
    else if (a.name === 'grid_sizes' || a.name === 'k_grid_sizes') tensors[a.name] = inputs[a.name] ? Int32Array.from(inputs[a.name]!) : null;
    else if (a.name === 'segment_table') {
      tensors.segment_table = Int32Array.from(inputs.segment_table!);
      sizes.segment_words = inputs.segment_table!.length;
    } else if (a.name === 'segment_values') {
      // An empty list travels as NULL with count 0.
      tensors.segment_values = inputs.segment_values!.length > 0 ? Float32Array.from(inputs.segment_values!) : null;
      sizes.segment_value_count = inputs.segment_values!.length;
    } else if (a.dtype === 'e4m3') {
      // An fp8 cache: its bytes as given (Uint8Array), numbers encoded.
      const given = inputs[a.name as keyof RopeInputs] as ArrayLike<number> | undefined;
      tensors[a.name] = !given ? null : given instanceof Uint8Array ? given : Uint8Array.from(given, numberToE4m3);
    } else if (stored.has(a.name)) {
      // A cos/sin cache, a norm's weights as stored: Float32Array (f32) or Uint16Array bits (f16, bf16); numbers are rounded to the dtype.
      const given = inputs[a.name as keyof RopeInputs] as ArrayLike<number> | undefined;
      tensors[a.name] = !given ? null : asStored(given, stored.get(a.name)!);
    }
  }
  return { spec: ir.name, tensors, sizes, outputs, misalign: opts.misalign, schedule: opts.schedule };
}

// ------------------------------------------------------------------------------------------------
// `ropec run --backend cuda`: one harness per spec, built once and cached

export type CudaDevice = 'cpu' | 'gpu';
export const CUDA_DEVICES: CudaDevice[] = ['cpu', 'gpu'];

export interface CudaRunOptions {
  device?: CudaDevice;
  /** Progress lines (a build takes seconds). */
  log?: (line: string) => void;
}

/** Where built runners are kept: $ROPEC_CACHE_DIR, else $XDG_CACHE_HOME/ropec, else .cache/ropec in the current folder. */
export function cacheRoot(): string {
  if (process.env.ROPEC_CACHE_DIR) return resolve(process.env.ROPEC_CACHE_DIR);
  if (process.env.XDG_CACHE_HOME) return resolve(process.env.XDG_CACHE_HOME, 'ropec');
  return resolve('.cache', 'ropec');
}

function requireNvcc(): void {
  if (existsSync(NVCC)) return;
  const from = NVCC === DEFAULT_NVCC ? '' : ` (from $NVCC; the default is ${DEFAULT_NVCC})`;
  throw new CudaRunError(`nvcc not found at ${NVCC}${from}: the cuda backend compiles its runner with nvcc from the CUDA toolkit; ` +
    `install it there or set NVCC=/path/to/nvcc`);
}

/**
 * nvcc flags for the local GPU: `sm_XY` from `nvidia-smi --query-gpu=compute_cap`; without
 * nvidia-smi, `-arch=native` after asking nvcc whether it sees a GPU. Throws "no CUDA GPU found".
 */
async function localGpuArch(): Promise<{ flags: string[]; label: string }> {
  try {
    const { stdout } = await execFileAsync('nvidia-smi', ['--query-gpu=compute_cap', '--format=csv,noheader'], { timeout: 30_000 });
    const m = /^\s*(\d+)\.(\d+)\s*$/m.exec(stdout);
    if (!m) throw new CudaRunError(`no CUDA GPU found: nvidia-smi --query-gpu=compute_cap lists none${stdout.trim() ? ` (it printed '${stdout.trim()}')` : ''}`);
    const sm = `${m[1]}${m[2]}`;
    return { flags: ['-gencode', `arch=compute_${sm},code=sm_${sm}`], label: `sm_${sm}` };
  } catch (e) {
    if (e instanceof CudaRunError) throw e;
    const err = e as { code?: string | number; stderr?: string; stdout?: string; message: string };
    if (err.code !== 'ENOENT') {
      const why = `${err.stderr ?? ''}${err.stdout ?? ''}`.trim().split('\n')[0] || err.message;
      throw new CudaRunError(`no CUDA GPU found: nvidia-smi failed: ${why}`);
    }
  }
  // No nvidia-smi: let nvcc look for a GPU (it warns and falls back to its default arch when none).
  if (!existsSync(NVCC)) throw new CudaRunError(`no CUDA GPU found: nvidia-smi is not installed, and there is no nvcc at ${NVCC} to build for one`);
  const probe = mkdtempSync(join(tmpdir(), 'ropec-arch-'));
  try {
    writeFileSync(join(probe, 'probe.cu'), '__global__ void probe() {}\n');
    const { stderr } = await nvcc(['-arch=native', '--dryrun', '-c', 'probe.cu', '-o', 'probe.o'], probe);
    if (/Cannot find valid GPU/i.test(stderr)) throw new CudaRunError('no CUDA GPU found: nvidia-smi is not installed and nvcc -arch=native finds no GPU');
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  return { flags: ['-arch=native'], label: 'native' };
}

/** The cached runner for a spec (built into the cache on first use). */
async function cudaRunner(ir: OptimizedIR, device: CudaDevice, log: (line: string) => void): Promise<Harness> {
  const gpu = device === 'gpu' ? await localGpuArch() : undefined;
  const emitted = cudaBackend.emit(ir, {});
  if (emitted.artifacts.length === 0) throw new CudaRunError(`the CUDA backend cannot run '${ir.name}': ${emitted.diagnostics.map((d) => d.message).join('; ')}`);
  const artifacts = emitted.artifacts.filter((a) => !a.path.endsWith('.json'));
  const src = harnessSource([ir], device === 'gpu');
  const key = createHash('sha256')
    .update(JSON.stringify([VERSION, ir.specHash, gpu?.label ?? 'cpu', src, artifacts.map((a) => [a.path, a.contents])]))
    .digest('hex').slice(0, 16);
  const root = join(cacheRoot(), 'cuda');
  const dir = join(root, `${ir.name}-${device === 'gpu' ? gpu!.label : 'cpu'}-${key}`);
  const exe = join(dir, `harness_${harnessTag(src)}`);
  if (existsSync(exe)) return { dir, irs: [ir], exe, buildMs: 0 };
  requireNvcc();
  mkdirSync(root, { recursive: true });
  // Build in a private folder, then rename it into place: concurrent runs never see half a build.
  const building = mkdtempSync(join(root, `.build-${ir.name}-`));
  try {
    for (const a of artifacts) writeFileSync(join(building, a.path), a.contents);
    log(`building the CUDA ${device === 'gpu' ? `GPU runner (${gpu!.label})` : 'CPU runner'} for ${ir.name} with ${NVCC} (cached in ${dir})`);
    let built: Harness;
    try {
      built = await buildHarness(building, [ir], { device: device === 'gpu', arch: gpu?.flags, werror: false });
    } catch (e) {
      throw new CudaRunError(`building the CUDA runner for ${ir.name} failed: ${(e as Error).message}`);
    }
    log(`built in ${built.buildMs} ms`);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true }); // a damaged entry (no executable)
    try {
      renameSync(building, dir);
    } catch (e) {
      // Another run finished the same build first: use theirs.
      if (!existsSync(exe)) throw e;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return { dir, irs: [ir], exe, buildMs: 0 };
}

/**
 * Runs a spec through the nvcc-built code: on the CPU emulation (default) or on the local GPU.
 * q and k are in the spec's storage dtype; so are the results.
 */
export async function runCuda(ir: OptimizedIR, inputs: RopeInputs, opts: CudaRunOptions = {}): Promise<BackendOutputs> {
  const problem = cudaLimitation(ir);
  if (problem) throw new CudaRunError(`the CUDA backend cannot run '${ir.name}': ${problem}`);
  const device = opts.device ?? 'cpu';
  resolveShape(ir, inputs); // the host checks (RopeArgumentError with the spec's names) before any build
  const q = inputs.q as Float32Array | Uint16Array;
  const k = inputs.k as Float32Array | Uint16Array;
  const h = await cudaRunner(ir, device, opts.log ?? (() => {}));
  const work = mkdtempSync(join(tmpdir(), `ropec-cuda-run-`));
  try {
    const [result] = await runHarness(h, [harnessCase(ir, { ...inputs, q, k })], work);
    if (result.status !== 0) {
      throw new CudaRunError(`the CUDA launcher of ${ir.name} refused the arguments (cudaError ${result.status}): ${result.why}`);
    }
    // (An fp8 q's output comes back as its bytes.)
    const which = (t: 'q' | 'k') => result.tensors[ir.kernel.inplace ? t : `${t}_out`] as Float32Array | Uint16Array | Uint8Array;
    // A kv_cache spec's caches come back as the launch left them (the harness copies them in and out).
    return { q: which('q'), k: which('k') as Float32Array | Uint16Array, ...(ir.kernel.kvCache ? { k_cache: result.tensors.k_cache, v_cache: result.tensors.v_cache } : {}) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
