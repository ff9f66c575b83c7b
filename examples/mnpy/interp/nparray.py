"""mnpy's boxed NumPy objects: arrays (`W_NDArray`) and scalars (`W_NPScalar`).

Both wrap a micronumpy `NDArray` (a scalar wraps a 0-d one) and delegate
every computation to micronumpy through `npengine`; this module only
converts between boxed mnpy values and arrays, and implements the Python
protocols (operators, indexing, len, iteration, truth, repr/str, hash).
What it must keep true: an operation whose NumPy result is a scalar returns
a `W_NPScalar` (`wrap_result`), never a 0-d array, and a view made from a
boxed array keeps `.base` pointing at the boxed owner so that `v.base is a`
holds as in NumPy.
"""

from micronumpy import dtypes
from micronumpy import arrayprint
from micronumpy import binops as ufunc
from micronumpy.ndarray import NDArray, c_order_offsets, empty
from rpy.rarithmetic import uint_to_float
from interp import objects
from interp import ops
from interp.objects import (
    W_Root, W_Int, W_Bool, W_Float, W_Str, W_List, W_Tuple, W_Type, W_Iterator,
    oefmt, bool_w, w_TypeError, w_ValueError, w_OverflowError,
)
from interp import nptypes


w_ndarray_type = W_Type("ndarray", objects.w_object_type)
w_ndarray_type.module = "numpy"


# ---------------------------------------------------------------- elements

def element_int(arr: NDArray, off: int) -> int:
    return arr.read_int(off)


def box_element(arr: NDArray, off: int) -> W_Root:
    """The element at byte offset off as a NumPy scalar."""
    out = empty([], arr.dtype)
    d = arr.dtype
    if d.compute == dtypes.COMPUTE_FLOAT:
        out.write_float(0, arr.read_float(off))
    elif d.compute == dtypes.COMPUTE_BOOL:
        out.write_bool(0, arr.read_bool(off))
    else:
        out.write_int(0, arr.read_int(off))
    return W_NPScalar(out)


def py_element(arr: NDArray, off: int) -> W_Root:
    """The element at byte offset off as a Python object (tolist, item)."""
    d = arr.dtype
    if d.compute == dtypes.COMPUTE_FLOAT:
        return W_Float(arr.read_float(off))
    if d.compute == dtypes.COMPUTE_BOOL:
        return bool_w(arr.read_bool(off))
    if d.compute == dtypes.COMPUTE_UINT64:
        v = arr.read_int(off)
        if v < 0:
            raise oefmt(w_OverflowError, "uint64 value too large for mnpy's 64-bit int")
        return W_Int(v)
    return W_Int(arr.read_int(off))


def array_data(arr: NDArray) -> arrayprint.ArrayData:
    """What the printer needs: shape, dtype and the elements in C order."""
    floats: list[float] = []
    ints: list[int] = []
    bools: list[bool] = []
    offs = c_order_offsets(arr)
    compute = arr.dtype.compute
    if compute == dtypes.COMPUTE_FLOAT:
        for off in offs:
            floats.append(arr.read_float(off))
    elif compute == dtypes.COMPUTE_BOOL:
        for off in offs:
            bools.append(arr.read_bool(off))
    else:
        for off in offs:
            ints.append(arr.read_int(off))
    return arrayprint.ArrayData(list(arr.shape), arr.dtype, floats, ints, bools)


def int_tuple(values: list[int]) -> W_Tuple:
    items: list[W_Root] = []
    for v in values:
        items.append(W_Int(v))
    return objects.new_tuple(items)


# ---------------------------------------------------------------- scalars

