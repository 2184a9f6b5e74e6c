// `ropec build --watch`, run as a user runs it: spawn the built CLI on a folder, edit files, wait
// (with a time limit) for the rebuild line and the outputs, then stop it with SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/index.js';
import { ensureDist } from './support/dist.js';

const cli = resolve('dist/src/cli.js');

const spec = (name: string, base: number) => `rope ${name} {
  head_dim 16
  style half
  frequencies base ${base}
  positions index
  kernel {
    q heads 2
    k heads 1
    layout [tokens, heads, dim]
    dtype f32
  }
}
`;

let dir: string;
let child: ChildProcess | undefined;

beforeAll(() => {
  ensureDist();
  dir = mkdtempSync(join(tmpdir(), 'ropec-watch-'));
  mkdirSync(join(dir, 'specs'));
});
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Collects a stream's lines; `next(re)` waits (at most `ms`) for the next line matching re. */
function lines(stream: NodeJS.ReadableStream) {
  const all: string[] = [];
  let seen = 0;
  let wake = () => {};
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    all.push(...parts);
    wake();
  });
  return {
    all,
    async next(re: RegExp, ms = 15_000): Promise<string> {
      const deadline = Date.now() + ms;
      for (;;) {
        while (seen < all.length) {
          const line = all[seen++];
          if (re.test(line)) return line;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no line matching ${re} within ${ms} ms; got:\n${all.join('\n')}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, left);
          wake = () => {
            clearTimeout(t);
            r();
          };
        });
      }
    },
  };
}

// Generated files name their spec by its file name alone, not the path given (reproducible builds).
const tsOf = (source: string, file: string) => compile(source, { file, targets: ['ts'] }).artifacts[0].contents;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('rebuilds on change, debounced, only what changed, survives errors, stops on SIGINT', async () => {
  writeFileSync(join(dir, 'specs', 'a.rope'), spec('a', 10000));
  writeFileSync(join(dir, 'specs', 'b.rope'), spec('b', 10000));
  child = spawn('node', [cli, 'build', '--watch', '-t', 'ts', '-o', 'out', 'specs'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = lines(child.stdout!);
  const err = lines(child.stderr!);
  const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));

  await out.next(/^2 file\(s\), 2 written, 0 unchanged/);
  await out.next(/watching .*specs\/ — Ctrl-C to stop$/);
  const bPath = join(dir, 'out', 'b.ts');
  const bTime = statSync(bPath).mtimeMs;
  expect(readFileSync(join(dir, 'out', 'a.ts'), 'utf8')).toBe(tsOf(spec('a', 10000), 'a.rope'));

  // Three quick writes: one rebuild, of the last content; b's output is not rewritten.
  const changed = spec('a', 500000);
  writeFileSync(join(dir, 'specs', 'a.rope'), spec('a', 20000));
  writeFileSync(join(dir, 'specs', 'a.rope'), spec('a', 30000));
  writeFileSync(join(dir, 'specs', 'a.rope'), changed);
  await out.next(/^\[\d\d:\d\d:\d\d\] rebuilt 2 file\(s\): 1 written, 1 unchanged, in \d+ ms$/);
  await sleep(600);
  expect(out.all.filter((l) => l.includes('rebuilt')).length).toBe(1);
  expect(readFileSync(join(dir, 'out', 'a.ts'), 'utf8')).toBe(tsOf(changed, 'a.rope'));
  expect(statSync(bPath).mtimeMs).toBe(bTime);

  // A bad edit: the diagnostic with file:line:col, a 'failed' line, the old output kept, still watching.
  writeFileSync(join(dir, 'specs', 'a.rope'), changed.replace('  positions index', '  axes sectioned [t 2, h 2, w 2]\n  positions index'));
  await out.next(/^\[\d\d:\d\d:\d\d\] failed — 2 file\(s\), 0 written, 1 unchanged/);
  await err.next(/^specs\/a\.rope:5:3: error RC073: axis sections add up to 6 pairs/);
  expect(readFileSync(join(dir, 'out', 'a.ts'), 'utf8')).toBe(tsOf(changed, 'a.rope'));

  // Fixed again, and a new file in the watched folder is picked up.
  writeFileSync(join(dir, 'specs', 'a.rope'), spec('a', 10000));
  await out.next(/rebuilt 2 file\(s\): 1 written, 1 unchanged/);
  writeFileSync(join(dir, 'specs', 'c.rope'), spec('c', 10000));
  await out.next(/rebuilt 3 file\(s\): 1 written, 2 unchanged/);
  expect(readFileSync(join(dir, 'out', 'c.ts'), 'utf8')).toBe(tsOf(spec('c', 10000), 'c.rope'));
  // Files that are not .rope do not trigger a rebuild.
  const before = out.all.length;
  writeFileSync(join(dir, 'specs', 'notes.txt'), 'x');
  await sleep(600);
  expect(out.all.length).toBe(before);

  // The folder removed and made again (git checkout, rm -r and a restore): watched anew, and later edits rebuild.
  rmSync(join(dir, 'specs'), { recursive: true, force: true });
  mkdirSync(join(dir, 'specs'));
  writeFileSync(join(dir, 'specs', 'a.rope'), spec('a', 10000));
  writeFileSync(join(dir, 'specs', 'b.rope'), spec('b', 10000));
  writeFileSync(join(dir, 'specs', 'c.rope'), spec('c', 10000));
  await out.next(/rebuilt 3 file\(s\)/);
  await sleep(1200);
  writeFileSync(join(dir, 'specs', 'a.rope'), spec('a', 40000));
  await out.next(/rebuilt 3 file\(s\): 1 written, 2 unchanged/);
  expect(readFileSync(join(dir, 'out', 'a.ts'), 'utf8')).toBe(tsOf(spec('a', 40000), 'a.rope'));

  child.kill('SIGINT');
  const code = await Promise.race([exited, sleep(10_000).then(() => 'timeout')]);
  expect(code).toBe(0);
  expect(out.all.at(-1)).toMatch(/stopped watching$/);
  child = undefined;
}, 60_000);
