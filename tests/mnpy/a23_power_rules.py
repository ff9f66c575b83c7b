import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(5)
f = np.arange(5.0)
show('0 a ** 2', lambda: a ** 2)
show('1 a ** 3', lambda: a ** 3)
show('2 2 ** a', lambda: 2 ** a)
show('3 a ** 0.5', lambda: a ** 0.5)
show('4 f ** 2', lambda: f ** 2)
show('5 f ** -1.0 if False else f[1:] ** -1.0', lambda: f ** -1.0 if False else f[1:] ** -1.0)
show('6 np.power(a, 2)', lambda: np.power(a, 2))
show('7 np.power(2.0, a)', lambda: np.power(2.0, a))
show('8 a ** a', lambda: a ** a)
show('9 np.array([2], dtype=np.int8) ** 7', lambda: np.array([2], dtype=np.int8) ** 7)
show('10 np.array([2], dtype=np.int8) ** 8', lambda: np.array([2], dtype=np.int8) ** 8)
show('11 np.array([3], dtype=np.uint8) ** 6', lambda: np.array([3], dtype=np.uint8) ** 6)
show('12 np.int64(3) ** 2', lambda: np.int64(3) ** 2)
show('13 np.float64(2) ** 0.5', lambda: np.float64(2) ** 0.5)
show('14 np.array([4.0, 9.0]) ** 0.5', lambda: np.array([4.0, 9.0]) ** 0.5)
show('15 (a ** 2).dtype', lambda: (a ** 2).dtype)
show('16 (a ** 2.0).dtype', lambda: (a ** 2.0).dtype)
try:
    print(a ** -1)
except ValueError as e:
    print("ValueError", e)
