// `npm run bench`: CPU benchmarks of issue 6 and the compiler-speed figure.
//
// For each shape: the generated TypeScript kernel (rotateInPlace, f32, one thread), a plain JS loop
// with a precomputed cos/sin cache (Hugging Face rotate_half semantics), the copy floor
// (Float32Array.prototype.set of q and k: every byte read once and written once) and ONNX
// Runtime's RotaryEmbedding kernels (contrib and opset-23, intra-op threads 1 and default; kernel
// time from ORT's profiler). Every implementation is first checked against the ropec interpreter
// on the full shape; a wrong one gets no timing. Then warm-up rounds, then timed rounds that call
// every implementation once each, starting at a different one each round; medians are reported.
// Then issue 19's q/k norm stage: the TS module with the norm in the spec against a norm pass and
// then the rotation (normFusion), and its KV-cache write against the rotation then a cache copy (cacheFusion).
//
// Options: --quick (short budget, for smoke runs), --shape=ID[,ID] (subset; `norm`: the q/k norm
// comparison; `kv`: the KV-cache write; `storage`: f32, bf16 and f16 q and k), --budget=SECONDS
// (timed seconds per shape, default 30), --no-ort (skip ONNX Runtime). Progress goes to stderr; the table to stdout; JSON to
// bench-results/cpu.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGeneratedTs } from '../src/backends/import-ts.js';
import { compile, formatDiagnostic, interpret, type RopeInputs, type RopeIR } from '../src/index.js';
import { forEachToken, tokenPosition } from '../src/compiler/interpreter.js';
import { resolveShape } from '../src/compiler/runtime.js';
import { loadOrt, makeOrtRunner, ORT_VARIANTS, type OrtRunner } from './ort.js';
import { plainRope, userCache } from './plain.js';
import { angleTable, randomF32, SHAPES, type BenchShape } from './shapes.js';
import { decodeStorage, e4m3ToNumber, encodeStorage, numberToE4m3 } from '../src/storage.js';
import { e4m3Apart } from '../test/support/dtype.js';

const here = dirname(fileURLToPath(import.meta.url)); // dist/bench
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const noOrt = args.includes('--no-ort');
const only = args.find((a) => a.startsWith('--shape='))?.slice(8).split(',');
const budgetS = Number(args.find((a) => a.startsWith('--budget='))?.slice(9) ?? (quick ? 3 : 30));
const WARMUP_ROUNDS = quick ? 2 : 5;
const MIN_ROUNDS = quick ? 5 : 21;
const MAX_ROUNDS = 3001;
const TOLERANCE = 1e-4; // max |out − interpreter| on inputs in [−1, 1): f32 rounding is ~1e-7

