import numpy as np

a = np.arange(10) * 10
print(a[0], a[3], a[-1], a[-10])
print(repr(a[2]), repr(a[-2]))
m = np.arange(12).reshape(3, 4)
print(m[1])
print(repr(m[1]))
print(m[1, 2], m[-1, -1], m[0][3])
print(repr(m[2, 0]))
t = np.arange(24).reshape(2, 3, 4)
print(t[1])
print(t[1, 2])
print(t[1, 2, 3], t[-1, -1, -1], t[0, -3, 1])
print(repr(t[0, 1]))
f = np.linspace(0, 1, 5)
print(f[1], repr(f[1]), f[-1])
b = np.array([True, False])
print(b[0], repr(b[1]))
