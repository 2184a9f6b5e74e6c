// The checked meaning of one `rope` block: what the checker produces and lowering consumes.
// Every field is validated; defaults are filled in. See docs/LANGUAGE.md for the surface syntax.
import type { SourcePos } from './diagnostics.js';

export type Style = 'half' | 'interleaved';
export type Dtype = 'f32' | 'f16' | 'bf16';
/** thd = [tokens, heads, dim]; bshd = [batch, seq, heads, dim]; bhsd = [batch, heads, seq, dim]. */
export type Layout = 'thd' | 'bshd' | 'bhsd';

export interface AxisSize {
  name: string;
  size: number;
}

export type AxesSpec =
  | { kind: 'single'; name: string }
  /** Sizes in pairs. Contiguous runs of pair indices (Qwen2-VL mrope_section). */
  | { kind: 'sectioned'; axes: AxisSize[] }
  /** Sizes in pairs. Qwen3-VL / ggml IMROPE interleaving. */
  | { kind: 'interleaved'; axes: AxisSize[] }
  /** Sizes in pairs, [t, h, w]: VideoRoPE low-frequency temporal allocation. */
  | { kind: 'videorope'; axes: AxisSize[] }
  /** Sizes in lanes: each axis owns a contiguous block of lanes and rotates within it. */
  | { kind: 'lanes'; axes: AxisSize[] };

export type FrequencySource =
  | { kind: 'base'; base: number }
  | { kind: 'periods_base'; base: number }
  | { kind: 'periods_range'; min: number; max: number }
  | { kind: 'list'; values: number[] }
  /** θ^(−2k/D) for k < rotated, 0 after (Hugging Face 'proportional', Gemma 4 global layers). */
  | { kind: 'proportional'; base: number; rotated: number };

export interface AxisFrequencyOverride {
  base?: number;
  scale?: number;
}

export interface FrequencySpec {
  source: FrequencySource;
  /** 'rotary': one table over the rotary dim, pairs assigned to axes; 'axis': a table per axis. */
  over: 'rotary' | 'axis';
  perAxis: Record<string, AxisFrequencyOverride>;
}

export type ScalingSpec =
  | { kind: 'linear'; factor: number }
  | { kind: 'ntk'; alpha: number }
  | { kind: 'dynamic'; factor: number; original: number }
  | {
      kind: 'yarn';
      factor: number;
      original: number;
      betaFast: number;
      betaSlow: number;
      mscale: number | null;
      mscaleAllDim: number | null;
      truncate: boolean;
      attentionFactor: number | null;
    }
  | { kind: 'llama3'; factor: number; low: number; high: number; original: number }
  | {
      kind: 'longrope';
      short: number[];
      long: number[];
      original: number;
      factor: number | null;
      select: 'short' | 'long' | 'auto';
      attentionFactor: number | null;
    }
  | { kind: 'factors'; values: number[] };

export interface GridAxisAffine {
  stride: number;
  shift: number;
  scale: number;
}

export type PositionSpec =
  | { kind: 'index'; offset: 'none' | 'scalar' | 'per_sequence'; packed: boolean }
  | { kind: 'tensor'; dtype: 'int' | 'float' }
  | {
      kind: 'grid';
      axes: string[];
      normalize: 'none' | 'separate' | 'max' | 'min';
      /**
       * `center`: cell i of an axis of size N sits at i − (N − 1)/2 (before stride, shift, scale), so
       * the grid is symmetric about 0. Absent (not false) otherwise, so other specs keep their hash.
       */
      center?: true;
      /**
       * `packed`: several grids of different sizes in one call (multi-scale). The sequences of a
       * packed batch (cu_seqlens) are one grid each, with sizes from the run-time tensor grid_sizes
       * [batch, axes]. Absent (not false) otherwise.
       */
      packed?: true;
      affine: Record<string, GridAxisAffine>;
      prefix: number;
    }
  /**
   * `input`: 'segments' (default) — the kernel evaluates each token's position from a segment
   * table (src/positions/encoding.ts); 'tensor' — it reads the materialized positions tensor.
   */
  | { kind: 'timeline'; mode: 'strict' | 'compat'; input: PositionInput }
  | {
      kind: 'mrope';
      input: PositionInput;
      spatialMerge: number;
      video: 'frames' | 'scaled' | 'per_frame';
      tokensPerSecond: number | null;
      imageToken: number | null;
      videoToken: number | null;
      visionStartToken: number | null;
      audioToken: number | null;
      /*
       * The options below are absent (not defaulted) unless the spec gives them, so other specs keep
       * their hash; the builder fills in what the selected transformers version does
       * (src/positions/mrope.ts, docs/positions.md).
       */
      /** Qwen2.5-Omni `audio_start_token_id`. */
      audioStartToken?: number;
      /** Qwen2.5-Omni `seconds_per_chunk`. */
      secondsPerChunk?: number;
      /** Whose get_rope_index conventions: transformers v4.57, v5 (default), v5 with integer second_per_grid_t. */
      transformers?: 'v4_57' | 'v5' | 'v5_int_spg';
      padValue?: number;
      deltaLength?: 'padded' | 'unpadded';
      secondPerGridAsInt?: boolean;
      clampDeltas?: boolean;
    };

/** Where a builder source's positions reach the kernel: a segment table (fused) or a tensor. */
export type PositionInput = 'segments' | 'tensor';

