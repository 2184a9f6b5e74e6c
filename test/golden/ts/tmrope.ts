// Generated from spec/tmrope.rope (rope tmrope) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 94ea13f7389ca393
/* eslint-disable */
export const SPEC = {"name":"tmrope","headDim":64,"rotaryDim":64,"pairs":32,"axes":["pos"],"qHeads":1,"kHeads":1,"layout":"bshd","dtype":"f32","positions":"timeline","attentionFactor":1,"specHash":"94ea13f7389ca393"} as const;
const OMEGA = new Float64Array([1.0, 0.7498942093324559, 0.5623413251903491, 0.4216965034285822, 0.31622776601683794, 0.23713737056616552, 0.17782794100389226, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.03162277660168379, 0.02371373705661655, 0.01778279410038923, 0.01333521432163324, 0.01, 0.007498942093324558, 0.005623413251903491, 0.004216965034285823, 0.0031622776601683794, 0.0023713737056616554, 0.0017782794100389228, 0.001333521432163324, 0.001, 0.0007498942093324557, 0.0005623413251903491, 0.00042169650342858224, 0.00031622776601683794, 0.00023713737056616554, 0.0001778279410038923, 0.0001333521432163324]);
const POS = new Float64Array(1);
const COS_T = new Float64Array(32);
const SIN_T = new Float64Array(32);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
    /** fixed by the spec: 1 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 1 (may be left out; must equal it if given) */
    k_heads?: number;
}

export interface Inputs {
    /** query, [batch, seq, 1, 64] */
    q: Float32Array;
    /** key, [batch, seq, 1, 64] */
    k: Float32Array;
    sizes: Sizes;
    /** segment table (ropec encodeSegments(...).table): one row per sequence, see docs/positions.md */
    segment_table: Int32Array;
    /** frame times and grid temporal scales (encodeSegments(...).values; may be empty) */
    segment_values: Float32Array;
}

export interface Outputs {
    q: Float32Array;
    k: Float32Array;
}

interface Shape {
    batch: number;
    seq: number;
    tokens: number;
    qHeads: number;
    kHeads: number;
    offset: number;
}

