// Compiler speed, run by bench/run.ts in a fresh Node process so "cold" is really cold: the time
// to import ropec, then to compile every spec in spec/ to ts, wgsl and cuda (first pass: lazy
// loads such as ts-morph included), then the median of warm repeats. Prints one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const specDir = process.argv[2] ?? 'spec';
const repeats = Number(process.argv[3] ?? 15);

const t0 = performance.now();
const { compile, formatDiagnostic } = await import('../src/index.js');
const importMs = performance.now() - t0;

const files = readdirSync(specDir).filter((f) => f.endsWith('.rope')).sort();
const sources = files.map((f) => ({ file: join(specDir, f), text: readFileSync(join(specDir, f), 'utf8') }));

function compileAll(): { artifacts: number; bytes: number } {
  let artifacts = 0;
  let bytes = 0;
  for (const s of sources) {
    const r = compile(s.text, { file: s.file, targets: ['ts', 'wgsl', 'cuda'] });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => formatDiagnostic(d, s.text)).join('\n'));
    artifacts += r.artifacts.length;
    for (const a of r.artifacts) bytes += a.contents.length;
  }
  return { artifacts, bytes };
}

const c0 = performance.now();
const first = compileAll();
const coldMs = performance.now() - c0;
const warm: number[] = [];
for (let i = 0; i < repeats; i++) {
  const w0 = performance.now();
  compileAll();
  warm.push(performance.now() - w0);
}
warm.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ specs: files.length, artifacts: first.artifacts, bytes: first.bytes, importMs, coldMs, warmMedianMs: warm[warm.length >> 1], warmMinMs: warm[0], warmMaxMs: warm[warm.length - 1], repeats })}\n`);
