"""The object space: the public operations of the mnpy object model.

The evaluator calls only these functions (plus the W_ classes' constructors
and the wrap_*/new_* helpers). Dispatch follows CPython: binary_op tries the
left operand, then the reflected right one, then raises CPython's TypeError.
Importing this module also registers the methods of the built-in types.
"""

from interp import ops
from interp import objects
from interp.objects import (
    W_Root, W_Type, W_Int, W_Bool, W_Float, W_Str, W_List, W_Tuple, W_Dict,
    W_Set, W_Range, W_Slice, W_Iterator, W_Callable, W_BuiltinFunction,
    W_BoundMethod, W_Module, W_BaseException, W_NoneType,
    OperationError, oefmt, oe_args,
    w_None, w_True, w_False, w_NotImplemented, bool_w,
    binary_op, inplace_op, unary_op, compare, eq_w, lt_w, is_true, hash_of,
    list_of, is_same,
)
from interp import strmethods
from interp import collmethods
from interp import builtins
from interp import mathmodule

__all__ = [
    "ops", "objects", "W_Root", "W_Type", "W_Int", "W_Bool", "W_Float",
    "W_Str", "W_List", "W_Tuple", "W_Dict", "W_Set", "W_Range", "W_Slice",
    "W_Iterator", "W_Callable", "W_BuiltinFunction", "W_BoundMethod",
    "W_Module", "W_BaseException", "W_NoneType", "OperationError", "oefmt",
    "oe_args", "w_None", "w_True", "w_False", "w_NotImplemented", "bool_w",
    "binary_op", "inplace_op", "unary_op", "compare", "eq_w", "lt_w",
    "is_true", "hash_of", "list_of", "is_same", "strmethods", "collmethods",
    "builtins", "mathmodule",
]


# ---------------------------------------------------------------- wrapping

def wrap_int(i: int) -> W_Int:
    return W_Int(i)


def wrap_float(f: float) -> W_Float:
    return W_Float(f)


def wrap_str(s: str) -> W_Str:
    return W_Str(s)


def wrap_bool(b: bool) -> W_Bool:
    return bool_w(b)


def new_list(items: list[W_Root]) -> W_List:
    return W_List(items)


def new_tuple(items: list[W_Root]) -> W_Tuple:
    return W_Tuple(items)


def new_dict() -> W_Dict:
    return W_Dict()


def new_dict_from(keys: list[W_Root], values: list[W_Root]) -> W_Dict:
    w_d = W_Dict()
    for i in range(len(keys)):
        w_d.setitem(keys[i], values[i])
    return w_d


def new_set(items: list[W_Root]) -> W_Set:
    w_s = W_Set(False)
    for w in items:
        w_s.add(w)
    return w_s


