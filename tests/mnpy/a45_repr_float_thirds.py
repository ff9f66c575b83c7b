import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.arange(1, 7) / 3))
both((np.arange(1, 7) / 3) * -1)
both((np.arange(1, 7) / 3).reshape(1, -1))
both((np.arange(1, 7) / 3).astype(np.float32))
both((np.arange(1, 7) / 3)[::-1])
both((np.arange(1, 7) / 3)[:1])
x = (np.arange(1, 7) / 3)
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
