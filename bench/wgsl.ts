// WGSL kernels on the WebGPU device this machine has (Dawn; here SwiftShader, a CPU Vulkan driver,
// not a GPU): the 16-byte vector kernel against the scalar one (`--wgsl-scalar`) and the device's
// copy floor (copyBufferToBuffer of the same bytes), alternating, after warm-up, medians.
// Each kernel's output is checked against the float64 interpreter first. Writes
// bench-results/wgsl.json. Run by `npm run bench` after the CPU benchmarks, or alone:
// `node dist/bench/wgsl.js [--quick]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interpret } from '../src/compiler/interpreter.js';
import { compile, type RopeInputs, type RopeIR } from '../src/index.js';
import { importHostModule, readBuffer, uploadBuffer, wgslDevice, wgslGpu, type WgslKernel } from '../src/runners/wgsl.js';
import { decodeStorage, encodeStorage } from '../src/storage.js';
import { randomF32, SHAPES, type BenchShape } from './shapes.js';

const here = dirname(fileURLToPath(import.meta.url)); // dist/bench
const root = resolve(here, '..', '..');
const quick = process.argv.includes('--quick');
const WARMUP = quick ? 1 : 3;
const ROUNDS = quick ? 5 : 15;
const log = (s: string) => process.stderr.write(`${s}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Case {
  id: string;
  shape: BenchShape;
  dtype: 'f32' | 'bf16';
}

/** Prefill and the 3D video grid in f32 (half style and interleaved), prefill again in bf16. */
const CASES: Case[] = [
  { id: 'prefill f32', shape: SHAPES.find((s) => s.id === 'prefill')!, dtype: 'f32' },
  { id: 'prefill bf16', shape: SHAPES.find((s) => s.id === 'prefill')!, dtype: 'bf16' },
  { id: 'video3d f32', shape: SHAPES.find((s) => s.id === 'video3d')!, dtype: 'f32' },
];

/** Largest |stored output − interpreter| over q and k. */
function maxError(ir: RopeIR, got: { q: Float32Array | Uint16Array; k: Float32Array | Uint16Array }, ref: { q: Float64Array; k: Float64Array }): number {
  let worst = 0;
  for (const which of ['q', 'k'] as const) {
    const out = decodeStorage(got[which], ir.kernel.dtype);
    for (let i = 0; i < out.length; i++) worst = Math.max(worst, Math.abs(out[i] - ref[which][i]));
  }
  return worst;
}

async function benchCase(device: GPUDevice, c: Case) {
  const spec = c.shape.spec.replace('dtype f32', `dtype ${c.dtype}`);
  const extra = c.shape.extra();
  const n = { q: c.shape.tokens * c.shape.qHeads * c.shape.headDim, k: c.shape.tokens * c.shape.kHeads * c.shape.headDim };
  const stored = { q: encodeStorage(randomF32(n.q, 1), c.dtype), k: encodeStorage(randomF32(n.k, 2), c.dtype) };
  const bytes = 2 * (stored.q.byteLength + stored.k.byteLength);
  const kernels: { name: string; ir: RopeIR; kernel: WgslKernel }[] = [];
  for (const wgslVector of [true, false]) {
    const r = compile(spec, { file: `${c.shape.id}.rope`, targets: ['wgsl'], wgslVector });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
    const ir = r.irs[0];
    const host = r.artifacts.find((a) => a.path === `${ir.name}.wgsl.ts`)!.contents;
    const mod = await importHostModule(host, `bench-${ir.name}-${wgslVector ? 'vector' : 'scalar'}`);
    kernels.push({ name: wgslVector ? 'ropec WGSL, 16-byte vectors' : 'ropec WGSL, scalar access', ir, kernel: mod.createKernel(device) });
  }
  const ir = kernels[0].ir;
  log(`[wgsl ${c.id}] interpreter reference`);
  const ref = interpret(ir, { ...extra, q: decodeStorage(stored.q, c.dtype), k: decodeStorage(stored.k, c.dtype) } as RopeInputs);

  const q = uploadBuffer(device, stored.q);
  const k = uploadBuffer(device, stored.k);
  const qOut = uploadBuffer(device, new Uint8Array(stored.q.byteLength));
  const kOut = uploadBuffer(device, new Uint8Array(stored.k.byteLength));
  const args = { ...extra, q, k, qOut, kOut } as Record<string, unknown>;
  const read = async (b: GPUBuffer, like: Float32Array | Uint16Array) => {
    const raw = await readBuffer(device, b, like.byteLength);
    return like instanceof Float32Array ? new Float32Array(raw) : new Uint16Array(raw);
  };

  // Out of place (q, k → qOut, kOut): every call reads and writes the same bytes, as the floor does.
  const impls = kernels.map((x) => ({
    name: x.name,
    encode: (e: GPUCommandEncoder) => x.kernel.encode(e, args),
    maxErr: NaN,
    times: [] as number[],
  }));
  for (const impl of impls) {
    const e = device.createCommandEncoder();
    impl.encode(e);
    device.queue.submit([e.finish()]);
    impl.maxErr = maxError(ir, { q: await read(qOut, stored.q), k: await read(kOut, stored.k) }, ref);
    log(`[wgsl ${c.id}] check ${impl.name}: max |out − interpreter| = ${impl.maxErr.toExponential(2)}`);
  }
  const floor = {
    name: 'floor: copyBufferToBuffer',
    encode: (e: GPUCommandEncoder) => {
      e.copyBufferToBuffer(q, 0, qOut, 0, stored.q.byteLength);
      e.copyBufferToBuffer(k, 0, kOut, 0, stored.k.byteLength);
    },
    maxErr: 0,
    times: [] as number[],
  };
  const all = [...impls, floor];
  for (let round = -WARMUP; round < ROUNDS; round++) {
    for (const impl of round % 2 === 0 ? all : [...all].reverse()) {
      const t = performance.now();
      const e = device.createCommandEncoder();
      impl.encode(e);
      device.queue.submit([e.finish()]);
      await device.queue.onSubmittedWorkDone();
      if (round >= 0) impl.times.push(performance.now() - t);
    }
  }
  for (const b of [q, k, qOut, kOut]) b.destroy();
  const floorMs = median(floor.times);
  const rows = all.map((impl) => {
    const ms = median(impl.times);
    return { implementation: impl.name, medianMs: ms, gbPerS: bytes / ms / 1e6, ratioToFloor: ms / floorMs, maxAbsErrVsInterpreter: impl.maxErr };
  });
  return { id: c.id, title: `${c.shape.title}, ${c.dtype}`, bytesMovedPerCall: bytes, rounds: ROUNDS, rows };
}

async function main(): Promise<void> {
  let device: GPUDevice;
  try {
    device = await wgslDevice();
  } catch (e) {
    console.log(`\nWGSL benchmarks: not run (${(e as Error).message})`);
    return;
  }
  const info = await adapterWords();
  console.log(`\nWGSL kernels on WebGPU (${info}); out of place, ${ROUNDS} rounds after ${WARMUP} warm-up, medians; each call = one submit + onSubmittedWorkDone`);
  const results = [];
  for (const c of CASES) {
    const r = await benchCase(device, c);
    results.push(r);
    console.log(`\n${r.title}\n  ${(r.bytesMovedPerCall / 2 ** 20).toFixed(1)} MiB moved per call`);
    console.log('  implementation                    median ms    GB/s  × floor  max err');
    for (const row of r.rows) {
      console.log(`  ${row.implementation.padEnd(32)}${row.medianMs.toFixed(2).padStart(10)}${row.gbPerS.toFixed(2).padStart(8)}${row.ratioToFloor.toFixed(2).padStart(9)}  ${row.maxAbsErrVsInterpreter.toExponential(1)}`);
    }
    const [vec, scalar] = r.rows;
    console.log(`  vector / scalar = ${(vec.medianMs / scalar.medianMs).toFixed(2)}`);
  }
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'wgsl.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), adapter: info, cases: results }, null, 2)}\n`);
  console.log('\nWrote bench-results/wgsl.json');
}

/** The adapter's description, in words. */
async function adapterWords(): Promise<string> {
  const adapter = await wgslGpu()?.requestAdapter();
  const i = adapter?.info;
  return i ? [i.vendor, i.architecture, i.device, i.description].filter(Boolean).join(' ') || 'unknown adapter' : 'unknown adapter';
}

await main();
process.exit(0);
