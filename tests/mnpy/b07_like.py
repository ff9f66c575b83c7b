import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(6, dtype=np.int16).reshape(2, 3)
f = np.ones(3)
show('0 np.zeros_like(a)', lambda: np.zeros_like(a))
show('1 np.ones_like(a)', lambda: np.ones_like(a))
show('2 np.full_like(a, 7)', lambda: np.full_like(a, 7))
show('3 np.full_like(a, 2.9)', lambda: np.full_like(a, 2.9))
show('4 np.zeros_like(f)', lambda: np.zeros_like(f))
show('5 np.ones_like(a, dtype=np.float32)', lambda: np.ones_like(a, dtype=np.float32))
show('6 np.full_like(f, np.nan)', lambda: np.full_like(f, np.nan))
show('7 np.empty_like(a).shape', lambda: np.empty_like(a).shape)
show('8 np.empty_like(f).dtype', lambda: np.empty_like(f).dtype)
show('9 np.zeros_like([1.5, 2.5])', lambda: np.zeros_like([1.5, 2.5]))
show('10 np.full_like(a, 100000)', lambda: np.full_like(a, 100000))
