// Generated from spec/gptj_6b.rope (rope gptj_6b) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: b4837ac6e38287d0
/* eslint-disable */
export const SPEC = {"name":"gptj_6b","headDim":256,"rotaryDim":64,"pairs":32,"axes":["pos"],"qHeads":16,"kHeads":16,"layout":"bshd","dtype":"f16","positions":"index","attentionFactor":1,"specHash":"b4837ac6e38287d0"} as const;

const OMEGA = new Float64Array([1.0, 0.7498942093324559, 0.5623413251903491, 0.4216965034285822, 0.31622776601683794, 0.23713737056616552, 0.17782794100389226, 0.1333521432163324, 0.1, 0.07498942093324558, 0.056234132519034905, 0.042169650342858224, 0.03162277660168379, 0.02371373705661655, 0.01778279410038923, 0.01333521432163324, 0.01, 0.007498942093324558, 0.005623413251903491, 0.004216965034285823, 0.0031622776601683794, 0.0023713737056616554, 0.0017782794100389228, 0.001333521432163324, 0.001, 0.0007498942093324557, 0.0005623413251903491, 0.00042169650342858224, 0.00031622776601683794, 0.00023713737056616554, 0.0001778279410038923, 0.0001333521432163324]);

const SCRATCH_rows_c0_1 = new Float64Array(32);

const SCRATCH_rows_s0_1 = new Float64Array(32);

const SCRATCH_rowsOut_c0_3 = new Float64Array(32);

const SCRATCH_rowsOut_s0_3 = new Float64Array(32);

const SCRATCH_cosSinRows_step_c = new Float64Array(32);

const SCRATCH_cosSinRows_step_s = new Float64Array(32);

const SCRATCH_cosSinRows_run_c = new Float64Array(32);

const SCRATCH_cosSinRows_run_s = new Float64Array(32);

export interface Sizes {
    /** number of sequences */
    batch: number;
    /** tokens per sequence */
    seq: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 16 (may be left out; must equal it if given) */
    k_heads?: number;
}

export interface Inputs {
    /** query, shape [batch, seq, 16, 256] */
    q: Uint16Array;
    /** key, shape [batch, seq, 16, 256] */
    k: Uint16Array;
    sizes: Sizes;
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
    if (!(q instanceof Uint16Array)) {
      throw new RangeError(`q: expected a Uint16Array of shape [batch, seq, q_heads, head_dim] = [${n_batch}, ${n_seq}, ${n_q_heads}, 256], got ${typeName(q)}`);
    }
    if (!(q.length === (n_tokens * n_q_heads) * 256)) {
      throw new RangeError(`q: expected shape [batch, seq, q_heads, head_dim] = [${n_batch}, ${n_seq}, ${n_q_heads}, 256] (${(n_tokens * n_q_heads) * 256} values), got length ${q.length}`);
    }
    if (!(k instanceof Uint16Array)) {
      throw new RangeError(`k: expected a Uint16Array of shape [batch, seq, k_heads, head_dim] = [${n_batch}, ${n_seq}, ${n_k_heads}, 256], got ${typeName(k)}`);
    }
    if (!(k.length === (n_tokens * n_k_heads) * 256)) {
      throw new RangeError(`k: expected shape [batch, seq, k_heads, head_dim] = [${n_batch}, ${n_seq}, ${n_k_heads}, 256] (${(n_tokens * n_k_heads) * 256} values), got length ${k.length}`);
    }
    return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset };
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

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const omega = OMEGA;
    if (srcq === dstq) rows(shape.batch, shape.seq, dstq, dstk);
    else rowsOut(shape.batch, shape.seq, dstq, srcq, dstk, srck);
}

