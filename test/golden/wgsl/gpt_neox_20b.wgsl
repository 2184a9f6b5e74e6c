// Generated from spec/gpt_neox_20b.rope (rope gpt_neox_20b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: d8a3f74ecd5061d0
//
// rope gpt_neox_20b: head_dim 96, 12 pairs in 6 groups; f16 storage, layout bhsd; scalar access; positions index; ω constant; sincos computed; precision exact
// One invocation per (token, pair group): the position and sin/cos of each pair are computed once,
// then every head of q and of k is rotated with them, in place. A pair group is the set of pairs
// whose lanes share a u32 storage word, so no two invocations ever write the same word.
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
@group(0) @binding(1) var<storage, read_write> q: array<u32>;
@group(0) @binding(2) var<storage, read_write> k: array<u32>;
@group(0) @binding(3) var<storage, read> q_src: array<u32>;
@group(0) @binding(4) var<storage, read> k_src: array<u32>;

const HEAD_DIM: u32 = 96u;
const GROUPS: u32 = 6u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 7>(0u, 2u, 4u, 6u, 8u, 10u, 12u);
const GROUP_PAIR = array<u32, 12>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 12>(vec2<u32>(0u, 12u), vec2<u32>(1u, 13u), vec2<u32>(2u, 14u), vec2<u32>(3u, 15u), vec2<u32>(4u, 16u), vec2<u32>(5u, 17u), vec2<u32>(6u, 18u), vec2<u32>(7u, 19u), vec2<u32>(8u, 20u), vec2<u32>(9u, 21u), vec2<u32>(10u, 22u), vec2<u32>(11u, 23u));
const PAIR_COMPONENT = array<u32, 12>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u);
// cos·m and sin·m·direction: m = attention factor, direction = ±1 (inverse rotates by −φ).
const COS_SCALE: f32 = 1.0;
const SIN_SCALE: f32 = 1.0;
const TWO_PI: f32 = 6.2831853071795864769;

// Storage: f16 packed two per u32 word (element i in bits 16·(i & 1) …), so the kernel needs no
// shader-f16 feature.
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


fn load_q(i: u32) -> f32 {
  let w = i >> 1u;
  if (w >= arrayLength(&q)) {
    return 0.0;
  }
  return unpack2x16float(q[w])[i & 1u];
}

fn load_k(i: u32) -> f32 {
  let w = i >> 1u;
  if (w >= arrayLength(&k)) {
    return 0.0;
  }
  return unpack2x16float(k[w])[i & 1u];
}

fn load_q_src(i: u32) -> f32 {
  let w = i >> 1u;
  if (w >= arrayLength(&q_src)) {
    return 0.0;
  }
  return unpack2x16float(q_src[w])[i & 1u];
}

fn load_k_src(i: u32) -> f32 {
  let w = i >> 1u;
  if (w >= arrayLength(&k_src)) {
    return 0.0;
  }
  return unpack2x16float(k_src[w])[i & 1u];
}

fn store_q(i: u32, v: f32) {
  let w = i >> 1u;
  if (w >= arrayLength(&q)) {
    return;
  }
  let shift = (i & 1u) * 16u;
  q[w] = (q[w] & ~(0xffffu << shift)) | (f16_bits(v) << shift);
}

fn copy_q(i: u32) {
  let w = i >> 1u;
  if (w >= arrayLength(&q) || w >= arrayLength(&q_src)) {
    return;
  }
  let mask = 0xffffu << ((i & 1u) * 16u);
  q[w] = (q[w] & ~mask) | (q_src[w] & mask);
}

fn store_k(i: u32, v: f32) {
  let w = i >> 1u;
  if (w >= arrayLength(&k)) {
    return;
  }
  let shift = (i & 1u) * 16u;
  k[w] = (k[w] & ~(0xffffu << shift)) | (f16_bits(v) << shift);
}

fn copy_k(i: u32) {
  let w = i >> 1u;
  if (w >= arrayLength(&k) || w >= arrayLength(&k_src)) {
    return;
  }
  let mask = 0xffffu << ((i & 1u) * 16u);
  k[w] = (k[w] & ~mask) | (k_src[w] & mask);
}


// [batch, heads, seq, dim]: token flat = b · seq + s, heads outside the sequence.
fn token_coords(flat: u32) -> vec2<u32> {
  return vec2<u32>(flat / params.seq, flat % params.seq);
}

fn head_base(bs: vec2<u32>, flat: u32, h: u32, heads: u32) -> u32 {
  return ((bs.x * heads + h) * params.seq + bs.y) * HEAD_DIM;
}


// Positions: the token's index in its sequence.
fn token_position(bs: vec2<u32>, flat: u32, c: u32) -> Pos {
  return Pos(i32(bs.y), 0.0);
}


