// nvcc for the CUDA tests: batched compile checks, and the harness that runs generated kernels
// (src/runners/cuda.ts, shared with `ropec run --backend cuda`) — on the CPU through each
// spec's `ropec_NAME_emulate` (the same per-thread function over the whole launch grid), or, with
// ROPEC_CUDA_DEVICE=1 (scripts/test-gpu.sh), on a real GPU through `ropec_NAME_launch` with
// poisoned outputs. The harness is generated from the same argument list the manifest publishes,
// so it also exercises the launcher's ABI. Here: test cases from interpreter inputs and the
// comparison with the interpreter.
import { tensors } from '../../src/kernel/args.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Artifact } from '../../src/backends/common.js';
import { WERROR, buildHarness as buildSharedHarness, harnessCase, nvcc, type Harness, type HarnessCase, type HarnessResult, type NvccResult } from '../../src/runners/cuda.js';
import { tensorLanes, type RopeIR } from '../../src/compiler/ir.js';
import { forEachToken, headBase, interpret, pairOmegas, tokenPosition } from '../../src/compiler/interpreter.js';
import { resolveShape, shapeOf, type RopeInputs } from '../../src/compiler/runtime.js';
import { allowedError, anyCacheMismatch, cacheAllowed, decodeE4m3, e4m3Apart, e4m3Step, fromStorage, headScale, normAllowance, toStorage } from './dtype.js';
import { launchArgs } from '../../src/backends/cuda/plan.js';
import { COUNTER_BITS, counterValues } from '../../src/runners/counter.js';

export { NVCC, WERROR, nvcc, nvccAvailable, type NvccResult } from '../../src/runners/cuda.js';
export const ON_DEVICE = process.env.ROPEC_CUDA_DEVICE === '1';
export const CUDA_INCLUDE = process.env.CUDA_INCLUDE ?? '/usr/local/cuda/include';

/** A fresh scratch folder (removed by `cleanup`). */
export function scratch(tag: string): string {
  return mkdtempSync(join(tmpdir(), `ropec-cuda-${tag}-`));
}

export function cleanup(dir: string): void {
  if (!process.env.ROPEC_KEEP_CUDA) rmSync(dir, { recursive: true, force: true });
}

export function writeArtifacts(dir: string, artifacts: Artifact[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of artifacts) writeFileSync(join(dir, a.path), a.contents);
}

/**
 * Compiles every given .cu for each arch, warnings as errors, as one translation unit made of
 * their *text* (not `#include`s, and no `#line`): nvcc's front end reports some warnings, such as
 * #177 "declared but never referenced", only in the primary source file, so an include would hide
 * them from the check while a user compiling the .cu alone gets them. One TU keeps it fast (the
 * prelude's include guard and per-spec namespaces make the concatenation valid). Errors name the
 * spec file and its own line.
 */
export async function compileCheck(dir: string, names: string[], archs: string[]): Promise<NvccResult> {
  const starts: { name: string; line: number }[] = [];
  let line = 1;
  const parts = names.map((n) => {
    const text = readFileSync(join(dir, `${n}.cu`), 'utf8');
    const body = text.endsWith('\n') ? text : `${text}\n`;
    starts.push({ name: n, line });
    line += body.split('\n').length - 1;
    return body;
  });
  writeFileSync(join(dir, 'check_all.cu'), parts.join(''));
  const gencode = archs.flatMap((a) => ['-gencode', `arch=compute_${a},code=sm_${a}`]);
  try {
    return await nvcc(['-std=c++17', ...gencode, ...WERROR, '-c', 'check_all.cu', '-o', 'check_all.o'], dir);
  } catch (e) {
    const where = (n: number) => {
      const s = [...starts].reverse().find((x) => x.line <= n)!;
      return `${s.name}.cu(${n - s.line + 1})`;
    };
    throw new Error((e as Error).message.replace(/check_all\.cu\((\d+)\)/g, (_, n: string) => where(Number(n))));
  }
}

// ------------------------------------------------------------------------------------------------
// Harness: the one in src/runners/cuda.ts (also used by `ropec run --backend cuda`); here
// the device flavour is chosen by ROPEC_CUDA_DEVICE.

export { harnessSource, runHarness, type Harness, type HarnessCase, type HarnessResult, type TensorValue } from '../../src/runners/cuda.js';

/** Builds one harness executable for a batch of specs whose artifacts are already in `dir`. */
export function buildHarness(dir: string, irs: RopeIR[], opts: { device?: boolean; unchecked?: boolean } = {}): Promise<Harness> {
  return buildSharedHarness(dir, irs, { device: opts.device ?? ON_DEVICE, unchecked: opts.unchecked });
}

