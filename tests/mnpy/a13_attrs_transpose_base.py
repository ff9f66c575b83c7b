import numpy as np

a = np.arange(6).reshape(2, 3)
print(a.T)
print(a.T.shape, a.T.strides)
print(a.T.base is a.base or a.T.base is a)
x = np.arange(5)
print(x.base is None)
v = x[1:3]
print(v.base is x)
vv = v[::1]
print(vv.base is x)
r = x.reshape(5, 1)
print(r.base is x)
c = x.copy()
print(c.base is None)
t = np.arange(24).reshape(2, 3, 4).T
print(t.shape, t.strides)
print(np.array(5).T.shape)
print(np.arange(3).T.shape)
print(x.T.base is x)
