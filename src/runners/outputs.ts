// What a runner (src/runners/*.ts, and `ropec run`'s TS backend) gives back: its own module, so the
// runners and src/run.ts, which calls them, do not import each other.

/** A backend's outputs in storage form: q and k, and the caches of a `kv_cache` spec. */
export interface BackendOutputs {
  /** q's output: q and k's storage, or fp8 e4m3 bytes (`q … output fp8_e4m3`). */
  q: Float32Array | Uint16Array | Uint8Array;
  k: Float32Array | Uint16Array;
  /** A KV cache after the call: q and k's storage, or fp8 e4m3 bytes (`dtype fp8_e4m3`). */
  k_cache?: Float32Array | Uint16Array | Uint8Array;
  v_cache?: Float32Array | Uint16Array | Uint8Array;
}
