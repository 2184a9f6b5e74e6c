#!/usr/bin/env node
// The `ropec` command line: a thin layer over src/index.ts. Exit codes (EXIT below): 0 ok,
// 1 the specs or the data are wrong, 2 the command line is wrong, 3 a file cannot be read or
// written, 4 an internal error of ropec.
import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { explain } from './compiler/explain.js';
import { explainSvg } from './compiler/explain-svg.js';
import { importHfConfig, ImportError } from './import/hf-config.js';
import type { Dtype, Layout } from './compiler/spec.js';
import { formatSource } from './compiler/format.js';
import { dumpJson } from './compiler/dump.js';
import { ALL_TARGETS, compileBytes, formatDiagnostic, PASS_NAMES, VERSION, type CompileOptions, type CompileResult, type TargetName } from './index.js';
import { closest } from './compiler/diagnostics.js';
import { FileError, OutputClashError, readBytes, readText, refuseOverwritingInputs, statPath, writeOutputsTogether, type OutputFile } from './files.js';
import { parseJson, parseSizeList, parseSizesJson, sizeNames } from './inputs.js';
import { isKernelStage, STAGES } from './pipeline.js';
import { BACKENDS } from './backends/index.js';
import type { OptimizedIR, RopeIR } from './compiler/ir.js';
import { RopeArgumentError, type RopeSizes } from './compiler/runtime.js';
import { NpyError, writeNpy } from './npy.js';
import { decodeStorage } from './storage.js';
import { fp8Cache, fp8Q } from './kernel/args.js';
import { buildPositions } from './positions-command.js';
import {
  compareOutputs, outputTolerance, interpretStored, DEFAULT_TOLERANCE, kvCacheDims, mergeQkv, type Comparison, outputFiles, prepareInputs, prepareQkv, qkvOutputFile, RUN_BACKENDS, runBackend, writeOutputs,
  type PositionFiles, type RunBackend,
} from './run.js';
import { CUDA_DEVICES, CudaRunError, type CudaDevice } from './runners/cuda.js';
import { releaseWgslDevice, WgslRunError } from './runners/wgsl.js';

class UsageError extends Error {}

