"""np.dot and np.matmul.

Public API:
  dot(a: NDArray, b: NDArray) -> NDArray
  matmul(a: NDArray, b: NDArray) -> NDArray
Both return NDArrays; a 0-d result (1-D . 1-D, scalar . scalar) is a 0-d
NDArray that the mnpy layer turns into a NumPy scalar.

Result dtype is promote_types(a.dtype, b.dtype). np.dot converts Python
scalars to arrays before promotion (no NEP 50 weak handling: np.dot(int8_arr, 2)
is int64, np.dot(float32_arr, 2.0) is float64, np.dot(int8_arr, True) is int8),
which is what the stored dtypes of weak 0-d operands already say. np.matmul is a
ufunc: a weak Python int that does not fit the other (integer) operand's dtype
raises NumPy's OverflowError before the "not enough dimensions" ValueError.

Both operands are first converted to the result dtype's compute kind as flat
C-order lists (one dtype dispatch per element of the inputs, none in the inner
loops). Integers wrap (mod 2**64, then truncated to the result dtype, which
equals NumPy's arithmetic in the result dtype); bool is the logical or of ands;
floats are summed in order starting at +0.0 (float32 rounds every product and
add). NumPy's float dot/matmul use OpenBLAS, whose accumulation order differs:
float results agree to a few ulps (tests compare them with a relative tolerance),
integer and bool results are exact. Sign of zero follows NumPy: np.dot keeps
the sign of a direct product (both operands of ndim <= 2 with one element each,
or a 0-d operand with an operand of ndim > 2); every other float sum starts at
+0.0 (so -0.0 . 1.0 over two or more terms, or via matmul, is 0.0).
"""

from rpy.rarithmetic import intmask
import math

from rpy.rfloat import round_to_float32
from micronumpy import dtypes
from micronumpy import fpstatus
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, empty, c_order_offsets
from micronumpy.broadcast import shape_text
from micronumpy.promotion import promote_types, check_weak_int, weak_int_value


def _float_values(a: NDArray, f32: bool) -> list[float]:
    """a's elements in C order as floats (rounded to float32 when f32)."""
    offs = c_order_offsets(a)
    vals = [a.read_float(o) for o in offs]
    if f32:
        return [round_to_float32(v) for v in vals]
    return vals


def _int_values(a: NDArray) -> list[int]:
    """a's elements in C order as ints (uint64 as bit patterns, bool 0/1)."""
    return [a.read_int(o) for o in c_order_offsets(a)]


def _bool_values(a: NDArray) -> list[bool]:
    return [a.read_bool(o) for o in c_order_offsets(a)]


class _Plan:
    """The index pattern of a product: result element r (C order) is
    sum over t < k of A[abase[r] + t*ast] * B[bbase[r] + t*bst]."""

    def __init__(self, abase: list[int], bbase: list[int], ast: int, bst: int,
                 k: int) -> None:
        self.abase = abase
        self.bbase = bbase
        self.ast = ast
        self.bst = bst
        self.k = k


def _run(a: NDArray, b: NDArray, plan: _Plan, res: NDArray, direct: bool) -> None:
    """Fill the C-contiguous res following plan (direct: k == 1 and the float
    result is the product itself, keeping the sign of a zero)."""
    dt = res.dtype
    isz = dt.itemsize
    nres = len(plan.abase)
    k = plan.k
    ast = plan.ast
    bst = plan.bst
    if dt.compute == dtypes.COMPUTE_FLOAT:
        # float16 products accumulate in float32 (NumPy's HALF_dot)
        f32 = dtypes.is_narrow_float(dt)
        af = _float_values(a, f32)
        bf = _float_values(b, f32)
        outs = [0.0] * nres
        for r in range(nres):
            ao = plan.abase[r]
            bo = plan.bbase[r]
            if direct:
                s = af[ao] * bf[bo]
                if f32:
                    s = round_to_float32(s)
            else:
                s = 0.0
                if f32:
                    for t in range(k):
                        s = round_to_float32(s + round_to_float32(
                            af[ao + t * ast] * bf[bo + t * bst]))
                else:
                    for t in range(k):
                        s = s + af[ao + t * ast] * bf[bo + t * bst]
            res.write_float(r * isz, s)
            outs[r] = res.read_float(r * isz)
        fpstatus.raise_flags(_product_flags(af, bf, outs))
    elif dt.compute == dtypes.COMPUTE_BOOL:
        ab = _bool_values(a)
        bb = _bool_values(b)
        for r in range(nres):
            ao = plan.abase[r]
            bo = plan.bbase[r]
            acc = False
            for t in range(k):
                if ab[ao + t * ast] and bb[bo + t * bst]:
                    acc = True
                    break
            res.storage.set_bool(r, acc)
    else:
        ai = _int_values(a)
        bi = _int_values(b)
        for r in range(nres):
            ao = plan.abase[r]
            bo = plan.bbase[r]
            acc_i = 0
            for t in range(k):
                acc_i = intmask(acc_i + intmask(ai[ao + t * ast] * bi[bo + t * bst]))
            res.write_int(r * isz, acc_i)


