// Tests that run the built CLI or package (dist/) build it first, but only when a source file is
// newer than its output: several test files do this, and a needless tsc rewriting dist/ while
// another test file runs `node dist/src/cli.js` is a race.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** Runs `tsc -p tsconfig.json` when dist/src is missing a file or older than src/. */
export function ensureDist(): void {
  if (stale('src', join('dist', 'src'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
}
