// Kernel IR: the program of one work item, and the host code around it, as typed statements and
// expressions over named buffers, parameters and constant tables. It sits below the Rope IR: the
// builder (build.ts) decides *what* is computed, target-neutral; legalization passes (legalize.ts)
// rewrite what a target cannot express (16-bit storage, 64-bit indices, the exact angle); the one
// C-style printer (backends/cstyle.ts) turns the result into TypeScript, WGSL or CUDA C with a
// small table per target. Nodes are plain data, so a stage can be dumped as JSON and compared.

/** Value types. f16 and bf16 appear only as buffer elements (storage), never in arithmetic. */
export type Scalar = 'bool' | 'i32' | 'u32' | 'i64' | 'f32' | 'f64';
export type Storage16 = 'f16' | 'bf16';
/** fp8 e4m3 (a KV cache's `dtype fp8_e4m3`): written only, never read by a kernel. */
export type Storage8 = 'e4m3';
export type Storage = Storage16 | Storage8;
/** 16-byte vectors (memory access only) and the (cos, sin) pairs of a table entry. */
export type Vector = 'vec4f' | 'vec4u' | 'vec2f' | 'vec2d';
export type Ty = Scalar | Vector;
/** Buffer elements; 'au32' is a u32 word written with atomics (WGSL's fp8 bytes, see legalize.ts pack8). */
export type Element = Ty | Storage | 'au32';

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '&&' | '||' | '&' | '|' | '^' | '<<' | '>>' | 'min' | 'max' | 'pow';
/** Math on one value (log2 and pow: host code only); rint rounds to nearest even, round to nearest with ties away (WGSL round is even too). */
export type UnaryOp = 'neg' | 'not' | 'floor' | 'trunc' | 'rint' | 'abs' | 'sqrt' | 'sin' | 'cos' | 'log2' | 'isFinite' | 'isInteger';

/**
 * Host code only: a test of a call's argument as the caller gave it, before it is trusted. `name`
 * is a size (a field of `sizes`; C: a parameter) or an array argument. given: present (C: a
 * non-NULL pointer; sizes are always given); number: a size that is a JavaScript number (I, T, W); object: `sizes` is an object; whole: a whole number
 * ≥ 0 (C: ≥ 0); Int32Array, Float32Array, Uint8Array: an instance of it (T); storage: of q and k's storage
 * type (T); positions: of the positions' type (T); pointer: non-NULL and aligned to its element
 * (C); hostMemory (no name): the arrays are in host memory (C: only in the CPU emulation);
 * cache: of the cos/sin cache's storage type (T, W); weight: of q and k's storage type, or (W) a GPUBuffer; hostArray: an array in host memory rather
 * than a GPUBuffer (W; I and T: always);
 * sharesWithQ, sharesWithK: the array may share memory with q, k (T: the same ArrayBuffer; W: the same GPUBuffer; C: always).
 */
export type ArgTest = 'given' | 'number' | 'object' | 'whole' | 'Int32Array' | 'Float32Array' | 'Uint8Array' | 'storage' | 'positions' | 'cache' | 'weight' | 'hostArray' | 'arrayLike' | 'pointer' | 'hostMemory' | 'sharesWithQ' | 'sharesWithK';

