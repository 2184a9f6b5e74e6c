// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 9a79fc140b385799
//
// Host code for the WGSL kernel of rope dinov3_vitl16_multicrop: createKernel(device) makes the pipeline, and
// kernel.encode / kernel.run record a rotation of GPUBuffers, in place or out of place. Every
// argument is checked before anything is recorded; a bad one throws RopeArgumentError naming the
// argument and what was expected. Self-contained: it imports nothing; WebGPU's types come from the
// environment (TypeScript 6 and later: its DOM library; older: @webgpu/types).

/** The shader (the same text as dinov3_vitl16_multicrop.wgsl). */
export const WGSL: string = "// Generated from spec/dinov3_vitl16_multicrop.rope (rope dinov3_vitl16_multicrop) by ropec 0.1.0 for wgsl. Do not edit.\n// spec-hash: 9a79fc140b385799\n//\n// rope dinov3_vitl16_multicrop: head_dim 64, 32 pairs in 4 item(s) per token; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions grid; ω constant; sincos computed; precision exact\n// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed\n// once, then every head of q and of k is rotated with them. An item owns every word or vector it\n// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.\n\nstruct Params {\n  tokens: u32,\n  batch: u32,\n  seq: u32,\n  row_threads: u32,\n}\n\n@group(0) @binding(0) var<uniform> params: Params;\n@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;\n@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;\n@group(0) @binding(3) var<storage, read> cu_seqlens: array<u32>;\n@group(0) @binding(4) var<storage, read> grid_sizes: array<u32>;\n@group(0) @binding(5) var<storage, read> q_src: array<vec4<u32>>;\n@group(0) @binding(6) var<storage, read> k_src: array<vec4<u32>>;\n// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32\nconst TURNS_HI = array<f32, 32>(1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625, 1.0, 0.75, 0.562255859375, 0.4217529296875, 0.3162841796875, 0.23712158203125, 0.1778564453125, 0.13336181640625, 0.100006103515625, 0.074981689453125, 0.0562286376953125, 0.04217529296875, 0.0316162109375, 0.023712158203125, 0.01778411865234375, 0.013336181640625);\nconst TURNS_MID = array<f32, 32>(0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7, 0.0, -0.00010579824447631836, 0.00008547306060791016, -0.000056430697441101074, -0.000056415796279907227, 0.000015787780284881592, -0.000028505921363830566, -0.00000967457890510559, -0.000006103888154029846, 0.000007729977369308472, 0.000005494803190231323, -0.000005641952157020569, 0.0000065658241510391235, 0.0000015790574252605438, -0.0000013243407011032104, -9.671784937381744e-7);\nconst TURNS_LO = array<f32, 32>(0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10, 0.0, 7.576931970731948e-9, -7.245258615284911e-9, 4.438523326655286e-9, 2.12561790391419e-9, 7.546306357575361e-10, 1.6127561508483268e-9, 1.388987480588355e-9, 3.7252903539730653e-10, 1.5027512567655776e-9, 2.053217318387368e-11, -6.737347346685851e-10, -1.599672339036573e-10, -2.0393370325777482e-10, -2.112534175369163e-10, -1.4049802987692317e-10);\n// the position component that drives each pair\nconst PAIR_COMPONENT = array<u32, 32>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u);\n\n// f32 → f16 bits, rounded to nearest even in integer arithmetic (NaN stays NaN, overflow → ±inf,\n// subnormals exact): WGSL leaves the rounding of pack2x16float and f16(x) to the implementation.\nfn f16_bits(v: f32) -> u32 {\n  let x = bitcast<u32>(v);\n  let sign = (x >> 16u) & 0x8000u;\n  let ax = x & 0x7fffffffu;\n  if (ax > 0x7f800000u) {\n    return sign | 0x7e00u;\n  }\n  if (ax >= 0x477ff000u) {\n    return sign | 0x7c00u;\n  }\n  if (ax >= 0x38800000u) {\n    return sign | ((ax + 0x0fffu + ((ax >> 13u) & 1u) - 0x38000000u) >> 13u);\n  }\n  // Below 2^-14: a subnormal f16, m · 2^-24 with m = round(|v| · 2^24).\n  let e = ax >> 23u;\n  if (e < 102u) {\n    return sign;\n  }\n  let m = (ax & 0x007fffffu) | 0x00800000u;\n  let shift = 126u - e;\n  let q = m >> shift;\n  let rest = m & ((1u << shift) - 1u);\n  let half = 1u << (shift - 1u);\n  let up = select(0u, 1u, rest > half || (rest == half && (q & 1u) == 1u));\n  return sign | (q + up);\n}\n\n// f32 → bf16 bits (the top half of an f32), rounded to nearest even; a NaN stays a (quiet) NaN.\nfn bf16_bits(v: f32) -> u32 {\n  let x = bitcast<u32>(v);\n  if ((x & 0x7fffffffu) > 0x7f800000u) {\n    return (x >> 16u) | 0x0040u;\n  }\n  return (x + 0x7fffu + ((x >> 16u) & 1u)) >> 16u;\n}\n\n/** grid_sizes[i], or 0 past its end */\nfn read_grid_sizes(i: u32) -> u32 {\n  if (i >= u32(arrayLength(&grid_sizes))) {\n    return 0u;\n  }\n  return grid_sizes[i];\n}\n\n/** q_out[i], or 0 past its end */\nfn read_q_out(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&q))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return q[i];\n}\n\n/** k_out[i], or 0 past its end */\nfn read_k_out(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&k))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return k[i];\n}\n\n/** q_in[i], or 0 past its end */\nfn read_q_in(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&q_src))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return q_src[i];\n}\n\n/** k_in[i], or 0 past its end */\nfn read_k_in(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&k_src))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return k_src[i];\n}\n\n/** cu_seqlens[i], or 0 past its end */\nfn read_cu_seqlens(i: u32) -> u32 {\n  if (i >= u32(arrayLength(&cu_seqlens))) {\n    return 0u;\n  }\n  return cu_seqlens[i];\n}\n\n/** x modulo 1 turn, in [−½, ½] */\nfn reduce_turns(x: f32) -> f32 {\n  return x - round(x);\n}\n\n/** cos and sin of t turns by our own polynomial (WGSL promises only 2^-11 for its sin and cos) */\nfn sincos_turns(t: f32) -> vec2<f32> {\n  let quarter: f32 = round(4.0 * t);\n  let x: f32 = (t - 0.25 * quarter) * 6.2831854820251465;\n  let x2: f32 = x * x;\n  let sn: f32 = x * (1.0 + x2 * (-0.1666666716337204 + x2 * (0.008333333767950535 + x2 * (-0.00019841270113829523 + x2 * 0.0000027557318844628753))));\n  let cs: f32 = 1.0 + x2 * (-0.5 + x2 * (0.0416666679084301 + x2 * (-0.0013888889225199819 + x2 * (0.000024801587642286904 + x2 * -2.755731998149713e-7))));\n  let quadrant: i32 = i32(quarter) & 3i;\n  if (quadrant == 1i) {\n    return vec2<f32>(-sn, cs);\n  }\n  if (quadrant == 2i) {\n    return vec2<f32>(-cs, -sn);\n  }\n  if (quadrant == 3i) {\n    return vec2<f32>(sn, -cs);\n  }\n  return vec2<f32>(cs, sn);\n}\n\n/** cos and sin of p·ω_j (unscaled) */\nfn pair_sincos(pw: i32, pf: f32, j: u32) -> vec2<f32> {\n  let rh: f32 = TURNS_HI[j];\n  let rm: f32 = TURNS_MID[j];\n  let rl: f32 = TURNS_LO[j];\n  let qa: f32 = f32(pw >> 24u) * 16777216.0;\n  let qb: f32 = f32((pw >> 12u) & 4095i) * 4096.0;\n  let qc: f32 = f32(pw & 4095i);\n  var acc: f32 = reduce_turns(qa * rh);\n  acc = reduce_turns(acc + reduce_turns(qa * rm));\n  acc = reduce_turns(acc + reduce_turns(qb * rh));\n  acc = reduce_turns(acc + reduce_turns(qb * rm));\n  acc = reduce_turns(acc + reduce_turns(qc * rh));\n  acc = reduce_turns(acc + reduce_turns(qc * rm));\n  let small: f32 = ((reduce_turns(qa * rl) + reduce_turns(qb * rl)) + reduce_turns(qc * rl)) + reduce_turns(pf * ((rh + rm) + rl));\n  return sincos_turns(reduce_turns(acc + small));\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 16u + h0) * 64u;\n  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_q_out((o + (32u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 16u + h0) * 64u;\n  let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_k_out((o + (32u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 16u + h0) * 64u;\n  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_q_out((oh0 + (32u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;\n  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_q_out((oh1 + (32u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;\n  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_q_out((oh2 + (32u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;\n  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_q_out((oh3 + (32u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 16u + h0) * 64u;\n  let h0_xav: vec4<u32> = read_k_out((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_k_out((oh0 + (32u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;\n  let h1_xav: vec4<u32> = read_k_out((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_k_out((oh1 + (32u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;\n  let h2_xav: vec4<u32> = read_k_out((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_k_out((oh2 + (32u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;\n  let h3_xav: vec4<u32> = read_k_out((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_k_out((oh3 + (32u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_0(b: u32, s: u32, flat: u32, ki: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  for (var h: u32 = 0u; h < 16u; h++) {\n    let o: u32 = (flat * 16u + h) * 64u;\n    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_q_out((o + (32u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n      q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n  for (var h: u32 = 0u; h < 16u; h++) {\n    let o: u32 = (flat * 16u + h) * 64u;\n    let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_k_out((o + (32u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n      k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 16u + h0) * 64u;\n  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_q_in((o + (32u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 16u + h0) * 64u;\n  let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_k_in((o + (32u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 16u + h0) * 64u;\n  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_q_in((oh0 + (32u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;\n  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_q_in((oh1 + (32u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;\n  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_q_in((oh2 + (32u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;\n  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_q_in((oh3 + (32u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 16u + h0) * 64u;\n  let h0_xav: vec4<u32> = read_k_in((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_k_in((oh0 + (32u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 16u + (h0 + 1u)) * 64u;\n  let h1_xav: vec4<u32> = read_k_in((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_k_in((oh1 + (32u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 16u + (h0 + 2u)) * 64u;\n  let h2_xav: vec4<u32> = read_k_in((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_k_in((oh2 + (32u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 16u + (h0 + 3u)) * 64u;\n  let h3_xav: vec4<u32> = read_k_in((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_k_in((oh3 + (32u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 32 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_0(b: u32, s: u32, flat: u32, ki: u32) {\n  var pos0_w: i32 = 0i;\n  var pos0_f: f32 = 0.0;\n  var pos1_w: i32 = 0i;\n  var pos1_f: f32 = 0.0;\n  if (s < 5u) {\n    pos0_w = 0i;\n    pos0_f = 0.0;\n    pos1_w = 0i;\n    pos1_f = 0.0;\n  } else {\n    var rest: u32 = s - 5u;\n    let gs0: u32 = max(read_grid_sizes(b * 2u), 1u);\n    let gs1: u32 = max(read_grid_sizes(b * 2u + 1u), 1u);\n    let gi1: u32 = rest % gs1;\n    rest = rest / gs1;\n    let gi0: u32 = rest % gs0;\n    let pos0_fl: f32 = floor(2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0);\n    pos0_w = i32(pos0_fl);\n    pos0_f = (2.0 * ((f32(gi0) + 0.5) / f32(gs0)) - 1.0) - pos0_fl;\n    let pos1_fl: f32 = floor(2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0);\n    pos1_w = i32(pos1_fl);\n    pos1_f = (2.0 * ((f32(gi1) + 0.5) / f32(gs1)) - 1.0) - pos1_fl;\n  }\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(select(pos1_w, pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(pos1_f, pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  for (var h: u32 = 0u; h < 16u; h++) {\n    let o: u32 = (flat * 16u + h) * 64u;\n    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_q_in((o + (32u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n      q[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n  for (var h: u32 = 0u; h < 16u; h++) {\n    let o: u32 = (flat * 16u + h) * 64u;\n    let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_k_in((o + (32u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (32u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n      k[(o + (32u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n}\n\n// in place, one head per item, 4 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 32u) * 4u) {\n    return;\n  }\n  let per_token: u32 = 32u;\n  let chunk: u32 = item % 4u;\n  let rest: u32 = item / 4u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  var lo: u32 = 0u;\n  var hi: u32 = params.batch - 1u;\n  while (lo < hi) {\n    let mid: u32 = ((lo + hi) + 1u) / 2u;\n    if (read_cu_seqlens(mid) <= flat) {\n      lo = mid;\n    } else {\n      hi = mid - 1u;\n    }\n  }\n  let b: u32 = lo;\n  let s: u32 = flat - read_cu_seqlens(lo);\n  if (g < 16u) {\n    let h0: u32 = g;\n    item_vector_in_q1_0(b, s, flat, chunk, h0);\n  } else {\n    let h0: u32 = g - 16u;\n    item_vector_in_k1_0(b, s, flat, chunk, h0);\n  }\n}\n\n// in place, groups of 4 q / 4 k heads per item, 4 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 8u) * 4u) {\n    return;\n  }\n  let per_token: u32 = 8u;\n  let chunk: u32 = item % 4u;\n  let rest: u32 = item / 4u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  var lo: u32 = 0u;\n  var hi: u32 = params.batch - 1u;\n  while (lo < hi) {\n    let mid: u32 = ((lo + hi) + 1u) / 2u;\n    if (read_cu_seqlens(mid) <= flat) {\n      lo = mid;\n    } else {\n      hi = mid - 1u;\n    }\n  }\n  let b: u32 = lo;\n  let s: u32 = flat - read_cu_seqlens(lo);\n  if (g < 4u) {\n    let h0: u32 = g * 4u;\n    item_vector_in_q4_0(b, s, flat, chunk, h0);\n  } else {\n    let h0: u32 = (g - 4u) * 4u;\n    item_vector_in_k4_0(b, s, flat, chunk, h0);\n  }\n}\n\n// in place, every head in series, 4 item(s) per token (vector schedule)\n@compute @workgroup_size(64)\nfn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= params.tokens * 4u) {\n    return;\n  }\n  let flat: u32 = item / 4u;\n  let chunk: u32 = item - flat * 4u;\n  var lo: u32 = 0u;\n  var hi: u32 = params.batch - 1u;\n  while (lo < hi) {\n    let mid: u32 = ((lo + hi) + 1u) / 2u;\n    if (read_cu_seqlens(mid) <= flat) {\n      lo = mid;\n    } else {\n      hi = mid - 1u;\n    }\n  }\n  let b: u32 = lo;\n  let s: u32 = flat - read_cu_seqlens(lo);\n  item_vector_in_0(b, s, flat, chunk);\n}\n\n// out of place, one head per item, 4 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 32u) * 4u) {\n    return;\n  }\n  let per_token: u32 = 32u;\n  let chunk: u32 = item % 4u;\n  let rest: u32 = item / 4u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  var lo: u32 = 0u;\n  var hi: u32 = params.batch - 1u;\n  while (lo < hi) {\n    let mid: u32 = ((lo + hi) + 1u) / 2u;\n    if (read_cu_seqlens(mid) <= flat) {\n      lo = mid;\n    } else {\n      hi = mid - 1u;\n    }\n  }\n  let b: u32 = lo;\n  let s: u32 = flat - read_cu_seqlens(lo);\n  if (g < 16u) {\n    let h0: u32 = g;\n    item_vector_out_q1_0(b, s, flat, chunk, h0);\n  } else {\n    let h0: u32 = g - 16u;\n    item_vector_out_k1_0(b, s, flat, chunk, h0);\n  }\n}\n\n// out of place, groups of 4 q / 4 k heads per item, 4 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 8u) * 4u) {\n    return;\n  }\n  let per_token: u32 = 8u;\n  let chunk: u32 = item % 4u;\n  let rest: u32 = item / 4u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  var lo: u32 = 0u;\n  var hi: u32 = params.batch - 1u;\n  while (lo < hi) {\n    let mid: u32 = ((lo + hi) + 1u) / 2u;\n    if (read_cu_seqlens(mid) <= flat) {\n      lo = mid;\n    } else {\n      hi = mid - 1u;\n    }\n  }\n  let b: u32 = lo;\n  let s: u32 = flat - read_cu_seqlens(lo);\n  if (g < 4u) {\n    let h0: u32 = g * 4u;\n    item_vector_out_q4_0(b, s, flat, chunk, h0);\n  } else {\n    let h0: u32 = (g - 4u) * 4u;\n    item_vector_out_k4_0(b, s, flat, chunk, h0);\n  }\n}\n\n// out of place, every head in series, 4 item(s) per token (vector schedule)\n@compute @workgroup_size(64)\nfn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= params.tokens * 4u) {\n    return;\n  }\n  let flat: u32 = item / 4u;\n  let chunk: u32 = item - flat * 4u;\n  var lo: u32 = 0u;\n  var hi: u32 = params.batch - 1u;\n  while (lo < hi) {\n    let mid: u32 = ((lo + hi) + 1u) / 2u;\n    if (read_cu_seqlens(mid) <= flat) {\n      lo = mid;\n    } else {\n      hi = mid - 1u;\n    }\n  }\n  let b: u32 = lo;\n  let s: u32 = flat - read_cu_seqlens(lo);\n  item_vector_out_0(b, s, flat, chunk);\n}\n";
/**
 * The native-f16 variant (q and k as array<f16>, `enable f16`), emitted for `dtype f16 native`;
 * createKernel uses it when the device has the 'shader-f16' feature. null when the spec has none.
 */
