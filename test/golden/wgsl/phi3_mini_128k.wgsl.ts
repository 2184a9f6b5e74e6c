// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: d82fdb4842def8d8
//
// Host code for the WGSL kernel of rope phi3_mini_128k: creates the pipeline on a GPUDevice and records
// dispatches on GPUBuffers, in place or out of place. Every argument is checked before anything is
// recorded; a bad one throws RopeArgumentError naming the argument and what was expected.
// Self-contained: it needs only @webgpu/types.
/// <reference types="@webgpu/types" />

/** The shader (the same text as phi3_mini_128k.wgsl). */
export const WGSL: string = "// Generated from spec/phi3_mini_128k.rope (rope phi3_mini_128k) by ropec 0.1.0 for wgsl. Do not edit.\n// spec-hash: d82fdb4842def8d8\n//\n// rope phi3_mini_128k: head_dim 96, 48 pairs in 6 groups; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions index + offset; ω from seq_len (select); sincos computed; precision exact\n// One invocation per (token, pair group): the position and sin/cos of each pair are computed once,\n// then every head of q and of k is rotated with them, in place. A group is one vector chunk or a\n// tail group that owns every 16-byte vector it touches, so no two invocations ever write the\n// same vector.\n// Threads are numbered row-major over a 2D dispatch: thread = gid.y · params.row_threads + gid.x.\n\nstruct Params {\n  tokens: u32,\n  batch: u32,\n  seq: u32,\n  q_heads: u32,\n  k_heads: u32,\n  row_threads: u32,\n  offset: i32,\n}\n\n// A position as whole + fraction, so that whole numbers up to 2^31 stay exact.\nstruct Pos {\n  whole: i32,\n  frac: f32,\n}\n\n@group(0) @binding(0) var<uniform> params: Params;\n@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;\n@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;\n@group(0) @binding(3) var<storage, read> omega: array<vec4<f32>>;\n@group(0) @binding(4) var<storage, read> q_src: array<vec4<u32>>;\n@group(0) @binding(5) var<storage, read> k_src: array<vec4<u32>>;\n\nconst HEAD_DIM: u32 = 96u;\nconst GROUPS: u32 = 6u;\n// Pairs of group g: GROUP_PAIR[GROUP_START[g] .. GROUP_START[g + 1]].\nconst GROUP_START = array<u32, 7>(0u, 8u, 16u, 24u, 32u, 40u, 48u);\nconst GROUP_PAIR = array<u32, 48>(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u, 29u, 30u, 31u, 32u, 33u, 34u, 35u, 36u, 37u, 38u, 39u, 40u, 41u, 42u, 43u, 44u, 45u, 46u, 47u);\n// Lanes (a, b) of each pair within a head, and the position component that drives it.\nconst PAIR_LANES = array<vec2<u32>, 48>(vec2<u32>(0u, 48u), vec2<u32>(1u, 49u), vec2<u32>(2u, 50u), vec2<u32>(3u, 51u), vec2<u32>(4u, 52u), vec2<u32>(5u, 53u), vec2<u32>(6u, 54u), vec2<u32>(7u, 55u), vec2<u32>(8u, 56u), vec2<u32>(9u, 57u), vec2<u32>(10u, 58u), vec2<u32>(11u, 59u), vec2<u32>(12u, 60u), vec2<u32>(13u, 61u), vec2<u32>(14u, 62u), vec2<u32>(15u, 63u), vec2<u32>(16u, 64u), vec2<u32>(17u, 65u), vec2<u32>(18u, 66u), vec2<u32>(19u, 67u), vec2<u32>(20u, 68u), vec2<u32>(21u, 69u), vec2<u32>(22u, 70u), vec2<u32>(23u, 71u), vec2<u32>(24u, 72u), vec2<u32>(25u, 73u), vec2<u32>(26u, 74u), vec2<u32>(27u, 75u), vec2<u32>(28u, 76u), vec2<u32>(29u, 77u), vec2<u32>(30u, 78u), vec2<u32>(31u, 79u), vec2<u32>(32u, 80u), vec2<u32>(33u, 81u), vec2<u32>(34u, 82u), vec2<u32>(35u, 83u), vec2<u32>(36u, 84u), vec2<u32>(37u, 85u), vec2<u32>(38u, 86u), vec2<u32>(39u, 87u), vec2<u32>(40u, 88u), vec2<u32>(41u, 89u), vec2<u32>(42u, 90u), vec2<u32>(43u, 91u), vec2<u32>(44u, 92u), vec2<u32>(45u, 93u), vec2<u32>(46u, 94u), vec2<u32>(47u, 95u));\nconst PAIR_COMPONENT = array<u32, 48>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u);\n// 16-byte access: LANES_PER_VECTOR lanes per vector. Groups g < VECTOR_GROUPS are one vector chunk\n// each, either 'split' (lanes a… against b…, half style) or adjacent pairs inside one vector\n// (interleaved); GROUP_VECTORS[g] = (vector of its a lanes, vector of its b lanes) within a head.\n// Later groups (if any) are the scalar tail, each the only group touching its vectors.\nconst LANES_PER_VECTOR: u32 = 8u;\nconst VECTOR_GROUPS: u32 = 6u;\nconst GROUP_VECTORS = array<vec2<u32>, 6>(vec2<u32>(0u, 6u), vec2<u32>(1u, 7u), vec2<u32>(2u, 8u), vec2<u32>(3u, 9u), vec2<u32>(4u, 10u), vec2<u32>(5u, 11u));\n// cos·m and sin·m·direction: m = attention factor, direction = ±1 (inverse rotates by −φ).\nconst COS_SCALE: f32 = 1.190238118171692;\nconst SIN_SCALE: f32 = 1.190238118171692;\nconst TWO_PI: f32 = 6.2831853071795864769;\n\n// Storage: bf16 as 16-byte vectors of four u32 words, two values per word (element 2i in bits\n// 0–15): vector i = elements 8i … 8i + 7. In registers a vector is its even lanes (lo) and its\n// odd lanes (hi) as f32, so the rotation works on whole vec4s.\nstruct Lanes8 {\n  lo: vec4<f32>,\n  hi: vec4<f32>,\n}\n\n// A bf16 is the top half of an f32. f32 → bf16 rounds to nearest even; a NaN stays a (quiet) NaN.\nfn bf16_bits4(v: vec4<f32>) -> vec4<u32> {\n  let x = bitcast<vec4<u32>>(v);\n  let rounded = (x + vec4<u32>(0x7fffu) + ((x >> vec4<u32>(16u)) & vec4<u32>(1u))) >> vec4<u32>(16u);\n  let nan = (x >> vec4<u32>(16u)) | vec4<u32>(0x0040u);\n  return select(rounded, nan, (x & vec4<u32>(0x7fffffffu)) > vec4<u32>(0x7f800000u));\n}\n\nfn decode8(w: vec4<u32>) -> Lanes8 {\n  return Lanes8(bitcast<vec4<f32>>(w << vec4<u32>(16u)), bitcast<vec4<f32>>(w & vec4<u32>(0xffff0000u)));\n}\n\nfn encode8(v: Lanes8) -> vec4<u32> {\n  return bf16_bits4(v.lo) | (bf16_bits4(v.hi) << vec4<u32>(16u));\n}\n\nfn load_q(i: u32) -> Lanes8 {\n  if (i >= arrayLength(&q)) {\n    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));\n  }\n  return decode8(q[i]);\n}\n\nfn load_k(i: u32) -> Lanes8 {\n  if (i >= arrayLength(&k)) {\n    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));\n  }\n  return decode8(k[i]);\n}\n\nfn load_q_src(i: u32) -> Lanes8 {\n  if (i >= arrayLength(&q_src)) {\n    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));\n  }\n  return decode8(q_src[i]);\n}\n\nfn load_k_src(i: u32) -> Lanes8 {\n  if (i >= arrayLength(&k_src)) {\n    return Lanes8(vec4<f32>(0.0), vec4<f32>(0.0));\n  }\n  return decode8(k_src[i]);\n}\n\nfn store_q(i: u32, v: Lanes8) {\n  if (i < arrayLength(&q)) {\n    q[i] = encode8(v);\n  }\n}\n\nfn copy_q(i: u32) {\n  if (i < arrayLength(&q) && i < arrayLength(&q_src)) {\n    q[i] = q_src[i];\n  }\n}\n\nfn store_k(i: u32, v: Lanes8) {\n  if (i < arrayLength(&k)) {\n    k[i] = encode8(v);\n  }\n}\n\nfn copy_k(i: u32) {\n  if (i < arrayLength(&k) && i < arrayLength(&k_src)) {\n    k[i] = k_src[i];\n  }\n}\n\n\n// One sequence of params.tokens tokens: (sequence, position in sequence) = (0, flat).\nfn token_coords(flat: u32) -> vec2<u32> {\n  return vec2<u32>(0u, flat);\n}\n\nfn head_base(bs: vec2<u32>, flat: u32, h: u32, heads: u32) -> u32 {\n  return (flat * heads + h) * HEAD_DIM;\n}\n\n\n// Positions: the token's index in its sequence plus the run-time offset (e.g. the KV-cache length).\nfn token_position(bs: vec2<u32>, flat: u32, c: u32) -> Pos {\n  return Pos(i32(bs.y) + params.offset, 0.0);\n}\n\n\n// ω depends on seq_len: the host writes omega[j] = (hi, mid, lo, ω) with ω_j / 2π = hi + mid + lo\n// (12, 12 and 24 significant bits).\nfn pair_turns(j: u32) -> vec3<f32> {\n  if (j >= arrayLength(&omega)) {\n    return vec3<f32>(0.0);\n  }\n  return omega[j].xyz;\n}\n\n\nfn reduce_turns(x: f32) -> f32 {\n  return x - round(x);\n}\n\n// precision exact, step 1: p·ω/2π modulo 1 turn without rounding the big products. With\n// p = a·2^24 + b·2^12 + c + frac (a, b, c whole, b and c below 2^12) and ω/2π = hi + mid + lo,\n// the six products of a·2^24, b·2^12, c with hi and mid are exact in f32; each is reduced modulo\n// 1 (exactly) and the small remaining terms are added: the result is in [−½, ½] turn.\nfn pair_turns_reduced(p: Pos, j: u32) -> f32 {\n  let r = pair_turns(j);\n  let a = f32(p.whole >> 24u) * 16777216.0;\n  let b = f32((p.whole >> 12u) & 4095) * 4096.0;\n  let c = f32(p.whole & 4095);\n  var t = reduce_turns(a * r.x);\n  t = reduce_turns(t + reduce_turns(a * r.y));\n  t = reduce_turns(t + reduce_turns(b * r.x));\n  t = reduce_turns(t + reduce_turns(b * r.y));\n  t = reduce_turns(t + reduce_turns(c * r.x));\n  t = reduce_turns(t + reduce_turns(c * r.y));\n  let small = reduce_turns(a * r.z) + reduce_turns(b * r.z) + reduce_turns(c * r.z) + reduce_turns(p.frac * (r.x + r.y + r.z));\n  return reduce_turns(t + small);\n}\n\n// precision exact, step 2: cos and sin of t turns. WGSL promises only 2^-11 absolute accuracy for\n// its sin and cos even inside [−π, π] (SwiftShader is that coarse), so they are evaluated here:\n// t = q/4 + r with q = round(4t) (exact), x = 2π·r in [−π/4, π/4], Taylor polynomials to x^9 and\n// x^10 (truncation below 3e-8), then a quarter-turn rotation by q.\nfn sincos_turns(t: f32) -> vec2<f32> {\n  let q = round(4.0 * t);\n  let x = (t - 0.25 * q) * TWO_PI;\n  let x2 = x * x;\n  let s = x * (1.0 + x2 * (-1.6666666666666666e-1 + x2 * (8.333333333333333e-3 + x2 * (-1.984126984126984e-4 + x2 * 2.7557319223985893e-6))));\n  let c = 1.0 + x2 * (-0.5 + x2 * (4.1666666666666664e-2 + x2 * (-1.388888888888889e-3 + x2 * (2.48015873015873e-5 + x2 * -2.755731922398589e-7))));\n  let quadrant = i32(q) & 3;\n  if (quadrant == 1) {\n    return vec2<f32>(-s, c);\n  }\n  if (quadrant == 2) {\n    return vec2<f32>(-c, -s);\n  }\n  if (quadrant == 3) {\n    return vec2<f32>(s, -c);\n  }\n  return vec2<f32>(c, s);\n}\n\nfn computed_sincos(p: Pos, j: u32) -> vec2<f32> {\n  return sincos_turns(pair_turns_reduced(p, j));\n}\n\n\nfn pair_sincos(p: Pos, j: u32) -> vec2<f32> {\n  return computed_sincos(p, j);\n}\n\n\n// cos·m and sin·m·direction of pair j at this token (vector chunks gather them per pair).\nfn scaled_sincos(bs: vec2<u32>, flat: u32, j: u32) -> vec2<f32> {\n  let cs = pair_sincos(token_position(bs, flat, PAIR_COMPONENT[j]), j);\n  return vec2<f32>(cs.x * COS_SCALE, cs.y * SIN_SCALE);\n}\n\n@compute @workgroup_size(64)\nfn rope(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let thread = gid.y * params.row_threads + gid.x;\n  if (thread >= params.tokens * GROUPS) {\n    return;\n  }\n  let flat = thread / GROUPS;\n  let group = thread % GROUPS;\n  let bs = token_coords(flat);\n  if (group < VECTOR_GROUPS) {\n    // The group's pairs are GROUP_PAIR[first …]; their cos and sin are computed once, for every head.\n    let first = GROUP_START[group];\n    let v = GROUP_VECTORS[group];\n    let p0 = scaled_sincos(bs, flat, GROUP_PAIR[first + 0u]);\n    let p1 = scaled_sincos(bs, flat, GROUP_PAIR[first + 1u]);\n    let p2 = scaled_sincos(bs, flat, GROUP_PAIR[first + 2u]);\n    let p3 = scaled_sincos(bs, flat, GROUP_PAIR[first + 3u]);\n    let p4 = scaled_sincos(bs, flat, GROUP_PAIR[first + 4u]);\n    let p5 = scaled_sincos(bs, flat, GROUP_PAIR[first + 5u]);\n    let p6 = scaled_sincos(bs, flat, GROUP_PAIR[first + 6u]);\n    let p7 = scaled_sincos(bs, flat, GROUP_PAIR[first + 7u]);\n    // Eight pairs: lanes a … a+7 against b … b+7; even pairs sit in lo, odd pairs in hi.\n    let ce = vec4<f32>(p0.x, p2.x, p4.x, p6.x);\n    let co = vec4<f32>(p1.x, p3.x, p5.x, p7.x);\n    let se = vec4<f32>(p0.y, p2.y, p4.y, p6.y);\n    let so = vec4<f32>(p1.y, p3.y, p5.y, p7.y);\n    for (var h = 0u; h < params.q_heads; h++) {\n      let base = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR;\n      let a = load_q(base + v.x);\n      let b = load_q(base + v.y);\n      store_q(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));\n      store_q(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));\n    }\n    for (var h = 0u; h < params.k_heads; h++) {\n      let base = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR;\n      let a = load_k(base + v.x);\n      let b = load_k(base + v.y);\n      store_k(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));\n      store_k(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));\n    }\n  }\n}\n\n// Out of place: reads q_src and k_src, writes q and k (no copy pass). Invocation (token, g) for\n// g < GROUPS rotates pair group g as above; every group also copies the pass-through lanes it\n// owns (those sharing a storage word with its pairs, then copy-only groups for the rest), so each\n// word of q and k is written by exactly one invocation.\nconst OUT_GROUPS: u32 = 6u;\nconst OUT_PAIR_START = array<u32, 7>(0u, 8u, 16u, 24u, 32u, 40u, 48u);\n\n@compute @workgroup_size(64)\nfn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let thread = gid.y * params.row_threads + gid.x;\n  if (thread >= params.tokens * OUT_GROUPS) {\n    return;\n  }\n  let flat = thread / OUT_GROUPS;\n  let group = thread % OUT_GROUPS;\n  let bs = token_coords(flat);\n  if (group < VECTOR_GROUPS) {\n    // The group's pairs are GROUP_PAIR[first …]; their cos and sin are computed once, for every head.\n    let first = OUT_PAIR_START[group];\n    let v = GROUP_VECTORS[group];\n    let p0 = scaled_sincos(bs, flat, GROUP_PAIR[first + 0u]);\n    let p1 = scaled_sincos(bs, flat, GROUP_PAIR[first + 1u]);\n    let p2 = scaled_sincos(bs, flat, GROUP_PAIR[first + 2u]);\n    let p3 = scaled_sincos(bs, flat, GROUP_PAIR[first + 3u]);\n    let p4 = scaled_sincos(bs, flat, GROUP_PAIR[first + 4u]);\n    let p5 = scaled_sincos(bs, flat, GROUP_PAIR[first + 5u]);\n    let p6 = scaled_sincos(bs, flat, GROUP_PAIR[first + 6u]);\n    let p7 = scaled_sincos(bs, flat, GROUP_PAIR[first + 7u]);\n    // Eight pairs: lanes a … a+7 against b … b+7; even pairs sit in lo, odd pairs in hi.\n    let ce = vec4<f32>(p0.x, p2.x, p4.x, p6.x);\n    let co = vec4<f32>(p1.x, p3.x, p5.x, p7.x);\n    let se = vec4<f32>(p0.y, p2.y, p4.y, p6.y);\n    let so = vec4<f32>(p1.y, p3.y, p5.y, p7.y);\n    for (var h = 0u; h < params.q_heads; h++) {\n      let base = head_base(bs, flat, h, params.q_heads) / LANES_PER_VECTOR;\n      let a = load_q_src(base + v.x);\n      let b = load_q_src(base + v.y);\n      store_q(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));\n      store_q(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));\n    }\n    for (var h = 0u; h < params.k_heads; h++) {\n      let base = head_base(bs, flat, h, params.k_heads) / LANES_PER_VECTOR;\n      let a = load_k_src(base + v.x);\n      let b = load_k_src(base + v.y);\n      store_k(base + v.x, Lanes8(a.lo * ce - b.lo * se, a.hi * co - b.hi * so));\n      store_k(base + v.y, Lanes8(b.lo * ce + a.lo * se, b.hi * co + a.hi * so));\n    }\n  }\n}\n";
/**
 * The native-f16 variant (q and k as array<f16>, `enable f16`), emitted for `dtype f16 native`;
 * createKernel uses it when the device has the 'shader-f16' feature. null when the spec has none.
 */
