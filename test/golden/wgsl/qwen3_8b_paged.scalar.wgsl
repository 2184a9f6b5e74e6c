// Generated from spec/qwen3_8b_paged.rope (rope qwen3_8b_paged) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: ea11392c705e2dde
//
// rope qwen3_8b_paged: head_dim 128, 64 pairs in 1 item(s) per token; bf16 storage (two 16-bit values per u32 word), layout thd; scalar access; positions tensor; ω constant; sincos computed; precision exact
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
  v_token_stride: u32,
  v_head_stride: u32,
  q_start: u32,
  k_start: u32,
  v_start: u32,
  cache_slots: u32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<u32>;
@group(0) @binding(2) var<storage, read_write> k: array<u32>;
@group(0) @binding(3) var<storage, read> positions: array<i32>;
@group(0) @binding(4) var<storage, read> q_norm_weight: array<u32>;
@group(0) @binding(5) var<storage, read> k_norm_weight: array<u32>;
@group(0) @binding(6) var<storage, read> v: array<u32>;
@group(0) @binding(7) var<storage, read> slot_mapping: array<i32>;
@group(0) @binding(8) var<storage, read_write> k_cache: array<u32>;
@group(0) @binding(9) var<storage, read_write> v_cache: array<u32>;
@group(0) @binding(10) var<storage, read> q_src: array<u32>;
@group(0) @binding(11) var<storage, read> k_src: array<u32>;
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

