// Generated from spec/wan2_1.rope (rope wan2_1) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 55b6fbf7fb4c5329
//
// rope wan2_1: head_dim 128, 64 pairs in 16 item(s) per token; bf16 storage, layout bshd; 16-byte access (8 lanes per vector); positions grid; ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(4) var<storage, read> k_src: array<vec4<u32>>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 64>(0.1591796875, 0.104705810546875, 0.06890869140625, 0.0453338623046875, 0.02982330322265625, 0.019622802734375, 0.012908935546875, 0.008495330810546875, 0.005588531494140625, 0.0036764144897460938, 0.0024194717407226562, 0.0015916824340820312, 0.0010471343994140625, 0.0006890296936035156, 0.0004532337188720703, 0.0002982616424560547, 0.00019621849060058594, 0.0001291036605834961, 0.00008493661880493164, 0.00005587935447692871, 0.00003676116466522217, 0.00002419203519821167, 0.1591796875, 0.1026611328125, 0.066192626953125, 0.042694091796875, 0.02753448486328125, 0.01776123046875, 0.011455535888671875, 0.0073871612548828125, 0.004764556884765625, 0.0030727386474609375, 0.0019817352294921875, 0.001277923583984375, 0.0008244514465332031, 0.0005316734313964844, 0.0003428459167480469, 0.00022113323211669922, 0.00014263391494750977, 0.00009199976921081543, 0.00005932152271270752, 0.00003826618194580078, 0.00002467632293701172, 0.1591796875, 0.1026611328125, 0.066192626953125, 0.042694091796875, 0.02753448486328125, 0.01776123046875, 0.011455535888671875, 0.0073871612548828125, 0.004764556884765625, 0.0030727386474609375, 0.0019817352294921875, 0.001277923583984375, 0.0008244514465332031, 0.0005316734313964844, 0.0003428459167480469, 0.00022113323211669922, 0.00014263391494750977, 0.00009199976921081543, 0.00005932152271270752, 0.00003826618194580078, 0.00002467632293701172);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000007513910531997681, -0.000014316290616989136, -0.000005964189767837524, -5.727633833885193e-7, -0.000001437496393918991, 6.12577423453331e-7, -0.0000017103739082813263, -2.962769940495491e-7, 2.711312845349312e-7, -4.580942913889885e-7, -1.3300450518727303e-7, -1.1500560503918678e-9, -8.594361133873463e-8, 4.5271008275449276e-8, -3.434251993894577e-8, -4.838511813431978e-9, -8.17817635834217e-9, -4.1256953409174457e-10, 2.9976945370435715e-9, 5.691617843694985e-9, -1.899024937301874e-9, -0.000024743378162384033, -0.000014681369066238403, 0.000008862465620040894, 0.000002337619662284851, 0.0000024354085326194763, -0.0000013853423297405243, -0.0000013825483620166779, 1.568114385008812e-7, -1.3061799108982086e-7, 6.222398951649666e-8, 5.7480065152049065e-8, 2.2706808522343636e-7, -1.1245720088481903e-7, -1.8735590856522322e-8, 4.3015461415052414e-8, 1.1845258995890617e-8, -7.132257451303303e-9, -1.3100361684337258e-8, 4.973117029294372e-9, -3.754394128918648e-9, 9.022187441587448e-10, -0.000024743378162384033, -0.000014681369066238403, 0.000008862465620040894, 0.000002337619662284851, 0.0000024354085326194763, -0.0000013853423297405243, -0.0000013825483620166779, 1.568114385008812e-7, -1.3061799108982086e-7, 6.222398951649666e-8, 5.7480065152049065e-8, 2.2706808522343636e-7, -1.1245720088481903e-7, -1.8735590856522322e-8, 4.3015461415052414e-8, 1.1845258995890617e-8, -7.132257451303303e-9, -1.3100361684337258e-8, 4.973117029294372e-9, -3.754394128918648e-9, 9.022187441587448e-10);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 4.71235439558626e-10, 4.1928438498928244e-10, 5.415380366358136e-10, 7.072177565792259e-11, 2.7711995892465424e-11, -2.8570080329304304e-12, 1.8777342181142131e-10, -1.0709149712850863e-11, -1.1514304266990738e-11, -2.731011597423283e-11, 1.3421095831911423e-12, -7.158748420443839e-14, 5.356996964078764e-12, -3.3157688834190013e-12, 5.363830907212375e-12, 5.68158204945074e-13, -1.1927233289563133e-12, 8.722582660498912e-15, -1.0709150715737872e-13, -1.8790259062248515e-13, 1.7937138997422067e-14, -1.0299422426029992e-9, 2.4832252920603537e-10, -1.483654976652815e-9, 2.4652388463941577e-10, 1.6357194765337368e-10, 2.060525083891207e-10, -1.072547814451319e-10, 3.74874610520326e-13, -2.695023891552406e-11, 2.301991063047293e-13, 2.0346424198236512e-12, -2.80198954316635e-11, 8.4866384753024e-12, 1.6447534523580942e-12, -1.722232165907167e-12, -1.0422934217102497e-12, -5.509731126202011e-13, 3.574741956439975e-13, 8.129062744124949e-13, -6.777916986347443e-13, -8.55211558579809e-14, -1.0299422426029992e-9, 2.4832252920603537e-10, -1.483654976652815e-9, 2.4652388463941577e-10, 1.6357194765337368e-10, 2.060525083891207e-10, -1.072547814451319e-10, 3.74874610520326e-13, -2.695023891552406e-11, 2.301991063047293e-13, 2.0346424198236512e-12, -2.80198954316635e-11, 8.4866384753024e-12, 1.6447534523580942e-12, -1.722232165907167e-12, -1.0422934217102497e-12, -5.509731126202011e-13, 3.574741956439975e-13, 8.129062744124949e-13, -6.777916986347443e-13, -8.55211558579809e-14);
// the position component that drives each pair
const PAIR_COMPONENT = array<u32, 64>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u);

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

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = (flat * 40u + h0) * 128u;
  let xv: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = (flat * 40u + h0) * 128u;
  let xv: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_q8_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = (flat * 40u + h0) * 128u;
  let h0_xv: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 40u + (h0 + 1u)) * 128u;
  let h1_xv: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 40u + (h0 + 2u)) * 128u;
  let h2_xv: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 40u + (h0 + 3u)) * 128u;
  let h3_xv: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = (flat * 40u + (h0 + 4u)) * 128u;
  let h4_xv: vec4<u32> = read_q_out((oh4 + ki * 8u) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = (flat * 40u + (h0 + 5u)) * 128u;
  let h5_xv: vec4<u32> = read_q_out((oh5 + ki * 8u) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = (flat * 40u + (h0 + 6u)) * 128u;
  let h6_xv: vec4<u32> = read_q_out((oh6 + ki * 8u) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = (flat * 40u + (h0 + 7u)) * 128u;
  let h7_xv: vec4<u32> = read_q_out((oh7 + ki * 8u) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_k8_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = (flat * 40u + h0) * 128u;
  let h0_xv: vec4<u32> = read_k_out((oh0 + ki * 8u) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 40u + (h0 + 1u)) * 128u;
  let h1_xv: vec4<u32> = read_k_out((oh1 + ki * 8u) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 40u + (h0 + 2u)) * 128u;
  let h2_xv: vec4<u32> = read_k_out((oh2 + ki * 8u) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 40u + (h0 + 3u)) * 128u;
  let h3_xv: vec4<u32> = read_k_out((oh3 + ki * 8u) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = (flat * 40u + (h0 + 4u)) * 128u;
  let h4_xv: vec4<u32> = read_k_out((oh4 + ki * 8u) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = (flat * 40u + (h0 + 5u)) * 128u;
  let h5_xv: vec4<u32> = read_k_out((oh5 + ki * 8u) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = (flat * 40u + (h0 + 6u)) * 128u;
  let h6_xv: vec4<u32> = read_k_out((oh6 + ki * 8u) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = (flat * 40u + (h0 + 7u)) * 128u;
  let h7_xv: vec4<u32> = read_k_out((oh7 + ki * 8u) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh4 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh5 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh6 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh7 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent) (item k: + 4 pairs, + 8 lanes) */
fn item_vector_in_0(s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 40u; h++) {
    let o: u32 = (flat * 40u + h) * 128u;
    let xv: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 40u; h++) {
    let o: u32 = (flat * 40u + h) * 128u;
    let xv: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = (flat * 40u + h0) * 128u;
  let xv: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k head h0 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let o: u32 = (flat * 40u + h0) * 128u;
  let xv: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
  let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
  let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
  let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
  let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
  let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
  let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
  let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
  let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
  let y0: f32 = x0 * c0_0 - x1 * s0_0;
  let y1: f32 = x1 * c0_0 + x0 * s0_0;
  let y2: f32 = x2 * c0_1 - x3 * s0_1;
  let y3: f32 = x3 * c0_1 + x2 * s0_1;
  let y4: f32 = x4 * c0_2 - x5 * s0_2;
  let y5: f32 = x5 * c0_2 + x4 * s0_2;
  let y6: f32 = x6 * c0_3 - x7 * s0_3;
  let y7: f32 = x7 * c0_3 + x6 * s0_3;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), q heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_q8_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = (flat * 40u + h0) * 128u;
  let h0_xv: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 40u + (h0 + 1u)) * 128u;
  let h1_xv: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 40u + (h0 + 2u)) * 128u;
  let h2_xv: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 40u + (h0 + 3u)) * 128u;
  let h3_xv: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = (flat * 40u + (h0 + 4u)) * 128u;
  let h4_xv: vec4<u32> = read_q_in((oh4 + ki * 8u) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = (flat * 40u + (h0 + 5u)) * 128u;
  let h5_xv: vec4<u32> = read_q_in((oh5 + ki * 8u) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = (flat * 40u + (h0 + 6u)) * 128u;
  let h6_xv: vec4<u32> = read_q_in((oh6 + ki * 8u) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = (flat * 40u + (h0 + 7u)) * 128u;
  let h7_xv: vec4<u32> = read_q_in((oh7 + ki * 8u) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh4 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh5 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh6 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh7 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent), k heads h0 … h0 + 7 (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_k8_0(s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let oh0: u32 = (flat * 40u + h0) * 128u;
  let h0_xv: vec4<u32> = read_k_in((oh0 + ki * 8u) / 8u);
  let h0_x0: f32 = bitcast<f32>((h0_xv.x & 0xffffu) << 16u);
  let h0_x1: f32 = bitcast<f32>((h0_xv.x >> 16u) << 16u);
  let h0_x2: f32 = bitcast<f32>((h0_xv.y & 0xffffu) << 16u);
  let h0_x3: f32 = bitcast<f32>((h0_xv.y >> 16u) << 16u);
  let h0_x4: f32 = bitcast<f32>((h0_xv.z & 0xffffu) << 16u);
  let h0_x5: f32 = bitcast<f32>((h0_xv.z >> 16u) << 16u);
  let h0_x6: f32 = bitcast<f32>((h0_xv.w & 0xffffu) << 16u);
  let h0_x7: f32 = bitcast<f32>((h0_xv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 40u + (h0 + 1u)) * 128u;
  let h1_xv: vec4<u32> = read_k_in((oh1 + ki * 8u) / 8u);
  let h1_x0: f32 = bitcast<f32>((h1_xv.x & 0xffffu) << 16u);
  let h1_x1: f32 = bitcast<f32>((h1_xv.x >> 16u) << 16u);
  let h1_x2: f32 = bitcast<f32>((h1_xv.y & 0xffffu) << 16u);
  let h1_x3: f32 = bitcast<f32>((h1_xv.y >> 16u) << 16u);
  let h1_x4: f32 = bitcast<f32>((h1_xv.z & 0xffffu) << 16u);
  let h1_x5: f32 = bitcast<f32>((h1_xv.z >> 16u) << 16u);
  let h1_x6: f32 = bitcast<f32>((h1_xv.w & 0xffffu) << 16u);
  let h1_x7: f32 = bitcast<f32>((h1_xv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 40u + (h0 + 2u)) * 128u;
  let h2_xv: vec4<u32> = read_k_in((oh2 + ki * 8u) / 8u);
  let h2_x0: f32 = bitcast<f32>((h2_xv.x & 0xffffu) << 16u);
  let h2_x1: f32 = bitcast<f32>((h2_xv.x >> 16u) << 16u);
  let h2_x2: f32 = bitcast<f32>((h2_xv.y & 0xffffu) << 16u);
  let h2_x3: f32 = bitcast<f32>((h2_xv.y >> 16u) << 16u);
  let h2_x4: f32 = bitcast<f32>((h2_xv.z & 0xffffu) << 16u);
  let h2_x5: f32 = bitcast<f32>((h2_xv.z >> 16u) << 16u);
  let h2_x6: f32 = bitcast<f32>((h2_xv.w & 0xffffu) << 16u);
  let h2_x7: f32 = bitcast<f32>((h2_xv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 40u + (h0 + 3u)) * 128u;
  let h3_xv: vec4<u32> = read_k_in((oh3 + ki * 8u) / 8u);
  let h3_x0: f32 = bitcast<f32>((h3_xv.x & 0xffffu) << 16u);
  let h3_x1: f32 = bitcast<f32>((h3_xv.x >> 16u) << 16u);
  let h3_x2: f32 = bitcast<f32>((h3_xv.y & 0xffffu) << 16u);
  let h3_x3: f32 = bitcast<f32>((h3_xv.y >> 16u) << 16u);
  let h3_x4: f32 = bitcast<f32>((h3_xv.z & 0xffffu) << 16u);
  let h3_x5: f32 = bitcast<f32>((h3_xv.z >> 16u) << 16u);
  let h3_x6: f32 = bitcast<f32>((h3_xv.w & 0xffffu) << 16u);
  let h3_x7: f32 = bitcast<f32>((h3_xv.w >> 16u) << 16u);
  let oh4: u32 = (flat * 40u + (h0 + 4u)) * 128u;
  let h4_xv: vec4<u32> = read_k_in((oh4 + ki * 8u) / 8u);
  let h4_x0: f32 = bitcast<f32>((h4_xv.x & 0xffffu) << 16u);
  let h4_x1: f32 = bitcast<f32>((h4_xv.x >> 16u) << 16u);
  let h4_x2: f32 = bitcast<f32>((h4_xv.y & 0xffffu) << 16u);
  let h4_x3: f32 = bitcast<f32>((h4_xv.y >> 16u) << 16u);
  let h4_x4: f32 = bitcast<f32>((h4_xv.z & 0xffffu) << 16u);
  let h4_x5: f32 = bitcast<f32>((h4_xv.z >> 16u) << 16u);
  let h4_x6: f32 = bitcast<f32>((h4_xv.w & 0xffffu) << 16u);
  let h4_x7: f32 = bitcast<f32>((h4_xv.w >> 16u) << 16u);
  let oh5: u32 = (flat * 40u + (h0 + 5u)) * 128u;
  let h5_xv: vec4<u32> = read_k_in((oh5 + ki * 8u) / 8u);
  let h5_x0: f32 = bitcast<f32>((h5_xv.x & 0xffffu) << 16u);
  let h5_x1: f32 = bitcast<f32>((h5_xv.x >> 16u) << 16u);
  let h5_x2: f32 = bitcast<f32>((h5_xv.y & 0xffffu) << 16u);
  let h5_x3: f32 = bitcast<f32>((h5_xv.y >> 16u) << 16u);
  let h5_x4: f32 = bitcast<f32>((h5_xv.z & 0xffffu) << 16u);
  let h5_x5: f32 = bitcast<f32>((h5_xv.z >> 16u) << 16u);
  let h5_x6: f32 = bitcast<f32>((h5_xv.w & 0xffffu) << 16u);
  let h5_x7: f32 = bitcast<f32>((h5_xv.w >> 16u) << 16u);
  let oh6: u32 = (flat * 40u + (h0 + 6u)) * 128u;
  let h6_xv: vec4<u32> = read_k_in((oh6 + ki * 8u) / 8u);
  let h6_x0: f32 = bitcast<f32>((h6_xv.x & 0xffffu) << 16u);
  let h6_x1: f32 = bitcast<f32>((h6_xv.x >> 16u) << 16u);
  let h6_x2: f32 = bitcast<f32>((h6_xv.y & 0xffffu) << 16u);
  let h6_x3: f32 = bitcast<f32>((h6_xv.y >> 16u) << 16u);
  let h6_x4: f32 = bitcast<f32>((h6_xv.z & 0xffffu) << 16u);
  let h6_x5: f32 = bitcast<f32>((h6_xv.z >> 16u) << 16u);
  let h6_x6: f32 = bitcast<f32>((h6_xv.w & 0xffffu) << 16u);
  let h6_x7: f32 = bitcast<f32>((h6_xv.w >> 16u) << 16u);
  let oh7: u32 = (flat * 40u + (h0 + 7u)) * 128u;
  let h7_xv: vec4<u32> = read_k_in((oh7 + ki * 8u) / 8u);
  let h7_x0: f32 = bitcast<f32>((h7_xv.x & 0xffffu) << 16u);
  let h7_x1: f32 = bitcast<f32>((h7_xv.x >> 16u) << 16u);
  let h7_x2: f32 = bitcast<f32>((h7_xv.y & 0xffffu) << 16u);
  let h7_x3: f32 = bitcast<f32>((h7_xv.y >> 16u) << 16u);
  let h7_x4: f32 = bitcast<f32>((h7_xv.z & 0xffffu) << 16u);
  let h7_x5: f32 = bitcast<f32>((h7_xv.z >> 16u) << 16u);
  let h7_x6: f32 = bitcast<f32>((h7_xv.w & 0xffffu) << 16u);
  let h7_x7: f32 = bitcast<f32>((h7_xv.w >> 16u) << 16u);
  let h0_y0: f32 = h0_x0 * c0_0 - h0_x1 * s0_0;
  let h0_y1: f32 = h0_x1 * c0_0 + h0_x0 * s0_0;
  let h0_y2: f32 = h0_x2 * c0_1 - h0_x3 * s0_1;
  let h0_y3: f32 = h0_x3 * c0_1 + h0_x2 * s0_1;
  let h0_y4: f32 = h0_x4 * c0_2 - h0_x5 * s0_2;
  let h0_y5: f32 = h0_x5 * c0_2 + h0_x4 * s0_2;
  let h0_y6: f32 = h0_x6 * c0_3 - h0_x7 * s0_3;
  let h0_y7: f32 = h0_x7 * c0_3 + h0_x6 * s0_3;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_y0) | (bf16_bits(h0_y1) << 16u), bf16_bits(h0_y2) | (bf16_bits(h0_y3) << 16u), bf16_bits(h0_y4) | (bf16_bits(h0_y5) << 16u), bf16_bits(h0_y6) | (bf16_bits(h0_y7) << 16u));
  }
  let h1_y0: f32 = h1_x0 * c0_0 - h1_x1 * s0_0;
  let h1_y1: f32 = h1_x1 * c0_0 + h1_x0 * s0_0;
  let h1_y2: f32 = h1_x2 * c0_1 - h1_x3 * s0_1;
  let h1_y3: f32 = h1_x3 * c0_1 + h1_x2 * s0_1;
  let h1_y4: f32 = h1_x4 * c0_2 - h1_x5 * s0_2;
  let h1_y5: f32 = h1_x5 * c0_2 + h1_x4 * s0_2;
  let h1_y6: f32 = h1_x6 * c0_3 - h1_x7 * s0_3;
  let h1_y7: f32 = h1_x7 * c0_3 + h1_x6 * s0_3;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_y0) | (bf16_bits(h1_y1) << 16u), bf16_bits(h1_y2) | (bf16_bits(h1_y3) << 16u), bf16_bits(h1_y4) | (bf16_bits(h1_y5) << 16u), bf16_bits(h1_y6) | (bf16_bits(h1_y7) << 16u));
  }
  let h2_y0: f32 = h2_x0 * c0_0 - h2_x1 * s0_0;
  let h2_y1: f32 = h2_x1 * c0_0 + h2_x0 * s0_0;
  let h2_y2: f32 = h2_x2 * c0_1 - h2_x3 * s0_1;
  let h2_y3: f32 = h2_x3 * c0_1 + h2_x2 * s0_1;
  let h2_y4: f32 = h2_x4 * c0_2 - h2_x5 * s0_2;
  let h2_y5: f32 = h2_x5 * c0_2 + h2_x4 * s0_2;
  let h2_y6: f32 = h2_x6 * c0_3 - h2_x7 * s0_3;
  let h2_y7: f32 = h2_x7 * c0_3 + h2_x6 * s0_3;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_y0) | (bf16_bits(h2_y1) << 16u), bf16_bits(h2_y2) | (bf16_bits(h2_y3) << 16u), bf16_bits(h2_y4) | (bf16_bits(h2_y5) << 16u), bf16_bits(h2_y6) | (bf16_bits(h2_y7) << 16u));
  }
  let h3_y0: f32 = h3_x0 * c0_0 - h3_x1 * s0_0;
  let h3_y1: f32 = h3_x1 * c0_0 + h3_x0 * s0_0;
  let h3_y2: f32 = h3_x2 * c0_1 - h3_x3 * s0_1;
  let h3_y3: f32 = h3_x3 * c0_1 + h3_x2 * s0_1;
  let h3_y4: f32 = h3_x4 * c0_2 - h3_x5 * s0_2;
  let h3_y5: f32 = h3_x5 * c0_2 + h3_x4 * s0_2;
  let h3_y6: f32 = h3_x6 * c0_3 - h3_x7 * s0_3;
  let h3_y7: f32 = h3_x7 * c0_3 + h3_x6 * s0_3;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_y0) | (bf16_bits(h3_y1) << 16u), bf16_bits(h3_y2) | (bf16_bits(h3_y3) << 16u), bf16_bits(h3_y4) | (bf16_bits(h3_y5) << 16u), bf16_bits(h3_y6) | (bf16_bits(h3_y7) << 16u));
  }
  let h4_y0: f32 = h4_x0 * c0_0 - h4_x1 * s0_0;
  let h4_y1: f32 = h4_x1 * c0_0 + h4_x0 * s0_0;
  let h4_y2: f32 = h4_x2 * c0_1 - h4_x3 * s0_1;
  let h4_y3: f32 = h4_x3 * c0_1 + h4_x2 * s0_1;
  let h4_y4: f32 = h4_x4 * c0_2 - h4_x5 * s0_2;
  let h4_y5: f32 = h4_x5 * c0_2 + h4_x4 * s0_2;
  let h4_y6: f32 = h4_x6 * c0_3 - h4_x7 * s0_3;
  let h4_y7: f32 = h4_x7 * c0_3 + h4_x6 * s0_3;
  if ((oh4 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh4 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h4_y0) | (bf16_bits(h4_y1) << 16u), bf16_bits(h4_y2) | (bf16_bits(h4_y3) << 16u), bf16_bits(h4_y4) | (bf16_bits(h4_y5) << 16u), bf16_bits(h4_y6) | (bf16_bits(h4_y7) << 16u));
  }
  let h5_y0: f32 = h5_x0 * c0_0 - h5_x1 * s0_0;
  let h5_y1: f32 = h5_x1 * c0_0 + h5_x0 * s0_0;
  let h5_y2: f32 = h5_x2 * c0_1 - h5_x3 * s0_1;
  let h5_y3: f32 = h5_x3 * c0_1 + h5_x2 * s0_1;
  let h5_y4: f32 = h5_x4 * c0_2 - h5_x5 * s0_2;
  let h5_y5: f32 = h5_x5 * c0_2 + h5_x4 * s0_2;
  let h5_y6: f32 = h5_x6 * c0_3 - h5_x7 * s0_3;
  let h5_y7: f32 = h5_x7 * c0_3 + h5_x6 * s0_3;
  if ((oh5 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh5 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h5_y0) | (bf16_bits(h5_y1) << 16u), bf16_bits(h5_y2) | (bf16_bits(h5_y3) << 16u), bf16_bits(h5_y4) | (bf16_bits(h5_y5) << 16u), bf16_bits(h5_y6) | (bf16_bits(h5_y7) << 16u));
  }
  let h6_y0: f32 = h6_x0 * c0_0 - h6_x1 * s0_0;
  let h6_y1: f32 = h6_x1 * c0_0 + h6_x0 * s0_0;
  let h6_y2: f32 = h6_x2 * c0_1 - h6_x3 * s0_1;
  let h6_y3: f32 = h6_x3 * c0_1 + h6_x2 * s0_1;
  let h6_y4: f32 = h6_x4 * c0_2 - h6_x5 * s0_2;
  let h6_y5: f32 = h6_x5 * c0_2 + h6_x4 * s0_2;
  let h6_y6: f32 = h6_x6 * c0_3 - h6_x7 * s0_3;
  let h6_y7: f32 = h6_x7 * c0_3 + h6_x6 * s0_3;
  if ((oh6 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh6 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h6_y0) | (bf16_bits(h6_y1) << 16u), bf16_bits(h6_y2) | (bf16_bits(h6_y3) << 16u), bf16_bits(h6_y4) | (bf16_bits(h6_y5) << 16u), bf16_bits(h6_y6) | (bf16_bits(h6_y7) << 16u));
  }
  let h7_y0: f32 = h7_x0 * c0_0 - h7_x1 * s0_0;
  let h7_y1: f32 = h7_x1 * c0_0 + h7_x0 * s0_0;
  let h7_y2: f32 = h7_x2 * c0_1 - h7_x3 * s0_1;
  let h7_y3: f32 = h7_x3 * c0_1 + h7_x2 * s0_1;
  let h7_y4: f32 = h7_x4 * c0_2 - h7_x5 * s0_2;
  let h7_y5: f32 = h7_x5 * c0_2 + h7_x4 * s0_2;
  let h7_y6: f32 = h7_x6 * c0_3 - h7_x7 * s0_3;
  let h7_y7: f32 = h7_x7 * c0_3 + h7_x6 * s0_3;
  if ((oh7 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh7 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h7_y0) | (bf16_bits(h7_y1) << 16u), bf16_bits(h7_y2) | (bf16_bits(h7_y3) << 16u), bf16_bits(h7_y4) | (bf16_bits(h7_y5) << 16u), bf16_bits(h7_y6) | (bf16_bits(h7_y7) << 16u));
  }
}

