// Lowering: a checked Spec → Rope IR. Decides, once, which lanes form each pair, which axis
// drives it and which frequency-table entry it reads. Backends never look at the Spec again.
import { createHash } from 'node:crypto';
import { axisPairCounts } from './checker.js';
import { IR_VERSION, type KernelIR, type PairIR, type PositionIR, type PositionSourceIR, type RopeIR, type TableIR } from './ir.js';
import { scalingAttentionFactor } from './frequencies.js';
import { axisNames, type AxesSpec, type KernelSpec, type Spec, type Style } from './spec.js';

export function lower(spec: Spec): RopeIR {
  const names = axisNames(spec.axes);
  const pairs = assignPairs(spec);
  const counts = axisPairCounts(spec.axes, spec.rotaryDim / 2);
  const tables: TableIR[] = names.map((name, a) => {
    const override = spec.frequencies.perAxis[name] ?? {};
    let source = spec.frequencies.source;
    if (override.base !== undefined && (source.kind === 'base' || source.kind === 'periods_base')) {
      source = { ...source, base: override.base };
    }
    const overAxis = spec.frequencies.over === 'axis';
    return {
      source,
      dim: overAxis ? counts[a] * 2 : spec.rotaryDim,
      count: overAxis ? counts[a] : spec.rotaryDim / 2,
      scale: override.scale ?? 1,
      scaling: spec.scaling,
    };
  });
  return {
    version: IR_VERSION,
    name: spec.name,
    file: spec.file,
    at: spec.at,
    specHash: hashSpec(spec),
    headDim: spec.headDim,
    rotaryDim: spec.rotaryDim,
    rotaryOffset: spec.rotaryOffset,
    style: spec.style,
    sign: spec.direction === 'inverse' ? -1 : 1,
    axes: names,
    pairs,
    tables,
    attentionFactor: spec.attentionFactor ?? scalingAttentionFactor(spec.scaling),
    positions: lowerPositions(spec, names),
    kernel: lowerKernel(spec.kernel),
    host: { positions: spec.positions },
  };
}

/** Lanes of pair i inside a block of n lanes starting at lane o. */
function pairLanes(style: Style, o: number, n: number, i: number): [number, number] {
  return style === 'half' ? [o + i, o + i + n / 2] : [o + 2 * i, o + 2 * i + 1];
}

/** Which axis drives pair j, for the layouts whose lanes span the whole rotary block. */
function axisOfPair(axes: AxesSpec, j: number): number {
  switch (axes.kind) {
    case 'single':
    case 'lanes':
      return 0;
    case 'sectioned': {
      let end = 0;
      for (let a = 0; a < axes.axes.length; a++) {
        end += axes.axes[a].size;
        if (j < end) return a;
      }
      return axes.axes.length - 1;
    }
    case 'interleaved': {
      // Qwen3-VL / ggml IMROPE: axis a ≥ 1 takes j with j % n == a while j < n·size_a; axis 0 the rest.
      const n = axes.axes.length;
      for (let a = 1; a < n; a++) if (j % n === a && j < n * axes.axes[a].size) return a;
      return 0;
    }
    case 'videorope': {
      // VideoRoPE: the first h+w (highest) frequencies alternate h, w; the lowest go to t.
      const spatial = axes.axes[1].size + axes.axes[2].size;
      if (j < spatial) return j % 2 === 0 ? 1 : 2;
      return 0;
    }
  }
}

