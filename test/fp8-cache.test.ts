// fp8 e4m3 KV caches (`kv_cache …(dtype fp8_e4m3)`, #19's third stage): the rotated k and v are
// stored as e4m3(k / k_scale) and e4m3(v / v_scale), saturating and nearest-even as CUDA's
// __nv_fp8_e4m3 does. The language, the interpreter's definition (against a nearest-value search
// over the 256 codes written here), the TypeScript module, WGSL on Dawn (bytes of u32 words written
// with atomics, so neighbouring bytes of other work items survive), and `ropec run` in every
// backend. The encoders themselves are checked bit for bit against nvcc in test/fp8-codec.test.ts;
// random specs draw fp8 caches in the TS, WGSL and CUDA property tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { explain } from '../src/compiler/explain.js';
import { parseNpy, writeNpy } from '../src/npy.js';
import { decodeStorage, encodeStorage } from '../src/storage.js';
import { runMain } from './support/cli.js';
import { decodeE4m3, e4m3Bytes, fp8CacheMismatch, nearestE4m3 } from './support/dtype.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { nvccAvailable } from './support/nvcc.js';
import { stageSpec, waveValues } from './support/stage-spec.js';
import { buildWgsl, compareRun, dispatchShader, readBuffer, runOnGpu, testDevice, uploadBuffer } from './support/webgpu.js';

const spec = stageSpec;
const values = waveValues;

describe('fp8 caches: the language', () => {
  it('reads dtype fp8_e4m3 on slots and paged caches, and refuses other formats', () => {
    const ir = (k: string) => compile(spec('a', `q heads 2\n    k heads 1\n    ${k}`), { file: 'a.rope' }).irs[0];
    expect(ir('kv_cache slots(dtype fp8_e4m3)').kernel.kvCache).toEqual({ kind: 'slots', dtype: 'fp8_e4m3' });
    expect(ir('kv_cache paged(block 16, layout hnd, dtype fp8_e4m3)').kernel.kvCache).toEqual({ kind: 'paged', block: 16, layout: 'hnd', dtype: 'fp8_e4m3' });
    // Without it the field is absent (a spec's hash does not change).
    expect(ir('kv_cache paged(block 16)').kernel.kvCache).toEqual({ kind: 'paged', block: 16, layout: 'nhd' });
    const bad = compile(spec('a', 'q heads 2\n    k heads 1\n    kv_cache paged(block 16, dtype fp8_e5m2)'), { file: 'a.rope' });
    expect(bad.diagnostics.map((d) => [d.code, d.message, d.suggestion])).toEqual([['RC023', "unknown paged dtype 'fp8_e5m2'", "did you mean 'fp8_e4m3'?"]]);
  });

  it('explain names the quantization and the bytes a stored token writes', () => {
    const ir = compile(spec('a', 'q heads 2\n    k heads 1\n    kv_cache paged(block 4, dtype fp8_e4m3)'), { file: 'a.rope' }).irs[0];
    const text = explain(ir);
    expect(text).toContain('as fp8 e4m3 of k / k_scale and v / v_scale');
    expect(text).toContain('writes 8 bytes to each cache');
  });
});

