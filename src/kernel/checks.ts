// The run-time checks of every host, written once. CHECKS is the table (id, argument, when a call
// is refused, message, hosts); docs/checks.md is printed from it. argumentChecks() writes the
// checks a host runs on a call as kernel IR host code: the interpreter's runtime evaluates it
// (kernel/evaluate.ts), the generated TS module and the WGSL host print it as TypeScript and the
// CUDA launcher as C++ (the C-style printer). Rows that test a host's own API (typed-array types,
// GPUBuffers, the WebAssembly kernel, f16 options) are listed here and checked in that host's code
// with this table's message.
import { ownTokens, tensorLanes, type RopeIR } from '../compiler/ir.js';
import { c, e, param, s, v, type Expr, type Fn, type MessagePart, type Stmt } from './ir.js';
import { blockTableRows, cacheArrays, callArguments, fp8Cache, fp8Q, slotArray, layoutDims, normArrays, positionNames, positionSides, seqOf, tensors, tokensOf, type ArrayArg } from './args.js';
import { groupItems, groupsPerToken, itemsPerToken } from './schedule.js';

/**
 * I: the interpreter and `ropec run`; T: the generated TS module; W: the WGSL host module; C: the
 * CUDA launcher (and its host-memory check functions); A: the segment-table API
 * (encodeSegments, checkEncodedSegments, segmentTablesFromPositions).
 */
export type Host = 'I' | 'T' | 'W' | 'C' | 'A';

export interface CheckRow {
  id: string;
  section: Section;
  /** The argument the message names (documentation). */
  argument: string;
  /** When the call is refused (documentation). */
  when: string;
  /** The message; {name} holes are filled at run time (shown as … in the document). */
  message: string;
  hosts: string;
}

export type Section = 'Sizes' | 'q and k' | 'Outputs and options' | 'Positions' | 'Sequences' | 'Segment tables' | 'Building segment tables';

const row = (section: Section, hosts: string, id: string, argument: string, when: string, message: string): CheckRow =>
  ({ id, section, argument, when, message, hosts });

