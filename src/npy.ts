// NumPy .npy files: read v1.0–v3.0 headers, write v1.0. Our own ~150 lines instead of npyjs:
// npyjs drops the byte-order mark (so big-endian data would be read as little-endian — a silent
// wrong result), does not detect truncated data, and pulls in a fetch polyfill. Here every
// problem is an NpyError that names the file and what is wrong.

export class NpyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NpyError';
  }
}

export type NpyDescr = '<f4' | '<f2' | '<f8' | '<i4' | '<i8' | '<u2' | '|u1';

export type NpyData = Float32Array | Float64Array | Int32Array | BigInt64Array | Uint16Array | Uint8Array;

export interface NpyArray {
  descr: NpyDescr;
  shape: number[];
  data: NpyData;
}

const ITEM_SIZE: Record<NpyDescr, number> = { '<f4': 4, '<f2': 2, '<f8': 8, '<i4': 4, '<i8': 8, '<u2': 2, '|u1': 1 };
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/**
 * Parses the Python-literal header dict NumPy writes: {'descr': '<f4', 'fortran_order': False,
 * 'shape': (2, 3), }. As NumPy's reader, exactly these three keys, each once; anything else (a
 * fourth key, a repeated one, text after the dict) is refused rather than read one way here and
 * another way by NumPy.
 */
function parseHeader(text: string, file: string): { descr: string; fortran: boolean; shape: number[] } {
  const body = text.trim();
  const bad = (why: string) => new NpyError(`${file}: malformed .npy header (${why}): ${body.slice(0, 120)}`);
  let i = 0;
  const skip = () => {
    while (i < body.length && /\s/.test(body[i])) i++;
  };
  const expect = (c: string, what: string) => {
    skip();
    if (body[i] !== c) throw bad(`expected ${what}`);
    i++;
  };
  const string = (): string => {
    skip();
    const quote = body[i];
    const end = quote === "'" || quote === '"' ? body.indexOf(quote, i + 1) : -1;
    if (end < 0) throw bad('expected a quoted string');
    const value = body.slice(i + 1, end);
    i = end + 1;
    return value;
  };
  const values = new Map<string, string | boolean | number[]>();
  expect('{', 'a dict');
  for (skip(); body[i] !== '}'; skip()) {
    const key = string();
    if (values.has(key)) throw bad(`'${key}' given twice`);
    expect(':', `':' after '${key}'`);
    skip();
    let value: string | boolean | number[];
    if (body[i] === "'" || body[i] === '"') value = string();
    else if (/^(True|False)\b/.test(body.slice(i))) {
      value = body.startsWith('True', i);
      i += value ? 4 : 5;
    } else if (body[i] === '(') {
      i++;
      value = [];
      for (skip(); body[i] !== ')'; skip()) {
        const entry = /^[^,)\s]+/.exec(body.slice(i))?.[0] ?? '';
        if (!/^\d+L?$/.test(entry)) throw new NpyError(`${file}: malformed shape entry '${entry}' in .npy header`);
        value.push(Number(entry.replace(/L$/, '')));
        i += entry.length;
        skip();
        if (body[i] === ',') i++;
        else if (body[i] !== ')') throw bad("expected ',' or ')' in the shape");
      }
      i++;
    } else throw bad(`the value of '${key}' is not a string, True, False or a tuple`);
    values.set(key, value);
    skip();
    if (body[i] === ',') i++;
    else if (body[i] !== '}') throw bad("expected ',' or '}'");
  }
  if (body.slice(i + 1).trim() !== '') throw bad('text after the dict');
  const [descr, fortran, shape] = [values.get('descr'), values.get('fortran_order'), values.get('shape')];
  if (values.size !== 3 || typeof descr !== 'string' || typeof fortran !== 'boolean' || !Array.isArray(shape)) {
    throw new NpyError(`${file}: malformed .npy header: needs exactly 'descr' (a string), 'fortran_order' (True or False) and 'shape' (a tuple), got ${body.slice(0, 120)}`);
  }
  return { descr, fortran, shape };
}

export function parseNpy(bytes: Uint8Array, file: string): NpyArray {
  if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b)) throw new NpyError(`${file}: not a .npy file (no \\x93NUMPY magic)`);
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number;
  let headerStart: number;
  if (major === 1) {
    headerLen = view.getUint16(8, true);
    headerStart = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new NpyError(`${file}: truncated .npy header`);
    headerLen = view.getUint32(8, true);
    headerStart = 12;
  } else throw new NpyError(`${file}: unsupported .npy format version ${major}.${bytes[7]} (1.0–3.0 are read)`);
  if (headerStart + headerLen > bytes.length) throw new NpyError(`${file}: truncated .npy header`);
  const headerBytes = bytes.subarray(headerStart, headerStart + headerLen);
  const header = major === 3 ? new TextDecoder('utf-8').decode(headerBytes) : String.fromCharCode(...headerBytes);
  const { descr, fortran, shape } = parseHeader(header, file);
  if (fortran) throw new NpyError(`${file}: Fortran-order arrays are not read; save with np.ascontiguousarray(x)`);
  if (descr.startsWith('>')) throw new NpyError(`${file}: big-endian data ('${descr}') is not read; save with x.astype(x.dtype.newbyteorder('<'))`);
  // One-byte types have no byte order ('|u1', also written '<u1'); the others are read little-endian.
  const normalized = /^[|<=]u1$/.test(descr) ? '|u1' : descr.replace(/^=/, '<').replace(/^\|/, '<');
  if (!(normalized in ITEM_SIZE)) {
    throw new NpyError(`${file}: dtype '${descr}' is not supported (supported: ${Object.keys(ITEM_SIZE).join(', ')}; bf16 as '<u2' with --bf16)`);
  }
  const d = normalized as NpyDescr;
  const count = shape.reduce((a, b) => a * b, 1);
  const start = headerStart + headerLen;
  const need = count * ITEM_SIZE[d];
  if (bytes.length - start < need) {
    throw new NpyError(`${file}: truncated data: shape (${shape.join(', ')}) of ${d} needs ${need} bytes, the file has ${bytes.length - start}`);
  }
  // Copy into a fresh, aligned buffer: the data offset need not be aligned to the item size.
  // (Uint8Array.from, not .slice: a Node Buffer's slice is a view into a shared pool.)
  const raw = Uint8Array.from(bytes.subarray(start, start + need));
  const buf = raw.buffer;
  const data: NpyData =
    d === '<f4' ? new Float32Array(buf) : d === '<f8' ? new Float64Array(buf) : d === '<i4' ? new Int32Array(buf)
      : d === '<i8' ? new BigInt64Array(buf) : d === '|u1' ? raw : new Uint16Array(buf); // <f2 and <u2 keep their raw bits
  return { descr: d, shape, data };
}

/** Writes a v1.0 .npy file (C order, little-endian), header padded so the data starts at a multiple of 64. */
export function writeNpy(descr: NpyDescr, shape: number[], data: NpyData): Uint8Array {
  const count = shape.reduce((a, b) => a * b, 1);
  if (data.length !== count) throw new NpyError(`writeNpy: shape (${shape.join(', ')}) holds ${count} values, data has ${data.length}`);
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const unpadded = 10 + header.length + 1;
  header += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + data.byteLength);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 10 + header.length);
  return out;
}
