import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

m = np.arange(1, 7).reshape(2, 3)
show('0 m.prod()', lambda: m.prod())
show('1 m.prod(axis=0)', lambda: m.prod(axis=0))
show('2 m.prod(axis=1)', lambda: m.prod(axis=1))
show('3 m.prod(axis=1, keepdims=True)', lambda: m.prod(axis=1, keepdims=True))
show('4 np.prod(m)', lambda: np.prod(m))
show('5 np.prod([])', lambda: np.prod([]))
show('6 np.prod(np.arange(1, 30))', lambda: np.prod(np.arange(1, 30)))
show('7 np.array([100, 3], dtype=np.int8).prod()', lambda: np.array([100, 3], dtype=np.int8).prod())
show('8 np.array([100, 3], dtype=np.int8).prod(d', lambda: np.array([100, 3], dtype=np.int8).prod(dtype=np.int8))
show('9 np.prod(np.array([0.5, 4.0, -2.0]))', lambda: np.prod(np.array([0.5, 4.0, -2.0])))
show('10 np.prod(m, axis=-1, dtype=np.float32)', lambda: np.prod(m, axis=-1, dtype=np.float32))
show('11 np.array([True, True]).prod()', lambda: np.array([True, True]).prod())
show('12 np.array([2], dtype=np.uint8).prod().dty', lambda: np.array([2], dtype=np.uint8).prod().dtype)
show('13 np.prod(np.ones((2, 0)), axis=1)', lambda: np.prod(np.ones((2, 0)), axis=1))
show('14 m.prod(axis=2)', lambda: m.prod(axis=2))
