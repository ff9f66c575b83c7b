import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.array([-1e9, 1.0])))
both((np.array([-1e9, 1.0])) * -1)
both((np.array([-1e9, 1.0])).reshape(1, -1))
both((np.array([-1e9, 1.0])).astype(np.float32))
both((np.array([-1e9, 1.0]))[::-1])
both((np.array([-1e9, 1.0]))[:1])
x = (np.array([-1e9, 1.0]))
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
