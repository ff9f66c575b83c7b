"""Fused multiply-add for RPy: `fma(a, b, c)` is a*b+c rounded once
(round-half-even) in float64; `fma32(a, b, c)` is the same for float32
operands (values held in a float), rounded once to float32.

Only float operations of the host (correctly rounded +, -, *) and `math`
are used: no wide integers.

- fma: Veltkamp/Dekker two-product (a*b = uh + ul exactly), two-sum
  (c + uh = th + tl exactly), then the correctly rounded sum of
  th + tl + ul as RN(th + RO(tl + ul)) where RO is rounding to odd
  (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums:
  proved algorithms using rounding to odd", IEEE TC 2008). Operands whose
  product would overflow or lose bits to underflow in the error terms are
  scaled by powers of two first; a subnormal result reached that way is
  rounded onto the subnormal grid exactly (integer-part/expansion sign
  tests), so the result is correctly rounded for every finite input.
  Infinities and nans follow IEEE 754 fma.
- fma32: a*b is exact in a double for float32 a, b; the sum with c is
  computed exactly as s + t (two-sum), rounded to odd at 53 bits and
  then to float32: exact in all cases (53 >= 24 + 2).
"""

import math

from rpy.rfloat import round_to_float32

_SPLIT = 134217729.0  # 2**27 + 1
_TWO_M1074 = 4.9406564584124654e-324  # 2**-1074, smallest subnormal


def _is_finite(x: float) -> bool:
    return x == x and x != math.inf and x != -math.inf


def _split_hi(a: float) -> float:
    t = _SPLIT * a
    return t - (t - a)


def _two_prod_err(a: float, b: float, p: float) -> float:
    """The exact a*b - p for p = RN(a*b) (no overflow, no underflow)."""
    ah = _split_hi(a)
    al = a - ah
    bh = _split_hi(b)
    bl = b - bh
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl


def _two_sum_err(a: float, b: float, s: float) -> float:
    """The exact a + b - s for s = RN(a + b) (Knuth's two-sum)."""
    bb = s - a
    return (a - (s - bb)) + (b - bb)


def _step_toward(s: float, t: float) -> float:
    """The float next to s (a normal, nonzero float) in the direction of t's sign."""
    m, e = math.frexp(s)
    ulp = math.ldexp(1.0, e - 53)
    away = (t > 0.0) == (s > 0.0)
    mag = -s if s < 0.0 else s
    if away:
        mag = mag + ulp
    elif m == 0.5 or m == -0.5:
        mag = mag - ulp * 0.5
    else:
        mag = mag - ulp
    return -mag if s < 0.0 else mag


def _is_odd(s: float) -> bool:
    """True when the last significand bit (at 53 bits) of normal s is 1."""
    m, e = math.frexp(s)
    q = m * 9007199254740992.0  # m * 2**53: an exact integer below 2**53
    return math.fmod(q, 2.0) != 0.0


def round_odd_sum(x: float, y: float) -> float:
    """x + y rounded to odd at float64 precision (normal results)."""
    s = x + y
    t = _two_sum_err(x, y, s)
    if t == 0.0 or _is_odd(s):
        return s
    return _step_toward(s, t)


def _fma_core(a: float, b: float, c: float, odd: bool) -> float:
    uh = a * b
    ul = _two_prod_err(a, b, uh)
    th = c + uh
    tl = _two_sum_err(c, uh, th)
    v = round_odd_sum(tl, ul)
    if odd:
        return round_odd_sum(th, v)
    return th + v


def _sum_sign(terms: list[float]) -> int:
    """The sign (-1, 0, 1) of the exact sum of the terms (Shewchuk's
    Grow-Expansion: the largest component of the nonoverlapping expansion
    carries the sign)."""
    expansion: list[float] = []
    for b in terms:
        q = b
        grown: list[float] = []
        for e in expansion:
            s = q + e
            err = _two_sum_err(q, e, s)
            if err != 0.0:
                grown.append(err)
            q = s
        if q != 0.0:
            grown.append(q)
        expansion = grown
    i = len(expansion) - 1
    while i >= 0:
        if expansion[i] > 0.0:
            return 1
        if expansion[i] < 0.0:
            return -1
        i -= 1
    return 0