export type Expr =
  | { op: 'const'; ty: Scalar; value: number }
  /** A local, a function parameter or a loop variable. */
  | { op: 'var'; ty: Ty; name: string }
  /** A run-time size of the call (tokens, q_heads, offset, …). */
  | { op: 'param'; ty: Scalar; name: string }
  /** Entry i of a constant table of the module. */
  | { op: 'table'; ty: Scalar; name: string; index: Expr }
  /** Element `index` of a buffer (storage elements are decoded by `decode`). */
  | { op: 'load'; ty: Element; buffer: string; index: Expr }
  /** The length of a buffer in elements (host code only: the kernels clamp with it). */
  | { op: 'length'; ty: 'i64'; buffer: string }
  /** Host code: where a buffer starts in its memory, in elements (T: byteOffset; C: its address). */
  | { op: 'start'; ty: 'i64'; buffer: string }
  | { op: 'unary'; ty: Scalar; fn: UnaryOp; a: Expr }
  | { op: 'binary'; ty: Scalar; fn: BinaryOp; a: Expr; b: Expr }
  /** a·b + c with one rounding. */
  | { op: 'fma'; ty: Scalar; a: Expr; b: Expr; c: Expr }
  | { op: 'select'; ty: Ty; cond: Expr; a: Expr; b: Expr }
  /** Numeric conversion (float → int truncates toward 0). */
  | { op: 'cast'; ty: Scalar; a: Expr }
  /** Same bits, other type (f32 ↔ u32/i32). */
  | { op: 'bitcast'; ty: Scalar; a: Expr }
  /**
   * A 16-bit storage value (or its bits in a u32) as a float (decode), and a float rounded to
   * nearest even into one (encode; ty u32: its bits). Encoding to e4m3 saturates to ±448 and maps
   * NaN to 0x7f, as CUDA's __nv_fp8_e4m3(float) does.
   */
  | { op: 'decode'; ty: Scalar; from: Storage16; a: Expr }
  | { op: 'encode'; ty: Storage | 'u32'; to: Storage; a: Expr }
  /** (cos x, sin x) of an f32 x in about [−π, π]; `fast`: the target's fast approximation. */
  | { op: 'sincos'; ty: 'vec2f'; a: Expr; fast: boolean }
  | { op: 'lane'; ty: Scalar; vec: Expr; lane: number }
  /** Component `index` (a run-time value) of a vector. */
  | { op: 'component'; ty: Scalar; vec: Expr; index: Expr }
  | { op: 'vec'; ty: Vector; parts: Expr[] }
  /** A call of a module function with a result. */
  | { op: 'call'; ty: Ty; fn: string; args: Expr[] }
  /** An element of a local array. */
  | { op: 'index'; ty: Scalar; array: string; index: Expr }
  | { op: 'is'; ty: 'bool'; test: ArgTest; name: string; size: boolean };

export type Stmt =
  | { op: 'let'; name: string; ty: Ty; value: Expr; mutable?: boolean }
  | { op: 'assign'; name: string; value: Expr }
  /** A local array of `size` elements (cos/sin of a chunk's pairs, a position vector). */
  | { op: 'array'; name: string; ty: Scalar; size: number }
  | { op: 'aset'; array: string; index: Expr; value: Expr }
  /** Component `index` of the vector local `name` (WGSL writes one lane of an owned vector this way). */
  | { op: 'setComponent'; name: string; index: Expr; value: Expr }
  | { op: 'store'; buffer: string; index: Expr; value: Expr }
  /** buffer[index] = buffer[index] & value (or |, or value itself), one atomic operation on an 'au32' word (WGSL). */
  | { op: 'atomic'; fn: 'and' | 'or' | 'store'; buffer: string; index: Expr; value: Expr }
  /** Elements src[from … from + count) into dst[to …), as stored (no conversion); the buffers do not overlap. */
  | { op: 'copy'; dst: string; to: Expr; src: string; from: Expr; count: Expr }
  | { op: 'if'; cond: Expr; then: Stmt[]; else?: Stmt[] }
  /**
   * for (v = from; v < to; v += step); `unroll`: the bounds are constants and targets may unroll;
   * `independent`: no iteration reads what another writes, so unrolled copies may do all their
   * reads before their writes.
   */
  | { op: 'for'; name: string; ty: Scalar; from: Expr; to: Expr; step: number; body: Stmt[]; unroll?: boolean; independent?: boolean }
  | { op: 'while'; cond: Expr; body: Stmt[] }
  | { op: 'call'; fn: string; args: Expr[] }
  | { op: 'return'; value?: Expr }
  /** Host code: refuse the call with check `id`; the message is text and values (see checks.ts). */
  | { op: 'fail'; check: string; message: MessagePart[] }
  | { op: 'comment'; text: string };

/**
 * A message of a failed check, printed as one string: literal text, run-time values, the
 * JavaScript type of an argument as given (`typeOf`), and one of a few words picked by a value.
 */
export type MessagePart = string | Expr | { typeOf: string } | { pick: Expr; among: string[] };

export interface Param {
  name: string;
  ty: Ty;
}

export interface Fn {
  name: string;
  params: Param[];
  ret: Ty | 'void';
  body: Stmt[];
  doc?: string;
}

export interface ConstTable {
  name: string;
  ty: Scalar;
  values: number[];
  doc?: string;
  /** Filled by the host for each call (ω that depends on seq_len); `values` is empty. */
  dynamic?: true;
}

/** A buffer the kernel reads or writes: q, k, their sources, positions, tables. */
export interface Buffer {
  name: string;
  element: Element;
  access: 'read' | 'read_write';
  doc: string;
}

/** A run-time size: a kernel parameter (the uniform block in WGSL, Args in CUDA, a number in TS). */
export interface SizeParam {
  name: string;
  ty: Scalar;
  doc: string;
}

