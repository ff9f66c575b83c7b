import numpy as np

a = np.arange(4)
b = a.astype(np.int64)
b[0] = 10
print(a, b)
print(b is a)
c = a.astype(np.int64, copy=False)
print(c is a)
d = a.astype(np.float32, copy=False)
print(d is a, d.dtype)
m = np.arange(6).reshape(2, 3)
e = m.T.astype(np.float64)
print(e)
print(e.shape, e.flags['C_CONTIGUOUS'])
f = m[:, ::2].astype(np.int8)
print(repr(f))
f[0, 0] = 99
print(m)
print(repr(np.array(3.7).astype(int)))
print(repr(np.float64(3.7).astype(np.int32)))
