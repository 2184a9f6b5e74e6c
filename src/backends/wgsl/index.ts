// The WGSL backend: per spec, NAME.wgsl (one compute entry point, q and k in place, all heads),
// NAME.wgsl.ts (host module: pipeline, validation, dispatch) and NAME.wgsl.json (manifest for
// engines that dispatch the kernel themselves). See docs/wgsl.md.
import { makeDiagnostic, type Diagnostic } from '../../compiler/diagnostics.js';
import type { OptimizedIR, RopeIR } from '../../compiler/ir.js';
import { banner, renderTemplate, type Backend, type BackendResult, type EmitOptions } from '../common.js';
import { VERSION } from '../../version.js';
import { renderKernel } from './kernel.js';
import { DEFAULT_WORKGROUP_SIZE, ENTRY_POINT, OUT_OF_PLACE_ENTRY_POINT, MAX_WORKGROUP_SIZE, MAX_WORKGROUPS_PER_DIMENSION, packedSequences, planWgsl, type WgslPlan } from './plan.js';

export { planWgsl, type WgslPlan } from './plan.js';

/** The largest sin/cos table the kernel can index with u32. */
const MAX_TABLE_BYTES = 2 ** 32 - 1;

export const wgslBackend: Backend = {
  name: 'wgsl',
  emit(ir: OptimizedIR, options: EmitOptions): BackendResult {
    const workgroupSize = options.workgroupSize ?? DEFAULT_WORKGROUP_SIZE;
    const diagnostics = limits(ir, workgroupSize);
    if (diagnostics.length > 0) return { artifacts: [], diagnostics };
    const plan = planWgsl(ir, workgroupSize, { vector: options.wgslVector !== false });
    const wgsl = renderKernel(plan, banner(ir, 'wgsl'), summary(plan));
    // `dtype f16 native`: a second shader with array<f16> storage, chosen by the host module when
    // the device has shader-f16; the packed one stays the fallback that runs everywhere.
    const native = ir.kernel.nativeF16 ? planWgsl(ir, workgroupSize, { storage: 'native' }) : null;
    const nativeWgsl = native ? renderKernel(native, banner(ir, 'wgsl'), summary(native)) : null;
    const artifacts = [{ path: `${ir.name}.wgsl`, contents: wgsl }];
    if (native && nativeWgsl) artifacts.push({ path: nativeShaderFile(ir), contents: nativeWgsl });
    artifacts.push(
      { path: `${ir.name}.wgsl.ts`, contents: renderHost(ir, plan, wgsl, native && nativeWgsl ? { plan: native, wgsl: nativeWgsl } : null) },
      { path: `${ir.name}.wgsl.json`, contents: `${JSON.stringify(manifest(ir, plan, native), null, 2)}\n` },
    );
    return { artifacts, diagnostics: [] };
  },
};

/** What this backend cannot express: RB001, never wrong code. */
function limits(ir: RopeIR, workgroupSize: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = { line: 1, col: 1, offset: 0, length: 1 };
  const fail = (message: string, suggestion?: string) =>
    out.push(makeDiagnostic('RB001', `wgsl: ${message}`, ir.file, at, suggestion));
  if (!Number.isInteger(workgroupSize) || workgroupSize < 1 || workgroupSize > MAX_WORKGROUP_SIZE) {
    fail(`workgroup size must be a whole number from 1 to ${MAX_WORKGROUP_SIZE} (WebGPU's default limit), got ${workgroupSize}`);
  }
  if (ir.kernel.sincos.kind === 'table') {
    const bytes = ir.kernel.sincos.maxPositions * ir.pairs.length * 8;
    if (bytes > MAX_TABLE_BYTES) {
      fail(`rope ${ir.name}: a sin/cos table of ${ir.kernel.sincos.maxPositions} positions × ${ir.pairs.length} pairs is ${bytes} bytes, ` +
        'more than a WGSL kernel can index (4 GiB)', "lower max_positions or use 'sincos compute'");
    }
  }
  const src = ir.positions.source;
  if (src.kind === 'grid' && src.normalize === 'none') {
    for (const { name: axis, ...a } of src.axes) {
      const whole = [a.stride, a.shift, a.scale].every(Number.isInteger);
      if (whole && [a.stride, a.shift, a.scale].some((v) => Math.abs(v) > 2 ** 31 - 1)) {
        fail(`rope ${ir.name}: grid axis '${axis}' has stride, shift or scale outside the i32 range`);
      }
    }
  }
  return out;
}

