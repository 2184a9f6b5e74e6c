// The CUDA backend on the spec library: every spec emits byte-identically, compiles with nvcc for
// sm_80 and sm_90 with warnings as errors (one batched call), its C header compiles as C, and the
// kernel — run on the CPU over the whole launch grid by the harness — matches the interpreter on
// both the 16-byte vector path and the scalar fallback. Launchers reject bad arguments.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend, manifest } from '../src/backends/cuda/index.js';
import { launchArgs } from '../src/backends/cuda/plan.js';
import { frontEnd } from '../src/compiler/frontend.js';
import { tensorLanes, type RopeIR } from '../src/compiler/ir.js';
import { optimize } from '../src/compiler/passes/index.js';
import { makeInputs } from './support/random-spec.js';
import type { RopeInputs } from '../src/compiler/runtime.js';
import { strideSizes } from '../src/kernel/args.js';
import {
  CUDA_INCLUDE, ON_DEVICE, buildHarness, cleanup, compareWithInterpreter, compileCheck, nvccAvailable, prepareCase, runHarness,
  scratch, writeArtifacts, type Harness, type HarnessResult, type NvccResult, type PreparedCase,
} from './support/nvcc.js';

const SPEC_DIR = join(import.meta.dirname, '..', 'spec');

function librarySpecs(): RopeIR[] {
  const irs: RopeIR[] = [];
  for (const f of readdirSync(SPEC_DIR).filter((f) => f.endsWith('.rope')).sort()) {
    const { irs: found, diagnostics } = frontEnd(readFileSync(join(SPEC_DIR, f), 'utf8'), `spec/${f}`);
    if (diagnostics.length > 0) throw new Error(`${f}: ${diagnostics.map((d) => d.message).join('; ')}`);
    irs.push(...found.map((ir) => optimize(ir)));
  }
  return irs;
}

/** Cases per spec: two input seeds, each on the aligned (vector) and misaligned (scalar) path, with one head and with head groups per thread. */
/** `strided` specs: q and k as the q and k parts of a fused [tokens, q_heads + 2·k_heads, head_dim] QKV buffer (the engines' layout). */
function fusedQkv(ir: RopeIR, inputs: RopeInputs): void {
  const tokens = inputs.sizes.tokens!;
  const [Hq, Hk] = [ir.kernel.qHeads!, ir.kernel.kHeads!];
  const [Dq, Dk] = [tensorLanes(ir, 'q').headDim, tensorLanes(ir, 'k').headDim];
  // q and k heads of different shapes (MLA): q's heads, then a 512-lane latent, then k_pe, per token
  // (DeepSeek's q rows beside kv_a_proj's [kv_lora_rank | k_pe] row).
  const gap = Dq === Dk ? 0 : 512;
  const row = Hq * Dq + gap + Hk * Dk + (Dq === Dk ? Hk * Dk : 0);
  const qkv = Float32Array.from({ length: tokens * row }, (_, i) => Math.sin(i * 0.37));
  Object.assign(inputs, { q: qkv.subarray(0), k: qkv.subarray(Hq * Dq + gap) });
  Object.assign(inputs.sizes, { q_token_stride: row, q_head_stride: Dq, k_token_stride: row, k_head_stride: Dk });
}

/** The 16-byte path runs when the pointers are aligned (not `misalign`) and every view stride keeps them so. */
function expectVector(ir: RopeIR, c: PreparedCase): boolean {
  const lanes = ir.kernel.dtype === 'f32' ? 4 : 8;
  const strides = !ir.kernel.strided || strideSizes(ir).every((x) => c.harness.sizes[x] % lanes === 0);
  return !c.harness.misalign && manifestHasVector(ir) && strides;
}

