// Generated from spec/qwen2_vl_7b_paged.rope (rope qwen2_vl_7b_paged) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 3d47dbb1d691595e
//
// rope qwen2_vl_7b_paged: head_dim 128, 64 pairs in 32 item(s) per token; bf16 storage (two 16-bit values per u32 word), layout thd; scalar access; positions tensor; ω constant; sincos computed; precision exact
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
@group(0) @binding(4) var<storage, read> v: array<u32>;
@group(0) @binding(5) var<storage, read> slot_mapping: array<i32>;
@group(0) @binding(6) var<storage, read_write> k_cache: array<u32>;
@group(0) @binding(7) var<storage, read_write> v_cache: array<u32>;
@group(0) @binding(8) var<storage, read> q_src: array<u32>;
@group(0) @binding(9) var<storage, read> k_src: array<u32>;
// ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32
const TURNS_HI = array<f32, 64>(0.1591796875, 0.12823486328125, 0.103363037109375, 0.083282470703125, 0.067108154296875, 0.0540771484375, 0.0435791015625, 0.035125732421875, 0.0283050537109375, 0.02280426025390625, 0.01837921142578125, 0.01480865478515625, 0.011936187744140625, 0.009616851806640625, 0.0077495574951171875, 0.006244659423828125, 0.0050334930419921875, 0.004055023193359375, 0.0032682418823242188, 0.0026340484619140625, 0.0021219253540039062, 0.0017104148864746094, 0.0013780593872070312, 0.0011105537414550781, 0.0008950233459472656, 0.0007212162017822266, 0.0005812644958496094, 0.00046837329864501953, 0.00037741661071777344, 0.00030410289764404297, 0.00024509429931640625, 0.00019752979278564453, 0.00015914440155029297, 0.00012826919555664062, 0.00010335445404052734, 0.0000832974910736084, 0.00006711483001708984, 0.00005409121513366699, 0.000043585896492004395, 0.000035122036933898926, 0.000028304755687713623, 0.000022806227207183838, 0.000018380582332611084, 0.00001481175422668457, 0.000011935830116271973, 0.000009618699550628662, 0.000007748603820800781, 0.000006245449185371399, 0.000005032867193222046, 0.0000040549784898757935, 0.000003268010914325714, 0.0000026337802410125732, 0.0000021224841475486755, 0.0000017103739082813263, 0.0000013783574104309082, 0.0000011106021702289581, 8.950009942054749e-7, 7.213093340396881e-7, 5.811452865600586e-7, 4.6833883970975876e-7, 3.7741847336292267e-7, 3.0419323593378067e-7, 2.450542524456978e-7, 1.974985934793949e-7);
const TURNS_MID = array<f32, 64>(-0.000024743378162384033, 0.000018902122974395752, -0.000010740011930465698, 0.000003170222043991089, 0.00000692903995513916, 0.000007016584277153015, 0.000004200264811515808, -0.000004468485713005066, -0.0000028582289814949036, 0.000002843327820301056, -2.8533395379781723e-7, 0.0000018593855202198029, -0.0000012507662177085876, 8.239876478910446e-7, 7.713679224252701e-7, 8.826609700918198e-7, -5.718320608139038e-7, 7.171183824539185e-7, 4.470348358154297e-8, -3.2526440918445587e-7, 4.3993350118398666e-7, -1.234002411365509e-7, 1.6565900295972824e-7, 7.811468094587326e-8, -2.932938514277339e-8, 7.734342943876982e-9, -7.182825356721878e-8, -2.371962182223797e-8, -7.635208021383733e-10, 3.472086973488331e-8, -7.3814589995890856e-9, -2.8412614483386278e-8, 1.0542862582951784e-8, -1.5425030142068863e-8, -2.1573214326053858e-9, -1.1848896974697709e-8, 2.5295321393059567e-10, -7.05040292814374e-9, -2.5947883841581643e-9, -7.735252438578755e-10, -2.560227585490793e-9, 8.762981451582164e-10, -1.6561898519285023e-9, -1.2400960258673877e-9, -8.931237971410155e-10, -1.0236362868454307e-9, 1.7248567019123584e-9, 9.279688129026908e-11, 5.4015458772482816e-11, 7.617018127348274e-10, 2.7569058147491887e-10, -5.702815997210564e-11, -1.1885958883794956e-10, -8.242295734817162e-11, -1.3238832252682187e-10, 2.970068635477219e-11, -6.977529665164184e-12, -8.540723683836404e-11, 4.739320047519868e-11, 1.0736300737335114e-11, -2.6263435870532703e-12, -5.562128535530064e-11, 3.2670754990249407e-11, 2.7853275241795927e-12);
const TURNS_LO = array<f32, 64>(-1.0299422426029992e-9, 2.1300026187276444e-9, -4.790104979335297e-10, -1.0799648675341444e-10, -3.316028840405494e-10, 2.9894861586221566e-10, 2.7799582080767493e-10, -4.177515555703337e-10, 3.4866740050709666e-10, -1.7512309657963243e-10, 1.3852214514331607e-11, -1.4896894828808627e-10, 4.320196977936064e-11, -3.438973411595825e-11, 1.2497792731269719e-11, -1.0786416898556084e-10, 5.173301023675414e-13, -7.268267931959116e-11, 1.4278990316529683e-12, 1.6184645637573603e-11, -1.1027324019197149e-11, -8.60762763149614e-12, -2.017016241528946e-11, 1.4075536743096695e-11, -4.732126149264992e-13, -1.6664816228362245e-13, 6.8227203400827996e-12, -2.758635117214303e-12, -2.2773558212840772e-14, -6.531069088322461e-12, 7.632918819569512e-13, -1.4781371656183429e-12, -1.3209805428335275e-12, -2.992271361246246e-12, -1.0066067716776178e-13, -1.3594611547596003e-12, 3.492348012341939e-14, 5.899869351747022e-13, 4.016870928762184e-13, 1.0975538511891203e-13, 3.7049527400016824e-13, -9.872555247272818e-14, -3.707948729417439e-14, -1.0895119170999806e-13, 2.865005596045661e-14, -1.5444304092993716e-13, 1.9803471742237816e-13, -5.318641001521209e-15, 1.7678856628947602e-15, 4.737061911892597e-14, -1.7671489136372384e-14, 8.369219149629258e-16, -1.148207200705239e-14, -7.698132733211568e-15, 3.931447096989843e-15, -7.037522420285519e-16, -5.868996000318481e-16, 9.15567230049593e-15, -5.341771353728356e-15, 2.540659972817105e-16, 1.5486208083443807e-16, -2.6657168700617954e-15, -4.5799893079998856e-15, -1.1389514705202662e-16);
// the position component that drives each pair
const PAIR_COMPONENT = array<u32, 64>(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u);

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

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_1: u32 = (o + ki * 2u) >> 1u;
  let shift_2: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_1 < u32(arrayLength(&q))) {
    q[word_1] = (read_q_out(word_1) & ((0xffffu << shift_2) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_2);
  }
  let word_3: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_4: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_3 < u32(arrayLength(&q))) {
    q[word_3] = (read_q_out(word_3) & ((0xffffu << shift_4) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_4);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_5: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_6: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_5 < u32(arrayLength(&q))) {
    q[word_5] = (read_q_out(word_5) & ((0xffffu << shift_6) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_6);
  }
  let word_7: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_8: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_7 < u32(arrayLength(&q))) {
    q[word_7] = (read_q_out(word_7) & ((0xffffu << shift_8) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_8);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_k_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_9: u32 = (o + ki * 2u) >> 1u;
  let shift_10: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_9 < u32(arrayLength(&k))) {
    k[word_9] = (read_k_out(word_9) & ((0xffffu << shift_10) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_10);
  }
  if (stored) {
    let word_11: u32 = (co + ki * 2u) >> 1u;
    let shift_12: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_11 < u32(arrayLength(&k_cache))) {
      k_cache[word_11] = (read_k_cache(word_11) & ((0xffffu << shift_12) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_12);
    }
    let word_13: u32 = (co + ki * 2u) >> 1u;
    let shift_14: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_13 < u32(arrayLength(&v_cache))) {
      v_cache[word_13] = (read_v_cache(word_13) & ((0xffffu << shift_14) ^ 0xffffffffu)) | (((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_14);
    }
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_15: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_16: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_15 < u32(arrayLength(&k))) {
    k[word_15] = (read_k_out(word_15) & ((0xffffu << shift_16) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_16);
  }
  if (stored) {
    let word_17: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_18: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_17 < u32(arrayLength(&k_cache))) {
      k_cache[word_17] = (read_k_cache(word_17) & ((0xffffu << shift_18) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_18);
    }
    let word_19: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_20: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_19 < u32(arrayLength(&v_cache))) {
      v_cache[word_19] = (read_v_cache(word_19) & ((0xffffu << shift_20) ^ 0xffffffffu)) | (((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_20);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_k_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_k_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_21: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_22: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_21 < u32(arrayLength(&k))) {
    k[word_21] = (read_k_out(word_21) & ((0xffffu << shift_22) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_22);
  }
  if (stored) {
    let word_23: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_24: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_23 < u32(arrayLength(&k_cache))) {
      k_cache[word_23] = (read_k_cache(word_23) & ((0xffffu << shift_24) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_24);
    }
    let word_25: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_26: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_25 < u32(arrayLength(&v_cache))) {
      v_cache[word_25] = (read_v_cache(word_25) & ((0xffffu << shift_26) ^ 0xffffffffu)) | (((read_v((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_26);
    }
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_27: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_28: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_27 < u32(arrayLength(&k))) {
    k[word_27] = (read_k_out(word_27) & ((0xffffu << shift_28) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_28);
  }
  if (stored) {
    let word_29: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_30: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_29 < u32(arrayLength(&k_cache))) {
      k_cache[word_29] = (read_k_cache(word_29) & ((0xffffu << shift_30) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_30);
    }
    let word_31: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_32: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_31 < u32(arrayLength(&v_cache))) {
      v_cache[word_31] = (read_v_cache(word_31) & ((0xffffu << shift_32) ^ 0xffffffffu)) | (((read_v((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_32);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_33: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_34: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_33 < u32(arrayLength(&q))) {
    q[word_33] = (read_q_out(word_33) & ((0xffffu << shift_34) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_34);
  }
  let word_35: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_36: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_35 < u32(arrayLength(&q))) {
    q[word_35] = (read_q_out(word_35) & ((0xffffu << shift_36) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_36);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_37: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_38: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_37 < u32(arrayLength(&q))) {
    q[word_37] = (read_q_out(word_37) & ((0xffffu << shift_38) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_38);
  }
  let word_39: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_40: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_39 < u32(arrayLength(&q))) {
    q[word_39] = (read_q_out(word_39) & ((0xffffu << shift_40) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_40);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_41: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_42: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_41 < u32(arrayLength(&q))) {
    q[word_41] = (read_q_out(word_41) & ((0xffffu << shift_42) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_42);
  }
  let word_43: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_44: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_43 < u32(arrayLength(&q))) {
    q[word_43] = (read_q_out(word_43) & ((0xffffu << shift_44) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_44);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_45: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_46: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_45 < u32(arrayLength(&q))) {
    q[word_45] = (read_q_out(word_45) & ((0xffffu << shift_46) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_46);
  }
  let word_47: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_48: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_47 < u32(arrayLength(&q))) {
    q[word_47] = (read_q_out(word_47) & ((0xffffu << shift_48) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_48);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_49: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_50: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_49 < u32(arrayLength(&q))) {
    q[word_49] = (read_q_out(word_49) & ((0xffffu << shift_50) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_50);
  }
  let word_51: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_52: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_51 < u32(arrayLength(&q))) {
    q[word_51] = (read_q_out(word_51) & ((0xffffu << shift_52) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_52);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_53: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_54: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_53 < u32(arrayLength(&q))) {
    q[word_53] = (read_q_out(word_53) & ((0xffffu << shift_54) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_54);
  }
  let word_55: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_56: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_55 < u32(arrayLength(&q))) {
    q[word_55] = (read_q_out(word_55) & ((0xffffu << shift_56) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_56);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_57: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_58: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_57 < u32(arrayLength(&q))) {
    q[word_57] = (read_q_out(word_57) & ((0xffffu << shift_58) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_58);
  }
  let word_59: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_60: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_59 < u32(arrayLength(&q))) {
    q[word_59] = (read_q_out(word_59) & ((0xffffu << shift_60) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_60);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_61: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_62: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_61 < u32(arrayLength(&q))) {
    q[word_61] = (read_q_out(word_61) & ((0xffffu << shift_62) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_62);
  }
  let word_63: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_64: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_63 < u32(arrayLength(&q))) {
    q[word_63] = (read_q_out(word_63) & ((0xffffu << shift_64) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_64);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_k_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_k_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_65: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_66: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_65 < u32(arrayLength(&k))) {
    k[word_65] = (read_k_out(word_65) & ((0xffffu << shift_66) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_66);
  }
  if (stored) {
    let word_67: u32 = (h0co + ki * 2u) >> 1u;
    let shift_68: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_67 < u32(arrayLength(&k_cache))) {
      k_cache[word_67] = (read_k_cache(word_67) & ((0xffffu << shift_68) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_68);
    }
    let word_69: u32 = (h0co + ki * 2u) >> 1u;
    let shift_70: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_69 < u32(arrayLength(&v_cache))) {
      v_cache[word_69] = (read_v_cache(word_69) & ((0xffffu << shift_70) ^ 0xffffffffu)) | (((read_v((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_70);
    }
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_71: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_72: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_71 < u32(arrayLength(&k))) {
    k[word_71] = (read_k_out(word_71) & ((0xffffu << shift_72) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_72);
  }
  if (stored) {
    let word_73: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_74: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_73 < u32(arrayLength(&k_cache))) {
      k_cache[word_73] = (read_k_cache(word_73) & ((0xffffu << shift_74) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_74);
    }
    let word_75: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_76: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_75 < u32(arrayLength(&v_cache))) {
      v_cache[word_75] = (read_v_cache(word_75) & ((0xffffu << shift_76) ^ 0xffffffffu)) | (((read_v((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_76);
    }
  }
  let h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_k_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_k_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_77: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_78: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_77 < u32(arrayLength(&k))) {
    k[word_77] = (read_k_out(word_77) & ((0xffffu << shift_78) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_78);
  }
  if (stored) {
    let word_79: u32 = (h1co + ki * 2u) >> 1u;
    let shift_80: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_79 < u32(arrayLength(&k_cache))) {
      k_cache[word_79] = (read_k_cache(word_79) & ((0xffffu << shift_80) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_80);
    }
    let word_81: u32 = (h1co + ki * 2u) >> 1u;
    let shift_82: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_81 < u32(arrayLength(&v_cache))) {
      v_cache[word_81] = (read_v_cache(word_81) & ((0xffffu << shift_82) ^ 0xffffffffu)) | (((read_v((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_82);
    }
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_83: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_84: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_83 < u32(arrayLength(&k))) {
    k[word_83] = (read_k_out(word_83) & ((0xffffu << shift_84) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_84);
  }
  if (stored) {
    let word_85: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_86: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_85 < u32(arrayLength(&k_cache))) {
      k_cache[word_85] = (read_k_cache(word_85) & ((0xffffu << shift_86) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_86);
    }
    let word_87: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_88: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_87 < u32(arrayLength(&v_cache))) {
      v_cache[word_87] = (read_v_cache(word_87) & ((0xffffu << shift_88) ^ 0xffffffffu)) | (((read_v((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_88);
    }
  }
  let h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_k_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_k_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_89: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_90: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_89 < u32(arrayLength(&k))) {
    k[word_89] = (read_k_out(word_89) & ((0xffffu << shift_90) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_90);
  }
  if (stored) {
    let word_91: u32 = (h2co + ki * 2u) >> 1u;
    let shift_92: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_91 < u32(arrayLength(&k_cache))) {
      k_cache[word_91] = (read_k_cache(word_91) & ((0xffffu << shift_92) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_92);
    }
    let word_93: u32 = (h2co + ki * 2u) >> 1u;
    let shift_94: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_93 < u32(arrayLength(&v_cache))) {
      v_cache[word_93] = (read_v_cache(word_93) & ((0xffffu << shift_94) ^ 0xffffffffu)) | (((read_v((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_94);
    }
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_95: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_96: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_95 < u32(arrayLength(&k))) {
    k[word_95] = (read_k_out(word_95) & ((0xffffu << shift_96) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_96);
  }
  if (stored) {
    let word_97: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_98: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_97 < u32(arrayLength(&k_cache))) {
      k_cache[word_97] = (read_k_cache(word_97) & ((0xffffu << shift_98) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_98);
    }
    let word_99: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_100: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_99 < u32(arrayLength(&v_cache))) {
      v_cache[word_99] = (read_v_cache(word_99) & ((0xffffu << shift_100) ^ 0xffffffffu)) | (((read_v((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_100);
    }
  }
  let h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_k_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_k_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_101: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_102: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_101 < u32(arrayLength(&k))) {
    k[word_101] = (read_k_out(word_101) & ((0xffffu << shift_102) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_102);
  }
  if (stored) {
    let word_103: u32 = (h3co + ki * 2u) >> 1u;
    let shift_104: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_103 < u32(arrayLength(&k_cache))) {
      k_cache[word_103] = (read_k_cache(word_103) & ((0xffffu << shift_104) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_104);
    }
    let word_105: u32 = (h3co + ki * 2u) >> 1u;
    let shift_106: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_105 < u32(arrayLength(&v_cache))) {
      v_cache[word_105] = (read_v_cache(word_105) & ((0xffffu << shift_106) ^ 0xffffffffu)) | (((read_v((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_106);
    }
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_107: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_108: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_107 < u32(arrayLength(&k))) {
    k[word_107] = (read_k_out(word_107) & ((0xffffu << shift_108) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_108);
  }
  if (stored) {
    let word_109: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_110: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_109 < u32(arrayLength(&k_cache))) {
      k_cache[word_109] = (read_k_cache(word_109) & ((0xffffu << shift_110) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_110);
    }
    let word_111: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_112: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_111 < u32(arrayLength(&v_cache))) {
      v_cache[word_111] = (read_v_cache(word_111) & ((0xffffu << shift_112) ^ 0xffffffffu)) | (((read_v((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_112);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_k_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_k_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_113: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_114: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_113 < u32(arrayLength(&k))) {
    k[word_113] = (read_k_out(word_113) & ((0xffffu << shift_114) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_114);
  }
  if (stored) {
    let word_115: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_116: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_115 < u32(arrayLength(&k_cache))) {
      k_cache[word_115] = (read_k_cache(word_115) & ((0xffffu << shift_116) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_116);
    }
    let word_117: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_118: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_117 < u32(arrayLength(&v_cache))) {
      v_cache[word_117] = (read_v_cache(word_117) & ((0xffffu << shift_118) ^ 0xffffffffu)) | (((read_v((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_118);
    }
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_119: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_120: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_119 < u32(arrayLength(&k))) {
    k[word_119] = (read_k_out(word_119) & ((0xffffu << shift_120) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_120);
  }
  if (stored) {
    let word_121: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_122: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_121 < u32(arrayLength(&k_cache))) {
      k_cache[word_121] = (read_k_cache(word_121) & ((0xffffu << shift_122) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_122);
    }
    let word_123: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_124: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_123 < u32(arrayLength(&v_cache))) {
      v_cache[word_123] = (read_v_cache(word_123) & ((0xffffu << shift_124) ^ 0xffffffffu)) | (((read_v((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_124);
    }
  }
  let p1h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_k_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_k_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_125: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_126: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_125 < u32(arrayLength(&k))) {
    k[word_125] = (read_k_out(word_125) & ((0xffffu << shift_126) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_126);
  }
  if (stored) {
    let word_127: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_128: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_127 < u32(arrayLength(&k_cache))) {
      k_cache[word_127] = (read_k_cache(word_127) & ((0xffffu << shift_128) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_128);
    }
    let word_129: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_130: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_129 < u32(arrayLength(&v_cache))) {
      v_cache[word_129] = (read_v_cache(word_129) & ((0xffffu << shift_130) ^ 0xffffffffu)) | (((read_v((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_130);
    }
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_131: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_132: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_131 < u32(arrayLength(&k))) {
    k[word_131] = (read_k_out(word_131) & ((0xffffu << shift_132) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_132);
  }
  if (stored) {
    let word_133: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_134: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_133 < u32(arrayLength(&k_cache))) {
      k_cache[word_133] = (read_k_cache(word_133) & ((0xffffu << shift_134) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_134);
    }
    let word_135: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_136: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_135 < u32(arrayLength(&v_cache))) {
      v_cache[word_135] = (read_v_cache(word_135) & ((0xffffu << shift_136) ^ 0xffffffffu)) | (((read_v((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_136);
    }
  }
  let p1h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_k_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_k_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_137: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_138: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_137 < u32(arrayLength(&k))) {
    k[word_137] = (read_k_out(word_137) & ((0xffffu << shift_138) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_138);
  }
  if (stored) {
    let word_139: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_140: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_139 < u32(arrayLength(&k_cache))) {
      k_cache[word_139] = (read_k_cache(word_139) & ((0xffffu << shift_140) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_140);
    }
    let word_141: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_142: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_141 < u32(arrayLength(&v_cache))) {
      v_cache[word_141] = (read_v_cache(word_141) & ((0xffffu << shift_142) ^ 0xffffffffu)) | (((read_v((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_142);
    }
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_143: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_144: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_143 < u32(arrayLength(&k))) {
    k[word_143] = (read_k_out(word_143) & ((0xffffu << shift_144) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_144);
  }
  if (stored) {
    let word_145: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_146: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_145 < u32(arrayLength(&k_cache))) {
      k_cache[word_145] = (read_k_cache(word_145) & ((0xffffu << shift_146) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_146);
    }
    let word_147: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_148: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_147 < u32(arrayLength(&v_cache))) {
      v_cache[word_147] = (read_v_cache(word_147) & ((0xffffu << shift_148) ^ 0xffffffffu)) | (((read_v((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_148);
    }
  }
  let p1h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_k_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_k_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_149: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_150: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_149 < u32(arrayLength(&k))) {
    k[word_149] = (read_k_out(word_149) & ((0xffffu << shift_150) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_150);
  }
  if (stored) {
    let word_151: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_152: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_151 < u32(arrayLength(&k_cache))) {
      k_cache[word_151] = (read_k_cache(word_151) & ((0xffffu << shift_152) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_152);
    }
    let word_153: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_154: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_153 < u32(arrayLength(&v_cache))) {
      v_cache[word_153] = (read_v_cache(word_153) & ((0xffffu << shift_154) ^ 0xffffffffu)) | (((read_v((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_154);
    }
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_155: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_156: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_155 < u32(arrayLength(&k))) {
    k[word_155] = (read_k_out(word_155) & ((0xffffu << shift_156) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_156);
  }
  if (stored) {
    let word_157: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_158: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_157 < u32(arrayLength(&k_cache))) {
      k_cache[word_157] = (read_k_cache(word_157) & ((0xffffu << shift_158) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_158);
    }
    let word_159: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_160: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_159 < u32(arrayLength(&v_cache))) {
      v_cache[word_159] = (read_v_cache(word_159) & ((0xffffu << shift_160) ^ 0xffffffffu)) | (((read_v((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_160);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every q head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_161: u32 = (o + ki * 2u) >> 1u;
    let shift_162: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_161 < u32(arrayLength(&q))) {
      q[word_161] = (read_q_out(word_161) & ((0xffffu << shift_162) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_162);
    }
    let word_163: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_164: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_163 < u32(arrayLength(&q))) {
      q[word_163] = (read_q_out(word_163) & ((0xffffu << shift_164) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_164);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_165: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_166: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_165 < u32(arrayLength(&q))) {
      q[word_165] = (read_q_out(word_165) & ((0xffffu << shift_166) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_166);
    }
    let word_167: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_168: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_167 < u32(arrayLength(&q))) {
      q[word_167] = (read_q_out(word_167) & ((0xffffu << shift_168) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_168);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every k head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_169: u32 = (o + ki * 2u) >> 1u;
    let shift_170: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_169 < u32(arrayLength(&k))) {
      k[word_169] = (read_k_out(word_169) & ((0xffffu << shift_170) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_170);
    }
    if (stored) {
      let word_171: u32 = (co + ki * 2u) >> 1u;
      let shift_172: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_171 < u32(arrayLength(&k_cache))) {
        k_cache[word_171] = (read_k_cache(word_171) & ((0xffffu << shift_172) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_172);
      }
      let word_173: u32 = (co + ki * 2u) >> 1u;
      let shift_174: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_173 < u32(arrayLength(&v_cache))) {
        v_cache[word_173] = (read_v_cache(word_173) & ((0xffffu << shift_174) ^ 0xffffffffu)) | (((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_174);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_175: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_176: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_175 < u32(arrayLength(&k))) {
      k[word_175] = (read_k_out(word_175) & ((0xffffu << shift_176) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_176);
    }
    if (stored) {
      let word_177: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_178: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_177 < u32(arrayLength(&k_cache))) {
        k_cache[word_177] = (read_k_cache(word_177) & ((0xffffu << shift_178) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_178);
      }
      let word_179: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_180: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_179 < u32(arrayLength(&v_cache))) {
        v_cache[word_179] = (read_v_cache(word_179) & ((0xffffu << shift_180) ^ 0xffffffffu)) | (((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_180);
      }
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_181: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_182: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_181 < u32(arrayLength(&k))) {
      k[word_181] = (read_k_out(word_181) & ((0xffffu << shift_182) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_182);
    }
    if (stored) {
      let word_183: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_184: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_183 < u32(arrayLength(&k_cache))) {
        k_cache[word_183] = (read_k_cache(word_183) & ((0xffffu << shift_184) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_184);
      }
      let word_185: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_186: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_185 < u32(arrayLength(&v_cache))) {
        v_cache[word_185] = (read_v_cache(word_185) & ((0xffffu << shift_186) ^ 0xffffffffu)) | (((read_v((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_186);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_187: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_188: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_187 < u32(arrayLength(&k))) {
      k[word_187] = (read_k_out(word_187) & ((0xffffu << shift_188) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_188);
    }
    if (stored) {
      let word_189: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_190: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_189 < u32(arrayLength(&k_cache))) {
        k_cache[word_189] = (read_k_cache(word_189) & ((0xffffu << shift_190) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_190);
      }
      let word_191: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_192: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_191 < u32(arrayLength(&v_cache))) {
        v_cache[word_191] = (read_v_cache(word_191) & ((0xffffu << shift_192) ^ 0xffffffffu)) | (((read_v((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_192);
      }
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_193: u32 = (o + ki * 2u) >> 1u;
  let shift_194: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_193 < u32(arrayLength(&q))) {
    q[word_193] = (read_q_out(word_193) & ((0xffffu << shift_194) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_194);
  }
  let word_195: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_196: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_195 < u32(arrayLength(&q))) {
    q[word_195] = (read_q_out(word_195) & ((0xffffu << shift_196) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_196);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_197: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_198: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_197 < u32(arrayLength(&q))) {
    q[word_197] = (read_q_out(word_197) & ((0xffffu << shift_198) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_198);
  }
  let word_199: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_200: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_199 < u32(arrayLength(&q))) {
    q[word_199] = (read_q_out(word_199) & ((0xffffu << shift_200) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_200);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_k_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_201: u32 = (o + ki * 2u) >> 1u;
  let shift_202: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_201 < u32(arrayLength(&k))) {
    k[word_201] = (read_k_out(word_201) & ((0xffffu << shift_202) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_202);
  }
  if (stored) {
    let word_203: u32 = (co + ki * 2u) >> 1u;
    let shift_204: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_203 < u32(arrayLength(&k_cache))) {
      k_cache[word_203] = (read_k_cache(word_203) & ((0xffffu << shift_204) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_204);
    }
    let word_205: u32 = (co + ki * 2u) >> 1u;
    let shift_206: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_205 < u32(arrayLength(&v_cache))) {
      v_cache[word_205] = (read_v_cache(word_205) & ((0xffffu << shift_206) ^ 0xffffffffu)) | (((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_206);
    }
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_207: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_208: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_207 < u32(arrayLength(&k))) {
    k[word_207] = (read_k_out(word_207) & ((0xffffu << shift_208) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_208);
  }
  if (stored) {
    let word_209: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_210: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_209 < u32(arrayLength(&k_cache))) {
      k_cache[word_209] = (read_k_cache(word_209) & ((0xffffu << shift_210) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_210);
    }
    let word_211: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_212: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_211 < u32(arrayLength(&v_cache))) {
      v_cache[word_211] = (read_v_cache(word_211) & ((0xffffu << shift_212) ^ 0xffffffffu)) | (((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_212);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_k_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_k_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_213: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_214: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_213 < u32(arrayLength(&k))) {
    k[word_213] = (read_k_out(word_213) & ((0xffffu << shift_214) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_214);
  }
  if (stored) {
    let word_215: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_216: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_215 < u32(arrayLength(&k_cache))) {
      k_cache[word_215] = (read_k_cache(word_215) & ((0xffffu << shift_216) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_216);
    }
    let word_217: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_218: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_217 < u32(arrayLength(&v_cache))) {
      v_cache[word_217] = (read_v_cache(word_217) & ((0xffffu << shift_218) ^ 0xffffffffu)) | (((read_v((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_218);
    }
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_219: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_220: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_219 < u32(arrayLength(&k))) {
    k[word_219] = (read_k_out(word_219) & ((0xffffu << shift_220) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_220);
  }
  if (stored) {
    let word_221: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_222: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_221 < u32(arrayLength(&k_cache))) {
      k_cache[word_221] = (read_k_cache(word_221) & ((0xffffu << shift_222) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_222);
    }
    let word_223: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_224: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_223 < u32(arrayLength(&v_cache))) {
      v_cache[word_223] = (read_v_cache(word_223) & ((0xffffu << shift_224) ^ 0xffffffffu)) | (((read_v((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_224);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_225: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_226: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_225 < u32(arrayLength(&q))) {
    q[word_225] = (read_q_out(word_225) & ((0xffffu << shift_226) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_226);
  }
  let word_227: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_228: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_227 < u32(arrayLength(&q))) {
    q[word_227] = (read_q_out(word_227) & ((0xffffu << shift_228) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_228);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_229: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_230: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_229 < u32(arrayLength(&q))) {
    q[word_229] = (read_q_out(word_229) & ((0xffffu << shift_230) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_230);
  }
  let word_231: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_232: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_231 < u32(arrayLength(&q))) {
    q[word_231] = (read_q_out(word_231) & ((0xffffu << shift_232) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_232);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_233: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_234: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_233 < u32(arrayLength(&q))) {
    q[word_233] = (read_q_out(word_233) & ((0xffffu << shift_234) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_234);
  }
  let word_235: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_236: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_235 < u32(arrayLength(&q))) {
    q[word_235] = (read_q_out(word_235) & ((0xffffu << shift_236) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_236);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_237: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_238: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_237 < u32(arrayLength(&q))) {
    q[word_237] = (read_q_out(word_237) & ((0xffffu << shift_238) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_238);
  }
  let word_239: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_240: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_239 < u32(arrayLength(&q))) {
    q[word_239] = (read_q_out(word_239) & ((0xffffu << shift_240) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_240);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_241: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_242: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_241 < u32(arrayLength(&q))) {
    q[word_241] = (read_q_out(word_241) & ((0xffffu << shift_242) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_242);
  }
  let word_243: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_244: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_243 < u32(arrayLength(&q))) {
    q[word_243] = (read_q_out(word_243) & ((0xffffu << shift_244) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_244);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_245: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_246: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_245 < u32(arrayLength(&q))) {
    q[word_245] = (read_q_out(word_245) & ((0xffffu << shift_246) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_246);
  }
  let word_247: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_248: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_247 < u32(arrayLength(&q))) {
    q[word_247] = (read_q_out(word_247) & ((0xffffu << shift_248) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_248);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_249: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_250: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_249 < u32(arrayLength(&q))) {
    q[word_249] = (read_q_out(word_249) & ((0xffffu << shift_250) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_250);
  }
  let word_251: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_252: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_251 < u32(arrayLength(&q))) {
    q[word_251] = (read_q_out(word_251) & ((0xffffu << shift_252) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_252);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_253: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_254: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_253 < u32(arrayLength(&q))) {
    q[word_253] = (read_q_out(word_253) & ((0xffffu << shift_254) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_254);
  }
  let word_255: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_256: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_255 < u32(arrayLength(&q))) {
    q[word_255] = (read_q_out(word_255) & ((0xffffu << shift_256) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_256);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_k_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_k_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_257: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_258: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_257 < u32(arrayLength(&k))) {
    k[word_257] = (read_k_out(word_257) & ((0xffffu << shift_258) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_258);
  }
  if (stored) {
    let word_259: u32 = (h0co + ki * 2u) >> 1u;
    let shift_260: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_259 < u32(arrayLength(&k_cache))) {
      k_cache[word_259] = (read_k_cache(word_259) & ((0xffffu << shift_260) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_260);
    }
    let word_261: u32 = (h0co + ki * 2u) >> 1u;
    let shift_262: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_261 < u32(arrayLength(&v_cache))) {
      v_cache[word_261] = (read_v_cache(word_261) & ((0xffffu << shift_262) ^ 0xffffffffu)) | (((read_v((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_262);
    }
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_263: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_264: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_263 < u32(arrayLength(&k))) {
    k[word_263] = (read_k_out(word_263) & ((0xffffu << shift_264) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_264);
  }
  if (stored) {
    let word_265: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_266: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_265 < u32(arrayLength(&k_cache))) {
      k_cache[word_265] = (read_k_cache(word_265) & ((0xffffu << shift_266) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_266);
    }
    let word_267: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_268: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_267 < u32(arrayLength(&v_cache))) {
      v_cache[word_267] = (read_v_cache(word_267) & ((0xffffu << shift_268) ^ 0xffffffffu)) | (((read_v((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_268);
    }
  }
  let h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_k_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_k_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_269: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_270: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_269 < u32(arrayLength(&k))) {
    k[word_269] = (read_k_out(word_269) & ((0xffffu << shift_270) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_270);
  }
  if (stored) {
    let word_271: u32 = (h1co + ki * 2u) >> 1u;
    let shift_272: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_271 < u32(arrayLength(&k_cache))) {
      k_cache[word_271] = (read_k_cache(word_271) & ((0xffffu << shift_272) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_272);
    }
    let word_273: u32 = (h1co + ki * 2u) >> 1u;
    let shift_274: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_273 < u32(arrayLength(&v_cache))) {
      v_cache[word_273] = (read_v_cache(word_273) & ((0xffffu << shift_274) ^ 0xffffffffu)) | (((read_v((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_274);
    }
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_275: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_276: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_275 < u32(arrayLength(&k))) {
    k[word_275] = (read_k_out(word_275) & ((0xffffu << shift_276) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_276);
  }
  if (stored) {
    let word_277: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_278: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_277 < u32(arrayLength(&k_cache))) {
      k_cache[word_277] = (read_k_cache(word_277) & ((0xffffu << shift_278) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_278);
    }
    let word_279: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_280: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_279 < u32(arrayLength(&v_cache))) {
      v_cache[word_279] = (read_v_cache(word_279) & ((0xffffu << shift_280) ^ 0xffffffffu)) | (((read_v((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_280);
    }
  }
  let h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_k_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_k_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_281: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_282: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_281 < u32(arrayLength(&k))) {
    k[word_281] = (read_k_out(word_281) & ((0xffffu << shift_282) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_282);
  }
  if (stored) {
    let word_283: u32 = (h2co + ki * 2u) >> 1u;
    let shift_284: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_283 < u32(arrayLength(&k_cache))) {
      k_cache[word_283] = (read_k_cache(word_283) & ((0xffffu << shift_284) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_284);
    }
    let word_285: u32 = (h2co + ki * 2u) >> 1u;
    let shift_286: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_285 < u32(arrayLength(&v_cache))) {
      v_cache[word_285] = (read_v_cache(word_285) & ((0xffffu << shift_286) ^ 0xffffffffu)) | (((read_v((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_286);
    }
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_287: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_288: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_287 < u32(arrayLength(&k))) {
    k[word_287] = (read_k_out(word_287) & ((0xffffu << shift_288) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_288);
  }
  if (stored) {
    let word_289: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_290: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_289 < u32(arrayLength(&k_cache))) {
      k_cache[word_289] = (read_k_cache(word_289) & ((0xffffu << shift_290) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_290);
    }
    let word_291: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_292: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_291 < u32(arrayLength(&v_cache))) {
      v_cache[word_291] = (read_v_cache(word_291) & ((0xffffu << shift_292) ^ 0xffffffffu)) | (((read_v((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_292);
    }
  }
  let h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_k_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_k_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_293: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_294: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_293 < u32(arrayLength(&k))) {
    k[word_293] = (read_k_out(word_293) & ((0xffffu << shift_294) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_294);
  }
  if (stored) {
    let word_295: u32 = (h3co + ki * 2u) >> 1u;
    let shift_296: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_295 < u32(arrayLength(&k_cache))) {
      k_cache[word_295] = (read_k_cache(word_295) & ((0xffffu << shift_296) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_296);
    }
    let word_297: u32 = (h3co + ki * 2u) >> 1u;
    let shift_298: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_297 < u32(arrayLength(&v_cache))) {
      v_cache[word_297] = (read_v_cache(word_297) & ((0xffffu << shift_298) ^ 0xffffffffu)) | (((read_v((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_298);
    }
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_299: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_300: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_299 < u32(arrayLength(&k))) {
    k[word_299] = (read_k_out(word_299) & ((0xffffu << shift_300) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_300);
  }
  if (stored) {
    let word_301: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_302: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_301 < u32(arrayLength(&k_cache))) {
      k_cache[word_301] = (read_k_cache(word_301) & ((0xffffu << shift_302) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_302);
    }
    let word_303: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_304: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_303 < u32(arrayLength(&v_cache))) {
      v_cache[word_303] = (read_v_cache(word_303) & ((0xffffu << shift_304) ^ 0xffffffffu)) | (((read_v((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_304);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_k_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_k_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_305: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_306: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_305 < u32(arrayLength(&k))) {
    k[word_305] = (read_k_out(word_305) & ((0xffffu << shift_306) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_306);
  }
  if (stored) {
    let word_307: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_308: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_307 < u32(arrayLength(&k_cache))) {
      k_cache[word_307] = (read_k_cache(word_307) & ((0xffffu << shift_308) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_308);
    }
    let word_309: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_310: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_309 < u32(arrayLength(&v_cache))) {
      v_cache[word_309] = (read_v_cache(word_309) & ((0xffffu << shift_310) ^ 0xffffffffu)) | (((read_v((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_310);
    }
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_311: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_312: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_311 < u32(arrayLength(&k))) {
    k[word_311] = (read_k_out(word_311) & ((0xffffu << shift_312) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_312);
  }
  if (stored) {
    let word_313: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_314: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_313 < u32(arrayLength(&k_cache))) {
      k_cache[word_313] = (read_k_cache(word_313) & ((0xffffu << shift_314) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_314);
    }
    let word_315: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_316: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_315 < u32(arrayLength(&v_cache))) {
      v_cache[word_315] = (read_v_cache(word_315) & ((0xffffu << shift_316) ^ 0xffffffffu)) | (((read_v((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_316);
    }
  }
  let p1h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_k_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_k_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_317: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_318: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_317 < u32(arrayLength(&k))) {
    k[word_317] = (read_k_out(word_317) & ((0xffffu << shift_318) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_318);
  }
  if (stored) {
    let word_319: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_320: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_319 < u32(arrayLength(&k_cache))) {
      k_cache[word_319] = (read_k_cache(word_319) & ((0xffffu << shift_320) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_320);
    }
    let word_321: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_322: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_321 < u32(arrayLength(&v_cache))) {
      v_cache[word_321] = (read_v_cache(word_321) & ((0xffffu << shift_322) ^ 0xffffffffu)) | (((read_v((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_322);
    }
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_323: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_324: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_323 < u32(arrayLength(&k))) {
    k[word_323] = (read_k_out(word_323) & ((0xffffu << shift_324) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_324);
  }
  if (stored) {
    let word_325: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_326: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_325 < u32(arrayLength(&k_cache))) {
      k_cache[word_325] = (read_k_cache(word_325) & ((0xffffu << shift_326) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_326);
    }
    let word_327: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_328: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_327 < u32(arrayLength(&v_cache))) {
      v_cache[word_327] = (read_v_cache(word_327) & ((0xffffu << shift_328) ^ 0xffffffffu)) | (((read_v((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_328);
    }
  }
  let p1h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_k_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_k_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_329: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_330: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_329 < u32(arrayLength(&k))) {
    k[word_329] = (read_k_out(word_329) & ((0xffffu << shift_330) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_330);
  }
  if (stored) {
    let word_331: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_332: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_331 < u32(arrayLength(&k_cache))) {
      k_cache[word_331] = (read_k_cache(word_331) & ((0xffffu << shift_332) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_332);
    }
    let word_333: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_334: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_333 < u32(arrayLength(&v_cache))) {
      v_cache[word_333] = (read_v_cache(word_333) & ((0xffffu << shift_334) ^ 0xffffffffu)) | (((read_v((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_334);
    }
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_335: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_336: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_335 < u32(arrayLength(&k))) {
    k[word_335] = (read_k_out(word_335) & ((0xffffu << shift_336) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_336);
  }
  if (stored) {
    let word_337: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_338: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_337 < u32(arrayLength(&k_cache))) {
      k_cache[word_337] = (read_k_cache(word_337) & ((0xffffu << shift_338) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_338);
    }
    let word_339: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_340: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_339 < u32(arrayLength(&v_cache))) {
      v_cache[word_339] = (read_v_cache(word_339) & ((0xffffu << shift_340) ^ 0xffffffffu)) | (((read_v((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_340);
    }
  }
  let p1h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_k_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_k_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_341: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_342: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_341 < u32(arrayLength(&k))) {
    k[word_341] = (read_k_out(word_341) & ((0xffffu << shift_342) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_342);
  }
  if (stored) {
    let word_343: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_344: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_343 < u32(arrayLength(&k_cache))) {
      k_cache[word_343] = (read_k_cache(word_343) & ((0xffffu << shift_344) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_344);
    }
    let word_345: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_346: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_345 < u32(arrayLength(&v_cache))) {
      v_cache[word_345] = (read_v_cache(word_345) & ((0xffffu << shift_346) ^ 0xffffffffu)) | (((read_v((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_346);
    }
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_347: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_348: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_347 < u32(arrayLength(&k))) {
    k[word_347] = (read_k_out(word_347) & ((0xffffu << shift_348) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_348);
  }
  if (stored) {
    let word_349: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_350: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_349 < u32(arrayLength(&k_cache))) {
      k_cache[word_349] = (read_k_cache(word_349) & ((0xffffu << shift_350) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_350);
    }
    let word_351: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_352: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_351 < u32(arrayLength(&v_cache))) {
      v_cache[word_351] = (read_v_cache(word_351) & ((0xffffu << shift_352) ^ 0xffffffffu)) | (((read_v((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_352);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar) (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_353: u32 = (o + ki * 2u) >> 1u;
    let shift_354: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_353 < u32(arrayLength(&q))) {
      q[word_353] = (read_q_out(word_353) & ((0xffffu << shift_354) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_354);
    }
    let word_355: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_356: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_355 < u32(arrayLength(&q))) {
      q[word_355] = (read_q_out(word_355) & ((0xffffu << shift_356) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_356);
    }
  }
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_357: u32 = (o + ki * 2u) >> 1u;
    let shift_358: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_357 < u32(arrayLength(&k))) {
      k[word_357] = (read_k_out(word_357) & ((0xffffu << shift_358) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_358);
    }
    if (stored) {
      let word_359: u32 = (co + ki * 2u) >> 1u;
      let shift_360: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_359 < u32(arrayLength(&k_cache))) {
        k_cache[word_359] = (read_k_cache(word_359) & ((0xffffu << shift_360) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_360);
      }
      let word_361: u32 = (co + ki * 2u) >> 1u;
      let shift_362: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_361 < u32(arrayLength(&v_cache))) {
        v_cache[word_361] = (read_v_cache(word_361) & ((0xffffu << shift_362) ^ 0xffffffffu)) | (((read_v((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_362);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_363: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_364: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_363 < u32(arrayLength(&k))) {
      k[word_363] = (read_k_out(word_363) & ((0xffffu << shift_364) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_364);
    }
    if (stored) {
      let word_365: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_366: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_365 < u32(arrayLength(&k_cache))) {
        k_cache[word_365] = (read_k_cache(word_365) & ((0xffffu << shift_366) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_366);
      }
      let word_367: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_368: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_367 < u32(arrayLength(&v_cache))) {
        v_cache[word_367] = (read_v_cache(word_367) & ((0xffffu << shift_368) ^ 0xffffffffu)) | (((read_v((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_368);
      }
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_369: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_370: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_369 < u32(arrayLength(&q))) {
      q[word_369] = (read_q_out(word_369) & ((0xffffu << shift_370) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_370);
    }
    let word_371: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_372: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_371 < u32(arrayLength(&q))) {
      q[word_371] = (read_q_out(word_371) & ((0xffffu << shift_372) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_372);
    }
  }
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_k_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_k_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_373: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_374: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_373 < u32(arrayLength(&k))) {
      k[word_373] = (read_k_out(word_373) & ((0xffffu << shift_374) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_374);
    }
    if (stored) {
      let word_375: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_376: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_375 < u32(arrayLength(&k_cache))) {
        k_cache[word_375] = (read_k_cache(word_375) & ((0xffffu << shift_376) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_376);
      }
      let word_377: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_378: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_377 < u32(arrayLength(&v_cache))) {
        v_cache[word_377] = (read_v_cache(word_377) & ((0xffffu << shift_378) ^ 0xffffffffu)) | (((read_v((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_378);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_379: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_380: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_379 < u32(arrayLength(&k))) {
      k[word_379] = (read_k_out(word_379) & ((0xffffu << shift_380) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_380);
    }
    if (stored) {
      let word_381: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_382: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_381 < u32(arrayLength(&k_cache))) {
        k_cache[word_381] = (read_k_cache(word_381) & ((0xffffu << shift_382) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_382);
      }
      let word_383: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_384: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_383 < u32(arrayLength(&v_cache))) {
        v_cache[word_383] = (read_v_cache(word_383) & ((0xffffu << shift_384) ^ 0xffffffffu)) | (((read_v((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_384);
      }
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_385: u32 = (o + ki * 2u) >> 1u;
  let shift_386: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_385 < u32(arrayLength(&q))) {
    q[word_385] = (read_q_out(word_385) & ((0xffffu << shift_386) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_386);
  }
  let word_387: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_388: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_387 < u32(arrayLength(&q))) {
    q[word_387] = (read_q_out(word_387) & ((0xffffu << shift_388) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_388);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_389: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_390: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_389 < u32(arrayLength(&q))) {
    q[word_389] = (read_q_out(word_389) & ((0xffffu << shift_390) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_390);
  }
  let word_391: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_392: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_391 < u32(arrayLength(&q))) {
    q[word_391] = (read_q_out(word_391) & ((0xffffu << shift_392) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_392);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_393: u32 = (o + ki * 2u) >> 1u;
  let shift_394: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_393 < u32(arrayLength(&q))) {
    q[word_393] = (read_q_out(word_393) & ((0xffffu << shift_394) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_394);
  }
  if (stored) {
    let word_395: u32 = (co + ki * 2u) >> 1u;
    let shift_396: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_395 < u32(arrayLength(&k_cache))) {
      k_cache[word_395] = (read_k_cache(word_395) & ((0xffffu << shift_396) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_396);
    }
    let word_397: u32 = (co + ki * 2u) >> 1u;
    let shift_398: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_397 < u32(arrayLength(&v_cache))) {
      v_cache[word_397] = (read_v_cache(word_397) & ((0xffffu << shift_398) ^ 0xffffffffu)) | (((read_q_out((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_398);
    }
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_399: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_400: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_399 < u32(arrayLength(&q))) {
    q[word_399] = (read_q_out(word_399) & ((0xffffu << shift_400) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_400);
  }
  if (stored) {
    let word_401: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_402: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_401 < u32(arrayLength(&k_cache))) {
      k_cache[word_401] = (read_k_cache(word_401) & ((0xffffu << shift_402) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_402);
    }
    let word_403: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_404: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_403 < u32(arrayLength(&v_cache))) {
      v_cache[word_403] = (read_v_cache(word_403) & ((0xffffu << shift_404) ^ 0xffffffffu)) | (((read_q_out((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_404);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_out((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_out((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_405: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_406: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_405 < u32(arrayLength(&q))) {
    q[word_405] = (read_q_out(word_405) & ((0xffffu << shift_406) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_406);
  }
  if (stored) {
    let word_407: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_408: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_407 < u32(arrayLength(&k_cache))) {
      k_cache[word_407] = (read_k_cache(word_407) & ((0xffffu << shift_408) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_408);
    }
    let word_409: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_410: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_409 < u32(arrayLength(&v_cache))) {
      v_cache[word_409] = (read_v_cache(word_409) & ((0xffffu << shift_410) ^ 0xffffffffu)) | (((read_q_out((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_410);
    }
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_411: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_412: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_411 < u32(arrayLength(&q))) {
    q[word_411] = (read_q_out(word_411) & ((0xffffu << shift_412) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_412);
  }
  if (stored) {
    let word_413: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_414: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_413 < u32(arrayLength(&k_cache))) {
      k_cache[word_413] = (read_k_cache(word_413) & ((0xffffu << shift_414) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_414);
    }
    let word_415: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_416: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_415 < u32(arrayLength(&v_cache))) {
      v_cache[word_415] = (read_v_cache(word_415) & ((0xffffu << shift_416) ^ 0xffffffffu)) | (((read_q_out((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_416);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_417: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_418: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_417 < u32(arrayLength(&q))) {
    q[word_417] = (read_q_out(word_417) & ((0xffffu << shift_418) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_418);
  }
  let word_419: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_420: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_419 < u32(arrayLength(&q))) {
    q[word_419] = (read_q_out(word_419) & ((0xffffu << shift_420) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_420);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_421: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_422: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_421 < u32(arrayLength(&q))) {
    q[word_421] = (read_q_out(word_421) & ((0xffffu << shift_422) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_422);
  }
  let word_423: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_424: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_423 < u32(arrayLength(&q))) {
    q[word_423] = (read_q_out(word_423) & ((0xffffu << shift_424) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_424);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_425: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_426: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_425 < u32(arrayLength(&q))) {
    q[word_425] = (read_q_out(word_425) & ((0xffffu << shift_426) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_426);
  }
  let word_427: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_428: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_427 < u32(arrayLength(&q))) {
    q[word_427] = (read_q_out(word_427) & ((0xffffu << shift_428) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_428);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_429: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_430: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_429 < u32(arrayLength(&q))) {
    q[word_429] = (read_q_out(word_429) & ((0xffffu << shift_430) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_430);
  }
  let word_431: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_432: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_431 < u32(arrayLength(&q))) {
    q[word_431] = (read_q_out(word_431) & ((0xffffu << shift_432) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_432);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_433: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_434: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_433 < u32(arrayLength(&q))) {
    q[word_433] = (read_q_out(word_433) & ((0xffffu << shift_434) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_434);
  }
  let word_435: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_436: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_435 < u32(arrayLength(&q))) {
    q[word_435] = (read_q_out(word_435) & ((0xffffu << shift_436) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_436);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_437: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_438: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_437 < u32(arrayLength(&q))) {
    q[word_437] = (read_q_out(word_437) & ((0xffffu << shift_438) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_438);
  }
  let word_439: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_440: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_439 < u32(arrayLength(&q))) {
    q[word_439] = (read_q_out(word_439) & ((0xffffu << shift_440) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_440);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_441: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_442: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_441 < u32(arrayLength(&q))) {
    q[word_441] = (read_q_out(word_441) & ((0xffffu << shift_442) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_442);
  }
  let word_443: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_444: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_443 < u32(arrayLength(&q))) {
    q[word_443] = (read_q_out(word_443) & ((0xffffu << shift_444) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_444);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_445: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_446: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_445 < u32(arrayLength(&q))) {
    q[word_445] = (read_q_out(word_445) & ((0xffffu << shift_446) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_446);
  }
  let word_447: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_448: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_447 < u32(arrayLength(&q))) {
    q[word_447] = (read_q_out(word_447) & ((0xffffu << shift_448) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_448);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_out((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_out((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_449: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_450: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_449 < u32(arrayLength(&q))) {
    q[word_449] = (read_q_out(word_449) & ((0xffffu << shift_450) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_450);
  }
  if (stored) {
    let word_451: u32 = (h0co + ki * 2u) >> 1u;
    let shift_452: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_451 < u32(arrayLength(&k_cache))) {
      k_cache[word_451] = (read_k_cache(word_451) & ((0xffffu << shift_452) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_452);
    }
    let word_453: u32 = (h0co + ki * 2u) >> 1u;
    let shift_454: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_453 < u32(arrayLength(&v_cache))) {
      v_cache[word_453] = (read_v_cache(word_453) & ((0xffffu << shift_454) ^ 0xffffffffu)) | (((read_q_out((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_454);
    }
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_455: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_456: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_455 < u32(arrayLength(&q))) {
    q[word_455] = (read_q_out(word_455) & ((0xffffu << shift_456) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_456);
  }
  if (stored) {
    let word_457: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_458: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_457 < u32(arrayLength(&k_cache))) {
      k_cache[word_457] = (read_k_cache(word_457) & ((0xffffu << shift_458) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_458);
    }
    let word_459: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_460: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_459 < u32(arrayLength(&v_cache))) {
      v_cache[word_459] = (read_v_cache(word_459) & ((0xffffu << shift_460) ^ 0xffffffffu)) | (((read_q_out((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_460);
    }
  }
  let h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_q_out((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_out((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_461: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_462: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_461 < u32(arrayLength(&q))) {
    q[word_461] = (read_q_out(word_461) & ((0xffffu << shift_462) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_462);
  }
  if (stored) {
    let word_463: u32 = (h1co + ki * 2u) >> 1u;
    let shift_464: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_463 < u32(arrayLength(&k_cache))) {
      k_cache[word_463] = (read_k_cache(word_463) & ((0xffffu << shift_464) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_464);
    }
    let word_465: u32 = (h1co + ki * 2u) >> 1u;
    let shift_466: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_465 < u32(arrayLength(&v_cache))) {
      v_cache[word_465] = (read_v_cache(word_465) & ((0xffffu << shift_466) ^ 0xffffffffu)) | (((read_q_out((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_466);
    }
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_467: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_468: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_467 < u32(arrayLength(&q))) {
    q[word_467] = (read_q_out(word_467) & ((0xffffu << shift_468) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_468);
  }
  if (stored) {
    let word_469: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_470: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_469 < u32(arrayLength(&k_cache))) {
      k_cache[word_469] = (read_k_cache(word_469) & ((0xffffu << shift_470) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_470);
    }
    let word_471: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_472: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_471 < u32(arrayLength(&v_cache))) {
      v_cache[word_471] = (read_v_cache(word_471) & ((0xffffu << shift_472) ^ 0xffffffffu)) | (((read_q_out((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_472);
    }
  }
  let h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_q_out((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_out((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_473: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_474: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_473 < u32(arrayLength(&q))) {
    q[word_473] = (read_q_out(word_473) & ((0xffffu << shift_474) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_474);
  }
  if (stored) {
    let word_475: u32 = (h2co + ki * 2u) >> 1u;
    let shift_476: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_475 < u32(arrayLength(&k_cache))) {
      k_cache[word_475] = (read_k_cache(word_475) & ((0xffffu << shift_476) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_476);
    }
    let word_477: u32 = (h2co + ki * 2u) >> 1u;
    let shift_478: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_477 < u32(arrayLength(&v_cache))) {
      v_cache[word_477] = (read_v_cache(word_477) & ((0xffffu << shift_478) ^ 0xffffffffu)) | (((read_q_out((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_478);
    }
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_479: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_480: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_479 < u32(arrayLength(&q))) {
    q[word_479] = (read_q_out(word_479) & ((0xffffu << shift_480) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_480);
  }
  if (stored) {
    let word_481: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_482: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_481 < u32(arrayLength(&k_cache))) {
      k_cache[word_481] = (read_k_cache(word_481) & ((0xffffu << shift_482) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_482);
    }
    let word_483: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_484: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_483 < u32(arrayLength(&v_cache))) {
      v_cache[word_483] = (read_v_cache(word_483) & ((0xffffu << shift_484) ^ 0xffffffffu)) | (((read_q_out((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_484);
    }
  }
  let h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_q_out((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_out((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_485: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_486: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_485 < u32(arrayLength(&q))) {
    q[word_485] = (read_q_out(word_485) & ((0xffffu << shift_486) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_486);
  }
  if (stored) {
    let word_487: u32 = (h3co + ki * 2u) >> 1u;
    let shift_488: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_487 < u32(arrayLength(&k_cache))) {
      k_cache[word_487] = (read_k_cache(word_487) & ((0xffffu << shift_488) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_488);
    }
    let word_489: u32 = (h3co + ki * 2u) >> 1u;
    let shift_490: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_489 < u32(arrayLength(&v_cache))) {
      v_cache[word_489] = (read_v_cache(word_489) & ((0xffffu << shift_490) ^ 0xffffffffu)) | (((read_q_out((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_490);
    }
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_491: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_492: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_491 < u32(arrayLength(&q))) {
    q[word_491] = (read_q_out(word_491) & ((0xffffu << shift_492) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_492);
  }
  if (stored) {
    let word_493: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_494: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_493 < u32(arrayLength(&k_cache))) {
      k_cache[word_493] = (read_k_cache(word_493) & ((0xffffu << shift_494) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_494);
    }
    let word_495: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_496: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_495 < u32(arrayLength(&v_cache))) {
      v_cache[word_495] = (read_v_cache(word_495) & ((0xffffu << shift_496) ^ 0xffffffffu)) | (((read_q_out((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_496);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_out((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_497: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_498: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_497 < u32(arrayLength(&q))) {
    q[word_497] = (read_q_out(word_497) & ((0xffffu << shift_498) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_498);
  }
  if (stored) {
    let word_499: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_500: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_499 < u32(arrayLength(&k_cache))) {
      k_cache[word_499] = (read_k_cache(word_499) & ((0xffffu << shift_500) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_500);
    }
    let word_501: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_502: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_501 < u32(arrayLength(&v_cache))) {
      v_cache[word_501] = (read_v_cache(word_501) & ((0xffffu << shift_502) ^ 0xffffffffu)) | (((read_q_out((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_502);
    }
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_503: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_504: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_503 < u32(arrayLength(&q))) {
    q[word_503] = (read_q_out(word_503) & ((0xffffu << shift_504) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_504);
  }
  if (stored) {
    let word_505: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_506: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_505 < u32(arrayLength(&k_cache))) {
      k_cache[word_505] = (read_k_cache(word_505) & ((0xffffu << shift_506) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_506);
    }
    let word_507: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_508: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_507 < u32(arrayLength(&v_cache))) {
      v_cache[word_507] = (read_v_cache(word_507) & ((0xffffu << shift_508) ^ 0xffffffffu)) | (((read_q_out((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_508);
    }
  }
  let p1h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_out((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_509: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_510: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_509 < u32(arrayLength(&q))) {
    q[word_509] = (read_q_out(word_509) & ((0xffffu << shift_510) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_510);
  }
  if (stored) {
    let word_511: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_512: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_511 < u32(arrayLength(&k_cache))) {
      k_cache[word_511] = (read_k_cache(word_511) & ((0xffffu << shift_512) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_512);
    }
    let word_513: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_514: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_513 < u32(arrayLength(&v_cache))) {
      v_cache[word_513] = (read_v_cache(word_513) & ((0xffffu << shift_514) ^ 0xffffffffu)) | (((read_q_out((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_514);
    }
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_515: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_516: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_515 < u32(arrayLength(&q))) {
    q[word_515] = (read_q_out(word_515) & ((0xffffu << shift_516) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_516);
  }
  if (stored) {
    let word_517: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_518: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_517 < u32(arrayLength(&k_cache))) {
      k_cache[word_517] = (read_k_cache(word_517) & ((0xffffu << shift_518) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_518);
    }
    let word_519: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_520: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_519 < u32(arrayLength(&v_cache))) {
      v_cache[word_519] = (read_v_cache(word_519) & ((0xffffu << shift_520) ^ 0xffffffffu)) | (((read_q_out((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_520);
    }
  }
  let p1h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_out((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_521: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_522: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_521 < u32(arrayLength(&q))) {
    q[word_521] = (read_q_out(word_521) & ((0xffffu << shift_522) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_522);
  }
  if (stored) {
    let word_523: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_524: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_523 < u32(arrayLength(&k_cache))) {
      k_cache[word_523] = (read_k_cache(word_523) & ((0xffffu << shift_524) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_524);
    }
    let word_525: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_526: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_525 < u32(arrayLength(&v_cache))) {
      v_cache[word_525] = (read_v_cache(word_525) & ((0xffffu << shift_526) ^ 0xffffffffu)) | (((read_q_out((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_526);
    }
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_527: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_528: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_527 < u32(arrayLength(&q))) {
    q[word_527] = (read_q_out(word_527) & ((0xffffu << shift_528) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_528);
  }
  if (stored) {
    let word_529: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_530: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_529 < u32(arrayLength(&k_cache))) {
      k_cache[word_529] = (read_k_cache(word_529) & ((0xffffu << shift_530) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_530);
    }
    let word_531: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_532: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_531 < u32(arrayLength(&v_cache))) {
      v_cache[word_531] = (read_v_cache(word_531) & ((0xffffu << shift_532) ^ 0xffffffffu)) | (((read_q_out((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_532);
    }
  }
  let p1h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_out((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_533: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_534: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_533 < u32(arrayLength(&q))) {
    q[word_533] = (read_q_out(word_533) & ((0xffffu << shift_534) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_534);
  }
  if (stored) {
    let word_535: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_536: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_535 < u32(arrayLength(&k_cache))) {
      k_cache[word_535] = (read_k_cache(word_535) & ((0xffffu << shift_536) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_536);
    }
    let word_537: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_538: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_537 < u32(arrayLength(&v_cache))) {
      v_cache[word_537] = (read_v_cache(word_537) & ((0xffffu << shift_538) ^ 0xffffffffu)) | (((read_q_out((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_538);
    }
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_539: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_540: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_539 < u32(arrayLength(&q))) {
    q[word_539] = (read_q_out(word_539) & ((0xffffu << shift_540) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_540);
  }
  if (stored) {
    let word_541: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_542: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_541 < u32(arrayLength(&k_cache))) {
      k_cache[word_541] = (read_k_cache(word_541) & ((0xffffu << shift_542) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_542);
    }
    let word_543: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_544: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_543 < u32(arrayLength(&v_cache))) {
      v_cache[word_543] = (read_v_cache(word_543) & ((0xffffu << shift_544) ^ 0xffffffffu)) | (((read_q_out((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_544);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every q head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_q_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_545: u32 = (o + ki * 2u) >> 1u;
    let shift_546: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_545 < u32(arrayLength(&q))) {
      q[word_545] = (read_q_out(word_545) & ((0xffffu << shift_546) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_546);
    }
    let word_547: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_548: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_547 < u32(arrayLength(&q))) {
      q[word_547] = (read_q_out(word_547) & ((0xffffu << shift_548) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_548);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_549: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_550: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_549 < u32(arrayLength(&q))) {
      q[word_549] = (read_q_out(word_549) & ((0xffffu << shift_550) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_550);
    }
    let word_551: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_552: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_551 < u32(arrayLength(&q))) {
      q[word_551] = (read_q_out(word_551) & ((0xffffu << shift_552) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_552);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), every k head (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_in_shared_k_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_553: u32 = (o + ki * 2u) >> 1u;
    let shift_554: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_553 < u32(arrayLength(&q))) {
      q[word_553] = (read_q_out(word_553) & ((0xffffu << shift_554) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_554);
    }
    if (stored) {
      let word_555: u32 = (co + ki * 2u) >> 1u;
      let shift_556: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_555 < u32(arrayLength(&k_cache))) {
        k_cache[word_555] = (read_k_cache(word_555) & ((0xffffu << shift_556) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_556);
      }
      let word_557: u32 = (co + ki * 2u) >> 1u;
      let shift_558: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_557 < u32(arrayLength(&v_cache))) {
        v_cache[word_557] = (read_v_cache(word_557) & ((0xffffu << shift_558) ^ 0xffffffffu)) | (((read_q_out((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_558);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_559: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_560: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_559 < u32(arrayLength(&q))) {
      q[word_559] = (read_q_out(word_559) & ((0xffffu << shift_560) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_560);
    }
    if (stored) {
      let word_561: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_562: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_561 < u32(arrayLength(&k_cache))) {
        k_cache[word_561] = (read_k_cache(word_561) & ((0xffffu << shift_562) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_562);
      }
      let word_563: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_564: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_563 < u32(arrayLength(&v_cache))) {
        v_cache[word_563] = (read_v_cache(word_563) & ((0xffffu << shift_564) ^ 0xffffffffu)) | (((read_q_out((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_564);
      }
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_out((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_out((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_565: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_566: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_565 < u32(arrayLength(&q))) {
      q[word_565] = (read_q_out(word_565) & ((0xffffu << shift_566) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_566);
    }
    if (stored) {
      let word_567: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_568: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_567 < u32(arrayLength(&k_cache))) {
        k_cache[word_567] = (read_k_cache(word_567) & ((0xffffu << shift_568) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_568);
      }
      let word_569: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_570: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_569 < u32(arrayLength(&v_cache))) {
        v_cache[word_569] = (read_v_cache(word_569) & ((0xffffu << shift_570) ^ 0xffffffffu)) | (((read_q_out((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_570);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_571: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_572: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_571 < u32(arrayLength(&q))) {
      q[word_571] = (read_q_out(word_571) & ((0xffffu << shift_572) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_572);
    }
    if (stored) {
      let word_573: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_574: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_573 < u32(arrayLength(&k_cache))) {
        k_cache[word_573] = (read_k_cache(word_573) & ((0xffffu << shift_574) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_574);
      }
      let word_575: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_576: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_575 < u32(arrayLength(&v_cache))) {
        v_cache[word_575] = (read_v_cache(word_575) & ((0xffffu << shift_576) ^ 0xffffffffu)) | (((read_q_out((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_576);
      }
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_q1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let word_577: u32 = (o + ki * 2u) >> 1u;
  let shift_578: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_577 < u32(arrayLength(&q))) {
    q[word_577] = (read_q_out(word_577) & ((0xffffu << shift_578) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_578);
  }
  let word_579: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_580: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_579 < u32(arrayLength(&q))) {
    q[word_579] = (read_q_out(word_579) & ((0xffffu << shift_580) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_580);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let word_581: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_582: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_581 < u32(arrayLength(&q))) {
    q[word_581] = (read_q_out(word_581) & ((0xffffu << shift_582) ^ 0xffffffffu)) | (bf16_bits(p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0) << shift_582);
  }
  let word_583: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_584: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_583 < u32(arrayLength(&q))) {
    q[word_583] = (read_q_out(word_583) & ((0xffffu << shift_584) ^ 0xffffffffu)) | (bf16_bits(p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0) << shift_584);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k head h0 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_k1_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let o: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let ci_0: f32 = c0_0;
  let si_0: f32 = s0_0;
  let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
  let word_585: u32 = (o + ki * 2u) >> 1u;
  let shift_586: u32 = ((o + ki * 2u) & 1u) * 16u;
  if (word_585 < u32(arrayLength(&q))) {
    q[word_585] = (read_q_out(word_585) & ((0xffffu << shift_586) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_586);
  }
  if (stored) {
    let word_587: u32 = (co + ki * 2u) >> 1u;
    let shift_588: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_587 < u32(arrayLength(&k_cache))) {
      k_cache[word_587] = (read_k_cache(word_587) & ((0xffffu << shift_588) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_588);
    }
    let word_589: u32 = (co + ki * 2u) >> 1u;
    let shift_590: u32 = ((co + ki * 2u) & 1u) * 16u;
    if (word_589 < u32(arrayLength(&v_cache))) {
      v_cache[word_589] = (read_v_cache(word_589) & ((0xffffu << shift_590) ^ 0xffffffffu)) | (((read_q_in((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_590);
    }
  }
  let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
  let word_591: u32 = (o + (64u + ki * 2u)) >> 1u;
  let shift_592: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
  if (word_591 < u32(arrayLength(&q))) {
    q[word_591] = (read_q_out(word_591) & ((0xffffu << shift_592) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_592);
  }
  if (stored) {
    let word_593: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_594: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_593 < u32(arrayLength(&k_cache))) {
      k_cache[word_593] = (read_k_cache(word_593) & ((0xffffu << shift_594) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_594);
    }
    let word_595: u32 = (co + (64u + ki * 2u)) >> 1u;
    let shift_596: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_595 < u32(arrayLength(&v_cache))) {
      v_cache[word_595] = (read_v_cache(word_595) & ((0xffffu << shift_596) ^ 0xffffffffu)) | (((read_q_in((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_596);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let p1co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1_xa_0: f32 = bitcast<f32>(((read_q_in((op1 + (1u + ki * 2u)) >> 1u) >> (((op1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_xb_0: f32 = bitcast<f32>(((read_q_in((op1 + (65u + ki * 2u)) >> 1u) >> (((op1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1_ci_0: f32 = c1_0;
  let p1_si_0: f32 = s1_0;
  let p1kw0_0: f32 = p1_xa_0 * p1_ci_0 - p1_xb_0 * p1_si_0;
  let word_597: u32 = (op1 + (1u + ki * 2u)) >> 1u;
  let shift_598: u32 = ((op1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_597 < u32(arrayLength(&q))) {
    q[word_597] = (read_q_out(word_597) & ((0xffffu << shift_598) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_598);
  }
  if (stored) {
    let word_599: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_600: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_599 < u32(arrayLength(&k_cache))) {
      k_cache[word_599] = (read_k_cache(word_599) & ((0xffffu << shift_600) ^ 0xffffffffu)) | (bf16_bits(p1kw0_0) << shift_600);
    }
    let word_601: u32 = (p1co + (1u + ki * 2u)) >> 1u;
    let shift_602: u32 = ((p1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_601 < u32(arrayLength(&v_cache))) {
      v_cache[word_601] = (read_v_cache(word_601) & ((0xffffu << shift_602) ^ 0xffffffffu)) | (((read_q_in((p1vo + (1u + ki * 2u)) >> 1u) >> (((p1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_602);
    }
  }
  let p1kw1_0: f32 = p1_xb_0 * p1_ci_0 + p1_xa_0 * p1_si_0;
  let word_603: u32 = (op1 + (65u + ki * 2u)) >> 1u;
  let shift_604: u32 = ((op1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_603 < u32(arrayLength(&q))) {
    q[word_603] = (read_q_out(word_603) & ((0xffffu << shift_604) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_604);
  }
  if (stored) {
    let word_605: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_606: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_605 < u32(arrayLength(&k_cache))) {
      k_cache[word_605] = (read_k_cache(word_605) & ((0xffffu << shift_606) ^ 0xffffffffu)) | (bf16_bits(p1kw1_0) << shift_606);
    }
    let word_607: u32 = (p1co + (65u + ki * 2u)) >> 1u;
    let shift_608: u32 = ((p1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_607 < u32(arrayLength(&v_cache))) {
      v_cache[word_607] = (read_v_cache(word_607) & ((0xffffu << shift_608) ^ 0xffffffffu)) | (((read_q_in((p1vo + (65u + ki * 2u)) >> 1u) >> (((p1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_608);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), q heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_q4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let oh1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let oh2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let oh3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let word_609: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_610: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_609 < u32(arrayLength(&q))) {
    q[word_609] = (read_q_out(word_609) & ((0xffffu << shift_610) ^ 0xffffffffu)) | (bf16_bits(h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0) << shift_610);
  }
  let word_611: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_612: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_611 < u32(arrayLength(&q))) {
    q[word_611] = (read_q_out(word_611) & ((0xffffu << shift_612) ^ 0xffffffffu)) | (bf16_bits(h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0) << shift_612);
  }
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let word_613: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_614: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_613 < u32(arrayLength(&q))) {
    q[word_613] = (read_q_out(word_613) & ((0xffffu << shift_614) ^ 0xffffffffu)) | (bf16_bits(h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0) << shift_614);
  }
  let word_615: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_616: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_615 < u32(arrayLength(&q))) {
    q[word_615] = (read_q_out(word_615) & ((0xffffu << shift_616) ^ 0xffffffffu)) | (bf16_bits(h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0) << shift_616);
  }
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let word_617: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_618: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_617 < u32(arrayLength(&q))) {
    q[word_617] = (read_q_out(word_617) & ((0xffffu << shift_618) ^ 0xffffffffu)) | (bf16_bits(h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0) << shift_618);
  }
  let word_619: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_620: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_619 < u32(arrayLength(&q))) {
    q[word_619] = (read_q_out(word_619) & ((0xffffu << shift_620) ^ 0xffffffffu)) | (bf16_bits(h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0) << shift_620);
  }
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let word_621: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_622: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_621 < u32(arrayLength(&q))) {
    q[word_621] = (read_q_out(word_621) & ((0xffffu << shift_622) ^ 0xffffffffu)) | (bf16_bits(h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0) << shift_622);
  }
  let word_623: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_624: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_623 < u32(arrayLength(&q))) {
    q[word_623] = (read_q_out(word_623) & ((0xffffu << shift_624) ^ 0xffffffffu)) | (bf16_bits(h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0) << shift_624);
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.q_start + (flat * params.q_token_stride + h0 * params.q_head_stride);
  let op1h1: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 1u) * params.q_head_stride);
  let op1h2: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 2u) * params.q_head_stride);
  let op1h3: u32 = params.q_start + (flat * params.q_token_stride + (h0 + 3u) * params.q_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let word_625: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_626: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_625 < u32(arrayLength(&q))) {
    q[word_625] = (read_q_out(word_625) & ((0xffffu << shift_626) ^ 0xffffffffu)) | (bf16_bits(p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0) << shift_626);
  }
  let word_627: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_628: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_627 < u32(arrayLength(&q))) {
    q[word_627] = (read_q_out(word_627) & ((0xffffu << shift_628) ^ 0xffffffffu)) | (bf16_bits(p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0) << shift_628);
  }
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let word_629: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_630: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_629 < u32(arrayLength(&q))) {
    q[word_629] = (read_q_out(word_629) & ((0xffffu << shift_630) ^ 0xffffffffu)) | (bf16_bits(p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0) << shift_630);
  }
  let word_631: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_632: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_631 < u32(arrayLength(&q))) {
    q[word_631] = (read_q_out(word_631) & ((0xffffu << shift_632) ^ 0xffffffffu)) | (bf16_bits(p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0) << shift_632);
  }
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let word_633: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_634: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_633 < u32(arrayLength(&q))) {
    q[word_633] = (read_q_out(word_633) & ((0xffffu << shift_634) ^ 0xffffffffu)) | (bf16_bits(p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0) << shift_634);
  }
  let word_635: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_636: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_635 < u32(arrayLength(&q))) {
    q[word_635] = (read_q_out(word_635) & ((0xffffu << shift_636) ^ 0xffffffffu)) | (bf16_bits(p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0) << shift_636);
  }
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let word_637: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_638: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_637 < u32(arrayLength(&q))) {
    q[word_637] = (read_q_out(word_637) & ((0xffffu << shift_638) ^ 0xffffffffu)) | (bf16_bits(p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0) << shift_638);
  }
  let word_639: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_640: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_639 < u32(arrayLength(&q))) {
    q[word_639] = (read_q_out(word_639) & ((0xffffu << shift_640) ^ 0xffffffffu)) | (bf16_bits(p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0) << shift_640);
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar), k heads h0 … h0 + 3 (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_k4_0(flat: u32, ki: u32, h0: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let oh0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let oh1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let oh2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let oh3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let h0_xa_0: f32 = bitcast<f32>(((read_q_in((oh0 + ki * 2u) >> 1u) >> (((oh0 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_xb_0: f32 = bitcast<f32>(((read_q_in((oh0 + (64u + ki * 2u)) >> 1u) >> (((oh0 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h0_ci_0: f32 = c0_0;
  let h0_si_0: f32 = s0_0;
  let h0kw0_0: f32 = h0_xa_0 * h0_ci_0 - h0_xb_0 * h0_si_0;
  let word_641: u32 = (oh0 + ki * 2u) >> 1u;
  let shift_642: u32 = ((oh0 + ki * 2u) & 1u) * 16u;
  if (word_641 < u32(arrayLength(&q))) {
    q[word_641] = (read_q_out(word_641) & ((0xffffu << shift_642) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_642);
  }
  if (stored) {
    let word_643: u32 = (h0co + ki * 2u) >> 1u;
    let shift_644: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_643 < u32(arrayLength(&k_cache))) {
      k_cache[word_643] = (read_k_cache(word_643) & ((0xffffu << shift_644) ^ 0xffffffffu)) | (bf16_bits(h0kw0_0) << shift_644);
    }
    let word_645: u32 = (h0co + ki * 2u) >> 1u;
    let shift_646: u32 = ((h0co + ki * 2u) & 1u) * 16u;
    if (word_645 < u32(arrayLength(&v_cache))) {
      v_cache[word_645] = (read_v_cache(word_645) & ((0xffffu << shift_646) ^ 0xffffffffu)) | (((read_q_in((h0vo + ki * 2u) >> 1u) >> (((h0vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_646);
    }
  }
  let h0kw1_0: f32 = h0_xb_0 * h0_ci_0 + h0_xa_0 * h0_si_0;
  let word_647: u32 = (oh0 + (64u + ki * 2u)) >> 1u;
  let shift_648: u32 = ((oh0 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_647 < u32(arrayLength(&q))) {
    q[word_647] = (read_q_out(word_647) & ((0xffffu << shift_648) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_648);
  }
  if (stored) {
    let word_649: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_650: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_649 < u32(arrayLength(&k_cache))) {
      k_cache[word_649] = (read_k_cache(word_649) & ((0xffffu << shift_650) ^ 0xffffffffu)) | (bf16_bits(h0kw1_0) << shift_650);
    }
    let word_651: u32 = (h0co + (64u + ki * 2u)) >> 1u;
    let shift_652: u32 = ((h0co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_651 < u32(arrayLength(&v_cache))) {
      v_cache[word_651] = (read_v_cache(word_651) & ((0xffffu << shift_652) ^ 0xffffffffu)) | (((read_q_in((h0vo + (64u + ki * 2u)) >> 1u) >> (((h0vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_652);
    }
  }
  let h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let h1_xa_0: f32 = bitcast<f32>(((read_q_in((oh1 + ki * 2u) >> 1u) >> (((oh1 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_xb_0: f32 = bitcast<f32>(((read_q_in((oh1 + (64u + ki * 2u)) >> 1u) >> (((oh1 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h1_ci_0: f32 = c0_0;
  let h1_si_0: f32 = s0_0;
  let h1kw0_0: f32 = h1_xa_0 * h1_ci_0 - h1_xb_0 * h1_si_0;
  let word_653: u32 = (oh1 + ki * 2u) >> 1u;
  let shift_654: u32 = ((oh1 + ki * 2u) & 1u) * 16u;
  if (word_653 < u32(arrayLength(&q))) {
    q[word_653] = (read_q_out(word_653) & ((0xffffu << shift_654) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_654);
  }
  if (stored) {
    let word_655: u32 = (h1co + ki * 2u) >> 1u;
    let shift_656: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_655 < u32(arrayLength(&k_cache))) {
      k_cache[word_655] = (read_k_cache(word_655) & ((0xffffu << shift_656) ^ 0xffffffffu)) | (bf16_bits(h1kw0_0) << shift_656);
    }
    let word_657: u32 = (h1co + ki * 2u) >> 1u;
    let shift_658: u32 = ((h1co + ki * 2u) & 1u) * 16u;
    if (word_657 < u32(arrayLength(&v_cache))) {
      v_cache[word_657] = (read_v_cache(word_657) & ((0xffffu << shift_658) ^ 0xffffffffu)) | (((read_q_in((h1vo + ki * 2u) >> 1u) >> (((h1vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_658);
    }
  }
  let h1kw1_0: f32 = h1_xb_0 * h1_ci_0 + h1_xa_0 * h1_si_0;
  let word_659: u32 = (oh1 + (64u + ki * 2u)) >> 1u;
  let shift_660: u32 = ((oh1 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_659 < u32(arrayLength(&q))) {
    q[word_659] = (read_q_out(word_659) & ((0xffffu << shift_660) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_660);
  }
  if (stored) {
    let word_661: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_662: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_661 < u32(arrayLength(&k_cache))) {
      k_cache[word_661] = (read_k_cache(word_661) & ((0xffffu << shift_662) ^ 0xffffffffu)) | (bf16_bits(h1kw1_0) << shift_662);
    }
    let word_663: u32 = (h1co + (64u + ki * 2u)) >> 1u;
    let shift_664: u32 = ((h1co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_663 < u32(arrayLength(&v_cache))) {
      v_cache[word_663] = (read_v_cache(word_663) & ((0xffffu << shift_664) ^ 0xffffffffu)) | (((read_q_in((h1vo + (64u + ki * 2u)) >> 1u) >> (((h1vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_664);
    }
  }
  let h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let h2_xa_0: f32 = bitcast<f32>(((read_q_in((oh2 + ki * 2u) >> 1u) >> (((oh2 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_xb_0: f32 = bitcast<f32>(((read_q_in((oh2 + (64u + ki * 2u)) >> 1u) >> (((oh2 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h2_ci_0: f32 = c0_0;
  let h2_si_0: f32 = s0_0;
  let h2kw0_0: f32 = h2_xa_0 * h2_ci_0 - h2_xb_0 * h2_si_0;
  let word_665: u32 = (oh2 + ki * 2u) >> 1u;
  let shift_666: u32 = ((oh2 + ki * 2u) & 1u) * 16u;
  if (word_665 < u32(arrayLength(&q))) {
    q[word_665] = (read_q_out(word_665) & ((0xffffu << shift_666) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_666);
  }
  if (stored) {
    let word_667: u32 = (h2co + ki * 2u) >> 1u;
    let shift_668: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_667 < u32(arrayLength(&k_cache))) {
      k_cache[word_667] = (read_k_cache(word_667) & ((0xffffu << shift_668) ^ 0xffffffffu)) | (bf16_bits(h2kw0_0) << shift_668);
    }
    let word_669: u32 = (h2co + ki * 2u) >> 1u;
    let shift_670: u32 = ((h2co + ki * 2u) & 1u) * 16u;
    if (word_669 < u32(arrayLength(&v_cache))) {
      v_cache[word_669] = (read_v_cache(word_669) & ((0xffffu << shift_670) ^ 0xffffffffu)) | (((read_q_in((h2vo + ki * 2u) >> 1u) >> (((h2vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_670);
    }
  }
  let h2kw1_0: f32 = h2_xb_0 * h2_ci_0 + h2_xa_0 * h2_si_0;
  let word_671: u32 = (oh2 + (64u + ki * 2u)) >> 1u;
  let shift_672: u32 = ((oh2 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_671 < u32(arrayLength(&q))) {
    q[word_671] = (read_q_out(word_671) & ((0xffffu << shift_672) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_672);
  }
  if (stored) {
    let word_673: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_674: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_673 < u32(arrayLength(&k_cache))) {
      k_cache[word_673] = (read_k_cache(word_673) & ((0xffffu << shift_674) ^ 0xffffffffu)) | (bf16_bits(h2kw1_0) << shift_674);
    }
    let word_675: u32 = (h2co + (64u + ki * 2u)) >> 1u;
    let shift_676: u32 = ((h2co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_675 < u32(arrayLength(&v_cache))) {
      v_cache[word_675] = (read_v_cache(word_675) & ((0xffffu << shift_676) ^ 0xffffffffu)) | (((read_q_in((h2vo + (64u + ki * 2u)) >> 1u) >> (((h2vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_676);
    }
  }
  let h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let h3_xa_0: f32 = bitcast<f32>(((read_q_in((oh3 + ki * 2u) >> 1u) >> (((oh3 + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_xb_0: f32 = bitcast<f32>(((read_q_in((oh3 + (64u + ki * 2u)) >> 1u) >> (((oh3 + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let h3_ci_0: f32 = c0_0;
  let h3_si_0: f32 = s0_0;
  let h3kw0_0: f32 = h3_xa_0 * h3_ci_0 - h3_xb_0 * h3_si_0;
  let word_677: u32 = (oh3 + ki * 2u) >> 1u;
  let shift_678: u32 = ((oh3 + ki * 2u) & 1u) * 16u;
  if (word_677 < u32(arrayLength(&q))) {
    q[word_677] = (read_q_out(word_677) & ((0xffffu << shift_678) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_678);
  }
  if (stored) {
    let word_679: u32 = (h3co + ki * 2u) >> 1u;
    let shift_680: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_679 < u32(arrayLength(&k_cache))) {
      k_cache[word_679] = (read_k_cache(word_679) & ((0xffffu << shift_680) ^ 0xffffffffu)) | (bf16_bits(h3kw0_0) << shift_680);
    }
    let word_681: u32 = (h3co + ki * 2u) >> 1u;
    let shift_682: u32 = ((h3co + ki * 2u) & 1u) * 16u;
    if (word_681 < u32(arrayLength(&v_cache))) {
      v_cache[word_681] = (read_v_cache(word_681) & ((0xffffu << shift_682) ^ 0xffffffffu)) | (((read_q_in((h3vo + ki * 2u) >> 1u) >> (((h3vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_682);
    }
  }
  let h3kw1_0: f32 = h3_xb_0 * h3_ci_0 + h3_xa_0 * h3_si_0;
  let word_683: u32 = (oh3 + (64u + ki * 2u)) >> 1u;
  let shift_684: u32 = ((oh3 + (64u + ki * 2u)) & 1u) * 16u;
  if (word_683 < u32(arrayLength(&q))) {
    q[word_683] = (read_q_out(word_683) & ((0xffffu << shift_684) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_684);
  }
  if (stored) {
    let word_685: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_686: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_685 < u32(arrayLength(&k_cache))) {
      k_cache[word_685] = (read_k_cache(word_685) & ((0xffffu << shift_686) ^ 0xffffffffu)) | (bf16_bits(h3kw1_0) << shift_686);
    }
    let word_687: u32 = (h3co + (64u + ki * 2u)) >> 1u;
    let shift_688: u32 = ((h3co + (64u + ki * 2u)) & 1u) * 16u;
    if (word_687 < u32(arrayLength(&v_cache))) {
      v_cache[word_687] = (read_v_cache(word_687) & ((0xffffu << shift_688) ^ 0xffffffffu)) | (((read_q_in((h3vo + (64u + ki * 2u)) >> 1u) >> (((h3vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_688);
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  let op1h0: u32 = params.k_start + (flat * params.k_token_stride + h0 * params.k_head_stride);
  let op1h1: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 1u) * params.k_head_stride);
  let op1h2: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 2u) * params.k_head_stride);
  let op1h3: u32 = params.k_start + (flat * params.k_token_stride + (h0 + 3u) * params.k_head_stride);
  let p1h0co: u32 = (((slot / 16u) * 4u + h0) * 16u + slot % 16u) * 128u;
  let p1h0vo: u32 = params.v_start + (flat * params.v_token_stride + h0 * params.v_head_stride);
  let p1h0_xa_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (1u + ki * 2u)) >> 1u) >> (((op1h0 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_xb_0: f32 = bitcast<f32>(((read_q_in((op1h0 + (65u + ki * 2u)) >> 1u) >> (((op1h0 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h0_ci_0: f32 = c1_0;
  let p1h0_si_0: f32 = s1_0;
  let p1h0kw0_0: f32 = p1h0_xa_0 * p1h0_ci_0 - p1h0_xb_0 * p1h0_si_0;
  let word_689: u32 = (op1h0 + (1u + ki * 2u)) >> 1u;
  let shift_690: u32 = ((op1h0 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_689 < u32(arrayLength(&q))) {
    q[word_689] = (read_q_out(word_689) & ((0xffffu << shift_690) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_690);
  }
  if (stored) {
    let word_691: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_692: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_691 < u32(arrayLength(&k_cache))) {
      k_cache[word_691] = (read_k_cache(word_691) & ((0xffffu << shift_692) ^ 0xffffffffu)) | (bf16_bits(p1h0kw0_0) << shift_692);
    }
    let word_693: u32 = (p1h0co + (1u + ki * 2u)) >> 1u;
    let shift_694: u32 = ((p1h0co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_693 < u32(arrayLength(&v_cache))) {
      v_cache[word_693] = (read_v_cache(word_693) & ((0xffffu << shift_694) ^ 0xffffffffu)) | (((read_q_in((p1h0vo + (1u + ki * 2u)) >> 1u) >> (((p1h0vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_694);
    }
  }
  let p1h0kw1_0: f32 = p1h0_xb_0 * p1h0_ci_0 + p1h0_xa_0 * p1h0_si_0;
  let word_695: u32 = (op1h0 + (65u + ki * 2u)) >> 1u;
  let shift_696: u32 = ((op1h0 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_695 < u32(arrayLength(&q))) {
    q[word_695] = (read_q_out(word_695) & ((0xffffu << shift_696) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_696);
  }
  if (stored) {
    let word_697: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_698: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_697 < u32(arrayLength(&k_cache))) {
      k_cache[word_697] = (read_k_cache(word_697) & ((0xffffu << shift_698) ^ 0xffffffffu)) | (bf16_bits(p1h0kw1_0) << shift_698);
    }
    let word_699: u32 = (p1h0co + (65u + ki * 2u)) >> 1u;
    let shift_700: u32 = ((p1h0co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_699 < u32(arrayLength(&v_cache))) {
      v_cache[word_699] = (read_v_cache(word_699) & ((0xffffu << shift_700) ^ 0xffffffffu)) | (((read_q_in((p1h0vo + (65u + ki * 2u)) >> 1u) >> (((p1h0vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_700);
    }
  }
  let p1h1co: u32 = (((slot / 16u) * 4u + (h0 + 1u)) * 16u + slot % 16u) * 128u;
  let p1h1vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 1u) * params.v_head_stride);
  let p1h1_xa_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (1u + ki * 2u)) >> 1u) >> (((op1h1 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_xb_0: f32 = bitcast<f32>(((read_q_in((op1h1 + (65u + ki * 2u)) >> 1u) >> (((op1h1 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h1_ci_0: f32 = c1_0;
  let p1h1_si_0: f32 = s1_0;
  let p1h1kw0_0: f32 = p1h1_xa_0 * p1h1_ci_0 - p1h1_xb_0 * p1h1_si_0;
  let word_701: u32 = (op1h1 + (1u + ki * 2u)) >> 1u;
  let shift_702: u32 = ((op1h1 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_701 < u32(arrayLength(&q))) {
    q[word_701] = (read_q_out(word_701) & ((0xffffu << shift_702) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_702);
  }
  if (stored) {
    let word_703: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_704: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_703 < u32(arrayLength(&k_cache))) {
      k_cache[word_703] = (read_k_cache(word_703) & ((0xffffu << shift_704) ^ 0xffffffffu)) | (bf16_bits(p1h1kw0_0) << shift_704);
    }
    let word_705: u32 = (p1h1co + (1u + ki * 2u)) >> 1u;
    let shift_706: u32 = ((p1h1co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_705 < u32(arrayLength(&v_cache))) {
      v_cache[word_705] = (read_v_cache(word_705) & ((0xffffu << shift_706) ^ 0xffffffffu)) | (((read_q_in((p1h1vo + (1u + ki * 2u)) >> 1u) >> (((p1h1vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_706);
    }
  }
  let p1h1kw1_0: f32 = p1h1_xb_0 * p1h1_ci_0 + p1h1_xa_0 * p1h1_si_0;
  let word_707: u32 = (op1h1 + (65u + ki * 2u)) >> 1u;
  let shift_708: u32 = ((op1h1 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_707 < u32(arrayLength(&q))) {
    q[word_707] = (read_q_out(word_707) & ((0xffffu << shift_708) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_708);
  }
  if (stored) {
    let word_709: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_710: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_709 < u32(arrayLength(&k_cache))) {
      k_cache[word_709] = (read_k_cache(word_709) & ((0xffffu << shift_710) ^ 0xffffffffu)) | (bf16_bits(p1h1kw1_0) << shift_710);
    }
    let word_711: u32 = (p1h1co + (65u + ki * 2u)) >> 1u;
    let shift_712: u32 = ((p1h1co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_711 < u32(arrayLength(&v_cache))) {
      v_cache[word_711] = (read_v_cache(word_711) & ((0xffffu << shift_712) ^ 0xffffffffu)) | (((read_q_in((p1h1vo + (65u + ki * 2u)) >> 1u) >> (((p1h1vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_712);
    }
  }
  let p1h2co: u32 = (((slot / 16u) * 4u + (h0 + 2u)) * 16u + slot % 16u) * 128u;
  let p1h2vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 2u) * params.v_head_stride);
  let p1h2_xa_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (1u + ki * 2u)) >> 1u) >> (((op1h2 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_xb_0: f32 = bitcast<f32>(((read_q_in((op1h2 + (65u + ki * 2u)) >> 1u) >> (((op1h2 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h2_ci_0: f32 = c1_0;
  let p1h2_si_0: f32 = s1_0;
  let p1h2kw0_0: f32 = p1h2_xa_0 * p1h2_ci_0 - p1h2_xb_0 * p1h2_si_0;
  let word_713: u32 = (op1h2 + (1u + ki * 2u)) >> 1u;
  let shift_714: u32 = ((op1h2 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_713 < u32(arrayLength(&q))) {
    q[word_713] = (read_q_out(word_713) & ((0xffffu << shift_714) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_714);
  }
  if (stored) {
    let word_715: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_716: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_715 < u32(arrayLength(&k_cache))) {
      k_cache[word_715] = (read_k_cache(word_715) & ((0xffffu << shift_716) ^ 0xffffffffu)) | (bf16_bits(p1h2kw0_0) << shift_716);
    }
    let word_717: u32 = (p1h2co + (1u + ki * 2u)) >> 1u;
    let shift_718: u32 = ((p1h2co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_717 < u32(arrayLength(&v_cache))) {
      v_cache[word_717] = (read_v_cache(word_717) & ((0xffffu << shift_718) ^ 0xffffffffu)) | (((read_q_in((p1h2vo + (1u + ki * 2u)) >> 1u) >> (((p1h2vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_718);
    }
  }
  let p1h2kw1_0: f32 = p1h2_xb_0 * p1h2_ci_0 + p1h2_xa_0 * p1h2_si_0;
  let word_719: u32 = (op1h2 + (65u + ki * 2u)) >> 1u;
  let shift_720: u32 = ((op1h2 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_719 < u32(arrayLength(&q))) {
    q[word_719] = (read_q_out(word_719) & ((0xffffu << shift_720) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_720);
  }
  if (stored) {
    let word_721: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_722: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_721 < u32(arrayLength(&k_cache))) {
      k_cache[word_721] = (read_k_cache(word_721) & ((0xffffu << shift_722) ^ 0xffffffffu)) | (bf16_bits(p1h2kw1_0) << shift_722);
    }
    let word_723: u32 = (p1h2co + (65u + ki * 2u)) >> 1u;
    let shift_724: u32 = ((p1h2co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_723 < u32(arrayLength(&v_cache))) {
      v_cache[word_723] = (read_v_cache(word_723) & ((0xffffu << shift_724) ^ 0xffffffffu)) | (((read_q_in((p1h2vo + (65u + ki * 2u)) >> 1u) >> (((p1h2vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_724);
    }
  }
  let p1h3co: u32 = (((slot / 16u) * 4u + (h0 + 3u)) * 16u + slot % 16u) * 128u;
  let p1h3vo: u32 = params.v_start + (flat * params.v_token_stride + (h0 + 3u) * params.v_head_stride);
  let p1h3_xa_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (1u + ki * 2u)) >> 1u) >> (((op1h3 + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_xb_0: f32 = bitcast<f32>(((read_q_in((op1h3 + (65u + ki * 2u)) >> 1u) >> (((op1h3 + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
  let p1h3_ci_0: f32 = c1_0;
  let p1h3_si_0: f32 = s1_0;
  let p1h3kw0_0: f32 = p1h3_xa_0 * p1h3_ci_0 - p1h3_xb_0 * p1h3_si_0;
  let word_725: u32 = (op1h3 + (1u + ki * 2u)) >> 1u;
  let shift_726: u32 = ((op1h3 + (1u + ki * 2u)) & 1u) * 16u;
  if (word_725 < u32(arrayLength(&q))) {
    q[word_725] = (read_q_out(word_725) & ((0xffffu << shift_726) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_726);
  }
  if (stored) {
    let word_727: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_728: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_727 < u32(arrayLength(&k_cache))) {
      k_cache[word_727] = (read_k_cache(word_727) & ((0xffffu << shift_728) ^ 0xffffffffu)) | (bf16_bits(p1h3kw0_0) << shift_728);
    }
    let word_729: u32 = (p1h3co + (1u + ki * 2u)) >> 1u;
    let shift_730: u32 = ((p1h3co + (1u + ki * 2u)) & 1u) * 16u;
    if (word_729 < u32(arrayLength(&v_cache))) {
      v_cache[word_729] = (read_v_cache(word_729) & ((0xffffu << shift_730) ^ 0xffffffffu)) | (((read_q_in((p1h3vo + (1u + ki * 2u)) >> 1u) >> (((p1h3vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_730);
    }
  }
  let p1h3kw1_0: f32 = p1h3_xb_0 * p1h3_ci_0 + p1h3_xa_0 * p1h3_si_0;
  let word_731: u32 = (op1h3 + (65u + ki * 2u)) >> 1u;
  let shift_732: u32 = ((op1h3 + (65u + ki * 2u)) & 1u) * 16u;
  if (word_731 < u32(arrayLength(&q))) {
    q[word_731] = (read_q_out(word_731) & ((0xffffu << shift_732) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_732);
  }
  if (stored) {
    let word_733: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_734: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_733 < u32(arrayLength(&k_cache))) {
      k_cache[word_733] = (read_k_cache(word_733) & ((0xffffu << shift_734) ^ 0xffffffffu)) | (bf16_bits(p1h3kw1_0) << shift_734);
    }
    let word_735: u32 = (p1h3co + (65u + ki * 2u)) >> 1u;
    let shift_736: u32 = ((p1h3co + (65u + ki * 2u)) & 1u) * 16u;
    if (word_735 < u32(arrayLength(&v_cache))) {
      v_cache[word_735] = (read_v_cache(word_735) & ((0xffffu << shift_736) ^ 0xffffffffu)) | (((read_q_in((p1h3vo + (65u + ki * 2u)) >> 1u) >> (((p1h3vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_736);
    }
  }
}

/** rotate 1 pair(s) from 0 at lanes 0, 64 (stride 1, scalar); rotate 1 pair(s) from 1 at lanes 1, 65 (stride 1, scalar) (item k: + 2 pairs, + 2 lanes) */
fn item_scalar_out_shared_0(flat: u32, ki: u32) {
  let pos0_w: i32 = read_positions(flat);
  let pos0_f: f32 = 0.0;
  let pos1_w: i32 = read_positions(params.tokens + flat);
  let pos1_f: f32 = 0.0;
  let pos2_w: i32 = read_positions(2u * params.tokens + flat);
  let pos2_f: f32 = 0.0;
  let slot_given: i32 = read_slot_mapping(flat);
  let stored: bool = slot_given >= 0i && u32(max(slot_given, 0i)) < params.cache_slots;
  let slot: u32 = select(0u, u32(max(slot_given, 0i)), stored);
  var c0_0: f32 = 0.0;
  var s0_0: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 2u] == 0u), ki * 2u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let word_737: u32 = (o + ki * 2u) >> 1u;
    let shift_738: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_737 < u32(arrayLength(&q))) {
      q[word_737] = (read_q_out(word_737) & ((0xffffu << shift_738) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_738);
    }
    let word_739: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_740: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_739 < u32(arrayLength(&q))) {
      q[word_739] = (read_q_out(word_739) & ((0xffffu << shift_740) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_740);
    }
  }
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + ki * 2u) >> 1u) >> (((o + ki * 2u) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (64u + ki * 2u)) >> 1u) >> (((o + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c0_0;
    let si_0: f32 = s0_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_741: u32 = (o + ki * 2u) >> 1u;
    let shift_742: u32 = ((o + ki * 2u) & 1u) * 16u;
    if (word_741 < u32(arrayLength(&q))) {
      q[word_741] = (read_q_out(word_741) & ((0xffffu << shift_742) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_742);
    }
    if (stored) {
      let word_743: u32 = (co + ki * 2u) >> 1u;
      let shift_744: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_743 < u32(arrayLength(&k_cache))) {
        k_cache[word_743] = (read_k_cache(word_743) & ((0xffffu << shift_744) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_744);
      }
      let word_745: u32 = (co + ki * 2u) >> 1u;
      let shift_746: u32 = ((co + ki * 2u) & 1u) * 16u;
      if (word_745 < u32(arrayLength(&v_cache))) {
        v_cache[word_745] = (read_v_cache(word_745) & ((0xffffu << shift_746) ^ 0xffffffffu)) | (((read_q_in((vo + ki * 2u) >> 1u) >> (((vo + ki * 2u) & 1u) * 16u)) & 0xffffu) << shift_746);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_747: u32 = (o + (64u + ki * 2u)) >> 1u;
    let shift_748: u32 = ((o + (64u + ki * 2u)) & 1u) * 16u;
    if (word_747 < u32(arrayLength(&q))) {
      q[word_747] = (read_q_out(word_747) & ((0xffffu << shift_748) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_748);
    }
    if (stored) {
      let word_749: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_750: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_749 < u32(arrayLength(&k_cache))) {
        k_cache[word_749] = (read_k_cache(word_749) & ((0xffffu << shift_750) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_750);
      }
      let word_751: u32 = (co + (64u + ki * 2u)) >> 1u;
      let shift_752: u32 = ((co + (64u + ki * 2u)) & 1u) * 16u;
      if (word_751 < u32(arrayLength(&v_cache))) {
        v_cache[word_751] = (read_v_cache(word_751) & ((0xffffu << shift_752) ^ 0xffffffffu)) | (((read_q_in((vo + (64u + ki * 2u)) >> 1u) >> (((vo + (64u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_752);
      }
    }
  }
  var c1_0: f32 = 0.0;
  var s1_0: f32 = 0.0;
  let cs1_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_w, PAIR_COMPONENT[1u + ki * 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[1u + ki * 2u] == 1u), pos0_f, PAIR_COMPONENT[1u + ki * 2u] == 0u), 1u + ki * 2u);
  c1_0 = cs1_0.x;
  s1_0 = cs1_0.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = params.q_start + (flat * params.q_token_stride + h * params.q_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let word_753: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_754: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_753 < u32(arrayLength(&q))) {
      q[word_753] = (read_q_out(word_753) & ((0xffffu << shift_754) ^ 0xffffffffu)) | (bf16_bits(xa_0 * ci_0 - xb_0 * si_0) << shift_754);
    }
    let word_755: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_756: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_755 < u32(arrayLength(&q))) {
      q[word_755] = (read_q_out(word_755) & ((0xffffu << shift_756) ^ 0xffffffffu)) | (bf16_bits(xb_0 * ci_0 + xa_0 * si_0) << shift_756);
    }
  }
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = params.k_start + (flat * params.k_token_stride + h * params.k_head_stride);
    let co: u32 = (((slot / 16u) * 4u + h) * 16u + slot % 16u) * 128u;
    let vo: u32 = params.v_start + (flat * params.v_token_stride + h * params.v_head_stride);
    let xa_0: f32 = bitcast<f32>(((read_q_in((o + (1u + ki * 2u)) >> 1u) >> (((o + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let xb_0: f32 = bitcast<f32>(((read_q_in((o + (65u + ki * 2u)) >> 1u) >> (((o + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << 16u);
    let ci_0: f32 = c1_0;
    let si_0: f32 = s1_0;
    let kw0_0: f32 = xa_0 * ci_0 - xb_0 * si_0;
    let word_757: u32 = (o + (1u + ki * 2u)) >> 1u;
    let shift_758: u32 = ((o + (1u + ki * 2u)) & 1u) * 16u;
    if (word_757 < u32(arrayLength(&q))) {
      q[word_757] = (read_q_out(word_757) & ((0xffffu << shift_758) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_758);
    }
    if (stored) {
      let word_759: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_760: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_759 < u32(arrayLength(&k_cache))) {
        k_cache[word_759] = (read_k_cache(word_759) & ((0xffffu << shift_760) ^ 0xffffffffu)) | (bf16_bits(kw0_0) << shift_760);
      }
      let word_761: u32 = (co + (1u + ki * 2u)) >> 1u;
      let shift_762: u32 = ((co + (1u + ki * 2u)) & 1u) * 16u;
      if (word_761 < u32(arrayLength(&v_cache))) {
        v_cache[word_761] = (read_v_cache(word_761) & ((0xffffu << shift_762) ^ 0xffffffffu)) | (((read_q_in((vo + (1u + ki * 2u)) >> 1u) >> (((vo + (1u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_762);
      }
    }
    let kw1_0: f32 = xb_0 * ci_0 + xa_0 * si_0;
    let word_763: u32 = (o + (65u + ki * 2u)) >> 1u;
    let shift_764: u32 = ((o + (65u + ki * 2u)) & 1u) * 16u;
    if (word_763 < u32(arrayLength(&q))) {
      q[word_763] = (read_q_out(word_763) & ((0xffffu << shift_764) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_764);
    }
    if (stored) {
      let word_765: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_766: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_765 < u32(arrayLength(&k_cache))) {
        k_cache[word_765] = (read_k_cache(word_765) & ((0xffffu << shift_766) ^ 0xffffffffu)) | (bf16_bits(kw1_0) << shift_766);
      }
      let word_767: u32 = (co + (65u + ki * 2u)) >> 1u;
      let shift_768: u32 = ((co + (65u + ki * 2u)) & 1u) * 16u;
      if (word_767 < u32(arrayLength(&v_cache))) {
        v_cache[word_767] = (read_v_cache(word_767) & ((0xffffu << shift_768) ^ 0xffffffffu)) | (((read_q_in((vo + (65u + ki * 2u)) >> 1u) >> (((vo + (65u + ki * 2u)) & 1u) * 16u)) & 0xffffu) << shift_768);
      }
    }
  }
}

// in place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 32u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 28u) {
    let h0: u32 = g;
    item_scalar_in_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_scalar_in_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 32u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_scalar_in_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
    item_scalar_in_k4_0(flat, chunk, h0);
  }
}

// in place, every head in series, 64 item(s) per token, q 32 / k 32 (scalar schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 64u) {
    return;
  }
  let flat: u32 = item / 64u;
  let chunk: u32 = item - flat * 64u;
  if (chunk < 32u) {
    item_scalar_in_q_0(flat, chunk);
  } else {
    let chunk_k: u32 = chunk - 32u;
    item_scalar_in_k_0(flat, chunk_k);
  }
}

// out of place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 32u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 28u) {
    let h0: u32 = g;
    item_scalar_out_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_scalar_out_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 32u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_scalar_out_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
    item_scalar_out_k4_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 32 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 32u) {
    return;
  }
  let flat: u32 = item / 32u;
  let chunk: u32 = item - flat * 32u;
  item_scalar_out_0(flat, chunk);
}

// in place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 32u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 28u) {
    let h0: u32 = g;
    item_scalar_in_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_scalar_in_shared_k1_0(flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 32u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_scalar_in_shared_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
    item_scalar_in_shared_k4_0(flat, chunk, h0);
  }
}

// in place, every head in series, 64 item(s) per token, q 32 / k 32 (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 64u) {
    return;
  }
  let flat: u32 = item / 64u;
  let chunk: u32 = item - flat * 64u;
  if (chunk < 32u) {
    item_scalar_in_shared_q_0(flat, chunk);
  } else {
    let chunk_k: u32 = chunk - 32u;
    item_scalar_in_shared_k_0(flat, chunk_k);
  }
}

// out of place, one head per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 32u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 28u) {
    let h0: u32 = g;
    item_scalar_out_shared_q1_0(flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_scalar_out_shared_k1_0(flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 32 item(s) per token and head group (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 32u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 32u;
  let rest: u32 = item / 32u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_scalar_out_shared_q4_0(flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
    item_scalar_out_shared_k4_0(flat, chunk, h0);
  }
}

// out of place, every head in series, 32 item(s) per token (scalar schedule)
@compute @workgroup_size(64)
fn rope_shared_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 32u) {
    return;
  }
  let flat: u32 = item / 32u;
  let chunk: u32 = item - flat * 32u;
  item_scalar_out_shared_0(flat, chunk);
}
