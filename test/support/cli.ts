// Runs the CLI's main() in-process and captures what it writes, for tests that check a command's
// output and exit status without spawning node (the spawning tests use dist/ via ensureDist).
import { main } from '../../src/cli.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runMain(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => ((stdout += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((stderr += s), true)) as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
