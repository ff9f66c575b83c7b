"""Bit-exact scalar emulation of NumPy 2.4.6's float64 np.arctan2 on x86-64
CPUs with AVX512_SKX (NumPy's X86_V4 group), where NumPy's DOUBLE_arctan2
loop (loops_umath_fp.dispatch.c.src) calls Intel SVML's __svml_atan28_ha.

atan2_f64(y, x) reproduces one lane of __svml_atan28_ha, read from this
wheel's machine code and its __svml_datan2_ha_data_internal table:

- vector path, |x| and |y| both in [2**-1020, 2**993) (high word of |v| in
  [0x00300000, 0x7e000000)): argument reduction on s = |y|/|x| with the
  breakpoints 0.4375, 0.6875, 1.1875, 2.4375 (c = 0.5, 1, 1.5 and the
  pi/2 - atan(|x|/|y|) form), a = |y| - c|x|, b = |x| + c|y| (fma);
  q = a * r2 with r2 = vrcp14pd(b) + two Newton steps; the quotient error
  a - q*b (fma) times r2 plus atan(c)_lo is a low-order correction;
  an odd degree-23 polynomial in q (two fma chains in q**4), summed as
  q + (q*P + corr) + atan(c)_hi; then the sign/quadrant fix-up
  (x < 0: pi_hi - (..) with pi_lo folded into corr; OR in the sign of y).
- a lane with a zero operand and no nan: sign(y) * (x sign bit ? pi - b : b)
  with b = 0 (|y| < |x| or both zero) or pi/2.
- every other lane (nan, inf, subnormal, tiny or huge operands) goes to
  SVML's scalar __svml_datan2_ha_cout_rare_internal (_atan2_callout): nan
  -> y + x, infinities and exponent gaps >= 54 by table constants, the
  rest by its general double-double path (_cout_general, _cout_small,
  _cout_big: an instruction-by-instruction translation of the SSE2 code;
  it is not correctly rounded, so math.atan2 would differ by one ulp on
  some inputs).

vrcp14pd is emulated with Intel's RCP14 reference algorithm
(svml_log10_tan.rcp14_f32 applied to the value truncated to 23 fraction
bits: the reference only looks at those bits).

pow_f64(x, y) reproduces one lane of __svml_pow8_ha (np.power float64):
the vector path (x > 0 finite incl. subnormal, y finite, |y*log2(x)| <=
1021.5) is emulated exactly: getmant/getexp, vrcp14pd rounded to 1/32,
32-entry hi/lo -log2 table, a degree-9 log polynomial in double-double,
z = y*log2(x) with round-toward-zero mul/fma/add (_mul_rz, _fma_rz,
_add_rz), floor(16 z) index, a truncated vreducepd, 16-entry 2**(j/16)
hi/lo table and a degree-6 polynomial. Other lanes go to SVML's scalar
__svml_dpow_ha_cout_rare_internal, NOT emulated: special values (zeros,
infinities, nans, x == 1, y == 0, x < 0 with non-integer y) follow C99 and
match NumPy; other results (negative bases with integer y, results near
overflow / in the subnormal range) use math.pow and differ from NumPy by
one ulp on ~0.2% of such lanes.

Dispatch (NumPy 2.4.6): SVML is used only on X86_V4, and only when all three
byte strides are "loadable" (npyv_loadable_stride_f64 rejects negative
strides): a 1-D reversed view (a[::-1], out=o[::-1]) falls back to libm
atan2, i.e. math.atan2. Multi-dimensional operands go through the iterator
(negative strides flipped) and use SVML.
"""

import math

from micronumpy.svml_f64_log10_tan import rcp14_f64
from micronumpy.svml_pow_atan2 import pow_special, is_odd_int
from rpy.rfma import fma

_INF = math.inf
_LO = 8.900295434028806e-308        # 2**-1020 (high word 0x00300000)
_HI = 2.0 ** 993                    # high word 0x7e000000

_ATAN_HI_05 = 0.4636476090008061      # 0x3fddac670561bb4f
_ATAN_LO_05 = 2.2698777452961687e-17  # 0x3c7a2b7f222f65e2
_ATAN_HI_10 = 0.7853981633974483      # 0x3fe921fb54442d18
_ATAN_LO_10 = 3.061616997868383e-17   # 0x3c81a62633145c07
_ATAN_HI_15 = 0.982793723247329       # 0x3fef730bd281f69b
_ATAN_LO_15 = 1.3903311031230998e-17  # 0x3c7007887af0cbbd
_PIO2_HI = 1.5707963267948966         # 0x3ff921fb54442d18
_PIO2_LO = 6.123233995736766e-17      # 0x3c91a62633145c07
_PI_HI = 3.141592653589793            # 0x400921fb54442d18
_PI_LO = 1.2246741164581576e-16       # 0x3ca1a64000000000
_PI_LO2 = 1.2246467991473532e-16      # 0x3ca1a62633145c07 (callout table)
_PIO4_HI = 0.7853981633974483         # 0x3fe921fb54442d18
_PIO4_LO = 3.061616997868383e-17      # 0x3c81a62633145c07
_3PIO4_HI = 2.356194490192345         # 0x4002d97c7f3321d2
_3PIO4_LO = 9.184850993605148e-17     # 0x3c9a79394c9e8a0a

