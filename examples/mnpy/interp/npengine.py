"""The one door from mnpy's numpy objects into micronumpy.

Every call into micronumpy goes through a function here, which converts the
exceptions micronumpy raises (plain ValueError, TypeError, IndexError,
OverflowError, ZeroDivisionError, micronumpy's AxisError) into mnpy
OperationErrors of the matching Python-level class with the same message.
It also turns boxed index keys into micronumpy's typed index lists. What it
must keep true: no micronumpy exception escapes into the interpreter loop as
a host exception (which would print a host traceback).
"""

from micronumpy import dtypes
from micronumpy import creation
from micronumpy import indexing
from micronumpy import manipulation
from micronumpy import reduce
from micronumpy import casting
from micronumpy import cumulative
from micronumpy import elementwise
from micronumpy import linalg
from micronumpy import promotion
from micronumpy import sorting
from micronumpy import binops as ufunc
from micronumpy import unary as unary_ufuncs
from micronumpy.dtypes import DType
from micronumpy.errors import AxisError, UFuncTypeError
from micronumpy.ndarray import NDArray, c_order_offsets
from interp import objects
from interp import ops
from interp.npargs import Axes
from interp.objects import (
    W_Root, W_Int, W_Bool, W_Tuple, W_List, W_Slice, W_Type, OperationError, oefmt,
)


class _State:
    def __init__(self) -> None:
        self.w_AxisError: W_Type = objects.w_ValueError
        self.w_UFuncTypeError: W_Type = objects.w_TypeError


STATE = _State()


def host_error(e: Exception) -> OperationError:
    """The mnpy exception for an exception micronumpy raised."""
    msg = str(e)
    if isinstance(e, AxisError):
        return oefmt(STATE.w_AxisError, msg)
    if isinstance(e, UFuncTypeError):
        return oefmt(STATE.w_UFuncTypeError, msg)
    if isinstance(e, ZeroDivisionError):
        return oefmt(objects.w_ZeroDivisionError, msg)
    if isinstance(e, FloatingPointError):
        return oefmt(objects.w_FloatingPointError, msg)
    if isinstance(e, OverflowError):
        return oefmt(objects.w_OverflowError, msg)
    if isinstance(e, IndexError):
        return oefmt(objects.w_IndexError, msg)
    if isinstance(e, KeyError):
        return oefmt(objects.w_KeyError, msg)
    if isinstance(e, NotImplementedError):
        return oefmt(objects.w_NotImplementedError, msg)
    if isinstance(e, TypeError):
        return oefmt(objects.w_TypeError, msg)
    if isinstance(e, MemoryError):
        return oefmt(objects.w_MemoryError, msg)
    return oefmt(objects.w_ValueError, msg)


# ---------------------------------------------------------------- creation

def filled(shape: list[int], dtype: DType, value: float) -> NDArray:
    try:
        if dtype.compute == dtypes.COMPUTE_FLOAT:
            return creation.full_float(shape, value, dtype)
        if dtype.compute == dtypes.COMPUTE_BOOL:
            return creation.full_bool(shape, value != 0.0, dtype)
        return creation.full_int(shape, int(value), dtype)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def full(shape: list[int], value: NDArray) -> NDArray:
    try:
        return creation.full(shape, value, value.dtype)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def copy(a: NDArray) -> NDArray:
    return creation.copy(a, "C")


def astype(a: NDArray, dtype: DType) -> NDArray:
    try:
        return casting.astype(a, dtype)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def _scalar_float(a: NDArray) -> float:
    if len(a.shape) != 0:
        raise oefmt(objects.w_TypeError, "only length-1 arrays can be converted to "
                    "Python scalars")
    return a.read_float(a.offset)


