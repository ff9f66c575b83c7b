"""Raw-value formatting for mnpy: float repr, format specs, int bases.

Everything here works on plain str/int/float values (no W_ objects), so the
object model (objects.py) can import it. Errors are raised as FormatError
(message + kind) and turned into Python-level exceptions by the caller.
"""

import math

from rpy import rfloat
from rpy.rarithmetic import MININT


class FormatError(Exception):
    """A formatting failure: kind is "ValueError", "TypeError" or "OverflowError"."""

    def __init__(self, kind: str, message: str) -> None:
        Exception.__init__(self, message)
        self.kind = kind
        self.message = message


# ---------------------------------------------------------------- floats

def float_repr(x: float) -> str:
    """CPython's repr(float): shortest round-trip digits."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        if x > 0:
            return "inf"
        return "-inf"
    if x == 0.0:
        if math.copysign(1.0, x) < 0:
            return "-0.0"
        return "0.0"
    d = rfloat.shortest_digits(x, False)
    digits = d.digits
    decpt = d.exponent
    sign = ""
    if d.negative:
        sign = "-"
    if -4 < decpt <= 16:
        return sign + _fixed_from_digits(digits, decpt, True)
    return sign + _sci_from_digits(digits, decpt)


def _fixed_from_digits(digits: str, decpt: int, force_point: bool) -> str:
    if decpt <= 0:
        return "0." + "0" * (-decpt) + digits
    if decpt >= len(digits):
        s = digits + "0" * (decpt - len(digits))
        if force_point:
            s += ".0"
        return s
    return digits[:decpt] + "." + digits[decpt:]


def _sci_from_digits(digits: str, decpt: int) -> str:
    exp = decpt - 1
    mant = digits[0]
    if len(digits) > 1:
        mant += "." + digits[1:]
    return mant + "e" + exp_suffix(exp)


def exp_suffix(exp: int) -> str:
    """'+05' / '-12' / '+300' as C's %e prints exponents."""
    sign = "+"
    if exp < 0:
        sign = "-"
        exp = -exp
    s = str(exp)
    if len(s) < 2:
        s = "0" + s
    return sign + s


def float_str(x: float) -> str:
    return float_repr(x)


def _nonfinite(x: float, upper: bool) -> str:
    if math.isnan(x):
        s = "nan"
    elif x > 0:
        s = "inf"
    else:
        s = "-inf"
    if upper:
        return s.upper()
    return s


def format_fixed(x: float, precision: int) -> str:
    """%.<p>f"""
    if math.isnan(x) or math.isinf(x):
        return _nonfinite(x, False)
    return rfloat.format_float(x, "f", precision)


def format_exp(x: float, precision: int) -> str:
    """%.<p>e"""
    if math.isnan(x) or math.isinf(x):
        return _nonfinite(x, False)
    return rfloat.format_float(x, "e", precision)


def format_general(x: float, precision: int, alternate: bool) -> str:
    """%.<p>g (with '#' keeping trailing zeros)"""
    if math.isnan(x) or math.isinf(x):
        return _nonfinite(x, False)
    if precision == 0:
        precision = 1
    if not alternate:
        return rfloat.format_float(x, "g", precision)
    # alternate form: keep trailing zeros and the point
    if x == 0.0:
        exp = 0
    else:
        e = rfloat.format_float(x, "e", precision - 1)
        exp = int(e[e.index("e") + 1:])
    if -4 <= exp < precision:
        s = rfloat.format_float(x, "f", precision - 1 - exp)
        if "." not in s:
            s += "."
        return s
    return rfloat.format_float(x, "e", precision - 1)


def format_repr_general(x: float, precision: int, upper: bool) -> str:
    """Format-spec type '' with a precision: 'g' with Py_DTSF_ADD_DOT_0 (x >= 0 or any)."""
    if math.isnan(x) or math.isinf(x):
        return _nonfinite(x, upper)
    if precision == 0:
        precision = 1
    if x == 0.0:
        exp = 0
    else:
        e = rfloat.format_float(x, "e", precision - 1)
        exp = int(e[e.index("e") + 1:])
    if exp < -4 or exp >= precision - 1:
        e = rfloat.format_float(x, "e", precision - 1)
        k = e.index("e")
        mant = e[:k]
        if "." in mant:
            mant = mant.rstrip("0")
            if mant.endswith("."):
                mant = mant[:len(mant) - 1]
        return mant + "e" + exp_suffix(exp)
    s = rfloat.format_float(x, "g", precision)
    if "." not in s:
        s += ".0"
    return s


