// Generated from spec/qwen3_8b.rope (rope qwen3_8b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 94be9a7ff41ac6d4
//
// rope qwen3_8b: head_dim 128, 64 pairs in 1 item(s) per token; bf16 storage (two 16-bit values per u32 word), layout thd; scalar access; positions tensor; ω constant; sincos computed; precision exact
// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed
// once, then every head of q and of k is rotated with them. An item owns every word or vector it
// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  q_token_stride: u32,
  q_head_stride: u32,
  k_token_stride: u32,
  k_head_stride: u32,
  q_start: u32,
  k_start: u32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<u32>;
@group(0) @binding(2) var<storage, read_write> k: array<u32>;
@group(0) @binding(3) var<storage, read> positions: array<i32>;
@group(0) @binding(4) var<storage, read> q_norm_weight: array<u32>;
@group(0) @binding(5) var<storage, read> k_norm_weight: array<u32>;
@group(0) @binding(6) var<storage, read> q_src: array<u32>;
@group(0) @binding(7) var<storage, read> k_src: array<u32>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 64>(0.1591796875, 0.12823486328125, 0.103363037109375, 0.083282470703125, 0.067108154296875, 0.0540771484375, 0.0435791015625, 0.035125732421875, 0.0283050537109375, 0.02280426025390625, 0.01837921142578125, 0.01480865478515625, 0.011936187744140625, 0.009616851806640625, 0.0077495574951171875, 0.006244659423828125, 0.0050334930419921875, 0.004055023193359375, 0.0032682418823242188, 0.0026340484619140625, 0.0021219253540039062, 0.0017104148864746094, 0.0013780593872070312, 0.0011105537414550781, 0.0008950233459472656, 0.0007212162017822266, 0.0005812644958496094, 0.00046837329864501953, 0.00037741661071777344, 0.00030410289764404297, 0.00024509429931640625, 0.00019752979278564453, 0.00015914440155029297, 0.00012826919555664062, 0.00010335445404052734, 0.0000832974910736084, 0.00006711483001708984, 0.00005409121513366699, 0.000043585896492004395, 0.000035122036933898926, 0.000028304755687713623, 0.000022806227207183838, 0.000018380582332611084, 0.00001481175422668457, 0.000011935830116271973, 0.000009618699550628662, 0.000007748603820800781, 0.000006245449185371399, 0.000005032867193222046, 0.0000040549784898757935, 0.000003268010914325714, 0.0000026337802410125732, 0.0000021224841475486755, 0.0000017103739082813263, 0.0000013783574104309082, 0.0000011106021702289581, 8.950009942054749e-7, 7.213093340396881e-7, 5.811452865600586e-7, 4.6833883970975876e-7, 3.7741847336292267e-7, 3.0419323593378067e-7, 2.450542524456978e-7, 1.974985934793949e-7);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000018902122974395752, -0.000010740011930465698, 0.000003170222043991089, 0.00000692903995513916, 0.000007016584277153015, 0.000004200264811515808, -0.000004468485713005066, -0.0000028582289814949036, 0.000002843327820301056, -2.8533395379781723e-7, 0.0000018593855202198029, -0.0000012507662177085876, 8.239876478910446e-7, 7.713679224252701e-7, 8.826609700918198e-7, -5.718320608139038e-7, 7.171183824539185e-7, 4.470348358154297e-8, -3.2526440918445587e-7, 4.3993350118398666e-7, -1.234002411365509e-7, 1.6565900295972824e-7, 7.811468094587326e-8, -2.932938514277339e-8, 7.734342943876982e-9, -7.182825356721878e-8, -2.371962182223797e-8, -7.635208021383733e-10, 3.472086973488331e-8, -7.3814589995890856e-9, -2.8412614483386278e-8, 1.0542862582951784e-8, -1.5425030142068863e-8, -2.1573214326053858e-9, -1.1848896974697709e-8, 2.5295321393059567e-10, -7.05040292814374e-9, -2.5947883841581643e-9, -7.735252438578755e-10, -2.560227585490793e-9, 8.762981451582164e-10, -1.6561898519285023e-9, -1.2400960258673877e-9, -8.931237971410155e-10, -1.0236362868454307e-9, 1.7248567019123584e-9, 9.279688129026908e-11, 5.4015458772482816e-11, 7.617018127348274e-10, 2.7569058147491887e-10, -5.702815997210564e-11, -1.1885958883794956e-10, -8.242295734817162e-11, -1.3238832252682187e-10, 2.970068635477219e-11, -6.977529665164184e-12, -8.540723683836404e-11, 4.739320047519868e-11, 1.0736300737335114e-11, -2.6263435870532703e-12, -5.562128535530064e-11, 3.2670754990249407e-11, 2.7853275241795927e-12);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 2.1300026187276444e-9, -4.790104979335297e-10, -1.0799648675341444e-10, -3.316028840405494e-10, 2.9894861586221566e-10, 2.7799582080767493e-10, -4.177515555703337e-10, 3.4866740050709666e-10, -1.7512309657963243e-10, 1.3852214514331607e-11, -1.4896894828808627e-10, 4.320196977936064e-11, -3.438973411595825e-11, 1.2497792731269719e-11, -1.0786416898556084e-10, 5.173301023675414e-13, -7.268267931959116e-11, 1.4278990316529683e-12, 1.6184645637573603e-11, -1.1027324019197149e-11, -8.60762763149614e-12, -2.017016241528946e-11, 1.4075536743096695e-11, -4.732126149264992e-13, -1.6664816228362245e-13, 6.8227203400827996e-12, -2.758635117214303e-12, -2.2773558212840772e-14, -6.531069088322461e-12, 7.632918819569512e-13, -1.4781371656183429e-12, -1.3209805428335275e-12, -2.992271361246246e-12, -1.0066067716776178e-13, -1.3594611547596003e-12, 3.492348012341939e-14, 5.899869351747022e-13, 4.016870928762184e-13, 1.0975538511891203e-13, 3.7049527400016824e-13, -9.872555247272818e-14, -3.707948729417439e-14, -1.0895119170999806e-13, 2.865005596045661e-14, -1.5444304092993716e-13, 1.9803471742237816e-13, -5.318641001521209e-15, 1.7678856628947602e-15, 4.737061911892597e-14, -1.7671489136372384e-14, 8.369219149629258e-16, -1.148207200705239e-14, -7.698132733211568e-15, 3.931447096989843e-15, -7.037522420285519e-16, -5.868996000318481e-16, 9.15567230049593e-15, -5.341771353728356e-15, 2.540659972817105e-16, 1.5486208083443807e-16, -2.6657168700617954e-15, -4.5799893079998856e-15, -1.1389514705202662e-16);

