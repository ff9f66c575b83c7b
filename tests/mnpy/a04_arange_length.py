import numpy as np

cases = [(0, 10, 1), (0, 10, 3), (0, 10, 4), (1, 10, 9), (1, 10, 10), (0, -10, -3),
         (0.0, 1.0, 0.3), (0.0, 0.9, 0.3), (1.0, 1.3, 0.1), (0, 3, 0.7), (5, 5, 1), (-2, 2, 0.5)]
for c in cases:
    a = np.arange(c[0], c[1], c[2])
    print(c, len(a), a.dtype, a)
print(np.arange(10, dtype=np.int8) * 20)
print(np.arange(start=2, stop=5))
print(np.arange(stop=4))
try:
    np.arange(0, 5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
