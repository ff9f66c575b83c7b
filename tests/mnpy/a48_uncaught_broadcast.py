import numpy as np
print(np.arange(3))
print(np.arange(3) + np.arange(4))