describe('fp8 caches: the interpreter defines them', () => {
  it('stores nearest-e4m3 of the plain cache write over the scale; other slots keep their bytes', () => {
    const H = 2;
    const D = 8;
    const plain = compile(spec('p', `q heads 2\n    k heads ${H}\n    kv_cache slots`), { file: 'p.rope' }).irs[0];
    const fp8 = compile(spec('f', `q heads 2\n    k heads ${H}\n    kv_cache slots(dtype fp8_e4m3)`), { file: 'f.rope' }).irs[0];
    const tokens = 4;
    const slots = 6;
    // Values past 448 · scale saturate; tiny ones flush to zero.
    const k = values(tokens * H * D, 2, 40);
    const v = values(tokens * H * D, 3, 0.001);
    const before = Float64Array.from({ length: slots * H * D }, (_, i) => decodeE4m3((i * 37) % 126));
    const args = { q: values(tokens * 2 * D, 1), k, v, slot_mapping: [4, -1, 0, 5], sizes: { tokens, offset: 3, cache_slots: slots, k_scale: 0.1, v_scale: 0.0003 } };
    const ref = interpret(plain, { ...args, k_cache: new Float64Array(slots * H * D), v_cache: new Float64Array(slots * H * D) });
    const got = interpret(fp8, { ...args, k_cache: before, v_cache: before });
    const written = new Set<number>();
    for (const [t, slot] of args.slot_mapping.entries()) if (slot >= 0) for (let i = 0; i < H * D; i++) written.add(slot * H * D + i);
    let saturated = 0;
    for (let i = 0; i < slots * H * D; i++) {
      if (!written.has(i)) {
        expect(got.k_cache![i]).toBe(before[i]);
        expect(got.v_cache![i]).toBe(before[i]);
        continue;
      }
      expect(got.k_cache![i], `k_cache[${i}]`).toBe(nearestE4m3(ref.k_cache![i] / Math.fround(0.1)));
      expect(got.v_cache![i], `v_cache[${i}]`).toBe(nearestE4m3(ref.v_cache![i] / Math.fround(0.0003)));
      if (Math.abs(got.k_cache![i]) === 448) saturated++;
    }
    expect(saturated).toBeGreaterThan(5);
    // q and k themselves are rotated as without a cache.
    expect(Array.from(got.k)).toEqual(Array.from(ref.k));
  });

  it('refuses a scale that is missing, zero, negative, not finite or past float32, by name', () => {
    const ir = compile(spec('f', 'q heads 2\n    k heads 1\n    kv_cache slots(dtype fp8_e4m3)'), { file: 'f.rope' }).irs[0];
    const base = { q: values(16, 1), k: values(8, 2), v: values(8, 3), slot_mapping: [0], k_cache: new Float64Array(16), v_cache: new Float64Array(16), sizes: { tokens: 1, cache_slots: 2, k_scale: 1, v_scale: 1 } };
    expect(() => interpret(ir, base)).not.toThrow();
    for (const bad of [0, -1, NaN, Infinity, 1e39, undefined]) {
      expect(() => interpret(ir, { ...base, sizes: { ...base.sizes, k_scale: bad } })).toThrow(/^sizes\.k_scale: expected a finite number > 0 \(a float32: fp8 outputs hold e4m3 of value \/ scale\), got /);
    }
    expect(() => interpret(ir, { ...base, sizes: { ...base.sizes, v_scale: 0 } })).toThrow(/^sizes\.v_scale: expected a finite number > 0/);
  });
});