// f32 → f16 bits, rounded to nearest even in integer arithmetic (NaN stays NaN, overflow → ±inf,
// subnormals exact): WGSL leaves the rounding of pack2x16float and f16(x) to the implementation.
fn f16_bits(v: f32) -> u32 {
  let x = bitcast<u32>(v);
  let sign = (x >> 16u) & 0x8000u;
  let ax = x & 0x7fffffffu;
  if (ax > 0x7f800000u) {
    return sign | 0x7e00u;
  }
  if (ax >= 0x477ff000u) {
    return sign | 0x7c00u;
  }
  if (ax >= 0x38800000u) {
    return sign | ((ax + 0x0fffu + ((ax >> 13u) & 1u) - 0x38000000u) >> 13u);
  }
  // Below 2^-14: a subnormal f16, m · 2^-24 with m = round(|v| · 2^24).
  let e = ax >> 23u;
  if (e < 102u) {
    return sign;
  }
  let m = (ax & 0x007fffffu) | 0x00800000u;
  let shift = 126u - e;
  let q = m >> shift;
  let rest = m & ((1u << shift) - 1u);
  let half = 1u << (shift - 1u);
  let up = select(0u, 1u, rest > half || (rest == half && (q & 1u) == 1u));
  return sign | (q + up);
}

// f32 → bf16 bits (the top half of an f32), rounded to nearest even; a NaN stays a (quiet) NaN.
fn bf16_bits(v: f32) -> u32 {
  let x = bitcast<u32>(v);
  if ((x & 0x7fffffffu) > 0x7f800000u) {
    return (x >> 16u) | 0x0040u;
  }
  return (x + 0x7fffu + ((x >> 16u) & 1u)) >> 16u;
}

/** positions[i], or 0 past its end */
fn read_positions(i: u32) -> i32 {
  if (i >= u32(arrayLength(&positions))) {
    return 0i;
  }
  return positions[i];
}

/** q_out[i], or 0 past its end */
fn read_q_out(i: u32) -> u32 {
  if (i >= u32(arrayLength(&q))) {
    return 0u;
  }
  return q[i];
}

/** q_norm_weight[i], or 0 past its end */
fn read_q_norm_weight(i: u32) -> u32 {
  if (i >= u32(arrayLength(&q_norm_weight))) {
    return 0u;
  }
  return q_norm_weight[i];
}

/** k_out[i], or 0 past its end */
fn read_k_out(i: u32) -> u32 {
  if (i >= u32(arrayLength(&k))) {
    return 0u;
  }
  return k[i];
}

/** k_norm_weight[i], or 0 past its end */
fn read_k_norm_weight(i: u32) -> u32 {
  if (i >= u32(arrayLength(&k_norm_weight))) {
    return 0u;
  }
  return k_norm_weight[i];
}

/** q_in[i], or 0 past its end */
fn read_q_in(i: u32) -> u32 {
  if (i >= u32(arrayLength(&q_src))) {
    return 0u;
  }
  return q_src[i];
}

/** k_in[i], or 0 past its end */
fn read_k_in(i: u32) -> u32 {
  if (i >= u32(arrayLength(&k_src))) {
    return 0u;
  }
  return k_src[i];
}

/** x modulo 1 turn, in [−½, ½] */
fn reduce_turns(x: f32) -> f32 {
  return x - round(x);
}

/** cos and sin of t turns by our own polynomial (WGSL promises only 2^-11 for its sin and cos) */
fn sincos_turns(t: f32) -> vec2<f32> {
  let quarter: f32 = round(4.0 * t);
  let x: f32 = (t - 0.25 * quarter) * 6.2831854820251465;
  let x2: f32 = x * x;
  let sn: f32 = x * (1.0 + x2 * (-0.1666666716337204 + x2 * (0.008333333767950535 + x2 * (-0.00019841270113829523 + x2 * 0.0000027557318844628753))));
  let cs: f32 = 1.0 + x2 * (-0.5 + x2 * (0.0416666679084301 + x2 * (-0.0013888889225199819 + x2 * (0.000024801587642286904 + x2 * -2.755731998149713e-7))));
  let quadrant: i32 = i32(quarter) & 3i;
  if (quadrant == 1i) {
    return vec2<f32>(-sn, cs);
  }
  if (quadrant == 2i) {
    return vec2<f32>(-cs, -sn);
  }
  if (quadrant == 3i) {
    return vec2<f32>(sn, -cs);
  }
  return vec2<f32>(cs, sn);
}

