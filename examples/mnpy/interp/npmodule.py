"""The `numpy` module of mnpy and the methods of its ndarray and scalars.

Each function parses its arguments (npargs), converts operands to
micronumpy arrays (npconvert/nparray) and calls micronumpy through
npengine; results come back boxed by `wrap_result` (0-d -> NumPy scalar)
or `wrap_array`. Importing this module registers `numpy` in the builtin
module table, as mathmodule does for `math`.
"""

import math

from micronumpy import dtypes
from micronumpy import fpstatus
from micronumpy.ndarray import NDArray
from interp import objects
from interp import builtins
from interp.objects import (
    W_Root, W_Int, W_Float, W_List, W_Module, W_Type, W_BuiltinFunction, W_Callable,
    oefmt, bool_w, w_TypeError, w_ValueError, BuiltinFn,
)
from interp import nptypes
from interp import npengine
from interp import npconvert
from interp.npargs import Args, shape_value, axes_value, dtype_value, bool_value, int_value
from interp.nparray import (
    W_NDArray, W_NPScalar, w_ndarray_type, w_scalar_methods, wrap_result, wrap_array,
    wrap_view, to_operand, py_element,
)
from micronumpy.ndarray import c_order_offsets


def arr_arg(w: W_Root) -> NDArray:
    """Any array-like argument as an array (Python scalars weak)."""
    return to_operand(w)


def self_arr(args: list[W_Root]) -> W_NDArray:
    w = args[0]
    if isinstance(w, W_NDArray):
        return w
    if isinstance(w, W_NPScalar):
        return W_NDArray(w.arr, None)
    raise oefmt(w_TypeError, "descriptor requires a 'numpy.ndarray' object")


# ---------------------------------------------------------------- creation

