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
      case 'store': case 'atomic': ex(x.index); ex(x.value); break;
      case 'copy': ex(x.to); ex(x.from); ex(x.count); break;
      case 'if': ex(x.cond); x.then.forEach(st); x.else?.forEach(st); break;
      case 'for': ex(x.from); ex(x.to); x.body.forEach(st); break;
      case 'while': ex(x.cond); x.body.forEach(st); break;
      case 'call': x.args.forEach(ex); break;
      case 'return': ex(x.value); break;
      case 'fail': x.message.forEach((m) => (typeof m === 'string' || 'typeOf' in m ? undefined : ex('pick' in m ? m.pick : m))); break;
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

/** Rewrites every expression bottom-up (a legalization's building block); unchanged statements are shared. */
export function mapExprs(body: Stmt[], fn: (x: Expr) => Expr): Stmt[] {
  const ex = (x: Expr): Expr => fn(mapChildren(x, ex));
  const list = (xs: Stmt[]): Stmt[] => {
    const ys = xs.map(st);
    return ys.every((y, i) => y === xs[i]) ? xs : ys;
  };
  const st = (x: Stmt): Stmt => {
    switch (x.op) {
      case 'let': case 'assign': { const value = ex(x.value); return value === x.value ? x : { ...x, value }; }
      case 'aset': case 'setComponent': case 'store': case 'atomic': {
        const index = ex(x.index);
        const value = ex(x.value);
        return index === x.index && value === x.value ? x : { ...x, index, value };
      }
      case 'copy': {
        const [to, from, count] = [ex(x.to), ex(x.from), ex(x.count)];
        return to === x.to && from === x.from && count === x.count ? x : { ...x, to, from, count };
      }
      case 'if': {
        const cond = ex(x.cond);
        const then = list(x.then);
        const otherwise = x.else && list(x.else);
        return cond === x.cond && then === x.then && otherwise === x.else ? x : { ...x, cond, then, else: otherwise };
      }
      case 'for': {
        const from = ex(x.from);
        const to = ex(x.to);
        const body = list(x.body);
        return from === x.from && to === x.to && body === x.body ? x : { ...x, from, to, body };
      }
      case 'while': { const cond = ex(x.cond); const b = list(x.body); return cond === x.cond && b === x.body ? x : { ...x, cond, body: b }; }
      case 'call': { const args = x.args.map(ex); return args.every((y, i) => y === x.args[i]) ? x : { ...x, args }; }
      case 'return': { if (!x.value) return x; const value = ex(x.value); return value === x.value ? x : { ...x, value }; }
      case 'fail': return { ...x, message: x.message.map((m) => (typeof m === 'string' || 'typeOf' in m ? m : 'pick' in m ? { ...m, pick: ex(m.pick) } : ex(m))) };
      default: return x;
    }
  };
  return list(body);
}

/**
 * x with every child rewritten by ex; x itself when no child changed (the passes run over every
 * node many times, and most nodes come back unchanged: sharing them keeps compiles fast).
 */
export function mapChildren(x: Expr, ex: (x: Expr) => Expr): Expr {
  const kids = childExprs(x);
  if (kids.length === 0) return x;
  const next = kids.map(ex);
  if (next.every((k, i) => k === kids[i])) return x;
  let i = 0;
  const take = () => next[i++];
  switch (x.op) {
    case 'table': case 'load': case 'index': return { ...x, index: take() };
    case 'unary': case 'cast': case 'bitcast': case 'decode': case 'encode': case 'sincos': return { ...x, a: take() } as Expr;
    case 'binary': return { ...x, a: take(), b: take() };
    case 'fma': return { ...x, a: take(), b: take(), c: take() };
    case 'select': return { ...x, cond: take(), a: take(), b: take() };
    case 'call': return { ...x, args: next };
    case 'lane': return { ...x, vec: take() };
    case 'component': return { ...x, vec: take(), index: take() };
    case 'vec': return { ...x, parts: next };
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

