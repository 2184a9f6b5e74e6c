// Generated from spec/llama2_7b.rope (rope llama2_7b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 96722e640a0f9816
//
// rope llama2_7b: head_dim 128, 64 pairs in 8 groups; f16 storage, layout bshd; 16-byte access (8 lanes per vector); positions index + offset; ω constant; sincos computed; precision exact
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
  offset: i32,
}

// A position as whole + fraction, so that whole numbers up to 2^31 stay exact.
struct Pos {
  whole: i32,
  frac: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(4) var<storage, read> k_src: array<vec4<u32>>;

const HEAD_DIM: u32 = 128u;
const GROUPS: u32 = 8u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 9>(0u, 8u, 16u, 24u, 32u, 40u, 48u, 56u, 64u);
const GROUP_PAIR = array<u32, 64>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u, 32u, 33u, 34u, 35u, 36u, 37u, 38u, 39u, 40u, 41u, 42u, 43u, 44u, 45u, 46u, 47u, 48u, 49u, 50u, 51u, 52u, 53u, 54u, 55u, 56u, 57u, 58u, 59u, 60u, 61u, 62u, 63u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 64>(vec2<u32>(0u, 64u), vec2<u32>(1u, 65u), vec2<u32>(2u, 66u), vec2<u32>(3u, 67u), vec2<u32>(4u, 68u), vec2<u32>(5u, 69u), vec2<u32>(6u, 70u), vec2<u32>(7u, 71u), vec2<u32>(8u, 72u), vec2<u32>(9u, 73u), vec2<u32>(10u, 74u), vec2<u32>(11u, 75u), vec2<u32>(12u, 76u), vec2<u32>(13u, 77u), vec2<u32>(14u, 78u), vec2<u32>(15u, 79u), vec2<u32>(16u, 80u), vec2<u32>(17u, 81u), vec2<u32>(18u, 82u), vec2<u32>(19u, 83u), vec2<u32>(20u, 84u), vec2<u32>(21u, 85u), vec2<u32>(22u, 86u), vec2<u32>(23u, 87u), vec2<u32>(24u, 88u), vec2<u32>(25u, 89u), vec2<u32>(26u, 90u), vec2<u32>(27u, 91u), vec2<u32>(28u, 92u), vec2<u32>(29u, 93u), vec2<u32>(30u, 94u), vec2<u32>(31u, 95u), vec2<u32>(32u, 96u), vec2<u32>(33u, 97u), vec2<u32>(34u, 98u), vec2<u32>(35u, 99u), vec2<u32>(36u, 100u), vec2<u32>(37u, 101u), vec2<u32>(38u, 102u), vec2<u32>(39u, 103u), vec2<u32>(40u, 104u), vec2<u32>(41u, 105u), vec2<u32>(42u, 106u), vec2<u32>(43u, 107u), vec2<u32>(44u, 108u), vec2<u32>(45u, 109u), vec2<u32>(46u, 110u), vec2<u32>(47u, 111u), vec2<u32>(48u, 112u), vec2<u32>(49u, 113u), vec2<u32>(50u, 114u), vec2<u32>(51u, 115u), vec2<u32>(52u, 116u), vec2<u32>(53u, 117u), vec2<u32>(54u, 118u), vec2<u32>(55u, 119u), vec2<u32>(56u, 120u), vec2<u32>(57u, 121u), vec2<u32>(58u, 122u), vec2<u32>(59u, 123u), vec2<u32>(60u, 124u), vec2<u32>(61u, 125u), vec2<u32>(62u, 126u), vec2<u32>(63u, 127u));
const PAIR_COMPONENT = array<u32, 64>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u);
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

// Storage: f16 as 16-byte vectors of four u32 words, two values per word (element 2i in bits
// 0–15): vector i = elements 8i … 8i + 7. In registers a vector is its even lanes (lo) and its
// odd lanes (hi) as f32, so the rotation works on whole vec4s.
struct Lanes8 {
  lo: vec4<f32>,
  hi: vec4<f32>,
}

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


fn decode8(w: vec4<u32>) -> Lanes8 {
  let a = unpack2x16float(w.x);
  let b = unpack2x16float(w.y);
  let c = unpack2x16float(w.z);
  let d = unpack2x16float(w.w);
  return Lanes8(vec4<f32>(a.x, b.x, c.x, d.x), vec4<f32>(a.y, b.y, c.y, d.y));
}

