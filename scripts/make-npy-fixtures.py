# Writes test/fixtures/npy/*.npy with NumPy itself, so the tests read files exactly as NumPy
# writes them. Values are simple formulas the tests recompute: x[i] = (i - 3) * 0.25 (floats),
# i - 3 (ints), shape (2, 3, 2) unless the name says otherwise. Run: python3 scripts/make-npy-fixtures.py
import numpy as np, numpy.lib.format as fmt
out = 'test/fixtures/npy/'
base = (np.arange(12) - 3).reshape(2, 3, 2)
for name, dt in [('f4', '<f4'), ('f2', '<f2'), ('f8', '<f8')]:
    np.save(out + name + '.npy', (base * 0.25).astype(dt))
for name, dt in [('i4', '<i4'), ('i8', '<i8')]:
    np.save(out + name + '.npy', base.astype(dt))
# bf16 bit patterns of (i - 3) * 0.25: the top 16 bits of the float32 value (exact here)
np.save(out + 'u2_bf16.npy', ((base * 0.25).astype('<f4').view('<u4') >> 16).astype('<u2'))
for version in [(2, 0), (3, 0)]:
    with open(out + f'f4_v{version[0]}.npy', 'wb') as f:
        a = (base * 0.25).astype('<f4')
        fmt.write_array(f, a, version=version)
np.save(out + 'fortran.npy', np.asfortranarray((base * 0.25).astype('<f4')))
np.save(out + 'big_endian.npy', (base * 0.25).astype('>f4'))
np.save(out + 'scalar_1d.npy', np.arange(5, dtype='<f4'))
with open(out + 'f4.npy', 'rb') as f:
    data = f.read()
with open(out + 'truncated.npy', 'wb') as f:
    f.write(data[:-5])