class W_NPScalar(W_Root):
    """A NumPy scalar (np.float64(1.5), np.int32(3), np.True_): a 0-d array."""

    def __init__(self, arr: NDArray) -> None:
        self.arr = arr

    def get_type(self) -> W_Type:
        return nptypes.scalar_type_of(self.arr.dtype)

    def type_name(self) -> str:
        return "numpy." + self.arr.dtype.name

    def _fields(self) -> tuple[int, float, bool]:
        d = self.arr.dtype
        if d.compute == dtypes.COMPUTE_FLOAT:
            return 0, self.arr.read_float(self.arr.offset), False
        if d.compute == dtypes.COMPUTE_BOOL:
            return 0, 0.0, self.arr.read_bool(self.arr.offset)
        return self.arr.read_int(self.arr.offset), 0.0, False

    def repr(self) -> str:
        i, f, b = self._fields()
        return arrayprint.scalar_repr(self.arr.dtype, i, f, b)

    def format(self, spec: str) -> str:
        # NumPy's scalar __format__ formats the Python value, except that an
        # empty spec gives str(); for float32 the two differ (0.1 vs 0.10000000149011612)
        if spec == "" and self.arr.dtype.num != dtypes.NUM_FLOAT32:
            return self.str()
        return self.to_python().format(spec)

    def to_python(self) -> W_Root:
        return py_element(self.arr, self.arr.offset)

    def is_true(self) -> bool:
        return self.arr.read_bool(self.arr.offset)

    def hash(self) -> int:
        return self.to_python().hash()

    def to_float(self) -> float:
        return self.arr.read_float(self.arr.offset)

    def to_index(self) -> int:
        d = self.arr.dtype
        if d.compute == dtypes.COMPUTE_INT or d.compute == dtypes.COMPUTE_UINT64:
            return self.arr.read_int(self.arr.offset)
        return W_Root.to_index(self)

    def getattr(self, name: str) -> W_Root | None:
        if name == "dtype":
            return nptypes.w_dtype_of(self.arr.dtype)
        if name == "shape":
            return objects.new_tuple([])
        if name == "ndim":
            return W_Int(0)
        if name == "size":
            return W_Int(1)
        if name == "itemsize" or name == "nbytes":
            return W_Int(self.arr.dtype.itemsize)
        if name == "real":
            return self
        w_m = w_scalar_methods.lookup(name)
        if w_m is not None:
            return w_m.bind(self)
        return None

    def int_conversion(self) -> W_Root | None:
        from interp import builtins
        d = self.arr.dtype
        off = self.arr.offset
        if d.compute == dtypes.COMPUTE_FLOAT:
            return W_Int(builtins.float_to_int(self.arr.read_float(off)))
        if d.compute == dtypes.COMPUTE_BOOL:
            return W_Int(1 if self.arr.read_bool(off) else 0)
        v = self.arr.read_int(off)
        if d.compute == dtypes.COMPUTE_UINT64 and v < 0:
            return objects.W_BigInt(v)
        return W_Int(v)

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op != ops.MATMUL and is_number(w_other):
            other = to_operand(w_other)
            if ufunc.uses_scalar_math(self.arr.dtype, other):
                return scalar_binary_op(self.arr, op, other, reflected)
        return array_binary_op(self.arr, op, w_other, reflected)

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        return array_compare(self.arr, op, w_other)

    def unary_op(self, op: int) -> W_Root | None:
        from interp import npengine
        if self.arr.dtype.is_bool():
            return array_unary_op(self.arr, op)
        if op == ops.NEG:
            return wrap_result(npengine.scalar_unary("negative", self.arr), None)
        if op == ops.POS:
            return wrap_result(npengine.scalar_unary("positive", self.arr), None)
        if op == ops.INVERT:
            return wrap_result(npengine.scalar_unary("invert", self.arr), None)
        return None

    def abs(self) -> W_Root | None:
        from interp import npengine
        if self.arr.dtype.is_bool():
            return wrap_result(npengine.unary("absolute", self.arr), None)
        return wrap_result(npengine.scalar_unary("absolute", self.arr), None)

    def str(self) -> str:
        i, f, b = self._fields()
        return arrayprint.scalar_str(self.arr.dtype, i, f, b)


w_scalar_methods = W_Type("generic", objects.w_object_type)


# ---------------------------------------------------------------- arrays

