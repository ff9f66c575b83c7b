"""The binary ufuncs: np.add(a, b, out=, dtype=) and friends, plus
`<ufunc>.reduce` and `<ufunc>.accumulate`.

Public API:
  BINARY_NAMES: the supported ufunc names.
  binary(name, a, b, out, dtype) -> NDArray   np.<name>(a, b, out=out, dtype=dtype)
  scalar_binary(name, a, b) -> NDArray       the NumPy-scalar operator (`np.int8(1) + 2`)
  uses_scalar_math(dt, other) -> bool        whether that operator uses scalar math
  divmod_(a, b, scalar) -> (NDArray, NDArray) np.divmod(a, b) (scalar: builtin divmod of NumPy scalars)
  reduce(name, a, axis, axis_none, dtype, keepdims) -> NDArray
  accumulate(name, a, axis, dtype) -> NDArray

Type resolution is NumPy's: the common dtype of the operands (NEP 50: a
Python scalar operand is a weak 0-d array) picks the first loop of the
ufunc's loop list that it casts to safely; a weak Python int that does not
fit an integer loop raises NumPy's OverflowError (comparisons instead
compare exactly). Each call then converts both operands once to flat lists
in the loop's compute kind and runs one kernel per kind (bool, int, uint64,
float) whose operation is an integer code fixed for the call: no element is
boxed. Integer results wrap to the loop width; float work is IEEE 754
without exceptions (the code never lets `math` raise); the kernels raise
NumPy's floating-point status flags themselves (fpstatus), and each public
entry point reports them under the ufunc's name ("scalar add" for NumPy
scalar operators, which also flag integer overflow).
"""

import math

from rpy.rarithmetic import intmask, truncate, uint_lt, uint_floordiv, uint_mod, ovfcheck
from rpy.rfloat import NEG_NAN, safe_sqrt, round_to_float32
from rpy import rcpu
from micronumpy import dtypes
from micronumpy import fpstatus
from micronumpy import svml_pow_atan2
from micronumpy import svml_f64_atan2
from micronumpy import casting
from micronumpy import ndarray
from micronumpy import reduce as reductions
from micronumpy import cumulative
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, c_order_offsets
from micronumpy.broadcast import try_broadcast_shapes, broadcast_error, shape_text
from micronumpy.promotion import (
    result_type, can_cast, check_weak_int, weak_int_value, dtype_repr, CAST_SAFE,
    CAST_SAME_KIND,
)
from micronumpy.errors import UFuncTypeError, normalize_axis

BINARY_NAMES = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder",
                "power", "equal", "not_equal", "less", "less_equal", "greater",
                "greater_equal", "maximum", "minimum", "fmax", "fmin", "logical_and",
                "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor",
                "left_shift", "right_shift", "arctan2", "hypot", "fmod", "copysign"]

# operation codes: the index in BINARY_NAMES
ADD = 0
SUB = 1
MUL = 2
DIV = 3
FLOORDIV = 4
REM = 5
POW = 6
EQ = 7
NE = 8
LT = 9
LE = 10
GT = 11
GE = 12
MAXIMUM = 13
MINIMUM = 14
FMAX = 15
FMIN = 16
LAND = 17
LOR = 18
LXOR = 19
BAND = 20
BOR = 21
BXOR = 22
LSHIFT = 23
RSHIFT = 24
ARCTAN2 = 25
HYPOT = 26
FMOD = 27
COPYSIGN = 28

INTS = [dtypes.INT8, dtypes.UINT8, dtypes.INT16, dtypes.UINT16, dtypes.INT32, dtypes.UINT32,
        dtypes.INT64, dtypes.UINT64]
FLOATS = [dtypes.FLOAT16, dtypes.FLOAT32, dtypes.FLOAT64]


def op_code(name: str) -> int:
    for i in range(len(BINARY_NAMES)):
        if BINARY_NAMES[i] == name:
            return i
    raise ValueError("unknown ufunc " + name)


def is_comparison(op: int) -> bool:
    return EQ <= op <= GE


def is_logical(op: int) -> bool:
    return LAND <= op <= LXOR


def loop_list(op: int) -> list[DType]:
    """NumPy's loops for op (input dtype = output dtype), in NumPy's order."""
    if op == ADD or op == MUL or MAXIMUM <= op <= FMIN:
        return [dtypes.BOOL] + INTS + FLOATS
    if op == SUB or op == FLOORDIV or op == REM or op == POW or op == FMOD:
        return INTS + FLOATS
    if op == BAND or op == BOR or op == BXOR:
        return [dtypes.BOOL] + INTS
    if op == LSHIFT or op == RSHIFT:
        return list(INTS)
    if op == ARCTAN2 or op == HYPOT or op == COPYSIGN:
        return FLOATS
    return FLOATS