/** Exit codes, documented in the help and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2, file: 3, internal: 4 } as const;

const HELP: Record<string, string> = {
  main: `ropec ${VERSION} — a compiler for rotary position embeddings

Usage: ropec <command> [options] <files or folders of .rope files>

Commands:
  run       apply a spec to q, k from .npy files on a backend (and compare)
  positions build the position tensor of a sequence (mrope, timeline, index, grid) as .npy
  build     compile specs to kernels and host code (ts, wgsl, cuda)
  check     report diagnostics only
  explain   show which lanes rotate with which axis at which frequency (--svg: a picture)
  import    convert a Hugging Face config.json into a .rope file
  fmt       print or rewrite specs in canonical form

Run 'ropec <command> --help' for the options of a command.
Exit codes: 0 success; 1 the specs or the data have errors (or --compare is above tolerance);
2 the command line is wrong; 3 a file or folder cannot be read or written (the message names it
and why); 4 an internal error of ropec (please report it).`,
  build: `Usage: ropec build [options] <files or folders>

Compiles every .rope file (folders are searched for *.rope) and writes one set of files per spec
and target into --out. Files are rewritten only when their content changes.

Options:
  -t, --target LIST      comma-separated targets: ${ALL_TARGETS.join(', ')} (default: all available)
  -o, --out DIR          output folder (default: gen)
      --dump-after STAGE print the IR after STAGE and write nothing: the Rope IR after
                         ${PASS_NAMES.join(', ')};
                         the kernel IR of each --target as built (kernel) or after the
                         target's legalization (legalized)
      --js               also write every generated .ts (the ts module, the WGSL host) as plain
                         JavaScript: NAME.js (runs on Node 20 without TypeScript) and NAME.d.ts
      --torch            also emit a PyTorch extension source (cuda target)
      --workgroup-size N WGSL workgroup size (default 64)
      --wgsl-scalar      WGSL: one element per access even where 16-byte vectors fit
  -w, --watch            build, then rebuild whenever a .rope file given (or one in a folder given)
                         changes; one line per rebuild; errors are reported and watching goes on;
                         Ctrl-C stops
  -q, --quiet            no per-spec summary lines
  -h, --help             this help`,
  check: `Usage: ropec check <files or folders>

Parses and checks the specs and prints every diagnostic with file:line:col and a code.`,
  explain: `Usage: ropec explain [--name SPEC] [--svg [--out FILE.svg]] <files>

Prints, for each rope block (or the one named), the lanes, axis, position source and frequency
of every pair, the attention factor, and the bytes a kernel reads and writes per token.

Options:
      --name SPEC   only the rope block named SPEC
      --svg         draw an SVG instead: the lanes and pairs coloured by axis, each pair's
                    frequency on a log scale, the YaRN/llama3 interpolation weight and LongRoPE
                    factors where they apply
  -o, --out FILE    with --svg: write FILE.svg (default: stdout); with several rope blocks,
                    one file each, FILE-NAME.svg`,
  import: `Usage: ropec import <config.json> [options]

Reads a Hugging Face config.json (rope_theta, head_dim or hidden_size / num_attention_heads,
partial_rotary_factor / rotary_pct / rotary_dim, num_key_value_heads, rope_scaling or
rope_parameters of type default, linear, dynamic, yarn, llama3, longrope; mrope_section,
mrope_interleaved; Qwen-VL text_config / vision_config) and writes the equivalent .rope file.
A field it cannot map is an error naming its JSON path (exit 1, nothing written); fields it
ignores that could matter are warned about on stderr and in the file's header.

Options:
      --name NAME        spec name (default: from _name_or_path, else model_type)
  -o, --out FILE         write FILE (default: stdout)
      --dtype D          f32 | f16 | bf16 (default: from torch_dtype, else f32)
      --layout L         thd | bshd | bhsd: [tokens, heads, dim] (default), [batch, seq, heads, dim],
                         [batch, heads, seq, dim]
      --positions P      text models: 'index' or 'index+offset' (default; decode needs the offset)`,

  run: `Usage: ropec run SPEC.rope --q q.npy --k k.npy --out DIR [options]
       ropec run SPEC.rope --qkv qkv.npy --out DIR [options]      (specs with kernel { strided })

Applies the spec to q and k read from NumPy .npy files (C order, little-endian; f32 '<f4',
f16 '<f2', bf16 as raw '<u2' bits with --bf16) and writes DIR/q.npy and DIR/k.npy in the same
dtype. Sizes are read from the shapes of q and k; anything else the spec leaves to run time
(grid sizes, offset, seq_len) comes from --sizes or --sizes-file. Nothing is written on error.

Options:
  -b, --backend NAME     ${RUN_BACKENDS.join(' | ')} (default interp). wgsl runs the generated shader
                         and host module on Dawn (the webgpu package) with the first adapter it
                         finds; VK_ICD_FILENAMES defaults to chromium's SwiftShader Vulkan driver
                         (/usr/lib/chromium/vk_swiftshader_icd.json)
      --device cpu|gpu   cuda: run the nvcc-built kernel on the CPU (default; emulates the launch
                         grid) or launch it on the local GPU (nvcc from $NVCC or /usr/local/bin/nvcc;
                         built once per spec, cached in $XDG_CACHE_HOME/ropec or ./.cache/ropec)
      --q FILE, --k FILE query and key tensors in the spec's layout
      --qkv FILE         instead of --q and --k: a fused [tokens, q_heads + 2·k_heads, head_dim]
                         tensor (q heads, then k heads, then v heads; [batch, seq, …] for batch
                         layouts) whose q and k parts are rotated as strided views; writes
                         DIR/qkv.npy with v unchanged
      --positions FILE   positions for tensor / timeline / mrope specs ([tokens] or [3, tokens])
      --k-positions FILE k's own positions ('k … tokens own' specs: [k_tokens] or [3, k_tokens];
                         batch layouts: k_tokens = batch · k_seq, k_seq read off k's shape)
      --sequence FILE    mrope / timeline specs: the sequence JSON of 'ropec positions'; the
                         segment table the kernel evaluates is built from it
      --offsets FILE     per-sequence offsets [batch] ('<i4' or '<i8')
      --cu-seqlens FILE  packed sequence starts [batch + 1]
      --k-offsets FILE, --k-cu-seqlens FILE, --k-grid-sizes FILE
                         'k … tokens own' specs: k's own per-sequence offsets [batch], packed
                         sequence starts [batch + 1] (as many sequences as q's) and packed grid
                         sizes [batch, axes]
      --grid-sizes FILE  grid(…) packed specs: each sequence's grid sizes [batch, axes]
      --cache FILE       sincos cache(layout cos_sin) specs: the engine's cos_sin_cache
                         [cache_positions, rot] in the cache's dtype ('<f4', '<f2', bf16 '<u2');
                         without it, the spec's own cache up to the largest position
      --cos-cache FILE, --sin-cache FILE
                         sincos cache(layout split) specs: the cos and sin caches [rows, rot/2]
      --q-norm-weight FILE, --k-norm-weight FILE
                         norm rms(…) specs: q's and k's weights [head_dim], in the spec's dtype
                         ('<f4', '<f2', bf16 '<u2') or float32 / float64 (rounded to it)
      --v FILE, --slot-mapping FILE, --k-cache FILE, --v-cache FILE
                         kv_cache specs: v (k's shape), each token's slot [tokens] ('<i4' or
                         '<i8'; −1 skips the token) and the caches in the spec's dtype (fp8
                         caches: their bytes, '|u1'); the updated caches are written as
                         DIR/k_cache.npy and DIR/v_cache.npy (with --qkv, v is the fused tensor's
                         last k_heads heads: no --v)
      --block-table FILE kv_cache paged(…, slots table) specs, instead of --slot-mapping: each
                         sequence's cache blocks [batch, table_blocks] ('<i4' or '<i8'; −1: none)
      --k-scale X, --v-scale X
                         kv_cache …(dtype fp8_e4m3) specs: the caches hold e4m3(k / k_scale) and
                         e4m3(v / v_scale); finite numbers > 0
      --q-scale X        q … output fp8_e4m3 specs: q's output holds e4m3(q / q_scale), written
                         as DIR/q.npy of bytes ('|u1'); a finite number > 0
      --sizes LIST       e.g. t=16,h=32,w=32,offset=7,seq_len=4096 ('k … tokens own': k's
                         k_offset=…, k_t=…, …)
      --sizes-file FILE  the same as a JSON object
      --name NAME        which rope block of the file (default: the only one)
      --bf16             the .npy files hold bf16 bit patterns as '<u2'
  -o, --out DIR          output folder
      --compare interp   also run the interpreter; print max abs / rel error and the worst index
      --tol X            relative tolerance for --compare (default f32 1e-5, f16 2e-3, bf16 1.6e-2);
                         above it: exit 1, the outputs still written (to inspect them)`,
  positions: `Usage: ropec positions SPEC.rope --input sequence.json --out p.npy [--deltas d.npy] [--name NAME]

Runs the spec's position builder on a JSON description of the sequence and writes the positions:
  mrope     {"input_ids": [[…]], "attention_mask"?, "image_grid_thw"?, "video_grid_thw"?,
             "second_per_grid_ts"?, "mm_token_type_ids"?, "audio_lengths"?,
             "audio_feature_lengths"?, "use_audio_in_video"?}  → int64 [3, batch, seq], and
             rope_delta per row (int64 [batch]) to --deltas (default: the --out name with
             .rope_deltas.npy). Which transformers version's get_rope_index is followed is the
             spec's 'mrope(…, transformers v4_57 | v5 | v5_int_spg)' (default v5), e.g.
               ropec positions spec/qwen2_vl_7b.rope --input seq.json --out p.npy
  timeline  {"seq_len": N, "segments": [{"kind": "video", "start": 5, "end": 69,
             "patches_per_frame": 64, "frame_times": {"n": 1, "start": 1.0, "interval": 1}}, …],
             "mode"?: "strict" | "compat"}  → float32 [seq] ("rows": [[…], …] → [batch, seq])
  index     {"seq": S, "batch"?, "offset"?, "offsets"?} or {"cu_seqlens": […], "offsets"?}
  grid      {"sizes": {"t": 2, "h": 4, "w": 4}, "batch"?}  → [axes, tokens]
            grid(…) packed: {"grids": [{"h": 2, "w": 3}, {"h": 4, "w": 4}, …]}  → [axes, tokens], one
            sequence per grid (cu_seqlens = running sums of prefix + cells)
See docs/positions.md for every field. Nothing is written on error.`,
  fmt: `Usage: ropec fmt [--write | --check] <files or folders>

Prints the canonical form of each file (comments kept). --write rewrites files in place;
--check exits 1 when a file is not in canonical form.`,
};

function collectFiles(paths: string[]): string[] {
  if (paths.length === 0) throw new UsageError('no input files given');
  const out: string[] = [];
  for (const p of paths) {
    if (statPath(p).isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p);
      } catch (e) {
        throw new FileError(p, (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message);
      }
      const found = names.filter((f) => f.endsWith('.rope')).sort().map((f) => join(p, f));
      if (found.length === 0) throw new UsageError(`no .rope files in ${p}`);
      out.push(...found);
    } else out.push(p);
  }
  return out;
}

/** The rope block a one-spec command works on: the one named, or the file's only one. */
function pickSpec(r: CompileResult, file: string, name: string | undefined): OptimizedIR {
  const ir = name ? r.irs.find((i) => i.name === name) : r.irs.length === 1 ? r.irs[0] : undefined;
  if (!ir) throw new UsageError(name ? `no rope named '${name}' in ${file}` : `${file} holds several rope blocks; choose one with --name`);
  return ir;
}

