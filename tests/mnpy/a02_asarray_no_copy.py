import numpy as np

a = np.arange(5)
b = np.asarray(a)
print(b is a)
b[0] = 42
print(a)
c = np.asarray(a, dtype=np.int64)
print(c is a)
d = np.asarray(a, dtype=np.float64)
print(d is a)
d[1] = -1.0
print(a)
print(d)
e = np.array(a)
print(e is a)
e[2] = 99
print(a)
print(e)
s = a[1:4]
t = np.asarray(s)
print(t is s)
t[0] = 7
print(a)
print(t.base is not None)
