// The one C-style printer: kernel IR → TypeScript, WGSL or CUDA C. Statements and expressions are
// printed by base rules in C syntax; a target is a table that answers only where it differs
// (types, literals, declarations, math, memory access, how a function reaches the kernel's
// parameters). A target's rule comes first and the base rule after; the first answer wins
// (tinygrad's renderer/cstyle.py). The printer is a pure function of the module: no state, no
// environment; what a target cannot express was rewritten before printing by the legalization
// passes its capabilities select (kernel/legalize.ts).
import type { ConstTable, Expr, Fn, Scalar, Stmt, Ty } from '../kernel/ir.js';

export interface TargetTable {
  /** Type names; undefined: the target never sees this type (a legalization removed it). */
  type(ty: Ty | 'void'): string;
  literal(ty: Scalar, value: number): string;
  /**
   * Expression rules that override the base; return undefined to fall through. `operand` prints a
   * child as the operand of an operator of the given C precedence (parenthesized where needed).
   */
  expr?(x: Expr, p: (x: Expr) => string, operand: (x: Expr, outer: number) => string): string | undefined;
  /** Statement rules that override the base (lines without the indentation), or undefined. */
  stmt?(x: Stmt, p: (x: Expr) => string, block: (body: Stmt[]) => string[]): string[] | undefined;
  decl(name: string, ty: Ty, mutable: boolean, value: string): string;
  array(name: string, ty: Scalar, size: number): string;
  forHeader(name: string, ty: Scalar, from: string, to: string, step: number): string;
  /** Lines before an unrollable loop (a pragma), if any. */
  unroll?: string;
  fnHeader(fn: Fn): string;
  /** A run-time size. */
  param(name: string): string;
  /** A buffer as an array expression. */
  buffer(name: string): string;
  /** A constant table as an array expression. */
  table(t: { name: string; dynamic: boolean }): string;
  /** Extra leading arguments of a call of a module function (CUDA: the kernel arguments). */
  callArgs?: string[];
  /** (cond) ? a : b, or the target's select. */
  select(cond: string, a: string, b: string): string;
  /** Host code: refuse the call with check `check` and this message (kernel targets have none). */
  fail?(check: string, message: PrintedPart[]): string[];
}

/** A message part of a failed check, its expressions printed. */
/** `given`: a size as the caller gave it (it may be any JavaScript value). */
export type PrintedPart = { text: string } | { value: string; ty: Ty; given?: true } | { typeOf: string } | { pick: string; among: string[] };

// C precedence, tightest first: a child with a looser operator is parenthesized.
const PRECEDENCE: Record<string, number> = {
  '*': 3, '/': 3, '%': 3, '+': 4, '-': 4, '<<': 5, '>>': 5, '<': 6, '<=': 6, '>': 6, '>=': 6,
  '==': 7, '!=': 7, '&': 8, '^': 9, '|': 10, '&&': 11, '||': 12,
};

/** Binary operations printed as calls. */
const FUNCTIONS = new Set(['min', 'max', 'pow']);

export class CStylePrinter {
  constructor(private readonly t: TargetTable, private readonly tables: Map<string, ConstTable>) {}

  expr = (x: Expr): string => this.t.expr?.(x, this.expr, (y, outer) => this.operand(y, outer)) ?? this.base(x);

  private base(x: Expr): string {
    const p = this.expr;
    switch (x.op) {
      case 'const':
        return this.t.literal(x.ty, x.value);
      case 'var':
        return x.name;
      case 'param':
        return this.t.param(x.name);
      case 'table':
        return `${this.t.table({ name: x.name, dynamic: this.tables.get(x.name)?.dynamic === true })}[${p(x.index)}]`;
      case 'load':
        return `${this.t.buffer(x.buffer)}[${p(x.index)}]`;
      case 'index':
        return `${x.array}[${p(x.index)}]`;
      case 'unary':
        if (x.fn === 'neg') return `-${this.operand(x.a, 2)}`;
        if (x.fn === 'not') return `!${this.operand(x.a, 2)}`;
        return `${x.fn}(${p(x.a)})`;
      case 'binary': {
        if (x.fn === 'min' || x.fn === 'max' || x.fn === 'pow') return `${x.fn}(${p(x.a)}, ${p(x.b)})`;
        const prec = PRECEDENCE[x.fn];
        // Left-associative: the right operand needs parentheses at equal precedence.
        return `${this.operand(x.a, prec)} ${x.fn} ${this.operand(x.b, prec - 0.5)}`;
      }
      case 'select':
        return this.t.select(p(x.cond), p(x.a), p(x.b));
      case 'call':
        return `${x.fn}(${[...(this.t.callArgs ?? []), ...x.args.map(p)].join(', ')})`;
      case 'cast':
        return `${this.t.type(x.ty)}(${p(x.a)})`;
      case 'lane':
        return `${this.operand(x.vec, 1)}.${'xyzw'[x.lane]}`;
      case 'component':
        return `${this.operand(x.vec, 1)}[${p(x.index)}]`;
      case 'vec':
        return `${this.t.type(x.ty)}(${x.parts.map(p).join(', ')})`;
      case 'fma':
        return `fma(${p(x.a)}, ${p(x.b)}, ${p(x.c)})`;
      default:
        throw new Error(`the ${x.op} operation reached the printer: a legalization pass should have removed it`);
    }
  }

