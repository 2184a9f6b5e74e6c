// Running the generated WGSL on a real WebGPU device: Dawn through the `webgpu` npm package (loaded
// lazily, so commands that never touch WGSL never load Dawn), on whichever Vulkan driver it finds;
// when VK_ICD_FILENAMES is unset and Debian's chromium SwiftShader driver is installed, that one.
// `ropec run --backend wgsl` (runWgsl) and the WGSL tests (test/support/webgpu.ts) share this code:
// device creation, loading the emitted host module, upload, dispatch and read-back.
/// <reference types="@webgpu/types" />
import { existsSync } from 'node:fs';
import type { OptimizedIR, RopeIR } from '../compiler/ir.js';
import { resolveShape, RopeArgumentError, type RopeInputs } from '../compiler/runtime.js';
import type { EmitOptions } from '../backends/common.js';
import { importGeneratedTs } from '../backends/import-ts.js';
import { wgslBackend } from '../backends/wgsl/index.js';
import { asStored, numberToE4m3 } from '../storage.js';
import { fp8Cache, fp8Q, storedArrays } from '../kernel/args.js';

/** Debian's chromium ships SwiftShader's Vulkan driver here; the default when VK_ICD_FILENAMES is unset. */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/** No WebGPU device, a backend limitation or a GPU error: `ropec run` reports it and writes nothing. */
export class WgslRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WgslRunError';
  }
}

/** What an emitted NAME.wgsl.ts exports (see docs/wgsl.md, "Host module"). */
export interface WgslHostModule {
  WGSL: string;
  /** The native-f16 shader (`dtype f16 native`), else null. */
  WGSL_F16: string | null;
  createKernel(device: GPUDevice, options?: { f16?: 'auto' | 'native' | 'packed' }): WgslKernel;
}

export interface WgslKernel {
  /** Which shader the kernel runs: 'native' = WGSL_F16. */
  storage: 'packed' | 'native';
  module: GPUShaderModule;
  pipeline: GPUComputePipeline;
  encode(encoder: GPUCommandEncoder, args: Record<string, unknown>): void;
  run(args: Record<string, unknown>): void;
}

// ------------------------------------------------------------------------------------------------
// The device

// dawn.node lives only as long as the object `create` returns: keep it while the device is used.
let gpu: GPU | undefined;
let devicePromise: Promise<GPUDevice> | undefined;

/**
 * The process's shared WebGPU device (created on first use, with the adapter's largest buffer
 * limits). Throws WgslRunError with a set-up hint when Dawn cannot be loaded or finds no adapter.
 */
export function wgslDevice(): Promise<GPUDevice> {
  devicePromise ??= createDevice().catch((e: unknown) => {
    devicePromise = undefined;
    throw e;
  });
  return devicePromise;
}

/** The GPU object of the shared device, if one was created (adapter information, for messages). */
export function wgslGpu(): GPU | undefined {
  return gpu;
}

async function createDevice(): Promise<GPUDevice> {
  if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER_ICD)) process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  const hint = `install chromium and libvulkan1 (Dawn then runs on SwiftShader, ${SWIFTSHADER_ICD}) ` +
    'or a Vulkan driver for your GPU, or point VK_ICD_FILENAMES at a Vulkan ICD';
  let webgpu: { create(flags: string[]): GPU; globals: Record<string, unknown> };
  try {
    webgpu = (await import('webgpu')) as unknown as typeof webgpu;
  } catch (e) {
    throw new WgslRunError(`cannot load Dawn (the 'webgpu' package): ${(e as Error).message}; ${hint}`);
  }
  Object.assign(globalThis, webgpu.globals);
  gpu = webgpu.create([]);
  const adapter = await gpu.requestAdapter();
  if (!adapter) {
    gpu = undefined;
    throw new WgslRunError(`no WebGPU adapter; ${hint} (VK_ICD_FILENAMES=${process.env.VK_ICD_FILENAMES ?? 'unset'})`);
  }
  // The adapter's own storage limits: large tensors, and the bindings of a fused KV-cache write (q, k, v, the slots, two caches, positions, norm weights).
  const { maxStorageBufferBindingSize, maxBufferSize, maxStorageBuffersPerShaderStage } = adapter.limits;
  // shader-f16 when the adapter has it, so `dtype f16 native` specs run their native shader.
  const requiredFeatures: GPUFeatureName[] = adapter.features.has('shader-f16') ? ['shader-f16'] : [];
  return adapter.requestDevice({ requiredLimits: { maxStorageBufferBindingSize, maxBufferSize, maxStorageBuffersPerShaderStage }, requiredFeatures });
}

