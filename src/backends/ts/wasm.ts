// The TypeScript backend's WebAssembly kernel: a tiny wasm module, assembled here byte by byte,
// that rotates q and k living in its own linear memory with 128-bit SIMD. The generated module's
// `createWasmKernel(sizes)` allocates that memory, hands out q and k as views of it (Float32Array,
// or Uint16Array bit patterns for f16 and bf16, widened to f32 and rounded back in the module; no
// copy in or out), computes cos/sin per (token, pair) in JS (float64, the same position code
// as the JS kernel) into a [tokens, 2, pairs] f32 table there, and calls the wasm `rotate`. With a
// `sincos table`, index positions and constant ω it keeps that table in the same row layout in its
// memory and points `rotate` at the rows of each sequence instead: no fill at all.
// Why: the JS kernel is bound by V8's scalar loop (~3 ns per pair measured); the rotation itself is
// four multiplies and two adds per pair, which f32x4 does four at a time.
import { ownTokens, tensorLanes, type RopeIR } from '../../compiler/ir.js';
import { isPacked } from '../../compiler/runtime.js';
import { f64Literal, renderTemplate } from '../common.js';
import { messageLiteral } from '../typescript.js';
import { tensors } from '../../kernel/args.js';

// ------------------------------------------------------------------------------------------------
// A minimal wasm encoder: what the rotate function needs and nothing more.

const I32 = 0x7f;
const V128 = 0x7b;
const F32 = 0x7d;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

/** Instructions. Memory offsets are static byte offsets (memarg), alignment hint 4 bytes. */
const op = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  i32: (n: number) => [0x41, ...sleb(n)],
  add: [0x6a],
  mul: [0x6c],
  ltU: [0x49],
  geU: [0x4f],
  geS: [0x4e],
  divU: [0x6e],
  remU: [0x70],
  i32Load: (offset: number) => [0x28, 2, ...uleb(offset)],
  i32Store: (offset: number) => [0x36, 2, ...uleb(offset)],
  if: [0x04, 0x40],
  i64Load: (offset: number) => [0x29, 3, ...uleb(offset)],
  sub: [0x6b],
  and: [0x71],
  or: [0x72],
  shl: [0x74],
  shrU: [0x76],
  eq: [0x46],
  gtU: [0x4b],
  leU: [0x4d],
  else: [0x05],
  i32FromF32: [0xbc],
  f32FromBits: [0xbe],
  i32Store8: (offset: number) => [0x3a, 0, ...uleb(offset)],
  f32Const: (x: number) => [0x43, ...new Uint8Array(Float32Array.of(x).buffer)],
  f32Div: [0x95],
  f32Sqrt: [0x91],
  f32x4Splat: [0xfd, ...uleb(19)],
  f32x4Extract: (lane: number) => [0xfd, ...uleb(31), lane],
  i64Store: (offset: number) => [0x37, 3, ...uleb(offset)],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (d: number) => [0x0c, ...uleb(d)],
  brIf: (d: number) => [0x0d, ...uleb(d)],
  f32Load: (offset: number) => [0x2a, 2, ...uleb(offset)],
  f32Store: (offset: number) => [0x38, 2, ...uleb(offset)],
  f32Add: [0x92],
  f32Sub: [0x93],
  f32Mul: [0x94],
  v128Load: (offset: number) => [0xfd, ...uleb(0x00), 2, ...uleb(offset)],
  v128Store: (offset: number) => [0xfd, ...uleb(0x0b), 2, ...uleb(offset)],
  f32x4Add: [0xfd, ...uleb(228)],
  f32x4Sub: [0xfd, ...uleb(229)],
  f32x4Mul: [0xfd, ...uleb(230)],
  // 16-bit storage: 4 lanes loaded as 8 bytes (or 8 lanes as 16) and widened to i32x4, narrowed back to store.
  i32Load16: (offset: number) => [0x2f, 1, ...uleb(offset)],
  i32Store16: (offset: number) => [0x3b, 1, ...uleb(offset)],
  v128Load64Zero: (offset: number) => [0xfd, ...uleb(0x5d), 1, ...uleb(offset)],
  v128Store64Lane0: (offset: number) => [0xfd, ...uleb(0x5b), 1, ...uleb(offset), 0],
  v128Load16: (offset: number) => [0xfd, ...uleb(0x00), 1, ...uleb(offset)],
  v128Store16: (offset: number) => [0xfd, ...uleb(0x0b), 1, ...uleb(offset)],
  /** v128.const of four equal 32-bit lanes (an i32 bit pattern). */
  i32x4Const: (x: number) => [0xfd, ...uleb(0x0c), ...Array.from({ length: 4 }, () => [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff]).flat()],
  i32x4Splat: [0xfd, ...uleb(0x11)],
  i32x4Extract0: [0xfd, ...uleb(0x1b), 0],
  f32x4Ne: [0xfd, ...uleb(0x42)],
  i32x4LtS: [0xfd, ...uleb(0x39)],
  i32x4GtS: [0xfd, ...uleb(0x3b)],
  i32x4GeS: [0xfd, ...uleb(0x3f)],
  v128And: [0xfd, ...uleb(0x4e)],
  v128Or: [0xfd, ...uleb(0x50)],
  v128Bitselect: [0xfd, ...uleb(0x52)],
  i16x8NarrowU: [0xfd, ...uleb(0x86)],
  i32x4ExtendLowU: [0xfd, ...uleb(0xa9)],
  i32x4ExtendHighU: [0xfd, ...uleb(0xaa)],
  i32x4Shl: [0xfd, ...uleb(0xab)],
  i32x4ShrU: [0xfd, ...uleb(0xad)],
  i32x4Add: [0xfd, ...uleb(0xae)],
  i32x4Sub: [0xfd, ...uleb(0xb1)],
  // fp8 stages: four lanes divided by the scale, encoded, narrowed to bytes and stored as one word.
  f32x4Div: [0xfd, ...uleb(231)],
  i8x16NarrowU: [0xfd, ...uleb(0x66)],
  v128Store32Lane0: (offset: number) => [0xfd, ...uleb(0x5a), 0, ...uleb(offset), 0],
  /** i8x16.shuffle picking f32 lanes (0–3 of the first operand, 4–7 of the second). */
  shuffle: (lanes: number[]) => [0xfd, ...uleb(13), ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3])],
};

/** while (i < end) { body; i += step }, i and end locals (a block to leave, a loop to repeat). */
function whileBelow(i: number, end: number, step: number, body: number[]): number[] {
  return [
    ...op.block, ...op.loop,
    ...op.get(i), ...op.get(end), ...op.geU, ...op.brIf(1),
    ...body,
    ...op.get(i), ...op.i32(step), ...op.add, ...op.set(i), ...op.br(0),
    ...op.end, ...op.end,
  ];
}

/** for (h = 0; h < heads; h++) body, h and heads locals. */
function eachHead(h: number, heads: number, body: number[]): number[] {
  return [...op.i32(0), ...op.set(h), ...whileBelow(h, heads, 1, body)];
}

/** for (i = 0; i < end; i += step) body, at least once (end > 0): the loops over a head's lanes or bytes. */
function countedLoop(i: number, step: number, end: number, body: number[]): number[] {
  return [
    ...op.i32(0), ...op.set(i),
    ...op.loop, ...body,
    ...op.get(i), ...op.i32(step), ...op.add, ...op.set(i),
    ...op.get(i), ...op.i32(end), ...op.ltU, ...op.brIf(0),
    ...op.end,
  ];
}

