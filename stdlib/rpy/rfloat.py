"""Float formatting and float32 rounding primitives for RPy.

Translated, these map onto the runtime's correctly rounded formatting (the
same code that gives CPython's `repr(float)`); on CPython they use Python's
own formatting, which is correctly rounded too. Every function returns the
same text on both.

- `format_float(x, code, precision)`: C's `%.<precision><code>` for code in
  "e", "f", "g" ("inf", "nan", "-inf" for the special values).
- `shortest_digits(x, single)`: the shortest decimal digits that round-trip
  to x (as a float64, or as a float32 when `single`), as a `Digits` value
  (sign, digit string without leading or trailing zeros, decimal exponent
  such that value = 0.DIGITS * 10**exponent). This is the "unique" mode of
  Dragon4 that NumPy's printing and Python's repr are built on.
- `round_to_float32(x)`: the float32 nearest to x (round-half-even, overflow
  to infinity), returned as a float.
"""

import math
import struct

_F32 = struct.Struct("<f")


class Digits:
    """Shortest round-trip digits of a finite float: value = 0.digits * 10**exponent."""

    def __init__(self, negative: bool, digits: str, exponent: int) -> None:
        self.negative = negative
        self.digits = digits
        self.exponent = exponent


def format_float(x: float, code: str, precision: int) -> str:
    """C's `%.<precision><code>` formatting of x (code: "e", "f" or "g")."""
    if code == "e":
        return ("%." + str(precision) + "e") % x
    if code == "f":
        return ("%." + str(precision) + "f") % x
    if code == "g":
        return ("%." + str(precision) + "g") % x
    raise ValueError("format_float: bad code " + code)


def round_to_float32(x: float) -> float:
    """The float32 nearest to x, as a float (inf when it overflows float32)."""
    if math.isnan(x) or math.isinf(x):
        return x
    try:
        return float(_F32.unpack(_F32.pack(x))[0])
    except OverflowError:
        return math.copysign(math.inf, x)


def _split_e(text: str) -> Digits:
    # text is "[-]D.DDDDe[+-]XX" or "[-]De[+-]XX"
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    mantissa, exp_text = text.split("e")
    digits = mantissa.replace(".", "")
    exponent = int(exp_text) + 1
    end = len(digits)
    while end > 1 and digits[end - 1] == "0":
        end -= 1
    digits = digits[:end]
    if digits == "0":
        exponent = 0
    return Digits(negative, digits, exponent)


def shortest_digits(x: float, single: bool) -> Digits:
    """Shortest digits that round-trip to x (float32 round-trip when single).

    x must be finite. For zero the digits are "0" and the exponent 0.
    """
    if not single:
        return _shortest64(x)
    for precision in range(0, 9):
        text = ("%." + str(precision) + "e") % x
        if round_to_float32(float(text)) == x:
            return _split_e(text)
    return _split_e("%.8e" % x)


def _shortest64(x: float) -> Digits:
    # Python's repr is the shortest round-trip form; recover its digits.
    for precision in range(0, 17):
        text = ("%." + str(precision) + "e") % x
        if float(text) == x:
            return _split_e(text)
    return _split_e("%.16e" % x)


# -- IEEE helpers (added for micronumpy casting/unary) ----------------------

INT64_MIN = -9223372036854775807 - 1
INT32_MIN = -2147483648
TWO63 = 9223372036854775808.0
TWO31 = 2147483648.0
TWO52 = 4503599627370496.0


def cvtt_int64(x: float) -> int:
    """x86-64 `cvttsd2si` (64-bit): truncation toward zero; nan, infinities
    and values outside [-2**63, 2**63) give INT64_MIN."""
    if x != x or x >= TWO63 or x < -TWO63:
        return INT64_MIN
    return int(x)


def cvtt_int32(x: float) -> int:
    """x86-64 `cvttsd2si` (32-bit): truncation toward zero; nan, infinities
    and results outside the int32 range give INT32_MIN."""
    if x != x or x >= TWO31 or x <= -2147483649.0:
        return INT32_MIN
    return int(x)


def bit_length(a: int) -> int:
    """The number of bits of a >= 0 (0 for 0)."""
    n = 0
    while a > 0:
        a >>= 1
        n += 1
    return n


