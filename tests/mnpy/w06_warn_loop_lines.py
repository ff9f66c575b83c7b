# warnings raised by a while test or a for iterable are reported on the loop's line
import numpy as np
a = np.array([1.0, 0.0])
i = 0
while (a / 0)[0] > 0 and i < 3:
    i += 1
    print("body", i)
def gen_vals(n):
    return [np.float64(1.0) / 0 for _ in range(n)]
for v in gen_vals(2):
    print(v, np.log(a))
