// Index math past 2^31 elements (issue 8, item 3), without allocating that much memory.
//
// CUDA: a small C++ driver, written here next to the generated NAME.cu (which it #includes with
//   -DROPEC_HOST_EMULATION), reserves each tensor with mmap(MAP_NORESERVE) — tens of GB of address
//   space, only touched pages get memory — fills the rows of a few chosen tokens whose element
//   offsets lie past 2^31 and 2^32, and runs the kernel's per-thread function for just those
//   tokens, with the thread → (token, chunk) split the kernel uses. The rotated rows are compared
//   with the float64 interpreter on a one-token input at the same position; every touched page is
//   compared byte for byte with what the driver wrote (neighbouring lanes, heads and tokens
//   unchanged), and mincore() shows that no other page of the reservations was read or written.
//   The launcher's host-only checks (ropec_NAME_check) are driven at the limits of int64 element
//   counts and of the 32-bit grid.
// TS: typed arrays up to 2^32 elements (the engine's limit) are lazily zeroed; a spec with
//   head_dim 65536 and a rotary window at the end of each head, rotated in place, makes the
//   generated kernel touch one page per head row, so a q of exactly 2^32 elements runs in about a
//   second and the last token's lanes (offsets up to 2^32 − 1) are checked. (Rotating every lane
//   of a 2^31-element f16 q takes about two minutes here, hence this form.)
// WGSL: the kernel indexes with u32. The host module must refuse larger sizes before recording;
//   below that limit the generated index functions are evaluated by Dawn at the largest accepted
//   sizes through a probe entry point. Positions are i32 in the shader: the host must refuse sizes
//   whose whole-number positions would pass 2^31 − 1 and wrap.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OptimizedIR, RopeIR } from '../src/compiler/ir.js';
import { headBase, interpret } from '../src/compiler/interpreter.js';
import type { ResolvedShape, RopeInputs } from '../src/compiler/runtime.js';
import { compile } from '../src/index.js';
import { BLOCK_THREADS, cudaSchedules, elemBytes, launchArgs, type TensorArg } from '../src/backends/cuda/plan.js';
import { cElemType } from '../src/backends/cuda/emit.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { allowedError, fromStorage, toStorage } from './support/dtype.js';
import { cleanup, compareWithInterpreter, nvcc, nvccAvailable, prepareCase, scratch, writeArtifacts } from './support/nvcc.js';
import { buildWgsl, compareRun, gpuErrors, readBuffer, runOnGpu, testDevice, uncaptured } from './support/webgpu.js';
import { headGroups, schedule } from '../src/kernel/schedule.js';

const PAGE = 4096;
const INT64_MAX = 2n ** 63n - 1n;
const INT32_MAX = 2 ** 31 - 1;

function compileOne(source: string, targets: string[]): { ir: RopeIR; files: Map<string, string>; artifacts: { path: string; contents: string }[] } {
  const r = compile(source, { file: 'index-math.rope', targets: targets as any });
  if (!r.ok || r.irs.length !== 1) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return { ir: r.irs[0], files: new Map(r.artifacts.map((a) => [a.path, a.contents])), artifacts: r.artifacts };
}

/** Deterministic values in [−4, 4). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 8 - 4;
  };
}

// ------------------------------------------------------------------------------------------------
// CUDA

/** Run-time sizes by name, for a spec's launch arguments. */
type Sizes = Record<string, number>;

/** Elements of a tensor argument for the given sizes (shape entries are size names or numbers). */
function tensorLength(arg: TensorArg, sizes: Sizes): number {
  const tokens = sizes.tokens ?? sizes.batch * sizes.seq;
  const dims = arg.shape.map((d) => {
    if (typeof d === 'number') return d;
    const v = d === 'tokens' ? tokens : sizes[d];
    if (v === undefined) throw new Error(`no size for shape entry ${d} of ${arg.name}`);
    return v;
  });
  return dims.reduce((a, b) => a * b, 1);
}

const ARG_BYTES: Record<TensorArg['dtype'], number> = { f32: 4, f16: 2, bf16: 2, i64: 8, i32: 4 };

/**
 * The driver for one spec: `run_NAME` (mode 0) reserves the tensors, applies writes, runs the
 * per-thread function for the target tokens, reports which pages are resident and returns the
 * pages asked for; `check_NAME` (mode 1) calls ropec_NAME_check for a list of size sets.
 */
function driverFunctions(ir: RopeIR, hasVector: boolean): string {
  const args = launchArgs(ir);
  const tensors = args.filter((a): a is TensorArg => a.kind === 'tensor');
  const nSizes = args.length - tensors.length;
  let ti = 0;
  let si = 0;
  const callArgs = args.map((a) => {
    if (a.kind === 'size') return `sizes[${si++}]`;
    const type = `${a.role === 'in' ? 'const ' : ''}${cElemType(ir, a)}*`;
    return `static_cast<${type}>(ptr[${ti++}])`;
  });
  const n = ir.name;
  return `
static void run_${n}() {
  using namespace ropec_${n};
  const int64_t misalign = rd();
  int64_t sizes[${nSizes} + 1];
  for (int i = 0; i < ${nSizes}; ++i) sizes[i] = rd();
  const int64_t elem[${tensors.length}] = { ${tensors.map((t) => ARG_BYTES[t.dtype]).join(', ')} };
  Reservation res[${tensors.length}];
  void* ptr[${tensors.length}];
  for (int t = 0; t < ${tensors.length}; ++t) {
    res[t].reserve(rd() * elem[t] + elem[t]);
    ptr[t] = res[t].base + misalign * elem[t];
  }
  apply_writes(res);
  Args a;
  bool vector = false;
  const cudaError_t status = prepare(${callArgs.join(', ')}, &a, &vector);
  wr32(static_cast<int32_t>(status));
  wr32(vector ? 1 : 0);
  const int64_t targets = rd();
  for (int64_t t = 0; t < targets; ++t) {
    const int64_t flat = rd();
    if (status != cudaSuccess) continue;
    // The thread indices of this token's work items (the kernel splits them into token, head
    // group and chunk): head groups on the aligned run, one head per item on the misaligned one.
    bool grouped = false;
    const int64_t per_token = launch_items(a, vector, misalign ? 0 : 1, &grouped) / a.tokens;
    for (int64_t c = 0; c < per_token; ++c) {
      const int64_t i = flat * per_token + c;
      if (flat >= a.tokens) { fprintf(stderr, "token %lld is outside the launch\\n", (long long)flat); exit(5); }
${hasVector ? '      if (vector) { if (grouped) work_vector_grouped(a, i); else work_vector(a, i); continue; }\n' : ''}      if (grouped) work_scalar_grouped(a, i);
      else work_scalar(a, i);
    }
  }
  report(res, ${tensors.length});
}

static void check_${n}() {
  alignas(64) static unsigned char buf[${tensors.length}][64];
  void* ptr[${tensors.length}];
  for (int t = 0; t < ${tensors.length}; ++t) ptr[t] = buf[t];
  // q, k and the outputs are never read by the checks, only compared as addresses: give them
  // addresses 2^44 bytes apart, as tensors of the sizes below would be.
${tensors.map((t, i) => (['q', 'k', 'q_out', 'k_out'].includes(t.name) ? `  ptr[${i}] = reinterpret_cast<void*>(static_cast<uintptr_t>(${i + 1}) << 44);
` : '')).join('')}
  const int64_t cases = rd();
  for (int64_t c = 0; c < cases; ++c) {
    int64_t sizes[${nSizes} + 1];
    for (int i = 0; i < ${nSizes}; ++i) sizes[i] = rd();
    wr32(static_cast<int32_t>(ropec_${n}_check(${callArgs.join(', ')})));
  }
}
`;
}

