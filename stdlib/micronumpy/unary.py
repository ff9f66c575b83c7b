"""Unary ufuncs: np.negative, np.sqrt, ... with NumPy 2.4.6's type
resolution, out= and dtype= handling.

Public API:
  UNARY_NAMES: list[str]
      The supported ufunc names.
  unary(name: str, a: NDArray, out: NDArray | None, dtype: DType | None) -> NDArray
      np.<name>(a, out=out, dtype=dtype). Returns out when given, else a new
      array of a's shape (0-d for a 0-d input; the mnpy layer makes scalars).
  scalar_unary(name: str, a: NDArray) -> NDArray
      The NumPy-scalar operators -x, +x, abs(x), ~x: warnings say "scalar
      negative" and integer overflow (-np.int8(-128)) is flagged.
  resolve_loop(name: str, a: DType, dtype: DType | None) -> DType
      The loop dtype NumPy picks (the input is cast to it); the result dtype
      is that dtype, or bool for the predicate ufuncs.

Type resolution (measured, see /work/helpers/out/unary-casting.md): each
ufunc has NumPy's loop list; without dtype= the first loop the input casts
to safely is used. sqrt/exp/log/.../rint have loops e, f, d: bool, int8
and uint8 select float16, which computes the float32 function and rounds
the result to float16, as NumPy's half loops do.
dtype=X selects the loop whose output is X (input cast same_kind).

Kernels: the input is cast to the loop dtype once, then one loop
specialised per (op, compute kind) runs over typed lists; float32 loops
compute in float64 and round once when stored (exact for negative,
absolute, sqrt, square, reciprocal, floor, ceil, trunc, rint; within 1 ulp
for the transcendental functions, whose NumPy results come from SIMD
implementations that are not correctly rounded).
"""

import math
from rpy.rarithmetic import intmask, truncate, uint_to_float
from rpy import rfloat
from rpy import rcpu
from micronumpy import dtypes
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, c_order_offsets
from micronumpy import ndarray
from micronumpy import casting
from micronumpy import fpstatus
from micronumpy import simdmath
from micronumpy import svml_log10_tan
from micronumpy import svml_f64_log10_tan
from micronumpy.broadcast import try_broadcast_shapes, broadcast_error, shape_text
from micronumpy.promotion import can_cast, CAST_SAFE, CAST_SAME_KIND, dtype_repr
from micronumpy.errors import UFuncTypeError

UNARY_NAMES = ["negative", "positive", "absolute", "sqrt", "exp", "log", "log10", "log2",
               "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
               "floor", "ceil", "rint", "trunc", "sign", "square", "reciprocal",
               "logical_not", "invert", "isnan", "isinf", "isfinite", "signbit"]

OP_NEGATIVE = 0
OP_POSITIVE = 1
OP_ABSOLUTE = 2
OP_SQRT = 3
OP_EXP = 4
OP_LOG = 5
OP_LOG10 = 6
OP_LOG2 = 7
OP_SIN = 8
OP_COS = 9
OP_TAN = 10
OP_ARCSIN = 11
OP_ARCCOS = 12
OP_ARCTAN = 13
OP_SINH = 14
OP_COSH = 15
OP_TANH = 16
OP_FLOOR = 17
OP_CEIL = 18
OP_RINT = 19
OP_TRUNC = 20
OP_SIGN = 21
OP_SQUARE = 22
OP_RECIPROCAL = 23
OP_LOGICAL_NOT = 24
OP_INVERT = 25
OP_ISNAN = 26
OP_ISINF = 27
OP_ISFINITE = 28
OP_SIGNBIT = 29

# loop-list families
FAM_NUMERIC = 0      # ints, f, d (no bool): negative, positive, sign, square, reciprocal
FAM_ALL = 1          # ?, ints, f, d: absolute, floor, ceil, trunc
FAM_FLOAT = 2        # e, f, d: sqrt, exp, ..., rint
FAM_PRED = 3         # ?, ints, f, d -> ?: logical_not, isnan, isinf, isfinite
FAM_BITS = 4         # ?, ints: invert
FAM_SIGNBIT = 5      # e, f, d -> ?


INT_LOOPS = [dtypes.INT8, dtypes.UINT8, dtypes.INT16, dtypes.UINT16, dtypes.INT32,
             dtypes.UINT32, dtypes.INT64, dtypes.UINT64]

NEGATIVE_BOOL_MSG = ("The numpy boolean negative, the `-` operator, is not supported, "
                     "use the `~` operator or the logical_not function instead.")

