"""The mnpy object model: W_Root and the built-in object classes.

Every Python-level value is a W_Root instance. W_Root has overridable
methods; a method that returns `W_Root | None` returns None for "not
implemented" (the dispatcher then tries the other operand or raises the
CPython TypeError). Other methods raise OperationError directly.

The dispatch functions (binary_op, compare, ...) live here as well so that
dicts can hash/compare keys; objspace.py re-exports them as the public API.
Methods of built-in types (str.split, list.append, ...) are W_BuiltinFunction
objects stored in `W_Type.methods` by strmethods.py / collmethods.py; they
are registered when objspace is imported.
"""

import math
from typing import Callable

from rpy.rarithmetic import ovfcheck, intmask, MAXINT, MININT
from rpy.rarithmetic import uint_lt, uint_to_float, uint_from_float, uint_str
from interp import ops
from interp import formatting


# ====================================================================== errors

class OperationError(Exception):
    """A Python-level exception in flight; w_exc is the exception instance."""

    def __init__(self, w_exc: "W_BaseException") -> None:
        Exception.__init__(self)
        self.w_exc = w_exc
        # free slot for the evaluator (traceback entries etc.)
        self.traceback: list[str] = []

    def match(self, w_type: "W_Type") -> bool:
        return self.w_exc.w_type.is_subtype(w_type)

    def __str__(self) -> str:
        return self.w_exc.w_type.name + ": " + self.w_exc.str()


def oefmt(w_type: "W_Type", message: str) -> OperationError:
    """An OperationError of class w_type with args (message,). Use: raise oefmt(...)."""
    return OperationError(W_BaseException(w_type, [W_Str(message)]))


def oe_args(w_type: "W_Type", args: "list[W_Root]") -> OperationError:
    return OperationError(W_BaseException(w_type, args))


class _State:
    """Mutable interpreter-wide state (RPy: module state lives in an instance)."""

    def __init__(self) -> None:
        self.repr_stack: list[W_Root] = []
        self.next_id = 1


STATE = _State()


# ====================================================================== root

class W_Root:
    """Base of every mnpy object."""

    def get_type(self) -> "W_Type":
        return w_object_type

    def type_name(self) -> str:
        return self.get_type().name

    # --- arithmetic; return None for NotImplemented
    def binary_op(self, op: int, w_other: "W_Root", reflected: bool) -> "W_Root | None":
        return None

    def binop_fallback(self, op: int, w_other: "W_Root", reflected: bool) -> "W_Root | None":
        """Called after both operands' binary_op gave up (sequence concat/repeat errors)."""
        return None

    def inplace_op(self, op: int, w_other: "W_Root") -> "W_Root | None":
        return None

    def unary_op(self, op: int) -> "W_Root | None":
        return None

    def abs(self) -> "W_Root | None":
        """abs(x); None: bad operand type."""
        return None

    def compare(self, op: int, w_other: "W_Root") -> "W_Root | None":
        """op in LT..GE. None means NotImplemented."""
        return None

    # --- conversions
    def is_true(self) -> bool:
        return True

    def repr(self) -> str:
        return "<" + self.type_name() + " object at " + hex_id(self) + ">"

    def format(self, spec: str) -> str:
        if spec == "":
            return self.str()
        raise oefmt(w_TypeError, "unsupported format string passed to " +
                    self.type_name() + ".__format__")

    def hash(self) -> int:
        return unique_id(self)

    def to_float(self) -> float:
        """float(x) / math-function argument conversion."""
        raise oefmt(w_TypeError, "must be real number, not " + self.type_name())

    def int_conversion(self) -> "W_Root | None":
        """int(x) for a type int() converts without __int__ (NumPy
        scalars); None when it does not apply."""
        return None

    def to_index(self) -> int:
        """operator.index(x): range() arguments, sequence indices, ..."""
        raise oefmt(w_TypeError, "'" + self.type_name() +
                    "' object cannot be interpreted as an integer")

    # --- containers
    def getitem(self, w_key: "W_Root") -> "W_Root":
        raise oefmt(w_TypeError, "'" + self.type_name() + "' object is not subscriptable")

    def setitem(self, w_key: "W_Root", w_value: "W_Root") -> None:
        raise oefmt(w_TypeError, "'" + self.type_name() +
                    "' object does not support item assignment")

    def delitem(self, w_key: "W_Root") -> None:
        raise oefmt(w_TypeError, "'" + self.type_name() +
                    "' object doesn't support item deletion")

    def iterate(self) -> "W_Iterator":
        raise oefmt(w_TypeError, "'" + self.type_name() + "' object is not iterable")

    def length(self) -> int:
        raise oefmt(w_TypeError, "object of type '" + self.type_name() + "' has no len()")

    def contains(self, w_item: "W_Root") -> bool:
        w_iter = self.iterate_for_contains()
        while True:
            w_x = w_iter.next()
            if w_x is None:
                return False
            if eq_w(w_x, w_item):
                return True

    def iterate_for_contains(self) -> "W_Iterator":
        try:
            return self.iterate()
        except OperationError as e:
            if e.match(w_TypeError):
                raise oefmt(w_TypeError, "argument of type '" + self.type_name() +
                            "' is not iterable")
            raise

    # --- attributes and calls
    def getattr(self, name: str) -> "W_Root | None":
        """Attribute lookup; methods come back bound. None: no such attribute."""
        w_meth = self.get_type().lookup(name)
        if w_meth is not None:
            return w_meth.bind(self)
        return None

    def setattr(self, name: str, w_value: "W_Root") -> bool:
        """False: the object has no settable attribute `name` (AttributeError)."""
        return False

    def call(self, args: "list[W_Root]", kwnames: list[str],
             kwvalues: "list[W_Root]") -> "W_Root":
        raise oefmt(w_TypeError, "'" + self.type_name() + "' object is not callable")

    def is_callable(self) -> bool:
        return False

    def str(self) -> str:
        return self.repr()


def unique_id(w: W_Root) -> int:
    """Identity number of w, stable for its lifetime (stands for compute_unique_id)."""
    return id(w)


def hex_id(w: W_Root) -> str:
    return "0x" + formatting.int_to_base(unique_id(w), 16).rjust(12, "0")


# ====================================================================== types

BuiltinFn = Callable[[list[W_Root], list[str], list[W_Root]], W_Root]


class W_Type(W_Root):
    """A class object: built-in types and exception classes."""

    def __init__(self, name: str, w_base: "W_Type | None") -> None:
        self.name = name
        self.w_base = w_base
        self.methods: dict[str, "W_Callable"] = {}
        # constructor called by W_Type.call (registered by builtins.py)
        self.w_constructor: W_Root | None = None
        self.is_exception = False
        if w_base is not None and w_base.is_exception:
            self.is_exception = True
        self.module = "builtins"

    def get_type(self) -> "W_Type":
        return w_type_type

    def is_subtype(self, w_other: "W_Type") -> bool:
        w_t: W_Type | None = self
        while w_t is not None:
            if w_t is w_other:
                return True
            w_t = w_t.w_base
        return False

    def lookup(self, name: str) -> "W_Callable | None":
        w_t: W_Type | None = self
        while w_t is not None:
            w_m = w_t.methods.get(name)
            if w_m is not None:
                return w_m
            w_t = w_t.w_base
        return None

    def repr(self) -> str:
        if self.module == "builtins":
            return "<class '" + self.name + "'>"
        return "<class '" + self.module + "." + self.name + "'>"

    def getattr(self, name: str) -> "W_Root | None":
        if name == "__name__" or name == "__qualname__":
            return W_Str(self.name)
        if name == "__module__":
            return W_Str(self.module)
        if name == "__base__":
            if self.w_base is None:
                return w_None
            return self.w_base
        w_m = self.lookup(name)
        if w_m is not None:
            return w_m     # unbound: str.upper("x") works with self as args[0]
        return None

    def call(self, args: list[W_Root], kwnames: list[str],
             kwvalues: list[W_Root]) -> W_Root:
        if self.is_exception:
            if len(kwnames) > 0:
                raise oefmt(w_TypeError, self.name + "() takes no keyword arguments")
            return W_BaseException(self, list(args))
        w_t: W_Type | None = self
        while w_t is not None:
            if w_t.w_constructor is not None:
                return w_t.w_constructor.call(args, kwnames, kwvalues)
            w_t = w_t.w_base
        raise oefmt(w_TypeError, "cannot create '" + self.name + "' instances")

    def is_callable(self) -> bool:
        return True

    def hash(self) -> int:
        return unique_id(self)