class W_NDArray(W_Root):
    """A boxed ndarray; w_base is the boxed owner when this is a view."""

    def __init__(self, arr: NDArray, w_base: "W_NDArray | None") -> None:
        self.arr = arr
        self.w_base = w_base

    def get_type(self) -> W_Type:
        return w_ndarray_type

    def type_name(self) -> str:
        return "numpy.ndarray"

    def repr(self) -> str:
        return arrayprint.array_repr(array_data(self.arr))

    def hash(self) -> int:
        raise oefmt(w_TypeError, "unhashable type: 'numpy.ndarray'")

    def length(self) -> int:
        if len(self.arr.shape) == 0:
            raise oefmt(w_TypeError, "len() of unsized object")
        return self.arr.shape[0]

    def is_true(self) -> bool:
        n = self.arr.size()
        if n == 1:
            return self.arr.read_bool(c_order_offsets(self.arr)[0])
        if n == 0:
            raise oefmt(w_ValueError, "The truth value of an empty array is ambiguous. "
                        "Use `array.size > 0` to check that an array is not empty.")
        raise oefmt(w_ValueError, "The truth value of an array with more than one element "
                    "is ambiguous. Use a.any() or a.all()")

    def to_float(self) -> float:
        if self.arr.size() != 1:
            raise oefmt(w_TypeError, "only length-1 arrays can be converted to Python scalars")
        return self.arr.read_float(c_order_offsets(self.arr)[0])

    def to_index(self) -> int:
        if len(self.arr.shape) == 0 and self.arr.dtype.is_integer():
            return self.arr.read_int(self.arr.offset)
        raise oefmt(w_TypeError, "only integer scalar arrays can be converted to a scalar index")

    def format(self, spec: str) -> str:
        if spec == "":
            return self.str()
        raise oefmt(w_TypeError, "unsupported format string passed to numpy.ndarray.__format__")

    def iterate(self) -> W_Iterator:
        if len(self.arr.shape) == 0:
            raise oefmt(w_TypeError, "iteration over a 0-d array")
        return W_ArrayIterator(self)

    def contains(self, w_item: W_Root) -> bool:
        w_eq = array_compare(self.arr, ops.EQ, w_item)
        if w_eq is None:
            return False
        from interp import npengine
        return npengine.any_true(to_array(w_eq))

    def getitem(self, w_key: W_Root) -> W_Root:
        from interp import npengine
        r = npengine.getitem(self.arr, w_key)
        if len(r.shape) == 0 and has_ellipsis(w_key):
            return wrap_view(r, self)      # a[1, ..., 2] stays a 0-d array
        return wrap_result(r, self)

    def setitem(self, w_key: W_Root, w_value: W_Root) -> None:
        from interp import npengine
        npengine.setitem(self.arr, w_key, w_value)

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        return array_binary_op(self.arr, op, w_other, reflected)

    def inplace_op(self, op: int, w_other: W_Root) -> W_Root | None:
        from interp import npengine
        if not is_array_operand(w_other):
            return None
        npengine.inplace(op, self.arr, to_operand(w_other))
        return self

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        return array_compare(self.arr, op, w_other)

    def unary_op(self, op: int) -> W_Root | None:
        return array_unary_op(self.arr, op)

    def abs(self) -> W_Root | None:
        from interp import npengine
        return wrap_result(npengine.unary("absolute", self.arr), None)

    def getattr(self, name: str) -> W_Root | None:
        a = self.arr
        if name == "shape":
            return int_tuple(a.shape)
        if name == "ndim":
            return W_Int(len(a.shape))
        if name == "size":
            return W_Int(a.size())
        if name == "dtype":
            return nptypes.w_dtype_of(a.dtype)
        if name == "itemsize":
            return W_Int(a.dtype.itemsize)
        if name == "nbytes":
            return W_Int(a.nbytes())
        if name == "strides":
            return int_tuple(a.strides)
        if name == "base":
            if a.base is None:
                return objects.w_None
            if self.w_base is not None:
                return self.w_base
            return W_NDArray(a.base, None)
        if name == "flags":
            return W_Flags(self)
        if name == "T":
            from interp import npengine
            return wrap_view(npengine.transpose(a, []), self)
        if name == "__array_interface__":
            return array_interface(a)
        w_m = w_ndarray_type.lookup(name)
        if w_m is not None:
            return w_m.bind(self)
        return None

    def setattr(self, name: str, w_value: W_Root) -> bool:
        if name == "shape":
            from interp import npengine
            npengine.set_shape(self.arr, w_value)
            return True
        return False

    def str(self) -> str:
        return arrayprint.array_str(array_data(self.arr))


class W_ArrayIterator(W_Iterator):
    def __init__(self, w_arr: W_NDArray) -> None:
        self.w_arr = w_arr
        self.index = 0

    def next(self) -> W_Root | None:
        a = self.w_arr.arr
        if self.index >= a.shape[0]:
            return None
        i = self.index
        self.index += 1
        sub = sub_array(a, i)
        if len(sub.shape) == 0:
            return box_element(sub, sub.offset)
        return wrap_view(sub, self.w_arr)


def sub_array(a: NDArray, i: int) -> NDArray:
    """a[i] for 0 <= i < a.shape[0], as a view (0-d when a is 1-D)."""
    v = NDArray(a.storage, a.dtype, a.shape[1:], a.strides[1:], a.offset + i * a.strides[0],
                a.owner() if a.base is None else a.base)
    v.writeable = a.writeable
    return v


