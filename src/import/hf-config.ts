// `ropec import`: a Hugging Face `config.json` → the equivalent `.rope` file.
//
// Reads what transformers reads to build its rotary embedding (modeling_rope_utils.py and the
// model files): the base, the rotary dim, the scaling (`rope_scaling`, or v5's `rope_parameters`)
// and the M-RoPE layout, and writes one `rope` block in canonical form. A field it cannot map, or
// a value out of range, is an ImportError naming the field's JSON path; a field it ignores that
// could change the numbers is a warning. The result is compiled before it is returned, so what we
// hand back always checks.
import { formatSource } from '../compiler/format.js';
import { frontEnd } from '../compiler/frontend.js';
import { formatDiagnostic } from '../compiler/diagnostics.js';
import { identifierProblem } from '../compiler/names.js';
import type { Dtype, Layout } from '../compiler/spec.js';

export class ImportError extends Error {
  /** JSON path of the offending field, e.g. `rope_scaling.factor` ('' for the whole file). */
  readonly path: string;
  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'ImportError';
    this.path = path;
  }
}

export interface ImportOptions {
  /** Spec name (default: from `_name_or_path`, else `model_type`, else `model`). */
  name?: string;
  /** Storage dtype (default: from `torch_dtype` / `dtype`, else f32). */
  dtype?: Dtype;
  layout?: Layout;
  /** Position source for text models: `index` or `index + offset` (the default: decode needs it). */
  positions?: 'index' | 'index + offset';
  /** Shown in the header comment (default `config.json`). */
  source?: string;
}

export interface ImportResult {
  /** The `.rope` text, canonical (`ropec fmt` leaves it unchanged). */
  text: string;
  name: string;
  /** Fields that were present but not used and could matter, with their JSON path. */
  warnings: string[];
}

type Json = Record<string, unknown>;

/** Keys of rope_scaling / rope_parameters we read, per rope type; anything else draws a warning. */
const COMMON_KEYS = ['rope_type', 'type', 'rope_theta', 'partial_rotary_factor', 'mrope_section', 'mrope_interleaved'];
const TYPE_KEYS: Record<string, string[]> = {
  default: [],
  linear: ['factor'],
  dynamic: ['factor', 'original_max_position_embeddings'],
  yarn: ['factor', 'original_max_position_embeddings', 'beta_fast', 'beta_slow', 'mscale', 'mscale_all_dim', 'attention_factor', 'truncate'],
  llama3: ['factor', 'low_freq_factor', 'high_freq_factor', 'original_max_position_embeddings'],
  longrope: ['factor', 'short_factor', 'long_factor', 'original_max_position_embeddings', 'attention_factor'],
};
/** Top-level fields some models use for RoPE that this importer does not express. */
const IGNORED_TOP_LEVEL: Record<string, string> = {
  rope_local_base_freq: 'local (sliding-window) layers use another base; import describes the global layers only',
  no_rope_layers: 'some layers use no RoPE at all; import describes the layers that do',
  use_dynamic_ntk: 'Qwen-1 style dynamic NTK is not imported',
  use_logn_attn: 'log-n attention scaling is outside RoPE and is not imported',
};

const DTYPES: Record<string, Dtype> = { float32: 'f32', float16: 'f16', bfloat16: 'bf16' };
/** Model families whose pairs are adjacent lanes (GPT-J's rotate_every_two). */
// Llama 4 and DeepSeek-V2/V3 rotate by complex multiplication of adjacent lanes.
const INTERLEAVED_FAMILIES = new Set(['gptj', 'codegen', 'llama4', 'llama4_text', 'deepseek_v2', 'deepseek_v3']);