def round_decimal_string(digits: str, ndrop: int) -> str:
    """Round a non-negative decimal integer string to a multiple of 10**ndrop (half even)."""
    n = len(digits)
    if ndrop <= 0:
        return digits
    if ndrop > n:
        return "0"
    head = digits[:n - ndrop]
    tail = digits[n - ndrop:]
    half = "5" + "0" * (ndrop - 1)
    up = False
    if tail > half:
        up = True
    elif tail == half:
        last = 0
        if len(head) > 0:
            last = ord(head[len(head) - 1]) - 48
        up = last % 2 == 1
    if up:
        out: list[str] = []
        carry = 1
        i = len(head) - 1
        while i >= 0:
            d = ord(head[i]) - 48 + carry
            if d == 10:
                out.append("0")
                carry = 1
            else:
                out.append(chr(48 + d))
                carry = 0
            i -= 1
        if carry:
            out.append("1")
        out.reverse()
        head = "".join(out)
    if head == "":
        return "0"
    return head + "0" * ndrop


# ---------------------------------------------------------------- ints

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def int_to_base(value: int, base: int) -> str:
    """Digits of abs(value) in base (2..36), with a leading '-' if negative."""
    if value == 0:
        return "0"
    negative = value < 0
    out: list[str] = []
    if value == MININT:
        # avoid negating MININT: peel one digit first
        q = -(value // base) if value % base == 0 else -(value // base) - 1
        r = -(value + q * base)
        # value = -(q*base + r)
        out.append(_DIGITS[r])
        v = q
    else:
        v = value
        if negative:
            v = -v
    while v > 0:
        out.append(_DIGITS[v % base])
        v = v // base
    out.reverse()
    s = "".join(out)
    if negative:
        return "-" + s
    return s


# ---------------------------------------------------------------- specs

class Spec:
    """A parsed [[fill]align][sign][z][#][0][width][,|_][.precision][type]."""

    def __init__(self) -> None:
        self.fill = " "
        self.align = ""
        self.sign = ""
        self.alternate = False
        self.zero = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""


def _is_align(c: str) -> bool:
    return c == "<" or c == ">" or c == "^" or c == "="


def parse_spec(spec: str) -> Spec:
    s = Spec()
    n = len(spec)
    i = 0
    if n >= 2 and _is_align(spec[1]):
        s.fill = spec[0]
        s.align = spec[1]
        i = 2
    elif n >= 1 and _is_align(spec[0]):
        s.align = spec[0]
        i = 1
    if i < n and (spec[i] == "+" or spec[i] == "-" or spec[i] == " "):
        s.sign = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        i += 1
    if i < n and spec[i] == "#":
        s.alternate = True
        i += 1
    if i < n and spec[i] == "0":
        s.zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        s.width = int(spec[start:i])
    if i < n and (spec[i] == "," or spec[i] == "_"):
        s.grouping = spec[i]
        i += 1
        if i < n and (spec[i] == "," or spec[i] == "_"):
            raise FormatError("ValueError", "Cannot specify both ',' and '_'.")
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise FormatError("ValueError", "Format specifier missing precision")
        s.precision = int(spec[start:i])
    if n - i > 1:
        raise FormatError("ValueError", "Invalid format specifier '" + spec + "' for object of type '%s'")
    if i < n:
        s.type = spec[i]
    if s.zero and s.align == "":
        s.fill = "0"
        s.align = "="
    return s


def _group(digits: str, sep: str, every: int) -> str:
    if sep == "":
        return digits
    out: list[str] = []
    n = len(digits)
    first = n % every
    if first == 0:
        first = every
    out.append(digits[:first])
    i = first
    while i < n:
        out.append(sep)
        out.append(digits[i:i + every])
        i += every
    return "".join(out)


def _pad(s: Spec, sign: str, body: str, default_align: str) -> str:
    """Apply width/fill/align; sign (incl. prefix like 0x) goes before the padding for '='."""
    total = len(sign) + len(body)
    align = s.align
    if align == "":
        align = default_align
    if s.width <= total:
        return sign + body
    padn = s.width - total
    if align == "<":
        return sign + body + s.fill * padn
    if align == ">":
        return s.fill * padn + sign + body
    if align == "^":
        left = padn // 2
        return s.fill * left + sign + body + s.fill * (padn - left)
    # '='
    return sign + s.fill * padn + body


def _zero_grouped(s: Spec, sign: str, digits: str, every: int) -> str:
    """Zero padding with grouping: pad the digit string before grouping (CPython style)."""
    if s.grouping != "" and s.align == "=" and s.fill == "0" and s.width > 0:
        want = s.width - len(sign)
        grouped = _group(digits, s.grouping, every)
        while len(grouped) < want:
            digits = "0" + digits
            grouped = _group(digits, s.grouping, every)
        return grouped
    return _group(digits, s.grouping, every)


def _sign_str(negative: bool, flag: str) -> str:
    if negative:
        return "-"
    if flag == "+":
        return "+"
    if flag == " ":
        return " "
    return ""


def format_int_spec(value: int, spec: str, type_name: str) -> str:
    s = parse_spec(spec)
    t = s.type
    if t == "" or t == "d" or t == "n":
        base = 10
    elif t == "x" or t == "X":
        base = 16
    elif t == "o":
        base = 8
    elif t == "b":
        base = 2
    elif t == "c":
        if value < 0 or value > 0x10FFFF:
            raise FormatError("OverflowError", "%c arg not in range(0x110000)")
        return _pad(s, "", chr(value), "<")
    elif t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "%":
        return format_float_spec(float(value), spec, type_name)
    else:
        raise FormatError("ValueError", "Unknown format code '" + t +
                          "' for object of type '" + type_name + "'")
    if s.precision >= 0:
        raise FormatError("ValueError", "Precision not allowed in integer format specifier")
    digits = int_to_base(value, base)
    negative = False
    if digits.startswith("-"):
        negative = True
        digits = digits[1:]
    if t == "X":
        digits = digits.upper()
    prefix = ""
    if s.alternate:
        if base == 16:
            prefix = "0x"
            if t == "X":
                prefix = "0X"
        elif base == 8:
            prefix = "0o"
        elif base == 2:
            prefix = "0b"
    every = 3
    if base != 10:
        every = 4
    sign = _sign_str(negative, s.sign) + prefix
    digits = _zero_grouped(s, sign, digits, every)
    return _pad(s, sign, digits, ">")


def format_float_spec(x: float, spec: str, type_name: str) -> str:
    s = parse_spec(spec)
    t = s.type
    prec = s.precision
    upper = False
    negative = math.copysign(1.0, x) < 0 and not math.isnan(x)
    ax = abs(x)
    percent = False
    if t == "f" or t == "F":
        if prec < 0:
            prec = 6
        body = format_fixed(ax, prec)
        upper = t == "F"
        if s.alternate and "." not in body and not math.isinf(ax) and not math.isnan(ax):
            body += "."
    elif t == "e" or t == "E":
        if prec < 0:
            prec = 6
        body = format_exp(ax, prec)
        upper = t == "E"
        if s.alternate and prec == 0 and "." not in body and "e" in body:
            k = body.index("e")
            body = body[:k] + "." + body[k:]
    elif t == "g" or t == "G":
        if prec < 0:
            prec = 6
        body = format_general(ax, prec, s.alternate)
        upper = t == "G"
    elif t == "%":
        if prec < 0:
            prec = 6
        body = format_fixed(ax * 100.0, prec) + "%"
        percent = True
    elif t == "" or t == "n":
        if prec < 0:
            body = float_repr(ax)
        else:
            body = format_repr_general(ax, prec, False)
    else:
        raise FormatError("ValueError", "Unknown format code '" + t +
                          "' for object of type '" + type_name + "'")
    if upper:
        body = body.upper()
    # split integer digits for grouping
    if s.grouping != "" and not (math.isnan(ax) or math.isinf(ax)):
        end = len(body)
        k = 0
        while k < len(body) and body[k].isdigit():
            k += 1
        intpart = body[:k]
        rest = body[k:]
        sign = _sign_str(negative, s.sign)
        intpart = _zero_grouped(s, sign, intpart, 3)
        body = intpart + rest
        if end < 0:
            pass
    sign = _sign_str(negative, s.sign)
    if percent:
        pass
    if (math.isnan(ax) or math.isinf(ax)) and s.fill == "0" and s.align == "=" and s.zero:
        # CPython pads inf/nan with the fill '0' too; keep behaviour simple
        pass
    return _pad(s, sign, body, ">")


def format_str_spec(value: str, spec: str) -> str:
    s = parse_spec(spec)
    if s.type != "" and s.type != "s":
        raise FormatError("ValueError", "Unknown format code '" + s.type +
                          "' for object of type 'str'")
    if s.sign != "":
        raise FormatError("ValueError", "Sign not allowed in string format specifier")
    if s.alternate:
        raise FormatError("ValueError", "Alternate form (#) not allowed in string format specifier")
    if s.align == "=":
        raise FormatError("ValueError", "'=' alignment not allowed in string format specifier")
    if s.precision >= 0:
        value = value[:s.precision]
    return _pad(s, "", value, "<")
