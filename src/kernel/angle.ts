// Positions and the angle, written once: every position source (index, tensor, segment table,
// grid) as kernel IR, and cos/sin of p·ω_j. How a position is held and how the angle is reduced
// follow from what the target can do (Capabilities), in one place:
//
//   representation  who               angle
//   f64             TS (f64 compute)  cos, sin of p·ω in f64 (the library's)
//   f64             CUDA exact        t = p·(ω/2π) in f64, t − rint(t), then f32 sincos on [−π, π]
//   f32             CUDA fast         p·(ω/2π) with the hi/lo split and fma, then the fast sincos
//   split           WGSL exact        p = whole (i32) + frac (f32); turns from 12/12/24-bit parts,
//                                     reduced exactly, then our own polynomial (WGSL's sin/cos are
//                                     only 2^-11 accurate)
//   split           WGSL fast         (whole + frac)·ω in f32, brought into [−π, π], built-in sin/cos
//
// A `sincos table` is read for whole positions inside it, by every representation.
import type { OptimizedIR } from '../compiler/ir.js';
import type { Capabilities } from './ir.js';
import { HostEvaluator } from './evaluate.js';
import { c, e, param, s, v, type ConstTable, type Expr, type Fn, type Scalar, type Stmt } from './ir.js';

export interface PosRepr {
  kind: 'f64' | 'f32' | 'split';
  /** Parameters of the angle function for one position. */
  params: { name: string; ty: Scalar }[];
  /** Statements defining the token's position components (locals pos0 …). */
  compute(ir: OptimizedIR, caps: Capabilities, at: Coords): Stmt[];
  /**
   * The angle function's position arguments for pair j: component `fixed` when the caller knows
   * every pair it passes reads that one, else a select over the components.
   */
  args(ir: OptimizedIR, j: Expr, fixed?: number): Expr[];
}

export interface Coords {
  b: Expr;
  s: Expr;
  flat: Expr;
  idx: Scalar;
  int: Scalar;
  /** Element type of cu_seqlens and grid_sizes. */
  indices: Scalar;
}

const TWO_PI = 2 * Math.PI;

export function positionRepr(ir: OptimizedIR, caps: Capabilities): PosRepr {
  if (!caps.f64) return splitRepr;
  // A cache row is the position itself: f32 would round positions past 2^24 to another row.
  const exact = caps.compute === 'f64' || ir.kernel.precision === 'exact' || ir.kernel.sincos.kind === 'cache';
  return exact ? singleRepr('f64') : singleRepr('f32');
}

// ------------------------------------------------------------------------------------------------
// Where positions come from, in terms of three constructors every representation provides.

interface Make {
  /** Component `name` from an integer. */
  int(name: string, x: Expr): Stmt[];
  /** …from an f32 value. */
  f32(name: string, x: Expr): Stmt[];
  /** …from whole + fraction (a segment table's const: their sum is a float32). */
  wholeFrac(name: string, whole: Expr, frac: Expr): Stmt[];
  /** …from float arithmetic in `arith` (grids). */
  arith: Scalar;
  float(name: string, x: Expr): Stmt[];
}

function sourceStatements(ir: OptimizedIR, at: Coords, make: Make): Stmt[] {
  const { idx, int } = at;
  const C = ir.positions.components;
  const names = Array.from({ length: C }, (_, i) => `pos${i}`);
  const src = ir.positions.source;
  switch (src.kind) {
    case 'index': {
      let p = e.cast(int, at.s);
      if (src.offset === 'scalar') p = e.add(p, param('offset', int));
      if (src.offset === 'per_sequence') p = e.add(p, e.cast(int, e.load('offsets', int, at.b)));
      return make.int('pos0', p);
    }
    case 'tensor':
      return names.flatMap((name, comp) => {
        const i = comp === 0 ? at.flat : e.add(e.mul(c.of(idx, comp), param('tokens', idx)), at.flat);
        return src.element === 'int' ? make.int(name, e.cast(int, e.load('positions', int, i))) : make.f32(name, e.load('positions', 'f32', i));
      });
    case 'segments':
      return segmentStatements(ir, at, make, names);
    case 'grid':
      return gridStatements(ir, at, make, names);
  }
}

/**
 * The segment table (docs/positions.md, "The binary segment table"): [row header: batch + 1 words
 * | 8-word records [kind | v << 4, start, …]]. Every read is clamped to the table (a row's first
 * record at ≥ 0, each word below the table's length), so no table makes a kernel read out of bounds
 * (hosts check tables before a call; CUDA cannot in device memory).
 */
