// `ropec import` on the 47 real config.json files in test/fixtures/hf-configs/real: each one either
// imports with every RoPE fact right, or is refused with a one-line reason because the model has
// no RoPE. The expected facts are written here from each model's code — transformers v5
// (src/transformers/models/<family>/, modeling_rope_utils.py) or the remote code the model ships
// with — cited per entry, together with the config values they use. They are checked through the
// compiled IR and through what `ropec explain` prints: lanes, style, ω per pair (against
// test/support/hf-rope.ts, transformers' formulas written out), attention factor and heads.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, importHfConfig, ImportError, type RopeIR } from '../src/index.js';
import { formatSource } from '../src/compiler/format.js';
import {
  lanesOf, linear, llama3, longrope, longropeAttention, omegaMismatch, plain, proportional, readExplain, yarn, yarnAttention, type Omega,
} from './support/hf-rope.js';

const DIR = 'test/fixtures/hf-configs/real';
const load = (id: string) => JSON.parse(readFileSync(`${DIR}/${id}.json`, 'utf8')) as Record<string, unknown>;
const list = (id: string, key: 'short_factor' | 'long_factor', nested: string[] = []) => {
  let o = load(id) as Record<string, unknown>;
  for (const k of nested) o = o[k] as Record<string, unknown>;
  return (o.rope_scaling as Record<string, number[]>)[key];
};

interface BlockFacts {
  /** The layer type the block is named after (NAME_TYPE); undefined: one block named NAME. */
  type?: string;
  /** Layers it covers, as the header counts them: [covered, total]. */
  layers?: [number, number];
  headDim: number;
  rotary: number;
  style: 'half' | 'interleaved';
  omega: Omega;
  attention?: number;
  q: number;
  k: number;
  /** M-RoPE: the axis of every pair, and the position source. */
  axes?: string[];
  positions?: RegExp;
  /** The "pairs with ω = 0" line of explain. */
  still?: string;
}

interface Case {
  blocks?: BlockFacts[];
  /** Every one must match one warning. */
  warnings?: RegExp[];
  refused?: RegExp;
}

const sections = (t: number, h: number, w: number) => [...Array(t).fill('t'), ...Array(h).fill('h'), ...Array(w).fill('w')];
/** Qwen3-VL interleaving (modeling_qwen3_vl.py apply_interleaved_mrope): h at j%3=1, w at j%3=2, below 3·size. */
const interleavedAxes = (pairs: number, h: number, w: number) =>
  Array.from({ length: pairs }, (_, j) => (j % 3 === 1 && j < 3 * h ? 'h' : j % 3 === 2 && j < 3 * w ? 'w' : 't'));

