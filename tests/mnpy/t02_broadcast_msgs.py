import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.zeros((3, 4))
show('0 a + np.ones(3)', lambda: a + np.ones(3))
show('1 a + np.ones((4, 3))', lambda: a + np.ones((4, 3)))
show('2 a - np.ones((2, 1, 5))', lambda: a - np.ones((2, 1, 5)))
show('3 np.ones((2, 3)) * np.ones((2, 2))', lambda: np.ones((2, 3)) * np.ones((2, 2)))
show('4 np.ones(()) + a', lambda: np.ones(()) + a)
show('5 (a + np.ones((2, 1, 4))).shape', lambda: (a + np.ones((2, 1, 4))).shape)
show('6 (a + np.ones((4,))).shape', lambda: (a + np.ones((4,))).shape)
show('7 (np.ones((5, 1, 4)) + np.ones((3, 1))).s', lambda: (np.ones((5, 1, 4)) + np.ones((3, 1))).shape)