/** An engine's cos/sin cache: vLLM's `cos_sin_cache` [positions, rot] (cos half, then sin half) or separate `cos`/`sin` [positions, rot/2]. */
export type CacheLayout = 'cos_sin' | 'split';

export type SinCosSpec =
  | { kind: 'compute' }
  | { kind: 'table'; maxPositions: number }
  /** Read from a cache the caller passes; dtype null: the kernel's storage dtype. */
  | { kind: 'cache'; layout: CacheLayout; dtype: Dtype | null };

/**
 * One tensor's own head shape, where it differs from the spec's `head_dim` and `rotary … offset`
 * (`q heads 128 head_dim 192 offset 128`: MLA's q heads, whose last 64 lanes rotate).
 */
export interface TensorLanesSpec {
  headDim: number;
  /** The lane of the tensor's head where the rotary lanes begin. */
  offset: number;
}

export interface KernelSpec {
  qHeads: number | null;
  kHeads: number | null;
  /**
   * `k … tokens own`: k has its own token count (`k_tokens`) and its own positions, from the same
   * source as q's (its own offset, grid sizes or positions tensor): cross-attention, MViT's pooled
   * keys, SAM2's memory. Absent otherwise.
   */
  kTokens?: 'own';
  /** Per-tensor head shapes (`q … head_dim N offset M`). Absent (not empty) when no tensor has one, so other specs keep their hash. */
  lanes?: Partial<Record<'q' | 'k', TensorLanesSpec>>;
  layout: Layout;
  dtype: Dtype;
  inplace: boolean;
  sincos: SinCosSpec;
  precision: 'exact' | 'fast';
  /**
   * `dtype f16 native`: WGSL also gets a variant that stores q and k as array<f16> under
   * `enable f16`, used when the device has shader-f16. Absent (not false) otherwise, so specs
   * without it keep their hash.
   */
  nativeF16?: true;
  /**
   * `strided`: q and k (and the outputs) are views with run-time token and head strides, e.g. the
   * q and k parts of a fused QKV buffer. Absent (not false) otherwise.
   */
  strided?: true;
  /**
   * `norm rms(eps E)`: each head of q and k is RMS-normalized over its whole head_dim before it
   * rotates, x · w / sqrt(mean(x²) + eps), with a weight vector per tensor (q_norm_weight,
   * k_norm_weight; `weight none`: no weight, Llama-4's L2 norm; `weight one_plus`: 1 + w, Gemma 3).
   * Absent otherwise, so specs without it keep their hash.
   */
  norm?: NormSpec;
  /**
   * `kv_cache slots` / `kv_cache paged(block B[, layout hnd])`: after the rotation, each token's
   * rotated k and its v are also stored into the caller's KV cache at row slot_mapping[token]
   * (−1: the token is skipped), as an engine's cache write fused with RoPE. Absent otherwise.
   */
  kvCache?: KvCacheSpec;
  /**
   * `q … output fp8_e4m3`: q's output holds fp8 e4m3 bytes, e4m3(q / q_scale) of the rotated q
   * (saturating, nearest even, as CUDA's __nv_fp8_e4m3), as FlashInfer's rope_quantize_fp8 writes
   * it for an fp8 attention; out of place only. Absent otherwise, so other specs keep their hash.
   */
  qOutput?: 'fp8_e4m3';
}

/**
 * Where the KV-cache write puts slot `s`: `slots` a flat [cache_slots, k_heads, head_dim];
 * `paged` blocks of `block` slots, NHD [cache_blocks, block, k_heads, head_dim] or HND
 * [cache_blocks, k_heads, block, head_dim] (slot s is row s % block of block s / block).
 */
export type KvCacheSpec = ({ kind: 'slots' } | {
  kind: 'paged'; block: number; layout: 'nhd' | 'hnd';
  /**
   * `slots table`: a token's slot comes from the block table and its position p (TensorRT-LLM,
   * FlashInfer): block_table[sequence, p / block] · block + p % block, instead of slot_mapping.
   * Absent for slot_mapping.
   */
  table?: true;
}) & {
  /**
   * `dtype fp8_e4m3`: the caches hold fp8 e4m3 bytes, k_cache ← e4m3(k / k_scale) and v_cache ←
   * e4m3(v / v_scale) (saturating, nearest even, as CUDA's __nv_fp8_e4m3); absent: q and k's dtype.
   */
  dtype?: 'fp8_e4m3';
};

/** A norm of each head before the rotation (`norm rms(…)`). */
export interface NormSpec {
  kind: 'rms';
  eps: number;
  weight: 'scale' | 'none' | 'one_plus';
}

export interface Spec {
  name: string;
  file: string;
  headDim: number;
  rotaryDim: number;
  rotaryOffset: number;
  style: Style;
  direction: 'forward' | 'inverse';
  frequencies: FrequencySpec;
  scaling: ScalingSpec | null;
  attentionFactor: number | null;
  axes: AxesSpec;
  positions: PositionSpec;
  kernel: KernelSpec;
  /** Where the statements a backend may refuse are in the source (not part of the spec's meaning). */
  at: SpecSources;
}

/** Source positions of a rope block's name and of the statements backends' limits concern. */
export interface SpecSources {
  rope: SourcePos;
  positions: SourcePos;
  /** The kernel block, or the rope's name when there is none. */
  kernel: SourcePos;
  frequencies: SourcePos;
  scaling?: SourcePos;
  attention?: SourcePos;
}

export function axisNames(axes: AxesSpec): string[] {
  return axes.kind === 'single' ? [axes.name] : axes.axes.map((a) => a.name);
}