def no_loop_error(name: str) -> TypeError:
    return TypeError("ufunc '" + name + "' not supported for the input types, and the "
                          "inputs could not be safely coerced to any supported types "
                          "according to the casting rule ''safe''")


def resolve_loop(op: int, a: NDArray, b: NDArray, dtype: DType | None) -> DType:
    """The loop dtype NumPy picks for op on a and b."""
    name = BINARY_NAMES[op]
    if dtype is not None:
        if is_comparison(op) or is_logical(op):
            if dtype.num != dtypes.NUM_BOOL:
                raise TypeError("No loop matching the specified signature and casting "
                                "was found for ufunc " + name)
        for i in range(2):
            x = a if i == 0 else b
            if not can_cast(x.dtype, dtype, CAST_SAME_KIND):
                raise UFuncTypeError("Cannot cast ufunc '" + name + "' input " + str(i) +
                                     " from " + dtype_repr(x.dtype) + " to " +
                                     dtype_repr(dtype) + " with casting rule 'same_kind'")
        if is_comparison(op) or is_logical(op):
            return dtype
        for cand in loop_list(op):
            if cand.num == dtype.num:
                return dtype
        raise TypeError("No loop matching the specified signature and casting was "
                        "found for ufunc " + name)
    common = result_type([a, b])
    if is_comparison(op) or is_logical(op):
        return common
    if op == SUB and common.num == dtypes.NUM_BOOL:
        raise TypeError("numpy boolean subtract, the `-` operator, is not supported, use the "
                        "bitwise_xor, the `^` operator, or the logical_xor function instead.")
    if op == DIV:
        if common.compute == dtypes.COMPUTE_FLOAT:
            return common
        return dtypes.FLOAT64
    # NumPy's legacy resolution: the first loop both inputs cast to safely
    # (a weak Python scalar counts as the common dtype)
    da = common if a.weak else a.dtype
    db = common if b.weak else b.dtype
    for cand in loop_list(op):
        if can_cast(da, cand, CAST_SAFE) and can_cast(db, cand, CAST_SAFE):
            return cand
    raise no_loop_error(name)


def _result_shape(a: NDArray, b: NDArray, out: NDArray | None) -> list[int]:
    if out is None:
        shape = try_broadcast_shapes([a.shape, b.shape])
        if shape is None:
            raise broadcast_error([a.shape, b.shape])
        return shape
    full = try_broadcast_shapes([a.shape, b.shape, out.shape])
    if full is None:
        raise broadcast_error([a.shape, b.shape, out.shape])
    if full != out.shape:
        raise ValueError("non-broadcastable output operand with shape " +
                         shape_text(out.shape) + " doesn't match the broadcast shape " +
                         shape_text(full))
    return list(out.shape)


def binary(name: str, a: NDArray, b: NDArray, out: NDArray | None,
           dtype: DType | None) -> NDArray:
    """np.<name>(a, b, out=out, dtype=dtype)."""
    fpstatus.clear()
    r = compute(name, a, b, out, dtype, False)
    fpstatus.report(name)
    return r


def scalar_binary(name: str, a: NDArray, b: NDArray) -> NDArray:
    """A NumPy scalar operator (`np.float64(1) / 0`, `np.int8(100) + 100`):
    the ufunc's result, reported as "scalar <name>" and with integer
    overflow of add, subtract and multiply flagged."""
    fpstatus.clear()
    r = compute(name, a, b, None, None, True)
    fpstatus.report("scalar " + name)
    return r


def uses_scalar_math(dt: DType, other: NDArray) -> bool:
    """Does NumPy's scalar math compute `scalar op other` for a NumPy scalar
    of dtype dt (other: a 0-d operand, weak for a Python scalar), rather
    than the ufunc? Only numeric scalars (np.bool_ uses the ufunc), with a
    Python int or bool, a Python float when dt is a float, or a NumPy
    scalar one of the two dtypes safely casts to (the other defers)."""
    if dt.is_bool() or len(other.shape) != 0:
        return False
    o = other.dtype
    if other.weak:
        return not o.is_float() or dt.is_float()
    return o.is_bool() or can_cast(o, dt, CAST_SAFE) or can_cast(dt, o, CAST_SAFE)


def divmod_(a: NDArray, b: NDArray, scalar: bool) -> tuple[NDArray, NDArray]:
    """np.divmod(a, b) (or the builtin divmod of NumPy scalars, `scalar`)."""
    fpstatus.clear()
    q = compute("floor_divide", a, b, None, None, scalar)
    r = compute("remainder", a, b, None, None, scalar)
    fpstatus.report("scalar divmod" if scalar else "divmod")
    return (q, r)


