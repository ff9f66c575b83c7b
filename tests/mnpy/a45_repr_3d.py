import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.arange(24).reshape(2, 3, 4))
both(np.zeros((2, 2, 2)))
both(np.arange(8).reshape(2, 2, 2) * 0.5)
both(np.arange(16).reshape(2, 2, 2, 2))
both(np.ones((1, 1, 3), dtype=np.int8))
both(np.arange(6).reshape(3, 1, 2) - 3)
