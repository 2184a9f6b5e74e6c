// Generated from spec/mvit_axial3d.rope (rope mvit_axial3d) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 6e7133582790fcbc
/* eslint-disable */
export const SPEC = {"name":"mvit_axial3d","headDim":48,"rotaryDim":48,"pairs":24,"axes":["t","h","w"],"qHeads":16,"kHeads":16,"layout":"bhsd","dtype":"f32","positions":"grid","attentionFactor":1,"specHash":"6e7133582790fcbc"} as const;

const OMEGA = new Float64Array([1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794, 1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794, 1.0, 0.31622776601683794, 0.1, 0.03162277660168379, 0.01, 0.0031622776601683794, 0.001, 0.00031622776601683794]);

const PAIR_COMPONENT = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);

const SCRATCH_rows_c0_1 = new Float64Array(24);

const SCRATCH_rows_s0_1 = new Float64Array(24);

const SCRATCH_rowsOut_c0_3 = new Float64Array(24);

const SCRATCH_rowsOut_s0_3 = new Float64Array(24);

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
    /** query, shape [batch, 16, seq, 48] */
    q: Float32Array;
    /** key, shape [batch, 16, seq, 48] */
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
    const s = inputs.sizes as unknown as Record<string, number>;
    const q = inputs.q as ArrayLike<number>;
    const k = inputs.k as ArrayLike<number>;
    if (!(typeof s === 'object' && s !== null)) {
      throw new RangeError(`sizes: expected an object of run-time sizes, got ${typeName(s)}`);
    }
    if (!(s.batch !== undefined && s.batch !== null)) {
      throw new RangeError(`sizes.batch: missing; this layout has a batch axis`);
    }
    if (!(Number.isSafeInteger(s.batch) && s.batch >= 0)) {
      throw new RangeError(`sizes.batch: expected a whole number ≥ 0, got ${typeof s.batch === 'string' ? JSON.stringify(s.batch) : s.batch}`);
    }
    const n_batch = s.batch;
    if (!(s.seq !== undefined && s.seq !== null)) {
      throw new RangeError(`sizes.seq: missing; this layout has a seq axis`);
    }
    if (!(Number.isSafeInteger(s.seq) && s.seq >= 0)) {
      throw new RangeError(`sizes.seq: expected a whole number ≥ 0, got ${typeof s.seq === 'string' ? JSON.stringify(s.seq) : s.seq}`);
    }
    const n_seq = s.seq;
    const n_tokens = n_batch * n_seq;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 16)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 16 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 16;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 16)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 16 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 16;
    const n_offset = 0;
    if (!(s.t !== undefined && s.t !== null)) {
      throw new RangeError(`sizes.t: missing; grid axis 't' has a run-time size`);
    }
    if (!(Number.isSafeInteger(s.t) && s.t >= 0)) {
      throw new RangeError(`sizes.t: expected a whole number ≥ 0, got ${typeof s.t === 'string' ? JSON.stringify(s.t) : s.t}`);
    }
    const n_grid_t = s.t;
    if (!(s.h !== undefined && s.h !== null)) {
      throw new RangeError(`sizes.h: missing; grid axis 'h' has a run-time size`);
    }
    if (!(Number.isSafeInteger(s.h) && s.h >= 0)) {
      throw new RangeError(`sizes.h: expected a whole number ≥ 0, got ${typeof s.h === 'string' ? JSON.stringify(s.h) : s.h}`);
    }
    const n_grid_h = s.h;
    if (!(s.w !== undefined && s.w !== null)) {
      throw new RangeError(`sizes.w: missing; grid axis 'w' has a run-time size`);
    }
    if (!(Number.isSafeInteger(s.w) && s.w >= 0)) {
      throw new RangeError(`sizes.w: expected a whole number ≥ 0, got ${typeof s.w === 'string' ? JSON.stringify(s.w) : s.w}`);
    }
    const n_grid_w = s.w;
    if (!(n_seq === 1 + (n_grid_t * n_grid_h) * n_grid_w)) {
      throw new RangeError(`sizes: each sequence must hold prefix + t·h·w = 1 + ${n_grid_t}·${n_grid_h}·${n_grid_w} = ${1 + (n_grid_t * n_grid_h) * n_grid_w} tokens, got ${n_seq}`);
    }
    if (!(q instanceof Float32Array)) {
      throw new RangeError(`q: expected a Float32Array of shape [batch, q_heads, seq, head_dim] = [${n_batch}, ${n_q_heads}, ${n_seq}, 48], got ${typeName(q)}`);
    }
    if (!(q.length === (n_tokens * n_q_heads) * 48)) {
      throw new RangeError(`q: expected shape [batch, q_heads, seq, head_dim] = [${n_batch}, ${n_q_heads}, ${n_seq}, 48] (${(n_tokens * n_q_heads) * 48} values), got length ${q.length}`);
    }
    if (!(k instanceof Float32Array)) {
      throw new RangeError(`k: expected a Float32Array of shape [batch, k_heads, seq, head_dim] = [${n_batch}, ${n_k_heads}, ${n_seq}, 48], got ${typeName(k)}`);
    }
    if (!(k.length === (n_tokens * n_k_heads) * 48)) {
      throw new RangeError(`k: expected shape [batch, k_heads, seq, head_dim] = [${n_batch}, ${n_k_heads}, ${n_seq}, 48] (${(n_tokens * n_k_heads) * 48} values), got length ${k.length}`);
    }
    return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset, grid_t: n_grid_t, grid_h: n_grid_h, grid_w: n_grid_w };
}

