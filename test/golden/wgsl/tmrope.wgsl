// Generated from spec/tmrope.rope (rope tmrope) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 94ea13f7389ca393
//
// rope tmrope: head_dim 64, 32 pairs in 8 groups; f32 storage, layout bshd; 16-byte access (4 lanes per vector); positions timeline from a segment table; ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> segment_table: array<i32>;
@group(0) @binding(4) var<storage, read> segment_values: array<f32>;
@group(0) @binding(5) var<storage, read> q_src: array<vec4<f32>>;
@group(0) @binding(6) var<storage, read> k_src: array<vec4<f32>>;

const HEAD_DIM: u32 = 64u;
const GROUPS: u32 = 8u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 9>(0u, 4u, 8u, 12u, 16u, 20u, 24u, 28u, 32u);
const GROUP_PAIR = array<u32, 32>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 32>(vec2<u32>(0u, 32u), vec2<u32>(1u, 33u), vec2<u32>(2u, 34u), vec2<u32>(3u, 35u), vec2<u32>(4u, 36u), vec2<u32>(5u, 37u), vec2<u32>(6u, 38u), vec2<u32>(7u, 39u), vec2<u32>(8u, 40u), vec2<u32>(9u, 41u), vec2<u32>(10u, 42u), vec2<u32>(11u, 43u), vec2<u32>(12u, 44u), vec2<u32>(13u, 45u), vec2<u32>(14u, 46u), vec2<u32>(15u, 47u), vec2<u32>(16u, 48u), vec2<u32>(17u, 49u), vec2<u32>(18u, 50u), vec2<u32>(19u, 51u), vec2<u32>(20u, 52u), vec2<u32>(21u, 53u), vec2<u32>(22u, 54u), vec2<u32>(23u, 55u), vec2<u32>(24u, 56u), vec2<u32>(25u, 57u), vec2<u32>(26u, 58u), vec2<u32>(27u, 59u), vec2<u32>(28u, 60u), vec2<u32>(29u, 61u), vec2<u32>(30u, 62u), vec2<u32>(31u, 63u));
const PAIR_COMPONENT = array<u32, 32>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u);
// 16-byte access: LANES_PER_VECTOR lanes per vector. Groups g < VECTOR_GROUPS are one vector chunk
// each, either 'split' (lanes a… against b…, half style) or adjacent pairs inside one vector
// (interleaved); GROUP_VECTORS[g] = (vector of its a lanes, vector of its b lanes) within a head.
// Later groups (if any) are the scalar tail, each the only group touching its vectors.
const LANES_PER_VECTOR: u32 = 4u;
const VECTOR_GROUPS: u32 = 8u;
const GROUP_VECTORS = array<vec2<u32>, 8>(vec2<u32>(0u, 8u), vec2<u32>(1u, 9u), vec2<u32>(2u, 10u), vec2<u32>(3u, 11u), vec2<u32>(4u, 12u), vec2<u32>(5u, 13u), vec2<u32>(6u, 14u), vec2<u32>(7u, 15u));
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
const TURNS_HI = array<f32, 32>(0.1591796875, 0.119354248046875, 0.089508056640625, 0.067108154296875, 0.050323486328125, 0.0377349853515625, 0.0283050537109375, 0.0212249755859375, 0.0159149169921875, 0.011936187744140625, 0.00894927978515625, 0.0067119598388671875, 0.0050334930419921875, 0.0037736892700195312, 0.00283050537109375, 0.0021219253540039062, 0.0015916824340820312, 0.0011935234069824219, 0.0008950233459472656, 0.0006711483001708984, 0.0005033016204833984, 0.00037741661071777344, 0.0002830028533935547, 0.00021225214004516602, 0.00015914440155029297, 0.00011935830116271973, 0.00008949637413024902, 0.00006711483001708984, 0.00005033612251281738, 0.00003774464130401611, 0.000028304755687713623, 0.000021226704120635986);
const TURNS_MID = array<f32, 32>(-0.000024743378162384033, -0.0000048782676458358765, -0.000008653849363327026, 0.00000692903995513916, 0.000005725771188735962, 0.000006599351763725281, -0.0000028582289814949036, -0.0000013229437172412872, 5.774199962615967e-7, -0.0000012507662177085876, 6.603077054023743e-7, -4.5157503336668015e-7, -5.718320608139038e-7, 4.691537469625473e-7, -2.8579961508512497e-7, 4.3993350118398666e-7, -1.3300450518727303e-7, -2.9707734938710928e-8, -2.932938514277339e-8, 2.5302142603322864e-9, -9.498762665316463e-9, -7.635208021383733e-10, 1.9106664694845676e-8, -1.5614205040037632e-8, 1.0542862582951784e-8, -8.931237971410155e-9, 3.027707862202078e-9, 2.5295321393059567e-10, -6.910340744070709e-9, -3.056811692658812e-9, -2.560227585490793e-9, -3.0513547244481742e-9);
const TURNS_LO = array<f32, 32>(-1.0299422426029992e-9, 4.320196977936064e-10, -1.1823706458358174e-9, -3.316028840405494e-10, 5.173299288951938e-12, 1.4093545774862548e-11, 3.4866740050709666e-10, 1.2255740866606857e-10, -1.0299422426029992e-10, 4.320196977936064e-11, 6.802744478839884e-11, 3.668890538599534e-11, 5.173301023675414e-13, 4.797548469603896e-11, 1.1583674991433313e-11, -1.1027324019197149e-11, 1.3421095831911423e-12, 2.865005324995118e-12, -4.732126149264992e-13, -3.3288617088539363e-13, -6.758627945496753e-13, -2.2773558212840772e-14, -1.752015633266213e-12, 1.8076506003855686e-12, -1.3209805428335275e-12, 2.865005324995118e-13, -2.2922020726824643e-13, 3.492348012341939e-14, -6.75862767444621e-14, 2.2509632233245341e-13, 3.7049527400016824e-13, -1.1338789607760746e-15);

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
    // Four pairs: lanes a … a+3 against b … b+3.
    let cv = vec4<f32>(p0.x, p1.x, p2.x, p3.x);
    let sv = vec4<f32>(p0.y, p1.y, p2.y, p3.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let base = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR;
      let a = load_q(base + v.x);
      let b = load_q(base + v.y);
      store_q(base + v.x, a * cv - b * sv);
      store_q(base + v.y, b * cv + a * sv);
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let base = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR;
      let a = load_k(base + v.x);
      let b = load_k(base + v.y);
      store_k(base + v.x, a * cv - b * sv);
      store_k(base + v.y, b * cv + a * sv);
    }
  }
}

// Out of place: reads q_src and k_src, writes q and k (no copy pass). Invocation (token, g) for
// g < GROUPS rotates pair group g as above; every group also copies the pass-through lanes it
// owns (those sharing a storage word with its pairs, then copy-only groups for the rest), so each
// word of q and k is written by exactly one invocation.
const OUT_GROUPS: u32 = 8u;
const OUT_PAIR_START = array<u32, 9>(0u, 4u, 8u, 12u, 16u, 20u, 24u, 28u, 32u);

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
    // Four pairs: lanes a … a+3 against b … b+3.
    let cv = vec4<f32>(p0.x, p1.x, p2.x, p3.x);
    let sv = vec4<f32>(p0.y, p1.y, p2.y, p3.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let base = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR;
      let a = load_q_src(base + v.x);
      let b = load_q_src(base + v.y);
      store_q(base + v.x, a * cv - b * sv);
      store_q(base + v.y, b * cv + a * sv);
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let base = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR;
      let a = load_k_src(base + v.x);
      let b = load_k_src(base + v.y);
      store_k(base + v.x, a * cv - b * sv);
      store_k(base + v.y, b * cv + a * sv);
    }
  }
}
