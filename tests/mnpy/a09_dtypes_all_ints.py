import numpy as np

names = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']
for n in names:
    a = np.array([1, 2, 3], dtype=n)
    print(n, repr(a), a.dtype, a.itemsize, a.nbytes)
    print(repr(a[0]), a.sum().dtype, repr(a.max()))
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    b = np.zeros(2, dtype=t)
    print(b.dtype, str(b.dtype), b.dtype.itemsize)
