// Generated from spec/qwen3_vl_8b.rope (rope qwen3_vl_8b) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 19510864f93a2e2b
/* eslint-disable */
export const SPEC = {"name":"qwen3_vl_8b","headDim":128,"rotaryDim":128,"pairs":64,"axes":["t","h","w"],"qHeads":32,"kHeads":8,"layout":"thd","dtype":"bf16","positions":"mrope","attentionFactor":1,"specHash":"19510864f93a2e2b"} as const;

const OMEGA = new Float64Array([1.0, 0.7858299804196346, 0.6175287581263234, 0.4852726119069699, 0.38134176711303913, 0.2996697933836284, 0.23548950786701264, 0.18505471535616394, 0.14542154334489538, 0.11427660855931218, 0.08980198506658654, 0.07056909216652002, 0.055455308315447815, 0.04357844384769316, 0.03424524767555086, 0.026910942310343668, 0.021147425268811283, 0.016618280784915656, 0.013059143263818261, 0.010262266295303506, 0.008064396521899431, 0.0063372445609004, 0.004979996769206797, 0.003913430763635621, 0.0030752912203613754, 0.002416656039481254, 0.0018990807681865454, 0.0014923546028793376, 0.0011727369883598215, 0.0009215718846001798, 0.0007241988160306451, 0.0005690971414212844, 0.00044721359549995795, 0.0003514338509951263, 0.00027616725624629693, 0.00021702050956857172, 0.00017054122278492985, 0.00013401640576182197, 0.00010531410951572235, 0.00008275898461865135, 0.00006503449126242363, 0.000051106052995351266, 0.000040160668624661695, 0.00003155945743895733, 0.000024800367821310132, 0.000019488872559419877, 0.000015314940341769677, 0.000012034939268900739, 0.000009457416090031758, 0.000007431921100849994, 0.00000584022641316122, 0.000004589425007900714, 0.0000036065077640959997, 0.00000283410192564282, 0.000002227122260735146, 0.000001750139442545632, 0.0000013753120438672643, 0.0000010807614365030998, 8.492947384855272e-7, 6.674012677145805e-7, 5.244639251401881e-7, 4.121394760237187e-7, 3.2387155637387736e-7, 2.545079788037606e-7]);

const PAIR_COMPONENT = new Int32Array([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 0, 0, 0]);

const SCRATCH_rows_c0_1 = new Float64Array(64);

const SCRATCH_rows_s0_1 = new Float64Array(64);

const SCRATCH_rowsOut_c0_3 = new Float64Array(64);

const SCRATCH_rowsOut_s0_3 = new Float64Array(64);

export interface Sizes {
    /** number of tokens (all sequences together) */
    tokens: number;
    /** fixed by the spec: 32 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 8 (may be left out; must equal it if given) */
    k_heads?: number;
}

