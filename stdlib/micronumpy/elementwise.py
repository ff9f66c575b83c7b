"""np.where (3-argument), np.clip, np.round and np.isclose.

Public API:
  where(cond: NDArray, x: NDArray, y: NDArray) -> NDArray
      Result dtype result_type(x, y) (NEP 50 weak scalars); x and y are cast
      to it UNSAFELY (np.where(c, 300, int8) gives 44); cond by truth value.
  clip(a: NDArray, lo: NDArray | None, hi: NDArray | None) -> NDArray
      NumPy 2.4's _clip: for an integer `a`, a weak Python-int bound beyond
      the dtype's range is dropped; both None -> np.positive(a) (bool:
      UFuncTypeError); one None -> np.maximum / np.minimum (ties give the
      bound, NaN propagates); else np.clip: with both bounds 0-d (NumPy's
      constant-bounds loop) x is kept on ties, otherwise C's
      MIN(MAX(x, lo), hi) (ties give the bound); NaN propagates.
  round_(a: NDArray, decimals: int) -> NDArray
      np.round: integers with decimals >= 0 -> a copy; otherwise NumPy's
      PyArray_Round: y = a * f (a / f for decimals < 0) with
      f = power_of_ten(|decimals|) as a Python float (float32 arrays: f
      rounded to float32, float32 arithmetic), rint, then / f (* f); integer
      inputs compute in float64 and cast back (unsafe). bool -> UFuncTypeError.
  isclose(a: NDArray, b: NDArray, rtol: float, atol: float, equal_nan: bool) -> NDArray
      NumPy's formula: y = b as result_type(b, 1.0); |x - y| <= atol + rtol*|y|
      & isfinite(y) | (x == y), each operation in NumPy's dtype (float32
      arithmetic when that is the promoted dtype; weak Python scalars stay weak).
"""

import math
from rpy.rarithmetic import uint_lt
from rpy.rhalf import round_to_half
from rpy.rfloat import round_to_float32, rint
from micronumpy import dtypes
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, c_order_offsets
from micronumpy import ndarray
from micronumpy import casting
from micronumpy.broadcast import broadcast_shapes
from micronumpy.promotion import result_type, check_weak_int, int_bounds, dtype_repr, promote_types
from micronumpy.errors import UFuncTypeError
from micronumpy import unary


def _floats(arr: NDArray) -> list[float]:
    return casting.read_floats(arr, c_order_offsets(arr))


def _ints(arr: NDArray) -> list[int]:
    return casting.read_ints(arr, c_order_offsets(arr))


def _store_floats(res: NDArray, vals: list[float]) -> None:
    casting.write_floats(res, c_order_offsets(res), vals)


def _store_ints(res: NDArray, vals: list[int]) -> None:
    casting.write_ints(res, c_order_offsets(res), vals)


def _weak_scalar_float(v: float) -> NDArray:
    a = ndarray.empty([], dtypes.FLOAT64)
    a.storage.set_float64(0, v)
    a.weak = True
    return a


# -- where ------------------------------------------------------------------

def where(cond: NDArray, x: NDArray, y: NDArray) -> NDArray:
    """np.where(cond, x, y)."""
    shape = broadcast_shapes([cond.shape, x.shape, y.shape])
    rt = result_type([x, y])
    xv = casting.cast_broadcast(x, rt, shape)
    yv = casting.cast_broadcast(y, rt, shape)
    cv = casting.cast_broadcast(cond, cond.dtype, shape)
    coffs = c_order_offsets(cv)
    cb = casting.floats_to_ints(_floats(cv), dtypes.BOOL, []) \
        if cv.dtype.compute == dtypes.COMPUTE_FLOAT else \
        [1 if v != 0 else 0 for v in casting.read_ints(cv, coffs)]
    res = ndarray.empty(shape, rt)
    if rt.compute == dtypes.COMPUTE_FLOAT:
        xf = _floats(xv)
        yf = _floats(yv)
        _store_floats(res, [xf[i] if cb[i] != 0 else yf[i] for i in range(len(cb))])
    else:
        xi = _ints(xv)
        yi = _ints(yv)
        _store_ints(res, [xi[i] if cb[i] != 0 else yi[i] for i in range(len(cb))])
    return res


# -- clip -------------------------------------------------------------------

def _is_weak_int(b: NDArray) -> bool:
    return b.weak and b.dtype.compute == dtypes.COMPUTE_INT


def _weak_int(b: NDArray) -> int:
    return b.storage.get_int64(b.offset)


MODE_MAX = 0      # np.maximum(a, lo): ties -> lo
MODE_MIN = 1      # np.minimum(a, hi): ties -> hi
MODE_CLIP = 2     # MIN(MAX(x, lo), hi), ties -> bound
MODE_CLIP_CONST = 3   # constant bounds: x kept on ties