export const WGSL_F16: string | null = null;
/**
 * `strided` specs whose main shader uses 16-byte access: the same kernel one element at a time, for
 * views whose starts or strides are not multiples of 16 bytes. null otherwise.
 */
export const WGSL_SCALAR: string | null = null;
export const WORKGROUP_SIZE = 64;

/** Run-time sizes (the same keys as ropec's RopeSizes). */
export interface Sizes {
  /** number of tokens (all sequences together) */
  tokens: number;
  /** fixed by the spec: 16 (may be left out; must equal it if given) */
  q_heads?: number;
  /** fixed by the spec: 16 (may be left out; must equal it if given) */
  k_heads?: number;
}

export interface Args {
  /** [tokens, 16, 64], bf16. */
  q: GPUBuffer;
  /** [tokens, 16, 64], bf16. */
  k: GPUBuffer;
  /** Out of place: the rotated q and k are written here and q, k are left as they are. Give both or neither. */
  qOut?: GPUBuffer;
  kOut?: GPUBuffer;
  /** start of each packed sequence, then tokens, shape [batch + 1] */
  cu_seqlens: ArrayLike<number>;
  /** grid sizes (h, w) of each packed sequence, shape [batch, 2] */
  grid_sizes: ArrayLike<number>;
  sizes: Sizes;
}

