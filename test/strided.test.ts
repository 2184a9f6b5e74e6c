// `kernel { strided }`: q and k are views with run-time token and head strides, e.g. the q and k
// parts of a fused QKV buffer [tokens, q_heads + 2·k_heads, head_dim] rotated in place with v
// untouched. The strided interpreter is held to the contiguous one (copy q and k out, rotate,
// copy back), and every backend that takes views to the strided interpreter; bad views are
// refused by name in every host before any work.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNpy, writeNpy } from '../src/npy.js';
import { runMain } from './support/cli.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { compile, interpret } from '../src/index.js';
import { messageText } from '../src/kernel/checks.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { buildHarness, cleanup, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts } from './support/nvcc.js';
import { nvcc } from '../src/runners/cuda.js';
import { execFileSync } from 'node:child_process';
import { buildWgsl, readBuffer, testDevice, uploadBuffer } from './support/webgpu.js';

const D = 16;
const HQ = 4;
const HK = 2;
const ROW = (HQ + 2 * HK) * D;

const spec = (name: string, kernel: string, dtype = 'f32') => `rope ${name} {
  head_dim ${D}
  style half
  frequencies base 10000
  positions index + offset
  kernel {
    q heads ${HQ}
    k heads ${HK}
    dtype ${dtype}
${kernel}
  }
}
`;

function one(source: string, targets: ('ts' | 'cuda' | 'wgsl')[] = []) {
  const r = compile(source, { file: 'strided.rope', targets });
  return r;
}

function ir(source: string): RopeIR {
  const r = one(source);
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return r.irs[0];
}

/** A fused QKV buffer [tokens, HQ + 2·HK, D] of values in [−1, 1) from a counter. */
function fused(tokens: number): Float32Array {
  return Float32Array.from({ length: tokens * ROW }, (_, i) => Math.fround(((i * 7919) % 2003) / 1001.5 - 1));
}

const views = (buf: Float32Array) => ({ q: buf.subarray(0), k: buf.subarray(HQ * D) });
const strides = { q_token_stride: ROW, q_head_stride: D, k_token_stride: ROW, k_head_stride: D };

/** The expected fused buffer: q and k copied out, rotated by the contiguous interpreter, copied back. */
function expected(tokens: number, offset: number): Float64Array {
  const contiguous = ir(spec('plain', ''));
  const buf = fused(tokens);
  const q = new Float64Array(tokens * HQ * D);
  const k = new Float64Array(tokens * HK * D);
  for (let t = 0; t < tokens; t++) {
    for (let i = 0; i < HQ * D; i++) q[t * HQ * D + i] = buf[t * ROW + i];
    for (let i = 0; i < HK * D; i++) k[t * HK * D + i] = buf[t * ROW + HQ * D + i];
  }
  const out = interpret(contiguous, { q, k, sizes: { tokens, offset } });
  const want = Float64Array.from(buf);
  for (let t = 0; t < tokens; t++) {
    for (let i = 0; i < HQ * D; i++) want[t * ROW + i] = out.q[t * HQ * D + i];
    for (let i = 0; i < HK * D; i++) want[t * ROW + HQ * D + i] = out.k[t * HK * D + i];
  }
  return want;
}

/** Where the two results differ by more than `tol` (relative to 1), or where v changed at all. */
function mismatch(got: ArrayLike<number>, want: ArrayLike<number>, input: ArrayLike<number>, tol: number): string | undefined {
  for (let i = 0; i < want.length; i++) {
    const isV = i % ROW >= (HQ + HK) * D;
    if (isV ? got[i] !== input[i] : !(Math.abs(got[i] - want[i]) <= tol)) return `element ${i} (${isV ? 'v' : 'q/k'}): got ${got[i]}, want ${want[i]}`;
  }
  return undefined;
}