_A0 = 0.013620346040990536            # 0x3f8be4fbe6733718
_A1 = -0.03183624515899973            # 0xbfa04cd71f92185e
_A2 = 0.044291178811409156            # 0x3fa6ad5558fe19c9
_A3 = -0.05199019199118939            # 0xbfaa9e755ca13d23
_A4 = 0.05873828916435921             # 0x3fae12f1edf7c393
_A5 = -0.06665880662004371            # 0xbfb1108d326c68ed
_A6 = 0.07692257854969578             # 0x3fb3b132b731e73a
_A7 = -0.09090906973094913            # 0xbfb745d119677a4f
_A8 = 0.11111111053617004             # 0x3fbc71c719f99f96
_A9 = -0.1428571428479737             # 0xbfc2492492441a21
_A10 = 0.19999999999992654            # 0x3fc9999999998f43
_A11 = -0.33333333333333315           # 0xbfd5555555555552


def _is_neg(v: float) -> bool:
    return math.copysign(1.0, v) < 0.0


def _expfield(v: float) -> int:
    """The biased exponent field of finite v (0 for zeros and subnormals)."""
    a = math.fabs(v)
    if a < 2.2250738585072014e-308:
        return 0
    return math.frexp(a)[1] + 1022


def _atan2_callout(y: float, x: float) -> float:
    """SVML's scalar __svml_datan2_ha_cout_rare_internal for a lane with
    no nan and not (a zero operand): infinities, and finite operands with
    one outside [2**-1020, 2**993)."""
    yneg = _is_neg(y)
    xneg = _is_neg(x)
    yinf = y == _INF or y == -_INF
    xinf = x == _INF or x == -_INF
    if yinf:
        if xinf:
            r = _PIO4_HI + _PIO4_LO
            if xneg:
                r = _3PIO4_HI + _3PIO4_LO
        else:
            r = _PIO2_HI + _PIO2_LO
        return -r if yneg else r
    if xinf:
        r = _PI_HI + _PI_LO2 if xneg else 0.0
        return -r if yneg else r
    diff = _expfield(y) - _expfield(x)
    ay = math.fabs(y)
    if diff <= -54:
        if xneg:
            r = _PI_HI + _PI_LO2
        else:
            r = ay / math.fabs(x)
        return -r if yneg else r
    if diff >= 74:
        r = _PIO2_HI + _PIO2_LO
        return -r if yneg else r
    if diff >= 54:
        r = (_PIO2_LO - x / ay) + _PIO2_HI
        return -r if yneg else r
    return _cout_general(y, x)