const log = (s: string) => process.stderr.write(`${s}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------

interface Impl {
  name: string;
  kind: 'ropec' | 'plain' | 'floor' | 'jsref' | 'ort';
  /** What the timing covers. */
  timing: string;
  /** Not measured, and why. */
  unavailable?: string;
  /** Output on the shape's fresh inputs (not the timed buffers). */
  check?: () => Promise<{ q: ArrayLike<number>; k: ArrayLike<number> }>;
  /** Synchronous JS call, timed with performance.now(). */
  call?: () => void;
  ort?: OrtRunner;
  samples: number[];
  /** ORT only: session.run() wall times of the timed runs. */
  wall: number[];
  maxErr?: number;
}

interface Row {
  shape: string;
  implementation: string;
  timing: string;
  status: 'ok' | 'wrong' | 'unavailable';
  note?: string;
  samples: number;
  medianMs?: number;
  p10Ms?: number;
  p90Ms?: number;
  gbPerS?: number;
  ratioToFloor?: number;
  ratios?: Record<string, number>;
  maxAbsErrVsInterpreter?: number;
  ortRunWallMedianMs?: number;
}

function negate(x: Float32Array): void {
  for (let i = 0; i < x.length; i++) x[i] = -x[i];
}

function maxAbsDiff(a: ArrayLike<number>, ref: ArrayLike<number>): number {
  if (a.length !== ref.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - ref[i]);
    if (!(d <= m)) m = Number.isNaN(d) ? Infinity : d;
  }
  return m;
}

/** The largest position any token of the shape has, if every position is a whole number ≥ 0. */
function maxWholePosition(ir: RopeIR, shape: BenchShape): number | undefined {
  const extra = shape.extra();
  const inputs = { ...extra, q: { length: shape.tokens * shape.qHeads * ir.headDim }, k: { length: shape.tokens * shape.kHeads * ir.headDim } } as RopeInputs;
  const rs = resolveShape(ir, inputs);
  let max = 0;
  let whole = true;
  forEachToken(ir, rs, (b, s, flat) => {
    for (const p of tokenPosition(ir, rs, inputs, b, s, flat)) {
      if (!(Number.isInteger(p) && p >= 0)) whole = false;
      max = Math.max(max, p);
    }
  });
  return whole ? max : undefined;
}

async function benchShape(shape: BenchShape, ortInfo: { ort?: typeof import('onnxruntime-node'); why?: string }): Promise<{ rows: Row[]; rounds: number; bytes: number; checkMs: number }> {
  log(`\n[${shape.id}] compiling spec, building inputs`);
  const r = compile(shape.spec, { file: `bench/${shape.id}.rope`, targets: ['ts'] });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => formatDiagnostic(d, shape.spec)).join('\n'));
  const ir: RopeIR = r.irs[0];
  const mod = await importGeneratedTs(r.artifacts[0].contents, ir.name);
  const extra = shape.extra();
  const D = shape.headDim;
  const nq = shape.tokens * shape.qHeads * D;
  const nk = shape.tokens * shape.kHeads * D;
  const q0 = randomF32(nq, 1234567);
  const k0 = randomF32(nk, 7654321);
  const bytes = 2 * 4 * (nq + nk); // q and k, read once and written once

  const c0 = performance.now();
  log(`[${shape.id}] interpreter reference (float64, ${shape.tokens} tokens)`);
  const ref = interpret(ir, { ...extra, q: q0, k: k0 } as RopeInputs);
  const table = angleTable(ir, shape);
  const cache = userCache(table, ir.style === 'half' ? 'half' : 'interleaved');

  const impls: Impl[] = [];
  {
    const q = q0.slice();
    const k = k0.slice();
    const inputs = { ...extra, q, k };
    impls.push({
      name: 'ropec ts (1 thread)',
      kind: 'ropec',
      timing: 'rotateInPlace() wall time, argument checks included; sin/cos computed in the call',
      check: async () => {
        const c = { ...extra, q: q0.slice(), k: k0.slice() };
        mod.rotateInPlace(c);
        return c;
      },
      call: () => mod.rotateInPlace(inputs),
      samples: [],
      wall: [],
    });
  }
  // The WebAssembly kernel: q and k in its memory (no copies), sin/cos computed in the call or
  // read from the spec's table (the variant compiled with `sincos table(max_positions …)`).
  for (const variant of ['compute', 'table'] as const) {
    const name = `ropec wasm${variant === 'table' ? '+table' : ''} (1 thread)`;
    const timing = `createWasmKernel(sizes).rotateInPlace() wall time, q and k in WebAssembly memory; sin/cos ${variant === 'table' ? 'from the spec\'s table' : 'computed in the call'}`;
    const maxPos = maxWholePosition(ir, shape);
    if (variant === 'table' && maxPos === undefined) {
      impls.push({ name, kind: 'ropec', timing, unavailable: 'positions are not whole numbers ≥ 0', samples: [], wall: [] });
      continue;
    }
    const source = variant === 'compute' ? shape.spec : shape.spec.replace('    dtype f32', `    dtype f32\n    sincos table(max_positions ${maxPos! + 1})`);
    const rv = compile(source, { file: `bench/${shape.id}_${variant}.rope`, targets: ['ts'] });
    if (!rv.ok) throw new Error(rv.diagnostics.map((d) => formatDiagnostic(d, source)).join('\n'));
    const m = variant === 'compute' ? mod : await importGeneratedTs(rv.artifacts[0].contents, `${ir.name}_table`);
    const { sizes, ...rest } = extra as { sizes: Record<string, number> };
    const kernel = m.createWasmKernel(sizes);
    kernel.q.set(q0);
    kernel.k.set(k0);
    impls.push({
      name,
      kind: 'ropec',
      timing,
      check: async () => {
        const c = m.createWasmKernel(sizes);
        c.q.set(q0);
        c.k.set(k0);
        c.rotateInPlace(rest);
        return { q: Float32Array.from(c.q), k: Float32Array.from(c.k) };
      },
      call: () => kernel.rotateInPlace(rest),
      samples: [],
      wall: [],
    });
  }
  // The WebAssembly kernel on views of a fused QKV buffer (the same spec with `strided`): q and k
  // rotated where a fused projection leaves them, v untouched. Issue 18: within 10 % of the
  // contiguous call above.
  {
    const name = 'ropec wasm, QKV views (1 thread)';
    const timing = 'createWasmKernel(sizes, views).rotateInPlace() wall time on [tokens, Hq + 2·Hk, D] rows in WebAssembly memory';
    const source = shape.spec.replace('    dtype f32', '    dtype f32\n    strided');
    const rv = compile(source, { file: `bench/${shape.id}_views.rope`, targets: ['ts'] });
    if (!rv.ok) throw new Error(rv.diagnostics.map((d) => formatDiagnostic(d, source)).join('\n'));
    const m = await importGeneratedTs(rv.artifacts[0].contents, `${ir.name}_views`);
    const { sizes, ...rest } = extra as { sizes: Record<string, number> };
    const [hq, hk] = [shape.qHeads * D, shape.kHeads * D];
    const row = hq + 2 * hk;
    const viewSizes = { ...sizes, q_token_stride: row, q_head_stride: D, k_token_stride: row, k_head_stride: D };
    const views = { length: shape.tokens * row, qStart: 0, kStart: hq };
    const fill = (buf: Float32Array) => {
      for (let t = 0; t < shape.tokens; t++) {
        buf.set(q0.subarray(t * hq, (t + 1) * hq), t * row);
        buf.set(k0.subarray(t * hk, (t + 1) * hk), t * row + hq);
      }
    };
    const unfuse = (buf: Float32Array) => {
      const q = new Float32Array(nq);
      const k = new Float32Array(nk);
      for (let t = 0; t < shape.tokens; t++) {
        q.set(buf.subarray(t * row, t * row + hq), t * hq);
        k.set(buf.subarray(t * row + hq, t * row + hq + hk), t * hk);
      }
      return { q, k };
    };
    const kernel = m.createWasmKernel(viewSizes, views);
    fill(kernel.buffer);
    // What an engine does without views: copy q and k out of the fused rows, rotate, copy back.
    const contiguous = mod.createWasmKernel(sizes);
    const fused = new Float32Array(shape.tokens * row);
    fill(fused);
    const roundTrip = (buf: Float32Array, c: { q: Float32Array; k: Float32Array; rotateInPlace: (x: object) => void }) => {
      for (let t = 0; t < shape.tokens; t++) {
        c.q.set(buf.subarray(t * row, t * row + hq), t * hq);
        c.k.set(buf.subarray(t * row + hq, t * row + hq + hk), t * hk);
      }
      c.rotateInPlace(rest);
      for (let t = 0; t < shape.tokens; t++) {
        buf.set(c.q.subarray(t * hq, (t + 1) * hq), t * row);
        buf.set(c.k.subarray(t * hk, (t + 1) * hk), t * row + hq);
      }
    };
    impls.push({
      name: 'ropec wasm, QKV copied out and back (1 thread)',
      kind: 'ropec',
      timing: 'q and k copied out of the fused rows, createWasmKernel(sizes).rotateInPlace(), copied back: the call without views',
      check: async () => {
        const buf = new Float32Array(shape.tokens * row);
        fill(buf);
        roundTrip(buf, mod.createWasmKernel(sizes));
        return unfuse(buf);
      },
      call: () => roundTrip(fused, contiguous),
      samples: [],
      wall: [],
    });
    impls.push({
      name,
      kind: 'ropec',
      timing,
      check: async () => {
        const c = m.createWasmKernel(viewSizes, views);
        fill(c.buffer);
        c.rotateInPlace(rest);
        return unfuse(c.buffer);
      },
      call: () => kernel.rotateInPlace(rest),
      samples: [],
      wall: [],
    });
  }
  {
    const q = q0.slice();
    const k = k0.slice();
    impls.push({
      name: 'plain JS loop + cache',
      kind: 'plain',
      timing: `in-place loop wall time; cos/sin cache [${table.rows}, ${D}] precomputed outside the timing`,
      check: async () => {
        const c = { q: q0.slice(), k: k0.slice() };
        plainRope(cache, c.q, c.k, shape.tokens, shape.qHeads, shape.kHeads);
        return c;
      },
      call: () => plainRope(cache, q, k, shape.tokens, shape.qHeads, shape.kHeads),
      samples: [],
      wall: [],
    });
  }
  {
    const q = q0.slice();
    const k = k0.slice();
    const dq = new Float32Array(nq);
    const dk = new Float32Array(nk);
    impls.push({
      name: 'floor: Float32Array.set',
      kind: 'floor',
      timing: 'dst.set(src) for q and k: every byte read once and written once',
      // The floor is a copy, not a rotation: its check is that it copies exactly.
      check: async () => {
        const cq = new Float32Array(nq);
        const ck = new Float32Array(nk);
        cq.set(q0);
        ck.set(k0);
        return { q: maxAbsDiff(cq, q0) === 0 ? ref.q : cq, k: maxAbsDiff(ck, k0) === 0 ? ref.k : ck };
      },
      call: () => {
        dq.set(q);
        dk.set(k);
      },
      samples: [],
      wall: [],
    });
  }
  {
    const q = q0.slice();
    const k = k0.slice();
    impls.push({
      name: 'ref: JS negate loop',
      kind: 'jsref',
      timing: 'x[i] = -x[i] over q and k: the cheapest element-wise JS loop (a reference, not a RoPE)',
      // Not a rotation either: checked to negate exactly.
      check: async () => {
        const c = { q: q0.slice(), k: k0.slice() };
        negate(c.q);
        negate(c.k);
        const exact = c.q.every((v, i) => v === -q0[i]) && c.k.every((v, i) => v === -k0[i]);
        return exact ? ref : c;
      },
      call: () => {
        negate(q);
        negate(k);
      },
      samples: [],
      wall: [],
    });
  }
  const profDir = join(root, '.cache', 'bench', `ort-profiles-${process.pid}`);
  for (const v of ORT_VARIANTS) {
    const impl: Impl = { name: v.name, kind: 'ort', timing: 'RotaryEmbedding kernel time (q node + k node) from ORT\'s profiler', samples: [], wall: [] };
    impls.push(impl);
    if (!ortInfo.ort) {
      impl.unavailable = ortInfo.why;
      continue;
    }
    try {
      const runner = await makeOrtRunner(ortInfo.ort, shape, v, table, ir.style === 'interleaved', q0.slice(), k0.slice(), profDir);
      impl.ort = runner;
      impl.check = () => runner.outputs();
      if (shape.cache === 'token') impl.timing += `; per-token cos/sin cache [${table.rows}, ${D / 2}] precomputed (neither ORT op computes multi-axis angles)`;
    } catch (e) {
      impl.unavailable = `session creation failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }

  // Correctness guard.
  for (const impl of impls) {
    if (impl.unavailable || !impl.check) continue;
    try {
      const out = await impl.check();
      impl.maxErr = Math.max(maxAbsDiff(out.q, ref.q), maxAbsDiff(out.k, ref.k));
    } catch (e) {
      impl.unavailable = `failed to run: ${(e as Error).message.split('\n')[0]}`;
      continue;
    }
    log(`[${shape.id}] check ${impl.name}: max |out − interpreter| = ${impl.maxErr.toExponential(2)}${impl.maxErr > TOLERANCE ? '  WRONG' : ''}`);
  }
  const checkMs = performance.now() - c0;
  const live = impls.filter((i) => !i.unavailable && i.maxErr !== undefined && i.maxErr <= TOLERANCE);

  const big = bytes >= 8 * 2 ** 20;
  async function sample(impl: Impl, timed: boolean): Promise<void> {
    if (impl.call) {
      const t0 = performance.now();
      impl.call();
      const dt = performance.now() - t0;
      if (timed) impl.samples.push(dt);
    } else {
      const w = await impl.ort!.run(timed);
      if (timed) impl.wall.push(w);
      // ORT's pool threads spin for a while after a parallel section; let them settle so they
      // do not steal a core from the next implementation's sample.
      await sleep(big ? 5 : 1);
    }
  }

  log(`[${shape.id}] warm-up: ${WARMUP_ROUNDS} rounds × ${live.length} implementations`);
  let roundMs = 0;
  for (let w = 0; w < WARMUP_ROUNDS; w++) {
    const t0 = performance.now();
    for (const impl of live) await sample(impl, false);
    roundMs = performance.now() - t0;
  }
  const rounds = Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, Math.floor((budgetS * 1000) / Math.max(roundMs, 1e-3))));
  log(`[${shape.id}] timing: ${rounds} rounds (one round ≈ ${roundMs.toFixed(1)} ms)`);
  let lastPct = -1;
  for (let round = 0; round < rounds; round++) {
    for (let j = 0; j < live.length; j++) await sample(live[(round + j) % live.length], true);
    const pct = Math.floor((100 * (round + 1)) / rounds / 10) * 10;
    if (pct !== lastPct) {
      process.stderr.write(`  ${pct}%${pct === 100 ? '\n' : ''}`);
      lastPct = pct;
    }
  }
  for (const impl of live) {
    if (impl.ort) impl.samples = impl.ort.kernelTimes();
  }
  rmSync(profDir, { recursive: true, force: true });

  const floorImpl = impls.find((i) => i.kind === 'floor')!;
  const floorMed = floorImpl.samples.length ? median(floorImpl.samples) : undefined;
  const rows: Row[] = impls.map((impl) => {
    const base: Row = { shape: shape.id, implementation: impl.name, timing: impl.timing, status: 'ok', samples: impl.samples.length, maxAbsErrVsInterpreter: impl.maxErr };
    if (impl.unavailable) return { ...base, status: 'unavailable', note: impl.unavailable };
    if (impl.maxErr === undefined || impl.maxErr > TOLERANCE) return { ...base, status: 'wrong', note: `output differs from the interpreter by up to ${impl.maxErr} (tolerance ${TOLERANCE}); not timed` };
    const med = median(impl.samples);
    const ratios: Record<string, number> = {};
    for (const other of live) ratios[other.name] = med / median(other.samples);
    return {
      ...base,
      medianMs: med,
      p10Ms: quantile(impl.samples, 0.1),
      p90Ms: quantile(impl.samples, 0.9),
      gbPerS: bytes / (med / 1000) / 1e9,
      ratioToFloor: floorMed ? med / floorMed : undefined,
      ratios,
      ortRunWallMedianMs: impl.wall.length ? median(impl.wall) : undefined,
    };
  });
  return { rows, rounds, bytes, checkMs };
}