def _weak_float_overflow(x: NDArray, loop: DType) -> bool:
    """A Python float that overflows a float32 or float16 loop: NumPy casts
    it before the loop and warns "overflow encountered in cast"."""
    if not x.weak or x.dtype.num != dtypes.NUM_FLOAT64 or not dtypes.is_narrow_float(loop):
        return False
    v = x.read_float(x.offset)
    return not math.isinf(v) and fpstatus.rounds_to_inf(v, dtypes.overflow_limit(loop))


def _inner_stride_zero(x: NDArray) -> bool:
    """Does NumPy's innermost loop step over x with stride 0? (C order: the
    last axis longer than 1; a single element uses the last axis.)"""
    nd = len(x.shape)
    if nd == 0:
        return True
    k = nd - 1
    while k > 0 and x.shape[k] == 1:
        k -= 1
    return x.strides[k] == 0


def compute(name: str, a: NDArray, b: NDArray, out: NDArray | None,
            dtype: DType | None, scalar: bool) -> NDArray:
    """The ufunc's work, raising status flags but reporting none."""
    op = op_code(name)
    loop = resolve_loop(op, a, b, dtype)
    boolean_result = is_comparison(op) or is_logical(op)
    rdt = dtypes.BOOL if boolean_result else loop
    if not boolean_result and loop.compute != dtypes.COMPUTE_FLOAT:
        for x in [a, b]:
            if x.weak and x.dtype.compute == dtypes.COMPUTE_INT:
                check_weak_int(weak_int_value(x), loop)
    if out is not None:
        if not can_cast(rdt, out.dtype, CAST_SAME_KIND):
            raise UFuncTypeError("Cannot cast ufunc '" + name + "' output from " +
                                 dtype_repr(rdt) + " to " + dtype_repr(out.dtype) +
                                 " with casting rule 'same_kind'")
        if not out.writeable:
            raise ValueError("output array is read-only")
    shape = _result_shape(a, b, out)
    before_casts = fpstatus.STATUS.flags
    weak_overflow = not is_logical(op) and (_weak_float_overflow(a, loop) or
                                            _weak_float_overflow(b, loop))
    if weak_overflow:
        fpstatus.warn_now("overflow encountered in cast")
    res = ndarray.empty(shape, rdt)
    roffs = c_order_offsets(res)
    if is_comparison(op):
        casting.write_ints(res, roffs, _compare(op, a, b, loop, shape))
        if weak_overflow:
            fpstatus.STATUS.flags = before_casts
    elif is_logical(op):
        xs = _truths(a, shape)
        ys = _truths(b, shape)
        casting.write_ints(res, roffs, _logical(op, xs, ys))
    else:
        sa = casting.cast_broadcast(a, loop, shape)
        sb = casting.cast_broadcast(b, loop, shape)
        if weak_overflow:
            fpstatus.STATUS.flags = before_casts
        aoffs = c_order_offsets(sa)
        boffs = c_order_offsets(sb)
        if loop.compute == dtypes.COMPUTE_FLOAT:
            fxs = casting.read_floats(sa, aoffs)
            fys = casting.read_floats(sb, boffs)
            if (op == POW or op == ARCTAN2) and (loop.num == dtypes.NUM_FLOAT32 or
                                                 loop.num == dtypes.NUM_FLOAT64) and \
                    not scalar and _svml_applies(sa, sb):
                rs = _svml_kernel(op, fxs, fys, loop.num == dtypes.NUM_FLOAT32)
            else:
                rs = float_kernel(op, fxs, fys)
            if op == POW and not scalar and _inner_stride_zero(sb):
                _power_fast_paths(fxs, fys, rs)
            if loop.num == dtypes.NUM_FLOAT16:
                _round_float16_loop(rs)
                if op == MAXIMUM or op == MINIMUM:
                    _first_of_equal(fxs, fys, rs)
            fpstatus.check_binary(fxs, fys, rs, dtypes.overflow_limit(loop), _pole(op))
            if scalar and loop.num == dtypes.NUM_FLOAT16 and (op == FLOORDIV or op == REM):
                _half_scalar_divmod_flags(op, fxs, fys)
            casting.write_floats(res, roffs, rs)
        elif loop.compute == dtypes.COMPUTE_BOOL:
            casting.write_ints(res, roffs, bool_kernel(
                op, casting.read_ints(sa, aoffs), casting.read_ints(sb, boffs)))
        elif loop.compute == dtypes.COMPUTE_UINT64:
            casting.write_ints(res, roffs, uint64_kernel(
                op, casting.read_ints(sa, aoffs), casting.read_ints(sb, boffs), scalar))
        else:
            casting.write_ints(res, roffs, int_kernel(
                op, casting.read_ints(sa, aoffs), casting.read_ints(sb, boffs), loop, scalar))
    if out is None:
        return res
    casting.cast_into(out, res)
    return out


# ---------------------------------------------------------------- comparisons

