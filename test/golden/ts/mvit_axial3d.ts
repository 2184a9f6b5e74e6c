// Generated from spec/mvit_axial3d.rope (rope mvit_axial3d) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 6e7133582790fcbc
/* eslint-disable */
export const SPEC = {"name":"mvit_axial3d","headDim":48,"rotaryDim":48,"pairs":24,"axes":["t","h","w"],"qHeads":16,"kHeads":16,"layout":"bhsd","dtype":"f32","positions":"grid","attentionFactor":1,"specHash":"6e7133582790fcbc"} as const;
const OMEGA = new Float64Array([1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794, 1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794, 1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794]);
const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
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
    const whole = (name: string, x: unknown): number => { if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
    let batch: number, seq: number, tokens: number;
    batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;
    const qHeads = 16;
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
    const { batch, seq, tokens } = shape;
    const omega = OMEGA;
    const pos = new Float64Array(3);
    const cosT = new Float64Array(24);
    const sinT = new Float64Array(24);
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        if (s < 1) { pos[0] = 0; pos[1] = 0; pos[2] = 0; } else {
          let rest = s - 1;
          const i2 = rest % shape.grid_w; rest = (rest - i2) / shape.grid_w;
          const i1 = rest % shape.grid_h; rest = (rest - i1) / shape.grid_h;
          const i0 = rest % shape.grid_t;
          pos[0] = i0;
          pos[1] = i1;
          pos[2] = i2;
        }

        for (let j = 0; j < 24; j++) {
          const angle = pos[PAIR_COMPONENT[j]] * omega[j];
          cosT[j] = Math.cos(angle) * 1.0;
          sinT[j] = Math.sin(angle) * 1.0;
        }

        for (let h = 0; h < shape.qHeads; h++) {
          const base = ((b * shape.qHeads + h) * seq + s) * 48;
          for (let i = 0; i < 24; i++) {
            const ia = base + 0 + i * 2, ib = base + 1 + i * 2;
            const a = srcq[ia], c = srcq[ib];
            const cs = cosT[i], sn = sinT[i];
            dstq[ia] = a * cs - c * sn;
            dstq[ib] = c * cs + a * sn;
          }

        }

        for (let h = 0; h < shape.kHeads; h++) {
          const base = ((b * shape.kHeads + h) * seq + s) * 48;
          for (let i = 0; i < 24; i++) {
            const ia = base + 0 + i * 2, ib = base + 1 + i * 2;
            const a = srck[ia], c = srck[ib];
            const cs = cosT[i], sn = sinT[i];
            dstk[ia] = a * cs - c * sn;
            dstk[ib] = c * cs + a * sn;
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