const CASES: Record<string, Case> = {
  // Cohere / Command-R, models/cohere/modeling_cohere.py CohereRotaryEmbedding.forward
  // (repeat_interleave(freqs, 2)) and rotate_half (x[..., ::2], x[..., 1::2]): adjacent pairs.
  // hidden_size 4096 / 32 heads = 128, rope_theta 10000, 8 kv heads.
  aya_23_8b: { blocks: [{ headDim: 128, rotary: 128, style: 'interleaved', omega: plain(10000, 128), q: 32, k: 8 }] },
  // Baichuan2-7B remote modeling_baichuan.py: RotaryEmbedding(head_dim, base 10000), rotate_half;
  // 4096 / 32 = 128, no num_key_value_heads (multi-head).
  baichuan2_7b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(10000, 128), q: 32, k: 32 }] },
  // ChatGLM2 remote modeling_chatglm.py: RotaryEmbedding(kv_channels // 2), theta = 1/base^(arange(0, 64, 2)/64),
  // apply_rotary_pos_emb pairs x[..., 0] with x[..., 1] in the first 64 lanes (original_rope true);
  // kv_channels 128, multi_query_attention with multi_query_group_num 2.
  chatglm2_6b: { blocks: [{ headDim: 128, rotary: 64, style: 'interleaved', omega: plain(10000, 64), q: 32, k: 2 }] },
  // DeepSeek-V2-Lite remote modeling_deepseek.py: q_pe/k_pe of qk_rope_head_dim 64, de-interleaved
  // before rotate_half; DeepseekV2YarnRotaryEmbedding factor 40, original 4096, betas 32/1,
  // mscale 0.707 = mscale_all_dim → cos·1.
  deepseek_v2_lite: {
    blocks: [{ headDim: 64, rotary: 64, style: 'interleaved', omega: yarn(10000, 64, { factor: 40, original: 4096, betaFast: 32, betaSlow: 1 }), attention: yarnAttention(40, 0.707, 0.707), q: 16, k: 1 }],
    warnings: [/qk_rope_head_dim: multi-head latent attention — q heads of 128 \+ 64 lanes .*the last 64 rotated, and one shared 64-lane k_pe head, in one launch/],
  },
  deepseek_v3: {
    blocks: [{ headDim: 64, rotary: 64, style: 'interleaved', omega: yarn(10000, 64, { factor: 40, original: 4096 }), attention: 1, q: 128, k: 1 }],
    warnings: [/multi-head latent attention/],
  },
  // Devstral Small 2 (mistral3 → text_config ministral3), models/ministral3: rope_parameters yarn
  // factor 48, original 8192, theta 1e8, mscale 1 = mscale_all_dim; head_dim 128, 32 / 8 heads;
  // get_llama_4_attn_scale multiplies queries after RoPE.
  devstral_small_2_24b: {
    blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: yarn(1e8, 128, { factor: 48, original: 8192 }), attention: 1, q: 32, k: 8 }],
    warnings: [/llama_4_scaling_beta: after RoPE, Ministral 3 multiplies queries/],
  },
  // EXAONE 4, models/exaone4/modular_exaone4.py Exaone4Attention.forward: RoPE only in sliding
  // layers ("global NoPE"); layer_types LLLG; llama3 factor 16, low 1, high 4, original 8192, theta 1e6.
  exaone4_32b: {
    blocks: [{ layers: [48, 64], headDim: 128, rotary: 128, style: 'half', omega: llama3(1e6, 128, 16, 1, 4, 8192), q: 40, k: 8 }],
    warnings: [/layers 3–63 step 4 \(full_attention, 16 of 64\) use no RoPE/],
  },
  // Falcon-180B, models/falcon/modeling_falcon.py FalconAttention: new_decoder_architecture → num_kv_heads 8;
  // 14848 / 232 = 64; FalconConfig rope_theta default 10000.
  falcon_180b: { blocks: [{ headDim: 64, rotary: 64, style: 'half', omega: plain(10000, 64), q: 232, k: 8 }] },
  // Gemma 2, models/gemma2: one RoPE for sliding and full layers; head_dim 256, theta 10000.
  gemma2_9b: { blocks: [{ headDim: 256, rotary: 256, style: 'half', omega: plain(10000, 256), q: 16, k: 8 }] },
  // Gemma 3 1B, models/gemma3/configuration_gemma3.py: sliding_window_pattern 6 → full layers 5, 11, 17, 23;
  // sliding layers rope_local_base_freq 10000, full layers rope_theta 1e6, rope_scaling null.
  gemma3_1b_it: {
    blocks: [
      { type: 'sliding_attention', layers: [22, 26], headDim: 256, rotary: 256, style: 'half', omega: plain(10000, 256), q: 4, k: 1 },
      { type: 'full_attention', layers: [4, 26], headDim: 256, rotary: 256, style: 'half', omega: plain(1e6, 256), q: 4, k: 1 },
    ],
    // Gemma3Attention: q_norm / k_norm = Gemma3RMSNorm(head_dim), x · (1 + w), before RoPE.
    warnings: [/^Gemma 3 RMS-normalizes each q and k head .*rms_norm_eps 0\.000001\) just before RoPE: 'norm rms\(eps 0\.000001, weight one_plus\)'/],
  },
  // Gemma 3 27B: text_config leaves rope_theta and rope_local_base_freq out — Gemma3TextConfig's
  // defaults 1e6 and 1e4 apply; rope_scaling linear 8 on the full layers only; 62 layers, pattern 6.
  gemma3_27b_it: {
    blocks: [
      { type: 'sliding_attention', layers: [52, 62], headDim: 128, rotary: 128, style: 'half', omega: plain(10000, 128), q: 32, k: 16 },
      { type: 'full_attention', layers: [10, 62], headDim: 128, rotary: 128, style: 'half', omega: linear(1e6, 128, 8), q: 32, k: 16 },
    ],
    warnings: [/^Gemma 3 RMS-normalizes each q and k head .*text_config\.rms_norm_eps 0\.000001\) .*'norm rms\(eps 0\.000001, weight one_plus\)'/],
  },
  // Gemma 4 E2B, models/gemma4 (configuration Gemma4TextConfig, modular Gemma4TextRotaryEmbedding,
  // Gemma4TextAttention): sliding layers default RoPE theta 1e4 on head_dim 256; full layers
  // head_dim global_head_dim 512, 'proportional' with partial_rotary_factor 0.25 → int(0.25·512 // 2)
  // = 64 rotated pairs over 512 lanes, theta 1e6; attention_k_eq_v false → 1 kv head.
  gemma4_e2b: {
    blocks: [
      { type: 'sliding_attention', layers: [28, 35], headDim: 256, rotary: 256, style: 'half', omega: plain(10000, 256), q: 8, k: 1 },
      { type: 'full_attention', layers: [7, 35], headDim: 512, rotary: 512, style: 'half', omega: proportional(1e6, 512, 64), q: 8, k: 1, still: '64–255 (192), lanes 64–255, 320–511' },
    ],
    warnings: [/num_kv_shared_layers: layers 15–34 reuse the already rotated keys/],
  },
  gemma_2b: { blocks: [{ headDim: 256, rotary: 256, style: 'half', omega: plain(10000, 256), q: 8, k: 1 }] },
  // GLM-4-9B-chat remote modeling_chatglm.py: as ChatGLM2, base = 10000 · rope_ratio 500.
  glm4_9b_chat: { blocks: [{ headDim: 128, rotary: 64, style: 'interleaved', omega: plain(5e6, 64), q: 32, k: 2 }] },
  // GLM-4.1V, models/glm4v/modeling_glm4v.py apply_multimodal_rotary_pos_emb: mrope_section [8, 12, 12]
  // over the partial_rotary_factor 0.5 dim (64), then repeat_interleave / rotate_half_llm: adjacent pairs.
  glm4v_9b: {
    blocks: [{ headDim: 128, rotary: 64, style: 'interleaved', omega: plain(10000, 64), q: 32, k: 2, axes: sections(8, 12, 12), positions: /^\s*positions tensor int$/m }],
    warnings: [/builds its \(t, h, w\) position ids with its own get_rope_index/],
  },
  // GPT-2 (models/gpt2): learned absolute position embeddings, no RoPE.
  gpt2_no_rope: { refused: /^model_type: 'gpt2' has no rotary position embedding — GPT-2 adds learned absolute position embeddings/ },
  // gpt-oss, models/gpt_oss/modeling_gpt_oss.py _apply_rotary_emb (torch.chunk halves); yarn factor 32,
  // original 4096, truncate false, theta 150000; attention factor 0.1·ln 32 + 1.
  gpt_oss_120b: {
    blocks: [{ headDim: 64, rotary: 64, style: 'half', omega: yarn(150000, 64, { factor: 32, original: 4096, truncate: false }), attention: yarnAttention(32), q: 64, k: 8 }],
  },
  // InternLM2.5 remote modeling_internlm2.py InternLM2DynamicNTKScalingRotaryEmbedding: factor 2
  // from max_position_embeddings 32768; explain shows seq_len 4096, where the base is unchanged.
  internlm2_5_7b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 32, k: 8 }] },
  // Kimi K2 ships DeepSeek-V3 remote code: MLA 64 lanes interleaved, yarn factor 64, original 4096,
  // beta_fast = beta_slow = 1 (yarn_linear_ramp_mask widens min == max by 0.001), mscale 1 = mscale_all_dim.
  kimi_k2: {
    blocks: [{ headDim: 64, rotary: 64, style: 'interleaved', omega: yarn(50000, 64, { factor: 64, original: 4096, betaFast: 1, betaSlow: 1 }), attention: 1, q: 64, k: 1 }],
    warnings: [/multi-head latent attention/],
  },
  // Llama 2, models/llama: no rope_theta in the config, LlamaConfig's default 10000.
  llama2_7b_chat: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(10000, 128), q: 32, k: 32 }] },
  llama3_1_8b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: llama3(500000, 128, 8, 1, 4, 8192), q: 32, k: 8 }] },
  // Llama 3.2 Vision, models/mllama/modeling_mllama.py: cross_attention_layers [3, 8, …, 38] attend to the
  // image states without RoPE; the 32 self-attention layers use llama3 scaling.
  llama3_2_11b_vision: {
    blocks: [{ layers: [32, 40], headDim: 128, rotary: 128, style: 'half', omega: llama3(500000, 128, 8, 1, 4, 8192), q: 32, k: 8 }],
    warnings: [/cross_attention_layers: layers 3–38 step 5 \(cross_attention, 8 of 40\) use no RoPE/],
  },
  llama3_2_1b_instruct: { blocks: [{ headDim: 64, rotary: 64, style: 'half', omega: llama3(500000, 64, 32, 1, 4, 8192), q: 32, k: 8 }] },
  llama3_70b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(500000, 128), q: 64, k: 8 }] },
  // MiniCPM3 (no model_type; architectures MiniCPM3ForCausalLM), models/minicpm3/modular_minicpm3.py:
  // head_dim = qk_rope_head_dim 32, Llama rotate_half, k_rot one head; longrope original 32768 =
  // max_position_embeddings → factor 1, attention 1; explain's seq_len 4096 ≤ 32768 → short list.
  minicpm3_4b: {
    blocks: [{ headDim: 32, rotary: 32, style: 'half', omega: longrope(10000, 32, list('minicpm3_4b', 'short_factor')), attention: 1, q: 40, k: 1 }],
    warnings: [/multi-head latent attention/],
  },
  // MiniCPM4 remote modeling_minicpm.py MiniCPMLongRoPE: as transformers longrope; original 32768.
  minicpm4_8b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: longrope(10000, 128, list('minicpm4_8b', 'short_factor')), attention: 1, q: 32, k: 2 }] },
  minicpm_2b: { blocks: [{ headDim: 64, rotary: 64, style: 'half', omega: plain(1e6, 64), q: 36, k: 36 }] },
  mistral_7b_v0_3: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 32, k: 8 }] },
  mixtral_8x22b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 48, k: 8 }] },
  olmo2_7b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(500000, 128), q: 32, k: 32 }] },
  // OLMo 3.1 32B, models/olmo3/modular_olmo3.py Olmo3Model: "RoPE scaling is not applied to sliding
  // window attention layers"; full layers yarn factor 8, original 8192, attention_factor given.
  olmo3_1_32b: {
    blocks: [
      { type: 'sliding_attention', layers: [48, 64], headDim: 128, rotary: 128, style: 'half', omega: plain(500000, 128), attention: 1, q: 40, k: 8 },
      { type: 'full_attention', layers: [16, 64], headDim: 128, rotary: 128, style: 'half', omega: yarn(500000, 128, { factor: 8, original: 8192 }), attention: 1.2079441541679836, q: 40, k: 8 },
    ],
  },
  // Phi-1, models/phi/configuration_phi.py: partial_rotary_factor 0.5 of head_dim 64 (rotary_dim 32 agrees).
  phi1: { blocks: [{ headDim: 64, rotary: 32, style: 'half', omega: plain(10000, 32), q: 32, k: 32 }] },
  // Phi-3.5-mini, models/phi3 + _compute_longrope_parameters: original_max_position_embeddings 4096 at the
  // top level, factor 131072 / 4096 = 32, attention sqrt(1 + ln 32 / ln 4096); seq_len 4096 → short list.
  phi3_5_mini: {
    blocks: [{ headDim: 96, rotary: 96, style: 'half', omega: longrope(10000, 96, list('phi3_5_mini', 'short_factor')), attention: longropeAttention(32, 4096), q: 32, k: 32 }],
  },
  phi3_mini_4k: { blocks: [{ headDim: 96, rotary: 96, style: 'half', omega: plain(10000, 96), q: 32, k: 32 }] },
  phi4: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(250000, 128), q: 40, k: 10 }] },
  // Phi-4-mini: partial_rotary_factor 0.75 of 128 → 96 lanes, 48-entry factor lists.
  phi4_mini: {
    blocks: [{ headDim: 128, rotary: 96, style: 'half', omega: longrope(10000, 96, list('phi4_mini', 'short_factor')), attention: longropeAttention(32, 4096), q: 24, k: 8 }],
  },
  // Qwen-1 remote modeling_qwen.py: kv_channels 128, rotary_pct 1.0, rotary_emb_base 10000,
  // multi-head; dynamic NTK and logn attention beyond seq_length 8192.
  qwen1_7b_chat: {
    blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(10000, 128), q: 32, k: 32 }],
    warnings: [/use_dynamic_ntk: exact up to seq_length 8192 tokens/, /use_logn_attn: beyond seq_length 8192/],
  },
  qwen2_5_7b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 28, k: 4 }] },
  // Qwen2.5-Omni, models/qwen2_5_omni: the thinker's language model in thinker_config.text_config,
  // mrope_section [16, 24, 24]; positions by the thinker's get_rope_index (tokens_per_second 25, audio).
  qwen2_5_omni_7b: {
    blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 28, k: 4, axes: sections(16, 24, 24),
      positions: /positions mrope\(spatial_merge 2, video scaled, tokens_per_second 25, image_token 151655, video_token 151656, vision_start_token 151652, audio_token 151646\)/ }],
    warnings: [/talker_config: the talker/],
  },
  qwen2_5_vl_7b: {
    blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 28, k: 4, axes: sections(16, 24, 24), positions: /mrope\(spatial_merge 2, video scaled, tokens_per_second 2,/ }],
  },
  qwen2_vl_2b: {
    blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 12, k: 2, axes: sections(16, 24, 24), positions: /mrope\(spatial_merge 2, video frames,/ }],
  },
  // Qwen3 (and its MoE and VL kin): q_norm / k_norm = Qwen3RMSNorm(head_dim) before RoPE; the import names the statement that fuses it.
  qwen3_30b_a3b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 32, k: 4 }], warnings: [/^Qwen3-MoE RMS-normalizes each q and k head .*'norm rms\(eps 0\.000001\)'/] },
  // Qwen3.5, models/qwen3_5/modular_qwen3_5.py: full_attention layers rotate partial_rotary_factor 0.25
  // of head_dim 256 with interleaved M-RoPE [11, 11, 10]; linear_attention layers (Gated DeltaNet) none.
  qwen3_5_9b: {
    blocks: [{ layers: [8, 32], headDim: 256, rotary: 64, style: 'half', omega: plain(1e7, 64), q: 16, k: 4, axes: interleavedAxes(32, 11, 10), positions: /video per_frame/ }],
    warnings: [/layer_types: layers 0–2, 4–6, .* \(linear_attention, 24 of 32\) use no RoPE/],
  },
  qwen3_8b: { blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(1e6, 128), q: 32, k: 8 }], warnings: [/^Qwen3 RMS-normalizes each q and k head .*'norm rms\(eps 0\.000001\)'/] },
  qwen3_vl_4b: {
    blocks: [{ headDim: 128, rotary: 128, style: 'half', omega: plain(5e6, 128), q: 32, k: 8, axes: interleavedAxes(64, 20, 20), positions: /video per_frame/ }],
    warnings: [/^Qwen3-VL RMS-normalizes each q and k head .*text_config\.rms_norm_eps 0\.000001\) .*'norm rms\(eps 0\.000001\)'/],
  },
  // RedPajama-3B, models/gpt_neox: rotary_pct 1.0 of 2560 / 32 = 80, rotary_emb_base 10000.
  redpajama_3b: { blocks: [{ headDim: 80, rotary: 80, style: 'half', omega: plain(10000, 80), q: 32, k: 32 }] },
  // StableLM 2, models/stablelm: partial_rotary_factor 0.25 of 64 → 16 lanes.
  stablelm2_1_6b: { blocks: [{ headDim: 64, rotary: 16, style: 'half', omega: plain(10000, 16), q: 32, k: 32 }] },
};

