// Runs the WGSL kernel of model.rope through WebGPU: upload q and k, rotate them in place on the
// GPU, read them back, print a summary and (for the test) the inputs and outputs as JSON.
import shader, { createKernel, manifest } from './model.rope?wgsl';

const TOKENS = 6;
const OFFSET = 5000; // decode: these tokens sit at positions 5000 … 5005 of the sequence

/** Deterministic inputs in [-1, 1): the same page always computes the same numbers. */
function random(length, seed) {
  let s = seed;
  return Float32Array.from({ length }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  });
}

async function readBack(device, buffer, bytes) {
  const staging = device.createBuffer({ size: bytes, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, bytes);
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const copy = new Float32Array(staging.getMappedRange().slice(0));
  staging.unmap();
  staging.destroy();
  return copy;
}

async function main() {
  if (!navigator.gpu) throw new Error('this browser has no WebGPU (navigator.gpu is missing)');
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) throw new Error('WebGPU found no adapter');
  const device = await adapter.requestDevice();
  const errors = [];
  device.addEventListener('uncapturederror', (e) => errors.push(e.error.message));

  const { q_heads: qHeads, k_heads: kHeads } = manifest.sizes;
  const headDim = manifest.storage.headDim;
  const q = random(TOKENS * qHeads * headDim, 1);
  const k = random(TOKENS * kHeads * headDim, 2);
  const upload = (data) => {
    const b = device.createBuffer({ size: data.byteLength, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
    device.queue.writeBuffer(b, 0, data);
    return b;
  };
  const qBuf = upload(q);
  const kBuf = upload(k);

  const kernel = createKernel(device);
  kernel.run({ q: qBuf, k: kBuf, sizes: { tokens: TOKENS, offset: OFFSET } });
  const qOut = await readBack(device, qBuf, q.byteLength);
  const kOut = await readBack(device, kBuf, k.byteLength);
  if (errors.length > 0) throw new Error(`WebGPU errors: ${errors.join('; ')}`);

  const info = adapter.info ?? {};
  const result = {
    spec: manifest.rope,
    adapter: { vendor: info.vendor ?? '', architecture: info.architecture ?? '' },
    shaderLines: shader.split('\n').length,
    sizes: { tokens: TOKENS, offset: OFFSET },
    q: Array.from(q), k: Array.from(k), qOut: Array.from(qOut), kOut: Array.from(kOut),
  };
  const row = (a, n) => Array.from(a.slice(0, n), (x) => x.toFixed(5).padStart(9)).join(' ');
  document.getElementById('summary').textContent = [
    `${manifest.rope}: ${TOKENS} tokens at positions ${OFFSET}…${OFFSET + TOKENS - 1}, ${qHeads} q heads, ${kHeads} k heads, head_dim ${headDim}`,
    `adapter: ${result.adapter.vendor} ${result.adapter.architecture}; shader: ${result.shaderLines} lines of WGSL`,
    `q[0, 0, 0:6] before: ${row(q, 6)}`,
    `q[0, 0, 0:6] after:  ${row(qOut, 6)}`,
  ].join('\n');
  document.getElementById('result').textContent = JSON.stringify(result);
  document.getElementById('status').textContent = 'done';
  qBuf.destroy();
  kBuf.destroy();
}

main().catch((e) => {
  const status = document.getElementById('status');
  status.textContent = `error: ${e.message}`;
  status.className = 'error';
});
