import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, '|', e)

out = np.zeros((2, 3))
show('0', lambda: np.add(np.arange(3), 1, out=out))
print(out)
show('1', lambda: np.multiply(np.arange(3), np.array([[1], [2]]), out=out))
show('2', lambda: np.add(np.arange(6).reshape(2, 3), 1, out=np.zeros(3)))
show('3', lambda: np.add(np.arange(3), np.arange(4), out=np.zeros(3)))
o = np.zeros(3, dtype=np.int32)
show('4', lambda: np.add(np.arange(3), 2, out=o))
print(o.dtype, o)
show('5', lambda: np.sqrt(np.array([4.0, 9.0]), out=np.zeros(2, dtype=np.int64)))
f = np.zeros(3, dtype=np.float32)
np.multiply(np.array([1.5, 2.5, 3.5]), 2, out=f)
print(repr(f))
a = np.arange(5)
a += a
print(a)
a -= 1
print(a)
b = np.arange(4.0)
b /= 3
print(b)
b **= 2
print(b)
c = np.arange(6).reshape(2, 3)
c *= np.array([1, 10, 100])
print(c)
try:
    c /= 2
except TypeError as e:
    print(type(e).__name__, e)