def arange(start: NDArray, stop: NDArray, step: NDArray, dtype: DType | None) -> NDArray:
    try:
        all_int = (start.dtype.is_integer() or start.dtype.is_bool()) and \
            (stop.dtype.is_integer() or stop.dtype.is_bool()) and \
            (step.dtype.is_integer() or step.dtype.is_bool())
        if dtype is None:
            dtype = dtypes.INT64 if all_int else dtypes.FLOAT64
        if step.read_float(step.offset) == 0.0:
            raise oefmt(objects.w_ZeroDivisionError, "division by zero")
        if all_int and not dtype.is_float():
            return creation.arange_int(start.read_int(start.offset), stop.read_int(stop.offset),
                                       step.read_int(step.offset), dtype)
        return creation.arange_float(_scalar_float(start), _scalar_float(stop),
                                     _scalar_float(step), dtype)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def linspace(start: NDArray, stop: NDArray, num: int, endpoint: bool,
             dtype: DType | None) -> NDArray:
    try:
        return creation.linspace(_scalar_float(start), _scalar_float(stop), num, endpoint,
                                 dtype if dtype is not None else dtypes.FLOAT64)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def eye(n: int, m: int, k: int, dtype: DType) -> NDArray:
    try:
        return creation.eye(n, m, k, dtype)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


# ---------------------------------------------------------------- indexing

def _slice_part(w: W_Root) -> tuple[int, bool]:
    if w is objects.w_None:
        return 0, False
    if isinstance(w, W_Int):
        return w.intval, True
    return w.to_index(), True


def index_list(w_key: W_Root) -> list[indexing.Index]:
    """A boxed subscript as micronumpy's index list."""
    items: list[W_Root] = [w_key]
    if isinstance(w_key, W_Tuple):
        items = w_key.items
    out: list[indexing.Index] = []
    for w in items:
        out.append(one_index(w))
    return out


def one_index(w: W_Root) -> indexing.Index:
    from interp.nparray import W_NDArray, W_NPScalar, to_array
    if w is objects.w_None:
        return indexing.NewAxisIndex()
    if isinstance(w, W_Bool):
        raise oefmt(objects.w_IndexError, indexing.INVALID_INDEX)
    if isinstance(w, W_Int):
        return indexing.IntIndex(w.intval)
    if isinstance(w, W_Slice):
        start, has_start = _slice_part(w.w_start)
        stop, has_stop = _slice_part(w.w_stop)
        step, has_step = _slice_part(w.w_step)
        if has_step and step == 0:
            raise oefmt(objects.w_ValueError, "slice step cannot be zero")
        return indexing.SliceIndex(start, stop, step, has_start, has_stop, has_step)
    if w.type_name() == "ellipsis":
        return indexing.EllipsisIndex()
    if isinstance(w, W_NPScalar):
        if w.arr.dtype.is_integer():
            return indexing.IntIndex(w.arr.read_int(w.arr.offset))
        raise oefmt(objects.w_IndexError, indexing.INVALID_INDEX)
    arr: NDArray | None = None
    if isinstance(w, W_NDArray):
        arr = w.arr
    elif isinstance(w, W_List):
        arr = to_array(w)
        if len(w.items) == 0:
            arr = creation.zeros([0], dtypes.INT64)
    if arr is not None:
        if arr.dtype.is_bool():
            return indexing.BoolArrayIndex(arr)
        if arr.dtype.is_integer():
            return indexing.IntArrayIndex(arr)
        raise oefmt(objects.w_IndexError, "arrays used as indices must be of integer "
                    "(or boolean) type")
    raise oefmt(objects.w_IndexError, indexing.INVALID_INDEX)


