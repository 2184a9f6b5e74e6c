// The one-call GPU check (bench/gpu, issue 18 item 6) without a GPU: `npm run gpu:prepare` writes a
// folder small enough for one device call; `run.sh --dry` builds its harness and bench library for
// sm_90 with the real nvcc; `run.sh --cpu` runs its correctness part end to end through the CPU
// emulation of the same launchers (q and k made by the C++ counter generator, every element held to
// the interpreter's expected value and bound); and a corrupted expected value makes it fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNpy } from '../src/npy.js';
import { ensureDist } from './support/dist.js';
import { cleanup, nvccAvailable, scratch } from './support/nvcc.js';

const root = join(import.meta.dirname, '..');
const numpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
if (!numpy) console.warn('[gpu-check] run.sh --cpu skipped: check.py needs python3 with numpy');
if (!nvccAvailable()) console.warn('[gpu-check] run.sh --dry and --cpu skipped: no nvcc');

describe('the one-call GPU check folder', () => {
  let dir = '';
  beforeAll(() => {
    ensureDist();
    dir = scratch('gpu-check');
    execFileSync(process.execPath, [join(root, 'dist/bench/gpu/prepare.js'), dir], { cwd: root, encoding: 'utf8' });
  }, 120_000);
  afterAll(() => cleanup(dir));

  it('holds every spec/ file, the timed shapes and the scripts, in at most 64 MiB', () => {
    let bytes = 0;
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) bytes += statSync(join(dir, f)).size;
    console.log(`[gpu-check] folder: ${(bytes / 2 ** 20).toFixed(1)} MiB`);
    expect(bytes).toBeLessThanOrEqual(64 * 2 ** 20);
    for (const f of ['run.sh', 'check.py', 'bench.py', 'torch_check.py', 'harness.cu', 'harness_cpu.cu', 'bench_lib.cu', 'cases.bin', 'expected.bin']) expect(existsSync(join(dir, f)), f).toBe(true);
    // The PyTorch ops, built there with the device's torch (test/torch-run.test.ts runs the same script on CPU PyTorch here).
    const torch = JSON.parse(readFileSync(join(dir, 'torch', 'torch_cases.json'), 'utf8')) as { device: string; build: { sources: string[] }; cases: { op: string; checks: string[] }[] };
    expect(torch.device).toBe('cuda');
    expect(torch.cases.length).toBe(18);
    for (const f of torch.build.sources) expect(existsSync(join(dir, 'torch', f)), f).toBe(true);
    expect(torch.cases.filter((c) => c.checks.includes('graph')).map((c) => c.op)).toEqual(['llama3_1_8b_', 'yarn_f32', 'qwen3_8b_paged_', 'llama3_1_8b_vllm_']);
    const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { specs: string[]; cases: { label: string }[] };
    const library = readdirSync(join(root, 'spec')).filter((f) => f.endsWith('.rope')).map((f) => f.replace('.rope', ''));
    for (const name of library) expect(cases.specs, name).toContain(name);
    // q's output in fp8 e4m3 (with the fp8 cache), checked byte by byte within one e4m3 step.
    expect(cases.specs).toContain('llama_fp8_q');
    expect(cases.cases.some((c) => c.label.includes('misaligned'))).toBe(true);
    expect(cases.cases.filter((c) => c.label.startsWith('position 1e6')).length).toBeGreaterThan(0);
    const bench = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as { shapes: { name: string; graph: boolean; angles: string }[] };
    expect(bench.shapes.map((s) => s.name)).toEqual(['llama_prefill', 'llama_qkv_view', 'llama_kv_write', 'llama_decode64', 'llama_decode1', 'qwen2_vl_mrope', 'wan_grid', 'llama_vllm_cache', 'qwen3_qk_norm', 'deepseek_mla', 'gptj_partial']);
    expect(bench.shapes.filter((s) => s.graph).map((s) => s.name)).toEqual(['llama_decode64', 'llama_decode1']);
    for (const s of bench.shapes) expect(existsSync(join(dir, s.angles)), s.angles).toBe(true);
    // The fused KV-cache write is timed against the rotation without it (rope, then torch's copy): its
    // slot_mapping puts each of the 4096 tokens in a slot of its own, inside the cache.
    const kv = (bench.shapes as { name: string; kv?: { slots: number; slotMapping: string; baseline: { spec: string } } }[]).find((s) => s.name === 'llama_kv_write')!.kv!;
    expect(kv.baseline.spec).toBe('llama_views');
    const slots = Array.from(parseNpy(readFileSync(join(dir, kv.slotMapping)), kv.slotMapping).data as BigInt64Array, Number);
    expect(slots.length).toBe(4096);
    expect(new Set(slots).size).toBe(4096);
    expect(slots.every((x) => x >= 0 && x < kv.slots)).toBe(true);
  });

  it.skipIf(!nvccAvailable())('run.sh --dry builds the harness and the bench library for sm_90', () => {
    const r = spawnSync('bash', [join(dir, 'run.sh'), '--dry'], { encoding: 'utf8' });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(existsSync(join(dir, 'harness'))).toBe(true);
    expect(existsSync(join(dir, 'libropec_bench.so'))).toBe(true);
    // The library exports every timed spec's launcher for bench.py's ctypes calls.
    const symbols = execFileSync('nm', ['-D', '--defined-only', join(dir, 'libropec_bench.so')], { encoding: 'utf8' });
    const bench = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as { shapes: { spec: string; kv?: { baseline: { spec: string } } }[] };
    for (const s of bench.shapes) expect(symbols).toContain(`ropec_${s.spec}_launch`);
    for (const s of bench.shapes) if (s.kv) expect(symbols).toContain(`ropec_${s.kv.baseline.spec}_launch`);
  }, 300_000);

  it.skipIf(!nvccAvailable() || !numpy)('run.sh --cpu: every case matches the interpreter through the CPU emulation; a wrong expected value fails it', () => {
    const r = spawnSync('bash', [join(dir, 'run.sh'), '--cpu'], { encoding: 'utf8' });
    console.log(`[gpu-check] ${r.stdout.split('\n').filter((l) => /correctness|angle/.test(l)).join('\n  ')}`);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'check-cpu.json'), 'utf8')) as { cases: number; failures: string[] };
    expect(report.failures).toEqual([]);
    expect(report.cases).toBeGreaterThanOrEqual(60);
    // The check must be able to fail: move one expected value of the first case.
    const expected = readFileSync(join(dir, 'expected.bin'));
    const values = new Float32Array(expected.buffer, expected.byteOffset, expected.byteLength / 4);
    values[3] += 0.5;
    writeFileSync(join(dir, 'expected.bin'), new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    const bad = spawnSync('python3', [join(dir, 'check.py'), join(dir, 'harness_cpu'), '--json', join(dir, 'bad.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^FAILED \w+ \(seed 1, aligned\): \w+\[3\]/m);
  }, 300_000);
});
