"""Bit-exact scalar emulations of NumPy 2.4.6's float32 log10 and tan on
x86-64 with AVX-512 (X86_V4).

On an AVX512_SKX CPU NumPy's FLOAT_log10 / FLOAT_tan loops
(loops_umath_fp.dispatch.c.src) call Intel SVML's `__svml_log10f16` and
`__svml_tanf16` (the "la" variants; the wheel has no other float32
variant), 16 lanes at a time. Each lane's result depends only on that
lane's input (the loops pad partial vectors, and the rare-value paths run
per lane), so one function here reproduces one element. Both functions
take and return float32 values held in a float; every float32 operation is
emulated exactly (round_to_float32 of an exact or once-rounded double
result; fused multiply-adds with rpy.rfma.fma32).

When NumPy does not use SVML it calls glibc's log10f / tanf per element:
log10_f32_glibc / tan_f32_glibc emulate those (glibc 2.36, x86-64). On
X86_V4 that happens when the inner loop's input or output stride is
negative (np.log10(a[::-1]) of a 1-D view, out=o[::-1]; multi-dimensional
operands are reordered by the iterator and keep SVML) or when the input
and output overlap without NumPy copying first (np.tan(y[1:], out=y[:-1]));
in place (out=x), unaligned data, any positive stride, scalars and 0-d
arrays use SVML. Without X86_V4 (AVX512_SKX) every element goes to glibc.

log10_f32 (__svml_log10f16): x = m * 2**k with m = getmant(x) in
[0.75, 1.5), r = m - 1; a 16-entry table (4 top fraction bits of m) of
degree-4 polynomial coefficients; result = fma(poly, r, k * log10(2)).
Zeros, negatives and infinities take SVML's scalar path: log10(+-0) =
-inf, log10(x < 0) and log10(-inf) = the default NaN (sign set),
log10(+inf) = +inf; a NaN input is returned quieted.

tan_f32 (__svml_tanf16): x = N * pi/32 + r (Cody-Waite, three parts);
tan(x) = (T + P) / (1 - T * P) with T = tan(k pi/32) from a 32-entry
table and P = r + r**3 * (c4 + c5 r**2); the quotient is vrcp14ps plus
one Newton correction. |x| > 8256 (and nan/inf) go through the big
reduction: a 96-bit window of 1/(2 pi) chosen by the exponent multiplied
with the significand in 16-bit pieces (integer arithmetic), rounded at
2**-8 of a turn. +-inf give the default NaN, a NaN is returned quieted.
vrcp14ps is emulated with Intel's published reference algorithm
(RECIP14.c: a 64-entry linear table on the top 16 fraction bits),
checked against the instruction on this CPU for every normal input.
"""

import math

from micronumpy.simdmath import glibc_reduce_large
from rpy.rfloat import NEG_NAN, bit_length, round_to_float32
from rpy.rfma import fma, fma32

_INF = math.inf
_MASK32 = 0xFFFFFFFF


def _f32(x: float) -> float:
    return round_to_float32(x)


# ------------------------------------------------------------ vrcp14ps
# Intel's RCP14 reference: for x in (1, 2), i = floor((x - 1) * 64),
# rcp = trunc17(a[i] - 256 * b[i] * (trunc17(x) - (1 + 1/128 + i/64))) / 2**18.
_RCP14_B = [
    1009, 977, 949, 921, 893, 869, 843, 821, 797, 777, 755, 735, 717, 699,
    681, 663, 647, 631, 617, 601, 587, 573, 561, 547, 535, 523, 513, 501,
    491, 479, 469, 459, 451, 441, 433, 423, 415, 407, 399, 391, 385, 377,
    369, 363, 357, 349, 343, 337, 331, 325, 319, 315, 309, 303, 299, 293,
    289, 285, 279, 275, 271, 267, 263, 259,
]
_RCP14_A = [
    260119, 256148, 252296, 248558, 244929, 241405, 237981, 234652, 231416,
    228266, 225202, 222220, 219314, 216485, 213727, 211038, 208417, 205859,
    203364, 200929, 198551, 196229, 193960, 191743, 189576, 187458, 185387,
    183360, 181377, 179439, 177540, 175681, 173860, 172077, 170330, 168618,
    166940, 165295, 163682, 162101, 160550, 159027, 157535, 156069, 154631,
    153219, 151832, 150470, 149133, 147819, 146528, 145260, 144012, 142787,
    141582, 140397, 139232, 138085, 136959, 135853, 134763, 133689, 132631,
    131589,
]


def rcp14_f32(d: float) -> float:
    """vrcp14ps on one float32 lane (normal inputs whose reciprocal is
    normal; zeros give infinities, infinities zeros)."""
    if d != d:
        return d
    if d == 0.0:
        return math.copysign(_INF, d)
    if d == _INF or d == -_INF:
        return math.copysign(0.0, d)
    a = -d if d < 0.0 else d
    fm, e = math.frexp(a)          # a = fm * 2**e, fm in [0.5, 1)
    frac = int((fm * 2.0 - 1.0) * 8388608.0)   # 23 fraction bits of a
    if frac == 0:
        res = math.ldexp(1.0, 1 - e)
    else:
        i = frac >> 17
        xmy = (frac & ~0x7F) - (65536 + i * 131072)   # (trunc17(x) - y) * 2**23
        r = _RCP14_A[i] * 8388608 - 256 * _RCP14_B[i] * xmy   # rcp * 2**41
        drop = bit_length(r) - 17
        if drop > 0:
            r = (r >> drop) << drop
        res = math.ldexp(float(r), -40 - e)   # rcp(x) * 2**(1 - e)
    return -res if d < 0.0 else res


