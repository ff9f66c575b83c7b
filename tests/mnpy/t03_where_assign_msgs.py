import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.zeros((3, 4))
show('0 np.where(np.ones(2) > 0, np.ones(3), 1.0', lambda: np.where(np.ones(2) > 0, np.ones(3), 1.0))
show('1 np.where(np.ones((2, 2)) > 0, np.ones(3)', lambda: np.where(np.ones((2, 2)) > 0, np.ones(3), np.ones(2)))
try:
    a[:] = np.ones(3)
except ValueError as e:
    print(e)
try:
    a += np.ones((2, 1, 4))
except ValueError as e:
    print(e)
try:
    a[0] = np.ones(5)
except ValueError as e:
    print(e)
a[:] = np.arange(4)
print(repr(a))
a[:, 1:3] = [[1], [2], [3]]
print(repr(a))
