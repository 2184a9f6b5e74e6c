// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: d82fdb4842def8d8
/* eslint-disable */
export const SPEC = {"name":"phi3_mini_128k","headDim":96,"rotaryDim":96,"pairs":48,"axes":["pos"],"qHeads":32,"kHeads":32,"layout":"thd","dtype":"bf16","positions":"index","attentionFactor":1.1902380714238083,"specHash":"d82fdb4842def8d8"} as const;

const SCRATCH_rows_c0_1 = new Float64Array(48);

const SCRATCH_rows_s0_1 = new Float64Array(48);

const SCRATCH_rowsOut_c0_3 = new Float64Array(48);

const SCRATCH_rowsOut_s0_3 = new Float64Array(48);

const SCRATCH_cosSinRows_step_c = new Float64Array(48);

const SCRATCH_cosSinRows_step_s = new Float64Array(48);

const SCRATCH_cosSinRows_run_c = new Float64Array(48);

const SCRATCH_cosSinRows_run_s = new Float64Array(48);

export interface Sizes {
    /** number of tokens (all sequences together) */
    tokens: number;
    /** fixed by the spec: 32 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 32 (may be left out; must equal it if given) */
    k_heads?: number;
    /** added to every position (decode step, KV-cache length); default 0 */
    offset?: number;
    /** sequence length the scaling is evaluated at */
    seq_len: number;
}

export interface Inputs {
    /** query, shape [tokens, 32, 96] */
    q: Uint16Array;
    /** key, shape [tokens, 32, 96] */
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
    if (!(s.tokens !== undefined && s.tokens !== null)) {
      throw new RangeError(`sizes.tokens: missing; layout [tokens, heads, dim] needs the token count`);
    }
    if (!(Number.isSafeInteger(s.tokens) && s.tokens >= 0)) {
      throw new RangeError(`sizes.tokens: expected a whole number ≥ 0, got ${typeof s.tokens === 'string' ? JSON.stringify(s.tokens) : s.tokens}`);
    }
    const n_tokens = s.tokens;
    const n_batch = 1;
    const n_seq = n_tokens;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 32)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 32 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 32;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 32)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 32 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 32;
    let n_offset = 0;
    if ((s.offset !== undefined && s.offset !== null)) {
      if (!Number.isInteger(s.offset)) {
        throw new RangeError(`sizes.offset: expected a whole number, got ${typeof s.offset === 'string' ? JSON.stringify(s.offset) : s.offset}`);
      }
      n_offset = s.offset;
    }
    if (!(s.seq_len !== undefined && s.seq_len !== null)) {
      throw new RangeError(`sizes.seq_len: missing; this scaling depends on the sequence length`);
    }
    if (!(Number.isSafeInteger(s.seq_len) && s.seq_len >= 0)) {
      throw new RangeError(`sizes.seq_len: expected a whole number ≥ 0, got ${typeof s.seq_len === 'string' ? JSON.stringify(s.seq_len) : s.seq_len}`);
    }
    const n_seq_len = s.seq_len;
    if (!(q instanceof Uint16Array)) {
      throw new RangeError(`q: expected a Uint16Array of shape [tokens, q_heads, head_dim] = [${n_tokens}, ${n_q_heads}, 96], got ${typeName(q)}`);
    }
    if (!(q.length === (n_tokens * n_q_heads) * 96)) {
      throw new RangeError(`q: expected shape [tokens, q_heads, head_dim] = [${n_tokens}, ${n_q_heads}, 96] (${(n_tokens * n_q_heads) * 96} values), got length ${q.length}`);
    }
    if (!(k instanceof Uint16Array)) {
      throw new RangeError(`k: expected a Uint16Array of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 96], got ${typeName(k)}`);
    }
    if (!(k.length === (n_tokens * n_k_heads) * 96)) {
      throw new RangeError(`k: expected shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 96] (${(n_tokens * n_k_heads) * 96} values), got length ${k.length}`);
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
    if (!(s.tokens !== undefined && s.tokens !== null)) {
      throw new RangeError(`sizes.tokens: missing; layout [tokens, heads, dim] needs the token count`);
    }
    if (!(Number.isSafeInteger(s.tokens) && s.tokens >= 0)) {
      throw new RangeError(`sizes.tokens: expected a whole number ≥ 0, got ${typeof s.tokens === 'string' ? JSON.stringify(s.tokens) : s.tokens}`);
    }
    const n_tokens = s.tokens;
    const n_batch = 1;
    const n_seq = n_tokens;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 32)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 32 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 32;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 32)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 32 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 32;
    return { tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const omega = omegaAt(inputs.sizes.seq_len!);
    if (srcq === dstq) rows(shape.batch, shape.seq, shape.offset, dstq, dstk, omega);
    else rowsOut(shape.batch, shape.seq, shape.offset, dstq, srcq, dstk, srck, omega);
}

