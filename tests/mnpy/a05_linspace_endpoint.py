import numpy as np

print(repr(np.linspace(0, 1, 5, endpoint=False)))
print(repr(np.linspace(0, 10, 4, endpoint=False)))
print(repr(np.linspace(0, 1, 3, endpoint=True)))
print(repr(np.linspace(-5, 5, 7, endpoint=False)))
a = np.linspace(0, 2, 7)
print(a)
for x in a:
    print(repr(x))
b = np.linspace(0, 1, 7, endpoint=False)
for x in b:
    print(x)
print(repr(np.linspace(0, 1, 1, endpoint=False)))
