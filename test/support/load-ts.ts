// Loads a generated TypeScript module in-process (one implementation: src/backends/import-ts.ts).
import { importGeneratedTs } from '../../src/backends/import-ts.js';

export function loadGeneratedTs(source: string, name: string): Promise<Record<string, any>> {
  return importGeneratedTs(source, name);
}
