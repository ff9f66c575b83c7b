import numpy as np

try:
    a = np.array([[1, 2], [3]])
    print(a)
except ValueError as e:
    print("ValueError:", e)
try:
    a = np.array([[1, 2], [3, 4, 5]])
    print(a)
except ValueError as e:
    print("ValueError:", e)
try:
    a = np.array([[[1, 2]], [[3, 4], [5, 6]]])
    print(a)
except ValueError as e:
    print("ValueError:", e)
ok = np.array([[1, 2], [3, 4]])
print(ok)
print("done")
