// Generated from spec/llama2_7b.rope (rope llama2_7b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 96722e640a0f9816
//
// rope llama2_7b: head_dim 128, 64 pairs in 8 item(s) per token; f16 storage, layout bshd; 16-byte access (8 lanes per vector); positions index; ω constant; sincos computed; precision exact
// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed
// once, then every head of q and of k is rotated with them. An item owns every word or vector it
// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  offset: i32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(4) var<storage, read> k_src: array<vec4<u32>>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 64>(0.1591796875, 0.1378173828125, 0.119354248046875, 0.103363037109375, 0.089508056640625, 0.0775146484375, 0.067108154296875, 0.0581207275390625, 0.050323486328125, 0.0435791015625, 0.0377349853515625, 0.032684326171875, 0.0283050537109375, 0.024505615234375, 0.0212249755859375, 0.01837921142578125, 0.0159149169921875, 0.013782501220703125, 0.011936187744140625, 0.010334014892578125, 0.00894927978515625, 0.0077495574951171875, 0.0067119598388671875, 0.0058116912841796875, 0.0050334930419921875, 0.0043582916259765625, 0.0037736892700195312, 0.0032682418823242188, 0.00283050537109375, 0.0024509429931640625, 0.0021219253540039062, 0.0018377304077148438, 0.0015916824340820312, 0.0013780593872070312, 0.0011935234069824219, 0.0010333061218261719, 0.0008950233459472656, 0.0007750988006591797, 0.0006711483001708984, 0.0005812644958496094, 0.0005033016204833984, 0.00043582916259765625, 0.00037741661071777344, 0.0003268718719482422, 0.0002830028533935547, 0.00024509429931640625, 0.00021225214004516602, 0.0001837611198425293, 0.00015914440155029297, 0.00013780593872070312, 0.00011935830116271973, 0.00010335445404052734, 0.00008949637413024902, 0.00007751584053039551, 0.00006711483001708984, 0.00005811452865600586, 0.00005033612251281738, 0.000043585896492004395, 0.00003774464130401611, 0.00003267824649810791, 0.000028304755687713623, 0.000024512410163879395, 0.000021226704120635986, 0.000018380582332611084);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000005120411515235901, -0.0000048782676458358765, -0.000010740011930465698, -0.000008653849363327026, -0.000011358410120010376, 0.00000692903995513916, -0.0000014603137969970703, 0.000005725771188735962, 0.000004200264811515808, 0.000006599351763725281, -0.0000014603137969970703, -0.0000028582289814949036, 0.000003077089786529541, -0.0000013229437172412872, -2.8533395379781723e-7, 5.774199962615967e-7, -2.5099143385887146e-7, -0.0000012507662177085876, 0.0000012149102985858917, 6.603077054023743e-7, 7.713679224252701e-7, -4.5157503336668015e-7, 2.3544998839497566e-7, -5.718320608139038e-7, 3.859167918562889e-8, 4.691537469625473e-7, 4.470348358154297e-8, -2.8579961508512497e-7, -7.380731403827667e-8, 4.3993350118398666e-7, 1.6222475096583366e-7, -1.3300450518727303e-7, 1.6565900295972824e-7, -2.9707734938710928e-8, 2.168235369026661e-7, -2.932938514277339e-8, -6.592017598450184e-8, 2.5302142603322864e-9, -7.182825356721878e-8, -9.498762665316463e-9, 3.8580765249207616e-9, -7.635208021383733e-10, -4.321918822824955e-8, 1.9106664694845676e-8, -7.3814589995890856e-9, -1.5614205040037632e-8, 2.814340405166149e-8, 1.0542862582951784e-8, 1.656735548749566e-8, -8.931237971410155e-9, -2.1573214326053858e-9, 3.027707862202078e-9, -1.255102688446641e-8, 2.5295321393059567e-10, 4.738467396236956e-9, -6.910340744070709e-9, -2.5947883841581643e-9, -3.056811692658812e-9, 4.6202330850064754e-9, -2.560227585490793e-9, -3.7180143408477306e-9, -3.0513547244481742e-9, -1.6561898519285023e-9);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, -6.200323587890466e-10, 4.320196977936064e-10, -4.790104979335297e-10, -1.1823706458358174e-9, -1.2720059450188614e-9, -3.316028840405494e-10, 2.1661072935330594e-10, 5.173299288951938e-12, 2.7799582080767493e-10, 1.4093545774862548e-11, 1.4278994653338373e-11, 3.4866740050709666e-10, -4.6209167048338884e-10, 1.2255740866606857e-10, 1.3852214514331607e-11, -1.0299422426029992e-10, 3.112901603152807e-11, 4.320196977936064e-11, -1.4103331003045838e-10, 6.802744478839884e-11, 1.2497792731269719e-11, 3.668890538599534e-11, 1.001954161999885e-11, 5.173301023675414e-13, -7.125014987729994e-12, 4.797548469603896e-11, 1.4278990316529683e-12, 1.1583674991433313e-11, 3.569609885456515e-13, -1.1027324019197149e-11, -2.1897842913953802e-11, 1.3421095831911423e-12, -2.017016241528946e-11, 2.865005324995118e-12, 2.0821266585868692e-11, -4.732126149264992e-13, 7.07054553794606e-12, -3.3288617088539363e-13, 6.8227203400827996e-12, -6.758627945496753e-13, 3.7889212167047104e-13, -2.2773558212840772e-14, 5.9635560378801244e-12, -1.752015633266213e-12, 7.632918819569512e-13, 1.8076506003855686e-12, -2.189784378131554e-12, -1.3209805428335275e-12, -3.4722077643656313e-12, 2.865005324995118e-13, -1.0066067716776178e-13, -2.2922020726824643e-13, -7.481370124101661e-13, 3.492348012341939e-14, 3.1847414245708694e-13, -6.75862767444621e-14, 4.016870928762184e-13, 2.2509632233245341e-13, -8.588358973646293e-13, 3.7049527400016824e-13, -2.8746869793448704e-13, -1.1338789607760746e-15, -3.707948729417439e-14);

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

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let o: u32 = (flat * 32u + h0) * 128u;
  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
  let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
  let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
  let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
  let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
  let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
  let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
  let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
  let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
  let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
  let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
  let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
  let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
  let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
  let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
  let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
    q[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let o: u32 = (flat * 32u + h0) * 128u;
  let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
  let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
  let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
  let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
  let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
  let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
  let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
  let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
  let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
  let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
  let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
  let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
  let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
  let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
  let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
  let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
  let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = unpack2x16float(h0_xav.x & 0xffffu).x;
  let h0_xa1: f32 = unpack2x16float(h0_xav.x >> 16u).x;
  let h0_xa2: f32 = unpack2x16float(h0_xav.y & 0xffffu).x;
  let h0_xa3: f32 = unpack2x16float(h0_xav.y >> 16u).x;
  let h0_xa4: f32 = unpack2x16float(h0_xav.z & 0xffffu).x;
  let h0_xa5: f32 = unpack2x16float(h0_xav.z >> 16u).x;
  let h0_xa6: f32 = unpack2x16float(h0_xav.w & 0xffffu).x;
  let h0_xa7: f32 = unpack2x16float(h0_xav.w >> 16u).x;
  let h0_xbv: vec4<u32> = read_q_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = unpack2x16float(h0_xbv.x & 0xffffu).x;
  let h0_xb1: f32 = unpack2x16float(h0_xbv.x >> 16u).x;
  let h0_xb2: f32 = unpack2x16float(h0_xbv.y & 0xffffu).x;
  let h0_xb3: f32 = unpack2x16float(h0_xbv.y >> 16u).x;
  let h0_xb4: f32 = unpack2x16float(h0_xbv.z & 0xffffu).x;
  let h0_xb5: f32 = unpack2x16float(h0_xbv.z >> 16u).x;
  let h0_xb6: f32 = unpack2x16float(h0_xbv.w & 0xffffu).x;
  let h0_xb7: f32 = unpack2x16float(h0_xbv.w >> 16u).x;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = unpack2x16float(h1_xav.x & 0xffffu).x;
  let h1_xa1: f32 = unpack2x16float(h1_xav.x >> 16u).x;
  let h1_xa2: f32 = unpack2x16float(h1_xav.y & 0xffffu).x;
  let h1_xa3: f32 = unpack2x16float(h1_xav.y >> 16u).x;
  let h1_xa4: f32 = unpack2x16float(h1_xav.z & 0xffffu).x;
  let h1_xa5: f32 = unpack2x16float(h1_xav.z >> 16u).x;
  let h1_xa6: f32 = unpack2x16float(h1_xav.w & 0xffffu).x;
  let h1_xa7: f32 = unpack2x16float(h1_xav.w >> 16u).x;
  let h1_xbv: vec4<u32> = read_q_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = unpack2x16float(h1_xbv.x & 0xffffu).x;
  let h1_xb1: f32 = unpack2x16float(h1_xbv.x >> 16u).x;
  let h1_xb2: f32 = unpack2x16float(h1_xbv.y & 0xffffu).x;
  let h1_xb3: f32 = unpack2x16float(h1_xbv.y >> 16u).x;
  let h1_xb4: f32 = unpack2x16float(h1_xbv.z & 0xffffu).x;
  let h1_xb5: f32 = unpack2x16float(h1_xbv.z >> 16u).x;
  let h1_xb6: f32 = unpack2x16float(h1_xbv.w & 0xffffu).x;
  let h1_xb7: f32 = unpack2x16float(h1_xbv.w >> 16u).x;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = unpack2x16float(h2_xav.x & 0xffffu).x;
  let h2_xa1: f32 = unpack2x16float(h2_xav.x >> 16u).x;
  let h2_xa2: f32 = unpack2x16float(h2_xav.y & 0xffffu).x;
  let h2_xa3: f32 = unpack2x16float(h2_xav.y >> 16u).x;
  let h2_xa4: f32 = unpack2x16float(h2_xav.z & 0xffffu).x;
  let h2_xa5: f32 = unpack2x16float(h2_xav.z >> 16u).x;
  let h2_xa6: f32 = unpack2x16float(h2_xav.w & 0xffffu).x;
  let h2_xa7: f32 = unpack2x16float(h2_xav.w >> 16u).x;
  let h2_xbv: vec4<u32> = read_q_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = unpack2x16float(h2_xbv.x & 0xffffu).x;
  let h2_xb1: f32 = unpack2x16float(h2_xbv.x >> 16u).x;
  let h2_xb2: f32 = unpack2x16float(h2_xbv.y & 0xffffu).x;
  let h2_xb3: f32 = unpack2x16float(h2_xbv.y >> 16u).x;
  let h2_xb4: f32 = unpack2x16float(h2_xbv.z & 0xffffu).x;
  let h2_xb5: f32 = unpack2x16float(h2_xbv.z >> 16u).x;
  let h2_xb6: f32 = unpack2x16float(h2_xbv.w & 0xffffu).x;
  let h2_xb7: f32 = unpack2x16float(h2_xbv.w >> 16u).x;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = unpack2x16float(h3_xav.x & 0xffffu).x;
  let h3_xa1: f32 = unpack2x16float(h3_xav.x >> 16u).x;
  let h3_xa2: f32 = unpack2x16float(h3_xav.y & 0xffffu).x;
  let h3_xa3: f32 = unpack2x16float(h3_xav.y >> 16u).x;
  let h3_xa4: f32 = unpack2x16float(h3_xav.z & 0xffffu).x;
  let h3_xa5: f32 = unpack2x16float(h3_xav.z >> 16u).x;
  let h3_xa6: f32 = unpack2x16float(h3_xav.w & 0xffffu).x;
  let h3_xa7: f32 = unpack2x16float(h3_xav.w >> 16u).x;
  let h3_xbv: vec4<u32> = read_q_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = unpack2x16float(h3_xbv.x & 0xffffu).x;
  let h3_xb1: f32 = unpack2x16float(h3_xbv.x >> 16u).x;
  let h3_xb2: f32 = unpack2x16float(h3_xbv.y & 0xffffu).x;
  let h3_xb3: f32 = unpack2x16float(h3_xbv.y >> 16u).x;
  let h3_xb4: f32 = unpack2x16float(h3_xbv.z & 0xffffu).x;
  let h3_xb5: f32 = unpack2x16float(h3_xbv.z >> 16u).x;
  let h3_xb6: f32 = unpack2x16float(h3_xbv.w & 0xffffu).x;
  let h3_xb7: f32 = unpack2x16float(h3_xbv.w >> 16u).x;
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
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h0_ya0) | (f16_bits(h0_ya1) << 16u), f16_bits(h0_ya2) | (f16_bits(h0_ya3) << 16u), f16_bits(h0_ya4) | (f16_bits(h0_ya5) << 16u), f16_bits(h0_ya6) | (f16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h0_yb0) | (f16_bits(h0_yb1) << 16u), f16_bits(h0_yb2) | (f16_bits(h0_yb3) << 16u), f16_bits(h0_yb4) | (f16_bits(h0_yb5) << 16u), f16_bits(h0_yb6) | (f16_bits(h0_yb7) << 16u));
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
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h1_ya0) | (f16_bits(h1_ya1) << 16u), f16_bits(h1_ya2) | (f16_bits(h1_ya3) << 16u), f16_bits(h1_ya4) | (f16_bits(h1_ya5) << 16u), f16_bits(h1_ya6) | (f16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h1_yb0) | (f16_bits(h1_yb1) << 16u), f16_bits(h1_yb2) | (f16_bits(h1_yb3) << 16u), f16_bits(h1_yb4) | (f16_bits(h1_yb5) << 16u), f16_bits(h1_yb6) | (f16_bits(h1_yb7) << 16u));
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
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h2_ya0) | (f16_bits(h2_ya1) << 16u), f16_bits(h2_ya2) | (f16_bits(h2_ya3) << 16u), f16_bits(h2_ya4) | (f16_bits(h2_ya5) << 16u), f16_bits(h2_ya6) | (f16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h2_yb0) | (f16_bits(h2_yb1) << 16u), f16_bits(h2_yb2) | (f16_bits(h2_yb3) << 16u), f16_bits(h2_yb4) | (f16_bits(h2_yb5) << 16u), f16_bits(h2_yb6) | (f16_bits(h2_yb7) << 16u));
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
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h3_ya0) | (f16_bits(h3_ya1) << 16u), f16_bits(h3_ya2) | (f16_bits(h3_ya3) << 16u), f16_bits(h3_ya4) | (f16_bits(h3_ya5) << 16u), f16_bits(h3_ya6) | (f16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h3_yb0) | (f16_bits(h3_yb1) << 16u), f16_bits(h3_yb2) | (f16_bits(h3_yb3) << 16u), f16_bits(h3_yb4) | (f16_bits(h3_yb5) << 16u), f16_bits(h3_yb6) | (f16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let h0_xav: vec4<u32> = read_k_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = unpack2x16float(h0_xav.x & 0xffffu).x;
  let h0_xa1: f32 = unpack2x16float(h0_xav.x >> 16u).x;
  let h0_xa2: f32 = unpack2x16float(h0_xav.y & 0xffffu).x;
  let h0_xa3: f32 = unpack2x16float(h0_xav.y >> 16u).x;
  let h0_xa4: f32 = unpack2x16float(h0_xav.z & 0xffffu).x;
  let h0_xa5: f32 = unpack2x16float(h0_xav.z >> 16u).x;
  let h0_xa6: f32 = unpack2x16float(h0_xav.w & 0xffffu).x;
  let h0_xa7: f32 = unpack2x16float(h0_xav.w >> 16u).x;
  let h0_xbv: vec4<u32> = read_k_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = unpack2x16float(h0_xbv.x & 0xffffu).x;
  let h0_xb1: f32 = unpack2x16float(h0_xbv.x >> 16u).x;
  let h0_xb2: f32 = unpack2x16float(h0_xbv.y & 0xffffu).x;
  let h0_xb3: f32 = unpack2x16float(h0_xbv.y >> 16u).x;
  let h0_xb4: f32 = unpack2x16float(h0_xbv.z & 0xffffu).x;
  let h0_xb5: f32 = unpack2x16float(h0_xbv.z >> 16u).x;
  let h0_xb6: f32 = unpack2x16float(h0_xbv.w & 0xffffu).x;
  let h0_xb7: f32 = unpack2x16float(h0_xbv.w >> 16u).x;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_k_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = unpack2x16float(h1_xav.x & 0xffffu).x;
  let h1_xa1: f32 = unpack2x16float(h1_xav.x >> 16u).x;
  let h1_xa2: f32 = unpack2x16float(h1_xav.y & 0xffffu).x;
  let h1_xa3: f32 = unpack2x16float(h1_xav.y >> 16u).x;
  let h1_xa4: f32 = unpack2x16float(h1_xav.z & 0xffffu).x;
  let h1_xa5: f32 = unpack2x16float(h1_xav.z >> 16u).x;
  let h1_xa6: f32 = unpack2x16float(h1_xav.w & 0xffffu).x;
  let h1_xa7: f32 = unpack2x16float(h1_xav.w >> 16u).x;
  let h1_xbv: vec4<u32> = read_k_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = unpack2x16float(h1_xbv.x & 0xffffu).x;
  let h1_xb1: f32 = unpack2x16float(h1_xbv.x >> 16u).x;
  let h1_xb2: f32 = unpack2x16float(h1_xbv.y & 0xffffu).x;
  let h1_xb3: f32 = unpack2x16float(h1_xbv.y >> 16u).x;
  let h1_xb4: f32 = unpack2x16float(h1_xbv.z & 0xffffu).x;
  let h1_xb5: f32 = unpack2x16float(h1_xbv.z >> 16u).x;
  let h1_xb6: f32 = unpack2x16float(h1_xbv.w & 0xffffu).x;
  let h1_xb7: f32 = unpack2x16float(h1_xbv.w >> 16u).x;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_k_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = unpack2x16float(h2_xav.x & 0xffffu).x;
  let h2_xa1: f32 = unpack2x16float(h2_xav.x >> 16u).x;
  let h2_xa2: f32 = unpack2x16float(h2_xav.y & 0xffffu).x;
  let h2_xa3: f32 = unpack2x16float(h2_xav.y >> 16u).x;
  let h2_xa4: f32 = unpack2x16float(h2_xav.z & 0xffffu).x;
  let h2_xa5: f32 = unpack2x16float(h2_xav.z >> 16u).x;
  let h2_xa6: f32 = unpack2x16float(h2_xav.w & 0xffffu).x;
  let h2_xa7: f32 = unpack2x16float(h2_xav.w >> 16u).x;
  let h2_xbv: vec4<u32> = read_k_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = unpack2x16float(h2_xbv.x & 0xffffu).x;
  let h2_xb1: f32 = unpack2x16float(h2_xbv.x >> 16u).x;
  let h2_xb2: f32 = unpack2x16float(h2_xbv.y & 0xffffu).x;
  let h2_xb3: f32 = unpack2x16float(h2_xbv.y >> 16u).x;
  let h2_xb4: f32 = unpack2x16float(h2_xbv.z & 0xffffu).x;
  let h2_xb5: f32 = unpack2x16float(h2_xbv.z >> 16u).x;
  let h2_xb6: f32 = unpack2x16float(h2_xbv.w & 0xffffu).x;
  let h2_xb7: f32 = unpack2x16float(h2_xbv.w >> 16u).x;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_k_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = unpack2x16float(h3_xav.x & 0xffffu).x;
  let h3_xa1: f32 = unpack2x16float(h3_xav.x >> 16u).x;
  let h3_xa2: f32 = unpack2x16float(h3_xav.y & 0xffffu).x;
  let h3_xa3: f32 = unpack2x16float(h3_xav.y >> 16u).x;
  let h3_xa4: f32 = unpack2x16float(h3_xav.z & 0xffffu).x;
  let h3_xa5: f32 = unpack2x16float(h3_xav.z >> 16u).x;
  let h3_xa6: f32 = unpack2x16float(h3_xav.w & 0xffffu).x;
  let h3_xa7: f32 = unpack2x16float(h3_xav.w >> 16u).x;
  let h3_xbv: vec4<u32> = read_k_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = unpack2x16float(h3_xbv.x & 0xffffu).x;
  let h3_xb1: f32 = unpack2x16float(h3_xbv.x >> 16u).x;
  let h3_xb2: f32 = unpack2x16float(h3_xbv.y & 0xffffu).x;
  let h3_xb3: f32 = unpack2x16float(h3_xbv.y >> 16u).x;
  let h3_xb4: f32 = unpack2x16float(h3_xbv.z & 0xffffu).x;
  let h3_xb5: f32 = unpack2x16float(h3_xbv.z >> 16u).x;
  let h3_xb6: f32 = unpack2x16float(h3_xbv.w & 0xffffu).x;
  let h3_xb7: f32 = unpack2x16float(h3_xbv.w >> 16u).x;
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
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h0_ya0) | (f16_bits(h0_ya1) << 16u), f16_bits(h0_ya2) | (f16_bits(h0_ya3) << 16u), f16_bits(h0_ya4) | (f16_bits(h0_ya5) << 16u), f16_bits(h0_ya6) | (f16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h0_yb0) | (f16_bits(h0_yb1) << 16u), f16_bits(h0_yb2) | (f16_bits(h0_yb3) << 16u), f16_bits(h0_yb4) | (f16_bits(h0_yb5) << 16u), f16_bits(h0_yb6) | (f16_bits(h0_yb7) << 16u));
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
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h1_ya0) | (f16_bits(h1_ya1) << 16u), f16_bits(h1_ya2) | (f16_bits(h1_ya3) << 16u), f16_bits(h1_ya4) | (f16_bits(h1_ya5) << 16u), f16_bits(h1_ya6) | (f16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h1_yb0) | (f16_bits(h1_yb1) << 16u), f16_bits(h1_yb2) | (f16_bits(h1_yb3) << 16u), f16_bits(h1_yb4) | (f16_bits(h1_yb5) << 16u), f16_bits(h1_yb6) | (f16_bits(h1_yb7) << 16u));
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
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h2_ya0) | (f16_bits(h2_ya1) << 16u), f16_bits(h2_ya2) | (f16_bits(h2_ya3) << 16u), f16_bits(h2_ya4) | (f16_bits(h2_ya5) << 16u), f16_bits(h2_ya6) | (f16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h2_yb0) | (f16_bits(h2_yb1) << 16u), f16_bits(h2_yb2) | (f16_bits(h2_yb3) << 16u), f16_bits(h2_yb4) | (f16_bits(h2_yb5) << 16u), f16_bits(h2_yb6) | (f16_bits(h2_yb7) << 16u));
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
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h3_ya0) | (f16_bits(h3_ya1) << 16u), f16_bits(h3_ya2) | (f16_bits(h3_ya3) << 16u), f16_bits(h3_ya4) | (f16_bits(h3_ya5) << 16u), f16_bits(h3_ya6) | (f16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h3_yb0) | (f16_bits(h3_yb1) << 16u), f16_bits(h3_yb2) | (f16_bits(h3_yb3) << 16u), f16_bits(h3_yb4) | (f16_bits(h3_yb5) << 16u), f16_bits(h3_yb6) | (f16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_0(s: u32, flat: u32, ki: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
    let o: u32 = (flat * 32u + h) * 128u;
    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
    let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
    let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
    let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
    let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
    let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
    let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
    let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
    let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
    let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
    let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
    let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
    let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
    let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
    let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
    let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
      q[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
    let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
    let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
    let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
    let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
    let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
    let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
    let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
    let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
    let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
    let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
    let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
    let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
    let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
    let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
    let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
    let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
    let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let o: u32 = (flat * 32u + h0) * 128u;
  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
  let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
  let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
  let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
  let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
  let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
  let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
  let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
  let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
  let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
  let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
  let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
  let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
  let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
  let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
  let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
    q[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let o: u32 = (flat * 32u + h0) * 128u;
  let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
  let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
  let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
  let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
  let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
  let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
  let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
  let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
  let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
  let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
  let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
  let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
  let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
  let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
  let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
  let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
  let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = unpack2x16float(h0_xav.x & 0xffffu).x;
  let h0_xa1: f32 = unpack2x16float(h0_xav.x >> 16u).x;
  let h0_xa2: f32 = unpack2x16float(h0_xav.y & 0xffffu).x;
  let h0_xa3: f32 = unpack2x16float(h0_xav.y >> 16u).x;
  let h0_xa4: f32 = unpack2x16float(h0_xav.z & 0xffffu).x;
  let h0_xa5: f32 = unpack2x16float(h0_xav.z >> 16u).x;
  let h0_xa6: f32 = unpack2x16float(h0_xav.w & 0xffffu).x;
  let h0_xa7: f32 = unpack2x16float(h0_xav.w >> 16u).x;
  let h0_xbv: vec4<u32> = read_q_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = unpack2x16float(h0_xbv.x & 0xffffu).x;
  let h0_xb1: f32 = unpack2x16float(h0_xbv.x >> 16u).x;
  let h0_xb2: f32 = unpack2x16float(h0_xbv.y & 0xffffu).x;
  let h0_xb3: f32 = unpack2x16float(h0_xbv.y >> 16u).x;
  let h0_xb4: f32 = unpack2x16float(h0_xbv.z & 0xffffu).x;
  let h0_xb5: f32 = unpack2x16float(h0_xbv.z >> 16u).x;
  let h0_xb6: f32 = unpack2x16float(h0_xbv.w & 0xffffu).x;
  let h0_xb7: f32 = unpack2x16float(h0_xbv.w >> 16u).x;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = unpack2x16float(h1_xav.x & 0xffffu).x;
  let h1_xa1: f32 = unpack2x16float(h1_xav.x >> 16u).x;
  let h1_xa2: f32 = unpack2x16float(h1_xav.y & 0xffffu).x;
  let h1_xa3: f32 = unpack2x16float(h1_xav.y >> 16u).x;
  let h1_xa4: f32 = unpack2x16float(h1_xav.z & 0xffffu).x;
  let h1_xa5: f32 = unpack2x16float(h1_xav.z >> 16u).x;
  let h1_xa6: f32 = unpack2x16float(h1_xav.w & 0xffffu).x;
  let h1_xa7: f32 = unpack2x16float(h1_xav.w >> 16u).x;
  let h1_xbv: vec4<u32> = read_q_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = unpack2x16float(h1_xbv.x & 0xffffu).x;
  let h1_xb1: f32 = unpack2x16float(h1_xbv.x >> 16u).x;
  let h1_xb2: f32 = unpack2x16float(h1_xbv.y & 0xffffu).x;
  let h1_xb3: f32 = unpack2x16float(h1_xbv.y >> 16u).x;
  let h1_xb4: f32 = unpack2x16float(h1_xbv.z & 0xffffu).x;
  let h1_xb5: f32 = unpack2x16float(h1_xbv.z >> 16u).x;
  let h1_xb6: f32 = unpack2x16float(h1_xbv.w & 0xffffu).x;
  let h1_xb7: f32 = unpack2x16float(h1_xbv.w >> 16u).x;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = unpack2x16float(h2_xav.x & 0xffffu).x;
  let h2_xa1: f32 = unpack2x16float(h2_xav.x >> 16u).x;
  let h2_xa2: f32 = unpack2x16float(h2_xav.y & 0xffffu).x;
  let h2_xa3: f32 = unpack2x16float(h2_xav.y >> 16u).x;
  let h2_xa4: f32 = unpack2x16float(h2_xav.z & 0xffffu).x;
  let h2_xa5: f32 = unpack2x16float(h2_xav.z >> 16u).x;
  let h2_xa6: f32 = unpack2x16float(h2_xav.w & 0xffffu).x;
  let h2_xa7: f32 = unpack2x16float(h2_xav.w >> 16u).x;
  let h2_xbv: vec4<u32> = read_q_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = unpack2x16float(h2_xbv.x & 0xffffu).x;
  let h2_xb1: f32 = unpack2x16float(h2_xbv.x >> 16u).x;
  let h2_xb2: f32 = unpack2x16float(h2_xbv.y & 0xffffu).x;
  let h2_xb3: f32 = unpack2x16float(h2_xbv.y >> 16u).x;
  let h2_xb4: f32 = unpack2x16float(h2_xbv.z & 0xffffu).x;
  let h2_xb5: f32 = unpack2x16float(h2_xbv.z >> 16u).x;
  let h2_xb6: f32 = unpack2x16float(h2_xbv.w & 0xffffu).x;
  let h2_xb7: f32 = unpack2x16float(h2_xbv.w >> 16u).x;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = unpack2x16float(h3_xav.x & 0xffffu).x;
  let h3_xa1: f32 = unpack2x16float(h3_xav.x >> 16u).x;
  let h3_xa2: f32 = unpack2x16float(h3_xav.y & 0xffffu).x;
  let h3_xa3: f32 = unpack2x16float(h3_xav.y >> 16u).x;
  let h3_xa4: f32 = unpack2x16float(h3_xav.z & 0xffffu).x;
  let h3_xa5: f32 = unpack2x16float(h3_xav.z >> 16u).x;
  let h3_xa6: f32 = unpack2x16float(h3_xav.w & 0xffffu).x;
  let h3_xa7: f32 = unpack2x16float(h3_xav.w >> 16u).x;
  let h3_xbv: vec4<u32> = read_q_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = unpack2x16float(h3_xbv.x & 0xffffu).x;
  let h3_xb1: f32 = unpack2x16float(h3_xbv.x >> 16u).x;
  let h3_xb2: f32 = unpack2x16float(h3_xbv.y & 0xffffu).x;
  let h3_xb3: f32 = unpack2x16float(h3_xbv.y >> 16u).x;
  let h3_xb4: f32 = unpack2x16float(h3_xbv.z & 0xffffu).x;
  let h3_xb5: f32 = unpack2x16float(h3_xbv.z >> 16u).x;
  let h3_xb6: f32 = unpack2x16float(h3_xbv.w & 0xffffu).x;
  let h3_xb7: f32 = unpack2x16float(h3_xbv.w >> 16u).x;
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
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h0_ya0) | (f16_bits(h0_ya1) << 16u), f16_bits(h0_ya2) | (f16_bits(h0_ya3) << 16u), f16_bits(h0_ya4) | (f16_bits(h0_ya5) << 16u), f16_bits(h0_ya6) | (f16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h0_yb0) | (f16_bits(h0_yb1) << 16u), f16_bits(h0_yb2) | (f16_bits(h0_yb3) << 16u), f16_bits(h0_yb4) | (f16_bits(h0_yb5) << 16u), f16_bits(h0_yb6) | (f16_bits(h0_yb7) << 16u));
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
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h1_ya0) | (f16_bits(h1_ya1) << 16u), f16_bits(h1_ya2) | (f16_bits(h1_ya3) << 16u), f16_bits(h1_ya4) | (f16_bits(h1_ya5) << 16u), f16_bits(h1_ya6) | (f16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h1_yb0) | (f16_bits(h1_yb1) << 16u), f16_bits(h1_yb2) | (f16_bits(h1_yb3) << 16u), f16_bits(h1_yb4) | (f16_bits(h1_yb5) << 16u), f16_bits(h1_yb6) | (f16_bits(h1_yb7) << 16u));
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
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h2_ya0) | (f16_bits(h2_ya1) << 16u), f16_bits(h2_ya2) | (f16_bits(h2_ya3) << 16u), f16_bits(h2_ya4) | (f16_bits(h2_ya5) << 16u), f16_bits(h2_ya6) | (f16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h2_yb0) | (f16_bits(h2_yb1) << 16u), f16_bits(h2_yb2) | (f16_bits(h2_yb3) << 16u), f16_bits(h2_yb4) | (f16_bits(h2_yb5) << 16u), f16_bits(h2_yb6) | (f16_bits(h2_yb7) << 16u));
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
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h3_ya0) | (f16_bits(h3_ya1) << 16u), f16_bits(h3_ya2) | (f16_bits(h3_ya3) << 16u), f16_bits(h3_ya4) | (f16_bits(h3_ya5) << 16u), f16_bits(h3_ya6) | (f16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h3_yb0) | (f16_bits(h3_yb1) << 16u), f16_bits(h3_yb2) | (f16_bits(h3_yb3) << 16u), f16_bits(h3_yb4) | (f16_bits(h3_yb5) << 16u), f16_bits(h3_yb6) | (f16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let h0_xav: vec4<u32> = read_k_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = unpack2x16float(h0_xav.x & 0xffffu).x;
  let h0_xa1: f32 = unpack2x16float(h0_xav.x >> 16u).x;
  let h0_xa2: f32 = unpack2x16float(h0_xav.y & 0xffffu).x;
  let h0_xa3: f32 = unpack2x16float(h0_xav.y >> 16u).x;
  let h0_xa4: f32 = unpack2x16float(h0_xav.z & 0xffffu).x;
  let h0_xa5: f32 = unpack2x16float(h0_xav.z >> 16u).x;
  let h0_xa6: f32 = unpack2x16float(h0_xav.w & 0xffffu).x;
  let h0_xa7: f32 = unpack2x16float(h0_xav.w >> 16u).x;
  let h0_xbv: vec4<u32> = read_k_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = unpack2x16float(h0_xbv.x & 0xffffu).x;
  let h0_xb1: f32 = unpack2x16float(h0_xbv.x >> 16u).x;
  let h0_xb2: f32 = unpack2x16float(h0_xbv.y & 0xffffu).x;
  let h0_xb3: f32 = unpack2x16float(h0_xbv.y >> 16u).x;
  let h0_xb4: f32 = unpack2x16float(h0_xbv.z & 0xffffu).x;
  let h0_xb5: f32 = unpack2x16float(h0_xbv.z >> 16u).x;
  let h0_xb6: f32 = unpack2x16float(h0_xbv.w & 0xffffu).x;
  let h0_xb7: f32 = unpack2x16float(h0_xbv.w >> 16u).x;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_k_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = unpack2x16float(h1_xav.x & 0xffffu).x;
  let h1_xa1: f32 = unpack2x16float(h1_xav.x >> 16u).x;
  let h1_xa2: f32 = unpack2x16float(h1_xav.y & 0xffffu).x;
  let h1_xa3: f32 = unpack2x16float(h1_xav.y >> 16u).x;
  let h1_xa4: f32 = unpack2x16float(h1_xav.z & 0xffffu).x;
  let h1_xa5: f32 = unpack2x16float(h1_xav.z >> 16u).x;
  let h1_xa6: f32 = unpack2x16float(h1_xav.w & 0xffffu).x;
  let h1_xa7: f32 = unpack2x16float(h1_xav.w >> 16u).x;
  let h1_xbv: vec4<u32> = read_k_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = unpack2x16float(h1_xbv.x & 0xffffu).x;
  let h1_xb1: f32 = unpack2x16float(h1_xbv.x >> 16u).x;
  let h1_xb2: f32 = unpack2x16float(h1_xbv.y & 0xffffu).x;
  let h1_xb3: f32 = unpack2x16float(h1_xbv.y >> 16u).x;
  let h1_xb4: f32 = unpack2x16float(h1_xbv.z & 0xffffu).x;
  let h1_xb5: f32 = unpack2x16float(h1_xbv.z >> 16u).x;
  let h1_xb6: f32 = unpack2x16float(h1_xbv.w & 0xffffu).x;
  let h1_xb7: f32 = unpack2x16float(h1_xbv.w >> 16u).x;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_k_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = unpack2x16float(h2_xav.x & 0xffffu).x;
  let h2_xa1: f32 = unpack2x16float(h2_xav.x >> 16u).x;
  let h2_xa2: f32 = unpack2x16float(h2_xav.y & 0xffffu).x;
  let h2_xa3: f32 = unpack2x16float(h2_xav.y >> 16u).x;
  let h2_xa4: f32 = unpack2x16float(h2_xav.z & 0xffffu).x;
  let h2_xa5: f32 = unpack2x16float(h2_xav.z >> 16u).x;
  let h2_xa6: f32 = unpack2x16float(h2_xav.w & 0xffffu).x;
  let h2_xa7: f32 = unpack2x16float(h2_xav.w >> 16u).x;
  let h2_xbv: vec4<u32> = read_k_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = unpack2x16float(h2_xbv.x & 0xffffu).x;
  let h2_xb1: f32 = unpack2x16float(h2_xbv.x >> 16u).x;
  let h2_xb2: f32 = unpack2x16float(h2_xbv.y & 0xffffu).x;
  let h2_xb3: f32 = unpack2x16float(h2_xbv.y >> 16u).x;
  let h2_xb4: f32 = unpack2x16float(h2_xbv.z & 0xffffu).x;
  let h2_xb5: f32 = unpack2x16float(h2_xbv.z >> 16u).x;
  let h2_xb6: f32 = unpack2x16float(h2_xbv.w & 0xffffu).x;
  let h2_xb7: f32 = unpack2x16float(h2_xbv.w >> 16u).x;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_k_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = unpack2x16float(h3_xav.x & 0xffffu).x;
  let h3_xa1: f32 = unpack2x16float(h3_xav.x >> 16u).x;
  let h3_xa2: f32 = unpack2x16float(h3_xav.y & 0xffffu).x;
  let h3_xa3: f32 = unpack2x16float(h3_xav.y >> 16u).x;
  let h3_xa4: f32 = unpack2x16float(h3_xav.z & 0xffffu).x;
  let h3_xa5: f32 = unpack2x16float(h3_xav.z >> 16u).x;
  let h3_xa6: f32 = unpack2x16float(h3_xav.w & 0xffffu).x;
  let h3_xa7: f32 = unpack2x16float(h3_xav.w >> 16u).x;
  let h3_xbv: vec4<u32> = read_k_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = unpack2x16float(h3_xbv.x & 0xffffu).x;
  let h3_xb1: f32 = unpack2x16float(h3_xbv.x >> 16u).x;
  let h3_xb2: f32 = unpack2x16float(h3_xbv.y & 0xffffu).x;
  let h3_xb3: f32 = unpack2x16float(h3_xbv.y >> 16u).x;
  let h3_xb4: f32 = unpack2x16float(h3_xbv.z & 0xffffu).x;
  let h3_xb5: f32 = unpack2x16float(h3_xbv.z >> 16u).x;
  let h3_xb6: f32 = unpack2x16float(h3_xbv.w & 0xffffu).x;
  let h3_xb7: f32 = unpack2x16float(h3_xbv.w >> 16u).x;
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
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h0_ya0) | (f16_bits(h0_ya1) << 16u), f16_bits(h0_ya2) | (f16_bits(h0_ya3) << 16u), f16_bits(h0_ya4) | (f16_bits(h0_ya5) << 16u), f16_bits(h0_ya6) | (f16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h0_yb0) | (f16_bits(h0_yb1) << 16u), f16_bits(h0_yb2) | (f16_bits(h0_yb3) << 16u), f16_bits(h0_yb4) | (f16_bits(h0_yb5) << 16u), f16_bits(h0_yb6) | (f16_bits(h0_yb7) << 16u));
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
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h1_ya0) | (f16_bits(h1_ya1) << 16u), f16_bits(h1_ya2) | (f16_bits(h1_ya3) << 16u), f16_bits(h1_ya4) | (f16_bits(h1_ya5) << 16u), f16_bits(h1_ya6) | (f16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h1_yb0) | (f16_bits(h1_yb1) << 16u), f16_bits(h1_yb2) | (f16_bits(h1_yb3) << 16u), f16_bits(h1_yb4) | (f16_bits(h1_yb5) << 16u), f16_bits(h1_yb6) | (f16_bits(h1_yb7) << 16u));
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
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h2_ya0) | (f16_bits(h2_ya1) << 16u), f16_bits(h2_ya2) | (f16_bits(h2_ya3) << 16u), f16_bits(h2_ya4) | (f16_bits(h2_ya5) << 16u), f16_bits(h2_ya6) | (f16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h2_yb0) | (f16_bits(h2_yb1) << 16u), f16_bits(h2_yb2) | (f16_bits(h2_yb3) << 16u), f16_bits(h2_yb4) | (f16_bits(h2_yb5) << 16u), f16_bits(h2_yb6) | (f16_bits(h2_yb7) << 16u));
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
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(f16_bits(h3_ya0) | (f16_bits(h3_ya1) << 16u), f16_bits(h3_ya2) | (f16_bits(h3_ya3) << 16u), f16_bits(h3_ya4) | (f16_bits(h3_ya5) << 16u), f16_bits(h3_ya6) | (f16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(h3_yb0) | (f16_bits(h3_yb1) << 16u), f16_bits(h3_yb2) | (f16_bits(h3_yb3) << 16u), f16_bits(h3_yb4) | (f16_bits(h3_yb5) << 16u), f16_bits(h3_yb6) | (f16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_0(s: u32, flat: u32, ki: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
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
    let o: u32 = (flat * 32u + h) * 128u;
    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
    let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
    let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
    let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
    let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
    let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
    let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
    let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
    let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
    let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
    let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
    let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
    let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
    let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
    let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
    let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
      q[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
    let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
    let xa0: f32 = unpack2x16float(xav.x & 0xffffu).x;
    let xa1: f32 = unpack2x16float(xav.x >> 16u).x;
    let xa2: f32 = unpack2x16float(xav.y & 0xffffu).x;
    let xa3: f32 = unpack2x16float(xav.y >> 16u).x;
    let xa4: f32 = unpack2x16float(xav.z & 0xffffu).x;
    let xa5: f32 = unpack2x16float(xav.z >> 16u).x;
    let xa6: f32 = unpack2x16float(xav.w & 0xffffu).x;
    let xa7: f32 = unpack2x16float(xav.w >> 16u).x;
    let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = unpack2x16float(xbv.x & 0xffffu).x;
    let xb1: f32 = unpack2x16float(xbv.x >> 16u).x;
    let xb2: f32 = unpack2x16float(xbv.y & 0xffffu).x;
    let xb3: f32 = unpack2x16float(xbv.y >> 16u).x;
    let xb4: f32 = unpack2x16float(xbv.z & 0xffffu).x;
    let xb5: f32 = unpack2x16float(xbv.z >> 16u).x;
    let xb6: f32 = unpack2x16float(xbv.w & 0xffffu).x;
    let xb7: f32 = unpack2x16float(xbv.w >> 16u).x;
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
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(f16_bits(ya0) | (f16_bits(ya1) << 16u), f16_bits(ya2) | (f16_bits(ya3) << 16u), f16_bits(ya4) | (f16_bits(ya5) << 16u), f16_bits(ya6) | (f16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(f16_bits(yb0) | (f16_bits(yb1) << 16u), f16_bits(yb2) | (f16_bits(yb3) << 16u), f16_bits(yb4) | (f16_bits(yb5) << 16u), f16_bits(yb6) | (f16_bits(yb7) << 16u));
    }
  }
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 64u) * 8u) {
    return;
  }
  let per_token: u32 = 64u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_in_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_in_k1_0(s, flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 16u) * 8u) {
    return;
  }
  let per_token: u32 = 16u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_in_q4_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_in_k4_0(s, flat, chunk, h0);
  }
}

// in place, every head in series, 8 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 8u) {
    return;
  }
  let flat: u32 = item / 8u;
  let chunk: u32 = item - flat * 8u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_vector_in_0(s, flat, chunk);
}

// out of place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 64u) * 8u) {
    return;
  }
  let per_token: u32 = 64u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_out_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_out_k1_0(s, flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 16u) * 8u) {
    return;
  }
  let per_token: u32 = 16u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_out_q4_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_out_k4_0(s, flat, chunk, h0);
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
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_vector_out_0(s, flat, chunk);
}
