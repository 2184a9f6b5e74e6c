// `ropec import`: a Hugging Face `config.json` → the equivalent `.rope` file.
//
// Reads what the model's own code reads to build its rotary embedding — transformers v5
// (modeling_rope_utils.py and the model files) or the remote code a model ships with — as
// families.ts records it per family: the base (and its config-class default), the rotated lanes,
// the pairing (half or interleaved), the k heads, the scaling (`rope_scaling`, or v5's
// `rope_parameters`), the M-RoPE layout, and which layers use which RoPE. Layers with different
// RoPE become one `rope` block each, named after their layer type; layers with none are named in a
// warning. A model with no RoPE, a field it cannot map or a value out of range is an ImportError
// naming the field's JSON path; a field it ignores that could change the numbers, and every
// assumption made for a family it does not know, is a warning. The result is compiled before it is
// returned, so what we hand back always checks.
import { formatSource } from '../compiler/format.js';
import { frontEnd } from '../compiler/frontend.js';
import { formatDiagnostic } from '../compiler/diagnostics.js';
import { describeIndices } from '../compiler/explain.js';
import { identifierProblem, MAX_NAME_LENGTH } from '../compiler/names.js';
import type { Dtype, Layout, Style } from '../compiler/spec.js';
import { ARCHITECTURES, FAMILIES, noRopeReason, type Family, type Json, type LayerKind, type RopeSet } from './families.js';

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
  /** Spec name (default: from `_name_or_path`, else `model_type`, else `model`); layer kinds append `_TYPE`. */
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
  /** The spec name; with several rope blocks, their names joined by ', '. */
  name: string;
  /** One name per rope block, in file order. */
  names: string[];
  /** What a careful user needs to know: fields not used that could matter, layers the spec does not cover, assumptions. */
  warnings: string[];
}

/** Keys of rope_scaling / rope_parameters we read, per rope type; anything else draws a warning. */
const COMMON_KEYS = ['rope_type', 'type', 'rope_theta', 'partial_rotary_factor', 'mrope_section', 'mrope_interleaved'];
const TYPE_KEYS: Record<string, string[]> = {
  default: [],
  linear: ['factor'],
  dynamic: ['factor', 'original_max_position_embeddings'], // the latter read only to say it is not used
  yarn: ['factor', 'original_max_position_embeddings', 'beta_fast', 'beta_slow', 'mscale', 'mscale_all_dim', 'attention_factor', 'truncate'],
  llama3: ['factor', 'low_freq_factor', 'high_freq_factor', 'original_max_position_embeddings'],
  longrope: ['factor', 'short_factor', 'long_factor', 'original_max_position_embeddings', 'attention_factor'],
  proportional: ['factor'],
};
/** Read elsewhere (family notes), so not "ignored". */
const NOTED_KEYS = ['llama_4_scaling_beta'];

/**
 * Fields some models use for RoPE or positions: warned about when present in a family whose entry
 * does not read them (the families that do read them say what they do in their own notes).
 */
const IGNORED_TOP_LEVEL: Record<string, string> = {
  rope_local_base_freq: 'local (sliding-window) layers use another base in Gemma 3; for another model_type the import does not know which layers',
  no_rope_layers: 'some layers use no RoPE at all; for this model_type the import does not know which',
  use_dynamic_ntk: 'Qwen-1 style dynamic NTK (a larger base beyond seq_length) is not imported',
  use_logn_attn: 'log-n attention scaling of queries is outside RoPE and not imported',
};

const DTYPES: Record<string, Dtype> = { float32: 'f32', float16: 'f16', bfloat16: 'bf16' };
const LAYOUT_WORDS: Record<Layout, string> = { thd: '[tokens, heads, dim]', bshd: '[batch, seq, heads, dim]', bhsd: '[batch, heads, seq, dim]' };
type Field = { value: unknown; path: string };

/** The common transformers behaviour, assumed for a model_type no family entry describes. */
const GENERIC: Family = { name: '', source: '', style: 'half' };

