// The PyTorch op that `ropec build --target cuda --torch` writes (NAME_torch.cpp), compiled against
// real PyTorch headers (the torch wheel's include/, installed by scripts/torch-headers.sh) with
// -Wall -Wextra -Werror. There is no GPU here, so the op is compiled (-fsyntax-only: every type and
// call is checked), not run. One translation unit holds the ops of the whole spec library and of
// specs that cover what the library does not (packed index, batch-layout segment tables, in place,
// run-time head counts), the way a project linking several ops would.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cudaBackend } from '../src/backends/cuda/index.js';
import { compile } from '../src/index.js';
import { cleanup, scratch, writeArtifacts } from './support/nvcc.js';

function torchInclude(): string | undefined {
  const candidates = [process.env.ROPEC_TORCH_INCLUDE, resolve('.cache/torch/torch/include')];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'torch', 'extension.h')));
}

function pythonInclude(): string | undefined {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['include'])"], { encoding: 'utf8' });
  const dir = r.stdout?.trim();
  return dir && existsSync(join(dir, 'Python.h')) ? dir : undefined;
}

const CUDA_INCLUDE = '/usr/local/cuda/include';
const TORCH = torchInclude();
const PYTHON = pythonInclude();
const ready = !!TORCH && !!PYTHON && existsSync(join(CUDA_INCLUDE, 'cuda_runtime_api.h'));
if (!ready) {
  console.warn(`[torch-op] skipped: ${!TORCH ? 'no PyTorch headers (run scripts/torch-headers.sh)' : !PYTHON ? 'no Python.h' : `no ${CUDA_INCLUDE}`}`);
}

/** Specs beyond the library: the op's other code paths. */
const EXTRA: Record<string, string> = {
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

describe.skipIf(!ready)('the generated PyTorch op compiles against PyTorch headers', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratch('torch-op');
  });
  afterAll(() => cleanup(dir));

  it('the whole library and the extra specs, in one translation unit, with -Wall -Wextra -Werror', () => {
    const sources = [
      ...readdirSync('spec').filter((f) => f.endsWith('.rope')).map((f) => ({ file: `spec/${f}`, text: undefined as string | undefined })),
      ...Object.entries(EXTRA).map(([name, text]) => ({ file: `${name}.rope`, text })),
    ];
    const ops: string[] = [];
    for (const s of sources) {
      const r = compile(s.text ?? readFileSync(s.file, 'utf8'), { file: s.file, targets: [] });
      expect(r.diagnostics, s.file).toEqual([]);
      for (const ir of r.irs) {
        const artifacts = cudaBackend.emit(ir, { torch: true }).artifacts;
        writeArtifacts(dir, artifacts);
        ops.push(`${ir.name}_torch.cpp`);
      }
    }
    expect(ops.length).toBeGreaterThanOrEqual(18);
    writeFileSync(join(dir, 'all_ops.cpp'), ops.map((f) => `#include "${f}"\n`).join(''));
    const r = spawnSync('g++', [
      '-std=c++20', '-fsyntax-only', '-Wall', '-Wextra', '-Werror',
      '-isystem', TORCH!, '-isystem', join(TORCH!, 'torch', 'csrc', 'api', 'include'), '-isystem', PYTHON!, '-isystem', CUDA_INCLUDE,
      '-DTORCH_EXTENSION_NAME=ropec_ops', '-DTORCH_API_INCLUDE_EXTENSION_H', 'all_ops.cpp',
    ], { cwd: dir, encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);

  it('the same compile fails on an op with a type error (the check can fail)', () => {
    writeFileSync(join(dir, 'broken.cpp'), '#include <ATen/core/Tensor.h>\nvoid f(const at::Tensor& t) { int* p = t.sizes(); (void)p; }\n');
    const r = spawnSync('g++', ['-std=c++20', '-fsyntax-only', '-isystem', TORCH!, '-isystem', join(TORCH!, 'torch', 'csrc', 'api', 'include'),
      '-isystem', PYTHON!, 'broken.cpp'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot convert/);
  }, 300_000);
});
