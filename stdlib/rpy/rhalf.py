"""IEEE binary16 (NumPy float16) primitives for RPy.

Everything is exact integer arithmetic on small values (a binary16 value is
m * 2**e with m < 2**11 and -24 <= e <= 5, so no intermediate comes near
2**63). Results are bit-identical to NumPy 2.4's software half conversions
(`npy_double_to_half`, `npy_float_to_half`, `npy_half_to_double`, ...) and
to its Dragon4 printing of float16 values.

Bit patterns:
- a half is an int in [0, 0xFFFF] (its uint16 pattern);
- a double pattern is a signed 64-bit int (as `RawStorage.get_int64` gives);
- a float32 pattern is an int in [0, 0xFFFFFFFF].

Conversions from values:
- `double_to_half_bits(x)`: x rounded to binary16, round-half-even from the
  exact value, overflow to +-inf, subnormals, signed zeros. A NaN gives the
  quiet NaN 0x7E00 with x's sign bit (0xFE00), as NumPy does for the
  default NaN; other NaN payloads need the bit-pattern functions.
- `float_to_half_bits(x)` (x a float32 value): the same results (NumPy's
  float->half and double->half are both correctly rounded from the exact
  value, so they agree on every float32 value; both keep the top 10
  mantissa bits of a NaN, see `float_bits_to_half_bits`).
- `half_bits_to_double(h)`, `round_to_half(x)`.

Conversions between bit patterns (NaN payloads as NumPy keeps them: the top
mantissa bits are kept, a signalling NaN stays signalling, a payload that
would vanish becomes 0x7C01):
- `double_bits_to_half_bits`, `float_bits_to_half_bits`,
  `half_bits_to_double_bits`, `half_bits_to_float_bits`.

Printing (NumPy's Dragon4 in "unique" mode at half precision):
- `half_digits(h)` / `half_shortest_digits(x)`: a `rpy.rfloat.Digits`
  (value = 0.DIGITS * 10**exponent), the digits NumPy's Dragon4 produces:
  digit generation stops at the first length at which the truncated or the
  incremented digit string lies inside the rounding interval (the
  interval's boundaries count as inside only when the integer mantissa is
  even, as round-half-even would read them back to this value); when both
  lie inside, the nearer one is taken, an exact tie going to the even
  last digit. Margins are half an ulp each side, except at a power of two
  (exponent field >= 2, mantissa 0) where the lower margin is a quarter ulp.
- `half_dragon4(h, mode, cutoff)`: the same with NumPy's precision cutoff
  (CUTOFF_FRACTION n: `format_float_positional(v, unique=True,
  precision=n)`; CUTOFF_TOTAL n: `format_float_scientific(..., precision=
  n - 1)`). At the array-print default precision 8 the cutoff never bites
  for float16 (every finite half's unique digits fit in 8 fraction digits),
  so arrays can use `half_digits` directly.
- `half_str(h)` = `str(np.float16(v))` and `half_repr(h)` = the number
  inside `repr(np.float16(v))` (the same text): positional when
  1e-4 <= |v| < 1e3 or v == 0 ("0.0", "-0.0", "1.0", "0.0001", "999.5"),
  else scientific with at least two exponent digits ("6e-08", "1e+03",
  "6.55e+04"); "nan" for every NaN (sign ignored), "inf", "-inf".
"""

import math

from rpy.rfloat import Digits, bit_length

HALF_POS_INF = 0x7C00
HALF_NEG_INF = 0xFC00
HALF_NAN = 0x7E00          # NumPy's float16 nan (np.float16(np.nan))
HALF_NEG_NAN = 0xFE00      # np.float16(-np.nan)
HALF_MAX = 65504.0
HALF_MIN_NORMAL = 6.103515625e-05        # 2**-14
HALF_MIN_SUBNORMAL = 5.960464477539063e-08  # 2**-24

_INT64_MIN = -9223372036854775807 - 1
_MASK63 = 0x7FFFFFFFFFFFFFFF
_DBL_SIG_MASK = 0x000FFFFFFFFFFFFF


