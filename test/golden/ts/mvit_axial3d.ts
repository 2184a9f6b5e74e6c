// Generated from spec/mvit_axial3d.rope (rope mvit_axial3d) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 6e7133582790fcbc
/* eslint-disable */
export const SPEC = {"name":"mvit_axial3d","headDim":48,"rotaryDim":48,"pairs":24,"axes":["t","h","w"],"qHeads":16,"kHeads":16,"layout":"bhsd","dtype":"f32","positions":"grid","attentionFactor":1,"specHash":"6e7133582790fcbc"} as const;
const OMEGA = new Float64Array([1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794, 1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794, 1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794]);
const POS = new Float64Array(3);
const COS_T = new Float64Array(24);
const SIN_T = new Float64Array(24);
const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    k_heads?: number;
    /** grid size along axis t */
    t: number;
    /** grid size along axis h */
    h: number;
    /** grid size along axis w */
    w: number;
}

export interface Inputs {
    /** query, [batch, 16, seq, 48] */
    q: Float32Array;
    /** key, [batch, 16, seq, 48] */
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
    if (s.q_heads !== undefined && s.q_heads !== 16) throw new RangeError(`sizes.q_heads: the spec fixes 16 q heads, got ${String(s.q_heads)}`);
    const qHeads = 16;
    if (s.k_heads !== undefined && s.k_heads !== 16) throw new RangeError(`sizes.k_heads: the spec fixes 16 k heads, got ${String(s.k_heads)}`);
    const kHeads = 16;
    let offset = 0;
    const grid_t = whole('t', s.t);
    const grid_h = whole('h', s.h);
    const grid_w = whole('w', s.w);
    if (seq !== 1 + grid_t * grid_h * grid_w) throw new RangeError(`sizes: each sequence must hold prefix + t·h·w = 1 + ${grid_t + '·' + grid_h + '·' + grid_w} tokens, got ${seq}`);
    if (!(inputs.q instanceof Float32Array)) throw new RangeError(`q: expected a Float32Array of shape [batch, 16, seq, 48]`);
    if (inputs.q.length !== tokens * qHeads * 48) throw new RangeError(`q: expected shape [batch, 16, seq, 48] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 48} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Float32Array)) throw new RangeError(`k: expected a Float32Array of shape [batch, 16, seq, 48]`);
    if (inputs.k.length !== tokens * kHeads * 48) throw new RangeError(`k: expected shape [batch, 16, seq, 48] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 48} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset, grid_t, grid_h, grid_w };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 16, kHeads = 16, offset = shape.offset, grid_t = shape.grid_t, grid_h = shape.grid_h, grid_w = shape.grid_w;
    const omega = OMEGA;
    rows(batch, seq, tokens, qHeads, kHeads, offset, grid_t, grid_h, grid_w, omega, srcq, srck, dstq, dstk);
}

/** The hot loop: positions and sin/cos once per token, then every head of q and k. */
function rows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, grid_t: number, grid_h: number, grid_w: number, omega: Float64Array, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (s < 1) { pos[0] = 0; pos[1] = 0; pos[2] = 0; } else {
          let rest = s - 1;
          const i2 = rest % grid_w; rest = (rest - i2) / grid_w;
          const i1 = rest % grid_h; rest = (rest - i1) / grid_h;
          const i0 = rest % grid_t;
          pos[0] = i0;
          pos[1] = i1;
          pos[2] = i2;
        }
        for (let j = 0; j < 24; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        for (let h = 0; h < qHeads; h++) {
          const base = ((b * qHeads + h) * seq + s) * 48;
          for (let i = 0; i < 24; i += 4) {
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
          const base = ((b * kHeads + h) * seq + s) * 48;
          for (let i = 0; i < 24; i += 4) {
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

/** Rotates q and k of rope mvit_axial3d in place. Throws RangeError naming the argument on bad input. */
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
export const WASM_KERNEL = false;

/** Not available for this spec: throws a RangeError saying why. */
export function createWasmKernel(sizes: Sizes): WasmKernel {
  void sizes;
  throw new RangeError("createWasmKernel: rope mvit_axial3d has no WebAssembly kernel: its layout is [batch, heads, seq, dim] (the WebAssembly kernel needs tokens outermost); use rotateInPlace");
}

