// Bit-level baselines of what every backend computes: the spec library and a fixed draw of random
// specs (every construct the language has, plus the 16-byte-vector and vector-with-tail shapes),
// each on fixed inputs with small and large positions, run by the generated TypeScript (rotate
// and rotateInPlace), its WebAssembly kernel, WGSL on Dawn (vector and scalar access, in place and
// out of place) and CUDA through the CPU harness (the 16-byte plan and, misaligned, the scalar one).
// test/golden/numeric.json holds a SHA-256 of each output. Correctness against the interpreter is
// the property tests' job; this file is the refactoring net: a change to generated code that moves
// one bit of one output shows here, and must be explained before `npm run golden:update`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { dispatchWgsl } from '../src/runners/wgsl.js';
import type { RopeInputs } from '../src/compiler/runtime.js';
import { compile, type RopeIR } from '../src/index.js';
import { toStorage } from './support/dtype.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { buildHarness, cleanup, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts, type PreparedCase } from './support/nvcc.js';
import { arbitraryAlignedSpec, arbitrarySpec, arbitraryTailSpec, makeInputs, storedArrays } from './support/random-spec.js';
import { buildWgsl, testDevice } from './support/webgpu.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FILE = 'test/golden/numeric.json';
const SEED = 20_261_205;

interface Case {
  key: string;
  source: string;
  file: string;
  ir: RopeIR;
  /** Inputs with q and k already in the storage dtype. */
  inputs: RopeInputs & { q: Float32Array | Uint16Array; k: Float32Array | Uint16Array };
  raw: RopeInputs;
}

function drawSpecs(): { file: string; source: string }[] {
  const library = readdirSync('spec').filter((f) => f.endsWith('.rope')).sort()
    .map((f) => ({ file: `spec/${f}`, source: readFileSync(`spec/${f}`, 'utf8') }));
  const random = [
    ...fc.sample(arbitrarySpec, { seed: SEED, numRuns: 36 }),
    ...fc.sample(arbitraryAlignedSpec, { seed: SEED + 1, numRuns: 12 }),
    ...fc.sample(arbitraryTailSpec, { seed: SEED + 2, numRuns: 12 }),
  ].map((s, i) => ({ file: `random_${i}.rope`, source: s.source.replace(`rope ${s.name} {`, `rope ${s.name}_${i} {`) }));
  return [...library, ...random];
}

/** A number in [0, 2^20) from a name (FNV-1a). */
function nameSeed(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % (1 << 20);
}

function makeCases(): Case[] {
  const cases: Case[] = [];
  for (const { file, source } of drawSpecs()) {
    const r = compile(source, { file });
    if (!r.ok) throw new Error(`${file} does not compile:\n${source}`);
    const ir = r.irs[0];
    for (const [tag, maxPosition] of [['small', 60], ['large', 2_000_000]] as const) {
      // Seeded by the case's name, so a spec added to the library leaves the others' inputs as they were.
      const { inputs } = makeInputs(ir, SEED + nameSeed(`${file} ${tag}`), { maxPosition });
      if (inputs.sizes.tokens === 0) continue;
      const q = toStorage(inputs.q, ir.kernel.dtype).stored;
      const k = toStorage(inputs.k, ir.kernel.dtype).stored;
      cases.push({ key: `${ir.name} ${tag}`, source, file, ir, inputs: { ...inputs, q, k, ...storedArrays(ir, inputs) }, raw: inputs });
    }
  }
  return cases;
}

const hash = (...arrays: ArrayBufferView[]) => {
  const h = createHash('sha256');
  for (const a of arrays) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return h.digest('hex').slice(0, 24);
};