/** An argument's type in a message: an object by its constructor (Float32Array, Array), anything else by typeof. */
function typeName(x: unknown): string {
    return x === null ? 'null' : typeof x === 'object' ? (x as { constructor?: { name?: string } }).constructor?.name ?? 'object' : typeof x;
}

/**
 * Refuses a call in which an array it writes shares bytes with another of its arrays: the kernel
 * would read values it has already overwritten, or write one array over another. `views`: groups of
 * strided views that may share one buffer (the inputs, which validate() tells apart element by
 * element; the outputs, laid out like them): two arrays of one group are not compared here.
 */
function checkApart(arrays: Record<string, unknown>, written: readonly string[], views: readonly (readonly string[])[]): void {
    const given = Object.entries(arrays).filter((x): x is [string, ArrayBufferView] => ArrayBuffer.isView(x[1]));
    for (const name of written) {
        const a = arrays[name] as ArrayBufferView;
        for (const [other, b] of given) {
            // (An empty array holds no byte to share.)
            if (other === name || a.buffer !== b.buffer || a.byteLength === 0 || b.byteLength === 0 || views.some((group) => group.includes(name) && group.includes(other))) continue;
            const [lo, hi, otherLo, otherHi] = [a.byteOffset, a.byteOffset + a.byteLength, b.byteOffset, b.byteOffset + b.byteLength];
            if (lo < otherHi && otherLo < hi) throw new RangeError(`${name}: bytes [${lo}, ${hi}) of its ArrayBuffer are also ${other}'s [${otherLo}, ${otherHi}); an array the call writes must not share memory with another argument`);
        }
    }
}

function sizesOf(sizes: Sizes): { tokens: number; qHeads: number; kHeads: number } {
    const s = sizes as unknown as Record<string, number>;
    if (!(typeof s === 'object' && s !== null)) {
      throw new RangeError(`sizes: expected an object of run-time sizes, got ${typeName(s)}`);
    }
    if (!(s.batch !== undefined && s.batch !== null)) {
      throw new RangeError(`sizes.batch: missing; this layout has a batch axis`);
    }
    if (!(Number.isSafeInteger(s.batch) && s.batch >= 0)) {
      throw new RangeError(`sizes.batch: expected a whole number ≥ 0, got ${typeof s.batch === 'string' ? JSON.stringify(s.batch) : s.batch}`);
    }
    const n_batch = s.batch;
    if (!(s.seq !== undefined && s.seq !== null)) {
      throw new RangeError(`sizes.seq: missing; this layout has a seq axis`);
    }
    if (!(Number.isSafeInteger(s.seq) && s.seq >= 0)) {
      throw new RangeError(`sizes.seq: expected a whole number ≥ 0, got ${typeof s.seq === 'string' ? JSON.stringify(s.seq) : s.seq}`);
    }
    const n_seq = s.seq;
    const n_tokens = n_batch * n_seq;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 16)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 16 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 16;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 16)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 16 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 16;
    return { tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Float32Array, srck: Float32Array, dstq: Float32Array, dstk: Float32Array): void {
    const omega = OMEGA;
    if (srcq === dstq) rows(shape.batch, shape.seq, shape.grid_t, shape.grid_h, shape.grid_w, dstq, dstk);
    else rowsOut(shape.batch, shape.seq, shape.grid_t, shape.grid_h, shape.grid_w, dstq, srcq, dstk, srck);
}

