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

show('0', lambda: np.zeros((2, 3)) + np.zeros(4))
show('1', lambda: np.zeros(3) * np.zeros(2))
show('2', lambda: np.where(np.zeros(2) > 0, np.zeros(3), 0))
show('3', lambda: np.broadcast_to(np.arange(3), (2, 4)))
show('4', lambda: np.concatenate([np.zeros((2, 2)), np.zeros((3, 3))]))
show('5', lambda: np.stack([np.zeros(2), np.zeros(3)]))