const SPEC: SpecConfig = {
  "name": "dinov3_vitl16_multicrop",
  "headDims": {
    "q": 64,
    "k": 64
  },
  "pairs": 32,
  "chunks": {
    "main": {
      "inPlace": {
        "q": 4,
        "k": 4,
        "serial": 4
      },
      "outOfPlace": {
        "q": 4,
        "k": 4,
        "serial": 4
      }
    },
    "native": null,
    "scalar": null
  },
  "headGroups": {
    "q": 4,
    "k": 4
  },
  "groupMinItems": 131072,
  "tensors": [
    "q",
    "k"
  ],
  "mainVector": true,
  "views": null,
  "dims": [
    "tokens",
    "heads",
    "head_dim"
  ],
  "dtype": "bf16",
  "bytesPerElement": 2,
  "positions": {
    "kind": "computed"
  },
  "arrays": [
    "cu_seqlens",
    "grid_sizes"
  ],
  "gridAxes": [],
  "dynamic": false,
  "table": null,
  "cache": null,
  "norm": null,
  "kv": null,
  "qOut": null,
  "uniform": {
    "size": 16,
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
        "name": "row_threads",
        "type": "u32",
        "offset": 12
      }
    ]
  },
  "bindings": {
    "params": 0,
    "q": 1,
    "k": 2,
    "cu_seqlens": 3,
    "grid_sizes": 4,
    "q_src": 5,
    "k_src": 6
  }
};

/** The argument checks of ropec's table (src/kernel/checks.ts) for this spec, and the sizes they resolve. */
function validate(args: Args): Resolved {
  const s = args.sizes as unknown as Record<string, number>;
  const cu_seqlens = (args as unknown as Record<string, ArrayLike<number>>).cu_seqlens;
  const grid_sizes = (args as unknown as Record<string, ArrayLike<number>>).grid_sizes;
  /** grid(…) packed: each row of grid_sizes [batch, 2] holds whole sizes in [0, 2^31) whose product plus the prefix (5) is its sequence's length in cu_seqlens */
  function check_grid_sizes(batch: number, tokens: number): void {
    for (let b = 0; b < batch; b++) {
      if (!((Number.isInteger(grid_sizes[b * 2 + 0]) && grid_sizes[b * 2 + 0] >= 0) && grid_sizes[b * 2 + 0] <= 2147483647)) {
        throw new RopeArgumentError(`grid_sizes: entry [${b}, 0] (axis 'h') must be a whole number in [0, 2^31), got ${grid_sizes[b * 2 + 0]}`);
      }
      if (!((Number.isInteger(grid_sizes[b * 2 + 1]) && grid_sizes[b * 2 + 1] >= 0) && grid_sizes[b * 2 + 1] <= 2147483647)) {
        throw new RopeArgumentError(`grid_sizes: entry [${b}, 1] (axis 'w') must be a whole number in [0, 2^31), got ${grid_sizes[b * 2 + 1]}`);
      }
      if (!((cu_seqlens[b + 1] - cu_seqlens[b]) === 5.0 + grid_sizes[b * 2 + 0] * grid_sizes[b * 2 + 1])) {
        throw new RopeArgumentError(`grid_sizes: sequence ${b} holds ${cu_seqlens[b + 1] - cu_seqlens[b]} tokens (cu_seqlens), but prefix + h·w = 5 + ${grid_sizes[b * 2 + 0]}·${grid_sizes[b * 2 + 1]} = ${5.0 + grid_sizes[b * 2 + 0] * grid_sizes[b * 2 + 1]}`);
      }
    }
  }
  if (!(typeof s === 'object' && s !== null)) {
    throw new RopeArgumentError(`sizes: expected an object of run-time sizes, got ${typeName(s)}`);
  }
  if (!(s.tokens !== undefined && s.tokens !== null)) {
    throw new RopeArgumentError(`sizes.tokens: missing; layout [tokens, heads, dim] needs the token count`);
  }
  if (!(Number.isSafeInteger(s.tokens) && s.tokens >= 0)) {
    throw new RopeArgumentError(`sizes.tokens: expected a whole number ≥ 0, got ${typeof s.tokens === 'string' ? JSON.stringify(s.tokens) : s.tokens}`);
  }
  const n_tokens = s.tokens;
  if (!(cu_seqlens !== undefined && cu_seqlens !== null)) {
    throw new RopeArgumentError(`cu_seqlens: missing; packed sequences need cu_seqlens of shape [batch + 1]`);
  }
  if (!((Array.isArray(cu_seqlens) || ArrayBuffer.isView(cu_seqlens)))) {
    throw new RopeArgumentError(`cu_seqlens: expected an Int32Array of shape [batch + 1], got ${typeName(cu_seqlens)}`);
  }
  if (!(cu_seqlens.length >= 2)) {
    throw new RopeArgumentError(`cu_seqlens: expected shape [batch + 1] with batch ≥ 1, got length ${cu_seqlens.length}`);
  }
  const n_batch = cu_seqlens.length - 1;
  if (!(cu_seqlens[0] === 0)) {
    throw new RopeArgumentError(`cu_seqlens: must start at 0, got ${cu_seqlens[0]}`);
  }
  for (let i = 1; i < n_batch + 1; i++) {
    if (!(Number.isInteger(cu_seqlens[i]) && cu_seqlens[i] >= cu_seqlens[i - 1])) {
      throw new RopeArgumentError(`cu_seqlens: must be non-decreasing whole numbers; entry ${i} is ${cu_seqlens[i]} after ${cu_seqlens[i - 1]}`);
    }
  }
  if (!(cu_seqlens[n_batch] === n_tokens)) {
    throw new RopeArgumentError(`cu_seqlens: must end at tokens = ${n_tokens}, got ${cu_seqlens[n_batch]}`);
  }
  let n_seq = 0;
  for (let b = 0; b < n_batch; b++) {
    n_seq = Math.max(n_seq, cu_seqlens[b + 1] - cu_seqlens[b]);
  }
  if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 16)) {
    throw new RopeArgumentError(`sizes.q_heads: the spec fixes 16 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
  }
  const n_q_heads = 16;
  if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 16)) {
    throw new RopeArgumentError(`sizes.k_heads: the spec fixes 16 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
  }
  const n_k_heads = 16;
  const n_offset = 0;
  if (!(grid_sizes !== undefined && grid_sizes !== null)) {
    throw new RopeArgumentError(`grid_sizes: missing; packed grids need grid_sizes of shape [batch, 2] = [${n_batch}, 2] (one row of h, w sizes per sequence)`);
  }
  if (!((Array.isArray(grid_sizes) || ArrayBuffer.isView(grid_sizes)))) {
    throw new RopeArgumentError(`grid_sizes: expected an Int32Array of shape [batch, 2] = [${n_batch}, 2] (one row of h, w sizes per sequence), got ${typeName(grid_sizes)}`);
  }
  if (!(grid_sizes.length === n_batch * 2)) {
    throw new RopeArgumentError(`grid_sizes: expected shape [batch, 2] = [${n_batch}, 2] (one row of h, w sizes per sequence), got length ${grid_sizes.length}`);
  }
  check_grid_sizes(n_batch, n_tokens);
  return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset, grid: [], seqLen: undefined,
    cachePositions: 0, cacheSlots: 0, tableBlocks: 0, scales: null, qScale: 0,
    views: null, k: null };
}