def np_array(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("array", args, kwnames, kwvalues, ["object", "dtype", "copy", "ndmin"], 1)
    arr = npconvert.array_from(a.req(0), dtype_value(a.get(1)), bool_value(a.get(2), True))
    return wrap_array(arr)


def np_asarray(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("asarray", args, kwnames, kwvalues, ["a", "dtype"], 1)
    w = a.req(0)
    arr = npconvert.array_from(w, dtype_value(a.get(1)), False)
    if isinstance(w, W_NDArray) and arr is w.arr:
        return w
    return wrap_array(arr)


def _filled(fname: str, args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root],
            fill: float) -> W_Root:
    a = Args(fname, args, kwnames, kwvalues, ["shape", "dtype", "order"], 1)
    d = dtype_value(a.get(1))
    return wrap_array(npengine.filled(shape_value(a.req(0)), d if d is not None
                                      else dtypes.FLOAT64, fill))


def np_zeros(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _filled("zeros", args, kwnames, kwvalues, 0.0)


def np_ones(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _filled("ones", args, kwnames, kwvalues, 1.0)


def np_empty(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _filled("empty", args, kwnames, kwvalues, 0.0)


def np_full(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("full", args, kwnames, kwvalues, ["shape", "fill_value", "dtype", "order"], 2)
    shape = shape_value(a.req(0))
    value = npconvert.array_from(a.req(1), dtype_value(a.get(2)), False)
    return wrap_array(npengine.full(shape, value))


def _like(fname: str, args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root],
          fill: float, has_value: bool) -> W_Root:
    names = ["a", "fill_value", "dtype"] if has_value else ["a", "dtype"]
    a = Args(fname, args, kwnames, kwvalues, names, 2 if has_value else 1)
    proto = arr_arg(a.req(0))
    d = dtype_value(a.get(2 if has_value else 1))
    dt = d if d is not None else proto.dtype
    if has_value:
        value = npconvert.array_from(a.req(1), dt, False)
        return wrap_array(npengine.full(list(proto.shape), npengine.astype(value, dt)))
    return wrap_array(npengine.filled(list(proto.shape), dt, fill))


def np_zeros_like(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _like("zeros_like", args, kwnames, kwvalues, 0.0, False)


def np_ones_like(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _like("ones_like", args, kwnames, kwvalues, 1.0, False)


def np_empty_like(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _like("empty_like", args, kwnames, kwvalues, 0.0, False)


def np_full_like(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _like("full_like", args, kwnames, kwvalues, 0.0, True)


def np_arange(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("arange", args, kwnames, kwvalues, ["start", "stop", "step", "dtype"], 0)
    w_given_start = a.get(0)
    w_stop = a.get(1)
    if w_given_start is None:
        if w_stop is None:
            raise oefmt(w_TypeError, "arange() requires stop to be specified.")
        w_given_start = W_Int(0)
    w_start: W_Root = w_given_start
    if w_stop is None or w_stop is objects.w_None:
        w_stop = w_start
        w_start = W_Int(0)
    w_step = a.get(2)
    if w_step is None or w_step is objects.w_None:
        w_step = W_Int(1)
    return wrap_array(npengine.arange(arr_arg(w_start), arr_arg(w_stop), arr_arg(w_step),
                                      dtype_value(a.get(3))))


def np_linspace(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("linspace", args, kwnames, kwvalues,
             ["start", "stop", "num", "endpoint", "retstep", "dtype"], 2)
    num = 50
    w_num = a.get(2)
    if w_num is not None:
        num = int_value(w_num, "num")
    return wrap_array(npengine.linspace(arr_arg(a.req(0)), arr_arg(a.req(1)), num,
                                        bool_value(a.get(3), True), dtype_value(a.get(5))))


def np_eye(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("eye", args, kwnames, kwvalues, ["N", "M", "k", "dtype"], 1)
    n = int_value(a.req(0), "N")
    m = n
    if a.given(1):
        m = int_value(a.req(1), "M")
    k = 0
    if a.given(2):
        k = int_value(a.req(2), "k")
    d = dtype_value(a.get(3))
    return wrap_array(npengine.eye(n, m, k, d if d is not None else dtypes.FLOAT64))


def np_identity(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("identity", args, kwnames, kwvalues, ["n", "dtype"], 1)
    n = int_value(a.req(0), "n")
    d = dtype_value(a.get(1))
    return wrap_array(npengine.eye(n, n, 0, d if d is not None else dtypes.FLOAT64))


def np_copy(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("copy", args, kwnames, kwvalues, ["a", "order"], 1)
    return wrap_array(npengine.copy(arr_arg(a.req(0))))


def np_dtype(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("dtype", args, kwnames, kwvalues, ["dtype"], 1)
    return nptypes.w_dtype_of(nptypes.resolve_dtype(a.req(0)))


def scalar_constructor(index: int) -> BuiltinFn:
    d = dtypes.ALL_DTYPES[index]

    def construct(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
        if len(args) == 0:
            return wrap_result(npengine.filled([], d, 0.0), None)
        w_value = args[0]
        if isinstance(w_value, objects.W_Str):
            # np.float64('nan'), np.int32('7'): parsed as Python's float()/int() would
            if d.is_float():
                w_value = builtins.c_float([w_value], [], [])
            else:
                w_value = builtins.c_int([w_value], [], [])
        arr = npconvert.array_from(w_value, d, False)
        if len(arr.shape) == 0:
            return wrap_result(arr, None)
        return wrap_array(arr)
    return construct


# ---------------------------------------------------------------- ufuncs

class W_UFunc(W_Callable):
    """A ufunc object: np.add, np.sqrt, ... (`<ufunc 'add'>`)."""

    def __init__(self, name: str, nin: int) -> None:
        self.name = name
        self.nin = nin

    def type_name(self) -> str:
        return "numpy.ufunc"

    def repr(self) -> str:
        return "<ufunc '" + self.name + "'>"

    def call(self, args: list[W_Root], kwnames: list[str],
             kwvalues: list[W_Root]) -> W_Root:
        names = ["x1", "x2", "out", "dtype"] if self.nin == 2 else ["x", "out", "dtype"]
        a = Args(self.name, args, kwnames, kwvalues, names, self.nin)
        out: NDArray | None = None
        w_out = a.get(self.nin)
        if w_out is not None and w_out is not objects.w_None:
            if not isinstance(w_out, W_NDArray):
                raise oefmt(w_TypeError, "return arrays must be of ArrayType")
            out = w_out.arr
        d = dtype_value(a.get(self.nin + 1))
        if self.nin == 2:
            r = npengine.binary_full(self.name, arr_arg(a.req(0)), arr_arg(a.req(1)), out, d)
        else:
            r = npengine.unary_full(self.name, arr_arg(a.req(0)), out, d)
        if w_out is not None and isinstance(w_out, W_NDArray):
            return w_out
        return wrap_result(r, None)

    def getattr(self, name: str) -> W_Root | None:
        if name == "__name__":
            return objects.W_Str(self.name)
        if name == "nin":
            return W_Int(self.nin)
        if name == "reduce" and self.nin == 2:
            return W_UFuncMethod(self, "reduce")
        if name == "accumulate" and self.nin == 2:
            return W_UFuncMethod(self, "accumulate")
        return None


class W_UFuncMethod(W_Callable):
    """np.add.reduce / np.add.accumulate."""

    def __init__(self, w_ufunc: W_UFunc, kind: str) -> None:
        self.w_ufunc = w_ufunc
        self.kind = kind

    def call(self, args: list[W_Root], kwnames: list[str],
             kwvalues: list[W_Root]) -> W_Root:
        a = Args(self.kind, args, kwnames, kwvalues, ["array", "axis", "dtype", "out",
                                                       "keepdims"], 1)
        w_axis = a.get(1)
        axes = axes_value(w_axis if w_axis is not None else W_Int(0))
        arr = arr_arg(a.req(0))
        if self.kind == "reduce":
            return wrap_result(npengine.ufunc_reduce(self.w_ufunc.name, arr, axes,
                                                     dtype_value(a.get(2)),
                                                     bool_value(a.get(4), False)), None)
        return wrap_result(npengine.ufunc_accumulate(self.w_ufunc.name, arr, axes,
                                                     dtype_value(a.get(2))), None)


# ---------------------------------------------------------------- reductions

def _reduction(fname: str, w_self: W_Root | None, args: list[W_Root], kwnames: list[str],
               kwvalues: list[W_Root]) -> W_Root:
    names = ["axis", "dtype", "out", "keepdims", "ddof"]
    if fname in ["min", "max", "argmin", "argmax", "all", "any"]:
        names = ["axis", "out", "keepdims"]
    if fname == "count_nonzero":
        names = ["axis", "keepdims"]
    if fname in ["cumsum", "cumprod"]:
        names = ["axis", "dtype", "out"]
    if w_self is None:
        names = ["a"] + names
        a = Args(fname, args, kwnames, kwvalues, names, 1)
        arr = arr_arg(a.req(0))
        base = 1
    else:
        a = Args(fname, args, kwnames, kwvalues, names, 0)
        arr = arr_arg(w_self)
        base = 0
    axes = axes_value(a.get(base))
    dt = None
    keepdims = False
    ddof = 0
    for i in range(base + 1, len(names)):
        nm = names[i]
        w = a.get(i)
        if w is None:
            continue
        if nm == "dtype":
            dt = dtype_value(w)
        elif nm == "keepdims":
            keepdims = objects.is_true(w)
        elif nm == "ddof":
            ddof = int_value(w, "ddof")
        elif nm == "out" and w is not objects.w_None:
            raise oefmt(objects.w_NotImplementedError, fname + "(out=...) is not supported "
                        "by mnpy's numpy")
    return wrap_result(npengine.reduction(fname, arr, axes, dt, keepdims, ddof), None)


def reduction_function(fname: str) -> BuiltinFn:
    def fn(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
        return _reduction(fname, None, args, kwnames, kwvalues)
    return fn


def reduction_method(fname: str) -> BuiltinFn:
    def fn(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
        return _reduction(fname, args[0], args[1:], kwnames, kwvalues)
    return fn


# ---------------------------------------------------------------- shape and misc

def np_reshape(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("reshape", args, kwnames, kwvalues, ["a", "shape", "order"], 2)
    return _reshape(a.req(0), shape_value(a.req(1)), a.get(2))


def _order(w: W_Root | None) -> str:
    if w is None or w is objects.w_None:
        return "C"
    if isinstance(w, objects.W_Str):
        return w.value
    raise oefmt(w_TypeError, "order must be str, not " + w.type_name())


def _reshape(w: W_Root, shape: list[int], w_order: W_Root | None) -> W_Root:
    arr = arr_arg(w)
    r = npengine.reshape(arr, shape, _order(w_order))
    if isinstance(w, W_NDArray):
        return wrap_view(r, w)
    return wrap_array(r)


def m_reshape(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_self = args[0]
    rest = args[1:]
    w_order: W_Root | None = None
    for i in range(len(kwnames)):
        if kwnames[i] == "order":
            w_order = kwvalues[i]
        elif kwnames[i] == "shape":
            rest = [kwvalues[i]]
        else:
            raise oefmt(w_TypeError, "reshape() got an unexpected keyword argument '" +
                        kwnames[i] + "'")
    if len(rest) == 0:
        raise oefmt(w_TypeError, "reshape() missing required argument 'shape' (pos 1)")
    if len(rest) == 1:
        shape = shape_value(rest[0])
    else:
        shape = [int_value(w, "shape") for w in rest]
    return _reshape(w_self, shape, w_order)


def _view_result(w_src: W_Root, r: NDArray) -> W_Root:
    if isinstance(w_src, W_NDArray):
        return wrap_view(r, w_src)
    return wrap_array(r)


def np_ravel(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("ravel", args, kwnames, kwvalues, ["a", "order"], 1)
    w = a.req(0)
    return _view_result(w, npengine.ravel(arr_arg(w), _order(a.get(1))))


def m_ravel(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("ravel", args[1:], kwnames, kwvalues, ["order"], 0)
    return _view_result(args[0], npengine.ravel(arr_arg(args[0]), _order(a.get(0))))


def m_flatten(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("flatten", args[1:], kwnames, kwvalues, ["order"], 0)
    return wrap_array(npengine.flatten(arr_arg(args[0]), _order(a.get(0))))


def _axes_list(items: list[W_Root]) -> list[int]:
    if len(items) == 1 and (isinstance(items[0], objects.W_Tuple) or
                            isinstance(items[0], W_List)):
        return shape_value(items[0])
    if len(items) == 1 and items[0] is objects.w_None:
        return []
    return [int_value(w, "axes") for w in items]


def np_transpose(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("transpose", args, kwnames, kwvalues, ["a", "axes"], 1)
    w = a.req(0)
    axes: list[int] = []
    if a.given(1):
        axes = shape_value(a.req(1))
    return _view_result(w, npengine.transpose(arr_arg(w), axes))


def m_transpose(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _view_result(args[0], npengine.transpose(arr_arg(args[0]), _axes_list(args[1:])))


def np_swapaxes(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("swapaxes", args, kwnames, kwvalues, ["a", "axis1", "axis2"], 3)
    w = a.req(0)
    return _view_result(w, npengine.swapaxes(arr_arg(w), int_value(a.req(1), "axis"),
                                             int_value(a.req(2), "axis")))


def m_swapaxes(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return np_swapaxes(args, kwnames, kwvalues)


def np_squeeze(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("squeeze", args, kwnames, kwvalues, ["a", "axis"], 1)
    w = a.req(0)
    return _view_result(w, npengine.squeeze(arr_arg(w), axes_value(a.get(1))))


def np_expand_dims(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("expand_dims", args, kwnames, kwvalues, ["a", "axis"], 2)
    w = a.req(0)
    return _view_result(w, npengine.expand_dims(arr_arg(w), axes_value(a.req(1))))


def _array_list(w: W_Root) -> list[NDArray]:
    out: list[NDArray] = []
    for w_item in objects.list_of(w):
        out.append(arr_arg(w_item))
    return out


def _joiner(kind: str) -> BuiltinFn:
    def fn(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
        a = Args(kind, args, kwnames, kwvalues, ["arrays", "axis"], 1)
        axis = 0
        axis_none = False
        w_axis = a.get(1)
        if w_axis is not None:
            if w_axis is objects.w_None:
                axis_none = True
            else:
                axis = int_value(w_axis, "axis")
        return wrap_array(npengine.join(kind, _array_list(a.req(0)), axis, axis_none))
    return fn


def np_broadcast_to(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("broadcast_to", args, kwnames, kwvalues, ["array", "shape"], 2)
    w = a.req(0)
    return _view_result(w, npengine.broadcast_to(arr_arg(w), shape_value(a.req(1))))


def np_where(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("where", args, kwnames, kwvalues, ["condition", "x", "y"], 1)
    cond = arr_arg(a.req(0))
    if a.get(1) is None and a.get(2) is None:
        return _index_tuple(npengine.nonzero(cond))
    if a.get(1) is None or a.get(2) is None:
        raise oefmt(w_ValueError, "either both or neither of x and y should be given")
    return wrap_array(npengine.where(cond, arr_arg(a.req(1)), arr_arg(a.req(2))))


def _index_tuple(arrs: list[NDArray]) -> W_Root:
    items: list[W_Root] = []
    for r in arrs:
        items.append(wrap_array(r))
    return objects.new_tuple(items)


def np_nonzero(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("nonzero", args, kwnames, kwvalues, ["a"], 1)
    return _index_tuple(npengine.nonzero(arr_arg(a.req(0))))


def m_nonzero(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _index_tuple(npengine.nonzero(arr_arg(args[0])))


def np_clip(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("clip", args, kwnames, kwvalues, ["a", "a_min", "a_max"], 3)
    return wrap_result(npengine.clip(arr_arg(a.req(0)), _bound(a.req(1)), _bound(a.req(2))),
                       None)


def _bound(w: W_Root) -> NDArray | None:
    """A clip bound; None for no bound."""
    if w is objects.w_None:
        return None
    return arr_arg(w)


def m_clip(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("clip", args[1:], kwnames, kwvalues, ["min", "max"], 2)
    return wrap_result(npengine.clip(arr_arg(args[0]), _bound(a.req(0)), _bound(a.req(1))),
                       None)


def np_round(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("round", args, kwnames, kwvalues, ["a", "decimals"], 1)
    decimals = 0
    if a.given(1):
        decimals = int_value(a.req(1), "decimals")
    return wrap_result(npengine.round_(arr_arg(a.req(0)), decimals), None)


def m_round(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return np_round(args, kwnames, kwvalues)


def m_dunder_round(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    """round(scalar) gives a Python int; round(scalar, n) a NumPy scalar."""
    if len(args) == 1:
        w_r = np_round(args, kwnames, kwvalues)
        return builtins.c_int([w_r], [], [])
    return np_round(args, kwnames, kwvalues)


def np_divmod(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("divmod", args, kwnames, kwvalues, ["x1", "x2"], 2)
    x = arr_arg(a.req(0))
    y = arr_arg(a.req(1))
    q, r = npengine.divmod_(x, y)
    return objects.new_tuple([wrap_result(q, None), wrap_result(r, None)])


def np_dot(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("dot", args, kwnames, kwvalues, ["a", "b"], 2)
    return wrap_result(npengine.dot(arr_arg(a.req(0)), arr_arg(a.req(1))), None)


def np_matmul(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("matmul", args, kwnames, kwvalues, ["x1", "x2"], 2)
    return wrap_result(npengine.matmul(arr_arg(a.req(0)), arr_arg(a.req(1))), None)


def np_sort(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("sort", args, kwnames, kwvalues, ["a", "axis", "kind"], 1)
    axes = axes_value(a.get(1) if a.get(1) is not None else W_Int(-1))
    return wrap_array(npengine.sort(arr_arg(a.req(0)), axes))


def np_argsort(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("argsort", args, kwnames, kwvalues, ["a", "axis", "kind"], 1)
    axes = axes_value(a.get(1) if a.get(1) is not None else W_Int(-1))
    return wrap_array(npengine.argsort(arr_arg(a.req(0)), axes))


def m_sort(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("sort", args[1:], kwnames, kwvalues, ["axis", "kind"], 0)
    axes = axes_value(a.get(0) if a.get(0) is not None else W_Int(-1))
    w_self = self_arr(args)
    npengine.sort_in_place(w_self.arr, axes)
    return objects.w_None


def m_argsort(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("argsort", args[1:], kwnames, kwvalues, ["axis", "kind"], 0)
    axes = axes_value(a.get(0) if a.get(0) is not None else W_Int(-1))
    return wrap_array(npengine.argsort(arr_arg(args[0]), axes))


def np_unique(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("unique", args, kwnames, kwvalues, ["ar"], 1)
    return wrap_array(npengine.unique(arr_arg(a.req(0))))


def _close(fname: str, args: list[W_Root], kwnames: list[str],
           kwvalues: list[W_Root]) -> tuple[NDArray, NDArray, float, float, bool]:
    a = Args(fname, args, kwnames, kwvalues, ["a", "b", "rtol", "atol", "equal_nan"], 2)
    rtol = 1e-05
    atol = 1e-08
    w_r = a.get(2)
    if w_r is not None:
        rtol = w_r.to_float() if not isinstance(w_r, W_Float) else w_r.floatval
    w_a = a.get(3)
    if w_a is not None:
        atol = w_a.to_float() if not isinstance(w_a, W_Float) else w_a.floatval
    return (arr_arg(a.req(0)), arr_arg(a.req(1)), rtol, atol, bool_value(a.get(4), False))


def np_isclose(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    x, y, rtol, atol, equal_nan = _close("isclose", args, kwnames, kwvalues)
    return wrap_result(npengine.isclose(x, y, rtol, atol, equal_nan), None)


def np_allclose(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    x, y, rtol, atol, equal_nan = _close("allclose", args, kwnames, kwvalues)
    close = npengine.isclose(x, y, rtol, atol, equal_nan)
    return bool_w(npengine.all_true(close))


def np_array_equal(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("array_equal", args, kwnames, kwvalues, ["a1", "a2", "equal_nan"], 2)
    x = arr_arg(a.req(0))
    y = arr_arg(a.req(1))
    if x.shape != y.shape:
        return bool_w(False)
    return bool_w(npengine.all_true(npengine.binary("equal", x, y)))


def _errstate_dict() -> W_Root:
    w_d = objects.W_Dict()
    for i in range(4):
        w_d.setitem(objects.W_Str(fpstatus.CONDITION_NAMES[i]),
                    objects.W_Str(fpstatus.MODE_NAMES[fpstatus.STATUS.modes[i]]))
    return w_d


def np_geterr(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    Args("geterr", args, kwnames, kwvalues, [], 0)
    return _errstate_dict()


def np_seterr(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    """np.seterr(all=, divide=, over=, under=, invalid=): returns the old
    settings. Modes 'ignore', 'warn', 'raise', 'print'; underflow is not
    tracked, so `under` can only stay 'ignore'."""
    a = Args("seterr", args, kwnames, kwvalues, ["all", "divide", "over", "under", "invalid"], 0)
    w_old = _errstate_dict()
    modes = list(fpstatus.STATUS.modes)
    for i in range(5):
        w = a.get(i)
        if w is None or w is objects.w_None:
            continue
        if not isinstance(w, objects.W_Str):
            raise oefmt(w_ValueError, "invalid error mode " + w.repr())
        code = fpstatus.mode_code(w.value)
        if code < 0:
            if w.value == "call" or w.value == "log":
                raise oefmt(objects.w_NotImplementedError, "np.seterr mode '" + w.value +
                            "' is not supported by mnpy's numpy")
            raise oefmt(w_ValueError, "invalid error mode '" + w.value + "'")
        if i == 0:
            modes = [code, code, code, code]
        else:
            modes[i - 1] = code
    if modes[2] != fpstatus.MODE_IGNORE:
        raise oefmt(objects.w_NotImplementedError, "mnpy's numpy does not track underflow: "
                    "np.seterr(under=...) can only be 'ignore'")
    fpstatus.STATUS.modes = modes
    return w_old


def np_result_type(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    ops_: list[NDArray] = []
    for w in args:
        d = nptypes.try_resolve_dtype(w)
        if d is not None:
            ops_.append(npengine.filled([], d, 0.0))
        else:
            ops_.append(arr_arg(w))
    return nptypes.w_dtype_of(npengine.result_type(ops_))


def np_promote_types(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("promote_types", args, kwnames, kwvalues, ["type1", "type2"], 2)
    return nptypes.w_dtype_of(npengine.promote_types(nptypes.resolve_dtype(a.req(0)),
                                                     nptypes.resolve_dtype(a.req(1))))


def np_can_cast(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("can_cast", args, kwnames, kwvalues, ["from_", "to", "casting"], 2)
    casting = "safe"
    w_c = a.get(2)
    if w_c is not None and isinstance(w_c, objects.W_Str):
        casting = w_c.value
    w_from = a.req(0)
    d_from = nptypes.try_resolve_dtype(w_from)
    if d_from is None:
        if isinstance(w_from, W_NDArray) or isinstance(w_from, W_NPScalar):
            d_from = w_from.arr.dtype
        else:
            raise oefmt(w_TypeError, "can_cast() does not support Python ints, floats, and "
                        "complex because the result used to depend on the value.\n"
                        "This change was part of adopting NEP 50, we may explicitly allow "
                        "them again in the future.")
    return bool_w(npengine.can_cast(d_from, nptypes.resolve_dtype(a.req(1)), casting))


# ---------------------------------------------------------------- ndarray methods

def m_copy(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return wrap_array(npengine.copy(arr_arg(args[0])))


def m_astype(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("astype", args[1:], kwnames, kwvalues, ["dtype", "order", "casting", "subok",
                                                     "copy"], 1)
    src = arr_arg(args[0])
    d = nptypes.resolve_dtype(a.req(0))
    if not bool_value(a.get(4), True) and d.num == src.dtype.num:
        return args[0]
    r = npengine.astype(src, d)
    if isinstance(args[0], W_NPScalar):
        return wrap_result(r, None)
    return wrap_array(r)


def m_tolist(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    arr = arr_arg(args[0])
    return _tolist(arr, 0, arr.offset)


def _tolist(arr: NDArray, axis: int, off: int) -> W_Root:
    if axis == len(arr.shape):
        return py_element(arr, off)
    items: list[W_Root] = []
    for i in range(arr.shape[axis]):
        items.append(_tolist(arr, axis + 1, off + i * arr.strides[axis]))
    return objects.new_list(items)


def m_item(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    arr = arr_arg(args[0])
    offs = c_order_offsets(arr)
    if len(args) == 1:
        if len(offs) != 1:
            raise oefmt(w_ValueError, "can only convert an array of size 1 to a Python scalar")
        return py_element(arr, offs[0])
    if len(args) == 2 and isinstance(args[1], W_Int):
        i = args[1].intval
        n = len(offs)
        if i < -n or i >= n:
            raise oefmt(objects.w_IndexError, "index " + str(i) + " is out of bounds for size " +
                        str(n))
        return py_element(arr, offs[i if i >= 0 else i + n])
    w_r = npengine.getitem(arr, objects.new_tuple(args[1:]))
    return py_element(w_r, w_r.offset)


def m_fill(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    if len(args) != 2:
        raise oefmt(w_TypeError, "fill() takes exactly one argument (" + str(len(args) - 1) +
                    " given)")
    w_self = self_arr(args)
    npengine.fill(w_self.arr, args[1])
    return objects.w_None


def m_dot(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    if len(args) != 2:
        raise oefmt(w_TypeError, "dot() takes exactly one argument")
    return wrap_result(npengine.dot(arr_arg(args[0]), arr_arg(args[1])), None)


def m_squeeze(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    a = Args("squeeze", args[1:], kwnames, kwvalues, ["axis"], 0)
    return _view_result(args[0], npengine.squeeze(arr_arg(args[0]), axes_value(a.get(0))))


def m_view(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _view_result(args[0], npengine.view(arr_arg(args[0])))


# ---------------------------------------------------------------- module

UNARY_UFUNCS = ["negative", "positive", "absolute", "sqrt", "exp", "log", "log10", "log2",
                "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
                "floor", "ceil", "rint", "trunc", "sign", "square", "reciprocal",
                "logical_not", "invert", "isnan", "isinf", "isfinite", "signbit"]
BINARY_UFUNCS = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder",
                 "power", "equal", "not_equal", "less", "less_equal", "greater",
                 "greater_equal", "maximum", "minimum", "fmax", "fmin", "logical_and",
                 "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor",
                 "left_shift", "right_shift", "arctan2", "hypot", "fmod", "copysign"]
UFUNC_ALIASES = [("true_divide", "divide"), ("mod", "remainder"), ("abs", "absolute"),
                 ("bitwise_not", "invert"), ("bitwise_invert", "invert"),
                 ("bitwise_left_shift", "left_shift"), ("bitwise_right_shift", "right_shift"),
                 ("pow", "power"), ("atan2", "arctan2"), ("atan", "arctan")]
REDUCTIONS = ["sum", "prod", "mean", "std", "var", "min", "max", "argmin", "argmax",
              "all", "any", "cumsum", "cumprod", "count_nonzero"]
REDUCTION_ALIASES = [("amin", "min"), ("amax", "max")]


def make_module() -> W_Module:
    m = W_Module("numpy")
    m.add("pi", W_Float(math.pi))
    m.add("e", W_Float(math.e))
    m.add("inf", W_Float(math.inf))
    m.add("nan", W_Float(math.nan))
    m.add("newaxis", objects.w_None)
    m.add("ndarray", w_ndarray_type)
    m.add("__version__", objects.W_Str("2.4.6"))
    for i in range(len(dtypes.ALL_DTYPES)):
        w_t = nptypes.SCALAR_TYPES[i]
        w_t.w_constructor = W_BuiltinFunction(w_t.name, scalar_constructor(i))
        m.add(w_t.name, w_t)
    idx_bool = 0
    m.add("bool_", nptypes.SCALAR_TYPES[idx_bool])
    m.add("True_", wrap_result(npengine.filled([], dtypes.BOOL, 1.0), None))
    m.add("False_", wrap_result(npengine.filled([], dtypes.BOOL, 0.0), None))
    for alias, name in [("int_", "int64"), ("intp", "int64"), ("uint", "uint64"),
                        ("double", "float64"), ("single", "float32"), ("half", "float16"), ("byte", "int8"),
                        ("ubyte", "uint8"), ("short", "int16"), ("ushort", "uint16"),
                        ("intc", "int32"), ("uintc", "uint32"), ("longlong", "int64")]:
        w_a = m.attrs.get(name)
        if w_a is not None:
            m.add(alias, w_a)
    for name in UNARY_UFUNCS:
        m.add(name, W_UFunc(name, 1))
    for name in BINARY_UFUNCS:
        m.add(name, W_UFunc(name, 2))
    for alias, name in UFUNC_ALIASES:
        w_u = m.attrs.get(name)
        if w_u is not None:
            m.add(alias, w_u)
    for name in REDUCTIONS:
        m.add_function(name, reduction_function(name))
    for alias, name in REDUCTION_ALIASES:
        m.add_function(alias, reduction_function(name))
    fns: list[tuple[str, BuiltinFn]] = [
        ("array", np_array), ("divmod", np_divmod), ("asarray", np_asarray), ("zeros", np_zeros), ("ones", np_ones),
        ("empty", np_empty), ("full", np_full), ("zeros_like", np_zeros_like),
        ("ones_like", np_ones_like), ("empty_like", np_empty_like),
        ("full_like", np_full_like), ("arange", np_arange), ("linspace", np_linspace),
        ("eye", np_eye), ("identity", np_identity), ("copy", np_copy), ("dtype", np_dtype),
        ("reshape", np_reshape), ("ravel", np_ravel), ("transpose", np_transpose),
        ("swapaxes", np_swapaxes), ("squeeze", np_squeeze), ("expand_dims", np_expand_dims),
        ("concatenate", _joiner("concatenate")), ("stack", _joiner("stack")),
        ("vstack", _joiner("vstack")), ("hstack", _joiner("hstack")),
        ("broadcast_to", np_broadcast_to), ("where", np_where), ("nonzero", np_nonzero),
        ("clip", np_clip), ("round", np_round), ("around", np_round), ("dot", np_dot),
        ("matmul", np_matmul), ("sort", np_sort), ("argsort", np_argsort),
        ("unique", np_unique), ("isclose", np_isclose), ("allclose", np_allclose),
        ("array_equal", np_array_equal), ("result_type", np_result_type),
        ("promote_types", np_promote_types), ("can_cast", np_can_cast),
        ("seterr", np_seterr), ("geterr", np_geterr),
    ]
    for name, fn in fns:
        m.add_function(name, fn)
    m.add("dtype", nptypes.w_dtype_type)
    nptypes.w_dtype_type.w_constructor = W_BuiltinFunction("dtype", np_dtype)
    return m


DUNDER_BINOPS = [("add", "add"), ("sub", "subtract"), ("mul", "multiply"),
                 ("truediv", "divide"), ("floordiv", "floor_divide"), ("mod", "remainder"),
                 ("pow", "power"), ("lshift", "left_shift"), ("rshift", "right_shift"),
                 ("and", "bitwise_and"), ("or", "bitwise_or"), ("xor", "bitwise_xor")]


def dunder_binop(ufunc_name: str, reflected: bool) -> BuiltinFn:
    """a.__add__(b) / a.__radd__(b): the ufunc with the operands in order."""
    def fn(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
        if len(args) != 2 or len(kwnames) != 0:
            raise oefmt(w_TypeError, "expected 1 argument, got " + str(len(args) - 1))
        x = arr_arg(args[0])
        y = arr_arg(args[1])
        if reflected:
            return wrap_result(npengine.binary(ufunc_name, y, x), None)
        return wrap_result(npengine.binary(ufunc_name, x, y), None)
    return fn


def _register_methods(w_type: W_Type) -> None:
    methods: list[tuple[str, BuiltinFn]] = [
        ("reshape", m_reshape), ("ravel", m_ravel), ("flatten", m_flatten),
        ("transpose", m_transpose), ("swapaxes", m_swapaxes), ("copy", m_copy),
        ("astype", m_astype), ("tolist", m_tolist), ("item", m_item), ("fill", m_fill),
        ("dot", m_dot), ("squeeze", m_squeeze), ("nonzero", m_nonzero), ("clip", m_clip),
        ("round", m_round), ("__round__", m_dunder_round), ("sort", m_sort), ("argsort", m_argsort), ("view", m_view),
    ]
    for name, fn in methods:
        objects.add_method(w_type, name, fn)
    for short, ufunc_name in DUNDER_BINOPS:
        objects.add_method(w_type, "__" + short + "__", dunder_binop(ufunc_name, False))
        objects.add_method(w_type, "__r" + short + "__", dunder_binop(ufunc_name, True))
    for name in REDUCTIONS:
        if name != "count_nonzero":
            objects.add_method(w_type, name, reduction_method(name))


def _setup() -> None:
    _register_methods(w_ndarray_type)
    _register_methods(w_scalar_methods)
    w_axis = objects.new_exception_type("AxisError", objects.w_ValueError)
    w_axis.module = "numpy.exceptions"
    npengine.STATE.w_AxisError = w_axis
    w_ufunc_error = objects.new_exception_type("UFuncTypeError", objects.w_TypeError)
    w_ufunc_error.module = "numpy._core._exceptions"
    npengine.STATE.w_UFuncTypeError = w_ufunc_error
    builtins.MODULES["numpy"] = make_module()


_setup()
