"""NumPy-identical text of arrays and scalars (repr, str, print).

The printer knows nothing of storage: the caller hands it an `ArrayData`
with the shape, the dtype and the elements in C order, in the list that
matches the dtype's compute kind (floats, ints or bools; uint64 elements
as their signed bit pattern). Formatting follows NumPy 2.4's defaults:
precision 8, threshold 1000, edgeitems 3, linewidth 75, floatmode
'maxprec', suppress False, sign '-', legacy off (see docs/micronumpy.md).
Only the shown elements (edge items when summarised) decide widths and the
fixed/scientific choice, as in NumPy.
"""

import math

from micronumpy.dtypes import DType, FLOAT32, FLOAT64, INT64, BOOL, COMPUTE_UINT64, NUM_FLOAT16
from rpy.rfloat import shortest_digits, format_float, round_to_float32, Digits
from rpy.rhalf import half_shortest_digits, half_str, double_to_half_bits, round_to_half
from rpy.rarithmetic import uint_str

PRECISION = 8
THRESHOLD = 1000
EDGEITEMS = 3
LINEWIDTH = 75


class ArrayData:
    """What the printer needs to know about an array."""

    def __init__(self, shape: list[int], dtype: DType, floats: list[float],
                 ints: list[int], bools: list[bool]) -> None:
        self.shape = shape
        self.dtype = dtype
        self.floats = floats   # C-order elements when dtype is a float type
        self.ints = ints       # C-order elements when dtype is an integer type
        self.bools = bools     # C-order elements when dtype is bool


# ---------------------------------------------------------------- helpers

def _spaces(n: int) -> str:
    if n <= 0:
        return ""
    return " " * n


def _rjust(s: str, width: int) -> str:
    return _spaces(width - len(s)) + s


def _ljust(s: str, width: int) -> str:
    return s + _spaces(width - len(s))


def _strip_zeros(s: str) -> str:
    end = len(s)
    while end > 0 and s[end - 1] == "0":
        end -= 1
    return s[:end]


def _exp_text(exp: int, min_digits: int) -> str:
    sign = "+"
    if exp < 0:
        sign = "-"
        exp = -exp
    d = str(exp)
    while len(d) < min_digits:
        d = "0" + d
    return sign + d


# which float format an element has: its shortest digits and thresholds
KIND_DOUBLE = 0
KIND_SINGLE = 1
KIND_HALF = 2


def _float_kind(dtype: DType) -> int:
    if dtype.num == FLOAT32.num:
        return KIND_SINGLE
    if dtype.num == NUM_FLOAT16:
        return KIND_HALF
    return KIND_DOUBLE


def _digits(x: float, kind: int) -> Digits:
    """Shortest round-trip digits of x in its own precision (Dragon4's
    unique mode)."""
    if kind == KIND_HALF:
        return half_shortest_digits(x)
    return shortest_digits(x, kind == KIND_SINGLE)


class FloatParts:
    """A finite float split as int part (with sign), fraction digits, exponent."""

    def __init__(self, ipart: str, frac: str, exp: int) -> None:
        self.ipart = ipart
        self.frac = frac
        self.exp = exp


def _fixed_parts(x: float, kind: int, maxfrac: int) -> FloatParts:
    """Dragon4 positional, unique, fractional precision cap `maxfrac`, trim '.'."""
    dg = _digits(x, kind)
    d = dg.digits
    e = dg.exponent
    sign = "-" if dg.negative else ""
    if d == "0":
        return FloatParts(sign + "0", "", 0)
    nfrac = len(d) - e
    if maxfrac >= 0 and nfrac > maxfrac:
        text = format_float(abs(x), "f", maxfrac)
        dot = text.find(".")
        if dot < 0:
            return FloatParts(sign + text, "", 0)
        return FloatParts(sign + text[:dot], _strip_zeros(text[dot + 1:]), 0)
    if e <= 0:
        return FloatParts(sign + "0", "0" * (-e) + d, 0)
    if e >= len(d):
        return FloatParts(sign + d + "0" * (e - len(d)), "", 0)
    return FloatParts(sign + d[:e], d[e:], 0)


def _sci_parts(x: float, kind: int, maxfrac: int) -> FloatParts:
    """Dragon4 scientific, unique, precision cap `maxfrac`, trim '.'."""
    dg = _digits(x, kind)
    d = dg.digits
    e = dg.exponent - 1
    sign = "-" if dg.negative else ""
    if d == "0":
        return FloatParts(sign + "0", "", 0)
    if maxfrac >= 0 and len(d) > maxfrac + 1:
        text = format_float(abs(x), "e", maxfrac)
        epos = text.find("e")
        mant = text[:epos]
        e = int(text[epos + 1:])
        dot = mant.find(".")
        if dot < 0:
            return FloatParts(sign + mant, "", e)
        return FloatParts(sign + mant[:dot], _strip_zeros(mant[dot + 1:]), e)
    return FloatParts(sign + d[0], d[1:], e)