_TAB = [
    0.15499674156308174, 3.6085924097070654e-10, 0.2153576985001564,
    1.197581645436569e-09, 0.30288486927747726, -9.025058588437408e-10,
    0.4124104380607605, 3.5366268088529165e-09, 0.5585993081331253,
    7.210437130795727e-09, 0.7188300043344498, -4.712825262649392e-09,
    0.8960553854703903, -8.99046363649418e-10, 1.0516502261161804,
    -1.3567806752462007e-08, 1.190289944410324, 5.272207636248046e-09,
    1.292496681213379, -1.3423593638346908e-08, 1.3734007775783539,
    -1.0633338020974665e-08, 1.4288992583751678, 1.3815564849738782e-08,
    1.471127688884735, -1.4581000515569e-08, 1.4994888603687286,
    1.640877655103638e-09, 1.5208379328250885, -1.7521346431552472e-09,
    1.53509721159935, 2.516222674258701e-09, 1.5458015203475952,
    1.2828381244885854e-08, 1.552941083908081, -2.252736949720325e-09,
    1.5582969784736633, -6.981283892984702e-10, 1.5618679821491241,
    1.0465935758681167e-08, 1.5645464062690735, 1.9041241708205334e-09,
    1.566332072019577, -1.2818104325991473e-09, 1.5676713287830353,
    8.184327778348666e-09, 1.5685641765594482, 1.108548322807948e-08,
    1.5692338347434998, -6.677039244061621e-09, 1.569680243730545,
    1.2099178399221876e-08, 1.5700150728225708, 4.131271479643478e-09,
    1.5702382922172546, -1.0787189196944665e-09, 1.5704056918621063,
    9.952658509095275e-09, 1.5705173015594482, 7.385546122669578e-09,
    1.5706010162830353, -1.985655132280193e-09, 1.570656806230545,
    1.1636685222092365e-08, 1.5706986784934998, -7.948292695771625e-09,
    1.5707265734672546, -1.1365305993030538e-09, 1.5707474946975708,
    3.972364623557292e-09, 1.5707614421844482, 7.378319661703897e-09,
    1.5707719027996063, 9.932795146627542e-09, 1.570778876543045,
    1.1635781914439949e-08, 1.5707841217517853, -1.9881380527591895e-09,
    1.5707876086235046, -1.1366435127605966e-09, 1.5707902312278748,
    -7.948603060836828e-09, 1.5707919597625732, 7.378305547521673e-09,
    1.5707932710647583, 3.972325827923975e-09, 1.5707941353321075,
    1.163578015016717e-08, 1.5707947909832, 9.932790297173371e-09,
    1.5707952380180359, -1.136643733294694e-09, 1.5707955658435822,
    -1.988138658940961e-09, 1.5707957744598389, 7.3783055199549114e-09,
    1.5707959532737732, -7.94860313660955e-09, 1.5707960426807404,
    1.1635780146721323e-08, 1.5707961320877075, 3.972325818452385e-09,
    1.5707961916923523, -1.1366437337254246e-09, 1.5707962214946747,
    9.932790295989423e-09, 1.570796251296997, 7.37830551990107e-09,
    1.5707962810993195, -1.988138659088955e-09, 1.5707962810993195,
    1.1635780146714593e-08, 1.5707963109016418, -7.948603136628049e-09,
    1.5707963109016418, -1.136643733726266e-09, 1.5707963109016418,
    3.972325818450072e-09, 1.5707963109016418, 7.378305519900964e-09,
    1.5707963109016418, 9.932790295989135e-09, 1.5707963109016418,
    1.163578014671458e-08, 1.5707963109016418, 1.2913022534758665e-08,
    1.5707963109016418, 1.3764517460121389e-08, 1.5707963109016418,
    1.440313865414343e-08, 1.5707963109016418, 1.4828886116824793e-08,
    1.5707963407039642, -1.4654125673859498e-08, 1.5707963407039642,
    -1.4441251942518818e-08, 1.5707963407039642, -1.4281596644013307e-08,
    1.5707963407039642, -1.4175159778342967e-08, 1.5707963407039642,
    -1.4095332129090211e-08, 1.5707963407039642, -1.4042113696255041e-08,
    1.5707963407039642, -1.4002199871628664e-08, 1.5707963407039642,
    -1.3975590655211079e-08, 1.5707963407039642, -1.395563374289789e-08,
    1.5707963407039642, -1.3942329134689097e-08, 1.5707963407039642,
    -1.3932350678532502e-08, 1.5707963407039642, -1.3925698374428107e-08,
    1.5707963407039642, -1.392070914634981e-08, 1.5707963407039642,
    -1.3917382994297612e-08, 1.5707963407039642, -1.3914888380258463e-08,
    1.5707963407039642, -1.3913225304232363e-08, 1.5707963407039642,
    -1.3911977997212789e-08, 1.5707963407039642, -1.391114645919974e-08,
    1.5707963407039642, -1.3910522805689952e-08, 1.5707963407039642,
    -1.3910107036683428e-08, 1.5707963407039642, -1.3909795209928534e-08,
    1.5707963407039642, -1.3909587325425271e-08, 1.5707963407039642,
    -1.3909431412047825e-08, 1.5707963407039642, -1.3909327469796194e-08,
    1.5707963407039642, -1.390924951310747e-08, 1.5707963407039642,
    -1.3909197541981655e-08, 1.5707963407039642, -1.3909158563637292e-08,
    1.5707963407039642, -1.3909132578074385e-08, 1.5707963407039642,
    -1.3909113088902204e-08, 1.5707963407039642, -1.390910009612075e-08,
    1.5707963407039642, -1.390909035153466e-08, 1.5707963407039642,
    -1.3909083855143934e-08, 1.5707963407039642, -1.3909078982850888e-08,
    1.5707963407039642, -1.3909075734655524e-08, 1.5707963407039642,
    -1.3909073298509001e-08, 1.5707963407039642, -1.390907167441132e-08,
    1.5707963407039642, -1.3909070456338059e-08, 1.5707963407039642,
    -1.3909069644289218e-08, 1.5707963407039642, -1.3909069035252588e-08,
    1.5707963407039642, -1.3909068629228167e-08, 1.5707963407039642,
    -1.3909068324709851e-08, 1.5707963407039642, -1.3909068121697642e-08,
    1.5707963407039642, -1.3909067969438483e-08, 1.5707963407039642,
    -1.3909067867932379e-08, 1.5707963407039642, -1.39090677918028e-08,
    1.5707963407039642, -1.3909067741049747e-08, 1.5707963407039642,
    -1.3909067702984958e-08, 1.5707963407039642, -1.3909067677608432e-08,
]


def _round2(q: float) -> float:
    """q > 0 normal truncated to one fraction bit, then the next bit set
    (SVML's high-word trick: (hw & 0xfff80000) + 0x40000, low word 0)."""
    fm, e = math.frexp(q)
    return math.ldexp(0.875 if fm >= 0.75 else 0.625, e)


def _tab_index(q: float) -> int:
    """2 * min((hi32(q) - 0x3fc00000) >> 19, 0x71) for q >= 0.125."""
    fm, e = math.frexp(q)
    k = 2 * (e + 2) + (1 if fm >= 0.75 else 0)
    if k > 0x71:
        k = 0x71
    return 2 * k