// ------------------------------------------------------------------------------------------------
// Cases from interpreter inputs, and the comparison with the interpreter

export interface PreparedCase {
  ir: RopeIR;
  harness: HarnessCase;
  /** What the interpreter sees: q and k as the dtype stores them. */
  inputs: RopeInputs;
}

/**
 * Turns interpreter-style inputs (numbers) into a harness case with storage-dtype tensors.
 * `generated`: q and k are instead made by the harness's counter generator from streams
 * `generated` and `generated + 1` (src/runners/counter.ts); the interpreter sees the same values
 * from the TypeScript twin, so a difference between the two generators shows as a mismatch.
 */
export function prepareCase(ir: RopeIR, inputs: RopeInputs, opts: { misalign?: boolean; schedule?: 0 | 1; generated?: number } = {}): PreparedCase {
  const dtype = ir.kernel.dtype;
  if (opts.generated !== undefined) {
    const seed = opts.generated;
    const values = (n: number, s: number) => counterValues(s, n, COUNTER_BITS[dtype]);
    inputs = { ...inputs, q: values(inputs.q.length, seed), k: values(inputs.k.length, seed + 1) };
  }
  const q = toStorage(inputs.q, dtype);
  const k = toStorage(inputs.k, dtype);
  const harness = harnessCase(ir, { ...inputs, q: q.stored, k: k.stored }, opts);
  if (opts.generated !== undefined) {
    harness.generated = { q: { seed: opts.generated, length: q.stored.length }, k: { seed: opts.generated + 1, length: k.stored.length } };
    harness.tensors.q = null;
    harness.tensors.k = null;
  }
  return { ir, harness, inputs: { ...inputs, q: q.exact, k: k.exact } };
}

/** Error allowed for f32 arithmetic, relative to the head's largest |x|·m. */
export function computeAllowance(ir: RopeIR, maxAngle: number, device = ON_DEVICE): number {
  const base = 2 ** -20;
  if (ir.kernel.precision === 'exact') return base;
  // The fast path reduces p·ω exactly for positions it reads (integers below 2^24 and f32 inputs
  // are exact in f32), but computes grid coordinates in f32: an angle error of about |p·ω|·2^-23.
  // On a GPU, __sincosf adds about 2^-21.4.
  const gridTerm = ir.positions.source.kind === 'grid' ? maxAngle * 2 ** -22 : 0;
  return base + gridTerm + (device ? 2 ** -20 : 0);
}

/** Largest |p·ω| of a case (for the fast path's allowance). */
export function maxAngle(ir: RopeIR, inputs: RopeInputs): number {
  const shape = resolveShape(ir, inputs);
  const omega = pairOmegas(ir, shape.seqLen);
  let max = 0;
  forEachToken(ir, shape, (b, s, flat) => {
    const pos = tokenPosition(ir, shape, inputs, b, s, flat);
    for (const p of ir.pairs) max = Math.max(max, Math.abs(pos[ir.positions.axisComponent[p.axis]] * omega[p.index]));
  });
  return max;
}

/**
 * Every lane of every head of q or k (k with its own tokens: over its own shape), with the error it
 * may have against the interpreter's value: the storage rounding plus the compute allowance, scaled
 * by the head's largest |x| (after a norm, its output's, and the f32 norm adds its own error).
 * `visit` gets the element index, that error and (token, head, lane); it returns true to stop.
 */
function forEachLane(c: PreparedCase, want: ReturnType<typeof interpret>, which: 'q' | 'k', allowance: number,
  visit: (i: number, allowed: number, at: [number, number, number]) => boolean | void): void {
  const { ir, inputs } = c;
  const shape = resolveShape(ir, inputs);
  const norm = ir.kernel.norm !== undefined;
  const heads = which === 'q' ? shape.qHeads : shape.kHeads;
  const D = tensorLanes(ir, which).headDim;
  const own = shapeOf(shape, which);
  let stop = false;
  forEachToken(ir, own, (b, s, flat) => {
    for (let h = 0; h < heads && !stop; h++) {
      const base = headBase(ir, which, own, b, s, flat, h, heads, shape.strides?.[which]);
      const scale = headScale(norm, ir.attentionFactor, inputs[which], want[which], base, D);
      for (let l = 0; l < D && !stop; l++) {
        stop = visit(base + l, allowedError(ir.kernel.dtype, want[which][base + l], scale, allowance + normAllowance(norm, D)), [flat, h, l]) === true;
      }
    }
  });
}

