// The backend registry: target name → backend.
import type { Backend, TargetName } from './common.js';
import { cudaBackend } from './cuda/index.js';
import { tsBackend } from './ts/index.js';
import { wgslBackend } from './wgsl/index.js';

export const BACKENDS: Partial<Record<TargetName, Backend>> = {
  ts: tsBackend,
  wgsl: wgslBackend,
  cuda: cudaBackend,
};

export const ALL_TARGETS: TargetName[] = ['ts', 'wgsl', 'cuda'];
