// Legalization: IR → IR passes that rewrite what a target cannot express, chosen by its
// capabilities, never by its name. Each pass is small and keeps the numbers: it changes how a value
// is held or reached, not what is computed.
//
//   pruneParams   drop function parameters the body never reads (and the arguments at call sites)
//   deadLets      drop locals nobody reads (C compilers warn about them)
//   inline        splice every call into its caller (TypeScript: one monomorphic hot loop)
//   scalarize     vec2 values → two scalars (targets without small vectors)
//   unroll        loops marked unrollable with constant bounds → straight code (WGSL)
//   arraysToLocals local arrays indexed by constants → scalars (after unroll; WGSL)
//   pack16        16-bit q/k elements → halves of u32 words, stores as read-modify-write (WGSL)
//   pack8         fp8 bytes → bytes of u32 words: a chunk's four bytes one store, a lone byte two atomics (WGSL)
//   vectorBound   q/k bound as 16-byte vectors: scalar lanes → lanes of owned vectors (WGSL)
//   boundsCheck   every buffer read and write checked against the buffer's length (WGSL)
import type { Buffer, Expr, Fn, KernelModule, Scalar, Storage16, Stmt, Ty, Vector } from './ir.js';
import { c, e, s, v } from './ir.js';
import { calls, mapChildren, mapExprs, mapStmts, walk } from './visit.js';

export type Pass = (m: KernelModule) => KernelModule;

/** The kernel IR stages `ropec build --dump-after` can print: as built, and after a target's passes. */
export const KERNEL_STAGES = ['kernel', 'legalized'] as const;
export type KernelStage = (typeof KERNEL_STAGES)[number];
/** Sees a kernel module at a stage; `variant` names a second kernel of one target (WGSL's native-f16 shader). */
export type KernelObserver = (stage: KernelStage, m: KernelModule, variant?: string) => void;

/** Runs passes in order, showing `observe` the module before and after. */
export function legalize(m: KernelModule, passes: Pass[], observe?: KernelObserver): KernelModule {
  observe?.('kernel', m);
  const out = passes.reduce((acc, p) => p(acc), m);
  observe?.('legalized', out);
  return out;
}

const mapBodies = (m: KernelModule, fn: (body: Stmt[]) => Stmt[]): KernelModule => ({
  ...m,
  functions: m.functions.map((f) => ({ ...f, body: fn(f.body) })),
  entries: m.entries.map((x) => ({ ...x, body: fn(x.body) })),
});

/** Names a body reads (variables, including arrays). */
function reads(body: Stmt[]): Set<string> {
  const out = new Set<string>();
  walk(body, (x) => {
    if (x.op === 'var') out.add(x.name);
    if (x.op === 'index') out.add(x.array);
  }, (st) => {
    if (st.op === 'aset') out.add(st.array);
    if (st.op === 'setComponent') out.add(st.name);
  });
  return out;
}

export const pruneParams: Pass = (m) => {
  let cur = m;
  for (;;) {
    const unused = new Map<string, number[]>();
    for (const f of cur.functions) {
      const used = reads(f.body);
      const drop = f.params.map((p, i) => (used.has(p.name) ? -1 : i)).filter((i) => i >= 0);
      if (drop.length > 0) unused.set(f.name, drop);
    }
    if (unused.size === 0) return cur;
    const strip = (fn: string, args: Expr[]) => args.filter((_, i) => !unused.get(fn)?.includes(i));
    cur = mapBodies({
      ...cur,
      functions: cur.functions.map((f) => ({ ...f, params: f.params.filter((_, i) => !unused.get(f.name)?.includes(i)) })),
    }, (body) => mapStmts(mapExprs(body, (x) => (x.op === 'call' && unused.has(x.fn) ? { ...x, args: strip(x.fn, x.args) } : x)),
      (st) => [st.op === 'call' && unused.has(st.fn) ? { ...st, args: strip(st.fn, st.args) } : st]));
  }
};

export const deadLets: Pass = (m) => mapBodies(m, (body) => dropUnread(body));

/**
 * `body` without the locals nobody reads, except those in `keep` (read by code around it). A local
 * is read only after its declaration in its own block: two branches that each declare `chunk` are
 * two locals, and the one its branch never reads goes (C compilers warn about it).
 */
