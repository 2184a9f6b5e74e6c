// Qwen M-RoPE index builder: transformers' `get_rope_index` for Qwen2-VL (`video 'frames'`),
// Qwen2.5-VL (`video 'scaled'`), Qwen3-VL (`video 'per_frame'`) and Qwen2.5-Omni's thinker
// (`audioToken` set: TMRoPE with 25 ids per second and audio-in-video interleaving).
//
// Two independent computations of the same thing:
//   buildMropePositions      a transliteration of the published loop (a list of position chunks,
//                            "st_idx = last chunk's max + 1"), materializing [3, batch, seq];
//   buildMropeSegmentTables  the compact per-row segment table (text runs, grid blocks, padding)
//                            with the running maximum tracked in closed form — what a kernel
//                            evaluates per token (see segments.ts).
// Both share only the input checks and the block locator (which token starts which block);
// the tests check that they agree on every token. See docs/positions.md for the choices made.
//
// `transformers` selects which library version's conventions to follow (docs/positions.md,
// "Transformers versions"): 'v4_57' walks <vision_start> blocks and resumes text after a block's
// largest position; 'v5' (the default) groups tokens by mm_token_type_ids, resumes text at the
// block start + max(H, W), pads with 0 and subtracts the unpadded length; 'v5_int_spg' is 'v5' with
// second_per_grid_t cast to an integer, as v5 releases did before the upstream fix.
// Qwen2.5-Omni keeps its own (v4.57-style) get_rope_index in every setting.
import { RopeArgumentError } from '../compiler/errors.js';
import type { PositionSpec } from '../compiler/spec.js';
import { gridTimeIndex, spreadOverMask, type PositionSegment, type SegmentTable } from './segments.js';

export type MropeVideoMode = 'frames' | 'scaled' | 'per_frame';
export type Thw = [number, number, number];

export interface MropeInputs {
  /** batch × seq token ids (rows of equal length). */
  inputIds: number[][];
  /** batch × seq of 0/1; 0 = padding (skipped, position `padValue`). Default all ones. */
  attentionMask?: number[][];
  /** One (t, h, w) per image, in order of appearance over the whole batch (patch grid, before merging). */
  imageGridThw?: Thw[];
  /** One (t, h, w) per video, in order over the whole batch. */
  videoGridThw?: Thw[];
  /** Seconds per temporal grid step, one per video (`second_per_grid_ts`; Omni: `second_per_grids`). */
  secondPerGridTs?: number[];
  /** Omni: LLM tokens per audio, in order over the batch. */
  audioLengths?: number[];
  /** Omni: audio feature lengths (`audio_seqlens`); tokens = ((L − 1) // 2 + 1 − 2) // 2 + 1. */
  audioFeatureLengths?: number[];
  /**
   * transformers v5 (Qwen2/2.5/3-VL): batch × seq modality per token, 0 text, 1 image, 2 video, as
   * the processor returns it. Default: 1 where the id is the image token, 2 for the video token.
   */
  mmTokenTypeIds?: number[][];
}

/** Which transformers release's get_rope_index conventions the Qwen builders follow. */
export type TransformersVersion = 'v4_57' | 'v5' | 'v5_int_spg';
export const TRANSFORMERS_VERSIONS: readonly TransformersVersion[] = ['v4_57', 'v5', 'v5_int_spg'];
/** The newest upstream behaviour. */
export const DEFAULT_TRANSFORMERS: TransformersVersion = 'v5';

export interface MropeOptions {
  /** `spatial_merge_size` (default 2): grid h and w are divided by it. */
  spatialMerge?: number;
  /** 'frames' (Qwen2-VL, default), 'scaled' (Qwen2.5-VL / Omni), 'per_frame' (Qwen3-VL). */
  video?: MropeVideoMode;
  /** 'scaled' only: `tokens_per_second` (default 2; Omni: `position_id_per_seconds`, default 25). */
  tokensPerSecond?: number | null;
  imageToken?: number | null;
  videoToken?: number | null;
  visionStartToken?: number | null;
  /** Setting it selects Qwen2.5-Omni's variant (needs video 'scaled'). */
  audioToken?: number | null;
  /** Omni `audio_start_token_id` (default 151647). */
  audioStartToken?: number;
  /** Omni `use_audio_in_video`: each video carries its audio, interleaved in chunks. */
  useAudioInVideo?: boolean;
  /** Omni `seconds_per_chunk` (default 2). */
  secondsPerChunk?: number;
  /**
   * transformers conventions (default 'v5', the newest): 'v4_57', 'v5' or 'v5_int_spg'. The
   * options below default to what the selected version does; giving one overrides it.
   */
  transformers?: TransformersVersion;
  /** Value of every padded (mask 0) position on all axes. v4.57: 1; v5: 0 (Omni: 1 in both). */
  padValue?: number;
  /**
   * Length subtracted in rope_delta = max + 1 − length: 'padded' (the full row; v4.57's
   * Qwen2/2.5/3-VL) or 'unpadded' (the number of valid tokens; v5, and Qwen2.5-Omni in both).
   */
  deltaLength?: 'padded' | 'unpadded';
  /** 'scaled': cast second_per_grid_t to an integer first ('v5_int_spg'; some ports). */
  secondPerGridAsInt?: boolean;
  /** rope_delta = max(rope_delta, 0): v5's Qwen2-VL (video 'frames'). */
  clampDeltas?: boolean;
}

export interface MropeResult {
  /** [3, batch, seq]: axis a, row b, token i at (a·batch + b)·seq + i. */
  positions: Int32Array;
  batch: number;
  seq: number;
  /** Per row: decode uses position = cache_position + ropeDeltas[b] on all three axes. */
  ropeDeltas: number[];
}

export interface MropeTables {
  /** One table per row, covering the padded row. */
  tables: SegmentTable[];
  ropeDeltas: number[];
}

export const QWEN_IMAGE_TOKEN = 151655;
export const QWEN_VIDEO_TOKEN = 151656;
export const QWEN_VISION_START_TOKEN = 151652;
export const QWEN_OMNI_AUDIO_TOKEN = 151646;
export const QWEN_OMNI_AUDIO_START_TOKEN = 151647;

/** A special token's id as given, or undefined for its default. */
export interface TokenIds {
  image_token?: number;
  video_token?: number;
  vision_start_token?: number;
  /** Given for Qwen2.5-Omni only; then audio_start_token has a default too. */
  audio_token?: number;
  audio_start_token?: number;
}