# ------------------------------------------------------------ float32 log10
# __svml_slog10_data_internal_avx512: per-interval coefficients, index =
# the 4 top fraction bits of m = getmant(x) in [0.75, 1.5).
_L10_C1 = [
    -0.0984775647521019,  # 0xbdc9ae9b
    -0.0815371572971344,  # 0xbda6fcf4
    -0.06820003688335419,  # 0xbd8bac76
    -0.05756586790084839,  # 0xbd6bca30
    -0.04898987337946892,  # 0xbd48a99b
    -0.04200231656432152,  # 0xbd2c0a9f
    -0.03625569865107536,  # 0xbd1480db
    -0.03148932009935379,  # 0xbd00faf2
    -0.254353791475296,  # 0xbe823aa9
    -0.22401154041290283,  # 0xbe656348
    -0.19822587072849274,  # 0xbe4afbb9
    -0.17618019878864288,  # 0xbe346895
    -0.1572265475988388,  # 0xbe20ffff
    -0.14084641635417938,  # 0xbe103a0b
    -0.12662166357040405,  # 0xbe01a91c
    -0.11421261727809906,  # 0xbde9e84e
]
_L10_C2 = [
    0.14438068866729736,  # 0x3e13d888
    0.14126771688461304,  # 0x3e10a87c
    0.13631348311901093,  # 0x3e0b95c3
    0.1303674429655075,  # 0x3e057f0b
    0.12396281957626343,  # 0x3dfde038
    0.11743325740098953,  # 0x3df080d9
    0.11098502576351166,  # 0x3de34c1e
    0.10474243015050888,  # 0x3dd68333
    0.08419524133205414,  # 0x3dac6e8e
    0.10414565354585648,  # 0x3dd54a51
    0.11868143081665039,  # 0x3df30f40
    0.1290411502122879,  # 0x3e04235d
    0.1361701935529709,  # 0x3e0b7033
    0.14079499244689941,  # 0x3e102c90
    0.1434771567583084,  # 0x3e12ebad
    0.14465320110321045,  # 0x3e141ff8
]
_L10_C3 = [
    -0.2171425074338913,  # 0xbe5e5a9b
    -0.21694360673427582,  # 0xbe5e2677
    -0.21632368862628937,  # 0xbe5d83f5
    -0.21521028876304626,  # 0xbe5c6016
    -0.21361176669597626,  # 0xbe5abd0b
    -0.2115745097398758,  # 0xbe58a6fd
    -0.20915988087654114,  # 0xbe562e02
    -0.20643222332000732,  # 0xbe5362f8
    -0.2274264693260193,  # 0xbe68e27c
    -0.22305022180080414,  # 0xbe646747
    -0.22031573951244354,  # 0xbe619a73
    -0.21869030594825745,  # 0xbe5ff05a
    -0.21779417991638184,  # 0xbe5f0570
    -0.21735692024230957,  # 0xbe5e92d0
    -0.21718661487102509,  # 0xbe5e662b
    -0.21714794635772705,  # 0xbe5e5c08
]
_L10_C4 = [
    0.4342944622039795,  # 0x3ede5bd8
    0.4342900812625885,  # 0x3ede5b45
    0.4342639446258545,  # 0x3ede57d8
    0.4341941177845001,  # 0x3ede4eb1
    0.4340607821941376,  # 0x3ede3d37
    0.4338485598564148,  # 0x3ede2166
    0.4335468113422394,  # 0x3eddf9d9
    0.43314918875694275,  # 0x3eddc5bb
    0.4336618483066559,  # 0x3ede08ed
    0.43398210406303406,  # 0x3ede32e7
    0.4341537654399872,  # 0x3ede4967
    0.43423891067504883,  # 0x3ede5490
    0.4342765510082245,  # 0x3ede597f
    0.43429040908813477,  # 0x3ede5b50
    0.43429404497146606,  # 0x3ede5bca
    0.4342944920063019,  # 0x3ede5bd9
]
_L10_LOG10_2 = 0.3010300099849701  # 0x3e9a209b


def log10_f32(x: float) -> float:
    """np.log10 on a float32 (SVML __svml_log10f16 lane)."""
    if x != x:
        return x
    if x == 0.0:
        return -_INF
    if x < 0.0:
        return NEG_NAN
    if x == _INF:
        return _INF
    fm, e = math.frexp(x)      # x = fm * 2**e, fm in [0.5, 1) (subnormals too)
    if fm < 0.75:
        m = fm + fm            # getmant: [1, 1.5)
        k = e - 1
        idx = int((m - 1.0) * 16.0)
    else:
        m = fm                 # getmant: [0.75, 1)
        k = e
        idx = int((m + m - 1.0) * 16.0)
    r = m - 1.0
    poly = fma32(_L10_C1[idx], r, _L10_C2[idx])
    poly = fma32(poly, r, _L10_C3[idx])
    poly = fma32(poly, r, _L10_C4[idx])
    kl = _f32(float(k) * _L10_LOG10_2)
    return fma32(poly, r, kl)


