import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array(3.5))
both(np.array(3))
both(np.array(-0.0))
both(np.array(1e10))
both(np.array(2, dtype=np.int8))
both(np.array(0.1, dtype=np.float32))
both(np.array(np.nan))
both(np.array(False))
