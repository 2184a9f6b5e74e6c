// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 9a79fc140b385799
//
// rope dinov3_vitl16_multicrop: head_dim 64, 32 pairs in 4 item(s) per token; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions grid; ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> cu_seqlens: array<u32>;
@group(0) @binding(4) var<storage, read> grid_sizes: array<u32>;
@group(0) @binding(5) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(6) var<storage, read> k_src: array<vec4<u32>>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 32>(1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625, 1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625);
const TURNS_MID = array<f32, 32>(0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7, 0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7);
const TURNS_LO = array<f32, 32>(0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10, 0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10);
// the position component that drives each pair
const PAIR_COMPONENT = array<u32, 32>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u);

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

/** grid_sizes[i], or 0 past its end */
fn read_grid_sizes(i: u32) -> u32 {
  if (i >= u32(arrayLength(&grid_sizes))) {
    return 0u;
  }
  return grid_sizes[i];
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

/** cu_seqlens[i], or 0 past its end */
fn read_cu_seqlens(i: u32) -> u32 {
  if (i >= u32(arrayLength(&cu_seqlens))) {
    return 0u;
  }
  return cu_seqlens[i];
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

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 16u + h0) * 64u;
  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_out((o + (32u + ki * 8u)) / 8u);
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
  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 16u + h0) * 64u;
  let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_k_out((o + (32u + ki * 8u)) / 8u);
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
  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 16u + h0) * 64u;
  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_out((oh0 + (32u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;
  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_out((oh1 + (32u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;
  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_out((oh2 + (32u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;
  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_out((oh3 + (32u + ki * 8u)) / 8u);
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
  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
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
  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
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
  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
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
  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 16u + h0) * 64u;
  let h0_xav: vec4<u32> = read_k_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_k_out((oh0 + (32u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;
  let h1_xav: vec4<u32> = read_k_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_k_out((oh1 + (32u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;
  let h2_xav: vec4<u32> = read_k_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_k_out((oh2 + (32u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;
  let h3_xav: vec4<u32> = read_k_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_k_out((oh3 + (32u + ki * 8u)) / 8u);
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
  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
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
  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
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
  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
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
  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = (flat * 16u + h) * 64u;
    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_out((o + (32u + ki * 8u)) / 8u);
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
    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = (flat * 16u + h) * 64u;
    let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_k_out((o + (32u + ki * 8u)) / 8u);
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
    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 16u + h0) * 64u;
  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_in((o + (32u + ki * 8u)) / 8u);
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
  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 16u + h0) * 64u;
  let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_k_in((o + (32u + ki * 8u)) / 8u);
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
  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 16u + h0) * 64u;
  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_in((oh0 + (32u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;
  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_in((oh1 + (32u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;
  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_in((oh2 + (32u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;
  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_in((oh3 + (32u + ki * 8u)) / 8u);
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
  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
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
  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
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
  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
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
  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 16u + h0) * 64u;
  let h0_xav: vec4<u32> = read_k_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_k_in((oh0 + (32u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;
  let h1_xav: vec4<u32> = read_k_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_k_in((oh1 + (32u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;
  let h2_xav: vec4<u32> = read_k_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_k_in((oh2 + (32u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;
  let h3_xav: vec4<u32> = read_k_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_k_in((oh3 + (32u + ki * 8u)) / 8u);
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
  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
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
  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
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
  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
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
  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  if (s < 5u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
  } else {
    var rest: u32 = s - 5u;
    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);
    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);
    pos0_w = i32(pos0_fl);
    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;
    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);
    pos1_w = i32(pos1_fl);
    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;
  }
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
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = (flat * 16u + h) * 64u;
    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_in((o + (32u + ki * 8u)) / 8u);
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
    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = (flat * 16u + h) * 64u;
    let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_k_in((o + (32u + ki * 8u)) / 8u);
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
    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
}

// in place, one head per item, 4 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 4u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 4u;
  let rest: u32 = item / 4u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  var lo: u32 = 0u;
  var hi: u32 = params.batch - 1u;
  while (lo < hi) {
    let mid: u32 = ((lo + hi) + 1u) / 2u;
    if (read_cu_seqlens(mid) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1u;
    }
  }
  let b: u32 = lo;
  let s: u32 = flat - read_cu_seqlens(lo);
  if (g < 16u) {
    let h0: u32 = g;
    item_vector_in_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_vector_in_k1_0(b, s, flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 4 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 4u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 4u;
  let rest: u32 = item / 4u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  var lo: u32 = 0u;
  var hi: u32 = params.batch - 1u;
  while (lo < hi) {
    let mid: u32 = ((lo + hi) + 1u) / 2u;
    if (read_cu_seqlens(mid) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1u;
    }
  }
  let b: u32 = lo;
  let s: u32 = flat - read_cu_seqlens(lo);
  if (g < 4u) {
    let h0: u32 = g * 4u;
    item_vector_in_q4_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 4u) * 4u;
    item_vector_in_k4_0(b, s, flat, chunk, h0);
  }
}

// in place, every head in series, 4 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 4u) {
    return;
  }
  let flat: u32 = item / 4u;
  let chunk: u32 = item - flat * 4u;
  var lo: u32 = 0u;
  var hi: u32 = params.batch - 1u;
  while (lo < hi) {
    let mid: u32 = ((lo + hi) + 1u) / 2u;
    if (read_cu_seqlens(mid) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1u;
    }
  }
  let b: u32 = lo;
  let s: u32 = flat - read_cu_seqlens(lo);
  item_vector_in_0(b, s, flat, chunk);
}

// out of place, one head per item, 4 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 4u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 4u;
  let rest: u32 = item / 4u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  var lo: u32 = 0u;
  var hi: u32 = params.batch - 1u;
  while (lo < hi) {
    let mid: u32 = ((lo + hi) + 1u) / 2u;
    if (read_cu_seqlens(mid) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1u;
    }
  }
  let b: u32 = lo;
  let s: u32 = flat - read_cu_seqlens(lo);
  if (g < 16u) {
    let h0: u32 = g;
    item_vector_out_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_vector_out_k1_0(b, s, flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 4 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 4u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 4u;
  let rest: u32 = item / 4u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  var lo: u32 = 0u;
  var hi: u32 = params.batch - 1u;
  while (lo < hi) {
    let mid: u32 = ((lo + hi) + 1u) / 2u;
    if (read_cu_seqlens(mid) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1u;
    }
  }
  let b: u32 = lo;
  let s: u32 = flat - read_cu_seqlens(lo);
  if (g < 4u) {
    let h0: u32 = g * 4u;
    item_vector_out_q4_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 4u) * 4u;
    item_vector_out_k4_0(b, s, flat, chunk, h0);
  }
}

// out of place, every head in series, 4 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 4u) {
    return;
  }
  let flat: u32 = item / 4u;
  let chunk: u32 = item - flat * 4u;
  var lo: u32 = 0u;
  var hi: u32 = params.batch - 1u;
  while (lo < hi) {
    let mid: u32 = ((lo + hi) + 1u) / 2u;
    if (read_cu_seqlens(mid) <= flat) {
      lo = mid;
    } else {
      hi = mid - 1u;
    }
  }
  let b: u32 = lo;
  let s: u32 = flat - read_cu_seqlens(lo);
  item_vector_out_0(b, s, flat, chunk);
}
