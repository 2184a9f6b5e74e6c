// Walking and rewriting kernel IR: the building blocks of the legalization passes and printers.
import type { Expr, Fn, KernelModule, Stmt } from './ir.js';

/** The functions of a module in dependency order (callees first), as targets without forward declarations need. */
export function orderedFunctions(module: KernelModule): Fn[] {
  const byName = new Map(module.functions.map((f) => [f.name, f]));
  const done = new Set<string>();
  const out: Fn[] = [];
  const visit = (fn: Fn) => {
    if (done.has(fn.name)) return;
    done.add(fn.name);
    for (const callee of calls(fn.body)) {
      const g = byName.get(callee);
      if (g) visit(g);
    }
    out.push(fn);
  };
  module.functions.forEach(visit);
  return out;
}

/** Names of the functions a statement list calls. */
export function calls(body: Stmt[]): Set<string> {
  const out = new Set<string>();
  walk(body, (x) => { if (x.op === 'call') out.add(x.fn); }, (st) => { if (st.op === 'call') out.add(st.fn); });
  return out;
}

/** Visits every expression and statement of a body. */
export function walk(body: Stmt[], onExpr: (x: Expr) => void, onStmt: (x: Stmt) => void = () => {}): void {
  const ex = (x: Expr | undefined): void => {
    if (!x) return;
    onExpr(x);
    for (const child of childExprs(x)) ex(child);
  };
  const st = (x: Stmt): void => {
    onStmt(x);
    switch (x.op) {
      case 'let': case 'assign': ex(x.value); break;
      case 'aset': case 'setComponent': ex(x.index); ex(x.value); break;
      case 'store': ex(x.index); ex(x.value); break;
      case 'if': ex(x.cond); x.then.forEach(st); x.else?.forEach(st); break;
      case 'for': ex(x.from); ex(x.to); x.body.forEach(st); break;
      case 'while': ex(x.cond); x.body.forEach(st); break;
      case 'call': x.args.forEach(ex); break;
      case 'return': ex(x.value); break;
      case 'fail': x.message.forEach((m) => typeof m !== 'string' && ex(m)); break;
      default: break;
    }
  };
  body.forEach(st);
}

export function childExprs(x: Expr): Expr[] {
  switch (x.op) {
    case 'table': case 'load': case 'index': return [x.index];
    case 'unary': case 'cast': case 'bitcast': case 'decode': case 'encode': case 'sincos': return [x.a];
    case 'binary': return [x.a, x.b];
    case 'fma': return [x.a, x.b, x.c];
    case 'select': return [x.cond, x.a, x.b];
    case 'call': return x.args;
    case 'lane': return [x.vec];
    case 'component': return [x.vec, x.index];
    case 'vec': return x.parts;
    default: return [];
  }
}

/** Rewrites every expression bottom-up (a legalization's building block). */
export function mapExprs(body: Stmt[], fn: (x: Expr) => Expr): Stmt[] {
  const ex = (x: Expr): Expr => fn(mapChildren(x, ex));
  const st = (x: Stmt): Stmt => {
    switch (x.op) {
      case 'let': case 'assign': return { ...x, value: ex(x.value) };
      case 'aset': case 'setComponent': return { ...x, index: ex(x.index), value: ex(x.value) };
      case 'store': return { ...x, index: ex(x.index), value: ex(x.value) };
      case 'if': return { ...x, cond: ex(x.cond), then: x.then.map(st), else: x.else?.map(st) };
      case 'for': return { ...x, from: ex(x.from), to: ex(x.to), body: x.body.map(st) };
      case 'while': return { ...x, cond: ex(x.cond), body: x.body.map(st) };
      case 'call': return { ...x, args: x.args.map(ex) };
      case 'return': return x.value ? { ...x, value: ex(x.value) } : x;
      case 'fail': return { ...x, message: x.message.map((m) => (typeof m === 'string' ? m : ex(m))) };
      default: return x;
    }
  };
  return body.map(st);
}

export function mapChildren(x: Expr, ex: (x: Expr) => Expr): Expr {
  switch (x.op) {
    case 'table': case 'load': case 'index': return { ...x, index: ex(x.index) };
    case 'unary': case 'cast': case 'bitcast': case 'decode': case 'encode': case 'sincos': return { ...x, a: ex(x.a) } as Expr;
    case 'binary': return { ...x, a: ex(x.a), b: ex(x.b) };
    case 'fma': return { ...x, a: ex(x.a), b: ex(x.b), c: ex(x.c) };
    case 'select': return { ...x, cond: ex(x.cond), a: ex(x.a), b: ex(x.b) };
    case 'call': return { ...x, args: x.args.map(ex) };
    case 'lane': return { ...x, vec: ex(x.vec) };
    case 'component': return { ...x, vec: ex(x.vec), index: ex(x.index) };
    case 'vec': return { ...x, parts: x.parts.map(ex) };
    default: return x;
  }
}

/** Rewrites statements (a function may return several for one). */
export function mapStmts(body: Stmt[], fn: (x: Stmt) => Stmt[]): Stmt[] {
  return body.flatMap((x) => {
    let y: Stmt = x;
    if (x.op === 'if') y = { ...x, then: mapStmts(x.then, fn), else: x.else ? mapStmts(x.else, fn) : undefined };
    else if (x.op === 'for' || x.op === 'while') y = { ...x, body: mapStmts(x.body, fn) };
    return fn(y);
  });
}