/**
 * Destroys the shared device and lets go of Dawn, so that nothing keeps the process alive. The next
 * wgslDevice() creates a fresh one.
 */
export async function releaseWgslDevice(): Promise<void> {
  const pending = devicePromise;
  devicePromise = undefined;
  kernels = new Map();
  if (pending) {
    try {
      (await pending).destroy();
    } catch {
      // no device was created: nothing to release
    }
  }
  gpu = undefined;
}

// ------------------------------------------------------------------------------------------------
// Buffers

/** A buffer holding `data` (size rounded up to 16 bytes, at least 16). */
export function uploadBuffer(device: GPUDevice, data: ArrayBufferView, usage: number = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST): GPUBuffer {
  const size = Math.max(16, Math.ceil(data.byteLength / 16) * 16);
  const buffer = device.createBuffer({ size, usage, mappedAtCreation: true });
  new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  buffer.unmap();
  return buffer;
}

/** Copies the first `bytes` bytes of a buffer back to the CPU. */
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

/** Runs `fn` inside validation, out-of-memory and internal error scopes and returns their errors. */
export async function gpuErrors(device: GPUDevice, fn: () => void | Promise<void>): Promise<string[]> {
  device.pushErrorScope('validation');
  device.pushErrorScope('out-of-memory');
  device.pushErrorScope('internal');
  let thrown: { error: unknown } | undefined;
  try {
    await fn();
  } catch (error) {
    thrown = { error };
  }
  // Pop all three even when fn threw, so the scopes stay balanced.
  const errors = [await device.popErrorScope(), await device.popErrorScope(), await device.popErrorScope()];
  if (thrown) throw thrown.error;
  return errors.filter((e): e is GPUError => e !== null).map((e) => e.message);
}

// ------------------------------------------------------------------------------------------------
// The host module

/**
 * Transpiles an emitted NAME.wgsl.ts with the TypeScript ts-morph carries and imports it (from a
 * scratch folder, removed once the module is loaded).
 */
export async function importHostModule(source: string, name: string): Promise<WgslHostModule> {
  return importGeneratedTs<WgslHostModule>(source, `${name}.wgsl`);
}

/** Emits the WGSL backend's artifacts for one (optimized) IR; WgslRunError on RB001. */
export function emitWgsl(ir: OptimizedIR, options: EmitOptions = {}): { wgsl: string; host: string; manifest: string } {
  const r = wgslBackend.emit(ir, options);
  if (r.artifacts.length === 0) {
    throw new WgslRunError(`the WGSL backend cannot run '${ir.name}': ${r.diagnostics.map((d) => d.message).join('; ')}`);
  }
  const get = (suffix: string) => r.artifacts.find((a) => a.path === `${ir.name}${suffix}`)!.contents;
  return { wgsl: get('.wgsl'), host: get('.wgsl.ts'), manifest: get('.wgsl.json') };
}

let kernels = new Map<string, Promise<WgslKernel>>();

/** The pipeline for a spec on the shared device (cached per spec hash). */
async function kernelFor(ir: RopeIR, host: string, device: GPUDevice): Promise<WgslKernel> {
  const key = `${ir.name}:${ir.specHash}`;
  let kernel = kernels.get(key);
  if (!kernel) {
    kernel = importHostModule(host, ir.name).then(async (mod) => {
      let k: WgslKernel | undefined;
      const errors = await gpuErrors(device, () => {
        k = mod.createKernel(device);
      });
      if (errors.length > 0) throw new WgslRunError(`the WGSL pipeline of ${ir.name} failed to build: ${errors.join('; ')}`);
      return k!;
    });
    kernels.set(key, kernel);
    kernel.catch(() => kernels.delete(key));
  }
  return kernel;
}

// ------------------------------------------------------------------------------------------------
// Dispatch