function segmentStatements(ir: OptimizedIR, at: Coords, make: Make, names: string[]): Stmt[] {
  const { idx, int } = at;
  const word = (i: Expr) => e.select(e.lt(i, e.cast(idx, e.length('segment_table'))), e.cast(int, e.load('segment_table', 'i32', i)), c.of(int, 0));
  const value = (i: Expr) => e.select(e.lt(i, e.cast(idx, e.length('segment_values'))), e.load('segment_values', 'f32', i), c.f32(0));
  const I = (n: string) => v(n, idx);
  const N = (n: string) => v(n, int);
  const u = (x: number) => c.of(idx, x);
  const all = (x: (name: string) => Stmt[]) => names.flatMap(x);
  const zero = all((n) => make.int(n, c.of(int, 0)));
  const sInt = e.cast(int, at.s);
  // t(f) = trunc(f32(f32(f·a)·b)): two correctly rounded f32 multiplies (Qwen2.5-VL's float32 time index), f when a = b = 1.
  const time = (fr: Expr, vi: Expr): Stmt[] => [
    s.let('ta', value(vi)),
    s.let('tb', value(e.add(vi, u(1)))),
    s.let('tf', e.select(e.and(e.eq(v('ta', 'f32'), c.f32(1)), e.eq(v('tb', 'f32'), c.f32(1))), fr,
      e.cast(int, e.un('trunc', e.mul(e.mul(e.cast('f32', fr), v('ta', 'f32')), v('tb', 'f32')))))),
  ];
  const grid: Stmt[] = [
    s.let('sh', e.max(word(e.add(I('w'), u(5))), c.of(int, 1))),
    s.let('sw', e.max(word(e.add(I('w'), u(6))), c.of(int, 1))),
    s.let('kk', e.add(word(e.add(I('w'), u(7))), N('d'))),
    s.let('fr', e.div(N('kk'), e.mul(N('sh'), N('sw')))),
    s.let('rr', e.sub(N('kk'), e.mul(e.mul(N('fr'), N('sh')), N('sw')))),
    s.let('hh', e.div(N('rr'), N('sw'))),
    ...time(N('fr'), I('vi')),
    ...make.int(names[0], e.add(word(e.add(I('w'), u(2))), N('tf'))),
    ...(names.length === 3 ? [
      ...make.int(names[1], e.add(word(e.add(I('w'), u(3))), N('hh'))),
      ...make.int(names[2], e.add(word(e.add(I('w'), u(4))), e.sub(N('rr'), e.mul(N('hh'), N('sw'))))),
    ] : []),
  ];
  const frames: Stmt[] = [
    s.let('nf', word(e.add(I('w'), u(2)))),
    s.let('frame', e.max(e.min(e.div(e.add(word(e.add(I('w'), u(4))), N('d')), e.max(word(e.add(I('w'), u(3))), c.of(int, 1))), e.sub(N('nf'), c.of(int, 1))), c.of(int, 0))),
    s.if(e.le(N('nf'), c.of(int, 0)), zero, all((n) => make.f32(n, value(e.add(I('vi'), e.cast(idx, N('frame'))))))),
  ];
  return [
    ...names.flatMap((n) => declare(make, n)),
    s.let('header', e.add(param('batch', idx), u(1))),
    // (Clamped at 0: a row header in device memory, which no host can check, may hold anything.)
    s.var('lo', e.cast(idx, e.max(word(at.b), c.of(int, 0)))),
    s.let('end', e.cast(idx, word(e.add(at.b, u(1))))),
    s.if(e.le(I('end'), I('lo')), zero, [
      // The last record of the row whose start is ≤ s (binary search).
      s.var('hi', e.sub(I('end'), u(1))),
      s.while(e.lt(I('lo'), I('hi')), [
        s.let('mid', e.sub(I('hi'), e.div(e.sub(I('hi'), I('lo')), u(2)))),
        s.if(e.le(word(e.add(e.add(I('header'), e.mul(u(8), I('mid'))), u(1))), sInt), [s.set('lo', I('mid'))], [s.set('hi', e.sub(I('mid'), u(1)))]),
      ]),
      s.let('w', e.add(I('header'), e.mul(u(8), I('lo')))),
      s.let('kind', e.bitand(word(I('w')), c.of(int, 15))),
      s.let('vi', e.cast(idx, e.shr(e.bitcast('u32', e.cast('i32', word(I('w')))), c.u32(4)))),
      s.let('d', e.sub(sInt, word(e.add(I('w'), u(1))))),
      s.if(e.eq(N('kind'), c.of(int, 0)), all((n) => make.int(n, e.add(word(e.add(I('w'), u(2))), N('d')))), [
        s.if(e.eq(N('kind'), c.of(int, 1)),
          all((n) => make.wholeFrac(n, word(e.add(I('w'), u(2))), e.bitcast('f32', e.cast('i32', word(e.add(I('w'), u(3))))))), [
            s.if(e.eq(N('kind'), c.of(int, 2)), grid, frames),
          ]),
      ]),
    ]),
  ].map(assignInsteadOf(declaredNames(make, names)));
}

