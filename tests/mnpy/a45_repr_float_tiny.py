import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.array([1e-3, 2e-3, 1e-4])))
both((np.array([1e-3, 2e-3, 1e-4])) * -1)
both((np.array([1e-3, 2e-3, 1e-4])).reshape(1, -1))
both((np.array([1e-3, 2e-3, 1e-4])).astype(np.float32))
both((np.array([1e-3, 2e-3, 1e-4]))[::-1])
both((np.array([1e-3, 2e-3, 1e-4]))[:1])
x = (np.array([1e-3, 2e-3, 1e-4]))
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