DTYPE_CLASS_NAMES = ["BoolDType", "Int8DType", "UInt8DType", "Int16DType", "UInt16DType",
                     "Int32DType", "UInt32DType", "Int64DType", "UInt64DType",
                     "Float32DType", "Float64DType", "Float16DType"]


def op_code(name: str) -> int:
    for i in range(len(UNARY_NAMES)):
        if UNARY_NAMES[i] == name:
            return i
    raise ValueError("unknown unary ufunc " + name)


def family(op: int) -> int:
    if op == OP_NEGATIVE or op == OP_POSITIVE or op == OP_SIGN or op == OP_SQUARE \
            or op == OP_RECIPROCAL:
        return FAM_NUMERIC
    if op == OP_ABSOLUTE or op == OP_FLOOR or op == OP_CEIL or op == OP_TRUNC:
        return FAM_ALL
    if op == OP_LOGICAL_NOT or op == OP_ISNAN or op == OP_ISINF or op == OP_ISFINITE:
        return FAM_PRED
    if op == OP_INVERT:
        return FAM_BITS
    if op == OP_SIGNBIT:
        return FAM_SIGNBIT
    return FAM_FLOAT


def loop_list(fam: int) -> list[DType]:
    """NumPy's loop input types in order."""
    res: list[DType] = []
    if fam == FAM_ALL or fam == FAM_PRED or fam == FAM_BITS:
        res.append(dtypes.BOOL)
    if fam == FAM_NUMERIC or fam == FAM_ALL or fam == FAM_PRED or fam == FAM_BITS:
        for d in INT_LOOPS:
            res.append(d)
    if fam != FAM_BITS:
        res.append(dtypes.FLOAT16)
        res.append(dtypes.FLOAT32)
        res.append(dtypes.FLOAT64)
    return res


def is_pred(fam: int) -> bool:
    return fam == FAM_PRED or fam == FAM_SIGNBIT


def dtype_class(dt: DType) -> str:
    for i in range(len(dtypes.ALL_DTYPES)):
        if dtypes.ALL_DTYPES[i] is dt:
            return "<class 'numpy.dtypes." + DTYPE_CLASS_NAMES[i] + "'>"
    return "<class 'numpy.dtypes." + dt.name + "'>"


def no_loop_error(name: str, a: DType, dtype: DType | None) -> TypeError:
    op = op_code(name)
    if op == OP_NEGATIVE:
        return TypeError(NEGATIVE_BOOL_MSG)
    if op == OP_POSITIVE or op == OP_SIGN:
        right = "None" if dtype is None else dtype_class(dtype)
        return UFuncTypeError("ufunc '" + name + "' did not contain a loop with signature "
                              "matching types " + dtype_class(a) + " -> " + right)
    if dtype is not None:
        return TypeError("No loop matching the specified signature and casting was found "
                         "for ufunc " + name)
    return TypeError("ufunc '" + name + "' not supported for the input types, and the "
                          "inputs could not be safely coerced to any supported types "
                          "according to the casting rule ''safe''")


def _default_loop(name: str, fam: int, a: DType) -> DType:
    op = op_code(name)
    if a.num == dtypes.NUM_BOOL and (op == OP_NEGATIVE or op == OP_POSITIVE or op == OP_SIGN):
        raise no_loop_error(name, a, None)
    for d in loop_list(fam):
        if can_cast(a, d, CAST_SAFE):
            return d
    raise no_loop_error(name, a, None)


def resolve_loop(name: str, a: DType, dtype: DType | None) -> DType:
    """The loop dtype for np.<name>(array of dtype a, dtype=dtype)."""
    op = op_code(name)
    fam = family(op)
    if dtype is None:
        return _default_loop(name, fam, a)
    if is_pred(fam):
        if dtype.num != dtypes.NUM_BOOL:
            raise TypeError("No loop matching the specified signature and casting was "
                            "found for ufunc " + name)
        return _default_loop(name, fam, a)
    found = False
    for d in loop_list(fam):
        if d is dtype:
            found = True
    if not found:
        if op == OP_NEGATIVE or op == OP_POSITIVE or op == OP_SIGN:
            raise no_loop_error(name, a, dtype)
        raise TypeError("No loop matching the specified signature and casting was found "
                        "for ufunc " + name)
    if not can_cast(a, dtype, CAST_SAME_KIND):
        raise UFuncTypeError("Cannot cast ufunc '" + name + "' input from " + dtype_repr(a)
                             + " to " + dtype_repr(dtype) + " with casting rule 'same_kind'")
    return dtype


# -- kernels ----------------------------------------------------------------

