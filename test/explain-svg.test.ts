// `ropec explain --svg`: the picture must render, and show what the published descriptions say.
// Each SVG is rendered by headless Chromium (Debian's /usr/bin/chromium, which scripts/setup.sh
// installs; the test fails, never skips, without it), the screenshot is decoded with our own PNG
// reader, and lane colours are checked where docs/LANGUAGE.md (Axes) puts each axis: Qwen2-VL t on the
// first 16 of 64 pairs, Qwen3-VL t/h/w cycling. Chromium's DOMParser checks the XML and counts
// one rect per lane and per pair.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileFile, explainSvg, type RopeIR } from '../src/index.js';
import { AXIS_COLOURS, PASS_THROUGH_COLOUR, SVG_LAYOUT as L } from '../src/compiler/explain-svg.js';
import { runMain } from './support/cli.js';
import { pixelHex, readPng, type Png } from './support/png.js';

const CHROMIUM = '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'ropec-svg-'));

beforeAll(() => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: these tests render SVGs in headless Chromium. Install it with scripts/setup.sh (apt-get install chromium).`);
  }
});

function chromium(args: string[]): string {
  return execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', ...args],
    { encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

let shots = 0;
/** Screenshot of an HTML body holding `markup` at (0, 0), decoded. */
function render(markup: string, width: number, height: number): Png {
  const n = shots++;
  const html = join(dir, `page${n}.html`);
  const png = join(dir, `page${n}.png`);
  writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff">${markup}</body></html>`);
  chromium([`--window-size=${width},${height}`, `--screenshot=${png}`, `file://${html}`]);
  return readPng(readFileSync(png));
}

function svgHeight(svg: string): number {
  return Number(/height="(\d+)"/.exec(svg)![1]);
}

function irOf(file: string): RopeIR {
  const r = compileFile(file);
  expect(r.ok, file).toBe(true);
  return r.irs[0];
}

/** Colour at the centre of pair j's cell in the pair strip, and of lane i in the lane strip. */
const pairPixel = (png: Png, pairs: number, j: number) => pixelHex(png, Math.floor(L.stripX + (j + 0.5) * (L.stripWidth / pairs)), L.pairsY + L.stripHeight / 2);
const lanePixel = (png: Png, lanes: number, i: number) => pixelHex(png, Math.floor(L.stripX + (i + 0.5) * (L.stripWidth / lanes)), L.lanesY + L.stripHeight / 2);
const [T, H, W] = AXIS_COLOURS;

describe('PNG reader', () => {
  it('decodes a Chromium screenshot of a page with known colours', () => {
    const png = render('<div style="width:100px;height:60px;background:#d55e00"></div><div style="width:50px;height:40px;background:#0072b2"></div>', 200, 100);
    expect([png.width, png.height]).toEqual([200, 100]);
    expect(pixelHex(png, 50, 30)).toBe('#d55e00');
    expect(pixelHex(png, 150, 30)).toBe('#ffffff');
    expect(pixelHex(png, 25, 80)).toBe('#0072b2');
    expect(pixelHex(png, 75, 80)).toBe('#ffffff');
  });

  it('refuses what it cannot read', () => {
    expect(() => readPng(new Uint8Array([1, 2, 3]))).toThrow(/not a PNG/);
  });
});

