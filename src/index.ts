// ropec's programmatic API. The CLI is a thin layer over these functions.
import { formatDiagnostic, type Diagnostic } from './compiler/diagnostics.js';
import { interpret, type RopeOutputs } from './compiler/interpreter.js';
import type { OptimizedIR, RopeIR } from './compiler/ir.js';
import { optimize, PASS_NAMES } from './compiler/passes/index.js';
import type { RopeInputs } from './compiler/runtime.js';
import { ALL_TARGETS } from './backends/index.js';
import type { Artifact, TargetName } from './backends/common.js';
import { compile } from './pipeline.js';

export { formatDiagnostic, interpret, optimize, PASS_NAMES, ALL_TARGETS };
export { compile, compileBytes, compileFile, STAGES, type CompileOptions, type CompileResult } from './pipeline.js';
export type { Artifact, Diagnostic, OptimizedIR, RopeIR, RopeInputs, RopeOutputs, TargetName };
export { RopeArgumentError } from './compiler/runtime.js';
export { importHfConfig, ImportError, type ImportOptions, type ImportResult } from './import/hf-config.js';
export { explain } from './compiler/explain.js';
export { explainSvg } from './compiler/explain-svg.js';
export { VERSION } from './version.js';

/** Compiles `source` and interprets its (single or named) rope block on the inputs. */
export function interpretSource(source: string, inputs: RopeInputs, name?: string): RopeOutputs {
  const r = compile(source);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => formatDiagnostic(d, source)).join('\n'));
  const ir = name ? r.irs.find((i) => i.name === name) : r.irs[0];
  if (!ir) throw new Error(`no rope named ${name}`);
  return interpret(ir, inputs);
}
export * from './positions/index.js';
