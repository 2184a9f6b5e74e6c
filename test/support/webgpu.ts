// A real WebGPU device for tests: Dawn through the `webgpu` npm package, on the SwiftShader Vulkan
// driver from Debian's chromium package. No adapter is an error, never a skip. Also: compile a spec
// for WGSL, load its host module, run it on the device and compare with the interpreter.
/// <reference types="@webgpu/types" />
import { existsSync } from 'node:fs';
import { forEachToken, headBase, interpret, pairOmegas, tokenPosition } from '../../src/compiler/interpreter.js';
import type { RopeIR } from '../../src/compiler/ir.js';
import { resolveShape, type RopeInputs } from '../../src/compiler/runtime.js';
import { compile } from '../../src/index.js';
import type { EmitOptions } from '../../src/backends/common.js';
import { allowedError, fromStorage, toStorage, type Dtype } from './dtype.js';
import { loadGeneratedTs } from './load-ts.js';

const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

// dawn.node lives only as long as the object `create` returns: keep it for the process's life.
let gpu: GPU | undefined;
let devicePromise: Promise<GPUDevice> | undefined;

/** The shared test device (created once per test file). Throws with a set-up hint if none. */
export function testDevice(): Promise<GPUDevice> {
  devicePromise ??= createDevice();
  return devicePromise;
}

async function createDevice(): Promise<GPUDevice> {
  if (!process.env.VK_ICD_FILENAMES) {
    if (!existsSync(SWIFTSHADER_ICD)) {
      throw new Error(`WebGPU: ${SWIFTSHADER_ICD} is missing and VK_ICD_FILENAMES is not set; install chromium and libvulkan1 (bash ../shared/tools/check-env.sh --install)`);
    }
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  }
  const webgpu = (await import('webgpu')) as unknown as { create(flags: string[]): GPU; globals: Record<string, unknown> };
  Object.assign(globalThis, webgpu.globals);
  gpu = webgpu.create([]);
  const adapter = await gpu.requestAdapter();
  if (!adapter) {
    throw new Error(`WebGPU: no adapter (VK_ICD_FILENAMES=${process.env.VK_ICD_FILENAMES}); the WGSL tests need Dawn on SwiftShader (apt-get install chromium libvulkan1)`);
  }
  const device = await adapter.requestDevice();
  device.addEventListener('uncapturederror', (e) => {
    uncaptured.push((e as GPUUncapturedErrorEvent).error.message);
  });
  return device;
}

/** WebGPU validation errors nobody caught: a test asserts this stays empty. */
export const uncaptured: string[] = [];

/** The adapter description, for messages. */
export function gpuInstance(): GPU | undefined {
  return gpu;
}

export function uploadBuffer(device: GPUDevice, data: ArrayBufferView, usage: number = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST): GPUBuffer {
  const size = Math.max(16, Math.ceil(data.byteLength / 16) * 16);
  const buffer = device.createBuffer({ size, usage, mappedAtCreation: true });
  new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  buffer.unmap();
  return buffer;
}

/** Copies `bytes` bytes of a buffer back to the CPU. */
export async function readBuffer(device: GPUDevice, buffer: GPUBuffer, bytes: number): Promise<ArrayBuffer> {
  const size = Math.max(16, Math.ceil(bytes / 16) * 16);
  const staging = device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, Math.min(size, buffer.size));
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const out = staging.getMappedRange().slice(0, bytes);
  staging.unmap();
  staging.destroy();
  return out;
}

/** Errors and warnings of a shader module, as lines. */
export async function compilationProblems(module: GPUShaderModule): Promise<string[]> {
  const info = await module.getCompilationInfo();
  return info.messages.filter((m) => m.type !== 'info').map((m) => `${m.type} ${m.lineNum}:${m.linePos}: ${m.message}`);
}

/** Runs `fn` inside validation and out-of-memory error scopes and returns their errors. */
export async function gpuErrors(device: GPUDevice, fn: () => void): Promise<string[]> {
  device.pushErrorScope('validation');
  device.pushErrorScope('out-of-memory');
  fn();
  const errors = [await device.popErrorScope(), await device.popErrorScope()];
  return errors.filter((e): e is GPUError => e !== null).map((e) => e.message);
}

// ------------------------------------------------------------------------------------------------
// Running generated WGSL kernels

export interface HostModule {
  WGSL: string;
  createKernel(device: GPUDevice): {
    module: GPUShaderModule;
    pipeline: GPUComputePipeline;
    encode(encoder: GPUCommandEncoder, args: Record<string, unknown>): void;
    run(args: Record<string, unknown>): void;
  };
}

export interface BuiltSpec {
  ir: RopeIR;
  wgsl: string;
  host: string;
  manifest: Record<string, any>;
  kernel: ReturnType<HostModule['createKernel']>;
  mod: HostModule;
}

let loaded = 0;

