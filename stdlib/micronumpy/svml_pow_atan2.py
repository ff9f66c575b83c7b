"""Bit-exact scalar emulations of NumPy 2.4.6's float32 power and arctan2
on x86-64 CPUs with AVX512_SKX (NumPy's X86_V4 group), where NumPy links
Intel SVML (loops_umath_fp.dispatch.c.src) and calls __svml_powf16 and
__svml_atan2f16 (the "la" variants: the only float32 ones in the wheel).

Each function reproduces one lane of the SVML routine: the kernels are purely
element-wise (a lane's result does not depend on its neighbours, its position
or the vector length; the tail is padded with 1.0).

float32 values are held in a float. float32 +,-,* are the double result
rounded once with round_to_float32 (exact: double rounding is innocuous for
53 >= 2*24 + 2); fused multiply-adds use rpy.rfma.fma32. SVML also uses the
directed roundings {rz-sae} and {rd-sae}: those are emulated from the exact
result held as a double-double (two-sum / exact products) by _round_dir.
vrcp14ps is svml_log10_tan.rcp14_f32 (Intel's published reference algorithm, a 64-entry
linear table), which matches this CPU (AMD EPYC) on all 2**23 significands).

- atan2_f32(y, x): np.arctan2. The vector path covers |x| and |y| both in
  [2**-125, 2**123) (plus any lane with a zero operand and no nan); the other
  lanes go to SVML's scalar callout, which computes in double precision: it
  is emulated by round_to_float32(math.atan2(y, x)) (nan: y + x, the x86
  nan propagation of the callout's addss). Bit-exact on every tested input.
- pow_f32(x, y): np.power. The vector path (x > 0 finite incl. subnormal,
  y finite, |y*log2(x)| <= 125.5) is emulated exactly. The other lanes
  (x <= 0, x or y inf/nan, results that overflow or are subnormal/underflow)
  go to SVML's scalar float callout __svml_spow_cout_rare_internal, which is
  NOT emulated: it is approximated by the correctly rounded result (special
  values per C99 powf). About 1 in 1000 of those lanes differ from NumPy by
  one ulp (negative bases with integer exponents, results near the float32
  overflow/subnormal range); special values (zeros, infinities, nans) match.

Dispatch (NumPy 2.4.6): the SVML loop is used only on X86_V4 (AVX512_SKX),
when neither input overlaps the output partially and all three byte strides
are "loadable" (npyv_loadable_stride_f32: negative strides are rejected, so
a 1-D reversed view such as a[::-1] or out=o[::-1] falls back to libm powf /
atan2f; multi-dimensional operands go through the iterator, which flips
negative strides). np.power with a scalar exponent 2.0 or 0.5 is handled by
NumPy before SVML (x*x, sqrtf).
"""

import math

from micronumpy.svml_log10_tan import rcp14_f32
from rpy.rfloat import NEG_NAN, round_to_float32
from rpy.rfma import fma32

_INF = math.inf
_FLT_MAX = 3.4028234663852886e+38
_TINY = 1.401298464324817e-45       # 2**-149, smallest float32 subnormal
_MIN_NORMAL = 1.1754943508222875e-38  # 2**-126


def _f32(x: float) -> float:
    return round_to_float32(x)


def _two_sum_err(a: float, b: float, s: float) -> float:
    """The exact a + b - s for s = RN(a + b) (Knuth's two-sum)."""
    bb = s - a
    return (a - (s - bb)) + (b - bb)


# ------------------------------------------------------------ directed rounding
def _ulp32(mag: float) -> float:
    """The float32 ulp above mag (mag a nonnegative float32)."""
    if mag < _MIN_NORMAL:
        return _TINY
    e = math.frexp(mag)[1]
    return math.ldexp(1.0, e - 24)


def _toward_zero32(r: float) -> float:
    """The float32 next to nonzero float32 r in the direction of zero."""
    mag = -r if r < 0.0 else r
    u = _ulp32(mag)
    if mag > _MIN_NORMAL and math.frexp(mag)[0] == 0.5:
        u = u * 0.5
    mag = mag - u
    return -mag if r < 0.0 else mag