export const WGSL_F16: string | null = null;
export const ENTRY_POINT = 'rope';
/** Out of place: reads q_src, k_src (the inputs) and writes q, k (the outputs). */
export const OUT_OF_PLACE_ENTRY_POINT = 'rope_out_of_place';
export const WORKGROUP_SIZE = 64;

/** Run-time sizes (the same keys as ropec's RopeSizes). */
export interface Sizes {
  /** number of tokens (all sequences together) */
  tokens: number;
  /** fixed by the spec: 32 */
  q_heads?: number;
  /** fixed by the spec: 32 */
  k_heads?: number;
  /** added to every token index (default 0) */
  offset?: number;
  /** the sequence length the scaling depends on */
  seq_len: number;
}

export interface Args {
  /** [tokens, q_heads, 96], bf16. */
  q: GPUBuffer;
  /** [tokens, k_heads, 96], bf16. */
  k: GPUBuffer;
  /** Out of place: the rotated q and k are written here and q, k are left as they are. Give both or neither. */
  qOut?: GPUBuffer;
  kOut?: GPUBuffer;
  sizes: Sizes;
}

export class RopeArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RopeArgumentError';
  }
}

export interface KernelOptions {
  /**
   * Which shader stores f16: 'auto' (default) = native when the spec asks for it and the device
   * has 'shader-f16', else packed; 'native' = require it (throws if unavailable); 'packed' = the
   * shader that runs everywhere.
   */
  f16?: 'auto' | 'native' | 'packed';
}