// Locals of heads(ptr, heads, t, csb, ts, hs): parameters 0–5 (ts, hs: token and head strides in bytes), then these.
const L = { ptr: 0, heads: 1, t: 2, csb: 3, ts: 4, hs: 5, h: 6, base: 7, pa: 8, pc: 9, end: 10, x1: 11, x2: 12, c: 13, s: 14, va: 15, vb: 16, fx1: 17, fx2: 18, fc: 19, fs: 20 };
const HEAD_LOCALS = [[5, I32], [6, V128], [4, F32]]; // h base pa pc end | x1 x2 c s va vb | fx1 fx2 fc fs
/** Unrolled vector code per head above this many bytes becomes a loop (browsers compile ≤ 4 KiB synchronously). */
const UNROLL_BYTES = 2400;
// Locals of rotate(q, k, cs, tokens, qHeads, kHeads, qts, qhs, kts, khs): parameters 0–9 (strides in bytes), then t and csb.
// With a KV cache, parameters 10–20 (kz, v, vts, vhs, slots, kc, vc, block, blockStride, rowStride,
// headStride: k's lane 0, v and its strides, slot_mapping, the caches and where slot s's head h row
// lies, all bytes), then t, csb, slot, row and h.
const R = { q: 0, k: 1, cs: 2, tokens: 3, qHeads: 4, kHeads: 5, qts: 6, qhs: 7, kts: 8, khs: 9, t: 10, csb: 11 };
// With a norm (`norm rms(…)`), two more parameters after those: wq, wk (the weights, bytes; 0 for `weight none`).
type RotateLocals = ReturnType<typeof rotateLocals>;
function rotateLocals(kv: boolean, norm: boolean, fp8: boolean, fp8Q: boolean, scratch = false) {
  const n0 = 10 + (kv ? 11 : 0);
  // An fp8 cache's k_scale and v_scale (float32 bits) after a norm's two, then an fp8 q's output
  // (bytes) and q_scale (float32 bits), then (16-bit storage with a norm) the f32 scratch rows (bytes).
  const s0 = n0 + (norm ? 2 : 0);
  const q0 = s0 + (fp8 ? 2 : 0);
  const r0 = q0 + (fp8Q ? 2 : 0);
  const l0 = r0 + (scratch ? 1 : 0);
  return {
    params: l0, kScale: s0, vScale: s0 + 1, qOut: q0, qScale: q0 + 1, scratch: r0, kz: 10, v: 11, vts: 12, vhs: 13, slots: 14, kc: 15, vc: 16, block: 17, blockStride: 18, rowStride: 19, headStride: 20,
    wq: n0, wk: n0 + 1, t: l0, csb: l0 + 1, slot: l0 + 2, row: l0 + 3, h: l0 + 4, dk: l0 + 5, sk: l0 + 6, dv: l0 + 7, sv: l0 + 8, i: l0 + 9,
  };
}

// 16-bit storage: temporaries of the conversions (v128 locals after heads' own).
const T = { t0: 21, t1: 22, t2: 23, t3: 24 };
const CONVERT_LOCALS = [[4, V128]];
type Storage = RopeIR['kernel']['dtype'];

/**
 * i32x4 of 16-bit patterns → f32x4 of their values, exactly. bf16: the bits moved up. f16: the
 * exponent and fraction moved into a float32's place and scaled by 2^112 (subnormals become normal
 * float32s; WebAssembly keeps subnormals), ∞ and NaN with the float32 exponent set instead, the sign ORed on.
 */
function widen(dtype: Storage): number[] {
  if (dtype === 'bf16') return [...op.i32(16), ...op.i32x4Shl];
  return [
    ...op.set(T.t0),
    ...op.get(T.t0), ...op.i32x4Const(0x7fff), ...op.v128And, ...op.i32(13), ...op.i32x4Shl, ...op.set(T.t1),
    ...op.get(T.t1), ...op.i32x4Const(0x7f800000), ...op.v128Or,
    ...op.get(T.t1), ...op.i32x4Const(0x77800000), ...op.f32x4Mul,
    ...op.get(T.t1), ...op.i32x4Const(0x7bff << 13), ...op.i32x4GtS,
    ...op.v128Bitselect,
    ...op.get(T.t0), ...op.i32x4Const(0x8000), ...op.v128And, ...op.i32(16), ...op.i32x4Shl, ...op.v128Or,
  ];
}

/**
 * f32x4 → i32x4 of 16-bit patterns, each rounded to nearest, ties to even (the TS encoders' and the
 * GPU's rounding, from float32). bf16: (x + 0x7fff + bit 16 of x) >> 16, a NaN's top bits kept as
 * they are (the kernel's NaNs come from f32 arithmetic or from bf16 lanes: the quiet bit or the
 * payload is in them, so they stay NaN). f16: overflow to ∞ (NaN → 0x7e00); below 2^-14 the float32 sum with 0.5 rounds the
 * subnormal; otherwise the exponent rebased and 13 bits rounded off, ties to even; the sign ORed on.
 */
function narrow(dtype: Storage): number[] {
  if (dtype === 'bf16') {
    return [
      ...op.set(T.t0),
      ...op.get(T.t0), ...op.i32(16), ...op.i32x4ShrU,
      ...op.get(T.t0), ...op.get(T.t0), ...op.i32(16), ...op.i32x4ShrU, ...op.i32x4Const(1), ...op.v128And, ...op.i32x4Add,
      ...op.i32x4Const(0x7fff), ...op.i32x4Add, ...op.i32(16), ...op.i32x4ShrU,
      ...op.get(T.t0), ...op.get(T.t0), ...op.f32x4Ne,
      ...op.v128Bitselect,
    ];
  }
  return [
    ...op.set(T.t0),
    ...op.get(T.t0), ...op.i32x4Const(0x7fffffff), ...op.v128And, ...op.set(T.t1),
    // |x| ≥ 2^16: ∞, or NaN (65520 ≤ |x| < 2^16 rounds up to ∞ in the normal branch below).
    ...op.i32x4Const(0x7e00), ...op.i32x4Const(0x7c00), ...op.get(T.t1), ...op.i32x4Const(0x7f800000), ...op.i32x4GtS, ...op.v128Bitselect,
    // |x| < 2^-14: the subnormal half, rounded by the float32 addition of 0.5.
    ...op.get(T.t1), ...op.i32x4Const(0x3f000000), ...op.f32x4Add, ...op.i32x4Const(0x3f000000), ...op.i32x4Sub,
    // Normal: rebase the exponent (−112 · 2^23), add 0xfff and the kept fraction's last bit, drop 13 bits.
    ...op.get(T.t1), ...op.i32x4Const(0xc8000fff), ...op.i32x4Add, ...op.get(T.t1), ...op.i32(13), ...op.i32x4ShrU, ...op.i32x4Const(1), ...op.v128And, ...op.i32x4Add, ...op.i32(13), ...op.i32x4ShrU,
    ...op.get(T.t1), ...op.i32x4Const(0x38800000), ...op.i32x4LtS, ...op.v128Bitselect,
    ...op.get(T.t1), ...op.i32x4Const(0x47800000), ...op.i32x4GeS, ...op.v128Bitselect,
    ...op.get(T.t0), ...op.i32(16), ...op.i32x4ShrU, ...op.i32x4Const(0x8000), ...op.v128And, ...op.v128Or,
  ];
}

/**
 * For tests: a module over env.memory exporting widen(src, dst, n) (n 16-bit patterns → f32) and
 * narrow(src, dst, n) (n f32 → 16-bit patterns), four at a time, with the kernel's own code.
 */
export function wasmStorageCodec(dtype: 'f16' | 'bf16'): Uint8Array {
  const [src, dst, n, i] = [0, 1, 2, 3];
  // for (i = 0; i < n; i += 4) body
  const loop = (body: number[]) => [...op.i32(0), ...op.set(i), ...whileBelow(i, n, 4, body)];
  const at = (base: number, bytes: number) => [...op.get(base), ...op.get(i), ...op.i32(bytes / 4), ...op.mul, ...op.add];
  const lane = laneAccess(dtype);
  const widenBody = loop([...at(dst, 16), ...at(src, 8), ...lane.load(true, 0), ...op.v128Store(0)]);
  const narrowBody = loop([...at(dst, 8), ...at(src, 16), ...op.v128Load(0), ...lane.store(true, 0)]);
  // Locals: i, then unused i32s up to the kernel's temporaries' indices (21–24), which widen and narrow use.
  const fn = (body: number[]) => {
    const code = [...vec([[...uleb(1 + 17), I32], [...uleb(4), V128]]), ...body, ...op.end];
    return [...uleb(code.length), ...code];
  };
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32]]), ...vec([])]])),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(1)]])),
    ...section(3, vec([uleb(0), uleb(0)])),
    ...section(7, vec([[...name('widen'), 0x00, ...uleb(0)], [...name('narrow'), 0x00, ...uleb(1)]])),
    ...section(10, vec([fn(widenBody), fn(narrowBody)])),
  ]);
}

