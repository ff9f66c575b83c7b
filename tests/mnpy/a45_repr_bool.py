import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([True, False]))
both(np.array([[True], [False]]))
both(np.zeros((2, 2), dtype=bool))
both(np.array(True))
both(np.array([], dtype=bool))
