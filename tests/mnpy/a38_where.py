import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

c = np.array([True, False, True, False])
a = np.arange(4)
b = np.arange(10, 50, 10)
show('0 np.where(c, a, b)', lambda: np.where(c, a, b))
show('1 np.where(c, a, -1)', lambda: np.where(c, a, -1))
show('2 np.where(c, 1.5, a)', lambda: np.where(c, 1.5, a))
show('3 np.where(a > 1, a, 0)', lambda: np.where(a > 1, a, 0))
show("4 np.where(a % 2 == 0, 'even' if False els", lambda: np.where(a % 2 == 0, 'even' if False else 0, 1))
show('5 np.where(c)', lambda: np.where(c))
show('6 np.where(a)', lambda: np.where(a))
show('7 np.where(np.arange(6).reshape(2, 3) > 2)', lambda: np.where(np.arange(6).reshape(2, 3) > 2))
show('8 np.where(c, np.int8(1), np.int8(2))', lambda: np.where(c, np.int8(1), np.int8(2)))
show('9 np.where(c, np.int8(1), np.int8(2)).dtyp', lambda: np.where(c, np.int8(1), np.int8(2)).dtype)
show('10 np.where(c, 1, 2).dtype', lambda: np.where(c, 1, 2).dtype)
show('11 np.where(c, np.arange(4, dtype=np.int8),', lambda: np.where(c, np.arange(4, dtype=np.int8), 300).dtype)
show('12 np.where([[True], [False]], a, b)', lambda: np.where([[True], [False]], a, b))
show('13 np.where(c, a, np.arange(3))', lambda: np.where(c, a, np.arange(3)))
show('14 np.where(c, a)', lambda: np.where(c, a))
show('15 np.where(0, 1, 2)', lambda: np.where(0, 1, 2))
show('16 np.where(np.array([]) > 0)', lambda: np.where(np.array([]) > 0))
