// Generated from spec/dinov3_vitl16.rope (rope dinov3_vitl16) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 466a52aad77719d8
/* eslint-disable */
export const SPEC = {"name":"dinov3_vitl16","headDim":64,"rotaryDim":64,"pairs":32,"axes":["h","w"],"qHeads":16,"kHeads":16,"layout":"bhsd","dtype":"f32","positions":"grid","attentionFactor":1,"specHash":"466a52aad77719d8"} as const;
const OMEGA = new Float64Array([6.283185307179586, 4.71172427801674, 3.533294752055899, 2.6495972744314744, 1.9869176531592203, 1.4899780425245321, 1.1173259061216543, 0.8378762269377676, 0.6283185307179586, 0.47117242780167395, 0.3533294752055899, 0.2649597274431474, 0.19869176531592203, 0.1489978042524532, 0.11173259061216542, 0.08378762269377676, 6.283185307179586, 4.71172427801674, 3.533294752055899, 2.6495972744314744, 1.9869176531592203, 1.4899780425245321, 1.1173259061216543, 0.8378762269377676, 0.6283185307179586, 0.47117242780167395, 0.3533294752055899, 0.2649597274431474, 0.19869176531592203, 0.1489978042524532, 0.11173259061216542, 0.08378762269377676]);
const POS = new Float64Array(2);
const COS_T = new Float64Array(32);
const SIN_T = new Float64Array(32);
const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    k_heads?: number;
    /** grid size along axis h */
    h: number;
    /** grid size along axis w */
    w: number;
}

export interface Inputs {
    /** query, [batch, 16, seq, 64] */
    q: Float32Array;
    /** key, [batch, 16, seq, 64] */
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
    const grid_h = whole('h', s.h);
    const grid_w = whole('w', s.w);
    if (seq !== 5 + grid_h * grid_w) throw new RangeError(`sizes: each sequence must hold prefix + h·w = 5 + ${grid_h + '·' + grid_w} tokens, got ${seq}`);
    if (!(inputs.q instanceof Float32Array)) throw new RangeError(`q: expected a Float32Array of shape [batch, 16, seq, 64]`);
    if (inputs.q.length !== tokens * qHeads * 64) throw new RangeError(`q: expected shape [batch, 16, seq, 64] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 64} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Float32Array)) throw new RangeError(`k: expected a Float32Array of shape [batch, 16, seq, 64]`);
    if (inputs.k.length !== tokens * kHeads * 64) throw new RangeError(`k: expected shape [batch, 16, seq, 64] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 64} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset, grid_h, grid_w };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const batch = shape.batch, seq = shape.seq, tokens = shape.tokens, qHeads = 16, kHeads = 16, offset = shape.offset, grid_h = shape.grid_h, grid_w = shape.grid_w;
    const omega = OMEGA;
    rows(batch, seq, tokens, qHeads, kHeads, offset, grid_h, grid_w, omega, srcq, srck, dstq, dstk);
}

/** The hot loop: positions and sin/cos once per token, then every head of q and k. */
function rows(batch: number, seq: number, tokens: number, qHeads: number, kHeads: number, offset: number, grid_h: number, grid_w: number, omega: Float64Array, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const pos = POS, cosT = COS_T, sinT = SIN_T;
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (s < 5) { pos[0] = 0; pos[1] = 0; } else {
          let rest = s - 5;
          const i1 = rest % grid_w; rest = (rest - i1) / grid_w;
          const i0 = rest % grid_h;
          pos[0] = (2 * ((i0 + 0.5) / grid_h) - 1);
          pos[1] = (2 * ((i1 + 0.5) / grid_w) - 1);
        }
        for (let j = 0; j < 32; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle);
          sinT[j] = Math.sin(angle);
        }
        for (let h = 0; h < qHeads; h++) {
          const base = ((b * qHeads + h) * seq + s) * 64;
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
          const base = ((b * kHeads + h) * seq + s) * 64;
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

/** Rotates q and k of rope dinov3_vitl16 in place. Throws RangeError naming the argument on bad input. */
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
  throw new RangeError("createWasmKernel: rope dinov3_vitl16 has no WebAssembly kernel: its layout is [batch, heads, seq, dim] (the WebAssembly kernel needs tokens outermost); use rotateInPlace");
}

