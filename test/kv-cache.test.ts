// The KV-cache write fused with the rotation (`kv_cache slots | paged(block B[, layout hnd])`,
// #19's second stage): after the rotation, each token's rotated k heads and its v heads are also
// stored into the caller's caches at slot slot_mapping[token] (−1: the token is skipped), as vLLM's
// reshape_and_cache after rotary_emb, in one pass. The language, the interpreter's definition, the
// TypeScript module, WGSL on Dawn (v read through q's binding when q, k and v are views of one
// buffer) and `ropec run` in every backend (CUDA through the CPU harness); random specs with a
// cache also run in the TS, WGSL and CUDA property tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { explain } from '../src/compiler/explain.js';
import { parseNpy, writeNpy } from '../src/npy.js';
import { encodeStorage, decodeStorage } from '../src/storage.js';
import { runMain } from './support/cli.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { nvcc, nvccAvailable } from './support/nvcc.js';
import { launchArgs } from '../src/backends/cuda/index.js';
import { stageSpec, waveValues } from './support/stage-spec.js';
import { buildWgsl, compareRun, readBuffer, runOnGpu, testDevice } from './support/webgpu.js';

const spec = stageSpec;
const values = (n: number, seed: number) => Float32Array.from(waveValues(n, seed));
const codes = (source: string, targets?: string[]) => compile(source, { file: 'a.rope', ...(targets ? { targets } : {}) }).diagnostics.map((d) => d.code);

/**
 * Where lane l of head h of slot `slot` lies in a cache of H heads of D lanes: the definition the
 * issue gives (flat and NHD rows [slot, h]; HND [slot / B, h, slot % B]), written out here.
 */
function cacheIndex(layout: 'slots' | 'nhd' | 'hnd', B: number, H: number, D: number, slot: number, h: number, l: number): number {
  if (layout === 'hnd') return (((Math.floor(slot / B) * H) + h) * B + (slot % B)) * D + l;
  return (slot * H + h) * D + l;
}

describe('kv_cache: the language', () => {
  it('reads slots, paged(block B) (NHD) and paged(block B, layout hnd)', () => {
    const ir = (k: string) => compile(spec('a', `q heads 2\n    k heads 1\n    ${k}`), { file: 'a.rope' }).irs[0];
    expect(ir('kv_cache slots').kernel.kvCache).toEqual({ kind: 'slots' });
    expect(ir('kv_cache paged(block 16)').kernel.kvCache).toEqual({ kind: 'paged', block: 16, layout: 'nhd' });
    expect(ir('kv_cache paged(block 4, layout hnd)').kernel.kvCache).toEqual({ kind: 'paged', block: 4, layout: 'hnd' });
    // A spec without it keeps its hash (the field is absent).
    expect(ir('dtype f32').kernel.kvCache).toBeUndefined();
  });

  it('reads a block table (slots table), and refuses it where a token has no one whole position (RC226)', () => {
    const ir = compile(spec('a', 'q heads 2\n    k heads 1\n    kv_cache paged(block 16, layout hnd, slots table)'), { file: 'a.rope' }).irs[0];
    expect(ir.kernel.kvCache).toEqual({ kind: 'paged', block: 16, layout: 'hnd', table: true });
    const mrope = compile(spec('m', 'q heads 2\n    k heads 1\n    kv_cache paged(block 16, slots table)').replace('positions index + offset', 'axes sectioned [t 1, h 1, w 1]\n  positions tensor int'), { file: 'm.rope' }).diagnostics;
    expect(mrope.map((d) => d.code)).toEqual(['RC226']);
    expect(codes(spec('a', 'q heads 2\n    kv_cache paged(block 16, slots mapping)'))).toEqual([]);
  });

  it('refuses another form (RC223), a bad block, a cache without k (RC224) and with k\'s own tokens (RC225)', () => {
    expect(codes(spec('a', 'q heads 2\n    kv_cache flat'))).toEqual(['RC223']);
    expect(codes(spec('a', 'q heads 2\n    kv_cache paged'))).toEqual(['RC223']);
    expect(codes(spec('a', 'q heads 2\n    kv_cache paged(block 0)')).length).toBe(1);
    expect(codes(spec('a', 'q heads 2\n    kv_cache paged(block 16, layout nchw)')).length).toBe(1);
    const noK = compile(spec('a', 'q heads 2\n    k heads 0\n    kv_cache slots'), { file: 'a.rope' }).diagnostics;
    expect(noK.map((d) => d.code)).toEqual(['RC224']);
    expect(noK[0].pos.line).toBe(10);
    expect(codes(spec('a', 'q heads 2\n    k heads 2 tokens own\n    kv_cache slots'))).toEqual(['RC225']);
  });

});

