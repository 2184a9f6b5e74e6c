// `ropec positions` under each transformers setting (`positions mrope(…, transformers v4_57 | v5 |
// v5_int_spg)`), for each builder, with left and right padding. Every expected table is written
// out by hand from the library code it names:
//   v4_57  transformers v4.57 Qwen2VLModel / Qwen2_5_VLModel / Qwen3VLModel.get_rope_index
//          (walk by <vision_start>; text resumes at the block's max + 1; torch.ones padding; delta
//          against the padded row), as ropec followed before (test/positions-mrope.test.ts).
//   v5     transformers v5 modeling_qwen2_vl.py / modeling_qwen2_5_vl.py get_rope_index, read at
//          commit aef0409 (runs of mm_token_type_ids; get_vision_position_ids at current_pos;
//          current_pos += max(H, W) // merge; torch.zeros padding; delta against the unpadded
//          row), with the later upstream fixes: images take time_interval 1 (PR 45330), t is
//          start + trunc(f · time_interval) per frame (PR 45400), and time_interval =
//          tokens_per_second · second_per_grid_t stays a float (PR 48669). Qwen2-VL's delta is
//          clamped at 0 (reported in issue #22 from running v5; not in the commit read).
//   v5_int_spg  v5 with time_interval = tokens_per_second · int(second_per_grid_t), as at
//          aef0409 and until PR 48669.
//   Omni   Qwen2.5-Omni's thinker get_rope_index, unchanged in v5: the same in every setting.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNpy } from '../src/npy.js';
import { ensureDist } from './support/dist.js';

const VS = 151652; // <|vision_start|>
const VE = 151653; // <|vision_end|>
const IMG = 151655;
const VID = 151656;
const A = 151646; // Omni <|AUDIO|>
const AS = 151647; // Omni <|audio_bos|>
const AE = 151648; // Omni <|audio_eos|>
const P = 0; // a padding id
const run = (id: number, n: number) => new Array<number>(n).fill(id);

type Builder = 'qwen2_vl' | 'qwen2_5_vl' | 'qwen3_vl' | 'omni';
type Version = 'v4_57' | 'v5' | 'v5_int_spg' | 'default';
const MROPE: Record<Builder, string> = {
  qwen2_vl: 'spatial_merge 2, video frames',
  qwen2_5_vl: 'spatial_merge 2, video scaled, tokens_per_second 2',
  qwen3_vl: 'spatial_merge 2, video per_frame',
  omni: 'spatial_merge 2, video scaled, tokens_per_second 25, audio_token 151646',
};

let dir: string;
function spec(builder: Builder, version: Version, extra = ''): string {
  const path = join(dir, `${builder}_${version}${extra ? `_${extra.replace(/\W+/g, '_')}` : ''}.rope`);
  const options = `${MROPE[builder]}${version === 'default' ? '' : `, transformers ${version}`}${extra ? `, ${extra}` : ''}`;
  writeFileSync(path, `rope c_${builder} {\n  head_dim 16\n  style half\n  frequencies base 10000\n  axes sectioned [t 2, h 3, w 3]\n  positions mrope(${options})\n}\n`);
  return path;
}

/** `ropec positions` on a JSON sequence: [t, h, w] per row and the deltas. */
function positions(specPath: string, input: unknown) {
  const inFile = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(inFile, JSON.stringify(input));
  const out = join(dir, `${Math.random().toString(36).slice(2)}.npy`);
  const r = spawnSync('node', ['dist/src/cli.js', 'positions', specPath, '--input', inFile, '--out', out], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const p = parseNpy(readFileSync(out), out);
  const d = parseNpy(readFileSync(out.replace(/\.npy$/, '.rope_deltas.npy')), out);
  const [, batch, seq] = p.shape;
  const data = Array.from(p.data as BigInt64Array, Number);
  const rows = Array.from({ length: batch }, (_, b) => [0, 1, 2].map((a) => data.slice((a * batch + b) * seq, (a * batch + b + 1) * seq)));
  return { rows, deltas: Array.from(d.data as BigInt64Array, Number) };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ropec-compat-'));
  ensureDist();
}, 120_000);