// ---------------------------------------------------------------------------------------------

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function printShape(shape: BenchShape, res: { rows: Row[]; rounds: number; bytes: number }): void {
  const mib = (res.bytes / 2 ** 20).toFixed(1);
  console.log(`\n${shape.title}`);
  console.log(`  ${mib} MiB moved per call (q+k read + written), ${res.rounds} timed rounds; ratio = this row's median / the column's median`);
  const ok = res.rows.filter((r) => r.status === 'ok');
  const head = `  ${pad('#', 3)}${pad('implementation', 24)}${pad('median ms', 11, true)}${pad('p10–p90 ms', 19, true)}${pad('GB/s', 8, true)}${pad('max err', 10, true)}${ok.map((_, i) => pad(`×[${i + 1}]`, 8, true)).join('')}`;
  console.log(head);
  const fmtMs = (x: number) => (x < 1 ? x.toFixed(4) : x < 10 ? x.toFixed(3) : x.toFixed(2));
  ok.forEach((r, i) => {
    const cols = ok.map((o) => pad(r.ratios![o.implementation].toFixed(2), 8, true)).join('');
    console.log(`  ${pad(String(i + 1), 3)}${pad(r.implementation, 24)}${pad(fmtMs(r.medianMs!), 11, true)}${pad(`${fmtMs(r.p10Ms!)}–${fmtMs(r.p90Ms!)}`, 19, true)}${pad(r.gbPerS!.toFixed(2), 8, true)}${pad(r.maxAbsErrVsInterpreter!.toExponential(1), 10, true)}${cols}`);
  });
  for (const r of res.rows.filter((x) => x.status !== 'ok')) {
    console.log(`  -  ${pad(r.implementation, 24)}${r.status === 'wrong' ? 'WRONG' : 'not available'}: ${r.note}`);
  }
  const walls = ok.filter((r) => r.ortRunWallMedianMs !== undefined);
  if (walls.length) console.log(`  (ORT session.run() wall, incl. the binding's input/output copies: ${walls.map((r) => `${r.implementation} ${fmtMs(r.ortRunWallMedianMs!)} ms`).join('; ')})`);
}

