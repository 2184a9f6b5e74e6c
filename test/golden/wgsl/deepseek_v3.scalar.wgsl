// Generated from spec/deepseek_v3.rope (rope deepseek_v3) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 84f4c62a7df01224
//
// rope deepseek_v3: head_dim q 192 / k 64, 32 pairs in q 32 / k 32 item(s) per head; bf16 storage (two 16-bit values per u32 word), layout thd; scalar access; positions tensor; ω constant; sincos computed; precision exact
// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed
// once, then every head of q and of k is rotated with them. An item owns every word or vector it
// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  q_token_stride: u32,
  q_head_stride: u32,
  k_token_stride: u32,
  k_head_stride: u32,
  q_start: u32,
  k_start: u32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<u32>;
@group(0) @binding(2) var<storage, read_write> k: array<u32>;
@group(0) @binding(3) var<storage, read> positions: array<i32>;
@group(0) @binding(4) var<storage, read> q_src: array<u32>;
@group(0) @binding(5) var<storage, read> k_src: array<u32>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 32>(0.1591796875, 0.119354248046875, 0.089508056640625, 0.067108154296875, 0.050323486328125, 0.0377349853515625, 0.0283050537109375, 0.0212249755859375, 0.0159149169921875, 0.011936187744140625, 0.00894927978515625, 0.0062084197998046875, 0.0042781829833984375, 0.0029249191284179688, 0.0019807815551757812, 0.0013265609741210938, 0.0008752346038818359, 0.0005669593811035156, 0.0003579854965209961, 0.0002181529998779297, 0.0001258254051208496, 0.00006604194641113281, 0.000028304755687713623, 0.000005306676030158997, 0.000003978610038757324, 0.000002983957529067993, 0.0000022370368242263794, 0.0000016777776181697845, 0.0000012582167983055115, 9.434297680854797e-7, 7.075723260641098e-7, 5.306210368871689e-7);
const TURNS_MID = array<f32, 32>(-0.000024743378162384033, -0.0000048782676458358765, -0.000008653849363327026, 0.00000692903995513916, 0.000005725771188735962, 0.000006599351763725281, -0.0000028582289814949036, -0.0000013229437172412872, 5.774199962615967e-7, -0.0000012507662177085876, 6.603077054023743e-7, -2.7462374418973923e-7, -1.9994331523776054e-7, 5.3682015277445316e-8, 3.721797838807106e-7, -8.268398232758045e-8, 1.1757947504520416e-7, -4.98694134876132e-8, 1.2110831448808312e-8, -2.8980139177292585e-8, -2.3746906663291156e-9, 5.826223059557378e-9, -2.560227585490793e-9, -7.628386811120436e-10, 2.6352608983870596e-10, -2.2328094928525388e-10, 4.48267201136332e-10, 9.944756129698362e-11, 1.3503864693120704e-11, 1.0984990694851149e-10, -1.7429613308195258e-11, -2.971489720948739e-11);
const TURNS_LO = array<f32, 32>(-1.0299422426029992e-9, 4.320196977936064e-10, -1.1823706458358174e-9, -3.316028840405494e-10, 5.173299288951938e-12, 1.4093545774862548e-11, 3.4866740050709666e-10, 1.2255740866606857e-10, -1.0299422426029992e-10, 4.320196977936064e-11, 6.802744478839884e-11, 1.9230233724853996e-12, -1.1201801639049158e-11, 5.166785835980514e-12, -2.681602509491121e-11, 7.659838041629285e-12, 3.648543273060412e-12, -3.186595952386906e-12, -9.16880937493203e-13, 2.8236202438691738e-14, -1.6896572574247315e-13, 6.212922429131573e-13, 3.7049524689511393e-13, -2.8346974019401866e-16, 1.2450220501368688e-14, 7.162513143081205e-15, -5.120523891509986e-14, 9.399600001613276e-15, 4.4197141572369005e-16, -5.693395482440824e-17, -6.852166200437861e-16, -2.8705180017630973e-15);

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

// f32 → bf16 bits (the top half of an f32), rounded to nearest even; a NaN stays a (quiet) NaN.
fn bf16_bits(v: f32) -> u32 {
  let x = bitcast<u32>(v);
  if ((x & 0x7fffffffu) > 0x7f800000u) {
    return (x >> 16u) | 0x0040u;
  }
  return (x + 0x7fffu + ((x >> 16u) & 1u)) >> 16u;
}