def _cout_big(x0: float, x1: float, x2: float, x4: float, x5: float,
              s10: float, s28: float, s30: float, sx: bool,
              sy: bool) -> float:
    """__svml_datan2_ha_cout_rare_internal, general path, q0 >= 0.125
    (mechanical translation of 0x15e402..0x15ec4f)."""
    x12 = 134217729.0
    x3 = x2
    x12 = x12 * x2
    s48 = x12
    x13 = s48
    s18 = x5
    x13 = x13 - x2
    s40 = x13
    x15 = s48
    x14 = s40
    s18 = _round2(s18)
    x15 = x15 - x14
    s48 = x15
    x4 = s48
    x3 = x3 - x4
    s40 = x3
    x5 = s48
    x11 = s18
    x9 = s40
    x5 = x5 * x11
    x9 = x9 * x11
    x8 = -1.0
    x5 = x5 * x8
    x9 = x9 * x8
    x7 = x5
    idx = _tab_index(s10)
    x7 = x7 + x9
    s48 = x7
    x6 = s48
    x5 = x5 - x6
    x9 = x9 + x5
    s40 = x9
    x9 = s30
    x3 = s48
    x12 = x9
    x10 = s40
    x14 = x9
    x6 = x9
    x12 = x12 + x3
    s48 = x12
    x13 = s48
    x14 = x14 - x13
    s40 = x14
    x4 = s48
    x15 = s40
    x13 = 134217729.0
    x4 = x4 + x15
    s38 = x4
    x8 = s40
    x8 = x8 + x3
    s40 = x8
    x7 = s38
    x6 = x6 - x7
    s38 = x6
    x12 = s40
    x5 = s38
    x12 = x12 + x5
    s38 = x12
    x7 = s48
    x13 = x13 * x7
    x8 = s38
    s48 = x13
    x8 = x8 + x10
    x4 = s48
    x10 = x9
    x10 = x10 * 134217729.0
    x4 = x4 - x7
    s40 = x4
    x3 = s48
    x14 = s40
    x3 = x3 - x14
    s48 = x3
    x15 = s48
    x7 = x7 - x15
    s40 = x7
    x7 = s48
    x4 = s40
    s48 = x10
    x10 = x2
    x8 = x8 + x4
    x4 = s48
    x4 = x4 - s30
    s40 = x4
    x6 = s48
    x3 = s40
    x6 = x6 - x3
    x3 = x2
    s48 = x6
    x5 = s48
    x9 = x9 - x5
    s40 = x9
    x12 = s48
    x9 = s40
    x12 = x12 * x11
    x9 = x9 * x11
    x11 = x12
    x11 = x11 + x9
    s48 = x11
    x4 = s48
    x12 = x12 - x4
    x12 = x12 + x9
    s40 = x12
    x15 = s48
    x6 = s40
    x3 = x3 + x15
    s48 = x3
    x5 = s48
    x3 = 134217729.0
    x10 = x10 - x5
    s40 = x10
    x13 = s48
    x11 = s40
    x13 = x13 + x11
    s38 = x13
    x14 = s40
    x13 = 134217729.0
    x15 = x15 + x14
    s40 = x15
    x4 = s38
    x14 = 1.0
    x2 = x2 - x4
    s38 = x2
    x4 = s40
    x2 = s38
    x4 = x4 + x2
    s38 = x4
    x12 = s48
    x3 = x3 * x12
    x5 = s38
    s48 = x3
    x5 = x5 + x6
    x9 = s48
    x9 = x9 - x12
    s40 = x9
    x10 = s48
    x2 = s40
    x10 = x10 - x2
    s48 = x10
    x11 = s48
    x12 = x12 - x11
    s40 = x12
    x9 = s48
    x14 = x14 / x9
    x13 = x13 * x14
    x10 = s40
    s40 = x13
    x5 = x5 + x10
    x15 = s40
    x12 = 1.0
    x15 = x15 - x14
    s38 = x15
    x2 = s40
    x4 = s38
    x13 = 134217729.0
    x2 = x2 - x4
    s38 = x2
    x3 = s38
    x9 = x9 * x3
    x11 = s38
    x12 = x12 - x9
    x5 = x5 * x11
    s40 = x5
    x5 = s40
    x12 = x12 - x5
    s40 = x12
    x2 = s40
    gr_10 = s38
    x6 = s40
    x4 = s38
    s28 = gr_10
    x3 = s28
    x5 = x3
    x2 = x2 + 1.0
    x5 = x5 * x7
    x2 = x2 * x6
    x2 = x2 * x4
    x7 = x7 * x2
    x2 = x2 * x8
    x8 = x8 * x3
    x7 = x7 + x2
    x3 = -0.06313688776899645
    x7 = x7 + x8
    s48 = x7
    x7 = x5
    x4 = s48
    x6 = 134217729.0
    x7 = x7 + x4
    s48 = x7
    x8 = s48
    x5 = x5 - x8
    x5 = x5 + x4
    s40 = x5
    x11 = s48
    x2 = x11
    x2 = x2 * x11
    x6 = x6 * x11
    x3 = x3 * x2
    x4 = s40
    s48 = x6
    x7 = s48
    x3 = x3 + 0.07683539769703819
    x7 = x7 - x11
    x3 = x3 * x2
    s40 = x7
    x9 = s48
    x8 = s40
    x3 = x3 + -0.0909079559611586
    x9 = x9 - x8
    x3 = x3 * x2
    s48 = x9
    x10 = s48
    x3 = x3 + 0.11111110301985087
    x11 = x11 - x10
    x3 = x3 * x2
    s40 = x11
    x3 = x3 + -0.1428571428262597
    x3 = x3 * x2
    x3 = x3 + 0.19999999999994408
    x3 = x3 * x2
    x3 = x3 + -0.3333333333333333
    x3 = x3 * x2
    x13 = x13 * x3
    x2 = s48
    x12 = s40
    s48 = x13
    x4 = x4 + x12
    x14 = s48
    x14 = x14 - x3
    s40 = x14
    x5 = s48
    x15 = s40
    x5 = x5 - x15
    s48 = x5
    x6 = s48
    x3 = x3 - x6
    s40 = x3
    x6 = s48
    x5 = s40
    x12 = x6
    x3 = x5
    x6 = x6 * x4
    x3 = x3 * x4
    x5 = x5 * x2
    x12 = x12 * x2
    x6 = x6 + x3
    x7 = x12
    x8 = x12
    x6 = x6 + x5
    x7 = x7 + x2
    s48 = x6
    x5 = s48
    s48 = x7
    x3 = s48
    x8 = x8 - x3
    s40 = x8
    x10 = s48
    x9 = s40
    x10 = x10 + x9
    s38 = x10
    x11 = s40
    x2 = x2 + x11
    s40 = x2
    x2 = s38
    x12 = x12 - x2
    s38 = x12
    x14 = s40
    x13 = s38
    x14 = x14 + x13
    s38 = x14
    gr_11 = s48
    x15 = s38
    s28 = gr_11
    x4 = x4 + x15
    x8 = s28
    x4 = x4 + x5
    s20 = x4
    x4 = x8
    x2 = x8
    x4 = x4 + _TAB[idx]
    s48 = x4
    x4 = s48
    x2 = x2 - x4
    s40 = x2
    x5 = s48
    x3 = s40
    x5 = x5 + x3
    s38 = x5
    x6 = s40
    x6 = x6 + _TAB[idx]
    s40 = x6
    x7 = s38
    x8 = x8 - x7
    s38 = x8
    x10 = s40
    x9 = s38
    x10 = x10 + x9
    s38 = x10
    gr_8 = s48
    s28 = gr_8
    x2 = s38
    x3 = x1
    s28 = math.fabs(s28)
    if sx:
        s28 = -s28
    x2 = x2 + s20
    x2 = x2 + _TAB[idx + 1]
    s20 = x2
    x9 = s28
    x5 = x9
    x3 = x3 + x9
    s48 = x3
    x4 = s48
    if sx:
        s20 = -s20
    x5 = x5 - x4
    s40 = x5
    x7 = s48
    x6 = s40
    x7 = x7 + x6
    s38 = x7
    x8 = s40
    x1 = x1 + x8
    s40 = x1
    x1 = s38
    x9 = x9 - x1
    s38 = x9
    x11 = s40
    x10 = s38
    x11 = x11 + x10
    s38 = x11
    gr_ax = s48
    x12 = s38
    s28 = gr_ax
    x0 = x0 + x12
    x13 = s28
    x0 = x0 + s20
    s20 = x0
    x13 = x13 + x0
    s18 = x13
    s18 = math.fabs(s18)
    if sy:
        s18 = -s18
    gr_dx = s18
    return s18