def _truths(x: NDArray, shape: list[int]) -> list[bool]:
    v = casting.cast_broadcast(x, x.dtype, shape)
    return [v.read_bool(off) for off in c_order_offsets(v)]


def _logical(op: int, xs: list[bool], ys: list[bool]) -> list[int]:
    r = [0] * len(xs)
    for i in range(len(xs)):
        if op == LAND:
            t = xs[i] and ys[i]
        elif op == LOR:
            t = xs[i] or ys[i]
        else:
            t = xs[i] != ys[i]
        r[i] = 1 if t else 0
    return r


def _cmp_result(op: int, c: int) -> int:
    """c is -1/0/1 (a<b, a==b, a>b); 2 means unordered (NaN)."""
    if c == 2:
        return 1 if op == NE else 0
    if op == EQ:
        t = c == 0
    elif op == NE:
        t = c != 0
    elif op == LT:
        t = c < 0
    elif op == LE:
        t = c <= 0
    elif op == GT:
        t = c > 0
    else:
        t = c >= 0
    return 1 if t else 0


def _compare(op: int, a: NDArray, b: NDArray, common: DType, shape: list[int]) -> list[int]:
    if common.compute == dtypes.COMPUTE_FLOAT and not (
            _integral(a) and _integral(b)):
        sa = casting.cast_broadcast(a, common, shape)
        sb = casting.cast_broadcast(b, common, shape)
        xs = casting.read_floats(sa, c_order_offsets(sa))
        ys = casting.read_floats(sb, c_order_offsets(sb))
        r = [0] * len(xs)
        for i in range(len(xs)):
            x = xs[i]
            y = ys[i]
            c = 2 if (x != x or y != y) else (-1 if x < y else (0 if x == y else 1))
            r[i] = _cmp_result(op, c)
        return r
    # exact integer comparison, each operand in its own dtype
    va = casting.cast_broadcast(a, a.dtype, shape)
    vb = casting.cast_broadcast(b, b.dtype, shape)
    ia = casting.read_ints(va, c_order_offsets(va))
    ib = casting.read_ints(vb, c_order_offsets(vb))
    ua = a.dtype.compute == dtypes.COMPUTE_UINT64
    ub = b.dtype.compute == dtypes.COMPUTE_UINT64
    r = [0] * len(ia)
    for i in range(len(ia)):
        r[i] = _cmp_result(op, _cmp_ints(ia[i], ua, ib[i], ub))
    return r


def _integral(x: NDArray) -> bool:
    return x.dtype.compute != dtypes.COMPUTE_FLOAT


def _cmp_ints(x: int, xu: bool, y: int, yu: bool) -> int:
    """Compare two integers given as (value or uint64 bit pattern, is_uint64)."""
    xbig = xu and x < 0          # >= 2**63
    ybig = yu and y < 0
    if xbig or ybig:
        if xbig and ybig:
            return -1 if uint_lt(x, y) else (0 if x == y else 1)
        return 1 if xbig else -1
    return -1 if x < y else (0 if x == y else 1)


# ---------------------------------------------------------------- kernels

def bool_kernel(op: int, xs: list[int], ys: list[int]) -> list[int]:
    r = [0] * len(xs)
    for i in range(len(xs)):
        x = xs[i] != 0
        y = ys[i] != 0
        if op == ADD or op == MAXIMUM or op == FMAX or op == BOR:
            t = x or y
        elif op == MUL or op == MINIMUM or op == FMIN or op == BAND:
            t = x and y
        else:
            t = x != y
        r[i] = 1 if t else 0
    return r


def _int_pow(x: int, y: int, bits: int, signed: bool) -> int:
    result = 1
    base = x
    while y > 0:
        if y & 1:
            result = truncate(result * base, bits, signed)
        base = truncate(base * base, bits, signed)
        y >>= 1
    return result


def _round_float16_loop(rs: list[float]) -> None:
    """NumPy's float16 loops compute in float32 and round that to float16
    when storing: round to float32 first so the stored value is
    half(float32(x)), not half(x)."""
    for i in range(len(rs)):
        rs[i] = round_to_float32(rs[i])


def _half_scalar_divmod_flags(op: int, xs: list[float], ys: list[float]) -> None:
    """NumPy's float16 scalar % by zero runs its half divmod, which divides
    by zero and makes an invalid NaN for a finite x; // does too when the
    zero is -0.0 (measured)."""
    for i in range(len(xs)):
        y = ys[i]
        if y == 0.0 and xs[i] == xs[i] and xs[i] != 0.0 and not math.isinf(xs[i]):
            if op == REM or math.copysign(1.0, y) < 0:
                fpstatus.raise_flags(fpstatus.DIVIDE | fpstatus.INVALID)