/** About a screenful: a file with more diagnostics shows these and a count of the rest. */
const SHOWN_DIAGNOSTICS = 10;

function printDiagnostics(r: CompileResult): void {
  for (const d of r.diagnostics.slice(0, SHOWN_DIAGNOSTICS)) process.stderr.write(`${formatDiagnostic(d, r.source)}\n\n`);
  const rest = r.diagnostics.length - SHOWN_DIAGNOSTICS;
  if (rest > 0) process.stderr.write(`… and ${rest} more diagnostic${rest === 1 ? '' : 's'} in ${r.diagnostics[0].file}\n\n`);
}

/**
 * Reads and compiles a spec file. Diagnostics name the path given; generated files name the spec
 * by its file name alone, so that they do not depend on the folder it lies in or the machine.
 */
function compileSpec(path: string, options: CompileOptions = {}): CompileResult {
  return compileBytes(readBytes(path), { ...options, file: path, sourceName: basename(path) });
}

function parseTargets(text: string | undefined): TargetName[] {
  if (text === undefined) return ALL_TARGETS.filter((t) => BACKENDS[t]);
  const targets = text.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
  if (targets.length === 0) throw new UsageError(`--target needs at least one of ${ALL_TARGETS.join(', ')}, got '${text}'`);
  for (const t of targets) {
    if (!(ALL_TARGETS as string[]).includes(t)) throw new UsageError(`unknown target '${t}' (targets: ${ALL_TARGETS.join(', ')})`);
  }
  return targets as TargetName[];
}

