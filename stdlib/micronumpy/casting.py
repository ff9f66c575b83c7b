"""NumPy-exact unsafe casts between the micronumpy dtypes.

Public API:
  cast_into(dst: NDArray, src: NDArray) -> None
      src broadcast to dst's shape (else ValueError "could not broadcast
      input array from shape (4,) into shape (3,)", np.copyto's message), unsafe cast-copy into dst, exactly as NumPy 2.4.6 on x86-64
      (np.copyto(dst, src, casting='unsafe') / dst[...] = src).
  astype(a: NDArray, dtype: DType) -> NDArray
      a.astype(dtype): a new C-contiguous array (F layout kept for an
      F-contiguous, non-C-contiguous input, as order='K').
  cast_offsets(dst, doffs, src, soffs, vec) -> None
      The kernel: element soffs[i] of src into doffs[i] of dst; vec[i] tells
      whether NumPy would convert that element in its SIMD path (only matters
      for float -> uint32, see below); pass [] for "all scalar".
  float_to_dtype_bits(x: float, dt: DType) -> int
      The scalar-path float -> integer/bool cast of one value, as the int
      stored (low bits are kept by the writer; uint64 as its bit pattern).
  int_to_dtype_float(v: int, src_uint64: bool, dt: DType) -> float
      An integer (uint64 bit pattern when src_uint64) cast to float32/float64.

Rules (measured on this machine, see /work/helpers/out/ufunc.md and
/work/helpers/out/unary-casting.md):
  float -> int64: truncate; nan/inf/out of range -> INT64_MIN (cvttsd2si).
  float -> int32: same with INT32_MIN. int8/int16/uint8/uint16: via int32,
  keep the low bits. float -> uint64: x >= 2**63 ? cvt64(x - 2**63) ^ 2**63
  : cvt64(x). float -> uint32: NumPy's contiguous SIMD loop converts blocks
  of 4 elements with x >= 2**31 ? cvt32(x - 2**31) ^ 2**31 : cvt32(x); the
  remaining (n % 4) elements of an inner loop, and every element of a
  strided/broadcast/single-element loop, go through cvt64 then the low 32
  bits. They differ only for out-of-range values and nan.
  float -> bool: x != 0 (nan -> True). int -> float: correctly rounded once
  (also int64/uint64 -> float32). int -> int: low bits. bool -> 0/1.
"""

import math

from rpy.rarithmetic import uint_to_float
from rpy.rfloat import (cvtt_int64, cvtt_int32, int_to_float32, uint_to_float32,
                        INT64_MIN, INT32_MIN, TWO63, TWO31)
from micronumpy import dtypes
from micronumpy import fpstatus
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, c_order_offsets
from micronumpy import ndarray
from micronumpy.broadcast import broadcast_view, broadcast_strides, shape_text


# -- scalar conversions ------------------------------------------------------

def float_to_uint64_bits(x: float) -> int:
    if x >= TWO63:
        return cvtt_int64(x - TWO63) ^ INT64_MIN
    return cvtt_int64(x)


def float_to_uint32_simd(x: float) -> int:
    if x >= TWO31:
        return cvtt_int32(x - TWO31) ^ INT32_MIN
    return cvtt_int32(x)


def float_to_dtype_bits(x: float, dt: DType) -> int:
    """Scalar-path float -> integer/bool cast (value to store; the integer
    writers keep the low bits)."""
    num = dt.num
    if num == dtypes.NUM_BOOL:
        return 1 if x != 0.0 else 0
    if num == dtypes.NUM_INT64 or num == dtypes.NUM_UINT32:
        return cvtt_int64(x)
    if num == dtypes.NUM_UINT64:
        return float_to_uint64_bits(x)
    return cvtt_int32(x)


def int_to_dtype_float(v: int, src_uint64: bool, dt: DType) -> float:
    if dt.num == dtypes.NUM_FLOAT32:
        if src_uint64:
            return uint_to_float32(v)
        return int_to_float32(v)
    if src_uint64:
        return uint_to_float(v)
    return float(v)


# -- typed readers / writers (dispatch once per call) ------------------------

def read_floats(arr: NDArray, offs: list[int]) -> list[float]:
    s = arr.storage
    if arr.dtype.num == dtypes.NUM_FLOAT64:
        return [s.get_float64(o) for o in offs]
    if arr.dtype.num == dtypes.NUM_FLOAT32:
        return [s.get_float32(o) for o in offs]
    if arr.dtype.num == dtypes.NUM_FLOAT16:
        return [s.get_float16(o) for o in offs]
    raise TypeError("read_floats on a non-float array")


