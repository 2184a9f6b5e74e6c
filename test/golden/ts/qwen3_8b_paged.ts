// Generated from spec/qwen3_8b_paged.rope (rope qwen3_8b_paged) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: ea11392c705e2dde
/* eslint-disable */
export const SPEC = {"name":"qwen3_8b_paged","headDim":128,"rotaryDim":128,"pairs":64,"axes":["pos"],"qHeads":32,"kHeads":8,"layout":"thd","dtype":"bf16","positions":"tensor","attentionFactor":1,"specHash":"ea11392c705e2dde"} as const;

const OMEGA = new Float64Array([1.0, 0.8058421877614819, 0.6493816315762113, 0.5232991146814947, 0.4216965034285822, 0.3398208328942559, 0.27384196342643613, 0.220673406908459, 0.17782794100389226, 0.14330125702369628, 0.11547819846894582, 0.0930572040929699, 0.07498942093324558, 0.060429639023813285, 0.04869675251658631, 0.03924189758484536, 0.03162277660168379, 0.025482967479793464, 0.02053525026457146, 0.016548170999431816, 0.01333521432163324, 0.010746078283213174, 0.008659643233600654, 0.006978305848598663, 0.005623413251903491, 0.004531583637600818, 0.003651741272548377, 0.002942727176209282, 0.0023713737056616554, 0.0019109529749704406, 0.001539926526059492, 0.0012409377607517195, 0.001, 0.0008058421877614818, 0.0006493816315762113, 0.0005232991146814947, 0.00042169650342858224, 0.00033982083289425596, 0.0002738419634264361, 0.00022067340690845897, 0.0001778279410038923, 0.00014330125702369627, 0.00011547819846894582, 0.0000930572040929699, 0.00007498942093324559, 0.00006042963902381328, 0.00004869675251658631, 0.00003924189758484536, 0.000031622776601683795, 0.000025482967479793464, 0.000020535250264571462, 0.000016548170999431813, 0.00001333521432163324, 0.000010746078283213176, 0.000008659643233600654, 0.000006978305848598663, 0.00000562341325190349, 0.000004531583637600818, 0.000003651741272548377, 0.0000029427271762092816, 0.0000023713737056616552, 0.0000019109529749704404, 0.000001539926526059492, 0.0000012409377607517195]);

const SCRATCH_rows_c0_1 = new Float64Array(64);

const SCRATCH_rows_s0_1 = new Float64Array(64);

const SCRATCH_rowsOut_c0_4 = new Float64Array(64);

const SCRATCH_rowsOut_s0_4 = new Float64Array(64);

export interface Sizes {
    /** number of tokens (all sequences together) */
    tokens: number;
    /** fixed by the spec: 32 (may be left out; must equal it if given) */
    q_heads?: number;
    /** fixed by the spec: 8 (may be left out; must equal it if given) */
    k_heads?: number;
    /** elements from one token of q to the next; TypeScript hosts: default 32·128 (contiguous) */
    q_token_stride?: number;
    /** elements from one head of q to the next; TypeScript hosts: default 128 */
    q_head_stride?: number;
    /** elements from one token of k to the next; TypeScript hosts: default 8·128 (contiguous) */
    k_token_stride?: number;
    /** elements from one head of k to the next; TypeScript hosts: default 128 */
    k_head_stride?: number;
    /** elements from one token of v to the next; TypeScript hosts: default 8·128 (contiguous) */
    v_token_stride?: number;
    /** elements from one head of v to the next; TypeScript hosts: default 128 */
    v_head_stride?: number;
    /** blocks of 16 slots in the KV cache */
    cache_blocks: number;
}

export interface Inputs {
    /** query, shape [tokens, 32, 128] */
    q: Uint16Array;
    /** key, shape [tokens, 8, 128] */
    k: Uint16Array;
    sizes: Sizes;
    /** one position per token, shape [tokens] */
    positions: Int32Array;
    /** q's RMS-norm weight, one per lane of its heads, shape [128] */
    q_norm_weight: Uint16Array;
    /** k's RMS-norm weight, one per lane of its heads, shape [128] */
    k_norm_weight: Uint16Array;
    /** value, in k's shape: copied into v_cache as it is, shape [tokens, 8, 128] */
    v: Uint16Array;
    /** each token's cache slot; −1: the token is not stored, shape [tokens] */
    slot_mapping: Int32Array;
    /** the key cache: each stored token's slot gets its rotated k heads, shape [cache_blocks, 16, 8, 128] */
    k_cache: Uint16Array;
    /** the value cache: each stored token's slot gets its v heads, shape [cache_blocks, 16, 8, 128] */
    v_cache: Uint16Array;
}

export interface Outputs {
    q: Uint16Array;
    k: Uint16Array;
}

interface Shape {
    batch: number;
    seq: number;
    tokens: number;
    qHeads: number;
    kHeads: number;
    offset: number;
    q_token_stride: number;
    q_head_stride: number;
    k_token_stride: number;
    k_head_stride: number;
    v_token_stride: number;
    v_head_stride: number;
    cache_slots: number;
}

