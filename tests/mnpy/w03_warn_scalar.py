# NumPy scalar math: "scalar" warnings, integer overflow, and the ufunc path
import numpy as np
print(np.float64(1.0) / 0.0, np.float64(0.0) / 0)
print(np.int64(2**62) * 4, np.int8(100) + np.int8(100), np.uint8(1) - np.uint8(2))
print(np.int64(5) // 0, np.int64(5) % 0, np.int64(5) / 0)
print(-np.int8(-128), abs(np.int16(-32768)), -np.uint8(3))
print(np.float32(1e38) * np.float32(10))
print(np.int8(9) / 0.0, np.True_ + np.int8(127), np.True_ / np.uint8(0))
print(np.int64(-2**62 * 2) // -1)
print(np.float32(2.0) / np.float64(0.0), np.float32(1.0) / np.int64(0))
print(np.array(1.0) / 0, np.divide(np.float64(1.0), 0))
print(np.int64(10) ** 30, np.float64(-0.0) ** 0.5)
x = np.float64(3.0)
x /= 0
print(x)