export interface Inputs {
    /** query, shape [tokens, 32, 128] */
    q: Uint16Array;
    /** key, shape [tokens, 8, 128] */
    k: Uint16Array;
    sizes: Sizes;
    /** segment table, one row per sequence (encodeSegments(...).table; docs/positions.md) */
    segment_table: Int32Array;
    /** frame times and grid temporal scales (encodeSegments(...).values; may be empty) */
    segment_values: Float32Array;
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
    const segment_table = inputs.segment_table as ArrayLike<number>;
    const segment_values = inputs.segment_values as ArrayLike<number>;
    /** the segment table (docs/positions.md) for rows × row_length tokens and 3 position components */
    function check_segments(rows: number, row_length: number): void {
      const header = rows + 1;
      if (!(segment_table.length >= header)) {
        throw new RangeError(`segment_table: expected at least rows + 1 = ${header} words (the row header), got length ${segment_table.length}`);
      }
      const records = segment_table[rows];
      if (!(records >= 0 && segment_table.length === header + 8 * records)) {
        throw new RangeError(`segment_table: header word ${rows} says ${records} segments, so the table must have ${rows} + 1 + 8·${records} = ${header + 8 * records} words; got length ${segment_table.length}`);
      }
      if (!(segment_table[0] === 0)) {
        throw new RangeError(`segment_table: header word 0 (row 0's first segment) must be 0, got ${segment_table[0]}`);
      }
      for (let b = 0; b < rows; b++) {
        const lo = segment_table[b];
        const hi = segment_table[b + 1];
        if (!(hi >= lo)) {
          throw new RangeError(`segment_table: header word ${b + 1} = ${hi} is below word ${b} = ${lo}; row ranges must not decrease`);
        }
        if (!(row_length === 0 || hi > lo)) {
          throw new RangeError(`segment_table: row ${b} has no segments but ${row_length} tokens`);
        }
        if (!(row_length > 0 || hi === lo)) {
          throw new RangeError(`segment_table: row ${b} has segments but no tokens`);
        }
        for (let r = lo; r < hi; r++) {
          const w = header + 8 * r;
          const word = segment_table[w + 0];
          if (!(word >= 0 && (word & 15) <= 3)) {
            throw new RangeError(`segment_table: row ${b}, segment ${r - lo}: unknown kind word ${word} (kinds are 0 text, 1 const, 2 grid, 3 frames)`);
          }
          const kind = word & 15;
          const v = word >> 4;
          const start = segment_table[w + 1];
          const end = r + 1 < hi ? segment_table[w + 9] : row_length;
          if (!(r !== lo || start === 0)) {
            throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (${["text","const","grid","frames"][kind]}): the first segment of a row must start at 0, got ${start}`);
          }
          if (!((start >= 0 && end > start) && end <= row_length)) {
            throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (${["text","const","grid","frames"][kind]}): starts at ${start} but the next starts at ${end}; starts must rise strictly and stay below the row length ${row_length}`);
          }
          const last = (end - start) - 1;
          if (!(kind >= 2 || v === 0)) {
            throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (${["text","const","grid","frames"][kind]}): kind word ${word} has a value index; only grid and frames do`);
          }
          if (kind === 0) {
            if (!(segment_table[w + 2] + last >= -2147483648 && segment_table[w + 2] + last <= 2147483647)) {
              throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (text): base ${segment_table[w + 2]} + ${last} does not fit in i32`);
            }
          } else if (kind === 1) {
            const frac = bitsToF32(segment_table[w + 3]);
            if (!(frac > -1.0 && frac < 1.0)) {
              throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (const): the fraction word must hold an f32 in (−1, 1), got ${frac}`);
            }
          } else if (kind === 2) {
            const H = segment_table[w + 5];
            const W = segment_table[w + 6];
            const offset = segment_table[w + 7];
            if (!((H >= 1 && W >= 1) && H * W <= 2147483647)) {
              throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (grid): H = ${H} and W = ${W} must be ≥ 1 with H·W < 2^31`);
            }
            if (!(offset >= 0 && offset + last <= 2147483647)) {
              throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (grid): offset ${offset} + ${last} must be ≥ 0 and fit in i32`);
            }
            if (!(v + 1 < segment_values.length)) {
              throw new RangeError(`segment_values: row ${b}, segment ${r - lo} (grid) reads its temporal scale at values[${v}] and [${v + 1}], but there are ${segment_values.length} values`);
            }
            const ta = segment_values[v];
            const tc = segment_values[v + 1];
            if (!(((Number.isFinite(ta) && Number.isFinite(tc)) && ta >= 0.0) && tc >= 0.0)) {
              throw new RangeError(`segment_values: the temporal scale of row ${b}, segment ${r - lo} must be finite and ≥ 0, got (${ta}, ${tc})`);
            }
            const t_max = segment_table[w + 2] + (ta === 1.0 && tc === 1.0 ? Math.trunc((offset + last) / (H * W)) : Math.trunc(Math.fround(Math.fround(Math.fround(Math.trunc((offset + last) / (H * W))) * ta) * tc)));
            if (!((t_max <= 2147483647.0 && segment_table[w + 3] + (H - 1) <= 2147483647) && segment_table[w + 4] + (W - 1) <= 2147483647)) {
              throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (grid): positions up to (${t_max}, ${segment_table[w + 3] + (H - 1)}, ${segment_table[w + 4] + (W - 1)}) do not fit in i32`);
            }
          } else {
            const frames = segment_table[w + 2];
            const ppf = segment_table[w + 3];
            const offset = segment_table[w + 4];
            if (!(frames >= 0 && ppf >= 1)) {
              throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (frames): frame count ${frames} must be ≥ 0 and patches per frame ${ppf} ≥ 1`);
            }
            if (!(offset >= 0 && offset + last <= 2147483647)) {
              throw new RangeError(`segment_table: row ${b}, segment ${r - lo} (frames): offset ${offset} + ${last} must be ≥ 0 and fit in i32`);
            }
            if (!(v + frames <= segment_values.length)) {
              throw new RangeError(`segment_values: row ${b}, segment ${r - lo} (frames) reads values[${v} … ${(v + frames) - 1}], but there are ${segment_values.length} values`);
            }
            for (let i = v; i < v + frames; i++) {
              if (!(Math.abs(segment_values[i]) < 2147483648.0)) {
                throw new RangeError(`segment_values: frame time values[${i}] = ${segment_values[i]} must be finite and below 2^31 in magnitude`);
              }
            }
          }
        }
      }
    }
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
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 8)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 8 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 8;
    const n_offset = 0;
    if (!(segment_table !== undefined && segment_table !== null)) {
      throw new RangeError(`segment_table: missing; spec qwen3_vl_8b evaluates its mrope positions from a segment table (encodeSegments)`);
    }
    if (!(segment_table instanceof Int32Array)) {
      throw new RangeError(`segment_table: expected an Int32Array (encodeSegments(...).table), got ${typeName(segment_table)}`);
    }
    if (!(segment_values !== undefined && segment_values !== null)) {
      throw new RangeError(`segment_values: missing; pass the values array encodeSegments returns (it may be empty)`);
    }
    if (!(segment_values instanceof Float32Array)) {
      throw new RangeError(`segment_values: expected a Float32Array (encodeSegments(...).values), got ${typeName(segment_values)}`);
    }
    check_segments(1, n_seq);
    if (!(q instanceof Uint16Array)) {
      throw new RangeError(`q: expected a Uint16Array of shape [tokens, q_heads, head_dim] = [${n_tokens}, ${n_q_heads}, 128], got ${typeName(q)}`);
    }
    if (!(q.length === (n_tokens * n_q_heads) * 128)) {
      throw new RangeError(`q: expected shape [tokens, q_heads, head_dim] = [${n_tokens}, ${n_q_heads}, 128] (${(n_tokens * n_q_heads) * 128} values), got length ${q.length}`);
    }
    if (!(k instanceof Uint16Array)) {
      throw new RangeError(`k: expected a Uint16Array of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 128], got ${typeName(k)}`);
    }
    if (!(k.length === (n_tokens * n_k_heads) * 128)) {
      throw new RangeError(`k: expected shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 128] (${(n_tokens * n_k_heads) * 128} values), got length ${k.length}`);
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
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 8)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 8 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 8;
    return { tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const omega = OMEGA;
    if (srcq === dstq) rows(shape.batch, shape.seq, dstq, dstk, inputs.segment_table!, inputs.segment_values!);
    else rowsOut(shape.batch, shape.seq, dstq, srcq, dstk, srck, inputs.segment_table!, inputs.segment_values!);
}

/** in place, 1 item(s) per token (runs schedule). */
function rows(batch: number, seq: number, q_out: Uint16Array, k_out: Uint16Array, segment_table: Int32Array, segment_values: Float32Array): void {
  const c0_1 = SCRATCH_rows_c0_1;
  const s0_1 = SCRATCH_rows_s0_1;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        let pos0_1 = 0;
        let pos1_1 = 0;
        let pos2_1 = 0;
        const header_1 = batch + 1;
        let lo_1 = Math.max(b < segment_table.length ? segment_table[b] : 0, 0);
        const end_1 = b + 1 < segment_table.length ? segment_table[b + 1] : 0;
        if (end_1 <= lo_1) {
          pos0_1 = 0;
          pos1_1 = 0;
          pos2_1 = 0;
        } else {
          let hi_1 = end_1 - 1;
          while (lo_1 < hi_1) {
            const mid_1 = hi_1 - Math.trunc((hi_1 - lo_1) / 2);
            if (((header_1 + 8 * mid_1) + 1 < segment_table.length ? segment_table[(header_1 + 8 * mid_1) + 1] : 0) <= s) {
              lo_1 = mid_1;
            } else {
              hi_1 = mid_1 - 1;
            }
          }
          const w_1 = header_1 + 8 * lo_1;
          const kind_1 = (w_1 < segment_table.length ? segment_table[w_1] : 0) & 15;
          const vi_1 = (((w_1 < segment_table.length ? segment_table[w_1] : 0) >>> 0) >>> 4);
          const d_1 = s - (w_1 + 1 < segment_table.length ? segment_table[w_1 + 1] : 0);
          if (kind_1 == 0) {
            pos0_1 = ((w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0) + d_1);
            pos1_1 = ((w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0) + d_1);
            pos2_1 = ((w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0) + d_1);
          } else if (kind_1 == 1) {
            pos0_1 = (w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0) + bitsToF32((w_1 + 3 < segment_table.length ? segment_table[w_1 + 3] : 0));
            pos1_1 = (w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0) + bitsToF32((w_1 + 3 < segment_table.length ? segment_table[w_1 + 3] : 0));
            pos2_1 = (w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0) + bitsToF32((w_1 + 3 < segment_table.length ? segment_table[w_1 + 3] : 0));
          } else if (kind_1 == 2) {
            const sh_1 = Math.max(w_1 + 5 < segment_table.length ? segment_table[w_1 + 5] : 0, 1);
            const sw_1 = Math.max(w_1 + 6 < segment_table.length ? segment_table[w_1 + 6] : 0, 1);
            const kk_1 = (w_1 + 7 < segment_table.length ? segment_table[w_1 + 7] : 0) + d_1;
            const fr_1 = Math.trunc(kk_1 / (sh_1 * sw_1));
            const rr_1 = kk_1 - (fr_1 * sh_1) * sw_1;
            const hh_1 = Math.trunc(rr_1 / sw_1);
            const ta_1 = vi_1 < segment_values.length ? segment_values[vi_1] : 0.0;
            const tb_1 = vi_1 + 1 < segment_values.length ? segment_values[vi_1 + 1] : 0.0;
            const tf_1 = ta_1 == 1.0 && tb_1 == 1.0 ? fr_1 : Math.trunc(Math.trunc(Math.fround(Math.fround(Math.fround(fr_1) * ta_1) * tb_1)));
            pos0_1 = ((w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0) + tf_1);
            pos1_1 = ((w_1 + 3 < segment_table.length ? segment_table[w_1 + 3] : 0) + hh_1);
            pos2_1 = ((w_1 + 4 < segment_table.length ? segment_table[w_1 + 4] : 0) + (rr_1 - hh_1 * sw_1));
          } else {
            const nf_1 = w_1 + 2 < segment_table.length ? segment_table[w_1 + 2] : 0;
            const frame_1 = Math.max(Math.min(Math.trunc(((w_1 + 4 < segment_table.length ? segment_table[w_1 + 4] : 0) + d_1) / Math.max(w_1 + 3 < segment_table.length ? segment_table[w_1 + 3] : 0, 1)), nf_1 - 1), 0);
            if (nf_1 <= 0) {
              pos0_1 = 0;
              pos1_1 = 0;
              pos2_1 = 0;
            } else {
              pos0_1 = (vi_1 + frame_1 < segment_values.length ? segment_values[vi_1 + frame_1] : 0.0);
              pos1_1 = (vi_1 + frame_1 < segment_values.length ? segment_values[vi_1 + frame_1] : 0.0);
              pos2_1 = (vi_1 + frame_1 < segment_values.length ? segment_values[vi_1 + frame_1] : 0.0);
            }
          }
        }
        for (let i_1 = 0; i_1 < 64; i_1++) {
          const p_2 = PAIR_COMPONENT[i_1] == 0 ? pos0_1 : PAIR_COMPONENT[i_1] == 1 ? pos1_1 : pos2_1;
          const angle_2 = p_2 * OMEGA[i_1];
          const cs0_1_0 = Math.cos(angle_2);
          const cs0_1_1 = Math.sin(angle_2);
          c0_1[i_1] = cs0_1_0;
          s0_1[i_1] = cs0_1_1;
        }
        for (let h_1 = 0; h_1 < 32; h_1++) {
          const o_1 = (flat * 32 + h_1) * 128;
          for (let i_1 = 0; i_1 < 64; i_1++) {
            const xa_1 = BF16_VALUES[q_out[o_1 + i_1]];
            const xb_1 = BF16_VALUES[q_out[(o_1 + 64) + i_1]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            q_out[o_1 + i_1] = numberToBf16(xa_1 * ci_1 - xb_1 * si_1);
            q_out[(o_1 + 64) + i_1] = numberToBf16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
        for (let h_1 = 0; h_1 < 8; h_1++) {
          const o_1 = (flat * 8 + h_1) * 128;
          for (let i_1 = 0; i_1 < 64; i_1++) {
            const xa_1 = BF16_VALUES[k_out[o_1 + i_1]];
            const xb_1 = BF16_VALUES[k_out[(o_1 + 64) + i_1]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            k_out[o_1 + i_1] = numberToBf16(xa_1 * ci_1 - xb_1 * si_1);
            k_out[(o_1 + 64) + i_1] = numberToBf16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
    }
  }
}

/** out of place, 1 item(s) per token (runs schedule). */
function rowsOut(batch: number, seq: number, q_out: Uint16Array, q_in: Uint16Array, k_out: Uint16Array, k_in: Uint16Array, segment_table: Int32Array, segment_values: Float32Array): void {
  const c0_3 = SCRATCH_rowsOut_c0_3;
  const s0_3 = SCRATCH_rowsOut_s0_3;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        let pos0_3 = 0;
        let pos1_3 = 0;
        let pos2_3 = 0;
        const header_3 = batch + 1;
        let lo_3 = Math.max(b < segment_table.length ? segment_table[b] : 0, 0);
        const end_3 = b + 1 < segment_table.length ? segment_table[b + 1] : 0;
        if (end_3 <= lo_3) {
          pos0_3 = 0;
          pos1_3 = 0;
          pos2_3 = 0;
        } else {
          let hi_3 = end_3 - 1;
          while (lo_3 < hi_3) {
            const mid_3 = hi_3 - Math.trunc((hi_3 - lo_3) / 2);
            if (((header_3 + 8 * mid_3) + 1 < segment_table.length ? segment_table[(header_3 + 8 * mid_3) + 1] : 0) <= s) {
              lo_3 = mid_3;
            } else {
              hi_3 = mid_3 - 1;
            }
          }
          const w_3 = header_3 + 8 * lo_3;
          const kind_3 = (w_3 < segment_table.length ? segment_table[w_3] : 0) & 15;
          const vi_3 = (((w_3 < segment_table.length ? segment_table[w_3] : 0) >>> 0) >>> 4);
          const d_3 = s - (w_3 + 1 < segment_table.length ? segment_table[w_3 + 1] : 0);
          if (kind_3 == 0) {
            pos0_3 = ((w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0) + d_3);
            pos1_3 = ((w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0) + d_3);
            pos2_3 = ((w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0) + d_3);
          } else if (kind_3 == 1) {
            pos0_3 = (w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0) + bitsToF32((w_3 + 3 < segment_table.length ? segment_table[w_3 + 3] : 0));
            pos1_3 = (w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0) + bitsToF32((w_3 + 3 < segment_table.length ? segment_table[w_3 + 3] : 0));
            pos2_3 = (w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0) + bitsToF32((w_3 + 3 < segment_table.length ? segment_table[w_3 + 3] : 0));
          } else if (kind_3 == 2) {
            const sh_3 = Math.max(w_3 + 5 < segment_table.length ? segment_table[w_3 + 5] : 0, 1);
            const sw_3 = Math.max(w_3 + 6 < segment_table.length ? segment_table[w_3 + 6] : 0, 1);
            const kk_3 = (w_3 + 7 < segment_table.length ? segment_table[w_3 + 7] : 0) + d_3;
            const fr_3 = Math.trunc(kk_3 / (sh_3 * sw_3));
            const rr_3 = kk_3 - (fr_3 * sh_3) * sw_3;
            const hh_3 = Math.trunc(rr_3 / sw_3);
            const ta_3 = vi_3 < segment_values.length ? segment_values[vi_3] : 0.0;
            const tb_3 = vi_3 + 1 < segment_values.length ? segment_values[vi_3 + 1] : 0.0;
            const tf_3 = ta_3 == 1.0 && tb_3 == 1.0 ? fr_3 : Math.trunc(Math.trunc(Math.fround(Math.fround(Math.fround(fr_3) * ta_3) * tb_3)));
            pos0_3 = ((w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0) + tf_3);
            pos1_3 = ((w_3 + 3 < segment_table.length ? segment_table[w_3 + 3] : 0) + hh_3);
            pos2_3 = ((w_3 + 4 < segment_table.length ? segment_table[w_3 + 4] : 0) + (rr_3 - hh_3 * sw_3));
          } else {
            const nf_3 = w_3 + 2 < segment_table.length ? segment_table[w_3 + 2] : 0;
            const frame_3 = Math.max(Math.min(Math.trunc(((w_3 + 4 < segment_table.length ? segment_table[w_3 + 4] : 0) + d_3) / Math.max(w_3 + 3 < segment_table.length ? segment_table[w_3 + 3] : 0, 1)), nf_3 - 1), 0);
            if (nf_3 <= 0) {
              pos0_3 = 0;
              pos1_3 = 0;
              pos2_3 = 0;
            } else {
              pos0_3 = (vi_3 + frame_3 < segment_values.length ? segment_values[vi_3 + frame_3] : 0.0);
              pos1_3 = (vi_3 + frame_3 < segment_values.length ? segment_values[vi_3 + frame_3] : 0.0);
              pos2_3 = (vi_3 + frame_3 < segment_values.length ? segment_values[vi_3 + frame_3] : 0.0);
            }
          }
        }
        for (let i_3 = 0; i_3 < 64; i_3++) {
          const p_4 = PAIR_COMPONENT[i_3] == 0 ? pos0_3 : PAIR_COMPONENT[i_3] == 1 ? pos1_3 : pos2_3;
          const angle_4 = p_4 * OMEGA[i_3];
          const cs0_3_0 = Math.cos(angle_4);
          const cs0_3_1 = Math.sin(angle_4);
          c0_3[i_3] = cs0_3_0;
          s0_3[i_3] = cs0_3_1;
        }
        for (let h_3 = 0; h_3 < 32; h_3++) {
          const o_3 = (flat * 32 + h_3) * 128;
          for (let i_3 = 0; i_3 < 64; i_3++) {
            const xa_3 = BF16_VALUES[q_in[o_3 + i_3]];
            const xb_3 = BF16_VALUES[q_in[(o_3 + 64) + i_3]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            q_out[o_3 + i_3] = numberToBf16(xa_3 * ci_3 - xb_3 * si_3);
            q_out[(o_3 + 64) + i_3] = numberToBf16(xb_3 * ci_3 + xa_3 * si_3);
          }
        }
        for (let h_3 = 0; h_3 < 8; h_3++) {
          const o_3 = (flat * 8 + h_3) * 128;
          for (let i_3 = 0; i_3 < 64; i_3++) {
            const xa_3 = BF16_VALUES[k_in[o_3 + i_3]];
            const xb_3 = BF16_VALUES[k_in[(o_3 + 64) + i_3]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            k_out[o_3 + i_3] = numberToBf16(xa_3 * ci_3 - xb_3 * si_3);
            k_out[(o_3 + 64) + i_3] = numberToBf16(xb_3 * ci_3 + xa_3 * si_3);
          }
        }
    }
  }
}

function cosSinKernel(inputs: Inputs, shape: Shape, cs: Float32Array): void {
    const omega = OMEGA;
    cosSinRows(shape.batch, shape.seq, inputs.segment_table!, inputs.segment_values!, cs);
}

/** cos and sin of every pair into cs [tokens, 2, 64]. */
function cosSinRows(batch: number, seq: number, segment_table: Int32Array, segment_values: Float32Array, cs: Float32Array): void {
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        let pos0 = 0;
        let pos1 = 0;
        let pos2 = 0;
        const header = batch + 1;
        let lo = Math.max(b < segment_table.length ? segment_table[b] : 0, 0);
        const end = b + 1 < segment_table.length ? segment_table[b + 1] : 0;
        if (end <= lo) {
          pos0 = 0;
          pos1 = 0;
          pos2 = 0;
        } else {
          let hi = end - 1;
          while (lo < hi) {
            const mid = hi - Math.trunc((hi - lo) / 2);
            if (((header + 8 * mid) + 1 < segment_table.length ? segment_table[(header + 8 * mid) + 1] : 0) <= s) {
              lo = mid;
            } else {
              hi = mid - 1;
            }
          }
          const w = header + 8 * lo;
          const kind = (w < segment_table.length ? segment_table[w] : 0) & 15;
          const vi = (((w < segment_table.length ? segment_table[w] : 0) >>> 0) >>> 4);
          const d = s - (w + 1 < segment_table.length ? segment_table[w + 1] : 0);
          if (kind == 0) {
            pos0 = ((w + 2 < segment_table.length ? segment_table[w + 2] : 0) + d);
            pos1 = ((w + 2 < segment_table.length ? segment_table[w + 2] : 0) + d);
            pos2 = ((w + 2 < segment_table.length ? segment_table[w + 2] : 0) + d);
          } else if (kind == 1) {
            pos0 = (w + 2 < segment_table.length ? segment_table[w + 2] : 0) + bitsToF32((w + 3 < segment_table.length ? segment_table[w + 3] : 0));
            pos1 = (w + 2 < segment_table.length ? segment_table[w + 2] : 0) + bitsToF32((w + 3 < segment_table.length ? segment_table[w + 3] : 0));
            pos2 = (w + 2 < segment_table.length ? segment_table[w + 2] : 0) + bitsToF32((w + 3 < segment_table.length ? segment_table[w + 3] : 0));
          } else if (kind == 2) {
            const sh = Math.max(w + 5 < segment_table.length ? segment_table[w + 5] : 0, 1);
            const sw = Math.max(w + 6 < segment_table.length ? segment_table[w + 6] : 0, 1);
            const kk = (w + 7 < segment_table.length ? segment_table[w + 7] : 0) + d;
            const fr = Math.trunc(kk / (sh * sw));
            const rr = kk - (fr * sh) * sw;
            const hh = Math.trunc(rr / sw);
            const ta = vi < segment_values.length ? segment_values[vi] : 0.0;
            const tb = vi + 1 < segment_values.length ? segment_values[vi + 1] : 0.0;
            const tf = ta == 1.0 && tb == 1.0 ? fr : Math.trunc(Math.trunc(Math.fround(Math.fround(Math.fround(fr) * ta) * tb)));
            pos0 = ((w + 2 < segment_table.length ? segment_table[w + 2] : 0) + tf);
            pos1 = ((w + 3 < segment_table.length ? segment_table[w + 3] : 0) + hh);
            pos2 = ((w + 4 < segment_table.length ? segment_table[w + 4] : 0) + (rr - hh * sw));
          } else {
            const nf = w + 2 < segment_table.length ? segment_table[w + 2] : 0;
            const frame = Math.max(Math.min(Math.trunc(((w + 4 < segment_table.length ? segment_table[w + 4] : 0) + d) / Math.max(w + 3 < segment_table.length ? segment_table[w + 3] : 0, 1)), nf - 1), 0);
            if (nf <= 0) {
              pos0 = 0;
              pos1 = 0;
              pos2 = 0;
            } else {
              pos0 = (vi + frame < segment_values.length ? segment_values[vi + frame] : 0.0);
              pos1 = (vi + frame < segment_values.length ? segment_values[vi + frame] : 0.0);
              pos2 = (vi + frame < segment_values.length ? segment_values[vi + frame] : 0.0);
            }
          }
        }
        for (let j = 0; j < 64; j++) {
          const p_5 = PAIR_COMPONENT[j] == 0 ? pos0 : PAIR_COMPONENT[j] == 1 ? pos1 : pos2;
          const angle_5 = p_5 * OMEGA[j];
          const cs0_0 = Math.cos(angle_5);
          const cs0_1 = Math.sin(angle_5);
          cs[flat * 128 + j] = cs0_0;
          cs[(flat * 128 + 64) + j] = cs0_1;
        }
    }
  }
}

/** Groups of arrays that may be strided views of one buffer (`strided`): the inputs, and the outputs. */
const VIEWS: readonly (readonly string[])[] = [];

/** Rotates q and k of rope qwen3_vl_8b in place. Throws RangeError naming the argument on bad input. */
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
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 23, 2, 96, 10, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 0, 96, 6, 127, 127, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 176, 3, 2, 69, 1, 2, 127, 65, 0, 33, 10, 2, 64, 3, 64, 32, 10, 32, 3, 79, 13, 1, 32, 2, 32, 10, 65, 128, 4, 108, 106, 33, 11, 32, 0, 32, 4, 32, 10, 32, 11, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 10, 32, 11, 32, 8, 32, 9, 16, 1, 32, 10, 65, 1, 106, 33, 10, 12, 0, 11, 11, 11, 231, 2, 4, 5, 127, 6, 123, 4, 125, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 7, 33, 8, 32, 3, 33, 9, 32, 3, 65, 128, 2, 106, 33, 10, 3, 64, 32, 8, 253, 93, 1, 0, 253, 169, 1, 65, 16, 253, 171, 1, 33, 11, 32, 8, 253, 93, 1, 128, 1, 253, 169, 1, 65, 16, 253, 171, 1, 33, 12, 32, 9, 253, 0, 2, 0, 33, 13, 32, 9, 253, 0, 2, 128, 2, 33, 14, 32, 8, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 0, 0, 32, 8, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 128, 1, 0, 32, 8, 65, 8, 106, 33, 8, 32, 9, 65, 16, 106, 33, 9, 32, 9, 32, 10, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11]);
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
  const qLen = tokens * qHeads * 128;
  const kLen = tokens * kHeads * 128;
  const dataLen = qLen + kLen;
  const dataWords = Math.ceil(dataLen / 2);
  const csLen = tokens * 128;
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
      const inputs = { ...extra, q: call.tokens === tokens ? q : q.subarray(0, call.tokens * qHeads * 128), k: call.tokens === tokens ? k : k.subarray(0, call.tokens * kHeads * 128), sizes: callSizes } as Inputs;
      const shape = validate(inputs);
      cosSinKernel(inputs, shape, cs);
      rotateWasm(0, qLen * 2, dataWords * 4, shape.tokens, shape.qHeads, shape.kHeads, shape.qHeads * 256, 256, shape.kHeads * 256, 256);
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
