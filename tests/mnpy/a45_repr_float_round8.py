import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.array([0.123456789, 0.1])))
both((np.array([0.123456789, 0.1])) * -1)
both((np.array([0.123456789, 0.1])).reshape(1, -1))
both((np.array([0.123456789, 0.1])).astype(np.float32))
both((np.array([0.123456789, 0.1]))[::-1])
both((np.array([0.123456789, 0.1]))[:1])
x = (np.array([0.123456789, 0.1]))
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
