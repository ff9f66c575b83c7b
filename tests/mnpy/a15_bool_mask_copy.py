import numpy as np

a = np.arange(6)
sel = a[a > 2]
sel[0] = 100
print(a)
print(sel)
m = np.arange(9).reshape(3, 3)
diag_mask = np.array([[True, False, False], [False, True, False], [False, False, True]])
d = m[diag_mask]
print(d)
d[:] = 0
print(m)
m[diag_mask] = 0
print(m)
x = np.array([1.5, np.nan, 3.0, np.nan])
good = x[~np.isnan(x)]
print(good, good.sum())
print(repr(x[np.isnan(x)]))
k = a[np.ones(6, dtype=bool)]
print(k.base is None, k.shape)