def _first_of_equal(xs: list[float], ys: list[float], rs: list[float]) -> None:
    """NumPy's scalar float16 maximum/minimum keep the first of two equal
    values (0.0 vs -0.0), where its SIMD float32/float64 loops keep the
    second."""
    for i in range(len(rs)):
        if xs[i] == ys[i]:
            rs[i] = xs[i]


def _pole(op: int) -> int:
    if op == DIV:
        return fpstatus.POLE_Y_ZERO
    if op == FLOORDIV:
        return fpstatus.POLE_FLOORDIV
    if op == POW:
        return fpstatus.POLE_X_ZERO
    return fpstatus.POLE_NONE


def _power_fast_paths(xs: list[float], ys: list[float], rs: list[float]) -> None:
    """NumPy's float power loop with a stride-0 exponent of -1, 0, 0.5, 1
    or 2 computes 1/x, 1, sqrt(x), x or x*x instead of pow (so (-0.0) **
    0.5 is -0.0 and (-inf) ** 0.5 is nan; the others equal a correctly
    rounded pow, but not SVML's float32 pow)."""
    for i in range(len(rs)):
        y = ys[i]
        x = xs[i]
        if y == 0.5:
            rs[i] = safe_sqrt(x)
        elif y == 2.0:
            rs[i] = x * x
        elif y == 1.0:
            rs[i] = x
        elif y == 0.0:
            rs[i] = 1.0
        elif y == -1.0:
            rs[i] = _true_div(1.0, x)


def _svml_applies(sa: NDArray, sb: NDArray) -> bool:
    """Does NumPy call SVML for a float32/float64 power/arctan2 loop over these
    operands? On X86_V4, unless a 1-D operand is walked backwards (then
    glibc's powf/atan2f, which micronumpy approximates by rounding the
    float64 result)."""
    if not rcpu.has_x86_v4():
        return False
    if len(sa.shape) == 1 and (sa.strides[0] < 0 or sb.strides[0] < 0):
        return False
    return True


def _svml_kernel(op: int, xs: list[float], ys: list[float], f32: bool) -> list[float]:
    """power/arctan2 as SVML computes them (svml_pow_atan2, svml_f64_atan2)."""
    n = len(xs)
    if f32:
        if op == POW:
            return [svml_pow_atan2.pow_f32(xs[i], ys[i]) for i in range(n)]
        return [svml_pow_atan2.atan2_f32(xs[i], ys[i]) for i in range(n)]
    if op == POW:
        return [svml_f64_atan2.pow_f64(xs[i], ys[i]) for i in range(n)]
    return [svml_f64_atan2.atan2_f64(xs[i], ys[i]) for i in range(n)]


def _int_divide_flags(op: int, x: int, y: int, signed: bool, bits: int) -> int:
    """Status flags of an integer division-like operation."""
    if op != FLOORDIV and op != REM and op != FMOD:
        return 0
    if y == 0:
        return fpstatus.DIVIDE
    if op == FLOORDIV and signed and y == -1 and x == -(1 << (bits - 1)):
        return fpstatus.OVERFLOW
    return 0


def _scalar_overflows(op: int, x: int, y: int, bits: int, signed: bool) -> bool:
    """Does a NumPy-scalar add/subtract/multiply leave the dtype's range?"""
    if op != ADD and op != SUB and op != MUL:
        return False
    if bits == 64:
        try:
            if op == ADD:
                ovfcheck(x + y)
            elif op == SUB:
                ovfcheck(x - y)
            else:
                ovfcheck(x * y)
        except OverflowError:
            return True
        return False
    if op == ADD:
        v = x + y
    elif op == SUB:
        v = x - y
    else:
        v = x * y
    return truncate(v, bits, signed) != v


def int_kernel(op: int, xs: list[int], ys: list[int], loop: DType, scalar: bool) -> list[int]:
    """Integer loops of at most 64 bits whose values fit a signed int
    (`scalar`: NumPy-scalar math, which flags add/subtract/multiply overflow)."""
    bits = loop.itemsize * 8
    signed = loop.kind == "i"
    r = [0] * len(xs)
    flags = 0
    for i in range(len(xs)):
        x = xs[i]
        y = ys[i]
        flags |= _int_divide_flags(op, x, y, signed, bits)
        if scalar and _scalar_overflows(op, x, y, bits, signed):
            flags |= fpstatus.OVERFLOW
        if op == ADD:
            v = x + y
        elif op == SUB:
            v = x - y
        elif op == MUL:
            v = x * y
        elif op == FLOORDIV:
            v = 0 if y == 0 else x // y
        elif op == REM:
            v = 0 if y == 0 else x % y
        elif op == FMOD:
            if y == 0:
                v = 0
            else:
                v = abs(x) % abs(y)
                if x < 0:
                    v = -v
        elif op == POW:
            if y < 0:
                raise ValueError("Integers to negative integer powers are not allowed.")
            v = _int_pow(x, y, bits, signed)
        elif op == MAXIMUM or op == FMAX:
            v = x if x >= y else y
        elif op == MINIMUM or op == FMIN:
            v = x if x <= y else y
        elif op == BAND:
            v = x & y
        elif op == BOR:
            v = x | y
        elif op == BXOR:
            v = x ^ y
        elif op == LSHIFT:
            v = 0 if (y < 0 or y >= bits) else x << y
        else:
            if y < 0 or y >= bits:
                v = -1 if x < 0 else 0
            else:
                v = x >> y
        r[i] = truncate(v, bits, signed)
    fpstatus.raise_flags(flags)
    return r