def _away_zero32(r: float) -> float:
    """The float32 next to nonzero float32 r away from zero (may be inf)."""
    mag = -r if r < 0.0 else r
    mag = mag + _ulp32(mag)
    if mag > _FLT_MAX:
        mag = _INF
    return -mag if r < 0.0 else mag


def _round_dir(s: float, t: float, down: bool) -> float:
    """s + t (exact double-double, s = RN(s + t), finite) rounded to float32
    toward zero (down False) or toward -inf (down True)."""
    r = _f32(s)
    if r == _INF:
        return _FLT_MAX
    if r == -_INF:
        return -_INF if down else -_FLT_MAX
    d = t if s == r else s - r       # sign of (exact - r)
    if d == 0.0:
        return r
    if not down:
        if r == 0.0:
            return r
        if (d > 0.0) != (r > 0.0):
            return _toward_zero32(r)
        return r
    if d < 0.0:
        if r == 0.0:
            return -_TINY
        if r > 0.0:
            return _toward_zero32(r)
        return _away_zero32(r)
    return r


def _mul_rz(a: float, b: float) -> float:
    return _round_dir(a * b, 0.0, False)     # float32 product exact in double


def _add_dir(a: float, b: float, down: bool) -> float:
    s = a + b
    return _round_dir(s, _two_sum_err(a, b, s), down)


def _fma_rz(a: float, b: float, c: float) -> float:
    p = a * b                                 # exact
    s = p + c
    return _round_dir(s, _two_sum_err(p, c, s), False)


# --------------------------------------------------------------------- atan2
_ATAN_C0 = 0.0027187317609786987     # 0x3b322cc0
_ATAN_C1 = -0.015573070384562016     # 0xbc7f2631
_ATAN_C2 = 0.041934505105018616      # 0x3d2bc384
_ATAN_C3 = -0.07444412261247635      # 0xbd987629
_ATAN_C4 = 0.1061486303806305        # 0x3dd96474
_ATAN_C5 = -0.1419752836227417       # 0xbe1161f8
_ATAN_C6 = 0.1999192088842392        # 0x3e4cb79f
_ATAN_C7 = -0.3333304226398468       # 0xbeaaaa49
_PIO2F = 1.5707963705062866          # 0x3fc90fdb
_PIF = 3.1415927410125732            # 0x40490fdb
_ATAN_LO = 2.350988701644575e-38     # 2**-125: vector path |v| >= this
_ATAN_HI = 1.0633823966279327e+37    # 2**123: vector path |v| < this


def _is_neg(v: float) -> bool:
    return math.copysign(1.0, v) < 0.0


def atan2_f32(y: float, x: float) -> float:
    """np.arctan2(y, x) on float32 (one lane of __svml_atan2f16)."""
    ax = math.fabs(x)
    ay = math.fabs(y)
    in_range = (ax >= _ATAN_LO and ax < _ATAN_HI
                and ay >= _ATAN_LO and ay < _ATAN_HI)
    if not in_range:
        if x != x or y != y:
            return y + x
        if ax == 0.0 or ay == 0.0:
            # vector zero branch: sign(y) * ((x sign bit) ? pi - b : b),
            # b = 0 when |y| < |x| or both zero, else pi/2
            base = _PIO2F
            if ay < ax or ay == 0.0:
                base = 0.0
            if _is_neg(x):
                base = _f32(-base + _PIF)
            return -base if _is_neg(y) else base
        return _f32(math.atan2(y, x))
    if ay < ax:
        a = ay
        b = ax
        base = 0.0
    else:
        a = -ax
        b = ay
        base = _PIO2F
    # a / b: vrcp14ps + one Newton step, then a corrected quotient
    r0 = rcp14_f32(b)
    e = fma32(-b, r0, 1.0)
    r1 = fma32(e, r0, r0)
    q0 = _f32(a * r1)
    rem = fma32(-b, q0, a)
    s = fma32(rem, r1, q0)
    s2 = _f32(s * s)
    s4 = _f32(s2 * s2)
    ev = fma32(_ATAN_C0, s4, _ATAN_C2)
    ev = fma32(s4, ev, _ATAN_C4)
    ev = fma32(s4, ev, _ATAN_C6)
    ev = fma32(s4, ev, 1.0)
    od = fma32(_ATAN_C1, s4, _ATAN_C3)
    od = fma32(s4, od, _ATAN_C5)
    od = fma32(s4, od, _ATAN_C7)
    p = fma32(s2, od, ev)
    res = fma32(s, p, base)          # >= 0 here
    if _is_neg(x):
        res = _f32(-res + _PIF)
    return -res if _is_neg(y) else res


