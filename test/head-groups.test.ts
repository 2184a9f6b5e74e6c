// Head groups (src/kernel/schedule.ts headGroups, src/kernel/build.ts): on GPUs a decode-sized call
// gives each work item one head (an item per token, head and chunk), a prefill-sized call gives it
// a group of heads whose loads are all issued before its first store. Evidence without a GPU:
//   - the PTX nvcc makes for an H100 (sm_90) of the Llama-3.1-8B kernels: the grouped kernel has at
//     least 8 16-byte global loads before its first global store, the one-head kernel fewer (so the
//     count tells them apart);
//   - the launcher's choice and item count (launch_items, through the CPU build of the .cu);
//   - the WGSL host's choice of entry point for small and large calls (and, for large calls on an
//     adapter that is a CPU underneath, every head in series per invocation), each checked against
//     the interpreter on Dawn.
// That every (token, head, chunk) is rotated exactly once by both schedules is shown by the CUDA
// and WGSL property and library tests, which run both.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { cudaSchedules } from '../src/backends/cuda/plan.js';
import { GROUP_MIN_ITEMS, headGroups } from '../src/kernel/schedule.js';
import { nvcc, nvccAvailable } from '../src/runners/cuda.js';
import { cleanup, scratch, writeArtifacts } from './support/nvcc.js';
import { buildWgsl, readBuffer, testDevice, uploadBuffer } from './support/webgpu.js';

const llama = readFileSync(new URL('../spec/llama3_1_8b.rope', import.meta.url), 'utf8');

