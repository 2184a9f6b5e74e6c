// Generated from spec/llama3_1_8b_fp8kv.rope (rope llama3_1_8b_fp8kv) by ropec 0.1.0 for ts. Do not edit.
// spec-hash: 84594f107f0d3b11
/* eslint-disable */
export const SPEC = {"name":"llama3_1_8b_fp8kv","headDim":128,"rotaryDim":128,"pairs":64,"axes":["pos"],"qHeads":32,"kHeads":8,"layout":"thd","dtype":"bf16","positions":"tensor","attentionFactor":1,"specHash":"84594f107f0d3b11"} as const;

const OMEGA = new Float64Array([1.0, 0.8146172338565447, 0.6636012376960885, 0.540581004635767, 0.44036660267178046, 0.35873022375128993, 0.29222782257301516, 0.23805382048035073, 0.19392274474868576, 0.1579728099090432, 0.12868737343265052, 0.10483095217796996, 0.08539710028576561, 0.06956594961416032, 0.05666962144529105, 0.04616405026546052, 0.03760603093086393, 0.030634520893224042, 0.02495540867055869, 0.020329105980970152, 0.016560440080994446, 0.013490419890226748, 0.010989528534539824, 0.0089522593361944, 0.007292664737217109, 0.005940730375674967, 0.004839421345719893, 0.003942276030116656, 0.003211445994752591, 0.002166570763503359, 0.0013718935677611381, 0.0008567514129196321, 0.0005248461609929547, 0.00031269375038406517, 0.0001785078127679964, 0.00009556212353964683, 0.0000778465527393245, 0.00006341514345777615, 0.00005165906874818956, 0.00004208236768725526, 0.00003428102195952591, 0.000027925911282444468, 0.000022748928601828183, 0.000018531669290821308, 0.00001509621717643313, 0.000012297638677963614, 0.000010017868402809974, 0.000008160728247435943, 0.000006647869871181236, 0.000005415469365499922, 0.000004411534674558404, 0.0000035937121736509995, 0.0000029274998701761677, 0.0000023847918463583033, 0.000001942692537204043, 0.00000158255082089091, 0.0000012891731721515574, 0.0000010501826834601687, 8.554969126443659e-7, 6.969025285511674e-7, 5.677088100759837e-7, 4.6246538050008837e-7, 3.767322690173964e-7, 3.068925988914511e-7]);

const SCRATCH_rows_c0_1 = new Float64Array(64);

const SCRATCH_rows_s0_1 = new Float64Array(64);

const SCRATCH_rows_c0_3 = new Float64Array(64);

const SCRATCH_rows_s0_3 = new Float64Array(64);

const SCRATCH_rowsOut_c0_6 = new Float64Array(64);

const SCRATCH_rowsOut_s0_6 = new Float64Array(64);

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
    /** k_cache holds fp8 e4m3 of k / k_scale (a finite float32 > 0; vLLM's k_scale) */
    k_scale: number;
    /** v_cache holds fp8 e4m3 of v / v_scale (a finite float32 > 0) */
    v_scale: number;
}

export interface Inputs {
    /** query, shape [tokens, 32, 128] */
    q: Uint16Array;
    /** key, shape [tokens, 8, 128] */
    k: Uint16Array;
    sizes: Sizes;
    /** one position per token, shape [tokens] */
    positions: Int32Array;
    /** value, in k's shape: copied into v_cache as it is, shape [tokens, 8, 128] */
    v: Uint16Array;
    /** each token's cache slot; −1: the token is not stored, shape [tokens] */
    slot_mapping: Int32Array;
    /** the key cache: each stored token's slot gets its rotated k heads as fp8 e4m3 of value / scale, shape [cache_blocks, 16, 8, 128] */
    k_cache: Uint8Array;
    /** the value cache: each stored token's slot gets its v heads as fp8 e4m3 of value / scale, shape [cache_blocks, 16, 8, 128] */
    v_cache: Uint8Array;
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
    k_scale: number;
    v_scale: number;
}