# ------------------------------------------------------------ float32 tan
# __svml_stan_data_internal
_TAN_TH = [
    -0.0,  # 0x80000000
    0.09849140048027039,  # 0x3dc9b5dc
    0.1989123672246933,  # 0x3e4bafaf
    0.3033466935157776,  # 0x3e9b5042
    0.4142135679721832,  # 0x3ed413cd
    0.534511148929596,  # 0x3f08d5b9
    0.6681786179542542,  # 0x3f2b0dc1
    0.8206787705421448,  # 0x3f521801
    1.0,  # 0x3f800000
    1.218503475189209,  # 0x3f9bf7ec
    1.4966057538986206,  # 0x3fbf90c7
    1.870868444442749,  # 0x3fef789e
    2.4142136573791504,  # 0x401a827a
    3.296558141708374,  # 0x4052facf
    5.027339458465576,  # 0x40a0dff7
    10.153170585632324,  # 0x41227363
    -3.4028234663852886e+38,  # 0xff7fffff
    -10.153170585632324,  # 0xc1227363
    -5.027339458465576,  # 0xc0a0dff7
    -3.296558141708374,  # 0xc052facf
    -2.4142136573791504,  # 0xc01a827a
    -1.870868444442749,  # 0xbfef789e
    -1.4966057538986206,  # 0xbfbf90c7
    -1.218503475189209,  # 0xbf9bf7ec
    -1.0,  # 0xbf800000
    -0.8206787705421448,  # 0xbf521801
    -0.6681786179542542,  # 0xbf2b0dc1
    -0.534511148929596,  # 0xbf08d5b9
    -0.4142135679721832,  # 0xbed413cd
    -0.3033466935157776,  # 0xbe9b5042
    -0.1989123672246933,  # 0xbe4bafaf
    -0.09849140048027039,  # 0xbdc9b5dc
]
_TAN_32_PI = 10.18591594696045      # 0x4122f983 32/pi
_TAN_PI32_1 = 0.09817476570606232    # 0x3dc90fda pi/32, three parts
_TAN_PI32_2 = 4.718618384913498e-09  # 0x31a22168
_TAN_PI32_3 = 3.368939345921399e-16  # 0x25c234c5
_TAN_SHIFT = 12582912.0              # 0x4b400000 1.5 * 2**23
_TAN_C4 = 0.33333319425582886        # 0x3eaaaaa6
_TAN_C5 = 0.13351643085479736        # 0x3e08b888
_TAN_BIG = 8256.0                    # 0x46010000
# big-argument reduction constants
_TAN_2PI_HI = 6.2831854820251465     # 0x40c90fdb
_TAN_2PI_LO = -1.7484555314695172e-07  # 0xb43bbd2e
_TAN_PI128_HI = 0.02454369328916073  # 0x3cc90fdb
_TAN_PI128_LO = -6.829904419802801e-10  # 0xb03bbd2e
_TAN_RSHIFT = 49152.0                # 0x47400000
_TWO_M23 = 1.1920928955078125e-07    # 2**-23
_TWO_M46 = 1.4210854715202004e-14    # 2**-46
_TAN_RED = [  # __svml_stan_reduction_data_internal: 3 words per biased exponent
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000001,
    0x00000000, 0x00000000, 0x00000002,
    0x00000000, 0x00000000, 0x00000005,
    0x00000000, 0x00000000, 0x0000000a,
    0x00000000, 0x00000000, 0x00000014,
    0x00000000, 0x00000000, 0x00000028,
    0x00000000, 0x00000000, 0x00000051,
    0x00000000, 0x00000000, 0x000000a2,
    0x00000000, 0x00000000, 0x00000145,
    0x00000000, 0x00000000, 0x0000028b,
    0x00000000, 0x00000000, 0x00000517,
    0x00000000, 0x00000000, 0x00000a2f,
    0x00000000, 0x00000000, 0x0000145f,
    0x00000000, 0x00000000, 0x000028be,
    0x00000000, 0x00000000, 0x0000517c,
    0x00000000, 0x00000000, 0x0000a2f9,
    0x00000000, 0x00000000, 0x000145f3,
    0x00000000, 0x00000000, 0x00028be6,
    0x00000000, 0x00000000, 0x000517cc,
    0x00000000, 0x00000000, 0x000a2f98,
    0x00000000, 0x00000000, 0x00145f30,
    0x00000000, 0x00000000, 0x0028be60,
    0x00000000, 0x00000000, 0x00517cc1,
    0x00000000, 0x00000000, 0x00a2f983,
    0x00000000, 0x00000000, 0x0145f306,
    0x00000000, 0x00000000, 0x028be60d,
    0x00000000, 0x00000000, 0x0517cc1b,
    0x00000000, 0x00000000, 0x0a2f9836,
    0x00000000, 0x00000000, 0x145f306d,
    0x00000000, 0x00000000, 0x28be60db,
    0x00000000, 0x00000000, 0x517cc1b7,
    0x00000000, 0x00000000, 0xa2f9836e,
    0x00000000, 0x00000001, 0x45f306dc,
    0x00000000, 0x00000002, 0x8be60db9,
    0x00000000, 0x00000005, 0x17cc1b72,
    0x00000000, 0x0000000a, 0x2f9836e4,
    0x00000000, 0x00000014, 0x5f306dc9,
    0x00000000, 0x00000028, 0xbe60db93,
    0x00000000, 0x00000051, 0x7cc1b727,
    0x00000000, 0x000000a2, 0xf9836e4e,
    0x00000000, 0x00000145, 0xf306dc9c,
    0x00000000, 0x0000028b, 0xe60db939,
    0x00000000, 0x00000517, 0xcc1b7272,
    0x00000000, 0x00000a2f, 0x9836e4e4,
    0x00000000, 0x0000145f, 0x306dc9c8,
    0x00000000, 0x000028be, 0x60db9391,
    0x00000000, 0x0000517c, 0xc1b72722,
    0x00000000, 0x0000a2f9, 0x836e4e44,
    0x00000000, 0x000145f3, 0x06dc9c88,
    0x00000000, 0x00028be6, 0x0db93910,
    0x00000000, 0x000517cc, 0x1b727220,
    0x00000000, 0x000a2f98, 0x36e4e441,
    0x00000000, 0x00145f30, 0x6dc9c882,
    0x00000000, 0x0028be60, 0xdb939105,
    0x00000000, 0x00517cc1, 0xb727220a,
    0x00000000, 0x00a2f983, 0x6e4e4415,
    0x00000000, 0x0145f306, 0xdc9c882a,
    0x00000000, 0x028be60d, 0xb9391054,
    0x00000000, 0x0517cc1b, 0x727220a9,
    0x00000000, 0x0a2f9836, 0xe4e44152,
    0x00000000, 0x145f306d, 0xc9c882a5,
    0x00000000, 0x28be60db, 0x9391054a,
    0x00000000, 0x517cc1b7, 0x27220a94,
    0x00000000, 0xa2f9836e, 0x4e441529,
    0x00000001, 0x45f306dc, 0x9c882a53,
    0x00000002, 0x8be60db9, 0x391054a7,
    0x00000005, 0x17cc1b72, 0x7220a94f,
    0x0000000a, 0x2f9836e4, 0xe441529f,
    0x00000014, 0x5f306dc9, 0xc882a53f,
    0x00000028, 0xbe60db93, 0x91054a7f,
    0x00000051, 0x7cc1b727, 0x220a94fe,
    0x000000a2, 0xf9836e4e, 0x441529fc,
    0x00000145, 0xf306dc9c, 0x882a53f8,
    0x0000028b, 0xe60db939, 0x1054a7f0,
    0x00000517, 0xcc1b7272, 0x20a94fe1,
    0x00000a2f, 0x9836e4e4, 0x41529fc2,
    0x0000145f, 0x306dc9c8, 0x82a53f84,
    0x000028be, 0x60db9391, 0x054a7f09,
    0x0000517c, 0xc1b72722, 0x0a94fe13,
    0x0000a2f9, 0x836e4e44, 0x1529fc27,
    0x000145f3, 0x06dc9c88, 0x2a53f84e,
    0x00028be6, 0x0db93910, 0x54a7f09d,
    0x000517cc, 0x1b727220, 0xa94fe13a,
    0x000a2f98, 0x36e4e441, 0x529fc275,
    0x00145f30, 0x6dc9c882, 0xa53f84ea,
    0x0028be60, 0xdb939105, 0x4a7f09d5,
    0x00517cc1, 0xb727220a, 0x94fe13ab,
    0x00a2f983, 0x6e4e4415, 0x29fc2757,
    0x0145f306, 0xdc9c882a, 0x53f84eaf,
    0x028be60d, 0xb9391054, 0xa7f09d5f,
    0x0517cc1b, 0x727220a9, 0x4fe13abe,
    0x0a2f9836, 0xe4e44152, 0x9fc2757d,
    0x145f306d, 0xc9c882a5, 0x3f84eafa,
    0x28be60db, 0x9391054a, 0x7f09d5f4,
    0x517cc1b7, 0x27220a94, 0xfe13abe8,
    0xa2f9836e, 0x4e441529, 0xfc2757d1,
    0x45f306dc, 0x9c882a53, 0xf84eafa3,
    0x8be60db9, 0x391054a7, 0xf09d5f47,
    0x17cc1b72, 0x7220a94f, 0xe13abe8f,
    0x2f9836e4, 0xe441529f, 0xc2757d1f,
    0x5f306dc9, 0xc882a53f, 0x84eafa3e,
    0xbe60db93, 0x91054a7f, 0x09d5f47d,
    0x7cc1b727, 0x220a94fe, 0x13abe8fa,
    0xf9836e4e, 0x441529fc, 0x2757d1f5,
    0xf306dc9c, 0x882a53f8, 0x4eafa3ea,
    0xe60db939, 0x1054a7f0, 0x9d5f47d4,
    0xcc1b7272, 0x20a94fe1, 0x3abe8fa9,
    0x9836e4e4, 0x41529fc2, 0x757d1f53,
    0x306dc9c8, 0x82a53f84, 0xeafa3ea6,
    0x60db9391, 0x054a7f09, 0xd5f47d4d,
    0xc1b72722, 0x0a94fe13, 0xabe8fa9a,
    0x836e4e44, 0x1529fc27, 0x57d1f534,
    0x06dc9c88, 0x2a53f84e, 0xafa3ea69,
    0x0db93910, 0x54a7f09d, 0x5f47d4d3,
    0x1b727220, 0xa94fe13a, 0xbe8fa9a6,
    0x36e4e441, 0x529fc275, 0x7d1f534d,
    0x6dc9c882, 0xa53f84ea, 0xfa3ea69b,
    0xdb939105, 0x4a7f09d5, 0xf47d4d37,
    0xb727220a, 0x94fe13ab, 0xe8fa9a6e,
    0x6e4e4415, 0x29fc2757, 0xd1f534dd,
    0xdc9c882a, 0x53f84eaf, 0xa3ea69bb,
    0xb9391054, 0xa7f09d5f, 0x47d4d377,
    0x727220a9, 0x4fe13abe, 0x8fa9a6ee,
    0xe4e44152, 0x9fc2757d, 0x1f534ddc,
    0xc9c882a5, 0x3f84eafa, 0x3ea69bb8,
    0x9391054a, 0x7f09d5f4, 0x7d4d3770,
    0x27220a94, 0xfe13abe8, 0xfa9a6ee0,
    0x4e441529, 0xfc2757d1, 0xf534ddc0,
    0x9c882a53, 0xf84eafa3, 0xea69bb81,
    0x391054a7, 0xf09d5f47, 0xd4d37703,
    0x7220a94f, 0xe13abe8f, 0xa9a6ee06,
    0xe441529f, 0xc2757d1f, 0x534ddc0d,
    0xc882a53f, 0x84eafa3e, 0xa69bb81b,
    0x91054a7f, 0x09d5f47d, 0x4d377036,
    0x220a94fe, 0x13abe8fa, 0x9a6ee06d,
    0x441529fc, 0x2757d1f5, 0x34ddc0db,
    0x882a53f8, 0x4eafa3ea, 0x69bb81b6,
    0x1054a7f0, 0x9d5f47d4, 0xd377036d,
    0x20a94fe1, 0x3abe8fa9, 0xa6ee06db,
    0x41529fc2, 0x757d1f53, 0x4ddc0db6,
    0x82a53f84, 0xeafa3ea6, 0x9bb81b6c,
    0x054a7f09, 0xd5f47d4d, 0x377036d8,
    0x0a94fe13, 0xabe8fa9a, 0x6ee06db1,
    0x1529fc27, 0x57d1f534, 0xddc0db62,
    0x2a53f84e, 0xafa3ea69, 0xbb81b6c5,
    0x54a7f09d, 0x5f47d4d3, 0x77036d8a,
    0xa94fe13a, 0xbe8fa9a6, 0xee06db14,
    0x529fc275, 0x7d1f534d, 0xdc0db629,
    0xa53f84ea, 0xfa3ea69b, 0xb81b6c52,
    0x4a7f09d5, 0xf47d4d37, 0x7036d8a5,
    0x94fe13ab, 0xe8fa9a6e, 0xe06db14a,
    0x29fc2757, 0xd1f534dd, 0xc0db6295,
    0x53f84eaf, 0xa3ea69bb, 0x81b6c52b,
    0xa7f09d5f, 0x47d4d377, 0x036d8a56,
    0x4fe13abe, 0x8fa9a6ee, 0x06db14ac,
    0x9fc2757d, 0x1f534ddc, 0x0db62959,
    0x3f84eafa, 0x3ea69bb8, 0x1b6c52b3,
    0x7f09d5f4, 0x7d4d3770, 0x36d8a566,
    0xfe13abe8, 0xfa9a6ee0, 0x6db14acc,
    0xfc2757d1, 0xf534ddc0, 0xdb629599,
    0xf84eafa3, 0xea69bb81, 0xb6c52b32,
    0xf09d5f47, 0xd4d37703, 0x6d8a5664,
    0xe13abe8f, 0xa9a6ee06, 0xdb14acc9,
    0xc2757d1f, 0x534ddc0d, 0xb6295993,
    0x84eafa3e, 0xa69bb81b, 0x6c52b327,
    0x09d5f47d, 0x4d377036, 0xd8a5664f,
    0x13abe8fa, 0x9a6ee06d, 0xb14acc9e,
    0x2757d1f5, 0x34ddc0db, 0x6295993c,
    0x4eafa3ea, 0x69bb81b6, 0xc52b3278,
    0x9d5f47d4, 0xd377036d, 0x8a5664f1,
    0x3abe8fa9, 0xa6ee06db, 0x14acc9e2,
    0x757d1f53, 0x4ddc0db6, 0x295993c4,
    0xeafa3ea6, 0x9bb81b6c, 0x52b32788,
    0xd5f47d4d, 0x377036d8, 0xa5664f10,
    0xabe8fa9a, 0x6ee06db1, 0x4acc9e21,
    0x57d1f534, 0xddc0db62, 0x95993c43,
    0xafa3ea69, 0xbb81b6c5, 0x2b327887,
    0x5f47d4d3, 0x77036d8a, 0x5664f10e,
    0xbe8fa9a6, 0xee06db14, 0xacc9e21c,
    0x7d1f534d, 0xdc0db629, 0x5993c439,
    0xfa3ea69b, 0xb81b6c52, 0xb3278872,
    0xf47d4d37, 0x7036d8a5, 0x664f10e4,
    0xe8fa9a6e, 0xe06db14a, 0xcc9e21c8,
    0xd1f534dd, 0xc0db6295, 0x993c4390,
    0xa3ea69bb, 0x81b6c52b, 0x32788720,
    0x47d4d377, 0x036d8a56, 0x64f10e41,
    0x8fa9a6ee, 0x06db14ac, 0xc9e21c82,
    0x1f534ddc, 0x0db62959, 0x93c43904,
    0x3ea69bb8, 0x1b6c52b3, 0x27887208,
    0x7d4d3770, 0x36d8a566, 0x4f10e410,
    0xfa9a6ee0, 0x6db14acc, 0x9e21c820,
    0xf534ddc0, 0xdb629599, 0x3c439041,
    0xea69bb81, 0xb6c52b32, 0x78872083,
    0xd4d37703, 0x6d8a5664, 0xf10e4107,
    0xa9a6ee06, 0xdb14acc9, 0xe21c820f,
    0x534ddc0d, 0xb6295993, 0xc439041f,
    0xa69bb81b, 0x6c52b327, 0x8872083f,
    0x4d377036, 0xd8a5664f, 0x10e4107f,
    0x9a6ee06d, 0xb14acc9e, 0x21c820ff,
]


