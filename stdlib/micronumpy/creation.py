"""Array creation: zeros/ones/full/arange/linspace/eye and arrays from
already-flattened Python data (the mnpy bridge discovers shape and dtype)."""

import math
from rpy.rfloat import cvtt_int64
from micronumpy import casting
from micronumpy.broadcast import try_broadcast_shapes
from micronumpy import dtypes
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, c_order_offsets, f_strides
from micronumpy import ndarray


def _check_shape(shape: list[int]) -> None:
    for d in shape:
        if d < 0:
            raise ValueError("negative dimensions are not allowed")


def empty(shape: list[int], dtype: DType) -> NDArray:
    _check_shape(shape)
    return ndarray.empty(shape, dtype)


def zeros(shape: list[int], dtype: DType) -> NDArray:
    return empty(shape, dtype)


def float_to_int(v: float) -> int:
    """C-style truncation used by NumPy's float->int64 cast (nan/inf/out of
    range give INT64_MIN, as on x86-64)."""
    return cvtt_int64(v)


def store_float(arr: NDArray, off: int, v: float) -> None:
    """Store a float into any dtype with NumPy's (scalar-path) unsafe cast."""
    c = arr.dtype.compute
    if c == dtypes.COMPUTE_FLOAT:
        arr.write_float(off, v)
    elif c == dtypes.COMPUTE_BOOL:
        arr.write_bool(off, v != 0.0)
    else:
        arr.write_int(off, casting.float_to_dtype_bits(v, arr.dtype))


def store_int(arr: NDArray, off: int, v: int) -> None:
    """Store an int (bit pattern for uint64) into any dtype, wrapping; into a
    float dtype v is a signed value, rounded once (float32 too)."""
    c = arr.dtype.compute
    if c == dtypes.COMPUTE_FLOAT:
        arr.write_float(off, casting.int_to_dtype_float(v, False, arr.dtype))
    elif c == dtypes.COMPUTE_BOOL:
        arr.write_bool(off, v != 0)
    else:
        arr.write_int(off, v)


def full_float(shape: list[int], v: float, dtype: DType) -> NDArray:
    a = empty(shape, dtype)
    for off in c_order_offsets(a):
        store_float(a, off, v)
    return a


def full_int(shape: list[int], v: int, dtype: DType) -> NDArray:
    check_int_fits(v, dtype)
    a = empty(shape, dtype)
    for off in c_order_offsets(a):
        store_int(a, off, v)
    return a


def full_bool(shape: list[int], v: bool, dtype: DType) -> NDArray:
    return full_int(shape, 1 if v else 0, dtype)


def ones(shape: list[int], dtype: DType) -> NDArray:
    return full_int(shape, 1, dtype)


def full(shape: list[int], value: NDArray, dtype: DType) -> NDArray:
    """np.full with a 0-d fill value array (weak Python ints are range-checked)."""
    a = empty(shape, dtype)
    if value.weak and value.dtype.compute == dtypes.COMPUTE_INT:
        check_int_fits(value.read_int(value.offset), dtype)
    copy_into(a, value)
    return a


def copy_into(dst: NDArray, src: NDArray) -> None:
    """Element-wise unsafe cast-copy of src (broadcastable to dst, or of the
    same size, or of size 1) into dst, in C order, with NumPy's exact rules
    (micronumpy.casting)."""
    bshape = try_broadcast_shapes([src.shape, dst.shape])
    if bshape is not None and bshape == dst.shape:
        casting.cast_into(dst, src)
        return
    doffs = c_order_offsets(dst)
    soffs = c_order_offsets(src)
    if len(soffs) == 1 and len(doffs) != 1:
        soffs = soffs * len(doffs)
    casting.cast_offsets(dst, doffs, src, soffs, [])


def int_bounds_ok(v: int, dtype: DType) -> bool:
    if dtype.compute != dtypes.COMPUTE_INT:
        return True
    if dtype.signed:
        lim = 1 << (dtype.bits - 1)
        return -lim <= v < lim
    return 0 <= v < (1 << dtype.bits)


def check_int_fits(v: int, dtype: DType) -> None:
    """NumPy 2: a Python int outside an integer dtype's range is an error."""
    if not int_bounds_ok(v, dtype):
        raise OverflowError("Python integer " + str(v) + " out of bounds for " + dtype.name)


def from_floats(shape: list[int], values: list[float], dtype: DType) -> NDArray:
    a = empty(shape, dtype)
    offs = c_order_offsets(a)
    for i in range(len(offs)):
        store_float(a, offs[i], values[i])
    return a


def from_ints(shape: list[int], values: list[int], dtype: DType) -> NDArray:
    for v in values:
        check_int_fits(v, dtype)
    a = empty(shape, dtype)
    offs = c_order_offsets(a)
    for i in range(len(offs)):
        store_int(a, offs[i], values[i])
    return a