function cmdBuild(argv: string[]): number | Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string', short: 't' },
      out: { type: 'string', short: 'o' },
      'dump-after': { type: 'string' },
      torch: { type: 'boolean' },
      js: { type: 'boolean' },
      'workgroup-size': { type: 'string' },
      'wgsl-scalar': { type: 'boolean' },
      watch: { type: 'boolean', short: 'w' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help('build');
  const dump = values['dump-after'];
  if (dump !== undefined && !STAGES.includes(dump)) {
    throw new UsageError(`unknown stage '${dump}' for --dump-after (stages: ${STAGES.join(', ')})`);
  }
  let workgroupSize: number | undefined;
  if (values['workgroup-size'] !== undefined) {
    workgroupSize = Number(values['workgroup-size']);
    if (!Number.isInteger(workgroupSize) || workgroupSize < 1 || workgroupSize > 1024) {
      throw new UsageError(`--workgroup-size must be a whole number from 1 to 1024, got ${values['workgroup-size']}`);
    }
  }
  const targets = dump !== undefined && !isKernelStage(dump) ? [] : parseTargets(values.target);
  if (values.watch && dump !== undefined) throw new UsageError('--watch and --dump-after do not go together');
  const outDir = resolve(values.out ?? 'gen');
  const first = buildOnce(collectFiles(positionals), values.quiet ?? false);
  if (!values.watch) return first.failed ? 1 : 0;
  return watchAndRebuild(positionals, () => buildOnce(collectFiles(positionals), true));

  function buildOnce(files: string[], quiet: boolean): BuildSummary {
    let failed = false;
    const started = performance.now();
    const planned: (OutputFile & { from: string; spec: string })[] = [];
    const summaries: string[] = [];
    for (const file of files) {
      const r = compileSpec(file, {
        targets,
        torch: values.torch,
        js: values.js,
        workgroupSize,
        wgslVector: values['wgsl-scalar'] ? false : undefined,
        onPass: dump !== undefined ? (pass, ir) => {
          if (pass === dump) process.stdout.write(`// IR of ${ir.name} after ${pass}\n${dumpJson(ir)}`);
        } : undefined,
        onKernel: dump !== undefined ? (stage, target, m, variant) => {
          if (stage === dump) process.stdout.write(`// kernel IR of ${m.name} for ${target}${variant ? ` (${variant})` : ''} after ${stage}\n${dumpJson(m)}`);
        } : undefined,
      });
      printDiagnostics(r);
      if (!r.ok) {
        failed = true;
        process.stderr.write(`${file}: failed (${r.diagnostics.length} diagnostic${r.diagnostics.length === 1 ? '' : 's'})\n`);
        continue;
      }
      if (dump !== undefined) continue;
      planned.push(...r.artifacts.map((a) => ({ path: join(outDir, a.path), contents: a.contents, from: file, spec: a.spec })));
      for (const ir of r.irs) {
        const mine = r.artifacts.filter((a) => a.spec === ir.name);
        const per = targets.map((t) => `${t} ${mine.filter((a) => a.target === t).length}`).join(', ');
        summaries.push(`${basename(file)}: ${ir.name} — ${ir.pairs.length} pairs on ${ir.axes.join('/')}, ${ir.host.positions.kind} positions → ${per} file(s)\n`);
      }
    }
    const clash = outputClash(planned);
    if (clash) {
      process.stderr.write(`ropec build: ${clash}; rename one of the rope blocks (nothing was written)\n`);
      return { failed: true, files: files.length, written: 0, unchanged: 0, ms: Math.round(performance.now() - started) };
    }
    refuseOverwritingInputs(planned.map((f) => f.path), files);
    const written = writeOutputsTogether(planned).length;
    const unchanged = planned.length - written;
    if (!quiet) for (const line of summaries) process.stdout.write(line);
    const ms = Math.round(performance.now() - started);
    if (dump === undefined && !quiet) {
      process.stdout.write(`${files.length} file(s), ${written} written, ${unchanged} unchanged, into ${outDir} in ${ms} ms\n`);
    }
    return { failed, files: files.length, written, unchanged, ms };
  }
}

/** Two specs whose outputs would land on the same file, in words; undefined when none do. */
function outputClash(planned: { path: string; from: string; spec: string }[]): string | undefined {
  const owner = new Map<string, { from: string; spec: string }>();
  for (const p of planned) {
    const before = owner.get(resolve(p.path));
    if (before && (before.from !== p.from || before.spec !== p.spec)) {
      return `${before.from} (rope ${before.spec}) and ${p.from} (rope ${p.spec}) would both write ${p.path}`;
    }
    owner.set(resolve(p.path), p);
  }
  return undefined;
}

interface BuildSummary {
  failed: boolean;
  files: number;
  written: number;
  unchanged: number;
  ms: number;
}

/**
 * `build --watch`: watches the folder of every file given (editors often replace a file rather
 * than write it) and every folder given, and rebuilds 100 ms after the last change to a .rope file
 * there, printing one line per rebuild. Resolves 0 on SIGINT or SIGTERM, after closing the watchers.
 */