const nativeShaderFile = (ir: RopeIR) => `${ir.name}.f16.wgsl`;

function summary(plan: WgslPlan): string {
  const pos = plan.positions;
  const position = pos.kind === 'index'
    ? `index${pos.offset === 'scalar' ? ' + offset' : pos.offset === 'per_sequence' ? ' + offsets' : ''}${pos.packed ? ' (packed)' : ''}`
    : pos.kind === 'tensor' ? `${pos.source} tensor (${pos.element})`
      : pos.kind === 'segments' ? `${pos.source} from a segment table` : `grid(${pos.axes.join(', ')})${pos.packed ? ' (packed, one grid per sequence)' : ''}`;
  return [
    `head_dim ${plan.headDim}, ${plan.pairs} pairs in ${plan.groups.length} groups`,
    `${plan.dtype} storage${plan.storage === 'native' ? ' (native array<f16>, enable f16)' : ''}, layout ${plan.layout}`,
    plan.vector
      ? `16-byte access (${plan.vector.lanes} lanes per vector)${plan.vector.vectorGroups < plan.groups.length ? `, ${plan.groups.length - plan.vector.vectorGroups} scalar tail group(s)` : ''}`
      : 'scalar access',
    `positions ${position}`,
    `ω ${plan.omega.kind === 'static' ? 'constant' : `from seq_len (${plan.omega.kind})`}`,
    plan.table ? `sincos table(${plan.table.maxPositions})` : 'sincos computed',
    `precision ${plan.precision}`,
  ].join('; ');
}

function layoutWords(plan: WgslPlan, which: 'q' | 'k'): string {
  const h = `${which}_heads`;
  const d = plan.headDim;
  return plan.layout === 'thd' ? `[tokens, ${h}, ${d}]` : plan.layout === 'bshd' ? `[batch, seq, ${h}, ${d}]` : `[batch, ${h}, seq, ${d}]`;
}

