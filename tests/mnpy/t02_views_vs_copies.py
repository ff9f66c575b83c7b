import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(10)
v = a[2:5]
v[0] = 100
print(repr(a))
r = a.reshape(2, 5)
r[1, 1] = -1
print(repr(a))
t = r.T
t[0, 0] = 55
print(repr(a))
rv = a.ravel()
rv[9] = 99
print(repr(a))
c = a[a > 5]
c[0] = 0
print(repr(a), repr(c))
f = r.flatten()
f[0] = 7
print(repr(a))
s = a.astype(np.int64)
s[1] = 1000
print(repr(a))
fi = a[[0, 1]]
fi[0] = 3
print(repr(a))
print(v.base is a, r.base is a, c.base is None, f.base is None)
q = np.arange(6)
q[1:] = q[:-1]
print(repr(q))
q2 = np.arange(6)
q2[:-1] = q2[1:]
print(repr(q2))
n = a[None]
print(n.strides, n.shape)
st = a[::3]
st[:] = 0
print(repr(a))