def _cout_small(x0: float, x1: float, x2: float, x4: float, x5: float,
                s10: float, s28: float, s30: float, sx: bool,
                sy: bool) -> float:
    """General path, q0 < 0.125 (translation of 0x15ec4f..0x15f10a)."""
    x12 = s30
    x7 = x12
    x7 = x7 * 134217729.0
    s48 = x7
    x8 = s48
    x13 = 134217729.0
    x7 = 1.0
    x13 = x13 * x2
    x8 = x8 - s30
    s40 = x8
    x10 = s48
    x9 = s40
    x10 = x10 - x9
    s48 = x10
    x11 = s48
    x12 = x12 - x11
    s40 = x12
    x6 = s48
    x5 = s40
    s48 = x13
    x14 = s48
    x14 = x14 - x2
    s40 = x14
    x4 = s48
    x15 = s40
    x4 = x4 - x15
    s48 = x4
    x3 = s48
    x4 = 1.0
    x2 = x2 - x3
    s40 = x2
    x12 = s48
    x7 = x7 / x12
    x2 = 134217729.0
    x2 = x2 * x7
    x14 = s40
    s40 = x2
    x8 = s40
    x8 = x8 - x7
    s38 = x8
    x10 = s40
    x9 = s38
    x10 = x10 - x9
    s38 = x10
    x11 = s38
    x12 = x12 * x11
    x13 = s38
    x4 = x4 - x12
    x14 = x14 * x13
    s40 = x14
    x15 = s40
    x13 = 134217729.0
    x4 = x4 - x15
    s40 = x4
    x7 = s40
    gr_si = s38
    x2 = s40
    x3 = s38
    s28 = gr_si
    x8 = s28
    x9 = x8
    x7 = x7 + 1.0
    x9 = x9 * x6
    x8 = x8 * x5
    x7 = x7 * x2
    x2 = s10
    x2 = x2 * x2
    x7 = x7 * x3
    x3 = -0.06313688776899645
    x3 = x3 * x2
    x6 = x6 * x7
    x7 = x7 * x5
    x3 = x3 + 0.07683539769703819
    x6 = x6 + x7
    x3 = x3 * x2
    x6 = x6 + x8
    x3 = x3 + -0.0909079559611586
    x3 = x3 * x2
    x5 = x9
    s48 = x6
    x4 = s48
    x3 = x3 + 0.11111110301985087
    x5 = x5 + x4
    x3 = x3 * x2
    s48 = x5
    x6 = s48
    x5 = 134217729.0
    x9 = x9 - x6
    x3 = x3 + -0.1428571428262597
    x9 = x9 + x4
    x3 = x3 * x2
    s40 = x9
    x11 = s48
    x5 = x5 * x11
    x3 = x3 + 0.19999999999994408
    x4 = s40
    s48 = x5
    x7 = s48
    x3 = x3 * x2
    x7 = x7 - x11
    s40 = x7
    x8 = s48
    x6 = s40
    x3 = x3 + -0.3333333333333333
    x8 = x8 - x6
    x3 = x3 * x2
    s48 = x8
    x10 = s48
    x13 = x13 * x3
    x11 = x11 - x10
    s40 = x11
    x2 = s48
    x12 = s40
    s48 = x13
    x4 = x4 + x12
    x14 = s48
    x14 = x14 - x3
    s40 = x14
    x5 = s48
    x15 = s40
    x5 = x5 - x15
    s48 = x5
    x6 = s48
    x3 = x3 - x6
    s40 = x3
    x6 = s48
    x5 = s40
    x12 = x6
    x3 = x5
    x6 = x6 * x4
    x3 = x3 * x4
    x5 = x5 * x2
    x12 = x12 * x2
    x6 = x6 + x3
    x7 = x12
    x8 = x12
    x6 = x6 + x5
    x7 = x7 + x2
    s48 = x6
    x5 = s48
    s48 = x7
    x3 = s48
    x8 = x8 - x3
    s40 = x8
    x10 = s48
    x9 = s40
    x10 = x10 + x9
    s38 = x10
    x11 = s40
    x2 = x2 + x11
    s40 = x2
    x2 = s38
    x12 = x12 - x2
    s38 = x12
    x14 = s40
    x13 = s38
    x14 = x14 + x13
    s38 = x14
    gr_di = s48
    x15 = s38
    s28 = gr_di
    x4 = x4 + x15
    s28 = math.fabs(s28)
    if sx:
        s28 = -s28
    x4 = x4 + x5
    s20 = x4
    x4 = x1
    x7 = s28
    x2 = x7
    x4 = x4 + x7
    s48 = x4
    x4 = s48
    if sx:
        s20 = -s20
    x2 = x2 - x4
    s40 = x2
    x5 = s48
    x3 = s40
    x5 = x5 + x3
    s38 = x5
    x6 = s40
    x1 = x1 + x6
    s40 = x1
    x1 = s38
    x7 = x7 - x1
    s38 = x7
    x2 = s40
    x1 = s38
    x2 = x2 + x1
    s38 = x2
    gr_ax = s48
    x3 = s38
    s28 = gr_ax
    x0 = x0 + x3
    x4 = s28
    x0 = x0 + s20
    s20 = x0
    x4 = x4 + x0
    s18 = x4
    s18 = math.fabs(s18)
    if sy:
        s18 = -s18
    gr_dx = s18
    return s18


