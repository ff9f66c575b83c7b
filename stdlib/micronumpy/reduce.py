"""Reductions: sum, prod, mean, var, std, min, max, argmin, argmax, all,
any, count_nonzero.

Public API (all take a: NDArray, axes: list[int], axis_none: bool, keepdims):
  sum_, sum_dtype(..., force), mean_, var_(..., ddof, is_std), prod_,
  minmax(..., is_max), all_any(..., is_all), argminmax, count_nonzero
  pairwise_sum(vals, lo, n, f32) -> float   (NumPy's pairwise_sum)
  iter_order(shape, strides_per_operand) -> axes, innermost first (nditer)
  reduce_plan(a, red, cast) -> ReducePlan   (NumPy's reduction iteration)

Float sums and products add/multiply in exactly NumPy 2.4's order, which
comes from its buffered reduction nditer (see reduce_plan): axes sorted by
absolute input stride (negative strides are NOT flipped: the output is
allocated by the iterator), neighbouring axes coalesced, then a buffer
setup (8192-element buffers, a cost model choosing the "core") that decides
the inner-loop calls; each call either adds the pairwise sum of a run to
one output (innermost iterated axis reduced) or adds elementwise.
"""

import math

from rpy.rarray import RawStorage
from rpy.rhalf import round_to_half
from micronumpy import dtypes
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, empty, c_order_offsets
from micronumpy.errors import normalize_axis, AxisError

PW_BLOCKSIZE = 128


class _F32Rounder:
    def __init__(self) -> None:
        self.buf = RawStorage(4)

    def r(self, x: float) -> float:
        self.buf.set_float32(0, x)
        return self.buf.get_float32(0)


_R = _F32Rounder()


def _rd(x: float, f32: bool) -> float:
    if f32:
        return _R.r(x)
    return x


def pairwise_sum(vals: list[float], lo: int, n: int, f32: bool) -> float:
    """NumPy's pairwise_sum over vals[lo:lo+n] (float32 rounds each add)."""
    if n < 8:
        res = -0.0
        for i in range(n):
            res = _rd(res + vals[lo + i], f32)
        return res
    if n <= PW_BLOCKSIZE:
        r = [vals[lo + j] for j in range(8)]
        i = 8
        while i < n - (n % 8):
            for j in range(8):
                r[j] = _rd(r[j] + vals[lo + i + j], f32)
            i += 8
        res = _rd(_rd(_rd(r[0] + r[1], f32) + _rd(r[2] + r[3], f32), f32)
                  + _rd(_rd(r[4] + r[5], f32) + _rd(r[6] + r[7], f32), f32), f32)
        while i < n:
            res = _rd(res + vals[lo + i], f32)
            i += 1
        return res
    n2 = n // 2
    n2 -= n2 % 8
    return _rd(pairwise_sum(vals, lo, n2, f32) + pairwise_sum(vals, lo + n2, n - n2, f32), f32)


def _norm_axes(a: NDArray, axes: list[int], axis_none: bool) -> list[bool]:
    nd = a.ndim()
    red = [axis_none] * nd
    if not axis_none:
        for ax in axes:
            k = normalize_axis(ax, nd)
            if red[k]:
                raise ValueError("duplicate value in 'axis'")
            red[k] = True
    return red


def sum_(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool) -> NDArray:
    return sum_dtype(a, axes, axis_none, keepdims, None)


def mean_(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool) -> NDArray:
    """np.mean: ints/bool -> float64; floats keep their dtype (sum, then divide)."""
    return mean_dtype(a, axes, axis_none, keepdims, None)


def _default_float(a: NDArray, force: DType | None) -> DType:
    if force is not None:
        return force
    return a.dtype if a.dtype.compute == dtypes.COMPUTE_FLOAT else dtypes.FLOAT64


