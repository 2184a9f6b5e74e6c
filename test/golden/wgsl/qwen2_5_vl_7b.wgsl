// Generated from spec/qwen2_5_vl_7b.rope (rope qwen2_5_vl_7b) by ropec 0.1.0 for wgsl. Do not edit.
// spec-hash: 3bfe8a0fa4bb8b2e
//
// rope qwen2_5_vl_7b: head_dim 128, 64 pairs in 8 item(s) per token; bf16 storage, layout thd; 16-byte access (8 lanes per vector); positions mrope; ω constant; sincos computed; precision exact
// One invocation per work item of a token: its positions and the cos/sin of its pairs are computed
// once, then every head of q and of k is rotated with them. An item owns every word or vector it
// writes. Threads are numbered row-major over a 2D dispatch: item = gid.y · params.row_threads + gid.x.

struct Params {
  tokens: u32,
  batch: u32,
  seq: u32,
  row_threads: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> q: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> k: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> segment_table: array<i32>;
@group(0) @binding(4) var<storage, read> segment_values: array<f32>;
@group(0) @binding(5) var<storage, read> q_src: array<vec4<u32>>;
@group(0) @binding(6) var<storage, read> k_src: array<vec4<u32>>;
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

/** segment_table[i], or 0 past its end */
fn read_segment_table(i: u32) -> i32 {
  if (i >= u32(arrayLength(&segment_table))) {
    return 0i;
  }
  return segment_table[i];
}

/** segment_values[i], or 0 past its end */
fn read_segment_values(i: u32) -> f32 {
  if (i >= u32(arrayLength(&segment_values))) {
    return 0.0;
  }
  return segment_values[i];
}

/** q_out[i], or 0 past its end */
fn read_q_out(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&q))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return q[i];
}

/** k_out[i], or 0 past its end */
fn read_k_out(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&k))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return k[i];
}

/** q_in[i], or 0 past its end */
fn read_q_in(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&q_src))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
  }
  return q_src[i];
}