/** Head groups of q for the `_grouped` entry points (src/kernel/schedule.ts: the kernel's item index uses the same). */
function qGroups(q_heads: number): number {
  return Math.trunc((q_heads + 3) / 4);
}
/** Head groups of k for the `_grouped` entry points (src/kernel/schedule.ts: the kernel's item index uses the same). */
function kGroups(k_heads: number): number {
  return Math.trunc((k_heads + 3) / 4);
}

/** Not needed by this spec. */
function omegaAt(_seq_len: number): Float64Array {
  return new Float64Array(0);
}

/** Not needed by this spec. */
function angleTables(_omega: Float64Array): Record<string, Float32Array> {
  return {};
}

/** Not needed by this spec. */
function sincosTable(_omega: Float64Array): Float32Array {
  return new Float32Array(0);
}

//
// Host code for the WGSL kernel: creates the pipeline on a GPUDevice and records dispatches on
// GPUBuffers, in place or out of place. Every argument is checked before anything is recorded; a
// bad one throws RopeArgumentError naming the argument and what was expected. Self-contained: it
// imports nothing and uses WebGPU's types (GPUDevice, GPUBuffer, …) from the environment: the DOM
// library of TypeScript 6 and later has them, older versions take them from @webgpu/types.

export const ENTRY_POINT = 'rope';
// GPUBufferUsage flags (WebGPU §5.1), as numbers: the global GPUBufferUsage is not in every
// environment's types, nor defined in every JavaScript runtime that has a WebGPU device.
const USAGE_UNIFORM = 0x40;
const USAGE_STORAGE = 0x80;
const USAGE_COPY_DST = 0x08;
/** Out of place: reads q_src, k_src (the inputs) and writes q, k (the outputs). */
export const OUT_OF_PLACE_ENTRY_POINT = 'rope_out_of_place';
/** `strided` specs, q and k views of one GPUBuffer: k reached through q's binding, in place and out of place. */
export const SHARED_ENTRY_POINTS = ['rope_shared', 'rope_shared_out_of_place'] as const;
/** Every entry point has a twin with this suffix that rotates a group of heads per invocation (prefill-sized calls)… */
export const GROUPED_SUFFIX = '_grouped';
/** …and one that rotates every head in series per invocation (prefill-sized calls on a CPU adapter). */
export const SERIAL_SUFFIX = '_serial';

export class RopeArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RopeArgumentError';
  }
}

export interface KernelOptions {
  /**
   * Which shader stores f16: 'auto' (default) = native when the spec asks for it, the device
   * has 'shader-f16' and the packed shader has no 16-byte access (SPEC.mainVector), else packed;
   * 'native' = require it (throws if unavailable); 'packed' = the shader that runs everywhere.
   */
  f16?: 'auto' | 'native' | 'packed';
  /**
   * How invocations map to heads: 'auto' (default) = one head per invocation for decode-sized
   * calls; once a call has SPEC.groupMinItems grouped invocations, groups of heads
   * (SPEC.headGroups) with their loads before their stores, or, on an adapter that is a CPU
   * underneath (a fallback adapter, SwiftShader, llvmpipe, WARP), every head in series, which
   * computes cos/sin least often; 'heads', 'groups' or 'serial' = always that one.
   */
  schedule?: 'auto' | 'heads' | 'groups' | 'serial';
}

export interface RopeKernel {
  /** The shader in use: 'native' = WGSL_F16, 'packed' = WGSL. */
  readonly storage: 'packed' | 'native';
  readonly module: GPUShaderModule;
  readonly pipeline: GPUComputePipeline;
  /** Records the rotation into `encoder`: one compute pass, in place or (with qOut, kOut) out of place. */
  encode(encoder: GPUCommandEncoder, args: Args): void;
  /**
   * encode + submit on the device's queue. Reuses its uniform buffer, its uploads of host arrays
   * (rewritten with writeBuffer while they fit) and its bind groups from call to call.
   */
  run(args: Args): void;
}

/** Everything the host needs to know about the spec and its shaders. */
export interface SpecConfig {
  name: string;
  /** Lanes per head of q and of k (they differ where the spec gives one tensor its own head_dim). */
  headDims: { q: number; k: number };
  pairs: number;
  /**
   * Invocations per token and head group of each shader's in-place and out-of-place entry points:
   * WGSL, WGSL_F16, and WGSL_SCALAR (the scalar twin of a `strided` spec's 16-byte shader).
   */
  /** Items per head group of q and k, and per token of the serial entry points, of each shader's in-place and out-of-place entries. */
  chunks: Record<'main' | 'native' | 'scalar', Record<'inPlace' | 'outOfPlace', { q: number; k: number; serial: number }> | null>;
  /** Heads per invocation of the `_grouped` entry points (q, k). */
  headGroups: { q: number; k: number };
  /** Calls of at least this many grouped invocations use the `_grouped` entry points; smaller ones one head per invocation. */
  groupMinItems: number;
  /** The tensors a call takes: q and k, or one of them (a spec with `k heads 0` or `q heads 0`). */
  tensors: ('q' | 'k')[];
  /** The main (packed) shader reads and writes q and k 16 bytes at a time. */
  mainVector: boolean;
  /** `strided`: the main shader's lanes per 16-byte vector (1: scalar). */
  views: { vectorLanes: number } | null;
  /** The axes of q and k in the spec's layout, outermost first (src/kernel/args.ts layoutDims). */
  dims: ('tokens' | 'batch' | 'seq' | 'heads' | 'head_dim')[];
  dtype: 'f32' | 'f16' | 'bf16';
  bytesPerElement: number;
  /** Where positions come from: computed in the kernel, a tensor, or a segment table. */
  positions: { kind: 'computed' } | { kind: 'tensor'; element: 'i32' | 'f32'; components: number } | { kind: 'segments' };
  /** The arrays validate() checked that are uploaded as they are (offsets, cu_seqlens, grid_sizes; k's own k_offsets, k_cu_seqlens, k_grid_sizes). */
  arrays: ('offsets' | 'k_offsets' | 'cu_seqlens' | 'k_cu_seqlens' | 'grid_sizes' | 'k_grid_sizes')[];
  /** The grid axes with run-time sizes (uniform fields grid_AXIS). */
  gridAxes: string[];
  /** ω depends on seq_len: the angle's tables are computed and bound for each ω (angleTables). */
  dynamic: boolean;
  table: { maxPositions: number } | null;
  /** `sincos cache(…)`: the caller's cos/sin cache arrays ([cache_positions, width] each) and their element size. */
  cache: { dtype: 'f32' | 'f16' | 'bf16'; bytes: number; arrays: { name: string; width: number }[] } | null;
  /** `norm rms(…)` with a weight: q's and k's weight arrays ([width] each, in q and k's dtype). */
  norm: { arrays: { name: string; width: number }[] } | null;
  /** `kv_cache …`: v, slot_mapping and the two caches (of this shape, in q and k's dtype or, `fp8`, e4m3 bytes) the kernel writes. */
  kv: { shape: string; slots: 'slot_mapping' | 'block_table'; fp8: boolean } | null;
  /** `q … output fp8_e4m3`: q's output (out of place only) holds e4m3(q / q_scale) bytes; null: q's dtype. */
  qOut: 'fp8' | null;
  uniform: { size: number; fields: { name: string; type: 'u32' | 'i32' | 'f32'; offset: number }[] };
  bindings: Record<string, number>;
}

