// Generated from spec/deepseek_v3.rope (rope deepseek_v3) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 84f4c62a7df01224
//
// rope deepseek_v3: head_dim q 192 / k 64, 32 pairs in q 8 / k 8 item(s) per head; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions tensor; ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> positions: array<i32>;
@group(0) @binding(4) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(5) var<storage, read> k_src: array<vec4<u32>>;
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
fn read_q_out(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&q))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return q[i];
}

/** k_out[i], or 0 past its end */
fn read_k_out(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&k))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return k[i];
}

/** q_in[i], or 0 past its end */
fn read_q_in(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&q_src))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return q_src[i];
}

/** k_in[i], or 0 past its end */
fn read_k_in(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&k_src))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
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

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xv: vec4<u32> = read_q_out((o + (128u + ki * 8u)) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xv: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xv: vec4<u32> = read_q_out((oh0 + (128u + ki * 8u)) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xv: vec4<u32> = read_q_out((oh1 + (128u + ki * 8u)) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xv: vec4<u32> = read_q_out((oh2 + (128u + ki * 8u)) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xv: vec4<u32> = read_q_out((oh3 + (128u + ki * 8u)) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let h4_xv: vec4<u32> = read_q_out((oh4 + (128u + ki * 8u)) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let h5_xv: vec4<u32> = read_q_out((oh5 + (128u + ki * 8u)) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let h6_xv: vec4<u32> = read_q_out((oh6 + (128u + ki * 8u)) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h7_xv: vec4<u32> = read_q_out((oh7 + (128u + ki * 8u)) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), every q head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xv: vec4<u32> = read_q_out((o + (128u + ki * 8u)) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), every k head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xv: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xv: vec4<u32> = read_q_in((o + (128u + ki * 8u)) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** copy 8 lane(s) from 0 (split), q head h0 (item k: + 0 pairs, + 8 lanes) */
fn item_vector_out_q1_1(flat: u32, ki: u32, h0: u32) {
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let copy0: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = copy0;
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xv: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xv: vec4<u32> = read_q_in((oh0 + (128u + ki * 8u)) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xv: vec4<u32> = read_q_in((oh1 + (128u + ki * 8u)) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xv: vec4<u32> = read_q_in((oh2 + (128u + ki * 8u)) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xv: vec4<u32> = read_q_in((oh3 + (128u + ki * 8u)) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let h4_xv: vec4<u32> = read_q_in((oh4 + (128u + ki * 8u)) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let h5_xv: vec4<u32> = read_q_in((oh5 + (128u + ki * 8u)) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let h6_xv: vec4<u32> = read_q_in((oh6 + (128u + ki * 8u)) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h7_xv: vec4<u32> = read_q_in((oh7 + (128u + ki * 8u)) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** copy 8 lane(s) from 0 (split), q heads h0 … h0 + 7 (item k: + 0 pairs, + 8 lanes) */
fn item_vector_out_q8_1(flat: u32, ki: u32, h0: u32) {
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_copy0: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_copy0: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_copy0: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_copy0: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let h4_copy0: vec4<u32> = read_q_in((oh4 + ki * 8u) / 8u);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let h5_copy0: vec4<u32> = read_q_in((oh5 + ki * 8u) / 8u);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let h6_copy0: vec4<u32> = read_q_in((oh6 + ki * 8u) / 8u);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h7_copy0: vec4<u32> = read_q_in((oh7 + ki * 8u) / 8u);
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = h0_copy0;
  }
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = h1_copy0;
  }
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = h2_copy0;
  }
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = h3_copy0;
  }
  if ((oh4 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + ki * 8u) / 8u] = h4_copy0;
  }
  if ((oh5 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + ki * 8u) / 8u] = h5_copy0;
  }
  if ((oh6 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + ki * 8u) / 8u] = h6_copy0;
  }
  if ((oh7 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + ki * 8u) / 8u] = h7_copy0;
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), every q head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xv: vec4<u32> = read_q_in((o + (128u + ki * 8u)) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** copy 8 lane(s) from 0 (split), every q head (item k: + 0 pairs, + 8 lanes) */
fn item_vector_out_q_1(flat: u32, ki: u32) {
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let copy0: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = copy0;
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), every k head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xv: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xv: vec4<u32> = read_q_out((o + (128u + ki * 8u)) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xv: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_shared_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xv: vec4<u32> = read_q_out((oh0 + (128u + ki * 8u)) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xv: vec4<u32> = read_q_out((oh1 + (128u + ki * 8u)) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xv: vec4<u32> = read_q_out((oh2 + (128u + ki * 8u)) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xv: vec4<u32> = read_q_out((oh3 + (128u + ki * 8u)) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let h4_xv: vec4<u32> = read_q_out((oh4 + (128u + ki * 8u)) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let h5_xv: vec4<u32> = read_q_out((oh5 + (128u + ki * 8u)) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let h6_xv: vec4<u32> = read_q_out((oh6 + (128u + ki * 8u)) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h7_xv: vec4<u32> = read_q_out((oh7 + (128u + ki * 8u)) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), every q head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_shared_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xv: vec4<u32> = read_q_out((o + (128u + ki * 8u)) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), every k head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_shared_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xv: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xv: vec4<u32> = read_q_in((o + (128u + ki * 8u)) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** copy 8 lane(s) from 0 (split), q head h0 (item k: + 0 pairs, + 8 lanes) */
fn item_vector_out_shared_q1_1(flat: u32, ki: u32, h0: u32) {
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let copy0: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = copy0;
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xv: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_shared_q8_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xv: vec4<u32> = read_q_in((oh0 + (128u + ki * 8u)) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xv: vec4<u32> = read_q_in((oh1 + (128u + ki * 8u)) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xv: vec4<u32> = read_q_in((oh2 + (128u + ki * 8u)) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xv: vec4<u32> = read_q_in((oh3 + (128u + ki * 8u)) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let h4_xv: vec4<u32> = read_q_in((oh4 + (128u + ki * 8u)) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let h5_xv: vec4<u32> = read_q_in((oh5 + (128u + ki * 8u)) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let h6_xv: vec4<u32> = read_q_in((oh6 + (128u + ki * 8u)) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h7_xv: vec4<u32> = read_q_in((oh7 + (128u + ki * 8u)) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** copy 8 lane(s) from 0 (split), q heads h0 … h0 + 7 (item k: + 0 pairs, + 8 lanes) */
fn item_vector_out_shared_q8_1(flat: u32, ki: u32, h0: u32) {
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_copy0: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_copy0: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_copy0: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_copy0: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let oh4: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 4u) * params.q_head_stride);
  let h4_copy0: vec4<u32> = read_q_in((oh4 + ki * 8u) / 8u);
  let oh5: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 5u) * params.q_head_stride);
  let h5_copy0: vec4<u32> = read_q_in((oh5 + ki * 8u) / 8u);
  let oh6: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 6u) * params.q_head_stride);
  let h6_copy0: vec4<u32> = read_q_in((oh6 + ki * 8u) / 8u);
  let oh7: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 7u) * params.q_head_stride);
  let h7_copy0: vec4<u32> = read_q_in((oh7 + ki * 8u) / 8u);
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = h0_copy0;
  }
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = h1_copy0;
  }
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = h2_copy0;
  }
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = h3_copy0;
  }
  if ((oh4 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + ki * 8u) / 8u] = h4_copy0;
  }
  if ((oh5 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + ki * 8u) / 8u] = h5_copy0;
  }
  if ((oh6 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + ki * 8u) / 8u] = h6_copy0;
  }
  if ((oh7 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + ki * 8u) / 8u] = h7_copy0;
  }
}

/** rotate 4 pair(s) from 0 at lanes 128, 129 (stride 2, adjacent), every q head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_shared_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xv: vec4<u32> = read_q_in((o + (128u + ki * 8u)) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + (128u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (128u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** copy 8 lane(s) from 0 (split), every q head (item k: + 0 pairs, + 8 lanes) */
fn item_vector_out_shared_q_1(flat: u32, ki: u32) {
  for (var h: u32 = 0u; h < 128u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let copy0: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = copy0;
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), every k head (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_shared_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xv: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 129u) * 8u) {
    return;
  }
  let per_token: u32 = 129u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 128u) {
    let h0: u32 = g;
    item_vector_in_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 128u;
    item_vector_in_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 8 q / 1 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 17u) * 8u) {
    return;
  }
  let per_token: u32 = 17u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 16u) {
    let h0: u32 = g * 8u;
    item_vector_in_q8_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_vector_in_k1_0(flat, chunk, h0);
  }
}

// in place, every head in series, 16 item(s) per token, q 8 / k 8 (vector schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 16u) {
    return;
  }
  let flat: u32 = item / 16u;
  let chunk: u32 = item - flat * 16u;
  if (chunk < 8u) {
    item_vector_in_q_0(flat, chunk);
  } else {
    let chunk_k: u32 = chunk - 8u;
    item_vector_in_k_0(flat, chunk_k);
  }
}

// out of place, one head per item, q 24 / k 8 item(s) per head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0xc08u) {
    return;
  }
  let per_token: u32 = 0xc08u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0xc00u) {
    let g: u32 = rest / 24u;
    let chunk: u32 = rest - g * 24u;
    let h0: u32 = g;
    if (chunk < 8u) {
      item_vector_out_q1_0(flat, chunk, h0);
      return;
    }
    item_vector_out_q1_1(flat, chunk - 8u, h0);
  } else {
    let rest_k: u32 = rest - 0xc00u;
    let g: u32 = rest_k / 8u;
    let chunk: u32 = rest_k - g * 8u;
    let h0: u32 = g;
    item_vector_out_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 8 q / 1 k heads per item, q 24 / k 8 item(s) per head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0x188u) {
    return;
  }
  let per_token: u32 = 0x188u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0x180u) {
    let g: u32 = rest / 24u;
    let chunk: u32 = rest - g * 24u;
    let h0: u32 = g * 8u;
    if (chunk < 8u) {
      item_vector_out_q8_0(flat, chunk, h0);
      return;
    }
    item_vector_out_q8_1(flat, chunk - 8u, h0);
  } else {
    let rest_k: u32 = rest - 0x180u;
    let g: u32 = rest_k / 8u;
    let chunk: u32 = rest_k - g * 8u;
    let h0: u32 = g;
    item_vector_out_k1_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 32 item(s) per token, q 24 / k 8 (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 32u) {
    return;
  }
  let flat: u32 = item / 32u;
  let chunk: u32 = item - flat * 32u;
  if (chunk < 24u) {
    if (chunk < 8u) {
      item_vector_out_q_0(flat, chunk);
      return;
    }
    item_vector_out_q_1(flat, chunk - 8u);
  } else {
    let chunk_k: u32 = chunk - 24u;
    item_vector_out_k_0(flat, chunk_k);
  }
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 129u) * 8u) {
    return;
  }
  let per_token: u32 = 129u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 128u) {
    let h0: u32 = g;
    item_vector_in_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 128u;
    item_vector_in_shared_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 8 q / 1 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 17u) * 8u) {
    return;
  }
  let per_token: u32 = 17u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 16u) {
    let h0: u32 = g * 8u;
    item_vector_in_shared_q8_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_vector_in_shared_k1_0(flat, chunk, h0);
  }
}

