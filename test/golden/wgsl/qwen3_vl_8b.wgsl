// Generated from spec/qwen3_vl_8b.rope (rope qwen3_vl_8b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 19510864f93a2e2b
//
// rope qwen3_vl_8b: head_dim 128, 64 pairs in 8 groups; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions mrope from a segment table; ω constant; sincos computed; precision exact
// One invocation per (token, pair group): the position and sin/cos of each pair are computed once,
// then every head of q and of k is rotated with them, in place. A group is one vector chunk or a
// tail group that owns every 16-byte vector it touches, so no two invocations ever write the
// same vector.
// Threads are numbered row-major over a 2D dispatch: thread = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  q_heads: u32,
  k_heads: u32,
  row_threads: u32,
}

// A position as whole + fraction, so that whole numbers up to 2^31 stay exact.
struct Pos {
  whole: i32,
  frac: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> segment_table: array<i32>;
@group(0) @binding(4) var<storage, read> segment_values: array<f32>;
@group(0) @binding(5) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(6) var<storage, read> k_src: array<vec4<u32>>;

const HEAD_DIM: u32 = 128u;
const GROUPS: u32 = 8u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 9>(0u, 8u, 16u, 24u, 32u, 40u, 48u, 56u, 64u);
const GROUP_PAIR = array<u32, 64>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u, 32u, 33u, 34u, 35u, 36u, 37u, 38u, 39u, 40u, 41u, 42u, 43u, 44u, 45u, 46u, 47u, 48u, 49u, 50u, 51u, 52u, 53u, 54u, 55u, 56u, 57u, 58u, 59u, 60u, 61u, 62u, 63u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 64>(vec2<u32>(0u, 64u), vec2<u32>(1u, 65u), vec2<u32>(2u, 66u), vec2<u32>(3u, 67u), vec2<u32>(4u, 68u), vec2<u32>(5u, 69u), vec2<u32>(6u, 70u), vec2<u32>(7u, 71u), vec2<u32>(8u, 72u), vec2<u32>(9u, 73u), vec2<u32>(10u, 74u), vec2<u32>(11u, 75u), vec2<u32>(12u, 76u), vec2<u32>(13u, 77u), vec2<u32>(14u, 78u), vec2<u32>(15u, 79u), vec2<u32>(16u, 80u), vec2<u32>(17u, 81u), vec2<u32>(18u, 82u), vec2<u32>(19u, 83u), vec2<u32>(20u, 84u), vec2<u32>(21u, 85u), vec2<u32>(22u, 86u), vec2<u32>(23u, 87u), vec2<u32>(24u, 88u), vec2<u32>(25u, 89u), vec2<u32>(26u, 90u), vec2<u32>(27u, 91u), vec2<u32>(28u, 92u), vec2<u32>(29u, 93u), vec2<u32>(30u, 94u), vec2<u32>(31u, 95u), vec2<u32>(32u, 96u), vec2<u32>(33u, 97u), vec2<u32>(34u, 98u), vec2<u32>(35u, 99u), vec2<u32>(36u, 100u), vec2<u32>(37u, 101u), vec2<u32>(38u, 102u), vec2<u32>(39u, 103u), vec2<u32>(40u, 104u), vec2<u32>(41u, 105u), vec2<u32>(42u, 106u), vec2<u32>(43u, 107u), vec2<u32>(44u, 108u), vec2<u32>(45u, 109u), vec2<u32>(46u, 110u), vec2<u32>(47u, 111u), vec2<u32>(48u, 112u), vec2<u32>(49u, 113u), vec2<u32>(50u, 114u), vec2<u32>(51u, 115u), vec2<u32>(52u, 116u), vec2<u32>(53u, 117u), vec2<u32>(54u, 118u), vec2<u32>(55u, 119u), vec2<u32>(56u, 120u), vec2<u32>(57u, 121u), vec2<u32>(58u, 122u), vec2<u32>(59u, 123u), vec2<u32>(60u, 124u), vec2<u32>(61u, 125u), vec2<u32>(62u, 126u), vec2<u32>(63u, 127u));
const PAIR_COMPONENT = array<u32, 64>(0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 1u, 2u, 0u, 0u, 0u, 0u);
// 16-byte access: LANES_PER_VECTOR lanes per vector. Groups g < VECTOR_GROUPS are one vector chunk
// each, either 'split' (lanes a… against b…, half style) or adjacent pairs inside one vector
// (interleaved); GROUP_VECTORS[g] = (vector of its a lanes, vector of its b lanes) within a head.
// Later groups (if any) are the scalar tail, each the only group touching its vectors.
const LANES_PER_VECTOR: u32 = 8u;
const VECTOR_GROUPS: u32 = 8u;
const GROUP_VECTORS = array<vec2<u32>, 8>(vec2<u32>(0u, 8u), vec2<u32>(1u, 9u), vec2<u32>(2u, 10u), vec2<u32>(3u, 11u), vec2<u32>(4u, 12u), vec2<u32>(5u, 13u), vec2<u32>(6u, 14u), vec2<u32>(7u, 15u));
// cos·m and sin·m·direction: m = attention factor, direction = ±1 (inverse rotates by −φ).
const COS_SCALE: f32 = 1.0;
const SIN_SCALE: f32 = 1.0;
const TWO_PI: f32 = 6.2831853071795864769;

// Storage: bf16 as 16-byte vectors of four u32 words, two values per word (element 2i in bits
// 0–15): vector i = elements 8i … 8i + 7. In registers a vector is its even lanes (lo) and its
// odd lanes (hi) as f32, so the rotation works on whole vec4s.
struct Lanes8 {
  lo: vec4<f32>,
  hi: vec4<f32>,
}

// A bf16 is the top half of an f32. f32 → bf16 rounds to nearest even; a NaN stays a (quiet) NaN.
fn bf16_bits4(v: vec4<f32>) -> vec4<u32> {
  let x = bitcast<vec4<u32>>(v);
  let rounded = (x + vec4<u32>(0x7fffu) + ((x >> vec4<u32>(16u)) & vec4<u32>(1u))) >> vec4<u32>(16u);
  let nan = (x >> vec4<u32>(16u)) | vec4<u32>(0x0040u);
  return select(rounded, nan, (x & vec4<u32>(0x7fffffffu)) > vec4<u32>(0x7f800000u));
}

fn decode8(w: vec4<u32>) -> Lanes8 {
  return Lanes8(bitcast<vec4<f32>>(w << vec4<u32>(16u)), bitcast<vec4<f32>>(w & vec4<u32>(0xffff0000u)));
}

fn encode8(v: Lanes8) -> vec4<u32> {
  return bf16_bits4(v.lo) | (bf16_bits4(v.hi) << vec4<u32>(16u));
}

fn load_q(i: u32) -> Lanes8 {
  if (i >= arrayLength(&q)) {
    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));
  }
  return decode8(q[i]);
}

