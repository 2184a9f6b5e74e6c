// Generated from spec/tmrope.rope (rope tmrope) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 94ea13f7389ca393
//
// rope tmrope: head_dim 64, 32 pairs in 8 item(s) per token; f32 storage, layout bshd; 16-byte access (4 lanes per vector); positions timeline; ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> segment_table: array<i32>;
@group(0) @binding(4) var<storage, read> segment_values: array<f32>;
@group(0) @binding(5) var<storage, read> q_src: array<vec4<f32>>;
@group(0) @binding(6) var<storage, read> k_src: array<vec4<f32>>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 32>(0.1591796875, 0.119354248046875, 0.089508056640625, 0.067108154296875, 0.050323486328125, 0.0377349853515625, 0.0283050537109375, 0.0212249755859375, 0.0159149169921875, 0.011936187744140625, 0.00894927978515625, 0.0067119598388671875, 0.0050334930419921875, 0.0037736892700195312, 0.00283050537109375, 0.0021219253540039062, 0.0015916824340820312, 0.0011935234069824219, 0.0008950233459472656, 0.0006711483001708984, 0.0005033016204833984, 0.00037741661071777344, 0.0002830028533935547, 0.00021225214004516602, 0.00015914440155029297, 0.00011935830116271973, 0.00008949637413024902, 0.00006711483001708984, 0.00005033612251281738, 0.00003774464130401611, 0.000028304755687713623, 0.000021226704120635986);
const TURNS_MID = array<f32, 32>(-0.000024743378162384033, -0.0000048782676458358765, -0.000008653849363327026, 0.00000692903995513916, 0.000005725771188735962, 0.000006599351763725281, -0.0000028582289814949036, -0.0000013229437172412872, 5.774199962615967e-7, -0.0000012507662177085876, 6.603077054023743e-7, -4.5157503336668015e-7, -5.718320608139038e-7, 4.691537469625473e-7, -2.8579961508512497e-7, 4.3993350118398666e-7, -1.3300450518727303e-7, -2.9707734938710928e-8, -2.932938514277339e-8, 2.5302142603322864e-9, -9.498762665316463e-9, -7.635208021383733e-10, 1.9106664694845676e-8, -1.5614205040037632e-8, 1.0542862582951784e-8, -8.931237971410155e-9, 3.027707862202078e-9, 2.5295321393059567e-10, -6.910340744070709e-9, -3.056811692658812e-9, -2.560227585490793e-9, -3.0513547244481742e-9);
const TURNS_LO = array<f32, 32>(-1.0299422426029992e-9, 4.320196977936064e-10, -1.1823706458358174e-9, -3.316028840405494e-10, 5.173299288951938e-12, 1.4093545774862548e-11, 3.4866740050709666e-10, 1.2255740866606857e-10, -1.0299422426029992e-10, 4.320196977936064e-11, 6.802744478839884e-11, 3.668890538599534e-11, 5.173301023675414e-13, 4.797548469603896e-11, 1.1583674991433313e-11, -1.1027324019197149e-11, 1.3421095831911423e-12, 2.865005324995118e-12, -4.732126149264992e-13, -3.3288617088539363e-13, -6.758627945496753e-13, -2.2773558212840772e-14, -1.752015633266213e-12, 1.8076506003855686e-12, -1.3209805428335275e-12, 2.865005324995118e-13, -2.2922020726824643e-13, 3.492348012341939e-14, -6.75862767444621e-14, 2.2509632233245341e-13, 3.7049527400016824e-13, -1.1338789607760746e-15);

/** segment_table[i], or 0 past its end */
fn read_segment_table(i: u32) -> i32 {
  if (i >= u32(arrayLength(&segment_table))) {
    return 0i;
  }
  return segment_table[i];
}

/** segment_values[i], or 0 past its end */
fn read_segment_values(i: u32) -> f32 {
  if (i >= u32(arrayLength(&segment_values))) {
    return 0.0;
  }
  return segment_values[i];
}

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
fn item_vector_in_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
      }
    }
  }
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
  let o: u32 = (flat + h0) * 64u;
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
fn item_vector_in_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
      }
    }
  }
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
  let o: u32 = (flat + h0) * 64u;
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

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 4 pairs, + 4 lanes) */
fn item_vector_in_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
      }
    }
  }
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
    let o: u32 = (flat + h) * 64u;
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
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = (flat + h) * 64u;
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
fn item_vector_out_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
      }
    }
  }
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
  let o: u32 = (flat + h0) * 64u;
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
fn item_vector_out_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
      }
    }
  }
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
  let o: u32 = (flat + h0) * 64u;
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

/** rotate 4 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 4 pairs, + 4 lanes) */
fn item_vector_out_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
      }
    }
  }
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
    let o: u32 = (flat + h) * 64u;
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
  for (var h: u32 = 0u; h < 1u; h++) {
    let o: u32 = (flat + h) * 64u;
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
  if (item >= (params.tokens * 2u) * 8u) {
    return;
  }
  let per_token: u32 = 2u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 1u) {
    let h0: u32 = g;
    item_vector_in_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 1u;
    item_vector_in_k1_0(b, s, flat, chunk, h0);
  }
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 2u) * 8u) {
    return;
  }
  let per_token: u32 = 2u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 1u) {
    let h0: u32 = g;
    item_vector_in_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 1u;
    item_vector_in_k1_0(b, s, flat, chunk, h0);
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
  item_vector_in_0(b, s, flat, chunk);
}

// out of place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 2u) * 8u) {
    return;
  }
  let per_token: u32 = 2u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 1u) {
    let h0: u32 = g;
    item_vector_out_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 1u;
    item_vector_out_k1_0(b, s, flat, chunk, h0);
  }
}

// out of place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 2u) * 8u) {
    return;
  }
  let per_token: u32 = 2u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 1u) {
    let h0: u32 = g;
    item_vector_out_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 1u;
    item_vector_out_k1_0(b, s, flat, chunk, h0);
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
  item_vector_out_0(b, s, flat, chunk);
}