class _Reduced:
    """Result of the big reduction: table index and reduced argument."""

    def __init__(self, idx: int, r: float) -> None:
        self.idx = idx
        self.r = r


def _tan_big_reduce(x: float) -> _Reduced:
    """SVML's large-argument path for finite |x| > 8256 (a normal float32)."""
    neg = x < 0.0
    fm, e = math.frexp(-x if neg else x)
    bexp = e + 126                             # biased float32 exponent
    sig = int(fm * 16777216.0)                 # 24-bit significand
    t0 = _TAN_RED[3 * bexp]
    t1 = _TAN_RED[3 * bexp + 1]
    t2 = _TAN_RED[3 * bexp + 2]
    m = _MASK32
    t0hi = t0 >> 16
    t0lo = t0 & 0xFFFF
    t1hi = t1 >> 16
    t1lo = t1 & 0xFFFF
    t2hi = t2 >> 16
    t2lo = t2 & 0xFFFF
    shi = sig >> 16
    slo = sig & 0xFFFF
    p4 = (shi * t0lo) & m
    p3 = (shi * t1hi) & m
    p2 = (shi * t1lo) & m
    p1 = (shi * t2hi) & m
    p8 = (shi * t2lo) & m
    q7 = (slo * t0hi) & m
    q5 = (slo * t0lo) & m
    q9 = (slo * t1hi) & m
    q0 = (slo * t1lo) & m
    q12 = (slo * t2hi) & m
    p1 = (p1 + (q12 >> 16)) & m
    p2 = (p2 + (q0 >> 16)) & m
    s15 = (p3 + (q9 >> 16)) & m
    s3 = (p4 + (q5 >> 16)) & m
    s4 = ((q0 & 0xFFFF) + p1) & m
    s14 = ((p8 >> 16) + s4) & m
    s1 = ((q9 & 0xFFFF) + p2) & m
    s8 = ((s14 >> 16) + s1) & m
    s13 = ((q7 & 0xFFFF) + s3) & m
    s2 = ((q5 & 0xFFFF) + s15) & m
    s15 = ((s8 >> 16) + s2) & m
    s5 = ((s15 >> 16) + s13) & m
    w4 = (((s5 << 16) & m) + (s15 & 0xFFFF)) & m     # top 32 bits of the product
    w9 = (((s8 << 16) & m) + (s14 & 0xFFFF)) & m     # next 32 bits
    sgn = -1.0 if neg else 1.0
    # high part: +-(1 + (w4 >> 9) * 2**-23), shifted so the 2**-8 turn is an integer
    hi = sgn * (1.0 + float(w4 >> 9) * _TWO_M23)
    z12 = _f32(_TAN_RSHIFT + hi)
    nturn = int(z12 * 256.0) & 0xFF             # low 8 bits of z12 (ulp 2**-8)
    z3 = _f32(z12 - _TAN_RSHIFT)
    z7 = _f32(hi - z3)
    # low part +-2**-46 * (1 + ((w9 & 0x3ffff) << 5) * 2**-23), minus 2**-46
    lo_b = sgn * _TWO_M46 * (1.0 + float((w9 & 0x3FFFF) << 5) * _TWO_M23)
    z8 = _f32(lo_b - sgn * _TWO_M46)
    # middle part +-2**-23 * (1 + (((w4 & 0x1ff) << 14) | (w9 >> 18)) * 2**-23), minus 2**-23
    mid_f = ((w4 & 0x1FF) << 14) | (w9 >> 18)
    mid_b = sgn * _TWO_M23 * (1.0 + float(mid_f) * _TWO_M23)
    z2 = _f32(mid_b - sgn * _TWO_M23)
    z13 = _f32(z7 + z2)
    z7 = _f32(z7 - z13)
    z3 = _f32(z2 + z7)
    z1 = _f32(z3 + z8)
    # (RHi + RLo) * 2 pi
    z0 = _f32(z13 * _TAN_2PI_HI)
    z9 = fma32(z13, _TAN_2PI_HI, -z0)
    z13 = fma32(_TAN_2PI_LO, z13, z9)
    z1 = fma32(_TAN_2PI_HI, z1, z13)
    s = 1 if (z0 < 0.0 or (z0 == 0.0 and math.copysign(1.0, z0) < 0.0)) else 0
    z7i = (nturn + (2 - s)) & m
    idx = z7i >> 2
    j = (nturn - (idx << 2)) & m
    if j >= 0x80000000:
        j -= 0x100000000
    fj = float(j)
    z12 = fma32(_TAN_PI128_LO, fj, z1)
    z6 = _f32(z12 + z0)
    r = fma32(_TAN_PI128_HI, fj, z6)
    return _Reduced(idx, r)


