// Generated-code safety: user text built to break out of identifiers, comments and strings must end
// in a diagnostic (stable code, a position inside the file) or in code that compiles in its target
// and computes what the interpreter computes. The places user text reaches: the rope name, axis
// names (grid sizes become host arguments), and the file name (printed in every banner).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, interpret } from '../src/index.js';
import type { Diagnostic } from '../src/compiler/diagnostics.js';
import type { RopeIR } from '../src/compiler/ir.js';
import { allowedError, firstMismatch, fromStorage, toStorage } from './support/dtype.js';
import { loadGeneratedTs } from './support/load-ts.js';
import { cleanup, compileCheck, nvccAvailable, scratch, writeArtifacts } from './support/nvcc.js';
import { makeInputs } from './support/random-spec.js';
import { compilationProblems, testDevice } from './support/webgpu.js';

// Our own lists (not the compiler's): words each target gives a meaning to.
const JS_WORDS = 'await break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof let new null return static super switch this throw true try typeof var void while with yield constructor prototype arguments eval undefined globalThis require module exports object string number symbol';
const WGSL_WORDS = 'alias bitcast bool const_assert continuing diagnostic discard enable f16 f32 fn i32 let loop override ptr requires sampler struct u32 var vec2 vec3 vec4 mat2x2 mat4x4 array atomic texture_2d workgroup storage uniform private function read read_write write dot cross mix select fract clamp min max abs sign floor ceil round trunc sqrt inversesqrt pow exp exp2 log log2 sin cos tan atan2 fma ldexp frexp modf step smoothstep length normalize distance arraylength workgroupbarrier storagebarrier pack2x16float unpack2x16float extractbits insertbits countonebits reversebits firstleadingbit quantizetof16 all any';
const CPP_WORDS = 'alignas asm auto bool char char16_t class const_cast constexpr decltype delete double dynamic_cast explicit extern float friend goto inline int long mutable namespace noexcept nullptr operator register reinterpret_cast short signed sizeof static_assert static_cast struct template thread_local typedef typeid typename union unsigned using virtual volatile wchar_t';
const CUDA_WORDS = '__global__ __device__ __host__ __shared__ __constant__ __restrict__ __forceinline__ __syncthreads __half __nv_bfloat16 float2 float4 int2 int4 uint uint2 uchar4 short2 double2 longlong2 half half2 dim3 threadidx blockidx blockdim griddim warpsize cudaerror_t cudastream_t atomicadd make_float2 signbit isnan isinf isfinite rsqrtf fmaf fminf fmaxf sincosf sincospif sinpif cospif exp10 erf lgamma nan nanf infinity int64_max int32_max size_t ssize_t uint64_t int64_t nullptr_t std printf malloc assert abort exit main errno null true false';
const RESERVED = [...new Set(`${JS_WORDS} ${WGSL_WORDS} ${CPP_WORDS} ${CUDA_WORDS}`.split(/\s+/))];

/** Fragments that end a string, a comment or a line, or smuggle look-alike text into one. */
const BREAKOUT = ['"', "'", '`', '${', '*/', '/*', '//', '\\', '\\\n', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\0',
  '#', '{', '}', '(', ')', '[', ']', ',', ';', ' ', '\t', '??/', '#define x', '*/ x = 1; /*',
  'а', 'ο', 'е', 'ı', 'ﬁ', '\u202e', '\u202d', '\u2066', '\u200b', '\u200d', '\ufeff', '\u00a0', '𝚊', 'x\u0301', '\ud800'];

const hostileName = fc.oneof(
  fc.constantFrom(...RESERVED),
  fc.tuple(fc.constantFrom(...RESERVED, 'x', 'rope', 'a_b', 'abc_', 'grid_t', 't'), fc.constantFrom(...BREAKOUT, '_', '__', '0', 'A')).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom(...BREAKOUT, '_', '__', '0', 'A'), fc.constantFrom(...RESERVED)).map(([a, b]) => a + b),
  fc.array(fc.constantFrom(...BREAKOUT, 'a', 'z', '_', '9'), { minLength: 1, maxLength: 6 }).map((xs) => xs.join('')),
);

