"""Indexing: a typed index description, getitem (views for basic indexing,
copies for boolean/integer-array indexing) and setitem with broadcasting."""

from micronumpy import dtypes
from micronumpy.ndarray import NDArray, c_order_offsets, c_strides
from micronumpy import ndarray
from micronumpy.broadcast import shape_text, try_broadcast_shapes, broadcast_strides
from micronumpy.creation import copy_into, check_int_fits, store_int, store_float
import math


class Index:
    """One entry of an index tuple."""

    def consumed(self) -> int:
        return 1


class IntIndex(Index):
    def __init__(self, value: int) -> None:
        self.value = value


class SliceIndex(Index):
    """start/stop/step with `has_*` flags standing for non-None."""

    def __init__(self, start: int, stop: int, step: int, has_start: bool,
                 has_stop: bool, has_step: bool) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.has_start = has_start
        self.has_stop = has_stop
        self.has_step = has_step


def full_slice() -> SliceIndex:
    return SliceIndex(0, 0, 1, False, False, False)


class EllipsisIndex(Index):
    def consumed(self) -> int:
        return 0


class NewAxisIndex(Index):
    def consumed(self) -> int:
        return 0


class BoolArrayIndex(Index):
    def __init__(self, arr: NDArray) -> None:
        self.arr = arr

    def consumed(self) -> int:
        return len(self.arr.shape)


class IntArrayIndex(Index):
    def __init__(self, arr: NDArray) -> None:
        self.arr = arr


