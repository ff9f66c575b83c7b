import numpy as np

x = np.arange(1, 5)
y = np.arange(1, 4)
table = x[:, None] * y[None, :]
print(table)
a = np.zeros((3, 4))
a += np.arange(4)
a += np.arange(3)[:, None] * 10
print(a)
v = np.ones(3)
try:
    v += np.ones((2, 3))
except ValueError as e:
    print("ValueError:", e)
print(v)
grid = np.linspace(0, 1, 3)[:, None] + np.linspace(0, 10, 4)
print(grid)
print(np.broadcast_to(x, (2, 4)) + y[:2, None])
z = np.array(3.0) + np.arange(2)
print(repr(z))
