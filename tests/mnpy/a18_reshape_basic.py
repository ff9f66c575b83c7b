import numpy as np

a = np.arange(12)
print(a.reshape(3, 4))
print(a.reshape((4, 3)))
print(a.reshape(2, 2, 3))
print(a.reshape(-1, 6))
print(a.reshape(3, -1))
print(a.reshape(2, -1, 2).shape)
print(a.reshape(-1).shape)
print(a.reshape(12, 1).shape, a.reshape(1, 12).shape)
print(np.reshape(a, (6, 2)))
b = a.reshape(3, 4)
b[0, 0] = 99
print(a[0])
print(b.base is a)
print(repr(np.arange(1).reshape(())))
print(repr(np.array(5).reshape(1)))
print(repr(np.arange(6.0).reshape(2, 3)))
