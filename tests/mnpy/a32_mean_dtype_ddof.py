import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = np.array([3, 1, 4, 1, 5, 9, 2, 6], dtype=np.int32)
show('0 x.mean(dtype=np.float32)', lambda: x.mean(dtype=np.float32))
show('1 x.mean(dtype=np.float64)', lambda: x.mean(dtype=np.float64))
show('2 x.var(ddof=0)', lambda: x.var(ddof=0))
show('3 x.var(ddof=3)', lambda: x.var(ddof=3))
show('4 x.std(ddof=7)', lambda: x.std(ddof=7))
show('5 x.reshape(2, 4).var(axis=1, ddof=1)', lambda: x.reshape(2, 4).var(axis=1, ddof=1))
show('6 x.reshape(4, 2).std(axis=0)', lambda: x.reshape(4, 2).std(axis=0))
show('7 np.mean(x.reshape(2, 2, 2), axis=(0, 2))', lambda: np.mean(x.reshape(2, 2, 2), axis=(0, 2)))
show('8 x.astype(np.float32).std()', lambda: x.astype(np.float32).std())
show('9 x.astype(np.float32).var(ddof=1)', lambda: x.astype(np.float32).var(ddof=1))
show('10 np.var(np.array([1e10, 1e10 + 1, 1e10 + ', lambda: np.var(np.array([1e10, 1e10 + 1, 1e10 + 2])))
show('11 np.std(np.arange(100) * 0.1)', lambda: np.std(np.arange(100) * 0.1))
show('12 np.mean(np.arange(1001) * 0.001)', lambda: np.mean(np.arange(1001) * 0.001))
show('13 x.mean(axis=0, keepdims=True)', lambda: x.mean(axis=0, keepdims=True))
