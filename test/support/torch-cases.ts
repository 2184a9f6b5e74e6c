// Cases for bench/gpu/torch_check.py, which builds the generated PyTorch ops with
// torch.utils.cpp_extension and runs them: here on CPU PyTorch with each launcher replaced by the
// CPU emulation of its kernel (test/torch-run.test.ts), on a GPU machine as users build them
// (bench/gpu/prepare.ts). One folder: the generated sources, each case's inputs as raw bytes, the
// interpreter's expected outputs with each element's allowed error, and cases.json (paths relative
// to it, so the folder can travel).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/index.js';
import { tensorLanes, type RopeIR } from '../../src/compiler/ir.js';
import { launchArgs } from '../../src/backends/cuda/plan.js';
import { tensors } from '../../src/kernel/args.js';
import { EXTRA } from './torch-specs.js';
import { expectedOutputs, NVCC, prepareCase, type PreparedCase } from './nvcc.js';
import { makeInputs } from './random-spec.js';

export type TorchCheck = 'opcheck' | 'compile' | 'adjoint' | 'double_backward' | 'empty' | 'dtype' | 'views' | 'nograd' | 'graph';

// spec/ from test/support/, or from dist/test/support/ (bench/gpu/prepare.ts runs compiled).
const SPEC_DIR = [new URL('../../spec/', import.meta.url), new URL('../../../spec/', import.meta.url)].find((u) => existsSync(new URL('llama2_7b.rope', u)))!;
const library = (file: string, edits: [string, string][] = []) =>
  edits.reduce((s, [from, to]) => {
    if (!s.includes(from)) throw new Error(`${file}: '${from}' not found`);
    return s.replace(from, to);
  }, readFileSync(new URL(file, SPEC_DIR), 'utf8'));

/** The specs and what is checked on each: the op's paths the library and EXTRA reach ('graph': CUDA graphs, on a GPU). */
export function torchSpecs(): { source: string; checks: TorchCheck[] }[] {
  return [
    // In place, bf16, an offset: decode-shaped calls are what CUDA graphs capture.
    { source: library('llama3_1_8b.rope'), checks: ['opcheck', 'compile', 'empty', 'dtype', 'nograd', 'graph'] },
    // Out of place, f32, YaRN's attention factor (m ≠ 1): the gradients.
    { source: library('qwen2_5_7b_yarn.rope', [['rope qwen2_5_7b_yarn', 'rope yarn_f32'], ['dtype bf16', 'dtype f32']]), checks: ['opcheck', 'compile', 'adjoint', 'double_backward', 'empty', 'dtype', 'graph'] },
    // M-RoPE by a segment table, out of place.
    { source: library('qwen2_vl_7b.rope'), checks: ['opcheck', 'compile', 'dtype'] },
    // Norm, rotation and paged KV-cache write on views of the fused QKV buffer.
    { source: library('qwen3_8b_paged.rope'), checks: ['opcheck', 'views', 'nograd', 'graph'] },
    // fp8 e4m3 caches.
    { source: library('llama3_1_8b_fp8kv.rope'), checks: ['opcheck', 'views'] },
    // vLLM's cos_sin_cache, views.
    { source: library('llama3_1_8b_vllm.rope'), checks: ['opcheck', 'views', 'graph'] },
    // MLA: q heads of 192 lanes, one 64-lane k_pe head.
    { source: library('deepseek_v3.rope'), checks: ['opcheck'] },
    { source: EXTRA.packed_offsets, checks: ['opcheck', 'compile'] },
    { source: EXTRA.mrope_bshd, checks: ['opcheck'] },
    { source: EXTRA.bshd_views_out, checks: ['opcheck', 'adjoint', 'compile'] },
    { source: EXTRA.q_only_inplace, checks: ['opcheck', 'empty', 'nograd'] },
    { source: EXTRA.k_only_views_out, checks: ['opcheck', 'adjoint', 'double_backward'] },
    { source: EXTRA.own_tokens_tensor, checks: ['opcheck', 'adjoint'] },
    { source: EXTRA.own_tokens_bhsd, checks: ['opcheck', 'compile'] },
    { source: EXTRA.kv_block_table, checks: ['opcheck', 'nograd'] },
    { source: EXTRA.fp8_q_views, checks: ['opcheck', 'nograd'] },
    { source: EXTRA.timeline_runtime_heads, checks: ['opcheck', 'adjoint'] },
    { source: EXTRA.norm_out_of_place, checks: ['opcheck', 'nograd'] },
  ];
}

/** The op's arguments (schema order) and how many tensors it returns, from its m.def. */
function schema(torchCpp: string, op: string) {
  const m = new RegExp(`m\\.def\\("${op}\\((.*)\\) -> (.*)"\\);`).exec(torchCpp);
  if (!m) throw new Error(`no schema for ${op}`);
  const params = m[1].split(', ').map((p) => {
    const [type, name] = p.split(' ');
    return { name, tensor: type.startsWith('Tensor'), mutated: type.includes('!') };
  });
  return { params, returns: m[2] === '()' ? 0 : m[2].startsWith('(') ? m[2].split(',').length : 1 };
}

