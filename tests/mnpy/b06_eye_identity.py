import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


show('0 np.eye(3)', lambda: np.eye(3))
show('1 np.eye(2, 4)', lambda: np.eye(2, 4))
show('2 np.eye(3, k=1)', lambda: np.eye(3, k=1))
show('3 np.eye(3, k=-2)', lambda: np.eye(3, k=-2))
show('4 np.eye(2, dtype=np.int32)', lambda: np.eye(2, dtype=np.int32))
show('5 np.identity(4)', lambda: np.identity(4))
show('6 np.identity(2, dtype=bool)', lambda: np.identity(2, dtype=bool))
show('7 np.eye(0)', lambda: np.eye(0))
show('8 np.eye(3, 2, k=5)', lambda: np.eye(3, 2, k=5))