export const CHECKS: readonly CheckRow[] = [
  row('Sizes', 'ITW', 'size-object', '`sizes`', 'not an object', 'sizes: expected an object of run-time sizes, got {type}'),
  row('Sizes', 'ITW', 'size-missing', '`sizes.tokens` (any size)', 'a size the spec needs is absent', '{size}: missing; {why}'),
  row('Sizes', 'ITWC', 'size-whole', '`sizes.tokens` (any size)', 'not a whole number ≥ 0 (C: negative)', '{size}: expected a whole number ≥ 0, got {value}'),
  row('Sizes', 'ITW', 'heads-fixed', '`sizes.q_heads`, `sizes.k_heads`', 'given, but not the count the spec fixes', 'sizes.{which}_heads: the spec fixes {fixed} {which} heads, got {value}'),
  row('Sizes', 'ITW', 'offset-whole', '`sizes.offset`, `sizes.k_offset`', 'not a whole number', '{size}: expected a whole number, got {value}'),
  row('Sizes', 'W', 'offset-i32', '`sizes.offset`, `sizes.k_offset`', 'WGSL positions are i32: `offset` or `seq − 1 + offset` leaves the i32 range', '{size}: positions run from {offset} to {offset} + {last} = {position}, past the i32 range of the kernel\'s positions (−2147483648 … 2147483647)'),
  row('Sizes', 'C', 'grid-overflow', 'the grid sizes', 'their product exceeds 2^62', 'sizes: the product of the grid sizes {sizes} exceeds 2^62'),
  row('Sizes', 'ITWC', 'grid-cells', 'the grid sizes (and k\'s own)', 'a sequence (or k_tokens) does not hold prefix + the product of the grid sizes', 'sizes: {who} must hold prefix + {axes} = {prefix} + {sizes} = {cells} tokens, got {seq}'),
  row('Sizes', 'W', 'grid-i32', 'grid sizes, `grid_sizes`', 'an integer grid\'s `i·stride`, `+ shift` or `· scale` leaves i32 (WGSL)', '{where}: grid positions on axis \'{axis}\' reach {value}, outside the i32 range of the kernel\'s positions'),
  row('Sizes', 'C', 'batch-seq', '`batch`, `seq` (`k_seq`)', '`batch · seq` (or `batch · k_seq`) exceeds 2^62', 'batch, {name}: batch · {name} = {batch} · {seq} exceeds 2^62'),
  row('Sizes', 'C', 'elements', '`q`, `k`, the KV caches (slots for tokens)', '`tokens · heads · head_dim` exceeds 2^62', '{which}: tokens · heads · head_dim = {tokens} · {heads} · {dim} exceeds 2^62 elements'),
  row('Sizes', 'C', 'threads', '`tokens`', 'more blocks than the 32-bit grid holds', 'tokens: {tokens} tokens need more blocks than one launch holds (2^31 − 1)'),
  row('Sizes', 'ITWC', 'scale-range', '`sizes.k_scale`, `sizes.v_scale` (`kv_cache …(dtype fp8_e4m3)`), `sizes.q_scale` (`q … output fp8_e4m3`)', 'absent, not a number, or not a finite number > 0 once rounded to float32 (0, negative, NaN, ±∞, or past float32\'s range, e.g. 1e39)', '{size}: expected a finite number > 0 (a float32: fp8 outputs hold e4m3 of value / scale), got {value}'),
  row('Sizes', 'W', 'u32-range', 'sizes', 'WGSL indexes with u32: the element or invocation count does not fit', 'sizes: {tokens} tokens need {threads} invocations and up to {bytes} bytes per tensor; the kernel indexes with u32 (at most 2^32 − 1)'),

  row('q and k', 'I', 'tensor-missing', '`q`, `k`', 'absent', '{which}: missing; expected shape {shape}'),
  row('q and k', 'I', 'not-array', 'any array', 'not an array (the interpreter takes any array of numbers)', '{name}: expected an array of numbers, got {type}'),
  row('q and k', 'T', 'tensor-type', '`q`, `k`', 'not the storage type (`Float32Array`, `Uint16Array` for f16/bf16)', '{which}: expected a {storage} of shape {shape}, got {type}'),
  row('q and k', 'IT', 'tensor-length', '`q`, `k`', 'the length does not match the shape from the sizes', '{which}: expected shape {shape} ({values} values), got length {length}'),
  row('q and k', 'ITWC', 'stride-heads', '`sizes.q_head_stride`, `sizes.k_head_stride` (`strided`)', 'below head_dim while there is more than one head', '{size}: {value} is below head_dim {dim}: the heads of {which} would overlap'),
  row('q and k', 'ITWC', 'stride-tokens', '`sizes.q_token_stride`, `sizes.k_token_stride` (`strided`)', 'below what one token\'s heads span while there is more than one token', '{size}: {value} is below the {span} elements one token of {which} spans ((heads − 1) · head stride + head_dim): its tokens would overlap'),
  row('q and k', 'IT', 'view-length', '`q`, `k` (`strided`)', 'shorter than the view its sizes and strides describe', '{which}: {tokens} tokens with token stride {ts} and head stride {hs} reach element {extent}, but the array holds {length}'),
  row('q and k', 'C', 'view-extent', '`q`, `k` (`strided`)', 'tokens · token stride or heads · head stride exceeds 2^60', '{which}: tokens · token stride = {tokens} · {ts} or heads · head stride = {heads} · {hs} exceeds 2^60 elements'),
  row('q and k', 'W', 'view-words', '`sizes.q_start`, strides (`strided`, f16/bf16)', 'odd, while the WGSL shader packs two 16-bit values per u32 word', 'sizes: with {dtype} storage the WGSL kernel writes whole u32 words: starts and strides must be even, got {values}'),
  row('q and k', 'ITWC', 'v-overlap', '`v` (`strided` with `kv_cache …`)', 'v\'s view may share an element with q\'s or k\'s (C, out of place: or an output\'s) (refused unless provably apart, as q and k are): v would be read after their rotation', 'v, {which}: the views overlap: v starts at element {va} and {which} at {xa} of the same memory (token strides {vts}, {xts}; head strides {vhs}, {xhs})'),
  row('q and k', 'ITWC', 'view-overlap', '`q`, `k` (`strided`)', 'the two views may share an element (refused unless their extents, their token rows or their heads are provably apart)', 'q, k: the views overlap: q starts at element {qa} and k at {ka} of the same memory (token strides {qts}, {kts}; head strides {qhs}, {khs})'),
  row('q and k', 'C', 'pointer', 'any array', 'NULL (but q, k, v or an output of a side with no elements: no tokens, or run-time heads at 0; positions, k_positions or slot_mapping of a side with no tokens), or not aligned to its element size', '{name}: NULL or not aligned to its element size ({bytes})'),
  row('q and k', 'C', 'segv-pointer', '`segment_values`', 'NULL with a count > 0, a negative count, or misaligned', 'segment_values: NULL with segment_value_count = {count} > 0, a negative count, or not aligned to 4 bytes'),
  row('q and k', 'W', 'buffer-type', '`q`, `k`, `qOut`, `kOut`, `positions`, a cos/sin cache', 'not a `GPUBuffer`', '{name}: expected a GPUBuffer holding {what} = {bytes} bytes, got {type}'),
  row('q and k', 'W', 'buffer-small', '`q`, `k`, `qOut`, `kOut`, `positions`, a cos/sin cache', 'smaller than the shape needs', '{name}: buffer of {size} bytes is too small; expected {what} = {bytes} bytes'),
  row('q and k', 'W', 'buffer-usage', '`q`, `k`, `qOut`, `kOut`, `positions`, a cos/sin cache', 'created without `STORAGE` usage', '{name}: the buffer needs usage {usage}'),
  row('q and k', 'W', 'args-object', '`args`', 'not an object', 'args: expected an object { q, k, sizes, … }'),

  row('Outputs and options', 'T', 'out-type', '`out.q`, `out.k` (`rotateInto`)', 'not the storage type or not the input\'s length', 'out.{which}: expected a {storage} of length {length}'),
  row('Outputs and options', 'T', 'out-alias', '`out` (`rotateInto`)', 'an output shares an ArrayBuffer with an input', 'out: must not alias the inputs{hint}'),
  row('Outputs and options', 'T', 'arrays-apart', 'an array the call writes (`q`, `k` in place; `out.q`, `out.k`; `k_cache`, `v_cache`)', 'shares bytes of its ArrayBuffer with another array of the call (strided views of one buffer are told apart by `view-overlap` instead)', '{name}: bytes [{lo}, {hi}) of its ArrayBuffer are also {other}\'s [{otherLo}, {otherHi}); an array the call writes must not share memory with another argument'),
  row('Outputs and options', 'C', 'memory-apart', 'an array the launch writes (`q`, `k` in place; `q_out`, `k_out`; `k_cache`, `v_cache`)', 'its bytes (from its pointer to its last element) meet another array\'s (views of one buffer are told apart element by element by `view-overlap`, `v-overlap` and `out-overlap` instead)', '{name}: its bytes [{lo}, {hi}) (addresses) overlap {other}\'s [{otherLo}, {otherHi}); an array the launch writes must not share memory with another argument'),
  row('Outputs and options', 'C', 'out-overlap', '`q_out`, `k_out`', 'an output\'s elements overlap an input\'s or the other output\'s (an output equal to its own input is a rotation in place)', '{name}: its elements [{lo}, {hi}) (addresses in {unit}) overlap {other}; an output must be apart from the inputs and the other output, or be its own input (in place)'),
  row('Outputs and options', 'T', 'wasm-memory', '`sizes` (`createWasmKernel`)', 'q, k (v and the KV caches) and the cos/sin table need more than 4 GiB', 'sizes: q, k (v and the KV caches) and the cos/sin table need {bytes} bytes; WebAssembly memory holds at most 4 GiB'),
  row('Outputs and options', 'T', 'wasm-heads', '`extra.sizes` (`WasmKernel.rotateInPlace`)', 'a call\'s head counts differ from the ones the kernel was created with', 'sizes: {callQ} q heads and {callK} k heads, but this WebAssembly kernel was created for {q} and {k}'),
  row('Outputs and options', 'T', 'wasm-capacity', '`extra.sizes` (`WasmKernel.rotateInPlace`)', 'a call has more tokens than the kernel was created for', 'sizes: {tokens} tokens, but this WebAssembly kernel was created for at most {capacity}'),
  row('Outputs and options', 'T', 'wasm-cache', '`extra.sizes` (`WasmKernel.rotateInPlace`, `kv_cache …`)', 'a call\'s KV cache has another number of slots than the one the kernel holds', 'sizes: a KV cache of {slots} slots, but this WebAssembly kernel holds one of {capacity} (kernel.k_cache, kernel.v_cache)'),
  row('Outputs and options', 'T', 'wasm-capacity-k', '`extra.sizes` (`WasmKernel.rotateInPlace`, `k … tokens own`)', 'a call has more k tokens than the kernel was created for', 'sizes: {tokens} k tokens, but this WebAssembly kernel was created for at most {capacity} k tokens'),
  row('Outputs and options', 'T', 'wasm-views', '`views` (`createWasmKernel`, `strided`)', 'absent, or not whole numbers with every start within the length (vStart too with a KV cache)', 'views: expected {fields} of whole numbers with every start ≤ length: rope {name} rotates strided views of one buffer'),
  row('Outputs and options', 'T', 'wasm-owned', '`extra` (`WasmKernel.rotateInPlace`)', 'gives an array the kernel holds in its memory (q, k; with a KV cache v, slot_mapping, k_cache, v_cache)', 'extra.{name}: this WebAssembly kernel holds {name} in its own memory (kernel.{name}); write the values there instead of passing them'),
  row('Outputs and options', 'T', 'wasm-engine', '`createWasmKernel`', 'the JavaScript engine has no `WebAssembly`', 'createWasmKernel: this JavaScript engine has no WebAssembly; use rotateInPlace'),
  row('Outputs and options', 'W', 'out-half', '`qOut`, `kOut`', 'only one of them is given', '{name}: missing; out of place needs both qOut and kOut'),
  row('Outputs and options', 'W', 'out-cross', '`qOut`, `kOut`', 'an output is the other tensor\'s input', 'qOut, kOut: must not be the input buffer of the other tensor'),
  row('Outputs and options', 'W', 'out-mixed', '`qOut`, `kOut`', 'one output is its own input and the other is not', '{name}: is its own input buffer while the other output is not; pass qOut = q and kOut = k (or neither) to rotate in place'),
  row('Outputs and options', 'W', 'views-out', '`qOut`, `kOut` (`strided`)', 'q and k are one buffer and the outputs two, or the other way round', 'qOut, kOut: views of one buffer are written to one output buffer, and views of two buffers to two'),
  row('Outputs and options', 'W', 'read-written', '`positions`, `k_positions`, a cos/sin cache, a norm weight, `slot_mapping`, `block_table` (GPUBuffers)', 'a buffer the call writes (q or k in place, an output, a KV cache): WebGPU refuses a dispatch that binds one buffer written and read only', '{name}: is the buffer of {other}, which the call writes; an argument the kernel only reads must be another buffer'),
  row('Outputs and options', 'W', 'q-is-k', '`q`, `k`', 'q and k are the same buffer', '{names}: q and k must be different buffers'),
  row('Outputs and options', 'W', 'f16-option', '`options.f16` (`createKernel`)', 'not `\'auto\'`, `\'native\'` or `\'packed\'`', 'options.f16: expected \'auto\', \'native\' or \'packed\', got {value}'),
  row('Outputs and options', 'W', 'f16-no-shader', '`options.f16`', '`\'native\'`, but the spec has no `dtype f16 native`', 'options.f16: rope {name} has no native-f16 shader; its spec needs \'dtype f16 native\''),
  row('Outputs and options', 'W', 'schedule-option', '`options.schedule` (`createKernel`)', 'not `\'auto\'`, `\'heads\'`, `\'groups\'` or `\'serial\'`', 'options.schedule: expected \'auto\', \'heads\', \'groups\' or \'serial\', got {value}'),
  row('Outputs and options', 'W', 'storage-limit', '`args`', 'the call binds more storage buffers than the device allows per shader stage (`maxStorageBuffersPerShaderStage`: 8 unless the device was created with more)', 'args: this call binds {n} storage buffers, more than this device allows per shader stage (maxStorageBuffersPerShaderStage {limit}); request a device with requiredLimits: { maxStorageBuffersPerShaderStage: {n} }'),
  row('Outputs and options', 'W', 'f16-no-feature', '`options.f16`', '`\'native\'` on a device without `shader-f16`', 'options.f16: \'native\' needs a device created with the \'shader-f16\' feature (requiredFeatures: [\'shader-f16\'])'),

  row('Positions', 'ITW', 'positions-missing', '`positions`, `k_positions`', 'absent (`tensor`, `… tensor` sources)', '{name}: missing; expected shape {shape} ({values} {element} values)'),
  row('Positions', 'T', 'positions-type', '`positions`, `k_positions`', 'not the typed array of its element type (`Int32Array`; `Float32Array` or `Float64Array`)', '{name}: expected {ctor} of shape {shape}, got {type}'),
  row('Positions', 'W', 'positions-array-type', '`positions`, `k_positions`', 'a typed array of the wrong element type', '{name}: expected {ctor} ({element} positions) or a GPUBuffer, got {type}'),
  row('Positions', 'ITW', 'positions-length', '`positions`, `k_positions`', 'not `components × tokens` values', '{name}: expected shape {shape} ({values} positions), got length {length}'),
  row('Positions', 'ITW', 'cache-missing', '`cos_sin_cache`, `cos_cache`, `sin_cache` (`sincos cache`)', 'absent', '{name}: missing; rope {spec} reads cos and sin from a cache of shape {shape}'),
  row('Positions', 'TW', 'cache-type', '`cos_sin_cache`, `cos_cache`, `sin_cache`', 'not the typed array of the cache\'s dtype (`Float32Array`; `Uint16Array` for f16 and bf16 bits)', '{name}: expected a {ctor} of shape {shape}{or}, got {type}'),
  row('Positions', 'ITW', 'cache-length', '`cos_sin_cache`, `cos_cache`, `sin_cache`', 'not `cache_positions × width` values (W: a typed array; a GPUBuffer too small is `buffer-small`)', '{name}: expected the cache shape {shape} ({values} values), got length {length}'),
  row('Positions', 'ITWC', 'cache-position', '`positions`, `k_positions` (`sincos cache`)', 'an entry is not a row of the cache, [0, cache_positions). C: `ropec_NAME_check_positions` (`…_check_k_positions`) on a host copy; a launch cannot read device memory, so on the device the kernel reads no row for such a position and writes NaN to its rotated lanes', '{name}: entry {i} (component {c} of token {t}) is {value}, outside the cache\'s rows [0, {rows})'),
  row('Positions', 'ITW', 'norm-missing', '`q_norm_weight`, `k_norm_weight` (`norm rms(…)`)', 'absent', '{name}: missing; rope {spec} normalizes each {which} head with a weight of shape {shape}'),
  row('Positions', 'TW', 'norm-type', '`q_norm_weight`, `k_norm_weight`', 'not the storage typed array (`Float32Array`; `Uint16Array` for f16 and bf16 bits)', '{name}: expected a {storage} of shape {shape}{or}, got {type}'),
  row('Positions', 'ITW', 'norm-length', '`q_norm_weight`, `k_norm_weight`', 'not `head_dim` values (W: a typed array; a GPUBuffer too small is `buffer-small`)', '{name}: expected shape {shape}, got length {length}'),
  row('Positions', 'ITW', 'kv-missing', '`v`, `slot_mapping`, `k_cache`, `v_cache` (`kv_cache …`)', 'absent', '{name}: missing; rope {spec} stores rotated k and v into a KV cache and needs {name} of shape {shape}'),
  row('Positions', 'T', 'kv-type', '`v`, `slot_mapping`, `k_cache`, `v_cache`', 'not its typed array (`Int32Array` for `slot_mapping`; `Uint8Array` for fp8 caches; q and k\'s storage type for the others)', '{name}: expected {ctor} of shape {shape}, got {type}'),
  row('Positions', 'W', 'slot-type', '`slot_mapping`, `block_table`', 'a typed array other than `Int32Array` (anything else that is not a `GPUBuffer`: `buffer-type`)', '{name}: expected an Int32Array of shape {shape} or a GPUBuffer, got {type}'),
  row('Positions', 'W', 'kv-buffers', '`v`, `k_cache`, `v_cache`', 'a cache is the other cache or a buffer of q, k or v, or v is a buffer the call writes (an output; in place, q\'s or k\'s, unless q and k are views of it too)', '{name}: must be a buffer of its own{why}'),
  row('Positions', 'ITW', 'kv-length', '`v`, `slot_mapping`, `k_cache`, `v_cache`', 'not the number of values its shape needs (v with `strided`: `view-length`; W: `slot_mapping` as a typed array, the GPUBuffers are `buffer-small`\'s)', '{name}: expected shape {shape} ({values} values), got length {length}'),
  row('Positions', 'ITWC', 'slot-range', '`slot_mapping`', 'an entry is neither −1 (skip the token) nor a slot of the cache, [0, slots). W: given as a typed array; C: in host memory (the CPU emulation); a kernel cannot refuse a call, so given in device memory (a GPUBuffer, a CUDA pointer) such a slot is not written', 'slot_mapping: entry {t} is {value}; a slot is −1 (the token is not stored) or one of the cache\'s {slots} slots [0, {slots})'),
  row('Positions', 'ITWC', 'table-entry', '`block_table` (`kv_cache paged(…, slots table)`)', 'an entry is neither −1 (no block) nor a block of the cache, [0, cache_blocks). W: given as a typed array; C: in host memory; in device memory a token whose block is outside the cache is not written', 'block_table: entry [{b}, {j}] is {value}; a block is −1 (none) or one of the cache\'s {blocks} blocks [0, {blocks})'),
  row('Positions', 'ITWC', 'table-short', '`block_table`, `sizes.table_blocks`', 'a token\'s position is negative or past what a row of table_blocks blocks holds. W: positions computed, or given as a typed array; C: in host memory; on the device such a token is not written', 'block_table: {who} is at position {p}, outside the positions [0, {cap}) that a row of {width} blocks of {block} slots holds'),
  row('Positions', 'W', 'sincos-table-limit', '`sincos_table`', 'the table is larger than the device allows', 'sincos_table: {positions} positions × {pairs} pairs × 8 = {bytes} bytes exceeds this device\'s limits (maxStorageBufferBindingSize {limit}); request a device with higher limits or lower max_positions'),

  row('Sequences', 'ITW', 'offsets-missing', '`offsets`, `k_offsets` (`k … tokens own`)', 'absent (`index + offsets`)', '{name}: missing; expected shape [batch] = [{batch}]'),
  row('Sequences', 'TW', 'offsets-type', '`offsets`, `k_offsets`', 'not an `Int32Array` (W: not an array of numbers or a typed array)', '{name}: expected an Int32Array of shape [batch] = [{batch}], got {type}'),
  row('Sequences', 'ITW', 'offsets-length', '`offsets`, `k_offsets`', 'not `batch` values', '{name}: expected shape [batch] = [{batch}], got length {length}'),
  row('Sequences', 'IW', 'offsets-entry', '`offsets`, `k_offsets`', 'an entry is not a whole number in the i32 range', '{name}: entry {b} must be a whole number in the i32 range, got {value}'),
  row('Sequences', 'W', 'offsets-i32', '`offsets`, `k_offsets`', 'WGSL positions are i32: a sequence\'s last position passes 2^31 − 1', '{name}: entry {b}: positions reach {last} + {offset} = {position}, past the i32 range of the kernel\'s positions (2^31 − 1)'),
  row('Sequences', 'ITW', 'cu-missing', '`cu_seqlens`, `k_cu_seqlens` (`k … tokens own`)', 'absent (`index packed`, `grid(…) packed`)', '{name}: missing; packed sequences need {name} of shape [batch + 1]'),
  row('Sequences', 'TW', 'cu-type', '`cu_seqlens`, `k_cu_seqlens`', 'not an `Int32Array` (W: not an array of numbers or a typed array)', '{name}: expected an Int32Array of shape [batch + 1], got {type}'),
  row('Sequences', 'ITW', 'cu-length', '`cu_seqlens`', 'fewer than 2 entries', 'cu_seqlens: expected shape [batch + 1] with batch ≥ 1, got length {length}'),
  row('Sequences', 'ITW', 'k-cu-length', '`k_cu_seqlens` (`k … tokens own`)', 'not one entry more than q\'s sequences: k has as many packed sequences as q', 'k_cu_seqlens: expected shape [batch + 1] = [{want}] (as many sequences as cu_seqlens), got length {length}'),
  row('Sequences', 'ITWC', 'cu-start', '`cu_seqlens`, `k_cu_seqlens`', 'does not start at 0', '{name}: must start at 0, got {value}'),
  row('Sequences', 'ITWC', 'cu-order', '`cu_seqlens`, `k_cu_seqlens`', 'decreases (or holds a fraction)', '{name}: must be non-decreasing whole numbers; entry {i} is {value} after {before}'),
  row('Sequences', 'ITWC', 'cu-end', '`cu_seqlens`, `k_cu_seqlens`', 'does not end at `tokens` (k\'s: `k_tokens`)', '{name}: must end at {count} = {tokens}, got {value}'),
  row('Sequences', 'ITW', 'grids-missing', '`grid_sizes`, `k_grid_sizes` (`k … tokens own`)', 'absent (`grid(…) packed`)', '{name}: missing; packed grids need {name} of shape {shape}'),
  row('Sequences', 'TW', 'grids-type', '`grid_sizes`, `k_grid_sizes`', 'not an `Int32Array` (W: not an array of numbers or a typed array)', '{name}: expected an Int32Array of shape {shape}, got {type}'),
  row('Sequences', 'ITW', 'grids-length', '`grid_sizes`, `k_grid_sizes`', 'not `batch × axes` values', '{name}: expected shape {shape}, got length {length}'),
  row('Sequences', 'ITWC', 'grids-entry', '`grid_sizes`, `k_grid_sizes`', 'an entry is not a whole number in `[0, 2^31)`', '{name}: entry [{b}, {a}] (axis \'{axis}\') must be a whole number in [0, 2^31), got {value}'),
  row('Sequences', 'ITWC', 'grids-cells', '`grid_sizes`, `k_grid_sizes`', 'a sequence\'s length is not prefix + the product of its row', '{name}: sequence {b} holds {length} tokens ({cu}), but prefix + {axes} = {prefix} + {sizes} = {cells}'),

  row('Segment tables', 'ITW', 'seg-missing', '`segment_table`', 'absent', 'segment_table: missing; spec {name} evaluates its {kind} positions from a segment table (encodeSegments)'),
  row('Segment tables', 'T', 'seg-type', '`segment_table`', 'not an `Int32Array`', 'segment_table: expected an Int32Array (encodeSegments(...).table), got {type}'),
  row('Segment tables', 'ITW', 'segv-missing', '`segment_values`', 'absent', 'segment_values: missing; pass the values array encodeSegments returns (it may be empty)'),
  row('Segment tables', 'T', 'segv-type', '`segment_values`', 'not a `Float32Array`', 'segment_values: expected a Float32Array (encodeSegments(...).values), got {type}'),
  row('Segment tables', 'IA', 'seg-words', '`segment_table`', 'a word is not a whole number in the i32 range (plain arrays; an `Int32Array` always passes)', 'segment_table: word {i} is {value}, not a whole number in the i32 range'),
  row('Segment tables', 'ITWCA', 'seg-header', '`segment_table`', 'shorter than the row header', 'segment_table: expected at least rows + 1 = {header} words (the row header), got length {length}'),
  row('Segment tables', 'ITWCA', 'seg-records', '`segment_table`', 'its length disagrees with the record count', 'segment_table: header word {rows} says {records} segments, so the table must have {rows} + 1 + 8·{records} = {words} words; got length {length}'),
  row('Segment tables', 'ITWCA', 'seg-word0', '`segment_table`', 'header word 0 is not 0', 'segment_table: header word 0 (row 0\'s first segment) must be 0, got {value}'),
  row('Segment tables', 'ITWCA', 'seg-rows', '`segment_table`', 'row ranges decrease', 'segment_table: header word {next} = {hi} is below word {b} = {lo}; row ranges must not decrease'),
  row('Segment tables', 'ITWCA', 'seg-empty-row', '`segment_table`', 'a row with tokens has no segments', 'segment_table: row {b} has no segments but {length} tokens'),
  row('Segment tables', 'ITWCA', 'seg-extra-row', '`segment_table`', 'a row without tokens has segments', 'segment_table: row {b} has segments but no tokens'),
  row('Segment tables', 'ITWCA', 'seg-kind', '`segment_table`', 'an unknown kind', 'segment_table: row {b}, segment {r}: unknown kind word {word} (kinds are 0 text, 1 const, 2 grid, 3 frames)'),
  row('Segment tables', 'ITWCA', 'seg-first', '`segment_table`', 'a row\'s first segment does not start at 0', 'segment_table: row {b}, segment {r} ({kind}): the first segment of a row must start at 0, got {start}'),
  row('Segment tables', 'ITWCA', 'seg-starts', '`segment_table`', 'starts do not rise, or reach the row length', 'segment_table: row {b}, segment {r} ({kind}): starts at {start} but the next starts at {end}; starts must rise strictly and stay below the row length {length}'),
  row('Segment tables', 'ITWCA', 'seg-value-index', '`segment_table`', 'a text or const segment carries a value index', 'segment_table: row {b}, segment {r} ({kind}): kind word {word} has a value index; only grid and frames do'),
  row('Segment tables', 'ITWCA', 'seg-text-i32', '`segment_table`', 'a text segment\'s positions leave i32', 'segment_table: row {b}, segment {r} (text): base {base} + {last} does not fit in i32'),
  row('Segment tables', 'ITWCA', 'seg-const', '`segment_table`', 'a const segment\'s fraction word is not in (−1, 1)', 'segment_table: row {b}, segment {r} (const): the fraction word must hold an f32 in (−1, 1), got {value}'),
  row('Segment tables', 'ITWCA', 'seg-grid-axes', '`segment_table`', 'a grid segment in a one-component spec', 'segment_table: row {b}, segment {r} (grid): grid segments give 3 components; this spec reads {axes}'),
  row('Segment tables', 'ITWCA', 'seg-grid-size', '`segment_table`', 'H or W < 1, or H·W ≥ 2^31', 'segment_table: row {b}, segment {r} (grid): H = {h} and W = {w} must be ≥ 1 with H·W < 2^31'),
  row('Segment tables', 'ITWCA', 'seg-grid-offset', '`segment_table`', 'a grid offset is negative or leaves i32', 'segment_table: row {b}, segment {r} (grid): offset {offset} + {last} must be ≥ 0 and fit in i32'),
  row('Segment tables', 'ITWCA', 'seg-grid-scale-index', '`segment_values`', 'a grid\'s temporal scale is past the values', 'segment_values: row {b}, segment {r} (grid) reads its temporal scale at values[{v}] and [{next}], but there are {count} values'),
  row('Segment tables', 'ITWCA', 'seg-grid-scale', '`segment_values`', 'a temporal scale is negative or not finite', 'segment_values: the temporal scale of row {b}, segment {r} must be finite and ≥ 0, got ({a}, {c})'),
  row('Segment tables', 'ITWCA', 'seg-grid-i32', '`segment_table`', 'a grid\'s positions leave i32', 'segment_table: row {b}, segment {r} (grid): positions up to ({t}, {h}, {w}) do not fit in i32'),
  row('Segment tables', 'ITWCA', 'seg-frames', '`segment_table`', 'a frames segment has a negative frame count or < 1 patch per frame', 'segment_table: row {b}, segment {r} (frames): frame count {n} must be ≥ 0 and patches per frame {ppf} ≥ 1'),
  row('Segment tables', 'ITWCA', 'seg-frames-offset', '`segment_table`', 'a frames offset is negative or leaves i32', 'segment_table: row {b}, segment {r} (frames): offset {offset} + {last} must be ≥ 0 and fit in i32'),
  row('Segment tables', 'ITWCA', 'seg-frames-index', '`segment_values`', 'frame times are past the values', 'segment_values: row {b}, segment {r} (frames) reads values[{v} … {lastIndex}], but there are {count} values'),
  row('Segment tables', 'ITWCA', 'seg-frame-time', '`segment_values`', 'a frame time is not finite or ≥ 2^31 in magnitude', 'segment_values: frame time values[{i}] = {value} must be finite and below 2^31 in magnitude'),

  row('Building segment tables', 'A', 'enc-empty', '`encodeSegments(tables)`', 'no tables', 'encodeSegments: expected at least one segment table'),
  row('Building segment tables', 'A', 'enc-axes', '`encodeSegments(tables)`', 'rows disagree on the number of components', 'encodeSegments: table {b} has {axes} axes, table 0 has {first}'),
  row('Building segment tables', 'A', 'enc-table', '`encodeSegments(tables)`', 'a table is malformed', 'encodeSegments: table {b}: {why}'),
  row('Building segment tables', 'A', 'enc-i32', '`encodeSegments(tables)`', 'a field does not fit the i32 format', 'encodeSegments: row {b}, {kind} segment at token {start}: {field} = {value} is not a whole number in the i32 range'),
  row('Building segment tables', 'A', 'enc-const', '`encodeSegments(tables)`', 'a const value is not a float32 number', 'encodeSegments: const segment at token {start} has value {value}, which is not a float32 number'),
  row('Building segment tables', 'A', 'enc-values', '`encodeSegments(tables)`', 'more than 2^27 values', 'encodeSegments: more than 2^27 frame times and scales'),
  row('Building segment tables', 'A', 'enc-lengths', '`encodeSegments(tables)`', 'rows of different lengths without `concat`', 'encodeSegments: every row must have the same length (batch layouts); table 0 has {length} tokens, another {other}'),
  row('Building segment tables', 'A', 'pos-table-length', '`segmentTablesFromPositions(positions, …)`', 'not `components × tokens` values', 'positions: expected {shape} with tokens = {tokens} ({values} values), got length {length}'),
  row('Building segment tables', 'A', 'pos-table-finite', '`segmentTablesFromPositions`', 'a position is NaN or infinite', 'positions: component {c} of token {t} is {value}'),
  row('Building segment tables', 'A', 'pos-table-f32', '`segmentTablesFromPositions`', 'a time-line position is not a float32 number', 'positions: token {t} holds {value}, which is not a float32 number'),
  row('Building segment tables', 'A', 'pos-table-whole', '`segmentTablesFromPositions`', 'an M-RoPE position is fractional', 'positions: component {c} of token {t} is {value}; M-RoPE positions are whole numbers'),
];

