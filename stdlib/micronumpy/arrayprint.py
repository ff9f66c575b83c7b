"""NumPy-identical text of arrays and scalars (repr, str, print).

The printer knows nothing of storage: the caller hands it an `ArrayData`
with the shape, the dtype and the elements in C order, in the list that
matches the dtype's compute kind (floats, ints or bools; uint64 elements
as their signed bit pattern). Formatting follows NumPy 2.4's defaults:
precision 8, threshold 1000, edgeitems 3, linewidth 75, floatmode
'maxprec', legacy off (see docs/micronumpy.md).
"""

from micronumpy.dtypes import DType


class ArrayData:
    """What the printer needs to know about an array."""

    def __init__(self, shape: list[int], dtype: DType, floats: list[float],
                 ints: list[int], bools: list[bool]) -> None:
        self.shape = shape
        self.dtype = dtype
        self.floats = floats   # C-order elements when dtype is a float type
        self.ints = ints       # C-order elements when dtype is an integer type
        self.bools = bools     # C-order elements when dtype is bool


def array_repr(data: ArrayData) -> str:
    """`repr(a)`: "array([1, 2, 3])", "array([], shape=(2, 0), dtype=float64)", ..."""
    raise NotImplementedError("array_repr")


def array_str(data: ArrayData) -> str:
    """`str(a)` / `print(a)`: "[1 2 3]"."""
    raise NotImplementedError("array_str")


def scalar_repr(dtype: DType, ival: int, fval: float, bval: bool) -> str:
    """`repr` of a NumPy scalar: "np.int64(6)", "np.float64(1.5)", "np.True_".
    The value is in the field matching the dtype's compute kind."""
    raise NotImplementedError("scalar_repr")


def scalar_str(dtype: DType, ival: int, fval: float, bval: bool) -> str:
    """`str` of a NumPy scalar: "6", "1.5", "True", "0.1" for float32(0.1)."""
    raise NotImplementedError("scalar_str")
