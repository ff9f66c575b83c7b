import numpy as np

vals = [
    [1, 2, 3],
    [1, 2.0, 3],
    [True, 2, 3],
    [True, False],
    [1.0, True],
    [0, -1, 5],
    [[1], [2.5]],
    [3],
    [],
]
for v in vals:
    a = np.array(v)
    print(v, "->", repr(a), a.dtype, a.shape)
x = np.array(5)
print(repr(x), x.shape, x.ndim, x.dtype)
y = np.array(2.5)
print(repr(y), y.shape, y.ndim, y.dtype)
z = np.array(True)
print(repr(z), z.dtype)
t = np.array((1, 2, 3))
print(repr(t), t.dtype)
u = np.array([(1, 2), (3, 4)])
print(repr(u), u.shape)