/** Loads and stores of q's and k's lanes at a static offset from an address on the stack: f32 as it is, 16-bit through widen / narrow. */
function laneAccess(dtype: Storage) {
  if (dtype === 'f32') {
    return { bytes: 4, load: (vector: boolean, off: number) => (vector ? op.v128Load(off) : op.f32Load(off)), store: (vector: boolean, off: number) => (vector ? op.v128Store(off) : op.f32Store(off)) };
  }
  return {
    bytes: 2,
    load: (vector: boolean, off: number) => (vector
      ? [...op.v128Load64Zero(off), ...op.i32x4ExtendLowU, ...widen(dtype)]
      : [...op.i32Load16(off), ...op.i32x4Splat, ...widen(dtype), ...op.f32x4Extract(0)]),
    store: (vector: boolean, off: number) => (vector
      ? [...narrow(dtype), ...op.set(T.t3), ...op.get(T.t3), ...op.get(T.t3), ...op.i16x8NarrowU, ...op.v128Store64Lane0(off)]
      : [...op.f32x4Splat, ...narrow(dtype), ...op.i32x4Extract0, ...op.i32Store16(off)]),
  };
}

/** out_a = a·c − b·s, out_b = b·c + a·s on the values in locals (x1, x2, c, s), vector or scalar. */
function rotateOps(dtype: Storage, vector: boolean, offA: number, offB: number, addrA: number[], addrB: number[]): number[] {
  const [x1, x2, c, s] = vector ? [L.x1, L.x2, L.c, L.s] : [L.fx1, L.fx2, L.fc, L.fs];
  const [mul, sub, add] = vector ? [op.f32x4Mul, op.f32x4Sub, op.f32x4Add] : [op.f32Mul, op.f32Sub, op.f32Add];
  const { store } = laneAccess(dtype);
  return [
    ...addrA, ...op.get(x1), ...op.get(c), ...mul, ...op.get(x2), ...op.get(s), ...mul, ...sub, ...store(vector, offA),
    ...addrB, ...op.get(x2), ...op.get(c), ...mul, ...op.get(x1), ...op.get(s), ...mul, ...add, ...store(vector, offB),
  ];
}

/**
 * One lane run of one head: pairs firstPair … firstPair + count − 1 at lanes a0 + i·stride and
 * b0 + i·stride. Stride-1 runs go four pairs at a time (f32x4), the rest one pair at a time; every
 * address is the head's base or the token's cos/sin row plus a static offset, fully unrolled (a
 * head_dim 128 spec is about 1.5 KB of code).
 */
function runOps(ir: RopeIR, run: { firstPair: number; count: number; a0: number; b0: number; stride: number }): number[] {
  const P = ir.pairs.length;
  const out: number[] = [];
  // Interleaved runs (a, b adjacent) go four pairs at a time too: two loads, a de-interleave
  // shuffle into a-lanes and b-lanes, the rotation, and the inverse shuffle.
  const adjacent = run.stride === 2 && run.b0 === run.a0 + 1;
  const vectorPairs = run.stride === 1 || adjacent ? run.count - (run.count % 4) : 0;
  // Addresses are a local (the head's base and the token's cos/sin row, or loop cursors) plus a
  // static offset.
  const dtype = ir.kernel.dtype;
  const lane = laneAccess(dtype);
  const E = lane.bytes;
  const pair = (i: number, vector: boolean, lanes = L.base, cs = L.csb) => {
    const load = vector ? op.v128Load : op.f32Load;
    const [x1, x2, c, s] = vector ? [L.x1, L.x2, L.c, L.s] : [L.fx1, L.fx2, L.fc, L.fs];
    const a = (run.a0 + i * run.stride) * E;
    const b = (run.b0 + i * run.stride) * E;
    const j = (run.firstPair + i) * 4;
    out.push(...op.get(lanes), ...lane.load(vector, a), ...op.set(x1));
    out.push(...op.get(lanes), ...lane.load(vector, b), ...op.set(x2));
    out.push(...op.get(cs), ...load(j), ...op.set(c));
    out.push(...op.get(cs), ...load(P * 4 + j), ...op.set(s));
    out.push(...rotateOps(dtype, vector, a, b, op.get(lanes), op.get(lanes)));
  };
  const adjacentBlock = (i: number, lanes = L.base, cs = L.csb) => {
    const lo = (run.a0 + 2 * i) * E;
    const j = (run.firstPair + i) * 4;
    if (dtype === 'f32') {
      out.push(...op.get(lanes), ...op.v128Load(lo), ...op.set(L.x1));
      out.push(...op.get(lanes), ...op.v128Load(lo + 16), ...op.set(L.x2));
    } else {
      // Eight 16-bit lanes in one load: the low four widened into x1, the high four into x2.
      out.push(...op.get(lanes), ...op.v128Load16(lo), ...op.set(T.t3));
      out.push(...op.get(T.t3), ...op.i32x4ExtendLowU, ...widen(dtype), ...op.set(L.x1));
      out.push(...op.get(T.t3), ...op.i32x4ExtendHighU, ...widen(dtype), ...op.set(L.x2));
    }
    out.push(...op.get(L.x1), ...op.get(L.x2), ...op.shuffle([0, 2, 4, 6]), ...op.set(L.va));
    out.push(...op.get(L.x1), ...op.get(L.x2), ...op.shuffle([1, 3, 5, 7]), ...op.set(L.vb));
    out.push(...op.get(cs), ...op.v128Load(j), ...op.set(L.c));
    out.push(...op.get(cs), ...op.v128Load(P * 4 + j), ...op.set(L.s));
    // x1 = a·c − b·s, x2 = b·c + a·s, then back to (a, b) pairs.
    out.push(...op.get(L.va), ...op.get(L.c), ...op.f32x4Mul, ...op.get(L.vb), ...op.get(L.s), ...op.f32x4Mul, ...op.f32x4Sub, ...op.set(L.x1));
    out.push(...op.get(L.vb), ...op.get(L.c), ...op.f32x4Mul, ...op.get(L.va), ...op.get(L.s), ...op.f32x4Mul, ...op.f32x4Add, ...op.set(L.x2));
    if (dtype === 'f32') {
      out.push(...op.get(lanes), ...op.get(L.x1), ...op.get(L.x2), ...op.shuffle([0, 4, 1, 5]), ...op.v128Store(lo));
      out.push(...op.get(lanes), ...op.get(L.x1), ...op.get(L.x2), ...op.shuffle([2, 6, 3, 7]), ...op.v128Store(lo + 16));
    } else {
      out.push(...op.get(lanes), ...op.get(L.x1), ...op.get(L.x2), ...op.shuffle([0, 4, 1, 5]), ...narrow(dtype));
      out.push(...op.get(L.x1), ...op.get(L.x2), ...op.shuffle([2, 6, 3, 7]), ...narrow(dtype), ...op.i16x8NarrowU, ...op.v128Store16(lo));
    }
  };
  // Code bytes of one block of four pairs (f32: the estimate the unrolling was tuned with; 16-bit: measured).
  const measured = () => {
    const mark = out.length;
    if (adjacent) adjacentBlock(0);
    else pair(0, true);
    return out.splice(mark).length;
  };
  const blockBytes = dtype === 'f32' ? (adjacent ? 190 : 90) : vectorPairs > 0 ? measured() : 0;
  if ((vectorPairs / 4) * blockBytes <= UNROLL_BYTES) {
    for (let i = 0; i < vectorPairs; i += 4) {
      if (adjacent) adjacentBlock(i);
      else pair(i, true);
    }
  } else if (vectorPairs > 0) {
    // A loop over blocks of 4 pairs: pa, pc walk the lanes and the cos/sin row.
    out.push(...op.get(L.base), ...op.set(L.pa), ...op.get(L.csb), ...op.set(L.pc));
    out.push(...op.get(L.csb), ...op.i32(vectorPairs * 4), ...op.add, ...op.set(L.end));
    out.push(...op.loop);
    if (adjacent) adjacentBlock(0, L.pa, L.pc);
    else pair(0, true, L.pa, L.pc);
    out.push(...op.get(L.pa), ...op.i32(4 * run.stride * E), ...op.add, ...op.set(L.pa));
    out.push(...op.get(L.pc), ...op.i32(16), ...op.add, ...op.set(L.pc));
    out.push(...op.get(L.pc), ...op.get(L.end), ...op.ltU, ...op.brIf(0), ...op.end);
  }
  for (let i = vectorPairs; i < run.count; i++) pair(i, false);
  return out;
}

