import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

i8 = np.array([100, 100, 100], dtype=np.int8)
u8 = np.array([200, 200], dtype=np.uint8)
f32 = np.array([0.1, 0.2, 0.3], dtype=np.float32)
b = np.array([True, True, False])
show('0 i8.sum()', lambda: i8.sum())
show('1 u8.sum()', lambda: u8.sum())
show('2 f32.sum()', lambda: f32.sum())
show('3 b.sum()', lambda: b.sum())
show('4 i8.sum(dtype=np.int8)', lambda: i8.sum(dtype=np.int8))
show('5 u8.sum(dtype=np.uint8)', lambda: u8.sum(dtype=np.uint8))
show('6 i8.sum(dtype=np.float64)', lambda: i8.sum(dtype=np.float64))
show('7 f32.sum(dtype=np.float64)', lambda: f32.sum(dtype=np.float64))
show('8 b.sum(dtype=np.int8)', lambda: b.sum(dtype=np.int8))
show('9 np.sum(i8, dtype=np.int16)', lambda: np.sum(i8, dtype=np.int16))
show('10 i8.sum().dtype', lambda: i8.sum().dtype)
show('11 u8.sum().dtype', lambda: u8.sum().dtype)
show('12 np.array([1, 2], dtype=np.int32).sum().d', lambda: np.array([1, 2], dtype=np.int32).sum().dtype)
show('13 np.array([1, 2], dtype=np.uint16).sum().', lambda: np.array([1, 2], dtype=np.uint16).sum().dtype)
show('14 f32.sum().dtype', lambda: f32.sum().dtype)
show('15 b.sum().dtype', lambda: b.sum().dtype)
show('16 np.sum(f32, axis=0)', lambda: np.sum(f32, axis=0))
show('17 np.arange(5, dtype=np.int16).sum(keepdim', lambda: np.arange(5, dtype=np.int16).sum(keepdims=True))
