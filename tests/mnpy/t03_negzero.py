import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

z = np.array([-0.0, -0.0, -0.0])
show('0 z.sum()', lambda: z.sum())
show('1 z[:1].sum()', lambda: z[:1].sum())
show('2 z.reshape(3, 1).sum(axis=1)', lambda: z.reshape(3, 1).sum(axis=1))
show('3 np.cumsum(z)', lambda: np.cumsum(z))
show('4 z.max()', lambda: z.max())
show('5 z.min()', lambda: z.min())
show('6 z.prod()', lambda: z.prod())
show('7 z * 1', lambda: z * 1)
show('8 z + 0.0', lambda: z + 0.0)
show('9 z - 0.0', lambda: z - 0.0)
show('10 np.sign(z)', lambda: np.sign(z))
show('11 np.abs(z)', lambda: np.abs(z))
