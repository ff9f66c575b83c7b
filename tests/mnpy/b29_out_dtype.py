import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(4)
o = np.zeros(4)
show('0 np.add(a, 1, out=o)', lambda: np.add(a, 1, out=o))
show('1 o', lambda: o)
show('2 np.multiply(a, a, out=a)', lambda: np.multiply(a, a, out=a))
show('3 a', lambda: a)
show('4 np.add(a, 1, dtype=np.float32)', lambda: np.add(a, 1, dtype=np.float32))
show('5 np.sqrt(a, out=o)', lambda: np.sqrt(a, out=o))
show('6 np.add(np.arange(3), 1, out=np.zeros(3, ', lambda: np.add(np.arange(3), 1, out=np.zeros(3, dtype=np.int8)))
show('7 np.add(a, 0.5, out=np.zeros(4, dtype=np.', lambda: np.add(a, 0.5, out=np.zeros(4, dtype=np.int64)))
show('8 np.add(a, 1, out=np.zeros(3))', lambda: np.add(a, 1, out=np.zeros(3)))
show('9 np.negative(o, out=o) is o', lambda: np.negative(o, out=o) is o)