def getitem(arr: NDArray, w_key: W_Root) -> NDArray:
    idx = index_list(w_key)
    try:
        return indexing.getitem(arr, idx)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def setitem(arr: NDArray, w_key: W_Root, w_value: W_Root) -> None:
    from interp.nparray import to_operand
    idx = index_list(w_key)
    value = to_operand(w_value)
    try:
        indexing.setitem(arr, idx, value)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def fill(arr: NDArray, w_value: W_Root) -> None:
    from interp.nparray import to_operand
    value = to_operand(w_value)
    try:
        if value.weak and value.dtype.compute == dtypes.COMPUTE_INT:
            promotion.check_weak_int(promotion.weak_int_value(value), arr.dtype)
        indexing.fill(arr, value)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def any_true(a: NDArray) -> bool:
    for off in c_order_offsets(a):
        if a.read_bool(off):
            return True
    return False


def all_true(a: NDArray) -> bool:
    for off in c_order_offsets(a):
        if not a.read_bool(off):
            return False
    return True


# ---------------------------------------------------------------- shapes

def reshape(a: NDArray, shape: list[int], order: str) -> NDArray:
    try:
        return manipulation.reshape(a, shape, order)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def set_shape(a: NDArray, w_value: W_Root) -> None:
    from interp.npargs import shape_value
    shape = shape_value(w_value)
    try:
        manipulation.set_shape(a, shape)
    except AttributeError as e:
        raise oefmt(objects.w_AttributeError, str(e))
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def ravel(a: NDArray, order: str) -> NDArray:
    try:
        return manipulation.ravel(a, order)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def flatten(a: NDArray, order: str) -> NDArray:
    try:
        return manipulation.flatten(a, order)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def transpose(a: NDArray, axes: list[int]) -> NDArray:
    try:
        return manipulation.transpose(a, axes)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def swapaxes(a: NDArray, a1: int, a2: int) -> NDArray:
    try:
        return manipulation.swapaxes(a, a1, a2)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def squeeze(a: NDArray, axes: Axes) -> NDArray:
    try:
        return manipulation.squeeze(a, axes.axes, not axes.given)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def expand_dims(a: NDArray, axes: Axes) -> NDArray:
    try:
        return manipulation.expand_dims(a, axes.axes)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def broadcast_to(a: NDArray, shape: list[int]) -> NDArray:
    try:
        return manipulation.broadcast_to(a, shape)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def view(a: NDArray) -> NDArray:
    v = NDArray(a.storage, a.dtype, list(a.shape), list(a.strides), a.offset, a.owner())
    v.writeable = a.writeable
    return v


def join(kind: str, arrs: list[NDArray], axis: int, axis_none: bool) -> NDArray:
    try:
        if kind == "concatenate":
            if axis_none:
                flat: list[NDArray] = []
                for a in arrs:
                    flat.append(manipulation.ravel(a, "C"))
                return manipulation.concatenate(flat, 0)
            return manipulation.concatenate(arrs, axis)
        if kind == "stack":
            return manipulation.stack(arrs, axis)
        if kind == "vstack":
            return manipulation.vstack(arrs)
        return manipulation.hstack(arrs)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


# ---------------------------------------------------------------- promotion

def promote_types(a: DType, b: DType) -> DType:
    return promotion.promote_types(a, b)


# ---------------------------------------------------------------- reductions

