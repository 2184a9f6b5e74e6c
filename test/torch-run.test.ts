// The PyTorch ops that `ropec build --target cuda --torch` writes, built with
// torch.utils.cpp_extension.load against CPU-only PyTorch (installed by scripts/torch-cpu.sh) and
// run: there is no GPU here, so each launcher is replaced by the CPU emulation of the same kernel
// (nvcc, ROPEC_HOST_EMULATION) and CPU stands in for CUDA (a shim of the three c10/cuda headers
// the op includes, and of the op's device test and dispatch key). Everything else is the op as
// users build it: its argument checks, strides, autograd, fake (Meta) kernel and registration.
// test/support/torch_cpu.py runs the cases; the outputs are compared here with the interpreter.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/index.js';
import { tensorLanes, type RopeIR } from '../src/compiler/ir.js';
import { launchArgs } from '../src/backends/cuda/plan.js';
import { tensors } from '../src/kernel/args.js';
import { cleanup, compareWithInterpreter, NVCC, nvccAvailable, prepareCase, scratch, writeArtifacts, type PreparedCase } from './support/nvcc.js';
import { makeInputs } from './support/random-spec.js';
import { EXTRA } from './support/torch-specs.js';

const TORCH_CPU = resolve('.cache/torch-cpu');
const CUDA = '/usr/local/cuda';
const env = { ...process.env, PYTHONPATH: [TORCH_CPU, process.env.PYTHONPATH].filter(Boolean).join(':') };
const why = !nvccAvailable() ? 'no nvcc'
  : spawnSync('python3', ['-c', 'import torch, filelock, fsspec'], { env }).status !== 0 ? 'no CPU PyTorch in .cache/torch-cpu (run scripts/torch-cpu.sh)'
  : !existsSync(join(CUDA, 'lib64', 'libcudart_static.a')) ? `no ${CUDA}/lib64/libcudart_static.a` : undefined;
if (why) console.warn(`[torch-run] skipped: ${why}`);

const spec = (file: string, edits: [string, string][] = []) =>
  edits.reduce((s, [from, to]) => {
    if (!s.includes(from)) throw new Error(`${file}: '${from}' not found`);
    return s.replace(from, to);
  }, readFileSync(new URL(`../spec/${file}`, import.meta.url), 'utf8'));

type Check = 'opcheck' | 'compile' | 'adjoint' | 'double_backward' | 'empty' | 'dtype' | 'views' | 'nograd';