export function importHfConfig(input: unknown, options: ImportOptions = {}): ImportResult {
  if (!isObject(input)) throw new ImportError('', 'expected a JSON object (a Hugging Face config.json)');
  const root = input;
  checkNestedConfigs(root, '');
  const warnings: string[] = [];
  const warn = (w: string) => {
    if (!warnings.includes(w)) warnings.push(w);
  };
  const modelType = typeof root.model_type === 'string' ? root.model_type : '';
  const architecture = Array.isArray(root.architectures) && typeof root.architectures[0] === 'string' ? root.architectures[0] : '';

  // The family: model_type, else the remote-code architecture.
  // (Own keys only: a model_type 'constructor' or 'toString' is a model we do not know, not Object's.)
  let key: string | undefined = Object.hasOwn(FAMILIES, modelType) ? modelType : undefined;
  let via = '';
  if (!key && Object.hasOwn(ARCHITECTURES, architecture)) {
    key = ARCHITECTURES[architecture];
    via = `architectures[0] ${architecture}`;
  }
  const { cfg, prefix, owner } = languageModel(root, key ? FAMILIES[key] : undefined);
  const at = (k: string) => prefix + k;
  if (!key && typeof cfg.model_type === 'string' && Object.hasOwn(FAMILIES, cfg.model_type)) key = cfg.model_type;
  const known = key !== undefined;
  const family = key ? FAMILIES[key] : GENERIC;

  const why = noRopeReason(modelType, root) ?? (typeof cfg.model_type === 'string' && cfg !== root ? noRopeReason(cfg.model_type, cfg) : undefined);
  if (why) throw new ImportError('model_type', `'${modelType}' has no rotary position embedding — ${why}; there is nothing to import`);
  if (!known) warn(unknownFamilyWarning(modelType, cfg, at));

  // The global parameter block: v5 `rope_parameters` or v4 `rope_scaling` (null = default).
  let rp: Json | undefined;
  let rpPath = at('rope_scaling');
  for (const k of ['rope_parameters', 'rope_scaling']) {
    const v = cfg[k];
    if (v === undefined || v === null) continue;
    if (!isObject(v)) throw new ImportError(at(k), `expected an object or null, got ${show(v)}`);
    if (rp) {
      warn(`${at(k)}: ignored, ${rpPath} is used`);
      continue;
    }
    rp = v;
    rpPath = at(k);
  }
  const global: RopeSet = { params: rp, paramsPath: rpPath };

  const heads = positiveInt(cfg, ['num_attention_heads', 'n_head', 'num_heads'], at);
  const nLayers = positiveInt(cfg, ['num_hidden_layers', 'num_layers', 'n_layer'], at)
    ?? (family.defaults?.num_hidden_layers !== undefined ? { value: family.defaults.num_hidden_layers, path: `default num_hidden_layers of ${family.name}` } : undefined);
  let kinds: LayerKind[];
  if (family.layers) {
    if (!nLayers) throw new ImportError(at('num_hidden_layers'), `${family.name} uses different RoPE in different layers; the import needs the layer count`);
    kinds = family.layers(cfg, nLayers.value, global);
  } else if (rp && isPerTypeSet(rp)) {
    // v5 rope_parameters with one set per layer type: layer_types says which layers are which.
    const types = cfg.layer_types;
    if (!nLayers || !Array.isArray(types) || types.length < nLayers.value || !types.every((t) => typeof t === 'string' && t in rp)) {
      throw new ImportError(rpPath, `holds one parameter set per layer type (${Object.keys(rp).join(', ')}), but ${at('layer_types')} does not say which of the ${nLayers?.value ?? '?'} layers are which`);
    }
    kinds = perTypeKinds(types.slice(0, nLayers.value) as string[], rp, rpPath);
  } else {
    kinds = [{ type: '', layers: nLayers ? range(nLayers.value) : [], rope: global }];
    for (const [k, w] of Object.entries(IGNORED_TOP_LEVEL)) {
      if (key === 'qwen' && (k === 'use_dynamic_ntk' || k === 'use_logn_attn')) continue; // qwen1Notes
      if (cfg[k] !== undefined && cfg[k] !== null && cfg[k] !== false) warn(`${at(k)}: ignored — ${w}`);
    }
  }
  const ropeKinds = kinds.filter((k) => k.rope !== null);
  if (ropeKinds.length === 0) throw new ImportError(at('layer_types'), `no layer of this ${family.name || modelType} model uses RoPE; there is nothing to import`);
  const total = nLayers?.value ?? 0;
  for (const k of kinds) {
    if (k.rope !== null) continue;
    warn(`${at(k.field ?? 'layer_types')}: layers ${describeIndices(k.layers)} (${k.type ? `${k.type}, ` : ''}${k.layers.length} of ${total}) use no RoPE — ${k.why ?? 'no positional encoding'}; the spec covers the other ${total - k.layers.length}`);
  }
  family.notes?.(cfg, root, at, warn);

  const ctx: BlockContext = { root, cfg, owner, at, family, familyKey: key ?? '', modelType, heads, warn, options };
  const built = ropeKinds.map((k) => ({ kind: k, block: ropeBlock(ctx, k.rope!) }));

  // Layer kinds with the same RoPE share one block.
  const groups: { kinds: LayerKind[]; block: Block }[] = [];
  for (const b of built) {
    const same = groups.find((g) => g.block.body.join('\n') === b.block.body.join('\n'));
    if (same) same.kinds.push(b.kind);
    else groups.push({ kinds: [b.kind], block: b.block });
  }
  const baseName = options.name ?? defaultName(root, modelType || key || '');
  const problem = identifierProblem(baseName, 'spec');
  if (problem) throw new ImportError('', `spec name ${problem}; choose one with --name`);
  const names = groups.map((g) => (groups.length === 1 ? baseName : suffixed(baseName, g.kinds[0].type)));

  const header = [
    `# Imported by ropec from ${oneLine(options.source ?? 'config.json')}${typeof root._name_or_path === 'string' && root._name_or_path ? ` (${oneLine(root._name_or_path)})` : ''}${modelType ? `, model_type ${oneLine(modelType)}` : ''}${known ? `: ${family.name} (${family.source}${via ? `, from ${via}` : ''})` : ''}.`,
    ...(prefix ? [`#   The language model's fields are read from ${prefix.slice(0, -1)}.`] : []),
    ...(['vision_config', 'audio_config'].some((k) => isObject(owner[k]))
      ? ['#   The spec describes the language model; a vision or audio encoder\'s own position encoding is not imported.'] : []),
    ...warnings.map((w) => `#   warning: ${oneLine(w)}`),
  ];
  const blocks = groups.map((g, i) => {
    const layers = g.kinds.flatMap((k) => k.layers).sort((a, b) => a - b);
    const which = kinds.length > 1 ? `# ${g.kinds.map((k) => k.type).filter((t) => t).join(', ') || 'RoPE'} layers ${describeIndices(layers)} (${layers.length} of ${total}):` : '#';
    return [
      `${which} ${g.block.facts[0]}`,
      ...g.block.facts.slice(1).map((f) => `#   ${f}`),
      `rope ${names[i]} {`,
      ...g.block.body,
      '}',
    ].join('\n');
  });
  const formatted = formatSource([...header, '', blocks.join('\n\n')].join('\n'));
  if (formatted.text === undefined) throw new Error(`internal error: import produced text that does not lex (${formatted.error})`);
  const checked = frontEnd(formatted.text, '<import>');
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new ImportError('', `the imported spec does not check:\n${errors.map((d) => formatDiagnostic(d, formatted.text!)).join('\n')}`);
  }
  return { text: formatted.text, name: names.join(', '), names, warnings };
}

