import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(3)
show('0 a < np.arange(4)', lambda: a < np.arange(4))
show('1 np.zeros((2, 3)) == np.zeros((3, 2))', lambda: np.zeros((2, 3)) == np.zeros((3, 2)))
show('2 a == np.arange(2)', lambda: a == np.arange(2))
show('3 np.equal(a, np.ones(5))', lambda: np.equal(a, np.ones(5)))
show('4 a < np.zeros((2, 3))', lambda: a < np.zeros((2, 3)))
show('5 a >= np.ones((2, 1))', lambda: a >= np.ones((2, 1)))