/** in place, 1 item(s) per token (runs schedule). */
function rows(batch: number, seq: number, grid_t: number, grid_h: number, grid_w: number, q_out: Float32Array, k_out: Float32Array): void {
  const c0_1 = SCRATCH_rows_c0_1;
  const s0_1 = SCRATCH_rows_s0_1;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        let pos0_1 = 0;
        let pos1_1 = 0;
        let pos2_1 = 0;
        if (s < 1) {
          pos0_1 = 0;
          pos1_1 = 0;
          pos2_1 = 0;
        } else {
          let rest_1 = s - 1;
          const gs0_1 = grid_t;
          const gs1_1 = grid_h;
          const gs2_1 = grid_w;
          const gi2_1 = rest_1 % gs2_1;
          rest_1 = Math.trunc(rest_1 / gs2_1);
          const gi1_1 = rest_1 % gs1_1;
          rest_1 = Math.trunc(rest_1 / gs1_1);
          const gi0_1 = rest_1 % gs0_1;
          pos0_1 = gi0_1;
          pos1_1 = gi1_1;
          pos2_1 = gi2_1;
        }
        for (let i_1 = 0; i_1 < 24; i_1 += 4) {
          const p_2_0 = PAIR_COMPONENT[i_1] == 0 ? pos0_1 : PAIR_COMPONENT[i_1] == 1 ? pos1_1 : pos2_1;
          const angle_2_0 = p_2_0 * OMEGA[i_1];
          const cs0_1_0_0 = Math.cos(angle_2_0);
          const cs0_1_1_0 = Math.sin(angle_2_0);
          c0_1[i_1] = cs0_1_0_0;
          s0_1[i_1] = cs0_1_1_0;
          const p_2_1 = PAIR_COMPONENT[i_1 + 1] == 0 ? pos0_1 : PAIR_COMPONENT[i_1 + 1] == 1 ? pos1_1 : pos2_1;
          const angle_2_1 = p_2_1 * OMEGA[i_1 + 1];
          const cs0_1_0_1 = Math.cos(angle_2_1);
          const cs0_1_1_1 = Math.sin(angle_2_1);
          c0_1[i_1 + 1] = cs0_1_0_1;
          s0_1[i_1 + 1] = cs0_1_1_1;
          const p_2_2 = PAIR_COMPONENT[i_1 + 2] == 0 ? pos0_1 : PAIR_COMPONENT[i_1 + 2] == 1 ? pos1_1 : pos2_1;
          const angle_2_2 = p_2_2 * OMEGA[i_1 + 2];
          const cs0_1_0_2 = Math.cos(angle_2_2);
          const cs0_1_1_2 = Math.sin(angle_2_2);
          c0_1[i_1 + 2] = cs0_1_0_2;
          s0_1[i_1 + 2] = cs0_1_1_2;
          const p_2_3 = PAIR_COMPONENT[i_1 + 3] == 0 ? pos0_1 : PAIR_COMPONENT[i_1 + 3] == 1 ? pos1_1 : pos2_1;
          const angle_2_3 = p_2_3 * OMEGA[i_1 + 3];
          const cs0_1_0_3 = Math.cos(angle_2_3);
          const cs0_1_1_3 = Math.sin(angle_2_3);
          c0_1[i_1 + 3] = cs0_1_0_3;
          s0_1[i_1 + 3] = cs0_1_1_3;
        }
        for (let h_1 = 0; h_1 < 16; h_1++) {
          const o_1 = ((b * 16 + h_1) * seq + s) * 48;
          for (let i_1 = 0; i_1 < 24; i_1 += 4) {
            const xa_1_0 = q_out[o_1 + i_1 * 2];
            const xb_1_0 = q_out[(o_1 + 1) + i_1 * 2];
            const ci_1_0 = c0_1[i_1];
            const si_1_0 = s0_1[i_1];
            const xa_1_1 = q_out[o_1 + (i_1 + 1) * 2];
            const xb_1_1 = q_out[(o_1 + 1) + (i_1 + 1) * 2];
            const ci_1_1 = c0_1[i_1 + 1];
            const si_1_1 = s0_1[i_1 + 1];
            const xa_1_2 = q_out[o_1 + (i_1 + 2) * 2];
            const xb_1_2 = q_out[(o_1 + 1) + (i_1 + 2) * 2];
            const ci_1_2 = c0_1[i_1 + 2];
            const si_1_2 = s0_1[i_1 + 2];
            const xa_1_3 = q_out[o_1 + (i_1 + 3) * 2];
            const xb_1_3 = q_out[(o_1 + 1) + (i_1 + 3) * 2];
            const ci_1_3 = c0_1[i_1 + 3];
            const si_1_3 = s0_1[i_1 + 3];
            q_out[o_1 + i_1 * 2] = xa_1_0 * ci_1_0 - xb_1_0 * si_1_0;
            q_out[(o_1 + 1) + i_1 * 2] = xb_1_0 * ci_1_0 + xa_1_0 * si_1_0;
            q_out[o_1 + (i_1 + 1) * 2] = xa_1_1 * ci_1_1 - xb_1_1 * si_1_1;
            q_out[(o_1 + 1) + (i_1 + 1) * 2] = xb_1_1 * ci_1_1 + xa_1_1 * si_1_1;
            q_out[o_1 + (i_1 + 2) * 2] = xa_1_2 * ci_1_2 - xb_1_2 * si_1_2;
            q_out[(o_1 + 1) + (i_1 + 2) * 2] = xb_1_2 * ci_1_2 + xa_1_2 * si_1_2;
            q_out[o_1 + (i_1 + 3) * 2] = xa_1_3 * ci_1_3 - xb_1_3 * si_1_3;
            q_out[(o_1 + 1) + (i_1 + 3) * 2] = xb_1_3 * ci_1_3 + xa_1_3 * si_1_3;
          }
        }
        for (let h_1 = 0; h_1 < 16; h_1++) {
          const o_1 = ((b * 16 + h_1) * seq + s) * 48;
          for (let i_1 = 0; i_1 < 24; i_1 += 4) {
            const xa_1_0 = k_out[o_1 + i_1 * 2];
            const xb_1_0 = k_out[(o_1 + 1) + i_1 * 2];
            const ci_1_0 = c0_1[i_1];
            const si_1_0 = s0_1[i_1];
            const xa_1_1 = k_out[o_1 + (i_1 + 1) * 2];
            const xb_1_1 = k_out[(o_1 + 1) + (i_1 + 1) * 2];
            const ci_1_1 = c0_1[i_1 + 1];
            const si_1_1 = s0_1[i_1 + 1];
            const xa_1_2 = k_out[o_1 + (i_1 + 2) * 2];
            const xb_1_2 = k_out[(o_1 + 1) + (i_1 + 2) * 2];
            const ci_1_2 = c0_1[i_1 + 2];
            const si_1_2 = s0_1[i_1 + 2];
            const xa_1_3 = k_out[o_1 + (i_1 + 3) * 2];
            const xb_1_3 = k_out[(o_1 + 1) + (i_1 + 3) * 2];
            const ci_1_3 = c0_1[i_1 + 3];
            const si_1_3 = s0_1[i_1 + 3];
            k_out[o_1 + i_1 * 2] = xa_1_0 * ci_1_0 - xb_1_0 * si_1_0;
            k_out[(o_1 + 1) + i_1 * 2] = xb_1_0 * ci_1_0 + xa_1_0 * si_1_0;
            k_out[o_1 + (i_1 + 1) * 2] = xa_1_1 * ci_1_1 - xb_1_1 * si_1_1;
            k_out[(o_1 + 1) + (i_1 + 1) * 2] = xb_1_1 * ci_1_1 + xa_1_1 * si_1_1;
            k_out[o_1 + (i_1 + 2) * 2] = xa_1_2 * ci_1_2 - xb_1_2 * si_1_2;
            k_out[(o_1 + 1) + (i_1 + 2) * 2] = xb_1_2 * ci_1_2 + xa_1_2 * si_1_2;
            k_out[o_1 + (i_1 + 3) * 2] = xa_1_3 * ci_1_3 - xb_1_3 * si_1_3;
            k_out[(o_1 + 1) + (i_1 + 3) * 2] = xb_1_3 * ci_1_3 + xa_1_3 * si_1_3;
          }
        }
    }
  }
}

