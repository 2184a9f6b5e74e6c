// Generated from spec/qwen2_5_7b_yarn.rope (rope qwen2_5_7b_yarn) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 7d5e1568861eaaad
//
// rope qwen2_5_7b_yarn: head_dim 128, 64 pairs in 8 item(s) per token; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions index; ω constant; sincos computed; precision exact
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
const TURNS_HI = array<f32, 64>(0.1591796875, 0.12823486328125, 0.103363037109375, 0.083282470703125, 0.067108154296875, 0.0540771484375, 0.0435791015625, 0.035125732421875, 0.0283050537109375, 0.02280426025390625, 0.01837921142578125, 0.01480865478515625, 0.011936187744140625, 0.009616851806640625, 0.0077495574951171875, 0.006244659423828125, 0.0050334930419921875, 0.004055023193359375, 0.0032682418823242188, 0.0026340484619140625, 0.0021219253540039062, 0.0017104148864746094, 0.0013780593872070312, 0.0011105537414550781, 0.0008554458618164062, 0.0006575584411621094, 0.0005042552947998047, 0.00038564205169677734, 0.0002942085266113281, 0.00022363662719726562, 0.00016939640045166016, 0.0001277923583984375, 0.0000959634780883789, 0.00007167458534240723, 0.00005319714546203613, 0.000039190053939819336, 0.000028625130653381348, 0.000020682811737060547, 0.000014740973711013794, 0.000010330229997634888, 0.000007076188921928406, 0.0000057015568017959595, 0.000004595145583152771, 0.0000037029385566711426, 0.000002983957529067993, 0.0000024046748876571655, 0.0000019371509552001953, 0.0000015613622963428497, 0.0000012582167983055115, 0.0000010137446224689484, 8.170027285814285e-7, 6.584450602531433e-7, 5.306210368871689e-7, 4.2759347707033157e-7, 3.4458935260772705e-7, 2.7765054255723953e-7, 2.2375024855136871e-7, 1.8032733350992203e-7, 1.4528632164001465e-7, 1.1708470992743969e-7, 9.435461834073067e-8, 7.604830898344517e-8, 6.126356311142445e-8, 4.937464836984873e-8);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000018902122974395752, -0.000010740011930465698, 0.000003170222043991089, 0.00000692903995513916, 0.000007016584277153015, 0.000004200264811515808, -0.000004468485713005066, -0.0000028582289814949036, 0.000002843327820301056, -2.8533395379781723e-7, 0.0000018593855202198029, -0.0000012507662177085876, 8.239876478910446e-7, 7.713679224252701e-7, 8.826609700918198e-7, -5.718320608139038e-7, 7.171183824539185e-7, 4.470348358154297e-8, -3.2526440918445587e-7, 4.3993350118398666e-7, -1.234002411365509e-7, 1.6565900295972824e-7, 7.811468094587326e-8, 6.31262082606554e-8, 2.8085196390748024e-8, 1.4821125660091639e-8, 5.7596480473876e-8, -4.617322701960802e-8, -6.029949872754514e-9, 1.9108483684249222e-9, 2.651177055668086e-9, -2.409251464996487e-9, -3.3624019124545157e-9, -1.1104930308647454e-9, 3.1886884244158864e-9, -2.52202880801633e-9, -3.572495188564062e-9, 4.3723957787733525e-10, -4.4656189857050776e-10, -6.400568963726982e-10, 2.190745362895541e-10, -4.140474629821256e-10, -3.100240064668469e-10, -2.2328094928525388e-10, -2.559090717113577e-10, 4.312141754780896e-10, 2.319922032256727e-11, 1.3503864693120704e-11, 1.9042545318370685e-10, 6.892264536872972e-11, -1.425703999302641e-11, -2.971489720948739e-11, -2.0605739337042905e-11, -3.3097080631705467e-11, 7.425171588693047e-12, -1.744382416291046e-12, -2.135180920959101e-11, 1.184830011879967e-11, 2.6840751843337785e-12, -6.565858967633176e-13, -1.390532133882516e-11, 8.167688747562352e-12, 6.963318810448982e-13);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 2.1300026187276444e-9, -4.790104979335297e-10, -1.0799648675341444e-10, -3.316028840405494e-10, 2.9894861586221566e-10, 2.7799582080767493e-10, -4.177515555703337e-10, 3.4866740050709666e-10, -1.7512309657963243e-10, 1.3852214514331607e-11, -1.4896894828808627e-10, 4.320196977936064e-11, -3.438973411595825e-11, 1.2497792731269719e-11, -1.0786416898556084e-10, 5.173301023675414e-13, -7.268267931959116e-11, 1.4278990316529683e-12, 1.6184645637573603e-11, -1.1027324019197149e-11, -8.60762763149614e-12, -2.017016241528946e-11, 1.4075536743096695e-11, -2.057326097676393e-12, 3.486035028352208e-12, -1.356244435334053e-12, 2.86415292524711e-12, -1.910301561033889e-12, -2.0128362409992107e-13, 9.957190779362468e-14, 1.6705172943727586e-13, -2.079770139743961e-13, 9.3338002799849e-14, 5.518872983395137e-14, 1.0924919145336928e-13, 3.041265156378259e-13, 4.395819916836602e-13, 5.561522108728928e-14, -4.796853628826099e-14, 9.262381850004206e-14, -2.4681388118182046e-14, -9.269871823543597e-15, -2.7237797927499516e-14, 7.162513990114153e-15, -3.861076023248429e-14, 4.950867935559454e-14, -1.3296602503803023e-15, 4.4197141572369005e-16, 1.1842654779731492e-14, -4.417872284093096e-15, 2.0923047874073144e-16, -2.8705180017630973e-15, -1.924533183302892e-15, 9.828617742474607e-16, -1.7593806050713798e-16, -1.4672490000796202e-16, 2.2889180751239826e-15, -1.335442838432089e-15, 6.351649932042762e-17, 3.871552020860952e-17, -6.664292175154489e-16, -1.1449973269999714e-15, -2.8473786763006656e-17);

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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let o: u32 = (flat * 28u + h0) * 128u;
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let o: u32 = (flat * 4u + h0) * 128u;
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
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let oh0: u32 = (flat * 28u + h0) * 128u;
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
  let oh1: u32 = (flat * 28u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 28u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 28u + (h0 + 3u)) * 128u;
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let oh0: u32 = (flat * 4u + h0) * 128u;
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
  let oh1: u32 = (flat * 4u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 4u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 4u + (h0 + 3u)) * 128u;
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
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
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
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
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
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
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
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = (flat * 28u + h) * 128u;
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
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = (flat * 4u + h) * 128u;
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
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let o: u32 = (flat * 28u + h0) * 128u;
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let o: u32 = (flat * 4u + h0) * 128u;
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
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let oh0: u32 = (flat * 28u + h0) * 128u;
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
  let oh1: u32 = (flat * 28u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 28u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 28u + (h0 + 3u)) * 128u;
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  let oh0: u32 = (flat * 4u + h0) * 128u;
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
  let oh1: u32 = (flat * 4u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 4u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 4u + (h0 + 3u)) * 128u;
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
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
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
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
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
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
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
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
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
  c0_0 = cs0_0.x * 1.13862943649292;
  s0_0 = cs0_0.y * 1.13862943649292;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);
  c0_1 = cs0_1.x * 1.13862943649292;
  s0_1 = cs0_1.y * 1.13862943649292;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);
  c0_2 = cs0_2.x * 1.13862943649292;
  s0_2 = cs0_2.y * 1.13862943649292;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);
  c0_3 = cs0_3.x * 1.13862943649292;
  s0_3 = cs0_3.y * 1.13862943649292;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);
  c0_4 = cs0_4.x * 1.13862943649292;
  s0_4 = cs0_4.y * 1.13862943649292;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);
  c0_5 = cs0_5.x * 1.13862943649292;
  s0_5 = cs0_5.y * 1.13862943649292;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);
  c0_6 = cs0_6.x * 1.13862943649292;
  s0_6 = cs0_6.y * 1.13862943649292;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);
  c0_7 = cs0_7.x * 1.13862943649292;
  s0_7 = cs0_7.y * 1.13862943649292;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = (flat * 28u + h) * 128u;
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
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = (flat * 4u + h) * 128u;
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
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 8u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let s: u32 = flat;
  if (g < 28u) {
    let h0: u32 = g;
    item_vector_in_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_vector_in_k1_0(s, flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 8u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let s: u32 = flat;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_vector_in_q4_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
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
  let s: u32 = flat;
  item_vector_in_0(s, flat, chunk);
}

// out of place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 8u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let s: u32 = flat;
  if (g < 28u) {
    let h0: u32 = g;
    item_vector_out_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_vector_out_k1_0(s, flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 8u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let s: u32 = flat;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_vector_out_q4_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
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
  let s: u32 = flat;
  item_vector_out_0(s, flat, chunk);
}
