// What each model family computes for its rotary embedding, as `ropec import` needs to know it:
// which pairs (half or interleaved), the config-class defaults a config.json may leave out, where
// a nested language model keeps its fields, how the rotated lanes and the k heads are counted, and
// which layers use which RoPE (or none). Every entry was read from the family's code — transformers
// v5 (`src/transformers/models/<family>/`), or the remote code a model ships with — and names it.
// A family ropec does not know imports with the common transformers defaults and a warning; a
// family with no RoPE at all is refused with the reason (NO_ROPE).
import type { Style } from '../compiler/spec.js';

export type Json = Record<string, unknown>;

/** How a Qwen-style multimodal model advances the t index of a video (positions mrope(…)). */
export type MropeKind = 'frames' | 'scaled' | 'per_frame' | 'omni' | 'tensor';

/** One kind of layer: which layers, and the RoPE they use (null: none). */
export interface LayerKind {
  /** The config's layer type ('sliding_attention', 'full_attention', …), '' when it has none. */
  type: string;
  layers: number[];
  rope: RopeSet | null;
  /** NoPE layers: what the model does there instead, for the warning. */
  why?: string;
  /** The config field that says which layers these are (default layer_types). */
  field?: string;
}

/** Where one kind of layer takes its RoPE parameters from. */
export interface RopeSet {
  /** The rope_scaling / rope_parameters object (undefined: plain RoPE). */
  params?: Json;
  /** Its JSON path (for messages), or where it would be. */
  paramsPath: string;
  /** The base, when this layer kind reads it from somewhere else (Gemma 3's rope_local_base_freq). */
  base?: { value: unknown; path: string };
  /** The config class's default base for this layer kind, and what the class calls it. */
  baseDefault?: number;
  baseDefaultPath?: string;
  /** The base is only `base`, the parameters' rope_theta or baseDefault — never the config's rope_theta. */
  ownBase?: boolean;
  /** A head dim of its own (Gemma 4's global_head_dim). */
  headDim?: { value: unknown; path: string };
  kvHeads?: { value: unknown; path: string };
}

export interface Defaults {
  rope_theta?: number;
  partial_rotary_factor?: number;
  rotary_pct?: number;
  /** GPT-J / CodeGen rotary_dim; null = the whole head. */
  rotary_dim?: number | null;
  head_dim?: number;
  max_position_embeddings?: number;
  num_hidden_layers?: number;
}

export interface Family {
  /** The family's name in messages: 'Llama'. */
  name: string;
  /** Where its RoPE is defined: 'transformers models/llama', 'remote code modeling_chatglm.py'. */
  source: string;
  style: Style;
  /** Nested language-model configs to look in, in order. */
  text?: string[][];
  defaults?: Defaults;
  /**
   * How the rotated lanes are counted: 'partial' — partial_rotary_factor (rope_parameters or top
   * level); 'rotary_pct' — NeoX/Qwen-1 rotary_pct (v5 also partial_rotary_factor); 'rotary_dim' —
   * GPT-J rotary_dim; 'chatglm' — half of kv_channels (ChatGLM2/3, GLM-4 remote code).
   */
  rotary?: 'partial' | 'rotary_pct' | 'rotary_dim' | 'chatglm';
  /** How k heads are counted when it is not num_key_value_heads. */
  kvHeads?: 'falcon' | 'chatglm' | 'mha';
  /** Multi-head latent attention: RoPE on the qk_rope_head_dim slices, one shared k_pe head. */
  mla?: boolean;
  mrope?: MropeKind;
  /** The layer kinds, when layers differ (sliding/full, NoPE layers, linear attention). */
  layers?: (cfg: Json, n: number, global: RopeSet) => LayerKind[];
  /** Family-specific warnings (fields outside RoPE that change what positions do). */
  notes?: (cfg: Json, root: Json, at: (k: string) => string, warn: (w: string) => void) => void;
}

const TEXT = [['text_config']];

// ------------------------------------------------------------------------------------------------
// Layer rules

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** `layer_types` from the config, else the family's default pattern. */
function layerTypes(cfg: Json, n: number, fallback: (i: number) => string): string[] {
  const lt = cfg.layer_types;
  if (Array.isArray(lt) && lt.length >= n && lt.every((t) => typeof t === 'string')) return (lt as string[]).slice(0, n);
  return range(n).map(fallback);
}