function validate(inputs: Inputs): Shape {
    const s = inputs.sizes;
    if (typeof s !== 'object' || s === null) throw new RangeError('sizes: missing');
    const whole = (name: string, x: unknown): number => { if (x === undefined) throw new RangeError(`sizes.${name}: missing`); if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
    let batch: number, seq: number, tokens: number;
    batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;
    if (s.q_heads !== undefined && s.q_heads !== 1) throw new RangeError(`sizes.q_heads: the spec fixes 1 q heads, got ${String(s.q_heads)}`);
    const qHeads = 1;
    if (s.k_heads !== undefined && s.k_heads !== 1) throw new RangeError(`sizes.k_heads: the spec fixes 1 k heads, got ${String(s.k_heads)}`);
    const kHeads = 1;
    let offset = 0;
    checkSegments(inputs.segment_table, inputs.segment_values, batch, seq, 1);
    if (!(inputs.q instanceof Float32Array)) throw new RangeError(`q: expected a Float32Array of shape [batch, seq, 1, 64]`);
    if (inputs.q.length !== tokens * qHeads * 64) throw new RangeError(`q: expected shape [batch, seq, 1, 64] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 64} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Float32Array)) throw new RangeError(`k: expected a Float32Array of shape [batch, seq, 1, 64]`);
    if (inputs.k.length !== tokens * kHeads * 64) throw new RangeError(`k: expected shape [batch, seq, 1, 64] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 64} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 1, kHeads = 1, offset = shape.offset;
    const omega = OMEGA;
    const segT = inputs.segment_table, segV = inputs.segment_values, segH = batch + 1;
    rows(batch, seq, tokens, qHeads, kHeads, offset, omega, segT!, segV!, segH, srcq, srck, dstq, dstk);
}

/** The hot loop: positions and sin/cos once per token, then every head of q and k. */
function rows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, omega: Float64Array, segT: Int32Array, segV: Float32Array, segH: number, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    let segRow = -1, segR = 0;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (b !== segRow) { segRow = b; segR = segT[b]; }
        while (segR + 1 < segT[b + 1] && segT[segH + 8 * (segR + 1) + 1] <= s) segR++;
        {
          const w = segH + 8 * segR;
          const kind = segT[w] & 15, v = segT[w] >>> 4, d = s - segT[w + 1];
          if (kind === 0) pos[0] = segT[w + 2] + d;
          else if (kind === 1) pos[0] = segT[w + 2] + segBitsToF32(segT[w + 3]);
          else {
            const n = segT[w + 2];
            pos[0] = n === 0 ? 0 : segV[v + Math.min(Math.floor((segT[w + 4] + d) / segT[w + 3]), n - 1)];
          }
        }
        for (let j = 0; j < 32; j++) {
          const angle = pos[0] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        for (let h = 0; h < qHeads; h++) {
          const base = ((b * seq + s) * qHeads + h) * 64;
          for (let i = 0; i < 32; i += 4) {
            const a0 = srcq[base + i], c0 = srcq[base + 32 + i], cs0 = cosT[i], sn0 = sinT[i];
            const a1 = srcq[base + i + 1], c1 = srcq[base + 32 + i + 1], cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = srcq[base + i + 2], c2 = srcq[base + 32 + i + 2], cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = srcq[base + i + 3], c3 = srcq[base + 32 + i + 3], cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstq[base + i] = a0 * cs0 - c0 * sn0;
            dstq[base + 32 + i] = c0 * cs0 + a0 * sn0;
            dstq[base + i + 1] = a1 * cs1 - c1 * sn1;
            dstq[base + 32 + i + 1] = c1 * cs1 + a1 * sn1;
            dstq[base + i + 2] = a2 * cs2 - c2 * sn2;
            dstq[base + 32 + i + 2] = c2 * cs2 + a2 * sn2;
            dstq[base + i + 3] = a3 * cs3 - c3 * sn3;
            dstq[base + 32 + i + 3] = c3 * cs3 + a3 * sn3;
          }
        }
        for (let h = 0; h < kHeads; h++) {
          const base = ((b * seq + s) * kHeads + h) * 64;
          for (let i = 0; i < 32; i += 4) {
            const a0 = srck[base + i], c0 = srck[base + 32 + i], cs0 = cosT[i], sn0 = sinT[i];
            const a1 = srck[base + i + 1], c1 = srck[base + 32 + i + 1], cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = srck[base + i + 2], c2 = srck[base + 32 + i + 2], cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = srck[base + i + 3], c3 = srck[base + 32 + i + 3], cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstk[base + i] = a0 * cs0 - c0 * sn0;
            dstk[base + 32 + i] = c0 * cs0 + a0 * sn0;
            dstk[base + i + 1] = a1 * cs1 - c1 * sn1;
            dstk[base + 32 + i + 1] = c1 * cs1 + a1 * sn1;
            dstk[base + i + 2] = a2 * cs2 - c2 * sn2;
            dstk[base + 32 + i + 2] = c2 * cs2 + a2 * sn2;
            dstk[base + i + 3] = a3 * cs3 - c3 * sn3;
            dstk[base + 32 + i + 3] = c3 * cs3 + a3 * sn3;
          }
        }
      }
    }
}

/** Rotates q and k of rope tmrope in place. Throws RangeError naming the argument on bad input. */
export function rotateInPlace(inputs: Inputs): void {
    const shape = validate(inputs);
    kernel(inputs, shape, inputs.q, inputs.k, inputs.q, inputs.k);
}

/** Writes the rotated q and k into `out` (same shapes as the inputs); the inputs are not changed. */
export function rotateInto(inputs: Inputs, out: Outputs): void {
    const shape = validate(inputs);
    if (!(out.q instanceof Float32Array) || out.q.length !== inputs.q.length) throw new RangeError(`out.q: expected a Float32Array of length ${inputs.q.length}`);
    if (!(out.k instanceof Float32Array) || out.k.length !== inputs.k.length) throw new RangeError(`out.k: expected a Float32Array of length ${inputs.k.length}`);
    if (out.q === inputs.q || out.k === inputs.k) throw new RangeError('out: must not alias the inputs; use rotateInPlace');
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
}

/** Returns rotated copies of q and k; the inputs are not changed. */
export function rotate(inputs: Inputs): Outputs {
    const shape = validate(inputs);
    const out = { q: new Float32Array(inputs.q.length), k: new Float32Array(inputs.k.length) };
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
    return out;
}

function cosSinKernel(inputs: Inputs, shape: Shape, cs: Float32Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 1, kHeads = 1, offset = shape.offset;
    const omega = OMEGA;
    const segT = inputs.segment_table, segV = inputs.segment_values, segH = batch + 1;
    cosSinRows(batch, seq, tokens, qHeads, kHeads, offset, omega, segT!, segV!, segH, cs);
}

