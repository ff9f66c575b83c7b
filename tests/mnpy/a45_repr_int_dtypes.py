import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([1, 2], dtype=np.int32))
both(np.array([1, 255], dtype=np.uint8))
both(np.array([-3], dtype=np.int8))
both(np.array([1, 2], dtype=np.int16))
both(np.array([7], dtype=np.uint16))
both(np.array([7], dtype=np.uint32))
both(np.array([18446744073709551615], dtype=np.uint64))
both(np.arange(6, dtype=np.int32).reshape(2, 3))