export function dropUnread(body: Stmt[], keep: ReadonlySet<string> = new Set()): Stmt[] {
  let cur = body;
  for (;;) {
    const used = reads(cur);
    keep.forEach((name) => used.add(name));
    let changed = false;
    const block = (list: Stmt[]): Stmt[] => {
      // Which declarations nothing after them in this block reads (one pass from the end).
      const unread = new Array<boolean>(list.length).fill(false);
      const later = new Set<string>();
      for (let i = list.length - 1; i >= 0; i--) {
        const st = list[i];
        if ((st.op === 'let' || st.op === 'array') && !later.has(st.name)) unread[i] = true;
        reads([st]).forEach((name) => later.add(name));
      }
      const out: Stmt[] = [];
      /** Locals of this block dropped as unread by what follows them: their assignments there go too. */
      const dead = new Set<string>();
      list.forEach((st, i) => {
        const declares = st.op === 'let' || st.op === 'array' ? st.name : undefined;
        if (declares !== undefined && !keep.has(declares) && unread[i]) {
          changed = true;
          dead.add(declares);
          return;
        }
        if (st.op === 'assign' && (!used.has(st.name) || dead.has(st.name))) {
          changed = true;
          return;
        }
        const inner = (xs: Stmt[]) => block(dead.size === 0 ? xs : dropAssigns(xs, dead));
        if (st.op === 'if') out.push({ ...st, then: inner(st.then), else: st.else && inner(st.else) });
        else if (st.op === 'for' || st.op === 'while') out.push({ ...st, body: inner(st.body) });
        else out.push(st);
      });
      return out;
    };
    cur = block(cur);
    if (!changed) return cur;
  }
}

/** `body` without assignments to `names` (locals of an enclosing block that nothing reads any more). */
function dropAssigns(body: Stmt[], names: ReadonlySet<string>): Stmt[] {
  return mapStmts(body, (st) => (st.op === 'assign' && names.has(st.name) ? [] : [st]));
}

// ------------------------------------------------------------------------------------------------
// inline

/**
 * Splices calls into their callers. A callee must return only at its end or from a top-level `if`
 * whose branch ends in a return; those become if/else chains assigning the result. Locals of the
 * callee are renamed with a suffix so inlined copies never collide.
 */
export const inline: Pass = (m) => {
  const byName = new Map(m.functions.map((f) => [f.name, f]));
  let counter = 0;
  const expand = (body: Stmt[]): Stmt[] => mapStmts(body, (st) => {
    const pre: Stmt[] = [];
    const lift = (x: Expr): Expr => {
      if (x.op !== 'call') return x;
      const f = byName.get(x.fn);
      if (!f) return x;
      const { stmts, result } = spliced(f, x.args, `_${++counter}`);
      pre.push(...expand(stmts));
      return result!;
    };
    if (st.op === 'call') {
      const f = byName.get(st.fn);
      if (f) return expand(spliced(f, st.args, `_${++counter}`).stmts);
      return [st];
    }
    const [rewritten] = mapExprs([st], lift);
    return [...pre, rewritten];
  });
  return { ...m, functions: [], entries: m.entries.map((x) => ({ ...x, body: expand(x.body) })) };
};

function spliced(f: Fn, args: Expr[], suffix: string): { stmts: Stmt[]; result?: Expr } {
  const locals = new Set<string>(f.params.map((p) => p.name));
  walk(f.body, () => {}, (st) => {
    if (st.op === 'let' || st.op === 'array') locals.add(st.name);
    if (st.op === 'for') locals.add(st.name);
  });
  const rename = (n: string) => (locals.has(n) ? `${n}${suffix}` : n);
  // Simple arguments (a variable, a constant, a size) replace their parameter; others get a local.
  const simple = (x: Expr) => x.op === 'var' || x.op === 'const' || x.op === 'param';
  const direct = new Map<string, Expr>();
  f.params.forEach((p, i) => { if (simple(args[i])) direct.set(rename(p.name), args[i]); });
  const renamed = mapExprs(renameLocals(f.body, rename), (x) => (x.op === 'var' && direct.has(x.name) ? direct.get(x.name)! : x));
  const stmts: Stmt[] = f.params.flatMap((p, i) => (direct.has(rename(p.name)) ? [] : [s.let(rename(p.name), args[i], p.ty)]));
  if (f.ret === 'void') return { stmts: [...stmts, ...stripReturns(renamed)] };
  // A body that returns only at its end inlines as its statements and the returned expression.
  const last = renamed[renamed.length - 1];
  let early = false;
  walk(renamed.slice(0, -1), () => {}, (st) => { if (st.op === 'return') early = true; });
  if (!early && last?.op === 'return' && last.value) return { stmts: [...stmts, ...renamed.slice(0, -1)], result: last.value };
  const out = `ret${suffix}`;
  stmts.push({ op: 'let', name: out, ty: f.ret, value: zero(f.ret), mutable: true });
  stmts.push(...returnsToAssign(renamed, out));
  return { stmts, result: v(out, f.ret) };
}