/** Positions and sin/cos of every token into cs, for the WebAssembly kernel. */
function cosSinRows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, omega: Float64Array, segT: Int32Array, segV: Float32Array, segH: number, cs: Float32Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    let segRow = -1, segR = 0;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (b !== segRow) { segRow = b; segR = segT[b]; }
        while (segR + 1 < segT[b + 1] && segT[segH + 8 * (segR + 1) + 1] <= s) segR++;
        {
          const w = segH + 8 * segR;
          const kind = segT[w] & 15, v = segT[w] >>> 4, d = s - segT[w + 1];
          if (kind === 0) pos[0] = segT[w + 2] + d;
          else if (kind === 1) pos[0] = segT[w + 2] + segBitsToF32(segT[w + 3]);
          else {
            const n = segT[w + 2];
            pos[0] = n === 0 ? 0 : segV[v + Math.min(Math.floor((segT[w + 4] + d) / segT[w + 3]), n - 1)];
          }
        }
        for (let j = 0; j < 32; j++) {
          const angle = pos[0] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        const cb = flat * 64;
        for (let j = 0; j < 32; j++) { cs[cb + j] = cosT[j]; cs[cb + 32 + j] = sinT[j]; }
      }
    }
}

/** The WebAssembly kernel (f32 storage): q and k live in its own memory, so nothing is copied in or out. */
export interface WasmKernel {
  /** q in the spec's layout, a view of the kernel's memory: write the inputs here, read the results here. */
  readonly q: Float32Array;
  /** k, likewise. */
  readonly k: Float32Array;
  /** Rotates q and k in place; `extra` holds the other inputs (positions, offsets, …), as for rotateInPlace. */
  rotateInPlace(extra?: Omit<Inputs, 'q' | 'k' | 'sizes'>): void;
}

/** Whether createWasmKernel works for this spec. */
export const WASM_KERNEL = true;

// rotate(q, k, cs, tokens, qHeads, kHeads): the f32x4 rotation, assembled by ropec (src/backends/ts/wasm.ts).
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 17, 2, 96, 6, 127, 127, 127, 127, 127, 127, 0, 96, 4, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 252, 5, 2, 61, 1, 2, 127, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 3, 79, 13, 1, 32, 2, 32, 6, 65, 128, 2, 108, 106, 33, 7, 32, 0, 32, 4, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 6, 32, 7, 16, 1, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 187, 5, 3, 5, 127, 6, 123, 4, 125, 65, 0, 33, 4, 2, 64, 3, 64, 32, 4, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 1, 108, 32, 4, 106, 65, 128, 2, 108, 106, 33, 5, 32, 5, 253, 0, 2, 0, 33, 9, 32, 5, 253, 0, 2, 128, 1, 33, 10, 32, 3, 253, 0, 2, 0, 33, 11, 32, 3, 253, 0, 2, 128, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 0, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 128, 1, 32, 5, 253, 0, 2, 16, 33, 9, 32, 5, 253, 0, 2, 144, 1, 33, 10, 32, 3, 253, 0, 2, 16, 33, 11, 32, 3, 253, 0, 2, 144, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 16, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 144, 1, 32, 5, 253, 0, 2, 32, 33, 9, 32, 5, 253, 0, 2, 160, 1, 33, 10, 32, 3, 253, 0, 2, 32, 33, 11, 32, 3, 253, 0, 2, 160, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 32, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 160, 1, 32, 5, 253, 0, 2, 48, 33, 9, 32, 5, 253, 0, 2, 176, 1, 33, 10, 32, 3, 253, 0, 2, 48, 33, 11, 32, 3, 253, 0, 2, 176, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 48, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 176, 1, 32, 5, 253, 0, 2, 64, 33, 9, 32, 5, 253, 0, 2, 192, 1, 33, 10, 32, 3, 253, 0, 2, 64, 33, 11, 32, 3, 253, 0, 2, 192, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 64, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 192, 1, 32, 5, 253, 0, 2, 80, 33, 9, 32, 5, 253, 0, 2, 208, 1, 33, 10, 32, 3, 253, 0, 2, 80, 33, 11, 32, 3, 253, 0, 2, 208, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 80, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 208, 1, 32, 5, 253, 0, 2, 96, 33, 9, 32, 5, 253, 0, 2, 224, 1, 33, 10, 32, 3, 253, 0, 2, 96, 33, 11, 32, 3, 253, 0, 2, 224, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 96, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 224, 1, 32, 5, 253, 0, 2, 112, 33, 9, 32, 5, 253, 0, 2, 240, 1, 33, 10, 32, 3, 253, 0, 2, 112, 33, 11, 32, 3, 253, 0, 2, 240, 1, 33, 12, 32, 5, 32, 9, 32, 11, 253, 230, 1, 32, 10, 32, 12, 253, 230, 1, 253, 229, 1, 253, 11, 2, 112, 32, 5, 32, 10, 32, 11, 253, 230, 1, 32, 9, 32, 12, 253, 230, 1, 253, 228, 1, 253, 11, 2, 240, 1, 32, 4, 65, 1, 106, 33, 4, 12, 0, 11, 11, 11]);
// The few WebAssembly calls used, typed here so the module compiles with or without DOM / Node types.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
let wasmModule: object | undefined;

