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

/** bytes i … i + 3 of k_cache = the bytes of x, lowest first */
fn put4_k_cache(i: u32, x: u32) {
  let w: u32 = i >> 2u;
  let sh: u32 = (i & 3u) * 8u;
  if (sh == 0u) {
    if (w < u32(arrayLength(&k_cache))) {
      atomicStore(&k_cache[w], x);
    }
  } else {
    if (w < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[w], (0xffffffffu << sh) ^ 0xffffffffu);
    }
    if (w < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[w], x << sh);
    }
    if (w + 1u < u32(arrayLength(&k_cache))) {
      atomicAnd(&k_cache[w + 1u], 0xffffffffu << sh);
    }
    if (w + 1u < u32(arrayLength(&k_cache))) {
      atomicOr(&k_cache[w + 1u], x >> (32u - sh));
    }
  }
}

/** bytes i … i + 3 of v_cache = the bytes of x, lowest first */
fn put4_v_cache(i: u32, x: u32) {
  let w: u32 = i >> 2u;
  let sh: u32 = (i & 3u) * 8u;
  if (sh == 0u) {
    if (w < u32(arrayLength(&v_cache))) {
      atomicStore(&v_cache[w], x);
    }
  } else {
    if (w < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[w], (0xffffffffu << sh) ^ 0xffffffffu);
    }
    if (w < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[w], x << sh);
    }
    if (w + 1u < u32(arrayLength(&v_cache))) {
      atomicAnd(&v_cache[w + 1u], 0xffffffffu << sh);
    }
    if (w + 1u < u32(arrayLength(&v_cache))) {
      atomicOr(&v_cache[w + 1u], x >> (32u - sh));
    }
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
    put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
    put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
    put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
    put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
    put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h0co + ki * 8u, ((e4m3_bits(h0_ya0 / params.k_scale) | (e4m3_bits(h0_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya3 / params.k_scale) << 24u));
    put4_k_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(h0_ya4 / params.k_scale) | (e4m3_bits(h0_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya7 / params.k_scale) << 24u));
    put4_v_cache(h0co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    put4_k_cache(h0co + (64u + ki * 8u), ((e4m3_bits(h0_yb0 / params.k_scale) | (e4m3_bits(h0_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb3 / params.k_scale) << 24u));
    put4_k_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h0_yb4 / params.k_scale) | (e4m3_bits(h0_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb7 / params.k_scale) << 24u));
    put4_v_cache(h0co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h1co + ki * 8u, ((e4m3_bits(h1_ya0 / params.k_scale) | (e4m3_bits(h1_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya3 / params.k_scale) << 24u));
    put4_k_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(h1_ya4 / params.k_scale) | (e4m3_bits(h1_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya7 / params.k_scale) << 24u));
    put4_v_cache(h1co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    put4_k_cache(h1co + (64u + ki * 8u), ((e4m3_bits(h1_yb0 / params.k_scale) | (e4m3_bits(h1_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb3 / params.k_scale) << 24u));
    put4_k_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h1_yb4 / params.k_scale) | (e4m3_bits(h1_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb7 / params.k_scale) << 24u));
    put4_v_cache(h1co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h2co + ki * 8u, ((e4m3_bits(h2_ya0 / params.k_scale) | (e4m3_bits(h2_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya3 / params.k_scale) << 24u));
    put4_k_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(h2_ya4 / params.k_scale) | (e4m3_bits(h2_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya7 / params.k_scale) << 24u));
    put4_v_cache(h2co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    put4_k_cache(h2co + (64u + ki * 8u), ((e4m3_bits(h2_yb0 / params.k_scale) | (e4m3_bits(h2_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb3 / params.k_scale) << 24u));
    put4_k_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h2_yb4 / params.k_scale) | (e4m3_bits(h2_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb7 / params.k_scale) << 24u));
    put4_v_cache(h2co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h3co + ki * 8u, ((e4m3_bits(h3_ya0 / params.k_scale) | (e4m3_bits(h3_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya3 / params.k_scale) << 24u));
    put4_k_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(h3_ya4 / params.k_scale) | (e4m3_bits(h3_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya7 / params.k_scale) << 24u));
    put4_v_cache(h3co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    put4_k_cache(h3co + (64u + ki * 8u), ((e4m3_bits(h3_yb0 / params.k_scale) | (e4m3_bits(h3_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb3 / params.k_scale) << 24u));
    put4_k_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h3_yb4 / params.k_scale) | (e4m3_bits(h3_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb7 / params.k_scale) << 24u));
    put4_v_cache(h3co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
      put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
      put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
      put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
      put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
      put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
    put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
    put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
    put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
    put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h0co + ki * 8u, ((e4m3_bits(h0_ya0 / params.k_scale) | (e4m3_bits(h0_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya3 / params.k_scale) << 24u));
    put4_k_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(h0_ya4 / params.k_scale) | (e4m3_bits(h0_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya7 / params.k_scale) << 24u));
    put4_v_cache(h0co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    put4_k_cache(h0co + (64u + ki * 8u), ((e4m3_bits(h0_yb0 / params.k_scale) | (e4m3_bits(h0_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb3 / params.k_scale) << 24u));
    put4_k_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h0_yb4 / params.k_scale) | (e4m3_bits(h0_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb7 / params.k_scale) << 24u));
    put4_v_cache(h0co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h1co + ki * 8u, ((e4m3_bits(h1_ya0 / params.k_scale) | (e4m3_bits(h1_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya3 / params.k_scale) << 24u));
    put4_k_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(h1_ya4 / params.k_scale) | (e4m3_bits(h1_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya7 / params.k_scale) << 24u));
    put4_v_cache(h1co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    put4_k_cache(h1co + (64u + ki * 8u), ((e4m3_bits(h1_yb0 / params.k_scale) | (e4m3_bits(h1_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb3 / params.k_scale) << 24u));
    put4_k_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h1_yb4 / params.k_scale) | (e4m3_bits(h1_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb7 / params.k_scale) << 24u));
    put4_v_cache(h1co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h2co + ki * 8u, ((e4m3_bits(h2_ya0 / params.k_scale) | (e4m3_bits(h2_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya3 / params.k_scale) << 24u));
    put4_k_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(h2_ya4 / params.k_scale) | (e4m3_bits(h2_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya7 / params.k_scale) << 24u));
    put4_v_cache(h2co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    put4_k_cache(h2co + (64u + ki * 8u), ((e4m3_bits(h2_yb0 / params.k_scale) | (e4m3_bits(h2_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb3 / params.k_scale) << 24u));
    put4_k_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h2_yb4 / params.k_scale) | (e4m3_bits(h2_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb7 / params.k_scale) << 24u));
    put4_v_cache(h2co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h3co + ki * 8u, ((e4m3_bits(h3_ya0 / params.k_scale) | (e4m3_bits(h3_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya3 / params.k_scale) << 24u));
    put4_k_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(h3_ya4 / params.k_scale) | (e4m3_bits(h3_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya7 / params.k_scale) << 24u));
    put4_v_cache(h3co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    put4_k_cache(h3co + (64u + ki * 8u), ((e4m3_bits(h3_yb0 / params.k_scale) | (e4m3_bits(h3_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb3 / params.k_scale) << 24u));
    put4_k_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h3_yb4 / params.k_scale) | (e4m3_bits(h3_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb7 / params.k_scale) << 24u));
    put4_v_cache(h3co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
      put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
      put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
      put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
      put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
      put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_v((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
    put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
    put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
    put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
    put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h0co + ki * 8u, ((e4m3_bits(h0_ya0 / params.k_scale) | (e4m3_bits(h0_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya3 / params.k_scale) << 24u));
    put4_k_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(h0_ya4 / params.k_scale) | (e4m3_bits(h0_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya7 / params.k_scale) << 24u));
    put4_v_cache(h0co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    put4_k_cache(h0co + (64u + ki * 8u), ((e4m3_bits(h0_yb0 / params.k_scale) | (e4m3_bits(h0_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb3 / params.k_scale) << 24u));
    put4_k_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h0_yb4 / params.k_scale) | (e4m3_bits(h0_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb7 / params.k_scale) << 24u));
    put4_v_cache(h0co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h1co + ki * 8u, ((e4m3_bits(h1_ya0 / params.k_scale) | (e4m3_bits(h1_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya3 / params.k_scale) << 24u));
    put4_k_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(h1_ya4 / params.k_scale) | (e4m3_bits(h1_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya7 / params.k_scale) << 24u));
    put4_v_cache(h1co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    put4_k_cache(h1co + (64u + ki * 8u), ((e4m3_bits(h1_yb0 / params.k_scale) | (e4m3_bits(h1_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb3 / params.k_scale) << 24u));
    put4_k_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h1_yb4 / params.k_scale) | (e4m3_bits(h1_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb7 / params.k_scale) << 24u));
    put4_v_cache(h1co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h2co + ki * 8u, ((e4m3_bits(h2_ya0 / params.k_scale) | (e4m3_bits(h2_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya3 / params.k_scale) << 24u));
    put4_k_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(h2_ya4 / params.k_scale) | (e4m3_bits(h2_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya7 / params.k_scale) << 24u));
    put4_v_cache(h2co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    put4_k_cache(h2co + (64u + ki * 8u), ((e4m3_bits(h2_yb0 / params.k_scale) | (e4m3_bits(h2_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb3 / params.k_scale) << 24u));
    put4_k_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h2_yb4 / params.k_scale) | (e4m3_bits(h2_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb7 / params.k_scale) << 24u));
    put4_v_cache(h2co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h3co + ki * 8u, ((e4m3_bits(h3_ya0 / params.k_scale) | (e4m3_bits(h3_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya3 / params.k_scale) << 24u));
    put4_k_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(h3_ya4 / params.k_scale) | (e4m3_bits(h3_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya7 / params.k_scale) << 24u));
    put4_v_cache(h3co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    put4_k_cache(h3co + (64u + ki * 8u), ((e4m3_bits(h3_yb0 / params.k_scale) | (e4m3_bits(h3_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb3 / params.k_scale) << 24u));
    put4_k_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h3_yb4 / params.k_scale) | (e4m3_bits(h3_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb7 / params.k_scale) << 24u));
    put4_v_cache(h3co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
      put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
      put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
      put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
      put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
      put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_out((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
    put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
    put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = kw1;
  }
  if (stored) {
    put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
    put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
    put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h0co + ki * 8u, ((e4m3_bits(h0_ya0 / params.k_scale) | (e4m3_bits(h0_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya3 / params.k_scale) << 24u));
    put4_k_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(h0_ya4 / params.k_scale) | (e4m3_bits(h0_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h0_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h0_ya7 / params.k_scale) << 24u));
    put4_v_cache(h0co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h0kw1: vec4<u32> = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = h0kw1;
  }
  if (stored) {
    put4_k_cache(h0co + (64u + ki * 8u), ((e4m3_bits(h0_yb0 / params.k_scale) | (e4m3_bits(h0_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb3 / params.k_scale) << 24u));
    put4_k_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h0_yb4 / params.k_scale) | (e4m3_bits(h0_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h0_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h0_yb7 / params.k_scale) << 24u));
    put4_v_cache(h0co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h0co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h0vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h1co + ki * 8u, ((e4m3_bits(h1_ya0 / params.k_scale) | (e4m3_bits(h1_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya3 / params.k_scale) << 24u));
    put4_k_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(h1_ya4 / params.k_scale) | (e4m3_bits(h1_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h1_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h1_ya7 / params.k_scale) << 24u));
    put4_v_cache(h1co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h1kw1: vec4<u32> = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = h1kw1;
  }
  if (stored) {
    put4_k_cache(h1co + (64u + ki * 8u), ((e4m3_bits(h1_yb0 / params.k_scale) | (e4m3_bits(h1_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb3 / params.k_scale) << 24u));
    put4_k_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h1_yb4 / params.k_scale) | (e4m3_bits(h1_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h1_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h1_yb7 / params.k_scale) << 24u));
    put4_v_cache(h1co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h1co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h1vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h2co + ki * 8u, ((e4m3_bits(h2_ya0 / params.k_scale) | (e4m3_bits(h2_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya3 / params.k_scale) << 24u));
    put4_k_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(h2_ya4 / params.k_scale) | (e4m3_bits(h2_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h2_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h2_ya7 / params.k_scale) << 24u));
    put4_v_cache(h2co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h2kw1: vec4<u32> = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = h2kw1;
  }
  if (stored) {
    put4_k_cache(h2co + (64u + ki * 8u), ((e4m3_bits(h2_yb0 / params.k_scale) | (e4m3_bits(h2_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb3 / params.k_scale) << 24u));
    put4_k_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h2_yb4 / params.k_scale) | (e4m3_bits(h2_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h2_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h2_yb7 / params.k_scale) << 24u));
    put4_v_cache(h2co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h2co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h2vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
    put4_k_cache(h3co + ki * 8u, ((e4m3_bits(h3_ya0 / params.k_scale) | (e4m3_bits(h3_ya1 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya2 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya3 / params.k_scale) << 24u));
    put4_k_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(h3_ya4 / params.k_scale) | (e4m3_bits(h3_ya5 / params.k_scale) << 8u)) | (e4m3_bits(h3_ya6 / params.k_scale) << 16u)) | (e4m3_bits(h3_ya7 / params.k_scale) << 24u));
    put4_v_cache(h3co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
  }
  let h3kw1: vec4<u32> = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = h3kw1;
  }
  if (stored) {
    put4_k_cache(h3co + (64u + ki * 8u), ((e4m3_bits(h3_yb0 / params.k_scale) | (e4m3_bits(h3_yb1 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb2 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb3 / params.k_scale) << 24u));
    put4_k_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(h3_yb4 / params.k_scale) | (e4m3_bits(h3_yb5 / params.k_scale) << 8u)) | (e4m3_bits(h3_yb6 / params.k_scale) << 16u)) | (e4m3_bits(h3_yb7 / params.k_scale) << 24u));
    put4_v_cache(h3co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
    put4_v_cache((h3co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((h3vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
      put4_k_cache(co + ki * 8u, ((e4m3_bits(ya0 / params.k_scale) | (e4m3_bits(ya1 / params.k_scale) << 8u)) | (e4m3_bits(ya2 / params.k_scale) << 16u)) | (e4m3_bits(ya3 / params.k_scale) << 24u));
      put4_k_cache((co + ki * 8u) + 4u, ((e4m3_bits(ya4 / params.k_scale) | (e4m3_bits(ya5 / params.k_scale) << 8u)) | (e4m3_bits(ya6 / params.k_scale) << 16u)) | (e4m3_bits(ya7 / params.k_scale) << 24u));
      put4_v_cache(co + ki * 8u, ((e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + ki * 8u) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + ki * 8u) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
    }
    let kw1: vec4<u32> = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = kw1;
    }
    if (stored) {
      put4_k_cache(co + (64u + ki * 8u), ((e4m3_bits(yb0 / params.k_scale) | (e4m3_bits(yb1 / params.k_scale) << 8u)) | (e4m3_bits(yb2 / params.k_scale) << 16u)) | (e4m3_bits(yb3 / params.k_scale) << 24u));
      put4_k_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(yb4 / params.k_scale) | (e4m3_bits(yb5 / params.k_scale) << 8u)) | (e4m3_bits(yb6 / params.k_scale) << 16u)) | (e4m3_bits(yb7 / params.k_scale) << 24u));
      put4_v_cache(co + (64u + ki * 8u), ((e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).x >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).y >> 16u) << 16u) / params.v_scale) << 24u));
      put4_v_cache((co + (64u + ki * 8u)) + 4u, ((e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z & 0xffffu) << 16u) / params.v_scale) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).z >> 16u) << 16u) / params.v_scale) << 8u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w & 0xffffu) << 16u) / params.v_scale) << 16u)) | (e4m3_bits(bitcast<f32>((read_q_in((vo + (64u + ki * 8u)) / 8u).w >> 16u) << 16u) / params.v_scale) << 24u));
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