export interface RopeKernel {
  /** The shader in use: 'native' = WGSL_F16, 'packed' = WGSL. */
  readonly storage: 'packed' | 'native';
  readonly module: GPUShaderModule;
  readonly pipeline: GPUComputePipeline;
  /** Records the rotation into `encoder`: one compute pass, in place or (with qOut, kOut) out of place. */
  encode(encoder: GPUCommandEncoder, args: Args): void;
  /** encode + submit on the device's queue. */
  run(args: Args): void;
}

type Layout = 'thd' | 'bshd' | 'bhsd';
type Positions =
  | { kind: 'index'; offset: 'none' | 'scalar' | 'per_sequence'; packed: boolean }
  | { kind: 'tensor'; element: 'i32' | 'f32'; components: number; source: string }
  | { kind: 'segments'; components: number; source: string }
  | { kind: 'grid'; axes: string[]; prefix: number; packed: boolean; integral: boolean; stride: number[]; shift: number[]; scale: number[] };
type Omega =
  | { kind: 'static'; omega: number[] }
  | { kind: 'ntk_dynamic'; base: number[]; expo: number[]; factor: number; original: number }
  | { kind: 'select'; short: number[]; long: number[]; threshold: number };

interface SpecConfig {
  name: string;
  headDim: number;
  pairs: number;
  groups: number;
  nativeGroups: number | null;
  /** Invocations per token of the out-of-place entry point (packed, native). */
  outGroups: number;
  nativeOutGroups: number | null;
  layout: Layout;
  dtype: 'f32' | 'f16' | 'bf16';
  bytesPerElement: number;
  qHeads: number | null;
  kHeads: number | null;
  positions: Positions;
  omega: Omega;
  table: { maxPositions: number } | null;
  uniform: { size: number; fields: { name: string; type: 'u32' | 'i32'; offset: number }[] };
  bindings: Record<string, number>;
}

