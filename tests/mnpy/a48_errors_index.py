import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, '|', e)

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

show('0', lambda: np.arange(2)[5])
show('1', lambda: np.arange(2)[-3])
show('2', lambda: np.zeros((2, 3))[1, 3])
show('3', lambda: np.zeros((2, 3))[0, 0, 0])
show('4', lambda: np.arange(3)[np.array([True, False])])
show('5', lambda: np.zeros((2, 3))[2])
show('6', lambda: np.array(5)[0])
