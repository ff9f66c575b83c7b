import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

m = (np.arange(1200) * 0.1 + 0.01).reshape(30, 40)
show('0 m.sum()', lambda: m.sum())
show('1 m.T.sum()', lambda: m.T.sum())
show('2 m[::-1].sum()', lambda: m[::-1].sum())
show('3 m.sum(axis=0)[:6]', lambda: m.sum(axis=0)[:6])
show('4 m[:, 0].sum()', lambda: m[:, 0].sum())
show('5 m.sum(axis=0)[0]', lambda: m.sum(axis=0)[0])
show('6 m.sum(axis=1)[:4]', lambda: m.sum(axis=1)[:4])
show('7 m.ravel().sum()', lambda: m.ravel().sum())
show('8 m[:, ::2].sum()', lambda: m[:, ::2].sum())
show('9 m.astype(np.float32).sum()', lambda: m.astype(np.float32).sum())
show('10 m.astype(np.float32).sum(axis=0)[:3]', lambda: m.astype(np.float32).sum(axis=0)[:3])
