// The f16/bf16 codecs that every generated TS module carries (templates/ts/storage.hbs), checked
// against ropec's own codecs (src/storage.ts: a different algorithm, Math.log2/Math.pow based) on
// every 16-bit pattern, every rounding tie between neighbours, values just beside each tie,
// subnormals, overflow edges, ±0, ±∞, NaN and random doubles. The kernels' numbers are only as
// right as these encoders, and the random-spec tests reach few ties.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../src/backends/common.js';
import { importGeneratedTs } from '../src/backends/import-ts.js';
import { bf16ToNumber, encodeSmallFloat, f16ToNumber } from '../src/storage.js';
import { rng } from './support/random-spec.js';

interface Codec {
  f16ToNumber(h: number): number;
  bf16ToNumber(b: number): number;
  numberToF16(x: number): number;
  numberToBf16(x: number): number;
  /** The kernels' decoders: tables of every half's and every bfloat16's value. */
  F16_VALUES: Float32Array;
  BF16_VALUES: Float32Array;
}

async function generatedCodec(): Promise<Codec> {
  const source = `${renderTemplate('ts', 'storage', { values: { f16: true, bf16: true } })}\nexport { f16ToNumber, bf16ToNumber, numberToF16, numberToBf16, F16_VALUES, BF16_VALUES };\n`;
  return importGeneratedTs<Codec>(source, 'storage-codec');
}

const FORMATS = [
  { name: 'f16', expBits: 5, fracBits: 10, decodeRef: f16ToNumber, pick: (c: Codec) => ({ dec: c.f16ToNumber, table: (h: number) => c.F16_VALUES[h], enc: c.numberToF16 }) },
  { name: 'bf16', expBits: 8, fracBits: 7, decodeRef: bf16ToNumber, pick: (c: Codec) => ({ dec: c.bf16ToNumber, table: (b: number) => c.BF16_VALUES[b], enc: c.numberToBf16 }) },
] as const;

/** The same bits, NaNs compared as "some NaN of the format". */
function sameEncoding(got: number, want: number, expBits: number, fracBits: number): boolean {
  const isNaN16 = (b: number) => ((b >> fracBits) & ((1 << expBits) - 1)) === (1 << expBits) - 1 && (b & ((1 << fracBits) - 1)) !== 0;
  return got === want || (isNaN16(got) && isNaN16(want));
}

describe('generated TS storage codecs', () => {
  for (const f of FORMATS) {
    it(`${f.name}: decodes all 65 536 patterns and encodes every value, tie and neighbour like src/storage.ts`, async () => {
      const codec = f.pick(await generatedCodec());
      const inputs: number[] = [0, -0, Infinity, -Infinity, NaN, 1e300, -1e300, 5e-324, -5e-324, 65504, 65520, 65519.99, 3.4e38, 3.3895313892515355e38];
      let finite: number[] = [];
      for (let bits = 0; bits < 0x10000; bits++) {
        const want = f.decodeRef(bits);
        for (const [how, got] of [['decoder', codec.dec(bits)], ['table', codec.table(bits)]] as const) {
          if (!(Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want)))) {
            throw new Error(`${f.name} decode (${how}) 0x${bits.toString(16)}: got ${got}, want ${want}`);
          }
        }
        if (Number.isFinite(want)) finite.push(want);
        inputs.push(want);
      }
      finite = [...new Set(finite)].sort((a, b) => a - b);
      for (let i = 0; i + 1 < finite.length; i++) {
        const mid = (finite[i] + finite[i + 1]) / 2; // a tie (exact in float64)
        const gap = finite[i + 1] - finite[i];
        inputs.push(mid, mid + gap * 1e-6, mid - gap * 1e-6, finite[i] + gap * 0.25);
      }
      const random = rng(99);
      for (let i = 0; i < 200_000; i++) inputs.push((random() - 0.5) * Math.pow(2, Math.floor(random() * 300) - 150));
      let checked = 0;
      for (const x of inputs) {
        const want = encodeSmallFloat(x, f.expBits, f.fracBits);
        const got = codec.enc(x);
        if (!sameEncoding(got, want, f.expBits, f.fracBits)) {
          throw new Error(`${f.name} encode ${x}: got 0x${got.toString(16)}, want 0x${want.toString(16)}`);
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(450_000);
      // Spot values from the formats' definitions, independent of both implementations.
      if (f.name === 'f16') {
        expect(codec.enc(1)).toBe(0x3c00);
        expect(codec.enc(65504)).toBe(0x7bff);
        expect(codec.enc(65520)).toBe(0x7c00); // the tie above the largest half rounds to ∞
        expect(codec.enc(2 ** -24)).toBe(0x0001);
        expect(codec.enc(2 ** -25)).toBe(0x0000); // tie between 0 and the smallest subnormal: even
        expect(codec.enc(-0)).toBe(0x8000);
      } else {
        expect(codec.enc(1)).toBe(0x3f80);
        expect(codec.enc(1 + 2 ** -8)).toBe(0x3f80); // tie: even
        expect(codec.enc(1 + 3 * 2 ** -8)).toBe(0x3f82); // tie: even (up)
        expect(codec.enc(-Infinity)).toBe(0xff80);
      }
    }, 60_000);
  }
});