/**
 * Two special tokens that would share an id once the defaults are filled in (a spec's or the
 * caller's), with whether each id is a default: a token id names one kind of token, so one of the
 * two could never be found.
 */
export function sharedTokenId(given: TokenIds): { a: string; b: string; id: number; defaults: string[] } | undefined {
  const defaults: Record<string, number> = { image_token: QWEN_IMAGE_TOKEN, video_token: QWEN_VIDEO_TOKEN, vision_start_token: QWEN_VISION_START_TOKEN };
  if (given.audio_token !== undefined) Object.assign(defaults, { audio_token: QWEN_OMNI_AUDIO_TOKEN, audio_start_token: QWEN_OMNI_AUDIO_START_TOKEN });
  const ids = Object.keys(defaults).map((name) => ({ name, id: given[name as keyof TokenIds] ?? defaults[name], isDefault: given[name as keyof TokenIds] === undefined }));
  for (let i = 0; i < ids.length; i++) {
    const same = ids.slice(0, i).find((x) => x.id === ids[i].id);
    if (same) return { a: ids[i].isDefault ? same.name : ids[i].name, b: ids[i].isDefault ? ids[i].name : same.name, id: ids[i].id, defaults: [same, ids[i]].filter((x) => x.isDefault).map((x) => x.name) };
  }
  return undefined;
}

/** The published configurations (token ids, merge size, time handling). */
export const MROPE_PRESETS = {
  qwen2_vl: { spatialMerge: 2, video: 'frames' },
  qwen2_5_vl: { spatialMerge: 2, video: 'scaled', tokensPerSecond: 2 },
  qwen3_vl: { spatialMerge: 2, video: 'per_frame' },
  qwen2_5_omni: {
    spatialMerge: 2,
    video: 'scaled',
    tokensPerSecond: 25,
    audioToken: QWEN_OMNI_AUDIO_TOKEN,
    audioStartToken: QWEN_OMNI_AUDIO_START_TOKEN,
    secondsPerChunk: 2,
  },
} as const satisfies Record<string, MropeOptions>;

/** Options from a spec's `positions mrope(...)` (the model's properties; options left out stay undefined). */
export function mropeOptionsFromSpec(src: Extract<PositionSpec, { kind: 'mrope' }>): MropeOptions {
  const options: MropeOptions = {
    spatialMerge: src.spatialMerge,
    video: src.video,
    tokensPerSecond: src.tokensPerSecond,
    imageToken: src.imageToken,
    videoToken: src.videoToken,
    visionStartToken: src.visionStartToken,
    audioToken: src.audioToken,
  };
  if (src.audioStartToken !== undefined) options.audioStartToken = src.audioStartToken;
  if (src.secondsPerChunk !== undefined) options.secondsPerChunk = src.secondsPerChunk;
  if (src.transformers !== undefined) options.transformers = src.transformers;
  if (src.padValue !== undefined) options.padValue = src.padValue;
  if (src.deltaLength !== undefined) options.deltaLength = src.deltaLength;
  if (src.secondPerGridAsInt !== undefined) options.secondPerGridAsInt = src.secondPerGridAsInt;
  if (src.clampDeltas !== undefined) options.clampDeltas = src.clampDeltas;
  return options;
}

/** Decode-time positions [3, n]: cache_position + ropeDelta on every axis. */
export function decodePositions(cachePosition: number | ArrayLike<number>, ropeDelta: number): Int32Array {
  const cps = typeof cachePosition === 'number' ? [cachePosition] : Array.from(cachePosition);
  if (!Number.isInteger(ropeDelta)) throw new RopeArgumentError(`ropeDelta: expected a whole number, got ${String(ropeDelta)}`);
  const n = cps.length;
  const out = new Int32Array(3 * n);
  cps.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0) throw new RopeArgumentError(`cachePosition[${i}]: expected a whole number ≥ 0, got ${String(c)}`);
    // Positions are int32: past its range the stored value would wrap.
    if (Math.abs(c + ropeDelta) > 2 ** 31 - 1) throw new RopeArgumentError(`cachePosition[${i}] + ropeDelta = ${c + ropeDelta} is outside the int32 range of positions`);
    for (let a = 0; a < 3; a++) out[a * n + i] = c + ropeDelta;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Options, shapes, grids

interface Config {
  merge: number;
  video: MropeVideoMode;
  tps: number;
  image: number;
  videoTok: number;
  visionStart: number;
  omni: boolean;
  audio: number;
  audioStart: number;
  useAudioInVideo: boolean;
  tokensPerChunk: number;
  padValue: number;
  deltaLength: 'padded' | 'unpadded';
  asInt: boolean;
  /** Qwen2/2.5/3-VL under transformers v5: blocks from mm_token_type_ids, text resumes at start + max(H, W). */
  v5: boolean;
  clampDeltas: boolean;
}

function wholeOption(name: string, v: number, min: number): number {
  if (!Number.isInteger(v) || v < min) throw new RopeArgumentError(`options.${name}: expected a whole number ≥ ${min}, got ${String(v)}`);
  return v;
}

