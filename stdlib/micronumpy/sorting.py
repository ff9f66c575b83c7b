"""Sorting and searching: sort, argsort, unique, nonzero.

Public API:
  sort(a: NDArray, axis: int, axis_none: bool) -> NDArray
      Sorted copy (axis_none: of the flattened array); NaNs sort last.
  sort_in_place(a: NDArray, axis: int) -> None          (ndarray.sort)
  argsort(a: NDArray, axis: int, axis_none: bool) -> NDArray   (int64)
      NumPy's default (quicksort) order: for bool and 1-/2-byte integers
      NumPy's own introsort (aquicksort) is reproduced exactly, ties included;
      for 4-/8-byte dtypes NumPy uses the x86-simd-sort AVX-512 networks,
      which are not reproduced: a stable merge sort is used, so the order of
      equal keys (from n = 4..5) may differ from NumPy's.
  argsort_kind(a, axis, axis_none, stable: bool) -> NDArray
      stable=True: kind='stable'/'mergesort' (exact for every dtype).
  Value sorts are exact except the relative order of -0.0 and 0.0 in float
  arrays of 5 or more elements (NumPy's SIMD network; ours keeps input order);
  np.unique's zero sign inherits this.
  unique(a: NDArray) -> NDArray
      Sorted unique values of the flattened array; NaNs collapse to one.
  nonzero(a: NDArray) -> list[NDArray]
      One int64 index array per dimension (C order); 0-d raises NumPy's ValueError
      (bool 0-d adds the `arr[nonzero(cond)]` sentence).
"""

from micronumpy import dtypes
from micronumpy.ndarray import NDArray, empty, c_order_offsets
from micronumpy.errors import normalize_axis

_SIGN = -(1 << 63)


def _float_lt(x: float, y: float) -> bool:
    """x < y with NaN greater than everything (NumPy's sort order)."""
    if x < y:
        return True
    return y != y and x == x


def _merge_float(keys: list[float], idx: list[int]) -> list[int]:
    """Stable bottom-up merge sort of idx by keys[idx[i]]."""
    n = len(idx)
    src = list(idx)
    dst = list(idx)
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            o = lo
            while i < mid and j < hi:
                if _float_lt(keys[src[j]], keys[src[i]]):
                    dst[o] = src[j]
                    j += 1
                else:
                    dst[o] = src[i]
                    i += 1
                o += 1
            while i < mid:
                dst[o] = src[i]
                i += 1
                o += 1
            while j < hi:
                dst[o] = src[j]
                j += 1
                o += 1
            lo = hi
        tmp = src
        src = dst
        dst = tmp
        width *= 2
    return src


def _merge_int(keys: list[int], idx: list[int]) -> list[int]:
    """Stable bottom-up merge sort of idx by keys[idx[i]] (signed order)."""
    n = len(idx)
    src = list(idx)
    dst = list(idx)
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            o = lo
            while i < mid and j < hi:
                if keys[src[j]] < keys[src[i]]:
                    dst[o] = src[j]
                    j += 1
                else:
                    dst[o] = src[i]
                    i += 1
                o += 1
            while i < mid:
                dst[o] = src[i]
                i += 1
                o += 1
            while j < hi:
                dst[o] = src[j]
                j += 1
                o += 1
            lo = hi
        tmp = src
        src = dst
        dst = tmp
        width *= 2
    return src


def _lane_order(a: NDArray, base: int, stride: int, n: int, stable: bool) -> list[int]:
    """Sorting permutation of the lane a[base + i*stride], i < n: NumPy's own
    introsort (aquicksort) for bool and 1-/2-byte integers unless stable, else
    a stable merge sort."""
    idx = [i for i in range(n)]
    c = a.dtype.compute
    if c == dtypes.COMPUTE_FLOAT:
        fk = [a.read_float(base + i * stride) for i in range(n)]
        return _merge_float(fk, idx)
    ik = [a.read_int(base + i * stride) for i in range(n)]
    if c == dtypes.COMPUTE_UINT64:
        ik = [v ^ _SIGN for v in ik]
    if not stable and a.dtype.itemsize <= 2:
        _aquicksort(ik, idx)
        return idx
    return _merge_int(ik, idx)


SMALL_QUICKSORT = 15
PYA_QS_STACK = 128


def _msb(n: int) -> int:
    """npy_get_msb: floor(log2(n)) for n >= 1."""
    depth = 0
    n >>= 1
    while n > 0:
        depth += 1
        n >>= 1
    return depth