class W_Flags(W_Root):
    """`a.flags`: the contiguity, ownership and writeability flags."""

    def __init__(self, w_arr: W_NDArray) -> None:
        self.w_arr = w_arr

    def type_name(self) -> str:
        return "numpy.flagsobj"

    def _flag(self, name: str) -> int:
        a = self.w_arr.arr
        if name == "C_CONTIGUOUS" or name == "c_contiguous" or name == "C":
            return 1 if a.is_c_contiguous() else 0
        if name == "F_CONTIGUOUS" or name == "f_contiguous" or name == "F":
            return 1 if a.is_f_contiguous() else 0
        if name == "OWNDATA" or name == "owndata" or name == "O":
            return 1 if a.base is None else 0
        if name == "WRITEABLE" or name == "writeable" or name == "W":
            return 1 if a.writeable else 0
        if name == "ALIGNED" or name == "aligned" or name == "A":
            return 1
        if name == "WRITEBACKIFCOPY" or name == "writebackifcopy" or name == "X":
            return 0
        return -1

    def getattr(self, name: str) -> W_Root | None:
        f = self._flag(name)
        if f < 0 or name.upper() != name and len(name) == 1:
            return None
        return bool_w(f == 1)

    def getitem(self, w_key: W_Root) -> W_Root:
        if isinstance(w_key, W_Str):
            f = self._flag(w_key.value)
            if f >= 0 and w_key.value.upper() == w_key.value:
                return bool_w(f == 1)
        raise oefmt(objects.w_KeyError, "Unknown flag")

    def setattr(self, name: str, w_value: W_Root) -> bool:
        if name == "writeable":
            self.w_arr.arr.writeable = objects.is_true(w_value)
            return True
        return False

    def repr(self) -> str:
        out = ""
        for name in ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED",
                     "WRITEBACKIFCOPY"]:
            out += "  " + name + " : " + ("True" if self._flag(name) == 1 else "False") + "\n"
        return out


# ---------------------------------------------------------------- wrapping

def wrap_result(arr: NDArray, w_src: W_NDArray | None) -> W_Root:
    """A computed result: a NumPy scalar when 0-d, else a (possibly view) array."""
    if len(arr.shape) == 0:
        return box_element(arr, arr.offset)
    if w_src is not None:
        return wrap_view(arr, w_src)
    return W_NDArray(arr, None)


def wrap_array(arr: NDArray) -> W_NDArray:
    """An array result that stays an array even when 0-d (np.array(5))."""
    return W_NDArray(arr, None)


def wrap_view(arr: NDArray, w_src: W_NDArray) -> W_NDArray:
    """arr, which may be a view of w_src's data, keeping the boxed base."""
    if arr.base is None:
        return W_NDArray(arr, None)
    if arr.base is w_src.arr:
        return W_NDArray(arr, w_src)
    if w_src.w_base is not None and arr.base is w_src.w_base.arr:
        return W_NDArray(arr, w_src.w_base)
    if w_src.arr.base is not None and arr.base is w_src.arr.base:
        return W_NDArray(arr, w_src.w_base)
    return W_NDArray(arr, None)


def is_array_operand(w: W_Root) -> bool:
    """Can w take part in an array operation (a number, array or nested list)?"""
    return (isinstance(w, W_NDArray) or isinstance(w, W_NPScalar) or isinstance(w, W_Int)
            or isinstance(w, W_Float) or isinstance(w, objects.W_BigInt) or isinstance(w, W_List) or isinstance(w, W_Tuple))


def to_operand(w: W_Root) -> NDArray:
    """An operand: arrays as they are, Python scalars as weak 0-d arrays."""
    if isinstance(w, W_NDArray):
        return w.arr
    if isinstance(w, W_NPScalar):
        return w.arr
    if isinstance(w, W_Bool):
        a = empty([], dtypes.BOOL)
        a.write_bool(0, w.intval != 0)
        a.weak = True
        return a
    if isinstance(w, W_Int):
        a = empty([], dtypes.INT64)
        a.write_int(0, w.intval)
        a.weak = True
        return a
    if isinstance(w, W_Float):
        a = empty([], dtypes.FLOAT64)
        a.write_float(0, w.floatval)
        a.weak = True
        return a
    if isinstance(w, objects.W_BigInt):
        # NumPy takes it with uint64 arrays; mnpy refuses rather than
        # guess (a clear error, never a wrong dtype)
        raise oefmt(w_OverflowError, "Python int too large to convert to C long")
    return to_array(w)


def has_ellipsis(w_key: W_Root) -> bool:
    if w_key is objects.w_Ellipsis:
        return True
    if isinstance(w_key, W_Tuple):
        for w in w_key.items:
            if w is objects.w_Ellipsis:
                return True
    return False


