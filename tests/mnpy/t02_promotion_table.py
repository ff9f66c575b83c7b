import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

d = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'bool']
show('0 [[str((np.ones(1, dtype=x) + np.ones(1, ', lambda: [[str((np.ones(1, dtype=x) + np.ones(1, dtype=y)).dtype) for y in d] for x in d][0:4])
show('1 [[str((np.ones(1, dtype=x) + np.ones(1, ', lambda: [[str((np.ones(1, dtype=x) + np.ones(1, dtype=y)).dtype) for y in d] for x in d][4:8])
show('2 [[str((np.ones(1, dtype=x) + np.ones(1, ', lambda: [[str((np.ones(1, dtype=x) + np.ones(1, dtype=y)).dtype) for y in d] for x in d][8:])