const BYTES: Record<string, number> = { f32: 4, f16: 2, bf16: 2, i64: 8, i32: 4, e4m3: 1 };

/** Strided specs get contiguous q and k (the views check makes them views of one buffer). */
function contiguous(ir: RopeIR, seed: number) {
  const { inputs } = makeInputs(ir, seed, { maxPosition: 50_000 });
  if (!ir.kernel.strided) return inputs;
  const [Dq, Dk] = [tensorLanes(ir, 'q').headDim, tensorLanes(ir, 'k').headDim];
  const tokens = ir.kernel.layout === 'thd' ? inputs.sizes.tokens! : inputs.sizes.batch! * inputs.sizes.seq!;
  const [Hq, Hk] = [ir.kernel.qHeads ?? inputs.sizes.q_heads!, ir.kernel.kHeads ?? inputs.sizes.k_heads!];
  let x = seed;
  const values = (n: number) => Float32Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 30) - 1);
  Object.assign(inputs.sizes, { q_token_stride: Hq * Dq, q_head_stride: Dq, k_token_stride: Hk * Dk, k_head_stride: Dk });
  // k with its own tokens (`k … tokens own`): k_tokens, or batch · k_seq.
  const kTokens = inputs.sizes.k_tokens ?? (inputs.sizes.k_seq !== undefined ? inputs.sizes.batch! * inputs.sizes.k_seq : tokens);
  return { ...inputs, q: values(tokens * Hq * Dq), k: values(kTokens * Hk * Dk) };
}

/** A case as the tests compare it: the prepared inputs and its outputs' names and dtypes. */
export interface TorchCase {
  id: string;
  ir: RopeIR;
  prepared: PreparedCase;
  outputs: Record<string, string>;
}

/**
 * Writes the folder. 'cpu': nvcc compiles each kernel (and its inverse) with ROPEC_HOST_EMULATION
 * now, and the build links them, each launcher renamed to a shim that runs the emulation, with a
 * shim of the op's c10/cuda headers (CPU stands in for CUDA). 'cuda': the build compiles the .cu
 * files itself, as users do.
 */
