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
