import numpy as np

a = np.arange(6).reshape(2, 3)
b = a.copy()
b[0, 0] = 100
print(a)
print(b)
print(b.base is None)
s = a[:, 1]
t = s.copy()
t[0] = -5
print(a)
print(t)
print(t.flags['C_CONTIGUOUS'], s.flags['C_CONTIGUOUS'])
f = np.array([1.5, 2.5]).copy()
print(repr(f))
c = np.copy(a)
c[1] = 0
print(a)
print(c)
d = np.copy([1, 2, 3])
print(repr(d))
e = a.T.copy()
print(e)
print(e.strides, a.T.strides)
