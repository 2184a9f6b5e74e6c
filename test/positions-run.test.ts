// `ropec run` with fused (segment-table) mrope / timeline specs through the CLI: --sequence builds
// the table from the JSON of `ropec positions`; --positions still works (the tensor becomes a table);
// both give the same numbers as the `tensor` twin of the spec reading `ropec positions`' output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNpy, writeNpy } from '../src/npy.js';
import { specSource } from './support/fused-cases.js';
import { ensureDist } from './support/dist.js';

let dir: string;
const cli = (...args: string[]) => spawnSync('node', ['dist/src/cli.js', ...args], { encoding: 'utf8' });
const read = (p: string) => Array.from(parseNpy(readFileSync(p), p).data as Float32Array);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ropec-fused-run-'));
  ensureDist();
}, 120_000);

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const VS = 151652;
const VE = 151653;
const IMG = 151655;
const VID = 151656;
const A = 151646;
const AS = 151647;
const AE = 151648;
const run = (id: number, n: number) => new Array<number>(n).fill(id);

const cases = [
  {
    // v5 (the default): a left-padded batch; row 1's 3-frame video ends above where text resumes
    variant: 'frames' as const,
    name: 'frames',
    extra: '',
    tokens: 28,
    sequence: {
      input_ids: [[0, 0, 0, 0, 0, 21, VS, ...run(IMG, 4), VE, 22, 23], [11, 12, VS, ...run(IMG, 4), VE, VS, ...run(VID, 3), VE, 13]],
      attention_mask: [[0, 0, 0, 0, 0, ...run(1, 9)], run(1, 14)],
      image_grid_thw: [[1, 4, 4], [1, 4, 4]], video_grid_thw: [[3, 2, 2]],
    },
  },
  {
    // v5 with integer second_per_grid_t, fractional seconds per grid, right padding
    variant: 'scaled' as const,
    name: 'scaled_int_spg',
    extra: 'transformers v5_int_spg',
    tokens: 17,
    sequence: {
      input_ids: [[11, VS, ...run(VID, 4), VE, 12, VS, ...run(VID, 4), VE, 13, 0, 0]],
      attention_mask: [[...run(1, 15), 0, 0]],
      video_grid_thw: [[4, 2, 2], [4, 2, 2]], second_per_grid_ts: [0.5, 1.5],
    },
  },
  {
    // Omni audio in video, 52 audio ids over two 2-second chunks (use_audio_in_video in the JSON)
    variant: 'omni' as const,
    name: 'omni_audio_in_video',
    extra: '',
    tokens: 61,
    sequence: {
      input_ids: [[1, VS, AS, VID, VID, ...run(A, 50), VID, A, A, AE, VE, 2]],
      video_grid_thw: [[3, 2, 2]], second_per_grid_ts: [1], audio_lengths: [52], use_audio_in_video: true,
    },
  },
  {
    variant: 'scaled' as const,
    name: 'scaled',
    extra: 'transformers v4_57',
    tokens: 14,
    sequence: {
      input_ids: [[1, 2, 151652, 151656, 151656, 151656, 151656, 151656, 151656, 151653, 3, 4, 5, 6]],
      video_grid_thw: [[3, 2, 4]], second_per_grid_ts: [0.7],
    },
  },
  {
    variant: 'timeline' as const,
    name: 'timeline',
    extra: '',
    tokens: 10,
    sequence: { seq_len: 10, segments: [{ kind: 'text', start: 0, end: 2, time: 0.5 },
      { kind: 'video', start: 2, end: 10, patches_per_frame: 4, frame_times: { n: 2, start: 2.0, interval: 0.5 } }] },
  },
];

describe.each(cases)('ropec run, fused $name spec', ({ variant, name, extra, tokens, sequence }) => {
  it.each(['interp', 'ts', 'wgsl', 'cuda'])('backend %s: --sequence == --positions == the tensor twin', (backend) => {
    const fused = write(`${name}.rope`, specSource(variant, 'thd', false, 'f32', extra));
    const twin = write(`${name}_t.rope`, specSource(variant, 'thd', true, 'f32', extra));
    const seq = write(`${name}.json`, JSON.stringify(sequence));
    const pos = join(dir, `${name}_p.npy`);
    expect(cli('positions', fused, '--input', seq, '--out', pos).status).toBe(0);
    let x = 1;
    const rnd = () => ((x = (x * 48271) % 2147483647) / 2147483647) * 2 - 1;
    const q = write('q.npy', '');
    const k = write('k.npy', '');
    writeFileSync(q, writeNpy('<f4', [tokens, 2, 16], Float32Array.from({ length: tokens * 32 }, rnd)));
    writeFileSync(k, writeNpy('<f4', [tokens, 1, 16], Float32Array.from({ length: tokens * 16 }, rnd)));
    const outs = [['--sequence', seq, fused], ['--positions', pos, fused], ['--positions', pos, twin]].map(([flag, file, spec], i) => {
      const out = join(dir, `${name}-${backend}-${i}`);
      const r = cli('run', spec, '--backend', backend, '--q', q, '--k', k, flag, file, '--out', out, '--compare', 'interp');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/q: max abs error .* — ok/);
      return [read(join(out, 'q.npy')), read(join(out, 'k.npy'))];
    });
    expect(outs[0]).toEqual(outs[2]);
    expect(outs[1]).toEqual(outs[2]);
  }, 300_000);
});

describe('ropec run, fused spec errors', () => {
  it('no --sequence or --positions, a sequence of the wrong length, --sequence on an index spec', () => {
    const fused = write('e.rope', specSource('frames', 'thd', false));
    const q = join(dir, 'eq.npy');
    const k = join(dir, 'ek.npy');
    writeFileSync(q, writeNpy('<f4', [3, 2, 16], new Float32Array(96)));
    writeFileSync(k, writeNpy('<f4', [3, 1, 16], new Float32Array(48)));
    const out = join(dir, 'eout');
    let r = cli('run', fused, '--q', q, '--k', k, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/evaluates mrope positions from a segment table: give --sequence seq.json/);
    const seq = write('e.json', JSON.stringify({ input_ids: [[1, 2, 3, 4]] }));
    r = cli('run', fused, '--q', q, '--k', k, '--sequence', seq, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the sequence has 1 row\(s\) of 4 tokens; q and k have tokens = 3/);
    r = cli('run', 'test/fixtures/run/tiny.rope', '--q', 'test/fixtures/run/q.npy', '--k', 'test/fixtures/run/k.npy', '--sequence', seq, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/spec tiny has tensor positions; --sequence applies to mrope \/ timeline specs/);
  });
});