describe('numeric baselines: every backend, bit for bit', () => {
  const cases = makeCases();
  const got = new Map<string, Record<string, string>>();
  const record = (key: string, variant: string, value: string) => {
    const row = got.get(key) ?? {};
    row[variant] = value;
    got.set(key, row);
  };

  it('TypeScript: rotate, rotateInPlace and the WebAssembly kernel', async () => {
    const modules = new Map<string, Record<string, any>>();
    for (const c of cases) {
      let mod = modules.get(c.ir.name);
      if (!mod) {
        const r = compile(c.source, { file: c.file, targets: ['ts'] });
        mod = await loadGeneratedTs(r.artifacts[0].contents, c.ir.name);
        modules.set(c.ir.name, mod);
      }
      const out = mod.rotate(c.inputs);
      record(c.key, 'ts', hash(out.q, out.k));
      const q = c.inputs.q.slice();
      const k = c.inputs.k.slice();
      mod.rotateInPlace({ ...c.inputs, q, k });
      record(c.key, 'ts in place', hash(q, k));
      if (mod.WASM_KERNEL) {
        // (The kernel holds q, k and a KV cache's arrays in its memory: rotateInPlace refuses them in extra.)
        const { q: _q, k: _k, sizes: _s, v: _v, slot_mapping: _m, k_cache: _kc, v_cache: _vc, ...extra } = c.inputs as typeof c.inputs & Record<string, unknown>;
        if (c.ir.kernel.strided) {
          // Views: q's array, then k's (and a KV cache's v), in the kernel's one buffer (each view's strides are within its own array).
          const n = c.inputs.q.length;
          const v = c.ir.kernel.kvCache ? (c.inputs.v as Float32Array | Uint16Array) : undefined;
          const kernel = mod.createWasmKernel(c.inputs.sizes, { length: n + c.inputs.k.length + (v?.length ?? 0), qStart: 0, kStart: n, ...(v ? { vStart: n + c.inputs.k.length } : {}) });
          kernel.buffer.set(c.inputs.q);
          kernel.buffer.set(c.inputs.k, n);
          if (v) kernel.buffer.set(v, n + c.inputs.k.length);
          kernel.rotateInPlace(extra);
          record(c.key, 'wasm', hash(kernel.buffer.subarray(0, n), kernel.buffer.subarray(n, n + c.inputs.k.length)));
        } else {
          const kernel = mod.createWasmKernel(c.inputs.sizes);
          kernel.q.set(c.inputs.q);
          kernel.k.set(c.inputs.k);
          kernel.rotateInPlace(extra);
          record(c.key, 'wasm', hash(kernel.q, kernel.k));
        }
      }
    }
  }, 300_000);

  it('WGSL on Dawn: vector and scalar access, in place and out of place', async () => {
    for (const [variant, options] of [['wgsl', {}], ['wgsl scalar', { wgslVector: false }]] as const) {
      const built = new Map<string, Awaited<ReturnType<typeof buildWgsl>>>();
      for (const c of cases) {
        let b = built.get(c.ir.name);
        if (!b) {
          b = await buildWgsl(c.source, c.file, options);
          built.set(c.ir.name, b);
        }
        for (const outOfPlace of [false, true]) {
          const out = await dispatchWgsl(await testDevice(), b.kernel, b.ir, c.inputs, { outOfPlace });
          record(c.key, `${variant}${outOfPlace ? ' out of place' : ''}`, hash(out.q, out.k));
        }
      }
    }
  }, 600_000);

  describe.skipIf(!nvccAvailable())('CUDA (CPU harness)', () => {
    let dir: string;
    const prepared: { c: Case; vector: PreparedCase; scalar: PreparedCase }[] = [];
    beforeAll(() => {
      dir = scratch('numeric');
      const irs = new Map<string, RopeIR>();
      for (const c of cases) irs.set(c.ir.name, c.ir);
      for (const ir of irs.values()) writeArtifacts(dir, cudaBackend.emit(ir, {}).artifacts);
      for (const c of cases) {
        prepared.push({ c, vector: prepareCase(c.ir, c.raw), scalar: prepareCase(c.ir, c.raw, { misalign: true }) });
      }
    });
    afterAll(() => cleanup(dir));

    it('the 16-byte plan and the scalar plan', async () => {
      const irs = [...new Map(cases.map((c) => [c.ir.name, c.ir])).values()];
      const harness = await buildHarness(dir, irs);
      const results = await runHarness(harness, prepared.flatMap((p) => [p.vector.harness, p.scalar.harness]));
      prepared.forEach((p, i) => {
        for (const [variant, r] of [['cuda', results[2 * i]], ['cuda scalar', results[2 * i + 1]]] as const) {
          expect(r.status, `${p.c.key} ${variant}: ${r.why}`).toBe(0);
          record(p.c.key, variant, hash(...Object.keys(r.tensors).sort().map((n) => r.tensors[n])));
        }
      });
    }, 900_000);
  });

  afterAll(() => {
    const table = Object.fromEntries([...got.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, row]) => [key, Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))]));
    if (UPDATE) writeFileSync(FILE, `${JSON.stringify(table, null, 1)}\n`);
  });

  it('matches test/golden/numeric.json', () => {
    // Runs last (vitest keeps the order of `it`s within a file): every variant above has recorded.
    if (UPDATE) return;
    expect(existsSync(FILE), `${FILE} is missing: run npm run golden:update`).toBe(true);
    const want = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Record<string, string>>;
    const differences: string[] = [];
    for (const [key, row] of got) {
      for (const [variant, value] of Object.entries(row)) {
        if (want[key]?.[variant] !== value) differences.push(`${key} / ${variant}: ${want[key]?.[variant] ?? 'no baseline'} → ${value}`);
      }
    }
    for (const [key, row] of Object.entries(want)) {
      for (const variant of Object.keys(row)) {
        // ROPEC_NUMERIC_PARTIAL=1 with -t 'CUDA|matches' (say) compares only what ran.
        if (!got.get(key)?.[variant] && (nvccAvailable() || !variant.startsWith('cuda')) && !process.env.ROPEC_NUMERIC_PARTIAL) differences.push(`${key} / ${variant}: not run`);
      }
    }
    expect(differences).toEqual([]);
  });
});
