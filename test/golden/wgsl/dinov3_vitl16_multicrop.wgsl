// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 9a79fc140b385799
//
// rope dinov3_vitl16_multicrop: head_dim 64, 32 pairs in 4 groups; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions grid(h, w) (packed, one grid per sequence); ω constant; sincos computed; precision exact
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
@group(0) @binding(3) var<storage, read> cu_seqlens: array<u32>;
@group(0) @binding(4) var<storage, read> grid_sizes: array<u32>;
@group(0) @binding(5) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(6) var<storage, read> k_src: array<vec4<u32>>;

const HEAD_DIM: u32 = 64u;
const GROUPS: u32 = 4u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 5>(0u, 8u, 16u, 24u, 32u);
const GROUP_PAIR = array<u32, 32>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 32>(vec2<u32>(0u, 32u), vec2<u32>(1u, 33u), vec2<u32>(2u, 34u), vec2<u32>(3u, 35u), vec2<u32>(4u, 36u), vec2<u32>(5u, 37u), vec2<u32>(6u, 38u), vec2<u32>(7u, 39u), vec2<u32>(8u, 40u), vec2<u32>(9u, 41u), vec2<u32>(10u, 42u), vec2<u32>(11u, 43u), vec2<u32>(12u, 44u), vec2<u32>(13u, 45u), vec2<u32>(14u, 46u), vec2<u32>(15u, 47u), vec2<u32>(16u, 48u), vec2<u32>(17u, 49u), vec2<u32>(18u, 50u), vec2<u32>(19u, 51u), vec2<u32>(20u, 52u), vec2<u32>(21u, 53u), vec2<u32>(22u, 54u), vec2<u32>(23u, 55u), vec2<u32>(24u, 56u), vec2<u32>(25u, 57u), vec2<u32>(26u, 58u), vec2<u32>(27u, 59u), vec2<u32>(28u, 60u), vec2<u32>(29u, 61u), vec2<u32>(30u, 62u), vec2<u32>(31u, 63u));
const PAIR_COMPONENT = array<u32, 32>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u);
// 16-byte access: LANES_PER_VECTOR lanes per vector. Groups g < VECTOR_GROUPS are one vector chunk
// each, either 'split' (lanes a… against b…, half style) or adjacent pairs inside one vector
// (interleaved); GROUP_VECTORS[g] = (vector of its a lanes, vector of its b lanes) within a head.
// Later groups (if any) are the scalar tail, each the only group touching its vectors.
const LANES_PER_VECTOR: u32 = 8u;
const VECTOR_GROUPS: u32 = 4u;
const GROUP_VECTORS = array<vec2<u32>, 4>(vec2<u32>(0u, 4u), vec2<u32>(1u, 5u), vec2<u32>(2u, 6u), vec2<u32>(3u, 7u));
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


// Packed sequences: the sequence of a token is the last b with cu_seqlens[b] ≤ flat (binary search;
// empty sequences are skipped because a later b with the same start wins).
fn read_cu_seqlens(b: u32) -> u32 {
  if (b >= arrayLength(&cu_seqlens)) {
    return 0u;
  }
  return cu_seqlens[b];
}

fn token_coords(flat: u32) -> vec2<u32> {
  var lo = 0u;
  var hi = params.batch;
  while (hi - lo > 1u) {
    let mid = (lo + hi) / 2u;
    if (read_cu_seqlens(mid) <= flat) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return vec2<u32>(lo, flat - read_cu_seqlens(lo));
}

fn head_base(bs: vec2<u32>, flat: u32, h: u32, heads: u32) -> u32 {
  return (flat * heads + h) * HEAD_DIM;
}


// A float position as whole + fraction (exact: p − floor(p) has no rounding error).
fn split_position(p: f32) -> Pos {
  let w = floor(p);
  return Pos(i32(w), p - w);
}


// Positions: a grid (h, w) with run-time sizes, last axis fastest, after 5 prefix
// token(s) that sit at position 0.
const GRID_PREFIX: u32 = 5u;
const GRID_AXES: u32 = 2u;
const GRID_STRIDE = array<f32, 2>(1.0, 1.0);
const GRID_SHIFT = array<f32, 2>(0.0, 0.0);
const GRID_SCALE = array<f32, 2>(1.0, 1.0);

// Several grids in one call: sequence b's sizes are row b of grid_sizes [batch, GRID_AXES] (the
// host checked them against cu_seqlens; a read past the end gives 1, never out of bounds).
fn grid_size(b: u32, c: u32) -> u32 {
  let at = b * GRID_AXES + c;
  if (at >= arrayLength(&grid_sizes)) {
    return 1u;
  }
  return grid_sizes[at];
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
  // Normalized to [−1, 1]: 2·(i + 0.5)/n − 1 with n = the axis's own size.
  let n = f32(grid_size(bs.x, c));
  return split_position((2.0 * ((f32(i) + 0.5) / n) - 1.0) * GRID_SCALE[c]);

}


// ω_j / 2π in turns, split into hi + mid + lo f32 parts with 12, 12 and 24 significant bits: hi
// and mid times a whole number below 2^12 are exact in f32.
const TURNS_HI = array<f32, 32>(1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625, 1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625);
const TURNS_MID = array<f32, 32>(0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7, 0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7);
const TURNS_LO = array<f32, 32>(0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10, 0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10);

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
const OUT_GROUPS: u32 = 4u;
const OUT_PAIR_START = array<u32, 5>(0u, 8u, 16u, 24u, 32u);

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