def _ushr(x: int, y: int) -> int:
    """Logical right shift of a 64-bit pattern by 0 <= y < 64."""
    if y == 0:
        return x
    return (x >> y) & ((1 << (64 - y)) - 1)


def _uint64_scalar_overflows(op: int, x: int, y: int) -> bool:
    if op == ADD:
        return uint_lt(intmask(x + y), x)
    if op == SUB:
        return uint_lt(x, y)
    if op == MUL:
        return x != 0 and uint_floordiv(intmask(x * y), x) != y
    return False


def uint64_kernel(op: int, xs: list[int], ys: list[int], scalar: bool) -> list[int]:
    """uint64 loops on bit patterns held in signed ints."""
    r = [0] * len(xs)
    flags = 0
    for i in range(len(xs)):
        x = xs[i]
        y = ys[i]
        if y == 0 and (op == FLOORDIV or op == REM or op == FMOD):
            flags |= fpstatus.DIVIDE
        if scalar and _uint64_scalar_overflows(op, x, y):
            flags |= fpstatus.OVERFLOW
        if op == ADD:
            v = intmask(x + y)
        elif op == SUB:
            v = intmask(x - y)
        elif op == MUL:
            v = intmask(x * y)
        elif op == FLOORDIV:
            v = 0 if y == 0 else uint_floordiv(x, y)
        elif op == REM or op == FMOD:
            v = 0 if y == 0 else uint_mod(x, y)
        elif op == POW:
            v = _int_pow(x, y & 0x7FFFFFFFFFFFFFFF, 64, True) if y >= 0 else \
                _uint_pow_big(x, y)
        elif op == MAXIMUM or op == FMAX:
            v = y if uint_lt(x, y) else x
        elif op == MINIMUM or op == FMIN:
            v = x if uint_lt(x, y) or x == y else y
        elif op == BAND:
            v = x & y
        elif op == BOR:
            v = x | y
        elif op == BXOR:
            v = x ^ y
        elif op == LSHIFT:
            v = 0 if (y < 0 or y >= 64) else intmask(x << y)
        else:
            v = 0 if (y < 0 or y >= 64) else _ushr(x, y)
        r[i] = v
    fpstatus.raise_flags(flags)
    return r


def _uint_pow_big(x: int, y: int) -> int:
    """x ** y (mod 2**64) for an exponent y >= 2**63 (its pattern is negative)."""
    # y = 2**63 + low: x**y = (x**(2**63)) * x**low
    low = y & 0x7FFFFFFFFFFFFFFF
    p = x
    for _ in range(63):
        p = intmask(p * p)
    return intmask(p * _int_pow(x, low, 64, True))


# ---------------------------------------------------------------- float kernels

def _is_odd_integer(y: float) -> bool:
    if y != y or math.isinf(y) or y != math.floor(y):
        return False
    return math.fmod(y, 2.0) != 0.0


def safe_fmod(x: float, y: float) -> float:
    """C fmod: NaN for x infinite or y zero, x for y infinite."""
    if x != x or y != y:
        return x + y
    if math.isinf(x) or y == 0.0:
        return NEG_NAN
    if math.isinf(y):
        return x
    return math.fmod(x, y)


def safe_pow(x: float, y: float) -> float:
    """C pow (IEEE 754 special cases), never raising."""
    if y == 0.0 or x == 1.0:
        return 1.0
    if x != x or y != y:
        return x + y
    if math.isinf(y):
        ax = abs(x)
        if ax == 1.0:
            return 1.0
        if (ax < 1.0) == (y > 0):
            return 0.0
        return math.inf
    if x == 0.0:
        odd = _is_odd_integer(y)
        if y < 0:
            return math.copysign(math.inf, x) if odd else math.inf
        return x if odd else 0.0
    if math.isinf(x):
        odd = _is_odd_integer(y)
        if x > 0:
            return math.inf if y > 0 else 0.0
        if odd:
            return -math.inf if y > 0 else -0.0
        return math.inf if y > 0 else 0.0
    if x < 0 and y != math.floor(y):
        return NEG_NAN
    ax = abs(x)
    neg = x < 0 and _is_odd_integer(y)
    t = y * math.log2(ax)
    if t > 1025.0:
        return -math.inf if neg else math.inf
    if t > 1020.0:
        half = math.pow(ax, y / 2.0)
        v = half * half
    elif t < -1100.0:
        v = 0.0
    else:
        v = math.pow(ax, y)
    return -v if neg else v


