// Generated from spec/llama3_1_8b.rope (rope llama3_1_8b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: c5df89508cf22343
//
// rope llama3_1_8b: head_dim 128, 64 pairs in 8 groups; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions index + offset; ω constant; sincos computed; precision exact
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


// ω_j / 2π in turns, split into hi + mid + lo f32 parts with 12, 12 and 24 significant bits: hi
// and mid times a whole number below 2^12 are exact in f32.
const TURNS_HI = array<f32, 64>(0.1591796875, 0.129638671875, 0.105621337890625, 0.086029052734375, 0.070098876953125, 0.057098388671875, 0.0465087890625, 0.0378875732421875, 0.03086090087890625, 0.02513885498046875, 0.02048492431640625, 0.01668548583984375, 0.013591766357421875, 0.01107025146484375, 0.0090179443359375, 0.00734710693359375, 0.005985260009765625, 0.00487518310546875, 0.003971099853515625, 0.0032358169555664062, 0.002635955810546875, 0.0021467208862304688, 0.0017490386962890625, 0.0014247894287109375, 0.0011606216430664062, 0.0009455680847167969, 0.0007703304290771484, 0.0006275177001953125, 0.00051116943359375, 0.00034487247467041016, 0.00021833181381225586, 0.00013637542724609375, 0.00008353590965270996, 0.00004976987838745117, 0.000028409063816070557, 0.000015210360288619995, 0.000012390315532684326, 0.000010091811418533325, 0.000008221715688705444, 0.0000066980719566345215, 0.000005455687642097473, 0.0000044442713260650635, 0.0000036209821701049805, 0.0000029494985938072205, 0.0000024028122425079346, 0.000001957640051841736, 0.0000015944242477416992, 0.0000012987293303012848, 0.0000010579824447631836, 8.619390428066254e-7, 7.022172212600708e-7, 5.720648914575577e-7, 4.6589411795139313e-7, 3.795139491558075e-7, 3.0919909477233887e-7, 2.5192275643348694e-7, 2.051820047199726e-7, 1.6711419448256493e-7, 1.3614771887660027e-7, 1.1091469787061214e-7, 9.036739356815815e-8, 7.360358722507954e-8, 5.995389074087143e-8, 4.8836227506399155e-8);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000011686235666275024, -0.000005921348929405212, 0.0000070855021476745605, -0.000012356787919998169, -0.000004699453711509705, 7.133930921554565e-7, -1.3096723705530167e-7, 0.000002862885594367981, 0.000003298744559288025, -0.0000036926940083503723, -0.0000011217780411243439, -3.9569567888975143e-7, 0.0000015133991837501526, 0.0000013061799108982086, 1.2986129149794579e-7, -7.430207915604115e-8, 4.5227352529764175e-7, 6.76838681101799e-7, -3.3923424780368805e-7, -2.798624336719513e-7, 3.461027517914772e-7, -9.076757123693824e-10, 6.895788828842342e-9, 4.1996827349066734e-8, -7.147900760173798e-8, -1.126027200371027e-7, -8.498318493366241e-8, -5.1935785450041294e-8, -5.2023096941411495e-8, 1.183070708066225e-8, -1.920125214383006e-8, -4.0490704122930765e-9, -3.1222953111864626e-9, 1.3369572116062045e-9, -1.1759766493923962e-9, -6.518803274957463e-10, 1.0222720447927713e-9, 8.046185939747375e-11, -4.5508841139962897e-10, 3.064997144974768e-10, 2.7546320779947564e-10, -3.7778136174893007e-10, -9.183054316963535e-11, -1.7467982615926303e-10, -4.10068423661869e-10, -3.0965452424425166e-11, 9.092104846786242e-11, 5.891820364922751e-11, -4.0330405681743287e-11, -9.967493497242685e-11, -1.078319655789528e-10, 3.1960212254489306e-11, 3.745981302927248e-11, -9.976020010071807e-12, -5.196909569349373e-11, -3.721467578543525e-12, 2.7569058147491887e-11, 8.842704346534447e-12, 7.844835892001356e-13, -1.3731238368563936e-11, 6.408762409648716e-14, 4.9116266609416925e-12, 7.245759547913622e-12);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 1.3854493108311772e-9, 6.795366491729737e-10, 7.928424583525384e-10, 1.4225934874545487e-9, -8.716840582678742e-10, 1.5884564497081755e-11, -2.3591954778634516e-11, -3.597993847304082e-10, -1.5388747220956844e-10, -2.7078922437695496e-11, 1.6635139099552276e-10, -2.5549080212572406e-11, -1.1205215921794576e-10, -1.396838478218143e-10, -1.99448270399305e-12, 5.027236439636429e-12, 5.04145024338154e-11, -4.53989658366627e-11, -1.5808188091881448e-11, -4.9445787742019576e-11, 2.093255083157608e-11, -9.190434871464426e-14, 6.961421456647132e-13, 1.3463056624390957e-12, -8.443517152817437e-13, 2.5186417621642088e-12, 2.153806646920664e-13, 6.729243898218051e-12, -5.003527540209385e-12, -1.8141753290595863e-12, -3.626824968822051e-12, 3.0253577421035516e-13, -4.4572764262059555e-14, 9.267014781412508e-15, 2.172256142595353e-14, 1.8770588924334197e-14, -1.4239137484124004e-13, -3.76642347952455e-15, -3.378579629064425e-14, -4.271160926024378e-14, 3.167390259578226e-14, 4.828232133763724e-14, 8.114438415358742e-15, 2.293633253431463e-14, 5.379158964503687e-16, -6.737956936511301e-15, -1.1540662123046917e-14, -1.1936657649184827e-14, 6.281099128497853e-15, 3.7521674915057864e-15, -3.0059022423380675e-15, -2.9242285727067293e-15, 1.6243349659170745e-15, 1.4514304480314094e-15, -1.498868422363268e-15, -4.030147558229091e-16, 1.6814847023847957e-15, 8.662594304866705e-16, -8.204232748674085e-17, 1.0306211975828023e-15, 2.7596598119341122e-18, 4.688119839980475e-16, 8.45945674587381e-16);

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
