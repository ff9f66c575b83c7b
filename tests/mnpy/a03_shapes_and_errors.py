import numpy as np

for shp in [0, 1, 5, (1,), (2, 3), (3, 1, 2), (1, 1, 1, 1)]:
    z = np.zeros(shp)
    print(shp, z.shape, z.ndim, z.size, z.nbytes)
o = np.ones((2, 3, 4), dtype=np.int16)
print(o.sum(), o.shape, o.nbytes, o.itemsize)
print(np.zeros(3) + np.ones(3))
try:
    np.zeros(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    np.ones((2, -3))
except ValueError as e:
    print("ValueError:", e)
print(np.zeros((2, 2), dtype=np.float32).dtype)
print(np.full((2, 2), 5).dtype)
print(np.full((2, 2), 5.0).dtype)
print(np.full((2, 2), False).dtype)