fn load_k(i: u32) -> Lanes8 {
  if (i >= arrayLength(&k)) {
    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));
  }
  return decode8(k[i]);
}

fn load_q_src(i: u32) -> Lanes8 {
  if (i >= arrayLength(&q_src)) {
    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));
  }
  return decode8(q_src[i]);
}

fn load_k_src(i: u32) -> Lanes8 {
  if (i >= arrayLength(&k_src)) {
    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));
  }
  return decode8(k_src[i]);
}

fn store_q(i: u32, v: Lanes8) {
  if (i < arrayLength(&q)) {
    q[i] = encode8(v);
  }
}

fn copy_q(i: u32) {
  if (i < arrayLength(&q) && i < arrayLength(&q_src)) {
    q[i] = q_src[i];
  }
}

fn store_k(i: u32, v: Lanes8) {
  if (i < arrayLength(&k)) {
    k[i] = encode8(v);
  }
}

fn copy_k(i: u32) {
  if (i < arrayLength(&k) && i < arrayLength(&k_src)) {
    k[i] = k_src[i];
  }
}


// One sequence of params.tokens tokens: (sequence, position in sequence) = (0, flat).
fn token_coords(flat: u32) -> vec2<u32> {
  return vec2<u32>(0u, flat);
}

fn head_base(bs: vec2<u32>, flat: u32, h: u32, heads: u32) -> u32 {
  return (flat * heads + h) * HEAD_DIM;
}


// A float position as whole + fraction (exact: p − floor(p) has no rounding error).
fn split_position(p: f32) -> Pos {
  let w = floor(p);
  return Pos(i32(w), p - w);
}


