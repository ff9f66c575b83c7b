import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = np.array([[1.5, 2.0], [0.25, -1.0]])
b = np.array([[2.0, 0.5], [4.0, 8.0]])
i = np.array([[1, 2], [3, 4]], dtype=np.int32)
f32 = np.array([[0.5, 1.5], [2.5, 3.5]], dtype=np.float32)
show('0 a @ b', lambda: a @ b)
show('1 np.dot(a, b)', lambda: np.dot(a, b))
show('2 a @ i', lambda: a @ i)
show('3 (a @ i).dtype', lambda: (a @ i).dtype)
show('4 i @ i', lambda: i @ i)
show('5 (i @ i).dtype', lambda: (i @ i).dtype)
show('6 (i @ np.array([1, 2], dtype=np.int8)).dt', lambda: (i @ np.array([1, 2], dtype=np.int8)).dtype)
show('7 f32 @ f32', lambda: f32 @ f32)
show('8 (f32 @ f32).dtype', lambda: (f32 @ f32).dtype)
show('9 (f32 @ a).dtype', lambda: (f32 @ a).dtype)
show('10 (f32 @ i).dtype', lambda: (f32 @ i).dtype)
show('11 np.array([True, False]) @ np.array([True', lambda: np.array([True, False]) @ np.array([True, True]))
show('12 round(float(np.dot([0.1, 0.2], [0.3, 0.4', lambda: round(float(np.dot([0.1, 0.2], [0.3, 0.4])), 10))
show('13 np.dot(a, [1, 1])', lambda: np.dot(a, [1, 1]))
show('14 a.T @ b', lambda: a.T @ b)
show('15 np.array([[1, 2]], dtype=np.uint8) @ np.', lambda: np.array([[1, 2]], dtype=np.uint8) @ np.array([[200], [100]], dtype=np.uint8))
