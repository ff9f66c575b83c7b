import numpy as np

a = np.array([1, 2])
print(a.dtype == np.int64, a.dtype == 'int64', a.dtype == np.dtype('i8'))
b = np.array([1.0])
print(b.dtype == np.float64, b.dtype == float, b.dtype == 'f8')
c = np.array([1], dtype=np.int32)
print(c.dtype == np.int64, c.dtype == np.int32)
print(np.dtype(int), np.dtype(float), np.dtype(bool))
print(np.dtype('u1'), np.dtype('i2'), np.dtype('f4'), np.dtype('u8'))
print(np.dtype('int8').name, np.dtype('uint32').name)
print(np.dtype(np.uint16).itemsize, np.dtype(np.float32).itemsize)
for code in ['b', 'h', 'i', 'l', 'q', 'B', 'H', 'I', 'L', 'Q', 'f', 'd', '?']:
    print(code, np.dtype(code))
