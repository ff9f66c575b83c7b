import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.arange(6).reshape(2, 3)
f = np.array([0.5, 1.25])
b = np.array([True, False])
z = np.array(7)
show('0 a.tolist()', lambda: a.tolist())
show('1 f.tolist()', lambda: f.tolist())
show('2 b.tolist()', lambda: b.tolist())
show('3 z.tolist()', lambda: z.tolist())
show('4 type(a.tolist()[0][0]).__name__', lambda: type(a.tolist()[0][0]).__name__)
show('5 type(f.tolist()[0]).__name__', lambda: type(f.tolist()[0]).__name__)
show('6 a.item(4)', lambda: a.item(4))
show('7 a.item(-1)', lambda: a.item(-1))
show('8 a.item(1, 2)', lambda: a.item(1, 2))
show('9 z.item()', lambda: z.item())
show('10 f.item(1)', lambda: f.item(1))
show('11 type(a.item(0)).__name__', lambda: type(a.item(0)).__name__)
show('12 a.item()', lambda: a.item())
show('13 a.item(6)', lambda: a.item(6))
show('14 np.array([], dtype=np.int8).tolist()', lambda: np.array([], dtype=np.int8).tolist())
show('15 np.zeros((2, 0)).tolist()', lambda: np.zeros((2, 0)).tolist())
show('16 np.array([1, 2], dtype=np.uint64).tolist', lambda: np.array([1, 2], dtype=np.uint64).tolist())
show('17 np.array([0.1], dtype=np.float32).tolist', lambda: np.array([0.1], dtype=np.float32).tolist())
show('18 np.float32(0.1).item()', lambda: np.float32(0.1).item())
show('19 np.int16(5).tolist()', lambda: np.int16(5).tolist())