def _fma_subnormal(a2: float, b2: float, c2: float, ep: int) -> float:
    """RN((a2*b2 + c2) * 2**ep) for a subnormal result, -1134 < ep < -968,
    |a2|, |b2| in [0.5, 1): the exact sum in units of the subnormal grid
    g = 2**(-1074 - ep) is Th + Tl + Ul (each below 2**56), rounded to the
    nearest integer (ties to even) with exact sign tests."""
    uh = a2 * b2
    ul = _two_prod_err(a2, b2, uh)
    th = c2 + uh
    tl = _two_sum_err(c2, uh, th)
    g = math.ldexp(1.0, -1074 - ep)
    t1 = th / g
    t2 = tl / g
    t3 = ul / g
    k = float(math.floor(t1 + (t2 + t3) + 0.5))
    while _sum_sign([t1, t2, t3, -k, -0.5]) > 0:
        k += 1.0
    while _sum_sign([t1, t2, t3, -k, 0.5]) < 0:
        k -= 1.0
    if _sum_sign([t1, t2, t3, -k, -0.5]) == 0 and math.fmod(k, 2.0) != 0.0:
        k += 1.0
    elif _sum_sign([t1, t2, t3, -k, 0.5]) == 0 and math.fmod(k, 2.0) != 0.0:
        k -= 1.0
    if k == 0.0:
        sign = _sum_sign([t1, t2, t3])
        return -0.0 if sign < 0 else 0.0
    return math.ldexp(k, -1074)


def fma(a: float, b: float, c: float) -> float:
    """a*b + c rounded once to the nearest float64 (ties to even)."""
    if not (_is_finite(a) and _is_finite(b)):
        return a * b + c
    if not _is_finite(c):
        return c + 0.0 * (a * b)  # c (or nan for a nan c); a*b is finite
    if a == 0.0 or b == 0.0:
        return a * b + c
    if c == 0.0:
        # a*b + (+-0): the exactly rounded product (keeps its sign).
        return a * b
    ea = math.frexp(a)[1]
    eb = math.frexp(b)[1]
    ep = ea + eb
    if -916 <= ep <= 1000 and -969 <= ea <= 995 and -969 <= eb <= 995:
        return _fma_core(a, b, c, False)
    ec = math.frexp(c)[1]
    if ec - ep >= 56:
        # |a*b| < ulp(c) / 4: the sum rounds to c.
        return c
    # Scale so the product's exponent is near 0, compute, scale back.
    a2 = math.ldexp(a, -ea)
    b2 = math.ldexp(b, -eb)
    c2 = math.ldexp(c, -ep)
    if c2 == 0.0:
        # c only matters as a tie-breaker at this scale: keep its sign.
        c2 = math.copysign(_TWO_M1074, c)
    r = _fma_core(a2, b2, c2, False)
    if -1134 < ep < -968 and math.frexp(r)[1] + ep < -1021:
        # The result is subnormal and the scaled sum is not on the
        # subnormal grid: round the exact sum onto that grid directly.
        return _fma_subnormal(a2, b2, c2, ep)
    if r == 0.0:
        return r
    return math.ldexp(r, ep) if _ldexp_ok(r, ep) else math.copysign(math.inf, r)


def _ldexp_ok(r: float, n: int) -> bool:
    """False when r * 2**n overflows float64."""
    return math.frexp(r)[1] + n <= 1024


def fma32(a: float, b: float, c: float) -> float:
    """fma for float32 values: a*b + c rounded once to float32."""
    if not (_is_finite(a) and _is_finite(b) and _is_finite(c)):
        return round_to_float32(a * b + c)
    p = a * b  # exact: 24 x 24 bit significands, exponents well in range
    s = p + c
    t = _two_sum_err(p, c, s)
    if t != 0.0 and not _is_odd(s):
        s = _step_toward(s, t)
    return round_to_float32(s)
