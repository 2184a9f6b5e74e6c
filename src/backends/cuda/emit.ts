// The CUDA emitter: IR → view models → templates/cuda/*.hbs. Every choice between alternatives
// (where a token's position comes from, exact or fast sin/cos, static or run-time ω, layouts) picks
// a partial here; templates stay logic-less. A pure function of the IR.
import type { RopeIR } from '../../compiler/ir.js';
import { isPacked, usesSegmentTable } from '../../compiler/runtime.js';
import type { Dtype } from '../../compiler/spec.js';
import { banner, f32Literal, f64Literal, renderTemplate } from '../common.js';
import {
  BLOCK_THREADS, chunkPlan, elemBytes, gridSizeName, hasVectorPlan, hostCheckReason, launchArgs, type ChunkPlan, type LaunchArg, type TensorArg,
} from './plan.js';

const TWO_PI = 2 * Math.PI;

/** Storage dtypes in C: the device type, the C-header stand-in and the header that defines it. */
const ELEM: Record<Dtype, { cuda: string; c: string; include?: string; cComment: string }> = {
  f32: { cuda: 'float', c: 'float', cComment: '' },
  f16: { cuda: '__half', c: 'uint16_t', include: 'cuda_fp16.h', cComment: ' /* IEEE binary16 bit patterns */' },
  bf16: { cuda: '__nv_bfloat16', c: 'uint16_t', include: 'cuda_bf16.h', cComment: ' /* bfloat16 bit patterns */' },
};

/** C type of a tensor argument's elements, as the launcher declares it. */
export function cElemType(ir: RopeIR, arg: TensorArg): string {
  switch (arg.dtype) {
    case 'i64': return 'int64_t';
    case 'i32': return 'int32_t';
    case 'f32': return arg.name === 'q' || arg.name === 'k' || arg.name.endsWith('_out') ? `ropec_${ir.name}_elem_t` : 'float';
    default: return `ropec_${ir.name}_elem_t`;
  }
}

export function paramDecl(ir: RopeIR, arg: LaunchArg): string {
  if (arg.kind === 'size') return `int64_t ${arg.name}`;
  return `${arg.role === 'in' ? 'const ' : ''}${cElemType(ir, arg)}* ${arg.name}`;
}

export function summary(ir: RopeIR): string {
  const rotary = ir.rotaryDim === ir.headDim ? `${ir.headDim} lanes` : `${ir.rotaryDim} of ${ir.headDim} lanes (from lane ${ir.rotaryOffset})`;
  const dir = ir.sign === 1 ? 'forward' : 'inverse';
  const layout = { thd: '[tokens, heads, dim]', bshd: '[batch, seq, heads, dim]', bhsd: '[batch, heads, seq, dim]' }[ir.kernel.layout];
  return `${ir.style} ${dir} rotation of ${rotary}, ${ir.kernel.dtype} ${layout}, ` +
    `${ir.kernel.inplace ? 'in place' : 'out of place'}, positions ${ir.host.positions.kind}, ` +
    `sin/cos ${ir.kernel.sincos.kind === 'table' ? 'from a table' : 'computed'} (${ir.kernel.precision}).`;
}

interface Ctx {
  ir: RopeIR;
  args: LaunchArg[];
  /** Literal of a constant in the position type. */
  posLit: (x: number) => string;
}

