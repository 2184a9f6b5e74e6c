// q-only and k-only rotation: a spec that fixes `k heads 0` (or `q heads 0`) takes one tensor, in
// every host, and rotates it as the interpreter does. Random one-tensor specs also run in the TS,
// WGSL and CUDA property tests (arbitraryOneTensorSpec); this file checks the API around them.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { writeNpy } from '../src/npy.js';
import { dispatchWgsl } from '../src/runners/wgsl.js';
import { runMain } from './support/cli.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { buildWgsl, testDevice, uploadBuffer, readBuffer } from './support/webgpu.js';
import { e4m3Apart } from './support/dtype.js';
import { buildHarness, cleanup, compareWithInterpreter, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts } from './support/nvcc.js';

const spec = (name: string, heads: string, kernel = '') => `rope ${name} {
  head_dim 32
  frequencies base 10000
  positions index + offset
  kernel {
    ${heads}
    ${kernel}
  }
}
`;

const values = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.7 + seed));

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('q only, k only: the language', () => {
  it('takes 0 heads for one tensor and refuses both at 0 (RC097)', () => {
    expect(compile(spec('a', 'q heads 3\n    k heads 0'), { file: 'a.rope' }).diagnostics).toEqual([]);
    expect(compile(spec('a', 'q heads 0'), { file: 'a.rope' }).diagnostics).toEqual([]);
    const both = compile(spec('a', 'q heads 0\n    k heads 0'), { file: 'a.rope' });
    expect(both.diagnostics.map((d) => [d.code, d.message])).toEqual([['RC097', 'q and k both have 0 heads: nothing is rotated']]);
  });

  it('the interpreter rotates the one tensor and gives the other back empty', () => {
    const ir = compile(spec('a', 'q heads 0\n    k heads 2'), { file: 'a.rope' }).irs[0];
    const k = values(3 * 2 * 32, 1);
    const out = interpret(ir, { k, sizes: { tokens: 3, offset: 4 } } as never);
    expect(out.q.length).toBe(0);
    // The same rotation as a spec with q: its k.
    const both = compile(spec('b', 'q heads 1\n    k heads 2'), { file: 'b.rope' }).irs[0];
    const ref = interpret(both, { q: new Float32Array(3 * 32), k, sizes: { tokens: 3, offset: 4 } });
    expect(maxDiff(out.k, ref.k)).toBe(0);
  });
});

describe('q only, k only: the TypeScript module', () => {
  it('takes and returns the one tensor; rotateInto and rotateInPlace agree', async () => {
    const r = compile(spec('tq', 'q heads 3\n    k heads 0'), { file: 'tq.rope', targets: ['ts'] });
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tq');
    const q = values(4 * 3 * 32, 2);
    const want = interpret(r.irs[0], { q, sizes: { tokens: 4, offset: 9 } } as never);
    const out = mod.rotate({ q, sizes: { tokens: 4, offset: 9 } });
    expect(Object.keys(out)).toEqual(['q']);
    expect(maxDiff(out.q, want.q)).toBeLessThan(1e-6);
    const into = { q: new Float32Array(q.length) };
    mod.rotateInto({ q, sizes: { tokens: 4, offset: 9 } }, into);
    expect(into.q).toEqual(out.q);
    const inPlace = q.slice();
    mod.rotateInPlace({ q: inPlace, sizes: { tokens: 4, offset: 9 } });
    expect(inPlace).toEqual(out.q);
    expect(() => mod.rotate({ q, sizes: { tokens: 4, k_heads: 2 } })).toThrow('sizes.k_heads: the spec fixes 0 k heads, got 2');
  });
});