def _round_mag(mant: int, e2: int) -> int:
    """Half bits (sign clear) of the positive value mant * 2**e2, rounded
    half-even; overflow gives infinity. 0 < mant < 2**62."""
    nb = bit_length(mant)
    top = nb - 1 + e2               # value in [2**top, 2**(top + 1))
    if top >= 16:
        return HALF_POS_INF
    ulp = top - 10
    if ulp < -24:
        ulp = -24
    shift = ulp - e2
    if shift <= 0:
        q = mant << (-shift)        # exact (q < 2**11 because top < 16)
    elif shift > nb:
        return 0                    # below half the smallest subnormal
    else:
        q = mant >> shift
        rem = mant & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and (q & 1) == 1):
            q += 1
    if ulp == -24:
        return q                    # subnormal, or 2**-14 <= v < 2**-13
    # q in [1024, 2048]; q == 2048 carries into the exponent (maybe to inf)
    return ((top + 15) << 10) + q - 1024


def _sign_bit(x: float) -> int:
    if math.copysign(1.0, x) < 0.0:
        return 0x8000
    return 0


def double_to_half_bits(x: float) -> int:
    """uint16 pattern of x rounded to binary16 (NumPy's npy_double_to_half)."""
    sign = _sign_bit(x)
    if x != x:
        return sign | HALF_NAN
    if math.isinf(x):
        return sign | HALF_POS_INF
    if x == 0.0:
        return sign
    m, e = math.frexp(abs(x))
    mant = int(math.ldexp(m, 53))
    return sign | _round_mag(mant, e - 53)


def float_to_half_bits(x: float) -> int:
    """uint16 pattern of the float32 value x rounded to binary16 (NumPy's
    npy_float_to_half); equal to double_to_half_bits(x) for every float32."""
    return double_to_half_bits(x)


def round_to_half(x: float) -> float:
    """The binary16 value nearest to x (half-even, overflow to inf)."""
    return half_bits_to_double(double_to_half_bits(x))


def half_bits_to_double(h: int) -> float:
    """The exact value of the half with pattern h (NaN: a quiet NaN with
    h's sign; use half_bits_to_double_bits to keep a payload)."""
    h &= 0xFFFF
    neg = (h & 0x8000) != 0
    exp = (h >> 10) & 0x1F
    mant = h & 0x3FF
    if exp == 31:
        if mant != 0:
            v = math.nan
        else:
            v = math.inf
    elif exp == 0:
        v = math.ldexp(float(mant), -24)
    else:
        v = math.ldexp(float(mant + 1024), exp - 25)
    if neg:
        return -v
    return v


def half_is_nan(h: int) -> bool:
    return (h & 0x7C00) == 0x7C00 and (h & 0x3FF) != 0


# -- bit-pattern conversions (NaN payloads as NumPy) --------------------------

def double_bits_to_half_bits(bits: int) -> int:
    """NumPy's npy_doublebits_to_halfbits; bits is the signed 64-bit pattern."""
    sign = 0
    if bits < 0:
        sign = 0x8000
    mag = bits & _MASK63
    dexp = mag >> 52
    dsig = mag & _DBL_SIG_MASK
    if dexp == 0x7FF:
        if dsig == 0:
            return sign | HALF_POS_INF
        ret = 0x7C00 + (dsig >> 42)
        if ret == 0x7C00:
            ret += 1
        return sign | ret
    if dexp == 0:
        if dsig == 0:
            return sign
        return sign | _round_mag(dsig, -1074)
    return sign | _round_mag(dsig | (1 << 52), dexp - 1075)


def float_bits_to_half_bits(bits: int) -> int:
    """NumPy's npy_floatbits_to_halfbits; bits is the uint32 pattern."""
    bits &= 0xFFFFFFFF
    sign = (bits >> 16) & 0x8000
    fexp = (bits >> 23) & 0xFF
    fsig = bits & 0x7FFFFF
    if fexp == 0xFF:
        if fsig == 0:
            return sign | HALF_POS_INF
        ret = 0x7C00 + (fsig >> 13)
        if ret == 0x7C00:
            ret += 1
        return sign | ret
    if fexp == 0:
        if fsig == 0:
            return sign
        return sign | _round_mag(fsig, -149)
    return sign | _round_mag(fsig | (1 << 23), fexp - 150)


