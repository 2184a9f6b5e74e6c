// A real WebGPU device for tests: Dawn through the `webgpu` npm package, on the SwiftShader Vulkan
// driver from Debian's chromium package. No adapter is an error, never a skip. Also: compile a spec
// for WGSL, load its host module, run it on the device and compare with the interpreter. Device
// creation, host-module loading, upload, dispatch and read-back are src/runners/wgsl.ts,
// the same code `ropec run --backend wgsl` uses.
/// <reference types="@webgpu/types" />
import { forEachToken, headBase, interpret, pairOmegas, tokenPosition } from '../../src/compiler/interpreter.js';
import { tensorLanes, type RopeIR } from '../../src/compiler/ir.js';
import { resolveShape, shapeOf, type RopeInputs } from '../../src/compiler/runtime.js';
import { tensors } from '../../src/kernel/args.js';
import { tensorIdentityLanes } from '../../src/compiler/passes/identity-lanes.js';
import { compile } from '../../src/index.js';
import type { EmitOptions } from '../../src/backends/common.js';
import {
  dispatchWgsl, gpuErrors, importHostModule, wgslDevice, wgslGpu, type WgslHostModule, type WgslKernel,
} from '../../src/runners/wgsl.js';
import { allowedError, cacheMismatch, decodeE4m3, e4m3Apart, fp8CacheMismatch, fromStorage, headScale, normAllowance, toStorage, type Dtype } from './dtype.js';

/** A cache read back: fp8 bytes as they are, others decoded. */
const cacheValues = (x: Float32Array | Uint16Array | Uint8Array, dtype: Dtype): Float64Array | Uint8Array => (x instanceof Uint8Array ? x : fromStorage(x, dtype));

export { gpuErrors, readBuffer, uploadBuffer } from '../../src/runners/wgsl.js';

let devicePromise: Promise<GPUDevice> | undefined;

/** The shared test device (created once per test file). Throws with a set-up hint if none. */
export function testDevice(): Promise<GPUDevice> {
  devicePromise ??= wgslDevice().then((device) => {
    device.addEventListener('uncapturederror', (e) => {
      uncaptured.push((e as GPUUncapturedErrorEvent).error.message);
    });
    return device;
  });
  return devicePromise;
}

/** WebGPU validation errors nobody caught: a test asserts this stays empty. */
export const uncaptured: string[] = [];

/** The adapter description, for messages. */
export function gpuInstance(): GPU | undefined {
  return wgslGpu();
}

/** Errors and warnings of a shader module, as lines. */
export async function compilationProblems(module: GPUShaderModule): Promise<string[]> {
  const info = await module.getCompilationInfo();
  return info.messages.filter((m) => m.type !== 'info').map((m) => `${m.type} ${m.lineNum}:${m.linePos}: ${m.message}`);
}

/**
 * Runs entry point `main` of a bare compute shader on the test device: `bindings` bound at 0, 1, …
 * (a buffer's whole size unless one is given), `workgroups` dispatched. Throws on a compile problem
 * or a WebGPU error.
 */
export async function dispatchShader(code: string, bindings: GPUBufferBinding[], workgroups: number): Promise<void> {
  const device = await testDevice();
  const module = device.createShaderModule({ code });
  const problems = await compilationProblems(module);
  if (problems.length > 0) throw new Error(`the shader does not compile:\n${problems.join('\n')}`);
  const errors = await gpuErrors(device, () => {
    const pipeline = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: 'main' } });
    const group = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: bindings.map((resource, binding) => ({ binding, resource })) });
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(workgroups);
    pass.end();
    device.queue.submit([encoder.finish()]);
  });
  if (errors.length > 0) throw new Error(`the dispatch failed: ${errors.join('; ')}`);
}

// ------------------------------------------------------------------------------------------------
// Running generated WGSL kernels

export type HostModule = WgslHostModule;

