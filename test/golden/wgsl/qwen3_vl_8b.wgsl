// Generated from spec/qwen3_vl_8b.rope (rope qwen3_vl_8b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 19510864f93a2e2b
//
// rope qwen3_vl_8b: head_dim 128, 64 pairs in 8 item(s) per token; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions mrope; ω constant; sincos computed; precision exact
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
@group(0) @binding(3) var<storage, read> segment_table: array<i32>;
@group(0) @binding(4) var<storage, read> segment_values: array<f32>;
@group(0) @binding(5) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(6) var<storage, read> k_src: array<vec4<u32>>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 64>(0.1591796875, 0.12506103515625, 0.098297119140625, 0.077239990234375, 0.060699462890625, 0.047698974609375, 0.0374755859375, 0.029449462890625, 0.0231475830078125, 0.0181884765625, 0.014293670654296875, 0.01123046875, 0.00882720947265625, 0.00693511962890625, 0.005451202392578125, 0.004283905029296875, 0.0033655166625976562, 0.0026445388793945312, 0.0020780563354492188, 0.0016331672668457031, 0.0012836456298828125, 0.0010085105895996094, 0.0007925033569335938, 0.0006227493286132812, 0.0004894733428955078, 0.0003845691680908203, 0.00030219554901123047, 0.00023752450942993164, 0.00018662214279174805, 0.00014668703079223633, 0.00011524558067321777, 0.00009056925773620605, 0.0000711679458618164, 0.0000559389591217041, 0.000043958425521850586, 0.00003454089164733887, 0.000027142465114593506, 0.00002133101224899292, 0.000016763806343078613, 0.000013172626495361328, 0.000010348856449127197, 0.000008132308721542358, 0.0000063925981521606445, 0.000005023553967475891, 0.000003946945071220398, 0.0000031013041734695435, 0.0000024372711777687073, 0.0000019157305359840393, 0.0000015050172805786133, 0.0000011827796697616577, 9.294599294662476e-7, 7.30389729142189e-7, 5.739275366067886e-7, 4.511093720793724e-7, 3.544846549630165e-7, 2.78581865131855e-7, 2.1886080503463745e-7, 1.720036379992962e-7, 1.3515818864107132e-7, 1.0622898116707802e-7, 8.346978574991226e-8, 6.560003384947777e-8, 5.154288373887539e-8, 4.0512531995773315e-8);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.00000768899917602539, -0.00001436471939086914, -0.000006455928087234497, -0.000007035210728645325, -0.000005045905709266663, 0.0000037336722016334534, 0.000002909451723098755, -0.0000030258670449256897, -7.895287126302719e-7, -0.0000012409873306751251, 9.511131793260574e-7, -0.0000012228265404701233, 6.051268428564072e-7, -9.019859135150909e-7, -8.954666554927826e-7, 2.0058359950780869e-7, 3.4261029213666916e-7, 3.708992153406143e-7, 1.2316741049289703e-7, -1.5704426914453506e-7, 9.321956895291805e-8, 8.774804882705212e-8, 9.252107702195644e-8, -2.554588718339801e-8, 5.358015187084675e-8, 5.25469658896327e-8, -8.89849616214633e-9, 2.474553184583783e-8, -1.4308170648291707e-8, 1.4239049050956964e-8, 5.366018740460277e-9, 8.309143595397472e-9, -6.524714990518987e-9, -5.042238626629114e-9, -1.0049916454590857e-9, 1.3493206552084303e-11, -1.6389094525948167e-9, -2.545675670262426e-9, -1.1250449460931122e-9, 1.7043930711224675e-9, 1.4720171748194844e-9, -8.292317943414673e-10, -7.10315362084657e-10, 1.56035184772918e-10, 4.462208380573429e-10, 1.772946234268602e-10, -3.104787538177334e-10, 1.772377800079994e-10, 4.730793534690747e-11, 4.0969894143927377e-11, 3.994671260443283e-11, 6.59952092973981e-11, -4.8046899792097975e-11, -2.7135627078678226e-11, -3.852562713291263e-11, 2.6908253403234994e-11, 4.886757665190089e-12, 1.1265655075476388e-11, -8.771650072958437e-12, 1.2403411631112249e-12, -5.998757046654646e-12, 2.8750335445693054e-12, -6.3291594187830924e-12);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 1.6581661599346376e-9, -6.40303365884165e-11, 6.258214502175008e-10, -4.3645781433454545e-10, 2.0866568195554436e-10, -3.8638880983654644e-10, 3.4904906742738717e-10, 3.146248261920448e-10, 9.820476376543041e-11, 1.5584561419146326e-10, -1.5370114903046073e-11, -2.0702717318243913e-10, -5.136144981543467e-12, 3.8305546234962407e-11, -7.068935714560354e-11, 1.9000604908891994e-11, 4.292172173236963e-11, -3.168265649833302e-11, -2.603329010697486e-11, -1.6100284300213374e-11, -1.1719035464263783e-11, -2.5814903600179795e-12, 7.901965757076135e-13, 2.1592957456795236e-12, 6.193632846179797e-12, -4.3894774967578876e-12, 9.604195693943551e-13, 3.2057424206519136e-13, -1.7729556971851634e-12, 1.6303065668299421e-12, -5.982816781054112e-13, -6.636940888364584e-13, 1.4898137248604143e-13, 6.68500302856978e-13, 1.9446675715052708e-13, -6.423016957711469e-16, 9.286280376391218e-14, 4.3934007907392436e-13, 3.6909264164962374e-14, -8.631691959500379e-14, 2.1740934248205834e-13, 9.124195709143013e-15, 5.94540896007266e-16, 2.285351473492979e-14, 8.812069997310434e-15, -1.3842009136122435e-14, 1.722609210765176e-14, 1.2467583829754453e-15, 2.172232298617888e-15, 3.0700664704002385e-15, 1.0216604360337991e-16, 6.139091513791828e-15, 5.5127335191868486e-15, -2.6699422939191735e-15, 3.876509387063876e-15, -3.2127478998158045e-15, 1.6560454971821113e-16, 1.4757634811445389e-15, 1.2655678083604112e-15, 6.836332772373514e-17, -2.3995260196566133e-16, 3.513480753810017e-16, 4.6591292109184106e-17);
// the position component that drives each pair
const PAIR_COMPONENT = array<u32, 64>(0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 0u, 0u, 0u);

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
fn item_vector_in_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 32u + h0) * 128u;
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
fn item_vector_in_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 8u + h0) * 128u;
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
fn item_vector_in_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 32u + h0) * 128u;
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
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
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
fn item_vector_in_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 8u + h0) * 128u;
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
  let oh1: u32 = (flat * 8u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 8u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 8u + (h0 + 3u)) * 128u;
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
fn item_vector_in_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
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
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = (flat * 8u + h) * 128u;
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
fn item_vector_out_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 32u + h0) * 128u;
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
fn item_vector_out_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 8u + h0) * 128u;
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
fn item_vector_out_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 32u + h0) * 128u;
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
  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;
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
fn item_vector_out_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 8u + h0) * 128u;
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
  let oh1: u32 = (flat * 8u + (h0 + 1u)) * 128u;
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
  let oh2: u32 = (flat * 8u + (h0 + 2u)) * 128u;
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
  let oh3: u32 = (flat * 8u + (h0 + 3u)) * 128u;
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
fn item_vector_out_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
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
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
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
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = (flat * 32u + h) * 128u;
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
    let o: u32 = (flat * 8u + h) * 128u;
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
  if (item >= (params.tokens * 40u) * 8u) {
    return;
  }
  let per_token: u32 = 40u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_in_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_in_k1_0(b, s, flat, chunk, h0);
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
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_in_q4_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_in_k4_0(b, s, flat, chunk, h0);
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
  let b: u32 = 0u;
  let s: u32 = flat;
  item_vector_in_0(b, s, flat, chunk);
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
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 32u) {
    let h0: u32 = g;
    item_vector_out_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 32u;
    item_vector_out_k1_0(b, s, flat, chunk, h0);
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
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_vector_out_q4_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_vector_out_k4_0(b, s, flat, chunk, h0);
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
  let b: u32 = 0u;
  let s: u32 = flat;
  item_vector_out_0(b, s, flat, chunk);
}