/** heads(ptr, heads, t, csb, ts, hs): for h in [0, heads): base = ptr + t·ts + h·hs; every run. */
function headsBody(ir: RopeIR): number[] {
  const body = ir.laneRuns!.flatMap((run) => runOps(ir, run));
  return eachHead(L.h, L.heads, [
    ...op.get(L.ptr), ...op.get(L.t), ...op.get(L.ts), ...op.mul, ...op.add, ...op.get(L.h), ...op.get(L.hs), ...op.mul, ...op.add,
    ...op.set(L.base),
    ...body,
  ]);
}

/**
 * The wasm module: imports env.memory, exports rotate(q, k, cs, tokens, qHeads, kHeads, qts, qhs,
 * kts, khs) (byte offsets into the memory and strides in bytes), which calls heads(…) for q and
 * for k of every token.
 */
export function wasmRotateModule(ir: RopeIR, lane0: [number, number] = [0, 0]): Uint8Array {
  const P = ir.pairs.length;
  const kv = ir.kernel.kvCache !== undefined;
  const norm = ir.kernel.norm;
  // The loop's locals follow a KV cache's and a norm's parameters.
  const fp8Cache = ir.kernel.kvCache?.dtype === 'fp8_e4m3';
  const fp8Q = ir.kernel.qOutput === 'fp8_e4m3';
  // f16 / bf16 with a norm: each token's heads of a tensor are widened into f32 scratch rows
  // (functions 4 and 6, q's and k's), normalized and rotated there in f32 (heads is then the f32
  // rotation), and rounded back once (functions 5 and 7): the interpreter's one rounding.
  const dtype = ir.kernel.dtype;
  const scratch = norm !== undefined && dtype !== 'f32';
  // The e4m3 encoder, for an fp8 cache or q's fp8 output: the function after a norm's two and the
  // scratch rows' four; quantizeRow after it.
  const fp8 = fp8Cache || fp8Q;
  const encoder = 2 + (norm ? 2 : 0) + (scratch ? 4 : 0);
  const stage: Fp8Stage = { encoder, dtype };
  const K = rotateLocals(kv, norm !== undefined, fp8Cache, fp8Q, scratch);
  const [t, csb] = [K.t, K.csb];
  const call = (ptr: number, heads: number, ts: number, hs: number) => [...op.get(ptr), ...op.get(heads), ...op.get(t), ...op.get(csb), ...op.get(ts), ...op.get(hs), 0x10, ...uleb(1)];
  // A norm first normalizes the token's heads of the tensor in place (function 2 for q, 3 for k),
  // from lane 0 of the head: `lane0` bytes before the base its rotation starts from.
  const normalize = (which: 0 | 1, ptr: number, heads: number, ts: number, hs: number) => !norm ? [] : [
    ...op.get(ptr), ...op.i32(lane0[which]), ...op.sub, ...op.get(heads), ...op.get(t), ...op.get(ts), ...op.get(hs), ...op.get(which === 0 ? K.wq : K.wk), 0x10, ...uleb(2 + which),
  ];
  // One tensor of the token: normalized and rotated where it is, or through the scratch rows.
  const tensor = (which: 0 | 1, ptr: number, heads: number, ts: number, hs: number) => {
    if (!scratch) return [...normalize(which, ptr, heads, ts, hs), ...call(ptr, heads, ts, hs)];
    const D4 = tensorLanes(ir, which === 0 ? 'q' : 'k').headDim * 4;
    // Lane 0 of the tensor (16-bit bytes), and the rotation's base within a scratch row (f32 bytes).
    const mem = [...op.get(ptr), ...op.i32(lane0[which]), ...op.sub];
    const rows = (fn: number) => [...mem, ...op.get(K.scratch), ...op.get(heads), ...op.get(t), ...op.get(ts), ...op.get(hs), 0x10, ...uleb(fn)];
    return [
      ...rows(4 + 2 * which),
      ...op.get(K.scratch), ...op.get(heads), ...op.i32(0), ...op.i32(0), ...op.i32(D4), ...op.get(which === 0 ? K.wq : K.wk), 0x10, ...uleb(2 + which),
      ...op.get(K.scratch), ...op.i32(lane0[which] * 2), ...op.add, ...op.get(heads), ...op.i32(0), ...op.get(csb), ...op.i32(0), ...op.i32(D4), 0x10, ...uleb(1),
      ...rows(5 + 2 * which),
    ];
  };
  const rotate = [
    ...op.i32(0), ...op.set(t),
    ...op.block, ...op.loop,
    ...op.get(t), ...op.get(R.tokens), ...op.geU, ...op.brIf(1),
    ...op.get(R.cs), ...op.get(t), ...op.i32(2 * P * 4), ...op.mul, ...op.add, ...op.set(csb),
    ...tensor(0, R.q, R.qHeads, R.qts, R.qhs),
    ...tensor(1, R.k, R.kHeads, R.kts, R.khs),
    ...(fp8Q ? quantizeQ(K, tensorLanes(ir, 'q').headDim, lane0[0], stage) : []),
    ...(kv ? cacheStore(ir, K, fp8Cache ? stage : null) : []),
    ...op.get(t), ...op.i32(1), ...op.add, ...op.set(t), ...op.br(0),
    ...op.end, ...op.end,
  ];
  const fn = (locals: number[][], body: number[]) => {
    const code = [...vec(locals.map(([n, t]) => [...uleb(n), t])), ...body, ...op.end];
    return [...uleb(code.length), ...code];
  };
  const i32s = (n: number) => Array.from({ length: n }, () => [I32]);
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // Types: rotate's, heads' (a norm's too), and the fp8 encoder's (f32) → i32.
    ...section(1, vec([[0x60, ...vec(i32s(K.params)), ...vec([])], [0x60, ...vec(i32s(6)), ...vec([])], ...(fp8 ? [[0x60, ...vec([[F32]]), ...vec([[I32]])]] : [])])),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(1)]])),
    // rotate, heads, a norm's two (q's and k's head widths), of heads' type, the scratch rows' four
    // (q's widen and narrow, k's), of heads' type too, an fp8 stage's encoder and quantizeRow, of heads' type.
    ...section(3, vec([uleb(0), uleb(1), ...(norm ? [uleb(1), uleb(1)] : []), ...(scratch ? [uleb(1), uleb(1), uleb(1), uleb(1)] : []), ...(fp8 ? [uleb(2), uleb(1)] : [])])),
    ...section(7, vec([[...name('rotate'), 0x00, ...uleb(0)]])),
    ...section(10, vec([fn([[kv || fp8Q ? 10 : 2, I32]], rotate),
      // (Through scratch rows the rotation is the f32 one.)
      scratch ? fn(HEAD_LOCALS, headsBody({ ...ir, kernel: { ...ir.kernel, dtype: 'f32' } })) : fn(dtype === 'f32' ? HEAD_LOCALS : [...HEAD_LOCALS, ...CONVERT_LOCALS], headsBody(ir)),
      ...(norm ? (['q', 'k'] as const).map((x) => fn(NORM_LOCALS, normBody(tensorLanes(ir, x).headDim, norm))) : []),
      ...(scratch ? (['q', 'k'] as const).flatMap((x) => [fn(ROWS_LOCALS, scratchRows(dtype, tensorLanes(ir, x).headDim, 'widen')), fn(ROWS_LOCALS, scratchRows(dtype, tensorLanes(ir, x).headDim, 'narrow'))]) : []),
      ...(fp8 ? [fn([[10, I32]], e4m3Body()), fn(ROWS_LOCALS, quantizeRowBody(stage))] : [])])),
  ];
  return Uint8Array.from(bytes);
}

// Locals of widen / narrow rows(mem, scr, heads, t, ts, hs): parameters 0–5 (mem: lane 0 of the
// tensor, 16-bit; scr: the f32 scratch rows, D lanes a head; ts, hs: the tensor's strides, bytes),
// then h base out i, and the conversions' temporaries at 21–24.
const W = { mem: 0, scr: 1, heads: 2, t: 3, ts: 4, hs: 5, h: 6, base: 7, out: 8, i: 9 };
const ROWS_LOCALS = [[15, I32], [4, V128]];

