import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(1, 6)
f = np.linspace(0.5, 2.5, 5)
show('0 10 - a', lambda: 10 - a)
show('1 10 // a', lambda: 10 // a)
show('2 10 % a', lambda: 10 % a)
show('3 2 ** a', lambda: 2 ** a)
show('4 1.5 ** f', lambda: 1.5 ** f)
show('5 3 / a', lambda: 3 / a)
show('6 7.0 - f', lambda: 7.0 - f)
show('7 2 * f', lambda: 2 * f)
show('8 True + a', lambda: True + a)
show('9 False * a', lambda: False * a)
show('10 0.5 + a', lambda: 0.5 + a)
show('11 100 // f', lambda: 100 // f)
show('12 10.5 % f', lambda: 10.5 % f)
show('13 [1, 2, 3, 4, 5] + a', lambda: [1, 2, 3, 4, 5] + a)
show('14 (1, 1, 1, 1, 1) * a', lambda: (1, 1, 1, 1, 1) * a)
show('15 [[1], [2]] - a', lambda: [[1], [2]] - a)
show('16 -3 - a', lambda: -3 - a)
show('17 a.__rsub__(1)', lambda: a.__rsub__(1))
show('18 a.__radd__(2)', lambda: a.__radd__(2))
show('19 np.int8(3) * a', lambda: np.int8(3) * a)
show('20 np.float32(2) * f', lambda: np.float32(2) * f)
