import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

i = np.array([-3, 0, 5], dtype=np.int16)
f = np.array([-0.0, 0.0, -2.5, 3.25])
m = np.array([-128, 127, 0], dtype=np.int8)
show('0 -i', lambda: -i)
show('1 abs(i)', lambda: abs(i))
show('2 np.negative(i)', lambda: np.negative(i))
show('3 np.absolute(i)', lambda: np.absolute(i))
show('4 -f', lambda: -f)
show('5 abs(f)', lambda: abs(f))
show('6 np.abs(f)', lambda: np.abs(f))
show('7 -m', lambda: -m)
show('8 abs(m)', lambda: abs(m))
show('9 np.abs(m).dtype', lambda: np.abs(m).dtype)
show('10 +i', lambda: +i)
show('11 np.positive(f)', lambda: np.positive(f))
show('12 -np.array([1, 2], dtype=np.uint8)', lambda: -np.array([1, 2], dtype=np.uint8))
show('13 abs(np.int64(-5))', lambda: abs(np.int64(-5)))
show('14 abs(np.float32(-1.5))', lambda: abs(np.float32(-1.5)))
show('15 -np.float64(0.0)', lambda: -np.float64(0.0))
show('16 -np.int8(5)', lambda: -np.int8(5))
