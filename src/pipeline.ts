// The whole pipeline, in the order a spec goes through it. Each stage is a pure function from one
// typed value to the next, and each can be printed with `ropec build --dump-after STAGE`.
//
//   text ──frontEnd──▶ Rope IR ──optimize──▶ optimized Rope IR ──per target──▶ files
//
//   frontEnd   compiler/frontend.ts   lex (tokens.ts) → parse (parser.ts) → check (checker.ts:
//                                     every diagnostic of a bad spec) → lower (lower.ts): the Rope
//                                     IR (compiler/ir.ts), positions and the kernel block lowered to
//                                     data; stage 'lower'
//   optimize   compiler/passes/       foldFrequencies, identityLanes, laneRuns, shareSinCos:
//                                     Rope IR → Rope IR; one stage per pass
//   per target (backends/<target>/index.ts: which kernels a target needs and the files around them)
//     build      kernel/build.ts      the program of one work item as kernel IR (kernel/ir.ts),
//                                     target-neutral; stage 'kernel'. The host's argument checks are
//                                     kernel IR too (kernel/checks.ts), printed by each host
//     legalize   kernel/legalize.ts   IR → IR passes the target's limits select (16-bit packing,
//                                     64-bit indices, bounds checks, unrolling); stage 'legalized'
//     print      backends/cstyle.ts   one C-style printer with a table per target
//                                     (backends/<target>/table.ts) → text
//     lay out    templates/           precompiled Handlebars fed view models → files
//   --js         backends/transpile.ts  each generated .ts also as NAME.js and NAME.d.ts
//
// The interpreter (compiler/interpreter.ts) is the independent float64 definition of the language:
// it reads the optimized Rope IR and shares no code with the printers.
import { makeDiagnostic, positionAt, type Diagnostic } from './compiler/diagnostics.js';
import { decodeText, FileError, readBytes } from './files.js';
import { frontEnd } from './compiler/frontend.js';
import type { OptimizedIR, RopeIR } from './compiler/ir.js';
import { optimize, PASS_NAMES } from './compiler/passes/index.js';
import type { Artifact, EmitOptions, TargetName } from './backends/common.js';
import { BACKENDS } from './backends/index.js';
import { withJavaScript } from './backends/transpile.js';
import type { KernelModule } from './kernel/ir.js';
import { KERNEL_STAGES, type KernelStage } from './kernel/legalize.js';

/** Every stage `--dump-after` can print: the Rope IR after lowering and each pass, then kernel IR. */
export const STAGES: readonly string[] = [...PASS_NAMES, ...KERNEL_STAGES];

export function isKernelStage(stage: string): stage is KernelStage {
  return (KERNEL_STAGES as readonly string[]).includes(stage);
}

export interface CompileOptions extends Omit<EmitOptions, 'onKernel'> {
  /** Name shown in diagnostics and banners (default `<input>`). */
  file?: string;
  /** Name the generated files' banners give the spec, when it should differ from `file`. */
  sourceName?: string;
  targets?: TargetName[];
  /** Called with the Rope IR after each pass ('lower' first). */
  onPass?: (pass: string, ir: RopeIR) => void;
  /** Called with each kernel module of each target, as built ('kernel') and legalized. */
  onKernel?: (stage: KernelStage, target: TargetName, m: KernelModule, variant?: string) => void;
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
  // A call that is not a spec (a wrong argument) is the caller's error, thrown; a bad spec is not.
  if (typeof source !== 'string') throw new TypeError(`compile: the source must be .rope text (a string), got ${source === null ? 'null' : typeof source}`);
  if (typeof options !== 'object' || options === null) throw new TypeError(`compile: options must be an object, got ${options === null ? 'null' : typeof options}`);
  if (options.targets !== undefined && !Array.isArray(options.targets)) throw new TypeError(`compile: options.targets must be a list such as ['ts', 'wgsl', 'cuda'], got ${JSON.stringify(options.targets)}`);
  const file = options.file ?? '<input>';
  const fe = frontEnd(source, file);
  const diagnostics = [...fe.diagnostics];
  const irs = fe.irs.map((ir) => optimize(options.sourceName === undefined ? ir : { ...ir, file: options.sourceName }, options.onPass));
  const artifacts: CompileResult['artifacts'] = [];
  for (const target of options.targets ?? []) {
    const backend = Object.hasOwn(BACKENDS, target) ? BACKENDS[target] : undefined;
    const { onKernel } = options;
    const emitOptions: EmitOptions = { ...options, onKernel: onKernel && ((stage, m, variant) => onKernel(stage, target, m, variant)) };
    for (const ir of irs) {
      if (!backend) {
        diagnostics.push(makeDiagnostic('RB001', `target '${target}' is not available in this build of ropec`, file, positionAt(source, 0)));
        break;
      }
      try {
        const r = backend.emit(ir, emitOptions);
        diagnostics.push(...r.diagnostics);
        artifacts.push(...(options.js ? withJavaScript(r.artifacts) : r.artifacts).map((a) => ({ ...a, target, spec: ir.name })));
      } catch (e) {
        diagnostics.push(makeDiagnostic('RX002', `internal compiler error in the ${target} backend: ${e instanceof Error ? e.message : String(e)}`, file, positionAt(source, 0)));
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
    return { ok: false, diagnostics: [makeDiagnostic('RC086', `cannot read ${path}: ${why}`, path, positionAt('', 0))], irs: [], artifacts: [], source: '' };
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