def read_ints(arr: NDArray, offs: list[int]) -> list[int]:
    """Integer/bool elements as ints (uint64 as bit patterns)."""
    s = arr.storage
    num = arr.dtype.num
    if num == dtypes.NUM_INT64 or num == dtypes.NUM_UINT64:
        return [s.get_int64(o) for o in offs]
    if num == dtypes.NUM_INT32:
        return [s.get_int32(o) for o in offs]
    if num == dtypes.NUM_UINT32:
        return [s.get_uint32(o) for o in offs]
    if num == dtypes.NUM_INT16:
        return [s.get_int16(o) for o in offs]
    if num == dtypes.NUM_UINT16:
        return [s.get_uint16(o) for o in offs]
    if num == dtypes.NUM_INT8:
        return [s.get_int8(o) for o in offs]
    if num == dtypes.NUM_UINT8:
        return [s.get_uint8(o) for o in offs]
    if num == dtypes.NUM_BOOL:
        return [1 if s.get_bool(o) else 0 for o in offs]
    raise TypeError("read_ints on a float array")


def write_floats(arr: NDArray, offs: list[int], vals: list[float]) -> None:
    s = arr.storage
    if arr.dtype.num == dtypes.NUM_FLOAT64:
        for i in range(len(offs)):
            s.set_float64(offs[i], vals[i])
    elif arr.dtype.num == dtypes.NUM_FLOAT32:
        for i in range(len(offs)):
            s.set_float32(offs[i], vals[i])
    elif arr.dtype.num == dtypes.NUM_FLOAT16:
        for i in range(len(offs)):
            s.set_float16(offs[i], vals[i])
    else:
        raise TypeError("write_floats on a non-float array")


def write_ints(arr: NDArray, offs: list[int], vals: list[int]) -> None:
    """Store ints keeping the low bits (bool: != 0)."""
    s = arr.storage
    size = arr.dtype.itemsize
    if arr.dtype.num == dtypes.NUM_BOOL:
        for i in range(len(offs)):
            s.set_bool(offs[i], vals[i] != 0)
    elif size == 8:
        for i in range(len(offs)):
            s.set_int64(offs[i], vals[i])
    elif size == 4:
        for i in range(len(offs)):
            s.set_int32(offs[i], vals[i])
    elif size == 2:
        for i in range(len(offs)):
            s.set_int16(offs[i], vals[i])
    elif size == 1:
        for i in range(len(offs)):
            s.set_int8(offs[i], vals[i])
    else:
        raise TypeError("write_ints on a float array")


# -- conversions of whole lists ----------------------------------------------

def floats_to_ints(vals: list[float], dt: DType, vec: list[bool]) -> list[int]:
    """Float values cast to integer/bool dtype dt (values to store)."""
    num = dt.num
    if num == dtypes.NUM_BOOL:
        return [1 if x != 0.0 else 0 for x in vals]
    if num == dtypes.NUM_INT64:
        return [cvtt_int64(x) for x in vals]
    if num == dtypes.NUM_UINT64:
        return [float_to_uint64_bits(x) for x in vals]
    if num == dtypes.NUM_UINT32:
        if len(vec) == 0:
            return [cvtt_int64(x) for x in vals]
        res = [0] * len(vals)
        for i in range(len(vals)):
            if vec[i]:
                res[i] = float_to_uint32_simd(vals[i])
            else:
                res[i] = cvtt_int64(vals[i])
        return res
    return [cvtt_int32(x) for x in vals]


def ints_to_floats(vals: list[int], src_uint64: bool, dt: DType) -> list[float]:
    if dt.num == dtypes.NUM_FLOAT32:
        if src_uint64:
            return [uint_to_float32(v) for v in vals]
        return [int_to_float32(v) for v in vals]
    if src_uint64:
        return [uint_to_float(v) for v in vals]
    return [float(v) for v in vals]


def _cvtt_valid(x: float, lo: float, hi: float) -> bool:
    """Does a truncating conversion of x succeed, lo < x < hi (False for
    NaN, where the hardware raises invalid and stores the indefinite)?"""
    return lo < x < hi


def float_to_int_flags(vals: list[float], dt: DType, vec: list[bool]) -> int:
    """The status flags of floats_to_ints: invalid when the x86 conversion
    NumPy uses for dt is out of range (int8..uint16 and int32 convert
    through int32, int64 and uint32 through int64, uint64 in two halves)."""
    num = dt.num
    if num == dtypes.NUM_BOOL:
        return 0
    lo32 = -2147483649.0
    hi32 = 2147483648.0
    for i in range(len(vals)):
        x = vals[i]
        if num == dtypes.NUM_INT64 or (num == dtypes.NUM_UINT32 and len(vec) == 0) or \
                (num == dtypes.NUM_UINT32 and not vec[i]):
            ok = x >= -TWO63 and x < TWO63
        elif num == dtypes.NUM_UINT64:
            ok = x >= -TWO63 and x < 2.0 * TWO63
        elif num == dtypes.NUM_UINT32:
            ok = _cvtt_valid(x, lo32, 2.0 * hi32)
        else:
            ok = _cvtt_valid(x, lo32, hi32)
        if not ok:
            return fpstatus.INVALID
    return 0


