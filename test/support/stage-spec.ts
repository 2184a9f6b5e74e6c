// The small spec the stage tests (KV cache, fp8 caches, fp8 q) wrap their kernel blocks in, and the
// deterministic wave of values they feed it.

/** A half-style spec with index + offset positions around `kernel` (default head: 8 lanes, 6 rotated). */
export const stageSpec = (name: string, kernel: string, head = 'head_dim 8\n  rotary dim 6') => `rope ${name} {
  ${head}
  style half
  frequencies base 10000
  positions index + offset
  kernel {
    ${kernel}
  }
}
`;

/** n values of a wave of amplitude up to 5·amp. */
export const waveValues = (n: number, seed: number, amp = 1) => Float64Array.from({ length: n }, (_, i) => Math.sin(i * 0.71 + seed) * (1 + (i % 5)) * amp);