describe('kv_cache: the interpreter', () => {
  for (const layout of ['slots', 'nhd', 'hnd'] as const) {
    it(`${layout}: stores each token's rotated k and its v at its slot, skips slot −1, leaves other slots as they were`, () => {
      const B = 3;
      const kv = layout === 'slots' ? 'kv_cache slots' : `kv_cache paged(block ${B}${layout === 'hnd' ? ', layout hnd' : ''})`;
      const cached = compile(spec('c', `q heads 2\n    k heads 2\n    ${kv}`), { file: 'c.rope' }).irs[0];
      const plain = compile(spec('p', 'q heads 2\n    k heads 2'), { file: 'p.rope' }).irs[0];
      const [tokens, H, D] = [5, 2, 8];
      const slots = 12;
      const q = values(tokens * 2 * D, 1);
      const k = values(tokens * H * D, 2);
      const v = values(tokens * H * D, 3);
      const slot_mapping = Int32Array.from([7, -1, 0, 11, 4]);
      const k_cache = new Float32Array(slots * H * D).fill(-9);
      const v_cache = new Float32Array(slots * H * D).fill(-8);
      const sizes = { tokens, offset: 3, ...(layout === 'slots' ? { cache_slots: slots } : { cache_blocks: slots / B }) };
      const got = interpret(cached, { q, k, sizes, v, slot_mapping, k_cache, v_cache });
      const want = interpret(plain, { q, k, sizes: { tokens, offset: 3 } });
      expect(Array.from(got.q)).toEqual(Array.from(want.q));
      expect(Array.from(got.k)).toEqual(Array.from(want.k));
      const wantK = Float64Array.from(k_cache);
      const wantV = Float64Array.from(v_cache);
      for (let t = 0; t < tokens; t++) {
        if (slot_mapping[t] === -1) continue;
        for (let h = 0; h < H; h++) {
          for (let l = 0; l < D; l++) {
            const at = cacheIndex(layout, B, H, D, slot_mapping[t], h, l);
            wantK[at] = want.k[(t * H + h) * D + l];
            wantV[at] = v[(t * H + h) * D + l];
          }
        }
      }
      expect(Array.from(got.k_cache!)).toEqual(Array.from(wantK));
      expect(Array.from(got.v_cache!)).toEqual(Array.from(wantV));
      // The inputs are not changed (the interpreter returns new caches).
      expect(k_cache.every((x) => x === -9)).toBe(true);
    });
  }

  it('refuses a slot past the cache, a fraction, a short cache and a missing v by name', () => {
    const ir = compile(spec('c', 'q heads 1\n    k heads 1\n    kv_cache paged(block 2)'), { file: 'c.rope' }).irs[0];
    const base = { q: values(16, 1), k: values(16, 2), v: values(16, 3), sizes: { tokens: 2, cache_blocks: 2 }, slot_mapping: [0, 3], k_cache: new Float32Array(32), v_cache: new Float32Array(32) };
    expect(() => interpret(ir, base)).not.toThrow();
    expect(() => interpret(ir, { ...base, slot_mapping: [0, 4] })).toThrow("slot_mapping: entry 1 is 4; a slot is −1 (the token is not stored) or one of the cache's 4 slots [0, 4)");
    expect(() => interpret(ir, { ...base, slot_mapping: [-2, 0] })).toThrow('slot_mapping: entry 0 is -2');
    expect(() => interpret(ir, { ...base, slot_mapping: [0.5, 0] })).toThrow('slot_mapping: entry 0 is 0.5');
    expect(() => interpret(ir, { ...base, k_cache: new Float32Array(31) })).toThrow('k_cache: expected shape [cache_blocks, 2, k_heads, 8] = [2, 2, 1, 8] (32 values), got length 31');
    expect(() => interpret(ir, { ...base, v: undefined })).toThrow('v: missing; rope c stores rotated k and v into a KV cache and needs v of shape [tokens, k_heads, head_dim] = [2, 1, 8]');
    expect(() => interpret(ir, { ...base, sizes: { tokens: 2 } })).toThrow('cache_blocks: missing');
  });
});