/**
 * A grid cell: the sizes (run-time, or row b of grid_sizes clamped to ≥ 1), the cell index along
 * each axis (last axis fastest), then the affine map or the normalization to [−1, 1].
 */
function gridStatements(ir: OptimizedIR, at: Coords, make: Make, names: string[]): Stmt[] {
  const src = ir.positions.source;
  if (src.kind !== 'grid') return [];
  const { idx, int } = at;
  const n = src.axes.length;
  const size = (a: number): Expr => src.sizes === 'uniform'
    ? param(`grid_${src.axes[a].name}`, idx)
    : e.max(e.cast(idx, e.load('grid_sizes', at.indices, e.add(e.mul(at.b, c.of(idx, n)), c.of(idx, a)))), c.of(idx, 1));
  const F = make.arith;
  const cells: Stmt[] = [s.var('rest', e.sub(at.s, c.of(idx, src.prefix)))];
  for (let a = 0; a < n; a++) cells.push(s.let(`gs${a}`, size(a)));
  for (let a = n - 1; a >= 0; a--) {
    cells.push(s.let(`gi${a}`, e.mod(v('rest', idx), v(`gs${a}`, idx))));
    if (a > 0) cells.push(s.set('rest', e.div(v('rest', idx), v(`gs${a}`, idx))));
  }
  const sizeF = (a: number) => e.cast(F, v(`gs${a}`, idx));
  const cellF = (a: number) => e.cast(F, v(`gi${a}`, idx));
  const extent = (a: number): Expr => {
    if (src.normalize === 'separate') return sizeF(a);
    let m: Expr = v('gs0', idx);
    for (let x = 1; x < n; x++) m = src.normalize === 'max' ? e.max(m, v(`gs${x}`, idx)) : e.min(m, v(`gs${x}`, idx));
    return e.cast(F, m);
  };
  const value = src.axes.flatMap((aff, a): Stmt[] => {
    if (src.normalize !== 'none') {
      const unit = e.sub(e.mul(c.of(F, 2), e.div(e.add(cellF(a), c.of(F, 0.5)), extent(a))), c.of(F, 1));
      return make.float(names[a], scaled(unit, aff.scale, F));
    }
    if (src.integral) {
      const x = e.mul(e.add(e.mul(e.cast(int, v(`gi${a}`, idx)), c.of(int, aff.stride)), c.of(int, aff.shift)), c.of(int, aff.scale));
      return make.int(names[a], x);
    }
    const cell = src.center ? e.sub(cellF(a), e.mul(e.cast(F, e.sub(v(`gs${a}`, idx), c.of(idx, 1))), c.of(F, 0.5))) : cellF(a);
    return make.float(names[a], e.mul(e.add(e.mul(cell, c.of(F, aff.stride)), c.of(F, aff.shift)), c.of(F, aff.scale)));
  });
  return [
    ...names.flatMap((nm) => declare(make, nm)),
    s.if(e.lt(at.s, c.of(idx, src.prefix)), names.flatMap((nm) => make.int(nm, c.of(int, 0))), [...cells, ...value]),
  ].map(assignInsteadOf(declaredNames(make, names)));
}

const scaled = (x: Expr, by: number, F: Scalar) => (by === 1 ? x : e.mul(x, c.of(F, by)));

/** Mutable locals for the components, declared before the branches that set them. */
function declare(make: Make, name: string): Stmt[] {
  return make.int(name, c.i32(0)).map((st) => (st.op === 'let' ? { ...st, mutable: true } : st));
}

