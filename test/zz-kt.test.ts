import { it, expect } from 'vitest';
import { compile, interpret } from '../src/index.js';
import { loadGeneratedTs } from './support/load-ts.js';
const src = (pos: string) => `rope x {
  head_dim 8
  ${pos.startsWith('grid') ? 'axes lanes [h 4, w 4]' : ''}
  frequencies base 100
  positions ${pos}
  kernel {
    q heads 2
    k heads 1 tokens own
  }
}
`;
const vals = (n: number, s: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.7 + s));
it('own tokens', async () => {
  for (const [pos, sizes, extra] of [
    ['index + offset', { tokens: 3, k_tokens: 5, offset: 7, k_offset: 2 }, {}],
    ['tensor int', { tokens: 3, k_tokens: 5 }, { positions: Int32Array.of(1, 2, 3), k_positions: Int32Array.of(9, 8, 7, 6, 5) }],
    ['grid(h, w)', { tokens: 6, k_tokens: 4, h: 2, w: 3, k_h: 2, k_w: 2 }, {}],
  ] as const) {
    const r = compile(src(pos), { file: 'x.rope', targets: ['ts'] });
    expect(r.diagnostics).toEqual([]);
    const ir = r.irs[0];
    const inputs = { q: vals(sizes.tokens * 16, 1), k: vals(sizes.k_tokens * 8, 2), sizes, ...extra } as any;
    const want = interpret(ir, inputs);
    const mod = await loadGeneratedTs(r.artifacts[0].contents, 'x' + pos.length);
    const got = mod.rotate(inputs);
    let err = 0;
    for (const t of ['q', 'k']) for (let i = 0; i < want[t].length; i++) err = Math.max(err, Math.abs(got[t][i] - want[t][i]));
    console.log(pos, err, Array.from(want.k.slice(0, 4)));
    expect(err).toBeLessThan(1e-6);
  }
});