const SPEC: SpecConfig = {
  "name": "phi3_mini_128k",
  "headDim": 96,
  "pairs": 48,
  "groups": 6,
  "nativeGroups": null,
  "outGroups": 6,
  "nativeOutGroups": null,
  "layout": "thd",
  "dtype": "bf16",
  "bytesPerElement": 2,
  "qHeads": 32,
  "kHeads": 32,
  "positions": {
    "kind": "index",
    "offset": "scalar",
    "packed": false
  },
  "omega": {
    "kind": "select",
    "short": [
      0.9090909090909091,
      0.7503674411527441,
      0.6193564264163283,
      0.43257025014642225,
      0.343821395082428,
      0.28379161848572493,
      0.22587697572631277,
      0.16839723972145393,
      0.10772173450159415,
      0.08891397050194609,
      0.07338996338110344,
      0.060576382931429404,
      0.04999999999999998,
      0.04127020926340091,
      0.034064603452898044,
      0.028117066259517442,
      0.023207944168063883,
      0.019155934247786426,
      0.01581138830084189,
      0.013050786078412683,
      0.010772173450159413,
      0.00889139705019461,
      0.0073389963381103466,
      0.006057638293142938,
      0.0049999999999999975,
      0.004026361879356184,
      0.003323375946624201,
      0.0027431284155626776,
      0.002264189674933061,
      0.0018688716339303841,
      0.0015425744683748186,
      0.001242932007467874,
      0.0010259212809675638,
      0.0008271067023436849,
      0.000652355230054253,
      0.0005384567371682616,
      0.00044444444444444447,
      0.0003668463045635636,
      0.0003027964751368718,
      0.00023430888549597884,
      0.00018945260545358278,
      0.0001532474739822916,
      0.00011712139482105118,
      0.00009667248946972361,
      0.00007834307963752313,
      0.00006350997892996158,
      0.00005061376784903691,
      0.00003972221831569147
    ],
    "long": [
      0.9345793934386541,
      0.7369680194231081,
      0.5924278984196025,
      0.3960150297080777,
      0.2956426134379309,
      0.2128437195027268,
      0.1484637485554114,
      0.12254259941821527,
      0.07157590355009615,
      0.030089328468265574,
      0.02111941305322222,
      0.013357525600939698,
      0.010070493144685739,
      0.00770685511043965,
      0.006121222480258562,
      0.0038490166899719314,
      0.0030120630543971003,
      0.0019339661548925908,
      0.0008482504730994044,
      0.0006818592734893711,
      0.0005581437241445225,
      0.0004432401017695396,
      0.0003177054377030438,
      0.00023783421865666255,
      0.00018635852789104212,
      0.00015024452284257428,
      0.00011974048150871716,
      0.00009816145338715407,
      0.00007737608247778205,
      0.00006294318041029944,
      0.000051936498693567024,
      0.000042292085463453555,
      0.00003424227541107572,
      0.000028245759664561977,
      0.000023145058546552598,
      0.00001898428591047414,
      0.000015664799675402863,
      0.000012917649791797955,
      0.000010655611598078389,
      0.000008777339834600755,
      0.000007239547588904725,
      0.000005974620810737978,
      0.000004929171048150522,
      0.00000406602320459845,
      0.0000033535004207741453,
      0.0000027538476850788667,
      0.0000022689738943070005,
      0.00000187079619929597
    ],
    "threshold": 4096
  },
  "table": null,
  "uniform": {
    "size": 32,
    "fields": [
      {
        "name": "tokens",
        "type": "u32",
        "offset": 0
      },
      {
        "name": "batch",
        "type": "u32",
        "offset": 4
      },
      {
        "name": "seq",
        "type": "u32",
        "offset": 8
      },
      {
        "name": "q_heads",
        "type": "u32",
        "offset": 12
      },
      {
        "name": "k_heads",
        "type": "u32",
        "offset": 16
      },
      {
        "name": "row_threads",
        "type": "u32",
        "offset": 20
      },
      {
        "name": "offset",
        "type": "i32",
        "offset": 24
      }
    ]
  },
  "bindings": {
    "params": 0,
    "q": 1,
    "k": 2,
    "omega": 3,
    "q_src": 4,
    "k_src": 5
  }
};

