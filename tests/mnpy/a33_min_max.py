import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([[3, 7, 1], [9, -2, 5]])
f = np.array([2.5, -1.0, 8.25, 8.25, -1.0])
show('0 a.min()', lambda: a.min())
show('1 a.max()', lambda: a.max())
show('2 a.min(axis=0)', lambda: a.min(axis=0))
show('3 a.max(axis=1)', lambda: a.max(axis=1))
show('4 a.max(axis=1, keepdims=True)', lambda: a.max(axis=1, keepdims=True))
show('5 a.argmin()', lambda: a.argmin())
show('6 a.argmax()', lambda: a.argmax())
show('7 a.argmin(axis=0)', lambda: a.argmin(axis=0))
show('8 a.argmax(axis=1)', lambda: a.argmax(axis=1))
show('9 f.argmax()', lambda: f.argmax())
show('10 f.argmin()', lambda: f.argmin())
show('11 np.min(f)', lambda: np.min(f))
show('12 np.max(a, axis=0)', lambda: np.max(a, axis=0))
show('13 np.argmax(a)', lambda: np.argmax(a))
show('14 np.amax(f)', lambda: np.amax(f))
show('15 np.amin(a, axis=1)', lambda: np.amin(a, axis=1))
show('16 a.max().dtype', lambda: a.max().dtype)
show('17 np.array([1, 2], dtype=np.int32).max().d', lambda: np.array([1, 2], dtype=np.int32).max().dtype)
show('18 np.array([5, 250], dtype=np.uint8).min()', lambda: np.array([5, 250], dtype=np.uint8).min())
show('19 a.argmax(axis=-1)', lambda: a.argmax(axis=-1))
show('20 a.max(axis=2)', lambda: a.max(axis=2))
show('21 np.array([True, False]).max()', lambda: np.array([True, False]).max())