describe('Qwen2-VL: text, an image and a video of 3 frames in one row', () => {
  // a b VS I I I I VE VS V V V VE c — image (1, 4, 4) → 1×2×2, video (3, 2, 2) → 3×1×1 (merge 2).
  const input = {
    input_ids: [[11, 12, VS, ...run(IMG, 4), VE, VS, ...run(VID, 3), VE, 13]],
    image_grid_thw: [[1, 4, 4]], video_grid_thw: [[3, 2, 2]],
  };
  // v4.57: a b VS = 0 1 2; the image at 3 (t 3, h 3 3 4 4, w 3 4 3 4), max 4; VE VS = 5 6; the video
  // at 7 with t = 7 + f (7 8 9), h = w = 7, max 9; VE c = 10 11. delta = 11 + 1 − 14 = −2.
  const v4 = {
    rows: [[
      [0, 1, 2, 3, 3, 3, 3, 5, 6, 7, 8, 9, 10, 11],
      [0, 1, 2, 3, 3, 4, 4, 5, 6, 7, 7, 7, 10, 11],
      [0, 1, 2, 3, 4, 3, 4, 5, 6, 7, 7, 7, 10, 11],
    ]],
    deltas: [-2],
  };
  // v5: the same up to the video; after the image current_pos = 3 + max(2, 2) = 5, after the video
  // 7 + max(1, 1) = 8, so VE c = 8 9 although the video's t reached 9. delta = 9 + 1 − 14 = −4,
  // clamped to 0 for Qwen2-VL. v5_int_spg differs only for scaled video time: the same here.
  const v5 = {
    rows: [[
      [0, 1, 2, 3, 3, 3, 3, 5, 6, 7, 8, 9, 8, 9],
      [0, 1, 2, 3, 3, 4, 4, 5, 6, 7, 7, 7, 8, 9],
      [0, 1, 2, 3, 4, 3, 4, 5, 6, 7, 7, 7, 8, 9],
    ]],
    deltas: [0],
  };
  it.each([['v4_57', v4], ['v5', v5], ['v5_int_spg', v5], ['default', v5]] as const)('transformers %s', (version, want) => {
    expect(positions(spec('qwen2_vl', version), input)).toEqual(want);
  });

  it('clamp_deltas false gives v5 the unclamped delta −4', () => {
    expect(positions(spec('qwen2_vl', 'v5', 'clamp_deltas false'), input).deltas).toEqual([-4]);
  });

  it('v5 reads mm_token_type_ids from the JSON: all 0 makes every token text', () => {
    // v5 groups tokens by mm_token_type_ids, not by <vision_start>: with every token typed text
    // the row is one text run 0 … 13 (the grids are never taken), delta 13 + 1 − 14 = 0.
    const asText = { ...input, mm_token_type_ids: [run(0, 14)] };
    const flat = Array.from({ length: 14 }, (_, i) => i);
    expect(positions(spec('qwen2_vl', 'v5'), asText)).toEqual({ rows: [[flat, flat, flat]], deltas: [0] });
    // v4.57 has no mm_token_type_ids and ignores it
    expect(positions(spec('qwen2_vl', 'v4_57'), asText)).toEqual(v4);
  });
});

