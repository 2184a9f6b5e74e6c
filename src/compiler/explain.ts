// `ropec explain`: what a spec does, in words and a table — which lanes rotate with which axis
// at which frequency, where positions come from, the attention factor and the bytes a kernel
// moves per token. Reads the optimized IR only.
import { pairOmegas } from './interpreter.js';
import { ownTokens, tensorLanes, type RopeIR } from './ir.js';
import { tensorIdentityLanes } from './passes/identity-lanes.js';
import { kvCacheShape, slotArray, tensors } from '../kernel/args.js';

const BYTES = { f32: 4, f16: 2, bf16: 2 } as const;

/** "0–15" or "1, 4, 7, …, 58 (step 3)" style summary of a sorted index list. */
export function describeIndices(xs: number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < xs.length) {
    let j = i;
    const step = i + 1 < xs.length ? xs[i + 1] - xs[i] : 1;
    while (j + 1 < xs.length && xs[j + 1] - xs[j] === step) j++;
    if (j === i) parts.push(String(xs[i]));
    else if (step === 1) parts.push(`${xs[i]}–${xs[j]}`);
    else if (j - i === 1) parts.push(`${xs[i]}, ${xs[j]}`);
    else parts.push(`${xs[i]}–${xs[j]} step ${step}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The position builder in words, as the spec wrote it (the host-only field keeps it whole). */
function positionWords(ir: RopeIR): string {
  const s = ir.host.positions;
  switch (s.kind) {
    case 'index':
      return `token index within its sequence${s.offset === 'scalar' ? ' + run-time offset' : s.offset === 'per_sequence' ? ' + per-sequence offsets[batch]' : ''}${s.packed ? ' (packed sequences, cu_seqlens)' : ''}`;
    case 'tensor':
      return `input tensor positions ${ir.positions.components === 1 ? '[tokens]' : `[${ir.positions.components}, tokens]`} (${s.dtype})`;
    case 'grid':
      return `${s.axes.join('×')} grid with run-time sizes${s.packed ? ' per packed sequence (cu_seqlens, grid_sizes [batch, axes])' : ''}${s.prefix ? `, ${s.prefix} prefix token(s) at position 0` : ''}${s.normalize !== 'none' ? `, coordinates normalized (${s.normalize}) to [−1, 1]` : ''}`;
    case 'timeline':
      return `multimodal time line (float seconds per token; ${s.mode} checks), ${s.input === 'segments' ? 'evaluated in the kernel from a segment table (segment_table, segment_values)' : 'read from a [tokens] tensor'}`;
    case 'mrope':
      return `Qwen M-RoPE index (t, h, w); spatial merge ${s.spatialMerge}, video ${s.video}${s.tokensPerSecond !== null ? `, ${s.tokensPerSecond} ids per second` : ''}; ${s.input === 'segments' ? 'evaluated in the kernel from a segment table (segment_table, segment_values)' : 'read from a [3, tokens] tensor'}`;
  }
}

export function explain(ir: RopeIR): string {
  const out: string[] = [];
  const omegaSeq = ir.omega && ir.omega.kind !== 'static' ? 4096 : undefined;
  const omega = pairOmegas(ir, omegaSeq);
  out.push(`rope ${ir.name} (${ir.file})`);
  out.push(`  head_dim ${ir.headDim}, rotary dim ${ir.rotaryDim} at lane ${ir.rotaryOffset}, ${ir.pairs.length} pairs, style ${ir.style}, ${ir.sign > 0 ? 'forward' : 'inverse'}`);
  if (ir.identityLanes && ir.identityLanes.length > 0) {
    out.push(`  unrotated lanes: ${ir.identityLanes.map(([a, b]) => `${a}–${b - 1}`).join(', ')}`);
  }
  // A tensor with its own head shape (MLA): where the spec's lanes sit in its heads.
  for (const t of ['q', 'k'] as const) {
    const own = ir.kernel.lanes?.[t];
    if (!own) continue;
    const shift = own.offset - ir.rotaryOffset;
    const gaps = tensorIdentityLanes(ir, t);
    out.push(`  ${t} heads: ${own.headDim} lanes, the rotary lanes from lane ${own.offset} (every lane below + ${shift})${gaps.length > 0 ? `; unrotated ${gaps.map(([a, b]) => `${a}–${b - 1}`).join(', ')}` : ''}`);
  }
  // ω = 0 pairs rotate by angle 0: lanes unchanged (times the attention factor).
  const still = omegaSeq === undefined ? ir.pairs.filter((p) => omega[p.index] === 0) : [];
  if (still.length > 0) {
    const lanes = still.flatMap((p) => [p.laneA, p.laneB]).sort((x, y) => x - y);
    out.push(`  pairs with ω = 0 (not rotated): ${describeIndices(still.map((p) => p.index))} (${still.length}), lanes ${describeIndices(lanes)}`);
  }
  out.push(`  positions: ${positionWords(ir)}`);
  if (ownTokens(ir)) {
    const count = ir.kernel.layout !== 'thd' ? 'k_seq per sequence' : ir.positions.sequences === 'packed' ? 'k_tokens in packed sequences of its own, k_cu_seqlens' : 'k_tokens';
    out.push(`  k: its own tokens (${count}) and positions, from the same source (k's own offset(s), grid sizes or positions tensor)`);
  }
  out.push(`  attention factor: ${ir.attentionFactor}`);
  if (omegaSeq !== undefined) out.push(`  frequencies depend on seq_len at run time; the table shows seq_len = ${omegaSeq}`);
  out.push('');
  out.push('  axis   pairs                          lanes');
  ir.axes.forEach((axis, a) => {
    const pairs = ir.pairs.filter((p) => p.axis === a);
    const lanes = pairs.flatMap((p) => [p.laneA, p.laneB]).sort((x, y) => x - y);
    out.push(`  ${axis.padEnd(6)} ${`${describeIndices(pairs.map((p) => p.index))} (${pairs.length})`.padEnd(30)} ${describeIndices(lanes)}`);
  });
  out.push('');
  out.push('  pair  lanes        axis   position         ω (rad/pos)      wavelength');
  for (const p of ir.pairs) {
    const comp = ir.positions.axisComponent[p.axis];
    const src = ir.positions.components > 1 ? `component ${comp}` : 'position';
    const w = omega[p.index];
    out.push(`  ${String(p.index).padStart(4)}  ${`(${p.laneA}, ${p.laneB})`.padEnd(12)} ${ir.axes[p.axis].padEnd(6)} ${src.padEnd(16)} ${w.toExponential(6).padEnd(16)} ${w === 0 ? '∞ (not rotated)' : (2 * Math.PI / w).toPrecision(6)}`);
  }
  out.push('');
  const b = BYTES[ir.kernel.dtype];
  const heads = (h: number | null, n: string) => (h === null ? `${n}_heads` : String(h));
  const qh = heads(ir.kernel.qHeads, 'q');
  const kh = heads(ir.kernel.kHeads, 'k');
  // In place, a kernel touches only the rotated lanes of a head (after a norm or with a KV cache, every lane); out of place, every lane.
  const rotatedOnly = ir.kernel.inplace && !ir.kernel.norm && !ir.kernel.kvCache;
  const [Dq, Dk] = rotatedOnly ? [ir.rotaryDim, ir.rotaryDim] : [tensorLanes(ir, 'q').headDim, tensorLanes(ir, 'k').headDim];
  const perToken = ir.kernel.qHeads !== null && ir.kernel.kHeads !== null
    ? String((ir.kernel.qHeads * Dq + ir.kernel.kHeads * Dk) * b)
    : Dq === Dk ? `(${qh} + ${kh}) × ${Dq} × ${b}` : `(${qh} × ${Dq} + ${kh} × ${Dk}) × ${b}`;
  const posBytes = ir.positions.source.kind === 'tensor' ? ir.positions.components * 4 : 0;
  out.push(`  kernel: layout ${ir.kernel.layout}, ${ir.kernel.dtype}${ir.kernel.nativeF16 ? ' (native array<f16> in WGSL where shader-f16 exists)' : ''}, q heads ${qh}, k heads ${kh}, ${ir.kernel.inplace ? 'in-place' : 'out-of-place'}, sin/cos ${ir.kernel.sincos.kind === 'table' ? `table of ${ir.kernel.sincos.maxPositions} positions` : ir.kernel.sincos.kind === 'cache' ? `from the caller's ${ir.kernel.sincos.dtype} cache (${ir.kernel.sincos.layout === 'cos_sin' ? 'cos_sin_cache' : 'cos_cache, sin_cache'})` : 'computed'}, precision ${ir.kernel.precision}`);
  const norm = ir.kernel.norm;
  if (norm) {
    const w = norm.weight === 'none' ? 'no weight' : `${norm.weight === 'one_plus' ? '1 + w' : 'w'} = ${tensors(ir).map((t) => `${t}_norm_weight [${tensorLanes(ir, t).headDim}]`).join(', ')}`;
    out.push(`  norm: each head of ${tensors(ir).join(' and ')} RMS-normalized over its head_dim before it rotates, x${norm.weight === 'none' ? '' : norm.weight === 'one_plus' ? ' · (1 + w)' : ' · w'} / sqrt(mean(x²) + ${norm.eps}) (${w})`);
  }
  const kv = ir.kernel.kvCache;
  if (kv) {
    const shape = kvCacheShape(ir).join(', ');
    const where = kv.kind === 'slots' ? 'row slot' : kv.layout === 'nhd' ? 'block slot / ' + kv.block + ', row slot % ' + kv.block + ' (NHD)' : 'block slot / ' + kv.block + ', row slot % ' + kv.block + ' of each head (HND)';
    const slot = kv.kind === 'paged' && kv.table ? `block_table[sequence, p / ${kv.block}] · ${kv.block} + p % ${kv.block} of the token's position p` : 'slot_mapping[token]';
    const row = ir.kernel.kHeads === null ? `k_heads × ${Dk} × ${b}` : String(ir.kernel.kHeads * tensorLanes(ir, 'k').headDim * b);
    // fp8 caches: one byte per lane, each k / k_scale and v / v_scale rounded to e4m3.
    const fp8 = kv.dtype === 'fp8_e4m3';
    const cacheRow = !fp8 ? row : ir.kernel.kHeads === null ? `k_heads × ${Dk}` : String(ir.kernel.kHeads * tensorLanes(ir, 'k').headDim);
    out.push(`  kv_cache: after the rotation, each token's k heads (rotated, every lane) and v heads are stored into k_cache and v_cache [${shape}]${fp8 ? ' as fp8 e4m3 of k / k_scale and v / v_scale (nearest even, saturating at ±448)' : ''} at slot = ${slot} (${where}); −1 skips the token`);
    // slot_mapping is 32-bit in TypeScript and WGSL, int64 in CUDA (vLLM's); a block table's entries are 32-bit everywhere.
    const slotBytes = slotArray(ir) === 'slot_mapping' ? '4 bytes (8 in CUDA) of slot_mapping' : '4 bytes of block_table';
    out.push(`  per stored token: also reads ${row} bytes of v + ${slotBytes}, writes ${cacheRow} bytes to each cache`);
  }
  // An fp8 q's output: one byte per lane of q.
  let written = perToken;
  if (ir.kernel.qOutput === 'fp8_e4m3') {
    out.push(`  output: q is written as fp8 e4m3 of q / q_scale (nearest even, saturating at ±448), one byte per lane, out of place`);
    written = ir.kernel.qHeads !== null && ir.kernel.kHeads !== null ? String(ir.kernel.qHeads * Dq + ir.kernel.kHeads * Dk * b) : `${qh} × ${Dq} + ${kh} × ${Dk} × ${b}`;
  }
  out.push(`  per token: reads ${perToken} bytes of q and k${rotatedOnly && Math.max(tensorLanes(ir, 'q').headDim, tensorLanes(ir, 'k').headDim) > ir.rotaryDim ? ' (rotated lanes only)' : ''}${posBytes ? ` + ${posBytes} bytes of positions` : ' (positions computed in the kernel)'}, writes ${written} bytes`);
  return out.join('\n');
}
