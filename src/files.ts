// Reading and writing users' files (the CLI and compileFile): every read and write goes through
// here, so that a file-system failure is a FileError naming the path and the cause (its own exit
// code), text files are checked to be text, no command writes over one of its inputs, and the
// outputs of one command appear together (temporary files in the same folder, renamed into place)
// or not at all.
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, parse, resolve } from 'node:path';

export class FileError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'FileError';
  }
}

/** An output path that would replace one of the command's inputs or another output: a wrong command line. */
export class OutputClashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputClashError';
  }
}

const CAUSES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  EBUSY: 'busy',
  EXDEV: 'on another device',
};

/** A Node file-system error as a FileError; anything else is passed through unchanged. */
export function fileError(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !code.startsWith('E')) return e;
  return new FileError(path, CAUSES[code] ?? `${(e as Error).message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')} (${code})`);
}

function attempt<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    throw fileError(e, path);
  }
}

/** stat(2) of a path the user gave; a FileError when it cannot be looked at. */
export function statPath(path: string): Stats {
  return attempt(path, () => statSync(path));
}

/** Largest input file read: specs, JSON and .npy tensors are far smaller; this keeps memory bounded. */
export const MAX_INPUT_BYTES = 1 << 30;

export function readBytes(path: string): Buffer {
  const size = statPath(path);
  if (size.isDirectory()) throw new FileError(path, CAUSES.EISDIR);
  if (size.size > MAX_INPUT_BYTES) throw new FileError(path, `${size.size} bytes is more than the ${MAX_INPUT_BYTES} ropec reads`);
  return attempt(path, () => readFileSync(path));
}

/** Why bytes are not UTF-8 text, or undefined when they are (a leading BOM is allowed). */
export function notTextReason(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16 text; save it as UTF-8';
  if (bytes.includes(0)) return 'a binary file (it holds NUL bytes)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8 text';
  }
  return undefined;
}

/** UTF-8 text without its byte-order mark; `reason` instead when the bytes are not text. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  const reason = notTextReason(bytes);
  if (reason !== undefined) return { reason };
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}

/** A text input (JSON): a FileError when unreadable or not UTF-8 text. */
export function readText(path: string): string {
  const decoded = decodeText(readBytes(path));
  if ('reason' in decoded) throw new FileError(path, decoded.reason);
  return decoded.text;
}

/** The identity of a file that exists (device and inode, so links and `./x` vs `x` compare equal). */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** Refuses any output that is (or would replace) one of the inputs, before anything is computed. */
export function refuseOverwritingInputs(outputs: string[], inputs: string[]): void {
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    inputIds.set(resolve(input), input);
    const id = identity(input);
    if (id !== undefined) inputIds.set(id, input);
  }
  for (const out of outputs) {
    const input = inputIds.get(resolve(out)) ?? inputIds.get(identity(out) ?? '');
    if (input !== undefined) throw new OutputClashError(`${out} would overwrite the input ${input}; choose another output`);
  }
  const seen = new Map<string, string>();
  for (const out of outputs) {
    const before = seen.get(resolve(out));
    if (before !== undefined) throw new OutputClashError(`${out} is given as two outputs${before === out ? '' : ` (also as ${before})`}; choose another output`);
    seen.set(resolve(out), out);
  }
}

/**
 * Makes sure `dir` is a folder, creating missing folders one level at a time. Node's recursive
 * mkdir loops forever under /proc; walking the chain ourselves also names the part that is a file.
 */
export function ensureFolder(dir: string): void {
  const full = resolve(dir);
  const missing: string[] = [];
  let at = full;
  while (true) {
    let isFolder: boolean | undefined;
    try {
      isFolder = statSync(at).isDirectory();
    } catch (e) {
      // ENOTDIR: a file further up; walking on finds it and names it.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fileError(e, at);
    }
    if (isFolder === false) throw new FileError(at, 'is a file, but a folder is needed here');
    if (isFolder === true || at === parse(at).root) break;
    missing.unshift(at);
    at = dirname(at);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      // ENOENT although the parent exists: a file system that makes no folders (/proc, /sys).
      throw (e as NodeJS.ErrnoException).code === 'ENOENT' ? new FileError(folder, 'cannot create a folder here') : fileError(e, folder);
    }
  }
}

export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

function sameBytes(path: string, contents: string | Uint8Array): boolean {
  try {
    if (!lstatSync(path).isFile()) return false;
    const old = readFileSync(path);
    return typeof contents === 'string' ? old.toString('utf8') === contents && Buffer.byteLength(contents) === old.length : old.equals(contents);
  } catch {
    return false;
  }
}

let tempCounter = 0;

/**
 * Writes a command's outputs all together or not at all: each to a temporary file beside it, then
 * every temporary renamed into place. Files whose bytes are already there are left alone (so build
 * caches and git stay quiet). Returns the paths actually written.
 */
export function writeOutputsTogether(files: OutputFile[]): string[] {
  refuseOverwritingInputs(files.map((f) => f.path), []);
  const changed = files.filter((f) => !sameBytes(f.path, f.contents));
  for (const f of changed) ensureFolder(dirname(resolve(f.path)));
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const f of changed) {
      // A file that is there already: written where a link to it points, keeping its permissions
      // (the rename would otherwise put a plain file with default permissions in the link's place).
      const target = realTarget(f.path);
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${tempCounter++}.ropec-tmp`);
      temps.push({ temp, path: target });
      writeWhole(temp, f.path, f.contents);
      const mode = existingMode(target);
      if (mode !== undefined) attempt(f.path, () => chmodSync(temp, mode));
    }
    for (const { path } of temps) {
      if (identity(path) !== undefined && statSync(path).isDirectory()) throw new FileError(path, 'is a folder, so a file cannot be written there');
    }
    for (const { temp, path } of temps) attempt(path, () => renameSync(temp, path));
  } catch (e) {
    for (const { temp } of temps) {
      try {
        unlinkSync(temp);
      } catch {
        // not created, or already renamed into place
      }
    }
    throw e;
  }
  return changed.map((f) => f.path);
}

/** Where writing `path` lands: the file a symbolic link points to (when there is one), else the path itself. */
function realTarget(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : resolve(path);
  } catch {
    return resolve(path);
  }
}

/** The permission bits of an existing file, or undefined. */
function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function writeWhole(temp: string, shownPath: string, contents: string | Uint8Array): void {
  const fd = attempt(shownPath, () => openSync(temp, 'wx'));
  try {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
    let done = 0;
    while (done < bytes.length) done += attempt(shownPath, () => writeSync(fd, bytes, done, bytes.length - done));
  } finally {
    closeSync(fd);
  }
}