def _prod(shape: list[int]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


def _result_dtype(a: NDArray, b: NDArray) -> DType:
    return promote_types(a.dtype, b.dtype)


def dot(a: NDArray, b: NDArray) -> NDArray:
    """np.dot(a, b), reporting "overflow encountered in dot" and friends."""
    fpstatus.clear()
    r = _dot(a, b)
    fpstatus.report("dot")
    return r


def matmul(a: NDArray, b: NDArray) -> NDArray:
    """np.matmul(a, b) / a @ b."""
    fpstatus.clear()
    r = _matmul(a, b)
    fpstatus.report("matmul")
    return r


def _product_flags(af: list[float], bf: list[float], res: list[float]) -> int:
    """Status flags of a float product: overflow for an infinite result from
    finite inputs, invalid for a NaN from non-NaN inputs (inf * 0)."""
    nan_in = False
    inf_in = False
    for lst in [af, bf]:
        for v in lst:
            if v != v:
                nan_in = True
            elif math.isinf(v):
                inf_in = True
    flags = 0
    for v in res:
        if v != v:
            if not nan_in:
                flags |= fpstatus.INVALID
        elif math.isinf(v) and not inf_in and not nan_in:
            flags |= fpstatus.OVERFLOW
    return flags


def _dot(a: NDArray, b: NDArray) -> NDArray:
    """np.dot(a, b)."""
    dt = _result_dtype(a, b)
    an = a.ndim()
    bn = b.ndim()
    isfloat = dt.compute == dtypes.COMPUTE_FLOAT
    if an == 0 or bn == 0:
        # elementwise product with the scalar operand
        other = b if an == 0 else a
        n = other.size()
        res = empty(list(other.shape), dt)
        zeros = [0] * n
        idx = [i for i in range(n)]
        if an == 0:
            plan = _Plan(zeros, idx, 0, 0, 1)
        else:
            plan = _Plan(idx, zeros, 0, 0, 1)
        direct = other.ndim() > 2 or n == 1
        _run(a, b, plan, res, isfloat and direct)
        return res
    k = a.shape[an - 1]
    bdim = bn - 2 if bn >= 2 else 0
    if b.shape[bdim] != k:
        raise ValueError("shapes " + shape_text(a.shape) + " and " + shape_text(b.shape)
                         + " not aligned: " + str(k) + " (dim " + str(an - 1) + ") != "
                         + str(b.shape[bdim]) + " (dim " + str(bdim) + ")")
    a_outer = _prod(a.shape[:an - 1])
    if bn >= 2:
        m = b.shape[bn - 1]
        b_outer = _prod(b.shape[:bn - 2])
        out_shape = a.shape[:an - 1] + b.shape[:bn - 2] + [m]
    else:
        m = 1
        b_outer = 1
        out_shape = a.shape[:an - 1]
    abase: list[int] = []
    bbase: list[int] = []
    for ia in range(a_outer):
        for ib in range(b_outer):
            for j in range(m):
                abase.append(ia * k)
                bbase.append(ib * k * m + j)
    res = empty(out_shape, dt)
    direct = an <= 2 and bn <= 2 and a.size() == 1 and b.size() == 1
    _run(a, b, _Plan(abase, bbase, 1, m, k), res, isfloat and direct)
    return res


_SIG = "(n?,k),(k,m?)->(n?,m?)"


def _check_weak_operand(weak: NDArray, other: NDArray) -> None:
    """NEP 50: a weak Python int must fit the other operand's integer dtype."""
    if weak.weak and not other.weak and weak.dtype.num == dtypes.NUM_INT64 \
            and other.dtype.is_integer():
        check_weak_int(weak_int_value(weak), other.dtype)


def _matmul(a: NDArray, b: NDArray) -> NDArray:
    """np.matmul(a, b) / a @ b."""
    _check_weak_operand(a, b)
    _check_weak_operand(b, a)
    an = a.ndim()
    bn = b.ndim()
    if an == 0 or bn == 0:
        op = 0 if an == 0 else 1
        raise ValueError("matmul: Input operand " + str(op) + " does not have enough "
                         "dimensions (has 0, gufunc core with signature " + _SIG
                         + " requires 1)")
    dt = _result_dtype(a, b)
    # core dims of a: (n, k); of b: (k, m); 1-D operands get n = 1 / m = 1
    if an == 1:
        n = 1
        k = a.shape[0]
    else:
        n = a.shape[an - 2]
        k = a.shape[an - 1]
    if bn == 1:
        m = 1
        kb = b.shape[0]
    else:
        m = b.shape[bn - 1]
        kb = b.shape[bn - 2]
    if kb != k:
        raise ValueError("matmul: Input operand 1 has a mismatch in its core dimension 0, "
                         "with gufunc signature " + _SIG + " (size " + str(kb)
                         + " is different from " + str(k) + ")")
    a_loop = a.shape[:an - 2] if an >= 2 else []
    b_loop = b.shape[:bn - 2] if bn >= 2 else []
    nl = max(len(a_loop), len(b_loop))
    loop: list[int] = []
    ok = True
    for i in range(nl):
        ia = i - (nl - len(a_loop))
        ib = i - (nl - len(b_loop))
        da = a_loop[ia] if ia >= 0 else 1
        db = b_loop[ib] if ib >= 0 else 1
        if da != db and da != 1 and db != 1:
            ok = False
        loop.append(da if da != 1 else db)
    if not ok:
        text = ("operands could not be broadcast together with remapped shapes "
                "[original->remapped]: ")
        text += shape_text(a.shape) + "->" + _remapped(a_loop) + " "
        text += shape_text(b.shape) + "->" + _remapped(b_loop) + " "
        text += " and requested shape (" + str(n) + "," + str(m) + ")"
        raise ValueError(text)
    # batch indices (into a's and b's flattened loop dims) per loop position
    abatch = [0]
    bbatch = [0]
    for i in range(nl):
        ia = i - (nl - len(a_loop))
        ib = i - (nl - len(b_loop))
        da = a_loop[ia] if ia >= 0 else 1
        db = b_loop[ib] if ib >= 0 else 1
        na: list[int] = []
        nb: list[int] = []
        for t in range(len(abatch)):
            for j in range(loop[i]):
                na.append(abatch[t] * da + (j if da != 1 else 0))
                nb.append(bbatch[t] * db + (j if db != 1 else 0))
        abatch = na
        bbatch = nb
    out_shape = list(loop)
    if an != 1:
        out_shape.append(n)
    if bn != 1:
        out_shape.append(m)
    res = empty(out_shape, dt)
    abase: list[int] = []
    bbase: list[int] = []
    for t in range(len(abatch)):
        for i in range(n):
            for j in range(m):
                abase.append(abatch[t] * n * k + i * k)
                bbase.append(bbatch[t] * k * m + j)
    _run(a, b, _Plan(abase, bbase, 1, m, k), res, False)
    return res


def _remapped(loop: list[int]) -> str:
    parts = [str(d) for d in loop]
    parts.append("newaxis")
    parts.append("newaxis")
    return "(" + ",".join(parts) + ")"
