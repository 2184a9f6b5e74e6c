// Generated from spec/llama3_1_8b_fp8kv.rope (rope llama3_1_8b_fp8kv) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 84594f107f0d3b11
//
// rope llama3_1_8b_fp8kv: head_dim 128, 64 pairs in 32 item(s) per token; bf16 storage (two 16-bit values per u32 word), layout thd; scalar access; positions tensor; ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<u32>;
@group(0) @binding(2) var<storage, read_write> k: array<u32>;
@group(0) @binding(3) var<storage, read> positions: array<i32>;
@group(0) @binding(4) var<storage, read> v: array<u32>;
@group(0) @binding(5) var<storage, read> slot_mapping: array<i32>;
@group(0) @binding(6) var<storage, read_write> k_cache: array<atomic<u32>>;
@group(0) @binding(7) var<storage, read_write> v_cache: array<atomic<u32>>;
@group(0) @binding(8) var<storage, read> q_src: array<u32>;
@group(0) @binding(9) var<storage, read> k_src: array<u32>;
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
fn read_q_out(i: u32) -> u32 {
  if (i >= u32(arrayLength(&q))) {
    return 0u;
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
fn read_k_out(i: u32) -> u32 {
  if (i >= u32(arrayLength(&k))) {
    return 0u;
  }
  return k[i];
}

/** v[i], or 0 past its end */
fn read_v(i: u32) -> u32 {
  if (i >= u32(arrayLength(&v))) {
    return 0u;
  }
  return v[i];
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

/** byte i of k_cache = x (0 … 255) */
fn put1_k_cache(i: u32, x: u32) {
  let w: u32 = i >> 2u;
  let sh: u32 = (i & 3u) * 8u;
  if (w < u32(arrayLength(&k_cache))) {
    atomicAnd(&k_cache[w], (0xffu << sh) ^ 0xffffffffu);
  }
  if (w < u32(arrayLength(&k_cache))) {
    atomicOr(&k_cache[w], x << sh);
  }
}

/** byte i of v_cache = x (0 … 255) */
fn put1_v_cache(i: u32, x: u32) {
  let w: u32 = i >> 2u;
  let sh: u32 = (i & 3u) * 8u;
  if (w < u32(arrayLength(&v_cache))) {
    atomicAnd(&v_cache[w], (0xffu << sh) ^ 0xffffffffu);
  }
  if (w < u32(arrayLength(&v_cache))) {
    atomicOr(&v_cache[w], x << sh);
  }
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

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_1: u32 = (o + ki * 2u) >> 1u;
  let shift_2: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_1 < u32(arrayLength(&q))) {
    q[word_1] = (read_q_out(word_1) & ((0xffffu << shift_2) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_2);
  }
  let word_3: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_4: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_3 < u32(arrayLength(&q))) {
    q[word_3] = (read_q_out(word_3) & ((0xffffu << shift_4) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_4);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_5: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_6: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_5 < u32(arrayLength(&q))) {
    q[word_5] = (read_q_out(word_5) & ((0xffffu << shift_6) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_6);
  }
  let word_7: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_8: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_7 < u32(arrayLength(&q))) {
    q[word_7] = (read_q_out(word_7) & ((0xffffu << shift_8) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_8);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_k_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_9: u32 = (o + ki * 2u) >> 1u;
  let shift_10: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_9 < u32(arrayLength(&k))) {
    k[word_9] = (read_k_out(word_9) & ((0xffffu << shift_10) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_10);
  }
  if (stored) {
    put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
    put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_11: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_12: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_11 < u32(arrayLength(&k))) {
    k[word_11] = (read_k_out(word_11) & ((0xffffu << shift_12) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_12);
  }
  if (stored) {
    put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
    put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (slot * 8u + h0) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_k_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_k_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_13: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_14: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_13 < u32(arrayLength(&k))) {
    k[word_13] = (read_k_out(word_13) & ((0xffffu << shift_14) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_14);
  }
  if (stored) {
    put1_k_cache(p1co + (1u + ki * 2u), e4m3_bits(p1kw0_0 / params.k_scale));
    put1_v_cache(p1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_15: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_16: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_15 < u32(arrayLength(&k))) {
    k[word_15] = (read_k_out(word_15) & ((0xffffu << shift_16) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_16);
  }
  if (stored) {
    put1_k_cache(p1co + (65u + ki * 2u), e4m3_bits(p1kw1_0 / params.k_scale));
    put1_v_cache(p1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_17: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_18: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_17 < u32(arrayLength(&q))) {
    q[word_17] = (read_q_out(word_17) & ((0xffffu << shift_18) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_18);
  }
  let word_19: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_20: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_19 < u32(arrayLength(&q))) {
    q[word_19] = (read_q_out(word_19) & ((0xffffu << shift_20) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_20);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_21: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_22: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_21 < u32(arrayLength(&q))) {
    q[word_21] = (read_q_out(word_21) & ((0xffffu << shift_22) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_22);
  }
  let word_23: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_24: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_23 < u32(arrayLength(&q))) {
    q[word_23] = (read_q_out(word_23) & ((0xffffu << shift_24) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_24);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_25: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_26: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_25 < u32(arrayLength(&q))) {
    q[word_25] = (read_q_out(word_25) & ((0xffffu << shift_26) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_26);
  }
  let word_27: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_28: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_27 < u32(arrayLength(&q))) {
    q[word_27] = (read_q_out(word_27) & ((0xffffu << shift_28) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_28);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_29: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_30: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_29 < u32(arrayLength(&q))) {
    q[word_29] = (read_q_out(word_29) & ((0xffffu << shift_30) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_30);
  }
  let word_31: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_32: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_31 < u32(arrayLength(&q))) {
    q[word_31] = (read_q_out(word_31) & ((0xffffu << shift_32) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_32);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_33: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_34: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_33 < u32(arrayLength(&q))) {
    q[word_33] = (read_q_out(word_33) & ((0xffffu << shift_34) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_34);
  }
  let word_35: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_36: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_35 < u32(arrayLength(&q))) {
    q[word_35] = (read_q_out(word_35) & ((0xffffu << shift_36) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_36);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_37: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_38: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_37 < u32(arrayLength(&q))) {
    q[word_37] = (read_q_out(word_37) & ((0xffffu << shift_38) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_38);
  }
  let word_39: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_40: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_39 < u32(arrayLength(&q))) {
    q[word_39] = (read_q_out(word_39) & ((0xffffu << shift_40) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_40);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_41: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_42: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_41 < u32(arrayLength(&q))) {
    q[word_41] = (read_q_out(word_41) & ((0xffffu << shift_42) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_42);
  }
  let word_43: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_44: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_43 < u32(arrayLength(&q))) {
    q[word_43] = (read_q_out(word_43) & ((0xffffu << shift_44) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_44);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_45: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_46: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_45 < u32(arrayLength(&q))) {
    q[word_45] = (read_q_out(word_45) & ((0xffffu << shift_46) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_46);
  }
  let word_47: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_48: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_47 < u32(arrayLength(&q))) {
    q[word_47] = (read_q_out(word_47) & ((0xffffu << shift_48) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_48);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_k_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_k_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_49: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_50: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_49 < u32(arrayLength(&k))) {
    k[word_49] = (read_k_out(word_49) & ((0xffffu << shift_50) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_50);
  }
  if (stored) {
    put1_k_cache(h0co + ki * 2u, e4m3_bits(h0kw0_0 / params.k_scale));
    put1_v_cache(h0co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_51: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_52: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_51 < u32(arrayLength(&k))) {
    k[word_51] = (read_k_out(word_51) & ((0xffffu << shift_52) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_52);
  }
  if (stored) {
    put1_k_cache(h0co + (64u + ki * 2u), e4m3_bits(h0kw1_0 / params.k_scale));
    put1_v_cache(h0co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_k_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_k_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_53: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_54: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_53 < u32(arrayLength(&k))) {
    k[word_53] = (read_k_out(word_53) & ((0xffffu << shift_54) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_54);
  }
  if (stored) {
    put1_k_cache(h1co + ki * 2u, e4m3_bits(h1kw0_0 / params.k_scale));
    put1_v_cache(h1co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_55: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_56: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_55 < u32(arrayLength(&k))) {
    k[word_55] = (read_k_out(word_55) & ((0xffffu << shift_56) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_56);
  }
  if (stored) {
    put1_k_cache(h1co + (64u + ki * 2u), e4m3_bits(h1kw1_0 / params.k_scale));
    put1_v_cache(h1co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_k_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_k_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_57: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_58: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_57 < u32(arrayLength(&k))) {
    k[word_57] = (read_k_out(word_57) & ((0xffffu << shift_58) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_58);
  }
  if (stored) {
    put1_k_cache(h2co + ki * 2u, e4m3_bits(h2kw0_0 / params.k_scale));
    put1_v_cache(h2co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_59: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_60: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_59 < u32(arrayLength(&k))) {
    k[word_59] = (read_k_out(word_59) & ((0xffffu << shift_60) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_60);
  }
  if (stored) {
    put1_k_cache(h2co + (64u + ki * 2u), e4m3_bits(h2kw1_0 / params.k_scale));
    put1_v_cache(h2co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_k_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_k_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_61: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_62: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_61 < u32(arrayLength(&k))) {
    k[word_61] = (read_k_out(word_61) & ((0xffffu << shift_62) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_62);
  }
  if (stored) {
    put1_k_cache(h3co + ki * 2u, e4m3_bits(h3kw0_0 / params.k_scale));
    put1_v_cache(h3co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_63: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_64: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_63 < u32(arrayLength(&k))) {
    k[word_63] = (read_k_out(word_63) & ((0xffffu << shift_64) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_64);
  }
  if (stored) {
    put1_k_cache(h3co + (64u + ki * 2u), e4m3_bits(h3kw1_0 / params.k_scale));
    put1_v_cache(h3co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (slot * 8u + h0) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_k_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_k_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_65: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_66: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_65 < u32(arrayLength(&k))) {
    k[word_65] = (read_k_out(word_65) & ((0xffffu << shift_66) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_66);
  }
  if (stored) {
    put1_k_cache(p1h0co + (1u + ki * 2u), e4m3_bits(p1h0kw0_0 / params.k_scale));
    put1_v_cache(p1h0co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_67: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_68: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_67 < u32(arrayLength(&k))) {
    k[word_67] = (read_k_out(word_67) & ((0xffffu << shift_68) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_68);
  }
  if (stored) {
    put1_k_cache(p1h0co + (65u + ki * 2u), e4m3_bits(p1h0kw1_0 / params.k_scale));
    put1_v_cache(p1h0co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_k_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_k_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_69: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_70: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_69 < u32(arrayLength(&k))) {
    k[word_69] = (read_k_out(word_69) & ((0xffffu << shift_70) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_70);
  }
  if (stored) {
    put1_k_cache(p1h1co + (1u + ki * 2u), e4m3_bits(p1h1kw0_0 / params.k_scale));
    put1_v_cache(p1h1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_71: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_72: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_71 < u32(arrayLength(&k))) {
    k[word_71] = (read_k_out(word_71) & ((0xffffu << shift_72) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_72);
  }
  if (stored) {
    put1_k_cache(p1h1co + (65u + ki * 2u), e4m3_bits(p1h1kw1_0 / params.k_scale));
    put1_v_cache(p1h1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_k_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_k_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_73: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_74: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_73 < u32(arrayLength(&k))) {
    k[word_73] = (read_k_out(word_73) & ((0xffffu << shift_74) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_74);
  }
  if (stored) {
    put1_k_cache(p1h2co + (1u + ki * 2u), e4m3_bits(p1h2kw0_0 / params.k_scale));
    put1_v_cache(p1h2co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_75: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_76: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_75 < u32(arrayLength(&k))) {
    k[word_75] = (read_k_out(word_75) & ((0xffffu << shift_76) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_76);
  }
  if (stored) {
    put1_k_cache(p1h2co + (65u + ki * 2u), e4m3_bits(p1h2kw1_0 / params.k_scale));
    put1_v_cache(p1h2co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_k_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_k_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_77: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_78: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_77 < u32(arrayLength(&k))) {
    k[word_77] = (read_k_out(word_77) & ((0xffffu << shift_78) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_78);
  }
  if (stored) {
    put1_k_cache(p1h3co + (1u + ki * 2u), e4m3_bits(p1h3kw0_0 / params.k_scale));
    put1_v_cache(p1h3co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_79: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_80: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_79 < u32(arrayLength(&k))) {
    k[word_79] = (read_k_out(word_79) & ((0xffffu << shift_80) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_80);
  }
  if (stored) {
    put1_k_cache(p1h3co + (65u + ki * 2u), e4m3_bits(p1h3kw1_0 / params.k_scale));
    put1_v_cache(p1h3co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every q head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_81: u32 = (o + ki * 2u) >> 1u;
    let shift_82: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_81 < u32(arrayLength(&q))) {
      q[word_81] = (read_q_out(word_81) & ((0xffffu << shift_82) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_82);
    }
    let word_83: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_84: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_83 < u32(arrayLength(&q))) {
      q[word_83] = (read_q_out(word_83) & ((0xffffu << shift_84) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_84);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_85: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_86: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_85 < u32(arrayLength(&q))) {
      q[word_85] = (read_q_out(word_85) & ((0xffffu << shift_86) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_86);
    }
    let word_87: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_88: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_87 < u32(arrayLength(&q))) {
      q[word_87] = (read_q_out(word_87) & ((0xffffu << shift_88) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_88);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every k head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_89: u32 = (o + ki * 2u) >> 1u;
    let shift_90: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_89 < u32(arrayLength(&k))) {
      k[word_89] = (read_k_out(word_89) & ((0xffffu << shift_90) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_90);
    }
    if (stored) {
      put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_91: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_92: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_91 < u32(arrayLength(&k))) {
      k[word_91] = (read_k_out(word_91) & ((0xffffu << shift_92) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_92);
    }
    if (stored) {
      put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_93: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_94: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_93 < u32(arrayLength(&k))) {
      k[word_93] = (read_k_out(word_93) & ((0xffffu << shift_94) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_94);
    }
    if (stored) {
      put1_k_cache(co + (1u + ki * 2u), e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_95: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_96: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_95 < u32(arrayLength(&k))) {
      k[word_95] = (read_k_out(word_95) & ((0xffffu << shift_96) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_96);
    }
    if (stored) {
      put1_k_cache(co + (65u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_97: u32 = (o + ki * 2u) >> 1u;
  let shift_98: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_97 < u32(arrayLength(&q))) {
    q[word_97] = (read_q_out(word_97) & ((0xffffu << shift_98) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_98);
  }
  let word_99: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_100: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_99 < u32(arrayLength(&q))) {
    q[word_99] = (read_q_out(word_99) & ((0xffffu << shift_100) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_100);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_101: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_102: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_101 < u32(arrayLength(&q))) {
    q[word_101] = (read_q_out(word_101) & ((0xffffu << shift_102) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_102);
  }
  let word_103: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_104: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_103 < u32(arrayLength(&q))) {
    q[word_103] = (read_q_out(word_103) & ((0xffffu << shift_104) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_104);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_k_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_105: u32 = (o + ki * 2u) >> 1u;
  let shift_106: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_105 < u32(arrayLength(&k))) {
    k[word_105] = (read_k_out(word_105) & ((0xffffu << shift_106) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_106);
  }
  if (stored) {
    put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
    put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_107: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_108: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_107 < u32(arrayLength(&k))) {
    k[word_107] = (read_k_out(word_107) & ((0xffffu << shift_108) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_108);
  }
  if (stored) {
    put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
    put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (slot * 8u + h0) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_k_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_k_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_109: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_110: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_109 < u32(arrayLength(&k))) {
    k[word_109] = (read_k_out(word_109) & ((0xffffu << shift_110) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_110);
  }
  if (stored) {
    put1_k_cache(p1co + (1u + ki * 2u), e4m3_bits(p1kw0_0 / params.k_scale));
    put1_v_cache(p1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_111: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_112: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_111 < u32(arrayLength(&k))) {
    k[word_111] = (read_k_out(word_111) & ((0xffffu << shift_112) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_112);
  }
  if (stored) {
    put1_k_cache(p1co + (65u + ki * 2u), e4m3_bits(p1kw1_0 / params.k_scale));
    put1_v_cache(p1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_113: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_114: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_113 < u32(arrayLength(&q))) {
    q[word_113] = (read_q_out(word_113) & ((0xffffu << shift_114) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_114);
  }
  let word_115: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_116: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_115 < u32(arrayLength(&q))) {
    q[word_115] = (read_q_out(word_115) & ((0xffffu << shift_116) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_116);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_117: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_118: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_117 < u32(arrayLength(&q))) {
    q[word_117] = (read_q_out(word_117) & ((0xffffu << shift_118) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_118);
  }
  let word_119: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_120: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_119 < u32(arrayLength(&q))) {
    q[word_119] = (read_q_out(word_119) & ((0xffffu << shift_120) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_120);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_121: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_122: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_121 < u32(arrayLength(&q))) {
    q[word_121] = (read_q_out(word_121) & ((0xffffu << shift_122) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_122);
  }
  let word_123: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_124: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_123 < u32(arrayLength(&q))) {
    q[word_123] = (read_q_out(word_123) & ((0xffffu << shift_124) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_124);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_125: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_126: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_125 < u32(arrayLength(&q))) {
    q[word_125] = (read_q_out(word_125) & ((0xffffu << shift_126) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_126);
  }
  let word_127: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_128: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_127 < u32(arrayLength(&q))) {
    q[word_127] = (read_q_out(word_127) & ((0xffffu << shift_128) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_128);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_129: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_130: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_129 < u32(arrayLength(&q))) {
    q[word_129] = (read_q_out(word_129) & ((0xffffu << shift_130) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_130);
  }
  let word_131: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_132: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_131 < u32(arrayLength(&q))) {
    q[word_131] = (read_q_out(word_131) & ((0xffffu << shift_132) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_132);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_133: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_134: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_133 < u32(arrayLength(&q))) {
    q[word_133] = (read_q_out(word_133) & ((0xffffu << shift_134) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_134);
  }
  let word_135: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_136: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_135 < u32(arrayLength(&q))) {
    q[word_135] = (read_q_out(word_135) & ((0xffffu << shift_136) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_136);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_137: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_138: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_137 < u32(arrayLength(&q))) {
    q[word_137] = (read_q_out(word_137) & ((0xffffu << shift_138) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_138);
  }
  let word_139: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_140: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_139 < u32(arrayLength(&q))) {
    q[word_139] = (read_q_out(word_139) & ((0xffffu << shift_140) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_140);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_141: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_142: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_141 < u32(arrayLength(&q))) {
    q[word_141] = (read_q_out(word_141) & ((0xffffu << shift_142) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_142);
  }
  let word_143: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_144: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_143 < u32(arrayLength(&q))) {
    q[word_143] = (read_q_out(word_143) & ((0xffffu << shift_144) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_144);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_k_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_k_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_145: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_146: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_145 < u32(arrayLength(&k))) {
    k[word_145] = (read_k_out(word_145) & ((0xffffu << shift_146) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_146);
  }
  if (stored) {
    put1_k_cache(h0co + ki * 2u, e4m3_bits(h0kw0_0 / params.k_scale));
    put1_v_cache(h0co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_147: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_148: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_147 < u32(arrayLength(&k))) {
    k[word_147] = (read_k_out(word_147) & ((0xffffu << shift_148) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_148);
  }
  if (stored) {
    put1_k_cache(h0co + (64u + ki * 2u), e4m3_bits(h0kw1_0 / params.k_scale));
    put1_v_cache(h0co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_k_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_k_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_149: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_150: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_149 < u32(arrayLength(&k))) {
    k[word_149] = (read_k_out(word_149) & ((0xffffu << shift_150) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_150);
  }
  if (stored) {
    put1_k_cache(h1co + ki * 2u, e4m3_bits(h1kw0_0 / params.k_scale));
    put1_v_cache(h1co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_151: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_152: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_151 < u32(arrayLength(&k))) {
    k[word_151] = (read_k_out(word_151) & ((0xffffu << shift_152) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_152);
  }
  if (stored) {
    put1_k_cache(h1co + (64u + ki * 2u), e4m3_bits(h1kw1_0 / params.k_scale));
    put1_v_cache(h1co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_k_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_k_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_153: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_154: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_153 < u32(arrayLength(&k))) {
    k[word_153] = (read_k_out(word_153) & ((0xffffu << shift_154) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_154);
  }
  if (stored) {
    put1_k_cache(h2co + ki * 2u, e4m3_bits(h2kw0_0 / params.k_scale));
    put1_v_cache(h2co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_155: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_156: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_155 < u32(arrayLength(&k))) {
    k[word_155] = (read_k_out(word_155) & ((0xffffu << shift_156) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_156);
  }
  if (stored) {
    put1_k_cache(h2co + (64u + ki * 2u), e4m3_bits(h2kw1_0 / params.k_scale));
    put1_v_cache(h2co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_k_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_k_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_157: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_158: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_157 < u32(arrayLength(&k))) {
    k[word_157] = (read_k_out(word_157) & ((0xffffu << shift_158) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_158);
  }
  if (stored) {
    put1_k_cache(h3co + ki * 2u, e4m3_bits(h3kw0_0 / params.k_scale));
    put1_v_cache(h3co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_159: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_160: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_159 < u32(arrayLength(&k))) {
    k[word_159] = (read_k_out(word_159) & ((0xffffu << shift_160) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_160);
  }
  if (stored) {
    put1_k_cache(h3co + (64u + ki * 2u), e4m3_bits(h3kw1_0 / params.k_scale));
    put1_v_cache(h3co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (slot * 8u + h0) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_k_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_k_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_161: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_162: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_161 < u32(arrayLength(&k))) {
    k[word_161] = (read_k_out(word_161) & ((0xffffu << shift_162) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_162);
  }
  if (stored) {
    put1_k_cache(p1h0co + (1u + ki * 2u), e4m3_bits(p1h0kw0_0 / params.k_scale));
    put1_v_cache(p1h0co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_163: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_164: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_163 < u32(arrayLength(&k))) {
    k[word_163] = (read_k_out(word_163) & ((0xffffu << shift_164) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_164);
  }
  if (stored) {
    put1_k_cache(p1h0co + (65u + ki * 2u), e4m3_bits(p1h0kw1_0 / params.k_scale));
    put1_v_cache(p1h0co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_k_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_k_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_165: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_166: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_165 < u32(arrayLength(&k))) {
    k[word_165] = (read_k_out(word_165) & ((0xffffu << shift_166) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_166);
  }
  if (stored) {
    put1_k_cache(p1h1co + (1u + ki * 2u), e4m3_bits(p1h1kw0_0 / params.k_scale));
    put1_v_cache(p1h1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_167: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_168: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_167 < u32(arrayLength(&k))) {
    k[word_167] = (read_k_out(word_167) & ((0xffffu << shift_168) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_168);
  }
  if (stored) {
    put1_k_cache(p1h1co + (65u + ki * 2u), e4m3_bits(p1h1kw1_0 / params.k_scale));
    put1_v_cache(p1h1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_k_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_k_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_169: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_170: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_169 < u32(arrayLength(&k))) {
    k[word_169] = (read_k_out(word_169) & ((0xffffu << shift_170) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_170);
  }
  if (stored) {
    put1_k_cache(p1h2co + (1u + ki * 2u), e4m3_bits(p1h2kw0_0 / params.k_scale));
    put1_v_cache(p1h2co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_171: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_172: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_171 < u32(arrayLength(&k))) {
    k[word_171] = (read_k_out(word_171) & ((0xffffu << shift_172) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_172);
  }
  if (stored) {
    put1_k_cache(p1h2co + (65u + ki * 2u), e4m3_bits(p1h2kw1_0 / params.k_scale));
    put1_v_cache(p1h2co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_k_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_k_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_173: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_174: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_173 < u32(arrayLength(&k))) {
    k[word_173] = (read_k_out(word_173) & ((0xffffu << shift_174) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_174);
  }
  if (stored) {
    put1_k_cache(p1h3co + (1u + ki * 2u), e4m3_bits(p1h3kw0_0 / params.k_scale));
    put1_v_cache(p1h3co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_175: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_176: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_175 < u32(arrayLength(&k))) {
    k[word_175] = (read_k_out(word_175) & ((0xffffu << shift_176) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_176);
  }
  if (stored) {
    put1_k_cache(p1h3co + (65u + ki * 2u), e4m3_bits(p1h3kw1_0 / params.k_scale));
    put1_v_cache(p1h3co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar) (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_177: u32 = (o + ki * 2u) >> 1u;
    let shift_178: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_177 < u32(arrayLength(&q))) {
      q[word_177] = (read_q_out(word_177) & ((0xffffu << shift_178) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_178);
    }
    let word_179: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_180: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_179 < u32(arrayLength(&q))) {
      q[word_179] = (read_q_out(word_179) & ((0xffffu << shift_180) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_180);
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_181: u32 = (o + ki * 2u) >> 1u;
    let shift_182: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_181 < u32(arrayLength(&k))) {
      k[word_181] = (read_k_out(word_181) & ((0xffffu << shift_182) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_182);
    }
    if (stored) {
      put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_183: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_184: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_183 < u32(arrayLength(&k))) {
      k[word_183] = (read_k_out(word_183) & ((0xffffu << shift_184) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_184);
    }
    if (stored) {
      put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_185: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_186: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_185 < u32(arrayLength(&q))) {
      q[word_185] = (read_q_out(word_185) & ((0xffffu << shift_186) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_186);
    }
    let word_187: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_188: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_187 < u32(arrayLength(&q))) {
      q[word_187] = (read_q_out(word_187) & ((0xffffu << shift_188) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_188);
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_189: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_190: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_189 < u32(arrayLength(&k))) {
      k[word_189] = (read_k_out(word_189) & ((0xffffu << shift_190) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_190);
    }
    if (stored) {
      put1_k_cache(co + (1u + ki * 2u), e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_191: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_192: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_191 < u32(arrayLength(&k))) {
      k[word_191] = (read_k_out(word_191) & ((0xffffu << shift_192) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_192);
    }
    if (stored) {
      put1_k_cache(co + (65u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_v((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_193: u32 = (o + ki * 2u) >> 1u;
  let shift_194: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_193 < u32(arrayLength(&q))) {
    q[word_193] = (read_q_out(word_193) & ((0xffffu << shift_194) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_194);
  }
  let word_195: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_196: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_195 < u32(arrayLength(&q))) {
    q[word_195] = (read_q_out(word_195) & ((0xffffu << shift_196) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_196);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_197: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_198: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_197 < u32(arrayLength(&q))) {
    q[word_197] = (read_q_out(word_197) & ((0xffffu << shift_198) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_198);
  }
  let word_199: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_200: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_199 < u32(arrayLength(&q))) {
    q[word_199] = (read_q_out(word_199) & ((0xffffu << shift_200) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_200);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_201: u32 = (o + ki * 2u) >> 1u;
  let shift_202: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_201 < u32(arrayLength(&q))) {
    q[word_201] = (read_q_out(word_201) & ((0xffffu << shift_202) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_202);
  }
  if (stored) {
    put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
    put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_out((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_203: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_204: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_203 < u32(arrayLength(&q))) {
    q[word_203] = (read_q_out(word_203) & ((0xffffu << shift_204) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_204);
  }
  if (stored) {
    put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
    put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (slot * 8u + h0) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_205: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_206: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_205 < u32(arrayLength(&q))) {
    q[word_205] = (read_q_out(word_205) & ((0xffffu << shift_206) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_206);
  }
  if (stored) {
    put1_k_cache(p1co + (1u + ki * 2u), e4m3_bits(p1kw0_0 / params.k_scale));
    put1_v_cache(p1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_207: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_208: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_207 < u32(arrayLength(&q))) {
    q[word_207] = (read_q_out(word_207) & ((0xffffu << shift_208) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_208);
  }
  if (stored) {
    put1_k_cache(p1co + (65u + ki * 2u), e4m3_bits(p1kw1_0 / params.k_scale));
    put1_v_cache(p1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_209: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_210: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_209 < u32(arrayLength(&q))) {
    q[word_209] = (read_q_out(word_209) & ((0xffffu << shift_210) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_210);
  }
  let word_211: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_212: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_211 < u32(arrayLength(&q))) {
    q[word_211] = (read_q_out(word_211) & ((0xffffu << shift_212) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_212);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_213: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_214: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_213 < u32(arrayLength(&q))) {
    q[word_213] = (read_q_out(word_213) & ((0xffffu << shift_214) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_214);
  }
  let word_215: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_216: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_215 < u32(arrayLength(&q))) {
    q[word_215] = (read_q_out(word_215) & ((0xffffu << shift_216) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_216);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_217: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_218: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_217 < u32(arrayLength(&q))) {
    q[word_217] = (read_q_out(word_217) & ((0xffffu << shift_218) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_218);
  }
  let word_219: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_220: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_219 < u32(arrayLength(&q))) {
    q[word_219] = (read_q_out(word_219) & ((0xffffu << shift_220) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_220);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_221: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_222: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_221 < u32(arrayLength(&q))) {
    q[word_221] = (read_q_out(word_221) & ((0xffffu << shift_222) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_222);
  }
  let word_223: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_224: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_223 < u32(arrayLength(&q))) {
    q[word_223] = (read_q_out(word_223) & ((0xffffu << shift_224) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_224);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_225: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_226: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_225 < u32(arrayLength(&q))) {
    q[word_225] = (read_q_out(word_225) & ((0xffffu << shift_226) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_226);
  }
  let word_227: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_228: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_227 < u32(arrayLength(&q))) {
    q[word_227] = (read_q_out(word_227) & ((0xffffu << shift_228) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_228);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_229: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_230: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_229 < u32(arrayLength(&q))) {
    q[word_229] = (read_q_out(word_229) & ((0xffffu << shift_230) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_230);
  }
  let word_231: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_232: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_231 < u32(arrayLength(&q))) {
    q[word_231] = (read_q_out(word_231) & ((0xffffu << shift_232) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_232);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_233: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_234: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_233 < u32(arrayLength(&q))) {
    q[word_233] = (read_q_out(word_233) & ((0xffffu << shift_234) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_234);
  }
  let word_235: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_236: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_235 < u32(arrayLength(&q))) {
    q[word_235] = (read_q_out(word_235) & ((0xffffu << shift_236) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_236);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_237: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_238: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_237 < u32(arrayLength(&q))) {
    q[word_237] = (read_q_out(word_237) & ((0xffffu << shift_238) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_238);
  }
  let word_239: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_240: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_239 < u32(arrayLength(&q))) {
    q[word_239] = (read_q_out(word_239) & ((0xffffu << shift_240) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_240);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_241: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_242: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_241 < u32(arrayLength(&q))) {
    q[word_241] = (read_q_out(word_241) & ((0xffffu << shift_242) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_242);
  }
  if (stored) {
    put1_k_cache(h0co + ki * 2u, e4m3_bits(h0kw0_0 / params.k_scale));
    put1_v_cache(h0co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_out((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_243: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_244: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_243 < u32(arrayLength(&q))) {
    q[word_243] = (read_q_out(word_243) & ((0xffffu << shift_244) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_244);
  }
  if (stored) {
    put1_k_cache(h0co + (64u + ki * 2u), e4m3_bits(h0kw1_0 / params.k_scale));
    put1_v_cache(h0co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_245: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_246: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_245 < u32(arrayLength(&q))) {
    q[word_245] = (read_q_out(word_245) & ((0xffffu << shift_246) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_246);
  }
  if (stored) {
    put1_k_cache(h1co + ki * 2u, e4m3_bits(h1kw0_0 / params.k_scale));
    put1_v_cache(h1co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_out((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_247: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_248: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_247 < u32(arrayLength(&q))) {
    q[word_247] = (read_q_out(word_247) & ((0xffffu << shift_248) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_248);
  }
  if (stored) {
    put1_k_cache(h1co + (64u + ki * 2u), e4m3_bits(h1kw1_0 / params.k_scale));
    put1_v_cache(h1co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_249: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_250: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_249 < u32(arrayLength(&q))) {
    q[word_249] = (read_q_out(word_249) & ((0xffffu << shift_250) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_250);
  }
  if (stored) {
    put1_k_cache(h2co + ki * 2u, e4m3_bits(h2kw0_0 / params.k_scale));
    put1_v_cache(h2co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_out((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_251: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_252: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_251 < u32(arrayLength(&q))) {
    q[word_251] = (read_q_out(word_251) & ((0xffffu << shift_252) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_252);
  }
  if (stored) {
    put1_k_cache(h2co + (64u + ki * 2u), e4m3_bits(h2kw1_0 / params.k_scale));
    put1_v_cache(h2co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_253: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_254: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_253 < u32(arrayLength(&q))) {
    q[word_253] = (read_q_out(word_253) & ((0xffffu << shift_254) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_254);
  }
  if (stored) {
    put1_k_cache(h3co + ki * 2u, e4m3_bits(h3kw0_0 / params.k_scale));
    put1_v_cache(h3co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_out((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_255: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_256: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_255 < u32(arrayLength(&q))) {
    q[word_255] = (read_q_out(word_255) & ((0xffffu << shift_256) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_256);
  }
  if (stored) {
    put1_k_cache(h3co + (64u + ki * 2u), e4m3_bits(h3kw1_0 / params.k_scale));
    put1_v_cache(h3co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (slot * 8u + h0) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_257: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_258: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_257 < u32(arrayLength(&q))) {
    q[word_257] = (read_q_out(word_257) & ((0xffffu << shift_258) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_258);
  }
  if (stored) {
    put1_k_cache(p1h0co + (1u + ki * 2u), e4m3_bits(p1h0kw0_0 / params.k_scale));
    put1_v_cache(p1h0co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_259: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_260: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_259 < u32(arrayLength(&q))) {
    q[word_259] = (read_q_out(word_259) & ((0xffffu << shift_260) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_260);
  }
  if (stored) {
    put1_k_cache(p1h0co + (65u + ki * 2u), e4m3_bits(p1h0kw1_0 / params.k_scale));
    put1_v_cache(p1h0co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_261: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_262: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_261 < u32(arrayLength(&q))) {
    q[word_261] = (read_q_out(word_261) & ((0xffffu << shift_262) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_262);
  }
  if (stored) {
    put1_k_cache(p1h1co + (1u + ki * 2u), e4m3_bits(p1h1kw0_0 / params.k_scale));
    put1_v_cache(p1h1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_263: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_264: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_263 < u32(arrayLength(&q))) {
    q[word_263] = (read_q_out(word_263) & ((0xffffu << shift_264) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_264);
  }
  if (stored) {
    put1_k_cache(p1h1co + (65u + ki * 2u), e4m3_bits(p1h1kw1_0 / params.k_scale));
    put1_v_cache(p1h1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_265: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_266: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_265 < u32(arrayLength(&q))) {
    q[word_265] = (read_q_out(word_265) & ((0xffffu << shift_266) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_266);
  }
  if (stored) {
    put1_k_cache(p1h2co + (1u + ki * 2u), e4m3_bits(p1h2kw0_0 / params.k_scale));
    put1_v_cache(p1h2co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_267: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_268: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_267 < u32(arrayLength(&q))) {
    q[word_267] = (read_q_out(word_267) & ((0xffffu << shift_268) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_268);
  }
  if (stored) {
    put1_k_cache(p1h2co + (65u + ki * 2u), e4m3_bits(p1h2kw1_0 / params.k_scale));
    put1_v_cache(p1h2co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_269: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_270: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_269 < u32(arrayLength(&q))) {
    q[word_269] = (read_q_out(word_269) & ((0xffffu << shift_270) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_270);
  }
  if (stored) {
    put1_k_cache(p1h3co + (1u + ki * 2u), e4m3_bits(p1h3kw0_0 / params.k_scale));
    put1_v_cache(p1h3co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_271: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_272: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_271 < u32(arrayLength(&q))) {
    q[word_271] = (read_q_out(word_271) & ((0xffffu << shift_272) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_272);
  }
  if (stored) {
    put1_k_cache(p1h3co + (65u + ki * 2u), e4m3_bits(p1h3kw1_0 / params.k_scale));
    put1_v_cache(p1h3co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every q head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_273: u32 = (o + ki * 2u) >> 1u;
    let shift_274: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_273 < u32(arrayLength(&q))) {
      q[word_273] = (read_q_out(word_273) & ((0xffffu << shift_274) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_274);
    }
    let word_275: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_276: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_275 < u32(arrayLength(&q))) {
      q[word_275] = (read_q_out(word_275) & ((0xffffu << shift_276) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_276);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_277: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_278: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_277 < u32(arrayLength(&q))) {
      q[word_277] = (read_q_out(word_277) & ((0xffffu << shift_278) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_278);
    }
    let word_279: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_280: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_279 < u32(arrayLength(&q))) {
      q[word_279] = (read_q_out(word_279) & ((0xffffu << shift_280) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_280);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every k head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_281: u32 = (o + ki * 2u) >> 1u;
    let shift_282: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_281 < u32(arrayLength(&q))) {
      q[word_281] = (read_q_out(word_281) & ((0xffffu << shift_282) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_282);
    }
    if (stored) {
      put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_out((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_283: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_284: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_283 < u32(arrayLength(&q))) {
      q[word_283] = (read_q_out(word_283) & ((0xffffu << shift_284) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_284);
    }
    if (stored) {
      put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_285: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_286: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_285 < u32(arrayLength(&q))) {
      q[word_285] = (read_q_out(word_285) & ((0xffffu << shift_286) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_286);
    }
    if (stored) {
      put1_k_cache(co + (1u + ki * 2u), e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_287: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_288: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_287 < u32(arrayLength(&q))) {
      q[word_287] = (read_q_out(word_287) & ((0xffffu << shift_288) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_288);
    }
    if (stored) {
      put1_k_cache(co + (65u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_out((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_289: u32 = (o + ki * 2u) >> 1u;
  let shift_290: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_289 < u32(arrayLength(&q))) {
    q[word_289] = (read_q_out(word_289) & ((0xffffu << shift_290) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_290);
  }
  let word_291: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_292: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_291 < u32(arrayLength(&q))) {
    q[word_291] = (read_q_out(word_291) & ((0xffffu << shift_292) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_292);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_293: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_294: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_293 < u32(arrayLength(&q))) {
    q[word_293] = (read_q_out(word_293) & ((0xffffu << shift_294) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_294);
  }
  let word_295: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_296: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_295 < u32(arrayLength(&q))) {
    q[word_295] = (read_q_out(word_295) & ((0xffffu << shift_296) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_296);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_297: u32 = (o + ki * 2u) >> 1u;
  let shift_298: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_297 < u32(arrayLength(&q))) {
    q[word_297] = (read_q_out(word_297) & ((0xffffu << shift_298) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_298);
  }
  if (stored) {
    put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
    put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_in((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_299: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_300: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_299 < u32(arrayLength(&q))) {
    q[word_299] = (read_q_out(word_299) & ((0xffffu << shift_300) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_300);
  }
  if (stored) {
    put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
    put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (slot * 8u + h0) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_301: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_302: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_301 < u32(arrayLength(&q))) {
    q[word_301] = (read_q_out(word_301) & ((0xffffu << shift_302) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_302);
  }
  if (stored) {
    put1_k_cache(p1co + (1u + ki * 2u), e4m3_bits(p1kw0_0 / params.k_scale));
    put1_v_cache(p1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_303: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_304: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_303 < u32(arrayLength(&q))) {
    q[word_303] = (read_q_out(word_303) & ((0xffffu << shift_304) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_304);
  }
  if (stored) {
    put1_k_cache(p1co + (65u + ki * 2u), e4m3_bits(p1kw1_0 / params.k_scale));
    put1_v_cache(p1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_305: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_306: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_305 < u32(arrayLength(&q))) {
    q[word_305] = (read_q_out(word_305) & ((0xffffu << shift_306) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_306);
  }
  let word_307: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_308: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_307 < u32(arrayLength(&q))) {
    q[word_307] = (read_q_out(word_307) & ((0xffffu << shift_308) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_308);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_309: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_310: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_309 < u32(arrayLength(&q))) {
    q[word_309] = (read_q_out(word_309) & ((0xffffu << shift_310) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_310);
  }
  let word_311: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_312: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_311 < u32(arrayLength(&q))) {
    q[word_311] = (read_q_out(word_311) & ((0xffffu << shift_312) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_312);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_313: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_314: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_313 < u32(arrayLength(&q))) {
    q[word_313] = (read_q_out(word_313) & ((0xffffu << shift_314) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_314);
  }
  let word_315: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_316: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_315 < u32(arrayLength(&q))) {
    q[word_315] = (read_q_out(word_315) & ((0xffffu << shift_316) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_316);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_317: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_318: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_317 < u32(arrayLength(&q))) {
    q[word_317] = (read_q_out(word_317) & ((0xffffu << shift_318) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_318);
  }
  let word_319: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_320: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_319 < u32(arrayLength(&q))) {
    q[word_319] = (read_q_out(word_319) & ((0xffffu << shift_320) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_320);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_321: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_322: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_321 < u32(arrayLength(&q))) {
    q[word_321] = (read_q_out(word_321) & ((0xffffu << shift_322) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_322);
  }
  let word_323: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_324: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_323 < u32(arrayLength(&q))) {
    q[word_323] = (read_q_out(word_323) & ((0xffffu << shift_324) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_324);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_325: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_326: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_325 < u32(arrayLength(&q))) {
    q[word_325] = (read_q_out(word_325) & ((0xffffu << shift_326) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_326);
  }
  let word_327: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_328: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_327 < u32(arrayLength(&q))) {
    q[word_327] = (read_q_out(word_327) & ((0xffffu << shift_328) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_328);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_329: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_330: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_329 < u32(arrayLength(&q))) {
    q[word_329] = (read_q_out(word_329) & ((0xffffu << shift_330) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_330);
  }
  let word_331: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_332: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_331 < u32(arrayLength(&q))) {
    q[word_331] = (read_q_out(word_331) & ((0xffffu << shift_332) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_332);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_333: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_334: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_333 < u32(arrayLength(&q))) {
    q[word_333] = (read_q_out(word_333) & ((0xffffu << shift_334) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_334);
  }
  let word_335: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_336: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_335 < u32(arrayLength(&q))) {
    q[word_335] = (read_q_out(word_335) & ((0xffffu << shift_336) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_336);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (slot * 8u + h0) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_337: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_338: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_337 < u32(arrayLength(&q))) {
    q[word_337] = (read_q_out(word_337) & ((0xffffu << shift_338) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_338);
  }
  if (stored) {
    put1_k_cache(h0co + ki * 2u, e4m3_bits(h0kw0_0 / params.k_scale));
    put1_v_cache(h0co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_in((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_339: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_340: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_339 < u32(arrayLength(&q))) {
    q[word_339] = (read_q_out(word_339) & ((0xffffu << shift_340) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_340);
  }
  if (stored) {
    put1_k_cache(h0co + (64u + ki * 2u), e4m3_bits(h0kw1_0 / params.k_scale));
    put1_v_cache(h0co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_341: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_342: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_341 < u32(arrayLength(&q))) {
    q[word_341] = (read_q_out(word_341) & ((0xffffu << shift_342) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_342);
  }
  if (stored) {
    put1_k_cache(h1co + ki * 2u, e4m3_bits(h1kw0_0 / params.k_scale));
    put1_v_cache(h1co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_in((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_343: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_344: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_343 < u32(arrayLength(&q))) {
    q[word_343] = (read_q_out(word_343) & ((0xffffu << shift_344) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_344);
  }
  if (stored) {
    put1_k_cache(h1co + (64u + ki * 2u), e4m3_bits(h1kw1_0 / params.k_scale));
    put1_v_cache(h1co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_345: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_346: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_345 < u32(arrayLength(&q))) {
    q[word_345] = (read_q_out(word_345) & ((0xffffu << shift_346) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_346);
  }
  if (stored) {
    put1_k_cache(h2co + ki * 2u, e4m3_bits(h2kw0_0 / params.k_scale));
    put1_v_cache(h2co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_in((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_347: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_348: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_347 < u32(arrayLength(&q))) {
    q[word_347] = (read_q_out(word_347) & ((0xffffu << shift_348) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_348);
  }
  if (stored) {
    put1_k_cache(h2co + (64u + ki * 2u), e4m3_bits(h2kw1_0 / params.k_scale));
    put1_v_cache(h2co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_349: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_350: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_349 < u32(arrayLength(&q))) {
    q[word_349] = (read_q_out(word_349) & ((0xffffu << shift_350) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_350);
  }
  if (stored) {
    put1_k_cache(h3co + ki * 2u, e4m3_bits(h3kw0_0 / params.k_scale));
    put1_v_cache(h3co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_in((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_351: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_352: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_351 < u32(arrayLength(&q))) {
    q[word_351] = (read_q_out(word_351) & ((0xffffu << shift_352) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_352);
  }
  if (stored) {
    put1_k_cache(h3co + (64u + ki * 2u), e4m3_bits(h3kw1_0 / params.k_scale));
    put1_v_cache(h3co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (slot * 8u + h0) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_353: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_354: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_353 < u32(arrayLength(&q))) {
    q[word_353] = (read_q_out(word_353) & ((0xffffu << shift_354) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_354);
  }
  if (stored) {
    put1_k_cache(p1h0co + (1u + ki * 2u), e4m3_bits(p1h0kw0_0 / params.k_scale));
    put1_v_cache(p1h0co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_355: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_356: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_355 < u32(arrayLength(&q))) {
    q[word_355] = (read_q_out(word_355) & ((0xffffu << shift_356) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_356);
  }
  if (stored) {
    put1_k_cache(p1h0co + (65u + ki * 2u), e4m3_bits(p1h0kw1_0 / params.k_scale));
    put1_v_cache(p1h0co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1co: u32 = (slot * 8u + (h0 + 1u)) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_357: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_358: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_357 < u32(arrayLength(&q))) {
    q[word_357] = (read_q_out(word_357) & ((0xffffu << shift_358) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_358);
  }
  if (stored) {
    put1_k_cache(p1h1co + (1u + ki * 2u), e4m3_bits(p1h1kw0_0 / params.k_scale));
    put1_v_cache(p1h1co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_359: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_360: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_359 < u32(arrayLength(&q))) {
    q[word_359] = (read_q_out(word_359) & ((0xffffu << shift_360) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_360);
  }
  if (stored) {
    put1_k_cache(p1h1co + (65u + ki * 2u), e4m3_bits(p1h1kw1_0 / params.k_scale));
    put1_v_cache(p1h1co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2co: u32 = (slot * 8u + (h0 + 2u)) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_361: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_362: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_361 < u32(arrayLength(&q))) {
    q[word_361] = (read_q_out(word_361) & ((0xffffu << shift_362) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_362);
  }
  if (stored) {
    put1_k_cache(p1h2co + (1u + ki * 2u), e4m3_bits(p1h2kw0_0 / params.k_scale));
    put1_v_cache(p1h2co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_363: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_364: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_363 < u32(arrayLength(&q))) {
    q[word_363] = (read_q_out(word_363) & ((0xffffu << shift_364) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_364);
  }
  if (stored) {
    put1_k_cache(p1h2co + (65u + ki * 2u), e4m3_bits(p1h2kw1_0 / params.k_scale));
    put1_v_cache(p1h2co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3co: u32 = (slot * 8u + (h0 + 3u)) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_365: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_366: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_365 < u32(arrayLength(&q))) {
    q[word_365] = (read_q_out(word_365) & ((0xffffu << shift_366) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_366);
  }
  if (stored) {
    put1_k_cache(p1h3co + (1u + ki * 2u), e4m3_bits(p1h3kw0_0 / params.k_scale));
    put1_v_cache(p1h3co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_367: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_368: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_367 < u32(arrayLength(&q))) {
    q[word_367] = (read_q_out(word_367) & ((0xffffu << shift_368) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_368);
  }
  if (stored) {
    put1_k_cache(p1h3co + (65u + ki * 2u), e4m3_bits(p1h3kw1_0 / params.k_scale));
    put1_v_cache(p1h3co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar) (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_369: u32 = (o + ki * 2u) >> 1u;
    let shift_370: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_369 < u32(arrayLength(&q))) {
      q[word_369] = (read_q_out(word_369) & ((0xffffu << shift_370) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_370);
    }
    let word_371: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_372: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_371 < u32(arrayLength(&q))) {
      q[word_371] = (read_q_out(word_371) & ((0xffffu << shift_372) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_372);
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_373: u32 = (o + ki * 2u) >> 1u;
    let shift_374: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_373 < u32(arrayLength(&q))) {
      q[word_373] = (read_q_out(word_373) & ((0xffffu << shift_374) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_374);
    }
    if (stored) {
      put1_k_cache(co + ki * 2u, e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + ki * 2u, e4m3_bits(bitcast<f32>(((read_q_in((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_375: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_376: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_375 < u32(arrayLength(&q))) {
      q[word_375] = (read_q_out(word_375) & ((0xffffu << shift_376) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_376);
    }
    if (stored) {
      put1_k_cache(co + (64u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (64u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_377: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_378: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_377 < u32(arrayLength(&q))) {
      q[word_377] = (read_q_out(word_377) & ((0xffffu << shift_378) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_378);
    }
    let word_379: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_380: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_379 < u32(arrayLength(&q))) {
      q[word_379] = (read_q_out(word_379) & ((0xffffu << shift_380) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_380);
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_381: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_382: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_381 < u32(arrayLength(&q))) {
      q[word_381] = (read_q_out(word_381) & ((0xffffu << shift_382) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_382);
    }
    if (stored) {
      put1_k_cache(co + (1u + ki * 2u), e4m3_bits(kw0_0 / params.k_scale));
      put1_v_cache(co + (1u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_383: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_384: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_383 < u32(arrayLength(&q))) {
      q[word_383] = (read_q_out(word_383) & ((0xffffu << shift_384) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_384);
    }
    if (stored) {
      put1_k_cache(co + (65u + ki * 2u), e4m3_bits(kw1_0 / params.k_scale));
      put1_v_cache(co + (65u + ki * 2u), e4m3_bits(bitcast<f32>(((read_q_in((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u) / params.v_scale));
    }
  }
}

// in place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 32u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_in_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_in_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 32u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_in_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_in_k4_0(flat, chunk, h0);
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

// out of place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 32u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_out_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_out_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 32u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_out_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_out_k4_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 32 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 32u) {
    return;
  }
  let flat: u32 = item / 32u;
  let chunk: u32 = item - flat * 32u;
  item_scalar_out_0(flat, chunk);
}

// in place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 32u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_in_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_in_shared_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 32u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_in_shared_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_in_shared_k4_0(flat, chunk, h0);
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

// out of place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 32u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_out_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_out_shared_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 32u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_out_shared_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_out_shared_k4_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 32 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 32u) {
    return;
  }
  let flat: u32 = item / 32u;
  let chunk: u32 = item - flat * 32u;
  item_scalar_out_shared_0(flat, chunk);
}
