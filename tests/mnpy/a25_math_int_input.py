import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

i = np.array([1, 4, 9, 16])
s = np.array([1, 4, 9], dtype=np.int16)
b = np.array([1, 4], dtype=np.int8)
u = np.array([1, 4], dtype=np.uint32)
show('0 np.sqrt(i)', lambda: np.sqrt(i))
show('1 np.sqrt(s)', lambda: np.sqrt(s))
show('2 np.sqrt(b)', lambda: np.sqrt(b))
show('3 np.sqrt(u)', lambda: np.sqrt(u))
show('4 np.sqrt(s).dtype', lambda: np.sqrt(s).dtype)
show('5 np.sqrt(b).dtype', lambda: np.sqrt(b).dtype)
show('6 np.sqrt(u).dtype', lambda: np.sqrt(u).dtype)
show('7 np.floor(i)', lambda: np.floor(i))
show('8 np.ceil(s)', lambda: np.ceil(s))
show('9 np.floor(i).dtype', lambda: np.floor(i).dtype)
show('10 np.ceil(b).dtype', lambda: np.ceil(b).dtype)
show('11 np.rint(i)', lambda: np.rint(i))
show('12 np.sign(np.array([-3, 0, 2]))', lambda: np.sign(np.array([-3, 0, 2])))
show('13 np.sign(s - 5)', lambda: np.sign(s - 5))
show('14 np.exp(b)', lambda: np.exp(b))
show('15 np.log(i)', lambda: np.log(i))
show('16 np.log10(s)', lambda: np.log10(s))
show('17 np.sin(np.array([0, 1], dtype=np.uint8))', lambda: np.sin(np.array([0, 1], dtype=np.uint8)))
show('18 np.arctan2(i, 2)', lambda: np.arctan2(i, 2))
show('19 np.arctan2(s, b[0])', lambda: np.arctan2(s, b[0]))