/** The sizes validate() resolves. */
export interface Resolved {
  batch: number;
  seq: number;
  tokens: number;
  qHeads: number;
  kHeads: number;
  offset: number;
  grid: number[];
  seqLen: number | undefined;
  /** `sincos cache(…)`: rows of the cache. */
  cachePositions: number;
  /** `kv_cache …`: slots of the KV cache. */
  cacheSlots: number;
  /** `kv_cache paged(…, slots table)`: blocks per row of block_table. */
  tableBlocks: number;
  /** `kv_cache …(dtype fp8_e4m3)`: the caches hold e4m3(k / k_scale), e4m3(v / v_scale). */
  scales: { k: number; v: number } | null;
  /** `q … output fp8_e4m3`: q's output holds e4m3(q / q_scale); 0 otherwise. */
  qScale: number;
  /** `strided`: (start, token stride, head stride) of q and of k (and of v, for a KV cache), in elements. */
  views: { q: number[]; k: number[]; v?: number[] } | null;
  /** `k … tokens own`: k's token count, tokens per sequence (batch layouts; else k's count), offset and grid sizes. */
  k: { tokens: number; seq: number; offset: number; grid: number[] } | null;
}

/** The arrays a spec may take besides q and k, as given. */
interface ArgArrays {
  positions?: unknown;
  k_positions?: unknown;
  segment_table?: Int32Array;
  segment_values?: Float32Array;
  offsets?: ArrayLike<number>;
  cu_seqlens?: ArrayLike<number>;
  k_offsets?: ArrayLike<number>;
  k_cu_seqlens?: ArrayLike<number>;
  grid_sizes?: ArrayLike<number>;
  k_grid_sizes?: ArrayLike<number>;
}

const MAX_WORKGROUPS = 65535;

/** A tensor's tokens: the call's, or k's own (`k … tokens own`). */
const tokensOf = (which: 'q' | 'k', r: Resolved): number => (which === 'k' && r.k ? r.k.tokens : r.tokens);

function describe(which: 'q' | 'k', r: Resolved): string {
  const own = which === 'k' && r.k;
  const value = { tokens: tokensOf(which, r), batch: r.batch, seq: own ? r.k!.seq : r.seq, heads: which === 'q' ? r.qHeads : r.kHeads, head_dim: SPEC.headDims[which] };
  const name = (d: string) => (d === 'heads' ? `${which}_heads` : own && (d === 'tokens' || d === 'seq') ? `k_${d}` : d);
  const shape = `[${SPEC.dims.map(name).join(', ')}] = [${SPEC.dims.map((d) => value[d]).join(', ')}]`;
  if (!r.views) return shape;
  const [start, ts, hs] = r.views[which];
  return `a view of ${shape} from element ${start} (token stride ${ts}, head stride ${hs})`;
}

function isGpuBuffer(x: unknown): x is GPUBuffer {
  return typeof x === 'object' && x !== null && typeof (x as GPUBuffer).size === 'number' && typeof (x as GPUBuffer).usage === 'number';
}

/** An argument's type in a message: an object by its constructor (Float32Array, Array), anything else by typeof. */
function typeName(x: unknown): string {
  return x === null ? 'null' : typeof x === 'object' ? (x as { constructor?: { name?: string } }).constructor?.name ?? 'object' : typeof x;
}

function checkBuffer(name: string, buffer: unknown, bytes: number, what: string): GPUBuffer {
  if (!isGpuBuffer(buffer)) throw new RopeArgumentError(`${name}: expected a GPUBuffer holding ${what} = ${bytes} bytes, got ${typeName(buffer)}`);
  if (buffer.size < bytes) throw new RopeArgumentError(`${name}: buffer of ${buffer.size} bytes is too small; expected ${what} = ${bytes} bytes`);
  if ((buffer.usage & USAGE_STORAGE) === 0) throw new RopeArgumentError(`${name}: the buffer needs usage STORAGE`);
  return buffer;
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
  // The native shader reads one f16 at a time (WGSL has no 16-byte f16 vector, and a u32 word
  // bitcast to vec2<f16> is not portable): where the packed shader has 16-byte access, it wins.
  return WGSL_F16 !== null && hasFeature && !SPEC.mainVector ? 'native' : 'packed';
}