  /** x as an operand of an operator with precedence `outer` (parenthesized when it binds looser). */
  operand(x: Expr, outer: number): string {
    const text = this.expr(x);
    const binary = x.op === 'binary' && !FUNCTIONS.has(x.fn) && !isCall(text);
    if (binary && PRECEDENCE[x.fn] >= outer) return `(${text})`;
    // Inside &, ^, | every other operator gets parentheses too (C compilers ask for them), and so
    // does any operand of a shift (WGSL's grammar allows only unary expressions there).
    if (binary && outer >= 7.5 && outer <= 10 && PRECEDENCE[x.fn] !== Math.ceil(outer)) return `(${text})`;
    if (binary && (outer === 5 || outer === 4.5)) return `(${text})`;
    if (x.op === 'select' && text.includes('?')) return `(${text})`;
    if (x.op === 'const' && x.value < 0 && outer <= 2) return `(${text})`;
    if (x.op === 'unary' && (x.fn === 'neg' || x.fn === 'not') && outer <= 2) return `(${text})`;
    return text;
  }

  block = (body: Stmt[]): string[] => body.flatMap((st) => this.stmt(st)).map((l) => `  ${l}`);

  stmt(x: Stmt): string[] {
    const own = this.t.stmt?.(x, this.expr, this.block);
    if (own) return own;
    const p = this.expr;
    switch (x.op) {
      case 'let':
        return [this.t.decl(x.name, x.ty, x.mutable === true, p(x.value))];
      case 'assign':
        return [`${x.name} = ${p(x.value)};`];
      case 'array':
        return [this.t.array(x.name, x.ty, x.size)];
      case 'aset':
        return [`${x.array}[${p(x.index)}] = ${p(x.value)};`];
      case 'setComponent':
        return [`${x.name}[${p(x.index)}] = ${p(x.value)};`];
      case 'store':
        return [`${this.t.buffer(x.buffer)}[${p(x.index)}] = ${p(x.value)};`];
      case 'atomic':
        // Only targets that legalize fp8 stores to atomics on u32 words (WGSL) reach here.
        return [`atomic${x.fn === 'and' ? 'And' : x.fn === 'or' ? 'Or' : 'Store'}(&${this.t.buffer(x.buffer)}[${p(x.index)}], ${p(x.value)});`];
      case 'copy':
        // Targets without a block copy of their own: element by element.
        return [`${this.t.forHeader('copy_i', 'i64', '0', p(x.count), 1)} {`,
          `  ${this.t.buffer(x.dst)}[${p(x.to)} + copy_i] = ${this.t.buffer(x.src)}[${p(x.from)} + copy_i];`, '}'];
      case 'if': {
        const out = [`if (${p(x.cond)}) {`, ...this.block(x.then)];
        if (x.else && x.else.length > 0) {
          if (x.else.length === 1 && x.else[0].op === 'if') {
            const [first, ...rest] = this.stmt(x.else[0]);
            out.push(`} else ${first}`, ...rest);
            return out;
          }
          out.push('} else {', ...this.block(x.else));
        }
        out.push('}');
        return out;
      }
      case 'for':
        return [
          ...(x.unroll && this.t.unroll ? [this.t.unroll] : []),
          `${this.t.forHeader(x.name, x.ty, p(x.from), p(x.to), x.step)} {`, ...this.block(x.body), '}',
        ];
      case 'while':
        return [`while (${p(x.cond)}) {`, ...this.block(x.body), '}'];
      case 'call':
        return [`${x.fn}(${[...(this.t.callArgs ?? []), ...x.args.map(p)].join(', ')});`];
      case 'return':
        return [x.value ? `return ${p(x.value)};` : 'return;'];
      case 'comment':
        return [`// ${x.text}`];
      case 'fail':
        if (!this.t.fail) throw new Error('a check failure reached a kernel printer');
        return this.t.fail(x.check, x.message.map((m): PrintedPart => (typeof m === 'string' ? { text: m }
          : 'typeOf' in m ? m : 'pick' in m ? { pick: p(m.pick), among: m.among } : { value: p(m), ty: m.ty as Ty, ...(m.op === 'param' ? { given: true as const } : {}) })));
    }
  }

  fn(fn: Fn): string {
    const doc = fn.doc ? `/** ${fn.doc} */\n` : '';
    return `${doc}${this.t.fnHeader(fn)} {\n${this.block(fn.body).join('\n')}\n}`;
  }
}

const isCall = (text: string) => /^[A-Za-z_][\w.<>]*\(.*\)$/.test(text) && balanced(text.slice(text.indexOf('(')));

/** Is `text` one parenthesized group from its first ( to its last )? */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')') depth--;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

