import numpy as np

a = np.arange(12).reshape(3, 4)
print(a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'])
print(a.T.flags['C_CONTIGUOUS'], a.T.flags['F_CONTIGUOUS'])
print(a[:, 1].flags['C_CONTIGUOUS'], a[1].flags['C_CONTIGUOUS'])
print(a[::2].flags['C_CONTIGUOUS'])
print(a.flags['OWNDATA'], a.flags['WRITEABLE'])
print(a[1:].flags['OWNDATA'])
b = np.arange(5)
print(b.flags['C_CONTIGUOUS'], b.flags['F_CONTIGUOUS'], b.flags['OWNDATA'])
print(b[::-1].flags['C_CONTIGUOUS'])
c = np.zeros((1, 4))
print(c.flags['C_CONTIGUOUS'], c.flags['F_CONTIGUOUS'])
print(c.flags.c_contiguous, c.flags.f_contiguous, c.flags.writeable)
d = np.ones((3, 1))[:, 0]
print(d.flags['C_CONTIGUOUS'], d.strides)