def reduction(fname: str, a: NDArray, axes: Axes, dt: DType | None, keepdims: bool,
              ddof: int) -> NDArray:
    """np.<fname>(a, axis=, dtype=, keepdims=, ddof=) for the reductions."""
    ax = axes.axes
    none = not axes.given
    try:
        if fname == "sum":
            if dt is not None:
                return reduce.sum_dtype(a, ax, none, keepdims, dt)
            return reduce.sum_(a, ax, none, keepdims)
        if dt is not None and dt.is_float() and fname == "mean":
            # the cast happens inside NumPy's buffered iterator
            return reduce.mean_dtype(a, ax, none, keepdims, dt)
        if dt is not None and dt.is_float() and (fname == "var" or fname == "std"):
            return reduce.var_dtype(a, ax, none, keepdims, ddof, fname == "std", dt)
        if dt is not None:
            a = creation.astype(a, dt)
        if fname == "prod":
            r = reduce.prod_(a, ax, none, keepdims)
            if dt is not None and r.dtype is not dt:
                # products wrap modulo 2**bits, so the wider product cast back is exact
                return casting.astype(r, dt)
            return r
        if fname == "mean":
            return reduce.mean_(a, ax, none, keepdims)
        if fname == "var" or fname == "std":
            return reduce.var_(a, ax, none, keepdims, ddof, fname == "std")
        if fname == "min" or fname == "max":
            return reduce.minmax(a, ax, none, keepdims, fname == "max")
        if fname == "argmin" or fname == "argmax":
            if axes.is_tuple:
                raise oefmt(objects.w_TypeError,
                            "'tuple' object cannot be interpreted as an integer")
            return reduce.argminmax(a, ax[0] if len(ax) > 0 else 0, none, keepdims,
                                    fname == "argmax")
        if fname == "all" or fname == "any":
            return reduce.all_any(a, ax, none, keepdims, fname == "all")
        if fname == "count_nonzero":
            return reduce.count_nonzero(a, ax, none, keepdims)
        return cumulative_op(fname, a, axes, dt)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def cumulative_op(fname: str, a: NDArray, axes: Axes, dt: DType | None) -> NDArray:
    """np.cumsum / np.cumprod."""
    if axes.is_tuple:
        raise oefmt(objects.w_TypeError, "'tuple' object cannot be interpreted as an integer")
    axis = axes.axes[0] if len(axes.axes) > 0 else 0
    try:
        if fname == "cumsum":
            return cumulative.cumsum(a, axis, not axes.given, dt)
        if fname == "cumprod":
            return cumulative.cumprod(a, axis, not axes.given, dt)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)
    raise oefmt(objects.w_NotImplementedError, "np." + fname + " is not supported by mnpy")


# ---------------------------------------------------------------- ufuncs

# ufunc name per binary operator code (ops.ADD ..), "" for none
BINOP_UFUNCS = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder",
                "power", "left_shift", "right_shift", "bitwise_and", "bitwise_or",
                "bitwise_xor", "matmul"]
# ufunc name per comparison code (ops.LT .. ops.GE)
CMP_UFUNCS = ["less", "less_equal", "equal", "not_equal", "greater", "greater_equal"]


def binary(name: str, a: NDArray, b: NDArray) -> NDArray:
    return binary_full(name, a, b, None, None)


def binary_full(name: str, a: NDArray, b: NDArray, out: NDArray | None,
                dt: DType | None) -> NDArray:
    """np.<name>(a, b, out=out, dtype=dt)."""
    try:
        return ufunc.binary(name, a, b, out, dt)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def scalar_binary(name: str, a: NDArray, b: NDArray) -> NDArray:
    """A NumPy-scalar operator: `np.float64(1) / 0` warns "scalar divide"."""
    try:
        return ufunc.scalar_binary(name, a, b)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def divmod_(a: NDArray, b: NDArray) -> tuple[NDArray, NDArray]:
    """np.divmod(a, b)."""
    try:
        return ufunc.divmod_(a, b, False)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def scalar_unary(name: str, a: NDArray) -> NDArray:
    """-x, +x, abs(x), ~x of a NumPy scalar."""
    try:
        return unary_ufuncs.scalar_unary(name, a)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def unary(name: str, a: NDArray) -> NDArray:
    return unary_full(name, a, None, None)


def unary_full(name: str, a: NDArray, out: NDArray | None, dt: DType | None) -> NDArray:
    """np.<name>(a, out=out, dtype=dt)."""
    try:
        return unary_ufuncs.unary(name, a, out, dt)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def inplace(op: int, a: NDArray, b: NDArray) -> None:
    """a op= b: the ufunc with out=a (same_kind output casting)."""
    if op == ops.MATMUL:
        raise oefmt(objects.w_NotImplementedError, "@= is not supported by mnpy's numpy")
    name = BINOP_UFUNCS[op]
    if not a.writeable:
        raise oefmt(objects.w_ValueError, "output array is read-only")
    binary_full(name, a, b, a, None)