function declaredNames(make: Make, names: string[]): Set<string> {
  return new Set(names.flatMap((n) => declare(make, n)).flatMap((st) => (st.op === 'let' ? [st.name] : [])));
}

/** Inside the branches, the component constructors assign the declared locals (temporaries stay lets). */
const assignInsteadOf = (declared: Set<string>) => (st: Stmt) => assignInsteadOfLet(st, declared);

function assignInsteadOfLet(st: Stmt, declared: Set<string>): Stmt {
  const walk = (x: Stmt, top: boolean): Stmt => {
    if (x.op === 'let' && !top && declared.has(x.name)) return s.set(x.name, x.value);
    if (x.op === 'if') return { ...x, then: x.then.map((y) => walk(y, false)), else: x.else?.map((y) => walk(y, false)) };
    if (x.op === 'while' || x.op === 'for') return { ...x, body: x.body.map((y) => walk(y, false)) };
    return x;
  };
  return walk(st, true);
}

// ------------------------------------------------------------------------------------------------
// Representations

function singleRepr(F: 'f64' | 'f32'): PosRepr {
  const make: Make = {
    int: (name, x) => [s.let(name, e.cast(F, x))],
    f32: (name, x) => [s.let(name, e.cast(F, x))],
    wholeFrac: (name, whole, frac) => [s.let(name, e.add(e.cast(F, whole), e.cast(F, frac)))],
    arith: F,
    float: (name, x) => [s.let(name, x)],
  };
  return {
    kind: F,
    params: [{ name: 'p', ty: F }],
    compute: (ir, _caps, at) => sourceStatements(ir, at, make).map((st) => retype(st, F)),
    args: (ir, j, fixed) => [component(ir, j, (i) => v(`pos${i}`, F), fixed)],
  };
}

/** A position as whole (i32) + fraction (f32): exact for whole numbers up to 2^31 without f64. */
const splitRepr: PosRepr = (() => {
  const split = (name: string, x: Expr): Stmt[] => [
    s.let(`${name}_fl`, e.un('floor', x)),
    s.let(`${name}_w`, e.cast('i32', v(`${name}_fl`, 'f32'))),
    s.let(`${name}_f`, e.sub(x, v(`${name}_fl`, 'f32'))),
  ];
  const make: Make = {
    int: (name, x) => [s.let(`${name}_w`, e.cast('i32', x)), s.let(`${name}_f`, c.f32(0))],
    f32: split,
    // whole + fraction is a float32, and so is f32(whole) whenever the fraction is not 0: the sum is exact.
    wholeFrac: (name, whole, frac) => [
      s.let(`${name}_x`, e.add(e.cast('f32', whole), frac)),
      s.let(`${name}_w`, e.select(e.eq(frac, c.f32(0)), e.cast('i32', whole), e.cast('i32', e.un('floor', v(`${name}_x`, 'f32'))))),
      s.let(`${name}_f`, e.select(e.eq(frac, c.f32(0)), c.f32(0), e.sub(v(`${name}_x`, 'f32'), e.un('floor', v(`${name}_x`, 'f32'))))),
    ],
    arith: 'f32',
    float: split,
  };
  return {
    kind: 'split',
    params: [{ name: 'pw', ty: 'i32' }, { name: 'pf', ty: 'f32' }],
    compute: (ir, _caps, at) => sourceStatements(ir, at, make),
    args: (ir, j, fixed) => [component(ir, j, (i) => v(`pos${i}_w`, 'i32'), fixed), component(ir, j, (i) => v(`pos${i}_f`, 'f32'), fixed)],
  };
})();

/** Declared component locals take the representation's type. */
function retype(st: Stmt, F: Scalar): Stmt {
  if (st.op === 'let' && /^pos\d$/.test(st.name)) return { ...st, ty: F, value: st.value.ty === F ? st.value : e.cast(F, st.value) };
  return st;
}

/** Component c of pair j: the only one, or a select over PAIR_COMPONENT[j]. */
function component(ir: OptimizedIR, j: Expr, at: (c: number) => Expr, fixed?: number): Expr {
  if (fixed !== undefined) return at(fixed);
  const comps = [...new Set(ir.pairs.map((p) => ir.positions.axisComponent[p.axis]))];
  if (comps.length === 1) return at(comps[0]);
  const cj = e.table('PAIR_COMPONENT', 'u32', j);
  let out = at(ir.positions.components - 1);
  for (let i = ir.positions.components - 2; i >= 0; i--) out = e.select(e.eq(cj, c.u32(i)), at(i), out);
  return out;
}