/** in place, 1 item(s) per token (runs schedule). */
function rows(batch: number, seq: number, q_out: Uint16Array, k_out: Uint16Array): void {
  const c0_1 = SCRATCH_rows_c0_1;
  const s0_1 = SCRATCH_rows_s0_1;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_1 = s;
        for (let i_1 = 0; i_1 < 32; i_1++) {
          const angle_2 = pos0_1 * OMEGA[i_1];
          const cs0_1_0 = Math.cos(angle_2);
          const cs0_1_1 = Math.sin(angle_2);
          c0_1[i_1] = cs0_1_0;
          s0_1[i_1] = cs0_1_1;
        }
        for (let h_1 = 0; h_1 < 16; h_1++) {
          const o_1 = (flat * 16 + h_1) * 256;
          for (let i_1 = 0; i_1 < 32; i_1++) {
            const xa_1 = F16_VALUES[q_out[o_1 + i_1 * 2]];
            const xb_1 = F16_VALUES[q_out[(o_1 + 1) + i_1 * 2]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            q_out[o_1 + i_1 * 2] = numberToF16(xa_1 * ci_1 - xb_1 * si_1);
            q_out[(o_1 + 1) + i_1 * 2] = numberToF16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
        for (let h_1 = 0; h_1 < 16; h_1++) {
          const o_1 = (flat * 16 + h_1) * 256;
          for (let i_1 = 0; i_1 < 32; i_1++) {
            const xa_1 = F16_VALUES[k_out[o_1 + i_1 * 2]];
            const xb_1 = F16_VALUES[k_out[(o_1 + 1) + i_1 * 2]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            k_out[o_1 + i_1 * 2] = numberToF16(xa_1 * ci_1 - xb_1 * si_1);
            k_out[(o_1 + 1) + i_1 * 2] = numberToF16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
    }
  }
}

/** out of place, 1 item(s) per token (runs schedule). */
function rowsOut(batch: number, seq: number, q_out: Uint16Array, q_in: Uint16Array, k_out: Uint16Array, k_in: Uint16Array): void {
  const c0_3 = SCRATCH_rowsOut_c0_3;
  const s0_3 = SCRATCH_rowsOut_s0_3;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_3 = s;
        for (let i_3 = 0; i_3 < 32; i_3++) {
          const angle_4 = pos0_3 * OMEGA[i_3];
          const cs0_3_0 = Math.cos(angle_4);
          const cs0_3_1 = Math.sin(angle_4);
          c0_3[i_3] = cs0_3_0;
          s0_3[i_3] = cs0_3_1;
        }
        for (let h_3 = 0; h_3 < 16; h_3++) {
          const o_3 = (flat * 16 + h_3) * 256;
          for (let i_3 = 0; i_3 < 32; i_3++) {
            const xa_3 = F16_VALUES[q_in[o_3 + i_3 * 2]];
            const xb_3 = F16_VALUES[q_in[(o_3 + 1) + i_3 * 2]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            q_out[o_3 + i_3 * 2] = numberToF16(xa_3 * ci_3 - xb_3 * si_3);
            q_out[(o_3 + 1) + i_3 * 2] = numberToF16(xb_3 * ci_3 + xa_3 * si_3);
          }
        }
        for (let h_3 = 0; h_3 < 16; h_3++) {
          const o_3 = (flat * 16 + h_3) * 256;
          for (let i_3 = 0; i_3 < 32; i_3++) {
            const xa_3 = F16_VALUES[k_in[o_3 + i_3 * 2]];
            const xb_3 = F16_VALUES[k_in[(o_3 + 1) + i_3 * 2]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            k_out[o_3 + i_3 * 2] = numberToF16(xa_3 * ci_3 - xb_3 * si_3);
            k_out[(o_3 + 1) + i_3 * 2] = numberToF16(xb_3 * ci_3 + xa_3 * si_3);
          }
        }
        for (let h_3 = 0; h_3 < 16; h_3++) {
          const o_3 = (flat * 16 + h_3) * 256;
          for (let i_3 = 0; i_3 < 192; i_3++) {
            q_out[(o_3 + 64) + i_3] = q_in[(o_3 + 64) + i_3];
          }
        }
        for (let h_3 = 0; h_3 < 16; h_3++) {
          const o_3 = (flat * 16 + h_3) * 256;
          for (let i_3 = 0; i_3 < 192; i_3++) {
            k_out[(o_3 + 64) + i_3] = k_in[(o_3 + 64) + i_3];
          }
        }
    }
  }
}

function cosSinKernel(inputs: Inputs, shape: Shape, cs: Float32Array): void {
    const omega = OMEGA;
    cosSinRows(shape.batch, shape.seq, cs);
}

/** cos and sin of every pair into cs [tokens, 2, 32], by angle addition. */
function cosSinRows(batch: number, seq: number, cs: Float32Array): void {
  const step_c = SCRATCH_cosSinRows_step_c;
  const step_s = SCRATCH_cosSinRows_step_s;
  const run_c = SCRATCH_cosSinRows_run_c;
  const run_s = SCRATCH_cosSinRows_run_s;
  for (let j = 0; j < 32; j++) {
    step_c[j] = Math.cos(OMEGA[j]);
    step_s[j] = Math.sin(OMEGA[j]);
  }
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0 = s;
        if ((s & 63) == 0) {
          for (let j = 0; j < 32; j++) {
            run_c[j] = Math.cos(pos0 * OMEGA[j]);
            run_s[j] = Math.sin(pos0 * OMEGA[j]);
          }
        } else {
          for (let j = 0; j < 32; j++) {
            const rc = run_c[j];
            const rs = run_s[j];
            run_c[j] = rc * step_c[j] - rs * step_s[j];
            run_s[j] = rs * step_c[j] + rc * step_s[j];
          }
        }
        for (let j = 0; j < 32; j++) {
          cs[flat * 64 + j] = run_c[j];
          cs[(flat * 64 + 32) + j] = run_s[j];
        }
    }
  }
}

/** Groups of arrays that may be strided views of one buffer (`strided`): the inputs, and the outputs. */
const VIEWS: readonly (readonly string[])[] = [];

/** Rotates q and k of rope gptj_6b in place. Throws RangeError naming the argument on bad input. */
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
    checkApart({ ...inputs, 'out.q': out.q, 'out.k': out.k }, ['out.q', 'out.k'], VIEWS);
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
}

/** Returns rotated copies of q and k; the inputs are not changed. */
export function rotate(inputs: Inputs): Outputs {
    const shape = validate(inputs);
    const out = { q: new Uint16Array(inputs.q.length), k: new Uint16Array(inputs.k.length) };
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
    return out;
}

/** The WebAssembly kernel (f16 storage): q and k live in its own memory, so nothing is copied in or out. */
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

/** The arrays a WebAssembly kernel holds in its memory: rotateInPlace's `extra` never gives them. */
const OWNED = ['q', 'k'];

/** Whether createWasmKernel works for this spec: every spec has it (kept for modules that test it). */
export const WASM_KERNEL = true;

// rotate(q, k, cs, tokens, qHeads, kHeads, qts, qhs, kts, khs): the f32x4 rotation, assembled by ropec (src/backends/ts/wasm.ts).
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 23, 2, 96, 10, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 0, 96, 6, 127, 127, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 235, 8, 2, 69, 1, 2, 127, 65, 0, 33, 10, 2, 64, 3, 64, 32, 10, 32, 3, 79, 13, 1, 32, 2, 32, 10, 65, 128, 2, 108, 106, 33, 11, 32, 0, 32, 4, 32, 10, 32, 11, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 10, 32, 11, 32, 8, 32, 9, 16, 1, 32, 10, 65, 1, 106, 33, 10, 12, 0, 11, 11, 11, 162, 8, 4, 5, 127, 6, 123, 4, 125, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 7, 33, 8, 32, 3, 33, 9, 32, 3, 65, 128, 1, 106, 33, 10, 3, 64, 32, 8, 253, 0, 1, 0, 33, 24, 32, 24, 253, 169, 1, 33, 21, 32, 21, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 78, 65, 13, 253, 171, 1, 33, 22, 32, 22, 253, 12, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 253, 80, 32, 22, 253, 12, 0, 0, 128, 119, 0, 0, 128, 119, 0, 0, 128, 119, 0, 0, 128, 119, 253, 230, 1, 32, 22, 253, 12, 0, 224, 127, 15, 0, 224, 127, 15, 0, 224, 127, 15, 0, 224, 127, 15, 253, 59, 253, 82, 32, 21, 253, 12, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 253, 78, 65, 16, 253, 171, 1, 253, 80, 33, 11, 32, 24, 253, 170, 1, 33, 21, 32, 21, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 78, 65, 13, 253, 171, 1, 33, 22, 32, 22, 253, 12, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 253, 80, 32, 22, 253, 12, 0, 0, 128, 119, 0, 0, 128, 119, 0, 0, 128, 119, 0, 0, 128, 119, 253, 230, 1, 32, 22, 253, 12, 0, 224, 127, 15, 0, 224, 127, 15, 0, 224, 127, 15, 0, 224, 127, 15, 253, 59, 253, 82, 32, 21, 253, 12, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 253, 78, 65, 16, 253, 171, 1, 253, 80, 33, 12, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27, 33, 15, 32, 11, 32, 12, 253, 13, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31, 33, 16, 32, 9, 253, 0, 2, 0, 33, 13, 32, 9, 253, 0, 2, 128, 1, 33, 14, 32, 15, 32, 13, 253, 230, 1, 32, 16, 32, 14, 253, 230, 1, 253, 229, 1, 33, 11, 32, 16, 32, 13, 253, 230, 1, 32, 15, 32, 14, 253, 230, 1, 253, 228, 1, 33, 12, 32, 8, 32, 11, 32, 12, 253, 13, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23, 33, 21, 32, 21, 253, 12, 255, 255, 255, 127, 255, 255, 255, 127, 255, 255, 255, 127, 255, 255, 255, 127, 253, 78, 33, 22, 253, 12, 0, 126, 0, 0, 0, 126, 0, 0, 0, 126, 0, 0, 0, 126, 0, 0, 253, 12, 0, 124, 0, 0, 0, 124, 0, 0, 0, 124, 0, 0, 0, 124, 0, 0, 32, 22, 253, 12, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 253, 59, 253, 82, 32, 22, 253, 12, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 253, 228, 1, 253, 12, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 253, 177, 1, 32, 22, 253, 12, 255, 15, 0, 200, 255, 15, 0, 200, 255, 15, 0, 200, 255, 15, 0, 200, 253, 174, 1, 32, 22, 65, 13, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 65, 13, 253, 173, 1, 32, 22, 253, 12, 0, 0, 128, 56, 0, 0, 128, 56, 0, 0, 128, 56, 0, 0, 128, 56, 253, 57, 253, 82, 32, 22, 253, 12, 0, 0, 128, 71, 0, 0, 128, 71, 0, 0, 128, 71, 0, 0, 128, 71, 253, 63, 253, 82, 32, 21, 65, 16, 253, 173, 1, 253, 12, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 253, 78, 253, 80, 32, 11, 32, 12, 253, 13, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31, 33, 21, 32, 21, 253, 12, 255, 255, 255, 127, 255, 255, 255, 127, 255, 255, 255, 127, 255, 255, 255, 127, 253, 78, 33, 22, 253, 12, 0, 126, 0, 0, 0, 126, 0, 0, 0, 126, 0, 0, 0, 126, 0, 0, 253, 12, 0, 124, 0, 0, 0, 124, 0, 0, 0, 124, 0, 0, 0, 124, 0, 0, 32, 22, 253, 12, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 253, 59, 253, 82, 32, 22, 253, 12, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 253, 228, 1, 253, 12, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 0, 0, 0, 63, 253, 177, 1, 32, 22, 253, 12, 255, 15, 0, 200, 255, 15, 0, 200, 255, 15, 0, 200, 255, 15, 0, 200, 253, 174, 1, 32, 22, 65, 13, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 65, 13, 253, 173, 1, 32, 22, 253, 12, 0, 0, 128, 56, 0, 0, 128, 56, 0, 0, 128, 56, 0, 0, 128, 56, 253, 57, 253, 82, 32, 22, 253, 12, 0, 0, 128, 71, 0, 0, 128, 71, 0, 0, 128, 71, 0, 0, 128, 71, 253, 63, 253, 82, 32, 21, 65, 16, 253, 173, 1, 253, 12, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 253, 78, 253, 80, 253, 134, 1, 253, 11, 1, 0, 32, 8, 65, 16, 106, 33, 8, 32, 9, 65, 16, 106, 33, 9, 32, 9, 32, 10, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11]);
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
 * q and k hold f16 bit patterns: each rotated lane is widened to f32 where it is read and
 * rounded back once where it is written (to nearest, ties to even); other lanes are not touched.
 */
export function createWasmKernel(sizes: Sizes): WasmKernel {
  const { tokens, qHeads, kHeads } = sizesOf(sizes);
  // The sizes as they are now: a later change to the caller's object does not move the kernel's capacity.
  sizes = { ...sizes };
  const qLen = tokens * qHeads * 256;
  const kLen = tokens * kHeads * 256;
  const dataLen = qLen + kLen;
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
  const q = buffer.subarray(0, qLen);
  const k = buffer.subarray(qLen);
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
      const inputs = { ...extra, q: call.tokens === tokens ? q : q.subarray(0, call.tokens * qHeads * 256), k: call.tokens === tokens ? k : k.subarray(0, call.tokens * kHeads * 256), sizes: callSizes } as Inputs;
      const shape = validate(inputs);
      cosSinKernel(inputs, shape, cs);
      rotateWasm(0, qLen * 2, dataWords * 4, shape.tokens, shape.qHeads, shape.kHeads, shape.qHeads * 512, 512, shape.kHeads * 512, 512);
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

/** Every half's value, by its bits: the kernel reads a lane with one load instead of a call. */
const F16_VALUES = new Float32Array(0x10000);
for (let h = 0; h < 0x10000; h++) F16_VALUES[h] = f16ToNumber(h);

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
