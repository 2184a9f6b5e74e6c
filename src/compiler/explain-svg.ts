// `ropec explain --svg`: one picture of a spec. Top: the head dimension as a strip of lanes
// coloured by the axis that drives them (grey = passes through), and the same in pair order
// (pair j = frequency index j), which is where Qwen2-VL's contiguous sections and Qwen3-VL's
// interleaving differ at a glance. Below: each pair's ω on a log scale, and where a scaling blends
// ω with ω/factor (YaRN, llama3) the per-pair interpolation weight; LongRoPE's short and long
// factor lists. Reads the optimized IR only; the same IR gives the same bytes.
import { rawOmega, tableOmega } from './frequencies.js';
import { pairOmegas } from './interpreter.js';
import type { RopeIR } from './ir.js';

/** Where things are drawn (user units = CSS pixels at scale 1). Tests read the strips' boxes. */
export const SVG_LAYOUT = {
  width: 1024,
  stripX: 112,
  stripWidth: 880,
  lanesY: 56,
  pairsY: 124,
  stripHeight: 40,
  legendY: 190,
  plotY: 226,
  plotHeight: 180,
  /** Top of the first panel's gap: panels start at panelsY + panelGap, one after another. */
  panelsY: 430,
  panelGap: 40,
  panelHeight: 120,
} as const;

/** Axis colours in axis order (colour-blind-safe Okabe–Ito), then a grey for unrotated lanes. */
export const AXIS_COLOURS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#000000'] as const;
export const PASS_THROUGH_COLOUR = '#bbbbbb';

const L = SVG_LAYOUT;

