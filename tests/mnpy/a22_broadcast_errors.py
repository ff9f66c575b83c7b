import numpy as np

pairs = [((2, 3), (4,)), ((2, 3), (3, 2)), ((4,), (5,)), ((2, 1, 3), (4, 2)), ((3,), (0,)), ((2, 3, 4), (3, 1, 1))]
for p, q in pairs:
    try:
        r = np.zeros(p) + np.ones(q)
        print(r.shape)
    except ValueError as e:
        print("ValueError:", e)
a = np.zeros((3, 4))
try:
    a += np.ones((2, 4))
except ValueError as e:
    print("ValueError:", e)
try:
    a *= np.ones((3, 4, 1))
except ValueError as e:
    print("ValueError:", e)
try:
    print(np.arange(3) < np.arange(4))
except ValueError as e:
    print("ValueError:", e)
print("end")
