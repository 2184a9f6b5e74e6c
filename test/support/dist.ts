// Tests that run the built CLI or package (dist/) build it first, but only when a source file is
// newer than its output: several test files do this, and a needless tsc rewriting dist/ while
// another test file runs `node dist/src/cli.js` is a race.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function stale(srcDir: string, outDir: string): boolean {
  for (const entry of readdirSync(srcDir, { withFileTypes: true })) {
    const src = join(srcDir, entry.name);
    if (entry.isDirectory()) {
      if (stale(src, join(outDir, entry.name))) return true;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const out = join(outDir, entry.name.replace(/\.ts$/, '.js'));
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) return true;
    }
  }
  return false;
}

const LOCK = join('dist', '.build-lock');
/** A lock older than this was left by a process that died: taken over. */
const STALE_LOCK_MS = 300_000;

/**
 * Runs `tsc -p tsconfig.json` when dist/src is missing a file or older than src/. Test files run in
 * parallel workers: one builds while the others wait on a lock directory, then look again.
 */
export function ensureDist(): void {
  if (!stale('src', join('dist', 'src'))) return;
  mkdirSync('dist', { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (stale('src', join('dist', 'src'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
