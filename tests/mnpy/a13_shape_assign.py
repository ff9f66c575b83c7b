import numpy as np

a = np.arange(12)
a.shape = (3, 4)
print(a)
print(a.shape, a.strides)
a.shape = (2, 2, 3)
print(a)
a.shape = (-1,)
print(a.shape)
a.shape = (4, -1)
print(a.shape)
print(a)
try:
    a.shape = (5, 2)
except ValueError as e:
    print("ValueError:", e)
b = np.arange(6)
v = b.reshape(2, 3)
v.shape = (3, 2)
print(v)
print(b)
print(v.ndim, v.size)