def narrowing_overflow_flags(vals: list[float], limit: float) -> int:
    """Overflow when a finite float rounds to infinity in a narrower float
    type (float32 or float16, by its overflow limit)."""
    for x in vals:
        if not math.isinf(x) and fpstatus.rounds_to_inf(x, limit):
            return fpstatus.OVERFLOW
    return 0


def cast_offsets(dst: NDArray, doffs: list[int], src: NDArray, soffs: list[int],
                 vec: list[bool]) -> None:
    """Cast-copy element soffs[i] of src into doffs[i] of dst (unsafe),
    raising the status flags of the conversion (fpstatus)."""
    sf = src.dtype.compute == dtypes.COMPUTE_FLOAT
    df = dst.dtype.compute == dtypes.COMPUTE_FLOAT
    if sf:
        fv = read_floats(src, soffs)
        if df:
            if dst.dtype.itemsize < src.dtype.itemsize:
                fpstatus.raise_flags(narrowing_overflow_flags(
                    fv, dtypes.overflow_limit(dst.dtype)))
            write_floats(dst, doffs, fv)
        else:
            fpstatus.raise_flags(float_to_int_flags(fv, dst.dtype, vec))
            write_ints(dst, doffs, floats_to_ints(fv, dst.dtype, vec))
    else:
        iv = read_ints(src, soffs)
        if df:
            fv = ints_to_floats(iv, src.dtype.compute == dtypes.COMPUTE_UINT64, dst.dtype)
            if dst.dtype.num == dtypes.NUM_FLOAT16:
                fpstatus.raise_flags(narrowing_overflow_flags(fv, fpstatus.F16_OVERFLOW))
            write_floats(dst, doffs, fv)
        else:
            write_ints(dst, doffs, iv)


# -- NumPy's inner-loop structure (only needed for float -> uint32) ----------

def _contig_c(a: NDArray) -> bool:
    return a.is_c_contiguous()


def _strides_contig_f(a: NDArray) -> bool:
    return a.is_f_contiguous()


def simd_flags(dst: NDArray, src: NDArray, doffs: list[int]) -> list[bool]:
    """For each element (in the order of doffs = C order of dst), whether
    NumPy's contiguous SIMD cast loop handles it (blocks of 4 from the start
    of each contiguous inner loop). src has dst's shape (broadcast view)."""
    n = len(doffs)
    flags = [False] * n
    if n == 0 or dst.ndim() == 0:
        return flags
    isz = dst.dtype.itemsize
    bothc = _contig_c(dst) and _contig_c(src)
    bothf = _strides_contig_f(dst) and _strides_contig_f(src)
    if bothc or bothf:
        limit = n - n % 4
        for i in range(n):
            pos = (doffs[i] - dst.offset) // isz
            flags[i] = pos < limit
        return flags
    last = dst.ndim() - 1
    length = dst.shape[last]
    if dst.strides[last] != isz or src.strides[last] != src.dtype.itemsize or length <= 1:
        return flags
    limit = length - length % 4
    for i in range(n):
        flags[i] = (i % length) < limit
    return flags


def cast_into(dst: NDArray, src: NDArray) -> None:
    """Unsafe cast-copy of src (broadcast to dst.shape) into dst."""
    if broadcast_strides(src, dst.shape) is None:
        raise ValueError("could not broadcast input array from shape " + shape_text(src.shape)
                         + " into shape " + shape_text(dst.shape))
    view = broadcast_view(src, dst.shape)
    doffs = c_order_offsets(dst)
    soffs = c_order_offsets(view)
    vec: list[bool] = []
    # float16 sources convert through float32 with C's (uint32) cast: never
    # the vector loop
    if dst.dtype.num == dtypes.NUM_UINT32 and view.dtype.compute == dtypes.COMPUTE_FLOAT \
            and view.dtype.num != dtypes.NUM_FLOAT16:
        vec = simd_flags(dst, view, doffs)
    cast_offsets(dst, doffs, view, soffs, vec)


def cast_broadcast(x: NDArray, dtype: DType, shape: list[int]) -> NDArray:
    """x converted (unsafely) to dtype, when it is not already, and broadcast
    to shape: the operand form every element-wise kernel reads."""
    src = x
    if x.dtype is not dtype:
        src = ndarray.empty(list(x.shape), dtype)
        cast_into(src, x)
    if list(src.shape) != shape:
        src = broadcast_view(src, shape)
    return src


def astype(a: NDArray, dtype: DType) -> NDArray:
    """a.astype(dtype) (order='K' for C- or F-contiguous inputs); reports
    "... encountered in cast" warnings."""
    dst = ndarray.empty(list(a.shape), dtype)
    if a.is_f_contiguous() and not a.is_c_contiguous():
        dst.strides = ndarray.f_strides(dst.shape, dtype.itemsize)
    fpstatus.clear()
    cast_into(dst, a)
    fpstatus.report("cast")
    return dst
