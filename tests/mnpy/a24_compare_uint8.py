import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([3, 0, 7, 1, 5, 2], dtype=np.uint8)
b = a[::-1].copy()
show('0 a == b', lambda: a == b)
show('1 a != b', lambda: a != b)
show('2 a < b', lambda: a < b)
show('3 a <= b', lambda: a <= b)
show('4 a > b', lambda: a > b)
show('5 a >= b', lambda: a >= b)
show('6 a == 3', lambda: a == 3)
show('7 a < 2.5', lambda: a < 2.5)
show('8 a > -1', lambda: a > -1)
show('9 a == a.astype(np.float64)', lambda: a == a.astype(np.float64))
show('10 np.where(a > b, a, b)', lambda: np.where(a > b, a, b))
show('11 np.where(a > 2)', lambda: np.where(a > 2))
show('12 a[a >= b]', lambda: a[a >= b])
show('13 np.maximum(a, b)', lambda: np.maximum(a, b))
show('14 np.minimum(a, b)', lambda: np.minimum(a, b))
show('15 (a == b).all()', lambda: (a == b).all())
show('16 (a != b).any()', lambda: (a != b).any())