// in place, every head in series, 16 item(s) per token, q 8 / k 8 (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 16u) {
    return;
  }
  let flat: u32 = item / 16u;
  let chunk: u32 = item - flat * 16u;
  if (chunk < 8u) {
    item_vector_in_shared_q_0(flat, chunk);
  } else {
    let chunk_k: u32 = chunk - 8u;
    item_vector_in_shared_k_0(flat, chunk_k);
  }
}

// out of place, one head per item, q 24 / k 8 item(s) per head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0xc08u) {
    return;
  }
  let per_token: u32 = 0xc08u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0xc00u) {
    let g: u32 = rest / 24u;
    let chunk: u32 = rest - g * 24u;
    let h0: u32 = g;
    if (chunk < 8u) {
      item_vector_out_shared_q1_0(flat, chunk, h0);
      return;
    }
    item_vector_out_shared_q1_1(flat, chunk - 8u, h0);
  } else {
    let rest_k: u32 = rest - 0xc00u;
    let g: u32 = rest_k / 8u;
    let chunk: u32 = rest_k - g * 8u;
    let h0: u32 = g;
    item_vector_out_shared_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 8 q / 1 k heads per item, q 24 / k 8 item(s) per head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 0x188u) {
    return;
  }
  let per_token: u32 = 0x188u;
  let flat: u32 = item / per_token;
  let rest: u32 = item - flat * per_token;
  if (rest < 0x180u) {
    let g: u32 = rest / 24u;
    let chunk: u32 = rest - g * 24u;
    let h0: u32 = g * 8u;
    if (chunk < 8u) {
      item_vector_out_shared_q8_0(flat, chunk, h0);
      return;
    }
    item_vector_out_shared_q8_1(flat, chunk - 8u, h0);
  } else {
    let rest_k: u32 = rest - 0x180u;
    let g: u32 = rest_k / 8u;
    let chunk: u32 = rest_k - g * 8u;
    let h0: u32 = g;
    item_vector_out_shared_k1_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 32 item(s) per token, q 24 / k 8 (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 32u) {
    return;
  }
  let flat: u32 = item / 32u;
  let chunk: u32 = item - flat * 32u;
  if (chunk < 24u) {
    if (chunk < 8u) {
      item_vector_out_shared_q_0(flat, chunk);
      return;
    }
    item_vector_out_shared_q_1(flat, chunk - 8u);
  } else {
    let chunk_k: u32 = chunk - 24u;
    item_vector_out_shared_k_0(flat, chunk_k);
  }
}
