"""Broadcasting: the shape rule, its error message, and stride-0 views.

Shapes are aligned on the right; each pair of sizes must be equal or one of
them 1; missing leading dimensions count as 1; the result takes the larger
size. A broadcast view repeats data with stride 0 and never copies.
"""

from micronumpy.ndarray import NDArray


def shape_text(shape: list[int]) -> str:
    """NumPy's compact shape text in broadcast messages: "(2,3)", "(4,)", "()"."""
    if len(shape) == 1:
        return "(" + str(shape[0]) + ",)"
    return "(" + ",".join([str(d) for d in shape]) + ")"


def broadcast_error(shapes: list[list[int]]) -> ValueError:
    """`operands could not be broadcast together with shapes (2,3) (4,) `."""
    text = "operands could not be broadcast together with shapes "
    for shape in shapes:
        text += shape_text(shape) + " "
    return ValueError(text)


def try_broadcast_shapes(shapes: list[list[int]]) -> list[int] | None:
    """The broadcast shape of `shapes`, or None when they do not broadcast."""
    ndim = 0
    for shape in shapes:
        ndim = max(ndim, len(shape))
    result = [1] * ndim
    for shape in shapes:
        lead = ndim - len(shape)
        for i in range(len(shape)):
            d = shape[i]
            r = result[lead + i]
            if d == r or d == 1:
                continue
            if r == 1:
                result[lead + i] = d
            else:
                return None
    return result


def broadcast_shapes(shapes: list[list[int]]) -> list[int]:
    """The broadcast shape of `shapes`; ValueError with NumPy's message if none."""
    result = try_broadcast_shapes(shapes)
    if result is None:
        raise broadcast_error(shapes)
    return result


def broadcast_strides(arr: NDArray, shape: list[int]) -> list[int] | None:
    """Strides that make `arr` look like `shape` (0 on broadcast axes), or
    None when arr's shape does not broadcast to `shape`."""
    lead = len(shape) - len(arr.shape)
    if lead < 0:
        return None
    strides = [0] * len(shape)
    for i in range(len(arr.shape)):
        d = arr.shape[i]
        if d == shape[lead + i]:
            strides[lead + i] = arr.strides[i] if d != 1 else 0
        elif d == 1:
            strides[lead + i] = 0
        else:
            return None
    return strides


def broadcast_view(arr: NDArray, shape: list[int]) -> NDArray:
    """A read-only-in-spirit view of arr with `shape` (stride 0 on repeated
    axes). The caller has checked that the shapes broadcast."""
    strides = broadcast_strides(arr, shape)
    if strides is None:
        raise broadcast_error([arr.shape, shape])
    view = NDArray(arr.storage, arr.dtype, list(shape), strides, arr.offset, arr.owner())
    return view
