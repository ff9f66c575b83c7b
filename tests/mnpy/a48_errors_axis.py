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

show('0', lambda: np.arange(4).sum(axis=1))
show('1', lambda: np.zeros((2, 3)).mean(axis=2))
show('2', lambda: np.zeros((2, 3)).max(axis=-3))
show('3', lambda: np.zeros((2, 3)).transpose(0, 0))
show('4', lambda: np.zeros((2, 3)).swapaxes(0, 2))
show('5', lambda: np.expand_dims(np.zeros(2), 3))
show('6', lambda: np.zeros((2, 3)).squeeze(axis=0))