export function emitCu(ir: RopeIR): string {
  const args = launchArgs(ir);
  const exact = ir.kernel.precision === 'exact';
  const ctx: Ctx = { ir, args, posLit: exact ? f64Literal : (x) => `${f32Literal(x)}f` };
  const W = 16 / elemBytes(ir.kernel.dtype);
  const vector = hasVectorPlan(ir, W);
  const scalarPlan = chunkPlan(ir, null);
  const vectorPlan = chunkPlan(ir, W);
  const heads = (which: 'q' | 'k') => {
    const n = which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads;
    return n === null ? `a.${which}_heads` : `static_cast<int64_t>(${n})`;
  };
  const bhsd = ir.kernel.layout === 'bhsd';
  const base = (which: 'q' | 'k') =>
    bhsd ? `(tok.b * ${heads(which)} * a.seq + tok.s) * kHeadDim` : `tok.flat * ${heads(which)} * kHeadDim`;
  const stride = bhsd ? 'a.seq * kHeadDim' : 'static_cast<int64_t>(kHeadDim)';
  const view = {
    banner: banner(ir, 'cuda'),
    summary: summary(ir),
    prelude: renderTemplate('cuda', 'prelude', {}),
    name: ir.name,
    elemType: ELEM[ir.kernel.dtype].cuda,
    posType: exact ? 'double' : 'float',
    precision: ir.kernel.precision,
    headDim: ir.headDim,
    pairs: ir.pairs.length,
    components: ir.positions.components,
    blockThreads: BLOCK_THREADS,
    scalarChunks: scalarPlan.chunksPerToken,
    vectorChunks: vector ? vectorPlan.chunksPerToken : scalarPlan.chunksPerToken,
    cosScale: `${f32Literal(ir.attentionFactor)}f`,
    sinScale: `${f32Literal(ir.sign * ir.attentionFactor)}f`,
    omegaTypes: omegaTypes(ir),
    omega: omegaAccess(ir),
    argsFields: argsFields(ctx),
    components_table: componentsTable(ir),
    locate: locate(ir),
    positions: positions(ctx),
    sincos: renderTemplate('cuda', exact ? 'sincos-exact' : 'sincos-fast', { tableLookup: tableLookup(ir) }),
    qBase: base('q'),
    kBase: base('k'),
    qStride: stride,
    kStride: stride,
    qHeads: heads('q'),
    kHeads: heads('k'),
    scalarSegments: segmentLines(scalarPlan),
    vectorSegments: vector ? segmentLines(vectorPlan) : [],
    hasVector: vector,
    params: args.map((a) => paramDecl(ir, a)).join(', '),
    paramNames: args.map((a) => a.name).join(', '),
    checks: checks(ctx),
    fills: fills(ctx),
    vectorCondition: vector
      ? args.filter((a): a is TensorArg => a.kind === 'tensor' && (a.name === 'q' || a.name === 'k' || a.role === 'out'))
        .map((a) => `ropec_aligned16(${a.name})`).join(' && ')
      : 'false',
    tableFill: tableFill(ir) + segmentCheck(ir) + gridSizesCheck(ir),
  };
  return renderTemplate('cuda', 'kernel', view);
}

export function emitHeader(ir: RopeIR): string {
  const args = launchArgs(ir);
  const elem = ELEM[ir.kernel.dtype];
  const defines: string[] = [];
  if (ir.kernel.sincos.kind === 'table') defines.push(`MAX_POSITIONS ${ir.kernel.sincos.maxPositions}`);
  if (ir.kernel.qHeads !== null) defines.push(`Q_HEADS ${ir.kernel.qHeads}`);
  if (ir.kernel.kHeads !== null) defines.push(`K_HEADS ${ir.kernel.kHeads}`);
  const paramDocs = args.map((a) =>
    a.kind === 'tensor'
      ? `@param ${a.name} ${a.dtype} [${a.shape.join(', ')}]: ${a.doc}`
      : `@param ${a.name} ${a.doc}${a.domain === 'positive' ? ' (> 0)' : ''}`);
  return renderTemplate('cuda', 'header', {
    banner: banner(ir, 'cuda'),
    summary: summary(ir),
    name: ir.name,
    upperName: ir.name.toUpperCase(),
    headDim: ir.headDim,
    pairs: ir.pairs.length,
    defines,
    cplusplusInclude: elem.include ?? '',
    elemType: elem.cuda,
    cElemType: elem.c,
    cElemComment: elem.cComment,
    params: args.map((a) => paramDecl(ir, a)).join(', '),
    paramDocs,
    tableFillDecl: (ir.kernel.sincos.kind === 'table'
      ? `/** Fills a host buffer of MAX_POSITIONS × PAIRS × 2 floats: (cos, sin) of p·ω_j${dynamic(ir) ? ' at seq_len' : ''}. */\n` +
        `cudaError_t ropec_${ir.name}_fill_sincos_table(${fillParams(ir)});`
      : '') + (usesSegmentTable(ir)
      ? `${ir.kernel.sincos.kind === 'table' ? '\n' : ''}/** Checks a segment table held in HOST memory (rows = batch, 1 for [tokens, heads, dim]; row_length = seq or tokens): ` +
        'cudaSuccess or cudaErrorInvalidValue. ropec_NAME_launch cannot read device memory to check it: call this on the host copy first. */\n' +
        `cudaError_t ropec_${ir.name}_check_segments(const int32_t* table, int64_t words, const float* values, int64_t count, int64_t rows, int64_t row_length);`
      : '') + (ir.positions.source.kind === 'grid' && ir.positions.source.sizes === 'per_sequence'
      ? '\n/** Checks cu_seqlens and grid_sizes held in HOST memory against each other: cudaSuccess or cudaErrorInvalidValue. ' +
        'ropec_NAME_launch cannot read device memory to check them: call this on the host copies first. */\n' +
        `cudaError_t ropec_${ir.name}_check_grid_sizes(const int32_t* grid_sizes, const int32_t* cu_seqlens, int64_t batch, int64_t tokens);`
      : ''),
  });
}

