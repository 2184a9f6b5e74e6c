// fp8 e4m3 encoders checked bit for bit against NVIDIA's own conversion: a small host C++ program
// compiled by nvcc around `__nv_fp8_e4m3(float)` and `__nv_fp8_e4m3(double)` from cuda_fp8.hpp
// (both __host__ __device__, so the program runs on the CPU). Under test:
//   - numberToE4m3 (src/storage.ts) on float32 values and on doubles that are not float32 values;
//   - e4m3_bits (templates/wgsl/e4m3_bits.hbs) run on Dawn/SwiftShader in a compute shader.
// The inputs are deterministic and aimed at where an encoder goes wrong: every rounding midpoint of
// the normal range and its neighbours, the subnormal and underflow region bit pattern by bit
// pattern, the saturation edge at 464, signed zeros, infinities and NaNs. e4m3ToNumber is checked
// on all 256 codes against a decoder written here.
/// <reference types="@webgpu/types" />
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e4m3ToNumber, numberToE4m3 } from '../src/storage.js';
import { transpile } from '../src/backends/transpile.js';
import { cleanup, nvcc, nvccAvailable, scratch, WERROR } from './support/nvcc.js';
import { dispatchShader, readBuffer, testDevice, uploadBuffer } from './support/webgpu.js';

const execFileAsync = promisify(execFile);

// ------------------------------------------------------------------------------------------------
// Inputs

/** mulberry32: a deterministic stream of u32. */
function u32Stream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const F32 = new Float32Array(1);
const F32_BITS = new Uint32Array(F32.buffer);
const F64 = new Float64Array(1);
const F64_BITS = new BigUint64Array(F64.buffer);

function bitsToFloat(bits: number): number {
  F32_BITS[0] = bits;
  return F32[0];
}
function floatBits(x: number): number {
  F32[0] = x;
  return F32_BITS[0];
}
function bitsToDouble(bits: bigint): number {
  F64_BITS[0] = bits;
  return F64[0];
}
function doubleBits(x: number): bigint {
  F64[0] = x;
  return F64_BITS[0];
}
const hex32 = (b: number) => `0x${(b >>> 0).toString(16).padStart(8, '0')}`;
const hex64 = (b: bigint) => `0x${b.toString(16).padStart(16, '0')}`;
const hex8 = (c: number) => `0x${c.toString(16).padStart(2, '0')}`;

/** float32 bit patterns. */
function floatInputs(): Uint32Array {
  const out: number[] = [];
  const next = u32Stream(0xe4a3);
  // Sign, exponent and the 3 mantissa bits e4m3 keeps (all 4096), times the rounded-off 20 bits
  // at and around the midpoint 0x80000, the extremes, and random patterns.
  for (let top = 0; top < 4096; top++) {
    for (const low of [0, 1, 0x7ffff, 0x80000, 0x80001, 0xfffff]) out.push(((top << 20) | low) >>> 0);
    for (let k = 0; k < 4; k++) out.push(((top << 20) | (next() & 0xfffff)) >>> 0);
  }
  // The subnormal and underflow region: exponents 110..125 (2^-17 … 2^-2; 117 is 2^-10, 121 is
  // 2^-6), every top-8 mantissa pattern (each subnormal midpoint bit lies in them), low 15 bits
  // at the edges, at 0x4000 and random.
  for (const sign of [0, 0x80000000]) {
    for (let e = 110; e <= 125; e++) {
      for (let top = 0; top < 256; top++) {
        for (const low of [0, 1, 0x3fff, 0x4000, 0x4001, 0x7fff, next() & 0x7fff]) out.push((sign | (e << 23) | (top << 15) | low) >>> 0);
      }
    }
  }
  const special = [
    0x00000000, 0x00000001, 0x007fffff, 0x00800000, // 0, min and max subnormal, min normal float
    floatBits(448), floatBits(464), floatBits(464) - 1, floatBits(464) + 1, floatBits(480), floatBits(500), 0x7f7fffff,
    0x3a800000, 0x3a800000 - 1, 0x3a800000 + 1, // 2^-10 and neighbours
    0x3c800000, 0x3c800000 - 1, 0x3c800000 + 1, // 2^-6 and neighbours
    0x3b000000, 0x3b400000, 0x3f800000, // 2^-9, 1.5·2^-9, 1
    0x7f800000, // infinity
  ];
  for (const b of special) out.push(b >>> 0, (b | 0x80000000) >>> 0);
  out.push(0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fffffff, 0xffffffff); // NaNs, both signs
  return Uint32Array.from(out);
}