function zero(ty: Ty): Expr {
  const parts = { vec2f: ['f32', 2], vec2d: ['f64', 2], vec4f: ['f32', 4], vec4u: ['u32', 4] } as Record<string, [Scalar, number]>;
  if (parts[ty]) return e.vec(ty as Vector, Array.from({ length: parts[ty][1] }, () => c.of(parts[ty][0], 0)));
  // An f16 storage element (WGSL's array<f16>) is a literal of its own type.
  return { op: 'const', ty: ty as Scalar, value: 0 };
}

function renameLocals(body: Stmt[], rename: (n: string) => string): Stmt[] {
  const ex = (x: Expr): Expr => {
    const y = mapChildren(x, ex);
    if (y.op === 'var') return { ...y, name: rename(y.name) };
    if (y.op === 'index') return { ...y, array: rename(y.array) };
    return y;
  };
  const st = (x: Stmt): Stmt => {
    const [y] = mapExprs([x], (z) => z);
    switch (y.op) {
      case 'let': return { ...y, name: rename(y.name), value: ex(y.value) };
      case 'assign': return { ...y, name: rename(y.name), value: ex(y.value) };
      case 'array': return { ...y, name: rename(y.name) };
      case 'aset': return { ...y, array: rename(y.array), index: ex(y.index), value: ex(y.value) };
      case 'setComponent': return { ...y, name: rename(y.name), index: ex(y.index), value: ex(y.value) };
      case 'store': return { ...y, index: ex(y.index), value: ex(y.value) };
      case 'copy': return { ...y, to: ex(y.to), from: ex(y.from), count: ex(y.count) };
      case 'if': return { ...y, cond: ex(y.cond), then: y.then.map(st), else: y.else?.map(st) };
      case 'for': return { ...y, name: rename(y.name), from: ex(y.from), to: ex(y.to), body: y.body.map(st) };
      case 'while': return { ...y, cond: ex(y.cond), body: y.body.map(st) };
      case 'call': return { ...y, args: y.args.map(ex) };
      case 'return': return y.value ? { ...y, value: ex(y.value) } : y;
      default: return y;
    }
  };
  return body.map(st);
}

/** A void callee: its trailing `return;` statements go (early returns are not allowed). */
function stripReturns(body: Stmt[]): Stmt[] {
  return body.filter((st) => !(st.op === 'return' && !st.value));
}

/**
 * `if (c) { …; return x; } rest; return y;` → `if (c) { …; out = x; } else { rest; out = y; }`:
 * a return may end the body or a branch of a top-level if.
 */
function returnsToAssign(body: Stmt[], out: string): Stmt[] {
  const result: Stmt[] = [];
  for (let i = 0; i < body.length; i++) {
    const st = body[i];
    if (st.op === 'return') {
      result.push(s.set(out, st.value!));
      return result;
    }
    if (st.op === 'if' && endsInReturn(st.then)) {
      const rest = body.slice(i + 1);
      result.push({ ...st, then: returnsToAssign(st.then, out), else: returnsToAssign([...(st.else ?? []), ...rest], out) });
      return result;
    }
    result.push(st);
  }
  return result;
}

const endsInReturn = (body: Stmt[]) => body.length > 0 && body[body.length - 1].op === 'return';

// ------------------------------------------------------------------------------------------------
// scalarize

/** vec2 locals → name_0, name_1; lanes of vec2 values → the scalars. */
export const scalarize: Pass = (m) => mapBodies(m, (body) => {
  const isVec2 = (ty: Ty) => ty === 'vec2f' || ty === 'vec2d';
  const lane = (x: Expr): Expr => {
    if (x.op === 'lane' && x.vec.op === 'var' && isVec2(x.vec.ty)) return v(`${x.vec.name}_${x.lane}`, x.ty);
    if (x.op === 'lane' && x.vec.op === 'vec') return x.vec.parts[x.lane];
    return x;
  };
  return mapStmts(mapExprs(body, lane), (st) => {
    if ((st.op === 'let' || st.op === 'assign') && isVec2(st.op === 'let' ? st.ty : st.value.ty as Ty)) {
      const val = st.value;
      const parts = val.op === 'vec' ? val.parts
        : val.op === 'var' ? [0, 1].map((i) => v(`${val.name}_${i}`, val.ty === 'vec2f' ? 'f32' : 'f64')) : null;
      if (!parts) throw new Error(`scalarize: ${st.op} ${'name' in st ? st.name : ''} holds a vec2 that is not built in place`);
      const ty = parts[0].ty as Scalar;
      return parts.map((p, i) => (st.op === 'let' ? { op: 'let', name: `${st.name}_${i}`, ty, value: p, mutable: st.mutable } as Stmt : s.set(`${st.name}_${i}`, p)));
    }
    return [st];
  });
});