/** out of place, 1 item(s) per token (runs schedule). */
function rowsOut(batch: number, seq: number, grid_t: number, grid_h: number, grid_w: number, q_out: Float32Array, q_in: Float32Array, k_out: Float32Array, k_in: Float32Array): void {
  const c0_3 = SCRATCH_rowsOut_c0_3;
  const s0_3 = SCRATCH_rowsOut_s0_3;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        let pos0_3 = 0;
        let pos1_3 = 0;
        let pos2_3 = 0;
        if (s < 1) {
          pos0_3 = 0;
          pos1_3 = 0;
          pos2_3 = 0;
        } else {
          let rest_3 = s - 1;
          const gs0_3 = grid_t;
          const gs1_3 = grid_h;
          const gs2_3 = grid_w;
          const gi2_3 = rest_3 % gs2_3;
          rest_3 = Math.trunc(rest_3 / gs2_3);
          const gi1_3 = rest_3 % gs1_3;
          rest_3 = Math.trunc(rest_3 / gs1_3);
          const gi0_3 = rest_3 % gs0_3;
          pos0_3 = gi0_3;
          pos1_3 = gi1_3;
          pos2_3 = gi2_3;
        }
        for (let i_3 = 0; i_3 < 24; i_3 += 4) {
          const p_4_0 = PAIR_COMPONENT[i_3] == 0 ? pos0_3 : PAIR_COMPONENT[i_3] == 1 ? pos1_3 : pos2_3;
          const angle_4_0 = p_4_0 * OMEGA[i_3];
          const cs0_3_0_0 = Math.cos(angle_4_0);
          const cs0_3_1_0 = Math.sin(angle_4_0);
          c0_3[i_3] = cs0_3_0_0;
          s0_3[i_3] = cs0_3_1_0;
          const p_4_1 = PAIR_COMPONENT[i_3 + 1] == 0 ? pos0_3 : PAIR_COMPONENT[i_3 + 1] == 1 ? pos1_3 : pos2_3;
          const angle_4_1 = p_4_1 * OMEGA[i_3 + 1];
          const cs0_3_0_1 = Math.cos(angle_4_1);
          const cs0_3_1_1 = Math.sin(angle_4_1);
          c0_3[i_3 + 1] = cs0_3_0_1;
          s0_3[i_3 + 1] = cs0_3_1_1;
          const p_4_2 = PAIR_COMPONENT[i_3 + 2] == 0 ? pos0_3 : PAIR_COMPONENT[i_3 + 2] == 1 ? pos1_3 : pos2_3;
          const angle_4_2 = p_4_2 * OMEGA[i_3 + 2];
          const cs0_3_0_2 = Math.cos(angle_4_2);
          const cs0_3_1_2 = Math.sin(angle_4_2);
          c0_3[i_3 + 2] = cs0_3_0_2;
          s0_3[i_3 + 2] = cs0_3_1_2;
          const p_4_3 = PAIR_COMPONENT[i_3 + 3] == 0 ? pos0_3 : PAIR_COMPONENT[i_3 + 3] == 1 ? pos1_3 : pos2_3;
          const angle_4_3 = p_4_3 * OMEGA[i_3 + 3];
          const cs0_3_0_3 = Math.cos(angle_4_3);
          const cs0_3_1_3 = Math.sin(angle_4_3);
          c0_3[i_3 + 3] = cs0_3_0_3;
          s0_3[i_3 + 3] = cs0_3_1_3;
        }
        for (let h_3 = 0; h_3 < 16; h_3++) {
          const o_3 = ((b * 16 + h_3) * seq + s) * 48;
          for (let i_3 = 0; i_3 < 24; i_3 += 4) {
            const xa_3_0 = q_in[o_3 + i_3 * 2];
            const xb_3_0 = q_in[(o_3 + 1) + i_3 * 2];
            const ci_3_0 = c0_3[i_3];
            const si_3_0 = s0_3[i_3];
            const xa_3_1 = q_in[o_3 + (i_3 + 1) * 2];
            const xb_3_1 = q_in[(o_3 + 1) + (i_3 + 1) * 2];
            const ci_3_1 = c0_3[i_3 + 1];
            const si_3_1 = s0_3[i_3 + 1];
            const xa_3_2 = q_in[o_3 + (i_3 + 2) * 2];
            const xb_3_2 = q_in[(o_3 + 1) + (i_3 + 2) * 2];
            const ci_3_2 = c0_3[i_3 + 2];
            const si_3_2 = s0_3[i_3 + 2];
            const xa_3_3 = q_in[o_3 + (i_3 + 3) * 2];
            const xb_3_3 = q_in[(o_3 + 1) + (i_3 + 3) * 2];
            const ci_3_3 = c0_3[i_3 + 3];
            const si_3_3 = s0_3[i_3 + 3];
            q_out[o_3 + i_3 * 2] = xa_3_0 * ci_3_0 - xb_3_0 * si_3_0;
            q_out[(o_3 + 1) + i_3 * 2] = xb_3_0 * ci_3_0 + xa_3_0 * si_3_0;
            q_out[o_3 + (i_3 + 1) * 2] = xa_3_1 * ci_3_1 - xb_3_1 * si_3_1;
            q_out[(o_3 + 1) + (i_3 + 1) * 2] = xb_3_1 * ci_3_1 + xa_3_1 * si_3_1;
            q_out[o_3 + (i_3 + 2) * 2] = xa_3_2 * ci_3_2 - xb_3_2 * si_3_2;
            q_out[(o_3 + 1) + (i_3 + 2) * 2] = xb_3_2 * ci_3_2 + xa_3_2 * si_3_2;
            q_out[o_3 + (i_3 + 3) * 2] = xa_3_3 * ci_3_3 - xb_3_3 * si_3_3;
            q_out[(o_3 + 1) + (i_3 + 3) * 2] = xb_3_3 * ci_3_3 + xa_3_3 * si_3_3;
          }
        }
        for (let h_3 = 0; h_3 < 16; h_3++) {
          const o_3 = ((b * 16 + h_3) * seq + s) * 48;
          for (let i_3 = 0; i_3 < 24; i_3 += 4) {
            const xa_3_0 = k_in[o_3 + i_3 * 2];
            const xb_3_0 = k_in[(o_3 + 1) + i_3 * 2];
            const ci_3_0 = c0_3[i_3];
            const si_3_0 = s0_3[i_3];
            const xa_3_1 = k_in[o_3 + (i_3 + 1) * 2];
            const xb_3_1 = k_in[(o_3 + 1) + (i_3 + 1) * 2];
            const ci_3_1 = c0_3[i_3 + 1];
            const si_3_1 = s0_3[i_3 + 1];
            const xa_3_2 = k_in[o_3 + (i_3 + 2) * 2];
            const xb_3_2 = k_in[(o_3 + 1) + (i_3 + 2) * 2];
            const ci_3_2 = c0_3[i_3 + 2];
            const si_3_2 = s0_3[i_3 + 2];
            const xa_3_3 = k_in[o_3 + (i_3 + 3) * 2];
            const xb_3_3 = k_in[(o_3 + 1) + (i_3 + 3) * 2];
            const ci_3_3 = c0_3[i_3 + 3];
            const si_3_3 = s0_3[i_3 + 3];
            k_out[o_3 + i_3 * 2] = xa_3_0 * ci_3_0 - xb_3_0 * si_3_0;
            k_out[(o_3 + 1) + i_3 * 2] = xb_3_0 * ci_3_0 + xa_3_0 * si_3_0;
            k_out[o_3 + (i_3 + 1) * 2] = xa_3_1 * ci_3_1 - xb_3_1 * si_3_1;
            k_out[(o_3 + 1) + (i_3 + 1) * 2] = xb_3_1 * ci_3_1 + xa_3_1 * si_3_1;
            k_out[o_3 + (i_3 + 2) * 2] = xa_3_2 * ci_3_2 - xb_3_2 * si_3_2;
            k_out[(o_3 + 1) + (i_3 + 2) * 2] = xb_3_2 * ci_3_2 + xa_3_2 * si_3_2;
            k_out[o_3 + (i_3 + 3) * 2] = xa_3_3 * ci_3_3 - xb_3_3 * si_3_3;
            k_out[(o_3 + 1) + (i_3 + 3) * 2] = xb_3_3 * ci_3_3 + xa_3_3 * si_3_3;
          }
        }
    }
  }
}

