import numpy as np

a = np.arange(6.0).reshape(2, 3)
ai = a.__array_interface__
print(sorted(ai.keys()))
print(ai["typestr"], ai["descr"], ai["shape"], ai["strides"], ai["version"])
print(ai["data"][1])
v = a[:, ::2]
vi = v.__array_interface__
print(vi["shape"], vi["strides"], vi["typestr"])
print(vi["data"][0] == ai["data"][0])
w = a[1]
print(w.__array_interface__["data"][0] - ai["data"][0])
for dt in [np.bool_, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32,
           np.int64, np.uint64, np.float32, np.float64]:
    x = np.zeros(3, dtype=dt)
    print(x.__array_interface__["typestr"], x.__array_interface__["descr"])
b = np.broadcast_to(np.arange(3), (2, 3))
print(b.__array_interface__["data"][1], b.__array_interface__["strides"])
print(np.array(3).__array_interface__["shape"])
print(a.T.__array_interface__["strides"])