const BY_ID = new Map(CHECKS.map((r) => [r.id, r]));

export function checkRow(id: string): CheckRow {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`no check ${id} in the table`);
  return r;
}

type Value = MessagePart | MessagePart[] | number;

/** The message of row `id` with its holes filled: text, numbers, values of the call, words. */
export function message(id: string, values: Record<string, Value>): MessagePart[] {
  const out: MessagePart[] = [];
  const text = (t: string) => {
    if (typeof out[out.length - 1] === 'string') out[out.length - 1] += t;
    else out.push(t);
  };
  checkRow(id).message.split(/(\{\w+\})/).forEach((piece, i) => {
    if (i % 2 === 0) return text(piece);
    const name = piece.slice(1, -1);
    if (!(name in values)) throw new Error(`check ${id}: no value for {${name}}`);
    for (const part of [values[name]].flat()) {
      if (typeof part === 'string' || typeof part === 'number') text(String(part));
      else out.push(part);
    }
  });
  return out;
}

/** The text a host throws for a check it runs in its own code (typed arrays, GPUBuffers, options). */
export function messageText(id: string, values: Record<string, string | number>): string {
  return message(id, values).join('');
}

// ------------------------------------------------------------------------------------------------
// The checks of a call, as host code

const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;
const i64 = c.i64;
const f64 = c.f64;
const not = e.not;
const load = (buffer: string, index: Expr): Expr => e.cast('i64', e.load(buffer, 'i32', index));
const add = (...xs: Expr[]) => xs.reduce((a, b) => e.add(a, b));
const mul = (...xs: Expr[]) => xs.reduce((a, b) => e.mul(a, b));
const and = (...xs: Expr[]) => xs.reduce((a, b) => e.and(a, b));
const or = (...xs: Expr[]) => xs.reduce((a, b) => e.or(a, b));
const fitsI32 = (x: Expr) => and(e.ge(x, i64(I32_MIN)), e.le(x, i64(I32_MAX)));
const join = (xs: Expr[], sep = '·'): MessagePart[] => xs.flatMap((x, i) => (i === 0 ? [x] : [sep, x]));
const KINDS = ['text', 'const', 'grid', 'frames'];

/**
 * The checks of one host, and where the sizes of the call end up: locals n_batch, n_seq,
 * n_tokens, n_q_heads, n_k_heads, n_offset (and n_grid_AXIS for a grid's run-time sizes), set by
 * `body` after its checks. `functions` are the checks that are also called on their own
 * (check_segments, check_grid_sizes; C exposes them as ropec_NAME_check_*).
 */
export interface HostChecks {
  body: Stmt[];
  functions: Fn[];
}

class Writer {
  constructor(readonly host: Host) {}

  has(id: string): boolean {
    return checkRow(id).hosts.includes(this.host);
  }

  /** `if (!ok) fail(id)` where the row applies to this host. */
  require(id: string, ok: Expr, values: Record<string, Value> = {}): Stmt[] {
    return this.has(id) ? [s.if(not(ok), [s.fail(id, ...message(id, values))])] : [];
  }
}

/** C: the arrays are non-NULL and aligned (segment_values may be NULL when it is empty). */
function pointers(w: Writer, arrays: { name: string; bytes: number }[], nullWhen?: (name: string) => Expr): Stmt[] {
  return arrays.flatMap((t) => {
    const test = nullWhen ? or(nullWhen(t.name), e.is('pointer', t.name)) : e.is('pointer', t.name);
    if (t.name !== 'segment_values') return w.require('pointer', test, { name: t.name, bytes: t.bytes === 1 ? '1 byte' : `${t.bytes} bytes` });
    const count = param('segment_value_count');
    return w.require('segv-pointer', and(e.ge(count, i64(0)), or(and(e.eq(count, i64(0)), not(e.is('given', 'segment_values'))), e.is('pointer', 'segment_values'))), { count });
  });
}

/** C: the sizes a public check function takes are ≥ 0. */
function wholeParams(w: Writer, names: string[]): Stmt[] {
  return names.flatMap((name) => w.require('size-whole', e.is('whole', name, true), { size: name, value: v(name, 'i64') }));
}

/** What a size is called in the host's messages and where a host reads it. */
const sizeWords = (host: Host, name: string) => (host === 'C' ? name : `sizes.${name}`);

/** Sizes past this are refused by C hosts (int64 arithmetic with room to spare). */
export const C_LIMIT = 2 ** 62;

/**
 * The checks of `host` for a call of `ir`. C also refuses launches whose work items need more
 * blocks of `launch.block` threads than a 1D grid holds: `launch.chunks` items per head group of
 * q and of k, in groups of `launch.groups` heads (the launcher's fewest items).
 * `sizesOnly`: just the sizes of q and k (n_tokens, n_q_heads, n_k_heads), for a host that
 * allocates before it has the arrays (the WebAssembly kernel).
 */
