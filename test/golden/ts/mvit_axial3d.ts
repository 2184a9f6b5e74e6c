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
      throw new RangeError(`sizes: expected an object of run-time sizes, got ${s === null ? 'null' : typeof s}`);
    }
    if (!(s.batch !== undefined && s.batch !== null)) {
      throw new RangeError(`sizes.batch: missing; this layout has a batch axis`);
    }
    if (!(Number.isSafeInteger(s.batch) && s.batch >= 0)) {
      throw new RangeError(`sizes.batch: expected a whole number ≥ 0, got ${s.batch}`);
    }
    const n_batch = s.batch;
    if (!(s.seq !== undefined && s.seq !== null)) {
      throw new RangeError(`sizes.seq: missing; this layout has a seq axis`);
    }
    if (!(Number.isSafeInteger(s.seq) && s.seq >= 0)) {
      throw new RangeError(`sizes.seq: expected a whole number ≥ 0, got ${s.seq}`);
    }
    const n_seq = s.seq;
    const n_tokens = n_batch * n_seq;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 16)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 16 q heads, got ${s.q_heads}`);
    }
    const n_q_heads = 16;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 16)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 16 k heads, got ${s.k_heads}`);
    }
    const n_k_heads = 16;
    const n_offset = 0;
    if (!(s.t !== undefined && s.t !== null)) {
      throw new RangeError(`sizes.t: missing; grid axis 't' has a run-time size`);
    }
    if (!(Number.isSafeInteger(s.t) && s.t >= 0)) {
      throw new RangeError(`sizes.t: expected a whole number ≥ 0, got ${s.t}`);
    }
    const n_grid_t = s.t;
    if (!(s.h !== undefined && s.h !== null)) {
      throw new RangeError(`sizes.h: missing; grid axis 'h' has a run-time size`);
    }
    if (!(Number.isSafeInteger(s.h) && s.h >= 0)) {
      throw new RangeError(`sizes.h: expected a whole number ≥ 0, got ${s.h}`);
    }
    const n_grid_h = s.h;
    if (!(s.w !== undefined && s.w !== null)) {
      throw new RangeError(`sizes.w: missing; grid axis 'w' has a run-time size`);
    }
    if (!(Number.isSafeInteger(s.w) && s.w >= 0)) {
      throw new RangeError(`sizes.w: expected a whole number ≥ 0, got ${s.w}`);
    }
    const n_grid_w = s.w;
    if (!(n_seq === 1 + (n_grid_t * n_grid_h) * n_grid_w)) {
      throw new RangeError(`sizes: each sequence must hold prefix + t·h·w = 1 + ${n_grid_t}·${n_grid_h}·${n_grid_w} = ${1 + (n_grid_t * n_grid_h) * n_grid_w} tokens, got ${n_seq}`);
    }
    if (!(q instanceof Float32Array)) {
      throw new RangeError(`q: expected a Float32Array of shape [batch, q_heads, seq, head_dim] = [${n_batch}, ${n_q_heads}, ${n_seq}, 48], got ${q === null ? 'null' : typeof q}`);
    }
    if (!(q.length === (n_tokens * n_q_heads) * 48)) {
      throw new RangeError(`q: expected shape [batch, q_heads, seq, head_dim] = [${n_batch}, ${n_q_heads}, ${n_seq}, 48] (${(n_tokens * n_q_heads) * 48} values), got length ${q.length}`);
    }
    if (!(k instanceof Float32Array)) {
      throw new RangeError(`k: expected a Float32Array of shape [batch, k_heads, seq, head_dim] = [${n_batch}, ${n_k_heads}, ${n_seq}, 48], got ${k === null ? 'null' : typeof k}`);
    }
    if (!(k.length === (n_tokens * n_k_heads) * 48)) {
      throw new RangeError(`k: expected shape [batch, k_heads, seq, head_dim] = [${n_batch}, ${n_k_heads}, ${n_seq}, 48] (${(n_tokens * n_k_heads) * 48} values), got length ${k.length}`);
    }
    return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset, grid_t: n_grid_t, grid_h: n_grid_h, grid_w: n_grid_w };
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
    // Outputs in the memory of an input could overwrite elements still to be read: refused whole.
    if ([out.q.buffer, out.k.buffer].some((b) => b === inputs.q.buffer || b === inputs.k.buffer)) throw new RangeError('out: must not alias the inputs; use rotateInPlace');
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
   * q and k). More tokens than at creation, or other head counts, are refused.
   */
  rotateInPlace(extra?: Omit<Inputs, 'q' | 'k' | 'sizes'> & { sizes?: Partial<Sizes> }): void;
  /** The memory q and k are views of (strided specs: the buffer of createWasmKernel's views). */
  readonly buffer: Float32Array;
}

/** Whether createWasmKernel works for this spec. */
export const WASM_KERNEL = false;

/** Not available for this spec: throws a RangeError saying why. */
export function createWasmKernel(sizes: Sizes): WasmKernel {
  void sizes;
  throw new RangeError("createWasmKernel: rope mvit_axial3d has no WebAssembly kernel: its layout is [batch, heads, seq, dim] (the WebAssembly kernel needs tokens outermost); use rotateInPlace");
}

const BITS_F32 = new Float32Array(1);
const BITS_I32 = new Int32Array(BITS_F32.buffer);

/** The f32 whose bits are the i32 w (a segment table's fraction word). */
function bitsToF32(w: number): number {
  BITS_I32[0] = w;
  return BITS_F32[0];
}