// ------------------------------------------------------------------------------------------------
// One rope block

interface BlockContext {
  root: Json;
  /** The language model's config (root, or a nested text_config …). */
  cfg: Json;
  /** The object holding cfg (token ids, vision_config live there). */
  owner: Json;
  at: (k: string) => string;
  family: Family;
  familyKey: string;
  modelType: string;
  heads: Field & { value: number } | undefined;
  warn: (w: string) => void;
  options: ImportOptions;
}

interface Block {
  /** Header lines: what was read from where. */
  facts: string[];
  /** The block's statements (without the `rope NAME {` line and the closing brace). */
  body: string[];
}

function ropeBlock(ctx: BlockContext, set: RopeSet): Block {
  const { cfg, at, family, warn } = ctx;
  const rp = set.params;
  const rpAt = (k: string) => `${set.paramsPath}.${k}`;
  const facts: string[] = [];

  // Shape of one head.
  let headDim: number;
  let headDimPath: string;
  // MLA with qk_nope_head_dim: q's own head shape around the rotated lanes.
  let mlaQ: { headDim: number; offset: number } | undefined;
  const mla = family.mla === true || (ctx.familyKey === '' && present(cfg.qk_rope_head_dim));
  if (mla) {
    if (!present(cfg.qk_rope_head_dim)) throw new ImportError(at('qk_rope_head_dim'), `${family.name} uses multi-head latent attention; the import needs qk_rope_head_dim`);
    headDim = requireInt(cfg.qk_rope_head_dim, at('qk_rope_head_dim'), 2);
    headDimPath = at('qk_rope_head_dim');
    const softmax = present(rp?.mscale_all_dim) ? `; the softmax scale's mscale(factor, ${show(rp!.mscale_all_dim)})² is outside RoPE` : '';
    if (present(cfg.qk_nope_head_dim)) {
      // q heads are [nope | rope]: the rope lanes last (torch.split(q, [qk_nope_head_dim, qk_rope_head_dim])).
      const nope = requireInt(cfg.qk_nope_head_dim, at('qk_nope_head_dim'), 0);
      mlaQ = { headDim: nope + headDim, offset: nope };
      warn(`${at('qk_rope_head_dim')}: multi-head latent attention — q heads of ${nope} + ${headDim} lanes (${at('qk_nope_head_dim')} + qk_rope_head_dim), the last ${headDim} rotated, and one shared ${headDim}-lane k_pe head, in one launch${softmax}`);
    } else {
      warn(`${at('qk_rope_head_dim')}: multi-head latent attention — the spec rotates the q_pe / k_pe slices (${headDim} lanes, one shared k head)${softmax}`);
    }
  } else if (set.headDim) {
    headDim = requireInt(set.headDim.value, set.headDim.path, 2);
    headDimPath = set.headDim.path;
  } else if ((family.rotary === 'chatglm' || ctx.familyKey === 'qwen') && present(cfg.kv_channels)) {
    // ChatGLM and Qwen-1 remote code: the per-head width is kv_channels.
    headDim = requireInt(cfg.kv_channels, at('kv_channels'), 2);
    headDimPath = at('kv_channels');
  } else if (present(cfg.head_dim)) {
    headDim = requireInt(cfg.head_dim, at('head_dim'), 2);
    headDimPath = at('head_dim');
  } else if (family.defaults?.head_dim !== undefined) {
    headDim = family.defaults.head_dim;
    headDimPath = `default head_dim of ${family.name}`;
  } else {
    const hidden = positiveInt(cfg, ['hidden_size', 'n_embd', 'd_model'], at);
    if (!hidden || !ctx.heads) throw new ImportError(at('head_dim'), 'no head dimension: give head_dim, or hidden_size and num_attention_heads');
    if (hidden.value % ctx.heads.value !== 0) {
      throw new ImportError(hidden.path, `${hidden.value} is not a multiple of ${ctx.heads.path} = ${ctx.heads.value}, so the head dimension is not a whole number`);
    }
    headDim = hidden.value / ctx.heads.value;
    headDimPath = `${hidden.path} / ${ctx.heads.path}`;
  }
  if (headDim % 2 !== 0) throw new ImportError(headDimPath, `head dimension ${headDim} is odd; RoPE rotates pairs of lanes`);

  // The rope type.
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
    for (const k of Object.keys(rp)) {
      if (!COMMON_KEYS.includes(k) && !TYPE_KEYS[ropeType].includes(k) && !NOTED_KEYS.includes(k)) warn(`${rpAt(k)}: ignored by rope type '${ropeType}'`);
    }
  }

  // Rotated lanes.
  const rotary = rotaryLanes(ctx, set, headDim, headDimPath, ropeType);
  const rotaryDim = rotary.dim;
  const pairs = rotaryDim / 2;
  facts.push(`head_dim ${headDim} (${headDimPath}), ${rotary.fact}.`);

  // Base.
  const base = ropeBase(ctx, set);
  facts.push(`base ${num(base.value)} (${base.path}), rope type ${ropeType}${rp && typeKey ? ` (${rpAt(typeKey)})` : ''}.`);

  // Scaling.
  const maxPos = positiveInt(cfg, ['max_position_embeddings', 'n_positions', 'seq_length'], at)
    ?? (family.defaults?.max_position_embeddings !== undefined ? { value: family.defaults.max_position_embeddings, path: `default max_position_embeddings of ${family.name}` } : undefined);
  const scalingNum = (k: string, rule: { min?: number; above?: number; int?: boolean } = {}) => {
    const v = rp?.[k];
    if (v === undefined || v === null) return undefined;
    const path = rpAt(k);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ImportError(path, `expected a number, got ${show(v)}`);
    if (rule.int && !Number.isInteger(v)) throw new ImportError(path, `expected a whole number, got ${v}`);
    if (rule.min !== undefined && v < rule.min) throw new ImportError(path, `must be at least ${rule.min}, got ${v}`);
    if (rule.above !== undefined && v <= rule.above) throw new ImportError(path, `must be greater than ${rule.above}, got ${v}`);
    return v;
  };
  const required = (k: string, rule: { min?: number; above?: number; int?: boolean } = {}) => {
    const v = scalingNum(k, rule);
    if (v === undefined) throw new ImportError(rpAt(k), `rope type '${ropeType}' needs ${k}`);
    return v;
  };
  // L0 for llama3 / yarn / longrope: transformers' standardize_rope_params gives a top-level
  // original_max_position_embeddings (Phi-3) priority, then rope_parameters', then max_position_embeddings.
  const original = (): number => {
    const top = positiveInt(cfg, ['original_max_position_embeddings'], at);
    const inner = scalingNum('original_max_position_embeddings', { int: true, min: 1 });
    if (top && inner !== undefined && inner !== top.value) warn(`${rpAt('original_max_position_embeddings')}: ${inner} ignored; transformers uses the top-level ${top.path} = ${top.value}`);
    if (top) return top.value;
    if (inner !== undefined) return inner;
    if (maxPos) return maxPos.value;
    throw new ImportError(rpAt('original_max_position_embeddings'), `rope type '${ropeType}' needs the original context length (original_max_position_embeddings or max_position_embeddings)`);
  };
  let scalingLine = '';
  let frequencyLine = `frequencies base ${num(base.value)}`;
  switch (ropeType) {
    case 'default':
      break;
    case 'linear':
      scalingLine = `scaling linear(factor ${num(required('factor', { above: 0 }))})`;
      break;
    case 'dynamic': {
      // transformers _compute_dynamic_ntk_parameters (and InternLM2 / MiniCPM remote code) grow the
      // base from config.max_position_embeddings; rope_scaling's original_max_position_embeddings is not read.
      if (!maxPos) throw new ImportError(at('max_position_embeddings'), "rope type 'dynamic' needs max_position_embeddings");
      const inner = scalingNum('original_max_position_embeddings');
      if (inner !== undefined && inner !== maxPos.value) warn(`${rpAt('original_max_position_embeddings')}: ignored — dynamic NTK grows the base from ${maxPos.path} = ${maxPos.value}`);
      scalingLine = `scaling dynamic(factor ${num(required('factor', { min: 1 }))}, original ${maxPos.value})`;
      break;
    }
    case 'yarn': {
      const parts = [`factor ${num(required('factor', { min: 1 }))}`, `original ${original()}`];
      // transformers reads `beta_fast or 32` and `beta_slow or 1`: 0 means the default.
      for (const k of ['beta_fast', 'beta_slow', 'mscale', 'mscale_all_dim', 'attention_factor'] as const) {
        const v = scalingNum(k, { above: k === 'mscale' || k === 'mscale_all_dim' ? undefined : 0 });
        if (v !== undefined && v !== 0) parts.push(`${k} ${num(v)}`);
      }
      const bf = scalingNum('beta_fast') || 32;
      const bs = scalingNum('beta_slow') || 1;
      if (bf < bs) throw new ImportError(rpAt('beta_fast'), `beta_fast (${bf}) must not be less than beta_slow (${bs})`);
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
      if (high < low) throw new ImportError(rpAt('high_freq_factor'), `must not be less than low_freq_factor (${low}), got ${high}`);
      scalingLine = `scaling llama3(factor ${num(required('factor', { min: 1 }))}, low ${num(low)}, high ${num(high)}, original ${original()})`;
      break;
    }
    case 'longrope': {
      const list = (k: string) => {
        const v = rp![k];
        const path = rpAt(k);
        if (!Array.isArray(v)) throw new ImportError(path, v === undefined ? `rope type 'longrope' needs ${k}` : `expected a list of numbers, got ${show(v)}`);
        if (v.length !== pairs) throw new ImportError(path, `has ${v.length} entries, but the rotary dimension ${rotaryDim} has ${pairs} pairs`);
        v.forEach((x, i) => {
          if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) throw new ImportError(`${path}[${i}]`, `expected a positive number, got ${show(x)}`);
        });
        return v as number[];
      };
      const short = list('short_factor');
      const long = list('long_factor');
      const L0 = original();
      // transformers: factor from rope_parameters, else max_position_embeddings / L0.
      let factor = scalingNum('factor', { above: 0 });
      if (factor === undefined && maxPos && maxPos.value !== L0) factor = maxPos.value / L0;
      const parts = [`short ${numList(short)}`, `long ${numList(long)}`, `original ${L0}`];
      if (factor !== undefined) parts.push(`factor ${num(factor)}`);
      parts.push('select auto');
      const af = scalingNum('attention_factor', { above: 0 });
      if (af !== undefined) parts.push(`attention_factor ${num(af)}`);
      for (const k of ['short_mscale', 'long_mscale']) {
        if (rp![k] !== undefined) throw new ImportError(rpAt(k), 'per-list attention factors (Phi-3-small) cannot be expressed: ropec has one attention factor per spec');
      }
      scalingLine = `scaling longrope(\n${parts.join(',\n')}\n)`;
      break;
    }
    case 'proportional': {
      // transformers _compute_proportional_rope_parameters: int(partial_rotary_factor · head_dim // 2)
      // pairs at θ^(−2j/head_dim), then zeros, all divided by factor (default 1).
      frequencyLine = `frequencies proportional(base ${num(base.value)}, rotated ${rotary.rotatedPairs})`;
      const factor = scalingNum('factor', { above: 0 });
      if (factor !== undefined && factor !== 1) scalingLine = `scaling linear(factor ${num(factor)})`;
      break;
    }
  }

  // M-RoPE: mrope_section in pairs (t, h, w), contiguous or interleaved (Qwen3-VL).
  const mropeField = firstPresent([[rp, rpAt('mrope_section'), 'mrope_section'], [cfg, at('mrope_section'), 'mrope_section']]);
  const interleavedField = firstPresent([[rp, rpAt('mrope_interleaved'), 'mrope_interleaved'], [cfg, at('mrope_interleaved'), 'mrope_interleaved']]);
  let axesLine = '';
  let positionsLine = `positions ${ctx.options.positions ?? 'index + offset'}`;
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
    // (--positions picks index or index + offset for text models: here it would be ignored.)
    if (ctx.options.positions !== undefined) throw new ImportError(mropeField.path, `--positions ${ctx.options.positions} applies to text models; this model's M-RoPE positions come from its (t, h, w) index builder`);
    positionsLine = mropePositions(ctx, interleaved);
  } else if (interleavedField && interleavedField.value === true) {
    throw new ImportError(interleavedField.path, 'mrope_interleaved is set but there is no mrope_section');
  }

  // ChatGLM-6B (the first ChatGLM, remote modeling_chatglm.py with position_encoding_2d): each
  // head's two halves rotate separately, rotate_half within each, by position_ids and by
  // block_position_ids, with a 1 / 10000^(2i/64)-style table over each half's own lanes.
  const twoD = ctx.familyKey === 'chatglm' && cfg.position_encoding_2d === true;
  if (twoD) {
    if (headDim % 4 !== 0) throw new ImportError(headDimPath, `ChatGLM-6B rotates each half of the head; head dimension ${headDim} does not split into two even halves`);
    axesLine = `axes lanes [pos ${headDim / 2}, block ${headDim / 2}]`;
    frequencyLine = `frequencies base ${num(base.value)} over axis`;
    positionsLine = 'positions tensor int';
    warn(`${at('position_encoding_2d')}: ChatGLM-6B rotates the first half of each head by the token's position and the second half by its block position (2D position ids); the spec reads both as a [2, tokens] tensor`);
  }

  // Pairing.
  let style: Style = twoD ? 'half' : family.style;
  if (ctx.familyKey === '') {
    style = cfg.rope_interleave === true ? 'interleaved' : 'half';
  } else if (family.mla && cfg.rope_interleave === false) {
    style = 'half'; // DeepSeek v5 config: rope_interleave false keeps rotate_half on the stored lanes
  } else if (ctx.familyKey === 'chatglm' && !twoD && cfg.original_rope === false) {
    style = 'half'; // modeling_chatglm.py without original_impl: cat((freqs, freqs)) and rotate_half
  }

  // Kernel block.
  const dtype = ctx.options.dtype ?? configDtype(ctx.root, cfg, at, warn);
  const layout = ctx.options.layout ?? 'thd';
  const kv = kvHeads(ctx, set, mla);
  facts.push(`q heads ${ctx.heads ? `${ctx.heads.value} (${ctx.heads.path})` : 'at run time'}, k heads ${kv ? `${kv.value} (${kv.path})` : 'at run time'}, style ${style}${family.name ? ` (${family.name})` : ' (assumed)'}.`);

  const body = [
    `head_dim ${headDim}`,
    rotary.line,
    `style ${style}`,
    frequencyLine,
    scalingLine,
    axesLine,
    positionsLine,
    'kernel {',
    mlaQ ? `q ${ctx.heads ? `heads ${ctx.heads.value} ` : ''}head_dim ${mlaQ.headDim} offset ${mlaQ.offset}` : ctx.heads ? `q heads ${ctx.heads.value}` : '',
    ctx.heads && kv ? `k heads ${kv.value}` : '',
    `layout ${LAYOUT_WORDS[layout]}`,
    `dtype ${dtype}`,
    '}',
  ].filter((l) => l !== '');
  return { facts, body };
}