def half_bits_to_double_bits(h: int) -> int:
    """NumPy's npy_halfbits_to_doublebits, as a signed 64-bit pattern."""
    h &= 0xFFFF
    exp = (h >> 10) & 0x1F
    mant = h & 0x3FF
    if exp == 31:
        mag = 0x7FF0000000000000 + (mant << 42)
    elif exp == 0:
        if mant == 0:
            mag = 0
        else:
            # normalise the subnormal: value = mant * 2**-24
            nb = bit_length(mant)           # 1..10
            e = nb - 1 - 24                  # unbiased exponent
            frac = (mant << (53 - nb)) & _DBL_SIG_MASK
            mag = ((e + 1023) << 52) | frac
    else:
        mag = ((exp - 15 + 1023) << 52) | (mant << 42)
    if (h & 0x8000) != 0:
        return mag + _INT64_MIN
    return mag


def half_bits_to_float_bits(h: int) -> int:
    """NumPy's npy_halfbits_to_floatbits (uint32 pattern)."""
    h &= 0xFFFF
    sign = (h & 0x8000) << 16
    exp = (h >> 10) & 0x1F
    mant = h & 0x3FF
    if exp == 31:
        return sign | 0x7F800000 | (mant << 13)
    if exp == 0:
        if mant == 0:
            return sign
        nb = bit_length(mant)
        e = nb - 1 - 24
        frac = (mant << (24 - nb)) & 0x7FFFFF
        return sign | ((e + 127) << 23) | frac
    return sign | ((exp - 15 + 127) << 23) | (mant << 13)


# -- Dragon4 (unique mode) at half precision ---------------------------------

CUTOFF_NONE = 0        # unique digits only (repr/str of scalars)
CUTOFF_FRACTION = 1    # at most `cutoff` digits after the decimal point
CUTOFF_TOTAL = 2       # at most `cutoff` significant digits


def half_digits(h: int) -> Digits:
    """NumPy's Dragon4 unique digits of the finite half with pattern h.

    Zero gives digits "0", exponent 0. h must not be inf or NaN.
    """
    return half_dragon4(h, CUTOFF_NONE, -1)


