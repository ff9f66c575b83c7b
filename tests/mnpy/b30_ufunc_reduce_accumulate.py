import numpy as np

a = np.arange(1, 13).reshape(3, 4)
print(np.add.reduce(a))
print(np.add.reduce(a, axis=1))
print(np.multiply.reduce(a, axis=0))
print(np.maximum.reduce(a, axis=1))
print(np.minimum.reduce(a))
print(np.add.accumulate(a))
print(np.add.accumulate(a, axis=1))
print(np.multiply.accumulate(np.array([1, 2, 3, 4, 5])))
b = np.array([[True, False], [True, True]])
print(np.logical_and.reduce(b))
print(np.logical_or.reduce(b, axis=1))
f = np.array([0.1, 0.2, 0.3, 0.4])
print(np.add.reduce(f), repr(np.add.reduce(f)))
print(np.add.accumulate(f))
print(repr(np.add.reduce(np.array([1, 2, 3], dtype=np.int8))))
print(repr(np.add.accumulate(np.array([100, 100, 100], dtype=np.int8))))
print(np.add.reduce(a, axis=None))
try:
    np.maximum.reduce(np.array([], dtype=np.float64))
except ValueError as e:
    print("ValueError:", e)
try:
    np.add.reduce(a, axis=2)
except Exception as e:
    print(type(e).__name__, e)
