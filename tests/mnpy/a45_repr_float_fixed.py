import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([0.1, 1/3]))
both(np.linspace(0, 1, 5))
both(np.array([-1.0, 2.5]))
both(np.array([1.0, 2.0]))
both(np.array([1000.0, 1.0]))
both(np.array([0.001, 0.5]))
both(np.array([123.456, 0.001]))
both(np.array([1e-4, 1.0]))
