import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


a = np.zeros((2, 3), dtype=np.int32)
a.fill(7)
print(repr(a))
a.fill(2.9)
print(repr(a))
f = np.empty(3)
f.fill(-1.5)
print(repr(f))
print(len(a), len(f), len(np.zeros((5, 2, 1))))
for row in np.arange(6).reshape(3, 2):
    print(repr(row), row.shape)
for x in np.array([1.5, 2.5]):
    print(repr(x), x, type(x).__name__)
for x in np.array([1, 2], dtype=np.uint8):
    print(repr(x))
for x in np.array([True, False]):
    print(repr(x))
print([x for x in np.arange(3)])
print(sorted(np.array([3, 1, 2])))
print(list(np.array([0.5, 0.25])))
print(sum(np.arange(5)), repr(sum(np.arange(5))))
print(max(np.array([4, 9, 2])), min(np.array([4.0, 0.5])))
try:
    len(np.array(5))
except TypeError as e:
    print("TypeError", e)
try:
    for x in np.array(5):
        print(x)
except TypeError as e:
    print("TypeError", e)
b = np.arange(4)
for i, v in enumerate(b):
    print(i, v, v * 2, repr(v + 1))
for p, q in zip(np.arange(3), np.arange(3.0)):
    print(repr(p), repr(q))
try:
    u = np.arange(3, dtype=np.uint8)
    u.fill(300)
    print(repr(u))
except Exception as e:
    print(type(e).__name__, e)