# ----------------------------------------------------------------------- pow
# __svml_spow_data_internal_avx512: log2 table -log2(rc) (+1 when rc >= 1.5)
# as hi + lo for rc = 1 + k/32, and 2**(j/16).
_POW_TH = [
    0.0, -0.0443878173828125, -0.08746337890625, -0.1292877197265625,
    -0.169921875, -0.2094573974609375, -0.2479248046875, -0.285400390625,
    -0.321929931640625, -0.3575592041015625, -0.3923187255859375,
    -0.42626953125, -0.4594268798828125, -0.491851806640625,
    -0.5235595703125, -0.554595947265625,
    0.4150390625, 0.385284423828125, 0.35614013671875, 0.32757568359375,
    0.299560546875, 0.2720794677734375, 0.2451171875, 0.2186431884765625,
    0.1926422119140625, 0.1671142578125, 0.1420135498046875,
    0.1173553466796875, 0.093109130859375, 0.0692596435546875,
    0.045806884765625, 0.0227203369140625,
]
_POW_TL = [
    0.0, -6.301975645328639e-06, 5.376559215619636e-07,
    4.702781552623492e-06, -3.1264423796528718e-06, 4.0318318497156724e-06,
    -2.7087560283689527e-06, -1.8282372593603213e-06, 1.8367533130003721e-06,
    7.199483661679551e-06, 1.3028071634835214e-06, 4.776547939400189e-06,
    -4.7387543418153655e-06, -1.2896890666524996e-06,
    -2.3857444375607884e-06, 7.0955879891698714e-06,
    -1.5632211898264359e-06, 5.732056706619915e-06, 3.6735066260007443e-06,
    -1.0255652114210534e-06, -2.650160979555949e-07, 7.766336551640052e-08,
    -4.68966345579247e-06, -2.902001142501831e-06, 2.8660283533099573e-06,
    -4.271977104508551e-06, 5.455067821458215e-06, 1.6039584807003848e-06,
    2.7353209475222684e-07, 3.018882352989749e-06, -3.195152430635062e-06,
    -2.604139694994956e-07,
]
_POW_TE = [
    1.0, 1.0442737340927124, 1.0905077457427979, 1.1387885808944702,
    1.1892070770263672, 1.2418577671051025, 1.2968395948410034,
    1.3542555570602417, 1.4142135381698608, 1.4768261909484863,
    1.5422108173370361, 1.610490322113037, 1.6817928552627563,
    1.7562521696090698, 1.8340080976486206, 1.9152065515518188,
]
_POW_L0 = 0.2886277735233307         # 0x3e93c705
_POW_L1 = -0.36074772477149963       # 0xbeb8b3ed
_POW_L2 = 0.48089835047721863        # 0x3ef6384f
_POW_L3 = -0.7213475108146667        # 0xbf38aa3b
_POW_L4 = 1.9259822181538766e-08     # 0x32a570cc
_POW_C1H = 1.4426950216293335        # 0x3fb8aa3b
_POW_SHIFTER = 786559.0              # 0x494007f0: 1.5*2**19 + 127
_POW_E0 = 0.05672148987650871        # 0x3d6854cb
_POW_E1 = 0.24017876386642456        # 0x3e75f16c
_POW_E2 = 0.6931477785110474         # 0x3f317222
_POW_ZMAX = 125.5


def is_odd_int(y: float) -> bool:
    """y (finite) is an odd integer (any float: from 2**53 on all are even)."""
    if y != math.floor(y):
        return False
    return math.fabs(y) < 9007199254740992.0 and math.fmod(y, 2.0) != 0.0