/** positions[i], or 0 past its end */
fn read_positions(i: u32) -> i32 {
  if (i >= u32(arrayLength(&positions))) {
    return 0i;
  }
  return positions[i];
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

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_1: u32 = (o + (128u + ki * 2u)) >> 1u;
  let shift_2: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
  if (word_1 < u32(arrayLength(&q))) {
    q[word_1] = (read_q_out(word_1) & ((0xffffu << shift_2) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_2);
  }
  let word_3: u32 = (o + (129u + ki * 2u)) >> 1u;
  let shift_4: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
  if (word_3 < u32(arrayLength(&q))) {
    q[word_3] = (read_q_out(word_3) & ((0xffffu << shift_4) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_4);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), k head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_k_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_5: u32 = (o + ki * 2u) >> 1u;
  let shift_6: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_5 < u32(arrayLength(&k))) {
    k[word_5] = (read_k_out(word_5) & ((0xffffu << shift_6) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_6);
  }
  let word_7: u32 = (o + (1u + ki * 2u)) >> 1u;
  let shift_8: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
  if (word_7 < u32(arrayLength(&k))) {
    k[word_7] = (read_k_out(word_7) & ((0xffffu << shift_8) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_8);
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q heads h0 … h0 + 7 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + (128u + ki * 2u)) >> 1u) >> (((oh0 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (129u + ki * 2u)) >> 1u) >> (((oh0 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_9: u32 = (oh0 + (128u + ki * 2u)) >> 1u;
  let shift_10: u32 = ((oh0 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_9 < u32(arrayLength(&q))) {
    q[word_9] = (read_q_out(word_9) & ((0xffffu << shift_10) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_10);
  }
  let word_11: u32 = (oh0 + (129u + ki * 2u)) >> 1u;
  let shift_12: u32 = ((oh0 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_11 < u32(arrayLength(&q))) {
    q[word_11] = (read_q_out(word_11) & ((0xffffu << shift_12) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_12);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + (128u + ki * 2u)) >> 1u) >> (((oh1 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (129u + ki * 2u)) >> 1u) >> (((oh1 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_13: u32 = (oh1 + (128u + ki * 2u)) >> 1u;
  let shift_14: u32 = ((oh1 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_13 < u32(arrayLength(&q))) {
    q[word_13] = (read_q_out(word_13) & ((0xffffu << shift_14) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_14);
  }
  let word_15: u32 = (oh1 + (129u + ki * 2u)) >> 1u;
  let shift_16: u32 = ((oh1 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_15 < u32(arrayLength(&q))) {
    q[word_15] = (read_q_out(word_15) & ((0xffffu << shift_16) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_16);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + (128u + ki * 2u)) >> 1u) >> (((oh2 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (129u + ki * 2u)) >> 1u) >> (((oh2 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_17: u32 = (oh2 + (128u + ki * 2u)) >> 1u;
  let shift_18: u32 = ((oh2 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_17 < u32(arrayLength(&q))) {
    q[word_17] = (read_q_out(word_17) & ((0xffffu << shift_18) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_18);
  }
  let word_19: u32 = (oh2 + (129u + ki * 2u)) >> 1u;
  let shift_20: u32 = ((oh2 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_19 < u32(arrayLength(&q))) {
    q[word_19] = (read_q_out(word_19) & ((0xffffu << shift_20) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_20);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + (128u + ki * 2u)) >> 1u) >> (((oh3 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (129u + ki * 2u)) >> 1u) >> (((oh3 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_21: u32 = (oh3 + (128u + ki * 2u)) >> 1u;
  let shift_22: u32 = ((oh3 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_21 < u32(arrayLength(&q))) {
    q[word_21] = (read_q_out(word_21) & ((0xffffu << shift_22) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_22);
  }
  let word_23: u32 = (oh3 + (129u + ki * 2u)) >> 1u;
  let shift_24: u32 = ((oh3 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_23 < u32(arrayLength(&q))) {
    q[word_23] = (read_q_out(word_23) & ((0xffffu << shift_24) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_24);
  }
  let h4_xa_0: f32 = bitcast<f32>(((read_q_out((oh4 + (128u + ki * 2u)) >> 1u) >> (((oh4 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_xb_0: f32 = bitcast<f32>(((read_q_out((oh4 + (129u + ki * 2u)) >> 1u) >> (((oh4 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_25: u32 = (oh4 + (128u + ki * 2u)) >> 1u;
  let shift_26: u32 = ((oh4 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_25 < u32(arrayLength(&q))) {
    q[word_25] = (read_q_out(word_25) & ((0xffffu << shift_26) ^ 0xffffffffu)) | (bf16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_26);
  }
  let word_27: u32 = (oh4 + (129u + ki * 2u)) >> 1u;
  let shift_28: u32 = ((oh4 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_27 < u32(arrayLength(&q))) {
    q[word_27] = (read_q_out(word_27) & ((0xffffu << shift_28) ^ 0xffffffffu)) | (bf16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_28);
  }
  let h5_xa_0: f32 = bitcast<f32>(((read_q_out((oh5 + (128u + ki * 2u)) >> 1u) >> (((oh5 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_xb_0: f32 = bitcast<f32>(((read_q_out((oh5 + (129u + ki * 2u)) >> 1u) >> (((oh5 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_29: u32 = (oh5 + (128u + ki * 2u)) >> 1u;
  let shift_30: u32 = ((oh5 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_29 < u32(arrayLength(&q))) {
    q[word_29] = (read_q_out(word_29) & ((0xffffu << shift_30) ^ 0xffffffffu)) | (bf16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_30);
  }
  let word_31: u32 = (oh5 + (129u + ki * 2u)) >> 1u;
  let shift_32: u32 = ((oh5 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_31 < u32(arrayLength(&q))) {
    q[word_31] = (read_q_out(word_31) & ((0xffffu << shift_32) ^ 0xffffffffu)) | (bf16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_32);
  }
  let h6_xa_0: f32 = bitcast<f32>(((read_q_out((oh6 + (128u + ki * 2u)) >> 1u) >> (((oh6 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_xb_0: f32 = bitcast<f32>(((read_q_out((oh6 + (129u + ki * 2u)) >> 1u) >> (((oh6 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_33: u32 = (oh6 + (128u + ki * 2u)) >> 1u;
  let shift_34: u32 = ((oh6 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_33 < u32(arrayLength(&q))) {
    q[word_33] = (read_q_out(word_33) & ((0xffffu << shift_34) ^ 0xffffffffu)) | (bf16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_34);
  }
  let word_35: u32 = (oh6 + (129u + ki * 2u)) >> 1u;
  let shift_36: u32 = ((oh6 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_35 < u32(arrayLength(&q))) {
    q[word_35] = (read_q_out(word_35) & ((0xffffu << shift_36) ^ 0xffffffffu)) | (bf16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_36);
  }
  let h7_xa_0: f32 = bitcast<f32>(((read_q_out((oh7 + (128u + ki * 2u)) >> 1u) >> (((oh7 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_xb_0: f32 = bitcast<f32>(((read_q_out((oh7 + (129u + ki * 2u)) >> 1u) >> (((oh7 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_37: u32 = (oh7 + (128u + ki * 2u)) >> 1u;
  let shift_38: u32 = ((oh7 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_37 < u32(arrayLength(&q))) {
    q[word_37] = (read_q_out(word_37) & ((0xffffu << shift_38) ^ 0xffffffffu)) | (bf16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_38);
  }
  let word_39: u32 = (oh7 + (129u + ki * 2u)) >> 1u;
  let shift_40: u32 = ((oh7 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_39 < u32(arrayLength(&q))) {
    q[word_39] = (read_q_out(word_39) & ((0xffffu << shift_40) ^ 0xffffffffu)) | (bf16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_40);
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), every q head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_41: u32 = (o + (128u + ki * 2u)) >> 1u;
    let shift_42: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
    if (word_41 < u32(arrayLength(&q))) {
      q[word_41] = (read_q_out(word_41) & ((0xffffu << shift_42) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_42);
    }
    let word_43: u32 = (o + (129u + ki * 2u)) >> 1u;
    let shift_44: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
    if (word_43 < u32(arrayLength(&q))) {
      q[word_43] = (read_q_out(word_43) & ((0xffffu << shift_44) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_44);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), every k head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_45: u32 = (o + ki * 2u) >> 1u;
    let shift_46: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_45 < u32(arrayLength(&k))) {
      k[word_45] = (read_k_out(word_45) & ((0xffffu << shift_46) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_46);
    }
    let word_47: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_48: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_47 < u32(arrayLength(&k))) {
      k[word_47] = (read_k_out(word_47) & ((0xffffu << shift_48) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_48);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_49: u32 = (o + (128u + ki * 2u)) >> 1u;
  let shift_50: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
  if (word_49 < u32(arrayLength(&q))) {
    q[word_49] = (read_q_out(word_49) & ((0xffffu << shift_50) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_50);
  }
  let word_51: u32 = (o + (129u + ki * 2u)) >> 1u;
  let shift_52: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
  if (word_51 < u32(arrayLength(&q))) {
    q[word_51] = (read_q_out(word_51) & ((0xffffu << shift_52) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_52);
  }
}

/** copy 16 lane(s) from 0 (scalar), q head h0 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_q1_1(flat: u32, ki: u32, h0: u32) {
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_53: u32 = ((o + ki * 16u) + i) >> 1u;
    let shift_54: u32 = (((o + ki * 16u) + i) & 1u) * 16u;
    if (word_53 < u32(arrayLength(&q))) {
      q[word_53] = (read_q_out(word_53) & ((0xffffu << shift_54) ^ 0xffffffffu)) | (((read_q_in(word_53) >> ((((o + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_54);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), k head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_k_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_55: u32 = (o + ki * 2u) >> 1u;
  let shift_56: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_55 < u32(arrayLength(&k))) {
    k[word_55] = (read_k_out(word_55) & ((0xffffu << shift_56) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_56);
  }
  let word_57: u32 = (o + (1u + ki * 2u)) >> 1u;
  let shift_58: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
  if (word_57 < u32(arrayLength(&k))) {
    k[word_57] = (read_k_out(word_57) & ((0xffffu << shift_58) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_58);
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q heads h0 … h0 + 7 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + (128u + ki * 2u)) >> 1u) >> (((oh0 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (129u + ki * 2u)) >> 1u) >> (((oh0 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_59: u32 = (oh0 + (128u + ki * 2u)) >> 1u;
  let shift_60: u32 = ((oh0 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_59 < u32(arrayLength(&q))) {
    q[word_59] = (read_q_out(word_59) & ((0xffffu << shift_60) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_60);
  }
  let word_61: u32 = (oh0 + (129u + ki * 2u)) >> 1u;
  let shift_62: u32 = ((oh0 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_61 < u32(arrayLength(&q))) {
    q[word_61] = (read_q_out(word_61) & ((0xffffu << shift_62) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_62);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + (128u + ki * 2u)) >> 1u) >> (((oh1 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (129u + ki * 2u)) >> 1u) >> (((oh1 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_63: u32 = (oh1 + (128u + ki * 2u)) >> 1u;
  let shift_64: u32 = ((oh1 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_63 < u32(arrayLength(&q))) {
    q[word_63] = (read_q_out(word_63) & ((0xffffu << shift_64) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_64);
  }
  let word_65: u32 = (oh1 + (129u + ki * 2u)) >> 1u;
  let shift_66: u32 = ((oh1 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_65 < u32(arrayLength(&q))) {
    q[word_65] = (read_q_out(word_65) & ((0xffffu << shift_66) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_66);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + (128u + ki * 2u)) >> 1u) >> (((oh2 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (129u + ki * 2u)) >> 1u) >> (((oh2 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_67: u32 = (oh2 + (128u + ki * 2u)) >> 1u;
  let shift_68: u32 = ((oh2 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_67 < u32(arrayLength(&q))) {
    q[word_67] = (read_q_out(word_67) & ((0xffffu << shift_68) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_68);
  }
  let word_69: u32 = (oh2 + (129u + ki * 2u)) >> 1u;
  let shift_70: u32 = ((oh2 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_69 < u32(arrayLength(&q))) {
    q[word_69] = (read_q_out(word_69) & ((0xffffu << shift_70) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_70);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + (128u + ki * 2u)) >> 1u) >> (((oh3 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (129u + ki * 2u)) >> 1u) >> (((oh3 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_71: u32 = (oh3 + (128u + ki * 2u)) >> 1u;
  let shift_72: u32 = ((oh3 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_71 < u32(arrayLength(&q))) {
    q[word_71] = (read_q_out(word_71) & ((0xffffu << shift_72) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_72);
  }
  let word_73: u32 = (oh3 + (129u + ki * 2u)) >> 1u;
  let shift_74: u32 = ((oh3 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_73 < u32(arrayLength(&q))) {
    q[word_73] = (read_q_out(word_73) & ((0xffffu << shift_74) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_74);
  }
  let h4_xa_0: f32 = bitcast<f32>(((read_q_in((oh4 + (128u + ki * 2u)) >> 1u) >> (((oh4 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_xb_0: f32 = bitcast<f32>(((read_q_in((oh4 + (129u + ki * 2u)) >> 1u) >> (((oh4 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_75: u32 = (oh4 + (128u + ki * 2u)) >> 1u;
  let shift_76: u32 = ((oh4 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_75 < u32(arrayLength(&q))) {
    q[word_75] = (read_q_out(word_75) & ((0xffffu << shift_76) ^ 0xffffffffu)) | (bf16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_76);
  }
  let word_77: u32 = (oh4 + (129u + ki * 2u)) >> 1u;
  let shift_78: u32 = ((oh4 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_77 < u32(arrayLength(&q))) {
    q[word_77] = (read_q_out(word_77) & ((0xffffu << shift_78) ^ 0xffffffffu)) | (bf16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_78);
  }
  let h5_xa_0: f32 = bitcast<f32>(((read_q_in((oh5 + (128u + ki * 2u)) >> 1u) >> (((oh5 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_xb_0: f32 = bitcast<f32>(((read_q_in((oh5 + (129u + ki * 2u)) >> 1u) >> (((oh5 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_79: u32 = (oh5 + (128u + ki * 2u)) >> 1u;
  let shift_80: u32 = ((oh5 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_79 < u32(arrayLength(&q))) {
    q[word_79] = (read_q_out(word_79) & ((0xffffu << shift_80) ^ 0xffffffffu)) | (bf16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_80);
  }
  let word_81: u32 = (oh5 + (129u + ki * 2u)) >> 1u;
  let shift_82: u32 = ((oh5 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_81 < u32(arrayLength(&q))) {
    q[word_81] = (read_q_out(word_81) & ((0xffffu << shift_82) ^ 0xffffffffu)) | (bf16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_82);
  }
  let h6_xa_0: f32 = bitcast<f32>(((read_q_in((oh6 + (128u + ki * 2u)) >> 1u) >> (((oh6 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_xb_0: f32 = bitcast<f32>(((read_q_in((oh6 + (129u + ki * 2u)) >> 1u) >> (((oh6 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_83: u32 = (oh6 + (128u + ki * 2u)) >> 1u;
  let shift_84: u32 = ((oh6 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_83 < u32(arrayLength(&q))) {
    q[word_83] = (read_q_out(word_83) & ((0xffffu << shift_84) ^ 0xffffffffu)) | (bf16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_84);
  }
  let word_85: u32 = (oh6 + (129u + ki * 2u)) >> 1u;
  let shift_86: u32 = ((oh6 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_85 < u32(arrayLength(&q))) {
    q[word_85] = (read_q_out(word_85) & ((0xffffu << shift_86) ^ 0xffffffffu)) | (bf16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_86);
  }
  let h7_xa_0: f32 = bitcast<f32>(((read_q_in((oh7 + (128u + ki * 2u)) >> 1u) >> (((oh7 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_xb_0: f32 = bitcast<f32>(((read_q_in((oh7 + (129u + ki * 2u)) >> 1u) >> (((oh7 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_87: u32 = (oh7 + (128u + ki * 2u)) >> 1u;
  let shift_88: u32 = ((oh7 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_87 < u32(arrayLength(&q))) {
    q[word_87] = (read_q_out(word_87) & ((0xffffu << shift_88) ^ 0xffffffffu)) | (bf16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_88);
  }
  let word_89: u32 = (oh7 + (129u + ki * 2u)) >> 1u;
  let shift_90: u32 = ((oh7 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_89 < u32(arrayLength(&q))) {
    q[word_89] = (read_q_out(word_89) & ((0xffffu << shift_90) ^ 0xffffffffu)) | (bf16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_90);
  }
}

/** copy 16 lane(s) from 0 (scalar), q heads h0 … h0 + 7 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_q8_1(flat: u32, ki: u32, h0: u32) {
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_91: u32 = ((oh0 + ki * 16u) + i) >> 1u;
    let shift_92: u32 = (((oh0 + ki * 16u) + i) & 1u) * 16u;
    if (word_91 < u32(arrayLength(&q))) {
      q[word_91] = (read_q_out(word_91) & ((0xffffu << shift_92) ^ 0xffffffffu)) | (((read_q_in(word_91) >> ((((oh0 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_92);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_93: u32 = ((oh1 + ki * 16u) + i) >> 1u;
    let shift_94: u32 = (((oh1 + ki * 16u) + i) & 1u) * 16u;
    if (word_93 < u32(arrayLength(&q))) {
      q[word_93] = (read_q_out(word_93) & ((0xffffu << shift_94) ^ 0xffffffffu)) | (((read_q_in(word_93) >> ((((oh1 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_94);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_95: u32 = ((oh2 + ki * 16u) + i) >> 1u;
    let shift_96: u32 = (((oh2 + ki * 16u) + i) & 1u) * 16u;
    if (word_95 < u32(arrayLength(&q))) {
      q[word_95] = (read_q_out(word_95) & ((0xffffu << shift_96) ^ 0xffffffffu)) | (((read_q_in(word_95) >> ((((oh2 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_96);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_97: u32 = ((oh3 + ki * 16u) + i) >> 1u;
    let shift_98: u32 = (((oh3 + ki * 16u) + i) & 1u) * 16u;
    if (word_97 < u32(arrayLength(&q))) {
      q[word_97] = (read_q_out(word_97) & ((0xffffu << shift_98) ^ 0xffffffffu)) | (((read_q_in(word_97) >> ((((oh3 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_98);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_99: u32 = ((oh4 + ki * 16u) + i) >> 1u;
    let shift_100: u32 = (((oh4 + ki * 16u) + i) & 1u) * 16u;
    if (word_99 < u32(arrayLength(&q))) {
      q[word_99] = (read_q_out(word_99) & ((0xffffu << shift_100) ^ 0xffffffffu)) | (((read_q_in(word_99) >> ((((oh4 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_100);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_101: u32 = ((oh5 + ki * 16u) + i) >> 1u;
    let shift_102: u32 = (((oh5 + ki * 16u) + i) & 1u) * 16u;
    if (word_101 < u32(arrayLength(&q))) {
      q[word_101] = (read_q_out(word_101) & ((0xffffu << shift_102) ^ 0xffffffffu)) | (((read_q_in(word_101) >> ((((oh5 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_102);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_103: u32 = ((oh6 + ki * 16u) + i) >> 1u;
    let shift_104: u32 = (((oh6 + ki * 16u) + i) & 1u) * 16u;
    if (word_103 < u32(arrayLength(&q))) {
      q[word_103] = (read_q_out(word_103) & ((0xffffu << shift_104) ^ 0xffffffffu)) | (((read_q_in(word_103) >> ((((oh6 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_104);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_105: u32 = ((oh7 + ki * 16u) + i) >> 1u;
    let shift_106: u32 = (((oh7 + ki * 16u) + i) & 1u) * 16u;
    if (word_105 < u32(arrayLength(&q))) {
      q[word_105] = (read_q_out(word_105) & ((0xffffu << shift_106) ^ 0xffffffffu)) | (((read_q_in(word_105) >> ((((oh7 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_106);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), every q head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_107: u32 = (o + (128u + ki * 2u)) >> 1u;
    let shift_108: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
    if (word_107 < u32(arrayLength(&q))) {
      q[word_107] = (read_q_out(word_107) & ((0xffffu << shift_108) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_108);
    }
    let word_109: u32 = (o + (129u + ki * 2u)) >> 1u;
    let shift_110: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
    if (word_109 < u32(arrayLength(&q))) {
      q[word_109] = (read_q_out(word_109) & ((0xffffu << shift_110) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_110);
    }
  }
}

/** copy 16 lane(s) from 0 (scalar), every q head (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_q_1(flat: u32, ki: u32) {
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    for (var i: u32 = 0u; i < 16u; i++) {
      let word_111: u32 = ((o + ki * 16u) + i) >> 1u;
      let shift_112: u32 = (((o + ki * 16u) + i) & 1u) * 16u;
      if (word_111 < u32(arrayLength(&q))) {
        q[word_111] = (read_q_out(word_111) & ((0xffffu << shift_112) ^ 0xffffffffu)) | (((read_q_in(word_111) >> ((((o + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_112);
      }
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), every k head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_113: u32 = (o + ki * 2u) >> 1u;
    let shift_114: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_113 < u32(arrayLength(&k))) {
      k[word_113] = (read_k_out(word_113) & ((0xffffu << shift_114) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_114);
    }
    let word_115: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_116: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_115 < u32(arrayLength(&k))) {
      k[word_115] = (read_k_out(word_115) & ((0xffffu << shift_116) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_116);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_117: u32 = (o + (128u + ki * 2u)) >> 1u;
  let shift_118: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
  if (word_117 < u32(arrayLength(&q))) {
    q[word_117] = (read_q_out(word_117) & ((0xffffu << shift_118) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_118);
  }
  let word_119: u32 = (o + (129u + ki * 2u)) >> 1u;
  let shift_120: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
  if (word_119 < u32(arrayLength(&q))) {
    q[word_119] = (read_q_out(word_119) & ((0xffffu << shift_120) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_120);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), k head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_121: u32 = (o + ki * 2u) >> 1u;
  let shift_122: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_121 < u32(arrayLength(&q))) {
    q[word_121] = (read_q_out(word_121) & ((0xffffu << shift_122) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_122);
  }
  let word_123: u32 = (o + (1u + ki * 2u)) >> 1u;
  let shift_124: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
  if (word_123 < u32(arrayLength(&q))) {
    q[word_123] = (read_q_out(word_123) & ((0xffffu << shift_124) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_124);
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q heads h0 … h0 + 7 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_shared_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + (128u + ki * 2u)) >> 1u) >> (((oh0 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (129u + ki * 2u)) >> 1u) >> (((oh0 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_125: u32 = (oh0 + (128u + ki * 2u)) >> 1u;
  let shift_126: u32 = ((oh0 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_125 < u32(arrayLength(&q))) {
    q[word_125] = (read_q_out(word_125) & ((0xffffu << shift_126) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_126);
  }
  let word_127: u32 = (oh0 + (129u + ki * 2u)) >> 1u;
  let shift_128: u32 = ((oh0 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_127 < u32(arrayLength(&q))) {
    q[word_127] = (read_q_out(word_127) & ((0xffffu << shift_128) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_128);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + (128u + ki * 2u)) >> 1u) >> (((oh1 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (129u + ki * 2u)) >> 1u) >> (((oh1 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_129: u32 = (oh1 + (128u + ki * 2u)) >> 1u;
  let shift_130: u32 = ((oh1 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_129 < u32(arrayLength(&q))) {
    q[word_129] = (read_q_out(word_129) & ((0xffffu << shift_130) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_130);
  }
  let word_131: u32 = (oh1 + (129u + ki * 2u)) >> 1u;
  let shift_132: u32 = ((oh1 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_131 < u32(arrayLength(&q))) {
    q[word_131] = (read_q_out(word_131) & ((0xffffu << shift_132) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_132);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + (128u + ki * 2u)) >> 1u) >> (((oh2 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (129u + ki * 2u)) >> 1u) >> (((oh2 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_133: u32 = (oh2 + (128u + ki * 2u)) >> 1u;
  let shift_134: u32 = ((oh2 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_133 < u32(arrayLength(&q))) {
    q[word_133] = (read_q_out(word_133) & ((0xffffu << shift_134) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_134);
  }
  let word_135: u32 = (oh2 + (129u + ki * 2u)) >> 1u;
  let shift_136: u32 = ((oh2 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_135 < u32(arrayLength(&q))) {
    q[word_135] = (read_q_out(word_135) & ((0xffffu << shift_136) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_136);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + (128u + ki * 2u)) >> 1u) >> (((oh3 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (129u + ki * 2u)) >> 1u) >> (((oh3 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_137: u32 = (oh3 + (128u + ki * 2u)) >> 1u;
  let shift_138: u32 = ((oh3 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_137 < u32(arrayLength(&q))) {
    q[word_137] = (read_q_out(word_137) & ((0xffffu << shift_138) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_138);
  }
  let word_139: u32 = (oh3 + (129u + ki * 2u)) >> 1u;
  let shift_140: u32 = ((oh3 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_139 < u32(arrayLength(&q))) {
    q[word_139] = (read_q_out(word_139) & ((0xffffu << shift_140) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_140);
  }
  let h4_xa_0: f32 = bitcast<f32>(((read_q_out((oh4 + (128u + ki * 2u)) >> 1u) >> (((oh4 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_xb_0: f32 = bitcast<f32>(((read_q_out((oh4 + (129u + ki * 2u)) >> 1u) >> (((oh4 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_141: u32 = (oh4 + (128u + ki * 2u)) >> 1u;
  let shift_142: u32 = ((oh4 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_141 < u32(arrayLength(&q))) {
    q[word_141] = (read_q_out(word_141) & ((0xffffu << shift_142) ^ 0xffffffffu)) | (bf16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_142);
  }
  let word_143: u32 = (oh4 + (129u + ki * 2u)) >> 1u;
  let shift_144: u32 = ((oh4 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_143 < u32(arrayLength(&q))) {
    q[word_143] = (read_q_out(word_143) & ((0xffffu << shift_144) ^ 0xffffffffu)) | (bf16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_144);
  }
  let h5_xa_0: f32 = bitcast<f32>(((read_q_out((oh5 + (128u + ki * 2u)) >> 1u) >> (((oh5 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_xb_0: f32 = bitcast<f32>(((read_q_out((oh5 + (129u + ki * 2u)) >> 1u) >> (((oh5 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_145: u32 = (oh5 + (128u + ki * 2u)) >> 1u;
  let shift_146: u32 = ((oh5 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_145 < u32(arrayLength(&q))) {
    q[word_145] = (read_q_out(word_145) & ((0xffffu << shift_146) ^ 0xffffffffu)) | (bf16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_146);
  }
  let word_147: u32 = (oh5 + (129u + ki * 2u)) >> 1u;
  let shift_148: u32 = ((oh5 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_147 < u32(arrayLength(&q))) {
    q[word_147] = (read_q_out(word_147) & ((0xffffu << shift_148) ^ 0xffffffffu)) | (bf16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_148);
  }
  let h6_xa_0: f32 = bitcast<f32>(((read_q_out((oh6 + (128u + ki * 2u)) >> 1u) >> (((oh6 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_xb_0: f32 = bitcast<f32>(((read_q_out((oh6 + (129u + ki * 2u)) >> 1u) >> (((oh6 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_149: u32 = (oh6 + (128u + ki * 2u)) >> 1u;
  let shift_150: u32 = ((oh6 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_149 < u32(arrayLength(&q))) {
    q[word_149] = (read_q_out(word_149) & ((0xffffu << shift_150) ^ 0xffffffffu)) | (bf16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_150);
  }
  let word_151: u32 = (oh6 + (129u + ki * 2u)) >> 1u;
  let shift_152: u32 = ((oh6 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_151 < u32(arrayLength(&q))) {
    q[word_151] = (read_q_out(word_151) & ((0xffffu << shift_152) ^ 0xffffffffu)) | (bf16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_152);
  }
  let h7_xa_0: f32 = bitcast<f32>(((read_q_out((oh7 + (128u + ki * 2u)) >> 1u) >> (((oh7 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_xb_0: f32 = bitcast<f32>(((read_q_out((oh7 + (129u + ki * 2u)) >> 1u) >> (((oh7 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_153: u32 = (oh7 + (128u + ki * 2u)) >> 1u;
  let shift_154: u32 = ((oh7 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_153 < u32(arrayLength(&q))) {
    q[word_153] = (read_q_out(word_153) & ((0xffffu << shift_154) ^ 0xffffffffu)) | (bf16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_154);
  }
  let word_155: u32 = (oh7 + (129u + ki * 2u)) >> 1u;
  let shift_156: u32 = ((oh7 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_155 < u32(arrayLength(&q))) {
    q[word_155] = (read_q_out(word_155) & ((0xffffu << shift_156) ^ 0xffffffffu)) | (bf16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_156);
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), every q head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_shared_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_157: u32 = (o + (128u + ki * 2u)) >> 1u;
    let shift_158: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
    if (word_157 < u32(arrayLength(&q))) {
      q[word_157] = (read_q_out(word_157) & ((0xffffu << shift_158) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_158);
    }
    let word_159: u32 = (o + (129u + ki * 2u)) >> 1u;
    let shift_160: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
    if (word_159 < u32(arrayLength(&q))) {
      q[word_159] = (read_q_out(word_159) & ((0xffffu << shift_160) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_160);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), every k head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_in_shared_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_161: u32 = (o + ki * 2u) >> 1u;
    let shift_162: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_161 < u32(arrayLength(&q))) {
      q[word_161] = (read_q_out(word_161) & ((0xffffu << shift_162) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_162);
    }
    let word_163: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_164: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_163 < u32(arrayLength(&q))) {
      q[word_163] = (read_q_out(word_163) & ((0xffffu << shift_164) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_164);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_165: u32 = (o + (128u + ki * 2u)) >> 1u;
  let shift_166: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
  if (word_165 < u32(arrayLength(&q))) {
    q[word_165] = (read_q_out(word_165) & ((0xffffu << shift_166) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_166);
  }
  let word_167: u32 = (o + (129u + ki * 2u)) >> 1u;
  let shift_168: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
  if (word_167 < u32(arrayLength(&q))) {
    q[word_167] = (read_q_out(word_167) & ((0xffffu << shift_168) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_168);
  }
}

/** copy 16 lane(s) from 0 (scalar), q head h0 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_shared_q1_1(flat: u32, ki: u32, h0: u32) {
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_169: u32 = ((o + ki * 16u) + i) >> 1u;
    let shift_170: u32 = (((o + ki * 16u) + i) & 1u) * 16u;
    if (word_169 < u32(arrayLength(&q))) {
      q[word_169] = (read_q_out(word_169) & ((0xffffu << shift_170) ^ 0xffffffffu)) | (((read_q_in(word_169) >> ((((o + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_170);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), k head h0 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_171: u32 = (o + ki * 2u) >> 1u;
  let shift_172: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_171 < u32(arrayLength(&q))) {
    q[word_171] = (read_q_out(word_171) & ((0xffffu << shift_172) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_172);
  }
  let word_173: u32 = (o + (1u + ki * 2u)) >> 1u;
  let shift_174: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
  if (word_173 < u32(arrayLength(&q))) {
    q[word_173] = (read_q_out(word_173) & ((0xffffu << shift_174) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_174);
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), q heads h0 … h0 + 7 (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_shared_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + (128u + ki * 2u)) >> 1u) >> (((oh0 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (129u + ki * 2u)) >> 1u) >> (((oh0 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_175: u32 = (oh0 + (128u + ki * 2u)) >> 1u;
  let shift_176: u32 = ((oh0 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_175 < u32(arrayLength(&q))) {
    q[word_175] = (read_q_out(word_175) & ((0xffffu << shift_176) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_176);
  }
  let word_177: u32 = (oh0 + (129u + ki * 2u)) >> 1u;
  let shift_178: u32 = ((oh0 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_177 < u32(arrayLength(&q))) {
    q[word_177] = (read_q_out(word_177) & ((0xffffu << shift_178) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_178);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + (128u + ki * 2u)) >> 1u) >> (((oh1 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (129u + ki * 2u)) >> 1u) >> (((oh1 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_179: u32 = (oh1 + (128u + ki * 2u)) >> 1u;
  let shift_180: u32 = ((oh1 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_179 < u32(arrayLength(&q))) {
    q[word_179] = (read_q_out(word_179) & ((0xffffu << shift_180) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_180);
  }
  let word_181: u32 = (oh1 + (129u + ki * 2u)) >> 1u;
  let shift_182: u32 = ((oh1 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_181 < u32(arrayLength(&q))) {
    q[word_181] = (read_q_out(word_181) & ((0xffffu << shift_182) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_182);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + (128u + ki * 2u)) >> 1u) >> (((oh2 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (129u + ki * 2u)) >> 1u) >> (((oh2 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_183: u32 = (oh2 + (128u + ki * 2u)) >> 1u;
  let shift_184: u32 = ((oh2 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_183 < u32(arrayLength(&q))) {
    q[word_183] = (read_q_out(word_183) & ((0xffffu << shift_184) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_184);
  }
  let word_185: u32 = (oh2 + (129u + ki * 2u)) >> 1u;
  let shift_186: u32 = ((oh2 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_185 < u32(arrayLength(&q))) {
    q[word_185] = (read_q_out(word_185) & ((0xffffu << shift_186) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_186);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + (128u + ki * 2u)) >> 1u) >> (((oh3 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (129u + ki * 2u)) >> 1u) >> (((oh3 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_187: u32 = (oh3 + (128u + ki * 2u)) >> 1u;
  let shift_188: u32 = ((oh3 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_187 < u32(arrayLength(&q))) {
    q[word_187] = (read_q_out(word_187) & ((0xffffu << shift_188) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_188);
  }
  let word_189: u32 = (oh3 + (129u + ki * 2u)) >> 1u;
  let shift_190: u32 = ((oh3 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_189 < u32(arrayLength(&q))) {
    q[word_189] = (read_q_out(word_189) & ((0xffffu << shift_190) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_190);
  }
  let h4_xa_0: f32 = bitcast<f32>(((read_q_in((oh4 + (128u + ki * 2u)) >> 1u) >> (((oh4 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_xb_0: f32 = bitcast<f32>(((read_q_in((oh4 + (129u + ki * 2u)) >> 1u) >> (((oh4 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h4_ci_0: f32 = c0_0;
  let h4_si_0: f32 = s0_0;
  let word_191: u32 = (oh4 + (128u + ki * 2u)) >> 1u;
  let shift_192: u32 = ((oh4 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_191 < u32(arrayLength(&q))) {
    q[word_191] = (read_q_out(word_191) & ((0xffffu << shift_192) ^ 0xffffffffu)) | (bf16_bits(h4_xa_0 * h4_ci_0 - h4_xb_0 * h4_si_0) << shift_192);
  }
  let word_193: u32 = (oh4 + (129u + ki * 2u)) >> 1u;
  let shift_194: u32 = ((oh4 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_193 < u32(arrayLength(&q))) {
    q[word_193] = (read_q_out(word_193) & ((0xffffu << shift_194) ^ 0xffffffffu)) | (bf16_bits(h4_xb_0 * h4_ci_0 + h4_xa_0 * h4_si_0) << shift_194);
  }
  let h5_xa_0: f32 = bitcast<f32>(((read_q_in((oh5 + (128u + ki * 2u)) >> 1u) >> (((oh5 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_xb_0: f32 = bitcast<f32>(((read_q_in((oh5 + (129u + ki * 2u)) >> 1u) >> (((oh5 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h5_ci_0: f32 = c0_0;
  let h5_si_0: f32 = s0_0;
  let word_195: u32 = (oh5 + (128u + ki * 2u)) >> 1u;
  let shift_196: u32 = ((oh5 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_195 < u32(arrayLength(&q))) {
    q[word_195] = (read_q_out(word_195) & ((0xffffu << shift_196) ^ 0xffffffffu)) | (bf16_bits(h5_xa_0 * h5_ci_0 - h5_xb_0 * h5_si_0) << shift_196);
  }
  let word_197: u32 = (oh5 + (129u + ki * 2u)) >> 1u;
  let shift_198: u32 = ((oh5 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_197 < u32(arrayLength(&q))) {
    q[word_197] = (read_q_out(word_197) & ((0xffffu << shift_198) ^ 0xffffffffu)) | (bf16_bits(h5_xb_0 * h5_ci_0 + h5_xa_0 * h5_si_0) << shift_198);
  }
  let h6_xa_0: f32 = bitcast<f32>(((read_q_in((oh6 + (128u + ki * 2u)) >> 1u) >> (((oh6 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_xb_0: f32 = bitcast<f32>(((read_q_in((oh6 + (129u + ki * 2u)) >> 1u) >> (((oh6 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h6_ci_0: f32 = c0_0;
  let h6_si_0: f32 = s0_0;
  let word_199: u32 = (oh6 + (128u + ki * 2u)) >> 1u;
  let shift_200: u32 = ((oh6 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_199 < u32(arrayLength(&q))) {
    q[word_199] = (read_q_out(word_199) & ((0xffffu << shift_200) ^ 0xffffffffu)) | (bf16_bits(h6_xa_0 * h6_ci_0 - h6_xb_0 * h6_si_0) << shift_200);
  }
  let word_201: u32 = (oh6 + (129u + ki * 2u)) >> 1u;
  let shift_202: u32 = ((oh6 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_201 < u32(arrayLength(&q))) {
    q[word_201] = (read_q_out(word_201) & ((0xffffu << shift_202) ^ 0xffffffffu)) | (bf16_bits(h6_xb_0 * h6_ci_0 + h6_xa_0 * h6_si_0) << shift_202);
  }
  let h7_xa_0: f32 = bitcast<f32>(((read_q_in((oh7 + (128u + ki * 2u)) >> 1u) >> (((oh7 + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_xb_0: f32 = bitcast<f32>(((read_q_in((oh7 + (129u + ki * 2u)) >> 1u) >> (((oh7 + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h7_ci_0: f32 = c0_0;
  let h7_si_0: f32 = s0_0;
  let word_203: u32 = (oh7 + (128u + ki * 2u)) >> 1u;
  let shift_204: u32 = ((oh7 + (128u + ki * 2u)) & 1u) * 16u;
  if (word_203 < u32(arrayLength(&q))) {
    q[word_203] = (read_q_out(word_203) & ((0xffffu << shift_204) ^ 0xffffffffu)) | (bf16_bits(h7_xa_0 * h7_ci_0 - h7_xb_0 * h7_si_0) << shift_204);
  }
  let word_205: u32 = (oh7 + (129u + ki * 2u)) >> 1u;
  let shift_206: u32 = ((oh7 + (129u + ki * 2u)) & 1u) * 16u;
  if (word_205 < u32(arrayLength(&q))) {
    q[word_205] = (read_q_out(word_205) & ((0xffffu << shift_206) ^ 0xffffffffu)) | (bf16_bits(h7_xb_0 * h7_ci_0 + h7_xa_0 * h7_si_0) << shift_206);
  }
}

/** copy 16 lane(s) from 0 (scalar), q heads h0 … h0 + 7 (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_shared_q8_1(flat: u32, ki: u32, h0: u32) {
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_207: u32 = ((oh0 + ki * 16u) + i) >> 1u;
    let shift_208: u32 = (((oh0 + ki * 16u) + i) & 1u) * 16u;
    if (word_207 < u32(arrayLength(&q))) {
      q[word_207] = (read_q_out(word_207) & ((0xffffu << shift_208) ^ 0xffffffffu)) | (((read_q_in(word_207) >> ((((oh0 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_208);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_209: u32 = ((oh1 + ki * 16u) + i) >> 1u;
    let shift_210: u32 = (((oh1 + ki * 16u) + i) & 1u) * 16u;
    if (word_209 < u32(arrayLength(&q))) {
      q[word_209] = (read_q_out(word_209) & ((0xffffu << shift_210) ^ 0xffffffffu)) | (((read_q_in(word_209) >> ((((oh1 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_210);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_211: u32 = ((oh2 + ki * 16u) + i) >> 1u;
    let shift_212: u32 = (((oh2 + ki * 16u) + i) & 1u) * 16u;
    if (word_211 < u32(arrayLength(&q))) {
      q[word_211] = (read_q_out(word_211) & ((0xffffu << shift_212) ^ 0xffffffffu)) | (((read_q_in(word_211) >> ((((oh2 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_212);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_213: u32 = ((oh3 + ki * 16u) + i) >> 1u;
    let shift_214: u32 = (((oh3 + ki * 16u) + i) & 1u) * 16u;
    if (word_213 < u32(arrayLength(&q))) {
      q[word_213] = (read_q_out(word_213) & ((0xffffu << shift_214) ^ 0xffffffffu)) | (((read_q_in(word_213) >> ((((oh3 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_214);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_215: u32 = ((oh4 + ki * 16u) + i) >> 1u;
    let shift_216: u32 = (((oh4 + ki * 16u) + i) & 1u) * 16u;
    if (word_215 < u32(arrayLength(&q))) {
      q[word_215] = (read_q_out(word_215) & ((0xffffu << shift_216) ^ 0xffffffffu)) | (((read_q_in(word_215) >> ((((oh4 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_216);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_217: u32 = ((oh5 + ki * 16u) + i) >> 1u;
    let shift_218: u32 = (((oh5 + ki * 16u) + i) & 1u) * 16u;
    if (word_217 < u32(arrayLength(&q))) {
      q[word_217] = (read_q_out(word_217) & ((0xffffu << shift_218) ^ 0xffffffffu)) | (((read_q_in(word_217) >> ((((oh5 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_218);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_219: u32 = ((oh6 + ki * 16u) + i) >> 1u;
    let shift_220: u32 = (((oh6 + ki * 16u) + i) & 1u) * 16u;
    if (word_219 < u32(arrayLength(&q))) {
      q[word_219] = (read_q_out(word_219) & ((0xffffu << shift_220) ^ 0xffffffffu)) | (((read_q_in(word_219) >> ((((oh6 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_220);
    }
  }
  for (var i: u32 = 0u; i < 16u; i++) {
    let word_221: u32 = ((oh7 + ki * 16u) + i) >> 1u;
    let shift_222: u32 = (((oh7 + ki * 16u) + i) & 1u) * 16u;
    if (word_221 < u32(arrayLength(&q))) {
      q[word_221] = (read_q_out(word_221) & ((0xffffu << shift_222) ^ 0xffffffffu)) | (((read_q_in(word_221) >> ((((oh7 + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_222);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 128, 129 (stride 2, scalar), every q head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_shared_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (128u + ki * 2u)) >> 1u) >> (((o + (128u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (129u + ki * 2u)) >> 1u) >> (((o + (129u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_223: u32 = (o + (128u + ki * 2u)) >> 1u;
    let shift_224: u32 = ((o + (128u + ki * 2u)) & 1u) * 16u;
    if (word_223 < u32(arrayLength(&q))) {
      q[word_223] = (read_q_out(word_223) & ((0xffffu << shift_224) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_224);
    }
    let word_225: u32 = (o + (129u + ki * 2u)) >> 1u;
    let shift_226: u32 = ((o + (129u + ki * 2u)) & 1u) * 16u;
    if (word_225 < u32(arrayLength(&q))) {
      q[word_225] = (read_q_out(word_225) & ((0xffffu << shift_226) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_226);
    }
  }
}

/** copy 16 lane(s) from 0 (scalar), every q head (item k: + 0 pairs, + 16 lanes) */
fn item_scalar_out_shared_q_1(flat: u32, ki: u32) {
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    for (var i: u32 = 0u; i < 16u; i++) {
      let word_227: u32 = ((o + ki * 16u) + i) >> 1u;
      let shift_228: u32 = (((o + ki * 16u) + i) & 1u) * 16u;
      if (word_227 < u32(arrayLength(&q))) {
        q[word_227] = (read_q_out(word_227) & ((0xffffu << shift_228) ^ 0xffffffffu)) | (((read_q_in(word_227) >> ((((o + ki * 16u) + i) & 1u) * 16u)) & 0xffffu) << shift_228);
      }
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 1 (stride 2, scalar), every k head (item k: + 1 pairs, + 2 lanes) */
fn item_scalar_out_shared_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_229: u32 = (o + ki * 2u) >> 1u;
    let shift_230: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_229 < u32(arrayLength(&q))) {
      q[word_229] = (read_q_out(word_229) & ((0xffffu << shift_230) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_230);
    }
    let word_231: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_232: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_231 < u32(arrayLength(&q))) {
      q[word_231] = (read_q_out(word_231) & ((0xffffu << shift_232) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_232);
    }
  }
}

// in place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 129u) * 32u) {
    return;
  }
  let per_token: u32 = 129u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 128u) {
    let h0: u32 = g;
    item_scalar_in_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 128u;
    item_scalar_in_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 8 q / 1 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 17u) * 32u) {
    return;
  }
  let per_token: u32 = 17u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 16u) {
    let h0: u32 = g * 8u;
    item_scalar_in_q8_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_scalar_in_k1_0(flat, chunk, h0);
  }
}

// in place, every head in series, 64 item(s) per token, q 32 / k 32 (scalar schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 64u) {
    return;
  }
  let flat: u32 = item / 64u;
  let chunk: u32 = item - flat * 64u;
  if (chunk < 32u) {
    item_scalar_in_q_0(flat, chunk);
  } else {
    let chunk_k: u32 = chunk - 32u;
    item_scalar_in_k_0(flat, chunk_k);
  }
}

// out of place, one head per item, q 40 / k 32 item(s) per head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0x1420u) {
    return;
  }
  let per_token: u32 = 0x1420u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0x1400u) {
    let g: u32 = rest / 40u;
    let chunk: u32 = rest - g * 40u;
    let h0: u32 = g;
    if (chunk < 32u) {
      item_scalar_out_q1_0(flat, chunk, h0);
      return;
    }
    item_scalar_out_q1_1(flat, chunk - 32u, h0);
  } else {
    let rest_k: u32 = rest - 0x1400u;
    let g: u32 = rest_k / 32u;
    let chunk: u32 = rest_k - g * 32u;
    let h0: u32 = g;
    item_scalar_out_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 8 q / 1 k heads per item, q 40 / k 32 item(s) per head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0x2a0u) {
    return;
  }
  let per_token: u32 = 0x2a0u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0x280u) {
    let g: u32 = rest / 40u;
    let chunk: u32 = rest - g * 40u;
    let h0: u32 = g * 8u;
    if (chunk < 32u) {
      item_scalar_out_q8_0(flat, chunk, h0);
      return;
    }
    item_scalar_out_q8_1(flat, chunk - 32u, h0);
  } else {
    let rest_k: u32 = rest - 0x280u;
    let g: u32 = rest_k / 32u;
    let chunk: u32 = rest_k - g * 32u;
    let h0: u32 = g;
    item_scalar_out_k1_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 72 item(s) per token, q 40 / k 32 (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 72u) {
    return;
  }
  let flat: u32 = item / 72u;
  let chunk: u32 = item - flat * 72u;
  if (chunk < 40u) {
    if (chunk < 32u) {
      item_scalar_out_q_0(flat, chunk);
      return;
    }
    item_scalar_out_q_1(flat, chunk - 32u);
  } else {
    let chunk_k: u32 = chunk - 40u;
    item_scalar_out_k_0(flat, chunk_k);
  }
}

// in place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 129u) * 32u) {
    return;
  }
  let per_token: u32 = 129u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 128u) {
    let h0: u32 = g;
    item_scalar_in_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 128u;
    item_scalar_in_shared_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 8 q / 1 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 17u) * 32u) {
    return;
  }
  let per_token: u32 = 17u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 16u) {
    let h0: u32 = g * 8u;
    item_scalar_in_shared_q8_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_scalar_in_shared_k1_0(flat, chunk, h0);
  }
}

// in place, every head in series, 64 item(s) per token, q 32 / k 32 (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 64u) {
    return;
  }
  let flat: u32 = item / 64u;
  let chunk: u32 = item - flat * 64u;
  if (chunk < 32u) {
    item_scalar_in_shared_q_0(flat, chunk);
  } else {
    let chunk_k: u32 = chunk - 32u;
    item_scalar_in_shared_k_0(flat, chunk_k);
  }
}

// out of place, one head per item, q 40 / k 32 item(s) per head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0x1420u) {
    return;
  }
  let per_token: u32 = 0x1420u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0x1400u) {
    let g: u32 = rest / 40u;
    let chunk: u32 = rest - g * 40u;
    let h0: u32 = g;
    if (chunk < 32u) {
      item_scalar_out_shared_q1_0(flat, chunk, h0);
      return;
    }
    item_scalar_out_shared_q1_1(flat, chunk - 32u, h0);
  } else {
    let rest_k: u32 = rest - 0x1400u;
    let g: u32 = rest_k / 32u;
    let chunk: u32 = rest_k - g * 32u;
    let h0: u32 = g;
    item_scalar_out_shared_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 8 q / 1 k heads per item, q 40 / k 32 item(s) per head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0x2a0u) {
    return;
  }
  let per_token: u32 = 0x2a0u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0x280u) {
    let g: u32 = rest / 40u;
    let chunk: u32 = rest - g * 40u;
    let h0: u32 = g * 8u;
    if (chunk < 32u) {
      item_scalar_out_shared_q8_0(flat, chunk, h0);
      return;
    }
    item_scalar_out_shared_q8_1(flat, chunk - 32u, h0);
  } else {
    let rest_k: u32 = rest - 0x280u;
    let g: u32 = rest_k / 32u;
    let chunk: u32 = rest_k - g * 32u;
    let h0: u32 = g;
    item_scalar_out_shared_k1_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 72 item(s) per token, q 40 / k 32 (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 72u) {
    return;
  }
  let flat: u32 = item / 72u;
  let chunk: u32 = item - flat * 72u;
  if (chunk < 40u) {
    if (chunk < 32u) {
      item_scalar_out_shared_q_0(flat, chunk);
      return;
    }
    item_scalar_out_shared_q_1(flat, chunk - 32u);
  } else {
    let chunk_k: u32 = chunk - 40u;
    item_scalar_out_shared_k_0(flat, chunk_k);
  }
}
