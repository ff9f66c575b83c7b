import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([0, 1, 2, 3], dtype=np.uint16))
both(np.array([1, 22, 333, 4444, 55555], dtype=np.uint16))
both(np.array([[1, 2, 3], [40, 50, 60]], dtype=np.uint16))
both(np.arange(7, dtype=np.uint16))
both(np.ones((2, 2, 2), dtype=np.uint16))
both(np.zeros(0, dtype=np.uint16))
both(np.array(5, dtype=np.uint16))
both(np.arange(1200, dtype=np.uint16))
x = np.array([1, 2, 3], dtype=np.uint16)
print(repr(x[0]), x[0], repr(x.sum()), repr(x.max()), x.dtype, repr(x.dtype))
print([x[0], x[2]])