def float_kernel(op: int, xs: list[float]) -> list[float]:
    """Float ops (computed in float64; float32 results round when stored)."""
    if op == OP_NEGATIVE:
        return [-x for x in xs]
    if op == OP_POSITIVE:
        return [x for x in xs]
    if op == OP_ABSOLUTE:
        return [math.fabs(x) for x in xs]
    if op == OP_SQRT:
        return [rfloat.safe_sqrt(x) for x in xs]
    if op == OP_EXP:
        return [rfloat.safe_exp(x) for x in xs]
    if op == OP_LOG:
        return [rfloat.safe_log(x, 0) for x in xs]
    if op == OP_LOG10:
        return [rfloat.safe_log(x, 10) for x in xs]
    if op == OP_LOG2:
        return [rfloat.safe_log(x, 2) for x in xs]
    if op == OP_SIN:
        return [rfloat.safe_trig(x, 0) for x in xs]
    if op == OP_COS:
        return [rfloat.safe_trig(x, 1) for x in xs]
    if op == OP_TAN:
        return [rfloat.safe_trig(x, 2) for x in xs]
    if op == OP_ARCSIN:
        return [rfloat.safe_asin(x, False) for x in xs]
    if op == OP_ARCCOS:
        return [rfloat.safe_asin(x, True) for x in xs]
    if op == OP_ARCTAN:
        return [math.atan(x) for x in xs]
    if op == OP_SINH:
        return [rfloat.safe_sinh(x) for x in xs]
    if op == OP_COSH:
        return [rfloat.safe_cosh(x) for x in xs]
    if op == OP_TANH:
        return [math.tanh(x) for x in xs]
    if op == OP_FLOOR:
        return [rfloat.floor(x) for x in xs]
    if op == OP_CEIL:
        return [rfloat.ceil(x) for x in xs]
    if op == OP_RINT:
        return [rfloat.rint(x) for x in xs]
    if op == OP_TRUNC:
        return [rfloat.trunc(x) for x in xs]
    if op == OP_SIGN:
        return [_fsign(x) for x in xs]
    if op == OP_SQUARE:
        return [x * x for x in xs]
    if op == OP_RECIPROCAL:
        return [_frecip(x) for x in xs]
    raise ValueError("float_kernel: bad op")


def _simd_op(op: int, f32: bool) -> bool:
    """Does micronumpy reproduce the kernel NumPy runs for op on this CPU
    (simdmath, svml_log10_tan)?"""
    if op == OP_EXP or op == OP_LOG:
        return rcpu.has_x86_v3() if f32 else rcpu.has_x86_v4()
    if op == OP_SIN or op == OP_COS:
        return f32 and rcpu.has_x86_v3()
    if op == OP_LOG10 or op == OP_TAN:
        # float32: SVML on X86_V4, glibc 2.36's log10f/tanf otherwise (both
        # emulated); float64: SVML on X86_V4, libm otherwise
        return f32 or rcpu.has_x86_v4()
    return False


def simd_kernel(op: int, xs: list[float], f32: bool, negative_stride: bool) -> list[float]:
    """exp/log/sin/cos as NumPy's SIMD loops compute them (float64 exp/log:
    SVML, except for a 1-D input walked with a negative stride, where NumPy
    falls back to libm)."""
    if f32:
        if op == OP_LOG10 or op == OP_TAN:
            svml = rcpu.has_x86_v4() and not negative_stride
            if op == OP_LOG10:
                if svml:
                    return [svml_log10_tan.log10_f32(x) for x in xs]
                return [svml_log10_tan.log10_f32_glibc(x) for x in xs]
            if svml:
                return [svml_log10_tan.tan_f32(x) for x in xs]
            return [svml_log10_tan.tan_f32_glibc(x) for x in xs]
        if op == OP_EXP:
            return [simdmath.exp_f32(x) for x in xs]
        if op == OP_LOG:
            return [simdmath.log_f32(x) for x in xs]
        if op == OP_SIN:
            return [simdmath.sin_f32(x) for x in xs]
        return [simdmath.cos_f32(x) for x in xs]
    if negative_stride:
        if op == OP_LOG10:
            return [svml_f64_log10_tan.log10_f64_libm(x) for x in xs]
        if op == OP_TAN:
            return [svml_f64_log10_tan.tan_f64_libm(x) for x in xs]
        return float_kernel(op, xs)
    if op == OP_LOG10:
        return [svml_f64_log10_tan.log10_f64(x) for x in xs]
    if op == OP_TAN:
        return [svml_f64_log10_tan.tan_f64(x) for x in xs]
    if op == OP_EXP:
        return [simdmath.exp_f64(x) for x in xs]
    return [simdmath.log_f64(x) for x in xs]