describe('q only, k only: the WebAssembly kernel', () => {
  // The kernel's memory holds the one tensor; the other is an empty view. A norm and an fp8 q ride along.
  for (const [name, heads, kernel] of [
    ['wq', 'q heads 3\n    k heads 0', ''], ['wk', 'q heads 0\n    k heads 2', ''],
    ['wqn', 'q heads 3\n    k heads 0', 'norm rms(eps 1e-6)'], ['wkn', 'q heads 0\n    k heads 2', 'norm rms(eps 1e-6, weight none)'],
    ['wq8', 'q heads 2 output fp8_e4m3\n    k heads 0', ''],
  ] as const) {
    it(`${name}: rotates the one tensor in its memory as the interpreter does, over calls of fewer tokens`, async () => {
      const r = compile(spec(name, heads, kernel), { file: `${name}.rope`, targets: ['ts'] });
      expect(r.diagnostics).toEqual([]);
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts[0].contents, name);
      expect(mod.WASM_KERNEL).toBe(true);
      const t = ir.kernel.qHeads === 0 ? 'k' : 'q';
      const H = (t === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads)!;
      const fp8 = ir.kernel.qOutput === 'fp8_e4m3';
      const wasm = mod.createWasmKernel({ tokens: 5 });
      expect(wasm[t === 'q' ? 'k' : 'q'].length).toBe(0);
      expect(wasm[t].length).toBe(5 * H * 32);
      const weight = values(32, 9);
      for (const [tokens, offset] of [[5, 3], [2, 40]]) {
        const x = values(tokens * H * 32, tokens);
        wasm[t].set(x);
        const extra = { sizes: { tokens, offset, ...(fp8 ? { q_scale: 0.25 } : {}) }, ...(kernel === 'norm rms(eps 1e-6)' ? { [`${t}_norm_weight`]: weight } : {}) };
        const want = interpret(ir, { [t]: x, ...extra } as never);
        wasm.rotateInPlace(extra);
        if (!fp8) {
          expect(maxDiff(wasm[t].subarray(0, x.length), want[t]), name).toBeLessThan(4e-6);
          continue;
        }
        // q_out: e4m3 bytes of the rotated q / q_scale, each within one e4m3 step of the interpreter's value.
        const bytes = wasm.q_out as Uint8Array;
        let apart = 0;
        for (let i = 0; i < x.length; i++) apart += e4m3Apart(bytes[i], want.q[i]) ? 1 : 0;
        expect(apart, name).toBe(0);
      }
    });
  }
});

describe('q only, k only: the WebAssembly kernel on views of one buffer', () => {
  for (const [name, heads, t] of [['wvq', 'q heads 3\n    k heads 0', 'q'], ['wvk', 'q heads 0\n    k heads 2', 'k']] as const) {
    it(`${name}: takes the one tensor's start only, rotates its heads where they are and leaves the rest of the buffer`, async () => {
      const r = compile(spec(name, heads, 'strided'), { file: `${name}.rope`, targets: ['ts'] });
      expect(r.diagnostics).toEqual([]);
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts[0].contents, name);
      const H = (t === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads)!;
      // 4 tokens, each H heads of 32 lanes 36 apart, rows 8 elements longer, from element 6 of the buffer.
      const [start, hs, ts] = [6, 36, H * 36 + 8];
      const sizes = { tokens: 4, offset: 3, [`${t}_token_stride`]: ts, [`${t}_head_stride`]: hs };
      const length = start + 4 * ts;
      const wasm = mod.createWasmKernel(sizes, { length, [`${t}Start`]: start });
      expect(wasm[t === 'q' ? 'k' : 'q'].length).toBe(0);
      const before = values(length, 5);
      wasm.buffer.set(before);
      const want = interpret(ir, { [t]: before.slice(start), sizes } as never)[t];
      wasm.rotateInPlace({ sizes });
      const expected = Float64Array.from(before);
      for (let i = 0; i < 4; i++) for (let h = 0; h < H; h++) for (let l = 0; l < 32; l++) expected[start + i * ts + h * hs + l] = want[i * ts + h * hs + l];
      expect(maxDiff(wasm.buffer, expected)).toBeLessThan(4e-6);
      // Lanes outside the heads are kept exactly.
      expect(wasm.buffer[0]).toBe(before[0]);
      expect(wasm.buffer[start + 32]).toBe(before[start + 32]);
    });
  }
});

