import numpy as np

a = np.arange(5)
m = np.arange(6).reshape(2, 3)
tests = [
    lambda: a[5],
    lambda: a[-6],
    lambda: m[2],
    lambda: m[0, 3],
    lambda: m[1, -4],
    lambda: m[0, 0, 0],
    lambda: a[1, 2],
]
for t in tests:
    try:
        print(t())
    except IndexError as e:
        print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(np.array(5)[0])
except IndexError as e:
    print("IndexError:", e)
print(a[4], m[1, 2])