def _pos_int_to_float32(a: int) -> float:
    # a in [0, 2**63): correctly rounded (round-half-even) to 24 bits.
    if a <= 16777216:
        return float(a)
    n = bit_length(a)
    shift = n - 24
    q = a >> shift
    rem = a & ((1 << shift) - 1)
    half = 1 << (shift - 1)
    if rem > half or (rem == half and (q & 1) == 1):
        q += 1
    return math.ldexp(float(q), shift)


def int_to_float32(v: int) -> float:
    """The float32 nearest to the signed 64-bit int v (rounded once,
    half-even, as NumPy's int64 -> float32 cast), returned as a float."""
    if v == INT64_MIN:
        return -TWO63
    if v < 0:
        return -_pos_int_to_float32(-v)
    return _pos_int_to_float32(v)


def uint_to_float32(bits: int) -> float:
    """The float32 nearest to the uint64 whose bit pattern is `bits`."""
    if bits >= 0:
        return _pos_int_to_float32(bits)
    # value in [2**63, 2**64): halve keeping a sticky bit (exact for a
    # 24-bit rounding), round, double.
    half = ((bits >> 1) & 0x7FFFFFFFFFFFFFFF) | (bits & 1)
    return _pos_int_to_float32(half) * 2.0


def rint(x: float) -> float:
    """Round to the nearest integer, ties to even (C's rint in the default
    rounding mode); keeps the sign of zero, nan and infinities pass."""
    if x != x or x >= TWO52 or x <= -TWO52:
        return x
    f = float(math.floor(x))
    diff = x - f
    r = f
    if diff > 0.5:
        r = f + 1.0
    elif diff == 0.5:
        if math.fmod(f, 2.0) != 0.0:
            r = f + 1.0
    return math.copysign(r, x)


def trunc(x: float) -> float:
    """C's trunc: keeps the sign of zero, nan and infinities pass."""
    if x != x or x >= TWO52 or x <= -TWO52:
        return x
    return math.copysign(float(int(x)), x)


def floor(x: float) -> float:
    """C's floor as a float (nan/inf pass, -0.0 kept)."""
    if x != x or x >= TWO52 or x <= -TWO52:
        return x
    return math.copysign(float(math.floor(x)), x)


def ceil(x: float) -> float:
    """C's ceil as a float (nan/inf pass, -0.0 kept; ceil(-0.5) is -0.0)."""
    if x != x or x >= TWO52 or x <= -TWO52:
        return x
    return math.copysign(float(math.ceil(x)), x)


# x86's "default NaN" produced by invalid operations (sqrt(-1), inf - inf,
# sin(inf), ...): a quiet NaN with the sign bit set.
NEG_NAN = math.copysign(math.nan, -1.0)
EXP_MAX = 709.782712893384          # largest x with exp(x) finite
SINH_MAX = 710.4758600739439        # largest |x| with sinh/cosh finite


def safe_exp(x: float) -> float:
    """exp that never raises: overflow -> inf, nan passes."""
    if x != x:
        return x
    if x > EXP_MAX:
        return math.inf
    return math.exp(x)


def safe_log(x: float, base: int) -> float:
    """log (base 0: natural, 2, 10) that never raises: log(0) -> -inf,
    log(x < 0) -> default NaN, nan passes."""
    if x != x:
        return x
    if x < 0.0:
        return NEG_NAN
    if x == 0.0:
        return -math.inf
    if base == 2:
        return math.log2(x)
    if base == 10:
        return math.log10(x)
    return math.log(x)


def safe_sqrt(x: float) -> float:
    if x != x:
        return x
    if x < 0.0:
        return NEG_NAN
    return math.sqrt(x)


def safe_trig(x: float, which: int) -> float:
    """sin (0), cos (1), tan (2); infinities -> default NaN."""
    if x != x:
        return x
    if math.isinf(x):
        return NEG_NAN
    if which == 0:
        return math.sin(x)
    if which == 1:
        return math.cos(x)
    return math.tan(x)


def safe_asin(x: float, acos: bool) -> float:
    if x != x:
        return x
    if x > 1.0 or x < -1.0:
        return NEG_NAN
    if acos:
        return math.acos(x)
    return math.asin(x)


def safe_sinh(x: float) -> float:
    if x != x:
        return x
    if x > SINH_MAX:
        return math.inf
    if x < -SINH_MAX:
        return -math.inf
    return math.sinh(x)


def safe_cosh(x: float) -> float:
    if x != x:
        return x
    if x > SINH_MAX or x < -SINH_MAX:
        return math.inf
    return math.cosh(x)
