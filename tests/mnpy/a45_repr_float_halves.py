import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.arange(-4, 4) / 2))
both((np.arange(-4, 4) / 2) * -1)
both((np.arange(-4, 4) / 2).reshape(1, -1))
both((np.arange(-4, 4) / 2).astype(np.float32))
both((np.arange(-4, 4) / 2)[::-1])
both((np.arange(-4, 4) / 2)[:1])
x = (np.arange(-4, 4) / 2)
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