/**
 * 16-bit storage with a norm: for each head h of token t, its D lanes at mem + t·ts + h·hs widened
 * to f32 at scr + h·D·4 ('widen'), or the scratch row rounded back there ('narrow'); four lanes at a
 * time, the last two of a head_dim ≡ 2 mod 4 one by one.
 */
function scratchRows(dtype: Storage, D: number, way: 'widen' | 'narrow'): number[] {
  const whole = D - (D % 4);
  const at = (base: number, bytes: number) => [...op.get(base), ...op.get(W.i), ...op.i32(bytes), ...op.mul, ...op.add];
  // The storage's lanes through the rotation's own loads and stores (laneAccess), the rows' as f32.
  const { load, store } = laneAccess(dtype);
  const step = way === 'widen'
    ? [...at(W.out, 4), ...at(W.base, 2), ...load(true, 0), ...op.v128Store(0)]
    : [...at(W.base, 2), ...at(W.out, 4), ...op.v128Load(0), ...store(true, 0)];
  const lane = (l: number) => (way === 'widen'
    ? [...op.get(W.out), ...op.get(W.base), ...load(false, 2 * l), ...op.f32Store(4 * l)]
    : [...op.get(W.base), ...op.get(W.out), ...op.f32Load(4 * l), ...store(false, 2 * l)]);
  return eachHead(W.h, W.heads, [
    ...op.get(W.mem), ...op.get(W.t), ...op.get(W.ts), ...op.mul, ...op.add, ...op.get(W.h), ...op.get(W.hs), ...op.mul, ...op.add, ...op.set(W.base),
    ...op.get(W.scr), ...op.get(W.h), ...op.i32(D * 4), ...op.mul, ...op.add, ...op.set(W.out),
    ...(whole > 0 ? countedLoop(W.i, 4, whole, step) : []),
    ...Array.from({ length: D - whole }, (_, j) => lane(whole + j)).flat(),
  ]);
}

/** An fp8 stage's encoding: the e4m3 function's index (quantizeRow is the next) and the storage the lanes are read in. */
interface Fp8Stage {
  encoder: number;
  dtype: Storage;
}

/** The fp8 stages' lanes: quantizeRow(dst, src, D, scale): byte dst + l ← e4m3(lane l at src / scale) for l < D. */
function fp8Head(f: Fp8Stage, dst: number, src: number, D: number, scale: number): number[] {
  return [...op.get(dst), ...op.get(src), ...op.i32(D), ...op.get(scale), ...op.i32(0), ...op.i32(0), 0x10, ...uleb(f.encoder + 1)];
}

// Locals of quantizeRow(dst, src, n, scale, _, _) (heads' type): parameters 0–5, then i and whole,
// and the conversions' temporaries at 21–24 (ROWS_LOCALS).
const QR = { dst: 0, src: 1, n: 2, scale: 3, i: 6, whole: 7 };

/**
 * quantizeRow: for i < n, byte dst + i ← e4m3(lane i at src / scale). Four lanes at a time (f32, or
 * 16-bit lanes widened exactly, as the rotation reads them: the value as stored, as rotateInPlace
 * encodes it), divided by the scale in f32x4 and encoded by e4m3x4; the last n mod 4 lanes one by
 * one through the scalar encoder (function `encoder`), which gives the same bytes.
 */
function quantizeRowBody(f: Fp8Stage): number[] {
  const { bytes, load } = laneAccess(f.dtype);
  const [i, n, whole] = [QR.i, QR.n, QR.whole];
  const src = [...op.get(QR.src), ...op.get(i), ...op.i32(bytes), ...op.mul, ...op.add];
  const scale = [...op.get(QR.scale), ...op.f32FromBits];
  return [
    ...op.get(n), ...op.i32(-4), ...op.and, ...op.set(whole),
    ...op.i32(0), ...op.set(i),
    ...whileBelow(i, whole, 4, [
      ...op.get(QR.dst), ...op.get(i), ...op.add,
      ...src, ...load(true, 0), ...scale, ...op.f32x4Splat, ...op.f32x4Div, ...e4m3x4(),
      // i32x4 of bytes → the four bytes of one word.
      ...op.set(T.t2), ...op.get(T.t2), ...op.get(T.t2), ...op.i16x8NarrowU,
      ...op.set(T.t2), ...op.get(T.t2), ...op.get(T.t2), ...op.i8x16NarrowU, ...op.v128Store32Lane0(0),
    ]),
    ...whileBelow(i, n, 1, [
      ...op.get(QR.dst), ...op.get(i), ...op.add,
      ...src, ...load(false, 0), ...scale, ...op.f32Div, 0x10, ...uleb(f.encoder), ...op.i32Store8(0),
    ]),
  ];
}

/**
 * f32x4 → i32x4 of e4m3 bytes, the scalar encoder's (e4m3Body) for every lane, without branches:
 * |v| ≥ 2^-6: the exponent rebased (−120 · 2^23) and 20 fraction bits rounded off, nearest even
 * (+ 0x7ffff + the kept bit); below: |v| + 2^14 in f32 (whose steps are 2^-9, e4m3's subnormal
 * steps) rounds it, nearest even, 2^-10 and less to 0; above 464: 0x7e (448), NaN: 0x7f; the sign
 * ORed on. Temporaries T.t0 (bits) and T.t1 (|bits|).
 */
function e4m3x4(): number[] {
  const [x, a] = [T.t0, T.t1];
  return [
    ...op.set(x), ...op.get(x), ...op.i32x4Const(0x7fffffff), ...op.v128And, ...op.set(a),
    ...op.i32x4Const(0x7f), ...op.i32x4Const(0x7e),
    ...op.get(a), ...op.i32x4Const(0xc407ffff), ...op.i32x4Add, ...op.get(a), ...op.i32(20), ...op.i32x4ShrU, ...op.i32x4Const(1), ...op.v128And, ...op.i32x4Add, ...op.i32(20), ...op.i32x4ShrU,
    ...op.get(a), ...op.i32x4Const(0x46800000), ...op.f32x4Add, ...op.i32x4Const(0x46800000), ...op.i32x4Sub,
    ...op.get(a), ...op.i32x4Const(0x3c800000), ...op.i32x4GeS, ...op.v128Bitselect,
    ...op.get(a), ...op.i32x4Const(0x43e80000), ...op.i32x4GtS, ...op.v128Bitselect,
    ...op.get(a), ...op.i32x4Const(0x7f800000), ...op.i32x4GtS, ...op.v128Bitselect,
    ...op.get(x), ...op.i32(24), ...op.i32x4ShrU, ...op.i32x4Const(0x80), ...op.v128And, ...op.v128Or,
  ];
}

/**
 * `q … output fp8_e4m3`: after token t's q heads are rotated (in place, in the kernel's memory), each
 * lane's e4m3(q / q_scale) goes to byte qOut + (its element index in the memory): q's output laid out
 * as q. lane0: bytes from the rotation's base back to lane 0 of q's head.
 */
function quantizeQ(K: RotateLocals, D: number, lane0: number, f: Fp8Stage): number[] {
  // An element's index: its byte address / 4 (f32) or / 2 (f16, bf16).
  const shift = f.dtype === 'f32' ? 2 : 1;
  return eachHead(K.h, R.qHeads, [
    // sk: lane 0 of head h (bytes); dk: its output byte.
    ...op.get(R.q), ...op.i32(lane0), ...op.sub, ...op.get(K.t), ...op.get(R.qts), ...op.mul, ...op.add, ...op.get(K.h), ...op.get(R.qhs), ...op.mul, ...op.add, ...op.set(K.sk),
    ...op.get(K.qOut), ...op.get(K.sk), ...op.i32(shift), ...op.shrU, ...op.add, ...op.set(K.dk),
    ...fp8Head(f, K.dk, K.sk, D, K.qScale),
  ]);
}

/** One head of an fp8 cache: for lane l < D, byte dk + l ← e4m3(lane l at sk / k_scale), and v's likewise. */
function fp8Lanes(KV: RotateLocals, D: number, f: Fp8Stage): number[] {
  return [...fp8Head(f, KV.dk, KV.sk, D, KV.kScale), ...fp8Head(f, KV.dv, KV.sv, D, KV.vScale)];
}