function cosSinKernel(inputs: Inputs, shape: Shape, cs: Float32Array): void {
    const omega = OMEGA;
    cosSinRows(shape.batch, shape.seq, shape.grid_t, shape.grid_h, shape.grid_w, cs);
}

/** cos and sin of every pair into cs [tokens, 2, 24]. */
function cosSinRows(batch: number, seq: number, grid_t: number, grid_h: number, grid_w: number, cs: Float32Array): void {
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        let pos0 = 0;
        let pos1 = 0;
        let pos2 = 0;
        if (s < 1) {
          pos0 = 0;
          pos1 = 0;
          pos2 = 0;
        } else {
          let rest = s - 1;
          const gs0 = grid_t;
          const gs1 = grid_h;
          const gs2 = grid_w;
          const gi2 = rest % gs2;
          rest = Math.trunc(rest / gs2);
          const gi1 = rest % gs1;
          rest = Math.trunc(rest / gs1);
          const gi0 = rest % gs0;
          pos0 = gi0;
          pos1 = gi1;
          pos2 = gi2;
        }
        for (let j = 0; j < 24; j += 4) {
          const p_5_0 = PAIR_COMPONENT[j] == 0 ? pos0 : PAIR_COMPONENT[j] == 1 ? pos1 : pos2;
          const angle_5_0 = p_5_0 * OMEGA[j];
          const cs0_0_0 = Math.cos(angle_5_0);
          const cs0_1_0 = Math.sin(angle_5_0);
          cs[flat * 48 + j] = cs0_0_0;
          cs[(flat * 48 + 24) + j] = cs0_1_0;
          const p_5_1 = PAIR_COMPONENT[j + 1] == 0 ? pos0 : PAIR_COMPONENT[j + 1] == 1 ? pos1 : pos2;
          const angle_5_1 = p_5_1 * OMEGA[j + 1];
          const cs0_0_1 = Math.cos(angle_5_1);
          const cs0_1_1 = Math.sin(angle_5_1);
          cs[flat * 48 + (j + 1)] = cs0_0_1;
          cs[(flat * 48 + 24) + (j + 1)] = cs0_1_1;
          const p_5_2 = PAIR_COMPONENT[j + 2] == 0 ? pos0 : PAIR_COMPONENT[j + 2] == 1 ? pos1 : pos2;
          const angle_5_2 = p_5_2 * OMEGA[j + 2];
          const cs0_0_2 = Math.cos(angle_5_2);
          const cs0_1_2 = Math.sin(angle_5_2);
          cs[flat * 48 + (j + 2)] = cs0_0_2;
          cs[(flat * 48 + 24) + (j + 2)] = cs0_1_2;
          const p_5_3 = PAIR_COMPONENT[j + 3] == 0 ? pos0 : PAIR_COMPONENT[j + 3] == 1 ? pos1 : pos2;
          const angle_5_3 = p_5_3 * OMEGA[j + 3];
          const cs0_0_3 = Math.cos(angle_5_3);
          const cs0_1_3 = Math.sin(angle_5_3);
          cs[flat * 48 + (j + 3)] = cs0_0_3;
          cs[(flat * 48 + 24) + (j + 3)] = cs0_1_3;
        }
    }
  }
}