/** cos and sin of p·ω_j (unscaled) */
fn pair_sincos(pw: i32, pf: f32, j: u32) -> vec2<f32> {
  let rh: f32 = TURNS_HI[j];
  let rm: f32 = TURNS_MID[j];
  let rl: f32 = TURNS_LO[j];
  let qa: f32 = f32(pw >> 24u) * 16777216.0;
  let qb: f32 = f32((pw >> 12u) & 4095i) * 4096.0;
  let qc: f32 = f32(pw & 4095i);
  var acc: f32 = reduce_turns(qa * rh);
  acc = reduce_turns(acc + reduce_turns(qa * rm));
  acc = reduce_turns(acc + reduce_turns(qb * rh));
  acc = reduce_turns(acc + reduce_turns(qb * rm));
  acc = reduce_turns(acc + reduce_turns(qc * rh));
  acc = reduce_turns(acc + reduce_turns(qc * rm));
  let small: f32 = ((reduce_turns(qa * rl) + reduce_turns(qb * rl)) + reduce_turns(qc * rl)) + reduce_turns(pf * ((rh + rm) + rl));
  return sincos_turns(reduce_turns(acc + small));
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 */
fn item_scalar_in_q1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_q_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_q_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_q_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_1: u32 = (o + i) >> 1u;
    let shift_2: u32 = ((o + i) & 1u) * 16u;
    if (word_1 < u32(arrayLength(&q))) {
      q[word_1] = (read_q_out(word_1) & ((0xffffu << shift_2) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_2);
    }
    let word_3: u32 = ((o + 64u) + i) >> 1u;
    let shift_4: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_3 < u32(arrayLength(&q))) {
      q[word_3] = (read_q_out(word_3) & ((0xffffu << shift_4) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_4);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 */
fn item_scalar_in_k1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_k_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_k_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_k_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_5: u32 = (o + i) >> 1u;
    let shift_6: u32 = ((o + i) & 1u) * 16u;
    if (word_5 < u32(arrayLength(&k))) {
      k[word_5] = (read_k_out(word_5) & ((0xffffu << shift_6) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_6);
    }
    let word_7: u32 = ((o + 64u) + i) >> 1u;
    let shift_8: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_7 < u32(arrayLength(&k))) {
      k[word_7] = (read_k_out(word_7) & ((0xffffu << shift_8) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_8);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 */
fn item_scalar_in_q4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_q_out((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_q_out((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_9: u32 = (oh0 + i) >> 1u;
    let shift_10: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_9 < u32(arrayLength(&q))) {
      q[word_9] = (read_q_out(word_9) & ((0xffffu << shift_10) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_10);
    }
    let word_11: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_12: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_11 < u32(arrayLength(&q))) {
      q[word_11] = (read_q_out(word_11) & ((0xffffu << shift_12) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_12);
    }
  }
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_q_out((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_q_out((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_13: u32 = (oh1 + i) >> 1u;
    let shift_14: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_13 < u32(arrayLength(&q))) {
      q[word_13] = (read_q_out(word_13) & ((0xffffu << shift_14) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_14);
    }
    let word_15: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_16: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_15 < u32(arrayLength(&q))) {
      q[word_15] = (read_q_out(word_15) & ((0xffffu << shift_16) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_16);
    }
  }
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_q_out((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_q_out((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_17: u32 = (oh2 + i) >> 1u;
    let shift_18: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_17 < u32(arrayLength(&q))) {
      q[word_17] = (read_q_out(word_17) & ((0xffffu << shift_18) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_18);
    }
    let word_19: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_20: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_19 < u32(arrayLength(&q))) {
      q[word_19] = (read_q_out(word_19) & ((0xffffu << shift_20) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_20);
    }
  }
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_q_out((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_q_out((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_21: u32 = (oh3 + i) >> 1u;
    let shift_22: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_21 < u32(arrayLength(&q))) {
      q[word_21] = (read_q_out(word_21) & ((0xffffu << shift_22) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_22);
    }
    let word_23: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_24: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_23 < u32(arrayLength(&q))) {
      q[word_23] = (read_q_out(word_23) & ((0xffffu << shift_24) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_24);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 */
fn item_scalar_in_k4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_k_out((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_k_out((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_k_out(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_25: u32 = (oh0 + i) >> 1u;
    let shift_26: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_25 < u32(arrayLength(&k))) {
      k[word_25] = (read_k_out(word_25) & ((0xffffu << shift_26) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_26);
    }
    let word_27: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_28: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_27 < u32(arrayLength(&k))) {
      k[word_27] = (read_k_out(word_27) & ((0xffffu << shift_28) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_28);
    }
  }
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_k_out((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_k_out((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_k_out(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_29: u32 = (oh1 + i) >> 1u;
    let shift_30: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_29 < u32(arrayLength(&k))) {
      k[word_29] = (read_k_out(word_29) & ((0xffffu << shift_30) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_30);
    }
    let word_31: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_32: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_31 < u32(arrayLength(&k))) {
      k[word_31] = (read_k_out(word_31) & ((0xffffu << shift_32) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_32);
    }
  }
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_k_out((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_k_out((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_k_out(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_33: u32 = (oh2 + i) >> 1u;
    let shift_34: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_33 < u32(arrayLength(&k))) {
      k[word_33] = (read_k_out(word_33) & ((0xffffu << shift_34) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_34);
    }
    let word_35: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_36: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_35 < u32(arrayLength(&k))) {
      k[word_35] = (read_k_out(word_35) & ((0xffffu << shift_36) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_36);
    }
  }
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_k_out((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_k_out((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_k_out(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_37: u32 = (oh3 + i) >> 1u;
    let shift_38: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_37 < u32(arrayLength(&k))) {
      k[word_37] = (read_k_out(word_37) & ((0xffffu << shift_38) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_38);
    }
    let word_39: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_40: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_39 < u32(arrayLength(&k))) {
      k[word_39] = (read_k_out(word_39) & ((0xffffu << shift_40) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_40);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_in_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_q_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_q_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_q_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_41: u32 = (o + i) >> 1u;
      let shift_42: u32 = ((o + i) & 1u) * 16u;
      if (word_41 < u32(arrayLength(&q))) {
        q[word_41] = (read_q_out(word_41) & ((0xffffu << shift_42) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_42);
      }
      let word_43: u32 = ((o + 64u) + i) >> 1u;
      let shift_44: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_43 < u32(arrayLength(&q))) {
        q[word_43] = (read_q_out(word_43) & ((0xffffu << shift_44) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_44);
      }
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_k_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_k_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_k_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_45: u32 = (o + i) >> 1u;
      let shift_46: u32 = ((o + i) & 1u) * 16u;
      if (word_45 < u32(arrayLength(&k))) {
        k[word_45] = (read_k_out(word_45) & ((0xffffu << shift_46) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_46);
      }
      let word_47: u32 = ((o + 64u) + i) >> 1u;
      let shift_48: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_47 < u32(arrayLength(&k))) {
        k[word_47] = (read_k_out(word_47) & ((0xffffu << shift_48) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_48);
      }
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 */
fn item_scalar_out_q1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_q_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_q_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_q_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_49: u32 = (o + i) >> 1u;
    let shift_50: u32 = ((o + i) & 1u) * 16u;
    if (word_49 < u32(arrayLength(&q))) {
      q[word_49] = (read_q_out(word_49) & ((0xffffu << shift_50) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_50);
    }
    let word_51: u32 = ((o + 64u) + i) >> 1u;
    let shift_52: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_51 < u32(arrayLength(&q))) {
      q[word_51] = (read_q_out(word_51) & ((0xffffu << shift_52) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_52);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 */
fn item_scalar_out_k1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_k_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_k_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_k_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_53: u32 = (o + i) >> 1u;
    let shift_54: u32 = ((o + i) & 1u) * 16u;
    if (word_53 < u32(arrayLength(&k))) {
      k[word_53] = (read_k_out(word_53) & ((0xffffu << shift_54) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_54);
    }
    let word_55: u32 = ((o + 64u) + i) >> 1u;
    let shift_56: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_55 < u32(arrayLength(&k))) {
      k[word_55] = (read_k_out(word_55) & ((0xffffu << shift_56) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_56);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 */
fn item_scalar_out_q4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_q_in((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_q_in((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_57: u32 = (oh0 + i) >> 1u;
    let shift_58: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_57 < u32(arrayLength(&q))) {
      q[word_57] = (read_q_out(word_57) & ((0xffffu << shift_58) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_58);
    }
    let word_59: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_60: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_59 < u32(arrayLength(&q))) {
      q[word_59] = (read_q_out(word_59) & ((0xffffu << shift_60) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_60);
    }
  }
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_q_in((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_q_in((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_61: u32 = (oh1 + i) >> 1u;
    let shift_62: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_61 < u32(arrayLength(&q))) {
      q[word_61] = (read_q_out(word_61) & ((0xffffu << shift_62) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_62);
    }
    let word_63: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_64: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_63 < u32(arrayLength(&q))) {
      q[word_63] = (read_q_out(word_63) & ((0xffffu << shift_64) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_64);
    }
  }
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_q_in((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_q_in((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_65: u32 = (oh2 + i) >> 1u;
    let shift_66: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_65 < u32(arrayLength(&q))) {
      q[word_65] = (read_q_out(word_65) & ((0xffffu << shift_66) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_66);
    }
    let word_67: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_68: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_67 < u32(arrayLength(&q))) {
      q[word_67] = (read_q_out(word_67) & ((0xffffu << shift_68) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_68);
    }
  }
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_q_in((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_q_in((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_69: u32 = (oh3 + i) >> 1u;
    let shift_70: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_69 < u32(arrayLength(&q))) {
      q[word_69] = (read_q_out(word_69) & ((0xffffu << shift_70) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_70);
    }
    let word_71: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_72: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_71 < u32(arrayLength(&q))) {
      q[word_71] = (read_q_out(word_71) & ((0xffffu << shift_72) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_72);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 */
fn item_scalar_out_k4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_k_in((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_k_in((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_k_in(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_73: u32 = (oh0 + i) >> 1u;
    let shift_74: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_73 < u32(arrayLength(&k))) {
      k[word_73] = (read_k_out(word_73) & ((0xffffu << shift_74) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_74);
    }
    let word_75: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_76: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_75 < u32(arrayLength(&k))) {
      k[word_75] = (read_k_out(word_75) & ((0xffffu << shift_76) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_76);
    }
  }
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_k_in((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_k_in((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_k_in(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_77: u32 = (oh1 + i) >> 1u;
    let shift_78: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_77 < u32(arrayLength(&k))) {
      k[word_77] = (read_k_out(word_77) & ((0xffffu << shift_78) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_78);
    }
    let word_79: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_80: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_79 < u32(arrayLength(&k))) {
      k[word_79] = (read_k_out(word_79) & ((0xffffu << shift_80) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_80);
    }
  }
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_k_in((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_k_in((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_k_in(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_81: u32 = (oh2 + i) >> 1u;
    let shift_82: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_81 < u32(arrayLength(&k))) {
      k[word_81] = (read_k_out(word_81) & ((0xffffu << shift_82) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_82);
    }
    let word_83: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_84: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_83 < u32(arrayLength(&k))) {
      k[word_83] = (read_k_out(word_83) & ((0xffffu << shift_84) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_84);
    }
  }
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_k_in((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_k_in((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_k_in(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_85: u32 = (oh3 + i) >> 1u;
    let shift_86: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_85 < u32(arrayLength(&k))) {
      k[word_85] = (read_k_out(word_85) & ((0xffffu << shift_86) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_86);
    }
    let word_87: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_88: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_87 < u32(arrayLength(&k))) {
      k[word_87] = (read_k_out(word_87) & ((0xffffu << shift_88) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_88);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_out_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_q_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_q_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_q_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_89: u32 = (o + i) >> 1u;
      let shift_90: u32 = ((o + i) & 1u) * 16u;
      if (word_89 < u32(arrayLength(&q))) {
        q[word_89] = (read_q_out(word_89) & ((0xffffu << shift_90) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_90);
      }
      let word_91: u32 = ((o + 64u) + i) >> 1u;
      let shift_92: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_91 < u32(arrayLength(&q))) {
        q[word_91] = (read_q_out(word_91) & ((0xffffu << shift_92) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_92);
      }
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_k_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_k_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_k_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_93: u32 = (o + i) >> 1u;
      let shift_94: u32 = ((o + i) & 1u) * 16u;
      if (word_93 < u32(arrayLength(&k))) {
        k[word_93] = (read_k_out(word_93) & ((0xffffu << shift_94) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_94);
      }
      let word_95: u32 = ((o + 64u) + i) >> 1u;
      let shift_96: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_95 < u32(arrayLength(&k))) {
        k[word_95] = (read_k_out(word_95) & ((0xffffu << shift_96) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_96);
      }
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 */
fn item_scalar_in_shared_q1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_q_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_q_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_q_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_97: u32 = (o + i) >> 1u;
    let shift_98: u32 = ((o + i) & 1u) * 16u;
    if (word_97 < u32(arrayLength(&q))) {
      q[word_97] = (read_q_out(word_97) & ((0xffffu << shift_98) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_98);
    }
    let word_99: u32 = ((o + 64u) + i) >> 1u;
    let shift_100: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_99 < u32(arrayLength(&q))) {
      q[word_99] = (read_q_out(word_99) & ((0xffffu << shift_100) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_100);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 */
fn item_scalar_in_shared_k1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_q_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_q_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_q_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_101: u32 = (o + i) >> 1u;
    let shift_102: u32 = ((o + i) & 1u) * 16u;
    if (word_101 < u32(arrayLength(&q))) {
      q[word_101] = (read_q_out(word_101) & ((0xffffu << shift_102) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_102);
    }
    let word_103: u32 = ((o + 64u) + i) >> 1u;
    let shift_104: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_103 < u32(arrayLength(&q))) {
      q[word_103] = (read_q_out(word_103) & ((0xffffu << shift_104) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_104);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 */
fn item_scalar_in_shared_q4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_q_out((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_q_out((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_105: u32 = (oh0 + i) >> 1u;
    let shift_106: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_105 < u32(arrayLength(&q))) {
      q[word_105] = (read_q_out(word_105) & ((0xffffu << shift_106) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_106);
    }
    let word_107: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_108: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_107 < u32(arrayLength(&q))) {
      q[word_107] = (read_q_out(word_107) & ((0xffffu << shift_108) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_108);
    }
  }
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_q_out((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_q_out((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_109: u32 = (oh1 + i) >> 1u;
    let shift_110: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_109 < u32(arrayLength(&q))) {
      q[word_109] = (read_q_out(word_109) & ((0xffffu << shift_110) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_110);
    }
    let word_111: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_112: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_111 < u32(arrayLength(&q))) {
      q[word_111] = (read_q_out(word_111) & ((0xffffu << shift_112) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_112);
    }
  }
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_q_out((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_q_out((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_113: u32 = (oh2 + i) >> 1u;
    let shift_114: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_113 < u32(arrayLength(&q))) {
      q[word_113] = (read_q_out(word_113) & ((0xffffu << shift_114) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_114);
    }
    let word_115: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_116: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_115 < u32(arrayLength(&q))) {
      q[word_115] = (read_q_out(word_115) & ((0xffffu << shift_116) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_116);
    }
  }
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_q_out((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_q_out((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_117: u32 = (oh3 + i) >> 1u;
    let shift_118: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_117 < u32(arrayLength(&q))) {
      q[word_117] = (read_q_out(word_117) & ((0xffffu << shift_118) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_118);
    }
    let word_119: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_120: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_119 < u32(arrayLength(&q))) {
      q[word_119] = (read_q_out(word_119) & ((0xffffu << shift_120) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_120);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 */
fn item_scalar_in_shared_k4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_q_out((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_q_out((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_121: u32 = (oh0 + i) >> 1u;
    let shift_122: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_121 < u32(arrayLength(&q))) {
      q[word_121] = (read_q_out(word_121) & ((0xffffu << shift_122) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_122);
    }
    let word_123: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_124: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_123 < u32(arrayLength(&q))) {
      q[word_123] = (read_q_out(word_123) & ((0xffffu << shift_124) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_124);
    }
  }
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_q_out((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_q_out((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_125: u32 = (oh1 + i) >> 1u;
    let shift_126: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_125 < u32(arrayLength(&q))) {
      q[word_125] = (read_q_out(word_125) & ((0xffffu << shift_126) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_126);
    }
    let word_127: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_128: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_127 < u32(arrayLength(&q))) {
      q[word_127] = (read_q_out(word_127) & ((0xffffu << shift_128) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_128);
    }
  }
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_q_out((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_q_out((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_129: u32 = (oh2 + i) >> 1u;
    let shift_130: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_129 < u32(arrayLength(&q))) {
      q[word_129] = (read_q_out(word_129) & ((0xffffu << shift_130) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_130);
    }
    let word_131: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_132: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_131 < u32(arrayLength(&q))) {
      q[word_131] = (read_q_out(word_131) & ((0xffffu << shift_132) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_132);
    }
  }
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_q_out((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_q_out((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_q_out(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_133: u32 = (oh3 + i) >> 1u;
    let shift_134: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_133 < u32(arrayLength(&q))) {
      q[word_133] = (read_q_out(word_133) & ((0xffffu << shift_134) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_134);
    }
    let word_135: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_136: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_135 < u32(arrayLength(&q))) {
      q[word_135] = (read_q_out(word_135) & ((0xffffu << shift_136) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_136);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_in_shared_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_q_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_q_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_q_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_137: u32 = (o + i) >> 1u;
      let shift_138: u32 = ((o + i) & 1u) * 16u;
      if (word_137 < u32(arrayLength(&q))) {
        q[word_137] = (read_q_out(word_137) & ((0xffffu << shift_138) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_138);
      }
      let word_139: u32 = ((o + 64u) + i) >> 1u;
      let shift_140: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_139 < u32(arrayLength(&q))) {
        q[word_139] = (read_q_out(word_139) & ((0xffffu << shift_140) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_140);
      }
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_q_out((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_q_out((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_q_out(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_141: u32 = (o + i) >> 1u;
      let shift_142: u32 = ((o + i) & 1u) * 16u;
      if (word_141 < u32(arrayLength(&q))) {
        q[word_141] = (read_q_out(word_141) & ((0xffffu << shift_142) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_142);
      }
      let word_143: u32 = ((o + 64u) + i) >> 1u;
      let shift_144: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_143 < u32(arrayLength(&q))) {
        q[word_143] = (read_q_out(word_143) & ((0xffffu << shift_144) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_144);
      }
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q head h0 */
fn item_scalar_out_shared_q1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_q_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_q_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_q_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_145: u32 = (o + i) >> 1u;
    let shift_146: u32 = ((o + i) & 1u) * 16u;
    if (word_145 < u32(arrayLength(&q))) {
      q[word_145] = (read_q_out(word_145) & ((0xffffu << shift_146) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_146);
    }
    let word_147: u32 = ((o + 64u) + i) >> 1u;
    let shift_148: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_147 < u32(arrayLength(&q))) {
      q[word_147] = (read_q_out(word_147) & ((0xffffu << shift_148) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_148);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 */
fn item_scalar_out_shared_k1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let xl: f32 = bitcast<f32>(((read_q_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
    ss = ss + xl * xl;
  }
  let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let p0_xa: f32 = bitcast<f32>(((read_q_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_xb: f32 = bitcast<f32>(((read_q_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let p0_ci: f32 = c0[i];
    let p0_si: f32 = s0[i];
    let word_149: u32 = (o + i) >> 1u;
    let shift_150: u32 = ((o + i) & 1u) * 16u;
    if (word_149 < u32(arrayLength(&q))) {
      q[word_149] = (read_q_out(word_149) & ((0xffffu << shift_150) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_150);
    }
    let word_151: u32 = ((o + 64u) + i) >> 1u;
    let shift_152: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_151 < u32(arrayLength(&q))) {
      q[word_151] = (read_q_out(word_151) & ((0xffffu << shift_152) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_152);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), q heads h0 … h0 + 3 */
fn item_scalar_out_shared_q4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_q_in((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_q_in((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_153: u32 = (oh0 + i) >> 1u;
    let shift_154: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_153 < u32(arrayLength(&q))) {
      q[word_153] = (read_q_out(word_153) & ((0xffffu << shift_154) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_154);
    }
    let word_155: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_156: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_155 < u32(arrayLength(&q))) {
      q[word_155] = (read_q_out(word_155) & ((0xffffu << shift_156) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_156);
    }
  }
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_q_in((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_q_in((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_157: u32 = (oh1 + i) >> 1u;
    let shift_158: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_157 < u32(arrayLength(&q))) {
      q[word_157] = (read_q_out(word_157) & ((0xffffu << shift_158) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_158);
    }
    let word_159: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_160: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_159 < u32(arrayLength(&q))) {
      q[word_159] = (read_q_out(word_159) & ((0xffffu << shift_160) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_160);
    }
  }
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_q_in((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_q_in((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_161: u32 = (oh2 + i) >> 1u;
    let shift_162: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_161 < u32(arrayLength(&q))) {
      q[word_161] = (read_q_out(word_161) & ((0xffffu << shift_162) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_162);
    }
    let word_163: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_164: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_163 < u32(arrayLength(&q))) {
      q[word_163] = (read_q_out(word_163) & ((0xffffu << shift_164) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_164);
    }
  }
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_q_in((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_q_in((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_165: u32 = (oh3 + i) >> 1u;
    let shift_166: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_165 < u32(arrayLength(&q))) {
      q[word_165] = (read_q_out(word_165) & ((0xffffu << shift_166) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_166);
    }
    let word_167: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_168: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_167 < u32(arrayLength(&q))) {
      q[word_167] = (read_q_out(word_167) & ((0xffffu << shift_168) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_168);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k heads h0 … h0 + 3 */
fn item_scalar_out_shared_k4_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  var h0_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h0_xl: f32 = bitcast<f32>(((read_q_in((oh0 + l) >> 1u) >> (((oh0 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h0_ss = h0_ss + h0_xl * h0_xl;
  }
  let h0_r: f32 = 1.0 / sqrt(h0_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h0_p0_xa: f32 = bitcast<f32>(((read_q_in((oh0 + i) >> 1u) >> (((oh0 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh0 + 64u) + i) >> 1u) >> ((((oh0 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h0_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h0_p0_ci: f32 = c0[i];
    let h0_p0_si: f32 = s0[i];
    let word_169: u32 = (oh0 + i) >> 1u;
    let shift_170: u32 = ((oh0 + i) & 1u) * 16u;
    if (word_169 < u32(arrayLength(&q))) {
      q[word_169] = (read_q_out(word_169) & ((0xffffu << shift_170) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xa * h0_p0_ci - h0_p0_xb * h0_p0_si) << shift_170);
    }
    let word_171: u32 = ((oh0 + 64u) + i) >> 1u;
    let shift_172: u32 = (((oh0 + 64u) + i) & 1u) * 16u;
    if (word_171 < u32(arrayLength(&q))) {
      q[word_171] = (read_q_out(word_171) & ((0xffffu << shift_172) ^ 0xffffffffu)) | (bf16_bits(h0_p0_xb * h0_p0_ci + h0_p0_xa * h0_p0_si) << shift_172);
    }
  }
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  var h1_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h1_xl: f32 = bitcast<f32>(((read_q_in((oh1 + l) >> 1u) >> (((oh1 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h1_ss = h1_ss + h1_xl * h1_xl;
  }
  let h1_r: f32 = 1.0 / sqrt(h1_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h1_p0_xa: f32 = bitcast<f32>(((read_q_in((oh1 + i) >> 1u) >> (((oh1 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh1 + 64u) + i) >> 1u) >> ((((oh1 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h1_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h1_p0_ci: f32 = c0[i];
    let h1_p0_si: f32 = s0[i];
    let word_173: u32 = (oh1 + i) >> 1u;
    let shift_174: u32 = ((oh1 + i) & 1u) * 16u;
    if (word_173 < u32(arrayLength(&q))) {
      q[word_173] = (read_q_out(word_173) & ((0xffffu << shift_174) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xa * h1_p0_ci - h1_p0_xb * h1_p0_si) << shift_174);
    }
    let word_175: u32 = ((oh1 + 64u) + i) >> 1u;
    let shift_176: u32 = (((oh1 + 64u) + i) & 1u) * 16u;
    if (word_175 < u32(arrayLength(&q))) {
      q[word_175] = (read_q_out(word_175) & ((0xffffu << shift_176) ^ 0xffffffffu)) | (bf16_bits(h1_p0_xb * h1_p0_ci + h1_p0_xa * h1_p0_si) << shift_176);
    }
  }
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  var h2_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h2_xl: f32 = bitcast<f32>(((read_q_in((oh2 + l) >> 1u) >> (((oh2 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h2_ss = h2_ss + h2_xl * h2_xl;
  }
  let h2_r: f32 = 1.0 / sqrt(h2_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h2_p0_xa: f32 = bitcast<f32>(((read_q_in((oh2 + i) >> 1u) >> (((oh2 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh2 + 64u) + i) >> 1u) >> ((((oh2 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h2_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h2_p0_ci: f32 = c0[i];
    let h2_p0_si: f32 = s0[i];
    let word_177: u32 = (oh2 + i) >> 1u;
    let shift_178: u32 = ((oh2 + i) & 1u) * 16u;
    if (word_177 < u32(arrayLength(&q))) {
      q[word_177] = (read_q_out(word_177) & ((0xffffu << shift_178) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xa * h2_p0_ci - h2_p0_xb * h2_p0_si) << shift_178);
    }
    let word_179: u32 = ((oh2 + 64u) + i) >> 1u;
    let shift_180: u32 = (((oh2 + 64u) + i) & 1u) * 16u;
    if (word_179 < u32(arrayLength(&q))) {
      q[word_179] = (read_q_out(word_179) & ((0xffffu << shift_180) ^ 0xffffffffu)) | (bf16_bits(h2_p0_xb * h2_p0_ci + h2_p0_xa * h2_p0_si) << shift_180);
    }
  }
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  var h3_ss: f32 = 0.0;
  for (var l: u32 = 0u; l < 128u; l++) {
    let h3_xl: f32 = bitcast<f32>(((read_q_in((oh3 + l) >> 1u) >> (((oh3 + l) & 1u) * 16u)) & 0xffffu) << 16u);
    h3_ss = h3_ss + h3_xl * h3_xl;
  }
  let h3_r: f32 = 1.0 / sqrt(h3_ss / 128.0 + 9.999999974752427e-7);
  for (var i: u32 = 0u; i < 64u; i++) {
    let h3_p0_xa: f32 = bitcast<f32>(((read_q_in((oh3 + i) >> 1u) >> (((oh3 + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_xb: f32 = bitcast<f32>(((read_q_in(((oh3 + 64u) + i) >> 1u) >> ((((oh3 + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (h3_r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
    let h3_p0_ci: f32 = c0[i];
    let h3_p0_si: f32 = s0[i];
    let word_181: u32 = (oh3 + i) >> 1u;
    let shift_182: u32 = ((oh3 + i) & 1u) * 16u;
    if (word_181 < u32(arrayLength(&q))) {
      q[word_181] = (read_q_out(word_181) & ((0xffffu << shift_182) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xa * h3_p0_ci - h3_p0_xb * h3_p0_si) << shift_182);
    }
    let word_183: u32 = ((oh3 + 64u) + i) >> 1u;
    let shift_184: u32 = (((oh3 + 64u) + i) & 1u) * 16u;
    if (word_183 < u32(arrayLength(&q))) {
      q[word_183] = (read_q_out(word_183) & ((0xffffu << shift_184) ^ 0xffffffffu)) | (bf16_bits(h3_p0_xb * h3_p0_ci + h3_p0_xa * h3_p0_si) << shift_184);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_out_shared_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  var c0: array<f32, 64>;
  var s0: array<f32, 64>;
  let cs0_0: vec2<f32> = pair_sincos(pos0_w, pos0_f, 0u);
  c0[0u] = cs0_0.x;
  s0[0u] = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(pos0_w, pos0_f, 1u);
  c0[1u] = cs0_1.x;
  s0[1u] = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(pos0_w, pos0_f, 2u);
  c0[2u] = cs0_2.x;
  s0[2u] = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(pos0_w, pos0_f, 3u);
  c0[3u] = cs0_3.x;
  s0[3u] = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(pos0_w, pos0_f, 4u);
  c0[4u] = cs0_4.x;
  s0[4u] = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(pos0_w, pos0_f, 5u);
  c0[5u] = cs0_5.x;
  s0[5u] = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(pos0_w, pos0_f, 6u);
  c0[6u] = cs0_6.x;
  s0[6u] = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(pos0_w, pos0_f, 7u);
  c0[7u] = cs0_7.x;
  s0[7u] = cs0_7.y;
  let cs0_8: vec2<f32> = pair_sincos(pos0_w, pos0_f, 8u);
  c0[8u] = cs0_8.x;
  s0[8u] = cs0_8.y;
  let cs0_9: vec2<f32> = pair_sincos(pos0_w, pos0_f, 9u);
  c0[9u] = cs0_9.x;
  s0[9u] = cs0_9.y;
  let cs0_10: vec2<f32> = pair_sincos(pos0_w, pos0_f, 10u);
  c0[10u] = cs0_10.x;
  s0[10u] = cs0_10.y;
  let cs0_11: vec2<f32> = pair_sincos(pos0_w, pos0_f, 11u);
  c0[11u] = cs0_11.x;
  s0[11u] = cs0_11.y;
  let cs0_12: vec2<f32> = pair_sincos(pos0_w, pos0_f, 12u);
  c0[12u] = cs0_12.x;
  s0[12u] = cs0_12.y;
  let cs0_13: vec2<f32> = pair_sincos(pos0_w, pos0_f, 13u);
  c0[13u] = cs0_13.x;
  s0[13u] = cs0_13.y;
  let cs0_14: vec2<f32> = pair_sincos(pos0_w, pos0_f, 14u);
  c0[14u] = cs0_14.x;
  s0[14u] = cs0_14.y;
  let cs0_15: vec2<f32> = pair_sincos(pos0_w, pos0_f, 15u);
  c0[15u] = cs0_15.x;
  s0[15u] = cs0_15.y;
  let cs0_16: vec2<f32> = pair_sincos(pos0_w, pos0_f, 16u);
  c0[16u] = cs0_16.x;
  s0[16u] = cs0_16.y;
  let cs0_17: vec2<f32> = pair_sincos(pos0_w, pos0_f, 17u);
  c0[17u] = cs0_17.x;
  s0[17u] = cs0_17.y;
  let cs0_18: vec2<f32> = pair_sincos(pos0_w, pos0_f, 18u);
  c0[18u] = cs0_18.x;
  s0[18u] = cs0_18.y;
  let cs0_19: vec2<f32> = pair_sincos(pos0_w, pos0_f, 19u);
  c0[19u] = cs0_19.x;
  s0[19u] = cs0_19.y;
  let cs0_20: vec2<f32> = pair_sincos(pos0_w, pos0_f, 20u);
  c0[20u] = cs0_20.x;
  s0[20u] = cs0_20.y;
  let cs0_21: vec2<f32> = pair_sincos(pos0_w, pos0_f, 21u);
  c0[21u] = cs0_21.x;
  s0[21u] = cs0_21.y;
  let cs0_22: vec2<f32> = pair_sincos(pos0_w, pos0_f, 22u);
  c0[22u] = cs0_22.x;
  s0[22u] = cs0_22.y;
  let cs0_23: vec2<f32> = pair_sincos(pos0_w, pos0_f, 23u);
  c0[23u] = cs0_23.x;
  s0[23u] = cs0_23.y;
  let cs0_24: vec2<f32> = pair_sincos(pos0_w, pos0_f, 24u);
  c0[24u] = cs0_24.x;
  s0[24u] = cs0_24.y;
  let cs0_25: vec2<f32> = pair_sincos(pos0_w, pos0_f, 25u);
  c0[25u] = cs0_25.x;
  s0[25u] = cs0_25.y;
  let cs0_26: vec2<f32> = pair_sincos(pos0_w, pos0_f, 26u);
  c0[26u] = cs0_26.x;
  s0[26u] = cs0_26.y;
  let cs0_27: vec2<f32> = pair_sincos(pos0_w, pos0_f, 27u);
  c0[27u] = cs0_27.x;
  s0[27u] = cs0_27.y;
  let cs0_28: vec2<f32> = pair_sincos(pos0_w, pos0_f, 28u);
  c0[28u] = cs0_28.x;
  s0[28u] = cs0_28.y;
  let cs0_29: vec2<f32> = pair_sincos(pos0_w, pos0_f, 29u);
  c0[29u] = cs0_29.x;
  s0[29u] = cs0_29.y;
  let cs0_30: vec2<f32> = pair_sincos(pos0_w, pos0_f, 30u);
  c0[30u] = cs0_30.x;
  s0[30u] = cs0_30.y;
  let cs0_31: vec2<f32> = pair_sincos(pos0_w, pos0_f, 31u);
  c0[31u] = cs0_31.x;
  s0[31u] = cs0_31.y;
  let cs0_32: vec2<f32> = pair_sincos(pos0_w, pos0_f, 32u);
  c0[32u] = cs0_32.x;
  s0[32u] = cs0_32.y;
  let cs0_33: vec2<f32> = pair_sincos(pos0_w, pos0_f, 33u);
  c0[33u] = cs0_33.x;
  s0[33u] = cs0_33.y;
  let cs0_34: vec2<f32> = pair_sincos(pos0_w, pos0_f, 34u);
  c0[34u] = cs0_34.x;
  s0[34u] = cs0_34.y;
  let cs0_35: vec2<f32> = pair_sincos(pos0_w, pos0_f, 35u);
  c0[35u] = cs0_35.x;
  s0[35u] = cs0_35.y;
  let cs0_36: vec2<f32> = pair_sincos(pos0_w, pos0_f, 36u);
  c0[36u] = cs0_36.x;
  s0[36u] = cs0_36.y;
  let cs0_37: vec2<f32> = pair_sincos(pos0_w, pos0_f, 37u);
  c0[37u] = cs0_37.x;
  s0[37u] = cs0_37.y;
  let cs0_38: vec2<f32> = pair_sincos(pos0_w, pos0_f, 38u);
  c0[38u] = cs0_38.x;
  s0[38u] = cs0_38.y;
  let cs0_39: vec2<f32> = pair_sincos(pos0_w, pos0_f, 39u);
  c0[39u] = cs0_39.x;
  s0[39u] = cs0_39.y;
  let cs0_40: vec2<f32> = pair_sincos(pos0_w, pos0_f, 40u);
  c0[40u] = cs0_40.x;
  s0[40u] = cs0_40.y;
  let cs0_41: vec2<f32> = pair_sincos(pos0_w, pos0_f, 41u);
  c0[41u] = cs0_41.x;
  s0[41u] = cs0_41.y;
  let cs0_42: vec2<f32> = pair_sincos(pos0_w, pos0_f, 42u);
  c0[42u] = cs0_42.x;
  s0[42u] = cs0_42.y;
  let cs0_43: vec2<f32> = pair_sincos(pos0_w, pos0_f, 43u);
  c0[43u] = cs0_43.x;
  s0[43u] = cs0_43.y;
  let cs0_44: vec2<f32> = pair_sincos(pos0_w, pos0_f, 44u);
  c0[44u] = cs0_44.x;
  s0[44u] = cs0_44.y;
  let cs0_45: vec2<f32> = pair_sincos(pos0_w, pos0_f, 45u);
  c0[45u] = cs0_45.x;
  s0[45u] = cs0_45.y;
  let cs0_46: vec2<f32> = pair_sincos(pos0_w, pos0_f, 46u);
  c0[46u] = cs0_46.x;
  s0[46u] = cs0_46.y;
  let cs0_47: vec2<f32> = pair_sincos(pos0_w, pos0_f, 47u);
  c0[47u] = cs0_47.x;
  s0[47u] = cs0_47.y;
  let cs0_48: vec2<f32> = pair_sincos(pos0_w, pos0_f, 48u);
  c0[48u] = cs0_48.x;
  s0[48u] = cs0_48.y;
  let cs0_49: vec2<f32> = pair_sincos(pos0_w, pos0_f, 49u);
  c0[49u] = cs0_49.x;
  s0[49u] = cs0_49.y;
  let cs0_50: vec2<f32> = pair_sincos(pos0_w, pos0_f, 50u);
  c0[50u] = cs0_50.x;
  s0[50u] = cs0_50.y;
  let cs0_51: vec2<f32> = pair_sincos(pos0_w, pos0_f, 51u);
  c0[51u] = cs0_51.x;
  s0[51u] = cs0_51.y;
  let cs0_52: vec2<f32> = pair_sincos(pos0_w, pos0_f, 52u);
  c0[52u] = cs0_52.x;
  s0[52u] = cs0_52.y;
  let cs0_53: vec2<f32> = pair_sincos(pos0_w, pos0_f, 53u);
  c0[53u] = cs0_53.x;
  s0[53u] = cs0_53.y;
  let cs0_54: vec2<f32> = pair_sincos(pos0_w, pos0_f, 54u);
  c0[54u] = cs0_54.x;
  s0[54u] = cs0_54.y;
  let cs0_55: vec2<f32> = pair_sincos(pos0_w, pos0_f, 55u);
  c0[55u] = cs0_55.x;
  s0[55u] = cs0_55.y;
  let cs0_56: vec2<f32> = pair_sincos(pos0_w, pos0_f, 56u);
  c0[56u] = cs0_56.x;
  s0[56u] = cs0_56.y;
  let cs0_57: vec2<f32> = pair_sincos(pos0_w, pos0_f, 57u);
  c0[57u] = cs0_57.x;
  s0[57u] = cs0_57.y;
  let cs0_58: vec2<f32> = pair_sincos(pos0_w, pos0_f, 58u);
  c0[58u] = cs0_58.x;
  s0[58u] = cs0_58.y;
  let cs0_59: vec2<f32> = pair_sincos(pos0_w, pos0_f, 59u);
  c0[59u] = cs0_59.x;
  s0[59u] = cs0_59.y;
  let cs0_60: vec2<f32> = pair_sincos(pos0_w, pos0_f, 60u);
  c0[60u] = cs0_60.x;
  s0[60u] = cs0_60.y;
  let cs0_61: vec2<f32> = pair_sincos(pos0_w, pos0_f, 61u);
  c0[61u] = cs0_61.x;
  s0[61u] = cs0_61.y;
  let cs0_62: vec2<f32> = pair_sincos(pos0_w, pos0_f, 62u);
  c0[62u] = cs0_62.x;
  s0[62u] = cs0_62.y;
  let cs0_63: vec2<f32> = pair_sincos(pos0_w, pos0_f, 63u);
  c0[63u] = cs0_63.x;
  s0[63u] = cs0_63.y;
  for (var h: u32 = 0u; h < 32u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_q_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_q_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_q_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_q_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_185: u32 = (o + i) >> 1u;
      let shift_186: u32 = ((o + i) & 1u) * 16u;
      if (word_185 < u32(arrayLength(&q))) {
        q[word_185] = (read_q_out(word_185) & ((0xffffu << shift_186) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_186);
      }
      let word_187: u32 = ((o + 64u) + i) >> 1u;
      let shift_188: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_187 < u32(arrayLength(&q))) {
        q[word_187] = (read_q_out(word_187) & ((0xffffu << shift_188) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_188);
      }
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    var ss: f32 = 0.0;
    for (var l: u32 = 0u; l < 128u; l++) {
      let xl: f32 = bitcast<f32>(((read_q_in((o + l) >> 1u) >> (((o + l) & 1u) * 16u)) & 0xffffu) << 16u);
      ss = ss + xl * xl;
    }
    let r: f32 = 1.0 / sqrt(ss / 128.0 + 9.999999974752427e-7);
    for (var i: u32 = 0u; i < 64u; i++) {
      let p0_xa: f32 = bitcast<f32>(((read_q_in((o + i) >> 1u) >> (((o + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight(i >> 1u) >> ((i & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_xb: f32 = bitcast<f32>(((read_q_in(((o + 64u) + i) >> 1u) >> ((((o + 64u) + i) & 1u) * 16u)) & 0xffffu) << 16u) * (r * bitcast<f32>(((read_k_norm_weight((64u + i) >> 1u) >> (((64u + i) & 1u) * 16u)) & 0xffffu) << 16u));
      let p0_ci: f32 = c0[i];
      let p0_si: f32 = s0[i];
      let word_189: u32 = (o + i) >> 1u;
      let shift_190: u32 = ((o + i) & 1u) * 16u;
      if (word_189 < u32(arrayLength(&q))) {
        q[word_189] = (read_q_out(word_189) & ((0xffffu << shift_190) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_190);
      }
      let word_191: u32 = ((o + 64u) + i) >> 1u;
      let shift_192: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_191 < u32(arrayLength(&q))) {
        q[word_191] = (read_q_out(word_191) & ((0xffffu << shift_192) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_192);
      }
    }
  }
}

// in place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 1u) {
    return;
  }
  let per_token: u32 = 40u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_in_q1_0(flat, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_in_k1_0(flat, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 1u) {
    return;
  }
  let per_token: u32 = 10u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_in_q4_0(flat, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_in_k4_0(flat, h0);
  }
}

// in place, every head in series, 1 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 1u) {
    return;
  }
  let flat: u32 = item / 1u;
  item_scalar_in_0(flat);
}

// out of place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 1u) {
    return;
  }
  let per_token: u32 = 40u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_out_q1_0(flat, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_out_k1_0(flat, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 1u) {
    return;
  }
  let per_token: u32 = 10u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_out_q4_0(flat, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_out_k4_0(flat, h0);
  }
}

// out of place, every head in series, 1 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 1u) {
    return;
  }
  let flat: u32 = item / 1u;
  item_scalar_out_0(flat);
}

// in place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 1u) {
    return;
  }
  let per_token: u32 = 40u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_in_shared_q1_0(flat, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_in_shared_k1_0(flat, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 1u) {
    return;
  }
  let per_token: u32 = 10u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_in_shared_q4_0(flat, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_in_shared_k4_0(flat, h0);
  }
}

// in place, every head in series, 1 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 1u) {
    return;
  }
  let flat: u32 = item / 1u;
  item_scalar_in_shared_0(flat);
}

// out of place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 40u) * 1u) {
    return;
  }
  let per_token: u32 = 40u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 32u) {
    let h0: u32 = g;
    item_scalar_out_shared_q1_0(flat, h0);
  } else {
    let h0: u32 = g - 32u;
    item_scalar_out_shared_k1_0(flat, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 10u) * 1u) {
    return;
  }
  let per_token: u32 = 10u;
  let rest: u32 = item / 1u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 8u) {
    let h0: u32 = g * 4u;
    item_scalar_out_shared_q4_0(flat, h0);
  } else {
    let h0: u32 = (g - 8u) * 4u;
    item_scalar_out_shared_k4_0(flat, h0);
  }
}

// out of place, every head in series, 1 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 1u) {
    return;
  }
  let flat: u32 = item / 1u;
  item_scalar_out_shared_0(flat);
}