// ------------------------------------------------------------------------------------------------
// unroll and arraysToLocals

const constantOf = (x: Expr): number | undefined => (x.op === 'const' ? x.value : undefined);

/** Loops flagged `unroll` with constant bounds become straight code with the loop variable a constant. */
export const unroll: Pass = (m) => mapBodies(m, (body) => mapStmts(body, (st) => {
  if (st.op !== 'for' || !st.unroll) return [st];
  const from = constantOf(st.from);
  const to = constantOf(st.to);
  if (from === undefined || to === undefined) return [st];
  const out: Stmt[] = [];
  for (let i = from; i < to; i += st.step) {
    const bound = mapExprs(st.body, (x) => (x.op === 'var' && x.name === st.name ? c.of(st.ty, i) : x));
    // Each copy's locals are its own: suffix them so the copies can share one scope.
    const renamed = renameBlockLocals(bound, `_${i}`);
    out.push(...renamed);
  }
  return out;
}));

function renameBlockLocals(body: Stmt[], suffix: string): Stmt[] {
  const own = new Set<string>();
  for (const st of body) if (st.op === 'let' || st.op === 'array') own.add(st.name);
  return renameLocals(body, (n) => (own.has(n) ? `${n}${suffix}` : n));
}

/** Local arrays whose every index is a constant become one local per element. */
export const arraysToLocals: Pass = (m) => mapBodies(m, (body) => {
  const dynamic = new Set<string>();
  walk(body, (x) => { if (x.op === 'index' && constantOf(x.index) === undefined) dynamic.add(x.array); },
    (st) => { if (st.op === 'aset' && constantOf(st.index) === undefined) dynamic.add(st.array); });
  const sizes = new Map<string, { ty: Scalar; size: number }>();
  const declared = mapStmts(body, (st) => {
    if (st.op === 'array' && !dynamic.has(st.name)) {
      sizes.set(st.name, { ty: st.ty, size: st.size });
      return Array.from({ length: st.size }, (_, i) => ({ op: 'let', name: `${st.name}_${i}`, ty: st.ty, value: c.of(st.ty, 0), mutable: true } as Stmt));
    }
    if (st.op === 'aset' && sizes.has(st.array)) return [s.set(`${st.array}_${constantOf(st.index)}`, st.value)];
    return [st];
  });
  return mapExprs(declared, (x) => (x.op === 'index' && sizes.has(x.array) ? v(`${x.array}_${constantOf(x.index)}`, x.ty) : x));
});

export const calledFunctions = calls;

// ------------------------------------------------------------------------------------------------
// simplify

const isInt = (ty: string) => ty === 'i32' || ty === 'u32' || ty === 'i64';

/**
 * Folds what changes no bit: x·1 (any type), x + 0 and x − 0 (integers: for floats −0 + 0 is +0),
 * and integer constants combined by +, −, ·.
 */
export const simplify: Pass = (m) => mapBodies(m, (body) => mapExprs(body, (x) => {
  if (x.op !== 'binary') return x;
  const a = constantOf(x.a);
  const b = constantOf(x.b);
  if (x.fn === '*' && b === 1) return x.a;
  if (x.fn === '*' && a === 1) return x.b;
  if (!isInt(x.ty)) return x;
  if (x.fn === '+' && b === 0) return x.a;
  if (x.fn === '+' && a === 0) return x.b;
  if (x.fn === '-' && b === 0) return x.a;
  if (x.fn === '*' && (a === 0 || b === 0)) return c.of(x.ty, 0);
  if (a !== undefined && b !== undefined && (x.fn === '+' || x.fn === '-' || x.fn === '*')) {
    return c.of(x.ty, x.fn === '+' ? a + b : x.fn === '-' ? a - b : a * b);
  }
  return x;
}));

/** Rewrites the expressions of one statement, not those of the statements nested in it. */
function mapOwnExprs(st: Stmt, fn: (x: Expr) => Expr): Stmt {
  const ex = (x: Expr): Expr => fn(mapChildren(x, ex));
  switch (st.op) {
    case 'if': return { ...st, cond: ex(st.cond) };
    case 'while': return { ...st, cond: ex(st.cond) };
    case 'for': return { ...st, from: ex(st.from), to: ex(st.to) };
    default: return mapExprs([st], fn)[0];
  }
}