export interface BuiltSpec {
  ir: RopeIR;
  wgsl: string;
  host: string;
  manifest: Record<string, any>;
  kernel: WgslKernel;
  mod: HostModule;
}

/** Compiles one spec for wgsl and creates its kernel on the test device (`kernel`: createKernel's options). */
export async function buildWgsl(source: string, file: string, options: EmitOptions = {}, kernel: { schedule?: 'auto' | 'heads' | 'groups' | 'serial' } = {}): Promise<BuiltSpec> {
  const r = compile(source, { file, targets: ['wgsl'], ...options });
  if (!r.ok || r.irs.length !== 1) {
    throw new Error(`${file} does not compile for wgsl:\n${r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')}\n${source}`);
  }
  const ir = r.irs[0];
  const get = (suffix: string) => r.artifacts.find((a) => a.path === `${ir.name}${suffix}`)!.contents;
  const host = get('.wgsl.ts');
  const mod = await importHostModule(host, `wgsl-${ir.name}`);
  const device = await testDevice();
  return { ir, wgsl: get('.wgsl'), host, manifest: JSON.parse(get('.wgsl.json')), kernel: mod.createKernel(device, kernel), mod };
}

export interface GpuRun {
  /** Outputs as the numbers the storage dtype holds (an fp8 q's output: its bytes). */
  q: Float64Array | Uint8Array;
  k: Float64Array;
  /** The inputs after the call (out of place: must be unchanged). */
  qIn: Float64Array;
  kIn: Float64Array;
  /** The exact inputs the interpreter must see (dtype-rounded). */
  exact: RopeInputs;
  /** `kv_cache …`: the caches after the call (an fp8 cache's bytes). */
  k_cache?: Float64Array | Uint8Array;
  v_cache?: Float64Array | Uint8Array;
}

/** Runs the kernel once on `inputs` (values rounded to the storage dtype first). */
export async function runOnGpu(built: BuiltSpec, inputs: RopeInputs, outOfPlace: boolean, positionsAsArray = false): Promise<GpuRun> {
  const device = await testDevice();
  const dtype = built.ir.kernel.dtype;
  const q = toStorage(inputs.q, dtype);
  const k = toStorage(inputs.k, dtype);
  const out = await dispatchWgsl(device, built.kernel, built.ir, { ...inputs, q: q.stored, k: k.stored },
    { outOfPlace, positionsAsArray, readInputs: true });
  return {
    q: out.q instanceof Uint8Array ? out.q : fromStorage(out.q, dtype),
    k: fromStorage(out.k, dtype),
    qIn: fromStorage(out.qIn!, dtype),
    kIn: fromStorage(out.kIn!, dtype),
    exact: { ...inputs, q: q.exact, k: k.exact },
    // fp8 caches stay bytes (compared step by step: fp8CacheMismatch).
    ...(out.k_cache && out.v_cache ? { k_cache: cacheValues(out.k_cache, dtype), v_cache: cacheValues(out.v_cache, dtype) } : {}),
  };
}

/** Largest |p·ω| of a case. */
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
 * The f32 arithmetic error allowed, relative to the largest |x| of a head times the attention
 * factor. exact: the angle is within a few 2^-25 turns of p·ω and the kernel's own sin and cos are
 * good to about 2^-23, the rotation adds a few f32 ulps: 2^-20 in all. Positions the kernel
 * computes in f32 from non-integer grid coordinates carry a relative error of about 2^-23, so
 * their angles |p·ω|·2^-22. fast rounds p·ω in f32 (|p·ω|·2^-22 more) and uses the platform's sin
 * and cos, which WGSL bounds only by 2^-11 absolute in [−π, π]: a·cos − b·sin then errs by up to
 * 2·2^-11 of the head's scale.
 */
