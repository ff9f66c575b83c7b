import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

u = np.array([1, 2], dtype=np.uint64)
i = np.array([1, 2], dtype=np.int64)
show('0 u + i', lambda: u + i)
show('1 (u + i).dtype', lambda: (u + i).dtype)
show('2 u * i', lambda: u * i)
show('3 np.uint64(1) + np.int64(1)', lambda: np.uint64(1) + np.int64(1))
show('4 u + 1', lambda: u + 1)
show('5 (u + 1).dtype', lambda: (u + 1).dtype)
show('6 u == i', lambda: u == i)
show('7 u - i', lambda: u - i)
show('8 np.array([18446744073709551615], dtype=n', lambda: np.array([18446744073709551615], dtype=np.uint64) + np.int64(0))
show('9 u + np.int8(1)', lambda: u + np.int8(1))
show('10 (u // i).dtype', lambda: (u // i).dtype)