function resolveOptions(o: MropeOptions): Config {
  const omni = o.audioToken !== undefined && o.audioToken !== null;
  const video = o.video ?? 'frames';
  if (!['frames', 'scaled', 'per_frame'].includes(video)) throw new RopeArgumentError(`options.video: expected 'frames', 'scaled' or 'per_frame', got ${String(video)}`);
  if (omni && video !== 'scaled') {
    throw new RopeArgumentError(`options.video: Qwen2.5-Omni (audioToken set) scales video time by position_id_per_seconds; use video 'scaled', got '${video}'`);
  }
  const tps = o.tokensPerSecond ?? (omni ? 25 : 2);
  if (!(typeof tps === 'number' && Number.isFinite(tps) && tps >= 0)) throw new RopeArgumentError(`options.tokensPerSecond: expected a number ≥ 0, got ${String(tps)}`);
  const secondsPerChunk = o.secondsPerChunk ?? 2;
  const tokensPerChunk = Math.trunc(tps * secondsPerChunk); // int(position_id_per_seconds * seconds_per_chunk)
  if (omni && o.useAudioInVideo && tokensPerChunk <= 0) {
    throw new RopeArgumentError(`options.secondsPerChunk: tokensPerSecond · secondsPerChunk must be ≥ 1, got ${tps} · ${secondsPerChunk}`);
  }
  const version = o.transformers ?? DEFAULT_TRANSFORMERS;
  if (!TRANSFORMERS_VERSIONS.includes(version)) {
    throw new RopeArgumentError(`options.transformers: expected ${TRANSFORMERS_VERSIONS.map((v) => `'${v}'`).join(', ')}, got ${String(version)}`);
  }
  // Qwen2.5-Omni's get_rope_index was not rewritten in v5: it keeps the v4.57 walk, padding and delta.
  const v5 = version !== 'v4_57' && !omni;
  const padValue = o.padValue ?? (v5 ? 0 : 1);
  if (!Number.isInteger(padValue)) throw new RopeArgumentError(`options.padValue: expected a whole number, got ${String(padValue)}`);
  const deltaLength = o.deltaLength ?? (omni || v5 ? 'unpadded' : 'padded');
  if (deltaLength !== 'padded' && deltaLength !== 'unpadded') throw new RopeArgumentError(`options.deltaLength: expected 'padded' or 'unpadded', got ${String(deltaLength)}`);
  const shared = sharedTokenId({
    image_token: o.imageToken ?? undefined, video_token: o.videoToken ?? undefined, vision_start_token: o.visionStartToken ?? undefined,
    audio_token: o.audioToken ?? undefined, audio_start_token: o.audioStartToken ?? undefined,
  });
  if (shared) {
    const option = (name: string) => `options.${name.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase())}`;
    throw new RopeArgumentError(`${option(shared.a)} and ${option(shared.b)} are both ${shared.id}${shared.defaults.length > 0 ? ` (${shared.defaults.map(option).join(' and ')}: the default)` : ''}: each special token needs its own id`);
  }
  return {
    merge: wholeOption('spatialMerge', o.spatialMerge ?? 2, 1),
    video,
    tps,
    image: o.imageToken ?? QWEN_IMAGE_TOKEN,
    videoTok: o.videoToken ?? QWEN_VIDEO_TOKEN,
    visionStart: o.visionStartToken ?? QWEN_VISION_START_TOKEN,
    omni,
    audio: o.audioToken ?? QWEN_OMNI_AUDIO_TOKEN,
    audioStart: o.audioStartToken ?? QWEN_OMNI_AUDIO_START_TOKEN,
    useAudioInVideo: omni && (o.useAudioInVideo ?? false),
    tokensPerChunk,
    padValue,
    deltaLength,
    asInt: o.secondPerGridAsInt ?? (v5 && version === 'v5_int_spg'),
    v5,
    clampDeltas: o.clampDeltas ?? (v5 && video === 'frames'),
  };
}

/** rope_delta = max + 1 − (padded or unpadded length), clamped at 0 where the version does. */
function ropeDelta(cfg: Config, max: number, seq: number, validLength: number): number {
  const d = max + 1 - (cfg.deltaLength === 'padded' ? seq : validLength);
  return cfg.clampDeltas ? Math.max(d, 0) : d;
}

interface Shape {
  batch: number;
  seq: number;
  /** Per row: padded indices of the valid tokens, in order. */
  valid: number[][];
  masked: boolean;
}

function checkShape(inputs: MropeInputs): Shape {
  const ids = inputs.inputIds;
  if (!Array.isArray(ids)) throw new RopeArgumentError('inputIds: expected batch × seq token ids');
  const batch = ids.length;
  const seq = batch > 0 ? ids[0].length : 0;
  ids.forEach((row, b) => {
    if (!Array.isArray(row) || row.length !== seq) throw new RopeArgumentError(`inputIds[${b}]: expected ${seq} tokens like row 0, got ${Array.isArray(row) ? row.length : typeof row}`);
    row.forEach((t, i) => {
      if (!Number.isInteger(t)) throw new RopeArgumentError(`inputIds[${b}][${i}]: expected a whole token id, got ${String(t)}`);
    });
  });
  if (batch > 0 && seq === 0) throw new RopeArgumentError('inputIds: rows are empty');
  const mask = inputs.attentionMask;
  if (mask !== undefined) {
    if (!Array.isArray(mask) || mask.length !== batch) {
      throw new RopeArgumentError(`attentionMask: expected shape [batch, seq] = [${batch}, ${seq}] like inputIds, got ${Array.isArray(mask) ? mask.length : typeof mask} rows`);
    }
    mask.forEach((row, b) => {
      if (!Array.isArray(row) || row.length !== seq) {
        throw new RopeArgumentError(`attentionMask[${b}]: expected ${seq} entries like inputIds[${b}], got ${Array.isArray(row) ? row.length : typeof row}`);
      }
      row.forEach((m, i) => {
        if (m !== 0 && m !== 1) throw new RopeArgumentError(`attentionMask[${b}][${i}]: expected 0 or 1, got ${String(m)}`);
      });
    });
  }
  const valid = ids.map((row, b) => {
    const v: number[] = [];
    for (let i = 0; i < seq; i++) if (!mask || mask[b][i] === 1) v.push(i);
    return v;
  });
  return { batch, seq, valid, masked: mask !== undefined };
}

/** A vision block's merged grid and its temporal scale, with a name for messages. */
interface BlockGrid {
  T: number;
  H: number;
  W: number;
  tScale: [number, number];
  label: string;
  token: number;
}

const blockLength = (g: BlockGrid) => g.T * g.H * g.W;
const f32 = Math.fround;

/**
 * A grid (t, h, w) of patches, whose t·(h/merge)·(w/merge) tokens must fit in the `tokens` of the
 * whole input (checked before any per-frame work: a grid of 2^24 frames over four tokens is refused
 * at once, not built).
 */
function checkGrid(name: string, g: unknown, merge: number, tokens: number): Thw {
  if (!Array.isArray(g) || g.length !== 3 || !g.every((x) => Number.isInteger(x) && x >= 1)) {
    throw new RopeArgumentError(`${name}: expected (t, h, w) whole numbers ≥ 1, got ${JSON.stringify(g)}`);
  }
  const [t, h, w] = g as Thw;
  if (h % merge !== 0 || w % merge !== 0) {
    throw new RopeArgumentError(`${name} = (${t}, ${h}, ${w}): h and w must be divisible by the spatial merge size ${merge}`);
  }
  const needs = t * (h / merge) * (w / merge);
  if (needs > tokens) throw new RopeArgumentError(`${name} = (${t}, ${h}, ${w}) holds t·(h/${merge})·(w/${merge}) = ${needs} tokens, more than the ${tokens} of inputIds`);
  return [t, h, w];
}