/** A spec's TS module and IR, compiled and imported in-process. */
async function loadTsSpec(text: string, name: string): Promise<{ ir: RopeIR; mod: Record<string, any> }> {
  const r = compile(text, { file: `${name}.rope`, targets: ['ts'] });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => formatDiagnostic(d, text)).join('\n'));
  return { ir: r.irs[0], mod: await importGeneratedTs(r.artifacts[0].contents, name) };
}

/**
 * Median times of several ways to do work, in one run: each one's `reset` before every call
 * (untimed), 3 warm-up rounds, then `rounds` rounds each calling every one, in turn.
 */
function timeRounds<K extends string>(runs: Record<K, { run: () => void; reset: () => void }>, rounds: number): Record<K, number> {
  const names = Object.keys(runs) as K[];
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds + 3; round++) {
    for (const name of names) {
      runs[name].reset();
      const t = performance.now();
      runs[name].run();
      if (round >= 3) times.get(name)!.push(performance.now() - t);
    }
  }
  const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
  return Object.fromEntries(names.map((name) => [name, median(times.get(name)!)])) as Record<K, number>;
}

/** timeRounds of a fused and a separate way, with one reset. */
function timePair(runs: Record<'fused' | 'separate', () => void>, reset: () => void, rounds: number): { fusedMs: number; separateMs: number } {
  const ms = timeRounds({ fused: { run: runs.fused, reset }, separate: { run: runs.separate, reset } }, rounds);
  return { fusedMs: ms.fused, separateMs: ms.separate };
}

/**
 * What q and k's storage type costs the TS module: the same in-place rotation (a Qwen3-shaped spec,
 * 1024 tokens × (32 + 8) heads of 128) with f32, bf16 and f16 q and k, in one run, rounds
 * alternating, by the JS kernel (rotateInPlace: a 16-bit lane is decoded to a number and encoded
 * back with one rounding, the generated codecs of templates/ts/storage.hbs) and by the WebAssembly
 * kernel (createWasmKernel: 16-bit lanes widened to f32 and rounded back in f32x4 code).
 */