// ------------------------------------------------------------------------------------------------
// q and k storage on targets whose stores may touch more than their element (WGSL)

/** Buffers of q and k's storage: q and k (in and out), and a KV-cache write's v and caches. */
const QK = new Set(['q_in', 'q_out', 'k_in', 'k_out', 'v', 'k_cache', 'v_cache']);
/** The buffers of a module held in q and k's storage type (QK, less fp8 caches: pack8 writes those). */
const storageOf = (m: KernelModule): ReadonlySet<string> => new Set(m.buffers.filter((b) => QK.has(b.name) && b.element !== 'e4m3').map((b) => b.name));
const u32 = (x: number) => c.u32(x);
const NOT = (x: Expr) => e.bitxor(x, u32(0xffffffff));
/** 16-bit element i of a word of two (element i in bits 16·(i & 1)). */
const half = (word: Expr, i: Expr) => e.bitand(e.shr(word, e.mul(e.bitand(i, u32(1)), u32(16))), u32(0xffff));
/** A read of a 16-bit element of `buffers` as the half of its u32 word. */
const wordReads = (buffers: ReadonlySet<string>) => (x: Expr): Expr => (x.op === 'decode' && x.a.op === 'load' && buffers.has(x.a.buffer)
  ? { ...x, a: half(e.load(x.a.buffer, 'u32', e.shr(x.a.index, u32(1))), x.a.index) } : x);

/** The value a q/k store writes, as the bits of one 16-bit lane (encode, or a copied lane's bits: element `index` of `buffer`). */
type LaneValue = { kind: 'encode'; value: Expr } | { kind: 'copy'; buffer: string; index: Expr } | { kind: 'f32'; value: Expr };

function storedLane(value: Expr): LaneValue {
  if (value.op === 'encode') return { kind: 'encode', value: value.a };
  if (value.op === 'load' && QK.has(value.buffer)) return { kind: 'copy', buffer: value.buffer, index: value.index };
  return { kind: 'f32', value };
}

/** Structurally equal expressions (a copy from the element it overwrites' own index). */
const same = (a: Expr, b: Expr) => JSON.stringify(a) === JSON.stringify(b);

/** Fresh local names, numbered per pass run so output never depends on what ran before. */
function namer(): (stem: string) => string {
  let n = 0;
  return (stem) => `${stem}_${++n}`;
}

/**
 * 16-bit q and k packed two per u32 word (element i in bits 16·(i & 1)): a lane read takes its
 * half; a lane write is a read-modify-write of the word (the schedule gives each word one owner).
 */
export function pack16(dtype: Storage16): Pass {
  return (m) => {
    const QK = storageOf(m);
    const tmp = namer();
    const reads = wordReads(QK);
    return {
      ...mapBodies(m, (body) => mapStmts(mapExprs(body, reads), (st) => {
        if (st.op !== 'store' || !QK.has(st.buffer) || st.value.ty === 'vec4u') return [st];
        const w = tmp('word');
        const sh = tmp('shift');
        const lane = storedLane(st.value);
        const bits = lane.kind === 'encode' ? e.encodeBits(dtype, lane.value)
          : lane.kind === 'copy' ? half(e.load(lane.buffer, 'u32', same(lane.index, st.index) ? v(w, 'u32') : e.shr(lane.index, u32(1))), lane.index) : lane.value;
        return [
          s.let(w, e.shr(st.index, u32(1))),
          s.let(sh, e.mul(e.bitand(st.index, u32(1)), u32(16))),
          s.store(st.buffer, v(w, 'u32'), e.bitor(e.bitand(e.load(st.buffer, 'u32', v(w, 'u32')), NOT(e.shl(u32(0xffff), v(sh, 'u32')))), e.shl(bits, v(sh, 'u32')))),
        ];
      })),
      buffers: m.buffers.map((b) => (QK.has(b.name) ? { ...b, element: 'u32' } : b)),
    };
  };
}

/**
 * Read-only 16-bit buffers other than q and k (a `sincos cache` in f16 or bf16) as u32 words on
 * targets without 16-bit storage arrays (WGSL): a read takes the half of its word.
 */
