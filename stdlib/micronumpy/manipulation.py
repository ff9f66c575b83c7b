"""Shape manipulation: reshape (view when NumPy's no-copy rule allows),
ravel/flatten, transpose, swapaxes, squeeze, expand_dims, joining and
broadcast_to."""

from micronumpy.promotion import promote_types
from micronumpy.dtypes import DType
from micronumpy.ndarray import NDArray, c_order_offsets, c_strides, f_strides
from micronumpy import ndarray
from micronumpy.errors import AxisError, normalize_axis
from micronumpy.broadcast import broadcast_strides, broadcast_error
from micronumpy.creation import copy_into, copy as copy_array


def _tuple_text(shape: list[int]) -> str:
    parts = ["newaxis" if d == -1 else str(d) for d in shape]
    if len(shape) > 1 and shape[0] == -1:
        # NumPy 2.4's message drops a leading unknown dimension: (-1, 3) -> "(3)"
        return "(" + ",".join(parts[1:]) + ")"
    if len(shape) == 1:
        return "(" + parts[0] + ",)"
    return "(" + ",".join(parts) + ")"


def resolve_shape(size: int, newshape: list[int]) -> list[int]:
    """Fill in one -1 and check the size."""
    unknown = -1
    known = 1
    for k in range(len(newshape)):
        d = newshape[k]
        if d == -1:
            if unknown >= 0:
                raise ValueError("can only specify one unknown dimension")
            unknown = k
        elif d < 0:
            raise ValueError("negative dimensions not allowed")
        else:
            known *= d
    out = list(newshape)
    if unknown >= 0:
        if known == 0 or size % known != 0:
            if size == 0 and len(newshape) > 1:
                shown = [str(d) for d in newshape if d != -1]
                raise ValueError("cannot reshape array of size 0 into shape ("
                                 + ",".join(shown) + ")")
            raise ValueError("cannot reshape array of size " + str(size) + " into shape "
                             + _tuple_text(newshape))
        out[unknown] = size // known
    elif known != size:
        raise ValueError("cannot reshape array of size " + str(size) + " into shape "
                         + _tuple_text(newshape))
    return out


def attempt_nocopy_strides(arr: NDArray, newdims: list[int], fortran: bool) -> list[int] | None:
    """NumPy's _attempt_nocopy_reshape: new strides, or None when a copy is needed."""
    olddims: list[int] = []
    oldstrides: list[int] = []
    for k in range(len(arr.shape)):
        if arr.shape[k] != 1:
            olddims.append(arr.shape[k])
            oldstrides.append(arr.strides[k])
    oldnd = len(olddims)
    newnd = len(newdims)
    newstrides = [0] * newnd
    oi = 0
    oj = 1
    ni = 0
    nj = 1
    while ni < newnd and oi < oldnd:
        np_ = newdims[ni]
        op = olddims[oi]
        while np_ != op:
            if np_ < op:
                np_ *= newdims[nj]
                nj += 1
            else:
                op *= olddims[oj]
                oj += 1
        for ok in range(oi, oj - 1):
            if fortran:
                if oldstrides[ok + 1] != olddims[ok] * oldstrides[ok]:
                    return None
            elif oldstrides[ok] != olddims[ok + 1] * oldstrides[ok + 1]:
                return None
        if fortran:
            newstrides[ni] = oldstrides[oi]
            for nk in range(ni + 1, nj):
                newstrides[nk] = newstrides[nk - 1] * newdims[nk - 1]
        else:
            newstrides[nj - 1] = oldstrides[oj - 1]
            for nk in range(nj - 1, ni, -1):
                newstrides[nk - 1] = newstrides[nk] * newdims[nk]
        ni = nj
        nj += 1
        oi = oj
        oj += 1
    last = newstrides[ni - 1] if ni >= 1 else arr.dtype.itemsize
    if fortran and ni >= 1:
        last *= newdims[ni - 1]
    for nk in range(ni, newnd):
        newstrides[nk] = last
    return newstrides


def _view(arr: NDArray, shape: list[int], strides: list[int], offset: int) -> NDArray:
    v = NDArray(arr.storage, arr.dtype, shape, strides, offset, arr.owner())
    v.writeable = arr.writeable
    return v