const MAX_WORKGROUPS = 65535;

interface Resolved {
  batch: number;
  seq: number;
  tokens: number;
  qHeads: number;
  kHeads: number;
  offset: number;
  grid: number[];
  /** grid(…) packed: each sequence's grid sizes, [batch, axes]. */
  gridSizes: Uint32Array | undefined;
  seqLen: number | undefined;
  cuSeqlens: Uint32Array | undefined;
  offsets: Int32Array | undefined;
}

function isSize(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2 ** 32 - 1;
}

function needSize(sizes: Sizes, name: string, why: string): number {
  const v = (sizes as unknown as Record<string, unknown>)[name];
  if (v === undefined) throw new RopeArgumentError(`sizes.${name}: missing; ${why}`);
  if (!isSize(v)) throw new RopeArgumentError(`sizes.${name}: expected a whole number ≥ 0, got ${String(v)}`);
  return v;
}

function checkCuSeqlens(cu: ArrayLike<number>, tokens: number): Uint32Array {
  if (cu.length < 2) throw new RopeArgumentError(`cu_seqlens: expected shape [batch + 1] with batch ≥ 1, got length ${cu.length}`);
  if (cu[0] !== 0) throw new RopeArgumentError(`cu_seqlens: must start at 0, got ${cu[0]}`);
  for (let i = 1; i < cu.length; i++) {
    if (!Number.isInteger(cu[i]) || cu[i] < cu[i - 1]) {
      throw new RopeArgumentError(`cu_seqlens: must be non-decreasing whole numbers; entry ${i} is ${cu[i]} after ${cu[i - 1]}`);
    }
  }
  if (cu[cu.length - 1] !== tokens) throw new RopeArgumentError(`cu_seqlens: must end at tokens = ${tokens}, got ${cu[cu.length - 1]}`);
  return Uint32Array.from(cu);
}

/** grid(…) packed: [batch, axes] whole numbers below 2^31, each row's cells + prefix = its sequence's length. */
function checkGridSizes(given: ArrayLike<number> | undefined, axes: string[], prefix: number, cu: Uint32Array): Uint32Array {
  const batch = cu.length - 1;
  const n = axes.length;
  const shape = `[batch, ${n}] = [${batch}, ${n}] (one row of ${axes.join(', ')} sizes per sequence)`;
  if (!given) throw new RopeArgumentError(`grid_sizes: missing; packed grids need grid_sizes of shape ${shape}`);
  if (given.length !== batch * n) throw new RopeArgumentError(`grid_sizes: expected shape ${shape}, got length ${given.length}`);
  for (let b = 0; b < batch; b++) {
    let cells = 1;
    for (let a = 0; a < n; a++) {
      const v = given[b * n + a];
      if (!(Number.isInteger(v) && v >= 0 && v < 2 ** 31)) {
        throw new RopeArgumentError(`grid_sizes: entry [${b}, ${a}] (axis '${axes[a]}') must be a whole number in [0, 2^31), got ${v}`);
      }
      cells *= v;
    }
    if (cu[b + 1] - cu[b] !== prefix + cells) {
      const row = Array.from({ length: n }, (_, a) => given[b * n + a]);
      throw new RopeArgumentError(
        `grid_sizes: sequence ${b} holds ${cu[b + 1] - cu[b]} tokens (cu_seqlens), but prefix + ${axes.join('·')} = ${prefix} + ${row.join('·')} = ${prefix + cells}`);
    }
  }
  return Uint32Array.from(given);
}

const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;

/**
 * Whole-number positions are i32 in the shader: refuses sizes whose positions (or the integer grid
 * map's intermediate i·stride, i·stride + shift) would leave the i32 range and wrap.
 */
function checkPositionRange(pos: Positions, seq: number, offset: number, offsets: Int32Array | undefined,
  cu: Uint32Array | undefined, grid: number[], gridSizes: Uint32Array | undefined): void {
  const length = (b: number) => (cu ? cu[b + 1] - cu[b] : seq);
  if (pos.kind === 'index' && pos.offset === 'scalar' && seq > 0 && offset + seq - 1 > I32_MAX) {
    throw new RopeArgumentError(`sizes.offset: positions reach ${seq - 1} + ${offset} = ${seq - 1 + offset}, past the i32 range of the kernel's positions (2^31 − 1)`);
  }
  if (pos.kind === 'index' && offsets) {
    offsets.forEach((off, b) => {
      if (length(b) > 0 && off + length(b) - 1 > I32_MAX) {
        throw new RopeArgumentError(`offsets: entry ${b}: positions reach ${length(b) - 1} + ${off} = ${length(b) - 1 + off}, past the i32 range of the kernel's positions (2^31 − 1)`);
      }
    });
  }
  if (pos.kind === 'grid' && pos.integral) {
    const rows = gridSizes ? gridSizes.length / pos.axes.length : 1;
    for (let b = 0; b < rows; b++) {
      const sizes = gridSizes ? Array.from(gridSizes.subarray(b * pos.axes.length, (b + 1) * pos.axes.length)) : grid;
      if (sizes.some((n) => n === 0)) continue; // no grid tokens
      pos.axes.forEach((axis, a) => {
        for (const i of [0, sizes[a] - 1]) {
          const steps = [i * pos.stride[a], i * pos.stride[a] + pos.shift[a], (i * pos.stride[a] + pos.shift[a]) * pos.scale[a]];
          const out = steps.find((v) => v < I32_MIN || v > I32_MAX);
          if (out !== undefined) {
            const where = gridSizes ? `grid_sizes: row ${b}` : `sizes.${axis}`;
            throw new RopeArgumentError(`${where}: grid positions on axis '${axis}' reach ${out}, outside the i32 range of the kernel's positions`);
          }
        }
      });
    }
  }
}

