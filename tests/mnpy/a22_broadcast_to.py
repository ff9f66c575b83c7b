import numpy as np

a = np.arange(3)
b = np.broadcast_to(a, (4, 3))
print(b)
print(b.shape, b.strides)
print(repr(b))
c = np.broadcast_to(np.array(5), (2, 2))
print(repr(c))
d = np.broadcast_to(np.arange(2).reshape(2, 1), (2, 3))
print(d)
print(b.sum(axis=0), b.sum(axis=1))
print(b.flags['WRITEABLE'])
try:
    b[0, 0] = 1
except ValueError as e:
    print("ValueError:", e)
try:
    np.broadcast_to(a, (3, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    np.broadcast_to(np.zeros((2, 2)), (2,))
except ValueError as e:
    print("ValueError:", e)
e = np.broadcast_to(a, (2, 3)).copy()
e[0, 0] = 9
print(e)