function dynamic(ir: RopeIR): boolean {
  return !!ir.omega && ir.omega.kind !== 'static';
}

function fillParams(ir: RopeIR): string {
  return dynamic(ir) ? 'float* table, int64_t seq_len' : 'float* table';
}

// ------------------------------------------------------------------------------------------------
// Pieces of the .cu

/** Static ω_j as turns (ω/2π) for the exact path, or hi/lo f32 splits for the fast path. */
function turnsOf(omega: number): { turns: number; hi: number; lo: number } {
  const turns = omega / TWO_PI;
  const hi = Math.fround(turns);
  return { turns, hi, lo: Math.fround(turns - hi) };
}

function omegaTypes(ir: RopeIR): string {
  const om = ir.omega!;
  if (om.kind === 'static') return '';
  const exact = ir.kernel.precision === 'exact';
  const list = (xs: number[]) => xs.map(f64Literal).join(', ');
  let tables: string[];
  let rule: string;
  let turnsExpr: string;
  if (om.kind === 'ntk_dynamic') {
    rule = `/** Dynamic NTK: L = max(seq_len, ${om.original}), s = ${f64Literal(om.factor)}·L/${om.original} − (${f64Literal(om.factor)} − 1), ω_j = base_j · s^expo_j. */`;
    tables = [
      `static const double kBase[kPairs] = { ${list(om.base)} };`,
      `static const double kExpo[kPairs] = { ${list(om.expo)} };`,
      `const double L = seq_len > ${om.original} ? static_cast<double>(seq_len) : ${f64Literal(om.original)};`,
      `const double s = ${f64Literal(om.factor)} * L / ${f64Literal(om.original)} - (${f64Literal(om.factor)} - 1.0);`,
    ];
    turnsExpr = 'kBase[j] * pow(s, kExpo[j]) / 6.283185307179586';
  } else {
    rule = `/** LongRoPE, select auto: the long factors when seq_len > ${om.threshold}, else the short ones. */`;
    tables = [
      `static const double kShort[kPairs] = { ${list(om.short)} };`,
      `static const double kLong[kPairs] = { ${list(om.long)} };`,
      `const double* omega = seq_len > ${om.threshold} ? kLong : kShort;`,
    ];
    turnsExpr = 'omega[j] / 6.283185307179586';
  }
  return renderTemplate('cuda', 'omega-dynamic', {
    fields: exact ? ['double turns[kPairs];'] : ['float hi[kPairs];', 'float lo[kPairs];'],
    rule,
    tables,
    turnsExpr,
    stores: exact ? ['om->turns[j] = turns;'] : ['om->hi[j] = static_cast<float>(turns);', 'om->lo[j] = static_cast<float>(turns - static_cast<double>(om->hi[j]));'],
  });
}

function omegaAccess(ir: RopeIR): string {
  const om = ir.omega!;
  const exact = ir.kernel.precision === 'exact';
  if (om.kind !== 'static') return renderTemplate('cuda', exact ? 'omega-dynamic-exact' : 'omega-dynamic-fast', {});
  const split = om.omega.map(turnsOf);
  return exact
    ? renderTemplate('cuda', 'omega-static-exact', { turns: split.map((t) => f64Literal(t.turns)).join(', ') })
    : renderTemplate('cuda', 'omega-static-fast', {
      hi: split.map((t) => `${f32Literal(t.hi)}f`).join(', '),
      lo: split.map((t) => `${f32Literal(t.lo)}f`).join(', '),
    });
}