export function importHfConfig(input: unknown, options: ImportOptions = {}): ImportResult {
  if (!isObject(input)) throw new ImportError('', 'expected a JSON object (a Hugging Face config.json)');
  const warnings: string[] = [];
  const root = input;
  // Vision-language models keep the language model's fields in text_config (Qwen3-VL); Qwen2-VL
  // keeps them at the top level. Prefer text_config when it carries the attention shape.
  const textConfig = isObject(root.text_config) && hasAny(root.text_config, ['hidden_size', 'head_dim', 'num_attention_heads'])
    ? root.text_config : undefined;
  const cfg: Json = textConfig ?? root;
  const at = (key: string) => (textConfig ? `text_config.${key}` : key);
  const modelType = typeof root.model_type === 'string' ? root.model_type : typeof cfg.model_type === 'string' ? cfg.model_type : '';

  // The rope parameter block: v5 `rope_parameters` or v4 `rope_scaling` (null = default).
  let rp: Json | undefined;
  let rpPath = '';
  for (const key of ['rope_parameters', 'rope_scaling']) {
    const v = cfg[key];
    if (v === undefined || v === null) continue;
    if (!isObject(v)) throw new ImportError(at(key), `expected an object or null, got ${show(v)}`);
    if (rp) {
      warnings.push(`${at(key)}: ignored, ${rpPath} is used`);
      continue;
    }
    rp = v;
    rpPath = at(key);
  }
  if (rp && !('rope_type' in rp) && !('type' in rp) && !('rope_theta' in rp)
    && Object.values(rp).length > 0 && Object.values(rp).every(isObject)) {
    throw new ImportError(rpPath, `holds one parameter set per layer type (${Object.keys(rp).join(', ')}); ropec imports one RoPE per file: copy the set you want into a config of its own`);
  }
  const rpAt = (key: string) => `${rpPath}.${key}`;

  // Shape of one head.
  const heads = positiveInt(cfg, ['num_attention_heads', 'n_head', 'num_heads'], at, false);
  let headDim: number;
  let headDimPath: string;
  // Multi-head latent attention (DeepSeek-V2/V3): RoPE rotates only the separate q_pe / k_pe
  // slices of qk_rope_head_dim lanes, with one k_pe shared by every head.
  const mla = cfg.qk_rope_head_dim !== undefined && cfg.qk_rope_head_dim !== null;
  if (mla) {
    headDim = requireInt(cfg.qk_rope_head_dim, at('qk_rope_head_dim'), 2);
    headDimPath = at('qk_rope_head_dim');
    warnings.push(`${at('qk_rope_head_dim')}: multi-head latent attention — the spec rotates the q_pe / k_pe slices (${headDim} lanes, one shared k head); the softmax mscale is outside RoPE`);
  } else if (cfg.head_dim !== undefined && cfg.head_dim !== null) {
    headDim = requireInt(cfg.head_dim, at('head_dim'), 2);
    headDimPath = at('head_dim');
  } else {
    const hidden = positiveInt(cfg, ['hidden_size', 'n_embd', 'd_model'], at, false);
    if (!hidden || !heads) {
      throw new ImportError(at('head_dim'), 'no head dimension: give head_dim, or hidden_size and num_attention_heads');
    }
    if (hidden.value % heads.value !== 0) {
      throw new ImportError(hidden.path, `${hidden.value} is not a multiple of ${heads.path} = ${heads.value}, so the head dimension is not a whole number`);
    }
    headDim = hidden.value / heads.value;
    headDimPath = `${hidden.path} / ${heads.path}`;
  }
  if (headDim % 2 !== 0) throw new ImportError(headDimPath, `head dimension ${headDim} is odd; RoPE rotates pairs of lanes`);
  const kvHeads = mla ? { value: 1, path: at('qk_rope_head_dim') } : positiveInt(cfg, ['num_key_value_heads', 'n_head_kv', 'num_kv_heads'], at, false);

  // Rotary dim: GPT-J's rotary_dim, NeoX's rotary_pct, HF's partial_rotary_factor.
  let rotaryLine = '';
  let rotaryDim = headDim;
  const factorField = firstPresent([[rp, rpAt('partial_rotary_factor'), 'partial_rotary_factor'], [cfg, at('partial_rotary_factor'), 'partial_rotary_factor'], [cfg, at('rotary_pct'), 'rotary_pct']]);
  const dimField = cfg.rotary_dim !== undefined && cfg.rotary_dim !== null ? { value: cfg.rotary_dim, path: at('rotary_dim') } : undefined;
  if (dimField) {
    rotaryDim = requireInt(dimField.value, dimField.path, 2);
    if (rotaryDim % 2 !== 0) throw new ImportError(dimField.path, `rotary dim ${rotaryDim} is odd; RoPE rotates pairs of lanes`);
    if (rotaryDim > headDim) throw new ImportError(dimField.path, `rotary dim ${rotaryDim} exceeds the head dimension ${headDim} (${headDimPath})`);
    if (factorField) warnings.push(`${factorField.path}: ignored, ${dimField.path} is used`);
    if (rotaryDim !== headDim) rotaryLine = `rotary dim ${rotaryDim}`;
  } else if (factorField) {
    const f = factorField.value;
    if (typeof f !== 'number' || !Number.isFinite(f) || f <= 0 || f > 1) {
      throw new ImportError(factorField.path, `expected a number in (0, 1], got ${show(f)}`);
    }
    rotaryDim = Math.floor(headDim * f);
    if (rotaryDim < 2 || rotaryDim % 2 !== 0) {
      throw new ImportError(factorField.path, `${f} of head dimension ${headDim} gives ${rotaryDim} rotated lanes; it must be an even number ≥ 2`);
    }
    if (f !== 1) rotaryLine = `rotary factor ${num(f)}`;
  }
  const pairs = rotaryDim / 2;

  // Base.
  const baseField = firstPresent([[rp, rpAt('rope_theta'), 'rope_theta'], [cfg, at('rope_theta'), 'rope_theta'], [cfg, at('rotary_emb_base'), 'rotary_emb_base'], [cfg, at('rope_base'), 'rope_base']]);
  let base = 10000;
  if (baseField) {
    if (typeof baseField.value !== 'number' || !Number.isFinite(baseField.value) || baseField.value <= 1) {
      throw new ImportError(baseField.path, `the RoPE base must be a finite number > 1, got ${show(baseField.value)}`);
    }
    base = baseField.value;
  }
  const maxPos = positiveInt(cfg, ['max_position_embeddings', 'n_positions', 'seq_length'], at, false);

  // Scaling.
  const typeKey = rp ? ('rope_type' in rp ? 'rope_type' : 'type' in rp ? 'type' : undefined) : undefined;
  const rawType = typeKey ? rp![typeKey] : 'default';
  if (typeof rawType !== 'string') throw new ImportError(rpAt(typeKey!), `expected a string, got ${show(rawType)}`);
  let ropeType: string = rawType;
  if (ropeType === 'su') ropeType = 'longrope'; // Phi-3's first name for LongRoPE
  if (ropeType === 'mrope') ropeType = 'default'; // Qwen2-VL: transformers maps it to default
  if (!(ropeType in TYPE_KEYS)) {
    throw new ImportError(rpAt(typeKey!), `unknown rope type '${ropeType}' (known: ${Object.keys(TYPE_KEYS).join(', ')}, and 'su', 'mrope')`);
  }
  if (rp) {
    for (const key of Object.keys(rp)) {
      if (!COMMON_KEYS.includes(key) && !TYPE_KEYS[ropeType].includes(key)) warnings.push(`${rpAt(key)}: ignored by rope type '${ropeType}'`);
    }
  }
  for (const [key, why] of Object.entries(IGNORED_TOP_LEVEL)) {
    if (cfg[key] !== undefined && cfg[key] !== null && cfg[key] !== false) warnings.push(`${at(key)}: ignored — ${why}`);
  }
  const scalingNum = (key: string, rule: { min?: number; above?: number; int?: boolean } = {}) => {
    const v = rp![key];
    if (v === undefined || v === null) return undefined;
    const path = rpAt(key);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ImportError(path, `expected a number, got ${show(v)}`);
    if (rule.int && !Number.isInteger(v)) throw new ImportError(path, `expected a whole number, got ${v}`);
    if (rule.min !== undefined && v < rule.min) throw new ImportError(path, `must be at least ${rule.min}, got ${v}`);
    if (rule.above !== undefined && v <= rule.above) throw new ImportError(path, `must be greater than ${rule.above}, got ${v}`);
    return v;
  };
  const required = (key: string, rule: { min?: number; above?: number; int?: boolean } = {}) => {
    const v = scalingNum(key, rule);
    if (v === undefined) throw new ImportError(rpAt(key), `rope type '${ropeType}' needs ${key}`);
    return v;
  };
  // L0: rope_scaling's original_max_position_embeddings, else the top-level one, else max_position_embeddings.
  const original = (): number => {
    const v = scalingNum('original_max_position_embeddings', { int: true, min: 1 });
    if (v !== undefined) return v;
    const top = positiveInt(cfg, ['original_max_position_embeddings'], at, false);
    if (top) return top.value;
    if (maxPos) return maxPos.value;
    throw new ImportError(rpAt('original_max_position_embeddings'), `rope type '${ropeType}' needs the original context length (original_max_position_embeddings or max_position_embeddings)`);
  };
  let scalingLine = '';
  switch (ropeType) {
    case 'default':
      break;
    case 'linear':
      scalingLine = `scaling linear(factor ${num(required('factor', { above: 0 }))})`;
      break;
    case 'dynamic':
      scalingLine = `scaling dynamic(factor ${num(required('factor', { min: 1 }))}, original ${original()})`;
      break;
    case 'yarn': {
      const parts = [`factor ${num(required('factor', { min: 1 }))}`, `original ${original()}`];
      for (const [key, word] of [['beta_fast', 'beta_fast'], ['beta_slow', 'beta_slow'], ['mscale', 'mscale'], ['mscale_all_dim', 'mscale_all_dim'], ['attention_factor', 'attention_factor']] as const) {
        const v = scalingNum(key, { above: 0 });
        if (v !== undefined) parts.push(`${word} ${num(v)}`);
      }
      const bf = scalingNum('beta_fast') ?? 32;
      const bs = scalingNum('beta_slow') ?? 1;
      if (bf <= bs) throw new ImportError(rpAt('beta_fast'), `beta_fast (${bf}) must be greater than beta_slow (${bs})`);
      if (rp!.truncate !== undefined) {
        if (typeof rp!.truncate !== 'boolean') throw new ImportError(rpAt('truncate'), `expected true or false, got ${show(rp!.truncate)}`);
        parts.push(`truncate ${rp!.truncate}`);
      }
      scalingLine = `scaling yarn(${parts.join(', ')})`;
      break;
    }
    case 'llama3': {
      const low = required('low_freq_factor', { above: 0 });
      const high = required('high_freq_factor', { above: 0 });
      if (high <= low) throw new ImportError(rpAt('high_freq_factor'), `must be greater than low_freq_factor (${low}), got ${high}`);
      scalingLine = `scaling llama3(factor ${num(required('factor', { min: 1 }))}, low ${num(low)}, high ${num(high)}, original ${original()})`;
      break;
    }
    case 'longrope': {
      const list = (key: string) => {
        const v = rp![key];
        const path = rpAt(key);
        if (!Array.isArray(v)) throw new ImportError(path, v === undefined ? `rope type 'longrope' needs ${key}` : `expected a list of numbers, got ${show(v)}`);
        if (v.length !== pairs) throw new ImportError(path, `has ${v.length} entries, but the rotary dimension ${rotaryDim} has ${pairs} pairs`);
        v.forEach((x, i) => {
          if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) throw new ImportError(`${path}[${i}]`, `expected a positive number, got ${show(x)}`);
        });
        return v as number[];
      };
      const short = list('short_factor');
      const long = list('long_factor');
      const L0 = original();
      // transformers: factor from rope_scaling, else max_position_embeddings / L0.
      let factor = scalingNum('factor', { above: 0 });
      if (factor === undefined && maxPos && maxPos.value !== L0) factor = maxPos.value / L0;
      const parts = [`short ${numList(short)}`, `long ${numList(long)}`, `original ${L0}`];
      if (factor !== undefined) parts.push(`factor ${num(factor)}`);
      parts.push('select auto');
      const af = scalingNum('attention_factor', { above: 0 });
      if (af !== undefined) parts.push(`attention_factor ${num(af)}`);
      for (const key of ['short_mscale', 'long_mscale']) {
        if (rp![key] !== undefined) throw new ImportError(rpAt(key), 'per-list attention factors (Phi-3-small) cannot be expressed: ropec has one attention factor per spec');
      }
      scalingLine = `scaling longrope(\n${parts.join(',\n')}\n)`;
      break;
    }
  }

  // M-RoPE: mrope_section in pairs (t, h, w), contiguous or interleaved (Qwen3-VL).
  const mropeField = firstPresent([[rp, rpAt('mrope_section'), 'mrope_section'], [cfg, at('mrope_section'), 'mrope_section']]);
  const interleavedField = firstPresent([[rp, rpAt('mrope_interleaved'), 'mrope_interleaved'], [cfg, at('mrope_interleaved'), 'mrope_interleaved']]);
  let axesLine = '';
  let positionsLine = `positions ${options.positions ?? 'index + offset'}`;
  if (mropeField) {
    const s = mropeField.value;
    if (!Array.isArray(s) || s.length !== 3) throw new ImportError(mropeField.path, `expected three section sizes [t, h, w] in pairs, got ${show(s)}`);
    s.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isInteger(x) || x < 1) throw new ImportError(`${mropeField.path}[${i}]`, `expected a whole number ≥ 1, got ${show(x)}`);
    });
    const sum = (s as number[]).reduce((a, b) => a + b, 0);
    if (sum !== pairs) {
      throw new ImportError(mropeField.path, `sections add up to ${sum} pairs, but the rotary dimension ${rotaryDim} has ${pairs} pairs (head_dim / 2)`);
    }
    let interleaved = false;
    if (interleavedField) {
      if (typeof interleavedField.value !== 'boolean') throw new ImportError(interleavedField.path, `expected true or false, got ${show(interleavedField.value)}`);
      interleaved = interleavedField.value;
    }
    axesLine = `axes ${interleaved ? 'interleaved' : 'sectioned'} [t ${s[0]}, h ${s[1]}, w ${s[2]}]`;
    positionsLine = `positions mrope(${mropeOptions(root, modelType, interleaved, warnings).join(', ')})`;
  } else if (interleavedField && interleavedField.value === true) {
    throw new ImportError(interleavedField.path, 'mrope_interleaved is set but there is no mrope_section');
  }

  // Kernel block.
  const dtype = options.dtype ?? configDtype(root, cfg, at, warnings);
  const layout = options.layout ?? 'thd';
  // DeepSeek's rope_interleave (default true): the model de-interleaves and then applies
  // rotate_half, which is the interleaved pairing of the stored lanes.
  const style = cfg.rope_interleave === false ? 'half'
    : INTERLEAVED_FAMILIES.has(modelType) || cfg.rope_interleave === true ? 'interleaved' : 'half';
  const name = options.name ?? defaultName(root, modelType);
  const problem = identifierProblem(name, 'spec');
  if (problem) throw new ImportError('', `spec name ${problem}; choose one with --name`);
  const layoutWords: Record<Layout, string> = { thd: '[tokens, heads, dim]', bshd: '[batch, seq, heads, dim]', bhsd: '[batch, heads, seq, dim]' };

  const header = [
    `# Imported by ropec from ${oneLine(options.source ?? 'config.json')}${typeof root._name_or_path === 'string' ? ` (${oneLine(root._name_or_path)})` : ''}${modelType ? `, model_type ${oneLine(modelType)}` : ''}.`,
    `#   head_dim ${headDim} (${headDimPath}), rotary dim ${rotaryDim}, base ${num(base)}${baseField ? ` (${baseField.path})` : ' (default)'},`,
    `#   rope type ${ropeType}${maxPos ? `, ${maxPos.path} ${maxPos.value}` : ''}.`,
    ...warnings.map((w) => `#   warning: ${oneLine(w)}`),
  ];
  const body = [
    `rope ${name} {`,
    `head_dim ${headDim}`,
    rotaryLine,
    `style ${style}`,
    `frequencies base ${num(base)}`,
    scalingLine,
    axesLine,
    positionsLine,
    'kernel {',
    heads ? `q heads ${heads.value}` : '',
    heads ? `k heads ${kvHeads?.value ?? heads.value}` : '',
    `layout ${layoutWords[layout]}`,
    `dtype ${dtype}`,
    '}',
    '}',
  ].filter((l) => l !== '');
  const formatted = formatSource([...header, ...body].join('\n'));
  if (formatted.text === undefined) throw new Error(`internal error: import produced text that does not lex (${formatted.error})`);
  const checked = frontEnd(formatted.text, '<import>');
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new ImportError('', `the imported spec does not check:\n${errors.map((d) => formatDiagnostic(d, formatted.text!)).join('\n')}`);
  }
  return { text: formatted.text, name, warnings };
}

