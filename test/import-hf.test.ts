// `ropec import`: Hugging Face config.json → .rope. Each fixture in test/fixtures/hf-configs holds
// the published config values of a model in spec/ (see that folder's README); the imported spec
// must compile to the same optimized IR as the hand-written one — frequencies, pairs, axes,
// scaling, attention factor, positions and the kernel's heads, layout and dtype. Bad configs get
// an ImportError that names the JSON path of the field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, importHfConfig, ImportError, type ImportOptions, type RopeIR } from '../src/index.js';
import { formatSource } from '../src/compiler/format.js';
import { runMain } from './support/cli.js';

const FIXTURES = 'test/fixtures/hf-configs';
const load = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Record<string, unknown>;

/** The IR with what names it (spec name, file, hash, source spans) removed. */
function meaning(ir: RopeIR): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).filter(([k]) => !['name', 'file', 'specHash', 'span', 'at'].includes(k)).map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  const m = strip(ir) as Record<string, unknown> & { kernel: Record<string, unknown> };
  // inplace and native f16 are choices about the generated kernel that no config.json records.
  delete m.kernel.inplace;
  delete m.kernel.nativeF16;
  return m;
}

function compileOne(source: string, file: string): RopeIR {
  const r = compile(source, { file });
  expect(r.diagnostics.filter((d) => d.severity === 'error'), file).toEqual([]);
  expect(r.irs).toHaveLength(1);
  return r.irs[0];
}

// Kernel options the configs do not record (layout, and the position source the hand-written
// spec chose for text models) are passed the way a user would on the command line.
const CASES: [string, ImportOptions][] = [
  ['llama2_7b', { layout: 'bshd' }],
  ['llama3_1_8b', {}],
  ['gptj_6b', { layout: 'bshd', dtype: 'f16', positions: 'index' }], // GPT-J's published weights are f32; the spec picks f16
  ['gpt_neox_20b', { layout: 'bhsd', positions: 'index' }],
  ['phi3_mini_128k', {}],
  ['qwen2_5_7b_yarn', {}],
  ['qwen2_vl_7b', {}],
  ['qwen2_5_vl_7b', {}],
  ['qwen3_vl_8b', {}],
];