export function writeTorchCases(dir: string, device: 'cpu' | 'cuda'): TorchCase[] {
  mkdirSync(dir, { recursive: true });
  const write = (name: string, bytes: ArrayBufferView) => writeFileSync(join(dir, name), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const ops: string[] = [];
  const kernels: string[] = [];
  const cases: TorchCase[] = [];
  const json: unknown[] = [];
  for (const [n, { source, checks }] of torchSpecs().entries()) {
    const r = compile(source, { file: `spec${n}.rope`, targets: ['cuda'], torch: true });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
    for (const a of r.artifacts) if (/\.(cu|h|cpp)$/.test(a.path)) writeFileSync(join(dir, a.path), a.contents);
    const ir = r.irs[0];
    ops.push(`${ir.name}_torch.cpp`);
    const inverse = existsSync(join(dir, `${ir.name}_inverse.h`));
    kernels.push(ir.name, ...(inverse ? [`${ir.name}_inverse`] : []));
    const torchCpp = r.artifacts.find((a) => a.path === `${ir.name}_torch.cpp`)!.contents;
    const op = ir.kernel.inplace ? `${ir.name}_` : ir.name;
    const { params, returns } = schema(torchCpp, op);
    const prepared = prepareCase(ir, contiguous(ir, 11 + n));
    const h = prepared.harness;
    const args = launchArgs(ir);
    // A dimension: a number, a size, or sums and products of them ('batch * seq', 'batch + 1').
    const size = (d: string | number): number => (typeof d === 'number' ? d
      : d.split(' + ').reduce((sum, term) => sum + term.split(' * ').reduce((p, x) => p * (/^\d+$/.test(x) ? Number(x) : h.sizes[x] ?? NaN), 1), 0));
    const id = `c${n}`;
    const argList = params.map((p) => {
      if (!p.tensor) return { name: p.name, value: h.sizes[p.name] };
      const a = args.find((x) => x.name === p.name);
      if (!a || a.kind !== 'tensor') throw new Error(`${op}: no launcher tensor ${p.name}`);
      // (An empty array travels to the harness as NULL: here, a tensor without elements.)
      const data = (h.tensors[p.name] ?? new Uint8Array(0)) as ArrayBufferView;
      const shape = a.shape.map(size);
      if (shape.some((x) => !Number.isInteger(x)) || shape.reduce((x, y) => x * y, 1) * BYTES[a.dtype] !== data.byteLength) {
        throw new Error(`${op}: ${p.name} of shape [${a.shape.join(', ')}] = [${shape.join(', ')}] does not hold its ${data.byteLength} bytes`);
      }
      write(`${id}_${p.name}.in`, data);
      return { name: p.name, file: `${id}_${p.name}.in`, dtype: a.dtype, shape };
    });
    const rotated = tensors(ir);
    const returnNames = returns === 0 ? [] : rotated.map((t) => `${t}_out`).slice(0, returns);
    const mutates = params.filter((x) => x.mutated).map((x) => x.name);
    // The interpreter's outputs and bounds, for the ones the op gives back (it returns or writes them).
    const expected = expectedOutputs(prepared, device === 'cuda').filter((o) => returnNames.includes(o.name) || mutates.includes(o.name));
    // As f32, as check.py's expected.bin: rounding moves a value by at most 2^-24 of itself, far inside
    // every rotated element's bound, and untouched elements (bound 0) are their inputs, exact in f32.
    for (const o of expected) {
      write(`${id}_${o.name}.want`, Float32Array.from(o.want));
      write(`${id}_${o.name}.bound`, Float32Array.from(o.bound));
    }
    const tokenArgs = argList.filter((a) => 'shape' in a && args.find((x) => x.name === a.name && x.kind === 'tensor' && x.shape[0] === 'tokens')).map((a) => a.name);
    json.push({
      id, op, name: ir.name, args: argList, returns: returnNames, mutates, tokens: tokenArgs,
      // An op with a backward (out of place, no norm, no cache write) has an inverse kernel beside it.
      differentiable: inverse ? rotated : [],
      expected: expected.map((o) => ({ name: o.name, dtype: o.dtype, want: `${id}_${o.name}.want`, bound: `${id}_${o.name}.bound` })),
      checks: checks.filter((c) => c !== 'graph' || device === 'cuda'),
    });
    cases.push({ id, ir, prepared, outputs: Object.fromEntries(expected.map((o) => [o.name, o.dtype])) });
  }
  writeFileSync(join(dir, 'ops.cpp'), `// The ops of torch_cases.json, one translation unit (bench/gpu/torch_check.py builds it).\n${ops.map((s) => `#include "${s}"`).join('\n')}\n`);
  let build: Record<string, unknown>;
  if (device === 'cuda') build = { sources: ['ops.cpp', ...kernels.map((k) => `${k}.cu`)], include: ['.'], cflags: ['-O2'], cudaflags: ['-O3', '-std=c++17'], ldflags: [] };
  else {
    const shim: string[] = ['#define ROPEC_HOST_EMULATION 1'];
    const renames: string[] = [];
    for (const name of kernels) {
      const header = readFileSync(join(dir, `${name}.h`), 'utf8');
      const params = new RegExp(`cudaError_t ropec_${name}_launch\\(([^)]*)\\);`).exec(header)![1].split(', ').slice(0, -1);
      const names = params.map((p) => /(\w+)$/.exec(p)![1]);
      shim.push(`#include "${name}.h"`, `extern "C" cudaError_t ropec_${name}_cpu_launch(${params.join(', ')}, cudaStream_t) { return ropec_${name}_emulate(${names.join(', ')}, -1, nullptr); }`);
      renames.push(`-Dropec_${name}_launch=ropec_${name}_cpu_launch`);
      const built = spawnSync(NVCC, ['-std=c++17', '-O1', '-DROPEC_HOST_EMULATION', '-Xcompiler', '-fPIC', '-c', `${name}.cu`, '-o', `${name}.o`], { cwd: dir, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`nvcc ${name}.cu: ${built.stderr}`);
    }
    mkdirSync(join(dir, 'shim', 'c10', 'cuda'), { recursive: true });
    writeFileSync(join(dir, 'shim', 'c10', 'cuda', 'CUDAStream.h'), [
      '#pragma once',
      '// Test shim: CPU stands in for CUDA (included after <torch/extension.h>, before the op).',
      '#include <cuda_runtime_api.h>',
      'namespace c10 { namespace cuda {',
      'struct ShimStream { operator cudaStream_t() const { return nullptr; } };',
      'inline ShimStream getCurrentCUDAStream() { return {}; }',
      'enum class CaptureStatus { None, Active };',
      'inline CaptureStatus currentStreamCaptureStatusMayInitCtx() { return CaptureStatus::None; }',
      'struct CUDAGuard { explicit CUDAGuard(const c10::Device&) {} };',
      '}}',
      '#define is_cuda is_cpu',
      '#define CUDA CPU',
      '',
    ].join('\n'));
    for (const h of ['CUDAGuard.h', 'CUDAGraphsC10Utils.h']) writeFileSync(join(dir, 'shim', 'c10', 'cuda', h), '#pragma once\n');
    writeFileSync(join(dir, 'shim.cpp'), `${shim.join('\n')}\n`);
    build = {
      sources: ['ops.cpp', 'shim.cpp'], include: ['shim', '/usr/local/cuda/include', '.'], cflags: ['-O1', ...renames],
      ldflags: [...kernels.map((k) => `${k}.o`), '-L/usr/local/cuda/lib64', '-lcudart_static', '-ldl', '-lrt', '-lpthread'],
    };
  }
  writeFileSync(join(dir, 'torch_cases.json'), `${JSON.stringify({ device, build: { name: `ropec_torch_${device}`, ...build }, cases: json }, null, 1)}\n`);
  return cases;
}
