// M-RoPE index builder: tiny cases whose tables are written out by hand from transformers'
// get_rope_index as published (docs/positions.md): text counts on from (largest position so far) + 1 on
// all three axes; a block of merged grid (T, H, W) starting after text_len text tokens gets
// (t_idx, h_idx, w_idx) + text_len + st_idx; vision_start / vision_end are plain text tokens.
// Every case is also checked against the segment table form.
//
// These cases follow transformers v4.57 (modeling_qwen2_vl.py / modeling_qwen2_5_vl.py /
// modeling_qwen3_vl.py Qwen*Model.get_rope_index), so the Qwen-VL ones select it with
// `transformers: 'v4_57'`; the v5 conventions (the default) are test/positions-compat.test.ts.
import { describe, expect, it } from 'vitest';
import {
  buildMropePositions,
  buildMropeSegmentTables,
  chunkedIndex,
  decodePositions,
  evaluateSegments,
  MROPE_PRESETS,
  mropeOptionsFromSpec,
  validateSegmentTable,
  type MropeInputs,
  type MropeOptions,
} from '../src/positions/index.js';
import { RopeArgumentError } from '../src/compiler/runtime.js';
import { compile } from '../src/index.js';

const VS = 151652; // <|vision_start|>
const VE = 151653; // <|vision_end|>
const IMG = 151655;
const VID = 151656;
const A = 151646; // Omni <|AUDIO|>
const AS = 151647; // Omni <|audio_bos|>
const AE = 151648; // Omni <|audio_eos|>
const PAD = 0;

/** Row b of the [3, batch, seq] tensor as three plain arrays [t, h, w]. */
function row(positions: Int32Array, batch: number, seq: number, b: number): number[][] {
  return [0, 1, 2].map((a) => Array.from(positions.subarray((a * batch + b) * seq, (a * batch + b + 1) * seq)));
}

const V4_57 = { transformers: 'v4_57' } as const;

/** Builds (v4.57 unless options say otherwise), checks the tables agree token by token, returns rows + deltas. */
function build(inputs: MropeInputs, given: MropeOptions = {}) {
  const options = { ...V4_57, ...given };
  const r = buildMropePositions(inputs, options);
  const t = buildMropeSegmentTables(inputs, options);
  expect(t.ropeDeltas).toEqual(r.ropeDeltas);
  expect(t.tables.length).toBe(r.batch);
  t.tables.forEach((table, b) => {
    validateSegmentTable(table);
    const fromTable = [0, 1, 2].map((a) => Array.from({ length: r.seq }, (_, i) => evaluateSegments(table, i)[a]));
    expect(fromTable).toEqual(row(r.positions, r.batch, r.seq, b));
  });
  return { rows: Array.from({ length: r.batch }, (_, b) => row(r.positions, r.batch, r.seq, b)), deltas: r.ropeDeltas, tables: t.tables };
}