// Positions: evaluated per token from the segment table (ropec docs/positions.md, "The binary
// segment table"). segment_table = [row header: batch + 1 words | 8-word records]; record r of the
// row: [kind | v << 4, start, …]. The host module checked the table before this dispatch; reads are
// clamped anyway, so no table can make the kernel read out of bounds.
fn seg_word(i: u32) -> i32 {
  if (i >= arrayLength(&segment_table)) {
    return 0;
  }
  return segment_table[i];
}

fn seg_value(i: u32) -> f32 {
  if (i >= arrayLength(&segment_values)) {
    return 0.0;
  }
  return segment_values[i];
}

// t(f) = trunc(f32(f32(f·a)·b)): two correctly rounded f32 multiplies (Qwen2.5-VL), f when a = b = 1.
fn seg_time(f: i32, v: u32) -> i32 {
  let a = seg_value(v);
  let b = seg_value(v + 1u);
  if (a == 1.0 && b == 1.0) {
    return f;
  }
  let x = f32(f) * a;
  return i32(trunc(x * b));
}

fn token_position(bs: vec2<u32>, flat: u32, c: u32) -> Pos {
  let header = params.batch + 1u;
  var lo = u32(seg_word(bs.x));
  let end = u32(seg_word(bs.x + 1u));
  if (end <= lo) {
    return Pos(0, 0.0);
  }
  // The last record of the row whose start is ≤ the token's index (binary search).
  var hi = end - 1u;
  while (lo < hi) {
    let mid = hi - (hi - lo) / 2u;
    if (seg_word(header + 8u * mid + 1u) <= i32(bs.y)) {
      lo = mid;
    } else {
      hi = mid - 1u;
    }
  }
  let w = header + 8u * lo;
  let kind = seg_word(w) & 15;
  let v = u32(seg_word(w)) >> 4u;
  let d = i32(bs.y) - seg_word(w + 1u);
  switch kind {
    case 0: {
      return Pos(seg_word(w + 2u) + d, 0.0);
    }
    case 1: {
      // value = whole + fraction is a float32, and so is f32(whole) whenever the fraction is not 0:
      // the sum is exact, and split_position gives the same Pos as a float positions tensor.
      let frac = bitcast<f32>(seg_word(w + 3u));
      if (frac == 0.0) {
        return Pos(seg_word(w + 2u), 0.0);
      }
      return split_position(f32(seg_word(w + 2u)) + frac);
    }
    case 2: {
      let H = max(seg_word(w + 5u), 1);
      let W = max(seg_word(w + 6u), 1);
      let k = seg_word(w + 7u) + d;
      let f = k / (H * W);
      let r = k - f * H * W;
      let h = r / W;
      if (c == 0u) {
        return Pos(seg_word(w + 2u) + seg_time(f, v), 0.0);
      }
      if (c == 1u) {
        return Pos(seg_word(w + 3u) + h, 0.0);
      }
      return Pos(seg_word(w + 4u) + (r - h * W), 0.0);
    }
    default: {
      let n = seg_word(w + 2u);
      if (n <= 0) {
        return Pos(0, 0.0);
      }
      let frame = min((seg_word(w + 4u) + d) / max(seg_word(w + 3u), 1), n - 1);
      return split_position(seg_value(v + u32(max(frame, 0))));
    }
  }
}