/**
 * How work items are found. 'threads': one item per invocation, item = global index, checked
 * against `count` (GPU targets). 'loops': a host loop over the sequences and their tokens runs the
 * item body for every token, with (b, s, flat) as loop variables (TypeScript).
 */
export type Entry =
  | { kind: 'threads'; name: string; count: Expr; body: Stmt[]; doc: string }
  /**
   * k's own tokens (`k … tokens own`) instead of the call's sequences: `tokens`, this size's tokens
   * as one sequence; `seq`, batch sequences of this many; `cu`, the packed sequences of this array.
   */
  | { kind: 'loops'; name: string; body: Stmt[]; doc: string; prologue?: Stmt[]; tokens?: string; seq?: string; cu?: string };

export interface KernelModule {
  name: string;
  constants: ConstTable[];
  sizes: SizeParam[];
  buffers: Buffer[];
  functions: Fn[];
  entries: Entry[];
}

// ------------------------------------------------------------------------------------------------
// Construction helpers: short names, so the builder reads like the code it makes.

export const c = {
  i32: (value: number): Expr => ({ op: 'const', ty: 'i32', value }),
  u32: (value: number): Expr => ({ op: 'const', ty: 'u32', value }),
  i64: (value: number): Expr => ({ op: 'const', ty: 'i64', value }),
  f32: (value: number): Expr => ({ op: 'const', ty: 'f32', value: Math.fround(value) }),
  f64: (value: number): Expr => ({ op: 'const', ty: 'f64', value }),
  bool: (value: boolean): Expr => ({ op: 'const', ty: 'bool', value: value ? 1 : 0 }),
  of: (ty: Scalar, value: number): Expr => ({ op: 'const', ty, value: ty === 'f32' ? Math.fround(value) : value }),
};

export const v = (name: string, ty: Ty): Expr => ({ op: 'var', ty, name });
export const param = (name: string, ty: Scalar = 'i64'): Expr => ({ op: 'param', ty, name });

function bin(fn: BinaryOp, a: Expr, b: Expr, ty?: Scalar): Expr {
  const compare = ['<', '<=', '>', '>=', '==', '!=', '&&', '||'].includes(fn);
  return { op: 'binary', ty: ty ?? (compare ? 'bool' : (a.ty as Scalar)), fn, a, b };
}

export const e = {
  add: (a: Expr, b: Expr) => bin('+', a, b),
  sub: (a: Expr, b: Expr) => bin('-', a, b),
  mul: (a: Expr, b: Expr) => bin('*', a, b),
  div: (a: Expr, b: Expr) => bin('/', a, b),
  mod: (a: Expr, b: Expr) => bin('%', a, b),
  lt: (a: Expr, b: Expr) => bin('<', a, b),
  le: (a: Expr, b: Expr) => bin('<=', a, b),
  gt: (a: Expr, b: Expr) => bin('>', a, b),
  ge: (a: Expr, b: Expr) => bin('>=', a, b),
  eq: (a: Expr, b: Expr) => bin('==', a, b),
  ne: (a: Expr, b: Expr) => bin('!=', a, b),
  and: (a: Expr, b: Expr) => bin('&&', a, b),
  or: (a: Expr, b: Expr) => bin('||', a, b),
  bitand: (a: Expr, b: Expr) => bin('&', a, b),
  bitor: (a: Expr, b: Expr) => bin('|', a, b),
  bitxor: (a: Expr, b: Expr) => bin('^', a, b),
  shl: (a: Expr, b: Expr) => bin('<<', a, b),
  shr: (a: Expr, b: Expr) => bin('>>', a, b),
  min: (a: Expr, b: Expr) => bin('min', a, b),
  max: (a: Expr, b: Expr) => bin('max', a, b),
  pow: (a: Expr, b: Expr) => bin('pow', a, b),
  neg: (a: Expr): Expr => ({ op: 'unary', ty: a.ty as Scalar, fn: 'neg', a }),
  not: (a: Expr): Expr => ({ op: 'unary', ty: 'bool', fn: 'not', a }),
  un: (fn: UnaryOp, a: Expr): Expr => ({ op: 'unary', ty: fn === 'isFinite' || fn === 'isInteger' ? 'bool' : (a.ty as Scalar), fn, a }),
  is: (test: ArgTest, name: string, size = false): Expr => ({ op: 'is', ty: 'bool', test, name, size }),
  fma: (a: Expr, b: Expr, cc: Expr): Expr => ({ op: 'fma', ty: a.ty as Scalar, a, b, c: cc }),
  select: (cond: Expr, a: Expr, b: Expr): Expr => ({ op: 'select', ty: a.ty as Ty, cond, a, b }),
  cast: (ty: Scalar, a: Expr): Expr => (a.ty === ty ? a : { op: 'cast', ty, a }),
  bitcast: (ty: Scalar, a: Expr): Expr => ({ op: 'bitcast', ty, a }),
  table: (name: string, ty: Scalar, index: Expr): Expr => ({ op: 'table', ty, name, index }),
  load: (buffer: string, ty: Element, index: Expr): Expr => ({ op: 'load', ty, buffer, index }),
  length: (buffer: string): Expr => ({ op: 'length', ty: 'i64', buffer }),
  start: (buffer: string): Expr => ({ op: 'start', ty: 'i64', buffer }),
  call: (fn: string, ty: Ty, ...args: Expr[]): Expr => ({ op: 'call', ty, fn, args }),
  index: (array: string, ty: Scalar, index: Expr): Expr => ({ op: 'index', ty, array, index }),
  lane: (vec: Expr, lane: number, ty: Scalar): Expr => ({ op: 'lane', ty, vec, lane }),
  component: (vec: Expr, index: Expr, ty: Scalar): Expr => ({ op: 'component', ty, vec, index }),
  vec: (ty: Vector, parts: Expr[]): Expr => ({ op: 'vec', ty, parts }),
  decode: (from: Storage16, a: Expr, ty: Scalar = 'f32'): Expr => ({ op: 'decode', ty, from, a }),
  encode: (to: Storage, a: Expr): Expr => ({ op: 'encode', ty: to, to, a }),
  encodeBits: (to: Storage, a: Expr): Expr => ({ op: 'encode', ty: 'u32', to, a }),
  sincos: (a: Expr, fast = false): Expr => ({ op: 'sincos', ty: 'vec2f', a, fast }),
};

