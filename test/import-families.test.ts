// `ropec import` for the families and cases the 47 real configs (test/import-real-configs.test.ts)
// do not cover: each test writes the config values it needs and the facts the model's code gives
// for them (file and function cited), and checks them through the IR and `ropec explain`.
import { describe, expect, it } from 'vitest';
import { compile, importHfConfig, ImportError, type RopeIR } from '../src/index.js';
import { lanesOf, llama3, omegaMismatch, plain, proportional, readExplain } from './support/hf-rope.js';

function imported(cfg: Record<string, unknown>) {
  const r = importHfConfig(cfg, { name: 'm' });
  const c = compile(r.text, { file: 'imported.rope' });
  expect(c.diagnostics.map((d) => d.message)).toEqual([]);
  return { ...r, irs: c.irs };
}

function refusal(cfg: Record<string, unknown>): ImportError {
  try {
    importHfConfig(cfg);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).not.toMatch(/\n/);
    return e as ImportError;
  }
  throw new Error('the import was expected to refuse this config');
}

function lanesAndOmega(ir: RopeIR, style: 'half' | 'interleaved', rotary: number, omega: (j: number) => number) {
  const e = readExplain(ir);
  expect([e.rotaryDim, e.style]).toEqual([rotary, style]);
  for (const p of e.pairs) expect([p.laneA, p.laneB]).toEqual(lanesOf(style, rotary, p.index));
  expect(omegaMismatch(e, omega)).toBeUndefined();
  return e;
}

