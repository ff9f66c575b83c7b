import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, '|', e)

def both(a):
    print(repr(a))
    print(a)
    print(str(a))

show('0', lambda: np.array([1], dtype=np.int8) + 300)
show('1', lambda: np.array([1], dtype=np.uint8) + -1)
show('2', lambda: np.array([1], dtype=np.int8) - 128)
show('3', lambda: np.array([1], dtype=np.int8) + -128)
show('4', lambda: np.array([300], dtype=np.int8))
show('5', lambda: np.int8(300))
show('6', lambda: np.array([-1], dtype=np.uint8))
show('7', lambda: np.uint16(70000))
