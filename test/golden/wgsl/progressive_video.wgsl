// Generated from spec/progressive_video.rope (rope progressive_video) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 29161c84c808cb30
//
// rope progressive_video: head_dim 96, 48 pairs in 24 groups; f32 storage, layout bshd; 16-byte access (4 lanes per vector); positions grid(t, h, w); ω constant; sincos computed; precision exact
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
  grid0: u32,
  grid1: u32,
  grid2: u32,
}

// A position as whole + fraction, so that whole numbers up to 2^31 stay exact.
struct Pos {
  whole: i32,
  frac: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> q_src: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> k_src: array<vec4<f32>>;

const HEAD_DIM: u32 = 96u;
const GROUPS: u32 = 24u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 25>(0u, 2u, 4u, 6u, 8u, 10u, 12u, 14u, 16u, 18u, 20u, 22u, 24u, 26u, 28u, 30u, 32u, 34u, 36u, 38u, 40u, 42u, 44u, 46u, 48u);
const GROUP_PAIR = array<u32, 48>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u, 32u, 33u, 34u, 35u, 36u, 37u, 38u, 39u, 40u, 41u, 42u, 43u, 44u, 45u, 46u, 47u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 48>(vec2<u32>(0u, 1u), vec2<u32>(2u, 3u), vec2<u32>(4u, 5u), vec2<u32>(6u, 7u), vec2<u32>(8u, 9u), vec2<u32>(10u, 11u), vec2<u32>(12u, 13u), vec2<u32>(14u, 15u), vec2<u32>(16u, 17u), vec2<u32>(18u, 19u), vec2<u32>(20u, 21u), vec2<u32>(22u, 23u), vec2<u32>(24u, 25u), vec2<u32>(26u, 27u), vec2<u32>(28u, 29u), vec2<u32>(30u, 31u), vec2<u32>(32u, 33u), vec2<u32>(34u, 35u), vec2<u32>(36u, 37u), vec2<u32>(38u, 39u), vec2<u32>(40u, 41u), vec2<u32>(42u, 43u), vec2<u32>(44u, 45u), vec2<u32>(46u, 47u), vec2<u32>(48u, 49u), vec2<u32>(50u, 51u), vec2<u32>(52u, 53u), vec2<u32>(54u, 55u), vec2<u32>(56u, 57u), vec2<u32>(58u, 59u), vec2<u32>(60u, 61u), vec2<u32>(62u, 63u), vec2<u32>(64u, 65u), vec2<u32>(66u, 67u), vec2<u32>(68u, 69u), vec2<u32>(70u, 71u), vec2<u32>(72u, 73u), vec2<u32>(74u, 75u), vec2<u32>(76u, 77u), vec2<u32>(78u, 79u), vec2<u32>(80u, 81u), vec2<u32>(82u, 83u), vec2<u32>(84u, 85u), vec2<u32>(86u, 87u), vec2<u32>(88u, 89u), vec2<u32>(90u, 91u), vec2<u32>(92u, 93u), vec2<u32>(94u, 95u));
const PAIR_COMPONENT = array<u32, 48>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u);
// 16-byte access: LANES_PER_VECTOR lanes per vector. Groups g < VECTOR_GROUPS are one vector chunk
// each, either 'split' (lanes a… against b…, half style) or adjacent pairs inside one vector
// (interleaved); GROUP_VECTORS[g] = (vector of its a lanes, vector of its b lanes) within a head.
// Later groups (if any) are the scalar tail, each the only group touching its vectors.
const LANES_PER_VECTOR: u32 = 4u;
const VECTOR_GROUPS: u32 = 24u;
const GROUP_VECTORS = array<vec2<u32>, 24>(vec2<u32>(0u, 0u), vec2<u32>(1u, 1u), vec2<u32>(2u, 2u), vec2<u32>(3u, 3u), vec2<u32>(4u, 4u), vec2<u32>(5u, 5u), vec2<u32>(6u, 6u), vec2<u32>(7u, 7u), vec2<u32>(8u, 8u), vec2<u32>(9u, 9u), vec2<u32>(10u, 10u), vec2<u32>(11u, 11u), vec2<u32>(12u, 12u), vec2<u32>(13u, 13u), vec2<u32>(14u, 14u), vec2<u32>(15u, 15u), vec2<u32>(16u, 16u), vec2<u32>(17u, 17u), vec2<u32>(18u, 18u), vec2<u32>(19u, 19u), vec2<u32>(20u, 20u), vec2<u32>(21u, 21u), vec2<u32>(22u, 22u), vec2<u32>(23u, 23u));
// cos·m and sin·m·direction: m = attention factor, direction = ±1 (inverse rotates by −φ).
const COS_SCALE: f32 = 1.0;
const SIN_SCALE: f32 = 1.0;
const TWO_PI: f32 = 6.2831853071795864769;

