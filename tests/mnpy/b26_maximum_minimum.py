import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([1.0, np.nan, 3.0, -1.0])
b = np.array([2.0, 0.0, np.nan, -2.0])
show('0 np.maximum(a, b)', lambda: np.maximum(a, b))
show('1 np.minimum(a, b)', lambda: np.minimum(a, b))
show('2 np.fmax(a, b)', lambda: np.fmax(a, b))
show('3 np.fmin(a, b)', lambda: np.fmin(a, b))
show('4 np.maximum(np.arange(5), 2)', lambda: np.maximum(np.arange(5), 2))
show('5 np.minimum(np.arange(5), 2.5)', lambda: np.minimum(np.arange(5), 2.5))
show('6 np.maximum(np.array([1, 2], dtype=np.int', lambda: np.maximum(np.array([1, 2], dtype=np.int8), np.array([3, 1], dtype=np.uint8)))
show('7 np.maximum(-0.0, 0.0)', lambda: np.maximum(-0.0, 0.0))
show('8 np.minimum(0.0, -0.0)', lambda: np.minimum(0.0, -0.0))
show('9 np.maximum(np.arange(3), np.arange(3).re', lambda: np.maximum(np.arange(3), np.arange(3).reshape(3, 1)))
