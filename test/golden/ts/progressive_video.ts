// Generated from spec/progressive_video.rope (rope progressive_video) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 29161c84c808cb30
/* eslint-disable */
export const SPEC = {"name":"progressive_video","headDim":96,"rotaryDim":96,"pairs":48,"axes":["t","h","w"],"qHeads":6,"kHeads":6,"layout":"bshd","dtype":"f32","positions":"grid","attentionFactor":1,"specHash":"29161c84c808cb30"} as const;
const OMEGA = new Float64Array([1.0, 0.5623413251903491, 0.31622776601683794, 0.17782794100389226, 0.1, 0.056234132519034905, 0.03162277660168379, 0.01778279410038923, 0.01, 0.005623413251903491, 0.0031622776601683794, 0.0017782794100389228, 0.001, 0.0005623413251903491, 0.00031622776601683794, 0.0001778279410038923, 1.0, 0.5623413251903491, 0.31622776601683794, 0.17782794100389226, 0.1, 0.056234132519034905, 0.03162277660168379, 0.01778279410038923, 0.01, 0.005623413251903491, 0.0031622776601683794, 0.0017782794100389228, 0.001, 0.0005623413251903491, 0.00031622776601683794, 0.0001778279410038923, 1.0, 0.5623413251903491, 0.31622776601683794, 0.17782794100389226, 0.1, 0.056234132519034905, 0.03162277660168379, 0.01778279410038923, 0.01, 0.005623413251903491, 0.0031622776601683794, 0.0017782794100389228, 0.001, 0.0005623413251903491, 0.00031622776601683794, 0.0001778279410038923]);
const POS = new Float64Array(3);
const COS_T = new Float64Array(48);
const SIN_T = new Float64Array(48);
const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
    /** fixed by the spec: 6 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 6 (may be left out; must equal it if given) */
    k_heads?: number;
    /** grid size along axis t */
    t: number;
    /** grid size along axis h */
    h: number;
    /** grid size along axis w */
    w: number;
}

export interface Inputs {
    /** query, [batch, seq, 6, 96] */
    q: Float32Array;
    /** key, [batch, seq, 6, 96] */
    k: Float32Array;
    sizes: Sizes;
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
    grid_t: number;
    grid_h: number;
    grid_w: number;
}

function validate(inputs: Inputs): Shape {
    const s = inputs.sizes;
    if (typeof s !== 'object' || s === null) throw new RangeError('sizes: missing');
    const whole = (name: string, x: unknown): number => { if (x === undefined) throw new RangeError(`sizes.${name}: missing`); if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
    let batch: number, seq: number, tokens: number;
    batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;
    if (s.q_heads !== undefined && s.q_heads !== 6) throw new RangeError(`sizes.q_heads: the spec fixes 6 q heads, got ${String(s.q_heads)}`);
    const qHeads = 6;
    if (s.k_heads !== undefined && s.k_heads !== 6) throw new RangeError(`sizes.k_heads: the spec fixes 6 k heads, got ${String(s.k_heads)}`);
    const kHeads = 6;
    let offset = 0;
    const grid_t = whole('t', s.t);
    const grid_h = whole('h', s.h);
    const grid_w = whole('w', s.w);
    if (seq !== 0 + grid_t * grid_h * grid_w) throw new RangeError(`sizes: each sequence must hold prefix + t·h·w = 0 + ${grid_t + '·' + grid_h + '·' + grid_w} tokens, got ${seq}`);
    if (!(inputs.q instanceof Float32Array)) throw new RangeError(`q: expected a Float32Array of shape [batch, seq, 6, 96]`);
    if (inputs.q.length !== tokens * qHeads * 96) throw new RangeError(`q: expected shape [batch, seq, 6, 96] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 96} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Float32Array)) throw new RangeError(`k: expected a Float32Array of shape [batch, seq, 6, 96]`);
    if (inputs.k.length !== tokens * kHeads * 96) throw new RangeError(`k: expected shape [batch, seq, 6, 96] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 96} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset, grid_t, grid_h, grid_w };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 6, kHeads = 6, offset = shape.offset, grid_t = shape.grid_t, grid_h = shape.grid_h, grid_w = shape.grid_w;
    const omega = OMEGA;
    rows(batch, seq, tokens, qHeads, kHeads, offset, grid_t, grid_h, grid_w, omega, srcq, srck, dstq, dstk);
}

