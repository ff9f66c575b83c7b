import numpy as np

base = np.zeros(5)
view = base[1:4]
cp = base[1:4].copy()
view[:] = 1
cp[:] = 2
print(base)
print(view)
print(cp)
print(view.base is base, cp.base is None)
m = np.ones((3, 3), dtype=np.int32)
mc = m.copy()
mc *= 7
print(m)
print(mc)
print(mc.dtype)
x = np.array(3.0)
y = x.copy()
y += 1
print(repr(x), repr(y))
z = np.arange(4)[::2].copy()
print(repr(z), z.flags['C_CONTIGUOUS'])
print(np.copy(np.arange(3, dtype=np.uint8)))
print(repr(np.copy(np.arange(3, dtype=np.uint8))))
