// What a CUDA launch of one spec looks like, derived from the IR once and shared by every artifact
// (kernel, header, manifest, PyTorch op, test harness): the public argument list in order, and the
// chunk plan — how the work of one token is split over threads.
//
// A thread owns one (token, chunk). A rotate chunk is a few consecutive pairs of one lane run
// (sin/cos computed once, then every head of q and k rotated); a copy chunk is a few identity lanes
// (out-of-place only). The schedules themselves (src/kernel/schedule.ts) are shared with WGSL.
import type { OptimizedIR, RopeIR } from '../../compiler/ir.js';
import { schedules, schedulesKind, type TensorSchedules } from '../../kernel/schedule.js';
import { hostArguments, type ArrayArg, type SizeArg as CallSize } from '../../kernel/args.js';
import type { Dtype } from '../../compiler/spec.js';

/** Element types of launcher arrays: q and k's dtypes, integers, and fp8 e4m3 bytes (`kv_cache …(dtype fp8_e4m3)`). */
export type ArgDtype = Dtype | 'i64' | 'i32' | 'e4m3';

/** An array parameter of the launcher (kernel/args.ts) with its C element type and its length as a C expression. */
export type TensorArg = Pick<ArrayArg, 'name' | 'role' | 'shape' | 'doc'> & { kind: 'tensor'; dtype: ArgDtype; lengthC: string };

export type SizeArg = Pick<CallSize, 'kind' | 'name' | 'domain' | 'doc'>;

export type LaunchArg = TensorArg | SizeArg;

export const BLOCK_THREADS = 256;
/** Dynamic ω travels by value in the kernel parameters; beyond this many pairs we refuse (RB001). */
export const MAX_DYNAMIC_PAIRS = 1024;

export function elemBytes(dtype: Dtype): number {
  return dtype === 'f32' ? 4 : 2;
}

/** The spec's public arguments in launcher order (kernel/args.ts; the stream comes last and is not listed). */
export function launchArgs(ir: RopeIR): LaunchArg[] {
  const tokensC = ir.kernel.layout === 'thd' ? 'tokens' : 'batch * seq';
  const dtype = (a: ArrayArg): ArgDtype => {
    const src = ir.positions.source;
    switch (a.element) {
      case 'storage': return ir.kernel.dtype;
      case 'position': return src.kind === 'tensor' && src.element === 'float' ? 'f32' : 'i64';
      case 'offset': return 'i64';
      case 'index': return 'i32';
      case 'f32': return 'f32';
      case 'cache': return ir.kernel.sincos.kind === 'cache' ? ir.kernel.sincos.dtype : 'f32';
      case 'slot': return 'i64';
      case 'table': return 'i32';
      case 'fp8': return 'e4m3';
    }
  };
  return hostArguments(ir, 'C').map((a): LaunchArg => (a.kind === 'size'
    ? { kind: 'size', name: a.name, domain: a.domain, doc: a.doc }
    : {
        kind: 'tensor', name: a.name, dtype: dtype(a), role: a.role, shape: a.shape, doc: a.role === 'inout' ? `${a.doc}, rotated in place` : a.doc,
        lengthC: a.shape.map((d) => (d === 'tokens' ? tokensC : a.shape.length > 1 && typeof d === 'string' && d.includes(' ') ? `(${d})` : d)).join(' * '),
      }));
}

/**
 * The two schedules a launch picks from: one pair (or lane) per thread, and 16 bytes per thread
 * where lanes line up (null when no run has a whole vector). The launcher takes the 16-byte one
 * when every q/k pointer is 16-byte aligned. CUDA memory is byte-addressable: a store touches only
 * its element, so items need not own words.
 */
export function cudaSchedules(ir: OptimizedIR): { scalar: TensorSchedules; vector: TensorSchedules | null } {
  const outOfPlace = !ir.kernel.inplace;
  const vector = schedules(ir, 'vector', outOfPlace, 1);
  return { scalar: schedules(ir, 'scalar', outOfPlace, 1), vector: schedulesKind(vector) === 'vector' ? vector : null };
}
