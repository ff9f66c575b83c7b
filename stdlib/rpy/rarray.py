"""Low-level, fixed-length typed arrays and raw storage for RPy.

Two kinds of object, both non-moving and never scanned by the GC item by
item once translated:

- `RawStorage(nbytes)`: a zero-filled byte buffer with typed reads and
  writes at byte offsets (`get_float64(off)`, `set_int16(off, v)`, ...).
  This is what micronumpy arrays live in: an element of any dtype is read
  with the accessor of its type at `offset + sum(index * stride)`.
  Translated, an accessor is a bounds check and one load or store.
- Typed arrays (`Float64Array(n)`, `Int32Array(n)`, ...): a fixed number of
  items of one machine type with `a[i]`, `a[i] = v`, `len(a)`, `copy()` and
  `fill(v)`.

Semantics shared by both, on CPython and translated:
- A store of an int into a narrower integer type keeps the low bits (two's
  complement), as a C cast does: `set_int8(0, 300)` stores 44.
- A store into a float32 slot rounds to the nearest float32 (overflow gives
  an infinity). Reads of float32 return the float32 value as a float.
- uint64 values are read and written as their signed 64-bit bit pattern
  (see rpy.rarithmetic's `uint_*` helpers).
- Offsets and indexes out of range raise IndexError (a translated program
  checks them too); offsets need not be aligned.

The design brief named a generic `raw_storage_getitem(T, buf, off)`; rpy
uses one accessor per type instead, so that every call has one static
result type (which mypy can check today) and needs no type argument.
"""

from rpy.rhalf import half_bits_to_double, double_to_half_bits
import array
import struct

from rpy.rarithmetic import truncate

_I8 = struct.Struct("<b")
_U8 = struct.Struct("<B")
_I16 = struct.Struct("<h")
_U16 = struct.Struct("<H")
_I32 = struct.Struct("<i")
_U32 = struct.Struct("<I")
_I64 = struct.Struct("<q")
_F32 = struct.Struct("<f")
_F64 = struct.Struct("<d")


def _f32(x: float) -> float:
    try:
        return float(_F32.unpack(_F32.pack(x))[0])
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


class _AddressSpace:
    """CPython stand-in for memory addresses: the next free made-up address."""

    def __init__(self) -> None:
        self.next_free = 0x7F3A00000000


_ADDRESSES = _AddressSpace()