def float_divmod(x: float, y: float) -> tuple[float, float]:
    """NumPy's npy_divmod: (floor quotient, remainder)."""
    mod = safe_fmod(x, y)
    if y == 0.0:
        return (_true_div(x, y), mod)
    div = (x - mod) / y
    if mod != 0.0:
        if (y < 0) != (mod < 0):
            mod += y
            div -= 1.0
    else:
        mod = math.copysign(0.0, y)
    if div != 0.0:
        if div != div or math.isinf(div):
            floordiv = div
        else:
            floordiv = math.floor(div)
            if div - floordiv > 0.5:
                floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, _true_div(x, y))
    return (floordiv, mod)


def _true_div(x: float, y: float) -> float:
    if y == 0.0:
        if x == 0.0 or x != x:
            return NEG_NAN
        neg = (x < 0) != (math.copysign(1.0, y) < 0)
        return -math.inf if neg else math.inf
    return x / y


def float_kernel(op: int, xs: list[float], ys: list[float]) -> list[float]:
    r = [0.0] * len(xs)
    for i in range(len(xs)):
        x = xs[i]
        y = ys[i]
        if op == ADD:
            v = x + y
        elif op == SUB:
            v = x - y
        elif op == MUL:
            v = x * y
        elif op == DIV:
            v = _true_div(x, y)
        elif op == FLOORDIV:
            if y == 0.0:
                v = _true_div(x, y)
            else:
                v = float_divmod(x, y)[0]
        elif op == REM:
            if y == 0.0:
                v = safe_fmod(x, y)
            else:
                v = float_divmod(x, y)[1]
        elif op == FMOD:
            v = safe_fmod(x, y)
        elif op == POW:
            v = safe_pow(x, y)
        elif op == MAXIMUM:
            v = x if (x != x or x > y) else y
        elif op == MINIMUM:
            v = x if (x != x or x < y) else y
        elif op == FMAX:
            v = x if (y != y or x >= y) else y
        elif op == FMIN:
            v = x if (y != y or x <= y) else y
        elif op == ARCTAN2:
            v = math.atan2(x, y)
        elif op == HYPOT:
            v = _hypot(x, y)
        else:
            v = math.copysign(x, y)
        r[i] = v
    return r


def _hypot(x: float, y: float) -> float:
    if math.isinf(x) or math.isinf(y):
        return math.inf
    if x != x or y != y:
        return x + y
    ax = abs(x)
    ay = abs(y)
    big = ax if ax > ay else ay
    if big > 1e300:
        small = ay if ax > ay else ax
        q = small / big
        return big * math.sqrt(1.0 + q * q)
    return math.hypot(x, y)


# ---------------------------------------------------------------- reduce / accumulate

def _along(a: NDArray, axis: int, i: int) -> NDArray:
    """The view a[..., i, ...] (index i on axis)."""
    shape = list(a.shape)
    strides = list(a.strides)
    off = a.offset + i * strides[axis]
    del shape[axis]
    del strides[axis]
    return NDArray(a.storage, a.dtype, shape, strides, off, a.owner())


def reduce(name: str, a: NDArray, axis: int, axis_none: bool, dtype: DType | None,
           keepdims: bool) -> NDArray:
    """np.<name>.reduce(a, axis=axis (None when axis_none), dtype=, keepdims=)."""
    fpstatus.clear()
    r = _reduce(name, a, axis, axis_none, dtype, keepdims)
    _sum_prod_flags(op_code(name), a, r)
    fpstatus.report("reduce")
    return r


def _sum_prod_flags(op: int, a: NDArray, r: NDArray) -> None:
    """Status flags of a float sum or product (computed by reduce.py and
    cumulative.py, which raise none): invalid when a NaN result has no NaN
    input, overflow when an infinite result has only finite inputs."""
    if (op != ADD and op != MUL) or not r.dtype.is_float() or not a.dtype.is_float():
        return
    xs = casting.read_floats(a, c_order_offsets(a))
    rs = casting.read_floats(r, c_order_offsets(r))
    nan_in = False
    inf_in = False
    for x in xs:
        if x != x:
            nan_in = True
        elif math.isinf(x):
            inf_in = True
    for v in rs:
        if v != v and not nan_in:
            fpstatus.raise_flags(fpstatus.INVALID)
        elif math.isinf(v) and not nan_in and not inf_in:
            fpstatus.raise_flags(fpstatus.OVERFLOW)