function resolve(args: Args): Resolved {
  const sizes = args.sizes ?? ({} as Sizes);
  const raw = sizes as unknown as Record<string, number | undefined>;
  const pos = SPEC.positions;
  const packed = (pos.kind === 'index' || pos.kind === 'grid') && pos.packed;
  let batch: number;
  let seq: number;
  let tokens: number;
  let cuSeqlens: Uint32Array | undefined;
  if (SPEC.layout === 'thd') {
    tokens = needSize(sizes, 'tokens', 'layout [tokens, heads, dim] needs the token count');
    if (packed) {
      const cu = (args as { cu_seqlens?: ArrayLike<number> }).cu_seqlens;
      if (!cu) throw new RopeArgumentError('cu_seqlens: missing; packed sequences need cu_seqlens of shape [batch + 1]');
      cuSeqlens = checkCuSeqlens(cu, tokens);
      batch = cuSeqlens.length - 1;
      seq = 0;
      for (let b = 0; b < batch; b++) seq = Math.max(seq, cuSeqlens[b + 1] - cuSeqlens[b]);
    } else {
      batch = 1;
      seq = tokens;
    }
  } else {
    batch = needSize(sizes, 'batch', 'this layout has a batch axis');
    seq = needSize(sizes, 'seq', 'this layout has a seq axis');
    tokens = batch * seq;
  }
  const heads = (which: 'q' | 'k'): number => {
    const fixed = which === 'q' ? SPEC.qHeads : SPEC.kHeads;
    const key = `${which}_heads`;
    if (fixed !== null) {
      if (raw[key] !== undefined && raw[key] !== fixed) {
        throw new RopeArgumentError(`sizes.${key}: the spec fixes ${fixed} ${which} heads, got ${String(raw[key])}`);
      }
      return fixed;
    }
    return needSize(sizes, key, `the spec leaves the number of ${which} heads to run time`);
  };
  const qHeads = heads('q');
  const kHeads = heads('k');
  let offset = 0;
  let offsets: Int32Array | undefined;
  if (pos.kind === 'index' && pos.offset === 'scalar') {
    const off = raw.offset ?? 0;
    if (!Number.isInteger(off) || Math.abs(off) > 2 ** 31 - 1) {
      throw new RopeArgumentError(`sizes.offset: expected a whole number in the i32 range, got ${String(off)}`);
    }
    offset = off;
  }
  if (pos.kind === 'index' && pos.offset === 'per_sequence') {
    const given = (args as { offsets?: ArrayLike<number> }).offsets;
    if (!given) throw new RopeArgumentError(`offsets: missing; expected shape [batch] = [${batch}]`);
    if (given.length !== batch) throw new RopeArgumentError(`offsets: expected shape [batch] = [${batch}], got length ${given.length}`);
    for (let b = 0; b < batch; b++) {
      if (!Number.isInteger(given[b]) || Math.abs(given[b]) > 2 ** 31 - 1) {
        throw new RopeArgumentError(`offsets: entry ${b} must be a whole number in the i32 range, got ${given[b]}`);
      }
    }
    offsets = Int32Array.from(given);
  }
  const grid: number[] = [];
  let gridSizes: Uint32Array | undefined;
  if (pos.kind === 'grid' && pos.packed) {
    gridSizes = checkGridSizes((args as { grid_sizes?: ArrayLike<number> }).grid_sizes, pos.axes, pos.prefix, cuSeqlens!);
  } else if (pos.kind === 'grid') {
    for (const a of pos.axes) grid.push(needSize(sizes, a, `grid axis '${a}' has a run-time size`));
    const cells = grid.reduce((x, y) => x * y, 1);
    if (seq !== pos.prefix + cells) {
      throw new RopeArgumentError(
        `sizes: each sequence must hold prefix + ${pos.axes.join('·')} = ${pos.prefix} + ${grid.join('·')} = ${pos.prefix + cells} tokens, got ${seq}`);
    }
  }
  checkPositionRange(pos, seq, offset, offsets, cuSeqlens, grid, gridSizes);
  let seqLen: number | undefined;
  if (SPEC.omega.kind !== 'static') seqLen = needSize(sizes, 'seq_len', 'this scaling depends on the sequence length');
  return { batch, seq, tokens, qHeads, kHeads, offset, grid, gridSizes, seqLen, cuSeqlens, offsets };
}

function describe(which: 'q' | 'k', r: Resolved): string {
  const h = which === 'q' ? r.qHeads : r.kHeads;
  const d = SPEC.headDim;
  switch (SPEC.layout) {
    case 'thd':
      return `[tokens, ${which}_heads, head_dim] = [${r.tokens}, ${h}, ${d}]`;
    case 'bshd':
      return `[batch, seq, ${which}_heads, head_dim] = [${r.batch}, ${r.seq}, ${h}, ${d}]`;
    case 'bhsd':
      return `[batch, ${which}_heads, seq, head_dim] = [${r.batch}, ${h}, ${r.seq}, ${d}]`;
  }
}

function isGpuBuffer(x: unknown): x is GPUBuffer {
  return typeof x === 'object' && x !== null && typeof (x as GPUBuffer).size === 'number' && typeof (x as GPUBuffer).usage === 'number';
}

function checkBuffer(name: string, buffer: unknown, bytes: number, what: string, usage: number, usageWords: string): GPUBuffer {
  if (!isGpuBuffer(buffer)) throw new RopeArgumentError(`${name}: expected a GPUBuffer holding ${what} = ${bytes} bytes, got ${typeof buffer}`);
  if (buffer.size < bytes) throw new RopeArgumentError(`${name}: buffer of ${buffer.size} bytes is too small; expected ${what} = ${bytes} bytes`);
  if ((buffer.usage & usage) !== usage) throw new RopeArgumentError(`${name}: the buffer needs usage ${usageWords}`);
  return buffer;
}

/** ω per pair at a run-time sequence length (ropec's foldedOmegaAt). */
function omegaAt(seqLen: number | undefined): number[] {
  const om = SPEC.omega;
  switch (om.kind) {
    case 'static':
      return om.omega;
    case 'ntk_dynamic': {
      const L = Math.max(seqLen ?? 0, om.original);
      const s = (om.factor * L) / om.original - (om.factor - 1);
      return om.base.map((b, j) => b * Math.pow(s, om.expo[j]));
    }
    case 'select':
      return (seqLen ?? 0) > om.threshold ? om.long : om.short;
  }
}