/** rotate 4 pair(s) from 0 at lanes 0, 1 (stride 2, adjacent) (item k: + 4 pairs, + 8 lanes) */
fn item_vector_out_0(s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  if (s < 0u) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var rest: u32 = s;
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
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u] == 0u), ki * 4u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 1u] == 0u), ki * 4u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 2u] == 0u), ki * 4u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 4u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 4u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 4u + 3u] == 0u), ki * 4u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  for (var h: u32 = 0u; h < 40u; h++) {
    let o: u32 = (flat * 40u + h) * 128u;
    let xv: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 40u; h++) {
    let o: u32 = (flat * 40u + h) * 128u;
    let xv: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
    let x0: f32 = bitcast<f32>((xv.x & 0xffffu) << 16u);
    let x1: f32 = bitcast<f32>((xv.x >> 16u) << 16u);
    let x2: f32 = bitcast<f32>((xv.y & 0xffffu) << 16u);
    let x3: f32 = bitcast<f32>((xv.y >> 16u) << 16u);
    let x4: f32 = bitcast<f32>((xv.z & 0xffffu) << 16u);
    let x5: f32 = bitcast<f32>((xv.z >> 16u) << 16u);
    let x6: f32 = bitcast<f32>((xv.w & 0xffffu) << 16u);
    let x7: f32 = bitcast<f32>((xv.w >> 16u) << 16u);
    let y0: f32 = x0 * c0_0 - x1 * s0_0;
    let y1: f32 = x1 * c0_0 + x0 * s0_0;
    let y2: f32 = x2 * c0_1 - x3 * s0_1;
    let y3: f32 = x3 * c0_1 + x2 * s0_1;
    let y4: f32 = x4 * c0_2 - x5 * s0_2;
    let y5: f32 = x5 * c0_2 + x4 * s0_2;
    let y6: f32 = x6 * c0_3 - x7 * s0_3;
    let y7: f32 = x7 * c0_3 + x6 * s0_3;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(y0) | (bf16_bits(y1) << 16u), bf16_bits(y2) | (bf16_bits(y3) << 16u), bf16_bits(y4) | (bf16_bits(y5) << 16u), bf16_bits(y6) | (bf16_bits(y7) << 16u));
    }
  }
}

