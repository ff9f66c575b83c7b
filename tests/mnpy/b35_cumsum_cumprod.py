import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(1, 7).reshape(2, 3)
show('0 a.cumsum()', lambda: a.cumsum())
show('1 a.cumsum(axis=0)', lambda: a.cumsum(axis=0))
show('2 a.cumsum(axis=1)', lambda: a.cumsum(axis=1))
show('3 np.cumsum(a, axis=-1)', lambda: np.cumsum(a, axis=-1))
show('4 a.cumprod()', lambda: a.cumprod())
show('5 np.cumprod(a, axis=0)', lambda: np.cumprod(a, axis=0))
show('6 np.cumsum([0.1, 0.2, 0.3])', lambda: np.cumsum([0.1, 0.2, 0.3]))
show('7 np.cumsum(np.array([100, 100], dtype=np.', lambda: np.cumsum(np.array([100, 100], dtype=np.int8)))
show('8 np.cumsum(np.array([200, 100], dtype=np.', lambda: np.cumsum(np.array([200, 100], dtype=np.uint8)).dtype)
show('9 np.cumsum(np.array([True, True]))', lambda: np.cumsum(np.array([True, True])))
show('10 np.cumsum(a, dtype=np.float32)', lambda: np.cumsum(a, dtype=np.float32))
show('11 np.cumsum([])', lambda: np.cumsum([]))
