// Generated from spec/wan2_1.rope (rope wan2_1) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 55b6fbf7fb4c5329
//
// rope wan2_1: head_dim 128, 64 pairs in 16 groups; bf16 storage, layout bshd; 16-byte access (8 lanes per vector); positions grid(t, h, w); ω constant; sincos computed; precision exact
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
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(4) var<storage, read> k_src: array<vec4<u32>>;

const HEAD_DIM: u32 = 128u;
const GROUPS: u32 = 16u;
// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].
const GROUP_START = array<u32, 17>(0u, 4u, 8u, 12u, 16u, 20u, 24u, 28u, 32u, 36u, 40u, 44u, 48u, 52u, 56u, 60u, 64u);
const GROUP_PAIR = array<u32, 64>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u, 32u, 33u, 34u, 35u, 36u, 37u, 38u, 39u, 40u, 41u, 42u, 43u, 44u, 45u, 46u, 47u, 48u, 49u, 50u, 51u, 52u, 53u, 54u, 55u, 56u, 57u, 58u, 59u, 60u, 61u, 62u, 63u);
// Lanes (a, b) of each pair within a head, and the position component that drives it.
const PAIR_LANES = array<vec2<u32>, 64>(vec2<u32>(0u, 1u), vec2<u32>(2u, 3u), vec2<u32>(4u, 5u), vec2<u32>(6u, 7u), vec2<u32>(8u, 9u), vec2<u32>(10u, 11u), vec2<u32>(12u, 13u), vec2<u32>(14u, 15u), vec2<u32>(16u, 17u), vec2<u32>(18u, 19u), vec2<u32>(20u, 21u), vec2<u32>(22u, 23u), vec2<u32>(24u, 25u), vec2<u32>(26u, 27u), vec2<u32>(28u, 29u), vec2<u32>(30u, 31u), vec2<u32>(32u, 33u), vec2<u32>(34u, 35u), vec2<u32>(36u, 37u), vec2<u32>(38u, 39u), vec2<u32>(40u, 41u), vec2<u32>(42u, 43u), vec2<u32>(44u, 45u), vec2<u32>(46u, 47u), vec2<u32>(48u, 49u), vec2<u32>(50u, 51u), vec2<u32>(52u, 53u), vec2<u32>(54u, 55u), vec2<u32>(56u, 57u), vec2<u32>(58u, 59u), vec2<u32>(60u, 61u), vec2<u32>(62u, 63u), vec2<u32>(64u, 65u), vec2<u32>(66u, 67u), vec2<u32>(68u, 69u), vec2<u32>(70u, 71u), vec2<u32>(72u, 73u), vec2<u32>(74u, 75u), vec2<u32>(76u, 77u), vec2<u32>(78u, 79u), vec2<u32>(80u, 81u), vec2<u32>(82u, 83u), vec2<u32>(84u, 85u), vec2<u32>(86u, 87u), vec2<u32>(88u, 89u), vec2<u32>(90u, 91u), vec2<u32>(92u, 93u), vec2<u32>(94u, 95u), vec2<u32>(96u, 97u), vec2<u32>(98u, 99u), vec2<u32>(100u, 101u), vec2<u32>(102u, 103u), vec2<u32>(104u, 105u), vec2<u32>(106u, 107u), vec2<u32>(108u, 109u), vec2<u32>(110u, 111u), vec2<u32>(112u, 113u), vec2<u32>(114u, 115u), vec2<u32>(116u, 117u), vec2<u32>(118u, 119u), vec2<u32>(120u, 121u), vec2<u32>(122u, 123u), vec2<u32>(124u, 125u), vec2<u32>(126u, 127u));
const PAIR_COMPONENT = array<u32, 64>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u);
// 16-byte access: LANES_PER_VECTOR lanes per vector. Groups g < VECTOR_GROUPS are one vector chunk
// each, either 'split' (lanes a… against b…, half style) or adjacent pairs inside one vector
// (interleaved); GROUP_VECTORS[g] = (vector of its a lanes, vector of its b lanes) within a head.
// Later groups (if any) are the scalar tail, each the only group touching its vectors.
const LANES_PER_VECTOR: u32 = 8u;
const VECTOR_GROUPS: u32 = 16u;
const GROUP_VECTORS = array<vec2<u32>, 16>(vec2<u32>(0u, 0u), vec2<u32>(1u, 1u), vec2<u32>(2u, 2u), vec2<u32>(3u, 3u), vec2<u32>(4u, 4u), vec2<u32>(5u, 5u), vec2<u32>(6u, 6u), vec2<u32>(7u, 7u), vec2<u32>(8u, 8u), vec2<u32>(9u, 9u), vec2<u32>(10u, 10u), vec2<u32>(11u, 11u), vec2<u32>(12u, 12u), vec2<u32>(13u, 13u), vec2<u32>(14u, 14u), vec2<u32>(15u, 15u));
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