w_object_type = W_Type("object", None)
w_type_type = W_Type("type", w_object_type)
w_int_type = W_Type("int", w_object_type)
w_bool_type = W_Type("bool", w_int_type)
w_float_type = W_Type("float", w_object_type)
w_str_type = W_Type("str", w_object_type)
w_list_type = W_Type("list", w_object_type)
w_tuple_type = W_Type("tuple", w_object_type)
w_dict_type = W_Type("dict", w_object_type)
w_set_type = W_Type("set", w_object_type)
w_frozenset_type = W_Type("frozenset", w_object_type)
w_range_type = W_Type("range", w_object_type)
w_slice_type = W_Type("slice", w_object_type)
w_none_type = W_Type("NoneType", w_object_type)
w_notimpl_type = W_Type("NotImplementedType", w_object_type)
w_ellipsis_type = W_Type("ellipsis", w_object_type)
w_function_type = W_Type("function", w_object_type)
w_builtin_function_type = W_Type("builtin_function_or_method", w_object_type)
w_method_type = W_Type("method", w_object_type)
w_module_type = W_Type("module", w_object_type)
w_iterator_type = W_Type("iterator", w_object_type)
w_list_iterator_type = W_Type("list_iterator", w_object_type)
w_tuple_iterator_type = W_Type("tuple_iterator", w_object_type)
w_str_iterator_type = W_Type("str_ascii_iterator", w_object_type)
w_range_iterator_type = W_Type("range_iterator", w_object_type)
w_dict_keyiterator_type = W_Type("dict_keyiterator", w_object_type)
w_dict_valueiterator_type = W_Type("dict_valueiterator", w_object_type)
w_dict_itemiterator_type = W_Type("dict_itemiterator", w_object_type)
w_set_iterator_type = W_Type("set_iterator", w_object_type)
w_enumerate_type = W_Type("enumerate", w_object_type)
w_zip_type = W_Type("zip", w_object_type)
w_map_type = W_Type("map", w_object_type)
w_filter_type = W_Type("filter", w_object_type)
w_reversed_type = W_Type("list_reverseiterator", w_object_type)
w_dict_keys_type = W_Type("dict_keys", w_object_type)
w_dict_values_type = W_Type("dict_values", w_object_type)
w_dict_items_type = W_Type("dict_items", w_object_type)


# --- exception classes

def new_exception_type(name: str, w_base: W_Type) -> W_Type:
    """Create an exception class (also for numpy's AxisError: set .module after)."""
    w_t = W_Type(name, w_base)
    w_t.is_exception = True
    return w_t


w_BaseException = W_Type("BaseException", w_object_type)
w_BaseException.is_exception = True
w_Exception = new_exception_type("Exception", w_BaseException)
w_SystemExit = new_exception_type("SystemExit", w_BaseException)
w_KeyboardInterrupt = new_exception_type("KeyboardInterrupt", w_BaseException)
w_GeneratorExit = new_exception_type("GeneratorExit", w_BaseException)
w_ArithmeticError = new_exception_type("ArithmeticError", w_Exception)
w_ZeroDivisionError = new_exception_type("ZeroDivisionError", w_ArithmeticError)
w_OverflowError = new_exception_type("OverflowError", w_ArithmeticError)
w_FloatingPointError = new_exception_type("FloatingPointError", w_ArithmeticError)
w_LookupError = new_exception_type("LookupError", w_Exception)
w_IndexError = new_exception_type("IndexError", w_LookupError)
w_KeyError = new_exception_type("KeyError", w_LookupError)
w_ValueError = new_exception_type("ValueError", w_Exception)
w_UnicodeError = new_exception_type("UnicodeError", w_ValueError)
w_TypeError = new_exception_type("TypeError", w_Exception)
w_NameError = new_exception_type("NameError", w_Exception)
w_UnboundLocalError = new_exception_type("UnboundLocalError", w_NameError)
w_AttributeError = new_exception_type("AttributeError", w_Exception)
w_RuntimeError = new_exception_type("RuntimeError", w_Exception)
w_NotImplementedError = new_exception_type("NotImplementedError", w_RuntimeError)
w_RecursionError = new_exception_type("RecursionError", w_RuntimeError)
w_AssertionError = new_exception_type("AssertionError", w_Exception)
w_StopIteration = new_exception_type("StopIteration", w_Exception)
w_ImportError = new_exception_type("ImportError", w_Exception)
w_ModuleNotFoundError = new_exception_type("ModuleNotFoundError", w_ImportError)
w_SyntaxError = new_exception_type("SyntaxError", w_Exception)
w_IndentationError = new_exception_type("IndentationError", w_SyntaxError)
w_MemoryError = new_exception_type("MemoryError", w_Exception)
w_OSError = new_exception_type("OSError", w_Exception)

# name -> class, for the builtins module; numpy's AxisError etc. can be added
# with register_exception_type (they are then visible to isinstance/except).
EXCEPTION_TYPES: list[W_Type] = [
    w_BaseException, w_Exception, w_SystemExit, w_KeyboardInterrupt,
    w_GeneratorExit, w_ArithmeticError, w_ZeroDivisionError, w_OverflowError,
    w_FloatingPointError, w_LookupError, w_IndexError, w_KeyError,
    w_ValueError, w_UnicodeError, w_TypeError, w_NameError,
    w_UnboundLocalError, w_AttributeError, w_RuntimeError,
    w_NotImplementedError, w_RecursionError, w_AssertionError,
    w_StopIteration, w_ImportError, w_ModuleNotFoundError, w_SyntaxError,
    w_IndentationError, w_MemoryError, w_OSError,
]


class W_BaseException(W_Root):
    """An exception instance: its class and args."""

    def __init__(self, w_type: W_Type, args: list[W_Root]) -> None:
        self.w_type = w_type
        self.args = args
        self.attrs: dict[str, W_Root] = {}

    def get_type(self) -> W_Type:
        return self.w_type

    def repr(self) -> str:
        if len(self.args) == 1:
            return self.w_type.name + "(" + self.args[0].repr() + ")"
        return self.w_type.name + W_Tuple(self.args).repr()

    def getattr(self, name: str) -> W_Root | None:
        if name == "args":
            return W_Tuple(list(self.args))
        w_v = self.attrs.get(name)
        if w_v is not None:
            return w_v
        if name == "value" and self.w_type.is_subtype(w_StopIteration):
            if len(self.args) > 0:
                return self.args[0]
            return w_None
        return W_Root.getattr(self, name)

    def setattr(self, name: str, w_value: W_Root) -> bool:
        self.attrs[name] = w_value
        return True

    def hash(self) -> int:
        return unique_id(self)

    def str(self) -> str:
        if len(self.args) == 0:
            return ""
        if len(self.args) == 1:
            if self.w_type.is_subtype(w_KeyError):
                return self.args[0].repr()
            return self.args[0].str()
        return W_Tuple(self.args).repr()


# ====================================================================== None

class W_NoneType(W_Root):
    def get_type(self) -> W_Type:
        return w_none_type

    def is_true(self) -> bool:
        return False

    def repr(self) -> str:
        return "None"

    def hash(self) -> int:
        return 0x5A5A5A


class W_NotImplementedType(W_Root):
    def get_type(self) -> W_Type:
        return w_notimpl_type

    def repr(self) -> str:
        return "NotImplemented"


class W_EllipsisType(W_Root):
    def get_type(self) -> W_Type:
        return w_ellipsis_type

    def repr(self) -> str:
        return "Ellipsis"

    def hash(self) -> int:
        return 0x3C3C3C


w_None = W_NoneType()
w_NotImplemented = W_NotImplementedType()
w_Ellipsis = W_EllipsisType()


# ====================================================================== numbers

def _int_floordiv(a: int, b: int) -> int:
    # b != 0
    if b == -1 and a == MININT:
        raise oefmt(w_OverflowError, "integer overflow")
    return a // b


def int_pow(a: int, b: int) -> int:
    """a ** b for b >= 0 with overflow checks."""
    result = 1
    base = a
    e = b
    while e > 0:
        if e & 1:
            result = ovf(result * base)
        e >>= 1
        if e > 0:
            base = ovf(base * base)
    return result


def ovf(x: int) -> int:
    try:
        return ovfcheck(x)
    except OverflowError:
        raise oefmt(w_OverflowError, "integer overflow")


def ffloor(x: float) -> float:
    """math.floor as a float (no big ints): x itself when already integral/inf/nan."""
    if not (abs(x) < 4503599627370496.0):
        return x
    t = float(int(x))
    if t > x:
        t -= 1.0
    return t


def fceil(x: float) -> float:
    return -ffloor(-x)