describe('explain --svg renders in Chromium', () => {
  it('Qwen2-VL: contiguous sections — t on the first 16 of 64 pairs, then h 24, w 24; half style repeats them over both halves', () => {
    const ir = irOf('spec/qwen2_vl_7b.rope');
    const svg = explainSvg(ir);
    const png = render(svg, L.width, svgHeight(svg));
    const want = (j: number) => (j < 16 ? T : j < 40 ? H : W);
    const got = Array.from({ length: 64 }, (_, j) => pairPixel(png, 64, j));
    expect(got).toEqual(Array.from({ length: 64 }, (_, j) => want(j)));
    const lanes = Array.from({ length: 128 }, (_, i) => lanePixel(png, 128, i));
    expect(lanes).toEqual(Array.from({ length: 128 }, (_, i) => want(i % 64)));
    // The left-most 16/64 of the pair strip is all t, and t appears nowhere else in it.
    const row = Array.from({ length: L.stripWidth - 2 }, (_, x) => pixelHex(png, L.stripX + 1 + x, L.pairsY + 20));
    const tColumns = row.map((c, x) => (c === T ? x : -1)).filter((x) => x >= 0);
    expect(Math.max(...tColumns)).toBeLessThan((16 / 64) * L.stripWidth);
    expect(tColumns.length).toBeGreaterThan((15.5 / 64) * L.stripWidth);
  });

  it('Qwen3-VL: interleaved — t, h, w cycle over pairs 0–59 and 60–63 are t', () => {
    const ir = irOf('spec/qwen3_vl_8b.rope');
    const svg = explainSvg(ir);
    const png = render(svg, L.width, svgHeight(svg));
    const want = (j: number) => (j < 60 && j % 3 === 1 ? H : j < 60 && j % 3 === 2 ? W : T);
    expect(Array.from({ length: 64 }, (_, j) => pairPixel(png, 64, j))).toEqual(Array.from({ length: 64 }, (_, j) => want(j)));
    // Scanning the strip left to right, the t colour starts a new run 21 times (pairs 0, 3, …, 57, 60).
    const row = Array.from({ length: L.stripWidth - 2 }, (_, x) => pixelHex(png, L.stripX + 1 + x, L.pairsY + 20));
    const runs = row.filter((c, x) => c === T && (x === 0 || row[x - 1] !== T)).length;
    expect(runs).toBe(21);
  });

  it('GPT-NeoX: the first 24 lanes rotate (t colour), the other 72 pass through (grey)', () => {
    const ir = irOf('spec/gpt_neox_20b.rope');
    const svg = explainSvg(ir);
    const png = render(svg, L.width, svgHeight(svg));
    expect(Array.from({ length: 96 }, (_, i) => lanePixel(png, 96, i))).toEqual(Array.from({ length: 96 }, (_, i) => (i < 24 ? T : PASS_THROUGH_COLOUR)));
  });

  it('valid XML with one rect per lane and per pair (Chromium DOMParser), escaped names', () => {
    // Every rope block of the spec library.
    const irs = readdirSync('spec').filter((f) => f.endsWith('.rope')).sort().flatMap((f) => {
      const r = compileFile(join('spec', f));
      expect(r.ok, f).toBe(true);
      return r.irs;
    });
    expect(irs.length).toBeGreaterThanOrEqual(14);
    // Spec names are identifiers, but the writer escapes anyway: a hostile name must stay text.
    const hostile = { ...irs[0], name: 'a<b>&"c\'</title><script>x</script>' };
    const svgs = [...irs, hostile].map(explainSvg);
    const page = join(dir, 'parse.html');
    writeFileSync(page, `<!doctype html><html><body><script>
const svgs = ${JSON.stringify(svgs).replace(/</g, '\\u003c')};
const out = svgs.map((s) => {
  const d = new DOMParser().parseFromString(s, 'image/svg+xml');
  const err = d.querySelector('parsererror');
  return { error: err ? err.textContent : null, root: d.documentElement.localName, lanes: d.querySelectorAll('rect.lane').length,
    pairs: d.querySelectorAll('rect.pair').length, title: d.querySelector('svg > title') ? d.querySelector('svg > title').textContent : null,
    scripts: d.querySelectorAll('script').length };
});
document.body.textContent = 'RESULT' + btoa(JSON.stringify(out)) + 'END';
</script></body></html>`);
    const dom = chromium(['--dump-dom', `file://${page}`]);
    const m = /RESULT([A-Za-z0-9+/=]+)END/.exec(dom);
    expect(m, dom.slice(0, 500)).not.toBeNull();
    const results = JSON.parse(Buffer.from(m![1], 'base64').toString('utf8')) as { error: string | null; root: string; lanes: number; pairs: number; title: string; scripts: number }[];
    [...irs, hostile].forEach((ir, i) => {
      expect(results[i].error, ir.name).toBeNull();
      expect(results[i].root).toBe('svg');
      expect(results[i].lanes).toBe(ir.headDim);
      expect(results[i].pairs).toBe(ir.rotaryDim / 2);
      expect(results[i].title).toBe(`rope ${ir.name}`);
      expect(results[i].scripts).toBe(0);
    });
  });
});

