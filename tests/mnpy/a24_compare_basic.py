import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([1, 5, 3, 3, -2])
b = np.array([2, 5, 1, 3, 0])
show('0 a == b', lambda: a == b)
show('1 a != b', lambda: a != b)
show('2 a < b', lambda: a < b)
show('3 a <= b', lambda: a <= b)
show('4 a > b', lambda: a > b)
show('5 a >= b', lambda: a >= b)
show('6 a == 3', lambda: a == 3)
show('7 3 < a', lambda: 3 < a)
show('8 a > 2.5', lambda: a > 2.5)
show('9 np.equal(a, b)', lambda: np.equal(a, b))
show('10 np.not_equal(a, 3)', lambda: np.not_equal(a, 3))
show('11 np.less(a, b)', lambda: np.less(a, b))
show('12 np.less_equal(a, 3)', lambda: np.less_equal(a, 3))
show('13 np.greater(a, b)', lambda: np.greater(a, b))
show('14 np.greater_equal(b, 1)', lambda: np.greater_equal(b, 1))
show('15 (a == b).dtype', lambda: (a == b).dtype)
show('16 a[a > 0]', lambda: a[a > 0])
show('17 (a < b).sum()', lambda: (a < b).sum())
show('18 a == a', lambda: a == a)
show('19 1 == np.array([1.0, 2.0])', lambda: 1 == np.array([1.0, 2.0]))
