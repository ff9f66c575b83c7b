import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.arange(10) / 10))
both((np.arange(10) / 10) * -1)
both((np.arange(10) / 10).reshape(1, -1))
both((np.arange(10) / 10).astype(np.float32))
both((np.arange(10) / 10)[::-1])
both((np.arange(10) / 10)[:1])
x = (np.arange(10) / 10)
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
