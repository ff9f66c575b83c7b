# int literals in [2**63, 2**64): printed, compared, hashed, and taken by numpy as uint64
import numpy as np
x = 18446744073709551615
print(x, repr(x), x == 18446744073709551615, x > 5, 5 < x, x == 1.8446744073709552e19, hash(x))
y = -9223372036854775808
print(y, type(y), y + 1)
print(np.array([x], dtype=np.uint64), np.uint64(x), np.array([9223372036854775808, 9223372036854775808]))
print(np.array([9223372036854775808, -1]), float(x), isinstance(x, int), str(x), f"{x}")
try:
    print(np.int64(9223372036854775808))
except OverflowError as e:
    print("OverflowError", e)