def clip(a: NDArray, lo: NDArray | None, hi: NDArray | None) -> NDArray:
    """np.clip(a, lo, hi)."""
    if a.dtype.is_integer():
        bmin, bmax = int_bounds(a.dtype)
        if lo is not None and _is_weak_int(lo) and _weak_int(lo) <= bmin:
            lo = None
        if hi is not None and _is_weak_int(hi) and a.dtype.compute == dtypes.COMPUTE_INT \
                and _weak_int(hi) >= bmax:
            hi = None
    if lo is None and hi is None:
        return unary.unary("positive", a, None, None)
    if lo is None:
        if hi is None:
            raise ValueError("unreachable")
        return _clip_run(a, hi, hi, MODE_MIN)
    if hi is None:
        return _clip_run(a, lo, lo, MODE_MAX)
    mode = MODE_CLIP_CONST if (lo.ndim() == 0 and hi.ndim() == 0) else MODE_CLIP
    return _clip_run(a, lo, hi, mode)


def _clip_run(a: NDArray, lo: NDArray, hi: NDArray, mode: int) -> NDArray:
    ops = [a, lo] if mode == MODE_MAX else ([a, hi] if mode == MODE_MIN else [a, lo, hi])
    shape = broadcast_shapes([op.shape for op in ops])
    rt = result_type(ops)
    for op in ops:
        if _is_weak_int(op):
            check_weak_int(_weak_int(op), rt)
    av = casting.cast_broadcast(a, rt, shape)
    lv = casting.cast_broadcast(lo, rt, shape)
    hv = casting.cast_broadcast(hi, rt, shape)
    res = ndarray.empty(shape, rt)
    if rt.num == dtypes.NUM_FLOAT16:
        _store_floats(res, _clip_halves(_floats(av), _floats(lv), _floats(hv), mode))
    elif rt.compute == dtypes.COMPUTE_FLOAT:
        _store_floats(res, _clip_floats(_floats(av), _floats(lv), _floats(hv), mode))
    else:
        _store_ints(res, _clip_ints(_ints(av), _ints(lv), _ints(hv), mode,
                                    rt.compute == dtypes.COMPUTE_UINT64))
    return res


def _fmax_b(x: float, b: float) -> float:
    # np.maximum: NaN propagates, ties give the second operand
    if x != x:
        return x
    if b != b:
        return b
    return x if x > b else b


def _fmin_b(x: float, b: float) -> float:
    if x != x:
        return x
    if b != b:
        return b
    return x if x < b else b


def _clip_const(x: float, lo: float, hi: float) -> float:
    # measured: a NaN bound wins over a NaN x; x is kept on ties
    if lo != lo:
        return lo
    if hi != hi:
        return hi
    if x != x:
        return x
    v = x
    if lo > v:
        v = lo
    if hi < v:
        return hi
    return v


def _clip_c(x: float, lo: float, hi: float) -> float:
    # NumPy's _NPY_MIN(_NPY_MAX(x, lo), hi), _NPY_MAX(a, b) = isnan(a) ? a : (a > b ? a : b)
    v = x
    if v == v:
        v = x if x > lo else lo
    if v != v:
        return v
    return v if v < hi else hi


def _clip_floats(xs: list[float], los: list[float], his: list[float], mode: int) -> list[float]:
    n = len(xs)
    if mode == MODE_MAX:
        return [_fmax_b(xs[i], los[i]) for i in range(n)]
    if mode == MODE_MIN:
        return [_fmin_b(xs[i], his[i]) for i in range(n)]
    if mode == MODE_CLIP_CONST:
        return [_clip_const(xs[i], los[i], his[i]) for i in range(n)]
    return [_clip_c(xs[i], los[i], his[i]) for i in range(n)]


def _clip_half(x: float, lo: float, hi: float, use_lo: bool, use_hi: bool) -> float:
    # NumPy's scalar float16 loops (measured): a NaN x stays, then a NaN
    # bound wins, and x is kept on ties (0.0 vs -0.0)
    if x != x:
        return x
    if use_lo and lo != lo:
        return lo
    if use_hi and hi != hi:
        return hi
    v = x
    if use_lo and lo > v:
        v = lo
    if use_hi and hi < v:
        v = hi
    return v


def _clip_halves(xs: list[float], los: list[float], his: list[float], mode: int) -> list[float]:
    use_lo = mode != MODE_MIN
    use_hi = mode != MODE_MAX
    return [_clip_half(xs[i], los[i], his[i], use_lo, use_hi) for i in range(len(xs))]


def _lt(a: int, b: int, u64: bool) -> bool:
    if u64:
        return uint_lt(a, b)
    return a < b


def _clip_ints(xs: list[int], los: list[int], his: list[int], mode: int, u64: bool) -> list[int]:
    n = len(xs)
    res = [0] * n
    for i in range(n):
        v = xs[i]
        if mode != MODE_MIN and _lt(v, los[i], u64):
            v = los[i]
        if mode != MODE_MAX and _lt(his[i], v, u64):
            v = his[i]
        res[i] = v
    return res


# -- round ------------------------------------------------------------------