function driverSource(specs: { ir: RopeIR; hasVector: boolean }[]): string {
  return `// index-math driver (written by test/index-math.test.ts)
#define ROPEC_HOST_EMULATION 1
${specs.map((s) => `#include "${s.ir.name}.cu"`).join('\n')}
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

static int64_t rd() { int64_t v; if (fread(&v, 8, 1, stdin) != 1) { fprintf(stderr, "short read\\n"); exit(3); } return v; }
static void wr32(int32_t v) { fwrite(&v, 4, 1, stdout); }
static void wr64(int64_t v) { fwrite(&v, 8, 1, stdout); }

/** Address space for one tensor: reserved, not committed; only touched pages get memory. */
struct Reservation {
  unsigned char* base = nullptr;
  size_t bytes = 0;
  void reserve(int64_t n) {
    bytes = (static_cast<size_t>(n) + 4095) / 4096 * 4096;
    void* p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) { perror("mmap"); exit(7); }
    madvise(p, bytes, MADV_NOHUGEPAGE);  // page-granular residency
    base = static_cast<unsigned char*>(p);
  }
  ~Reservation() { if (base) munmap(base, bytes); }
};

/** Writes: (tensor, byte offset from the reservation's base, byte count, bytes). */
static void apply_writes(Reservation* res) {
  const int64_t n = rd();
  for (int64_t w = 0; w < n; ++w) {
    const int64_t t = rd();
    const int64_t at = rd();
    const int64_t len = rd();
    if (at < 0 || len < 0 || static_cast<size_t>(at + len) > res[t].bytes) { fprintf(stderr, "write out of range\\n"); exit(8); }
    if (fread(res[t].base + at, 1, static_cast<size_t>(len), stdin) != static_cast<size_t>(len)) exit(3);
  }
}

