import numpy as np

a = np.arange(3)
try:
    print(a[np.array([True, False])])
except IndexError as e:
    print("IndexError:", e)
m = np.arange(6).reshape(2, 3)
try:
    print(m[np.array([True, False, True])])
except IndexError as e:
    print("IndexError:", e)
try:
    print(m[:, np.array([True, False])])
except IndexError as e:
    print("IndexError:", e)
try:
    a[np.array([True, True, False])] = np.array([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
try:
    print(m[np.array([[True, False], [False, True]])])
except IndexError as e:
    print("IndexError:", e)
print(a[np.array([True, False, True])])