// Storage: f32 as 16-byte vectors, vector i = elements 4i … 4i + 3 (a head is HEAD_DIM / 4 vectors).
fn load_q(i: u32) -> vec4<f32> {
  if (i >= arrayLength(&q)) {
    return vec4<f32>(0.0);
  }
  return q[i];
}

fn load_k(i: u32) -> vec4<f32> {
  if (i >= arrayLength(&k)) {
    return vec4<f32>(0.0);
  }
  return k[i];
}

fn load_q_src(i: u32) -> vec4<f32> {
  if (i >= arrayLength(&q_src)) {
    return vec4<f32>(0.0);
  }
  return q_src[i];
}

fn load_k_src(i: u32) -> vec4<f32> {
  if (i >= arrayLength(&k_src)) {
    return vec4<f32>(0.0);
  }
  return k_src[i];
}

fn store_q(i: u32, v: vec4<f32>) {
  if (i < arrayLength(&q)) {
    q[i] = v;
  }
}

fn copy_q(i: u32) {
  if (i < arrayLength(&q) && i < arrayLength(&q_src)) {
    q[i] = q_src[i];
  }
}

fn store_k(i: u32, v: vec4<f32>) {
  if (i < arrayLength(&k)) {
    k[i] = v;
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


// A float position as whole + fraction (exact: p − floor(p) has no rounding error).
fn split_position(p: f32) -> Pos {
  let w = floor(p);
  return Pos(i32(w), p - w);
}


// Positions: a grid (t, h, w) with run-time sizes, last axis fastest, after 0 prefix
// token(s) that sit at position 0.
const GRID_PREFIX: u32 = 0u;
const GRID_AXES: u32 = 3u;
const GRID_STRIDE = array<f32, 3>(4.0, 1.0, 1.0);
const GRID_SHIFT = array<f32, 3>(3.0, 0.0, 0.0);
const GRID_SCALE = array<f32, 3>(0.5, 1.0, 1.0);

// Grid sizes from the uniform block (the same grid for every sequence; b is unused).
fn grid_size(b: u32, c: u32) -> u32 {
  switch c {
    case 0u: {
      return params.grid0;
    }
    case 1u: {
      return params.grid1;
    }
    case 2u: {
      return params.grid2;
    }
    default: {
      return 1u;
    }
  }
}

// Index of the cell along axis c, for the rest-th grid token.
fn grid_index(b: u32, rest: u32, c: u32) -> u32 {
  var r = rest;
  var index = 0u;
  for (var a = GRID_AXES; a > 0u; a--) {
    let size = grid_size(b, a - 1u);
    if (a - 1u == c) {
      index = r % size;
    }
    r = r / size;
  }
  return index;
}

fn token_position(bs: vec2<u32>, flat: u32, c: u32) -> Pos {
  if (bs.y < GRID_PREFIX) {
    return Pos(0, 0.0);
  }
  let i = grid_index(bs.x, bs.y - GRID_PREFIX, c);
  return split_position((f32(i) * GRID_STRIDE[c] + GRID_SHIFT[c]) * GRID_SCALE[c]);

}


// ω_j / 2π in turns, split into hi + mid + lo f32 parts with 12, 12 and 24 significant bits: hi
// and mid times a whole number below 2^12 are exact in f32.
const TURNS_HI = array<f32, 48>(0.1591796875, 0.089508056640625, 0.050323486328125, 0.0283050537109375, 0.0159149169921875, 0.00894927978515625, 0.0050334930419921875, 0.00283050537109375, 0.0015916824340820312, 0.0008950233459472656, 0.0005033016204833984, 0.0002830028533935547, 0.00015914440155029297, 0.00008949637413024902, 0.00005033612251281738, 0.000028304755687713623, 0.1591796875, 0.089508056640625, 0.050323486328125, 0.0283050537109375, 0.0159149169921875, 0.00894927978515625, 0.0050334930419921875, 0.00283050537109375, 0.0015916824340820312, 0.0008950233459472656, 0.0005033016204833984, 0.0002830028533935547, 0.00015914440155029297, 0.00008949637413024902, 0.00005033612251281738, 0.000028304755687713623, 0.1591796875, 0.089508056640625, 0.050323486328125, 0.0283050537109375, 0.0159149169921875, 0.00894927978515625, 0.0050334930419921875, 0.00283050537109375, 0.0015916824340820312, 0.0008950233459472656, 0.0005033016204833984, 0.0002830028533935547, 0.00015914440155029297, 0.00008949637413024902, 0.00005033612251281738, 0.000028304755687713623);
const TURNS_MID = array<f32, 48>(-0.000024743378162384033, -0.000008653849363327026, 0.000005725771188735962, -0.0000028582289814949036, 5.774199962615967e-7, 6.603077054023743e-7, -5.718320608139038e-7, -2.8579961508512497e-7, -1.3300450518727303e-7, -2.932938514277339e-8, -9.498762665316463e-9, 1.9106664694845676e-8, 1.0542862582951784e-8, 3.027707862202078e-9, -6.910340744070709e-9, -2.560227585490793e-9, -0.000024743378162384033, -0.000008653849363327026, 0.000005725771188735962, -0.0000028582289814949036, 5.774199962615967e-7, 6.603077054023743e-7, -5.718320608139038e-7, -2.8579961508512497e-7, -1.3300450518727303e-7, -2.932938514277339e-8, -9.498762665316463e-9, 1.9106664694845676e-8, 1.0542862582951784e-8, 3.027707862202078e-9, -6.910340744070709e-9, -2.560227585490793e-9, -0.000024743378162384033, -0.000008653849363327026, 0.000005725771188735962, -0.0000028582289814949036, 5.774199962615967e-7, 6.603077054023743e-7, -5.718320608139038e-7, -2.8579961508512497e-7, -1.3300450518727303e-7, -2.932938514277339e-8, -9.498762665316463e-9, 1.9106664694845676e-8, 1.0542862582951784e-8, 3.027707862202078e-9, -6.910340744070709e-9, -2.560227585490793e-9);
const TURNS_LO = array<f32, 48>(-1.0299422426029992e-9, -1.1823706458358174e-9, 5.173299288951938e-12, 3.4866740050709666e-10, -1.0299422426029992e-10, 6.802744478839884e-11, 5.173301023675414e-13, 1.1583674991433313e-11, 1.3421095831911423e-12, -4.732126149264992e-13, -6.758627945496753e-13, -1.752015633266213e-12, -1.3209805428335275e-12, -2.2922020726824643e-13, -6.75862767444621e-14, 3.7049527400016824e-13, -1.0299422426029992e-9, -1.1823706458358174e-9, 5.173299288951938e-12, 3.4866740050709666e-10, -1.0299422426029992e-10, 6.802744478839884e-11, 5.173301023675414e-13, 1.1583674991433313e-11, 1.3421095831911423e-12, -4.732126149264992e-13, -6.758627945496753e-13, -1.752015633266213e-12, -1.3209805428335275e-12, -2.2922020726824643e-13, -6.75862767444621e-14, 3.7049527400016824e-13, -1.0299422426029992e-9, -1.1823706458358174e-9, 5.173299288951938e-12, 3.4866740050709666e-10, -1.0299422426029992e-10, 6.802744478839884e-11, 5.173301023675414e-13, 1.1583674991433313e-11, 1.3421095831911423e-12, -4.732126149264992e-13, -6.758627945496753e-13, -1.752015633266213e-12, -1.3209805428335275e-12, -2.2922020726824643e-13, -6.75862767444621e-14, 3.7049527400016824e-13);

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
    // Two interleaved pairs (a0, b0, a1, b1): x·(c0, c0, c1, c1) + x.yxwz·(−s0, s0, −s1, s1).
    let cv = vec4<f32>(p0.x, p0.x, p1.x, p1.x);
    let sv = vec4<f32>(-p0.y, p0.y, -p1.y, p1.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let i = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR + v.x;
      let x = load_q(i);
      store_q(i, x * cv + x.yxwz * sv);
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let i = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR + v.x;
      let x = load_k(i);
      store_k(i, x * cv + x.yxwz * sv);
    }
  }
}

// Out of place: reads q_src and k_src, writes q and k (no copy pass). Invocation (token, g) for
// g < GROUPS rotates pair group g as above; every group also copies the pass-through lanes it
// owns (those sharing a storage word with its pairs, then copy-only groups for the rest), so each
// word of q and k is written by exactly one invocation.
const OUT_GROUPS: u32 = 24u;
const OUT_PAIR_START = array<u32, 25>(0u, 2u, 4u, 6u, 8u, 10u, 12u, 14u, 16u, 18u, 20u, 22u, 24u, 26u, 28u, 30u, 32u, 34u, 36u, 38u, 40u, 42u, 44u, 46u, 48u);

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
    // Two interleaved pairs (a0, b0, a1, b1): x·(c0, c0, c1, c1) + x.yxwz·(−s0, s0, −s1, s1).
    let cv = vec4<f32>(p0.x, p0.x, p1.x, p1.x);
    let sv = vec4<f32>(-p0.y, p0.y, -p1.y, p1.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let i = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR + v.x;
      let x = load_q_src(i);
      store_q(i, x * cv + x.yxwz * sv);
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let i = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR + v.x;
      let x = load_k_src(i);
      store_k(i, x * cv + x.yxwz * sv);
    }
  }
}
