// Generated from spec/dinov3_vitl16.rope (rope dinov3_vitl16) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 466a52aad77719d8
//
// rope dinov3_vitl16: head_dim 64, 32 pairs in 8 item(s) per token; f32 storage, layout bhsd; 16-byte access (4 lanes per vector); positions grid; ω constant; sincos computed; precision exact
// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed
// once, then every head of q and of k is rotated with them. An item owns every word or vector it
// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  grid_h: u32,
  grid_w: u32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> q_src: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> k_src: array<vec4<f32>>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 32>(1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625, 1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625);
const TURNS_MID = array<f32, 32>(0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7, 0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7);
const TURNS_LO = array<f32, 32>(0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10, 0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10);
// the position component that drives each pair
const PAIR_COMPONENT = array<u32, 32>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u);

/** q_out[i], or 0 past its end */
fn read_q_out(i: u32) -> vec4<f32> {
  if (i >= u32(arrayLength(&q))) {
    return vec4<f32>(0.0, 0.0, 0.0, 0.0);
  }
  return q[i];
}

/** k_out[i], or 0 past its end */
fn read_k_out(i: u32) -> vec4<f32> {
  if (i >= u32(arrayLength(&k))) {
    return vec4<f32>(0.0, 0.0, 0.0, 0.0);
  }
  return k[i];
}

/** q_in[i], or 0 past its end */
fn read_q_in(i: u32) -> vec4<f32> {
  if (i >= u32(arrayLength(&q_src))) {
    return vec4<f32>(0.0, 0.0, 0.0, 0.0);
  }
  return q_src[i];
}

