import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.arange(30))
both(np.arange(30) * 1000)
both(np.linspace(0, 1, 20))
both(np.arange(25).reshape(1, 25))
both(np.arange(40, dtype=np.int8))
both(np.array([1.5] * 17))
both(np.arange(100).reshape(4, 25))