def _reshape_strides(arr: NDArray, shape: list[int], fortran: bool) -> list[int] | None:
    if arr.size() == 0 or (not fortran and arr.is_c_contiguous()):
        if fortran:
            return f_strides(shape, arr.dtype.itemsize)
        return c_strides(shape, arr.dtype.itemsize)
    if fortran and arr.is_f_contiguous():
        return f_strides(shape, arr.dtype.itemsize)
    return attempt_nocopy_strides(arr, shape, fortran)


def reshape(arr: NDArray, newshape: list[int], order: str) -> NDArray:
    shape = resolve_shape(arr.size(), newshape)
    fortran = order == "F"
    st = _reshape_strides(arr, shape, fortran)
    if st is not None:
        return _view(arr, shape, st, arr.offset)
    src = copy_array(arr, "F" if fortran else "C")
    if fortran:
        return NDArray(src.storage, src.dtype, shape, f_strides(shape, src.dtype.itemsize), 0, None)
    return NDArray(src.storage, src.dtype, shape, c_strides(shape, src.dtype.itemsize), 0, None)


def set_shape(arr: NDArray, newshape: list[int]) -> None:
    """`a.shape = newshape`: in place, never copies."""
    shape = resolve_shape(arr.size(), newshape)
    st = _reshape_strides(arr, shape, False)
    if st is None:
        raise AttributeError("Incompatible shape for in-place modification. Use `.reshape()` "
                             "to make a copy with the desired shape.")
    arr.shape = shape
    arr.strides = st


def ravel(arr: NDArray, order: str) -> NDArray:
    if order == "F":
        if arr.is_f_contiguous():
            return reshape(arr, [arr.size()], "F")
        return flatten(arr, "F")
    if arr.is_c_contiguous():
        return _view(arr, [arr.size()], [arr.dtype.itemsize], arr.offset)
    return flatten(arr, "C")


def flatten(arr: NDArray, order: str) -> NDArray:
    c = copy_array(arr, "F" if order == "F" else "C")
    c.shape = [arr.size()]
    c.strides = [arr.dtype.itemsize]
    return c


def transpose(arr: NDArray, axes: list[int]) -> NDArray:
    """axes == [] means reversed order."""
    nd = len(arr.shape)
    if len(axes) == 0:
        perm = [nd - 1 - k for k in range(nd)]
    else:
        if len(axes) != nd:
            raise ValueError("axes don't match array")
        perm = [normalize_axis(a, nd) for a in axes]
        seen = [False] * nd
        for p in perm:
            if seen[p]:
                raise ValueError("repeated axis in transpose")
            seen[p] = True
    return _view(arr, [arr.shape[p] for p in perm], [arr.strides[p] for p in perm], arr.offset)


def swapaxes(arr: NDArray, a1: int, a2: int) -> NDArray:
    nd = len(arr.shape)
    p = normalize_axis(a1, nd, "axis1")
    q = normalize_axis(a2, nd, "axis2")
    perm = list(range(nd))
    perm[p] = q
    perm[q] = p
    return transpose(arr, perm) if nd > 0 else arr


def squeeze(arr: NDArray, axes: list[int], all_axes: bool) -> NDArray:
    nd = len(arr.shape)
    drop = [False] * nd
    if all_axes:
        for k in range(nd):
            drop[k] = arr.shape[k] == 1
    else:
        for a in axes:
            k = normalize_axis(a, nd)
            if arr.shape[k] != 1:
                raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
            drop[k] = True
    shape = [arr.shape[k] for k in range(nd) if not drop[k]]
    strides = [arr.strides[k] for k in range(nd) if not drop[k]]
    return _view(arr, shape, strides, arr.offset)


def expand_dims(arr: NDArray, axes: list[int]) -> NDArray:
    nd = len(arr.shape) + len(axes)
    ins = [False] * nd
    for a in axes:
        k = normalize_axis(a, nd)
        if ins[k]:
            raise ValueError("repeated axis")
        ins[k] = True
    shape: list[int] = []
    strides: list[int] = []
    j = 0
    for k in range(nd):
        if ins[k]:
            shape.append(1)
            strides.append(0)
        else:
            shape.append(arr.shape[j])
            strides.append(arr.strides[j])
            j += 1
    return _view(arr, shape, strides, arr.offset)


