# overflow / invalid warnings from dot and matmul
import numpy as np
a = np.array([1e200, 1.0])
print(np.dot(a, a), a @ a, np.dot(np.array([np.inf, 1.0]), np.array([0.0, 1.0])))
m = np.array([[1e300, 1e300], [1.0, 2.0]])
print(m @ m)
