import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.array([1e5, 2e5, 3.5e5])))
both((np.array([1e5, 2e5, 3.5e5])) * -1)
both((np.array([1e5, 2e5, 3.5e5])).reshape(1, -1))
both((np.array([1e5, 2e5, 3.5e5])).astype(np.float32))
both((np.array([1e5, 2e5, 3.5e5]))[::-1])
both((np.array([1e5, 2e5, 3.5e5]))[:1])
x = (np.array([1e5, 2e5, 3.5e5]))
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
