import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([1001.0, 1.0]))
both(np.array([1e7, 1.0]))
both(np.array([1e8]))
both(np.array([1e-5, 1.0]))
both(np.array([1.5e-10, 2.0e-10]))
both(np.array([1e300, -1e-300]))
both(np.array([12345678.9, 1.0]))
both(np.array([0.0, 1e-5]))
