import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 1.5])
show('0 np.isnan(x)', lambda: np.isnan(x))
show('1 np.isinf(x)', lambda: np.isinf(x))
show('2 np.isfinite(x)', lambda: np.isfinite(x))
show('3 np.isnan(np.arange(3))', lambda: np.isnan(np.arange(3)))
show('4 np.isfinite(np.arange(3))', lambda: np.isfinite(np.arange(3)))
show("5 np.isnan(np.float64('nan'))", lambda: np.isnan(np.float64('nan')))
show('6 np.isinf(x).sum()', lambda: np.isinf(x).sum())
show('7 x[np.isfinite(x)]', lambda: x[np.isfinite(x)])
show('8 np.isnan(np.array([np.nan], dtype=np.flo', lambda: np.isnan(np.array([np.nan], dtype=np.float32)))
