// Generated from spec/llama2_7b.rope (rope llama2_7b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 96722e640a0f9816
enable f16;

//
// rope llama2_7b: head_dim 128, 64 pairs in 64 item(s) per token; f16 storage (native array<f16>, enable f16), layout bshd; scalar access; positions index; ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<f16>;
@group(0) @binding(2) var<storage, read_write> k: array<f16>;
@group(0) @binding(3) var<storage, read> q_src: array<f16>;
@group(0) @binding(4) var<storage, read> k_src: array<f16>;
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
fn read_q_out(i: u32) -> f16 {
  if (i >= u32(arrayLength(&q))) {
    return 0.0h;
  }
  return q[i];
}

/** k_out[i], or 0 past its end */
fn read_k_out(i: u32) -> f16 {
  if (i >= u32(arrayLength(&k))) {
    return 0.0h;
  }
  return k[i];
}

/** q_in[i], or 0 past its end */
fn read_q_in(i: u32) -> f16 {
  if (i >= u32(arrayLength(&q_src))) {
    return 0.0h;
  }
  return q_src[i];
}

/** k_in[i], or 0 past its end */
fn read_k_in(i: u32) -> f16 {
  if (i >= u32(arrayLength(&k_src))) {
    return 0.0h;
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

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_in_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = (flat * 32u + h0) * 128u;
  let xa_0: f32 = f32(read_q_out(o + ki));
  let xb_0: f32 = f32(read_q_out(o + (64u + ki)));
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  if (o + ki < u32(arrayLength(&q))) {
    q[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
  }
  if (o + (64u + ki) < u32(arrayLength(&q))) {
    q[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_in_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = (flat * 32u + h0) * 128u;
  let xa_0: f32 = f32(read_k_out(o + ki));
  let xb_0: f32 = f32(read_k_out(o + (64u + ki)));
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  if (o + ki < u32(arrayLength(&k))) {
    k[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
  }
  if (o + (64u + ki) < u32(arrayLength(&k))) {
    k[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_in_q4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h0_xa_0: f32 = f32(read_q_out(oh0 + ki));
  let h0_xb_0: f32 = f32(read_q_out(oh0 + (64u + ki)));
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  if (oh0 + ki < u32(arrayLength(&q))) {
    q[oh0 + ki] = f16(unpack2x16float(f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0)).x);
  }
  if (oh0 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh0 + (64u + ki)] = f16(unpack2x16float(f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0)).x);
  }
  let h1_xa_0: f32 = f32(read_q_out(oh1 + ki));
  let h1_xb_0: f32 = f32(read_q_out(oh1 + (64u + ki)));
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  if (oh1 + ki < u32(arrayLength(&q))) {
    q[oh1 + ki] = f16(unpack2x16float(f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0)).x);
  }
  if (oh1 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh1 + (64u + ki)] = f16(unpack2x16float(f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0)).x);
  }
  let h2_xa_0: f32 = f32(read_q_out(oh2 + ki));
  let h2_xb_0: f32 = f32(read_q_out(oh2 + (64u + ki)));
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  if (oh2 + ki < u32(arrayLength(&q))) {
    q[oh2 + ki] = f16(unpack2x16float(f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0)).x);
  }
  if (oh2 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh2 + (64u + ki)] = f16(unpack2x16float(f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0)).x);
  }
  let h3_xa_0: f32 = f32(read_q_out(oh3 + ki));
  let h3_xb_0: f32 = f32(read_q_out(oh3 + (64u + ki)));
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  if (oh3 + ki < u32(arrayLength(&q))) {
    q[oh3 + ki] = f16(unpack2x16float(f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0)).x);
  }
  if (oh3 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh3 + (64u + ki)] = f16(unpack2x16float(f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_in_k4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h0_xa_0: f32 = f32(read_k_out(oh0 + ki));
  let h0_xb_0: f32 = f32(read_k_out(oh0 + (64u + ki)));
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  if (oh0 + ki < u32(arrayLength(&k))) {
    k[oh0 + ki] = f16(unpack2x16float(f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0)).x);
  }
  if (oh0 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh0 + (64u + ki)] = f16(unpack2x16float(f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0)).x);
  }
  let h1_xa_0: f32 = f32(read_k_out(oh1 + ki));
  let h1_xb_0: f32 = f32(read_k_out(oh1 + (64u + ki)));
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  if (oh1 + ki < u32(arrayLength(&k))) {
    k[oh1 + ki] = f16(unpack2x16float(f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0)).x);
  }
  if (oh1 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh1 + (64u + ki)] = f16(unpack2x16float(f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0)).x);
  }
  let h2_xa_0: f32 = f32(read_k_out(oh2 + ki));
  let h2_xb_0: f32 = f32(read_k_out(oh2 + (64u + ki)));
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  if (oh2 + ki < u32(arrayLength(&k))) {
    k[oh2 + ki] = f16(unpack2x16float(f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0)).x);
  }
  if (oh2 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh2 + (64u + ki)] = f16(unpack2x16float(f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0)).x);
  }
  let h3_xa_0: f32 = f32(read_k_out(oh3 + ki));
  let h3_xb_0: f32 = f32(read_k_out(oh3 + (64u + ki)));
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  if (oh3 + ki < u32(arrayLength(&k))) {
    k[oh3 + ki] = f16(unpack2x16float(f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0)).x);
  }
  if (oh3 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh3 + (64u + ki)] = f16(unpack2x16float(f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_in_0(s: u32, flat: u32, ki: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
    let xa_0: f32 = f32(read_q_out(o + ki));
    let xb_0: f32 = f32(read_q_out(o + (64u + ki)));
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    if (o + ki < u32(arrayLength(&q))) {
      q[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
    }
    if (o + (64u + ki) < u32(arrayLength(&q))) {
      q[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
    }
  }
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
    let xa_0: f32 = f32(read_k_out(o + ki));
    let xb_0: f32 = f32(read_k_out(o + (64u + ki)));
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    if (o + ki < u32(arrayLength(&k))) {
      k[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
    }
    if (o + (64u + ki) < u32(arrayLength(&k))) {
      k[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_out_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = (flat * 32u + h0) * 128u;
  let xa_0: f32 = f32(read_q_in(o + ki));
  let xb_0: f32 = f32(read_q_in(o + (64u + ki)));
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  if (o + ki < u32(arrayLength(&q))) {
    q[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
  }
  if (o + (64u + ki) < u32(arrayLength(&q))) {
    q[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_out_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = (flat * 32u + h0) * 128u;
  let xa_0: f32 = f32(read_k_in(o + ki));
  let xb_0: f32 = f32(read_k_in(o + (64u + ki)));
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  if (o + ki < u32(arrayLength(&k))) {
    k[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
  }
  if (o + (64u + ki) < u32(arrayLength(&k))) {
    k[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_out_q4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h0_xa_0: f32 = f32(read_q_in(oh0 + ki));
  let h0_xb_0: f32 = f32(read_q_in(oh0 + (64u + ki)));
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  if (oh0 + ki < u32(arrayLength(&q))) {
    q[oh0 + ki] = f16(unpack2x16float(f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0)).x);
  }
  if (oh0 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh0 + (64u + ki)] = f16(unpack2x16float(f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0)).x);
  }
  let h1_xa_0: f32 = f32(read_q_in(oh1 + ki));
  let h1_xb_0: f32 = f32(read_q_in(oh1 + (64u + ki)));
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  if (oh1 + ki < u32(arrayLength(&q))) {
    q[oh1 + ki] = f16(unpack2x16float(f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0)).x);
  }
  if (oh1 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh1 + (64u + ki)] = f16(unpack2x16float(f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0)).x);
  }
  let h2_xa_0: f32 = f32(read_q_in(oh2 + ki));
  let h2_xb_0: f32 = f32(read_q_in(oh2 + (64u + ki)));
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  if (oh2 + ki < u32(arrayLength(&q))) {
    q[oh2 + ki] = f16(unpack2x16float(f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0)).x);
  }
  if (oh2 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh2 + (64u + ki)] = f16(unpack2x16float(f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0)).x);
  }
  let h3_xa_0: f32 = f32(read_q_in(oh3 + ki));
  let h3_xb_0: f32 = f32(read_q_in(oh3 + (64u + ki)));
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  if (oh3 + ki < u32(arrayLength(&q))) {
    q[oh3 + ki] = f16(unpack2x16float(f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0)).x);
  }
  if (oh3 + (64u + ki) < u32(arrayLength(&q))) {
    q[oh3 + (64u + ki)] = f16(unpack2x16float(f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_out_k4_0(s: u32, flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = (flat * 32u + h0) * 128u;
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
  let h0_xa_0: f32 = f32(read_k_in(oh0 + ki));
  let h0_xb_0: f32 = f32(read_k_in(oh0 + (64u + ki)));
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  if (oh0 + ki < u32(arrayLength(&k))) {
    k[oh0 + ki] = f16(unpack2x16float(f16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0)).x);
  }
  if (oh0 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh0 + (64u + ki)] = f16(unpack2x16float(f16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0)).x);
  }
  let h1_xa_0: f32 = f32(read_k_in(oh1 + ki));
  let h1_xb_0: f32 = f32(read_k_in(oh1 + (64u + ki)));
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  if (oh1 + ki < u32(arrayLength(&k))) {
    k[oh1 + ki] = f16(unpack2x16float(f16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0)).x);
  }
  if (oh1 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh1 + (64u + ki)] = f16(unpack2x16float(f16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0)).x);
  }
  let h2_xa_0: f32 = f32(read_k_in(oh2 + ki));
  let h2_xb_0: f32 = f32(read_k_in(oh2 + (64u + ki)));
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  if (oh2 + ki < u32(arrayLength(&k))) {
    k[oh2 + ki] = f16(unpack2x16float(f16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0)).x);
  }
  if (oh2 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh2 + (64u + ki)] = f16(unpack2x16float(f16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0)).x);
  }
  let h3_xa_0: f32 = f32(read_k_in(oh3 + ki));
  let h3_xb_0: f32 = f32(read_k_in(oh3 + (64u + ki)));
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  if (oh3 + ki < u32(arrayLength(&k))) {
    k[oh3 + ki] = f16(unpack2x16float(f16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0)).x);
  }
  if (oh3 + (64u + ki) < u32(arrayLength(&k))) {
    k[oh3 + (64u + ki)] = f16(unpack2x16float(f16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0)).x);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) (item k: + 1 pairs, + 1 lanes) */