// [batch, seq, heads, dim]: token flat = b · seq + s.
fn token_coords(flat: u32) -> vec2<u32> {
  return vec2<u32>(flat / params.seq, flat % params.seq);
}

fn head_base(bs: vec2<u32>, flat: u32, h: u32, heads: u32) -> u32 {
  return (flat * heads + h) * HEAD_DIM;
}



// Positions: a grid (t, h, w) with run-time sizes, last axis fastest, after 0 prefix
// token(s) that sit at position 0.
const GRID_PREFIX: u32 = 0u;
const GRID_AXES: u32 = 3u;
const GRID_STRIDE = array<i32, 3>(1, 1, 1);
const GRID_SHIFT = array<i32, 3>(0, 0, 0);
const GRID_SCALE = array<i32, 3>(1, 1, 1);

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
  return Pos((i32(i) * GRID_STRIDE[c] + GRID_SHIFT[c]) * GRID_SCALE[c], 0.0);

}


// ω_j / 2π in turns, split into hi + mid + lo f32 parts with 12, 12 and 24 significant bits: hi
// and mid times a whole number below 2^12 are exact in f32.
const TURNS_HI = array<f32, 64>(0.1591796875, 0.104705810546875, 0.06890869140625, 0.0453338623046875, 0.02982330322265625, 0.019622802734375, 0.012908935546875, 0.008495330810546875, 0.005588531494140625, 0.0036764144897460938, 0.0024194717407226562, 0.0015916824340820312, 0.0010471343994140625, 0.0006890296936035156, 0.0004532337188720703, 0.0002982616424560547, 0.00019621849060058594, 0.0001291036605834961, 0.00008493661880493164, 0.00005587935447692871, 0.00003676116466522217, 0.00002419203519821167, 0.1591796875, 0.1026611328125, 0.066192626953125, 0.042694091796875, 0.02753448486328125, 0.01776123046875, 0.011455535888671875, 0.0073871612548828125, 0.004764556884765625, 0.0030727386474609375, 0.0019817352294921875, 0.001277923583984375, 0.0008244514465332031, 0.0005316734313964844, 0.0003428459167480469, 0.00022113323211669922, 0.00014263391494750977, 0.00009199976921081543, 0.00005932152271270752, 0.00003826618194580078, 0.00002467632293701172, 0.1591796875, 0.1026611328125, 0.066192626953125, 0.042694091796875, 0.02753448486328125, 0.01776123046875, 0.011455535888671875, 0.0073871612548828125, 0.004764556884765625, 0.0030727386474609375, 0.0019817352294921875, 0.001277923583984375, 0.0008244514465332031, 0.0005316734313964844, 0.0003428459167480469, 0.00022113323211669922, 0.00014263391494750977, 0.00009199976921081543, 0.00005932152271270752, 0.00003826618194580078, 0.00002467632293701172);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000007513910531997681, -0.000014316290616989136, -0.000005964189767837524, -5.727633833885193e-7, -0.000001437496393918991, 6.12577423453331e-7, -0.0000017103739082813263, -2.962769940495491e-7, 2.711312845349312e-7, -4.580942913889885e-7, -1.3300450518727303e-7, -1.1500560503918678e-9, -8.594361133873463e-8, 4.5271008275449276e-8, -3.434251993894577e-8, -4.838511813431978e-9, -8.17817635834217e-9, -4.1256953409174457e-10, 2.9976945370435715e-9, 5.691617843694985e-9, -1.899024937301874e-9, -0.000024743378162384033, -0.000014681369066238403, 0.000008862465620040894, 0.000002337619662284851, 0.0000024354085326194763, -0.0000013853423297405243, -0.0000013825483620166779, 1.568114385008812e-7, -1.3061799108982086e-7, 6.222398951649666e-8, 5.7480065152049065e-8, 2.2706808522343636e-7, -1.1245720088481903e-7, -1.8735590856522322e-8, 4.3015461415052414e-8, 1.1845258995890617e-8, -7.132257451303303e-9, -1.3100361684337258e-8, 4.973117029294372e-9, -3.754394128918648e-9, 9.022187441587448e-10, -0.000024743378162384033, -0.000014681369066238403, 0.000008862465620040894, 0.000002337619662284851, 0.0000024354085326194763, -0.0000013853423297405243, -0.0000013825483620166779, 1.568114385008812e-7, -1.3061799108982086e-7, 6.222398951649666e-8, 5.7480065152049065e-8, 2.2706808522343636e-7, -1.1245720088481903e-7, -1.8735590856522322e-8, 4.3015461415052414e-8, 1.1845258995890617e-8, -7.132257451303303e-9, -1.3100361684337258e-8, 4.973117029294372e-9, -3.754394128918648e-9, 9.022187441587448e-10);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 4.71235439558626e-10, 4.1928438498928244e-10, 5.415380366358136e-10, 7.072177565792259e-11, 2.7711995892465424e-11, -2.8570080329304304e-12, 1.8777342181142131e-10, -1.0709149712850863e-11, -1.1514304266990738e-11, -2.731011597423283e-11, 1.3421095831911423e-12, -7.158748420443839e-14, 5.356996964078764e-12, -3.3157688834190013e-12, 5.363830907212375e-12, 5.68158204945074e-13, -1.1927233289563133e-12, 8.722582660498912e-15, -1.0709150715737872e-13, -1.8790259062248515e-13, 1.7937138997422067e-14, -1.0299422426029992e-9, 2.4832252920603537e-10, -1.483654976652815e-9, 2.4652388463941577e-10, 1.6357194765337368e-10, 2.060525083891207e-10, -1.072547814451319e-10, 3.74874610520326e-13, -2.695023891552406e-11, 2.301991063047293e-13, 2.0346424198236512e-12, -2.80198954316635e-11, 8.4866384753024e-12, 1.6447534523580942e-12, -1.722232165907167e-12, -1.0422934217102497e-12, -5.509731126202011e-13, 3.574741956439975e-13, 8.129062744124949e-13, -6.777916986347443e-13, -8.55211558579809e-14, -1.0299422426029992e-9, 2.4832252920603537e-10, -1.483654976652815e-9, 2.4652388463941577e-10, 1.6357194765337368e-10, 2.060525083891207e-10, -1.072547814451319e-10, 3.74874610520326e-13, -2.695023891552406e-11, 2.301991063047293e-13, 2.0346424198236512e-12, -2.80198954316635e-11, 8.4866384753024e-12, 1.6447534523580942e-12, -1.722232165907167e-12, -1.0422934217102497e-12, -5.509731126202011e-13, 3.574741956439975e-13, 8.129062744124949e-13, -6.777916986347443e-13, -8.55211558579809e-14);

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
    // Four interleaved pairs: word i holds (a_i, b_i), so lo is the a lanes and hi the b lanes.
    let cv = vec4<f32>(p0.x, p1.x, p2.x, p3.x);
    let sv = vec4<f32>(p0.y, p1.y, p2.y, p3.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let i = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR + v.x;
      let x = load_q(i);
      store_q(i, Lanes8(x.lo * cv - x.hi * sv, x.hi * cv + x.lo * sv));
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let i = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR + v.x;
      let x = load_k(i);
      store_k(i, Lanes8(x.lo * cv - x.hi * sv, x.hi * cv + x.lo * sv));
    }
  }
}

