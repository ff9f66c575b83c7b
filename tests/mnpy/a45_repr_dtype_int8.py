import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([0, 1, 2, 3], dtype=np.int8))
both(np.array([-5, 3, 0, 12], dtype=np.int8))
both(np.array([1, 22, 127, -128], dtype=np.int8))
both(np.array([[1, 2, 3], [40, 50, 60]], dtype=np.int8))
both(np.arange(7, dtype=np.int8))
both(np.ones((2, 2, 2), dtype=np.int8))
both(np.zeros(0, dtype=np.int8))
both(np.array(5, dtype=np.int8))
both(np.arange(1200, dtype=np.int64))
x = np.array([1, 2, 3], dtype=np.int8)
print(repr(x[0]), x[0], repr(x.sum()), repr(x.max()), x.dtype, repr(x.dtype))
print([x[0], x[2]])
