import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.sqrt(np.arange(9).reshape(3, 3))))
both((np.sqrt(np.arange(9).reshape(3, 3))) * -1)
both((np.sqrt(np.arange(9).reshape(3, 3))).T)
both((np.sqrt(np.arange(9).reshape(3, 3))).astype(np.float32))
both((np.sqrt(np.arange(9).reshape(3, 3)))[::-1])
both((np.sqrt(np.arange(9).reshape(3, 3)))[:1])
x = (np.sqrt(np.arange(9).reshape(3, 3)))
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