/** Grids consumed in order over the whole batch (transformers keeps one counter across rows). */
class GridCursor {
  private images: BlockGrid[] = [];
  private videos: BlockGrid[] = [];
  private imageAt = 0;
  private videoAt = 0;
  private audioAt = 0;

  constructor(private inputs: MropeInputs, private cfg: Config) {
    const m = cfg.merge;
    const tokens = (inputs.inputIds ?? []).reduce((n, row) => n + (Array.isArray(row) ? row.length : 0), 0);
    (inputs.imageGridThw ?? []).forEach((g, k) => {
      const [t, h, w] = checkGrid(`imageGridThw[${k}]`, g, m, tokens);
      // v4.57 Qwen2.5-VL gives images second_per_grid_t = 0 (t index 0 on every frame); v5 gives
      // them time_interval 1 (frame index), as Qwen2-VL and Qwen3-VL always do.
      const tScale: [number, number] = cfg.omni ? [1, cfg.tps] : cfg.video === 'scaled' && !cfg.v5 ? [0, cfg.tps] : [1, 1];
      this.images.push({ T: t, H: h / m, W: w / m, tScale, label: `image ${k} (imageGridThw[${k}])`, token: cfg.image });
    });
    const spg = inputs.secondPerGridTs;
    if (spg !== undefined) {
      spg.forEach((s, k) => {
        if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) throw new RopeArgumentError(`secondPerGridTs[${k}]: expected a number ≥ 0, got ${String(s)}`);
      });
    }
    (inputs.videoGridThw ?? []).forEach((g, k) => {
      const [t, h, w] = checkGrid(`videoGridThw[${k}]`, g, m, tokens);
      if (cfg.video === 'per_frame') {
        // Qwen3-VL: repeat_interleave by t, then t = 1: one block per frame, t index 0 in each.
        for (let f = 0; f < t; f++) {
          this.videos.push({ T: 1, H: h / m, W: w / m, tScale: [1, 1], label: `video ${k} frame ${f} (videoGridThw[${k}])`, token: cfg.videoTok });
        }
        return;
      }
      let tScale: [number, number] = [1, 1];
      if (cfg.video === 'scaled') {
        let s: number;
        if (spg === undefined) {
          if (cfg.omni) throw new RopeArgumentError(`secondPerGridTs: missing; Qwen2.5-Omni needs seconds per temporal grid step for every video`);
          s = 1.0; // Qwen2.5-VL's default when second_per_grid_ts is None
        } else {
          if (k >= spg.length) throw new RopeArgumentError(`secondPerGridTs: has ${spg.length} entries, but there are ${(inputs.videoGridThw ?? []).length} videos`);
          s = spg[k];
        }
        if (cfg.v5) {
          // v5 get_vision_position_ids: (arange(T) · time_interval).long() with time_interval =
          // tokens_per_second · second_per_grid_t, a float32 product (v5_int_spg: tokens_per_second
          // · int(second_per_grid_t), whole numbers).
          tScale = [cfg.asInt ? cfg.tps * Math.trunc(f32(s)) : f32(cfg.tps * f32(s)), 1];
        } else tScale = [cfg.asInt ? Math.trunc(f32(s)) : s, cfg.tps];
      }
      this.videos.push({ T: t, H: h / m, W: w / m, tScale, label: `video ${k} (videoGridThw[${k}])`, token: cfg.videoTok });
    });
  }

  nextImage(row: number, at: number): BlockGrid {
    const g = this.images[this.imageAt];
    if (!g) {
      throw new RopeArgumentError(`inputIds[${row}]: image block at token ${at} has no grid: imageGridThw has ${this.images.length} entries, all used by earlier blocks`);
    }
    this.imageAt++;
    return g;
  }

  nextVideo(row: number, at: number): BlockGrid {
    const g = this.videos[this.videoAt];
    if (!g) {
      const what = this.cfg.video === 'per_frame' ? 'video frame blocks (one per frame of every videoGridThw entry)' : 'entries';
      throw new RopeArgumentError(`inputIds[${row}]: video block at token ${at} has no grid: videoGridThw gives ${this.videos.length} ${what}, all used by earlier blocks`);
    }
    this.videoAt++;
    return g;
  }

  /** Omni: the LLM token count of the next audio; `counted` when no lengths were given. */
  nextAudio(row: number, at: number, counted: () => number): number {
    const k = this.audioAt++;
    const { audioLengths, audioFeatureLengths } = this.inputs;
    if (audioLengths !== undefined) {
      const n = audioLengths[k];
      if (n === undefined) throw new RopeArgumentError(`inputIds[${row}]: audio block at token ${at} has no length: audioLengths has ${audioLengths.length} entries`);
      if (!Number.isInteger(n) || n < 1) throw new RopeArgumentError(`audioLengths[${k}]: expected a whole number ≥ 1, got ${String(n)}`);
      return n;
    }
    if (audioFeatureLengths !== undefined) {
      const L = audioFeatureLengths[k];
      if (L === undefined) throw new RopeArgumentError(`inputIds[${row}]: audio block at token ${at} has no length: audioFeatureLengths has ${audioFeatureLengths.length} entries`);
      if (!Number.isInteger(L) || L < 1) throw new RopeArgumentError(`audioFeatureLengths[${k}]: expected a whole number ≥ 1, got ${String(L)}`);
      const n = Math.floor((Math.floor((L - 1) / 2) + 1 - 2) / 2) + 1;
      if (n < 1) throw new RopeArgumentError(`audioFeatureLengths[${k}] = ${L} gives ${n} audio tokens`);
      return n;
    }
    return counted();
  }
}

// ---------------------------------------------------------------------------------------------
// Block locator: which token starts which block (transformers' `input_tokens.index(id, st)` walk)

type QwenBlock = { ed: number; grid: BlockGrid };

type OmniEvent =
  | { kind: 'audio'; st: number; textLen: number; len: number }
  | { kind: 'vision'; st: number; textLen: number; grid: BlockGrid }
  | { kind: 'av'; st: number; textLen: number; grid: BlockGrid; audioLen: number };

