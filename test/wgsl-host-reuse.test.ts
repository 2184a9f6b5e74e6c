// The WGSL host module's run() reuses what a decode loop would otherwise allocate on every call:
// one uniform buffer, its uploads of host arrays (rewritten with writeBuffer while they fit) and
// the bind groups over them. encode() keeps fresh uploads, so several encodes may be recorded
// before one submit. Each call's result is held to the interpreter, so a stale uniform or a
// reused positions buffer with old contents would show as a wrong rotation.
import { describe, expect, it } from 'vitest';
import { interpret } from '../src/index.js';
import { buildWgsl, readBuffer, testDevice, uploadBuffer } from './support/webgpu.js';

const spec = (positions: string, scaling = '', k = 'k heads 1') => `rope reuse {
  head_dim 16
  frequencies base 10000
  ${scaling}
  positions ${positions}
  kernel {
    q heads 2
    ${k}
    inplace
  }
}
`;

const TOKENS = 4;
const values = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.fround(Math.sin(seed * 97 + i * 1.7) * 0.9));

/** Counts what the device creates while `f` runs. */
async function counting<T>(device: GPUDevice, f: () => Promise<T>): Promise<{ result: T; buffers: number; bindGroups: number }> {
  const [createBuffer, createBindGroup] = [device.createBuffer, device.createBindGroup];
  let buffers = 0;
  let bindGroups = 0;
  device.createBuffer = function (d: GPUBufferDescriptor) { buffers++; return createBuffer.call(this, d); };
  device.createBindGroup = function (d: GPUBindGroupDescriptor) { bindGroups++; return createBindGroup.call(this, d); };
  try {
    return { result: await f(), buffers, bindGroups };
  } finally {
    device.createBuffer = createBuffer;
    device.createBindGroup = createBindGroup;
  }
}

describe('WGSL host: what run() reuses', () => {
  it('a decode loop: after the first call, no buffer or bind group is created; every step matches the interpreter', async () => {
    for (const [positions, extra, scaling] of [
      ['index + offset', (step: number) => ({ sizes: { tokens: TOKENS, offset: 10 * step } }), ''],
      ['tensor int', (step: number) => ({ sizes: { tokens: TOKENS }, positions: Int32Array.from({ length: TOKENS }, (_, i) => 7 * step + i) }), ''],
      // ω changes with seq_len at every step: its tables are rewritten in place.
      ['index + offset', (step: number) => ({ sizes: { tokens: TOKENS, offset: 10 * step, seq_len: 20 + 10 * step } }), 'scaling dynamic(factor 2, original 16)'],
    ] as const) {
      const built = await buildWgsl(spec(positions, scaling), 'reuse.rope');
      const device = await testDevice();
      const q0 = values(TOKENS * 32, 1);
      const k0 = values(TOKENS * 16, 2);
      const q = uploadBuffer(device, q0);
      const k = uploadBuffer(device, k0);
      let [qNow, kNow] = [Float64Array.from(q0), Float64Array.from(k0)];
      for (let step = 0; step < 4; step++) {
        const args = extra(step);
        const counted = await counting(device, async () => built.kernel.run({ q, k, ...args }));
        if (step > 0) expect([counted.buffers, counted.bindGroups], `${positions} ${scaling}, step ${step}`).toEqual([0, 0]);
        const want = interpret(built.ir, { q: qNow, k: kNow, ...args });
        const got = new Float32Array(await readBuffer(device, q, q0.byteLength));
        for (let i = 0; i < got.length; i++) expect(Math.abs(got[i] - want.q[i]), `${positions}, step ${step}, q[${i}]`).toBeLessThanOrEqual(2 ** -20);
        // The next step rotates what this one wrote (f32), as the GPU does.
        qNow = Float64Array.from(got);
        kNow = Float64Array.from(new Float32Array(await readBuffer(device, k, k0.byteLength)));
        expect(Math.abs(kNow[1] - want.k[1])).toBeLessThanOrEqual(2 ** -20);
      }
    }
  });

  it('an argument without elements is bound to the kernel\'s own bytes: q of 0 tokens in a 0-byte buffer, k rotated over its own', async () => {
    const built = await buildWgsl(spec('index + offset', '', 'k heads 1 tokens own'), 'reuse.rope');
    const device = await testDevice();
    const k0 = values(3 * 16, 7);
    const k = uploadBuffer(device, k0);
    const sizes = { tokens: 0, k_tokens: 3, offset: 0, k_offset: 3 };
    for (const bytes of [0, 8]) {
      const q = device.createBuffer({ size: bytes, usage: 0x80 | 0x08 | 0x04 });
      device.queue.writeBuffer(k, 0, k0);
      device.pushErrorScope('validation');
      built.kernel.run({ q, k, sizes });
      expect(await device.popErrorScope(), `q of ${bytes} bytes`).toBeNull();
      const want = interpret(built.ir, { q: new Float32Array(0), k: k0, sizes });
      const got = new Float32Array(await readBuffer(device, k, k0.byteLength));
      for (let i = 0; i < got.length; i++) expect(Math.abs(got[i] - want.k[i]), `q of ${bytes} bytes, k[${i}]`).toBeLessThanOrEqual(2 ** -20);
      q.destroy();
    }
  });

  it('encode() twice before one submit: each dispatch keeps its own parameters', async () => {
    const built = await buildWgsl(spec('index + offset'), 'reuse.rope');
    const device = await testDevice();
    const [qa, ka, qb, kb] = [values(TOKENS * 32, 3), values(TOKENS * 16, 4), values(TOKENS * 32, 5), values(TOKENS * 16, 6)];
    const bufs = [qa, ka, qb, kb].map((x) => uploadBuffer(device, x));
    const encoder = device.createCommandEncoder();
    built.kernel.encode(encoder, { q: bufs[0], k: bufs[1], sizes: { tokens: TOKENS, offset: 3 } });
    built.kernel.encode(encoder, { q: bufs[2], k: bufs[3], sizes: { tokens: TOKENS, offset: 900 } });
    device.queue.submit([encoder.finish()]);
    for (const [i, x, offset] of [[0, qa, 3], [2, qb, 900]] as const) {
      const want = interpret(built.ir, { q: x, k: i === 0 ? ka : kb, sizes: { tokens: TOKENS, offset } });
      const got = new Float32Array(await readBuffer(device, bufs[i], x.byteLength));
      for (let j = 0; j < got.length; j++) expect(Math.abs(got[j] - want.q[j]), `dispatch ${i / 2}, q[${j}]`).toBeLessThanOrEqual(2 ** -20);
    }
  });
});