function validate(inputs: Inputs): Shape {
    const s = inputs.sizes as unknown as Record<string, number>;
    const q = inputs.q as ArrayLike<number>;
    const k = inputs.k as ArrayLike<number>;
    const positions = inputs.positions as ArrayLike<number>;
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
    if (!(typeof s.k_scale === 'number')) {
      throw new RangeError(`sizes.k_scale: expected a finite number > 0 (a float32: fp8 outputs hold e4m3 of value / scale), got ${typeof s.k_scale === 'string' ? JSON.stringify(s.k_scale) : s.k_scale}`);
    }
    if (!(Number.isFinite(Math.fround(s.k_scale)) && Math.fround(s.k_scale) > 0.0)) {
      throw new RangeError(`sizes.k_scale: expected a finite number > 0 (a float32: fp8 outputs hold e4m3 of value / scale), got ${typeof s.k_scale === 'string' ? JSON.stringify(s.k_scale) : s.k_scale}`);
    }
    const n_k_scale = Math.fround(s.k_scale);
    if (!(typeof s.v_scale === 'number')) {
      throw new RangeError(`sizes.v_scale: expected a finite number > 0 (a float32: fp8 outputs hold e4m3 of value / scale), got ${typeof s.v_scale === 'string' ? JSON.stringify(s.v_scale) : s.v_scale}`);
    }
    if (!(Number.isFinite(Math.fround(s.v_scale)) && Math.fround(s.v_scale) > 0.0)) {
      throw new RangeError(`sizes.v_scale: expected a finite number > 0 (a float32: fp8 outputs hold e4m3 of value / scale), got ${typeof s.v_scale === 'string' ? JSON.stringify(s.v_scale) : s.v_scale}`);
    }
    const n_v_scale = Math.fround(s.v_scale);
    if (!(v !== undefined && v !== null)) {
      throw new RangeError(`v: missing; rope llama3_1_8b_fp8kv stores rotated k and v into a KV cache and needs v of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 128]`);
    }
    if (!(v instanceof Uint16Array)) {
      throw new RangeError(`v: expected a Uint16Array of shape [tokens, k_heads, head_dim] = [${n_tokens}, ${n_k_heads}, 128], got ${typeName(v)}`);
    }
    if (!(slot_mapping !== undefined && slot_mapping !== null)) {
      throw new RangeError(`slot_mapping: missing; rope llama3_1_8b_fp8kv stores rotated k and v into a KV cache and needs slot_mapping of shape [tokens] = [${n_tokens}]`);
    }
    if (!(slot_mapping instanceof Int32Array)) {
      throw new RangeError(`slot_mapping: expected an Int32Array of shape [tokens] = [${n_tokens}], got ${typeName(slot_mapping)}`);
    }
    if (!(slot_mapping.length === n_tokens)) {
      throw new RangeError(`slot_mapping: expected shape [tokens] = [${n_tokens}] (${n_tokens} values), got length ${slot_mapping.length}`);
    }
    if (!(k_cache !== undefined && k_cache !== null)) {
      throw new RangeError(`k_cache: missing; rope llama3_1_8b_fp8kv stores rotated k and v into a KV cache and needs k_cache of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128]`);
    }
    if (!(k_cache instanceof Uint8Array)) {
      throw new RangeError(`k_cache: expected a Uint8Array of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128], got ${typeName(k_cache)}`);
    }
    if (!(k_cache.length === (n_cache_slots * n_k_heads) * 128)) {
      throw new RangeError(`k_cache: expected shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128] (${(n_cache_slots * n_k_heads) * 128} values), got length ${k_cache.length}`);
    }
    if (!(v_cache !== undefined && v_cache !== null)) {
      throw new RangeError(`v_cache: missing; rope llama3_1_8b_fp8kv stores rotated k and v into a KV cache and needs v_cache of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128]`);
    }
    if (!(v_cache instanceof Uint8Array)) {
      throw new RangeError(`v_cache: expected a Uint8Array of shape [cache_blocks, 16, k_heads, 128] = [${n_cache_blocks}, 16, ${n_k_heads}, 128], got ${typeName(v_cache)}`);
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
    return { batch: n_batch, seq: n_seq, tokens: n_tokens, qHeads: n_q_heads, kHeads: n_k_heads, offset: n_offset, q_token_stride: n_q_token_stride, q_head_stride: n_q_head_stride, k_token_stride: n_k_token_stride, k_head_stride: n_k_head_stride, v_token_stride: n_v_token_stride, v_head_stride: n_v_head_stride, cache_slots: n_cache_slots, k_scale: n_k_scale, v_scale: n_v_scale };
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
    if (srcq === dstq) rows(shape.batch, shape.seq, shape.q_token_stride, shape.q_head_stride, shape.k_token_stride, shape.k_head_stride, shape.v_token_stride, shape.v_head_stride, shape.cache_slots, shape.k_scale, shape.v_scale, dstq, dstk, inputs.positions!, inputs.v!, inputs.slot_mapping!, inputs.k_cache!, inputs.v_cache!);
    else rowsOut(shape.batch, shape.seq, shape.q_token_stride, shape.q_head_stride, shape.k_token_stride, shape.k_head_stride, shape.v_token_stride, shape.v_head_stride, shape.cache_slots, shape.k_scale, shape.v_scale, dstq, srcq, dstk, srck, inputs.positions!, inputs.v!, inputs.slot_mapping!, inputs.k_cache!, inputs.v_cache!);
}

/** in place, q 1 + k 1 item(s) per token (runs schedule). */
function rows(batch: number, seq: number, q_token_stride: number, q_head_stride: number, k_token_stride: number, k_head_stride: number, v_token_stride: number, v_head_stride: number, cache_slots: number, k_scale: number, v_scale: number, q_out: Uint16Array, k_out: Uint16Array, positions: Int32Array, v: Uint16Array, slot_mapping: Int32Array, k_cache: Uint8Array, v_cache: Uint8Array): void {
  const c0_1 = SCRATCH_rows_c0_1;
  const s0_1 = SCRATCH_rows_s0_1;
  const c0_3 = SCRATCH_rows_c0_3;
  const s0_3 = SCRATCH_rows_s0_3;
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
          for (let i_1 = 0; i_1 < 64; i_1++) {
            const xa_1 = BF16_VALUES[q_out[o_1 + i_1]];
            const xb_1 = BF16_VALUES[q_out[(o_1 + 64) + i_1]];
            const ci_1 = c0_1[i_1];
            const si_1 = s0_1[i_1];
            q_out[o_1 + i_1] = numberToBf16(xa_1 * ci_1 - xb_1 * si_1);
            q_out[(o_1 + 64) + i_1] = numberToBf16(xb_1 * ci_1 + xa_1 * si_1);
          }
        }
        const pos0_3 = positions[flat];
        const slot_given_3 = slot_mapping[flat];
        const stored_3 = slot_given_3 >= 0 && Math.max(slot_given_3, 0) < cache_slots;
        const slot_3 = stored_3 ? Math.max(slot_given_3, 0) : 0;
        for (let i_3 = 0; i_3 < 64; i_3++) {
          const angle_4 = pos0_3 * OMEGA[i_3];
          const cs0_3_0 = Math.cos(angle_4);
          const cs0_3_1 = Math.sin(angle_4);
          c0_3[i_3] = cs0_3_0;
          s0_3[i_3] = cs0_3_1;
        }
        for (let h_3 = 0; h_3 < 8; h_3++) {
          const o_3 = flat * k_token_stride + h_3 * k_head_stride;
          const co_3 = (slot_3 * 8 + h_3) * 128;
          for (let i_3 = 0; i_3 < 64; i_3++) {
            const xa_3 = BF16_VALUES[k_out[o_3 + i_3]];
            const xb_3 = BF16_VALUES[k_out[(o_3 + 64) + i_3]];
            const ci_3 = c0_3[i_3];
            const si_3 = s0_3[i_3];
            const kw0_3 = xa_3 * ci_3 - xb_3 * si_3;
            k_out[o_3 + i_3] = numberToBf16(kw0_3);
            if (stored_3) {
              k_cache[co_3 + i_3] = numberToE4m3(kw0_3 / k_scale);
            }
            const kw1_3 = xb_3 * ci_3 + xa_3 * si_3;
            k_out[(o_3 + 64) + i_3] = numberToBf16(kw1_3);
            if (stored_3) {
              k_cache[(co_3 + 64) + i_3] = numberToE4m3(kw1_3 / k_scale);
            }
          }
        }
        const slot_given_5 = slot_mapping[flat];
        const stored_5 = slot_given_5 >= 0 && Math.max(slot_given_5, 0) < cache_slots;
        const slot_5 = stored_5 ? Math.max(slot_given_5, 0) : 0;
        if (stored_5) {
          for (let h_5 = 0; h_5 < 8; h_5++) {
            const co_5 = (slot_5 * 8 + h_5) * 128;
            const vo_5 = flat * v_token_stride + h_5 * v_head_stride;
            for (let l_5 = 0; l_5 < 128; l_5++) {
              v_cache[co_5 + l_5] = numberToE4m3(BF16_VALUES[v[vo_5 + l_5]] / v_scale);
            }
          }
        }
    }
  }
}