/** k_in[i], or 0 past its end */
fn read_k_in(i: u32) -> vec4<u32> {
  if (i >= u32(arrayLength(&k_src))) {
    return vec4<u32>(0u, 0u, 0u, 0u);
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

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 28u + h0) * 128u;
  let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 4u + h0) * 128u;
  let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 28u + h0) * 128u;
  let h0_xav: vec4<u32> = read_q_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 28u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_q_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 28u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_q_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 28u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_q_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 4u + h0) * 128u;
  let h0_xav: vec4<u32> = read_k_out((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_k_out((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 4u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_k_out((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_k_out((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 4u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_k_out((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_k_out((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 4u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_k_out((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_k_out((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_in_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = (flat * 28u + h) * 128u;
    let xav: vec4<u32> = read_q_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = (flat * 4u + h) * 128u;
    let xav: vec4<u32> = read_k_out((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_k_out((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 28u + h0) * 128u;
  let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k head h0 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k1_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let o: u32 = (flat * 4u + h0) * 128u;
  let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
  let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
  let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
  let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
  let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
  let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
  let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
  let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
  let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
  let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);
  let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
  let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
  let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
  let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
  let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
  let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
  let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
  let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
  let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
  let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
  let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
  let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
  let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
  let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
  let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
  let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
  let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
  let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
  let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
  let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
  let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
  let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
  let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
  let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
  if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
  }
  if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), q heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_q4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 28u + h0) * 128u;
  let h0_xav: vec4<u32> = read_q_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_q_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 28u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_q_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_q_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 28u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_q_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_q_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 28u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_q_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_q_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
    q[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split), k heads h0 … h0 + 3 (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_k4_0(b: u32, s: u32, flat: u32, ki: u32, h0: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  let oh0: u32 = (flat * 4u + h0) * 128u;
  let h0_xav: vec4<u32> = read_k_in((oh0 + ki * 8u) / 8u);
  let h0_xa0: f32 = bitcast<f32>((h0_xav.x & 0xffffu) << 16u);
  let h0_xa1: f32 = bitcast<f32>((h0_xav.x >> 16u) << 16u);
  let h0_xa2: f32 = bitcast<f32>((h0_xav.y & 0xffffu) << 16u);
  let h0_xa3: f32 = bitcast<f32>((h0_xav.y >> 16u) << 16u);
  let h0_xa4: f32 = bitcast<f32>((h0_xav.z & 0xffffu) << 16u);
  let h0_xa5: f32 = bitcast<f32>((h0_xav.z >> 16u) << 16u);
  let h0_xa6: f32 = bitcast<f32>((h0_xav.w & 0xffffu) << 16u);
  let h0_xa7: f32 = bitcast<f32>((h0_xav.w >> 16u) << 16u);
  let h0_xbv: vec4<u32> = read_k_in((oh0 + (64u + ki * 8u)) / 8u);
  let h0_xb0: f32 = bitcast<f32>((h0_xbv.x & 0xffffu) << 16u);
  let h0_xb1: f32 = bitcast<f32>((h0_xbv.x >> 16u) << 16u);
  let h0_xb2: f32 = bitcast<f32>((h0_xbv.y & 0xffffu) << 16u);
  let h0_xb3: f32 = bitcast<f32>((h0_xbv.y >> 16u) << 16u);
  let h0_xb4: f32 = bitcast<f32>((h0_xbv.z & 0xffffu) << 16u);
  let h0_xb5: f32 = bitcast<f32>((h0_xbv.z >> 16u) << 16u);
  let h0_xb6: f32 = bitcast<f32>((h0_xbv.w & 0xffffu) << 16u);
  let h0_xb7: f32 = bitcast<f32>((h0_xbv.w >> 16u) << 16u);
  let oh1: u32 = (flat * 4u + (h0 + 1u)) * 128u;
  let h1_xav: vec4<u32> = read_k_in((oh1 + ki * 8u) / 8u);
  let h1_xa0: f32 = bitcast<f32>((h1_xav.x & 0xffffu) << 16u);
  let h1_xa1: f32 = bitcast<f32>((h1_xav.x >> 16u) << 16u);
  let h1_xa2: f32 = bitcast<f32>((h1_xav.y & 0xffffu) << 16u);
  let h1_xa3: f32 = bitcast<f32>((h1_xav.y >> 16u) << 16u);
  let h1_xa4: f32 = bitcast<f32>((h1_xav.z & 0xffffu) << 16u);
  let h1_xa5: f32 = bitcast<f32>((h1_xav.z >> 16u) << 16u);
  let h1_xa6: f32 = bitcast<f32>((h1_xav.w & 0xffffu) << 16u);
  let h1_xa7: f32 = bitcast<f32>((h1_xav.w >> 16u) << 16u);
  let h1_xbv: vec4<u32> = read_k_in((oh1 + (64u + ki * 8u)) / 8u);
  let h1_xb0: f32 = bitcast<f32>((h1_xbv.x & 0xffffu) << 16u);
  let h1_xb1: f32 = bitcast<f32>((h1_xbv.x >> 16u) << 16u);
  let h1_xb2: f32 = bitcast<f32>((h1_xbv.y & 0xffffu) << 16u);
  let h1_xb3: f32 = bitcast<f32>((h1_xbv.y >> 16u) << 16u);
  let h1_xb4: f32 = bitcast<f32>((h1_xbv.z & 0xffffu) << 16u);
  let h1_xb5: f32 = bitcast<f32>((h1_xbv.z >> 16u) << 16u);
  let h1_xb6: f32 = bitcast<f32>((h1_xbv.w & 0xffffu) << 16u);
  let h1_xb7: f32 = bitcast<f32>((h1_xbv.w >> 16u) << 16u);
  let oh2: u32 = (flat * 4u + (h0 + 2u)) * 128u;
  let h2_xav: vec4<u32> = read_k_in((oh2 + ki * 8u) / 8u);
  let h2_xa0: f32 = bitcast<f32>((h2_xav.x & 0xffffu) << 16u);
  let h2_xa1: f32 = bitcast<f32>((h2_xav.x >> 16u) << 16u);
  let h2_xa2: f32 = bitcast<f32>((h2_xav.y & 0xffffu) << 16u);
  let h2_xa3: f32 = bitcast<f32>((h2_xav.y >> 16u) << 16u);
  let h2_xa4: f32 = bitcast<f32>((h2_xav.z & 0xffffu) << 16u);
  let h2_xa5: f32 = bitcast<f32>((h2_xav.z >> 16u) << 16u);
  let h2_xa6: f32 = bitcast<f32>((h2_xav.w & 0xffffu) << 16u);
  let h2_xa7: f32 = bitcast<f32>((h2_xav.w >> 16u) << 16u);
  let h2_xbv: vec4<u32> = read_k_in((oh2 + (64u + ki * 8u)) / 8u);
  let h2_xb0: f32 = bitcast<f32>((h2_xbv.x & 0xffffu) << 16u);
  let h2_xb1: f32 = bitcast<f32>((h2_xbv.x >> 16u) << 16u);
  let h2_xb2: f32 = bitcast<f32>((h2_xbv.y & 0xffffu) << 16u);
  let h2_xb3: f32 = bitcast<f32>((h2_xbv.y >> 16u) << 16u);
  let h2_xb4: f32 = bitcast<f32>((h2_xbv.z & 0xffffu) << 16u);
  let h2_xb5: f32 = bitcast<f32>((h2_xbv.z >> 16u) << 16u);
  let h2_xb6: f32 = bitcast<f32>((h2_xbv.w & 0xffffu) << 16u);
  let h2_xb7: f32 = bitcast<f32>((h2_xbv.w >> 16u) << 16u);
  let oh3: u32 = (flat * 4u + (h0 + 3u)) * 128u;
  let h3_xav: vec4<u32> = read_k_in((oh3 + ki * 8u) / 8u);
  let h3_xa0: f32 = bitcast<f32>((h3_xav.x & 0xffffu) << 16u);
  let h3_xa1: f32 = bitcast<f32>((h3_xav.x >> 16u) << 16u);
  let h3_xa2: f32 = bitcast<f32>((h3_xav.y & 0xffffu) << 16u);
  let h3_xa3: f32 = bitcast<f32>((h3_xav.y >> 16u) << 16u);
  let h3_xa4: f32 = bitcast<f32>((h3_xav.z & 0xffffu) << 16u);
  let h3_xa5: f32 = bitcast<f32>((h3_xav.z >> 16u) << 16u);
  let h3_xa6: f32 = bitcast<f32>((h3_xav.w & 0xffffu) << 16u);
  let h3_xa7: f32 = bitcast<f32>((h3_xav.w >> 16u) << 16u);
  let h3_xbv: vec4<u32> = read_k_in((oh3 + (64u + ki * 8u)) / 8u);
  let h3_xb0: f32 = bitcast<f32>((h3_xbv.x & 0xffffu) << 16u);
  let h3_xb1: f32 = bitcast<f32>((h3_xbv.x >> 16u) << 16u);
  let h3_xb2: f32 = bitcast<f32>((h3_xbv.y & 0xffffu) << 16u);
  let h3_xb3: f32 = bitcast<f32>((h3_xbv.y >> 16u) << 16u);
  let h3_xb4: f32 = bitcast<f32>((h3_xbv.z & 0xffffu) << 16u);
  let h3_xb5: f32 = bitcast<f32>((h3_xbv.z >> 16u) << 16u);
  let h3_xb6: f32 = bitcast<f32>((h3_xbv.w & 0xffffu) << 16u);
  let h3_xb7: f32 = bitcast<f32>((h3_xbv.w >> 16u) << 16u);
  let h0_ya0: f32 = h0_xa0 * c0_0 - h0_xb0 * s0_0;
  let h0_yb0: f32 = h0_xb0 * c0_0 + h0_xa0 * s0_0;
  let h0_ya1: f32 = h0_xa1 * c0_1 - h0_xb1 * s0_1;
  let h0_yb1: f32 = h0_xb1 * c0_1 + h0_xa1 * s0_1;
  let h0_ya2: f32 = h0_xa2 * c0_2 - h0_xb2 * s0_2;
  let h0_yb2: f32 = h0_xb2 * c0_2 + h0_xa2 * s0_2;
  let h0_ya3: f32 = h0_xa3 * c0_3 - h0_xb3 * s0_3;
  let h0_yb3: f32 = h0_xb3 * c0_3 + h0_xa3 * s0_3;
  let h0_ya4: f32 = h0_xa4 * c0_4 - h0_xb4 * s0_4;
  let h0_yb4: f32 = h0_xb4 * c0_4 + h0_xa4 * s0_4;
  let h0_ya5: f32 = h0_xa5 * c0_5 - h0_xb5 * s0_5;
  let h0_yb5: f32 = h0_xb5 * c0_5 + h0_xa5 * s0_5;
  let h0_ya6: f32 = h0_xa6 * c0_6 - h0_xb6 * s0_6;
  let h0_yb6: f32 = h0_xb6 * c0_6 + h0_xa6 * s0_6;
  let h0_ya7: f32 = h0_xa7 * c0_7 - h0_xb7 * s0_7;
  let h0_yb7: f32 = h0_xb7 * c0_7 + h0_xa7 * s0_7;
  if ((oh0 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h0_ya0) | (bf16_bits(h0_ya1) << 16u), bf16_bits(h0_ya2) | (bf16_bits(h0_ya3) << 16u), bf16_bits(h0_ya4) | (bf16_bits(h0_ya5) << 16u), bf16_bits(h0_ya6) | (bf16_bits(h0_ya7) << 16u));
  }
  if ((oh0 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh0 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h0_yb0) | (bf16_bits(h0_yb1) << 16u), bf16_bits(h0_yb2) | (bf16_bits(h0_yb3) << 16u), bf16_bits(h0_yb4) | (bf16_bits(h0_yb5) << 16u), bf16_bits(h0_yb6) | (bf16_bits(h0_yb7) << 16u));
  }
  let h1_ya0: f32 = h1_xa0 * c0_0 - h1_xb0 * s0_0;
  let h1_yb0: f32 = h1_xb0 * c0_0 + h1_xa0 * s0_0;
  let h1_ya1: f32 = h1_xa1 * c0_1 - h1_xb1 * s0_1;
  let h1_yb1: f32 = h1_xb1 * c0_1 + h1_xa1 * s0_1;
  let h1_ya2: f32 = h1_xa2 * c0_2 - h1_xb2 * s0_2;
  let h1_yb2: f32 = h1_xb2 * c0_2 + h1_xa2 * s0_2;
  let h1_ya3: f32 = h1_xa3 * c0_3 - h1_xb3 * s0_3;
  let h1_yb3: f32 = h1_xb3 * c0_3 + h1_xa3 * s0_3;
  let h1_ya4: f32 = h1_xa4 * c0_4 - h1_xb4 * s0_4;
  let h1_yb4: f32 = h1_xb4 * c0_4 + h1_xa4 * s0_4;
  let h1_ya5: f32 = h1_xa5 * c0_5 - h1_xb5 * s0_5;
  let h1_yb5: f32 = h1_xb5 * c0_5 + h1_xa5 * s0_5;
  let h1_ya6: f32 = h1_xa6 * c0_6 - h1_xb6 * s0_6;
  let h1_yb6: f32 = h1_xb6 * c0_6 + h1_xa6 * s0_6;
  let h1_ya7: f32 = h1_xa7 * c0_7 - h1_xb7 * s0_7;
  let h1_yb7: f32 = h1_xb7 * c0_7 + h1_xa7 * s0_7;
  if ((oh1 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h1_ya0) | (bf16_bits(h1_ya1) << 16u), bf16_bits(h1_ya2) | (bf16_bits(h1_ya3) << 16u), bf16_bits(h1_ya4) | (bf16_bits(h1_ya5) << 16u), bf16_bits(h1_ya6) | (bf16_bits(h1_ya7) << 16u));
  }
  if ((oh1 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh1 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h1_yb0) | (bf16_bits(h1_yb1) << 16u), bf16_bits(h1_yb2) | (bf16_bits(h1_yb3) << 16u), bf16_bits(h1_yb4) | (bf16_bits(h1_yb5) << 16u), bf16_bits(h1_yb6) | (bf16_bits(h1_yb7) << 16u));
  }
  let h2_ya0: f32 = h2_xa0 * c0_0 - h2_xb0 * s0_0;
  let h2_yb0: f32 = h2_xb0 * c0_0 + h2_xa0 * s0_0;
  let h2_ya1: f32 = h2_xa1 * c0_1 - h2_xb1 * s0_1;
  let h2_yb1: f32 = h2_xb1 * c0_1 + h2_xa1 * s0_1;
  let h2_ya2: f32 = h2_xa2 * c0_2 - h2_xb2 * s0_2;
  let h2_yb2: f32 = h2_xb2 * c0_2 + h2_xa2 * s0_2;
  let h2_ya3: f32 = h2_xa3 * c0_3 - h2_xb3 * s0_3;
  let h2_yb3: f32 = h2_xb3 * c0_3 + h2_xa3 * s0_3;
  let h2_ya4: f32 = h2_xa4 * c0_4 - h2_xb4 * s0_4;
  let h2_yb4: f32 = h2_xb4 * c0_4 + h2_xa4 * s0_4;
  let h2_ya5: f32 = h2_xa5 * c0_5 - h2_xb5 * s0_5;
  let h2_yb5: f32 = h2_xb5 * c0_5 + h2_xa5 * s0_5;
  let h2_ya6: f32 = h2_xa6 * c0_6 - h2_xb6 * s0_6;
  let h2_yb6: f32 = h2_xb6 * c0_6 + h2_xa6 * s0_6;
  let h2_ya7: f32 = h2_xa7 * c0_7 - h2_xb7 * s0_7;
  let h2_yb7: f32 = h2_xb7 * c0_7 + h2_xa7 * s0_7;
  if ((oh2 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h2_ya0) | (bf16_bits(h2_ya1) << 16u), bf16_bits(h2_ya2) | (bf16_bits(h2_ya3) << 16u), bf16_bits(h2_ya4) | (bf16_bits(h2_ya5) << 16u), bf16_bits(h2_ya6) | (bf16_bits(h2_ya7) << 16u));
  }
  if ((oh2 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh2 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h2_yb0) | (bf16_bits(h2_yb1) << 16u), bf16_bits(h2_yb2) | (bf16_bits(h2_yb3) << 16u), bf16_bits(h2_yb4) | (bf16_bits(h2_yb5) << 16u), bf16_bits(h2_yb6) | (bf16_bits(h2_yb7) << 16u));
  }
  let h3_ya0: f32 = h3_xa0 * c0_0 - h3_xb0 * s0_0;
  let h3_yb0: f32 = h3_xb0 * c0_0 + h3_xa0 * s0_0;
  let h3_ya1: f32 = h3_xa1 * c0_1 - h3_xb1 * s0_1;
  let h3_yb1: f32 = h3_xb1 * c0_1 + h3_xa1 * s0_1;
  let h3_ya2: f32 = h3_xa2 * c0_2 - h3_xb2 * s0_2;
  let h3_yb2: f32 = h3_xb2 * c0_2 + h3_xa2 * s0_2;
  let h3_ya3: f32 = h3_xa3 * c0_3 - h3_xb3 * s0_3;
  let h3_yb3: f32 = h3_xb3 * c0_3 + h3_xa3 * s0_3;
  let h3_ya4: f32 = h3_xa4 * c0_4 - h3_xb4 * s0_4;
  let h3_yb4: f32 = h3_xb4 * c0_4 + h3_xa4 * s0_4;
  let h3_ya5: f32 = h3_xa5 * c0_5 - h3_xb5 * s0_5;
  let h3_yb5: f32 = h3_xb5 * c0_5 + h3_xa5 * s0_5;
  let h3_ya6: f32 = h3_xa6 * c0_6 - h3_xb6 * s0_6;
  let h3_yb6: f32 = h3_xb6 * c0_6 + h3_xa6 * s0_6;
  let h3_ya7: f32 = h3_xa7 * c0_7 - h3_xb7 * s0_7;
  let h3_yb7: f32 = h3_xb7 * c0_7 + h3_xa7 * s0_7;
  if ((oh3 + ki * 8u) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + ki * 8u) / 8u] = vec4<u32>(bf16_bits(h3_ya0) | (bf16_bits(h3_ya1) << 16u), bf16_bits(h3_ya2) | (bf16_bits(h3_ya3) << 16u), bf16_bits(h3_ya4) | (bf16_bits(h3_ya5) << 16u), bf16_bits(h3_ya6) | (bf16_bits(h3_ya7) << 16u));
  }
  if ((oh3 + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
    k[(oh3 + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(h3_yb0) | (bf16_bits(h3_yb1) << 16u), bf16_bits(h3_yb2) | (bf16_bits(h3_yb3) << 16u), bf16_bits(h3_yb4) | (bf16_bits(h3_yb5) << 16u), bf16_bits(h3_yb6) | (bf16_bits(h3_yb7) << 16u));
  }
}

/** rotate 8 pair(s) from 0 at lanes 0, 64 (stride 1, split) (item k: + 8 pairs, + 8 lanes) */
fn item_vector_out_0(b: u32, s: u32, flat: u32, ki: u32) {
  var pos0_w: i32 = 0i;
  var pos0_f: f32 = 0.0;
  var pos1_w: i32 = 0i;
  var pos1_f: f32 = 0.0;
  var pos2_w: i32 = 0i;
  var pos2_f: f32 = 0.0;
  let header: u32 = params.batch + 1u;
  var lo: u32 = u32(max(read_segment_table(b), 0i));
  let end: u32 = u32(read_segment_table(b + 1u));
  if (end <= lo) {
    pos0_w = 0i;
    pos0_f = 0.0;
    pos1_w = 0i;
    pos1_f = 0.0;
    pos2_w = 0i;
    pos2_f = 0.0;
  } else {
    var hi: u32 = end - 1u;
    while (lo < hi) {
      let mid: u32 = hi - (hi - lo) / 2u;
      if (read_segment_table((header + 8u * mid) + 1u) <= i32(s)) {
        lo = mid;
      } else {
        hi = mid - 1u;
      }
    }
    let w: u32 = header + 8u * lo;
    let kind: i32 = read_segment_table(w) & 15i;
    let vi: u32 = bitcast<u32>(read_segment_table(w)) >> 4u;
    let d: i32 = i32(s) - read_segment_table(w + 1u);
    if (kind == 0i) {
      pos0_w = read_segment_table(w + 2u) + d;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 2u) + d;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 2u) + d;
      pos2_f = 0.0;
    } else if (kind == 1i) {
      let pos0_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos0_w = select(i32(floor(pos0_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos0_f = select(pos0_x - floor(pos0_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos1_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos1_w = select(i32(floor(pos1_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos1_f = select(pos1_x - floor(pos1_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      let pos2_x: f32 = f32(read_segment_table(w + 2u)) + bitcast<f32>(read_segment_table(w + 3u));
      pos2_w = select(i32(floor(pos2_x)), read_segment_table(w + 2u), bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
      pos2_f = select(pos2_x - floor(pos2_x), 0.0, bitcast<f32>(read_segment_table(w + 3u)) == 0.0);
    } else if (kind == 2i) {
      let sh: i32 = max(read_segment_table(w + 5u), 1i);
      let sw: i32 = max(read_segment_table(w + 6u), 1i);
      let kk: i32 = read_segment_table(w + 7u) + d;
      let fr: i32 = kk / (sh * sw);
      let rr: i32 = kk - (fr * sh) * sw;
      let hh: i32 = rr / sw;
      let ta: f32 = read_segment_values(vi);
      let tb: f32 = read_segment_values(vi + 1u);
      let tf: i32 = select(i32(trunc((f32(fr) * ta) * tb)), fr, ta == 1.0 && tb == 1.0);
      pos0_w = read_segment_table(w + 2u) + tf;
      pos0_f = 0.0;
      pos1_w = read_segment_table(w + 3u) + hh;
      pos1_f = 0.0;
      pos2_w = read_segment_table(w + 4u) + (rr - hh * sw);
      pos2_f = 0.0;
    } else {
      let nf: i32 = read_segment_table(w + 2u);
      let frame: i32 = max(min((read_segment_table(w + 4u) + d) / max(read_segment_table(w + 3u), 1i), nf - 1i), 0i);
      if (nf <= 0i) {
        pos0_w = 0i;
        pos0_f = 0.0;
        pos1_w = 0i;
        pos1_f = 0.0;
        pos2_w = 0i;
        pos2_f = 0.0;
      } else {
        let pos0_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos0_w = i32(pos0_fl);
        pos0_f = read_segment_values(vi + u32(frame)) - pos0_fl;
        let pos1_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos1_w = i32(pos1_fl);
        pos1_f = read_segment_values(vi + u32(frame)) - pos1_fl;
        let pos2_fl: f32 = floor(read_segment_values(vi + u32(frame)));
        pos2_w = i32(pos2_fl);
        pos2_f = read_segment_values(vi + u32(frame)) - pos2_fl;
      }
    }
  }
  var c0_0: f32 = 0.0;
  var c0_1: f32 = 0.0;
  var c0_2: f32 = 0.0;
  var c0_3: f32 = 0.0;
  var c0_4: f32 = 0.0;
  var c0_5: f32 = 0.0;
  var c0_6: f32 = 0.0;
  var c0_7: f32 = 0.0;
  var s0_0: f32 = 0.0;
  var s0_1: f32 = 0.0;
  var s0_2: f32 = 0.0;
  var s0_3: f32 = 0.0;
  var s0_4: f32 = 0.0;
  var s0_5: f32 = 0.0;
  var s0_6: f32 = 0.0;
  var s0_7: f32 = 0.0;
  let cs0_0: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u] == 0u), ki * 8u);
  c0_0 = cs0_0.x;
  s0_0 = cs0_0.y;
  let cs0_1: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 1u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 1u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 1u] == 0u), ki * 8u + 1u);
  c0_1 = cs0_1.x;
  s0_1 = cs0_1.y;
  let cs0_2: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 2u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 2u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 2u] == 0u), ki * 8u + 2u);
  c0_2 = cs0_2.x;
  s0_2 = cs0_2.y;
  let cs0_3: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 3u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 3u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 3u] == 0u), ki * 8u + 3u);
  c0_3 = cs0_3.x;
  s0_3 = cs0_3.y;
  let cs0_4: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 4u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 4u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 4u] == 0u), ki * 8u + 4u);
  c0_4 = cs0_4.x;
  s0_4 = cs0_4.y;
  let cs0_5: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 5u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 5u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 5u] == 0u), ki * 8u + 5u);
  c0_5 = cs0_5.x;
  s0_5 = cs0_5.y;
  let cs0_6: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 6u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 6u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 6u] == 0u), ki * 8u + 6u);
  c0_6 = cs0_6.x;
  s0_6 = cs0_6.y;
  let cs0_7: vec2<f32> = pair_sincos(select(select(pos2_w, pos1_w, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_w, PAIR_COMPONENT[ki * 8u + 7u] == 0u), select(select(pos2_f, pos1_f, PAIR_COMPONENT[ki * 8u + 7u] == 1u), pos0_f, PAIR_COMPONENT[ki * 8u + 7u] == 0u), ki * 8u + 7u);
  c0_7 = cs0_7.x;
  s0_7 = cs0_7.y;
  for (var h: u32 = 0u; h < 28u; h++) {
    let o: u32 = (flat * 28u + h) * 128u;
    let xav: vec4<u32> = read_q_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_q_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&q))) {
      q[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&q))) {
      q[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
  for (var h: u32 = 0u; h < 4u; h++) {
    let o: u32 = (flat * 4u + h) * 128u;
    let xav: vec4<u32> = read_k_in((o + ki * 8u) / 8u);
    let xa0: f32 = bitcast<f32>((xav.x & 0xffffu) << 16u);
    let xa1: f32 = bitcast<f32>((xav.x >> 16u) << 16u);
    let xa2: f32 = bitcast<f32>((xav.y & 0xffffu) << 16u);
    let xa3: f32 = bitcast<f32>((xav.y >> 16u) << 16u);
    let xa4: f32 = bitcast<f32>((xav.z & 0xffffu) << 16u);
    let xa5: f32 = bitcast<f32>((xav.z >> 16u) << 16u);
    let xa6: f32 = bitcast<f32>((xav.w & 0xffffu) << 16u);
    let xa7: f32 = bitcast<f32>((xav.w >> 16u) << 16u);
    let xbv: vec4<u32> = read_k_in((o + (64u + ki * 8u)) / 8u);
    let xb0: f32 = bitcast<f32>((xbv.x & 0xffffu) << 16u);
    let xb1: f32 = bitcast<f32>((xbv.x >> 16u) << 16u);
    let xb2: f32 = bitcast<f32>((xbv.y & 0xffffu) << 16u);
    let xb3: f32 = bitcast<f32>((xbv.y >> 16u) << 16u);
    let xb4: f32 = bitcast<f32>((xbv.z & 0xffffu) << 16u);
    let xb5: f32 = bitcast<f32>((xbv.z >> 16u) << 16u);
    let xb6: f32 = bitcast<f32>((xbv.w & 0xffffu) << 16u);
    let xb7: f32 = bitcast<f32>((xbv.w >> 16u) << 16u);
    let ya0: f32 = xa0 * c0_0 - xb0 * s0_0;
    let yb0: f32 = xb0 * c0_0 + xa0 * s0_0;
    let ya1: f32 = xa1 * c0_1 - xb1 * s0_1;
    let yb1: f32 = xb1 * c0_1 + xa1 * s0_1;
    let ya2: f32 = xa2 * c0_2 - xb2 * s0_2;
    let yb2: f32 = xb2 * c0_2 + xa2 * s0_2;
    let ya3: f32 = xa3 * c0_3 - xb3 * s0_3;
    let yb3: f32 = xb3 * c0_3 + xa3 * s0_3;
    let ya4: f32 = xa4 * c0_4 - xb4 * s0_4;
    let yb4: f32 = xb4 * c0_4 + xa4 * s0_4;
    let ya5: f32 = xa5 * c0_5 - xb5 * s0_5;
    let yb5: f32 = xb5 * c0_5 + xa5 * s0_5;
    let ya6: f32 = xa6 * c0_6 - xb6 * s0_6;
    let yb6: f32 = xb6 * c0_6 + xa6 * s0_6;
    let ya7: f32 = xa7 * c0_7 - xb7 * s0_7;
    let yb7: f32 = xb7 * c0_7 + xa7 * s0_7;
    if ((o + ki * 8u) / 8u < u32(arrayLength(&k))) {
      k[(o + ki * 8u) / 8u] = vec4<u32>(bf16_bits(ya0) | (bf16_bits(ya1) << 16u), bf16_bits(ya2) | (bf16_bits(ya3) << 16u), bf16_bits(ya4) | (bf16_bits(ya5) << 16u), bf16_bits(ya6) | (bf16_bits(ya7) << 16u));
    }
    if ((o + (64u + ki * 8u)) / 8u < u32(arrayLength(&k))) {
      k[(o + (64u + ki * 8u)) / 8u] = vec4<u32>(bf16_bits(yb0) | (bf16_bits(yb1) << 16u), bf16_bits(yb2) | (bf16_bits(yb3) << 16u), bf16_bits(yb4) | (bf16_bits(yb5) << 16u), bf16_bits(yb6) | (bf16_bits(yb7) << 16u));
    }
  }
}

// in place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 8u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 28u) {
    let h0: u32 = g;
    item_vector_in_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_vector_in_k1_0(b, s, flat, chunk, h0);
  }
}