/**
 * Allocates WebAssembly memory for q and k of these sizes (and the cos/sin table) and returns the
 * kernel. Results equal rotateInPlace's within f32 arithmetic: the rotation is computed in f32
 * (2 products and a sum per lane) from cos/sin computed in float64 and rounded to f32.
 */
export function createWasmKernel(sizes: Sizes): WasmKernel {
  if (typeof sizes !== 'object' || sizes === null) throw new RangeError('sizes: missing');
  const whole = (name: string, x: unknown): number => { if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
  const tokens = whole('batch', sizes.batch) * whole('seq', sizes.seq);
  const qLen = tokens * 1 * 64;
  const kLen = tokens * 1 * 64;
  const csLen = tokens * 64;
  const bytes = (qLen + kLen + csLen) * 4;
  const pages = Math.max(1, Math.ceil(bytes / 65536));
  if (pages > 65536) throw new RangeError(`sizes: q, k and the cos/sin table need ${bytes} bytes; WebAssembly memory holds at most 4 GiB`);
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) throw new RangeError('createWasmKernel: this JavaScript engine has no WebAssembly; use rotateInPlace');
  wasmModule ??= new wasm.Module(WASM_ROTATE);
  const memory = new wasm.Memory({ initial: pages });
  const rotateWasm = new wasm.Instance(wasmModule, { env: { memory } }).exports.rotate as (q: number, k: number, cs: number, tokens: number, qHeads: number, kHeads: number) => void;
  const q = new Float32Array(memory.buffer, 0, qLen);
  const k = new Float32Array(memory.buffer, qLen * 4, kLen);
  const cs = new Float32Array(memory.buffer, (qLen + kLen) * 4, csLen);
  return {
    q,
    k,
    rotateInPlace(extra) {
      const inputs = { ...extra, q, k, sizes } as Inputs;
      const shape = validate(inputs);
      cosSinKernel(inputs, shape, cs);
      rotateWasm(0, qLen * 4, (qLen + kLen) * 4, shape.tokens, shape.qHeads, shape.kHeads);
    },
  };
}

// Segment tables (ropec docs/positions.md, "The binary segment table"): segment_table is an Int32Array
// of rows + 1 header words (row b's records are table[b] … table[b + 1] − 1) and 8-word records
// [kind | v << 4, start, …]; segment_values a Float32Array. checkSegments rejects every table the
// kernel could read out of bounds or evaluate outside i32, naming the argument.
const SEG_F32 = new Float32Array(1);
const SEG_I32 = new Int32Array(SEG_F32.buffer);

function segBitsToF32(w: number): number {
  SEG_I32[0] = w;
  return SEG_F32[0];
}

function segTime(f: number, a: number, b: number): number {
  if (a === 1 && b === 1) return f;
  return Math.trunc(Math.fround(Math.fround(f * a) * b));
}

