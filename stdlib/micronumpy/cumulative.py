"""np.cumsum and np.cumprod.

Public API:
  cumsum(a: NDArray, axis: int, axis_none: bool, dtype: DType | None) -> NDArray
  cumprod(a: NDArray, axis: int, axis_none: bool, dtype: DType | None) -> NDArray
axis_none flattens (C order) to 1-D; a 0-d input acts as 1-D (axis 0 or -1).
Result dtype (NumPy 2.4.6): bool and signed ints below int64 -> int64,
unsigned ints below uint64 -> uint64, int64/uint64/float32/float64 keep theirs;
`dtype` overrides. The input is first cast (unsafe, as NumPy does) to the
result dtype, then accumulated in that dtype: integers wrap, bool is or/and,
floats are added/multiplied sequentially (no pairwise summation), float32
rounding every step; the first element is copied, so -0.0 stays -0.0.
"""

from rpy.rarithmetic import intmask
from micronumpy import dtypes
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, empty, c_order_offsets
from micronumpy.errors import normalize_axis
from micronumpy.creation import store_float, store_int


def _default_dtype(dt: DType) -> DType:
    if dt.compute == dtypes.COMPUTE_FLOAT or dt.itemsize == 8:
        return dt
    if dt.kind == "u":
        return dtypes.UINT64
    return dtypes.INT64


def _accumulate(a: NDArray, axis: int, axis_none: bool, dtype: DType | None,
                is_prod: bool) -> NDArray:
    out_dt = _default_dtype(a.dtype) if dtype is None else dtype
    if axis_none or a.ndim() == 0:
        if not axis_none:
            normalize_axis(axis, 1)
        shape = [a.size()]
        ax = 0
    else:
        ax = normalize_axis(axis, a.ndim())
        shape = list(a.shape)
    res = empty(shape, out_dt)
    # unsafe cast-copy of a (C order) into res
    offs = c_order_offsets(a)
    isz = out_dt.itemsize
    if a.dtype.compute == dtypes.COMPUTE_FLOAT:
        for i in range(len(offs)):
            store_float(res, i * isz, a.read_float(offs[i]))
    else:
        for i in range(len(offs)):
            store_int(res, i * isz, a.read_int(offs[i]))
    n = shape[ax]
    st = res.strides[ax]
    # lane bases over the other axes
    bases = [0]
    for d in range(len(shape)):
        if d == ax:
            continue
        nxt: list[int] = []
        for b in bases:
            for i in range(shape[d]):
                nxt.append(b + i * res.strides[d])
        bases = nxt
    c = out_dt.compute
    for b in bases:
        if n == 0:
            break
        if c == dtypes.COMPUTE_FLOAT:
            acc = res.read_float(b)
            for i in range(1, n):
                o = b + i * st
                if is_prod:
                    acc = acc * res.read_float(o)
                else:
                    acc = acc + res.read_float(o)
                res.write_float(o, acc)
                acc = res.read_float(o)   # float32 rounds every step
        elif c == dtypes.COMPUTE_BOOL:
            accb = res.read_bool(b)
            for i in range(1, n):
                o = b + i * st
                if is_prod:
                    accb = accb and res.read_bool(o)
                else:
                    accb = accb or res.read_bool(o)
                res.write_bool(o, accb)
        else:
            acci = res.read_int(b)
            for i in range(1, n):
                o = b + i * st
                if is_prod:
                    acci = intmask(acci * res.read_int(o))
                else:
                    acci = intmask(acci + res.read_int(o))
                res.write_int(o, acci)
                acci = res.read_int(o)   # wrap to the dtype's width
    return res


def cumsum(a: NDArray, axis: int, axis_none: bool, dtype: DType | None) -> NDArray:
    """np.cumsum(a, axis, dtype)."""
    return _accumulate(a, axis, axis_none, dtype, False)


def cumprod(a: NDArray, axis: int, axis_none: bool, dtype: DType | None) -> NDArray:
    """np.cumprod(a, axis, dtype)."""
    return _accumulate(a, axis, axis_none, dtype, True)