/** out of place, 1 item(s) per token (runs schedule). */
function rowsOut(batch: number, seq: number, q_token_stride: number, q_head_stride: number, k_token_stride: number, k_head_stride: number, v_token_stride: number, v_head_stride: number, cache_slots: number, k_scale: number, v_scale: number, q_out: Uint16Array, q_in: Uint16Array, k_out: Uint16Array, k_in: Uint16Array, positions: Int32Array, v: Uint16Array, slot_mapping: Int32Array, k_cache: Uint8Array, v_cache: Uint8Array): void {
  const c0_6 = SCRATCH_rowsOut_c0_6;
  const s0_6 = SCRATCH_rowsOut_s0_6;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < seq; s++) {
      const flat = b * seq + s;
        const pos0_6 = positions[flat];
        const slot_given_6 = slot_mapping[flat];
        const stored_6 = slot_given_6 >= 0 && Math.max(slot_given_6, 0) < cache_slots;
        const slot_6 = stored_6 ? Math.max(slot_given_6, 0) : 0;
        for (let i_6 = 0; i_6 < 64; i_6++) {
          const angle_7 = pos0_6 * OMEGA[i_6];
          const cs0_6_0 = Math.cos(angle_7);
          const cs0_6_1 = Math.sin(angle_7);
          c0_6[i_6] = cs0_6_0;
          s0_6[i_6] = cs0_6_1;
        }
        for (let h_6 = 0; h_6 < 32; h_6++) {
          const o_6 = flat * q_token_stride + h_6 * q_head_stride;
          for (let i_6 = 0; i_6 < 64; i_6++) {
            const xa_6 = BF16_VALUES[q_in[o_6 + i_6]];
            const xb_6 = BF16_VALUES[q_in[(o_6 + 64) + i_6]];
            const ci_6 = c0_6[i_6];
            const si_6 = s0_6[i_6];
            q_out[o_6 + i_6] = numberToBf16(xa_6 * ci_6 - xb_6 * si_6);
            q_out[(o_6 + 64) + i_6] = numberToBf16(xb_6 * ci_6 + xa_6 * si_6);
          }
        }
        for (let h_6 = 0; h_6 < 8; h_6++) {
          const o_6 = flat * k_token_stride + h_6 * k_head_stride;
          const co_6 = (slot_6 * 8 + h_6) * 128;
          for (let i_6 = 0; i_6 < 64; i_6++) {
            const xa_6 = BF16_VALUES[k_in[o_6 + i_6]];
            const xb_6 = BF16_VALUES[k_in[(o_6 + 64) + i_6]];
            const ci_6 = c0_6[i_6];
            const si_6 = s0_6[i_6];
            const kw0_6 = xa_6 * ci_6 - xb_6 * si_6;
            k_out[o_6 + i_6] = numberToBf16(kw0_6);
            if (stored_6) {
              k_cache[co_6 + i_6] = numberToE4m3(kw0_6 / k_scale);
            }
            const kw1_6 = xb_6 * ci_6 + xa_6 * si_6;
            k_out[(o_6 + 64) + i_6] = numberToBf16(kw1_6);
            if (stored_6) {
              k_cache[(co_6 + 64) + i_6] = numberToE4m3(kw1_6 / k_scale);
            }
          }
        }
        const slot_given_8 = slot_mapping[flat];
        const stored_8 = slot_given_8 >= 0 && Math.max(slot_given_8, 0) < cache_slots;
        const slot_8 = stored_8 ? Math.max(slot_given_8, 0) : 0;
        if (stored_8) {
          for (let h_8 = 0; h_8 < 8; h_8++) {
            const co_8 = (slot_8 * 8 + h_8) * 128;
            const vo_8 = flat * v_token_stride + h_8 * v_head_stride;
            for (let l_8 = 0; l_8 < 128; l_8++) {
              v_cache[co_8 + l_8] = numberToE4m3(BF16_VALUES[v[vo_8 + l_8]] / v_scale);
            }
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
          const angle_9 = pos0 * OMEGA[j];
          const cs0_0 = Math.cos(angle_9);
          const cs0_1 = Math.sin(angle_9);
          cs[flat * 128 + j] = cs0_0;
          cs[(flat * 128 + 64) + j] = cs0_1;
        }
    }
  }
}

