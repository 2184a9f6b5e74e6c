// Every command against random and mutated inputs (spec text, .npy headers, JSON, size lists,
// output paths), in-process through the CLI's main(): whatever happens, the exit code is one the
// help documents, nothing prints a stack trace or an internal error, a failing command changes no
// file, no command overwrites an input, and what it prints stays short.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli.js';
import { writeNpy } from '../src/npy.js';
import { runMain } from './support/cli.js';

const root = mkdtempSync(join(tmpdir(), 'ropec-cli-prop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DOCUMENTED = [EXIT.ok, EXIT.failed, EXIT.usage, EXIT.file];
/** "A few KB": the longest legitimate output here is a build summary or an explain table. */
const MAX_OUTPUT = 8 * 1024;

const SPECS = ['llama2_7b', 'qwen2_vl_7b', 'tmrope', 'dinov3_vitl16', 'phi3_mini_128k'].map((n) => readFileSync(`spec/${n}.rope`, 'utf8'));
const SEQUENCES = [
  { seq: 4, offset: 2 }, { seq: 3, batch: 2 }, { cu_seqlens: [0, 2, 5] }, { input_ids: [[1, 2, 3]] },
  { seq_len: 4, segments: [{ kind: 'text', start: 0, end: 4, time: 0 }] }, { sizes: { h: 2, w: 2 } },
  { model_type: 'llama', head_dim: 64, rope_theta: 10000, num_attention_heads: 4, rope_scaling: { rope_type: 'linear', factor: 2 } },
];
const WEIRD_NUMBERS = ['-3', '0', '1.5', '1e300', '1e-320', '9007199254740993', '"7"', 'null', '[]', '{}', 'true', '1e10', '-0'];
const WEIRD_TEXT = ['\u0000', '\ufeff', '\u00e9', '\ud800', '{', '}', '((((', '[', ']', ',', '+', '#', '\n', '"', "'", 'rope', 'offset', '\r\n', '\t'];

/** A spec: one of the library's, with characters, lines and numbers inserted, removed or replaced. */
const specText = fc.tuple(fc.constantFrom(...SPECS), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(
  fc.constantFrom(...WEIRD_TEXT), fc.constantFrom(...WEIRD_NUMBERS), fc.string({ maxLength: 8 }), fc.constant('')))
, { maxLength: 4 })).map(([base, edits]) => edits.reduce((s, [at, cut, insert]) => {
  const i = at % (s.length + 1);
  return s.slice(0, i) + insert + s.slice(i + cut);
}, base));

/** JSON: a valid sequence or config with values replaced by odd ones, text mutated, or random JSON. */
const jsonText = fc.oneof(
  fc.tuple(fc.constantFrom(...SEQUENCES), fc.constantFrom(...WEIRD_NUMBERS), fc.nat()).map(([obj, value, which]) => {
    const text = JSON.stringify(obj);
    const numbers = [...text.matchAll(/-?\d+(\.\d+)?/g)];
    if (numbers.length === 0) return text;
    const m = numbers[which % numbers.length];
    return text.slice(0, m.index) + value + text.slice(m.index! + m[0].length);
  }),
  fc.tuple(fc.constantFrom(...SEQUENCES), fc.string({ maxLength: 6 })).map(([obj, key]) => JSON.stringify(obj).replace('{', `{"${key}": 1, `)),
  fc.tuple(fc.constantFrom(...SEQUENCES), fc.nat(), fc.constantFrom(...WEIRD_TEXT)).map(([obj, at, c]) => {
    const text = JSON.stringify(obj);
    const i = at % (text.length + 1);
    return text.slice(0, i) + c + text.slice(i);
  }),
  fc.json({ maxDepth: 3 }),
);

/** q.npy / k.npy of a small thd f32 tensor, sometimes with header bytes overwritten. */
const npyBytes = (shape: number[]) => fc.array(fc.tuple(fc.nat({ max: 127 }), fc.nat({ max: 255 })), { maxLength: 3 }).map((edits) => {
  const bytes = writeNpy('<f4', shape, Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i)));
  for (const [at, value] of edits) bytes[at] = value;
  return bytes;
});

const sizeList = fc.oneof(fc.constant(undefined), fc.constantFrom('offset=3', 'ofset=3', 'offset=9007199254740993', 'h=2,w=2', 'offset=1,offset=2', 't=a', 'seq_len=99999999999999999999', ''));
/** Output paths: fresh ones, inputs, the folder itself, below a file, below a missing folder. */
const outPath = fc.constantFrom('out', 'out/x.npy', '.', 's.rope', 'in.json', 'q.npy', 'k.npy', 'p.npy', 'plain', 'plain/sub', 'new/deep/x', 'out.svg');

