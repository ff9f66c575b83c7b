import numpy as np
print(np.ones((2, 2)).sum(axis=1))
print(np.ones((2, 2)).sum(axis=5))
