import numpy as np

a = np.zeros((4, 6), dtype=np.float32)
print(a.strides, a.nbytes)
s = a[1:3, ::2]
print(s.shape, s.strides, s.nbytes, s.size)
t = a[:, 5]
print(t.shape, t.strides)
u = a[np.newaxis]
print(u.shape, u.strides)
w = a[:, None, :]
print(w.shape, w.strides)
x = np.broadcast_to(np.arange(3), (4, 3))
print(x.shape, x.strides)
y = a.T[::2]
print(y.shape, y.strides)
z = np.arange(8, dtype=np.int8).reshape(2, 2, 2)
print(z.strides, z.transpose(1, 2, 0).strides, z[:, :, ::-1].strides)
