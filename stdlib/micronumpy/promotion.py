"""NumPy 2 type promotion (NEP 50) and casting rules.

Public API:
  promote_types(a: DType, b: DType) -> DType
      NumPy's promotion table (np.promote_types) over the supported dtypes.
  can_cast(frm: DType, to: DType, casting: int) -> bool
      np.can_cast for the rules CAST_NO, CAST_EQUIV, CAST_SAFE, CAST_SAME_KIND,
      CAST_UNSAFE (module constants); casting_code(name) maps 'safe' etc.
      to a code (-1 for an unknown name).
  result_type(arrays: list[NDArray]) -> DType
      np.result_type with NEP 50 weak scalars: an operand with `.weak` set
      (a Python int/float/bool) only contributes its *kind*: a weak int takes
      the strong integer/float dtype, a weak float takes a strong float dtype
      (else float64); with only bool strong operands a weak int gives int64.
      When every operand is weak: bool / int64 / float64.
  weak_int_value(arr: NDArray) -> int
      The Python int held by a weak 0-d int64 array.
  check_weak_int(value: int, dtype: DType) -> None
      OverflowError "Python integer 300 out of bounds for uint8" when value
      does not fit an integer dtype (no-op for bool/float dtypes).
  dtype_repr(dt: DType) -> str
      "dtype('float64')" as NumPy prints it in casting messages.

Approach: the table is computed from rules (kind, size, signedness), not
stored; tests/micronumpy/check_ufunc.py compares it against NumPy for all pairs.
"""

from rpy.rarithmetic import MAXINT
from micronumpy import dtypes
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray

CAST_NO = 0
CAST_EQUIV = 1
CAST_SAFE = 2
CAST_SAME_KIND = 3
CAST_UNSAFE = 4

CASTING_NAMES = ["no", "equiv", "safe", "same_kind", "unsafe"]

# kind categories for NEP 50 weak scalars
CAT_BOOL = 0
CAT_INT = 1
CAT_FLOAT = 2


def casting_code(name: str) -> int:
    for i in range(len(CASTING_NAMES)):
        if CASTING_NAMES[i] == name:
            return i
    return -1


def dtype_repr(dt: DType) -> str:
    return "dtype('" + dt.name + "')"


def category(dt: DType) -> int:
    if dt.compute == dtypes.COMPUTE_BOOL:
        return CAT_BOOL
    if dt.compute == dtypes.COMPUTE_FLOAT:
        return CAT_FLOAT
    return CAT_INT


def signed_int_of_size(itemsize: int) -> DType:
    if itemsize == 1:
        return dtypes.INT8
    if itemsize == 2:
        return dtypes.INT16
    if itemsize == 4:
        return dtypes.INT32
    return dtypes.INT64


def promote_types(a: DType, b: DType) -> DType:
    """np.promote_types(a, b)."""
    if a is b:
        return a
    if a.compute == dtypes.COMPUTE_BOOL:
        return b
    if b.compute == dtypes.COMPUTE_BOOL:
        return a
    af = a.compute == dtypes.COMPUTE_FLOAT
    bf = b.compute == dtypes.COMPUTE_FLOAT
    if af and bf:
        return a if a.itemsize >= b.itemsize else b
    if af or bf:
        fl = a if af else b
        it = b if af else a
        # the smallest float holding every value of the integer type
        need = dtypes.FLOAT64
        if it.itemsize == 1:
            need = dtypes.FLOAT16
        elif it.itemsize == 2:
            need = dtypes.FLOAT32
        return fl if fl.itemsize >= need.itemsize else need
    # both integers
    if a.signed == b.signed:
        return a if a.itemsize >= b.itemsize else b
    s = a if a.signed else b
    u = b if a.signed else a
    if s.itemsize > u.itemsize:
        return s
    if u.itemsize < 8:
        return signed_int_of_size(u.itemsize * 2)
    return dtypes.FLOAT64


def _kind_rank(dt: DType) -> int:
    # b < u < i < f (NumPy's same_kind ordering)
    if dt.compute == dtypes.COMPUTE_BOOL:
        return 0
    if dt.compute == dtypes.COMPUTE_FLOAT:
        return 3
    if dt.signed:
        return 2
    return 1


def can_cast(frm: DType, to: DType, casting: int) -> bool:
    """np.can_cast(frm, to, casting)."""
    if casting == CAST_UNSAFE:
        return True
    if frm is to:
        return True
    if casting == CAST_NO or casting == CAST_EQUIV:
        return False
    if promote_types(frm, to) is to:
        return True
    if casting == CAST_SAME_KIND:
        return _kind_rank(frm) <= _kind_rank(to)
    return False


def weak_int_value(arr: NDArray) -> int:
    return arr.storage.get_int64(arr.offset)


def int_bounds(dt: DType) -> tuple[int, int]:
    """(min, max) of an integer dtype below uint64 (uint64: (0, MAXINT) for
    the signed-representable part)."""
    if dt.compute == dtypes.COMPUTE_UINT64:
        return (0, MAXINT)
    bits = dt.bits
    if dt.signed:
        if bits == 64:
            return (-MAXINT - 1, MAXINT)
        return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    return (0, (1 << bits) - 1)


def check_weak_int(value: int, dt: DType) -> None:
    """OverflowError when a Python int does not fit integer dtype dt."""
    if not dt.is_integer():
        return
    lo, hi = int_bounds(dt)
    if value < lo or value > hi:
        raise OverflowError("Python integer " + str(value) + " out of bounds for "
                            + dt.name)


def result_type(arrays: list[NDArray]) -> DType:
    """np.result_type(*operands) with NEP 50 weak Python scalars."""
    strong: DType | None = None
    weak_cat = -1
    for arr in arrays:
        if arr.weak:
            c = category(arr.dtype)
            if c > weak_cat:
                weak_cat = c
        elif strong is None:
            strong = arr.dtype
        else:
            strong = promote_types(strong, arr.dtype)
    if strong is None:
        if weak_cat == CAT_FLOAT:
            return dtypes.FLOAT64
        if weak_cat == CAT_INT:
            return dtypes.INT64
        return dtypes.BOOL
    if weak_cat <= category(strong):
        return strong
    if weak_cat == CAT_FLOAT:
        return dtypes.FLOAT64
    return dtypes.INT64   # weak int with bool operands
