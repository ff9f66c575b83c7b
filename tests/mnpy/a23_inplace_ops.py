import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


a = np.arange(6)
a += 3
print(repr(a))
a -= 1
print(repr(a))
a *= 2
print(repr(a))
a //= 3
print(repr(a))
a %= 3
print(repr(a))
a **= 2
print(repr(a))
b = a
b += 10
print(a is b, repr(a))
f = np.ones(4)
f /= 3
print(repr(f))
f += np.arange(4)
print(repr(f))
f *= 1.5
print(repr(f))
f -= 0.25
print(repr(f))
f //= 0.5
print(repr(f))
i8 = np.array([100, 50, -100], dtype=np.int8)
i8 += 100
print(repr(i8))
i8 *= 3
print(repr(i8))
try:
    i = np.arange(3)
    i /= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    i = np.arange(3)
    i += 1.5
except Exception as e:
    print(type(e).__name__, e)
u = np.array([1, 2, 3], dtype=np.uint8)
u -= 2
print(repr(u))
v = np.zeros((2, 3))
v += np.arange(3)
print(repr(v))
v[0] += 5
print(repr(v))
v[:, 1] *= -1
print(repr(v))
