# np.seterr / np.geterr: ignore, raise (FloatingPointError), print ("Warning: ..." on stderr), warn
import numpy as np
old = np.seterr(all="ignore")
print(old)
print(np.array([1.0]) / 0)
print(np.seterr(divide="raise"))
try:
    np.array([1.0, 0.0]) / 0
except FloatingPointError as e:
    print("FPE", e)
np.seterr(divide="print", invalid="print")
print(np.array([1.0, 0.0]) / 0)
print(np.geterr())
np.seterr(divide="warn", over="warn", invalid="warn")
print(np.float64(0.0) / 0)
np.seterr(invalid="raise")
try:
    print(np.float64(0.0) / 0)
except FloatingPointError as e:
    print("FPE", e)
print(np.seterr(over="ignore", under="ignore"))
try:
    np.seterr(all="bogus")
except ValueError as e:
    print(e)
np.seterr(over="raise")
try:
    np.array([1e300]).astype(np.float32)
except FloatingPointError as e:
    print("FPE", e)
try:
    np.exp(np.array([1000.0]))
except FloatingPointError as e:
    print("FPE", e)
print(np.geterr())
