import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

i8 = np.array([1, 2, 3], dtype=np.int8)
u8 = np.array([1, 2, 3], dtype=np.uint8)
show('0 i8 + 3', lambda: i8 + 3)
show('1 (i8 + 3).dtype', lambda: (i8 + 3).dtype)
show('2 (i8 * 2.5).dtype', lambda: (i8 * 2.5).dtype)
show('3 i8 + 300', lambda: i8 + 300)
show('4 u8 + 255', lambda: u8 + 255)
show('5 u8 + 256', lambda: u8 + 256)
show('6 u8 + -1', lambda: u8 + -1)
show('7 i8 + -128', lambda: i8 + -128)
show('8 i8 - 128', lambda: i8 - 128)
show('9 (u8 + True).dtype', lambda: (u8 + True).dtype)
show('10 (i8 + np.int16(1)).dtype', lambda: (i8 + np.int16(1)).dtype)
show('11 (i8 + np.int64(1)).dtype', lambda: (i8 + np.int64(1)).dtype)
show('12 (u8 + np.int8(1)).dtype', lambda: (u8 + np.int8(1)).dtype)
show('13 i8 + 127', lambda: i8 + 127)
