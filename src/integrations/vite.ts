// A Vite and Rollup plugin (one object serves both): `.rope` files become ES modules at build time.
//
//   import rope, { rotate, SPEC } from './model.rope';          // the TypeScript kernel (as JS)
//   import shader, { createKernel, manifest } from './model.rope?wgsl';   // WGSL + host code
//
// `./model.rope` is the module ropec's ts target generates (SPEC, rotate, rotateInPlace,
// rotateInto), compiled to JavaScript; its default export is an object holding the same exports.
// `./model.rope?wgsl` is the WGSL host module (WGSL, ENTRY_POINT, WORKGROUP_SIZE, createKernel, …)
// with `manifest` (the parsed NAME.wgsl.json) added; its default export is the shader text.
// A file with several rope blocks needs `?spec=NAME` (`./model.rope?wgsl&spec=NAME`).
// Spec errors fail the build with the file, line and column of each diagnostic; the .rope file is
// watched, so watch mode and Vite's dev server rebuild when it changes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compileBytes, formatDiagnostic, type CompileOptions, type Diagnostic } from '../index.js';
import { transpile } from '../backends/transpile.js';

export interface RopePluginOptions {
  /** WGSL workgroup size (default 64). */
  workgroupSize?: number;
  /** Folder that the file names in generated banners and messages are relative to (default: Vite's root, else the working folder). */
  root?: string;
}

/** The part of Rollup's and Vite's plugin context this plugin uses. */
interface PluginContext {
  addWatchFile(id: string): void;
  error(e: { message: string; id?: string; loc?: { file?: string; line: number; column: number } }): never;
  warn(e: { message: string; id?: string; loc?: { file?: string; line: number; column: number } }): void;
}

export interface RopePlugin {
  name: 'ropec';
  enforce: 'pre';
  configResolved(config: { root: string }): void;
  resolveId(this: unknown, source: string, importer: string | undefined): string | null;
  load(this: PluginContext, id: string): { code: string; map: null } | null;
}

const ROPE_ID = /\.rope(\?.*)?$/;

interface Request {
  file: string;
  wgsl: boolean;
  spec: string | undefined;
}

/**
 * Our query parameters, and the ones Vite's dev server adds to any module (t: a timestamp after an
 * edit, v: a version, import). An id with any other (Vite's ?raw and ?url, a typo like ?wsgl) is
 * not ours: Vite handles it, or fails on it, instead of this plugin answering with the TS kernel.
 */
const OURS = new Set(['wgsl', 'spec', 't', 'v', 'import']);

function parseId(id: string): Request | null {
  if (id.startsWith('\0') || !ROPE_ID.test(id)) return null;
  const q = id.indexOf('?');
  const file = q < 0 ? id : id.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : id.slice(q + 1));
  if ([...params.keys()].some((k) => !OURS.has(k))) return null;
  return { file, wgsl: params.has('wgsl'), spec: params.get('spec') ?? undefined };
}

/** Options as given: a wrong one is named when the plugin is made, not reported at a spec's first line. */
function checkOptions(options: unknown): RopePluginOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError(`ropec/vite: options must be an object such as { workgroupSize: 64 }, got ${JSON.stringify(options)}`);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== 'workgroupSize' && key !== 'root') throw new TypeError(`ropec/vite: unknown option '${key}' (options: workgroupSize, root)`);
  }
  if (o.workgroupSize !== undefined && !(typeof o.workgroupSize === 'number' && Number.isInteger(o.workgroupSize) && o.workgroupSize >= 1)) {
    throw new TypeError(`ropec/vite: workgroupSize must be a whole number ≥ 1, got ${JSON.stringify(o.workgroupSize)}`);
  }
  if (o.root !== undefined && typeof o.root !== 'string') throw new TypeError(`ropec/vite: root must be a folder path (a string), got ${JSON.stringify(o.root)}`);
  return o as RopePluginOptions;
}

/** Names a transpiled module exports with `export const|let|function|class NAME`. */
function exportedNames(js: string): string[] {
  return [...js.matchAll(/^export\s+(?:const|let|var|function\*?|async\s+function|class)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
}

/** The Vite/Rollup plugin. Usage: `plugins: [rope()]` in vite.config or rollup.config. */
export default function rope(given: RopePluginOptions = {}): RopePlugin {
  const options = checkOptions(given);
  let root = options.root ?? process.cwd();
  return {
    name: 'ropec',
    enforce: 'pre',
    configResolved(config) {
      if (options.root === undefined) root = config.root;
    },
    resolveId(source, importer) {
      if (!parseId(source)) return null;
      const q = source.indexOf('?');
      const path = q < 0 ? source : source.slice(0, q);
      const query = q < 0 ? '' : source.slice(q);
      if (isAbsolute(path)) {
        // A file path, or (Vite's dev server) a URL from the project root such as /src/model.rope.
        if (existsSync(path)) return path + query;
        const fromRoot = join(root, path);
        return existsSync(fromRoot) ? fromRoot + query : null;
      }
      if (!path.startsWith('.')) return null; // a bare specifier: not ours
      const base = importer ? dirname(parseId(importer)?.file ?? importer.split('?')[0]) : root;
      return resolve(base, path) + query;
    },
    load(id) {
      const req = parseId(id);
      if (!req) return null;
      this.addWatchFile(req.file);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(req.file);
      } catch (e) {
        this.error({ message: `ropec: cannot read ${req.file}: ${(e as Error).message}`, id: req.file });
      }
      const shown = relative(root, req.file).split(sep).join('/');
      const target = req.wgsl ? 'wgsl' : 'ts';
      const compileOptions: CompileOptions = { file: shown, targets: [target], workgroupSize: options.workgroupSize };
      // As the command line reads a spec: UTF-8 with or without a byte-order mark.
      const r = compileBytes(bytes, compileOptions);
      const source = r.source;
      const report = (d: Diagnostic) => ({
        message: formatDiagnostic(d, source),
        id: req.file,
        // Rollup's convention: 1-based line, 0-based column (ropec's columns are 1-based).
        loc: { file: req.file, line: d.pos.line, column: d.pos.col - 1 },
      });
      for (const d of r.diagnostics) if (d.severity !== 'error') this.warn(report(d));
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        const first = report(errors[0]);
        const rest = errors.slice(1).map((d) => `\n\n${formatDiagnostic(d, source)}`).join('');
        this.error({ ...first, message: `${first.message}${rest}` });
      }
      const names = r.irs.map((ir) => ir.name);
      const name = req.spec ?? (names.length === 1 ? names[0] : undefined);
      if (name === undefined || !names.includes(name)) {
        const why = req.spec === undefined ? `holds ${names.length} rope blocks (${names.join(', ')})` : `has no rope block named '${req.spec}' (it has ${names.join(', ')})`;
        this.error({ message: `ropec: ${shown} ${why}; choose one with '?spec=NAME'`, id: req.file });
      }
      const artifact = (path: string) => r.artifacts.find((a) => a.spec === name && a.path === path)?.contents;
      if (!req.wgsl) {
        const js = transpile(artifact(`${name}.ts`)!);
        const names = exportedNames(js);
        return { code: `${js}\nexport default { ${names.join(', ')} };\n`, map: null };
      }
      const host = transpile(artifact(`${name}.wgsl.ts`)!);
      const manifest = artifact(`${name}.wgsl.json`)!;
      return {
        code: `${host}\n/** The kernel's manifest (${name}.wgsl.json). */\nexport const manifest = ${manifest.trim()};\nexport default WGSL;\n`,
        map: null,
      };
    },
  };
}

export { rope };
