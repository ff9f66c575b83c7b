import numpy as np

print(np.result_type(np.int8, np.uint8))
print(np.result_type(np.int8, 1))
print(np.result_type(np.int8, 1.0))
print(np.result_type(np.float32, np.int16))
print(np.result_type(np.float32, np.int32))
print(np.result_type(np.uint64, np.int64))
print(np.result_type(np.array([1, 2], dtype=np.uint8), 3))
print(np.result_type(True, 1))
print(np.promote_types(np.int16, np.uint16))
print(np.promote_types("i1", "f4"))
print(np.promote_types(np.bool_, np.int8))
print(np.can_cast(np.int8, np.int16))
print(np.can_cast(np.int16, np.int8))
print(np.can_cast(np.float64, np.int64, casting="unsafe"))
print(np.can_cast(np.int64, np.float64, casting="same_kind"))
print(np.can_cast(np.uint64, np.int8, casting="same_kind"))
print(np.can_cast(np.int64, np.uint8, casting="same_kind"))
print(np.can_cast(np.float32, np.float32, casting="no"))
try:
    np.can_cast(3, np.int8)
except TypeError as e:
    print("TypeError:", str(e).split("\n")[0])
