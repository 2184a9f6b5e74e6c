// Generated from spec/deepseek_v3.rope (rope deepseek_v3) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 84f4c62a7df01224
/* eslint-disable */
export const SPEC = {"name":"deepseek_v3","headDim":64,"headDims":{"q":192,"k":64},"rotaryDim":64,"pairs":32,"axes":["pos"],"qHeads":128,"kHeads":1,"layout":"thd","dtype":"bf16","positions":"tensor","attentionFactor":1,"specHash":"84f4c62a7df01224"} as const;

const OMEGA = new Float64Array([1.0, 0.7498942093324559, 0.5623413251903491, 0.4216965034285822, 0.31622776601683794, 0.23713737056616552, 0.17782794100389226, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.03900692656714386, 0.026879360111431223, 0.018378146218877827, 0.01244795587027246, 0.008334508951020777, 0.0055, 0.003561997494329165, 0.002249365300761396, 0.0013705136361428923, 0.0007905694150420946, 0.0004149903984907897, 0.0001778279410038922, 0.0000333380358040831, 0.000025, 0.000018747355233311393, 0.000014058533129758727, 0.000010542412585714556, 0.000007905694150420949, 0.0000059284342641541385, 0.000004445698525097307, 0.0000033338035804083097]);

const SCRATCH_rows_c0_1 = new Float64Array(32);

const SCRATCH_rows_s0_1 = new Float64Array(32);

const SCRATCH_rows_c0_3 = new Float64Array(32);

const SCRATCH_rows_s0_3 = new Float64Array(32);

const SCRATCH_rowsOut_c0_5 = new Float64Array(32);

const SCRATCH_rowsOut_s0_5 = new Float64Array(32);

const SCRATCH_rowsOut_c0_7 = new Float64Array(32);

const SCRATCH_rowsOut_s0_7 = new Float64Array(32);

export interface Sizes {
    /** number of tokens (all sequences together) */
    tokens: number;
    /** fixed by the spec: 128 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 1 (may be left out; must equal it if given) */
    k_heads?: number;
    /** elements from one token of q to the next; TypeScript hosts: default 128·192 (contiguous) */
    q_token_stride?: number;
    /** elements from one head of q to the next; TypeScript hosts: default 192 */
    q_head_stride?: number;
    /** elements from one token of k to the next; TypeScript hosts: default 1·64 (contiguous) */
    k_token_stride?: number;
    /** elements from one head of k to the next; TypeScript hosts: default 64 */
    k_head_stride?: number;
}

export interface Inputs {
    /** query, shape [tokens, 128, 192] */
    q: Uint16Array;
    /** key, shape [tokens, 1, 64] */
    k: Uint16Array;
    sizes: Sizes;
    /** one position per token, shape [tokens] */
    positions: Int32Array;
}

export interface Outputs {
    q: Uint16Array;
    k: Uint16Array;
}

interface Shape {
    batch: number;
    seq: number;
    tokens: number;
    qHeads: number;
    kHeads: number;
    offset: number;
    q_token_stride: number;
    q_head_stride: number;
    k_token_stride: number;
    k_head_stride: number;
}

