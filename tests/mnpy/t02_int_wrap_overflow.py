import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

i8 = np.array([100, -100, 127], dtype=np.int8)
show('0 i8 * 2', lambda: i8 * 2)
show('1 i8 + i8', lambda: i8 + i8)
show('2 i8 * np.int8(3)', lambda: i8 * np.int8(3))
show('3 np.array([255], dtype=np.uint8) + np.arr', lambda: np.array([255], dtype=np.uint8) + np.array([1], dtype=np.uint8))
show('4 np.array([2**62]) * 4', lambda: np.array([2**62]) * 4)
show('5 np.array([3], dtype=np.int8) ** 5', lambda: np.array([3], dtype=np.int8) ** 5)
show('6 np.arange(1, 25).prod()', lambda: np.arange(1, 25).prod())
show('7 np.array([60000], dtype=np.uint16) * 2', lambda: np.array([60000], dtype=np.uint16) * 2)
show('8 np.array([-9223372036854775807]) - 2', lambda: np.array([-9223372036854775807]) - 2)
show('9 np.array([2**31 - 1], dtype=np.int32) + ', lambda: np.array([2**31 - 1], dtype=np.int32) + 1)
