import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.arange(1001))
both(np.arange(1001, dtype=np.int32))
both(np.arange(2000) * 0.5)
both(np.arange(3000).reshape(3, 1000))
both(np.zeros((40, 40)))
both(np.arange(1000)[:10])
both(np.linspace(0, 1, 1001))
