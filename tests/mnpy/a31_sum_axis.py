import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

m = np.arange(24).reshape(2, 3, 4)
show('0 m.sum()', lambda: m.sum())
show('1 m.sum(axis=0)', lambda: m.sum(axis=0))
show('2 m.sum(axis=1)', lambda: m.sum(axis=1))
show('3 m.sum(axis=2)', lambda: m.sum(axis=2))
show('4 m.sum(axis=-1)', lambda: m.sum(axis=-1))
show('5 m.sum(axis=(0, 2))', lambda: m.sum(axis=(0, 2)))
show('6 m.sum(axis=(0, 1, 2))', lambda: m.sum(axis=(0, 1, 2)))
show('7 np.sum(m, 1)', lambda: np.sum(m, 1))
show('8 m.sum(axis=0, keepdims=True)', lambda: m.sum(axis=0, keepdims=True))
show('9 m.sum(axis=(1, 2), keepdims=True)', lambda: m.sum(axis=(1, 2), keepdims=True))
show('10 m.sum(keepdims=True)', lambda: m.sum(keepdims=True))
show('11 m.sum(axis=3)', lambda: m.sum(axis=3))
show('12 m.sum(axis=-4)', lambda: m.sum(axis=-4))
show('13 m.sum(axis=(0, 0))', lambda: m.sum(axis=(0, 0)))
show('14 np.sum([1, 2, 3])', lambda: np.sum([1, 2, 3]))
show('15 np.sum([[1.5, 2.5], [3.0, 4.0]], axis=0)', lambda: np.sum([[1.5, 2.5], [3.0, 4.0]], axis=0))
show('16 np.sum(np.zeros((0, 3)), axis=0)', lambda: np.sum(np.zeros((0, 3)), axis=0))
show('17 np.sum(np.zeros((0, 3)))', lambda: np.sum(np.zeros((0, 3))))
show('18 m.sum(axis=1).shape', lambda: m.sum(axis=1).shape)
