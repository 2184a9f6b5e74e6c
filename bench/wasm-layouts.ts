// The WebAssembly kernel in each layout, side by side in one run: the JS kernel (rotateInPlace) and
// createWasmKernel on Llama-3.1-8B's shapes (32 q heads, 8 k heads, head_dim 128, f32, index +
// offset) in [tokens, heads, dim] and HF's [batch, heads, seq, dim], where the wasm kernel makes one
// rotate call per sequence. `node dist/bench/wasm-layouts.js [repeats]` (after `npm run build`).
import { compile } from '../src/index.js';
import { importGeneratedTs } from '../src/backends/import-ts.js';

const repeats = Number(process.argv[2] ?? 40);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spec = (layout: string) => `rope l {
  head_dim 128
  frequencies base 500000
  positions index + offset
  kernel {
    q heads 32
    k heads 8
    layout ${layout}
    dtype f32
  }
}
`;

const cases: [string, { tokens?: number; batch?: number; seq?: number }[]][] = [
  ['[tokens, heads, dim]', [{ tokens: 1024 }]],
  ['[batch, heads, seq, dim]', [{ batch: 1, seq: 1024 }, { batch: 8, seq: 128 }, { batch: 64, seq: 1 }]],
];
for (const [layout, shapes] of cases) {
  const r = compile(spec(layout), { file: 'l.rope', targets: ['ts'] });
  const mod = await importGeneratedTs(r.artifacts[0].contents, `wasm_layouts_${layout.length}`);
  for (const shape of shapes) {
    const sizes = { ...shape, offset: 7 };
    const tokens = shape.tokens ?? shape.batch! * shape.seq!;
    const q = Float32Array.from({ length: tokens * 32 * 128 }, (_, i) => Math.sin(i));
    const k = Float32Array.from({ length: tokens * 8 * 128 }, (_, i) => Math.cos(i));
    const wasm = mod.createWasmKernel(sizes);
    wasm.q.set(q);
    wasm.k.set(k);
    const js = { q: q.slice(), k: k.slice(), sizes };
    const t = { js: [] as number[], wasm: [] as number[] };
    for (let i = 0; i < repeats + 5; i++) {
      let a = performance.now();
      mod.rotateInPlace(js);
      if (i >= 5) t.js.push(performance.now() - a);
      a = performance.now();
      wasm.rotateInPlace({});
      if (i >= 5) t.wasm.push(performance.now() - a);
    }
    const [mj, mw] = [median(t.js), median(t.wasm)];
    console.log(`${layout} ${JSON.stringify(shape)}: JS ${mj.toFixed(2)} ms, wasm ${mw.toFixed(2)} ms, JS / wasm ${(mj / mw).toFixed(2)}`);
  }
}