export function argumentChecks(ir: RopeIR, host: 'I' | 'T' | 'W' | 'C', opts: { launch?: { block: number; chunks: { q: number; k: number }; groups: { q: number; k: number } }; sizesOnly?: boolean } = {}): HostChecks {
  const { launch, sizesOnly } = opts;
  const w = new Writer(host);
  const src = ir.positions.source;
  const packed = ir.positions.sequences === 'packed';
  const thd = ir.kernel.layout === 'thd';
  const C = host === 'C';
  const body: Stmt[] = [];
  const functions: Fn[] = [];
  const n = (name: string) => v(`n_${name}`, 'i64');

  /** A run-time size: given, whole, then in local n_NAME. */
  const size = (name: string, why: string, key = name): Stmt[] => [
    ...w.require('size-missing', e.is('given', key, true), { size: sizeWords(host, key), why }),
    ...w.require('size-whole', e.is('whole', key, true), { size: sizeWords(host, key), value: param(key) }),
    s.let(`n_${name}`, param(key)),
  ];
  /** An array argument the spec needs: given, and of the type the host takes. */
  // (The WGSL host takes offsets, cu_seqlens and grid sizes as any array of numbers, and uploads them.)
  const array = (name: string, missing: string, typeRow: string, typeTest: 'Int32Array' | 'Float32Array', values: Record<string, Value> = {}): Stmt[] => [
    ...w.require(missing, e.is('given', name), values),
    ...w.require(typeRow, e.is(host === 'W' && ['offsets-type', 'cu-type', 'grids-type'].includes(typeRow) ? 'arrayLike' : typeTest, name), { ...values, type: { typeOf: name } }),
  ];

  // q or k may hold no element (no tokens; k's own count at 0, cross-attention with an empty side;
  // run-time heads at 0, one tensor rotated alone); that tensor's pointer (and its output's, and
  // v's beside k) may then be NULL, as torch's empty tensors are; so may an array of one entry per
  // token of a side without tokens. Checked once the token and head counts are known.
  const sideOf = (name: string): 'q' | 'k' | undefined => (['q', 'q_out', 'k', 'k_out', 'v'].includes(name) ? (name === 'v' ? 'k' : name[0] as 'q' | 'k') : undefined);
  const perToken = (name: string): 'q' | 'k' | undefined => (name === 'positions' ? 'q' : name === 'k_positions' || name === 'slot_mapping' ? 'k' : undefined);
  if (C) {
    body.push(...pointers(w, cArrays(ir).filter((a) => !sideOf(a.name) && !perToken(a.name))));
  } else {
    body.push(...w.require('size-object', e.is('object', 'sizes', true), { type: { typeOf: 'sizes' } }));
  }

  // Tokens, sequences.
  if (thd) {
    body.push(...size('tokens', 'layout [tokens, heads, dim] needs the token count'));
    if (ownTokens(ir)) body.push(...size('k_tokens', "k has its own tokens ('k … tokens own'): it needs their count"));
    if (packed && C) {
      body.push(...size('batch', 'packed sequences need their count'), s.let('n_seq', n('tokens')));
      // grid(…) packed checks cu_seqlens inside check_grid_sizes.
      // (k with its own tokens: its own packed sequences too.)
      for (const side of src.kind === 'index' ? positionSides(ir) : []) {
        body.push(s.if(e.is('hostMemory', ''), [s.call(`check_${side.cuSeqlens}`, n('batch'), n(side.tokens))]));
        functions.push(cuSeqlensFunction(w, side));
      }
    } else if (packed && !sizesOnly) {
      body.push(...array('cu_seqlens', 'cu-missing', 'cu-type', 'Int32Array', { name: 'cu_seqlens' }));
      body.push(...w.require('cu-length', e.ge(e.length('cu_seqlens'), i64(2)), { length: e.length('cu_seqlens') }));
      body.push(s.let('n_batch', e.sub(e.length('cu_seqlens'), i64(1))));
      body.push(...cuSeqlensChecks(w, n('batch'), n('tokens')));
      // k with its own tokens: as many packed sequences of its own, from 0 to k_tokens.
      if (ownTokens(ir)) {
        body.push(...array('k_cu_seqlens', 'cu-missing', 'cu-type', 'Int32Array', { name: 'k_cu_seqlens' }));
        body.push(...w.require('k-cu-length', e.eq(e.length('k_cu_seqlens'), e.add(n('batch'), i64(1))), { want: e.add(n('batch'), i64(1)), length: e.length('k_cu_seqlens') }));
        body.push(...cuSeqlensChecks(w, n('batch'), n('k_tokens'), positionNames(ir, 'k')));
      }
      body.push(s.var('n_seq', i64(0)));
      body.push(s.for('b', 'i64', i64(0), n('batch'), [s.set('n_seq', e.max(n('seq'), e.sub(load('cu_seqlens', e.add(v('b', 'i64'), i64(1))), load('cu_seqlens', v('b', 'i64')))))]));
    } else if (!packed) {
      body.push(s.let('n_batch', i64(1)), s.let('n_seq', n('tokens')));
    }
  } else {
    body.push(...size('batch', 'this layout has a batch axis'), ...size('seq', 'this layout has a seq axis'));
    // k with its own tokens: its own tokens per sequence (k_tokens = batch · k_seq).
    if (ownTokens(ir)) body.push(...size('k_seq', "k has its own tokens ('k … tokens own'): it needs their count per sequence"));
    if (C) {
      for (const { seq } of positionSides(ir)) {
        body.push(...w.require('batch-seq', or(e.eq(n(seq), i64(0)), e.le(n('batch'), e.div(i64(C_LIMIT), n(seq)))), { name: seq, batch: n('batch'), seq: n(seq) }));
      }
    }
    body.push(s.let('n_tokens', e.mul(n('batch'), n('seq'))));
    if (ownTokens(ir)) body.push(s.let('n_k_tokens', e.mul(n('batch'), n('k_seq'))));
  }

  // Heads.
  for (const which of ['q', 'k'] as const) {
    const fixed = which === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads;
    const key = `${which}_heads`;
    if (fixed === null) {
      body.push(...size(key, `the spec leaves the number of ${which} heads to run time`));
    } else {
      body.push(...w.require('heads-fixed', or(not(e.is('given', key, true)), e.eq(param(key), i64(fixed))), { which, fixed, value: param(key) }));
      body.push(s.let(`n_${key}`, i64(fixed)));
    }
  }
  if (C) {
    const empty = (t: 'q' | 'k') => [e.eq(n(tokensOf(ir, t)), i64(0)), ...((t === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) === null ? [e.eq(n(`${t}_heads`), i64(0))] : [])];
    body.push(...pointers(w, cArrays(ir).filter((a) => sideOf(a.name)), (name) => or(...empty(sideOf(name)!))));
    body.push(...pointers(w, cArrays(ir).filter((a) => perToken(a.name)), (name) => e.eq(n(tokensOf(ir, perToken(name)!)), i64(0))));
  }
  // (createWasmKernel also allocates a KV cache: its size.)
  if (sizesOnly) return { body: [...body, ...(ir.kernel.kvCache ? cacheSize(ir, n, size) : [])], functions };

  // Offsets (k with its own tokens: its own offset too).
  const sides = positionSides(ir);
  /** Tokens in one sequence of a side: the call's seq, or k's own (k_tokens, or k_seq in batch layouts). */
  const seqLength = (which: 'q' | 'k') => n(which === 'k' ? (thd ? 'k_tokens' : 'k_seq') : 'seq');
  for (const { which, offset: name } of sides) {
    if (src.kind === 'index' && src.offset === 'scalar') {
      body.push(s.var(`n_${name}`, i64(0)));
      if (C) {
        body.push(s.set(`n_${name}`, param(name)));
      } else {
        body.push(s.if(e.is('given', name, true), [
          ...w.require('offset-whole', e.un('isInteger', param(name)), { size: sizeWords(host, name), value: param(name) }),
          s.set(`n_${name}`, param(name)),
        ]));
      }
      if (w.has('offset-i32')) {
        const last = e.max(e.sub(seqLength(which), i64(1)), i64(0));
        body.push(...w.require('offset-i32', and(e.ge(n(name), i64(I32_MIN)), e.le(e.add(n(name), last), i64(I32_MAX))),
          { size: sizeWords(host, name), last, offset: n(name), position: e.add(last, n(name)) }));
      }
    } else {
      body.push(s.let(`n_${name}`, i64(0)));
    }
  }
  // Per-sequence offsets (k with its own tokens: k_offsets too, over k's sequences).
  for (const { which, offsets: name, cuSeqlens: cu } of src.kind === 'index' && src.offset === 'per_sequence' && !C ? sides : []) {
    const bv = v('b', 'i64');
    body.push(...array(name, 'offsets-missing', 'offsets-type', 'Int32Array', { name, batch: n('batch') }));
    body.push(...w.require('offsets-length', e.eq(e.length(name), n('batch')), { name, batch: n('batch'), length: e.length(name) }));
    const entry = e.load(name, 'i64', bv);
    const length = packed ? e.sub(load(cu, e.add(bv, i64(1))), load(cu, bv)) : seqLength(which);
    body.push(s.for('b', 'i64', i64(0), n('batch'), [
      ...w.require('offsets-entry', and(e.un('isInteger', entry), fitsI32(entry)), { name, b: bv, value: entry }),
      ...(w.has('offsets-i32')
        ? [s.let('last', e.sub(length, i64(1))),
          ...w.require('offsets-i32', or(e.lt(v('last', 'i64'), i64(0)), e.le(e.add(entry, v('last', 'i64')), i64(I32_MAX))),
            { name, b: bv, last: v('last', 'i64'), offset: entry, position: e.add(v('last', 'i64'), entry) })]
        : []),
    ]));
  }

  // Grids.
  if (src.kind === 'grid') {
    const axes = src.axes.map((a) => a.name);
    if (src.sizes === 'per_sequence') {
      // (k with its own tokens: k_grid_sizes against k_cu_seqlens, check_k_grid_sizes.)
      for (const side of sides) {
        const { which, gridSizes: name, tokens } = side;
        if (!C) {
          const shape = gridSizesShape(axes, n('batch'));
          body.push(...array(name, 'grids-missing', 'grids-type', 'Int32Array', { name, shape }));
          body.push(...w.require('grids-length', e.eq(e.length(name), e.mul(n('batch'), i64(axes.length))), { name, shape, length: e.length(name) }));
          body.push(s.call(`check_${name}`, n('batch'), n(tokens)));
        } else {
          body.push(s.if(e.is('hostMemory', ''), [s.call(`check_${name}`, n('batch'), n(tokens))]));
        }
        functions.push(gridSizesFunction(w, axes, src.prefix, C, side));
        if (w.has('grid-i32')) body.push(...gridI32(w, ir, 'rows', which));
      }
    } else {
      for (const { which, grid } of sides) {
        for (const a of axes) body.push(...size(grid(a).name, `${which === 'k' ? "k's " : ''}grid axis '${a}' has a run-time size`, C ? grid(a).name : grid(a).key));
        const g = axes.map((a) => n(grid(a).name));
        const seq = seqLength(which);
        const values = { who: which === 'k' ? (thd ? 'k_tokens' : "each sequence of k (k_seq)") : 'each sequence', axes: axes.join('·'), prefix: src.prefix, sizes: join(g), cells: e.add(i64(src.prefix), mul(...g)), seq };
        const cells = `cells${which === 'k' ? '_k' : ''}`;
        if (C) {
          // int64, exact: the product grows one axis at a time below the limit.
          body.push(s.var(`n_${cells}`, i64(1)));
          for (const x of g) {
            body.push(...w.require('grid-overflow', or(e.eq(x, i64(0)), e.le(n(cells), e.div(i64(C_LIMIT), x))), { sizes: join(g) }));
            body.push(s.set(`n_${cells}`, e.mul(n(cells), x)));
          }
          body.push(...w.require('grid-cells', e.eq(seq, e.add(i64(src.prefix), n(cells))), values));
        } else {
          // Numbers are float64: a product past 2^53 rounds, but stays above every safe sequence length.
          body.push(...w.require('grid-cells', e.eq(seq, e.add(i64(src.prefix), mul(...g))), values));
        }
        if (w.has('grid-i32')) body.push(...gridI32(w, ir, 'uniform', which));
      }
    }
  }

  // Positions and segment tables.
  if (src.kind === 'tensor' && !C) {
    const comps = ir.positions.components;
    for (const { positions: name, tokens } of sides) {
      const shape = comps === 1 ? [`[${tokens}] = [`, n(tokens), ']'] : [`[${comps}, ${tokens}] = [${comps}, `, n(tokens), ']'];
      const values = e.mul(i64(comps), n(tokens));
      body.push(...w.require('positions-missing', e.is('given', name), { name, shape, values, element: src.element === 'int' ? 'i32' : 'f32' }));
      body.push(...w.require('positions-type', e.is('positions', name),
        { name, ctor: src.element === 'int' ? 'Int32Array' : 'Float32Array or Float64Array', shape, type: { typeOf: name } }));
      if (host !== 'W') body.push(...w.require('positions-length', e.eq(e.length(name), values), { name, shape, values, length: e.length(name) }));
    }
  }
  if (src.kind === 'segments') {
    if (!C) {
      body.push(...array('segment_table', 'seg-missing', 'seg-type', 'Int32Array', { name: ir.name, kind: ir.host.positions.kind }));
      body.push(...array('segment_values', 'segv-missing', 'segv-type', 'Float32Array'));
    }
    const rows = thd ? i64(1) : n('batch');
    const call = s.call('check_segments', rows, n('seq'));
    // A launch cannot read device memory: the CUDA emulation (host memory) checks the table.
    body.push(C ? s.if(e.is('hostMemory', ''), [call]) : call);
    functions.push(segmentsFunction(w, ir.positions.components === 3 ? 3 : 1));
  }

  // An engine's cos/sin cache: its rows, its arrays, and every position a row of it.
  const sc = ir.kernel.sincos;
  if (sc.kind === 'cache' && src.kind === 'tensor') {
    body.push(...size('cache_positions', 'a cos/sin cache needs its number of rows (positions it holds)'));
    if (!C) {
      for (const cache of cacheArrays(ir)) {
        const shape = [`[cache_positions, ${cache.width}] = [`, n('cache_positions'), `, ${cache.width}]`];
        const values = e.mul(n('cache_positions'), i64(cache.width));
        body.push(...w.require('cache-missing', e.is('given', cache.name), { name: cache.name, spec: ir.name, shape }));
        body.push(...w.require('cache-type', e.is('cache', cache.name), { name: cache.name, ctor: sc.dtype === 'f32' ? 'Float32Array' : 'Uint16Array', shape, or: host === 'W' ? ' or a GPUBuffer' : '', type: { typeOf: cache.name } }));
        // The WGSL host also takes a GPUBuffer (its size is buffer-small's to check).
        const length = w.require('cache-length', e.eq(e.length(cache.name), values), { name: cache.name, shape, values, length: e.length(cache.name) });
        body.push(...(host === 'W' ? [s.if(e.is('hostArray', cache.name), length)] : length));
      }
      // Every side's positions (k's own with `k … tokens own`). The WGSL host checks positions
      // given as a typed array (a GPUBuffer's are the kernel's to guard).
      for (const { positions: name, tokens } of sides) {
        const check = positionRows(w, name, ir.positions.components, n(tokens), n('cache_positions'), host === 'W' ? e.length(name) : e.mul(i64(ir.positions.components), n(tokens)));
        body.push(...(host === 'W' ? [s.if(e.is('hostArray', name), check)] : check));
      }
    } else {
      for (const { positions: name, tokens } of sides) {
        body.push(s.if(e.is('hostMemory', ''), [s.call(`check_${name}`, n(tokens), n('cache_positions'))]));
        functions.push({
          name: `check_${name}`,
          params: [{ name: 'tokens', ty: 'i64' }, { name: 'cache_positions', ty: 'i64' }],
          ret: 'void',
          doc: `sincos cache: every entry of ${name} [${ir.positions.components === 1 ? 'tokens' : `${ir.positions.components}, tokens`}] is a row of the cache, in [0, cache_positions)`,
          body: [
            ...pointers(w, [{ name, bytes: 8 }], () => e.eq(v('tokens', 'i64'), i64(0))),
            ...wholeParams(w, ['tokens', 'cache_positions']),
            ...positionRows(w, name, ir.positions.components, v('tokens', 'i64'), v('cache_positions', 'i64'), e.mul(i64(ir.positions.components), v('tokens', 'i64'))),
          ],
        });
      }
    }
  }

  // norm rms(…): each tensor's weight, one value per lane of its heads.
  if (!C) {
    for (const wt of normArrays(ir)) {
      const shape = `[${wt.width}]`;
      body.push(...w.require('norm-missing', e.is('given', wt.name), { name: wt.name, spec: ir.name, which: wt.t, shape }));
      body.push(...w.require('norm-type', e.is('weight', wt.name), { name: wt.name, storage: storageType(ir), shape, or: host === 'W' ? ' or a GPUBuffer' : '', type: { typeOf: wt.name } }));
      const length = w.require('norm-length', e.eq(e.length(wt.name), i64(wt.width)), { name: wt.name, shape, length: e.length(wt.name) });
      body.push(...(host === 'W' ? [s.if(e.is('hostArray', wt.name), length)] : length));
    }
  }

  if (needsSeqLen(ir)) body.push(...size('seq_len', 'this scaling depends on the sequence length'));

  const views = ir.kernel.strided ? strides(w, ir, n) : { sizes: [], overlap: [] };
  body.push(...views.sizes);

  // q and k (the ones the call takes).
  for (const which of tensors(ir)) {
    const heads = n(`${which}_heads`);
    const shape = shapeParts(ir, which, heads, n);
    const dim = tensorLanes(ir, which).headDim;
    const tokens = n(tokensOf(ir, which));
    const values = mul(tokens, heads, i64(dim));
    if (ir.kernel.strided) {
      if (!C) {
        body.push(...w.require('tensor-missing', e.is('given', which), { which, shape }));
        body.push(...w.require('tensor-type', e.is('storage', which), { which, storage: storageType(ir), shape, type: { typeOf: which } }));
      }
      const [ts, hs] = [n(`${which}_token_stride`), n(`${which}_head_stride`)];
      const extent = e.select(e.eq(tokens, i64(0)), i64(0), add(mul(e.sub(tokens, i64(1)), ts), mul(e.sub(heads, i64(1)), hs), i64(dim)));
      body.push(...w.require('view-length', e.ge(e.length(which), extent), { which, tokens, ts, hs, extent, length: e.length(which) }));
      continue;
    }
    if (C) {
      body.push(...w.require('elements', or(e.eq(tokens, i64(0)), e.le(heads, e.div(i64(Math.floor(C_LIMIT / dim)), tokens))),
        { which, tokens, heads, dim }));
      continue;
    }
    body.push(...w.require('tensor-missing', e.is('given', which), { which, shape }));
    body.push(...w.require('tensor-type', e.is('storage', which), { which, storage: storageType(ir), shape, type: { typeOf: which } }));
    body.push(...w.require('tensor-length', e.eq(e.length(which), values), { which, shape, values, length: e.length(which) }));
  }
  body.push(...views.overlap);
  if (ir.kernel.kvCache) body.push(...kvCacheChecks(w, ir, n, size));
  if (ir.kernel.qOutput) body.push(...scaleChecks(w, ['q_scale']));
  if (C && launch) {
    const { chunks } = launch;
    if (ownTokens(ir)) {
      // k with its own tokens: q's tokens · q's items per token + k's tokens · k's (each below 2^62: the elements check).
      const items = (t: 'q' | 'k') => groupItems(n(`${t}_heads`), launch.groups[t], chunks[t], 'i64');
      const total = e.add(e.mul(n('tokens'), items('q')), e.mul(n('k_tokens'), items('k')));
      body.push(...w.require('threads', e.le(total, i64(I32_MAX * launch.block)), { tokens: [n('tokens'), ' + ', n('k_tokens')] }));
    }
    // q and k with one chunk count (every spec whose tensors share a head shape): groups · chunks.
    const [limit, perToken] = chunks.q === chunks.k
      ? [Math.floor((I32_MAX * launch.block) / chunks.q), groupsPerToken(launch.groups, n('q_heads'), n('k_heads'), 'i64')]
      : [I32_MAX * launch.block, itemsPerToken(launch.groups, chunks, n('q_heads'), n('k_heads'), 'i64')];
    if (!ownTokens(ir)) body.push(...w.require('threads', e.le(n('tokens'), e.div(i64(limit), e.max(perToken, i64(1)))), { tokens: n('tokens') }));
  }
  if (C && !ir.kernel.inplace) body.push(...outputsApart(w, ir, n));
  if (C) body.push(...memoryApart(w, ir, n));
  return { body, functions };
}