export const s = {
  let: (name: string, value: Expr, ty: Ty = value.ty as Ty): Stmt => ({ op: 'let', name, ty, value }),
  var: (name: string, value: Expr, ty: Ty = value.ty as Ty): Stmt => ({ op: 'let', name, ty, value, mutable: true }),
  set: (name: string, value: Expr): Stmt => ({ op: 'assign', name, value }),
  array: (name: string, ty: Scalar, size: number): Stmt => ({ op: 'array', name, ty, size }),
  aset: (array: string, index: Expr, value: Expr): Stmt => ({ op: 'aset', array, index, value }),
  store: (buffer: string, index: Expr, value: Expr): Stmt => ({ op: 'store', buffer, index, value }),
  copy: (dst: string, to: Expr, src: string, from: Expr, count: Expr): Stmt => ({ op: 'copy', dst, to, src, from, count }),
  if: (cond: Expr, then: Stmt[], otherwise?: Stmt[]): Stmt => ({ op: 'if', cond, then, else: otherwise }),
  for: (name: string, ty: Scalar, from: Expr, to: Expr, body: Stmt[], opts: { step?: number; unroll?: boolean; independent?: boolean } = {}): Stmt =>
    ({ op: 'for', name, ty, from, to, step: opts.step ?? 1, body, unroll: opts.unroll, ...(opts.independent ? { independent: true } : {}) }),
  while: (cond: Expr, body: Stmt[]): Stmt => ({ op: 'while', cond, body }),
  call: (fn: string, ...args: Expr[]): Stmt => ({ op: 'call', fn, args }),
  return: (value?: Expr): Stmt => ({ op: 'return', value }),
  fail: (check: string, ...message: MessagePart[]): Stmt => ({ op: 'fail', check, message }),
  comment: (text: string): Stmt => ({ op: 'comment', text }),
};

/** What a target can do; everything the builder and the legalization passes need to know. */
export interface Capabilities {
  /** Arithmetic of cos/sin and the rotation: 'f64' (TypeScript numbers) or 'f32' (GPUs). */
  compute: 'f32' | 'f64';
  /** f64 exists (positions and the exact angle may use it). */
  f64: boolean;
  /** 64-bit integers exist; without them indices are u32 and positions i32 (hosts check the ranges). */
  i64: boolean;
  /** sin/cos of an f32 in [−π, π] to about an ulp; without it the exact path evaluates its own polynomial. */
  accurateSinCos: boolean;
  /** How work items are found: one per thread (GPUs) or loops over sequences and tokens (CPU). */
  items: 'threads' | 'loops';
  /** Strided views begin at an element offset in their buffer (WGSL: a binding is a whole buffer), not at a pointer. */
  viewStarts: boolean;
  /** Element types of the integer input buffers. */
  intBuffers: { positions: Scalar; offsets: Scalar; indices: Scalar };
}
