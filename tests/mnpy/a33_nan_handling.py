import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

f = np.array([1.0, np.nan, -3.0, np.nan])
g = np.array([[1.0, 2.0], [np.nan, 0.5]])
show('0 f.max()', lambda: f.max())
show('1 f.min()', lambda: f.min())
show('2 f.argmax()', lambda: f.argmax())
show('3 f.argmin()', lambda: f.argmin())
show('4 g.max(axis=0)', lambda: g.max(axis=0))
show('5 g.min(axis=1)', lambda: g.min(axis=1))
show('6 g.argmax(axis=0)', lambda: g.argmax(axis=0))
show('7 g.argmin(axis=1)', lambda: g.argmin(axis=1))
show('8 np.array([np.inf, 1.0, -np.inf]).argmax(', lambda: np.array([np.inf, 1.0, -np.inf]).argmax())
show('9 np.array([np.inf, 1.0, -np.inf]).argmin(', lambda: np.array([np.inf, 1.0, -np.inf]).argmin())
show('10 np.array([-0.0, 0.0]).max()', lambda: np.array([-0.0, 0.0]).max())
show('11 np.array([0.0, -0.0]).max()', lambda: np.array([0.0, -0.0]).max())
show('12 np.array([0.0, -0.0]).min()', lambda: np.array([0.0, -0.0]).min())
show('13 np.array([-0.0, 0.0]).argmax()', lambda: np.array([-0.0, 0.0]).argmax())
show('14 np.array([np.nan]).max()', lambda: np.array([np.nan]).max())
show('15 np.array([2.0, 2.0, 1.0]).argmax()', lambda: np.array([2.0, 2.0, 1.0]).argmax())
