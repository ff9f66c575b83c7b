import numpy as np
a = np.zeros((2, 2))
print(a[1, 1])
print(a[2, 0])