def tan_f32(x: float) -> float:
    """np.tan on a float32 (SVML __svml_tanf16 lane)."""
    if x != x:
        return x
    if x == _INF or x == -_INF:
        return NEG_NAN
    ax = -x if x < 0.0 else x
    if ax > _TAN_BIG:
        red = _tan_big_reduce(x)
        idx = red.idx & 31
        r = red.r
    else:
        t = fma32(x, _TAN_32_PI, _TAN_SHIFT)    # 1.5 * 2**23 + N, N = round(x * 32/pi)
        n = t - _TAN_SHIFT                      # exact
        r = fma32(-n, _TAN_PI32_1, x)
        r = fma32(-_TAN_PI32_2, n, r)
        r = fma32(-_TAN_PI32_3, n, r)
        idx = int(t) & 31
    th = _TAN_TH[idx]
    r2 = _f32(r * r)
    p = fma32(_TAN_C5, r2, _TAN_C4)
    p = _f32(p * r)
    pp = fma32(r2, p, r)                        # tan(r)
    t7 = _f32(th * pp)
    num = _f32(pp + th)
    den = _f32(1.0 - t7)
    z2 = _f32(num - th)
    rcp = rcp14_f32(den)
    z6 = _f32(den - 1.0)
    nlo = _f32(pp - z2)
    q = _f32(num * rcp)
    dlo = _f32(z6 + t7)
    err = fma32(q, den, -num)
    err = fma32(-q, dlo, err)
    z0 = _f32(err - nlo)
    return fma32(-rcp, z0, q)


