import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(10)
show('0 a.reshape(5, -1).shape', lambda: a.reshape(5, -1).shape)
show('1 a.reshape(3, -1)', lambda: a.reshape(3, -1))
show('2 a.reshape(-1, 3)', lambda: a.reshape(-1, 3))
show('3 a.reshape(4, 4)', lambda: a.reshape(4, 4))
show('4 a.reshape((2, -1, 3))', lambda: a.reshape((2, -1, 3)))
show('5 a.reshape(2, -1, 5).shape', lambda: a.reshape(2, -1, 5).shape)
show('6 a.reshape(-1)', lambda: a.reshape(-1))