function validate(inputs: Inputs): Shape {
    const s = inputs.sizes as unknown as Record<string, number>;
    const q = inputs.q as ArrayLike<number>;
    const k = inputs.k as ArrayLike<number>;
    const positions = inputs.positions as ArrayLike<number>;
    if (!(typeof s === 'object' && s !== null)) {
      throw new RangeError(`sizes: expected an object of run-time sizes, got ${typeName(s)}`);
    }
    if (!(s.tokens !== undefined && s.tokens !== null)) {
      throw new RangeError(`sizes.tokens: missing; layout [tokens, heads, dim] needs the token count`);
    }
    if (!(Number.isSafeInteger(s.tokens) && s.tokens >= 0)) {
      throw new RangeError(`sizes.tokens: expected a whole number ≥ 0, got ${typeof s.tokens === 'string' ? JSON.stringify(s.tokens) : s.tokens}`);
    }
    const n_tokens = s.tokens;
    const n_batch = 1;
    const n_seq = n_tokens;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 128)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 128 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 128;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 1)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 1 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 1;
    const n_offset = 0;
    if (!(positions !== undefined && positions !== null)) {
      throw new RangeError(`positions: missing; expected shape [tokens] = [${n_tokens}] (${1 * n_tokens} i32 values)`);
    }
    if (!(positions instanceof Int32Array)) {
      throw new RangeError(`positions: expected Int32Array of shape [tokens] = [${n_tokens}], got ${typeName(positions)}`);
    }
    if (!(positions.length === 1 * n_tokens)) {
      throw new RangeError(`positions: expected shape [tokens] = [${n_tokens}] (${1 * n_tokens} positions), got length ${positions.length}`);
    }
    let n_q_token_stride = n_q_heads * 192;
    if ((s.q_token_stride !== undefined && s.q_token_stride !== null)) {
      if (!(Number.isSafeInteger(s.q_token_stride) && s.q_token_stride >= 0)) {
        throw new RangeError(`sizes.q_token_stride: expected a whole number ≥ 0, got ${typeof s.q_token_stride === 'string' ? JSON.stringify(s.q_token_stride) : s.q_token_stride}`);
      }
      n_q_token_stride = s.q_token_stride;
    }
    let n_q_head_stride = 192;
    if ((s.q_head_stride !== undefined && s.q_head_stride !== null)) {
      if (!(Number.isSafeInteger(s.q_head_stride) && s.q_head_stride >= 0)) {
        throw new RangeError(`sizes.q_head_stride: expected a whole number ≥ 0, got ${typeof s.q_head_stride === 'string' ? JSON.stringify(s.q_head_stride) : s.q_head_stride}`);
      }
      n_q_head_stride = s.q_head_stride;
    }
    if (!(n_q_heads <= 1 || n_q_head_stride >= 192)) {
      throw new RangeError(`sizes.q_head_stride: ${n_q_head_stride} is below head_dim 192: the heads of q would overlap`);
    }
    if (!(n_tokens <= 1 || n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 192)) {
      throw new RangeError(`sizes.q_token_stride: ${n_q_token_stride} is below the ${(n_q_heads - 1) * n_q_head_stride + 192} elements one token of q spans ((heads − 1) · head stride + head_dim): its tokens would overlap`);
    }
    let n_k_token_stride = n_k_heads * 64;
    if ((s.k_token_stride !== undefined && s.k_token_stride !== null)) {
      if (!(Number.isSafeInteger(s.k_token_stride) && s.k_token_stride >= 0)) {
        throw new RangeError(`sizes.k_token_stride: expected a whole number ≥ 0, got ${typeof s.k_token_stride === 'string' ? JSON.stringify(s.k_token_stride) : s.k_token_stride}`);
      }
      n_k_token_stride = s.k_token_stride;
    }
    let n_k_head_stride = 64;
    if ((s.k_head_stride !== undefined && s.k_head_stride !== null)) {
      if (!(Number.isSafeInteger(s.k_head_stride) && s.k_head_stride >= 0)) {
        throw new RangeError(`sizes.k_head_stride: expected a whole number ≥ 0, got ${typeof s.k_head_stride === 'string' ? JSON.stringify(s.k_head_stride) : s.k_head_stride}`);
      }
      n_k_head_stride = s.k_head_stride;
    }
    if (!(n_k_heads <= 1 || n_k_head_stride >= 64)) {
      throw new RangeError(`sizes.k_head_stride: ${n_k_head_stride} is below head_dim 64: the heads of k would overlap`);
    }
    if (!(n_tokens <= 1 || n_k_token_stride >= (n_k_heads - 1) * n_k_head_stride + 64)) {
      throw new RangeError(`sizes.k_token_stride: ${n_k_token_stride} is below the ${(n_k_heads - 1) * n_k_head_stride + 64} elements one token of k spans ((heads − 1) · head stride + head_dim): its tokens would overlap`);
    }
    if (!(q instanceof Uint16Array)) {
      throw new RangeError(`q: expected a Uint16Array of shape [tokens, q_heads, head_dim] = [${n_tokens}, ${n_q_heads}, 192], got ${typeName(q)}`);
    }
    if (!(q.length >= (n_tokens === 0 ? 0 : ((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 192))) {
      throw new RangeError(`q: ${n_tokens} tokens with token stride ${n_q_token_stride} and head stride ${n_q_head_stride} reach element ${n_tokens === 0 ? 0 : ((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 192}, but the array holds ${q.length}`);
    }
    if (!(k instanceof Uint16Array)) {
      throw new RangeError(`k: expected a Uint16Array of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 64], got ${typeName(k)}`);
    }
    if (!(k.length >= (n_tokens === 0 ? 0 : ((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 64))) {
      throw new RangeError(`k: ${n_tokens} tokens with token stride ${n_k_token_stride} and head stride ${n_k_head_stride} reach element ${n_tokens === 0 ? 0 : ((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 64}, but the array holds ${k.length}`);
    }
    if (!((n_tokens === 0 || !(k.buffer === q.buffer)) || (((((q.byteOffset / q.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_q_token_stride) + ((n_q_heads - 1) * n_q_head_stride + 192) <= (k.byteOffset / k.BYTES_PER_ELEMENT) || ((k.byteOffset / k.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_k_token_stride) + ((n_k_heads - 1) * n_k_head_stride + 64) <= (q.byteOffset / q.BYTES_PER_ELEMENT)) || ((n_q_token_stride === n_k_token_stride && (n_q_heads - 1) * n_q_head_stride + 192 <= n_q_token_stride) && (n_k_heads - 1) * n_k_head_stride + 64 <= n_q_token_stride) && ((n_q_token_stride > 0 && (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 192) && n_q_token_stride - (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_k_heads - 1) * n_k_head_stride + 64)) || ((((n_q_head_stride === n_k_head_stride && n_q_head_stride >= 192) && n_q_head_stride >= 64) && n_q_token_stride % n_q_head_stride === 0) && n_k_token_stride % n_q_head_stride === 0) && ((n_q_head_stride > 0 && (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 192) && n_q_head_stride - (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 64)))) {
      throw new RangeError(`q, k: the views overlap: q starts at element ${(q.byteOffset / q.BYTES_PER_ELEMENT)} and k at ${(k.byteOffset / k.BYTES_PER_ELEMENT)} of the same memory (token strides ${n_q_token_stride}, ${n_k_token_stride}; head strides ${n_q_head_stride}, ${n_k_head_stride})`);
    }
    return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset, q_token_stride: n_q_token_stride, q_head_stride: n_q_head_stride, k_token_stride: n_k_token_stride, k_head_stride: n_k_head_stride };
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
    if (!(s.tokens !== undefined && s.tokens !== null)) {
      throw new RangeError(`sizes.tokens: missing; layout [tokens, heads, dim] needs the token count`);
    }
    if (!(Number.isSafeInteger(s.tokens) && s.tokens >= 0)) {
      throw new RangeError(`sizes.tokens: expected a whole number ≥ 0, got ${typeof s.tokens === 'string' ? JSON.stringify(s.tokens) : s.tokens}`);
    }
    const n_tokens = s.tokens;
    const n_batch = 1;
    const n_seq = n_tokens;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 128)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 128 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 128;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 1)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 1 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 1;
    return { tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const omega = OMEGA;
    if (srcq === dstq) rows(shape.batch, shape.seq, shape.q_token_stride, shape.q_head_stride, shape.k_token_stride, shape.k_head_stride, dstq, dstk, inputs.positions!);
    else rowsOut(shape.batch, shape.seq, shape.q_token_stride, shape.q_head_stride, shape.k_token_stride, shape.k_head_stride, dstq, srcq, dstk, srck, inputs.positions!);
}

/** in place, q 1 + k 1 item(s) per token (runs schedule). */
function rows(batch: number, seq: number, q_token_stride: number, q_head_stride: number, k_token_stride: number, k_head_stride: number, q_out: Uint16Array, k_out: Uint16Array, positions: Int32Array): void {
  const c0_1 = SCRATCH_rows_c0_1;
  const s0_1 = SCRATCH_rows_s0_1;
  const c0_3 = SCRATCH_rows_c0_3;
  const s0_3 = SCRATCH_rows_s0_3;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_1 = positions[flat];
        for (let i_1 = 0; i_1 < 32; i_1++) {
          const angle_2 = pos0_1 * OMEGA[i_1];
          const cs0_1_0 = Math.cos(angle_2);
          const cs0_1_1 = Math.sin(angle_2);
          c0_1[i_1] = cs0_1_0;
          s0_1[i_1] = cs0_1_1;
        }
        for (let h_1 = 0; h_1 < 128; h_1++) {
          const o_1 = flat * q_token_stride + h_1 * q_head_stride;
          for (let i_1 = 0; i_1 < 32; i_1++) {
            const xa_1 = BF16_VALUES[q_out[(o_1 + 128) + i_1 * 2]];
            const xb_1 = BF16_VALUES[q_out[(o_1 + 129) + i_1 * 2]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            q_out[(o_1 + 128) + i_1 * 2] = numberToBf16(xa_1 * ci_1 - xb_1 * si_1);
            q_out[(o_1 + 129) + i_1 * 2] = numberToBf16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
        const pos0_3 = positions[flat];
        for (let i_3 = 0; i_3 < 32; i_3++) {
          const angle_4 = pos0_3 * OMEGA[i_3];
          const cs0_3_0 = Math.cos(angle_4);
          const cs0_3_1 = Math.sin(angle_4);
          c0_3[i_3] = cs0_3_0;
          s0_3[i_3] = cs0_3_1;
        }
        for (let h_3 = 0; h_3 < 1; h_3++) {
          const o_3 = flat * k_token_stride + h_3 * k_head_stride;
          for (let i_3 = 0; i_3 < 32; i_3++) {
            const xa_3 = BF16_VALUES[k_out[o_3 + i_3 * 2]];
            const xb_3 = BF16_VALUES[k_out[(o_3 + 1) + i_3 * 2]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            k_out[o_3 + i_3 * 2] = numberToBf16(xa_3 * ci_3 - xb_3 * si_3);
            k_out[(o_3 + 1) + i_3 * 2] = numberToBf16(xb_3 * ci_3 + xa_3 * si_3);
          }
        }
    }
  }
}

/** out of place, q 1 + k 1 item(s) per token (runs schedule). */
function rowsOut(batch: number, seq: number, q_token_stride: number, q_head_stride: number, k_token_stride: number, k_head_stride: number, q_out: Uint16Array, q_in: Uint16Array, k_out: Uint16Array, k_in: Uint16Array, positions: Int32Array): void {
  const c0_5 = SCRATCH_rowsOut_c0_5;
  const s0_5 = SCRATCH_rowsOut_s0_5;
  const c0_7 = SCRATCH_rowsOut_c0_7;
  const s0_7 = SCRATCH_rowsOut_s0_7;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_5 = positions[flat];
        for (let i_5 = 0; i_5 < 32; i_5++) {
          const angle_6 = pos0_5 * OMEGA[i_5];
          const cs0_5_0 = Math.cos(angle_6);
          const cs0_5_1 = Math.sin(angle_6);
          c0_5[i_5] = cs0_5_0;
          s0_5[i_5] = cs0_5_1;
        }
        for (let h_5 = 0; h_5 < 128; h_5++) {
          const o_5 = flat * q_token_stride + h_5 * q_head_stride;
          for (let i_5 = 0; i_5 < 32; i_5++) {
            const xa_5 = BF16_VALUES[q_in[(o_5 + 128) + i_5 * 2]];
            const xb_5 = BF16_VALUES[q_in[(o_5 + 129) + i_5 * 2]];
            const ci_5 = c0_5[i_5];
            const si_5 = s0_5[i_5];
            q_out[(o_5 + 128) + i_5 * 2] = numberToBf16(xa_5 * ci_5 - xb_5 * si_5);
            q_out[(o_5 + 129) + i_5 * 2] = numberToBf16(xb_5 * ci_5 + xa_5 * si_5);
          }
        }
        for (let h_5 = 0; h_5 < 128; h_5++) {
          const o_5 = flat * q_token_stride + h_5 * q_head_stride;
          for (let i_5 = 0; i_5 < 128; i_5++) {
            q_out[o_5 + i_5] = q_in[o_5 + i_5];
          }
        }
        const pos0_7 = positions[flat];
        for (let i_7 = 0; i_7 < 32; i_7++) {
          const angle_8 = pos0_7 * OMEGA[i_7];
          const cs0_7_0 = Math.cos(angle_8);
          const cs0_7_1 = Math.sin(angle_8);
          c0_7[i_7] = cs0_7_0;
          s0_7[i_7] = cs0_7_1;
        }
        for (let h_7 = 0; h_7 < 1; h_7++) {
          const o_7 = flat * k_token_stride + h_7 * k_head_stride;
          for (let i_7 = 0; i_7 < 32; i_7++) {
            const xa_7 = BF16_VALUES[k_in[o_7 + i_7 * 2]];
            const xb_7 = BF16_VALUES[k_in[(o_7 + 1) + i_7 * 2]];
            const ci_7 = c0_7[i_7];
            const si_7 = s0_7[i_7];
            k_out[o_7 + i_7 * 2] = numberToBf16(xa_7 * ci_7 - xb_7 * si_7);
            k_out[(o_7 + 1) + i_7 * 2] = numberToBf16(xb_7 * ci_7 + xa_7 * si_7);
          }
        }
    }
  }
}

function cosSinKernel(inputs: Inputs, shape: Shape, cs: Float32Array): void {
    const omega = OMEGA;
    cosSinRows(shape.batch, shape.seq, inputs.positions!, cs);
}

/** cos and sin of every pair into cs [tokens, 2, 32]. */
function cosSinRows(batch: number, seq: number, positions: Int32Array, cs: Float32Array): void {
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0 = positions[flat];
        for (let j = 0; j < 32; j++) {
          const angle_9 = pos0 * OMEGA[j];
          const cs0_0 = Math.cos(angle_9);
          const cs0_1 = Math.sin(angle_9);
          cs[flat * 64 + j] = cs0_0;
          cs[(flat * 64 + 32) + j] = cs0_1;
        }
    }
  }
}

/** Groups of arrays that may be strided views of one buffer (`strided`): the inputs, and the outputs. */
const VIEWS: readonly (readonly string[])[] = [['q', 'k'], ['out.q', 'out.k']];

/** Rotates q and k of rope deepseek_v3 in place. Throws RangeError naming the argument on bad input. */
export function rotateInPlace(inputs: Inputs): void {
    const shape = validate(inputs);
    checkApart(inputs as unknown as Record<string, unknown>, ['q', 'k'], VIEWS);
    kernel(inputs, shape, inputs.q, inputs.k, inputs.q, inputs.k);
}

/** Writes the rotated q and k into `out` (same shapes as the inputs); the inputs are not changed. */
export function rotateInto(inputs: Inputs, out: Outputs): void {
    const shape = validate(inputs);
    if (!(out.q instanceof Uint16Array) || out.q.length !== inputs.q.length) throw new RangeError(`out.q: expected a Uint16Array of length ${inputs.q.length}`);
    if (!(out.k instanceof Uint16Array) || out.k.length !== inputs.k.length) throw new RangeError(`out.k: expected a Uint16Array of length ${inputs.k.length}`);
    // Outputs in the memory of an input could overwrite elements still to be read: refused whole.
    if ([out.q.buffer, out.k.buffer].some((b) => b === inputs.q.buffer || b === inputs.k.buffer)) throw new RangeError('out: must not alias the inputs; use rotateInPlace');
    // Outputs in one buffer skip the byte-by-byte test only where they sit as q and k do (each element where its input's is).
    const alike = out.q.buffer === out.k.buffer && inputs.q.buffer === inputs.k.buffer && out.q.BYTES_PER_ELEMENT === inputs.q.BYTES_PER_ELEMENT
        && out.k.byteOffset - out.q.byteOffset === inputs.k.byteOffset - inputs.q.byteOffset;
    checkApart({ ...inputs, 'out.q': out.q, 'out.k': out.k }, ['out.q', 'out.k'], alike ? VIEWS : VIEWS.slice(0, 1));
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
}

/** Returns rotated copies of q and k (whole arrays: elements outside the views are copied as they are); the inputs are not changed. */
export function rotate(inputs: Inputs): Outputs {
    const shape = validate(inputs);
    const out = { q: inputs.q.slice(), k: inputs.k.slice() };
    kernel(inputs, shape, out.q, out.k, out.q, out.k);
    return out;
}

/** The WebAssembly kernel (bf16 storage): q and k live in its own memory, so nothing is copied in or out. */
export interface WasmKernel {
  /** q in the spec's layout, a view of the kernel's memory: write the inputs here, read the results here. */
  readonly q: Uint16Array;
  /** k, likewise. */
  readonly k: Uint16Array;
  /**
   * Rotates q and k in place; `extra` holds the other inputs (positions, offsets, …), as for
   * rotateInPlace, and `extra.sizes` this call's sizes where they differ from the ones the kernel
   * was created with (offset, seq_len, fewer tokens: the call reads and writes the first rows of
   * q and k). More tokens than at creation, or other head counts, are refused, and so is an
   * array the kernel holds in its memory (q, k): write it there.
   */
  rotateInPlace(extra?: Omit<Inputs, 'sizes' | 'q' | 'k'> & { sizes?: Partial<Sizes> }): void;
  /** The memory q and k are views of (strided specs: the buffer of createWasmKernel's views). */
  readonly buffer: Uint16Array;
}

/** Strided specs: the one buffer (in elements) that holds the views, e.g. the fused QKV rows, and where q and k begin in it. */
export interface WasmViews {
  length: number;
  qStart: number;
  kStart: number;
}

/** The arrays a WebAssembly kernel holds in its memory: rotateInPlace's `extra` never gives them. */
const OWNED = ['q', 'k'];

/** Whether createWasmKernel works for this spec: every spec has it (kept for modules that test it). */
export const WASM_KERNEL = true;

// rotate(q, k, cs, tokens, qHeads, kHeads, qts, qhs, kts, khs): the f32x4 rotation, assembled by ropec (src/backends/ts/wasm.ts).
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 23, 2, 96, 10, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 0, 96, 6, 127, 127, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 247, 3, 2, 69, 1, 2, 127, 65, 0, 33, 10, 2, 64, 3, 64, 32, 10, 32, 3, 79, 13, 1, 32, 2, 32, 10, 65, 128, 2, 108, 106, 33, 11, 32, 0, 32, 4, 32, 10, 32, 11, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 10, 32, 11, 32, 8, 32, 9, 16, 1, 32, 10, 65, 1, 106, 33, 10, 12, 0, 11, 11, 11, 174, 3, 4, 5, 127, 6, 123, 4, 125, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 7, 33, 8, 32, 3, 33, 9, 32, 3, 65, 128, 1, 106, 33, 10, 3, 64, 32, 8, 253, 0, 1, 0, 33, 24, 32, 24, 253, 169, 1, 65, 16, 253, 171, 1, 33, 11, 32, 24, 253, 170, 1, 65, 16, 253, 171, 1, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 9, 253, 0, 2, 0, 33, 13, 32, 9, 253, 0, 2, 128, 1, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 8, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 253, 134, 1, 253, 11, 1, 0, 32, 8, 65, 16, 106, 33, 8, 32, 9, 65, 16, 106, 33, 9, 32, 9, 32, 10, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11]);
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
 * q and k hold bf16 bit patterns: each rotated lane is widened to f32 where it is read and
 * rounded back once where it is written (to nearest, ties to even); other lanes are not touched.
 * `views`: the buffer q and k are views of (`kernel.buffer`), with the strides of `sizes`.
 */
export function createWasmKernel(sizes: Sizes, views: WasmViews): WasmKernel {
  const { tokens, qHeads, kHeads } = sizesOf(sizes);
  // The sizes as they are now: a later change to the caller's object does not move the kernel's capacity.
  sizes = { ...sizes };
  const whole = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
  if (typeof views !== 'object' || views === null || !whole(views.length) || !whole(views.qStart) || !whole(views.kStart) || views.qStart > views.length || views.kStart > views.length) {
    throw new RangeError(`views: expected ${'{ length, qStart, kStart }'} of whole numbers with every start ≤ length: rope ${SPEC.name} rotates strided views of one buffer`);
  }
  // The views as they are now: q, k (and v) below are made from them, and every call addresses them.
  views = { ...views };
  const dataLen = views.length;
  const dataWords = Math.ceil(dataLen / 2);
  const csLen = tokens * 64;
  const bytes = (dataWords + csLen) * 4;
  const pages = Math.max(1, Math.ceil(bytes / 65536));
  if (pages > 65536) throw new RangeError(`sizes: q, k (v and the KV caches) and the cos/sin table need ${bytes} bytes; WebAssembly memory holds at most 4 GiB`);
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) throw new RangeError(`createWasmKernel: this JavaScript engine has no WebAssembly; use rotateInPlace`);
  wasmModule ??= new wasm.Module(WASM_ROTATE);
  const memory = new wasm.Memory({ initial: pages });
  const rotateWasm = new wasm.Instance(wasmModule, { env: { memory } }).exports.rotate as (q: number, k: number, cs: number, tokens: number, qHeads: number, kHeads: number, qts: number, qhs: number, kts: number, khs: number) => void;
  const buffer = new Uint16Array(memory.buffer, 0, dataLen);
  const q = buffer.subarray(views.qStart);
  const k = buffer.subarray(views.kStart);
  const cs = new Float32Array(memory.buffer, dataWords * 4, csLen);
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
      const inputs = { ...extra, q, k, sizes: callSizes } as Inputs;
      const shape = validate(inputs);
      cosSinKernel(inputs, shape, cs);
      rotateWasm((views.qStart + 128) * 2, views.kStart * 2, dataWords * 4, shape.tokens, shape.qHeads, shape.kHeads, shape.q_token_stride * 2, shape.q_head_stride * 2, shape.k_token_stride * 2, shape.k_head_stride * 2);
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
// IEEE half and bfloat16 storage: decode to a number, encode a number with one rounding to
// nearest, ties to even (straight from float64, so there is no double rounding through float32).
// The exponent is read from the float64's bits and the scaling is by exact powers of two, so the
// encoders need no Math.log2 / Math.pow (the old encoder spent most of a bf16 kernel's time there).
const F32_SCRATCH = new Float32Array(1);
const U32_SCRATCH = new Uint32Array(F32_SCRATCH.buffer);
const F64_SCRATCH = new Float64Array(1);
const F64_WORDS = new Uint32Array(F64_SCRATCH.buffer);
/** Index of the float64's high word (sign, exponent, top of the fraction) in F64_WORDS. */
const F64_HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

function f16ToNumber(h: number): number {
  const exp = h & 0x7c00;
  // A normal half is a float32 with 13 more fraction bits and its exponent rebased by 127 − 15.
  if (exp !== 0 && exp !== 0x7c00) {
    U32_SCRATCH[0] = ((h & 0x8000) << 16) | (((h & 0x7fff) + 0x1c000) << 13);
    return F32_SCRATCH[0];
  }
  return f16Special(h);
}

/** Every bfloat16's value, by its bits: the kernel reads a lane with one load instead of a call. */
const BF16_VALUES = new Float32Array(0x10000);
for (let b = 0; b < 0x10000; b++) BF16_VALUES[b] = bf16ToNumber(b);

/** Zeros, subnormals (steps of 2^-24), ∞ and NaN. */
function f16Special(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const frac = h & 0x3ff;
  if ((h & 0x7c00) === 0) return sign * frac * 5.960464477539063e-8;
  return frac ? NaN : sign * Infinity;
}

function bf16ToNumber(b: number): number {
  U32_SCRATCH[0] = b << 16;
  return F32_SCRATCH[0];
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/**
 * What the encoders' common case leaves, in a 16-bit binary float format with `fracBits` fraction
 * bits (expMax = 2^expBits − 1, minNormal its smallest normal, subStep its subnormal step, passed as
 * constants by the two callers): NaN, results below the smallest normal (zeros and subnormals, a
 * rounding up to minNormal included) and results past the largest exponent (∞).
 */
function encodeSmallFloat(x: number, fracBits: number, expMax: number, minNormal: number, subStep: number): number {
  if (x !== x) return (expMax << fracBits) | (1 << (fracBits - 1));
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? 0x8000 : 0; // both formats are 16 bits wide
  const a = Math.abs(x);
  if (a < minNormal) return sign | roundHalfEven(a / subStep);
  return sign | (expMax << fracBits);
}

// The encoders' common case, a normal result, straight from the float64's bits (nearest, ties to
// even, a carry into the exponent giving the next value, or ∞ past the largest); every other input
// (|x| below the smallest normal, at or past 2^16 (f16) or 2^128 (bf16), NaN) takes encodeSmallFloat.
function numberToF16(x: number): number {
  F64_SCRATCH[0] = x;
  const hi = F64_WORDS[F64_HI];
  const e = (hi >>> 20) & 0x7ff;
  // Half exponents 1 … 30: 10 fraction bits kept, 42 rounded off (10 of hi, all of lo).
  if (e > 1008 && e < 1039) {
    const code = ((e - 1008) << 10) | ((hi >>> 10) & 0x3ff);
    const rest = hi & 0x3ff;
    return ((hi >>> 16) & 0x8000) | (rest > 0x200 || (rest === 0x200 && (F64_WORDS[1 - F64_HI] !== 0 || (code & 1) === 1)) ? code + 1 : code);
  }
  return encodeSmallFloat(x, 10, 31, 6.103515625e-5, 5.960464477539063e-8);
}

function numberToBf16(x: number): number {
  F64_SCRATCH[0] = x;
  const hi = F64_WORDS[F64_HI];
  const e = (hi >>> 20) & 0x7ff;
  // bfloat16 exponents 1 … 254: 7 fraction bits kept, 45 rounded off (13 of hi, all of lo).
  if (e > 896 && e < 1151) {
    const code = ((e - 896) << 7) | ((hi >>> 13) & 0x7f);
    const rest = hi & 0x1fff;
    return ((hi >>> 16) & 0x8000) | (rest > 0x1000 || (rest === 0x1000 && (F64_WORDS[1 - F64_HI] !== 0 || (code & 1) === 1)) ? code + 1 : code);
  }
  return encodeSmallFloat(x, 7, 255, 1.1754943508222875e-38, 9.183549615799121e-41);
}