/** Groups of arrays that may be strided views of one buffer (`strided`): the inputs, and the outputs. */
const VIEWS: readonly (readonly string[])[] = [['q', 'k', 'v'], ['out.q', 'out.k']];

/** Rotates q and k of rope llama3_1_8b_fp8kv in place. Throws RangeError naming the argument on bad input. */
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
  /** The key and value caches, in the kernel's memory: they keep their rows between calls (fp8 e4m3 bytes of k / k_scale, v / v_scale). */
  readonly k_cache: Uint8Array;
  readonly v_cache: Uint8Array;
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
const WASM_ROTATE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 41, 3, 96, 23, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 0, 96, 6, 127, 127, 127, 127, 127, 127, 0, 96, 1, 125, 1, 127, 2, 15, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 3, 5, 4, 0, 1, 2, 1, 7, 10, 1, 6, 114, 111, 116, 97, 116, 101, 0, 0, 10, 203, 9, 4, 223, 1, 1, 10, 127, 65, 0, 33, 23, 2, 64, 3, 64, 32, 23, 32, 3, 79, 13, 1, 32, 2, 32, 23, 65, 128, 4, 108, 106, 33, 24, 32, 0, 32, 4, 32, 23, 32, 24, 32, 6, 32, 7, 16, 1, 32, 1, 32, 5, 32, 23, 32, 24, 32, 8, 32, 9, 16, 1, 32, 14, 32, 23, 65, 4, 108, 106, 40, 2, 0, 33, 25, 32, 25, 65, 0, 78, 4, 64, 32, 25, 32, 17, 110, 32, 18, 108, 32, 25, 32, 17, 112, 32, 19, 108, 106, 33, 26, 65, 0, 33, 27, 2, 64, 3, 64, 32, 27, 32, 5, 79, 13, 1, 32, 15, 32, 26, 106, 32, 27, 32, 20, 108, 106, 33, 28, 32, 10, 32, 23, 32, 8, 108, 106, 32, 27, 32, 9, 108, 106, 33, 29, 32, 16, 32, 26, 106, 32, 27, 32, 20, 108, 106, 33, 30, 32, 11, 32, 23, 32, 12, 108, 106, 32, 27, 32, 13, 108, 106, 33, 31, 32, 28, 32, 29, 65, 128, 1, 32, 21, 65, 0, 65, 0, 16, 3, 32, 30, 32, 31, 65, 128, 1, 32, 22, 65, 0, 65, 0, 16, 3, 32, 27, 65, 1, 106, 33, 27, 12, 0, 11, 11, 11, 32, 23, 65, 1, 106, 33, 23, 12, 0, 11, 11, 11, 231, 2, 4, 5, 127, 6, 123, 4, 125, 4, 123, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 1, 79, 13, 1, 32, 0, 32, 2, 32, 4, 108, 106, 32, 6, 32, 5, 108, 106, 33, 7, 32, 7, 33, 8, 32, 3, 33, 9, 32, 3, 65, 128, 2, 106, 33, 10, 3, 64, 32, 8, 253, 93, 1, 0, 253, 169, 1, 65, 16, 253, 171, 1, 33, 11, 32, 8, 253, 93, 1, 128, 1, 253, 169, 1, 65, 16, 253, 171, 1, 33, 12, 32, 9, 253, 0, 2, 0, 33, 13, 32, 9, 253, 0, 2, 128, 2, 33, 14, 32, 8, 32, 11, 32, 13, 253, 230, 1, 32, 12, 32, 14, 253, 230, 1, 253, 229, 1, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 0, 0, 32, 8, 32, 12, 32, 13, 253, 230, 1, 32, 11, 32, 14, 253, 230, 1, 253, 228, 1, 33, 21, 32, 21, 65, 16, 253, 173, 1, 32, 21, 32, 21, 65, 16, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 253, 12, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 255, 127, 0, 0, 253, 174, 1, 65, 16, 253, 173, 1, 32, 21, 32, 21, 253, 66, 253, 82, 33, 24, 32, 24, 32, 24, 253, 134, 1, 253, 91, 1, 128, 1, 0, 32, 8, 65, 8, 106, 33, 8, 32, 9, 65, 16, 106, 33, 9, 32, 9, 32, 10, 73, 13, 0, 11, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11, 220, 1, 1, 10, 127, 32, 0, 188, 33, 1, 32, 1, 65, 24, 118, 65, 128, 1, 113, 33, 2, 32, 1, 65, 255, 255, 255, 255, 7, 113, 33, 3, 32, 3, 65, 128, 128, 128, 252, 7, 75, 4, 64, 65, 255, 0, 15, 11, 32, 3, 65, 128, 128, 128, 212, 3, 77, 4, 64, 32, 2, 15, 11, 32, 3, 65, 128, 128, 160, 159, 4, 75, 4, 64, 32, 2, 65, 254, 0, 114, 15, 11, 32, 3, 65, 23, 118, 33, 4, 32, 3, 65, 255, 255, 255, 3, 113, 33, 5, 32, 4, 65, 249, 0, 79, 4, 64, 32, 4, 65, 248, 0, 107, 65, 3, 116, 32, 5, 65, 20, 118, 114, 33, 6, 32, 5, 65, 255, 255, 63, 113, 33, 7, 65, 128, 128, 32, 33, 8, 5, 65, 141, 1, 32, 4, 107, 33, 9, 32, 5, 65, 128, 128, 128, 4, 114, 33, 10, 32, 10, 32, 9, 118, 33, 6, 32, 10, 65, 1, 32, 9, 116, 65, 1, 107, 113, 33, 7, 65, 1, 32, 9, 65, 1, 107, 116, 33, 8, 11, 32, 7, 32, 8, 75, 32, 7, 32, 8, 70, 32, 6, 65, 1, 113, 113, 114, 4, 64, 32, 6, 65, 1, 106, 33, 6, 11, 32, 2, 32, 6, 114, 11, 160, 3, 2, 15, 127, 4, 123, 32, 2, 65, 124, 113, 33, 7, 65, 0, 33, 6, 2, 64, 3, 64, 32, 6, 32, 7, 79, 13, 1, 32, 0, 32, 6, 106, 32, 1, 32, 6, 65, 2, 108, 106, 253, 93, 1, 0, 253, 169, 1, 65, 16, 253, 171, 1, 32, 3, 190, 253, 19, 253, 231, 1, 33, 21, 32, 21, 253, 12, 255, 255, 255, 127, 255, 255, 255, 127, 255, 255, 255, 127, 255, 255, 255, 127, 253, 78, 33, 22, 253, 12, 127, 0, 0, 0, 127, 0, 0, 0, 127, 0, 0, 0, 127, 0, 0, 0, 253, 12, 126, 0, 0, 0, 126, 0, 0, 0, 126, 0, 0, 0, 126, 0, 0, 0, 32, 22, 253, 12, 255, 255, 7, 196, 255, 255, 7, 196, 255, 255, 7, 196, 255, 255, 7, 196, 253, 174, 1, 32, 22, 65, 20, 253, 173, 1, 253, 12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 253, 78, 253, 174, 1, 65, 20, 253, 173, 1, 32, 22, 253, 12, 0, 0, 128, 70, 0, 0, 128, 70, 0, 0, 128, 70, 0, 0, 128, 70, 253, 228, 1, 253, 12, 0, 0, 128, 70, 0, 0, 128, 70, 0, 0, 128, 70, 0, 0, 128, 70, 253, 177, 1, 32, 22, 253, 12, 0, 0, 128, 60, 0, 0, 128, 60, 0, 0, 128, 60, 0, 0, 128, 60, 253, 63, 253, 82, 32, 22, 253, 12, 0, 0, 232, 67, 0, 0, 232, 67, 0, 0, 232, 67, 0, 0, 232, 67, 253, 59, 253, 82, 32, 22, 253, 12, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 0, 0, 128, 127, 253, 59, 253, 82, 32, 21, 65, 24, 253, 173, 1, 253, 12, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 0, 128, 0, 0, 0, 253, 78, 253, 80, 33, 23, 32, 23, 32, 23, 253, 134, 1, 33, 23, 32, 23, 32, 23, 253, 102, 253, 90, 0, 0, 0, 32, 6, 65, 4, 106, 33, 6, 12, 0, 11, 11, 2, 64, 3, 64, 32, 6, 32, 2, 79, 13, 1, 32, 0, 32, 6, 106, 32, 1, 32, 6, 65, 2, 108, 106, 47, 1, 0, 253, 17, 65, 16, 253, 171, 1, 253, 31, 0, 32, 3, 190, 149, 16, 2, 58, 0, 0, 32, 6, 65, 1, 106, 33, 6, 12, 0, 11, 11, 11]);
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
  const kvLen = tokens + Math.ceil(cacheLen / 2);
  const csLen = tokens * 128;
  const bytes = ((dataWords + kvLen) + csLen) * 4;
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
  const k_cache = new Uint8Array(memory.buffer, (dataWords + tokens) * 4, cacheLen);
  const v_cache = new Uint8Array(memory.buffer, (dataWords + tokens) * 4 + cacheLen * 1, cacheLen);
  // The KV-cache arguments of rotate from token `start` on (bytes): k's lane 0, v and its strides,
  // slot_mapping, the caches, and where slot s's head h row lies: (s / B)·block + (s % B)·row + h·head.
  const kvArgs = (start: number, shape: Shape): number[] => [views.kStart * 2 + start * shape.k_token_stride * 2, views.vStart * 2 + start * shape.v_token_stride * 2, shape.v_token_stride * 2, shape.v_head_stride * 2, (dataWords + start) * 4, (dataWords + tokens) * 4, (dataWords + tokens) * 4 + cacheLen * 1, 16, 16 * kHeads * 128, kHeads * 128, 128];
  const scaleBits = new Uint32Array(3);
  const scales = new Float32Array(scaleBits.buffer);
  const cs = new Float32Array(memory.buffer, (dataWords + kvLen) * 4, csLen);
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
      [scales[0], scales[1]] = [shape.k_scale, shape.v_scale];
      cosSinKernel(inputs, shape, cs);
      rotateWasm(views.qStart * 2, views.kStart * 2, (dataWords + kvLen) * 4, shape.tokens, shape.qHeads, shape.kHeads, shape.q_token_stride * 2, shape.q_head_stride * 2, shape.k_token_stride * 2, shape.k_head_stride * 2, ...kvArgs(0, shape), scaleBits[0], scaleBits[1]);
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

