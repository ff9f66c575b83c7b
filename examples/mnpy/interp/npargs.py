"""Argument parsing for the numpy module's functions and ndarray methods.

`Args` matches positional and keyword arguments to a parameter list the way
a Python signature does (TypeError on a duplicate, unknown or missing
argument, with CPython's wording), and the converters turn boxed values
into the plain values micronumpy takes: shapes, axes, dtypes, flags.
"""

from micronumpy.dtypes import DType
from interp import objects
from interp.objects import (
    W_Root, W_Int, W_Bool, W_List, W_Tuple, oefmt, w_TypeError,
)
from interp import nptypes


class Args:
    """Arguments bound to parameter names; `get(i)` is None when not given."""

    def __init__(self, fname: str, args: list[W_Root], kwnames: list[str],
                 kwvalues: list[W_Root], names: list[str], nrequired: int) -> None:
        self.fname = fname
        self.values: list[W_Root | None] = [None] * len(names)
        if len(args) > len(names):
            raise oefmt(w_TypeError, fname + "() takes at most " + str(len(names)) +
                        " positional arguments (" + str(len(args)) + " given)")
        for i in range(len(args)):
            self.values[i] = args[i]
        for k in range(len(kwnames)):
            name = kwnames[k]
            found = -1
            for j in range(len(names)):
                if names[j] == name:
                    found = j
            if found < 0:
                raise oefmt(w_TypeError, fname + "() got an unexpected keyword argument '" +
                            name + "'")
            if self.values[found] is not None:
                raise oefmt(w_TypeError, "argument for " + fname + "() given by name ('" +
                            name + "') and position (" + str(found + 1) + ")")
            self.values[found] = kwvalues[k]
        for i in range(nrequired):
            if self.values[i] is None:
                raise oefmt(w_TypeError, fname + "() missing required argument '" +
                            names[i] + "' (pos " + str(i + 1) + ")")

    def get(self, i: int) -> W_Root | None:
        w = self.values[i]
        return w

    def req(self, i: int) -> W_Root:
        w = self.values[i]
        if w is None:
            raise oefmt(w_TypeError, self.fname + "() missing a required argument")
        return w

    def given(self, i: int) -> bool:
        w = self.values[i]
        return w is not None and w is not objects.w_None


def int_value(w: W_Root, what: str) -> int:
    if isinstance(w, W_Int):
        return w.intval
    return w.to_index()


def shape_value(w: W_Root) -> list[int]:
    """A shape argument: an int or a sequence of ints."""
    items: list[W_Root] | None = None
    if isinstance(w, W_Tuple):
        items = w.items
    elif isinstance(w, W_List):
        items = w.items
    if items is None:
        return [int_value(w, "shape")]
    out: list[int] = []
    for w_d in items:
        out.append(int_value(w_d, "shape"))
    return out


class Axes:
    """An axis argument: none given (all axes), or a list of axis numbers."""

    def __init__(self, given: bool, axes: list[int], is_tuple: bool) -> None:
        self.given = given
        self.axes = axes
        self.is_tuple = is_tuple


def axes_value(w: W_Root | None) -> Axes:
    if w is None or w is objects.w_None:
        return Axes(False, [], False)
    if isinstance(w, W_Tuple):
        out: list[int] = []
        for w_a in w.items:
            out.append(int_value(w_a, "axis"))
        return Axes(True, out, True)
    if isinstance(w, W_Bool) or not isinstance(w, W_Int):
        try_index = w.to_index()
        return Axes(True, [try_index], False)
    return Axes(True, [w.intval], False)


def dtype_value(w: W_Root | None) -> DType | None:
    if w is None or w is objects.w_None:
        return None
    return nptypes.resolve_dtype(w)


def bool_value(w: W_Root | None, default: bool) -> bool:
    if w is None:
        return default
    return objects.is_true(w)
