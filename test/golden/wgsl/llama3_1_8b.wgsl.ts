// Generated from spec/llama3_1_8b.rope (rope llama3_1_8b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: c5df89508cf22343
//
// Host code for the WGSL kernel of rope llama3_1_8b: createKernel(device) makes the pipeline, and
// kernel.encode / kernel.run record a rotation of GPUBuffers, in place or out of place. Every
// argument is checked before anything is recorded; a bad one throws RopeArgumentError naming the
// argument and what was expected. Self-contained: it imports nothing; WebGPU's types come from the
// environment (TypeScript 6 and later: its DOM library; older: @webgpu/types).

/** The shader (the same text as llama3_1_8b.wgsl). */
export const WGSL: string = "// Generated from spec/llama3_1_8b.rope (rope llama3_1_8b) by ropec 0.1.0 for wgsl. Do not edit.\n// spec-hash: c5df89508cf22343\n//\n// rope llama3_1_8b: head_dim 128, 64 pairs in 8 item(s) per token; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions index; ω constant; sincos computed; precision exact\n// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed\n// once, then every head of q and of k is rotated with them. An item owns every word or vector it\n// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.\n\nstruct Params {\n  tokens: u32,\n  batch: u32,\n  seq: u32,\n  offset: i32,\n  row_threads: u32,\n}\n\n@group(0) @binding(0) var<uniform> params: Params;\n@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;\n@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;\n@group(0) @binding(3) var<storage, read> q_src: array<vec4<u32>>;\n@group(0) @binding(4) var<storage, read> k_src: array<vec4<u32>>;\n// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32\nconst TURNS_HI = array<f32, 64>(0.1591796875, 0.129638671875, 0.105621337890625, 0.086029052734375, 0.070098876953125, 0.057098388671875, 0.0465087890625, 0.0378875732421875, 0.03086090087890625, 0.02513885498046875, 0.02048492431640625, 0.01668548583984375, 0.013591766357421875, 0.01107025146484375, 0.0090179443359375, 0.00734710693359375, 0.005985260009765625, 0.00487518310546875, 0.003971099853515625, 0.0032358169555664062, 0.002635955810546875, 0.0021467208862304688, 0.0017490386962890625, 0.0014247894287109375, 0.0011606216430664062, 0.0009455680847167969, 0.0007703304290771484, 0.0006275177001953125, 0.00051116943359375, 0.00034487247467041016, 0.00021833181381225586, 0.00013637542724609375, 0.00008353590965270996, 0.00004976987838745117, 0.000028409063816070557, 0.000015210360288619995, 0.000012390315532684326, 0.000010091811418533325, 0.000008221715688705444, 0.0000066980719566345215, 0.000005455687642097473, 0.0000044442713260650635, 0.0000036209821701049805, 0.0000029494985938072205, 0.0000024028122425079346, 0.000001957640051841736, 0.0000015944242477416992, 0.0000012987293303012848, 0.0000010579824447631836, 8.619390428066254e-7, 7.022172212600708e-7, 5.720648914575577e-7, 4.6589411795139313e-7, 3.795139491558075e-7, 3.0919909477233887e-7, 2.5192275643348694e-7, 2.051820047199726e-7, 1.6711419448256493e-7, 1.3614771887660027e-7, 1.1091469787061214e-7, 9.036739356815815e-8, 7.360358722507954e-8, 5.995389074087143e-8, 4.8836227506399155e-8);\nconst TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000011686235666275024, -0.000005921348929405212, 0.0000070855021476745605, -0.000012356787919998169, -0.000004699453711509705, 7.133930921554565e-7, -1.3096723705530167e-7, 0.000002862885594367981, 0.000003298744559288025, -0.0000036926940083503723, -0.0000011217780411243439, -3.9569567888975143e-7, 0.0000015133991837501526, 0.0000013061799108982086, 1.2986129149794579e-7, -7.430207915604115e-8, 4.5227352529764175e-7, 6.76838681101799e-7, -3.3923424780368805e-7, -2.798624336719513e-7, 3.461027517914772e-7, -9.076757123693824e-10, 6.895788828842342e-9, 4.1996827349066734e-8, -7.147900760173798e-8, -1.126027200371027e-7, -8.498318493366241e-8, -5.1935785450041294e-8, -5.2023096941411495e-8, 1.183070708066225e-8, -1.920125214383006e-8, -4.0490704122930765e-9, -3.1222953111864626e-9, 1.3369572116062045e-9, -1.1759766493923962e-9, -6.518803274957463e-10, 1.0222720447927713e-9, 8.046185939747375e-11, -4.5508841139962897e-10, 3.064997144974768e-10, 2.7546320779947564e-10, -3.7778136174893007e-10, -9.183054316963535e-11, -1.7467982615926303e-10, -4.10068423661869e-10, -3.0965452424425166e-11, 9.092104846786242e-11, 5.891820364922751e-11, -4.0330405681743287e-11, -9.967493497242685e-11, -1.078319655789528e-10, 3.1960212254489306e-11, 3.745981302927248e-11, -9.976020010071807e-12, -5.196909569349373e-11, -3.721467578543525e-12, 2.7569058147491887e-11, 8.842704346534447e-12, 7.844835892001356e-13, -1.3731238368563936e-11, 6.408762409648716e-14, 4.9116266609416925e-12, 7.245759547913622e-12);\nconst TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 1.3854493108311772e-9, 6.795366491729737e-10, 7.928424583525384e-10, 1.4225934874545487e-9, -8.716840582678742e-10, 1.5884564497081755e-11, -2.3591954778634516e-11, -3.597993847304082e-10, -1.5388747220956844e-10, -2.7078922437695496e-11, 1.6635139099552276e-10, -2.5549080212572406e-11, -1.1205215921794576e-10, -1.396838478218143e-10, -1.99448270399305e-12, 5.027236439636429e-12, 5.04145024338154e-11, -4.53989658366627e-11, -1.5808188091881448e-11, -4.9445787742019576e-11, 2.093255083157608e-11, -9.190434871464426e-14, 6.961421456647132e-13, 1.3463056624390957e-12, -8.443517152817437e-13, 2.5186417621642088e-12, 2.153806646920664e-13, 6.729243898218051e-12, -5.003527540209385e-12, -1.8141753290595863e-12, -3.626824968822051e-12, 3.0253577421035516e-13, -4.4572764262059555e-14, 9.267014781412508e-15, 2.172256142595353e-14, 1.8770588924334197e-14, -1.4239137484124004e-13, -3.76642347952455e-15, -3.378579629064425e-14, -4.271160926024378e-14, 3.167390259578226e-14, 4.828232133763724e-14, 8.114438415358742e-15, 2.293633253431463e-14, 5.379158964503687e-16, -6.737956936511301e-15, -1.1540662123046917e-14, -1.1936657649184827e-14, 6.281099128497853e-15, 3.7521674915057864e-15, -3.0059022423380675e-15, -2.9242285727067293e-15, 1.6243349659170745e-15, 1.4514304480314094e-15, -1.498868422363268e-15, -4.030147558229091e-16, 1.6814847023847957e-15, 8.662594304866705e-16, -8.204232748674085e-17, 1.0306211975828023e-15, 2.7596598119341122e-18, 4.688119839980475e-16, 8.45945674587381e-16);\n\n// f32 → f16 bits, rounded to nearest even in integer arithmetic (NaN stays NaN, overflow → ±inf,\n// subnormals exact): WGSL leaves the rounding of pack2x16float and f16(x) to the implementation.\nfn f16_bits(v: f32) -> u32 {\n  let x = bitcast<u32>(v);\n  let sign = (x >> 16u) & 0x8000u;\n  let ax = x & 0x7fffffffu;\n  if (ax > 0x7f800000u) {\n    return sign | 0x7e00u;\n  }\n  if (ax >= 0x477ff000u) {\n    return sign | 0x7c00u;\n  }\n  if (ax >= 0x38800000u) {\n    return sign | ((ax + 0x0fffu + ((ax >> 13u) & 1u) - 0x38000000u) >> 13u);\n  }\n  // Below 2^-14: a subnormal f16, m · 2^-24 with m = round(|v| · 2^24).\n  let e = ax >> 23u;\n  if (e < 102u) {\n    return sign;\n  }\n  let m = (ax & 0x007fffffu) | 0x00800000u;\n  let shift = 126u - e;\n  let q = m >> shift;\n  let rest = m & ((1u << shift) - 1u);\n  let half = 1u << (shift - 1u);\n  let up = select(0u, 1u, rest > half || (rest == half && (q & 1u) == 1u));\n  return sign | (q + up);\n}\n\n// f32 → bf16 bits (the top half of an f32), rounded to nearest even; a NaN stays a (quiet) NaN.\nfn bf16_bits(v: f32) -> u32 {\n  let x = bitcast<u32>(v);\n  if ((x & 0x7fffffffu) > 0x7f800000u) {\n    return (x >> 16u) | 0x0040u;\n  }\n  return (x + 0x7fffu + ((x >> 16u) & 1u)) >> 16u;\n}\n\n/** q_out[i], or 0 past its end */\nfn read_q_out(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&q))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return q[i];\n}\n\n/** k_out[i], or 0 past its end */\nfn read_k_out(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&k))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return k[i];\n}\n\n/** q_in[i], or 0 past its end */\nfn read_q_in(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&q_src))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return q_src[i];\n}\n\n/** k_in[i], or 0 past its end */\nfn read_k_in(i: u32) -> vec4<u32> {\n  if (i >= u32(arrayLength(&k_src))) {\n    return vec4<u32>(0u, 0u, 0u, 0u);\n  }\n  return k_src[i];\n}\n\n/** x modulo 1 turn, in [−½, ½] */\nfn reduce_turns(x: f32) -> f32 {\n  return x - round(x);\n}\n\n/** cos and sin of t turns by our own polynomial (WGSL promises only 2^-11 for its sin and cos) */\nfn sincos_turns(t: f32) -> vec2<f32> {\n  let quarter: f32 = round(4.0 * t);\n  let x: f32 = (t - 0.25 * quarter) * 6.2831854820251465;\n  let x2: f32 = x * x;\n  let sn: f32 = x * (1.0 + x2 * (-0.1666666716337204 + x2 * (0.008333333767950535 + x2 * (-0.00019841270113829523 + x2 * 0.0000027557318844628753))));\n  let cs: f32 = 1.0 + x2 * (-0.5 + x2 * (0.0416666679084301 + x2 * (-0.0013888889225199819 + x2 * (0.000024801587642286904 + x2 * -2.755731998149713e-7))));\n  let quadrant: i32 = i32(quarter) & 3i;\n  if (quadrant == 1i) {\n    return vec2<f32>(-sn, cs);\n  }\n  if (quadrant == 2i) {\n    return vec2<f32>(-cs, -sn);\n  }\n  if (quadrant == 3i) {\n    return vec2<f32>(sn, -cs);\n  }\n  return vec2<f32>(cs, sn);\n}\n\n/** cos and sin of p·ω_j (unscaled) */\nfn pair_sincos(pw: i32, pf: f32, j: u32) -> vec2<f32> {\n  let rh: f32 = TURNS_HI[j];\n  let rm: f32 = TURNS_MID[j];\n  let rl: f32 = TURNS_LO[j];\n  let qa: f32 = f32(pw >> 24u) * 16777216.0;\n  let qb: f32 = f32((pw >> 12u) & 4095i) * 4096.0;\n  let qc: f32 = f32(pw & 4095i);\n  var acc: f32 = reduce_turns(qa * rh);\n  acc = reduce_turns(acc + reduce_turns(qa * rm));\n  acc = reduce_turns(acc + reduce_turns(qb * rh));\n  acc = reduce_turns(acc + reduce_turns(qb * rm));\n  acc = reduce_turns(acc + reduce_turns(qc * rh));\n  acc = reduce_turns(acc + reduce_turns(qc * rm));\n  let small: f32 = ((reduce_turns(qa * rl) + reduce_turns(qb * rl)) + reduce_turns(qc * rl)) + reduce_turns(pf * ((rh + rm) + rl));\n  return sincos_turns(reduce_turns(acc + small));\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 32u + h0) * 128u;\n  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 8u + h0) * 128u;\n  let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_q4_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 32u + h0) * 128u;\n  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_q_out((oh0 + (64u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;\n  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_q_out((oh1 + (64u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;\n  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_q_out((oh2 + (64u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;\n  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_q_out((oh3 + (64u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_k4_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 8u + h0) * 128u;\n  let h0_xav: vec4<u32> = read_k_out((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_k_out((oh0 + (64u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 8u + (h0 + 1u)) * 128u;\n  let h1_xav: vec4<u32> = read_k_out((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_k_out((oh1 + (64u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 8u + (h0 + 2u)) * 128u;\n  let h2_xav: vec4<u32> = read_k_out((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_k_out((oh2 + (64u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 8u + (h0 + 3u)) * 128u;\n  let h3_xav: vec4<u32> = read_k_out((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_k_out((oh3 + (64u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_in_0(s: u32, flat: u32, ki: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  for (var h: u32 = 0u; h < 32u; h++) {\n    let o: u32 = (flat * 32u + h) * 128u;\n    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n  for (var h: u32 = 0u; h < 8u; h++) {\n    let o: u32 = (flat * 8u + h) * 128u;\n    let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_q1_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 32u + h0) * 128u;\n  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_k1_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let o: u32 = (flat * 8u + h0) * 128u;\n  let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);\n  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n  let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);\n  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n  }\n  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_q4_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 32u + h0) * 128u;\n  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_q_in((oh0 + (64u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 32u + (h0 + 1u)) * 128u;\n  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_q_in((oh1 + (64u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 32u + (h0 + 2u)) * 128u;\n  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_q_in((oh2 + (64u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 32u + (h0 + 3u)) * 128u;\n  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_q_in((oh3 + (64u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_k4_0(s: u32, flat: u32, ki: u32, h0: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  let oh0: u32 = (flat * 8u + h0) * 128u;\n  let h0_xav: vec4<u32> = read_k_in((oh0 + ki * 8u) / 8u);\n  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);\n  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);\n  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);\n  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);\n  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);\n  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);\n  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);\n  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);\n  let h0_xbv: vec4<u32> = read_k_in((oh0 + (64u + ki * 8u)) / 8u);\n  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);\n  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);\n  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);\n  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);\n  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);\n  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);\n  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);\n  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);\n  let oh1: u32 = (flat * 8u + (h0 + 1u)) * 128u;\n  let h1_xav: vec4<u32> = read_k_in((oh1 + ki * 8u) / 8u);\n  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);\n  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);\n  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);\n  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);\n  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);\n  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);\n  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);\n  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);\n  let h1_xbv: vec4<u32> = read_k_in((oh1 + (64u + ki * 8u)) / 8u);\n  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);\n  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);\n  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);\n  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);\n  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);\n  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);\n  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);\n  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);\n  let oh2: u32 = (flat * 8u + (h0 + 2u)) * 128u;\n  let h2_xav: vec4<u32> = read_k_in((oh2 + ki * 8u) / 8u);\n  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);\n  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);\n  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);\n  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);\n  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);\n  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);\n  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);\n  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);\n  let h2_xbv: vec4<u32> = read_k_in((oh2 + (64u + ki * 8u)) / 8u);\n  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);\n  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);\n  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);\n  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);\n  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);\n  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);\n  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);\n  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);\n  let oh3: u32 = (flat * 8u + (h0 + 3u)) * 128u;\n  let h3_xav: vec4<u32> = read_k_in((oh3 + ki * 8u) / 8u);\n  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);\n  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);\n  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);\n  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);\n  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);\n  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);\n  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);\n  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);\n  let h3_xbv: vec4<u32> = read_k_in((oh3 + (64u + ki * 8u)) / 8u);\n  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);\n  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);\n  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);\n  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);\n  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);\n  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);\n  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);\n  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);\n  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;\n  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;\n  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;\n  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;\n  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;\n  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;\n  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;\n  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;\n  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;\n  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;\n  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;\n  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;\n  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;\n  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;\n  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;\n  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;\n  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));\n  }\n  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));\n  }\n  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;\n  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;\n  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;\n  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;\n  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;\n  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;\n  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;\n  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;\n  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;\n  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;\n  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;\n  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;\n  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;\n  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;\n  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;\n  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;\n  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));\n  }\n  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));\n  }\n  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;\n  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;\n  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;\n  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;\n  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;\n  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;\n  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;\n  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;\n  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;\n  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;\n  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;\n  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;\n  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;\n  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;\n  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;\n  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;\n  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));\n  }\n  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));\n  }\n  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;\n  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;\n  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;\n  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;\n  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;\n  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;\n  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;\n  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;\n  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;\n  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;\n  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;\n  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;\n  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;\n  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;\n  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;\n  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;\n  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));\n  }\n  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));\n  }\n}\n\n/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */\nfn item_vector_out_0(s: u32, flat: u32, ki: u32) {\n  let pos0_w: i32 = i32(s) + params.offset;\n  let pos0_f: f32 = 0.0;\n  var c0_0: f32 = 0.0;\n  var c0_1: f32 = 0.0;\n  var c0_2: f32 = 0.0;\n  var c0_3: f32 = 0.0;\n  var c0_4: f32 = 0.0;\n  var c0_5: f32 = 0.0;\n  var c0_6: f32 = 0.0;\n  var c0_7: f32 = 0.0;\n  var s0_0: f32 = 0.0;\n  var s0_1: f32 = 0.0;\n  var s0_2: f32 = 0.0;\n  var s0_3: f32 = 0.0;\n  var s0_4: f32 = 0.0;\n  var s0_5: f32 = 0.0;\n  var s0_6: f32 = 0.0;\n  var s0_7: f32 = 0.0;\n  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u);\n  c0_0 = cs0_0.x;\n  s0_0 = cs0_0.y;\n  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 1u);\n  c0_1 = cs0_1.x;\n  s0_1 = cs0_1.y;\n  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 2u);\n  c0_2 = cs0_2.x;\n  s0_2 = cs0_2.y;\n  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 3u);\n  c0_3 = cs0_3.x;\n  s0_3 = cs0_3.y;\n  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 4u);\n  c0_4 = cs0_4.x;\n  s0_4 = cs0_4.y;\n  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 5u);\n  c0_5 = cs0_5.x;\n  s0_5 = cs0_5.y;\n  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 6u);\n  c0_6 = cs0_6.x;\n  s0_6 = cs0_6.y;\n  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, ki * 8u + 7u);\n  c0_7 = cs0_7.x;\n  s0_7 = cs0_7.y;\n  for (var h: u32 = 0u; h < 32u; h++) {\n    let o: u32 = (flat * 32u + h) * 128u;\n    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {\n      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {\n      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n  for (var h: u32 = 0u; h < 8u; h++) {\n    let o: u32 = (flat * 8u + h) * 128u;\n    let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);\n    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);\n    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);\n    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);\n    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);\n    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);\n    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);\n    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);\n    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);\n    let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);\n    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);\n    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);\n    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);\n    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);\n    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);\n    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);\n    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);\n    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);\n    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;\n    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;\n    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;\n    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;\n    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;\n    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;\n    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;\n    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;\n    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;\n    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;\n    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;\n    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;\n    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;\n    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;\n    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;\n    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;\n    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {\n      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));\n    }\n    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {\n      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));\n    }\n  }\n}\n\n// in place, one head per item, 8 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 40u) * 8u) {\n    return;\n  }\n  let per_token: u32 = 40u;\n  let chunk: u32 = item % 8u;\n  let rest: u32 = item / 8u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  let s: u32 = flat;\n  if (g < 32u) {\n    let h0: u32 = g;\n    item_vector_in_q1_0(s, flat, chunk, h0);\n  } else {\n    let h0: u32 = g - 32u;\n    item_vector_in_k1_0(s, flat, chunk, h0);\n  }\n}\n\n// in place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 10u) * 8u) {\n    return;\n  }\n  let per_token: u32 = 10u;\n  let chunk: u32 = item % 8u;\n  let rest: u32 = item / 8u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  let s: u32 = flat;\n  if (g < 8u) {\n    let h0: u32 = g * 4u;\n    item_vector_in_q4_0(s, flat, chunk, h0);\n  } else {\n    let h0: u32 = (g - 8u) * 4u;\n    item_vector_in_k4_0(s, flat, chunk, h0);\n  }\n}\n\n// in place, every head in series, 8 item(s) per token (vector schedule)\n@compute @workgroup_size(64)\nfn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= params.tokens * 8u) {\n    return;\n  }\n  let flat: u32 = item / 8u;\n  let chunk: u32 = item - flat * 8u;\n  let s: u32 = flat;\n  item_vector_in_0(s, flat, chunk);\n}\n\n// out of place, one head per item, 8 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 40u) * 8u) {\n    return;\n  }\n  let per_token: u32 = 40u;\n  let chunk: u32 = item % 8u;\n  let rest: u32 = item / 8u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  let s: u32 = flat;\n  if (g < 32u) {\n    let h0: u32 = g;\n    item_vector_out_q1_0(s, flat, chunk, h0);\n  } else {\n    let h0: u32 = g - 32u;\n    item_vector_out_k1_0(s, flat, chunk, h0);\n  }\n}\n\n// out of place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)\n@compute @workgroup_size(64)\nfn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= (params.tokens * 10u) * 8u) {\n    return;\n  }\n  let per_token: u32 = 10u;\n  let chunk: u32 = item % 8u;\n  let rest: u32 = item / 8u;\n  let g: u32 = rest % per_token;\n  let flat: u32 = rest / per_token;\n  let s: u32 = flat;\n  if (g < 8u) {\n    let h0: u32 = g * 4u;\n    item_vector_out_q4_0(s, flat, chunk, h0);\n  } else {\n    let h0: u32 = (g - 8u) * 4u;\n    item_vector_out_k4_0(s, flat, chunk, h0);\n  }\n}\n\n// out of place, every head in series, 8 item(s) per token (vector schedule)\n@compute @workgroup_size(64)\nfn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {\n  let item = gid.y * params.row_threads + gid.x;\n  if (item >= params.tokens * 8u) {\n    return;\n  }\n  let flat: u32 = item / 8u;\n  let chunk: u32 = item - flat * 8u;\n  let s: u32 = flat;\n  item_vector_out_0(s, flat, chunk);\n}\n";
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
  /** fixed by the spec: 32 (may be left out; must equal it if given) */
  q_heads?: number;
  /** fixed by the spec: 8 (may be left out; must equal it if given) */
  k_heads?: number;
  /** added to every position (decode step, KV-cache length); default 0 */
  offset?: number;
}

