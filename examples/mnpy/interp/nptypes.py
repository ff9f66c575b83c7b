"""NumPy dtype objects and scalar types of mnpy's numpy module.

`W_DType` wraps a micronumpy `DType` (`np.dtype('float64')`); each dtype
also has a scalar *type* (`np.float64`), a `W_Type` whose module is
"numpy" and whose constructor makes a NumPy scalar. `np.float64` derives
from Python's float as in NumPy, the others from `object`. `resolve_dtype`
turns any dtype-like argument (a dtype, a scalar type, `int`/`float`/`bool`,
a name or type code string) into a `DType`, with NumPy's TypeError for
anything else. The tables here are built once at import and never change.
"""

from micronumpy import dtypes
from micronumpy.dtypes import DType
from interp import objects
from interp.objects import (
    W_Root, W_Str, W_Type, oefmt, bool_w, w_TypeError,
)


class W_DType(W_Root):
    """`np.dtype(...)`: one prebuilt instance per micronumpy DType."""

    def __init__(self, dtype: DType) -> None:
        self.dtype = dtype

    def get_type(self) -> W_Type:
        return w_dtype_type

    def type_name(self) -> str:
        return "numpy.dtype"

    def repr(self) -> str:
        return "dtype('" + self.dtype.name + "')"

    def hash(self) -> int:
        return self.dtype.num * 7919 + 17

    def getattr(self, name: str) -> W_Root | None:
        d = self.dtype
        if name == "name":
            return W_Str(d.name)
        if name == "itemsize":
            return objects.W_Int(d.itemsize)
        if name == "kind":
            return W_Str(d.kind)
        if name == "char":
            return W_Str(d.char)
        if name == "str":
            return W_Str(d.str_code())
        if name == "num":
            return objects.W_Int(d.num)
        if name == "type":
            return scalar_type_of(d)
        if name == "alignment":
            return objects.W_Int(d.itemsize)
        if name == "byteorder":
            return W_Str("|" if d.itemsize == 1 else "=")
        return W_Root.getattr(self, name)

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        from interp import ops
        if op != ops.EQ and op != ops.NE:
            return None
        other = try_resolve_dtype(w_other)
        same = other is not None and other.num == self.dtype.num
        if op == ops.EQ:
            return bool_w(same)
        return bool_w(not same)

    def str(self) -> str:
        return self.dtype.name


w_dtype_type = W_Type("dtype", objects.w_object_type)
w_dtype_type.module = "numpy"

W_DTYPES: list[W_DType] = [W_DType(d) for d in dtypes.ALL_DTYPES]

SCALAR_TYPE_NAMES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32",
                     "int64", "uint64", "float32", "float64"]


def _make_scalar_type(d: DType) -> W_Type:
    base = objects.w_object_type
    if d.num == dtypes.NUM_FLOAT64:
        base = objects.w_float_type
    w_t = W_Type(d.name, base)
    w_t.module = "numpy"
    return w_t


SCALAR_TYPES: list[W_Type] = [_make_scalar_type(d) for d in dtypes.ALL_DTYPES]


def w_dtype_of(d: DType) -> W_DType:
    for w_d in W_DTYPES:
        if w_d.dtype.num == d.num:
            return w_d
    raise oefmt(w_TypeError, "unknown dtype")


def scalar_type_of(d: DType) -> W_Type:
    for i in range(len(dtypes.ALL_DTYPES)):
        if dtypes.ALL_DTYPES[i].num == d.num:
            return SCALAR_TYPES[i]
    raise oefmt(w_TypeError, "unknown dtype")


# (name or code, dtype) for np.dtype("...") and dtype="..." arguments
_NAMES: list[tuple[str, DType]] = [
    ("bool", dtypes.BOOL), ("?", dtypes.BOOL), ("b1", dtypes.BOOL), ("bool_", dtypes.BOOL),
    ("int8", dtypes.INT8), ("i1", dtypes.INT8), ("b", dtypes.INT8), ("byte", dtypes.INT8),
    ("uint8", dtypes.UINT8), ("u1", dtypes.UINT8), ("B", dtypes.UINT8), ("ubyte", dtypes.UINT8),
    ("int16", dtypes.INT16), ("i2", dtypes.INT16), ("h", dtypes.INT16), ("short", dtypes.INT16),
    ("uint16", dtypes.UINT16), ("u2", dtypes.UINT16), ("H", dtypes.UINT16),
    ("ushort", dtypes.UINT16),
    ("int32", dtypes.INT32), ("i4", dtypes.INT32), ("i", dtypes.INT32), ("intc", dtypes.INT32),
    ("uint32", dtypes.UINT32), ("u4", dtypes.UINT32), ("I", dtypes.UINT32),
    ("uintc", dtypes.UINT32),
    ("int64", dtypes.INT64), ("i8", dtypes.INT64), ("l", dtypes.INT64), ("q", dtypes.INT64),
    ("int", dtypes.INT64), ("int_", dtypes.INT64), ("intp", dtypes.INT64),
    ("long", dtypes.INT64), ("longlong", dtypes.INT64),
    ("uint64", dtypes.UINT64), ("u8", dtypes.UINT64), ("L", dtypes.UINT64),
    ("Q", dtypes.UINT64), ("uint", dtypes.UINT64), ("uintp", dtypes.UINT64),
    ("ulong", dtypes.UINT64),
    ("float32", dtypes.FLOAT32), ("f4", dtypes.FLOAT32), ("f", dtypes.FLOAT32),
    ("single", dtypes.FLOAT32),
    ("float64", dtypes.FLOAT64), ("f8", dtypes.FLOAT64), ("d", dtypes.FLOAT64),
    ("float", dtypes.FLOAT64), ("double", dtypes.FLOAT64), ("float_", dtypes.FLOAT64),
    ("float16", dtypes.FLOAT16), ("f2", dtypes.FLOAT16), ("e", dtypes.FLOAT16),
    ("half", dtypes.FLOAT16),
]


def dtype_from_name(name: str) -> DType | None:
    key = name
    if len(key) > 1 and (key[0] == "<" or key[0] == "=" or key[0] == "|"):
        key = key[1:]
    for n, d in _NAMES:
        if n == key:
            return d
    return None


def try_resolve_dtype(w: W_Root) -> DType | None:
    """The DType named by a dtype-like object, or None."""
    if isinstance(w, W_DType):
        return w.dtype
    if isinstance(w, W_Type):
        for i in range(len(SCALAR_TYPES)):
            if SCALAR_TYPES[i] is w:
                return dtypes.ALL_DTYPES[i]
        if w is objects.w_int_type:
            return dtypes.INT64
        if w is objects.w_float_type:
            return dtypes.FLOAT64
        if w is objects.w_bool_type:
            return dtypes.BOOL
        return None
    if isinstance(w, W_Str):
        return dtype_from_name(w.value)
    return None


def resolve_dtype(w: W_Root) -> DType:
    """A dtype argument; None means float64 (np.dtype(None))."""
    if w is objects.w_None:
        return dtypes.FLOAT64
    d = try_resolve_dtype(w)
    if d is not None:
        return d
    if isinstance(w, W_Str):
        raise oefmt(w_TypeError, "data type " + objects.str_repr(w.value) + " not understood")
    if isinstance(w, W_Type):
        raise oefmt(w_TypeError, "Cannot interpret '" + w.repr() + "' as a data type")
    raise oefmt(w_TypeError, "Cannot interpret '" + w.repr() + "' as a data type")