describe('explainSvg content', () => {
  it('YaRN: the interpolation weight follows the published ramp (0 below low, 1 above high)', () => {
    const ir = irOf('spec/qwen2_5_7b_yarn.rope');
    const svg = explainSvg(ir);
    const pts = /<polyline class="ramp"[^>]*points="([^"]+)"/.exec(svg)![1].split(' ').map((p) => Number(p.split(',')[1]));
    expect(pts).toHaveLength(64);
    // docs/LANGUAGE.md's YaRN, written out independently: D 128, θ 1e6, L0 32768, β_fast 32, β_slow 1.
    const dim = (r: number) => (128 * Math.log(32768 / (2 * Math.PI * r))) / (2 * Math.log(1e6));
    const low = Math.max(Math.floor(dim(32)), 0);
    const high = Math.min(Math.ceil(dim(1)), 127);
    const weightY = (w: number) => Math.round((L.panelsY + L.panelGap + L.panelHeight * (1 - w)) * 1000) / 1000;
    for (let j = 0; j < 64; j++) {
      const w = Math.min(1, Math.max(0, (j - low) / (high - low)));
      expect(pts[j], `pair ${j}`).toBeCloseTo(weightY(w), 2);
    }
  });

  it('llama3 and LongRoPE get their panels; plain RoPE gets none', () => {
    expect(explainSvg(irOf('spec/llama3_1_8b.rope'))).toMatch(/llama3 interpolation weight per pair/);
    const phi = explainSvg(irOf('spec/phi3_mini_128k.rope'));
    expect(phi).toMatch(/class="longrope-short"/);
    expect(phi).toMatch(/class="longrope-long"/);
    expect(phi).toMatch(/hollow long/);
    const plain = explainSvg(irOf('spec/llama2_7b.rope'));
    expect(plain).not.toMatch(/class="ramp"|longrope/);
  });

  it('the same bytes every time', () => {
    const a = explainSvg(irOf('spec/qwen3_vl_8b.rope'));
    const b = explainSvg(irOf('spec/qwen3_vl_8b.rope'));
    expect(a).toBe(b);
    expect(a.endsWith('</svg>\n')).toBe(true);
  });
});

describe('ropec explain --svg (CLI)', () => {
  const cli = runMain;

  it('stdout, --out, and one file per spec for several specs', async () => {
    const s = await cli('explain', '--svg', 'spec/qwen2_vl_7b.rope');
    expect(s.status).toBe(0);
    expect(s.stdout).toBe(explainSvg(irOf('spec/qwen2_vl_7b.rope')));
    const out = join(dir, 'cli', 'one.svg');
    const one = await cli('explain', '--svg', '--out', out, 'spec/qwen3_vl_8b.rope');
    expect(one.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(explainSvg(irOf('spec/qwen3_vl_8b.rope')));
    const many = await cli('explain', '--svg', '--out', join(dir, 'cli', 'all.svg'), 'spec/qwen2_vl_7b.rope', 'spec/gptj_6b.rope');
    expect(many.status).toBe(0);
    expect(readdirSync(join(dir, 'cli')).filter((f) => f.startsWith('all-')).sort()).toEqual(['all-gptj_6b.svg', 'all-qwen2_vl_7b.svg']);
    expect((await cli('explain', '--out', out, 'spec/qwen3_vl_8b.rope')).status).toBe(2);
  });
});
