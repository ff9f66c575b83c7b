"""Builtin functions and the builtins module of mnpy."""

import math
import os

from rpy.rarithmetic import MAXINT, MININT, intmask
from interp import ops
from interp import objects
from interp import formatting
from interp import argutil
from interp import collmethods
from interp.objects import (
    W_Root, W_Type, W_Int, W_Bool, W_Float, W_Str, W_List, W_Tuple, W_Dict,
    W_Set, W_Range, W_Slice, W_Iterator, W_Module, W_BaseException,
    W_BuiltinFunction, W_DictView,
    W_EnumerateIterator, W_ZipIterator, W_MapIterator, W_FilterIterator,
    W_ReversedIterator, W_TupleIterator,
    OperationError, oefmt, oe_args, w_None, w_True, w_False, bool_w,
    w_TypeError, w_ValueError, w_OverflowError, w_ZeroDivisionError,
    w_StopIteration, w_IndexError, w_KeyError,
    binary_op, compare, eq_w, lt_w, is_true, hash_of, list_of, BuiltinFn,
)
from interp.argutil import (
    no_kw, check_count, check_kw, get_kw, int_arg, float_arg,
)


# ---------------------------------------------------------------- output

class _Output:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.size = 0


OUTPUT = _Output()


def write_stdout(s: str) -> None:
    """Buffered write to stdout; flush_stdout() before writing to stderr / exit."""
    OUTPUT.pieces.append(s)
    OUTPUT.size += len(s)
    if OUTPUT.size > 8192:
        flush_stdout()


def flush_stdout() -> None:
    if OUTPUT.size == 0 and len(OUTPUT.pieces) == 0:
        return
    data = "".join(OUTPUT.pieces)
    OUTPUT.pieces = []
    OUTPUT.size = 0
    b = data.encode("utf-8")
    while len(b) > 0:
        n = os.write(1, b)
        b = b[n:]