fn encode8(v: Lanes8) -> vec4<u32> {
  return vec4<u32>(
    f16_bits(v.lo.x) | (f16_bits(v.hi.x) << 16u),
    f16_bits(v.lo.y) | (f16_bits(v.hi.y) << 16u),
    f16_bits(v.lo.z) | (f16_bits(v.hi.z) << 16u),
    f16_bits(v.lo.w) | (f16_bits(v.hi.w) << 16u),
  );
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


// [batch, seq, heads, dim]: token flat = b · seq + s.
fn token_coords(flat: u32) -> vec2<u32> {
  return vec2<u32>(flat / params.seq, flat % params.seq);
}

fn head_base(bs: vec2<u32>, flat: u32, h: u32, heads: u32) -> u32 {
  return (flat * heads + h) * HEAD_DIM;
}


// Positions: the token's index in its sequence plus the run-time offset (e.g. the KV-cache length).
fn token_position(bs: vec2<u32>, flat: u32, c: u32) -> Pos {
  return Pos(i32(bs.y) + params.offset, 0.0);
}


// ω_j / 2π in turns, split into hi + mid + lo f32 parts with 12, 12 and 24 significant bits: hi
// and mid times a whole number below 2^12 are exact in f32.
const TURNS_HI = array<f32, 64>(0.1591796875, 0.1378173828125, 0.119354248046875, 0.103363037109375, 0.089508056640625, 0.0775146484375, 0.067108154296875, 0.0581207275390625, 0.050323486328125, 0.0435791015625, 0.0377349853515625, 0.032684326171875, 0.0283050537109375, 0.024505615234375, 0.0212249755859375, 0.01837921142578125, 0.0159149169921875, 0.013782501220703125, 0.011936187744140625, 0.010334014892578125, 0.00894927978515625, 0.0077495574951171875, 0.0067119598388671875, 0.0058116912841796875, 0.0050334930419921875, 0.0043582916259765625, 0.0037736892700195312, 0.0032682418823242188, 0.00283050537109375, 0.0024509429931640625, 0.0021219253540039062, 0.0018377304077148438, 0.0015916824340820312, 0.0013780593872070312, 0.0011935234069824219, 0.0010333061218261719, 0.0008950233459472656, 0.0007750988006591797, 0.0006711483001708984, 0.0005812644958496094, 0.0005033016204833984, 0.00043582916259765625, 0.00037741661071777344, 0.0003268718719482422, 0.0002830028533935547, 0.00024509429931640625, 0.00021225214004516602, 0.0001837611198425293, 0.00015914440155029297, 0.00013780593872070312, 0.00011935830116271973, 0.00010335445404052734, 0.00008949637413024902, 0.00007751584053039551, 0.00006711483001708984, 0.00005811452865600586, 0.00005033612251281738, 0.000043585896492004395, 0.00003774464130401611, 0.00003267824649810791, 0.000028304755687713623, 0.000024512410163879395, 0.000021226704120635986, 0.000018380582332611084);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000005120411515235901, -0.0000048782676458358765, -0.000010740011930465698, -0.000008653849363327026, -0.000011358410120010376, 0.00000692903995513916, -0.0000014603137969970703, 0.000005725771188735962, 0.000004200264811515808, 0.000006599351763725281, -0.0000014603137969970703, -0.0000028582289814949036, 0.000003077089786529541, -0.0000013229437172412872, -2.8533395379781723e-7, 5.774199962615967e-7, -2.5099143385887146e-7, -0.0000012507662177085876, 0.0000012149102985858917, 6.603077054023743e-7, 7.713679224252701e-7, -4.5157503336668015e-7, 2.3544998839497566e-7, -5.718320608139038e-7, 3.859167918562889e-8, 4.691537469625473e-7, 4.470348358154297e-8, -2.8579961508512497e-7, -7.380731403827667e-8, 4.3993350118398666e-7, 1.6222475096583366e-7, -1.3300450518727303e-7, 1.6565900295972824e-7, -2.9707734938710928e-8, 2.168235369026661e-7, -2.932938514277339e-8, -6.592017598450184e-8, 2.5302142603322864e-9, -7.182825356721878e-8, -9.498762665316463e-9, 3.8580765249207616e-9, -7.635208021383733e-10, -4.321918822824955e-8, 1.9106664694845676e-8, -7.3814589995890856e-9, -1.5614205040037632e-8, 2.814340405166149e-8, 1.0542862582951784e-8, 1.656735548749566e-8, -8.931237971410155e-9, -2.1573214326053858e-9, 3.027707862202078e-9, -1.255102688446641e-8, 2.5295321393059567e-10, 4.738467396236956e-9, -6.910340744070709e-9, -2.5947883841581643e-9, -3.056811692658812e-9, 4.6202330850064754e-9, -2.560227585490793e-9, -3.7180143408477306e-9, -3.0513547244481742e-9, -1.6561898519285023e-9);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, -6.200323587890466e-10, 4.320196977936064e-10, -4.790104979335297e-10, -1.1823706458358174e-9, -1.2720059450188614e-9, -3.316028840405494e-10, 2.1661072935330594e-10, 5.173299288951938e-12, 2.7799582080767493e-10, 1.4093545774862548e-11, 1.4278994653338373e-11, 3.4866740050709666e-10, -4.6209167048338884e-10, 1.2255740866606857e-10, 1.3852214514331607e-11, -1.0299422426029992e-10, 3.112901603152807e-11, 4.320196977936064e-11, -1.4103331003045838e-10, 6.802744478839884e-11, 1.2497792731269719e-11, 3.668890538599534e-11, 1.001954161999885e-11, 5.173301023675414e-13, -7.125014987729994e-12, 4.797548469603896e-11, 1.4278990316529683e-12, 1.1583674991433313e-11, 3.569609885456515e-13, -1.1027324019197149e-11, -2.1897842913953802e-11, 1.3421095831911423e-12, -2.017016241528946e-11, 2.865005324995118e-12, 2.0821266585868692e-11, -4.732126149264992e-13, 7.07054553794606e-12, -3.3288617088539363e-13, 6.8227203400827996e-12, -6.758627945496753e-13, 3.7889212167047104e-13, -2.2773558212840772e-14, 5.9635560378801244e-12, -1.752015633266213e-12, 7.632918819569512e-13, 1.8076506003855686e-12, -2.189784378131554e-12, -1.3209805428335275e-12, -3.4722077643656313e-12, 2.865005324995118e-13, -1.0066067716776178e-13, -2.2922020726824643e-13, -7.481370124101661e-13, 3.492348012341939e-14, 3.1847414245708694e-13, -6.75862767444621e-14, 4.016870928762184e-13, 2.2509632233245341e-13, -8.588358973646293e-13, 3.7049527400016824e-13, -2.8746869793448704e-13, -1.1338789607760746e-15, -3.707948729417439e-14);

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
