import numpy as np

a = np.arange(10)
a[a % 2 == 0] = 0
print(a)
b = np.linspace(-2, 2, 9)
b[b < 0] = 0
print(b)
c = np.arange(12).reshape(3, 4)
c[c > 6] = -1
print(c)
d = np.arange(6)
d[d > 2] = np.array([10, 20, 30])
print(d)
e = np.arange(5, dtype=float)
e[e > 1] *= 2
print(e)
f = np.arange(8)
f[f > 3] += 100
print(f)
g = np.ones((2, 3))
g[np.array([True, False])] = 5
print(g)
h = np.arange(4)
h[np.array([False, False, False, False])] = 9
print(h)