const hostileFile = fc.array(fc.oneof(fc.constantFrom(...BREAKOUT, ...RESERVED, 'spec/', '.rope', '..', 'C:\\dir\\'), fc.string({ maxLength: 3, unit: 'binary' })),
  { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));

/** A small spec with the user text in every place it can reach. */
function specWith(name: string, axisA: string, axisB: string): string {
  return `rope ${name} {
  head_dim 8
  style half
  frequencies base 10000
  axes lanes [${axisA} 4, ${axisB} 4]
  positions grid(${axisA}, ${axisB})
  kernel {
    q heads 2
    k heads 1
    layout [batch, seq, heads, dim]
    dtype f32
  }
}
`;
}

function expectWellFormed(diags: Diagnostic[], source: string, file: string) {
  const lines = source.split('\n').length;
  for (const d of diags) {
    const where = `${d.code} ${d.message} (${JSON.stringify(file)})`;
    expect(d.code, where).toMatch(/^R[A-Z]\d{3}$/);
    expect(d.file, where).toBe(file);
    expect(d.pos.line >= 1 && d.pos.line <= lines, where).toBe(true);
    expect(d.pos.col >= 1 && d.pos.offset >= 0 && d.pos.offset <= source.length, where).toBe(true);
    expect(d.code === 'RX001', where).toBe(false); // never an internal error
  }
}

/** The generated TS module runs and matches the interpreter. */
async function checkTs(ir: RopeIR, code: string) {
  const mod = await loadGeneratedTs(code, `inj-${ir.name}`);
  const { inputs } = makeInputs(ir, 3);
  const got = mod.rotate({ ...inputs, q: Float32Array.from(inputs.q), k: Float32Array.from(inputs.k) });
  for (const which of ['q', 'k'] as const) {
    const exact = toStorage(inputs[which], 'f32').exact;
    const scale = Math.max(1, ...Array.from(exact, Math.abs));
    const ref = interpret(ir, { ...inputs, q: toStorage(inputs.q, 'f32').exact, k: toStorage(inputs.k, 'f32').exact })[which];
    expect(firstMismatch(fromStorage(got[which], 'f32'), ref, (w) => allowedError('f32', w, scale, 1e-12)), `${ir.name} ${which}`).toBeUndefined();
  }
}

async function checkWgsl(wgsl: string, what: string) {
  const device = await testDevice();
  const problems = await compilationProblems(device.createShaderModule({ code: wgsl }));
  expect(problems, what).toEqual([]);
}