// ω_j / 2π in turns, split into hi + mid + lo f32 parts with 12, 12 and 24 significant bits: hi
// and mid times a whole number below 2^12 are exact in f32.
const TURNS_HI = array<f32, 64>(0.1591796875, 0.12506103515625, 0.098297119140625, 0.077239990234375, 0.060699462890625, 0.047698974609375, 0.0374755859375, 0.029449462890625, 0.0231475830078125, 0.0181884765625, 0.014293670654296875, 0.01123046875, 0.00882720947265625, 0.00693511962890625, 0.005451202392578125, 0.004283905029296875, 0.0033655166625976562, 0.0026445388793945312, 0.0020780563354492188, 0.0016331672668457031, 0.0012836456298828125, 0.0010085105895996094, 0.0007925033569335938, 0.0006227493286132812, 0.0004894733428955078, 0.0003845691680908203, 0.00030219554901123047, 0.00023752450942993164, 0.00018662214279174805, 0.00014668703079223633, 0.00011524558067321777, 0.00009056925773620605, 0.0000711679458618164, 0.0000559389591217041, 0.000043958425521850586, 0.00003454089164733887, 0.000027142465114593506, 0.00002133101224899292, 0.000016763806343078613, 0.000013172626495361328, 0.000010348856449127197, 0.000008132308721542358, 0.0000063925981521606445, 0.000005023553967475891, 0.000003946945071220398, 0.0000031013041734695435, 0.0000024372711777687073, 0.0000019157305359840393, 0.0000015050172805786133, 0.0000011827796697616577, 9.294599294662476e-7, 7.30389729142189e-7, 5.739275366067886e-7, 4.511093720793724e-7, 3.544846549630165e-7, 2.78581865131855e-7, 2.1886080503463745e-7, 1.720036379992962e-7, 1.3515818864107132e-7, 1.0622898116707802e-7, 8.346978574991226e-8, 6.560003384947777e-8, 5.154288373887539e-8, 4.0512531995773315e-8);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.00000768899917602539, -0.00001436471939086914, -0.000006455928087234497, -0.000007035210728645325, -0.000005045905709266663, 0.0000037336722016334534, 0.000002909451723098755, -0.0000030258670449256897, -7.895287126302719e-7, -0.0000012409873306751251, 9.511131793260574e-7, -0.0000012228265404701233, 6.051268428564072e-7, -9.019859135150909e-7, -8.954666554927826e-7, 2.0058359950780869e-7, 3.4261029213666916e-7, 3.708992153406143e-7, 1.2316741049289703e-7, -1.5704426914453506e-7, 9.321956895291805e-8, 8.774804882705212e-8, 9.252107702195644e-8, -2.554588718339801e-8, 5.358015187084675e-8, 5.25469658896327e-8, -8.89849616214633e-9, 2.474553184583783e-8, -1.4308170648291707e-8, 1.4239049050956964e-8, 5.366018740460277e-9, 8.309143595397472e-9, -6.524714990518987e-9, -5.042238626629114e-9, -1.0049916454590857e-9, 1.3493206552084303e-11, -1.6389094525948167e-9, -2.545675670262426e-9, -1.1250449460931122e-9, 1.7043930711224675e-9, 1.4720171748194844e-9, -8.292317943414673e-10, -7.10315362084657e-10, 1.56035184772918e-10, 4.462208380573429e-10, 1.772946234268602e-10, -3.104787538177334e-10, 1.772377800079994e-10, 4.730793534690747e-11, 4.0969894143927377e-11, 3.994671260443283e-11, 6.59952092973981e-11, -4.8046899792097975e-11, -2.7135627078678226e-11, -3.852562713291263e-11, 2.6908253403234994e-11, 4.886757665190089e-12, 1.1265655075476388e-11, -8.771650072958437e-12, 1.2403411631112249e-12, -5.998757046654646e-12, 2.8750335445693054e-12, -6.3291594187830924e-12);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 1.6581661599346376e-9, -6.40303365884165e-11, 6.258214502175008e-10, -4.3645781433454545e-10, 2.0866568195554436e-10, -3.8638880983654644e-10, 3.4904906742738717e-10, 3.146248261920448e-10, 9.820476376543041e-11, 1.5584561419146326e-10, -1.5370114903046073e-11, -2.0702717318243913e-10, -5.136144981543467e-12, 3.8305546234962407e-11, -7.068935714560354e-11, 1.9000604908891994e-11, 4.292172173236963e-11, -3.168265649833302e-11, -2.603329010697486e-11, -1.6100284300213374e-11, -1.1719035464263783e-11, -2.5814903600179795e-12, 7.901965757076135e-13, 2.1592957456795236e-12, 6.193632846179797e-12, -4.3894774967578876e-12, 9.604195693943551e-13, 3.2057424206519136e-13, -1.7729556971851634e-12, 1.6303065668299421e-12, -5.982816781054112e-13, -6.636940888364584e-13, 1.4898137248604143e-13, 6.68500302856978e-13, 1.9446675715052708e-13, -6.423016957711469e-16, 9.286280376391218e-14, 4.3934007907392436e-13, 3.6909264164962374e-14, -8.631691959500379e-14, 2.1740934248205834e-13, 9.124195709143013e-15, 5.94540896007266e-16, 2.285351473492979e-14, 8.812069997310434e-15, -1.3842009136122435e-14, 1.722609210765176e-14, 1.2467583829754453e-15, 2.172232298617888e-15, 3.0700664704002385e-15, 1.0216604360337991e-16, 6.139091513791828e-15, 5.5127335191868486e-15, -2.6699422939191735e-15, 3.876509387063876e-15, -3.2127478998158045e-15, 1.6560454971821113e-16, 1.4757634811445389e-15, 1.2655678083604112e-15, 6.836332772373514e-17, -2.3995260196566133e-16, 3.513480753810017e-16, 4.6591292109184106e-17);