async function storageCost(): Promise<{ ms: Record<string, number>; rounds: number; maxAbsDiff: Record<string, number> }> {
  const source = (dtype: string) => `rope qwen3_like {\n  head_dim 128\n  frequencies base 1000000\n  positions index + offset\n  kernel {\n    q heads 32\n    k heads 8\n    dtype ${dtype}\n    inplace\n  }\n}\n`;
  const T = 1024;
  const [q0, k0] = [randomF32(T * 32 * 128, 31), randomF32(T * 8 * 128, 32)];
  const sizes = { tokens: T, offset: 7 };
  const dtypes = ['f32', 'bf16', 'f16'] as const;
  const runs = {} as Record<string, { run: () => void; reset: () => void }>;
  const worst: Record<string, number> = {};
  for (const dtype of dtypes) {
    const { ir, mod } = await loadTsSpec(source(dtype), `storage_${dtype}`);
    const [qs, ks] = [encodeStorage(q0, dtype), encodeStorage(k0, dtype)];
    const [q, k] = [qs.slice(), ks.slice()];
    // The interpreter on the stored (rounded) inputs; the module's outputs decoded.
    const want = interpret(ir, { q: decodeStorage(qs, dtype), k: decodeStorage(ks, dtype), sizes });
    mod.rotateInPlace({ q, k, sizes });
    worst[dtype] = Math.max(maxAbsDiff(decodeStorage(q, dtype), want.q), maxAbsDiff(decodeStorage(k, dtype), want.k));
    runs[dtype] = { run: () => mod.rotateInPlace({ q, k, sizes }), reset: () => { q.set(qs as never); k.set(ks as never); } };
    // The WebAssembly kernel: q and k in its memory.
    const kernel = mod.createWasmKernel(sizes);
    kernel.q.set(qs);
    kernel.k.set(ks);
    kernel.rotateInPlace({});
    worst[`wasm ${dtype}`] = Math.max(maxAbsDiff(decodeStorage(kernel.q, dtype), want.q), maxAbsDiff(decodeStorage(kernel.k, dtype), want.k));
    runs[`wasm ${dtype}`] = { run: () => kernel.rotateInPlace({}), reset: () => { kernel.q.set(qs); kernel.k.set(ks); } };
  }
  // bf16 with Qwen3's q/k RMSNorm before the rotation (the WebAssembly kernel: f32 scratch rows, rounded back once).
  {
    const normed = source('bf16').replace('    inplace\n', '    inplace\n    norm rms(eps 1e-6)\n');
    const { ir, mod } = await loadTsSpec(normed, 'storage_bf16_norm');
    const [qs, ks] = [encodeStorage(q0, 'bf16'), encodeStorage(k0, 'bf16')];
    const [wq, wk] = [randomF32(128, 33).map((x) => 1 + x / 2), randomF32(128, 34).map((x) => 1 + x / 2)];
    const [wqs, wks] = [encodeStorage(wq, 'bf16'), encodeStorage(wk, 'bf16')];
    const weights = { q_norm_weight: wqs, k_norm_weight: wks };
    const [q, k] = [qs.slice(), ks.slice()];
    const want = interpret(ir, { q: decodeStorage(qs, 'bf16'), k: decodeStorage(ks, 'bf16'), sizes, q_norm_weight: decodeStorage(wqs, 'bf16'), k_norm_weight: decodeStorage(wks, 'bf16') });
    mod.rotateInPlace({ q, k, sizes, ...weights });
    worst['bf16 norm'] = Math.max(maxAbsDiff(decodeStorage(q, 'bf16'), want.q), maxAbsDiff(decodeStorage(k, 'bf16'), want.k));
    runs['bf16 norm'] = { run: () => mod.rotateInPlace({ q, k, sizes, ...weights }), reset: () => { q.set(qs as never); k.set(ks as never); } };
    const kernel = mod.createWasmKernel(sizes);
    kernel.q.set(qs);
    kernel.k.set(ks);
    kernel.rotateInPlace(weights);
    worst['wasm bf16 norm'] = Math.max(maxAbsDiff(decodeStorage(kernel.q, 'bf16'), want.q), maxAbsDiff(decodeStorage(kernel.k, 'bf16'), want.k));
    runs['wasm bf16 norm'] = { run: () => kernel.rotateInPlace(weights), reset: () => { kernel.q.set(qs); kernel.k.set(ks); } };
  }
  // bf16 with an fp8 e4m3 paged KV cache (the WebAssembly kernel encodes the rotated lanes as stored).
  // Its caches are compared byte by byte: each within one e4m3 step of the interpreter's value.
  {
    const cached = source('bf16').replace('    inplace\n', '    inplace\n    kv_cache paged(block 16, dtype fp8_e4m3)\n');
    const { ir, mod } = await loadTsSpec(cached, 'storage_bf16_fp8kv');
    const blocks = T / 16;
    const cacheSizes = { ...sizes, cache_blocks: blocks, k_scale: 0.5, v_scale: 0.25 };
    const [qs, ks, vs] = [encodeStorage(q0, 'bf16'), encodeStorage(k0, 'bf16'), encodeStorage(randomF32(T * 8 * 128, 35), 'bf16')];
    const slots = Int32Array.from({ length: T }, (_, t) => (t * 37) % T);
    const bytes = blocks * 16 * 8 * 128;
    const [q, k] = [qs.slice(), ks.slice()];
    const [kc, vc] = [new Uint8Array(bytes), new Uint8Array(bytes)];
    const want = interpret(ir, { q: decodeStorage(qs, 'bf16'), k: decodeStorage(ks, 'bf16'), v: decodeStorage(vs, 'bf16'), slot_mapping: slots, k_cache: new Float64Array(bytes), v_cache: new Float64Array(bytes), sizes: cacheSizes });
    // (The tests' rule: test/support/dtype.ts e4m3Apart.)
    const stepsOff = (got: Uint8Array, ref: ArrayLike<number>) => got.reduce((off, code, i) => off + (e4m3Apart(code, ref[i]) ? 1 : 0), 0);
    const js = () => mod.rotateInPlace({ q, k, v: vs, slot_mapping: slots, k_cache: kc, v_cache: vc, sizes: cacheSizes });
    js();
    worst['bf16 fp8 cache'] = Math.max(maxAbsDiff(decodeStorage(q, 'bf16'), want.q), maxAbsDiff(decodeStorage(k, 'bf16'), want.k));
    const kernel = mod.createWasmKernel(cacheSizes);
    kernel.q.set(qs);
    kernel.k.set(ks);
    kernel.v.set(vs);
    kernel.slot_mapping.set(slots);
    kernel.rotateInPlace({});
    worst['wasm bf16 fp8 cache'] = Math.max(maxAbsDiff(decodeStorage(kernel.q, 'bf16'), want.q), maxAbsDiff(decodeStorage(kernel.k, 'bf16'), want.k));
    const off = stepsOff(kc, want.k_cache!) + stepsOff(vc, want.v_cache!) + stepsOff(kernel.k_cache, want.k_cache!) + stepsOff(kernel.v_cache, want.v_cache!);
    if (off > 0) throw new Error(`bf16 fp8 cache: ${off} cache bytes more than one e4m3 step from the interpreter`);
    runs['bf16 fp8 cache'] = { run: js, reset: () => { q.set(qs); k.set(ks); } };
    runs['wasm bf16 fp8 cache'] = { run: () => kernel.rotateInPlace({}), reset: () => { kernel.q.set(qs); kernel.k.set(ks); } };
  }
  const rounds = quick ? 5 : 30;
  const ms = timeRounds(runs, rounds);
  console.log(`\nq and k's storage type in the TS module (in place, ${T} tokens × (32 + 8) heads of 128, one thread, ${rounds} rounds):`);
  for (const kind of ['', 'wasm ']) {
    console.log(`  ${kind ? 'WebAssembly' : 'JS'}: ${dtypes.map((d) => `${d} ${ms[kind + d].toFixed(2)} ms${d === 'f32' ? '' : ` (${(ms[kind + d] / ms[`${kind}f32`]).toFixed(1)}× f32)`}`).join('; ')}; max |diff| from the interpreter: ${dtypes.map((d) => `${d} ${worst[kind + d].toExponential(2)}`).join(', ')}`);
  }
  console.log(`  JS / WebAssembly: ${dtypes.map((d) => `${d} ${(ms[d] / ms[`wasm ${d}`]).toFixed(1)}×`).join(', ')}`);
  console.log(`  bf16 with q/k RMSNorm: JS ${ms['bf16 norm'].toFixed(2)} ms, WebAssembly ${ms['wasm bf16 norm'].toFixed(2)} ms (${(ms['bf16 norm'] / ms['wasm bf16 norm']).toFixed(1)}×); max |diff| from the interpreter: JS ${worst['bf16 norm'].toExponential(2)}, WebAssembly ${worst['wasm bf16 norm'].toExponential(2)}`);
  console.log(`  bf16 with an fp8 paged KV cache (${T / 16} blocks of 16, shuffled slots): JS ${ms['bf16 fp8 cache'].toFixed(2)} ms, WebAssembly ${ms['wasm bf16 fp8 cache'].toFixed(2)} ms (${(ms['bf16 fp8 cache'] / ms['wasm bf16 fp8 cache']).toFixed(1)}×); max |diff| of q and k from the interpreter: JS ${worst['bf16 fp8 cache'].toExponential(2)}, WebAssembly ${worst['wasm bf16 fp8 cache'].toExponential(2)}; every cache byte within one e4m3 step`);
  return { ms, rounds, maxAbsDiff: worst };
}