describe('fp8 caches: the TypeScript module', () => {
  for (const dtype of ['f32', 'bf16'] as const) {
    it(`writes e4m3 bytes within one step of the interpreter, in place and out (${dtype})`, async () => {
      const src = spec('tf', `q heads 2\n    k heads 2\n    dtype ${dtype}\n    kv_cache paged(block 2, layout hnd, dtype fp8_e4m3)`);
      const r = compile(src, { file: 'tf.rope', targets: ['ts'] });
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tf');
      const [tokens, H, D, slots] = [5, 2, 8, 8];
      const enc = (x: Float64Array) => encodeStorage(x, dtype);
      const dec = (x: Float32Array | Uint16Array) => decodeStorage(x, dtype);
      const init = Float64Array.from({ length: slots * H * D }, (_, i) => decodeE4m3((i * 53) % 120));
      const args = {
        q: enc(values(tokens * 2 * D, 1)), k: enc(values(tokens * H * D, 2, 30)), v: enc(values(tokens * H * D, 3)),
        slot_mapping: Int32Array.from([7, 0, -1, 3, 4]), k_cache: e4m3Bytes(init), v_cache: e4m3Bytes(init),
        sizes: { tokens, offset: 1, cache_blocks: slots / 2, k_scale: 0.125, v_scale: 0.01 },
      };
      const want = interpret(ir, { ...args, q: dec(args.q), k: dec(args.k), v: dec(args.v), k_cache: init, v_cache: init });
      const out = mod.rotate(args);
      expect(fp8CacheMismatch('k_cache', args.k_cache, want.k_cache!)).toBeUndefined();
      expect(fp8CacheMismatch('v_cache', args.v_cache, want.v_cache!)).toBeUndefined();
      // k · 30 / 0.125 passes 448: saturated bytes (0x7e, 0xfe), never NaN (0x7f, 0xff).
      expect(Array.from(args.k_cache).some((b) => (b & 0x7f) === 0x7e)).toBe(true);
      expect(Array.from(args.k_cache).some((b) => (b & 0x7f) === 0x7f)).toBe(false);
      // In place: the same caches again (the call writes the same rows).
      const again = { ...args, k_cache: e4m3Bytes(init), v_cache: e4m3Bytes(init), q: args.q.slice(), k: args.k.slice() };
      mod.rotateInPlace(again);
      expect(Array.from(again.k_cache)).toEqual(Array.from(args.k_cache));
      expect(Array.from(again.k)).toEqual(Array.from(out.k));
    });
  }

  it('refuses caches that are not Uint8Array and bad scales before writing anything', async () => {
    const r = compile(spec('tb', 'q heads 2\n    k heads 1\n    kv_cache slots(dtype fp8_e4m3)'), { file: 'tb.rope', targets: ['ts'] });
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tb');
    const good = () => ({ q: new Float32Array(16).fill(1), k: new Float32Array(8).fill(1), v: new Float32Array(8).fill(1), slot_mapping: Int32Array.from([1]), k_cache: new Uint8Array(16).fill(9), v_cache: new Uint8Array(16).fill(9), sizes: { tokens: 1, cache_slots: 2, k_scale: 1, v_scale: 1 } });
    expect(() => mod.rotateInPlace(good())).not.toThrow();
    const wrongType = { ...good(), k_cache: new Uint16Array(16) };
    expect(() => mod.rotateInPlace(wrongType)).toThrow(/^k_cache: expected a Uint8Array of shape \[cache_slots, k_heads, 8\]/);
    const zero = good();
    zero.sizes.v_scale = 0;
    expect(() => mod.rotateInPlace(zero)).toThrow(/^sizes\.v_scale: expected a finite number > 0/);
    expect(Array.from(zero.k_cache).every((b) => b === 9)).toBe(true);
    expect(Array.from(zero.k)).toEqual(Array(8).fill(1));
  });
});

describe('fp8 caches: WGSL on Dawn', () => {
  const cases = [
    { dtype: 'f32', form: 'slots(dtype fp8_e4m3)', inplace: true, head: 'head_dim 8\n  rotary dim 6' },
    { dtype: 'bf16', form: 'paged(block 2, dtype fp8_e4m3)', inplace: false, head: 'head_dim 16' },
    { dtype: 'f16', form: 'paged(block 3, layout hnd, dtype fp8_e4m3)', inplace: true, head: 'head_dim 6' },
    { dtype: 'bf16', form: 'paged(block 2, layout hnd, dtype fp8_e4m3)', inplace: true, head: 'head_dim 32\n  rotary dim 16' },
  ] as const;
  for (const c of cases) {
    for (const schedule of ['heads', 'groups', 'serial'] as const) {
      it(`${c.dtype} ${c.form}${c.inplace ? ' in place' : ''}, ${schedule}: every byte within one step of the interpreter, the others untouched`, async () => {
        const src = spec('wf', `q heads 3\n    k heads 2\n    dtype ${c.dtype}\n    ${c.inplace ? 'inplace\n    ' : ''}kv_cache ${c.form}`, c.head);
        const built = await buildWgsl(src, 'wf.rope', {}, { schedule });
        const ir = built.ir;
        const D = ir.headDim;
        const kv = ir.kernel.kvCache!;
        const block = kv.kind === 'paged' ? kv.block : 1;
        const tokens = 5;
        const slots = 3 * block * 2;
        // Caches of random e4m3 values: bytes the kernel must not touch keep them (atomics write single bytes of shared words).
        // Distinct slots: two tokens of one slot race on a GPU (the interpreter keeps the later one).
        const init = (seed: number) => Float64Array.from({ length: slots * 2 * D }, (_, i) => decodeE4m3(((i + seed) * 97) % 126));
        const inputs = {
          q: values(tokens * 3 * D, 1), k: values(tokens * 2 * D, 2, 8), v: values(tokens * 2 * D, 3),
          slot_mapping: Int32Array.from([slots - 1, 2, -1, 0, 1]), k_cache: init(1), v_cache: init(2),
          sizes: { tokens, offset: 4, ...(kv.kind === 'slots' ? { cache_slots: slots } : { cache_blocks: slots / block }), k_scale: 0.03125, v_scale: 0.2 },
        };
        const run = await runOnGpu(built, inputs, !c.inplace);
        expect(run.k_cache).toBeInstanceOf(Uint8Array);
        expect(compareRun(ir, run, !c.inplace)).toBeUndefined();
      });
    }
  }
});