function argsFields(ctx: Ctx): string[] {
  const { ir, args } = ctx;
  const fields = ['const elem_t* q_in;', 'elem_t* q_out;', 'const elem_t* k_in;', 'elem_t* k_out;'];
  for (const a of args) {
    if (a.kind !== 'tensor' || ['q', 'k', 'q_out', 'k_out'].includes(a.name)) continue;
    fields.push(`const ${cElemType(ir, a)}* ${a.name};`);
  }
  fields.push('int64_t tokens;', 'int64_t batch;', 'int64_t seq;', 'int64_t q_heads;', 'int64_t k_heads;');
  const src = ir.positions.source;
  if (src.kind === 'index' && src.offset === 'scalar') fields.push('int64_t offset;');
  if (src.kind === 'grid' && src.sizes === 'uniform') fields.push(`int64_t grid[${src.axes.length}];`);
  if (usesSegmentTable(ir)) fields.push('int64_t segment_words;', 'int64_t segment_value_count;');
  if (dynamic(ir)) fields.push('Omega omega;');
  return fields;
}

function componentsTable(ir: RopeIR): string {
  const C = ir.positions.components;
  if (C === 1) return renderTemplate('cuda', 'components-single', {});
  const values = ir.pairs.map((p) => ir.positions.axisComponent[p.axis]).join(', ');
  let select = `pos[${C - 1}]`;
  for (let c = C - 2; c >= 0; c--) select = `c == ${c} ? pos[${c}] : ${select}`;
  return renderTemplate('cuda', 'components-table', { values, select });
}

function locate(ir: RopeIR): string {
  const src = ir.positions.source;
  if (isPacked(ir)) return renderTemplate('cuda', 'locate-packed', {});
  return renderTemplate('cuda', ir.kernel.layout === 'thd' ? 'locate-flat' : 'locate-batched', {});
}

function positions(ctx: Ctx): string {
  const { ir, posLit } = ctx;
  const src = ir.positions.source;
  const lines: string[] = [];
  switch (src.kind) {
    case 'index': {
      const add = src.offset === 'scalar' ? ' + a.offset' : src.offset === 'per_sequence' ? ' + a.offsets[t.b]' : '';
      lines.push(`pos[0] = static_cast<pos_t>(t.s${add});`);
      if (add === '') lines.unshift('(void)a;');
      break;
    }
    case 'segments':
      return renderTemplate('cuda', 'segments', { name: ir.name });
    case 'tensor':
      for (let c = 0; c < ir.positions.components; c++) {
        lines.push(`pos[${c}] = static_cast<pos_t>(a.positions[${c === 0 ? '' : `${c} * a.tokens + `}t.flat]);`);
      }
      break;
    case 'grid': {
      const n = src.axes.length;
      lines.push(`if (t.s < ${src.prefix}) {`);
      for (let c = 0; c < n; c++) lines.push(`  pos[${c}] = ${posLit(0)};`);
      lines.push('  return;', '}');
      if (src.sizes === 'per_sequence') {
        // Row t.b of grid_sizes (device memory, unchecked here): a size ≤ 0 reads as 1, so a bad
        // row gives wrong positions but never a division by zero.
        lines.push(`const int32_t* row = a.grid_sizes + t.b * ${n};`, `int64_t grid[${n}];`);
        for (let c = 0; c < n; c++) lines.push(`grid[${c}] = row[${c}] > 0 ? row[${c}] : 1;`);
      } else {
        lines.push('const int64_t* grid = a.grid;');
      }
      lines.push(`int64_t rest = t.s - ${src.prefix};`);
      for (let c = n - 1; c >= 0; c--) {
        lines.push(`const int64_t i${c} = rest % grid[${c}];`);
        if (c > 0) lines.push(`rest /= grid[${c}];`);
      }
      if (src.normalize === 'max' || src.normalize === 'min') {
        const pick = src.normalize === 'max' ? '>' : '<';
        lines.push('int64_t extent = grid[0];');
        for (let c = 1; c < n; c++) lines.push(`if (grid[${c}] ${pick} extent) extent = grid[${c}];`);
      }
      src.axes.forEach((aff, c) => {
        const i = `static_cast<pos_t>(i${c})`;
        if (src.normalize === 'none') {
          const cell = src.center ? `(${i} - static_cast<pos_t>(grid[${c}] - 1) * ${posLit(0.5)})` : i;
          lines.push(`pos[${c}] = (${cell} * ${posLit(aff.stride)} + ${posLit(aff.shift)}) * ${posLit(aff.scale)};`);
        } else {
          const extent = src.normalize === 'separate' ? `static_cast<pos_t>(grid[${c}])` : 'static_cast<pos_t>(extent)';
          lines.push(`pos[${c}] = (${posLit(2)} * ((${i} + ${posLit(0.5)}) / ${extent}) - ${posLit(1)}) * ${posLit(aff.scale)};`);
        }
      });
      break;
    }
  }
  return renderTemplate('cuda', 'positions', { kind: src.kind, lines });
}