# ------------------------------------------------------- glibc fallbacks
# NumPy calls libm log10f / tanf instead of SVML when the 1-D inner loop has
# a negative input or output stride (npyv_loadable_stride_f32 /
# npyv_storable_stride_f32 reject it), when input and output partially
# overlap, or without X86_V4. These are glibc 2.36's (Debian 12) versions:
# log10f is fdlibm's e_log10f.c calling the FMA ifunc variant of logf
# (__logf_fma: table + polynomial in double); tanf is s_tanf.c with the
# sincosf argument reduction (reduce_fast / reduce_large in double and
# 64-bit integers) and fdlibm's float __kernel_tanf.

_GLOGF_T = [  # (invc, logc) of glibc __logf_data
    (1.398907162146528, -0.33569133332882284),
    (1.3403141896637998, -0.2929040563774074),
    (1.286432210124115, -0.2518726580937369),
    (1.2367150214269895, -0.21245868807117255),
    (1.1906977166711752, -0.17453945183745634),
    (1.1479821020556429, -0.1380057072319758),
    (1.1082251448272158, -0.10275976698545139),
    (1.0711297413057381, -0.06871392447020525),
    (1.036437278977283, -0.0357891387398228),
    (1.0, 0.0),
    (0.9492859795739057, 0.05204517742929496),
    (0.8951049428609004, 0.11081431298787942),
    (0.8476821620351103, 0.1652495223695143),
    (0.8050314851692001, 0.21687389031699977),
    (0.7664671008843108, 0.2659635028121397),
    (0.731428603316328, 0.3127556664073557),
]
_GLOGF_LN2 = 0.6931471805599453       # 0x1.62e42fefa39efp-1
_GLOGF_A0 = -0.25089342214237154      # -0x1.00ea348b88334p-2
_GLOGF_A1 = 0.333456765744066         # 0x1.5575b0be00b6ap-2
_GLOGF_A2 = -0.4999997485802103       # -0x1.ffffef20a4123p-2
_GL10_IVLN10 = 0.4342944920063019     # 0x3ede5bd9
_GL10_LOG10_2HI = 0.3010292053222656  # 0x3e9a2080
_GL10_LOG10_2LO = 7.903415166765626e-07  # 0x355427db