def _cout_general(y: float, x: float) -> float:
    """The general path of __svml_datan2_ha_cout_rare_internal: both
    finite nonzero, exponent fields within 53 of each other."""
    sy = _is_neg(y)
    sx = _is_neg(x)
    ey = _expfield(y)
    s28 = math.fabs(x)
    s30 = math.fabs(y)
    if sx:
        x1 = 3.141592653589793
        x0 = 1.2246467991473532e-16
    else:
        x1 = 0.0
        x0 = 0.0
    x4 = s30
    x2 = s28
    x5 = x4 / x2
    s10 = x5
    if ey <= 0:
        s30 = x4 * 4.49423283715579e+307       # 2**1022
        r9 = -1022
    elif ey >= 0x7FE:
        s30 = x4 * 2.2250738585072014e-308     # 2**-1022
        r9 = 0x3FE
    else:
        s30 = math.ldexp(math.frexp(x4)[0], 1)  # exponent field 0x3ff
        r9 = ey - 1023
    scale = math.ldexp(1.0, -r9)
    s28 = scale
    x4 = scale
    x2 = x2 * x4
    if x5 < 0.125:
        return _cout_small(x0, x1, x2, x4, x5, s10, s28, s30, sx, sy)
    return _cout_big(x0, x1, x2, x4, x5, s10, s28, s30, sx, sy)