function tableLookup(ir: RopeIR): string {
  if (ir.kernel.sincos.kind !== 'table') return '';
  return renderTemplate('cuda', 'table-lookup', { maxPositions: ir.kernel.sincos.maxPositions });
}

function segmentLines(plan: ChunkPlan): string[] {
  return plan.segments.map((seg) => {
    const end = seg.firstChunk + seg.chunks;
    const c = seg.firstChunk === 0 ? 'chunk' : `(chunk - ${seg.firstChunk})`;
    const at = (start: number, step: number) => {
      if (seg.chunks === 1) return `${start}`;
      const offset = step === 1 ? c : `${c} * ${step}`;
      return start === 0 ? offset : `${start} + ${offset}`;
    };
    if (seg.kind === 'rotate') {
      const vec = seg.vector !== 'none';
      const laneStep = seg.pairsPerChunk * seg.stride;
      return `if (chunk < ${end}) return rotate_chunk<${seg.pairsPerChunk}, ${vec}, ${seg.vector === 'adjacent'}>(a, tok, ` +
        `${at(seg.firstPair, seg.pairsPerChunk)}, ${at(seg.laneA, laneStep)}, ${at(seg.laneB, laneStep)});`;
    }
    return `if (chunk < ${end}) return copy_chunk<${seg.lanesPerChunk}, ${seg.vector}>(a, tok, ${at(seg.firstLane, seg.lanesPerChunk)});`;
  });
}

/** Host-side argument checks, in order; each failure returns cudaErrorInvalidValue. */
function checks(ctx: Ctx): string[] {
  const { ir, args } = ctx;
  const out: string[] = [];
  // Each failure returns cudaErrorInvalidValue and leaves its reason for ropec_NAME_last_error();
  // the reasons are the "CUDA" column of docs/checks.md.
  const refuse = (why: string) => `return refuse(${JSON.stringify(why)});`;
  for (const a of args) {
    if (a.kind === 'tensor' && a.name === 'segment_values') {
      // An empty value list may be NULL.
      out.push(`if (segment_value_count < 0 || (segment_values == NULL && segment_value_count > 0) || !ropec_aligned(segment_values, sizeof(float))) ` +
        refuse('segment_values: NULL with segment_value_count > 0, a negative count, or not aligned to 4 bytes'));
    } else if (a.kind === 'tensor') {
      out.push(`if (${a.name} == NULL || !ropec_aligned(${a.name}, sizeof(*${a.name}))) ` +
        refuse(`${a.name}: NULL or not aligned to its element size (${a.dtype === 'i64' ? 8 : a.dtype === 'i32' || a.dtype === 'f32' ? 4 : 2} bytes)`));
    } else if (a.domain === 'positive') {
      out.push(`if (${a.name} <= 0) ${refuse(`${a.name}: must be at least 1`)}`);
    }
  }
  const src = ir.positions.source;
  if (ir.kernel.layout !== 'thd') out.push(`if (batch > INT64_MAX / seq) ${refuse('batch, seq: batch · seq overflows int64')}`);
  const tokens = ir.kernel.layout === 'thd' ? 'tokens' : 'batch * seq';
  out.push(`const int64_t n_tokens = ${tokens};`);
  // Elements of the larger tensor and the thread count must fit: 64-bit offsets, 32-bit grid size.
  for (const which of ['q', 'k'] as const) {
    const fixed = which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads;
    out.push(`if (${fixed ?? `${which}_heads`} > INT64_MAX / kHeadDim / n_tokens) ${refuse(`${which}: tokens · heads · head_dim overflows int64 element offsets`)}`);
  }
  out.push(`if (n_tokens > (static_cast<int64_t>(INT32_MAX) * kBlock) / (kScalarChunks > kVectorChunks ? kScalarChunks : kVectorChunks)) ` +
    refuse('tokens: too many for one launch (blocks must fit the 32-bit grid)'));
  if (src.kind === 'grid' && src.sizes === 'per_sequence') {
    out.push('#ifdef ROPEC_HOST_EMULATION',
      `if (ropec_${ir.name}_check_grid_sizes(grid_sizes, cu_seqlens, batch, tokens) != cudaSuccess) ` +
        refuse(hostCheckReason.gridSizes(ir.name)),
      '#endif');
  } else if (src.kind === 'grid') {
    const seq = ir.kernel.layout === 'thd' ? 'tokens' : 'seq';
    out.push('int64_t cells = 1;');
    for (const { name: axis } of src.axes) {
      const g = gridSizeName(axis);
      out.push(`if (${g} > INT64_MAX / cells) ${refuse('grid sizes: their product overflows int64')}`, `cells *= ${g};`);
    }
    out.push(`if (cells > INT64_MAX - ${src.prefix} || ${seq} != ${src.prefix} + cells) ` +
      refuse(`grid sizes: each sequence must hold prefix + ${src.axes.map((a) => a.name).join('·')} = ${src.prefix} + ${src.axes.map((a) => gridSizeName(a.name)).join('·')} tokens (${seq})`));
  }
  if (usesSegmentTable(ir)) {
    // The emulation's pointers are host memory: check the table's contents before the launch.
    const rows = ir.kernel.layout === 'thd' ? '1' : 'batch';
    const rowLength = ir.kernel.layout === 'thd' ? 'tokens' : 'seq';
    out.push('#ifdef ROPEC_HOST_EMULATION',
      `if (ropec_${ir.name}_check_segments(segment_table, segment_words, segment_values, segment_value_count, ${rows}, ${rowLength}) != cudaSuccess) ` +
        refuse(hostCheckReason.segments(ir.name)),
      '#endif');
  }
  return out;
}