describe('families beyond the 47 configs', () => {
  it('Falcon-7B: multi_query without the new decoder architecture is one k head', () => {
    // models/falcon/modeling_falcon.py FalconAttention.__init__: num_kv_heads = config.num_kv_heads if
    // (new_decoder_architecture or not multi_query) else 1. Falcon-7B: 71 heads, hidden 4544, multi_query.
    const cfg = { model_type: 'falcon', hidden_size: 4544, num_attention_heads: 71, num_hidden_layers: 32, multi_query: true, new_decoder_architecture: false, alibi: false };
    const r = imported(cfg);
    expect([r.irs[0].kernel.qHeads, r.irs[0].kernel.kHeads, r.irs[0].headDim]).toEqual([71, 1, 64]);
    // FalconConfig's default multi_query is true as well.
    const { multi_query: _, ...noFlag } = cfg;
    expect(imported(noFlag).irs[0].kernel.kHeads).toBe(1);
    // without multi_query (and no num_kv_heads) every head has its own k
    expect(imported({ ...cfg, multi_query: false }).irs[0].kernel.kHeads).toBe(71);
  });

  it('Falcon with ALiBi, GPT-2 relatives, BERT and T5 have no RoPE: refused with the reason', () => {
    expect(refusal({ model_type: 'falcon', hidden_size: 4544, num_attention_heads: 71, alibi: true }).message).toMatch(/alibi: true, so attention is biased with ALiBi/);
    expect(refusal({ model_type: 'bert', hidden_size: 768, num_attention_heads: 12 }).message).toMatch(/^model_type: 'bert' has no rotary position embedding — BERT adds learned absolute position embeddings/);
    expect(refusal({ model_type: 't5', d_model: 512, num_heads: 8 }).message).toMatch(/relative position buckets/);
    expect(refusal({ model_type: 'bloom', hidden_size: 1024, n_head: 16 }).message).toMatch(/ALiBi/);
    // Baichuan2-13B remote modeling_baichuan.py: ALiBi mask from model_max_length, no max_position_embeddings.
    expect(refusal({ model_type: 'baichuan', architectures: ['BaichuanForCausalLM'], hidden_size: 5120, num_attention_heads: 40, num_hidden_layers: 40, model_max_length: 4096 }).message)
      .toMatch(/Baichuan 13B .* ALiBi/);
  });

  it('Llama 4 Scout: interleaved pairs, llama3 with low == high (a step at 8192), NoPE every 4th layer', () => {
    // models/llama4/modeling_llama4.py: apply_rotary_emb via view_as_complex of adjacent lanes;
    // Llama4TextConfig no_rope_layers default [(i + 1) % 4 != 0]; Scout: 48 layers, head_dim 128,
    // 40 / 8 heads, rope_theta 500000, llama3 factor 16, low 1, high 1, original 8192.
    const r = imported({
      model_type: 'llama4',
      text_config: {
        model_type: 'llama4_text', head_dim: 128, hidden_size: 5120, num_attention_heads: 40, num_key_value_heads: 8, num_hidden_layers: 48,
        rope_theta: 500000, no_rope_layers: [], use_qk_norm: true, attn_temperature_tuning: true,
        rope_scaling: { rope_type: 'llama3', factor: 16, low_freq_factor: 1, high_freq_factor: 1, original_max_position_embeddings: 8192 },
      },
    });
    expect(r.irs).toHaveLength(1);
    lanesAndOmega(r.irs[0], 'interleaved', 128, llama3(500000, 128, 16, 1, 1, 8192));
    expect(r.warnings).toContainEqual(expect.stringMatching(/^text_config\.no_rope_layer_interval: layers 3–47 step 4 \(12 of 48\) use no RoPE/));
    expect(r.warnings).toContainEqual(expect.stringMatching(/use_qk_norm: Llama 4 L2-normalizes q and k after RoPE/));
  });

  it('SmolLM3: no_rope_layers lists the layers that rotate (1) and the NoPE ones (0)', () => {
    // models/smollm3 SmolLM3Attention: self.use_rope = config.no_rope_layers[layer_idx].
    const r = imported({ model_type: 'smollm3', hidden_size: 2048, num_attention_heads: 16, num_key_value_heads: 4, num_hidden_layers: 8, rope_theta: 5e6, no_rope_layers: [1, 1, 1, 0, 1, 1, 1, 0] });
    lanesAndOmega(r.irs[0], 'half', 128, plain(5e6, 128));
    expect(r.warnings).toEqual([expect.stringMatching(/^no_rope_layers: layers 3, 7 \(2 of 8\) use no RoPE — SmolLM3 NoPE layers/)]);
  });

  it('Cohere 2 (Command R7B): interleaved RoPE in sliding layers only', () => {
    // models/cohere2/modular_cohere2.py Cohere2Attention.forward: apply_rotary_pos_emb only if
    // self.sliding_window is not None; layer_types from sliding_window_pattern 4.
    const cfg = { model_type: 'cohere2', hidden_size: 4096, num_attention_heads: 32, num_key_value_heads: 8, num_hidden_layers: 8, rope_theta: 50000, sliding_window: 4096, sliding_window_pattern: 4 };
    const r = imported(cfg);
    lanesAndOmega(r.irs[0], 'interleaved', 128, plain(50000, 128));
    expect(r.warnings).toEqual([expect.stringMatching(/^layer_types: layers 3, 7 \(full_attention, 2 of 8\) use no RoPE/)]);
    // without a sliding window no layer rotates: nothing to import
    expect(refusal({ ...cfg, sliding_window: null }).message).toMatch(/no layer of this Cohere 2 model uses RoPE/);
  });

  it('EXAONE 4 without a sliding window rotates every layer', () => {
    // modular_exaone4.py: `if self.sliding_window is None or self.is_sliding` (EXAONE-4.0-1.2B style).
    const r = imported({ model_type: 'exaone4', head_dim: 64, num_attention_heads: 32, num_key_value_heads: 8, num_hidden_layers: 30, rope_theta: 1e6, sliding_window: null });
    expect(r.irs).toHaveLength(1);
    expect(r.warnings).toEqual([]);
  });

  it('GLM-4 (transformers glm4): half the head, adjacent pairs, by default', () => {
    // models/glm/modular_glm.py apply_rotary_pos_emb: cos[..., :half].repeat_interleave(2) on the first
    // half; GlmConfig partial_rotary_factor 0.5.
    const r = imported({ model_type: 'glm4', head_dim: 128, num_attention_heads: 32, num_key_value_heads: 2, num_hidden_layers: 40, rope_theta: 10000 });
    lanesAndOmega(r.irs[0], 'interleaved', 64, plain(10000, 64));
  });

  it('ChatGLM with original_rope false pairs halves (NeoX style)', () => {
    // modeling_chatglm.py RotaryEmbedding without original_impl: cat((freqs, freqs)) and rotate_half
    // (CogAgent-9B sets original_rope false).
    const r = imported({ model_type: 'chatglm', hidden_size: 4096, num_attention_heads: 32, kv_channels: 128, num_layers: 40, multi_query_attention: true, multi_query_group_num: 2, original_rope: false });
    lanesAndOmega(r.irs[0], 'half', 64, plain(10000, 64));
  });

  it('ChatGLM-6B: 2D positions rotate each half of the head by its own position id', () => {
    // ChatGLM-6B remote modeling_chatglm.py: RotaryEmbedding(hidden_size // (heads · 2)) = 64 lanes,
    // q1, q2 = q.chunk(2); q1 by position_ids, q2 by block_position_ids, rotate_half within each.
    const r = imported({ model_type: 'chatglm', hidden_size: 4096, num_attention_heads: 32, num_layers: 28, position_encoding_2d: true });
    const ir = r.irs[0];
    expect(ir.axes).toEqual(['pos', 'block']);
    expect(ir.positions.source).toMatchObject({ kind: 'tensor', element: 'int' });
    const e = readExplain(ir);
    e.pairs.forEach((p, n) => {
      const [block, i] = [Math.floor(n / 32), n % 32];
      expect([p.laneA, p.laneB, p.axis]).toEqual([64 * block + i, 64 * block + i + 32, block === 0 ? 'pos' : 'block']);
      expect(Math.abs(p.omega - plain(10000, 64)(i))).toBeLessThanOrEqual(1e-6 * plain(10000, 64)(i));
    });
    expect(ir.kernel.kHeads).toBe(32);
  });

  it('DeepSeek-V3 in the v5 layout: rope_interleave false keeps the stored lanes in halves', () => {
    // models/deepseek_v3/modeling_deepseek_v3.py apply_rotary_pos_emb_interleave only when config.rope_interleave.
    const base = { model_type: 'deepseek_v3', hidden_size: 7168, num_attention_heads: 128, num_hidden_layers: 61, qk_rope_head_dim: 64, rope_theta: 10000 };
    expect(imported(base).irs[0].style).toBe('interleaved');
    expect(imported({ ...base, rope_interleave: false }).irs[0].style).toBe('half');
  });

  it('Gemma 3 in the v5 layout: rope_parameters per layer type', () => {
    // configuration_gemma3.py convert_rope_params_to_dict: {sliding_attention: …, full_attention: …}.
    const r = imported({
      model_type: 'gemma3_text', head_dim: 256, num_attention_heads: 4, num_key_value_heads: 1, num_hidden_layers: 12,
      rope_parameters: { sliding_attention: { rope_type: 'default', rope_theta: 10000 }, full_attention: { rope_type: 'linear', factor: 8, rope_theta: 1e6 } },
    });
    expect(r.names).toEqual(['m_sliding_attention', 'm_full_attention']);
    lanesAndOmega(r.irs[0], 'half', 256, plain(10000, 256));
    lanesAndOmega(r.irs[1], 'half', 256, (j) => plain(1e6, 256)(j) / 8);
  });

  it('Gemma 4 with every default: the config class fills in both layer kinds', () => {
    // configuration_gemma4.py Gemma4TextConfig.__post_init__: 30 layers, every 6th full; sliding θ 1e4;
    // full 'proportional' 0.25, θ 1e6, global_head_dim 512.
    const r = imported({ model_type: 'gemma4_text', hidden_size: 2304, num_attention_heads: 8, num_key_value_heads: 4 });
    expect(r.names).toEqual(['m_sliding_attention', 'm_full_attention']);
    lanesAndOmega(r.irs[0], 'half', 256, plain(10000, 256));
    const e = lanesAndOmega(r.irs[1], 'half', 512, proportional(1e6, 512, 64));
    expect(e.still).toBe('64–255 (192), lanes 64–255, 320–511');
  });

  it('an unknown model_type imports with a warning that lists what was assumed', () => {
    const r = imported({ model_type: 'mystery', hidden_size: 1024, num_attention_heads: 8, num_key_value_heads: 2, rope_theta: 10000 });
    lanesAndOmega(r.irs[0], 'half', 128, plain(10000, 128));
    expect(r.warnings).toEqual([expect.stringMatching(/^model_type: 'mystery' is not a family ropec knows; assumed .*rotate_half pairing \(style half\), rope_theta \(10000 when absent\)/)]);
    expect(r.text).toMatch(/# {3}warning: model_type: 'mystery' is not a family ropec knows/);
    // …and says so when the config names no RoPE field at all.
    const bare = imported({ model_type: 'mystery', hidden_size: 1024, num_attention_heads: 8 });
    expect(bare.warnings.join('\n')).toMatch(/The config names no RoPE field at all: make sure the model uses RoPE/);
    expect(bare.warnings.join('\n')).toMatch(/rope_theta: absent, and ropec does not know this model_type's default; assumed 10000/);
  });

  it('an unknown model_type with rope_parameters per layer type and layer_types: one block per type', () => {
    const r = imported({
      model_type: 'mystery', head_dim: 64, num_attention_heads: 8, num_hidden_layers: 4, layer_types: ['local', 'local', 'local', 'global'],
      rope_parameters: { local: { rope_type: 'default', rope_theta: 10000 }, global: null },
    });
    expect(r.names).toEqual(['m']);
    expect(r.warnings).toContainEqual(expect.stringMatching(/^layer_types: layers 3 \(global, 1 of 4\) use no RoPE — rope_parameters\.global is null/));
  });

  it('Qwen3-Next defaults: a quarter of the 256-lane head rotates, linear-attention layers have none', () => {
    // models/qwen3_next/configuration_qwen3_next.py: head_dim 256, partial_rotary_factor 0.25,
    // layer_types from full_attention_interval 4.
    const r = imported({ model_type: 'qwen3_next', hidden_size: 2048, num_attention_heads: 16, num_key_value_heads: 2, num_hidden_layers: 8, rope_theta: 1e7 });
    lanesAndOmega(r.irs[0], 'half', 64, plain(1e7, 64));
    expect(r.warnings).toEqual([expect.stringMatching(/layers 0–2, 4–6 \(linear_attention, 6 of 8\) use no RoPE/)]);
  });

  it('a v4 config with both rope_scaling and a top-level original_max_position_embeddings uses the top-level one', () => {
    // rope_config_utils standardize_rope_params: "we give priority to self.original_max_position_embeddings".
    const r = imported({ model_type: 'phi3', hidden_size: 3072, num_attention_heads: 32, max_position_embeddings: 131072, original_max_position_embeddings: 4096,
      rope_scaling: { type: 'longrope', original_max_position_embeddings: 8192, short_factor: Array(48).fill(1), long_factor: Array(48).fill(2) } });
    expect(r.irs[0].tables[0].scaling).toMatchObject({ kind: 'longrope', original: 4096 });
    expect(r.warnings).toEqual([expect.stringMatching(/rope_scaling\.original_max_position_embeddings: 8192 ignored; transformers uses the top-level original_max_position_embeddings = 4096/)]);
  });

  it('dynamic NTK grows the base from max_position_embeddings, as transformers does', () => {
    // _compute_dynamic_ntk_parameters: base · (factor · seq_len / config.max_position_embeddings − (factor − 1)).
    const r = imported({ model_type: 'llama', hidden_size: 4096, num_attention_heads: 32, max_position_embeddings: 4096, rope_scaling: { type: 'dynamic', factor: 2, original_max_position_embeddings: 2048 } });
    expect(r.irs[0].tables[0].scaling).toEqual({ kind: 'dynamic', factor: 2, original: 4096 });
    expect(r.warnings).toEqual([expect.stringMatching(/original_max_position_embeddings: ignored — dynamic NTK grows the base from max_position_embeddings = 4096/)]);
  });
});

describe('model types named like Object\'s properties', () => {
  it('are models ropec does not know (read as generic), not Object.prototype\'s members', () => {
    for (const modelType of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = importHfConfig({ model_type: modelType, head_dim: 64, num_attention_heads: 8, num_key_value_heads: 2, rope_theta: 10000, hidden_size: 512 });
      expect(r.text, modelType).toMatch(/frequencies base 10000/);
      expect(r.text).not.toMatch(/native code/);
    }
  });
});