export const packReadOnly16: Pass = (m) => {
  const packed = new Set(m.buffers.filter((b) => !QK.has(b.name) && b.access === 'read' && (b.element === 'f16' || b.element === 'bf16')).map((b) => b.name));
  if (packed.size === 0) return m;
  const reads = wordReads(packed);
  return {
    ...mapBodies(m, (body) => mapExprs(body, reads)),
    buffers: m.buffers.map((b) => (packed.has(b.name) ? { ...b, element: 'u32' } : b)),
  };
};

/**
 * q and k bound as 16-byte vectors (vec4<f32>, or vec4<u32> of eight 16-bit lanes): vector access
 * indexes vectors; a lane of the scalar tail is read from its vector and written by a
 * read-modify-write of the whole vector (the schedule gives each vector one owner).
 */
export function vectorBound(dtype: 'f32' | Storage16): Pass {
  const W = dtype === 'f32' ? 4 : 8;
  const vec: Vector = dtype === 'f32' ? 'vec4f' : 'vec4u';
  return (m) => {
    const QK = storageOf(m);
    const tmp = namer();
    const at = (i: Expr) => e.div(i, u32(W));
    const slot = (i: Expr) => (W === 4 ? e.mod(i, u32(4)) : e.mod(e.div(i, u32(2)), u32(4)));
    const laneOf = (buffer: string, i: Expr): Expr => {
      const word = e.component(e.load(buffer, vec, at(i)), slot(i), W === 4 ? 'f32' : 'u32');
      return W === 4 ? word : half(word, i);
    };
    const reads = (x: Expr): Expr => {
      if (x.op === 'load' && QK.has(x.buffer) && (x.ty === 'vec4f' || x.ty === 'vec4u')) return { ...x, index: at(x.index) };
      if (x.op === 'decode' && x.a.op === 'load' && QK.has(x.a.buffer)) return { ...x, a: laneOf(x.a.buffer, x.a.index) };
      if (x.op === 'load' && QK.has(x.buffer) && x.ty === 'f32') return laneOf(x.buffer, x.index);
      return x;
    };
    return {
      ...mapBodies(m, (body) => mapStmts(body, (st0) => {
        if (st0.op !== 'store' || !QK.has(st0.buffer)) return [mapOwnExprs(st0, reads)];
        if (st0.value.ty === 'vec4f' || st0.value.ty === 'vec4u') return [mapOwnExprs({ ...st0, index: at(st0.index) }, reads)];
        const lane = storedLane(st0.value);
        const i = st0.index;
        const x = tmp('owned');
        const k = tmp('at');
        const raw = lane.kind === 'copy' ? laneOf(lane.buffer, lane.index) : lane.kind === 'encode' ? e.encodeBits(dtype as Storage16, lane.value) : lane.value;
        // The stored value may read q or k itself (a norm scales a pass-through lane in place): its lanes too.
        const value = lane.kind === 'copy' ? raw : (mapExprs([s.let('_', raw)], reads)[0] as Extract<Stmt, { op: 'let' }>).value;
        const old = e.component(v(x, vec), v(k, 'u32'), W === 4 ? 'f32' : 'u32');
        const next = W === 4 ? value
          : e.bitor(e.bitand(old, NOT(e.shl(u32(0xffff), e.mul(e.bitand(i, u32(1)), u32(16))))), e.shl(value, e.mul(e.bitand(i, u32(1)), u32(16))));
        return mapExprs([
          s.let(k, slot(i)),
          { op: 'let', name: x, ty: vec, value: e.load(st0.buffer, vec, at(i)), mutable: true },
          { op: 'setComponent', name: x, index: v(k, 'u32'), value: next },
          s.store(st0.buffer, at(i), v(x, vec)),
        ], (y) => (y.op === 'decode' && y.a.op === 'load' && QK.has(y.a.buffer) ? { ...y, a: laneOf(y.a.buffer, y.a.index) } : y));
      })),
      buffers: m.buffers.map((b) => (QK.has(b.name) ? { ...b, element: vec } : b)),
    };
  };
}

/**
 * fp8 buffers (a KV cache's e4m3 bytes, q's fp8 output) as u32 words of four bytes (element i in
 * bits 8·(i & 3)), for targets without 8-bit storage (WGSL). Neighbouring bytes may belong to other
 * work items, so a lone byte store is two atomic operations on its word (put1_B): clear its byte,
 * then set it; they commute with every other item's operations on other bytes, so no schedule has
 * to give a word one owner. Four stores in a row to bytes base+c … base+c+3 (a work item's 16-byte
 * chunk of k, v or q) are one call of put4_B with the four bytes packed: on a whole word (base+c a
 * multiple of 4: every such chunk when head_dim is) one atomicStore, the item owning all four
 * bytes; across two words the same two operations on each.
 */