// ------------------------------------------------------------------------------------------------
// The angle

/** Constant tables the angle reads (static ω), or none when the host computes them per call. */
export function angleConstants(ir: OptimizedIR, caps: Capabilities, pos: PosRepr): ConstTable[] {
  const fill = angleTableFill(ir, caps, pos);
  // ω depends on seq_len: tables of the same names, filled by the host for each call.
  if (ir.omega.kind !== 'static') return fill.tables.map((t) => ({ ...t, values: [], dynamic: true }));
  const omega = ir.omega.omega;
  const arrays: Record<string, number[]> = { omega: [...omega] };
  for (const t of fill.tables) arrays[t.name] = omega.map(() => 0);
  new HostEvaluator({ sizes: {}, arrays }).run(fill.body);
  return fill.tables.map((t) => ({ ...t, values: arrays[t.name] }));
}

/**
 * The per-pair tables the angle of this representation reads, and the host code that fills them
 * from ω (buffer `omega`, f64), one rule for the compile-time tables of a static ω and the per-call
 * ones of a dynamic ω: ω itself (f64 compute), turns = ω/2π (CUDA exact), its f32 hi/lo split (CUDA
 * fast), its 12/12/24-bit parts and ω in f32 (WGSL).
 */
export function angleTableFill(ir: OptimizedIR, caps: Capabilities, pos: PosRepr): { tables: Omit<ConstTable, 'values'>[]; body: Stmt[] } {
  const j = v('j', 'i32');
  const w = e.load('omega', 'f64', j);
  const turns = e.div(w, c.f64(TWO_PI));
  const f32 = (x: Expr) => e.cast('f32', x);
  const each = (...body: Stmt[]) => [s.for('j', 'i32', c.i32(0), c.i32(ir.pairs.length), body)];
  const t = (name: string) => v(name, 'f64');
  if (caps.compute === 'f64') return { tables: [{ name: 'OMEGA', ty: 'f64', doc: 'ω_j' }], body: each(s.store('OMEGA', j, w)) };
  if (pos.kind === 'f64') return { tables: [{ name: 'TURNS', ty: 'f64', doc: 'ω_j / 2π (the exact path reduces p·turns in f64)' }], body: each(s.store('TURNS', j, turns)) };
  if (pos.kind === 'f32') {
    return {
      tables: [
        { name: 'TURNS_HI', ty: 'f32', doc: 'ω_j / 2π split into f32 hi + lo (the fast path reduces p·turns with fma)' },
        { name: 'TURNS_LO', ty: 'f32' },
      ],
      body: each(s.let('t', turns), s.let('hi', f32(t('t'))), s.store('TURNS_HI', j, v('hi', 'f32')), s.store('TURNS_LO', j, f32(e.sub(t('t'), e.cast('f64', v('hi', 'f32')))))),
    };
  }
  if (ir.kernel.precision === 'fast') return { tables: [{ name: 'OMEGA', ty: 'f32', doc: 'ω_j as f32' }], body: each(s.store('OMEGA', j, f32(w))) };
  return {
    tables: [
      { name: 'TURNS_HI', ty: 'f32', doc: 'ω_j / 2π as hi + mid + lo f32 parts of 12, 12 and 24 significant bits: hi and mid times a whole number below 2^12 are exact in f32' },
      { name: 'TURNS_MID', ty: 'f32' },
      { name: 'TURNS_LO', ty: 'f32' },
    ],
    body: each(
      s.let('t', turns),
      ...roundToBits('hi', t('t'), 12),
      ...roundToBits('mid', e.sub(t('t'), t('hi')), 12),
      s.store('TURNS_HI', j, f32(t('hi'))),
      s.store('TURNS_MID', j, f32(t('mid'))),
      s.store('TURNS_LO', j, f32(e.sub(e.sub(t('t'), t('hi')), t('mid')))),
    ),
  };
}

/**
 * `name` = x rounded to `bits` significant bits (f64), 0 below float32's smallest subnormal
 * (2^-149: every part is 0 in float32 there, and the scale would overflow) and for ±∞, NaN.
 * floor(y + 0.5) is exact here: |y| < 2^13.
 */
