import numpy as np

a = np.arange(6)
print(a.reshape(2, 3, order='C'))
print(a.reshape(2, 3, order='F'))
m = np.arange(6).reshape(2, 3)
print(m.ravel())
print(m.ravel(order='F'))
print(m.T.ravel())
print(m.flatten())
print(m.flatten(order='F'))
print(m.T.reshape(6))
print(m.reshape(3, 2, order='F'))
r = m.ravel()
r[0] = 100
print(m)
f = m.flatten()
f[1] = -1
print(m)
t = m.T.ravel()
t[2] = -7
print(m)
print(np.ravel(m), np.ravel([[1, 2], [3, 4]]))
