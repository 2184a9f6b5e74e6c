// Issue 21's examples, each as a test through the CLI's main() in-process: inputs checked where
// they enter (keys, integers, counts, shapes, limits), no command writes over its inputs or leaves
// part of its output, errors name the path and the cause with their own exit code, and builds do
// not depend on the path given.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeNpy } from '../src/npy.js';
import { runMain } from './support/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ropec-hostile-'));
});

function write(name: string, contents: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, contents);
  return p;
}

const spec = (name: string, positions: string, kernel = '[tokens, heads, dim]') => `rope ${name} {
  head_dim 8
  style half
  frequencies base 10000
  positions ${positions}
  kernel {
    q heads 2
    k heads 1
    layout ${kernel}
    dtype f32
  }
}
`;

/** A spec and q, k of `tokens` tokens in its folder. */
function runCase(positions: string, tokens = 5) {
  const ropePath = write('s.rope', spec('s', positions));
  const q = write('q.npy', writeNpy('<f4', [tokens, 2, 8], Float32Array.from({ length: tokens * 16 }, (_, i) => Math.sin(i))));
  const k = write('k.npy', writeNpy('<f4', [tokens, 1, 8], Float32Array.from({ length: tokens * 8 }, (_, i) => Math.cos(i))));
  return { rope: ropePath, q, k, base: [ropePath, '--q', q, '--k', k] };
}

const snapshot = () => Object.fromEntries(readdirSync(dir).map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f)).toString('base64') : '']));