def atan2_f64(y: float, x: float) -> float:
    """np.arctan2(y, x) on float64 (one lane of __svml_atan28_ha)."""
    ax = math.fabs(x)
    ay = math.fabs(y)
    if not (ax >= _LO and ax < _HI and ay >= _LO and ay < _HI):
        if x != x or y != y:
            return y + x
        if ax == 0.0 or ay == 0.0:
            base = _PIO2_HI
            if ay < ax or ay == 0.0:
                base = 0.0
            if _is_neg(x):
                base = -base + _PI_HI
            return -base if _is_neg(y) else base
        return _atan2_callout(y, x)
    k5 = ax * 0.4375 < ay
    k1 = ax * 0.6875 < ay
    k2 = ax * 1.1875 < ay
    k3 = ax * 2.4375 < ay
    if k2:
        if k3:
            hi = _PIO2_HI
            lo = _PIO2_LO
        else:
            hi = _ATAN_HI_15
            lo = _ATAN_LO_15
    elif k1:
        hi = _ATAN_HI_10
        lo = _ATAN_LO_10
    else:
        hi = _ATAN_HI_05
        lo = _ATAN_LO_05
    c = 0.5
    if k2:
        c = 1.0 if k3 else 1.5
    elif k1:
        c = 1.0
    if not k5:
        b = ax
        a = ay
    elif k3:
        b = ay
        a = -ax
    else:
        b = fma(ay, c, ax)
        a = fma(-ax, c, ay)
    r = rcp14_f64(b)
    e = fma(-b, r, 1.0)
    r = fma(e, r, r)
    e = fma(-b, r, 1.0)
    r = fma(e, r, r)
    q = r * a
    q2 = q * q
    rem = fma(-q, b, a)
    q4 = q2 * q2
    corr = r * rem
    if k5:
        corr = corr + lo
    p1 = fma(q4, _A0, _A2)
    p2 = fma(q4, _A1, _A3)
    p1 = fma(q4, p1, _A4)
    p2 = fma(q4, p2, _A5)
    p1 = fma(q4, p1, _A6)
    p2 = fma(q4, p2, _A7)
    p1 = fma(q4, p1, _A8)
    p2 = fma(q4, p2, _A9)
    p1 = fma(q4, p1, _A10)
    p2 = fma(q4, p2, _A11)
    p1 = fma(q2, p1, p2)
    p = p1 * q2
    xneg = x < 0.0
    if xneg:
        corr = corr - _PI_LO
    t = fma(q, p, corr)
    res = q + t
    if k5:
        res = res + hi
    if xneg:
        res = -res + _PI_HI
    return -res if _is_neg(y) else res


# __svml_dpow_ha_data_internal_avx512: -log2(rc) (+1 for rc >= 1.5) hi/lo for
# rc = 1 + j/32, 2**(j/16) hi/lo, polynomial coefficients (by table offset).
_PTH = [
    0.0, -0.04439411935800308, -0.0874628412502716,
    -0.12928301694500988, -0.16992500144260703, -0.20945336562908778,
    -0.24792751344375574, -0.2854022188621457, -0.32192809488697094,
    -0.3575520046179008, -0.39231742277843296, -0.4262647547020606,
    -0.45943161863760906, -0.49185309632957797, -0.5235619560571649,
    -0.5545888516780906, 0.4150374992786965, 0.3852901558848316,
    0.3561438102251486, 0.3275746580284249, 0.29956028185915784,
    0.2720795454370091, 0.24511249783608946, 0.21864028647542,
    0.19264507794196106, 0.16710998583494074, 0.1420190048720542,
    0.1173569506381682, 0.09310940439172555, 0.06926266243681312,
    0.04580368961342174, 0.02272007650026353,
]
_PTL = [
    0.0, -4.5035636491329477e-13, -6.781363655020842e-14,
    4.3421195976986995e-14, 2.9466363971563933e-13, 1.3800246976244608e-13,
    1.7024883460791358e-13, -1.02668366941445e-13, -3.914087556296025e-13,
    -1.82872716976671e-13, -3.273329303085191e-13, -3.733907276649932e-14,
    3.1180651700181383e-13, -9.67451159139632e-14, 1.520621696507556e-13,
    4.532053086411405e-13, 1.4733181985781966e-13, -3.983479855974919e-14,
    1.266771905137232e-13, 7.951818330761124e-14, -2.500001867992647e-13,
    -2.0825307466611057e-13, 4.4199545957345896e-13, -7.960223862778872e-14,
    4.348299516065895e-13, 3.1758065446573327e-13, 3.736684162192024e-13,
    -9.459192232399996e-15, -2.4407693577178287e-13, 3.0060745418937855e-13,
    -2.9694741952048217e-13, -1.800011104506994e-13,
]
_PEH = [
    1.0, 1.0442737824274138, 1.0905077326652577,
    1.1387886347566916, 1.189207115002721, 1.241857812073484,
    1.2968395546510096, 1.3542555469368927, 1.4142135623730951,
    1.4768261459394993, 1.5422108254079407, 1.6104903319492543,
    1.681792830507429, 1.7562521603732995, 1.8340080864093424,
    1.9152065613971474,
]
_PEL = [
    0.0, 8.189317638195515e-17, -2.7939114859515733e-17,
    7.826573258636076e-17, 3.3484623336251524e-17, 3.750854201303127e-17,
    1.9572585293112036e-17, 5.68648095791174e-17, -6.835808657661922e-17,
    -2.3591094770850053e-17, 5.1548301170786783e-17, 1.5341410053603723e-17,
    4.875160526227062e-17, 1.685487290628973e-17, 1.790126907604513e-17,
    -5.545065618639427e-17,
]
_P3C0 = 2.8853900817779268
_P400 = -147.81949020589988
_P440 = 82.1130963426615
_P480 = -46.16623558520178
_P4C0 = 26.380707257740216
_P500 = -15.388747102981883
_P540 = 9.233248261732964
_P580 = -5.770780163555852
_P5C0 = 3.847186775703902
_P600 = -4.0717556105226066e-17
_P640 = 4.071092972869235e-17
_P680 = 422212465067007.0
_P6C0 = -1.9999999999999998
_P700 = 0.00015741120548571732
_P740 = 0.0013330645434141127
_P780 = 0.009618141545265708
_P7C0 = 0.0555041083923959
_P800 = 0.24022650696194106
_P840 = 0.6931471805599342