// in place, one head per item, 16 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 80u) * 16u) {
    return;
  }
  let per_token: u32 = 80u;
  let chunk: u32 = item % 16u;
  let rest: u32 = item / 16u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 40u) {
    let h0: u32 = g;
    item_vector_in_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 40u;
    item_vector_in_k1_0(s, flat, chunk, h0);
  }
}

// in place, groups of 8 q / 8 k heads per item, 16 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 16u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 16u;
  let rest: u32 = item / 16u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 5u) {
    let h0: u32 = g * 8u;
    item_vector_in_q8_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 5u) * 8u;
    item_vector_in_k8_0(s, flat, chunk, h0);
  }
}

// in place, every head in series, 16 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 16u) {
    return;
  }
  let flat: u32 = item / 16u;
  let chunk: u32 = item - flat * 16u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_vector_in_0(s, flat, chunk);
}

// out of place, one head per item, 16 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 80u) * 16u) {
    return;
  }
  let per_token: u32 = 80u;
  let chunk: u32 = item % 16u;
  let rest: u32 = item / 16u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 40u) {
    let h0: u32 = g;
    item_vector_out_q1_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 40u;
    item_vector_out_k1_0(s, flat, chunk, h0);
  }
}

// out of place, groups of 8 q / 8 k heads per item, 16 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 16u) {
    return;
  }
  let per_token: u32 = 10u;
  let chunk: u32 = item % 16u;
  let rest: u32 = item / 16u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  if (g < 5u) {
    let h0: u32 = g * 8u;
    item_vector_out_q8_0(s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 5u) * 8u;
    item_vector_out_k8_0(s, flat, chunk, h0);
  }
}

// out of place, every head in series, 16 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 16u) {
    return;
  }
  let flat: u32 = item / 16u;
  let chunk: u32 = item - flat * 16u;
  let b: u32 = flat / params.seq;
  let s: u32 = flat - b * params.seq;
  item_vector_out_0(s, flat, chunk);
}
