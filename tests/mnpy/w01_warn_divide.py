# RuntimeWarnings from array division: printed once per line, divide then invalid
import numpy as np
a = np.array([1.0, 0.0, -1.0])
b = np.zeros(3)
print(a / b)
for i in range(3):
    print(i, a / b)
print(np.array([1, 2]) // 0, np.array([1, 2]) % 0)
print(np.divmod(np.array([1.0, 2.0]), 0.0))
print(np.array([-2**62 * 2]) // -1)
print(np.floor_divide(np.array([1e300]), 1e-310))
def f(x):
    return x / 0.0
print(f(np.array([2.0])))
print(f(np.array([0.0])))