function roundToBits(name: string, x: Expr, bits: number): Stmt[] {
  const ax = v(`${name}_abs`, 'f64');
  const scale = v(`${name}_scale`, 'f64');
  return [
    s.let(`${name}_abs`, e.un('abs', x)),
    s.var(name, c.f64(0)),
    s.if(e.and(e.un('isFinite', x), e.ge(ax, c.f64(2 ** -149))), [
      s.let(`${name}_scale`, e.pow(c.f64(2), e.sub(c.f64(bits - 1), e.un('floor', e.un('log2', ax))))),
      s.set(name, e.div(e.un('floor', e.add(e.mul(x, scale), c.f64(0.5))), scale)),
    ]),
  ];
}

/**
 * Registers the angle function of this target and returns a caller: (cos, sin) of pair j at the
 * item's position, unscaled (vec2 of the compute type). Whole positions inside a `sincos table`
 * read it; others are computed.
 */
export function angleFunction(ir: OptimizedIR, caps: Capabilities, pos: PosRepr, functions: Map<string, Fn>, idx: Scalar): (j: Expr, fixed?: number) => Expr {
  const F = caps.compute;
  const vec = F === 'f64' ? 'vec2d' : 'vec2f';
  const name = 'pair_sincos';
  if (!functions.has(name)) {
    const j = v('j', idx);
    const table = (tname: string, ty: Scalar) => e.table(tname, ty, j);
    const body: Stmt[] = [];
    const P = c.of(idx, ir.pairs.length);
    const sc = ir.kernel.sincos;
    if (sc.kind === 'cache') {
      body.push(...cacheRead(ir, caps, pos, idx, sc));
      functions.set(name, { name, params: [...pos.params, { name: 'j', ty: idx }], ret: vec, body, doc: 'cos and sin of pair j at the position, from the cache (NaN outside it)' });
      return (j, fixed) => e.call(name, vec, ...pos.args(ir, j, fixed), j);
    }
    if (ir.kernel.sincos.kind === 'table') {
      const N = ir.kernel.sincos.maxPositions;
      let whole: Expr;
      let row: Expr;
      if (pos.kind === 'split') {
        whole = e.and(e.eq(v('pf', 'f32'), c.f32(0)), e.and(e.ge(v('pw', 'i32'), c.i32(0)), e.lt(v('pw', 'i32'), c.i32(N))));
        row = e.cast(idx, v('pw', 'i32'));
      } else {
        const p = v('p', pos.kind);
        whole = e.and(e.and(e.ge(p, c.of(pos.kind, 0)), e.lt(p, c.of(pos.kind, N))), e.eq(p, e.un('floor', p)));
        row = e.cast(idx, p);
      }
      const at = e.mul(e.add(e.mul(row, P), j), c.of(idx, 2));
      body.push(s.if(whole, [
        s.let('ti', at),
        s.return(e.vec(vec, [e.cast(F, e.load('sincos_table', 'f32', v('ti', idx))), e.cast(F, e.load('sincos_table', 'f32', e.add(v('ti', idx), c.of(idx, 1))))])),
      ]));
    }
    body.push(...computedAngle(ir, caps, pos, table));
    functions.set(name, { name, params: [...pos.params, { name: 'j', ty: idx }], ret: vec, body, doc: 'cos and sin of p·ω_j (unscaled)' });
    if (pos.kind === 'split' && ir.kernel.precision === 'exact') {
      const x = v('x', 'f32');
      functions.set('reduce_turns', { name: 'reduce_turns', params: [{ name: 'x', ty: 'f32' }], ret: 'f32', body: [s.return(e.sub(x, e.un('rint', x)))], doc: 'x modulo 1 turn, in [−½, ½]' });
      functions.set('sincos_turns', sincosTurns());
    }
  }
  return (j, fixed) => e.call(name, vec, ...pos.args(ir, j, fixed), j);
}

/**
 * `sincos cache(…)`: row p of the caller's cache, column j (cos) and P + j (sin) of cos_sin_cache
 * or column j of cos_cache and sin_cache. A position that is not a row of the cache reads nothing
 * and gives NaN (hosts that can see the positions refuse them before the call; a CUDA launch
 * cannot), built from a run-time value so that no compiler folds it away or refuses a NaN constant.
 */