def _sci_exact_parts(x: float, precision: int) -> FloatParts:
    """The exact value of x rounded to `precision` fraction digits, scientific."""
    text = format_float(x, "e", precision)
    epos = text.find("e")
    mant = text[:epos]
    e = int(text[epos + 1:])
    dot = mant.find(".")
    if dot < 0:
        return FloatParts(mant, "", e)
    return FloatParts(mant[:dot], mant[dot + 1:], e)


def _float_scalar_text(x: float, kind: int) -> str:
    """str of a NumPy float scalar (Python repr style for float64)."""
    if kind == KIND_HALF:
        return half_str(double_to_half_bits(x))
    single = kind == KIND_SINGLE
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    ax = abs(x)
    upper = 1e6 if single else 1e16
    if x == 0.0 or (ax < upper and ax >= 1e-4):
        p = _fixed_parts(x, kind, -1)
        frac = p.frac
        if frac == "":
            frac = "0"
        return p.ipart + "." + frac
    p = _sci_parts(x, kind, -1)
    s = p.ipart
    if p.frac != "":
        s += "." + p.frac
    return s + "e" + _exp_text(p.exp, 2)


# ---------------------------------------------------------------- formatters

class ElementFormat:
    """Formats one element (by flat C index) with the array-wide widths."""

    def format(self, i: int) -> str:
        raise NotImplementedError("format")


class BoolFormat(ElementFormat):
    def __init__(self, bools: list[bool], zero_d: bool) -> None:
        self.bools = bools
        self.truestr = "True" if zero_d else " True"

    def format(self, i: int) -> str:
        if self.bools[i]:
            return self.truestr
        return "False"


class IntFormat(ElementFormat):
    def __init__(self, ints: list[int], unsigned64: bool, shown: list[int]) -> None:
        self.ints = ints
        self.unsigned64 = unsigned64
        width = 0
        for i in shown:
            n = len(self.text(i))
            if n > width:
                width = n
        self.width = width

    def text(self, i: int) -> str:
        if self.unsigned64:
            return uint_str(self.ints[i])
        return str(self.ints[i])

    def format(self, i: int) -> str:
        return _rjust(self.text(i), self.width)


class FloatFormat(ElementFormat):
    def __init__(self, floats: list[float], kind: int, shown: list[int]) -> None:
        self.floats = floats
        self.kind = kind
        self.exp_format = False
        self.pad_left = 0
        self.pad_right = 0
        self.precision = PRECISION
        self.exp_size = -1
        have_nz = False
        max_val = 0.0
        min_val = 0.0
        nfinite = 0
        neginf = False
        nonfinite = False
        for i in shown:
            x = floats[i]
            if math.isnan(x) or math.isinf(x):
                nonfinite = True
                if math.isinf(x) and x < 0:
                    neginf = True
                continue
            nfinite += 1
            if x != 0.0:
                ax = abs(x)
                if not have_nz:
                    max_val = ax
                    min_val = ax
                    have_nz = True
                else:
                    if ax > max_val:
                        max_val = ax
                    if ax < min_val:
                        min_val = ax
        if have_nz:
            # NumPy 2.4: the max cutoff is 10**min(8, finfo.precision) (1e6 for
            # float32), and float32 comparisons happen in float32 (NEP 50).
            cutoff = 1.e8
            small = 0.0001
            ratio = max_val / min_val
            if kind == KIND_SINGLE:
                cutoff = 1.e6
                small = round_to_float32(0.0001)
                ratio = round_to_float32(ratio)
            elif kind == KIND_HALF:
                cutoff = 1.e3
                small = round_to_half(0.0001)
                ratio = round_to_half(ratio)
            if max_val >= cutoff or min_val < small or ratio > 1000.:
                self.exp_format = True
        if nfinite == 0:
            self.pad_left = 0
            self.pad_right = 0
            self.exp_format = False
        elif self.exp_format:
            maxexp = 0
            prec = 0
            left = 0
            for i in shown:
                x = floats[i]
                if math.isnan(x) or math.isinf(x):
                    continue
                p = _sci_parts(x, kind, PRECISION)
                n = len(_exp_text(p.exp, 2)) - 1
                if n > maxexp:
                    maxexp = n
                if len(p.frac) > prec:
                    prec = len(p.frac)
                if len(p.ipart) > left:
                    left = len(p.ipart)
            self.exp_size = maxexp
            self.precision = prec
            self.pad_left = left
            self.pad_right = self.exp_size + 2 + self.precision
        else:
            left = 0
            right = 0
            for i in shown:
                x = floats[i]
                if math.isnan(x) or math.isinf(x):
                    continue
                p = _fixed_parts(x, kind, PRECISION)
                if len(p.ipart) > left:
                    left = len(p.ipart)
                if len(p.frac) > right:
                    right = len(p.frac)
            self.pad_left = left
            self.pad_right = right
        if nonfinite:
            offset = self.pad_right + 1
            ni = 1 if neginf else 0
            if 3 - offset > self.pad_left:
                self.pad_left = 3 - offset
            if 3 + ni - offset > self.pad_left:
                self.pad_left = 3 + ni - offset

    def format(self, i: int) -> str:
        x = self.floats[i]
        if math.isnan(x) or math.isinf(x):
            if math.isnan(x):
                ret = "nan"
            elif x < 0:
                ret = "-inf"
            else:
                ret = "inf"
            return _spaces(self.pad_left + self.pad_right + 1 - len(ret)) + ret
        if self.exp_format:
            # min_digits == precision: Dragon4 then gives the exact value's
            # digits correctly rounded to `precision` (not zero padding).
            p = _sci_exact_parts(x, self.precision)
            frac = p.frac
            return (_rjust(p.ipart, self.pad_left) + "." + frac + "e" +
                    _exp_text(p.exp, self.exp_size))
        p = _fixed_parts(x, self.kind, self.precision)
        return _rjust(p.ipart, self.pad_left) + "." + _ljust(p.frac, self.pad_right)


