// Specs beyond the library that reach the torch op's other code paths (test/torch-op.test.ts
// compiles their ops against PyTorch's headers; test/torch-run.test.ts runs some on CPU PyTorch).
/** Specs beyond the library: the op's other code paths. */
export const EXTRA: Record<string, string> = {
  packed_offsets: `rope packed_offsets {
  head_dim 64
  frequencies base 10000
  positions index packed + offsets
  kernel {
    q heads 8
    k heads 2
    dtype bf16
  }
}
`,
  mrope_bshd: `rope mrope_bshd {
  head_dim 16
  axes sectioned [t 4, h 2, w 2]
  frequencies base 10000
  positions mrope(spatial_merge 2)
  kernel {
    layout [batch, seq, heads, dim]
    dtype f16
    inplace
  }
}
`,
  // Views of a fused QKV buffer: strides from the tensors.
  qkv_views: `rope qkv_views {
  head_dim 128
  frequencies base 500000
  positions tensor int
  kernel {
    q heads 32
    k heads 8
    dtype bf16
    inplace
    strided
  }
}
`,
  bshd_views_out: `rope bshd_views_out {
  head_dim 64
  frequencies base 10000
  positions index + offset
  kernel {
    layout [batch, seq, heads, dim]
    strided
  }
}
`,
  // One tensor: q only in place (an encoder), k only out of place (its autograd has one output).
  q_only_inplace: `rope q_only_inplace {
  head_dim 64
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 12
    k heads 0
    dtype bf16
    inplace
  }
}
`,
  k_only_views_out: `rope k_only_views_out {
  head_dim 64
  frequencies base 10000
  positions tensor int
  kernel {
    q heads 0
    strided
    sincos cache(layout cos_sin, dtype f32)
  }
}
`,
  // k with its own tokens (cross-attention, pooled keys): k_tokens from k's shape, k's own positions tensor, out of place.
  own_tokens_tensor: `rope own_tokens_tensor {
  head_dim 64
  frequencies base 10000
  positions tensor int
  kernel {
    q heads 8
    k heads 2 tokens own
    strided
  }
}
`,
  // HF's cross-attention shape: q [batch, heads, seq, dim], k [batch, heads, k_seq, dim] (k_seq from k's shape), out of place.
  own_tokens_bhsd: `rope own_tokens_bhsd {
  head_dim 64
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 8
    k heads 2 tokens own
    layout [batch, heads, seq, dim]
    dtype f16
  }
}
`,
  // And reading a cos/sin cache: q's positions [batch · seq], k's [batch · k_seq], each checked on a CPU copy.
  own_tokens_bshd_cache: `rope own_tokens_bshd_cache {
  head_dim 64
  frequencies base 10000
  positions tensor int
  kernel {
    q heads 8
    k heads 2 tokens own
    layout [batch, seq, heads, dim]
    sincos cache(layout cos_sin)
  }
}
`,
  // The same reading an engine's cos/sin cache at q's positions and k's own (each checked on a CPU copy).
  own_tokens_cache: `rope own_tokens_cache {
  head_dim 64
  frequencies base 10000
  positions tensor int
  kernel {
    q heads 8
    k heads 2 tokens own
    dtype bf16
    sincos cache(layout split, dtype bf16)
  }
}
`,
  // Varlen cross-attention: q and k in packed sequences of their own (cu_seqlens, k_cu_seqlens; the op's host checks of CPU tensors compile) with their own offsets.
  own_tokens_packed: `rope own_tokens_packed {
  head_dim 64
  frequencies base 10000
  positions index packed + offsets
  kernel {
    q heads 8
    k heads 2 tokens own
    dtype bf16
  }
}
`,
  // Per-sequence offsets of q and of k in [batch, seq, heads, dim] and [batch, k_seq, heads, dim].
  own_tokens_offsets: `rope own_tokens_offsets {
  head_dim 64
  frequencies base 10000
  positions index + offsets
  kernel {
    q heads 8
    k heads 2 tokens own
    layout [batch, seq, heads, dim]
    inplace
  }
}
`,
  // Packed grids of q and of k (video batches of different sizes, pooled keys): the op's host checks of each side's grids against its cu_seqlens compile.
  own_tokens_grid_packed: `rope own_tokens_grid_packed {
  head_dim 48
  axes lanes [t 16, h 16, w 16]
  frequencies base 10000 over axis
  positions grid(t, h, w) packed prefix 1
  kernel {
    q heads 4
    k heads 4 tokens own
    dtype f16
  }
}
`,
  own_tokens_grid: `rope own_tokens_grid {
  head_dim 48
  axes lanes [t 16, h 16, w 16]
  frequencies base 10000 over axis
  positions grid(t, h, w) prefix 1
  kernel {
    k tokens own
    dtype bf16
    inplace
  }
}
`,
  // A norm before the rotation, out of place: no backward (the autograd kernel refuses grad), Gemma's 1 + w weights.
  norm_out_of_place: `rope norm_out_of_place {
  head_dim 64
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 8
    k heads 2
    dtype bf16
    norm rms(eps 1e-6, weight one_plus)
  }
}
`,
  // A KV-cache write after the rotation, out of place (the caches are changed in place: no backward),
  // and in place with views of a fused QKV buffer (v a view too), an HND paged cache and a norm.
  kv_out_of_place: `rope kv_out_of_place {
  head_dim 64
  frequencies base 10000
  positions index + offset
  kernel {
    q heads 8
    k heads 2
    dtype f16
    kv_cache slots
  }
}
`,
  kv_qkv_paged: `rope kv_qkv_paged {
  head_dim 128
  frequencies base 1000000
  positions tensor int
  kernel {
    q heads 32
    k heads 8
    dtype bf16
    inplace
    strided
    norm rms(eps 1e-6)
    kv_cache paged(block 16, layout hnd)
  }
}
`,
  // Slots from a block table (vLLM's block_tables, int32 [batch, blocks per sequence]) and the positions of packed sequences.
  kv_block_table: `rope kv_block_table {
  head_dim 64
  frequencies base 10000
  positions index packed + offsets
  kernel {
    q heads 8
    k heads 2
    dtype bf16
    inplace
    kv_cache paged(block 16, slots table)
  }
}
`,
  // fp8 q out of place (float8_e4m3fn, laid out as q's view) with an fp8 paged cache: no backward.
  fp8_q_views: `rope fp8_q_views {
  head_dim 128
  frequencies base 500000
  positions tensor int
  kernel {
    q heads 32 output fp8_e4m3
    k heads 8
    dtype bf16
    strided
    kv_cache paged(block 16, dtype fp8_e4m3)
  }
}
`,
  timeline_runtime_heads: `rope timeline_runtime_heads {
  head_dim 32
  frequencies base 10000
  positions timeline
  kernel {
    dtype f32
  }
}
`,
};