function cacheRead(ir: OptimizedIR, caps: Capabilities, pos: PosRepr, idx: Scalar, sc: { layout: 'cos_sin' | 'split'; dtype: 'f32' | 'f16' | 'bf16' }): Stmt[] {
  const F = caps.compute;
  const vec = F === 'f64' ? 'vec2d' : 'vec2f';
  const P = ir.pairs.length;
  const rows = param('cache_positions', idx);
  let inside: Expr;
  let row: Expr;
  if (pos.kind === 'split') {
    const pw = v('pw', 'i32');
    inside = e.and(e.eq(v('pf', 'f32'), c.f32(0)), e.and(e.ge(pw, c.i32(0)), e.lt(e.cast(idx, pw), rows)));
    row = e.cast(idx, pw);
  } else {
    const p = v('p', pos.kind);
    inside = e.and(e.and(e.ge(p, c.of(pos.kind, 0)), e.lt(p, e.cast(pos.kind, rows))), e.eq(p, e.un('floor', p)));
    row = e.cast(idx, p);
  }
  const j = v('j', idx);
  const read = (name: string, at: Expr) => (sc.dtype === 'f32' ? e.cast(F, e.load(name, 'f32', at)) : e.decode(sc.dtype, e.load(name, sc.dtype, at), F));
  const [cosAt, sinAt] = sc.layout === 'cos_sin'
    ? [e.add(e.mul(row, c.of(idx, 2 * P)), j), e.add(e.add(e.mul(row, c.of(idx, 2 * P)), c.of(idx, P)), j)]
    : [e.add(e.mul(row, c.of(idx, P)), j), e.add(e.mul(row, c.of(idx, P)), j)];
  const [cosName, sinName] = sc.layout === 'cos_sin' ? ['cos_sin_cache', 'cos_sin_cache'] : ['cos_cache', 'sin_cache'];
  const nan = e.cast(F, e.bitcast('f32', e.bitor(c.u32(0x7fc00000), e.bitand(e.cast('u32', j), c.u32(0)))));
  return [
    s.if(inside, [s.return(e.vec(vec, [read(cosName, cosAt), read(sinName, sinAt)]))]),
    s.let('none', nan),
    s.return(e.vec(vec, [v('none', F), v('none', F)])),
  ];
}

function computedAngle(ir: OptimizedIR, caps: Capabilities, pos: PosRepr, table: (name: string, ty: Scalar) => Expr): Stmt[] {
  const t = table;
  if (caps.compute === 'f64') {
    const angle = e.mul(v('p', 'f64'), t('OMEGA', 'f64'));
    return [s.let('angle', angle), s.return(e.vec('vec2d', [e.un('cos', v('angle', 'f64')), e.un('sin', v('angle', 'f64'))]))];
  }
  if (pos.kind === 'f64') {
    return [
      s.let('t', e.mul(v('p', 'f64'), t('TURNS', 'f64'))),
      s.let('r', e.sub(v('t', 'f64'), e.un('rint', v('t', 'f64')))),
      s.return(e.sincos(e.cast('f32', e.mul(v('r', 'f64'), c.f64(6.283185307179586))))),
    ];
  }
  if (pos.kind === 'f32') {
    const p = v('p', 'f32');
    return [
      s.let('hi', t('TURNS_HI', 'f32')),
      s.let('th', e.mul(p, v('hi', 'f32'))),
      s.let('err', e.fma(p, v('hi', 'f32'), e.neg(v('th', 'f32')))),
      s.let('tt', e.add(e.sub(v('th', 'f32'), e.un('rint', v('th', 'f32'))), e.fma(p, t('TURNS_LO', 'f32'), v('err', 'f32')))),
      s.return(e.sincos(e.mul(v('tt', 'f32'), c.f32(6.2831855)), true)),
    ];
  }
  if (ir.kernel.precision === 'fast') {
    // φ = p·ω in f32, brought into [−π, π], then the platform's sin and cos (2^-11 absolute there).
    const twoPi = c.f32(6.2831853071795864769);
    return [
      s.let('x', e.mul(e.add(e.cast('f32', v('pw', 'i32')), v('pf', 'f32')), t('OMEGA', 'f32'))),
      s.let('phi', e.sub(v('x', 'f32'), e.mul(twoPi, e.un('rint', e.div(v('x', 'f32'), twoPi))))),
      s.return(e.sincos(v('phi', 'f32'), true)),
    ];
  }
  // p·ω/2π modulo 1 turn without rounding the big products: p = a·2^24 + b·2^12 + cc + frac (a, b,
  // cc whole, b and cc below 2^12) and ω/2π = hi + mid + lo; the six products of a·2^24, b·2^12, cc
  // with hi and mid are exact in f32; each is reduced modulo 1 (exactly) and the small remaining
  // terms are added: the result is in [−½, ½] turn.
  const red = (x: Expr) => e.call('reduce_turns', 'f32', x);
  const pw = v('pw', 'i32');
  const A = v('qa', 'f32');
  const Bv = v('qb', 'f32');
  const Cc = v('qc', 'f32');
  const hi = v('rh', 'f32');
  const mid = v('rm', 'f32');
  const lo = v('rl', 'f32');
  const acc = v('acc', 'f32');
  return [
    s.let('rh', t('TURNS_HI', 'f32')),
    s.let('rm', t('TURNS_MID', 'f32')),
    s.let('rl', t('TURNS_LO', 'f32')),
    s.let('qa', e.mul(e.cast('f32', e.shr(pw, c.u32(24))), c.f32(16777216))),
    s.let('qb', e.mul(e.cast('f32', e.bitand(e.shr(pw, c.u32(12)), c.i32(4095))), c.f32(4096))),
    s.let('qc', e.cast('f32', e.bitand(pw, c.i32(4095)))),
    s.var('acc', red(e.mul(A, hi))),
    s.set('acc', red(e.add(acc, red(e.mul(A, mid))))),
    s.set('acc', red(e.add(acc, red(e.mul(Bv, hi))))),
    s.set('acc', red(e.add(acc, red(e.mul(Bv, mid))))),
    s.set('acc', red(e.add(acc, red(e.mul(Cc, hi))))),
    s.set('acc', red(e.add(acc, red(e.mul(Cc, mid))))),
    s.let('small', e.add(e.add(e.add(red(e.mul(A, lo)), red(e.mul(Bv, lo))), red(e.mul(Cc, lo))), red(e.mul(v('pf', 'f32'), e.add(e.add(hi, mid), lo))))),
    s.return(e.call('sincos_turns', 'vec2f', red(e.add(acc, v('small', 'f32'))))),
  ];
}