def _glibc_logf_fma(x: float) -> float:
    """glibc __logf_fma for a float32 x in [0.5, 2)."""
    if x == 1.0:
        return 0.0
    if x >= 1.0:
        ix = (127 << 23) + int((x - 1.0) * 8388608.0)
    else:
        ix = (126 << 23) + int((x + x - 1.0) * 8388608.0)
    tmp = ix - 0x3F330000
    i = (tmp >> 19) & 15
    k = tmp >> 23                       # arithmetic shift
    z = math.ldexp(x, -k)               # asfloat(ix - (tmp & 0xff800000))
    invc = _GLOGF_T[i][0]
    logc = _GLOGF_T[i][1]
    r = fma(z, invc, -1.0)
    y0 = fma(float(k), _GLOGF_LN2, logc)
    y = fma(r, _GLOGF_A1, _GLOGF_A2)
    r2 = r * r
    y = fma(r2, _GLOGF_A0, y)
    return _f32(fma(r2, y, r + y0))


def log10_f32_glibc(x: float) -> float:
    """glibc 2.36 log10f (NumPy's non-SVML float32 log10 loop)."""
    if x != x:
        return x
    if x == 0.0:
        return -_INF
    if x < 0.0:
        return math.nan                 # the SVID wrapper's +NaN (0x7fc00000)
    if x == _INF:
        return _INF
    fm, e = math.frexp(x)               # x = fm * 2**e (subnormals: same k as glibc's 2**25 scaling)
    k = e - 1
    if k < 0:
        xm = fm                         # mantissa with exponent 0x7e: [0.5, 1)
        y = float(k + 1)
    else:
        xm = fm + fm                    # [1, 2)
        y = float(k)
    lo = _f32(y * _GL10_LOG10_2LO)
    z = _f32(_glibc_logf_fma(xm) * _GL10_IVLN10)
    z = _f32(z + lo)
    return _f32(z + _f32(y * _GL10_LOG10_2HI))


