// Host-side position builders: M-RoPE (Qwen2-VL / 2.5-VL / 3-VL / 2.5-Omni) and the TMRoPE time
// line, each as a tensor and as a compact segment table a kernel can evaluate per token.
export * from './segments.js';
export * from './mrope.js';
export * from './timeline.js';
export * from './encoding.js';
