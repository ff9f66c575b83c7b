import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = np.arange(1000) * 0.1
y = np.linspace(0, 1, 1001)
z = (np.arange(300) % 7) * 0.37 + 0.001
show('0 x.sum()', lambda: x.sum())
show('1 y.sum()', lambda: y.sum())
show('2 z.sum()', lambda: z.sum())
show('3 x[::2].sum()', lambda: x[::2].sum())
show('4 x[::-1].sum()', lambda: x[::-1].sum())
show('5 x.reshape(10, 100).sum(axis=0)[:5]', lambda: x.reshape(10, 100).sum(axis=0)[:5])
show('6 x.reshape(10, 100).sum(axis=1)', lambda: x.reshape(10, 100).sum(axis=1))
show('7 x.reshape(100, 10).sum()', lambda: x.reshape(100, 10).sum())
show('8 x.reshape(100, 10).T.sum()', lambda: x.reshape(100, 10).T.sum())
show('9 z.astype(np.float32).sum()', lambda: z.astype(np.float32).sum())
show('10 (z.astype(np.float32) * np.float32(1.1))', lambda: (z.astype(np.float32) * np.float32(1.1)).sum())
show('11 np.arange(10000, dtype=np.float32).sum()', lambda: np.arange(10000, dtype=np.float32).sum())
show('12 (np.arange(5000, dtype=np.float32) * np.', lambda: (np.arange(5000, dtype=np.float32) * np.float32(0.01)).sum())
show('13 np.array([-0.0, -0.0]).sum()', lambda: np.array([-0.0, -0.0]).sum())
show('14 np.array([-0.0]).sum()', lambda: np.array([-0.0]).sum())
show('15 np.cumsum(np.array([-0.0, -0.0]))', lambda: np.cumsum(np.array([-0.0, -0.0])))
show('16 np.array([-0.0, -0.0]).max()', lambda: np.array([-0.0, -0.0]).max())
show('17 sum([0.1] * 10)', lambda: sum([0.1] * 10))
show('18 np.sum(np.full(10, 0.1))', lambda: np.sum(np.full(10, 0.1)))