def broadcast_to(arr: NDArray, shape: list[int]) -> NDArray:
    for d in shape:
        if d < 0:
            raise ValueError("all elements of broadcast shape must be non-negative")
    if len(arr.shape) > len(shape):
        if len(shape) == 0:
            raise ValueError("cannot broadcast a non-scalar to a scalar array")
        raise ValueError("input operand has more dimensions than allowed by the axis remapping")
    st = broadcast_strides(arr, shape)
    if st is None:
        raise ValueError("operands could not be broadcast together with remapped shapes "
                         "[original->remapped]: " + _compact(arr.shape) + "  and requested shape "
                         + _compact(shape))
    v = _view(arr, list(shape), st, arr.offset)
    v.writeable = False
    return v


def _compact(shape: list[int]) -> str:
    if len(shape) == 1:
        return "(" + str(shape[0]) + ",)"
    return "(" + ",".join([str(d) for d in shape]) + ")"


def result_dtype(arrs: list[NDArray]) -> DType:
    dt = arrs[0].dtype
    for a in arrs[1:]:
        dt = promote_types(dt, a.dtype)
    return dt


def concatenate(arrs: list[NDArray], axis: int) -> NDArray:
    if len(arrs) == 0:
        raise ValueError("need at least one array to concatenate")
    nd = len(arrs[0].shape)
    if nd == 0:
        raise ValueError("zero-dimensional arrays cannot be concatenated")
    ax = normalize_axis(axis, nd)
    total = 0
    for i in range(len(arrs)):
        a = arrs[i]
        if len(a.shape) != nd:
            raise ValueError("all the input arrays must have same number of dimensions, but "
                             "the array at index 0 has "
                             + str(nd) + " dimension(s) and the array at index " + str(i)
                             + " has " + str(len(a.shape)) + " dimension(s)")
        for k in range(nd):
            if k != ax and a.shape[k] != arrs[0].shape[k]:
                raise ValueError("all the input array dimensions except for the concatenation "
                                 "axis must match exactly, but along dimension " + str(k)
                                 + ", the array at index 0 has size " + str(arrs[0].shape[k])
                                 + " and the array at index " + str(i) + " has size "
                                 + str(a.shape[k]))
        total += a.shape[ax]
    shape = list(arrs[0].shape)
    shape[ax] = total
    out = ndarray.empty(shape, result_dtype(arrs))
    pos = 0
    for a in arrs:
        off = out.offset + pos * out.strides[ax]
        sub_shape = list(shape)
        sub_shape[ax] = a.shape[ax]
        dst = NDArray(out.storage, out.dtype, sub_shape, list(out.strides), off, None)
        copy_into(dst, a)
        pos += a.shape[ax]
    return out


def stack(arrs: list[NDArray], axis: int) -> NDArray:
    if len(arrs) == 0:
        raise ValueError("need at least one array to stack")
    for a in arrs:
        if a.shape != arrs[0].shape:
            raise ValueError("all input arrays must have the same shape")
    nd = len(arrs[0].shape) + 1
    ax = normalize_axis(axis, nd)
    return concatenate([expand_dims(a, [ax]) for a in arrs], ax)


def atleast_1d(a: NDArray) -> NDArray:
    return reshape(a, [1], "C") if len(a.shape) == 0 else a


def atleast_2d(a: NDArray) -> NDArray:
    if len(a.shape) == 0:
        return reshape(a, [1, 1], "C")
    if len(a.shape) == 1:
        return expand_dims(a, [0])
    return a


def vstack(arrs: list[NDArray]) -> NDArray:
    return concatenate([atleast_2d(a) for a in arrs], 0)


def hstack(arrs: list[NDArray]) -> NDArray:
    b = [atleast_1d(a) for a in arrs]
    if len(b) > 0 and len(b[0].shape) == 1:
        return concatenate(b, 0)
    return concatenate(b, 1)


def flags_owndata(arr: NDArray) -> bool:
    return arr.base is None


def flags_writeable(arr: NDArray) -> bool:
    return arr.writeable
