// `dtype f16 native`: the WGSL backend's second shader, q and k as array<f16> under `enable f16`.
// SwiftShader has no shader-f16, so Dawn here can only run the packed fallback; the native shader
// is checked by a second real WGSL implementation instead: naga (wgpu's shader compiler, the one
// Firefox uses) parses and validates it. Every shader of the library goes through naga as well.
// When the adapter does have shader-f16 (a real GPU), the native shader runs and must match the
// interpreter like the packed one.
import fc from 'fast-check';
import { parseWgsl, validate } from 'naga-wasm';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/index.js';
import { arbitraryAlignedSpec, arbitrarySpec, arbitraryTailSpec, makeInputs } from './support/random-spec.js';
import { buildWgsl, compareRun, compilationProblems, runOnGpu, testDevice } from './support/webgpu.js';

const specFiles = readdirSync('spec').filter((f) => f.endsWith('.rope')).sort();
const read = (f: string) => readFileSync(`spec/${f}`, 'utf8');

/** naga's verdict on a shader: undefined when it parses and validates, else its message. */
function nagaProblem(wgsl: string): string | undefined {
  try {
    validate(parseWgsl(wgsl));
    return undefined;
  } catch (e) {
    return (e as { formatted?: string }).formatted ?? (e as Error).message;
  }
}

function wgslArtifacts(source: string, file: string): { name: string; packed: string; native: string | undefined } {
  const r = compile(source, { file, targets: ['wgsl'] });
  if (!r.ok) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  const name = r.irs[0].name;
  const get = (suffix: string) => r.artifacts.find((a) => a.path === `${name}${suffix}`)?.contents;
  return { name, packed: get('.wgsl')!, native: get('.f16.wgsl') };
}

const NATIVE_SPEC = `rope neox_native {
  head_dim 64
  rotary dim 16
  style half
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 3
    k heads 2
    dtype f16 native
  }
}
`;

/** Heads of 6 lanes: no 16-byte vector of 8 f16 lanes fits, so the packed shader is scalar too. */
const SCALAR_SPEC = NATIVE_SPEC.replace('rope neox_native', 'rope neox_scalar').replace('head_dim 64\n  rotary dim 16', 'head_dim 6');

let device: GPUDevice;
beforeAll(async () => {
  device = await testDevice();
});

describe('WGSL native f16: naga validates what Dawn cannot run here', () => {
  it('naga rejects a broken shader (the check can fail)', () => {
    expect(nagaProblem('enable f16;\n@group(0) @binding(0) var<storage, read_write> q: array<f16>;\nfn f() { q[0] = 1.0f; }\n')).toMatch(/error/i);
    expect(nagaProblem('fn f() -> u32 { return 1.0; }')).toMatch(/error/i);
  });

  it('every shader of the spec library, packed and native, parses and validates', () => {
    let natives = 0;
    for (const f of specFiles) {
      const a = wgslArtifacts(read(f), `spec/${f}`);
      expect(nagaProblem(a.packed), `${f} packed`).toBeUndefined();
      if (a.native !== undefined) {
        natives++;
        expect(a.native.startsWith('//')).toBe(true);
        expect(a.native).toMatch(/^enable f16;$/m);
        expect(a.native).toMatch(/var<storage, read_write> q: array<f16>;/);
        expect(nagaProblem(a.native), `${f} native`).toBeUndefined();
      }
    }
    expect(natives).toBeGreaterThan(0); // llama2_7b asks for it
  });

  it('random specs with dtype f16 native: both shaders validate, and only the storage differs', () => {
    fc.assert(
      fc.property(fc.oneof(arbitrarySpec, arbitraryAlignedSpec, arbitraryTailSpec), (c) => {
        const native = c.source.replace(/dtype \S+( native)?/, 'dtype f16 native');
        const a = wgslArtifacts(native, 'random.rope');
        expect(a.native).toBeDefined();
        expect(nagaProblem(a.packed)).toBeUndefined();
        expect(nagaProblem(a.native!)).toBeUndefined();
        // Same entry point: the native shader binds q as array<f16> and reads lanes one at a time;
        // the packed one binds u32 words (or 16-byte vectors of them) and unpacks their halves.
        expect(a.native!).toContain('fn rope(@builtin(global_invocation_id) gid: vec3<u32>)');
        expect(a.native!).toContain('var<storage, read_write> q: array<f16>;');
        // (Both encode with f16_bits; only the packed one unpacks stored words.)
        expect(a.native!).not.toMatch(/unpack2x16float\((?!f16_bits)/);
        expect(a.packed).toMatch(/var<storage, read_write> q: array<(u32|vec4<u32>)>;/);
        expect(a.packed).toMatch(/unpack2x16float\((?!f16_bits)/);
      }),
      { numRuns: 60, seed: 1601 },
    );
  });

  it('rejects native storage for dtypes other than f16 (RC064)', () => {
    const r = compile(NATIVE_SPEC.replace('dtype f16 native', 'dtype bf16 native'), { file: 'x.rope', targets: ['wgsl'] });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.pos.line, d.pos.col])).toEqual([['RC064', 10, 16]]);
  });
});