function renderHost(ir: RopeIR, plan: WgslPlan, wgsl: string, native: { plan: WgslPlan; wgsl: string } | null): string {
  const pos = plan.positions;
  const sizeFields: { name: string; optional: string; doc: string }[] = [];
  const size = (name: string, required: boolean, doc: string) => sizeFields.push({ name, optional: required ? '' : '?', doc });
  if (plan.layout === 'thd') size('tokens', true, 'number of tokens (all sequences together)');
  else {
    size('batch', true, 'number of sequences');
    size('seq', true, 'tokens per sequence');
  }
  size('q_heads', plan.qHeads === null, plan.qHeads === null ? 'number of q heads' : `fixed by the spec: ${plan.qHeads}`);
  size('k_heads', plan.kHeads === null, plan.kHeads === null ? 'number of k heads' : `fixed by the spec: ${plan.kHeads}`);
  if (pos.kind === 'index' && pos.offset === 'scalar') size('offset', false, 'added to every token index (default 0)');
  if (pos.kind === 'grid' && !pos.packed) for (const a of pos.axes) size(a, true, `grid size along axis '${a}'`);
  if (plan.omega.kind !== 'static') size('seq_len', true, 'the sequence length the scaling depends on');

  const argFields: { name: string; optional: string; type: string; doc: string }[] = [];
  if (pos.kind === 'tensor') {
    const shape = pos.components === 1 ? '[tokens]' : `[${pos.components}, tokens]`;
    const array = pos.element === 'i32' ? 'Int32Array' : 'Float32Array';
    argFields.push({ name: 'positions', optional: '', type: `GPUBuffer | ${array}`, doc: `${pos.source} positions ${shape}, ${pos.element} (a ${array} is uploaded)` });
  }
  if (pos.kind === 'segments') {
    argFields.push({ name: 'segment_table', optional: '', type: 'Int32Array', doc: 'segment table, one row per sequence (encodeSegments(...).table; docs/positions.md); checked, then uploaded' });
    argFields.push({ name: 'segment_values', optional: '', type: 'Float32Array', doc: 'frame times and grid temporal scales (encodeSegments(...).values; may be empty)' });
  }
  if (pos.kind === 'index' && pos.offset === 'per_sequence') {
    argFields.push({ name: 'offsets', optional: '', type: 'ArrayLike<number>', doc: 'per-sequence position offsets [batch]' });
  }
  if (packedSequences(pos)) {
    argFields.push({ name: 'cu_seqlens', optional: '', type: 'ArrayLike<number>', doc: 'start of each packed sequence [batch + 1], ending at tokens' });
  }
  if (pos.kind === 'grid' && pos.packed) {
    argFields.push({ name: 'grid_sizes', optional: '', type: 'ArrayLike<number>', doc: `each sequence's grid sizes (${pos.axes.join(', ')}) [batch, ${pos.axes.length}]` });
  }
  const config = {
    name: plan.name,
    headDim: plan.headDim,
    pairs: plan.pairs,
    groups: plan.groups.length,
    nativeGroups: native ? native.plan.groups.length : null,
    outGroups: plan.outGroups.length,
    nativeOutGroups: native ? native.plan.outGroups.length : null,
    layout: plan.layout,
    dtype: plan.dtype,
    bytesPerElement: plan.dtype === 'f32' ? 4 : 2,
    qHeads: plan.qHeads,
    kHeads: plan.kHeads,
    positions: pos.kind === 'grid'
      ? { kind: 'grid', axes: pos.axes, prefix: pos.prefix, packed: pos.packed, integral: pos.integral, stride: pos.stride, shift: pos.shift, scale: pos.scale }
      : pos,
    omega: plan.omega,
    table: plan.table,
    uniform: { size: plan.uniform.size, fields: plan.uniform.fields.map(({ name, type, offset }) => ({ name, type, offset })) },
    bindings: Object.fromEntries(plan.bindings.map((b) => [b.name, b.binding])),
  };
  return renderTemplate('wgsl', 'host', {
    banner: banner(ir, 'wgsl'),
    name: plan.name,
    wgslLiteral: JSON.stringify(wgsl),
    nativeLiteral: native ? JSON.stringify(native.wgsl) : 'null',
    workgroupSize: plan.workgroupSize,
    sizeFields,
    argFields,
    qShape: layoutWords(plan, 'q'),
    kShape: layoutWords(plan, 'k'),
    dtype: plan.dtype,
    config: JSON.stringify(config, null, 2),
    segmentCheck: pos.kind === 'segments' ? `\n${renderTemplate('ts', 'segment-check', { error: 'RopeArgumentError' })}` : '',
    segmentArgs: pos.kind === 'segments' ? renderTemplate('wgsl', 'host_segment_args', { source: pos.source, components: pos.components }) : '',
    segmentEntries: pos.kind === 'segments' ? renderTemplate('wgsl', 'host_segment_entries', {}) : '',
  });
}

