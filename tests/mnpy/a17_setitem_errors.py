import numpy as np

a = np.zeros((3, 4))
try:
    a[...] = np.arange(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a[:, 1] = np.arange(4)
except ValueError as e:
    print("ValueError:", e)
try:
    a[0:2] = np.ones((3, 4))
except ValueError as e:
    print("ValueError:", e)
try:
    a[:] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = np.zeros(5)
try:
    b[1:3] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
a[:] = np.arange(4)
print(a)