describe('item 1: every number, name and shape a user gives is checked where it enters', () => {
  it('--sizes with a typo is an error with a did-you-mean', async () => {
    const { base } = runCase('index + offset');
    for (const typo of ['ofset=5', 'offst=7']) {
      const r = await runMain('run', ...base, '--out', join(dir, 'out'), '--sizes', typo);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/unknown key "of+st?e?t?".*did you mean "offset"/);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });

  it('--sizes past 2^53, a repeated key, and a sizes-file offset of 1e300 or "7" are errors', async () => {
    const { base } = runCase('index + offset');
    const out = join(dir, 'out');
    let r = await runMain('run', ...base, '--out', out, '--sizes', 'offset=9007199254740993');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/offset = 9007199254740993 is past 2\^53/);
    r = await runMain('run', ...base, '--out', out, '--sizes', 'offset=1,offset=2');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/offset is given twice/);
    for (const value of ['1e300', '"7"', '1.5']) {
      const file = write('sizes.json', `{"offset": ${value}}`);
      r = await runMain('run', ...base, '--out', out, '--sizes-file', file);
      expect(r.status, value).toBe(2);
      expect(r.stderr).toMatch(/offset must be a whole number below 2\^53/);
    }
    r = await runMain('run', ...base, '--out', out, '--sizes-file', write('sizes2.json', '{"offset": 1, "offset": 2}'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"offset" is given twice/);
    expect(existsSync(out)).toBe(false);
  });

  it('run refuses mrope positions of shape (5, 3) where (3, 5) is needed', async () => {
    const ropePath = write('m.rope', spec('m', 'mrope(spatial_merge 2, video frames) tensor').replace('  positions', '  axes sectioned [t 2, h 1, w 1]\n  positions'));
    const { q, k } = runCase('index');
    const wrong = write('p.npy', writeNpy('<i4', [5, 3], new Int32Array(15)));
    const r = await runMain('run', ropePath, '--q', q, '--k', k, '--positions', wrong, '--out', join(dir, 'out'));
    expect(r.stderr).toMatch(/positions must have shape \[3, tokens\] = \(3, 5\).*got \(5, 3\)/);
    expect(r.status).toBe(1);
    const right = write('p2.npy', writeNpy('<i4', [3, 5], new Int32Array(15)));
    expect((await runMain('run', ropePath, '--q', q, '--k', k, '--positions', right, '--out', join(dir, 'out'))).status).toBe(0);
  });

  it('positions: "offset": "7" and 1e300, unknown and repeated keys, cu_seqlens [0, 2, 1, 3] are errors', async () => {
    const index = write('i.rope', spec('i', 'index + offset'));
    const packed = write('p.rope', spec('p', 'index packed'));
    const cases: [string, string, RegExp][] = [
      [index, '{"seq": 4, "offset": "7"}', /"offset" must be a whole number.*got "7"/],
      [index, '{"seq": 4, "offset": 1e300}', /"offset" must be a whole number.*got 1e\+300/],
      [index, '{"seq": 4, "ofset": 5}', /unknown key "ofset" — did you mean "offset"/],
      [index, '{"seq": 4, "seq": 5}', /"seq" is given twice/],
      [packed, '{"cu_seqlens": [0, 2, 1, 3]}', /"cu_seqlens" must not decrease: cu_seqlens\[2\] = 1 < cu_seqlens\[1\] = 2/],
    ];
    for (const [ropePath, json, message] of cases) {
      const r = await runMain('positions', ropePath, '--input', write('in.json', json), '--out', join(dir, 'pos.npy'));
      expect(r.status, json).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(join(dir, 'pos.npy'))).toBe(false);
    }
  });

  it('positions: "seq": -3, 1e10, "batch": 1e9 and a 1e9-frame time line are refused at once', async () => {
    const index = write('i.rope', spec('i', 'index'));
    const timeline = write('t.rope', spec('t', 'timeline'));
    const cases: [string, string, RegExp][] = [
      [index, '{"seq": -3}', /"seq" must be a whole number of tokens per sequence, ≥ 0/],
      [index, '{"seq": 1e10}', /"seq" must be a whole number of tokens per sequence, ≥ 0 and ≤ 16777216, got 10000000000/],
      [index, '{"seq": 4, "batch": 1e9}', /"batch" must be a whole number ≥ 1 and ≤ 16777216/],
      [index, '{"seq": 16777216, "batch": 2}', /33554432 tokens is more than the 16777216/],
      [timeline, JSON.stringify({ seq_len: 10, segments: [{ kind: 'video', start: 0, end: 10, patches_per_frame: 1, frame_times: { n: 1e9, start: 0, interval: 1 } }] }),
        /frame_times.n" must be a whole number of frames, ≥ 0 and ≤ 16777216/],
    ];
    for (const [ropePath, json, message] of cases) {
      const started = performance.now();
      const r = await runMain('positions', ropePath, '--input', write('in.json', json), '--out', join(dir, 'pos.npy'));
      expect(r.status, json).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('positions: M-RoPE times past the int32 range are refused (second_per_grid_ts 1e9 wrapped a frame negative)', async () => {
    const json = (spg: number) => JSON.stringify({ input_ids: [[1, 151652, 151656, 151656, 151656, 151653, 7]], video_grid_thw: [[3, 2, 2]], second_per_grid_ts: [spg] });
    for (const spg of [1e9, 1e30]) {
      const r = await runMain('positions', resolve('spec/qwen2_5_vl_7b.rope'), '--input', write('in.json', json(spg)), '--out', join(dir, 'pos.npy'));
      expect(r.status, `${spg}`).toBe(1);
      expect(r.stderr).toMatch(/row 0: t positions reach \S+, outside the int32 range of the position tensor/);
      expect(existsSync(join(dir, 'pos.npy'))).toBe(false);
    }
    // 2 seconds a grid step is well inside: written.
    expect((await runMain('positions', resolve('spec/qwen2_5_vl_7b.rope'), '--input', write('in.json', json(2)), '--out', join(dir, 'pos.npy'))).status).toBe(0);
  });

  it('import: "text_config": 5 and a repeated key are errors; nothing is written', async () => {
    const base = '"model_type": "llama", "head_dim": 64, "rope_theta": 10000, "num_attention_heads": 4';
    for (const [json, message] of [[`{${base}, "text_config": 5}`, /text_config: expected an object \(a nested config\), got 5/],
      [`{${base}, "rope_theta": 500000}`, /"rope_theta" is given twice/]] as const) {
      const r = await runMain('import', write('config.json', json), '-o', join(dir, 'x.rope'));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(join(dir, 'x.rope'))).toBe(false);
    }
  });

  it('JSON inputs nested 5000 deep are one message each, not a stack overflow (exit 4)', async () => {
    const deep = (key: string) => `{"${key}": ${'['.repeat(5000)}0${']'.repeat(5000)}}`;
    const { base } = runCase('index + offset');
    let r = await runMain('run', ...base, '--out', join(dir, 'out'), '--sizes-file', write('sizes.json', deep('offset')));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/arrays and objects nest more than 64 levels deep at offset\[0\]/);
    r = await runMain('positions', write('i.rope', spec('i', 'index')), '--input', write('in.json', deep('seq')), '--out', join(dir, 'pos.npy'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nest more than 64 levels deep at seq\[0\]/);
    expect(r.stderr).not.toMatch(/internal|Maximum call stack/);
    // 64 levels are read (and then refused for what they hold, not for their depth).
    r = await runMain('positions', write('i.rope', spec('i', 'index')), '--input', write('in.json', `{"seq": ${'['.repeat(63)}4${']'.repeat(63)}}`), '--out', join(dir, 'pos.npy'));
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/levels deep/);
  });

  it('nesting 1000 deep and a 10 MB line are one diagnostic each, quickly, not a crash', async () => {
    const deep = write('deep.rope', `rope a {\n  head_dim 8\n  positions ${'f('.repeat(1000)}${')'.repeat(1000)}\n}\n`);
    let r = await runMain('check', deep);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error RP005: brackets nested 33 deep; a spec may nest at most 32 levels/);
    expect(r.stderr).not.toMatch(/internal|Maximum call stack/);
    const started = performance.now();
    const long = write('long.rope', `rope a {\n  head_dim 8\n  # ${'x'.repeat(10_000_000)}\n}\n`);
    r = await runMain('check', long);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error RL004: the file has 10000\d\d\d characters; a spec may have at most 1000000/);
    const wide = write('wide.rope', `rope a {\n  head_dim 8\n  # ${'x'.repeat(20_000)}\n}\n`);
    r = await runMain('check', wide);
    expect(r.stderr).toMatch(/wide.rope:3:1: error RL005: this line has 20004 characters/);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('item 3: nothing lost', () => {
  it('run --out over the folder of q.npy and k.npy is refused; the inputs are untouched', async () => {
    const { base } = runCase('index');
    const before = snapshot();
    const r = await runMain('run', ...base, '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/q.npy would overwrite the input .*q.npy/);
    expect(snapshot()).toEqual(before);
  });

  it('positions --out onto its input JSON or spec, and --out p.npy --deltas p.npy, are refused', async () => {
    const mrope = write('m.rope', spec('m', 'mrope(spatial_merge 2, video frames)').replace('  positions', '  axes sectioned [t 2, h 1, w 1]\n  positions'));
    const input = write('in.json', '{"input_ids": [[1, 2, 3]]}');
    const before = snapshot();
    for (const extra of [['--out', input], ['--out', mrope], ['--out', join(dir, 'p.npy'), '--deltas', join(dir, 'p.npy')]]) {
      const r = await runMain('positions', mrope, '--input', input, ...extra);
      expect(r.status, extra.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/would overwrite the input|given as two outputs/);
      expect(snapshot()).toEqual(before);
    }
  });

  it('import config.json -o config.json and explain --svg -o spec.rope are refused', async () => {
    const config = write('config.json', '{"model_type": "llama", "head_dim": 64, "rope_theta": 10000, "num_attention_heads": 4}');
    const ropePath = write('s.rope', spec('s', 'index'));
    const before = snapshot();
    let r = await runMain('import', config, '-o', config);
    expect(r.status).toBe(2);
    r = await runMain('explain', '--svg', '-o', ropePath, ropePath);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/s.rope would overwrite the input/);
    expect(snapshot()).toEqual(before);
  });

  it('fmt --write refuses a Latin-1 byte instead of turning it into U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${spec('s', 'index')}`)]);
    const file = write('latin1.rope', bytes);
    const r = await runMain('fmt', '--write', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error RL003: this is not a .rope spec: not valid UTF-8 text/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('fmt --write keeps a byte-order mark and the bytes it does not change', async () => {
    const source = `\ufeff# ünïcode comment\nrope s {\n    head_dim 8\n  frequencies base 10000\n  positions index\n}\n`;
    const file = write('bom.rope', source);
    const r = await runMain('fmt', '--write', file);
    expect(r.status, r.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\ufeff# ünïcode comment\nrope s {\n  head_dim 8\n')).toBe(true);
  });

  it('two specs in one build that would write the same file are an error naming both; nothing is written', async () => {
    const a = write('a.rope', spec('small', 'index'));
    const b = write('b.rope', spec('small', 'index + offset'));
    const out = join(dir, 'gen');
    const r = await runMain('build', '-t', 'ts', '-o', out, a, b);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a.rope \(rope small\) and .*b.rope \(rope small\) would both write .*small.ts/);
    expect(existsSync(out)).toBe(false);
  });

  it('q.npy is not written when k.npy cannot be: outputs appear together or not at all', async () => {
    const { base } = runCase('index');
    const out = join(dir, 'out');
    mkdirSync(join(out, 'k.npy'), { recursive: true }); // a folder where the file should go
    const r = await runMain('run', ...base, '--out', out);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/k.npy: is a folder/);
    expect(readdirSync(out)).toEqual(['k.npy']); // no q.npy, no temporary files left
  });
});

describe('item 4: errors users can act on', () => {
  it('a folder where a file is expected, a file where a folder is expected: the path, the cause, exit 3', async () => {
    const { base } = runCase('index');
    const file = write('plain', 'x');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const cases: [string[], RegExp][] = [
      [['check', empty], /no .rope files/],
      [['run', base[0], '--q', dir, '--k', base[4], '--out', join(dir, 'o')], /ropec: .*: is a folder, not a file/],
      [['build', '-t', 'ts', '-o', file, base[0]], /plain: is a file, but a folder is needed here/],
      [['build', '-t', 'ts', '-o', join(file, 'sub'), base[0]], /plain: is a file, but a folder is needed here/],
      [['check', join(file, 'x.rope')], /plain\/x.rope: a part of the path is a file, not a folder/],
    ];
    for (const [args, message] of cases) {
      const r = await runMain(...args);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.status, args.join(' ')).toBe(args[1] === empty ? 2 : 3);
    }
  });

  it.skipIf(process.getuid?.() === 0)('a file that cannot be read: permission denied, exit 3', async () => {
    const ropePath = write('s.rope', spec('s', 'index'));
    chmodSync(ropePath, 0o000);
    const r = await runMain('check', ropePath);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/s.rope: permission denied/);
  });

  it.skipIf(!existsSync('/proc/self'))('build --out /proc/x does not hang', async () => {
    const started = performance.now();
    const r = await runMain('build', '-t', 'ts', '-o', '/proc/x/y', write('s.rope', spec('s', 'index')));
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/\/proc\/x: cannot create a folder here/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a binary file, a .npy and UTF-16 text given as a spec get one short diagnostic each', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spec('s', 'index'), 'utf16le')]);
    const npy = writeNpy('<f4', [64, 64], new Float32Array(64 * 64).fill(1.5));
    const binary = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);
    for (const [name, bytes, why] of [['u.rope', utf16, /UTF-16/], ['n.rope', npy, /binary|UTF-8/], ['b.rope', binary, /binary|UTF-8/]] as const) {
      const r = await runMain('check', write(name, bytes));
      expect(r.status).toBe(1);
      expect(r.stderr.match(/error R/g)).toHaveLength(1);
      expect(r.stderr).toMatch(why);
      expect(r.stderr.length).toBeLessThan(400);
    }
  });

  it('a UTF-8 byte-order mark is accepted', async () => {
    const r = await runMain('check', write('bom.rope', `\ufeff${spec('s', 'index')}`));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a bad character in a name is reported first and alone, not as a missing head_dim', async () => {
    const r = await runMain('check', write('s.rope', spec('s', 'index').replace('head_dim 8', 'head_d\u00efm 8')));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^.*s.rope:2:9: error RL001: unexpected character/);
    expect(r.stderr).not.toMatch(/head_dim' statement/);
  });

  it('at most a screenful of diagnostics per file, with a count of the rest', async () => {
    const body = Array.from({ length: 60 }, (_, i) => `  frobnicate${i} 1`).join('\n');
    const r = await runMain('check', write('many.rope', `rope a {\n  head_dim 8\n  frequencies base 10000\n  positions index\n${body}\n}\n`));
    expect(r.status).toBe(1);
    expect(r.stderr.match(/error R/g)).toHaveLength(10);
    expect(r.stderr).toMatch(/… and 50 more diagnostics in .*many.rope/);
  });

  it('ropec alone prints usage and exits 2; a misspelled command gets a did-you-mean', async () => {
    const alone = await runMain();
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/Usage: ropec <command>/);
    const typo = await runMain('buidl', 'spec');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown command 'buidl' — did you mean 'build'\?/);
    const option = await runMain('build', '--wokrgroup-size', '64', 'spec');
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--wokrgroup-size' — did you mean '--workgroup-size'\?/);
    const far = await runMain('fmt', '--zzz', 'spec');
    expect(far.status).toBe(2);
    expect(far.stderr).toMatch(/^ropec: unknown option '--zzz'\n/);
  });

  it('--compare with equal infinities is not above tolerance', async () => {
    const { rope: ropePath, k } = runCase('tensor int');
    const q = write('qi.npy', writeNpy('<f4', [5, 2, 8], Float32Array.from({ length: 80 }, (_, i) => (i % 8 === 0 ? Infinity : Math.sin(i)))));
    const pos = write('pos.npy', writeNpy('<i4', [5], new Int32Array(5)));
    const r = await runMain('run', ropePath, '--q', q, '--k', k, '--positions', pos, '--out', join(dir, 'out'), '--compare', 'interp');
    expect(r.stdout).toMatch(/q: .* — ok/);
    expect(r.stdout).not.toMatch(/ABOVE TOLERANCE/);
    expect(r.status).toBe(0);
  });
});

describe('item 5: reproducible', () => {
  it('building by absolute and by relative path gives byte-identical files', async () => {
    const outs = [join(dir, 'rel'), join(dir, 'abs')];
    expect((await runMain('build', '-q', '-o', outs[0], 'spec/llama2_7b.rope', 'spec/qwen2_vl_7b.rope')).status).toBe(0);
    expect((await runMain('build', '-q', '-o', outs[1], resolve('spec/llama2_7b.rope'), resolve('spec/qwen2_vl_7b.rope'))).status).toBe(0);
    const files = readdirSync(outs[0]).sort();
    expect(files.length).toBeGreaterThan(10);
    expect(readdirSync(outs[1]).sort()).toEqual(files);
    for (const f of files) {
      const text = readFileSync(join(outs[0], f), 'utf8');
      expect(text, f).toBe(readFileSync(join(outs[1], f), 'utf8'));
      expect(text).not.toContain(resolve('.'));
    }
  });
});
