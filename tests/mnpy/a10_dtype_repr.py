import numpy as np

print(repr(np.dtype('f8')))
print(repr(np.dtype('float32')))
print(repr(np.dtype(np.int8)))
print(repr(np.dtype(bool)))
print(repr(np.dtype('u1')))
a = np.arange(3, dtype=np.uint16)
print(a.dtype)
print(repr(a.dtype))
print([a.dtype])
print((a.dtype, np.dtype('f4')))
print(f"dtype is {a.dtype}")
print(str(a.dtype) == 'uint16')
print(a.dtype.name == 'uint16')
d = {'x': np.dtype('i4')}
print(d)
print(np.dtype('float64') == np.dtype(float))
print(np.dtype('int32') != np.dtype('int64'))
