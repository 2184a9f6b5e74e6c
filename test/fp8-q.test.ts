// fp8 e4m3 output of q (`q … output fp8_e4m3`, #19's third stage for q): the rotated q is written
// out of place as e4m3(q / q_scale), saturating and nearest-even as CUDA's __nv_fp8_e4m3 does, for an
// fp8 attention (FlashInfer's rope_quantize_fp8). The language, the interpreter's definition
// (against a nearest-value search over the 256 codes), the TypeScript module, WGSL on Dawn (bytes of
// u32 words written with atomics), the CUDA launcher (compiled by nvcc, run on the CPU harness) and
// `ropec run` in every backend. The encoders are checked bit for bit in test/fp8-codec.test.ts;
// random specs draw fp8 q outputs in the TS, WGSL and CUDA property tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { explain } from '../src/compiler/explain.js';
import { parseNpy, writeNpy } from '../src/npy.js';
import { decodeStorage, encodeStorage } from '../src/storage.js';
import { runCuda } from '../src/runners/cuda.js';
import { runMain } from './support/cli.js';
import { decodeE4m3, fp8CacheMismatch, nearestE4m3 } from './support/dtype.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { nvccAvailable } from './support/nvcc.js';
import { stageSpec, waveValues } from './support/stage-spec.js';
import { buildWgsl, compareRun, readBuffer, runOnGpu, testDevice } from './support/webgpu.js';

const spec = stageSpec;
const values = waveValues;
const codes = (src: string) => compile(src, { file: 'a.rope' }).diagnostics.map((d) => d.code);

describe('fp8 q: the language', () => {
  it("reads 'output fp8_e4m3' on q's line, and refuses it in place, on k and with q heads 0", () => {
    const ir = compile(spec('a', 'q heads 2 output fp8_e4m3\n    k heads 1'), { file: 'a.rope' }).irs[0];
    expect(ir.kernel.qOutput).toBe('fp8_e4m3');
    expect(ir.kernel.qHeads).toBe(2);
    // On a line of its own (run-time head count), and absent otherwise (a spec's hash does not change).
    expect(compile(spec('a', 'q output fp8_e4m3'), { file: 'a.rope' }).irs[0].kernel).toMatchObject({ qOutput: 'fp8_e4m3', qHeads: null });
    expect('qOutput' in compile(spec('a', 'q heads 2'), { file: 'a.rope' }).irs[0].kernel).toBe(false);
    expect(codes(spec('a', 'q heads 2 output fp8_e4m3\n    inplace'))).toEqual(['RC227']);
    expect(codes(spec('a', 'q heads 2\n    k heads 1 output fp8_e4m3'))).toEqual(['RC228']);
    expect(codes(spec('a', 'q heads 0 output fp8_e4m3\n    k heads 1'))).toEqual(['RC229']);
    expect(codes(spec('a', 'q heads 2 output fp8_e5m2'))).toEqual(['RC023']);
  });

  it('explain names the quantization and the bytes written', () => {
    const text = explain(compile(spec('a', 'q heads 2 output fp8_e4m3\n    k heads 1\n    dtype bf16'), { file: 'a.rope' }).irs[0]);
    expect(text).toContain('q is written as fp8 e4m3 of q / q_scale');
    // q: 2 heads × 8 lanes × 1 byte; k: 1 × 8 × 2 bytes.
    expect(text).toContain('writes 32 bytes');
  });
});

describe('fp8 q: the interpreter defines it', () => {
  it("is the nearest e4m3 of the plain spec's rotated q over the float32 scale, saturating; k is the plain spec's", () => {
    const plain = compile(spec('p', 'q heads 3\n    k heads 2'), { file: 'p.rope' }).irs[0];
    const fp8 = compile(spec('f', 'q heads 3 output fp8_e4m3\n    k heads 2'), { file: 'f.rope' }).irs[0];
    const tokens = 4;
    const inputs = { q: values(tokens * 3 * 8, 1, 20), k: values(tokens * 2 * 8, 2), sizes: { tokens, offset: 3, q_scale: 0.1 } };
    const ref = interpret(plain, inputs);
    const got = interpret(fp8, inputs);
    for (let i = 0; i < ref.q.length; i++) expect(got.q[i], `q[${i}]`).toBe(nearestE4m3(ref.q[i] / Math.fround(0.1)));
    expect(Array.from(got.k)).toEqual(Array.from(ref.k));
    // q · 20 / 0.1 passes 448: saturated, never NaN.
    expect(Array.from(got.q).some((x) => Math.abs(x) === 448)).toBe(true);
  });

  it('refuses a q_scale that is missing, zero, negative, not finite or past float32, by name', () => {
    const ir = compile(spec('f', 'q heads 1 output fp8_e4m3\n    k heads 1'), { file: 'f.rope' }).irs[0];
    const call = (q_scale?: number) => () => interpret(ir, { q: values(8, 1), k: values(8, 2), sizes: { tokens: 1, offset: 0, ...(q_scale === undefined ? {} : { q_scale }) } });
    for (const bad of [undefined, 0, -1, NaN, Infinity, 1e39]) expect(call(bad), String(bad)).toThrow(/^sizes\.q_scale: expected a finite number > 0/);
    expect(call(1e-3)).not.toThrow();
  });
});