/** k_in[i], or 0 past its end */
fn read_k_in(i: u32) -> vec4<f32> {
  if (i >= u32(arrayLength(&k_src))) {
    return vec4<f32>(0.0, 0.0, 0.0, 0.0);
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

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_in_q1_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let xav: vec4<f32> = read_q_out((o + ki * 4u) / 4u);
  let xa0: f32 = xav.x;
  let xa1: f32 = xav.y;
  let xa2: f32 = xav.z;
  let xa3: f32 = xav.w;
  let xbv: vec4<f32> = read_q_out((o + (32u + ki * 4u)) / 4u);
  let xb0: f32 = xbv.x;
  let xb1: f32 = xbv.y;
  let xb2: f32 = xbv.z;
  let xb3: f32 = xbv.w;
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
  }
  if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_in_k1_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let xav: vec4<f32> = read_k_out((o + ki * 4u) / 4u);
  let xa0: f32 = xav.x;
  let xa1: f32 = xav.y;
  let xa2: f32 = xav.z;
  let xa3: f32 = xav.w;
  let xbv: vec4<f32> = read_k_out((o + (32u + ki * 4u)) / 4u);
  let xb0: f32 = xbv.x;
  let xb1: f32 = xbv.y;
  let xb2: f32 = xbv.z;
  let xb3: f32 = xbv.w;
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
  }
  if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), q heads h0 … h0 + 3 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_in_q4_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let h0_xav: vec4<f32> = read_q_out((oh0 + ki * 4u) / 4u);
  let h0_xa0: f32 = h0_xav.x;
  let h0_xa1: f32 = h0_xav.y;
  let h0_xa2: f32 = h0_xav.z;
  let h0_xa3: f32 = h0_xav.w;
  let h0_xbv: vec4<f32> = read_q_out((oh0 + (32u + ki * 4u)) / 4u);
  let h0_xb0: f32 = h0_xbv.x;
  let h0_xb1: f32 = h0_xbv.y;
  let h0_xb2: f32 = h0_xbv.z;
  let h0_xb3: f32 = h0_xbv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 64u;
  let h1_xav: vec4<f32> = read_q_out((oh1 + ki * 4u) / 4u);
  let h1_xa0: f32 = h1_xav.x;
  let h1_xa1: f32 = h1_xav.y;
  let h1_xa2: f32 = h1_xav.z;
  let h1_xa3: f32 = h1_xav.w;
  let h1_xbv: vec4<f32> = read_q_out((oh1 + (32u + ki * 4u)) / 4u);
  let h1_xb0: f32 = h1_xbv.x;
  let h1_xb1: f32 = h1_xbv.y;
  let h1_xb2: f32 = h1_xbv.z;
  let h1_xb3: f32 = h1_xbv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 64u;
  let h2_xav: vec4<f32> = read_q_out((oh2 + ki * 4u) / 4u);
  let h2_xa0: f32 = h2_xav.x;
  let h2_xa1: f32 = h2_xav.y;
  let h2_xa2: f32 = h2_xav.z;
  let h2_xa3: f32 = h2_xav.w;
  let h2_xbv: vec4<f32> = read_q_out((oh2 + (32u + ki * 4u)) / 4u);
  let h2_xb0: f32 = h2_xbv.x;
  let h2_xb1: f32 = h2_xbv.y;
  let h2_xb2: f32 = h2_xbv.z;
  let h2_xb3: f32 = h2_xbv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 64u;
  let h3_xav: vec4<f32> = read_q_out((oh3 + ki * 4u) / 4u);
  let h3_xa0: f32 = h3_xav.x;
  let h3_xa1: f32 = h3_xav.y;
  let h3_xa2: f32 = h3_xav.z;
  let h3_xa3: f32 = h3_xav.w;
  let h3_xbv: vec4<f32> = read_q_out((oh3 + (32u + ki * 4u)) / 4u);
  let h3_xb0: f32 = h3_xbv.x;
  let h3_xb1: f32 = h3_xbv.y;
  let h3_xb2: f32 = h3_xbv.z;
  let h3_xb3: f32 = h3_xbv.w;
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_ya0, h0_ya1, h0_ya2, h0_ya3);
  }
  if ((oh0 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh0 + (32u + ki * 4u)) / 4u] = vec4<f32>(h0_yb0, h0_yb1, h0_yb2, h0_yb3);
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_ya0, h1_ya1, h1_ya2, h1_ya3);
  }
  if ((oh1 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh1 + (32u + ki * 4u)) / 4u] = vec4<f32>(h1_yb0, h1_yb1, h1_yb2, h1_yb3);
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_ya0, h2_ya1, h2_ya2, h2_ya3);
  }
  if ((oh2 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh2 + (32u + ki * 4u)) / 4u] = vec4<f32>(h2_yb0, h2_yb1, h2_yb2, h2_yb3);
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_ya0, h3_ya1, h3_ya2, h3_ya3);
  }
  if ((oh3 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh3 + (32u + ki * 4u)) / 4u] = vec4<f32>(h3_yb0, h3_yb1, h3_yb2, h3_yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), k heads h0 … h0 + 3 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_in_k4_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let h0_xav: vec4<f32> = read_k_out((oh0 + ki * 4u) / 4u);
  let h0_xa0: f32 = h0_xav.x;
  let h0_xa1: f32 = h0_xav.y;
  let h0_xa2: f32 = h0_xav.z;
  let h0_xa3: f32 = h0_xav.w;
  let h0_xbv: vec4<f32> = read_k_out((oh0 + (32u + ki * 4u)) / 4u);
  let h0_xb0: f32 = h0_xbv.x;
  let h0_xb1: f32 = h0_xbv.y;
  let h0_xb2: f32 = h0_xbv.z;
  let h0_xb3: f32 = h0_xbv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 64u;
  let h1_xav: vec4<f32> = read_k_out((oh1 + ki * 4u) / 4u);
  let h1_xa0: f32 = h1_xav.x;
  let h1_xa1: f32 = h1_xav.y;
  let h1_xa2: f32 = h1_xav.z;
  let h1_xa3: f32 = h1_xav.w;
  let h1_xbv: vec4<f32> = read_k_out((oh1 + (32u + ki * 4u)) / 4u);
  let h1_xb0: f32 = h1_xbv.x;
  let h1_xb1: f32 = h1_xbv.y;
  let h1_xb2: f32 = h1_xbv.z;
  let h1_xb3: f32 = h1_xbv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 64u;
  let h2_xav: vec4<f32> = read_k_out((oh2 + ki * 4u) / 4u);
  let h2_xa0: f32 = h2_xav.x;
  let h2_xa1: f32 = h2_xav.y;
  let h2_xa2: f32 = h2_xav.z;
  let h2_xa3: f32 = h2_xav.w;
  let h2_xbv: vec4<f32> = read_k_out((oh2 + (32u + ki * 4u)) / 4u);
  let h2_xb0: f32 = h2_xbv.x;
  let h2_xb1: f32 = h2_xbv.y;
  let h2_xb2: f32 = h2_xbv.z;
  let h2_xb3: f32 = h2_xbv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 64u;
  let h3_xav: vec4<f32> = read_k_out((oh3 + ki * 4u) / 4u);
  let h3_xa0: f32 = h3_xav.x;
  let h3_xa1: f32 = h3_xav.y;
  let h3_xa2: f32 = h3_xav.z;
  let h3_xa3: f32 = h3_xav.w;
  let h3_xbv: vec4<f32> = read_k_out((oh3 + (32u + ki * 4u)) / 4u);
  let h3_xb0: f32 = h3_xbv.x;
  let h3_xb1: f32 = h3_xbv.y;
  let h3_xb2: f32 = h3_xbv.z;
  let h3_xb3: f32 = h3_xbv.w;
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_ya0, h0_ya1, h0_ya2, h0_ya3);
  }
  if ((oh0 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh0 + (32u + ki * 4u)) / 4u] = vec4<f32>(h0_yb0, h0_yb1, h0_yb2, h0_yb3);
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_ya0, h1_ya1, h1_ya2, h1_ya3);
  }
  if ((oh1 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh1 + (32u + ki * 4u)) / 4u] = vec4<f32>(h1_yb0, h1_yb1, h1_yb2, h1_yb3);
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_ya0, h2_ya1, h2_ya2, h2_ya3);
  }
  if ((oh2 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh2 + (32u + ki * 4u)) / 4u] = vec4<f32>(h2_yb0, h2_yb1, h2_yb2, h2_yb3);
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_ya0, h3_ya1, h3_ya2, h3_ya3);
  }
  if ((oh3 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh3 + (32u + ki * 4u)) / 4u] = vec4<f32>(h3_yb0, h3_yb1, h3_yb2, h3_yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 4 pairs, + 4 lanes) */