/**
 * Issue 19's q/k norm stage on the CPU: the TS module of a Qwen3-shaped spec (128 lanes, 32 q and 8
 * k heads, f32, 1024 tokens) with `norm rms(eps 1e-6)`, one pass, against the same module without
 * it after a separate RMS-norm pass over q and k (plain JavaScript, float64 like the kernel), in the
 * same run, rounds alternating. Both results are first compared with the interpreter.
 */
async function normFusion(): Promise<{ fusedMs: number; separateMs: number; rounds: number; maxAbsDiff: number }> {
  const source = (norm: string) => `rope qwen3_like {\n  head_dim 128\n  frequencies base 1000000\n  positions index + offset\n  kernel {\n    q heads 32\n    k heads 8\n    inplace\n${norm}  }\n}\n`;
  const load = (text: string) => loadTsSpec(text, 'qwen3_like');
  const fused = await load(source('    norm rms(eps 1e-6)\n'));
  const plain = await load(source(''));
  const T = 1024;
  const D = 128;
  const [q0, k0] = [randomF32(T * 32 * D, 11), randomF32(T * 8 * D, 12)];
  const [wq, wk] = [randomF32(D, 13).map((x) => 1 + x / 2), randomF32(D, 14).map((x) => 1 + x / 2)];
  const rms = (x: Float32Array, w: Float32Array) => {
    for (let o = 0; o < x.length; o += D) {
      let ss = 0;
      for (let l = 0; l < D; l++) ss += x[o + l] * x[o + l];
      const r = 1 / Math.sqrt(ss / D + 1e-6);
      for (let l = 0; l < D; l++) x[o + l] = x[o + l] * r * w[l];
    }
  };
  const sizes = { tokens: T, offset: 7 };
  const q = new Float32Array(q0.length);
  const k = new Float32Array(k0.length);
  const runFused = () => fused.mod.rotateInPlace({ q, k, sizes, q_norm_weight: wq, k_norm_weight: wk });
  const runSeparate = () => {
    rms(q, wq);
    rms(k, wk);
    plain.mod.rotateInPlace({ q, k, sizes });
  };
  const want = interpret(fused.ir, { q: q0, k: k0, sizes, q_norm_weight: wq, k_norm_weight: wk });
  let worst = 0;
  for (const run of [runFused, runSeparate]) {
    q.set(q0);
    k.set(k0);
    run();
    worst = Math.max(worst, maxAbsDiff(q, want.q), maxAbsDiff(k, want.k));
  }
  const rounds = quick ? 5 : 40;
  const res = { ...timePair({ fused: runFused, separate: runSeparate }, () => { q.set(q0); k.set(k0); }, rounds), rounds, maxAbsDiff: worst };
  console.log(`\nIssue 19, q/k norm + RoPE on the CPU (TS module, f32, ${T} tokens × (32 + 8) heads of ${D}, one thread, ${rounds} rounds):`);
  console.log(`  fused (norm rms in the spec) ${res.fusedMs.toFixed(2)} ms; a norm pass then the rotation ${res.separateMs.toFixed(2)} ms → separate/fused = ${(res.separateMs / res.fusedMs).toFixed(2)} (max |diff| from the interpreter ${worst.toExponential(2)})`);
  return res;
}

/**
 * Issue 19's KV-cache write on the CPU: the TS module of a Qwen3-shaped spec (128 lanes, 32 q and 8
 * k heads, f32, 1024 tokens, in place) with `kv_cache paged(block 16)`, one pass, against the same
 * module without it followed by a separate cache write (TypedArray.prototype.set of each token's k
 * and v heads into its slot: a memcpy per token), in the same run, rounds alternating. Slots are a
 * shuffled permutation of 64 blocks; both results are first compared with the interpreter.
 */
/** Each token's slot: the first `tokens` of a shuffled permutation of the slots (deterministic), as a paged allocator hands them out. */
function shuffledSlots(tokens: number, slots: number): Int32Array {
  const order = Array.from({ length: slots }, (_, i) => i);
  let seed = 7;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return Int32Array.from({ length: tokens }, (_, t) => order[t]);
}

/**
 * Issue 19's goal on this machine: the WebAssembly kernel with the KV-cache write (the spec of
 * cacheFusion, f32, a paged cache in the kernel's memory) against the WebAssembly kernel of the same
 * spec without it, then a `TypedArray.set` of each token's k and v rows into caches of the same
 * size, in the same run, rounds alternating. Both first compared with the interpreter.
 */