/** The e4m3 value of a positive code 0..0x7f (0x7f as 480: only the midpoint 464 uses it). */
function positiveValue(c: number): number {
  const e = c >> 3;
  const m = c & 7;
  return e === 0 ? m * 2 ** -9 : (1 + m / 8) * 2 ** (e - 7);
}

/**
 * Doubles: every non-NaN float32 input, plus doubles that are no float32 value: every e4m3 value
 * and midpoint (2^-10 … 464) moved by the next double, by 2^-40 and 2^-30 relative (as a float32
 * the last two are the midpoint itself, so the float and double paths part there), random doubles
 * within 2^-30 of a midpoint, random doubles over 2^-12 … 2^9, and extremes.
 */
function doubleInputs(floats: Uint32Array): Float64Array {
  const out: number[] = [];
  for (const b of floats) {
    const x = bitsToFloat(b);
    if (!Number.isNaN(x)) out.push(x);
  }
  const next = u32Stream(0xd0b1e);
  const unit = () => next() / 2 ** 32; // [0, 1)
  const nextUp = (x: number) => bitsToDouble(doubleBits(x) + 1n); // x > 0
  const nextDown = (x: number) => bitsToDouble(doubleBits(x) - 1n);
  const extra: number[] = [];
  for (let c = 0; c < 0x7f; c++) {
    const lo = positiveValue(c);
    const hi = positiveValue(c + 1);
    const mid = (lo + hi) / 2;
    for (const v of [mid, lo]) {
      if (v === 0) continue;
      extra.push(v, nextUp(v), nextDown(v), v * (1 + 2 ** -40), v * (1 - 2 ** -40), v * (1 + 2 ** -30), v * (1 - 2 ** -30));
    }
    for (let k = 0; k < 8; k++) extra.push(mid * (1 + (unit() * 2 - 1) * 2 ** -30));
  }
  for (let k = 0; k < 40000; k++) {
    // A random 52-bit significand at a random binade in [2^-12, 2^9).
    const e = -12 + (next() % 21);
    extra.push((1 + (next() & 0xfffff) / 2 ** 20 + next() / 2 ** 52) * 2 ** e);
  }
  extra.push(Number.MAX_VALUE, Infinity, 1e300, Number.MIN_VALUE, 2 ** -1022, 1e-300, 2 ** -11, 465, 2 ** 40);
  for (const x of extra) out.push(x, -x);
  return Float64Array.from(out);
}

// ------------------------------------------------------------------------------------------------
// NVIDIA's conversion, compiled by nvcc, run on the CPU

const PROGRAM = `#include <cuda_fp8.h>
#include <cstdio>
#include <cstring>
#include <vector>

// fp8codes f IN OUT: IN holds float32 bit patterns, OUT gets __nv_fp8_e4m3(float).__x of each.
// fp8codes d IN OUT: IN holds doubles, OUT gets __nv_fp8_e4m3(double).__x of each.
int main(int argc, char **argv) {
  if (argc != 4 || (argv[1][0] != 'f' && argv[1][0] != 'd')) return 2;
  const bool isFloat = argv[1][0] == 'f';
  const size_t width = isFloat ? sizeof(float) : sizeof(double);
  FILE *in = std::fopen(argv[2], "rb");
  if (!in) return 3;
  std::vector<unsigned char> bytes;
  unsigned char buf[1 << 16];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof(buf), in)) > 0) bytes.insert(bytes.end(), buf, buf + got);
  std::fclose(in);
  if (bytes.size() % width != 0) return 4;
  const size_t n = bytes.size() / width;
  std::vector<unsigned char> codes(n);
  for (size_t i = 0; i < n; i++) {
    if (isFloat) {
      float f;
      std::memcpy(&f, &bytes[i * width], sizeof(f));
      codes[i] = __nv_fp8_e4m3(f).__x;
    } else {
      double d;
      std::memcpy(&d, &bytes[i * width], sizeof(d));
      codes[i] = __nv_fp8_e4m3(d).__x;
    }
  }
  FILE *out = std::fopen(argv[3], "wb");
  if (!out) return 5;
  if (n > 0 && std::fwrite(codes.data(), 1, n, out) != n) return 6;
  return std::fclose(out) == 0 ? 0 : 7;
}
`;