/** Resident pages of every reservation (mincore), then the bytes of the pages asked for. */
static void report(Reservation* res, int tensors) {
  for (int t = 0; t < tensors; ++t) {
    const size_t pages = res[t].bytes / 4096;
    std::vector<unsigned char> v(pages);
    if (mincore(res[t].base, res[t].bytes, v.data()) != 0) { perror("mincore"); exit(9); }
    int64_t count = 0;
    for (size_t p = 0; p < pages; ++p) count += v[p] & 1;
    wr64(count);
    for (size_t p = 0; p < pages; ++p) if (v[p] & 1) wr64(static_cast<int64_t>(p));
  }
  const int64_t n = rd();
  for (int64_t r = 0; r < n; ++r) {
    const int64_t t = rd();
    const int64_t page = rd();
    fwrite(res[t].base + page * 4096, 1, 4096, stdout);
  }
}
${specs.map((s) => driverFunctions(s.ir, s.hasVector)).join('')}
int main() {
  if (sysconf(_SC_PAGESIZE) != 4096) { fprintf(stderr, "page size is not 4096\\n"); return 10; }
  const int64_t spec = rd();
  const int64_t mode = rd();
  switch (spec * 2 + mode) {
${specs.map((s, i) => `    case ${2 * i}: run_${s.ir.name}(); break;\n    case ${2 * i + 1}: check_${s.ir.name}(); break;`).join('\n')}
    default: return 11;
  }
  return 0;
}
`;
}

class Writer {
  private chunks: Buffer[] = [];
  i64(v: number | bigint): void {
    const b = Buffer.alloc(8);
    b.writeBigInt64LE(BigInt(v));
    this.chunks.push(b);
  }
  bytes(b: Uint8Array): void {
    this.chunks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  }
  done(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

class Reader {
  private at = 0;
  constructor(private buf: Buffer) {}
  i32(): number {
    const v = this.buf.readInt32LE(this.at);
    this.at += 4;
    return v;
  }
  i64(): number {
    const v = Number(this.buf.readBigInt64LE(this.at));
    this.at += 8;
    return v;
  }
  page(): Uint8Array {
    const v = new Uint8Array(this.buf.subarray(this.at, this.at + PAGE));
    this.at += PAGE;
    return v;
  }
}

interface FarToken {
  b: number;
  s: number;
  /** Inputs of the one-token equivalent: same spec, same position, this token's q and k. */
  small: RopeInputs;
  /** Positions-tensor entries of the token in the big call (component-major), if any. */
  positions?: number[];
}

interface FarCase {
  /** Sizes of the big call, by launch-argument name. */
  sizes: Sizes;
  /** Whole tensors written before the call (small ones: offsets). */
  extra?: Record<string, ArrayLike<number>>;
  tokens: FarToken[];
}

interface FarResult {
  status: number;
  vector: number;
  /** Largest element offset written and checked, per tensor. */
  maxOffset: Record<string, number>;
  pagesTouched: number;
  problems: string[];
}

function driverRun(exe: string, input: Buffer): Buffer {
  const r = spawnSync(exe, [], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`driver exited ${r.status}: ${r.stderr.toString()}`);
  return r.stdout;
}

/**
 * Runs the far tokens of `c` through the driver and checks them; returns what it found. The
 * model of memory is per page: what the driver wrote, zero elsewhere (a fresh anonymous mapping).
 */
function runFar(exe: string, specIndex: number, ir: RopeIR, c: FarCase, misalign: boolean): FarResult {
  const args = launchArgs(ir);
  const tensors = args.filter((a): a is TensorArg => a.kind === 'tensor');
  const index = new Map(tensors.map((t, i) => [t.name, i]));
  const elem = tensors.map((t) => ARG_BYTES[t.dtype]);
  const lengths = tensors.map((t) => tensorLength(t, c.sizes));
  const shift = misalign ? 1 : 0;
  const model = tensors.map(() => new Map<number, Uint8Array>());
  const writes: { t: number; at: number; bytes: Uint8Array }[] = [];
  const write = (name: string, element: number, bytes: Uint8Array) => {
    const t = index.get(name)!;
    if (element < 0 || element * elem[t] + bytes.length > lengths[t] * elem[t]) throw new Error(`${name}: write past the tensor`);
    const at = (element + shift) * elem[t];
    writes.push({ t, at, bytes });
    for (let i = 0; i < bytes.length; i++) {
      const p = Math.floor((at + i) / PAGE);
      let page = model[t].get(p);
      if (!page) model[t].set(p, (page = new Uint8Array(PAGE)));
      page[(at + i) % PAGE] = bytes[i];
    }
  };
  const asBytes = (v: ArrayBufferView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  const big: ResolvedShape = {
    batch: c.sizes.batch ?? 1, seq: c.sizes.seq ?? c.sizes.tokens, tokens: c.sizes.tokens ?? c.sizes.batch * c.sizes.seq,
    qHeads: ir.kernel.qHeads ?? c.sizes.q_heads, kHeads: ir.kernel.kHeads ?? c.sizes.k_heads, offset: c.sizes.offset ?? 0,
  };
  const D = ir.headDim;
  const outName = (which: 'q' | 'k') => (ir.kernel.inplace ? which : `${which}_out`);
  // Output rows of the far tokens: [tensor, element offset, token, head].
  const rows: { which: 'q' | 'k'; at: number; token: number; h: number }[] = [];
  const prepared = c.tokens.map((tok, i) => {
    const p = prepareCase(ir, tok.small);
    const flat = tok.b * big.seq + tok.s;
    for (const which of ['q', 'k'] as const) {
      const heads = which === 'q' ? big.qHeads : big.kHeads;
      const stored = p.harness.tensors[which] as Float32Array | Uint16Array;
      for (let h = 0; h < heads; h++) {
        // Where the interpreter's layout puts (token, head) in the big tensor.
        const at = headBase(ir, which, big, tok.b, tok.s, flat, h, heads);
        write(which, at, asBytes(stored.subarray(h * D, (h + 1) * D)));
        if (!ir.kernel.inplace) write(`${which}_out`, at, new Uint8Array(D * elem[index.get(`${which}_out`)!]).fill(0xff));
        rows.push({ which, at, token: i, h });
      }
    }
    if (tok.positions) {
      const t = index.get('positions')!;
      tok.positions.forEach((v, comp) => {
        const value = tensors[t].dtype === 'i64' ? new BigInt64Array([BigInt(v)]) : new Float32Array([v]);
        write('positions', comp * big.tokens + flat, asBytes(value));
      });
    }
    return { p, flat };
  });
  for (const [name, values] of Object.entries(c.extra ?? {})) {
    const t = index.get(name)!;
    write(name, 0, asBytes(tensors[t].dtype === 'i64' ? BigInt64Array.from(values, (v) => BigInt(v)) : Float32Array.from(values)));
  }

  const w = new Writer();
  w.i64(specIndex);
  w.i64(0);
  w.i64(shift);
  for (const a of args) if (a.kind === 'size') w.i64(c.sizes[a.name]);
  for (const n of lengths) w.i64(n);
  w.i64(writes.length);
  for (const x of writes) {
    w.i64(x.t);
    w.i64(x.at);
    w.i64(x.bytes.length);
    w.bytes(x.bytes);
  }
  w.i64(prepared.length);
  for (const x of prepared) w.i64(x.flat);
  const asked = model.flatMap((pages, t) => [...pages.keys()].sort((a, b) => a - b).map((p) => ({ t, p })));
  w.i64(asked.length);
  for (const x of asked) {
    w.i64(x.t);
    w.i64(x.p);
  }
  const r = new Reader(driverRun(exe, w.done()));
  const status = r.i32();
  const vector = r.i32();
  const problems: string[] = [];
  tensors.forEach((t, i) => {
    const resident = Array.from({ length: r.i64() }, () => r.i64());
    const written = [...model[i].keys()].sort((a, b) => a - b);
    const extra = resident.filter((p) => !model[i].has(p));
    const missing = written.filter((p) => !resident.includes(p));
    if (extra.length > 0 || missing.length > 0) {
      problems.push(`${t.name}: pages touched outside the written ones: [${extra.slice(0, 8).join(', ')}]; written but not resident: [${missing.slice(0, 8).join(', ')}]`);
    }
  });
  const after = asked.map(() => r.page());
  const pageOf = new Map(asked.map((x, i) => [`${x.t}:${x.p}`, after[i]]));

  // Bytes that belong to the far tokens' output rows; everything else must be as written.
  const owned = tensors.map(() => new Set<number>());
  for (const row of rows) {
    const t = index.get(outName(row.which))!;
    const start = (row.at + shift) * elem[t];
    for (let i = 0; i < D * elem[t]; i++) owned[t].add(start + i);
  }
  for (const { t, p } of asked) {
    const got = pageOf.get(`${t}:${p}`)!;
    const want = model[t].get(p)!;
    for (let i = 0; i < PAGE; i++) {
      const byte = p * PAGE + i;
      if (!owned[t].has(byte) && got[i] !== want[i]) {
        problems.push(`${tensors[t].name}: byte ${byte} (element ${Math.floor(byte / elem[t]) - shift}) changed from ${want[i]} to ${got[i]}`);
        break;
      }
    }
  }
  // The far tokens' rows, gathered into one-token tensors, against the interpreter.
  const read = (name: string, at: number): Uint8Array => {
    const t = index.get(name)!;
    const start = (at + shift) * elem[t];
    const out = new Uint8Array(D * elem[t]);
    for (let i = 0; i < out.length; i++) out[i] = pageOf.get(`${t}:${Math.floor((start + i) / PAGE)}`)![(start + i) % PAGE];
    return out;
  };
  const maxOffset: Record<string, number> = {};
  for (const x of writes) {
    const name = tensors[x.t].name;
    maxOffset[name] = Math.max(maxOffset[name] ?? 0, (x.at + x.bytes.length) / elem[x.t] - 1 - shift);
  }
  prepared.forEach(({ p }, i) => {
    const tensorsOut: Record<string, Float32Array | Uint16Array> = {};
    for (const which of ['q', 'k'] as const) {
      const mine = rows.filter((x) => x.token === i && x.which === which);
      const ctor = ir.kernel.dtype === 'f32' ? Float32Array : Uint16Array;
      const bytes = new Uint8Array(mine.length * D * elemBytes(ir.kernel.dtype));
      mine.forEach((row, h) => bytes.set(read(outName(which), row.at), h * D * elemBytes(ir.kernel.dtype)));
      tensorsOut[outName(which)] = new ctor(bytes.buffer);
    }
    const problem = status === 0 ? compareWithInterpreter(p, { status, usedVector: vector, tensors: tensorsOut }) : undefined;
    if (problem) problems.push(`token (b ${c.tokens[i].b}, s ${c.tokens[i].s}): ${problem}`);
  });
  return { status, vector, maxOffset, pagesTouched: asked.length, problems };
}

/** Statuses of ropec_NAME_check for size sets (0 = cudaSuccess, 1 = cudaErrorInvalidValue). */
function runChecks(exe: string, specIndex: number, ir: RopeIR, cases: Sizes[]): number[] {
  const w = new Writer();
  w.i64(specIndex);
  w.i64(1);
  w.i64(cases.length);
  const sizeArgs = launchArgs(ir).filter((a) => a.kind === 'size');
  for (const c of cases) for (const a of sizeArgs) w.i64(c[a.name] === undefined ? 1 : BigInt(c[a.name]));
  const r = new Reader(driverRun(exe, w.done()));
  return cases.map(() => r.i32());
}

// [batch, seq, heads, dim] bf16, out of place, run-time offset, exact angles: q holds
// 5 · 2^20 · 8 · 128 ≈ 5.4e9 elements (2^32 is passed at token 2^22).
const BSHD = `rope far_bshd {
  head_dim 128
  style half
  frequencies base 500000
  positions index + offset
  kernel {
    q heads 8
    k heads 2
    layout [batch, seq, heads, dim]
    dtype bf16
  }
}
`;
// [batch, heads, seq, dim] f16, in place, per-sequence offsets, fast angles, 16 pass-through lanes,
// run-time head counts: q holds 9 · 4 · 2^21 · 64 ≈ 4.8e9 elements.
const BHSD = `rope far_bhsd {
  head_dim 64
  rotary dim 48
  style half
  frequencies base 10000
  positions index + offsets
  kernel {
    layout [batch, heads, seq, dim]
    dtype f16
    inplace
    precision fast
  }
}
`;
// [tokens, heads, dim] bf16, in place, interleaved, a [3, tokens] int64 positions tensor over
// 1.5e9 tokens: the last token's third position sits at index ≈ 4.5e9.
const THD = `rope far_thd {
  head_dim 12
  style interleaved
  axes sectioned [t 2, h 2, w 2]
  frequencies base 10000
  positions tensor int
  kernel {
    q heads 1
    k heads 1
    layout [tokens, heads, dim]
    dtype bf16
    inplace
  }
}
`;

function randomToken(ir: RopeIR, qHeads: number, kHeads: number, seed: number): { q: number[]; k: number[] } {
  const next = lcg(seed);
  return {
    q: Array.from({ length: qHeads * ir.headDim }, next),
    k: Array.from({ length: kHeads * ir.headDim }, next),
  };
}

// Positions are i32 in the WGSL kernel (whole part of a Pos), and the host module checks each
// offset it is given against the i32 range, but not the sums the kernel forms from them: the
// token's index plus the offset (or per-sequence offset), and an integer grid's i·stride + shift.
// Past 2^31 − 1 these wrap in the shader (WGSL i32 arithmetic is two's complement), and the token
// is rotated by an angle for a position near −2^31: a silent wrong result. The interpreter, the TS
// kernel (float64) and the CUDA kernel (int64, then double) all use the true position.
// The frequencies are small (p·ω of a few thousand radians at p ≈ 2^31) so that the only thing
// these cases measure is the position itself: with ω = 1 the exact path's angle error at p ≈ 2^31
// is itself above the f32 allowance (1.2e-6·|x| measured), a separate accuracy matter.
const POS_SPECS = {
  offset: `rope pos_offset {
  head_dim 8
  style half
  frequencies list [0.000001, 0.000002, 0.000003, 0.000005]
  positions index + offset
  kernel {
    q heads 1
    k heads 1
    layout [tokens, heads, dim]
    dtype f32
    inplace
  }
}
`,
  offsets: `rope pos_offsets {
  head_dim 8
  style half
  frequencies list [0.000001, 0.000002, 0.000003, 0.000005]
  positions index + offsets
  kernel {
    q heads 1
    k heads 1
    layout [batch, seq, heads, dim]
    dtype f32
    inplace
  }
}
`,
  grid: `rope pos_grid {
  head_dim 8
  style half
  axes sectioned [h 2, w 2]
  frequencies list [0.000001, 0.000002, 0.000003, 0.000005]
  positions grid(h, w) {
    h shift 2147483645
  }
  kernel {
    q heads 1
    k heads 1
    layout [tokens, heads, dim]
    dtype f32
    inplace
  }
}
`,
};

const haveNvcc = nvccAvailable();

describe.skipIf(!haveNvcc)('CUDA: 64-bit element offsets (CPU emulation of the per-thread code)', () => {
  let dir = '';
  let exe = '';
  const specs: { ir: RopeIR; hasVector: boolean }[] = [];

  beforeAll(async () => {
    dir = scratch('index-math');
    for (const source of [BSHD, BHSD, THD, POS_SPECS.offset]) {
      const { ir, artifacts, files } = compileOne(source, ['cuda']);
      writeArtifacts(dir, artifacts);
      specs.push({ ir, hasVector: files.get(`${ir.name}.cu`)!.includes('work_vector(') });
    }
    writeFileSync(join(dir, 'driver.cu'), driverSource(specs));
    exe = join(dir, 'driver');
    const { ms } = await nvcc(['-std=c++17', '-O1', '-gencode', 'arch=compute_80,code=compute_80', 'driver.cu', '-o', exe], dir);
    console.log(`[index-math] CUDA driver built in ${ms} ms`);
  }, 300_000);

  afterAll(() => {
    if (dir) cleanup(dir);
  });

  const S20 = 2 ** 20;
  const bshdCase = (): FarCase => {
    const ir = specs[0].ir;
    const O = 7;
    // Tokens around the 2^31 and 2^32 element boundaries of q (1024 elements per token), and the last.
    const at = [[1, S20 - 1], [2, 0], [3, S20 - 1], [4, 0], [4, S20 - 1]];
    return {
      sizes: { batch: 5, seq: S20, offset: O },
      tokens: at.map(([b, s], i) => ({ b, s, small: { ...randomToken(ir, 8, 2, 11 + i), sizes: { batch: 1, seq: 1, offset: s + O } } })),
    };
  };
  const S21 = 2 ** 21;
  const bhsdOffsets = [0, 3, 5, 100, 1000, 7, 123456, 9, 654321];
  const bhsdCase = (): FarCase => {
    const ir = specs[1].ir;
    const at = [[4, S21 / 2], [7, 0], [8, S21 - 2], [8, S21 - 1]];
    return {
      sizes: { batch: 9, seq: S21, q_heads: 4, k_heads: 1 },
      extra: { offsets: bhsdOffsets },
      tokens: at.map(([b, s], i) => ({
        b, s, small: { ...randomToken(ir, 4, 1, 31 + i), sizes: { batch: 1, seq: 1, q_heads: 4, k_heads: 1 }, offsets: [s + bhsdOffsets[b]] },
      })),
    };
  };
  const T = 1_500_000_000;
  const thdCase = (): FarCase => {
    const ir = specs[2].ir;
    const flats = [0, 2 ** 31 / 3, T - 2, T - 1].map(Math.floor);
    return {
      sizes: { tokens: T },
      tokens: flats.map((flat, i) => {
        const pos = [flat % 100_000, 3 * i + 1, 1_000_000 - i];
        return { b: 0, s: flat, positions: pos, small: { ...randomToken(ir, 1, 1, 51 + i), sizes: { tokens: 1 }, positions: pos } };
      }),
    };
  };

  // Smallest acceptable largest-offset-checked, per tensor (the positions tensor: 2·T + T − 1).
  for (const [k, name, make, minOffset] of [
    [0, 'bshd bf16 out of place, index + offset', bshdCase, { q: 2 ** 32 }],
    [1, 'bhsd f16 in place, index + offsets, fast, partial rotary', bhsdCase, { q: 2 ** 32 }],
    [2, 'thd bf16 in place, [3, tokens] int64 positions', thdCase, { q: 1.7e10, positions: 2 ** 32 }],
  ] as const) {
    for (const misalign of [false, true]) {
      it(`${name}: far tokens rotate at exactly their offsets (${misalign ? 'scalar plan, misaligned' : 'vector plan if any'})`, () => {
        const c = make();
        const t0 = performance.now();
        const r = runFar(exe, k, specs[k].ir, c, misalign);
        console.log(`[index-math] ${specs[k].ir.name}${misalign ? ' misaligned' : ''}: status ${r.status}, vector ${r.vector}, ` +
          `largest element offsets used ${JSON.stringify(r.maxOffset)}, ${r.pagesTouched} pages touched, ${Math.round(performance.now() - t0)} ms`);
        expect(r.status).toBe(0);
        expect(r.vector).toBe(!misalign && specs[k].hasVector ? 1 : 0);
        expect(r.problems).toEqual([]);
        for (const [tensor, least] of Object.entries(minOffset)) expect(r.maxOffset[tensor], tensor).toBeGreaterThan(least);
      }, 120_000);
    }
  }

  // The checks above must be able to fail: the same driver over a copy of far_bshd.cu whose head
  // loop truncates element offsets to 32 bits (the classic bug) must report it.
  it('a kernel with 32-bit offsets is caught (mutated copy of far_bshd.cu)', async () => {
    const mutant = scratch('index-math-mutant');
    try {
      const { ir, artifacts } = compileOne(BSHD, ['cuda']);
      writeArtifacts(mutant, artifacts);
      const cu = readFileSync(join(mutant, 'far_bshd.cu'), 'utf8');
      // Every head offset of the printed kernel truncated to 32 bits.
      const offset = /const int64_t (o\w*) = (.+);/g;
      expect(cu.match(offset)!.length).toBeGreaterThan(0);
      writeFileSync(join(mutant, 'far_bshd.cu'), cu.replace(offset, 'const int64_t $1 = static_cast<uint32_t>($2);'));
      writeFileSync(join(mutant, 'driver.cu'), driverSource([{ ir, hasVector: specs[0].hasVector }]));
      await nvcc(['-std=c++17', '-O1', '-gencode', 'arch=compute_80,code=compute_80', 'driver.cu', '-o', 'driver'], mutant);
      const r = runFar(join(mutant, 'driver'), 0, ir, bshdCase(), false);
      console.log(`[index-math] 32-bit mutant: ${r.problems.length} problems, e.g.\n  ${r.problems.slice(0, 4).join('\n  ')}`);
      expect(r.status).toBe(0);
      // Stray pages in q (read) and q_out (written) at the wrapped offsets, and unrotated far tokens.
      expect(r.problems.some((p) => /^q: pages touched outside/.test(p))).toBe(true);
      expect(r.problems.some((p) => /^q_out: pages touched outside/.test(p))).toBe(true);
      expect(r.problems.some((p) => /^token \(b 4, s 0\): q\[/.test(p))).toBe(true);
      // Tokens below 2^32 are unaffected by the truncation.
      expect(r.problems.some((p) => /^token \(b [123],/.test(p))).toBe(false);
    } finally {
      cleanup(mutant);
    }
  }, 300_000);

  it('positions past 2^31 − 1 (index + offset): the CUDA kernel rotates by the true position', () => {
    const ir = specs[3].ir;
    const O = 2 ** 31 - 2;
    const c: FarCase = {
      sizes: { tokens: 4, offset: O },
      tokens: [0, 1, 2, 3].map((s) => ({ b: 0, s, small: { ...randomToken(ir, 1, 1, 71 + s), sizes: { tokens: 1, offset: O + s } } })),
    };
    const r = runFar(exe, 3, ir, c, false);
    expect(r.status).toBe(0);
    expect(r.problems).toEqual([]);
  });

  it('ropec_NAME_check: sizes past 2^31 and 2^32 elements are accepted; int64 and 32-bit grid overflows are refused', () => {
    const [bshd, bhsd] = [specs[0].ir, specs[1].ir];
    // Threads per token and head group: the larger of the launcher's two plans (the grid is sized for the one it picks).
    const chunks = (ir: OptimizedIR) => { const s = cudaSchedules(ir); return Math.max(s.scalar.q!.itemsPerToken, s.vector?.q!.itemsPerToken ?? 0); };
    // Head groups per token of the grouped kernels, the launcher's fewest threads.
    const groups = (ir: OptimizedIR, qHeads = ir.kernel.qHeads!, kHeads = ir.kernel.kHeads!) => {
      const G = headGroups(ir);
      return Math.ceil(qHeads / G.q) + Math.ceil(kHeads / G.k);
    };
    // CUDA's grid x dimension holds at most 2^31 − 1 blocks of BLOCK_THREADS threads.
    const maxTokens = (ir: OptimizedIR, qHeads?: number, kHeads?: number) => Math.floor(Math.floor((INT32_MAX * BLOCK_THREADS) / chunks(ir)) / groups(ir, qHeads, kHeads));
    const mb = maxTokens(bshd);
    // far_bshd: 1024 q elements per token.
    const bshdCases: { sizes: Sizes; ok: boolean; why: string }[] = [
      { sizes: { batch: 1, seq: 2 ** 21 + 1 }, ok: true, why: 'q = 2^31 + 1024 elements' },
      { sizes: { batch: 5, seq: S20 }, ok: true, why: 'q ≈ 5.4e9 elements' },
      { sizes: { batch: 1, seq: mb }, ok: true, why: 'the largest grid' },
      { sizes: { batch: 1, seq: mb + 1 }, ok: false, why: 'one token more than 2^31 − 1 blocks hold' },
      { sizes: { batch: mb + 1, seq: 1 }, ok: false, why: 'the same as batch' },
      { sizes: { batch: 2 ** 40, seq: 2 ** 20 }, ok: false, why: 'tokens fit int64 but q elements (2^70) do not' },
      { sizes: { batch: 2 ** 33, seq: 2 ** 31 }, ok: false, why: 'batch · seq overflows int64' },
    ];
    const statuses = runChecks(exe, 0, bshd, bshdCases.map((c) => ({ ...c.sizes, offset: 0 })));
    bshdCases.forEach((c, i) => expect(statuses[i], `far_bshd ${JSON.stringify(c.sizes)}: ${c.why}`).toBe(c.ok ? 0 : 1));
    // far_bhsd has run-time head counts: the element count can overflow through them alone.
    const perHead = 64;
    const maxHeads = Number(INT64_MAX / BigInt(perHead) / 2n); // batch · seq = 2
    const bhsdCases: { sizes: Sizes; ok: boolean; why: string }[] = [
      { sizes: { batch: 1, seq: 2, q_heads: 2 ** 24 + 1, k_heads: 1 }, ok: true, why: 'q = 2^31 + 128 elements' },
      { sizes: { batch: 1, seq: 2, q_heads: 2 ** 25 + 1, k_heads: 2 ** 25 + 1 }, ok: true, why: 'q and k = 2^32 + 128 elements' },
      { sizes: { batch: 1, seq: 2, q_heads: 1, k_heads: maxHeads + 1024 }, ok: false, why: 'k elements overflow int64' },
      { sizes: { batch: 1, seq: 2, q_heads: 2 ** 62, k_heads: 1 }, ok: false, why: 'q elements overflow int64' },
      { sizes: { batch: 1, seq: maxTokens(bhsd, 1, 1), q_heads: 1, k_heads: 1 }, ok: true, why: 'the largest grid with one head each' },
      { sizes: { batch: 1, seq: maxTokens(bhsd, 1, 1) + 1, q_heads: 1, k_heads: 1 }, ok: false, why: 'more blocks than the grid holds' },
      { sizes: { batch: 1, seq: maxTokens(bhsd, 64, 8) + 1, q_heads: 64, k_heads: 8 }, ok: false, why: 'more blocks than the grid holds, through the head count' },
    ];
    const st2 = runChecks(exe, 1, bhsd, bhsdCases.map((c) => c.sizes));
    bhsdCases.forEach((c, i) => expect(st2[i], `far_bhsd ${JSON.stringify(c.sizes)}: ${c.why}`).toBe(c.ok ? 0 : 1));
  }, 60_000);
});

// ------------------------------------------------------------------------------------------------
// TypeScript

// head_dim 65536 with the rotary window in the last 64 lanes, rotated in place: the kernel writes
// one 128-byte run per head row, so a 2^32-element q (8 GiB of address space, lazily zeroed) costs
// one page per row, and the last token's lanes sit at offsets 2^32 − 64 … 2^32 − 1.
const TS_FAR = `rope far_ts {
  head_dim 65536
  rotary dim 64 offset 65472
  style half
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 16
    k heads 1
    layout [tokens, heads, dim]
    dtype bf16
    inplace
  }
}
`;

describe('TS: typed arrays past 2^31 elements', () => {
  it('a Uint16Array holds at most 2^32 elements, so no tensor the TS kernel takes can be longer', () => {
    expect(new Uint16Array(2 ** 32).length).toBe(2 ** 32);
    expect(() => new Uint16Array(2 ** 32 + 1)).toThrow(RangeError);
  });

  for (const tokens of [2 ** 11 + 1, 2 ** 12]) {
    it(`the generated kernel rotates the last tokens of a ${tokens === 2 ** 12 ? '2^32' : '2^31 + 2^20'}-element q at their offsets`, async () => {
      const { ir, files } = compileOne(TS_FAR, ['ts']);
      const mod = await loadGeneratedTs(files.get('far_ts.ts')!, 'far_ts');
      const D = ir.headDim;
      const rotary = [ir.rotaryOffset, ir.rotaryOffset + ir.rotaryDim];
      const rss0 = process.memoryUsage().rss;
      let t0 = performance.now();
      const q = new Uint16Array(tokens * 16 * D);
      const k = new Uint16Array(tokens * 1 * D);
      const allocMs = performance.now() - t0;
      // The token that starts at element 2^31 (2^11 tokens of 2^20 elements) and the last two.
      const far = [2 ** 11, tokens - 2, tokens - 1].filter((t, i, a) => t < tokens && a.indexOf(t) === i);
      // Each far token: random values in its rotary window and in the 64 pass-through lanes before
      // it; zeros (exact in bf16) elsewhere.
      const lo = rotary[0] - 64;
      const written = far.map((t, i) => {
        const next = lcg(101 + i);
        const exact = { q: new Float64Array(16 * D), k: new Float64Array(D) };
        for (const [which, heads, arr] of [['q', 16, q], ['k', 1, k]] as const) {
          for (let h = 0; h < heads; h++) {
            const window = toStorage(Array.from({ length: rotary[1] - lo }, next), 'bf16');
            arr.set(window.stored as Uint16Array, (t * heads + h) * D + lo);
            exact[which].set(window.exact, h * D + lo);
          }
        }
        return { t, exact };
      });
      t0 = performance.now();
      mod.rotateInPlace({ q, k, sizes: { tokens, offset: 0 } });
      const ms = performance.now() - t0;
      const rss = process.memoryUsage().rss - rss0;
      console.log(`[index-math] TS: q of ${q.length} elements (2^${Math.log2(q.length).toFixed(4)}) allocated in ${Math.round(allocMs)} ms; ` +
        `${tokens} tokens rotated in place in ${Math.round(ms)} ms, RSS +${Math.round(rss / 2 ** 20)} MiB`);
      for (const { t, exact } of written) {
        // The same spec on one token at the same position (index 0 + offset t), in float64.
        const want = interpret(ir, { q: exact.q, k: exact.k, sizes: { tokens: 1, offset: t } });
        for (const [which, heads, arr] of [['q', 16, q], ['k', 1, k]] as const) {
          const got = fromStorage(arr.subarray(t * heads * D, (t + 1) * heads * D), 'bf16');
          for (let h = 0; h < heads; h++) {
            let scale = 0;
            for (let l = 0; l < D; l++) scale = Math.max(scale, Math.abs(exact[which][h * D + l]));
            for (let l = 0; l < D; l++) {
              const i = h * D + l;
              const allowed = l < rotary[0] ? 0 : allowedError('bf16', want[which][i], scale, 2 ** -40);
              if (!(Math.abs(got[i] - want[which][i]) <= allowed)) {
                throw new Error(`${which}[token ${t}, head ${h}, lane ${l}] at element ${t * heads * D + i}: got ${got[i]}, interpreter ${want[which][i]}`);
              }
            }
          }
        }
      }
      // The rotated lanes of the last token reach the end of q.
      expect((tokens * 16 - 1) * D + rotary[1] - 1).toBe(q.length - 1);
    }, 120_000);
  }

  it('positions past 2^31 − 1 (index + offset): the TS kernel rotates by the true position', async () => {
    const { ir, files } = compileOne(POS_SPECS.offset, ['ts']);
    const mod = await loadGeneratedTs(files.get('pos_offset.ts')!, 'pos_offset');
    const next = lcg(91);
    const q = Float32Array.from({ length: 4 * 8 }, next);
    const k = Float32Array.from({ length: 4 * 8 }, next);
    const sizes = { tokens: 4, offset: 2 ** 31 - 2 };
    const want = interpret(ir, { q, k, sizes });
    const got = mod.rotate({ q, k, sizes });
    for (const which of ['q', 'k'] as const) {
      for (let t = 0; t < 4; t++) {
        let scale = 0;
        for (let l = 0; l < 8; l++) scale = Math.max(scale, Math.abs(({ q, k })[which][t * 8 + l]));
        for (let l = 0; l < 8; l++) {
          const i = t * 8 + l;
          expect(Math.abs(got[which][i] - want[which][i]), `${which}[token ${t}, lane ${l}]`).toBeLessThanOrEqual(allowedError('f32', want[which][i], scale, 2 ** -40));
        }
      }
    }
  });
});

// ------------------------------------------------------------------------------------------------
// WGSL

const WGSL_FAR = `rope far_wgsl {
  head_dim 128
  style half
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 8
    k heads 2
    layout [tokens, heads, dim]
    dtype bf16
    inplace
  }
}
`;

describe('WGSL: u32 indexing', () => {
  it('the host module refuses q of 2^32 elements before recording anything, naming the sizes', async () => {
    const built = await buildWgsl(WGSL_FAR, 'far_wgsl.rope');
    const device = await testDevice();
    const { STORAGE } = GPUBufferUsage;
    const bytesPerToken = (heads: number) => heads * 128 * 2;
    // Buffers that large exceed this device's maxBufferSize (1 GiB): WebGPU hands back invalid
    // buffers that keep their size and usage, which is all the host module's checks read.
    const make = async (tokens: number) => {
      let q!: GPUBuffer;
      let k!: GPUBuffer;
      const errors = await gpuErrors(device, () => {
        q = device.createBuffer({ size: tokens * bytesPerToken(8), usage: STORAGE });
        k = device.createBuffer({ size: tokens * bytesPerToken(2), usage: STORAGE });
      });
      expect(errors.every((e) => /exceeds the max buffer size/.test(e))).toBe(true);
      return { q, k };
    };
    const tokens = 2 ** 22; // q: 2^22 · 8 · 128 = 2^32 elements
    const big = await make(tokens);
    const encoder = device.createCommandEncoder();
    const errors = await gpuErrors(device, () => {
      expect(() => built.kernel.encode(encoder, { q: big.q, k: big.k, sizes: { tokens } }))
        .toThrow(/^sizes: 4194304 tokens need \d+ invocations and up to 8589934592 bytes per tensor; the kernel indexes with u32 \(at most 2\^32 − 1\)$/);
      // Nothing was recorded: the encoder finishes and submits cleanly (an open or invalid pass would not).
      device.queue.submit([encoder.finish()]);
    });
    expect(errors).toEqual([]);
    big.q.destroy();
    big.k.destroy();
    expect(uncaptured).toEqual([]);
  });

  it('q one token short of 2^32 elements passes the u32 check (it then needs a device with 8 GiB buffers)', async () => {
    const built = await buildWgsl(WGSL_FAR, 'far_wgsl.rope');
    const device = await testDevice();
    const tokens = 2 ** 22 - 1; // q: 2^32 − 1024 elements
    let q!: GPUBuffer;
    let k!: GPUBuffer;
    const errors = await gpuErrors(device, () => {
      q = device.createBuffer({ size: tokens * 8 * 128 * 2, usage: GPUBufferUsage.STORAGE });
      k = device.createBuffer({ size: tokens * 2 * 128 * 2, usage: GPUBufferUsage.STORAGE });
      const encoder = device.createCommandEncoder();
      // No RopeArgumentError: the dispatch is recorded; WebGPU itself rejects the invalid buffers.
      built.kernel.encode(encoder, { q, k, sizes: { tokens } });
      encoder.finish();
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => !/u32/.test(e))).toBe(true);
    q.destroy();
    k.destroy();
  });
});


/** Runs on Dawn against the interpreter; a RopeArgumentError (a refusal) is also acceptable. */
async function wgslAgrees(source: string, file: string, inputs: RopeInputs, expectRefusal: RegExp): Promise<string | undefined> {
  const built = await buildWgsl(source, file);
  try {
    const run = await runOnGpu(built, inputs, false);
    return compareRun(built.ir, run, false);
  } catch (e) {
    if ((e as Error).name === 'RopeArgumentError' && expectRefusal.test((e as Error).message)) return undefined;
    throw e;
  }
}

const ramp = (n: number, m: number) => Array.from({ length: n }, (_, i) => (i % m) - (m - 1) / 2);

describe('WGSL: i32 positions at the edge of their range', () => {
  it('index + offset: positions up to 2^31 − 1 agree with the interpreter', async () => {
    const problem = await wgslAgrees(POS_SPECS.offset, 'pos_offset.rope',
      { q: ramp(32, 7), k: ramp(32, 5), sizes: { tokens: 4, offset: 2 ** 31 - 4 } }, /$^/);
    expect(problem).toBeUndefined();
  });

  // These three returned wrong rotations (the i32 position wrapped to −2^31) until the host module
  // learned to refuse sizes whose whole-number positions leave i32; now they must be refused.
  it('index + offset past 2^31 − 1 is refused (the shader\'s i32 position would wrap)', async () => {
    const problem = await wgslAgrees(POS_SPECS.offset, 'pos_offset.rope',
      { q: ramp(32, 7), k: ramp(32, 5), sizes: { tokens: 4, offset: 2 ** 31 - 2 } }, /^sizes\.offset: positions run from 2147483646 to 2147483646 \+ 3 = 2147483649, past the i32 range of the kernel's positions \(−2147483648 … 2147483647\)$/);
    if (problem) console.log(`[index-math] WGSL i32 wrap: ${problem}`);
    expect(problem).toBeUndefined();
  });

  it('index + offset below −2^31 is refused, the message showing the low end that is out', async () => {
    const problem = await wgslAgrees(POS_SPECS.offset, 'pos_offset.rope',
      { q: ramp(32, 7), k: ramp(32, 5), sizes: { tokens: 4, offset: -(2 ** 31) - 2 } }, /^sizes\.offset: positions run from -2147483650 to -2147483650 \+ 3 = -2147483647, past the i32 range/);
    if (problem) console.log(`[index-math] WGSL i32 wrap: ${problem}`);
    expect(problem).toBeUndefined();
  });

  it('index + offsets past 2^31 − 1 is refused (the shader\'s i32 position would wrap)', async () => {
    const problem = await wgslAgrees(POS_SPECS.offsets, 'pos_offsets.rope',
      { q: ramp(64, 7), k: ramp(64, 5), sizes: { batch: 2, seq: 4 }, offsets: [0, 2 ** 31 - 2] }, /^offsets: entry 1: positions reach 3 \+ 2147483646 = 2147483649, past the i32 range/);
    if (problem) console.log(`[index-math] WGSL i32 wrap: ${problem}`);
    expect(problem).toBeUndefined();
  });

  it('an integer grid whose i·stride + shift passes 2^31 − 1 is refused (the shader\'s i32 position would wrap)', async () => {
    const problem = await wgslAgrees(POS_SPECS.grid, 'pos_grid.rope',
      { q: ramp(48, 7), k: ramp(48, 5), sizes: { tokens: 6, h: 6, w: 1 } }, /^sizes\.h: grid positions on axis 'h' reach \d+, outside the i32 range/);
    if (problem) console.log(`[index-math] WGSL i32 wrap: ${problem}`);
    expect(problem).toBeUndefined();
  });
});

// The generated index arithmetic (thread → token and item, the head offsets, the vector indices,
// the launch bound) at the largest sizes the host module accepts, evaluated by Dawn itself: the
// printed shader runs with its q and k stores replaced by a record of (tensor, index) and its
// loads by zeros, so q and k need no memory; the 2D dispatch's row width aims the second row of
// invocations at the last tokens. Every recorded index must equal the interpreter's layout
// (headBase) for the parts the schedule gives that item, and no item past the launch may record.
// Buffers of 2^32 elements cannot be created here (maxBufferSize is 1 GiB), but the index
// arithmetic needs none.
const PROBE = `
struct ProbeOut {
  n: atomic<u32>,
  at: array<u32>,
}
@group(0) @binding(21) var<storage, read_write> probe_out: ProbeOut;