# ---------------------------------------------------------------- layout

def _size(shape: list[int]) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


def _c_strides(shape: list[int]) -> list[int]:
    strides = [0] * len(shape)
    acc = 1
    k = len(shape) - 1
    while k >= 0:
        strides[k] = acc
        acc *= shape[k]
        k -= 1
    return strides


def _axis_positions(n: int, summarise: bool) -> list[int]:
    if summarise and 2 * EDGEITEMS < n:
        res = []
        for i in range(EDGEITEMS):
            res.append(i)
        for i in range(n - EDGEITEMS, n):
            res.append(i)
        return res
    return list(range(n))


def _shown_indices(shape: list[int], strides: list[int], summarise: bool) -> list[int]:
    cur = [0]
    for ax in range(len(shape)):
        nxt: list[int] = []
        pos = _axis_positions(shape[ax], summarise)
        for base in cur:
            for p in pos:
                nxt.append(base + p * strides[ax])
        cur = nxt
    return cur


def _make_format(data: ArrayData, shown: list[int]) -> ElementFormat:
    dt = data.dtype
    if dt.is_bool():
        return BoolFormat(data.bools, len(data.shape) == 0)
    if dt.is_float():
        return FloatFormat(data.floats, _float_kind(dt), shown)
    return IntFormat(data.ints, dt.compute == COMPUTE_UINT64, shown)


class Layout:
    """State of NumPy's _formatArray recursion."""

    def __init__(self, shape: list[int], strides: list[int], fmt: ElementFormat,
                 separator: str, summarise: bool) -> None:
        self.shape = shape
        self.strides = strides
        self.fmt = fmt
        self.separator = separator
        self.summarise = summarise


class LineState:
    def __init__(self, s: str, line: str) -> None:
        self.s = s
        self.line = line


def _extend_line(st: LineState, word: str, line_width: int, prefix: str) -> None:
    needs_wrap = len(st.line) + len(word) > line_width
    if len(st.line) <= len(prefix):
        needs_wrap = False
    if needs_wrap:
        st.s += st.line.rstrip() + "\n"
        st.line = prefix
    st.line += word


