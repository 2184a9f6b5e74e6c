// Generated from spec/gpt_neox_20b.rope (rope gpt_neox_20b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: d8a3f74ecd5061d0
//
// rope gpt_neox_20b: head_dim 96, 12 pairs in 6 item(s) per token; f16 storage (two 16-bit values per u32 word), layout bhsd; scalar access; positions index; ω constant; sincos computed; precision exact
// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed
// once, then every head of q and of k is rotated with them. An item owns every word or vector it
// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<u32>;
@group(0) @binding(2) var<storage, read_write> k: array<u32>;
@group(0) @binding(3) var<storage, read> q_src: array<u32>;
@group(0) @binding(4) var<storage, read> k_src: array<u32>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 12>(0.1591796875, 0.073883056640625, 0.0342864990234375, 0.0159149169921875, 0.0073871612548828125, 0.0034284591674804688, 0.0015916824340820312, 0.0007386207580566406, 0.0003428459167480469, 0.00015914440155029297, 0.00007387995719909668, 0.00003428757190704346);
const TURNS_MID = array<f32, 12>(-0.000024743378162384033, -0.000009875744581222534, 0.0000023944303393363953, 5.774199962615967e-7, 1.568114385008812e-7, 4.3015461415052414e-7, -1.3300450518727303e-7, 1.1106021702289581e-7, 4.3015461415052414e-8, 1.0542862582951784e-8, -6.775735528208315e-9, 1.3210410543251783e-9);
const TURNS_LO = array<f32, 12>(-1.0299422426029992e-9, -2.2908190622228375e-10, -4.050538793265446e-10, -1.0299422426029992e-10, 3.74874610520326e-13, -1.7222324261156885e-11, 1.3421095831911423e-12, -1.160404498184997e-11, -1.722232165907167e-12, -1.3209805428335275e-12, -7.966065957917823e-13, 1.0062519665166719e-13);

// f32 → f16 bits, rounded to nearest even in integer arithmetic (NaN stays NaN, overflow → ±inf,
// subnormals exact): WGSL leaves the rounding of pack2x16float and f16(x) to the implementation.
fn f16_bits(v: f32) -> u32 {
  let x = bitcast<u32>(v);
  let sign = (x >> 16u) & 0x8000u;
  let ax = x & 0x7fffffffu;
  if (ax > 0x7f800000u) {
    return sign | 0x7e00u;
  }
  if (ax >= 0x477ff000u) {
    return sign | 0x7c00u;
  }
  if (ax >= 0x38800000u) {
    return sign | ((ax + 0x0fffu + ((ax >> 13u) & 1u) - 0x38000000u) >> 13u);
  }
  // Below 2^-14: a subnormal f16, m · 2^-24 with m = round(|v| · 2^24).
  let e = ax >> 23u;
  if (e < 102u) {
    return sign;
  }
  let m = (ax & 0x007fffffu) | 0x00800000u;
  let shift = 126u - e;
  let q = m >> shift;
  let rest = m & ((1u << shift) - 1u);
  let half = 1u << (shift - 1u);
  let up = select(0u, 1u, rest > half || (rest == half && (q & 1u) == 1u));
  return sign | (q + up);
}

/** q_out[i], or 0 past its end */
fn read_q_out(i: u32) -> u32 {
  if (i >= u32(arrayLength(&q))) {
    return 0u;
  }
  return q[i];
}

/** k_out[i], or 0 past its end */
fn read_k_out(i: u32) -> u32 {
  if (i >= u32(arrayLength(&k))) {
    return 0u;
  }
  return k[i];
}

/** q_in[i], or 0 past its end */
fn read_q_in(i: u32) -> u32 {
  if (i >= u32(arrayLength(&q_src))) {
    return 0u;
  }
  return q_src[i];
}

/** k_in[i], or 0 past its end */
fn read_k_in(i: u32) -> u32 {
  if (i >= u32(arrayLength(&k_src))) {
    return 0u;
  }
  return k_src[i];
}

/** x modulo 1 turn, in [−½, ½] */
fn reduce_turns(x: f32) -> f32 {
  return x - round(x);
}

/** cos and sin of t turns by our own polynomial (WGSL promises only 2^-11 for its sin and cos) */
fn sincos_turns(t: f32) -> vec2<f32> {
  let quarter: f32 = round(4.0 * t);
  let x: f32 = (t - 0.25 * quarter) * 6.2831854820251465;
  let x2: f32 = x * x;
  let sn: f32 = x * (1.0 + x2 * (-0.1666666716337204 + x2 * (0.008333333767950535 + x2 * (-0.00019841270113829523 + x2 * 0.0000027557318844628753))));
  let cs: f32 = 1.0 + x2 * (-0.5 + x2 * (0.0416666679084301 + x2 * (-0.0013888889225199819 + x2 * (0.000024801587642286904 + x2 * -2.755731998149713e-7))));
  let quadrant: i32 = i32(quarter) & 3i;
  if (quadrant == 1i) {
    return vec2<f32>(-sn, cs);
  }
  if (quadrant == 2i) {
    return vec2<f32>(-cs, -sn);
  }
  if (quadrant == 3i) {
    return vec2<f32>(sn, -cs);
  }
  return vec2<f32>(cs, sn);
}

