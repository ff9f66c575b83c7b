import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both(np.array([np.nan, np.inf, -np.inf]))
both(np.array([-0.0, 0.0]))
both(np.array([-0.0]))
both(np.array([np.nan, 1.5]))
both(np.array([np.inf, 1e10]))
both(np.array([[np.nan], [-0.0]]))
both(np.array([-np.inf, 0.001]))