describe('Qwen2-VL (video frames)', () => {
  it('3 text tokens, vision_start, a 1×4×4 image with merge 2, vision_end, 2 text tokens', () => {
    // tokens: a b c VS I I I I VE d e (11). Text before the block is a b c VS → 0 1 2 3.
    // Image grid (1, 4, 4) / merge 2 → (1, 2, 2) = 4 tokens, start = text_len 4 + st_idx 0 = 4:
    //   t = 4 + (0 0 0 0), h = 4 + (0 0 1 1), w = 4 + (0 1 0 1). Block max = 5.
    // VE = 6, d = 7, e = 8. rope_delta = 8 + 1 − 11 = −2.
    const { rows, deltas } = build({ inputIds: [[11, 12, 13, VS, IMG, IMG, IMG, IMG, VE, 14, 15]], imageGridThw: [[1, 4, 4]] });
    expect(rows[0]).toEqual([
      [0, 1, 2, 3, 4, 4, 4, 4, 6, 7, 8],
      [0, 1, 2, 3, 4, 4, 5, 5, 6, 7, 8],
      [0, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8],
    ]);
    expect(deltas).toEqual([-2]);
  });

  it('the segment table of that case is: text 0…3, grid at 4, text 6…8', () => {
    const { tables } = build({ inputIds: [[11, 12, 13, VS, IMG, IMG, IMG, IMG, VE, 14, 15]], imageGridThw: [[1, 4, 4]] });
    expect(tables[0].segments).toEqual([
      { kind: 'text', start: 0, length: 4, base: 0 },
      { kind: 'grid', start: 4, length: 4, base: [4, 4, 4], grid: [1, 2, 2], offset: 0, tScale: [1, 1] },
      { kind: 'text', start: 8, length: 3, base: 6 },
    ]);
  });

  it('no vision tokens, no grids: 0 … n−1 on all axes, delta 0 (text-only branch)', () => {
    const { rows, deltas } = build({ inputIds: [[5, 6, 7, 8]] });
    expect(rows[0]).toEqual([[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]]);
    expect(deltas).toEqual([0]);
  });

  it('no vision tokens but empty grid lists: the vision branch gives the same table', () => {
    const { rows, deltas } = build({ inputIds: [[5, 6, 7]], imageGridThw: [], videoGridThw: [] });
    expect(rows[0]).toEqual([[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
    expect(deltas).toEqual([0]);
  });

  it('vision first: VS I I I I VE x', () => {
    // VS = 0; block start 1: t 1 1 1 1, h 1 1 2 2, w 1 2 1 2; max 2; VE 3; x 4. delta 4 + 1 − 7 = −2.
    const { rows, deltas } = build({ inputIds: [[VS, IMG, IMG, IMG, IMG, VE, 9]], imageGridThw: [[1, 4, 4]] });
    expect(rows[0]).toEqual([
      [0, 1, 1, 1, 1, 3, 4],
      [0, 1, 1, 2, 2, 3, 4],
      [0, 1, 2, 1, 2, 3, 4],
    ]);
    expect(deltas).toEqual([-2]);
  });

  it('image tokens without a vision_start are counted as no block (blocks are counted by vision_start)', () => {
    const { rows } = build({ inputIds: [[IMG, IMG, 7]], imageGridThw: [[1, 2, 2]] });
    expect(rows[0]).toEqual([[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
  });

  it('several images of different sizes', () => {
    // x VS [I×4] VE VS [I×2] VE y; grids (1,4,4) → (1,2,2) and (1,2,4) → (1,1,2).
    // x 0, VS 1; block 1 at 2: t 2222 h 2233 w 2323, max 3; VE 4, VS 5;
    // block 2 at 6: t 6 6, h 6 6, w 6 7, max 7; VE 8, y 9. delta 9 + 1 − 12 = −2.
    const { rows, deltas } = build({
      inputIds: [[1, VS, IMG, IMG, IMG, IMG, VE, VS, IMG, IMG, VE, 2]],
      imageGridThw: [[1, 4, 4], [1, 2, 4]],
    });
    expect(rows[0]).toEqual([
      [0, 1, 2, 2, 2, 2, 4, 5, 6, 6, 8, 9],
      [0, 1, 2, 2, 3, 3, 4, 5, 6, 6, 8, 9],
      [0, 1, 2, 3, 2, 3, 4, 5, 6, 7, 8, 9],
    ]);
    expect(deltas).toEqual([-2]);
  });

  it('an image then a video: grids are taken from each list in order', () => {
    // VS [I] VE VS [V V] VE; image (1,2,2) → 1 token, video (2,2,2) → (2,1,1) = 2 tokens.
    // VS 0; image at 1: (1,1,1); VE 2; VS 3; video at 4: t 4 5, h 4 4, w 4 4; max 5; VE 6.
    const { rows } = build({ inputIds: [[VS, IMG, VE, VS, VID, VID, VE]], imageGridThw: [[1, 2, 2]], videoGridThw: [[2, 2, 2]] });
    expect(rows[0]).toEqual([
      [0, 1, 2, 3, 4, 5, 6],
      [0, 1, 2, 3, 4, 4, 6],
      [0, 1, 2, 3, 4, 4, 6],
    ]);
  });

  it('left padding: padded positions hold 1, delta uses the padded row length', () => {
    // row 0 as the first case; row 1: 3 pads, then a b VS I I I I VE (uses the 2nd image grid).
    // Row 1 valid tokens: a 0, b 1, VS 2; block at 3: t 3333, h 3344, w 3434 (max 4); VE 5.
    // delta row 1 = 5 + 1 − 11 = −5; decode at cache_position 11 → 6 = max + 1.
    const inputs: MropeInputs = {
      inputIds: [
        [11, 12, 13, VS, IMG, IMG, IMG, IMG, VE, 14, 15],
        [PAD, PAD, PAD, 21, 22, VS, IMG, IMG, IMG, IMG, VE],
      ],
      attentionMask: [
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
      ],
      imageGridThw: [[1, 4, 4], [1, 4, 4]],
    };
    const { rows, deltas } = build(inputs);
    expect(rows[1]).toEqual([
      [1, 1, 1, 0, 1, 2, 3, 3, 3, 3, 5],
      [1, 1, 1, 0, 1, 2, 3, 3, 4, 4, 5],
      [1, 1, 1, 0, 1, 2, 3, 4, 3, 4, 5],
    ]);
    expect(deltas).toEqual([-2, -5]);
    expect(Array.from(decodePositions(11, deltas[1]))).toEqual([6, 6, 6]);
    // options: pads at 0, delta from the unpadded length (8 valid tokens: 5 + 1 − 8 = −2)
    const alt = build(inputs, { padValue: 0, deltaLength: 'unpadded' });
    expect(alt.rows[1][0].slice(0, 3)).toEqual([0, 0, 0]);
    expect(alt.deltas).toEqual([-2, -2]);
  });

  it('a mask hole inside an image block: the block continues after the hole (table splits the grid)', () => {
    // valid tokens VS I I I I VE → VS 0; block at 1: (1,1,1) (1,1,2) (1,2,1) (1,2,2); VE 3.
    // Padded index 2 is masked → 1 on every axis. The table needs a grid piece with offset 1.
    const { rows, tables } = build({
      inputIds: [[VS, IMG, PAD, IMG, IMG, IMG, VE]],
      attentionMask: [[1, 1, 0, 1, 1, 1, 1]],
      imageGridThw: [[1, 4, 4]],
    });
    expect(rows[0]).toEqual([
      [0, 1, 1, 1, 1, 1, 3],
      [0, 1, 1, 1, 2, 2, 3],
      [0, 1, 1, 2, 1, 2, 3],
    ]);
    expect(tables[0].segments.map((g) => [g.kind, g.start, g.length, g.kind === 'grid' ? g.offset : null])).toEqual([
      ['text', 0, 1, null],
      ['grid', 1, 1, 0],
      ['const', 2, 1, null],
      ['grid', 3, 3, 1],
      ['text', 6, 1, null],
    ]);
  });

  it('text-only branch with padding: cumsum(mask) − 1, pads 1, max taken over the whole row', () => {
    // mask 0 0 1 1 → positions 1 1 0 1; max 1 → delta 1 + 1 − 4 = −2.
    // mask 0 0 0 1 → positions 1 1 1 0; max 1 (a pad) → delta 1 + 1 − 4 = −2.
    const { rows, deltas } = build({ inputIds: [[0, 0, 5, 6], [0, 0, 0, 5]], attentionMask: [[0, 0, 1, 1], [0, 0, 0, 1]] });
    expect(rows[0][0]).toEqual([1, 1, 0, 1]);
    expect(rows[1][2]).toEqual([1, 1, 1, 0]);
    expect(deltas).toEqual([-2, -2]);
  });

  it('a video of 1 frame is laid out like an image', () => {
    // VS V V V V VE, grid (1,4,4): VS 0; at 1: t 1111 h 1122 w 1212; VE 3.
    const { rows } = build({ inputIds: [[VS, VID, VID, VID, VID, VE]], videoGridThw: [[1, 4, 4]] });
    expect(rows[0]).toEqual([
      [0, 1, 1, 1, 1, 3],
      [0, 1, 1, 2, 2, 3],
      [0, 1, 2, 1, 2, 3],
    ]);
  });

  it('a 3-frame video: t counts frames', () => {
    // grid (3,2,2) → (3,1,1): VS 0; at 1: t 1 2 3, h 1 1 1, w 1 1 1; max 3; VE 4.
    const { rows } = build({ inputIds: [[VS, VID, VID, VID, VE]], videoGridThw: [[3, 2, 2]] });
    expect(rows[0]).toEqual([[0, 1, 2, 3, 4], [0, 1, 1, 1, 4], [0, 1, 1, 1, 4]]);
  });

  it('text after a block resumes at the largest position on any axis + 1 (wide image)', () => {
    // grid (1,2,8) → (1,1,4): VS 0; at 1: t 1111, h 1111, w 1 2 3 4; max 4 (w); VE 5.
    const { rows } = build({ inputIds: [[VS, IMG, IMG, IMG, IMG, VE]], imageGridThw: [[1, 2, 8]] });
    expect(rows[0]).toEqual([[0, 1, 1, 1, 1, 5], [0, 1, 1, 1, 1, 5], [0, 1, 2, 3, 4, 5]]);
  });
});

describe('Qwen2.5-VL (video scaled)', () => {
  const opts = MROPE_PRESETS.qwen2_5_vl;

  it('second_per_grid_t 2, tokens_per_second 2: t indices 0, 4, 8', () => {
    // grid (3,2,2) → (3,1,1); t_idx = floor(f · 2 · 2) = 0, 4, 8. VS 0; at 1: t 1 5 9, h/w 1 1 1; VE 10.
    const { rows, deltas } = build({ inputIds: [[VS, VID, VID, VID, VE]], videoGridThw: [[3, 2, 2]], secondPerGridTs: [2] }, opts);
    expect(rows[0]).toEqual([[0, 1, 5, 9, 10], [0, 1, 1, 1, 10], [0, 1, 1, 1, 10]]);
    expect(deltas).toEqual([10 + 1 - 5]);
  });

  it('scaled t with a 2×2 merged frame', () => {
    // grid (3,4,4) → (3,2,2), 12 tokens, t_idx per frame 0 4 8; start 1.
    const { rows } = build({ inputIds: [[VS, ...Array(12).fill(VID), VE]], videoGridThw: [[3, 4, 4]], secondPerGridTs: [2] }, opts);
    expect(rows[0][0]).toEqual([0, 1, 1, 1, 1, 5, 5, 5, 5, 9, 9, 9, 9, 10]);
    expect(rows[0][1]).toEqual([0, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 10]);
    expect(rows[0][2]).toEqual([0, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 10]);
  });

  it('second_per_grid_ts missing: 1.0 per grid → t step = tokens_per_second', () => {
    const { rows } = build({ inputIds: [[VS, VID, VID, VID, VE]], videoGridThw: [[3, 2, 2]] }, opts);
    expect(rows[0][0]).toEqual([0, 1, 3, 5, 6]);
  });

  it('images get second_per_grid_t = 0: every frame of an image has t index 0', () => {
    // image grid (2,2,2) → (2,1,1): t 1 1 (scaled) where Qwen2-VL gives 1 2.
    const ids = { inputIds: [[VS, IMG, IMG, VE]], imageGridThw: [[2, 2, 2]] as [number, number, number][] };
    expect(build(ids, opts).rows[0]).toEqual([[0, 1, 1, 2], [0, 1, 1, 2], [0, 1, 1, 2]]);
    expect(build(ids, MROPE_PRESETS.qwen2_vl).rows[0]).toEqual([[0, 1, 2, 3], [0, 1, 1, 3], [0, 1, 1, 3]]);
  });

  it('t index is computed in float32 as PyTorch does: frame 10 · 0.7 · 2 = 14, not 13', () => {
    // float32(0.7) = 0.699999988…; 10 × that = 6.99999988 rounds to float32 7.0; × 2 = 14 → 14.
    // (With 0.7 rounded to float32 but the products taken in float64, 13.9999998 would truncate to 13.)
    const T = 11;
    const { rows } = build({ inputIds: [[VS, ...Array(T).fill(VID), VE]], videoGridThw: [[T, 2, 2]], secondPerGridTs: [0.7] }, opts);
    expect(rows[0][0][1 + 10]).toBe(1 + 14);
    // frame 1: f32(0.7)·2 = 1.39999998 → 1; frame 5: f32(5·0.7) = 3.5 → 7
    expect(rows[0][0][1 + 1]).toBe(1 + 1);
    expect(rows[0][0][1 + 5]).toBe(1 + 7);
  });

  it('secondPerGridAsInt: 0.5 truncates to 0 first (older transformers) → all t indices 0', () => {
    const ids = { inputIds: [[VS, VID, VID, VID, VE]], videoGridThw: [[3, 2, 2]] as [number, number, number][], secondPerGridTs: [0.5] };
    expect(build(ids, opts).rows[0][0]).toEqual([0, 1, 2, 3, 4]); // floor(f · 0.5 · 2) = f
    expect(build(ids, { ...opts, secondPerGridAsInt: true }).rows[0][0]).toEqual([0, 1, 1, 1, 2]);
  });
});

describe('Qwen3-VL (video per_frame)', () => {
  it('a (2,4,4) video is two (1,2,2) blocks, each after its timestamp text and vision_start', () => {
    // a <0.5 seconds> VS [V×4] VE <1.5 seconds> VS [V×4] VE b; timestamps are 2 text tokens here.
    // text a ts ts VS = 0 1 2 3; frame 0 at 4: t 4444 h 4455 w 4545 (max 5);
    // VE ts ts VS = 6 7 8 9; frame 1 at 10: t 10×4 (t index 0 in each frame) h 10 10 11 11
    // w 10 11 10 11 (max 11); VE b = 12 13. delta 13 + 1 − 18 = −4.
    const ts0 = [27, 15];
    const ts1 = [28, 16];
    const ids = [1, ...ts0, VS, VID, VID, VID, VID, VE, ...ts1, VS, VID, VID, VID, VID, VE, 2];
    const { rows, deltas } = build({ inputIds: [ids], videoGridThw: [[2, 4, 4]] }, MROPE_PRESETS.qwen3_vl);
    expect(rows[0]).toEqual([
      [0, 1, 2, 3, 4, 4, 4, 4, 6, 7, 8, 9, 10, 10, 10, 10, 12, 13],
      [0, 1, 2, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 10, 11, 11, 12, 13],
      [0, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 10, 11, 10, 11, 12, 13],
    ]);
    expect(deltas).toEqual([-4]);
  });

  it('a third frame block with only two frames in the grid is an error', () => {
    const ids = [VS, VID, VE, VS, VID, VE, VS, VID, VE];
    expect(() => buildMropePositions({ inputIds: [ids], videoGridThw: [[2, 2, 2]] }, { ...MROPE_PRESETS.qwen3_vl, ...V4_57 })).toThrow(/video block at token 7 has no grid/);
  });
});

describe('Qwen2.5-Omni (TMRoPE, 25 ids per second)', () => {
  const omni = MROPE_PRESETS.qwen2_5_omni;

  it('audio and image blocks with their start/end tokens', () => {
    // x AS A A A AE y VS I I I I VE (13 tokens), image (1,4,4) → (1,2,2).
    // x 0, AS 1, audio 2 3 4 (arange on all axes), AE 5, y 6, VS 7,
    // image at 8: t 8 8 8 8 (t index 0·25), h 8 8 9 9, w 8 9 8 9; VE 10.
    // Omni's delta uses the valid-token count: 10 + 1 − 13 = −2.
    const inputIds = [[1, AS, A, A, A, AE, 2, VS, IMG, IMG, IMG, IMG, VE]];
    const want = [
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 10],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 10],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 8, 9, 10],
    ];
    const counted = build({ inputIds, imageGridThw: [[1, 4, 4]] }, omni);
    expect(counted.rows[0]).toEqual(want);
    expect(counted.deltas).toEqual([-2]);
    // audio_seqlens 11 → ((11 − 1)//2 + 1 − 2)//2 + 1 = (6 − 2)//2 + 1 = 3 tokens
    expect(build({ inputIds, imageGridThw: [[1, 4, 4]], audioFeatureLengths: [11] }, omni).rows[0]).toEqual(want);
    expect(build({ inputIds, imageGridThw: [[1, 4, 4]], audioLengths: [3] }, omni).rows[0]).toEqual(want);
  });

  it('video time: 25 ids per second × second_per_grid', () => {
    // grid (2,2,2) → (2,1,1), 2 s per grid: t index 0, 50. VS 0; at 1: t 1 51, h 1 1, w 1 1; VE 52.
    const { rows } = build({ inputIds: [[VS, VID, VID, VE]], videoGridThw: [[2, 2, 2]], secondPerGridTs: [2] }, omni);
    expect(rows[0]).toEqual([[0, 1, 51, 52], [0, 1, 1, 52], [0, 1, 1, 52]]);
  });

  it('25 fps video (second_per_grids 2/25 = 0.08): float32 makes frame 5 → t 9, not 10', () => {
    // float32(0.08) = 0.07999999821186066. Frame 5: 5 × that = 0.39999999105930328 lies exactly
    // halfway between float32 0.39999997615814209 and 0.40000000596046448; ties-to-even picks the
    // former; × 25 = 9.99999940395 → float32 9.99999904633 → trunc 9 (float64 would give 10).
    // Frame 1: f32(0.08) × 25 = 1.9999999553 → float32 2.0 → 2.
    const T = 6;
    const { rows } = build({ inputIds: [[VS, ...Array(T).fill(VID), VE]], videoGridThw: [[T, 2, 2]], secondPerGridTs: [0.08] }, omni);
    expect(rows[0][0].slice(1, 1 + T)).toEqual([0, 2, 4, 6, 8, 9].map((t) => t + 1));
  });

  it('audio in video: video and audio ids interleave by time chunks', () => {
    // Small numbers for the eye: tokensPerSecond 2, secondsPerChunk 1 → chunks of 2 ids.
    // Video (3,2,2) → 3 frames of 1 token, 1 s per grid: t index 0 2 4. Audio: 5 tokens, ids 0…4.
    // Chunks (relative ids): video [0] | [2] | [4]; audio [0 1] | [2 3] | [4].
    // Tokens: x VS AS V A A V A A V A AE VE y.
    // x 0; VS and AS both 1; start s = 2; V(t 2,h 2,w 2) A 2 A 3 V(t 4) A 4 A 5 V(t 6) A 6;
    // AE and VE both (last chunk's max 6) + 1 = 7; y 8. delta 8 + 1 − 14 = −5.
    const ids = [1, VS, AS, VID, A, A, VID, A, A, VID, A, AE, VE, 2];
    const { rows, deltas } = build(
      { inputIds: [ids], videoGridThw: [[3, 2, 2]], secondPerGridTs: [1] },
      { ...omni, tokensPerSecond: 2, secondsPerChunk: 1, useAudioInVideo: true },
    );
    expect(rows[0]).toEqual([
      [0, 1, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 7, 8],
      [0, 1, 1, 2, 2, 3, 2, 4, 5, 2, 6, 7, 7, 8],
      [0, 1, 1, 2, 2, 3, 2, 4, 5, 2, 6, 7, 7, 8],
    ]);
    expect(deltas).toEqual([-5]);
  });

  it('audio in video: the end tokens sit at the LAST chunk\'s max + 1, which may be below the block max', () => {
    // Video (1,6,6) → (1,3,3): 9 tokens with h, w up to s + 2; audio 1 token; one chunk each.
    // VS AS = 0 0; s = 1; video t 1×9, h 1 1 1 2 2 2 3 3 3, w 1 2 3 1 2 3 1 2 3; audio 1.
    // Last chunk is the audio (max 1) → AE VE = 2 2, although h/w reached 3. 14 tokens:
    // delta 3 + 1 − 14 = −10.
    const ids = [VS, AS, ...Array(9).fill(VID), A, AE, VE];
    const { rows, deltas } = build({ inputIds: [ids], videoGridThw: [[1, 6, 6]], secondPerGridTs: [2] }, { ...omni, useAudioInVideo: true });
    expect(rows[0]).toEqual([
      [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2],
      [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 1, 2, 2],
      [0, 0, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 2],
    ]);
    expect(deltas).toEqual([-10]);
  });

  it('chunkedIndex reproduces get_chunked_index, including a one-token chunk after a jump', () => {
    // values 0 0 75 75 150 150, 50 per chunk: 75 ≥ 50 cuts at 2; 150 ≥ 100 cuts at 4;
    // 150 ≥ 150 cuts again at 5 (one chunk step per token).
    expect(chunkedIndex([0, 0, 75, 75, 150, 150], 50, 0)).toEqual([[0, 2], [2, 4], [4, 5], [5, 6]]);
    expect(chunkedIndex([10, 11, 12], 2, 10)).toEqual([[0, 2], [2, 3]]);
  });

  it('Omni needs second_per_grids for videos and video mode scaled', () => {
    expect(() => buildMropePositions({ inputIds: [[VS, VID, VE]], videoGridThw: [[1, 2, 2]] }, omni)).toThrow(/secondPerGridTs: missing/);
    expect(() => buildMropePositions({ inputIds: [[1]] }, { ...omni, video: 'frames' })).toThrow(RopeArgumentError);
  });
});

describe('errors', () => {
  const img = (n: number) => Array(n).fill(IMG);
  it('more image blocks than grids', () => {
    expect(() => buildMropePositions({ inputIds: [[VS, ...img(1), VE, VS, ...img(1), VE]], imageGridThw: [[1, 2, 2]] })).toThrow(
      /image block at token 4 has no grid: imageGridThw has 1 entries/,
    );
  });
  it('grids are consumed across rows: row 1 runs out', () => {
    expect(() => buildMropePositions({ inputIds: [[VS, IMG, VE], [VS, IMG, VE]], imageGridThw: [[1, 2, 2]] })).toThrow(/inputIds\[1\]: image block/);
  });
  it('h or w not divisible by the merge size', () => {
    expect(() => buildMropePositions({ inputIds: [[VS, IMG, VE]], imageGridThw: [[1, 3, 2]] })).toThrow(/imageGridThw\[0\] = \(1, 3, 2\): h and w must be divisible by the spatial merge size 2/);
    expect(() => buildMropePositions({ inputIds: [[VS, VID, VE]], videoGridThw: [[1, 2, 5]] })).toThrow(/videoGridThw\[0\]/);
  });
  it('a block that runs past the sequence end', () => {
    expect(() => buildMropePositions({ inputIds: [[1, VS, IMG, IMG]], imageGridThw: [[1, 4, 4]] }, V4_57)).toThrow(/starts at token 2 and needs 4 tokens, but only 2 valid tokens remain/);
  });
  it('a grid whose token count disagrees with the image tokens', () => {
    expect(() => buildMropePositions({ inputIds: [[VS, IMG, IMG, VE, 1]], imageGridThw: [[1, 4, 4]] }, V4_57)).toThrow(/token 3 is 151653/);
  });
  it('mask shape mismatch', () => {
    expect(() => buildMropePositions({ inputIds: [[1, 2, 3]], attentionMask: [[1, 1]] })).toThrow(/attentionMask\[0\]: expected 3 entries/);
    expect(() => buildMropePositions({ inputIds: [[1, 2, 3]], attentionMask: [] })).toThrow(/attentionMask: expected shape \[batch, seq\] = \[1, 3\]/);
    expect(() => buildMropePositions({ inputIds: [[1, 2, 3], [1, 2]] })).toThrow(/inputIds\[1\]: expected 3 tokens/);
    expect(() => buildMropePositions({ inputIds: [[1, 2]], attentionMask: [[1, 2]] })).toThrow(/expected 0 or 1/);
  });
  it('vision_start as the last valid token, and a row with no valid tokens', () => {
    expect(() => buildMropePositions({ inputIds: [[1, VS]], imageGridThw: [] }, V4_57)).toThrow(/vision_start at token 1 is the last valid token/);
    expect(() => buildMropePositions({ inputIds: [[1, 2]], attentionMask: [[0, 0]], imageGridThw: [] }, V4_57)).toThrow(/no valid tokens/);
  });
  it('errors are RopeArgumentError', () => {
    expect(() => buildMropePositions({ inputIds: [[VS, IMG, VE]], imageGridThw: [[1, 3, 3]] })).toThrow(RopeArgumentError);
  });
});

describe('decode and spec options', () => {
  it('decodePositions = cache_position + delta on all three axes', () => {
    // cache positions 11, 12 with delta −2 → 9, 10 on t, h and w: [3, 2] row-major.
    expect(Array.from(decodePositions([11, 12], -2))).toEqual([9, 10, 9, 10, 9, 10]);
    // Past int32 the stored positions would wrap (2^31 became −2^31): refused.
    expect(Array.from(decodePositions(2 ** 31 - 2, 1))).toEqual([2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1]);
    expect(() => decodePositions(2 ** 31, 0)).toThrow('cachePosition[0] + ropeDelta = 2147483648 is outside the int32 range of positions');
    expect(() => decodePositions(2 ** 32 + 5, 0)).toThrow(/outside the int32 range/);
  });

  it('options come from the spec library files', () => {
    const src = `rope q {\n  head_dim 128\n  style half\n  frequencies base 1000000\n  axes sectioned [t 16, h 24, w 24]\n  positions mrope(spatial_merge 2, video scaled, tokens_per_second 2, image_token 151655, video_token 151656, vision_start_token 151652, transformers v4_57)\n}\n`;
    const r = compile(src);
    const ps = r.irs[0]?.host.positions;
    expect(ps?.kind).toBe('mrope');
    if (ps?.kind !== 'mrope') return;
    const o = mropeOptionsFromSpec(ps);
    expect(o).toEqual({ spatialMerge: 2, video: 'scaled', tokensPerSecond: 2, imageToken: IMG, videoToken: VID, visionStartToken: VS, audioToken: null, transformers: 'v4_57' });
    // and they give v4.57 Qwen2.5-VL's scaled time (second_per_grid 2 → t step 4; VE after the max, 6)
    expect(buildMropePositions({ inputIds: [[VS, VID, VID, VE]], videoGridThw: [[2, 2, 2]], secondPerGridTs: [2] }, o).positions.slice(0, 4)).toEqual(
      new Int32Array([0, 1, 5, 6]),
    );
  });
});