def mean_dtype(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool,
               force: DType | None) -> NDArray:
    """np.mean(a, dtype=force) for a float force dtype (None: the default):
    the sum casts a to force inside NumPy's buffered iterator, then divides."""
    dt = _default_float(a, force)
    if force is None and dt.num == dtypes.NUM_FLOAT16:
        # NumPy's _mean sums and divides float16 in float32, then casts back
        m = mean_dtype(a, axes, axis_none, keepdims, dtypes.FLOAT32)
        h = empty(list(m.shape), dtypes.FLOAT16)
        for k in range(m.size()):
            h.write_float(k * 2, m.read_float(k * 4))
        return h
    s = sum_dtype(a, axes, axis_none, keepdims, dt)
    n = 1
    if s.size() > 0:
        n = a.size() // s.size() if a.size() > 0 else 0
    else:
        return s
    isz = dt.itemsize
    for k in range(s.size()):
        v = s.read_float(k * isz)
        if n == 0:
            q = v / 0.0 if v != 0.0 else float("nan")
        else:
            q = _stored(v / float(n), dt)
        s.write_float(k * isz, q)
    return s


def _stored(x: float, dt: DType) -> float:
    """x as dt's arithmetic leaves it (float16 operations run in float32,
    then round to float16)."""
    if dt.num == dtypes.NUM_FLOAT32:
        return _R.r(x)
    if dt.num == dtypes.NUM_FLOAT16:
        return round_to_half(_R.r(x))
    return x


NPY_BUFSIZE = 8192


def iter_order(shape: list[int], ops: list[list[int]]) -> list[int]:
    """The axes of an nditer over operands with these byte strides, innermost
    first, as NumPy's npyiter_find_best_axis_ordering sorts them: a stable
    insertion sort by absolute stride starting from reversed C order, where
    a comparison only counts for an operand whose strides on both axes are
    nonzero (length-1 axes count as stride 0) and, when operands disagree,
    the C order is kept.  Negative strides are not flipped (an output is
    allocated, so NumPy never flips them for ufuncs and reductions)."""
    nd = len(shape)
    perm = [nd - 1 - i for i in range(nd)]
    for i0 in range(1, nd):
        ipos = i0
        j0 = perm[i0]
        i1 = i0 - 1
        while i1 >= 0:
            j1 = perm[i1]
            ambig = True
            swap = False
            for st in ops:
                s0 = st[j0] if shape[j0] != 1 else 0
                s1 = st[j1] if shape[j1] != 1 else 0
                if s0 != 0 and s1 != 0:
                    if abs(s1) <= abs(s0):
                        swap = False
                    elif ambig:
                        swap = True
                    ambig = False
            if not ambig:
                if swap:
                    ipos = i1
                else:
                    break
            i1 -= 1
        if ipos != i0:
            k = i0
            while k > ipos:
                perm[k] = perm[k - 1]
                k -= 1
            perm[ipos] = j0
    return perm


def _reduce_out_strides(shape: list[int], red: list[bool], order: list[int]) -> list[int]:
    """Element strides of the output NumPy allocates for a reduction: kept
    axes contiguous in iteration order, 0 on reduced and length-1 axes."""
    ostr = [0] * len(shape)
    st = 1
    for k in order:
        if not red[k] and shape[k] != 1:
            ostr[k] = st
            st *= shape[k]
    return ostr


class ReducePlan:
    """How NumPy 2.4's buffered reduction iterator walks an operand: the
    elements in iteration order, the flat (C-order) output index of each,
    and the lengths of the successive inner-loop calls.  When `pairwise` is
    set each call adds the pairwise sum of its values to one output;
    otherwise each value is added to its own output."""

    def __init__(self) -> None:
        self.in_offs: list[int] = []
        self.out_idx: list[int] = []
        self.runs: list[int] = []
        self.pairwise = False