def power_of_ten(n: int) -> float:
    """NumPy's power_of_ten (multiarray/calculation.c)."""
    p10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
    if n < 9:
        return p10[n]
    ret = 1e9
    k = n
    while k > 9:
        ret *= 10.0
        k -= 1
        if math.isinf(ret):
            return ret
    return ret


def round_(a: NDArray, decimals: int) -> NDArray:
    """np.round(a, decimals)."""
    is_int = a.dtype.is_integer()
    if decimals >= 0 and is_int:
        res0 = ndarray.empty(list(a.shape), a.dtype)
        casting.cast_into(res0, a)
        return res0
    if decimals == 0:
        # NumPy calls rint directly (bool -> float16: NotImplementedError)
        return unary.unary("rint", a, None, None)
    if a.dtype.compute == dtypes.COMPUTE_BOOL:
        opname = "multiply" if decimals >= 0 else "divide"
        raise UFuncTypeError("Cannot cast ufunc '" + opname + "' output from "
                             + dtype_repr(dtypes.FLOAT64) + " to " + dtype_repr(dtypes.BOOL)
                             + " with casting rule 'same_kind'")
    mul_first = decimals >= 0
    f = power_of_ten(decimals if decimals >= 0 else -decimals)
    work = dtypes.FLOAT64 if is_int else a.dtype
    if work.num == dtypes.NUM_FLOAT16:
        f = round_to_half(f)
    else:
        f = _narrow(f, work)
    xs = _floats(casting.cast_broadcast(a, work, list(a.shape)))
    out: list[float] = [0.0] * len(xs)
    for i in range(len(xs)):
        y = _narrow(xs[i] * f if mul_first else xs[i] / f, work)
        y = rint(y)
        out[i] = _narrow(y / f if mul_first else y * f, work)
    tmp = ndarray.empty(list(a.shape), work)
    _store_floats(tmp, out)
    if not is_int:
        return tmp
    res = ndarray.empty(list(a.shape), a.dtype)
    casting.cast_into(res, tmp)
    return res


def _narrow(v: float, work: DType) -> float:
    """v as the work dtype's arithmetic stores it (float16 operations run in
    float32, then round to float16)."""
    if work.num == dtypes.NUM_FLOAT32:
        return round_to_float32(v)
    if work.num == dtypes.NUM_FLOAT16:
        return round_to_half(round_to_float32(v))
    return v


# -- isclose ----------------------------------------------------------------

def _narrow_cast(v: float, dt: DType) -> float:
    """A float64 value cast to dt (float16 directly, not via float32)."""
    if dt.num == dtypes.NUM_FLOAT16:
        return round_to_half(v)
    return _narrow(v, dt)


def isclose(a: NDArray, b: NDArray, rtol: float, atol: float, equal_nan: bool) -> NDArray:
    """np.isclose(a, b, rtol, atol, equal_nan)."""
    x = a
    if b.weak:
        # a Python int/bool/float b becomes a (weak) Python float
        yv = b.read_float(b.offset)
        y = _weak_scalar_float(yv)
    else:
        ydt = result_type([b, _weak_scalar_float(1.0)])
        y = b
        if ydt is not b.dtype:
            y = ndarray.empty(list(b.shape), ydt)
            casting.cast_into(y, b)
    shape = broadcast_shapes([x.shape, y.shape])
    # x - y (and x == y) in the promoted dtype
    dt = result_type([x, y])
    xs = _floats(casting.cast_broadcast(x, dt, shape))
    ys_d = _floats(casting.cast_broadcast(y, dt, shape))
    # atol + rtol * |y| in y's own dtype (a weak y: Python floats)
    ydt = dtypes.FLOAT64 if y.weak else y.dtype
    yy = _floats(casting.cast_broadcast(y, y.dtype, shape))
    xnan: list[bool] = []
    if x.dtype.compute == dtypes.COMPUTE_FLOAT:
        xo = _floats(casting.cast_broadcast(x, x.dtype, shape))
        xnan = [v != v for v in xo]
    fr = _narrow_cast(rtol, ydt)
    fa = _narrow_cast(atol, ydt)
    # less_equal(|x - y|, rhs): compared in result_type(|x-y| dtype, rhs dtype)
    cmp_dt = dt if y.weak else promote_types(dt, ydt)
    n = len(xs)
    res_vals = [0] * n
    for i in range(n):
        d = math.fabs(_narrow(xs[i] - ys_d[i], dt))
        rhs = _narrow(fa + _narrow(fr * math.fabs(yy[i]), ydt), ydt)
        rhs = _narrow_cast(rhs, cmp_dt)
        yi = yy[i]
        ok = d <= rhs and (yi == yi and not math.isinf(yi))
        if xs[i] == ys_d[i]:
            ok = True
        if equal_nan and len(xnan) > 0 and xnan[i] and yi != yi:
            ok = True
        res_vals[i] = 1 if ok else 0
    res = ndarray.empty(shape, dtypes.BOOL)
    _store_ints(res, res_vals)
    return res
