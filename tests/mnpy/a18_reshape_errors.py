import numpy as np

a = np.arange(12)
for shp in [(5, 2), (5, -1), (-1, 5), (2, -1, 5), (13,), (3, 4, 2), (-1, -1), (0, -1), (7, 0)]:
    try:
        print(a.reshape(shp).shape)
    except ValueError as e:
        print("ValueError:", e)
b = np.arange(3)
try:
    b.reshape(2, 2)
except ValueError as e:
    print("ValueError:", e)
c = np.zeros((0, 3))
print(c.reshape(0, 5, 2).shape, c.reshape(-1).shape)
try:
    c.reshape(-1, 0)
except ValueError as e:
    print("ValueError:", e)
