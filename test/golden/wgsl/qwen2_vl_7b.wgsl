// Generated from spec/qwen2_vl_7b.rope (rope qwen2_vl_7b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 0c60936e56d71abb
//
// rope qwen2_vl_7b: head_dim 128, 64 pairs in 8 groups; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions mrope from a segment table; ω constant; sincos computed; precision exact
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
const PAIR_COMPONENT = array<u32, 64>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u);
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
const TURNS_HI = array<f32, 64>(0.1591796875, 0.12823486328125, 0.103363037109375, 0.083282470703125, 0.067108154296875, 0.0540771484375, 0.0435791015625, 0.035125732421875, 0.0283050537109375, 0.02280426025390625, 0.01837921142578125, 0.01480865478515625, 0.011936187744140625, 0.009616851806640625, 0.0077495574951171875, 0.006244659423828125, 0.0050334930419921875, 0.004055023193359375, 0.0032682418823242188, 0.0026340484619140625, 0.0021219253540039062, 0.0017104148864746094, 0.0013780593872070312, 0.0011105537414550781, 0.0008950233459472656, 0.0007212162017822266, 0.0005812644958496094, 0.00046837329864501953, 0.00037741661071777344, 0.00030410289764404297, 0.00024509429931640625, 0.00019752979278564453, 0.00015914440155029297, 0.00012826919555664062, 0.00010335445404052734, 0.0000832974910736084, 0.00006711483001708984, 0.00005409121513366699, 0.000043585896492004395, 0.000035122036933898926, 0.000028304755687713623, 0.000022806227207183838, 0.000018380582332611084, 0.00001481175422668457, 0.000011935830116271973, 0.000009618699550628662, 0.000007748603820800781, 0.000006245449185371399, 0.000005032867193222046, 0.0000040549784898757935, 0.000003268010914325714, 0.0000026337802410125732, 0.0000021224841475486755, 0.0000017103739082813263, 0.0000013783574104309082, 0.0000011106021702289581, 8.950009942054749e-7, 7.213093340396881e-7, 5.811452865600586e-7, 4.6833883970975876e-7, 3.7741847336292267e-7, 3.0419323593378067e-7, 2.450542524456978e-7, 1.974985934793949e-7);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000018902122974395752, -0.000010740011930465698, 0.000003170222043991089, 0.00000692903995513916, 0.000007016584277153015, 0.000004200264811515808, -0.000004468485713005066, -0.0000028582289814949036, 0.000002843327820301056, -2.8533395379781723e-7, 0.0000018593855202198029, -0.0000012507662177085876, 8.239876478910446e-7, 7.713679224252701e-7, 8.826609700918198e-7, -5.718320608139038e-7, 7.171183824539185e-7, 4.470348358154297e-8, -3.2526440918445587e-7, 4.3993350118398666e-7, -1.234002411365509e-7, 1.6565900295972824e-7, 7.811468094587326e-8, -2.932938514277339e-8, 7.734342943876982e-9, -7.182825356721878e-8, -2.371962182223797e-8, -7.635208021383733e-10, 3.472086973488331e-8, -7.3814589995890856e-9, -2.8412614483386278e-8, 1.0542862582951784e-8, -1.5425030142068863e-8, -2.1573214326053858e-9, -1.1848896974697709e-8, 2.5295321393059567e-10, -7.05040292814374e-9, -2.5947883841581643e-9, -7.735252438578755e-10, -2.560227585490793e-9, 8.762981451582164e-10, -1.6561898519285023e-9, -1.2400960258673877e-9, -8.931237971410155e-10, -1.0236362868454307e-9, 1.7248567019123584e-9, 9.279688129026908e-11, 5.4015458772482816e-11, 7.617018127348274e-10, 2.7569058147491887e-10, -5.702815997210564e-11, -1.1885958883794956e-10, -8.242295734817162e-11, -1.3238832252682187e-10, 2.970068635477219e-11, -6.977529665164184e-12, -8.540723683836404e-11, 4.739320047519868e-11, 1.0736300737335114e-11, -2.6263435870532703e-12, -5.562128535530064e-11, 3.2670754990249407e-11, 2.7853275241795927e-12);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 2.1300026187276444e-9, -4.790104979335297e-10, -1.0799648675341444e-10, -3.316028840405494e-10, 2.9894861586221566e-10, 2.7799582080767493e-10, -4.177515555703337e-10, 3.4866740050709666e-10, -1.7512309657963243e-10, 1.3852214514331607e-11, -1.4896894828808627e-10, 4.320196977936064e-11, -3.438973411595825e-11, 1.2497792731269719e-11, -1.0786416898556084e-10, 5.173301023675414e-13, -7.268267931959116e-11, 1.4278990316529683e-12, 1.6184645637573603e-11, -1.1027324019197149e-11, -8.60762763149614e-12, -2.017016241528946e-11, 1.4075536743096695e-11, -4.732126149264992e-13, -1.6664816228362245e-13, 6.8227203400827996e-12, -2.758635117214303e-12, -2.2773558212840772e-14, -6.531069088322461e-12, 7.632918819569512e-13, -1.4781371656183429e-12, -1.3209805428335275e-12, -2.992271361246246e-12, -1.0066067716776178e-13, -1.3594611547596003e-12, 3.492348012341939e-14, 5.899869351747022e-13, 4.016870928762184e-13, 1.0975538511891203e-13, 3.7049527400016824e-13, -9.872555247272818e-14, -3.707948729417439e-14, -1.0895119170999806e-13, 2.865005596045661e-14, -1.5444304092993716e-13, 1.9803471742237816e-13, -5.318641001521209e-15, 1.7678856628947602e-15, 4.737061911892597e-14, -1.7671489136372384e-14, 8.369219149629258e-16, -1.148207200705239e-14, -7.698132733211568e-15, 3.931447096989843e-15, -7.037522420285519e-16, -5.868996000318481e-16, 9.15567230049593e-15, -5.341771353728356e-15, 2.540659972817105e-16, 1.5486208083443807e-16, -2.6657168700617954e-15, -4.5799893079998856e-15, -1.1389514705202662e-16);

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
