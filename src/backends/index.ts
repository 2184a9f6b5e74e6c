// The backend registry: target name → backend.
import type { Backend, TargetName } from './common.js';
import { tsBackend } from './ts/index.js';

export const BACKENDS: Partial<Record<TargetName, Backend>> = {
  ts: tsBackend,
};

export const ALL_TARGETS: TargetName[] = ['ts', 'wgsl', 'cuda'];