/**
 * Strided views: each tensor's token and head strides (T, I: default contiguous), that a tensor's
 * heads and tokens do not overlap each other, and that q and k do not overlap: apart as wholes,
 * row by row (equal token strides), or head by head (equal head strides dividing both token strides).
 */
function strides(w: Writer, ir: RopeIR, n: (name: string) => Expr): { sizes: Stmt[]; overlap: Stmt[] } {
  const dim = (which: 'q' | 'k') => tensorLanes(ir, which).headDim;
  const out: Stmt[] = [];
  const W = w.host === 'W';
  const present = tensors(ir);
  for (const which of present) out.push(...viewSizes(w, n, which, n(`${which}_heads`), dim(which), n(tokensOf(ir, which))));
  if (W && ir.kernel.dtype !== 'f32') {
    // Packed 16-bit shaders store whole words (the native-f16 one does not, but the host may not pick it).
    const all = present.flatMap((t) => [`${t}_start`, `${t}_token_stride`, `${t}_head_stride`]).map(n);
    out.push(...w.require('view-words', and(...all.map((x) => e.eq(e.mod(x, i64(2)), i64(0)))), { dtype: ir.kernel.dtype, values: join(all, ', ') }));
  }
  // One tensor (q-only or k-only) has no other view to overlap.
  if (present.length < 2) return { sizes: out, overlap: [] };
  const [q, k] = (['q', 'k'] as const).map((which) => stridedView(w, n, which, n(`${which}_heads`), dim(which), n(tokensOf(ir, which))));
  const none = ownTokens(ir) ? or(e.eq(n('tokens'), i64(0)), e.eq(n('k_tokens'), i64(0))) : e.eq(n('tokens'), i64(0));
  const overlap = w.require('view-overlap', or(none, not(e.is('sharesWithQ', 'k')), viewsApart(q, k)), { qa: q.start, ka: k.start, qts: q.ts, kts: k.ts, qhs: q.hs, khs: k.hs });
  return { sizes: out, overlap };
}

/**
 * The view of `name` (q, k or a KV cache's v) that its sizes describe: from its start (W: the
 * `name_start` size; other hosts: where the array begins in its memory), `name_token_stride` and
 * `name_head_stride`, `heads` heads of `dim` lanes over `tokens` tokens.
 */
function stridedView(w: Writer, n: (name: string) => Expr, name: string, heads: Expr, dim: number, tokens: Expr): View {
  const hs = n(`${name}_head_stride`);
  return { start: w.host === 'W' ? n(`${name}_start`) : e.start(name), ts: n(`${name}_token_stride`), hs, span: add(mul(e.sub(heads, i64(1)), hs), i64(dim)), dim: i64(dim), tokens };
}

/**
 * One view's sizes (q, k, or a KV cache's v): its token and head strides (TypeScript hosts: default
 * contiguous; C: given) and, in the WGSL host, where it starts, each in local n_NAME; then that its
 * heads and tokens do not overlap (and, C, that its extent stays in int64).
 */
function viewSizes(w: Writer, n: (name: string) => Expr, which: string, heads: Expr, dim: number, tokens: Expr): Stmt[] {
  const C = w.host === 'C';
  const out: Stmt[] = [];
  const D = i64(dim);
  const names: [string, Expr][] = [[`${which}_token_stride`, mul(heads, D)], [`${which}_head_stride`, D]];
  if (w.host === 'W') names.push([`${which}_start`, i64(0)]);
  for (const [name, contiguous] of names) {
    const words = sizeWords(w.host, name);
    if (C) {
      out.push(...w.require('size-whole', e.is('whole', name, true), { size: words, value: param(name) }), s.let(`n_${name}`, param(name)));
    } else {
      out.push(s.var(`n_${name}`, contiguous), s.if(e.is('given', name, true), [
        ...w.require('size-whole', e.is('whole', name, true), { size: words, value: param(name) }),
        s.set(`n_${name}`, param(name)),
      ]));
    }
  }
  const [ts, hs] = [n(`${which}_token_stride`), n(`${which}_head_stride`)];
  const span = add(mul(e.sub(heads, i64(1)), hs), D);
  if (C) {
    const limit = i64(C_LIMIT / 4);
    out.push(...w.require('view-extent', and(e.le(hs, e.div(limit, e.max(heads, i64(1)))), e.le(ts, e.div(limit, e.max(tokens, i64(1))))),
      { which, tokens, ts, heads, hs }));
  }
  out.push(...w.require('stride-heads', or(e.le(heads, i64(1)), e.ge(hs, D)), { size: sizeWords(w.host, `${which}_head_stride`), value: hs, dim, which }));
  out.push(...w.require('stride-tokens', or(e.le(tokens, i64(1)), e.ge(ts, span)), { size: sizeWords(w.host, `${which}_token_stride`), value: ts, span, which }));
  return out;
}

/**
 * fp8 scales (an fp8 cache's k_scale and v_scale, an fp8 q output's q_scale): each a float32 > 0
 * and finite, since the kernels divide by it in float32 (C: the parameter is a float).
 */
function scaleChecks(w: Writer, keys: string[]): Stmt[] {
  return keys.flatMap((key) => {
    const scale = e.cast('f32', param(key, 'f64'));
    // (TS hosts: a number, not merely something Math.fround converts, such as a string.)
    const given = w.host === 'C' ? [] : w.require('scale-range', e.is('number', key, true), { size: sizeWords(w.host, key), value: param(key, 'f64') });
    // The kernels take it as a float32 (TS hosts round it here once; C's parameter is a float).
    return [...given, ...w.require('scale-range', and(e.un('isFinite', scale), e.gt(scale, c.f64(0))), { size: sizeWords(w.host, key), value: param(key, 'f64') }),
      ...(w.host !== 'C' ? [s.let(`n_${key}`, scale)] : [])];
  });
}