function assignPairs(spec: Spec): PairIR[] {
  const out: PairIR[] = [];
  const overAxis = spec.frequencies.over === 'axis';
  if (spec.axes.kind === 'lanes') {
    let lane = spec.rotaryOffset;
    let j = 0;
    spec.axes.axes.forEach((ax, a) => {
      for (let i = 0; i < ax.size / 2; i++, j++) {
        const [laneA, laneB] = pairLanes(spec.style, lane, ax.size, i);
        out.push({ index: j, laneA, laneB, axis: a, table: a, k: overAxis ? i : j });
      }
      lane += ax.size;
    });
    return out;
  }
  const P = spec.rotaryDim / 2;
  const seenPerAxis = new Map<number, number>();
  for (let j = 0; j < P; j++) {
    const axis = axisOfPair(spec.axes, j);
    const within = seenPerAxis.get(axis) ?? 0;
    seenPerAxis.set(axis, within + 1);
    const [laneA, laneB] = pairLanes(spec.style, spec.rotaryOffset, spec.rotaryDim, j);
    out.push({ index: j, laneA, laneB, axis, table: axis, k: overAxis ? within : j });
  }
  return out;
}

/**
 * Where each axis's position comes from, in kernel terms: the token's index (with its offsets), a
 * tensor, a segment table or a grid cell. The builders (mrope, timeline) are host matters: a fused
 * one is a segment table, otherwise its positions arrive as a tensor (whole for M-RoPE, float32 for
 * the time line).
 */
function lowerPositions(spec: Spec, names: string[]): PositionIR {
  const src = spec.positions;
  const packed = (src.kind === 'index' && src.packed) || (src.kind === 'grid' && src.packed === true);
  const sequences = packed ? 'packed' : spec.kernel.layout === 'thd' ? 'single' : 'equal';
  const at = (source: PositionSourceIR, components: number, axisComponent: number[]): PositionIR =>
    ({ source, components, axisComponent, sequences });
  switch (src.kind) {
    case 'index':
      return at({ kind: 'index', offset: src.offset }, 1, names.map(() => 0));
    case 'tensor':
      return at({ kind: 'tensor', element: src.dtype }, names.length, names.map((_, i) => (names.length === 1 ? 0 : i)));
    case 'timeline':
      return at(src.input === 'segments' ? { kind: 'segments' } : { kind: 'tensor', element: 'float' }, 1, names.map(() => 0));
    case 'mrope':
      return at(src.input === 'segments' ? { kind: 'segments' } : { kind: 'tensor', element: 'int' }, 3, names.map((_, i) => i));
    case 'grid': {
      const axes = src.axes.map((name) => ({ name, ...(src.affine[name] ?? { stride: 1, shift: 0, scale: 1 }) }));
      const integral = src.normalize === 'none' && src.center !== true && axes.every((a) => [a.stride, a.shift, a.scale].every(Number.isInteger));
      return at({
        kind: 'grid', axes, prefix: src.prefix, normalize: src.normalize, center: src.center === true,
        sizes: src.packed ? 'per_sequence' : 'uniform', integral,
      }, src.axes.length, names.map((n) => src.axes.indexOf(n)));
    }
  }
}

function lowerKernel(k: KernelSpec): KernelIR {
  return {
    dtype: k.dtype, layout: k.layout, qHeads: k.qHeads, kHeads: k.kHeads, inplace: k.inplace,
    sincos: k.sincos.kind === 'table' ? { kind: 'table', maxPositions: k.sincos.maxPositions }
      : k.sincos.kind === 'cache' ? { kind: 'cache', layout: k.sincos.layout, dtype: k.sincos.dtype ?? k.dtype } : { kind: 'compute' },
    precision: k.precision, ...(k.nativeF16 ? { nativeF16: true } : {}), ...(k.strided ? { strided: true } : {}),
    ...(k.lanes ? { lanes: structuredClone(k.lanes) } : {}),
    ...(k.kTokens ? { kTokens: k.kTokens } : {}),
    ...(k.norm ? { norm: { ...k.norm } } : {}),
    ...(k.kvCache ? { kvCache: { ...k.kvCache } } : {}),
    ...(k.qOutput ? { qOutput: k.qOutput } : {}),
  };
}

/** A stable hash of the spec's meaning (not its formatting), so a build can tell it is stale. */
export function hashSpec(spec: Spec): string {
  const { file: _file, at: _at, ...meaning } = spec;
  return createHash('sha256').update(canonicalJson(meaning)).digest('hex').slice(0, 16);
}

export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
