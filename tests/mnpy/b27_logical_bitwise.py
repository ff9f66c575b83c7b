import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([0b1100, 0b1010, 7, -1])
b = np.array([0b1010, 0b0110, 1, 5])
p = np.array([True, True, False, False])
q = np.array([True, False, True, False])
show('0 a & b', lambda: a & b)
show('1 a | b', lambda: a | b)
show('2 a ^ b', lambda: a ^ b)
show('3 ~a', lambda: ~a)
show('4 a << 2', lambda: a << 2)
show('5 a >> 1', lambda: a >> 1)
show('6 p & q', lambda: p & q)
show('7 p | q', lambda: p | q)
show('8 p ^ q', lambda: p ^ q)
show('9 ~p', lambda: ~p)
show('10 np.logical_and(p, q)', lambda: np.logical_and(p, q))
show('11 np.logical_or(a, 0)', lambda: np.logical_or(a, 0))
show('12 np.logical_not(a)', lambda: np.logical_not(a))
show('13 np.logical_xor(p, q)', lambda: np.logical_xor(p, q))
show('14 np.array([1, 2], dtype=np.uint8) << 7', lambda: np.array([1, 2], dtype=np.uint8) << 7)
show('15 ~np.array([0], dtype=np.uint8)', lambda: ~np.array([0], dtype=np.uint8))
show('16 np.bitwise_and(a, 3)', lambda: np.bitwise_and(a, 3))
show('17 np.invert(np.array([5], dtype=np.int8))', lambda: np.invert(np.array([5], dtype=np.int8)))
show('18 np.ones(2) & 1', lambda: np.ones(2) & 1)