export function computeAllowance(ir: RopeIR, angle: number): number {
  const src = ir.host.positions;
  const floatGrid = src.kind === 'grid' && (src.normalize !== 'none' ||
    Object.values(src.affine).some((a) => ![a.stride, a.shift, a.scale].every(Number.isInteger)));
  let allowance = 2 ** -20;
  if (floatGrid) allowance += angle * 2 ** -22;
  if (ir.kernel.precision === 'fast') allowance += angle * 2 ** -22 + 2 * 2 ** -11;
  return allowance;
}

/** Compares a run with the interpreter, head by head; returns the first problem or undefined. */
export function compareRun(ir: RopeIR, run: GpuRun, outOfPlace: boolean): string | undefined {
  const want = interpret(ir, run.exact);
  const shape = resolveShape(ir, run.exact);
  const allowance = computeAllowance(ir, maxAngle(ir, run.exact));
  const dtype = ir.kernel.dtype;
  const norm = ir.kernel.norm !== undefined;
  for (const which of tensors(ir)) {
    const identity = new Set<number>();
    for (const [a, b] of tensorIdentityLanes(ir, which)) for (let l = a; l < b; l++) identity.add(l);
    const input = run.exact[which];
    const got = run[which];
    const heads = which === 'q' ? shape.qHeads : shape.kHeads;
    const D = tensorLanes(ir, which).headDim;
    if (outOfPlace) {
      const after = which === 'q' ? run.qIn : run.kIn;
      for (let i = 0; i < input.length; i++) {
        if (after[i] !== input[i] && !(Number.isNaN(after[i]) && Number.isNaN(input[i]))) return `${which}[${i}]: the out-of-place call changed its input`;
      }
    }
    let problem: string | undefined;
    // k with its own tokens (`k … tokens own`) has its own shape.
    const own = shapeOf(shape, which);
    forEachToken(ir, own, (b, s, flat) => {
      for (let h = 0; h < heads && !problem; h++) {
        const base = headBase(ir, which, own, b, s, flat, h, heads, shape.strides?.[which]);
        const scale = headScale(norm, ir.attentionFactor, input, want[which], base, D);
        for (let l = 0; l < D; l++) {
          const i = base + l;
          if (got instanceof Uint8Array) {
            // An fp8 q's output (every lane, pass-through ones too): within one e4m3 step of the interpreter's.
            if (e4m3Apart(got[i], want[which][i])) problem = `${which}[${i}] (token ${flat}, head ${h}, lane ${l}): byte 0x${got[i].toString(16)} = ${decodeE4m3(got[i])}, interpreter ${want[which][i]}: more than one e4m3 step apart`;
          } else if (identity.has(l) && !norm) {
            // A norm scales the pass-through lanes too: they are compared like the rotated ones.
            if (!Object.is(got[i], input[i])) problem = `${which}[${i}] (token ${flat}, head ${h}, identity lane ${l}): ${got[i]} ≠ input ${input[i]}`;
          } else {
            const allowed = allowedError(dtype, want[which][i], scale, allowance + normAllowance(norm, D));
            if (!(Math.abs(got[i] - want[which][i]) <= allowed)) {
              problem = `${which}[${i}] (token ${flat}, head ${h}, lane ${l}): got ${got[i]}, want ${want[which][i]}, ` +
                `|diff| ${Math.abs(got[i] - want[which][i]).toExponential(3)} > allowed ${allowed.toExponential(3)}`;
            }
          }
          if (problem) break;
        }
      }
    });
    if (problem) return problem;
  }
  // A KV-cache write: the caches as the interpreter leaves them (rotated k and v at each stored token's slot, the rest as given).
  for (const name of ir.kernel.kvCache ? (['k_cache', 'v_cache'] as const) : []) {
    const got = run[name];
    if (!got) return `${name}: not read back`;
    const bad = got instanceof Uint8Array ? fp8CacheMismatch(name, got, want[name]!) : cacheMismatch(name, dtype, got, want[name]!, allowance, norm, tensorLanes(ir, 'k').headDim);
    if (bad) return bad;
  }
  return undefined;
}