function visionTokensAfterStarts(tokens: number[], cfg: Config, row: number, valid: number[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, k) => {
    if (t !== cfg.visionStart) return;
    if (k + 1 >= tokens.length) throw new RopeArgumentError(`inputIds[${row}]: vision_start at token ${valid[k]} is the last valid token; the token after it must say image or video`);
    out.push(tokens[k + 1]);
  });
  return out;
}

function findFrom(tokens: number[], id: number, st: number, row: number, what: string, valid: number[]): number {
  const k = tokens.indexOf(id, st);
  if (k < 0) {
    const from = st < valid.length ? `token ${valid[st]}` : 'the end';
    throw new RopeArgumentError(`inputIds[${row}]: a vision/audio start announces another ${what} block, but no ${what} token (${id}) follows ${from}`);
  }
  return k;
}

function checkBlockTokens(tokens: number[], ed: number, len: number, id: number, row: number, valid: number[], label: string): void {
  if (ed + len > tokens.length) {
    throw new RopeArgumentError(`inputIds[${row}]: ${label} starts at token ${valid[ed]} and needs ${len} tokens, but only ${tokens.length - ed} valid tokens remain: the block runs past the sequence end`);
  }
  for (let k = ed; k < ed + len; k++) {
    if (tokens[k] !== id) {
      throw new RopeArgumentError(`inputIds[${row}]: ${label} needs ${len} tokens of id ${id} from token ${valid[ed]}, but token ${valid[k]} is ${tokens[k]} (the grid and the token count disagree)`);
    }
  }
}

function locateQwenBlocks(tokens: number[], cfg: Config, cursor: GridCursor, row: number, valid: number[]): QwenBlock[] {
  const vt = visionTokensAfterStarts(tokens, cfg, row, valid);
  let remI = vt.filter((t) => t === cfg.image).length;
  let remV = vt.filter((t) => t === cfg.videoTok).length;
  const n = tokens.length;
  const hasI = tokens.includes(cfg.image);
  const hasV = tokens.includes(cfg.videoTok);
  const blocks: QwenBlock[] = [];
  let st = 0;
  for (let it = remI + remV; it > 0; it--) {
    const edI = hasI && remI > 0 ? findFrom(tokens, cfg.image, st, row, 'image', valid) : n + 1;
    const edV = hasV && remV > 0 ? findFrom(tokens, cfg.videoTok, st, row, 'video', valid) : n + 1;
    let ed: number;
    let grid: BlockGrid;
    if (edI < edV) {
      ed = edI;
      grid = cursor.nextImage(row, valid[ed]);
      remI--;
    } else {
      ed = edV;
      grid = cursor.nextVideo(row, valid[ed]);
      remV--;
    }
    checkBlockTokens(tokens, ed, blockLength(grid), grid.token, row, valid, grid.label);
    blocks.push({ ed, grid });
    st = ed + blockLength(grid);
  }
  return blocks;
}

/** A run of valid tokens of one modality (transformers v5: itertools.groupby over mm_token_type_ids). */
type V5Run = { start: number; length: number; grid: BlockGrid | null };

/** transformers v5: the modality of each valid token of row b, given or from the token ids. */
function tokenTypes(inputs: MropeInputs, cfg: Config, b: number, valid: number[], tokens: number[]): number[] {
  const given = inputs.mmTokenTypeIds;
  if (given === undefined) return tokens.map((t) => (t === cfg.image ? 1 : t === cfg.videoTok ? 2 : 0));
  return valid.map((i) => given[b][i]);
}

function checkTokenTypes(inputs: MropeInputs, batch: number, seq: number): void {
  const types = inputs.mmTokenTypeIds;
  if (types === undefined) return;
  if (!Array.isArray(types) || types.length !== batch) {
    throw new RopeArgumentError(`mmTokenTypeIds: expected shape [batch, seq] = [${batch}, ${seq}] like inputIds, got ${Array.isArray(types) ? types.length : typeof types} rows`);
  }
  types.forEach((row, b) => {
    if (!Array.isArray(row) || row.length !== seq) throw new RopeArgumentError(`mmTokenTypeIds[${b}]: expected ${seq} entries like inputIds[${b}], got ${Array.isArray(row) ? row.length : typeof row}`);
    row.forEach((x, i) => {
      if (x !== 0 && x !== 1 && x !== 2) throw new RopeArgumentError(`mmTokenTypeIds[${b}][${i}]: expected 0 (text), 1 (image) or 2 (video), got ${String(x)}`);
    });
  });
}

/**
 * transformers v5: runs of equal token type; each image (1) or video (2) run takes the next grid
 * of its kind and must hold exactly its T·H·W tokens (v5 would fail on the length mismatch).
 */
function locateV5Runs(types: number[], cursor: GridCursor, row: number, valid: number[]): V5Run[] {
  const runs: V5Run[] = [];
  for (let start = 0; start < types.length;) {
    let end = start + 1;
    while (end < types.length && types[end] === types[start]) end++;
    const length = end - start;
    if (types[start] === 0) runs.push({ start, length, grid: null });
    else {
      const grid = types[start] === 1 ? cursor.nextImage(row, valid[start]) : cursor.nextVideo(row, valid[start]);
      if (length !== blockLength(grid)) {
        throw new RopeArgumentError(`inputIds[${row}]: the run of ${types[start] === 1 ? 'image' : 'video'} tokens (mm_token_type_ids ${types[start]}) from token ${valid[start]} holds ${length} tokens, but ${grid.label} needs T·H·W = ${blockLength(grid)}`);
      }
      runs.push({ start, length, grid });
    }
    start = end;
  }
  return runs;
}

function countRun(tokens: number[], from: number, ids: number[], count: number): number {
  let n = 0;
  for (let k = from; k < tokens.length && ids.includes(tokens[k]); k++) if (tokens[k] === count) n++;
  return n;
}