INVALID_INDEX = ("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                 "and integer or boolean arrays are valid indices")


def invalid_index_error() -> IndexError:
    return IndexError(INVALID_INDEX)


def slice_indices(s: SliceIndex, length: int) -> tuple[int, int, int, int]:
    """Python's slice.indices plus the resulting length."""
    step = s.step if s.has_step else 1
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step < 0:
        lower = -1
        upper = length - 1
    else:
        lower = 0
        upper = length
    if s.has_start:
        start = s.start
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    else:
        start = upper if step < 0 else lower
    if s.has_stop:
        stop = s.stop
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    else:
        stop = lower if step < 0 else upper
    n = 0
    if step < 0:
        if stop < start:
            n = (start - stop - 1) // (-step) + 1
    elif start < stop:
        n = (stop - start - 1) // step + 1
    return (start, stop, step, n)


def normalize_int(i: int, size: int, axis: int) -> int:
    if i < -size or i >= size:
        raise IndexError("index " + str(i) + " is out of bounds for axis " + str(axis)
                         + " with size " + str(size))
    return i + size if i < 0 else i


def _prepare(arr: NDArray, indices: list[Index]) -> list[Index]:
    """Check the ellipsis/dimension count and expand the ellipsis into full
    slices (also pads missing trailing axes)."""
    n_ell = 0
    used = 0
    has_fancy = False
    for ix in indices:
        if isinstance(ix, EllipsisIndex):
            n_ell += 1
        used += ix.consumed()
        if isinstance(ix, BoolArrayIndex) or isinstance(ix, IntArrayIndex):
            has_fancy = True
    if n_ell > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    ndim = len(arr.shape)
    if used > ndim:
        raise IndexError("too many indices for array: array is " + str(ndim)
                         + "-dimensional, but " + str(used) + " were indexed")
    out: list[Index] = []
    seen_ell = False
    for ix in indices:
        if isinstance(ix, EllipsisIndex):
            seen_ell = True
            for k in range(ndim - used):
                out.append(full_slice())
            if has_fancy and ndim - used == 0:
                out.append(ix)   # keeps fancy indices on both sides apart
        else:
            out.append(ix)
    if not seen_ell:
        for k in range(ndim - used):
            out.append(full_slice())
    return out


def is_basic(indices: list[Index]) -> bool:
    for ix in indices:
        if isinstance(ix, BoolArrayIndex) or isinstance(ix, IntArrayIndex):
            return False
    return True


def basic_view(arr: NDArray, indices: list[Index]) -> NDArray:
    """The view selected by an all-basic index list."""
    ix_list = _prepare(arr, indices)
    shape: list[int] = []
    strides: list[int] = []
    offset = arr.offset
    axis = 0
    for ix in ix_list:
        if isinstance(ix, IntIndex):
            i = normalize_int(ix.value, arr.shape[axis], axis)
            offset += i * arr.strides[axis]
            axis += 1
        elif isinstance(ix, SliceIndex):
            start, stop, step, n = slice_indices(ix, arr.shape[axis])
            if n > 0:
                offset += start * arr.strides[axis]
            shape.append(n)
            strides.append(arr.strides[axis] * step)
            axis += 1
        elif isinstance(ix, NewAxisIndex):
            shape.append(1)
            strides.append(0)
    view = NDArray(arr.storage, arr.dtype, shape, strides, offset, arr.owner())
    view.writeable = arr.writeable
    return view


def nonzero_1d(mask: NDArray) -> list[list[int]]:
    """Per-axis coordinates of the true elements of mask, in C order."""
    nd = len(mask.shape)
    coords: list[list[int]] = [[] for k in range(nd)]
    offs = c_order_offsets(mask)
    for flat in range(len(offs)):
        if mask.read_bool(offs[flat]):
            rem = flat
            for k in range(nd - 1, -1, -1):
                coords[k].append(rem % mask.shape[k])
                rem //= mask.shape[k]
    return coords


def _int_arr_from_list(vals: list[int]) -> NDArray:
    a = ndarray.empty([len(vals)], dtypes.INT64)
    for i in range(len(vals)):
        a.storage.set_int64(i * 8, vals[i])
    return a


class FancyPlan:
    """Element offsets (in result C order) and the result shape."""

    def __init__(self, shape: list[int], offsets: list[int]) -> None:
        self.shape = shape
        self.offsets = offsets


def fancy_plan(arr: NDArray, indices: list[Index], value: NDArray | None) -> FancyPlan:
    ix_list = _prepare(arr, indices)
    # a view where fancy axes are kept whole; remember them
    shape: list[int] = []
    strides: list[int] = []
    offset = arr.offset
    axis = 0
    f_pos: list[int] = []       # view axis of each fancy index
    f_arrs: list[NDArray] = []
    f_axis: list[int] = []      # original axis
    tuple_pos: list[int] = []   # position in ix_list
    for p in range(len(ix_list)):
        ix = ix_list[p]
        if isinstance(ix, IntIndex):
            a0 = ndarray.empty([], dtypes.INT64)
            a0.storage.set_int64(0, normalize_int(ix.value, arr.shape[axis], axis))
            a0.weak = True
            f_pos.append(len(shape)); f_arrs.append(a0); f_axis.append(axis)
            tuple_pos.append(p)
            shape.append(arr.shape[axis]); strides.append(arr.strides[axis])
            axis += 1
        elif isinstance(ix, IntArrayIndex):
            if not ix.arr.dtype.is_integer() and not ix.arr.dtype.is_bool():
                raise invalid_index_error()
            f_pos.append(len(shape)); f_arrs.append(ix.arr); f_axis.append(axis)
            tuple_pos.append(p)
            shape.append(arr.shape[axis]); strides.append(arr.strides[axis])
            axis += 1
        elif isinstance(ix, BoolArrayIndex):
            m = ix.arr
            for k in range(len(m.shape)):
                if m.shape[k] != arr.shape[axis + k]:
                    raise IndexError("boolean index did not match indexed array along axis "
                                     + str(axis + k) + "; size of axis is "
                                     + str(arr.shape[axis + k])
                                     + " but size of corresponding boolean axis is "
                                     + str(m.shape[k]))
            coords = nonzero_1d(m)
            for k in range(len(m.shape)):
                f_pos.append(len(shape)); f_arrs.append(_int_arr_from_list(coords[k]))
                f_axis.append(axis); tuple_pos.append(p)
                shape.append(arr.shape[axis]); strides.append(arr.strides[axis])
                axis += 1
        elif isinstance(ix, SliceIndex):
            start, stop, step, n = slice_indices(ix, arr.shape[axis])
            if n > 0:
                offset += start * arr.strides[axis]
            shape.append(n)
            strides.append(arr.strides[axis] * step)
            axis += 1
        elif isinstance(ix, NewAxisIndex):
            shape.append(1)
            strides.append(0)
    bt = try_broadcast_shapes([a.shape for a in f_arrs])
    if bt is None:
        text = "shape mismatch: indexing arrays could not be broadcast together with shapes "
        for a in f_arrs:
            if not a.weak:
                text += shape_text(a.shape) + " "
        raise IndexError(text)
    bshape = bt
    consecutive = True
    for k in range(1, len(tuple_pos)):
        if tuple_pos[k] - tuple_pos[k - 1] > 1:
            consecutive = False
    nb = 1
    for d in bshape:
        nb *= d
    rest_before: list[int] = []
    rest_after: list[int] = []
    rb_st: list[int] = []
    ra_st: list[int] = []
    first = f_pos[0]
    for v in range(len(shape)):
        if v in f_pos:
            continue
        if consecutive and v < first:
            rest_before.append(shape[v]); rb_st.append(strides[v])
        else:
            rest_after.append(shape[v]); ra_st.append(strides[v])
    if value is not None:
        value_view(value, rest_before + bshape + rest_after, True)
    # offsets of the fancy part, one per broadcast position
    boffs = [0] * nb
    for k in range(len(f_arrs)):
        st = broadcast_strides(f_arrs[k], bshape)
        assert st is not None
        bv = NDArray(f_arrs[k].storage, f_arrs[k].dtype, bshape, st, f_arrs[k].offset, None)
        vo = c_order_offsets(bv)
        size = shape[f_pos[k]]
        vst = strides[f_pos[k]]
        for j in range(nb):
            i = normalize_int(bv.read_int(vo[j]), size, f_axis[k])
            boffs[j] += i * vst
    st0 = arr.storage
    before = c_order_offsets(NDArray(st0, arr.dtype, rest_before, rb_st, offset, None))
    after = c_order_offsets(NDArray(st0, arr.dtype, rest_after, ra_st, 0, None))
    offs: list[int] = []
    for ob in before:
        for fb in boffs:
            for oa in after:
                offs.append(ob + fb + oa)
    return FancyPlan(rest_before + bshape + rest_after, offs)


def getitem(arr: NDArray, indices: list[Index]) -> NDArray:
    if is_basic(indices):
        return basic_view(arr, indices)
    plan = fancy_plan(arr, indices, None)
    res = ndarray.empty(plan.shape, arr.dtype)
    src = NDArray(arr.storage, arr.dtype, [len(plan.offsets)], [0], 0, None)
    dst_offs = c_order_offsets(res)
    size = arr.dtype.itemsize
    for i in range(len(plan.offsets)):
        res.storage.copy_bytes(dst_offs[i], src.storage, plan.offsets[i], size)
    return res


def value_view(value: NDArray, shape: list[int], fancy: bool) -> NDArray:
    """value broadcast to the assignment target shape, with setitem's message."""
    v = value
    while len(v.shape) > len(shape) and v.shape[0] == 1:
        v = NDArray(v.storage, v.dtype, v.shape[1:], v.strides[1:], v.offset, None)
    st = broadcast_strides(v, shape)
    if st is None and fancy:
        raise ValueError("shape mismatch: value array of shape " + shape_text(value.shape)
                         + " could not be broadcast to indexing result of shape "
                         + shape_text(shape))
    if st is None:
        raise ValueError("could not broadcast input array from shape " + shape_text(value.shape)
                         + " into shape " + shape_text(shape))
    return NDArray(v.storage, v.dtype, list(shape), st, v.offset, None)


def check_weak_value(value: NDArray, target_dtype: dtypes.DType) -> None:
    if value.weak and len(value.shape) == 0:
        if value.dtype.compute == dtypes.COMPUTE_INT:
            check_int_fits(value.read_int(value.offset), target_dtype)
        elif value.dtype.compute == dtypes.COMPUTE_FLOAT and target_dtype.is_integer():
            f = value.read_float(value.offset)
            if math.isnan(f):
                raise ValueError("cannot convert float NaN to integer")
            if math.isinf(f):
                raise OverflowError("cannot convert float infinity to integer")


def setitem(arr: NDArray, indices: list[Index], value: NDArray) -> None:
    if not arr.writeable:
        raise ValueError("assignment destination is read-only")
    if is_basic(indices):
        target = basic_view(arr, indices)
        if len(value.shape) > 0 and _all_ints(arr, indices):
            if not (arr.dtype.is_bool() and value.size() == 1):
                raise ValueError("setting an array element with a sequence.")
            value = NDArray(value.storage, value.dtype, [], [], value.offset, None)
        vv = value_view(value, target.shape, False)
        check_weak_value(value, arr.dtype)
        if _overlaps(arr, value):
            vv = _materialize(vv)
        copy_into(target, vv)
        return
    if len(indices) == 1 and len(value.shape) == 1 and value.shape[0] != 1:
        only = indices[0]
        if isinstance(only, BoolArrayIndex) and len(only.arr.shape) == len(arr.shape):
            probe = fancy_plan(arr, indices, None)
            if len(probe.shape) == 1 and probe.shape[0] != value.shape[0]:
                raise ValueError("NumPy boolean array indexing assignment cannot assign "
                                 + str(value.shape[0]) + " input values to the "
                                 + str(probe.shape[0]) + " output values where the mask is true")
    plan = fancy_plan(arr, indices, value)
    vv = value_view(value, plan.shape, True)
    check_weak_value(value, arr.dtype)
    vv = _materialize(vv)
    voffs = c_order_offsets(vv)
    dst = NDArray(arr.storage, arr.dtype, [], [], 0, None)
    for i in range(len(plan.offsets)):
        one = NDArray(vv.storage, vv.dtype, [], [], voffs[i], None)
        dst.offset = plan.offsets[i]
        copy_into(dst, one)


def _all_ints(arr: NDArray, indices: list[Index]) -> bool:
    if len(indices) != len(arr.shape):
        return False
    for ix in indices:
        if not isinstance(ix, IntIndex):
            return False
    return True


def _overlaps(a: NDArray, b: NDArray) -> bool:
    return a.storage is b.storage


def _materialize(v: NDArray) -> NDArray:
    out = ndarray.empty(list(v.shape), v.dtype)
    copy_into(out, v)
    return out


def fill(arr: NDArray, value: NDArray) -> None:
    if not arr.writeable:
        raise ValueError("assignment destination is read-only")
    copy_into(arr, value_view(value, arr.shape, False))


def item_offset(arr: NDArray, idx: list[int]) -> int:
    """Byte offset of the element at (normalized-checked) integer indices."""
    off = arr.offset
    for k in range(len(idx)):
        off += normalize_int(idx[k], arr.shape[k], k) * arr.strides[k]
    return off


def flat_item_offset(arr: NDArray, flat: int) -> int:
    """Byte offset of element number `flat` in C order (for a.item(n))."""
    n = arr.size()
    if flat < -n or flat >= n:
        raise IndexError("index " + str(flat) + " is out of bounds for size " + str(n))
    if flat < 0:
        flat += n
    off = arr.offset
    for k in range(len(arr.shape) - 1, -1, -1):
        off += (flat % arr.shape[k]) * arr.strides[k]
        flat //= arr.shape[k]
    return off


def axis0_item(arr: NDArray, i: int) -> NDArray:
    """a[i] for iteration over axis 0."""
    if len(arr.shape) == 0:
        raise TypeError("iteration over a 0-d array")
    return basic_view(arr, [IntIndex(i)])


def element_offsets(arr: NDArray) -> list[int]:
    """C-order element offsets (for tolist)."""
    return c_order_offsets(arr)
