// Generated from spec/mvit_axial3d.rope (rope mvit_axial3d) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 6e7133582790fcbc
//
// rope mvit_axial3d: head_dim 48, 24 pairs in 12 item(s) per token; f32 storage, layout bhsd; 16-byte access (4 lanes per vector); positions grid; ω constant; sincos computed; precision exact
// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed
// once, then every head of q and of k is rotated with them. An item owns every word or vector it
// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  grid_t: u32,
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
const TURNS_HI = array<f32, 24>(0.1591796875, 0.050323486328125, 0.0159149169921875, 0.0050334930419921875, 0.0015916824340820312, 0.0005033016204833984, 0.00015914440155029297, 0.00005033612251281738, 0.1591796875, 0.050323486328125, 0.0159149169921875, 0.0050334930419921875, 0.0015916824340820312, 0.0005033016204833984, 0.00015914440155029297, 0.00005033612251281738, 0.1591796875, 0.050323486328125, 0.0159149169921875, 0.0050334930419921875, 0.0015916824340820312, 0.0005033016204833984, 0.00015914440155029297, 0.00005033612251281738);
const TURNS_MID = array<f32, 24>(-0.000024743378162384033, 0.000005725771188735962, 5.774199962615967e-7, -5.718320608139038e-7, -1.3300450518727303e-7, -9.498762665316463e-9, 1.0542862582951784e-8, -6.910340744070709e-9, -0.000024743378162384033, 0.000005725771188735962, 5.774199962615967e-7, -5.718320608139038e-7, -1.3300450518727303e-7, -9.498762665316463e-9, 1.0542862582951784e-8, -6.910340744070709e-9, -0.000024743378162384033, 0.000005725771188735962, 5.774199962615967e-7, -5.718320608139038e-7, -1.3300450518727303e-7, -9.498762665316463e-9, 1.0542862582951784e-8, -6.910340744070709e-9);
const TURNS_LO = array<f32, 24>(-1.0299422426029992e-9, 5.173299288951938e-12, -1.0299422426029992e-10, 5.173301023675414e-13, 1.3421095831911423e-12, -6.758627945496753e-13, -1.3209805428335275e-12, -6.75862767444621e-14, -1.0299422426029992e-9, 5.173299288951938e-12, -1.0299422426029992e-10, 5.173301023675414e-13, 1.3421095831911423e-12, -6.758627945496753e-13, -1.3209805428335275e-12, -6.75862767444621e-14, -1.0299422426029992e-9, 5.173299288951938e-12, -1.0299422426029992e-10, 5.173301023675414e-13, 1.3421095831911423e-12, -6.758627945496753e-13, -1.3209805428335275e-12, -6.75862767444621e-14);
// the position component that drives each pair
const PAIR_COMPONENT = array<u32, 24>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u);

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

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q head h0 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_in_q1_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let xv: vec4<f32> = read_q_out((o + ki * 4u) / 4u);
  let x0: f32 = xv.x;
  let x1: f32 = xv.y;
  let x2: f32 = xv.z;
  let x3: f32 = xv.w;
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_in_k1_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let xv: vec4<f32> = read_k_out((o + ki * 4u) / 4u);
  let x0: f32 = xv.x;
  let x1: f32 = xv.y;
  let x2: f32 = xv.z;
  let x3: f32 = xv.w;
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_in_q8_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let h0_xv: vec4<f32> = read_q_out((oh0 + ki * 4u) / 4u);
  let h0_x0: f32 = h0_xv.x;
  let h0_x1: f32 = h0_xv.y;
  let h0_x2: f32 = h0_xv.z;
  let h0_x3: f32 = h0_xv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 48u;
  let h1_xv: vec4<f32> = read_q_out((oh1 + ki * 4u) / 4u);
  let h1_x0: f32 = h1_xv.x;
  let h1_x1: f32 = h1_xv.y;
  let h1_x2: f32 = h1_xv.z;
  let h1_x3: f32 = h1_xv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 48u;
  let h2_xv: vec4<f32> = read_q_out((oh2 + ki * 4u) / 4u);
  let h2_x0: f32 = h2_xv.x;
  let h2_x1: f32 = h2_xv.y;
  let h2_x2: f32 = h2_xv.z;
  let h2_x3: f32 = h2_xv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 48u;
  let h3_xv: vec4<f32> = read_q_out((oh3 + ki * 4u) / 4u);
  let h3_x0: f32 = h3_xv.x;
  let h3_x1: f32 = h3_xv.y;
  let h3_x2: f32 = h3_xv.z;
  let h3_x3: f32 = h3_xv.w;
  let oh4: u32 = ((b * 16u + (h0 + 4u)) * params.seq + s) * 48u;
  let h4_xv: vec4<f32> = read_q_out((oh4 + ki * 4u) / 4u);
  let h4_x0: f32 = h4_xv.x;
  let h4_x1: f32 = h4_xv.y;
  let h4_x2: f32 = h4_xv.z;
  let h4_x3: f32 = h4_xv.w;
  let oh5: u32 = ((b * 16u + (h0 + 5u)) * params.seq + s) * 48u;
  let h5_xv: vec4<f32> = read_q_out((oh5 + ki * 4u) / 4u);
  let h5_x0: f32 = h5_xv.x;
  let h5_x1: f32 = h5_xv.y;
  let h5_x2: f32 = h5_xv.z;
  let h5_x3: f32 = h5_xv.w;
  let oh6: u32 = ((b * 16u + (h0 + 6u)) * params.seq + s) * 48u;
  let h6_xv: vec4<f32> = read_q_out((oh6 + ki * 4u) / 4u);
  let h6_x0: f32 = h6_xv.x;
  let h6_x1: f32 = h6_xv.y;
  let h6_x2: f32 = h6_xv.z;
  let h6_x3: f32 = h6_xv.w;
  let oh7: u32 = ((b * 16u + (h0 + 7u)) * params.seq + s) * 48u;
  let h7_xv: vec4<f32> = read_q_out((oh7 + ki * 4u) / 4u);
  let h7_x0: f32 = h7_xv.x;
  let h7_x1: f32 = h7_xv.y;
  let h7_x2: f32 = h7_xv.z;
  let h7_x3: f32 = h7_xv.w;
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_y0, h0_y1, h0_y2, h0_y3);
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_y0, h1_y1, h1_y2, h1_y3);
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_y0, h2_y1, h2_y2, h2_y3);
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_y0, h3_y1, h3_y2, h3_y3);
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  if ((oh4 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh4 + ki * 4u) / 4u] = vec4<f32>(h4_y0, h4_y1, h4_y2, h4_y3);
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  if ((oh5 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh5 + ki * 4u) / 4u] = vec4<f32>(h5_y0, h5_y1, h5_y2, h5_y3);
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  if ((oh6 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh6 + ki * 4u) / 4u] = vec4<f32>(h6_y0, h6_y1, h6_y2, h6_y3);
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  if ((oh7 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh7 + ki * 4u) / 4u] = vec4<f32>(h7_y0, h7_y1, h7_y2, h7_y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k heads h0 … h0 + 7 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_in_k8_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let h0_xv: vec4<f32> = read_k_out((oh0 + ki * 4u) / 4u);
  let h0_x0: f32 = h0_xv.x;
  let h0_x1: f32 = h0_xv.y;
  let h0_x2: f32 = h0_xv.z;
  let h0_x3: f32 = h0_xv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 48u;
  let h1_xv: vec4<f32> = read_k_out((oh1 + ki * 4u) / 4u);
  let h1_x0: f32 = h1_xv.x;
  let h1_x1: f32 = h1_xv.y;
  let h1_x2: f32 = h1_xv.z;
  let h1_x3: f32 = h1_xv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 48u;
  let h2_xv: vec4<f32> = read_k_out((oh2 + ki * 4u) / 4u);
  let h2_x0: f32 = h2_xv.x;
  let h2_x1: f32 = h2_xv.y;
  let h2_x2: f32 = h2_xv.z;
  let h2_x3: f32 = h2_xv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 48u;
  let h3_xv: vec4<f32> = read_k_out((oh3 + ki * 4u) / 4u);
  let h3_x0: f32 = h3_xv.x;
  let h3_x1: f32 = h3_xv.y;
  let h3_x2: f32 = h3_xv.z;
  let h3_x3: f32 = h3_xv.w;
  let oh4: u32 = ((b * 16u + (h0 + 4u)) * params.seq + s) * 48u;
  let h4_xv: vec4<f32> = read_k_out((oh4 + ki * 4u) / 4u);
  let h4_x0: f32 = h4_xv.x;
  let h4_x1: f32 = h4_xv.y;
  let h4_x2: f32 = h4_xv.z;
  let h4_x3: f32 = h4_xv.w;
  let oh5: u32 = ((b * 16u + (h0 + 5u)) * params.seq + s) * 48u;
  let h5_xv: vec4<f32> = read_k_out((oh5 + ki * 4u) / 4u);
  let h5_x0: f32 = h5_xv.x;
  let h5_x1: f32 = h5_xv.y;
  let h5_x2: f32 = h5_xv.z;
  let h5_x3: f32 = h5_xv.w;
  let oh6: u32 = ((b * 16u + (h0 + 6u)) * params.seq + s) * 48u;
  let h6_xv: vec4<f32> = read_k_out((oh6 + ki * 4u) / 4u);
  let h6_x0: f32 = h6_xv.x;
  let h6_x1: f32 = h6_xv.y;
  let h6_x2: f32 = h6_xv.z;
  let h6_x3: f32 = h6_xv.w;
  let oh7: u32 = ((b * 16u + (h0 + 7u)) * params.seq + s) * 48u;
  let h7_xv: vec4<f32> = read_k_out((oh7 + ki * 4u) / 4u);
  let h7_x0: f32 = h7_xv.x;
  let h7_x1: f32 = h7_xv.y;
  let h7_x2: f32 = h7_xv.z;
  let h7_x3: f32 = h7_xv.w;
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_y0, h0_y1, h0_y2, h0_y3);
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_y0, h1_y1, h1_y2, h1_y3);
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_y0, h2_y1, h2_y2, h2_y3);
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_y0, h3_y1, h3_y2, h3_y3);
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  if ((oh4 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh4 + ki * 4u) / 4u] = vec4<f32>(h4_y0, h4_y1, h4_y2, h4_y3);
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  if ((oh5 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh5 + ki * 4u) / 4u] = vec4<f32>(h5_y0, h5_y1, h5_y2, h5_y3);
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  if ((oh6 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh6 + ki * 4u) / 4u] = vec4<f32>(h6_y0, h6_y1, h6_y2, h6_y3);
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  if ((oh7 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh7 + ki * 4u) / 4u] = vec4<f32>(h7_y0, h7_y1, h7_y2, h7_y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent) (item k: + 2 pairs, + 4 lanes) */
fn item_vector_in_0(b: u32, s: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 48u;
    let xv: vec4<f32> = read_q_out((o + ki * 4u) / 4u);
    let x0: f32 = xv.x;
    let x1: f32 = xv.y;
    let x2: f32 = xv.z;
    let x3: f32 = xv.w;
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
      q[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
    }
  }
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 48u;
    let xv: vec4<f32> = read_k_out((o + ki * 4u) / 4u);
    let x0: f32 = xv.x;
    let x1: f32 = xv.y;
    let x2: f32 = xv.z;
    let x3: f32 = xv.w;
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
      k[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
    }
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q head h0 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_out_q1_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let xv: vec4<f32> = read_q_in((o + ki * 4u) / 4u);
  let x0: f32 = xv.x;
  let x1: f32 = xv.y;
  let x2: f32 = xv.z;
  let x3: f32 = xv.w;
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_out_k1_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let o: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let xv: vec4<f32> = read_k_in((o + ki * 4u) / 4u);
  let x0: f32 = xv.x;
  let x1: f32 = xv.y;
  let x2: f32 = xv.z;
  let x3: f32 = xv.w;
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_out_q8_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let h0_xv: vec4<f32> = read_q_in((oh0 + ki * 4u) / 4u);
  let h0_x0: f32 = h0_xv.x;
  let h0_x1: f32 = h0_xv.y;
  let h0_x2: f32 = h0_xv.z;
  let h0_x3: f32 = h0_xv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 48u;
  let h1_xv: vec4<f32> = read_q_in((oh1 + ki * 4u) / 4u);
  let h1_x0: f32 = h1_xv.x;
  let h1_x1: f32 = h1_xv.y;
  let h1_x2: f32 = h1_xv.z;
  let h1_x3: f32 = h1_xv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 48u;
  let h2_xv: vec4<f32> = read_q_in((oh2 + ki * 4u) / 4u);
  let h2_x0: f32 = h2_xv.x;
  let h2_x1: f32 = h2_xv.y;
  let h2_x2: f32 = h2_xv.z;
  let h2_x3: f32 = h2_xv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 48u;
  let h3_xv: vec4<f32> = read_q_in((oh3 + ki * 4u) / 4u);
  let h3_x0: f32 = h3_xv.x;
  let h3_x1: f32 = h3_xv.y;
  let h3_x2: f32 = h3_xv.z;
  let h3_x3: f32 = h3_xv.w;
  let oh4: u32 = ((b * 16u + (h0 + 4u)) * params.seq + s) * 48u;
  let h4_xv: vec4<f32> = read_q_in((oh4 + ki * 4u) / 4u);
  let h4_x0: f32 = h4_xv.x;
  let h4_x1: f32 = h4_xv.y;
  let h4_x2: f32 = h4_xv.z;
  let h4_x3: f32 = h4_xv.w;
  let oh5: u32 = ((b * 16u + (h0 + 5u)) * params.seq + s) * 48u;
  let h5_xv: vec4<f32> = read_q_in((oh5 + ki * 4u) / 4u);
  let h5_x0: f32 = h5_xv.x;
  let h5_x1: f32 = h5_xv.y;
  let h5_x2: f32 = h5_xv.z;
  let h5_x3: f32 = h5_xv.w;
  let oh6: u32 = ((b * 16u + (h0 + 6u)) * params.seq + s) * 48u;
  let h6_xv: vec4<f32> = read_q_in((oh6 + ki * 4u) / 4u);
  let h6_x0: f32 = h6_xv.x;
  let h6_x1: f32 = h6_xv.y;
  let h6_x2: f32 = h6_xv.z;
  let h6_x3: f32 = h6_xv.w;
  let oh7: u32 = ((b * 16u + (h0 + 7u)) * params.seq + s) * 48u;
  let h7_xv: vec4<f32> = read_q_in((oh7 + ki * 4u) / 4u);
  let h7_x0: f32 = h7_xv.x;
  let h7_x1: f32 = h7_xv.y;
  let h7_x2: f32 = h7_xv.z;
  let h7_x3: f32 = h7_xv.w;
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_y0, h0_y1, h0_y2, h0_y3);
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_y0, h1_y1, h1_y2, h1_y3);
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_y0, h2_y1, h2_y2, h2_y3);
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_y0, h3_y1, h3_y2, h3_y3);
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  if ((oh4 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh4 + ki * 4u) / 4u] = vec4<f32>(h4_y0, h4_y1, h4_y2, h4_y3);
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  if ((oh5 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh5 + ki * 4u) / 4u] = vec4<f32>(h5_y0, h5_y1, h5_y2, h5_y3);
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  if ((oh6 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh6 + ki * 4u) / 4u] = vec4<f32>(h6_y0, h6_y1, h6_y2, h6_y3);
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  if ((oh7 + ki * 4u) / 4u < u32(arrayLength(&q))) {
    q[(oh7 + ki * 4u) / 4u] = vec4<f32>(h7_y0, h7_y1, h7_y2, h7_y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k heads h0 … h0 + 7 (item k: + 2 pairs, + 4 lanes) */
fn item_vector_out_k8_0(b: u32, s: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let oh0: u32 = ((b * 16u + h0) * params.seq + s) * 48u;
  let h0_xv: vec4<f32> = read_k_in((oh0 + ki * 4u) / 4u);
  let h0_x0: f32 = h0_xv.x;
  let h0_x1: f32 = h0_xv.y;
  let h0_x2: f32 = h0_xv.z;
  let h0_x3: f32 = h0_xv.w;
  let oh1: u32 = ((b * 16u + (h0 + 1u)) * params.seq + s) * 48u;
  let h1_xv: vec4<f32> = read_k_in((oh1 + ki * 4u) / 4u);
  let h1_x0: f32 = h1_xv.x;
  let h1_x1: f32 = h1_xv.y;
  let h1_x2: f32 = h1_xv.z;
  let h1_x3: f32 = h1_xv.w;
  let oh2: u32 = ((b * 16u + (h0 + 2u)) * params.seq + s) * 48u;
  let h2_xv: vec4<f32> = read_k_in((oh2 + ki * 4u) / 4u);
  let h2_x0: f32 = h2_xv.x;
  let h2_x1: f32 = h2_xv.y;
  let h2_x2: f32 = h2_xv.z;
  let h2_x3: f32 = h2_xv.w;
  let oh3: u32 = ((b * 16u + (h0 + 3u)) * params.seq + s) * 48u;
  let h3_xv: vec4<f32> = read_k_in((oh3 + ki * 4u) / 4u);
  let h3_x0: f32 = h3_xv.x;
  let h3_x1: f32 = h3_xv.y;
  let h3_x2: f32 = h3_xv.z;
  let h3_x3: f32 = h3_xv.w;
  let oh4: u32 = ((b * 16u + (h0 + 4u)) * params.seq + s) * 48u;
  let h4_xv: vec4<f32> = read_k_in((oh4 + ki * 4u) / 4u);
  let h4_x0: f32 = h4_xv.x;
  let h4_x1: f32 = h4_xv.y;
  let h4_x2: f32 = h4_xv.z;
  let h4_x3: f32 = h4_xv.w;
  let oh5: u32 = ((b * 16u + (h0 + 5u)) * params.seq + s) * 48u;
  let h5_xv: vec4<f32> = read_k_in((oh5 + ki * 4u) / 4u);
  let h5_x0: f32 = h5_xv.x;
  let h5_x1: f32 = h5_xv.y;
  let h5_x2: f32 = h5_xv.z;
  let h5_x3: f32 = h5_xv.w;
  let oh6: u32 = ((b * 16u + (h0 + 6u)) * params.seq + s) * 48u;
  let h6_xv: vec4<f32> = read_k_in((oh6 + ki * 4u) / 4u);
  let h6_x0: f32 = h6_xv.x;
  let h6_x1: f32 = h6_xv.y;
  let h6_x2: f32 = h6_xv.z;
  let h6_x3: f32 = h6_xv.w;
  let oh7: u32 = ((b * 16u + (h0 + 7u)) * params.seq + s) * 48u;
  let h7_xv: vec4<f32> = read_k_in((oh7 + ki * 4u) / 4u);
  let h7_x0: f32 = h7_xv.x;
  let h7_x1: f32 = h7_xv.y;
  let h7_x2: f32 = h7_xv.z;
  let h7_x3: f32 = h7_xv.w;
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  if ((oh0 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 4u) / 4u] = vec4<f32>(h0_y0, h0_y1, h0_y2, h0_y3);
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  if ((oh1 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 4u) / 4u] = vec4<f32>(h1_y0, h1_y1, h1_y2, h1_y3);
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  if ((oh2 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 4u) / 4u] = vec4<f32>(h2_y0, h2_y1, h2_y2, h2_y3);
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  if ((oh3 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 4u) / 4u] = vec4<f32>(h3_y0, h3_y1, h3_y2, h3_y3);
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  if ((oh4 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh4 + ki * 4u) / 4u] = vec4<f32>(h4_y0, h4_y1, h4_y2, h4_y3);
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  if ((oh5 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh5 + ki * 4u) / 4u] = vec4<f32>(h5_y0, h5_y1, h5_y2, h5_y3);
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  if ((oh6 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh6 + ki * 4u) / 4u] = vec4<f32>(h6_y0, h6_y1, h6_y2, h6_y3);
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  if ((oh7 + ki * 4u) / 4u < u32(arrayLength(&k))) {
    k[(oh7 + ki * 4u) / 4u] = vec4<f32>(h7_y0, h7_y1, h7_y2, h7_y3);
  }
}

/** rotate 2 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent) (item k: + 2 pairs, + 4 lanes) */
fn item_vector_out_0(b: u32, s: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 1u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s - 1u;
    let gs0: u32 = params.grid_t;
    let gs1: u32 = params.grid_h;
    let gs2: u32 = params.grid_w;
    let gi2: u32 = rest % gs2;
    rest = rest / gs2;
    let gi1: u32 = rest % gs1;
    rest = rest / gs1;
    let gi0: u32 = rest % gs0;
    pos0_w = i32(gi0);
    pos0_f = 0.0;
    pos1_w = i32(gi1);
    pos1_f = 0.0;
    pos2_w = i32(gi2);
    pos2_f = 0.0;
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u + 1u] == 0u), ki * 2u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 48u;
    let xv: vec4<f32> = read_q_in((o + ki * 4u) / 4u);
    let x0: f32 = xv.x;
    let x1: f32 = xv.y;
    let x2: f32 = xv.z;
    let x3: f32 = xv.w;
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&q))) {
      q[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
    }
  }
  for (var h: u32 = 0u; h < 16u; h++) {
    let o: u32 = ((b * 16u + h) * params.seq + s) * 48u;
    let xv: vec4<f32> = read_k_in((o + ki * 4u) / 4u);
    let x0: f32 = xv.x;
    let x1: f32 = xv.y;
    let x2: f32 = xv.z;
    let x3: f32 = xv.w;
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    if ((o + ki * 4u) / 4u < u32(arrayLength(&k))) {
      k[(o + ki * 4u) / 4u] = vec4<f32>(y0, y1, y2, y3);
    }
  }
}