/** The hot loop: positions and sin/cos once per token, then every head of q and k. */
function rows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, grid_t: number, grid_h: number, grid_w: number, omega: Float64Array, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (s < 0) { pos[0] = 0; pos[1] = 0; pos[2] = 0; } else {
          let rest = s - 0;
          const i2 = rest % grid_w; rest = (rest - i2) / grid_w;
          const i1 = rest % grid_h; rest = (rest - i1) / grid_h;
          const i0 = rest % grid_t;
          pos[0] = (i0 * 4.0 + 3.0) * 0.5;
          pos[1] = i1;
          pos[2] = i2;
        }
        for (let j = 0; j < 48; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        for (let h = 0; h < qHeads; h++) {
          const base = ((b * seq + s) * qHeads + h) * 96;
          for (let i = 0; i < 48; i += 4) {
            const a0 = srcq[base + (i) * 2], c0 = srcq[base + 1 + (i) * 2], cs0 = cosT[i], sn0 = sinT[i];
            const a1 = srcq[base + (i + 1) * 2], c1 = srcq[base + 1 + (i + 1) * 2], cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = srcq[base + (i + 2) * 2], c2 = srcq[base + 1 + (i + 2) * 2], cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = srcq[base + (i + 3) * 2], c3 = srcq[base + 1 + (i + 3) * 2], cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstq[base + (i) * 2] = a0 * cs0 - c0 * sn0;
            dstq[base + 1 + (i) * 2] = c0 * cs0 + a0 * sn0;
            dstq[base + (i + 1) * 2] = a1 * cs1 - c1 * sn1;
            dstq[base + 1 + (i + 1) * 2] = c1 * cs1 + a1 * sn1;
            dstq[base + (i + 2) * 2] = a2 * cs2 - c2 * sn2;
            dstq[base + 1 + (i + 2) * 2] = c2 * cs2 + a2 * sn2;
            dstq[base + (i + 3) * 2] = a3 * cs3 - c3 * sn3;
            dstq[base + 1 + (i + 3) * 2] = c3 * cs3 + a3 * sn3;
          }
        }
        for (let h = 0; h < kHeads; h++) {
          const base = ((b * seq + s) * kHeads + h) * 96;
          for (let i = 0; i < 48; i += 4) {
            const a0 = srck[base + (i) * 2], c0 = srck[base + 1 + (i) * 2], cs0 = cosT[i], sn0 = sinT[i];
            const a1 = srck[base + (i + 1) * 2], c1 = srck[base + 1 + (i + 1) * 2], cs1 = cosT[i + 1], sn1 = sinT[i + 1];
            const a2 = srck[base + (i + 2) * 2], c2 = srck[base + 1 + (i + 2) * 2], cs2 = cosT[i + 2], sn2 = sinT[i + 2];
            const a3 = srck[base + (i + 3) * 2], c3 = srck[base + 1 + (i + 3) * 2], cs3 = cosT[i + 3], sn3 = sinT[i + 3];
            dstk[base + (i) * 2] = a0 * cs0 - c0 * sn0;
            dstk[base + 1 + (i) * 2] = c0 * cs0 + a0 * sn0;
            dstk[base + (i + 1) * 2] = a1 * cs1 - c1 * sn1;
            dstk[base + 1 + (i + 1) * 2] = c1 * cs1 + a1 * sn1;
            dstk[base + (i + 2) * 2] = a2 * cs2 - c2 * sn2;
            dstk[base + 1 + (i + 2) * 2] = c2 * cs2 + a2 * sn2;
            dstk[base + (i + 3) * 2] = a3 * cs3 - c3 * sn3;
            dstk[base + 1 + (i + 3) * 2] = c3 * cs3 + a3 * sn3;
          }
        }
      }
    }
}

/** Rotates q and k of rope progressive_video in place. Throws RangeError naming the argument on bad input. */
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
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 6, kHeads = 6, offset = shape.offset, grid_t = shape.grid_t, grid_h = shape.grid_h, grid_w = shape.grid_w;
    const omega = OMEGA;
    cosSinRows(batch, seq, tokens, qHeads, kHeads, offset, grid_t, grid_h, grid_w, omega, cs);
}

