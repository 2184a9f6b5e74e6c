// q and k with heads of different shapes in one launch (`q heads 128 head_dim 192 offset 128`, as
// DeepSeek's multi-head latent attention needs): the language, the interpreter's definition, and
// the hosts around the kernels. Random specs with per-tensor head shapes also run in the TS, WGSL
// and CUDA property tests (arbitraryLanesSpec), and spec/deepseek_v3.rope in every library test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { writeNpy } from '../src/npy.js';
import { explain } from '../src/compiler/explain.js';
import { runMain } from './support/cli.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { buildWgsl, compareRun, runOnGpu } from './support/webgpu.js';

const spec = (name: string, kernel: string, head = 'head_dim 8\n  rotary dim 8') => `rope ${name} {
  ${head}
  style interleaved
  frequencies base 10000
  positions index + offset
  kernel {
    ${kernel}
  }
}
`;

const values = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.71 + seed));
const codes = (source: string) => compile(source, { file: 'a.rope' }).diagnostics.map((d) => d.code);

describe('per-tensor head shapes: the language', () => {
  it('takes head_dim and offset after heads, or without heads (run-time head count)', () => {
    const r = compile(spec('a', 'q heads 4 head_dim 24 offset 16\n    k heads 1'), { file: 'a.rope' });
    expect(r.diagnostics).toEqual([]);
    expect(r.irs[0].kernel.lanes).toEqual({ q: { headDim: 24, offset: 16 } });
    const run = compile(spec('b', 'q head_dim 12 offset 2\n    k heads 2 head_dim 10'), { file: 'b.rope' });
    expect(run.diagnostics).toEqual([]);
    expect(run.irs[0].kernel.qHeads).toBeNull();
    // head_dim alone keeps the spec's offset (0 here); offset alone the spec's head_dim.
    expect(run.irs[0].kernel.lanes).toEqual({ q: { headDim: 12, offset: 2 }, k: { headDim: 10, offset: 0 } });
  });

  it('a shape equal to the spec\'s is no shape of its own: the same IR and hash as leaving it out', () => {
    const plain = compile(spec('a', 'q heads 4\n    k heads 1'), { file: 'a.rope' }).irs[0];
    const same = compile(spec('a', 'q heads 4 head_dim 8 offset 0\n    k heads 1'), { file: 'a.rope' }).irs[0];
    expect(same.kernel.lanes).toBeUndefined();
    expect(same.specHash).toBe(plain.specHash);
  });

  it('refuses by code: nothing to set (RC098), a shape for 0 heads (RC099), an odd head_dim (RC210), rotary lanes past the head (RC211)', () => {
    expect(codes(spec('a', 'q\n    k heads 1'))).toEqual(['RC098']);
    expect(codes(spec('a', 'q heads 2\n    k heads 0 head_dim 16'))).toEqual(['RC099']);
    expect(codes(spec('a', 'q heads 2 head_dim 13'))).toEqual(['RC210']);
    const past = compile(spec('a', 'q heads 2 head_dim 16 offset 10'), { file: 'a.rope' }).diagnostics;
    expect(past.map((d) => [d.code, d.message])).toEqual([['RC211', "q's rotary lanes 10 … 17 (offset 10, rotary dim 8) pass its head_dim 16"]]);
    expect(past[0].pos.line).toBe(8);
  });
});

describe('per-tensor head shapes: the interpreter', () => {
  it("rotates q's lanes offset … offset + rotary − 1 exactly as the spec's own heads, and leaves q's other lanes alone", () => {
    // q: 3 heads of 24 lanes, lanes 16–23 rotated; k: 2 heads of the spec's 8 lanes.
    const mla = compile(spec('m', 'q heads 3 head_dim 24 offset 16\n    k heads 2'), { file: 'm.rope' }).irs[0];
    const plain = compile(spec('p', 'q heads 3\n    k heads 2'), { file: 'p.rope' }).irs[0];
    const tokens = 4;
    const q = values(tokens * 3 * 24, 1);
    const k = values(tokens * 2 * 8, 2);
    const sizes = { tokens, offset: 5 };
    const got = interpret(mla, { q, k, sizes });
    // The reference: the plain spec on q's rotated slice, gathered into an 8-lane tensor.
    const slice = new Float32Array(tokens * 3 * 8);
    for (let h = 0; h < tokens * 3; h++) for (let l = 0; l < 8; l++) slice[h * 8 + l] = q[h * 24 + 16 + l];
    const ref = interpret(plain, { q: slice, k, sizes });
    for (let h = 0; h < tokens * 3; h++) {
      for (let l = 0; l < 16; l++) expect(got.q[h * 24 + l]).toBe(q[h * 24 + l]);
      for (let l = 0; l < 8; l++) expect(got.q[h * 24 + 16 + l]).toBe(ref.q[h * 8 + l]);
    }
    expect(Array.from(got.k)).toEqual(Array.from(ref.k));
  });
});

