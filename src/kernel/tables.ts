// The host's per-call tables, written once as host code of the kernel IR: ω_j at the call's
// seq_len (the run-time rule of a dynamic scaling) and the `sincos table(N)` of a spec. Each host
// prints them with its own printer: the TS module and the WGSL host as TypeScript, the CUDA
// launcher as C++. What the kernel's angle reads is derived from ω by angleTableFill (angle.ts);
// the interpreter keeps its own fold (compiler/passes/fold-frequencies.ts), the definition these
// are tested against.
import type { OptimizedIR } from '../compiler/ir.js';
import { c, e, param, s, v, type ConstTable, type Expr, type Stmt } from './ir.js';

/**
 * Host code that stores ω_j into the f64 buffer `omega` (one entry per pair), reading the size
 * `seq_len` and the constant tables it returns. A static ω is its one table.
 */
export function omegaFill(ir: OptimizedIR): { constants: ConstTable[]; body: Stmt[] } {
  const om = ir.omega;
  const j = v('j', 'i32');
  const table = (name: string, values: readonly number[], doc?: string): ConstTable => ({ name, ty: 'f64', values: [...values], ...(doc ? { doc } : {}) });
  const at = (name: string) => e.table(name, 'f64', j);
  const each = (pre: Stmt[], value: Expr) => [...pre, s.for('j', 'i32', c.i32(0), c.i32(ir.pairs.length), [s.store('omega', j, value)])];
  const seqLen = e.cast('f64', param('seq_len'));
  switch (om.kind) {
    case 'static':
      return { constants: [table('OMEGA_STATIC', om.omega, 'ω_j')], body: each([], at('OMEGA_STATIC')) };
    case 'ntk_dynamic':
      return {
        constants: [table('OMEGA_BASE', om.base, 'dynamic NTK: ω_j = base_j · s^expo_j'), table('OMEGA_EXPO', om.expo)],
        body: each([
          s.comment(`L = max(seq_len, ${om.original}), s = ${om.factor}·L/${om.original} − (${om.factor} − 1)`),
          s.let('L', e.max(seqLen, c.f64(om.original))),
          s.let('ntk', e.sub(e.div(e.mul(c.f64(om.factor), v('L', 'f64')), c.f64(om.original)), c.f64(om.factor - 1))),
        ], e.mul(at('OMEGA_BASE'), e.pow(v('ntk', 'f64'), at('OMEGA_EXPO')))),
      };
    case 'select':
      return {
        constants: [table('OMEGA_SHORT', om.short, `LongRoPE: the long factors when seq_len > ${om.threshold}`), table('OMEGA_LONG', om.long)],
        body: each([s.let('use_long', e.gt(seqLen, c.f64(om.threshold)))], e.select(v('use_long', 'bool'), at('OMEGA_LONG'), at('OMEGA_SHORT'))),
      };
  }
}

/**
 * Host code that stores the `sincos table(N)` of the spec into the f32 buffer `sincos_table`:
 * entry (p·pairs + j)·2 = cos(p·ω_j), + 1 = sin(p·ω_j), in f64 and rounded once, from `omega`.
 */
export function sincosFill(ir: OptimizedIR): Stmt[] {
  if (ir.kernel.sincos.kind !== 'table') return [];
  const n = ir.pairs.length;
  const p = v('p', 'i64');
  const at = e.mul(e.add(e.mul(p, c.i64(n)), e.cast('i64', v('j', 'i32'))), c.i64(2));
  const phi = v('phi', 'f64');
  return [
    s.for('p', 'i64', c.i64(0), c.i64(ir.kernel.sincos.maxPositions), [
      s.for('j', 'i32', c.i32(0), c.i32(n), [
        s.let('phi', e.mul(e.cast('f64', p), e.load('omega', 'f64', v('j', 'i32')))),
        s.let('at', at),
        s.store('sincos_table', v('at', 'i64'), e.cast('f32', e.un('cos', phi))),
        s.store('sincos_table', e.add(v('at', 'i64'), c.i64(1)), e.cast('f32', e.un('sin', phi))),
      ]),
    ]),
  ];
}

/**
 * Host code that fills the `sincos cache(…)` of the spec for positions [0, cache_positions) from
 * `omega`: cos(p·ω_j)·m and sin(p·ω_j)·m (m the attention factor) in f64, rounded to f32 and then
 * to the cache's dtype (as a float32 cache cast to bf16 is). The column layout is the kernel's
 * (cacheRead in angle.ts): cos_sin_cache row p = every pair's cos, then every pair's sin.
 */
export function cacheFill(ir: OptimizedIR): Stmt[] {
  const sc = ir.kernel.sincos;
  if (sc.kind !== 'cache') return [];
  const P = ir.pairs.length;
  const m = ir.attentionFactor;
  const p = v('p', 'i64');
  const j = e.cast('i64', v('j', 'i32'));
  const phi = v('phi', 'f64');
  const value = (x: Expr) => {
    const f = e.cast('f32', m === 1 ? x : e.mul(x, c.f64(m)));
    return sc.dtype === 'f32' ? f : e.encode(sc.dtype, f);
  };
  const [cosName, sinName, width, sinFrom] = sc.layout === 'cos_sin' ? ['cos_sin_cache', 'cos_sin_cache', 2 * P, P] : ['cos_cache', 'sin_cache', P, 0];
  const row = e.mul(p, c.i64(width));
  return [
    s.for('p', 'i64', c.i64(0), param('cache_positions', 'i64'), [
      s.for('j', 'i32', c.i32(0), c.i32(P), [
        s.let('phi', e.mul(e.cast('f64', p), e.load('omega', 'f64', v('j', 'i32')))),
        s.store(cosName, e.add(row, j), value(e.un('cos', phi))),
        s.store(sinName, e.add(e.add(row, c.i64(sinFrom)), j), value(e.un('sin', phi))),
      ]),
    ]),
  ];
}
