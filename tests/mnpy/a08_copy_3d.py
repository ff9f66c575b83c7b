import numpy as np

a = np.arange(24).reshape(2, 3, 4)
b = a[:, 1:, ::2].copy()
print(b)
print(b.shape, b.strides)
b[0, 0, 0] = -1
print(a[0, 1, 0])
c = a.copy()
c[1] = 0
print(c)
print(a.sum(), c.sum())
d = a.transpose(2, 0, 1).copy()
print(d.shape, d.strides)
print(d[3])