/** A KV cache's size: cache_slots, or cache_blocks of `block` slots (n_cache_slots either way). */
function cacheSize(ir: RopeIR, n: (name: string) => Expr, size: (name: string, why: string) => Stmt[], C = false): Stmt[] {
  const kv = ir.kernel.kvCache!;
  if (kv.kind === 'slots') return size('cache_slots', 'a KV cache needs its number of slots');
  // (C: not multiplied past int64, which would be undefined; the elements check refuses such a count next.)
  const slots = e.mul(n('cache_blocks'), i64(kv.block));
  return [...size('cache_blocks', 'a paged KV cache needs its number of blocks'),
    s.let('n_cache_slots', C ? e.select(e.le(n('cache_blocks'), i64(Math.floor(C_LIMIT / kv.block))), slots, i64(0)) : slots)];
}

/**
 * `kv_cache …`: the cache's size (cache_slots, or cache_blocks of `block` slots: n_cache_slots
 * either way), v in k's shape (its own strides with `strided`), slot_mapping [tokens] whose every
 * entry is −1 or a slot, and the two caches [slots, k_heads, k's head_dim] in the block layout.
 */
function kvCacheChecks(w: Writer, ir: RopeIR, n: (name: string) => Expr, size: (name: string, why: string) => Stmt[]): Stmt[] {
  const kv = ir.kernel.kvCache!;
  const out: Stmt[] = [];
  const H = n('k_heads');
  const D = tensorLanes(ir, 'k').headDim;
  const tokens = n('tokens');
  out.push(...cacheSize(ir, n, size, w.host === 'C'));
  const dims = kv.kind === 'slots' ? [['cache_slots', n('cache_slots')], ['k_heads', H], [String(D), null]]
    : kv.layout === 'nhd' ? [['cache_blocks', n('cache_blocks')], [String(kv.block), null], ['k_heads', H], [String(D), null]]
      : [['cache_blocks', n('cache_blocks')], ['k_heads', H], [String(kv.block), null], [String(D), null]];
  const cacheShape: MessagePart[] = [`[${dims.map(([d]) => d).join(', ')}] = [`];
  dims.forEach(([d, x], i) => cacheShape.push(...(i > 0 ? [', '] : []), x ?? (d as string)));
  cacheShape.push(']');
  const storage = storageType(ir);
  const table = slotArray(ir) === 'block_table';
  if (table) out.push(...size('table_blocks', 'a block table needs the number of blocks in each row'));
  const rows = blockTableRows(ir);
  const slotArg = table
    ? { name: 'block_table', ctor: 'Int32Array', test: 'Int32Array' as const, shape: [`[${rows}, table_blocks] = [`, n('batch'), ', ', n('table_blocks'), ']'], values: mul(n('batch'), n('table_blocks')) }
    : { name: 'slot_mapping', ctor: 'Int32Array', test: 'Int32Array' as const, shape: ['[tokens] = [', tokens, ']'], values: tokens };
  // fp8 caches are bytes (Uint8Array), written as e4m3 of value / scale.
  const [cacheCtor, cacheTest] = fp8Cache(ir) ? ['Uint8Array', 'Uint8Array' as const] : [storage, 'storage' as const];
  const arrays: { name: string; ctor: string; test: 'storage' | 'Int32Array' | 'Uint8Array'; shape: MessagePart[]; values: Expr | null }[] = [
    { name: 'v', ctor: storage, test: 'storage', shape: shapeParts(ir, 'k', H, n), values: ir.kernel.strided ? null : mul(tokens, H, i64(D)) },
    slotArg,
    { name: 'k_cache', ctor: cacheCtor, test: cacheTest, shape: cacheShape, values: mul(n('cache_slots'), H, i64(D)) },
    { name: 'v_cache', ctor: cacheCtor, test: cacheTest, shape: cacheShape, values: mul(n('cache_slots'), H, i64(D)) },
  ];
  if (fp8Cache(ir)) out.push(...scaleChecks(w, ['k_scale', 'v_scale']));
  // C: the pointers were checked with the others; the caches' lengths follow from the sizes.
  // W: v and the caches are GPUBuffers (the host checks their sizes); slot_mapping a GPUBuffer or an Int32Array.
  const W = w.host === 'W';
  for (const a of w.host === 'C' ? [] : arrays) {
    out.push(...w.require('kv-missing', e.is('given', a.name), { name: a.name, spec: ir.name, shape: a.shape }));
    if (W) {
      if (a.name !== 'slot_mapping' && a.name !== 'block_table') continue;
      out.push(...w.require('slot-type', or(not(e.is('hostArray', a.name)), e.is('Int32Array', a.name)), { name: a.name, shape: a.shape, type: { typeOf: a.name } }));
      out.push(s.if(e.is('hostArray', a.name), w.require('kv-length', e.eq(e.length(a.name), a.values!), { name: a.name, shape: a.shape, values: a.values!, length: e.length(a.name) })));
      continue;
    }
    out.push(...w.require('kv-type', e.is(a.test, a.name), { name: a.name, ctor: `${/^[AEIO]/.test(a.ctor) ? 'an' : 'a'} ${a.ctor}`, shape: a.shape, type: { typeOf: a.name } }));
    if (a.values) out.push(...w.require('kv-length', e.eq(e.length(a.name), a.values), { name: a.name, shape: a.shape, values: a.values, length: e.length(a.name) }));
  }
  if (ir.kernel.strided) {
    // v's view: its own strides, checked as q's and k's are; its length where the host has the array.
    out.push(...viewSizes(w, n, 'v', H, D, tokens));
    if (w.host === 'I' || w.host === 'T') {
      const [ts, hs] = [n('v_token_stride'), n('v_head_stride')];
      const extent = e.select(e.eq(tokens, i64(0)), i64(0), add(mul(e.sub(tokens, i64(1)), ts), mul(e.sub(H, i64(1)), hs), i64(D)));
      out.push(...w.require('view-length', e.ge(e.length('v'), extent), { which: 'v', tokens, ts, hs, extent, length: e.length('v') }));
    }
    // v apart from q's and k's views (a fused QKV buffer holds the three side by side): the kernel
    // copies v into the cache after it rotates q and k, so a shared element would be copied rotated.
    const a = stridedView(w, n, 'v', H, D, tokens);
    // No element to share when a view is empty (head counts the spec fixes are never 0 here: no test of them).
    const runHeads = (t: 'q' | 'k') => ((t === 'q' ? ir.kernel.qHeads : ir.kernel.kHeads) === null ? [e.eq(n(`${t}_heads`), i64(0))] : []);
    // (C, out of place: the outputs too, laid out as their inputs; an fp8 q output's bytes are memory-apart's.)
    const outputs = w.host === 'C' && !ir.kernel.inplace ? tensors(ir).filter((x) => !(x === 'q' && fp8Q(ir))).map((x) => [`${x}_out`, x] as const) : [];
    for (const [name, x] of [...tensors(ir).map((t) => [t, t] as const), ...outputs]) {
      const b = stridedView(w, n, name, n(`${x}_heads`), tensorLanes(ir, x).headDim, tokens);
      const view = { ...b, ts: n(`${x}_token_stride`), hs: n(`${x}_head_stride`), span: add(mul(e.sub(n(`${x}_heads`), i64(1)), n(`${x}_head_stride`)), i64(tensorLanes(ir, x).headDim)) };
      const empty = [e.eq(tokens, i64(0)), ...runHeads('k'), ...(x === 'q' ? runHeads('q') : [])];
      const shares = name === x ? [not(e.is(x === 'q' ? 'sharesWithQ' : 'sharesWithK', 'v'))] : [];
      out.push(...w.require('v-overlap', or(...empty, ...shares, viewsApart(a, view)),
        { which: name, va: a.start, xa: view.start, vts: a.ts, xts: view.ts, vhs: a.hs, xhs: view.hs }));
    }
  }
  if (w.host === 'C') {
    // The caches' elements stay below 2^62 (slots · heads · head_dim).
    const [rows, per] = kv.kind === 'slots' ? [n('cache_slots'), D] : [n('cache_blocks'), D * kv.block];
    out.push(...w.require('elements', or(e.eq(rows, i64(0)), e.le(H, e.div(i64(Math.floor(C_LIMIT / per)), rows))), { which: 'k_cache, v_cache', tokens: kv.kind === 'slots' ? n('cache_slots') : [n('cache_blocks'), ` · ${kv.block}`], heads: H, dim: D }));
  }
  if (table) {
    out.push(...blockTableChecks(w, ir, n));
    return out;
  }
  const t = v('t', 'i64');
  const slot = e.load('slot_mapping', 'i64', t);
  // C: a launch cannot read device memory; in host memory (the CPU emulation) the slots are checked, on the device a slot outside the cache is not written.
  const slots = s.for('t', 'i64', i64(0), tokens, w.require('slot-range', or(e.eq(slot, i64(-1)), and(e.un('isInteger', slot), e.ge(slot, i64(0)), e.lt(slot, n('cache_slots')))), { t, value: slot, slots: n('cache_slots') }));
  out.push(w.host === 'C' ? s.if(e.is('hostMemory', ''), [slots]) : W ? s.if(e.is('hostArray', 'slot_mapping'), [slots]) : slots);
  return out;
}

/**
 * `kv_cache paged(…, slots table)`: every entry of block_table −1 or a block of the cache, and every
 * token's position within what a row holds (table_blocks · block): per sequence for index positions
 * (its offset to its last token), per token for a positions tensor. Where a host cannot see the
 * arrays (C: device memory; W: GPUBuffers) the kernel writes no row for such a token.
 */
function blockTableChecks(w: Writer, ir: RopeIR, n: (name: string) => Expr): Stmt[] {
  const kv = ir.kernel.kvCache as Extract<NonNullable<RopeIR['kernel']['kvCache']>, { kind: 'paged' }>;
  const src = ir.positions.source;
  const [b, j, t] = [v('b', 'i64'), v('j', 'i64'), v('t', 'i64')];
  const W = n('table_blocks');
  const cap = e.mul(W, i64(kv.block));
  const entry = e.load('block_table', 'i64', e.add(e.mul(b, W), j));
  const entries = s.for('b', 'i64', i64(0), n('batch'), [s.for('j', 'i64', i64(0), W, w.require('table-entry',
    or(e.eq(entry, i64(-1)), and(e.un('isInteger', entry), e.ge(entry, i64(0)), e.lt(entry, n('cache_blocks')))), { b, j, value: entry, blocks: n('cache_blocks') }))]);
  const values = { width: W, block: kv.block, cap };
  let positions: Stmt[];
  if (src.kind === 'tensor') {
    const p = e.load('positions', 'i64', t);
    positions = [s.for('t', 'i64', i64(0), n('tokens'), w.require('table-short', and(e.ge(p, i64(0)), e.lt(p, cap)), { ...values, who: ['token ', t], p }))];
  } else {
    // Index positions: sequence b holds its offset … offset + length − 1.
    const packed = ir.positions.sequences === 'packed';
    const length = packed ? e.sub(load('cu_seqlens', e.add(b, i64(1))), load('cu_seqlens', b)) : n('seq');
    const offset = src.kind === 'index' && src.offset === 'per_sequence' ? e.load('offsets', 'i64', b) : n('offset');
    const [first, last] = [v('first', 'i64'), v('last', 'i64')];
    positions = [s.for('b', 'i64', i64(0), n('batch'), [
      s.let('first', offset), s.let('last', e.sub(e.add(offset, length), i64(1))),
      s.if(e.gt(length, i64(0)), [
        ...w.require('table-short', e.ge(first, i64(0)), { ...values, who: ['sequence ', b, "'s first token"], p: first }),
        ...w.require('table-short', e.lt(last, cap), { ...values, who: ['sequence ', b, "'s last token"], p: last }),
      ]),
    ])];
  }
  if (w.host === 'C') return [s.if(e.is('hostMemory', ''), [entries, ...positions])];
  if (w.host === 'W') return [s.if(e.is('hostArray', 'block_table'), [entries]), ...(src.kind === 'tensor' ? [s.if(e.is('hostArray', 'positions'), positions)] : positions)];
  return [entries, ...positions];
}

/**
 * C: each array a launch writes (q and k in place, the outputs, the KV caches) shares no byte with
 * another array of the launch, by address ranges from each pointer to its last element. Pairs the
 * element-wise checks tell apart are left to them: views of one buffer (`strided`: q, k, v and the
 * outputs; view-overlap, v-overlap, out-overlap) and contiguous outputs against q and k (out-overlap).
 */
