// Runs host code of the kernel IR in this process: the argument checks of kernel/checks.ts for
// the hosts that are ropec itself (the interpreter's runtime, `ropec run`, the segment-table API),
// and the table fills of kernel/tables.ts (the compile-time tables of a static ω, `ropec run`'s
// cos/sin cache). The semantics are the TypeScript target's (backends/ts/table.ts): numbers are float64,
// f32 results are rounded with Math.fround, integer division truncates, bit operations are
// JavaScript's 32-bit ones. So a check passes or fails here exactly as in the generated TS module.
import { RopeArgumentError } from '../compiler/errors.js';
import type { ArgTest, Expr, Fn, MessagePart, Stmt } from './ir.js';
import { messageText } from './checks.js';
import { encodeStorage, numberToE4m3 } from '../storage.js';

/**
 * The call's arguments as given: `sizes` (any value: the checks test it) and the arrays (a table
 * fill stores into them); `tables`: the constant tables host code reads.
 */
export interface HostArgs {
  sizes: unknown;
  arrays: Record<string, unknown>;
  tables?: Record<string, readonly number[]>;
}

class Return {
  constructor(readonly value: number | undefined) {}
}

const INT = new Set(['i32', 'u32', 'i64']);
const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);

export class HostEvaluator {
  private readonly fns: Map<string, Fn>;

  constructor(private readonly args: HostArgs, functions: readonly Fn[] = []) {
    this.fns = new Map(functions.map((f) => [f.name, f]));
  }

  /** Runs `body`; throws RopeArgumentError at the first failed check. Returns the locals it set. */
  run(body: readonly Stmt[], locals: Map<string, number> = new Map()): Map<string, number> {
    try {
      this.block(body, locals);
    } catch (e) {
      if (!(e instanceof Return)) throw e;
    }
    return locals;
  }

  private block(body: readonly Stmt[], env: Map<string, number>): void {
    for (const x of body) this.stmt(x, env);
  }

  private stmt(x: Stmt, env: Map<string, number>): void {
    switch (x.op) {
      case 'let': case 'assign':
        env.set(x.name, this.expr(x.value, env));
        return;
      case 'if':
        if (this.expr(x.cond, env)) this.block(x.then, env);
        else if (x.else) this.block(x.else, env);
        return;
      case 'for':
        for (let i = this.expr(x.from, env); i < this.expr(x.to, env); i += x.step) {
          env.set(x.name, i);
          this.block(x.body, env);
        }
        return;
      case 'while':
        while (this.expr(x.cond, env)) this.block(x.body, env);
        return;
      case 'call':
        this.call(x.fn, x.args, env);
        return;
      case 'return':
        throw new Return(x.value ? this.expr(x.value, env) : undefined);
      case 'fail':
        throw new RopeArgumentError(x.message.map((m) => this.part(m, env)).join(''));
      case 'comment':
        return;
      case 'store':
        (this.array(x.buffer) as number[])[this.expr(x.index, env)] = this.expr(x.value, env);
        return;
      default:
        throw new Error(`evaluate: ${x.op} is not host code`);
    }
  }

  private part(m: MessagePart, env: Map<string, number>): string {
    if (typeof m === 'string') return m;
    if ('typeOf' in m) {
      const x = this.arg(m.typeOf);
      return x === null ? 'null' : typeof x === 'object' ? (x as { constructor?: { name?: string } }).constructor?.name ?? 'object' : typeof x;
    }
    if ('pick' in m) return m.among[this.expr(m.pick, env)];
    // A size as given: a string shows as one ('4' is not the number 4).
    const value: unknown = this.expr(m, env);
    return m.op === 'param' && typeof value === 'string' ? JSON.stringify(value) : String(value);
  }

  private call(name: string, args: Expr[], env: Map<string, number>): number | undefined {
    const fn = this.fns.get(name);
    if (!fn) throw new Error(`evaluate: no function ${name}`);
    const inner = new Map(fn.params.map((p, i) => [p.name, this.expr(args[i], env)]));
    try {
      this.block(fn.body, inner);
    } catch (e) {
      if (e instanceof Return) return e.value;
      throw e;
    }
    return undefined;
  }

  private arg(name: string): unknown {
    if (name === 'sizes') return this.args.sizes;
    return name in this.args.arrays ? this.args.arrays[name] : this.sizes()?.[name];
  }

  private sizes(): Record<string, unknown> | undefined {
    const s = this.args.sizes;
    return typeof s === 'object' && s !== null ? (s as Record<string, unknown>) : undefined;
  }