function locateOmniEvents(tokens: number[], cfg: Config, cursor: GridCursor, row: number, valid: number[]): { events: OmniEvent[]; end: number } {
  const vt = visionTokensAfterStarts(tokens, cfg, row, valid);
  const audioNums = tokens.filter((t) => t === cfg.audioStart).length;
  const imageNums = vt.filter((t) => t === cfg.image).length;
  const videoNums = vt.filter((t) => t === (cfg.useAudioInVideo ? cfg.audioStart : cfg.videoTok)).length;
  let remI = imageNums;
  let remV = videoNums;
  let remA = audioNums;
  const n = tokens.length;
  const has = (id: number) => tokens.includes(id);
  const events: OmniEvent[] = [];
  let st = 0;
  const total = cfg.useAudioInVideo ? imageNums + audioNums : imageNums + videoNums + audioNums;
  const textBefore = (ed: number, starts: number, label: string) => {
    const textLen = ed - st - starts;
    if (textLen < 0) throw new RopeArgumentError(`inputIds[${row}]: ${label} at token ${valid[ed]} is not preceded by its ${starts === 2 ? 'vision_start and audio_start tokens' : 'start token'}`);
    return textLen;
  };
  for (let it = 0; it < total; it++) {
    const edI = has(cfg.image) && remI > 0 ? findFrom(tokens, cfg.image, st, row, 'image', valid) : n + 1;
    const edV = has(cfg.videoTok) && remV > 0 ? findFrom(tokens, cfg.videoTok, st, row, 'video', valid) : n + 1;
    const edA = has(cfg.audio) && remA > 0 ? findFrom(tokens, cfg.audio, st, row, 'audio', valid) : n + 1;
    const minEd = Math.min(edI, edV, edA);
    if (minEd > n) throw new RopeArgumentError(`inputIds[${row}]: a start token announces another block, but no image, video or audio token follows`);
    if (minEd === edA) {
      const textLen = textBefore(edA, 1, 'audio block');
      const len = cursor.nextAudio(row, valid[edA], () => countRun(tokens, edA, [cfg.audio], cfg.audio));
      checkBlockTokens(tokens, edA, len, cfg.audio, row, valid, 'audio block');
      events.push({ kind: 'audio', st, textLen, len });
      st += textLen + 1 + len + 1;
      remA--;
    } else if (minEd === edI) {
      const textLen = textBefore(edI, 1, 'image block');
      const grid = cursor.nextImage(row, valid[edI]);
      checkBlockTokens(tokens, edI, blockLength(grid), grid.token, row, valid, grid.label);
      events.push({ kind: 'vision', st, textLen, grid });
      st += textLen + 1 + blockLength(grid) + 1;
      remI--;
    } else if (!cfg.useAudioInVideo) {
      const textLen = textBefore(edV, 1, 'video block');
      const grid = cursor.nextVideo(row, valid[edV]);
      checkBlockTokens(tokens, edV, blockLength(grid), grid.token, row, valid, grid.label);
      events.push({ kind: 'vision', st, textLen, grid });
      st += textLen + 1 + blockLength(grid) + 1;
      remV--;
    } else {
      const textLen = textBefore(edV, 2, 'video-with-audio block');
      const grid = cursor.nextVideo(row, valid[edV]);
      const audioLen = cursor.nextAudio(row, valid[edV], () => countRun(tokens, edV, [cfg.videoTok, cfg.audio], cfg.audio));
      const len = blockLength(grid) + audioLen;
      if (edV + len > n) {
        throw new RopeArgumentError(`inputIds[${row}]: ${grid.label} with its audio starts at token ${valid[edV]} and needs ${len} tokens, but only ${n - edV} valid tokens remain: the block runs past the sequence end`);
      }
      const nv = tokens.slice(edV, edV + len).filter((t) => t === cfg.videoTok).length;
      const na = tokens.slice(edV, edV + len).filter((t) => t === cfg.audio).length;
      if (nv !== blockLength(grid) || na !== audioLen) {
        throw new RopeArgumentError(`inputIds[${row}]: ${grid.label} with audio needs ${blockLength(grid)} video and ${audioLen} audio tokens from token ${valid[edV]}, found ${nv} and ${na}`);
      }
      events.push({ kind: 'av', st, textLen, grid, audioLen });
      st += textLen + 2 + len + 2;
      remV--;
      remA--;
    }
  }
  if (st > n) throw new RopeArgumentError(`inputIds[${row}]: the last block's end token lies past the sequence end (blocks need ${st} valid tokens, the row has ${n})`);
  return { events, end: st };
}

