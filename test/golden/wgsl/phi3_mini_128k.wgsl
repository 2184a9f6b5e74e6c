// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: d82fdb4842def8d8
//
// rope phi3_mini_128k: head_dim 96, 48 pairs in 6 groups; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions index + offset; ω from seq_len (select); sincos computed; precision exact
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
@group(0) @binding(3) var<storage, read> omega: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(5) var<storage, read> k_src: array<vec4<u32>>;

const HEAD_DIM: u32 = 96u;
const GROUPS: u32 = 6u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 7>(0u, 8u, 16u, 24u, 32u, 40u, 48u);
const GROUP_PAIR = array<u32, 48>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u, 32u, 33u, 34u, 35u, 36u, 37u, 38u, 39u, 40u, 41u, 42u, 43u, 44u, 45u, 46u, 47u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 48>(vec2<u32>(0u, 48u), vec2<u32>(1u, 49u), vec2<u32>(2u, 50u), vec2<u32>(3u, 51u), vec2<u32>(4u, 52u), vec2<u32>(5u, 53u), vec2<u32>(6u, 54u), vec2<u32>(7u, 55u), vec2<u32>(8u, 56u), vec2<u32>(9u, 57u), vec2<u32>(10u, 58u), vec2<u32>(11u, 59u), vec2<u32>(12u, 60u), vec2<u32>(13u, 61u), vec2<u32>(14u, 62u), vec2<u32>(15u, 63u), vec2<u32>(16u, 64u), vec2<u32>(17u, 65u), vec2<u32>(18u, 66u), vec2<u32>(19u, 67u), vec2<u32>(20u, 68u), vec2<u32>(21u, 69u), vec2<u32>(22u, 70u), vec2<u32>(23u, 71u), vec2<u32>(24u, 72u), vec2<u32>(25u, 73u), vec2<u32>(26u, 74u), vec2<u32>(27u, 75u), vec2<u32>(28u, 76u), vec2<u32>(29u, 77u), vec2<u32>(30u, 78u), vec2<u32>(31u, 79u), vec2<u32>(32u, 80u), vec2<u32>(33u, 81u), vec2<u32>(34u, 82u), vec2<u32>(35u, 83u), vec2<u32>(36u, 84u), vec2<u32>(37u, 85u), vec2<u32>(38u, 86u), vec2<u32>(39u, 87u), vec2<u32>(40u, 88u), vec2<u32>(41u, 89u), vec2<u32>(42u, 90u), vec2<u32>(43u, 91u), vec2<u32>(44u, 92u), vec2<u32>(45u, 93u), vec2<u32>(46u, 94u), vec2<u32>(47u, 95u));
const PAIR_COMPONENT = array<u32, 48>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u);
// 16-byte access: LANES_PER_VECTOR lanes per vector. Groups g < VECTOR_GROUPS are one vector chunk
// each, either 'split' (lanes a… against b…, half style) or adjacent pairs inside one vector
// (interleaved); GROUP_VECTORS[g] = (vector of its a lanes, vector of its b lanes) within a head.
// Later groups (if any) are the scalar tail, each the only group touching its vectors.
const LANES_PER_VECTOR: u32 = 8u;
const VECTOR_GROUPS: u32 = 6u;
const GROUP_VECTORS = array<vec2<u32>, 6>(vec2<u32>(0u, 6u), vec2<u32>(1u, 7u), vec2<u32>(2u, 8u), vec2<u32>(3u, 9u), vec2<u32>(4u, 10u), vec2<u32>(5u, 11u));
// cos·m and sin·m·direction: m = attention factor, direction = ±1 (inverse rotates by −φ).
const COS_SCALE: f32 = 1.190238118171692;
const SIN_SCALE: f32 = 1.190238118171692;
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


// Positions: the token's index in its sequence plus the run-time offset (e.g. the KV-cache length).
fn token_position(bs: vec2<u32>, flat: u32, c: u32) -> Pos {
  return Pos(i32(bs.y) + params.offset, 0.0);
}


// ω depends on seq_len: the host writes omega[j] = (hi, mid, lo, ω) with ω_j / 2π = hi + mid + lo
// (12, 12 and 24 significant bits).
fn pair_turns(j: u32) -> vec3<f32> {
  if (j >= arrayLength(&omega)) {
    return vec3<f32>(0.0);
  }
  return omega[j].xyz;
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
const OUT_GROUPS: u32 = 6u;
const OUT_PAIR_START = array<u32, 7>(0u, 8u, 16u, 24u, 32u, 40u, 48u);

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