/** The PTX text of one .entry whose mangled name contains `kernel`. */
function entryBody(ptx: string, kernel: string): string {
  const entries = [...ptx.matchAll(/\.entry\s+(\S+)\(/g)].map((m) => ({ name: m[1], at: m.index! }));
  const i = entries.findIndex((x) => new RegExp(`\\d${kernel}E`).test(x.name));
  expect(i, `entry ${kernel} in ${entries.map((x) => x.name).join(', ')}`).toBeGreaterThanOrEqual(0);
  return ptx.slice(entries[i].at, entries[i + 1]?.at ?? ptx.length);
}

/** 16-byte global loads before the first global store of a kernel's PTX, in text order. */
function loadsBeforeFirstStore(body: string): number {
  const first = body.search(/\bst\.global\./);
  expect(first).toBeGreaterThan(0);
  return (body.slice(0, first).match(/\bld\.global(\.nc)?\.v4\./g) ?? []).length;
}

describe.skipIf(!nvccAvailable())('CUDA head groups: PTX and launch sizes', () => {
  it('Llama-3.1-8B prefill: ≥ 8 independent 16-byte loads before the first store; the one-head kernel has fewer', async () => {
    const dir = scratch('head-groups-ptx');
    try {
      const r = compile(llama, { file: 'spec/llama3_1_8b.rope', targets: ['cuda'] });
      expect(r.ok).toBe(true);
      writeArtifacts(dir, r.artifacts);
      await nvcc(['-std=c++17', '-arch=sm_90', '-ptx', 'llama3_1_8b.cu', '-o', 'llama.ptx'], dir);
      const ptx = readFileSync(join(dir, 'llama.ptx'), 'utf8');
      const grouped = loadsBeforeFirstStore(entryBody(ptx, 'kernel_vector_grouped'));
      const one = loadsBeforeFirstStore(entryBody(ptx, 'kernel_vector'));
      console.log(`[head-groups] llama3_1_8b PTX: ${grouped} 16-byte loads before the first store (grouped), ${one} (one head per thread)`);
      expect(grouped).toBeGreaterThanOrEqual(8);
      expect(one).toBeLessThan(8);
      // The group is 4 heads (two 16-byte vectors per head, half style); 32 q and 8 k heads are fixed, so no bounds test.
      expect(headGroups(r.irs[0])).toEqual({ q: 4, k: 4 });
      expect(entryBody(ptx, 'kernel_vector_grouped')).not.toMatch(/\bmin\.s64\b/);
    } finally {
      cleanup(dir);
    }
  }, 120_000);

  it('the launcher: one thread per (token, head, chunk) for decode sizes, head groups from ROPEC_GROUP_MIN_ITEMS on', async () => {
    const dir = scratch('head-groups-items');
    try {
      const r = compile(llama, { file: 'spec/llama3_1_8b.rope', targets: ['cuda'] });
      writeArtifacts(dir, r.artifacts);
      const chunks = cudaSchedules(r.irs[0]).vector!.q!.itemsPerToken;
      const tokens = [1, 64, 1638, 1639, 4096];
      writeFileSync(join(dir, 'items.cu'), [
        '#define ROPEC_HOST_EMULATION 1',
        '#include "llama3_1_8b.cu"',
        '#include <stdio.h>',
        'int main() {',
        `  const int64_t tokens[] = { ${tokens.join(', ')} };`,
        '  for (int64_t t : tokens) {',
        '    ropec_llama3_1_8b::Args a{};',
        '    a.tokens = t;',
        '    bool grouped = false;',
        '    const long long items = static_cast<long long>(ropec_llama3_1_8b::launch_items(a, true, -1, &grouped));',
        '    printf("%lld %d\\n", items, grouped ? 1 : 0);',
        '  }',
        '  return 0;',
        '}',
      ].join('\n'));
      await nvcc(['-std=c++17', '-O1', '-gencode', 'arch=compute_80,code=compute_80', 'items.cu', '-o', 'items'], dir);
      const got = execFileSync(join(dir, 'items')).toString().trim().split('\n').map((l) => l.split(' ').map(Number));
      // 32 q heads and 8 k heads; groups of 4: 10 groups per token.
      const want = tokens.map((t) => {
        const grouped = t * chunks * 10 >= GROUP_MIN_ITEMS;
        return [t * chunks * (grouped ? 10 : 40), grouped ? 1 : 0];
      });
      expect(got).toEqual(want);
      // Decode (64 sequences × 1 token): one thread per token, head and 16-byte chunk.
      expect(got[1]).toEqual([64 * 40 * chunks, 0]);
      // Prefill of 4096 tokens: groups.
      expect(got[4][1]).toBe(1);
    } finally {
      cleanup(dir);
    }
  }, 120_000);
});

describe('WGSL head groups: the host picks the entry point by size and device', () => {
  const source = `rope groups {
  head_dim 16
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 3
    k heads 1
    inplace
  }
}
`;
  it('small calls dispatch rope (one head per invocation); large ones rope_grouped, or rope_serial on a CPU adapter; all match the interpreter', async () => {
    const device = await testDevice();
    const info = device.adapterInfo;
    const cpu = info.isFallbackAdapter === true || /swiftshader|llvmpipe|lavapipe|warp/i.test(`${info.architecture} ${info.description} ${info.device}`);
    // Each pipeline's entry point, and the pipeline each compute pass sets.
    const entryOf = new Map<GPUComputePipeline, string>();
    const used: string[] = [];
    const make = device.createComputePipeline;
    const encoder = device.createCommandEncoder;
    device.createComputePipeline = function (d: GPUComputePipelineDescriptor) {
      const p = make.call(this, d);
      entryOf.set(p, d.compute.entryPoint!);
      return p;
    };
    device.createCommandEncoder = function (d?: GPUCommandEncoderDescriptor) {
      const enc = encoder.call(this, d);
      const begin = enc.beginComputePass;
      enc.beginComputePass = function (pd?: GPUComputePassDescriptor) {
        const pass = begin.call(this, pd);
        const set = pass.setPipeline;
        pass.setPipeline = function (p: GPUComputePipeline) { used.push(entryOf.get(p) ?? '?'); return set.call(this, p); };
        return pass;
      };
      return enc;
    };
    try {
      for (const schedule of ['auto', 'groups', 'serial'] as const) {
        const built = await buildWgsl(source, 'groups.rope', {}, { schedule });
        const chunks = built.manifest.dispatch.pairGroupsPerToken as number;
        const G = built.manifest.headGroups as { q: number; k: number };
        // q: 3 heads in groups of at most 4 (capped by the fixed count), k: 1.
        expect(G).toEqual({ q: 3, k: 1 });
        const groupsPerToken = 2;
        const large = Math.ceil(built.manifest.dispatch.choose.match(/reach (\d+)/)[1] / (chunks * groupsPerToken));
        for (const tokens of [5, large]) {
          const q0 = Float32Array.from({ length: tokens * 48 }, (_, i) => Math.fround(Math.sin(i * 0.37)));
          const k0 = Float32Array.from({ length: tokens * 16 }, (_, i) => Math.fround(Math.cos(i * 0.53)));
          const q = uploadBuffer(device, q0);
          const k = uploadBuffer(device, k0);
          const before = used.length;
          built.kernel.run({ q, k, sizes: { tokens, offset: 3 } });
          const entry = used.slice(before).join(',');
          const want = schedule === 'groups' ? 'rope_grouped' : schedule === 'serial' ? 'rope_serial'
            : tokens === large ? (cpu ? 'rope_serial' : 'rope_grouped') : 'rope';
          expect(entry, `${schedule}, ${tokens} tokens`).toBe(want);
          const expected = interpret(built.ir, { q: q0, k: k0, sizes: { tokens, offset: 3 } });
          const gotQ = new Float32Array(await readBuffer(device, q, q0.byteLength));
          const gotK = new Float32Array(await readBuffer(device, k, k0.byteLength));
          let worst = 0;
          for (let i = 0; i < gotQ.length; i++) worst = Math.max(worst, Math.abs(gotQ[i] - expected.q[i]));
          for (let i = 0; i < gotK.length; i++) worst = Math.max(worst, Math.abs(gotK[i] - expected.k[i]));
          expect(worst, `${schedule}, ${tokens} tokens`).toBeLessThanOrEqual(2 ** -18);
          q.destroy();
          k.destroy();
        }
      }
    } finally {
      device.createComputePipeline = make;
      device.createCommandEncoder = encoder;
    }
  }, 180_000);
});
