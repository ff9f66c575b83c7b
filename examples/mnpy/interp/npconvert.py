"""Boxed mnpy values -> micronumpy arrays (`np.array`, `np.asarray`, operands).

Nested lists and tuples are walked once to find the shape (NumPy's ragged
error when the nesting is uneven) and the leaves; the dtype is discovered
from the leaves as NumPy does for array construction (Python bool, int and
float count as bool, int64 and float64; NumPy scalars and arrays with their
own dtypes), then every leaf is written into a new C-contiguous array. An
explicit dtype converts values as NumPy does: floats are truncated into
integer dtypes, and a Python int outside the dtype's range is an
OverflowError.
"""

from micronumpy import dtypes
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, c_order_offsets, empty
from rpy.rarithmetic import truncate
from interp import objects
from rpy.rarithmetic import uint_to_float
from interp.objects import (
    W_Root, W_Int, W_Bool, W_Float, W_Str, W_List, W_Tuple, oefmt,
    w_TypeError, w_ValueError, w_OverflowError,
)
from interp.nparray import W_NDArray, W_NPScalar


class Leaves:
    """The flattened leaves of a nested sequence and what was found."""

    def __init__(self) -> None:
        self.items: list[W_Root] = []
        self.shape: list[int] = []
        self.dtype: DType | None = None


def _shape_text(shape: list[int]) -> str:
    if len(shape) == 1:
        return "(" + str(shape[0]) + ",)"
    return "(" + ", ".join([str(d) for d in shape]) + ")"


def _ragged(depth: int, shape: list[int]) -> objects.OperationError:
    return oefmt(w_ValueError, "setting an array element with a sequence. The requested "
                 "array has an inhomogeneous shape after " + str(depth) +
                 " dimensions. The detected shape was " + _shape_text(shape[:depth]) +
                 " + inhomogeneous part.")


def _seq_items(w: W_Root) -> list[W_Root] | None:
    if isinstance(w, W_List):
        return w.items
    if isinstance(w, W_Tuple):
        return w.items
    return None


def _discover_shape(w: W_Root) -> list[int]:
    shape: list[int] = []
    w_cur = w
    while True:
        items = _seq_items(w_cur)
        if items is None:
            if isinstance(w_cur, W_NDArray):
                shape.extend(w_cur.arr.shape)
            return shape
        shape.append(len(items))
        if len(items) == 0:
            return shape
        w_cur = items[0]


def _collect(w: W_Root, depth: int, shape: list[int], out: Leaves) -> None:
    items = _seq_items(w)
    if depth == len(shape):
        if items is not None:
            raise _ragged(depth, shape)
        if isinstance(w, W_NDArray) and len(w.arr.shape) > 0:
            raise _ragged(depth, shape)
        out.items.append(w)
        return
    if items is None:
        if isinstance(w, W_NDArray):
            sub = w.arr.shape
            if sub != shape[depth:]:
                raise _ragged(depth, shape)
            for off in c_order_offsets(w.arr):
                out.items.append(_element(w.arr, off))
            return
        raise _ragged(depth, shape)
    if len(items) != shape[depth]:
        raise _ragged(depth, shape)
    for w_item in items:
        _collect(w_item, depth + 1, shape, out)


def _element(arr: NDArray, off: int) -> W_Root:
    from interp.nparray import box_element
    return box_element(arr, off)


def leaf_dtype(w: W_Root) -> DType:
    if isinstance(w, W_NPScalar):
        return w.arr.dtype
    if isinstance(w, W_NDArray):
        return w.arr.dtype
    if isinstance(w, W_Bool):
        return dtypes.BOOL
    if isinstance(w, W_Int):
        return dtypes.INT64
    if isinstance(w, objects.W_BigInt):
        return dtypes.UINT64
    if isinstance(w, W_Float):
        return dtypes.FLOAT64
    if isinstance(w, W_Str):
        raise oefmt(objects.w_NotImplementedError,
                    "mnpy's numpy supports numeric arrays only (got a str element)")
    if w is objects.w_None:
        raise oefmt(objects.w_NotImplementedError,
                    "mnpy's numpy does not support object arrays (got None)")
    raise oefmt(w_TypeError, "float() argument must be a string or a real number, not '" +
                w.type_name() + "'")


def promote(a: DType, b: DType) -> DType:
    from interp import npengine
    return npengine.promote_types(a, b)


