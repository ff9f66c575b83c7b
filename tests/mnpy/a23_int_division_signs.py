import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([-7, -6, -1, 0, 1, 6, 7])
b = np.array([2, -2, 3, -3, 4, -4, 5])
show('0 a // 2', lambda: a // 2)
show('1 a % 2', lambda: a % 2)
show('2 a // -2', lambda: a // -2)
show('3 a % -2', lambda: a % -2)
show('4 a // b', lambda: a // b)
show('5 a % b', lambda: a % b)
show('6 np.fmod(a, b)', lambda: np.fmod(a, b))
show('7 np.divmod(a, 3)', lambda: np.divmod(a, 3))
show('8 np.divmod(a, b)', lambda: np.divmod(a, b))
show('9 a / b', lambda: a / b)
show('10 -a // 3', lambda: -a // 3)
show('11 (-a) % 3', lambda: (-a) % 3)
show('12 np.floor_divide(a, b).dtype', lambda: np.floor_divide(a, b).dtype)
show('13 np.float64(-7.0) // 2', lambda: np.float64(-7.0) // 2)
show('14 np.float64(-7.0) % 2', lambda: np.float64(-7.0) % 2)
show('15 np.int64(-7) // 2', lambda: np.int64(-7) // 2)
show('16 np.int64(-7) % 2', lambda: np.int64(-7) % 2)
show('17 np.int64(7) // np.int64(-2)', lambda: np.int64(7) // np.int64(-2))