/**
 * f32 → fp8 e4m3 bits, as CUDA's __nv_fp8_e4m3(float) converts (and the WGSL e4m3_bits does, step
 * for step): nearest even, saturating to ±448 (0x7e), NaN → 0x7f, |v| ≤ 2^-10 → a signed zero;
 * integer arithmetic on v's bits only. Locals after v: x sign a e m code rest halfway shift sig.
 */
function e4m3Body(): number[] {
  const [v, x, sign, a, e, m, code, rest, halfway, shift, sig] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const ret = (...value: number[][]) => [...value.flat(), 0x0f];
  return [
    ...op.get(v), ...op.i32FromF32, ...op.set(x),
    ...op.get(x), ...op.i32(24), ...op.shrU, ...op.i32(0x80), ...op.and, ...op.set(sign),
    ...op.get(x), ...op.i32(0x7fffffff), ...op.and, ...op.set(a),
    ...op.get(a), ...op.i32(0x7f800000), ...op.gtU, ...op.if, ...ret(op.i32(0x7f)), ...op.end,
    ...op.get(a), ...op.i32(0x3a800000), ...op.leU, ...op.if, ...ret(op.get(sign)), ...op.end,
    ...op.get(a), ...op.i32(0x43e80000), ...op.gtU, ...op.if, ...ret(op.get(sign), op.i32(0x7e), op.or), ...op.end,
    ...op.get(a), ...op.i32(23), ...op.shrU, ...op.set(e),
    ...op.get(a), ...op.i32(0x7fffff), ...op.and, ...op.set(m),
    ...op.get(e), ...op.i32(121), ...op.geU, ...op.if,
    // normal: 3 fraction bits kept, 20 rounded off
    ...op.get(e), ...op.i32(120), ...op.sub, ...op.i32(3), ...op.shl, ...op.get(m), ...op.i32(20), ...op.shrU, ...op.or, ...op.set(code),
    ...op.get(m), ...op.i32(0xfffff), ...op.and, ...op.set(rest),
    ...op.i32(0x80000), ...op.set(halfway),
    ...op.else,
    // subnormal (2^-10 < |v| < 2^-6): steps of 2^-9, the implicit bit included
    ...op.i32(141), ...op.get(e), ...op.sub, ...op.set(shift),
    ...op.get(m), ...op.i32(0x800000), ...op.or, ...op.set(sig),
    ...op.get(sig), ...op.get(shift), ...op.shrU, ...op.set(code),
    ...op.get(sig), ...op.i32(1), ...op.get(shift), ...op.shl, ...op.i32(1), ...op.sub, ...op.and, ...op.set(rest),
    ...op.i32(1), ...op.get(shift), ...op.i32(1), ...op.sub, ...op.shl, ...op.set(halfway),
    ...op.end,
    ...op.get(rest), ...op.get(halfway), ...op.gtU,
    ...op.get(rest), ...op.get(halfway), ...op.eq, ...op.get(code), ...op.i32(1), ...op.and, ...op.and,
    ...op.or, ...op.if, ...op.get(code), ...op.i32(1), ...op.add, ...op.set(code), ...op.end,
    ...op.get(sign), ...op.get(code), ...op.or,
  ];
}

// Locals of norm(p, heads, t, ts, hs, w): parameters 0–5 (p: lane 0 of the tensor, w: its weights, bytes), then these.
const N = { p: 0, heads: 1, t: 2, ts: 3, hs: 4, w: 5, h: 6, base: 7, i: 8, acc: 9, r: 10, fx: 11 };
const NORM_LOCALS = [[3, I32], [1, V128], [2, F32]]; // h base i | acc | r fx

/**
 * `norm rms(eps E[, weight …])`: for each head h of token t, x ← x · (r · w) with
 * r = 1 / sqrt(Σx² / D + eps) in f32, over the head's D lanes (the GPU kernels' formula), in place
 * before the rotation reads them. Σx² in f32x4 (four partial sums, then lanes 0 + 1 + 2 + 3), an
 * 8-byte tail for D ≡ 2 mod 4.
 */
function normBody(D: number, norm: { eps: number; weight: 'scale' | 'none' | 'one_plus' }): number[] {
  const D4 = D * 4;
  const whole = D4 - (D4 % 16);
  const at = (local: number) => [...op.get(N.base), ...op.get(local), ...op.add];
  const blocks = (body: number[]) => (whole === 0 ? [] : countedLoop(N.i, 16, whole, body));
  // The factor of 16 bytes at i: r, r · w, or r · (1 + w).
  const weightVec = norm.weight === 'none' ? [] : [
    ...op.get(N.w), ...op.get(N.i), ...op.add, ...op.v128Load(0),
    ...(norm.weight === 'one_plus' ? [...op.f32Const(1), ...op.f32x4Splat, ...op.f32x4Add] : []),
    ...op.f32x4Mul,
  ];
  const weightLane = (off: number) => norm.weight === 'none' ? [] : [
    ...op.get(N.w), ...op.f32Load(off), ...(norm.weight === 'one_plus' ? [...op.f32Const(1), ...op.f32Add] : []), ...op.f32Mul,
  ];
  const tailLanes = D4 % 16 === 0 ? [] : [whole, whole + 4];
  return eachHead(N.h, N.heads, [
    ...op.get(N.p), ...op.get(N.t), ...op.get(N.ts), ...op.mul, ...op.add, ...op.get(N.h), ...op.get(N.hs), ...op.mul, ...op.add, ...op.set(N.base),
    // Σx²
    ...op.f32Const(0), ...op.f32x4Splat, ...op.set(N.acc),
    ...blocks([...op.get(N.acc), ...at(N.i), ...op.v128Load(0), ...at(N.i), ...op.v128Load(0), ...op.f32x4Mul, ...op.f32x4Add, ...op.set(N.acc)]),
    ...op.get(N.acc), ...op.f32x4Extract(0), ...op.get(N.acc), ...op.f32x4Extract(1), ...op.f32Add,
    ...op.get(N.acc), ...op.f32x4Extract(2), ...op.f32Add, ...op.get(N.acc), ...op.f32x4Extract(3), ...op.f32Add, ...op.set(N.r),
    ...tailLanes.flatMap((off) => [...op.get(N.base), ...op.f32Load(off), ...op.set(N.fx), ...op.get(N.r), ...op.get(N.fx), ...op.get(N.fx), ...op.f32Mul, ...op.f32Add, ...op.set(N.r)]),
    // r = 1 / sqrt(Σx² / D + eps)
    ...op.f32Const(1), ...op.get(N.r), ...op.f32Const(D), ...op.f32Div, ...op.f32Const(norm.eps), ...op.f32Add, ...op.f32Sqrt, ...op.f32Div, ...op.set(N.r),
    // x ← x · (r · w)
    ...blocks([...at(N.i), ...at(N.i), ...op.v128Load(0), ...op.get(N.r), ...op.f32x4Splat, ...weightVec, ...op.f32x4Mul, ...op.v128Store(0)]),
    ...tailLanes.flatMap((off) => [...op.get(N.base), ...op.get(N.base), ...op.f32Load(off), ...op.get(N.r), ...weightLane(off), ...op.f32Mul, ...op.f32Store(off)]),
  ]);
}

/**
 * `kv_cache …` (the cache in k's dtype, or fp8 from f32 k): once token t's k heads are rotated
 * (still in cache), slot = slot_mapping[t]; unless −1, row = (slot / block)·blockStride + (slot % block)·rowStride, and for
 * each head h its rotated k head (every lane, from k's lane 0) and v's head are copied to
 * k_cache and v_cache at row + h·headStride (flat, NHD and HND caches differ only in those strides),
 * 16 bytes at a time (memory.copy per head, a call into the engine each, was slower under the same load).
 */
