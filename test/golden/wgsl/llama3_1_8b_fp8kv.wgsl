// Generated from spec/llama3_1_8b_fp8kv.rope (rope llama3_1_8b_fp8kv) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 84594f107f0d3b11
//
// rope llama3_1_8b_fp8kv: head_dim 128, 64 pairs in 8 item(s) per token; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions tensor; ω constant; sincos computed; precision exact
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
  v_token_stride: u32,
  v_head_stride: u32,
  q_start: u32,
  k_start: u32,
  v_start: u32,
  cache_slots: u32,
  k_scale: f32,
  v_scale: f32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> positions: array<i32>;
@group(0) @binding(4) var<storage, read> v: array<vec4<u32>>;
@group(0) @binding(5) var<storage, read> slot_mapping: array<i32>;
@group(0) @binding(6) var<storage, read_write> k_cache: array<atomic<u32>>;
@group(0) @binding(7) var<storage, read_write> v_cache: array<atomic<u32>>;
@group(0) @binding(8) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(9) var<storage, read> k_src: array<vec4<u32>>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 64>(0.1591796875, 0.129638671875, 0.105621337890625, 0.086029052734375, 0.070098876953125, 0.057098388671875, 0.0465087890625, 0.0378875732421875, 0.03086090087890625, 0.02513885498046875, 0.02048492431640625, 0.01668548583984375, 0.013591766357421875, 0.01107025146484375, 0.0090179443359375, 0.00734710693359375, 0.005985260009765625, 0.00487518310546875, 0.003971099853515625, 0.0032358169555664062, 0.002635955810546875, 0.0021467208862304688, 0.0017490386962890625, 0.0014247894287109375, 0.0011606216430664062, 0.0009455680847167969, 0.0007703304290771484, 0.0006275177001953125, 0.00051116943359375, 0.00034487247467041016, 0.00021833181381225586, 0.00013637542724609375, 0.00008353590965270996, 0.00004976987838745117, 0.000028409063816070557, 0.000015210360288619995, 0.000012390315532684326, 0.000010091811418533325, 0.000008221715688705444, 0.0000066980719566345215, 0.000005455687642097473, 0.0000044442713260650635, 0.0000036209821701049805, 0.0000029494985938072205, 0.0000024028122425079346, 0.000001957640051841736, 0.0000015944242477416992, 0.0000012987293303012848, 0.0000010579824447631836, 8.619390428066254e-7, 7.022172212600708e-7, 5.720648914575577e-7, 4.6589411795139313e-7, 3.795139491558075e-7, 3.0919909477233887e-7, 2.5192275643348694e-7, 2.051820047199726e-7, 1.6711419448256493e-7, 1.3614771887660027e-7, 1.1091469787061214e-7, 9.036739356815815e-8, 7.360358722507954e-8, 5.995389074087143e-8, 4.8836227506399155e-8);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000011686235666275024, -0.000005921348929405212, 0.0000070855021476745605, -0.000012356787919998169, -0.000004699453711509705, 7.133930921554565e-7, -1.3096723705530167e-7, 0.000002862885594367981, 0.000003298744559288025, -0.0000036926940083503723, -0.0000011217780411243439, -3.9569567888975143e-7, 0.0000015133991837501526, 0.0000013061799108982086, 1.2986129149794579e-7, -7.430207915604115e-8, 4.5227352529764175e-7, 6.76838681101799e-7, -3.3923424780368805e-7, -2.798624336719513e-7, 3.461027517914772e-7, -9.076757123693824e-10, 6.895788828842342e-9, 4.1996827349066734e-8, -7.147900760173798e-8, -1.126027200371027e-7, -8.498318493366241e-8, -5.1935785450041294e-8, -5.2023096941411495e-8, 1.183070708066225e-8, -1.920125214383006e-8, -4.0490704122930765e-9, -3.1222953111864626e-9, 1.3369572116062045e-9, -1.1759766493923962e-9, -6.518803274957463e-10, 1.0222720447927713e-9, 8.046185939747375e-11, -4.5508841139962897e-10, 3.064997144974768e-10, 2.7546320779947564e-10, -3.7778136174893007e-10, -9.183054316963535e-11, -1.7467982615926303e-10, -4.10068423661869e-10, -3.0965452424425166e-11, 9.092104846786242e-11, 5.891820364922751e-11, -4.0330405681743287e-11, -9.967493497242685e-11, -1.078319655789528e-10, 3.1960212254489306e-11, 3.745981302927248e-11, -9.976020010071807e-12, -5.196909569349373e-11, -3.721467578543525e-12, 2.7569058147491887e-11, 8.842704346534447e-12, 7.844835892001356e-13, -1.3731238368563936e-11, 6.408762409648716e-14, 4.9116266609416925e-12, 7.245759547913622e-12);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 1.3854493108311772e-9, 6.795366491729737e-10, 7.928424583525384e-10, 1.4225934874545487e-9, -8.716840582678742e-10, 1.5884564497081755e-11, -2.3591954778634516e-11, -3.597993847304082e-10, -1.5388747220956844e-10, -2.7078922437695496e-11, 1.6635139099552276e-10, -2.5549080212572406e-11, -1.1205215921794576e-10, -1.396838478218143e-10, -1.99448270399305e-12, 5.027236439636429e-12, 5.04145024338154e-11, -4.53989658366627e-11, -1.5808188091881448e-11, -4.9445787742019576e-11, 2.093255083157608e-11, -9.190434871464426e-14, 6.961421456647132e-13, 1.3463056624390957e-12, -8.443517152817437e-13, 2.5186417621642088e-12, 2.153806646920664e-13, 6.729243898218051e-12, -5.003527540209385e-12, -1.8141753290595863e-12, -3.626824968822051e-12, 3.0253577421035516e-13, -4.4572764262059555e-14, 9.267014781412508e-15, 2.172256142595353e-14, 1.8770588924334197e-14, -1.4239137484124004e-13, -3.76642347952455e-15, -3.378579629064425e-14, -4.271160926024378e-14, 3.167390259578226e-14, 4.828232133763724e-14, 8.114438415358742e-15, 2.293633253431463e-14, 5.379158964503687e-16, -6.737956936511301e-15, -1.1540662123046917e-14, -1.1936657649184827e-14, 6.281099128497853e-15, 3.7521674915057864e-15, -3.0059022423380675e-15, -2.9242285727067293e-15, 1.6243349659170745e-15, 1.4514304480314094e-15, -1.498868422363268e-15, -4.030147558229091e-16, 1.6814847023847957e-15, 8.662594304866705e-16, -8.204232748674085e-17, 1.0306211975828023e-15, 2.7596598119341122e-18, 4.688119839980475e-16, 8.45945674587381e-16);

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

// f32 → fp8 e4m3 bits, as CUDA's __nv_fp8_e4m3(float): nearest even, saturating to ±448 (0x7e),
// NaN → 0x7f, |v| ≤ 2^-10 → a signed zero; integer arithmetic on v's bits only.
fn e4m3_bits(v: f32) -> u32 {
  let x = bitcast<u32>(v);
  let sign = (x >> 24u) & 0x80u;
  let a = x & 0x7fffffffu;
  if (a > 0x7f800000u) {
    return 0x7fu;
  }
  if (a <= 0x3a800000u) {
    return sign;
  }
  if (a > 0x43e80000u) {
    return sign | 0x7eu;
  }
  let e = a >> 23u;
  let m = a & 0x7fffffu;
  var code: u32;
  var rest: u32;
  var halfway: u32;
  if (e >= 121u) {
    // normal: 3 fraction bits kept, 20 rounded off
    code = ((e - 120u) << 3u) | (m >> 20u);
    rest = m & 0xfffffu;
    halfway = 0x80000u;
  } else {
    // subnormal (2^-10 < |v| < 2^-6): steps of 2^-9, the implicit bit included
    let shift = 141u - e;
    let sig = m | 0x800000u;
    code = sig >> shift;
    rest = sig & ((1u << shift) - 1u);
    halfway = 1u << (shift - 1u);
  }
  if (rest > halfway || (rest == halfway && (code & 1u) == 1u)) {
    code = code + 1u;
  }
  return sign | code;
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

/** slot_mapping[i], or 0 past its end */
fn read_slot_mapping(i: u32) -> i32 {
  if (i >= u32(arrayLength(&slot_mapping))) {
    return 0i;
  }
  return slot_mapping[i];
}

/** k_out[i], or 0 past its end */
fn read_k_out(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&k))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return k[i];
}