/** What the compiled program gives for float32 bit patterns ('f') or doubles ('d'). */
async function cudaCodes(dir: string, mode: 'f' | 'd', data: Uint32Array | Float64Array, tag: string): Promise<Uint8Array> {
  const inPath = join(dir, `${tag}.in`);
  const outPath = join(dir, `${tag}.out`);
  writeFileSync(inPath, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  await execFileAsync(join(dir, 'fp8codes'), [mode, inPath, outPath]);
  const codes = new Uint8Array(readFileSync(outPath));
  if (codes.length !== data.length) throw new Error(`fp8codes ${mode}: ${codes.length} codes for ${data.length} inputs`);
  return codes;
}

// ------------------------------------------------------------------------------------------------
// The WGSL encoder on Dawn

const E4M3_WGSL = readFileSync(fileURLToPath(new URL('../templates/wgsl/e4m3_bits.hbs', import.meta.url)), 'utf8');

const SHADER = `${E4M3_WGSL}
@group(0) @binding(0) var<storage, read> float_bits: array<u32>;
@group(0) @binding(1) var<storage, read_write> codes: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i < arrayLength(&float_bits)) {
    codes[i] = e4m3_bits(bitcast<f32>(float_bits[i]));
  }
}
`;

async function wgslCodes(bits: Uint32Array): Promise<Uint32Array> {
  const device = await testDevice();
  const input = uploadBuffer(device, bits);
  const out = device.createBuffer({ size: bits.byteLength, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
  await dispatchShader(SHADER, [{ buffer: input, size: bits.byteLength }, { buffer: out }], Math.ceil(bits.length / 64));
  const codes = new Uint32Array(await readBuffer(device, out, bits.byteLength));
  input.destroy();
  out.destroy();
  return codes;
}

// ------------------------------------------------------------------------------------------------
// Comparison

/** Undefined when got[i] === want[i] for every i, else the count and the first few mismatches. */
function mismatches(n: number, got: (i: number) => number, want: (i: number) => number, input: (i: number) => string): string | undefined {
  const shown: string[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    const g = got(i);
    const w = want(i);
    if (g !== w) {
      if (count < 8) shown.push(`${input(i)}: got ${hex8(g)}, nvcc ${hex8(w)}`);
      count++;
    }
  }
  return count === 0 ? undefined : `${count} of ${n} differ; first: ${shown.join('; ')}`;
}

const floatInput = (bits: Uint32Array) => (i: number) => `float ${hex32(bits[i])} (${bitsToFloat(bits[i])})`;
const doubleInput = (xs: Float64Array) => (i: number) => `double ${hex64(doubleBits(xs[i]))} (${xs[i]})`;

// ------------------------------------------------------------------------------------------------

describe.skipIf(!nvccAvailable())('fp8 e4m3 encoders, bit for bit against nvcc\'s __nv_fp8_e4m3', () => {
  const floats = floatInputs();
  const doubles = doubleInputs(floats);
  let dir: string;
  let cudaFloat: Uint8Array;
  let cudaDouble: Uint8Array;
  /** NVIDIA's codes for a few values: float32 bit patterns and double bit patterns. */
  let factsFloat: Uint8Array;
  let factsDouble: Uint8Array;
  const FACT_FLOATS = [1, 448, 500, -1, 2 ** -9, 0, -0, 464, 480, Infinity, -Infinity, 2 ** -10, 3 * 2 ** -10, 5 * 2 ** -10, 0.0625, -448].map(floatBits);
  const FACT_WANT = [0x38, 0x7e, 0x7e, 0xb8, 0x01, 0x00, 0x80, 0x7e, 0x7e, 0x7e, 0xfe, 0x00, 0x02, 0x02, 0x18, 0xfe];
  // A double NaN keeps its sign in CUDA's double path (−NaN → 0xff); the float path canonicalizes.
  const FACT_DOUBLES = [0x7ff8000000000000n, 0xfff8000000000000n, doubleBits(1), doubleBits(2 ** -10 * (1 + 2 ** -52))];
  const FACT_DOUBLE_WANT = [0x7f, 0xff, 0x38, 0x01];

  beforeAll(async () => {
    dir = scratch('fp8');
    writeFileSync(join(dir, 'fp8codes.cu'), PROGRAM);
    // PTX for one arch only: the program runs on the host, device code is never used.
    await nvcc(['-std=c++17', '-O2', '-gencode', 'arch=compute_80,code=compute_80', ...WERROR, 'fp8codes.cu', '-o', 'fp8codes'], dir);
    cudaFloat = await cudaCodes(dir, 'f', floats, 'floats');
    cudaDouble = await cudaCodes(dir, 'd', doubles, 'doubles');
    factsFloat = await cudaCodes(dir, 'f', Uint32Array.from(FACT_FLOATS), 'facts-f');
    factsDouble = await cudaCodes(dir, 'd', new Float64Array(BigUint64Array.from(FACT_DOUBLES).buffer), 'facts-d');
    console.log(`[fp8] ${floats.length} float32 inputs, ${doubles.length} double inputs`);
  });

  afterAll(() => {
    if (dir) cleanup(dir);
  });

  it('the reference is NVIDIA\'s format (the comparison can fail): known codes', () => {
    const got = Array.from(factsFloat, hex8);
    expect(got, FACT_FLOATS.map((b) => bitsToFloat(b)).join(', ')).toEqual(FACT_WANT.map(hex8));
    expect(Array.from(factsDouble, hex8)).toEqual(FACT_DOUBLE_WANT.map(hex8));
    // Every NaN float gives the canonical 0x7f, whatever its sign and payload.
    floats.forEach((b, i) => {
      if (Number.isNaN(bitsToFloat(b))) expect(hex8(cudaFloat[i]), hex32(b)).toBe('0x7f');
    });
    // And the inputs reach every code but the negative NaN: the sets are not degenerate.
    expect(new Set(cudaFloat).size).toBe(255);
  });

  it('numberToE4m3 of every float32 input equals __nv_fp8_e4m3(float)', () => {
    const problem = mismatches(floats.length, (i) => numberToE4m3(bitsToFloat(floats[i])), (i) => cudaFloat[i], floatInput(floats));
    expect(problem).toBeUndefined();
  });

  it('numberToE4m3 of every double input equals __nv_fp8_e4m3(double)', () => {
    const problem = mismatches(doubles.length, (i) => numberToE4m3(doubles[i]), (i) => cudaDouble[i], doubleInput(doubles));
    expect(problem).toBeUndefined();
    // The doubles that are no float32 value do part the two conversions somewhere (so they test
    // the double path, not the float one again).
    let parted = 0;
    for (let i = 0; i < doubles.length; i++) if (numberToE4m3(Math.fround(doubles[i])) !== cudaDouble[i]) parted++;
    expect(parted).toBeGreaterThan(0);
  });

  it('the generated modules\' numberToE4m3 (templates/ts/e4m3.hbs) equals __nv_fp8_e4m3 on every float32 and double input', () => {
    // The template is plain TypeScript (no holes): its types erased, evaluated on its own.
    const text = readFileSync('templates/ts/e4m3.hbs', 'utf8');
    expect(text).not.toContain('{{');
    const generated = new Function(`${transpile(text)}\nreturn numberToE4m3;`)() as (x: number) => number;
    expect(mismatches(floats.length, (i) => generated(bitsToFloat(floats[i])), (i) => cudaFloat[i], floatInput(floats))).toBeUndefined();
    expect(mismatches(doubles.length, (i) => generated(doubles[i]), (i) => cudaDouble[i], doubleInput(doubles))).toBeUndefined();
  });

  it('WGSL e4m3_bits on Dawn of every float32 input equals __nv_fp8_e4m3(float)', async () => {
    expect(E4M3_WGSL).not.toContain('{{');
    const codes = await wgslCodes(floats);
    const problem = mismatches(floats.length, (i) => codes[i], (i) => cudaFloat[i], floatInput(floats));
    expect(problem).toBeUndefined();
  });
});

/** Written from the format's definition: sign·2^(e−7)·(1+m/8), subnormals m·2^−9, 0x7f/0xff NaN. */
function referenceDecode(code: number): number {
  const sign = code & 0x80 ? -1 : 1;
  const e = (code >> 3) & 0xf;
  const m = code & 7;
  if ((code & 0x7f) === 0x7f) return NaN;
  if (e === 0) return sign * m * 2 ** -9;
  return sign * 2 ** (e - 7) * (1 + m / 8);
}

describe('e4m3ToNumber', () => {
  it('decodes all 256 codes like the format\'s definition', () => {
    for (let c = 0; c < 256; c++) expect(Object.is(e4m3ToNumber(c), referenceDecode(c)), `${hex8(c)}: ${e4m3ToNumber(c)} vs ${referenceDecode(c)}`).toBe(true);
    expect(referenceDecode(0x7e)).toBe(448);
    expect(referenceDecode(0x01)).toBe(2 ** -9);
    expect(referenceDecode(0x08)).toBe(2 ** -6);
  });

  it('numberToE4m3(e4m3ToNumber(c)) === c for every non-NaN code (−0 → 0x80)', () => {
    for (let c = 0; c < 256; c++) {
      if ((c & 0x7f) === 0x7f) continue;
      expect(hex8(numberToE4m3(e4m3ToNumber(c))), hex8(c)).toBe(hex8(c));
    }
    expect(numberToE4m3(-0)).toBe(0x80);
    expect(numberToE4m3(NaN)).toBe(0x7f);
  });
});