// Out of place: reads q_src and k_src, writes q and k (no copy pass). Invocation (token, g) for
// g < GROUPS rotates pair group g as above; every group also copies the pass-through lanes it
// owns (those sharing a storage word with its pairs, then copy-only groups for the rest), so each
// word of q and k is written by exactly one invocation.
const OUT_GROUPS: u32 = 16u;
const OUT_PAIR_START = array<u32, 17>(0u, 4u, 8u, 12u, 16u, 20u, 24u, 28u, 32u, 36u, 40u, 44u, 48u, 52u, 56u, 60u, 64u);

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
    // Four interleaved pairs: word i holds (a_i, b_i), so lo is the a lanes and hi the b lanes.
    let cv = vec4<f32>(p0.x, p1.x, p2.x, p3.x);
    let sv = vec4<f32>(p0.y, p1.y, p2.y, p3.y);
    for (var h = 0u; h < params.q_heads; h++) {
      let i = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR + v.x;
      let x = load_q_src(i);
      store_q(i, Lanes8(x.lo * cv - x.hi * sv, x.hi * cv + x.lo * sv));
    }
    for (var h = 0u; h < params.k_heads; h++) {
      let i = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR + v.x;
      let x = load_k_src(i);
      store_k(i, Lanes8(x.lo * cv - x.hi * sv, x.hi * cv + x.lo * sv));
    }
  }
}