// in place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 8u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_vector_in_q4_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
    item_vector_in_k4_0(b, s, flat, chunk, h0);
  }
}

// in place, every head in series, 8 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 8u) {
    return;
  }
  let flat: u32 = item / 8u;
  let chunk: u32 = item - flat * 8u;
  let b: u32 = 0u;
  let s: u32 = flat;
  item_vector_in_0(b, s, flat, chunk);
}

// out of place, one head per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 32u) * 8u) {
    return;
  }
  let per_token: u32 = 32u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 28u) {
    let h0: u32 = g;
    item_vector_out_q1_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = g - 28u;
    item_vector_out_k1_0(b, s, flat, chunk, h0);
  }
}

// out of place, groups of 4 q / 4 k heads per item, 8 item(s) per token and head group (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_grouped(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= (params.tokens * 8u) * 8u) {
    return;
  }
  let per_token: u32 = 8u;
  let chunk: u32 = item % 8u;
  let rest: u32 = item / 8u;
  let g: u32 = rest % per_token;
  let flat: u32 = rest / per_token;
  let b: u32 = 0u;
  let s: u32 = flat;
  if (g < 7u) {
    let h0: u32 = g * 4u;
    item_vector_out_q4_0(b, s, flat, chunk, h0);
  } else {
    let h0: u32 = (g - 7u) * 4u;
    item_vector_out_k4_0(b, s, flat, chunk, h0);
  }
}

// out of place, every head in series, 8 item(s) per token (vector schedule)
@compute @workgroup_size(64)
fn rope_out_of_place_serial(@builtin(global_invocation_id) gid: vec3<u32>) {
  let item = gid.y * params.row_threads + gid.x;
  if (item >= params.tokens * 8u) {
    return;
  }
  let flat: u32 = item / 8u;
  let chunk: u32 = item - flat * 8u;
  let b: u32 = 0u;
  let s: u32 = flat;
  item_vector_out_0(b, s, flat, chunk);
}
