import numpy as np
a = np.arange(3, dtype=np.int8)
print(a + 100)
print(a + 1000)
