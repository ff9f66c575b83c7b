import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(4)
show('0 isinstance(np.float64(1.0), float)', lambda: isinstance(np.float64(1.0), float))
show('1 isinstance(np.int64(1), int)', lambda: isinstance(np.int64(1), int))
show('2 isinstance(np.True_, bool)', lambda: isinstance(np.True_, bool))
show('3 sorted(np.array([3, 1, 2]))', lambda: sorted(np.array([3, 1, 2])))
show('4 [v for v in a]', lambda: [v for v in a])
show('5 round(np.float64(2.675), 2)', lambda: round(np.float64(2.675), 2))
show('6 round(2.675, 2)', lambda: round(2.675, 2))
show("7 f'{np.float32(0.1)}'", lambda: f'{np.float32(0.1)}')
show('8 str(np.float32(0.1))', lambda: str(np.float32(0.1)))
show('9 np.array(2.5) + 1', lambda: np.array(2.5) + 1)
show('10 np.array(2) * np.array(3)', lambda: np.array(2) * np.array(3))
show('11 type(np.array(2.5) + 1).__name__', lambda: type(np.array(2.5) + 1).__name__)
show('12 np.array([1.5])[0] + 1', lambda: np.array([1.5])[0] + 1)
