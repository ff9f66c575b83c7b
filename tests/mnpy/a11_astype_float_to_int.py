import numpy as np

a = np.array([1.9, -1.9, 2.5, -2.5, 0.1, -0.1, 100.99])
print(repr(a.astype(int)))
print(repr(a.astype(np.int32)))
print(repr(a.astype(np.int8)))
print(repr(a.astype(bool)))
b = np.array([0.0, -0.0, 3.0])
print(repr(b.astype(bool)))
print(repr(b.astype(np.int64)))
c = np.array([250.7, 3.3, 0.9])
print(repr(c.astype(np.uint8)))
print(repr(np.array([1e10]).astype(np.int64)))
print(repr(np.linspace(0, 3, 7).astype(int)))