function memoryApart(w: Writer, ir: RopeIR, n: (name: string) => Expr): Stmt[] {
  const arrays = callArguments(ir).filter((a): a is ArrayArg => a.kind === 'array' && a.hosts.includes('C'));
  const bytes = new Map(cArrays(ir).map((a) => [a.name, a.bytes]));
  const tensor = (name: string) => (name === 'v' ? 'k' : name.replace(/_out$/, '')) as 'q' | 'k';
  const isTensor = (name: string) => ['q', 'k', 'v', 'q_out', 'k_out'].includes(name);
  const dim = (d: string | number): Expr => typeof d === 'number' ? i64(d) : d === 'batch + 1' ? add(n('batch'), i64(1)) : d.startsWith('segment_') ? param(d) : n(d);
  // Elements from the pointer to the last one, capped far past any real memory (the products stay in int64).
  const cap = (x: Expr) => (x.op === 'const' ? x : e.min(x, i64(2 ** 50)));
  const extent = (a: ArrayArg): Expr => {
    if (!ir.kernel.strided || !isTensor(a.name)) return cap(mul(...a.shape.map(dim)));
    const t = tensor(a.name);
    const [tokens, heads, view] = [n(a.name === 'v' ? 'tokens' : tokensOf(ir, t)), n(`${t}_heads`), a.name === 'v' ? 'v' : t];
    const span = add(mul(e.sub(tokens, i64(1)), n(`${view}_token_stride`)), mul(e.sub(heads, i64(1)), n(`${view}_head_stride`)), i64(tensorLanes(ir, t).headDim));
    return e.select(or(e.eq(tokens, i64(0)), e.eq(heads, i64(0))), i64(0), cap(span));
  };
  const views = new Set(ir.kernel.strided ? ['q', 'k', 'v', 'q_out', 'k_out'].filter((x) => !(x === 'q_out' && fp8Q(ir))) : []);
  const tensorsAndOutputs = ['q', 'k', 'q_out', 'k_out'];
  const told = (a: string, b: string) => (views.has(a) && views.has(b))
    || (!ir.kernel.strided && [a, b].some((x) => x.endsWith('_out')) && [a, b].every((x) => tensorsAndOutputs.includes(x)));
  // Each pair once, the array written first (both may be).
  const pairs = arrays.flatMap((a, i) => arrays.slice(i + 1)
    .filter((b) => (a.role !== 'in' || b.role !== 'in') && !told(a.name, b.name))
    .map((b) => (a.role !== 'in' ? [a, b] as const : [b, a] as const)));
  // Each array's bytes [at_NAME, end_NAME), once.
  const used = arrays.filter((x) => pairs.some(([a, b]) => a === x || b === x));
  const out: Stmt[] = used.flatMap((a) => {
    const size = i64(bytes.get(a.name)!);
    return [s.let(`at_${a.name}`, e.mul(e.start(a.name), size)), s.let(`end_${a.name}`, e.add(v(`at_${a.name}`, 'i64'), e.mul(extent(a), size)))];
  });
  const [at, end] = [(a: ArrayArg) => v(`at_${a.name}`, 'i64'), (a: ArrayArg) => v(`end_${a.name}`, 'i64')];
  for (const [a, b] of pairs) {
    out.push(...w.require('memory-apart', or(e.eq(at(a), end(a)), e.eq(at(b), end(b)), e.le(end(a), at(b)), e.le(end(b), at(a))),
      { name: a.name, other: b.name, lo: at(a), hi: end(a), otherLo: at(b), otherHi: end(b) }));
  }
  return out;
}

/** A view of q or k: where it starts (elements), its token and head strides, what one token spans, and its head's width. */
interface View {
  start: Expr;
  ts: Expr;
  hs: Expr;
  span: Expr;
  dim: Expr;
  /** Tokens of the view (q's, or k's own). */
  tokens: Expr;
}

/**
 * Two views of `tokens` tokens share no element: apart as wholes, row by row (equal token strides,
 * each token's span within them, the spans apart modulo the stride), or head by head (equal head
 * strides of at least each head's width dividing both token strides, the heads apart modulo the head stride).
 */
function viewsApart(a: View, b: View): Expr {
  // [x, x + lx) and [y, y + ly) are apart on a circle of circumference m.
  const circle = (x: Expr, lx: Expr, y: Expr, ly: Expr, m: Expr) => {
    const d = e.mod(e.add(e.mod(e.sub(y, x), m), m), m);
    return and(e.gt(m, i64(0)), e.ge(d, lx), e.ge(e.sub(m, d), ly));
  };
  const last = (x: View) => e.sub(x.tokens, i64(1));
  const wholes = or(e.le(add(a.start, mul(last(a), a.ts), a.span), b.start), e.le(add(b.start, mul(last(b), b.ts), b.span), a.start));
  const rows = and(same(a.ts, b.ts), e.le(a.span, a.ts), e.le(b.span, a.ts), circle(a.start, a.span, b.start, b.span, a.ts));
  const wide = JSON.stringify(a.dim) === JSON.stringify(b.dim) ? [e.ge(a.hs, a.dim)] : [e.ge(a.hs, a.dim), e.ge(a.hs, b.dim)];
  const heads = and(same(a.hs, b.hs), ...wide, e.eq(e.mod(a.ts, a.hs), i64(0)), e.eq(e.mod(b.ts, a.hs), i64(0)), circle(a.start, a.dim, b.start, b.dim, a.hs));
  return or(wholes, rows, heads);
}

/** x == y, or `true` where they are one expression (C compilers reject a self-comparison under -Werror). */
function same(x: Expr, y: Expr): Expr {
  return JSON.stringify(x) === JSON.stringify(y) ? c.bool(true) : e.eq(x, y);
}

/**
 * C, out of place: each output is apart from the other output and from the inputs (views apart as
 * q and k are; contiguous tensors as wholes), except an output equal to its own input (in place).
 */
function outputsApart(w: Writer, ir: RopeIR, n: (name: string) => Expr): Stmt[] {
  // An fp8 q's output has 1-byte elements and q and k 2 or 4: then every address and extent is in bytes.
  const bytes = fp8Q(ir);
  const elem = ir.kernel.dtype === 'f32' ? 4 : 2;
  const view = (name: string, which: 'q' | 'k'): View & { name: string } => {
    const heads = n(`${which}_heads`);
    const unit = bytes ? i64(name === 'q_out' ? 1 : elem) : undefined;
    const u = (x: Expr) => (unit ? mul(x, unit) : x);
    const D = u(i64(tensorLanes(ir, which).headDim));
    const tokens = n(tokensOf(ir, which));
    if (!ir.kernel.strided) {
      // A contiguous tensor is one row that spans it whole.
      const whole = mul(tokens, heads, D);
      return { name, start: u(e.start(name)), ts: whole, hs: D, span: whole, dim: D, tokens };
    }
    const [ts, hs] = [u(n(`${which}_token_stride`)), u(n(`${which}_head_stride`))];
    return { name, start: u(e.start(name)), ts, hs, span: add(mul(e.sub(heads, i64(1)), hs), D), dim: D, tokens };
  };
  const [qo, ko, qi, ki] = [view('q_out', 'q'), view('k_out', 'k'), view('q', 'q'), view('k', 'k')];
  const end = (x: typeof qo) => (ir.kernel.strided ? add(x.start, mul(e.sub(x.tokens, i64(1)), x.ts), x.span) : add(x.start, x.span));
  // Contiguous tensors are apart as wholes; views as q and k are.
  const apart = (a: typeof qo, b: typeof qo) => (ir.kernel.strided ? viewsApart(a, b) : or(e.le(end(a), b.start), e.le(end(b), a.start)));
  const present = new Set<string>(tensors(ir));
  // (An fp8 q's output is never its own input.)
  const pairs = ([[qo, qi, !bytes], [qo, ki, false], [ko, qi, false], [ko, ki, true], [qo, ko, false]] as [typeof qo, typeof qo, boolean][])
    .filter(([a, b]) => present.has(a.name[0]) && present.has(b.name[0]));
  // k with its own tokens: either side may have none while the other has some; a pair with an empty side is apart.
  const kEmpty = (a: typeof qo, b: typeof qo) => (ownTokens(ir) ? [e.eq(a.tokens, i64(0)), e.eq(b.tokens, i64(0))] : []);
  const any = ownTokens(ir) ? or(e.gt(n('tokens'), i64(0)), e.gt(n('k_tokens'), i64(0))) : e.gt(n('tokens'), i64(0));
  return [s.if(any, pairs.flatMap(([a, b, own]) =>
    w.require('out-overlap', or(...kEmpty(a, b), own ? or(e.eq(a.start, b.start), apart(a, b)) : apart(a, b)), { name: a.name, other: b.name, lo: a.start, hi: end(a), unit: bytes ? 'bytes' : 'elements' })))];
}

/** Does ω depend on the run-time sequence length (dynamic NTK, LongRoPE select auto)? Also before optimize. */
function needsSeqLen(ir: RopeIR): boolean {
  if (ir.omega) return ir.omega.kind !== 'static';
  return ir.tables.some((t) => t.scaling?.kind === 'dynamic' || (t.scaling?.kind === 'longrope' && t.scaling.select === 'auto'));
}

/** Every entry of `positions` (`count` of them, component-major) is a whole row index in [0, rows). */
function positionRows(w: Writer, name: string, comps: number, tokens: Expr, rows: Expr, count: Expr): Stmt[] {
  const i = v('i', 'i64');
  const p = e.load(name, 'f64', i);
  return [s.for('i', 'i64', i64(0), count, [
    ...w.require('cache-position', and(e.un('isInteger', p), e.ge(p, f64(0)), e.lt(p, e.cast('f64', rows))),
      { name, i, c: comps === 1 ? i64(0) : e.div(i, tokens), t: comps === 1 ? i : e.mod(i, tokens), value: p, rows }),
  ])];
}

/** The arrays a CUDA launcher takes, with their element sizes. */
export function cArrays(ir: RopeIR): { name: string; bytes: number }[] {
  const src = ir.positions.source;
  const elem = ir.kernel.dtype === 'f32' ? 4 : 2;
  const present = tensors(ir);
  const out: { name: string; bytes: number }[] = present.map((t) => ({ name: t, bytes: elem }));
  // An fp8 q's output is bytes.
  if (!ir.kernel.inplace) out.push(...present.map((t) => ({ name: `${t}_out`, bytes: t === 'q' && fp8Q(ir) ? 1 : elem })));
  if (src.kind === 'segments') out.push({ name: 'segment_table', bytes: 4 }, { name: 'segment_values', bytes: 4 });
  if (src.kind === 'tensor') out.push({ name: 'positions', bytes: src.element === 'float' ? 4 : 8 });
  if (src.kind === 'tensor' && ownTokens(ir)) out.push({ name: 'k_positions', bytes: src.element === 'float' ? 4 : 8 });
  const sides = positionSides(ir);
  if (src.kind === 'index' && src.offset === 'per_sequence') out.push(...sides.map((x) => ({ name: x.offsets, bytes: 8 })));
  if (ir.positions.sequences === 'packed') out.push(...sides.map((x) => ({ name: x.cuSeqlens, bytes: 4 })));
  if (src.kind === 'grid' && src.sizes === 'per_sequence') out.push(...sides.map((x) => ({ name: x.gridSizes, bytes: 4 })));
  const sc = ir.kernel.sincos;
  if (sc.kind === 'table') out.push({ name: 'sincos_table', bytes: 4 });
  if (sc.kind === 'cache') out.push(...cacheArrays(ir).map((a) => ({ name: a.name, bytes: sc.dtype === 'f32' ? 4 : 2 })));
  out.push(...normArrays(ir).map((a) => ({ name: a.name, bytes: elem })));
  const kv = ir.kernel.kvCache;
  // fp8 caches are bytes: any address is aligned.
  const cacheBytes = fp8Cache(ir) ? 1 : elem;
  if (kv) out.push({ name: 'v', bytes: elem }, slotArray(ir) === 'block_table' ? { name: 'block_table', bytes: 4 } : { name: 'slot_mapping', bytes: 8 }, { name: 'k_cache', bytes: cacheBytes }, { name: 'v_cache', bytes: cacheBytes });
  return out;
}

function storageType(ir: RopeIR): string {
  return ir.kernel.dtype === 'f32' ? 'Float32Array' : 'Uint16Array';
}

function shapeParts(ir: RopeIR, which: 'q' | 'k', heads: Expr, n: (name: string) => Expr): MessagePart[] {
  const dims = layoutDims(ir.kernel.layout);
  const name = (d: string) => (d === 'heads' ? `${which}_heads` : d === 'tokens' ? tokensOf(ir, which) : d === 'seq' ? seqOf(ir, which) : d);
  const out: MessagePart[] = [`[${dims.map(name).join(', ')}] = [`];
  dims.forEach((d, i) => out.push(...(i > 0 ? [', '] : []), d === 'heads' ? heads : d === 'head_dim' ? `${tensorLanes(ir, which).headDim}` : n(name(d))));
  out.push(']');
  return out;
}

function gridSizesShape(axes: string[], batch: Expr): MessagePart[] {
  return [`[batch, ${axes.length}] = [`, batch, `, ${axes.length}] (one row of ${axes.join(', ')} sizes per sequence)`];
}

/** One side's sequence names (positionNames): cu_seqlens and tokens, or k's own k_cu_seqlens and k_tokens. */
type SideNames = { cuSeqlens: string; tokens: string };

/** cu_seqlens (k's own: k_cu_seqlens) rises from 0 to tokens (k_tokens); batch = its length − 1 (C: the launcher's batch). */
function cuSeqlensChecks(w: Writer, batch: Expr, tokens: Expr, names: SideNames = { cuSeqlens: 'cu_seqlens', tokens: 'tokens' }): Stmt[] {
  const i = v('i', 'i64');
  const [name, count] = [names.cuSeqlens, names.tokens];
  const at = (x: Expr) => e.load(name, 'i64', x);
  return [
    ...w.require('cu-start', e.eq(at(i64(0)), i64(0)), { name, value: at(i64(0)) }),
    s.for('i', 'i64', i64(1), e.add(batch, i64(1)), [
      ...w.require('cu-order', and(e.un('isInteger', at(i)), e.ge(at(i), at(e.sub(i, i64(1))))), { name, i, value: at(i), before: at(e.sub(i, i64(1))) }),
    ]),
    ...w.require('cu-end', e.eq(at(batch), tokens), { name, count, tokens, value: at(batch) }),
  ];
}