function mropeOptions(root: Json, modelType: string, interleaved: boolean, warnings: string[]): string[] {
  const vision = isObject(root.vision_config) ? root.vision_config : {};
  const opts: string[] = [];
  const merge = vision.spatial_merge_size;
  if (merge !== undefined) {
    if (typeof merge !== 'number' || !Number.isInteger(merge) || merge < 1) throw new ImportError('vision_config.spatial_merge_size', `expected a whole number ≥ 1, got ${show(merge)}`);
    opts.push(`spatial_merge ${merge}`);
  } else opts.push('spatial_merge 2');
  // How a video's t index advances: frame index (Qwen2-VL), absolute time (Qwen2.5-VL), one
  // block per frame with timestamps in the text (Qwen3-VL).
  const tps = vision.tokens_per_second ?? root.tokens_per_second;
  const family: Record<string, 'frames' | 'scaled' | 'per_frame'> = { qwen2_vl: 'frames', qwen2_5_vl: 'scaled', qwen3_vl: 'per_frame', qwen3_vl_moe: 'per_frame' };
  let video = family[modelType];
  if (!video) {
    video = interleaved ? 'per_frame' : tps !== undefined ? 'scaled' : 'frames';
    warnings.push(`model_type: '${modelType}' is not a Qwen-VL family ropec knows; video positions guessed as '${video}'`);
  }
  opts.push(`video ${video}`);
  if (video === 'scaled') {
    const path = root.tokens_per_second !== undefined && vision.tokens_per_second === undefined ? 'tokens_per_second' : 'vision_config.tokens_per_second';
    if (typeof tps !== 'number' || !Number.isFinite(tps) || tps <= 0) throw new ImportError(path, `absolute-time video positions need a positive tokens_per_second, got ${show(tps)}`);
    opts.push(`tokens_per_second ${num(tps)}`);
  }
  for (const [key, word] of [['image_token_id', 'image_token'], ['video_token_id', 'video_token'], ['vision_start_token_id', 'vision_start_token']]) {
    const v = root[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ImportError(key, `expected a token id (whole number ≥ 0), got ${show(v)}`);
    opts.push(`${word} ${v}`);
  }
  return opts;
}

function configDtype(root: Json, cfg: Json, at: (k: string) => string, warnings: string[]): Dtype {
  for (const [obj, path] of [[cfg, at('torch_dtype')], [cfg, at('dtype')], [root, 'torch_dtype'], [root, 'dtype']] as const) {
    const key = path.split('.').pop()!;
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v in DTYPES) return DTYPES[v];
    warnings.push(`${path}: '${String(v)}' is not f32, f16 or bf16; the kernel uses f32 (choose with --dtype)`);
    return 'f32';
  }
  return 'f32';
}