def pow_special(x: float, y: float) -> tuple[bool, float]:
    """C99 pow's special cases, as SVML's float32 and float64 callouts give
    them: (True, value), or (False, 0.0) for a finite, non-special result.
    A NaN result is x86's default (negative) NaN."""
    if y == 0.0:
        return (True, 1.0)
    if x == 1.0:
        return (True, 1.0)
    if x != x or y != y:
        return (True, x + y)
    yinf = y == _INF or y == -_INF
    odd = (not yinf) and is_odd_int(y)
    neg = _is_neg(x) and odd
    ax = math.fabs(x)
    if x == 0.0:
        if y < 0.0:
            return (True, -_INF if neg else _INF)
        return (True, x if odd else 0.0)
    if yinf:
        if ax == 1.0:
            return (True, 1.0)
        if (ax > 1.0) == (y > 0.0):
            return (True, _INF)
        return (True, 0.0)
    if ax == _INF:
        if y < 0.0:
            return (True, -0.0 if neg else 0.0)
        return (True, -_INF if neg else _INF)
    if x < 0.0 and y != math.floor(y):
        return (True, NEG_NAN)
    return (False, 0.0)


def _pow_callout(x: float, y: float) -> float:
    """The lanes SVML sends to its scalar callout: special values as C99
    powf; finite results correctly rounded (an approximation of SVML's
    callout, which can differ by one ulp)."""
    special, sv = pow_special(x, y)
    if special:
        return sv
    neg = _is_neg(x) and is_odd_int(y)
    ax = math.fabs(x)
    t = y * math.log2(ax)
    if t > 200.0:
        v = _INF
    elif t < -200.0:
        v = 0.0
    else:
        v = _f32(math.pow(ax, y))
    return -v if neg else v


def pow_f32(x: float, y: float) -> float:
    """np.power(x, y) on float32 (one lane of __svml_powf16)."""
    if not (x > 0.0 and x < _INF and y - y == 0.0):
        return _pow_callout(x, y)
    # log2(x) = E + log2(m): getexp/getmant (m in [0.5, 1)), rc = rcp14(m)
    # rounded to 1/32, R = rc*m - 1
    fm, fe = math.frexp(x)
    ex = float(fe - 1)
    rc = 2.0 * rcp14_f32(fm * 2.0)
    k32 = int(math.floor(rc * 32.0))
    frac = rc * 32.0 - float(k32)
    if frac > 0.5 or (frac == 0.5 and k32 % 2 == 1):
        k32 += 1
    rc = float(k32) / 32.0
    r = fma32(rc, fm, -1.0)
    if rc < 1.5:
        ex = ex + 1.0
    idx = (k32 - 32) & 31
    th = _POW_TH[idx]
    tl = _POW_TL[idx]
    p = fma32(_POW_L0, r, _POW_L1)
    p = fma32(p, r, _POW_L2)
    p = fma32(p, r, _POW_L3)
    plow = fma32(p, r, _POW_L4)
    th_e = _f32(th + ex)
    high1 = fma32(_POW_C1H, r, th_e)
    tl2 = fma32(plow, r, tl)
    rch = _f32(high1 - th_e)
    high = _f32(high1 + tl2)
    rcl = fma32(_POW_C1H, r, -rch)
    # z = y * log2(x) as zh + zl, with round-toward-zero steps
    yh = _mul_rz(y, high)
    tlh = _f32(high - high1)
    yhl = _fma_rz(y, high, -yh)
    tll = _f32(tl2 - tlh)
    t13 = _f32(tll + rcl)
    zl = _fma_rz(y, t13, yhl)
    z = _add_dir(yh, zl, False)
    if math.fabs(z) > _POW_ZMAX:
        return _pow_callout(x, y)
    z14 = _f32(z - yh)
    n = _add_dir(z, _POW_SHIFTER, True)         # 786559 + floor(16 z)/16
    n16 = int((n - _POW_SHIFTER) * 16.0)
    red = _add_dir(z, -float(n16) / 16.0, False)  # vreduceps (truncated)
    z3 = _f32(zl - z14)
    te = _POW_TE[n16 & 15]
    scale = math.ldexp(1.0, n16 >> 4)
    rr = _f32(red + z3)
    rt = _f32(rr * te)
    q = fma32(_POW_E0, rr, _POW_E1)
    q = fma32(rr, q, _POW_E2)
    q = fma32(rt, q, te)
    return _f32(q * scale)