def half_dragon4(h: int, mode: int, cutoff: int) -> Digits:
    """NumPy's Dragon4 in unique mode for the finite half h, with an
    optional cutoff: mode CUTOFF_FRACTION with cutoff n is
    `np.format_float_positional(v, unique=True, precision=n)`'s digits
    (the digit at 10**-n is rounded from the exact value when the unique
    digits go further); CUTOFF_TOTAL with n is
    `np.format_float_scientific(v, unique=True, precision=n - 1)`'s.
    cutoff < 0 (or mode CUTOFF_NONE) means no cutoff. A result that rounds
    to nothing is digits "0", exponent 0 (sign kept in `negative`).
    """
    h &= 0xFFFF
    neg = (h & 0x8000) != 0
    exp = (h >> 10) & 0x1F
    fmant = h & 0x3FF
    if exp == 31:
        raise ValueError("half_dragon4: not a finite half")
    if exp == 0 and fmant == 0:
        return Digits(neg, "0", 0)
    if cutoff < 0:
        mode = CUTOFF_NONE
    if exp != 0:
        mant = fmant | 0x400
        e2 = exp - 25
        unequal = exp != 1 and fmant == 0
    else:
        mant = fmant
        e2 = -24
        unequal = False
    # Boundaries of the rounding interval belong to it when the mantissa is
    # even (round-half-even reads them back to this value).
    even = (mant & 1) == 0
    # Everything in units of 2**-26: the value, and the margins to the
    # rounding boundaries (half an ulp; a quarter ulp below a power of two).
    value = mant << (e2 + 26)
    margin_high = 1 << (e2 + 25)
    margin_low = margin_high
    if unequal:
        margin_low = 1 << (e2 + 24)
    unit = 1 << 26
    # k: the smallest decimal exponent with value < 10**k (value < 2**16).
    k = 0
    p = unit
    if value >= p:
        while value >= p:
            p *= 10
            k += 1
    else:
        t = value
        while t * 10 < unit:
            t *= 10
            k -= 1
    if mode == CUTOFF_FRACTION and k < 1 - cutoff:
        k = 1 - cutoff
    # rem / scale = value / 10**k, in [0, 1)
    scale = unit
    if k >= 0:
        i = 0
        while i < k:
            scale *= 10
            i += 1
    else:
        i = 0
        while i < -k:
            value *= 10
            margin_low *= 10
            margin_high *= 10
            i += 1
    last = -1000                    # decimal exponent of the last digit
    if mode == CUTOFF_FRACTION:
        last = -cutoff
    elif mode == CUTOFF_TOTAL:
        last = k - cutoff
    rem = value
    out = ""
    low = False
    high = False
    digit = 0
    pos = k
    while True:
        pos -= 1
        rem *= 10
        margin_low *= 10
        margin_high *= 10
        digit = rem // scale
        rem = rem - digit * scale
        if even:
            low = rem <= margin_low
            high = rem + margin_high >= scale
        else:
            low = rem < margin_low
            high = rem + margin_high > scale
        if low or high or pos == last:
            break
        out += chr(48 + digit)
    round_down = low
    if low == high:
        twice = rem * 2
        if twice < scale:
            round_down = True
        elif twice > scale:
            round_down = False
        else:
            round_down = (digit & 1) == 0
    if round_down:
        out += chr(48 + digit)
    elif digit < 9:
        out += chr(48 + digit + 1)
    else:
        # carry through trailing nines
        end = len(out)
        while end > 0 and out[end - 1] == "9":
            end -= 1
        if end == 0:
            out = "1"
            k += 1
        else:
            out = out[:end - 1] + chr(ord(out[end - 1]) + 1)
    # strip leading zeros (only with a fraction cutoff) and trailing zeros
    start = 0
    while start < len(out) and out[start] == "0":
        start += 1
        k -= 1
    end = len(out)
    while end > start and out[end - 1] == "0":
        end -= 1
    if start == end:
        return Digits(neg, "0", 0)
    return Digits(neg, out[start:end], k)


def half_shortest_digits(x: float) -> Digits:
    """half_digits of x (a float16 value; other values are rounded to the
    nearest half first). x must be finite after that rounding."""
    return half_digits(double_to_half_bits(x))


def _exp_suffix(e: int) -> str:
    sign = "+"
    if e < 0:
        sign = "-"
        e = -e
    s = str(e)
    if len(s) < 2:
        s = "0" + s
    return "e" + sign + s


def half_positional(dg: Digits) -> str:
    """Positional text of Dragon4 digits, NumPy's trim mode '.0' ("1.0")."""
    sign = ""
    if dg.negative:
        sign = "-"
    d = dg.digits
    e = dg.exponent
    if d == "0":
        return sign + "0.0"
    if e <= 0:
        return sign + "0." + "0" * (-e) + d
    if e >= len(d):
        return sign + d + "0" * (e - len(d)) + ".0"
    return sign + d[:e] + "." + d[e:]


def half_scientific(dg: Digits) -> str:
    """Scientific text of Dragon4 digits, NumPy's trim mode ("6e-08")."""
    sign = ""
    if dg.negative:
        sign = "-"
    d = dg.digits
    if d == "0":
        return sign + "0e+00"
    text = sign + d[0]
    if len(d) > 1:
        text += "." + d[1:]
    return text + _exp_suffix(dg.exponent - 1)


def half_str(h: int) -> str:
    """str(np.float16(v)) for the half with pattern h."""
    h &= 0xFFFF
    if half_is_nan(h):
        return "nan"
    if h == HALF_POS_INF:
        return "inf"
    if h == HALF_NEG_INF:
        return "-inf"
    dg = half_digits(h)
    v = abs(half_bits_to_double(h))
    if v == 0.0 or (v >= 1e-4 and v < 1e3):
        return half_positional(dg)
    return half_scientific(dg)


def half_repr(h: int) -> str:
    """The number inside repr(np.float16(v)): "np.float16(" + this + ")"."""
    return half_str(h)