/**
 * cos and sin of t turns, t in [−½, ½]: q = rint(4t) (exact), x = 2π·(t − q/4) in [−π/4, π/4],
 * Taylor polynomials to x^9 and x^10 (truncation below 3e-8), then a quarter-turn rotation by q.
 */
function sincosTurns(): Fn {
  const x = v('x', 'f32');
  const x2 = v('x2', 'f32');
  const horner = (coeffs: number[]): Expr => coeffs.slice(0, -1).reduceRight<Expr>((acc, k) => e.add(c.f32(k), e.mul(x2, acc)), c.f32(coeffs[coeffs.length - 1]));
  const sn = v('sn', 'f32');
  const cs = v('cs', 'f32');
  const quadrant = v('quadrant', 'i32');
  return {
    name: 'sincos_turns',
    params: [{ name: 't', ty: 'f32' }],
    ret: 'vec2f',
    doc: 'cos and sin of t turns by our own polynomial (WGSL promises only 2^-11 for its sin and cos)',
    body: [
      s.let('quarter', e.un('rint', e.mul(c.f32(4), v('t', 'f32')))),
      s.let('x', e.mul(e.sub(v('t', 'f32'), e.mul(c.f32(0.25), v('quarter', 'f32'))), c.f32(6.2831853071795864769))),
      s.let('x2', e.mul(x, x)),
      s.let('sn', e.mul(x, horner([1, -1.6666666666666666e-1, 8.333333333333333e-3, -1.984126984126984e-4, 2.7557319223985893e-6]))),
      s.let('cs', horner([1, -0.5, 4.1666666666666664e-2, -1.388888888888889e-3, 2.48015873015873e-5, -2.755731922398589e-7])),
      s.let('quadrant', e.bitand(e.cast('i32', v('quarter', 'f32')), c.i32(3))),
      s.if(e.eq(quadrant, c.i32(1)), [s.return(e.vec('vec2f', [e.neg(sn), cs]))]),
      s.if(e.eq(quadrant, c.i32(2)), [s.return(e.vec('vec2f', [e.neg(cs), e.neg(sn)]))]),
      s.if(e.eq(quadrant, c.i32(3)), [s.return(e.vec('vec2f', [sn, e.neg(cs)]))]),
      s.return(e.vec('vec2f', [cs, sn])),
    ],
  };
}
