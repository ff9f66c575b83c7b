import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
m = np.array([[3, 1, 2], [9, 7, 8]])
show('0 np.sort(a)', lambda: np.sort(a))
show('1 np.argsort(np.array([3, 1, 4, 2, 5]))', lambda: np.argsort(np.array([3, 1, 4, 2, 5])))
show('2 np.sort(m)', lambda: np.sort(m))
show('3 np.sort(m, axis=0)', lambda: np.sort(m, axis=0))
show('4 np.sort(m, axis=None)', lambda: np.sort(m, axis=None))
show('5 np.sort(np.array([np.nan, 1.0, -np.inf, ', lambda: np.sort(np.array([np.nan, 1.0, -np.inf, 0.5])))
show('6 np.argsort(np.array([2.5, -1.0, 0.0]))', lambda: np.argsort(np.array([2.5, -1.0, 0.0])))
show('7 np.sort(np.array([True, False, True]))', lambda: np.sort(np.array([True, False, True])))
show('8 a', lambda: a)
a.sort()
print(repr(a))
m.sort(axis=0)
print(repr(m))
f = np.array([2.0, -1.0, 0.5])
f.sort()
print(f)
print(repr(np.argsort(np.array([[3, 1], [0, 5]]), axis=1)))