def b_print(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("print", kwnames, ["sep", "end", "file", "flush"])
    sep = " "
    end = "\n"
    w_sep = get_kw(kwnames, kwvalues, "sep")
    if w_sep is not None and w_sep is not w_None:
        if not isinstance(w_sep, W_Str):
            raise oefmt(w_TypeError, "sep must be None or a string, not " +
                        w_sep.type_name())
        sep = w_sep.value
    w_end = get_kw(kwnames, kwvalues, "end")
    if w_end is not None and w_end is not w_None:
        if not isinstance(w_end, W_Str):
            raise oefmt(w_TypeError, "end must be None or a string, not " +
                        w_end.type_name())
        end = w_end.value
    parts: list[str] = []
    for w in args:
        parts.append(w.str())
    write_stdout(sep.join(parts) + end)
    w_flush = get_kw(kwnames, kwvalues, "flush")
    if w_flush is not None and is_true(w_flush):
        flush_stdout()
    return w_None


# ---------------------------------------------------------------- basics

def b_len(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("len", kwnames)
    check_count("len", args, 1, 1)
    return W_Int(args[0].length())


def b_repr(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("repr", kwnames)
    check_count("repr", args, 1, 1)
    return W_Str(args[0].repr())


def b_ascii(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("ascii", args, 1, 1)
    return W_Str(args[0].repr())


def b_id(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("id", args, 1, 1)
    return W_Int(objects.unique_id(args[0]))


def b_hash(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("hash", args, 1, 1)
    return W_Int(hash_of(args[0]))


def b_callable(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("callable", args, 1, 1)
    return bool_w(args[0].is_callable())


def b_abs(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("abs", kwnames)
    check_count("abs", args, 1, 1)
    w_r = args[0].abs()
    if w_r is None:
        raise oefmt(w_TypeError, "bad operand type for abs(): '" + args[0].type_name() + "'")
    return w_r


def b_format(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("format", args, 1, 2)
    spec = ""
    if len(args) == 2:
        spec = argutil.str_arg(args[1], "format() argument 2 must be str, not " +
                               args[1].type_name())
    return W_Str(args[0].format(spec))


def b_type(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    if len(args) != 1:
        raise oefmt(w_TypeError, "type() takes 1 or 3 arguments")
    return args[0].get_type()


def _isinstance_spec(w_t: W_Type, w_spec: W_Root, fname: str) -> bool:
    if isinstance(w_spec, W_Type):
        return w_t.is_subtype(w_spec)
    if isinstance(w_spec, W_Tuple):
        for w_x in w_spec.items:
            if _isinstance_spec(w_t, w_x, fname):
                return True
        return False
    raise oefmt(w_TypeError, fname + "() arg 2 must be a type, a tuple of types, or a union")


def b_isinstance(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("isinstance", kwnames)
    check_count("isinstance", args, 2, 2)
    return bool_w(_isinstance_spec(args[0].get_type(), args[1], "isinstance"))


def b_issubclass(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("issubclass", args, 2, 2)
    w_c = args[0]
    if not isinstance(w_c, W_Type):
        raise oefmt(w_TypeError, "issubclass() arg 1 must be a class")
    return bool_w(_isinstance_spec(w_c, args[1], "issubclass"))


def b_getattr(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("getattr", args, 2, 3)
    name = argutil.str_arg(args[1], "attribute name must be string, not '" +
                           args[1].type_name() + "'")
    if name == "__class__":
        return args[0].get_type()
    w_r = args[0].getattr(name)
    if w_r is not None:
        return w_r
    if len(args) == 3:
        return args[2]
    raise attr_error(args[0], name)


def attr_error(w: W_Root, name: str) -> OperationError:
    if isinstance(w, W_Module):
        return oefmt(objects.w_AttributeError, "module '" + w.name +
                     "' has no attribute '" + name + "'")
    if isinstance(w, W_Type):
        return oefmt(objects.w_AttributeError, "type object '" + w.name +
                     "' has no attribute '" + name + "'")
    return oefmt(objects.w_AttributeError, "'" + w.type_name() +
                 "' object has no attribute '" + name + "'")


def b_hasattr(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("hasattr", args, 2, 2)
    name = argutil.str_arg(args[1], "attribute name must be string, not '" +
                           args[1].type_name() + "'")
    if name == "__class__":
        return w_True
    return bool_w(args[0].getattr(name) is not None)


def b_setattr(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("setattr", args, 3, 3)
    name = argutil.str_arg(args[1], "attribute name must be string, not '" +
                           args[1].type_name() + "'")
    if not args[0].setattr(name, args[2]):
        raise attr_error(args[0], name)
    return w_None


# ---------------------------------------------------------------- iteration

def b_iter(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("iter", args, 1, 1)
    return args[0].iterate()


def b_next(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("next", args, 1, 2)
    w_it = args[0]
    if not isinstance(w_it, W_Iterator):
        raise oefmt(w_TypeError, "'" + w_it.type_name() + "' object is not an iterator")
    w = w_it.next()
    if w is None:
        if len(args) == 2:
            return args[1]
        raise oe_args(w_StopIteration, [])
    return w


def b_enumerate(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("enumerate", kwnames, ["iterable", "start"])
    w_start = get_kw(kwnames, kwvalues, "start")
    w_iterable = get_kw(kwnames, kwvalues, "iterable")
    items = list(args)
    if w_iterable is not None:
        items.insert(0, w_iterable)
    if w_start is not None:
        items.append(w_start)
    if len(items) < 1:
        raise oefmt(w_TypeError, "enumerate() missing required argument 'iterable' (pos 1)")
    if len(items) > 2:
        raise oefmt(w_TypeError, "enumerate() takes at most 2 arguments (" +
                    str(len(items)) + " given)")
    start = 0
    if len(items) == 2:
        start = int_arg(items[1])
    return W_EnumerateIterator(items[0].iterate(), start)


def b_zip(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("zip", kwnames, ["strict"])
    iters: list[W_Iterator] = []
    for i in range(len(args)):
        w = args[i]
        try:
            iters.append(w.iterate())
        except OperationError as e:
            if e.match(w_TypeError):
                raise oefmt(w_TypeError, "zip argument #" + str(i + 1) +
                            " must support iteration")
            raise
    return W_ZipIterator(iters)


def b_map(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("map", kwnames)
    if len(args) < 2:
        raise oefmt(w_TypeError, "map() must have at least two arguments.")
    iters: list[W_Iterator] = []
    for i in range(1, len(args)):
        iters.append(args[i].iterate())
    return W_MapIterator(args[0], iters)


def b_filter(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("filter", kwnames)
    check_count("filter", args, 2, 2)
    return W_FilterIterator(args[0], args[1].iterate())


def b_reversed(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("reversed", kwnames)
    check_count("reversed", args, 1, 1)
    w = args[0]
    if isinstance(w, W_Dict):
        keys = w.table.live_keys()
        keys.reverse()
        return W_TupleIterator(keys)
    if isinstance(w, W_DictView):
        items = list_of(w)
        items.reverse()
        return W_TupleIterator(items)
    if (isinstance(w, W_List) or isinstance(w, W_Tuple) or isinstance(w, W_Str) or
            isinstance(w, W_Range)):
        return W_ReversedIterator(w, w.length())
    w_rev = w.getattr("__reversed__")
    if w_rev is not None:
        return w_rev.call([], [], [])
    if w.getattr("__getitem__") is not None and w.getattr("__len__") is not None:
        return W_ReversedIterator(w, w.length())
    raise oefmt(w_TypeError, "'" + w.type_name() + "' object is not reversible")


def b_any(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("any", kwnames)
    check_count("any", args, 1, 1)
    w_it = args[0].iterate()
    while True:
        w = w_it.next()
        if w is None:
            return w_False
        if is_true(w):
            return w_True


def b_all(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("all", kwnames)
    check_count("all", args, 1, 1)
    w_it = args[0].iterate()
    while True:
        w = w_it.next()
        if w is None:
            return w_True
        if not is_true(w):
            return w_False


def b_sum(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("sum", kwnames, ["start"])
    check_count("sum", args, 1, 2)
    w_acc: W_Root = W_Int(0)
    if len(args) == 2:
        w_acc = args[1]
    w_start = get_kw(kwnames, kwvalues, "start")
    if w_start is not None:
        w_acc = w_start
    if isinstance(w_acc, W_Str):
        raise oefmt(w_TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(w_acc, W_List) or isinstance(w_acc, W_Tuple):
        pass
    w_it = args[0].iterate()
    while True:
        w = w_it.next()
        if w is None:
            return w_acc
        # fast paths keep float sums exact-as-CPython (plain double adds)
        if isinstance(w_acc, W_Float) and isinstance(w, W_Float):
            w_acc = W_Float(w_acc.floatval + w.floatval)
        else:
            w_acc = binary_op(ops.ADD, w_acc, w)


def _minmax(fname: str, args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root],
            op: int) -> W_Root:
    check_kw(fname, kwnames, ["key", "default"])
    w_key = get_kw(kwnames, kwvalues, "key")
    if w_key is w_None:
        w_key = None
    w_default = get_kw(kwnames, kwvalues, "default")
    if len(args) == 0:
        raise oefmt(w_TypeError, fname + " expected at least 1 argument, got 0")
    if len(args) == 1:
        items = list_of(args[0])
    else:
        if w_default is not None:
            raise oefmt(w_TypeError, "Cannot specify a default for " + fname +
                        "() with multiple positional arguments")
        items = list(args)
    if len(items) == 0:
        if w_default is not None:
            return w_default
        raise oefmt(w_ValueError, fname + "() arg is an empty sequence")
    w_best = items[0]
    w_best_key = w_best
    if w_key is not None:
        w_best_key = w_key.call([w_best], [], [])
    for i in range(1, len(items)):
        w = items[i]
        w_k = w
        if w_key is not None:
            w_k = w_key.call([w], [], [])
        if is_true(compare(op, w_k, w_best_key)):
            w_best = w
            w_best_key = w_k
    return w_best


def b_min(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _minmax("min", args, kwnames, kwvalues, ops.LT)


def b_max(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _minmax("max", args, kwnames, kwvalues, ops.GT)


def b_sorted(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("sorted", kwnames, ["key", "reverse"])
    if len(args) != 1:
        if len(args) == 0:
            raise oefmt(w_TypeError, "sorted expected 1 argument, got 0")
        raise oefmt(w_TypeError, "sorted expected 1 argument, got " + str(len(args)))
    items = list_of(args[0])
    w_key = get_kw(kwnames, kwvalues, "key")
    w_rev = get_kw(kwnames, kwvalues, "reverse")
    reverse = w_rev is not None and is_true(w_rev)
    return W_List(collmethods.sort_items(items, w_key, reverse))


# ---------------------------------------------------------------- numbers

def b_divmod(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("divmod", kwnames)
    check_count("divmod", args, 2, 2)
    w_a = args[0]
    w_b = args[1]
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        if w_b.intval == 0:
            raise oefmt(w_ZeroDivisionError, "integer division or modulo by zero")
        return W_Tuple([binary_op(ops.FLOORDIV, w_a, w_b), binary_op(ops.MOD, w_a, w_b)])
    if ((isinstance(w_a, W_Int) or isinstance(w_a, W_Float)) and
            (isinstance(w_b, W_Int) or isinstance(w_b, W_Float))):
        x = float_arg(w_a)
        y = float_arg(w_b)
        if y == 0.0:
            raise oefmt(w_ZeroDivisionError, "float divmod()")
        d, m = objects.float_floordiv_mod(x, y, "")
        return W_Tuple([W_Float(d), W_Float(m)])
    w_q = w_a.binary_op(ops.FLOORDIV, w_b, False)
    if w_q is None:
        w_q = w_b.binary_op(ops.FLOORDIV, w_a, True)
    if w_q is None:
        raise oefmt(w_TypeError, "unsupported operand type(s) for divmod(): '" +
                    w_a.type_name() + "' and '" + w_b.type_name() + "'")
    return W_Tuple([w_q, binary_op(ops.MOD, w_a, w_b)])


def _mulmod(a: int, b: int, m: int) -> int:
    # a, b in [0, m), m > 0; no 64-bit overflow
    if m <= 3037000499:
        return (a * b) % m
    result = 0
    a = a % m
    while b > 0:
        if b & 1:
            result = result + a
            if result >= m or result < 0:
                result -= m
        b >>= 1
        a2 = a + a
        if a2 >= m or a2 < 0:
            a2 -= m
        a = a2
    return result


def _modinv(a: int, m: int) -> int:
    # extended Euclid
    g = m
    x = 0
    x1 = 1
    aa = a % m
    while aa != 0:
        q = g // aa
        g, aa = aa, g - q * aa
        x, x1 = x1, x - q * x1
    if g != 1:
        raise oefmt(w_ValueError, "base is not invertible for the given modulus")
    return x % m


def b_pow(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("pow", kwnames, ["base", "exp", "mod"])
    items = list(args)
    for name in ["base", "exp", "mod"]:
        w = get_kw(kwnames, kwvalues, name)
        if w is not None:
            items.append(w)
    check_count("pow", items, 2, 3)
    if len(items) == 2 or items[2] is w_None:
        return binary_op(ops.POW, items[0], items[1])
    w_a = items[0]
    w_b = items[1]
    w_m = items[2]
    if not (isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and isinstance(w_m, W_Int)):
        raise oefmt(w_TypeError, "pow() 3rd argument not allowed unless all arguments "
                    "are integers")
    m = w_m.intval
    if m == 0:
        raise oefmt(w_ValueError, "pow() 3rd argument cannot be 0")
    neg_mod = m < 0
    if neg_mod:
        m = -m
    base = w_a.intval % m
    e = w_b.intval
    if e < 0:
        base = _modinv(base, m)
        e = -e
    result = 1 % m
    while e > 0:
        if e & 1:
            result = _mulmod(result, base, m)
        base = _mulmod(base, base, m)
        e >>= 1
    if neg_mod and result != 0:
        result -= m
    return W_Int(result)


def float_to_int(f: float) -> int:
    if math.isnan(f):
        raise oefmt(w_ValueError, "cannot convert float NaN to integer")
    if math.isinf(f):
        raise oefmt(w_OverflowError, "cannot convert float infinity to integer")
    if f >= 9223372036854775808.0 or f < -9223372036854775808.0:
        raise oefmt(w_OverflowError, "integer overflow")
    return int(f)


def round_half_even(x: float) -> float:
    r = objects.ffloor(x)
    diff = x - r
    if diff > 0.5:
        return r + 1.0
    if diff == 0.5:
        if math.fmod(r, 2.0) != 0.0:
            return r + 1.0
    return r


def b_round(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("round", kwnames, ["number", "ndigits"])
    items = list(args)
    w_n = get_kw(kwnames, kwvalues, "number")
    if w_n is not None:
        items.insert(0, w_n)
    w_nd = get_kw(kwnames, kwvalues, "ndigits")
    if w_nd is not None:
        items.append(w_nd)
    check_count("round", items, 1, 2)
    w_x = items[0]
    has_nd = len(items) == 2 and items[1] is not w_None
    if isinstance(w_x, W_Int):
        if not has_nd:
            return W_Int(w_x.intval)
        nd = int_arg(items[1])
        if nd >= 0:
            return W_Int(w_x.intval)
        if nd < -18:
            return W_Int(0)
        p = 1
        for k in range(-nd):
            p *= 10
        v = w_x.intval
        q = v // p
        r = v - q * p
        twice = 2 * r
        if twice > p or (twice == p and q % 2 == 1):
            q += 1
        return W_Int(objects.ovf(q * p))
    if isinstance(w_x, W_Float):
        x = w_x.floatval
        if not has_nd:
            return W_Int(float_to_int(round_half_even(x)))
        nd = int_arg(items[1])
        if math.isnan(x) or math.isinf(x) or x == 0.0:
            return W_Float(x)
        if nd >= 0:
            if nd > 320:
                return W_Float(x)
            s = formatting.format_fixed(x, nd)
            return W_Float(float(s))
        if nd < -308:
            return W_Float(math.copysign(0.0, x))
        if abs(x) >= 4503599627370496.0:
            text = formatting.format_fixed(abs(x), 0)
            rf = float(formatting.round_decimal_string(text, -nd))
            return W_Float(math.copysign(rf, x))
        p10 = math.pow(10.0, float(-nd))
        y = round_half_even(x / p10) * p10
        if y == 0.0:
            y = math.copysign(0.0, x)
        return W_Float(y)
    w_r = w_x.getattr("__round__")
    if w_r is not None:
        if has_nd:
            return w_r.call([items[1]], [], [])
        return w_r.call([], [], [])
    raise oefmt(w_TypeError, "type " + w_x.type_name() + " doesn't define __round__ method")


def b_chr(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("chr", args, 1, 1)
    i = int_arg(args[0])
    if i < 0 or i > 0x10FFFF:
        raise oefmt(w_ValueError, "chr() arg not in range(0x110000)")
    return W_Str(chr(i))


def b_ord(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("ord", args, 1, 1)
    w = args[0]
    if not isinstance(w, W_Str):
        raise oefmt(w_TypeError, "ord() expected string of length 1, but " +
                    w.type_name() + " found")
    if len(w.value) != 1:
        raise oefmt(w_TypeError, "ord() expected a character, but string of length " +
                    str(len(w.value)) + " found")
    return W_Int(ord(w.value))


def _base_str(args: list[W_Root], fname: str, base: int, prefix: str) -> W_Root:
    check_count(fname, args, 1, 1)
    v = int_arg(args[0])
    s = formatting.int_to_base(v, base)
    if s.startswith("-"):
        return W_Str("-" + prefix + s[1:])
    return W_Str(prefix + s)


def b_hex(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _base_str(args, "hex", 16, "0x")


def b_oct(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _base_str(args, "oct", 8, "0o")


def b_bin(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _base_str(args, "bin", 2, "0b")


# ---------------------------------------------------------------- int()/float() parsing

def _digit_value(c: str) -> int:
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 97 + 10
    if 65 <= o <= 90:
        return o - 65 + 10
    return 99


def parse_int(text: str, base: int) -> int:
    """int(text, base) with CPython's ValueError; base 0 means auto."""
    s = text.strip()
    err = oefmt(w_ValueError, "invalid literal for int() with base " + str(base) + ": " +
                objects.str_repr(text))
    negative = False
    i = 0
    n = len(s)
    if i < n and (s[i] == "+" or s[i] == "-"):
        negative = s[i] == "-"
        i += 1
    if i + 1 < n and s[i] == "0":
        c = s[i + 1].lower()
        if (c == "x" and (base == 16 or base == 0)) or \
                (c == "o" and (base == 8 or base == 0)) or \
                (c == "b" and (base == 2 or base == 0)):
            if base == 0:
                if c == "x":
                    base = 16
                elif c == "o":
                    base = 8
                else:
                    base = 2
            i += 2
            if i < n and s[i] == "_":
                i += 1
    if base == 0:
        base = 10
        # base-0 decimal: no leading zeros except 0 itself
        j = i
        if j < n and s[j] == "0":
            k = j
            while k < n and (s[k] == "0" or s[k] == "_"):
                k += 1
            if k != n:
                raise err
    if i >= n:
        raise err
    value = 0
    prev_us = True
    while i < n:
        c = s[i]
        if c == "_":
            if prev_us:
                raise err
            prev_us = True
            i += 1
            continue
        d = _digit_value(c)
        if d >= base:
            raise err
        prev_us = False
        if value > (MAXINT - d) // base:
            if negative and value * base - MAXINT - 1 == -d:
                value = MININT
                i += 1
                if i == n:
                    return value
            raise oefmt(w_OverflowError, "integer overflow")
        value = value * base + d
        i += 1
    if prev_us:
        raise err
    if negative:
        return -value
    return value


def _valid_float_text(s: str) -> bool:
    n = len(s)
    i = 0
    if i < n and (s[i] == "+" or s[i] == "-"):
        i += 1
    digits = 0
    prev_digit = False
    while i < n and (s[i].isdigit() or (s[i] == "_" and prev_digit)):
        if s[i] == "_":
            prev_digit = False
            if i + 1 >= n or not s[i + 1].isdigit():
                return False
        else:
            prev_digit = True
            digits += 1
        i += 1
    if i < n and s[i] == ".":
        i += 1
        prev_digit = False
        while i < n and (s[i].isdigit() or (s[i] == "_" and prev_digit)):
            if s[i] == "_":
                prev_digit = False
                if i + 1 >= n or not s[i + 1].isdigit():
                    return False
            else:
                prev_digit = True
                digits += 1
            i += 1
    if digits == 0:
        return False
    if i < n and (s[i] == "e" or s[i] == "E"):
        i += 1
        if i < n and (s[i] == "+" or s[i] == "-"):
            i += 1
        ed = 0
        while i < n and s[i].isdigit():
            i += 1
            ed += 1
        if ed == 0:
            return False
    return i == n


def parse_float(text: str) -> float:
    s = text.strip()
    low = s.lower()
    sign = 1.0
    body = low
    if body.startswith("+") or body.startswith("-"):
        if body.startswith("-"):
            sign = -1.0
        body = body[1:]
    if body == "inf" or body == "infinity":
        return sign * math.inf
    if body == "nan":
        return math.copysign(math.nan, sign)
    if not _valid_float_text(s):
        raise oefmt(w_ValueError, "could not convert string to float: " +
                    objects.str_repr(text))
    return float(s.replace("_", ""))


# ---------------------------------------------------------------- type constructors

def c_int(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("int", kwnames, ["base"])
    items = list(args)
    w_base = get_kw(kwnames, kwvalues, "base")
    if w_base is not None:
        items.append(w_base)
    if len(items) > 2:
        raise oefmt(w_TypeError, "int() takes at most 2 arguments (" +
                    str(len(items)) + " given)")
    if len(items) == 0:
        return W_Int(0)
    w = items[0]
    if len(items) == 2:
        base = int_arg(items[1])
        if base != 0 and (base < 2 or base > 36):
            raise oefmt(w_ValueError, "int() base must be >= 2 and <= 36, or 0")
        if not isinstance(w, W_Str):
            raise oefmt(w_TypeError, "int() can't convert non-string with explicit base")
        return W_Int(parse_int(w.value, base))
    if isinstance(w, W_Bool):
        return W_Int(w.intval)
    if isinstance(w, W_Int):
        return w
    if isinstance(w, W_Float):
        return W_Int(float_to_int(w.floatval))
    if isinstance(w, W_Str):
        return W_Int(parse_int(w.value, 10))
    w_i = w.int_conversion()
    if w_i is not None:
        return w_i
    w_m = w.getattr("__int__")
    if w_m is not None:
        return w_m.call([], [], [])
    try:
        return W_Int(w.to_index())
    except OperationError as e:
        if not e.match(w_TypeError):
            raise
    raise oefmt(w_TypeError, "int() argument must be a string, a bytes-like object "
                "or a real number, not '" + w.type_name() + "'")


def c_float(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("float", kwnames)
    check_count("float", args, 0, 1)
    if len(args) == 0:
        return W_Float(0.0)
    w = args[0]
    if isinstance(w, W_Float):
        return w
    if isinstance(w, W_Int):
        return W_Float(float(w.intval))
    if isinstance(w, W_Str):
        return W_Float(parse_float(w.value))
    try:
        return W_Float(w.to_float())
    except OperationError as e:
        if not e.match(w_TypeError):
            raise
    raise oefmt(w_TypeError, "float() argument must be a string or a real number, not '" +
                w.type_name() + "'")


def c_str(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_kw("str", kwnames, ["object"])
    w_o = get_kw(kwnames, kwvalues, "object")
    items = list(args)
    if w_o is not None:
        items.append(w_o)
    check_count("str", items, 0, 1)
    if len(items) == 0:
        return W_Str("")
    if isinstance(items[0], W_Str):
        return items[0]
    return W_Str(items[0].str())


def c_bool(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("bool", kwnames)
    check_count("bool", args, 0, 1)
    if len(args) == 0:
        return w_False
    return bool_w(is_true(args[0]))


def c_list(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("list", kwnames)
    check_count("list", args, 0, 1)
    if len(args) == 0:
        return W_List([])
    return W_List(list_of(args[0]))


def c_tuple(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("tuple", kwnames)
    check_count("tuple", args, 0, 1)
    if len(args) == 0:
        return W_Tuple([])
    if isinstance(args[0], W_Tuple):
        return args[0]
    return W_Tuple(list_of(args[0]))


def c_dict(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("dict", args, 0, 1)
    w_d = W_Dict()
    if len(args) == 1:
        collmethods.dict_update(w_d, args[0])
    for i in range(len(kwnames)):
        w_d.setitem(W_Str(kwnames[i]), kwvalues[i])
    return w_d


def c_set(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("set", kwnames)
    check_count("set", args, 0, 1)
    w_s = W_Set(False)
    if len(args) == 1:
        for w in list_of(args[0]):
            w_s.add(w)
    return w_s


def c_frozenset(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("frozenset", kwnames)
    check_count("frozenset", args, 0, 1)
    w_s = W_Set(True)
    if len(args) == 1:
        for w in list_of(args[0]):
            w_s.add(w)
    return w_s


def c_range(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("range", kwnames)
    if len(args) == 0:
        raise oefmt(w_TypeError, "range expected at least 1 argument, got 0")
    if len(args) > 3:
        raise oefmt(w_TypeError, "range expected at most 3 arguments, got " + str(len(args)))
    vals: list[int] = []
    for w in args:
        vals.append(int_arg(w))
    if len(vals) == 1:
        return W_Range(0, vals[0], 1)
    step = 1
    if len(vals) == 3:
        step = vals[2]
        if step == 0:
            raise oefmt(w_ValueError, "range() arg 3 must not be zero")
    return W_Range(vals[0], vals[1], step)


def c_slice(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    no_kw("slice", kwnames)
    check_count("slice", args, 1, 3)
    if len(args) == 1:
        return W_Slice(w_None, args[0], w_None)
    if len(args) == 2:
        return W_Slice(args[0], args[1], w_None)
    return W_Slice(args[0], args[1], args[2])


def c_object(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    check_count("object", args, 0, 0)
    return W_Root()


# ---------------------------------------------------------------- registry

BUILTINS = W_Module("builtins")
MODULES: dict[str, W_Module] = {}


def _fn(name: str, fn: BuiltinFn) -> None:
    BUILTINS.add_function(name, fn)


def _ctor(w_type: W_Type, fn: BuiltinFn) -> None:
    w_f = W_BuiltinFunction(w_type.name, fn)
    w_type.w_constructor = w_f
    BUILTINS.add(w_type.name, w_type)


def _setup() -> None:
    _fn("print", b_print)
    _fn("len", b_len)
    _fn("repr", b_repr)
    _fn("ascii", b_ascii)
    _fn("id", b_id)
    _fn("hash", b_hash)
    _fn("callable", b_callable)
    _fn("abs", b_abs)
    _fn("format", b_format)
    _fn("isinstance", b_isinstance)
    _fn("issubclass", b_issubclass)
    _fn("getattr", b_getattr)
    _fn("hasattr", b_hasattr)
    _fn("setattr", b_setattr)
    _fn("iter", b_iter)
    _fn("next", b_next)
    _fn("enumerate", b_enumerate)
    _fn("zip", b_zip)
    _fn("map", b_map)
    _fn("filter", b_filter)
    _fn("reversed", b_reversed)
    _fn("any", b_any)
    _fn("all", b_all)
    _fn("sum", b_sum)
    _fn("min", b_min)
    _fn("max", b_max)
    _fn("sorted", b_sorted)
    _fn("divmod", b_divmod)
    _fn("pow", b_pow)
    _fn("round", b_round)
    _fn("chr", b_chr)
    _fn("ord", b_ord)
    _fn("hex", b_hex)
    _fn("oct", b_oct)
    _fn("bin", b_bin)
    _ctor(objects.w_int_type, c_int)
    _ctor(objects.w_float_type, c_float)
    _ctor(objects.w_str_type, c_str)
    _ctor(objects.w_bool_type, c_bool)
    _ctor(objects.w_list_type, c_list)
    _ctor(objects.w_tuple_type, c_tuple)
    _ctor(objects.w_dict_type, c_dict)
    _ctor(objects.w_set_type, c_set)
    _ctor(objects.w_frozenset_type, c_frozenset)
    _ctor(objects.w_range_type, c_range)
    _ctor(objects.w_slice_type, c_slice)
    _ctor(objects.w_object_type, c_object)
    objects.w_type_type.w_constructor = W_BuiltinFunction("type", b_type)
    BUILTINS.add("type", objects.w_type_type)
    BUILTINS.add("None", w_None)
    BUILTINS.add("Ellipsis", objects.w_Ellipsis)
    BUILTINS.add("True", w_True)
    BUILTINS.add("False", w_False)
    BUILTINS.add("NotImplemented", objects.w_NotImplemented)
    for w_t in objects.EXCEPTION_TYPES:
        BUILTINS.add(w_t.name, w_t)


_setup()