/** transformers' get_chunked_index: [start, end) slices of `values − remove` by chunks of `perChunk`. */
export function chunkedIndex(values: ArrayLike<number>, perChunk: number, remove: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let chunk = 1;
  for (let i = 0; i < values.length; i++) {
    if (values[i] - remove >= chunk * perChunk) {
      out.push([start, i]);
      start = i;
      chunk++;
    }
  }
  out.push([start, values.length]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. The transliteration: chunks of [3, n] positions, st_idx = last chunk's max + 1

interface Chunk {
  t: number[];
  h: number[];
  w: number[];
}

function chunkMax(c: Chunk): number {
  let m = -Infinity;
  for (const axis of [c.t, c.h, c.w]) for (const v of axis) if (v > m) m = v;
  if (m === -Infinity) throw new Error('internal: max of an empty position chunk');
  return m;
}

function arangeChunk(len: number, st: number): Chunk {
  const a = Array.from({ length: len }, (_, k) => k + st);
  return { t: a, h: [...a], w: [...a] };
}

function visionChunk(g: BlockGrid, st: number): Chunk {
  const c: Chunk = { t: [], h: [], w: [] };
  for (let f = 0; f < g.T; f++) {
    const tf = gridTimeIndex(f, g.tScale);
    for (let h = 0; h < g.H; h++) {
      for (let w = 0; w < g.W; w++) {
        c.t.push(tf + st);
        c.h.push(h + st);
        c.w.push(w + st);
      }
    }
  }
  return c;
}

const slice = (c: Chunk, a: number, b: number): Chunk => ({ t: c.t.slice(a, b), h: c.h.slice(a, b), w: c.w.slice(a, b) });

function chunksQwen(tokens: number[], blocks: QwenBlock[]): Chunk[] {
  const list: Chunk[] = [];
  const stIdx = () => (list.length > 0 ? chunkMax(list[list.length - 1]) + 1 : 0);
  let st = 0;
  for (const { ed, grid } of blocks) {
    const textLen = ed - st;
    const s = stIdx();
    list.push(arangeChunk(textLen, s));
    list.push(visionChunk(grid, textLen + s));
    st = ed + blockLength(grid);
  }
  if (st < tokens.length) list.push(arangeChunk(tokens.length - st, stIdx()));
  return list;
}

/** transformers v5: text counts on from current_pos; a block starts at it and moves it by max(H, W). */
function chunksV5(runs: V5Run[]): Chunk[] {
  const list: Chunk[] = [];
  let currentPos = 0;
  for (const { length, grid } of runs) {
    if (grid === null) {
      list.push(arangeChunk(length, currentPos));
      currentPos += length;
    } else {
      list.push(visionChunk(grid, currentPos));
      currentPos += Math.max(grid.H, grid.W);
    }
  }
  return list;
}

function chunksOmni(tokens: number[], events: OmniEvent[], end: number, cfg: Config): Chunk[] {
  const list: Chunk[] = [];
  const stIdx = () => (list.length > 0 ? chunkMax(list[list.length - 1]) + 1 : 0);
  for (const e of events) {
    if (e.textLen !== 0) list.push(arangeChunk(e.textLen, stIdx()));
    if (e.kind === 'audio') {
      list.push(arangeChunk(1, stIdx()));
      list.push(arangeChunk(e.len, stIdx()));
      list.push(arangeChunk(1, stIdx()));
    } else if (e.kind === 'vision') {
      list.push(arangeChunk(1, stIdx()));
      list.push(visionChunk(e.grid, stIdx()));
      list.push(arangeChunk(1, stIdx()));
    } else {
      const b = stIdx();
      list.push(arangeChunk(1, b));
      list.push(arangeChunk(1, b));
      const s = stIdx();
      const audio = arangeChunk(e.audioLen, s);
      const video = visionChunk(e.grid, s);
      const vc = chunkedIndex(video.t, cfg.tokensPerChunk, s);
      const ac = chunkedIndex(audio.t, cfg.tokensPerChunk, s);
      for (let j = 0; j < Math.max(vc.length, ac.length); j++) {
        if (j < vc.length) list.push(slice(video, vc[j][0], vc[j][1]));
        if (j < ac.length) list.push(slice(audio, ac[j][0], ac[j][1]));
      }
      const q = stIdx();
      list.push(arangeChunk(1, q));
      list.push(arangeChunk(1, q));
    }
  }
  if (end < tokens.length) list.push(arangeChunk(tokens.length - end, stIdx()));
  return list;
}

/** M-RoPE positions [3, batch, seq] and per-row rope deltas, as transformers' get_rope_index. */
export function buildMropePositions(inputs: MropeInputs, options: MropeOptions = {}): MropeResult {
  const cfg = resolveOptions(options);
  const { batch, seq, valid } = checkShape(inputs);
  const positions = new Int32Array(3 * batch * seq);
  const ropeDeltas: number[] = [];
  const at = (a: number, b: number, i: number) => (a * batch + b) * seq + i;
  const vision = inputs.imageGridThw !== undefined || inputs.videoGridThw !== undefined;
  if (cfg.v5) checkTokenTypes(inputs, batch, seq);
  else if (!vision) {
    // v4.57 text-only branch: cumsum(mask) − 1, padded positions = padValue; max over the whole row.
    // (v5 has no such branch: its get_rope_index walks text runs like any other.)
    for (let b = 0; b < batch; b++) {
      const row = new Array<number>(seq).fill(cfg.padValue);
      valid[b].forEach((i, k) => (row[i] = k));
      const max = Math.max(...row);
      for (let a = 0; a < 3; a++) for (let i = 0; i < seq; i++) positions[at(a, b, i)] = row[i];
      ropeDeltas.push(ropeDelta(cfg, max, seq, valid[b].length));
    }
    return { positions, batch, seq, ropeDeltas };
  }
  const cursor = new GridCursor(inputs, cfg);
  for (let b = 0; b < batch; b++) {
    const v = valid[b];
    if (v.length === 0) throw new RopeArgumentError(`attentionMask[${b}]: the row has no valid tokens`);
    const tokens = v.map((i) => inputs.inputIds[b][i]);
    let list: Chunk[];
    if (cfg.omni) {
      const { events, end } = locateOmniEvents(tokens, cfg, cursor, b, v);
      list = chunksOmni(tokens, events, end, cfg);
    } else if (cfg.v5) {
      list = chunksV5(locateV5Runs(tokenTypes(inputs, cfg, b, v, tokens), cursor, b, v));
    } else {
      list = chunksQwen(tokens, locateQwenBlocks(tokens, cfg, cursor, b, v));
    }
    const t = list.flatMap((c) => c.t);
    const h = list.flatMap((c) => c.h);
    const w = list.flatMap((c) => c.w);
    if (t.length !== v.length) throw new Error(`internal: ${t.length} positions for ${v.length} valid tokens in row ${b}`);
    for (let a = 0; a < 3; a++) for (let i = 0; i < seq; i++) positions[at(a, b, i)] = cfg.padValue;
    // The positions tensor holds int32 (as every kernel's positions do): a larger value would wrap.
    [t, h, w].forEach((axis, a) => {
      const x = axis.find((y) => !(y >= -(2 ** 31) && y < 2 ** 31));
      if (x !== undefined) throw new RopeArgumentError(`row ${b}: ${'thw'[a]} positions reach ${x}, outside the int32 range of the position tensor; a video's second_per_grid_ts × tokens_per_second (or a grid size) is too large`);
    });
    let max = -Infinity;
    v.forEach((i, k) => {
      positions[at(0, b, i)] = t[k];
      positions[at(1, b, i)] = h[k];
      positions[at(2, b, i)] = w[k];
      max = Math.max(max, t[k], h[k], w[k]);
    });
    ropeDeltas.push(ropeDelta(cfg, max, seq, v.length));
  }
  return { positions, batch, seq, ropeDeltas };
}

// ---------------------------------------------------------------------------------------------
// 2. The segment table: the running maximum in closed form

/** Largest of max(t(f), h, w) over row-major indices a … b−1 of a grid. */
function gridSliceMax(g: BlockGrid, a: number, b: number): number {
  const hw = g.H * g.W;
  if (b - a >= hw) {
    // covers at least one whole frame: every h and w occur; t is non-decreasing in f
    return Math.max(gridTimeIndex(Math.floor((b - 1) / hw), g.tScale), g.H - 1, g.W - 1);
  }
  let m = -Infinity;
  for (let k = a; k < b; k++) {
    const f = Math.floor(k / hw);
    const r = k - f * hw;
    m = Math.max(m, gridTimeIndex(f, g.tScale), Math.floor(r / g.W), r % g.W);
  }
  return m;
}

function gridSegment(start: number, length: number, base: number, g: BlockGrid, offset = 0): PositionSegment {
  return { kind: 'grid', start, length, base: [base, base, base], grid: [g.T, g.H, g.W], offset, tScale: [g.tScale[0], g.tScale[1]] };
}

/** Per-row segment tables (over the padded rows) and rope deltas; equal to buildMropePositions. */
export function buildMropeSegmentTables(inputs: MropeInputs, options: MropeOptions = {}): MropeTables {
  const cfg = resolveOptions(options);
  const { batch, seq, valid } = checkShape(inputs);
  const tables: SegmentTable[] = [];
  const ropeDeltas: number[] = [];
  const finish = (compact: PositionSegment[], v: number[], max: number) => {
    tables.push({ length: seq, axes: 3, segments: spreadOverMask(compact, v, seq, cfg.padValue) });
    ropeDeltas.push(ropeDelta(cfg, max, seq, v.length));
  };
  const vision = inputs.imageGridThw !== undefined || inputs.videoGridThw !== undefined;
  if (cfg.v5) checkTokenTypes(inputs, batch, seq);
  else if (!vision) {
    for (let b = 0; b < batch; b++) {
      const v = valid[b];
      const compact: PositionSegment[] = v.length > 0 ? [{ kind: 'text', start: 0, length: v.length, base: 0 }] : [];
      // this branch takes the max over the whole row, padding included
      const max = Math.max(v.length - 1, v.length < seq ? cfg.padValue : -Infinity);
      finish(compact, v, max);
    }
    return { tables, ropeDeltas };
  }
  const cursor = new GridCursor(inputs, cfg);
  for (let b = 0; b < batch; b++) {
    const v = valid[b];
    if (v.length === 0) throw new RopeArgumentError(`attentionMask[${b}]: the row has no valid tokens`);
    const tokens = v.map((i) => inputs.inputIds[b][i]);
    const segs: PositionSegment[] = [];
    let next = 0; // position the next text token gets
    let max = -Infinity;
    const text = (start: number, length: number) => {
      if (length <= 0) return;
      segs.push({ kind: 'text', start, length, base: next });
      next += length;
      max = Math.max(max, next - 1);
    };
    if (cfg.omni) {
      const { events, end } = locateOmniEvents(tokens, cfg, cursor, b, v);
      for (const e of events) {
        let at = e.st;
        text(at, e.textLen);
        at += e.textLen;
        if (e.kind === 'audio' || e.kind === 'vision') {
          text(at, 1); // start token
          at += 1;
          if (e.kind === 'audio') {
            text(at, e.len);
            at += e.len;
          } else {
            const len = blockLength(e.grid);
            segs.push(gridSegment(at, len, next, e.grid));
            const m = next + gridSliceMax(e.grid, 0, len);
            max = Math.max(max, m);
            next = m + 1;
            at += len;
          }
          text(at, 1); // end token
        } else {
          // two start tokens at one position, then video and audio chunks interleaved
          segs.push({ kind: 'const', start: at, length: 2, value: next });
          max = Math.max(max, next);
          next += 1;
          at += 2;
          const s = next;
          const g = e.grid;
          const vt = Array.from({ length: blockLength(g) }, (_, k) => gridTimeIndex(Math.floor(k / (g.H * g.W)), g.tScale) + s);
          const vc = chunkedIndex(vt, cfg.tokensPerChunk, s);
          const ac = chunkedIndex(Array.from({ length: e.audioLen }, (_, k) => k + s), cfg.tokensPerChunk, s);
          let lastMax = s - 1;
          for (let j = 0; j < Math.max(vc.length, ac.length); j++) {
            if (j < vc.length && vc[j][1] > vc[j][0]) {
              const [x, y] = vc[j];
              segs.push(gridSegment(at, y - x, s, g, x));
              lastMax = s + gridSliceMax(g, x, y);
              max = Math.max(max, lastMax);
              at += y - x;
            }
            if (j < ac.length && ac[j][1] > ac[j][0]) {
              const [x, y] = ac[j];
              segs.push({ kind: 'text', start: at, length: y - x, base: s + x });
              lastMax = s + y - 1;
              max = Math.max(max, lastMax);
              at += y - x;
            }
          }
          // both end tokens sit at (last chunk's max) + 1 — not necessarily the largest so far
          next = lastMax + 1;
          segs.push({ kind: 'const', start: at, length: 2, value: next });
          max = Math.max(max, next);
          next += 1;
        }
      }
      text(end, tokens.length - end);
    } else if (cfg.v5) {
      for (const { start, length, grid } of locateV5Runs(tokenTypes(inputs, cfg, b, v, tokens), cursor, b, v)) {
        if (grid === null) {
          text(start, length);
          continue;
        }
        // the block's max is over t(f), h and w; text resumes at its start + max(H, W), which can be
        // below that max (a long video) — as v5 computes it
        segs.push(gridSegment(start, length, next, grid));
        max = Math.max(max, next + Math.max(gridTimeIndex(grid.T - 1, grid.tScale), grid.H - 1, grid.W - 1));
        next += Math.max(grid.H, grid.W);
      }
    } else {
      let st = 0;
      for (const { ed, grid } of locateQwenBlocks(tokens, cfg, cursor, b, v)) {
        text(st, ed - st);
        const len = blockLength(grid);
        segs.push(gridSegment(ed, len, next, grid));
        const m = next + Math.max(gridTimeIndex(grid.T - 1, grid.tScale), grid.H - 1, grid.W - 1);
        max = Math.max(max, m);
        next = m + 1;
        st = ed + len;
      }
      text(st, tokens.length - st);
    }
    finish(mergeText(segs), v, max);
  }
  return { tables, ropeDeltas };
}

/** Joins text segments that continue one another (same run of positions). */
function mergeText(segs: PositionSegment[]): PositionSegment[] {
  const out: PositionSegment[] = [];
  for (const s of segs) {
    const p = out[out.length - 1];
    if (p && p.kind === 'text' && s.kind === 'text' && p.start + p.length === s.start && p.base + p.length === s.base) {
      out[out.length - 1] = { ...p, length: p.length + s.length };
    } else out.push(s);
  }
  return out;
}
