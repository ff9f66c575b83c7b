import numpy as np

a = np.zeros(4, dtype=np.int8)
a[0] = 5
a[1] = 3.99
a[2] = -3.99
a[3] = True
print(repr(a))
b = np.zeros(3, dtype=bool)
b[0] = 5
b[1] = 0.0
b[2] = -1
print(repr(b))
c = np.zeros(3, dtype=np.float32)
c[:] = [0.1, 1e-3, 1 / 3]
print(repr(c))
d = np.zeros(2, dtype=np.uint8)
d[:] = np.array([3.7, 200.2])
print(repr(d))
e = np.arange(4)
e[1:3] = np.array([1.9, 2.1])
print(repr(e))
try:
    a[0] = 1000
except OverflowError as err:
    print("OverflowError:", err)
try:
    d[0] = -1
except OverflowError as err:
    print("OverflowError:", err)
print(repr(a), repr(d))