const INVISIBLE = /[\0-\x08\x0b-\x1f\x7f\u0085\u00a0\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Accepted cases are compiled by nvcc in one batch at the end (one translation unit). */
const cudaBatch = new Map<string, { path: string; contents: string }[]>();

async function checkCase(name: string, axisA: string, axisB: string, file: string): Promise<'diagnostic' | 'compiled'> {
  const source = specWith(name, axisA, axisB);
  const r = compile(source, { file, targets: ['ts', 'wgsl', 'cuda'] });
  expectWellFormed(r.diagnostics, source, file);
  if (!r.ok) {
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    return 'diagnostic';
  }
  const ir = r.irs[0];
  // No generated file carries a raw control, line-separator, bidi-override or zero-width character.
  // (Manifests are JSON data: there the file name must round-trip exactly instead.)
  for (const a of r.artifacts) {
    if (a.path.endsWith('.json')) expect(JSON.parse(a.contents).source, a.path).toBe(file);
    else expect(INVISIBLE.test(a.contents), `${a.path} carries an invisible or line-breaking character`).toBe(false);
  }
  await checkTs(ir, r.artifacts.find((a) => a.path === `${ir.name}.ts`)!.contents);
  await checkWgsl(r.artifacts.find((a) => a.path === `${ir.name}.wgsl`)!.contents, `${ir.name}.wgsl`);
  const host = r.artifacts.find((a) => a.path === `${ir.name}.wgsl.ts`)!.contents;
  await loadGeneratedTs(host, `inj-host-${ir.name}`); // the WGSL host module transpiles and loads
  if (cudaBatch.size < 40 && !cudaBatch.has(ir.name)) cudaBatch.set(ir.name, r.artifacts.filter((a) => a.target === 'cuda'));
  return 'compiled';
}

describe('hostile names and file names', () => {
  const counts = { diagnostic: 0, compiled: 0 };

  it('every reserved word of every target, as rope name and as axis name', async () => {
    for (const w of RESERVED) {
      counts[await checkCase(w, 'ta', 'tb', 'spec/x.rope')]++;
      counts[await checkCase('ok', w, 'tb', 'spec/x.rope')]++;
    }
    // spot checks that the words that would break a target are refused: RC068 as the rope's name,
    // RC046 as the name of an axis in a list
    for (const w of ['int', 'float4', 'fn', 'let', 'constructor', 'half2', 'vec2', 'class', 'grid_t', 'abc_']) {
      const r = compile(specWith(w === 'grid_t' ? 'ok' : w, w === 'grid_t' ? 't' : 'ta', w === 'grid_t' ? 'grid_t' : 'tb'), { file: 'x.rope' });
      expect(r.diagnostics.map((d) => d.code), w).toContain(w === 'grid_t' ? 'RC046' : 'RC068');
    }
  }, 300_000);

  it('random break-out strings in the rope name, both axis names and the file name', async () => {
    await fc.assert(fc.asyncProperty(hostileName, hostileName, hostileName, hostileFile, async (name, a, b, file) => {
      counts[await checkCase(name, a, b, file)]++;
    }), { numRuns: 300, seed: 8 });
    await fc.assert(fc.asyncProperty(hostileFile, async (file) => {
      counts[await checkCase('ok', 'ta', 'tb', file)]++;
    }), { numRuns: 60, seed: 9 });
    console.log(`injection cases: ${counts.diagnostic} refused with a diagnostic, ${counts.compiled} compiled and ran`);
    expect(counts.compiled).toBeGreaterThan(50);
  }, 600_000);

  it('the file name cannot end the banner comment in any target', async () => {
    const files = ['a\nint x = 1;', 'a\r#error', 'a\u2028fn x() {}', 'a\\', '*/ x /*', 'evil\u202e.rope', 'a\0b'];
    for (const [i, file] of files.entries()) {
      const name = `okfile${i}`;
      const r = compile(specWith(name, 'ta', 'tb'), { file, targets: ['ts', 'wgsl', 'cuda'] });
      expect(r.ok).toBe(true);
      for (const a of r.artifacts.filter((x) => !x.path.endsWith('.json'))) {
        const first = a.contents.split('\n')[0];
        expect(first.startsWith('// Generated from ') && first.endsWith('Do not edit.'), `${a.path}: ${first}`).toBe(true);
      }
      expect(r.artifacts.some((a) => !a.path.endsWith('.json') && INVISIBLE.test(a.contents))).toBe(false);
      await checkWgsl(r.artifacts.find((a) => a.path === `${name}.wgsl`)!.contents, JSON.stringify(file));
      await loadGeneratedTs(r.artifacts.find((a) => a.path === `${name}.ts`)!.contents, `inj-${name}`);
      cudaBatch.set(name, r.artifacts.filter((a) => a.target === 'cuda'));
    }
  }, 120_000);

  it.skipIf(!nvccAvailable())('nvcc compiles every accepted hostile case (warnings as errors)', async () => {
    expect(cudaBatch.size).toBeGreaterThan(5);
    const dir = scratch('injection');
    try {
      const names: string[] = [];
      for (const [name, arts] of cudaBatch) {
        writeArtifacts(dir, arts);
        names.push(name);
      }
      await compileCheck(dir, names, ['80']);
    } finally {
      cleanup(dir);
    }
  }, 600_000);
});
