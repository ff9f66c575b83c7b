import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.arange(2002).reshape(2, 1001))
both(np.arange(1100).reshape(1100, 1))
both(np.arange(1024).reshape(4, 4, 64))
both(np.ones(1001, dtype=bool))
both(np.arange(1001) * 1e-5)
