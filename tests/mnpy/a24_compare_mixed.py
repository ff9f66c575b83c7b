import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

i = np.array([1, 2, 3], dtype=np.int8)
u = np.array([1, 200, 3], dtype=np.uint8)
f = np.array([1.0, 2.5, np.nan])
show('0 i == u', lambda: i == u)
show('1 i < u', lambda: i < u)
show('2 u > 100', lambda: u > 100)
show('3 u == 200', lambda: u == 200)
show('4 i < 1000', lambda: i < 1000)
show('5 i == -500', lambda: i == -500)
show('6 f == f', lambda: f == f)
show('7 f != f', lambda: f != f)
show('8 f > 1', lambda: f > 1)
show('9 f <= 2.5', lambda: f <= 2.5)
show('10 np.nan == f', lambda: np.nan == f)
show('11 i == f', lambda: i == f)
show('12 np.arange(3) == np.arange(3.0)', lambda: np.arange(3) == np.arange(3.0))
show('13 np.array([True, False]) == 1', lambda: np.array([True, False]) == 1)
show('14 np.array([True, False]) < 1', lambda: np.array([True, False]) < 1)
show('15 np.int8(1) == np.uint64(1)', lambda: np.int8(1) == np.uint64(1))
show('16 np.float32(0.1) == 0.1', lambda: np.float32(0.1) == 0.1)
show('17 np.float64(0.1) == 0.1', lambda: np.float64(0.1) == 0.1)
show('18 np.arange(6).reshape(2, 3) > np.array([[', lambda: np.arange(6).reshape(2, 3) > np.array([[1], [4]]))