fn pair_turns(j: u32) -> vec3<f32> {
  return vec3<f32>(TURNS_HI[j], TURNS_MID[j], TURNS_LO[j]);
}


fn reduce_turns(x: f32) -> f32 {
  return x - round(x);
}

// precision exact, step 1: p·ω/2π modulo 1 turn without rounding the big products. With
// p = a·2^24 + b·2^12 + c + frac (a, b, c whole, b and c below 2^12) and ω/2π = hi + mid + lo,
// the six products of a·2^24, b·2^12, c with hi and mid are exact in f32; each is reduced modulo
// 1 (exactly) and the small remaining terms are added: the result is in [−½, ½] turn.
fn pair_turns_reduced(p: Pos, j: u32) -> f32 {
  let r = pair_turns(j);
  let a = f32(p.whole >> 24u) * 16777216.0;
  let b = f32((p.whole >> 12u) & 4095) * 4096.0;
  let c = f32(p.whole & 4095);
  var t = reduce_turns(a * r.x);
  t = reduce_turns(t + reduce_turns(a * r.y));
  t = reduce_turns(t + reduce_turns(b * r.x));
  t = reduce_turns(t + reduce_turns(b * r.y));
  t = reduce_turns(t + reduce_turns(c * r.x));
  t = reduce_turns(t + reduce_turns(c * r.y));
  let small = reduce_turns(a * r.z) + reduce_turns(b * r.z) + reduce_turns(c * r.z) + reduce_turns(p.frac * (r.x + r.y + r.z));
  return reduce_turns(t + small);
}

// precision exact, step 2: cos and sin of t turns. WGSL promises only 2^-11 absolute accuracy for
// its sin and cos even inside [−π, π] (SwiftShader is that coarse), so they are evaluated here:
// t = q/4 + r with q = round(4t) (exact), x = 2π·r in [−π/4, π/4], Taylor polynomials to x^9 and
// x^10 (truncation below 3e-8), then a quarter-turn rotation by q.
fn sincos_turns(t: f32) -> vec2<f32> {
  let q = round(4.0 * t);
  let x = (t - 0.25 * q) * TWO_PI;
  let x2 = x * x;
  let s = x * (1.0 + x2 * (-1.6666666666666666e-1 + x2 * (8.333333333333333e-3 + x2 * (-1.984126984126984e-4 + x2 * 2.7557319223985893e-6))));
  let c = 1.0 + x2 * (-0.5 + x2 * (4.1666666666666664e-2 + x2 * (-1.388888888888889e-3 + x2 * (2.48015873015873e-5 + x2 * -2.755731922398589e-7))));
  let quadrant = i32(q) & 3;
  if (quadrant == 1) {
    return vec2<f32>(-s, c);
  }
  if (quadrant == 2) {
    return vec2<f32>(-c, -s);
  }
  if (quadrant == 3) {
    return vec2<f32>(s, -c);
  }
  return vec2<f32>(c, s);
}

fn computed_sincos(p: Pos, j: u32) -> vec2<f32> {
  return sincos_turns(pair_turns_reduced(p, j));
}


fn pair_sincos(p: Pos, j: u32) -> vec2<f32> {
  return computed_sincos(p, j);
}


// cos·m and sin·m·direction of pair j at this token (vector chunks gather them per pair).
fn scaled_sincos(bs: vec2<u32>, flat: u32, j: u32) -> vec2<f32> {
  let cs = pair_sincos(token_position(bs, flat, PAIR_COMPONENT[j]), j);
  return vec2<f32>(cs.x * COS_SCALE, cs.y * SIN_SCALE);
}

