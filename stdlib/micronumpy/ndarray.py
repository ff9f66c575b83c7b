"""The ndarray: storage, dtype, shape, byte strides and offset.

An `NDArray` never owns a copy of its parent's data: a view shares the
parent's `RawStorage` and names the array that owns it in `base` (chains are
flattened to one level, as NumPy does). Element `i0, i1, ...` lives at byte
`offset + i0*strides[0] + i1*strides[1] + ...`; a broadcast axis has
stride 0. Contiguity is computed from the strides, never remembered.

Element access by byte offset (`read_*`/`write_*`) dispatches on the dtype
once per call; kernels that must not branch per element use the typed
accessors of `RawStorage` directly inside loops specialised per compute kind.
"""

from rpy.rarithmetic import uint_to_float
from rpy.rarray import RawStorage
from micronumpy import dtypes
from micronumpy.dtypes import DType


class NDArray:
    """An n-dimensional strided view of a RawStorage."""

    def __init__(self, storage: RawStorage, dtype: DType, shape: list[int],
                 strides: list[int], offset: int, base: "NDArray | None") -> None:
        self.storage = storage
        self.dtype = dtype
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.base = base
        self.writeable = True
        # True for a 0-d array made from a Python int/float/bool operand:
        # NEP 50 "weak" scalar that takes the other operand's dtype.
        self.weak = False

    # -- geometry ------------------------------------------------------
    def ndim(self) -> int:
        return len(self.shape)

    def size(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n

    def nbytes(self) -> int:
        return self.size() * self.dtype.itemsize

    def is_c_contiguous(self) -> bool:
        """True when the strides are those of a C-order array of this shape."""
        if self.size() == 0:
            return True
        expected = self.dtype.itemsize
        for axis in range(len(self.shape) - 1, -1, -1):
            if self.shape[axis] != 1 and self.strides[axis] != expected:
                return False
            expected *= self.shape[axis]
        return True

    def is_f_contiguous(self) -> bool:
        """True when the strides are those of a Fortran-order array."""
        if self.size() == 0:
            return True
        expected = self.dtype.itemsize
        for axis in range(len(self.shape)):
            if self.shape[axis] != 1 and self.strides[axis] != expected:
                return False
            expected *= self.shape[axis]
        return True

    def owner(self) -> "NDArray":
        """The array that owns the storage (self when not a view)."""
        if self.base is None:
            return self
        return self.base

    # -- element access by byte offset -----------------------------------
    def read_float(self, off: int) -> float:
        """The element at byte offset off, as a float (any dtype)."""
        num = self.dtype.num
        if num == dtypes.NUM_FLOAT64:
            return self.storage.get_float64(off)
        if num == dtypes.NUM_FLOAT32:
            return self.storage.get_float32(off)
        if num == dtypes.NUM_FLOAT16:
            return self.storage.get_float16(off)
        if num == dtypes.NUM_UINT64:
            return uint_to_float(self.storage.get_uint64(off))
        if num == dtypes.NUM_BOOL:
            return 1.0 if self.storage.get_bool(off) else 0.0
        return float(self.read_int(off))

    def read_int(self, off: int) -> int:
        """The element at byte offset off, as an int (integer and bool dtypes;
        uint64 as its bit pattern)."""
        s = self.storage
        num = self.dtype.num
        if num == dtypes.NUM_INT64 or num == dtypes.NUM_UINT64:
            return s.get_int64(off)
        if num == dtypes.NUM_INT32:
            return s.get_int32(off)
        if num == dtypes.NUM_UINT32:
            return s.get_uint32(off)
        if num == dtypes.NUM_INT16:
            return s.get_int16(off)
        if num == dtypes.NUM_UINT16:
            return s.get_uint16(off)
        if num == dtypes.NUM_INT8:
            return s.get_int8(off)
        if num == dtypes.NUM_UINT8:
            return s.get_uint8(off)
        if num == dtypes.NUM_BOOL:
            return 1 if s.get_bool(off) else 0
        raise TypeError("read_int on a float array")

    def read_bool(self, off: int) -> bool:
        """The element at byte offset off, as a truth value (any dtype)."""
        if self.dtype.num == dtypes.NUM_BOOL:
            return self.storage.get_bool(off)
        if self.dtype.compute == dtypes.COMPUTE_FLOAT:
            return self.read_float(off) != 0.0
        return self.read_int(off) != 0

    def write_float(self, off: int, v: float) -> None:
        """Store a float into a float element (float32 rounds)."""
        if self.dtype.num == dtypes.NUM_FLOAT64:
            self.storage.set_float64(off, v)
        elif self.dtype.num == dtypes.NUM_FLOAT32:
            self.storage.set_float32(off, v)
        elif self.dtype.num == dtypes.NUM_FLOAT16:
            self.storage.set_float16(off, v)
        else:
            raise TypeError("write_float on a non-float array")

    def write_int(self, off: int, v: int) -> None:
        """Store an int into an integer or bool element (keeps the low bits)."""
        s = self.storage
        size = self.dtype.itemsize
        if self.dtype.num == dtypes.NUM_BOOL:
            s.set_bool(off, v != 0)
        elif size == 8:
            s.set_int64(off, v)
        elif size == 4:
            s.set_int32(off, v)
        elif size == 2:
            s.set_int16(off, v)
        elif size == 1:
            s.set_int8(off, v)
        else:
            raise TypeError("write_int on a float array")

    def write_bool(self, off: int, v: bool) -> None:
        """Store a bool into a bool element."""
        self.storage.set_bool(off, v)


def c_order_offsets(arr: NDArray) -> list[int]:
    """Byte offsets of every element of arr, in C (row-major) order."""
    offs = [arr.offset]
    for axis in range(len(arr.shape)):
        n = arr.shape[axis]
        st = arr.strides[axis]
        nxt: list[int] = []
        for base_off in offs:
            for i in range(n):
                nxt.append(base_off + i * st)
        offs = nxt
    return offs


def c_strides(shape: list[int], itemsize: int) -> list[int]:
    """Byte strides of a C-contiguous array of this shape."""
    strides = [0] * len(shape)
    step = itemsize
    for axis in range(len(shape) - 1, -1, -1):
        strides[axis] = step
        step *= max(shape[axis], 1)
    return strides


def f_strides(shape: list[int], itemsize: int) -> list[int]:
    """Byte strides of a Fortran-contiguous array of this shape."""
    strides = [0] * len(shape)
    step = itemsize
    for axis in range(len(shape)):
        strides[axis] = step
        step *= max(shape[axis], 1)
    return strides


def empty(shape: list[int], dtype: DType) -> NDArray:
    """A new zero-filled C-contiguous array (NumPy's `empty` may hold garbage;
    zero is one valid choice of garbage)."""
    n = 1
    for d in shape:
        n *= d
    storage = RawStorage(n * dtype.itemsize)
    return NDArray(storage, dtype, list(shape), c_strides(shape, dtype.itemsize), 0, None)