def array_from(w: W_Root, dtype: DType | None, copy: bool) -> NDArray:
    """np.array(w, dtype) (copy=True) / np.asarray(w, dtype) (copy=False)."""
    if isinstance(w, W_NDArray):
        if dtype is None or dtype.num == w.arr.dtype.num:
            if not copy:
                return w.arr
            from interp import npengine
            return npengine.copy(w.arr)
        from interp import npengine
        return npengine.astype(w.arr, dtype)
    leaves = Leaves()
    shape = _discover_shape(w)
    _collect(w, 0, shape, leaves)
    found: DType | None = None
    for w_leaf in leaves.items:
        d = leaf_dtype(w_leaf)
        found = d if found is None else promote(found, d)
    if found is None:
        found = dtypes.FLOAT64
    target = found if dtype is None else dtype
    arr = empty(shape, target)
    offs = c_order_offsets(arr)
    for i in range(len(offs)):
        store(arr, offs[i], leaves.items[i])
    return arr


def _int_bounds_error(v: int, d: DType) -> objects.OperationError:
    return oefmt(w_OverflowError, "Python integer " + str(v) + " out of bounds for " + d.name)


def store(arr: NDArray, off: int, w: W_Root) -> None:
    """Write one boxed value into arr at byte offset off, converting as NumPy."""
    d = arr.dtype
    if isinstance(w, W_NPScalar) or isinstance(w, W_NDArray):
        src = w.arr
        soff = src.offset
        if d.compute == dtypes.COMPUTE_FLOAT:
            from interp.nparray import float_of
            arr.write_float(off, float_of(src, soff))
        elif d.compute == dtypes.COMPUTE_BOOL:
            arr.write_bool(off, src.read_bool(soff))
        elif src.dtype.compute == dtypes.COMPUTE_FLOAT:
            arr.write_int(off, float_to_int_bits(src.read_float(soff), d))
        else:
            arr.write_int(off, src.read_int(soff))
        return
    if isinstance(w, W_Float):
        if d.compute == dtypes.COMPUTE_FLOAT:
            arr.write_float(off, w.floatval)
        elif d.compute == dtypes.COMPUTE_BOOL:
            arr.write_bool(off, w.floatval != 0.0)
        else:
            arr.write_int(off, float_to_int_bits(w.floatval, d))
        return
    if isinstance(w, W_Int):
        v = w.intval
        if d.compute == dtypes.COMPUTE_FLOAT:
            arr.write_float(off, float(v))
        elif d.compute == dtypes.COMPUTE_BOOL:
            arr.write_bool(off, v != 0)
        else:
            if not isinstance(w, W_Bool) and not int_fits(v, d):
                raise _int_bounds_error(v, d)
            arr.write_int(off, v)
        return
    if isinstance(w, objects.W_BigInt):
        if d.compute == dtypes.COMPUTE_FLOAT:
            arr.write_float(off, uint_to_float(w.bits))
        elif d.compute == dtypes.COMPUTE_BOOL:
            arr.write_bool(off, True)
        elif d.compute == dtypes.COMPUTE_UINT64:
            arr.write_int(off, w.bits)
        else:
            raise oefmt(w_OverflowError, "Python int too large to convert to C long")
        return
    leaf_dtype(w)
    raise oefmt(w_TypeError, "cannot store a '" + w.type_name() + "' in an array")


def int_fits(v: int, d: DType) -> bool:
    if d.compute == dtypes.COMPUTE_UINT64:
        return v >= 0
    bits = d.itemsize * 8
    if d.signed:
        if bits >= 64:
            return True
        lim = 1 << (bits - 1)
        return -lim <= v < lim
    return 0 <= v < (1 << bits)


def float_to_int_bits(x: float, d: DType) -> int:
    """C's float -> integer conversion as NumPy does it on x86-64."""
    if x != x or x >= 9.2233720368547758e18 or x < -9.2233720368547758e18:
        if d.compute == dtypes.COMPUTE_UINT64 and x == x and 0 <= x < 1.8446744073709552e19:
            return truncate(int(x - 9.2233720368547758e18) + (1 << 63), 64, True)
        return truncate(-(1 << 63), d.itemsize * 8, d.signed)
    return truncate(int(x), d.itemsize * 8, d.signed)