function libraryCases(ir: RopeIR): PreparedCase[] {
  const out: PreparedCase[] = [];
  for (const seed of [1, 2]) {
    const { inputs } = makeInputs(ir, seed * 7919 + ir.name.length, { maxPosition: 100_000 });
    // Dynamic ω: one case below the original length and one far above it.
    if (inputs.sizes.seq_len !== undefined) inputs.sizes.seq_len = seed === 1 ? 100 : 131_072;
    if (inputs.sizes.tokens === 0) continue;
    if (ir.kernel.strided && seed === 1) fusedQkv(ir, inputs);
    // The second seed's q and k come from the harness's own counter generator (as on the GPU check).
    for (const misalign of [false, true]) for (const schedule of [0, 1] as const) out.push(prepareCase(ir, inputs, { misalign, schedule, generated: seed === 2 ? 7000 + ir.name.length : undefined }));
  }
  return out;
}

describe.skipIf(!nvccAvailable())('CUDA backend on the spec library', () => {
  const irs = librarySpecs();
  let dir: string;
  let compiled: NvccResult | Error;
  let harness: Harness;
  const cases = new Map<string, PreparedCase[]>();
  const results = new Map<string, HarnessResult[]>();

  beforeAll(async () => {
    dir = scratch('library');
    for (const ir of irs) writeArtifacts(dir, cudaBackend.emit(ir, { torch: true }).artifacts);
    const names = irs.map((ir) => ir.name);
    // The compile check and the harness build run side by side (this machine has two cores).
    const check = ON_DEVICE ? Promise.resolve(new Error('skipped on device runs')) : compileCheck(dir, names, ['80', '90']).catch((e: Error) => e);
    [compiled, harness] = await Promise.all([check, buildHarness(dir, irs)]);
    const all: PreparedCase[] = [];
    for (const ir of irs) {
      cases.set(ir.name, libraryCases(ir));
      all.push(...cases.get(ir.name)!);
    }
    const out = await runHarness(harness, all.map((c) => c.harness));
    let i = 0;
    for (const ir of irs) results.set(ir.name, out.slice(i, (i += cases.get(ir.name)!.length)));
    console.log(`[cuda] library: compile check ${compiled instanceof Error ? 'failed' : `${compiled.ms} ms`} ` +
      `(${irs.length} specs, sm_80 + sm_90), harness build ${harness.buildMs} ms`);
  }, 300_000);

  afterAll(() => cleanup(dir));

  it('emits every spec byte-identically on a second run', () => {
    for (const ir of irs) {
      const a = cudaBackend.emit(ir, { torch: true });
      const b = cudaBackend.emit(structuredClone(ir), { torch: true });
      expect(a.diagnostics).toEqual([]);
      // Out of place, the op's backward pass: the spec in the other direction.
      const inverse = ir.kernel.inplace ? [] : [`${ir.name}_inverse.cu`, `${ir.name}_inverse.h`];
      expect(a.artifacts.map((x) => x.path)).toEqual([`${ir.name}.cu`, `${ir.name}.h`, `${ir.name}.cuda.json`, `${ir.name}_torch.cpp`, ...inverse]);
      expect(b.artifacts).toEqual(a.artifacts);
    }
  });

  it.skipIf(ON_DEVICE)('compiles every kernel for sm_80 and sm_90 with warnings as errors', () => {
    if (compiled instanceof Error) throw compiled;
    expect(compiled.stderr).not.toMatch(/warning/i);
  });

  it.skipIf(ON_DEVICE)('compiles every header as C11 with warnings as errors', () => {
    const file = join(dir, 'headers.c');
    writeFileSync(file, irs.map((ir) => `#include "${ir.name}.h"`).join('\n') + '\nint main(void) { return 0; }\n');
    execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-pedantic', `-I${CUDA_INCLUDE}`, '-fsyntax-only', file], { cwd: dir });
  });

  for (const ir of irs) {
    it(`${ir.name}: the CUDA kernel matches the interpreter (vector and scalar paths)`, () => {
      const cs = cases.get(ir.name)!;
      const rs = results.get(ir.name)!;
      expect(cs.length).toBeGreaterThan(0);
      cs.forEach((c, i) => {
        const where = `${ir.name} case ${i} (${c.harness.misalign ? 'misaligned' : 'aligned'}, ${c.harness.schedule === 1 ? 'head groups' : 'one head'} per thread)`;
        expect(compareWithInterpreter(c, rs[i]), where).toBeUndefined();
        if (!ON_DEVICE) {
          expect(rs[i].usedVector, where).toBe(expectVector(ir, c) ? 1 : 0);
          expect(rs[i].usedGroups, where).toBe(c.harness.schedule);
        }
      });
    });
  }

  it('launchers reject null pointers, negative sizes and inconsistent grids before touching memory', async () => {
    const bad: { spec: string; why: string; edit: (c: PreparedCase) => void }[] = [
      { spec: 'llama3_1_8b', why: 'null q', edit: (c) => (c.harness.tensors.q = null) },
      { spec: 'llama3_1_8b', why: 'null k', edit: (c) => (c.harness.tensors.k = null) },
      { spec: 'llama3_1_8b', why: 'negative tokens', edit: (c) => (c.harness.sizes.tokens = -4) },
      { spec: 'llama3_1_8b', why: 'token count overflowing 64-bit offsets', edit: (c) => (c.harness.sizes.tokens = 2 ** 60) },
      { spec: 'llama2_7b', why: 'null q_out', edit: (c) => (c.harness.outputs!.q_out = -1) },
      { spec: 'llama2_7b', why: 'negative seq', edit: (c) => (c.harness.sizes.seq = -1) },
      { spec: 'qwen2_vl_7b', why: 'null segment table', edit: (c) => (c.harness.tensors.segment_table = null) },
      { spec: 'qwen2_vl_7b', why: 'segment table shorter than its header says', edit: (c) => (c.harness.sizes.segment_words -= 8) },
      { spec: 'wan2_1', why: 'grid sizes that do not multiply to seq', edit: (c) => (c.harness.sizes.grid_w += 1) },
      { spec: 'wan2_1', why: 'zero grid size', edit: (c) => (c.harness.sizes.grid_t = 0) },
      { spec: 'phi3_mini_128k', why: 'negative seq_len', edit: (c) => (c.harness.sizes.seq_len = -1) },
    ];
    // Each bad launch is the spec's first good case with one edit (copied, so the good one stays).
    const goodCase = (spec: string): PreparedCase => cases.get(spec)![0];
    const prepared = bad.map((b) => {
      const g = goodCase(b.spec);
      const c: PreparedCase = {
        ...g,
        harness: { ...g.harness, tensors: { ...g.harness.tensors }, sizes: { ...g.harness.sizes }, outputs: { ...g.harness.outputs } },
      };
      b.edit(c);
      return c;
    });
    // A null output is requested by an element count of -1.
    for (const c of prepared) {
      for (const [name, n] of Object.entries(c.harness.outputs ?? {})) if (n === -1) c.harness.tensors[name] = null;
    }
    const out = await runHarness(harness, prepared.map((c) => c.harness));
    bad.forEach((b, i) => expect(out[i].status, `${b.spec}: ${b.why}`).toBe(1 /* cudaErrorInvalidValue */));
    // The same launches with good arguments succeed (so the rejections above are the edits' doing).
    const good = await runHarness(harness, bad.map((b) => goodCase(b.spec).harness));
    good.forEach((r, i) => expect(r.status, `${bad[i].spec} with good arguments`).toBe(0));
  });

  it('a call with no tokens succeeds (as in every other host)', async () => {
    const empty: { spec: string; edit: (sizes: Record<string, number>) => void }[] = [
      { spec: 'llama3_1_8b', edit: (sizes) => (sizes.tokens = 0) },
      { spec: 'llama2_7b', edit: (sizes) => (sizes.batch = 0) },
      { spec: 'llama2_7b', edit: (sizes) => (sizes.seq = 0) },
    ];
    const out = await runHarness(harness, empty.map((x) => {
      const g = cases.get(x.spec)![0].harness;
      const sizes = { ...g.sizes };
      x.edit(sizes);
      return { ...g, sizes };
    }));
    out.forEach((r, i) => expect(r.status, `${empty[i].spec}: ${empty[i].edit.toString()}`).toBe(0));
  });

  it('manifests publish the launcher ABI: arguments in order with dtypes and shapes, and the launch formula', () => {
    const llama3 = manifest(irs.find((ir) => ir.name === 'llama3_1_8b')!);
    expect(llama3.arguments.map((a) => a.name)).toEqual(['q', 'k', 'tokens', 'offset', 'stream']);
    expect(llama3.arguments[0]).toMatchObject({ kind: 'tensor', dtype: 'bf16', role: 'inout', shape: ['tokens', 32, 128] });
    expect(llama3.launch).toMatchObject({ blockThreads: 256, chunksPerTokenAndHead: { vector16: 8, scalar: 64 }, headGroups: { q: 4, k: 4 } });
    const wan = manifest(irs.find((ir) => ir.name === 'wan2_1')!);
    expect(wan.arguments.map((a) => a.name)).toEqual(['q', 'k', 'q_out', 'k_out', 'batch', 'seq', 'grid_t', 'grid_h', 'grid_w', 'stream']);
    const qwen = manifest(irs.find((ir) => ir.name === 'qwen2_vl_7b')!);
    // Fused M-RoPE: a segment table (i32 words) and its float32 values instead of a [3, tokens] tensor.
    expect(qwen.arguments.find((a) => a.name === 'positions')).toBeUndefined();
    expect(qwen.arguments.find((a) => a.name === 'segment_table')).toMatchObject({ dtype: 'i32', shape: ['segment_words'] });
    expect(qwen.arguments.find((a) => a.name === 'segment_values')).toMatchObject({ dtype: 'f32', shape: ['segment_value_count'] });
    for (const ir of irs) {
      const m = manifest(ir);
      // The header declares exactly the manifest's arguments, in order.
      const header = cudaBackend.emit(ir, {}).artifacts.find((a) => a.path.endsWith('.h'))!.contents;
      const decl = header.match(new RegExp(`ropec_${ir.name}_launch\\(([^)]*)\\)`))![1];
      expect(decl.split(', ').map((p) => p.split(/[ *]+/).pop())).toEqual(m.arguments.map((a) => a.name));
    }
  });

  it('PyTorch sources check dtype, device, shape and contiguity of every tensor they take', () => {
    let hostChecked = 0;
    for (const ir of irs) {
      const torch = cudaBackend.emit(ir, { torch: true }).artifacts.find((a) => a.path.endsWith('_torch.cpp'))!.contents;
      expect(torch).toContain('TORCH_LIBRARY_FRAGMENT(ropec, m)');
      expect(torch).toContain(`ropec_${ir.name}_launch(`);
      for (const a of launchArgs(ir)) {
        if (a.kind !== 'tensor' || a.role === 'out') continue;
        // Segment tables and packed grid sizes are checked as the device copy the op makes of a
        // CPU tensor (after a host check of the contents).
        expect(torch, `${ir.name}: ${a.name}`).toMatch(new RegExp(`_expect\\(${a.name}(_d)?, "${a.name}"`));
        if (torch.includes(`_expect(${a.name}_d,`)) expect(torch, `${ir.name}: ${a.name}`).toMatch(new RegExp(`${a.name}_d = ${a.name}\\.to\\(device\\)`));
      }
      expect(torch).toMatch(/is_contiguous\(\)/);
      expect(torch).toMatch(/scalar_type\(\) == dtype/);
      expect(torch).toMatch(/t\.device\(\) == device/);
      if (/_check_(segments|grid_sizes)\(/.test(torch)) hostChecked++;
    }
    // The fused M-RoPE / time-line specs and the packed-grid spec of the library.
    expect(hostChecked).toBeGreaterThanOrEqual(5);
  });
});

function manifestHasVector(ir: RopeIR): boolean {
  // Whether the manifest names a 16-byte path (its chunk counts may be equal: a norm's items own whole heads).
  return manifest(ir).launch.vectorPath.startsWith('taken');
}