def from_bools(shape: list[int], values: list[bool], dtype: DType) -> NDArray:
    a = empty(shape, dtype)
    offs = c_order_offsets(a)
    for i in range(len(offs)):
        store_int(a, offs[i], 1 if values[i] else 0)
    return a


def discover_dtype(has_bool: bool, has_int: bool, has_float: bool) -> DType:
    if has_float:
        return dtypes.FLOAT64
    if has_int:
        return dtypes.INT64
    if has_bool:
        return dtypes.BOOL
    return dtypes.FLOAT64


def shape_tuple_text(shape: list[int]) -> str:
    if len(shape) == 1:
        return "(" + str(shape[0]) + ",)"
    return "(" + ", ".join([str(d) for d in shape]) + ")"


def ragged_error(detected: list[int]) -> ValueError:
    return ValueError("setting an array element with a sequence. The requested array has an "
                      "inhomogeneous shape after " + str(len(detected)) + " dimensions. The "
                      "detected shape was " + shape_tuple_text(detected) + " + inhomogeneous part.")


def arange_length(start: float, stop: float, step: float) -> int:
    if step == 0.0:
        raise ZeroDivisionError("division by zero")
    n = math.ceil((stop - start) / step)
    if n <= 0:
        return 0
    return int(n)


def arange_int(start: int, stop: int, step: int, dtype: DType) -> NDArray:
    if step == 0:
        raise ZeroDivisionError("division by zero")
    n = 0
    if step > 0 and stop > start:
        n = (stop - start + step - 1) // step
    elif step < 0 and stop < start:
        n = (start - stop - step - 1) // (-step)
    a = empty([n], dtype)
    for i in range(n):
        store_int(a, i * dtype.itemsize, start + i * step)
    return a


def arange_float(start: float, stop: float, step: float, dtype: DType) -> NDArray:
    """NumPy fills the first two values then repeats `delta = a[1]-a[0]`:
    value i = start + i*delta."""
    n = arange_length(start, stop, step)
    a = empty([n], dtype)
    delta = (start + step) - start
    for i in range(n):
        v = start if i == 0 else start + i * delta
        store_float(a, i * dtype.itemsize, v)
    return a


def linspace(start: float, stop: float, num: int, endpoint: bool, dtype: DType) -> NDArray:
    if num < 0:
        raise ValueError("Number of samples, " + str(num) + ", must be non-negative.")
    div = (num - 1) if endpoint else num
    delta = stop - start
    vals = [float(i) for i in range(num)]
    if div > 0:
        step = delta / div
        if step == 0.0:
            vals = [(v / div) * delta + start for v in vals]
        else:
            vals = [v * step + start for v in vals]
    else:
        vals = [v * delta + start for v in vals]
    if endpoint and num > 1:
        vals[num - 1] = stop
    if dtype.compute == dtypes.COMPUTE_FLOAT:
        return from_floats([num], vals, dtype)
    a = empty([num], dtype)
    for i in range(num):
        store_float(a, i * dtype.itemsize, math.floor(vals[i]) if dtype.compute != dtypes.COMPUTE_BOOL else vals[i])
    return a


def eye(n: int, m: int, k: int, dtype: DType) -> NDArray:
    _check_shape([n, m])
    a = empty([n, m], dtype)
    for i in range(n):
        j = i + k
        if 0 <= j < m:
            store_int(a, (i * m + j) * dtype.itemsize, 1)
    return a


def identity(n: int, dtype: DType) -> NDArray:
    return eye(n, n, 0, dtype)


def empty_like(a: NDArray, dtype: DType) -> NDArray:
    return empty(list(a.shape), dtype)


def zeros_like(a: NDArray, dtype: DType) -> NDArray:
    return empty(list(a.shape), dtype)


def ones_like(a: NDArray, dtype: DType) -> NDArray:
    return ones(list(a.shape), dtype)


def full_like(a: NDArray, value: NDArray, dtype: DType) -> NDArray:
    return full(list(a.shape), value, dtype)


def copy(a: NDArray, order: str) -> NDArray:
    """A new array owning its data; order 'C', 'F', 'A' or 'K' ('K' keeps
    F layout for F-contiguous inputs, else C)."""
    dst = empty(list(a.shape), a.dtype)
    fortran = order == "F" or ((order == "A" or order == "K") and a.is_f_contiguous()
                               and not a.is_c_contiguous())
    if fortran:
        dst.strides = f_strides(dst.shape, a.dtype.itemsize)
    copy_into(dst, a)
    return dst


def astype(a: NDArray, dtype: DType) -> NDArray:
    dst = empty(list(a.shape), dtype)
    copy_into(dst, a)
    return dst