describe('WGSL native f16: the host module picks the shader', () => {
  it('auto uses the native shader exactly when the device has shader-f16 and the packed one no 16-byte access; results match the interpreter', async () => {
    const built = await buildWgsl(SCALAR_SPEC, 'neox_scalar.rope');
    const hasF16 = device.features.has('shader-f16');
    expect(built.manifest.storage.access).toMatch(/^scalar/);
    expect(built.kernel.storage).toBe(hasF16 ? 'native' : 'packed');
    expect(built.mod.WGSL_F16).toMatch(/^enable f16;$/m);
    expect(await compilationProblems(built.kernel.module)).toEqual([]);
    for (const [seed, maxPosition] of [[3, 50], [4, 200_000]] as const) {
      const { inputs } = makeInputs(built.ir, seed, { maxPosition });
      const run = await runOnGpu(built, inputs, seed === 3);
      expect(compareRun(built.ir, run, seed === 3), `seed ${seed}`).toBeUndefined();
    }
  });

  it('auto prefers the packed shader where it has 16-byte access, even on a device with shader-f16', async () => {
    // A device that says it has shader-f16 (SwiftShader has not): only the choice is looked at.
    const claims = new Proxy(device, {
      get: (target, key) => (key === 'features' ? new Set([...target.features, 'shader-f16']) : (Reflect.get(target, key, target) as unknown as { bind?: unknown }) instanceof Function ? (Reflect.get(target, key, target) as (...a: unknown[]) => unknown).bind(target) : Reflect.get(target, key, target)),
    });
    const vector = await buildWgsl(NATIVE_SPEC, 'neox_native.rope');
    expect(vector.manifest.storage.access).toMatch(/^16-byte/);
    expect((vector.mod.createKernel as (d: GPUDevice) => { storage: string })(claims).storage).toBe('packed');
    const scalar = await buildWgsl(SCALAR_SPEC, 'neox_scalar.rope');
    claims.pushErrorScope('validation');
    const picked = (scalar.mod.createKernel as (d: GPUDevice) => { storage: string })(claims).storage;
    // SwiftShader cannot compile the native shader it picked: that error is expected here.
    await claims.popErrorScope();
    expect(picked).toBe('native');
  });

  it("f16: 'native' without the feature, a spec without a native shader, and a bad option are named errors", async () => {
    const built = await buildWgsl(NATIVE_SPEC, 'neox_native.rope');
    const create = (opts: object) => () => (built.mod.createKernel as (d: GPUDevice, o: object) => unknown)(device, opts);
    expect(create({ f16: 'packed' })()).toMatchObject({ storage: 'packed' });
    if (device.features.has('shader-f16')) {
      expect(create({ f16: 'native' })()).toMatchObject({ storage: 'native' });
    } else {
      expect(create({ f16: 'native' })).toThrow(/options\.f16: 'native' needs a device created with the 'shader-f16' feature/);
    }
    expect(create({ f16: 'fast' })).toThrow(/options\.f16: expected 'auto', 'native' or 'packed', got fast/);
    const plain = await buildWgsl(NATIVE_SPEC.replace('dtype f16 native', 'dtype f16'), 'neox_plain.rope');
    expect(plain.mod.WGSL_F16).toBeNull();
    expect(() => (plain.mod.createKernel as (d: GPUDevice, o: object) => unknown)(device, { f16: 'native' }))
      .toThrow(/has no native-f16 shader; its spec needs 'dtype f16 native'/);
  });
});