def _aquicksort(v: list[int], tosort: list[int]) -> None:
    """NumPy's aquicksort_ (npysort/quicksort.cpp) on int keys, in place on
    tosort (initially 0..n-1): median-of-3 quicksort, insertion sort for
    partitions of at most SMALL_QUICKSORT + 1 elements, heapsort when the
    depth limit is reached. Reproduces NumPy's order of equal keys."""
    num = len(tosort)
    if num <= 1:
        return
    pl = 0
    pr = num - 1
    stack: list[int] = []
    depths: list[int] = []
    cdepth = _msb(num) * 2
    while True:
        skip_insertion = False
        if cdepth < 0:
            _aheapsort(v, tosort, pl, pr - pl + 1)
            skip_insertion = True
        else:
            while pr - pl > SMALL_QUICKSORT:
                pm = pl + ((pr - pl) >> 1)
                if v[tosort[pm]] < v[tosort[pl]]:
                    tmp = tosort[pm]
                    tosort[pm] = tosort[pl]
                    tosort[pl] = tmp
                if v[tosort[pr]] < v[tosort[pm]]:
                    tmp = tosort[pr]
                    tosort[pr] = tosort[pm]
                    tosort[pm] = tmp
                if v[tosort[pm]] < v[tosort[pl]]:
                    tmp = tosort[pm]
                    tosort[pm] = tosort[pl]
                    tosort[pl] = tmp
                vp = v[tosort[pm]]
                pi = pl
                pj = pr - 1
                tmp = tosort[pm]
                tosort[pm] = tosort[pj]
                tosort[pj] = tmp
                while True:
                    pi += 1
                    while v[tosort[pi]] < vp:
                        pi += 1
                    pj -= 1
                    while vp < v[tosort[pj]]:
                        pj -= 1
                    if pi >= pj:
                        break
                    tmp = tosort[pi]
                    tosort[pi] = tosort[pj]
                    tosort[pj] = tmp
                pk = pr - 1
                tmp = tosort[pi]
                tosort[pi] = tosort[pk]
                tosort[pk] = tmp
                # push the larger partition on the stack
                if pi - pl < pr - pi:
                    stack.append(pi + 1)
                    stack.append(pr)
                    pr = pi - 1
                else:
                    stack.append(pl)
                    stack.append(pi - 1)
                    pl = pi + 1
                cdepth -= 1
                depths.append(cdepth)
        if not skip_insertion:
            for pi in range(pl + 1, pr + 1):
                vi = tosort[pi]
                vv = v[vi]
                pj = pi
                while pj > pl and vv < v[tosort[pj - 1]]:
                    tosort[pj] = tosort[pj - 1]
                    pj -= 1
                tosort[pj] = vi
        if len(stack) == 0:
            break
        pr = stack.pop()
        pl = stack.pop()
        cdepth = depths.pop()


def _aheapsort(v: list[int], tosort: list[int], start: int, n: int) -> None:
    """NumPy's aheapsort_ on tosort[start:start+n] (1-based heap a[i] =
    tosort[start + i - 1])."""
    o = start - 1
    l = n >> 1
    while l > 0:
        tmp = tosort[o + l]
        i = l
        j = l << 1
        while j <= n:
            if j < n and v[tosort[o + j]] < v[tosort[o + j + 1]]:
                j += 1
            if v[tmp] < v[tosort[o + j]]:
                tosort[o + i] = tosort[o + j]
                i = j
                j += j
            else:
                break
        tosort[o + i] = tmp
        l -= 1
    while n > 1:
        tmp = tosort[o + n]
        tosort[o + n] = tosort[o + 1]
        n -= 1
        i = 1
        j = 2
        while j <= n:
            if j < n and v[tosort[o + j]] < v[tosort[o + j + 1]]:
                j += 1
            if v[tmp] < v[tosort[o + j]]:
                tosort[o + i] = tosort[o + j]
                i = j
                j += j
            else:
                break
        tosort[o + i] = tmp


def _permute_lane(a: NDArray, base: int, stride: int, order: list[int]) -> None:
    """Rewrite the lane of a so that element i becomes old element order[i]."""
    n = len(order)
    if a.dtype.compute == dtypes.COMPUTE_FLOAT:
        fv = [a.read_float(base + i * stride) for i in range(n)]
        for i in range(n):
            a.write_float(base + i * stride, fv[order[i]])
    else:
        iv = [a.read_int(base + i * stride) for i in range(n)]
        for i in range(n):
            a.write_int(base + i * stride, iv[order[i]])


