import numpy as np

for n in ['float32', 'float64', 'bool']:
    a = np.array([0, 1, 2], dtype=n)
    print(n, repr(a), a.dtype, a.itemsize)
    print(repr(a[1]), str(a[1]))
f32 = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(repr(f32))
print(f32[0], repr(f32[0]))
print(float(f32[0]))
print(f32.sum(), f32.sum().dtype)
f64 = f32.astype(np.float64)
print(repr(f64))
b = np.array([0, 3, -1, 0]).astype(bool)
print(repr(b))
print(b.sum(), b.dtype.itemsize)
print(repr(np.array([1.5], dtype=np.float32) * 2))