/** cos and sin of p·ω_j (unscaled) */
fn pair_sincos(pw: i32, pf: f32, j: u32) -> vec2<f32> {
  let rh: f32 = TURNS_HI[j];
  let rm: f32 = TURNS_MID[j];
  let rl: f32 = TURNS_LO[j];
  let qa: f32 = f32(pw >> 24u) * 16777216.0;
  let qb: f32 = f32((pw >> 12u) & 4095i) * 4096.0;
  let qc: f32 = f32(pw & 4095i);
  var acc: f32 = reduce_turns(qa * rh);
  acc = reduce_turns(acc + reduce_turns(qa * rm));
  acc = reduce_turns(acc + reduce_turns(qb * rh));
  acc = reduce_turns(acc + reduce_turns(qb * rm));
  acc = reduce_turns(acc + reduce_turns(qc * rh));
  acc = reduce_turns(acc + reduce_turns(qc * rm));
  let small: f32 = ((reduce_turns(qa * rl) + reduce_turns(qb * rl)) + reduce_turns(qc * rl)) + reduce_turns(pf * ((rh + rm) + rl));
  return sincos_turns(reduce_turns(acc + small));
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q1_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let xa_0: f32 = unpack2x16float((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let xb_0: f32 = unpack2x16float((read_q_out((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_1: u32 = (o + ki * 2u) >> 1u;
  let shift_2: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_1 < u32(arrayLength(&q))) {
    q[word_1] = (read_q_out(word_1) & ((0xffffu << shift_2) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_2);
  }
  let word_3: u32 = (o + (12u + ki * 2u)) >> 1u;
  let shift_4: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
  if (word_3 < u32(arrayLength(&q))) {
    q[word_3] = (read_q_out(word_3) & ((0xffffu << shift_4) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_4);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let p1_xa_0: f32 = unpack2x16float((read_q_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_xb_0: f32 = unpack2x16float((read_q_out((op1 + (13u + ki * 2u)) >> 1u) >> (((op1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_5: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_6: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_5 < u32(arrayLength(&q))) {
    q[word_5] = (read_q_out(word_5) & ((0xffffu << shift_6) ^ 0xffffffffu)) | (f16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_6);
  }
  let word_7: u32 = (op1 + (13u + ki * 2u)) >> 1u;
  let shift_8: u32 = ((op1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_7 < u32(arrayLength(&q))) {
    q[word_7] = (read_q_out(word_7) & ((0xffffu << shift_8) ^ 0xffffffffu)) | (f16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_8);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k1_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let xa_0: f32 = unpack2x16float((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let xb_0: f32 = unpack2x16float((read_k_out((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_9: u32 = (o + ki * 2u) >> 1u;
  let shift_10: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_9 < u32(arrayLength(&k))) {
    k[word_9] = (read_k_out(word_9) & ((0xffffu << shift_10) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_10);
  }
  let word_11: u32 = (o + (12u + ki * 2u)) >> 1u;
  let shift_12: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
  if (word_11 < u32(arrayLength(&k))) {
    k[word_11] = (read_k_out(word_11) & ((0xffffu << shift_12) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_12);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let p1_xa_0: f32 = unpack2x16float((read_k_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_xb_0: f32 = unpack2x16float((read_k_out((op1 + (13u + ki * 2u)) >> 1u) >> (((op1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_13: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_14: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_13 < u32(arrayLength(&k))) {
    k[word_13] = (read_k_out(word_13) & ((0xffffu << shift_14) ^ 0xffffffffu)) | (f16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_14);
  }
  let word_15: u32 = (op1 + (13u + ki * 2u)) >> 1u;
  let shift_16: u32 = ((op1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_15 < u32(arrayLength(&k))) {
    k[word_15] = (read_k_out(word_15) & ((0xffffu << shift_16) ^ 0xffffffffu)) | (f16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_16);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), q heads h0 … h0 + 7 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q8_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let h0_xa_0: f32 = unpack2x16float((read_q_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h0_xb_0: f32 = unpack2x16float((read_q_out((oh0 + (12u + ki * 2u)) >> 1u) >> (((oh0 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_17: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_18: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_17 < u32(arrayLength(&q))) {
    q[word_17] = (read_q_out(word_17) & ((0xffffu << shift_18) ^ 0xffffffffu)) | (f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_18);
  }
  let word_19: u32 = (oh0 + (12u + ki * 2u)) >> 1u;
  let shift_20: u32 = ((oh0 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_19 < u32(arrayLength(&q))) {
    q[word_19] = (read_q_out(word_19) & ((0xffffu << shift_20) ^ 0xffffffffu)) | (f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_20);
  }
  let h1_xa_0: f32 = unpack2x16float((read_q_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h1_xb_0: f32 = unpack2x16float((read_q_out((oh1 + (12u + ki * 2u)) >> 1u) >> (((oh1 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_21: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_22: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_21 < u32(arrayLength(&q))) {
    q[word_21] = (read_q_out(word_21) & ((0xffffu << shift_22) ^ 0xffffffffu)) | (f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_22);
  }
  let word_23: u32 = (oh1 + (12u + ki * 2u)) >> 1u;
  let shift_24: u32 = ((oh1 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_23 < u32(arrayLength(&q))) {
    q[word_23] = (read_q_out(word_23) & ((0xffffu << shift_24) ^ 0xffffffffu)) | (f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_24);
  }
  let h2_xa_0: f32 = unpack2x16float((read_q_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h2_xb_0: f32 = unpack2x16float((read_q_out((oh2 + (12u + ki * 2u)) >> 1u) >> (((oh2 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_25: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_26: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_25 < u32(arrayLength(&q))) {
    q[word_25] = (read_q_out(word_25) & ((0xffffu << shift_26) ^ 0xffffffffu)) | (f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_26);
  }
  let word_27: u32 = (oh2 + (12u + ki * 2u)) >> 1u;
  let shift_28: u32 = ((oh2 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_27 < u32(arrayLength(&q))) {
    q[word_27] = (read_q_out(word_27) & ((0xffffu << shift_28) ^ 0xffffffffu)) | (f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_28);
  }
  let h3_xa_0: f32 = unpack2x16float((read_q_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h3_xb_0: f32 = unpack2x16float((read_q_out((oh3 + (12u + ki * 2u)) >> 1u) >> (((oh3 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_29: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_30: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_29 < u32(arrayLength(&q))) {
    q[word_29] = (read_q_out(word_29) & ((0xffffu << shift_30) ^ 0xffffffffu)) | (f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_30);
  }
  let word_31: u32 = (oh3 + (12u + ki * 2u)) >> 1u;
  let shift_32: u32 = ((oh3 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_31 < u32(arrayLength(&q))) {
    q[word_31] = (read_q_out(word_31) & ((0xffffu << shift_32) ^ 0xffffffffu)) | (f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_32);
  }
  let h4_xa_0: f32 = unpack2x16float((read_q_out((oh4 + ki * 2u) >> 1u) >> (((oh4 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h4_xb_0: f32 = unpack2x16float((read_q_out((oh4 + (12u + ki * 2u)) >> 1u) >> (((oh4 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_33: u32 = (oh4 + ki * 2u) >> 1u;
  let shift_34: u32 = ((oh4 + ki * 2u) & 1u) * 16u;
  if (word_33 < u32(arrayLength(&q))) {
    q[word_33] = (read_q_out(word_33) & ((0xffffu << shift_34) ^ 0xffffffffu)) | (f16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_34);
  }
  let word_35: u32 = (oh4 + (12u + ki * 2u)) >> 1u;
  let shift_36: u32 = ((oh4 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_35 < u32(arrayLength(&q))) {
    q[word_35] = (read_q_out(word_35) & ((0xffffu << shift_36) ^ 0xffffffffu)) | (f16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_36);
  }
  let h5_xa_0: f32 = unpack2x16float((read_q_out((oh5 + ki * 2u) >> 1u) >> (((oh5 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h5_xb_0: f32 = unpack2x16float((read_q_out((oh5 + (12u + ki * 2u)) >> 1u) >> (((oh5 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_37: u32 = (oh5 + ki * 2u) >> 1u;
  let shift_38: u32 = ((oh5 + ki * 2u) & 1u) * 16u;
  if (word_37 < u32(arrayLength(&q))) {
    q[word_37] = (read_q_out(word_37) & ((0xffffu << shift_38) ^ 0xffffffffu)) | (f16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_38);
  }
  let word_39: u32 = (oh5 + (12u + ki * 2u)) >> 1u;
  let shift_40: u32 = ((oh5 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_39 < u32(arrayLength(&q))) {
    q[word_39] = (read_q_out(word_39) & ((0xffffu << shift_40) ^ 0xffffffffu)) | (f16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_40);
  }
  let h6_xa_0: f32 = unpack2x16float((read_q_out((oh6 + ki * 2u) >> 1u) >> (((oh6 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h6_xb_0: f32 = unpack2x16float((read_q_out((oh6 + (12u + ki * 2u)) >> 1u) >> (((oh6 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_41: u32 = (oh6 + ki * 2u) >> 1u;
  let shift_42: u32 = ((oh6 + ki * 2u) & 1u) * 16u;
  if (word_41 < u32(arrayLength(&q))) {
    q[word_41] = (read_q_out(word_41) & ((0xffffu << shift_42) ^ 0xffffffffu)) | (f16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_42);
  }
  let word_43: u32 = (oh6 + (12u + ki * 2u)) >> 1u;
  let shift_44: u32 = ((oh6 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_43 < u32(arrayLength(&q))) {
    q[word_43] = (read_q_out(word_43) & ((0xffffu << shift_44) ^ 0xffffffffu)) | (f16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_44);
  }
  let h7_xa_0: f32 = unpack2x16float((read_q_out((oh7 + ki * 2u) >> 1u) >> (((oh7 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h7_xb_0: f32 = unpack2x16float((read_q_out((oh7 + (12u + ki * 2u)) >> 1u) >> (((oh7 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_45: u32 = (oh7 + ki * 2u) >> 1u;
  let shift_46: u32 = ((oh7 + ki * 2u) & 1u) * 16u;
  if (word_45 < u32(arrayLength(&q))) {
    q[word_45] = (read_q_out(word_45) & ((0xffffu << shift_46) ^ 0xffffffffu)) | (f16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_46);
  }
  let word_47: u32 = (oh7 + (12u + ki * 2u)) >> 1u;
  let shift_48: u32 = ((oh7 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_47 < u32(arrayLength(&q))) {
    q[word_47] = (read_q_out(word_47) & ((0xffffu << shift_48) ^ 0xffffffffu)) | (f16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_48);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let op1h1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let op1h2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let op1h3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let op1h4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let op1h5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let op1h6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let op1h7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let p1h0_xa_0: f32 = unpack2x16float((read_q_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_xb_0: f32 = unpack2x16float((read_q_out((op1h0 + (13u + ki * 2u)) >> 1u) >> (((op1h0 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_49: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_50: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_49 < u32(arrayLength(&q))) {
    q[word_49] = (read_q_out(word_49) & ((0xffffu << shift_50) ^ 0xffffffffu)) | (f16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_50);
  }
  let word_51: u32 = (op1h0 + (13u + ki * 2u)) >> 1u;
  let shift_52: u32 = ((op1h0 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_51 < u32(arrayLength(&q))) {
    q[word_51] = (read_q_out(word_51) & ((0xffffu << shift_52) ^ 0xffffffffu)) | (f16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_52);
  }
  let p1h1_xa_0: f32 = unpack2x16float((read_q_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_xb_0: f32 = unpack2x16float((read_q_out((op1h1 + (13u + ki * 2u)) >> 1u) >> (((op1h1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_53: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_54: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_53 < u32(arrayLength(&q))) {
    q[word_53] = (read_q_out(word_53) & ((0xffffu << shift_54) ^ 0xffffffffu)) | (f16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_54);
  }
  let word_55: u32 = (op1h1 + (13u + ki * 2u)) >> 1u;
  let shift_56: u32 = ((op1h1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_55 < u32(arrayLength(&q))) {
    q[word_55] = (read_q_out(word_55) & ((0xffffu << shift_56) ^ 0xffffffffu)) | (f16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_56);
  }
  let p1h2_xa_0: f32 = unpack2x16float((read_q_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_xb_0: f32 = unpack2x16float((read_q_out((op1h2 + (13u + ki * 2u)) >> 1u) >> (((op1h2 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_57: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_58: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_57 < u32(arrayLength(&q))) {
    q[word_57] = (read_q_out(word_57) & ((0xffffu << shift_58) ^ 0xffffffffu)) | (f16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_58);
  }
  let word_59: u32 = (op1h2 + (13u + ki * 2u)) >> 1u;
  let shift_60: u32 = ((op1h2 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_59 < u32(arrayLength(&q))) {
    q[word_59] = (read_q_out(word_59) & ((0xffffu << shift_60) ^ 0xffffffffu)) | (f16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_60);
  }
  let p1h3_xa_0: f32 = unpack2x16float((read_q_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_xb_0: f32 = unpack2x16float((read_q_out((op1h3 + (13u + ki * 2u)) >> 1u) >> (((op1h3 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_61: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_62: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_61 < u32(arrayLength(&q))) {
    q[word_61] = (read_q_out(word_61) & ((0xffffu << shift_62) ^ 0xffffffffu)) | (f16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_62);
  }
  let word_63: u32 = (op1h3 + (13u + ki * 2u)) >> 1u;
  let shift_64: u32 = ((op1h3 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_63 < u32(arrayLength(&q))) {
    q[word_63] = (read_q_out(word_63) & ((0xffffu << shift_64) ^ 0xffffffffu)) | (f16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_64);
  }
  let p1h4_xa_0: f32 = unpack2x16float((read_q_out((op1h4 + (1u + ki * 2u)) >> 1u) >> (((op1h4 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_xb_0: f32 = unpack2x16float((read_q_out((op1h4 + (13u + ki * 2u)) >> 1u) >> (((op1h4 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_ci_0: f32 = c1_0;
  let p1h4_si_0: f32 = s1_0;
  let word_65: u32 = (op1h4 + (1u + ki * 2u)) >> 1u;
  let shift_66: u32 = ((op1h4 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_65 < u32(arrayLength(&q))) {
    q[word_65] = (read_q_out(word_65) & ((0xffffu << shift_66) ^ 0xffffffffu)) | (f16_bits(p1h4_xa_0 * p1h4_ci_0 - p1h4_xb_0 * p1h4_si_0) << shift_66);
  }
  let word_67: u32 = (op1h4 + (13u + ki * 2u)) >> 1u;
  let shift_68: u32 = ((op1h4 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_67 < u32(arrayLength(&q))) {
    q[word_67] = (read_q_out(word_67) & ((0xffffu << shift_68) ^ 0xffffffffu)) | (f16_bits(p1h4_xb_0 * p1h4_ci_0 + p1h4_xa_0 * p1h4_si_0) << shift_68);
  }
  let p1h5_xa_0: f32 = unpack2x16float((read_q_out((op1h5 + (1u + ki * 2u)) >> 1u) >> (((op1h5 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_xb_0: f32 = unpack2x16float((read_q_out((op1h5 + (13u + ki * 2u)) >> 1u) >> (((op1h5 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_ci_0: f32 = c1_0;
  let p1h5_si_0: f32 = s1_0;
  let word_69: u32 = (op1h5 + (1u + ki * 2u)) >> 1u;
  let shift_70: u32 = ((op1h5 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_69 < u32(arrayLength(&q))) {
    q[word_69] = (read_q_out(word_69) & ((0xffffu << shift_70) ^ 0xffffffffu)) | (f16_bits(p1h5_xa_0 * p1h5_ci_0 - p1h5_xb_0 * p1h5_si_0) << shift_70);
  }
  let word_71: u32 = (op1h5 + (13u + ki * 2u)) >> 1u;
  let shift_72: u32 = ((op1h5 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_71 < u32(arrayLength(&q))) {
    q[word_71] = (read_q_out(word_71) & ((0xffffu << shift_72) ^ 0xffffffffu)) | (f16_bits(p1h5_xb_0 * p1h5_ci_0 + p1h5_xa_0 * p1h5_si_0) << shift_72);
  }
  let p1h6_xa_0: f32 = unpack2x16float((read_q_out((op1h6 + (1u + ki * 2u)) >> 1u) >> (((op1h6 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_xb_0: f32 = unpack2x16float((read_q_out((op1h6 + (13u + ki * 2u)) >> 1u) >> (((op1h6 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_ci_0: f32 = c1_0;
  let p1h6_si_0: f32 = s1_0;
  let word_73: u32 = (op1h6 + (1u + ki * 2u)) >> 1u;
  let shift_74: u32 = ((op1h6 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_73 < u32(arrayLength(&q))) {
    q[word_73] = (read_q_out(word_73) & ((0xffffu << shift_74) ^ 0xffffffffu)) | (f16_bits(p1h6_xa_0 * p1h6_ci_0 - p1h6_xb_0 * p1h6_si_0) << shift_74);
  }
  let word_75: u32 = (op1h6 + (13u + ki * 2u)) >> 1u;
  let shift_76: u32 = ((op1h6 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_75 < u32(arrayLength(&q))) {
    q[word_75] = (read_q_out(word_75) & ((0xffffu << shift_76) ^ 0xffffffffu)) | (f16_bits(p1h6_xb_0 * p1h6_ci_0 + p1h6_xa_0 * p1h6_si_0) << shift_76);
  }
  let p1h7_xa_0: f32 = unpack2x16float((read_q_out((op1h7 + (1u + ki * 2u)) >> 1u) >> (((op1h7 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_xb_0: f32 = unpack2x16float((read_q_out((op1h7 + (13u + ki * 2u)) >> 1u) >> (((op1h7 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_ci_0: f32 = c1_0;
  let p1h7_si_0: f32 = s1_0;
  let word_77: u32 = (op1h7 + (1u + ki * 2u)) >> 1u;
  let shift_78: u32 = ((op1h7 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_77 < u32(arrayLength(&q))) {
    q[word_77] = (read_q_out(word_77) & ((0xffffu << shift_78) ^ 0xffffffffu)) | (f16_bits(p1h7_xa_0 * p1h7_ci_0 - p1h7_xb_0 * p1h7_si_0) << shift_78);
  }
  let word_79: u32 = (op1h7 + (13u + ki * 2u)) >> 1u;
  let shift_80: u32 = ((op1h7 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_79 < u32(arrayLength(&q))) {
    q[word_79] = (read_q_out(word_79) & ((0xffffu << shift_80) ^ 0xffffffffu)) | (f16_bits(p1h7_xb_0 * p1h7_ci_0 + p1h7_xa_0 * p1h7_si_0) << shift_80);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), k heads h0 … h0 + 7 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k8_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let h0_xa_0: f32 = unpack2x16float((read_k_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h0_xb_0: f32 = unpack2x16float((read_k_out((oh0 + (12u + ki * 2u)) >> 1u) >> (((oh0 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_81: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_82: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_81 < u32(arrayLength(&k))) {
    k[word_81] = (read_k_out(word_81) & ((0xffffu << shift_82) ^ 0xffffffffu)) | (f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_82);
  }
  let word_83: u32 = (oh0 + (12u + ki * 2u)) >> 1u;
  let shift_84: u32 = ((oh0 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_83 < u32(arrayLength(&k))) {
    k[word_83] = (read_k_out(word_83) & ((0xffffu << shift_84) ^ 0xffffffffu)) | (f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_84);
  }
  let h1_xa_0: f32 = unpack2x16float((read_k_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h1_xb_0: f32 = unpack2x16float((read_k_out((oh1 + (12u + ki * 2u)) >> 1u) >> (((oh1 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_85: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_86: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_85 < u32(arrayLength(&k))) {
    k[word_85] = (read_k_out(word_85) & ((0xffffu << shift_86) ^ 0xffffffffu)) | (f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_86);
  }
  let word_87: u32 = (oh1 + (12u + ki * 2u)) >> 1u;
  let shift_88: u32 = ((oh1 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_87 < u32(arrayLength(&k))) {
    k[word_87] = (read_k_out(word_87) & ((0xffffu << shift_88) ^ 0xffffffffu)) | (f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_88);
  }
  let h2_xa_0: f32 = unpack2x16float((read_k_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h2_xb_0: f32 = unpack2x16float((read_k_out((oh2 + (12u + ki * 2u)) >> 1u) >> (((oh2 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_89: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_90: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_89 < u32(arrayLength(&k))) {
    k[word_89] = (read_k_out(word_89) & ((0xffffu << shift_90) ^ 0xffffffffu)) | (f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_90);
  }
  let word_91: u32 = (oh2 + (12u + ki * 2u)) >> 1u;
  let shift_92: u32 = ((oh2 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_91 < u32(arrayLength(&k))) {
    k[word_91] = (read_k_out(word_91) & ((0xffffu << shift_92) ^ 0xffffffffu)) | (f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_92);
  }
  let h3_xa_0: f32 = unpack2x16float((read_k_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h3_xb_0: f32 = unpack2x16float((read_k_out((oh3 + (12u + ki * 2u)) >> 1u) >> (((oh3 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_93: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_94: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_93 < u32(arrayLength(&k))) {
    k[word_93] = (read_k_out(word_93) & ((0xffffu << shift_94) ^ 0xffffffffu)) | (f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_94);
  }
  let word_95: u32 = (oh3 + (12u + ki * 2u)) >> 1u;
  let shift_96: u32 = ((oh3 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_95 < u32(arrayLength(&k))) {
    k[word_95] = (read_k_out(word_95) & ((0xffffu << shift_96) ^ 0xffffffffu)) | (f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_96);
  }
  let h4_xa_0: f32 = unpack2x16float((read_k_out((oh4 + ki * 2u) >> 1u) >> (((oh4 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h4_xb_0: f32 = unpack2x16float((read_k_out((oh4 + (12u + ki * 2u)) >> 1u) >> (((oh4 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_97: u32 = (oh4 + ki * 2u) >> 1u;
  let shift_98: u32 = ((oh4 + ki * 2u) & 1u) * 16u;
  if (word_97 < u32(arrayLength(&k))) {
    k[word_97] = (read_k_out(word_97) & ((0xffffu << shift_98) ^ 0xffffffffu)) | (f16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_98);
  }
  let word_99: u32 = (oh4 + (12u + ki * 2u)) >> 1u;
  let shift_100: u32 = ((oh4 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_99 < u32(arrayLength(&k))) {
    k[word_99] = (read_k_out(word_99) & ((0xffffu << shift_100) ^ 0xffffffffu)) | (f16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_100);
  }
  let h5_xa_0: f32 = unpack2x16float((read_k_out((oh5 + ki * 2u) >> 1u) >> (((oh5 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h5_xb_0: f32 = unpack2x16float((read_k_out((oh5 + (12u + ki * 2u)) >> 1u) >> (((oh5 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_101: u32 = (oh5 + ki * 2u) >> 1u;
  let shift_102: u32 = ((oh5 + ki * 2u) & 1u) * 16u;
  if (word_101 < u32(arrayLength(&k))) {
    k[word_101] = (read_k_out(word_101) & ((0xffffu << shift_102) ^ 0xffffffffu)) | (f16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_102);
  }
  let word_103: u32 = (oh5 + (12u + ki * 2u)) >> 1u;
  let shift_104: u32 = ((oh5 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_103 < u32(arrayLength(&k))) {
    k[word_103] = (read_k_out(word_103) & ((0xffffu << shift_104) ^ 0xffffffffu)) | (f16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_104);
  }
  let h6_xa_0: f32 = unpack2x16float((read_k_out((oh6 + ki * 2u) >> 1u) >> (((oh6 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h6_xb_0: f32 = unpack2x16float((read_k_out((oh6 + (12u + ki * 2u)) >> 1u) >> (((oh6 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_105: u32 = (oh6 + ki * 2u) >> 1u;
  let shift_106: u32 = ((oh6 + ki * 2u) & 1u) * 16u;
  if (word_105 < u32(arrayLength(&k))) {
    k[word_105] = (read_k_out(word_105) & ((0xffffu << shift_106) ^ 0xffffffffu)) | (f16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_106);
  }
  let word_107: u32 = (oh6 + (12u + ki * 2u)) >> 1u;
  let shift_108: u32 = ((oh6 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_107 < u32(arrayLength(&k))) {
    k[word_107] = (read_k_out(word_107) & ((0xffffu << shift_108) ^ 0xffffffffu)) | (f16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_108);
  }
  let h7_xa_0: f32 = unpack2x16float((read_k_out((oh7 + ki * 2u) >> 1u) >> (((oh7 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h7_xb_0: f32 = unpack2x16float((read_k_out((oh7 + (12u + ki * 2u)) >> 1u) >> (((oh7 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_109: u32 = (oh7 + ki * 2u) >> 1u;
  let shift_110: u32 = ((oh7 + ki * 2u) & 1u) * 16u;
  if (word_109 < u32(arrayLength(&k))) {
    k[word_109] = (read_k_out(word_109) & ((0xffffu << shift_110) ^ 0xffffffffu)) | (f16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_110);
  }
  let word_111: u32 = (oh7 + (12u + ki * 2u)) >> 1u;
  let shift_112: u32 = ((oh7 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_111 < u32(arrayLength(&k))) {
    k[word_111] = (read_k_out(word_111) & ((0xffffu << shift_112) ^ 0xffffffffu)) | (f16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_112);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let op1h1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let op1h2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let op1h3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let op1h4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let op1h5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let op1h6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let op1h7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let p1h0_xa_0: f32 = unpack2x16float((read_k_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_xb_0: f32 = unpack2x16float((read_k_out((op1h0 + (13u + ki * 2u)) >> 1u) >> (((op1h0 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_113: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_114: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_113 < u32(arrayLength(&k))) {
    k[word_113] = (read_k_out(word_113) & ((0xffffu << shift_114) ^ 0xffffffffu)) | (f16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_114);
  }
  let word_115: u32 = (op1h0 + (13u + ki * 2u)) >> 1u;
  let shift_116: u32 = ((op1h0 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_115 < u32(arrayLength(&k))) {
    k[word_115] = (read_k_out(word_115) & ((0xffffu << shift_116) ^ 0xffffffffu)) | (f16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_116);
  }
  let p1h1_xa_0: f32 = unpack2x16float((read_k_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_xb_0: f32 = unpack2x16float((read_k_out((op1h1 + (13u + ki * 2u)) >> 1u) >> (((op1h1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_117: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_118: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_117 < u32(arrayLength(&k))) {
    k[word_117] = (read_k_out(word_117) & ((0xffffu << shift_118) ^ 0xffffffffu)) | (f16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_118);
  }
  let word_119: u32 = (op1h1 + (13u + ki * 2u)) >> 1u;
  let shift_120: u32 = ((op1h1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_119 < u32(arrayLength(&k))) {
    k[word_119] = (read_k_out(word_119) & ((0xffffu << shift_120) ^ 0xffffffffu)) | (f16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_120);
  }
  let p1h2_xa_0: f32 = unpack2x16float((read_k_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_xb_0: f32 = unpack2x16float((read_k_out((op1h2 + (13u + ki * 2u)) >> 1u) >> (((op1h2 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_121: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_122: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_121 < u32(arrayLength(&k))) {
    k[word_121] = (read_k_out(word_121) & ((0xffffu << shift_122) ^ 0xffffffffu)) | (f16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_122);
  }
  let word_123: u32 = (op1h2 + (13u + ki * 2u)) >> 1u;
  let shift_124: u32 = ((op1h2 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_123 < u32(arrayLength(&k))) {
    k[word_123] = (read_k_out(word_123) & ((0xffffu << shift_124) ^ 0xffffffffu)) | (f16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_124);
  }
  let p1h3_xa_0: f32 = unpack2x16float((read_k_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_xb_0: f32 = unpack2x16float((read_k_out((op1h3 + (13u + ki * 2u)) >> 1u) >> (((op1h3 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_125: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_126: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_125 < u32(arrayLength(&k))) {
    k[word_125] = (read_k_out(word_125) & ((0xffffu << shift_126) ^ 0xffffffffu)) | (f16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_126);
  }
  let word_127: u32 = (op1h3 + (13u + ki * 2u)) >> 1u;
  let shift_128: u32 = ((op1h3 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_127 < u32(arrayLength(&k))) {
    k[word_127] = (read_k_out(word_127) & ((0xffffu << shift_128) ^ 0xffffffffu)) | (f16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_128);
  }
  let p1h4_xa_0: f32 = unpack2x16float((read_k_out((op1h4 + (1u + ki * 2u)) >> 1u) >> (((op1h4 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_xb_0: f32 = unpack2x16float((read_k_out((op1h4 + (13u + ki * 2u)) >> 1u) >> (((op1h4 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_ci_0: f32 = c1_0;
  let p1h4_si_0: f32 = s1_0;
  let word_129: u32 = (op1h4 + (1u + ki * 2u)) >> 1u;
  let shift_130: u32 = ((op1h4 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_129 < u32(arrayLength(&k))) {
    k[word_129] = (read_k_out(word_129) & ((0xffffu << shift_130) ^ 0xffffffffu)) | (f16_bits(p1h4_xa_0 * p1h4_ci_0 - p1h4_xb_0 * p1h4_si_0) << shift_130);
  }
  let word_131: u32 = (op1h4 + (13u + ki * 2u)) >> 1u;
  let shift_132: u32 = ((op1h4 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_131 < u32(arrayLength(&k))) {
    k[word_131] = (read_k_out(word_131) & ((0xffffu << shift_132) ^ 0xffffffffu)) | (f16_bits(p1h4_xb_0 * p1h4_ci_0 + p1h4_xa_0 * p1h4_si_0) << shift_132);
  }
  let p1h5_xa_0: f32 = unpack2x16float((read_k_out((op1h5 + (1u + ki * 2u)) >> 1u) >> (((op1h5 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_xb_0: f32 = unpack2x16float((read_k_out((op1h5 + (13u + ki * 2u)) >> 1u) >> (((op1h5 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_ci_0: f32 = c1_0;
  let p1h5_si_0: f32 = s1_0;
  let word_133: u32 = (op1h5 + (1u + ki * 2u)) >> 1u;
  let shift_134: u32 = ((op1h5 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_133 < u32(arrayLength(&k))) {
    k[word_133] = (read_k_out(word_133) & ((0xffffu << shift_134) ^ 0xffffffffu)) | (f16_bits(p1h5_xa_0 * p1h5_ci_0 - p1h5_xb_0 * p1h5_si_0) << shift_134);
  }
  let word_135: u32 = (op1h5 + (13u + ki * 2u)) >> 1u;
  let shift_136: u32 = ((op1h5 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_135 < u32(arrayLength(&k))) {
    k[word_135] = (read_k_out(word_135) & ((0xffffu << shift_136) ^ 0xffffffffu)) | (f16_bits(p1h5_xb_0 * p1h5_ci_0 + p1h5_xa_0 * p1h5_si_0) << shift_136);
  }
  let p1h6_xa_0: f32 = unpack2x16float((read_k_out((op1h6 + (1u + ki * 2u)) >> 1u) >> (((op1h6 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_xb_0: f32 = unpack2x16float((read_k_out((op1h6 + (13u + ki * 2u)) >> 1u) >> (((op1h6 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_ci_0: f32 = c1_0;
  let p1h6_si_0: f32 = s1_0;
  let word_137: u32 = (op1h6 + (1u + ki * 2u)) >> 1u;
  let shift_138: u32 = ((op1h6 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_137 < u32(arrayLength(&k))) {
    k[word_137] = (read_k_out(word_137) & ((0xffffu << shift_138) ^ 0xffffffffu)) | (f16_bits(p1h6_xa_0 * p1h6_ci_0 - p1h6_xb_0 * p1h6_si_0) << shift_138);
  }
  let word_139: u32 = (op1h6 + (13u + ki * 2u)) >> 1u;
  let shift_140: u32 = ((op1h6 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_139 < u32(arrayLength(&k))) {
    k[word_139] = (read_k_out(word_139) & ((0xffffu << shift_140) ^ 0xffffffffu)) | (f16_bits(p1h6_xb_0 * p1h6_ci_0 + p1h6_xa_0 * p1h6_si_0) << shift_140);
  }
  let p1h7_xa_0: f32 = unpack2x16float((read_k_out((op1h7 + (1u + ki * 2u)) >> 1u) >> (((op1h7 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_xb_0: f32 = unpack2x16float((read_k_out((op1h7 + (13u + ki * 2u)) >> 1u) >> (((op1h7 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_ci_0: f32 = c1_0;
  let p1h7_si_0: f32 = s1_0;
  let word_141: u32 = (op1h7 + (1u + ki * 2u)) >> 1u;
  let shift_142: u32 = ((op1h7 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_141 < u32(arrayLength(&k))) {
    k[word_141] = (read_k_out(word_141) & ((0xffffu << shift_142) ^ 0xffffffffu)) | (f16_bits(p1h7_xa_0 * p1h7_ci_0 - p1h7_xb_0 * p1h7_si_0) << shift_142);
  }
  let word_143: u32 = (op1h7 + (13u + ki * 2u)) >> 1u;
  let shift_144: u32 = ((op1h7 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_143 < u32(arrayLength(&k))) {
    k[word_143] = (read_k_out(word_143) & ((0xffffu << shift_144) ^ 0xffffffffu)) | (f16_bits(p1h7_xb_0 * p1h7_ci_0 + p1h7_xa_0 * p1h7_si_0) << shift_144);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar) (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_0(b: u32, s: u32, ki: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_q_out((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_145: u32 = (o + ki * 2u) >> 1u;
    let shift_146: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_145 < u32(arrayLength(&q))) {
      q[word_145] = (read_q_out(word_145) & ((0xffffu << shift_146) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_146);
    }
    let word_147: u32 = (o + (12u + ki * 2u)) >> 1u;
    let shift_148: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
    if (word_147 < u32(arrayLength(&q))) {
      q[word_147] = (read_q_out(word_147) & ((0xffffu << shift_148) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_148);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_out((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_149: u32 = (o + ki * 2u) >> 1u;
    let shift_150: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_149 < u32(arrayLength(&k))) {
      k[word_149] = (read_k_out(word_149) & ((0xffffu << shift_150) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_150);
    }
    let word_151: u32 = (o + (12u + ki * 2u)) >> 1u;
    let shift_152: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
    if (word_151 < u32(arrayLength(&k))) {
      k[word_151] = (read_k_out(word_151) & ((0xffffu << shift_152) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_152);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_q_out((o + (13u + ki * 2u)) >> 1u) >> (((o + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_153: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_154: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_153 < u32(arrayLength(&q))) {
      q[word_153] = (read_q_out(word_153) & ((0xffffu << shift_154) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_154);
    }
    let word_155: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_156: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_155 < u32(arrayLength(&q))) {
      q[word_155] = (read_q_out(word_155) & ((0xffffu << shift_156) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_156);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_out((o + (13u + ki * 2u)) >> 1u) >> (((o + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_157: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_158: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_157 < u32(arrayLength(&k))) {
      k[word_157] = (read_k_out(word_157) & ((0xffffu << shift_158) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_158);
    }
    let word_159: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_160: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_159 < u32(arrayLength(&k))) {
      k[word_159] = (read_k_out(word_159) & ((0xffffu << shift_160) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_160);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_q1_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let xa_0: f32 = unpack2x16float((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let xb_0: f32 = unpack2x16float((read_q_in((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_161: u32 = (o + ki * 2u) >> 1u;
  let shift_162: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_161 < u32(arrayLength(&q))) {
    q[word_161] = (read_q_out(word_161) & ((0xffffu << shift_162) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_162);
  }
  let word_163: u32 = (o + (12u + ki * 2u)) >> 1u;
  let shift_164: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
  if (word_163 < u32(arrayLength(&q))) {
    q[word_163] = (read_q_out(word_163) & ((0xffffu << shift_164) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_164);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let p1_xa_0: f32 = unpack2x16float((read_q_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_xb_0: f32 = unpack2x16float((read_q_in((op1 + (13u + ki * 2u)) >> 1u) >> (((op1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_165: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_166: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_165 < u32(arrayLength(&q))) {
    q[word_165] = (read_q_out(word_165) & ((0xffffu << shift_166) ^ 0xffffffffu)) | (f16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_166);
  }
  let word_167: u32 = (op1 + (13u + ki * 2u)) >> 1u;
  let shift_168: u32 = ((op1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_167 < u32(arrayLength(&q))) {
    q[word_167] = (read_q_out(word_167) & ((0xffffu << shift_168) ^ 0xffffffffu)) | (f16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_168);
  }
}

/** copy 16 lane(s) from 24 (scalar), q head h0 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_q1_1(b: u32, s: u32, ki: u32, h0: u32) {
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_169: u32 = ((o + (24u + ki * 16u)) + i) >> 1u;
    let shift_170: u32 = (((o + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_169 < u32(arrayLength(&q))) {
      q[word_169] = (read_q_out(word_169) & ((0xffffu << shift_170) ^ 0xffffffffu)) | (((read_q_in(word_169) >> ((((o + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_170);
    }
  }
}

/** copy 8 lane(s) from 88 (scalar), q head h0 */
fn item_scalar_out_q1_2(b: u32, s: u32, h0: u32) {
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let word_171: u32 = (o + 88u) >> 1u;
  let shift_172: u32 = ((o + 88u) & 1u) * 16u;
  if (word_171 < u32(arrayLength(&q))) {
    q[word_171] = (read_q_out(word_171) & ((0xffffu << shift_172) ^ 0xffffffffu)) | (((read_q_in(word_171) >> (((o + 88u) & 1u) * 16u)) & 0xffffu) << shift_172);
  }
  let word_173: u32 = ((o + 88u) + 1u) >> 1u;
  let shift_174: u32 = (((o + 88u) + 1u) & 1u) * 16u;
  if (word_173 < u32(arrayLength(&q))) {
    q[word_173] = (read_q_out(word_173) & ((0xffffu << shift_174) ^ 0xffffffffu)) | (((read_q_in(word_173) >> ((((o + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_174);
  }
  let word_175: u32 = ((o + 88u) + 2u) >> 1u;
  let shift_176: u32 = (((o + 88u) + 2u) & 1u) * 16u;
  if (word_175 < u32(arrayLength(&q))) {
    q[word_175] = (read_q_out(word_175) & ((0xffffu << shift_176) ^ 0xffffffffu)) | (((read_q_in(word_175) >> ((((o + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_176);
  }
  let word_177: u32 = ((o + 88u) + 3u) >> 1u;
  let shift_178: u32 = (((o + 88u) + 3u) & 1u) * 16u;
  if (word_177 < u32(arrayLength(&q))) {
    q[word_177] = (read_q_out(word_177) & ((0xffffu << shift_178) ^ 0xffffffffu)) | (((read_q_in(word_177) >> ((((o + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_178);
  }
  let word_179: u32 = ((o + 88u) + 4u) >> 1u;
  let shift_180: u32 = (((o + 88u) + 4u) & 1u) * 16u;
  if (word_179 < u32(arrayLength(&q))) {
    q[word_179] = (read_q_out(word_179) & ((0xffffu << shift_180) ^ 0xffffffffu)) | (((read_q_in(word_179) >> ((((o + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_180);
  }
  let word_181: u32 = ((o + 88u) + 5u) >> 1u;
  let shift_182: u32 = (((o + 88u) + 5u) & 1u) * 16u;
  if (word_181 < u32(arrayLength(&q))) {
    q[word_181] = (read_q_out(word_181) & ((0xffffu << shift_182) ^ 0xffffffffu)) | (((read_q_in(word_181) >> ((((o + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_182);
  }
  let word_183: u32 = ((o + 88u) + 6u) >> 1u;
  let shift_184: u32 = (((o + 88u) + 6u) & 1u) * 16u;
  if (word_183 < u32(arrayLength(&q))) {
    q[word_183] = (read_q_out(word_183) & ((0xffffu << shift_184) ^ 0xffffffffu)) | (((read_q_in(word_183) >> ((((o + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_184);
  }
  let word_185: u32 = ((o + 88u) + 7u) >> 1u;
  let shift_186: u32 = (((o + 88u) + 7u) & 1u) * 16u;
  if (word_185 < u32(arrayLength(&q))) {
    q[word_185] = (read_q_out(word_185) & ((0xffffu << shift_186) ^ 0xffffffffu)) | (((read_q_in(word_185) >> ((((o + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_186);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_k1_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let xa_0: f32 = unpack2x16float((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let xb_0: f32 = unpack2x16float((read_k_in((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_187: u32 = (o + ki * 2u) >> 1u;
  let shift_188: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_187 < u32(arrayLength(&k))) {
    k[word_187] = (read_k_out(word_187) & ((0xffffu << shift_188) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_188);
  }
  let word_189: u32 = (o + (12u + ki * 2u)) >> 1u;
  let shift_190: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
  if (word_189 < u32(arrayLength(&k))) {
    k[word_189] = (read_k_out(word_189) & ((0xffffu << shift_190) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_190);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let p1_xa_0: f32 = unpack2x16float((read_k_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_xb_0: f32 = unpack2x16float((read_k_in((op1 + (13u + ki * 2u)) >> 1u) >> (((op1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_191: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_192: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_191 < u32(arrayLength(&k))) {
    k[word_191] = (read_k_out(word_191) & ((0xffffu << shift_192) ^ 0xffffffffu)) | (f16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_192);
  }
  let word_193: u32 = (op1 + (13u + ki * 2u)) >> 1u;
  let shift_194: u32 = ((op1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_193 < u32(arrayLength(&k))) {
    k[word_193] = (read_k_out(word_193) & ((0xffffu << shift_194) ^ 0xffffffffu)) | (f16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_194);
  }
}

/** copy 16 lane(s) from 24 (scalar), k head h0 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_k1_1(b: u32, s: u32, ki: u32, h0: u32) {
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_195: u32 = ((o + (24u + ki * 16u)) + i) >> 1u;
    let shift_196: u32 = (((o + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_195 < u32(arrayLength(&k))) {
      k[word_195] = (read_k_out(word_195) & ((0xffffu << shift_196) ^ 0xffffffffu)) | (((read_k_in(word_195) >> ((((o + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_196);
    }
  }
}

/** copy 8 lane(s) from 88 (scalar), k head h0 */
fn item_scalar_out_k1_2(b: u32, s: u32, h0: u32) {
  let o: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let word_197: u32 = (o + 88u) >> 1u;
  let shift_198: u32 = ((o + 88u) & 1u) * 16u;
  if (word_197 < u32(arrayLength(&k))) {
    k[word_197] = (read_k_out(word_197) & ((0xffffu << shift_198) ^ 0xffffffffu)) | (((read_k_in(word_197) >> (((o + 88u) & 1u) * 16u)) & 0xffffu) << shift_198);
  }
  let word_199: u32 = ((o + 88u) + 1u) >> 1u;
  let shift_200: u32 = (((o + 88u) + 1u) & 1u) * 16u;
  if (word_199 < u32(arrayLength(&k))) {
    k[word_199] = (read_k_out(word_199) & ((0xffffu << shift_200) ^ 0xffffffffu)) | (((read_k_in(word_199) >> ((((o + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_200);
  }
  let word_201: u32 = ((o + 88u) + 2u) >> 1u;
  let shift_202: u32 = (((o + 88u) + 2u) & 1u) * 16u;
  if (word_201 < u32(arrayLength(&k))) {
    k[word_201] = (read_k_out(word_201) & ((0xffffu << shift_202) ^ 0xffffffffu)) | (((read_k_in(word_201) >> ((((o + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_202);
  }
  let word_203: u32 = ((o + 88u) + 3u) >> 1u;
  let shift_204: u32 = (((o + 88u) + 3u) & 1u) * 16u;
  if (word_203 < u32(arrayLength(&k))) {
    k[word_203] = (read_k_out(word_203) & ((0xffffu << shift_204) ^ 0xffffffffu)) | (((read_k_in(word_203) >> ((((o + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_204);
  }
  let word_205: u32 = ((o + 88u) + 4u) >> 1u;
  let shift_206: u32 = (((o + 88u) + 4u) & 1u) * 16u;
  if (word_205 < u32(arrayLength(&k))) {
    k[word_205] = (read_k_out(word_205) & ((0xffffu << shift_206) ^ 0xffffffffu)) | (((read_k_in(word_205) >> ((((o + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_206);
  }
  let word_207: u32 = ((o + 88u) + 5u) >> 1u;
  let shift_208: u32 = (((o + 88u) + 5u) & 1u) * 16u;
  if (word_207 < u32(arrayLength(&k))) {
    k[word_207] = (read_k_out(word_207) & ((0xffffu << shift_208) ^ 0xffffffffu)) | (((read_k_in(word_207) >> ((((o + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_208);
  }
  let word_209: u32 = ((o + 88u) + 6u) >> 1u;
  let shift_210: u32 = (((o + 88u) + 6u) & 1u) * 16u;
  if (word_209 < u32(arrayLength(&k))) {
    k[word_209] = (read_k_out(word_209) & ((0xffffu << shift_210) ^ 0xffffffffu)) | (((read_k_in(word_209) >> ((((o + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_210);
  }
  let word_211: u32 = ((o + 88u) + 7u) >> 1u;
  let shift_212: u32 = (((o + 88u) + 7u) & 1u) * 16u;
  if (word_211 < u32(arrayLength(&k))) {
    k[word_211] = (read_k_out(word_211) & ((0xffffu << shift_212) ^ 0xffffffffu)) | (((read_k_in(word_211) >> ((((o + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_212);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), q heads h0 … h0 + 7 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_q8_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let h0_xa_0: f32 = unpack2x16float((read_q_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h0_xb_0: f32 = unpack2x16float((read_q_in((oh0 + (12u + ki * 2u)) >> 1u) >> (((oh0 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_213: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_214: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_213 < u32(arrayLength(&q))) {
    q[word_213] = (read_q_out(word_213) & ((0xffffu << shift_214) ^ 0xffffffffu)) | (f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_214);
  }
  let word_215: u32 = (oh0 + (12u + ki * 2u)) >> 1u;
  let shift_216: u32 = ((oh0 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_215 < u32(arrayLength(&q))) {
    q[word_215] = (read_q_out(word_215) & ((0xffffu << shift_216) ^ 0xffffffffu)) | (f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_216);
  }
  let h1_xa_0: f32 = unpack2x16float((read_q_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h1_xb_0: f32 = unpack2x16float((read_q_in((oh1 + (12u + ki * 2u)) >> 1u) >> (((oh1 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_217: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_218: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_217 < u32(arrayLength(&q))) {
    q[word_217] = (read_q_out(word_217) & ((0xffffu << shift_218) ^ 0xffffffffu)) | (f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_218);
  }
  let word_219: u32 = (oh1 + (12u + ki * 2u)) >> 1u;
  let shift_220: u32 = ((oh1 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_219 < u32(arrayLength(&q))) {
    q[word_219] = (read_q_out(word_219) & ((0xffffu << shift_220) ^ 0xffffffffu)) | (f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_220);
  }
  let h2_xa_0: f32 = unpack2x16float((read_q_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h2_xb_0: f32 = unpack2x16float((read_q_in((oh2 + (12u + ki * 2u)) >> 1u) >> (((oh2 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_221: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_222: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_221 < u32(arrayLength(&q))) {
    q[word_221] = (read_q_out(word_221) & ((0xffffu << shift_222) ^ 0xffffffffu)) | (f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_222);
  }
  let word_223: u32 = (oh2 + (12u + ki * 2u)) >> 1u;
  let shift_224: u32 = ((oh2 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_223 < u32(arrayLength(&q))) {
    q[word_223] = (read_q_out(word_223) & ((0xffffu << shift_224) ^ 0xffffffffu)) | (f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_224);
  }
  let h3_xa_0: f32 = unpack2x16float((read_q_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h3_xb_0: f32 = unpack2x16float((read_q_in((oh3 + (12u + ki * 2u)) >> 1u) >> (((oh3 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_225: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_226: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_225 < u32(arrayLength(&q))) {
    q[word_225] = (read_q_out(word_225) & ((0xffffu << shift_226) ^ 0xffffffffu)) | (f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_226);
  }
  let word_227: u32 = (oh3 + (12u + ki * 2u)) >> 1u;
  let shift_228: u32 = ((oh3 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_227 < u32(arrayLength(&q))) {
    q[word_227] = (read_q_out(word_227) & ((0xffffu << shift_228) ^ 0xffffffffu)) | (f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_228);
  }
  let h4_xa_0: f32 = unpack2x16float((read_q_in((oh4 + ki * 2u) >> 1u) >> (((oh4 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h4_xb_0: f32 = unpack2x16float((read_q_in((oh4 + (12u + ki * 2u)) >> 1u) >> (((oh4 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_229: u32 = (oh4 + ki * 2u) >> 1u;
  let shift_230: u32 = ((oh4 + ki * 2u) & 1u) * 16u;
  if (word_229 < u32(arrayLength(&q))) {
    q[word_229] = (read_q_out(word_229) & ((0xffffu << shift_230) ^ 0xffffffffu)) | (f16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_230);
  }
  let word_231: u32 = (oh4 + (12u + ki * 2u)) >> 1u;
  let shift_232: u32 = ((oh4 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_231 < u32(arrayLength(&q))) {
    q[word_231] = (read_q_out(word_231) & ((0xffffu << shift_232) ^ 0xffffffffu)) | (f16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_232);
  }
  let h5_xa_0: f32 = unpack2x16float((read_q_in((oh5 + ki * 2u) >> 1u) >> (((oh5 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h5_xb_0: f32 = unpack2x16float((read_q_in((oh5 + (12u + ki * 2u)) >> 1u) >> (((oh5 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_233: u32 = (oh5 + ki * 2u) >> 1u;
  let shift_234: u32 = ((oh5 + ki * 2u) & 1u) * 16u;
  if (word_233 < u32(arrayLength(&q))) {
    q[word_233] = (read_q_out(word_233) & ((0xffffu << shift_234) ^ 0xffffffffu)) | (f16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_234);
  }
  let word_235: u32 = (oh5 + (12u + ki * 2u)) >> 1u;
  let shift_236: u32 = ((oh5 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_235 < u32(arrayLength(&q))) {
    q[word_235] = (read_q_out(word_235) & ((0xffffu << shift_236) ^ 0xffffffffu)) | (f16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_236);
  }
  let h6_xa_0: f32 = unpack2x16float((read_q_in((oh6 + ki * 2u) >> 1u) >> (((oh6 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h6_xb_0: f32 = unpack2x16float((read_q_in((oh6 + (12u + ki * 2u)) >> 1u) >> (((oh6 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_237: u32 = (oh6 + ki * 2u) >> 1u;
  let shift_238: u32 = ((oh6 + ki * 2u) & 1u) * 16u;
  if (word_237 < u32(arrayLength(&q))) {
    q[word_237] = (read_q_out(word_237) & ((0xffffu << shift_238) ^ 0xffffffffu)) | (f16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_238);
  }
  let word_239: u32 = (oh6 + (12u + ki * 2u)) >> 1u;
  let shift_240: u32 = ((oh6 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_239 < u32(arrayLength(&q))) {
    q[word_239] = (read_q_out(word_239) & ((0xffffu << shift_240) ^ 0xffffffffu)) | (f16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_240);
  }
  let h7_xa_0: f32 = unpack2x16float((read_q_in((oh7 + ki * 2u) >> 1u) >> (((oh7 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h7_xb_0: f32 = unpack2x16float((read_q_in((oh7 + (12u + ki * 2u)) >> 1u) >> (((oh7 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_241: u32 = (oh7 + ki * 2u) >> 1u;
  let shift_242: u32 = ((oh7 + ki * 2u) & 1u) * 16u;
  if (word_241 < u32(arrayLength(&q))) {
    q[word_241] = (read_q_out(word_241) & ((0xffffu << shift_242) ^ 0xffffffffu)) | (f16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_242);
  }
  let word_243: u32 = (oh7 + (12u + ki * 2u)) >> 1u;
  let shift_244: u32 = ((oh7 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_243 < u32(arrayLength(&q))) {
    q[word_243] = (read_q_out(word_243) & ((0xffffu << shift_244) ^ 0xffffffffu)) | (f16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_244);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let op1h1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let op1h2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let op1h3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let op1h4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let op1h5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let op1h6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let op1h7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let p1h0_xa_0: f32 = unpack2x16float((read_q_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_xb_0: f32 = unpack2x16float((read_q_in((op1h0 + (13u + ki * 2u)) >> 1u) >> (((op1h0 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_245: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_246: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_245 < u32(arrayLength(&q))) {
    q[word_245] = (read_q_out(word_245) & ((0xffffu << shift_246) ^ 0xffffffffu)) | (f16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_246);
  }
  let word_247: u32 = (op1h0 + (13u + ki * 2u)) >> 1u;
  let shift_248: u32 = ((op1h0 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_247 < u32(arrayLength(&q))) {
    q[word_247] = (read_q_out(word_247) & ((0xffffu << shift_248) ^ 0xffffffffu)) | (f16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_248);
  }
  let p1h1_xa_0: f32 = unpack2x16float((read_q_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_xb_0: f32 = unpack2x16float((read_q_in((op1h1 + (13u + ki * 2u)) >> 1u) >> (((op1h1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_249: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_250: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_249 < u32(arrayLength(&q))) {
    q[word_249] = (read_q_out(word_249) & ((0xffffu << shift_250) ^ 0xffffffffu)) | (f16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_250);
  }
  let word_251: u32 = (op1h1 + (13u + ki * 2u)) >> 1u;
  let shift_252: u32 = ((op1h1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_251 < u32(arrayLength(&q))) {
    q[word_251] = (read_q_out(word_251) & ((0xffffu << shift_252) ^ 0xffffffffu)) | (f16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_252);
  }
  let p1h2_xa_0: f32 = unpack2x16float((read_q_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_xb_0: f32 = unpack2x16float((read_q_in((op1h2 + (13u + ki * 2u)) >> 1u) >> (((op1h2 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_253: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_254: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_253 < u32(arrayLength(&q))) {
    q[word_253] = (read_q_out(word_253) & ((0xffffu << shift_254) ^ 0xffffffffu)) | (f16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_254);
  }
  let word_255: u32 = (op1h2 + (13u + ki * 2u)) >> 1u;
  let shift_256: u32 = ((op1h2 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_255 < u32(arrayLength(&q))) {
    q[word_255] = (read_q_out(word_255) & ((0xffffu << shift_256) ^ 0xffffffffu)) | (f16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_256);
  }
  let p1h3_xa_0: f32 = unpack2x16float((read_q_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_xb_0: f32 = unpack2x16float((read_q_in((op1h3 + (13u + ki * 2u)) >> 1u) >> (((op1h3 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_257: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_258: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_257 < u32(arrayLength(&q))) {
    q[word_257] = (read_q_out(word_257) & ((0xffffu << shift_258) ^ 0xffffffffu)) | (f16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_258);
  }
  let word_259: u32 = (op1h3 + (13u + ki * 2u)) >> 1u;
  let shift_260: u32 = ((op1h3 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_259 < u32(arrayLength(&q))) {
    q[word_259] = (read_q_out(word_259) & ((0xffffu << shift_260) ^ 0xffffffffu)) | (f16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_260);
  }
  let p1h4_xa_0: f32 = unpack2x16float((read_q_in((op1h4 + (1u + ki * 2u)) >> 1u) >> (((op1h4 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_xb_0: f32 = unpack2x16float((read_q_in((op1h4 + (13u + ki * 2u)) >> 1u) >> (((op1h4 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_ci_0: f32 = c1_0;
  let p1h4_si_0: f32 = s1_0;
  let word_261: u32 = (op1h4 + (1u + ki * 2u)) >> 1u;
  let shift_262: u32 = ((op1h4 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_261 < u32(arrayLength(&q))) {
    q[word_261] = (read_q_out(word_261) & ((0xffffu << shift_262) ^ 0xffffffffu)) | (f16_bits(p1h4_xa_0 * p1h4_ci_0 - p1h4_xb_0 * p1h4_si_0) << shift_262);
  }
  let word_263: u32 = (op1h4 + (13u + ki * 2u)) >> 1u;
  let shift_264: u32 = ((op1h4 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_263 < u32(arrayLength(&q))) {
    q[word_263] = (read_q_out(word_263) & ((0xffffu << shift_264) ^ 0xffffffffu)) | (f16_bits(p1h4_xb_0 * p1h4_ci_0 + p1h4_xa_0 * p1h4_si_0) << shift_264);
  }
  let p1h5_xa_0: f32 = unpack2x16float((read_q_in((op1h5 + (1u + ki * 2u)) >> 1u) >> (((op1h5 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_xb_0: f32 = unpack2x16float((read_q_in((op1h5 + (13u + ki * 2u)) >> 1u) >> (((op1h5 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_ci_0: f32 = c1_0;
  let p1h5_si_0: f32 = s1_0;
  let word_265: u32 = (op1h5 + (1u + ki * 2u)) >> 1u;
  let shift_266: u32 = ((op1h5 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_265 < u32(arrayLength(&q))) {
    q[word_265] = (read_q_out(word_265) & ((0xffffu << shift_266) ^ 0xffffffffu)) | (f16_bits(p1h5_xa_0 * p1h5_ci_0 - p1h5_xb_0 * p1h5_si_0) << shift_266);
  }
  let word_267: u32 = (op1h5 + (13u + ki * 2u)) >> 1u;
  let shift_268: u32 = ((op1h5 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_267 < u32(arrayLength(&q))) {
    q[word_267] = (read_q_out(word_267) & ((0xffffu << shift_268) ^ 0xffffffffu)) | (f16_bits(p1h5_xb_0 * p1h5_ci_0 + p1h5_xa_0 * p1h5_si_0) << shift_268);
  }
  let p1h6_xa_0: f32 = unpack2x16float((read_q_in((op1h6 + (1u + ki * 2u)) >> 1u) >> (((op1h6 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_xb_0: f32 = unpack2x16float((read_q_in((op1h6 + (13u + ki * 2u)) >> 1u) >> (((op1h6 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_ci_0: f32 = c1_0;
  let p1h6_si_0: f32 = s1_0;
  let word_269: u32 = (op1h6 + (1u + ki * 2u)) >> 1u;
  let shift_270: u32 = ((op1h6 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_269 < u32(arrayLength(&q))) {
    q[word_269] = (read_q_out(word_269) & ((0xffffu << shift_270) ^ 0xffffffffu)) | (f16_bits(p1h6_xa_0 * p1h6_ci_0 - p1h6_xb_0 * p1h6_si_0) << shift_270);
  }
  let word_271: u32 = (op1h6 + (13u + ki * 2u)) >> 1u;
  let shift_272: u32 = ((op1h6 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_271 < u32(arrayLength(&q))) {
    q[word_271] = (read_q_out(word_271) & ((0xffffu << shift_272) ^ 0xffffffffu)) | (f16_bits(p1h6_xb_0 * p1h6_ci_0 + p1h6_xa_0 * p1h6_si_0) << shift_272);
  }
  let p1h7_xa_0: f32 = unpack2x16float((read_q_in((op1h7 + (1u + ki * 2u)) >> 1u) >> (((op1h7 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_xb_0: f32 = unpack2x16float((read_q_in((op1h7 + (13u + ki * 2u)) >> 1u) >> (((op1h7 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_ci_0: f32 = c1_0;
  let p1h7_si_0: f32 = s1_0;
  let word_273: u32 = (op1h7 + (1u + ki * 2u)) >> 1u;
  let shift_274: u32 = ((op1h7 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_273 < u32(arrayLength(&q))) {
    q[word_273] = (read_q_out(word_273) & ((0xffffu << shift_274) ^ 0xffffffffu)) | (f16_bits(p1h7_xa_0 * p1h7_ci_0 - p1h7_xb_0 * p1h7_si_0) << shift_274);
  }
  let word_275: u32 = (op1h7 + (13u + ki * 2u)) >> 1u;
  let shift_276: u32 = ((op1h7 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_275 < u32(arrayLength(&q))) {
    q[word_275] = (read_q_out(word_275) & ((0xffffu << shift_276) ^ 0xffffffffu)) | (f16_bits(p1h7_xb_0 * p1h7_ci_0 + p1h7_xa_0 * p1h7_si_0) << shift_276);
  }
}

/** copy 16 lane(s) from 24 (scalar), q heads h0 … h0 + 7 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_q8_1(b: u32, s: u32, ki: u32, h0: u32) {
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_277: u32 = ((oh0 + (24u + ki * 16u)) + i) >> 1u;
    let shift_278: u32 = (((oh0 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_277 < u32(arrayLength(&q))) {
      q[word_277] = (read_q_out(word_277) & ((0xffffu << shift_278) ^ 0xffffffffu)) | (((read_q_in(word_277) >> ((((oh0 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_278);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_279: u32 = ((oh1 + (24u + ki * 16u)) + i) >> 1u;
    let shift_280: u32 = (((oh1 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_279 < u32(arrayLength(&q))) {
      q[word_279] = (read_q_out(word_279) & ((0xffffu << shift_280) ^ 0xffffffffu)) | (((read_q_in(word_279) >> ((((oh1 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_280);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_281: u32 = ((oh2 + (24u + ki * 16u)) + i) >> 1u;
    let shift_282: u32 = (((oh2 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_281 < u32(arrayLength(&q))) {
      q[word_281] = (read_q_out(word_281) & ((0xffffu << shift_282) ^ 0xffffffffu)) | (((read_q_in(word_281) >> ((((oh2 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_282);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_283: u32 = ((oh3 + (24u + ki * 16u)) + i) >> 1u;
    let shift_284: u32 = (((oh3 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_283 < u32(arrayLength(&q))) {
      q[word_283] = (read_q_out(word_283) & ((0xffffu << shift_284) ^ 0xffffffffu)) | (((read_q_in(word_283) >> ((((oh3 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_284);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_285: u32 = ((oh4 + (24u + ki * 16u)) + i) >> 1u;
    let shift_286: u32 = (((oh4 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_285 < u32(arrayLength(&q))) {
      q[word_285] = (read_q_out(word_285) & ((0xffffu << shift_286) ^ 0xffffffffu)) | (((read_q_in(word_285) >> ((((oh4 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_286);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_287: u32 = ((oh5 + (24u + ki * 16u)) + i) >> 1u;
    let shift_288: u32 = (((oh5 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_287 < u32(arrayLength(&q))) {
      q[word_287] = (read_q_out(word_287) & ((0xffffu << shift_288) ^ 0xffffffffu)) | (((read_q_in(word_287) >> ((((oh5 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_288);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_289: u32 = ((oh6 + (24u + ki * 16u)) + i) >> 1u;
    let shift_290: u32 = (((oh6 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_289 < u32(arrayLength(&q))) {
      q[word_289] = (read_q_out(word_289) & ((0xffffu << shift_290) ^ 0xffffffffu)) | (((read_q_in(word_289) >> ((((oh6 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_290);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_291: u32 = ((oh7 + (24u + ki * 16u)) + i) >> 1u;
    let shift_292: u32 = (((oh7 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_291 < u32(arrayLength(&q))) {
      q[word_291] = (read_q_out(word_291) & ((0xffffu << shift_292) ^ 0xffffffffu)) | (((read_q_in(word_291) >> ((((oh7 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_292);
    }
  }
}

/** copy 8 lane(s) from 88 (scalar), q heads h0 … h0 + 7 */
fn item_scalar_out_q8_2(b: u32, s: u32, h0: u32) {
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let word_293: u32 = (oh0 + 88u) >> 1u;
  let shift_294: u32 = ((oh0 + 88u) & 1u) * 16u;
  if (word_293 < u32(arrayLength(&q))) {
    q[word_293] = (read_q_out(word_293) & ((0xffffu << shift_294) ^ 0xffffffffu)) | (((read_q_in(word_293) >> (((oh0 + 88u) & 1u) * 16u)) & 0xffffu) << shift_294);
  }
  let word_295: u32 = ((oh0 + 88u) + 1u) >> 1u;
  let shift_296: u32 = (((oh0 + 88u) + 1u) & 1u) * 16u;
  if (word_295 < u32(arrayLength(&q))) {
    q[word_295] = (read_q_out(word_295) & ((0xffffu << shift_296) ^ 0xffffffffu)) | (((read_q_in(word_295) >> ((((oh0 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_296);
  }
  let word_297: u32 = ((oh0 + 88u) + 2u) >> 1u;
  let shift_298: u32 = (((oh0 + 88u) + 2u) & 1u) * 16u;
  if (word_297 < u32(arrayLength(&q))) {
    q[word_297] = (read_q_out(word_297) & ((0xffffu << shift_298) ^ 0xffffffffu)) | (((read_q_in(word_297) >> ((((oh0 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_298);
  }
  let word_299: u32 = ((oh0 + 88u) + 3u) >> 1u;
  let shift_300: u32 = (((oh0 + 88u) + 3u) & 1u) * 16u;
  if (word_299 < u32(arrayLength(&q))) {
    q[word_299] = (read_q_out(word_299) & ((0xffffu << shift_300) ^ 0xffffffffu)) | (((read_q_in(word_299) >> ((((oh0 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_300);
  }
  let word_301: u32 = ((oh0 + 88u) + 4u) >> 1u;
  let shift_302: u32 = (((oh0 + 88u) + 4u) & 1u) * 16u;
  if (word_301 < u32(arrayLength(&q))) {
    q[word_301] = (read_q_out(word_301) & ((0xffffu << shift_302) ^ 0xffffffffu)) | (((read_q_in(word_301) >> ((((oh0 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_302);
  }
  let word_303: u32 = ((oh0 + 88u) + 5u) >> 1u;
  let shift_304: u32 = (((oh0 + 88u) + 5u) & 1u) * 16u;
  if (word_303 < u32(arrayLength(&q))) {
    q[word_303] = (read_q_out(word_303) & ((0xffffu << shift_304) ^ 0xffffffffu)) | (((read_q_in(word_303) >> ((((oh0 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_304);
  }
  let word_305: u32 = ((oh0 + 88u) + 6u) >> 1u;
  let shift_306: u32 = (((oh0 + 88u) + 6u) & 1u) * 16u;
  if (word_305 < u32(arrayLength(&q))) {
    q[word_305] = (read_q_out(word_305) & ((0xffffu << shift_306) ^ 0xffffffffu)) | (((read_q_in(word_305) >> ((((oh0 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_306);
  }
  let word_307: u32 = ((oh0 + 88u) + 7u) >> 1u;
  let shift_308: u32 = (((oh0 + 88u) + 7u) & 1u) * 16u;
  if (word_307 < u32(arrayLength(&q))) {
    q[word_307] = (read_q_out(word_307) & ((0xffffu << shift_308) ^ 0xffffffffu)) | (((read_q_in(word_307) >> ((((oh0 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_308);
  }
  let word_309: u32 = (oh1 + 88u) >> 1u;
  let shift_310: u32 = ((oh1 + 88u) & 1u) * 16u;
  if (word_309 < u32(arrayLength(&q))) {
    q[word_309] = (read_q_out(word_309) & ((0xffffu << shift_310) ^ 0xffffffffu)) | (((read_q_in(word_309) >> (((oh1 + 88u) & 1u) * 16u)) & 0xffffu) << shift_310);
  }
  let word_311: u32 = ((oh1 + 88u) + 1u) >> 1u;
  let shift_312: u32 = (((oh1 + 88u) + 1u) & 1u) * 16u;
  if (word_311 < u32(arrayLength(&q))) {
    q[word_311] = (read_q_out(word_311) & ((0xffffu << shift_312) ^ 0xffffffffu)) | (((read_q_in(word_311) >> ((((oh1 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_312);
  }
  let word_313: u32 = ((oh1 + 88u) + 2u) >> 1u;
  let shift_314: u32 = (((oh1 + 88u) + 2u) & 1u) * 16u;
  if (word_313 < u32(arrayLength(&q))) {
    q[word_313] = (read_q_out(word_313) & ((0xffffu << shift_314) ^ 0xffffffffu)) | (((read_q_in(word_313) >> ((((oh1 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_314);
  }
  let word_315: u32 = ((oh1 + 88u) + 3u) >> 1u;
  let shift_316: u32 = (((oh1 + 88u) + 3u) & 1u) * 16u;
  if (word_315 < u32(arrayLength(&q))) {
    q[word_315] = (read_q_out(word_315) & ((0xffffu << shift_316) ^ 0xffffffffu)) | (((read_q_in(word_315) >> ((((oh1 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_316);
  }
  let word_317: u32 = ((oh1 + 88u) + 4u) >> 1u;
  let shift_318: u32 = (((oh1 + 88u) + 4u) & 1u) * 16u;
  if (word_317 < u32(arrayLength(&q))) {
    q[word_317] = (read_q_out(word_317) & ((0xffffu << shift_318) ^ 0xffffffffu)) | (((read_q_in(word_317) >> ((((oh1 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_318);
  }
  let word_319: u32 = ((oh1 + 88u) + 5u) >> 1u;
  let shift_320: u32 = (((oh1 + 88u) + 5u) & 1u) * 16u;
  if (word_319 < u32(arrayLength(&q))) {
    q[word_319] = (read_q_out(word_319) & ((0xffffu << shift_320) ^ 0xffffffffu)) | (((read_q_in(word_319) >> ((((oh1 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_320);
  }
  let word_321: u32 = ((oh1 + 88u) + 6u) >> 1u;
  let shift_322: u32 = (((oh1 + 88u) + 6u) & 1u) * 16u;
  if (word_321 < u32(arrayLength(&q))) {
    q[word_321] = (read_q_out(word_321) & ((0xffffu << shift_322) ^ 0xffffffffu)) | (((read_q_in(word_321) >> ((((oh1 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_322);
  }
  let word_323: u32 = ((oh1 + 88u) + 7u) >> 1u;
  let shift_324: u32 = (((oh1 + 88u) + 7u) & 1u) * 16u;
  if (word_323 < u32(arrayLength(&q))) {
    q[word_323] = (read_q_out(word_323) & ((0xffffu << shift_324) ^ 0xffffffffu)) | (((read_q_in(word_323) >> ((((oh1 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_324);
  }
  let word_325: u32 = (oh2 + 88u) >> 1u;
  let shift_326: u32 = ((oh2 + 88u) & 1u) * 16u;
  if (word_325 < u32(arrayLength(&q))) {
    q[word_325] = (read_q_out(word_325) & ((0xffffu << shift_326) ^ 0xffffffffu)) | (((read_q_in(word_325) >> (((oh2 + 88u) & 1u) * 16u)) & 0xffffu) << shift_326);
  }
  let word_327: u32 = ((oh2 + 88u) + 1u) >> 1u;
  let shift_328: u32 = (((oh2 + 88u) + 1u) & 1u) * 16u;
  if (word_327 < u32(arrayLength(&q))) {
    q[word_327] = (read_q_out(word_327) & ((0xffffu << shift_328) ^ 0xffffffffu)) | (((read_q_in(word_327) >> ((((oh2 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_328);
  }
  let word_329: u32 = ((oh2 + 88u) + 2u) >> 1u;
  let shift_330: u32 = (((oh2 + 88u) + 2u) & 1u) * 16u;
  if (word_329 < u32(arrayLength(&q))) {
    q[word_329] = (read_q_out(word_329) & ((0xffffu << shift_330) ^ 0xffffffffu)) | (((read_q_in(word_329) >> ((((oh2 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_330);
  }
  let word_331: u32 = ((oh2 + 88u) + 3u) >> 1u;
  let shift_332: u32 = (((oh2 + 88u) + 3u) & 1u) * 16u;
  if (word_331 < u32(arrayLength(&q))) {
    q[word_331] = (read_q_out(word_331) & ((0xffffu << shift_332) ^ 0xffffffffu)) | (((read_q_in(word_331) >> ((((oh2 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_332);
  }
  let word_333: u32 = ((oh2 + 88u) + 4u) >> 1u;
  let shift_334: u32 = (((oh2 + 88u) + 4u) & 1u) * 16u;
  if (word_333 < u32(arrayLength(&q))) {
    q[word_333] = (read_q_out(word_333) & ((0xffffu << shift_334) ^ 0xffffffffu)) | (((read_q_in(word_333) >> ((((oh2 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_334);
  }
  let word_335: u32 = ((oh2 + 88u) + 5u) >> 1u;
  let shift_336: u32 = (((oh2 + 88u) + 5u) & 1u) * 16u;
  if (word_335 < u32(arrayLength(&q))) {
    q[word_335] = (read_q_out(word_335) & ((0xffffu << shift_336) ^ 0xffffffffu)) | (((read_q_in(word_335) >> ((((oh2 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_336);
  }
  let word_337: u32 = ((oh2 + 88u) + 6u) >> 1u;
  let shift_338: u32 = (((oh2 + 88u) + 6u) & 1u) * 16u;
  if (word_337 < u32(arrayLength(&q))) {
    q[word_337] = (read_q_out(word_337) & ((0xffffu << shift_338) ^ 0xffffffffu)) | (((read_q_in(word_337) >> ((((oh2 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_338);
  }
  let word_339: u32 = ((oh2 + 88u) + 7u) >> 1u;
  let shift_340: u32 = (((oh2 + 88u) + 7u) & 1u) * 16u;
  if (word_339 < u32(arrayLength(&q))) {
    q[word_339] = (read_q_out(word_339) & ((0xffffu << shift_340) ^ 0xffffffffu)) | (((read_q_in(word_339) >> ((((oh2 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_340);
  }
  let word_341: u32 = (oh3 + 88u) >> 1u;
  let shift_342: u32 = ((oh3 + 88u) & 1u) * 16u;
  if (word_341 < u32(arrayLength(&q))) {
    q[word_341] = (read_q_out(word_341) & ((0xffffu << shift_342) ^ 0xffffffffu)) | (((read_q_in(word_341) >> (((oh3 + 88u) & 1u) * 16u)) & 0xffffu) << shift_342);
  }
  let word_343: u32 = ((oh3 + 88u) + 1u) >> 1u;
  let shift_344: u32 = (((oh3 + 88u) + 1u) & 1u) * 16u;
  if (word_343 < u32(arrayLength(&q))) {
    q[word_343] = (read_q_out(word_343) & ((0xffffu << shift_344) ^ 0xffffffffu)) | (((read_q_in(word_343) >> ((((oh3 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_344);
  }
  let word_345: u32 = ((oh3 + 88u) + 2u) >> 1u;
  let shift_346: u32 = (((oh3 + 88u) + 2u) & 1u) * 16u;
  if (word_345 < u32(arrayLength(&q))) {
    q[word_345] = (read_q_out(word_345) & ((0xffffu << shift_346) ^ 0xffffffffu)) | (((read_q_in(word_345) >> ((((oh3 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_346);
  }
  let word_347: u32 = ((oh3 + 88u) + 3u) >> 1u;
  let shift_348: u32 = (((oh3 + 88u) + 3u) & 1u) * 16u;
  if (word_347 < u32(arrayLength(&q))) {
    q[word_347] = (read_q_out(word_347) & ((0xffffu << shift_348) ^ 0xffffffffu)) | (((read_q_in(word_347) >> ((((oh3 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_348);
  }
  let word_349: u32 = ((oh3 + 88u) + 4u) >> 1u;
  let shift_350: u32 = (((oh3 + 88u) + 4u) & 1u) * 16u;
  if (word_349 < u32(arrayLength(&q))) {
    q[word_349] = (read_q_out(word_349) & ((0xffffu << shift_350) ^ 0xffffffffu)) | (((read_q_in(word_349) >> ((((oh3 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_350);
  }
  let word_351: u32 = ((oh3 + 88u) + 5u) >> 1u;
  let shift_352: u32 = (((oh3 + 88u) + 5u) & 1u) * 16u;
  if (word_351 < u32(arrayLength(&q))) {
    q[word_351] = (read_q_out(word_351) & ((0xffffu << shift_352) ^ 0xffffffffu)) | (((read_q_in(word_351) >> ((((oh3 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_352);
  }
  let word_353: u32 = ((oh3 + 88u) + 6u) >> 1u;
  let shift_354: u32 = (((oh3 + 88u) + 6u) & 1u) * 16u;
  if (word_353 < u32(arrayLength(&q))) {
    q[word_353] = (read_q_out(word_353) & ((0xffffu << shift_354) ^ 0xffffffffu)) | (((read_q_in(word_353) >> ((((oh3 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_354);
  }
  let word_355: u32 = ((oh3 + 88u) + 7u) >> 1u;
  let shift_356: u32 = (((oh3 + 88u) + 7u) & 1u) * 16u;
  if (word_355 < u32(arrayLength(&q))) {
    q[word_355] = (read_q_out(word_355) & ((0xffffu << shift_356) ^ 0xffffffffu)) | (((read_q_in(word_355) >> ((((oh3 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_356);
  }
  let word_357: u32 = (oh4 + 88u) >> 1u;
  let shift_358: u32 = ((oh4 + 88u) & 1u) * 16u;
  if (word_357 < u32(arrayLength(&q))) {
    q[word_357] = (read_q_out(word_357) & ((0xffffu << shift_358) ^ 0xffffffffu)) | (((read_q_in(word_357) >> (((oh4 + 88u) & 1u) * 16u)) & 0xffffu) << shift_358);
  }
  let word_359: u32 = ((oh4 + 88u) + 1u) >> 1u;
  let shift_360: u32 = (((oh4 + 88u) + 1u) & 1u) * 16u;
  if (word_359 < u32(arrayLength(&q))) {
    q[word_359] = (read_q_out(word_359) & ((0xffffu << shift_360) ^ 0xffffffffu)) | (((read_q_in(word_359) >> ((((oh4 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_360);
  }
  let word_361: u32 = ((oh4 + 88u) + 2u) >> 1u;
  let shift_362: u32 = (((oh4 + 88u) + 2u) & 1u) * 16u;
  if (word_361 < u32(arrayLength(&q))) {
    q[word_361] = (read_q_out(word_361) & ((0xffffu << shift_362) ^ 0xffffffffu)) | (((read_q_in(word_361) >> ((((oh4 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_362);
  }
  let word_363: u32 = ((oh4 + 88u) + 3u) >> 1u;
  let shift_364: u32 = (((oh4 + 88u) + 3u) & 1u) * 16u;
  if (word_363 < u32(arrayLength(&q))) {
    q[word_363] = (read_q_out(word_363) & ((0xffffu << shift_364) ^ 0xffffffffu)) | (((read_q_in(word_363) >> ((((oh4 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_364);
  }
  let word_365: u32 = ((oh4 + 88u) + 4u) >> 1u;
  let shift_366: u32 = (((oh4 + 88u) + 4u) & 1u) * 16u;
  if (word_365 < u32(arrayLength(&q))) {
    q[word_365] = (read_q_out(word_365) & ((0xffffu << shift_366) ^ 0xffffffffu)) | (((read_q_in(word_365) >> ((((oh4 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_366);
  }
  let word_367: u32 = ((oh4 + 88u) + 5u) >> 1u;
  let shift_368: u32 = (((oh4 + 88u) + 5u) & 1u) * 16u;
  if (word_367 < u32(arrayLength(&q))) {
    q[word_367] = (read_q_out(word_367) & ((0xffffu << shift_368) ^ 0xffffffffu)) | (((read_q_in(word_367) >> ((((oh4 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_368);
  }
  let word_369: u32 = ((oh4 + 88u) + 6u) >> 1u;
  let shift_370: u32 = (((oh4 + 88u) + 6u) & 1u) * 16u;
  if (word_369 < u32(arrayLength(&q))) {
    q[word_369] = (read_q_out(word_369) & ((0xffffu << shift_370) ^ 0xffffffffu)) | (((read_q_in(word_369) >> ((((oh4 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_370);
  }
  let word_371: u32 = ((oh4 + 88u) + 7u) >> 1u;
  let shift_372: u32 = (((oh4 + 88u) + 7u) & 1u) * 16u;
  if (word_371 < u32(arrayLength(&q))) {
    q[word_371] = (read_q_out(word_371) & ((0xffffu << shift_372) ^ 0xffffffffu)) | (((read_q_in(word_371) >> ((((oh4 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_372);
  }
  let word_373: u32 = (oh5 + 88u) >> 1u;
  let shift_374: u32 = ((oh5 + 88u) & 1u) * 16u;
  if (word_373 < u32(arrayLength(&q))) {
    q[word_373] = (read_q_out(word_373) & ((0xffffu << shift_374) ^ 0xffffffffu)) | (((read_q_in(word_373) >> (((oh5 + 88u) & 1u) * 16u)) & 0xffffu) << shift_374);
  }
  let word_375: u32 = ((oh5 + 88u) + 1u) >> 1u;
  let shift_376: u32 = (((oh5 + 88u) + 1u) & 1u) * 16u;
  if (word_375 < u32(arrayLength(&q))) {
    q[word_375] = (read_q_out(word_375) & ((0xffffu << shift_376) ^ 0xffffffffu)) | (((read_q_in(word_375) >> ((((oh5 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_376);
  }
  let word_377: u32 = ((oh5 + 88u) + 2u) >> 1u;
  let shift_378: u32 = (((oh5 + 88u) + 2u) & 1u) * 16u;
  if (word_377 < u32(arrayLength(&q))) {
    q[word_377] = (read_q_out(word_377) & ((0xffffu << shift_378) ^ 0xffffffffu)) | (((read_q_in(word_377) >> ((((oh5 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_378);
  }
  let word_379: u32 = ((oh5 + 88u) + 3u) >> 1u;
  let shift_380: u32 = (((oh5 + 88u) + 3u) & 1u) * 16u;
  if (word_379 < u32(arrayLength(&q))) {
    q[word_379] = (read_q_out(word_379) & ((0xffffu << shift_380) ^ 0xffffffffu)) | (((read_q_in(word_379) >> ((((oh5 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_380);
  }
  let word_381: u32 = ((oh5 + 88u) + 4u) >> 1u;
  let shift_382: u32 = (((oh5 + 88u) + 4u) & 1u) * 16u;
  if (word_381 < u32(arrayLength(&q))) {
    q[word_381] = (read_q_out(word_381) & ((0xffffu << shift_382) ^ 0xffffffffu)) | (((read_q_in(word_381) >> ((((oh5 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_382);
  }
  let word_383: u32 = ((oh5 + 88u) + 5u) >> 1u;
  let shift_384: u32 = (((oh5 + 88u) + 5u) & 1u) * 16u;
  if (word_383 < u32(arrayLength(&q))) {
    q[word_383] = (read_q_out(word_383) & ((0xffffu << shift_384) ^ 0xffffffffu)) | (((read_q_in(word_383) >> ((((oh5 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_384);
  }
  let word_385: u32 = ((oh5 + 88u) + 6u) >> 1u;
  let shift_386: u32 = (((oh5 + 88u) + 6u) & 1u) * 16u;
  if (word_385 < u32(arrayLength(&q))) {
    q[word_385] = (read_q_out(word_385) & ((0xffffu << shift_386) ^ 0xffffffffu)) | (((read_q_in(word_385) >> ((((oh5 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_386);
  }
  let word_387: u32 = ((oh5 + 88u) + 7u) >> 1u;
  let shift_388: u32 = (((oh5 + 88u) + 7u) & 1u) * 16u;
  if (word_387 < u32(arrayLength(&q))) {
    q[word_387] = (read_q_out(word_387) & ((0xffffu << shift_388) ^ 0xffffffffu)) | (((read_q_in(word_387) >> ((((oh5 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_388);
  }
  let word_389: u32 = (oh6 + 88u) >> 1u;
  let shift_390: u32 = ((oh6 + 88u) & 1u) * 16u;
  if (word_389 < u32(arrayLength(&q))) {
    q[word_389] = (read_q_out(word_389) & ((0xffffu << shift_390) ^ 0xffffffffu)) | (((read_q_in(word_389) >> (((oh6 + 88u) & 1u) * 16u)) & 0xffffu) << shift_390);
  }
  let word_391: u32 = ((oh6 + 88u) + 1u) >> 1u;
  let shift_392: u32 = (((oh6 + 88u) + 1u) & 1u) * 16u;
  if (word_391 < u32(arrayLength(&q))) {
    q[word_391] = (read_q_out(word_391) & ((0xffffu << shift_392) ^ 0xffffffffu)) | (((read_q_in(word_391) >> ((((oh6 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_392);
  }
  let word_393: u32 = ((oh6 + 88u) + 2u) >> 1u;
  let shift_394: u32 = (((oh6 + 88u) + 2u) & 1u) * 16u;
  if (word_393 < u32(arrayLength(&q))) {
    q[word_393] = (read_q_out(word_393) & ((0xffffu << shift_394) ^ 0xffffffffu)) | (((read_q_in(word_393) >> ((((oh6 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_394);
  }
  let word_395: u32 = ((oh6 + 88u) + 3u) >> 1u;
  let shift_396: u32 = (((oh6 + 88u) + 3u) & 1u) * 16u;
  if (word_395 < u32(arrayLength(&q))) {
    q[word_395] = (read_q_out(word_395) & ((0xffffu << shift_396) ^ 0xffffffffu)) | (((read_q_in(word_395) >> ((((oh6 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_396);
  }
  let word_397: u32 = ((oh6 + 88u) + 4u) >> 1u;
  let shift_398: u32 = (((oh6 + 88u) + 4u) & 1u) * 16u;
  if (word_397 < u32(arrayLength(&q))) {
    q[word_397] = (read_q_out(word_397) & ((0xffffu << shift_398) ^ 0xffffffffu)) | (((read_q_in(word_397) >> ((((oh6 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_398);
  }
  let word_399: u32 = ((oh6 + 88u) + 5u) >> 1u;
  let shift_400: u32 = (((oh6 + 88u) + 5u) & 1u) * 16u;
  if (word_399 < u32(arrayLength(&q))) {
    q[word_399] = (read_q_out(word_399) & ((0xffffu << shift_400) ^ 0xffffffffu)) | (((read_q_in(word_399) >> ((((oh6 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_400);
  }
  let word_401: u32 = ((oh6 + 88u) + 6u) >> 1u;
  let shift_402: u32 = (((oh6 + 88u) + 6u) & 1u) * 16u;
  if (word_401 < u32(arrayLength(&q))) {
    q[word_401] = (read_q_out(word_401) & ((0xffffu << shift_402) ^ 0xffffffffu)) | (((read_q_in(word_401) >> ((((oh6 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_402);
  }
  let word_403: u32 = ((oh6 + 88u) + 7u) >> 1u;
  let shift_404: u32 = (((oh6 + 88u) + 7u) & 1u) * 16u;
  if (word_403 < u32(arrayLength(&q))) {
    q[word_403] = (read_q_out(word_403) & ((0xffffu << shift_404) ^ 0xffffffffu)) | (((read_q_in(word_403) >> ((((oh6 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_404);
  }
  let word_405: u32 = (oh7 + 88u) >> 1u;
  let shift_406: u32 = ((oh7 + 88u) & 1u) * 16u;
  if (word_405 < u32(arrayLength(&q))) {
    q[word_405] = (read_q_out(word_405) & ((0xffffu << shift_406) ^ 0xffffffffu)) | (((read_q_in(word_405) >> (((oh7 + 88u) & 1u) * 16u)) & 0xffffu) << shift_406);
  }
  let word_407: u32 = ((oh7 + 88u) + 1u) >> 1u;
  let shift_408: u32 = (((oh7 + 88u) + 1u) & 1u) * 16u;
  if (word_407 < u32(arrayLength(&q))) {
    q[word_407] = (read_q_out(word_407) & ((0xffffu << shift_408) ^ 0xffffffffu)) | (((read_q_in(word_407) >> ((((oh7 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_408);
  }
  let word_409: u32 = ((oh7 + 88u) + 2u) >> 1u;
  let shift_410: u32 = (((oh7 + 88u) + 2u) & 1u) * 16u;
  if (word_409 < u32(arrayLength(&q))) {
    q[word_409] = (read_q_out(word_409) & ((0xffffu << shift_410) ^ 0xffffffffu)) | (((read_q_in(word_409) >> ((((oh7 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_410);
  }
  let word_411: u32 = ((oh7 + 88u) + 3u) >> 1u;
  let shift_412: u32 = (((oh7 + 88u) + 3u) & 1u) * 16u;
  if (word_411 < u32(arrayLength(&q))) {
    q[word_411] = (read_q_out(word_411) & ((0xffffu << shift_412) ^ 0xffffffffu)) | (((read_q_in(word_411) >> ((((oh7 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_412);
  }
  let word_413: u32 = ((oh7 + 88u) + 4u) >> 1u;
  let shift_414: u32 = (((oh7 + 88u) + 4u) & 1u) * 16u;
  if (word_413 < u32(arrayLength(&q))) {
    q[word_413] = (read_q_out(word_413) & ((0xffffu << shift_414) ^ 0xffffffffu)) | (((read_q_in(word_413) >> ((((oh7 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_414);
  }
  let word_415: u32 = ((oh7 + 88u) + 5u) >> 1u;
  let shift_416: u32 = (((oh7 + 88u) + 5u) & 1u) * 16u;
  if (word_415 < u32(arrayLength(&q))) {
    q[word_415] = (read_q_out(word_415) & ((0xffffu << shift_416) ^ 0xffffffffu)) | (((read_q_in(word_415) >> ((((oh7 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_416);
  }
  let word_417: u32 = ((oh7 + 88u) + 6u) >> 1u;
  let shift_418: u32 = (((oh7 + 88u) + 6u) & 1u) * 16u;
  if (word_417 < u32(arrayLength(&q))) {
    q[word_417] = (read_q_out(word_417) & ((0xffffu << shift_418) ^ 0xffffffffu)) | (((read_q_in(word_417) >> ((((oh7 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_418);
  }
  let word_419: u32 = ((oh7 + 88u) + 7u) >> 1u;
  let shift_420: u32 = (((oh7 + 88u) + 7u) & 1u) * 16u;
  if (word_419 < u32(arrayLength(&q))) {
    q[word_419] = (read_q_out(word_419) & ((0xffffu << shift_420) ^ 0xffffffffu)) | (((read_q_in(word_419) >> ((((oh7 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_420);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar), k heads h0 … h0 + 7 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_k8_0(b: u32, s: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let h0_xa_0: f32 = unpack2x16float((read_k_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h0_xb_0: f32 = unpack2x16float((read_k_in((oh0 + (12u + ki * 2u)) >> 1u) >> (((oh0 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_421: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_422: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_421 < u32(arrayLength(&k))) {
    k[word_421] = (read_k_out(word_421) & ((0xffffu << shift_422) ^ 0xffffffffu)) | (f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_422);
  }
  let word_423: u32 = (oh0 + (12u + ki * 2u)) >> 1u;
  let shift_424: u32 = ((oh0 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_423 < u32(arrayLength(&k))) {
    k[word_423] = (read_k_out(word_423) & ((0xffffu << shift_424) ^ 0xffffffffu)) | (f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_424);
  }
  let h1_xa_0: f32 = unpack2x16float((read_k_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h1_xb_0: f32 = unpack2x16float((read_k_in((oh1 + (12u + ki * 2u)) >> 1u) >> (((oh1 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_425: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_426: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_425 < u32(arrayLength(&k))) {
    k[word_425] = (read_k_out(word_425) & ((0xffffu << shift_426) ^ 0xffffffffu)) | (f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_426);
  }
  let word_427: u32 = (oh1 + (12u + ki * 2u)) >> 1u;
  let shift_428: u32 = ((oh1 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_427 < u32(arrayLength(&k))) {
    k[word_427] = (read_k_out(word_427) & ((0xffffu << shift_428) ^ 0xffffffffu)) | (f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_428);
  }
  let h2_xa_0: f32 = unpack2x16float((read_k_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h2_xb_0: f32 = unpack2x16float((read_k_in((oh2 + (12u + ki * 2u)) >> 1u) >> (((oh2 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_429: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_430: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_429 < u32(arrayLength(&k))) {
    k[word_429] = (read_k_out(word_429) & ((0xffffu << shift_430) ^ 0xffffffffu)) | (f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_430);
  }
  let word_431: u32 = (oh2 + (12u + ki * 2u)) >> 1u;
  let shift_432: u32 = ((oh2 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_431 < u32(arrayLength(&k))) {
    k[word_431] = (read_k_out(word_431) & ((0xffffu << shift_432) ^ 0xffffffffu)) | (f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_432);
  }
  let h3_xa_0: f32 = unpack2x16float((read_k_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h3_xb_0: f32 = unpack2x16float((read_k_in((oh3 + (12u + ki * 2u)) >> 1u) >> (((oh3 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_433: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_434: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_433 < u32(arrayLength(&k))) {
    k[word_433] = (read_k_out(word_433) & ((0xffffu << shift_434) ^ 0xffffffffu)) | (f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_434);
  }
  let word_435: u32 = (oh3 + (12u + ki * 2u)) >> 1u;
  let shift_436: u32 = ((oh3 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_435 < u32(arrayLength(&k))) {
    k[word_435] = (read_k_out(word_435) & ((0xffffu << shift_436) ^ 0xffffffffu)) | (f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_436);
  }
  let h4_xa_0: f32 = unpack2x16float((read_k_in((oh4 + ki * 2u) >> 1u) >> (((oh4 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h4_xb_0: f32 = unpack2x16float((read_k_in((oh4 + (12u + ki * 2u)) >> 1u) >> (((oh4 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_437: u32 = (oh4 + ki * 2u) >> 1u;
  let shift_438: u32 = ((oh4 + ki * 2u) & 1u) * 16u;
  if (word_437 < u32(arrayLength(&k))) {
    k[word_437] = (read_k_out(word_437) & ((0xffffu << shift_438) ^ 0xffffffffu)) | (f16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_438);
  }
  let word_439: u32 = (oh4 + (12u + ki * 2u)) >> 1u;
  let shift_440: u32 = ((oh4 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_439 < u32(arrayLength(&k))) {
    k[word_439] = (read_k_out(word_439) & ((0xffffu << shift_440) ^ 0xffffffffu)) | (f16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_440);
  }
  let h5_xa_0: f32 = unpack2x16float((read_k_in((oh5 + ki * 2u) >> 1u) >> (((oh5 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h5_xb_0: f32 = unpack2x16float((read_k_in((oh5 + (12u + ki * 2u)) >> 1u) >> (((oh5 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_441: u32 = (oh5 + ki * 2u) >> 1u;
  let shift_442: u32 = ((oh5 + ki * 2u) & 1u) * 16u;
  if (word_441 < u32(arrayLength(&k))) {
    k[word_441] = (read_k_out(word_441) & ((0xffffu << shift_442) ^ 0xffffffffu)) | (f16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_442);
  }
  let word_443: u32 = (oh5 + (12u + ki * 2u)) >> 1u;
  let shift_444: u32 = ((oh5 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_443 < u32(arrayLength(&k))) {
    k[word_443] = (read_k_out(word_443) & ((0xffffu << shift_444) ^ 0xffffffffu)) | (f16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_444);
  }
  let h6_xa_0: f32 = unpack2x16float((read_k_in((oh6 + ki * 2u) >> 1u) >> (((oh6 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h6_xb_0: f32 = unpack2x16float((read_k_in((oh6 + (12u + ki * 2u)) >> 1u) >> (((oh6 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_445: u32 = (oh6 + ki * 2u) >> 1u;
  let shift_446: u32 = ((oh6 + ki * 2u) & 1u) * 16u;
  if (word_445 < u32(arrayLength(&k))) {
    k[word_445] = (read_k_out(word_445) & ((0xffffu << shift_446) ^ 0xffffffffu)) | (f16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_446);
  }
  let word_447: u32 = (oh6 + (12u + ki * 2u)) >> 1u;
  let shift_448: u32 = ((oh6 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_447 < u32(arrayLength(&k))) {
    k[word_447] = (read_k_out(word_447) & ((0xffffu << shift_448) ^ 0xffffffffu)) | (f16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_448);
  }
  let h7_xa_0: f32 = unpack2x16float((read_k_in((oh7 + ki * 2u) >> 1u) >> (((oh7 + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
  let h7_xb_0: f32 = unpack2x16float((read_k_in((oh7 + (12u + ki * 2u)) >> 1u) >> (((oh7 + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_449: u32 = (oh7 + ki * 2u) >> 1u;
  let shift_450: u32 = ((oh7 + ki * 2u) & 1u) * 16u;
  if (word_449 < u32(arrayLength(&k))) {
    k[word_449] = (read_k_out(word_449) & ((0xffffu << shift_450) ^ 0xffffffffu)) | (f16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_450);
  }
  let word_451: u32 = (oh7 + (12u + ki * 2u)) >> 1u;
  let shift_452: u32 = ((oh7 + (12u + ki * 2u)) & 1u) * 16u;
  if (word_451 < u32(arrayLength(&k))) {
    k[word_451] = (read_k_out(word_451) & ((0xffffu << shift_452) ^ 0xffffffffu)) | (f16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_452);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let op1h1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let op1h2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let op1h3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let op1h4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let op1h5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let op1h6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let op1h7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let p1h0_xa_0: f32 = unpack2x16float((read_k_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_xb_0: f32 = unpack2x16float((read_k_in((op1h0 + (13u + ki * 2u)) >> 1u) >> (((op1h0 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_453: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_454: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_453 < u32(arrayLength(&k))) {
    k[word_453] = (read_k_out(word_453) & ((0xffffu << shift_454) ^ 0xffffffffu)) | (f16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_454);
  }
  let word_455: u32 = (op1h0 + (13u + ki * 2u)) >> 1u;
  let shift_456: u32 = ((op1h0 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_455 < u32(arrayLength(&k))) {
    k[word_455] = (read_k_out(word_455) & ((0xffffu << shift_456) ^ 0xffffffffu)) | (f16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_456);
  }
  let p1h1_xa_0: f32 = unpack2x16float((read_k_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_xb_0: f32 = unpack2x16float((read_k_in((op1h1 + (13u + ki * 2u)) >> 1u) >> (((op1h1 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_457: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_458: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_457 < u32(arrayLength(&k))) {
    k[word_457] = (read_k_out(word_457) & ((0xffffu << shift_458) ^ 0xffffffffu)) | (f16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_458);
  }
  let word_459: u32 = (op1h1 + (13u + ki * 2u)) >> 1u;
  let shift_460: u32 = ((op1h1 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_459 < u32(arrayLength(&k))) {
    k[word_459] = (read_k_out(word_459) & ((0xffffu << shift_460) ^ 0xffffffffu)) | (f16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_460);
  }
  let p1h2_xa_0: f32 = unpack2x16float((read_k_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_xb_0: f32 = unpack2x16float((read_k_in((op1h2 + (13u + ki * 2u)) >> 1u) >> (((op1h2 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_461: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_462: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_461 < u32(arrayLength(&k))) {
    k[word_461] = (read_k_out(word_461) & ((0xffffu << shift_462) ^ 0xffffffffu)) | (f16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_462);
  }
  let word_463: u32 = (op1h2 + (13u + ki * 2u)) >> 1u;
  let shift_464: u32 = ((op1h2 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_463 < u32(arrayLength(&k))) {
    k[word_463] = (read_k_out(word_463) & ((0xffffu << shift_464) ^ 0xffffffffu)) | (f16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_464);
  }
  let p1h3_xa_0: f32 = unpack2x16float((read_k_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_xb_0: f32 = unpack2x16float((read_k_in((op1h3 + (13u + ki * 2u)) >> 1u) >> (((op1h3 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_465: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_466: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_465 < u32(arrayLength(&k))) {
    k[word_465] = (read_k_out(word_465) & ((0xffffu << shift_466) ^ 0xffffffffu)) | (f16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_466);
  }
  let word_467: u32 = (op1h3 + (13u + ki * 2u)) >> 1u;
  let shift_468: u32 = ((op1h3 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_467 < u32(arrayLength(&k))) {
    k[word_467] = (read_k_out(word_467) & ((0xffffu << shift_468) ^ 0xffffffffu)) | (f16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_468);
  }
  let p1h4_xa_0: f32 = unpack2x16float((read_k_in((op1h4 + (1u + ki * 2u)) >> 1u) >> (((op1h4 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_xb_0: f32 = unpack2x16float((read_k_in((op1h4 + (13u + ki * 2u)) >> 1u) >> (((op1h4 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h4_ci_0: f32 = c1_0;
  let p1h4_si_0: f32 = s1_0;
  let word_469: u32 = (op1h4 + (1u + ki * 2u)) >> 1u;
  let shift_470: u32 = ((op1h4 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_469 < u32(arrayLength(&k))) {
    k[word_469] = (read_k_out(word_469) & ((0xffffu << shift_470) ^ 0xffffffffu)) | (f16_bits(p1h4_xa_0 * p1h4_ci_0 - p1h4_xb_0 * p1h4_si_0) << shift_470);
  }
  let word_471: u32 = (op1h4 + (13u + ki * 2u)) >> 1u;
  let shift_472: u32 = ((op1h4 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_471 < u32(arrayLength(&k))) {
    k[word_471] = (read_k_out(word_471) & ((0xffffu << shift_472) ^ 0xffffffffu)) | (f16_bits(p1h4_xb_0 * p1h4_ci_0 + p1h4_xa_0 * p1h4_si_0) << shift_472);
  }
  let p1h5_xa_0: f32 = unpack2x16float((read_k_in((op1h5 + (1u + ki * 2u)) >> 1u) >> (((op1h5 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_xb_0: f32 = unpack2x16float((read_k_in((op1h5 + (13u + ki * 2u)) >> 1u) >> (((op1h5 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h5_ci_0: f32 = c1_0;
  let p1h5_si_0: f32 = s1_0;
  let word_473: u32 = (op1h5 + (1u + ki * 2u)) >> 1u;
  let shift_474: u32 = ((op1h5 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_473 < u32(arrayLength(&k))) {
    k[word_473] = (read_k_out(word_473) & ((0xffffu << shift_474) ^ 0xffffffffu)) | (f16_bits(p1h5_xa_0 * p1h5_ci_0 - p1h5_xb_0 * p1h5_si_0) << shift_474);
  }
  let word_475: u32 = (op1h5 + (13u + ki * 2u)) >> 1u;
  let shift_476: u32 = ((op1h5 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_475 < u32(arrayLength(&k))) {
    k[word_475] = (read_k_out(word_475) & ((0xffffu << shift_476) ^ 0xffffffffu)) | (f16_bits(p1h5_xb_0 * p1h5_ci_0 + p1h5_xa_0 * p1h5_si_0) << shift_476);
  }
  let p1h6_xa_0: f32 = unpack2x16float((read_k_in((op1h6 + (1u + ki * 2u)) >> 1u) >> (((op1h6 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_xb_0: f32 = unpack2x16float((read_k_in((op1h6 + (13u + ki * 2u)) >> 1u) >> (((op1h6 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h6_ci_0: f32 = c1_0;
  let p1h6_si_0: f32 = s1_0;
  let word_477: u32 = (op1h6 + (1u + ki * 2u)) >> 1u;
  let shift_478: u32 = ((op1h6 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_477 < u32(arrayLength(&k))) {
    k[word_477] = (read_k_out(word_477) & ((0xffffu << shift_478) ^ 0xffffffffu)) | (f16_bits(p1h6_xa_0 * p1h6_ci_0 - p1h6_xb_0 * p1h6_si_0) << shift_478);
  }
  let word_479: u32 = (op1h6 + (13u + ki * 2u)) >> 1u;
  let shift_480: u32 = ((op1h6 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_479 < u32(arrayLength(&k))) {
    k[word_479] = (read_k_out(word_479) & ((0xffffu << shift_480) ^ 0xffffffffu)) | (f16_bits(p1h6_xb_0 * p1h6_ci_0 + p1h6_xa_0 * p1h6_si_0) << shift_480);
  }
  let p1h7_xa_0: f32 = unpack2x16float((read_k_in((op1h7 + (1u + ki * 2u)) >> 1u) >> (((op1h7 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_xb_0: f32 = unpack2x16float((read_k_in((op1h7 + (13u + ki * 2u)) >> 1u) >> (((op1h7 + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
  let p1h7_ci_0: f32 = c1_0;
  let p1h7_si_0: f32 = s1_0;
  let word_481: u32 = (op1h7 + (1u + ki * 2u)) >> 1u;
  let shift_482: u32 = ((op1h7 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_481 < u32(arrayLength(&k))) {
    k[word_481] = (read_k_out(word_481) & ((0xffffu << shift_482) ^ 0xffffffffu)) | (f16_bits(p1h7_xa_0 * p1h7_ci_0 - p1h7_xb_0 * p1h7_si_0) << shift_482);
  }
  let word_483: u32 = (op1h7 + (13u + ki * 2u)) >> 1u;
  let shift_484: u32 = ((op1h7 + (13u + ki * 2u)) & 1u) * 16u;
  if (word_483 < u32(arrayLength(&k))) {
    k[word_483] = (read_k_out(word_483) & ((0xffffu << shift_484) ^ 0xffffffffu)) | (f16_bits(p1h7_xb_0 * p1h7_ci_0 + p1h7_xa_0 * p1h7_si_0) << shift_484);
  }
}

/** copy 16 lane(s) from 24 (scalar), k heads h0 … h0 + 7 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_k8_1(b: u32, s: u32, ki: u32, h0: u32) {
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_485: u32 = ((oh0 + (24u + ki * 16u)) + i) >> 1u;
    let shift_486: u32 = (((oh0 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_485 < u32(arrayLength(&k))) {
      k[word_485] = (read_k_out(word_485) & ((0xffffu << shift_486) ^ 0xffffffffu)) | (((read_k_in(word_485) >> ((((oh0 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_486);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_487: u32 = ((oh1 + (24u + ki * 16u)) + i) >> 1u;
    let shift_488: u32 = (((oh1 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_487 < u32(arrayLength(&k))) {
      k[word_487] = (read_k_out(word_487) & ((0xffffu << shift_488) ^ 0xffffffffu)) | (((read_k_in(word_487) >> ((((oh1 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_488);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_489: u32 = ((oh2 + (24u + ki * 16u)) + i) >> 1u;
    let shift_490: u32 = (((oh2 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_489 < u32(arrayLength(&k))) {
      k[word_489] = (read_k_out(word_489) & ((0xffffu << shift_490) ^ 0xffffffffu)) | (((read_k_in(word_489) >> ((((oh2 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_490);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_491: u32 = ((oh3 + (24u + ki * 16u)) + i) >> 1u;
    let shift_492: u32 = (((oh3 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_491 < u32(arrayLength(&k))) {
      k[word_491] = (read_k_out(word_491) & ((0xffffu << shift_492) ^ 0xffffffffu)) | (((read_k_in(word_491) >> ((((oh3 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_492);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_493: u32 = ((oh4 + (24u + ki * 16u)) + i) >> 1u;
    let shift_494: u32 = (((oh4 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_493 < u32(arrayLength(&k))) {
      k[word_493] = (read_k_out(word_493) & ((0xffffu << shift_494) ^ 0xffffffffu)) | (((read_k_in(word_493) >> ((((oh4 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_494);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_495: u32 = ((oh5 + (24u + ki * 16u)) + i) >> 1u;
    let shift_496: u32 = (((oh5 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_495 < u32(arrayLength(&k))) {
      k[word_495] = (read_k_out(word_495) & ((0xffffu << shift_496) ^ 0xffffffffu)) | (((read_k_in(word_495) >> ((((oh5 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_496);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_497: u32 = ((oh6 + (24u + ki * 16u)) + i) >> 1u;
    let shift_498: u32 = (((oh6 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_497 < u32(arrayLength(&k))) {
      k[word_497] = (read_k_out(word_497) & ((0xffffu << shift_498) ^ 0xffffffffu)) | (((read_k_in(word_497) >> ((((oh6 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_498);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_499: u32 = ((oh7 + (24u + ki * 16u)) + i) >> 1u;
    let shift_500: u32 = (((oh7 + (24u + ki * 16u)) + i) & 1u) * 16u;
    if (word_499 < u32(arrayLength(&k))) {
      k[word_499] = (read_k_out(word_499) & ((0xffffu << shift_500) ^ 0xffffffffu)) | (((read_k_in(word_499) >> ((((oh7 + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_500);
    }
  }
}

/** copy 8 lane(s) from 88 (scalar), k heads h0 … h0 + 7 */
fn item_scalar_out_k8_2(b: u32, s: u32, h0: u32) {
  let oh0: u32 = ((b * 64u + h0) * params.seq + s) * 96u;
  let oh1: u32 = ((b * 64u + (h0 + 1u)) * params.seq + s) * 96u;
  let oh2: u32 = ((b * 64u + (h0 + 2u)) * params.seq + s) * 96u;
  let oh3: u32 = ((b * 64u + (h0 + 3u)) * params.seq + s) * 96u;
  let oh4: u32 = ((b * 64u + (h0 + 4u)) * params.seq + s) * 96u;
  let oh5: u32 = ((b * 64u + (h0 + 5u)) * params.seq + s) * 96u;
  let oh6: u32 = ((b * 64u + (h0 + 6u)) * params.seq + s) * 96u;
  let oh7: u32 = ((b * 64u + (h0 + 7u)) * params.seq + s) * 96u;
  let word_501: u32 = (oh0 + 88u) >> 1u;
  let shift_502: u32 = ((oh0 + 88u) & 1u) * 16u;
  if (word_501 < u32(arrayLength(&k))) {
    k[word_501] = (read_k_out(word_501) & ((0xffffu << shift_502) ^ 0xffffffffu)) | (((read_k_in(word_501) >> (((oh0 + 88u) & 1u) * 16u)) & 0xffffu) << shift_502);
  }
  let word_503: u32 = ((oh0 + 88u) + 1u) >> 1u;
  let shift_504: u32 = (((oh0 + 88u) + 1u) & 1u) * 16u;
  if (word_503 < u32(arrayLength(&k))) {
    k[word_503] = (read_k_out(word_503) & ((0xffffu << shift_504) ^ 0xffffffffu)) | (((read_k_in(word_503) >> ((((oh0 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_504);
  }
  let word_505: u32 = ((oh0 + 88u) + 2u) >> 1u;
  let shift_506: u32 = (((oh0 + 88u) + 2u) & 1u) * 16u;
  if (word_505 < u32(arrayLength(&k))) {
    k[word_505] = (read_k_out(word_505) & ((0xffffu << shift_506) ^ 0xffffffffu)) | (((read_k_in(word_505) >> ((((oh0 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_506);
  }
  let word_507: u32 = ((oh0 + 88u) + 3u) >> 1u;
  let shift_508: u32 = (((oh0 + 88u) + 3u) & 1u) * 16u;
  if (word_507 < u32(arrayLength(&k))) {
    k[word_507] = (read_k_out(word_507) & ((0xffffu << shift_508) ^ 0xffffffffu)) | (((read_k_in(word_507) >> ((((oh0 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_508);
  }
  let word_509: u32 = ((oh0 + 88u) + 4u) >> 1u;
  let shift_510: u32 = (((oh0 + 88u) + 4u) & 1u) * 16u;
  if (word_509 < u32(arrayLength(&k))) {
    k[word_509] = (read_k_out(word_509) & ((0xffffu << shift_510) ^ 0xffffffffu)) | (((read_k_in(word_509) >> ((((oh0 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_510);
  }
  let word_511: u32 = ((oh0 + 88u) + 5u) >> 1u;
  let shift_512: u32 = (((oh0 + 88u) + 5u) & 1u) * 16u;
  if (word_511 < u32(arrayLength(&k))) {
    k[word_511] = (read_k_out(word_511) & ((0xffffu << shift_512) ^ 0xffffffffu)) | (((read_k_in(word_511) >> ((((oh0 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_512);
  }
  let word_513: u32 = ((oh0 + 88u) + 6u) >> 1u;
  let shift_514: u32 = (((oh0 + 88u) + 6u) & 1u) * 16u;
  if (word_513 < u32(arrayLength(&k))) {
    k[word_513] = (read_k_out(word_513) & ((0xffffu << shift_514) ^ 0xffffffffu)) | (((read_k_in(word_513) >> ((((oh0 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_514);
  }
  let word_515: u32 = ((oh0 + 88u) + 7u) >> 1u;
  let shift_516: u32 = (((oh0 + 88u) + 7u) & 1u) * 16u;
  if (word_515 < u32(arrayLength(&k))) {
    k[word_515] = (read_k_out(word_515) & ((0xffffu << shift_516) ^ 0xffffffffu)) | (((read_k_in(word_515) >> ((((oh0 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_516);
  }
  let word_517: u32 = (oh1 + 88u) >> 1u;
  let shift_518: u32 = ((oh1 + 88u) & 1u) * 16u;
  if (word_517 < u32(arrayLength(&k))) {
    k[word_517] = (read_k_out(word_517) & ((0xffffu << shift_518) ^ 0xffffffffu)) | (((read_k_in(word_517) >> (((oh1 + 88u) & 1u) * 16u)) & 0xffffu) << shift_518);
  }
  let word_519: u32 = ((oh1 + 88u) + 1u) >> 1u;
  let shift_520: u32 = (((oh1 + 88u) + 1u) & 1u) * 16u;
  if (word_519 < u32(arrayLength(&k))) {
    k[word_519] = (read_k_out(word_519) & ((0xffffu << shift_520) ^ 0xffffffffu)) | (((read_k_in(word_519) >> ((((oh1 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_520);
  }
  let word_521: u32 = ((oh1 + 88u) + 2u) >> 1u;
  let shift_522: u32 = (((oh1 + 88u) + 2u) & 1u) * 16u;
  if (word_521 < u32(arrayLength(&k))) {
    k[word_521] = (read_k_out(word_521) & ((0xffffu << shift_522) ^ 0xffffffffu)) | (((read_k_in(word_521) >> ((((oh1 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_522);
  }
  let word_523: u32 = ((oh1 + 88u) + 3u) >> 1u;
  let shift_524: u32 = (((oh1 + 88u) + 3u) & 1u) * 16u;
  if (word_523 < u32(arrayLength(&k))) {
    k[word_523] = (read_k_out(word_523) & ((0xffffu << shift_524) ^ 0xffffffffu)) | (((read_k_in(word_523) >> ((((oh1 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_524);
  }
  let word_525: u32 = ((oh1 + 88u) + 4u) >> 1u;
  let shift_526: u32 = (((oh1 + 88u) + 4u) & 1u) * 16u;
  if (word_525 < u32(arrayLength(&k))) {
    k[word_525] = (read_k_out(word_525) & ((0xffffu << shift_526) ^ 0xffffffffu)) | (((read_k_in(word_525) >> ((((oh1 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_526);
  }
  let word_527: u32 = ((oh1 + 88u) + 5u) >> 1u;
  let shift_528: u32 = (((oh1 + 88u) + 5u) & 1u) * 16u;
  if (word_527 < u32(arrayLength(&k))) {
    k[word_527] = (read_k_out(word_527) & ((0xffffu << shift_528) ^ 0xffffffffu)) | (((read_k_in(word_527) >> ((((oh1 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_528);
  }
  let word_529: u32 = ((oh1 + 88u) + 6u) >> 1u;
  let shift_530: u32 = (((oh1 + 88u) + 6u) & 1u) * 16u;
  if (word_529 < u32(arrayLength(&k))) {
    k[word_529] = (read_k_out(word_529) & ((0xffffu << shift_530) ^ 0xffffffffu)) | (((read_k_in(word_529) >> ((((oh1 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_530);
  }
  let word_531: u32 = ((oh1 + 88u) + 7u) >> 1u;
  let shift_532: u32 = (((oh1 + 88u) + 7u) & 1u) * 16u;
  if (word_531 < u32(arrayLength(&k))) {
    k[word_531] = (read_k_out(word_531) & ((0xffffu << shift_532) ^ 0xffffffffu)) | (((read_k_in(word_531) >> ((((oh1 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_532);
  }
  let word_533: u32 = (oh2 + 88u) >> 1u;
  let shift_534: u32 = ((oh2 + 88u) & 1u) * 16u;
  if (word_533 < u32(arrayLength(&k))) {
    k[word_533] = (read_k_out(word_533) & ((0xffffu << shift_534) ^ 0xffffffffu)) | (((read_k_in(word_533) >> (((oh2 + 88u) & 1u) * 16u)) & 0xffffu) << shift_534);
  }
  let word_535: u32 = ((oh2 + 88u) + 1u) >> 1u;
  let shift_536: u32 = (((oh2 + 88u) + 1u) & 1u) * 16u;
  if (word_535 < u32(arrayLength(&k))) {
    k[word_535] = (read_k_out(word_535) & ((0xffffu << shift_536) ^ 0xffffffffu)) | (((read_k_in(word_535) >> ((((oh2 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_536);
  }
  let word_537: u32 = ((oh2 + 88u) + 2u) >> 1u;
  let shift_538: u32 = (((oh2 + 88u) + 2u) & 1u) * 16u;
  if (word_537 < u32(arrayLength(&k))) {
    k[word_537] = (read_k_out(word_537) & ((0xffffu << shift_538) ^ 0xffffffffu)) | (((read_k_in(word_537) >> ((((oh2 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_538);
  }
  let word_539: u32 = ((oh2 + 88u) + 3u) >> 1u;
  let shift_540: u32 = (((oh2 + 88u) + 3u) & 1u) * 16u;
  if (word_539 < u32(arrayLength(&k))) {
    k[word_539] = (read_k_out(word_539) & ((0xffffu << shift_540) ^ 0xffffffffu)) | (((read_k_in(word_539) >> ((((oh2 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_540);
  }
  let word_541: u32 = ((oh2 + 88u) + 4u) >> 1u;
  let shift_542: u32 = (((oh2 + 88u) + 4u) & 1u) * 16u;
  if (word_541 < u32(arrayLength(&k))) {
    k[word_541] = (read_k_out(word_541) & ((0xffffu << shift_542) ^ 0xffffffffu)) | (((read_k_in(word_541) >> ((((oh2 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_542);
  }
  let word_543: u32 = ((oh2 + 88u) + 5u) >> 1u;
  let shift_544: u32 = (((oh2 + 88u) + 5u) & 1u) * 16u;
  if (word_543 < u32(arrayLength(&k))) {
    k[word_543] = (read_k_out(word_543) & ((0xffffu << shift_544) ^ 0xffffffffu)) | (((read_k_in(word_543) >> ((((oh2 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_544);
  }
  let word_545: u32 = ((oh2 + 88u) + 6u) >> 1u;
  let shift_546: u32 = (((oh2 + 88u) + 6u) & 1u) * 16u;
  if (word_545 < u32(arrayLength(&k))) {
    k[word_545] = (read_k_out(word_545) & ((0xffffu << shift_546) ^ 0xffffffffu)) | (((read_k_in(word_545) >> ((((oh2 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_546);
  }
  let word_547: u32 = ((oh2 + 88u) + 7u) >> 1u;
  let shift_548: u32 = (((oh2 + 88u) + 7u) & 1u) * 16u;
  if (word_547 < u32(arrayLength(&k))) {
    k[word_547] = (read_k_out(word_547) & ((0xffffu << shift_548) ^ 0xffffffffu)) | (((read_k_in(word_547) >> ((((oh2 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_548);
  }
  let word_549: u32 = (oh3 + 88u) >> 1u;
  let shift_550: u32 = ((oh3 + 88u) & 1u) * 16u;
  if (word_549 < u32(arrayLength(&k))) {
    k[word_549] = (read_k_out(word_549) & ((0xffffu << shift_550) ^ 0xffffffffu)) | (((read_k_in(word_549) >> (((oh3 + 88u) & 1u) * 16u)) & 0xffffu) << shift_550);
  }
  let word_551: u32 = ((oh3 + 88u) + 1u) >> 1u;
  let shift_552: u32 = (((oh3 + 88u) + 1u) & 1u) * 16u;
  if (word_551 < u32(arrayLength(&k))) {
    k[word_551] = (read_k_out(word_551) & ((0xffffu << shift_552) ^ 0xffffffffu)) | (((read_k_in(word_551) >> ((((oh3 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_552);
  }
  let word_553: u32 = ((oh3 + 88u) + 2u) >> 1u;
  let shift_554: u32 = (((oh3 + 88u) + 2u) & 1u) * 16u;
  if (word_553 < u32(arrayLength(&k))) {
    k[word_553] = (read_k_out(word_553) & ((0xffffu << shift_554) ^ 0xffffffffu)) | (((read_k_in(word_553) >> ((((oh3 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_554);
  }
  let word_555: u32 = ((oh3 + 88u) + 3u) >> 1u;
  let shift_556: u32 = (((oh3 + 88u) + 3u) & 1u) * 16u;
  if (word_555 < u32(arrayLength(&k))) {
    k[word_555] = (read_k_out(word_555) & ((0xffffu << shift_556) ^ 0xffffffffu)) | (((read_k_in(word_555) >> ((((oh3 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_556);
  }
  let word_557: u32 = ((oh3 + 88u) + 4u) >> 1u;
  let shift_558: u32 = (((oh3 + 88u) + 4u) & 1u) * 16u;
  if (word_557 < u32(arrayLength(&k))) {
    k[word_557] = (read_k_out(word_557) & ((0xffffu << shift_558) ^ 0xffffffffu)) | (((read_k_in(word_557) >> ((((oh3 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_558);
  }
  let word_559: u32 = ((oh3 + 88u) + 5u) >> 1u;
  let shift_560: u32 = (((oh3 + 88u) + 5u) & 1u) * 16u;
  if (word_559 < u32(arrayLength(&k))) {
    k[word_559] = (read_k_out(word_559) & ((0xffffu << shift_560) ^ 0xffffffffu)) | (((read_k_in(word_559) >> ((((oh3 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_560);
  }
  let word_561: u32 = ((oh3 + 88u) + 6u) >> 1u;
  let shift_562: u32 = (((oh3 + 88u) + 6u) & 1u) * 16u;
  if (word_561 < u32(arrayLength(&k))) {
    k[word_561] = (read_k_out(word_561) & ((0xffffu << shift_562) ^ 0xffffffffu)) | (((read_k_in(word_561) >> ((((oh3 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_562);
  }
  let word_563: u32 = ((oh3 + 88u) + 7u) >> 1u;
  let shift_564: u32 = (((oh3 + 88u) + 7u) & 1u) * 16u;
  if (word_563 < u32(arrayLength(&k))) {
    k[word_563] = (read_k_out(word_563) & ((0xffffu << shift_564) ^ 0xffffffffu)) | (((read_k_in(word_563) >> ((((oh3 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_564);
  }
  let word_565: u32 = (oh4 + 88u) >> 1u;
  let shift_566: u32 = ((oh4 + 88u) & 1u) * 16u;
  if (word_565 < u32(arrayLength(&k))) {
    k[word_565] = (read_k_out(word_565) & ((0xffffu << shift_566) ^ 0xffffffffu)) | (((read_k_in(word_565) >> (((oh4 + 88u) & 1u) * 16u)) & 0xffffu) << shift_566);
  }
  let word_567: u32 = ((oh4 + 88u) + 1u) >> 1u;
  let shift_568: u32 = (((oh4 + 88u) + 1u) & 1u) * 16u;
  if (word_567 < u32(arrayLength(&k))) {
    k[word_567] = (read_k_out(word_567) & ((0xffffu << shift_568) ^ 0xffffffffu)) | (((read_k_in(word_567) >> ((((oh4 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_568);
  }
  let word_569: u32 = ((oh4 + 88u) + 2u) >> 1u;
  let shift_570: u32 = (((oh4 + 88u) + 2u) & 1u) * 16u;
  if (word_569 < u32(arrayLength(&k))) {
    k[word_569] = (read_k_out(word_569) & ((0xffffu << shift_570) ^ 0xffffffffu)) | (((read_k_in(word_569) >> ((((oh4 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_570);
  }
  let word_571: u32 = ((oh4 + 88u) + 3u) >> 1u;
  let shift_572: u32 = (((oh4 + 88u) + 3u) & 1u) * 16u;
  if (word_571 < u32(arrayLength(&k))) {
    k[word_571] = (read_k_out(word_571) & ((0xffffu << shift_572) ^ 0xffffffffu)) | (((read_k_in(word_571) >> ((((oh4 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_572);
  }
  let word_573: u32 = ((oh4 + 88u) + 4u) >> 1u;
  let shift_574: u32 = (((oh4 + 88u) + 4u) & 1u) * 16u;
  if (word_573 < u32(arrayLength(&k))) {
    k[word_573] = (read_k_out(word_573) & ((0xffffu << shift_574) ^ 0xffffffffu)) | (((read_k_in(word_573) >> ((((oh4 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_574);
  }
  let word_575: u32 = ((oh4 + 88u) + 5u) >> 1u;
  let shift_576: u32 = (((oh4 + 88u) + 5u) & 1u) * 16u;
  if (word_575 < u32(arrayLength(&k))) {
    k[word_575] = (read_k_out(word_575) & ((0xffffu << shift_576) ^ 0xffffffffu)) | (((read_k_in(word_575) >> ((((oh4 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_576);
  }
  let word_577: u32 = ((oh4 + 88u) + 6u) >> 1u;
  let shift_578: u32 = (((oh4 + 88u) + 6u) & 1u) * 16u;
  if (word_577 < u32(arrayLength(&k))) {
    k[word_577] = (read_k_out(word_577) & ((0xffffu << shift_578) ^ 0xffffffffu)) | (((read_k_in(word_577) >> ((((oh4 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_578);
  }
  let word_579: u32 = ((oh4 + 88u) + 7u) >> 1u;
  let shift_580: u32 = (((oh4 + 88u) + 7u) & 1u) * 16u;
  if (word_579 < u32(arrayLength(&k))) {
    k[word_579] = (read_k_out(word_579) & ((0xffffu << shift_580) ^ 0xffffffffu)) | (((read_k_in(word_579) >> ((((oh4 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_580);
  }
  let word_581: u32 = (oh5 + 88u) >> 1u;
  let shift_582: u32 = ((oh5 + 88u) & 1u) * 16u;
  if (word_581 < u32(arrayLength(&k))) {
    k[word_581] = (read_k_out(word_581) & ((0xffffu << shift_582) ^ 0xffffffffu)) | (((read_k_in(word_581) >> (((oh5 + 88u) & 1u) * 16u)) & 0xffffu) << shift_582);
  }
  let word_583: u32 = ((oh5 + 88u) + 1u) >> 1u;
  let shift_584: u32 = (((oh5 + 88u) + 1u) & 1u) * 16u;
  if (word_583 < u32(arrayLength(&k))) {
    k[word_583] = (read_k_out(word_583) & ((0xffffu << shift_584) ^ 0xffffffffu)) | (((read_k_in(word_583) >> ((((oh5 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_584);
  }
  let word_585: u32 = ((oh5 + 88u) + 2u) >> 1u;
  let shift_586: u32 = (((oh5 + 88u) + 2u) & 1u) * 16u;
  if (word_585 < u32(arrayLength(&k))) {
    k[word_585] = (read_k_out(word_585) & ((0xffffu << shift_586) ^ 0xffffffffu)) | (((read_k_in(word_585) >> ((((oh5 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_586);
  }
  let word_587: u32 = ((oh5 + 88u) + 3u) >> 1u;
  let shift_588: u32 = (((oh5 + 88u) + 3u) & 1u) * 16u;
  if (word_587 < u32(arrayLength(&k))) {
    k[word_587] = (read_k_out(word_587) & ((0xffffu << shift_588) ^ 0xffffffffu)) | (((read_k_in(word_587) >> ((((oh5 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_588);
  }
  let word_589: u32 = ((oh5 + 88u) + 4u) >> 1u;
  let shift_590: u32 = (((oh5 + 88u) + 4u) & 1u) * 16u;
  if (word_589 < u32(arrayLength(&k))) {
    k[word_589] = (read_k_out(word_589) & ((0xffffu << shift_590) ^ 0xffffffffu)) | (((read_k_in(word_589) >> ((((oh5 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_590);
  }
  let word_591: u32 = ((oh5 + 88u) + 5u) >> 1u;
  let shift_592: u32 = (((oh5 + 88u) + 5u) & 1u) * 16u;
  if (word_591 < u32(arrayLength(&k))) {
    k[word_591] = (read_k_out(word_591) & ((0xffffu << shift_592) ^ 0xffffffffu)) | (((read_k_in(word_591) >> ((((oh5 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_592);
  }
  let word_593: u32 = ((oh5 + 88u) + 6u) >> 1u;
  let shift_594: u32 = (((oh5 + 88u) + 6u) & 1u) * 16u;
  if (word_593 < u32(arrayLength(&k))) {
    k[word_593] = (read_k_out(word_593) & ((0xffffu << shift_594) ^ 0xffffffffu)) | (((read_k_in(word_593) >> ((((oh5 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_594);
  }
  let word_595: u32 = ((oh5 + 88u) + 7u) >> 1u;
  let shift_596: u32 = (((oh5 + 88u) + 7u) & 1u) * 16u;
  if (word_595 < u32(arrayLength(&k))) {
    k[word_595] = (read_k_out(word_595) & ((0xffffu << shift_596) ^ 0xffffffffu)) | (((read_k_in(word_595) >> ((((oh5 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_596);
  }
  let word_597: u32 = (oh6 + 88u) >> 1u;
  let shift_598: u32 = ((oh6 + 88u) & 1u) * 16u;
  if (word_597 < u32(arrayLength(&k))) {
    k[word_597] = (read_k_out(word_597) & ((0xffffu << shift_598) ^ 0xffffffffu)) | (((read_k_in(word_597) >> (((oh6 + 88u) & 1u) * 16u)) & 0xffffu) << shift_598);
  }
  let word_599: u32 = ((oh6 + 88u) + 1u) >> 1u;
  let shift_600: u32 = (((oh6 + 88u) + 1u) & 1u) * 16u;
  if (word_599 < u32(arrayLength(&k))) {
    k[word_599] = (read_k_out(word_599) & ((0xffffu << shift_600) ^ 0xffffffffu)) | (((read_k_in(word_599) >> ((((oh6 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_600);
  }
  let word_601: u32 = ((oh6 + 88u) + 2u) >> 1u;
  let shift_602: u32 = (((oh6 + 88u) + 2u) & 1u) * 16u;
  if (word_601 < u32(arrayLength(&k))) {
    k[word_601] = (read_k_out(word_601) & ((0xffffu << shift_602) ^ 0xffffffffu)) | (((read_k_in(word_601) >> ((((oh6 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_602);
  }
  let word_603: u32 = ((oh6 + 88u) + 3u) >> 1u;
  let shift_604: u32 = (((oh6 + 88u) + 3u) & 1u) * 16u;
  if (word_603 < u32(arrayLength(&k))) {
    k[word_603] = (read_k_out(word_603) & ((0xffffu << shift_604) ^ 0xffffffffu)) | (((read_k_in(word_603) >> ((((oh6 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_604);
  }
  let word_605: u32 = ((oh6 + 88u) + 4u) >> 1u;
  let shift_606: u32 = (((oh6 + 88u) + 4u) & 1u) * 16u;
  if (word_605 < u32(arrayLength(&k))) {
    k[word_605] = (read_k_out(word_605) & ((0xffffu << shift_606) ^ 0xffffffffu)) | (((read_k_in(word_605) >> ((((oh6 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_606);
  }
  let word_607: u32 = ((oh6 + 88u) + 5u) >> 1u;
  let shift_608: u32 = (((oh6 + 88u) + 5u) & 1u) * 16u;
  if (word_607 < u32(arrayLength(&k))) {
    k[word_607] = (read_k_out(word_607) & ((0xffffu << shift_608) ^ 0xffffffffu)) | (((read_k_in(word_607) >> ((((oh6 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_608);
  }
  let word_609: u32 = ((oh6 + 88u) + 6u) >> 1u;
  let shift_610: u32 = (((oh6 + 88u) + 6u) & 1u) * 16u;
  if (word_609 < u32(arrayLength(&k))) {
    k[word_609] = (read_k_out(word_609) & ((0xffffu << shift_610) ^ 0xffffffffu)) | (((read_k_in(word_609) >> ((((oh6 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_610);
  }
  let word_611: u32 = ((oh6 + 88u) + 7u) >> 1u;
  let shift_612: u32 = (((oh6 + 88u) + 7u) & 1u) * 16u;
  if (word_611 < u32(arrayLength(&k))) {
    k[word_611] = (read_k_out(word_611) & ((0xffffu << shift_612) ^ 0xffffffffu)) | (((read_k_in(word_611) >> ((((oh6 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_612);
  }
  let word_613: u32 = (oh7 + 88u) >> 1u;
  let shift_614: u32 = ((oh7 + 88u) & 1u) * 16u;
  if (word_613 < u32(arrayLength(&k))) {
    k[word_613] = (read_k_out(word_613) & ((0xffffu << shift_614) ^ 0xffffffffu)) | (((read_k_in(word_613) >> (((oh7 + 88u) & 1u) * 16u)) & 0xffffu) << shift_614);
  }
  let word_615: u32 = ((oh7 + 88u) + 1u) >> 1u;
  let shift_616: u32 = (((oh7 + 88u) + 1u) & 1u) * 16u;
  if (word_615 < u32(arrayLength(&k))) {
    k[word_615] = (read_k_out(word_615) & ((0xffffu << shift_616) ^ 0xffffffffu)) | (((read_k_in(word_615) >> ((((oh7 + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_616);
  }
  let word_617: u32 = ((oh7 + 88u) + 2u) >> 1u;
  let shift_618: u32 = (((oh7 + 88u) + 2u) & 1u) * 16u;
  if (word_617 < u32(arrayLength(&k))) {
    k[word_617] = (read_k_out(word_617) & ((0xffffu << shift_618) ^ 0xffffffffu)) | (((read_k_in(word_617) >> ((((oh7 + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_618);
  }
  let word_619: u32 = ((oh7 + 88u) + 3u) >> 1u;
  let shift_620: u32 = (((oh7 + 88u) + 3u) & 1u) * 16u;
  if (word_619 < u32(arrayLength(&k))) {
    k[word_619] = (read_k_out(word_619) & ((0xffffu << shift_620) ^ 0xffffffffu)) | (((read_k_in(word_619) >> ((((oh7 + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_620);
  }
  let word_621: u32 = ((oh7 + 88u) + 4u) >> 1u;
  let shift_622: u32 = (((oh7 + 88u) + 4u) & 1u) * 16u;
  if (word_621 < u32(arrayLength(&k))) {
    k[word_621] = (read_k_out(word_621) & ((0xffffu << shift_622) ^ 0xffffffffu)) | (((read_k_in(word_621) >> ((((oh7 + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_622);
  }
  let word_623: u32 = ((oh7 + 88u) + 5u) >> 1u;
  let shift_624: u32 = (((oh7 + 88u) + 5u) & 1u) * 16u;
  if (word_623 < u32(arrayLength(&k))) {
    k[word_623] = (read_k_out(word_623) & ((0xffffu << shift_624) ^ 0xffffffffu)) | (((read_k_in(word_623) >> ((((oh7 + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_624);
  }
  let word_625: u32 = ((oh7 + 88u) + 6u) >> 1u;
  let shift_626: u32 = (((oh7 + 88u) + 6u) & 1u) * 16u;
  if (word_625 < u32(arrayLength(&k))) {
    k[word_625] = (read_k_out(word_625) & ((0xffffu << shift_626) ^ 0xffffffffu)) | (((read_k_in(word_625) >> ((((oh7 + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_626);
  }
  let word_627: u32 = ((oh7 + 88u) + 7u) >> 1u;
  let shift_628: u32 = (((oh7 + 88u) + 7u) & 1u) * 16u;
  if (word_627 < u32(arrayLength(&k))) {
    k[word_627] = (read_k_out(word_627) & ((0xffffu << shift_628) ^ 0xffffffffu)) | (((read_k_in(word_627) >> ((((oh7 + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_628);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 12 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 13 (stride 1, scalar) (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_0(b: u32, s: u32, ki: u32) {
  let pos0_w: i32 = i32(s);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_q_in((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_629: u32 = (o + ki * 2u) >> 1u;
    let shift_630: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_629 < u32(arrayLength(&q))) {
      q[word_629] = (read_q_out(word_629) & ((0xffffu << shift_630) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_630);
    }
    let word_631: u32 = (o + (12u + ki * 2u)) >> 1u;
    let shift_632: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
    if (word_631 < u32(arrayLength(&q))) {
      q[word_631] = (read_q_out(word_631) & ((0xffffu << shift_632) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_632);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_in((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_633: u32 = (o + ki * 2u) >> 1u;
    let shift_634: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_633 < u32(arrayLength(&k))) {
      k[word_633] = (read_k_out(word_633) & ((0xffffu << shift_634) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_634);
    }
    let word_635: u32 = (o + (12u + ki * 2u)) >> 1u;
    let shift_636: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
    if (word_635 < u32(arrayLength(&k))) {
      k[word_635] = (read_k_out(word_635) & ((0xffffu << shift_636) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_636);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_q_in((o + (13u + ki * 2u)) >> 1u) >> (((o + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_637: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_638: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_637 < u32(arrayLength(&q))) {
      q[word_637] = (read_q_out(word_637) & ((0xffffu << shift_638) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_638);
    }
    let word_639: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_640: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_639 < u32(arrayLength(&q))) {
      q[word_639] = (read_q_out(word_639) & ((0xffffu << shift_640) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_640);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_in((o + (13u + ki * 2u)) >> 1u) >> (((o + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_641: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_642: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_641 < u32(arrayLength(&k))) {
      k[word_641] = (read_k_out(word_641) & ((0xffffu << shift_642) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_642);
    }
    let word_643: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_644: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_643 < u32(arrayLength(&k))) {
      k[word_643] = (read_k_out(word_643) & ((0xffffu << shift_644) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_644);
    }
  }
}

/** copy 16 lane(s) from 24 (scalar) (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_1(b: u32, s: u32, ki: u32) {
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    for (var i: u32 = 0u; i < 16u; i++) {
      let word_645: u32 = ((o + (24u + ki * 16u)) + i) >> 1u;
      let shift_646: u32 = (((o + (24u + ki * 16u)) + i) & 1u) * 16u;
      if (word_645 < u32(arrayLength(&q))) {
        q[word_645] = (read_q_out(word_645) & ((0xffffu << shift_646) ^ 0xffffffffu)) | (((read_q_in(word_645) >> ((((o + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_646);
      }
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    for (var i: u32 = 0u; i < 16u; i++) {
      let word_647: u32 = ((o + (24u + ki * 16u)) + i) >> 1u;
      let shift_648: u32 = (((o + (24u + ki * 16u)) + i) & 1u) * 16u;
      if (word_647 < u32(arrayLength(&k))) {
        k[word_647] = (read_k_out(word_647) & ((0xffffu << shift_648) ^ 0xffffffffu)) | (((read_k_in(word_647) >> ((((o + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_648);
      }
    }
  }
}

/** copy 8 lane(s) from 88 (scalar) */
fn item_scalar_out_2(b: u32, s: u32) {
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let word_649: u32 = (o + 88u) >> 1u;
    let shift_650: u32 = ((o + 88u) & 1u) * 16u;
    if (word_649 < u32(arrayLength(&q))) {
      q[word_649] = (read_q_out(word_649) & ((0xffffu << shift_650) ^ 0xffffffffu)) | (((read_q_in(word_649) >> (((o + 88u) & 1u) * 16u)) & 0xffffu) << shift_650);
    }
    let word_651: u32 = ((o + 88u) + 1u) >> 1u;
    let shift_652: u32 = (((o + 88u) + 1u) & 1u) * 16u;
    if (word_651 < u32(arrayLength(&q))) {
      q[word_651] = (read_q_out(word_651) & ((0xffffu << shift_652) ^ 0xffffffffu)) | (((read_q_in(word_651) >> ((((o + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_652);
    }
    let word_653: u32 = ((o + 88u) + 2u) >> 1u;
    let shift_654: u32 = (((o + 88u) + 2u) & 1u) * 16u;
    if (word_653 < u32(arrayLength(&q))) {
      q[word_653] = (read_q_out(word_653) & ((0xffffu << shift_654) ^ 0xffffffffu)) | (((read_q_in(word_653) >> ((((o + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_654);
    }
    let word_655: u32 = ((o + 88u) + 3u) >> 1u;
    let shift_656: u32 = (((o + 88u) + 3u) & 1u) * 16u;
    if (word_655 < u32(arrayLength(&q))) {
      q[word_655] = (read_q_out(word_655) & ((0xffffu << shift_656) ^ 0xffffffffu)) | (((read_q_in(word_655) >> ((((o + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_656);
    }
    let word_657: u32 = ((o + 88u) + 4u) >> 1u;
    let shift_658: u32 = (((o + 88u) + 4u) & 1u) * 16u;
    if (word_657 < u32(arrayLength(&q))) {
      q[word_657] = (read_q_out(word_657) & ((0xffffu << shift_658) ^ 0xffffffffu)) | (((read_q_in(word_657) >> ((((o + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_658);
    }
    let word_659: u32 = ((o + 88u) + 5u) >> 1u;
    let shift_660: u32 = (((o + 88u) + 5u) & 1u) * 16u;
    if (word_659 < u32(arrayLength(&q))) {
      q[word_659] = (read_q_out(word_659) & ((0xffffu << shift_660) ^ 0xffffffffu)) | (((read_q_in(word_659) >> ((((o + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_660);
    }
    let word_661: u32 = ((o + 88u) + 6u) >> 1u;
    let shift_662: u32 = (((o + 88u) + 6u) & 1u) * 16u;
    if (word_661 < u32(arrayLength(&q))) {
      q[word_661] = (read_q_out(word_661) & ((0xffffu << shift_662) ^ 0xffffffffu)) | (((read_q_in(word_661) >> ((((o + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_662);
    }
    let word_663: u32 = ((o + 88u) + 7u) >> 1u;
    let shift_664: u32 = (((o + 88u) + 7u) & 1u) * 16u;
    if (word_663 < u32(arrayLength(&q))) {
      q[word_663] = (read_q_out(word_663) & ((0xffffu << shift_664) ^ 0xffffffffu)) | (((read_q_in(word_663) >> ((((o + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_664);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let word_665: u32 = (o + 88u) >> 1u;
    let shift_666: u32 = ((o + 88u) & 1u) * 16u;
    if (word_665 < u32(arrayLength(&k))) {
      k[word_665] = (read_k_out(word_665) & ((0xffffu << shift_666) ^ 0xffffffffu)) | (((read_k_in(word_665) >> (((o + 88u) & 1u) * 16u)) & 0xffffu) << shift_666);
    }
    let word_667: u32 = ((o + 88u) + 1u) >> 1u;
    let shift_668: u32 = (((o + 88u) + 1u) & 1u) * 16u;
    if (word_667 < u32(arrayLength(&k))) {
      k[word_667] = (read_k_out(word_667) & ((0xffffu << shift_668) ^ 0xffffffffu)) | (((read_k_in(word_667) >> ((((o + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_668);
    }
    let word_669: u32 = ((o + 88u) + 2u) >> 1u;
    let shift_670: u32 = (((o + 88u) + 2u) & 1u) * 16u;
    if (word_669 < u32(arrayLength(&k))) {
      k[word_669] = (read_k_out(word_669) & ((0xffffu << shift_670) ^ 0xffffffffu)) | (((read_k_in(word_669) >> ((((o + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_670);
    }
    let word_671: u32 = ((o + 88u) + 3u) >> 1u;
    let shift_672: u32 = (((o + 88u) + 3u) & 1u) * 16u;
    if (word_671 < u32(arrayLength(&k))) {
      k[word_671] = (read_k_out(word_671) & ((0xffffu << shift_672) ^ 0xffffffffu)) | (((read_k_in(word_671) >> ((((o + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_672);
    }
    let word_673: u32 = ((o + 88u) + 4u) >> 1u;
    let shift_674: u32 = (((o + 88u) + 4u) & 1u) * 16u;
    if (word_673 < u32(arrayLength(&k))) {
      k[word_673] = (read_k_out(word_673) & ((0xffffu << shift_674) ^ 0xffffffffu)) | (((read_k_in(word_673) >> ((((o + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_674);
    }
    let word_675: u32 = ((o + 88u) + 5u) >> 1u;
    let shift_676: u32 = (((o + 88u) + 5u) & 1u) * 16u;
    if (word_675 < u32(arrayLength(&k))) {
      k[word_675] = (read_k_out(word_675) & ((0xffffu << shift_676) ^ 0xffffffffu)) | (((read_k_in(word_675) >> ((((o + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_676);
    }
    let word_677: u32 = ((o + 88u) + 6u) >> 1u;
    let shift_678: u32 = (((o + 88u) + 6u) & 1u) * 16u;
    if (word_677 < u32(arrayLength(&k))) {
      k[word_677] = (read_k_out(word_677) & ((0xffffu << shift_678) ^ 0xffffffffu)) | (((read_k_in(word_677) >> ((((o + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_678);
    }
    let word_679: u32 = ((o + 88u) + 7u) >> 1u;
    let shift_680: u32 = (((o + 88u) + 7u) & 1u) * 16u;
    if (word_679 < u32(arrayLength(&k))) {
      k[word_679] = (read_k_out(word_679) & ((0xffffu << shift_680) ^ 0xffffffffu)) | (((read_k_in(word_679) >> ((((o + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_680);
    }
  }
}

// in place, one head per item, 6 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 128u) * 6u) {
    return;
  }
  let per_token: u32 = 128u;
  let chunk: u32 = item % 6u;
  let rest: u32 = item / 6u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 64u) {
    let h0: u32 = g;
    item_scalar_in_q1_0(b, s, chunk, h0);
  } else {
    let h0: u32 = g - 64u;
    item_scalar_in_k1_0(b, s, chunk, h0);
  }
}

// in place, groups of 8 q / 8 k heads per item, 6 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 16u) * 6u) {
    return;
  }
  let per_token: u32 = 16u;
  let chunk: u32 = item % 6u;
  let rest: u32 = item / 6u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 8u) {
    let h0: u32 = g * 8u;
    item_scalar_in_q8_0(b, s, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 8u;
    item_scalar_in_k8_0(b, s, chunk, h0);
  }
}

// in place, every head in series, 6 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 6u) {
    return;
  }
  let flat: u32 = item / 6u;
  let chunk: u32 = item - flat * 6u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_scalar_in_0(b, s, chunk);
}

// out of place, one head per item, 11 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 128u) * 11u) {
    return;
  }
  let per_token: u32 = 128u;
  let chunk: u32 = item % 11u;
  let rest: u32 = item / 11u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 64u) {
    let h0: u32 = g;
    if (chunk < 6u) {
      item_scalar_out_q1_0(b, s, chunk, h0);
      return;
    }
    if (chunk < 10u) {
      item_scalar_out_q1_1(b, s, chunk - 6u, h0);
      return;
    }
    item_scalar_out_q1_2(b, s, h0);
  } else {
    let h0: u32 = g - 64u;
    if (chunk < 6u) {
      item_scalar_out_k1_0(b, s, chunk, h0);
      return;
    }
    if (chunk < 10u) {
      item_scalar_out_k1_1(b, s, chunk - 6u, h0);
      return;
    }
    item_scalar_out_k1_2(b, s, h0);
  }
}

// out of place, groups of 8 q / 8 k heads per item, 11 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 16u) * 11u) {
    return;
  }
  let per_token: u32 = 16u;
  let chunk: u32 = item % 11u;
  let rest: u32 = item / 11u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 8u) {
    let h0: u32 = g * 8u;
    if (chunk < 6u) {
      item_scalar_out_q8_0(b, s, chunk, h0);
      return;
    }
    if (chunk < 10u) {
      item_scalar_out_q8_1(b, s, chunk - 6u, h0);
      return;
    }
    item_scalar_out_q8_2(b, s, h0);
  } else {
    let h0: u32 = (g - 8u) * 8u;
    if (chunk < 6u) {
      item_scalar_out_k8_0(b, s, chunk, h0);
      return;
    }
    if (chunk < 10u) {
      item_scalar_out_k8_1(b, s, chunk - 6u, h0);
      return;
    }
    item_scalar_out_k8_2(b, s, h0);
  }
}

// out of place, every head in series, 11 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 11u) {
    return;
  }
  let flat: u32 = item / 11u;
  let chunk: u32 = item - flat * 11u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (chunk < 6u) {
    item_scalar_out_0(b, s, chunk);
    return;
  }
  if (chunk < 10u) {
    item_scalar_out_1(b, s, chunk - 6u);
    return;
  }
  item_scalar_out_2(b, s);
}