/**
 * C, index packed: check_cu_seqlens(batch, tokens), the launcher's cu_seqlens held in host memory
 * (k with its own tokens: check_k_cu_seqlens(batch, k_tokens) of k_cu_seqlens).
 */
function cuSeqlensFunction(w: Writer, names: SideNames): Fn {
  const [name, count] = [names.cuSeqlens, names.tokens];
  return {
    name: `check_${name}`,
    params: [{ name: 'batch', ty: 'i64' }, { name: count, ty: 'i64' }],
    ret: 'void',
    doc: `index packed: ${name} [batch + 1] rises from 0 to ${count}`,
    body: [...pointers(w, [{ name, bytes: 4 }]), ...wholeParams(w, ['batch', count]), ...cuSeqlensChecks(w, v('batch', 'i64'), v(count, 'i64'), names)],
  };
}

/** check_grid_sizes(batch, tokens): every row of grid_sizes against its sequence in cu_seqlens (k's own: check_k_grid_sizes(batch, k_tokens)). */
function gridSizesFunction(w: Writer, axes: string[], prefix: number, C: boolean, names: SideNames & { gridSizes: string }): Fn {
  const batch = v('batch', 'i64');
  const b = v('b', 'i64');
  const count = axes.length;
  // k with its own tokens: k_grid_sizes against k_cu_seqlens, ending at k_tokens.
  const [name, cu, tokens] = [names.gridSizes, names.cuSeqlens, names.tokens];
  const at = (a: number) => e.load(name, 'i64', add(e.mul(b, i64(count)), i64(a)));
  const length = e.sub(load(cu, e.add(b, i64(1))), load(cu, b));
  const cells = mul(...axes.map((_, a) => e.cast('f64', at(a))));
  return {
    name: `check_${name}`,
    params: [{ name: 'batch', ty: 'i64' }, { name: tokens, ty: 'i64' }],
    ret: 'void',
    doc: `grid(…) packed: each row of ${name} [batch, ${count}] holds whole sizes in [0, 2^31) whose product plus the prefix (${prefix}) is its sequence's length in ${cu}`,
    body: [
      ...(C ? [
        ...pointers(w, [{ name, bytes: 4 }, { name: cu, bytes: 4 }]),
        ...wholeParams(w, ['batch', tokens]),
        ...cuSeqlensChecks(w, batch, v(tokens, 'i64'), names),
      ] : []),
      s.for('b', 'i64', i64(0), batch, [
        ...axes.flatMap((axis, a) => w.require('grids-entry', and(e.un('isInteger', at(a)), e.ge(at(a), i64(0)), e.le(at(a), i64(I32_MAX))), { name, b, a, axis, value: at(a) })),
        ...w.require('grids-cells', e.eq(e.cast('f64', length), e.add(f64(prefix), cells)),
          { name, cu, b, length, axes: axes.join('·'), prefix, sizes: join(axes.map((_, a) => at(a))), cells: e.add(f64(prefix), cells) }),
      ]),
    ],
  };
}

/**
 * WGSL's integer grid positions are i32: refuses sizes whose i·stride, i·stride + shift or
 * (i·stride + shift)·scale leaves the i32 range at the first or last index of an axis.
 */
function gridI32(w: Writer, ir: RopeIR, sizes: 'uniform' | 'rows', which: 'q' | 'k' = 'q'): Stmt[] {
  const src = ir.positions.source;
  if (src.kind !== 'grid' || !src.integral) return [];
  const b = v('b', 'i64');
  const check = (size: (a: number) => Expr, where: (axis: string) => MessagePart[]): Stmt[] => {
    const nonEmpty = and(...src.axes.map((_, a) => e.gt(size(a), i64(0))));
    return [s.if(nonEmpty, src.axes.flatMap((axis, a) => [i64(0), e.sub(size(a), i64(1))].flatMap((last) => {
      const step = e.mul(last, i64(axis.stride));
      const shifted = e.add(step, i64(axis.shift));
      const scaled = e.mul(shifted, i64(axis.scale));
      return [step, shifted, scaled].flatMap((x) => w.require('grid-i32', fitsI32(x), { where: where(axis.name), axis: axis.name, value: x }));
    })))];
  };
  const grid = positionNames(ir, which).grid;
  if (sizes === 'uniform') return check((a) => v(`n_${grid(src.axes[a].name).name}`, 'i64'), (axis) => [`sizes.${grid(axis).key}`]);
  const n = src.axes.length;
  const rows = positionNames(ir, which).gridSizes;
  return [s.for('b', 'i64', i64(0), v('n_batch', 'i64'), check((a) => e.load(rows, 'i64', add(e.mul(b, i64(n)), i64(a))), () => [`${rows}: row `, b]))];
}

/** check_segments of the segment-table API (checkEncodedSegments). */
export function segmentTableChecks(axes: 1 | 3): Fn {
  return segmentsFunction(new Writer('A'), axes);
}

/**
 * check_segments(rows, row_length): the binary segment table (docs/positions.md) can be read
 * without leaving its arrays, and every position it gives fits in i32.
 */
function segmentsFunction(w: Writer, axes: 1 | 3): Fn {
  const I = (name: string) => v(name, 'i64');
  const F = (name: string) => v(name, 'f32');
  const rows = I('rows');
  const rowLength = I('row_length');
  const word = (i: number) => load('segment_table', add(I('w'), i64(i)));
  const value = (x: Expr) => e.load('segment_values', 'f32', x);
  const count = e.length('segment_values');
  const at = { b: I('b'), r: e.sub(I('r'), I('lo')) };
  const named = { ...at, kind: { pick: I('kind'), among: KINDS } };
  const last = I('last');
  const text: Stmt[] = w.require('seg-text-i32', fitsI32(e.add(word(2), last)), { ...at, base: word(2), last });
  const constant: Stmt[] = [
    s.let('frac', e.bitcast('f32', e.cast('i32', word(3)))),
    ...w.require('seg-const', and(e.gt(F('frac'), c.f32(-1)), e.lt(F('frac'), c.f32(1))), { ...at, value: F('frac') }),
  ];
  // The time index of the last token, as the kernels compute it: trunc(f32(f32(f·a)·c)) unless a = c = 1.
  const frame = e.div(e.add(I('offset'), last), e.mul(I('H'), I('W')));
  const scaled = e.un('trunc', e.mul(e.mul(e.cast('f32', frame), F('ta')), F('tc')));
  const tMax = e.select(and(e.eq(F('ta'), c.f32(1)), e.eq(F('tc'), c.f32(1))), e.cast('f64', frame), e.cast('f64', scaled));
  const grid: Stmt[] = [
    ...(axes === 3 ? [] : w.require('seg-grid-axes', c.bool(false), { ...at, axes })),
    s.let('H', word(5)), s.let('W', word(6)), s.let('offset', word(7)),
    ...w.require('seg-grid-size', and(e.ge(I('H'), i64(1)), e.ge(I('W'), i64(1)), e.le(e.mul(I('H'), I('W')), i64(I32_MAX))), { ...at, h: I('H'), w: I('W') }),
    ...w.require('seg-grid-offset', and(e.ge(I('offset'), i64(0)), e.le(e.add(I('offset'), last), i64(I32_MAX))), { ...at, offset: I('offset'), last }),
    ...w.require('seg-grid-scale-index', e.lt(e.add(I('v'), i64(1)), count), { ...at, v: I('v'), next: e.add(I('v'), i64(1)), count }),
    s.let('ta', value(I('v'))), s.let('tc', value(e.add(I('v'), i64(1)))),
    ...w.require('seg-grid-scale', and(e.un('isFinite', F('ta')), e.un('isFinite', F('tc')), e.ge(F('ta'), c.f32(0)), e.ge(F('tc'), c.f32(0))), { ...at, a: F('ta'), c: F('tc') }),
    s.let('t_max', e.add(e.cast('f64', word(2)), tMax)),
    // Bases are i32 words (seg-words holds plain arrays to that): only base + extent can leave i32.
    ...w.require('seg-grid-i32', and(e.le(v('t_max', 'f64'), f64(I32_MAX)), e.le(e.add(word(3), e.sub(I('H'), i64(1))), i64(I32_MAX)), e.le(e.add(word(4), e.sub(I('W'), i64(1))), i64(I32_MAX))),
      { ...at, t: v('t_max', 'f64'), h: e.add(word(3), e.sub(I('H'), i64(1))), w: e.add(word(4), e.sub(I('W'), i64(1))) }),
  ];
  const frames: Stmt[] = [
    s.let('frames', word(2)), s.let('ppf', word(3)), s.let('offset', word(4)),
    ...w.require('seg-frames', and(e.ge(I('frames'), i64(0)), e.ge(I('ppf'), i64(1))), { ...at, n: I('frames'), ppf: I('ppf') }),
    ...w.require('seg-frames-offset', and(e.ge(I('offset'), i64(0)), e.le(e.add(I('offset'), last), i64(I32_MAX))), { ...at, offset: I('offset'), last }),
    ...w.require('seg-frames-index', e.le(e.add(I('v'), I('frames')), count), { ...at, v: I('v'), lastIndex: e.sub(e.add(I('v'), I('frames')), i64(1)), count }),
    s.for('i', 'i64', I('v'), e.add(I('v'), I('frames')), [
      ...w.require('seg-frame-time', e.lt(e.un('abs', value(I('i'))), c.f32(2 ** 31)), { i: I('i'), value: value(I('i')) }),
    ]),
  ];
  const kindIs = (k: number) => e.eq(I('kind'), i64(k));
  return {
    name: 'check_segments',
    params: [{ name: 'rows', ty: 'i64' }, { name: 'row_length', ty: 'i64' }],
    ret: 'void',
    doc: `the segment table (docs/positions.md) for rows × row_length tokens and ${axes} position component${axes === 1 ? '' : 's'}`,
    body: [
      ...(w.host === 'C' ? [...pointers(w, [{ name: 'segment_table', bytes: 4 }, { name: 'segment_values', bytes: 4 }]), ...wholeParams(w, ['rows', 'row_length'])] : []),
      s.let('header', e.add(rows, i64(1))),
      ...(w.has('seg-words') ? [s.for('i', 'i64', i64(0), e.length('segment_table'), [
        s.let('x', e.load('segment_table', 'f64', I('i'))),
        ...w.require('seg-words', and(e.un('isInteger', v('x', 'f64')), e.ge(v('x', 'f64'), f64(I32_MIN)), e.le(v('x', 'f64'), f64(I32_MAX))), { i: I('i'), value: v('x', 'f64') }),
      ])] : []),
      ...w.require('seg-header', e.ge(e.length('segment_table'), I('header')), { header: I('header'), length: e.length('segment_table') }),
      s.let('records', load('segment_table', rows)),
      ...w.require('seg-records', and(e.ge(I('records'), i64(0)), e.eq(e.length('segment_table'), e.add(I('header'), e.mul(i64(8), I('records'))))),
        { rows, records: I('records'), words: e.add(I('header'), e.mul(i64(8), I('records'))), length: e.length('segment_table') }),
      ...w.require('seg-word0', e.eq(load('segment_table', i64(0)), i64(0)), { value: load('segment_table', i64(0)) }),
      s.for('b', 'i64', i64(0), rows, [
        s.let('lo', load('segment_table', I('b'))),
        s.let('hi', load('segment_table', e.add(I('b'), i64(1)))),
        ...w.require('seg-rows', e.ge(I('hi'), I('lo')), { next: e.add(I('b'), i64(1)), hi: I('hi'), b: I('b'), lo: I('lo') }),
        ...w.require('seg-empty-row', or(e.eq(rowLength, i64(0)), e.gt(I('hi'), I('lo'))), { b: I('b'), length: rowLength }),
        ...w.require('seg-extra-row', or(e.gt(rowLength, i64(0)), e.eq(I('hi'), I('lo'))), { b: I('b') }),
        s.for('r', 'i64', I('lo'), I('hi'), [
          s.let('w', e.add(I('header'), e.mul(i64(8), I('r')))),
          s.let('word', word(0)),
          ...w.require('seg-kind', and(e.ge(I('word'), i64(0)), e.le(e.bitand(I('word'), i64(15)), i64(3))), { ...at, word: I('word') }),
          s.let('kind', e.bitand(I('word'), i64(15))),
          s.let('v', e.shr(I('word'), i64(4))),
          s.let('start', word(1)),
          s.let('end', e.select(e.lt(e.add(I('r'), i64(1)), I('hi')), word(9), rowLength)),
          ...w.require('seg-first', or(e.ne(I('r'), I('lo')), e.eq(I('start'), i64(0))), { ...named, start: I('start') }),
          ...w.require('seg-starts', and(e.ge(I('start'), i64(0)), e.gt(I('end'), I('start')), e.le(I('end'), rowLength)), { ...named, start: I('start'), end: I('end'), length: rowLength }),
          s.let('last', e.sub(e.sub(I('end'), I('start')), i64(1))),
          ...w.require('seg-value-index', or(e.ge(I('kind'), i64(2)), e.eq(I('v'), i64(0))), { ...named, word: I('word') }),
          s.if(kindIs(0), text, [s.if(kindIs(1), constant, [s.if(kindIs(2), grid, frames)])]),
        ]),
      ]),
    ],
  };
}
