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
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_out((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_5: u32 = (o + ki * 2u) >> 1u;
    let shift_6: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_5 < u32(arrayLength(&k))) {
      k[word_5] = (read_k_out(word_5) & ((0xffffu << shift_6) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_6);
    }
    let word_7: u32 = (o + (12u + ki * 2u)) >> 1u;
    let shift_8: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
    if (word_7 < u32(arrayLength(&k))) {
      k[word_7] = (read_k_out(word_7) & ((0xffffu << shift_8) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_8);
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
    let word_9: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_10: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_9 < u32(arrayLength(&q))) {
      q[word_9] = (read_q_out(word_9) & ((0xffffu << shift_10) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_10);
    }
    let word_11: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_12: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_11 < u32(arrayLength(&q))) {
      q[word_11] = (read_q_out(word_11) & ((0xffffu << shift_12) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_12);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_out((o + (13u + ki * 2u)) >> 1u) >> (((o + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_13: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_14: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_13 < u32(arrayLength(&k))) {
      k[word_13] = (read_k_out(word_13) & ((0xffffu << shift_14) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_14);
    }
    let word_15: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_16: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_15 < u32(arrayLength(&k))) {
      k[word_15] = (read_k_out(word_15) & ((0xffffu << shift_16) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_16);
    }
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
    let word_17: u32 = (o + ki * 2u) >> 1u;
    let shift_18: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_17 < u32(arrayLength(&q))) {
      q[word_17] = (read_q_out(word_17) & ((0xffffu << shift_18) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_18);
    }
    let word_19: u32 = (o + (12u + ki * 2u)) >> 1u;
    let shift_20: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
    if (word_19 < u32(arrayLength(&q))) {
      q[word_19] = (read_q_out(word_19) & ((0xffffu << shift_20) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_20);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_in((o + (12u + ki * 2u)) >> 1u) >> (((o + (12u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_21: u32 = (o + ki * 2u) >> 1u;
    let shift_22: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_21 < u32(arrayLength(&k))) {
      k[word_21] = (read_k_out(word_21) & ((0xffffu << shift_22) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_22);
    }
    let word_23: u32 = (o + (12u + ki * 2u)) >> 1u;
    let shift_24: u32 = ((o + (12u + ki * 2u)) & 1u) * 16u;
    if (word_23 < u32(arrayLength(&k))) {
      k[word_23] = (read_k_out(word_23) & ((0xffffu << shift_24) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_24);
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
    let word_25: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_26: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_25 < u32(arrayLength(&q))) {
      q[word_25] = (read_q_out(word_25) & ((0xffffu << shift_26) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_26);
    }
    let word_27: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_28: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_27 < u32(arrayLength(&q))) {
      q[word_27] = (read_q_out(word_27) & ((0xffffu << shift_28) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_28);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let xa_0: f32 = unpack2x16float((read_k_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let xb_0: f32 = unpack2x16float((read_k_in((o + (13u + ki * 2u)) >> 1u) >> (((o + (13u + ki * 2u)) & 1u) * 16u)) & 0xffffu).x;
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_29: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_30: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_29 < u32(arrayLength(&k))) {
      k[word_29] = (read_k_out(word_29) & ((0xffffu << shift_30) ^ 0xffffffffu)) | (f16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_30);
    }
    let word_31: u32 = (o + (13u + ki * 2u)) >> 1u;
    let shift_32: u32 = ((o + (13u + ki * 2u)) & 1u) * 16u;
    if (word_31 < u32(arrayLength(&k))) {
      k[word_31] = (read_k_out(word_31) & ((0xffffu << shift_32) ^ 0xffffffffu)) | (f16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_32);
    }
  }
}

/** copy 16 lane(s) from 24 (scalar) (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_1(b: u32, s: u32, ki: u32) {
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    for (var i: u32 = 0u; i < 16u; i++) {
      let word_33: u32 = ((o + (24u + ki * 16u)) + i) >> 1u;
      let shift_34: u32 = (((o + (24u + ki * 16u)) + i) & 1u) * 16u;
      if (word_33 < u32(arrayLength(&q))) {
        q[word_33] = (read_q_out(word_33) & ((0xffffu << shift_34) ^ 0xffffffffu)) | (((read_q_in(word_33) >> ((((o + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_34);
      }
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    for (var i: u32 = 0u; i < 16u; i++) {
      let word_35: u32 = ((o + (24u + ki * 16u)) + i) >> 1u;
      let shift_36: u32 = (((o + (24u + ki * 16u)) + i) & 1u) * 16u;
      if (word_35 < u32(arrayLength(&k))) {
        k[word_35] = (read_k_out(word_35) & ((0xffffu << shift_36) ^ 0xffffffffu)) | (((read_k_in(word_35) >> ((((o + (24u + ki * 16u)) + i) & 1u) * 16u)) & 0xffffu) << shift_36);
      }
    }
  }
}

/** copy 8 lane(s) from 88 (scalar) */
fn item_scalar_out_2(b: u32, s: u32) {
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let word_37: u32 = (o + 88u) >> 1u;
    let shift_38: u32 = ((o + 88u) & 1u) * 16u;
    if (word_37 < u32(arrayLength(&q))) {
      q[word_37] = (read_q_out(word_37) & ((0xffffu << shift_38) ^ 0xffffffffu)) | (((read_q_in(word_37) >> (((o + 88u) & 1u) * 16u)) & 0xffffu) << shift_38);
    }
    let word_39: u32 = ((o + 88u) + 1u) >> 1u;
    let shift_40: u32 = (((o + 88u) + 1u) & 1u) * 16u;
    if (word_39 < u32(arrayLength(&q))) {
      q[word_39] = (read_q_out(word_39) & ((0xffffu << shift_40) ^ 0xffffffffu)) | (((read_q_in(word_39) >> ((((o + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_40);
    }
    let word_41: u32 = ((o + 88u) + 2u) >> 1u;
    let shift_42: u32 = (((o + 88u) + 2u) & 1u) * 16u;
    if (word_41 < u32(arrayLength(&q))) {
      q[word_41] = (read_q_out(word_41) & ((0xffffu << shift_42) ^ 0xffffffffu)) | (((read_q_in(word_41) >> ((((o + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_42);
    }
    let word_43: u32 = ((o + 88u) + 3u) >> 1u;
    let shift_44: u32 = (((o + 88u) + 3u) & 1u) * 16u;
    if (word_43 < u32(arrayLength(&q))) {
      q[word_43] = (read_q_out(word_43) & ((0xffffu << shift_44) ^ 0xffffffffu)) | (((read_q_in(word_43) >> ((((o + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_44);
    }
    let word_45: u32 = ((o + 88u) + 4u) >> 1u;
    let shift_46: u32 = (((o + 88u) + 4u) & 1u) * 16u;
    if (word_45 < u32(arrayLength(&q))) {
      q[word_45] = (read_q_out(word_45) & ((0xffffu << shift_46) ^ 0xffffffffu)) | (((read_q_in(word_45) >> ((((o + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_46);
    }
    let word_47: u32 = ((o + 88u) + 5u) >> 1u;
    let shift_48: u32 = (((o + 88u) + 5u) & 1u) * 16u;
    if (word_47 < u32(arrayLength(&q))) {
      q[word_47] = (read_q_out(word_47) & ((0xffffu << shift_48) ^ 0xffffffffu)) | (((read_q_in(word_47) >> ((((o + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_48);
    }
    let word_49: u32 = ((o + 88u) + 6u) >> 1u;
    let shift_50: u32 = (((o + 88u) + 6u) & 1u) * 16u;
    if (word_49 < u32(arrayLength(&q))) {
      q[word_49] = (read_q_out(word_49) & ((0xffffu << shift_50) ^ 0xffffffffu)) | (((read_q_in(word_49) >> ((((o + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_50);
    }
    let word_51: u32 = ((o + 88u) + 7u) >> 1u;
    let shift_52: u32 = (((o + 88u) + 7u) & 1u) * 16u;
    if (word_51 < u32(arrayLength(&q))) {
      q[word_51] = (read_q_out(word_51) & ((0xffffu << shift_52) ^ 0xffffffffu)) | (((read_q_in(word_51) >> ((((o + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_52);
    }
  }
  for (var h: u32 = 0u; h < 64u; h++) {
    let o: u32 = ((b * 64u + h) * params.seq + s) * 96u;
    let word_53: u32 = (o + 88u) >> 1u;
    let shift_54: u32 = ((o + 88u) & 1u) * 16u;
    if (word_53 < u32(arrayLength(&k))) {
      k[word_53] = (read_k_out(word_53) & ((0xffffu << shift_54) ^ 0xffffffffu)) | (((read_k_in(word_53) >> (((o + 88u) & 1u) * 16u)) & 0xffffu) << shift_54);
    }
    let word_55: u32 = ((o + 88u) + 1u) >> 1u;
    let shift_56: u32 = (((o + 88u) + 1u) & 1u) * 16u;
    if (word_55 < u32(arrayLength(&k))) {
      k[word_55] = (read_k_out(word_55) & ((0xffffu << shift_56) ^ 0xffffffffu)) | (((read_k_in(word_55) >> ((((o + 88u) + 1u) & 1u) * 16u)) & 0xffffu) << shift_56);
    }
    let word_57: u32 = ((o + 88u) + 2u) >> 1u;
    let shift_58: u32 = (((o + 88u) + 2u) & 1u) * 16u;
    if (word_57 < u32(arrayLength(&k))) {
      k[word_57] = (read_k_out(word_57) & ((0xffffu << shift_58) ^ 0xffffffffu)) | (((read_k_in(word_57) >> ((((o + 88u) + 2u) & 1u) * 16u)) & 0xffffu) << shift_58);
    }
    let word_59: u32 = ((o + 88u) + 3u) >> 1u;
    let shift_60: u32 = (((o + 88u) + 3u) & 1u) * 16u;
    if (word_59 < u32(arrayLength(&k))) {
      k[word_59] = (read_k_out(word_59) & ((0xffffu << shift_60) ^ 0xffffffffu)) | (((read_k_in(word_59) >> ((((o + 88u) + 3u) & 1u) * 16u)) & 0xffffu) << shift_60);
    }
    let word_61: u32 = ((o + 88u) + 4u) >> 1u;
    let shift_62: u32 = (((o + 88u) + 4u) & 1u) * 16u;
    if (word_61 < u32(arrayLength(&k))) {
      k[word_61] = (read_k_out(word_61) & ((0xffffu << shift_62) ^ 0xffffffffu)) | (((read_k_in(word_61) >> ((((o + 88u) + 4u) & 1u) * 16u)) & 0xffffu) << shift_62);
    }
    let word_63: u32 = ((o + 88u) + 5u) >> 1u;
    let shift_64: u32 = (((o + 88u) + 5u) & 1u) * 16u;
    if (word_63 < u32(arrayLength(&k))) {
      k[word_63] = (read_k_out(word_63) & ((0xffffu << shift_64) ^ 0xffffffffu)) | (((read_k_in(word_63) >> ((((o + 88u) + 5u) & 1u) * 16u)) & 0xffffu) << shift_64);
    }
    let word_65: u32 = ((o + 88u) + 6u) >> 1u;
    let shift_66: u32 = (((o + 88u) + 6u) & 1u) * 16u;
    if (word_65 < u32(arrayLength(&k))) {
      k[word_65] = (read_k_out(word_65) & ((0xffffu << shift_66) ^ 0xffffffffu)) | (((read_k_in(word_65) >> ((((o + 88u) + 6u) & 1u) * 16u)) & 0xffffu) << shift_66);
    }
    let word_67: u32 = ((o + 88u) + 7u) >> 1u;
    let shift_68: u32 = (((o + 88u) + 7u) & 1u) * 16u;
    if (word_67 < u32(arrayLength(&k))) {
      k[word_67] = (read_k_out(word_67) & ((0xffffu << shift_68) ^ 0xffffffffu)) | (((read_k_in(word_67) >> ((((o + 88u) + 7u) & 1u) * 16u)) & 0xffffu) << shift_68);
    }
  }
}

// in place, 6 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 6u) {
    return;
  }
  let flat: u32 = item / 6u;
  let chunk: u32 = item - flat * 6u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (chunk < 6u) {
    item_scalar_in_0(b, s, chunk);
    return;
  }
}

// out of place, 11 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
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
  if (chunk < 11u) {
    item_scalar_out_2(b, s);
    return;
  }
}