export interface DispatchOptions {
  /** Pass qOut and kOut (pre-filled with 0x7f bytes, so an element not written shows). */
  outOfPlace?: boolean;
  /** Hand the positions (and a cos/sin cache) to the host module as typed arrays (it uploads them) instead of buffers. */
  positionsAsArray?: boolean;
  /** Also read back the input buffers of q and k (out of place they must be unchanged). */
  readInputs?: boolean;
}

type Stored = Float32Array | Uint16Array;
/** A KV cache as stored: q and k's storage, or fp8 e4m3 bytes. */
type CacheStored = Stored | Uint8Array;

export interface DispatchResult {
  /** q's output: q and k's storage, or fp8 e4m3 bytes (`q … output fp8_e4m3`). */
  q: Stored | Uint8Array;
  k: Stored;
  /** `kv_cache …`: the caches after the call. */
  k_cache?: CacheStored;
  v_cache?: CacheStored;
  qIn?: Stored;
  kIn?: Stored;
}

/**
 * Uploads q and k (in the spec's storage dtype: Float32Array for f32, Uint16Array bit patterns for
 * f16/bf16), positions, offsets and cu_seqlens (k's own too), runs the kernel once and reads the results back.
 * The host module's own RopeArgumentError becomes ropec's; WebGPU errors become WgslRunError.
 */
export async function dispatchWgsl(device: GPUDevice, kernel: WgslKernel, ir: RopeIR, inputs: RopeInputs, options: DispatchOptions = {}): Promise<DispatchResult> {
  const dtype = ir.kernel.dtype;
  // A tensor a q-only or k-only spec does not take: an empty one (uploaded, never bound).
  const none = dtype === 'f32' ? new Float32Array(0) : new Uint16Array(0);
  const q = (inputs.q ?? none) as Stored;
  const k = (inputs.k ?? none) as Stored;
  if (!(dtype === 'f32' ? q instanceof Float32Array && k instanceof Float32Array : q instanceof Uint16Array && k instanceof Uint16Array)) {
    throw new RopeArgumentError(`q, k: the WGSL runner takes the stored ${dtype} values (${dtype === 'f32' ? 'Float32Array' : 'Uint16Array bit patterns'})`);
  }
  const created: GPUBuffer[] = [];
  const make = (data: ArrayBufferView) => {
    const b = uploadBuffer(device, data);
    created.push(b);
    return b;
  };
  try {
    let qBuf!: GPUBuffer;
    let kBuf!: GPUBuffer;
    let qOut: GPUBuffer | undefined;
    let kOut: GPUBuffer | undefined;
    const caches: Partial<Record<'k_cache' | 'v_cache', { buffer: GPUBuffer; like: CacheStored }>> = {};
    const errors = await gpuErrors(device, () => {
      qBuf = make(q);
      kBuf = make(k);
      const args: Record<string, unknown> = { q: qBuf, k: kBuf, sizes: inputs.sizes };
      // (An fp8 q's output is always out of place: one byte per element, pre-filled with 0x7f, e4m3's NaN.)
      if (options.outOfPlace || fp8Q(ir)) {
        args.qOut = qOut = make(new Uint8Array(fp8Q(ir) ? q.length : q.byteLength).fill(0x7f));
        args.kOut = kOut = make(new Uint8Array(k.byteLength).fill(0x7f));
      }
      if (inputs.positions) {
        const src = ir.positions.source;
        const isFloat = src.kind === 'tensor' && src.element === 'float';
        const typed = isFloat
          ? inputs.positions instanceof Float32Array ? inputs.positions : Float32Array.from(inputs.positions)
          : inputs.positions instanceof Int32Array ? inputs.positions : Int32Array.from(inputs.positions);
        args.positions = options.positionsAsArray ? typed : make(typed.length > 0 ? typed : new Int32Array(1));
        if (inputs.k_positions) {
          // k with its own tokens: its own positions, the same element type.
          const kTyped = isFloat ? Float32Array.from(inputs.k_positions) : Int32Array.from(inputs.k_positions);
          args.k_positions = options.positionsAsArray ? kTyped : make(kTyped.length > 0 ? kTyped : new Int32Array(1));
        }
      }
      // Index arrays and segment tables go to the host as they are (it checks and uploads them).
      for (const name of ['segment_table', 'segment_values', 'offsets', 'cu_seqlens', 'k_offsets', 'k_cu_seqlens', 'grid_sizes', 'k_grid_sizes'] as const) {
        if (inputs[name]) args[name] = inputs[name];
      }
      // A cos/sin cache, a norm's weights as stored: Float32Array (f32) or Uint16Array bits (f16, bf16); numbers are rounded to the dtype.
      // A KV cache's v and caches are GPUBuffers always (the kernel writes the caches).
      for (const { name, dtype } of storedArrays(ir)) {
        const given = inputs[name];
        if (!given) continue;
        const typed = asStored(given, dtype);
        const gpuOnly = name === 'v' || name === 'k_cache' || name === 'v_cache';
        args[name] = options.positionsAsArray && !gpuOnly ? typed : make(typed.length > 0 ? typed : new Uint32Array(1));
        if (name === 'k_cache' || name === 'v_cache') caches[name] = { buffer: args[name] as GPUBuffer, like: typed };
      }
      // fp8 caches: their bytes (numbers encoded), uploaded in whole words.
      if (fp8Cache(ir)) {
        for (const name of ['k_cache', 'v_cache'] as const) {
          const given = inputs[name];
          if (!given) continue;
          const bytes = given instanceof Uint8Array ? given : Uint8Array.from(given, numberToE4m3);
          args[name] = make(bytes.length > 0 ? bytes : new Uint32Array(1));
          caches[name] = { buffer: args[name] as GPUBuffer, like: bytes };
        }
      }
      for (const name of ['slot_mapping', 'block_table'] as const) {
        if (!inputs[name]) continue;
        const slots = Int32Array.from(inputs[name]!);
        args[name] = options.positionsAsArray ? slots : make(slots.length > 0 ? slots : new Int32Array(1));
      }
      try {
        kernel.run(args);
      } catch (e) {
        if ((e as Error).name === 'RopeArgumentError') throw new RopeArgumentError((e as Error).message);
        throw e;
      }
    });
    if (errors.length > 0) throw new WgslRunError(`WebGPU reported errors running ${ir.name}: ${errors.join('; ')}`);
    const read = async <T extends CacheStored>(buf: GPUBuffer, like: T): Promise<T> => {
      const raw = await readBuffer(device, buf, like.byteLength);
      return (like instanceof Float32Array ? new Float32Array(raw) : like instanceof Uint8Array ? new Uint8Array(raw) : new Uint16Array(raw)) as T;
    };
    const out: DispatchResult = { q: await read(qOut ?? qBuf, fp8Q(ir) ? new Uint8Array(q.length) : q), k: await read(kOut ?? kBuf, k) };
    for (const [name, c] of Object.entries(caches)) out[name as 'k_cache' | 'v_cache'] = await read(c.buffer, c.like);
    if (options.readInputs) {
      out.qIn = await read(qBuf, q);
      out.kIn = await read(kBuf, k);
    }
    return out;
  } finally {
    for (const b of created) b.destroy();
  }
}