/** Filling the kernel arguments after the checks passed. */
function fills(ctx: Ctx): string[] {
  const { ir, args } = ctx;
  const out: string[] = [];
  const { inplace, layout } = ir.kernel;
  out.push(`a->q_in = q;`, `a->k_in = k;`, `a->q_out = ${inplace ? 'q' : 'q_out'};`, `a->k_out = ${inplace ? 'k' : 'k_out'};`);
  for (const arg of args) {
    if (arg.kind === 'tensor' && !['q', 'k', 'q_out', 'k_out'].includes(arg.name)) out.push(`a->${arg.name} = ${arg.name};`);
  }
  const src = ir.positions.source;
  const packed = isPacked(ir);
  out.push('a->tokens = n_tokens;');
  out.push(`a->batch = ${layout === 'thd' && !packed ? '1' : 'batch'};`);
  out.push(`a->seq = ${layout === 'thd' ? 'tokens' : 'seq'};`);
  out.push(`a->q_heads = ${ir.kernel.qHeads ?? 'q_heads'};`, `a->k_heads = ${ir.kernel.kHeads ?? 'k_heads'};`);
  if (src.kind === 'index' && src.offset === 'scalar') out.push('a->offset = offset;');
  if (src.kind === 'grid' && src.sizes === 'uniform') src.axes.forEach((axis, c) => out.push(`a->grid[${c}] = ${gridSizeName(axis.name)};`));
  if (usesSegmentTable(ir)) out.push('a->segment_words = segment_words;', 'a->segment_value_count = segment_value_count;');
  if (dynamic(ir)) out.push('fill_omega(seq_len, &a->omega);');
  return out;
}

function gridSizesCheck(ir: RopeIR): string {
  const src = ir.positions.source;
  if (src.kind !== 'grid' || src.sizes !== 'per_sequence') return '';
  return renderTemplate('cuda', 'grid-sizes-check', { name: ir.name, axes: src.axes.length, prefix: src.prefix });
}

function segmentCheck(ir: RopeIR): string {
  if (!usesSegmentTable(ir)) return '';
  return renderTemplate('cuda', 'segments-check', { name: ir.name, components: ir.positions.components });
}

function tableFill(ir: RopeIR): string {
  if (ir.kernel.sincos.kind !== 'table') return '';
  const exact = ir.kernel.precision === 'exact';
  const dyn = dynamic(ir);
  const prologue = dyn ? ['if (seq_len <= 0) return cudaErrorInvalidValue;', 'Omega om;', 'fill_omega(seq_len, &om);'] : [];
  const turnsExpr = dyn
    ? (exact ? 'om.turns[j]' : 'static_cast<double>(om.hi[j]) + static_cast<double>(om.lo[j])')
    : (exact ? 'kTurnsHost[j]' : 'static_cast<double>(kTurnsHiHost[j]) + static_cast<double>(kTurnsLoHost[j])');
  return renderTemplate('cuda', 'table-fill', {
    name: ir.name,
    maxPositions: ir.kernel.sincos.maxPositions,
    pairs: ir.pairs.length,
    fillParams: fillParams(ir),
    prologue,
    turnsExpr,
  });
}