def _lanes(a: NDArray, axis: int) -> list[int]:
    """Base offsets (C order over the other axes) of the lanes along axis."""
    offs = [a.offset]
    for ax in range(a.ndim()):
        if ax == axis:
            continue
        nxt: list[int] = []
        for b in offs:
            for i in range(a.shape[ax]):
                nxt.append(b + i * a.strides[ax])
        offs = nxt
    return offs


def _flat_copy(a: NDArray) -> NDArray:
    res = empty([a.size()], a.dtype)
    offs = c_order_offsets(a)
    isz = a.dtype.itemsize
    for i in range(len(offs)):
        res.storage.copy_bytes(i * isz, a.storage, offs[i], isz)
    return res


def _c_copy(a: NDArray) -> NDArray:
    res = _flat_copy(a)
    res.shape = list(a.shape)
    res.strides = empty(list(a.shape), a.dtype).strides
    return res


def sort_in_place(a: NDArray, axis: int) -> None:
    """ndarray.sort(axis): sort a's lanes along axis in place."""
    ax = normalize_axis(axis, a.ndim())
    if not a.writeable:
        raise ValueError("sort array is read-only")
    n = a.shape[ax]
    st = a.strides[ax]
    if n <= 1:
        return
    for base in _lanes(a, ax):
        _permute_lane(a, base, st, _lane_order(a, base, st, n, True))


def sort(a: NDArray, axis: int, axis_none: bool) -> NDArray:
    """np.sort(a, axis): a sorted C-contiguous copy."""
    if axis_none:
        res = _flat_copy(a)
        sort_in_place(res, 0)
        return res
    normalize_axis(axis, a.ndim())
    res = _c_copy(a)
    sort_in_place(res, axis)
    return res


def argsort(a: NDArray, axis: int, axis_none: bool) -> NDArray:
    """np.argsort(a, axis) (default kind): int64 indices (0-d input acts as 1-D)."""
    return argsort_kind(a, axis, axis_none, False)


def argsort_kind(a: NDArray, axis: int, axis_none: bool, stable: bool) -> NDArray:
    """np.argsort(a, axis, kind=...): stable for kind='stable'/'mergesort'."""
    if axis_none or a.ndim() == 0:
        src = _flat_copy(a)
        if axis_none:
            ax = 0
        else:
            ax = normalize_axis(axis, 1)
    else:
        src = a
        ax = normalize_axis(axis, a.ndim())
    res = empty(list(src.shape), dtypes.INT64)
    n = src.shape[ax]
    st = src.strides[ax]
    rst = res.strides[ax]
    rbases = _lanes(res, ax)
    sbases = _lanes(src, ax)
    for t in range(len(sbases)):
        order = _lane_order(src, sbases[t], st, n, stable)
        for i in range(n):
            res.write_int(rbases[t] + i * rst, order[i])
    return res


def unique(a: NDArray) -> NDArray:
    """np.unique(a): sorted unique elements of the flattened array."""
    flat = sort(a, 0, True)
    n = flat.size()
    isz = flat.dtype.itemsize
    keep: list[int] = []
    if flat.dtype.compute == dtypes.COMPUTE_FLOAT:
        for i in range(n):
            v = flat.read_float(i * isz)
            if i > 0:
                p = flat.read_float((i - 1) * isz)
                if p == v or (p != p and v != v):
                    continue
            keep.append(i)
    else:
        for i in range(n):
            if i > 0 and flat.read_int(i * isz) == flat.read_int((i - 1) * isz):
                continue
            keep.append(i)
    res = empty([len(keep)], flat.dtype)
    for j in range(len(keep)):
        res.storage.copy_bytes(j * isz, flat.storage, keep[j] * isz, isz)
    return res


def nonzero(a: NDArray) -> list[NDArray]:
    """np.nonzero(a): a list of a.ndim int64 index arrays."""
    nd = a.ndim()
    if nd == 0:
        msg = ("Calling nonzero on 0d arrays is not allowed. Use "
               "np.atleast_1d(scalar).nonzero() instead.")
        if a.dtype.compute == dtypes.COMPUTE_BOOL:
            msg += (" If the context of this error is of the form "
                    "`arr[nonzero(cond)]`, just use `arr[cond]`.")
        raise ValueError(msg)
    offs = c_order_offsets(a)
    hits: list[int] = []
    for i in range(len(offs)):
        if a.read_bool(offs[i]):
            hits.append(i)
    res: list[NDArray] = []
    for d in range(nd):
        res.append(empty([len(hits)], dtypes.INT64))
    for j in range(len(hits)):
        flat = hits[j]
        for d in range(nd - 1, -1, -1):
            dim = a.shape[d]
            res[d].write_int(j * 8, flat % dim)
            flat = flat // dim
    return res
