import numpy as np

m = np.zeros((3, 4))
row = np.asarray(m[1])
row[:] = 5
print(m)
col = np.asarray(m[:, 2])
col += 1
print(m)
x = np.asarray(m.T)
print(x.shape)
x[0, 0] = -3
print(m[0, 0])
print(repr(m))
f = np.asarray(m, dtype=np.float32)
f[2, 3] = 100
print(m[2, 3], f[2, 3])
print(f.dtype, m.dtype)