/** The rotated lanes: a `rotary …` line (or none for the whole head) and where the count came from. */
function rotaryLanes(ctx: BlockContext, set: RopeSet, headDim: number, headDimPath: string, ropeType: string):
  { dim: number; line: string; fact: string; rotatedPairs: number } {
  const { cfg, at, family, warn } = ctx;
  const rp = set.params;
  const rpAt = (k: string) => `${set.paramsPath}.${k}`;
  const whole = (fact: string) => ({ dim: headDim, line: '', fact, rotatedPairs: headDim / 2 });

  if (family.rotary === 'chatglm' && cfg.position_encoding_2d === true) {
    return whole(`rotary dim ${headDim} (both halves of ${headDimPath}: position_encoding_2d)`);
  }
  if (family.rotary === 'chatglm') {
    // RotaryEmbedding(rotary_dim // 2): the first half of the head rotates.
    const dim = headDim / 2;
    if (dim % 2 !== 0) throw new ImportError(headDimPath, `half of the head dimension, ${dim}, is odd; RoPE rotates pairs of lanes`);
    return { dim, line: `rotary dim ${dim}`, fact: `rotary dim ${dim} (half of ${headDimPath}: RotaryEmbedding(rotary_dim // 2))`, rotatedPairs: dim / 2 };
  }
  const dimField = present(cfg.rotary_dim) ? { value: cfg.rotary_dim, path: at('rotary_dim') } : undefined;
  const factorField = firstPresent([[rp, rpAt('partial_rotary_factor'), 'partial_rotary_factor'], [cfg, at('partial_rotary_factor'), 'partial_rotary_factor']]);
  const pctField = firstPresent([[cfg, at('rotary_pct'), 'rotary_pct']]);
  const fromDim = (f: Field) => {
    const dim = requireInt(f.value, f.path, 2);
    if (dim % 2 !== 0) throw new ImportError(f.path, `rotary dim ${dim} is odd; RoPE rotates pairs of lanes`);
    if (dim > headDim) throw new ImportError(f.path, `rotary dim ${dim} exceeds the head dimension ${headDim} (${headDimPath})`);
    return { dim, line: dim === headDim ? '' : `rotary dim ${dim}`, fact: `rotary dim ${dim} (${f.path})`, rotatedPairs: dim / 2 };
  };
  const fromFactor = (f: Field) => {
    const v = f.value;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 1) throw new ImportError(f.path, `expected a number in (0, 1], got ${show(v)}`);
    if (ropeType === 'proportional') {
      // The whole head rotates; int(factor · head_dim // 2) pairs have ω ≠ 0.
      const rotated = Math.floor((v * headDim) / 2);
      return { dim: headDim, line: '', fact: `the whole head in pairs, ${rotated} of them with ω ≠ 0 (${f.path} ${num(v)}, proportional)`, rotatedPairs: rotated };
    }
    const dim = Math.floor(headDim * v);
    if (dim < 2 || dim % 2 !== 0) throw new ImportError(f.path, `${v} of head dimension ${headDim} gives ${dim} rotated lanes; it must be an even number ≥ 2`);
    return { dim, line: v === 1 ? '' : `rotary factor ${num(v)}`, fact: `rotary dim ${dim} (${f.path} ${num(v)})`, rotatedPairs: dim / 2 };
  };
  const defaultField = (k: 'partial_rotary_factor' | 'rotary_pct'): Field | undefined =>
    family.defaults?.[k] !== undefined ? { value: family.defaults[k], path: `default ${k} of ${family.name}` } : undefined;

  if (family.rotary === 'rotary_dim') {
    if ('rotary_dim' in cfg && cfg.rotary_dim === null) return whole(`rotary dim ${headDim} (${at('rotary_dim')} null: the whole head)`);
    const f = dimField ?? (family.defaults?.rotary_dim ? { value: family.defaults.rotary_dim, path: `default rotary_dim of ${family.name}` } : undefined);
    if (factorField && f) warn(`${factorField.path}: ignored, ${family.name} reads ${f.path}`);
    return f ? fromDim(f) : whole(`rotary dim ${headDim}`);
  }
  if (family.rotary === 'rotary_pct') {
    const f = pctField ?? factorField ?? defaultField('rotary_pct');
    return f ? fromFactor(f) : whole(`rotary dim ${headDim}`);
  }
  if (ctx.familyKey === '') {
    // Unknown family: take whichever field the config has, and say so.
    const f = factorField ?? dimField ?? pctField;
    if (f) warn(`${f.path}: read as the rotated part of the head, as most transformers models do; check it against the model's code`);
    if (!f) return whole(`rotary dim ${headDim} (the whole head, assumed)`);
    return f === dimField ? fromDim(f) : fromFactor(f);
  }
  const f = factorField ?? defaultField('partial_rotary_factor');
  const result = f ? fromFactor(f) : whole(`rotary dim ${headDim}`);
  if (dimField) {
    const dim = typeof dimField.value === 'number' ? dimField.value : NaN;
    if (dim !== result.dim) warn(`${dimField.path}: ${show(dimField.value)} ignored — ${family.name} rotates ${result.dim} lanes (${f ? f.path : 'the whole head'})`);
  }
  if (pctField) warn(`${pctField.path}: ignored — ${family.name} reads partial_rotary_factor`);
  return result;
}

