import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

f32 = np.array([1.0, 2.0], dtype=np.float32)
i32 = np.array([1, 2], dtype=np.int32)
show('0 (f32 + 1.0).dtype', lambda: (f32 + 1.0).dtype)
show('1 (f32 + np.float64(1)).dtype', lambda: (f32 + np.float64(1)).dtype)
show('2 (f32 + 1).dtype', lambda: (f32 + 1).dtype)
show('3 (i32 * 2.5).dtype', lambda: (i32 * 2.5).dtype)
show('4 (np.float32(1) + 1.0).dtype', lambda: (np.float32(1) + 1.0).dtype)
show('5 f32 + 0.1', lambda: f32 + 0.1)
show('6 (f32 + np.float64(0.1))', lambda: (f32 + np.float64(0.1)))
show('7 (i32 + f32).dtype', lambda: (i32 + f32).dtype)
show('8 (np.arange(2, dtype=np.int16) + f32).dty', lambda: (np.arange(2, dtype=np.int16) + f32).dtype)
show('9 (np.arange(2) + f32).dtype', lambda: (np.arange(2) + f32).dtype)
show('10 (f32 + 1e30)', lambda: (f32 + 1e30))
show('11 np.float32(1) + 1e30', lambda: np.float32(1) + 1e30)