/** The comment line right above `rope NAME {`. */
function headerOf(text: string, name: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l === `rope ${name} {`);
  let j = i - 1;
  while (j > 0 && lines[j].startsWith('#   ')) j--;
  return lines[j];
}

describe('ropec import on 47 real configs', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
  it('every config in the folder has an expectation', () => {
    expect(files).toEqual(Object.keys(CASES).sort());
    expect(files).toHaveLength(47);
  });

  for (const id of Object.keys(CASES).sort()) {
    const want = CASES[id];
    it(id, () => {
      const cfg = load(id);
      if (want.refused) {
        let err: unknown;
        try {
          importHfConfig(cfg, { source: `${id}.json` });
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(ImportError);
        expect((err as Error).message).toMatch(want.refused);
        expect((err as Error).message).not.toMatch(/\n/);
        return;
      }
      const r = importHfConfig(cfg, { source: `${id}.json`, name: 'm' });
      const c = compile(r.text, { file: `${id}.rope` });
      expect(c.diagnostics).toEqual([]);
      expect(formatSource(r.text).text, 'canonical: ropec fmt leaves it unchanged').toBe(r.text);
      const blocks = want.blocks!;
      expect(c.irs.map((ir) => ir.name)).toEqual(blocks.map((b) => (b.type ? `m_${b.type}` : 'm')));
      for (const w of want.warnings ?? []) expect(r.warnings.some((x) => w.test(x)), `a warning matching ${w} in\n${r.warnings.join('\n')}`).toBe(true);
      expect(r.warnings.length, r.warnings.join('\n')).toBe((want.warnings ?? []).length);
      blocks.forEach((b, n) => {
        const ir: RopeIR = c.irs[n];
        const e = readExplain(ir);
        expect([e.headDim, e.rotaryDim, e.offset, e.style]).toEqual([b.headDim, b.rotary, 0, b.style]);
        expect(e.pairs).toHaveLength(b.rotary / 2);
        for (const p of e.pairs) expect([p.laneA, p.laneB]).toEqual(lanesOf(b.style, b.rotary, p.index));
        expect(omegaMismatch(e, b.omega)).toBeUndefined();
        expect(e.attentionFactor).toBeCloseTo(b.attention ?? 1, 12);
        expect([e.qHeads, e.kHeads]).toEqual([String(b.q), String(b.k)]);
        expect(e.still).toBe(b.still);
        if (b.axes) expect(e.pairs.map((p) => p.axis)).toEqual(b.axes);
        else expect(ir.axes).toEqual(['pos']);
        if (b.positions) expect(r.text).toMatch(b.positions);
        if (b.layers) expect(headerOf(r.text, ir.name)).toMatch(new RegExp(`\\(${b.layers[0]} of ${b.layers[1]}\\):`));
      });
    });
  }
});