def float_floordiv_mod(vx: float, wx: float, what: str) -> tuple[float, float]:
    """CPython's float_divmod: (floordiv, mod). wx != 0."""
    if math.isinf(vx) or math.isnan(vx) or math.isnan(wx):
        return (math.nan, math.nan)
    mod = math.fmod(vx, wx)
    div = (vx - mod) / wx
    if mod != 0.0:
        if (wx < 0.0) != (mod < 0.0):
            mod += wx
            div -= 1.0
    else:
        mod = math.copysign(0.0, wx)
    if div != 0.0:
        floordiv = ffloor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, vx / wx)
    return (floordiv, mod)


def float_pow(x: float, y: float) -> float:
    if x == 0.0 and y < 0.0:
        raise oefmt(w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
    if x < 0.0 and y != ffloor(y) and not math.isinf(y) and not math.isnan(y):
        raise oefmt(w_ValueError, "math domain error")   # CPython gives a complex here
    try:
        return math.pow(x, y)
    except OverflowError:
        raise oe_args(w_OverflowError, [W_Int(34), W_Str("Numerical result out of range")])


def float_binop(op: int, x: float, y: float) -> W_Root | None:
    if op == ops.ADD:
        return W_Float(x + y)
    if op == ops.SUB:
        return W_Float(x - y)
    if op == ops.MUL:
        return W_Float(x * y)
    if op == ops.TRUEDIV:
        if y == 0.0:
            raise oefmt(w_ZeroDivisionError, "float division by zero")
        return W_Float(x / y)
    if op == ops.FLOORDIV:
        if y == 0.0:
            raise oefmt(w_ZeroDivisionError, "float floor division by zero")
        return W_Float(float_floordiv_mod(x, y, "")[0])
    if op == ops.MOD:
        if y == 0.0:
            raise oefmt(w_ZeroDivisionError, "float modulo")
        return W_Float(float_floordiv_mod(x, y, "")[1])
    if op == ops.POW:
        return W_Float(float_pow(x, y))
    return None


def int_binop(op: int, a: int, b: int) -> W_Root | None:
    if op == ops.ADD:
        return W_Int(ovf(a + b))
    if op == ops.SUB:
        return W_Int(ovf(a - b))
    if op == ops.MUL:
        return W_Int(ovf(a * b))
    if op == ops.TRUEDIV:
        if b == 0:
            raise oefmt(w_ZeroDivisionError, "division by zero")
        return W_Float(int_truediv(a, b))
    if op == ops.FLOORDIV:
        if b == 0:
            raise oefmt(w_ZeroDivisionError, "integer division or modulo by zero")
        return W_Int(_int_floordiv(a, b))
    if op == ops.MOD:
        if b == 0:
            raise oefmt(w_ZeroDivisionError, "integer modulo by zero")
        if b == -1:
            return W_Int(0)
        return W_Int(a % b)
    if op == ops.POW:
        if b < 0:
            if a == 0:
                raise oefmt(w_ZeroDivisionError,
                            "0.0 cannot be raised to a negative power")
            return W_Float(float_pow(float(a), float(b)))
        return W_Int(int_pow(a, b))
    if op == ops.LSHIFT:
        if b < 0:
            raise oefmt(w_ValueError, "negative shift count")
        if a == 0:
            return W_Int(0)
        if b >= 64:
            raise oefmt(w_OverflowError, "integer overflow")
        r = a << b
        if (r >> b) != a:
            raise oefmt(w_OverflowError, "integer overflow")
        return W_Int(ovf(r))
    if op == ops.RSHIFT:
        if b < 0:
            raise oefmt(w_ValueError, "negative shift count")
        if b >= 64:
            if a < 0:
                return W_Int(-1)
            return W_Int(0)
        return W_Int(a >> b)
    if op == ops.AND:
        return W_Int(a & b)
    if op == ops.OR:
        return W_Int(a | b)
    if op == ops.XOR:
        return W_Int(a ^ b)
    return None


def int_truediv(a: int, b: int) -> float:
    # exact for |a|, |b| < 2**53 (one correctly rounded division)
    return float(a) / float(b)


def cmp_result(op: int, c: int) -> bool:
    """c is -1/0/1 (three-way compare)."""
    if op == ops.LT:
        return c < 0
    if op == ops.LE:
        return c <= 0
    if op == ops.EQ:
        return c == 0
    if op == ops.NE:
        return c != 0
    if op == ops.GT:
        return c > 0
    return c >= 0


def float_cmp(op: int, x: float, y: float) -> bool:
    if op == ops.LT:
        return x < y
    if op == ops.LE:
        return x <= y
    if op == ops.EQ:
        return x == y
    if op == ops.NE:
        return x != y
    if op == ops.GT:
        return x > y
    return x >= y


_TWO63 = 9223372036854775808.0


def int_float_cmp(op: int, i: int, f: float) -> bool:
    """Exact comparison of an int with a float (i op f)."""
    if math.isnan(f):
        return op == ops.NE
    if math.isinf(f):
        if f > 0:
            return cmp_result(op, -1)
        return cmp_result(op, 1)
    if -9007199254740992 <= i <= 9007199254740992:
        return float_cmp(op, float(i), f)
    if f >= _TWO63:
        return cmp_result(op, -1)
    if f < -_TWO63:
        return cmp_result(op, 1)
    fl = ffloor(f)
    fi = int(fl)    # exact: |fl| < 2**63
    if i < fi:
        return cmp_result(op, -1)
    if i > fi:
        return cmp_result(op, 1)
    if fl < f:
        return cmp_result(op, -1)
    return cmp_result(op, 0)


def bool_w(b: bool) -> "W_Bool":
    if b:
        return w_True
    return w_False


class W_Int(W_Root):
    def __init__(self, intval: int) -> None:
        self.intval = intval

    def get_type(self) -> W_Type:
        return w_int_type

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if isinstance(w_other, W_Int):
            a = self.intval
            b = w_other.intval
            if reflected:
                a = w_other.intval
                b = self.intval
            return int_binop(op, a, b)
        return None

    def abs(self) -> W_Root | None:
        if self.intval < 0:
            return W_Int(ovf(-self.intval))
        return W_Int(self.intval)

    def unary_op(self, op: int) -> W_Root | None:
        if op == ops.NEG:
            return W_Int(ovf(-self.intval))
        if op == ops.POS:
            return W_Int(self.intval)
        if op == ops.INVERT:
            return W_Int(~self.intval)
        return None

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if isinstance(w_other, W_Int):
            a = self.intval
            b = w_other.intval
            c = 0
            if a < b:
                c = -1
            elif a > b:
                c = 1
            return bool_w(cmp_result(op, c))
        if isinstance(w_other, W_Float):
            return bool_w(int_float_cmp(op, self.intval, w_other.floatval))
        return None

    def is_true(self) -> bool:
        return self.intval != 0

    def repr(self) -> str:
        return str(self.intval)

    def format(self, spec: str) -> str:
        if spec == "":
            return self.str()
        try:
            return formatting.format_int_spec(self.intval, spec, self.type_name())
        except formatting.FormatError as e:
            raise format_error(e, self.type_name())

    def hash(self) -> int:
        return hash_int(self.intval)

    def to_float(self) -> float:
        return float(self.intval)

    def to_index(self) -> int:
        return self.intval


class W_BigInt(W_Root):
    """An int literal in [2**63, 2**64): beyond mnpy's 64-bit ints, but
    NumPy takes it (np.uint64(18446744073709551615), uint64 array
    elements), and `-9223372036854775808` negates it back into range. It
    prints, compares and hashes exactly; any arithmetic raises
    OverflowError rather than compute a wrong value. `bits` holds the value
    as its 64-bit pattern (value - 2**64)."""

    def __init__(self, bits: int) -> None:
        self.bits = bits

    def get_type(self) -> W_Type:
        return w_int_type

    def _too_big(self) -> OperationError:
        return oefmt(w_OverflowError, "int " + self.repr() +
                     " is too large for mnpy's 64-bit ints")

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if isinstance(w_other, W_Int) or isinstance(w_other, W_Float) or \
                isinstance(w_other, W_BigInt):
            raise self._too_big()
        return None

    def unary_op(self, op: int) -> W_Root | None:
        if op == ops.NEG and self.bits == MININT:
            return W_Int(MININT)
        if op == ops.POS:
            return self
        raise self._too_big()

    def abs(self) -> W_Root | None:
        return self

    def _cmp(self, w_other: W_Root) -> int:
        """-1, 0, 1, or 2 when w_other is not a number."""
        if isinstance(w_other, W_BigInt):
            if self.bits == w_other.bits:
                return 0
            return -1 if uint_lt(self.bits, w_other.bits) else 1
        if isinstance(w_other, W_Int):
            return 1
        if isinstance(w_other, W_Float):
            x = uint_to_float(self.bits)
            f = w_other.floatval
            if f != f:
                return 3
            if x != f:
                return -1 if x < f else 1
            # equal as floats: compare exactly (f is an integer in range)
            if f >= 18446744073709551616.0:
                return -1
            fb = uint_from_float(f)
            if fb == self.bits:
                return 0
            return -1 if uint_lt(self.bits, fb) else 1
        return 2

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        c = self._cmp(w_other)
        if c == 2:
            return None
        if c == 3:
            return bool_w(op == ops.NE)
        return bool_w(cmp_result(op, c))

    def is_true(self) -> bool:
        return True

    def repr(self) -> str:
        return uint_str(self.bits)

    def hash(self) -> int:
        # CPython: the value modulo 2**61 - 1
        m = (1 << 61) - 1
        hi = (self.bits >> 61) & 7
        lo = self.bits & m
        h = hi + lo
        if h >= m:
            h -= m
        return h

    def to_float(self) -> float:
        return uint_to_float(self.bits)


def hash_int(i: int) -> int:
    if i == -1:
        return -2
    return i


def hash_float(f: float) -> int:
    if math.isnan(f):
        return 0
    if math.isinf(f):
        if f > 0:
            return 314159
        return -314159
    if f == ffloor(f) and -_TWO63 <= f < _TWO63:
        return hash_int(int(f))
    m, e = math.frexp(f)
    h = intmask(int(m * 4503599627370496.0) * 1000003 + e)
    return hash_int(h)


def format_error(e: formatting.FormatError, type_name: str) -> OperationError:
    msg = e.message
    if "%s" in msg:
        msg = msg.replace("%s", type_name)
    if e.kind == "TypeError":
        return oefmt(w_TypeError, msg)
    if e.kind == "OverflowError":
        return oefmt(w_OverflowError, msg)
    return oefmt(w_ValueError, msg)


class W_Bool(W_Int):
    def get_type(self) -> W_Type:
        return w_bool_type

    def repr(self) -> str:
        if self.intval != 0:
            return "True"
        return "False"

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if isinstance(w_other, W_Bool) and (op == ops.AND or op == ops.OR or op == ops.XOR):
            a = self.intval != 0
            b = w_other.intval != 0
            if op == ops.AND:
                return bool_w(a and b)
            if op == ops.OR:
                return bool_w(a or b)
            return bool_w(a != b)
        return W_Int.binary_op(self, op, w_other, reflected)


w_True = W_Bool(1)
w_False = W_Bool(0)


class W_Float(W_Root):
    def __init__(self, floatval: float) -> None:
        self.floatval = floatval

    def get_type(self) -> W_Type:
        return w_float_type

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if isinstance(w_other, W_Float):
            y = w_other.floatval
        elif isinstance(w_other, W_Int):
            y = float(w_other.intval)
        else:
            return None
        x = self.floatval
        if reflected:
            return float_binop(op, y, x)
        return float_binop(op, x, y)

    def abs(self) -> W_Root | None:
        return W_Float(abs(self.floatval))

    def unary_op(self, op: int) -> W_Root | None:
        if op == ops.NEG:
            return W_Float(-self.floatval)
        if op == ops.POS:
            return W_Float(self.floatval)
        return None

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if isinstance(w_other, W_Float):
            return bool_w(float_cmp(op, self.floatval, w_other.floatval))
        if isinstance(w_other, W_Int):
            return bool_w(int_float_cmp(ops.CMP_SWAPPED[op], w_other.intval, self.floatval))
        return None

    def is_true(self) -> bool:
        return self.floatval != 0.0

    def repr(self) -> str:
        return formatting.float_repr(self.floatval)

    def format(self, spec: str) -> str:
        if spec == "":
            return self.str()
        try:
            return formatting.format_float_spec(self.floatval, spec, "float")
        except formatting.FormatError as e:
            raise format_error(e, "float")

    def hash(self) -> int:
        return hash_float(self.floatval)

    def to_float(self) -> float:
        return self.floatval


# ====================================================================== strings

def hash_str(s: str) -> int:
    h = 0x345678
    for c in s:
        h = intmask((h ^ ord(c)) * 1000003)
    h = intmask(h ^ len(s))
    return hash_int(h)


def str_repr(s: str) -> str:
    """CPython's repr of a str."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out: list[str] = [quote]
    for c in s:
        n = ord(c)
        if c == quote or c == "\\":
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif n < 32 or n == 127:
            out.append("\\x" + formatting.int_to_base(n, 16).rjust(2, "0"))
        elif 128 <= n < 160 or n == 0xAD:
            out.append("\\x" + formatting.int_to_base(n, 16).rjust(2, "0"))
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


def index_of(w_key: W_Root, what: str) -> int:
    """An int-like index, or the CPython TypeError for sequence `what`."""
    if isinstance(w_key, W_Int):
        return w_key.intval
    try:
        return w_key.to_index()
    except OperationError as e:
        if e.match(w_TypeError):
            if what == "str":
                raise oefmt(w_TypeError, "string indices must be integers, not '" +
                            w_key.type_name() + "'")
            raise oefmt(w_TypeError, what + " indices must be integers or slices, not " +
                        w_key.type_name())
        raise


class W_Str(W_Root):
    def __init__(self, value: str) -> None:
        self.value = value

    def get_type(self) -> W_Type:
        return w_str_type

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op == ops.ADD and isinstance(w_other, W_Str):
            if reflected:
                return W_Str(w_other.value + self.value)
            return W_Str(self.value + w_other.value)
        if op == ops.MUL and isinstance(w_other, W_Int):
            n = w_other.intval
            if n <= 0:
                return W_Str("")
            ovf(n * len(self.value))
            return W_Str(self.value * n)
        if op == ops.MOD and not reflected:
            w_fn = w_str_type.lookup("__mod__")
            if w_fn is not None:
                return w_fn.call([self, w_other], [], [])
        return None

    def binop_fallback(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op == ops.ADD and not reflected:
            raise oefmt(w_TypeError, 'can only concatenate str (not "' +
                        w_other.type_name() + '") to str')
        if op == ops.MUL:
            raise oefmt(w_TypeError, "can't multiply sequence by non-int of type '" +
                        w_other.type_name() + "'")
        return None

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if isinstance(w_other, W_Str):
            a = self.value
            b = w_other.value
            c = 0
            if a < b:
                c = -1
            elif a > b:
                c = 1
            return bool_w(cmp_result(op, c))
        return None

    def is_true(self) -> bool:
        return len(self.value) > 0

    def repr(self) -> str:
        return str_repr(self.value)

    def format(self, spec: str) -> str:
        try:
            return formatting.format_str_spec(self.value, spec)
        except formatting.FormatError as e:
            raise format_error(e, "str")

    def hash(self) -> int:
        return hash_str(self.value)

    def getitem(self, w_key: W_Root) -> W_Root:
        if isinstance(w_key, W_Slice):
            start, stop, step, n = w_key.indices(len(self.value))
            if step == 1:
                return W_Str(self.value[start:stop])
            out: list[str] = []
            i = start
            for k in range(n):
                out.append(self.value[i])
                i += step
            return W_Str("".join(out))
        i = index_of(w_key, "str")
        n = len(self.value)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(w_IndexError, "string index out of range")
        return W_Str(self.value[i])

    def iterate(self) -> "W_Iterator":
        return W_StrIterator(self.value)

    def length(self) -> int:
        return len(self.value)

    def contains(self, w_item: W_Root) -> bool:
        if isinstance(w_item, W_Str):
            return w_item.value in self.value
        raise oefmt(w_TypeError, "'in <string>' requires string as left operand, not " +
                    w_item.type_name())

    def str(self) -> str:
        return self.value


# ====================================================================== slices

class W_Slice(W_Root):
    def __init__(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> None:
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def get_type(self) -> W_Type:
        return w_slice_type

    def repr(self) -> str:
        return ("slice(" + self.w_start.repr() + ", " + self.w_stop.repr() + ", " +
                self.w_step.repr() + ")")

    def hash(self) -> int:
        raise oefmt(w_TypeError, "unhashable type: 'slice'")

    def _idx(self, w: W_Root) -> int:
        if isinstance(w, W_Int):
            return w.intval
        try:
            return w.to_index()
        except OperationError as e:
            if e.match(w_TypeError):
                raise oefmt(w_TypeError, "slice indices must be integers or None or "
                            "have an __index__ method")
            raise

    def indices(self, length: int) -> tuple[int, int, int, int]:
        """(start, stop, step, slicelength) as PySlice_GetIndicesEx."""
        step = 1
        if self.w_step is not w_None:
            step = self._idx(self.w_step)
            if step == 0:
                raise oefmt(w_ValueError, "slice step cannot be zero")
        if self.w_start is w_None:
            if step < 0:
                start = length - 1
            else:
                start = 0
        else:
            start = self._idx(self.w_start)
            if start < 0:
                start += length
                if start < 0:
                    if step < 0:
                        start = -1
                    else:
                        start = 0
            elif start >= length:
                if step < 0:
                    start = length - 1
                else:
                    start = length
        if self.w_stop is w_None:
            if step < 0:
                stop = -1
            else:
                stop = length
        else:
            stop = self._idx(self.w_stop)
            if stop < 0:
                stop += length
                if stop < 0:
                    if step < 0:
                        stop = -1
                    else:
                        stop = 0
            elif stop >= length:
                if step < 0:
                    stop = length - 1
                else:
                    stop = length
        if step < 0:
            if stop < start:
                n = (start - stop - 1) // (-step) + 1
            else:
                n = 0
        else:
            if start < stop:
                n = (stop - start - 1) // step + 1
            else:
                n = 0
        return (start, stop, step, n)

    def getattr(self, name: str) -> W_Root | None:
        if name == "start":
            return self.w_start
        if name == "stop":
            return self.w_stop
        if name == "step":
            return self.w_step
        return W_Root.getattr(self, name)


# ====================================================================== sequences

def seq_repr(items: list[W_Root], open_: str, close: str) -> str:
    parts: list[str] = []
    for w in items:
        parts.append(w.repr())
    return open_ + ", ".join(parts) + close


def repr_enter(w: W_Root) -> bool:
    """False if w is already being repr'd (recursive container)."""
    for w_x in STATE.repr_stack:
        if w_x is w:
            return False
    STATE.repr_stack.append(w)
    return True


def repr_leave() -> None:
    STATE.repr_stack.pop()


def seq_compare(op: int, a: list[W_Root], b: list[W_Root]) -> bool:
    n = min(len(a), len(b))
    for i in range(n):
        if not eq_w(a[i], b[i]):
            if op == ops.EQ:
                return False
            if op == ops.NE:
                return True
            return is_true(compare(op, a[i], b[i]))
    la = len(a)
    lb = len(b)
    c = 0
    if la < lb:
        c = -1
    elif la > lb:
        c = 1
    return cmp_result(op, c)


def normalize_index(i: int, n: int) -> int:
    """i + n if i < 0, -1 if out of range."""
    if i < 0:
        i += n
    if i < 0 or i >= n:
        return -1
    return i


def slice_items(items: list[W_Root], w_slice: "W_Slice") -> list[W_Root]:
    start, stop, step, n = w_slice.indices(len(items))
    if step == 1:
        return items[start:stop]
    out: list[W_Root] = []
    i = start
    for k in range(n):
        out.append(items[i])
        i += step
    return out


def repeat_items(items: list[W_Root], n: int) -> list[W_Root]:
    out: list[W_Root] = []
    if n <= 0:
        return out
    ovf(n * len(items))
    for k in range(n):
        out.extend(items)
    return out


class W_List(W_Root):
    def __init__(self, items: list[W_Root]) -> None:
        self.items = items

    def get_type(self) -> W_Type:
        return w_list_type

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op == ops.ADD and isinstance(w_other, W_List):
            if reflected:
                return W_List(w_other.items + self.items)
            return W_List(self.items + w_other.items)
        if op == ops.MUL and isinstance(w_other, W_Int):
            return W_List(repeat_items(self.items, w_other.intval))
        return None

    def binop_fallback(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op == ops.ADD and not reflected:
            raise oefmt(w_TypeError, 'can only concatenate list (not "' +
                        w_other.type_name() + '") to list')
        if op == ops.MUL:
            raise oefmt(w_TypeError, "can't multiply sequence by non-int of type '" +
                        w_other.type_name() + "'")
        return None

    def inplace_op(self, op: int, w_other: W_Root) -> W_Root | None:
        if op == ops.ADD:
            self.items.extend(list_of(w_other))
            return self
        if op == ops.MUL and isinstance(w_other, W_Int):
            self.items = repeat_items(self.items, w_other.intval)
            return self
        return None

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if isinstance(w_other, W_List):
            return bool_w(seq_compare(op, self.items, w_other.items))
        return None

    def is_true(self) -> bool:
        return len(self.items) > 0

    def repr(self) -> str:
        if not repr_enter(self):
            return "[...]"
        try:
            return seq_repr(self.items, "[", "]")
        finally:
            repr_leave()

    def hash(self) -> int:
        raise oefmt(w_TypeError, "unhashable type: 'list'")

    def getitem(self, w_key: W_Root) -> W_Root:
        if isinstance(w_key, W_Slice):
            return W_List(slice_items(self.items, w_key))
        i = normalize_index(index_of(w_key, "list"), len(self.items))
        if i < 0:
            raise oefmt(w_IndexError, "list index out of range")
        return self.items[i]

    def setitem(self, w_key: W_Root, w_value: W_Root) -> None:
        if isinstance(w_key, W_Slice):
            self.setslice(w_key, w_value)
            return
        i = normalize_index(index_of(w_key, "list"), len(self.items))
        if i < 0:
            raise oefmt(w_IndexError, "list assignment index out of range")
        self.items[i] = w_value

    def setslice(self, w_slice: "W_Slice", w_value: W_Root) -> None:
        try:
            new = list_of(w_value)
        except OperationError as e:
            if e.match(w_TypeError):
                raise oefmt(w_TypeError, "can only assign an iterable")
            raise
        start, stop, step, n = w_slice.indices(len(self.items))
        if step == 1:
            if stop < start:
                stop = start
            self.items = self.items[:start] + new + self.items[stop:]
            return
        if len(new) != n:
            raise oefmt(w_ValueError, "attempt to assign sequence of size " +
                        str(len(new)) + " to extended slice of size " + str(n))
        i = start
        for k in range(n):
            self.items[i] = new[k]
            i += step

    def delitem(self, w_key: W_Root) -> None:
        if isinstance(w_key, W_Slice):
            start, stop, step, n = w_key.indices(len(self.items))
            if n == 0:
                return
            if step < 0:
                start = start + (n - 1) * step
                step = -step
            dead: dict[int, bool] = {}
            i = start
            for k in range(n):
                dead[i] = True
                i += step
            keep: list[W_Root] = []
            for j in range(len(self.items)):
                if j not in dead:
                    keep.append(self.items[j])
            self.items = keep
            return
        i = normalize_index(index_of(w_key, "list"), len(self.items))
        if i < 0:
            raise oefmt(w_IndexError, "list assignment index out of range")
        del self.items[i]

    def iterate(self) -> "W_Iterator":
        return W_ListIterator(self)

    def length(self) -> int:
        return len(self.items)


class W_Tuple(W_Root):
    def __init__(self, items: list[W_Root]) -> None:
        self.items = items

    def get_type(self) -> W_Type:
        return w_tuple_type

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op == ops.ADD and isinstance(w_other, W_Tuple):
            if reflected:
                return W_Tuple(w_other.items + self.items)
            return W_Tuple(self.items + w_other.items)
        if op == ops.MUL and isinstance(w_other, W_Int):
            return W_Tuple(repeat_items(self.items, w_other.intval))
        return None

    def binop_fallback(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op == ops.ADD and not reflected:
            raise oefmt(w_TypeError, 'can only concatenate tuple (not "' +
                        w_other.type_name() + '") to tuple')
        if op == ops.MUL:
            raise oefmt(w_TypeError, "can't multiply sequence by non-int of type '" +
                        w_other.type_name() + "'")
        return None

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if isinstance(w_other, W_Tuple):
            return bool_w(seq_compare(op, self.items, w_other.items))
        return None

    def is_true(self) -> bool:
        return len(self.items) > 0

    def repr(self) -> str:
        if len(self.items) == 1:
            return "(" + self.items[0].repr() + ",)"
        return seq_repr(self.items, "(", ")")

    def hash(self) -> int:
        # xxHash-like combination as CPython's tuplehash (values differ)
        acc = 0x27D4EB2F165667C5
        for w in self.items:
            lane = hash_of(w)
            acc = intmask(acc + lane * 0x4CF5AD432745937)
            acc = intmask((acc << 31) | ((acc >> 33) & 0x7FFFFFFF))
            acc = intmask(acc * 0x1E3779B185EBCA87 - 0x61C8864E7A143579 * 2)
        acc = intmask(acc + (len(self.items) ^ 3527539))
        return hash_int(acc)

    def getitem(self, w_key: W_Root) -> W_Root:
        if isinstance(w_key, W_Slice):
            return W_Tuple(slice_items(self.items, w_key))
        i = normalize_index(index_of(w_key, "tuple"), len(self.items))
        if i < 0:
            raise oefmt(w_IndexError, "tuple index out of range")
        return self.items[i]

    def iterate(self) -> "W_Iterator":
        return W_TupleIterator(self.items)

    def length(self) -> int:
        return len(self.items)


# ====================================================================== dicts

class OrderedTable:
    """Insertion-ordered hash table of W_Root keys (used by dict and set)."""

    def __init__(self) -> None:
        self.keys: list[W_Root] = []
        self.values: list[W_Root] = []
        self.alive: list[bool] = []
        self.index: dict[int, list[int]] = {}
        self.count = 0

    def find(self, w_key: W_Root, h: int) -> int:
        bucket = self.index.get(h)
        if bucket is None:
            return -1
        for i in bucket:
            if self.keys[i] is w_key:
                return i
        for i in bucket:
            if eq_w(self.keys[i], w_key):
                return i
        return -1

    def lookup(self, w_key: W_Root) -> int:
        return self.find(w_key, hash_of(w_key))

    def get(self, w_key: W_Root) -> W_Root | None:
        i = self.lookup(w_key)
        if i < 0:
            return None
        return self.values[i]

    def set(self, w_key: W_Root, w_value: W_Root) -> None:
        h = hash_of(w_key)
        i = self.find(w_key, h)
        if i >= 0:
            self.values[i] = w_value
            return
        pos = len(self.keys)
        self.keys.append(w_key)
        self.values.append(w_value)
        self.alive.append(True)
        bucket = self.index.get(h)
        if bucket is None:
            self.index[h] = [pos]
        else:
            bucket.append(pos)
        self.count += 1

    def remove_at(self, i: int) -> None:
        h = hash_of(self.keys[i])
        bucket = self.index.get(h)
        if bucket is not None:
            bucket.remove(i)
            if len(bucket) == 0:
                del self.index[h]
        self.alive[i] = False
        self.keys[i] = w_None
        self.values[i] = w_None
        self.count -= 1
        if self.count == 0:
            self.clear()
        elif len(self.keys) > 16 and self.count * 2 < len(self.keys):
            self.compact()

    def compact(self) -> None:
        keys = self.keys
        values = self.values
        alive = self.alive
        self.clear()
        for i in range(len(keys)):
            if alive[i]:
                self.set(keys[i], values[i])

    def clear(self) -> None:
        self.keys = []
        self.values = []
        self.alive = []
        self.index = {}
        self.count = 0

    def copy(self) -> "OrderedTable":
        t = OrderedTable()
        for i in range(len(self.keys)):
            if self.alive[i]:
                t.set(self.keys[i], self.values[i])
        return t

    def live_keys(self) -> list[W_Root]:
        out: list[W_Root] = []
        for i in range(len(self.keys)):
            if self.alive[i]:
                out.append(self.keys[i])
        return out

    def live_values(self) -> list[W_Root]:
        out: list[W_Root] = []
        for i in range(len(self.keys)):
            if self.alive[i]:
                out.append(self.values[i])
        return out


class W_Dict(W_Root):
    def __init__(self) -> None:
        self.table = OrderedTable()

    def get_type(self) -> W_Type:
        return w_dict_type

    def is_true(self) -> bool:
        return self.table.count > 0

    def repr(self) -> str:
        if not repr_enter(self):
            return "{...}"
        try:
            parts: list[str] = []
            t = self.table
            for i in range(len(t.keys)):
                if t.alive[i]:
                    parts.append(t.keys[i].repr() + ": " + t.values[i].repr())
            return "{" + ", ".join(parts) + "}"
        finally:
            repr_leave()

    def hash(self) -> int:
        raise oefmt(w_TypeError, "unhashable type: 'dict'")

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if op == ops.OR and isinstance(w_other, W_Dict):
            w_res = W_Dict()
            if reflected:
                w_res.table = w_other.table.copy()
                w_res.update_from(self)
            else:
                w_res.table = self.table.copy()
                w_res.update_from(w_other)
            return w_res
        return None

    def update_from(self, w_other: "W_Dict") -> None:
        t = w_other.table
        for i in range(len(t.keys)):
            if t.alive[i]:
                self.table.set(t.keys[i], t.values[i])

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if isinstance(w_other, W_Dict) and (op == ops.EQ or op == ops.NE):
            same = self.table.count == w_other.table.count
            if same:
                t = self.table
                for i in range(len(t.keys)):
                    if t.alive[i]:
                        w_v = w_other.table.get(t.keys[i])
                        if w_v is None or not eq_w(t.values[i], w_v):
                            same = False
                            break
            if op == ops.EQ:
                return bool_w(same)
            return bool_w(not same)
        return None

    def getitem(self, w_key: W_Root) -> W_Root:
        w_v = self.table.get(w_key)
        if w_v is None:
            raise oe_args(w_KeyError, [w_key])
        return w_v

    def setitem(self, w_key: W_Root, w_value: W_Root) -> None:
        self.table.set(w_key, w_value)

    def delitem(self, w_key: W_Root) -> None:
        i = self.table.lookup(w_key)
        if i < 0:
            raise oe_args(w_KeyError, [w_key])
        self.table.remove_at(i)

    def iterate(self) -> "W_Iterator":
        return W_DictIterator(self, 0)

    def length(self) -> int:
        return self.table.count

    def contains(self, w_item: W_Root) -> bool:
        return self.table.lookup(w_item) >= 0


class W_DictView(W_Root):
    """dict.keys() / values() / items(): kind 0, 1, 2."""

    def __init__(self, w_dict: W_Dict, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind

    def get_type(self) -> W_Type:
        if self.kind == 0:
            return w_dict_keys_type
        if self.kind == 1:
            return w_dict_values_type
        return w_dict_items_type

    def iterate(self) -> "W_Iterator":
        return W_DictIterator(self.w_dict, self.kind)

    def length(self) -> int:
        return self.w_dict.table.count

    def contains(self, w_item: W_Root) -> bool:
        if self.kind == 0:
            return self.w_dict.table.lookup(w_item) >= 0
        if self.kind == 2 and isinstance(w_item, W_Tuple) and len(w_item.items) == 2:
            w_v = self.w_dict.table.get(w_item.items[0])
            return w_v is not None and eq_w(w_v, w_item.items[1])
        return W_Root.contains(self, w_item)

    def is_true(self) -> bool:
        return self.w_dict.table.count > 0

    def repr(self) -> str:
        items = list_of(self)
        return self.type_name() + "(" + seq_repr(items, "[", "]") + ")"

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if self.kind == 0 and isinstance(w_other, W_DictView) and w_other.kind == 0:
            if op == ops.EQ or op == ops.NE:
                same = self.length() == w_other.length()
                if same:
                    for w_k in self.w_dict.table.live_keys():
                        if not w_other.w_dict.table.lookup(w_k) >= 0:
                            same = False
                            break
                return bool_w(same == (op == ops.EQ))
        return None


class W_Set(W_Root):
    def __init__(self, frozen: bool) -> None:
        self.table = OrderedTable()
        self.frozen = frozen

    def get_type(self) -> W_Type:
        if self.frozen:
            return w_frozenset_type
        return w_set_type

    def add(self, w_item: W_Root) -> None:
        self.table.set(w_item, w_item)

    def is_true(self) -> bool:
        return self.table.count > 0

    def repr(self) -> str:
        items = self.table.live_keys()
        if self.frozen:
            if len(items) == 0:
                return "frozenset()"
            return "frozenset(" + seq_repr(items, "{", "}") + ")"
        if len(items) == 0:
            return "set()"
        return seq_repr(items, "{", "}")

    def hash(self) -> int:
        if not self.frozen:
            raise oefmt(w_TypeError, "unhashable type: 'set'")
        h = 0
        for w_k in self.table.live_keys():
            h ^= hash_of(w_k)
        return hash_int(intmask(h * 1000003 + self.table.count))

    def iterate(self) -> "W_Iterator":
        return W_TupleIterator(self.table.live_keys())

    def length(self) -> int:
        return self.table.count

    def contains(self, w_item: W_Root) -> bool:
        return self.table.lookup(w_item) >= 0

    def binary_op(self, op: int, w_other: W_Root, reflected: bool) -> W_Root | None:
        if not isinstance(w_other, W_Set):
            return None
        w_a: W_Set = self
        w_b: W_Set = w_other
        if reflected:
            w_a = w_other
            w_b = self
        w_res = W_Set(w_a.frozen)
        if op == ops.OR:
            for w_k in w_a.table.live_keys():
                w_res.add(w_k)
            for w_k in w_b.table.live_keys():
                w_res.add(w_k)
            return w_res
        if op == ops.AND:
            for w_k in w_a.table.live_keys():
                if w_b.contains(w_k):
                    w_res.add(w_k)
            return w_res
        if op == ops.SUB:
            for w_k in w_a.table.live_keys():
                if not w_b.contains(w_k):
                    w_res.add(w_k)
            return w_res
        if op == ops.XOR:
            for w_k in w_a.table.live_keys():
                if not w_b.contains(w_k):
                    w_res.add(w_k)
            for w_k in w_b.table.live_keys():
                if not w_a.contains(w_k):
                    w_res.add(w_k)
            return w_res
        return None

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if not isinstance(w_other, W_Set):
            return None
        sub = True
        for w_k in self.table.live_keys():
            if not w_other.contains(w_k):
                sub = False
                break
        sup = True
        for w_k in w_other.table.live_keys():
            if not self.contains(w_k):
                sup = False
                break
        if op == ops.EQ:
            return bool_w(sub and sup)
        if op == ops.NE:
            return bool_w(not (sub and sup))
        if op == ops.LE:
            return bool_w(sub)
        if op == ops.GE:
            return bool_w(sup)
        if op == ops.LT:
            return bool_w(sub and not sup)
        return bool_w(sup and not sub)


# ====================================================================== range

class W_Range(W_Root):
    def __init__(self, start: int, stop: int, step: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0:
            if start < stop:
                self.len = (stop - start - 1) // step + 1
            else:
                self.len = 0
        else:
            if start > stop:
                self.len = (start - stop - 1) // (-step) + 1
            else:
                self.len = 0

    def get_type(self) -> W_Type:
        return w_range_type

    def repr(self) -> str:
        if self.step == 1:
            return "range(" + str(self.start) + ", " + str(self.stop) + ")"
        return ("range(" + str(self.start) + ", " + str(self.stop) + ", " +
                str(self.step) + ")")

    def is_true(self) -> bool:
        return self.len > 0

    def length(self) -> int:
        return self.len

    def item(self, i: int) -> int:
        return self.start + i * self.step

    def getitem(self, w_key: W_Root) -> W_Root:
        if isinstance(w_key, W_Slice):
            start, stop, step, n = w_key.indices(self.len)
            new_step = self.step * step
            new_start = self.item(start)
            return W_Range(new_start, new_start + n * new_step, new_step)
        i = normalize_index(index_of(w_key, "range"), self.len)
        if i < 0:
            raise oefmt(w_IndexError, "range object index out of range")
        return W_Int(self.item(i))

    def iterate(self) -> "W_Iterator":
        return W_RangeIterator(self.start, self.step, self.len)

    def contains(self, w_item: W_Root) -> bool:
        if isinstance(w_item, W_Int):
            v = w_item.intval
            if self.step > 0:
                if v < self.start or v >= self.stop:
                    return False
            else:
                if v > self.start or v <= self.stop:
                    return False
            return (v - self.start) % self.step == 0
        return W_Root.contains(self, w_item)

    def compare(self, op: int, w_other: W_Root) -> W_Root | None:
        if isinstance(w_other, W_Range) and (op == ops.EQ or op == ops.NE):
            same = self.len == w_other.len
            if same and self.len > 0:
                same = self.start == w_other.start
                if same and self.len > 1:
                    same = self.step == w_other.step
            return bool_w(same == (op == ops.EQ))
        return None

    def hash(self) -> int:
        return hash_int(intmask(self.len * 1000003 + self.start * 31 + self.step))

    def getattr(self, name: str) -> W_Root | None:
        if name == "start":
            return W_Int(self.start)
        if name == "stop":
            return W_Int(self.stop)
        if name == "step":
            return W_Int(self.step)
        return W_Root.getattr(self, name)


# ====================================================================== iterators

class W_Iterator(W_Root):
    """Base of iterators: next() returns None when exhausted."""

    def next(self) -> W_Root | None:
        return None

    def get_type(self) -> W_Type:
        return w_iterator_type

    def iterate(self) -> "W_Iterator":
        return self


class W_ListIterator(W_Iterator):
    def __init__(self, w_list: W_List) -> None:
        self.w_list = w_list
        self.pos = 0

    def get_type(self) -> W_Type:
        return w_list_iterator_type

    def next(self) -> W_Root | None:
        items = self.w_list.items
        if self.pos >= len(items):
            self.pos = MAXINT
            return None
        w = items[self.pos]
        self.pos += 1
        return w


class W_TupleIterator(W_Iterator):
    """Iterator over a fixed list of items (tuples, sets, snapshots)."""

    def __init__(self, items: list[W_Root]) -> None:
        self.items = items
        self.pos = 0

    def get_type(self) -> W_Type:
        return w_tuple_iterator_type

    def next(self) -> W_Root | None:
        if self.pos >= len(self.items):
            return None
        w = self.items[self.pos]
        self.pos += 1
        return w


class W_StrIterator(W_Iterator):
    def __init__(self, value: str) -> None:
        self.value = value
        self.pos = 0

    def get_type(self) -> W_Type:
        return w_str_iterator_type

    def next(self) -> W_Root | None:
        if self.pos >= len(self.value):
            return None
        c = self.value[self.pos]
        self.pos += 1
        return W_Str(c)


class W_RangeIterator(W_Iterator):
    def __init__(self, start: int, step: int, count: int) -> None:
        self.current = start
        self.step = step
        self.remaining = count

    def get_type(self) -> W_Type:
        return w_range_iterator_type

    def next(self) -> W_Root | None:
        if self.remaining <= 0:
            return None
        v = self.current
        self.remaining -= 1
        if self.remaining > 0:
            self.current = v + self.step
        return W_Int(v)


class W_DictIterator(W_Iterator):
    """kind 0 keys, 1 values, 2 items."""

    def __init__(self, w_dict: W_Dict, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind
        self.pos = 0
        self.size = w_dict.table.count

    def get_type(self) -> W_Type:
        if self.kind == 0:
            return w_dict_keyiterator_type
        if self.kind == 1:
            return w_dict_valueiterator_type
        return w_dict_itemiterator_type

    def next(self) -> W_Root | None:
        t = self.w_dict.table
        if t.count != self.size:
            self.size = -1
            raise oefmt(w_RuntimeError, "dictionary changed size during iteration")
        while self.pos < len(t.keys):
            i = self.pos
            self.pos += 1
            if t.alive[i]:
                if self.kind == 0:
                    return t.keys[i]
                if self.kind == 1:
                    return t.values[i]
                return W_Tuple([t.keys[i], t.values[i]])
        return None


class W_EnumerateIterator(W_Iterator):
    def __init__(self, w_iter: W_Iterator, start: int) -> None:
        self.w_iter = w_iter
        self.count = start

    def get_type(self) -> W_Type:
        return w_enumerate_type

    def next(self) -> W_Root | None:
        w = self.w_iter.next()
        if w is None:
            return None
        i = self.count
        self.count += 1
        return W_Tuple([W_Int(i), w])


class W_ZipIterator(W_Iterator):
    def __init__(self, iters: list[W_Iterator]) -> None:
        self.iters = iters

    def get_type(self) -> W_Type:
        return w_zip_type

    def next(self) -> W_Root | None:
        if len(self.iters) == 0:
            return None
        out: list[W_Root] = []
        for w_it in self.iters:
            w = w_it.next()
            if w is None:
                return None
            out.append(w)
        return W_Tuple(out)


class W_MapIterator(W_Iterator):
    def __init__(self, w_func: W_Root, iters: list[W_Iterator]) -> None:
        self.w_func = w_func
        self.iters = iters

    def get_type(self) -> W_Type:
        return w_map_type

    def next(self) -> W_Root | None:
        args: list[W_Root] = []
        for w_it in self.iters:
            w = w_it.next()
            if w is None:
                return None
            args.append(w)
        return self.w_func.call(args, [], [])


class W_FilterIterator(W_Iterator):
    def __init__(self, w_func: W_Root, w_iter: W_Iterator) -> None:
        self.w_func = w_func
        self.w_iter = w_iter

    def get_type(self) -> W_Type:
        return w_filter_type

    def next(self) -> W_Root | None:
        while True:
            w = self.w_iter.next()
            if w is None:
                return None
            if self.w_func is w_None:
                ok = is_true(w)
            else:
                ok = is_true(self.w_func.call([w], [], []))
            if ok:
                return w


class W_ReversedIterator(W_Iterator):
    """reversed() of a sequence with length/getitem."""

    def __init__(self, w_seq: W_Root, n: int) -> None:
        self.w_seq = w_seq
        self.pos = n - 1

    def get_type(self) -> W_Type:
        return w_reversed_type

    def next(self) -> W_Root | None:
        if self.pos < 0:
            return None
        if isinstance(self.w_seq, W_List) and self.pos >= len(self.w_seq.items):
            self.pos = -1
            return None
        w = self.w_seq.getitem(W_Int(self.pos))
        self.pos -= 1
        return w


# ====================================================================== callables

class W_Callable(W_Root):
    """Anything callable: builtins, user functions (evaluator), bound methods."""

    def call(self, args: list[W_Root], kwnames: list[str],
             kwvalues: list[W_Root]) -> W_Root:
        raise oefmt(w_TypeError, "'" + self.type_name() + "' object is not callable")

    def is_callable(self) -> bool:
        return True

    def bind(self, w_self: W_Root) -> W_Root:
        """Bound method of w_self (used for type methods found by getattr)."""
        return W_BoundMethod(w_self, self)


class W_BuiltinFunction(W_Callable):
    """A builtin: fn(args, kwnames, kwvalues). For methods, args[0] is self."""

    def __init__(self, name: str, fn: BuiltinFn) -> None:
        self.name = name
        self.fn = fn
        self.owner = ""      # type name for methods ("" for plain functions)

    def get_type(self) -> W_Type:
        return w_builtin_function_type

    def call(self, args: list[W_Root], kwnames: list[str],
             kwvalues: list[W_Root]) -> W_Root:
        return self.fn(args, kwnames, kwvalues)

    def repr(self) -> str:
        if self.owner != "":
            return "<method '" + self.name + "' of '" + self.owner + "' objects>"
        return "<built-in function " + self.name + ">"

    def getattr(self, name: str) -> W_Root | None:
        if name == "__name__" or name == "__qualname__":
            return W_Str(self.name)
        return W_Root.getattr(self, name)


class W_BoundMethod(W_Callable):
    def __init__(self, w_self: W_Root, w_func: W_Root) -> None:
        self.w_self = w_self
        self.w_func = w_func

    def get_type(self) -> W_Type:
        if isinstance(self.w_func, W_BuiltinFunction):
            return w_builtin_function_type
        return w_method_type

    def call(self, args: list[W_Root], kwnames: list[str],
             kwvalues: list[W_Root]) -> W_Root:
        full: list[W_Root] = [self.w_self]
        full.extend(args)
        return self.w_func.call(full, kwnames, kwvalues)

    def repr(self) -> str:
        w_f = self.w_func
        if isinstance(w_f, W_BuiltinFunction):
            return ("<built-in method " + w_f.name + " of " + self.w_self.type_name() +
                    " object at " + hex_id(self.w_self) + ">")
        return "<bound method of " + self.w_self.repr() + ">"

    def getattr(self, name: str) -> W_Root | None:
        if name == "__self__":
            return self.w_self
        if name == "__func__":
            return self.w_func
        return self.w_func.getattr(name)

    def bind(self, w_self: W_Root) -> W_Root:
        return self


class W_Module(W_Root):
    """A module: a name and a dict of attributes (math, numpy, ...)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.attrs: dict[str, W_Root] = {}

    def get_type(self) -> W_Type:
        return w_module_type

    def repr(self) -> str:
        return "<module '" + self.name + "'>"

    def getattr(self, name: str) -> W_Root | None:
        w = self.attrs.get(name)
        if w is not None:
            return w
        if name == "__name__":
            return W_Str(self.name)
        return None

    def setattr(self, name: str, w_value: W_Root) -> bool:
        self.attrs[name] = w_value
        return True

    def add(self, name: str, w_value: W_Root) -> None:
        self.attrs[name] = w_value

    def add_function(self, name: str, fn: BuiltinFn) -> None:
        self.attrs[name] = W_BuiltinFunction(name, fn)


def add_method(w_type: W_Type, name: str, fn: BuiltinFn) -> None:
    """Register a builtin method on a type; fn gets self as args[0]."""
    w_f = W_BuiltinFunction(name, fn)
    w_f.owner = w_type.name
    w_type.methods[name] = w_f


# ====================================================================== dispatch

def binary_op(op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
    w_r = w_a.binary_op(op, w_b, False)
    if w_r is not None:
        return w_r
    w_r = w_b.binary_op(op, w_a, True)
    if w_r is not None:
        return w_r
    return _binop_fail(op, w_a, w_b, "")


def _binop_fail(op: int, w_a: W_Root, w_b: W_Root, suffix: str) -> W_Root:
    w_r = w_a.binop_fallback(op, w_b, False)
    if w_r is not None:
        return w_r
    w_r = w_b.binop_fallback(op, w_a, True)
    if w_r is not None:
        return w_r
    sym = ops.BINOP_SYMBOLS[op] + suffix
    if op == ops.POW and suffix == "":
        sym = "** or pow()"
    raise oefmt(w_TypeError, "unsupported operand type(s) for " + sym + ": '" +
                w_a.type_name() + "' and '" + w_b.type_name() + "'")


def inplace_op(op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
    w_r = w_a.inplace_op(op, w_b)
    if w_r is not None:
        return w_r
    w_r = w_a.binary_op(op, w_b, False)
    if w_r is not None:
        return w_r
    w_r = w_b.binary_op(op, w_a, True)
    if w_r is not None:
        return w_r
    return _binop_fail(op, w_a, w_b, "=")


def unary_op(op: int, w_a: W_Root) -> W_Root:
    if op == ops.NOT:
        return bool_w(not is_true(w_a))
    w_r = w_a.unary_op(op)
    if w_r is not None:
        return w_r
    raise oefmt(w_TypeError, "bad operand type for unary " + ops.UNARY_SYMBOLS[op] +
                ": '" + w_a.type_name() + "'")


def compare(op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
    if op == ops.IS:
        return bool_w(is_same(w_a, w_b))
    if op == ops.IS_NOT:
        return bool_w(not is_same(w_a, w_b))
    if op == ops.IN:
        return bool_w(w_b.contains(w_a))
    if op == ops.NOT_IN:
        return bool_w(not w_b.contains(w_a))
    w_r = w_a.compare(op, w_b)
    if w_r is not None:
        return w_r
    w_r = w_b.compare(ops.CMP_SWAPPED[op], w_a)
    if w_r is not None:
        return w_r
    if op == ops.EQ:
        return bool_w(w_a is w_b)
    if op == ops.NE:
        return bool_w(w_a is not w_b)
    raise oefmt(w_TypeError, "'" + ops.CMP_SYMBOLS[op] +
                "' not supported between instances of '" + w_a.type_name() +
                "' and '" + w_b.type_name() + "'")


def is_same(w_a: W_Root, w_b: W_Root) -> bool:
    """The `is` operator (small ints/bools/strs by value, as CPython's caches do)."""
    if w_a is w_b:
        return True
    if isinstance(w_a, W_Bool) or isinstance(w_b, W_Bool):
        return False
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return (w_a.get_type() is w_b.get_type() and w_a.intval == w_b.intval and
                -5 <= w_a.intval <= 256)
    return False


def eq_w(w_a: W_Root, w_b: W_Root) -> bool:
    if w_a is w_b:
        return True
    return is_true(compare(ops.EQ, w_a, w_b))


def lt_w(w_a: W_Root, w_b: W_Root) -> bool:
    return is_true(compare(ops.LT, w_a, w_b))


def is_true(w: W_Root) -> bool:
    return w.is_true()


def hash_of(w: W_Root) -> int:
    return w.hash()


def list_of(w: W_Root) -> list[W_Root]:
    """Items of any iterable as a new list."""
    if isinstance(w, W_List) or isinstance(w, W_Tuple):
        return list(w.items)
    out: list[W_Root] = []
    w_it = w.iterate()
    while True:
        w_x = w_it.next()
        if w_x is None:
            return out
        out.append(w_x)


def new_tuple(items: list[W_Root]) -> W_Tuple:
    return W_Tuple(items)


def new_list(items: list[W_Root]) -> W_List:
    return W_List(items)