function watchAndRebuild(paths: string[], rebuild: () => BuildSummary): Promise<number> {
  const watched = new Map<string, (name: string) => boolean>();
  for (const p of paths) {
    const full = resolve(p);
    if (statPath(full).isDirectory()) watched.set(full, (name) => name.endsWith('.rope'));
    else {
      const dir = dirname(full);
      const before = watched.get(dir);
      watched.set(dir, (name) => name === basename(full) || (before?.(name) ?? false));
    }
  }
  const stamp = () => new Date().toISOString().slice(11, 19);
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    timer = undefined;
    let line: string;
    try {
      const s = rebuild();
      line = s.failed
        ? `failed — ${s.files} file(s), ${s.written} written, ${s.unchanged} unchanged (diagnostics above)`
        : `rebuilt ${s.files} file(s): ${s.written} written, ${s.unchanged} unchanged, in ${s.ms} ms`;
    } catch (e) {
      line = `failed — ${(e as Error).message}`; // e.g. a folder that no longer holds .rope files
    }
    process.stdout.write(`[${stamp()}] ${line}\n`);
  };
  process.stdout.write(`[${stamp()}] watching ${[...watched.keys()].map((d) => `${d}/`).join(', ')} — Ctrl-C to stop\n`);
  return new Promise((done) => {
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(fire, 100);
    };
    // A watcher stays with the folder it was made on: one removed and made again (git checkout,
    // rm -r and a restore) is watched anew, told apart by its inode and birth time (a new folder
    // may get the old one's inode number), and rebuilt from.
    const attached = new Map<string, { watcher: FSWatcher; ino: string }>();
    const inode = (dir: string) => {
      try {
        const st = statSync(dir);
        return `${st.ino}:${st.birthtimeMs}`;
      } catch {
        return undefined;
      }
    };
    const attach = (dir: string, accepts: (name: string) => boolean, ino: string) => {
      try {
        const watcher = watch(dir, (_event, name) => {
          if (name !== null && accepts(name.toString())) schedule();
        });
        watcher.on('error', () => undefined); // the folder went away: the poll below watches it anew
        attached.set(dir, { watcher, ino });
        return true;
      } catch {
        return false;
      }
    };
    const poll = setInterval(() => {
      for (const [dir, accepts] of watched) {
        const ino = inode(dir);
        const a = attached.get(dir);
        if (a && a.ino === ino) continue;
        a?.watcher.close();
        attached.delete(dir);
        if (ino !== undefined && attach(dir, accepts, ino)) schedule();
      }
    }, 500);
    const stop = () => {
      if (timer) clearTimeout(timer);
      clearInterval(poll);
      for (const { watcher } of attached.values()) watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stdout.write(`[${stamp()}] stopped watching\n`);
      done(0);
    };
    for (const [dir, accepts] of watched) {
      const ino = inode(dir);
      if (ino !== undefined) attach(dir, accepts, ino);
    }
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function cmdCheck(argv: string[]): number {
  const { values, positionals } = parseCommandLine({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return help('check');
  let failed = false;
  for (const file of collectFiles(positionals)) {
    const r = compileSpec(file);
    printDiagnostics(r);
    if (!r.ok) failed = true;
    else process.stdout.write(`${file}: ok (${r.irs.map((i) => i.name).join(', ')})\n`);
  }
  return failed ? 1 : 0;
}

function cmdExplain(argv: string[]): number {
  const { values, positionals } = parseCommandLine({
    args: argv, allowPositionals: true,
    options: { name: { type: 'string' }, svg: { type: 'boolean' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return help('explain');
  if (values.out !== undefined && !values.svg) throw new UsageError('--out goes with --svg');
  let failed = false;
  const files = collectFiles(positionals);
  if (values.out !== undefined) refuseOverwritingInputs([values.out], files);
  // --name picks its rope from whichever files hold it (refused only when none does), before anything is printed.
  const chosen: RopeIR[] = [];
  for (const file of files) {
    const r = compileSpec(file);
    printDiagnostics(r);
    if (!r.ok) failed = true;
    else chosen.push(...(values.name ? r.irs.filter((i) => i.name === values.name) : r.irs));
  }
  if (values.name && chosen.length === 0 && !failed) throw new UsageError(`no rope named '${values.name}' in ${files.join(', ')}`);
  if (!values.svg) {
    if (chosen.length > 0) process.stdout.write(`${chosen.map(explain).join('\n\n')}\n`);
  } else if (values.out === undefined) process.stdout.write(chosen.map(explainSvg).join(''));
  else {
    const out = values.out;
    const svgs = chosen.map((ir) => ({ ir, path: chosen.length === 1 ? out : out.replace(/(\.svg)?$/, `-${ir.name}.svg`) }));
    refuseOverwritingInputs(svgs.map((f) => f.path), files);
    writeOutputsTogether(svgs.map(({ ir, path }) => ({ path, contents: explainSvg(ir) })));
    for (const { ir, path } of svgs) process.stdout.write(`wrote ${path} (rope ${ir.name})\n`);
  }
  return failed ? 1 : 0;
}

function cmdImport(argv: string[]): number {
  const { values, positionals } = parseCommandLine({
    args: argv, allowPositionals: true,
    options: {
      name: { type: 'string' }, out: { type: 'string', short: 'o' }, dtype: { type: 'string' }, layout: { type: 'string' },
      positions: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help('import');
  if (positionals.length !== 1) throw new UsageError('import takes exactly one config.json');
  const dtypes = ['f32', 'f16', 'bf16'];
  if (values.dtype !== undefined && !dtypes.includes(values.dtype)) throw new UsageError(`--dtype takes ${dtypes.join(', ')}, got '${values.dtype}'`);
  const layouts = ['thd', 'bshd', 'bhsd'];
  if (values.layout !== undefined && !layouts.includes(values.layout)) throw new UsageError(`--layout takes ${layouts.join(', ')}, got '${values.layout}'`);
  const positionChoices: Record<string, 'index' | 'index + offset'> = { index: 'index', 'index+offset': 'index + offset' };
  if (values.positions !== undefined && !(values.positions in positionChoices)) throw new UsageError(`--positions takes index or index+offset, got '${values.positions}'`);
  const file = positionals[0];
  const fail = (message: string) => {
    process.stderr.write(`ropec import: ${file}: ${message}\nnothing was written\n`);
    return 1;
  };
  if (values.out !== undefined) refuseOverwritingInputs([values.out], [file]);
  const text = readText(file);
  try {
    const json = parseJson(text);
    const r = importHfConfig(json, {
      name: values.name, dtype: values.dtype as Dtype | undefined, layout: values.layout as Layout | undefined,
      positions: values.positions === undefined ? undefined : positionChoices[values.positions], source: basename(file),
    });
    for (const w of r.warnings) process.stderr.write(`ropec import: ${file}: warning: ${w}\n`);
    if (values.out === undefined) process.stdout.write(r.text);
    else {
      writeOutputsTogether([{ path: values.out, contents: r.text }]);
      process.stdout.write(`wrote ${values.out} (rope ${r.name})\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportError || e instanceof RopeArgumentError) return fail(e.message);
    throw e;
  }
}

function cmdFmt(argv: string[]): number {
  const { values, positionals } = parseCommandLine({
    args: argv, allowPositionals: true,
    options: { write: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return help('fmt');
  if (values.write && values.check) throw new UsageError('give --write or --check, not both');
  let status = 0;
  const rewrites: OutputFile[] = [];
  for (const file of collectFiles(positionals)) {
    const bytes = readBytes(file);
    const r = compileBytes(bytes, { file });
    if (!r.ok) {
      printDiagnostics(r);
      status = 1;
      continue;
    }
    // compileBytes accepted the bytes, so they are UTF-8: reformatting changes only whitespace and
    // layout, and a byte-order mark the file had is kept.
    const source = r.source;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
    const f = formatSource(source);
    if (f.text === undefined) {
      process.stderr.write(`${file}: ${f.error}\n`);
      status = 1;
      continue;
    }
    if (values.check) {
      if (f.text !== source) {
        process.stdout.write(`${file}: not formatted\n`);
        status = 1;
      }
    } else if (values.write) {
      if (f.text !== source) rewrites.push({ path: file, contents: bom + f.text });
    } else process.stdout.write(f.text);
  }
  for (const path of writeOutputsTogether(rewrites)) process.stdout.write(`${path}: formatted\n`);
  return status;
}

function help(cmd: string): number {
  process.stdout.write(`${HELP[cmd]}\n`);
  return 0;
}

/** --sizes and --sizes-file: the names the spec takes, each once, exact integers. */
function parseSizes(ir: OptimizedIR, text: string | undefined, file: string | undefined): RopeSizes {
  const names = sizeNames(ir);
  try {
    const sizes = file === undefined ? {} : parseSizesJson(parseJson(readText(file)), names, `--sizes-file ${file}`);
    return parseSizeList(text ?? '', names, sizes);
  } catch (e) {
    if (e instanceof RopeArgumentError) throw new UsageError(e.message);
    throw e;
  }
}

async function cmdRun(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv, allowPositionals: true,
    options: {
      backend: { type: 'string', short: 'b' }, q: { type: 'string' }, k: { type: 'string' }, qkv: { type: 'string' }, positions: { type: 'string' }, 'k-positions': { type: 'string' },
      sequence: { type: 'string' }, offsets: { type: 'string' }, 'cu-seqlens': { type: 'string' }, 'k-offsets': { type: 'string' }, 'k-cu-seqlens': { type: 'string' }, 'k-grid-sizes': { type: 'string' }, 'grid-sizes': { type: 'string' }, sizes: { type: 'string' }, 'sizes-file': { type: 'string' },
      cache: { type: 'string' }, 'cos-cache': { type: 'string' }, 'sin-cache': { type: 'string' },
      'q-norm-weight': { type: 'string' }, 'k-norm-weight': { type: 'string' },
      v: { type: 'string' }, 'slot-mapping': { type: 'string' }, 'block-table': { type: 'string' }, 'k-cache': { type: 'string' }, 'v-cache': { type: 'string' },
      'k-scale': { type: 'string' }, 'v-scale': { type: 'string' }, 'q-scale': { type: 'string' },
      name: { type: 'string' }, bf16: { type: 'boolean' }, out: { type: 'string', short: 'o' }, compare: { type: 'string' },
      tol: { type: 'string' }, device: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help('run');
  if (positionals.length !== 1) throw new UsageError('run takes exactly one spec file');
  const backend = (values.backend ?? 'interp') as RunBackend;
  if (!RUN_BACKENDS.includes(backend)) throw new UsageError(`unknown backend '${values.backend}' (backends: ${RUN_BACKENDS.join(', ')})`);
  if (values.device !== undefined && backend !== 'cuda') throw new UsageError(`--device applies to --backend cuda, not ${backend}`);
  if (values.device !== undefined && !(CUDA_DEVICES as string[]).includes(values.device)) throw new UsageError(`--device takes cpu or gpu, got '${values.device}'`);
  const device = values.device as CudaDevice | undefined;
  if (values.qkv !== undefined && (values.q !== undefined || values.k !== undefined)) throw new UsageError('--qkv replaces --q and --k: give one or the other');
  if (values.qkv === undefined && !values.q && !values.k) throw new UsageError('run needs --q and --k (or --qkv; a q-only or k-only spec takes just its one)');
  if (!values.out) throw new UsageError('run needs --out DIR');
  if (values.compare !== undefined && values.compare !== 'interp') throw new UsageError(`--compare takes 'interp', got '${values.compare}'`);
  // A decimal number, as the scales below (Number() would take '', '0x10' and ' ').
  const decimal = (text: string) => /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim());
  let tol: number | undefined;
  if (values.tol !== undefined) {
    if (values.compare === undefined) throw new UsageError('--tol is the tolerance of --compare interp: give --compare interp too');
    tol = Number(values.tol);
    if (!decimal(values.tol) || !(tol >= 0)) throw new UsageError(`--tol must be a number ≥ 0, got '${values.tol}'`);
  }
  const files = { q: values.q ?? '', k: values.k ?? '', positions: values.positions, kPositions: values['k-positions'], sequence: values.sequence, offsets: values.offsets, cuSeqlens: values['cu-seqlens'], kOffsets: values['k-offsets'], kCuSeqlens: values['k-cu-seqlens'], kGridSizes: values['k-grid-sizes'], gridSizes: values['grid-sizes'],
    cache: values.cache, cosCache: values['cos-cache'], sinCache: values['sin-cache'], qNormWeight: values['q-norm-weight'], kNormWeight: values['k-norm-weight'],
    v: values.v, slotMapping: values['slot-mapping'], blockTable: values['block-table'], kCache: values['k-cache'], vCache: values['v-cache'] };
  const inputFiles = [positionals[0], ...Object.values(files), values.qkv, values['sizes-file']].filter((f): f is string => !!f);
  refuseOverwritingInputs(values.qkv !== undefined ? [qkvOutputFile(values.out), ...outputFiles(values.out).slice(2)] : outputFiles(values.out), inputFiles);
  const r = compileSpec(positionals[0]);
  printDiagnostics(r);
  if (!r.ok) return 1;
  const ir = pickSpec(r, positionals[0], values.name);
  const sizes = parseSizes(ir, values.sizes, values['sizes-file']);
  // fp8 scales, of a KV cache and of q's output (numbers, not sizes; the call's checks refuse ones that are not finite and > 0).
  for (const t of ['q', 'k', 'v'] as const) {
    const text = values[`${t}-scale`];
    if (text === undefined) continue;
    if (t === 'q' && !fp8Q(ir)) throw new UsageError(`--q-scale: spec ${ir.name} does not write q as fp8 ('q … output fp8_e4m3')`);
    if (t !== 'q' && !fp8Cache(ir)) throw new UsageError(`--${t}-scale: spec ${ir.name} has no fp8 KV cache ('kv_cache …(dtype fp8_e4m3)')`);
    if (!decimal(text)) throw new UsageError(`--${t}-scale: expected a number, got '${text}'`);
    sizes[`${t}_scale`] = Number(text);
  }
  // The scales an fp8 spec divides by: named here rather than left to the call's check of sizes.
  const scales = [...(fp8Q(ir) ? ['q'] : []), ...(fp8Cache(ir) ? ['k', 'v'] : [])].filter((t) => sizes[`${t}_scale`] === undefined);
  if (scales.length > 0) {
    throw new UsageError(`spec ${ir.name} writes ${fp8Q(ir) ? "q's output" : ''}${fp8Q(ir) && fp8Cache(ir) ? ' and ' : ''}${fp8Cache(ir) ? 'its KV cache' : ''} as fp8 e4m3 of value / scale: give ${scales.map((t) => `--${t}-scale X`).join(' and ')}`);
  }
  try {
    if (values.qkv !== undefined) {
      const limit = values.compare === 'interp' ? tol ?? DEFAULT_TOLERANCE[ir.kernel.dtype] : undefined;
      return await runQkv(ir, backend, { ...files, qkv: values.qkv }, sizes, values.bf16 ?? false, values.out, limit, device);
    }
    const { inputs, tensors, descr } = prepareInputs({ ir, backend, sizes, bf16: values.bf16 ?? false, files });
    const out = await runBackend(ir, backend, inputs, { device, log: (line) => process.stderr.write(`ropec run: ${line}\n`) });
    let status = 0;
    // A kv_cache spec's caches, as the call left them.
    const caches = ir.kernel.kvCache ? (['k_cache', 'v_cache'] as const).map((name) => ({ name, shape: kvCacheDims(ir, { ...inputs.sizes, k_heads: inputs.sizes.k_heads ?? ir.kernel.kHeads! }), stored: out[name]! })) : [];
    if (values.compare === 'interp') {
      const limit = tol ?? DEFAULT_TOLERANCE[ir.kernel.dtype];
      const reference = interpretStored(ir, inputs);
      const outputs = [...tensors.map(({ name, array }) => ({ name, shape: array.shape, stored: out[name] })), ...caches];
      for (const { name, shape, stored } of outputs) {
        const within = outputTolerance(ir, name, limit);
        if (!reportComparison(compareOutputs(ir, name, stored, reference[name]!, shape), within)) status = EXIT.failed;
      }
    }
    const written = writeOutputs(values.out, { ...Object.fromEntries(tensors.map(({ name, array }) => [name, { shape: array.shape, stored: out[name] }])), ...Object.fromEntries(caches.map((c) => [c.name, c])), descr });
    process.stdout.write(`${backend}: wrote ${written.join(', ')}\n`);
    return status;
  } catch (e) {
    if (e instanceof RopeArgumentError || e instanceof NpyError || e instanceof CudaRunError || e instanceof WgslRunError) {
      process.stderr.write(`ropec run: ${e.message}\nnothing was written\n`);
      return 1;
    }
    throw e;
  } finally {
    // Dawn keeps the event loop alive while a device exists: let it go so the process exits.
    if (backend === 'wgsl') await releaseWgslDevice();
  }
}

/** Prints one output's comparison with the interpreter (`ropec run --compare interp`); true when within `limit`. */
function reportComparison(c: Comparison, limit: number): boolean {
  const within = c.maxRel <= limit;
  // An empty output (0 tokens) has no element to name.
  if (c.worst.length === 0) {
    process.stdout.write(`${c.tensor}: no elements to compare (an empty output) — ok\n`);
    return true;
  }
  process.stdout.write(`${c.tensor}: max abs error ${c.maxAbs.toExponential(3)}, max rel error ${c.maxRel.toExponential(3)} (tolerance ${limit}) at [${c.worst.join(', ')}]: got ${c.got}, interpreter ${c.want} — ${within ? 'ok' : 'ABOVE TOLERANCE'}\n`);
  return within;
}

/** `ropec run --qkv`: the q and k views of a fused tensor rotated on `backend`, written back whole. */
async function runQkv(ir: OptimizedIR, backend: RunBackend, files: PositionFiles & { qkv: string }, sizes: RopeSizes, bf16: boolean, dir: string, limit: number | undefined, device: CudaDevice | undefined): Promise<number> {
  const p = prepareQkv({ ir, backend, sizes, bf16, files });
  const out = await runBackend(ir, backend, p.inputs, { device, log: (line) => process.stderr.write(`ropec run: ${line}\n`) });
  const fused = mergeQkv(ir, p, (p.qkv.data as Float32Array | Uint16Array).slice(), out.q, out.k);
  let status = 0;
  // A kv_cache spec's caches, as the call left them, beside the fused tensor.
  const caches = ir.kernel.kvCache ? (['k_cache', 'v_cache'] as const).map((name) => ({ name, shape: kvCacheDims(ir, { ...p.inputs.sizes, k_heads: p.heads.k }), stored: out[name]! })) : [];
  if (limit !== undefined) {
    const reference = interpretStored(ir, p.inputs);
    const exact = mergeQkv(ir, p, decodeStorage(p.qkv.data as Float32Array | Uint16Array, ir.kernel.dtype), reference.q, reference.k);
    if (!reportComparison(compareOutputs(ir, 'qkv', fused, exact, p.qkv.shape), limit)) status = EXIT.failed;
    for (const { name, shape, stored } of caches) {
      if (!reportComparison(compareOutputs(ir, name, stored, reference[name]!, shape), outputTolerance(ir, name, limit))) status = EXIT.failed;
    }
  }
  const path = qkvOutputFile(dir);
  const [, , kcPath, vcPath] = outputFiles(dir);
  const cacheFiles = caches.map((c) => ({ path: c.name === 'k_cache' ? kcPath : vcPath, contents: writeNpy(c.stored instanceof Uint8Array ? '|u1' : p.descr, c.shape, c.stored) }));
  const outputs = [{ path, contents: writeNpy(p.descr, p.qkv.shape, fused) }, ...cacheFiles];
  writeOutputsTogether(outputs);
  process.stdout.write(`${backend}: wrote ${outputs.map((f) => f.path).join(', ')}\n`);
  return status;
}

function cmdPositions(argv: string[]): number {
  const { values, positionals } = parseCommandLine({
    args: argv, allowPositionals: true,
    options: { input: { type: 'string' }, out: { type: 'string', short: 'o' }, deltas: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return help('positions');
  if (positionals.length !== 1) throw new UsageError('positions takes exactly one spec file');
  if (!values.input || !values.out) throw new UsageError('positions needs --input FILE.json and --out FILE.npy');
  const deltas = values.deltas ?? values.out.replace(/\.npy$/, '') + '.rope_deltas.npy';
  refuseOverwritingInputs([values.out, ...(values.deltas !== undefined ? [values.deltas] : [])], [positionals[0], values.input]);
  const r = compileSpec(positionals[0]);
  printDiagnostics(r);
  if (!r.ok) return 1;
  const ir = pickSpec(r, positionals[0], values.name);
  if (ir.host.positions.kind === 'mrope') refuseOverwritingInputs([values.out, deltas], [positionals[0], values.input]);
  const text = readText(values.input);
  try {
    const out = buildPositions(ir, parseJson(text));
    writeOutputsTogether([{ path: values.out, contents: out.positions }, ...(out.ropeDeltas ? [{ path: deltas, contents: out.ropeDeltas }] : [])]);
    process.stdout.write(`${ir.host.positions.kind}: wrote ${values.out} [${out.shape.join(', ')}]${out.ropeDeltas ? ` and ${deltas}` : ''}\n`);
    return 0;
  } catch (e) {
    if (e instanceof RopeArgumentError) {
      process.stderr.write(`ropec positions: ${values.input}: ${e.message}\nnothing was written\n`);
      return 1;
    }
    throw e;
  }
}

const COMMANDS: Record<string, (argv: string[]) => number | Promise<number>> = { build: cmdBuild, check: cmdCheck, explain: cmdExplain, import: cmdImport, fmt: cmdFmt, run: cmdRun, positions: cmdPositions };

/**
 * parseArgs, with an unknown option named and the closest known one suggested. Every option takes
 * one value: one given twice is refused, not settled by the last (`--q a.npy --q b.npy`).
 */
function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    const parsed = parseArgs({ ...config, tokens: true });
    const seen = new Set<string>();
    for (const t of parsed.tokens ?? []) {
      if (t.kind !== 'option') continue;
      if (seen.has(t.name)) throw new UsageError(`option '--${t.name}' is given twice; give it once`);
      seen.add(t.name);
    }
    return parsed as unknown as ReturnType<typeof parseArgs<T>>;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if ((e as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw e;
    const given = /'([^']+)'/.exec((e as Error).message)?.[1] ?? '';
    const known = Object.entries(config.options ?? {}).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
    const near = closest(given, known);
    throw new UsageError(`unknown option '${given}'${near ? ` — did you mean '${near}'?` : ''}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined) {
      process.stderr.write(`${HELP.main}\n`);
      return EXIT.usage;
    }
    if (cmd === '--help' || cmd === '-h' || cmd === 'help') return help('main');
    if (cmd === '--version' || cmd === '-v') {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const run = COMMANDS[cmd];
    if (!run) {
      const near = closest(cmd, Object.keys(COMMANDS));
      throw new UsageError(`unknown command '${cmd}'${near ? ` — did you mean '${near}'?` : ''} (commands: ${Object.keys(COMMANDS).join(', ')})`);
    }
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof OutputClashError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ropec: ${(e as Error).message}\nRun 'ropec --help' for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof FileError) {
      process.stderr.write(`ropec: ${e.message}\nnothing was written\n`);
      return EXIT.file;
    }
    process.stderr.write(`ropec: internal error: ${e instanceof Error ? e.message : String(e)} (please report this with the command line)\n`);
    return EXIT.internal;
  }
}

// Run only when executed (directly or through the npm bin link), not when imported by tests.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A reader that stops early (`ropec build --dump-after kernel | head`) closes the pipe: stop
  // quietly, as other command-line tools do, instead of printing Node's EPIPE stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