describe('kv_cache: a block table (paged(…, slots table))', () => {
  // Two packed sequences at per-sequence offsets: sequence 0 holds positions 4, 5, 6 and sequence 1
  // positions 0, 1; blocks of 2 slots. Row 0 maps its block 2 (positions 4, 5) to cache block 3 and
  // block 3 (position 6) to cache block 0; row 1 maps block 0 (positions 0, 1) to cache block 1.
  const source = spec('bt', 'q heads 2\n    k heads 2\n    kv_cache paged(block 2, layout hnd, slots table)').replace('positions index + offset', 'positions index packed + offsets');
  const [H, D] = [2, 8];
  const inputs = () => ({
    q: values(5 * 2 * D, 1), k: values(5 * H * D, 2), v: values(5 * H * D, 3), cu_seqlens: Int32Array.from([0, 3, 5]), offsets: Int32Array.from([4, 0]),
    block_table: Int32Array.from([-1, -1, 3, 0, 1, -1, -1, -1]), k_cache: new Float32Array(4 * H * 2 * D), v_cache: new Float32Array(4 * H * 2 * D),
    sizes: { tokens: 5, table_blocks: 4, cache_blocks: 4 },
  });
  // token → (cache block, row in it), written out by hand from the table above.
  const where = [[3, 0], [3, 1], [0, 0], [1, 0], [1, 1]];

  it('the interpreter stores each token at block_table[sequence, p / B] · B + p % B', () => {
    const ir = compile(source, { file: 'bt.rope' }).irs[0];
    const x = inputs();
    const got = interpret(ir, x);
    for (let t = 0; t < 5; t++) {
      for (let h = 0; h < H; h++) {
        const at = ((where[t][0] * H + h) * 2 + where[t][1]) * D;
        expect(Array.from(got.v_cache!.slice(at, at + D))).toEqual(Array.from(x.v.slice((t * H + h) * D, (t * H + h + 1) * D)));
        expect(Array.from(got.k_cache!.slice(at, at + D))).toEqual(Array.from(got.k.slice((t * H + h) * D, (t * H + h + 1) * D)));
      }
    }
    // Block 2 of the cache is nobody's: as it was.
    expect(got.k_cache!.slice(2 * H * 2 * D, 3 * H * 2 * D).every((y) => y === 0)).toBe(true);
  });

  it('every host refuses a table entry past the cache and a row too short for a position, by name', async () => {
    const ir = compile(source, { file: 'bt.rope' }).irs[0];
    const mod = await loadGeneratedTs(compile(source, { file: 'bt.rope', targets: ['ts'] }).artifacts[0].contents, 'bt');
    const entry = { ...inputs(), block_table: Int32Array.from([-1, -1, 3, 4, 1, -1, -1, -1]) };
    const short = { ...inputs(), block_table: Int32Array.from([-1, -1, 3, 1, -1, -1]), sizes: { tokens: 5, table_blocks: 3, cache_blocks: 4 } };
    for (const run of [(x: Record<string, any>) => interpret(ir, x as never), (x: Record<string, any>) => mod.rotateInPlace(x)]) {
      expect(() => run(entry)).toThrow("block_table: entry [0, 3] is 4; a block is −1 (none) or one of the cache's 4 blocks [0, 4)");
      expect(() => run(short)).toThrow("block_table: sequence 0's last token is at position 6, outside the positions [0, 6) that a row of 3 blocks of 2 slots holds");
    }
  });

  it('ropec run --block-table: every backend writes the same caches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-kv-'));
    try {
      const x = inputs();
      writeFileSync(join(dir, 'a.rope'), source);
      writeFileSync(join(dir, 'q.npy'), writeNpy('<f4', [5, 2, D], x.q));
      writeFileSync(join(dir, 'k.npy'), writeNpy('<f4', [5, H, D], x.k));
      writeFileSync(join(dir, 'v.npy'), writeNpy('<f4', [5, H, D], x.v));
      writeFileSync(join(dir, 'cu.npy'), writeNpy('<i4', [3], x.cu_seqlens));
      writeFileSync(join(dir, 'off.npy'), writeNpy('<i4', [2], x.offsets));
      writeFileSync(join(dir, 'bt.npy'), writeNpy('<i8', [2, 4], BigInt64Array.from(x.block_table, (y) => BigInt(y))));
      writeFileSync(join(dir, 'kc.npy'), writeNpy('<f4', [4, H, 2, D], x.k_cache));
      writeFileSync(join(dir, 'vc.npy'), writeNpy('<f4', [4, H, 2, D], x.v_cache));
      const caches: Record<string, number[]> = {};
      for (const backend of ['interp', 'ts', 'wgsl', ...(nvccAvailable() ? ['cuda'] : [])]) {
        const r = await runMain('run', join(dir, 'a.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--v', join(dir, 'v.npy'), '--cu-seqlens', join(dir, 'cu.npy'), '--offsets', join(dir, 'off.npy'),
          '--block-table', join(dir, 'bt.npy'), '--k-cache', join(dir, 'kc.npy'), '--v-cache', join(dir, 'vc.npy'), '--backend', backend, ...(backend === 'cuda' ? ['--device', 'cpu'] : []), '--out', join(dir, backend), '--compare', 'interp');
        expect(r.status, `${backend}: ${r.stdout}${r.stderr}`).toBe(0);
        caches[backend] = ['k_cache', 'v_cache'].flatMap((n) => Array.from(parseNpy(readFileSync(join(dir, backend, `${n}.npy`)), n).data as Float32Array));
      }
      // The rotated k may differ in the last bits between backends (GPU targets compute in f32: within
      // 2^-20 of the largest value, the property tests' rule); v's rows and the untouched slots may not.
      const half = caches.interp.length / 2;
      const scale = caches.interp.slice(0, half).reduce((m, y) => Math.max(m, Math.abs(y)), 1);
      for (const backend of Object.keys(caches)) {
        expect(caches[backend].slice(half), backend).toEqual(caches.interp.slice(half));
        caches[backend].slice(0, half).forEach((y, i) => expect(Math.abs(y - caches.interp[i]), backend).toBeLessThanOrEqual(scale * 2 ** -20));
      }
      const stray = await runMain('run', join(dir, 'a.rope'), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--v', join(dir, 'v.npy'), '--cu-seqlens', join(dir, 'cu.npy'), '--offsets', join(dir, 'off.npy'),
        '--slot-mapping', join(dir, 'cu.npy'), '--block-table', join(dir, 'bt.npy'), '--k-cache', join(dir, 'kc.npy'), '--v-cache', join(dir, 'vc.npy'), '--out', join(dir, 'x'));
      expect(stray.stderr).toContain('--slot-mapping: spec bt finds slots in its block table (--block-table)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('kv_cache: the TypeScript module', () => {
  // Flat, NHD and HND caches; f32 and bf16; partial rotary lanes (k's pass-through lanes reach the
  // cache too); a norm before the rotation; strided views of a fused QKV buffer, v included.
  const cases = [
    { name: 'ts_slots', kernel: 'q heads 3\n    k heads 2\n    kv_cache slots', layout: 'slots' as const },
    { name: 'ts_nhd', kernel: 'q heads 3\n    k heads 2\n    dtype bf16\n    kv_cache paged(block 4)', layout: 'nhd' as const },
    { name: 'ts_hnd', kernel: 'q heads 2\n    k heads 2\n    dtype f16\n    inplace\n    kv_cache paged(block 4, layout hnd)', layout: 'hnd' as const },
    { name: 'ts_norm', kernel: 'q heads 2\n    k heads 1\n    norm rms(eps 1e-6, weight none)\n    kv_cache paged(block 2)', layout: 'nhd' as const },
    { name: 'ts_qkv', kernel: 'q heads 2\n    k heads 2\n    dtype bf16\n    inplace\n    strided\n    kv_cache paged(block 4, layout hnd)', layout: 'hnd' as const },
  ];
  for (const c of cases) {
    it(`${c.name}: rotate and rotateInPlace write the caches as the interpreter does; the caches' other slots stay`, async () => {
      const r = compile(spec(c.name, c.kernel), { file: `${c.name}.rope`, targets: ['ts'] });
      expect(r.diagnostics).toEqual([]);
      const ir = r.irs[0];
      const mod = await loadGeneratedTs(r.artifacts[0].contents, c.name);
      const dtype = ir.kernel.dtype;
      const [tokens, Hq, Hk, D] = [6, ir.kernel.qHeads!, ir.kernel.kHeads!, 8];
      const block = ir.kernel.kvCache!.kind === 'paged' ? ir.kernel.kvCache!.block : 1;
      const slots = 16;
      const cacheSize = c.layout === 'slots' ? { cache_slots: slots } : { cache_blocks: slots / block };
      const slot_mapping = Int32Array.from([5, 0, -1, 15, 9, 2]);
      const enc = (x: Float32Array) => encodeStorage(x, dtype);
      let inputs: Record<string, any>;
      if (ir.kernel.strided) {
        // One fused [tokens, Hq + 2·Hk, D] buffer: q heads, k heads, v heads.
        const row = (Hq + 2 * Hk) * D;
        const qkv = enc(values(tokens * row, 4));
        inputs = {
          q: qkv, k: qkv, v: qkv,
          sizes: { tokens, offset: 2, ...cacheSize, q_token_stride: row, k_token_stride: row, v_token_stride: row, q_head_stride: D, k_head_stride: D, v_head_stride: D },
        };
        // q starts at element 0, k at Hq·D, v at (Hq + Hk)·D: TS hosts take views as subarrays.
        inputs.k = qkv.subarray(Hq * D);
        inputs.v = qkv.subarray((Hq + Hk) * D);
      } else {
        inputs = { q: enc(values(tokens * Hq * D, 1)), k: enc(values(tokens * Hk * D, 2)), v: enc(values(tokens * Hk * D, 3)), sizes: { tokens, offset: 2, ...cacheSize } };
      }
      const fresh = () => ({ k_cache: enc(new Float32Array(slots * Hk * D).fill(-7)), v_cache: enc(new Float32Array(slots * Hk * D).fill(-6)) });
      const caches = fresh();
      const args = { ...inputs, slot_mapping, ...caches };
      const decoded = (x: Float32Array | Uint16Array) => decodeStorage(x, dtype);
      const want = interpret(ir, { ...args, q: decoded(args.q), k: decoded(args.k), v: decoded(args.v), k_cache: decoded(args.k_cache), v_cache: decoded(args.v_cache) });
      const out = ir.kernel.inplace ? (mod.rotateInPlace(args), { q: args.q, k: args.k }) : mod.rotate(args);
      // The rotated k, one rounding to the dtype: within half an ulp of the interpreter …
      const ulp = dtype === 'f32' ? 2 ** -24 : dtype === 'f16' ? 2 ** -11 : 2 ** -8;
      const gk = decoded(out.k);
      const [ts, hs, vts, vhs] = ir.kernel.strided ? [(Hq + 2 * Hk) * D, D, (Hq + 2 * Hk) * D, D] : [Hk * D, D, Hk * D, D];
      for (let t = 0; t < tokens; t++) {
        for (let i = t * ts; i < t * ts + Hk * D; i++) expect(Math.abs(gk[i] - want.k[i])).toBeLessThanOrEqual(Math.abs(want.k[i]) * ulp * 1.0000001 + 1e-30);
      }
      // … and the cache holds exactly the stored k (bit for bit), v as given, and every other slot as it was.
      const [kc, vc] = [decoded(caches.k_cache), decoded(caches.v_cache)];
      const v = decoded(args.v);
      const written = new Set<number>();
      for (let t = 0; t < tokens; t++) {
        if (slot_mapping[t] === -1) continue;
        for (let h = 0; h < Hk; h++) {
          for (let l = 0; l < D; l++) {
            const at = cacheIndex(c.layout, block, Hk, D, slot_mapping[t], h, l);
            written.add(at);
            expect(kc[at]).toBe(gk[t * ts + h * hs + l]);
            expect(vc[at]).toBe(v[t * vts + h * vhs + l]);
            expect(kc[at]).toBeCloseTo(want.k_cache![at], dtype === 'f32' ? 5 : 1);
          }
        }
      }
      for (let i = 0; i < kc.length; i++) {
        if (written.has(i)) continue;
        expect(kc[i]).toBe(-7);
        expect(vc[i]).toBe(-6);
      }
      expect(written.size).toBe(5 * Hk * D);
    });
  }

  it('refuses bad slots and caches by name before writing anything, the WebAssembly kernel too', async () => {
    const r = compile(spec('tb', 'q heads 2\n    k heads 1\n    kv_cache slots'), { file: 'tb.rope', targets: ['ts'] });
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'tb');
    const args = () => ({
      q: values(3 * 16, 1), k: values(3 * 8, 2), v: values(3 * 8, 3), sizes: { tokens: 3, cache_slots: 4 },
      slot_mapping: Int32Array.from([0, 1, 2]), k_cache: new Float32Array(32), v_cache: new Float32Array(32),
    });
    const a = args();
    a.slot_mapping = Int32Array.from([0, 3, 4]);
    expect(() => mod.rotateInPlace(a)).toThrow("slot_mapping: entry 2 is 4; a slot is −1 (the token is not stored) or one of the cache's 4 slots [0, 4)");
    // Nothing was written: not q, not the caches.
    expect(Array.from(a.q)).toEqual(Array.from(args().q));
    expect(a.k_cache.every((x) => x === 0)).toBe(true);
    expect(() => mod.rotate({ ...args(), slot_mapping: [0, 1, 2] })).toThrow('slot_mapping: expected an Int32Array of shape [tokens] = [3], got Array');
    expect(() => mod.rotate({ ...args(), v_cache: new Float32Array(31) })).toThrow('v_cache: expected shape [cache_slots, k_heads, 8] = [4, 1, 8] (32 values), got length 31');
    expect(() => mod.rotate({ ...args(), v: new Float64Array(24) })).toThrow('v: expected a Float32Array of shape [tokens, k_heads, head_dim] = [3, 1, 8], got Float64Array');
    // The WebAssembly kernel allocates the caches: it needs their size, and refuses a slot past them before any write.
    expect(() => mod.createWasmKernel({ tokens: 3 })).toThrow(/^sizes\.cache_slots: /);
    const kernel = mod.createWasmKernel({ tokens: 3, cache_slots: 4 });
    kernel.q.set(args().q);
    kernel.k_cache.fill(5);
    kernel.slot_mapping.set([0, 3, 4]);
    expect(() => kernel.rotateInPlace()).toThrow("slot_mapping: entry 2 is 4; a slot is −1 (the token is not stored) or one of the cache's 4 slots [0, 4)");
    expect(Array.from(kernel.q)).toEqual(Array.from(args().q));
    expect(kernel.k_cache.every((x: number) => x === 5)).toBe(true);
  });
});

describe('kv_cache: WGSL on a real WebGPU device', () => {
  // f32 heads of 16 lanes (the 16-byte shader), bf16 heads with pass-through lanes (two lanes per
  // word), f16 with a norm; separate buffers and views of one fused QKV buffer.
  const cases = [
    { name: 'wv', kernel: 'q heads 3\n    k heads 2\n    kv_cache paged(block 4)', head: 'head_dim 16', layout: 'nhd' as const },
    { name: 'wb', kernel: 'q heads 2\n    k heads 2\n    dtype bf16\n    kv_cache paged(block 2, layout hnd)', head: 'head_dim 12\n  rotary dim 8', layout: 'hnd' as const },
    { name: 'wn', kernel: 'q heads 2\n    k heads 1\n    dtype f16\n    norm rms(eps 1e-6)\n    kv_cache slots', head: 'head_dim 8', layout: 'slots' as const },
  ];
  for (const c of cases) {
    for (const schedule of ['heads', 'groups', 'serial'] as const) {
      it(`${c.name}, ${schedule}: in place and out of place write the caches as the interpreter does`, async () => {
        const built = await buildWgsl(spec(c.name, c.kernel, c.head), `${c.name}.rope`, {}, { schedule });
        const ir = built.ir;
        const [tokens, H, D] = [5, ir.kernel.kHeads!, ir.headDim];
        const block = ir.kernel.kvCache!.kind === 'paged' ? ir.kernel.kvCache!.block : 1;
        const slots = 8;
        for (const outOfPlace of [false, true]) {
          const inputs = {
            q: values(tokens * ir.kernel.qHeads! * D, 5), k: values(tokens * H * D, 6), v: values(tokens * H * D, 7),
            slot_mapping: Int32Array.from([6, -1, 0, 3, 7]), k_cache: values(slots * H * D, 8), v_cache: values(slots * H * D, 9),
            sizes: { tokens, offset: 3, ...(c.layout === 'slots' ? { cache_slots: slots } : { cache_blocks: slots / block }) },
            ...(ir.kernel.norm ? { q_norm_weight: values(D, 1), k_norm_weight: values(D, 2) } : {}),
          };
          const exact = (x: Float32Array) => decodeStorage(encodeStorage(x, ir.kernel.dtype), ir.kernel.dtype);
          for (const name of ['v', 'k_cache', 'v_cache', 'q_norm_weight', 'k_norm_weight'] as const) if (inputs[name as keyof typeof inputs]) (inputs as Record<string, unknown>)[name] = exact(inputs[name as keyof typeof inputs] as Float32Array);
          const run = await runOnGpu(built, inputs, outOfPlace);
          expect(run.k_cache, 'k_cache read back').toBeDefined();
          expect(compareRun(ir, run, outOfPlace)).toBeUndefined();
        }
      });
    }
  }

  it('views of one fused [tokens, q_heads + 2·k_heads, head_dim] buffer: v is read through q\'s binding (the input\'s out of place) up to the last token, the rest of the buffer is kept', async () => {
    const built = await buildWgsl(spec('wq', 'q heads 2\n    k heads 2\n    inplace\n    strided\n    kv_cache paged(block 2)', 'head_dim 8'), 'wq.rope');
    const device = await testDevice();
    const [tokens, Hq, Hk, D] = [3, 2, 2, 8];
    const row = (Hq + 2 * Hk) * D;
    const qkv = values(tokens * row, 3);
    const upload = (x: Float32Array) => {
      const b = device.createBuffer({ size: x.byteLength, usage: 0x80 | 0x08 | 0x04 });
      device.queue.writeBuffer(b, 0, x);
      return b;
    };
    const sizes = { tokens, offset: 1, cache_blocks: 2, q_token_stride: row, k_token_stride: row, v_token_stride: row, q_head_stride: D, k_head_stride: D, v_head_stride: D, k_start: Hq * D, v_start: (Hq + Hk) * D };
    // Every token stored, the last one too: its v heads are the buffer's last elements.
    const slot_mapping = Int32Array.from([2, 0, 3]);
    const want = interpret(built.ir, { q: qkv.subarray(0), k: qkv.subarray(Hq * D), v: qkv.subarray((Hq + Hk) * D), slot_mapping, k_cache: new Float32Array(4 * Hk * D), v_cache: new Float32Array(4 * Hk * D), sizes });
    for (const outOfPlace of [false, true]) {
      const buffer = upload(qkv);
      // Out of place: the output buffer starts as a pattern that its v part keeps.
      const sentinel = new Float32Array(qkv.length).fill(-7);
      const target = outOfPlace ? upload(sentinel) : buffer;
      const [kc, vc] = [upload(new Float32Array(4 * Hk * D)), upload(new Float32Array(4 * Hk * D))];
      built.kernel.run({ q: buffer, k: buffer, v: buffer, ...(outOfPlace ? { qOut: target, kOut: target } : {}), slot_mapping, k_cache: kc, v_cache: vc, sizes });
      const [out, kcOut, vcOut] = [new Float32Array(await readBuffer(device, target, qkv.byteLength)), new Float32Array(await readBuffer(device, kc, kc.size)), new Float32Array(await readBuffer(device, vc, vc.size))];
      for (let t = 0; t < tokens; t++) {
        for (let i = 0; i < Hk * D; i++) expect(out[t * row + Hq * D + i]).toBeCloseTo(want.k[t * row + i], 5);
        // v's part of the buffer comes back as it was (out of place: the output's v part is not written).
        for (let i = 0; i < Hk * D; i++) expect(out[t * row + (Hq + Hk) * D + i]).toBe(outOfPlace ? -7 : qkv[t * row + (Hq + Hk) * D + i]);
      }
      for (let i = 0; i < kcOut.length; i++) {
        expect(kcOut[i]).toBeCloseTo(want.k_cache![i], 5);
        expect(vcOut[i]).toBe(want.v_cache![i]);
      }
      // Token 1 went to slot 0 (block 0, row 0) and the last token to slot 3 (block 1, row 1): their v heads, exactly.
      expect(Array.from(vcOut.slice(0, Hk * D))).toEqual(Array.from(qkv.slice(row + (Hq + Hk) * D, row + (Hq + 2 * Hk) * D)));
      expect(Array.from(vcOut.slice(3 * Hk * D, 4 * Hk * D))).toEqual(Array.from(qkv.slice(2 * row + (Hq + Hk) * D, 3 * row)));
      for (const b of new Set([buffer, target, kc, vc])) b.destroy();
    }
  });
});

/**
 * Builds spec `name` for CUDA and a program that calls ropec_NAME_check once per set of arguments
 * (`setup` declares the arrays they name); built without ROPEC_HOST_EMULATION, the check compares
 * addresses and reads no array, as a launch on device memory cannot. Each call's status and message.
 */
async function launcherChecks(name: string, kernel: string, setup: string, args: Record<string, string>, changes: Record<string, string>[]): Promise<string[]> {
  const r = compile(spec(name, kernel, 'head_dim 8'), { file: `${name}.rope`, targets: ['cuda'] });
  expect(r.diagnostics).toEqual([]);
  const dir = mkdtempSync(join(tmpdir(), `ropec-${name}-`));
  try {
    for (const a of r.artifacts) writeFileSync(join(dir, a.path), a.contents);
    const call = (change: Record<string, string>) => `ropec_${name}_check(${launchArgs(r.irs[0]).map((a) => ({ ...args, ...change })[a.name]).join(', ')})`;
    writeFileSync(join(dir, 'check.cu'), `#include "${name}.cu"
#include <cstdio>
#include <vector>
int main() {
${setup}
${changes.map((c) => `  printf("%d %s\\n", static_cast<int>(${call(c)}), ropec_${name}_last_error());`).join('\n')}
  return 0;
}
`);
    await nvcc(['-std=c++17', '--Werror', 'all-warnings', '-Xcompiler', '-Wall,-Wextra,-Werror', 'check.cu', '-o', 'check'], dir);
    return execFileSync(join(dir, 'check'), { encoding: 'utf8' }).trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!nvccAvailable())('kv_cache: the CUDA launcher', () => {
  it('refuses arrays it writes that share memory with another argument (memory-apart): k = q, v_cache = k_cache, v = k, a cache inside q', async () => {
    // Real host arrays, passed in aliased ways.
    const T = 3;
    const lines = await launcherChecks('aliased', 'q heads 2\n    k heads 1\n    inplace\n    kv_cache slots',
      `  std::vector<float> q(${T} * 16), k(${T} * 8), v(${T} * 8), kc(${T} * 8), vc(${T} * 8);\n  std::vector<int64_t> slots(${T});`,
      { q: 'q.data()', k: 'k.data()', v: 'v.data()', slot_mapping: 'slots.data()', k_cache: 'kc.data()', v_cache: 'vc.data()', tokens: String(T), cache_slots: String(T), offset: '0' },
      [{}, { k: 'q.data()' }, { v_cache: 'kc.data()' }, { v: 'k.data()' }, { k_cache: 'q.data() + 8' }]);
    expect(lines[0]).toMatch(/^0 /);
    const refused = lines.slice(1).map((l) => [l.split(' ')[0], l.slice(2).split(':')[0], / overlap (\w+)'s /.exec(l)?.[1]]);
    expect(refused).toEqual([['1', 'q', 'k'], ['1', 'k_cache', 'v_cache'], ['1', 'k', 'v'], ['1', 'q', 'k_cache']]);
    for (const l of lines.slice(1)) expect(l).toMatch(/its bytes \[\d+, \d+\) \(addresses\) overlap \w+'s \[\d+, \d+\); an array the launch writes must not share memory with another argument$/);
  }, 240_000);

  it('out of place on views of one fused buffer: an output may be its own input, never over v (v-overlap)', async () => {
    // One fused [3, 2 + 1 + 1, 8] buffer: q heads 0-1, k head 2, v head 3 of each row.
    const [T, ROW] = [3, 32];
    const lines = await launcherChecks('fusedout', 'q heads 2\n    k heads 1\n    strided\n    kv_cache slots',
      `  std::vector<float> fused(${T * ROW}), kc(${T} * 8), vc(${T} * 8);\n  std::vector<int64_t> slots(${T});\n  float* b = fused.data();`,
      { q: 'b', k: 'b + 16', v: 'b + 24', q_out: 'b', k_out: 'b + 16', slot_mapping: 'slots.data()', k_cache: 'kc.data()', v_cache: 'vc.data()', tokens: String(T), cache_slots: String(T), offset: '0',
        q_token_stride: String(ROW), q_head_stride: '8', k_token_stride: String(ROW), k_head_stride: '8', v_token_stride: String(ROW), v_head_stride: '8' },
      // In place through the outputs; then k's output one head on, over v.
      [{}, { k_out: 'b + 24' }]);
    expect(lines[0]).toMatch(/^0 /);
    expect(lines[1]).toMatch(/^1 v, k_out: the views overlap/);
  }, 240_000);
});

describe('kv_cache: ropec', () => {
  it('explain names the cache write, its shape and slot rule, and what a stored token adds', () => {
    const ir = compile(spec('e', 'q heads 4\n    k heads 2\n    dtype bf16\n    kv_cache paged(block 16, layout hnd)'), { file: 'e.rope' }).irs[0];
    const text = explain(ir);
    expect(text).toContain("  kv_cache: after the rotation, each token's k heads (rotated, every lane) and v heads are stored into k_cache and v_cache [cache_blocks, 2, 16, 8] at slot = slot_mapping[token] (block slot / 16, row slot % 16 of each head (HND)); −1 skips the token");
    // 2 heads of 8 bf16 lanes = 32 bytes of v read, and 32 written to each cache.
    expect(text).toContain('  per stored token: also reads 32 bytes of v + 4 bytes (8 in CUDA) of slot_mapping, writes 32 bytes to each cache');
    const table = explain(compile(spec('e', 'q heads 4\n    k heads 2\n    kv_cache paged(block 16, slots table)'), { file: 'e.rope' }).irs[0]);
    expect(table).toContain("at slot = block_table[sequence, p / 16] · 16 + p % 16 of the token's position p (block slot / 16, row slot % 16 (NHD)); −1 skips the token");
  });

  it('run --qkv: v is the fused tensor\'s last heads; every backend writes the same caches, and the fused tensor with v unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-kv-'));
    try {
      writeFileSync(join(dir, 'a.rope'), spec('rq', 'q heads 2\n    k heads 2\n    dtype bf16\n    inplace\n    strided\n    kv_cache paged(block 2, layout hnd)'));
      const [T, Hq, Hk, D] = [3, 2, 2, 8];
      const qkv = encodeStorage(values(T * (Hq + 2 * Hk) * D, 4), 'bf16');
      writeFileSync(join(dir, 'qkv.npy'), writeNpy('<u2', [T, Hq + 2 * Hk, D], qkv));
      writeFileSync(join(dir, 's.npy'), writeNpy('<i4', [T], Int32Array.from([1, 2, -1])));
      writeFileSync(join(dir, 'kc.npy'), writeNpy('<u2', [2, Hk, 2, D], new Uint16Array(2 * Hk * 2 * D)));
      writeFileSync(join(dir, 'vc.npy'), writeNpy('<u2', [2, Hk, 2, D], new Uint16Array(2 * Hk * 2 * D)));
      const caches: Record<string, number[]> = {};
      for (const backend of ['ts', 'wgsl', ...(nvccAvailable() ? ['cuda'] : [])]) {
        const r = await runMain('run', join(dir, 'a.rope'), '--qkv', join(dir, 'qkv.npy'), '--bf16', '--slot-mapping', join(dir, 's.npy'), '--k-cache', join(dir, 'kc.npy'), '--v-cache', join(dir, 'vc.npy'),
          '--sizes', 'offset=2', '--backend', backend, ...(backend === 'cuda' ? ['--device', 'cpu'] : []), '--out', join(dir, backend), '--compare', 'interp');
        expect(r.status, `${backend}: ${r.stdout}${r.stderr}`).toBe(0);
        const out = parseNpy(readFileSync(join(dir, backend, 'qkv.npy')), 'qkv').data as Uint16Array;
        const vc = parseNpy(readFileSync(join(dir, backend, 'v_cache.npy')), 'v_cache').data as Uint16Array;
        // v's heads of every token come back as they were; token 0 (slot 1: block 0, row 1) has its v heads in the cache.
        for (let t = 0; t < T; t++) for (let i = (Hq + Hk) * D; i < (Hq + 2 * Hk) * D; i++) expect(out[t * (Hq + 2 * Hk) * D + i]).toBe(qkv[t * (Hq + 2 * Hk) * D + i]);
        for (let h = 0; h < Hk; h++) for (let l = 0; l < D; l++) expect(vc[(h * 2 + 1) * D + l]).toBe(qkv[(Hq + Hk + h) * D + l]);
        caches[backend] = [...Array.from(parseNpy(readFileSync(join(dir, backend, 'k_cache.npy')), 'k_cache').data as Uint16Array), ...Array.from(vc)];
      }
      for (const backend of Object.keys(caches)) expect(caches[backend], backend).toEqual(caches.ts);
      const stray = await runMain('run', join(dir, 'a.rope'), '--qkv', join(dir, 'qkv.npy'), '--bf16', '--v', join(dir, 'qkv.npy'), '--slot-mapping', join(dir, 's.npy'), '--k-cache', join(dir, 'kc.npy'), '--v-cache', join(dir, 'vc.npy'), '--out', join(dir, 'x'));
      expect(stray.stderr).toContain("--v: with --qkv, v is the fused tensor's last k_heads heads");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('run takes --v, --slot-mapping, --k-cache and --v-cache, writes the caches, and names what is missing or stray', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-kv-'));
    try {
      writeFileSync(join(dir, 'a.rope'), spec('rk', 'q heads 2\n    k heads 1\n    kv_cache paged(block 2, layout hnd)'));
      writeFileSync(join(dir, 'plain.rope'), spec('rp', 'q heads 2\n    k heads 1'));
      writeFileSync(join(dir, 'q.npy'), writeNpy('<f4', [3, 2, 8], values(3 * 2 * 8, 1)));
      writeFileSync(join(dir, 'k.npy'), writeNpy('<f4', [3, 1, 8], values(3 * 8, 2)));
      const v = values(3 * 8, 3);
      writeFileSync(join(dir, 'v.npy'), writeNpy('<f4', [3, 1, 8], v));
      writeFileSync(join(dir, 's.npy'), writeNpy('<i8', [3], BigInt64Array.from([3n, -1n, 0n])));
      writeFileSync(join(dir, 'kc.npy'), writeNpy('<f4', [2, 1, 2, 8], new Float32Array(32).fill(5)));
      writeFileSync(join(dir, 'vc.npy'), writeNpy('<f4', [2, 1, 2, 8], new Float32Array(32).fill(6)));
      const kvArgs = ['--v', join(dir, 'v.npy'), '--slot-mapping', join(dir, 's.npy'), '--k-cache', join(dir, 'kc.npy'), '--v-cache', join(dir, 'vc.npy')];
      const base = (spec: string, out: string) => ['run', join(dir, spec), '--q', join(dir, 'q.npy'), '--k', join(dir, 'k.npy'), '--sizes', 'offset=4', '--out', join(dir, out)];
      for (const backend of ['ts', 'interp', 'wgsl', ...(nvccAvailable() ? ['cuda'] : [])]) {
        const r = await runMain(...base('a.rope', `o-${backend}`), ...kvArgs, '--backend', backend, ...(backend === 'cuda' ? ['--device', 'cpu'] : []), '--compare', 'interp');
        expect(r.status, `${backend}: ${r.stdout}${r.stderr}`).toBe(0);
        expect(r.stdout).toMatch(/k_cache: max abs error .* — ok/);
        const kc = parseNpy(readFileSync(join(dir, `o-${backend}`, 'k_cache.npy')), 'k_cache');
        const vc = parseNpy(readFileSync(join(dir, `o-${backend}`, 'v_cache.npy')), 'v_cache');
        const k = parseNpy(readFileSync(join(dir, `o-${backend}`, 'k.npy')), 'k');
        expect(kc.shape).toEqual([2, 1, 2, 8]);
        // Token 0 → slot 3 (block 1, row 1), token 2 → slot 0 (block 0, row 0); token 1 is skipped.
        expect(Array.from(kc.data.slice(24, 32))).toEqual(Array.from(k.data.slice(0, 8)));
        expect(Array.from(kc.data.slice(0, 8))).toEqual(Array.from(k.data.slice(16, 24)));
        expect(Array.from(vc.data.slice(24, 32))).toEqual(Array.from(v.slice(0, 8)));
        expect(Array.from(vc.data.slice(8, 24)).every((x) => x === 6)).toBe(true);
      }
      const missing = await runMain(...base('a.rope', 'o-m'), '--v', join(dir, 'v.npy'));
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('spec rk stores rotated k and v into a KV cache: give --slot-mapping, --k-cache, --v-cache');
      const stray = await runMain(...base('plain.rope', 'o-s'), '--v', join(dir, 'v.npy'));
      expect(stray.stderr).toContain("--v: spec rp writes no KV cache (its kernel block has no 'kv_cache')");
      // A slot past the cache: named before anything runs or is written.
      writeFileSync(join(dir, 'bad.npy'), writeNpy('<i4', [3], Int32Array.from([3, 4, 0])));
      const bad = await runMain(...base('a.rope', 'o-b'), ...kvArgs.map((x) => (x.endsWith('s.npy') ? join(dir, 'bad.npy') : x)), '--backend', 'ts');
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("slot_mapping: entry 1 is 4; a slot is −1 (the token is not stored) or one of the cache's 4 slots [0, 4)");
      expect(bad.stderr).toContain('nothing was written');
      // v of k's element count in another shape (heads first) would fill the cache with the wrong
      // rows; a slot_mapping of another shape is refused likewise.
      writeFileSync(join(dir, 'v-hnd.npy'), writeNpy('<f4', [1, 3, 8], v));
      const swapped = await runMain(...base('a.rope', 'o-v'), ...kvArgs.map((x) => (x.endsWith('v.npy') ? join(dir, 'v-hnd.npy') : x)), '--backend', 'ts');
      expect(swapped.status).toBe(1);
      expect(swapped.stderr).toContain("v-hnd.npy: v must have k's shape [tokens, k_heads, head_dim] = [3, 1, 8], got (1, 3, 8)");
      writeFileSync(join(dir, 's2.npy'), writeNpy('<i8', [1, 3], BigInt64Array.from([3n, -1n, 0n])));
      const slots2 = await runMain(...base('a.rope', 'o-s2'), ...kvArgs.map((x) => (x.endsWith('s.npy') ? join(dir, 's2.npy') : x)), '--backend', 'ts');
      expect(slots2.status).toBe(1);
      expect(slots2.stderr).toContain('s2.npy: slot_mapping must have shape [tokens] = [3] (one slot per token of k), got (1, 3)');
      expect(existsSync(join(dir, 'o-v')) || existsSync(join(dir, 'o-s2'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
