import numpy as np

a = np.arange(12).reshape(3, 4)
v = a.reshape(4, 3)
v[0, 0] = -1
print(a[0, 0])
s = a[:, :2]
r = s.reshape(6)
r[0] = 50
print(a[0, 0], r[0])
print(r.base is None or r.base is not a)
t = a.T.reshape(12)
t[1] = 77
print(a)
w = a[::2].reshape(8)
print(w)
rv = a.ravel()
rv[11] = 1000
print(a[2, 3])
sv = s.ravel()
sv[1] = 444
print(a[0, 1])
print(a.reshape(2, 6).flags['C_CONTIGUOUS'], a[:, ::2].reshape(6).flags['C_CONTIGUOUS'])