describe('importHfConfig: the same IR as the hand-written spec', () => {
  for (const [name, options] of CASES) {
    it(name, () => {
      const imported = importHfConfig(load(name), { ...options, name, source: `${name}.json` });
      const mine = compileOne(imported.text, `${name}.imported.rope`);
      const handPath = `spec/${name}.rope`;
      const hand = compileOne(readFileSync(handPath, 'utf8'), handPath);
      expect(meaning(mine)).toEqual(meaning(hand));
      expect(mine.name).toBe(name);
      // Canonical: the formatter leaves the output unchanged.
      expect(formatSource(imported.text).text).toBe(imported.text);
    });
  }

  it('the comparison notices a one-entry change in a factor list, a base or a section', () => {
    const hand = (n: string) => meaning(compileOne(readFileSync(`spec/${n}.rope`, 'utf8'), n));
    const phi = load('phi3_mini_128k') as { rope_scaling: { long_factor: number[] } };
    phi.rope_scaling.long_factor[5] *= 1.0000001;
    expect(meaning(compileOne(importHfConfig(phi).text, 'p.rope'))).not.toEqual(hand('phi3_mini_128k'));
    const llama = { ...load('llama3_1_8b'), rope_theta: 500001 };
    expect(meaning(compileOne(importHfConfig(llama).text, 'l.rope'))).not.toEqual(hand('llama3_1_8b'));
    const q2 = { ...load('qwen2_vl_7b'), rope_scaling: { type: 'mrope', mrope_section: [16, 24, 24], mrope_interleaved: true } };
    expect(meaning(compileOne(importHfConfig(q2).text, 'q.rope'))).not.toEqual(hand('qwen2_vl_7b'));
  });

  it('spot values from the published descriptions, independent of the hand-written specs', () => {
    const yarn = compileOne(importHfConfig(load('qwen2_5_7b_yarn')).text, 'y.rope');
    expect(yarn.attentionFactor).toBeCloseTo(0.1 * Math.log(4) + 1, 12);
    const phi = compileOne(importHfConfig(load('phi3_mini_128k')).text, 'p.rope');
    expect(phi.attentionFactor).toBeCloseTo(Math.sqrt(1 + Math.log(32) / Math.log(4096)), 12);
    const neox = compileOne(importHfConfig(load('gpt_neox_20b')).text, 'n.rope');
    expect([neox.headDim, neox.rotaryDim, neox.pairs.length]).toEqual([96, 24, 12]);
    const gptj = compileOne(importHfConfig(load('gptj_6b')).text, 'g.rope');
    expect([gptj.style, gptj.rotaryDim, gptj.pairs[1].laneA, gptj.pairs[1].laneB, gptj.kernel.dtype]).toEqual(['interleaved', 64, 2, 3, 'f32']);
    const q3 = compileOne(importHfConfig(load('qwen3_vl_8b')).text, 'q.rope');
    // docs/LANGUAGE.md (Axes): pair j → h if j%3 = 1 and j < 60, w if j%3 = 2 and j < 60, else t.
    const want = Array.from({ length: 64 }, (_, j) => (j < 60 && j % 3 === 1 ? 'h' : j < 60 && j % 3 === 2 ? 'w' : 't'));
    expect(q3.pairs.map((p) => q3.axes[p.axis])).toEqual(want);
    const q2 = compileOne(importHfConfig(load('qwen2_vl_7b')).text, 'q2.rope');
    expect(q2.pairs.map((p) => q2.axes[p.axis])).toEqual([...Array(16).fill('t'), ...Array(24).fill('h'), ...Array(24).fill('w')]);
  });

  it('derives a name from _name_or_path and dtype from torch_dtype', () => {
    const r = importHfConfig(load('llama2_7b'));
    expect(r.name).toBe('llama_2_7b_hf');
    expect(r.text).toMatch(/^rope llama_2_7b_hf \{$/m);
    expect(r.text).toMatch(/dtype f16/);
    expect(importHfConfig(load('qwen3_vl_8b')).name).toBe('qwen3_vl');
    // A model named like the language's keyword or a target's reserved word gets a name of its own;
    // --name with such a word is refused by name.
    const named = (path: string) => importHfConfig({ ...load('llama2_7b'), _name_or_path: path });
    expect(named('org/rope').name).toBe('rope_model');
    expect(compileOne(named('org/rope').text, 'r.rope').name).toBe('rope_model');
    expect(named('org/Float').name).toBe('float_model');
    expect(() => importHfConfig(load('llama2_7b'), { name: 'rope' })).toThrow("spec name 'rope' is the keyword that starts a rope block; choose one with --name");
    // --positions is for text models: on an M-RoPE config it would be ignored, so it is refused.
    expect(() => importHfConfig(load('qwen2_vl_7b'), { positions: 'index' })).toThrow(/--positions index applies to text models; this model's M-RoPE positions come from its \(t, h, w\) index builder/);
  });

  it('reads transformers v5 rope_parameters (rope_theta inside) and dynamic / linear / yarn options', () => {
    const cfg = { model_type: 'llama', hidden_size: 2048, num_attention_heads: 16, max_position_embeddings: 4096,
      rope_parameters: { rope_type: 'yarn', rope_theta: 50000, factor: 8, original_max_position_embeddings: 4096, beta_fast: 16, beta_slow: 2, mscale: 0.707, mscale_all_dim: 0.707, truncate: false } };
    const ir = compileOne(importHfConfig(cfg).text, 'v5.rope');
    expect(ir.tables[0].source).toEqual({ kind: 'base', base: 50000 });
    expect(ir.tables[0].scaling).toMatchObject({ kind: 'yarn', factor: 8, original: 4096, betaFast: 16, betaSlow: 2, mscale: 0.707, mscaleAllDim: 0.707, truncate: false });
    expect(ir.attentionFactor).toBe(1); // mscale / mscale_all_dim equal
    const dyn = compileOne(importHfConfig({ ...cfg, rope_parameters: undefined, rope_theta: 10000, rope_scaling: { type: 'dynamic', factor: 2 } }).text, 'd.rope');
    expect(dyn.tables[0].scaling).toEqual({ kind: 'dynamic', factor: 2, original: 4096 });
    const lin = compileOne(importHfConfig({ ...cfg, rope_parameters: undefined, rope_scaling: { rope_type: 'linear', factor: 4 } }).text, 'l.rope');
    expect(lin.tables[0].scaling).toEqual({ kind: 'linear', factor: 4 });
    const partial = compileOne(importHfConfig({ ...cfg, rope_parameters: undefined, partial_rotary_factor: 0.5 }).text, 'p.rope');
    expect(partial.rotaryDim).toBe(64);
  });

  it('DeepSeek-V3 (published config): MLA rotates the 64-lane q_pe / k_pe slices, interleaved, YaRN over D = 64', () => {
    const r = importHfConfig({ model_type: 'deepseek_v3', hidden_size: 7168, num_attention_heads: 128, num_key_value_heads: 128,
      qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128, max_position_embeddings: 163840, rope_theta: 10000,
      rope_scaling: { beta_fast: 32, beta_slow: 1, factor: 40, mscale: 1.0, mscale_all_dim: 1.0, original_max_position_embeddings: 4096, type: 'yarn' },
      torch_dtype: 'bfloat16' });
    const ir = compileOne(r.text, 'ds.rope');
    expect([ir.headDim, ir.rotaryDim, ir.style, ir.kernel.qHeads, ir.kernel.kHeads]).toEqual([64, 64, 'interleaved', 128, 1]);
    expect(ir.tables[0].dim).toBe(64);
    expect(ir.tables[0].scaling).toMatchObject({ kind: 'yarn', factor: 40, original: 4096, mscale: 1, mscaleAllDim: 1 });
    expect(ir.attentionFactor).toBe(1); // mscale(40, 1) / mscale(40, 1)
    expect(r.warnings[0]).toMatch(/^qk_rope_head_dim: multi-head latent attention/);
    // q's whole heads: qk_nope_head_dim 128 lanes pass through, the last 64 rotate, in the launch that rotates k_pe.
    expect(ir.kernel.lanes).toEqual({ q: { headDim: 192, offset: 128 } });
    // Without qk_nope_head_dim, the q_pe slice alone (the caller passes a view).
    const slice = compileOne(importHfConfig({ model_type: 'deepseek_v3', num_attention_heads: 128, qk_rope_head_dim: 64, rope_theta: 10000 }).text, 'ds2.rope');
    expect(slice.kernel.lanes).toBeUndefined();
  });

  it('warns about fields it ignores that could matter', () => {
    // Llama reads neither low_freq_factor under a linear scaling nor a Gemma-3 local base.
    const r = importHfConfig({ model_type: 'llama', head_dim: 256, num_attention_heads: 8, rope_theta: 1000000, rope_local_base_freq: 10000,
      rope_scaling: { rope_type: 'linear', factor: 8, low_freq_factor: 1 } });
    expect(r.warnings).toEqual([
      'rope_local_base_freq: ignored — local (sliding-window) layers use another base in Gemma 3; for another model_type the import does not know which layers',
      "rope_scaling.low_freq_factor: ignored by rope type 'linear'",
    ]);
    expect(r.text).toMatch(/# {3}warning: rope_local_base_freq: ignored/);
  });
});

describe('importHfConfig: errors name the JSON path', () => {
  const base = { model_type: 'llama', hidden_size: 4096, num_attention_heads: 32, rope_theta: 10000, max_position_embeddings: 4096 };
  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['unknown rope type', { ...base, rope_scaling: { rope_type: 'ntk_by_parts', factor: 2 } }, 'rope_scaling.rope_type', /unknown rope type 'ntk_by_parts'/],
    ['missing head dim', { model_type: 'llama', rope_theta: 10000 }, 'head_dim', /no head dimension/],
    ['hidden not divisible', { ...base, hidden_size: 4000, num_attention_heads: 48 }, 'hidden_size', /not a multiple of num_attention_heads = 48/],
    // rotary_dim is GPT-J's field (models/gptj/configuration_gptj.py); Llama does not read it.
    ['non-integer rotary dim', { ...base, model_type: 'gptj', rotary_dim: 63.5 }, 'rotary_dim', /expected a whole number, got 63.5/],
    ['odd rotary dim', { ...base, model_type: 'gptj', rotary_dim: 63 }, 'rotary_dim', /odd/],
    ['rotary dim too big', { ...base, model_type: 'gptj', rotary_dim: 256 }, 'rotary_dim', /exceeds the head dimension 128/],
    ['factor giving an odd dim', { ...base, partial_rotary_factor: 0.29 }, 'partial_rotary_factor', /0.29 of head dimension 128 gives 37 rotated lanes/],
    ['mrope sections not summing to head_dim/2', { ...base, rope_scaling: { type: 'mrope', mrope_section: [16, 24, 20] } }, 'rope_scaling.mrope_section', /add up to 60 pairs, but the rotary dimension 128 has 64 pairs/],
    ['mrope section not an integer', { ...base, rope_scaling: { type: 'mrope', mrope_section: [16, 24.5, 23.5] } }, 'rope_scaling.mrope_section[1]', /whole number/],
    ['base ≤ 1', { ...base, rope_theta: 1 }, 'rope_theta', /finite number > 1/],
    ['base not a number', { ...base, rope_theta: '1e4' }, 'rope_theta', /got "1e4"/],
    ['yarn without factor', { ...base, rope_scaling: { type: 'yarn', original_max_position_embeddings: 4096 } }, 'rope_scaling.factor', /needs factor/],
    ['yarn factor below 1', { ...base, rope_scaling: { type: 'yarn', factor: 0.5 } }, 'rope_scaling.factor', /at least 1/],
    ['llama3 high < low', { ...base, rope_scaling: { rope_type: 'llama3', factor: 8, low_freq_factor: 4, high_freq_factor: 1, original_max_position_embeddings: 8192 } }, 'rope_scaling.high_freq_factor', /must not be less than low_freq_factor \(4\), got 1/],
    ['longrope list length', { ...base, rope_scaling: { type: 'longrope', short_factor: [1, 1], long_factor: [1, 1] } }, 'rope_scaling.short_factor', /2 entries, but the rotary dimension 128 has 64 pairs/],
    ['longrope per-list mscale', { ...base, rope_scaling: { type: 'longrope', short_factor: Array(64).fill(1), long_factor: Array(64).fill(2), short_mscale: 1.1, long_mscale: 1.2 } }, 'rope_scaling.short_mscale', /cannot be expressed/],
    ['longrope negative entry', { ...base, rope_scaling: { type: 'longrope', short_factor: [...Array(63).fill(1), -1], long_factor: Array(64).fill(2) } }, 'rope_scaling.short_factor[63]', /positive number, got -1/],
    ['per-layer-type parameters without layer_types', { ...base, rope_parameters: { full_attention: { rope_type: 'default', rope_theta: 1e6 }, sliding_attention: { rope_type: 'default', rope_theta: 1e4 } } }, 'rope_parameters', /one parameter set per layer type .* but layer_types does not say which/],
    ['rope_scaling not an object', { ...base, rope_scaling: 4 }, 'rope_scaling', /expected an object or null/],
    ['not an object', [] as unknown as Record<string, unknown>, '', /expected a JSON object/],
  ];
  for (const [what, cfg, path, message] of bad) {
    it(what, () => {
      let err: unknown;
      try {
        importHfConfig(cfg);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).path).toBe(path);
      expect((err as Error).message).toMatch(message);
      if (path) expect((err as Error).message.startsWith(`${path}: `)).toBe(true);
    });
  }

  it('a bad --name is refused with a clear reason', () => {
    expect(() => importHfConfig({ ...base }, { name: 'Llama-2' })).toThrow(/spec name 'Llama-2' must start with a lower-case ASCII letter/);
  });
});

describe('ropec import (CLI)', () => {
  const cli = runMain;

  it('--help, stdout, --out, and the options', async () => {
    const h = await cli('import', '--help');
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/Usage: ropec import/);
    const r = await cli('import', `${FIXTURES}/qwen2_vl_7b.json`, '--name', 'qwen2_vl_7b');
    expect(r.status).toBe(0);
    expect(meaning(compileOne(r.stdout, 'stdout.rope'))).toEqual(meaning(compileOne(readFileSync('spec/qwen2_vl_7b.rope', 'utf8'), 'spec/qwen2_vl_7b.rope')));
    const dir = mkdtempSync(join(tmpdir(), 'ropec-import-'));
    const out = join(dir, 'llama.rope');
    const w = await cli('import', `${FIXTURES}/llama2_7b.json`, '--name', 'llama2_7b', '--layout', 'bshd', '--dtype', 'f16', '--out', out);
    expect(w.status).toBe(0);
    expect(w.stdout).toMatch(/wrote .*llama\.rope \(rope llama2_7b\)/);
    expect(meaning(compileOne(readFileSync(out, 'utf8'), out))).toEqual(meaning(compileOne(readFileSync('spec/llama2_7b.rope', 'utf8'), 'spec/llama2_7b.rope')));
  });

  it('exit 1 with the JSON path on a bad config, exit 2 on a bad command line; nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropec-import-'));
    const cfg = join(dir, 'config.json');
    writeFileSync(cfg, JSON.stringify({ hidden_size: 4096, num_attention_heads: 32, rope_scaling: { rope_type: 'nope' } }));
    const out = join(dir, 'x.rope');
    const r = await cli('import', cfg, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/config\.json: rope_scaling\.rope_type: unknown rope type 'nope'/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(() => readFileSync(out)).toThrow();
    writeFileSync(cfg, '{ not json');
    expect((await cli('import', cfg)).stderr).toMatch(/config\.json: not valid JSON/);
    expect((await cli('import', cfg, '--dtype', 'f64')).status).toBe(2);
    expect((await cli('import', cfg, '--layout', 'nhwc')).status).toBe(2);
    expect((await cli('import')).status).toBe(2);
  });
});