/** One kind per distinct layer type, in order of first appearance. */
function byType(types: string[], rope: (type: string) => RopeSet | null, why?: (type: string) => string | undefined, field?: string): LayerKind[] {
  const out: LayerKind[] = [];
  types.forEach((t, i) => {
    let k = out.find((x) => x.type === t);
    if (!k) {
      k = { type: t, layers: [], rope: rope(t), why: why?.(t), field };
      out.push(k);
    }
    k.layers.push(i);
  });
  return out;
}

/** Every (i+1)-th of `every` layers is the second type: Gemma's sliding_window_pattern. */
function pattern(every: number, first: string, last: string) {
  return (i: number) => ((i + 1) % every === 0 ? last : first);
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** v5 rope_parameters nested by layer type: { sliding_attention: {…}, full_attention: {…} }. */
export function nestedByType(params: Json | undefined, types: string[]): boolean {
  return !!params && Object.keys(params).length > 0 && Object.keys(params).every((k) => types.includes(k) && (isObject(params[k]) || params[k] === null));
}

/** A layer type's own set in nested rope_parameters, with the global set's path extended. */
function typeSet(global: RopeSet, type: string, extra: Partial<RopeSet> = {}): RopeSet | null {
  const p = global.params?.[type];
  if (p === null) return null;
  return { ...extra, params: isObject(p) ? p : undefined, paramsPath: `${global.paramsPath}.${type}` };
}

// Gemma 3 (transformers models/gemma3/configuration_gemma3.py, Gemma3TextConfig): layer_types from
// sliding_window_pattern (default 6: every 6th layer full); convert_rope_params_to_dict gives the
// full_attention layers rope_scaling and rope_theta (default 1e6) and the sliding_attention layers
// plain RoPE with rope_local_base_freq (default 1e4).
function gemma3Layers(cfg: Json, n: number, global: RopeSet): LayerKind[] {
  const every = typeof cfg.sliding_window_pattern === 'number' ? cfg.sliding_window_pattern : 6;
  const types = layerTypes(cfg, n, pattern(every, 'sliding_attention', 'full_attention'));
  const local = { baseDefault: 10_000, baseDefaultPath: 'Gemma3TextConfig default rope_local_base_freq' };
  const global_ = { baseDefault: 1_000_000, baseDefaultPath: 'Gemma3TextConfig default rope_theta' };
  if (nestedByType(global.params, types)) return byType(types, (t) => typeSet(global, t, t === 'sliding_attention' ? local : global_));
  const at = global.paramsPath.replace(/[^.]*$/, '');
  return byType(types, (t) => t === 'sliding_attention'
    ? { params: undefined, paramsPath: `${at}rope_scaling`, ...local, ownBase: true,
        base: cfg.rope_local_base_freq !== undefined && cfg.rope_local_base_freq !== null ? { value: cfg.rope_local_base_freq, path: `${at}rope_local_base_freq` } : undefined }
    : { ...global, ...global_ });
}

// Gemma 4 (models/gemma4/configuration_gemma4.py Gemma4TextConfig.__post_init__, modular_gemma4.py
// Gemma4TextRotaryEmbedding and Gemma4TextAttention): rope_parameters per layer type, default
// sliding = default RoPE θ 1e4, full = 'proportional' with partial_rotary_factor 0.25 and θ 1e6;
// full layers have head_dim global_head_dim (default 512) and, with attention_k_eq_v,
// num_global_key_value_heads k heads; layer_types default: every 6th layer full.
function gemma4Layers(cfg: Json, n: number, global: RopeSet): LayerKind[] {
  const types = layerTypes(cfg, n, pattern(6, 'sliding_attention', 'full_attention'));
  const at = global.paramsPath.replace(/[^.]*$/, '');
  const defaults: Record<string, Json> = {
    sliding_attention: { rope_type: 'default', rope_theta: 10_000 },
    full_attention: { rope_type: 'proportional', partial_rotary_factor: 0.25, rope_theta: 1_000_000 },
  };
  const nested = nestedByType(global.params, types);
  return byType(types, (t) => {
    const set: RopeSet | null = nested ? typeSet(global, t) : { params: defaults[t], paramsPath: `${global.paramsPath} (Gemma4TextConfig default)` };
    if (!set || t !== 'full_attention') return set;
    const ghd = cfg.global_head_dim ?? 512;
    set.headDim = { value: ghd, path: cfg.global_head_dim === undefined ? `${at}global_head_dim (default 512)` : `${at}global_head_dim` };
    if (cfg.attention_k_eq_v === true && cfg.num_global_key_value_heads !== undefined && cfg.num_global_key_value_heads !== null) {
      set.kvHeads = { value: cfg.num_global_key_value_heads, path: `${at}num_global_key_value_heads` };
    }
    return set;
  });
}

// OLMo 3 (models/olmo3/modular_olmo3.py, Olmo3Model): sliding_attention layers use plain RoPE,
// "RoPE scaling is not applied to sliding window attention layers"; full_attention layers the scaling.
function olmo3Layers(cfg: Json, n: number, global: RopeSet): LayerKind[] {
  const types = layerTypes(cfg, n, pattern(4, 'sliding_attention', 'full_attention'));
  if (nestedByType(global.params, types)) return byType(types, (t) => typeSet(global, t));
  const theta = global.params?.rope_theta;
  return byType(types, (t) => (t === 'sliding_attention'
    ? { params: theta === undefined ? undefined : { rope_type: 'default', rope_theta: theta }, paramsPath: `${global.paramsPath} (without its scaling)` }
    : global));
}

// EXAONE 4 (models/exaone4/modular_exaone4.py, Exaone4Attention.forward): "We use global NoPE for
// hybrid attention model" — RoPE only where `self.sliding_window is None or self.is_sliding`.
function exaone4Layers(cfg: Json, n: number, global: RopeSet): LayerKind[] {
  if (cfg.sliding_window === undefined || cfg.sliding_window === null) return [{ type: '', layers: range(n), rope: global }];
  const pat = cfg.sliding_window_pattern;
  const fallback = typeof pat === 'string' && pat.length > 0
    ? (i: number) => (pat[i % pat.length] === 'G' ? 'full_attention' : 'sliding_attention')
    : pattern(typeof pat === 'number' ? pat : 4, 'sliding_attention', 'full_attention');
  return byType(layerTypes(cfg, n, fallback), (t) => (t === 'sliding_attention' ? global : null),
    () => 'EXAONE 4 uses no positional encoding in its global (full_attention) layers');
}

// Cohere 2 (models/cohere2/modular_cohere2.py, Cohere2Attention): apply_rotary_pos_emb only
// `if self.sliding_window is not None`, i.e. in sliding_attention layers.
function cohere2Layers(cfg: Json, n: number, global: RopeSet): LayerKind[] {
  const every = typeof cfg.sliding_window_pattern === 'number' ? cfg.sliding_window_pattern : 4;
  const slidingWindow = cfg.sliding_window !== undefined && cfg.sliding_window !== null;
  return byType(layerTypes(cfg, n, pattern(every, 'sliding_attention', 'full_attention')),
    (t) => (t === 'sliding_attention' && slidingWindow ? global : null),
    () => 'Cohere 2 rotates only in its sliding-window layers; full-attention layers use no positional encoding');
}

// Llama 4 and SmolLM3 (models/llama4/modeling_llama4.py Llama4TextAttention, models/smollm3
// SmolLM3Attention): `self.use_rope = config.no_rope_layers[layer_idx]` — 1 means RoPE; the default
// list is `int((i + 1) % no_rope_layer_interval != 0)` with interval 4, so layers 3, 7, 11, … are NoPE.
function noRopeLayers(why: string) {
  return (cfg: Json, n: number, global: RopeSet): LayerKind[] => {
    const list = cfg.no_rope_layers;
    const interval = typeof cfg.no_rope_layer_interval === 'number' ? cfg.no_rope_layer_interval : 4;
    // An empty list is falsy in Python: the config class computes the default one.
    const given = Array.isArray(list) && list.length > 0;
    const usesRope = (i: number) => (given && i < (list as unknown[]).length ? Boolean((list as unknown[])[i]) : (i + 1) % interval !== 0);
    const layers = range(n);
    return [
      { type: '', layers: layers.filter(usesRope), rope: global },
      { type: '', layers: layers.filter((i) => !usesRope(i)), rope: null, why, field: given ? 'no_rope_layers' : 'no_rope_layer_interval' },
    ].filter((k) => k.layers.length > 0);
  };
}

// Llama 3.2 Vision (models/mllama/modeling_mllama.py): the layers in cross_attention_layers are
// MllamaCrossAttentionDecoderLayer, whose attention reads the image states and applies no RoPE.
function mllamaLayers(cfg: Json, n: number, global: RopeSet): LayerKind[] {
  const cross = Array.isArray(cfg.cross_attention_layers) ? cfg.cross_attention_layers : [3, 8, 13, 18, 23, 28, 33, 38];
  return byType(range(n).map((i) => (cross.includes(i) ? 'cross_attention' : 'self_attention')),
    (t) => (t === 'self_attention' ? global : null), () => 'these are cross-attention layers over the image encoder states, without RoPE', 'cross_attention_layers');
}

// Qwen3-Next and Qwen3.5 (models/qwen3_next, models/qwen3_5 Qwen3_5DecoderLayer): linear_attention
// layers are Gated DeltaNet blocks with no positional encoding; full_attention layers rotate.
function linearAttentionLayers(cfg: Json, n: number, global: RopeSet): LayerKind[] {
  const every = typeof cfg.full_attention_interval === 'number' ? cfg.full_attention_interval : 4;
  return byType(layerTypes(cfg, n, pattern(every, 'linear_attention', 'full_attention')),
    (t) => (t === 'linear_attention' ? null : global), () => 'linear_attention layers are Gated DeltaNet blocks, which use no positional encoding');
}

// ------------------------------------------------------------------------------------------------
// The families

const half = (name: string, source: string, extra: Partial<Family> = {}): Family => ({ name, source, style: 'half', ...extra });
const interleaved = (name: string, source: string, extra: Partial<Family> = {}): Family => ({ name, source, style: 'interleaved', ...extra });

/** model_type → family. Sources are transformers v5 unless marked remote code. */
export const FAMILIES: Record<string, Family> = {
  // models/llama/modeling_llama.py: rotate_half over the first rotary dim; LlamaConfig rope_theta 10000.
  llama: half('Llama', 'transformers models/llama', { defaults: { rope_theta: 10_000, max_position_embeddings: 2048 } }),
  mistral: half('Mistral', 'transformers models/mistral', { defaults: { rope_theta: 10_000 } }),
  mixtral: half('Mixtral', 'transformers models/mixtral', { defaults: { rope_theta: 1_000_000 } }),
  qwen2: half('Qwen2', 'transformers models/qwen2', { defaults: { rope_theta: 10_000 } }),
  qwen2_moe: half('Qwen2-MoE', 'transformers models/qwen2_moe', { defaults: { rope_theta: 10_000 } }),
  // models/qwen3/configuration_qwen3.py: head_dim default 128, independent of hidden_size.
  qwen3: half('Qwen3', 'transformers models/qwen3', { defaults: { rope_theta: 10_000, head_dim: 128 }, notes: qkNormNotes('Qwen3', 'scale') }),
  qwen3_moe: half('Qwen3-MoE', 'transformers models/qwen3_moe', { defaults: { rope_theta: 10_000, head_dim: 128 }, notes: qkNormNotes('Qwen3-MoE', 'scale') }),
  // models/qwen3_next: partial_rotary_factor 0.25; linear_attention layers have no RoPE.
  // models/qwen3_next/configuration_qwen3_next.py Qwen3NextConfig: head_dim 256, partial_rotary_factor 0.25,
  // 48 layers, layer_types from full_attention_interval 4.
  qwen3_next: half('Qwen3-Next', 'transformers models/qwen3_next', { defaults: { rope_theta: 10_000, partial_rotary_factor: 0.25, head_dim: 256, num_hidden_layers: 48 }, layers: linearAttentionLayers }),
  granite: half('Granite', 'transformers models/granite', { defaults: { rope_theta: 10_000 } }),
  granitemoe: half('Granite-MoE', 'transformers models/granitemoe', { defaults: { rope_theta: 10_000 } }),
  starcoder2: half('StarCoder2', 'transformers models/starcoder2', { defaults: { rope_theta: 10_000 } }),
  // models/gemma*/configuration: head_dim 256 by default.
  gemma: half('Gemma', 'transformers models/gemma', { defaults: { rope_theta: 10_000, head_dim: 256 } }),
  gemma2: half('Gemma 2', 'transformers models/gemma2', { defaults: { rope_theta: 10_000, head_dim: 256 } }),
  gemma3_text: half('Gemma 3', 'transformers models/gemma3', { defaults: { head_dim: 256, max_position_embeddings: 131_072, num_hidden_layers: 26 }, layers: gemma3Layers, notes: qkNormNotes('Gemma 3', 'one_plus') }),
  gemma3: half('Gemma 3', 'transformers models/gemma3', { text: TEXT, defaults: { head_dim: 256, max_position_embeddings: 131_072, num_hidden_layers: 26 }, layers: gemma3Layers, notes: qkNormNotes('Gemma 3', 'one_plus') }),
  gemma4_text: half('Gemma 4', 'transformers models/gemma4', { defaults: { head_dim: 256, num_hidden_layers: 30 }, layers: gemma4Layers, notes: gemma4Notes }),
  gemma4: half('Gemma 4', 'transformers models/gemma4', { text: TEXT, defaults: { head_dim: 256, num_hidden_layers: 30 }, layers: gemma4Layers, notes: gemma4Notes }),
  olmo: half('OLMo', 'transformers models/olmo', { defaults: { rope_theta: 10_000 } }),
  olmo2: half('OLMo 2', 'transformers models/olmo2', { defaults: { rope_theta: 10_000 } }),
  olmo3: half('OLMo 3', 'transformers models/olmo3', { defaults: { rope_theta: 10_000 }, layers: olmo3Layers }),
  // models/phi/configuration_phi.py: partial_rotary_factor 0.5 (rotary_dim in old configs is not read).
  phi: half('Phi', 'transformers models/phi', { defaults: { rope_theta: 10_000, partial_rotary_factor: 0.5 } }),
  phi3: half('Phi-3', 'transformers models/phi3', { defaults: { rope_theta: 10_000 } }),
  stablelm: half('StableLM', 'transformers models/stablelm', { defaults: { rope_theta: 10_000, partial_rotary_factor: 0.25 } }),
  persimmon: half('Persimmon', 'transformers models/persimmon', { defaults: { rope_theta: 25_000, partial_rotary_factor: 0.5 } }),
  // models/gpt_neox: rotary_pct (v5 partial_rotary_factor) default 0.25, rotary_emb_base 10000.
  gpt_neox: half('GPT-NeoX', 'transformers models/gpt_neox', { rotary: 'rotary_pct', defaults: { rope_theta: 10_000, rotary_pct: 0.25 } }),
  // models/gptj/modeling_gptj.py: rotate_every_two on the first rotary_dim lanes (default 64; null = all).
  gptj: interleaved('GPT-J', 'transformers models/gptj', { rotary: 'rotary_dim', defaults: { rope_theta: 10_000, rotary_dim: 64 } }),
  codegen: interleaved('CodeGen', 'transformers models/codegen', { rotary: 'rotary_dim', defaults: { rope_theta: 10_000, rotary_dim: 64 } }),
  // models/falcon/modeling_falcon.py FalconAttention: k heads = num_kv_heads with the new decoder
  // architecture, else 1 with multi_query, else num_attention_heads; no RoPE with alibi.
  falcon: half('Falcon', 'transformers models/falcon', { kvHeads: 'falcon', defaults: { rope_theta: 10_000 } }),
  // models/cohere/modeling_cohere.py: repeat_interleave(freqs, 2) and rotate_half on x[..., ::2], x[..., 1::2].
  cohere: interleaved('Cohere / Command-R', 'transformers models/cohere', { defaults: { rope_theta: 10_000 } }),
  cohere2: interleaved('Cohere 2', 'transformers models/cohere2', { defaults: { rope_theta: 10_000 }, layers: cohere2Layers }),
  // models/glm, models/glm4: partial_rotary_factor 0.5; cos/sin repeat_interleave(2), interleaved rotate_half.
  glm: interleaved('GLM', 'transformers models/glm', { defaults: { rope_theta: 10_000, partial_rotary_factor: 0.5 } }),
  glm4: interleaved('GLM-4', 'transformers models/glm4', { defaults: { rope_theta: 10_000, partial_rotary_factor: 0.5 } }),
  // models/glm4v/modeling_glm4v.py apply_multimodal_rotary_pos_emb: sections over the partial rotary
  // dim, then interleaved pairs; Glm4vModel.get_rope_index builds the (t, h, w) ids its own way.
  glm4v: interleaved('GLM-4.1V', 'transformers models/glm4v', { text: TEXT, mrope: 'tensor', defaults: { rope_theta: 10_000, partial_rotary_factor: 0.5 } }),
  // Remote code modeling_chatglm.py (THUDM/chatglm2-6b, chatglm3-6b, glm-4-9b-chat): RotaryEmbedding(
  // rotary_dim // 2) with rotary_dim = kv_channels, base 10000 · rope_ratio; apply_rotary_pos_emb
  // rotates adjacent lanes (x[..., 0], x[..., 1]) of the first half, original_rope; k heads are
  // multi_query_group_num with multi_query_attention.
  chatglm: interleaved('ChatGLM2/3, GLM-4', 'remote code modeling_chatglm.py', { rotary: 'chatglm', kvHeads: 'chatglm', defaults: { rope_theta: 10_000 } }),
  // Remote code modeling_baichuan.py (Baichuan-7B, Baichuan2-7B): Llama-style RoPE, base 10000.
  // The 13B models share the model_type but use ALiBi: see noRopeReason.
  baichuan: half('Baichuan 7B', 'remote code modeling_baichuan.py', { defaults: { rope_theta: 10_000 } }),
  // Remote code modeling_internlm2.py: rotate_half; InternLM2DynamicNTKScalingRotaryEmbedding as HF dynamic.
  internlm2: half('InternLM2', 'remote code modeling_internlm2.py', { defaults: { rope_theta: 10_000 } }),
  // Remote code modeling_qwen.py (Qwen-1): rotary_pct of kv_channels, rotary_emb_base, rotate_half.
  qwen: half('Qwen', 'remote code modeling_qwen.py', { rotary: 'rotary_pct', kvHeads: 'mha', defaults: { rope_theta: 10_000, rotary_pct: 1 }, notes: qwen1Notes }),
  // Remote code modeling_minicpm.py (MiniCPM, MiniCPM4): Llama-style RoPE and scalings.
  minicpm: half('MiniCPM', 'remote code modeling_minicpm.py', { defaults: { rope_theta: 10_000 } }),
  // models/minicpm3/modular_minicpm3.py MiniCPM3Attention: Llama apply_rotary_pos_emb on the
  // qk_rope_head_dim slices, k_rot one head expanded to all.
  minicpm3: half('MiniCPM3', 'transformers models/minicpm3', { mla: true, defaults: { rope_theta: 10_000 } }),
  // models/deepseek_v3 (rope_interleave, default true) and remote modeling_deepseek.py: q_pe/k_pe are
  // de-interleaved (view(…, d/2, 2).transpose) before rotate_half — adjacent lanes pair.
  deepseek_v2: interleaved('DeepSeek-V2', 'transformers models/deepseek_v2', { mla: true, defaults: { rope_theta: 10_000 } }),
  deepseek_v3: interleaved('DeepSeek-V3', 'transformers models/deepseek_v3', { mla: true, defaults: { rope_theta: 10_000 } }),
  // Kimi K2 ships DeepSeek-V3 remote code (auto_map configuration_deepseek.DeepseekV3Config).
  kimi_k2: interleaved('Kimi K2', 'DeepSeek-V3 remote code modeling_deepseek.py', { mla: true, defaults: { rope_theta: 10_000 } }),
  exaone4: half('EXAONE 4', 'transformers models/exaone4', { defaults: { rope_theta: 10_000 }, layers: exaone4Layers }),
  // models/gpt_oss/modeling_gpt_oss.py _apply_rotary_emb: torch.chunk(x, 2) halves.
  gpt_oss: half('gpt-oss', 'transformers models/gpt_oss', { defaults: { rope_theta: 150_000 } }),
  // models/llama4/modeling_llama4.py: complex multiplication of adjacent lanes (view_as_complex).
  llama4_text: interleaved('Llama 4', 'transformers models/llama4', { defaults: { rope_theta: 500_000 }, layers: noRopeLayers('Llama 4 NoPE layers (no_rope_layers); with attn_temperature_tuning they scale queries by position instead'), notes: llama4Notes }),
  llama4: interleaved('Llama 4', 'transformers models/llama4', { text: TEXT, defaults: { rope_theta: 500_000 }, layers: noRopeLayers('Llama 4 NoPE layers (no_rope_layers); with attn_temperature_tuning they scale queries by position instead'), notes: llama4Notes }),
  smollm3: half('SmolLM3', 'transformers models/smollm3', { layers: noRopeLayers('SmolLM3 NoPE layers (no_rope_layers)') }),
  mllama: half('Llama 3.2 Vision', 'transformers models/mllama', { text: TEXT, defaults: { rope_theta: 500_000 }, layers: mllamaLayers }),
  mistral3: half('Mistral 3', 'transformers models/mistral3', { text: TEXT, notes: ministral3Notes }),
  ministral3: half('Ministral 3', 'transformers models/ministral3', { notes: ministral3Notes }),
  // models/qwen2_vl, qwen2_5_vl, qwen3_vl, qwen3_5, qwen2_5_omni: M-RoPE over rotate_half pairs.
  qwen2_vl: half('Qwen2-VL', 'transformers models/qwen2_vl', { mrope: 'frames', defaults: { rope_theta: 1_000_000 } }),
  qwen2_5_vl: half('Qwen2.5-VL', 'transformers models/qwen2_5_vl', { mrope: 'scaled', defaults: { rope_theta: 1_000_000 } }),
  qwen3_vl: half('Qwen3-VL', 'transformers models/qwen3_vl', { text: TEXT, mrope: 'per_frame', defaults: { rope_theta: 5_000_000 }, notes: qkNormNotes('Qwen3-VL', 'scale') }),
  qwen3_vl_moe: half('Qwen3-VL-MoE', 'transformers models/qwen3_vl_moe', { text: TEXT, mrope: 'per_frame', defaults: { rope_theta: 5_000_000 }, notes: qkNormNotes('Qwen3-VL-MoE', 'scale') }),
  // models/qwen3_5/modular_qwen3_5.py: Qwen3_5TextConfig extends Qwen3NextConfig (its defaults), the
  // text rotary embedding is Qwen3-VL's interleaved M-RoPE, Qwen3_5Config extends Qwen3VLConfig.
  qwen3_5: half('Qwen3.5', 'transformers models/qwen3_5', { text: TEXT, mrope: 'per_frame', defaults: { rope_theta: 10_000, partial_rotary_factor: 0.25, head_dim: 256, num_hidden_layers: 32 }, layers: linearAttentionLayers }),
  qwen3_5_moe: half('Qwen3.5-MoE', 'transformers models/qwen3_5_moe', { text: TEXT, mrope: 'per_frame', defaults: { rope_theta: 10_000, partial_rotary_factor: 0.25, head_dim: 256 }, layers: linearAttentionLayers }),
  qwen2_5_omni: half('Qwen2.5-Omni thinker', 'transformers models/qwen2_5_omni', { text: [['thinker_config', 'text_config']], mrope: 'omni', defaults: { rope_theta: 1_000_000 }, notes: omniNotes }),
};

/** Remote-code architectures whose config.json may carry no (or another) model_type. */
export const ARCHITECTURES: Record<string, string> = {
  DeepseekV2ForCausalLM: 'deepseek_v2',
  DeepseekV3ForCausalLM: 'deepseek_v3',
  MiniCPM3ForCausalLM: 'minicpm3',
  MiniCPMForCausalLM: 'minicpm',
  ChatGLMModel: 'chatglm',
  ChatGLMForConditionalGeneration: 'chatglm',
  BaichuanForCausalLM: 'baichuan',
  BaiChuanForCausalLM: 'baichuan',
  InternLM2ForCausalLM: 'internlm2',
  QWenLMHeadModel: 'qwen',
};

/** model_type → why it has nothing to import. */
const NO_ROPE: Record<string, string> = {
  gpt2: 'GPT-2 adds learned absolute position embeddings (wpe) to its input',
  gpt_bigcode: 'GPT-BigCode (StarCoder 1) adds learned absolute position embeddings to its input',
  gpt_neo: 'GPT-Neo adds learned absolute position embeddings to its input',
  opt: 'OPT adds learned absolute position embeddings to its input',
  bloom: 'BLOOM biases attention with ALiBi',
  mpt: 'MPT biases attention with ALiBi (or adds learned position embeddings)',
  bert: 'BERT adds learned absolute position embeddings to its input',
  roberta: 'RoBERTa adds learned absolute position embeddings to its input',
  'xlm-roberta': 'XLM-RoBERTa adds learned absolute position embeddings to its input',
  distilbert: 'DistilBERT adds learned absolute position embeddings to its input',
  albert: 'ALBERT adds learned absolute position embeddings to its input',
  electra: 'ELECTRA adds learned absolute position embeddings to its input',
  deberta: 'DeBERTa uses disentangled relative position attention',
  'deberta-v2': 'DeBERTa-v2 uses disentangled relative position attention',
  t5: 'T5 biases attention with learned relative position buckets',
  mt5: 'mT5 biases attention with learned relative position buckets',
  umt5: 'UMT5 biases attention with learned relative position buckets',
  bart: 'BART adds learned absolute position embeddings to its input',
  mbart: 'mBART adds learned absolute position embeddings to its input',
  whisper: 'Whisper adds sinusoidal and learned absolute position embeddings',
  xglm: 'XGLM adds sinusoidal position embeddings to its input',
  clip: 'CLIP adds learned absolute position embeddings',
  siglip: 'SigLIP adds learned absolute position embeddings',
  vit: 'ViT adds learned absolute position embeddings',
};

/** Why this config's model has no RoPE, or undefined when it has one. */
export function noRopeReason(modelType: string, cfg: Json): string | undefined {
  if (Object.hasOwn(NO_ROPE, modelType)) return NO_ROPE[modelType];
  if (modelType === 'falcon' && cfg.alibi === true) return 'this Falcon config sets alibi: true, so attention is biased with ALiBi instead of rotated';
  // Baichuan-13B and Baichuan2-13B (remote modeling_baichuan.py for 13B) build an ALiBi mask from
  // model_max_length; their configs have no max_position_embeddings, the 7B ones do.
  if (modelType === 'baichuan' && (cfg.max_position_embeddings === undefined || cfg.max_position_embeddings === null)) {
    return 'Baichuan 13B (no max_position_embeddings in its config) biases attention with ALiBi; only the 7B models use RoPE';
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// Family notes: fields outside RoPE that change what happens at a position

function gemma4Notes(cfg: Json, _root: Json, at: (k: string) => string, warn: (w: string) => void): void {
  const shared = cfg.num_kv_shared_layers;
  const n = cfg.num_hidden_layers;
  if (typeof shared === 'number' && shared > 0 && typeof n === 'number') {
    warn(`${at('num_kv_shared_layers')}: layers ${n - shared}–${n - 1} reuse the already rotated keys of an earlier layer of their type (modular_gemma4.py Gemma4TextAttention); rotate only their q`);
  }
}

function llama4Notes(cfg: Json, _root: Json, at: (k: string) => string, warn: (w: string) => void): void {
  if (cfg.use_qk_norm === true) {
    const eps = typeof cfg.rms_norm_eps === 'number' ? cfg.rms_norm_eps : 1e-5;
    warn(`${at('use_qk_norm')}: Llama 4 L2-normalizes q and k after RoPE in its RoPE layers (x / sqrt(mean(x²) + ${eps}), no weight): 'norm rms(eps ${eps}, weight none)' in the kernel block does it in the same pass (before the rotation, the same result)`);
  }
}

/**
 * Families whose attention RMS-normalizes each q and k head over head_dim (q_norm, k_norm) just
 * before RoPE: the kernel statement that fuses it (the import leaves it out: the call then takes
 * the weights).
 */
function qkNormNotes(name: string, weight: 'scale' | 'one_plus'): Family['notes'] {
  return (cfg, _root, at, warn) => {
    const eps = typeof cfg.rms_norm_eps === 'number' ? cfg.rms_norm_eps : 1e-6;
    const w = weight === 'one_plus' ? ', weight one_plus' : '';
    warn(`${name} RMS-normalizes each q and k head (q_norm, k_norm over head_dim${weight === 'one_plus' ? ', scaled by 1 + weight' : ''}; ${at('rms_norm_eps')} ${eps}) just before RoPE: 'norm rms(eps ${eps}${w})' in the kernel block does it in the same pass (the call then takes q_norm_weight and k_norm_weight)`);
  };
}

function ministral3Notes(cfg: Json, _root: Json, _at: (k: string) => string, warn: (w: string) => void): void {
  for (const key of ['rope_parameters', 'rope_scaling']) {
    const p = cfg[key];
    if (isObject(p) && p.llama_4_scaling_beta !== undefined && p.llama_4_scaling_beta !== null && p.llama_4_scaling_beta !== 0) {
      warn(`${_at(key)}.llama_4_scaling_beta: after RoPE, Ministral 3 multiplies queries by 1 + ${String(p.llama_4_scaling_beta)}·ln(1 + ⌊position / original_max_position_embeddings⌋) (modeling_ministral3.py get_llama_4_attn_scale), a position-dependent temperature outside the spec`);
    }
  }
}

function qwen1Notes(cfg: Json, _root: Json, at: (k: string) => string, warn: (w: string) => void): void {
  const seq = typeof cfg.seq_length === 'number' ? cfg.seq_length : 2048;
  if (cfg.use_dynamic_ntk === true) {
    warn(`${at('use_dynamic_ntk')}: exact up to seq_length ${seq} tokens; beyond it Qwen (modeling_qwen.py) raises the base by ntk_alpha^(D/(D−2)), ntk_alpha = 2^⌈log2(L/${seq}) + 1⌉ − 1 for a sequence of L tokens, which the spec does not do`);
  }
  if (cfg.use_logn_attn === true) {
    warn(`${at('use_logn_attn')}: beyond seq_length ${seq}, Qwen scales queries by log_${seq}(position) (outside RoPE)`);
  }
}

function omniNotes(_cfg: Json, root: Json, _at: (k: string) => string, warn: (w: string) => void): void {
  if (isObject(root.talker_config)) {
    warn('talker_config: the talker (speech decoder) is a second transformer with its own M-RoPE; the import describes the thinker\'s language model');
  }
}