const command = fc.oneof(
  fc.constant(['check', 's.rope']),
  outPath.map((o) => ['build', '-q', '-t', 'ts', '-o', o, 's.rope']),
  fc.constant(['explain', 's.rope']),
  outPath.map((o) => ['explain', '--svg', '-o', o, 's.rope']),
  fc.constantFrom(['fmt', 's.rope'], ['fmt', '--check', 's.rope'], ['fmt', '--write', 's.rope']),
  fc.tuple(outPath, fc.constantFrom('f32', 'bf16')).map(([o, dtype]) => ['import', 'in.json', '-o', o, '--dtype', dtype]),
  fc.tuple(outPath, fc.option(outPath, { nil: undefined })).map(([o, d]) => ['positions', 's.rope', '--input', 'in.json', '--out', o, ...(d ? ['--deltas', d] : [])]),
  fc.tuple(outPath, sizeList, fc.constantFrom('interp', 'ts'), fc.boolean()).map(([o, sizes, backend, positions]) =>
    ['run', 's.rope', '--q', 'q.npy', '--k', 'k.npy', '--out', o, '--backend', backend, ...(sizes !== undefined ? ['--sizes', sizes] : []), ...(positions ? ['--positions', 'p.npy'] : [])]),
);

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const p = join(at, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(p.slice(dir.length + 1), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** The files a command line reads: every file argument not given to an output flag. */
function inputsOf(args: string[]): string[] {
  return args.filter((a, i) => INPUT_FILES.includes(a) && !['-o', '--out', '--deltas'].includes(args[i - 1]));
}

const INPUT_FILES = ['s.rope', 'in.json', 'q.npy', 'k.npy', 'p.npy'];

let runs = 0;

describe('every command, random and mutated inputs', () => {
  it('documented exit codes, no stack trace or internal error, nothing changed on error, inputs kept, short output', async () => {
    await fc.assert(fc.asyncProperty(specText, jsonText, npyBytes([5, 2, 8]), npyBytes([5, 1, 8]), command, async (spec, json, q, k, args) => {
      const dir = join(root, String(runs++));
      mkdirSync(dir);
      writeFileSync(join(dir, 's.rope'), spec);
      writeFileSync(join(dir, 'in.json'), json);
      writeFileSync(join(dir, 'q.npy'), q);
      writeFileSync(join(dir, 'k.npy'), k);
      writeFileSync(join(dir, 'p.npy'), writeNpy('<i4', [5], Int32Array.from([0, 1, 2, 3, 4])));
      writeFileSync(join(dir, 'plain'), 'not a folder');
      const before = snapshot(dir);
      const r = await runMain(...args.map((a) => (/^[a-z]/.test(a) && (a.includes('.') || a.includes('/') || a === 'out' || a === 'plain') ? join(dir, a) : a === '.' ? dir : a)));
      const shown = `ropec ${args.join(' ')} → ${r.status}\n${r.stderr.slice(0, 2000)}`;
      expect(DOCUMENTED, shown).toContain(r.status);
      expect(r.stderr + r.stdout, shown).not.toMatch(/internal (compiler )?error|\n\s+at .*:\d+:\d+/);
      expect(r.stdout.length + r.stderr.length, shown).toBeLessThan(MAX_OUTPUT);
      const after = snapshot(dir);
      if (r.status !== EXIT.ok) expect(after, shown).toEqual(before);
      const rewritesInput = args[0] === 'fmt' && args[1] === '--write';
      for (const file of inputsOf(args)) {
        if (rewritesInput && file === 's.rope') continue;
        expect(after.get(file), `${shown}\n${file} was changed`).toBe(before.get(file));
      }
      expect(readdirSync(dir).filter((f) => f.endsWith('.ropec-tmp')), shown).toEqual([]);
    }), { numRuns: Number(process.env.ROPEC_CLI_FUZZ_RUNS ?? 400) });
  }, 120_000);

  it('a file system that refuses: the path and the cause, exit 3, and nothing else written', async () => {
    const dir = join(root, 'fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 's.rope'), SPECS[0]);
    writeFileSync(join(dir, 'blocker'), '');
    for (const out of [join(dir, 'blocker', 'gen'), '/proc/ropec-test/gen']) {
      if (out.startsWith('/proc') && !existsSync('/proc/self')) continue;
      const r = await runMain('build', '-t', 'ts,wgsl', '-o', out, join(dir, 's.rope'));
      expect(r.status).toBe(EXIT.file);
      expect(r.stderr).toMatch(/: (is a file, but a folder is needed here|cannot create a folder here)\n/);
    }
    expect(readdirSync(dir).sort()).toEqual(['blocker', 's.rope']);
  });
});