@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let thread = gid.y * params.row_threads + gid.x;
  if (thread >= params.tokens * GROUPS) {
    return;
  }
  let flat = thread / GROUPS;
  let group = thread % GROUPS;
  let bs = token_coords(flat);
  if (group < VECTOR_GROUPS) {
    // The group's pairs are GROUP_PAIR[first …]; their cos and sin are computed once, for every head.
    let first = GROUP_START[group];
    let v = GROUP_VECTORS[group];
    let p0 = scaled_sincos(bs, flat, GROUP_PAIR[first + 0u]);
    let p1 = scaled_sincos(bs, flat, GROUP_PAIR[first + 1u]);
    let p2 = scaled_sincos(bs, flat, GROUP_PAIR[first + 2u]);
    let p3 = scaled_sincos(bs, flat, GROUP_PAIR[first + 3u]);
    let p4 = scaled_sincos(bs, flat, GROUP_PAIR[first + 4u]);
    let p5 = scaled_sincos(bs, flat, GROUP_PAIR[first + 5u]);
    let p6 = scaled_sincos(bs, flat, GROUP_PAIR[first + 6u]);
    let p7 = scaled_sincos(bs, flat, GROUP_PAIR[first + 7u]);
    // Eight pairs: lanes a … a+7 against b … b+7; even pairs sit in lo, odd pairs in hi.
    let ce = vec4<f32>(p0.x, p2.x, p4.x, p6.x);
    let co = vec4<f32>(p1.x, p3.x, p5.x, p7.x);
    let se = vec4<f32>(p0.y, p2.y, p4.y, p6.y);
    let so = vec4<f32>(p1.y, p3.y, p5.y, p7.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let base = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR;
      let a = load_q(base + v.x);
      let b = load_q(base + v.y);
      store_q(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));
      store_q(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let base = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR;
      let a = load_k(base + v.x);
      let b = load_k(base + v.y);
      store_k(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));
      store_k(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));
    }
  }
}

// Out of place: reads q_src and k_src, writes q and k (no copy pass). Invocation (token, g) for
// g < GROUPS rotates pair group g as above; every group also copies the pass-through lanes it
// owns (those sharing a storage word with its pairs, then copy-only groups for the rest), so each
// word of q and k is written by exactly one invocation.
const OUT_GROUPS: u32 = 8u;
const OUT_PAIR_START = array<u32, 9>(0u, 8u, 16u, 24u, 32u, 40u, 48u, 56u, 64u);

@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let thread = gid.y * params.row_threads + gid.x;
  if (thread >= params.tokens * OUT_GROUPS) {
    return;
  }
  let flat = thread / OUT_GROUPS;
  let group = thread % OUT_GROUPS;
  let bs = token_coords(flat);
  if (group < VECTOR_GROUPS) {
    // The group's pairs are GROUP_PAIR[first …]; their cos and sin are computed once, for every head.
    let first = OUT_PAIR_START[group];
    let v = GROUP_VECTORS[group];
    let p0 = scaled_sincos(bs, flat, GROUP_PAIR[first + 0u]);
    let p1 = scaled_sincos(bs, flat, GROUP_PAIR[first + 1u]);
    let p2 = scaled_sincos(bs, flat, GROUP_PAIR[first + 2u]);
    let p3 = scaled_sincos(bs, flat, GROUP_PAIR[first + 3u]);
    let p4 = scaled_sincos(bs, flat, GROUP_PAIR[first + 4u]);
    let p5 = scaled_sincos(bs, flat, GROUP_PAIR[first + 5u]);
    let p6 = scaled_sincos(bs, flat, GROUP_PAIR[first + 6u]);
    let p7 = scaled_sincos(bs, flat, GROUP_PAIR[first + 7u]);
    // Eight pairs: lanes a … a+7 against b … b+7; even pairs sit in lo, odd pairs in hi.
    let ce = vec4<f32>(p0.x, p2.x, p4.x, p6.x);
    let co = vec4<f32>(p1.x, p3.x, p5.x, p7.x);
    let se = vec4<f32>(p0.y, p2.y, p4.y, p6.y);
    let so = vec4<f32>(p1.y, p3.y, p5.y, p7.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let base = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR;
      let a = load_q_src(base + v.x);
      let b = load_q_src(base + v.y);
      store_q(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));
      store_q(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let base = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR;
      let a = load_k_src(base + v.x);
      let b = load_k_src(base + v.y);
      store_k(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));
      store_k(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));
    }
  }
}