def reduce_plan(a: NDArray, red: list[bool], cast: bool) -> ReducePlan:
    """The iteration of np.add.reduce(a, axis=<red>) (cast: the input is
    converted to the loop dtype, so the iterator must buffer it)."""
    nd = a.ndim()
    shape = a.shape
    istr = [a.strides[k] if shape[k] != 1 else 0 for k in range(nd)]
    order = iter_order(shape, [istr])
    ostr = _reduce_out_strides(shape, red, order)
    plan = ReducePlan()
    # micronumpy's result is C-ordered over the kept axes
    ridx = [0] * nd
    st = 1
    for k in range(nd - 1, -1, -1):
        if not red[k]:
            ridx[k] = st
            st *= shape[k]
    offs = [a.offset]
    oidx = [0]
    for t in range(nd - 1, -1, -1):
        k = order[t]
        n = shape[k]
        step = a.strides[k]
        rstep = ridx[k]
        nxt: list[int] = []
        nxt2: list[int] = []
        for b in range(len(offs)):
            for j in range(n):
                nxt.append(offs[b] + j * step)
                nxt2.append(oidx[b] + j * rstep)
        offs = nxt
        oidx = nxt2
    plan.in_offs = offs
    plan.out_idx = oidx
    total = len(offs)
    if total == 0:
        return plan
    # coalesce (npyiter_coalesce_axes), innermost first
    cs: list[int] = [1]
    ci: list[int] = [0]
    co: list[int] = [0]
    if nd > 0:
        cs = [shape[order[0]]]
        ci = [istr[order[0]]]
        co = [ostr[order[0]]]
    for t in range(1, nd):
        k = order[t]
        s1 = shape[k]
        i1 = istr[k]
        o1 = ostr[k]
        last = len(cs) - 1
        s0 = cs[last]
        i0 = ci[last]
        o0 = co[last]
        ok_i = (s0 == 1 and i0 == 0) or (s1 == 1 and i1 == 0) or i0 * s0 == i1
        ok_o = (s0 == 1 and o0 == 0) or (s1 == 1 and o1 == 0) or o0 * s0 == o1
        if ok_i and ok_o:
            cs[last] = s0 * s1
            if i0 == 0:
                ci[last] = i1
            if o0 == 0:
                co[last] = o1
        else:
            cs.append(s1)
            ci.append(i1)
            co.append(o1)
    out_reduce = False
    for k in range(nd):
        if red[k] and shape[k] > 1:
            out_reduce = True
    # npyiter_find_buffering_setup (operand 0 = output, 1 = input)
    cnd = len(cs)
    cost = 2 if cast else 1
    single_o = 1
    single_i = 1
    outer_reduce_dim = 0
    size = cs[0]
    best_dim = 0
    best_cost = cost
    best_size = size
    best_core = 1
    for idim in range(1, cnd):
        if outer_reduce_dim != 0:
            break
        if size >= NPY_BUFSIZE and cost > 1:
            break
        pshape = cs[idim - 1]
        # output operand
        collapsed = False
        if single_o == idim:
            if co[idim - 1] * pshape == co[idim]:
                single_o += 1
                collapsed = True
            else:
                cost += 1
        if not collapsed and out_reduce and (co[idim] == 0 or co[idim - 1] == 0):
            outer_reduce_dim = idim
        # input operand (never a reduce operand)
        if single_i == idim:
            if ci[idim - 1] * pshape == ci[idim]:
                single_i += 1
            elif not cast:
                cost += 1
        core = size
        size *= cs[idim]
        if size == 0:
            break
        bufsize = size
        if size > NPY_BUFSIZE and cost > 1:
            bufsize = NPY_BUFSIZE
        if float(cost) * float(best_size) <= float(best_cost) * float(bufsize):
            best_cost = cost
            best_core = core
            best_size = size
            best_dim = idim
    using_reduce = outer_reduce_dim != 0 and best_dim == outer_reduce_dim
    # which operands get buffered
    must_buffer = cast
    if using_reduce:
        in_reduce = 0
        if single_i == best_dim and not cast:
            in_reduce = 1
        elif ci[outer_reduce_dim] == 0 and single_i <= best_dim:
            in_reduce = 1
        if single_i + in_reduce <= best_dim:
            must_buffer = True
        if single_o + 1 <= best_dim:
            must_buffer = True
    else:
        if single_i <= best_dim or single_o <= best_dim:
            must_buffer = True
    if must_buffer and NPY_BUFSIZE < best_size:
        best_size = best_core * (NPY_BUFSIZE // best_core)
    block = best_core * cs[best_dim]
    step = best_core if using_reduce else best_size
    runs: list[int] = []
    nblocks = total // block
    for b in range(nblocks):
        pos = 0
        while pos < block:
            r = step if step < block - pos else block - pos
            runs.append(r)
            pos += r
    plan.runs = runs
    plan.pairwise = co[0] == 0
    return plan


def _float_reduce(a: NDArray, red: list[bool], res: NDArray, cast: bool,
                  is_prod: bool) -> None:
    """Fill the float result res of np.add.reduce / np.multiply.reduce of a
    over the axes flagged in red, adding in NumPy's order."""
    plan = reduce_plan(a, red, cast)
    # float16: NumPy's half loops accumulate one inner-loop call in float32
    # and round the output to float16 when the call ends
    half = res.dtype.num == dtypes.NUM_FLOAT16
    f32 = res.dtype.num == dtypes.NUM_FLOAT32 or half
    nout = res.size()
    acc = [1.0 if is_prod else 0.0] * nout
    offs = plan.in_offs
    oidx = plan.out_idx
    vals = [0.0] * len(offs)
    for e in range(len(offs)):
        vals[e] = a.read_float(offs[e])
    if f32 and not half and a.dtype.num != dtypes.NUM_FLOAT32:
        # the iterator casts the input to float32 in its buffer
        for e in range(len(vals)):
            vals[e] = _rd(vals[e], True)
    if is_prod and not half:
        for e in range(len(vals)):
            k = oidx[e]
            acc[k] = _rd(acc[k] * vals[e], f32)
    else:
        pos = 0
        for r in plan.runs:
            if plan.pairwise:
                k = oidx[pos]
                if is_prod:
                    v = acc[k]
                    for e in range(pos, pos + r):
                        v = _rd(v * vals[e], True)
                    acc[k] = round_to_half(v)
                else:
                    acc[k] = _half_if(_rd(acc[k] + pairwise_sum(vals, pos, r, f32), f32), half)
            else:
                for e in range(pos, pos + r):
                    k = oidx[e]
                    if is_prod:
                        acc[k] = round_to_half(_rd(acc[k] * vals[e], True))
                    else:
                        acc[k] = _half_if(_rd(acc[k] + vals[e], f32), half)
            pos += r
    isz = res.dtype.itemsize
    for k in range(nout):
        res.write_float(k * isz, acc[k])


def _half_if(x: float, half: bool) -> float:
    if half:
        return round_to_half(x)
    return x


def _red_shapes(a: NDArray, red: list[bool]) -> tuple[list[int], list[int]]:
    out_shape: list[int] = []
    kshape: list[int] = []
    for i in range(a.ndim()):
        if red[i]:
            kshape.append(1)
        else:
            kshape.append(a.shape[i])
            out_shape.append(a.shape[i])
    return out_shape, kshape


def sum_dtype(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool,
              force: DType | None) -> NDArray:
    red = _norm_axes(a, axes, axis_none)
    dt = a.dtype
    if force is not None:
        out_dt = force
    elif dt.compute == dtypes.COMPUTE_FLOAT:
        out_dt = dt
    elif dt.compute == dtypes.COMPUTE_UINT64 or (dt.kind == "u"):
        out_dt = dtypes.UINT64
    else:
        out_dt = dtypes.INT64
    out_shape, kshape = _red_shapes(a, red)
    res = empty(kshape if keepdims else out_shape, out_dt)
    if out_dt.compute == dtypes.COMPUTE_FLOAT:
        _float_reduce(a, red, res, out_dt is not dt, False)
        return res
    outer, inner = _outer_inner(a, red)
    isz = out_dt.itemsize
    for k in range(len(outer)):
        base = outer[k]
        t = 0
        for o in inner:
            t = (t + a.read_int(base + o)) & 0xFFFFFFFFFFFFFFFF
        if t >= 1 << 63:
            t -= 1 << 64
        res.write_int(k * isz, t)
    return res


def _outer_inner(a: NDArray, red: list[bool]) -> tuple[list[int], list[int]]:
    outer = [a.offset]
    inner = [0]
    for i in range(a.ndim()):
        nxt: list[int] = []
        src = inner if red[i] else outer
        for b in src:
            for j in range(a.shape[i]):
                nxt.append(b + j * a.strides[i])
        if red[i]:
            inner = nxt
        else:
            outer = nxt
    return outer, inner


def minmax(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool,
           is_max: bool) -> NDArray:
    """np.max / np.min (NaN propagates; empty reduction raises ValueError)."""
    red = _norm_axes(a, axes, axis_none)
    nd = a.ndim()
    out_shape: list[int] = []
    kshape: list[int] = []
    for i in range(nd):
        if red[i]:
            kshape.append(1)
        else:
            kshape.append(a.shape[i])
            out_shape.append(a.shape[i])
    outer, inner = _outer_inner(a, red)
    if len(inner) == 0:
        name = "maximum" if is_max else "minimum"
        raise ValueError("zero-size array to reduction operation " + name
                         + " which has no identity")
    dt = a.dtype
    res = empty(kshape if keepdims else out_shape, dt)
    isz = dt.itemsize
    for k in range(len(outer)):
        base = outer[k]
        if dt.compute == dtypes.COMPUTE_FLOAT:
            best = a.read_float(base + inner[0])
            for o in inner:
                v = a.read_float(base + o)
                if v != v:
                    best = v
                    break
                # NumPy's maximum/minimum keep the later of two equal values
                # (this decides the sign of a zero result)
                if (v >= best) if is_max else (v <= best):
                    best = v
            res.write_float(k * isz, best)
        elif dt.compute == dtypes.COMPUTE_UINT64:
            bi = a.read_int(base + inner[0])
            for o in inner:
                v2 = a.read_int(base + o)
                if ((v2 ^ -(1 << 63)) > (bi ^ -(1 << 63))) if is_max else \
                        ((v2 ^ -(1 << 63)) < (bi ^ -(1 << 63))):
                    bi = v2
            res.write_int(k * isz, bi)
        else:
            bi = a.read_int(base + inner[0])
            for o in inner:
                v2 = a.read_int(base + o)
                if (v2 > bi) if is_max else (v2 < bi):
                    bi = v2
            res.write_int(k * isz, bi)
    return res


def _kept_shape(a: NDArray, red: list[bool], keepdims: bool) -> list[int]:
    shp: list[int] = []
    for i in range(a.ndim()):
        if red[i]:
            if keepdims:
                shp.append(1)
        else:
            shp.append(a.shape[i])
    return shp


def all_any(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool,
            is_all: bool) -> NDArray:
    """np.all / np.any: bool result."""
    red = _norm_axes(a, axes, axis_none)
    outer, inner = _outer_inner(a, red)
    res = empty(_kept_shape(a, red, keepdims), dtypes.BOOL)
    for k in range(len(outer)):
        acc = is_all
        for o in inner:
            if a.read_bool(outer[k] + o) != is_all:
                acc = not is_all
                break
        res.write_bool(k, acc)
    return res


def argminmax(a: NDArray, axis: int, axis_none: bool, keepdims: bool,
              is_max: bool) -> NDArray:
    """np.argmax / np.argmin over one axis or the flattened array (first NaN wins)."""
    if axis_none:
        red = [True] * a.ndim()
    else:
        red = [False] * a.ndim()
        red[normalize_axis(axis, a.ndim())] = True
    outer, inner = _outer_inner(a, red)
    if len(inner) == 0:
        name = "argmax" if is_max else "argmin"
        raise ValueError("attempt to get " + name + " of an empty sequence")
    shp = _kept_shape(a, red, keepdims) if not axis_none else (
        [1] * a.ndim() if keepdims else [])
    res = empty(shp, dtypes.INT64)
    isf = a.dtype.compute == dtypes.COMPUTE_FLOAT
    isu = a.dtype.compute == dtypes.COMPUTE_UINT64
    for k in range(len(outer)):
        base = outer[k]
        besti = 0
        if isf:
            bf = a.read_float(base + inner[0])
            if bf == bf:
                for j in range(1, len(inner)):
                    v = a.read_float(base + inner[j])
                    if v != v:
                        besti = j
                        break
                    if (v > bf) if is_max else (v < bf):
                        bf = v
                        besti = j
        else:
            bi = a.read_int(base + inner[0])
            if isu:
                bi = bi ^ -(1 << 63)
            for j in range(1, len(inner)):
                v2 = a.read_int(base + inner[j])
                if isu:
                    v2 = v2 ^ -(1 << 63)
                if (v2 > bi) if is_max else (v2 < bi):
                    bi = v2
                    besti = j
        res.write_int(k * 8, besti)
    return res


def prod_(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool) -> NDArray:
    """np.prod: same result dtypes as sum; sequential product (no pairwise)."""
    red = _norm_axes(a, axes, axis_none)
    dt = a.dtype
    if dt.compute == dtypes.COMPUTE_FLOAT:
        out_dt = dt
    elif dt.kind == "u":
        out_dt = dtypes.UINT64
    else:
        out_dt = dtypes.INT64
    res = empty(_kept_shape(a, red, keepdims), out_dt)
    if out_dt.compute == dtypes.COMPUTE_FLOAT:
        _float_reduce(a, red, res, False, True)
        return res
    outer, inner = _outer_inner(a, red)
    isz = out_dt.itemsize
    for k in range(len(outer)):
        t = 1
        for o in inner:
            t = (t * a.read_int(outer[k] + o)) & 0xFFFFFFFFFFFFFFFF
        if t >= 1 << 63:
            t -= 1 << 64
        res.write_int(k * isz, t)
    return res


def count_nonzero(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool) -> NDArray:
    """np.count_nonzero: int64 counts (axis=None -> 0-d)."""
    red = _norm_axes(a, axes, axis_none)
    outer, inner = _outer_inner(a, red)
    res = empty(_kept_shape(a, red, keepdims), dtypes.INT64)
    for k in range(len(outer)):
        c = 0
        for o in inner:
            if a.read_bool(outer[k] + o):
                c += 1
        res.write_int(k * 8, c)
    return res


def var_(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool, ddof: int,
         is_std: bool) -> NDArray:
    """np.var / np.std as numpy/_core/_methods.py _var computes them."""
    return var_dtype(a, axes, axis_none, keepdims, ddof, is_std, None)


def var_dtype(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool, ddof: int,
              is_std: bool, force: DType | None) -> NDArray:
    """np.var / np.std(a, dtype=force) for a float force dtype (None: the
    default) as numpy/_core/_methods.py _var computes them: the keepdims mean
    (summed with dtype=force), x = a - mean in the promoted dtype of the two,
    x*x, the sum of x with dtype=force, divided by max(n - ddof, 0)."""
    red = _norm_axes(a, axes, axis_none)
    dt = _default_float(a, force)
    m = mean_dtype(a, axes, axis_none, True, dt)
    nd = a.ndim()
    # dtype of a - mean: float32 only when both are float32 or a is a small
    # int; float16 when both are float16
    xdt = dtypes.FLOAT64
    if dt.num == dtypes.NUM_FLOAT32 and (a.dtype.num == dtypes.NUM_FLOAT32 or
                                         a.dtype.itemsize <= 2):
        xdt = dtypes.FLOAT32
    if dt.num == dtypes.NUM_FLOAT16 and a.dtype.num == dtypes.NUM_FLOAT16:
        xdt = dtypes.FLOAT16
    isz = xdt.itemsize
    # x = (a - mean)**2 is a new array laid out as NumPy's subtract ufunc
    # allocates it: in the nditer order of a and of the keepdims mean (whose
    # own layout follows the reduction's iteration order); the second sum
    # walks x in that layout.
    istr = [a.strides[k] if a.shape[k] != 1 else 0 for k in range(nd)]
    rorder = iter_order(a.shape, [istr])
    mstr = _reduce_out_strides(a.shape, red, rorder)
    sorder = iter_order(a.shape, [istr, mstr])
    xstr = [0] * nd
    st = isz
    for k in sorder:
        xstr[k] = st
        st *= a.shape[k]
    x = NDArray(RawStorage(a.size() * isz), xdt, list(a.shape), xstr, 0, None)
    # walk a in C order, with the matching mean element (reduced axes -> index 0)
    offs = [a.offset]
    moffs = [m.offset]
    xoffs = [0]
    for i in range(nd):
        nxt: list[int] = []
        mnxt: list[int] = []
        xnxt: list[int] = []
        for t in range(len(offs)):
            for j in range(a.shape[i]):
                nxt.append(offs[t] + j * a.strides[i])
                mnxt.append(moffs[t] + (0 if red[i] else j * m.strides[i]))
                xnxt.append(xoffs[t] + j * xstr[i])
        offs = nxt
        moffs = mnxt
        xoffs = xnxt
    for k in range(len(offs)):
        d = _stored(a.read_float(offs[k]) - m.read_float(moffs[k]), xdt)
        x.write_float(xoffs[k], _stored(d * d, xdt))
    s = sum_dtype(x, axes, axis_none, keepdims, dt)
    isz = dt.itemsize
    cnt = a.size() // s.size() if s.size() > 0 else 0
    rc = cnt - ddof
    if rc < 0:
        rc = 0
    for k in range(s.size()):
        v = s.read_float(k * isz)
        if rc == 0:
            q = float("nan") if v == 0.0 or v != v else v * float("inf")
        else:
            q = _stored(v / float(rc), dt)
        if is_std:
            q = _stored(math.sqrt(q), dt) if q >= 0.0 else float("nan")
        s.write_float(k * isz, q)
    return s