describe('strided views of a fused QKV buffer', () => {
  const strided = spec('qkv', '    inplace\n    strided');
  const TOKENS = 9;
  const OFFSET = 1000;

  it('the strided interpreter rotates q and k in place of the contiguous one; v is untouched', () => {
    const r = ir(strided);
    const buf = fused(TOKENS);
    const { q, k } = views(buf);
    const out = interpret(r, { q, k, sizes: { tokens: TOKENS, offset: OFFSET, ...strides } });
    const want = expected(TOKENS, OFFSET);
    // out.q is q's view (the whole buffer) with q rotated; out.k starts at k with k rotated.
    const merged = Float64Array.from(buf);
    for (let t = 0; t < TOKENS; t++) {
      for (let i = 0; i < HQ * D; i++) merged[t * ROW + i] = out.q[t * ROW + i];
      for (let i = 0; i < HK * D; i++) merged[t * ROW + HQ * D + i] = out.k[t * ROW + i];
    }
    expect(mismatch(merged, want, buf, 0)).toBeUndefined();
    // The rotation moved q: a test that compared the input with itself would pass here too.
    expect(merged[D + 1]).not.toBe(buf[D + 1]);
  });

  it('the TS module rotates the views in place, bit for bit as f32 rounding of the interpreter', async () => {
    const r = one(strided, ['ts']);
    expect(r.diagnostics).toEqual([]);
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'qkv');
    const buf = fused(TOKENS);
    const input = Float32Array.from(buf);
    mod.rotateInPlace({ ...views(buf), sizes: { tokens: TOKENS, offset: OFFSET, ...strides } });
    const want = expected(TOKENS, OFFSET).map(Math.fround);
    expect(mismatch(buf, want, input, 0)).toBeUndefined();
    // Left out, the strides default to contiguous q and k: the same module on separate arrays.
    const q = new Float32Array(TOKENS * HQ * D).fill(0.5);
    const k = new Float32Array(TOKENS * HK * D).fill(0.25);
    const out = mod.rotate({ q, k, sizes: { tokens: TOKENS, offset: OFFSET } });
    const ref = interpret(ir(spec('plain', '')), { q, k, sizes: { tokens: TOKENS, offset: OFFSET } });
    expect(Array.from(out.q)).toEqual(Array.from(ref.q, Math.fround));
  });

  it('bad views are refused by name before any write (interpreter and TS module)', async () => {
    const r = one(strided, ['ts']);
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'qkv');
    const buf = fused(TOKENS);
    const before = Float32Array.from(buf);
    const cases: [string, Record<string, unknown>, string][] = [
      ['k on top of q', { q: buf.subarray(0), k: buf.subarray(D) },
        messageText('view-overlap', { qa: 0, ka: D, qts: ROW, kts: ROW, qhs: D, khs: D })],
      ['q past its array', { q: buf.subarray(0, ROW * (TOKENS - 1)), k: buf.subarray(HQ * D) },
        messageText('view-length', { which: 'q', tokens: TOKENS, ts: ROW, hs: D, extent: (TOKENS - 1) * ROW + (HQ - 1) * D + D, length: ROW * (TOKENS - 1) })],
    ];
    for (const [why, arrays, message] of cases) {
      expect(() => mod.rotateInPlace({ ...arrays, sizes: { tokens: TOKENS, offset: OFFSET, ...strides } }), why).toThrow(message);
      expect(() => interpret(r.irs[0], { ...(arrays as { q: Float32Array; k: Float32Array }), sizes: { tokens: TOKENS, offset: OFFSET, ...strides } }), why).toThrow(message);
    }
    const small = { ...strides, q_head_stride: D - 1 };
    expect(() => mod.rotateInPlace({ ...views(buf), sizes: { tokens: TOKENS, offset: OFFSET, ...small } }))
      .toThrow(messageText('stride-heads', { size: 'sizes.q_head_stride', value: D - 1, dim: D, which: 'q' }));
    const rows = { ...strides, k_token_stride: HK * D - 1 };
    expect(() => mod.rotateInPlace({ ...views(buf), sizes: { tokens: TOKENS, offset: OFFSET, ...rows } }))
      .toThrow(messageText('stride-tokens', { size: 'sizes.k_token_stride', value: HK * D - 1, span: HK * D, which: 'k' }));
    expect(Array.from(buf)).toEqual(Array.from(before));
  });

  it('[tokens, heads, 3, head_dim] (q, k, v interleaved per head) passes the overlap check and rotates', async () => {
    // GPT-NeoX's fused layout: q of head h at h·3D, k at h·3D + D.
    const r = one(spec('neox', '    inplace\n    strided').replace(`k heads ${HK}`, `k heads ${HQ}`), ['ts']);
    expect(r.diagnostics).toEqual([]);
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'neox');
    const row = HQ * 3 * D;
    const buf = Float32Array.from({ length: 3 * row }, (_, i) => Math.fround(((i * 31) % 97) / 48.5 - 1));
    const input = Float32Array.from(buf);
    mod.rotateInPlace({ q: buf.subarray(0), k: buf.subarray(D), sizes: { tokens: 3, offset: 5, q_token_stride: row, q_head_stride: 3 * D, k_token_stride: row, k_head_stride: 3 * D } });
    for (let i = 0; i < buf.length; i++) if (i % (3 * D) >= 2 * D) expect(buf[i], `v element ${i}`).toBe(input[i]);
    expect(buf[1]).not.toBe(input[1]);
    expect(buf[D + 1]).not.toBe(input[D + 1]);
  });

  it('the checker refuses views without tokens outermost', () => {
    const bhsd = one(spec('x', '    layout [batch, heads, seq, dim]\n    strided'));
    expect(bhsd.diagnostics.map((d) => d.code)).toEqual(['RC094']);
  });

  it('the WebAssembly kernel rotates views of one buffer in its memory; v untouched; no views refused', async () => {
    const mod = await loadGeneratedTs(one(strided, ['ts']).artifacts[0].contents, 'qkv');
    const sizes = { tokens: TOKENS, offset: OFFSET, ...strides };
    expect(() => mod.createWasmKernel(sizes)).toThrow(messageText('wasm-views', { name: 'qkv', fields: '{ length, qStart, kStart }' }));
    const kernel = mod.createWasmKernel(sizes, { length: TOKENS * ROW, qStart: 0, kStart: HQ * D });
    const input = fused(TOKENS);
    kernel.buffer.set(input);
    kernel.rotateInPlace();
    const want = expected(TOKENS, OFFSET);
    // f32 arithmetic: two products and a sum of values ≤ 1 in magnitude.
    expect(mismatch(kernel.buffer, want, input, 2 ** -21)).toBeUndefined();
    expect(kernel.buffer[D + 1]).not.toBe(input[D + 1]);
    // Overlapping starts are refused by the same checks as rotateInPlace, before the rotation.
    const bad = mod.createWasmKernel(sizes, { length: TOKENS * ROW, qStart: 0, kStart: D });
    bad.buffer.set(input);
    expect(() => bad.rotateInPlace()).toThrow(messageText('view-overlap', { qa: 0, ka: D, qts: ROW, kts: ROW, qhs: D, khs: D }));
    expect(Array.from(bad.buffer)).toEqual(Array.from(input));
  });

  it.skipIf(!nvccAvailable())('CUDA: views rotate in the launcher (16-byte and scalar access); v untouched; overlapping views refused', async () => {
    const dir = scratch('strided');
    try {
      const bf16 = spec('qkv_bf16', '    inplace\n    strided', 'bf16');
      const irs: RopeIR[] = [];
      for (const source of [strided, bf16]) {
        const r = one(source, ['cuda']);
        expect(r.diagnostics).toEqual([]);
        writeArtifacts(dir, r.artifacts);
        irs.push(r.irs[0]);
      }
      const h = await buildHarness(dir, irs);
      const want = expected(TOKENS, OFFSET);
      const cases = [];
      for (const [i, odd] of [[0, false], [0, true], [1, false]] as const) {
        // odd: a token stride that is not a multiple of the 16-byte vector (scalar path).
        const row = odd ? ROW + 1 : ROW;
        const buf = new Float32Array(TOKENS * row);
        const src = fused(TOKENS);
        for (let t = 0; t < TOKENS; t++) buf.set(src.subarray(t * ROW, (t + 1) * ROW), t * row);
        const s = { tokens: TOKENS, offset: OFFSET, q_token_stride: row, q_head_stride: D, k_token_stride: row, k_head_stride: D };
        cases.push({ i, row, buf, c: prepareCase(irs[i], { q: buf, k: buf.subarray(HQ * D), sizes: s }) });
      }
      const results = await runHarness(h, cases.map((x) => x.c.harness));
      results.forEach((res, n) => {
        const { row, buf, i } = cases[n];
        expect(res.status, res.why).toBe(0);
        expect(res.usedVector).toBe(row === ROW ? 1 : 0);
        const got = res.tensors.q as Float32Array | Uint16Array;
        const decode = (x: number) => (i === 0 ? x : new Float32Array(new Uint32Array([x << 16]).buffer)[0]);
        const stored = cases[n].c.harness.tensors.q as Float32Array | Uint16Array;
        for (let t = 0; t < TOKENS; t++) {
          for (let j = 0; j < row; j++) {
            const at = t * row + j;
            const g = decode(got[at]);
            if (j >= (HQ + HK) * D) expect(got[at], `v at ${at}`).toBe(stored[at]);
            else if (j < HQ * D) expect(Math.abs(g - want[t * ROW + j]), `q at ${at}`).toBeLessThanOrEqual(i === 0 ? 2 ** -20 : 2 ** -7);
          }
          // k (its own copy in the harness, starting at k): its heads rotated.
          const gotK = res.tensors.k as Float32Array | Uint16Array;
          for (let j = 0; j < HK * D; j++) {
            expect(Math.abs(decode(gotK[t * row + j]) - want[t * ROW + HQ * D + j]), `k at ${t}, ${j}`).toBeLessThanOrEqual(i === 0 ? 2 ** -20 : 2 ** -7);
          }
        }
        expect(buf.length).toBe(TOKENS * row);
      });
      // ropec_NAME_check compares addresses and never reads q and k: fake addresses into one fused
      // buffer. An out-of-place launcher given q_out = q, k_out = k (in place) on it passes; an
      // output one head into q is refused, as are q and k one head apart.
      const out = one(spec('qkv_out', '    strided'), ['cuda']);
      writeArtifacts(dir, out.artifacts);
      const base = 1 << 20;
      const at = (elements: number) => `reinterpret_cast<float*>(static_cast<uintptr_t>(${base}) + ${4 * elements})`;
      const call = (q: number, k: number, qo: number, ko: number) =>
        `ropec_qkv_out_check(${at(q)}, ${at(k)}, ${at(qo)}, ${at(ko)}, ${TOKENS}, ${ROW}, ${D}, ${ROW}, ${D}, ${OFFSET})`;
      writeFileSync(join(dir, 'views_check.cu'), `#include "qkv_out.cu"
#include <cstdio>
int main() {
  const cudaError_t r[] = { ${call(0, HQ * D, 0, HQ * D)}, ${call(0, HQ * D, D, HQ * D)}, ${call(0, D, 0, D)} };
  for (cudaError_t x : r) printf("%d\\n", static_cast<int>(x));
  ${call(0, HQ * D, D, HQ * D)};
  printf("%s\\n", ropec_qkv_out_last_error());
  return 0;
}
`);
      await nvcc(['-std=c++17', '-DROPEC_HOST_EMULATION', '--Werror', 'all-warnings', '-Xcompiler', '-Wall,-Wextra,-Werror', 'views_check.cu', '-o', 'views_check'], dir);
      const lines = execFileSync(join(dir, 'views_check'), { encoding: 'utf8' }).trim().split('\n');
      expect(lines.slice(0, 3)).toEqual(['0', '1', '1']);
      expect(lines[3]).toMatch(/^q_out: its elements \[\d+, \d+\) \(addresses in elements\) overlap q;/);
      // The harness allocates q and k apart: token strides of 2^40 elements make q's view span k.
      const far = { ...strides, q_token_stride: 2 ** 40, k_token_stride: 2 ** 40 + 1 };
      const bad = prepareCase(irs[0], { q: fused(TOKENS), k: fused(TOKENS), sizes: { tokens: TOKENS, offset: OFFSET, ...far } });
      const [refused] = await runHarness(h, [bad.harness]);
      expect(refused.status).toBe(1);
      expect(refused.why).toMatch(/^q, k: the views overlap/);
    } finally {
      cleanup(dir);
    }
  }, 240_000);

  it('ropec run --qkv: the fused tensor rotated where it is on interp and ts, v byte for byte; bad calls refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-qkv-'));
    try {
      writeFileSync(join(dir, 'qkv.rope'), strided);
      writeFileSync(join(dir, 'plain.rope'), spec('plain', ''));
      const buf = fused(TOKENS);
      writeFileSync(join(dir, 'qkv.npy'), writeNpy('<f4', [TOKENS, HQ + 2 * HK, D], buf));
      const want = expected(TOKENS, OFFSET);
      for (const backend of ['interp', 'ts']) {
        const out = join(dir, `out_${backend}`);
        const r = await runMain('run', join(dir, 'qkv.rope'), '--qkv', join(dir, 'qkv.npy'), '--sizes', `offset=${OFFSET}`, '--backend', backend, '--out', out, '--compare', 'interp');
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/^qkv: max abs error .* — ok$/m);
        const got = parseNpy(new Uint8Array(readFileSync(join(out, 'qkv.npy'))), 'qkv.npy');
        expect(got.shape).toEqual([TOKENS, HQ + 2 * HK, D]);
        expect(mismatch(got.data as Float32Array, want.map(Math.fround), buf, 0), backend).toBeUndefined();
      }
      const refuse = async (args: string[], status: number, message: RegExp) => {
        const r = await runMain('run', ...args, '--out', join(dir, 'bad'));
        expect(r.status, r.stderr).toBe(status);
        expect(r.stderr).toMatch(message);
      };
      await refuse([join(dir, 'plain.rope'), '--qkv', join(dir, 'qkv.npy')], 1, /needs 'strided' in its kernel block/);
      await refuse([join(dir, 'qkv.rope'), '--qkv', join(dir, 'qkv.npy'), '--q', join(dir, 'qkv.npy')], 2, /--qkv replaces --q and --k/);
      await refuse([join(dir, 'qkv.rope'), '--qkv', join(dir, 'qkv.npy'), '--sizes', 'q_head_stride=8'], 1, /strides follow from the fused tensor's shape/);
      writeFileSync(join(dir, 'short.npy'), writeNpy('<f4', [TOKENS, HQ + HK, D], new Float32Array(TOKENS * (HQ + HK) * D)));
      await refuse([join(dir, 'qkv.rope'), '--qkv', join(dir, 'short.npy')], 1, /qkv must have shape \[tokens, q_heads \+ 2·k_heads, head_dim\] = \[tokens, 8, 16\], got \(9, 6, 16\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('WGSL on Dawn', () => {
    /** The fused buffer, padded so the views can start at `start`; q at start, k one q block later. */
    async function run(source: string, opts: { start: number; row: number; outOfPlace?: boolean; dtype?: 'f32' | 'bf16'; schedule?: 'heads' | 'groups' }) {
      const built = await buildWgsl(source, 'strided.rope', {}, { schedule: opts.schedule ?? 'auto' });
      const device = await testDevice();
      const { start, row } = opts;
      const src = fused(TOKENS);
      const values = new Float32Array(start + TOKENS * row);
      for (let t = 0; t < TOKENS; t++) values.set(src.subarray(t * ROW, (t + 1) * ROW), start + t * row);
      const bf16 = opts.dtype === 'bf16';
      const bits = bf16 ? Uint16Array.from(new Uint32Array(values.buffer), (x) => x >>> 16) : values;
      const stored = bf16 ? Float32Array.from(bits, (b) => new Float32Array(new Uint32Array([b << 16]).buffer)[0]) : values;
      const buffer = uploadBuffer(device, bits);
      const out = opts.outOfPlace ? uploadBuffer(device, new Uint8Array(buffer.size)) : undefined;
      const sizes = { tokens: TOKENS, offset: OFFSET, q_start: start, k_start: start + HQ * D, q_token_stride: row, q_head_stride: D, k_token_stride: row, k_head_stride: D };
      built.kernel.run({ q: buffer, k: buffer, ...(out ? { qOut: out, kOut: out } : {}), sizes });
      const raw = await readBuffer(device, out ?? buffer, bits.byteLength);
      const got = bf16 ? Float32Array.from(new Uint16Array(raw), (b) => new Float32Array(new Uint32Array([b << 16]).buffer)[0]) : new Float32Array(raw);
      return { built, got, stored, start, row };
    }
    const qkRotated = (r: Awaited<ReturnType<typeof run>>, tol: number, outOfPlace = false) => {
      // The expected values from the stored inputs (bf16 rounds them first).
      const buf = new Float32Array(TOKENS * ROW);
      for (let t = 0; t < TOKENS; t++) buf.set(r.stored.subarray(r.start + t * r.row, r.start + t * r.row + ROW), t * ROW);
      const contiguous = ir(spec('plain', ''));
      const q = new Float64Array(TOKENS * HQ * D);
      const k = new Float64Array(TOKENS * HK * D);
      for (let t = 0; t < TOKENS; t++) {
        q.set(buf.subarray(t * ROW, t * ROW + HQ * D), t * HQ * D);
        k.set(buf.subarray(t * ROW + HQ * D, t * ROW + (HQ + HK) * D), t * HK * D);
      }
      const want = interpret(contiguous, { q, k, sizes: { tokens: TOKENS, offset: OFFSET } });
      for (let t = 0; t < TOKENS; t++) {
        for (let j = 0; j < ROW; j++) {
          const at = r.start + t * r.row + j;
          const w = j < HQ * D ? want.q[t * HQ * D + j] : j < (HQ + HK) * D ? want.k[t * HK * D + j - HQ * D] : undefined;
          if (w !== undefined) expect(Math.abs(r.got[at] - w), `element ${at}`).toBeLessThanOrEqual(tol);
          else if (!outOfPlace) expect(r.got[at], `v at ${at}`).toBe(r.stored[at]);
        }
      }
    };

    it('one GPUBuffer, in place: q and k share a binding; v untouched; 16-byte and scalar shaders, one head or head groups per invocation', async () => {
      // start and row multiples of 4 elements: the vector shader; row + 1: the scalar one.
      for (const schedule of ['heads', 'groups'] as const) {
        for (const [start, row] of [[64, ROW], [3, ROW + 1]]) qkRotated(await run(strided, { start, row, schedule }), 2 ** -20);
      }
    });

    it('one GPUBuffer, out of place: one output buffer for both', async () => {
      for (const schedule of ['heads', 'groups'] as const) {
        qkRotated(await run(spec('qkv_out', '    strided'), { start: 0, row: ROW, outOfPlace: true, schedule }), 2 ** -20, true);
      }
    });

    it('bf16 views: even starts and strides rotate; odd ones are refused by name', async () => {
      const bf16 = spec('qkv_bf16', '    inplace\n    strided', 'bf16');
      qkRotated(await run(bf16, { start: 8, row: ROW, dtype: 'bf16' }), 2 ** -7);
      await expect(run(bf16, { start: 3, row: ROW, dtype: 'bf16' })).rejects.toThrow(/^sizes: with bf16 storage the WGSL kernel writes whole u32 words: starts and strides must be even, got 3, /);
    });

    it('views of one buffer that overlap are refused before anything is recorded', async () => {
      const built = await buildWgsl(strided, 'strided.rope');
      const device = await testDevice();
      const buffer = uploadBuffer(device, fused(TOKENS));
      const sizes = { tokens: TOKENS, offset: OFFSET, q_start: 0, k_start: D, ...strides };
      expect(() => built.kernel.run({ q: buffer, k: buffer, sizes }))
        .toThrow(messageText('view-overlap', { qa: 0, ka: D, qts: ROW, kts: ROW, qhs: D, khs: D }));
    });
  });
});
