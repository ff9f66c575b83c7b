import numpy as np

a = np.zeros((2, 3))
a[...] = 7
print(a)
a[...] = np.array([1, 2, 3])
print(a)
a[...] = np.array([[10], [20]])
print(a)
a[:] = 0.5
print(a)
b = np.arange(6, dtype=np.int32)
b[...] = 2.9
print(repr(b))
c = np.array(1.0)
c[...] = 4
print(repr(c))
c[()] = 5
print(repr(c))
d = np.zeros((2, 2, 3), dtype=int)
d[...] = [1, 2, 3]
print(d)
d[1, ...] = [[7], [8]]
print(d)