describe.each(['left', 'right'] as const)('a %s-padded batch of two rows with an image each', (side) => {
  // row 0: a VS I I I I VE and 3 pads; row 1: x y VS I I I I VE z u (10 tokens, no pads).
  // Both images (1, 4, 4) → 1×2×2. Every builder gives the same valid positions here: Qwen2.5-VL
  // images have t index 0 (v4.57: second_per_grid_t 0; v5: time_interval 1 on a single frame),
  // Qwen3-VL images are one block, and Omni's image is bos, t(f) = 25·f = 0, eos at max + 1.
  const pad = (values: number[], with_: number) => (side === 'left' ? [...run(with_, 3), ...values] : [...values, ...run(with_, 3)]);
  const row0 = [21, VS, ...run(IMG, 4), VE];
  const input = {
    input_ids: [pad(row0, P), [31, 32, VS, ...run(IMG, 4), VE, 33, 34]],
    attention_mask: [pad(run(1, 7), 0), run(1, 10)],
    image_grid_thw: [[1, 4, 4], [1, 4, 4]],
  };
  // Row 0 valid: a 0, VS 1, the image at 2 (t 2, h 2 2 3 3, w 2 3 2 3), VE 4 (max 3 + 1).
  // Row 1: x y VS 0 1 2, the image at 3 (t 3, h 3 3 4 4, w 3 4 3 4), VE z u 5 6 7.
  const valid0 = [[0, 1, 2, 2, 2, 2, 4], [0, 1, 2, 2, 3, 3, 4], [0, 1, 2, 3, 2, 3, 4]];
  const row1 = [[0, 1, 2, 3, 3, 3, 3, 5, 6, 7], [0, 1, 2, 3, 3, 4, 4, 5, 6, 7], [0, 1, 2, 3, 4, 3, 4, 5, 6, 7]];
  const rows = (padValue: number) => [valid0.map((axis) => pad(axis, padValue)), row1];
  // Deltas: v4.57 Qwen-VL against the padded length 10: 4 + 1 − 10 = −5 and 7 + 1 − 10 = −2. v5 and
  // Omni against the valid length: 4 + 1 − 7 = −2 and −2; v5 Qwen2-VL clamps both to 0.
  const cases: [Builder, Version, number, number[]][] = [
    ['qwen2_vl', 'v4_57', 1, [-5, -2]], ['qwen2_vl', 'v5', 0, [0, 0]], ['qwen2_vl', 'v5_int_spg', 0, [0, 0]],
    ['qwen2_5_vl', 'v4_57', 1, [-5, -2]], ['qwen2_5_vl', 'v5', 0, [-2, -2]], ['qwen2_5_vl', 'v5_int_spg', 0, [-2, -2]],
    ['qwen3_vl', 'v4_57', 1, [-5, -2]], ['qwen3_vl', 'v5', 0, [-2, -2]], ['qwen3_vl', 'v5_int_spg', 0, [-2, -2]],
    ['omni', 'v4_57', 1, [-2, -2]], ['omni', 'v5', 1, [-2, -2]], ['omni', 'v5_int_spg', 1, [-2, -2]],
  ];
  it.each(cases)('%s, transformers %s: pads hold %i, deltas %j', (builder, version, padValue, deltas) => {
    expect(positions(spec(builder, version), input)).toEqual({ rows: rows(padValue), deltas });
  });

  it('pad_value and delta_length in the spec override the setting', () => {
    expect(positions(spec('qwen2_5_vl', 'v5', 'pad_value 7, delta_length padded'), input)).toEqual({ rows: rows(7), deltas: [-5, -2] });
  });
});

describe('Qwen2.5-VL: two videos at fractional seconds per grid (0.5 and 1.5)', () => {
  // a VS V V V V VE b VS V V V V VE c — both videos (4, 2, 2) → 4×1×1, tokens_per_second 2.
  const input = {
    input_ids: [[11, VS, ...run(VID, 4), VE, 12, VS, ...run(VID, 4), VE, 13]],
    video_grid_thw: [[4, 2, 2], [4, 2, 2]], second_per_grid_ts: [0.5, 1.5],
  };
  // t steps: 0.5 · 2 = 1 and 1.5 · 2 = 3 (exact in float32 either way); v5_int_spg: 2 · int(0.5) = 0
  // and 2 · int(1.5) = 2.
  it('v4.57: video 0 at 2 (t 2 3 4 5), VE b VS 6 7 8, video 1 at 9 (t 9 12 15 18), VE c 19 20; delta 21 − 15 = 6', () => {
    expect(positions(spec('qwen2_5_vl', 'v4_57'), input)).toEqual({
      rows: [[
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 18, 19, 20],
        [0, 1, 2, 2, 2, 2, 6, 7, 8, 9, 9, 9, 9, 19, 20],
        [0, 1, 2, 2, 2, 2, 6, 7, 8, 9, 9, 9, 9, 19, 20],
      ]],
      deltas: [6],
    });
  });

  const v5 = {
    // video 0 at 2 (t 2 3 4 5), current_pos 2 + 1 = 3: VE b VS 3 4 5; video 1 at 6 (t 6 9 12 15),
    // current_pos 7: VE c 7 8. delta = 15 + 1 − 15 = 1 (not clamped: Qwen2.5-VL).
    rows: [[
      [0, 1, 2, 3, 4, 5, 3, 4, 5, 6, 9, 12, 15, 7, 8],
      [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 7, 8],
      [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 7, 8],
    ]],
    deltas: [1],
  };
  it('v5 (and the default): text resumes at start + max(H, W); delta 1', () => {
    expect(positions(spec('qwen2_5_vl', 'v5'), input)).toEqual(v5);
    expect(positions(spec('qwen2_5_vl', 'default'), input)).toEqual(v5);
  });

  it('v5_int_spg: video 0 all at t 2, video 1 at t 6 8 10 12; delta 12 + 1 − 15 = −2', () => {
    expect(positions(spec('qwen2_5_vl', 'v5_int_spg'), input)).toEqual({
      rows: [[
        [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 8, 10, 12, 7, 8],
        [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 7, 8],
        [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 7, 8],
      ]],
      deltas: [-2],
    });
  });

  it('v4.57 with second_per_grid_as_int true: t 2 2 2 2, then VE b VS 3 4 5 and t 6 8 10 12, VE c 13 14; delta 0', () => {
    expect(positions(spec('qwen2_5_vl', 'v4_57', 'second_per_grid_as_int true'), input)).toEqual({
      rows: [[
        [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 8, 10, 12, 13, 14],
        [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 13, 14],
        [0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 13, 14],
      ]],
      deltas: [0],
    });
  });
});

