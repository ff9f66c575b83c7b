"""Reductions (partial, work in progress).

Public API:
  sum_(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool) -> NDArray
  minmax(a, axes, axis_none, keepdims, is_max: bool) -> NDArray
  pairwise_sum(vals: list[float], lo: int, n: int, f32: bool) -> float
Float sums use NumPy's pairwise_sum (8 accumulators, block 128) when the
reduction runs along the last axis only; otherwise sequential per output.
"""

import math

from rpy.rarray import RawStorage
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
    dt = a.dtype if a.dtype.compute == dtypes.COMPUTE_FLOAT else dtypes.FLOAT64
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
            q = v / float(n)
        s.write_float(k * isz, q)
    return s


def memory_order_view(a: NDArray) -> NDArray:
    """A view of the same elements with negative strides flipped and axes
    sorted by decreasing stride (NumPy's iteration order for reductions)."""
    offset = a.offset
    shape = list(a.shape)
    strides = list(a.strides)
    for i in range(len(shape)):
        if strides[i] < 0 and shape[i] > 0:
            offset += (shape[i] - 1) * strides[i]
            strides[i] = -strides[i]
    order = list(range(len(shape)))
    # stable insertion sort by decreasing stride
    for i in range(1, len(order)):
        j = i
        while j > 0 and strides[order[j - 1]] < strides[order[j]]:
            order[j - 1], order[j] = order[j], order[j - 1]
            j -= 1
    return NDArray(a.storage, a.dtype, [shape[k] for k in order], [strides[k] for k in order],
                   offset, a.owner())


def _coalesce(shape: list[int], strides: list[int]) -> tuple[list[int], list[int]]:
    """Merge neighbouring axes that step through memory as one (NumPy's nditer)."""
    cs: list[int] = []
    ct: list[int] = []
    for i in range(len(shape)):
        if shape[i] == 1:
            continue
        if len(cs) > 0 and ct[len(ct) - 1] == shape[i] * strides[i]:
            cs[len(cs) - 1] *= shape[i]
            ct[len(ct) - 1] = strides[i]
        else:
            cs.append(shape[i])
            ct.append(strides[i])
    return cs, ct


def _full_float_sum(mem: NDArray, a: NDArray, keepdims: bool) -> NDArray:
    """sum() of a non-contiguous float array as NumPy computes it: from +0.0,
    adding the pairwise sum of each innermost run of the memory-order
    iteration in turn."""
    shape, strides = _coalesce(mem.shape, mem.strides)
    f32 = a.dtype.num == dtypes.NUM_FLOAT32
    acc = 0.0
    if len(shape) > 0:
        n = shape[len(shape) - 1]
        st = strides[len(strides) - 1]
        outer = NDArray(mem.storage, mem.dtype, shape[:len(shape) - 1],
                        strides[:len(strides) - 1], mem.offset, None)
        for base in c_order_offsets(outer):
            vals = [mem.read_float(base + j * st) for j in range(n)]
            acc = _rd(acc + pairwise_sum(vals, 0, n, f32), f32)
    res = empty([1] * len(a.shape) if keepdims else [], a.dtype)
    res.write_float(0, acc + 0.0)
    return res