  private array(name: string): ArrayLike<number> {
    const a = this.args.arrays[name];
    if (a === undefined || a === null) throw new Error(`evaluate: ${name} was read before a check made sure it is given`);
    if (typeof a !== 'object' || typeof (a as ArrayLike<number>).length !== 'number') {
      throw new RopeArgumentError(messageText('not-array', { name, type: typeof a }));
    }
    return a as ArrayLike<number>;
  }

  private is(test: ArgTest, name: string, size: boolean): boolean {
    const v = size ? this.sizes()?.[name] : this.args.arrays[name];
    switch (test) {
      case 'given': return v !== undefined && v !== null;
      case 'number': return typeof v === 'number';
      case 'object': return this.sizes() !== undefined;
      case 'whole': return Number.isSafeInteger(v) && (v as number) >= 0;
      // Typed arrays share memory through their ArrayBuffer; other arrays only by being one array.
      case 'sharesWithQ': case 'sharesWithK': {
        const other = this.args.arrays[test === 'sharesWithQ' ? 'q' : 'k'];
        return ArrayBuffer.isView(v) && ArrayBuffer.isView(other) ? v.buffer === other.buffer : v === other;
      }
      // The interpreter takes any array of numbers.
      default: return typeof v === 'object' && v !== null && typeof (v as ArrayLike<number>).length === 'number';
    }
  }

  expr(x: Expr, env: Map<string, number>): number {
    const p = (y: Expr) => this.expr(y, env);
    switch (x.op) {
      case 'const': return x.value;
      case 'var': {
        const v = env.get(x.name);
        if (v === undefined) throw new Error(`evaluate: ${x.name} is not set`);
        return v;
      }
      case 'param': return this.sizes()?.[x.name] as number;
      case 'load': return this.array(x.buffer)[p(x.index)];
      case 'table': return this.args.tables![x.name][p(x.index)];
      case 'length': return this.array(x.buffer).length;
      case 'start': {
        const a = this.array(x.buffer);
        return ArrayBuffer.isView(a) ? a.byteOffset / (a as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT : 0;
      }
      case 'is': return this.is(x.test, x.name, x.size) ? 1 : 0;
      case 'select': return p(x.cond) ? p(x.a) : p(x.b);
      case 'call': return this.call(x.fn, x.args, env) ?? NaN;
      case 'cast': {
        const a = p(x.a);
        if (x.ty === 'f32') return Math.fround(a);
        if (x.ty === 'bool') return a ? 1 : 0;
        return INT.has(x.ty) && !INT.has(x.a.ty) ? Math.trunc(a) : a;
      }
      case 'bitcast': {
        const a = p(x.a);
        if (x.ty === 'f32') {
          I32[0] = a;
          return F32[0];
        }
        return x.ty === 'u32' ? a >>> 0 : a | 0;
      }
      case 'unary': return unary(x.fn, p(x.a));
      // A 16-bit float's bits, rounded to nearest even (the TS target's numberToF16 / numberToBf16).
      case 'encode': return x.to === 'e4m3' ? numberToE4m3(p(x.a)) : encodeStorage([p(x.a)], x.to)[0];
      case 'binary': {
        const a = p(x.a);
        if (x.fn === '&&') return a ? p(x.b) : a;
        if (x.fn === '||') return a ? a : p(x.b);
        const r = binary(x.fn, a, p(x.b), x.ty);
        return x.ty === 'f32' ? Math.fround(r) : r;
      }
      default:
        throw new Error(`evaluate: ${x.op} is not host code`);
    }
  }
}

function unary(fn: string, a: number): number {
  switch (fn) {
    case 'neg': return -a;
    case 'not': return a ? 0 : 1;
    case 'floor': return Math.floor(a);
    case 'trunc': return Math.trunc(a);
    case 'abs': return Math.abs(a);
    case 'sqrt': return Math.sqrt(a);
    case 'log2': return Math.log2(a);
    case 'cos': return Math.cos(a);
    case 'sin': return Math.sin(a);
    case 'isFinite': return Number.isFinite(a) ? 1 : 0;
    case 'isInteger': return Number.isInteger(a) ? 1 : 0;
    default: throw new Error(`evaluate: ${fn} is not host code`);
  }
}

function binary(fn: string, a: number, b: number, ty: string): number {
  switch (fn) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return INT.has(ty) ? Math.trunc(a / b) : a / b;
    case '%': return a % b;
    case '<': return a < b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '<<': return a << b;
    case '>>': return ty === 'u32' ? a >>> b : a >> b;
    case 'min': return Math.min(a, b);
    case 'max': return Math.max(a, b);
    case 'pow': return Math.pow(a, b);
    default: throw new Error(`evaluate: ${fn} is not host code`);
  }
}
