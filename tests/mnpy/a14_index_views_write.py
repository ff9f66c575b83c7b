import numpy as np

a = np.arange(10)
s = a[2:8:2]
s[0] = -1
s[-1] = -3
print(a)
m = np.zeros((3, 4), dtype=int)
m[1] = 5
m[:, 2] = 7
m[2, 3] = 9
print(m)
row = m[0]
row += 1
print(m)
col = m[:, 0]
col *= 10
print(m)
t = np.zeros((2, 2, 2))
t[..., 1] = 1.5
t[1, ...] += 2
print(t)
r = a[::-1]
r[0] = 100
print(a)
v = a[None]
v[0, 1] = 55
print(a)