class RawStorage:
    """A zero-filled, fixed-size byte buffer with typed access at byte offsets."""

    def __init__(self, nbytes: int) -> None:
        if nbytes < 0:
            raise ValueError("negative storage size")
        self._buf = bytearray(nbytes)
        self._address = 0

    def length(self) -> int:
        """Size in bytes."""
        return len(self._buf)

    def address(self) -> int:
        """The address of byte 0 (for `__array_interface__`). Translated, the
        real address (storage does not move); on CPython a made-up one that
        is stable for this storage, 64-byte aligned and unique."""
        if self._address == 0:
            self._address = _ADDRESSES.next_free
            _ADDRESSES.next_free += (len(self._buf) + 127) // 64 * 64
        return self._address

    def _check(self, off: int, size: int) -> None:
        if off < 0 or off + size > len(self._buf):
            raise IndexError("raw storage offset out of range")

    # -- reads ---------------------------------------------------------
    def get_bool(self, off: int) -> bool:
        self._check(off, 1)
        return self._buf[off] != 0

    def get_int8(self, off: int) -> int:
        self._check(off, 1)
        return int(_I8.unpack_from(self._buf, off)[0])

    def get_uint8(self, off: int) -> int:
        self._check(off, 1)
        return self._buf[off]

    def get_int16(self, off: int) -> int:
        self._check(off, 2)
        return int(_I16.unpack_from(self._buf, off)[0])

    def get_uint16(self, off: int) -> int:
        self._check(off, 2)
        return int(_U16.unpack_from(self._buf, off)[0])

    def get_int32(self, off: int) -> int:
        self._check(off, 4)
        return int(_I32.unpack_from(self._buf, off)[0])

    def get_uint32(self, off: int) -> int:
        self._check(off, 4)
        return int(_U32.unpack_from(self._buf, off)[0])

    def get_int64(self, off: int) -> int:
        self._check(off, 8)
        return int(_I64.unpack_from(self._buf, off)[0])

    def get_uint64(self, off: int) -> int:
        """The uint64 at off, as its signed 64-bit bit pattern."""
        return self.get_int64(off)

    def get_float16(self, off: int) -> float:
        """A binary16 element, widened exactly to a float."""
        return half_bits_to_double(self.get_uint16(off))

    def get_float32(self, off: int) -> float:
        self._check(off, 4)
        return float(_F32.unpack_from(self._buf, off)[0])

    def get_float64(self, off: int) -> float:
        self._check(off, 8)
        return float(_F64.unpack_from(self._buf, off)[0])

    # -- writes --------------------------------------------------------
    def set_bool(self, off: int, v: bool) -> None:
        self._check(off, 1)
        self._buf[off] = 1 if v else 0

    def set_int8(self, off: int, v: int) -> None:
        self._check(off, 1)
        self._buf[off] = v & 0xFF

    def set_uint8(self, off: int, v: int) -> None:
        self.set_int8(off, v)

    def set_int16(self, off: int, v: int) -> None:
        self._check(off, 2)
        _U16.pack_into(self._buf, off, v & 0xFFFF)

    def set_uint16(self, off: int, v: int) -> None:
        self.set_int16(off, v)

    def set_int32(self, off: int, v: int) -> None:
        self._check(off, 4)
        _U32.pack_into(self._buf, off, v & 0xFFFFFFFF)

    def set_uint32(self, off: int, v: int) -> None:
        self.set_int32(off, v)

    def set_int64(self, off: int, v: int) -> None:
        self._check(off, 8)
        _I64.pack_into(self._buf, off, truncate(v, 64, True))

    def set_uint64(self, off: int, v: int) -> None:
        """Store a uint64 given as its bit pattern (or any int, wrapped)."""
        self.set_int64(off, v)

    def set_float16(self, off: int, v: float) -> None:
        """Store v rounded to binary16 (round half to even, as NumPy's
        npy_double_to_half)."""
        self.set_uint16(off, double_to_half_bits(v))

    def set_float32(self, off: int, v: float) -> None:
        self._check(off, 4)
        _F32.pack_into(self._buf, off, _f32(v))

    def set_float64(self, off: int, v: float) -> None:
        self._check(off, 8)
        _F64.pack_into(self._buf, off, v)

    # -- bulk ----------------------------------------------------------
    def copy(self) -> "RawStorage":
        """A new storage with the same bytes."""
        other = RawStorage(0)
        other._buf = bytearray(self._buf)
        return other

    def copy_bytes(self, dst_off: int, src: "RawStorage", src_off: int, nbytes: int) -> None:
        """Copy nbytes from src at src_off to self at dst_off (memmove: overlap is fine)."""
        if nbytes <= 0:
            return
        src._check(src_off, nbytes)
        self._check(dst_off, nbytes)
        self._buf[dst_off:dst_off + nbytes] = src._buf[src_off:src_off + nbytes]

    def fill_bytes(self, off: int, nbytes: int, byte: int) -> None:
        """Set nbytes bytes from off to the value byte & 0xFF."""
        if nbytes <= 0:
            return
        self._check(off, nbytes)
        self._buf[off:off + nbytes] = bytes([byte & 0xFF]) * nbytes


class _TypedArray:
    """Shared behaviour of the typed arrays (not used directly)."""

    def __init__(self, n: int) -> None:
        if n < 0:
            raise ValueError("negative array length")
        self._n = n

    def __len__(self) -> int:
        return self._n

    def length(self) -> int:
        return self._n

    def _index(self, i: int) -> int:
        if i < 0 or i >= self._n:
            raise IndexError("array index out of range")
        return i


