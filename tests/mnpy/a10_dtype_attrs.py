import numpy as np

for n in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64']:
    d = np.dtype(n)
    print(str(d), repr(d), d.name, d.itemsize, d.kind, d.char)
a = np.arange(4, dtype=np.int16)
print(a.dtype.name, a.dtype.itemsize, a.dtype.kind, a.dtype.char)
b = a / 2
print(b.dtype.name, b.dtype.itemsize, b.dtype.kind)
c = a > 1
print(c.dtype.name, c.dtype.kind, c.itemsize)
print(np.dtype('float32').itemsize * 3)
print(len(str(np.dtype('uint64'))))
