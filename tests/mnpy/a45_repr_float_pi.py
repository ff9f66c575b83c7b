import numpy as np

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

both((np.array([np.pi, np.e, np.sqrt(2)])))
both((np.array([np.pi, np.e, np.sqrt(2)])) * -1)
both((np.array([np.pi, np.e, np.sqrt(2)])).reshape(1, -1))
both((np.array([np.pi, np.e, np.sqrt(2)])).astype(np.float32))
both((np.array([np.pi, np.e, np.sqrt(2)]))[::-1])
both((np.array([np.pi, np.e, np.sqrt(2)]))[:1])
x = (np.array([np.pi, np.e, np.sqrt(2)]))
print(x.tolist())
print([repr(v) for v in x.ravel()[:3]])