fn item_vector_in_0(b: u32, s: u32, ki: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 64u;
    let xav: vec4<f32> = read_q_out((o + ki * 4u) / 4u);
    let xa0: f32 = xav.x;
    let xa1: f32 = xav.y;
    let xa2: f32 = xav.z;
    let xa3: f32 = xav.w;
    let xbv: vec4<f32> = read_q_out((o + (32u + ki * 4u)) / 4u);
    let xb0: f32 = xbv.x;
    let xb1: f32 = xbv.y;
    let xb2: f32 = xbv.z;
    let xb3: f32 = xbv.w;
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
      q[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
    }
    if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
      q[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
    }
  }
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 64u;
    let xav: vec4<f32> = read_k_out((o + ki * 4u) / 4u);
    let xa0: f32 = xav.x;
    let xa1: f32 = xav.y;
    let xa2: f32 = xav.z;
    let xa3: f32 = xav.w;
    let xbv: vec4<f32> = read_k_out((o + (32u + ki * 4u)) / 4u);
    let xb0: f32 = xbv.x;
    let xb1: f32 = xbv.y;
    let xb2: f32 = xbv.z;
    let xb3: f32 = xbv.w;
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
      k[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
    }
    if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
      k[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_out_q1_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let xav: vec4<f32> = read_q_in((o + ki * 4u) / 4u);
  let xa0: f32 = xav.x;
  let xa1: f32 = xav.y;
  let xa2: f32 = xav.z;
  let xa3: f32 = xav.w;
  let xbv: vec4<f32> = read_q_in((o + (32u + ki * 4u)) / 4u);
  let xb0: f32 = xbv.x;
  let xb1: f32 = xbv.y;
  let xb2: f32 = xbv.z;
  let xb3: f32 = xbv.w;
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
  }
  if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_out_k1_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let xav: vec4<f32> = read_k_in((o + ki * 4u) / 4u);
  let xa0: f32 = xav.x;
  let xa1: f32 = xav.y;
  let xa2: f32 = xav.z;
  let xa3: f32 = xav.w;
  let xbv: vec4<f32> = read_k_in((o + (32u + ki * 4u)) / 4u);
  let xb0: f32 = xbv.x;
  let xb1: f32 = xbv.y;
  let xb2: f32 = xbv.z;
  let xb3: f32 = xbv.w;
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
  }
  if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), q heads h0 … h0 + 3 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_out_q4_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let h0_xav: vec4<f32> = read_q_in((oh0 + ki * 4u) / 4u);
  let h0_xa0: f32 = h0_xav.x;
  let h0_xa1: f32 = h0_xav.y;
  let h0_xa2: f32 = h0_xav.z;
  let h0_xa3: f32 = h0_xav.w;
  let h0_xbv: vec4<f32> = read_q_in((oh0 + (32u + ki * 4u)) / 4u);
  let h0_xb0: f32 = h0_xbv.x;
  let h0_xb1: f32 = h0_xbv.y;
  let h0_xb2: f32 = h0_xbv.z;
  let h0_xb3: f32 = h0_xbv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 64u;
  let h1_xav: vec4<f32> = read_q_in((oh1 + ki * 4u) / 4u);
  let h1_xa0: f32 = h1_xav.x;
  let h1_xa1: f32 = h1_xav.y;
  let h1_xa2: f32 = h1_xav.z;
  let h1_xa3: f32 = h1_xav.w;
  let h1_xbv: vec4<f32> = read_q_in((oh1 + (32u + ki * 4u)) / 4u);
  let h1_xb0: f32 = h1_xbv.x;
  let h1_xb1: f32 = h1_xbv.y;
  let h1_xb2: f32 = h1_xbv.z;
  let h1_xb3: f32 = h1_xbv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 64u;
  let h2_xav: vec4<f32> = read_q_in((oh2 + ki * 4u) / 4u);
  let h2_xa0: f32 = h2_xav.x;
  let h2_xa1: f32 = h2_xav.y;
  let h2_xa2: f32 = h2_xav.z;
  let h2_xa3: f32 = h2_xav.w;
  let h2_xbv: vec4<f32> = read_q_in((oh2 + (32u + ki * 4u)) / 4u);
  let h2_xb0: f32 = h2_xbv.x;
  let h2_xb1: f32 = h2_xbv.y;
  let h2_xb2: f32 = h2_xbv.z;
  let h2_xb3: f32 = h2_xbv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 64u;
  let h3_xav: vec4<f32> = read_q_in((oh3 + ki * 4u) / 4u);
  let h3_xa0: f32 = h3_xav.x;
  let h3_xa1: f32 = h3_xav.y;
  let h3_xa2: f32 = h3_xav.z;
  let h3_xa3: f32 = h3_xav.w;
  let h3_xbv: vec4<f32> = read_q_in((oh3 + (32u + ki * 4u)) / 4u);
  let h3_xb0: f32 = h3_xbv.x;
  let h3_xb1: f32 = h3_xbv.y;
  let h3_xb2: f32 = h3_xbv.z;
  let h3_xb3: f32 = h3_xbv.w;
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_ya0, h0_ya1, h0_ya2, h0_ya3);
  }
  if ((oh0 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh0 + (32u + ki * 4u)) / 4u] = vec4<f32>(h0_yb0, h0_yb1, h0_yb2, h0_yb3);
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_ya0, h1_ya1, h1_ya2, h1_ya3);
  }
  if ((oh1 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh1 + (32u + ki * 4u)) / 4u] = vec4<f32>(h1_yb0, h1_yb1, h1_yb2, h1_yb3);
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_ya0, h2_ya1, h2_ya2, h2_ya3);
  }
  if ((oh2 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh2 + (32u + ki * 4u)) / 4u] = vec4<f32>(h2_yb0, h2_yb1, h2_yb2, h2_yb3);
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_ya0, h3_ya1, h3_ya2, h3_ya3);
  }
  if ((oh3 + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
    q[(oh3 + (32u + ki * 4u)) / 4u] = vec4<f32>(h3_yb0, h3_yb1, h3_yb2, h3_yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split), k heads h0 … h0 + 3 (item k: + 4 pairs, + 4 lanes) */
fn item_vector_out_k4_0(b: u32, s: u32, ki: u32, h0: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 64u;
  let h0_xav: vec4<f32> = read_k_in((oh0 + ki * 4u) / 4u);
  let h0_xa0: f32 = h0_xav.x;
  let h0_xa1: f32 = h0_xav.y;
  let h0_xa2: f32 = h0_xav.z;
  let h0_xa3: f32 = h0_xav.w;
  let h0_xbv: vec4<f32> = read_k_in((oh0 + (32u + ki * 4u)) / 4u);
  let h0_xb0: f32 = h0_xbv.x;
  let h0_xb1: f32 = h0_xbv.y;
  let h0_xb2: f32 = h0_xbv.z;
  let h0_xb3: f32 = h0_xbv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 64u;
  let h1_xav: vec4<f32> = read_k_in((oh1 + ki * 4u) / 4u);
  let h1_xa0: f32 = h1_xav.x;
  let h1_xa1: f32 = h1_xav.y;
  let h1_xa2: f32 = h1_xav.z;
  let h1_xa3: f32 = h1_xav.w;
  let h1_xbv: vec4<f32> = read_k_in((oh1 + (32u + ki * 4u)) / 4u);
  let h1_xb0: f32 = h1_xbv.x;
  let h1_xb1: f32 = h1_xbv.y;
  let h1_xb2: f32 = h1_xbv.z;
  let h1_xb3: f32 = h1_xbv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 64u;
  let h2_xav: vec4<f32> = read_k_in((oh2 + ki * 4u) / 4u);
  let h2_xa0: f32 = h2_xav.x;
  let h2_xa1: f32 = h2_xav.y;
  let h2_xa2: f32 = h2_xav.z;
  let h2_xa3: f32 = h2_xav.w;
  let h2_xbv: vec4<f32> = read_k_in((oh2 + (32u + ki * 4u)) / 4u);
  let h2_xb0: f32 = h2_xbv.x;
  let h2_xb1: f32 = h2_xbv.y;
  let h2_xb2: f32 = h2_xbv.z;
  let h2_xb3: f32 = h2_xbv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 64u;
  let h3_xav: vec4<f32> = read_k_in((oh3 + ki * 4u) / 4u);
  let h3_xa0: f32 = h3_xav.x;
  let h3_xa1: f32 = h3_xav.y;
  let h3_xa2: f32 = h3_xav.z;
  let h3_xa3: f32 = h3_xav.w;
  let h3_xbv: vec4<f32> = read_k_in((oh3 + (32u + ki * 4u)) / 4u);
  let h3_xb0: f32 = h3_xbv.x;
  let h3_xb1: f32 = h3_xbv.y;
  let h3_xb2: f32 = h3_xbv.z;
  let h3_xb3: f32 = h3_xbv.w;
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_ya0, h0_ya1, h0_ya2, h0_ya3);
  }
  if ((oh0 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh0 + (32u + ki * 4u)) / 4u] = vec4<f32>(h0_yb0, h0_yb1, h0_yb2, h0_yb3);
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_ya0, h1_ya1, h1_ya2, h1_ya3);
  }
  if ((oh1 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh1 + (32u + ki * 4u)) / 4u] = vec4<f32>(h1_yb0, h1_yb1, h1_yb2, h1_yb3);
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_ya0, h2_ya1, h2_ya2, h2_ya3);
  }
  if ((oh2 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh2 + (32u + ki * 4u)) / 4u] = vec4<f32>(h2_yb0, h2_yb1, h2_yb2, h2_yb3);
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_ya0, h3_ya1, h3_ya2, h3_ya3);
  }
  if ((oh3 + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
    k[(oh3 + (32u + ki * 4u)) / 4u] = vec4<f32>(h3_yb0, h3_yb1, h3_yb2, h3_yb3);
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 4 pairs, + 4 lanes) */
fn item_vector_out_0(b: u32, s: u32, ki: u32) {
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
    let gs0: u32 = params.grid_h;
    let gs1: u32 = params.grid_w;
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
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 64u;
    let xav: vec4<f32> = read_q_in((o + ki * 4u) / 4u);
    let xa0: f32 = xav.x;
    let xa1: f32 = xav.y;
    let xa2: f32 = xav.z;
    let xa3: f32 = xav.w;
    let xbv: vec4<f32> = read_q_in((o + (32u + ki * 4u)) / 4u);
    let xb0: f32 = xbv.x;
    let xb1: f32 = xbv.y;
    let xb2: f32 = xbv.z;
    let xb3: f32 = xbv.w;
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
      q[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
    }
    if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&q))) {
      q[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
    }
  }
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 64u;
    let xav: vec4<f32> = read_k_in((o + ki * 4u) / 4u);
    let xa0: f32 = xav.x;
    let xa1: f32 = xav.y;
    let xa2: f32 = xav.z;
    let xa3: f32 = xav.w;
    let xbv: vec4<f32> = read_k_in((o + (32u + ki * 4u)) / 4u);
    let xb0: f32 = xbv.x;
    let xb1: f32 = xbv.y;
    let xb2: f32 = xbv.z;
    let xb3: f32 = xbv.w;
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
      k[(o + ki * 4u) / 4u] = vec4<f32>(ya0, ya1, ya2, ya3);
    }
    if ((o + (32u + ki * 4u)) / 4u < u32(arrayLength(&k))) {
      k[(o + (32u + ki * 4u)) / 4u] = vec4<f32>(yb0, yb1, yb2, yb3);
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
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 16u) {
    let h0: u32 = g;
    item_vector_in_q1_0(b, s, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_vector_in_k1_0(b, s, chunk, h0);
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
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 4u) {
    let h0: u32 = g * 4u;
    item_vector_in_q4_0(b, s, chunk, h0);
  } else {
    let h0: u32 = (g - 4u) * 4u;
    item_vector_in_k4_0(b, s, chunk, h0);
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
  item_vector_in_0(b, s, chunk);
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
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 16u) {
    let h0: u32 = g;
    item_vector_out_q1_0(b, s, chunk, h0);
  } else {
    let h0: u32 = g - 16u;
    item_vector_out_k1_0(b, s, chunk, h0);
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
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 4u) {
    let h0: u32 = g * 4u;
    item_vector_out_q4_0(b, s, chunk, h0);
  } else {
    let h0: u32 = (g - 4u) * 4u;
    item_vector_out_k4_0(b, s, chunk, h0);
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
  item_vector_out_0(b, s, chunk);
}
