import numpy as np

def describe(a):
    k = a.dtype.kind
    if k == 'f':
        return "float of " + str(a.dtype.itemsize * 8) + " bits"
    elif k == 'i':
        return "signed int of " + str(a.dtype.itemsize * 8) + " bits"
    elif k == 'u':
        return "unsigned int of " + str(a.dtype.itemsize * 8) + " bits"
    elif k == 'b':
        return "boolean"
    return "other"

arrs = [np.zeros(2), np.zeros(2, np.float32), np.arange(3), np.arange(3, dtype=np.int8),
        np.arange(3, dtype=np.uint32), np.array([True]), np.array([1, 2]) > 1,
        np.array([1, 2]) / 2, np.array([1, 2], dtype=np.int16) * 2]
for a in arrs:
    print(a.dtype, describe(a), a.dtype.char, a.dtype.kind)