def array_interface(a: NDArray) -> W_Root:
    """NumPy's `__array_interface__` dict (version 3) for a."""
    code = W_Str(a.dtype.str_code())
    w_strides: W_Root = objects.w_None
    if not a.is_c_contiguous():
        w_strides = int_tuple(a.strides)
    address = a.storage.address() + a.offset
    keys: list[W_Root] = [W_Str("data"), W_Str("strides"), W_Str("descr"), W_Str("typestr"),
                          W_Str("shape"), W_Str("version")]
    values: list[W_Root] = [
        objects.new_tuple([W_Int(address), objects.bool_w(not a.writeable)]),
        w_strides,
        objects.new_list([objects.new_tuple([W_Str(""), code])]),
        code,
        int_tuple(a.shape),
        W_Int(3),
    ]
    w_d = objects.W_Dict()
    for i in range(len(keys)):
        w_d.setitem(keys[i], values[i])
    return w_d


def to_array(w: W_Root) -> NDArray:
    """np.asarray(w) without a dtype."""
    from interp import npconvert
    return npconvert.array_from(w, None, False)


def is_number(w: W_Root) -> bool:
    """A Python or NumPy scalar (the operands NumPy's scalar math takes)."""
    return isinstance(w, W_NPScalar) or isinstance(w, W_Int) or isinstance(w, W_Float)


def scalar_binary_op(arr: NDArray, op: int, other: NDArray,
                     reflected: bool) -> W_Root | None:
    """npscalar op other (0-d): the ufunc's value, with scalar-math warnings."""
    from interp import npengine
    name = npengine.BINOP_UFUNCS[op]
    if name == "":
        return None
    if reflected:
        return wrap_result(npengine.scalar_binary(name, other, arr), None)
    return wrap_result(npengine.scalar_binary(name, arr, other), None)


def _power_fast_path(arr: NDArray, w_exp: W_Root) -> str:
    """The unary ufunc NumPy's `ndarray ** python_scalar` calls instead of
    power ("" for none): square for the int 2, and, for float arrays,
    reciprocal for the int -1 and sqrt for the float 0.5."""
    if isinstance(w_exp, W_Bool):
        return ""
    if isinstance(w_exp, W_Int):
        if w_exp.intval == 2:
            return "square"
        if w_exp.intval == -1 and arr.dtype.is_float():
            return "reciprocal"
        return ""
    if isinstance(w_exp, W_Float) and w_exp.floatval == 0.5 and arr.dtype.is_float():
        return "sqrt"
    return ""


def array_binary_op(arr: NDArray, op: int, w_other: W_Root,
                    reflected: bool) -> W_Root | None:
    from interp import npengine
    if not is_array_operand(w_other):
        return None
    name = npengine.BINOP_UFUNCS[op]
    if name == "":
        return None
    if op == ops.POW and not reflected:
        fast = _power_fast_path(arr, w_other)
        if fast != "":
            return wrap_result(npengine.unary(fast, arr), None)
    other = to_operand(w_other)
    if reflected:
        if op == ops.MATMUL:
            return wrap_result(npengine.matmul(other, arr), None)
        return wrap_result(npengine.binary(name, other, arr), None)
    if op == ops.MATMUL:
        return wrap_result(npengine.matmul(arr, other), None)
    return wrap_result(npengine.binary(name, arr, other), None)


def array_compare(arr: NDArray, op: int, w_other: W_Root) -> W_Root | None:
    from interp import npengine
    if op > ops.GE:
        return None
    if not is_array_operand(w_other):
        if op == ops.EQ or op == ops.NE:
            return None
        raise oefmt(w_TypeError, "'" + ops.CMP_SYMBOLS[op] + "' not supported between "
                    "instances of 'numpy.ndarray' and '" + w_other.type_name() + "'")
    return wrap_result(npengine.binary(npengine.CMP_UFUNCS[op], arr, to_operand(w_other)),
                       None)


def array_unary_op(arr: NDArray, op: int) -> W_Root | None:
    from interp import npengine
    if op == ops.NEG:
        return wrap_result(npengine.unary("negative", arr), None)
    if op == ops.POS:
        return wrap_result(npengine.unary("positive", arr), None)
    if op == ops.INVERT:
        return wrap_result(npengine.unary("invert", arr), None)
    return None


def float_of(arr: NDArray, off: int) -> float:
    if arr.dtype.compute == dtypes.COMPUTE_UINT64:
        return uint_to_float(arr.read_int(off))
    return arr.read_float(off)