describe('Qwen3-VL: a left-padded row with a 2-frame video, one block per frame', () => {
  // P a s VS V V V V VE s VS V V V V VE b — video (2, 4, 4) → two (1, 2, 2) blocks after their
  // timestamp text s. Valid: a s VS 0 1 2, frame 0 at 3 (t 3, h 3 3 4 4, w 3 4 3 4), VE s VS 5 6 7,
  // frame 1 at 8, VE b 10 11. v5 moves current_pos by max(2, 2) = 2 = v4.57's max + 1 − start.
  const input = {
    input_ids: [[P, 11, 90, VS, ...run(VID, 4), VE, 91, VS, ...run(VID, 4), VE, 12]],
    attention_mask: [[0, ...run(1, 16)]],
    video_grid_thw: [[2, 4, 4]],
  };
  const axes = (pad: number) => [
    [pad, 0, 1, 2, 3, 3, 3, 3, 5, 6, 7, 8, 8, 8, 8, 10, 11],
    [pad, 0, 1, 2, 3, 3, 4, 4, 5, 6, 7, 8, 8, 9, 9, 10, 11],
    [pad, 0, 1, 2, 3, 4, 3, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11],
  ];
  it('v4.57: pad 1, delta 11 + 1 − 17 = −5; v5: pad 0, delta 11 + 1 − 16 = −4', () => {
    expect(positions(spec('qwen3_vl', 'v4_57'), input)).toEqual({ rows: [axes(1)], deltas: [-5] });
    expect(positions(spec('qwen3_vl', 'v5'), input)).toEqual({ rows: [axes(0)], deltas: [-4] });
    expect(positions(spec('qwen3_vl', 'v5_int_spg'), input)).toEqual({ rows: [axes(0)], deltas: [-4] });
  });
});