// ------------------------------------------------------------------------------------------------
// `ropec run --backend wgsl`

export interface WgslRunOptions {
  /** Progress lines (the adapter in use). */
  log?: (line: string) => void;
}

/**
 * Runs a spec's generated WGSL once on the shared device: q and k in the spec's storage dtype, and
 * so are the results. Out-of-place specs run out of place (the host module's copy + dispatch).
 */
export async function runWgsl(ir: OptimizedIR, inputs: RopeInputs, options: WgslRunOptions = {}): Promise<{ q: Stored | Uint8Array; k: Stored; k_cache?: CacheStored; v_cache?: CacheStored }> {
  resolveShape(ir, inputs); // ropec's own argument errors, before Dawn is loaded
  const { host } = emitWgsl(ir); // RB001 before Dawn is loaded
  const device = await wgslDevice();
  if (options.log && gpu) {
    const info = device.adapterInfo;
    options.log(`WebGPU adapter: ${[info?.vendor, info?.architecture, info?.description].filter((x) => x).join(' ') || 'unknown'}`);
  }
  const kernel = await kernelFor(ir, host, device);
  const out = await dispatchWgsl(device, kernel, ir, inputs, { outOfPlace: !ir.kernel.inplace });
  return { q: out.q, k: out.k, ...(ir.kernel.kvCache ? { k_cache: out.k_cache, v_cache: out.v_cache } : {}) };
}
