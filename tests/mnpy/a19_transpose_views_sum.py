import numpy as np

m = np.arange(12, dtype=float).reshape(3, 4) / 4
print(m)
print(m.T)
print(m.T.sum(axis=0))
print(m.T.sum(axis=1))
print(m.sum(), m.T.sum())
print(m.T.ravel())
c = m.T.copy()
print(c.flags['C_CONTIGUOUS'], m.T.flags['C_CONTIGUOUS'])
print(m.T[1:3, ::2])
m.T[0] = -1
print(m)
print(m.T.reshape(2, 6))