export function explainSvg(ir: RopeIR): string {
  const P = ir.pairs.length;
  const colourOf = (axis: number): string => AXIS_COLOURS[axis % AXIS_COLOURS.length];
  const out: string[] = [];
  const panels: ((y: number) => string[])[] = [];

  // The interpolation weight w_j in ω'_j = (1 − w_j)·ω_j + w_j·ω_j/factor, read back from the
  // frequencies themselves so no scaling formula is repeated here.
  const sc = ir.tables[0]?.scaling;
  if (sc && (sc.kind === 'yarn' || sc.kind === 'llama3') && sc.factor > 1) {
    const weights = ir.pairs.map((p) => {
      const t = ir.tables[p.table];
      const raw = rawOmega(t, p.k) * t.scale;
      return (1 - tableOmega(t, p.k) / raw) / (1 - 1 / sc.factor);
    });
    panels.push((y) => weightPanel(y, weights, ir, colourOf, `${sc.kind} interpolation weight per pair (0 = ω kept, 1 = ω / ${fmt(sc.factor)})`));
  }
  if (sc && sc.kind === 'longrope') {
    panels.push((y) => longropePanel(y, sc.short, sc.long, sc.original));
  }

  // ω per pair: static, or the two ends of a run-time choice.
  const series: { label: string; omega: number[]; hollow: boolean }[] = [];
  const o = ir.omega;
  if (o && o.kind === 'select') {
    series.push({ label: `short (seq_len ≤ ${o.threshold})`, omega: o.short, hollow: false }, { label: 'long', omega: o.long, hollow: true });
  } else if (o && o.kind === 'ntk_dynamic') {
    series.push({ label: `seq_len ≤ ${o.original}`, omega: pairOmegas(ir, o.original), hollow: false },
      { label: `seq_len = ${4 * o.original}`, omega: pairOmegas(ir, 4 * o.original), hollow: true });
  } else {
    series.push({ label: '', omega: pairOmegas(ir), hollow: false });
  }

  const height = L.panelsY + panels.length * (L.panelGap + L.panelHeight) + 16;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${height}" viewBox="0 0 ${L.width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<title>${esc(`rope ${ir.name}`)}</title>`);
  out.push(`<rect x="0" y="0" width="${L.width}" height="${height}" fill="#ffffff"/>`);
  const scalingWords = sc ? `, scaling ${sc.kind}` : '';
  out.push(text(L.stripX, 24, `rope ${ir.name}`, 'font-size="18" font-weight="bold"'));
  out.push(text(L.stripX, 42, `head_dim ${ir.headDim}, rotary dim ${ir.rotaryDim} at lane ${ir.rotaryOffset}, ${P} pairs, style ${ir.style}${scalingWords}, attention factor ${fmt(ir.attentionFactor)}`, 'fill="#444444"'));

  // Lanes strip.
  const laneAxis = new Array<number>(ir.headDim).fill(-1);
  for (const p of ir.pairs) {
    laneAxis[p.laneA] = p.axis;
    laneAxis[p.laneB] = p.axis;
  }
  out.push(text(L.stripX - 8, L.lanesY + 24, 'lanes', 'text-anchor="end"'));
  out.push('<g shape-rendering="crispEdges">');
  const lw = L.stripWidth / ir.headDim;
  laneAxis.forEach((a, i) => {
    const axisAttr = a < 0 ? '' : ` data-axis="${esc(ir.axes[a])}"`;
    out.push(`<rect class="lane" data-lane="${i}"${axisAttr} x="${n(L.stripX + i * lw)}" y="${L.lanesY}" width="${n(lw)}" height="${L.stripHeight}" fill="${a < 0 ? PASS_THROUGH_COLOUR : colourOf(a)}"/>`);
  });
  out.push('</g>');
  out.push(...laneTicks(ir.headDim, L.lanesY + L.stripHeight));

  // Pairs strip, in frequency order.
  out.push(text(L.stripX - 8, L.pairsY + 24, 'pairs', 'text-anchor="end"'));
  out.push('<g shape-rendering="crispEdges">');
  const pw = L.stripWidth / P;
  for (const p of ir.pairs) {
    out.push(`<rect class="pair" data-pair="${p.index}" data-axis="${esc(ir.axes[p.axis])}" x="${n(L.stripX + p.index * pw)}" y="${L.pairsY}" width="${n(pw)}" height="${L.stripHeight}" fill="${colourOf(p.axis)}"><title>${esc(`pair ${p.index}: lanes ${p.laneA}, ${p.laneB}; axis ${ir.axes[p.axis]}`)}</title></rect>`);
  }
  out.push('</g>');
  out.push(...laneTicks(P, L.pairsY + L.stripHeight));

  // Legend.
  let lx = L.stripX;
  const legend: { name: string; colour: string }[] = ir.axes.map((name, a) => ({ name: `axis ${name} (${ir.pairs.filter((p) => p.axis === a).length} pairs)`, colour: colourOf(a) }));
  if (laneAxis.includes(-1)) legend.push({ name: `pass-through (${laneAxis.filter((a) => a < 0).length} lanes)`, colour: PASS_THROUGH_COLOUR });
  out.push('<g class="legend">');
  for (const item of legend) {
    out.push(`<rect x="${lx}" y="${L.legendY - 10}" width="12" height="12" fill="${item.colour}"/>`);
    out.push(text(lx + 18, L.legendY, item.name));
    lx += 30 + 7 * item.name.length;
  }
  out.push('</g>');

  // ω on a log scale.
  out.push(...omegaPlot(ir, series, colourOf));
  let y = L.panelsY;
  for (const panel of panels) {
    y += L.panelGap;
    out.push(...panel(y));
    y += L.panelHeight;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function omegaPlot(ir: RopeIR, series: { label: string; omega: number[]; hollow: boolean }[], colourOf: (a: number) => string): string[] {
  const out: string[] = [];
  const all = series.flatMap((s) => s.omega).filter((w) => w > 0 && Number.isFinite(w));
  const lo = all.length > 0 ? Math.floor(Math.log10(Math.min(...all))) : 0;
  let hi = all.length > 0 ? Math.ceil(Math.log10(Math.max(...all))) : 1;
  if (hi === lo) hi = lo + 1;
  const P = ir.pairs.length;
  const x = (j: number) => L.stripX + (j + 0.5) * (L.stripWidth / P);
  const y = (w: number) => L.plotY + L.plotHeight * (1 - (Math.log10(w) - lo) / (hi - lo));
  out.push(text(L.stripX, L.plotY - 10, `ω per pair (rad per position, log scale)${series.length > 1 ? `: filled ${series[0].label}, hollow ${series[1].label}` : ''}`));
  out.push(`<g class="omega-axis" stroke="#dddddd">`);
  for (let e = lo; e <= hi; e++) {
    out.push(`<line x1="${L.stripX}" x2="${L.stripX + L.stripWidth}" y1="${n(y(10 ** e))}" y2="${n(y(10 ** e))}"/>`);
  }
  out.push('</g>');
  for (let e = lo; e <= hi; e++) out.push(text(L.stripX - 8, y(10 ** e) + 4, `1e${e}`, 'text-anchor="end" fill="#444444"'));
  out.push(`<rect x="${L.stripX}" y="${L.plotY}" width="${L.stripWidth}" height="${L.plotHeight}" fill="none" stroke="#888888"/>`);
  out.push('<g class="omega">');
  for (const s of series) {
    for (const p of ir.pairs) {
      const w = s.omega[p.index];
      if (!(w > 0) || !Number.isFinite(w)) continue;
      const c = colourOf(p.axis);
      out.push(`<circle cx="${n(x(p.index))}" cy="${n(y(w))}" r="3" ${s.hollow ? `fill="none" stroke="${c}"` : `fill="${c}"`}/>`);
    }
  }
  out.push('</g>');
  out.push(text(L.stripX + L.stripWidth, L.plotY + L.plotHeight + 16, 'pair index j →', 'text-anchor="end" fill="#444444"'));
  return out;
}

function weightPanel(y0: number, weights: number[], ir: RopeIR, colourOf: (a: number) => string, title: string): string[] {
  const P = weights.length;
  const x = (j: number) => L.stripX + (j + 0.5) * (L.stripWidth / P);
  const y = (w: number) => y0 + L.panelHeight * (1 - w);
  const out = [text(L.stripX, y0 - 10, title)];
  out.push(`<rect x="${L.stripX}" y="${y0}" width="${L.stripWidth}" height="${L.panelHeight}" fill="none" stroke="#888888"/>`);
  out.push(text(L.stripX - 8, y0 + 4, '1', 'text-anchor="end" fill="#444444"'), text(L.stripX - 8, y0 + L.panelHeight + 4, '0', 'text-anchor="end" fill="#444444"'));
  out.push(`<polyline class="ramp" fill="none" stroke="#444444" points="${weights.map((w, j) => `${n(x(j))},${n(y(w))}`).join(' ')}"/>`);
  for (const p of ir.pairs) out.push(`<circle cx="${n(x(p.index))}" cy="${n(y(weights[p.index]))}" r="2.5" fill="${colourOf(p.axis)}"/>`);
  return out;
}

function longropePanel(y0: number, short: number[], long: number[], original: number): string[] {
  const P = short.length;
  const all = [...short, ...long];
  const lo = Math.floor(Math.log10(Math.min(...all)) * 2) / 2;
  let hi = Math.ceil(Math.log10(Math.max(...all)) * 2) / 2;
  if (hi === lo) hi = lo + 0.5;
  const x = (j: number) => L.stripX + (j + 0.5) * (L.stripWidth / P);
  const y = (v: number) => y0 + L.panelHeight * (1 - (Math.log10(v) - lo) / (hi - lo));
  const out = [text(L.stripX, y0 - 10, `LongRoPE factors per pair (ω_j = θ^(−2j/D) / factor_j, log scale): short (seq_len ≤ ${original}) and long`)];
  out.push(`<rect x="${L.stripX}" y="${y0}" width="${L.stripWidth}" height="${L.panelHeight}" fill="none" stroke="#888888"/>`);
  out.push(text(L.stripX - 8, y0 + 4, fmt(10 ** hi), 'text-anchor="end" fill="#444444"'), text(L.stripX - 8, y0 + L.panelHeight + 4, fmt(10 ** lo), 'text-anchor="end" fill="#444444"'));
  for (const [list, colour, name] of [[short, '#0072b2', 'short'], [long, '#d55e00', 'long']] as const) {
    out.push(`<polyline class="longrope-${name}" fill="none" stroke="${colour}" stroke-width="2" points="${list.map((v, j) => `${n(x(j))},${n(y(v))}`).join(' ')}"/>`);
    out.push(text(x(P - 1) - 6, y(list[P - 1]) - 6, name, `text-anchor="end" fill="${colour}"`));
  }
  return out;
}

function laneTicks(count: number, y: number): string[] {
  const step = count <= 32 ? 4 : count <= 64 ? 8 : 16;
  const out: string[] = [];
  for (let i = 0; i <= count; i += step) {
    out.push(text(L.stripX + (i * L.stripWidth) / count, y + 13, String(i), 'text-anchor="middle" font-size="10" fill="#444444"'));
  }
  return out;
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;
}

/** Coordinates with at most 3 decimals, no trailing zeros: the same bytes on every machine. */
function n(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

function fmt(v: number): string {
  return String(Number(v.toPrecision(6)));
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