def ufunc_reduce(name: str, a: NDArray, axes: Axes, dt: DType | None,
                 keepdims: bool) -> NDArray:
    """np.<name>.reduce(a, axis=, dtype=, keepdims=) (axis defaults to 0)."""
    if axes.is_tuple and len(axes.axes) != 1:
        raise oefmt(objects.w_NotImplementedError, name + ".reduce over several axes is not "
                    "supported by mnpy's numpy")
    axis = axes.axes[0] if len(axes.axes) > 0 else 0
    try:
        return ufunc.reduce(name, a, axis, not axes.given, dt, keepdims)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def ufunc_accumulate(name: str, a: NDArray, axes: Axes, dt: DType | None) -> NDArray:
    """np.<name>.accumulate(a, axis=, dtype=)."""
    if axes.is_tuple or not axes.given:
        raise oefmt(objects.w_TypeError, "'NoneType' object cannot be interpreted as an "
                    "integer" if not axes.given else "'tuple' object cannot be interpreted "
                    "as an integer")
    try:
        return ufunc.accumulate(name, a, axes.axes[0], dt)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def matmul(a: NDArray, b: NDArray) -> NDArray:
    try:
        return linalg.matmul(a, b)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def dot(a: NDArray, b: NDArray) -> NDArray:
    try:
        return linalg.dot(a, b)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def where(cond: NDArray, x: NDArray, y: NDArray) -> NDArray:
    try:
        return elementwise.where(cond, x, y)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def clip(a: NDArray, lo: NDArray | None, hi: NDArray | None) -> NDArray:
    try:
        return elementwise.clip(a, lo, hi)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def round_(a: NDArray, decimals: int) -> NDArray:
    try:
        return elementwise.round_(a, decimals)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def isclose(a: NDArray, b: NDArray, rtol: float, atol: float, equal_nan: bool) -> NDArray:
    try:
        return elementwise.isclose(a, b, rtol, atol, equal_nan)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


# ---------------------------------------------------------------- sorting

def _one_axis(axes: Axes) -> int:
    if axes.is_tuple:
        raise oefmt(objects.w_TypeError, "'tuple' object cannot be interpreted as an integer")
    return axes.axes[0] if len(axes.axes) > 0 else -1


def sort(a: NDArray, axes: Axes) -> NDArray:
    try:
        return sorting.sort(a, _one_axis(axes), not axes.given)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def sort_in_place(a: NDArray, axes: Axes) -> None:
    if not axes.given:
        raise oefmt(objects.w_NotImplementedError, "ndarray.sort(axis=None) is not "
                    "supported by mnpy's numpy")
    if not a.writeable:
        raise oefmt(objects.w_ValueError, "assignment destination is read-only")
    try:
        sorting.sort_in_place(a, _one_axis(axes))
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def argsort(a: NDArray, axes: Axes) -> NDArray:
    try:
        return sorting.argsort(a, _one_axis(axes), not axes.given)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def unique(a: NDArray) -> NDArray:
    try:
        return sorting.unique(a)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def nonzero(a: NDArray) -> list[NDArray]:
    try:
        return sorting.nonzero(a)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


# ---------------------------------------------------------------- dtype queries

def result_type(arrays: list[NDArray]) -> DType:
    try:
        return promotion.result_type(arrays)
    except (ValueError, TypeError, IndexError, OverflowError, ZeroDivisionError,
            FloatingPointError, NotImplementedError) as e:
        raise host_error(e)


def can_cast(frm: DType, to: DType, casting: str) -> bool:
    code = promotion.casting_code(casting)
    if code < 0:
        raise oefmt(objects.w_ValueError, "casting must be one of 'no', 'equiv', 'safe', "
                    "'same_kind', or 'unsafe'")
    return promotion.can_cast(frm, to, code)