function cacheStore(ir: RopeIR, KV: RotateLocals, fp8: Fp8Stage | null): number[] {
  const D = tensorLanes(ir, 'k').headDim;
  // fp8 caches: lane by lane, each e4m3(x / scale) stored as a byte.
  if (fp8) return cacheRowsOf(KV, fp8Lanes(KV, D, fp8));
  // A row's bytes: f32 lanes, or f16 / bf16 patterns (the cache has k's dtype: the rotated bits are copied).
  const D4 = D * (ir.kernel.dtype === 'f32' ? 4 : 2);
  // 16 bytes of k and of v at byte `off` past the heads' starts plus `at` (the loop's cursor, or none).
  const copy16 = (off: number, at: number[] = []) => {
    const plus = at.length > 0 ? [...at, ...op.add] : [];
    return [
      ...op.get(KV.dk), ...plus, ...op.get(KV.sk), ...plus, ...op.v128Load(off), ...op.v128Store(off),
      ...op.get(KV.dv), ...plus, ...op.get(KV.sv), ...plus, ...op.v128Load(off), ...op.v128Store(off),
    ];
  };
  const whole = D4 - (D4 % 16);
  // The last D4 mod 16 bytes: 8 (f32 head_dim ≡ 2 mod 4; 16-bit ≡ 4 mod 8), then 4 (16-bit ≡ 2 mod 4).
  const rest = D4 % 16;
  const tail = [
    ...(rest >= 8 ? [
      ...op.get(KV.dk), ...op.get(KV.sk), ...op.i64Load(whole), ...op.i64Store(whole),
      ...op.get(KV.dv), ...op.get(KV.sv), ...op.i64Load(whole), ...op.i64Store(whole),
    ] : []),
    ...(rest % 8 === 4 ? [
      ...op.get(KV.dk), ...op.get(KV.sk), ...op.i32Load(whole + rest - 4), ...op.i32Store(whole + rest - 4),
      ...op.get(KV.dv), ...op.get(KV.sv), ...op.i32Load(whole + rest - 4), ...op.i32Store(whole + rest - 4),
    ] : []),
  ];
  // Unrolled with static offsets up to head_dim 128 (about 600 bytes of code); a loop of four blocks
  // (or one) per step beyond.
  const step = whole % 64 === 0 ? 64 : 16;
  const vectors = whole === 0 ? [] : whole <= 512 ? Array.from({ length: whole / 16 }, (_, j) => copy16(16 * j)).flat()
    : countedLoop(KV.i, step, whole, Array.from({ length: step / 16 }, (_, j) => copy16(16 * j, op.get(KV.i))).flat());
  return cacheRowsOf(KV, [...vectors, ...tail]);
}

/** For token t: its slot, unless −1 its row, and for each k head the pointers dk, sk, dv, sv, then `copy` (one head's rows). */
function cacheRowsOf(KV: RotateLocals, copy: number[]): number[] {
  const dst = (cache: number) => [...op.get(cache), ...op.get(KV.row), ...op.add, ...op.get(KV.h), ...op.get(KV.headStride), ...op.mul, ...op.add];
  const src = (base: number, ts: number, hs: number) => [...op.get(base), ...op.get(KV.t), ...op.get(ts), ...op.mul, ...op.add, ...op.get(KV.h), ...op.get(hs), ...op.mul, ...op.add];
  return [
    ...op.get(KV.slots), ...op.get(KV.t), ...op.i32(4), ...op.mul, ...op.add, ...op.i32Load(0), ...op.set(KV.slot),
    ...op.get(KV.slot), ...op.i32(0), ...op.geS, ...op.if,
    ...op.get(KV.slot), ...op.get(KV.block), ...op.divU, ...op.get(KV.blockStride), ...op.mul,
    ...op.get(KV.slot), ...op.get(KV.block), ...op.remU, ...op.get(KV.rowStride), ...op.mul, ...op.add, ...op.set(KV.row),
    ...eachHead(KV.h, R.kHeads, [
      ...dst(KV.kc), ...op.set(KV.dk), ...src(KV.kz, R.kts, R.khs), ...op.set(KV.sk),
      ...dst(KV.vc), ...op.set(KV.dv), ...src(KV.v, KV.vts, KV.vhs), ...op.set(KV.sv),
      ...copy,
    ]),
    ...op.end,
  ];
}

/**
 * The TypeScript source of `createWasmKernel` (and `WASM_KERNEL`) for the generated module, laid
 * out by templates/ts/wasm.hbs from wasmView's data. For a spec the wasm kernel cannot do,
 * createWasmKernel throws a RangeError saying why.
 */
export function wasmSource(ir: RopeIR): string {
  return renderTemplate('ts', 'wasm', wasmView(ir));
}

