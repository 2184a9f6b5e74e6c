// ropec's programmatic API. The CLI is a thin layer over these functions.
import { decodeText, FileError, readBytes } from './files.js';
import { formatDiagnostic, makeDiagnostic, positionAt, type Diagnostic } from './compiler/diagnostics.js';
import { frontEnd } from './compiler/frontend.js';
import { interpret, type RopeOutputs } from './compiler/interpreter.js';
import type { OptimizedIR, RopeIR } from './compiler/ir.js';
import { optimize, PASS_NAMES } from './compiler/passes/index.js';
import type { RopeInputs } from './compiler/runtime.js';
import { ALL_TARGETS, BACKENDS } from './backends/index.js';
import type { Artifact, EmitOptions, TargetName } from './backends/common.js';

export { formatDiagnostic, interpret, optimize, PASS_NAMES, ALL_TARGETS };
export type { Artifact, Diagnostic, OptimizedIR, RopeIR, RopeInputs, RopeOutputs, TargetName };
export { RopeArgumentError } from './compiler/runtime.js';
export { importHfConfig, ImportError, type ImportOptions, type ImportResult } from './import/hf-config.js';
export { explain } from './compiler/explain.js';
export { explainSvg } from './compiler/explain-svg.js';
export { VERSION } from './version.js';

export interface CompileOptions extends EmitOptions {
  /** Name shown in diagnostics and banners (default `<input>`). */
  file?: string;
  /** Name the generated files' banners give the spec, when it should differ from `file`. */
  sourceName?: string;
  targets?: TargetName[];
  /** Called with the IR after each pass ('lower' first). */
  onPass?: (pass: string, ir: RopeIR) => void;
}

export interface CompileResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Optimized IR per rope block. */
  irs: OptimizedIR[];
  artifacts: (Artifact & { target: TargetName; spec: string })[];
  source: string;
}

/** Compiles .rope text. Never throws on a bad spec: problems come back as diagnostics. */
export function compile(source: string, options: CompileOptions = {}): CompileResult {
  const file = options.file ?? '<input>';
  const fe = frontEnd(source, file);
  const diagnostics = [...fe.diagnostics];
  const irs = fe.irs.map((ir) => optimize(options.sourceName === undefined ? ir : { ...ir, file: options.sourceName }, options.onPass));
  const artifacts: CompileResult['artifacts'] = [];
  for (const target of options.targets ?? []) {
    const backend = BACKENDS[target];
    for (const ir of irs) {
      if (!backend) {
        diagnostics.push(makeDiagnostic('RB001', `target '${target}' is not available in this build of ropec`, file, positionAt(source, 0)));
        break;
      }
      try {
        const r = backend.emit(ir, options);
        diagnostics.push(...r.diagnostics);
        artifacts.push(...r.artifacts.map((a) => ({ ...a, target, spec: ir.name })));
      } catch (e) {
        diagnostics.push(makeDiagnostic('RX001', `internal compiler error in the ${target} backend: ${e instanceof Error ? e.message : String(e)}`, file, positionAt(source, 0)));
      }
    }
  }
  return { ok: diagnostics.every((d) => d.severity !== 'error'), diagnostics, irs, artifacts, source };
}

/** Reads and compiles a file; an unreadable file becomes a diagnostic too. */
export function compileFile(path: string, options: CompileOptions = {}): CompileResult {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(path);
  } catch (e) {
    const why = e instanceof FileError ? e.reason : (e as Error).message;
    return { ok: false, diagnostics: [makeDiagnostic('RC016', `cannot read ${path}: ${why}`, path, positionAt('', 0))], irs: [], artifacts: [], source: '' };
  }
  return compileBytes(bytes, { ...options, file: options.file ?? path });
}

/**
 * Compiles a file's bytes: UTF-8, a leading byte-order mark allowed. Bytes that are not text (a
 * binary file, a .npy, UTF-16) get one diagnostic rather than one per stray character.
 */
export function compileBytes(bytes: Uint8Array, options: CompileOptions = {}): CompileResult {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    const file = options.file ?? '<input>';
    return { ok: false, diagnostics: [makeDiagnostic('RL003', `this is not a .rope spec: ${decoded.reason}`, file, positionAt('', 0))], irs: [], artifacts: [], source: '' };
  }
  return compile(decoded.text, options);
}

/** Compiles `source` and interprets its (single or named) rope block on the inputs. */
export function interpretSource(source: string, inputs: RopeInputs, name?: string): RopeOutputs {
  const r = compile(source);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => formatDiagnostic(d, source)).join('\n'));
  const ir = name ? r.irs.find((i) => i.name === name) : r.irs[0];
  if (!ir) throw new Error(`no rope named ${name}`);
  return interpret(ir, inputs);
}
export * from './positions/index.js';