# ------------------------------------------------------------------ pow
def _two_sum_err(a: float, b: float, s: float) -> float:
    bb = s - a
    return (a - (s - bb)) + (b - bb)


def _toward_zero(s: float, resid: float) -> float:
    """s = RN(v), resid = sign-correct v - s: RZ(v)."""
    if resid == 0.0 or s == 0.0:
        return s
    if (resid > 0.0) != (s > 0.0):
        return math.nextafter(s, 0.0)
    return s


def _mul_rz(a: float, b: float) -> float:
    p = a * b
    return _toward_zero(p, fma(a, b, -p))


def _add_rz(a: float, b: float) -> float:
    s = a + b
    return _toward_zero(s, _two_sum_err(a, b, s))


def _add_rd(a: float, b: float) -> float:
    s = a + b
    if _two_sum_err(a, b, s) < 0.0:
        return math.nextafter(s, -_INF)
    return s


def _fma_rz(a: float, b: float, c: float) -> float:
    s = fma(a, b, c)
    p = a * b
    e = fma(a, b, -p)
    u = p + c
    v = _two_sum_err(p, c, u)
    w = u - s
    t = w + v
    t_err = _two_sum_err(w, v, t)
    r = t + e
    r_err = _two_sum_err(t, e, r)
    resid = r
    if resid == 0.0:
        resid = r_err + t_err
    return _toward_zero(s, resid)


def _pow_vec(x: float, y: float) -> float:
    """One lane of __svml_pow8_ha's vector path (x > 0 finite, y finite,
    |y*log2(x)| <= 1021.5); returns nan when the lane goes to the callout."""
    fm, fe = math.frexp(x)            # getmant [0.5, 1), getexp = fe - 1
    rcp = rcp14_f64(fm)
    k32 = int(math.floor(rcp * 32.0))
    frac = rcp * 32.0 - float(k32)
    if frac > 0.5 or (frac == 0.5 and k32 % 2 == 1):
        k32 += 1
    rc = float(k32) / 32.0
    ex = float(fe - 1)
    if rc < 1.5:
        ex = ex + 1.0
    j = (k32 - 32) & 31
    r = fma(fm * 0.5, rc, -0.5)
    th = _PTH[j]
    tl = _PTL[j]
    r2 = r * r
    p9 = fma(_P400, r, _P440)
    p2 = fma(_P480, r, _P4C0)
    the = th + ex
    p9 = fma(r2, p9, p2)
    p15 = fma(_P600, r, _P640)
    p7 = fma(_P500, r, _P540)
    p3 = fma(_P580, r, _P5C0)
    r4 = r2 * r2
    p7 = fma(r2, p7, p3)
    p9 = fma(r4, p9, p7)
    p9 = fma(r2, p9, p15)
    pl = fma(r, p9, tl)
    h = fma(r, _P3C0, the)
    rh = h - the
    z4 = fma(-r, rh, h)
    e14 = fma(r, _P3C0, -rh)
    z5 = h - z4
    e14 = fma(-e14, r, e14)
    z12 = fma(rh, r, -z5)
    z7 = e14 - z12
    z8 = pl + z7
    big_l = z4 + z8
    yh = _mul_rz(y, big_l)
    z9 = big_l - z4
    yl1 = _fma_rz(y, big_l, -yh)
    llo = z8 - z9
    zl = _fma_rz(y, llo, yl1)
    z = _add_rz(yh, zl)
    if not (math.fabs(z) <= 1021.5):
        return math.nan
    zz = z - yh
    n16 = int(math.floor(z * 16.0))
    red = _add_rz(z, -float(n16) / 16.0)   # vreducepd: truncated
    zlo = zl - zz
    rr = red + zlo
    jj = n16 & 15
    scale = math.ldexp(1.0, n16 >> 4)
    rr2 = rr * rr
    q1 = fma(rr, _P700, _P740)
    q11 = fma(rr, _P780, _P7C0)
    q15 = fma(rr, _P800, _P840)
    q1 = fma(rr2, q1, q11)
    q1 = fma(rr2, q1, q15)
    q1 = fma(rr, q1, _PEL[jj])
    q1 = fma(_PEH[jj], q1, _PEH[jj])
    return q1 * scale


def _pow_callout(x: float, y: float) -> float:
    """The lanes SVML sends to __svml_dpow_ha_cout_rare_internal: special
    values as C99 pow; other results approximated (see module doc)."""
    special, sv = pow_special(x, y)
    if special:
        return sv
    neg = _is_neg(x) and is_odd_int(y)
    ax = math.fabs(x)
    t = y * math.log2(ax)
    if t > 1025.0:
        v = _INF
    elif t < -1080.0:
        v = 0.0
    elif t > 1023.0:
        v = math.pow(ax, y * 0.5)
        v = v * v
    else:
        v = math.pow(ax, y)
    return -v if neg else v


def pow_f64(x: float, y: float) -> float:
    """np.power(x, y) on float64 (one lane of __svml_pow8_ha)."""
    if x > 0.0 and x < _INF and y - y == 0.0:
        v = _pow_vec(x, y)
        if v == v:
            return v
    return _pow_callout(x, y)