def _reduce(name: str, a: NDArray, axis: int, axis_none: bool, dtype: DType | None,
            keepdims: bool) -> NDArray:
    op = op_code(name)
    if axis_none or len(a.shape) == 0:
        if op == ADD:
            return reductions.sum_dtype(a, [], True, keepdims, dtype)
        flat = ndarray.empty([a.size()], a.dtype)
        casting.cast_into(flat, _reshaped_c(a))
        r = _reduce(name, flat, 0, False, dtype, False)
        if keepdims:
            return _with_shape(r, [1] * len(a.shape))
        return r
    axis = normalize_axis(axis, len(a.shape))
    if dtype is None:
        if op == ADD:
            return reductions.sum_(a, [axis], False, keepdims)
        if op == MUL:
            return reductions.prod_(a, [axis], False, keepdims)
        if op == MAXIMUM or op == MINIMUM:
            return reductions.minmax(a, [axis], False, keepdims, op == MAXIMUM)
    n = a.shape[axis]
    sub0 = _along(a, axis, 0) if n > 0 else _empty_sub(a, axis)
    if n == 0:
        if op == MAXIMUM or op == MINIMUM or op == FMAX or op == FMIN or op == ARCTAN2 or \
                op == HYPOT or op == SUB or op == DIV or op == FLOORDIV or op == REM or \
                op == FMOD or op == COPYSIGN or op == LSHIFT or op == RSHIFT or \
                is_comparison(op):
            raise ValueError("zero-size array to reduction operation " + name +
                             " which has no identity")
        probe = compute(name, sub0, sub0, None, dtype, False)
        acc = ndarray.empty(list(probe.shape), probe.dtype)
        if op == MUL or op == LAND or op == POW:
            casting.cast_into(acc, _scalar_one())
        if op == BAND:
            casting.cast_into(acc, _scalar_minus_one())
    else:
        acc = compute(name, sub0, sub0, None, dtype, False)
        casting.cast_into(acc, sub0)
        for i in range(1, n):
            acc = compute(name, acc, _along(a, axis, i), None, dtype, False)
    if keepdims:
        shape = list(a.shape)
        shape[axis] = 1
        return _with_shape(acc, shape)
    return acc


def _empty_sub(a: NDArray, axis: int) -> NDArray:
    shape = list(a.shape)
    del shape[axis]
    return ndarray.empty(shape, a.dtype)


def _scalar_one() -> NDArray:
    one = ndarray.empty([], dtypes.INT64)
    one.write_int(0, 1)
    return one


def _scalar_minus_one() -> NDArray:
    m = ndarray.empty([], dtypes.INT64)
    m.write_int(0, -1)
    return m


def _reshaped_c(a: NDArray) -> NDArray:
    """a as a flat C-order array (a copy)."""
    c = ndarray.empty(list(a.shape), a.dtype)
    casting.cast_into(c, a)
    return NDArray(c.storage, c.dtype, [a.size()], [a.dtype.itemsize], 0, None)


def _with_shape(r: NDArray, shape: list[int]) -> NDArray:
    c = ndarray.empty(list(r.shape), r.dtype)
    casting.cast_into(c, r)
    return NDArray(c.storage, c.dtype, shape, ndarray.c_strides(shape, c.dtype.itemsize), 0,
                   None)


def accumulate(name: str, a: NDArray, axis: int, dtype: DType | None) -> NDArray:
    """np.<name>.accumulate(a, axis=axis, dtype=dtype)."""
    fpstatus.clear()
    r = _accumulate(name, a, axis, dtype)
    _sum_prod_flags(op_code(name), a, r)
    fpstatus.report("accumulate")
    return r


def _accumulate(name: str, a: NDArray, axis: int, dtype: DType | None) -> NDArray:
    op = op_code(name)
    if len(a.shape) == 0:
        raise ValueError("cannot accumulate on a scalar")
    axis = normalize_axis(axis, len(a.shape))
    if op == ADD:
        return cumulative.cumsum(a, axis, False, dtype)
    if op == MUL:
        return cumulative.cumprod(a, axis, False, dtype)
    n = a.shape[axis]
    if n == 0:
        probe = compute(name, a, a, None, dtype, False)
        return probe
    sub0 = _along(a, axis, 0)
    probe = compute(name, sub0, sub0, None, dtype, False)
    res = ndarray.empty(list(a.shape), probe.dtype)
    acc = ndarray.empty(list(probe.shape), probe.dtype)
    casting.cast_into(acc, sub0)
    casting.cast_into(_along(res, axis, 0), acc)
    for i in range(1, n):
        acc = compute(name, acc, _along(a, axis, i), None, dtype, False)
        casting.cast_into(_along(res, axis, i), acc)
    return res
