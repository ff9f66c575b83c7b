import numpy as np

vals = [np.int64(3), np.float64(2.5), np.True_, 4, 4.0, False]
for v in vals:
    a = np.asarray(v)
    print(repr(a), a.dtype, a.shape)
lst = [np.int32(1), np.int32(2)]
b = np.asarray(lst)
print(repr(b), b.dtype)
c = np.asarray([np.float32(1.5), np.float32(2.0)])
print(repr(c))
d = np.asarray([[np.int8(1), np.int8(2)], [np.int8(3), np.int8(4)]])
print(repr(d))
e = np.asarray(list(range(6)))
print(e.reshape(2, 3))
