import numpy as np

a = np.empty(4)
a.fill(2.5)
print(repr(a))
print(a.dtype, a.shape)
b = np.empty((2, 3), dtype=np.int32)
b.fill(-4)
print(repr(b))
c = np.empty((3,), dtype=bool)
c[:] = True
print(repr(c))
d = np.empty(0)
print(repr(d), d.shape, d.size)
e = np.empty((2, 2))
e[...] = 1
print(e)
f = np.empty((2, 0), dtype=np.int64)
print(repr(f))
print(f.shape, f.size)
g = np.empty(3, dtype='f4')
g[:] = [1, 2, 3]
print(repr(g))
