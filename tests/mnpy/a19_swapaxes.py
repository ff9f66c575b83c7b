import numpy as np

t = np.arange(24).reshape(2, 3, 4)
s = t.swapaxes(0, 2)
print(s.shape, s.strides)
print(s[:, 1, :])
print(np.swapaxes(t, 1, 2).shape)
print(t.swapaxes(-1, 0).shape)
m = np.arange(6).reshape(3, 2)
print(m.swapaxes(0, 1))
w = m.swapaxes(1, 0)
w[1, 2] = 99
print(m)
print(t.swapaxes(1, 1).shape)
try:
    t.swapaxes(0, 3)
except Exception as e:
    print(type(e).__name__, e)
