import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005])
show('0 np.round(x)', lambda: np.round(x))
show('1 np.around(x, 1)', lambda: np.around(x, 1))
show('2 np.round(x, 2)', lambda: np.round(x, 2))
show('3 x.round(1)', lambda: x.round(1))
show('4 np.round(np.arange(-50, 60, 25), -2)', lambda: np.round(np.arange(-50, 60, 25), -2))
show('5 np.round(np.array([1234, 1250, 1350]), -', lambda: np.round(np.array([1234, 1250, 1350]), -2))
show('6 np.clip(x, 0, 1)', lambda: np.clip(x, 0, 1))
show('7 np.clip(np.arange(10), 2, 7)', lambda: np.clip(np.arange(10), 2, 7))
show('8 x.clip(-1, 2)', lambda: x.clip(-1, 2))
show('9 np.clip(np.arange(5), 3, None)', lambda: np.clip(np.arange(5), 3, None))
show('10 np.abs(x)', lambda: np.abs(x))
show('11 np.abs(np.array([-128], dtype=np.int8))', lambda: np.abs(np.array([-128], dtype=np.int8)))
show('12 np.round(np.float64(2.5))', lambda: np.round(np.float64(2.5)))
show('13 np.round(np.arange(3))', lambda: np.round(np.arange(3)))