export const pack8: Pass = (m) => {
  const bytes = new Set(m.buffers.filter((b) => b.element === 'e4m3').map((b) => b.name));
  if (bytes.size === 0) return m;
  const helpers = new Map<string, Fn>();
  const [i, x] = [v('i', 'u32'), v('x', 'u32')];
  const [w, sh] = [v('w', 'u32'), v('sh', 'u32')];
  const atomic = (fn: 'and' | 'or' | 'store', buffer: string, index: Expr, value: Expr): Stmt => ({ op: 'atomic', fn, buffer, index, value });
  const wordOf = [s.let('w', e.shr(i, u32(2))), s.let('sh', e.mul(e.bitand(i, u32(3)), u32(8)))];
  const helper = (buffer: string, four: boolean): string => {
    const name = `put${four ? 4 : 1}_${buffer}`;
    if (helpers.has(name)) return name;
    const body: Stmt[] = four
      ? [...wordOf, s.if(e.eq(sh, u32(0)), [atomic('store', buffer, w, x)], [
        atomic('and', buffer, w, NOT(e.shl(u32(0xffffffff), sh))),
        atomic('or', buffer, w, e.shl(x, sh)),
        atomic('and', buffer, e.add(w, u32(1)), e.shl(u32(0xffffffff), sh)),
        atomic('or', buffer, e.add(w, u32(1)), e.shr(x, e.sub(u32(32), sh))),
      ])]
      : [...wordOf, atomic('and', buffer, w, NOT(e.shl(u32(0xff), sh))), atomic('or', buffer, w, e.shl(x, sh))];
    helpers.set(name, {
      name, params: [{ name: 'i', ty: 'u32' }, { name: 'x', ty: 'u32' }], ret: 'void', body,
      doc: four ? `bytes i … i + 3 of ${buffer} = the bytes of x, lowest first` : `byte i of ${buffer} = x (0 … 255)`,
    });
    return name;
  };
  /** An index as (base, constant): (b + 1) + 2 is (b, 3). */
  const split = (x0: Expr): [Expr, number] => {
    if (x0.op !== 'binary' || x0.fn !== '+' || x0.b.op !== 'const') return [x0, 0];
    const [base, k] = split(x0.a);
    return [base, k + x0.b.value];
  };
  const bits = (st: Stmt): Expr => {
    if (st.op !== 'store' || st.value.op !== 'encode' || st.value.to !== 'e4m3') throw new Error(`pack8: a store to ${st.op === 'store' ? st.buffer : '?'} that is not an e4m3 encode`);
    return e.encodeBits('e4m3', st.value.a);
  };
  const rewrite = (body: Stmt[]): Stmt[] => {
    const out: Stmt[] = [];
    for (let at = 0; at < body.length;) {
      const st = body[at];
      if (st.op !== 'store' || !bytes.has(st.buffer)) {
        out.push(st.op === 'if' ? { ...st, then: rewrite(st.then), else: st.else && rewrite(st.else) }
          : st.op === 'for' || st.op === 'while' ? { ...st, body: rewrite(st.body) } : st);
        at++;
        continue;
      }
      const [base, k0] = split(st.index);
      let n = 1;
      for (; n < 4; n++) {
        const next = body[at + n];
        if (next?.op !== 'store' || next.buffer !== st.buffer) break;
        const [b, k] = split(next.index);
        if (k !== k0 + n || !same(b, base)) break;
      }
      if (n === 4) {
        const packed = body.slice(at, at + 4).map((y, j) => (j === 0 ? bits(y) : e.shl(bits(y), u32(8 * j)))).reduce((a, b) => e.bitor(a, b));
        out.push(s.call(helper(st.buffer, true), st.index, packed));
        at += 4;
      } else {
        out.push(s.call(helper(st.buffer, false), st.index, bits(st)));
        at++;
      }
    }
    return out;
  };
  const out = mapBodies(m, rewrite);
  return {
    ...out,
    functions: [...helpers.values(), ...out.functions],
    buffers: m.buffers.map((b) => (bytes.has(b.name) ? { ...b, element: 'au32' } : b)),
  };
};

/**
 * Every buffer read goes through read_NAME(i), which gives 0 past the end; every write is skipped
 * past the end. A clamp already written as select(i < length, load, 0) becomes the same call.
 */