function validate(inputs: Inputs): Shape {
    const s = inputs.sizes as unknown as Record<string, number>;
    const q = inputs.q as ArrayLike<number>;
    const k = inputs.k as ArrayLike<number>;
    const positions = inputs.positions as ArrayLike<number>;
    const q_norm_weight = inputs.q_norm_weight as ArrayLike<number>;
    const k_norm_weight = inputs.k_norm_weight as ArrayLike<number>;
    const v = inputs.v as ArrayLike<number>;
    const slot_mapping = inputs.slot_mapping as ArrayLike<number>;
    const k_cache = inputs.k_cache as ArrayLike<number>;
    const v_cache = inputs.v_cache as ArrayLike<number>;
    if (!(typeof s === 'object' && s !== null)) {
      throw new RangeError(`sizes: expected an object of run-time sizes, got ${typeName(s)}`);
    }
    if (!(s.tokens !== undefined && s.tokens !== null)) {
      throw new RangeError(`sizes.tokens: missing; layout [tokens, heads, dim] needs the token count`);
    }
    if (!(Number.isSafeInteger(s.tokens) && s.tokens >= 0)) {
      throw new RangeError(`sizes.tokens: expected a whole number ≥ 0, got ${typeof s.tokens === 'string' ? JSON.stringify(s.tokens) : s.tokens}`);
    }
    const n_tokens = s.tokens;
    const n_batch = 1;
    const n_seq = n_tokens;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 32)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 32 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 32;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 8)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 8 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 8;
    const n_offset = 0;
    if (!(positions !== undefined && positions !== null)) {
      throw new RangeError(`positions: missing; expected shape [tokens] = [${n_tokens}] (${1 * n_tokens} i32 values)`);
    }
    if (!(positions instanceof Int32Array)) {
      throw new RangeError(`positions: expected Int32Array of shape [tokens] = [${n_tokens}], got ${typeName(positions)}`);
    }
    if (!(positions.length === 1 * n_tokens)) {
      throw new RangeError(`positions: expected shape [tokens] = [${n_tokens}] (${1 * n_tokens} positions), got length ${positions.length}`);
    }
    if (!(q_norm_weight !== undefined && q_norm_weight !== null)) {
      throw new RangeError(`q_norm_weight: missing; rope qwen3_8b_paged normalizes each q head with a weight of shape [128]`);
    }
    if (!(q_norm_weight instanceof Uint16Array)) {
      throw new RangeError(`q_norm_weight: expected a Uint16Array of shape [128], got ${typeName(q_norm_weight)}`);
    }
    if (!(q_norm_weight.length === 128)) {
      throw new RangeError(`q_norm_weight: expected shape [128], got length ${q_norm_weight.length}`);
    }
    if (!(k_norm_weight !== undefined && k_norm_weight !== null)) {
      throw new RangeError(`k_norm_weight: missing; rope qwen3_8b_paged normalizes each k head with a weight of shape [128]`);
    }
    if (!(k_norm_weight instanceof Uint16Array)) {
      throw new RangeError(`k_norm_weight: expected a Uint16Array of shape [128], got ${typeName(k_norm_weight)}`);
    }
    if (!(k_norm_weight.length === 128)) {
      throw new RangeError(`k_norm_weight: expected shape [128], got length ${k_norm_weight.length}`);
    }
    let n_q_token_stride = n_q_heads * 128;
    if ((s.q_token_stride !== undefined && s.q_token_stride !== null)) {
      if (!(Number.isSafeInteger(s.q_token_stride) && s.q_token_stride >= 0)) {
        throw new RangeError(`sizes.q_token_stride: expected a whole number ≥ 0, got ${typeof s.q_token_stride === 'string' ? JSON.stringify(s.q_token_stride) : s.q_token_stride}`);
      }
      n_q_token_stride = s.q_token_stride;
    }
    let n_q_head_stride = 128;
    if ((s.q_head_stride !== undefined && s.q_head_stride !== null)) {
      if (!(Number.isSafeInteger(s.q_head_stride) && s.q_head_stride >= 0)) {
        throw new RangeError(`sizes.q_head_stride: expected a whole number ≥ 0, got ${typeof s.q_head_stride === 'string' ? JSON.stringify(s.q_head_stride) : s.q_head_stride}`);
      }
      n_q_head_stride = s.q_head_stride;
    }
    if (!(n_q_heads <= 1 || n_q_head_stride >= 128)) {
      throw new RangeError(`sizes.q_head_stride: ${n_q_head_stride} is below head_dim 128: the heads of q would overlap`);
    }
    if (!(n_tokens <= 1 || n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 128)) {
      throw new RangeError(`sizes.q_token_stride: ${n_q_token_stride} is below the ${(n_q_heads - 1) * n_q_head_stride + 128} elements one token of q spans ((heads − 1) · head stride + head_dim): its tokens would overlap`);
    }
    let n_k_token_stride = n_k_heads * 128;
    if ((s.k_token_stride !== undefined && s.k_token_stride !== null)) {
      if (!(Number.isSafeInteger(s.k_token_stride) && s.k_token_stride >= 0)) {
        throw new RangeError(`sizes.k_token_stride: expected a whole number ≥ 0, got ${typeof s.k_token_stride === 'string' ? JSON.stringify(s.k_token_stride) : s.k_token_stride}`);
      }
      n_k_token_stride = s.k_token_stride;
    }
    let n_k_head_stride = 128;
    if ((s.k_head_stride !== undefined && s.k_head_stride !== null)) {
      if (!(Number.isSafeInteger(s.k_head_stride) && s.k_head_stride >= 0)) {
        throw new RangeError(`sizes.k_head_stride: expected a whole number ≥ 0, got ${typeof s.k_head_stride === 'string' ? JSON.stringify(s.k_head_stride) : s.k_head_stride}`);
      }
      n_k_head_stride = s.k_head_stride;
    }
    if (!(n_k_heads <= 1 || n_k_head_stride >= 128)) {
      throw new RangeError(`sizes.k_head_stride: ${n_k_head_stride} is below head_dim 128: the heads of k would overlap`);
    }
    if (!(n_tokens <= 1 || n_k_token_stride >= (n_k_heads - 1) * n_k_head_stride + 128)) {
      throw new RangeError(`sizes.k_token_stride: ${n_k_token_stride} is below the ${(n_k_heads - 1) * n_k_head_stride + 128} elements one token of k spans ((heads − 1) · head stride + head_dim): its tokens would overlap`);
    }
    if (!(q instanceof Uint16Array)) {
      throw new RangeError(`q: expected a Uint16Array of shape [tokens, q_heads, head_dim] = [${n_tokens}, ${n_q_heads}, 128], got ${typeName(q)}`);
    }
    if (!(q.length >= (n_tokens === 0 ? 0 : ((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 128))) {
      throw new RangeError(`q: ${n_tokens} tokens with token stride ${n_q_token_stride} and head stride ${n_q_head_stride} reach element ${n_tokens === 0 ? 0 : ((n_tokens - 1) * n_q_token_stride + (n_q_heads - 1) * n_q_head_stride) + 128}, but the array holds ${q.length}`);
    }
    if (!(k instanceof Uint16Array)) {
      throw new RangeError(`k: expected a Uint16Array of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 128], got ${typeName(k)}`);
    }
    if (!(k.length >= (n_tokens === 0 ? 0 : ((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 128))) {
      throw new RangeError(`k: ${n_tokens} tokens with token stride ${n_k_token_stride} and head stride ${n_k_head_stride} reach element ${n_tokens === 0 ? 0 : ((n_tokens - 1) * n_k_token_stride + (n_k_heads - 1) * n_k_head_stride) + 128}, but the array holds ${k.length}`);
    }
    if (!((n_tokens === 0 || !(k.buffer === q.buffer)) || (((((q.byteOffset / q.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_q_token_stride) + ((n_q_heads - 1) * n_q_head_stride + 128) <= (k.byteOffset / k.BYTES_PER_ELEMENT) || ((k.byteOffset / k.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_k_token_stride) + ((n_k_heads - 1) * n_k_head_stride + 128) <= (q.byteOffset / q.BYTES_PER_ELEMENT)) || ((n_q_token_stride === n_k_token_stride && (n_q_heads - 1) * n_q_head_stride + 128 <= n_q_token_stride) && (n_k_heads - 1) * n_k_head_stride + 128 <= n_q_token_stride) && ((n_q_token_stride > 0 && (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_q_heads - 1) * n_q_head_stride + 128) && n_q_token_stride - (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_token_stride + n_q_token_stride) % n_q_token_stride >= (n_k_heads - 1) * n_k_head_stride + 128)) || (((n_q_head_stride === n_k_head_stride && n_q_head_stride >= 128) && n_q_token_stride % n_q_head_stride === 0) && n_k_token_stride % n_q_head_stride === 0) && ((n_q_head_stride > 0 && (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 128) && n_q_head_stride - (((k.byteOffset / k.BYTES_PER_ELEMENT) - (q.byteOffset / q.BYTES_PER_ELEMENT)) % n_q_head_stride + n_q_head_stride) % n_q_head_stride >= 128)))) {
      throw new RangeError(`q, k: the views overlap: q starts at element ${(q.byteOffset / q.BYTES_PER_ELEMENT)} and k at ${(k.byteOffset / k.BYTES_PER_ELEMENT)} of the same memory (token strides ${n_q_token_stride}, ${n_k_token_stride}; head strides ${n_q_head_stride}, ${n_k_head_stride})`);
    }
    if (!(s.cache_blocks !== undefined && s.cache_blocks !== null)) {
      throw new RangeError(`sizes.cache_blocks: missing; a paged KV cache needs its number of blocks`);
    }
    if (!(Number.isSafeInteger(s.cache_blocks) && s.cache_blocks >= 0)) {
      throw new RangeError(`sizes.cache_blocks: expected a whole number ≥ 0, got ${typeof s.cache_blocks === 'string' ? JSON.stringify(s.cache_blocks) : s.cache_blocks}`);
    }
    const n_cache_blocks = s.cache_blocks;
    const n_cache_slots = n_cache_blocks * 16;
    if (!(v !== undefined && v !== null)) {
      throw new RangeError(`v: missing; rope qwen3_8b_paged stores rotated k and v into a KV cache and needs v of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 128]`);
    }
    if (!(v instanceof Uint16Array)) {
      throw new RangeError(`v: expected a Uint16Array of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 128], got ${typeName(v)}`);
    }
    if (!(slot_mapping !== undefined && slot_mapping !== null)) {
      throw new RangeError(`slot_mapping: missing; rope qwen3_8b_paged stores rotated k and v into a KV cache and needs slot_mapping of shape [tokens] = [${n_tokens}]`);
    }
    if (!(slot_mapping instanceof Int32Array)) {
      throw new RangeError(`slot_mapping: expected an Int32Array of shape [tokens] = [${n_tokens}], got ${typeName(slot_mapping)}`);
    }
    if (!(slot_mapping.length === n_tokens)) {
      throw new RangeError(`slot_mapping: expected shape [tokens] = [${n_tokens}] (${n_tokens} values), got length ${slot_mapping.length}`);
    }
    if (!(k_cache !== undefined && k_cache !== null)) {
      throw new RangeError(`k_cache: missing; rope qwen3_8b_paged stores rotated k and v into a KV cache and needs k_cache of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128]`);
    }
    if (!(k_cache instanceof Uint16Array)) {
      throw new RangeError(`k_cache: expected a Uint16Array of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128], got ${typeName(k_cache)}`);
    }
    if (!(k_cache.length === (n_cache_slots * n_k_heads) * 128)) {
      throw new RangeError(`k_cache: expected shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128] (${(n_cache_slots * n_k_heads) * 128} values), got length ${k_cache.length}`);
    }
    if (!(v_cache !== undefined && v_cache !== null)) {
      throw new RangeError(`v_cache: missing; rope qwen3_8b_paged stores rotated k and v into a KV cache and needs v_cache of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128]`);
    }
    if (!(v_cache instanceof Uint16Array)) {
      throw new RangeError(`v_cache: expected a Uint16Array of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128], got ${typeName(v_cache)}`);
    }
    if (!(v_cache.length === (n_cache_slots * n_k_heads) * 128)) {
      throw new RangeError(`v_cache: expected shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128] (${(n_cache_slots * n_k_heads) * 128} values), got length ${v_cache.length}`);
    }
    let n_v_token_stride = n_k_heads * 128;
    if ((s.v_token_stride !== undefined && s.v_token_stride !== null)) {
      if (!(Number.isSafeInteger(s.v_token_stride) && s.v_token_stride >= 0)) {
        throw new RangeError(`sizes.v_token_stride: expected a whole number ≥ 0, got ${typeof s.v_token_stride === 'string' ? JSON.stringify(s.v_token_stride) : s.v_token_stride}`);
      }
      n_v_token_stride = s.v_token_stride;
    }
    let n_v_head_stride = 128;
    if ((s.v_head_stride !== undefined && s.v_head_stride !== null)) {
      if (!(Number.isSafeInteger(s.v_head_stride) && s.v_head_stride >= 0)) {
        throw new RangeError(`sizes.v_head_stride: expected a whole number ≥ 0, got ${typeof s.v_head_stride === 'string' ? JSON.stringify(s.v_head_stride) : s.v_head_stride}`);
      }
      n_v_head_stride = s.v_head_stride;
    }
    if (!(n_k_heads <= 1 || n_v_head_stride >= 128)) {
      throw new RangeError(`sizes.v_head_stride: ${n_v_head_stride} is below head_dim 128: the heads of v would overlap`);
    }
    if (!(n_tokens <= 1 || n_v_token_stride >= (n_k_heads - 1) * n_v_head_stride + 128)) {
      throw new RangeError(`sizes.v_token_stride: ${n_v_token_stride} is below the ${(n_k_heads - 1) * n_v_head_stride + 128} elements one token of v spans ((heads − 1) · head stride + head_dim): its tokens would overlap`);
    }
    if (!(v.length >= (n_tokens === 0 ? 0 : ((n_tokens - 1) * n_v_token_stride + (n_k_heads - 1) * n_v_head_stride) + 128))) {
      throw new RangeError(`v: ${n_tokens} tokens with token stride ${n_v_token_stride} and head stride ${n_v_head_stride} reach element ${n_tokens === 0 ? 0 : ((n_tokens - 1) * n_v_token_stride + (n_k_heads - 1) * n_v_head_stride) + 128}, but the array holds ${v.length}`);
    }
    if (!((n_tokens === 0 || !(v.buffer === q.buffer)) || (((((v.byteOffset / v.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_v_token_stride) + ((n_k_heads - 1) * n_v_head_stride + 128) <= (q.byteOffset / q.BYTES_PER_ELEMENT) || ((q.byteOffset / q.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_q_token_stride) + ((n_q_heads - 1) * n_q_head_stride + 128) <= (v.byteOffset / v.BYTES_PER_ELEMENT)) || ((n_v_token_stride === n_q_token_stride && (n_k_heads - 1) * n_v_head_stride + 128 <= n_v_token_stride) && (n_q_heads - 1) * n_q_head_stride + 128 <= n_v_token_stride) && ((n_v_token_stride > 0 && (((q.byteOffset / q.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_k_heads - 1) * n_v_head_stride + 128) && n_v_token_stride - (((q.byteOffset / q.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_q_heads - 1) * n_q_head_stride + 128)) || (((n_v_head_stride === n_q_head_stride && n_v_head_stride >= 128) && n_v_token_stride % n_v_head_stride === 0) && n_q_token_stride % n_v_head_stride === 0) && ((n_v_head_stride > 0 && (((q.byteOffset / q.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128) && n_v_head_stride - (((q.byteOffset / q.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128)))) {
      throw new RangeError(`v, q: the views overlap: v starts at element ${(v.byteOffset / v.BYTES_PER_ELEMENT)} and q at ${(q.byteOffset / q.BYTES_PER_ELEMENT)} of the same memory (token strides ${n_v_token_stride}, ${n_q_token_stride}; head strides ${n_v_head_stride}, ${n_q_head_stride})`);
    }
    if (!((n_tokens === 0 || !(v.buffer === k.buffer)) || (((((v.byteOffset / v.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_v_token_stride) + ((n_k_heads - 1) * n_v_head_stride + 128) <= (k.byteOffset / k.BYTES_PER_ELEMENT) || ((k.byteOffset / k.BYTES_PER_ELEMENT) + (n_tokens - 1) * n_k_token_stride) + ((n_k_heads - 1) * n_k_head_stride + 128) <= (v.byteOffset / v.BYTES_PER_ELEMENT)) || ((n_v_token_stride === n_k_token_stride && (n_k_heads - 1) * n_v_head_stride + 128 <= n_v_token_stride) && (n_k_heads - 1) * n_k_head_stride + 128 <= n_v_token_stride) && ((n_v_token_stride > 0 && (((k.byteOffset / k.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_k_heads - 1) * n_v_head_stride + 128) && n_v_token_stride - (((k.byteOffset / k.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_token_stride + n_v_token_stride) % n_v_token_stride >= (n_k_heads - 1) * n_k_head_stride + 128)) || (((n_v_head_stride === n_k_head_stride && n_v_head_stride >= 128) && n_v_token_stride % n_v_head_stride === 0) && n_k_token_stride % n_v_head_stride === 0) && ((n_v_head_stride > 0 && (((k.byteOffset / k.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128) && n_v_head_stride - (((k.byteOffset / k.BYTES_PER_ELEMENT) - (v.byteOffset / v.BYTES_PER_ELEMENT)) % n_v_head_stride + n_v_head_stride) % n_v_head_stride >= 128)))) {
      throw new RangeError(`v, k: the views overlap: v starts at element ${(v.byteOffset / v.BYTES_PER_ELEMENT)} and k at ${(k.byteOffset / k.BYTES_PER_ELEMENT)} of the same memory (token strides ${n_v_token_stride}, ${n_k_token_stride}; head strides ${n_v_head_stride}, ${n_k_head_stride})`);
    }
    for (let t = 0; t < n_tokens; t++) {
      if (!(slot_mapping[t] === -1 || (Number.isInteger(slot_mapping[t]) && slot_mapping[t] >= 0) && slot_mapping[t] < n_cache_slots)) {
        throw new RangeError(`slot_mapping: entry ${t} is ${slot_mapping[t]}; a slot is −1 (the token is not stored) or one of the cache's ${n_cache_slots} slots [0, ${n_cache_slots})`);
      }
    }
    return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset, q_token_stride: n_q_token_stride, q_head_stride: n_q_head_stride, k_token_stride: n_k_token_stride, k_head_stride: n_k_head_stride, v_token_stride: n_v_token_stride, v_head_stride: n_v_head_stride, cache_slots: n_cache_slots };
}

/** An argument's type in a message: an object by its constructor (Float32Array, Array), anything else by typeof. */
function typeName(x: unknown): string {
    return x === null ? 'null' : typeof x === 'object' ? (x as { constructor?: { name?: string } }).constructor?.name ?? 'object' : typeof x;
}

/**
 * Refuses a call in which an array it writes shares bytes with another of its arrays: the kernel
 * would read values it has already overwritten, or write one array over another. `views`: groups of
 * strided views that may share one buffer (the inputs, which validate() tells apart element by
 * element; the outputs, laid out like them): two arrays of one group are not compared here.
 */
function checkApart(arrays: Record<string, unknown>, written: readonly string[], views: readonly (readonly string[])[]): void {
    const given = Object.entries(arrays).filter((x): x is [string, ArrayBufferView] => ArrayBuffer.isView(x[1]));
    for (const name of written) {
        const a = arrays[name] as ArrayBufferView;
        for (const [other, b] of given) {
            // (An empty array holds no byte to share.)
            if (other === name || a.buffer !== b.buffer || a.byteLength === 0 || b.byteLength === 0 || views.some((group) => group.includes(name) && group.includes(other))) continue;
            const [lo, hi, otherLo, otherHi] = [a.byteOffset, a.byteOffset + a.byteLength, b.byteOffset, b.byteOffset + b.byteLength];
            if (lo < otherHi && otherLo < hi) throw new RangeError(`${name}: bytes [${lo}, ${hi}) of its ArrayBuffer are also ${other}'s [${otherLo}, ${otherHi}); an array the call writes must not share memory with another argument`);
        }
    }
}

function sizesOf(sizes: Sizes): { tokens: number; qHeads: number; kHeads: number; cacheSlots: number } {
    const s = sizes as unknown as Record<string, number>;
    if (!(typeof s === 'object' && s !== null)) {
      throw new RangeError(`sizes: expected an object of run-time sizes, got ${typeName(s)}`);
    }
    if (!(s.tokens !== undefined && s.tokens !== null)) {
      throw new RangeError(`sizes.tokens: missing; layout [tokens, heads, dim] needs the token count`);
    }
    if (!(Number.isSafeInteger(s.tokens) && s.tokens >= 0)) {
      throw new RangeError(`sizes.tokens: expected a whole number ≥ 0, got ${typeof s.tokens === 'string' ? JSON.stringify(s.tokens) : s.tokens}`);
    }
    const n_tokens = s.tokens;
    const n_batch = 1;
    const n_seq = n_tokens;
    if (!(!(s.q_heads !== undefined && s.q_heads !== null) || s.q_heads === 32)) {
      throw new RangeError(`sizes.q_heads: the spec fixes 32 q heads, got ${typeof s.q_heads === 'string' ? JSON.stringify(s.q_heads) : s.q_heads}`);
    }
    const n_q_heads = 32;
    if (!(!(s.k_heads !== undefined && s.k_heads !== null) || s.k_heads === 8)) {
      throw new RangeError(`sizes.k_heads: the spec fixes 8 k heads, got ${typeof s.k_heads === 'string' ? JSON.stringify(s.k_heads) : s.k_heads}`);
    }
    const n_k_heads = 8;
    if (!(s.cache_blocks !== undefined && s.cache_blocks !== null)) {
      throw new RangeError(`sizes.cache_blocks: missing; a paged KV cache needs its number of blocks`);
    }
    if (!(Number.isSafeInteger(s.cache_blocks) && s.cache_blocks >= 0)) {
      throw new RangeError(`sizes.cache_blocks: expected a whole number ≥ 0, got ${typeof s.cache_blocks === 'string' ? JSON.stringify(s.cache_blocks) : s.cache_blocks}`);
    }
    const n_cache_blocks = s.cache_blocks;
    const n_cache_slots = n_cache_blocks * 16;
    return { tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, cacheSlots: n_cache_slots };
}

function kernel(inputs: Inputs, shape: Shape, srcq: Uint16Array, srck: Uint16Array, dstq: Uint16Array, dstk: Uint16Array): void {
    const omega = OMEGA;
    if (srcq === dstq) rows(shape.batch, shape.seq, shape.q_token_stride, shape.q_head_stride, shape.k_token_stride, shape.k_head_stride, shape.v_token_stride, shape.v_head_stride, shape.cache_slots, dstq, dstk, inputs.positions!, inputs.q_norm_weight!, inputs.k_norm_weight!, inputs.v!, inputs.slot_mapping!, inputs.k_cache!, inputs.v_cache!);
    else rowsOut(shape.batch, shape.seq, shape.q_token_stride, shape.q_head_stride, shape.k_token_stride, shape.k_head_stride, shape.v_token_stride, shape.v_head_stride, shape.cache_slots, dstq, srcq, dstk, srck, inputs.positions!, inputs.q_norm_weight!, inputs.k_norm_weight!, inputs.v!, inputs.slot_mapping!, inputs.k_cache!, inputs.v_cache!);
}

/** in place, 1 item(s) per token (runs schedule). */
function rows(batch: number, seq: number, q_token_stride: number, q_head_stride: number, k_token_stride: number, k_head_stride: number, v_token_stride: number, v_head_stride: number, cache_slots: number, q_out: Uint16Array, k_out: Uint16Array, positions: Int32Array, q_norm_weight: Uint16Array, k_norm_weight: Uint16Array, v: Uint16Array, slot_mapping: Int32Array, k_cache: Uint16Array, v_cache: Uint16Array): void {
  const c0_1 = SCRATCH_rows_c0_1;
  const s0_1 = SCRATCH_rows_s0_1;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_1 = positions[flat];
        for (let i_1 = 0; i_1 < 64; i_1++) {
          const angle_2 = pos0_1 * OMEGA[i_1];
          const cs0_1_0 = Math.cos(angle_2);
          const cs0_1_1 = Math.sin(angle_2);
          c0_1[i_1] = cs0_1_0;
          s0_1[i_1] = cs0_1_1;
        }
        for (let h_1 = 0; h_1 < 32; h_1++) {
          const o_1 = flat * q_token_stride + h_1 * q_head_stride;
          let ss_1 = 0.0;
          for (let l_1 = 0; l_1 < 128; l_1++) {
            const xl_1 = BF16_VALUES[q_out[o_1 + l_1]];
            ss_1 = ss_1 + xl_1 * xl_1;
          }
          const r_1 = 1.0 / Math.sqrt(ss_1 / 128.0 + 0.000001);
          for (let i_1 = 0; i_1 < 64; i_1++) {
            const p0_xa_1 = BF16_VALUES[q_out[o_1 + i_1]] * (r_1 * BF16_VALUES[q_norm_weight[i_1]]);
            const p0_xb_1 = BF16_VALUES[q_out[(o_1 + 64) + i_1]] * (r_1 * BF16_VALUES[q_norm_weight[64 + i_1]]);
            const p0_ci_1 = c0_1[i_1];
            const p0_si_1 = s0_1[i_1];
            q_out[o_1 + i_1] = numberToBf16(p0_xa_1 * p0_ci_1 - p0_xb_1 * p0_si_1);
            q_out[(o_1 + 64) + i_1] = numberToBf16(p0_xb_1 * p0_ci_1 + p0_xa_1 * p0_si_1);
          }
        }
        for (let h_1 = 0; h_1 < 8; h_1++) {
          const o_1 = flat * k_token_stride + h_1 * k_head_stride;
          let ss_1 = 0.0;
          for (let l_1 = 0; l_1 < 128; l_1++) {
            const xl_1 = BF16_VALUES[k_out[o_1 + l_1]];
            ss_1 = ss_1 + xl_1 * xl_1;
          }
          const r_1 = 1.0 / Math.sqrt(ss_1 / 128.0 + 0.000001);
          for (let i_1 = 0; i_1 < 64; i_1++) {
            const p0_xa_1 = BF16_VALUES[k_out[o_1 + i_1]] * (r_1 * BF16_VALUES[k_norm_weight[i_1]]);
            const p0_xb_1 = BF16_VALUES[k_out[(o_1 + 64) + i_1]] * (r_1 * BF16_VALUES[k_norm_weight[64 + i_1]]);
            const p0_ci_1 = c0_1[i_1];
            const p0_si_1 = s0_1[i_1];
            k_out[o_1 + i_1] = numberToBf16(p0_xa_1 * p0_ci_1 - p0_xb_1 * p0_si_1);
            k_out[(o_1 + 64) + i_1] = numberToBf16(p0_xb_1 * p0_ci_1 + p0_xa_1 * p0_si_1);
          }
        }
        const slot_given_3 = slot_mapping[flat];
        const stored_3 = slot_given_3 >= 0 && Math.max(slot_given_3, 0) < cache_slots;
        const slot_3 = stored_3 ? Math.max(slot_given_3, 0) : 0;
        if (stored_3) {
          for (let h_3 = 0; h_3 < 8; h_3++) {
            const co_3 = (slot_3 * 8 + h_3) * 128;
            k_cache.set(k_out.subarray(flat * k_token_stride + h_3 * k_head_stride, (flat * k_token_stride + h_3 * k_head_stride) + 128), co_3);
            v_cache.set(v.subarray(flat * v_token_stride + h_3 * v_head_stride, (flat * v_token_stride + h_3 * v_head_stride) + 128), co_3);
          }
        }
    }
  }
}

/** out of place, 1 item(s) per token (runs schedule). */
function rowsOut(batch: number, seq: number, q_token_stride: number, q_head_stride: number, k_token_stride: number, k_head_stride: number, v_token_stride: number, v_head_stride: number, cache_slots: number, q_out: Uint16Array, q_in: Uint16Array, k_out: Uint16Array, k_in: Uint16Array, positions: Int32Array, q_norm_weight: Uint16Array, k_norm_weight: Uint16Array, v: Uint16Array, slot_mapping: Int32Array, k_cache: Uint16Array, v_cache: Uint16Array): void {
  const c0_4 = SCRATCH_rowsOut_c0_4;
  const s0_4 = SCRATCH_rowsOut_s0_4;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_4 = positions[flat];
        for (let i_4 = 0; i_4 < 64; i_4++) {
          const angle_5 = pos0_4 * OMEGA[i_4];
          const cs0_4_0 = Math.cos(angle_5);
          const cs0_4_1 = Math.sin(angle_5);
          c0_4[i_4] = cs0_4_0;
          s0_4[i_4] = cs0_4_1;
        }
        for (let h_4 = 0; h_4 < 32; h_4++) {
          const o_4 = flat * q_token_stride + h_4 * q_head_stride;
          let ss_4 = 0.0;
          for (let l_4 = 0; l_4 < 128; l_4++) {
            const xl_4 = BF16_VALUES[q_in[o_4 + l_4]];
            ss_4 = ss_4 + xl_4 * xl_4;
          }
          const r_4 = 1.0 / Math.sqrt(ss_4 / 128.0 + 0.000001);
          for (let i_4 = 0; i_4 < 64; i_4++) {
            const p0_xa_4 = BF16_VALUES[q_in[o_4 + i_4]] * (r_4 * BF16_VALUES[q_norm_weight[i_4]]);
            const p0_xb_4 = BF16_VALUES[q_in[(o_4 + 64) + i_4]] * (r_4 * BF16_VALUES[q_norm_weight[64 + i_4]]);
            const p0_ci_4 = c0_4[i_4];
            const p0_si_4 = s0_4[i_4];
            q_out[o_4 + i_4] = numberToBf16(p0_xa_4 * p0_ci_4 - p0_xb_4 * p0_si_4);
            q_out[(o_4 + 64) + i_4] = numberToBf16(p0_xb_4 * p0_ci_4 + p0_xa_4 * p0_si_4);
          }
        }
        for (let h_4 = 0; h_4 < 8; h_4++) {
          const o_4 = flat * k_token_stride + h_4 * k_head_stride;
          let ss_4 = 0.0;
          for (let l_4 = 0; l_4 < 128; l_4++) {
            const xl_4 = BF16_VALUES[k_in[o_4 + l_4]];
            ss_4 = ss_4 + xl_4 * xl_4;
          }
          const r_4 = 1.0 / Math.sqrt(ss_4 / 128.0 + 0.000001);
          for (let i_4 = 0; i_4 < 64; i_4++) {
            const p0_xa_4 = BF16_VALUES[k_in[o_4 + i_4]] * (r_4 * BF16_VALUES[k_norm_weight[i_4]]);
            const p0_xb_4 = BF16_VALUES[k_in[(o_4 + 64) + i_4]] * (r_4 * BF16_VALUES[k_norm_weight[64 + i_4]]);
            const p0_ci_4 = c0_4[i_4];
            const p0_si_4 = s0_4[i_4];
            k_out[o_4 + i_4] = numberToBf16(p0_xa_4 * p0_ci_4 - p0_xb_4 * p0_si_4);
            k_out[(o_4 + 64) + i_4] = numberToBf16(p0_xb_4 * p0_ci_4 + p0_xa_4 * p0_si_4);
          }
        }
        const slot_given_6 = slot_mapping[flat];
        const stored_6 = slot_given_6 >= 0 && Math.max(slot_given_6, 0) < cache_slots;
        const slot_6 = stored_6 ? Math.max(slot_given_6, 0) : 0;
        if (stored_6) {
          for (let h_6 = 0; h_6 < 8; h_6++) {
            const co_6 = (slot_6 * 8 + h_6) * 128;
            k_cache.set(k_out.subarray(flat * k_token_stride + h_6 * k_head_stride, (flat * k_token_stride + h_6 * k_head_stride) + 128), co_6);
            v_cache.set(v.subarray(flat * v_token_stride + h_6 * v_head_stride, (flat * v_token_stride + h_6 * v_head_stride) + 128), co_6);
          }
        }
    }
  }
}

function cosSinKernel(inputs: Inputs, shape: Shape, cs: Float32Array): void {
    const omega = OMEGA;
    cosSinRows(shape.batch, shape.seq, inputs.positions!, cs);
}

/** cos and sin of every pair into cs [tokens, 2, 64]. */
function cosSinRows(batch: number, seq: number, positions: Int32Array, cs: Float32Array): void {
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0 = positions[flat];
        for (let j = 0; j < 64; j++) {
          const angle_7 = pos0 * OMEGA[j];
          const cs0_0 = Math.cos(angle_7);
          const cs0_1 = Math.sin(angle_7);
          cs[flat * 128 + j] = cs0_0;
          cs[(flat * 128 + 64) + j] = cs0_1;
        }
    }
  }
}

/** Groups of arrays that may be strided views of one buffer (`strided`): the inputs, and the outputs. */
const VIEWS: readonly (readonly string[])[] = [['q', 'k', 'v'], ['out.q', 'out.k']];

/** Rotates q and k of rope qwen3_8b_paged in place. Throws RangeError naming the argument on bad input. */
export function rotateInPlace(inputs: Inputs): void {
    const shape = validate(inputs);
    checkApart(inputs as unknown as Record<string, unknown>, ['q', 'k', 'k_cache', 'v_cache'], VIEWS);
    kernel(inputs, shape, inputs.q, inputs.k, inputs.q, inputs.k);
}

/** Writes the rotated q and k into `out` (same shapes as the inputs); the inputs are not changed. */
export function rotateInto(inputs: Inputs, out: Outputs): void {
    const shape = validate(inputs);
    if (!(out.q instanceof Uint16Array) || out.q.length !== inputs.q.length) throw new RangeError(`out.q: expected a Uint16Array of length ${inputs.q.length}`);
    if (!(out.k instanceof Uint16Array) || out.k.length !== inputs.k.length) throw new RangeError(`out.k: expected a Uint16Array of length ${inputs.k.length}`);
    // Outputs in the memory of an input could overwrite elements still to be read: refused whole.
    if ([out.q.buffer, out.k.buffer].some((b) => b === inputs.q.buffer || b === inputs.k.buffer)) throw new RangeError('out: must not alias the inputs; use rotateInPlace');
    // Outputs in one buffer skip the byte-by-byte test only where they sit as q and k do (each element where its input's is).
    const alike = out.q.buffer === out.k.buffer && inputs.q.buffer === inputs.k.buffer && out.q.BYTES_PER_ELEMENT === inputs.q.BYTES_PER_ELEMENT
        && out.k.byteOffset - out.q.byteOffset === inputs.k.byteOffset - inputs.q.byteOffset;
    checkApart({ ...inputs, 'out.q': out.q, 'out.k': out.k }, ['out.q', 'out.k', 'k_cache', 'v_cache'], alike ? VIEWS : VIEWS.slice(0, 1));
    kernel(inputs, shape, inputs.q, inputs.k, out.q, out.k);
}

/** Returns rotated copies of q and k (whole arrays: elements outside the views are copied as they are); the inputs are not changed. */
export function rotate(inputs: Inputs): Outputs {
    const shape = validate(inputs);
    checkApart(inputs as unknown as Record<string, unknown>, ['k_cache', 'v_cache'], VIEWS);
    const out = { q: inputs.q.slice(), k: inputs.k.slice() };
    kernel(inputs, shape, out.q, out.k, out.q, out.k);
    return out;
}

/** The WebAssembly kernel (bf16 storage): q and k live in its own memory, so nothing is copied in or out. */
export interface WasmKernel {
  /** q in the spec's layout, a view of the kernel's memory: write the inputs here, read the results here. */
  readonly q: Uint16Array;
  /** k, likewise. */
  readonly k: Uint16Array;
  /**
   * Rotates q and k in place; `extra` holds the other inputs (positions, offsets, …), as for
   * rotateInPlace, and `extra.sizes` this call's sizes where they differ from the ones the kernel
   * was created with (offset, seq_len, fewer tokens: the call reads and writes the first rows of
   * q and k). More tokens than at creation, or other head counts, are refused, and so is an
   * array the kernel holds in its memory (q, k, v, slot_mapping, k_cache, v_cache): write it there.
   */
  rotateInPlace(extra?: Omit<Inputs, 'sizes' | 'q' | 'k' | 'v' | 'slot_mapping' | 'k_cache' | 'v_cache'> & { sizes?: Partial<Sizes> }): void;
  /** The memory q and k are views of (strided specs: the buffer of createWasmKernel's views). */
  readonly buffer: Uint16Array;
  /** v (k's shape, a view of the buffer at views.vStart with sizes.v_token_stride, v_head_stride), copied into v_cache: write each call's here. */
  readonly v: Uint16Array;
  /** Each token's cache slot (−1: not stored): write each call's here. */
  readonly slot_mapping: Int32Array;
  /** The key and value caches, in the kernel's memory: they keep their rows between calls. */
  readonly k_cache: Uint16Array;
  readonly v_cache: Uint16Array;
}

/** Strided specs: the one buffer (in elements) that holds the views, e.g. the fused QKV rows, and where q and k and v begin in it. */
export interface WasmViews {
  length: number;
  qStart: number;
  kStart: number;
  vStart: number;
}

/** The arrays a WebAssembly kernel holds in its memory: rotateInPlace's `extra` never gives them. */
const OWNED = ['q', 'k', 'v', 'slot_mapping', 'k_cache', 'v_cache'];

/** Whether createWasmKernel works for this spec: every spec has it (kept for modules that test it). */
export const WASM_KERNEL = true;

// rotate(q, k, cs, tokens, qHeads, kHeads, qts, qhs, kts, khs): the f32x4 rotation, assembled by ropec (src/backends/ts/wasm.ts).
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 37, 2, 96, 24, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 0, 96, 6, 127, 127, 127, 127, 127, 127, 0, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 9, 8, 0, 1, 1, 1, 1, 1, 1, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 194, 24, 8, 203, 5, 1, 10, 127, 65, 0, 33, 24, 2, 64, 3, 64, 32, 24, 32, 3, 79, 13, 1, 32, 2, 32, 24, 65, 128, 4, 108, 106, 33, 25, 32, 0, 65, 0, 107, 32, 23, 32, 4, 32, 24, 32, 6, 32, 7, 16, 4, 32, 23, 32, 4, 65, 0, 65, 0, 65, 128, 4, 32, 21, 16, 2, 32, 23, 65, 0, 106, 32, 4, 65, 0, 32, 25, 65, 0, 65, 128, 4, 16, 1, 32, 0, 65, 0, 107, 32, 23, 32, 4, 32, 24, 32, 6, 32, 7, 16, 5, 32, 1, 65, 0, 107, 32, 23, 32, 5, 32, 24, 32, 8, 32, 9, 16, 6, 32, 23, 32, 5, 65, 0, 65, 0, 65, 128, 4, 32, 22, 16, 3, 32, 23, 65, 0, 106, 32, 5, 65, 0, 32, 25, 65, 0, 65, 128, 4, 16, 1, 32, 1, 65, 0, 107, 32, 23, 32, 5, 32, 24, 32, 8, 32, 9, 16, 7, 32, 14, 32, 24, 65, 4, 108, 106, 40, 2, 0, 33, 26, 32, 26, 65, 0, 78, 4, 64, 32, 26, 32, 17, 110, 32, 18, 108, 32, 26, 32, 17, 112, 32, 19, 108, 106, 33, 27, 65, 0, 33, 28, 2, 64, 3, 64, 32, 28, 32, 5, 79, 13, 1, 32, 15, 32, 27, 106, 32, 28, 32, 20, 108, 106, 33, 29, 32, 10, 32, 24, 32, 8, 108, 106, 32, 28, 32, 9, 108, 106, 33, 30, 32, 16, 32, 27, 106, 32, 28, 32, 20, 108, 106, 33, 31, 32, 11, 32, 24, 32, 12, 108, 106, 32, 28, 32, 13, 108, 106, 33, 32, 32, 29, 32, 30, 253, 0, 2, 0, 253, 11, 2, 0, 32, 31, 32, 32, 253, 0, 2, 0, 253, 11, 2, 0, 32, 29, 32, 30, 253, 0, 2, 16, 253, 11, 2, 16, 32, 31, 32, 32, 253, 0, 2, 16, 253, 11, 2, 16, 32, 29, 32, 30, 253, 0, 2, 32, 253, 11, 2, 32, 32, 31, 32, 32, 253, 0, 2, 32, 253, 11, 2, 32, 32, 29, 32, 30, 253, 0, 2, 48, 253, 11, 2, 48, 32, 31, 32, 32, 253, 0, 2, 48, 253, 11, 2, 48, 32, 29, 32, 30, 253, 0, 2, 64, 253, 11, 2, 64, 32, 31, 32, 32, 253, 0, 2, 64, 253, 11, 2, 64, 32, 29, 32, 30, 253, 0, 2, 80, 253, 11, 2, 80, 32, 31, 32, 32, 253, 0, 2, 80, 253, 11, 2, 80, 32, 29, 32, 30, 253, 0, 2, 96, 253, 11, 2, 96, 32, 31, 32, 32, 253, 0, 2, 96, 253, 11, 2, 96, 32, 29, 32, 30, 253, 0, 2, 112, 253, 11, 2, 112, 32, 31, 32, 32, 253, 0, 2, 112, 253, 11, 2, 112, 32, 29, 32, 30, 253, 0, 2, 128, 1, 253, 11, 2, 128, 1, 32, 31, 32, 32, 253, 0, 2, 128, 1, 253, 11, 2, 128, 1, 32, 29, 32, 30, 253, 0, 2, 144, 1, 253, 11, 2, 144, 1, 32, 31, 32, 32, 253, 0, 2, 144, 1, 253, 11, 2, 144, 1, 32, 29, 32, 30, 253, 0, 2, 160, 1, 253, 11, 2, 160, 1, 32, 31, 32, 32, 253, 0, 2, 160, 1, 253, 11, 2, 160, 1, 32, 29, 32, 30, 253, 0, 2, 176, 1, 253, 11, 2, 176, 1, 32, 31, 32, 32, 253, 0, 2, 176, 1, 253, 11, 2, 176, 1, 32, 29, 32, 30, 253, 0, 2, 192, 1, 253, 11, 2, 192, 1, 32, 31, 32, 32, 253, 0, 2, 192, 1, 253, 11, 2, 192, 1, 32, 29, 32, 30, 253, 0, 2, 208, 1, 253, 11, 2, 208, 1, 32, 31, 32, 32, 253, 0, 2, 208, 1, 253, 11, 2, 208, 1, 32, 29, 32, 30, 253, 0, 2, 224, 1, 253, 11, 2, 224, 1, 32, 31, 32, 32, 253, 0, 2, 224, 1, 253, 11, 2, 224, 1, 32, 29, 32, 30, 253, 0, 2, 240, 1, 253, 11, 2, 240, 1, 32, 31, 32, 32, 253, 0, 2, 240, 1, 253, 11, 2, 240, 1, 32, 28, 65, 1, 106, 33, 28, 12, 0, 11, 11, 11, 32, 24, 65, 1, 106, 33, 24, 12, 0, 11, 11, 11, 218, 10, 3, 5, 127, 6, 123, 4, 125, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 7, 253, 0, 2, 0, 33, 11, 32, 7, 253, 0, 2, 128, 2, 33, 12, 32, 3, 253, 0, 2, 0, 33, 13, 32, 3, 253, 0, 2, 128, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 0, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 128, 2, 32, 7, 253, 0, 2, 16, 33, 11, 32, 7, 253, 0, 2, 144, 2, 33, 12, 32, 3, 253, 0, 2, 16, 33, 13, 32, 3, 253, 0, 2, 144, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 16, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 144, 2, 32, 7, 253, 0, 2, 32, 33, 11, 32, 7, 253, 0, 2, 160, 2, 33, 12, 32, 3, 253, 0, 2, 32, 33, 13, 32, 3, 253, 0, 2, 160, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 32, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 160, 2, 32, 7, 253, 0, 2, 48, 33, 11, 32, 7, 253, 0, 2, 176, 2, 33, 12, 32, 3, 253, 0, 2, 48, 33, 13, 32, 3, 253, 0, 2, 176, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 48, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 176, 2, 32, 7, 253, 0, 2, 64, 33, 11, 32, 7, 253, 0, 2, 192, 2, 33, 12, 32, 3, 253, 0, 2, 64, 33, 13, 32, 3, 253, 0, 2, 192, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 64, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 192, 2, 32, 7, 253, 0, 2, 80, 33, 11, 32, 7, 253, 0, 2, 208, 2, 33, 12, 32, 3, 253, 0, 2, 80, 33, 13, 32, 3, 253, 0, 2, 208, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 80, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 208, 2, 32, 7, 253, 0, 2, 96, 33, 11, 32, 7, 253, 0, 2, 224, 2, 33, 12, 32, 3, 253, 0, 2, 96, 33, 13, 32, 3, 253, 0, 2, 224, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 96, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 224, 2, 32, 7, 253, 0, 2, 112, 33, 11, 32, 7, 253, 0, 2, 240, 2, 33, 12, 32, 3, 253, 0, 2, 112, 33, 13, 32, 3, 253, 0, 2, 240, 2, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 112, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 240, 2, 32, 7, 253, 0, 2, 128, 1, 33, 11, 32, 7, 253, 0, 2, 128, 3, 33, 12, 32, 3, 253, 0, 2, 128, 1, 33, 13, 32, 3, 253, 0, 2, 128, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 128, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 128, 3, 32, 7, 253, 0, 2, 144, 1, 33, 11, 32, 7, 253, 0, 2, 144, 3, 33, 12, 32, 3, 253, 0, 2, 144, 1, 33, 13, 32, 3, 253, 0, 2, 144, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 144, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 144, 3, 32, 7, 253, 0, 2, 160, 1, 33, 11, 32, 7, 253, 0, 2, 160, 3, 33, 12, 32, 3, 253, 0, 2, 160, 1, 33, 13, 32, 3, 253, 0, 2, 160, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 160, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 160, 3, 32, 7, 253, 0, 2, 176, 1, 33, 11, 32, 7, 253, 0, 2, 176, 3, 33, 12, 32, 3, 253, 0, 2, 176, 1, 33, 13, 32, 3, 253, 0, 2, 176, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 176, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 176, 3, 32, 7, 253, 0, 2, 192, 1, 33, 11, 32, 7, 253, 0, 2, 192, 3, 33, 12, 32, 3, 253, 0, 2, 192, 1, 33, 13, 32, 3, 253, 0, 2, 192, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 192, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 192, 3, 32, 7, 253, 0, 2, 208, 1, 33, 11, 32, 7, 253, 0, 2, 208, 3, 33, 12, 32, 3, 253, 0, 2, 208, 1, 33, 13, 32, 3, 253, 0, 2, 208, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 208, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 208, 3, 32, 7, 253, 0, 2, 224, 1, 33, 11, 32, 7, 253, 0, 2, 224, 3, 33, 12, 32, 3, 253, 0, 2, 224, 1, 33, 13, 32, 3, 253, 0, 2, 224, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 224, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 224, 3, 32, 7, 253, 0, 2, 240, 1, 33, 11, 32, 7, 253, 0, 2, 240, 3, 33, 12, 32, 3, 253, 0, 2, 240, 1, 33, 13, 32, 3, 253, 0, 2, 240, 3, 33, 14, 32, 7, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 253, 11, 2, 240, 1, 32, 7, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 253, 11, 2, 240, 3, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 216, 1, 3, 3, 127, 1, 123, 2, 125, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 3, 108, 106, 32, 6, 32, 4, 108, 106, 33, 7, 67, 0, 0, 0, 0, 253, 19, 33, 9, 65, 0, 33, 8, 3, 64, 32, 9, 32, 7, 32, 8, 106, 253, 0, 2, 0, 32, 7, 32, 8, 106, 253, 0, 2, 0, 253, 230, 1, 253, 228, 1, 33, 9, 32, 8, 65, 16, 106, 33, 8, 32, 8, 65, 128, 4, 73, 13, 0, 11, 32, 9, 253, 31, 0, 32, 9, 253, 31, 1, 146, 32, 9, 253, 31, 2, 146, 32, 9, 253, 31, 3, 146, 33, 10, 67, 0, 0, 128, 63, 32, 10, 67, 0, 0, 0, 67, 149, 67, 189, 55, 134, 53, 146, 145, 149, 33, 10, 65, 0, 33, 8, 3, 64, 32, 7, 32, 8, 106, 32, 7, 32, 8, 106, 253, 0, 2, 0, 32, 10, 253, 19, 32, 5, 32, 8, 106, 253, 0, 2, 0, 253, 230, 1, 253, 230, 1, 253, 11, 2, 0, 32, 8, 65, 16, 106, 33, 8, 32, 8, 65, 128, 4, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 216, 1, 3, 3, 127, 1, 123, 2, 125, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 3, 108, 106, 32, 6, 32, 4, 108, 106, 33, 7, 67, 0, 0, 0, 0, 253, 19, 33, 9, 65, 0, 33, 8, 3, 64, 32, 9, 32, 7, 32, 8, 106, 253, 0, 2, 0, 32, 7, 32, 8, 106, 253, 0, 2, 0, 253, 230, 1, 253, 228, 1, 33, 9, 32, 8, 65, 16, 106, 33, 8, 32, 8, 65, 128, 4, 73, 13, 0, 11, 32, 9, 253, 31, 0, 32, 9, 253, 31, 1, 146, 32, 9, 253, 31, 2, 146, 32, 9, 253, 31, 3, 146, 33, 10, 67, 0, 0, 128, 63, 32, 10, 67, 0, 0, 0, 67, 149, 67, 189, 55, 134, 53, 146, 145, 149, 33, 10, 65, 0, 33, 8, 3, 64, 32, 7, 32, 8, 106, 32, 7, 32, 8, 106, 253, 0, 2, 0, 32, 10, 253, 19, 32, 5, 32, 8, 106, 253, 0, 2, 0, 253, 230, 1, 253, 230, 1, 253, 11, 2, 0, 32, 8, 65, 16, 106, 33, 8, 32, 8, 65, 128, 4, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 113, 2, 15, 127, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 2, 79, 13, 1, 32, 0, 32, 3, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 1, 32, 6, 65, 128, 4, 108, 106, 33, 8, 65, 0, 33, 9, 3, 64, 32, 8, 32, 9, 65, 4, 108, 106, 32, 7, 32, 9, 65, 2, 108, 106, 253, 93, 1, 0, 253, 169, 1, 65, 16, 253, 171, 1, 253, 11, 2, 0, 32, 9, 65, 4, 106, 33, 9, 32, 9, 65, 128, 1, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 190, 1, 2, 15, 127, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 2, 79, 13, 1, 32, 0, 32, 3, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 1, 32, 6, 65, 128, 4, 108, 106, 33, 8, 65, 0, 33, 9, 3, 64, 32, 7, 32, 9, 65, 2, 108, 106, 32, 8, 32, 9, 65, 4, 108, 106, 253, 0, 2, 0, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 0, 0, 32, 9, 65, 4, 106, 33, 9, 32, 9, 65, 128, 1, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 113, 2, 15, 127, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 2, 79, 13, 1, 32, 0, 32, 3, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 1, 32, 6, 65, 128, 4, 108, 106, 33, 8, 65, 0, 33, 9, 3, 64, 32, 8, 32, 9, 65, 4, 108, 106, 32, 7, 32, 9, 65, 2, 108, 106, 253, 93, 1, 0, 253, 169, 1, 65, 16, 253, 171, 1, 253, 11, 2, 0, 32, 9, 65, 4, 106, 33, 9, 32, 9, 65, 128, 1, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 190, 1, 2, 15, 127, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 2, 79, 13, 1, 32, 0, 32, 3, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 1, 32, 6, 65, 128, 4, 108, 106, 33, 8, 65, 0, 33, 9, 3, 64, 32, 7, 32, 9, 65, 2, 108, 106, 32, 8, 32, 9, 65, 4, 108, 106, 253, 0, 2, 0, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 0, 0, 32, 9, 65, 4, 106, 33, 9, 32, 9, 65, 128, 1, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11]);
// The few WebAssembly calls used, typed here so the module compiles with or without DOM / Node types.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
let wasmModule: object | undefined;

/**
 * Allocates WebAssembly memory for q and k of these sizes (and the cos/sin table) and returns the
 * kernel. Results equal rotateInPlace's within f32 arithmetic: the rotation is computed in f32
 * (2 products and a sum per lane) from cos/sin computed in float64 and rounded to f32.
 * q and k hold bf16 bit patterns: each rotated lane is widened to f32 where it is read and
 * rounded back once where it is written (to nearest, ties to even); other lanes are not touched.
 * `views`: the buffer q and k are views of (`kernel.buffer`), with the strides of `sizes`.
 */
export function createWasmKernel(sizes: Sizes, views: WasmViews): WasmKernel {
  const { tokens, qHeads, kHeads, cacheSlots } = sizesOf(sizes);
  // The sizes as they are now: a later change to the caller's object does not move the kernel's capacity.
  sizes = { ...sizes };
  const whole = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
  if (typeof views !== 'object' || views === null || !whole(views.length) || !whole(views.qStart) || !whole(views.kStart) || views.qStart > views.length || views.kStart > views.length || !whole(views.vStart) || views.vStart > views.length) {
    throw new RangeError(`views: expected ${'{ length, qStart, kStart, vStart }'} of whole numbers with every start ≤ length: rope ${SPEC.name} rotates strided views of one buffer`);
  }
  // The views as they are now: q, k (and v) below are made from them, and every call addresses them.
  views = { ...views };
  const dataLen = views.length;
  const dataWords = Math.ceil(dataLen / 2);
  const cacheLen = cacheSlots * kHeads * 128;
  const kvLen = tokens + cacheLen;
  const csLen = tokens * 128;
  const normLen = 256;
  // f32 rows for one token's heads of q or k: normalized and rotated there, then rounded back once.
  const scratchAt = (dataWords + kvLen + normLen) + csLen;
  const scratchLen = Math.max(qHeads * 128, kHeads * 128);
  const bytes = ((dataWords + kvLen + normLen) + csLen + scratchLen) * 4;
  const pages = Math.max(1, Math.ceil(bytes / 65536));
  if (pages > 65536) throw new RangeError(`sizes: q, k (v and the KV caches) and the cos/sin table need ${bytes} bytes; WebAssembly memory holds at most 4 GiB`);
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) throw new RangeError(`createWasmKernel: this JavaScript engine has no WebAssembly; use rotateInPlace`);
  wasmModule ??= new wasm.Module(WASM_ROTATE);
  const memory = new wasm.Memory({ initial: pages });
  const rotateWasm = new wasm.Instance(wasmModule, { env: { memory } }).exports.rotate as (q: number, k: number, cs: number, tokens: number, qHeads: number, kHeads: number, qts: number, qhs: number, kts: number, khs: number, ...stages: number[]) => void;
  const buffer = new Uint16Array(memory.buffer, 0, dataLen);
  const q = buffer.subarray(views.qStart);
  const k = buffer.subarray(views.kStart);
  const v = buffer.subarray(views.vStart);
  const slot_mapping = new Int32Array(memory.buffer, dataWords * 4, tokens);
  const k_cache = new Uint16Array(memory.buffer, (dataWords + tokens) * 4, cacheLen);
  const v_cache = new Uint16Array(memory.buffer, (dataWords + tokens) * 4 + cacheLen * 2, cacheLen);
  // The KV-cache arguments of rotate from token `start` on (bytes): k's lane 0, v and its strides,
  // slot_mapping, the caches, and where slot s's head h row lies: (s / B)·block + (s % B)·row + h·head.
  const kvArgs = (start: number, shape: Shape): number[] => [views.kStart * 2 + start * shape.k_token_stride * 2, views.vStart * 2 + start * shape.v_token_stride * 2, shape.v_token_stride * 2, shape.v_head_stride * 2, (dataWords + start) * 4, (dataWords + tokens) * 4, (dataWords + tokens) * 4 + cacheLen * 2, 16, 16 * kHeads * 256, kHeads * 256, 256];
  const qWeight = new Float32Array(memory.buffer, (dataWords + kvLen) * 4, 128);
  const kWeight = new Float32Array(memory.buffer, ((dataWords + kvLen) + 128) * 4, 128);
  const cs = new Float32Array(memory.buffer, (dataWords + kvLen + normLen) * 4, csLen);
  return {
    q,
    k,
    buffer,
    v,
    slot_mapping,
    k_cache,
    v_cache,
    rotateInPlace(extra) {
      for (const name of OWNED) {
        if ((extra as Record<string, unknown> | undefined)?.[name] !== undefined) throw new RangeError(`extra.${name}: this WebAssembly kernel holds ${name} in its own memory (kernel.${name}); write the values there instead of passing them`);
      }
      const callSizes = (extra?.sizes === undefined ? sizes : { ...sizes, ...extra.sizes }) as Sizes;
      const call = callSizes === sizes ? { tokens, qHeads, kHeads, cacheSlots } : sizesOf(callSizes);
      if (call.qHeads !== qHeads || call.kHeads !== kHeads) throw new RangeError(`sizes: ${call.qHeads} q heads and ${call.kHeads} k heads, but this WebAssembly kernel was created for ${qHeads} and ${kHeads}`);
      if (call.tokens > tokens) throw new RangeError(`sizes: ${call.tokens} tokens, but this WebAssembly kernel was created for at most ${tokens}`);
      if (call.cacheSlots !== cacheSlots) throw new RangeError(`sizes: a KV cache of ${call.cacheSlots} slots, but this WebAssembly kernel holds one of ${cacheSlots} (kernel.k_cache, kernel.v_cache)`);
      const inputs = { ...extra, q, k, sizes: callSizes, v, slot_mapping: call.tokens === tokens ? slot_mapping : slot_mapping.subarray(0, call.tokens), k_cache, v_cache } as Inputs;
      const shape = validate(inputs);
      qWeight.set(Array.from(inputs.q_norm_weight!, bf16ToNumber));
      kWeight.set(Array.from(inputs.k_norm_weight!, bf16ToNumber));
      cosSinKernel(inputs, shape, cs);
      rotateWasm(views.qStart * 2, views.kStart * 2, (dataWords + kvLen + normLen) * 4, shape.tokens, shape.qHeads, shape.kHeads, shape.q_token_stride * 2, shape.q_head_stride * 2, shape.k_token_stride * 2, shape.k_head_stride * 2, ...kvArgs(0, shape), (dataWords + kvLen) * 4, ((dataWords + kvLen) + 128) * 4, scratchAt * 4);
    },
  };
}

const BITS_F32 = new Float32Array(1);
const BITS_I32 = new Int32Array(BITS_F32.buffer);

/** The f32 whose bits are the i32 w (a segment table's fraction word). */
function bitsToF32(w: number): number {
  BITS_I32[0] = w;
  return BITS_F32[0];
}
// IEEE half and bfloat16 storage: decode to a number, encode a number with one rounding to
// nearest, ties to even (straight from float64, so there is no double rounding through float32).
// The exponent is read from the float64's bits and the scaling is by exact powers of two, so the
// encoders need no Math.log2 / Math.pow (the old encoder spent most of a bf16 kernel's time there).
const F32_SCRATCH = new Float32Array(1);
const U32_SCRATCH = new Uint32Array(F32_SCRATCH.buffer);
const F64_SCRATCH = new Float64Array(1);
const F64_WORDS = new Uint32Array(F64_SCRATCH.buffer);
/** Index of the float64's high word (sign, exponent, top of the fraction) in F64_WORDS. */
const F64_HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

function f16ToNumber(h: number): number {
  const exp = h & 0x7c00;
  // A normal half is a float32 with 13 more fraction bits and its exponent rebased by 127 − 15.
  if (exp !== 0 && exp !== 0x7c00) {
    U32_SCRATCH[0] = ((h & 0x8000) << 16) | (((h & 0x7fff) + 0x1c000) << 13);
    return F32_SCRATCH[0];
  }
  return f16Special(h);
}

/** Every bfloat16's value, by its bits: the kernel reads a lane with one load instead of a call. */
const BF16_VALUES = new Float32Array(0x10000);
for (let b = 0; b < 0x10000; b++) BF16_VALUES[b] = bf16ToNumber(b);

/** Zeros, subnormals (steps of 2^-24), ∞ and NaN. */
function f16Special(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const frac = h & 0x3ff;
  if ((h & 0x7c00) === 0) return sign * frac * 5.960464477539063e-8;
  return frac ? NaN : sign * Infinity;
}

function bf16ToNumber(b: number): number {
  U32_SCRATCH[0] = b << 16;
  return F32_SCRATCH[0];
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/**
 * What the encoders' common case leaves, in a 16-bit binary float format with `fracBits` fraction
 * bits (expMax = 2^expBits − 1, minNormal its smallest normal, subStep its subnormal step, passed as
 * constants by the two callers): NaN, results below the smallest normal (zeros and subnormals, a
 * rounding up to minNormal included) and results past the largest exponent (∞).
 */
function encodeSmallFloat(x: number, fracBits: number, expMax: number, minNormal: number, subStep: number): number {
  if (x !== x) return (expMax << fracBits) | (1 << (fracBits - 1));
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? 0x8000 : 0; // both formats are 16 bits wide
  const a = Math.abs(x);
  if (a < minNormal) return sign | roundHalfEven(a / subStep);
  return sign | (expMax << fracBits);
}

// The encoders' common case, a normal result, straight from the float64's bits (nearest, ties to
// even, a carry into the exponent giving the next value, or ∞ past the largest); every other input
// (|x| below the smallest normal, at or past 2^16 (f16) or 2^128 (bf16), NaN) takes encodeSmallFloat.
function numberToF16(x: number): number {
  F64_SCRATCH[0] = x;
  const hi = F64_WORDS[F64_HI];
  const e = (hi >>> 20) & 0x7ff;
  // Half exponents 1 … 30: 10 fraction bits kept, 42 rounded off (10 of hi, all of lo).
  if (e > 1008 && e < 1039) {
    const code = ((e - 1008) << 10) | ((hi >>> 10) & 0x3ff);
    const rest = hi & 0x3ff;
    return ((hi >>> 16) & 0x8000) | (rest > 0x200 || (rest === 0x200 && (F64_WORDS[1 - F64_HI] !== 0 || (code & 1) === 1)) ? code + 1 : code);
  }
  return encodeSmallFloat(x, 10, 31, 6.103515625e-5, 5.960464477539063e-8);
}

function numberToBf16(x: number): number {
  F64_SCRATCH[0] = x;
  const hi = F64_WORDS[F64_HI];
  const e = (hi >>> 20) & 0x7ff;
  // bfloat16 exponents 1 … 254: 7 fraction bits kept, 45 rounded off (13 of hi, all of lo).
  if (e > 896 && e < 1151) {
    const code = ((e - 896) << 7) | ((hi >>> 13) & 0x7f);
    const rest = hi & 0x1fff;
    return ((hi >>> 16) & 0x8000) | (rest > 0x1000 || (rest === 0x1000 && (F64_WORDS[1 - F64_HI] !== 0 || (code & 1) === 1)) ? code + 1 : code);
  }
  return encodeSmallFloat(x, 7, 255, 1.1754943508222875e-38, 9.183549615799121e-41);
}
