// The torch op's autograd formula (templates/cuda/torch.hbs): the backward pass of an out-of-place
// spec is its inverse spec (`inverseIR`: the other direction), emitted as NAME_inverse.cu with
// --torch. The op itself needs a GPU and PyTorch to run; what makes its gradient right is that the
// inverse kernel is the transpose of the forward one: ⟨f(x), g⟩ = ⟨x, f_inverse(g)⟩ for every x and
// g, attention factor included (YaRN's m ≠ 1, where the inverse is not f⁻¹). That is checked here
// on the generated launchers through the CPU harness, with q and k from the counter generator.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cudaBackend, inverseIR } from '../src/backends/cuda/index.js';
import { compile } from '../src/index.js';
import { buildHarness, cleanup, nvccAvailable, prepareCase, runHarness, scratch, writeArtifacts } from './support/nvcc.js';
import { makeInputs } from './support/random-spec.js';

const yarn = readFileSync(new URL('../spec/qwen2_5_7b_yarn.rope', import.meta.url), 'utf8').replace('dtype bf16', 'dtype f32');

describe.skipIf(!nvccAvailable())('torch op backward: the inverse kernel is the transpose of the forward one', () => {
  it('⟨f(x), g⟩ = ⟨x, f_inverse(g)⟩ for YaRN (m ≠ 1), in f32, out of place', async () => {
    const dir = scratch('torch-backward');
    try {
      const r = compile(yarn, { file: 'yarn_f32.rope', targets: ['cuda'], torch: true });
      expect(r.ok).toBe(true);
      const ir = r.irs[0];
      expect(ir.attentionFactor).not.toBe(1);
      expect(ir.kernel.inplace).toBe(false);
      writeArtifacts(dir, r.artifacts);
      // --torch wrote the inverse kernel next to the op, and the op registers both.
      expect(r.artifacts.map((a) => a.path)).toEqual(expect.arrayContaining([`${ir.name}_inverse.cu`, `${ir.name}_inverse.h`, `${ir.name}_torch.cpp`]));
      const torch = r.artifacts.find((a) => a.path === `${ir.name}_torch.cpp`)!.contents;
      expect(torch).toContain(`TORCH_LIBRARY_IMPL(ropec, Autograd, m)`);
      expect(torch).toContain(`m.def("${ir.name}_inverse(`);
      const inv = inverseIR(ir);
      expect(cudaBackend.emit(inv, {}).artifacts.find((a) => a.path === `${inv.name}.cu`)!.contents)
        .toBe(r.artifacts.find((a) => a.path === `${inv.name}.cu`)!.contents);
      const h = await buildHarness(dir, [ir, inv]);
      const { inputs } = makeInputs(ir, 11, { maxPosition: 50_000 });
      const x = prepareCase(ir, inputs, { generated: 501 });
      const g = prepareCase(inv, inputs, { generated: 777 });
      const [fx, fg] = await runHarness(h, [x.harness, g.harness]);
      expect([fx.status, fg.status]).toEqual([0, 0]);
      let lhs = 0;
      let rhs = 0;
      let norm = 0;
      for (const [t, out] of [['q', 'q_out'], ['k', 'k_out']] as const) {
        const fX = fx.tensors[out] as Float32Array;
        const fG = fg.tensors[out] as Float32Array;
        const X = x.inputs[t];
        const G = g.inputs[t];
        for (let i = 0; i < X.length; i++) {
          lhs += fX[i] * G[i];
          rhs += X[i] * fG[i];
          norm += Math.abs(fX[i] * G[i]) + Math.abs(X[i] * fG[i]);
        }
      }
      console.log(`[torch-backward] ⟨f(x), g⟩ = ${lhs.toFixed(6)}, ⟨x, f_inverse(g)⟩ = ${rhs.toFixed(6)} (m = ${ir.attentionFactor.toFixed(4)})`);
      // f32 arithmetic on both sides: the sums agree to a few ulps of the sum of |terms|.
      expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(norm * 2 ** -20);
      // The inner products are far from 0, so their agreement is not two roundings of nothing.
      expect(Math.abs(lhs)).toBeGreaterThan(norm * 2 ** -10);
    } finally {
      cleanup(dir);
    }
  }, 300_000);
});
