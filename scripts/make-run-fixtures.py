# Writes test/fixtures/run/*.npy: inputs for test/fixtures/run/tiny.rope and the expected outputs
# computed here with NumPy the way Hugging Face's apply_rotary_pos_emb does it (rotate_half,
# float64), an implementation independent of ropec. Run: python3 scripts/make-run-fixtures.py
import numpy as np
out = 'test/fixtures/run/'
rng = np.random.default_rng(1234)
tokens, qh, kh, d = 5, 2, 1, 8
q = rng.standard_normal((tokens, qh, d)).astype('<f4')
k = rng.standard_normal((tokens, kh, d)).astype('<f4')
pos = np.array([0, 1, 7, 100, 4096], dtype='<i8')
inv_freq = 1.0 / (10000.0 ** (np.arange(0, d, 2, dtype=np.float64) / d))
freqs = pos[:, None].astype(np.float64) * inv_freq[None, :]
emb = np.concatenate([freqs, freqs], axis=-1)
cos, sin = np.cos(emb)[:, None, :], np.sin(emb)[:, None, :]
def rotate_half(x):
    h = x.shape[-1] // 2
    return np.concatenate([-x[..., h:], x[..., :h]], axis=-1)
def apply(x):
    x = x.astype(np.float64)
    return (x * cos + rotate_half(x) * sin).astype('<f4')
np.save(out + 'q.npy', q); np.save(out + 'k.npy', k); np.save(out + 'positions.npy', pos)
np.save(out + 'q_expected.npy', apply(q)); np.save(out + 'k_expected.npy', apply(k))