// in place, one head per item, 12 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 12u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 12u;
  let rest: u32 = item / 12u;
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

// in place, groups of 8 q / 8 k heads per item, 12 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 4u) * 12u) {
    return;
  }
  let per_token: u32 = 4u;
  let chunk: u32 = item % 12u;
  let rest: u32 = item / 12u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 2u) {
    let h0: u32 = g * 8u;
    item_vector_in_q8_0(b, s, chunk, h0);
  } else {
    let h0: u32 = (g - 2u) * 8u;
    item_vector_in_k8_0(b, s, chunk, h0);
  }
}

// in place, every head in series, 12 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 12u) {
    return;
  }
  let flat: u32 = item / 12u;
  let chunk: u32 = item - flat * 12u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_vector_in_0(b, s, chunk);
}

// out of place, one head per item, 12 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 12u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 12u;
  let rest: u32 = item / 12u;
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

// out of place, groups of 8 q / 8 k heads per item, 12 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 4u) * 12u) {
    return;
  }
  let per_token: u32 = 4u;
  let chunk: u32 = item % 12u;
  let rest: u32 = item / 12u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 2u) {
    let h0: u32 = g * 8u;
    item_vector_out_q8_0(b, s, chunk, h0);
  } else {
    let h0: u32 = (g - 2u) * 8u;
    item_vector_out_k8_0(b, s, chunk, h0);
  }
}

// out of place, every head in series, 12 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 12u) {
    return;
  }
  let flat: u32 = item / 12u;
  let chunk: u32 = item - flat * 12u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_vector_out_0(b, s, chunk);
}
