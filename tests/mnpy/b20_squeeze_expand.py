import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(6).reshape(1, 2, 1, 3)
show('0 a.squeeze()', lambda: a.squeeze())
show('1 a.squeeze().shape', lambda: a.squeeze().shape)
show('2 a.squeeze(axis=0).shape', lambda: a.squeeze(axis=0).shape)
show('3 a.squeeze(axis=2).shape', lambda: a.squeeze(axis=2).shape)
show('4 np.squeeze(a, axis=(0, 2)).shape', lambda: np.squeeze(a, axis=(0, 2)).shape)
show('5 a.squeeze(axis=1)', lambda: a.squeeze(axis=1))
show('6 np.expand_dims(np.arange(3), 0)', lambda: np.expand_dims(np.arange(3), 0))
show('7 np.expand_dims(np.arange(3), 1)', lambda: np.expand_dims(np.arange(3), 1))
show('8 np.expand_dims(np.arange(3), -1).shape', lambda: np.expand_dims(np.arange(3), -1).shape)
show('9 np.expand_dims(np.zeros((2, 3)), (0, 3))', lambda: np.expand_dims(np.zeros((2, 3)), (0, 3)).shape)
show('10 np.squeeze(np.array([[5]]))', lambda: np.squeeze(np.array([[5]])))
show('11 np.expand_dims(np.arange(3), 4)', lambda: np.expand_dims(np.arange(3), 4))