export function createKernel(device: GPUDevice, options: KernelOptions = {}): RopeKernel {
  const storage = chooseStorage(device, options);
  const schedule = options.schedule ?? 'auto';
  if (!['auto', 'heads', 'groups', 'serial'].includes(schedule)) throw new RopeArgumentError(`options.schedule: expected 'auto', 'heads', 'groups' or 'serial', got ${String(schedule)}`);
  // Large calls on a CPU adapter run the serial entry points (arithmetic bounds them there, not memory).
  const info = (device as { adapterInfo?: Partial<GPUAdapterInfo> }).adapterInfo;
  const cpuAdapter = info !== undefined && (info.isFallbackAdapter === true || /swiftshader|llvmpipe|lavapipe|warp/i.test(`${info.architecture ?? ''} ${info.description ?? ''} ${info.device ?? ''}`));
  const code = storage === 'native' && WGSL_F16 !== null ? WGSL_F16 : WGSL;
  const module = device.createShaderModule({ code, label: `ropec ${SPEC.name}` });
  // The first pipeline: in place, or out of place for an fp8 q (its shaders have no in-place entry point).
  const first = SPEC.qOut === 'fp8' ? OUT_OF_PLACE_ENTRY_POINT : ENTRY_POINT;
  const pipeline = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: first }, label: `ropec ${SPEC.name}` });
  // Other entry points and shaders (out of place, views of one buffer, the scalar shader): made on first use.
  const modules = new Map<string, GPUShaderModule>([[code, module]]);
  const pipelines = new Map<string, GPUComputePipeline>([[`${code === WGSL ? 'main' : 'native'}:${first}`, pipeline]]);
  const pipelineFor = (which: 'main' | 'native' | 'scalar', entryPoint: string): GPUComputePipeline => {
    const key = `${which}:${entryPoint}`;
    let p = pipelines.get(key);
    if (!p) {
      const text = which === 'native' ? WGSL_F16! : which === 'scalar' ? WGSL_SCALAR! : WGSL;
      let m = modules.get(text);
      if (!m) modules.set(text, (m = device.createShaderModule({ code: text, label: `ropec ${SPEC.name} ${which}` })));
      pipelines.set(key, (p = device.createComputePipeline({ layout: 'auto', compute: { module: m, entryPoint }, label: `ropec ${SPEC.name} ${entryPoint}` })));
    }
    return p;
  };
  // Buffers that depend only on ω, for the last ω seen (ω changes only with seq_len): encode()'s
  // fresh ones, never rewritten (not destroyed when replaced: a command buffer recorded earlier may
  // still use them), and run()'s, rewritten in place when ω changes (see stage).
  type OmegaBuffers = { key: Float64Array; omega: Record<string, GPUBuffer>; table?: GPUBuffer };
  const omegaCache: { encode?: OmegaBuffers; run?: OmegaBuffers } = {};

  const upload = (data: ArrayBufferView & { buffer: ArrayBufferLike }, usage: number, label: string): GPUBuffer => {
    const size = Math.max(16, Math.ceil(data.byteLength / 16) * 16);
    const buffer = device.createBuffer({ size, usage, mappedAtCreation: true, label });
    new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    buffer.unmap();
    return buffer;
  };

  const omegaBuffers = (seqLen: number | undefined, persistent: boolean): { omega: Record<string, GPUBuffer>; table?: GPUBuffer } => {
    if (!SPEC.dynamic && !SPEC.table) return { omega: {} };
    const omega = omegaAt(seqLen ?? 0);
    const which = persistent ? 'run' : 'encode';
    const cached = omegaCache[which];
    if (cached && cached.key.every((w, j) => w === omega[j])) return cached;
    const put = (name: string, data: ArrayBufferView & { buffer: ArrayBufferLike }) => stage(persistent, `omega ${name}`, data, USAGE_STORAGE);
    const entry: OmegaBuffers = { key: omega, omega: {} };
    if (SPEC.dynamic) {
      for (const [name, data] of Object.entries(angleTables(omega))) entry.omega[name] = put(name, data);
    }
    if (SPEC.table) {
      const bytes = SPEC.table.maxPositions * SPEC.pairs * 8;
      if (bytes > device.limits.maxStorageBufferBindingSize || bytes > device.limits.maxBufferSize) {
        const limit = device.limits.maxStorageBufferBindingSize;
        throw new RopeArgumentError(`sincos_table: ${SPEC.table.maxPositions} positions × ${SPEC.pairs} pairs × 8 = ${bytes} bytes exceeds this device's limits (maxStorageBufferBindingSize ${limit}); request a device with higher limits or lower max_positions`);
      }
      entry.table = put('sincos_table', sincosTable(omega));
    }
    omegaCache[which] = entry;
    return entry;
  };

  // run(): the queue performs each writeBuffer before the dispatch submitted after it, so one buffer
  // per host input is rewritten and reused, and so are the bind groups over them. encode() may be
  // followed by more encodes before one submit: it uploads fresh buffers.
  const staged = new Map<string, GPUBuffer>();
  const ids = new WeakMap<GPUBuffer, number>();
  let nextId = 0;
  const bindGroups = new Map<string, GPUBindGroup>();
  const stage = (persistent: boolean, name: string, data: ArrayBufferView & { buffer: ArrayBufferLike }, usage: number): GPUBuffer => {
    if (!persistent) return upload(data, usage, `ropec ${name}`);
    let buffer = staged.get(name);
    if (!buffer || buffer.size < data.byteLength) {
      // The one it replaces is left to the garbage collector: submitted work may still read it.
      buffer = device.createBuffer({ size: Math.max(16, Math.ceil(data.byteLength / 16) * 16), usage: usage | USAGE_COPY_DST, label: `ropec ${name}` });
      staged.set(name, buffer);
    }
    device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
    return buffer;
  };
  /** A binding's stand-in where its argument has no elements: 16 bytes of the kernel's own, one per binding. */
  const unusedBuffers = new Map<string, GPUBuffer>();
  const unused = (name: string): GPUBuffer => {
    let buffer = unusedBuffers.get(name);
    if (!buffer) unusedBuffers.set(name, (buffer = device.createBuffer({ size: 16, usage: USAGE_STORAGE, label: `ropec ${name} (no elements)` })));
    return buffer;
  };
  const idOf = (buffer: GPUBuffer): number => {
    let id = ids.get(buffer);
    if (id === undefined) ids.set(buffer, (id = nextId++));
    return id;
  };

  /**
   * A small read-only array (a cos/sin cache, a norm weight) as a GPUBuffer of at least its bytes,
   * or (a typed array, which validate() checked) its bytes as whole u32 words to upload (16-bit
   * values are bound as words; an empty one is bound to the kernel's own bytes, see bindBuffer).
   */
  const readArray = (args: Args, name: string, bytes: number, what: string): { name: string; buffer: GPUBuffer; bytes: number } | { name: string; words: Uint32Array } => {
    const given = (args as unknown as Record<string, unknown>)[name];
    if (isGpuBuffer(given)) {
      const buffer = checkBuffer(name, given, bytes, what);
      return { name, buffer, bytes };
    }
    const array = given as Float32Array | Uint16Array;
    const words = new Uint32Array(Math.ceil(array.byteLength / 4));
    new Uint8Array(words.buffer).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    return { name, words };
  };
  /** `sincos cache(…)`: each cache array, [cache_positions, width]. `norm rms(…)`: each weight, [width]. */
  const readArrays = (args: Args, r: Resolved) => [
    ...(SPEC.cache?.arrays ?? []).map(({ name, width }) =>
      readArray(args, name, r.cachePositions * width * SPEC.cache!.bytes, `[cache_positions, ${width}] = [${r.cachePositions}, ${width}] ${SPEC.cache!.dtype}`)),
    ...(SPEC.norm?.arrays ?? []).map(({ name, width }) => readArray(args, name, width * SPEC.bytesPerElement, `[${width}] ${SPEC.dtype}`)),
  ];

  /**
   * `kv_cache …`: v, a GPUBuffer of its own (or q's, read through q's binding, when q and k are
   * views of it too), slot_mapping (a GPUBuffer, or an Int32Array validate() checked, uploaded), and
   * the two caches, GPUBuffers of their own: the kernel writes them.
   */
  const kvBuffers = (args: Args, r: Resolved, t: { q: GPUBuffer; k: GPUBuffer; qTarget: GPUBuffer; kTarget: GPUBuffer; shared: boolean }) => {
    if (!SPEC.kv) return undefined;
    const given = args as unknown as Record<string, unknown>;
    const bpe = SPEC.bytesPerElement;
    const D = SPEC.headDims.k;
    const view = r.views?.v;
    const vElements = r.tokens === 0 || r.kHeads === 0 ? 0 : view ? view[0] + (r.tokens - 1) * view[1] + (r.kHeads - 1) * view[2] + D : r.tokens * r.kHeads * D;
    const sharedV = t.shared && given.v === t.q;
    // Out of place, v may be an input's buffer (every binding of it is read only); never an output.
    const written = t.q === t.qTarget ? [t.q, t.k] : [t.qTarget, t.kTarget];
    const dims = SPEC.dims.map((d) => (d === 'heads' ? 'k_heads' : d)).join(', ');
    const vWhat = view ? `a view of [${dims}] from element ${view[0]} (token stride ${view[1]}, head stride ${view[2]}) ${SPEC.dtype}` : `[${dims}] ${SPEC.dtype}`;
    // (v through q's binding: that binding reaches to v's last element; the buffer must hold it.)
    const vBuffer = checkBuffer('v', given.v, vElements * bpe, vWhat);
    const v = sharedV ? undefined : vBuffer;
    // fp8 caches: one byte per element (the kernel writes them as u32 words: whole words are bound).
    const cacheBytes = r.cacheSlots * r.kHeads * D * (SPEC.kv.fp8 ? 1 : bpe);
    const cacheWhat = `${SPEC.kv.shape} with ${r.cacheSlots} slots, ${SPEC.kv.fp8 ? 'fp8 e4m3 bytes' : SPEC.dtype}`;
    const kCache = checkBuffer('k_cache', given.k_cache, cacheBytes, cacheWhat);
    const vCache = checkBuffer('v_cache', given.v_cache, cacheBytes, cacheWhat);
    // WebGPU binds a buffer that a pass writes once: v may share q's buffer only through q's binding.
    const tensorsBuffers = [t.q, t.k, t.qTarget, t.kTarget];
    if (v && written.includes(v)) throw new RopeArgumentError("v: must be a buffer of its own, or an input's: never one the call writes (q's or k's output; in place, q's or k's own, unless q and k are views of it too)");
    for (const [name, buffer, other] of [['k_cache', kCache, vCache], ['v_cache', vCache, kCache]] as const) {
      if (buffer === other || tensorsBuffers.includes(buffer) || buffer === v || (sharedV && buffer === t.q)) {
        throw new RopeArgumentError(`${name}: must be a buffer of its own (not the other cache, nor a buffer of q, k or v)`);
      }
    }
    // Each token's slot (slot_mapping [tokens]), or each sequence's blocks (block_table [batch, table_blocks]).
    const name = SPEC.kv.slots;
    const count = name === 'slot_mapping' ? r.tokens : r.batch * r.tableBlocks;
    const what = name === 'slot_mapping' ? `[tokens] = [${r.tokens}] i32` : `[batch, table_blocks] = [${r.batch}, ${r.tableBlocks}] i32`;
    const slots = ArrayBuffer.isView(given[name]) ? (given[name] as Int32Array) : checkBuffer(name, given[name], count * 4, what);
    return { v, vBytes: vElements * bpe, slots, slotsName: name, slotsBytes: count * 4, kCache, vCache, cacheBytes };
  };

  /**
   * A positions tensor (`positions`, or k's own `k_positions` of `tokens` = k_tokens): a GPUBuffer
   * as it is, a typed array checked and uploaded.
   */
  const positionsBuffer = (name: string, tokens: string, given: unknown, count: number, persistent: boolean): GPUBuffer | undefined => {
    if (SPEC.positions.kind !== 'tensor') return undefined;
    const { components, element } = SPEC.positions;
    const n = components * count;
    const shape = components === 1 ? `[${tokens}] = [${count}]` : `[${components}, ${tokens}] = [${components}, ${count}]`;
    const want = element === 'i32' ? Int32Array : Float32Array;
    if (!ArrayBuffer.isView(given) && isGpuBuffer(given)) return checkBuffer(name, given, n * 4, `${shape} ${element}`);
    if (!(given instanceof want)) throw new RopeArgumentError(`${name}: expected ${want.name} (${element} positions) or a GPUBuffer, got ${typeName(given)}`);
    if (given.length !== n) throw new RopeArgumentError(`${name}: expected shape ${shape} (${n} positions), got length ${given.length}`);
    // (None for q or k without tokens while the other has some: bindBuffer binds the kernel's own bytes.)
    return n > 0 ? stage(persistent, name, given, USAGE_STORAGE) : unused(name);
  };

  const record = (encoder: GPUCommandEncoder, args: Args, persistent: boolean): void => {
    if (typeof args !== 'object' || args === null) throw new RopeArgumentError('args: expected an object { q, k, sizes, … }');
    const r = validate(args);
    const arrays = args as unknown as ArgArrays;
    // Elements a tensor reaches: the whole tensor, or a view's last element + 1.
    const reach = (which: 'q' | 'k', heads: number) => {
      const tokens = tokensOf(which, r);
      if (!r.views || heads === 0) return tokens * heads * SPEC.headDims[which];
      const [start, ts, hs] = r.views[which];
      return tokens === 0 ? 0 : start + (tokens - 1) * ts + (heads - 1) * hs + SPEC.headDims[which];
    };
    const qBytes = reach('q', r.qHeads) * SPEC.bytesPerElement;
    const kBytes = reach('k', r.kHeads) * SPEC.bytesPerElement;
    // A spec that rotates q only (or k only) takes one tensor; the other stands in for it below
    // (never bound, never compared).
    const both = SPEC.tensors.length === 2;
    const [has, lacks] = both ? ['q', 'k'] as const : [SPEC.tensors[0], SPEC.tensors[0] === 'q' ? 'k' : 'q'] as const;
    const given = args as unknown as Record<string, unknown>;
    const [qArg, kArg] = both ? [args.q, args.k] : [given[has], undefined];
    const [qOutArg, kOutArg] = both ? [args.qOut, args.kOut] : [given[`${has}Out`], undefined];
    // validate() checked that views of one buffer do not overlap; q and k then share q's binding
    // (an fp8 q's output is bytes of its own: q and k are bound as two read-only views of it instead).
    const fp8Q = SPEC.qOut === 'fp8';
    const shared = both && r.views !== null && qArg === kArg && !fp8Q;
    const outOfPlace = qOutArg !== undefined || kOutArg !== undefined;
    if (fp8Q && qOutArg === undefined) throw new RopeArgumentError(`qOut: missing; spec ${SPEC.name} writes q's output as fp8 e4m3 bytes (q … output fp8_e4m3), never q in place`);
    if (both && outOfPlace && (qOutArg === undefined || kOutArg === undefined)) {
      throw new RopeArgumentError(`${qOutArg === undefined ? 'qOut' : 'kOut'}: missing; out of place needs both qOut and kOut`);
    }
    // An fp8 q's output: one byte per element, bound (and written with atomics) as whole u32 words.
    const qOutBytes = fp8Q ? Math.ceil(qBytes / SPEC.bytesPerElement / 4) * 4 : qBytes;
    // One tensor: q, qTarget and qBytes stand for it (k's three are never bound).
    const firstBytes = has === 'q' ? qBytes : kBytes;
    const q = checkBuffer(has, qArg, firstBytes, `${describe(has, r)} ${SPEC.dtype}`);
    const k = both ? checkBuffer('k', kArg, kBytes, `${describe('k', r)} ${SPEC.dtype}`) : q;
    let qTarget = q;
    let kTarget = k;
    if (outOfPlace) {
      // An fp8 q's output: one byte per element of q (or of q's view).
      qTarget = fp8Q ? checkBuffer('qOut', qOutArg, qOutBytes, `${describe('q', r)} fp8 e4m3 bytes, in whole 4-byte words`)
        : checkBuffer(`${has}Out`, qOutArg, firstBytes, `${describe(has, r)} ${SPEC.dtype}`);
      if (fp8Q && (qTarget === q || qTarget === k)) throw new RopeArgumentError("qOut: must be a buffer of its own (q's output is fp8 e4m3 bytes)");
      kTarget = both ? checkBuffer('kOut', kOutArg, kBytes, `${describe('k', r)} ${SPEC.dtype}`) : qTarget;
    }
    if (outOfPlace && both) {
      if (r.views && (qTarget === kTarget) !== shared) {
        throw new RopeArgumentError('qOut, kOut: views of one buffer are written to one output buffer, and views of two buffers to two');
      }
      if (!shared && (qTarget === k || kTarget === q)) throw new RopeArgumentError('qOut, kOut: must not be the input buffer of the other tensor');
      if ((qTarget === q) !== (kTarget === k)) {
        throw new RopeArgumentError(`${qTarget === q ? 'qOut' : 'kOut'}: is its own input buffer while the other output is not; pass qOut = q and kOut = k (or neither) to rotate in place`);
      }
    }
    // qOut = q and kOut = k is a rotation in place.
    const separate = outOfPlace && qTarget !== q;
    if (both && !shared && qTarget === kTarget) throw new RopeArgumentError(`${outOfPlace ? 'qOut, kOut' : 'q, k'}: q and k must be different buffers`);
    // Views off the 16-byte grid run the scalar shader (the native-f16 one is scalar already).
    let shader: 'main' | 'native' | 'scalar' = storage === 'native' ? 'native' : 'main';
    if (r.views && shader === 'main' && SPEC.views && SPEC.views.vectorLanes > 1 && WGSL_SCALAR !== null) {
      const lanes = SPEC.views.vectorLanes;
      if (![...r.views.q, ...r.views.k, ...(r.views.v ?? [])].every((x) => x % lanes === 0)) shader = 'scalar';
    }
    const kv = kvBuffers(args, r, { q, k, qTarget, kTarget, shared });
    const positions = positionsBuffer('positions', 'tokens', arrays.positions, r.tokens, persistent);
    const kPositions = r.k ? positionsBuffer('k_positions', 'k_tokens', arrays.k_positions, r.k.tokens, persistent) : undefined;
    const caches = readArrays(args, r);
    // WebGPU refuses a dispatch that binds one buffer both written and read only: a buffer the
    // kernel only reads (positions, a cos/sin cache, a norm weight, slot_mapping) is none it writes.
    const writes: [string, GPUBuffer][] = [[outOfPlace ? `${has}Out` : has, qTarget], ...(both ? [[outOfPlace ? 'kOut' : 'k', kTarget] as [string, GPUBuffer]] : []),
      ...(kv ? [['k_cache', kv.kCache], ['v_cache', kv.vCache]] as [string, GPUBuffer][] : [])];
    const reads: [string, unknown][] = [['positions', arrays.positions], ['k_positions', arrays.k_positions],
      ...caches.flatMap((c) => ('buffer' in c && c.bytes > 0 ? [[c.name, c.buffer] as [string, unknown]] : [])), ...(kv ? [[kv.slotsName, kv.slots] as [string, unknown]] : [])];
    for (const [name, buffer] of reads) {
      const written = writes.find(([, b]) => b === buffer);
      if (written) throw new RopeArgumentError(`${name}: is the buffer of ${written[0]}, which the call writes; an argument the kernel only reads must be another buffer`);
    }
    // One head per invocation, or head groups once there are enough of them to fill a GPU.
    const chunks = SPEC.chunks[shader]![separate ? 'outOfPlace' : 'inPlace'];
    // Invocations: q's items over its tokens, k's over its own (the same tokens, unless `k … tokens own`).
    const [tq, tk] = [r.tokens, tokensOf('k', r)];
    const grouped = tq * qGroups(r.qHeads) * chunks.q + tk * kGroups(r.kHeads) * chunks.k;
    const large = grouped >= SPEC.groupMinItems;
    const mapping = schedule !== 'auto' ? schedule : !large ? 'heads' : cpuAdapter ? 'serial' : 'groups';
    const serial = r.k ? tq * chunks.q + tk * chunks.k : tq * chunks.serial;
    const threads = mapping === 'groups' ? grouped : mapping === 'serial' ? serial : tq * r.qHeads * chunks.q + tk * r.kHeads * chunks.k;
    const workgroups = Math.ceil(threads / WORKGROUP_SIZE);
    const rows = Math.max(1, Math.ceil(workgroups / MAX_WORKGROUPS));
    const perRow = Math.ceil(workgroups / rows);
    if (rows > MAX_WORKGROUPS || perRow * rows * WORKGROUP_SIZE > 2 ** 32 - 1 || qBytes / SPEC.bytesPerElement > 2 ** 32 - 1 || kBytes / SPEC.bytesPerElement > 2 ** 32 - 1) {
      throw new RopeArgumentError(`sizes: ${r.k ? `${tq} + ${tk}` : tq} tokens need ${threads} invocations and up to ${Math.max(qBytes, kBytes)} bytes per tensor; the kernel indexes with u32 (at most 2^32 − 1)`);
    }
    const omega = omegaBuffers(r.seqLen, persistent);
    // Everything is valid: record.
    if (threads === 0) return;
    const values: Record<string, number> = {
      tokens: r.tokens, batch: r.batch, seq: r.seq, q_heads: r.qHeads, k_heads: r.kHeads,
      row_threads: perRow * WORKGROUP_SIZE, offset: r.offset, cache_positions: r.cachePositions, cache_slots: r.cacheSlots, table_blocks: r.tableBlocks,
      ...(r.scales ? { k_scale: r.scales.k, v_scale: r.scales.v } : {}), ...(fp8Q ? { q_scale: r.qScale } : {}),
    };
    SPEC.gridAxes.forEach((axis, i) => (values[`grid_${axis}`] = r.grid[i]));
    if (r.k) {
      Object.assign(values, { k_tokens: r.k.tokens, k_seq: r.k.seq, k_offset: r.k.offset });
      SPEC.gridAxes.forEach((axis, i) => (values[`k_grid_${axis}`] = r.k!.grid[i]));
    }
    if (r.views) {
      for (const which of [...SPEC.tensors, ...(r.views.v ? ['v' as const] : [])]) {
        [values[`${which}_start`], values[`${which}_token_stride`], values[`${which}_head_stride`]] = r.views[which]!;
      }
    }
    const block = new DataView(new ArrayBuffer(SPEC.uniform.size));
    for (const f of SPEC.uniform.fields) {
      if (f.type === 'i32') block.setInt32(f.offset, values[f.name], true);
      else if (f.type === 'f32') block.setFloat32(f.offset, values[f.name], true);
      else block.setUint32(f.offset, values[f.name], true);
    }
    const params = stage(persistent, 'params', new Uint8Array(block.buffer), USAGE_UNIFORM);
    // Binding sizes are whole 4-byte words, within the buffer.
    const entries: GPUBindGroupEntry[] = [{ binding: SPEC.bindings.params, resource: { buffer: params, size: SPEC.uniform.size } }];
    /**
     * Binds `buffer` to the spec's binding `name`: its first `bytes`. An argument without elements
     * (a tensor without tokens while the other has some, its positions) still needs a binding, which
     * WebGPU refuses at size 0 (and a vector binding below 16 bytes): the kernel's own 16 bytes, never touched.
     */
    const bindBuffer = (name: string, buffer: GPUBuffer, bytes: number) => {
      const [b, size] = bytes === 0 ? [unused(name), 16] : [buffer, Math.min(buffer.size, Math.ceil(bytes / 4) * 4)];
      entries.push({ binding: SPEC.bindings[name], resource: { buffer: b, size } });
    };
    /** Binds a host array, uploaded (an empty one: nothing to upload). */
    const bind = (name: string, data: ArrayBufferView & { buffer: ArrayBufferLike }) =>
      bindBuffer(name, data.byteLength === 0 ? unused(name) : stage(persistent, name, data, USAGE_STORAGE), data.byteLength);
    if (shared) {
      // v read through q's binding (the input's, out of place) lies past q's and k's elements.
      const vReach = kv && !kv.v ? kv.vBytes : 0;
      bindBuffer('q', qTarget, Math.max(qBytes, kBytes, separate ? 0 : vReach));
      if (separate) bindBuffer('q_src', q, Math.max(qBytes, kBytes, vReach));
    } else if (!both) {
      bindBuffer(has, qTarget, has === 'q' ? qOutBytes : firstBytes);
      if (separate) bindBuffer(`${has}_src`, q, firstBytes);
    } else {
      bindBuffer('q', qTarget, qOutBytes);
      bindBuffer('k', kTarget, kBytes);
      if (separate) {
        bindBuffer('q_src', q, qBytes);
        bindBuffer('k_src', k, kBytes);
      }
    }
    const suffix = mapping === 'groups' ? GROUPED_SUFFIX : mapping === 'serial' ? SERIAL_SUFFIX : '';
    const entryPoint = `${shared ? SHARED_ENTRY_POINTS[separate ? 1 : 0] : separate ? OUT_OF_PLACE_ENTRY_POINT : ENTRY_POINT}${suffix}`;
    const components = SPEC.positions.kind === 'tensor' ? SPEC.positions.components : 0;
    if (positions) bindBuffer('positions', positions, components * r.tokens * 4);
    if (kPositions && r.k) bindBuffer('k_positions', kPositions, components * r.k.tokens * 4);
    for (const c of caches) {
      if ('buffer' in c) bindBuffer(c.name, c.buffer, c.bytes);
      else bind(c.name, c.words);
    }
    if (kv) {
      // v through q's binding when q and k are views of its buffer too; the caches are written.
      if (kv.v) bindBuffer('v', kv.v, kv.vBytes);
      if (kv.slots instanceof Int32Array) bind(kv.slotsName, kv.slots);
      else bindBuffer(kv.slotsName, kv.slots, kv.slotsBytes);
      bindBuffer('k_cache', kv.kCache, kv.cacheBytes);
      bindBuffer('v_cache', kv.vCache, kv.cacheBytes);
    }
    if (SPEC.positions.kind === 'segments') {
      // validate() checked the table (the kernel never reads outside it).
      bind('segment_table', arrays.segment_table!);
      bind('segment_values', arrays.segment_values!);
    }
    for (const name of SPEC.arrays) bind(name, Int32Array.from(arrays[name]!));
    for (const [name, buffer] of Object.entries(omega.omega)) bindBuffer(name, buffer, SPEC.pairs * 4);
    if (omega.table && SPEC.table) bindBuffer('sincos_table', omega.table, SPEC.table.maxPositions * SPEC.pairs * 8);
    // WebGPU's default is 8 storage buffers per shader stage; a device may allow more (checked before anything is recorded).
    const storageBindings = entries.length - 1;
    if (storageBindings > device.limits.maxStorageBuffersPerShaderStage) {
      throw new RopeArgumentError(`args: this call binds ${storageBindings} storage buffers, more than this device allows per shader stage (maxStorageBuffersPerShaderStage ${device.limits.maxStorageBuffersPerShaderStage}); request a device with requiredLimits: { maxStorageBuffersPerShaderStage: ${storageBindings} }`);
    }
    const chosen = pipelineFor(shader, entryPoint);
    const make = () => device.createBindGroup({ layout: chosen.getBindGroupLayout(0), entries, label: `ropec ${SPEC.name}` });
    let bindGroup: GPUBindGroup;
    if (persistent) {
      const key = `${shader}:${entryPoint}|${entries.map((x) => {
        const b = x.resource as GPUBufferBinding;
        return `${x.binding}:${idOf(b.buffer)}:${b.size}`;
      }).join(',')}`;
      if (bindGroups.size >= 64 && !bindGroups.has(key)) bindGroups.clear();
      bindGroup = bindGroups.get(key) ?? make();
      bindGroups.set(key, bindGroup);
    } else bindGroup = make();
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
    encode: (encoder, args) => record(encoder, args, false),
    run(args: Args): void {
      const encoder = device.createCommandEncoder({ label: `ropec ${SPEC.name}` });
      record(encoder, args, true);
      device.queue.submit([encoder.finish()]);
    },
  };
}