describe('q only, k only: WGSL on a real WebGPU device', () => {
  for (const [name, heads, kernel] of [['wk', 'q heads 0\n    k heads 2', ''], ['wq', 'q heads 3\n    k heads 0', 'inplace\n    dtype bf16']] as const) {
    it(`${name}: binds one buffer, in place and out of place, as the interpreter rotates`, async () => {
      const built = await buildWgsl(spec(name, heads, kernel), `${name}.rope`);
      const t = built.ir.kernel.qHeads === 0 ? 'k' : 'q';
      expect(built.host).toContain(`  ${t}: GPUBuffer;`);
      expect(built.host).not.toContain(`  ${t === 'q' ? 'k' : 'q'}: GPUBuffer;`);
      const device = await testDevice();
      const H = t === 'q' ? built.ir.kernel.qHeads! : built.ir.kernel.kHeads!;
      const x = values(5 * H * 32, 3);
      const want = interpret(built.ir, { [t]: x, sizes: { tokens: 5, offset: 2 } } as never)[t];
      for (const outOfPlace of [false, true]) {
        const bits = built.ir.kernel.dtype === 'bf16' ? Uint16Array.from(x, (v) => new Uint32Array(Float32Array.of(v).buffer)[0] >>> 16) : x;
        const exact = built.ir.kernel.dtype === 'bf16' ? Float32Array.from(bits, (b) => new Float32Array(Uint32Array.of(b << 16).buffer)[0]) : x;
        const ref = built.ir.kernel.dtype === 'bf16' ? interpret(built.ir, { [t]: exact, sizes: { tokens: 5, offset: 2 } } as never)[t] : want;
        const out = await dispatchWgsl(device, built.kernel, built.ir, { [t]: bits, sizes: { tokens: 5, offset: 2 } } as never, { outOfPlace });
        const got = built.ir.kernel.dtype === 'bf16' ? Float32Array.from(out[t] as Uint16Array, (b) => new Float32Array(Uint32Array.of(b << 16).buffer)[0]) : out[t];
        expect(maxDiff(got, ref)).toBeLessThan(built.ir.kernel.dtype === 'bf16' ? 2 ** -7 * 2 : 1e-5);
      }
      // The host module itself: one buffer, no other tensor given.
      const buf = uploadBuffer(device, x);
      const args = { [t]: buf, sizes: { tokens: 5, offset: 2 } };
      if (built.ir.kernel.dtype === 'f32') {
        built.kernel.run(args);
        const back = new Float32Array(await readBuffer(device, buf, x.byteLength));
        expect(maxDiff(back, want)).toBeLessThan(1e-5);
      }
      buf.destroy();
    });
  }
});

describe('q only, k only: ropec run', () => {
  it('takes --q alone, refuses --k, writes q.npy only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-one-'));
    try {
      writeFileSync(join(dir, 'a.rope'), spec('cq', 'q heads 3\n    k heads 0'));
      writeFileSync(join(dir, 'q.npy'), writeNpy('<f4', [4, 3, 32], values(4 * 3 * 32, 5)));
      const ok = await runMain('run', join(dir, 'a.rope'), '--q', join(dir, 'q.npy'), '--out', join(dir, 'out'), '--compare', 'interp');
      expect(ok.status, ok.stderr).toBe(0);
      expect(readdirSync(join(dir, 'out'))).toEqual(['q.npy']);
      const bad = await runMain('run', join(dir, 'a.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'q.npy'), '--out', join(dir, 'out2'));
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('spec cq fixes k heads 0 (it rotates q only): give no --k');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!nvccAvailable())('one tensor at run time: the CUDA launcher', () => {
  it('heads at 0 for k: k and k_out may be NULL (as torch\'s empty tensors are) and q is rotated as the interpreter does; a NULL q with heads is refused', async () => {
    // Head counts left to run time: `k_heads 0` rotates q alone.
    const r = compile(spec('rt_alone', '', 'dtype f32'), { file: 'rt_alone.rope', targets: ['cuda'] });
    expect(r.diagnostics).toEqual([]);
    const ir = r.irs[0];
    expect(ir.kernel.kHeads).toBeNull();
    const dir = scratch('rt-alone');
    try {
      writeArtifacts(dir, r.artifacts);
      const h = await buildHarness(dir, [ir]);
      const p = prepareCase(ir, { q: values(3 * 2 * 32, 1), k: new Float32Array(0), sizes: { tokens: 3, q_heads: 2, k_heads: 0, offset: 5 } });
      const nulls = (...names: string[]) => ({ ...p.harness, tensors: { ...p.harness.tensors, ...Object.fromEntries(names.map((x) => [x, null])) } });
      const [empty, none, noQ] = await runHarness(h, [p.harness, nulls('k', 'k_out'), nulls('q')]);
      expect(compareWithInterpreter(p, empty)).toBeUndefined();
      expect(compareWithInterpreter(p, none)).toBeUndefined();
      expect(noQ.status).toBe(1);
      expect(noQ.why).toMatch(/^q: NULL or not aligned/);
    } finally {
      cleanup(dir);
    }
  }, 240_000);
});
