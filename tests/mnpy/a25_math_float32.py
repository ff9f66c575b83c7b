import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = np.array([0.1, 0.5, 2.0, 3.0], dtype=np.float32)
show('0 np.sqrt(x)', lambda: np.sqrt(x))
show('1 np.exp(x)', lambda: np.exp(x))
show('2 np.log(x)', lambda: np.log(x))
show('3 np.log10(x)', lambda: np.log10(x))
show('4 np.sin(x)', lambda: np.sin(x))
show('5 np.cos(x)', lambda: np.cos(x))
show('6 np.tan(x)', lambda: np.tan(x))
show('7 np.floor(x * 7)', lambda: np.floor(x * 7))
show('8 np.ceil(x * 7)', lambda: np.ceil(x * 7))
show('9 np.rint(x * 5)', lambda: np.rint(x * 5))
show('10 np.sign(x - 1)', lambda: np.sign(x - 1))
show('11 np.arctan2(x, np.float32(1))', lambda: np.arctan2(x, np.float32(1)))
show('12 np.sqrt(x).dtype', lambda: np.sqrt(x).dtype)
show('13 np.sqrt(x)[0]', lambda: np.sqrt(x)[0])
show('14 np.exp(x)[3]', lambda: np.exp(x)[3])
show('15 np.arctan2(x, 1.0).dtype', lambda: np.arctan2(x, 1.0).dtype)
show('16 np.arctan2(x, np.ones(4)).dtype', lambda: np.arctan2(x, np.ones(4)).dtype)
