import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(1, 5)
b = np.array([2, 4, 8, 16], dtype=np.int8)
show('0 a / 2', lambda: a / 2)
show('1 a / b', lambda: a / b)
show('2 (a / b).dtype', lambda: (a / b).dtype)
show('3 (b / b).dtype', lambda: (b / b).dtype)
show('4 (np.array([1], dtype=np.uint8) / np.arra', lambda: (np.array([1], dtype=np.uint8) / np.array([2], dtype=np.uint8)).dtype)
show('5 (np.array([1], dtype=np.int16) / 2).dtyp', lambda: (np.array([1], dtype=np.int16) / 2).dtype)
show('6 np.int64(1) / np.int64(3)', lambda: np.int64(1) / np.int64(3))
show('7 b // 3', lambda: b // 3)
show('8 (b // 3).dtype', lambda: (b // 3).dtype)
show('9 (np.array([True]) / np.array([True])).dt', lambda: (np.array([True]) / np.array([True])).dtype)