describe('Qwen2.5-Omni: audio in video with 2-second chunks (use_audio_in_video in the JSON)', () => {
  // x <vision_start><audio_start> V V A A A V <audio_end><vision_end> y: video (3, 2, 2) at 1 s per
  // grid → frames at 0, 25, 50 ids; 3 audio ids 0 1 2; 50-id chunks: video [f0 f1] | [f2], audio
  // [0 1 2], laid out video 0, audio 0, video 1 (get_chunked_index). x 0; both start tokens 1;
  // from 2: f0 (2, 2, 2), f1 (27, 2, 2), audio 2 3 4, f2 (52, 2, 2); both end tokens at the last
  // chunk's max + 1 = 53; y 54 (test/support/fused-cases.ts OMNI_BY_HAND). Two left pads hold 1 in
  // every setting; delta = 54 + 1 − 12 valid tokens = 43.
  const ids = [1, VS, AS, VID, VID, A, A, A, VID, AE, VE, 2];
  const input = {
    input_ids: [[P, P, ...ids]], attention_mask: [[0, 0, ...run(1, 12)]],
    video_grid_thw: [[3, 2, 2]], second_per_grid_ts: [1], use_audio_in_video: true,
  };
  const want = {
    rows: [[
      [1, 1, 0, 1, 1, 2, 27, 2, 3, 4, 52, 53, 53, 54],
      [1, 1, 0, 1, 1, 2, 2, 2, 3, 4, 2, 53, 53, 54],
      [1, 1, 0, 1, 1, 2, 2, 2, 3, 4, 2, 53, 53, 54],
    ]],
    deltas: [43],
  };
  it.each(['v4_57', 'v5', 'v5_int_spg', 'default'] as const)('transformers %s', (version) => {
    expect(positions(spec('omni', version), input)).toEqual(want);
  });

  it('seconds_per_chunk and audio_start_token in the spec', () => {
    // seconds_per_chunk 1 → int(25 · 1) = 25-id chunks: video [f0] | [f1] | [f2], audio [0 1 2];
    // laid out f0, audio, f1, f2 over the tokens after the starts: f0 (2, 2, 2), audio 2 3 4,
    // f1 (27, 2, 2), f2 (52, 2, 2); end tokens at 52 + 1 = 53; y 54; delta 54 + 1 − 12 = 43.
    const unpadded = { ...input, input_ids: [ids], attention_mask: undefined };
    expect(positions(spec('omni', 'default', 'seconds_per_chunk 1'), unpadded)).toEqual({
      rows: [[
        [0, 1, 1, 2, 2, 3, 4, 27, 52, 53, 53, 54],
        [0, 1, 1, 2, 2, 3, 4, 2, 2, 53, 53, 54],
        [0, 1, 1, 2, 2, 3, 4, 2, 2, 53, 53, 54],
      ]],
      deltas: [43],
    });
    // another audio start id: the same stream with 999 for <audio_bos> gives the same table
    const own = { ...unpadded, input_ids: [ids.map((id) => (id === AS ? 999 : id))] };
    expect(positions(spec('omni', 'default', 'audio_start_token 999'), own)).toEqual({ rows: [want.rows[0].map((axis) => axis.slice(2))], deltas: [43] });
  });

  it('52 audio ids cross a chunk edge: with use_audio_in_video the two audio chunks interleave; without it the stream is refused', () => {
    // x VS AS V V A×50 V A A AE VE y, as the processor interleaves it: video chunk 0 [f0 f1], audio
    // chunk 0 (ids 0 … 49), video chunk 1 [f2], audio chunk 1 (ids 50, 51). x 0, starts 1 1; from
    // s = 2: f0 (2, 2, 2), f1 (27, 2, 2), audio 2 … 51, f2 (52, 2, 2), audio 52 53; the last chunk's
    // max is 53, so both end tokens 54 and y 55. delta = 55 + 1 − 61 = −5.
    const long = {
      input_ids: [[1, VS, AS, VID, VID, ...run(A, 50), VID, A, A, AE, VE, 2]],
      video_grid_thw: [[3, 2, 2]], second_per_grid_ts: [1], audio_lengths: [52],
    };
    const audio = Array.from({ length: 50 }, (_, k) => 2 + k);
    expect(positions(spec('omni', 'default'), { ...long, use_audio_in_video: true })).toEqual({
      rows: [[
        [0, 1, 1, 2, 27, ...audio, 52, 52, 53, 54, 54, 55],
        [0, 1, 1, 2, 2, ...audio, 2, 52, 53, 54, 54, 55],
        [0, 1, 1, 2, 2, ...audio, 2, 52, 53, 54, 54, 55],
      ]],
      deltas: [-5],
    });
    // Without it the audio block is read as one run of 52 audio tokens, which the video token at
    // 55 interrupts (the refusal issue #22 reports).
    const inFile = join(dir, 'no-aiv.json');
    writeFileSync(inFile, JSON.stringify(long));
    const out = join(dir, 'no-aiv.npy');
    const r = spawnSync('node', ['dist/src/cli.js', 'positions', spec('omni', 'default'), '--input', inFile, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/audio block needs 52 tokens of id 151646 from token 5, but token 55 is 151656/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('input and spec errors', () => {
  it('use_audio_in_video on a spec without audio_token, and a mm_token_type_ids run that disagrees with its grid', () => {
    const inFile = join(dir, 'bad.json');
    const out = join(dir, 'bad.npy');
    const cli = (specPath: string, input: unknown) => {
      writeFileSync(inFile, JSON.stringify(input));
      return spawnSync('node', ['dist/src/cli.js', 'positions', specPath, '--input', inFile, '--out', out], { encoding: 'utf8' });
    };
    let r = cli(spec('qwen2_vl', 'v5'), { input_ids: [[1, 2]], use_audio_in_video: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"use_audio_in_video" needs a Qwen2.5-Omni spec/);
    // three image tokens typed 1, but the grid (1, 4, 4) needs 4
    r = cli(spec('qwen2_vl', 'v5'), { input_ids: [[1, IMG, IMG, IMG, 2]], image_grid_thw: [[1, 4, 4]] });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the run of image tokens \(mm_token_type_ids 1\) from token 1 holds 3 tokens, but image 0 \(image_grid_thw\[0\]\) needs T·H·W = 4/);
    r = cli(spec('qwen2_vl', 'v5'), { input_ids: [[1, 2]], mm_token_type_ids: [[0, 3]] });
    expect(r.stderr).toMatch(/mm_token_type_ids\[0\]\[1\]: expected 0 \(text\), 1 \(image\) or 2 \(video\), got 3/);
    expect(existsSync(out)).toBe(false);
  });
});
