import numpy as np

a = np.linspace(0, 10, 5, dtype=int)
print(repr(a))
b = np.linspace(0, 1, 4, dtype=np.float32)
print(repr(b))
c = np.linspace(0, 9, 4, dtype=np.int32)
print(repr(c))
d = np.linspace(-1, 1, 5, dtype=np.int64)
print(repr(d))
e = np.linspace(0, 1, 6)
print(e.dtype, e.shape)
f = np.linspace(1, 10, 10)
print(f.sum(), f.mean())
g = np.linspace(0, 1, 5) * 4
print(repr(g), g.astype(int))