function defaultName(root: Json, modelType: string): string {
  const from = typeof root._name_or_path === 'string' && root._name_or_path.length > 0 ? root._name_or_path.split('/').pop()! : modelType;
  let name = from.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(name)) name = `m_${name}`;
  if (name === 'm_') name = 'model';
  return name.slice(0, 48).replace(/_+$/, '');
}

function positiveInt(obj: Json, keys: string[], at: (k: string) => string, required: boolean): { value: number; path: string } | undefined {
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    return { value: requireInt(v, at(key), 1), path: at(key) };
  }
  if (required) throw new ImportError(at(keys[0]), 'missing');
  return undefined;
}

function requireInt(v: unknown, path: string, min: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new ImportError(path, `expected a whole number, got ${show(v)}`);
  if (v < min) throw new ImportError(path, `must be at least ${min}, got ${v}`);
  return v;
}

function firstPresent(candidates: [Json | undefined, string, string][]): { value: unknown; path: string } | undefined {
  for (const [obj, path, key] of candidates) {
    if (obj && obj[key] !== undefined && obj[key] !== null) return { value: obj[key], path };
  }
  return undefined;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasAny(obj: Json, keys: string[]): boolean {
  return keys.some((k) => obj[k] !== undefined && obj[k] !== null);
}

/** A number as the .rope lexer reads it back exactly (shortest round-trip form). */
function num(x: number): string {
  return String(x);
}

function numList(xs: number[]): string {
  const lines: string[] = [];
  for (let i = 0; i < xs.length; i += 6) lines.push(xs.slice(i, i + 6).map(num).join(', '));
  return `[${lines.join(',\n')}]`;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}
