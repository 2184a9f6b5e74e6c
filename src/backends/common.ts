// What every backend shares: the artifact type, the banner, number literals, and view-model
// pieces derived from the IR. A backend is a small table of differences on top of this.
import type { Diagnostic } from '../compiler/diagnostics.js';
import type { OptimizedIR, RopeIR } from '../compiler/ir.js';
import type { KernelObserver } from '../kernel/legalize.js';
import { FILES, TEMPLATES } from '../templates.generated.js';
import { VERSION } from '../version.js';

export type TargetName = 'ts' | 'wgsl' | 'cuda';

export interface Artifact {
  /** File name relative to the output folder, e.g. `llama2_7b.wgsl`. */
  path: string;
  contents: string;
}

export interface EmitOptions {
  /** Also emit a PyTorch extension source (CUDA). */
  torch?: boolean;
  /** WGSL workgroup size (default 64). */
  workgroupSize?: number;
  /** WGSL: 16-byte vector access where lane runs line up with vectors, scalar tail otherwise (default true). */
  wgslVector?: boolean;
  /** Also write each generated .ts as plain JavaScript: NAME.js and NAME.d.ts next to it. */
  js?: boolean;
  /** Shown each kernel module as built and as legalized for the target (`--dump-after kernel`). */
  onKernel?: KernelObserver;
}

export interface BackendResult {
  artifacts: Artifact[];
  diagnostics: Diagnostic[];
}

/** A backend prints optimized IR; it never runs passes itself. */
export interface Backend {
  name: TargetName;
  emit(ir: OptimizedIR, options: EmitOptions): BackendResult;
}

/** The first lines of every generated file (comment syntax is C-like in all three targets). */
export function banner(ir: RopeIR, target: TargetName): string {
  return [
    `// Generated from ${commentSafe(ir.file)} (rope ${ir.name}) by ropec ${VERSION} for ${target}. Do not edit.`,
    `// spec-hash: ${ir.specHash}`,
  ].join('\n');
}

/**
 * Text that is safe inside a one-line comment of every target: characters outside printable ASCII
 * (line breaks of any kind, NUL, bidi overrides, zero-width and look-alike letters) become \u{…}.
 */
export function commentSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** A float64 as the shortest literal that reads back exactly (JS shortest round-trip). */
export function f64Literal(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`cannot print non-finite constant ${x}`);
  const s = String(x);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** A float64 rounded to float32, printed so it reads back to that float32. */
export function f32Literal(x: number): string {
  return f64Literal(Math.fround(x));
}

// ------------------------------------------------------------------------------------------------
// Templates: logic-less Handlebars, one folder per backend, precompiled at build time (strict,
// knownHelpersOnly, noEscape) by scripts/templates.mjs; ropec reads no template from disk. Every
// identifier that reaches a template was validated by the checker.

/** Renders templates/<backend>/<name>.hbs with a precomputed view model. */
export function renderTemplate(backend: TargetName, name: string, view: object): string {
  const template = TEMPLATES[`${backend}/${name}`];
  if (!template) throw new Error(`no template ${backend}/${name}.hbs`);
  return template(view);
}

/** A file of templates/<backend>/ that generated code includes as it is. */
export function templateFile(backend: TargetName, file: string): string {
  const text = FILES[`${backend}/${file}`];
  if (text === undefined) throw new Error(`no template file ${backend}/${file}`);
  return text;
}
