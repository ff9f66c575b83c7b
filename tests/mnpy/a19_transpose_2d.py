import numpy as np

m = np.arange(6).reshape(2, 3)
print(m.T)
print(repr(m.T))
print(m.transpose())
print(np.transpose(m))
print(m.T.T is m, (m.T.T == m).all())
t = m.T
t[0, 1] = 30
print(m)
print(m.T.shape, m.T.strides, m.strides)
v = np.arange(4)
print(v.T, v.T.shape)
f = np.array([[1.5, 2.5]])
print(repr(f.T))
print((m.T @ m))
print(m.T + np.array([100, 200]))
