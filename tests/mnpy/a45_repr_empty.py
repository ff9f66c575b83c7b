import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([]))
both(np.zeros((2, 0)))
both(np.zeros((0, 3), dtype=np.int32))
both(np.zeros((0,), dtype=np.int64))
both(np.zeros((1, 0, 2)))
both(np.array([], dtype=np.uint8))
both(np.zeros((0, 0), dtype=bool))