export async function buildWgsl(source: string, file: string, options: EmitOptions = {}): Promise<BuiltSpec> {
  const r = compile(source, { file, targets: ['wgsl'], ...options });
  if (!r.ok || r.irs.length !== 1) {
    throw new Error(`${file} does not compile for wgsl:\n${r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')}\n${source}`);
  }
  const ir = r.irs[0];
  const get = (suffix: string) => r.artifacts.find((a) => a.path === `${ir.name}${suffix}`)!.contents;
  const host = get('.wgsl.ts');
  const mod = (await loadGeneratedTs(host, `wgsl-${ir.name}-${loaded++}`)) as unknown as HostModule;
  const device = await testDevice();
  return { ir, wgsl: get('.wgsl'), host, manifest: JSON.parse(get('.wgsl.json')), kernel: mod.createKernel(device), mod };
}

export interface GpuRun {
  /** Outputs as the numbers the storage dtype holds. */
  q: Float64Array;
  k: Float64Array;
  /** The inputs after the call (out of place: must be unchanged). */
  qIn: Float64Array;
  kIn: Float64Array;
  /** The exact inputs the interpreter must see (dtype-rounded). */
  exact: RopeInputs;
}

const bytesOf = (dtype: Dtype) => (dtype === 'f32' ? 4 : 2);

/** Runs the kernel once on `inputs` (values rounded to the storage dtype first). */
export async function runOnGpu(built: BuiltSpec, inputs: RopeInputs, outOfPlace: boolean, positionsAsArray = false): Promise<GpuRun> {
  const device = await testDevice();
  const dtype = built.ir.kernel.dtype;
  const q = toStorage(inputs.q, dtype);
  const k = toStorage(inputs.k, dtype);
  const qBuf = uploadBuffer(device, q.stored);
  const kBuf = uploadBuffer(device, k.stored);
  const args: Record<string, unknown> = { q: qBuf, k: kBuf, sizes: inputs.sizes };
  let qOut: GPUBuffer | undefined;
  let kOut: GPUBuffer | undefined;
  if (outOfPlace) {
    // Pre-filled with garbage: every element of the output must be written.
    qOut = uploadBuffer(device, new Uint8Array(q.stored.byteLength).fill(0x7f));
    kOut = uploadBuffer(device, new Uint8Array(k.stored.byteLength).fill(0x7f));
    args.qOut = qOut;
    args.kOut = kOut;
  }
  if (inputs.positions) {
    const src = built.ir.positions.source;
    const isFloat = src.kind === 'timeline' || (src.kind === 'tensor' && src.dtype === 'float');
    const typed = isFloat ? Float32Array.from(inputs.positions) : Int32Array.from(inputs.positions);
    args.positions = positionsAsArray ? typed : uploadBuffer(device, typed);
  }
  if (inputs.offsets) args.offsets = inputs.offsets;
  if (inputs.cu_seqlens) args.cu_seqlens = inputs.cu_seqlens;
  built.kernel.run(args);
  const read = async (buf: GPUBuffer, n: number) => {
    const raw = await readBuffer(device, buf, n * bytesOf(dtype));
    return fromStorage(dtype === 'f32' ? new Float32Array(raw) : new Uint16Array(raw), dtype);
  };
  const out = {
    q: await read(qOut ?? qBuf, q.stored.length),
    k: await read(kOut ?? kBuf, k.stored.length),
    qIn: await read(qBuf, q.stored.length),
    kIn: await read(kBuf, k.stored.length),
    exact: { ...inputs, q: q.exact, k: k.exact },
  };
  for (const b of [qBuf, kBuf, qOut, kOut]) b?.destroy();
  return out;
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
  const src = ir.positions.source;
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
  const identity = new Set<number>();
  for (const [a, b] of ir.identityLanes ?? []) for (let l = a; l < b; l++) identity.add(l);
  for (const which of ['q', 'k'] as const) {
    const input = run.exact[which];
    const got = run[which];
    const heads = which === 'q' ? shape.qHeads : shape.kHeads;
    if (outOfPlace) {
      const after = which === 'q' ? run.qIn : run.kIn;
      for (let i = 0; i < input.length; i++) {
        if (after[i] !== input[i] && !(Number.isNaN(after[i]) && Number.isNaN(input[i]))) return `${which}[${i}]: the out-of-place call changed its input`;
      }
    }
    let problem: string | undefined;
    forEachToken(ir, shape, (b, s, flat) => {
      for (let h = 0; h < heads && !problem; h++) {
        const base = headBase(ir, shape, b, s, flat, h, heads);
        let scale = 0;
        for (let l = 0; l < ir.headDim; l++) scale = Math.max(scale, Math.abs(input[base + l]));
        scale *= ir.attentionFactor;
        for (let l = 0; l < ir.headDim; l++) {
          const i = base + l;
          if (identity.has(l)) {
            if (!Object.is(got[i], input[i])) problem = `${which}[${i}] (token ${flat}, head ${h}, identity lane ${l}): ${got[i]} ≠ input ${input[i]}`;
          } else {
            const allowed = allowedError(dtype, want[which][i], scale, allowance);
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
  return undefined;
}