/** Groups of arrays that may be strided views of one buffer (`strided`): the inputs, and the outputs. */
const VIEWS: readonly (readonly string[])[] = [];

/** Rotates q and k of rope mvit_axial3d in place. Throws RangeError naming the argument on bad input. */
export function rotateInPlace(inputs: Inputs): void {
    const shape = validate(inputs);
    checkApart(inputs as unknown as Record<string, unknown>, ['q', 'k'], VIEWS);
    kernel(inputs, shape, inputs.q, inputs.k, inputs.q, inputs.k);
}

/** Writes the rotated q and k into `out` (same shapes as the inputs); the inputs are not changed. */
export function rotateInto(inputs: Inputs, out: Outputs): void {
    const shape = validate(inputs);
    if (!(out.q instanceof Float32Array) || out.q.length !== inputs.q.length) throw new RangeError(`out.q: expected a Float32Array of length ${inputs.q.length}`);
    if (!(out.k instanceof Float32Array) || out.k.length !== inputs.k.length) throw new RangeError(`out.k: expected a Float32Array of length ${inputs.k.length}`);
    // Outputs in the memory of an input could overwrite elements still to be read: refused whole.
    if ([out.q.buffer, out.k.buffer].some((b) => b === inputs.q.buffer || b === inputs.k.buffer)) throw new RangeError('out: must not alias the inputs; use rotateInPlace');
    checkApart({ ...inputs, 'out.q': out.q, 'out.k': out.k }, ['out.q', 'out.k'], VIEWS);
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
  /**
   * Rotates q and k in place; `extra` holds the other inputs (positions, offsets, …), as for
   * rotateInPlace, and `extra.sizes` this call's sizes where they differ from the ones the kernel
   * was created with (offset, seq_len, fewer tokens: the call reads and writes the first rows of
   * q and k). More tokens than at creation, or other head counts, are refused, and so is an
   * array the kernel holds in its memory (q, k): write it there.
   */
  rotateInPlace(extra?: Omit<Inputs, 'sizes' | 'q' | 'k'> & { sizes?: Partial<Sizes> }): void;
  /** The memory q and k are views of (strided specs: the buffer of createWasmKernel's views). */
  readonly buffer: Float32Array;
}