function roundToBits(x: number, bits: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const e = Math.floor(Math.log2(Math.abs(x)));
  const scale = Math.pow(2, bits - 1 - e);
  return Math.round(x * scale) / scale;
}

/** omega[j] = (hi, mid, lo, ω): ω/2π split into 12, 12 and 24 significant bits, and ω itself. */
function omegaWords(omega: number[]): Float32Array {
  const out = new Float32Array(omega.length * 4);
  omega.forEach((w, j) => {
    const turns = w / (2 * Math.PI);
    const hi = roundToBits(turns, 12);
    const mid = roundToBits(turns - hi, 12);
    out.set([hi, mid, Math.fround(turns - hi - mid), w], 4 * j);
  });
  return out;
}

/** (cos, sin) of p·ω_j in float64 for 0 ≤ p < maxPositions, row-major [p][j]. */
function sincosTable(omega: number[], maxPositions: number): Float32Array {
  const out = new Float32Array(maxPositions * omega.length * 2);
  for (let p = 0; p < maxPositions; p++) {
    for (let j = 0; j < omega.length; j++) {
      const phi = p * omega[j];
      out[2 * (p * omega.length + j)] = Math.cos(phi);
      out[2 * (p * omega.length + j) + 1] = Math.sin(phi);
    }
  }
  return out;
}

function chooseStorage(device: GPUDevice, options: KernelOptions): 'packed' | 'native' {
  const want = options.f16 ?? 'auto';
  if (want !== 'auto' && want !== 'native' && want !== 'packed') {
    throw new RopeArgumentError(`options.f16: expected 'auto', 'native' or 'packed', got ${String(want)}`);
  }
  if (want === 'packed') return 'packed';
  const hasFeature = device.features.has('shader-f16');
  if (want === 'native') {
    if (WGSL_F16 === null) throw new RopeArgumentError(`options.f16: rope ${SPEC.name} has no native-f16 shader; its spec needs 'dtype f16 native'`);
    if (!hasFeature) throw new RopeArgumentError("options.f16: 'native' needs a device created with the 'shader-f16' feature (requiredFeatures: ['shader-f16'])");
    return 'native';
  }
  return WGSL_F16 !== null && hasFeature ? 'native' : 'packed';
}

