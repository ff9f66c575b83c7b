"""Argument checking helpers for builtin functions and methods (CPython messages)."""

from interp.objects import (
    W_Root, W_Int, W_Float, W_Str, OperationError, oefmt, w_TypeError,
)


def _plural(n: int) -> str:
    if n == 1:
        return ""
    return "s"


def no_kw(fname: str, kwnames: list[str]) -> None:
    if len(kwnames) > 0:
        raise oefmt(w_TypeError, fname + "() takes no keyword arguments")


def check_count(fname: str, args: list[W_Root], lo: int, hi: int) -> None:
    """Positional count check; hi < 0 means unlimited."""
    n = len(args)
    if lo <= n and (hi < 0 or n <= hi):
        return
    if lo == hi:
        if lo == 0:
            raise oefmt(w_TypeError, fname + "() takes no arguments (" + str(n) + " given)")
        if lo == 1:
            raise oefmt(w_TypeError, fname + "() takes exactly one argument (" +
                        str(n) + " given)")
        raise oefmt(w_TypeError, fname + " expected " + str(lo) + " argument" +
                    _plural(lo) + ", got " + str(n))
    if n < lo:
        raise oefmt(w_TypeError, fname + " expected at least " + str(lo) + " argument" +
                    _plural(lo) + ", got " + str(n))
    raise oefmt(w_TypeError, fname + " expected at most " + str(hi) + " argument" +
                _plural(hi) + ", got " + str(n))


def method_count(fname: str, args: list[W_Root], lo: int, hi: int) -> None:
    """Like check_count for methods: args[0] is self and is not counted."""
    n = len(args) - 1
    if lo <= n and (hi < 0 or n <= hi):
        return
    if lo == hi:
        if lo == 0:
            raise oefmt(w_TypeError, fname + "() takes no arguments (" + str(n) + " given)")
        if lo == 1:
            raise oefmt(w_TypeError, fname + "() takes exactly one argument (" +
                        str(n) + " given)")
        raise oefmt(w_TypeError, fname + " expected " + str(lo) + " argument" +
                    _plural(lo) + ", got " + str(n))
    if n < lo:
        raise oefmt(w_TypeError, fname + " expected at least " + str(lo) + " argument" +
                    _plural(lo) + ", got " + str(n))
    raise oefmt(w_TypeError, fname + " expected at most " + str(hi) + " argument" +
                _plural(hi) + ", got " + str(n))


def check_kw(fname: str, kwnames: list[str], allowed: list[str]) -> None:
    for k in kwnames:
        if k not in allowed:
            raise oefmt(w_TypeError, "'" + k + "' is an invalid keyword argument for " +
                        fname + "()")


def get_kw(kwnames: list[str], kwvalues: list[W_Root], name: str) -> W_Root | None:
    for i in range(len(kwnames)):
        if kwnames[i] == name:
            return kwvalues[i]
    return None


def int_arg(w: W_Root) -> int:
    """An integer argument (int, bool, or an object with to_index)."""
    if isinstance(w, W_Int):
        return w.intval
    return w.to_index()


def float_arg(w: W_Root) -> float:
    if isinstance(w, W_Float):
        return w.floatval
    if isinstance(w, W_Int):
        return float(w.intval)
    return w.to_float()


def str_arg(w: W_Root, message: str) -> str:
    """A str argument; message is the full TypeError text otherwise."""
    if isinstance(w, W_Str):
        return w.value
    raise oefmt(w_TypeError, message)


def is_type_error(e: OperationError) -> bool:
    return e.match(w_TypeError)