/** in place, 1 item(s) per token (runs schedule). */
function rows(batch: number, seq: number, offset: number, q_out: Uint16Array, k_out: Uint16Array, OMEGA: Float64Array): void {
  const c0_1 = SCRATCH_rows_c0_1;
  const s0_1 = SCRATCH_rows_s0_1;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_1 = (s + offset);
        for (let i_1 = 0; i_1 < 48; i_1++) {
          const angle_2 = pos0_1 * OMEGA[i_1];
          const cs0_1_0 = Math.cos(angle_2);
          const cs0_1_1 = Math.sin(angle_2);
          c0_1[i_1] = cs0_1_0 * 1.1902380714238083;
          s0_1[i_1] = cs0_1_1 * 1.1902380714238083;
        }
        for (let h_1 = 0; h_1 < 32; h_1++) {
          const o_1 = (flat * 32 + h_1) * 96;
          for (let i_1 = 0; i_1 < 48; i_1++) {
            const xa_1 = BF16_VALUES[q_out[o_1 + i_1]];
            const xb_1 = BF16_VALUES[q_out[(o_1 + 48) + i_1]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            q_out[o_1 + i_1] = numberToBf16(xa_1 * ci_1 - xb_1 * si_1);
            q_out[(o_1 + 48) + i_1] = numberToBf16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
        for (let h_1 = 0; h_1 < 32; h_1++) {
          const o_1 = (flat * 32 + h_1) * 96;
          for (let i_1 = 0; i_1 < 48; i_1++) {
            const xa_1 = BF16_VALUES[k_out[o_1 + i_1]];
            const xb_1 = BF16_VALUES[k_out[(o_1 + 48) + i_1]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            k_out[o_1 + i_1] = numberToBf16(xa_1 * ci_1 - xb_1 * si_1);
            k_out[(o_1 + 48) + i_1] = numberToBf16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
    }
  }
}

/** out of place, 1 item(s) per token (runs schedule). */
function rowsOut(batch: number, seq: number, offset: number, q_out: Uint16Array, q_in: Uint16Array, k_out: Uint16Array, k_in: Uint16Array, OMEGA: Float64Array): void {
  const c0_3 = SCRATCH_rowsOut_c0_3;
  const s0_3 = SCRATCH_rowsOut_s0_3;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_3 = (s + offset);
        for (let i_3 = 0; i_3 < 48; i_3++) {
          const angle_4 = pos0_3 * OMEGA[i_3];
          const cs0_3_0 = Math.cos(angle_4);
          const cs0_3_1 = Math.sin(angle_4);
          c0_3[i_3] = cs0_3_0 * 1.1902380714238083;
          s0_3[i_3] = cs0_3_1 * 1.1902380714238083;
        }
        for (let h_3 = 0; h_3 < 32; h_3++) {
          const o_3 = (flat * 32 + h_3) * 96;
          for (let i_3 = 0; i_3 < 48; i_3++) {
            const xa_3 = BF16_VALUES[q_in[o_3 + i_3]];
            const xb_3 = BF16_VALUES[q_in[(o_3 + 48) + i_3]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            q_out[o_3 + i_3] = numberToBf16(xa_3 * ci_3 - xb_3 * si_3);
            q_out[(o_3 + 48) + i_3] = numberToBf16(xb_3 * ci_3 + xa_3 * si_3);
          }
        }
        for (let h_3 = 0; h_3 < 32; h_3++) {
          const o_3 = (flat * 32 + h_3) * 96;
          for (let i_3 = 0; i_3 < 48; i_3++) {
            const xa_3 = BF16_VALUES[k_in[o_3 + i_3]];
            const xb_3 = BF16_VALUES[k_in[(o_3 + 48) + i_3]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            k_out[o_3 + i_3] = numberToBf16(xa_3 * ci_3 - xb_3 * si_3);
            k_out[(o_3 + 48) + i_3] = numberToBf16(xb_3 * ci_3 + xa_3 * si_3);
          }
        }
    }
  }
}

function cosSinKernel(inputs: Inputs, shape: Shape, cs: Float32Array): void {
    const omega = omegaAt(inputs.sizes.seq_len!);
    cosSinRows(shape.batch, shape.seq, shape.offset, cs, omega);
}

/** cos and sin of every pair into cs [tokens, 2, 48], by angle addition. */
function cosSinRows(batch: number, seq: number, offset: number, cs: Float32Array, OMEGA: Float64Array): void {
  const step_c = SCRATCH_cosSinRows_step_c;
  const step_s = SCRATCH_cosSinRows_step_s;
  const run_c = SCRATCH_cosSinRows_run_c;
  const run_s = SCRATCH_cosSinRows_run_s;
  for (let j = 0; j < 48; j++) {
    step_c[j] = Math.cos(OMEGA[j]);
    step_s[j] = Math.sin(OMEGA[j]);
  }
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0 = (s + offset);
        if ((s & 63) == 0) {
          for (let j = 0; j < 48; j++) {
            run_c[j] = Math.cos(pos0 * OMEGA[j]);
            run_s[j] = Math.sin(pos0 * OMEGA[j]);
          }
        } else {
          for (let j = 0; j < 48; j++) {
            const rc = run_c[j];
            const rs = run_s[j];
            run_c[j] = rc * step_c[j] - rs * step_s[j];
            run_s[j] = rs * step_c[j] + rc * step_s[j];
          }
        }
        for (let j = 0; j < 48; j++) {
          cs[flat * 96 + j] = run_c[j] * 1.1902380714238083;
          cs[(flat * 96 + 48) + j] = run_s[j] * 1.1902380714238083;
        }
    }
  }
}

const OMEGA_SHORT = new Float64Array([0.9090909090909091, 0.7503674411527441, 0.6193564264163283, 0.43257025014642225, 0.343821395082428, 0.28379161848572493, 0.22587697572631277, 0.16839723972145393, 0.10772173450159415, 0.08891397050194609, 0.07338996338110344, 0.060576382931429404, 0.04999999999999998, 0.04127020926340091, 0.034064603452898044, 0.028117066259517442, 0.023207944168063883, 0.019155934247786426, 0.01581138830084189, 0.013050786078412683, 0.010772173450159413, 0.00889139705019461, 0.0073389963381103466, 0.006057638293142938, 0.0049999999999999975, 0.004026361879356184, 0.003323375946624201, 0.0027431284155626776, 0.002264189674933061, 0.0018688716339303841, 0.0015425744683748186, 0.001242932007467874, 0.0010259212809675638, 0.0008271067023436849, 0.000652355230054253, 0.0005384567371682616, 0.00044444444444444447, 0.0003668463045635636, 0.0003027964751368718, 0.00023430888549597884, 0.00018945260545358278, 0.0001532474739822916, 0.00011712139482105118, 0.00009667248946972361, 0.00007834307963752313, 0.00006350997892996158, 0.00005061376784903691, 0.00003972221831569147]);

const OMEGA_LONG = new Float64Array([0.9345793934386541, 0.7369680194231081, 0.5924278984196025, 0.3960150297080777, 0.2956426134379309, 0.2128437195027268, 0.1484637485554114, 0.12254259941821527, 0.07157590355009615, 0.030089328468265574, 0.02111941305322222, 0.013357525600939698, 0.010070493144685739, 0.00770685511043965, 0.006121222480258562, 0.0038490166899719314, 0.0030120630543971003, 0.0019339661548925908, 0.0008482504730994044, 0.0006818592734893711, 0.0005581437241445225, 0.0004432401017695396, 0.0003177054377030438, 0.00023783421865666255, 0.00018635852789104212, 0.00015024452284257428, 0.00011974048150871716, 0.00009816145338715407, 0.00007737608247778205, 0.00006294318041029944, 0.000051936498693567024, 0.000042292085463453555, 0.00003424227541107572, 0.000028245759664561977, 0.000023145058546552598, 0.00001898428591047414, 0.000015664799675402863, 0.000012917649791797955, 0.000010655611598078389, 0.000008777339834600755, 0.000007239547588904725, 0.000005974620810737978, 0.000004929171048150522, 0.00000406602320459845, 0.0000033535004207741453, 0.0000027538476850788667, 0.0000022689738943070005, 0.00000187079619929597]);

/** ω per pair at seq_len (a static ω ignores it). */
function omegaAt(seq_len: number): Float64Array {
  const omega = new Float64Array(48);
  const use_long = seq_len > 4096.0;
  for (let j = 0; j < 48; j++) {
    omega[j] = use_long ? OMEGA_LONG[j] : OMEGA_SHORT[j];
  }
  return omega;
}

/** Groups of arrays that may be strided views of one buffer (`strided`): the inputs, and the outputs. */
const VIEWS: readonly (readonly string[])[] = [];

/** Rotates q and k of rope phi3_mini_128k in place. Throws RangeError naming the argument on bad input. */
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

/** The arrays a WebAssembly kernel holds in its memory: rotateInPlace's `extra` never gives them. */
const OWNED = ['q', 'k'];

/** Whether createWasmKernel works for this spec: every spec has it (kept for modules that test it). */
export const WASM_KERNEL = true;

// rotate(q, k, cs, tokens, qHeads, kHeads, qts, qhs, kts, khs): the f32x4 rotation, assembled by ropec (src/backends/ts/wasm.ts).
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 23, 2, 96, 10, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 0, 96, 6, 127, 127, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 174, 3, 2, 69, 1, 2, 127, 65, 0, 33, 10, 2, 64, 3, 64, 32, 10, 32, 3, 79, 13, 1, 32, 2, 32, 10, 65, 128, 3, 108, 106, 33, 11, 32, 0, 32, 4, 32, 10, 32, 11, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 10, 32, 11, 32, 8, 32, 9, 16, 1, 32, 10, 65, 1, 106, 33, 10, 12, 0, 11, 11, 11, 229, 2, 4, 5, 127, 6, 123, 4, 125, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 7, 33, 8, 32, 3, 33, 9, 32, 3, 65, 192, 1, 106, 33, 10, 3, 64, 32, 8, 253, 93, 1, 0, 253, 169, 1, 65, 16, 253, 171, 1, 33, 11, 32, 8, 253, 93, 1, 96, 253, 169, 1, 65, 16, 253, 171, 1, 33, 12, 32, 9, 253, 0, 2, 0, 33, 13, 32, 9, 253, 0, 2, 192, 1, 33, 14, 32, 8, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 0, 0, 32, 8, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 96, 0, 32, 8, 65, 8, 106, 33, 8, 32, 9, 65, 16, 106, 33, 9, 32, 9, 32, 10, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11]);
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
 */
export function createWasmKernel(sizes: Sizes): WasmKernel {
  const { tokens, qHeads, kHeads } = sizesOf(sizes);
  // The sizes as they are now: a later change to the caller's object does not move the kernel's capacity.
  sizes = { ...sizes };
  const qLen = tokens * qHeads * 96;
  const kLen = tokens * kHeads * 96;
  const dataLen = qLen + kLen;
  const dataWords = Math.ceil(dataLen / 2);
  const csLen = tokens * 96;
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
      const inputs = { ...extra, q: call.tokens === tokens ? q : q.subarray(0, call.tokens * qHeads * 96), k: call.tokens === tokens ? k : k.subarray(0, call.tokens * kHeads * 96), sizes: callSizes } as Inputs;
      const shape = validate(inputs);
      cosSinKernel(inputs, shape, cs);
      rotateWasm(0, qLen * 2, dataWords * 4, shape.tokens, shape.qHeads, shape.kHeads, shape.qHeads * 192, 192, shape.kHeads * 192, 192);
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
