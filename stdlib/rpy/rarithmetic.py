"""Machine-integer arithmetic for RPy.

RPy's `int` is a signed 64-bit integer whose `+ - *` raise OverflowError when
the result leaves the 64-bit range. This module gives the other behaviours a
low-level library needs, with the same results on CPython and translated:

- `intmask(x)`: wrap to signed 64 bits (two's complement). Translated,
  `intmask(a op b)` with `op` one of `+ - * << & | ^` computes the operation
  with wrapping machine arithmetic instead of raising OverflowError.
- `ovfcheck(x)`: return x, raise OverflowError if it is outside 64 bits.
- `truncate(x, bits, signed)`: wrap to a narrower integer type (int8 ...
  uint32), as a C cast does.
- uint64 values are kept in an `int` as their signed bit pattern; the
  `uint_*` functions compare, divide, convert and print them as unsigned.
"""

LONG_BIT = 64
MAXINT = 9223372036854775807
MININT = -9223372036854775808
_MASK64 = 0xFFFFFFFFFFFFFFFF
_TWO64 = 0x10000000000000000


def intmask(x: int) -> int:
    """Wrap x to a signed 64-bit integer."""
    x &= _MASK64
    if x > MAXINT:
        x -= _TWO64
    return x


def ovfcheck(x: int) -> int:
    """Return x if it fits in a signed 64-bit int, else raise OverflowError."""
    if x > MAXINT or x < MININT:
        raise OverflowError("integer overflow")
    return x


def truncate(x: int, bits: int, signed: bool) -> int:
    """Wrap x to an integer of `bits` bits (8, 16, 32 or 64), as a C cast."""
    if bits == 64:
        return intmask(x)
    mask = (1 << bits) - 1
    x &= mask
    if signed and x >= (1 << (bits - 1)):
        x -= 1 << bits
    return x


def _unsigned(x: int) -> int:
    # CPython only: the unsigned value of a 64-bit pattern (may exceed MAXINT).
    return x & _MASK64


def uint_lt(a: int, b: int) -> bool:
    """a < b, both uint64 bit patterns."""
    return _unsigned(a) < _unsigned(b)


def uint_le(a: int, b: int) -> bool:
    """a <= b, both uint64 bit patterns."""
    return _unsigned(a) <= _unsigned(b)


def uint_floordiv(a: int, b: int) -> int:
    """a // b as uint64 (b != 0), as a bit pattern."""
    return intmask(_unsigned(a) // _unsigned(b))


def uint_mod(a: int, b: int) -> int:
    """a % b as uint64 (b != 0), as a bit pattern."""
    return intmask(_unsigned(a) % _unsigned(b))


def uint_to_float(a: int) -> float:
    """The float nearest to the uint64 value of a (round-half-even)."""
    return float(_unsigned(a))


def uint_from_float(f: float) -> int:
    """Truncate a float in [0, 2**64) to a uint64 bit pattern."""
    return intmask(int(f))


def uint_str(a: int) -> str:
    """Decimal text of the uint64 value of a."""
    return str(_unsigned(a))


def uint_is_small(a: int) -> bool:
    """True when the uint64 value of a fits in a signed int (a >= 0)."""
    return a >= 0