describe('fp8 caches: WGSL byte stores (put1, put4) on Dawn', () => {
  // A 16-byte chunk's four bytes go out as one put4 call: one atomicStore on a whole word, or the
  // clear-then-set atomics on each of two words. The kernels reach put4 only on whole words today
  // (head_dim a multiple of 4 on the 16-byte path), so its other branch is run here directly: the
  // generated functions, called at every byte offset, against the same stores done byte by byte.
  it('writes exactly bytes i … i + 3 at each offset of a word, keeps the others, skips bytes past the end', async () => {
    const built = await buildWgsl(spec('wb', 'q heads 2\n    k heads 1\n    dtype f32\n    kv_cache slots(dtype fp8_e4m3)', 'head_dim 8'), 'wb.rope');
    // A lone byte: the pair-by-pair stores of a head_dim 6 cache.
    const lone = await buildWgsl(spec('wl', 'q heads 2\n    k heads 1\n    dtype f32\n    kv_cache slots(dtype fp8_e4m3)', 'head_dim 6'), 'wl.rope');
    const fn = (name: string) => {
      const m = new RegExp(`fn ${name}\\(i: u32, x: u32\\) \\{[\\s\\S]*?\\n\\}\\n`).exec(name.startsWith('put1') ? lone.wgsl : built.wgsl);
      if (!m) throw new Error(`${name} is not in the shader`);
      return m[0];
    };
    expect(built.wgsl).toMatch(/put4_k_cache\(co \+ 4u, /);
    const words = 9;
    // [index, bytes, put4?]: every offset in a word, one straddling the end (bytes 34, 35 kept, 36, 37 past it).
    const calls: [number, number, boolean][] = [[1, 0x44332211, true], [10, 0x88776655, true], [19, 0xccbbaa99, true], [24, 0xf0e0d0c0, true], [6, 0x5a, false], [29, 0x7b, false], [34, 0x04030201, true]];
    const shader = `@group(0) @binding(0) var<storage, read_write> k_cache: array<atomic<u32>>;
${fn('put1_k_cache')}${fn('put4_k_cache')}
@compute @workgroup_size(1)
fn main() {
${calls.map(([i, x, four]) => `  put${four ? 4 : 1}_k_cache(${i}u, ${x}u);`).join('\n')}
}
`;
    const device = await testDevice();
    const before = Uint8Array.from({ length: words * 4 }, (_, i) => (0xe0 + i) & 0xff);
    const buffer = uploadBuffer(device, before);
    // Bound as its 9 words (the upload is padded to 16 bytes): put4 at 34 reaches past the binding's end.
    await dispatchShader(shader, [{ buffer, size: words * 4 }], 1);
    const after = new Uint8Array(await readBuffer(device, buffer, words * 4));
    buffer.destroy();
    const expected = before.slice();
    for (const [i, x, four] of calls) {
      for (let j = 0; j < (four ? 4 : 1); j++) if (i + j < expected.length) expected[i + j] = (x >>> (8 * j)) & 0xff;
    }
    expect(Array.from(after)).toEqual(Array.from(expected));
  });
});

describe('fp8 caches: ropec run', () => {
  it('takes --k-scale and --v-scale, reads and writes the caches as bytes (|u1) in every backend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-fp8-'));
    try {
      writeFileSync(join(dir, 'a.rope'), spec('rf', 'q heads 2\n    k heads 1\n    dtype bf16\n    inplace\n    kv_cache paged(block 2, dtype fp8_e4m3)'));
      writeFileSync(join(dir, 'plain.rope'), spec('rp', 'q heads 2\n    k heads 1\n    dtype bf16\n    kv_cache paged(block 2)'));
      const bf16 = (x: Float64Array) => encodeStorage(x, 'bf16') as Uint16Array;
      writeFileSync(join(dir, 'q.npy'), writeNpy('<u2', [3, 2, 8], bf16(values(48, 1))));
      writeFileSync(join(dir, 'k.npy'), writeNpy('<u2', [3, 1, 8], bf16(values(24, 2, 4))));
      writeFileSync(join(dir, 'v.npy'), writeNpy('<u2', [3, 1, 8], bf16(values(24, 3))));
      writeFileSync(join(dir, 's.npy'), writeNpy('<i8', [3], BigInt64Array.from([3n, -1n, 0n])));
      writeFileSync(join(dir, 'kc.npy'), writeNpy('|u1', [2, 2, 1, 8], new Uint8Array(32).fill(0x38)));
      writeFileSync(join(dir, 'vc.npy'), writeNpy('|u1', [2, 2, 1, 8], new Uint8Array(32).fill(0xb8)));
      const kv = ['--v', join(dir, 'v.npy'), '--slot-mapping', join(dir, 's.npy'), '--k-cache', join(dir, 'kc.npy'), '--v-cache', join(dir, 'vc.npy')];
      const base = (out: string) => ['run', join(dir, 'a.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--bf16', '--sizes', 'offset=4', '--out', join(dir, out), ...kv];
      for (const backend of ['interp', 'ts', 'wgsl', ...(nvccAvailable() ? ['cuda'] : [])]) {
        const r = await runMain(...base(`o-${backend}`), '--k-scale', '0.0625', '--v-scale', '0.5', '--backend', backend, ...(backend === 'cuda' ? ['--device', 'cpu'] : []), '--compare', 'interp');
        expect(r.status, `${backend}: ${r.stdout}${r.stderr}`).toBe(0);
        expect(r.stdout).toMatch(/k_cache: max abs error .* — ok/);
        const kc = parseNpy(readFileSync(join(dir, `o-${backend}`, 'k_cache.npy')), 'k_cache');
        expect(kc.descr).toBe('|u1');
        expect(kc.shape).toEqual([2, 2, 1, 8]);
        // Token 1 is skipped: slots 1 and 2 keep their bytes (1.0 = 0x38).
        expect(Array.from((kc.data as Uint8Array).slice(8, 24)).every((b) => b === 0x38)).toBe(true);
        expect(Array.from((kc.data as Uint8Array).slice(24, 32)).some((b) => b !== 0x38)).toBe(true);
      }
      const missing = await runMain(...base('o-m'), '--k-scale', '0.0625');
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('spec rf writes its KV cache as fp8 e4m3 of value / scale: give --v-scale X');
      const stray = await runMain('run', join(dir, 'plain.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--bf16', '--out', join(dir, 'o-s'), '--k-scale', '1');
      expect(stray.status).toBe(2);
      expect(stray.stderr).toContain("--k-scale: spec rp has no fp8 KV cache ('kv_cache …(dtype fp8_e4m3)')");
      writeFileSync(join(dir, 'kc16.npy'), writeNpy('<u2', [2, 2, 1, 8], new Uint16Array(32)));
      const wide = await runMain(...base('o-w').map((a) => (a === join(dir, 'kc.npy') ? join(dir, 'kc16.npy') : a)), '--k-scale', '1', '--v-scale', '1');
      expect(wide.status).toBe(1);
      expect(wide.stderr).toContain("k_cache has dtype '<u2', spec rf stores fp8 e4m3 caches ('|u1', their bytes: cache.view(torch.uint8))");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
