import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([1.0, 2.0, 3.0])
show('0 np.allclose(a, a + 1e-9)', lambda: np.allclose(a, a + 1e-9))
show('1 np.allclose(a, a + 1e-3)', lambda: np.allclose(a, a + 1e-3))
show('2 np.isclose(a, [1.0, 2.1, 3.0])', lambda: np.isclose(a, [1.0, 2.1, 3.0]))
show('3 np.array_equal(a, [1, 2, 3])', lambda: np.array_equal(a, [1, 2, 3]))
show('4 np.array_equal(a, [1, 2])', lambda: np.array_equal(a, [1, 2]))
show('5 np.array_equal(np.array([np.nan]), np.ar', lambda: np.array_equal(np.array([np.nan]), np.array([np.nan])))
show('6 np.allclose([np.nan], [np.nan])', lambda: np.allclose([np.nan], [np.nan]))
show('7 np.allclose([np.nan], [np.nan], equal_na', lambda: np.allclose([np.nan], [np.nan], equal_nan=True))
show('8 np.isclose(0.0, 1e-9)', lambda: np.isclose(0.0, 1e-9))
show('9 np.allclose(a, 1.0, atol=2.0)', lambda: np.allclose(a, 1.0, atol=2.0))
show('10 np.array_equal(np.zeros((2, 2)), np.zero', lambda: np.array_equal(np.zeros((2, 2)), np.zeros((2, 2))))
show('11 np.allclose([1e10], [1.0001e10])', lambda: np.allclose([1e10], [1.0001e10]))
