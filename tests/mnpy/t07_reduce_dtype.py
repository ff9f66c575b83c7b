# mean/var/std with dtype=: the cast happens inside the reduction's buffered iterator
import numpy as np
x = (np.arange(10000, dtype=np.float32) * np.float32(0.37)) % np.float32(7.3)
print(x.mean(dtype=np.float64), x.std(dtype=np.float64), x.var(dtype=np.float64, ddof=1))
m = x.reshape(100, 100)[::-1, ::3]
print(m.mean(axis=0, dtype=np.float64)[:4], m.std(axis=1, dtype=np.float64)[:4])
print(np.mean(np.arange(7, dtype=np.int16), dtype=np.float32), np.std(np.arange(7), dtype=np.float32))
print(np.mean(m.T, dtype=np.float16), np.var(x[:50], dtype=np.float16))