export function createKernel(device: GPUDevice, options: KernelOptions = {}): RopeKernel {
  const storage = chooseStorage(device, options);
  const code = storage === 'native' && WGSL_F16 !== null ? WGSL_F16 : WGSL;
  const native = storage === 'native';
  const groups = native && SPEC.nativeGroups !== null ? SPEC.nativeGroups : SPEC.groups;
  const outGroups = native && SPEC.nativeOutGroups !== null ? SPEC.nativeOutGroups : SPEC.outGroups;
  const module = device.createShaderModule({ code, label: `ropec ${SPEC.name}` });
  const pipeline = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: ENTRY_POINT }, label: `ropec ${SPEC.name}` });
  let outPipeline: GPUComputePipeline | undefined; // created on the first out-of-place call
  // Buffers that depend only on ω: kept for the last ω seen (ω changes only with seq_len).
  // Not destroyed when replaced: a command buffer recorded earlier may still use them.
  let omegaCache: { key: number[]; omega?: GPUBuffer; table?: GPUBuffer } | undefined;

  const upload = (data: ArrayBufferView & { buffer: ArrayBufferLike }, usage: number, label: string): GPUBuffer => {
    const size = Math.max(16, Math.ceil(data.byteLength / 16) * 16);
    const buffer = device.createBuffer({ size, usage, mappedAtCreation: true, label });
    new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    buffer.unmap();
    return buffer;
  };

  const omegaBuffers = (seqLen: number | undefined): { omega?: GPUBuffer; table?: GPUBuffer } => {
    const omega = omegaAt(seqLen);
    if (omegaCache && omegaCache.key.length === omega.length && omegaCache.key.every((w, j) => w === omega[j])) return omegaCache;
    const entry: { key: number[]; omega?: GPUBuffer; table?: GPUBuffer } = { key: omega };
    if (SPEC.omega.kind !== 'static') entry.omega = upload(omegaWords(omega), GPUBufferUsage.STORAGE, 'ropec omega');
    if (SPEC.table) {
      const bytes = SPEC.table.maxPositions * SPEC.pairs * 8;
      if (bytes > device.limits.maxStorageBufferBindingSize || bytes > device.limits.maxBufferSize) {
        throw new RopeArgumentError(
          `sincos_table: ${SPEC.table.maxPositions} positions × ${SPEC.pairs} pairs × 8 = ${bytes} bytes exceeds this device's limits ` +
          `(maxStorageBufferBindingSize ${device.limits.maxStorageBufferBindingSize}); request a device with higher limits or lower max_positions`);
      }
      entry.table = upload(sincosTable(omega, SPEC.table.maxPositions), GPUBufferUsage.STORAGE, 'ropec sincos table');
    }
    omegaCache = entry;
    return entry;
  };

  const encode = (encoder: GPUCommandEncoder, args: Args): void => {
    if (typeof args !== 'object' || args === null) throw new RopeArgumentError('args: expected an object { q, k, sizes, … }');
    const r = resolve(args);
    const { STORAGE } = GPUBufferUsage;
    const qBytes = r.tokens * r.qHeads * SPEC.headDim * SPEC.bytesPerElement;
    const kBytes = r.tokens * r.kHeads * SPEC.headDim * SPEC.bytesPerElement;
    const outOfPlace = args.qOut !== undefined || args.kOut !== undefined;
    if (outOfPlace && (args.qOut === undefined || args.kOut === undefined)) {
      throw new RopeArgumentError(`${args.qOut === undefined ? 'qOut' : 'kOut'}: missing; out of place needs both qOut and kOut`);
    }
    const q = checkBuffer('q', args.q, qBytes, `${describe('q', r)} ${SPEC.dtype}`, STORAGE, 'STORAGE');
    const k = checkBuffer('k', args.k, kBytes, `${describe('k', r)} ${SPEC.dtype}`, STORAGE, 'STORAGE');
    let qTarget = q;
    let kTarget = k;
    if (outOfPlace) {
      qTarget = checkBuffer('qOut', args.qOut, qBytes, `${describe('q', r)} ${SPEC.dtype}`, STORAGE, 'STORAGE');
      kTarget = checkBuffer('kOut', args.kOut, kBytes, `${describe('k', r)} ${SPEC.dtype}`, STORAGE, 'STORAGE');
      if (qTarget === k || kTarget === q) throw new RopeArgumentError('qOut, kOut: must not be the input buffer of the other tensor');
      if ((qTarget === q) !== (kTarget === k)) {
        throw new RopeArgumentError(`${qTarget === q ? 'qOut' : 'kOut'}: is its own input buffer while the other output is not; pass qOut = q and kOut = k (or neither) to rotate in place`);
      }
    }
    // qOut = q and kOut = k is a rotation in place.
    const separate = outOfPlace && qTarget !== q;
    if (qTarget === kTarget) throw new RopeArgumentError(`${outOfPlace ? 'qOut, kOut' : 'q, k'}: q and k must be different buffers`);
    const pos = SPEC.positions;
    let positions: GPUBuffer | undefined;
    if (pos.kind === 'tensor') {
      const n = pos.components * r.tokens;
      const shape = pos.components === 1 ? `[tokens] = [${r.tokens}]` : `[${pos.components}, tokens] = [${pos.components}, ${r.tokens}]`;
      const given = (args as { positions?: unknown }).positions;
      if (given === undefined) throw new RopeArgumentError(`positions: missing; expected shape ${shape} (${n} ${pos.element} values)`);
      if (ArrayBuffer.isView(given)) {
        const want = pos.element === 'i32' ? Int32Array : Float32Array;
        if (!(given instanceof want)) {
          throw new RopeArgumentError(`positions: expected ${want.name} (${pos.element} positions) or a GPUBuffer, got ${given.constructor.name}`);
        }
        if (given.length !== n) throw new RopeArgumentError(`positions: expected shape ${shape} (${n} values), got length ${given.length}`);
        positions = n > 0 ? upload(given, STORAGE, 'ropec positions') : undefined;
      } else {
        positions = checkBuffer('positions', given, n * 4, `${shape} ${pos.element}`, STORAGE, 'STORAGE');
      }
    }
    const threads = r.tokens * (separate ? outGroups : groups);
    const workgroups = Math.ceil(threads / WORKGROUP_SIZE);
    const rows = Math.max(1, Math.ceil(workgroups / MAX_WORKGROUPS));
    const perRow = Math.ceil(workgroups / rows);
    if (rows > MAX_WORKGROUPS || perRow * rows * WORKGROUP_SIZE > 2 ** 32 - 1 || qBytes / SPEC.bytesPerElement > 2 ** 32 - 1 || kBytes / SPEC.bytesPerElement > 2 ** 32 - 1) {
      throw new RopeArgumentError(`sizes: ${r.tokens} tokens need ${threads} invocations and up to ${Math.max(qBytes, kBytes)} bytes per tensor; the kernel indexes with u32 (at most 2^32 − 1)`);
    }
    const omega = omegaBuffers(r.seqLen);
    // Everything is valid: record.
    if (threads === 0) return;
    const values: Record<string, number> = {
      tokens: r.tokens, batch: r.batch, seq: r.seq, q_heads: r.qHeads, k_heads: r.kHeads,
      row_threads: perRow * WORKGROUP_SIZE, offset: r.offset,
    };
    r.grid.forEach((g, i) => (values[`grid${i}`] = g));
    const block = new DataView(new ArrayBuffer(SPEC.uniform.size));
    for (const f of SPEC.uniform.fields) {
      if (f.type === 'i32') block.setInt32(f.offset, values[f.name], true);
      else block.setUint32(f.offset, values[f.name], true);
    }
    const params = upload(new Uint8Array(block.buffer), GPUBufferUsage.UNIFORM, 'ropec params');
    const entries: GPUBindGroupEntry[] = [
      { binding: SPEC.bindings.params, resource: { buffer: params, size: SPEC.uniform.size } },
      { binding: SPEC.bindings.q, resource: { buffer: qTarget, size: qBytes } },
      { binding: SPEC.bindings.k, resource: { buffer: kTarget, size: kBytes } },
    ];
    if (separate) {
      entries.push({ binding: SPEC.bindings.q_src, resource: { buffer: q, size: qBytes } });
      entries.push({ binding: SPEC.bindings.k_src, resource: { buffer: k, size: kBytes } });
      outPipeline ??= device.createComputePipeline({
        layout: 'auto', compute: { module, entryPoint: OUT_OF_PLACE_ENTRY_POINT }, label: `ropec ${SPEC.name} out of place`,
      });
    }
    const chosen = separate && outPipeline ? outPipeline : pipeline;
    if (positions) entries.push({ binding: SPEC.bindings.positions, resource: { buffer: positions, size: pos.kind === 'tensor' ? pos.components * r.tokens * 4 : 0 } });
    if (r.offsets) entries.push({ binding: SPEC.bindings.offsets, resource: { buffer: upload(r.offsets, GPUBufferUsage.STORAGE, 'ropec offsets'), size: r.offsets.byteLength } });
    if (r.gridSizes) entries.push({ binding: SPEC.bindings.grid_sizes, resource: { buffer: upload(r.gridSizes, GPUBufferUsage.STORAGE, 'ropec grid_sizes'), size: r.gridSizes.byteLength } });
    if (r.cuSeqlens) entries.push({ binding: SPEC.bindings.cu_seqlens, resource: { buffer: upload(r.cuSeqlens, GPUBufferUsage.STORAGE, 'ropec cu_seqlens'), size: r.cuSeqlens.byteLength } });
    if (omega.omega) entries.push({ binding: SPEC.bindings.omega, resource: { buffer: omega.omega, size: SPEC.pairs * 16 } });
    if (omega.table && SPEC.table) entries.push({ binding: SPEC.bindings.sincos_table, resource: { buffer: omega.table, size: SPEC.table.maxPositions * SPEC.pairs * 8 } });
    const bindGroup = device.createBindGroup({ layout: chosen.getBindGroupLayout(0), entries, label: `ropec ${SPEC.name}` });
    const pass = encoder.beginComputePass({ label: `ropec ${SPEC.name}` });
    pass.setPipeline(chosen);
    pass.setBindGroup(0, bindGroup);
    pass.dispatchWorkgroups(perRow, rows);
    pass.end();
  };

  return {
    storage,
    module,
    pipeline,
    encode,
    run(args: Args): void {
      const encoder = device.createCommandEncoder({ label: `ropec ${SPEC.name}` });
      encode(encoder, args);
      device.queue.submit([encoder.finish()]);
    },
  };
}