/** v[i], or 0 past its end */
fn read_v(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&v))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return v[i];
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

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = kw0;
  }
  if (stored) {
    let word_1: u32 = (co + ki * 8u) >> 2u;
    let shift_2: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_1 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1], (0xffu << shift_2) ^ 0xffffffffu);
    }
    if (word_1 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1], e4m3_bits(ya0 / params.k_scale) << shift_2);
    }
    let word_3: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_4: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_3 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_3], (0xffu << shift_4) ^ 0xffffffffu);
    }
    if (word_3 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_3], e4m3_bits(ya1 / params.k_scale) << shift_4);
    }
    let word_5: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_6: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_5 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_5], (0xffu << shift_6) ^ 0xffffffffu);
    }
    if (word_5 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_5], e4m3_bits(ya2 / params.k_scale) << shift_6);
    }
    let word_7: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_8: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_7 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_7], (0xffu << shift_8) ^ 0xffffffffu);
    }
    if (word_7 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_7], e4m3_bits(ya3 / params.k_scale) << shift_8);
    }
    let word_9: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_10: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_9 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_9], (0xffu << shift_10) ^ 0xffffffffu);
    }
    if (word_9 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_9], e4m3_bits(ya4 / params.k_scale) << shift_10);
    }
    let word_11: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_12: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_11 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_11], (0xffu << shift_12) ^ 0xffffffffu);
    }
    if (word_11 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_11], e4m3_bits(ya5 / params.k_scale) << shift_12);
    }
    let word_13: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_14: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_13 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_13], (0xffu << shift_14) ^ 0xffffffffu);
    }
    if (word_13 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_13], e4m3_bits(ya6 / params.k_scale) << shift_14);
    }
    let word_15: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_16: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_15 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_15], (0xffu << shift_16) ^ 0xffffffffu);
    }
    if (word_15 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_15], e4m3_bits(ya7 / params.k_scale) << shift_16);
    }
    let word_17: u32 = (co + ki * 8u) >> 2u;
    let shift_18: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_17 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_17], (0xffu << shift_18) ^ 0xffffffffu);
    }
    if (word_17 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_17], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_18);
    }
    let word_19: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_20: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_19 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_19], (0xffu << shift_20) ^ 0xffffffffu);
    }
    if (word_19 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_19], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_20);
    }
    let word_21: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_22: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_21 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_21], (0xffu << shift_22) ^ 0xffffffffu);
    }
    if (word_21 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_21], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_22);
    }
    let word_23: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_24: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_23 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_23], (0xffu << shift_24) ^ 0xffffffffu);
    }
    if (word_23 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_23], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_24);
    }
    let word_25: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_26: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_25 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_25], (0xffu << shift_26) ^ 0xffffffffu);
    }
    if (word_25 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_25], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_26);
    }
    let word_27: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_28: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_27 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_27], (0xffu << shift_28) ^ 0xffffffffu);
    }
    if (word_27 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_27], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_28);
    }
    let word_29: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_30: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_29 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_29], (0xffu << shift_30) ^ 0xffffffffu);
    }
    if (word_29 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_29], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_30);
    }
    let word_31: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_32: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_31 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_31], (0xffu << shift_32) ^ 0xffffffffu);
    }
    if (word_31 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_31], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_32);
    }
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    let word_33: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_34: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_33 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_33], (0xffu << shift_34) ^ 0xffffffffu);
    }
    if (word_33 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_33], e4m3_bits(yb0 / params.k_scale) << shift_34);
    }
    let word_35: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_36: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_35 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_35], (0xffu << shift_36) ^ 0xffffffffu);
    }
    if (word_35 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_35], e4m3_bits(yb1 / params.k_scale) << shift_36);
    }
    let word_37: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_38: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_37 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_37], (0xffu << shift_38) ^ 0xffffffffu);
    }
    if (word_37 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_37], e4m3_bits(yb2 / params.k_scale) << shift_38);
    }
    let word_39: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_40: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_39 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_39], (0xffu << shift_40) ^ 0xffffffffu);
    }
    if (word_39 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_39], e4m3_bits(yb3 / params.k_scale) << shift_40);
    }
    let word_41: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_42: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_41 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_41], (0xffu << shift_42) ^ 0xffffffffu);
    }
    if (word_41 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_41], e4m3_bits(yb4 / params.k_scale) << shift_42);
    }
    let word_43: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_44: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_43 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_43], (0xffu << shift_44) ^ 0xffffffffu);
    }
    if (word_43 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_43], e4m3_bits(yb5 / params.k_scale) << shift_44);
    }
    let word_45: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_46: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_45 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_45], (0xffu << shift_46) ^ 0xffffffffu);
    }
    if (word_45 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_45], e4m3_bits(yb6 / params.k_scale) << shift_46);
    }
    let word_47: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_48: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_47 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_47], (0xffu << shift_48) ^ 0xffffffffu);
    }
    if (word_47 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_47], e4m3_bits(yb7 / params.k_scale) << shift_48);
    }
    let word_49: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_50: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_49 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_49], (0xffu << shift_50) ^ 0xffffffffu);
    }
    if (word_49 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_49], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_50);
    }
    let word_51: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_52: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_51 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_51], (0xffu << shift_52) ^ 0xffffffffu);
    }
    if (word_51 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_51], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_52);
    }
    let word_53: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_54: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_53 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_53], (0xffu << shift_54) ^ 0xffffffffu);
    }
    if (word_53 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_53], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_54);
    }
    let word_55: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_56: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_55 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_55], (0xffu << shift_56) ^ 0xffffffffu);
    }
    if (word_55 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_55], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_56);
    }
    let word_57: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_58: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_57 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_57], (0xffu << shift_58) ^ 0xffffffffu);
    }
    if (word_57 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_57], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_58);
    }
    let word_59: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_60: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_59 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_59], (0xffu << shift_60) ^ 0xffffffffu);
    }
    if (word_59 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_59], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_60);
    }
    let word_61: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_62: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_61 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_61], (0xffu << shift_62) ^ 0xffffffffu);
    }
    if (word_61 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_61], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_62);
    }
    let word_63: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_64: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_63 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_63], (0xffu << shift_64) ^ 0xffffffffu);
    }
    if (word_63 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_63], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_64);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let h0_xav: vec4<u32> = read_k_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_k_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let h1_xav: vec4<u32> = read_k_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_k_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let h2_xav: vec4<u32> = read_k_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_k_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h3_xav: vec4<u32> = read_k_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_k_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  let h0kw0: vec4<u32> = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = h0kw0;
  }
  if (stored) {
    let word_65: u32 = (h0co + ki * 8u) >> 2u;
    let shift_66: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_65 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_65], (0xffu << shift_66) ^ 0xffffffffu);
    }
    if (word_65 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_65], e4m3_bits(h0_ya0 / params.k_scale) << shift_66);
    }
    let word_67: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_68: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_67 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_67], (0xffu << shift_68) ^ 0xffffffffu);
    }
    if (word_67 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_67], e4m3_bits(h0_ya1 / params.k_scale) << shift_68);
    }
    let word_69: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_70: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_69 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_69], (0xffu << shift_70) ^ 0xffffffffu);
    }
    if (word_69 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_69], e4m3_bits(h0_ya2 / params.k_scale) << shift_70);
    }
    let word_71: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_72: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_71 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_71], (0xffu << shift_72) ^ 0xffffffffu);
    }
    if (word_71 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_71], e4m3_bits(h0_ya3 / params.k_scale) << shift_72);
    }
    let word_73: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_74: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_73 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_73], (0xffu << shift_74) ^ 0xffffffffu);
    }
    if (word_73 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_73], e4m3_bits(h0_ya4 / params.k_scale) << shift_74);
    }
    let word_75: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_76: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_75 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_75], (0xffu << shift_76) ^ 0xffffffffu);
    }
    if (word_75 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_75], e4m3_bits(h0_ya5 / params.k_scale) << shift_76);
    }
    let word_77: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_78: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_77 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_77], (0xffu << shift_78) ^ 0xffffffffu);
    }
    if (word_77 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_77], e4m3_bits(h0_ya6 / params.k_scale) << shift_78);
    }
    let word_79: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_80: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_79 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_79], (0xffu << shift_80) ^ 0xffffffffu);
    }
    if (word_79 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_79], e4m3_bits(h0_ya7 / params.k_scale) << shift_80);
    }
    let word_81: u32 = (h0co + ki * 8u) >> 2u;
    let shift_82: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_81 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_81], (0xffu << shift_82) ^ 0xffffffffu);
    }
    if (word_81 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_81], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_82);
    }
    let word_83: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_84: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_83 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_83], (0xffu << shift_84) ^ 0xffffffffu);
    }
    if (word_83 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_83], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_84);
    }
    let word_85: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_86: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_85 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_85], (0xffu << shift_86) ^ 0xffffffffu);
    }
    if (word_85 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_85], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_86);
    }
    let word_87: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_88: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_87 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_87], (0xffu << shift_88) ^ 0xffffffffu);
    }
    if (word_87 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_87], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_88);
    }
    let word_89: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_90: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_89 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_89], (0xffu << shift_90) ^ 0xffffffffu);
    }
    if (word_89 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_89], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_90);
    }
    let word_91: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_92: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_91 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_91], (0xffu << shift_92) ^ 0xffffffffu);
    }
    if (word_91 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_91], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_92);
    }
    let word_93: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_94: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_93 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_93], (0xffu << shift_94) ^ 0xffffffffu);
    }
    if (word_93 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_93], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_94);
    }
    let word_95: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_96: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_95 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_95], (0xffu << shift_96) ^ 0xffffffffu);
    }
    if (word_95 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_95], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_96);
    }
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    let word_97: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_98: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_97 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_97], (0xffu << shift_98) ^ 0xffffffffu);
    }
    if (word_97 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_97], e4m3_bits(h0_yb0 / params.k_scale) << shift_98);
    }
    let word_99: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_100: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_99 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_99], (0xffu << shift_100) ^ 0xffffffffu);
    }
    if (word_99 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_99], e4m3_bits(h0_yb1 / params.k_scale) << shift_100);
    }
    let word_101: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_102: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_101 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_101], (0xffu << shift_102) ^ 0xffffffffu);
    }
    if (word_101 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_101], e4m3_bits(h0_yb2 / params.k_scale) << shift_102);
    }
    let word_103: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_104: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_103 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_103], (0xffu << shift_104) ^ 0xffffffffu);
    }
    if (word_103 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_103], e4m3_bits(h0_yb3 / params.k_scale) << shift_104);
    }
    let word_105: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_106: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_105 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_105], (0xffu << shift_106) ^ 0xffffffffu);
    }
    if (word_105 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_105], e4m3_bits(h0_yb4 / params.k_scale) << shift_106);
    }
    let word_107: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_108: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_107 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_107], (0xffu << shift_108) ^ 0xffffffffu);
    }
    if (word_107 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_107], e4m3_bits(h0_yb5 / params.k_scale) << shift_108);
    }
    let word_109: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_110: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_109 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_109], (0xffu << shift_110) ^ 0xffffffffu);
    }
    if (word_109 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_109], e4m3_bits(h0_yb6 / params.k_scale) << shift_110);
    }
    let word_111: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_112: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_111 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_111], (0xffu << shift_112) ^ 0xffffffffu);
    }
    if (word_111 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_111], e4m3_bits(h0_yb7 / params.k_scale) << shift_112);
    }
    let word_113: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_114: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_113 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_113], (0xffu << shift_114) ^ 0xffffffffu);
    }
    if (word_113 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_113], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_114);
    }
    let word_115: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_116: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_115 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_115], (0xffu << shift_116) ^ 0xffffffffu);
    }
    if (word_115 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_115], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_116);
    }
    let word_117: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_118: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_117 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_117], (0xffu << shift_118) ^ 0xffffffffu);
    }
    if (word_117 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_117], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_118);
    }
    let word_119: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_120: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_119 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_119], (0xffu << shift_120) ^ 0xffffffffu);
    }
    if (word_119 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_119], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_120);
    }
    let word_121: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_122: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_121 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_121], (0xffu << shift_122) ^ 0xffffffffu);
    }
    if (word_121 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_121], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_122);
    }
    let word_123: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_124: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_123 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_123], (0xffu << shift_124) ^ 0xffffffffu);
    }
    if (word_123 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_123], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_124);
    }
    let word_125: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_126: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_125 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_125], (0xffu << shift_126) ^ 0xffffffffu);
    }
    if (word_125 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_125], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_126);
    }
    let word_127: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_128: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_127 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_127], (0xffu << shift_128) ^ 0xffffffffu);
    }
    if (word_127 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_127], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_128);
    }
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  let h1kw0: vec4<u32> = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = h1kw0;
  }
  if (stored) {
    let word_129: u32 = (h1co + ki * 8u) >> 2u;
    let shift_130: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_129 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_129], (0xffu << shift_130) ^ 0xffffffffu);
    }
    if (word_129 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_129], e4m3_bits(h1_ya0 / params.k_scale) << shift_130);
    }
    let word_131: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_132: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_131 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_131], (0xffu << shift_132) ^ 0xffffffffu);
    }
    if (word_131 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_131], e4m3_bits(h1_ya1 / params.k_scale) << shift_132);
    }
    let word_133: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_134: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_133 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_133], (0xffu << shift_134) ^ 0xffffffffu);
    }
    if (word_133 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_133], e4m3_bits(h1_ya2 / params.k_scale) << shift_134);
    }
    let word_135: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_136: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_135 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_135], (0xffu << shift_136) ^ 0xffffffffu);
    }
    if (word_135 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_135], e4m3_bits(h1_ya3 / params.k_scale) << shift_136);
    }
    let word_137: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_138: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_137 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_137], (0xffu << shift_138) ^ 0xffffffffu);
    }
    if (word_137 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_137], e4m3_bits(h1_ya4 / params.k_scale) << shift_138);
    }
    let word_139: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_140: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_139 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_139], (0xffu << shift_140) ^ 0xffffffffu);
    }
    if (word_139 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_139], e4m3_bits(h1_ya5 / params.k_scale) << shift_140);
    }
    let word_141: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_142: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_141 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_141], (0xffu << shift_142) ^ 0xffffffffu);
    }
    if (word_141 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_141], e4m3_bits(h1_ya6 / params.k_scale) << shift_142);
    }
    let word_143: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_144: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_143 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_143], (0xffu << shift_144) ^ 0xffffffffu);
    }
    if (word_143 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_143], e4m3_bits(h1_ya7 / params.k_scale) << shift_144);
    }
    let word_145: u32 = (h1co + ki * 8u) >> 2u;
    let shift_146: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_145 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_145], (0xffu << shift_146) ^ 0xffffffffu);
    }
    if (word_145 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_145], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_146);
    }
    let word_147: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_148: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_147 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_147], (0xffu << shift_148) ^ 0xffffffffu);
    }
    if (word_147 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_147], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_148);
    }
    let word_149: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_150: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_149 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_149], (0xffu << shift_150) ^ 0xffffffffu);
    }
    if (word_149 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_149], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_150);
    }
    let word_151: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_152: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_151 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_151], (0xffu << shift_152) ^ 0xffffffffu);
    }
    if (word_151 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_151], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_152);
    }
    let word_153: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_154: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_153 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_153], (0xffu << shift_154) ^ 0xffffffffu);
    }
    if (word_153 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_153], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_154);
    }
    let word_155: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_156: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_155 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_155], (0xffu << shift_156) ^ 0xffffffffu);
    }
    if (word_155 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_155], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_156);
    }
    let word_157: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_158: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_157 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_157], (0xffu << shift_158) ^ 0xffffffffu);
    }
    if (word_157 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_157], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_158);
    }
    let word_159: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_160: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_159 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_159], (0xffu << shift_160) ^ 0xffffffffu);
    }
    if (word_159 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_159], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_160);
    }
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    let word_161: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_162: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_161 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_161], (0xffu << shift_162) ^ 0xffffffffu);
    }
    if (word_161 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_161], e4m3_bits(h1_yb0 / params.k_scale) << shift_162);
    }
    let word_163: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_164: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_163 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_163], (0xffu << shift_164) ^ 0xffffffffu);
    }
    if (word_163 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_163], e4m3_bits(h1_yb1 / params.k_scale) << shift_164);
    }
    let word_165: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_166: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_165 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_165], (0xffu << shift_166) ^ 0xffffffffu);
    }
    if (word_165 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_165], e4m3_bits(h1_yb2 / params.k_scale) << shift_166);
    }
    let word_167: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_168: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_167 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_167], (0xffu << shift_168) ^ 0xffffffffu);
    }
    if (word_167 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_167], e4m3_bits(h1_yb3 / params.k_scale) << shift_168);
    }
    let word_169: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_170: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_169 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_169], (0xffu << shift_170) ^ 0xffffffffu);
    }
    if (word_169 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_169], e4m3_bits(h1_yb4 / params.k_scale) << shift_170);
    }
    let word_171: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_172: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_171 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_171], (0xffu << shift_172) ^ 0xffffffffu);
    }
    if (word_171 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_171], e4m3_bits(h1_yb5 / params.k_scale) << shift_172);
    }
    let word_173: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_174: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_173 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_173], (0xffu << shift_174) ^ 0xffffffffu);
    }
    if (word_173 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_173], e4m3_bits(h1_yb6 / params.k_scale) << shift_174);
    }
    let word_175: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_176: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_175 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_175], (0xffu << shift_176) ^ 0xffffffffu);
    }
    if (word_175 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_175], e4m3_bits(h1_yb7 / params.k_scale) << shift_176);
    }
    let word_177: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_178: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_177 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_177], (0xffu << shift_178) ^ 0xffffffffu);
    }
    if (word_177 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_177], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_178);
    }
    let word_179: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_180: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_179 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_179], (0xffu << shift_180) ^ 0xffffffffu);
    }
    if (word_179 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_179], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_180);
    }
    let word_181: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_182: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_181 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_181], (0xffu << shift_182) ^ 0xffffffffu);
    }
    if (word_181 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_181], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_182);
    }
    let word_183: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_184: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_183 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_183], (0xffu << shift_184) ^ 0xffffffffu);
    }
    if (word_183 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_183], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_184);
    }
    let word_185: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_186: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_185 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_185], (0xffu << shift_186) ^ 0xffffffffu);
    }
    if (word_185 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_185], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_186);
    }
    let word_187: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_188: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_187 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_187], (0xffu << shift_188) ^ 0xffffffffu);
    }
    if (word_187 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_187], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_188);
    }
    let word_189: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_190: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_189 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_189], (0xffu << shift_190) ^ 0xffffffffu);
    }
    if (word_189 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_189], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_190);
    }
    let word_191: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_192: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_191 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_191], (0xffu << shift_192) ^ 0xffffffffu);
    }
    if (word_191 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_191], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_192);
    }
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  let h2kw0: vec4<u32> = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = h2kw0;
  }
  if (stored) {
    let word_193: u32 = (h2co + ki * 8u) >> 2u;
    let shift_194: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_193 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_193], (0xffu << shift_194) ^ 0xffffffffu);
    }
    if (word_193 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_193], e4m3_bits(h2_ya0 / params.k_scale) << shift_194);
    }
    let word_195: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_196: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_195 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_195], (0xffu << shift_196) ^ 0xffffffffu);
    }
    if (word_195 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_195], e4m3_bits(h2_ya1 / params.k_scale) << shift_196);
    }
    let word_197: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_198: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_197 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_197], (0xffu << shift_198) ^ 0xffffffffu);
    }
    if (word_197 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_197], e4m3_bits(h2_ya2 / params.k_scale) << shift_198);
    }
    let word_199: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_200: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_199 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_199], (0xffu << shift_200) ^ 0xffffffffu);
    }
    if (word_199 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_199], e4m3_bits(h2_ya3 / params.k_scale) << shift_200);
    }
    let word_201: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_202: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_201 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_201], (0xffu << shift_202) ^ 0xffffffffu);
    }
    if (word_201 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_201], e4m3_bits(h2_ya4 / params.k_scale) << shift_202);
    }
    let word_203: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_204: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_203 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_203], (0xffu << shift_204) ^ 0xffffffffu);
    }
    if (word_203 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_203], e4m3_bits(h2_ya5 / params.k_scale) << shift_204);
    }
    let word_205: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_206: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_205 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_205], (0xffu << shift_206) ^ 0xffffffffu);
    }
    if (word_205 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_205], e4m3_bits(h2_ya6 / params.k_scale) << shift_206);
    }
    let word_207: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_208: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_207 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_207], (0xffu << shift_208) ^ 0xffffffffu);
    }
    if (word_207 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_207], e4m3_bits(h2_ya7 / params.k_scale) << shift_208);
    }
    let word_209: u32 = (h2co + ki * 8u) >> 2u;
    let shift_210: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_209 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_209], (0xffu << shift_210) ^ 0xffffffffu);
    }
    if (word_209 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_209], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_210);
    }
    let word_211: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_212: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_211 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_211], (0xffu << shift_212) ^ 0xffffffffu);
    }
    if (word_211 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_211], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_212);
    }
    let word_213: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_214: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_213 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_213], (0xffu << shift_214) ^ 0xffffffffu);
    }
    if (word_213 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_213], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_214);
    }
    let word_215: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_216: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_215 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_215], (0xffu << shift_216) ^ 0xffffffffu);
    }
    if (word_215 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_215], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_216);
    }
    let word_217: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_218: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_217 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_217], (0xffu << shift_218) ^ 0xffffffffu);
    }
    if (word_217 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_217], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_218);
    }
    let word_219: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_220: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_219 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_219], (0xffu << shift_220) ^ 0xffffffffu);
    }
    if (word_219 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_219], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_220);
    }
    let word_221: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_222: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_221 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_221], (0xffu << shift_222) ^ 0xffffffffu);
    }
    if (word_221 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_221], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_222);
    }
    let word_223: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_224: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_223 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_223], (0xffu << shift_224) ^ 0xffffffffu);
    }
    if (word_223 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_223], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_224);
    }
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    let word_225: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_226: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_225 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_225], (0xffu << shift_226) ^ 0xffffffffu);
    }
    if (word_225 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_225], e4m3_bits(h2_yb0 / params.k_scale) << shift_226);
    }
    let word_227: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_228: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_227 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_227], (0xffu << shift_228) ^ 0xffffffffu);
    }
    if (word_227 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_227], e4m3_bits(h2_yb1 / params.k_scale) << shift_228);
    }
    let word_229: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_230: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_229 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_229], (0xffu << shift_230) ^ 0xffffffffu);
    }
    if (word_229 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_229], e4m3_bits(h2_yb2 / params.k_scale) << shift_230);
    }
    let word_231: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_232: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_231 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_231], (0xffu << shift_232) ^ 0xffffffffu);
    }
    if (word_231 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_231], e4m3_bits(h2_yb3 / params.k_scale) << shift_232);
    }
    let word_233: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_234: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_233 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_233], (0xffu << shift_234) ^ 0xffffffffu);
    }
    if (word_233 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_233], e4m3_bits(h2_yb4 / params.k_scale) << shift_234);
    }
    let word_235: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_236: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_235 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_235], (0xffu << shift_236) ^ 0xffffffffu);
    }
    if (word_235 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_235], e4m3_bits(h2_yb5 / params.k_scale) << shift_236);
    }
    let word_237: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_238: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_237 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_237], (0xffu << shift_238) ^ 0xffffffffu);
    }
    if (word_237 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_237], e4m3_bits(h2_yb6 / params.k_scale) << shift_238);
    }
    let word_239: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_240: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_239 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_239], (0xffu << shift_240) ^ 0xffffffffu);
    }
    if (word_239 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_239], e4m3_bits(h2_yb7 / params.k_scale) << shift_240);
    }
    let word_241: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_242: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_241 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_241], (0xffu << shift_242) ^ 0xffffffffu);
    }
    if (word_241 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_241], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_242);
    }
    let word_243: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_244: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_243 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_243], (0xffu << shift_244) ^ 0xffffffffu);
    }
    if (word_243 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_243], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_244);
    }
    let word_245: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_246: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_245 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_245], (0xffu << shift_246) ^ 0xffffffffu);
    }
    if (word_245 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_245], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_246);
    }
    let word_247: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_248: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_247 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_247], (0xffu << shift_248) ^ 0xffffffffu);
    }
    if (word_247 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_247], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_248);
    }
    let word_249: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_250: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_249 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_249], (0xffu << shift_250) ^ 0xffffffffu);
    }
    if (word_249 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_249], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_250);
    }
    let word_251: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_252: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_251 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_251], (0xffu << shift_252) ^ 0xffffffffu);
    }
    if (word_251 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_251], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_252);
    }
    let word_253: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_254: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_253 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_253], (0xffu << shift_254) ^ 0xffffffffu);
    }
    if (word_253 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_253], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_254);
    }
    let word_255: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_256: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_255 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_255], (0xffu << shift_256) ^ 0xffffffffu);
    }
    if (word_255 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_255], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_256);
    }
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  let h3kw0: vec4<u32> = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = h3kw0;
  }
  if (stored) {
    let word_257: u32 = (h3co + ki * 8u) >> 2u;
    let shift_258: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_257 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_257], (0xffu << shift_258) ^ 0xffffffffu);
    }
    if (word_257 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_257], e4m3_bits(h3_ya0 / params.k_scale) << shift_258);
    }
    let word_259: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_260: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_259 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_259], (0xffu << shift_260) ^ 0xffffffffu);
    }
    if (word_259 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_259], e4m3_bits(h3_ya1 / params.k_scale) << shift_260);
    }
    let word_261: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_262: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_261 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_261], (0xffu << shift_262) ^ 0xffffffffu);
    }
    if (word_261 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_261], e4m3_bits(h3_ya2 / params.k_scale) << shift_262);
    }
    let word_263: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_264: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_263 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_263], (0xffu << shift_264) ^ 0xffffffffu);
    }
    if (word_263 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_263], e4m3_bits(h3_ya3 / params.k_scale) << shift_264);
    }
    let word_265: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_266: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_265 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_265], (0xffu << shift_266) ^ 0xffffffffu);
    }
    if (word_265 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_265], e4m3_bits(h3_ya4 / params.k_scale) << shift_266);
    }
    let word_267: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_268: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_267 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_267], (0xffu << shift_268) ^ 0xffffffffu);
    }
    if (word_267 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_267], e4m3_bits(h3_ya5 / params.k_scale) << shift_268);
    }
    let word_269: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_270: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_269 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_269], (0xffu << shift_270) ^ 0xffffffffu);
    }
    if (word_269 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_269], e4m3_bits(h3_ya6 / params.k_scale) << shift_270);
    }
    let word_271: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_272: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_271 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_271], (0xffu << shift_272) ^ 0xffffffffu);
    }
    if (word_271 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_271], e4m3_bits(h3_ya7 / params.k_scale) << shift_272);
    }
    let word_273: u32 = (h3co + ki * 8u) >> 2u;
    let shift_274: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_273 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_273], (0xffu << shift_274) ^ 0xffffffffu);
    }
    if (word_273 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_273], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_274);
    }
    let word_275: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_276: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_275 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_275], (0xffu << shift_276) ^ 0xffffffffu);
    }
    if (word_275 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_275], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_276);
    }
    let word_277: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_278: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_277 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_277], (0xffu << shift_278) ^ 0xffffffffu);
    }
    if (word_277 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_277], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_278);
    }
    let word_279: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_280: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_279 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_279], (0xffu << shift_280) ^ 0xffffffffu);
    }
    if (word_279 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_279], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_280);
    }
    let word_281: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_282: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_281 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_281], (0xffu << shift_282) ^ 0xffffffffu);
    }
    if (word_281 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_281], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_282);
    }
    let word_283: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_284: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_283 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_283], (0xffu << shift_284) ^ 0xffffffffu);
    }
    if (word_283 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_283], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_284);
    }
    let word_285: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_286: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_285 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_285], (0xffu << shift_286) ^ 0xffffffffu);
    }
    if (word_285 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_285], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_286);
    }
    let word_287: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_288: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_287 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_287], (0xffu << shift_288) ^ 0xffffffffu);
    }
    if (word_287 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_287], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_288);
    }
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    let word_289: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_290: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_289 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_289], (0xffu << shift_290) ^ 0xffffffffu);
    }
    if (word_289 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_289], e4m3_bits(h3_yb0 / params.k_scale) << shift_290);
    }
    let word_291: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_292: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_291 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_291], (0xffu << shift_292) ^ 0xffffffffu);
    }
    if (word_291 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_291], e4m3_bits(h3_yb1 / params.k_scale) << shift_292);
    }
    let word_293: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_294: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_293 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_293], (0xffu << shift_294) ^ 0xffffffffu);
    }
    if (word_293 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_293], e4m3_bits(h3_yb2 / params.k_scale) << shift_294);
    }
    let word_295: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_296: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_295 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_295], (0xffu << shift_296) ^ 0xffffffffu);
    }
    if (word_295 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_295], e4m3_bits(h3_yb3 / params.k_scale) << shift_296);
    }
    let word_297: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_298: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_297 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_297], (0xffu << shift_298) ^ 0xffffffffu);
    }
    if (word_297 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_297], e4m3_bits(h3_yb4 / params.k_scale) << shift_298);
    }
    let word_299: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_300: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_299 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_299], (0xffu << shift_300) ^ 0xffffffffu);
    }
    if (word_299 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_299], e4m3_bits(h3_yb5 / params.k_scale) << shift_300);
    }
    let word_301: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_302: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_301 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_301], (0xffu << shift_302) ^ 0xffffffffu);
    }
    if (word_301 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_301], e4m3_bits(h3_yb6 / params.k_scale) << shift_302);
    }
    let word_303: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_304: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_303 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_303], (0xffu << shift_304) ^ 0xffffffffu);
    }
    if (word_303 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_303], e4m3_bits(h3_yb7 / params.k_scale) << shift_304);
    }
    let word_305: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_306: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_305 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_305], (0xffu << shift_306) ^ 0xffffffffu);
    }
    if (word_305 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_305], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_306);
    }
    let word_307: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_308: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_307 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_307], (0xffu << shift_308) ^ 0xffffffffu);
    }
    if (word_307 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_307], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_308);
    }
    let word_309: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_310: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_309 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_309], (0xffu << shift_310) ^ 0xffffffffu);
    }
    if (word_309 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_309], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_310);
    }
    let word_311: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_312: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_311 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_311], (0xffu << shift_312) ^ 0xffffffffu);
    }
    if (word_311 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_311], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_312);
    }
    let word_313: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_314: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_313 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_313], (0xffu << shift_314) ^ 0xffffffffu);
    }
    if (word_313 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_313], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_314);
    }
    let word_315: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_316: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_315 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_315], (0xffu << shift_316) ^ 0xffffffffu);
    }
    if (word_315 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_315], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_316);
    }
    let word_317: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_318: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_317 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_317], (0xffu << shift_318) ^ 0xffffffffu);
    }
    if (word_317 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_317], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_318);
    }
    let word_319: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_320: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_319 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_319], (0xffu << shift_320) ^ 0xffffffffu);
    }
    if (word_319 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_319], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_320);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), every q head (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), every k head (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = kw0;
    }
    if (stored) {
      let word_321: u32 = (co + ki * 8u) >> 2u;
      let shift_322: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_321 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_321], (0xffu << shift_322) ^ 0xffffffffu);
      }
      if (word_321 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_321], e4m3_bits(ya0 / params.k_scale) << shift_322);
      }
      let word_323: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_324: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_323 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_323], (0xffu << shift_324) ^ 0xffffffffu);
      }
      if (word_323 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_323], e4m3_bits(ya1 / params.k_scale) << shift_324);
      }
      let word_325: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_326: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_325 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_325], (0xffu << shift_326) ^ 0xffffffffu);
      }
      if (word_325 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_325], e4m3_bits(ya2 / params.k_scale) << shift_326);
      }
      let word_327: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_328: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_327 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_327], (0xffu << shift_328) ^ 0xffffffffu);
      }
      if (word_327 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_327], e4m3_bits(ya3 / params.k_scale) << shift_328);
      }
      let word_329: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_330: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_329 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_329], (0xffu << shift_330) ^ 0xffffffffu);
      }
      if (word_329 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_329], e4m3_bits(ya4 / params.k_scale) << shift_330);
      }
      let word_331: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_332: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_331 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_331], (0xffu << shift_332) ^ 0xffffffffu);
      }
      if (word_331 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_331], e4m3_bits(ya5 / params.k_scale) << shift_332);
      }
      let word_333: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_334: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_333 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_333], (0xffu << shift_334) ^ 0xffffffffu);
      }
      if (word_333 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_333], e4m3_bits(ya6 / params.k_scale) << shift_334);
      }
      let word_335: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_336: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_335 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_335], (0xffu << shift_336) ^ 0xffffffffu);
      }
      if (word_335 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_335], e4m3_bits(ya7 / params.k_scale) << shift_336);
      }
      let word_337: u32 = (co + ki * 8u) >> 2u;
      let shift_338: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_337 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_337], (0xffu << shift_338) ^ 0xffffffffu);
      }
      if (word_337 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_337], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_338);
      }
      let word_339: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_340: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_339 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_339], (0xffu << shift_340) ^ 0xffffffffu);
      }
      if (word_339 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_339], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_340);
      }
      let word_341: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_342: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_341 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_341], (0xffu << shift_342) ^ 0xffffffffu);
      }
      if (word_341 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_341], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_342);
      }
      let word_343: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_344: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_343 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_343], (0xffu << shift_344) ^ 0xffffffffu);
      }
      if (word_343 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_343], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_344);
      }
      let word_345: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_346: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_345 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_345], (0xffu << shift_346) ^ 0xffffffffu);
      }
      if (word_345 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_345], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_346);
      }
      let word_347: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_348: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_347 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_347], (0xffu << shift_348) ^ 0xffffffffu);
      }
      if (word_347 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_347], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_348);
      }
      let word_349: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_350: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_349 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_349], (0xffu << shift_350) ^ 0xffffffffu);
      }
      if (word_349 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_349], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_350);
      }
      let word_351: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_352: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_351 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_351], (0xffu << shift_352) ^ 0xffffffffu);
      }
      if (word_351 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_351], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_352);
      }
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      let word_353: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_354: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_353 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_353], (0xffu << shift_354) ^ 0xffffffffu);
      }
      if (word_353 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_353], e4m3_bits(yb0 / params.k_scale) << shift_354);
      }
      let word_355: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_356: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_355 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_355], (0xffu << shift_356) ^ 0xffffffffu);
      }
      if (word_355 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_355], e4m3_bits(yb1 / params.k_scale) << shift_356);
      }
      let word_357: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_358: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_357 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_357], (0xffu << shift_358) ^ 0xffffffffu);
      }
      if (word_357 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_357], e4m3_bits(yb2 / params.k_scale) << shift_358);
      }
      let word_359: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_360: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_359 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_359], (0xffu << shift_360) ^ 0xffffffffu);
      }
      if (word_359 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_359], e4m3_bits(yb3 / params.k_scale) << shift_360);
      }
      let word_361: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_362: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_361 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_361], (0xffu << shift_362) ^ 0xffffffffu);
      }
      if (word_361 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_361], e4m3_bits(yb4 / params.k_scale) << shift_362);
      }
      let word_363: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_364: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_363 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_363], (0xffu << shift_364) ^ 0xffffffffu);
      }
      if (word_363 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_363], e4m3_bits(yb5 / params.k_scale) << shift_364);
      }
      let word_365: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_366: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_365 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_365], (0xffu << shift_366) ^ 0xffffffffu);
      }
      if (word_365 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_365], e4m3_bits(yb6 / params.k_scale) << shift_366);
      }
      let word_367: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_368: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_367 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_367], (0xffu << shift_368) ^ 0xffffffffu);
      }
      if (word_367 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_367], e4m3_bits(yb7 / params.k_scale) << shift_368);
      }
      let word_369: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_370: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_369 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_369], (0xffu << shift_370) ^ 0xffffffffu);
      }
      if (word_369 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_369], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_370);
      }
      let word_371: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_372: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_371 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_371], (0xffu << shift_372) ^ 0xffffffffu);
      }
      if (word_371 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_371], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_372);
      }
      let word_373: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_374: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_373 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_373], (0xffu << shift_374) ^ 0xffffffffu);
      }
      if (word_373 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_373], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_374);
      }
      let word_375: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_376: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_375 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_375], (0xffu << shift_376) ^ 0xffffffffu);
      }
      if (word_375 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_375], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_376);
      }
      let word_377: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_378: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_377 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_377], (0xffu << shift_378) ^ 0xffffffffu);
      }
      if (word_377 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_377], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_378);
      }
      let word_379: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_380: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_379 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_379], (0xffu << shift_380) ^ 0xffffffffu);
      }
      if (word_379 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_379], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_380);
      }
      let word_381: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_382: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_381 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_381], (0xffu << shift_382) ^ 0xffffffffu);
      }
      if (word_381 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_381], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_382);
      }
      let word_383: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_384: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_383 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_383], (0xffu << shift_384) ^ 0xffffffffu);
      }
      if (word_383 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_383], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_384);
      }
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = kw0;
  }
  if (stored) {
    let word_385: u32 = (co + ki * 8u) >> 2u;
    let shift_386: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_385 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_385], (0xffu << shift_386) ^ 0xffffffffu);
    }
    if (word_385 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_385], e4m3_bits(ya0 / params.k_scale) << shift_386);
    }
    let word_387: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_388: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_387 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_387], (0xffu << shift_388) ^ 0xffffffffu);
    }
    if (word_387 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_387], e4m3_bits(ya1 / params.k_scale) << shift_388);
    }
    let word_389: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_390: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_389 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_389], (0xffu << shift_390) ^ 0xffffffffu);
    }
    if (word_389 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_389], e4m3_bits(ya2 / params.k_scale) << shift_390);
    }
    let word_391: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_392: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_391 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_391], (0xffu << shift_392) ^ 0xffffffffu);
    }
    if (word_391 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_391], e4m3_bits(ya3 / params.k_scale) << shift_392);
    }
    let word_393: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_394: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_393 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_393], (0xffu << shift_394) ^ 0xffffffffu);
    }
    if (word_393 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_393], e4m3_bits(ya4 / params.k_scale) << shift_394);
    }
    let word_395: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_396: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_395 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_395], (0xffu << shift_396) ^ 0xffffffffu);
    }
    if (word_395 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_395], e4m3_bits(ya5 / params.k_scale) << shift_396);
    }
    let word_397: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_398: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_397 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_397], (0xffu << shift_398) ^ 0xffffffffu);
    }
    if (word_397 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_397], e4m3_bits(ya6 / params.k_scale) << shift_398);
    }
    let word_399: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_400: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_399 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_399], (0xffu << shift_400) ^ 0xffffffffu);
    }
    if (word_399 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_399], e4m3_bits(ya7 / params.k_scale) << shift_400);
    }
    let word_401: u32 = (co + ki * 8u) >> 2u;
    let shift_402: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_401 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_401], (0xffu << shift_402) ^ 0xffffffffu);
    }
    if (word_401 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_401], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_402);
    }
    let word_403: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_404: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_403 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_403], (0xffu << shift_404) ^ 0xffffffffu);
    }
    if (word_403 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_403], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_404);
    }
    let word_405: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_406: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_405 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_405], (0xffu << shift_406) ^ 0xffffffffu);
    }
    if (word_405 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_405], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_406);
    }
    let word_407: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_408: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_407 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_407], (0xffu << shift_408) ^ 0xffffffffu);
    }
    if (word_407 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_407], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_408);
    }
    let word_409: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_410: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_409 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_409], (0xffu << shift_410) ^ 0xffffffffu);
    }
    if (word_409 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_409], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_410);
    }
    let word_411: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_412: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_411 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_411], (0xffu << shift_412) ^ 0xffffffffu);
    }
    if (word_411 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_411], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_412);
    }
    let word_413: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_414: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_413 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_413], (0xffu << shift_414) ^ 0xffffffffu);
    }
    if (word_413 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_413], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_414);
    }
    let word_415: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_416: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_415 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_415], (0xffu << shift_416) ^ 0xffffffffu);
    }
    if (word_415 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_415], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_416);
    }
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    let word_417: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_418: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_417 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_417], (0xffu << shift_418) ^ 0xffffffffu);
    }
    if (word_417 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_417], e4m3_bits(yb0 / params.k_scale) << shift_418);
    }
    let word_419: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_420: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_419 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_419], (0xffu << shift_420) ^ 0xffffffffu);
    }
    if (word_419 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_419], e4m3_bits(yb1 / params.k_scale) << shift_420);
    }
    let word_421: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_422: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_421 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_421], (0xffu << shift_422) ^ 0xffffffffu);
    }
    if (word_421 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_421], e4m3_bits(yb2 / params.k_scale) << shift_422);
    }
    let word_423: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_424: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_423 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_423], (0xffu << shift_424) ^ 0xffffffffu);
    }
    if (word_423 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_423], e4m3_bits(yb3 / params.k_scale) << shift_424);
    }
    let word_425: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_426: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_425 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_425], (0xffu << shift_426) ^ 0xffffffffu);
    }
    if (word_425 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_425], e4m3_bits(yb4 / params.k_scale) << shift_426);
    }
    let word_427: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_428: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_427 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_427], (0xffu << shift_428) ^ 0xffffffffu);
    }
    if (word_427 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_427], e4m3_bits(yb5 / params.k_scale) << shift_428);
    }
    let word_429: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_430: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_429 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_429], (0xffu << shift_430) ^ 0xffffffffu);
    }
    if (word_429 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_429], e4m3_bits(yb6 / params.k_scale) << shift_430);
    }
    let word_431: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_432: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_431 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_431], (0xffu << shift_432) ^ 0xffffffffu);
    }
    if (word_431 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_431], e4m3_bits(yb7 / params.k_scale) << shift_432);
    }
    let word_433: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_434: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_433 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_433], (0xffu << shift_434) ^ 0xffffffffu);
    }
    if (word_433 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_433], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_434);
    }
    let word_435: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_436: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_435 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_435], (0xffu << shift_436) ^ 0xffffffffu);
    }
    if (word_435 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_435], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_436);
    }
    let word_437: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_438: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_437 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_437], (0xffu << shift_438) ^ 0xffffffffu);
    }
    if (word_437 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_437], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_438);
    }
    let word_439: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_440: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_439 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_439], (0xffu << shift_440) ^ 0xffffffffu);
    }
    if (word_439 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_439], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_440);
    }
    let word_441: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_442: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_441 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_441], (0xffu << shift_442) ^ 0xffffffffu);
    }
    if (word_441 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_441], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_442);
    }
    let word_443: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_444: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_443 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_443], (0xffu << shift_444) ^ 0xffffffffu);
    }
    if (word_443 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_443], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_444);
    }
    let word_445: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_446: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_445 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_445], (0xffu << shift_446) ^ 0xffffffffu);
    }
    if (word_445 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_445], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_446);
    }
    let word_447: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_448: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_447 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_447], (0xffu << shift_448) ^ 0xffffffffu);
    }
    if (word_447 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_447], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_448);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let h0_xav: vec4<u32> = read_k_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_k_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let h1_xav: vec4<u32> = read_k_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_k_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let h2_xav: vec4<u32> = read_k_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_k_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h3_xav: vec4<u32> = read_k_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_k_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  let h0kw0: vec4<u32> = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = h0kw0;
  }
  if (stored) {
    let word_449: u32 = (h0co + ki * 8u) >> 2u;
    let shift_450: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_449 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_449], (0xffu << shift_450) ^ 0xffffffffu);
    }
    if (word_449 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_449], e4m3_bits(h0_ya0 / params.k_scale) << shift_450);
    }
    let word_451: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_452: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_451 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_451], (0xffu << shift_452) ^ 0xffffffffu);
    }
    if (word_451 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_451], e4m3_bits(h0_ya1 / params.k_scale) << shift_452);
    }
    let word_453: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_454: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_453 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_453], (0xffu << shift_454) ^ 0xffffffffu);
    }
    if (word_453 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_453], e4m3_bits(h0_ya2 / params.k_scale) << shift_454);
    }
    let word_455: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_456: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_455 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_455], (0xffu << shift_456) ^ 0xffffffffu);
    }
    if (word_455 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_455], e4m3_bits(h0_ya3 / params.k_scale) << shift_456);
    }
    let word_457: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_458: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_457 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_457], (0xffu << shift_458) ^ 0xffffffffu);
    }
    if (word_457 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_457], e4m3_bits(h0_ya4 / params.k_scale) << shift_458);
    }
    let word_459: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_460: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_459 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_459], (0xffu << shift_460) ^ 0xffffffffu);
    }
    if (word_459 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_459], e4m3_bits(h0_ya5 / params.k_scale) << shift_460);
    }
    let word_461: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_462: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_461 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_461], (0xffu << shift_462) ^ 0xffffffffu);
    }
    if (word_461 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_461], e4m3_bits(h0_ya6 / params.k_scale) << shift_462);
    }
    let word_463: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_464: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_463 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_463], (0xffu << shift_464) ^ 0xffffffffu);
    }
    if (word_463 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_463], e4m3_bits(h0_ya7 / params.k_scale) << shift_464);
    }
    let word_465: u32 = (h0co + ki * 8u) >> 2u;
    let shift_466: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_465 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_465], (0xffu << shift_466) ^ 0xffffffffu);
    }
    if (word_465 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_465], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_466);
    }
    let word_467: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_468: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_467 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_467], (0xffu << shift_468) ^ 0xffffffffu);
    }
    if (word_467 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_467], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_468);
    }
    let word_469: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_470: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_469 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_469], (0xffu << shift_470) ^ 0xffffffffu);
    }
    if (word_469 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_469], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_470);
    }
    let word_471: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_472: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_471 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_471], (0xffu << shift_472) ^ 0xffffffffu);
    }
    if (word_471 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_471], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_472);
    }
    let word_473: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_474: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_473 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_473], (0xffu << shift_474) ^ 0xffffffffu);
    }
    if (word_473 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_473], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_474);
    }
    let word_475: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_476: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_475 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_475], (0xffu << shift_476) ^ 0xffffffffu);
    }
    if (word_475 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_475], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_476);
    }
    let word_477: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_478: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_477 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_477], (0xffu << shift_478) ^ 0xffffffffu);
    }
    if (word_477 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_477], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_478);
    }
    let word_479: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_480: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_479 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_479], (0xffu << shift_480) ^ 0xffffffffu);
    }
    if (word_479 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_479], e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_480);
    }
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    let word_481: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_482: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_481 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_481], (0xffu << shift_482) ^ 0xffffffffu);
    }
    if (word_481 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_481], e4m3_bits(h0_yb0 / params.k_scale) << shift_482);
    }
    let word_483: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_484: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_483 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_483], (0xffu << shift_484) ^ 0xffffffffu);
    }
    if (word_483 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_483], e4m3_bits(h0_yb1 / params.k_scale) << shift_484);
    }
    let word_485: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_486: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_485 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_485], (0xffu << shift_486) ^ 0xffffffffu);
    }
    if (word_485 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_485], e4m3_bits(h0_yb2 / params.k_scale) << shift_486);
    }
    let word_487: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_488: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_487 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_487], (0xffu << shift_488) ^ 0xffffffffu);
    }
    if (word_487 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_487], e4m3_bits(h0_yb3 / params.k_scale) << shift_488);
    }
    let word_489: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_490: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_489 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_489], (0xffu << shift_490) ^ 0xffffffffu);
    }
    if (word_489 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_489], e4m3_bits(h0_yb4 / params.k_scale) << shift_490);
    }
    let word_491: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_492: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_491 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_491], (0xffu << shift_492) ^ 0xffffffffu);
    }
    if (word_491 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_491], e4m3_bits(h0_yb5 / params.k_scale) << shift_492);
    }
    let word_493: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_494: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_493 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_493], (0xffu << shift_494) ^ 0xffffffffu);
    }
    if (word_493 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_493], e4m3_bits(h0_yb6 / params.k_scale) << shift_494);
    }
    let word_495: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_496: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_495 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_495], (0xffu << shift_496) ^ 0xffffffffu);
    }
    if (word_495 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_495], e4m3_bits(h0_yb7 / params.k_scale) << shift_496);
    }
    let word_497: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_498: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_497 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_497], (0xffu << shift_498) ^ 0xffffffffu);
    }
    if (word_497 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_497], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_498);
    }
    let word_499: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_500: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_499 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_499], (0xffu << shift_500) ^ 0xffffffffu);
    }
    if (word_499 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_499], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_500);
    }
    let word_501: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_502: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_501 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_501], (0xffu << shift_502) ^ 0xffffffffu);
    }
    if (word_501 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_501], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_502);
    }
    let word_503: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_504: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_503 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_503], (0xffu << shift_504) ^ 0xffffffffu);
    }
    if (word_503 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_503], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_504);
    }
    let word_505: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_506: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_505 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_505], (0xffu << shift_506) ^ 0xffffffffu);
    }
    if (word_505 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_505], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_506);
    }
    let word_507: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_508: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_507 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_507], (0xffu << shift_508) ^ 0xffffffffu);
    }
    if (word_507 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_507], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_508);
    }
    let word_509: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_510: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_509 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_509], (0xffu << shift_510) ^ 0xffffffffu);
    }
    if (word_509 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_509], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_510);
    }
    let word_511: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_512: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_511 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_511], (0xffu << shift_512) ^ 0xffffffffu);
    }
    if (word_511 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_511], e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_512);
    }
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  let h1kw0: vec4<u32> = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = h1kw0;
  }
  if (stored) {
    let word_513: u32 = (h1co + ki * 8u) >> 2u;
    let shift_514: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_513 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_513], (0xffu << shift_514) ^ 0xffffffffu);
    }
    if (word_513 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_513], e4m3_bits(h1_ya0 / params.k_scale) << shift_514);
    }
    let word_515: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_516: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_515 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_515], (0xffu << shift_516) ^ 0xffffffffu);
    }
    if (word_515 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_515], e4m3_bits(h1_ya1 / params.k_scale) << shift_516);
    }
    let word_517: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_518: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_517 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_517], (0xffu << shift_518) ^ 0xffffffffu);
    }
    if (word_517 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_517], e4m3_bits(h1_ya2 / params.k_scale) << shift_518);
    }
    let word_519: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_520: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_519 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_519], (0xffu << shift_520) ^ 0xffffffffu);
    }
    if (word_519 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_519], e4m3_bits(h1_ya3 / params.k_scale) << shift_520);
    }
    let word_521: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_522: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_521 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_521], (0xffu << shift_522) ^ 0xffffffffu);
    }
    if (word_521 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_521], e4m3_bits(h1_ya4 / params.k_scale) << shift_522);
    }
    let word_523: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_524: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_523 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_523], (0xffu << shift_524) ^ 0xffffffffu);
    }
    if (word_523 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_523], e4m3_bits(h1_ya5 / params.k_scale) << shift_524);
    }
    let word_525: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_526: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_525 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_525], (0xffu << shift_526) ^ 0xffffffffu);
    }
    if (word_525 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_525], e4m3_bits(h1_ya6 / params.k_scale) << shift_526);
    }
    let word_527: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_528: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_527 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_527], (0xffu << shift_528) ^ 0xffffffffu);
    }
    if (word_527 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_527], e4m3_bits(h1_ya7 / params.k_scale) << shift_528);
    }
    let word_529: u32 = (h1co + ki * 8u) >> 2u;
    let shift_530: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_529 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_529], (0xffu << shift_530) ^ 0xffffffffu);
    }
    if (word_529 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_529], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_530);
    }
    let word_531: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_532: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_531 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_531], (0xffu << shift_532) ^ 0xffffffffu);
    }
    if (word_531 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_531], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_532);
    }
    let word_533: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_534: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_533 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_533], (0xffu << shift_534) ^ 0xffffffffu);
    }
    if (word_533 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_533], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_534);
    }
    let word_535: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_536: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_535 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_535], (0xffu << shift_536) ^ 0xffffffffu);
    }
    if (word_535 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_535], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_536);
    }
    let word_537: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_538: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_537 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_537], (0xffu << shift_538) ^ 0xffffffffu);
    }
    if (word_537 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_537], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_538);
    }
    let word_539: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_540: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_539 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_539], (0xffu << shift_540) ^ 0xffffffffu);
    }
    if (word_539 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_539], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_540);
    }
    let word_541: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_542: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_541 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_541], (0xffu << shift_542) ^ 0xffffffffu);
    }
    if (word_541 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_541], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_542);
    }
    let word_543: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_544: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_543 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_543], (0xffu << shift_544) ^ 0xffffffffu);
    }
    if (word_543 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_543], e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_544);
    }
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    let word_545: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_546: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_545 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_545], (0xffu << shift_546) ^ 0xffffffffu);
    }
    if (word_545 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_545], e4m3_bits(h1_yb0 / params.k_scale) << shift_546);
    }
    let word_547: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_548: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_547 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_547], (0xffu << shift_548) ^ 0xffffffffu);
    }
    if (word_547 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_547], e4m3_bits(h1_yb1 / params.k_scale) << shift_548);
    }
    let word_549: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_550: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_549 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_549], (0xffu << shift_550) ^ 0xffffffffu);
    }
    if (word_549 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_549], e4m3_bits(h1_yb2 / params.k_scale) << shift_550);
    }
    let word_551: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_552: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_551 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_551], (0xffu << shift_552) ^ 0xffffffffu);
    }
    if (word_551 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_551], e4m3_bits(h1_yb3 / params.k_scale) << shift_552);
    }
    let word_553: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_554: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_553 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_553], (0xffu << shift_554) ^ 0xffffffffu);
    }
    if (word_553 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_553], e4m3_bits(h1_yb4 / params.k_scale) << shift_554);
    }
    let word_555: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_556: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_555 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_555], (0xffu << shift_556) ^ 0xffffffffu);
    }
    if (word_555 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_555], e4m3_bits(h1_yb5 / params.k_scale) << shift_556);
    }
    let word_557: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_558: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_557 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_557], (0xffu << shift_558) ^ 0xffffffffu);
    }
    if (word_557 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_557], e4m3_bits(h1_yb6 / params.k_scale) << shift_558);
    }
    let word_559: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_560: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_559 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_559], (0xffu << shift_560) ^ 0xffffffffu);
    }
    if (word_559 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_559], e4m3_bits(h1_yb7 / params.k_scale) << shift_560);
    }
    let word_561: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_562: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_561 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_561], (0xffu << shift_562) ^ 0xffffffffu);
    }
    if (word_561 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_561], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_562);
    }
    let word_563: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_564: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_563 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_563], (0xffu << shift_564) ^ 0xffffffffu);
    }
    if (word_563 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_563], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_564);
    }
    let word_565: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_566: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_565 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_565], (0xffu << shift_566) ^ 0xffffffffu);
    }
    if (word_565 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_565], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_566);
    }
    let word_567: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_568: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_567 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_567], (0xffu << shift_568) ^ 0xffffffffu);
    }
    if (word_567 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_567], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_568);
    }
    let word_569: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_570: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_569 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_569], (0xffu << shift_570) ^ 0xffffffffu);
    }
    if (word_569 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_569], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_570);
    }
    let word_571: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_572: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_571 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_571], (0xffu << shift_572) ^ 0xffffffffu);
    }
    if (word_571 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_571], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_572);
    }
    let word_573: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_574: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_573 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_573], (0xffu << shift_574) ^ 0xffffffffu);
    }
    if (word_573 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_573], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_574);
    }
    let word_575: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_576: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_575 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_575], (0xffu << shift_576) ^ 0xffffffffu);
    }
    if (word_575 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_575], e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_576);
    }
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  let h2kw0: vec4<u32> = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = h2kw0;
  }
  if (stored) {
    let word_577: u32 = (h2co + ki * 8u) >> 2u;
    let shift_578: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_577 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_577], (0xffu << shift_578) ^ 0xffffffffu);
    }
    if (word_577 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_577], e4m3_bits(h2_ya0 / params.k_scale) << shift_578);
    }
    let word_579: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_580: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_579 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_579], (0xffu << shift_580) ^ 0xffffffffu);
    }
    if (word_579 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_579], e4m3_bits(h2_ya1 / params.k_scale) << shift_580);
    }
    let word_581: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_582: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_581 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_581], (0xffu << shift_582) ^ 0xffffffffu);
    }
    if (word_581 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_581], e4m3_bits(h2_ya2 / params.k_scale) << shift_582);
    }
    let word_583: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_584: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_583 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_583], (0xffu << shift_584) ^ 0xffffffffu);
    }
    if (word_583 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_583], e4m3_bits(h2_ya3 / params.k_scale) << shift_584);
    }
    let word_585: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_586: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_585 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_585], (0xffu << shift_586) ^ 0xffffffffu);
    }
    if (word_585 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_585], e4m3_bits(h2_ya4 / params.k_scale) << shift_586);
    }
    let word_587: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_588: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_587 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_587], (0xffu << shift_588) ^ 0xffffffffu);
    }
    if (word_587 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_587], e4m3_bits(h2_ya5 / params.k_scale) << shift_588);
    }
    let word_589: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_590: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_589 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_589], (0xffu << shift_590) ^ 0xffffffffu);
    }
    if (word_589 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_589], e4m3_bits(h2_ya6 / params.k_scale) << shift_590);
    }
    let word_591: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_592: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_591 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_591], (0xffu << shift_592) ^ 0xffffffffu);
    }
    if (word_591 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_591], e4m3_bits(h2_ya7 / params.k_scale) << shift_592);
    }
    let word_593: u32 = (h2co + ki * 8u) >> 2u;
    let shift_594: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_593 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_593], (0xffu << shift_594) ^ 0xffffffffu);
    }
    if (word_593 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_593], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_594);
    }
    let word_595: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_596: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_595 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_595], (0xffu << shift_596) ^ 0xffffffffu);
    }
    if (word_595 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_595], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_596);
    }
    let word_597: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_598: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_597 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_597], (0xffu << shift_598) ^ 0xffffffffu);
    }
    if (word_597 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_597], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_598);
    }
    let word_599: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_600: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_599 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_599], (0xffu << shift_600) ^ 0xffffffffu);
    }
    if (word_599 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_599], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_600);
    }
    let word_601: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_602: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_601 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_601], (0xffu << shift_602) ^ 0xffffffffu);
    }
    if (word_601 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_601], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_602);
    }
    let word_603: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_604: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_603 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_603], (0xffu << shift_604) ^ 0xffffffffu);
    }
    if (word_603 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_603], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_604);
    }
    let word_605: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_606: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_605 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_605], (0xffu << shift_606) ^ 0xffffffffu);
    }
    if (word_605 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_605], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_606);
    }
    let word_607: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_608: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_607 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_607], (0xffu << shift_608) ^ 0xffffffffu);
    }
    if (word_607 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_607], e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_608);
    }
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    let word_609: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_610: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_609 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_609], (0xffu << shift_610) ^ 0xffffffffu);
    }
    if (word_609 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_609], e4m3_bits(h2_yb0 / params.k_scale) << shift_610);
    }
    let word_611: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_612: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_611 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_611], (0xffu << shift_612) ^ 0xffffffffu);
    }
    if (word_611 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_611], e4m3_bits(h2_yb1 / params.k_scale) << shift_612);
    }
    let word_613: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_614: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_613 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_613], (0xffu << shift_614) ^ 0xffffffffu);
    }
    if (word_613 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_613], e4m3_bits(h2_yb2 / params.k_scale) << shift_614);
    }
    let word_615: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_616: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_615 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_615], (0xffu << shift_616) ^ 0xffffffffu);
    }
    if (word_615 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_615], e4m3_bits(h2_yb3 / params.k_scale) << shift_616);
    }
    let word_617: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_618: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_617 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_617], (0xffu << shift_618) ^ 0xffffffffu);
    }
    if (word_617 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_617], e4m3_bits(h2_yb4 / params.k_scale) << shift_618);
    }
    let word_619: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_620: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_619 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_619], (0xffu << shift_620) ^ 0xffffffffu);
    }
    if (word_619 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_619], e4m3_bits(h2_yb5 / params.k_scale) << shift_620);
    }
    let word_621: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_622: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_621 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_621], (0xffu << shift_622) ^ 0xffffffffu);
    }
    if (word_621 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_621], e4m3_bits(h2_yb6 / params.k_scale) << shift_622);
    }
    let word_623: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_624: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_623 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_623], (0xffu << shift_624) ^ 0xffffffffu);
    }
    if (word_623 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_623], e4m3_bits(h2_yb7 / params.k_scale) << shift_624);
    }
    let word_625: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_626: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_625 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_625], (0xffu << shift_626) ^ 0xffffffffu);
    }
    if (word_625 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_625], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_626);
    }
    let word_627: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_628: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_627 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_627], (0xffu << shift_628) ^ 0xffffffffu);
    }
    if (word_627 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_627], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_628);
    }
    let word_629: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_630: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_629 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_629], (0xffu << shift_630) ^ 0xffffffffu);
    }
    if (word_629 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_629], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_630);
    }
    let word_631: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_632: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_631 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_631], (0xffu << shift_632) ^ 0xffffffffu);
    }
    if (word_631 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_631], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_632);
    }
    let word_633: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_634: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_633 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_633], (0xffu << shift_634) ^ 0xffffffffu);
    }
    if (word_633 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_633], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_634);
    }
    let word_635: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_636: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_635 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_635], (0xffu << shift_636) ^ 0xffffffffu);
    }
    if (word_635 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_635], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_636);
    }
    let word_637: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_638: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_637 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_637], (0xffu << shift_638) ^ 0xffffffffu);
    }
    if (word_637 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_637], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_638);
    }
    let word_639: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_640: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_639 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_639], (0xffu << shift_640) ^ 0xffffffffu);
    }
    if (word_639 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_639], e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_640);
    }
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  let h3kw0: vec4<u32> = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = h3kw0;
  }
  if (stored) {
    let word_641: u32 = (h3co + ki * 8u) >> 2u;
    let shift_642: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_641 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_641], (0xffu << shift_642) ^ 0xffffffffu);
    }
    if (word_641 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_641], e4m3_bits(h3_ya0 / params.k_scale) << shift_642);
    }
    let word_643: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_644: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_643 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_643], (0xffu << shift_644) ^ 0xffffffffu);
    }
    if (word_643 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_643], e4m3_bits(h3_ya1 / params.k_scale) << shift_644);
    }
    let word_645: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_646: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_645 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_645], (0xffu << shift_646) ^ 0xffffffffu);
    }
    if (word_645 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_645], e4m3_bits(h3_ya2 / params.k_scale) << shift_646);
    }
    let word_647: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_648: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_647 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_647], (0xffu << shift_648) ^ 0xffffffffu);
    }
    if (word_647 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_647], e4m3_bits(h3_ya3 / params.k_scale) << shift_648);
    }
    let word_649: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_650: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_649 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_649], (0xffu << shift_650) ^ 0xffffffffu);
    }
    if (word_649 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_649], e4m3_bits(h3_ya4 / params.k_scale) << shift_650);
    }
    let word_651: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_652: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_651 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_651], (0xffu << shift_652) ^ 0xffffffffu);
    }
    if (word_651 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_651], e4m3_bits(h3_ya5 / params.k_scale) << shift_652);
    }
    let word_653: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_654: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_653 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_653], (0xffu << shift_654) ^ 0xffffffffu);
    }
    if (word_653 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_653], e4m3_bits(h3_ya6 / params.k_scale) << shift_654);
    }
    let word_655: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_656: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_655 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_655], (0xffu << shift_656) ^ 0xffffffffu);
    }
    if (word_655 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_655], e4m3_bits(h3_ya7 / params.k_scale) << shift_656);
    }
    let word_657: u32 = (h3co + ki * 8u) >> 2u;
    let shift_658: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_657 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_657], (0xffu << shift_658) ^ 0xffffffffu);
    }
    if (word_657 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_657], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_658);
    }
    let word_659: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_660: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_659 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_659], (0xffu << shift_660) ^ 0xffffffffu);
    }
    if (word_659 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_659], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_660);
    }
    let word_661: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_662: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_661 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_661], (0xffu << shift_662) ^ 0xffffffffu);
    }
    if (word_661 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_661], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_662);
    }
    let word_663: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_664: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_663 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_663], (0xffu << shift_664) ^ 0xffffffffu);
    }
    if (word_663 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_663], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_664);
    }
    let word_665: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_666: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_665 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_665], (0xffu << shift_666) ^ 0xffffffffu);
    }
    if (word_665 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_665], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_666);
    }
    let word_667: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_668: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_667 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_667], (0xffu << shift_668) ^ 0xffffffffu);
    }
    if (word_667 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_667], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_668);
    }
    let word_669: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_670: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_669 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_669], (0xffu << shift_670) ^ 0xffffffffu);
    }
    if (word_669 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_669], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_670);
    }
    let word_671: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_672: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_671 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_671], (0xffu << shift_672) ^ 0xffffffffu);
    }
    if (word_671 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_671], e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_672);
    }
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    let word_673: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_674: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_673 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_673], (0xffu << shift_674) ^ 0xffffffffu);
    }
    if (word_673 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_673], e4m3_bits(h3_yb0 / params.k_scale) << shift_674);
    }
    let word_675: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_676: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_675 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_675], (0xffu << shift_676) ^ 0xffffffffu);
    }
    if (word_675 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_675], e4m3_bits(h3_yb1 / params.k_scale) << shift_676);
    }
    let word_677: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_678: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_677 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_677], (0xffu << shift_678) ^ 0xffffffffu);
    }
    if (word_677 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_677], e4m3_bits(h3_yb2 / params.k_scale) << shift_678);
    }
    let word_679: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_680: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_679 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_679], (0xffu << shift_680) ^ 0xffffffffu);
    }
    if (word_679 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_679], e4m3_bits(h3_yb3 / params.k_scale) << shift_680);
    }
    let word_681: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_682: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_681 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_681], (0xffu << shift_682) ^ 0xffffffffu);
    }
    if (word_681 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_681], e4m3_bits(h3_yb4 / params.k_scale) << shift_682);
    }
    let word_683: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_684: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_683 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_683], (0xffu << shift_684) ^ 0xffffffffu);
    }
    if (word_683 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_683], e4m3_bits(h3_yb5 / params.k_scale) << shift_684);
    }
    let word_685: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_686: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_685 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_685], (0xffu << shift_686) ^ 0xffffffffu);
    }
    if (word_685 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_685], e4m3_bits(h3_yb6 / params.k_scale) << shift_686);
    }
    let word_687: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_688: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_687 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_687], (0xffu << shift_688) ^ 0xffffffffu);
    }
    if (word_687 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_687], e4m3_bits(h3_yb7 / params.k_scale) << shift_688);
    }
    let word_689: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_690: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_689 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_689], (0xffu << shift_690) ^ 0xffffffffu);
    }
    if (word_689 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_689], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_690);
    }
    let word_691: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_692: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_691 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_691], (0xffu << shift_692) ^ 0xffffffffu);
    }
    if (word_691 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_691], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_692);
    }
    let word_693: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_694: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_693 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_693], (0xffu << shift_694) ^ 0xffffffffu);
    }
    if (word_693 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_693], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_694);
    }
    let word_695: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_696: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_695 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_695], (0xffu << shift_696) ^ 0xffffffffu);
    }
    if (word_695 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_695], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_696);
    }
    let word_697: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_698: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_697 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_697], (0xffu << shift_698) ^ 0xffffffffu);
    }
    if (word_697 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_697], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_698);
    }
    let word_699: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_700: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_699 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_699], (0xffu << shift_700) ^ 0xffffffffu);
    }
    if (word_699 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_699], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_700);
    }
    let word_701: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_702: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_701 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_701], (0xffu << shift_702) ^ 0xffffffffu);
    }
    if (word_701 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_701], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_702);
    }
    let word_703: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_704: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_703 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_703], (0xffu << shift_704) ^ 0xffffffffu);
    }
    if (word_703 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_703], e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_704);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = kw0;
    }
    if (stored) {
      let word_705: u32 = (co + ki * 8u) >> 2u;
      let shift_706: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_705 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_705], (0xffu << shift_706) ^ 0xffffffffu);
      }
      if (word_705 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_705], e4m3_bits(ya0 / params.k_scale) << shift_706);
      }
      let word_707: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_708: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_707 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_707], (0xffu << shift_708) ^ 0xffffffffu);
      }
      if (word_707 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_707], e4m3_bits(ya1 / params.k_scale) << shift_708);
      }
      let word_709: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_710: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_709 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_709], (0xffu << shift_710) ^ 0xffffffffu);
      }
      if (word_709 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_709], e4m3_bits(ya2 / params.k_scale) << shift_710);
      }
      let word_711: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_712: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_711 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_711], (0xffu << shift_712) ^ 0xffffffffu);
      }
      if (word_711 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_711], e4m3_bits(ya3 / params.k_scale) << shift_712);
      }
      let word_713: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_714: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_713 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_713], (0xffu << shift_714) ^ 0xffffffffu);
      }
      if (word_713 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_713], e4m3_bits(ya4 / params.k_scale) << shift_714);
      }
      let word_715: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_716: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_715 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_715], (0xffu << shift_716) ^ 0xffffffffu);
      }
      if (word_715 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_715], e4m3_bits(ya5 / params.k_scale) << shift_716);
      }
      let word_717: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_718: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_717 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_717], (0xffu << shift_718) ^ 0xffffffffu);
      }
      if (word_717 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_717], e4m3_bits(ya6 / params.k_scale) << shift_718);
      }
      let word_719: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_720: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_719 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_719], (0xffu << shift_720) ^ 0xffffffffu);
      }
      if (word_719 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_719], e4m3_bits(ya7 / params.k_scale) << shift_720);
      }
      let word_721: u32 = (co + ki * 8u) >> 2u;
      let shift_722: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_721 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_721], (0xffu << shift_722) ^ 0xffffffffu);
      }
      if (word_721 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_721], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_722);
      }
      let word_723: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_724: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_723 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_723], (0xffu << shift_724) ^ 0xffffffffu);
      }
      if (word_723 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_723], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_724);
      }
      let word_725: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_726: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_725 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_725], (0xffu << shift_726) ^ 0xffffffffu);
      }
      if (word_725 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_725], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_726);
      }
      let word_727: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_728: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_727 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_727], (0xffu << shift_728) ^ 0xffffffffu);
      }
      if (word_727 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_727], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_728);
      }
      let word_729: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_730: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_729 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_729], (0xffu << shift_730) ^ 0xffffffffu);
      }
      if (word_729 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_729], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_730);
      }
      let word_731: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_732: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_731 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_731], (0xffu << shift_732) ^ 0xffffffffu);
      }
      if (word_731 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_731], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_732);
      }
      let word_733: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_734: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_733 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_733], (0xffu << shift_734) ^ 0xffffffffu);
      }
      if (word_733 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_733], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_734);
      }
      let word_735: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_736: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_735 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_735], (0xffu << shift_736) ^ 0xffffffffu);
      }
      if (word_735 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_735], e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_736);
      }
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      let word_737: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_738: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_737 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_737], (0xffu << shift_738) ^ 0xffffffffu);
      }
      if (word_737 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_737], e4m3_bits(yb0 / params.k_scale) << shift_738);
      }
      let word_739: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_740: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_739 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_739], (0xffu << shift_740) ^ 0xffffffffu);
      }
      if (word_739 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_739], e4m3_bits(yb1 / params.k_scale) << shift_740);
      }
      let word_741: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_742: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_741 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_741], (0xffu << shift_742) ^ 0xffffffffu);
      }
      if (word_741 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_741], e4m3_bits(yb2 / params.k_scale) << shift_742);
      }
      let word_743: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_744: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_743 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_743], (0xffu << shift_744) ^ 0xffffffffu);
      }
      if (word_743 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_743], e4m3_bits(yb3 / params.k_scale) << shift_744);
      }
      let word_745: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_746: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_745 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_745], (0xffu << shift_746) ^ 0xffffffffu);
      }
      if (word_745 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_745], e4m3_bits(yb4 / params.k_scale) << shift_746);
      }
      let word_747: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_748: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_747 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_747], (0xffu << shift_748) ^ 0xffffffffu);
      }
      if (word_747 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_747], e4m3_bits(yb5 / params.k_scale) << shift_748);
      }
      let word_749: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_750: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_749 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_749], (0xffu << shift_750) ^ 0xffffffffu);
      }
      if (word_749 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_749], e4m3_bits(yb6 / params.k_scale) << shift_750);
      }
      let word_751: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_752: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_751 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_751], (0xffu << shift_752) ^ 0xffffffffu);
      }
      if (word_751 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_751], e4m3_bits(yb7 / params.k_scale) << shift_752);
      }
      let word_753: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_754: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_753 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_753], (0xffu << shift_754) ^ 0xffffffffu);
      }
      if (word_753 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_753], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_754);
      }
      let word_755: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_756: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_755 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_755], (0xffu << shift_756) ^ 0xffffffffu);
      }
      if (word_755 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_755], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_756);
      }
      let word_757: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_758: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_757 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_757], (0xffu << shift_758) ^ 0xffffffffu);
      }
      if (word_757 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_757], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_758);
      }
      let word_759: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_760: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_759 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_759], (0xffu << shift_760) ^ 0xffffffffu);
      }
      if (word_759 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_759], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_760);
      }
      let word_761: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_762: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_761 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_761], (0xffu << shift_762) ^ 0xffffffffu);
      }
      if (word_761 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_761], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_762);
      }
      let word_763: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_764: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_763 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_763], (0xffu << shift_764) ^ 0xffffffffu);
      }
      if (word_763 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_763], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_764);
      }
      let word_765: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_766: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_765 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_765], (0xffu << shift_766) ^ 0xffffffffu);
      }
      if (word_765 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_765], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_766);
      }
      let word_767: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_768: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_767 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_767], (0xffu << shift_768) ^ 0xffffffffu);
      }
      if (word_767 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_767], e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_768);
      }
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = kw0;
  }
  if (stored) {
    let word_769: u32 = (co + ki * 8u) >> 2u;
    let shift_770: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_769 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_769], (0xffu << shift_770) ^ 0xffffffffu);
    }
    if (word_769 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_769], e4m3_bits(ya0 / params.k_scale) << shift_770);
    }
    let word_771: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_772: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_771 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_771], (0xffu << shift_772) ^ 0xffffffffu);
    }
    if (word_771 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_771], e4m3_bits(ya1 / params.k_scale) << shift_772);
    }
    let word_773: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_774: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_773 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_773], (0xffu << shift_774) ^ 0xffffffffu);
    }
    if (word_773 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_773], e4m3_bits(ya2 / params.k_scale) << shift_774);
    }
    let word_775: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_776: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_775 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_775], (0xffu << shift_776) ^ 0xffffffffu);
    }
    if (word_775 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_775], e4m3_bits(ya3 / params.k_scale) << shift_776);
    }
    let word_777: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_778: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_777 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_777], (0xffu << shift_778) ^ 0xffffffffu);
    }
    if (word_777 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_777], e4m3_bits(ya4 / params.k_scale) << shift_778);
    }
    let word_779: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_780: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_779 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_779], (0xffu << shift_780) ^ 0xffffffffu);
    }
    if (word_779 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_779], e4m3_bits(ya5 / params.k_scale) << shift_780);
    }
    let word_781: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_782: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_781 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_781], (0xffu << shift_782) ^ 0xffffffffu);
    }
    if (word_781 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_781], e4m3_bits(ya6 / params.k_scale) << shift_782);
    }
    let word_783: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_784: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_783 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_783], (0xffu << shift_784) ^ 0xffffffffu);
    }
    if (word_783 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_783], e4m3_bits(ya7 / params.k_scale) << shift_784);
    }
    let word_785: u32 = (co + ki * 8u) >> 2u;
    let shift_786: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_785 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_785], (0xffu << shift_786) ^ 0xffffffffu);
    }
    if (word_785 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_785], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_786);
    }
    let word_787: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_788: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_787 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_787], (0xffu << shift_788) ^ 0xffffffffu);
    }
    if (word_787 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_787], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_788);
    }
    let word_789: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_790: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_789 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_789], (0xffu << shift_790) ^ 0xffffffffu);
    }
    if (word_789 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_789], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_790);
    }
    let word_791: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_792: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_791 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_791], (0xffu << shift_792) ^ 0xffffffffu);
    }
    if (word_791 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_791], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_792);
    }
    let word_793: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_794: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_793 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_793], (0xffu << shift_794) ^ 0xffffffffu);
    }
    if (word_793 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_793], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_794);
    }
    let word_795: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_796: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_795 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_795], (0xffu << shift_796) ^ 0xffffffffu);
    }
    if (word_795 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_795], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_796);
    }
    let word_797: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_798: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_797 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_797], (0xffu << shift_798) ^ 0xffffffffu);
    }
    if (word_797 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_797], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_798);
    }
    let word_799: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_800: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_799 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_799], (0xffu << shift_800) ^ 0xffffffffu);
    }
    if (word_799 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_799], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_800);
    }
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    let word_801: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_802: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_801 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_801], (0xffu << shift_802) ^ 0xffffffffu);
    }
    if (word_801 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_801], e4m3_bits(yb0 / params.k_scale) << shift_802);
    }
    let word_803: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_804: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_803 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_803], (0xffu << shift_804) ^ 0xffffffffu);
    }
    if (word_803 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_803], e4m3_bits(yb1 / params.k_scale) << shift_804);
    }
    let word_805: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_806: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_805 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_805], (0xffu << shift_806) ^ 0xffffffffu);
    }
    if (word_805 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_805], e4m3_bits(yb2 / params.k_scale) << shift_806);
    }
    let word_807: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_808: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_807 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_807], (0xffu << shift_808) ^ 0xffffffffu);
    }
    if (word_807 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_807], e4m3_bits(yb3 / params.k_scale) << shift_808);
    }
    let word_809: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_810: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_809 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_809], (0xffu << shift_810) ^ 0xffffffffu);
    }
    if (word_809 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_809], e4m3_bits(yb4 / params.k_scale) << shift_810);
    }
    let word_811: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_812: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_811 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_811], (0xffu << shift_812) ^ 0xffffffffu);
    }
    if (word_811 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_811], e4m3_bits(yb5 / params.k_scale) << shift_812);
    }
    let word_813: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_814: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_813 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_813], (0xffu << shift_814) ^ 0xffffffffu);
    }
    if (word_813 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_813], e4m3_bits(yb6 / params.k_scale) << shift_814);
    }
    let word_815: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_816: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_815 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_815], (0xffu << shift_816) ^ 0xffffffffu);
    }
    if (word_815 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_815], e4m3_bits(yb7 / params.k_scale) << shift_816);
    }
    let word_817: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_818: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_817 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_817], (0xffu << shift_818) ^ 0xffffffffu);
    }
    if (word_817 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_817], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_818);
    }
    let word_819: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_820: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_819 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_819], (0xffu << shift_820) ^ 0xffffffffu);
    }
    if (word_819 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_819], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_820);
    }
    let word_821: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_822: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_821 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_821], (0xffu << shift_822) ^ 0xffffffffu);
    }
    if (word_821 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_821], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_822);
    }
    let word_823: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_824: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_823 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_823], (0xffu << shift_824) ^ 0xffffffffu);
    }
    if (word_823 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_823], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_824);
    }
    let word_825: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_826: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_825 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_825], (0xffu << shift_826) ^ 0xffffffffu);
    }
    if (word_825 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_825], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_826);
    }
    let word_827: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_828: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_827 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_827], (0xffu << shift_828) ^ 0xffffffffu);
    }
    if (word_827 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_827], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_828);
    }
    let word_829: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_830: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_829 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_829], (0xffu << shift_830) ^ 0xffffffffu);
    }
    if (word_829 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_829], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_830);
    }
    let word_831: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_832: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_831 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_831], (0xffu << shift_832) ^ 0xffffffffu);
    }
    if (word_831 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_831], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_832);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_shared_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_shared_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  let h0kw0: vec4<u32> = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = h0kw0;
  }
  if (stored) {
    let word_833: u32 = (h0co + ki * 8u) >> 2u;
    let shift_834: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_833 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_833], (0xffu << shift_834) ^ 0xffffffffu);
    }
    if (word_833 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_833], e4m3_bits(h0_ya0 / params.k_scale) << shift_834);
    }
    let word_835: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_836: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_835 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_835], (0xffu << shift_836) ^ 0xffffffffu);
    }
    if (word_835 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_835], e4m3_bits(h0_ya1 / params.k_scale) << shift_836);
    }
    let word_837: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_838: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_837 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_837], (0xffu << shift_838) ^ 0xffffffffu);
    }
    if (word_837 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_837], e4m3_bits(h0_ya2 / params.k_scale) << shift_838);
    }
    let word_839: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_840: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_839 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_839], (0xffu << shift_840) ^ 0xffffffffu);
    }
    if (word_839 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_839], e4m3_bits(h0_ya3 / params.k_scale) << shift_840);
    }
    let word_841: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_842: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_841 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_841], (0xffu << shift_842) ^ 0xffffffffu);
    }
    if (word_841 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_841], e4m3_bits(h0_ya4 / params.k_scale) << shift_842);
    }
    let word_843: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_844: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_843 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_843], (0xffu << shift_844) ^ 0xffffffffu);
    }
    if (word_843 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_843], e4m3_bits(h0_ya5 / params.k_scale) << shift_844);
    }
    let word_845: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_846: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_845 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_845], (0xffu << shift_846) ^ 0xffffffffu);
    }
    if (word_845 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_845], e4m3_bits(h0_ya6 / params.k_scale) << shift_846);
    }
    let word_847: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_848: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_847 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_847], (0xffu << shift_848) ^ 0xffffffffu);
    }
    if (word_847 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_847], e4m3_bits(h0_ya7 / params.k_scale) << shift_848);
    }
    let word_849: u32 = (h0co + ki * 8u) >> 2u;
    let shift_850: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_849 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_849], (0xffu << shift_850) ^ 0xffffffffu);
    }
    if (word_849 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_849], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_850);
    }
    let word_851: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_852: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_851 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_851], (0xffu << shift_852) ^ 0xffffffffu);
    }
    if (word_851 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_851], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_852);
    }
    let word_853: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_854: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_853 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_853], (0xffu << shift_854) ^ 0xffffffffu);
    }
    if (word_853 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_853], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_854);
    }
    let word_855: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_856: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_855 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_855], (0xffu << shift_856) ^ 0xffffffffu);
    }
    if (word_855 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_855], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_856);
    }
    let word_857: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_858: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_857 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_857], (0xffu << shift_858) ^ 0xffffffffu);
    }
    if (word_857 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_857], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_858);
    }
    let word_859: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_860: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_859 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_859], (0xffu << shift_860) ^ 0xffffffffu);
    }
    if (word_859 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_859], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_860);
    }
    let word_861: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_862: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_861 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_861], (0xffu << shift_862) ^ 0xffffffffu);
    }
    if (word_861 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_861], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_862);
    }
    let word_863: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_864: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_863 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_863], (0xffu << shift_864) ^ 0xffffffffu);
    }
    if (word_863 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_863], e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_864);
    }
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    let word_865: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_866: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_865 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_865], (0xffu << shift_866) ^ 0xffffffffu);
    }
    if (word_865 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_865], e4m3_bits(h0_yb0 / params.k_scale) << shift_866);
    }
    let word_867: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_868: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_867 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_867], (0xffu << shift_868) ^ 0xffffffffu);
    }
    if (word_867 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_867], e4m3_bits(h0_yb1 / params.k_scale) << shift_868);
    }
    let word_869: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_870: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_869 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_869], (0xffu << shift_870) ^ 0xffffffffu);
    }
    if (word_869 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_869], e4m3_bits(h0_yb2 / params.k_scale) << shift_870);
    }
    let word_871: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_872: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_871 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_871], (0xffu << shift_872) ^ 0xffffffffu);
    }
    if (word_871 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_871], e4m3_bits(h0_yb3 / params.k_scale) << shift_872);
    }
    let word_873: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_874: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_873 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_873], (0xffu << shift_874) ^ 0xffffffffu);
    }
    if (word_873 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_873], e4m3_bits(h0_yb4 / params.k_scale) << shift_874);
    }
    let word_875: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_876: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_875 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_875], (0xffu << shift_876) ^ 0xffffffffu);
    }
    if (word_875 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_875], e4m3_bits(h0_yb5 / params.k_scale) << shift_876);
    }
    let word_877: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_878: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_877 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_877], (0xffu << shift_878) ^ 0xffffffffu);
    }
    if (word_877 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_877], e4m3_bits(h0_yb6 / params.k_scale) << shift_878);
    }
    let word_879: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_880: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_879 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_879], (0xffu << shift_880) ^ 0xffffffffu);
    }
    if (word_879 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_879], e4m3_bits(h0_yb7 / params.k_scale) << shift_880);
    }
    let word_881: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_882: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_881 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_881], (0xffu << shift_882) ^ 0xffffffffu);
    }
    if (word_881 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_881], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_882);
    }
    let word_883: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_884: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_883 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_883], (0xffu << shift_884) ^ 0xffffffffu);
    }
    if (word_883 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_883], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_884);
    }
    let word_885: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_886: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_885 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_885], (0xffu << shift_886) ^ 0xffffffffu);
    }
    if (word_885 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_885], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_886);
    }
    let word_887: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_888: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_887 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_887], (0xffu << shift_888) ^ 0xffffffffu);
    }
    if (word_887 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_887], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_888);
    }
    let word_889: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_890: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_889 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_889], (0xffu << shift_890) ^ 0xffffffffu);
    }
    if (word_889 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_889], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_890);
    }
    let word_891: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_892: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_891 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_891], (0xffu << shift_892) ^ 0xffffffffu);
    }
    if (word_891 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_891], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_892);
    }
    let word_893: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_894: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_893 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_893], (0xffu << shift_894) ^ 0xffffffffu);
    }
    if (word_893 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_893], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_894);
    }
    let word_895: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_896: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_895 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_895], (0xffu << shift_896) ^ 0xffffffffu);
    }
    if (word_895 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_895], e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_896);
    }
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  let h1kw0: vec4<u32> = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = h1kw0;
  }
  if (stored) {
    let word_897: u32 = (h1co + ki * 8u) >> 2u;
    let shift_898: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_897 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_897], (0xffu << shift_898) ^ 0xffffffffu);
    }
    if (word_897 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_897], e4m3_bits(h1_ya0 / params.k_scale) << shift_898);
    }
    let word_899: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_900: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_899 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_899], (0xffu << shift_900) ^ 0xffffffffu);
    }
    if (word_899 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_899], e4m3_bits(h1_ya1 / params.k_scale) << shift_900);
    }
    let word_901: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_902: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_901 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_901], (0xffu << shift_902) ^ 0xffffffffu);
    }
    if (word_901 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_901], e4m3_bits(h1_ya2 / params.k_scale) << shift_902);
    }
    let word_903: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_904: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_903 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_903], (0xffu << shift_904) ^ 0xffffffffu);
    }
    if (word_903 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_903], e4m3_bits(h1_ya3 / params.k_scale) << shift_904);
    }
    let word_905: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_906: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_905 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_905], (0xffu << shift_906) ^ 0xffffffffu);
    }
    if (word_905 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_905], e4m3_bits(h1_ya4 / params.k_scale) << shift_906);
    }
    let word_907: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_908: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_907 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_907], (0xffu << shift_908) ^ 0xffffffffu);
    }
    if (word_907 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_907], e4m3_bits(h1_ya5 / params.k_scale) << shift_908);
    }
    let word_909: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_910: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_909 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_909], (0xffu << shift_910) ^ 0xffffffffu);
    }
    if (word_909 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_909], e4m3_bits(h1_ya6 / params.k_scale) << shift_910);
    }
    let word_911: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_912: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_911 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_911], (0xffu << shift_912) ^ 0xffffffffu);
    }
    if (word_911 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_911], e4m3_bits(h1_ya7 / params.k_scale) << shift_912);
    }
    let word_913: u32 = (h1co + ki * 8u) >> 2u;
    let shift_914: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_913 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_913], (0xffu << shift_914) ^ 0xffffffffu);
    }
    if (word_913 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_913], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_914);
    }
    let word_915: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_916: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_915 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_915], (0xffu << shift_916) ^ 0xffffffffu);
    }
    if (word_915 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_915], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_916);
    }
    let word_917: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_918: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_917 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_917], (0xffu << shift_918) ^ 0xffffffffu);
    }
    if (word_917 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_917], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_918);
    }
    let word_919: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_920: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_919 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_919], (0xffu << shift_920) ^ 0xffffffffu);
    }
    if (word_919 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_919], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_920);
    }
    let word_921: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_922: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_921 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_921], (0xffu << shift_922) ^ 0xffffffffu);
    }
    if (word_921 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_921], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_922);
    }
    let word_923: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_924: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_923 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_923], (0xffu << shift_924) ^ 0xffffffffu);
    }
    if (word_923 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_923], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_924);
    }
    let word_925: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_926: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_925 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_925], (0xffu << shift_926) ^ 0xffffffffu);
    }
    if (word_925 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_925], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_926);
    }
    let word_927: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_928: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_927 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_927], (0xffu << shift_928) ^ 0xffffffffu);
    }
    if (word_927 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_927], e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_928);
    }
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    let word_929: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_930: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_929 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_929], (0xffu << shift_930) ^ 0xffffffffu);
    }
    if (word_929 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_929], e4m3_bits(h1_yb0 / params.k_scale) << shift_930);
    }
    let word_931: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_932: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_931 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_931], (0xffu << shift_932) ^ 0xffffffffu);
    }
    if (word_931 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_931], e4m3_bits(h1_yb1 / params.k_scale) << shift_932);
    }
    let word_933: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_934: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_933 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_933], (0xffu << shift_934) ^ 0xffffffffu);
    }
    if (word_933 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_933], e4m3_bits(h1_yb2 / params.k_scale) << shift_934);
    }
    let word_935: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_936: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_935 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_935], (0xffu << shift_936) ^ 0xffffffffu);
    }
    if (word_935 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_935], e4m3_bits(h1_yb3 / params.k_scale) << shift_936);
    }
    let word_937: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_938: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_937 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_937], (0xffu << shift_938) ^ 0xffffffffu);
    }
    if (word_937 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_937], e4m3_bits(h1_yb4 / params.k_scale) << shift_938);
    }
    let word_939: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_940: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_939 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_939], (0xffu << shift_940) ^ 0xffffffffu);
    }
    if (word_939 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_939], e4m3_bits(h1_yb5 / params.k_scale) << shift_940);
    }
    let word_941: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_942: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_941 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_941], (0xffu << shift_942) ^ 0xffffffffu);
    }
    if (word_941 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_941], e4m3_bits(h1_yb6 / params.k_scale) << shift_942);
    }
    let word_943: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_944: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_943 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_943], (0xffu << shift_944) ^ 0xffffffffu);
    }
    if (word_943 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_943], e4m3_bits(h1_yb7 / params.k_scale) << shift_944);
    }
    let word_945: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_946: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_945 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_945], (0xffu << shift_946) ^ 0xffffffffu);
    }
    if (word_945 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_945], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_946);
    }
    let word_947: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_948: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_947 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_947], (0xffu << shift_948) ^ 0xffffffffu);
    }
    if (word_947 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_947], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_948);
    }
    let word_949: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_950: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_949 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_949], (0xffu << shift_950) ^ 0xffffffffu);
    }
    if (word_949 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_949], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_950);
    }
    let word_951: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_952: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_951 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_951], (0xffu << shift_952) ^ 0xffffffffu);
    }
    if (word_951 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_951], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_952);
    }
    let word_953: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_954: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_953 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_953], (0xffu << shift_954) ^ 0xffffffffu);
    }
    if (word_953 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_953], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_954);
    }
    let word_955: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_956: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_955 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_955], (0xffu << shift_956) ^ 0xffffffffu);
    }
    if (word_955 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_955], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_956);
    }
    let word_957: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_958: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_957 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_957], (0xffu << shift_958) ^ 0xffffffffu);
    }
    if (word_957 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_957], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_958);
    }
    let word_959: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_960: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_959 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_959], (0xffu << shift_960) ^ 0xffffffffu);
    }
    if (word_959 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_959], e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_960);
    }
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  let h2kw0: vec4<u32> = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = h2kw0;
  }
  if (stored) {
    let word_961: u32 = (h2co + ki * 8u) >> 2u;
    let shift_962: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_961 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_961], (0xffu << shift_962) ^ 0xffffffffu);
    }
    if (word_961 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_961], e4m3_bits(h2_ya0 / params.k_scale) << shift_962);
    }
    let word_963: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_964: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_963 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_963], (0xffu << shift_964) ^ 0xffffffffu);
    }
    if (word_963 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_963], e4m3_bits(h2_ya1 / params.k_scale) << shift_964);
    }
    let word_965: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_966: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_965 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_965], (0xffu << shift_966) ^ 0xffffffffu);
    }
    if (word_965 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_965], e4m3_bits(h2_ya2 / params.k_scale) << shift_966);
    }
    let word_967: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_968: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_967 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_967], (0xffu << shift_968) ^ 0xffffffffu);
    }
    if (word_967 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_967], e4m3_bits(h2_ya3 / params.k_scale) << shift_968);
    }
    let word_969: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_970: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_969 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_969], (0xffu << shift_970) ^ 0xffffffffu);
    }
    if (word_969 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_969], e4m3_bits(h2_ya4 / params.k_scale) << shift_970);
    }
    let word_971: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_972: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_971 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_971], (0xffu << shift_972) ^ 0xffffffffu);
    }
    if (word_971 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_971], e4m3_bits(h2_ya5 / params.k_scale) << shift_972);
    }
    let word_973: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_974: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_973 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_973], (0xffu << shift_974) ^ 0xffffffffu);
    }
    if (word_973 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_973], e4m3_bits(h2_ya6 / params.k_scale) << shift_974);
    }
    let word_975: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_976: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_975 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_975], (0xffu << shift_976) ^ 0xffffffffu);
    }
    if (word_975 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_975], e4m3_bits(h2_ya7 / params.k_scale) << shift_976);
    }
    let word_977: u32 = (h2co + ki * 8u) >> 2u;
    let shift_978: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_977 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_977], (0xffu << shift_978) ^ 0xffffffffu);
    }
    if (word_977 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_977], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_978);
    }
    let word_979: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_980: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_979 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_979], (0xffu << shift_980) ^ 0xffffffffu);
    }
    if (word_979 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_979], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_980);
    }
    let word_981: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_982: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_981 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_981], (0xffu << shift_982) ^ 0xffffffffu);
    }
    if (word_981 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_981], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_982);
    }
    let word_983: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_984: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_983 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_983], (0xffu << shift_984) ^ 0xffffffffu);
    }
    if (word_983 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_983], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_984);
    }
    let word_985: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_986: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_985 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_985], (0xffu << shift_986) ^ 0xffffffffu);
    }
    if (word_985 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_985], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_986);
    }
    let word_987: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_988: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_987 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_987], (0xffu << shift_988) ^ 0xffffffffu);
    }
    if (word_987 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_987], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_988);
    }
    let word_989: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_990: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_989 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_989], (0xffu << shift_990) ^ 0xffffffffu);
    }
    if (word_989 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_989], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_990);
    }
    let word_991: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_992: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_991 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_991], (0xffu << shift_992) ^ 0xffffffffu);
    }
    if (word_991 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_991], e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_992);
    }
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    let word_993: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_994: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_993 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_993], (0xffu << shift_994) ^ 0xffffffffu);
    }
    if (word_993 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_993], e4m3_bits(h2_yb0 / params.k_scale) << shift_994);
    }
    let word_995: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_996: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_995 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_995], (0xffu << shift_996) ^ 0xffffffffu);
    }
    if (word_995 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_995], e4m3_bits(h2_yb1 / params.k_scale) << shift_996);
    }
    let word_997: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_998: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_997 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_997], (0xffu << shift_998) ^ 0xffffffffu);
    }
    if (word_997 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_997], e4m3_bits(h2_yb2 / params.k_scale) << shift_998);
    }
    let word_999: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1000: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_999 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_999], (0xffu << shift_1000) ^ 0xffffffffu);
    }
    if (word_999 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_999], e4m3_bits(h2_yb3 / params.k_scale) << shift_1000);
    }
    let word_1001: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1002: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1001 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1001], (0xffu << shift_1002) ^ 0xffffffffu);
    }
    if (word_1001 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1001], e4m3_bits(h2_yb4 / params.k_scale) << shift_1002);
    }
    let word_1003: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1004: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1003 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1003], (0xffu << shift_1004) ^ 0xffffffffu);
    }
    if (word_1003 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1003], e4m3_bits(h2_yb5 / params.k_scale) << shift_1004);
    }
    let word_1005: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1006: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1005 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1005], (0xffu << shift_1006) ^ 0xffffffffu);
    }
    if (word_1005 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1005], e4m3_bits(h2_yb6 / params.k_scale) << shift_1006);
    }
    let word_1007: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1008: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1007 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1007], (0xffu << shift_1008) ^ 0xffffffffu);
    }
    if (word_1007 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1007], e4m3_bits(h2_yb7 / params.k_scale) << shift_1008);
    }
    let word_1009: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_1010: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1009 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1009], (0xffu << shift_1010) ^ 0xffffffffu);
    }
    if (word_1009 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1009], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1010);
    }
    let word_1011: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1012: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1011 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1011], (0xffu << shift_1012) ^ 0xffffffffu);
    }
    if (word_1011 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1011], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1012);
    }
    let word_1013: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1014: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1013 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1013], (0xffu << shift_1014) ^ 0xffffffffu);
    }
    if (word_1013 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1013], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1014);
    }
    let word_1015: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1016: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1015 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1015], (0xffu << shift_1016) ^ 0xffffffffu);
    }
    if (word_1015 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1015], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1016);
    }
    let word_1017: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1018: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1017 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1017], (0xffu << shift_1018) ^ 0xffffffffu);
    }
    if (word_1017 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1017], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1018);
    }
    let word_1019: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1020: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1019 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1019], (0xffu << shift_1020) ^ 0xffffffffu);
    }
    if (word_1019 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1019], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1020);
    }
    let word_1021: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1022: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1021 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1021], (0xffu << shift_1022) ^ 0xffffffffu);
    }
    if (word_1021 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1021], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1022);
    }
    let word_1023: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1024: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1023 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1023], (0xffu << shift_1024) ^ 0xffffffffu);
    }
    if (word_1023 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1023], e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1024);
    }
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  let h3kw0: vec4<u32> = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = h3kw0;
  }
  if (stored) {
    let word_1025: u32 = (h3co + ki * 8u) >> 2u;
    let shift_1026: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_1025 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1025], (0xffu << shift_1026) ^ 0xffffffffu);
    }
    if (word_1025 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1025], e4m3_bits(h3_ya0 / params.k_scale) << shift_1026);
    }
    let word_1027: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_1028: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1027 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1027], (0xffu << shift_1028) ^ 0xffffffffu);
    }
    if (word_1027 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1027], e4m3_bits(h3_ya1 / params.k_scale) << shift_1028);
    }
    let word_1029: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_1030: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1029 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1029], (0xffu << shift_1030) ^ 0xffffffffu);
    }
    if (word_1029 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1029], e4m3_bits(h3_ya2 / params.k_scale) << shift_1030);
    }
    let word_1031: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_1032: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1031 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1031], (0xffu << shift_1032) ^ 0xffffffffu);
    }
    if (word_1031 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1031], e4m3_bits(h3_ya3 / params.k_scale) << shift_1032);
    }
    let word_1033: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_1034: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1033 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1033], (0xffu << shift_1034) ^ 0xffffffffu);
    }
    if (word_1033 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1033], e4m3_bits(h3_ya4 / params.k_scale) << shift_1034);
    }
    let word_1035: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_1036: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1035 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1035], (0xffu << shift_1036) ^ 0xffffffffu);
    }
    if (word_1035 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1035], e4m3_bits(h3_ya5 / params.k_scale) << shift_1036);
    }
    let word_1037: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_1038: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1037 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1037], (0xffu << shift_1038) ^ 0xffffffffu);
    }
    if (word_1037 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1037], e4m3_bits(h3_ya6 / params.k_scale) << shift_1038);
    }
    let word_1039: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_1040: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1039 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1039], (0xffu << shift_1040) ^ 0xffffffffu);
    }
    if (word_1039 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1039], e4m3_bits(h3_ya7 / params.k_scale) << shift_1040);
    }
    let word_1041: u32 = (h3co + ki * 8u) >> 2u;
    let shift_1042: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_1041 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1041], (0xffu << shift_1042) ^ 0xffffffffu);
    }
    if (word_1041 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1041], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1042);
    }
    let word_1043: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_1044: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1043 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1043], (0xffu << shift_1044) ^ 0xffffffffu);
    }
    if (word_1043 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1043], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1044);
    }
    let word_1045: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_1046: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1045 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1045], (0xffu << shift_1046) ^ 0xffffffffu);
    }
    if (word_1045 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1045], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1046);
    }
    let word_1047: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_1048: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1047 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1047], (0xffu << shift_1048) ^ 0xffffffffu);
    }
    if (word_1047 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1047], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1048);
    }
    let word_1049: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_1050: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1049 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1049], (0xffu << shift_1050) ^ 0xffffffffu);
    }
    if (word_1049 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1049], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1050);
    }
    let word_1051: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_1052: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1051 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1051], (0xffu << shift_1052) ^ 0xffffffffu);
    }
    if (word_1051 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1051], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1052);
    }
    let word_1053: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_1054: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1053 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1053], (0xffu << shift_1054) ^ 0xffffffffu);
    }
    if (word_1053 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1053], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1054);
    }
    let word_1055: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_1056: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1055 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1055], (0xffu << shift_1056) ^ 0xffffffffu);
    }
    if (word_1055 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1055], e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1056);
    }
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    let word_1057: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_1058: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1057 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1057], (0xffu << shift_1058) ^ 0xffffffffu);
    }
    if (word_1057 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1057], e4m3_bits(h3_yb0 / params.k_scale) << shift_1058);
    }
    let word_1059: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1060: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1059 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1059], (0xffu << shift_1060) ^ 0xffffffffu);
    }
    if (word_1059 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1059], e4m3_bits(h3_yb1 / params.k_scale) << shift_1060);
    }
    let word_1061: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1062: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1061 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1061], (0xffu << shift_1062) ^ 0xffffffffu);
    }
    if (word_1061 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1061], e4m3_bits(h3_yb2 / params.k_scale) << shift_1062);
    }
    let word_1063: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1064: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1063 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1063], (0xffu << shift_1064) ^ 0xffffffffu);
    }
    if (word_1063 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1063], e4m3_bits(h3_yb3 / params.k_scale) << shift_1064);
    }
    let word_1065: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1066: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1065 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1065], (0xffu << shift_1066) ^ 0xffffffffu);
    }
    if (word_1065 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1065], e4m3_bits(h3_yb4 / params.k_scale) << shift_1066);
    }
    let word_1067: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1068: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1067 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1067], (0xffu << shift_1068) ^ 0xffffffffu);
    }
    if (word_1067 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1067], e4m3_bits(h3_yb5 / params.k_scale) << shift_1068);
    }
    let word_1069: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1070: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1069 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1069], (0xffu << shift_1070) ^ 0xffffffffu);
    }
    if (word_1069 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1069], e4m3_bits(h3_yb6 / params.k_scale) << shift_1070);
    }
    let word_1071: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1072: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1071 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1071], (0xffu << shift_1072) ^ 0xffffffffu);
    }
    if (word_1071 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1071], e4m3_bits(h3_yb7 / params.k_scale) << shift_1072);
    }
    let word_1073: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_1074: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1073 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1073], (0xffu << shift_1074) ^ 0xffffffffu);
    }
    if (word_1073 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1073], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1074);
    }
    let word_1075: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1076: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1075 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1075], (0xffu << shift_1076) ^ 0xffffffffu);
    }
    if (word_1075 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1075], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1076);
    }
    let word_1077: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1078: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1077 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1077], (0xffu << shift_1078) ^ 0xffffffffu);
    }
    if (word_1077 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1077], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1078);
    }
    let word_1079: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1080: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1079 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1079], (0xffu << shift_1080) ^ 0xffffffffu);
    }
    if (word_1079 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1079], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1080);
    }
    let word_1081: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1082: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1081 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1081], (0xffu << shift_1082) ^ 0xffffffffu);
    }
    if (word_1081 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1081], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1082);
    }
    let word_1083: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1084: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1083 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1083], (0xffu << shift_1084) ^ 0xffffffffu);
    }
    if (word_1083 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1083], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1084);
    }
    let word_1085: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1086: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1085 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1085], (0xffu << shift_1086) ^ 0xffffffffu);
    }
    if (word_1085 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1085], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1086);
    }
    let word_1087: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1088: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1087 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1087], (0xffu << shift_1088) ^ 0xffffffffu);
    }
    if (word_1087 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1087], e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1088);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), every q head (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_shared_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), every k head (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_shared_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = kw0;
    }
    if (stored) {
      let word_1089: u32 = (co + ki * 8u) >> 2u;
      let shift_1090: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_1089 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1089], (0xffu << shift_1090) ^ 0xffffffffu);
      }
      if (word_1089 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1089], e4m3_bits(ya0 / params.k_scale) << shift_1090);
      }
      let word_1091: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_1092: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_1091 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1091], (0xffu << shift_1092) ^ 0xffffffffu);
      }
      if (word_1091 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1091], e4m3_bits(ya1 / params.k_scale) << shift_1092);
      }
      let word_1093: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_1094: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_1093 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1093], (0xffu << shift_1094) ^ 0xffffffffu);
      }
      if (word_1093 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1093], e4m3_bits(ya2 / params.k_scale) << shift_1094);
      }
      let word_1095: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_1096: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_1095 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1095], (0xffu << shift_1096) ^ 0xffffffffu);
      }
      if (word_1095 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1095], e4m3_bits(ya3 / params.k_scale) << shift_1096);
      }
      let word_1097: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_1098: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_1097 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1097], (0xffu << shift_1098) ^ 0xffffffffu);
      }
      if (word_1097 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1097], e4m3_bits(ya4 / params.k_scale) << shift_1098);
      }
      let word_1099: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_1100: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_1099 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1099], (0xffu << shift_1100) ^ 0xffffffffu);
      }
      if (word_1099 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1099], e4m3_bits(ya5 / params.k_scale) << shift_1100);
      }
      let word_1101: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_1102: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_1101 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1101], (0xffu << shift_1102) ^ 0xffffffffu);
      }
      if (word_1101 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1101], e4m3_bits(ya6 / params.k_scale) << shift_1102);
      }
      let word_1103: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_1104: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_1103 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1103], (0xffu << shift_1104) ^ 0xffffffffu);
      }
      if (word_1103 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1103], e4m3_bits(ya7 / params.k_scale) << shift_1104);
      }
      let word_1105: u32 = (co + ki * 8u) >> 2u;
      let shift_1106: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_1105 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1105], (0xffu << shift_1106) ^ 0xffffffffu);
      }
      if (word_1105 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1105], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1106);
      }
      let word_1107: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_1108: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_1107 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1107], (0xffu << shift_1108) ^ 0xffffffffu);
      }
      if (word_1107 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1107], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1108);
      }
      let word_1109: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_1110: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_1109 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1109], (0xffu << shift_1110) ^ 0xffffffffu);
      }
      if (word_1109 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1109], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1110);
      }
      let word_1111: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_1112: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_1111 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1111], (0xffu << shift_1112) ^ 0xffffffffu);
      }
      if (word_1111 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1111], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1112);
      }
      let word_1113: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_1114: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_1113 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1113], (0xffu << shift_1114) ^ 0xffffffffu);
      }
      if (word_1113 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1113], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1114);
      }
      let word_1115: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_1116: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_1115 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1115], (0xffu << shift_1116) ^ 0xffffffffu);
      }
      if (word_1115 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1115], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1116);
      }
      let word_1117: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_1118: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_1117 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1117], (0xffu << shift_1118) ^ 0xffffffffu);
      }
      if (word_1117 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1117], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1118);
      }
      let word_1119: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_1120: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_1119 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1119], (0xffu << shift_1120) ^ 0xffffffffu);
      }
      if (word_1119 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1119], e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1120);
      }
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      let word_1121: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_1122: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_1121 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1121], (0xffu << shift_1122) ^ 0xffffffffu);
      }
      if (word_1121 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1121], e4m3_bits(yb0 / params.k_scale) << shift_1122);
      }
      let word_1123: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_1124: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_1123 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1123], (0xffu << shift_1124) ^ 0xffffffffu);
      }
      if (word_1123 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1123], e4m3_bits(yb1 / params.k_scale) << shift_1124);
      }
      let word_1125: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_1126: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_1125 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1125], (0xffu << shift_1126) ^ 0xffffffffu);
      }
      if (word_1125 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1125], e4m3_bits(yb2 / params.k_scale) << shift_1126);
      }
      let word_1127: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_1128: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_1127 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1127], (0xffu << shift_1128) ^ 0xffffffffu);
      }
      if (word_1127 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1127], e4m3_bits(yb3 / params.k_scale) << shift_1128);
      }
      let word_1129: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_1130: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_1129 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1129], (0xffu << shift_1130) ^ 0xffffffffu);
      }
      if (word_1129 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1129], e4m3_bits(yb4 / params.k_scale) << shift_1130);
      }
      let word_1131: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_1132: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_1131 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1131], (0xffu << shift_1132) ^ 0xffffffffu);
      }
      if (word_1131 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1131], e4m3_bits(yb5 / params.k_scale) << shift_1132);
      }
      let word_1133: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_1134: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_1133 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1133], (0xffu << shift_1134) ^ 0xffffffffu);
      }
      if (word_1133 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1133], e4m3_bits(yb6 / params.k_scale) << shift_1134);
      }
      let word_1135: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_1136: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_1135 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1135], (0xffu << shift_1136) ^ 0xffffffffu);
      }
      if (word_1135 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1135], e4m3_bits(yb7 / params.k_scale) << shift_1136);
      }
      let word_1137: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_1138: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_1137 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1137], (0xffu << shift_1138) ^ 0xffffffffu);
      }
      if (word_1137 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1137], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1138);
      }
      let word_1139: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_1140: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_1139 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1139], (0xffu << shift_1140) ^ 0xffffffffu);
      }
      if (word_1139 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1139], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1140);
      }
      let word_1141: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_1142: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_1141 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1141], (0xffu << shift_1142) ^ 0xffffffffu);
      }
      if (word_1141 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1141], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1142);
      }
      let word_1143: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_1144: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_1143 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1143], (0xffu << shift_1144) ^ 0xffffffffu);
      }
      if (word_1143 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1143], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1144);
      }
      let word_1145: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_1146: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_1145 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1145], (0xffu << shift_1146) ^ 0xffffffffu);
      }
      if (word_1145 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1145], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1146);
      }
      let word_1147: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_1148: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_1147 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1147], (0xffu << shift_1148) ^ 0xffffffffu);
      }
      if (word_1147 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1147], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1148);
      }
      let word_1149: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_1150: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_1149 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1149], (0xffu << shift_1150) ^ 0xffffffffu);
      }
      if (word_1149 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1149], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1150);
      }
      let word_1151: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_1152: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_1151 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1151], (0xffu << shift_1152) ^ 0xffffffffu);
      }
      if (word_1151 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1151], e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1152);
      }
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = kw0;
  }
  if (stored) {
    let word_1153: u32 = (co + ki * 8u) >> 2u;
    let shift_1154: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_1153 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1153], (0xffu << shift_1154) ^ 0xffffffffu);
    }
    if (word_1153 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1153], e4m3_bits(ya0 / params.k_scale) << shift_1154);
    }
    let word_1155: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_1156: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1155 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1155], (0xffu << shift_1156) ^ 0xffffffffu);
    }
    if (word_1155 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1155], e4m3_bits(ya1 / params.k_scale) << shift_1156);
    }
    let word_1157: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_1158: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1157 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1157], (0xffu << shift_1158) ^ 0xffffffffu);
    }
    if (word_1157 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1157], e4m3_bits(ya2 / params.k_scale) << shift_1158);
    }
    let word_1159: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_1160: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1159 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1159], (0xffu << shift_1160) ^ 0xffffffffu);
    }
    if (word_1159 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1159], e4m3_bits(ya3 / params.k_scale) << shift_1160);
    }
    let word_1161: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_1162: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1161 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1161], (0xffu << shift_1162) ^ 0xffffffffu);
    }
    if (word_1161 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1161], e4m3_bits(ya4 / params.k_scale) << shift_1162);
    }
    let word_1163: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_1164: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1163 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1163], (0xffu << shift_1164) ^ 0xffffffffu);
    }
    if (word_1163 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1163], e4m3_bits(ya5 / params.k_scale) << shift_1164);
    }
    let word_1165: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_1166: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1165 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1165], (0xffu << shift_1166) ^ 0xffffffffu);
    }
    if (word_1165 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1165], e4m3_bits(ya6 / params.k_scale) << shift_1166);
    }
    let word_1167: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_1168: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1167 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1167], (0xffu << shift_1168) ^ 0xffffffffu);
    }
    if (word_1167 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1167], e4m3_bits(ya7 / params.k_scale) << shift_1168);
    }
    let word_1169: u32 = (co + ki * 8u) >> 2u;
    let shift_1170: u32 = ((co + ki * 8u) & 3u) * 8u;
    if (word_1169 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1169], (0xffu << shift_1170) ^ 0xffffffffu);
    }
    if (word_1169 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1169], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1170);
    }
    let word_1171: u32 = ((co + ki * 8u) + 1u) >> 2u;
    let shift_1172: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1171 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1171], (0xffu << shift_1172) ^ 0xffffffffu);
    }
    if (word_1171 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1171], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1172);
    }
    let word_1173: u32 = ((co + ki * 8u) + 2u) >> 2u;
    let shift_1174: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1173 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1173], (0xffu << shift_1174) ^ 0xffffffffu);
    }
    if (word_1173 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1173], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1174);
    }
    let word_1175: u32 = ((co + ki * 8u) + 3u) >> 2u;
    let shift_1176: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1175 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1175], (0xffu << shift_1176) ^ 0xffffffffu);
    }
    if (word_1175 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1175], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1176);
    }
    let word_1177: u32 = ((co + ki * 8u) + 4u) >> 2u;
    let shift_1178: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1177 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1177], (0xffu << shift_1178) ^ 0xffffffffu);
    }
    if (word_1177 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1177], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1178);
    }
    let word_1179: u32 = ((co + ki * 8u) + 5u) >> 2u;
    let shift_1180: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1179 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1179], (0xffu << shift_1180) ^ 0xffffffffu);
    }
    if (word_1179 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1179], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1180);
    }
    let word_1181: u32 = ((co + ki * 8u) + 6u) >> 2u;
    let shift_1182: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1181 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1181], (0xffu << shift_1182) ^ 0xffffffffu);
    }
    if (word_1181 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1181], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1182);
    }
    let word_1183: u32 = ((co + ki * 8u) + 7u) >> 2u;
    let shift_1184: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1183 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1183], (0xffu << shift_1184) ^ 0xffffffffu);
    }
    if (word_1183 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1183], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1184);
    }
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    let word_1185: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_1186: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1185 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1185], (0xffu << shift_1186) ^ 0xffffffffu);
    }
    if (word_1185 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1185], e4m3_bits(yb0 / params.k_scale) << shift_1186);
    }
    let word_1187: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1188: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1187 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1187], (0xffu << shift_1188) ^ 0xffffffffu);
    }
    if (word_1187 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1187], e4m3_bits(yb1 / params.k_scale) << shift_1188);
    }
    let word_1189: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1190: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1189 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1189], (0xffu << shift_1190) ^ 0xffffffffu);
    }
    if (word_1189 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1189], e4m3_bits(yb2 / params.k_scale) << shift_1190);
    }
    let word_1191: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1192: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1191 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1191], (0xffu << shift_1192) ^ 0xffffffffu);
    }
    if (word_1191 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1191], e4m3_bits(yb3 / params.k_scale) << shift_1192);
    }
    let word_1193: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1194: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1193 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1193], (0xffu << shift_1194) ^ 0xffffffffu);
    }
    if (word_1193 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1193], e4m3_bits(yb4 / params.k_scale) << shift_1194);
    }
    let word_1195: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1196: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1195 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1195], (0xffu << shift_1196) ^ 0xffffffffu);
    }
    if (word_1195 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1195], e4m3_bits(yb5 / params.k_scale) << shift_1196);
    }
    let word_1197: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1198: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1197 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1197], (0xffu << shift_1198) ^ 0xffffffffu);
    }
    if (word_1197 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1197], e4m3_bits(yb6 / params.k_scale) << shift_1198);
    }
    let word_1199: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1200: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1199 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1199], (0xffu << shift_1200) ^ 0xffffffffu);
    }
    if (word_1199 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1199], e4m3_bits(yb7 / params.k_scale) << shift_1200);
    }
    let word_1201: u32 = (co + (64u + ki * 8u)) >> 2u;
    let shift_1202: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1201 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1201], (0xffu << shift_1202) ^ 0xffffffffu);
    }
    if (word_1201 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1201], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1202);
    }
    let word_1203: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1204: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1203 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1203], (0xffu << shift_1204) ^ 0xffffffffu);
    }
    if (word_1203 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1203], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1204);
    }
    let word_1205: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1206: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1205 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1205], (0xffu << shift_1206) ^ 0xffffffffu);
    }
    if (word_1205 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1205], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1206);
    }
    let word_1207: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1208: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1207 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1207], (0xffu << shift_1208) ^ 0xffffffffu);
    }
    if (word_1207 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1207], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1208);
    }
    let word_1209: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1210: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1209 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1209], (0xffu << shift_1210) ^ 0xffffffffu);
    }
    if (word_1209 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1209], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1210);
    }
    let word_1211: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1212: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1211 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1211], (0xffu << shift_1212) ^ 0xffffffffu);
    }
    if (word_1211 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1211], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1212);
    }
    let word_1213: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1214: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1213 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1213], (0xffu << shift_1214) ^ 0xffffffffu);
    }
    if (word_1213 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1213], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1214);
    }
    let word_1215: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1216: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1215 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1215], (0xffu << shift_1216) ^ 0xffffffffu);
    }
    if (word_1215 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1215], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1216);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_shared_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_shared_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  let h0kw0: vec4<u32> = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = h0kw0;
  }
  if (stored) {
    let word_1217: u32 = (h0co + ki * 8u) >> 2u;
    let shift_1218: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_1217 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1217], (0xffu << shift_1218) ^ 0xffffffffu);
    }
    if (word_1217 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1217], e4m3_bits(h0_ya0 / params.k_scale) << shift_1218);
    }
    let word_1219: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_1220: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1219 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1219], (0xffu << shift_1220) ^ 0xffffffffu);
    }
    if (word_1219 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1219], e4m3_bits(h0_ya1 / params.k_scale) << shift_1220);
    }
    let word_1221: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_1222: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1221 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1221], (0xffu << shift_1222) ^ 0xffffffffu);
    }
    if (word_1221 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1221], e4m3_bits(h0_ya2 / params.k_scale) << shift_1222);
    }
    let word_1223: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_1224: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1223 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1223], (0xffu << shift_1224) ^ 0xffffffffu);
    }
    if (word_1223 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1223], e4m3_bits(h0_ya3 / params.k_scale) << shift_1224);
    }
    let word_1225: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_1226: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1225 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1225], (0xffu << shift_1226) ^ 0xffffffffu);
    }
    if (word_1225 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1225], e4m3_bits(h0_ya4 / params.k_scale) << shift_1226);
    }
    let word_1227: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_1228: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1227 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1227], (0xffu << shift_1228) ^ 0xffffffffu);
    }
    if (word_1227 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1227], e4m3_bits(h0_ya5 / params.k_scale) << shift_1228);
    }
    let word_1229: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_1230: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1229 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1229], (0xffu << shift_1230) ^ 0xffffffffu);
    }
    if (word_1229 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1229], e4m3_bits(h0_ya6 / params.k_scale) << shift_1230);
    }
    let word_1231: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_1232: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1231 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1231], (0xffu << shift_1232) ^ 0xffffffffu);
    }
    if (word_1231 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1231], e4m3_bits(h0_ya7 / params.k_scale) << shift_1232);
    }
    let word_1233: u32 = (h0co + ki * 8u) >> 2u;
    let shift_1234: u32 = ((h0co + ki * 8u) & 3u) * 8u;
    if (word_1233 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1233], (0xffu << shift_1234) ^ 0xffffffffu);
    }
    if (word_1233 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1233], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1234);
    }
    let word_1235: u32 = ((h0co + ki * 8u) + 1u) >> 2u;
    let shift_1236: u32 = (((h0co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1235 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1235], (0xffu << shift_1236) ^ 0xffffffffu);
    }
    if (word_1235 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1235], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1236);
    }
    let word_1237: u32 = ((h0co + ki * 8u) + 2u) >> 2u;
    let shift_1238: u32 = (((h0co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1237 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1237], (0xffu << shift_1238) ^ 0xffffffffu);
    }
    if (word_1237 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1237], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1238);
    }
    let word_1239: u32 = ((h0co + ki * 8u) + 3u) >> 2u;
    let shift_1240: u32 = (((h0co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1239 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1239], (0xffu << shift_1240) ^ 0xffffffffu);
    }
    if (word_1239 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1239], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1240);
    }
    let word_1241: u32 = ((h0co + ki * 8u) + 4u) >> 2u;
    let shift_1242: u32 = (((h0co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1241 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1241], (0xffu << shift_1242) ^ 0xffffffffu);
    }
    if (word_1241 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1241], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1242);
    }
    let word_1243: u32 = ((h0co + ki * 8u) + 5u) >> 2u;
    let shift_1244: u32 = (((h0co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1243 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1243], (0xffu << shift_1244) ^ 0xffffffffu);
    }
    if (word_1243 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1243], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1244);
    }
    let word_1245: u32 = ((h0co + ki * 8u) + 6u) >> 2u;
    let shift_1246: u32 = (((h0co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1245 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1245], (0xffu << shift_1246) ^ 0xffffffffu);
    }
    if (word_1245 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1245], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1246);
    }
    let word_1247: u32 = ((h0co + ki * 8u) + 7u) >> 2u;
    let shift_1248: u32 = (((h0co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1247 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1247], (0xffu << shift_1248) ^ 0xffffffffu);
    }
    if (word_1247 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1247], e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1248);
    }
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    let word_1249: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_1250: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1249 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1249], (0xffu << shift_1250) ^ 0xffffffffu);
    }
    if (word_1249 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1249], e4m3_bits(h0_yb0 / params.k_scale) << shift_1250);
    }
    let word_1251: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1252: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1251 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1251], (0xffu << shift_1252) ^ 0xffffffffu);
    }
    if (word_1251 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1251], e4m3_bits(h0_yb1 / params.k_scale) << shift_1252);
    }
    let word_1253: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1254: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1253 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1253], (0xffu << shift_1254) ^ 0xffffffffu);
    }
    if (word_1253 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1253], e4m3_bits(h0_yb2 / params.k_scale) << shift_1254);
    }
    let word_1255: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1256: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1255 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1255], (0xffu << shift_1256) ^ 0xffffffffu);
    }
    if (word_1255 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1255], e4m3_bits(h0_yb3 / params.k_scale) << shift_1256);
    }
    let word_1257: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1258: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1257 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1257], (0xffu << shift_1258) ^ 0xffffffffu);
    }
    if (word_1257 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1257], e4m3_bits(h0_yb4 / params.k_scale) << shift_1258);
    }
    let word_1259: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1260: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1259 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1259], (0xffu << shift_1260) ^ 0xffffffffu);
    }
    if (word_1259 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1259], e4m3_bits(h0_yb5 / params.k_scale) << shift_1260);
    }
    let word_1261: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1262: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1261 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1261], (0xffu << shift_1262) ^ 0xffffffffu);
    }
    if (word_1261 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1261], e4m3_bits(h0_yb6 / params.k_scale) << shift_1262);
    }
    let word_1263: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1264: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1263 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1263], (0xffu << shift_1264) ^ 0xffffffffu);
    }
    if (word_1263 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1263], e4m3_bits(h0_yb7 / params.k_scale) << shift_1264);
    }
    let word_1265: u32 = (h0co + (64u + ki * 8u)) >> 2u;
    let shift_1266: u32 = ((h0co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1265 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1265], (0xffu << shift_1266) ^ 0xffffffffu);
    }
    if (word_1265 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1265], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1266);
    }
    let word_1267: u32 = ((h0co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1268: u32 = (((h0co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1267 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1267], (0xffu << shift_1268) ^ 0xffffffffu);
    }
    if (word_1267 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1267], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1268);
    }
    let word_1269: u32 = ((h0co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1270: u32 = (((h0co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1269 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1269], (0xffu << shift_1270) ^ 0xffffffffu);
    }
    if (word_1269 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1269], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1270);
    }
    let word_1271: u32 = ((h0co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1272: u32 = (((h0co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1271 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1271], (0xffu << shift_1272) ^ 0xffffffffu);
    }
    if (word_1271 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1271], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1272);
    }
    let word_1273: u32 = ((h0co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1274: u32 = (((h0co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1273 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1273], (0xffu << shift_1274) ^ 0xffffffffu);
    }
    if (word_1273 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1273], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1274);
    }
    let word_1275: u32 = ((h0co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1276: u32 = (((h0co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1275 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1275], (0xffu << shift_1276) ^ 0xffffffffu);
    }
    if (word_1275 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1275], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1276);
    }
    let word_1277: u32 = ((h0co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1278: u32 = (((h0co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1277 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1277], (0xffu << shift_1278) ^ 0xffffffffu);
    }
    if (word_1277 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1277], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1278);
    }
    let word_1279: u32 = ((h0co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1280: u32 = (((h0co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1279 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1279], (0xffu << shift_1280) ^ 0xffffffffu);
    }
    if (word_1279 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1279], e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1280);
    }
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  let h1kw0: vec4<u32> = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = h1kw0;
  }
  if (stored) {
    let word_1281: u32 = (h1co + ki * 8u) >> 2u;
    let shift_1282: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_1281 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1281], (0xffu << shift_1282) ^ 0xffffffffu);
    }
    if (word_1281 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1281], e4m3_bits(h1_ya0 / params.k_scale) << shift_1282);
    }
    let word_1283: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_1284: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1283 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1283], (0xffu << shift_1284) ^ 0xffffffffu);
    }
    if (word_1283 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1283], e4m3_bits(h1_ya1 / params.k_scale) << shift_1284);
    }
    let word_1285: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_1286: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1285 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1285], (0xffu << shift_1286) ^ 0xffffffffu);
    }
    if (word_1285 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1285], e4m3_bits(h1_ya2 / params.k_scale) << shift_1286);
    }
    let word_1287: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_1288: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1287 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1287], (0xffu << shift_1288) ^ 0xffffffffu);
    }
    if (word_1287 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1287], e4m3_bits(h1_ya3 / params.k_scale) << shift_1288);
    }
    let word_1289: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_1290: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1289 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1289], (0xffu << shift_1290) ^ 0xffffffffu);
    }
    if (word_1289 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1289], e4m3_bits(h1_ya4 / params.k_scale) << shift_1290);
    }
    let word_1291: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_1292: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1291 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1291], (0xffu << shift_1292) ^ 0xffffffffu);
    }
    if (word_1291 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1291], e4m3_bits(h1_ya5 / params.k_scale) << shift_1292);
    }
    let word_1293: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_1294: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1293 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1293], (0xffu << shift_1294) ^ 0xffffffffu);
    }
    if (word_1293 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1293], e4m3_bits(h1_ya6 / params.k_scale) << shift_1294);
    }
    let word_1295: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_1296: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1295 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1295], (0xffu << shift_1296) ^ 0xffffffffu);
    }
    if (word_1295 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1295], e4m3_bits(h1_ya7 / params.k_scale) << shift_1296);
    }
    let word_1297: u32 = (h1co + ki * 8u) >> 2u;
    let shift_1298: u32 = ((h1co + ki * 8u) & 3u) * 8u;
    if (word_1297 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1297], (0xffu << shift_1298) ^ 0xffffffffu);
    }
    if (word_1297 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1297], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1298);
    }
    let word_1299: u32 = ((h1co + ki * 8u) + 1u) >> 2u;
    let shift_1300: u32 = (((h1co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1299 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1299], (0xffu << shift_1300) ^ 0xffffffffu);
    }
    if (word_1299 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1299], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1300);
    }
    let word_1301: u32 = ((h1co + ki * 8u) + 2u) >> 2u;
    let shift_1302: u32 = (((h1co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1301 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1301], (0xffu << shift_1302) ^ 0xffffffffu);
    }
    if (word_1301 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1301], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1302);
    }
    let word_1303: u32 = ((h1co + ki * 8u) + 3u) >> 2u;
    let shift_1304: u32 = (((h1co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1303 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1303], (0xffu << shift_1304) ^ 0xffffffffu);
    }
    if (word_1303 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1303], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1304);
    }
    let word_1305: u32 = ((h1co + ki * 8u) + 4u) >> 2u;
    let shift_1306: u32 = (((h1co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1305 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1305], (0xffu << shift_1306) ^ 0xffffffffu);
    }
    if (word_1305 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1305], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1306);
    }
    let word_1307: u32 = ((h1co + ki * 8u) + 5u) >> 2u;
    let shift_1308: u32 = (((h1co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1307 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1307], (0xffu << shift_1308) ^ 0xffffffffu);
    }
    if (word_1307 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1307], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1308);
    }
    let word_1309: u32 = ((h1co + ki * 8u) + 6u) >> 2u;
    let shift_1310: u32 = (((h1co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1309 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1309], (0xffu << shift_1310) ^ 0xffffffffu);
    }
    if (word_1309 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1309], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1310);
    }
    let word_1311: u32 = ((h1co + ki * 8u) + 7u) >> 2u;
    let shift_1312: u32 = (((h1co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1311 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1311], (0xffu << shift_1312) ^ 0xffffffffu);
    }
    if (word_1311 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1311], e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1312);
    }
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    let word_1313: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_1314: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1313 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1313], (0xffu << shift_1314) ^ 0xffffffffu);
    }
    if (word_1313 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1313], e4m3_bits(h1_yb0 / params.k_scale) << shift_1314);
    }
    let word_1315: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1316: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1315 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1315], (0xffu << shift_1316) ^ 0xffffffffu);
    }
    if (word_1315 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1315], e4m3_bits(h1_yb1 / params.k_scale) << shift_1316);
    }
    let word_1317: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1318: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1317 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1317], (0xffu << shift_1318) ^ 0xffffffffu);
    }
    if (word_1317 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1317], e4m3_bits(h1_yb2 / params.k_scale) << shift_1318);
    }
    let word_1319: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1320: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1319 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1319], (0xffu << shift_1320) ^ 0xffffffffu);
    }
    if (word_1319 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1319], e4m3_bits(h1_yb3 / params.k_scale) << shift_1320);
    }
    let word_1321: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1322: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1321 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1321], (0xffu << shift_1322) ^ 0xffffffffu);
    }
    if (word_1321 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1321], e4m3_bits(h1_yb4 / params.k_scale) << shift_1322);
    }
    let word_1323: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1324: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1323 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1323], (0xffu << shift_1324) ^ 0xffffffffu);
    }
    if (word_1323 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1323], e4m3_bits(h1_yb5 / params.k_scale) << shift_1324);
    }
    let word_1325: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1326: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1325 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1325], (0xffu << shift_1326) ^ 0xffffffffu);
    }
    if (word_1325 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1325], e4m3_bits(h1_yb6 / params.k_scale) << shift_1326);
    }
    let word_1327: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1328: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1327 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1327], (0xffu << shift_1328) ^ 0xffffffffu);
    }
    if (word_1327 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1327], e4m3_bits(h1_yb7 / params.k_scale) << shift_1328);
    }
    let word_1329: u32 = (h1co + (64u + ki * 8u)) >> 2u;
    let shift_1330: u32 = ((h1co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1329 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1329], (0xffu << shift_1330) ^ 0xffffffffu);
    }
    if (word_1329 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1329], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1330);
    }
    let word_1331: u32 = ((h1co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1332: u32 = (((h1co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1331 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1331], (0xffu << shift_1332) ^ 0xffffffffu);
    }
    if (word_1331 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1331], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1332);
    }
    let word_1333: u32 = ((h1co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1334: u32 = (((h1co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1333 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1333], (0xffu << shift_1334) ^ 0xffffffffu);
    }
    if (word_1333 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1333], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1334);
    }
    let word_1335: u32 = ((h1co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1336: u32 = (((h1co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1335 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1335], (0xffu << shift_1336) ^ 0xffffffffu);
    }
    if (word_1335 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1335], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1336);
    }
    let word_1337: u32 = ((h1co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1338: u32 = (((h1co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1337 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1337], (0xffu << shift_1338) ^ 0xffffffffu);
    }
    if (word_1337 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1337], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1338);
    }
    let word_1339: u32 = ((h1co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1340: u32 = (((h1co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1339 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1339], (0xffu << shift_1340) ^ 0xffffffffu);
    }
    if (word_1339 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1339], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1340);
    }
    let word_1341: u32 = ((h1co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1342: u32 = (((h1co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1341 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1341], (0xffu << shift_1342) ^ 0xffffffffu);
    }
    if (word_1341 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1341], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1342);
    }
    let word_1343: u32 = ((h1co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1344: u32 = (((h1co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1343 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1343], (0xffu << shift_1344) ^ 0xffffffffu);
    }
    if (word_1343 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1343], e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1344);
    }
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  let h2kw0: vec4<u32> = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = h2kw0;
  }
  if (stored) {
    let word_1345: u32 = (h2co + ki * 8u) >> 2u;
    let shift_1346: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_1345 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1345], (0xffu << shift_1346) ^ 0xffffffffu);
    }
    if (word_1345 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1345], e4m3_bits(h2_ya0 / params.k_scale) << shift_1346);
    }
    let word_1347: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_1348: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1347 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1347], (0xffu << shift_1348) ^ 0xffffffffu);
    }
    if (word_1347 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1347], e4m3_bits(h2_ya1 / params.k_scale) << shift_1348);
    }
    let word_1349: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_1350: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1349 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1349], (0xffu << shift_1350) ^ 0xffffffffu);
    }
    if (word_1349 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1349], e4m3_bits(h2_ya2 / params.k_scale) << shift_1350);
    }
    let word_1351: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_1352: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1351 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1351], (0xffu << shift_1352) ^ 0xffffffffu);
    }
    if (word_1351 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1351], e4m3_bits(h2_ya3 / params.k_scale) << shift_1352);
    }
    let word_1353: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_1354: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1353 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1353], (0xffu << shift_1354) ^ 0xffffffffu);
    }
    if (word_1353 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1353], e4m3_bits(h2_ya4 / params.k_scale) << shift_1354);
    }
    let word_1355: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_1356: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1355 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1355], (0xffu << shift_1356) ^ 0xffffffffu);
    }
    if (word_1355 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1355], e4m3_bits(h2_ya5 / params.k_scale) << shift_1356);
    }
    let word_1357: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_1358: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1357 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1357], (0xffu << shift_1358) ^ 0xffffffffu);
    }
    if (word_1357 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1357], e4m3_bits(h2_ya6 / params.k_scale) << shift_1358);
    }
    let word_1359: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_1360: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1359 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1359], (0xffu << shift_1360) ^ 0xffffffffu);
    }
    if (word_1359 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1359], e4m3_bits(h2_ya7 / params.k_scale) << shift_1360);
    }
    let word_1361: u32 = (h2co + ki * 8u) >> 2u;
    let shift_1362: u32 = ((h2co + ki * 8u) & 3u) * 8u;
    if (word_1361 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1361], (0xffu << shift_1362) ^ 0xffffffffu);
    }
    if (word_1361 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1361], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1362);
    }
    let word_1363: u32 = ((h2co + ki * 8u) + 1u) >> 2u;
    let shift_1364: u32 = (((h2co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1363 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1363], (0xffu << shift_1364) ^ 0xffffffffu);
    }
    if (word_1363 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1363], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1364);
    }
    let word_1365: u32 = ((h2co + ki * 8u) + 2u) >> 2u;
    let shift_1366: u32 = (((h2co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1365 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1365], (0xffu << shift_1366) ^ 0xffffffffu);
    }
    if (word_1365 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1365], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1366);
    }
    let word_1367: u32 = ((h2co + ki * 8u) + 3u) >> 2u;
    let shift_1368: u32 = (((h2co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1367 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1367], (0xffu << shift_1368) ^ 0xffffffffu);
    }
    if (word_1367 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1367], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1368);
    }
    let word_1369: u32 = ((h2co + ki * 8u) + 4u) >> 2u;
    let shift_1370: u32 = (((h2co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1369 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1369], (0xffu << shift_1370) ^ 0xffffffffu);
    }
    if (word_1369 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1369], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1370);
    }
    let word_1371: u32 = ((h2co + ki * 8u) + 5u) >> 2u;
    let shift_1372: u32 = (((h2co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1371 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1371], (0xffu << shift_1372) ^ 0xffffffffu);
    }
    if (word_1371 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1371], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1372);
    }
    let word_1373: u32 = ((h2co + ki * 8u) + 6u) >> 2u;
    let shift_1374: u32 = (((h2co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1373 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1373], (0xffu << shift_1374) ^ 0xffffffffu);
    }
    if (word_1373 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1373], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1374);
    }
    let word_1375: u32 = ((h2co + ki * 8u) + 7u) >> 2u;
    let shift_1376: u32 = (((h2co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1375 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1375], (0xffu << shift_1376) ^ 0xffffffffu);
    }
    if (word_1375 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1375], e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1376);
    }
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    let word_1377: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_1378: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1377 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1377], (0xffu << shift_1378) ^ 0xffffffffu);
    }
    if (word_1377 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1377], e4m3_bits(h2_yb0 / params.k_scale) << shift_1378);
    }
    let word_1379: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1380: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1379 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1379], (0xffu << shift_1380) ^ 0xffffffffu);
    }
    if (word_1379 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1379], e4m3_bits(h2_yb1 / params.k_scale) << shift_1380);
    }
    let word_1381: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1382: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1381 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1381], (0xffu << shift_1382) ^ 0xffffffffu);
    }
    if (word_1381 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1381], e4m3_bits(h2_yb2 / params.k_scale) << shift_1382);
    }
    let word_1383: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1384: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1383 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1383], (0xffu << shift_1384) ^ 0xffffffffu);
    }
    if (word_1383 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1383], e4m3_bits(h2_yb3 / params.k_scale) << shift_1384);
    }
    let word_1385: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1386: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1385 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1385], (0xffu << shift_1386) ^ 0xffffffffu);
    }
    if (word_1385 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1385], e4m3_bits(h2_yb4 / params.k_scale) << shift_1386);
    }
    let word_1387: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1388: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1387 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1387], (0xffu << shift_1388) ^ 0xffffffffu);
    }
    if (word_1387 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1387], e4m3_bits(h2_yb5 / params.k_scale) << shift_1388);
    }
    let word_1389: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1390: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1389 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1389], (0xffu << shift_1390) ^ 0xffffffffu);
    }
    if (word_1389 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1389], e4m3_bits(h2_yb6 / params.k_scale) << shift_1390);
    }
    let word_1391: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1392: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1391 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1391], (0xffu << shift_1392) ^ 0xffffffffu);
    }
    if (word_1391 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1391], e4m3_bits(h2_yb7 / params.k_scale) << shift_1392);
    }
    let word_1393: u32 = (h2co + (64u + ki * 8u)) >> 2u;
    let shift_1394: u32 = ((h2co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1393 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1393], (0xffu << shift_1394) ^ 0xffffffffu);
    }
    if (word_1393 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1393], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1394);
    }
    let word_1395: u32 = ((h2co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1396: u32 = (((h2co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1395 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1395], (0xffu << shift_1396) ^ 0xffffffffu);
    }
    if (word_1395 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1395], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1396);
    }
    let word_1397: u32 = ((h2co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1398: u32 = (((h2co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1397 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1397], (0xffu << shift_1398) ^ 0xffffffffu);
    }
    if (word_1397 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1397], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1398);
    }
    let word_1399: u32 = ((h2co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1400: u32 = (((h2co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1399 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1399], (0xffu << shift_1400) ^ 0xffffffffu);
    }
    if (word_1399 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1399], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1400);
    }
    let word_1401: u32 = ((h2co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1402: u32 = (((h2co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1401 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1401], (0xffu << shift_1402) ^ 0xffffffffu);
    }
    if (word_1401 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1401], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1402);
    }
    let word_1403: u32 = ((h2co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1404: u32 = (((h2co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1403 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1403], (0xffu << shift_1404) ^ 0xffffffffu);
    }
    if (word_1403 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1403], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1404);
    }
    let word_1405: u32 = ((h2co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1406: u32 = (((h2co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1405 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1405], (0xffu << shift_1406) ^ 0xffffffffu);
    }
    if (word_1405 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1405], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1406);
    }
    let word_1407: u32 = ((h2co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1408: u32 = (((h2co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1407 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1407], (0xffu << shift_1408) ^ 0xffffffffu);
    }
    if (word_1407 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1407], e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1408);
    }
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  let h3kw0: vec4<u32> = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = h3kw0;
  }
  if (stored) {
    let word_1409: u32 = (h3co + ki * 8u) >> 2u;
    let shift_1410: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_1409 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1409], (0xffu << shift_1410) ^ 0xffffffffu);
    }
    if (word_1409 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1409], e4m3_bits(h3_ya0 / params.k_scale) << shift_1410);
    }
    let word_1411: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_1412: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1411 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1411], (0xffu << shift_1412) ^ 0xffffffffu);
    }
    if (word_1411 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1411], e4m3_bits(h3_ya1 / params.k_scale) << shift_1412);
    }
    let word_1413: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_1414: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1413 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1413], (0xffu << shift_1414) ^ 0xffffffffu);
    }
    if (word_1413 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1413], e4m3_bits(h3_ya2 / params.k_scale) << shift_1414);
    }
    let word_1415: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_1416: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1415 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1415], (0xffu << shift_1416) ^ 0xffffffffu);
    }
    if (word_1415 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1415], e4m3_bits(h3_ya3 / params.k_scale) << shift_1416);
    }
    let word_1417: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_1418: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1417 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1417], (0xffu << shift_1418) ^ 0xffffffffu);
    }
    if (word_1417 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1417], e4m3_bits(h3_ya4 / params.k_scale) << shift_1418);
    }
    let word_1419: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_1420: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1419 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1419], (0xffu << shift_1420) ^ 0xffffffffu);
    }
    if (word_1419 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1419], e4m3_bits(h3_ya5 / params.k_scale) << shift_1420);
    }
    let word_1421: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_1422: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1421 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1421], (0xffu << shift_1422) ^ 0xffffffffu);
    }
    if (word_1421 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1421], e4m3_bits(h3_ya6 / params.k_scale) << shift_1422);
    }
    let word_1423: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_1424: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1423 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1423], (0xffu << shift_1424) ^ 0xffffffffu);
    }
    if (word_1423 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1423], e4m3_bits(h3_ya7 / params.k_scale) << shift_1424);
    }
    let word_1425: u32 = (h3co + ki * 8u) >> 2u;
    let shift_1426: u32 = ((h3co + ki * 8u) & 3u) * 8u;
    if (word_1425 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1425], (0xffu << shift_1426) ^ 0xffffffffu);
    }
    if (word_1425 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1425], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1426);
    }
    let word_1427: u32 = ((h3co + ki * 8u) + 1u) >> 2u;
    let shift_1428: u32 = (((h3co + ki * 8u) + 1u) & 3u) * 8u;
    if (word_1427 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1427], (0xffu << shift_1428) ^ 0xffffffffu);
    }
    if (word_1427 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1427], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1428);
    }
    let word_1429: u32 = ((h3co + ki * 8u) + 2u) >> 2u;
    let shift_1430: u32 = (((h3co + ki * 8u) + 2u) & 3u) * 8u;
    if (word_1429 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1429], (0xffu << shift_1430) ^ 0xffffffffu);
    }
    if (word_1429 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1429], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1430);
    }
    let word_1431: u32 = ((h3co + ki * 8u) + 3u) >> 2u;
    let shift_1432: u32 = (((h3co + ki * 8u) + 3u) & 3u) * 8u;
    if (word_1431 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1431], (0xffu << shift_1432) ^ 0xffffffffu);
    }
    if (word_1431 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1431], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1432);
    }
    let word_1433: u32 = ((h3co + ki * 8u) + 4u) >> 2u;
    let shift_1434: u32 = (((h3co + ki * 8u) + 4u) & 3u) * 8u;
    if (word_1433 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1433], (0xffu << shift_1434) ^ 0xffffffffu);
    }
    if (word_1433 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1433], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1434);
    }
    let word_1435: u32 = ((h3co + ki * 8u) + 5u) >> 2u;
    let shift_1436: u32 = (((h3co + ki * 8u) + 5u) & 3u) * 8u;
    if (word_1435 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1435], (0xffu << shift_1436) ^ 0xffffffffu);
    }
    if (word_1435 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1435], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1436);
    }
    let word_1437: u32 = ((h3co + ki * 8u) + 6u) >> 2u;
    let shift_1438: u32 = (((h3co + ki * 8u) + 6u) & 3u) * 8u;
    if (word_1437 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1437], (0xffu << shift_1438) ^ 0xffffffffu);
    }
    if (word_1437 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1437], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1438);
    }
    let word_1439: u32 = ((h3co + ki * 8u) + 7u) >> 2u;
    let shift_1440: u32 = (((h3co + ki * 8u) + 7u) & 3u) * 8u;
    if (word_1439 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1439], (0xffu << shift_1440) ^ 0xffffffffu);
    }
    if (word_1439 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1439], e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1440);
    }
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    let word_1441: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_1442: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1441 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1441], (0xffu << shift_1442) ^ 0xffffffffu);
    }
    if (word_1441 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1441], e4m3_bits(h3_yb0 / params.k_scale) << shift_1442);
    }
    let word_1443: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1444: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1443 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1443], (0xffu << shift_1444) ^ 0xffffffffu);
    }
    if (word_1443 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1443], e4m3_bits(h3_yb1 / params.k_scale) << shift_1444);
    }
    let word_1445: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1446: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1445 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1445], (0xffu << shift_1446) ^ 0xffffffffu);
    }
    if (word_1445 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1445], e4m3_bits(h3_yb2 / params.k_scale) << shift_1446);
    }
    let word_1447: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1448: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1447 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1447], (0xffu << shift_1448) ^ 0xffffffffu);
    }
    if (word_1447 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1447], e4m3_bits(h3_yb3 / params.k_scale) << shift_1448);
    }
    let word_1449: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1450: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1449 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1449], (0xffu << shift_1450) ^ 0xffffffffu);
    }
    if (word_1449 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1449], e4m3_bits(h3_yb4 / params.k_scale) << shift_1450);
    }
    let word_1451: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1452: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1451 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1451], (0xffu << shift_1452) ^ 0xffffffffu);
    }
    if (word_1451 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1451], e4m3_bits(h3_yb5 / params.k_scale) << shift_1452);
    }
    let word_1453: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1454: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1453 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1453], (0xffu << shift_1454) ^ 0xffffffffu);
    }
    if (word_1453 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1453], e4m3_bits(h3_yb6 / params.k_scale) << shift_1454);
    }
    let word_1455: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1456: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1455 < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[word_1455], (0xffu << shift_1456) ^ 0xffffffffu);
    }
    if (word_1455 < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[word_1455], e4m3_bits(h3_yb7 / params.k_scale) << shift_1456);
    }
    let word_1457: u32 = (h3co + (64u + ki * 8u)) >> 2u;
    let shift_1458: u32 = ((h3co + (64u + ki * 8u)) & 3u) * 8u;
    if (word_1457 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1457], (0xffu << shift_1458) ^ 0xffffffffu);
    }
    if (word_1457 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1457], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1458);
    }
    let word_1459: u32 = ((h3co + (64u + ki * 8u)) + 1u) >> 2u;
    let shift_1460: u32 = (((h3co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
    if (word_1459 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1459], (0xffu << shift_1460) ^ 0xffffffffu);
    }
    if (word_1459 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1459], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1460);
    }
    let word_1461: u32 = ((h3co + (64u + ki * 8u)) + 2u) >> 2u;
    let shift_1462: u32 = (((h3co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
    if (word_1461 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1461], (0xffu << shift_1462) ^ 0xffffffffu);
    }
    if (word_1461 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1461], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1462);
    }
    let word_1463: u32 = ((h3co + (64u + ki * 8u)) + 3u) >> 2u;
    let shift_1464: u32 = (((h3co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
    if (word_1463 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1463], (0xffu << shift_1464) ^ 0xffffffffu);
    }
    if (word_1463 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1463], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1464);
    }
    let word_1465: u32 = ((h3co + (64u + ki * 8u)) + 4u) >> 2u;
    let shift_1466: u32 = (((h3co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
    if (word_1465 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1465], (0xffu << shift_1466) ^ 0xffffffffu);
    }
    if (word_1465 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1465], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1466);
    }
    let word_1467: u32 = ((h3co + (64u + ki * 8u)) + 5u) >> 2u;
    let shift_1468: u32 = (((h3co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
    if (word_1467 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1467], (0xffu << shift_1468) ^ 0xffffffffu);
    }
    if (word_1467 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1467], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1468);
    }
    let word_1469: u32 = ((h3co + (64u + ki * 8u)) + 6u) >> 2u;
    let shift_1470: u32 = (((h3co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
    if (word_1469 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1469], (0xffu << shift_1470) ^ 0xffffffffu);
    }
    if (word_1469 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1469], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1470);
    }
    let word_1471: u32 = ((h3co + (64u + ki * 8u)) + 7u) >> 2u;
    let shift_1472: u32 = (((h3co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
    if (word_1471 < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[word_1471], (0xffu << shift_1472) ^ 0xffffffffu);
    }
    if (word_1471 < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[word_1471], e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1472);
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_shared_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    let kw0: vec4<u32> = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = kw0;
    }
    if (stored) {
      let word_1473: u32 = (co + ki * 8u) >> 2u;
      let shift_1474: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_1473 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1473], (0xffu << shift_1474) ^ 0xffffffffu);
      }
      if (word_1473 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1473], e4m3_bits(ya0 / params.k_scale) << shift_1474);
      }
      let word_1475: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_1476: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_1475 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1475], (0xffu << shift_1476) ^ 0xffffffffu);
      }
      if (word_1475 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1475], e4m3_bits(ya1 / params.k_scale) << shift_1476);
      }
      let word_1477: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_1478: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_1477 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1477], (0xffu << shift_1478) ^ 0xffffffffu);
      }
      if (word_1477 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1477], e4m3_bits(ya2 / params.k_scale) << shift_1478);
      }
      let word_1479: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_1480: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_1479 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1479], (0xffu << shift_1480) ^ 0xffffffffu);
      }
      if (word_1479 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1479], e4m3_bits(ya3 / params.k_scale) << shift_1480);
      }
      let word_1481: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_1482: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_1481 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1481], (0xffu << shift_1482) ^ 0xffffffffu);
      }
      if (word_1481 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1481], e4m3_bits(ya4 / params.k_scale) << shift_1482);
      }
      let word_1483: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_1484: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_1483 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1483], (0xffu << shift_1484) ^ 0xffffffffu);
      }
      if (word_1483 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1483], e4m3_bits(ya5 / params.k_scale) << shift_1484);
      }
      let word_1485: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_1486: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_1485 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1485], (0xffu << shift_1486) ^ 0xffffffffu);
      }
      if (word_1485 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1485], e4m3_bits(ya6 / params.k_scale) << shift_1486);
      }
      let word_1487: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_1488: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_1487 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1487], (0xffu << shift_1488) ^ 0xffffffffu);
      }
      if (word_1487 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1487], e4m3_bits(ya7 / params.k_scale) << shift_1488);
      }
      let word_1489: u32 = (co + ki * 8u) >> 2u;
      let shift_1490: u32 = ((co + ki * 8u) & 3u) * 8u;
      if (word_1489 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1489], (0xffu << shift_1490) ^ 0xffffffffu);
      }
      if (word_1489 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1489], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1490);
      }
      let word_1491: u32 = ((co + ki * 8u) + 1u) >> 2u;
      let shift_1492: u32 = (((co + ki * 8u) + 1u) & 3u) * 8u;
      if (word_1491 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1491], (0xffu << shift_1492) ^ 0xffffffffu);
      }
      if (word_1491 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1491], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1492);
      }
      let word_1493: u32 = ((co + ki * 8u) + 2u) >> 2u;
      let shift_1494: u32 = (((co + ki * 8u) + 2u) & 3u) * 8u;
      if (word_1493 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1493], (0xffu << shift_1494) ^ 0xffffffffu);
      }
      if (word_1493 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1493], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1494);
      }
      let word_1495: u32 = ((co + ki * 8u) + 3u) >> 2u;
      let shift_1496: u32 = (((co + ki * 8u) + 3u) & 3u) * 8u;
      if (word_1495 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1495], (0xffu << shift_1496) ^ 0xffffffffu);
      }
      if (word_1495 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1495], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1496);
      }
      let word_1497: u32 = ((co + ki * 8u) + 4u) >> 2u;
      let shift_1498: u32 = (((co + ki * 8u) + 4u) & 3u) * 8u;
      if (word_1497 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1497], (0xffu << shift_1498) ^ 0xffffffffu);
      }
      if (word_1497 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1497], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1498);
      }
      let word_1499: u32 = ((co + ki * 8u) + 5u) >> 2u;
      let shift_1500: u32 = (((co + ki * 8u) + 5u) & 3u) * 8u;
      if (word_1499 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1499], (0xffu << shift_1500) ^ 0xffffffffu);
      }
      if (word_1499 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1499], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1500);
      }
      let word_1501: u32 = ((co + ki * 8u) + 6u) >> 2u;
      let shift_1502: u32 = (((co + ki * 8u) + 6u) & 3u) * 8u;
      if (word_1501 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1501], (0xffu << shift_1502) ^ 0xffffffffu);
      }
      if (word_1501 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1501], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1502);
      }
      let word_1503: u32 = ((co + ki * 8u) + 7u) >> 2u;
      let shift_1504: u32 = (((co + ki * 8u) + 7u) & 3u) * 8u;
      if (word_1503 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1503], (0xffu << shift_1504) ^ 0xffffffffu);
      }
      if (word_1503 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1503], e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1504);
      }
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      let word_1505: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_1506: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_1505 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1505], (0xffu << shift_1506) ^ 0xffffffffu);
      }
      if (word_1505 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1505], e4m3_bits(yb0 / params.k_scale) << shift_1506);
      }
      let word_1507: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_1508: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_1507 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1507], (0xffu << shift_1508) ^ 0xffffffffu);
      }
      if (word_1507 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1507], e4m3_bits(yb1 / params.k_scale) << shift_1508);
      }
      let word_1509: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_1510: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_1509 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1509], (0xffu << shift_1510) ^ 0xffffffffu);
      }
      if (word_1509 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1509], e4m3_bits(yb2 / params.k_scale) << shift_1510);
      }
      let word_1511: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_1512: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_1511 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1511], (0xffu << shift_1512) ^ 0xffffffffu);
      }
      if (word_1511 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1511], e4m3_bits(yb3 / params.k_scale) << shift_1512);
      }
      let word_1513: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_1514: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_1513 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1513], (0xffu << shift_1514) ^ 0xffffffffu);
      }
      if (word_1513 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1513], e4m3_bits(yb4 / params.k_scale) << shift_1514);
      }
      let word_1515: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_1516: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_1515 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1515], (0xffu << shift_1516) ^ 0xffffffffu);
      }
      if (word_1515 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1515], e4m3_bits(yb5 / params.k_scale) << shift_1516);
      }
      let word_1517: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_1518: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_1517 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1517], (0xffu << shift_1518) ^ 0xffffffffu);
      }
      if (word_1517 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1517], e4m3_bits(yb6 / params.k_scale) << shift_1518);
      }
      let word_1519: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_1520: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_1519 < u32(arrayLength(&k_cache))) {
        atomicAnd(&k_cache[word_1519], (0xffu << shift_1520) ^ 0xffffffffu);
      }
      if (word_1519 < u32(arrayLength(&k_cache))) {
        atomicOr(&k_cache[word_1519], e4m3_bits(yb7 / params.k_scale) << shift_1520);
      }
      let word_1521: u32 = (co + (64u + ki * 8u)) >> 2u;
      let shift_1522: u32 = ((co + (64u + ki * 8u)) & 3u) * 8u;
      if (word_1521 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1521], (0xffu << shift_1522) ^ 0xffffffffu);
      }
      if (word_1521 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1521], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) << shift_1522);
      }
      let word_1523: u32 = ((co + (64u + ki * 8u)) + 1u) >> 2u;
      let shift_1524: u32 = (((co + (64u + ki * 8u)) + 1u) & 3u) * 8u;
      if (word_1523 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1523], (0xffu << shift_1524) ^ 0xffffffffu);
      }
      if (word_1523 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1523], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << shift_1524);
      }
      let word_1525: u32 = ((co + (64u + ki * 8u)) + 2u) >> 2u;
      let shift_1526: u32 = (((co + (64u + ki * 8u)) + 2u) & 3u) * 8u;
      if (word_1525 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1525], (0xffu << shift_1526) ^ 0xffffffffu);
      }
      if (word_1525 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1525], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << shift_1526);
      }
      let word_1527: u32 = ((co + (64u + ki * 8u)) + 3u) >> 2u;
      let shift_1528: u32 = (((co + (64u + ki * 8u)) + 3u) & 3u) * 8u;
      if (word_1527 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1527], (0xffu << shift_1528) ^ 0xffffffffu);
      }
      if (word_1527 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1527], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << shift_1528);
      }
      let word_1529: u32 = ((co + (64u + ki * 8u)) + 4u) >> 2u;
      let shift_1530: u32 = (((co + (64u + ki * 8u)) + 4u) & 3u) * 8u;
      if (word_1529 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1529], (0xffu << shift_1530) ^ 0xffffffffu);
      }
      if (word_1529 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1529], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) << shift_1530);
      }
      let word_1531: u32 = ((co + (64u + ki * 8u)) + 5u) >> 2u;
      let shift_1532: u32 = (((co + (64u + ki * 8u)) + 5u) & 3u) * 8u;
      if (word_1531 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1531], (0xffu << shift_1532) ^ 0xffffffffu);
      }
      if (word_1531 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1531], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << shift_1532);
      }
      let word_1533: u32 = ((co + (64u + ki * 8u)) + 6u) >> 2u;
      let shift_1534: u32 = (((co + (64u + ki * 8u)) + 6u) & 3u) * 8u;
      if (word_1533 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1533], (0xffu << shift_1534) ^ 0xffffffffu);
      }
      if (word_1533 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1533], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << shift_1534);
      }
      let word_1535: u32 = ((co + (64u + ki * 8u)) + 7u) >> 2u;
      let shift_1536: u32 = (((co + (64u + ki * 8u)) + 7u) & 3u) * 8u;
      if (word_1535 < u32(arrayLength(&v_cache))) {
        atomicAnd(&v_cache[word_1535], (0xffu << shift_1536) ^ 0xffffffffu);
      }
      if (word_1535 < u32(arrayLength(&v_cache))) {
        atomicOr(&v_cache[word_1535], e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << shift_1536);
      }
    }
  }
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 8u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_in_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_in_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 8u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_in_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_in_k4_0(flat, chunk, h0);
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

// out of place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 8u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_out_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_out_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 8u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_out_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_out_k4_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 8 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 8u) {
    return;
  }
  let flat: u32 = item / 8u;
  let chunk: u32 = item - flat * 8u;
  item_vector_out_0(flat, chunk);
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 8u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_in_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_in_shared_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 8u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_in_shared_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_in_shared_k4_0(flat, chunk, h0);
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

// out of place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 8u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_out_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_out_shared_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 8u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_out_shared_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_out_shared_k4_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 8 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 8u) {
    return;
  }
  let flat: u32 = item / 8u;
  let chunk: u32 = item - flat * 8u;
  item_vector_out_shared_0(flat, chunk);
}