/** slot_mapping[i], or 0 past its end */
fn read_slot_mapping(i: u32) -> i32 {
  if (i >= u32(arrayLength(&slot_mapping))) {
    return 0i;
  }
  return slot_mapping[i];
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

/** k_cache[i], or 0 past its end */
fn read_k_cache(i: u32) -> u32 {
  if (i >= u32(arrayLength(&k_cache))) {
    return 0u;
  }
  return k_cache[i];
}

/** v_cache[i], or 0 past its end */
fn read_v_cache(i: u32) -> u32 {
  if (i >= u32(arrayLength(&v_cache))) {
    return 0u;
  }
  return v_cache[i];
}

/** v[i], or 0 past its end */
fn read_v(i: u32) -> u32 {
  if (i >= u32(arrayLength(&v))) {
    return 0u;
  }
  return v[i];
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
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
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
    let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
    let word_5: u32 = (o + i) >> 1u;
    let shift_6: u32 = ((o + i) & 1u) * 16u;
    if (word_5 < u32(arrayLength(&k))) {
      k[word_5] = (read_k_out(word_5) & ((0xffffu << shift_6) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_6);
    }
    if (stored) {
      let word_7: u32 = (co + i) >> 1u;
      let shift_8: u32 = ((co + i) & 1u) * 16u;
      if (word_7 < u32(arrayLength(&k_cache))) {
        k_cache[word_7] = (read_k_cache(word_7) & ((0xffffu << shift_8) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_8);
      }
      let word_9: u32 = (co + i) >> 1u;
      let shift_10: u32 = ((co + i) & 1u) * 16u;
      if (word_9 < u32(arrayLength(&v_cache))) {
        v_cache[word_9] = (read_v_cache(word_9) & ((0xffffu << shift_10) ^ 0xffffffffu)) | (((read_v((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_10);
      }
    }
    let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
    let word_11: u32 = ((o + 64u) + i) >> 1u;
    let shift_12: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_11 < u32(arrayLength(&k))) {
      k[word_11] = (read_k_out(word_11) & ((0xffffu << shift_12) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_12);
    }
    if (stored) {
      let word_13: u32 = ((co + 64u) + i) >> 1u;
      let shift_14: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_13 < u32(arrayLength(&k_cache))) {
        k_cache[word_13] = (read_k_cache(word_13) & ((0xffffu << shift_14) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_14);
      }
      let word_15: u32 = ((co + 64u) + i) >> 1u;
      let shift_16: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_15 < u32(arrayLength(&v_cache))) {
        v_cache[word_15] = (read_v_cache(word_15) & ((0xffffu << shift_16) ^ 0xffffffffu)) | (((read_v(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_16);
      }
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_in_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
      let word_17: u32 = (o + i) >> 1u;
      let shift_18: u32 = ((o + i) & 1u) * 16u;
      if (word_17 < u32(arrayLength(&q))) {
        q[word_17] = (read_q_out(word_17) & ((0xffffu << shift_18) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_18);
      }
      let word_19: u32 = ((o + 64u) + i) >> 1u;
      let shift_20: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_19 < u32(arrayLength(&q))) {
        q[word_19] = (read_q_out(word_19) & ((0xffffu << shift_20) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_20);
      }
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
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
      let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
      let word_21: u32 = (o + i) >> 1u;
      let shift_22: u32 = ((o + i) & 1u) * 16u;
      if (word_21 < u32(arrayLength(&k))) {
        k[word_21] = (read_k_out(word_21) & ((0xffffu << shift_22) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_22);
      }
      if (stored) {
        let word_23: u32 = (co + i) >> 1u;
        let shift_24: u32 = ((co + i) & 1u) * 16u;
        if (word_23 < u32(arrayLength(&k_cache))) {
          k_cache[word_23] = (read_k_cache(word_23) & ((0xffffu << shift_24) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_24);
        }
        let word_25: u32 = (co + i) >> 1u;
        let shift_26: u32 = ((co + i) & 1u) * 16u;
        if (word_25 < u32(arrayLength(&v_cache))) {
          v_cache[word_25] = (read_v_cache(word_25) & ((0xffffu << shift_26) ^ 0xffffffffu)) | (((read_v((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_26);
        }
      }
      let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
      let word_27: u32 = ((o + 64u) + i) >> 1u;
      let shift_28: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_27 < u32(arrayLength(&k))) {
        k[word_27] = (read_k_out(word_27) & ((0xffffu << shift_28) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_28);
      }
      if (stored) {
        let word_29: u32 = ((co + 64u) + i) >> 1u;
        let shift_30: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_29 < u32(arrayLength(&k_cache))) {
          k_cache[word_29] = (read_k_cache(word_29) & ((0xffffu << shift_30) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_30);
        }
        let word_31: u32 = ((co + 64u) + i) >> 1u;
        let shift_32: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_31 < u32(arrayLength(&v_cache))) {
          v_cache[word_31] = (read_v_cache(word_31) & ((0xffffu << shift_32) ^ 0xffffffffu)) | (((read_v(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_32);
        }
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
    let word_33: u32 = (o + i) >> 1u;
    let shift_34: u32 = ((o + i) & 1u) * 16u;
    if (word_33 < u32(arrayLength(&q))) {
      q[word_33] = (read_q_out(word_33) & ((0xffffu << shift_34) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_34);
    }
    let word_35: u32 = ((o + 64u) + i) >> 1u;
    let shift_36: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_35 < u32(arrayLength(&q))) {
      q[word_35] = (read_q_out(word_35) & ((0xffffu << shift_36) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_36);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 */
fn item_scalar_out_k1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
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
    let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
    let word_37: u32 = (o + i) >> 1u;
    let shift_38: u32 = ((o + i) & 1u) * 16u;
    if (word_37 < u32(arrayLength(&k))) {
      k[word_37] = (read_k_out(word_37) & ((0xffffu << shift_38) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_38);
    }
    if (stored) {
      let word_39: u32 = (co + i) >> 1u;
      let shift_40: u32 = ((co + i) & 1u) * 16u;
      if (word_39 < u32(arrayLength(&k_cache))) {
        k_cache[word_39] = (read_k_cache(word_39) & ((0xffffu << shift_40) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_40);
      }
      let word_41: u32 = (co + i) >> 1u;
      let shift_42: u32 = ((co + i) & 1u) * 16u;
      if (word_41 < u32(arrayLength(&v_cache))) {
        v_cache[word_41] = (read_v_cache(word_41) & ((0xffffu << shift_42) ^ 0xffffffffu)) | (((read_v((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_42);
      }
    }
    let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
    let word_43: u32 = ((o + 64u) + i) >> 1u;
    let shift_44: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_43 < u32(arrayLength(&k))) {
      k[word_43] = (read_k_out(word_43) & ((0xffffu << shift_44) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_44);
    }
    if (stored) {
      let word_45: u32 = ((co + 64u) + i) >> 1u;
      let shift_46: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_45 < u32(arrayLength(&k_cache))) {
        k_cache[word_45] = (read_k_cache(word_45) & ((0xffffu << shift_46) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_46);
      }
      let word_47: u32 = ((co + 64u) + i) >> 1u;
      let shift_48: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_47 < u32(arrayLength(&v_cache))) {
        v_cache[word_47] = (read_v_cache(word_47) & ((0xffffu << shift_48) ^ 0xffffffffu)) | (((read_v(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_48);
      }
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_out_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
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
      let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
      let word_53: u32 = (o + i) >> 1u;
      let shift_54: u32 = ((o + i) & 1u) * 16u;
      if (word_53 < u32(arrayLength(&k))) {
        k[word_53] = (read_k_out(word_53) & ((0xffffu << shift_54) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_54);
      }
      if (stored) {
        let word_55: u32 = (co + i) >> 1u;
        let shift_56: u32 = ((co + i) & 1u) * 16u;
        if (word_55 < u32(arrayLength(&k_cache))) {
          k_cache[word_55] = (read_k_cache(word_55) & ((0xffffu << shift_56) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_56);
        }
        let word_57: u32 = (co + i) >> 1u;
        let shift_58: u32 = ((co + i) & 1u) * 16u;
        if (word_57 < u32(arrayLength(&v_cache))) {
          v_cache[word_57] = (read_v_cache(word_57) & ((0xffffu << shift_58) ^ 0xffffffffu)) | (((read_v((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_58);
        }
      }
      let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
      let word_59: u32 = ((o + 64u) + i) >> 1u;
      let shift_60: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_59 < u32(arrayLength(&k))) {
        k[word_59] = (read_k_out(word_59) & ((0xffffu << shift_60) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_60);
      }
      if (stored) {
        let word_61: u32 = ((co + 64u) + i) >> 1u;
        let shift_62: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_61 < u32(arrayLength(&k_cache))) {
          k_cache[word_61] = (read_k_cache(word_61) & ((0xffffu << shift_62) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_62);
        }
        let word_63: u32 = ((co + 64u) + i) >> 1u;
        let shift_64: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_63 < u32(arrayLength(&v_cache))) {
          v_cache[word_63] = (read_v_cache(word_63) & ((0xffffu << shift_64) ^ 0xffffffffu)) | (((read_v(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_64);
        }
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
    let word_65: u32 = (o + i) >> 1u;
    let shift_66: u32 = ((o + i) & 1u) * 16u;
    if (word_65 < u32(arrayLength(&q))) {
      q[word_65] = (read_q_out(word_65) & ((0xffffu << shift_66) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_66);
    }
    let word_67: u32 = ((o + 64u) + i) >> 1u;
    let shift_68: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_67 < u32(arrayLength(&q))) {
      q[word_67] = (read_q_out(word_67) & ((0xffffu << shift_68) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_68);
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar), k head h0 */
fn item_scalar_in_shared_k1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
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
    let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
    let word_69: u32 = (o + i) >> 1u;
    let shift_70: u32 = ((o + i) & 1u) * 16u;
    if (word_69 < u32(arrayLength(&q))) {
      q[word_69] = (read_q_out(word_69) & ((0xffffu << shift_70) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_70);
    }
    if (stored) {
      let word_71: u32 = (co + i) >> 1u;
      let shift_72: u32 = ((co + i) & 1u) * 16u;
      if (word_71 < u32(arrayLength(&k_cache))) {
        k_cache[word_71] = (read_k_cache(word_71) & ((0xffffu << shift_72) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_72);
      }
      let word_73: u32 = (co + i) >> 1u;
      let shift_74: u32 = ((co + i) & 1u) * 16u;
      if (word_73 < u32(arrayLength(&v_cache))) {
        v_cache[word_73] = (read_v_cache(word_73) & ((0xffffu << shift_74) ^ 0xffffffffu)) | (((read_q_out((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_74);
      }
    }
    let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
    let word_75: u32 = ((o + 64u) + i) >> 1u;
    let shift_76: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_75 < u32(arrayLength(&q))) {
      q[word_75] = (read_q_out(word_75) & ((0xffffu << shift_76) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_76);
    }
    if (stored) {
      let word_77: u32 = ((co + 64u) + i) >> 1u;
      let shift_78: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_77 < u32(arrayLength(&k_cache))) {
        k_cache[word_77] = (read_k_cache(word_77) & ((0xffffu << shift_78) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_78);
      }
      let word_79: u32 = ((co + 64u) + i) >> 1u;
      let shift_80: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_79 < u32(arrayLength(&v_cache))) {
        v_cache[word_79] = (read_v_cache(word_79) & ((0xffffu << shift_80) ^ 0xffffffffu)) | (((read_q_out(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_80);
      }
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_in_shared_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
      let word_81: u32 = (o + i) >> 1u;
      let shift_82: u32 = ((o + i) & 1u) * 16u;
      if (word_81 < u32(arrayLength(&q))) {
        q[word_81] = (read_q_out(word_81) & ((0xffffu << shift_82) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_82);
      }
      let word_83: u32 = ((o + 64u) + i) >> 1u;
      let shift_84: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_83 < u32(arrayLength(&q))) {
        q[word_83] = (read_q_out(word_83) & ((0xffffu << shift_84) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_84);
      }
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
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
      let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
      let word_85: u32 = (o + i) >> 1u;
      let shift_86: u32 = ((o + i) & 1u) * 16u;
      if (word_85 < u32(arrayLength(&q))) {
        q[word_85] = (read_q_out(word_85) & ((0xffffu << shift_86) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_86);
      }
      if (stored) {
        let word_87: u32 = (co + i) >> 1u;
        let shift_88: u32 = ((co + i) & 1u) * 16u;
        if (word_87 < u32(arrayLength(&k_cache))) {
          k_cache[word_87] = (read_k_cache(word_87) & ((0xffffu << shift_88) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_88);
        }
        let word_89: u32 = (co + i) >> 1u;
        let shift_90: u32 = ((co + i) & 1u) * 16u;
        if (word_89 < u32(arrayLength(&v_cache))) {
          v_cache[word_89] = (read_v_cache(word_89) & ((0xffffu << shift_90) ^ 0xffffffffu)) | (((read_q_out((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_90);
        }
      }
      let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
      let word_91: u32 = ((o + 64u) + i) >> 1u;
      let shift_92: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_91 < u32(arrayLength(&q))) {
        q[word_91] = (read_q_out(word_91) & ((0xffffu << shift_92) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_92);
      }
      if (stored) {
        let word_93: u32 = ((co + 64u) + i) >> 1u;
        let shift_94: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_93 < u32(arrayLength(&k_cache))) {
          k_cache[word_93] = (read_k_cache(word_93) & ((0xffffu << shift_94) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_94);
        }
        let word_95: u32 = ((co + 64u) + i) >> 1u;
        let shift_96: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_95 < u32(arrayLength(&v_cache))) {
          v_cache[word_95] = (read_v_cache(word_95) & ((0xffffu << shift_96) ^ 0xffffffffu)) | (((read_q_out(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_96);
        }
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
fn item_scalar_out_shared_k1_0(flat: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
  let co: u32 = (slot * 8u + h0) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
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
    let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
    let word_101: u32 = (o + i) >> 1u;
    let shift_102: u32 = ((o + i) & 1u) * 16u;
    if (word_101 < u32(arrayLength(&q))) {
      q[word_101] = (read_q_out(word_101) & ((0xffffu << shift_102) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_102);
    }
    if (stored) {
      let word_103: u32 = (co + i) >> 1u;
      let shift_104: u32 = ((co + i) & 1u) * 16u;
      if (word_103 < u32(arrayLength(&k_cache))) {
        k_cache[word_103] = (read_k_cache(word_103) & ((0xffffu << shift_104) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_104);
      }
      let word_105: u32 = (co + i) >> 1u;
      let shift_106: u32 = ((co + i) & 1u) * 16u;
      if (word_105 < u32(arrayLength(&v_cache))) {
        v_cache[word_105] = (read_v_cache(word_105) & ((0xffffu << shift_106) ^ 0xffffffffu)) | (((read_q_in((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_106);
      }
    }
    let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
    let word_107: u32 = ((o + 64u) + i) >> 1u;
    let shift_108: u32 = (((o + 64u) + i) & 1u) * 16u;
    if (word_107 < u32(arrayLength(&q))) {
      q[word_107] = (read_q_out(word_107) & ((0xffffu << shift_108) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_108);
    }
    if (stored) {
      let word_109: u32 = ((co + 64u) + i) >> 1u;
      let shift_110: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_109 < u32(arrayLength(&k_cache))) {
        k_cache[word_109] = (read_k_cache(word_109) & ((0xffffu << shift_110) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_110);
      }
      let word_111: u32 = ((co + 64u) + i) >> 1u;
      let shift_112: u32 = (((co + 64u) + i) & 1u) * 16u;
      if (word_111 < u32(arrayLength(&v_cache))) {
        v_cache[word_111] = (read_v_cache(word_111) & ((0xffffu << shift_112) ^ 0xffffffffu)) | (((read_q_in(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_112);
      }
    }
  }
}

/** rotate 64 pair(s) from 0 at lanes 0, 64 (stride 1, scalar) */
fn item_scalar_out_shared_0(flat: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
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
      let word_113: u32 = (o + i) >> 1u;
      let shift_114: u32 = ((o + i) & 1u) * 16u;
      if (word_113 < u32(arrayLength(&q))) {
        q[word_113] = (read_q_out(word_113) & ((0xffffu << shift_114) ^ 0xffffffffu)) | (bf16_bits(p0_xa * p0_ci - p0_xb * p0_si) << shift_114);
      }
      let word_115: u32 = ((o + 64u) + i) >> 1u;
      let shift_116: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_115 < u32(arrayLength(&q))) {
        q[word_115] = (read_q_out(word_115) & ((0xffffu << shift_116) ^ 0xffffffffu)) | (bf16_bits(p0_xb * p0_ci + p0_xa * p0_si) << shift_116);
      }
    }
  }
  for (var h: u32 = 0u; h < 8u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (slot * 8u + h) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
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
      let kw0: f32 = p0_xa * p0_ci - p0_xb * p0_si;
      let word_117: u32 = (o + i) >> 1u;
      let shift_118: u32 = ((o + i) & 1u) * 16u;
      if (word_117 < u32(arrayLength(&q))) {
        q[word_117] = (read_q_out(word_117) & ((0xffffu << shift_118) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_118);
      }
      if (stored) {
        let word_119: u32 = (co + i) >> 1u;
        let shift_120: u32 = ((co + i) & 1u) * 16u;
        if (word_119 < u32(arrayLength(&k_cache))) {
          k_cache[word_119] = (read_k_cache(word_119) & ((0xffffu << shift_120) ^ 0xffffffffu)) | (bf16_bits(kw0) << shift_120);
        }
        let word_121: u32 = (co + i) >> 1u;
        let shift_122: u32 = ((co + i) & 1u) * 16u;
        if (word_121 < u32(arrayLength(&v_cache))) {
          v_cache[word_121] = (read_v_cache(word_121) & ((0xffffu << shift_122) ^ 0xffffffffu)) | (((read_q_in((vo + i) >> 1u) >> (((vo + i) & 1u) * 16u)) & 0xffffu) << shift_122);
        }
      }
      let kw1: f32 = p0_xb * p0_ci + p0_xa * p0_si;
      let word_123: u32 = ((o + 64u) + i) >> 1u;
      let shift_124: u32 = (((o + 64u) + i) & 1u) * 16u;
      if (word_123 < u32(arrayLength(&q))) {
        q[word_123] = (read_q_out(word_123) & ((0xffffu << shift_124) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_124);
      }
      if (stored) {
        let word_125: u32 = ((co + 64u) + i) >> 1u;
        let shift_126: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_125 < u32(arrayLength(&k_cache))) {
          k_cache[word_125] = (read_k_cache(word_125) & ((0xffffu << shift_126) ^ 0xffffffffu)) | (bf16_bits(kw1) << shift_126);
        }
        let word_127: u32 = ((co + 64u) + i) >> 1u;
        let shift_128: u32 = (((co + 64u) + i) & 1u) * 16u;
        if (word_127 < u32(arrayLength(&v_cache))) {
          v_cache[word_127] = (read_v_cache(word_127) & ((0xffffu << shift_128) ^ 0xffffffffu)) | (((read_q_in(((vo + 64u) + i) >> 1u) >> ((((vo + 64u) + i) & 1u) * 16u)) & 0xffffu) << shift_128);
        }
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

// in place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
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

// out of place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
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

// in place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
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

// out of place, one head per item, 1 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
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
