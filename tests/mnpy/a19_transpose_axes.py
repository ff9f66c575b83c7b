import numpy as np

t = np.arange(24).reshape(2, 3, 4)
print(t.transpose(1, 0, 2).shape)
print(t.transpose((2, 0, 1)).shape)
print(t.transpose(2, 1, 0)[3])
print(t.T.shape)
print(np.transpose(t, (0, 2, 1))[1])
p = t.transpose(1, 2, 0)
print(p.strides)
print(p[2, 3])
p[0, 0, 1] = -5
print(t[1, 0, 0])
print(t.transpose(0, 1, 2) is t)
try:
    t.transpose(0, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    t.transpose(0, 1, 1)
except ValueError as e:
    print("ValueError:", e)
