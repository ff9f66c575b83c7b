import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, '|', e)

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

show('0', lambda: np.arange(3).reshape(2, 2))
show('1', lambda: np.arange(10).reshape(5, -1))
show('2', lambda: np.arange(10).reshape(-1, 3))
show('3', lambda: np.arange(10).reshape(-1, -1))
show('4', lambda: np.arange(6).reshape(2, 3, 2))
show('5', lambda: np.arange(6).reshape(4, -1))
show('6', lambda: np.arange(0).reshape(-1, 0))