def _fsign(x: float) -> float:
    if x > 0.0:
        return 1.0
    if x < 0.0:
        return -1.0
    if x == 0.0:
        return 0.0
    return x


def _frecip(x: float) -> float:
    if x == 0.0:
        return math.copysign(math.inf, x)
    return 1.0 / x


def float_pred_kernel(op: int, xs: list[float]) -> list[int]:
    if op == OP_LOGICAL_NOT:
        return [1 if x == 0.0 else 0 for x in xs]
    if op == OP_ISNAN:
        return [1 if x != x else 0 for x in xs]
    if op == OP_ISINF:
        return [1 if math.isinf(x) else 0 for x in xs]
    if op == OP_ISFINITE:
        return [1 if (x == x and not math.isinf(x)) else 0 for x in xs]
    if op == OP_SIGNBIT:
        return [1 if math.copysign(1.0, x) < 0.0 else 0 for x in xs]
    raise ValueError("float_pred_kernel: bad op")


def int_kernel(op: int, vs: list[int], dt: DType) -> list[int]:
    """Integer ops on values of integer dtype dt (below uint64); results
    wrap to dt."""
    bits = dt.bits
    signed = dt.signed
    if op == OP_NEGATIVE:
        return [truncate(intmask(-v), bits, signed) for v in vs]
    if op == OP_POSITIVE or op == OP_FLOOR or op == OP_CEIL or op == OP_TRUNC:
        return [v for v in vs]
    if op == OP_ABSOLUTE:
        return [truncate(intmask(-v) if v < 0 else v, bits, signed) for v in vs]
    if op == OP_SIGN:
        return [1 if v > 0 else (-1 if v < 0 else 0) for v in vs]
    if op == OP_SQUARE:
        return [truncate(intmask(v * v), bits, signed) for v in vs]
    if op == OP_RECIPROCAL:
        return [_int_recip(v, dt) for v in vs]
    if op == OP_INVERT:
        return [truncate(~v, bits, signed) for v in vs]
    if op == OP_LOGICAL_NOT:
        return [1 if v == 0 else 0 for v in vs]
    if op == OP_ISNAN or op == OP_ISINF:
        return [0 for v in vs]
    if op == OP_ISFINITE:
        return [1 for v in vs]
    raise ValueError("int_kernel: bad op")


def _int_recip(v: int, dt: DType) -> int:
    # NumPy: 1.0 / in, converted to the integer type by C (scalar cast rules).
    if v == 0:
        return casting.float_to_dtype_bits(math.inf, dt)
    return casting.float_to_dtype_bits(1.0 / float(v), dt)


def uint64_kernel(op: int, vs: list[int]) -> list[int]:
    """uint64 ops on bit patterns."""
    if op == OP_NEGATIVE:
        return [intmask(-v) for v in vs]
    if op == OP_POSITIVE or op == OP_FLOOR or op == OP_CEIL or op == OP_TRUNC \
            or op == OP_ABSOLUTE:
        return [v for v in vs]
    if op == OP_SIGN:
        return [0 if v == 0 else 1 for v in vs]
    if op == OP_SQUARE:
        return [intmask(v * v) for v in vs]
    if op == OP_RECIPROCAL:
        return [_uint64_recip(v) for v in vs]
    if op == OP_INVERT:
        return [intmask(~v) for v in vs]
    if op == OP_LOGICAL_NOT:
        return [1 if v == 0 else 0 for v in vs]
    if op == OP_ISNAN or op == OP_ISINF:
        return [0 for v in vs]
    if op == OP_ISFINITE:
        return [1 for v in vs]
    raise ValueError("uint64_kernel: bad op")


def _uint64_recip(v: int) -> int:
    if v == 0:
        return casting.float_to_uint64_bits(math.inf)
    return casting.float_to_uint64_bits(1.0 / uint_to_float(v))


def bool_kernel(op: int, vs: list[int]) -> list[int]:
    """Bool loops (values 0/1)."""
    if op == OP_ABSOLUTE or op == OP_FLOOR or op == OP_CEIL or op == OP_TRUNC:
        return [v for v in vs]
    if op == OP_LOGICAL_NOT or op == OP_INVERT:
        return [1 - v for v in vs]
    if op == OP_ISNAN or op == OP_ISINF:
        return [0 for v in vs]
    if op == OP_ISFINITE:
        return [1 for v in vs]
    raise ValueError("bool_kernel: bad op")


# -- driver -----------------------------------------------------------------