describe('per-tensor head shapes: the TypeScript module', () => {
  it('takes q and k of their own widths and names the width in a bad shape; the WebAssembly kernel rotates them too', async () => {
    const r = compile(spec('tl', 'q heads 3 head_dim 24 offset 16\n    k heads 2'), { file: 'tl.rope', targets: ['ts'] });
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tl');
    const q = values(2 * 3 * 24, 3);
    const k = values(2 * 2 * 8, 4);
    const want = interpret(r.irs[0], { q, k, sizes: { tokens: 2, offset: 7 } });
    const out = mod.rotate({ q, k, sizes: { tokens: 2, offset: 7 } });
    for (let i = 0; i < q.length; i++) expect(Math.abs(out.q[i] - want.q[i])).toBeLessThan(1e-6);
    for (let i = 0; i < k.length; i++) expect(Math.abs(out.k[i] - want.k[i])).toBeLessThan(1e-6);
    expect(() => mod.rotate({ q: values(2 * 3 * 8, 3), k, sizes: { tokens: 2 } })).toThrow('q: expected shape [tokens, q_heads, head_dim] = [2, 3, 24] (144 values), got length 48');
    const kernel = mod.createWasmKernel({ tokens: 2 });
    expect([kernel.q.length, kernel.k.length]).toEqual([q.length, k.length]);
    kernel.q.set(q);
    kernel.k.set(k);
    kernel.rotateInPlace({ sizes: { offset: 7 } });
    // f32 arithmetic from f64 cos/sin (ts-wasm.test.ts's bound); q's lanes 0–15 untouched.
    for (let i = 0; i < q.length; i++) expect(Math.abs(kernel.q[i] - want.q[i])).toBeLessThanOrEqual(4e-7);
    for (let i = 0; i < k.length; i++) expect(Math.abs(kernel.k[i] - want.k[i])).toBeLessThanOrEqual(4e-7);
    for (let h = 0; h < 6; h++) for (let l = 0; l < 16; l++) expect(kernel.q[h * 24 + l]).toBe(q[h * 24 + l]);
  });
});

describe('per-tensor head shapes: WGSL on a real WebGPU device', () => {
  // Out of place, the two tensors' items differ (q copies its pass-through lanes): the per-tensor item index.
  for (const [name, kernel] of [
    ['wq', 'q heads 3 head_dim 24 offset 16\n    k heads 2\n    dtype bf16'],
    ['wk', 'q heads 2\n    k heads 3 head_dim 20 offset 5'],
  ] as const) {
    for (const schedule of ['heads', 'groups', 'serial'] as const) {
      it(`${name}, ${schedule}: in place and out of place match the interpreter`, async () => {
        const built = await buildWgsl(spec(name, kernel), `${name}.rope`, {}, { schedule });
        for (const outOfPlace of [false, true]) {
          const [Dq, Dk] = [built.ir.kernel.lanes?.q?.headDim ?? 8, built.ir.kernel.lanes?.k?.headDim ?? 8];
          const tokens = 5;
          const inputs = { q: values(tokens * built.ir.kernel.qHeads! * Dq, 5), k: values(tokens * built.ir.kernel.kHeads! * Dk, 6), sizes: { tokens, offset: 3 } };
          const run = await runOnGpu(built, inputs, outOfPlace);
          expect(compareRun(built.ir, run, outOfPlace)).toBeUndefined();
        }
      });
    }
  }
});

describe('per-tensor head shapes: ropec', () => {
  it('run takes --q and --k of their own widths and refuses --qkv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-lanes-'));
    try {
      writeFileSync(join(dir, 'a.rope'), spec('cl', 'q heads 3 head_dim 24 offset 16\n    k heads 1\n    strided'));
      writeFileSync(join(dir, 'q.npy'), writeNpy('<f4', [4, 3, 24], values(4 * 3 * 24, 7)));
      writeFileSync(join(dir, 'k.npy'), writeNpy('<f4', [4, 1, 8], values(4 * 8, 8)));
      const ok = await runMain('run', join(dir, 'a.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--out', join(dir, 'out'), '--compare', 'interp');
      expect(ok.status, ok.stderr).toBe(0);
      writeFileSync(join(dir, 'narrow.npy'), writeNpy('<f4', [4, 3, 8], values(4 * 3 * 8, 7)));
      const swapped = await runMain('run', join(dir, 'a.rope'), '--q', join(dir, 'narrow.npy'), '--k', join(dir, 'k.npy'), '--out', join(dir, 'out2'));
      expect(swapped.status).toBe(1);
      expect(swapped.stderr).toContain('q has head_dim = 8, the spec fixes 24');
      writeFileSync(join(dir, 'qkv.npy'), writeNpy('<f4', [4, 5, 24], values(4 * 5 * 24, 9)));
      const qkv = await runMain('run', join(dir, 'a.rope'), '--qkv', join(dir, 'qkv.npy'), '--out', join(dir, 'out3'));
      expect(qkv.status).toBe(1);
      expect(qkv.stderr).toContain("spec cl's q heads have 24 lanes and its k heads 8; give --q and --k");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explain shows where the rotary lanes sit in q\'s heads', () => {
    const ir = compile(readFileSync('spec/deepseek_v3.rope', 'utf8'), { file: 'spec/deepseek_v3.rope' }).irs[0];
    const text = explain(ir);
    expect(text).toContain('  q heads: 192 lanes, the rotary lanes from lane 128 (every lane below + 128); unrotated 0–127');
    // In place: 128 q heads and one k_pe head, 64 rotated bf16 lanes each.
    expect(text).toContain(`per token: reads ${(128 + 1) * 64 * 2} bytes of q and k (rotated lanes only)`);
  });
});