function manifest(ir: RopeIR, plan: WgslPlan, native: WgslPlan | null): object {
  const G = plan.groups.length;
  const W = plan.workgroupSize;
  const omega = plan.omega;
  return {
    format: 'ropec-wgsl-manifest/1',
    generator: `ropec ${VERSION}`,
    rope: ir.name,
    source: ir.file,
    specHash: ir.specHash,
    shader: `${ir.name}.wgsl`,
    entryPoint: ENTRY_POINT,
    workgroupSize: [W, 1, 1],
    storage: {
      dtype: plan.dtype, layout: plan.layout, headDim: plan.headDim,
      packing: plan.elementsPerWord === 2 ? 'two 16-bit values per u32, element 2i in bits 0–15' : 'one f32 per element',
      access: plan.vector
        ? `16-byte vectors: q, k, q_src and k_src are ${plan.elementsPerWord === 2 ? 'array<vec4<u32>>' : 'array<vec4<f32>>'} (${plan.vector.lanes} lanes each); ` +
          `groups 0–${plan.vector.vectorGroups - 1} are vector chunks${plan.vector.vectorGroups < plan.groups.length ? ', the rest a scalar tail' : ''}; buffers and binding offsets must be multiples of 16 bytes`
        : 'scalar: one element (or one packed u32 word) per access',
    },
    sizes: {
      q_heads: plan.qHeads ?? 'run time',
      k_heads: plan.kHeads ?? 'run time',
      runtime: hostSizeNames(plan),
    },
    bindGroup: 0,
    bindings: plan.bindings.map((b) => ({
      binding: b.binding, name: b.name, type: b.space === 'uniform' ? 'uniform' : b.access === 'read' ? 'read-only-storage' : 'storage',
      element: b.element, shape: b.shape, bytes: b.bytes, provider: b.provider, description: b.description,
      usedBy: b.name === 'q_src' || b.name === 'k_src' ? [OUT_OF_PLACE_ENTRY_POINT] : [ENTRY_POINT, OUT_OF_PLACE_ENTRY_POINT],
    })),
    uniform: {
      struct: 'Params',
      size: plan.uniform.size,
      fields: plan.uniform.fields.map((f) => ({ name: f.name, type: f.type, offset: f.offset, value: f.value })),
    },
    dispatch: {
      invocations: `tokens × ${G}`,
      pairGroupsPerToken: G,
      workgroups: `W = ceil(tokens × ${G} / ${W})`,
      grid: `rows = ceil(W / ${MAX_WORKGROUPS_PER_DIMENSION}); x = ceil(W / rows); dispatchWorkgroups(x, rows); params.row_threads = x × ${W}`,
      skipWhen: 'tokens = 0',
    },
    inPlace: `entry point ${ENTRY_POINT}: bind q and k (read_write) and dispatch; they are rotated in place`,
    outOfPlace: {
      entryPoint: OUT_OF_PLACE_ENTRY_POINT,
      how: 'bind the inputs as q_src and k_src (read-only), the outputs as q and k, and dispatch as above with invocations = tokens × outGroupsPerToken; one pass, every element of the outputs is written (pass-through lanes copied)',
      outGroupsPerToken: plan.outGroups.length,
      invocations: `tokens × ${plan.outGroups.length}`,
    },
    omega: omega.kind === 'static'
      ? { kind: 'static', where: 'constants in the shader' }
      : {
          ...omega,
          where: "binding 'omega', computed on the host for each seq_len",
          formula: omega.kind === 'ntk_dynamic'
            ? 'L = max(seq_len, original); s = factor·L/original − (factor − 1); ω_j = base_j · s^expo_j'
            : 'ω = long if seq_len > threshold else short',
          split: 'omega[j] = (hi, mid, lo, ω_j as f32) where t = ω_j/2π in float64, hi = t rounded to 12 significant bits, mid = (t − hi) rounded to 12 bits, lo = f32(t − hi − mid)',
        },
    sincosTable: plan.table
      ? {
          maxPositions: plan.table.maxPositions,
          layout: `[${plan.table.maxPositions}, ${plan.pairs}] of vec2<f32>: entry p·${plan.pairs} + j = (cos(p·ω_j), sin(p·ω_j)) computed in float64`,
          outside: 'positions outside [0, max_positions) are computed in the kernel',
        }
      : null,
    precision: plan.precision,
    variants: native
      ? [{
          shader: nativeShaderFile(ir),
          requires: ['shader-f16'],
          when: "the device was created with the 'shader-f16' feature; otherwise use the shader above",
          storage: { dtype: 'f16', packing: 'one f16 per element (array<f16>)' },
          bindings: native.bindings.filter((b) => b.name === 'q' || b.name === 'k').map((b) => ({ binding: b.binding, name: b.name, element: b.element })),
          dispatch: { invocations: `tokens × ${native.groups.length}`, pairGroupsPerToken: native.groups.length, outGroupsPerToken: native.outGroups.length },
          sameAsAbove: 'every other binding, the uniform block, the workgroup size and the grid formula (with its own pairGroupsPerToken)',
        }]
      : [],
  };
}

function hostSizeNames(plan: WgslPlan): string[] {
  const names = plan.layout === 'thd' ? ['tokens'] : ['batch', 'seq'];
  if (plan.qHeads === null) names.push('q_heads');
  if (plan.kHeads === null) names.push('k_heads');
  const pos = plan.positions;
  if (pos.kind === 'index' && pos.offset === 'scalar') names.push('offset');
  if (pos.kind === 'grid' && !pos.packed) names.push(...pos.axes);
  if (plan.omega.kind !== 'static') names.push('seq_len');
  return names;
}