// The same checks, in the same order and words, as ropec's checkEncodedSegments (docs/checks.md).
function checkSegments(table: unknown, values: unknown, rows: number, rowLength: number, axes: number): void {
  if (!(table instanceof Int32Array)) throw new RangeError(`segment_table: expected an Int32Array (encodeSegments(...).table), got ${typeof table}`);
  if (!(values instanceof Float32Array)) throw new RangeError(`segment_values: expected a Float32Array (encodeSegments(...).values), got ${typeof values}`);
  const T = 'segment_table';
  const V = 'segment_values';
  const header = rows + 1;
  if (table.length < header) throw new RangeError(`${T}: expected at least rows + 1 = ${header} words (the row header), got length ${table.length}`);
  const records = table[rows];
  if (records < 0 || table.length !== header + 8 * records) {
    throw new RangeError(`${T}: header word ${rows} says ${records} segments, so the table must have ${rows} + 1 + 8·${records} = ${header + 8 * records} words; got length ${table.length}`);
  }
  if (table[0] !== 0) throw new RangeError(`${T}: header word 0 (row 0's first segment) must be 0, got ${table[0]}`);
  const I32_MAX = 2147483647;
  const fits = (x: number) => x >= -2147483648 && x <= I32_MAX;
  const names = ['text', 'const', 'grid', 'frames'];
  for (let b = 0; b < rows; b++) {
    const lo = table[b];
    const hi = table[b + 1];
    if (hi < lo) throw new RangeError(`${T}: header word ${b + 1} = ${hi} is below word ${b} = ${lo}; row ranges must not decrease`);
    if (rowLength > 0 && hi === lo) throw new RangeError(`${T}: row ${b} has no segments but ${rowLength} tokens`);
    if (rowLength === 0 && hi > lo) throw new RangeError(`${T}: row ${b} has segments but no tokens`);
    for (let r = lo; r < hi; r++) {
      const w = header + 8 * r;
      const where = `row ${b}, segment ${r - lo}`;
      const at = `${T}: ${where}`;
      const kindWord = table[w];
      const kind = kindWord & 15;
      const v = kindWord >>> 4;
      const start = table[w + 1];
      const end = r + 1 < hi ? table[w + 9] : rowLength;
      if (kindWord < 0 || kind > 3) throw new RangeError(`${at}: unknown kind word ${kindWord} (kinds are 0 text, 1 const, 2 grid, 3 frames)`);
      const name = names[kind];
      if (r === lo && start !== 0) throw new RangeError(`${at} (${name}): the first segment of a row must start at 0, got ${start}`);
      if (!(start >= 0 && end > start && end <= rowLength)) {
        throw new RangeError(`${at} (${name}): starts at ${start} but the next starts at ${end}; starts must rise strictly and stay below the row length ${rowLength}`);
      }
      const last = end - start - 1;
      if (kind < 2 && v !== 0) throw new RangeError(`${at} (${name}): kind word ${kindWord} has a value index; only grid and frames do`);
      if (kind === 0 && !fits(table[w + 2] + last)) throw new RangeError(`${at} (text): base ${table[w + 2]} + ${last} does not fit in i32`);
      if (kind === 1) {
        const frac = segBitsToF32(table[w + 3]);
        if (!(frac > -1 && frac < 1)) throw new RangeError(`${at} (const): the fraction word must hold an f32 in (−1, 1), got ${frac}`);
      }
      if (kind === 2) {
        if (axes !== 3) throw new RangeError(`${at} (grid): grid segments give 3 components; this spec reads ${axes}`);
        const bt = table[w + 2], bh = table[w + 3], bw = table[w + 4], H = table[w + 5], W = table[w + 6], offset = table[w + 7];
        if (!(H >= 1 && W >= 1 && H * W <= I32_MAX)) throw new RangeError(`${at} (grid): H = ${H} and W = ${W} must be ≥ 1 with H·W < 2^31`);
        if (!(offset >= 0 && offset + last <= I32_MAX)) throw new RangeError(`${at} (grid): offset ${offset} + ${last} must be ≥ 0 and fit in i32`);
        if (!(v + 1 < values.length)) throw new RangeError(`${V}: ${where} (grid) reads its temporal scale at values[${v}] and [${v + 1}], but there are ${values.length} values`);
        const a = values[v], c = values[v + 1];
        if (!(Number.isFinite(a) && Number.isFinite(c) && a >= 0 && c >= 0)) throw new RangeError(`${V}: the temporal scale of ${where} must be finite and ≥ 0, got (${a}, ${c})`);
        const tMax = segTime(Math.floor((offset + last) / (H * W)), a, c);
        if (!(fits(bt + tMax) && fits(bt) && fits(bh + H - 1) && fits(bw + W - 1))) {
          throw new RangeError(`${at} (grid): positions up to (${bt + tMax}, ${bh + H - 1}, ${bw + W - 1}) do not fit in i32`);
        }
      }
      if (kind === 3) {
        const n = table[w + 2], ppf = table[w + 3], offset = table[w + 4];
        if (!(n >= 0 && ppf >= 1)) throw new RangeError(`${at} (frames): frame count ${n} must be ≥ 0 and patches per frame ${ppf} ≥ 1`);
        if (!(offset >= 0 && offset + last <= I32_MAX)) throw new RangeError(`${at} (frames): offset ${offset} + ${last} must be ≥ 0 and fit in i32`);
        if (!(v + n <= values.length)) throw new RangeError(`${V}: ${where} (frames) reads values[${v} … ${v + n - 1}], but there are ${values.length} values`);
        for (let i = v; i < v + n; i++) {
          if (!(Math.abs(values[i]) < 2147483648)) throw new RangeError(`${V}: frame time values[${i}] = ${values[i]} must be finite and below 2^31 in magnitude`);
        }
      }
    }
  }
}

