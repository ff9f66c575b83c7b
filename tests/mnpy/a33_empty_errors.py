import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

e = np.array([])
show('0 e.max()', lambda: e.max())
show('1 e.min()', lambda: e.min())
show('2 e.argmax()', lambda: e.argmax())
show('3 e.argmin()', lambda: e.argmin())
show('4 np.zeros((0, 3)).max(axis=0)', lambda: np.zeros((0, 3)).max(axis=0))
show('5 np.zeros((0, 3)).max(axis=1)', lambda: np.zeros((0, 3)).max(axis=1))
show('6 np.zeros((2, 0)).argmax(axis=0)', lambda: np.zeros((2, 0)).argmax(axis=0))
show('7 np.zeros((3, 0)).min(axis=0)', lambda: np.zeros((3, 0)).min(axis=0))
show('8 np.arange(4).argmax(axis=1)', lambda: np.arange(4).argmax(axis=1))
show('9 np.arange(4).max(axis=-2)', lambda: np.arange(4).max(axis=-2))
