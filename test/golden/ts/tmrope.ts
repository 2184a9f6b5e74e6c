// Generated from spec/tmrope.rope (rope tmrope) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 915c2767b4268aab
/* eslint-disable */
export const SPEC = {"name":"tmrope","headDim":64,"rotaryDim":64,"pairs":32,"axes":["pos"],"qHeads":1,"kHeads":1,"layout":"bshd","dtype":"f32","positions":"timeline","attentionFactor":1,"specHash":"915c2767b4268aab"} as const;
const OMEGA = new Float64Array([1.0, 0.7498942093324559, 0.5623413251903491, 0.4216965034285822, 0.31622776601683794, 0.23713737056616552, 0.17782794100389226, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.03162277660168379, 0.02371373705661655, 0.01778279410038923, 0.01333521432163324, 0.01, 0.007498942093324558, 0.005623413251903491, 0.004216965034285823, 0.0031622776601683794, 0.0023713737056616554, 0.0017782794100389228, 0.001333521432163324, 0.001, 0.0007498942093324557, 0.0005623413251903491, 0.00042169650342858224, 0.00031622776601683794, 0.00023713737056616554, 0.0001778279410038923, 0.0001333521432163324]);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
}

export interface Inputs {
    /** query, [batch, seq, 1, 64] */
    q: Float32Array;
    /** key, [batch, seq, 1, 64] */
    k: Float32Array;
    sizes: Sizes;
    /** positions, shape [tokens] */
    positions: Float32Array | Float64Array;
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
    const whole = (name: string, x: unknown): number => { if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new RangeError(`sizes.${name}: expected a whole number ≥ 0, got ${String(x)}`); return x; };
    let batch: number, seq: number, tokens: number;
    batch = whole('batch', s.batch); seq = whole('seq', s.seq); tokens = batch * seq;
    const qHeads = 1;
    const kHeads = 1;
    let offset = 0;
    if (!((inputs.positions instanceof Float32Array || inputs.positions instanceof Float64Array))) throw new RangeError(`positions: missing or wrong type; expected Float32Array | Float64Array of shape [tokens]`);
    if (inputs.positions.length !== 1 * tokens) throw new RangeError(`positions: expected shape [${tokens}] (${1 * tokens} values), got length ${inputs.positions.length}`);
    if (!(inputs.q instanceof Float32Array)) throw new RangeError(`q: expected a Float32Array of shape [batch, seq, 1, 64]`);
    if (inputs.q.length !== tokens * qHeads * 64) throw new RangeError(`q: expected shape [batch, seq, 1, 64] with batch = ${batch}, seq = ${seq} (${tokens * qHeads * 64} values), got length ${inputs.q.length}`);
    if (!(inputs.k instanceof Float32Array)) throw new RangeError(`k: expected a Float32Array of shape [batch, seq, 1, 64]`);
    if (inputs.k.length !== tokens * kHeads * 64) throw new RangeError(`k: expected shape [batch, seq, 1, 64] with batch = ${batch}, seq = ${seq} (${tokens * kHeads * 64} values), got length ${inputs.k.length}`);
    return { batch, seq, tokens, qHeads, kHeads, offset };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const { batch, seq, tokens } = shape;
    const omega = OMEGA;
    const positions = inputs.positions!;
    const pos = new Float64Array(1);
    const cosT = new Float64Array(32);
    const sinT = new Float64Array(32);
    for (let b = 0; b < batch; b++) {
      for (let s = 0; s < seq; s++) {
        const flat = b * seq + s;
        pos[0] = positions[flat];
        for (let j = 0; j < 32; j++) {
          const angle = pos[0] * omega[j];
          cosT[j] = Math.cos(angle) * 1.0;
          sinT[j] = Math.sin(angle) * 1.0;
        }

        for (let h = 0; h < shape.qHeads; h++) {
          const base = ((b * seq + s) * shape.qHeads + h) * 64;
          for (let i = 0; i < 32; i++) {
            const ia = base + 0 + i, ib = base + 32 + i;
            const a = srcq[ia], c = srcq[ib];
            const cs = cosT[i], sn = sinT[i];
            dstq[ia] = a * cs - c * sn;
            dstq[ib] = c * cs + a * sn;
          }

        }

        for (let h = 0; h < shape.kHeads; h++) {
          const base = ((b * seq + s) * shape.kHeads + h) * 64;
          for (let i = 0; i < 32; i++) {
            const ia = base + 0 + i, ib = base + 32 + i;
            const a = srck[ia], c = srck[ib];
            const cs = cosT[i], sn = sinT[i];
            dstk[ia] = a * cs - c * sn;
            dstk[ib] = c * cs + a * sn;
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