export const boundsCheck: Pass = (m) => {
  const readers = new Map<string, Fn>();
  const reader = (b: Buffer, ty: Ty): string => {
    const name = `read_${b.name}`;
    if (!readers.has(name)) {
      const i = v('i', 'u32');
      readers.set(name, {
        name, params: [{ name: 'i', ty: 'u32' }], ret: ty,
        body: [s.if(e.ge(i, e.cast('u32', e.length(b.name))), [s.return(zero(ty))]), s.return(e.load(b.name, ty, i))],
        doc: `${b.name}[i], or 0 past its end`,
      });
    }
    return name;
  };
  const byName = new Map(m.buffers.map((b) => [b.name, b]));
  const rewrite = (x: Expr): Expr => {
    if (x.op === 'select' && x.cond.op === 'binary' && x.cond.fn === '<' && x.a.op === 'load') {
      const len = x.cond.b.op === 'cast' ? x.cond.b.a : x.cond.b;
      if (len.op === 'length' && len.buffer === x.a.buffer) return x.a;
    }
    return x;
  };
  const guard = (x: Expr): Expr => (x.op === 'load' && byName.has(x.buffer) ? e.call(reader(byName.get(x.buffer)!, x.ty as Ty), x.ty as Ty, x.index) : x);
  const body = (b: Stmt[]) => mapStmts(mapExprs(mapExprs(b, rewrite), guard), (st) => {
    if (st.op !== 'store' && st.op !== 'atomic') return [st];
    return [s.if(e.lt(st.index, e.cast('u32', e.length(st.buffer))), [st])];
  });
  const out = mapBodies(m, body);
  return { ...out, functions: [...readers.values(), ...out.functions] };
};

/** Tables the host fills per call become read-only buffers (targets that bind them like any input). */
export function tablesAsBuffers(name: (table: string) => string): Pass {
  return (m) => {
    const dynamic = new Map(m.constants.filter((t) => t.dynamic).map((t) => [t.name, t]));
    const out = mapBodies(m, (body) => mapExprs(body, (x) => (x.op === 'table' && dynamic.has(x.name) ? e.load(name(x.name), x.ty, x.index) : x)));
    return {
      ...out,
      constants: m.constants.filter((t) => !t.dynamic),
      buffers: [...m.buffers, ...[...dynamic.values()].map((t): Buffer => ({ name: name(t.name), element: t.ty, access: 'read', doc: t.doc ?? `${t.name}, filled by the host for each seq_len` }))],
    };
  };
}

// ------------------------------------------------------------------------------------------------
// CPU loops

/** Innermost loops with constant bounds run `factor` iterations per step, then a remainder loop. */
export function unrollBy(factor: number): Pass {
  const innermost = (body: Stmt[]) => { let loops = false; walk(body, () => {}, (st) => { if (st.op === 'for' || st.op === 'while') loops = true; }); return !loops; };
  return (m) => mapBodies(m, (body) => mapStmts(body, (st) => {
    if (st.op !== 'for' || st.step !== 1 || !innermost(st.body)) return [st];
    const from = constantOf(st.from);
    const to = constantOf(st.to);
    if (from === undefined || to === undefined) return [st];
    const n = to - from;
    if (n < factor) return [st];
    const main = n - (n % factor);
    const i = v(st.name, st.ty);
    const copies = Array.from({ length: factor }, (_, u) =>
      renameBlockLocals(mapExprs(st.body, (x) => (x.op === 'var' && x.name === st.name && u > 0 ? e.add(i, c.of(st.ty, u)) : x)), `_${u}`));
    // Independent iterations: every copy's reads (its lets) first, then the writes (V8 cannot move
    // a typed-array load above a store to the same array by itself).
    const body = st.independent
      ? [...copies.flatMap((b) => b.filter((x) => x.op === 'let')), ...copies.flatMap((b) => b.filter((x) => x.op !== 'let'))]
      : copies.flat();
    const out: Stmt[] = [{ ...st, to: c.of(st.ty, from + main), step: factor, body, unroll: false }];
    if (main < n) out.push({ ...st, from: c.of(st.ty, from + main), unroll: false });
    return out;
  }));
}

/** Local arrays of a loops entry are declared once, before its loops (they are scratch, rewritten per token). */
export const hoistArrays: Pass = (m) => ({
  ...m,
  entries: m.entries.map((x) => {
    if (x.kind !== 'loops') return x;
    const arrays: Stmt[] = [];
    const body = mapStmts(x.body, (st) => (st.op === 'array' ? (arrays.push(st), []) : [st]));
    return { ...x, prologue: [...arrays, ...(x.prologue ?? [])], body };
  }),
});