async function wasmCacheFusion(): Promise<{ fusedMs: number; separateMs: number; rounds: number; maxAbsDiff: number }> {
  const source = (kv: string) => `rope qwen3_like {\n  head_dim 128\n  frequencies base 1000000\n  positions index + offset\n  kernel {\n    q heads 32\n    k heads 8\n    inplace\n${kv}  }\n}\n`;
  const fused = await loadTsSpec(source('    kv_cache paged(block 16)\n'), 'qwen3_like');
  const plain = await loadTsSpec(source(''), 'qwen3_like');
  const [T, H, D, B, blocks] = [1024, 8, 128, 16, 64];
  const [q0, k0, v] = [randomF32(T * 32 * D, 21), randomF32(T * H * D, 22), randomF32(T * H * D, 23)];
  const slot_mapping = shuffledSlots(T, blocks * B);
  const sizes = { tokens: T, offset: 7 };
  const F = fused.mod.createWasmKernel({ ...sizes, cache_blocks: blocks });
  const P = plain.mod.createWasmKernel(sizes);
  F.v.set(v);
  F.slot_mapping.set(slot_mapping);
  const k_cache = new Float32Array(blocks * B * H * D);
  const v_cache = new Float32Array(blocks * B * H * D);
  const row = H * D;
  const runFused = () => F.rotateInPlace();
  const runSeparate = () => {
    P.rotateInPlace();
    for (let t = 0; t < T; t++) {
      const slot = slot_mapping[t];
      if (slot < 0) continue;
      k_cache.set(P.k.subarray(t * row, (t + 1) * row), slot * row);
      v_cache.set(v.subarray(t * row, (t + 1) * row), slot * row);
    }
  };
  const reset = () => {
    for (const K of [F, P]) {
      K.q.set(q0);
      K.k.set(k0);
    }
  };
  const empty = () => new Float64Array(k_cache.length);
  const want = interpret(fused.ir, { q: q0, k: k0, v, sizes: { ...sizes, cache_blocks: blocks }, slot_mapping, k_cache: empty(), v_cache: empty() });
  reset();
  runFused();
  runSeparate();
  const worst = Math.max(maxAbsDiff(F.q, want.q), maxAbsDiff(F.k, want.k), maxAbsDiff(F.k_cache, want.k_cache!), maxAbsDiff(F.v_cache, want.v_cache!),
    maxAbsDiff(P.q, want.q), maxAbsDiff(P.k, want.k), maxAbsDiff(k_cache, want.k_cache!), maxAbsDiff(v_cache, want.v_cache!));
  const rounds = quick ? 5 : 40;
  const res = { ...timePair({ fused: runFused, separate: runSeparate }, reset, rounds), rounds, maxAbsDiff: worst };
  console.log(`\nIssue 19, RoPE + KV-cache write in the WebAssembly kernel (f32, ${T} tokens × (32 + 8) heads of ${D}, paged cache of ${blocks} × ${B} slots in its memory, one thread, ${rounds} rounds):`);
  console.log(`  fused (kv_cache in the spec) ${res.fusedMs.toFixed(2)} ms; the rotation then TypedArray.set per token ${res.separateMs.toFixed(2)} ms → separate/fused = ${(res.separateMs / res.fusedMs).toFixed(2)} (goal ≥ 1.5; max |diff| from the interpreter ${worst.toExponential(2)})`);
  return res;
}