def _recurse(lay: Layout, axis: int, base: int, hanging: str, curr_width: int) -> str:
    ndim = len(lay.shape)
    axes_left = ndim - axis
    if axes_left == 0:
        return lay.fmt.format(base)
    next_hanging = hanging + " "
    next_width = curr_width - 1
    a_len = lay.shape[axis]
    stride = lay.strides[axis]
    show_summary = lay.summarise and 2 * EDGEITEMS < a_len
    if show_summary:
        leading = EDGEITEMS
        trailing = EDGEITEMS
    else:
        leading = 0
        trailing = a_len
    sep = lay.separator
    sep_r = sep.rstrip()
    if axes_left == 1:
        elem_width = curr_width - max(len(sep_r), 1)
        st = LineState("", hanging)
        for i in range(leading):
            word = _recurse(lay, axis + 1, base + i * stride, next_hanging, next_width)
            _extend_line(st, word, elem_width, hanging)
            st.line += sep
        if show_summary:
            _extend_line(st, "...", elem_width, hanging)
            st.line += sep
        i = trailing
        while i > 1:
            word = _recurse(lay, axis + 1, base + (a_len - i) * stride, next_hanging,
                            next_width)
            _extend_line(st, word, elem_width, hanging)
            st.line += sep
            i -= 1
        word = _recurse(lay, axis + 1, base + (a_len - 1) * stride, next_hanging, next_width)
        _extend_line(st, word, elem_width, hanging)
        s = st.s + st.line
    else:
        s = ""
        line_sep = sep_r + "\n" * (axes_left - 1)
        for i in range(leading):
            nested = _recurse(lay, axis + 1, base + i * stride, next_hanging, next_width)
            s += hanging + nested + line_sep
        if show_summary:
            s += hanging + "..." + line_sep
        i = trailing
        while i > 1:
            nested = _recurse(lay, axis + 1, base + (a_len - i) * stride, next_hanging,
                              next_width)
            s += hanging + nested + line_sep
            i -= 1
        nested = _recurse(lay, axis + 1, base + (a_len - 1) * stride, next_hanging, next_width)
        s += hanging + nested
    return "[" + s[len(hanging):] + "]"


def _array2string(data: ArrayData, separator: str, prefix: str, line_width: int) -> str:
    size = _size(data.shape)
    if size == 0:
        return "[]"
    summarise = size > THRESHOLD
    strides = _c_strides(data.shape)
    shown = _shown_indices(data.shape, strides, summarise)
    fmt = _make_format(data, shown)
    lay = Layout(data.shape, strides, fmt, separator, summarise)
    return _recurse(lay, 0, 0, " " + _spaces(len(prefix)), line_width)


def _shape_repr(shape: list[int]) -> str:
    if len(shape) == 1:
        return "(" + str(shape[0]) + ",)"
    parts = []
    for s in shape:
        parts.append(str(s))
    return "(" + ", ".join(parts) + ")"


def _dtype_implied(dtype: DType) -> bool:
    return dtype.num == FLOAT64.num or dtype.num == INT64.num or dtype.num == BOOL.num


def array_repr(data: ArrayData) -> str:
    """`repr(a)`: "array([1, 2, 3])", "array([], shape=(2, 0), dtype=float64)", ..."""
    prefix = "array("
    lst = _array2string(data, ", ", prefix, LINEWIDTH - 1)
    size = _size(data.shape)
    extras: list[str] = []
    is_0 = len(data.shape) == 1 and data.shape[0] == 0
    if (size == 0 and not is_0) or size > THRESHOLD:
        extras.append("shape=" + _shape_repr(data.shape))
    if not _dtype_implied(data.dtype) or size == 0:
        extras.append("dtype=" + data.dtype.name)
    if len(extras) == 0:
        return prefix + lst + ")"
    arr_str = prefix + lst + ","
    extra_str = ", ".join(extras) + ")"
    last_line_len = len(arr_str) - (arr_str.rfind("\n") + 1)
    spacer = " "
    if last_line_len + len(extra_str) + 1 > LINEWIDTH:
        spacer = "\n" + _spaces(len(prefix))
    return arr_str + spacer + extra_str


def array_str(data: ArrayData) -> str:
    """`str(a)` / `print(a)`: "[1 2 3]"."""
    if len(data.shape) == 0:
        dt = data.dtype
        if dt.is_bool():
            return scalar_str(dt, 0, 0.0, data.bools[0])
        if dt.is_float():
            return scalar_str(dt, 0, data.floats[0], False)
        return scalar_str(dt, data.ints[0], 0.0, False)
    return _array2string(data, " ", "", LINEWIDTH)


def scalar_repr(dtype: DType, ival: int, fval: float, bval: bool) -> str:
    """`repr` of a NumPy scalar: "np.int64(6)", "np.float64(1.5)", "np.True_".
    The value is in the field matching the dtype's compute kind."""
    if dtype.is_bool():
        return "np.True_" if bval else "np.False_"
    return "np." + dtype.name + "(" + scalar_str(dtype, ival, fval, bval) + ")"


def scalar_str(dtype: DType, ival: int, fval: float, bval: bool) -> str:
    """`str` of a NumPy scalar: "6", "1.5", "True", "0.1" for float32(0.1)."""
    if dtype.is_bool():
        return "True" if bval else "False"
    if dtype.is_float():
        return _float_scalar_text(fval, _float_kind(dtype))
    if dtype.compute == COMPUTE_UINT64:
        return uint_str(ival)
    return str(ival)