class Float64Array(_TypedArray):
    """A fixed-length array of float64."""

    def __init__(self, n: int) -> None:
        _TypedArray.__init__(self, n)
        self._items = array.array("d", bytes(8 * n))

    def __getitem__(self, i: int) -> float:
        return float(self._items[self._index(i)])

    def __setitem__(self, i: int, v: float) -> None:
        self._items[self._index(i)] = v

    def fill(self, v: float) -> None:
        for i in range(self._n):
            self._items[i] = v

    def copy(self) -> "Float64Array":
        other = Float64Array(0)
        other._n = self._n
        other._items = array.array("d", self._items)
        return other


class Float32Array(_TypedArray):
    """A fixed-length array of float32 (stores round to float32)."""

    def __init__(self, n: int) -> None:
        _TypedArray.__init__(self, n)
        self._items = array.array("f", bytes(4 * n))

    def __getitem__(self, i: int) -> float:
        return float(self._items[self._index(i)])

    def __setitem__(self, i: int, v: float) -> None:
        self._items[self._index(i)] = _f32(v)

    def fill(self, v: float) -> None:
        f = _f32(v)
        for i in range(self._n):
            self._items[i] = f

    def copy(self) -> "Float32Array":
        other = Float32Array(0)
        other._n = self._n
        other._items = array.array("f", self._items)
        return other


class _IntArray(_TypedArray):
    """Integer arrays: stores keep the low bits of the value (a C cast)."""

    BITS = 64
    SIGNED = True
    CODE = "q"

    def __init__(self, n: int) -> None:
        _TypedArray.__init__(self, n)
        self._items = array.array(self.CODE, bytes((self.BITS // 8) * n))

    def __getitem__(self, i: int) -> int:
        return int(self._items[self._index(i)])

    def __setitem__(self, i: int, v: int) -> None:
        self._items[self._index(i)] = truncate(v, self.BITS, self.SIGNED)

    def fill(self, v: int) -> None:
        t = truncate(v, self.BITS, self.SIGNED)
        for i in range(self._n):
            self._items[i] = t

    def _copy_into(self, other: "_IntArray") -> None:
        other._n = self._n
        other._items = array.array(self.CODE, self._items)


class Int64Array(_IntArray):
    """A fixed-length array of int64."""

    BITS = 64
    SIGNED = True
    CODE = "q"

    def copy(self) -> "Int64Array":
        other = Int64Array(0)
        self._copy_into(other)
        return other


class Int32Array(_IntArray):
    """A fixed-length array of int32."""

    BITS = 32
    SIGNED = True
    CODE = "i"

    def copy(self) -> "Int32Array":
        other = Int32Array(0)
        self._copy_into(other)
        return other


class Int16Array(_IntArray):
    """A fixed-length array of int16."""

    BITS = 16
    SIGNED = True
    CODE = "h"

    def copy(self) -> "Int16Array":
        other = Int16Array(0)
        self._copy_into(other)
        return other


class Int8Array(_IntArray):
    """A fixed-length array of int8."""

    BITS = 8
    SIGNED = True
    CODE = "b"

    def copy(self) -> "Int8Array":
        other = Int8Array(0)
        self._copy_into(other)
        return other


class UInt8Array(_IntArray):
    """A fixed-length array of uint8."""

    BITS = 8
    SIGNED = False
    CODE = "B"

    def copy(self) -> "UInt8Array":
        other = UInt8Array(0)
        self._copy_into(other)
        return other


class BoolArray(_TypedArray):
    """A fixed-length array of bool."""

    def __init__(self, n: int) -> None:
        _TypedArray.__init__(self, n)
        self._items = bytearray(n)

    def __getitem__(self, i: int) -> bool:
        return self._items[self._index(i)] != 0

    def __setitem__(self, i: int, v: bool) -> None:
        self._items[self._index(i)] = 1 if v else 0

    def fill(self, v: bool) -> None:
        b = 1 if v else 0
        for i in range(self._n):
            self._items[i] = b

    def copy(self) -> "BoolArray":
        other = BoolArray(0)
        other._n = self._n
        other._items = bytearray(self._items)
        return other
