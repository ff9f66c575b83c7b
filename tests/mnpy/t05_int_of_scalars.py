# int() of NumPy scalars (np.float64 is a float subclass; uint64 past 2**63)
import numpy as np
print(int(np.float64(2.7)), int(np.int32(5)), int(np.True_), float(np.int8(3)), int(np.uint64(18446744073709551615)), int(np.float32(-3.9)))
try:
    int(np.float64("nan"))
except ValueError as e:
    print(e)