describe('fp8 q: the TypeScript module', () => {
  for (const dtype of ['f32', 'bf16'] as const) {
    it(`writes e4m3 bytes within one step of the interpreter (${dtype}); no rotateInPlace`, async () => {
      const r = compile(spec('tq', `q heads 2 output fp8_e4m3\n    k heads 2\n    dtype ${dtype}`), { file: 'tq.rope', targets: ['ts'] });
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tq');
      expect(mod.rotateInPlace).toBeUndefined();
      const tokens = 5;
      const enc = (x: Float64Array) => encodeStorage(x, dtype);
      const args = { q: enc(values(tokens * 16, 1, 3)), k: enc(values(tokens * 16, 2)), sizes: { tokens, offset: 2, q_scale: 0.02 } };
      const want = interpret(ir, { ...args, q: decodeStorage(args.q, dtype), k: decodeStorage(args.k, dtype) });
      const out = mod.rotate(args);
      expect(out.q).toBeInstanceOf(Uint8Array);
      expect(fp8CacheMismatch('q', out.q, want.q)).toBeUndefined();
      expect(Array.from(decodeStorage(out.k, dtype))).toEqual(Array.from(decodeStorage(enc(want.k), dtype)));
      // rotateInto: the same bytes into the caller's array; a q output that is not bytes is refused.
      const into = { q: new Uint8Array(tokens * 16), k: dtype === 'f32' ? new Float32Array(tokens * 16) : new Uint16Array(tokens * 16) };
      mod.rotateInto(args, into);
      expect(Array.from(into.q)).toEqual(Array.from(out.q));
      expect(() => mod.rotateInto(args, { ...into, q: new Float32Array(tokens * 16) })).toThrow(/^out\.q: expected a Uint8Array of length 80/);
    });
  }

  it('views: only the views are written; bad scales are refused before anything is written', async () => {
    const r = compile(spec('tv', 'q heads 2 output fp8_e4m3\n    k heads 1\n    strided'), { file: 'tv.rope', targets: ['ts'] });
    const ir = r.irs[0];
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tv');
    // A fused [tokens, 2 + 2·1, 8] buffer: q heads 0–1, k head 2, v head 3.
    const tokens = 3;
    const qkv = Float32Array.from(values(tokens * 32, 4));
    const sizes = { tokens, offset: 1, q_scale: 0.05, q_token_stride: 32, q_head_stride: 8, k_token_stride: 32, k_head_stride: 8 };
    const args = { q: qkv.subarray(0), k: qkv.subarray(16), sizes };
    const want = interpret(ir, args);
    const out = { q: new Uint8Array(qkv.length).fill(0xaa), k: new Float32Array(qkv.length - 16) };
    mod.rotateInto(args, out);
    for (let t = 0; t < tokens; t++) {
      for (let i = 0; i < 32; i++) {
        const at = t * 32 + i;
        if (i < 16) expect(Math.abs(decodeE4m3(out.q[at]) - want.q[at]), `q[${at}]`).toBeLessThanOrEqual(2 ** -9 + Math.abs(want.q[at]) / 8);
        else expect(out.q[at], `q[${at}] outside the views`).toBe(0xaa);
      }
    }
    const before = Array.from(out.q);
    expect(() => mod.rotateInto({ ...args, sizes: { ...sizes, q_scale: -2 } }, out)).toThrow(/^sizes\.q_scale: expected a finite number > 0/);
    expect(Array.from(out.q)).toEqual(before);
  });
});