/** Compares a harness result with the interpreter; returns a description of the first mismatch. */
export function compareWithInterpreter(c: PreparedCase, result: HarnessResult): string | undefined {
  const { ir, inputs } = c;
  if (result.status !== 0) return `launcher returned cudaError ${result.status}: ${result.why}`;
  const want = interpret(ir, inputs);
  const allowance = computeAllowance(ir, maxAngle(ir, inputs));
  const norm = ir.kernel.norm !== undefined;
  for (const which of tensors(ir)) {
    const stored = result.tensors[ir.kernel.inplace ? which : `${which}_out`] as Float32Array | Uint16Array | Uint8Array | undefined;
    if (!stored) return `${which}: no output`;
    // An fp8 q's output: its bytes, each within one e4m3 step of the interpreter's value.
    const bytes = stored instanceof Uint8Array ? stored : undefined;
    const got = bytes ? Float64Array.from(bytes, decodeE4m3) : fromStorage(stored as Float32Array | Uint16Array, ir.kernel.dtype);
    let problem: string | undefined;
    forEachLane(c, want, which, allowance, (i, allowed, [flat, h, l]) => {
      if (bytes ? !e4m3Apart(bytes[i], want[which][i]) : Math.abs(got[i] - want[which][i]) <= allowed) return false;
      problem = `${which}[token ${flat}, head ${h}, lane ${l}] = ${got[i]}, interpreter ${want[which][i]}, ` +
        `|diff| ${Math.abs(got[i] - want[which][i]).toExponential(3)} > allowed ${allowed.toExponential(3)}`;
      return true;
    });
    if (problem) return problem;
  }
  // A KV-cache write: the caches as the interpreter leaves them (rotated k and v at each stored token's slot, the rest as given).
  for (const name of ir.kernel.kvCache ? (['k_cache', 'v_cache'] as const) : []) {
    const stored = result.tensors[name];
    if (!stored) return `${name}: no output`;
    const bad = anyCacheMismatch(name, ir.kernel.dtype, stored, want[name]!, allowance, norm, tensorLanes(ir, 'k').headDim);
    if (bad) return bad;
  }
  return undefined;
}

/** A launcher output's expected values and allowed error per element (bench/gpu's check.py and torch_check.py hold outputs to them). */
export interface ExpectedOutput {
  name: string;
  dtype: string;
  want: Float64Array;
  bound: Float64Array;
}

/**
 * The interpreter's value and the allowed error of every element of a case's outputs (q, k or
 * q_out, k_out; a KV cache's two caches), by the rule of compareWithInterpreter: untouched elements
 * must come back as they were (bound 0), rotated ones within the storage rounding plus the compute
 * allowance scaled by the head's largest |x|; fp8 bytes within one e4m3 step. `device`: the
 * allowance of a GPU's sincos.
 */
export function expectedOutputs(c: PreparedCase, device = ON_DEVICE): ExpectedOutput[] {
  const { ir, inputs } = c;
  const expected = interpret(ir, inputs);
  const allowance = computeAllowance(ir, maxAngle(ir, inputs), device);
  const norm = ir.kernel.norm !== undefined;
  const out: ExpectedOutput[] = [];
  for (const a of launchArgs(ir)) {
    if (a.kind !== 'tensor' || a.role === 'in' || a.name === 'sincos_table') continue;
    if (a.name === 'k_cache' || a.name === 'v_cache') {
      // The caches as the interpreter leaves them (every slot: written ones within the rounding, the rest as given).
      const ref = expected[a.name]!;
      const allowed = a.dtype === 'e4m3' ? (i: number) => e4m3Step(Math.abs(ref[i])) : cacheAllowed(ir.kernel.dtype, ref, allowance, norm, tensorLanes(ir, 'k').headDim);
      out.push({ name: a.name, dtype: a.dtype, want: Float64Array.from(ref), bound: Float64Array.from({ length: ref.length }, (_, i) => allowed(i)) });
      continue;
    }
    const which = a.name.startsWith('q') ? 'q' : 'k';
    const want = Float64Array.from(inputs[which]);
    const bound = new Float64Array(want.length);
    forEachLane(c, expected, which, allowance, (i, allowed) => {
      want[i] = expected[which][i];
      // An fp8 q's output (bytes): one e4m3 step of the interpreter's value, as the caches.
      bound[i] = a.dtype === 'e4m3' ? e4m3Step(Math.abs(expected[which][i])) : allowed;
    });
    out.push({ name: a.name, dtype: a.dtype, want, bound });
  }
  return out;
}