// fp8 e4m3 (OCP E4M3FN, PyTorch's float8_e4m3fn) bytes of a KV cache, encoded as CUDA's
// __nv_fp8_e4m3(double) encodes: nearest, ties to even, saturating to ±448 (0x7e), NaN → 0x7f,
// |x| ≤ 2^-10 → a signed zero. Straight from float64 (one rounding), from its bits: no Math.log2.
const E4M3_F64 = new Float64Array(1);
const E4M3_WORDS = new Uint32Array(E4M3_F64.buffer);
/** Index of the float64's high word (sign, exponent, top 20 fraction bits) in E4M3_WORDS. */
const E4M3_HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

function numberToE4m3(x: number): number {
  if (x !== x) return 0x7f;
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? 0x80 : 0;
  const a = Math.abs(x);
  if (a <= 0.0009765625) return sign;
  if (a > 464) return sign | 0x7e;
  // Below 2^-6 the steps are 2^-9 (a · 512 is exact); 8 of them is the smallest normal, code 0x08.
  if (a < 0.015625) {
    const n = a * 512;
    const f = Math.floor(n);
    const d = n - f;
    return sign | (d > 0.5 || (d === 0.5 && (f & 1) === 1) ? f + 1 : f);
  }
  E4M3_F64[0] = a;
  const hi = E4M3_WORDS[E4M3_HI];
  const lo = E4M3_WORDS[1 - E4M3_HI];
  // Exponent field e4m3 = float64's − 1023 + 7; 3 fraction bits kept, 49 rounded off (17 of hi, all of lo).
  const code = ((((hi >>> 20) & 0x7ff) - 1016) << 3) | ((hi >>> 17) & 7);
  const rest = hi & 0x1ffff;
  // A fraction rounded up to 8 carries into the exponent field: the next code is the next value.
  return sign | (rest > 0x10000 || (rest === 0x10000 && (lo !== 0 || (code & 1) === 1)) ? code + 1 : code);
}