_GTAN_HPI_INV = 10680707.430881744    # 0x1.45f306dc9c883p+23 = 2/pi * 2**24
_GTAN_HPI = 1.5707963267948966        # 0x1.921fb54442d18p+0
# fdlibm k_tanf.c
_GKT_PIO4 = 0.7853981256484985        # 0x3f490fda
_GKT_PIO4LO = 3.774894707930798e-08   # 0x33222168
_GKT_T = [
    0.3333333432674408,       # 0x3eaaaaab
    0.13333334028720856,      # 0x3e088889
    0.05396825447678566,      # 0x3d5d0dd1
    0.021869488060474396,     # 0x3cb327a4
    0.008863239549100399,     # 0x3c11371f
    0.0035920790396630764,    # 0x3b6b6916
    0.00145620945841074,      # 0x3abede48
    0.0005880412645637989,    # 0x3a1a26c8
    0.0002464631397742778,    # 0x398137b9
    7.817944424459711e-05,    # 0x38a3f445
    7.14072521077469e-05,     # 0x3895c07a
    -1.8558637748355977e-05,  # 0xb79bae5f
    2.590730582596734e-05,    # 0x37d95384
]
_GKT_TINY = 0.0001220703125           # 2**-13
_GKT_BIG = 0.6743354797363281         # 0x3f2ca140 (|x| >= 0.6744)


def _trunc12(v: float) -> float:
    """A normal float32 with its bit pattern's low 12 bits cleared."""
    fm, e = math.frexp(v)
    return math.ldexp(float(int(fm * 4096.0)), e - 12)   # int() truncates toward 0


def _glibc_kernel_tanf(x: float, y: float, iy: int) -> float:
    """fdlibm __kernel_tanf (float arithmetic, no fma), as compiled in glibc 2.36."""
    neg = x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0)
    ax = -x if neg else x
    if ax < _GKT_TINY:
        if ax == 0.0 and iy == -1:
            return _INF
        if iy == 1:
            return x
        return _f32(-1.0 / x)
    big = ax >= _GKT_BIG
    sgn = -1.0 if neg else 1.0          # 1 - ((hx >> 30) & 2)
    if big:
        if neg:
            x = -x
            y = -y
        z = _f32(_GKT_PIO4 - x)
        w = _f32(_GKT_PIO4LO - y)
        x = _f32(w + z)
        y = 0.0
        if (-x if x < 0.0 else x) < _GKT_TINY:
            t = _f32(float(2 * iy) * x)
            return _f32(sgn * float(iy) * _f32(1.0 - t))
    tc = _GKT_T
    z = _f32(x * x)
    s = _f32(z * x)
    w = _f32(z * z)
    v = _f32(_f32(tc[12] * w) + tc[10])
    r = _f32(_f32(tc[11] * w) + tc[9])
    v = _f32(_f32(v * w) + tc[8])
    r = _f32(_f32(r * w) + tc[7])
    v = _f32(_f32(v * w) + tc[6])
    r = _f32(_f32(r * w) + tc[5])
    v = _f32(_f32(v * w) + tc[4])
    r = _f32(_f32(r * w) + tc[3])
    v = _f32(_f32(v * w) + tc[2])
    r = _f32(_f32(r * w) + tc[1])
    v = _f32(v * z)
    acc = _f32(v + r)
    acc = _f32(acc * s)
    s0 = _f32(s * tc[0])
    acc = _f32(acc + y)
    acc = _f32(acc * z)
    r = _f32(y + acc)
    r = _f32(s0 + r)
    w = _f32(x + r)
    if big:
        fv = float(iy)
        q = _f32(_f32(w * w) / _f32(w + fv))
        q = _f32(q - r)
        d = _f32(x - q)
        d = _f32(d + d)
        return _f32(sgn * _f32(fv - d))
    if iy == 1:
        return w
    a = _f32(-1.0 / w)
    zt = _trunc12(w)
    vv = _f32(r - _f32(zt - x))
    tt = _trunc12(a)
    s1 = _f32(_f32(tt * zt) + 1.0)
    u = _f32(_f32(tt * vv) + s1)
    return _f32(tt + _f32(u * a))


def tan_f32_glibc(x: float) -> float:
    """glibc 2.36 tanf (NumPy's non-SVML float32 tan loop)."""
    if x != x:
        return x
    if x == _INF or x == -_INF:
        return NEG_NAN
    ax = -x if x < 0.0 else x
    if ax <= _GKT_PIO4:
        return _glibc_kernel_tanf(x, 0.0, 1)
    if ax < 120.0:
        rr = x * _GTAN_HPI_INV
        n = (int(rr) + 0x800000) >> 24
        tx = x - float(n) * _GTAN_HPI
    else:
        tx, n = glibc_reduce_large(ax)
        if x < 0.0:
            tx = -tx
    y0 = _f32(tx)
    y1 = _f32(tx - y0)
    return _glibc_kernel_tanf(y0, y1, 1 - ((n & 1) << 1))
