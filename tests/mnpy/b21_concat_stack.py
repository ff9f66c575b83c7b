import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(4).reshape(2, 2)
b = np.arange(10, 14).reshape(2, 2)
show('0 np.concatenate([a, b])', lambda: np.concatenate([a, b]))
show('1 np.concatenate([a, b], axis=1)', lambda: np.concatenate([a, b], axis=1))
show('2 np.concatenate((a, b), axis=None)', lambda: np.concatenate((a, b), axis=None))
show('3 np.concatenate([a, b.astype(np.float32)]', lambda: np.concatenate([a, b.astype(np.float32)]))
show('4 np.stack([a, b])', lambda: np.stack([a, b]))
show('5 np.stack([a, b], axis=2)', lambda: np.stack([a, b], axis=2))
show('6 np.stack([a, b], axis=-1).shape', lambda: np.stack([a, b], axis=-1).shape)
show('7 np.vstack([a, b])', lambda: np.vstack([a, b]))
show('8 np.hstack([a, b])', lambda: np.hstack([a, b]))
show('9 np.vstack([np.arange(3), np.arange(3)])', lambda: np.vstack([np.arange(3), np.arange(3)]))
show('10 np.hstack([np.arange(2), np.arange(3)])', lambda: np.hstack([np.arange(2), np.arange(3)]))
show('11 np.concatenate([a, np.arange(2)])', lambda: np.concatenate([a, np.arange(2)]))
show('12 np.concatenate([a, b], axis=2)', lambda: np.concatenate([a, b], axis=2))
show('13 np.concatenate([np.array([1], dtype=np.i', lambda: np.concatenate([np.array([1], dtype=np.int8), np.array([1], dtype=np.uint8)]).dtype)
