// .npy reading and writing, on files NumPy itself wrote (scripts/make-npy-fixtures.py) and on
// hand-made broken files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NpyError, parseNpy, writeNpy } from '../src/npy.js';
import { bf16ToNumber, f16ToNumber } from '../src/storage.js';

const fixture = (name: string) => readFileSync(`test/fixtures/npy/${name}.npy`);
// The fixtures hold x[i] = (i − 3)·0.25 (floats) or i − 3 (ints), shape (2, 3, 2).
const floats = Array.from({ length: 12 }, (_, i) => (i - 3) * 0.25);

describe('parseNpy on NumPy-written files', () => {
  it('reads <f4, <f8 and the v2.0 and v3.0 headers', () => {
    for (const name of ['f4', 'f8', 'f4_v2', 'f4_v3']) {
      const a = parseNpy(fixture(name), name);
      expect(a.shape, name).toEqual([2, 3, 2]);
      expect(Array.from(a.data as Float32Array), name).toEqual(floats);
    }
  });

  it('reads <f2 and <u2 (bf16) as raw bits', () => {
    const h = parseNpy(fixture('f2'), 'f2');
    expect(h.descr).toBe('<f2');
    expect(Array.from(h.data as Uint16Array, f16ToNumber)).toEqual(floats);
    const b = parseNpy(fixture('u2_bf16'), 'u2');
    expect(b.descr).toBe('<u2');
    expect(Array.from(b.data as Uint16Array, bf16ToNumber)).toEqual(floats);
  });

  it('reads <i4 and <i8', () => {
    expect(Array.from(parseNpy(fixture('i4'), 'i4').data as Int32Array)).toEqual(floats.map((x) => x * 4));
    expect(Array.from(parseNpy(fixture('i8'), 'i8').data as BigInt64Array, Number)).toEqual(floats.map((x) => x * 4));
  });

  it('reads 1-D shapes written as (n,)', () => {
    const a = parseNpy(fixture('scalar_1d'), 's');
    expect(a.shape).toEqual([5]);
    expect(Array.from(a.data as Float32Array)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses Fortran order, big-endian data and truncated files, naming the file', () => {
    expect(() => parseNpy(fixture('fortran'), 'x/fortran.npy')).toThrow(/x\/fortran.npy: Fortran-order arrays are not read/);
    expect(() => parseNpy(fixture('big_endian'), 'be.npy')).toThrow(/be.npy: big-endian data \('>f4'\) is not read/);
    expect(() => parseNpy(fixture('truncated'), 't.npy')).toThrow(/t.npy: truncated data: shape \(2, 3, 2\) of <f4 needs 48 bytes, the file has 43/);
    expect(() => parseNpy(new TextEncoder().encode('hello world, not npy'), 'h.txt')).toThrow(/h.txt: not a .npy file/);
    expect(() => parseNpy(fixture('f4').subarray(0, 30), 'short.npy')).toThrow(NpyError);
  });

  it('refuses dtypes the spec cannot take, with the supported list', () => {
    const bytes = Uint8Array.from(fixture('f4'));
    const text = new TextDecoder().decode(bytes.subarray(10, 40)).replace('<f4', '<c8');
    bytes.set(new TextEncoder().encode(text), 10);
    expect(() => parseNpy(bytes, 'c.npy')).toThrow(/c.npy: dtype '<c8' is not supported \(supported: <f4, <f2, <f8, <i4, <i8, <u2/);
  });

  it('reads a header as NumPy does or refuses it: a fourth key, a repeated key, text after the dict', () => {
    // A v1.0 file with this header over 4 bytes of big-endian data (NumPy refuses each of these headers).
    const npy = (header: string) => {
      const h = new TextEncoder().encode(header.padEnd(Math.ceil((header.length + 11) / 64) * 64 - 11) + '\n');
      const out = new Uint8Array(10 + h.length + 4);
      out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, h.length & 255, h.length >> 8]);
      out.set(h, 10);
      return out;
    };
    expect(parseNpy(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }"), 'ok.npy').shape).toEqual([1]);
    expect(parseNpy(npy('{"shape": (1,), "descr": "<f4", "fortran_order": False}'), 'ok.npy').shape).toEqual([1]);
    // A string that looks like an entry must not be taken for one: the real descr is big-endian.
    expect(() => parseNpy(npy(`{'note': "'descr': '<f4'", 'descr': '>f4', 'fortran_order': False, 'shape': (1,), }`), 'n.npy'))
      .toThrow(/n.npy: malformed .npy header: needs exactly 'descr'/);
    expect(() => parseNpy(npy("{'descr': '<f4', 'fortran_order': False, 'fortran_order': True, 'shape': (1,), }"), 'd.npy'))
      .toThrow(/d.npy: malformed .npy header \('fortran_order' given twice\)/);
    expect(() => parseNpy(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), } x"), 't.npy')).toThrow(/t.npy: malformed .npy header \(text after the dict\)/);
    expect(() => parseNpy(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, x), }"), 's.npy')).toThrow(/s.npy: malformed shape entry 'x'/);
    expect(() => parseNpy(npy("{'descr': '<f4', 'fortran_order': 0, 'shape': (1,), }"), 'f.npy')).toThrow(/f.npy: malformed .npy header \(the value of 'fortran_order'/);
  });
});

describe('writeNpy', () => {
  it('writes what NumPy writes for the same array (byte for byte)', () => {
    const numpy = fixture('f4');
    const ours = writeNpy('<f4', [2, 3, 2], Float32Array.from(floats));
    expect(Buffer.from(ours).equals(numpy)).toBe(true);
  });

  it('round-trips every dtype and pads the header to 64 bytes', () => {
    for (const [descr, data] of [['<f4', Float32Array.of(1.5, -2)], ['<u2', Uint16Array.of(1, 65535)], ['<i4', Int32Array.of(-7, 9)], ['<f8', Float64Array.of(Math.PI, 1e300)]] as const) {
      const bytes = writeNpy(descr, [2], data);
      expect((bytes.length - data.byteLength) % 64).toBe(0);
      const back = parseNpy(bytes, 'rt');
      expect(back.descr).toBe(descr);
      expect(Array.from(back.data as ArrayLike<number>)).toEqual(Array.from(data));
    }
  });
});