fn item_scalar_out_0(s: u32, flat: u32, ki: u32) {
  let pos0_w: i32 = i32(s) + params.offset;
  let pos0_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
    let xa_0: f32 = f32(read_q_in(o + ki));
    let xb_0: f32 = f32(read_q_in(o + (64u + ki)));
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    if (o + ki < u32(arrayLength(&q))) {
      q[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
    }
    if (o + (64u + ki) < u32(arrayLength(&q))) {
      q[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
    }
  }
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
    let xa_0: f32 = f32(read_k_in(o + ki));
    let xb_0: f32 = f32(read_k_in(o + (64u + ki)));
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    if (o + ki < u32(arrayLength(&k))) {
      k[o + ki] = f16(unpack2x16float(f16_bits(xa_0 * ci_0 - xb_0 * si_0)).x);
    }
    if (o + (64u + ki) < u32(arrayLength(&k))) {
      k[o + (64u + ki)] = f16(unpack2x16float(f16_bits(xb_0 * ci_0 + xa_0 * si_0)).x);
    }
  }
}

// in place, one head per item, 64 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 64u) * 64u) {
    return;
  }
  let per_token: u32 = 64u;
  let chunk: u32 = item % 64u;
  let rest: u32 = item / 64u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_in_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_in_k1_0(s, flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 64 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 16u) * 64u) {
    return;
  }
  let per_token: u32 = 16u;
  let chunk: u32 = item % 64u;
  let rest: u32 = item / 64u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_in_q4_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_in_k4_0(s, flat, chunk, h0);
  }
}

// in place, every head in series, 64 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 64u) {
    return;
  }
  let flat: u32 = item / 64u;
  let chunk: u32 = item - flat * 64u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_scalar_in_0(s, flat, chunk);
}

// out of place, one head per item, 64 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 64u) * 64u) {
    return;
  }
  let per_token: u32 = 64u;
  let chunk: u32 = item % 64u;
  let rest: u32 = item / 64u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_out_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_out_k1_0(s, flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 64 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 16u) * 64u) {
    return;
  }
  let per_token: u32 = 16u;
  let chunk: u32 = item % 64u;
  let rest: u32 = item / 64u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_out_q4_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_out_k4_0(s, flat, chunk, h0);
  }
}

// out of place, every head in series, 64 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 64u) {
    return;
  }
  let flat: u32 = item / 64u;
  let chunk: u32 = item - flat * 64u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_scalar_out_0(s, flat, chunk);
}
