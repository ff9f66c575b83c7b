import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

m = np.arange(6).reshape(2, 3)
v = np.arange(4)
show('0 np.dot(m, m)', lambda: np.dot(m, m))
show('1 m @ m', lambda: m @ m)
show('2 np.dot(v, np.arange(3))', lambda: np.dot(v, np.arange(3)))
show('3 v @ np.arange(3)', lambda: v @ np.arange(3))
show('4 m @ v', lambda: m @ v)
show('5 np.dot(m, v)', lambda: np.dot(m, v))
show('6 np.matmul(m, 2)', lambda: np.matmul(m, 2))
show('7 m @ 3', lambda: m @ 3)
show('8 np.dot(np.ones((2, 3, 4)), np.ones((3, 5', lambda: np.dot(np.ones((2, 3, 4)), np.ones((3, 5))))
show('9 np.matmul(np.ones((2, 3, 4)), np.ones((3', lambda: np.matmul(np.ones((2, 3, 4)), np.ones((3, 4, 2))))
show('10 np.ones((2, 3)).dot(np.ones((2,)))', lambda: np.ones((2, 3)).dot(np.ones((2,))))
