// What a generated WGSL host module defines before the host code (templates/wgsl/host.ts): the
// declarations here stand in for the spec's part when host.ts is type-checked on its own
// (`npm run typecheck`). ropec prints the real part from templates/wgsl/host-spec.hbs.
import type { Resolved, SpecConfig } from './host.js';

export declare const WGSL: string;
export declare const WGSL_F16: string | null;
export declare const WGSL_SCALAR: string | null;
export declare const WORKGROUP_SIZE: number;
export declare const SPEC: SpecConfig;

/** Run-time sizes: the spec decides which. */
export type Sizes = Record<string, number | undefined>;

/** The spec's arguments: the host's own and the spec's position arrays. */
export interface Args {
  q: GPUBuffer;
  k: GPUBuffer;
  qOut?: GPUBuffer;
  kOut?: GPUBuffer;
  positions?: GPUBuffer | Int32Array | Float32Array;
  segment_table?: Int32Array;
  segment_values?: Float32Array;
  offsets?: ArrayLike<number>;
  cu_seqlens?: ArrayLike<number>;
  k_offsets?: ArrayLike<number>;
  k_cu_seqlens?: ArrayLike<number>;
  k_grid_sizes?: ArrayLike<number>;
  grid_sizes?: ArrayLike<number>;
  cos_sin_cache?: GPUBuffer | Float32Array | Uint16Array;
  cos_cache?: GPUBuffer | Float32Array | Uint16Array;
  sin_cache?: GPUBuffer | Float32Array | Uint16Array;
  q_norm_weight?: GPUBuffer | Float32Array | Uint16Array;
  k_norm_weight?: GPUBuffer | Float32Array | Uint16Array;
  v?: GPUBuffer;
  slot_mapping?: GPUBuffer | Int32Array;
  block_table?: GPUBuffer | Int32Array;
  k_cache?: GPUBuffer;
  v_cache?: GPUBuffer;
  sizes: Sizes;
}

/** ω per pair at seq_len, the tables the kernel's angle reads by binding name, the sin/cos table (src/kernel/tables.ts). */
export declare function omegaAt(seqLen: number): Float64Array;
export declare function angleTables(omega: Float64Array): Record<string, Float32Array>;
export declare function sincosTable(omega: Float64Array): Float32Array;

/** Head groups of q and of k for the `_grouped` entry points (src/kernel/schedule.ts groupCount). */
export declare function qGroups(qHeads: number): number;
export declare function kGroups(kHeads: number): number;

/** The argument checks of the spec (src/kernel/checks.ts, host W) and the sizes they resolve. */
export declare function validate(args: Args): Resolved;