def compute(op: int, src: NDArray, loop: DType, res: NDArray) -> None:
    """Run op over src (already of dtype loop, same shape as res) into res
    (dtype loop, or bool for predicates), both in C order."""
    soffs = c_order_offsets(src)
    roffs = c_order_offsets(res)
    fam = family(op)
    pred = is_pred(fam)
    if loop.compute == dtypes.COMPUTE_FLOAT:
        xs = casting.read_floats(src, soffs)
        if pred:
            casting.write_ints(res, roffs, float_pred_kernel(op, xs))
        else:
            f32 = dtypes.is_narrow_float(loop)
            if _simd_op(op, f32):
                rs = simd_kernel(op, xs, f32, len(src.shape) == 1 and src.strides[0] < 0)
            else:
                rs = float_kernel(op, xs)
            if loop.num == dtypes.NUM_FLOAT16:
                # NumPy's float16 loops run the float32 function
                for i in range(len(rs)):
                    rs[i] = rfloat.round_to_float32(rs[i])
            fpstatus.check_unary(xs, rs, dtypes.overflow_limit(loop), _pole(op))
            casting.write_floats(res, roffs, rs)
        return
    vs = casting.read_ints(src, soffs)
    if op == OP_RECIPROCAL and loop.compute != dtypes.COMPUTE_BOOL:
        for v in vs:
            if v == 0:
                # 1.0 / 0 is inf (divide), whose cast to an integer is invalid
                fpstatus.raise_flags(fpstatus.DIVIDE | fpstatus.INVALID)
                break
    if loop.compute == dtypes.COMPUTE_BOOL:
        casting.write_ints(res, roffs, bool_kernel(op, vs))
    elif loop.compute == dtypes.COMPUTE_UINT64:
        casting.write_ints(res, roffs, uint64_kernel(op, vs))
    else:
        casting.write_ints(res, roffs, int_kernel(op, vs, loop))


def _pole(op: int) -> int:
    """Where a float op's finite-to-infinite results are poles (divide by
    zero) rather than overflows."""
    if op == OP_LOG or op == OP_LOG10 or op == OP_LOG2:
        return fpstatus.POLE_ALWAYS
    if op == OP_RECIPROCAL:
        return fpstatus.POLE_X_ZERO
    return fpstatus.POLE_NONE


def _scalar_int_overflow(op: int, a: NDArray) -> bool:
    """-x and abs(x) of a NumPy integer scalar outside the dtype's range."""
    dt = a.dtype
    if not dt.is_integer() or (op != OP_NEGATIVE and op != OP_ABSOLUTE):
        return False
    v = a.read_int(a.offset)
    if not dt.signed:
        return op == OP_NEGATIVE and v != 0
    return v == -(1 << (dt.bits - 1))


def scalar_unary(name: str, a: NDArray) -> NDArray:
    """A NumPy-scalar unary operator (-x, +x, abs(x), ~x)."""
    fpstatus.clear()
    if _scalar_int_overflow(op_code(name), a):
        fpstatus.raise_flags(fpstatus.OVERFLOW)
    r = _unary(name, a, None, None)
    fpstatus.report("scalar " + name)
    return r


def output_shape(a: NDArray, out: NDArray | None) -> list[int]:
    if out is None:
        return list(a.shape)
    b = try_broadcast_shapes([a.shape, out.shape])
    if b is None:
        raise broadcast_error([a.shape, out.shape])
    if b != out.shape:
        raise ValueError("non-broadcastable output operand with shape " + shape_text(out.shape)
                         + " doesn't match the broadcast shape " + shape_text(b))
    return list(out.shape)


def unary(name: str, a: NDArray, out: NDArray | None, dtype: DType | None) -> NDArray:
    """np.<name>(a, out=out, dtype=dtype)."""
    fpstatus.clear()
    r = _unary(name, a, out, dtype)
    fpstatus.report(name)
    return r


def _unary(name: str, a: NDArray, out: NDArray | None, dtype: DType | None) -> NDArray:
    op = op_code(name)
    fam = family(op)
    loop = resolve_loop(name, a.dtype, dtype)
    rdt = dtypes.BOOL if is_pred(fam) else loop
    if out is not None:
        if not can_cast(rdt, out.dtype, CAST_SAME_KIND):
            raise UFuncTypeError("Cannot cast ufunc '" + name + "' output from "
                                 + dtype_repr(rdt) + " to " + dtype_repr(out.dtype)
                                 + " with casting rule 'same_kind'")
    shape = output_shape(a, out)
    if out is not None and not out.writeable:
        raise ValueError("output array is read-only")
    src = casting.cast_broadcast(a, loop, shape)
    if out is not None and out.dtype is rdt:
        compute(op, src, loop, out)
        return out
    res = ndarray.empty(shape, rdt)
    compute(op, src, loop, res)
    if out is None:
        return res
    casting.cast_into(out, res)
    return out