/** The base θ for a layer kind, and where it came from. */
function ropeBase(ctx: BlockContext, set: RopeSet): { value: number; path: string } {
  const { cfg, at, family, warn } = ctx;
  let field = firstPresent([[set.params, `${set.paramsPath}.rope_theta`, 'rope_theta']]) ?? set.base;
  if (!field && !set.ownBase) {
    field = firstPresent([[cfg, at('rope_theta'), 'rope_theta'], [cfg, at('rotary_emb_base'), 'rotary_emb_base']]);
  }
  let value: number;
  let path: string;
  if (field) {
    if (typeof field.value !== 'number' || !Number.isFinite(field.value) || field.value <= 1) {
      throw new ImportError(field.path, `the RoPE base must be a finite number > 1, got ${show(field.value)}`);
    }
    value = field.value;
    path = field.path;
  } else if (set.baseDefault !== undefined) {
    value = set.baseDefault;
    path = set.baseDefaultPath ?? `default of ${family.name} for these layers`;
  } else if (family.defaults?.rope_theta !== undefined) {
    value = family.defaults.rope_theta;
    path = `default rope_theta of ${family.name}`;
  } else {
    value = 10_000;
    path = 'assumed: no rope_theta';
    warn(`${at('rope_theta')}: absent, and ropec does not know ${family.name || 'this model_type'}'s default; assumed 10000`);
  }
  if (ctx.familyKey === 'chatglm' && present(cfg.rope_ratio)) {
    const ratio = cfg.rope_ratio;
    if (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio <= 0) throw new ImportError(at('rope_ratio'), `expected a positive number, got ${show(ratio)}`);
    // GLM-4 remote code: base = base · rope_ratio.
    return { value: value * ratio, path: `${num(value)} × ${at('rope_ratio')} ${num(ratio)}` };
  }
  return { value, path };
}