describe('fp8 q: WGSL on Dawn', () => {
  const cases = [
    { dtype: 'f32', kernel: 'q heads 3 output fp8_e4m3\n    k heads 2', head: 'head_dim 8\n  rotary dim 6' },
    { dtype: 'bf16', kernel: 'q heads 3 output fp8_e4m3\n    k heads 2', head: 'head_dim 16' },
    { dtype: 'f16', kernel: 'q heads 3 output fp8_e4m3\n    k heads 0', head: 'head_dim 6' },
    { dtype: 'bf16', kernel: 'q heads 3 output fp8_e4m3\n    k heads 2\n    kv_cache paged(block 2, dtype fp8_e4m3)', head: 'head_dim 32\n  rotary dim 16' },
  ] as const;
  for (const c of cases) {
    for (const schedule of ['heads', 'groups', 'serial'] as const) {
      it(`${c.dtype}, ${c.kernel.replace(/\n\s*/g, ', ')}, ${schedule}: every byte within one step of the interpreter`, async () => {
        const built = await buildWgsl(spec('wq', `${c.kernel}\n    dtype ${c.dtype}`, c.head), 'wq.rope', {}, { schedule });
        const ir = built.ir;
        const D = ir.headDim;
        const tokens = 5;
        const kv = ir.kernel.kvCache;
        const cache = kv ? {
          v: values(tokens * 2 * D, 3), slot_mapping: Int32Array.from([7, 2, -1, 0, 1]),
          k_cache: new Float64Array(8 * 2 * D), v_cache: new Float64Array(8 * 2 * D), k_scale: 0.25, v_scale: 0.5,
        } : {};
        const { k_scale, v_scale, ...arrays } = cache as Record<string, unknown>;
        const inputs = {
          q: values(tokens * 3 * D, 1, 4), k: values(tokens * (ir.kernel.kHeads ?? 0) * D, 2), ...arrays,
          sizes: { tokens, offset: 4, q_scale: 0.03125, ...(kv ? { cache_blocks: 4, k_scale, v_scale } : {}) },
        } as Parameters<typeof runOnGpu>[1];
        const run = await runOnGpu(built, inputs, true);
        expect(run.q).toBeInstanceOf(Uint8Array);
        expect(compareRun(ir, run, true)).toBeUndefined();
      });
    }
  }

  it('q and k as views of one buffer are bound twice, read only; a missing or shared qOut is refused', async () => {
    const built = await buildWgsl(spec('wv', 'q heads 2 output fp8_e4m3\n    k heads 1\n    strided\n    kv_cache slots'), 'wv.rope');
    const device = await testDevice();
    const tokens = 3;
    const qkv = Float32Array.from(values(tokens * 32, 5));
    const make = (data: ArrayBufferView) => {
      const b = device.createBuffer({ size: Math.ceil(data.byteLength / 16) * 16, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST, mappedAtCreation: true });
      new Uint8Array(b.getMappedRange()).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      b.unmap();
      return b;
    };
    const buf = make(qkv);
    const qOut = make(new Uint8Array(qkv.length).fill(0x7f));
    const kOut = make(new Float32Array(qkv.length));
    const kc = make(new Float32Array(4 * 8));
    const vc = make(new Float32Array(4 * 8));
    const sizes = { tokens, offset: 1, q_scale: 0.25, cache_slots: 4, q_token_stride: 32, q_head_stride: 8, k_token_stride: 32, k_head_stride: 8, k_start: 16, v_token_stride: 32, v_head_stride: 8, v_start: 24 };
    const base = { q: buf, k: buf, v: buf, slot_mapping: Int32Array.from([2, 0, 3]), k_cache: kc, v_cache: vc, sizes };
    built.kernel.run({ ...base, qOut, kOut });
    const got = new Uint8Array(await readBuffer(device, qOut, qkv.length));
    const want = interpret(built.ir, { q: qkv.subarray(0), k: qkv.subarray(16), v: qkv.subarray(24), slot_mapping: [2, 0, 3], k_cache: new Float64Array(32), v_cache: new Float64Array(32), sizes });
    for (let t = 0; t < tokens; t++) {
      for (let i = 0; i < 16; i++) {
        const at = t * 32 + i;
        expect(Math.abs(decodeE4m3(got[at]) - want.q[at]), `q[${at}]`).toBeLessThanOrEqual(2 ** -9 + Math.abs(want.q[at]) / 8);
      }
      expect(got[t * 32 + 16], 'outside the views').toBe(0x7f);
    }
    expect(() => built.kernel.run(base)).toThrow(/^qOut: missing; spec wv writes q's output as fp8 e4m3 bytes/);
    expect(() => built.kernel.run({ ...base, qOut: buf, kOut })).toThrow(/^qOut: must be a buffer of its own/);
  });
});

describe('fp8 q: CUDA', () => {
  it.skipIf(!nvccAvailable())('the launcher (CPU harness) writes e4m3 bytes within one step of the interpreter', async () => {
    const ir = compile(spec('cq', 'q heads 3 output fp8_e4m3\n    k heads 2\n    dtype bf16', 'head_dim 16'), { file: 'cq.rope', targets: ['cuda'] }).irs[0];
    const tokens = 4;
    const q = encodeStorage(values(tokens * 48, 1, 3), 'bf16') as Uint16Array;
    const k = encodeStorage(values(tokens * 32, 2), 'bf16') as Uint16Array;
    const sizes = { tokens, offset: 5, q_scale: 0.0625 };
    const out = await runCuda(ir, { q, k, sizes });
    const want = interpret(ir, { q: decodeStorage(q, 'bf16'), k: decodeStorage(k, 'bf16'), sizes });
    expect(out.q).toBeInstanceOf(Uint8Array);
    expect(fp8CacheMismatch('q', out.q as Uint8Array, want.q)).toBeUndefined();
    expect(Array.from(decodeStorage(out.k as Uint16Array, 'bf16')).every((x, i) => Math.abs(x - want.k[i]) <= 2 ** -7 * Math.max(1, Math.abs(want.k[i])))).toBe(true);
  }, 120_000);
});

describe('fp8 q: ropec run', () => {
  it('takes --q-scale and writes q as bytes (|u1) in every backend, each within one step of the interpreter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-fp8q-'));
    try {
      writeFileSync(join(dir, 'a.rope'), spec('rq', 'q heads 2 output fp8_e4m3\n    k heads 1\n    dtype bf16'));
      writeFileSync(join(dir, 'plain.rope'), spec('rp', 'q heads 2\n    k heads 1\n    dtype bf16'));
      const bf16 = (x: Float64Array) => encodeStorage(x, 'bf16') as Uint16Array;
      writeFileSync(join(dir, 'q.npy'), writeNpy('<u2', [3, 2, 8], bf16(values(48, 1, 2))));
      writeFileSync(join(dir, 'k.npy'), writeNpy('<u2', [3, 1, 8], bf16(values(24, 2))));
      const base = (spec: string, out: string) => ['run', join(dir, spec), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--bf16', '--sizes', 'offset=4', '--out', join(dir, out)];
      const bytes: Uint8Array[] = [];
      for (const backend of ['interp', 'ts', 'wgsl', ...(nvccAvailable() ? ['cuda'] : [])]) {
        const r = await runMain(...base('a.rope', `o-${backend}`), '--q-scale', '0.03', '--backend', backend, ...(backend === 'cuda' ? ['--device', 'cpu'] : []), '--compare', 'interp');
        expect(r.status, `${backend}: ${r.stdout}${r.stderr}`).toBe(0);
        expect(r.stdout).toMatch(/q: max abs error .*\(tolerance 0\.125\).* — ok/);
        const q = parseNpy(readFileSync(join(dir, `o-${backend}`, 'q.npy')), 'q');
        expect(q.descr).toBe('|u1');
        expect(q.shape).toEqual([3, 2, 8]);
        bytes.push(q.data as Uint8Array);
        expect(parseNpy(readFileSync(join(dir, `o-${backend}`, 'k.npy')), 'k').descr).toBe('<u2');
      }
      // Every backend's bytes within one e4m3 step of the interpreter's.
      const ref = Float64Array.from(bytes[0], decodeE4m3);
      for (const b of bytes.slice(1)) expect(fp8CacheMismatch('q', b, ref)).toBeUndefined();
      const missing = await runMain(...base('a.rope', 'o-m'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/spec \w+ writes q's output as fp8 e4m3 of value \/ scale: give --q-scale X/);
      const stray = await runMain(...base('plain.rope', 'o-s'), '--q-scale', '1');
      expect(stray.status).toBe(2);
      expect(stray.stderr).toContain("--q-scale: spec rp does not write q as fp8 ('q … output fp8_e4m3')");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
