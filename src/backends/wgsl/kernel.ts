// The WGSL printer: a plan → the shader text. Each feature is a partial in templates/wgsl/, and
// which partial fills each slot is decided here, in TypeScript, from the plan.
import { f32Literal, renderTemplate, splitF32x3 } from '../common.js';
import { ENTRY_POINT, OUT_OF_PLACE_ENTRY_POINT, packedSequences, type WgslPlan } from './plan.js';

const render = (name: string, view: object = {}) => renderTemplate('wgsl', name, view);

const list = (xs: readonly (string | number)[]) => xs.join(', ');
const u32s = (xs: readonly number[]) => list(xs.map((x) => `${x}u`));
const f32s = (xs: readonly number[]) => list(xs.map(f32Literal));

/** ω_j/2π per pair split into hi, mid, lo f32 parts. */
export function turnsParts(omega: readonly number[]): [number, number, number][] {
  return omega.map((w) => splitF32x3(w / (2 * Math.PI)));
}

/** Prefix sums: [0, n0, n0 + n1, …]. */
function starts(lengths: readonly number[]): number[] {
  const out = [0];
  for (const n of lengths) out.push(out[out.length - 1] + n);
  return out;
}

export function renderKernel(plan: WgslPlan, banner: string, summary: string): string {
  const groupStart = starts(plan.groups.map((g) => g.length));
  // Out-of-place groups start with the pair groups in the same order, so GROUP_PAIR serves both.
  const outPairStart = starts(plan.outGroups.map((g) => g.pairs.length));
  const vector = plan.vector;
  const hasTail = vector !== null && vector.vectorGroups < plan.groups.length;
  // Copy groups list lanes; a vector kernel copies whole vectors: each vector holding one of a
  // group's lanes, once (a tail group's vectors may also hold its rotated lanes: it copies first).
  const copyUnitsOf = (lanes: number[]) => (vector ? [...new Set(lanes.map((l) => Math.floor(l / vector.lanes)))] : lanes);
  const copyUnitLists = plan.outGroups.map((g) => copyUnitsOf(g.copyLanes));
  const copyUnits = copyUnitLists.flat();
  const copyStart = starts(copyUnitLists.map((u) => u.length));
  const shapeKinds = vector ? vectorShapes(vector.kind) : null;
  const pairLoop = (pairStart: string, src: boolean) => {
    const from = src ? '_src' : '';
    const loads = { q: `load_q${from}`, k: `load_k${from}` };
    if (!vector) return render('pair_loop', { pairStart, loadQ: loads.q, loadK: loads.k, storeQ: 'store_q', storeK: 'store_k' }).trimEnd();
    const tailLoop = hasTail
      ? indent(render('pair_loop', {
          pairStart, loadQ: `load_lane_q${from}`, loadK: `load_lane_k${from}`, storeQ: 'store_lane_q', storeK: 'store_lane_k',
        }).trimEnd())
      : '';
    const view = { packed: plan.elementsPerWord === 2, tensors: (['q', 'k'] as const).map((name) => ({ name, load: loads[name] })) };
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    // Unrolled gathers (no local arrays with dynamic indices, which GPUs keep in memory).
    const split = render('vec_split', { ...view, pairs: range(vector.lanes) }).trimEnd();
    const adjacent = render('vec_adjacent', { ...view, pairs: range(vector.lanes / 2) }).trimEnd();
    // Only the shapes the spec has; a branch on GROUP_SPLIT only where it has both.
    const shapes = shapeKinds === 'both'
      ? `    if (GROUP_SPLIT[group]) {\n${indent(split)}\n    } else {\n${indent(adjacent)}\n    }`
      : shapeKinds === 'split' ? split : adjacent;
    return render('vec_loop', { pairStart, shapes, tailLoop }).trimEnd();
  };
  return render('kernel', {
    banner,
    // `enable` must precede every declaration; only the native-f16 variant needs one.
    enables: plan.storage === 'native' ? 'enable f16;\n\n' : '',
    name: plan.name,
    summary,
    entryPoint: ENTRY_POINT,
    workgroupSize: plan.workgroupSize,
    uniformFields: plan.uniform.fields,
    bindings: plan.bindings.map((b) => ({
      binding: b.binding,
      name: b.name,
      wgslType: b.wgslType,
      declaration: b.space === 'uniform' ? 'uniform' : `storage, ${b.access}`,
    })),
    groupWords: vector
      ? 'A group is one vector chunk or a\n// tail group that owns every 16-byte vector it touches, so no two invocations ever write the\n// same vector.'
      : plan.elementsPerWord === 2
        ? 'A pair group is the set of pairs\n// whose lanes share a u32 storage word, so no two invocations ever write the same word.'
        : 'A pair group is one pair.',
    headDim: plan.headDim,
    pairs: plan.pairs,
    groupCount: plan.groups.length,
    groupStartLength: groupStart.length,
    groupStart: u32s(groupStart),
    inPlaceLoop: pairLoop('GROUP_START', false),
    outOfPlaceLoop: pairLoop('OUT_PAIR_START', true),
    outEntryPoint: OUT_OF_PLACE_ENTRY_POINT,
    outGroupCount: plan.outGroups.length,
    outStartLength: outPairStart.length,
    outPairStart: u32s(outPairStart),
    copyStart: u32s(copyStart),
    copyLaneCount: copyUnits.length,
    copyLane: u32s(copyUnits),
    copyUnitWords: vector ? 'Vectors (lane / LANES_PER_VECTOR within a head)' : 'Lanes',
    copyScale: vector ? ' / LANES_PER_VECTOR' : '',
    vector: vector
      ? {
          lanes: vector.lanes,
          groups: vector.vectorGroups,
          both: shapeKinds === 'both',
          split: list(vector.kind.map((k) => String(k === 'split'))),
          vectors: list(vector.vecA.map((a, g) => `vec2<u32>(${a}u, ${vector.vecB[g]}u)`)),
        }
      : null,
    groupPair: u32s(plan.groups.flat()),
    pairLanes: list(plan.laneA.map((a, j) => `vec2<u32>(${a}u, ${plan.laneB[j]}u)`)),
    pairComponent: u32s(plan.component),
    cosScale: f32Literal(plan.attentionFactor),
    sinScale: f32Literal(plan.sign * plan.attentionFactor),
    storage: render(storagePartial(plan), {
      loads: ['q', 'k', 'q_src', 'k_src'].map((name) => ({ name })),
      stores: [{ name: 'q', src: 'q_src' }, { name: 'k', src: 'k_src' }],
      dtype: plan.dtype,
      tail: hasTail,
      f16Bits: plan.dtype === 'f16' ? render('f16_bits') : '',
      codec: vector && plan.elementsPerWord === 2
        ? render(`codec_${plan.dtype}`, { f16Bits: plan.dtype === 'f16' ? render('f16_bits') : '', tail: hasTail }).trimEnd()
        : '',
    }),
    coords: render(coordsPartial(plan)),
    position: renderPosition(plan),
    omega: renderOmega(plan),
    angle: render(plan.precision === 'exact' ? 'angle_exact' : 'angle_fast'),
    sincos: plan.table
      ? render('sincos_table', { maxPositions: plan.table.maxPositions, pairs: plan.pairs })
      : render('sincos_compute'),
  });
}