/** What templates/ts/wasm.hbs needs: the module's bytes, flags, memory layout and the rotate calls' address expressions. */
function wasmView(ir: RopeIR): object {
  const kv = ir.kernel.kvCache;
  // fp8 caches hold bytes; others f32. An fp8 q's output is bytes of its own (q_out).
  const fp8 = kv?.dtype === 'fp8_e4m3';
  const fp8Q = ir.kernel.qOutput === 'fp8_e4m3';
  const cacheBytes = fp8 ? 1 : ir.kernel.dtype === 'f32' ? 4 : 2;
  // `slots table`: each call's block_table (in `extra`) gives the slots, which the kernel writes where slot_mapping would be.
  const table = kv?.kind === 'paged' && kv.table === true;
  const strided = ir.kernel.strided === true;
  // k with its own tokens: k has kTokens rows; each side is filled and rotated by a call of its own.
  const own = ownTokens(ir);
  const P = ir.pairs.length;
  // Each tensor's head width, and where its rotary lanes begin (q and k differ where the spec gives
  // one its own head_dim and offset): the module rotates one set of lanes from a base moved per
  // tensor, with the tensor's own strides.
  const [Q, K] = [tensorLanes(ir, 'q'), tensorLanes(ir, 'k')];
  // Bytes per lane of q and k (f16 and bf16 lanes are 16-bit patterns in the memory).
  const E = ir.kernel.dtype === 'f32' ? 4 : 2;
  // The data's length in 4-byte words, where the memory's other arrays begin.
  const words = E === 4 ? 'dataLen' : 'dataWords';
  const plus = (x: string, n: number) => (n === 0 ? x : `(${x} + ${n})`);
  // Bases never move below a tensor's start (memory offsets are unsigned): the module's lanes are
  // the spec's less `low`'s distance to the rotary offset, and each base moves by its tensor's offset − low.
  const low = Math.min(Q.offset, K.offset);
  const down = ir.rotaryOffset - low;
  const moduleIr = down === 0 ? ir : { ...ir, laneRuns: ir.laneRuns!.map((r) => ({ ...r, a0: r.a0 - down, b0: r.b0 - down })) };
  const [sq, sk] = [Q.offset - low, K.offset - low];
  // A norm's weights (not `weight none`) live in the memory after a KV cache's arrays: q's, then k's.
  const weights = ir.kernel.norm !== undefined && ir.kernel.norm.weight !== 'none';
  // The memory (elements): the data, a KV cache's arrays, the weights, an fp8 q's output bytes, the cos/sin buffer.
  const after = (...terms: (string | false)[]) => {
    const present = [words, ...terms.filter((x): x is string => x !== false)];
    return present.length === 1 ? present[0] : `(${present.join(' + ')})`;
  };
  const normAt = after(kv !== undefined && 'kvLen');
  const qOutAt = after(kv !== undefined && 'kvLen', weights && 'normLen');
  const csAt = after(kv !== undefined && 'kvLen', weights && 'normLen', fp8Q && 'qOutWords');
  // rotate's norm arguments: where q's and k's weights are (bytes), 0 without weights.
  const normTail = !ir.kernel.norm ? '' : weights ? `, ${normAt} * 4, (${normAt} + ${Q.headDim}) * 4` : ', 0, 0';
  // Where q's and k's rotated lanes begin in the memory (bytes), and their strides in bytes for a validated shape.
  // (Views of a q-only or k-only spec: the absent tensor has no start, no strides and no elements.)
  const present = tensors(ir);
  const has = (t: 'q' | 'k') => present.includes(t);
  const at = strided ? { q: has('q') ? `${plus('views.qStart', sq)} * ${E}` : '0', k: has('k') ? `${plus('views.kStart', sk)} * ${E}` : '0' } : { q: `${sq * E}`, k: `${plus('qLen', sk)} * ${E}` };
  // [batch, heads, seq, dim]: within a sequence a token's next is one head row on (D), a head's next
  // seq·D on; sequence b begins b·seq tokens' worth of heads (H·D each) in. Each sequence is a call.
  const bhsd = ir.kernel.layout === 'bhsd';
  const kSeq = own ? 'shape.k_seq' : 'shape.seq';
  const strides = strided
    ? (['q', 'k'] as const).map((t) => (has(t) ? `shape.${t}_token_stride * ${E}, shape.${t}_head_stride * ${E}` : '0, 0')).join(', ')
    : bhsd ? `${Q.headDim * E}, shape.seq * ${Q.headDim * E}, ${K.headDim * E}, ${kSeq} * ${K.headDim * E}`
    : `shape.qHeads * ${Q.headDim * E}, ${Q.headDim * E}, shape.kHeads * ${K.headDim * E}, ${K.headDim * E}`;
  // Bytes from a tensor's first token to token `start` of a sequence's beginning: start · (its token stride, or in bhsd H·D).
  const rows = bhsd ? { q: `shape.qHeads * ${Q.headDim * E}`, k: `shape.kHeads * ${K.headDim * E}` } : { q: 'qts', k: 'kts' };
  // A KV cache: the rotate call's eleven more arguments (bytes): k's lane 0, v and its strides,
  // slot_mapping, the caches, and where slot s's head h row lies, (s / B)·block + (s % B)·row + h·head.
  const kvArgs = !kv ? null : (() => {
    const Dk = K.headDim * E;
    // A cache row's bytes (fp8: one per lane).
    const Dc = K.headDim * cacheBytes;
    const B = kv.kind === 'paged' ? kv.block : 1;
    const [block, row, head] = kv.kind === 'slots' ? [`kHeads * ${Dc}`, '0', `${Dc}`]
      : kv.layout === 'nhd' ? [`${B} * kHeads * ${Dc}`, `kHeads * ${Dc}`, `${Dc}`] : [`kHeads * ${B} * ${Dc}`, `${Dc}`, `${B * Dc}`];
    const [kz, vAt] = strided ? [`views.kStart * ${E}`, `views.vStart * ${E}`] : [`qLen * ${E}`, `(qLen + kLen) * ${E}`];
    const [kts, vts, vhs] = strided ? [`shape.k_token_stride * ${E}`, `shape.v_token_stride * ${E}`, `shape.v_head_stride * ${E}`] : [`kHeads * ${Dk}`, `kHeads * ${Dk}`, `${Dk}`];
    // ([batch, heads, seq, dim]: v's tokens D apart and its heads seq·D; token `start` begins a sequence, start · H·D in.)
    const [vt, vh] = bhsd ? [`${Dk}`, `shape.seq * ${Dk}`] : [vts, vhs];
    return { kz, kts, vAt, vts, vt, vh, B, block, row, head };
  })();
  // rotate's arguments after the ten of every spec, for tokens from `start` on (or from 0).
  // (16-bit storage with a norm: the f32 scratch rows, after everything else.)
  const scratch = ir.kernel.norm !== undefined && E === 2;
  const fp8Tail = `${fp8 ? ', scaleBits[0], scaleBits[1]' : ''}${fp8Q ? `, ${qOutAt} * 4, scaleBits[2]` : ''}${scratch ? ', scratchAt * 4' : ''}`;
  const tail = (start: string) => `${kv ? `, ...kvArgs(${start}, shape)` : ''}${normTail}${fp8Tail}`;
  // The rotate calls: q and k over the tokens from one fill, or (k's own tokens) q's, then k's.
  const sides = [
    { fill: 'cosSinKernel', tokens: 'shape.tokens', seq: 'shape.seq', qHeads: 'shape.qHeads', kHeads: own ? '0' : 'shape.kHeads' },
    ...(own ? [{ fill: 'cosSinKernelK', tokens: 'shape.k_tokens', seq: 'shape.k_seq', qHeads: '0', kHeads: 'shape.kHeads' }] : []),
  ].map((x) => ({ ...x, hasQ: x.qHeads !== '0', hasK: x.kHeads !== '0' }));
  const src = ir.positions.source;
  const direct = directTable(ir);
  const { m, sm } = cosSinFactors(ir);
  const first = src.kind !== 'index' || src.offset === 'none' ? '0' : src.offset === 'scalar' ? 'shape.offset' : 'offsets[b]';
  // The arguments the kernel holds in its memory (a block table's slots are its own too; the table is given).
  const ownedArrays = ['q', 'k', ...(kv ? ['v', ...(table ? [] : ['slot_mapping']), 'k_cache', 'v_cache'] : [])];
  return {
    dtype: ir.kernel.dtype, sixteen: E === 2, scratch, decode: ir.kernel.dtype === 'f16' ? 'f16ToNumber' : 'bf16ToNumber', storage: E === 4 ? 'Float32Array' : 'Uint16Array', words, fp8Q, kv: kv !== undefined, fp8, table, strided, own, bhsd, weights, present, hasQ: has('q'), hasK: has('k'),
    cacheType: fp8 ? 'Uint8Array' : E === 4 ? 'Float32Array' : 'Uint16Array', cacheBytes, kvArgs,
    bytes: Array.from(wasmRotateModule(moduleIr, [sq * E, sk * E])).join(', '),
    Q: Q.headDim, K: K.headDim, P, rowFloats: 2 * P, kRows: own ? 'kTokens' : 'tokens', normLen: Q.headDim + K.headDim,
    normAt, qOutAt, csAt, at, strides, rows, sides, tail: { start: tail('start'), zero: tail('0') },
    stages: kv !== undefined || ir.kernel.norm !== undefined || fp8Q, scales: fp8 || fp8Q,
    // A block table's slots (and the in-place table's sequences) from index or tensor positions.
    packed: isPacked(ir), tensorPositions: src.kind === 'tensor', offset: src.kind === 'index' && src.offset === 'scalar', offsets: src.kind === 'index' && src.offset === 'per_sequence',
    direct: direct && { positions: direct.positions, floats: direct.positions * 2 * P, rowBytes: 2 * P * 4, m, sm, first },
    messages: {
      views: messageLiteral('wasm-views', { name: 'SPEC.name', fields: `'{ ${['length', ...present.map((t) => `${t}Start`), ...(kv ? ['vStart'] : [])].join(', ')} }'` }),
      memory: messageLiteral('wasm-memory', { bytes: 'bytes' }),
      engine: messageLiteral('wasm-engine', {}),
      heads: messageLiteral('wasm-heads', { callQ: 'call.qHeads', callK: 'call.kHeads', q: 'qHeads', k: 'kHeads' }),
      capacity: messageLiteral('wasm-capacity', { tokens: 'call.tokens', capacity: 'tokens' }),
      capacityK: own ? messageLiteral('wasm-capacity-k', { tokens: 'call.kTokens', capacity: 'kTokens' }) : null,
      cache: ir.kernel.kvCache ? messageLiteral('wasm-cache', { slots: 'call.cacheSlots', capacity: 'cacheSlots' }) : null,
      owned: messageLiteral('wasm-owned', { name: 'name' }),
    },
    ownedArrays,
  };
}

/**
 * The factors cos and sin are multiplied by in float64 (attention factor m, and m·direction), as
 * code suffixes (empty for 1). The JS kernels, the fill and the in-place table all use these.
 */
export function cosSinFactors(ir: RopeIR): { m: string; sm: string } {
  const factor = (x: number) => (x === 1 ? '' : ` * ${f64Literal(x)}`);
  return { m: factor(ir.attentionFactor), sm: factor(ir.sign * ir.attentionFactor) };
}

/**
 * The spec's `sincos table` read in place: with index positions (whole, consecutive within a
 * sequence) and constant ω, a sequence whose positions p0 … p0+n−1 all lie in the table rotates
 * straight from the table's rows, laid out as the [tokens, 2, pairs] buffer the fill would write
 * (so nothing is filled). Null where that does not hold.
 */
function directTable(ir: RopeIR): { positions: number } | null {
  const src = ir.positions.source;
  // (k with its own tokens has positions of its own: both sides take the fill.)
  if (ir.kernel.sincos.kind !== 'table' || src.kind !== 'index' || ir.omega?.kind !== 'static' || ownTokens(ir)) return null;
  return { positions: ir.kernel.sincos.maxPositions };
}