function kvHeads(ctx: BlockContext, set: RopeSet, mla: boolean): Field & { value: number } | undefined {
  const { cfg, at, family } = ctx;
  const heads = ctx.heads;
  if (mla) return { value: 1, path: `one shared k_pe (${at('qk_rope_head_dim')})` };
  if (set.kvHeads) return { value: requireInt(set.kvHeads.value, set.kvHeads.path, 1), path: set.kvHeads.path };
  if (family.kvHeads === 'mha') return heads;
  if (family.kvHeads === 'falcon') {
    // FalconConfig: multi_query defaults to true, num_kv_heads to num_attention_heads.
    const count = positiveInt(cfg, ['num_kv_heads', 'n_head_kv'], at) ?? heads;
    if (cfg.new_decoder_architecture === true || cfg.multi_query === false) return count;
    return { value: 1, path: `${at('multi_query')}${cfg.multi_query === undefined ? ' (default true)' : ''}` };
  }
  if (family.kvHeads === 'chatglm') {
    if (cfg.multi_query_attention !== true) return heads;
    return positiveInt(cfg, ['multi_query_group_num'], at) ?? { value: 1, path: `${at('multi_query_group_num')} (default 1)` };
  }
  const kv = positiveInt(cfg, ['num_key_value_heads', 'n_head_kv', 'num_kv_heads'], at);
  if (kv) return kv;
  if (ctx.familyKey === '' && cfg.multi_query === true) return { value: 1, path: at('multi_query') };
  return heads;
}

