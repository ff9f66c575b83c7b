import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([0.1, 0.2], dtype=np.float32))
both(np.arange(4, dtype=np.float32) / 3)
both(np.array([1e10], dtype=np.float32))
both(np.array([16777217.0], dtype=np.float32))
both(np.array([], dtype=np.float32))
both(np.float32(3) * np.ones((2, 2), dtype=np.float32))
