import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = np.arange(12).reshape(3, 4) * 0.25
show('0 x', lambda: x)
show('1 x.T', lambda: x.T)
show('2 x[::-1]', lambda: x[::-1])
show('3 x * 2', lambda: x * 2)
show('4 x + 0.5', lambda: x + 0.5)
show('5 -x', lambda: -x)
show('6 x.sum(axis=0)', lambda: x.sum(axis=0))
show('7 x.reshape(-1)[:7]', lambda: x.reshape(-1)[:7])
show('8 x.astype(np.float32)', lambda: x.astype(np.float32))
show('9 x.astype(np.int32)', lambda: x.astype(np.int32))
show('10 x > 1', lambda: x > 1)
