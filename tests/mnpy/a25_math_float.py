import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = np.array([0.25, 1.0, 2.0, 4.5, 10.0, 100.0])
show('0 np.sqrt(x)', lambda: np.sqrt(x))
show('1 np.exp(x[:4])', lambda: np.exp(x[:4]))
show('2 np.log(x)', lambda: np.log(x))
show('3 np.log10(x)', lambda: np.log10(x))
show('4 np.sin(x)', lambda: np.sin(x))
show('5 np.cos(x)', lambda: np.cos(x))
show('6 np.tan(x)', lambda: np.tan(x))
show('7 np.floor(x * 1.5)', lambda: np.floor(x * 1.5))
show('8 np.ceil(x * 1.5)', lambda: np.ceil(x * 1.5))
show('9 np.rint(x * 1.5)', lambda: np.rint(x * 1.5))
show('10 np.sign(x - 2)', lambda: np.sign(x - 2))
show('11 np.arctan2(x, 2.0)', lambda: np.arctan2(x, 2.0))
show('12 np.arctan2(-x, -1.0)', lambda: np.arctan2(-x, -1.0))
show('13 np.sqrt(x).dtype', lambda: np.sqrt(x).dtype)
show('14 np.log(x.astype(np.float32))', lambda: np.log(x.astype(np.float32)))
show('15 np.exp(np.float32(1))', lambda: np.exp(np.float32(1)))
show('16 np.sqrt(np.float64(2))', lambda: np.sqrt(np.float64(2)))
show('17 np.sin(np.float64(1))', lambda: np.sin(np.float64(1)))
show('18 np.log10(1000.0)', lambda: np.log10(1000.0))
show('19 np.exp(1)', lambda: np.exp(1))
