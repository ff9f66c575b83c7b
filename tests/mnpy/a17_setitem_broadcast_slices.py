import numpy as np

m = np.zeros((4, 5), dtype=int)
m[1:3, 1:4] = 1
print(m)
m[:, 0] = [1, 2, 3, 4]
print(m)
m[0, :] = np.arange(5) * 10
print(m)
m[::2, ::2] = -1
print(m)
m[-1] = m[0]
print(m)
m[:, 4:] = np.array([[9], [8], [7], [6]])
print(m)
f = np.zeros(6)
f[1:5] = [0.5, 1.5, 2.5, 3.5]
print(f)
f[::-1] = np.arange(6)
print(f)
g = np.zeros((3, 3))
g[:, :] = np.array([1.0, 2.0, 3.0])[:, None]
print(g)