/** The specs and what is checked on each: the op's paths the library and EXTRA reach. */
const SPECS: { source: string; checks: Check[] }[] = [
  // In place, bf16, an offset.
  { source: spec('llama3_1_8b.rope'), checks: ['opcheck', 'compile', 'empty', 'dtype', 'nograd'] },
  // Out of place, f32, YaRN's attention factor (m ≠ 1): the gradients.
  { source: spec('qwen2_5_7b_yarn.rope', [['rope qwen2_5_7b_yarn', 'rope yarn_f32'], ['dtype bf16', 'dtype f32']]), checks: ['opcheck', 'compile', 'adjoint', 'double_backward', 'empty', 'dtype'] },
  // M-RoPE by a segment table, out of place.
  { source: spec('qwen2_vl_7b.rope'), checks: ['opcheck', 'compile', 'dtype'] },
  // Norm, rotation and paged KV-cache write on views of the fused QKV buffer.
  { source: spec('qwen3_8b_paged.rope'), checks: ['opcheck', 'views', 'nograd'] },
  // fp8 e4m3 caches.
  { source: spec('llama3_1_8b_fp8kv.rope'), checks: ['opcheck', 'views'] },
  // vLLM's cos_sin_cache, views.
  { source: spec('llama3_1_8b_vllm.rope'), checks: ['opcheck', 'views'] },
  // MLA: q heads of 192 lanes, one 64-lane k_pe head.
  { source: spec('deepseek_v3.rope'), checks: ['opcheck'] },
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

/** The op's arguments (schema order) and what it returns and writes, from its m.def. */
function schema(torchCpp: string, op: string) {
  const m = new RegExp(`m\\.def\\("${op}\\((.*)\\) -> (.*)"\\);`).exec(torchCpp);
  if (!m) throw new Error(`no schema for ${op}`);
  const params = m[1].split(', ').map((p) => {
    const [type, name] = p.split(' ');
    return { name, tensor: type.startsWith('Tensor'), mutated: type.includes('!') };
  });
  const returns = m[2] === '()' ? 0 : m[2].startsWith('(') ? m[2].split(',').length : 1;
  return { params, returns };
}

const TORCH_DTYPE_BYTES: Record<string, number> = { f32: 4, f16: 2, bf16: 2, i64: 8, i32: 4, e4m3: 1 };

interface TorchCase {
  id: string;
  ir: RopeIR;
  prepared: PreparedCase;
  /** Output name → dtype (for reading the bytes back). */
  outputs: Record<string, string>;
}

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

describe.skipIf(!!why)('the generated PyTorch ops run on CPU PyTorch (launchers emulated)', () => {
  const dir = scratch('torch-run');
  const cases: TorchCase[] = [];
  let results: Record<string, { ok: boolean; error?: string; checks?: Record<string, string> }> = {};

  beforeAll(() => {
    const sources: string[] = [];
    const objects: string[] = [];
    const renames: string[] = [];
    const shim: string[] = ['#define ROPEC_HOST_EMULATION 1'];
    const jsonCases: unknown[] = [];
    for (const [n, { source, checks }] of SPECS.entries()) {
      const r = compile(source, { file: `spec${n}.rope`, targets: ['cuda'], torch: true });
      if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
      writeArtifacts(dir, r.artifacts);
      const ir = r.irs[0];
      const torchCpp = r.artifacts.find((a) => a.path === `${ir.name}_torch.cpp`)!.contents;
      sources.push(join(dir, `${ir.name}_torch.cpp`));
      // Each launcher (the op's and its inverse's) becomes the CPU emulation of the same kernel.
      for (const name of [ir.name, ...(existsSync(join(dir, `${ir.name}_inverse.h`)) ? [`${ir.name}_inverse`] : [])]) {
        const header = readFileSync(join(dir, `${name}.h`), 'utf8');
        const params = new RegExp(`cudaError_t ropec_${name}_launch\\(([^)]*)\\);`).exec(header)![1].split(', ').slice(0, -1);
        const names = params.map((p) => /(\w+)$/.exec(p)![1]);
        shim.push(`#include "${name}.h"`,
          `extern "C" cudaError_t ropec_${name}_cpu_launch(${params.join(', ')}, cudaStream_t) { return ropec_${name}_emulate(${names.join(', ')}, -1, nullptr); }`);
        renames.push(`-Dropec_${name}_launch=ropec_${name}_cpu_launch`);
        const built = spawnSync(NVCC, ['-std=c++17', '-O1', '-DROPEC_HOST_EMULATION', '-Xcompiler', '-fPIC', '-c', `${name}.cu`, '-o', `${name}.o`], { cwd: dir, encoding: 'utf8' });
        if (built.status !== 0) throw new Error(`nvcc ${name}.cu: ${built.stderr}`);
        objects.push(join(dir, `${name}.o`));
      }
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
        const data = h.tensors[p.name] ?? new Uint8Array(0);
        if (!ArrayBuffer.isView(data)) throw new Error(`${op}: no data for ${p.name}`);
        const view = data as ArrayBufferView;
        writeFileSync(join(dir, `${id}_${p.name}.in`), new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
        const shape = a.shape.map(size);
        if (shape.some((x) => !Number.isInteger(x)) || shape.reduce((x, y) => x * y, 1) * TORCH_DTYPE_BYTES[a.dtype] !== view.byteLength) {
          throw new Error(`${op}: ${p.name} of shape [${a.shape.join(', ')}] = [${shape.join(', ')}] does not hold its ${view.byteLength} bytes`);
        }
        return { name: p.name, file: `${id}_${p.name}.in`, dtype: a.dtype, shape };
      });
      const outputs: Record<string, string> = {};
      const rotated = tensors(ir);
      const returnNames = returns === 0 ? [] : rotated.map((t) => `${t}_out`).slice(0, returns);
      const dtypeOf = (name: string) => (args.find((x) => x.name === name) as { dtype: string }).dtype;
      for (const name of returnNames) outputs[name] = dtypeOf(name);
      for (const p of params.filter((x) => x.mutated)) outputs[p.name] = dtypeOf(p.name);
      const tokenArgs = argList.filter((a) => 'shape' in a && args.find((x) => x.name === a.name && x.kind === 'tensor' && x.shape[0] === 'tokens')).map((a) => a.name);
      // An op with a backward (out of place, no norm, no cache write) has an inverse kernel beside it.
      const differentiable = existsSync(join(dir, `${ir.name}_inverse.h`)) ? rotated : [];
      jsonCases.push({ id, op, name: ir.name, args: argList, returns: returnNames, mutates: params.filter((x) => x.mutated).map((x) => x.name), differentiable, tokens: tokenArgs, checks });
      cases.push({ id, ir, prepared, outputs });
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
    writeFileSync(join(dir, 'ops.cpp'), sources.map((s) => `#include "${s}"`).join('\n') + '\n');
    const build = {
      name: 'ropec_torch_run', sources: [join(dir, 'ops.cpp'), join(dir, 'shim.cpp')], include: [join(dir, 'shim'), `${CUDA}/include`, dir],
      cflags: ['-O1', ...renames], ldflags: [...objects, `-L${CUDA}/lib64`, '-lcudart_static', '-ldl', '-lrt', '-lpthread'], dir: join(dir, 'build'),
    };
    mkdirSync(build.dir, { recursive: true });
    writeFileSync(join(dir, 'cases.json'), JSON.stringify({ build, cases: jsonCases }, null, 1));
    const run = spawnSync('python3', [resolve('test/support/torch_cpu.py'), join(dir, 'cases.json'), join(dir, 'results.json')], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`torch_cpu.py failed (exit ${run.status}):\n${run.stderr.slice(-6000)}`);
    results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  }, 600_000);

  const bytesOf = (file: string, dtype: string) => {
    const b = readFileSync(file);
    const buf = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    return dtype === 'f32' ? new Float32Array(buf) : dtype === 'e4m3' ? new Uint8Array(buf) : new Uint16Array(buf);
  };

  for (const [n, { checks }] of SPECS.entries()) {
    it(`spec ${n}: the op's outputs agree with the interpreter, and ${checks.join(', ')} pass`, () => {
      const c = cases[n];
      const r = results[c.id];
      expect(r?.error).toBeUndefined();
      const tensorsOut = Object.fromEntries(Object.entries(c.outputs).map(([name, dtype]) => [name, bytesOf(join(dir, `${c.id}_${name}.out`), dtype)]));
      expect(compareWithInterpreter(c.prepared, { status: 0, usedVector: -1, usedGroups: -1, tensors: tensorsOut })).toBeUndefined();
      expect(r.checks).toEqual(Object.fromEntries(checks.map((x) => [x, 'ok'])));
    });
  }

  it.skipIf(process.env.ROPEC_KEEP_SCRATCH === '1')('cleans up', () => cleanup(dir));
});