/** positions mrope(…) for a Qwen-style model, or a [3, tokens] tensor for one that builds them otherwise. */
function mropePositions(ctx: BlockContext, interleaved: boolean): string {
  const { owner, family, warn } = ctx;
  const vision = isObject(owner.vision_config) ? owner.vision_config : {};
  const ownerPath = ctx.at('').replace(/text_config\.$/, '');
  if (family.mrope === 'tensor') {
    warn(`${ownerPath}model_type: ${family.name} builds its (t, h, w) position ids with its own get_rope_index, not Qwen's; the spec reads them as a [3, tokens] tensor`);
    return 'positions tensor int';
  }
  const opts: string[] = [];
  const merge = vision.spatial_merge_size;
  if (merge !== undefined) {
    if (typeof merge !== 'number' || !Number.isInteger(merge) || merge < 1) throw new ImportError(`${ownerPath}vision_config.spatial_merge_size`, `expected a whole number ≥ 1, got ${show(merge)}`);
    opts.push(`spatial_merge ${merge}`);
  } else opts.push('spatial_merge 2');
  // How a video's t index advances: frame index (Qwen2-VL), absolute time (Qwen2.5-VL, Omni), one
  // block per frame with timestamps in the text (Qwen3-VL, Qwen3.5).
  const tps = vision.tokens_per_second ?? owner.tokens_per_second ?? owner.position_id_per_seconds;
  let video: 'frames' | 'scaled' | 'per_frame';
  if (family.mrope === 'omni') video = 'scaled';
  else if (family.mrope === 'frames' || family.mrope === 'scaled' || family.mrope === 'per_frame') video = family.mrope;
  else {
    video = interleaved ? 'per_frame' : tps !== undefined ? 'scaled' : 'frames';
    warn(`${ownerPath}model_type: '${ctx.modelType}' is not a Qwen-VL family ropec knows; video positions guessed as '${video}'`);
  }
  opts.push(`video ${video}`);
  if (video === 'scaled') {
    const path = vision.tokens_per_second !== undefined ? `${ownerPath}vision_config.tokens_per_second` : owner.tokens_per_second !== undefined ? `${ownerPath}tokens_per_second` : `${ownerPath}position_id_per_seconds`;
    if (typeof tps !== 'number' || !Number.isFinite(tps) || tps <= 0) throw new ImportError(path, `absolute-time video positions need a positive tokens_per_second, got ${show(tps)}`);
    opts.push(`tokens_per_second ${num(tps)}`);
  }
  const ids: [string[], string][] = [
    [['image_token_id', 'image_token_index'], 'image_token'],
    [['video_token_id', 'video_token_index'], 'video_token'],
    [['vision_start_token_id'], 'vision_start_token'],
  ];
  if (family.mrope === 'omni') ids.push([['audio_token_id', 'audio_token_index'], 'audio_token']);
  for (const [keys, word] of ids) {
    const k = keys.find((x) => owner[x] !== undefined && owner[x] !== null);
    if (!k) continue;
    const v = owner[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ImportError(`${ownerPath}${k}`, `expected a token id (whole number ≥ 0), got ${show(v)}`);
    opts.push(`${word} ${v}`);
  }
  if (family.mrope === 'omni') {
    // ropec's Omni position builder (src/positions/mrope.ts) assumes the published audio start
    // token and chunk length.
    if (owner.audio_start_token_id !== undefined && owner.audio_start_token_id !== 151647) warn(`${ownerPath}audio_start_token_id: ${show(owner.audio_start_token_id)}, but ropec's Omni position builder assumes 151647`);
    if (owner.seconds_per_chunk !== undefined && owner.seconds_per_chunk !== 2) warn(`${ownerPath}seconds_per_chunk: ${show(owner.seconds_per_chunk)}, but ropec's Omni position builder assumes 2`);
  }
  return `positions mrope(${opts.join(', ')})`;
}

// ------------------------------------------------------------------------------------------------
// Helpers

const NESTED_CONFIGS = ['thinker_config', 'text_config', 'vision_config', 'audio_config', 'llm_config', 'language_config'];

/** A nested config that is not an object (`"text_config": 5`) would otherwise be passed over in silence. */
function checkNestedConfigs(obj: Json, prefix: string): void {
  for (const k of NESTED_CONFIGS) {
    const v = obj[k];
    if (v === undefined || v === null) continue;
    if (!isObject(v)) throw new ImportError(`${prefix}${k}`, `expected an object (a nested config), got ${show(v)}`);
    checkNestedConfigs(v, `${prefix}${k}.`);
  }
}

/** The language model's config: a nested text_config (…) when the family or the file has one. */
function languageModel(root: Json, family: Family | undefined): { cfg: Json; prefix: string; owner: Json } {
  const paths = family?.text ?? [['thinker_config', 'text_config'], ['text_config'], ['llm_config'], ['language_config']];
  for (const path of paths) {
    let owner: Json = root;
    let v: unknown = root;
    for (const [i, k] of path.entries()) {
      if (!isObject(v)) break;
      if (i === path.length - 1) owner = v;
      v = v[k];
    }
    if (isObject(v) && (family?.text || ['hidden_size', 'head_dim', 'num_attention_heads'].some((k) => present((v as Json)[k])))) {
      return { cfg: v, prefix: `${path.join('.')}.`, owner };
    }
  }
  return { cfg: root, prefix: '', owner: root };
}

function unknownFamilyWarning(modelType: string, cfg: Json, at: (k: string) => string): string {
  const ropeFields = ['rope_theta', 'rope_scaling', 'rope_parameters', 'rotary_emb_base', 'rotary_dim', 'rotary_pct', 'partial_rotary_factor', 'qk_rope_head_dim'];
  const hasRope = ropeFields.some((k) => present(cfg[k]));
  return `${at('model_type').replace(/^.*\./, '')}: ${modelType ? `'${modelType}' is not a family ropec knows` : 'absent'}; assumed what most transformers models do — ` +
    'rotate_half pairing (style half), rope_theta (10000 when absent), partial_rotary_factor, head_dim or hidden_size / num_attention_heads, ' +
    'num_key_value_heads, and the same RoPE in every layer; check these against the model\'s code' +
    (hasRope ? '' : '. The config names no RoPE field at all: make sure the model uses RoPE');
}

/** One kind per layer type, each with its own set from nested rope_parameters (null: no RoPE). */
function perTypeKinds(types: string[], rp: Json, rpPath: string): LayerKind[] {
  const kinds: LayerKind[] = [];
  types.forEach((t, i) => {
    let k = kinds.find((x) => x.type === t);
    if (!k) {
      const p = rp[t];
      k = { type: t, layers: [], rope: isObject(p) ? { params: p, paramsPath: `${rpPath}.${t}` } : null, why: `${rpPath}.${t} is null` };
      kinds.push(k);
    }
    k.layers.push(i);
  });
  return kinds;
}

function isPerTypeSet(rp: Json): boolean {
  return !('rope_type' in rp) && !('type' in rp) && !('rope_theta' in rp) && Object.values(rp).length > 0 && Object.values(rp).every((v) => isObject(v) || v === null);
}

function configDtype(root: Json, cfg: Json, at: (k: string) => string, warn: (w: string) => void): Dtype {
  for (const [obj, path] of [[cfg, at('torch_dtype')], [cfg, at('dtype')], [root, 'torch_dtype'], [root, 'dtype']] as const) {
    const k = path.split('.').pop()!;
    const v = obj[k];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v in DTYPES) return DTYPES[v];
    warn(`${path}: '${String(v)}' is not f32, f16 or bf16; the kernel uses f32 (choose with --dtype)`);
    return 'f32';
  }
  return 'f32';
}

