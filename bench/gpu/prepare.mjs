// Step 1 of the GPU benchmark (see run.sh): writes the four benchmark specs (prefill and decode
// shapes of issue 6, in f32 and bf16), builds each with `ropec build --target cuda --torch`, and
// writes manifest.json with what bench.py needs: each kernel's files, shape and pair frequencies ω
// (from the ropec compiler, so the PyTorch baselines and the float64 check use the same angles).
// Usage: node bench/gpu/prepare.mjs OUT_DIR   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { compile } = await import(join(root, 'dist/src/index.js'));
const { pairOmegas } = await import(join(root, 'dist/src/compiler/interpreter.js'));

const out = resolve(process.argv[2] ?? join(root, 'bench-results', 'gpu-build'));
mkdirSync(out, { recursive: true });

const LLAMA31 = `  head_dim 128
  style half
  frequencies base 500000
  scaling llama3(factor 8, low 1, high 4, original 8192)`;

// Same shapes as the CPU bench (bench/shapes.ts): Llama-3.1-8B heads.
const SHAPES = {
  prefill: { positions: 'index + offset', layout: '[tokens, heads, dim]', batch: 1, seq: 4096 },
  decode: { positions: 'index + offsets', layout: '[batch, seq, heads, dim]', batch: 64, seq: 1 },
};

const kernels = [];
for (const [shape, s] of Object.entries(SHAPES)) {
  for (const dtype of ['f32', 'bf16']) {
    const name = `gpu_${shape}_${dtype}`;
    const spec = `rope ${name} {\n${LLAMA31}\n  positions ${s.positions}\n  kernel {\n    q heads 32\n    k heads 8\n    layout ${s.layout}\n    dtype ${dtype}\n    inplace\n  }\n}\n`;
    const file = join(out, `${name}.rope`);
    writeFileSync(file, spec);
    const r = spawnSync(process.execPath, [join(root, 'dist/src/cli.js'), 'build', file, '--target', 'cuda', '--torch', '--out', out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ropec build ${file} failed:\n${r.stdout}${r.stderr}`);
    const c = compile(spec, { file, targets: [] });
    if (!c.ok) throw new Error(`compile ${file} failed`);
    const ir = c.irs[0];
    kernels.push({
      name, shape, dtype, batch: s.batch, seq: s.seq, qHeads: 32, kHeads: 8, headDim: ir.headDim,
      positions: shape === 'prefill' ? 'offset' : 'offsets',
      sources: [`${name}_torch.cpp`, `${name}.cu`],
      op: `${name}_`,
      // pair j rotates lanes (j, j + 64) (style half) at angle position · omega[j]
      omega: pairOmegas(ir),
    });
  }
}
writeFileSync(join(out, 'manifest.json'), JSON.stringify({ kernels }, null, 2));
console.log(`wrote ${kernels.length} kernels and manifest.json to ${out}`);