/** The arrays a WebAssembly kernel holds in its memory: rotateInPlace's `extra` never gives them. */
const OWNED = ['q', 'k'];

/** Whether createWasmKernel works for this spec: every spec has it (kept for modules that test it). */
export const WASM_KERNEL = true;

// rotate(q, k, cs, tokens, qHeads, kHeads, qts, qhs, kts, khs): the f32x4 rotation, assembled by ropec (src/backends/ts/wasm.ts).
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 23, 2, 96, 10, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 0, 96, 6, 127, 127, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 155, 9, 2, 69, 1, 2, 127, 65, 0, 33, 10, 2, 64, 3, 64, 32, 10, 32, 3, 79, 13, 1, 32, 2, 32, 10, 65, 192, 1, 108, 106, 33, 11, 32, 0, 32, 4, 32, 10, 32, 11, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 10, 32, 11, 32, 8, 32, 9, 16, 1, 32, 10, 65, 1, 106, 33, 10, 12, 0, 11, 11, 11, 210, 8, 3, 5, 127, 6, 123, 4, 125, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 7, 253, 0, 2, 0, 33, 11, 32, 7, 253, 0, 2, 16, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 3, 253, 0, 2, 0, 33, 13, 32, 3, 253, 0, 2, 96, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 7, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 0, 32, 7, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 16, 32, 7, 253, 0, 2, 32, 33, 11, 32, 7, 253, 0, 2, 48, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 3, 253, 0, 2, 16, 33, 13, 32, 3, 253, 0, 2, 112, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 7, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 32, 32, 7, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 48, 32, 7, 253, 0, 2, 64, 33, 11, 32, 7, 253, 0, 2, 80, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 3, 253, 0, 2, 32, 33, 13, 32, 3, 253, 0, 2, 128, 1, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 7, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 64, 32, 7, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 80, 32, 7, 253, 0, 2, 96, 33, 11, 32, 7, 253, 0, 2, 112, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 3, 253, 0, 2, 48, 33, 13, 32, 3, 253, 0, 2, 144, 1, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 7, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 96, 32, 7, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 112, 32, 7, 253, 0, 2, 128, 1, 33, 11, 32, 7, 253, 0, 2, 144, 1, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 3, 253, 0, 2, 64, 33, 13, 32, 3, 253, 0, 2, 160, 1, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 7, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 128, 1, 32, 7, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 144, 1, 32, 7, 253, 0, 2, 160, 1, 33, 11, 32, 7, 253, 0, 2, 176, 1, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 3, 253, 0, 2, 80, 33, 13, 32, 3, 253, 0, 2, 176, 1, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 7, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 253, 11, 2, 160, 1, 32, 7, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 253, 11, 2, 176, 1, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11]);
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
  const { tokens, qHeads, kHeads } = sizesOf(sizes);
  // The sizes as they are now: a later change to the caller's object does not move the kernel's capacity.
  sizes = { ...sizes };
  const qLen = tokens * qHeads * 48;
  const kLen = tokens * kHeads * 48;
  const dataLen = qLen + kLen;
  const csLen = tokens * 48;
  const bytes = (dataLen + csLen) * 4;
  const pages = Math.max(1, Math.ceil(bytes / 65536));
  if (pages > 65536) throw new RangeError(`sizes: q, k (v and the KV caches) and the cos/sin table need ${bytes} bytes; WebAssembly memory holds at most 4 GiB`);
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) throw new RangeError(`createWasmKernel: this JavaScript engine has no WebAssembly; use rotateInPlace`);
  wasmModule ??= new wasm.Module(WASM_ROTATE);
  const memory = new wasm.Memory({ initial: pages });
  const rotateWasm = new wasm.Instance(wasmModule, { env: { memory } }).exports.rotate as (q: number, k: number, cs: number, tokens: number, qHeads: number, kHeads: number, qts: number, qhs: number, kts: number, khs: number) => void;
  const buffer = new Float32Array(memory.buffer, 0, dataLen);
  const q = buffer.subarray(0, qLen);
  const k = buffer.subarray(qLen);
  const cs = new Float32Array(memory.buffer, dataLen * 4, csLen);
  return {
    q,
    k,
    buffer,
    rotateInPlace(extra) {
      for (const name of OWNED) {
        if ((extra as Record<string, unknown> | undefined)?.[name] !== undefined) throw new RangeError(`extra.${name}: this WebAssembly kernel holds ${name} in its own memory (kernel.${name}); write the values there instead of passing them`);
      }
      const callSizes = (extra?.sizes === undefined ? sizes : { ...sizes, ...extra.sizes }) as Sizes;
      const call = callSizes === sizes ? { tokens, qHeads, kHeads } : sizesOf(callSizes);
      if (call.qHeads !== qHeads || call.kHeads !== kHeads) throw new RangeError(`sizes: ${call.qHeads} q heads and ${call.kHeads} k heads, but this WebAssembly kernel was created for ${qHeads} and ${kHeads}`);
      if (call.tokens > tokens) throw new RangeError(`sizes: ${call.tokens} tokens, but this WebAssembly kernel was created for at most ${tokens}`);
      const inputs = { ...extra, q: call.tokens === tokens ? q : q.subarray(0, call.tokens * qHeads * 48), k: call.tokens === tokens ? k : k.subarray(0, call.tokens * kHeads * 48), sizes: callSizes } as Inputs;
      const shape = validate(inputs);
      const [qts, qhs, kts, khs] = [192, shape.seq * 192, 192, shape.seq * 192];
      cosSinKernel(inputs, shape, cs);
      for (let b = 0; b < shape.batch; b++) {
        const start = b * shape.seq;
        const cs0 = (dataLen + start * 48) * 4;
        if (shape.seq >= 16) {
          for (let h = 0; h < shape.qHeads; h++) rotateWasm(0 + start * shape.qHeads * 192 + h * qhs, qLen * 4, cs0, shape.seq, 1, 0, qts, qhs, kts, khs);
          for (let h = 0; h < shape.kHeads; h++) rotateWasm(0, qLen * 4 + start * shape.kHeads * 192 + h * khs, cs0, shape.seq, 0, 1, qts, qhs, kts, khs);
          continue;
        }
        rotateWasm(0 + start * shape.qHeads * 192, qLen * 4 + start * shape.kHeads * 192, cs0, shape.seq, shape.qHeads, shape.kHeads, qts, qhs, kts, khs);
      }
    },
  };
}

const BITS_F32 = new Float32Array(1);
const BITS_I32 = new Int32Array(BITS_F32.buffer);

/** The f32 whose bits are the i32 w (a segment table's fraction word). */
function bitsToF32(w: number): number {
  BITS_I32[0] = w;
  return BITS_F32[0];
}
