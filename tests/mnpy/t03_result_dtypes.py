import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


show('0 np.floor(np.arange(3)).dtype', lambda: np.floor(np.arange(3)).dtype)
show('1 np.ceil(np.arange(3, dtype=np.int8)).dty', lambda: np.ceil(np.arange(3, dtype=np.int8)).dtype)
show('2 np.sqrt(np.arange(3, dtype=np.int16)).dt', lambda: np.sqrt(np.arange(3, dtype=np.int16)).dtype)
show('3 np.sqrt(np.arange(3, dtype=np.uint8)).dt', lambda: np.sqrt(np.arange(3, dtype=np.uint8)).dtype)
show('4 np.arange(3, dtype=np.int8).sum().dtype', lambda: np.arange(3, dtype=np.int8).sum().dtype)
show('5 np.arange(3, dtype=np.uint8).sum().dtype', lambda: np.arange(3, dtype=np.uint8).sum().dtype)
show('6 np.arange(3, dtype=np.uint8).cumsum().dt', lambda: np.arange(3, dtype=np.uint8).cumsum().dtype)
show('7 np.arange(3, dtype=np.int32).max().dtype', lambda: np.arange(3, dtype=np.int32).max().dtype)
show('8 np.arange(3, dtype=np.int32).mean().dtyp', lambda: np.arange(3, dtype=np.int32).mean().dtype)
show('9 np.arange(3, dtype=np.float32).mean().dt', lambda: np.arange(3, dtype=np.float32).mean().dtype)
show('10 np.abs(np.arange(3, dtype=np.int8)).dtyp', lambda: np.abs(np.arange(3, dtype=np.int8)).dtype)
show('11 np.sign(np.arange(3, dtype=np.uint16)).d', lambda: np.sign(np.arange(3, dtype=np.uint16)).dtype)
show('12 np.exp(np.arange(3, dtype=np.int32)).dty', lambda: np.exp(np.arange(3, dtype=np.int32)).dtype)
show('13 np.exp(np.arange(3, dtype=np.int8)).dtyp', lambda: np.exp(np.arange(3, dtype=np.int8)).dtype)
