import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([1, 100000]))
both(np.array([1, -10]))
both(np.arange(12).reshape(3, 4))
both(np.array([[1, -1], [100, 5]]))
both(np.array([-9223372036854775808, 0]))
both(np.array([0]))
both(np.arange(-5, 5))