function defaultName(root: Json, fallback: string): string {
  const from = typeof root._name_or_path === 'string' && root._name_or_path.length > 0 ? root._name_or_path.split('/').pop()! : fallback;
  let name = from.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(name)) name = `m_${name}`;
  if (name === 'm_') name = 'model';
  name = name.slice(0, MAX_NAME_LENGTH).replace(/_+$/, '');
  // A model named like a keyword or a reserved word of a target ('rope', 'float'): a name of its own.
  return identifierProblem(name, 'spec') && !identifierProblem(`${name}_model`, 'spec') ? `${name}_model` : name;
}

/** NAME_TYPE, with NAME shortened so the whole stays a valid spec name. */
function suffixed(name: string, type: string): string {
  const suffix = type.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'layers';
  return `${name.slice(0, MAX_NAME_LENGTH - suffix.length - 1).replace(/_+$/, '')}_${suffix}`;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function positiveInt(obj: Json, keys: string[], at: (k: string) => string): { value: number; path: string } | undefined {
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined || v === null) continue;
    return { value: requireInt(v, at(k), 1), path: at(k) };
  }
  return undefined;
}

function requireInt(v: unknown, path: string, min: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new ImportError(path, `expected a whole number, got ${show(v)}`);
  if (v < min) throw new ImportError(path, `must be at least ${min}, got ${v}`);
  return v;
}

function firstPresent(candidates: [Json | undefined, string, string][]): Field | undefined {
  for (const [obj, path, k] of candidates) {
    if (obj && obj[k] !== undefined && obj[k] !== null) return { value: obj[k], path };
  }
  return undefined;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