def new_slice(w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_Slice:
    """Missing parts are w_None."""
    return W_Slice(w_start, w_stop, w_step)


# ---------------------------------------------------------------- protocol

def repr_of(w: W_Root) -> str:
    return w.repr()


def str_of(w: W_Root) -> str:
    return w.str()


def getitem(w: W_Root, w_key: W_Root) -> W_Root:
    return w.getitem(w_key)


def setitem(w: W_Root, w_key: W_Root, w_value: W_Root) -> None:
    w.setitem(w_key, w_value)


def delitem(w: W_Root, w_key: W_Root) -> None:
    w.delitem(w_key)


def getattr(w: W_Root, name: str) -> W_Root:
    """w.name, raising CPython's AttributeError."""
    if name == "__class__":
        return w.get_type()
    w_r = w.getattr(name)
    if w_r is not None:
        return w_r
    raise attribute_error(w, name)


def lookup_attr(w: W_Root, name: str) -> W_Root | None:
    """w.name or None (hasattr / getattr with default)."""
    if name == "__class__":
        return w.get_type()
    return w.getattr(name)


def attribute_error(w: W_Root, name: str) -> OperationError:
    if isinstance(w, W_Module):
        return oefmt(objects.w_AttributeError, "module '" + w.name +
                     "' has no attribute '" + name + "'")
    if isinstance(w, W_Type):
        return oefmt(objects.w_AttributeError, "type object '" + w.name +
                     "' has no attribute '" + name + "'")
    return oefmt(objects.w_AttributeError, "'" + w.type_name() +
                 "' object has no attribute '" + name + "'")


def setattr(w: W_Root, name: str, w_value: W_Root) -> None:
    if not w.setattr(name, w_value):
        if isinstance(w, W_Type) and w.module == "builtins":
            raise oefmt(objects.w_TypeError, "cannot set '" + name +
                        "' attribute of immutable type '" + w.name + "'")
        raise attribute_error(w, name)


def iterate(w: W_Root) -> W_Iterator:
    return w.iterate()


def next_of(w_iter: W_Iterator) -> W_Root:
    """next(it): raises StopIteration when exhausted."""
    w = w_iter.next()
    if w is None:
        raise oe_args(objects.w_StopIteration, [])
    return w


def len_of(w: W_Root) -> int:
    return w.length()


def contains(w_container: W_Root, w_item: W_Root) -> bool:
    return w_container.contains(w_item)


def format_value(w: W_Root, spec: str) -> str:
    """format(w, spec) / f-string {w:spec}."""
    return w.format(spec)


def call(w: W_Root, args: list[W_Root], kwnames: list[str],
         kwvalues: list[W_Root]) -> W_Root:
    return w.call(args, kwnames, kwvalues)


def call_args(w: W_Root, args: list[W_Root]) -> W_Root:
    return w.call(args, [], [])


def unpack(w: W_Root, n: int) -> list[W_Root]:
    """Tuple-unpacking `a, b = w` with CPython's errors."""
    if isinstance(w, W_List) or isinstance(w, W_Tuple):
        items = w.items
        if len(items) == n:
            return list(items)
        if len(items) > n:
            raise oefmt(objects.w_ValueError, "too many values to unpack (expected " +
                        str(n) + ")")
        raise oefmt(objects.w_ValueError, "not enough values to unpack (expected " +
                    str(n) + ", got " + str(len(items)) + ")")
    try:
        w_it = w.iterate()
    except OperationError as e:
        if e.match(objects.w_TypeError):
            raise oefmt(objects.w_TypeError, "cannot unpack non-iterable " +
                        w.type_name() + " object")
        raise
    out: list[W_Root] = []
    while True:
        w_x = w_it.next()
        if w_x is None:
            break
        if len(out) == n:
            raise oefmt(objects.w_ValueError, "too many values to unpack (expected " +
                        str(n) + ")")
        out.append(w_x)
    if len(out) < n:
        raise oefmt(objects.w_ValueError, "not enough values to unpack (expected " +
                    str(n) + ", got " + str(len(out)) + ")")
    return out


# ---------------------------------------------------------------- exceptions

def exception_matches(w_exc: W_BaseException, w_spec: W_Root) -> bool:
    """`except SPEC:` test; SPEC a class or a tuple of classes."""
    if isinstance(w_spec, W_Type):
        return w_exc.w_type.is_subtype(w_spec)
    if isinstance(w_spec, W_Tuple):
        for w_t in w_spec.items:
            if exception_matches(w_exc, w_t):
                return True
        return False
    raise oefmt(objects.w_TypeError,
                "catching classes that do not inherit from BaseException is not allowed")


def make_exception(w_value: W_Root) -> OperationError:
    """`raise X` where X is an exception class or instance."""
    if isinstance(w_value, W_BaseException):
        return OperationError(w_value)
    if isinstance(w_value, W_Type) and w_value.is_exception:
        w_inst = w_value.call([], [], [])
        if isinstance(w_inst, W_BaseException):
            return OperationError(w_inst)
    raise oefmt(objects.w_TypeError, "exceptions must derive from BaseException")


def exception_line(e: OperationError) -> str:
    """The last traceback line: 'ValueError: msg' (or just the name if no message)."""
    w_exc = e.w_exc
    name = w_exc.w_type.name
    if w_exc.w_type.module != "builtins":
        name = w_exc.w_type.module + "." + name
    msg = w_exc.str()
    if msg == "":
        return name
    return name + ": " + msg


def register_exception_type(w_type: W_Type) -> None:
    """Make an exception class visible as a builtin name (numpy ones go in their module)."""
    builtins.BUILTINS.add(w_type.name, w_type)


def isinstance_w(w: W_Root, w_type: W_Type) -> bool:
    return w.get_type().is_subtype(w_type)


def builtin_module() -> W_Module:
    """The builtins namespace (print, len, int, ValueError, ...)."""
    return builtins.BUILTINS


def import_builtin_module(name: str) -> W_Module | None:
    """Modules provided by the object model ('math'); None if unknown."""
    return builtins.MODULES.get(name)


def register_module(w_mod: W_Module) -> None:
    """Register a module for `import NAME` (numpy bridge: register_module(np_module))."""
    builtins.MODULES[w_mod.name] = w_mod