/** Positions and sin/cos of every token into cs, for the WebAssembly kernel. */
function cosSinRows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, grid_t: number, grid_h: number, grid_w: number, omega: Float64Array, cs: Float32Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (s < 0) { pos[0] = 0; pos[1] = 0; pos[2] = 0; } else {
          let rest = s - 0;
          const i2 = rest % grid_w; rest = (rest - i2) / grid_w;
          const i1 = rest % grid_h; rest = (rest - i1) / grid_h;
          const i0 = rest % grid_t;
          pos[0] = (i0 * 4.0 + 3.0) * 0.5;
          pos[1] = i1;
          pos[2] = i2;
        }
        for (let j = 0; j < 48; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        const cb = flat * 96;
        for (let j = 0; j < 48; j++) { cs[cb + j] = cosT[j]; cs[cb + 48 + j] = sinT[j]; }
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
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 17, 2, 96, 6, 127, 127, 127, 127, 127, 127, 0, 96, 4, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 204, 17, 2, 61, 1, 2, 127, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 3, 79, 13, 1, 32, 2, 32, 6, 65, 128, 3, 108, 106, 33, 7, 32, 0, 32, 4, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 6, 32, 7, 16, 1, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 139, 17, 3, 5, 127, 6, 123, 4, 125, 65, 0, 33, 4, 2, 64, 3, 64, 32, 4, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 1, 108, 32, 4, 106, 65, 128, 3, 108, 106, 33, 5, 32, 5, 253, 0, 2, 0, 33, 9, 32, 5, 253, 0, 2, 16, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 0, 33, 11, 32, 3, 253, 0, 2, 192, 1, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 0, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 16, 32, 5, 253, 0, 2, 32, 33, 9, 32, 5, 253, 0, 2, 48, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 16, 33, 11, 32, 3, 253, 0, 2, 208, 1, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 32, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 48, 32, 5, 253, 0, 2, 64, 33, 9, 32, 5, 253, 0, 2, 80, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 32, 33, 11, 32, 3, 253, 0, 2, 224, 1, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 64, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 80, 32, 5, 253, 0, 2, 96, 33, 9, 32, 5, 253, 0, 2, 112, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 48, 33, 11, 32, 3, 253, 0, 2, 240, 1, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 96, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 112, 32, 5, 253, 0, 2, 128, 1, 33, 9, 32, 5, 253, 0, 2, 144, 1, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 64, 33, 11, 32, 3, 253, 0, 2, 128, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 128, 1, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 144, 1, 32, 5, 253, 0, 2, 160, 1, 33, 9, 32, 5, 253, 0, 2, 176, 1, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 80, 33, 11, 32, 3, 253, 0, 2, 144, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 160, 1, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 176, 1, 32, 5, 253, 0, 2, 192, 1, 33, 9, 32, 5, 253, 0, 2, 208, 1, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 96, 33, 11, 32, 3, 253, 0, 2, 160, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 192, 1, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 208, 1, 32, 5, 253, 0, 2, 224, 1, 33, 9, 32, 5, 253, 0, 2, 240, 1, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 112, 33, 11, 32, 3, 253, 0, 2, 176, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 224, 1, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 240, 1, 32, 5, 253, 0, 2, 128, 2, 33, 9, 32, 5, 253, 0, 2, 144, 2, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 128, 1, 33, 11, 32, 3, 253, 0, 2, 192, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 128, 2, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 144, 2, 32, 5, 253, 0, 2, 160, 2, 33, 9, 32, 5, 253, 0, 2, 176, 2, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 144, 1, 33, 11, 32, 3, 253, 0, 2, 208, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 160, 2, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 176, 2, 32, 5, 253, 0, 2, 192, 2, 33, 9, 32, 5, 253, 0, 2, 208, 2, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 160, 1, 33, 11, 32, 3, 253, 0, 2, 224, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 192, 2, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 208, 2, 32, 5, 253, 0, 2, 224, 2, 33, 9, 32, 5, 253, 0, 2, 240, 2, 33, 10, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 13, 32, 9, 32, 10, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 14, 32, 3, 253, 0, 2, 176, 1, 33, 11, 32, 3, 253, 0, 2, 240, 2, 33, 12, 32, 13, 32, 11, 253, 230, 1, 32, 14, 32, 12, 253, 230, 1, 253, 229, 1, 33, 9, 32, 14, 32, 11, 253, 230, 1, 32, 13, 32, 12, 253, 230, 1, 253, 228, 1, 33, 10, 32, 5, 32, 9, 32, 10, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 224, 2, 32, 5, 32, 9, 32, 10, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 240, 2, 32, 4, 65, 1, 106, 33, 4, 12, 0, 11, 11, 11]);
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
  const qLen = tokens * 6 * 96;
  const kLen = tokens * 6 * 96;
  const csLen = tokens * 96;
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