def sum_dtype(a: NDArray, axes: list[int], axis_none: bool, keepdims: bool,
              force: DType | None) -> NDArray:
    red = _norm_axes(a, axes, axis_none)
    nd = a.ndim()
    if nd > 0 and all(red) and not a.is_c_contiguous():
        mem = memory_order_view(a)
        if mem.is_c_contiguous():
            # NumPy iterates a full reduction in memory order (negative strides
            # flipped, axes by decreasing stride): one pairwise block when that
            # order is contiguous.
            return sum_dtype(mem, [], True, keepdims, force)
        if a.dtype.compute == dtypes.COMPUTE_FLOAT and (force is None or force is a.dtype):
            return _full_float_sum(mem, a, keepdims)
    dt = a.dtype
    if force is not None:
        out_dt = force
    elif dt.compute == dtypes.COMPUTE_FLOAT:
        out_dt = dt
    elif dt.compute == dtypes.COMPUTE_UINT64 or (dt.kind == "u"):
        out_dt = dtypes.UINT64
    else:
        out_dt = dtypes.INT64
    out_shape: list[int] = []
    kshape: list[int] = []
    for i in range(nd):
        if red[i]:
            kshape.append(1)
        else:
            kshape.append(a.shape[i])
            out_shape.append(a.shape[i])
    res = empty(kshape if keepdims else out_shape, out_dt)
    # outer offsets (C order over kept axes), inner offsets (C order over reduced axes)
    outer = [a.offset]
    inner = [0]
    for i in range(nd):
        if red[i]:
            nxt: list[int] = []
            for b in inner:
                for j in range(a.shape[i]):
                    nxt.append(b + j * a.strides[i])
            inner = nxt
        else:
            nxt2: list[int] = []
            for b in outer:
                for j in range(a.shape[i]):
                    nxt2.append(b + j * a.strides[i])
            outer = nxt2
    nred = sum([1 for x in red if x])
    last_only = nd > 0 and red[nd - 1] and nred == 1
    if nred == nd and a.is_c_contiguous():
        last_only = True  # NumPy collapses a contiguous full reduction to one pairwise loop
    f32 = out_dt.num == dtypes.NUM_FLOAT32
    isz = out_dt.itemsize
    for k in range(len(outer)):
        base = outer[k]
        if out_dt.compute == dtypes.COMPUTE_FLOAT:
            vals = [a.read_float(base + o) for o in inner]
            if last_only or nd == 1:
                s = pairwise_sum(vals, 0, len(vals), f32) if len(vals) > 0 else 0.0
            else:
                s = 0.0
                for v in vals:
                    s = _rd(s + v, f32)
            # the reduction starts from the identity +0.0: an all -0.0 sum is +0.0
            res.write_float(k * isz, s + 0.0)
        else:
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
    outer, inner = _outer_inner(a, red)
    res = empty(_kept_shape(a, red, keepdims), out_dt)
    f32 = out_dt.num == dtypes.NUM_FLOAT32
    isz = out_dt.itemsize
    for k in range(len(outer)):
        if out_dt.compute == dtypes.COMPUTE_FLOAT:
            p = 1.0
            for o in inner:
                p = _rd(p * a.read_float(outer[k] + o), f32)
            res.write_float(k * isz, p)
        else:
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
    """np.var / np.std as numpy/_core/_methods.py _var computes them (C-contiguous input order)."""
    red = _norm_axes(a, axes, axis_none)
    dt = a.dtype if a.dtype.compute == dtypes.COMPUTE_FLOAT else dtypes.FLOAT64
    f32 = dt.num == dtypes.NUM_FLOAT32
    m = mean_(a, axes, axis_none, True)
    nd = a.ndim()
    x = empty(list(a.shape), dt)
    isz = dt.itemsize
    # walk a in C order, with the matching mean element (reduced axes -> index 0)
    offs = [a.offset]
    moffs = [m.offset]
    for i in range(nd):
        nxt: list[int] = []
        mnxt: list[int] = []
        for t in range(len(offs)):
            for j in range(a.shape[i]):
                nxt.append(offs[t] + j * a.strides[i])
                mnxt.append(moffs[t] + (0 if red[i] else j * m.strides[i]))
        offs = nxt
        moffs = mnxt
    for k in range(len(offs)):
        d = _rd(a.read_float(offs[k]) - m.read_float(moffs[k]), f32)
        x.write_float(k * isz, _rd(d * d, f32))
    s = sum_dtype(x, axes, axis_none, keepdims, dt)
    cnt = a.size() // s.size() if s.size() > 0 else 0
    rc = cnt - ddof
    if rc < 0:
        rc = 0
    for k in range(s.size()):
        v = s.read_float(k * isz)
        if rc == 0:
            q = float("nan") if v == 0.0 or v != v else v * float("inf")
        else:
            q = _rd(v / float(rc), f32)
        if is_std:
            q = _rd(math.sqrt(q), f32) if q >= 0.0 else float("nan")
        s.write_float(k * isz, q)
    return s