fn record(t: u32, i: u32) {
  let n = atomicAdd(&probe_out.n, 1u);
  if (2u * n + 1u < arrayLength(&probe_out.at)) {
    probe_out.at[2u * n] = t;
    probe_out.at[2u * n + 1u] = i;
  }
}
`;

/** The printed shader with stores recorded and loads zeroed (q, k and their bounds stay unbound). */
function probeShader(wgsl: string): string {
  let out = wgsl.replace(/^( *)(q|k)\[(.+)\] = .+;$/gm, (_, indent, t, at) => `${indent}record(${t === 'q' ? 0 : 1}u, ${at});`);
  out = out.replace(/u32\(arrayLength\(&(q|k)\)\)/g, '0xffffffffu').replace(/return (q|k)\[i\];/g, 'return vec4<u32>(0u);');
  out = out.replace(/@group\(0\) @binding\(\d+\) var<storage, read_write> (q|k): [^;]+;\n/g, '');
  return out + PROBE;
}

/** Probes the generated shader (optionally altered by `mutate`) for one layout; returns the mismatches. */
async function probeLayout(layout: string, mutate: (wgsl: string) => string = (w) => w): Promise<{ mismatches: string[]; largest: number; last: number }> {
  const source = WGSL_FAR.replace('[tokens, heads, dim]', layout).replace('far_wgsl', 'far_probe');
  const built = await buildWgsl(source, 'far_probe.rope');
  const { ir, manifest } = built;
  const device = await testDevice();
  const D = ir.headDim;
  const thd = ir.kernel.layout === 'thd';
  // As many tokens as fit under 2^32 elements of q (8 heads · 128 lanes per token).
  const batch = thd ? 1 : 3;
  const seq = Math.floor((2 ** 32 - 1) / (batch * 8 * D));
  const tokens = batch * seq;
  expect(tokens * 8 * D).toBeLessThanOrEqual(2 ** 32 - 1);
  expect(tokens * 8 * D).toBeGreaterThanOrEqual(2 ** 32 - 8 * D * batch);
  // The host module accepts these sizes (the u32 check is the first thing that would refuse them).
  let q!: GPUBuffer;
  let k!: GPUBuffer;
  const hostErrors = await gpuErrors(device, () => {
    q = device.createBuffer({ size: tokens * 8 * D * 2, usage: GPUBufferUsage.STORAGE });
    k = device.createBuffer({ size: tokens * 2 * D * 2, usage: GPUBufferUsage.STORAGE });
    built.kernel.encode(device.createCommandEncoder(), { q, k, sizes: thd ? { tokens } : { batch, seq } });
  });
  expect(hostErrors.every((e) => !/u32/.test(e))).toBe(true);
  q.destroy();
  k.destroy();

  expect(manifest.storage.access).toMatch(/^16-byte vectors/);
  const W = 8;
  const sched = schedule(ir, 'vector', false, W, 'q');
  const N = sched.itemsPerToken;
  expect(manifest.dispatch.pairGroupsPerToken).toBe(N);
  const module = device.createShaderModule({ code: probeShader(mutate(built.wgsl)) });
  const workgroup = manifest.workgroupSize[0] as number;
  const shape: ResolvedShape = { batch, seq, tokens, qHeads: 8, kHeads: 2, offset: 0 };
  let largest = 0;
  const mismatches: string[] = [];
  // Both entry points: one head per item, and groups of heads per item (manifest.headGroups).
  for (const [entryPoint, G] of [['rope', { q: 1, k: 1 }], ['rope_grouped', manifest.headGroups as { q: number; k: number }]] as const) {
  expect(G.q * G.k).toBeGreaterThanOrEqual(1);
  const perToken = Math.ceil(8 / G.q) + Math.ceil(2 / G.k);
  const pipeline = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint } });
  // Each dispatch runs items [0, workgroup) (row 0) and [start, start + workgroup) (row 1).
  const starts = [tokens * N * perToken - workgroup / 2, ((batch - 1) * seq) * N * perToken];
  for (const start of starts) {
    const block = new DataView(new ArrayBuffer(manifest.uniform.size));
    const values: Record<string, number> = { tokens, batch, seq, row_threads: start, offset: 0 };
    for (const f of manifest.uniform.fields as { name: string; type: string; offset: number }[]) {
      if (f.type === 'i32') block.setInt32(f.offset, values[f.name], true);
      else block.setUint32(f.offset, values[f.name], true);
    }
    const params = device.createBuffer({ size: manifest.uniform.size, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
    device.queue.writeBuffer(params, 0, block.buffer);
    const outBytes = 4 + 2 * 4 * 4 * workgroup * 2 * 10 * 4;
    const output = device.createBuffer({ size: outBytes, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const errors = await gpuErrors(device, () => {
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, device.createBindGroup({
        layout: pipeline.getBindGroupLayout(0),
        entries: [{ binding: 0, resource: { buffer: params } }, { binding: 21, resource: { buffer: output } }],
      }));
      pass.dispatchWorkgroups(1, 2);
      pass.end();
      device.queue.submit([encoder.finish()]);
    });
    expect(errors).toEqual([]);
    const got = new Uint32Array(await readBuffer(device, output, outBytes));
    const have = new Set<string>();
    for (let n = 0; n < got[0]; n++) have.add(`${got[1 + 2 * n] === 0 ? 'q' : 'k'} ${got[2 + 2 * n]}`);
    // What the items of both rows must write: 16-byte vectors of their parts, every head.
    const want = new Set<string>();
    for (const item of [...Array.from({ length: workgroup }, (_, i) => i), ...Array.from({ length: workgroup }, (_, i) => start + i)]) {
      if (item >= tokens * N * perToken) continue; // past the launch: nothing
      let rest = item % N;
      const flat = Math.floor(Math.floor(item / N) / perToken);
      const g = Math.floor(item / N) % perToken;
      const cls = sched.classes.find((c) => (rest < c.items ? true : ((rest -= c.items), false)))!;
      // The item's heads: a group of q's, or of k's after q's groups.
      const [which, heads, first, size] = g < Math.ceil(8 / G.q) ? ['q', 8, g * G.q, G.q] as const : ['k', 2, (g - Math.ceil(8 / G.q)) * G.k, G.k] as const;
      for (const part of cls.parts) {
        if (part.kind !== 'rotate' || part.access !== 'split') throw new Error('the probe expects split vector parts');
        {
          for (let h = first; h < Math.min(first + size, heads); h++) {
            const base = headBase(ir, which, shape, Math.floor(flat / seq), flat % seq, flat, h, heads);
            for (const lane of [part.laneA, part.laneB]) {
              const at = base + lane + rest * cls.laneStep;
              want.add(`${which} ${Math.floor(at / W)}`);
              largest = Math.max(largest, at + W - 1);
            }
          }
        }
      }
    }
    for (const x of want) if (!have.has(x)) mismatches.push(`${entryPoint}, start ${start}: ${x} expected, not written`);
    for (const x of have) if (!want.has(x)) mismatches.push(`${entryPoint}, start ${start}: ${x} written, not expected`);
    params.destroy();
    output.destroy();
  }
  }
  console.log(`[index-math] WGSL ${layout}: ${N} items per token, largest offset ${largest} (2^32 − ${2 ** 32 - largest}), ${mismatches.length} mismatches`);
  return { mismatches, largest, last: tokens * 8 * D - 1 };
}

describe('WGSL: index arithmetic just below the u32 limit (on Dawn)', () => {
  for (const layout of ['[tokens, heads, dim]', '[batch, seq, heads, dim]', '[batch, heads, seq, dim]']) {
    it(`${layout}: offsets of the last tokens up to 2^32 − 1 are exact`, async () => {
      const r = await probeLayout(layout);
      expect(r.mismatches).toEqual([]);
      // The last element of q was reached: the largest offset the host module lets through.
      expect(r.largest).toBe(r.last);
    });
  }

  it('the probe catches an intermediate product that passes 2^32 (mutated head offsets)', async () => {
    const offset = /let o: u32 = (.+);/g;
    const r = await probeLayout('[batch, heads, seq, dim]', (w) => {
      expect(w.match(offset)!.length).toBeGreaterThan(0);
      return w.replace(offset, 'let o: u32 = ($1) * 2u / 2u;');
    });
    expect(r.mismatches.length).toBeGreaterThan(0);
  });
});