async function cacheFusion(fp8 = false): Promise<{ fusedMs: number; separateMs: number; rounds: number; maxAbsDiff: number }> {
  const source = (kv: string) => `rope qwen3_like {\n  head_dim 128\n  frequencies base 1000000\n  positions index + offset\n  kernel {\n    q heads 32\n    k heads 8\n    inplace\n${kv}  }\n}\n`;
  const load = (text: string) => loadTsSpec(text, 'qwen3_like');
  const fused = await load(source(`    kv_cache paged(block 16${fp8 ? ', dtype fp8_e4m3' : ''})\n`));
  const plain = await load(source(''));
  const [T, H, D, B] = [1024, 8, 128, 16];
  const blocks = 64;
  const [q0, k0, v] = [randomF32(T * 32 * D, 21), randomF32(T * H * D, 22), randomF32(T * H * D, 23)];
  const slot_mapping = shuffledSlots(T, blocks * B);
  // fp8: the caches hold e4m3(k / k_scale), e4m3(v / v_scale) (scales that keep these values inside ±448).
  const [kScale, vScale] = [0.0625, 0.03125];
  const sizes = { tokens: T, offset: 7, cache_blocks: blocks, ...(fp8 ? { k_scale: kScale, v_scale: vScale } : {}) };
  const q = new Float32Array(q0.length);
  const k = new Float32Array(k0.length);
  const k_cache = fp8 ? new Uint8Array(blocks * B * H * D) : new Float32Array(blocks * B * H * D);
  const v_cache = fp8 ? new Uint8Array(blocks * B * H * D) : new Float32Array(blocks * B * H * D);
  const runFused = () => fused.mod.rotateInPlace({ q, k, v, sizes, slot_mapping, k_cache, v_cache });
  const row = H * D;
  // The separate write: a memcpy per token, or (fp8) a quantizing loop with the same encoder.
  const runSeparate = () => {
    plain.mod.rotateInPlace({ q, k, sizes: { tokens: T, offset: 7 } });
    for (let t = 0; t < T; t++) {
      const slot = slot_mapping[t];
      if (slot < 0) continue;
      if (!fp8) {
        k_cache.set(k.subarray(t * row, (t + 1) * row), slot * row);
        v_cache.set(v.subarray(t * row, (t + 1) * row), slot * row);
        continue;
      }
      for (let i = 0; i < row; i++) {
        k_cache[slot * row + i] = numberToE4m3(k[t * row + i] / kScale);
        v_cache[slot * row + i] = numberToE4m3(v[t * row + i] / vScale);
      }
    }
  };
  const empty = () => new Float64Array(k_cache.length);
  const want = interpret(fused.ir, { q: q0, k: k0, v, sizes, slot_mapping, k_cache: empty(), v_cache: empty() });
  const cacheValues = (x: Float32Array | Uint8Array) => (x instanceof Uint8Array ? Float64Array.from(x, e4m3ToNumber) : x);
  let worst = 0;
  for (const run of [runFused, runSeparate]) {
    q.set(q0);
    k.set(k0);
    k_cache.fill(0);
    v_cache.fill(0);
    run();
    worst = Math.max(worst, maxAbsDiff(q, want.q), maxAbsDiff(k, want.k), maxAbsDiff(cacheValues(k_cache), want.k_cache!), maxAbsDiff(cacheValues(v_cache), want.v_cache!));
  }
  const rounds = quick ? 5 : 40;
  const res = { ...timePair({ fused: runFused, separate: runSeparate }, () => { q.set(q0); k.set(k0); }, rounds), rounds, maxAbsDiff: worst };
  console.log(`\nIssue 19, RoPE + KV-cache write${fp8 ? ' (fp8 e4m3 caches)' : ''} on the CPU (TS module, f32, ${T} tokens × (32 + 8) heads of ${D}, paged cache of ${blocks} × ${B} slots, one thread, ${rounds} rounds):`);
  console.log(`  fused (kv_cache in the spec) ${res.fusedMs.toFixed(2)} ms; the rotation then a cache write (${fp8 ? 'a quantizing loop' : 'TypedArray.set'} per token) ${res.separateMs.toFixed(2)} ms → separate/fused = ${(res.separateMs / res.fusedMs).toFixed(2)} (the ≥ 1.5 goal is the WebAssembly kernel's, below; max |diff| from the interpreter ${worst.toExponential(2)})`);
  return res;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const shapes = SHAPES.filter((s) => !only || only.includes(s.id));
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model ?? 'unknown',
    logicalCores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}/${process.arch}`,
  };
  console.log(`ropec CPU benchmarks — ${machine.cpu}, ${machine.logicalCores} logical cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);
  console.log('GPU benchmarks: not run (no GPU in this session; see docs/benchmarks.md)');

  log('[compiler] compiling spec/ to ts, wgsl, cuda in a fresh process');
  const cs = spawnSync(process.execPath, [join(here, 'compile-speed.js'), join(root, 'spec'), String(quick ? 3 : 15)], { cwd: root, encoding: 'utf8' });
  let compiler: Record<string, number> | { error: string };
  try {
    compiler = JSON.parse(cs.stdout.trim().split('\n').pop()!);
  } catch {
    compiler = { error: `compile-speed failed: ${cs.stderr.trim().split('\n').slice(-3).join(' ')}` };
  }
  if ('error' in compiler) console.log(`\nCompiler speed: ${compiler.error}`);
  else {
    const c = compiler as Record<string, number>;
    console.log(`\nCompiler: ${c.specs} specs → ${c.artifacts} artifacts (ts, wgsl, cuda; ${(c.bytes / 1024).toFixed(0)} KiB) in one process:`);
    console.log(`  import ropec ${c.importMs.toFixed(0)} ms; first compile of the library (cold) ${c.coldMs.toFixed(0)} ms; warm median of ${c.repeats} ${c.warmMedianMs.toFixed(0)} ms (min ${c.warmMinMs.toFixed(0)}, max ${c.warmMaxMs.toFixed(0)}); target < 1000 ms`);
  }

  const ortInfo = noOrt ? { why: 'skipped by --no-ort' } : await loadOrt();
  let ortVersion: string | undefined;
  if (ortInfo.ort) ortVersion = (ortInfo.ort as any).env?.versions?.node;
  console.log(ortInfo.ort ? `ONNX Runtime: onnxruntime-node ${ortVersion ?? '?'} (CPU execution provider)` : `ORT: not available because ${ortInfo.why}`);

  const results: { shape: BenchShape; rows: Row[]; rounds: number; bytes: number; checkMs: number }[] = [];
  for (const shape of shapes) {
    const res = await benchShape(shape, ortInfo);
    results.push({ shape, ...res });
    printShape(shape, res);
  }

  // Issue 6's CPU target, on the prefill shape.
  const pre = results.find((r) => r.shape.id === 'prefill');
  if (pre) {
    const get = (n: string) => pre.rows.find((r) => r.implementation === n && r.status === 'ok');
    const ort1 = ['ort com.microsoft 1t', 'ort opset23 1t'].map(get).filter((r): r is Row => !!r);
    console.log('\nIssue 6 targets (prefill f32, one thread), for each ropec TS entry point:');
    for (const name of ['ropec ts (1 thread)', 'ropec wasm (1 thread)', 'ropec wasm+table (1 thread)']) {
      const ropec = get(name);
      if (!ropec) continue;
      console.log(`  ${name}:`);
      console.log(`    within 1.5× of the copy floor: ${ropec.ratioToFloor!.toFixed(2)}× → ${ropec.ratioToFloor! <= 1.5 ? 'met' : `missed by ${(ropec.ratioToFloor! / 1.5).toFixed(2)}×`}`);
      if (ort1.length === 0) console.log('    faster than ORT single-thread kernel: not measured (ORT unavailable)');
      for (const o of ort1) {
        const x = ropec.medianMs! / o.medianMs!;
        console.log(`    faster than ${o.implementation} kernel: ropec/ORT = ${x.toFixed(2)} → ${x < 1 ? 'met' : `missed by ${x.toFixed(2)}×`}`);
      }
    }
  }

  // Issue 18's CPU target: the WebAssembly kernel on QKV views within 10 % of its contiguous time.
  console.log('\nIssue 18 target (WebAssembly kernel, QKV views vs contiguous q and k, same run):');
  for (const r of results) {
    const get = (n: string) => r.rows.find((x) => x.implementation === n && x.status === 'ok');
    const [views, plain, copied] = [get('ropec wasm, QKV views (1 thread)'), get('ropec wasm (1 thread)'), get('ropec wasm, QKV copied out and back (1 thread)')];
    if (!views || !plain) continue;
    const x = views.medianMs! / plain.medianMs!;
    const y = copied ? `; views/(copy out, rotate, copy back) = ${(views.medianMs! / copied.medianMs!).toFixed(2)}` : '';
    console.log(`  ${r.shape.id}: views/contiguous = ${x.toFixed(2)} → ${x <= 1.1 ? 'met' : `missed by ${(x / 1.1).toFixed(2)}×`}${y}`);
  }

  const fusion = only && !only.includes('norm') ? undefined : await normFusion();
  const kvFusion = only && !only.includes('kv') ? undefined : await cacheFusion();
  const fp8Fusion = only && !only.includes('kv') ? undefined : await cacheFusion(true);
  const wasmKvFusion = only && !only.includes('kv') ? undefined : await wasmCacheFusion();
  const storage = only && !only.includes('storage') ? undefined : await storageCost();

  const out = {
    generatedAt: new Date().toISOString(),
    machine,
    options: { quick, budgetS, warmupRounds: WARMUP_ROUNDS, tolerance: TOLERANCE },
    gpu: { status: 'not run', reason: 'no GPU available in the session that ran this bench' },
    onnxruntime: ortInfo.ort ? { version: ortVersion } : { unavailable: ortInfo.why },
    compiler,
    shapes: results.map((r) => ({ id: r.shape.id, title: r.shape.title, spec: r.shape.spec, bytesMovedPerCall: r.bytes, rounds: r.rounds, checkMs: r.checkMs, rows: r.rows })),
    normFusion: fusion,
    cacheFusion: kvFusion,
    fp8CacheFusion: fp8Fusion,
    wasmCacheFusion: wasmKvFusion,
    storageCost: storage,
    totalSeconds: (performance.now() - t0) / 1000,
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'cpu.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nWrote bench-results/cpu.json (${out.totalSeconds.toFixed(0)} s in all)`);
  // The WGSL kernels on this machine's WebGPU device, in a process of their own (Dawn's threads
  // would otherwise share the cores with the CPU timings above).
  if (!only) spawnSync(process.execPath, [join(here, 'wgsl.js'), ...(quick ? ['--quick'] : [])], { cwd: root, stdio: 'inherit' });
}

await main();