const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');

/** Which vector shapes a plan's groups use. */
function vectorShapes(kind: readonly ('split' | 'adjacent')[]): 'split' | 'adjacent' | 'both' {
  const split = kind.includes('split');
  const adjacent = kind.includes('adjacent');
  return split && adjacent ? 'both' : split ? 'split' : 'adjacent';
}

function storagePartial(plan: WgslPlan): string {
  if (plan.vector) return plan.elementsPerWord === 2 ? 'storage_packed_vec' : 'storage_f32_vec';
  return plan.storage === 'native' ? `storage_${plan.dtype}_native` : `storage_${plan.dtype}`;
}

function coordsPartial(plan: WgslPlan): string {
  if (plan.layout === 'bhsd') return 'coords_bhsd';
  if (plan.layout === 'bshd') return 'coords_bshd';
  return packedSequences(plan.positions) ? 'coords_packed' : 'coords_flat';
}

function renderPosition(plan: WgslPlan): string {
  const pos = plan.positions;
  const splitPosition = render('split_position');
  switch (pos.kind) {
    case 'index':
      return render(pos.offset === 'none' ? 'position_index' : pos.offset === 'scalar' ? 'position_index_offset' : 'position_index_offsets');
    case 'tensor':
      return pos.element === 'i32' ? render('position_tensor_int') : render('position_tensor_float', { splitPosition });
    case 'segments':
      return render('position_segments', { splitPosition });
    case 'grid': {
      const fields = pos.axes.map((_, i) => `grid${i}`);
      const affine = (xs: number[]) => (pos.integral ? list(xs.map((x) => String(x))) : f32s(xs));
      let value: string;
      if (pos.normalize !== 'none') {
        const sizes = pos.axes.map((_, i) => `grid_size(bs.x, ${i}u)`);
        const fold = (fn: 'max' | 'min') => sizes.slice(1).reduce((acc, f) => `${fn}(${acc}, ${f})`, sizes[0]);
        const normExpr = pos.normalize === 'separate' ? 'grid_size(bs.x, c)' : fold(pos.normalize);
        const normWords = pos.normalize === 'separate' ? "the axis's own size" : `the ${pos.normalize} of the grid sizes`;
        value = render('grid_value_normalized', { normExpr, normWords });
      } else {
        value = render(pos.integral ? 'grid_value_int' : pos.center ? 'grid_value_centered' : 'grid_value_affine');
      }
      return render('position_grid', {
        // Whole-number grids never split a float, so they leave split_position out (no dead code).
        splitPosition: pos.integral ? '' : splitPosition,
        axisList: pos.axes.join(', '),
        axisCount: pos.axes.length,
        prefix: pos.prefix,
        affineType: pos.integral ? 'i32' : 'f32',
        stride: affine(pos.stride),
        shift: affine(pos.shift),
        scale: affine(pos.scale),
        sizeFunction: pos.packed ? render('grid_size_packed') : render('grid_size_uniform', { sizes: fields.map((field, index) => ({ field, index })) }),
        value,
      });
    }
  }
}

function renderOmega(plan: WgslPlan): string {
  const fast = plan.precision === 'fast';
  if (plan.omega.kind !== 'static') return render(fast ? 'omega_buffer_fast' : 'omega_buffer_turns');
  if (fast) return render('omega_static_fast', { pairs: plan.pairs, omega: f32s(plan.omega.omega) });
  const parts = turnsParts(plan.omega.omega);
  return render('omega_static_turns', {
    pairs: plan.pairs,
    hi: f32s(parts.map((p) => p[0])),
    mid: f32s(parts.map((p) => p[1])),
    lo: f32s(parts.map((p) => p[2])),
  });
}