export interface Args {
  /** [tokens, 32, 128], bf16. */
  q: GPUBuffer;
  /** [tokens, 8, 128], bf16. */
  k: GPUBuffer;
  /** Out of place: the rotated q and k are written here and q, k are left as they are. Give both or neither. */
  qOut?: GPUBuffer;
  kOut?: GPUBuffer;
  sizes: Sizes;
}

const SPEC: SpecConfig = {
  "name": "llama3_1_8b",
  "headDims": {
    "q": 128,
    "k": 128
  },
  "pairs": 64,
  "chunks": {
    "main": {
      "inPlace": {
        "q": 8,
        "k": 8,
        "serial": 8
      },
      "outOfPlace": {
        "q": 8,
        "k": 8,
        "serial": 8
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
  "arrays": [],
  "gridAxes": [],
  "dynamic": false,
  "table": null,
  "cache": null,
  "norm": null,
  "kv": null,
  "qOut": null,
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
        "name": "offset",
        "type": "i32",
        "offset": 12
      },
      {
        "name": "row_threads",
        "type": "u32",
        "offset": 16
      }
    ]
  },
  "bindings": {
    "params": 0,
    "q": 1,
    "k": 2,
    "q_src": 3,
    "k_src": 4
  }
};

/** The argument checks of ropec's table (src/kernel/checks.ts) for this spec, and the sizes they resolve. */
function validate(args: Args): Resolved {
  const s = args.sizes as unknown as Record<string, number>;
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
  const n_batch = 1;
  const n_seq = n_tokens;
  if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 32)) {
    throw new RopeArgumentError(`sizes.q_heads: the spec fixes 32 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
  }
  const n_q_heads = 32;
  if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 8)) {
    throw new RopeArgumentError(`sizes.k_heads: the spec fixes 8 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
  }
  const n_k_heads = 8;
  let n_offset = 0;
  if ((s.offset !== undefined && s.offset !== null)) {
    if (!Number.isInteger(s.offset)) {
      throw new RopeArgumentError(`sizes.offset: expected a whole number, got ${typeof s.offset === 'string' ? JSON.stringify(s.offset) : s.offset}`);
    }
    n_offset = s.offset;
  }
  if (!(n_offset >= -2147483648 && n_offset + Math.max(n_seq - 1, 0) <= 2147483647)) {
    throw new RopeArgumentError(`sizes.offset: positions run from ${n_offset} to ${n_offset} + ${Math.max(n_seq - 1, 0)} = ${Math.max(n_seq - 1, 0) + n_offset}, past the i32 range of the kernel's positions (−2147483648 … 2147483647)`);
  }
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