// ω_j / 2π in turns, split into hi + mid + lo f32 parts with 12, 12 and 24 significant bits: hi
// and mid times a whole number below 2^12 are exact in f32.
const TURNS_HI = array<f32, 12>(0.1591796875, 0.073883056640625, 0.0342864990234375, 0.0159149169921875, 0.0073871612548828125, 0.0034284591674804688, 0.0015916824340820312, 0.0007386207580566406, 0.0003428459167480469, 0.00015914440155029297, 0.00007387995719909668, 0.00003428757190704346);
const TURNS_MID = array<f32, 12>(-0.000024743378162384033, -0.000009875744581222534, 0.0000023944303393363953, 5.774199962615967e-7, 1.568114385008812e-7, 4.3015461415052414e-7, -1.3300450518727303e-7, 1.1106021702289581e-7, 4.3015461415052414e-8, 1.0542862582951784e-8, -6.775735528208315e-9, 1.3210410543251783e-9);
const TURNS_LO = array<f32, 12>(-1.0299422426029992e-9, -2.2908190622228375e-10, -4.050538793265446e-10, -1.0299422426029992e-10, 3.74874610520326e-13, -1.7222324261156885e-11, 1.3421095831911423e-12, -1.160404498184997e-11, -1.722232165907167e-12, -1.3209805428335275e-12, -7.966065957917823e-13, 1.0062519665166719e-13);

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


@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let thread = gid.y * params.row_threads + gid.x;
  if (thread >= params.tokens * GROUPS) {
    return;
  }
  let flat = thread / GROUPS;
  let group = thread % GROUPS;
  let bs = token_coords(flat);
  for (var g = GROUP_START[group]; g < GROUP_START[group + 1u]; g++) {
    let j = GROUP_PAIR[g];
    let cs = pair_sincos(token_position(bs, flat, PAIR_COMPONENT[j]), j);
    let c = cs.x * COS_SCALE;
    let s = cs.y * SIN_SCALE;
    let lanes = PAIR_LANES[j];
    for (var h = 0u; h < params.q_heads; h++) {
      let base = head_base(bs, flat, h, params.q_heads);
      let a = load_q(base + lanes.x);
      let b = load_q(base + lanes.y);
      store_q(base + lanes.x, a * c - b * s);
      store_q(base + lanes.y, b * c + a * s);
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let base = head_base(bs, flat, h, params.k_heads);
      let a = load_k(base + lanes.x);
      let b = load_k(base + lanes.y);
      store_k(base + lanes.x, a * c - b * s);
      store_k(base + lanes.y, b * c + a * s);
    }
  }
}

// Out of place: reads q_src and k_src, writes q and k (no copy pass). Invocation (token, g) for
// g < GROUPS rotates pair group g as above; every group also copies the pass-through lanes it
// owns (those sharing a storage word with its pairs, then copy-only groups for the rest), so each
// word of q and k is written by exactly one invocation.
const OUT_GROUPS: u32 = 11u;
const OUT_PAIR_START = array<u32, 12>(0u, 2u, 4u, 6u, 8u, 10u, 12u, 12u, 12u, 12u, 12u, 12u);
const COPY_START = array<u32, 12>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 16u, 32u, 48u, 64u, 72u);
// Lanes a group copies, for every head.
const COPY_LANE = array<u32, 72>(24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u, 32u, 33u, 34u, 35u, 36u, 37u, 38u, 39u, 40u, 41u, 42u, 43u, 44u, 45u, 46u, 47u, 48u, 49u, 50u, 51u, 52u, 53u, 54u, 55u, 56u, 57u, 58u, 59u, 60u, 61u, 62u, 63u, 64u, 65u, 66u, 67u, 68u, 69u, 70u, 71u, 72u, 73u, 74u, 75u, 76u, 77u, 78u, 79u, 80u, 81u, 82u, 83u, 84u, 85u, 86u, 87u, 88u, 89u, 90u, 91u, 92u, 93u, 94u, 95u);

@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let thread = gid.y * params.row_threads + gid.x;
  if (thread >= params.tokens * OUT_GROUPS) {
    return;
  }
  let flat = thread / OUT_GROUPS;
  let group = thread % OUT_GROUPS;
  let bs = token_coords(flat);
  // Copies first: a tail group of a vector kernel copies whole vectors, then rotates its lanes.
  for (var c = COPY_START[group]; c < COPY_START[group + 1u]; c++) {
    let lane = COPY_LANE[c];
    for (var h = 0u; h < params.q_heads; h++) {
      copy_q(head_base(bs, flat, h, params.q_heads) + lane);
    }
    for (var h = 0u; h < params.k_heads; h++) {
      copy_k(head_base(bs, flat, h, params.k_heads) + lane);
    }
  }
  for (var g = OUT_PAIR_START[group]; g < OUT_PAIR_START[group + 1u]; g++) {
    let j = GROUP_PAIR[g];
    let cs = pair_sincos(token_position(bs, flat, PAIR_COMPONENT[j]), j);
    let c = cs.x * COS_SCALE;
    let s = cs.y * SIN_SCALE;
    let lanes = PAIR_LANES[j];
    for (var h = 0u; h < params.q_heads; h++) {
      let base = head_base(bs, flat, h, params.q_heads);
      let a = load_q_src(base + lanes.x);
      let b = load_q_src(base + lanes.y);
      store_q(base + lanes.x, a * c - b * s);
      store_q(base + lanes.y, b * c + a * s);
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let base = head_base(bs, flat, h, params.k_heads);
      let a = load_k_src(base + lanes.x);
      let b = load_k_src(base + lanes.y);
      store_k(base + lanes.x, a * c - b * s);
      store_k(base + lanes.y, b * c + a * s);
    }
  }
}
