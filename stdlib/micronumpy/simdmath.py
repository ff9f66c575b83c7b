"""Bit-exact scalar emulations of NumPy 2.4's SIMD math kernels on x86-64.

NumPy 2.4.6 (x86-64 wheels, glibc) computes these ufunc loops with its own
SIMD code instead of libm when the CPU has the features; each function
here reproduces one element of such a loop exactly (the kernels are purely
element-wise: a lane's result does not depend on its neighbours or on the
vector length).

float32 values are held in a float; every float32 operation is emulated by
rounding the (exact or once-rounded) double result with round_to_float32:
products of two float32 are exact in a double, and a double-rounded sum or
quotient equals the single-rounded float32 one (53 >= 2*24 + 2); fused
multiply-adds use rpy.rfma.fma32 / fma.

Which path NumPy takes (its dispatch groups: baseline X86_V2; X86_V3 =
AVX, AVX2, FMA3, F16C, BMI, BMI2, LZCNT, MOVBE; X86_V4 = X86_V3 + AVX512F,
AVX512CD, AVX512VL, AVX512BW, AVX512DQ):
- exp_f32 / log_f32 (loops_exponent_log.dispatch.c.src simd_exp_FLOAT /
  simd_log_FLOAT): X86_V4 (AVX512F variant) or X86_V3 (AVX2+FMA3 variant):
  both give identical results; baseline: libm expf/logf.
- sin_f32 / cos_f32 (loops_trigonometric.dispatch.cpp simd_sincos_f32,
  Highway, needs native FMA): X86_V3 or X86_V4; |x| > 117435.992f (sin)
  or > 71476.0625f (cos) and +-inf go to glibc sinf/cosf, emulated here
  (glibc 2.28+ algorithm, FMA ifunc variant); baseline: libm sinf/cosf.
- exp_f64 / log_f64: X86_V4 only (NumPy links Intel SVML and calls
  __svml_exp8_ha / __svml_log8_ha); otherwise libm exp/log (= math.exp /
  math.log). Even on X86_V4 NumPy uses libm when the inner loop's input
  or output byte stride is negative (npyv_loadable_stride_f64 rejects it:
  e.g. np.exp(a[::-1]) of a 1-D view, or out=o[::-1]; multi-dimensional
  operands go through the iterator, which flips negative strides, so
  m[:, ::-1] still gets SVML) or when input and output partially overlap
  inside the inner loop (NumPy normally copies such operands first).
- Runtime detection from /proc/cpuinfo flags: X86_V3 = avx avx2 fma f16c
  bmi1 bmi2 abm(lzcnt) movbe (+ the X86_V2 baseline); X86_V4 = X86_V3 +
  avx512f avx512cd avx512vl avx512bw avx512dq. NumPy also honours the
  NPY_DISABLE_CPU_FEATURES environment variable (e.g. "X86_V4 AVX512_ICL").
- float64 sin/cos are always libm in NumPy 2.4.
"""

import math

from rpy.rarithmetic import intmask
from rpy.rfloat import NEG_NAN, round_to_float32
from rpy.rfma import fma, fma32

_NAN = math.nan
_NEG_NAN = NEG_NAN                 # x86 default NaN (sign bit set)
_INF = math.inf


# Every float constant below is written as the shortest decimal that reads back
# as the exact double (float32 constants: their exact float32 value); the hex
# form of the algorithm's constant is given alongside where it helps.

# ---------------------------------------------------------------- float32 exp
# Constants are the float32 values of NumPy's NPY_*f literals.
_EXPF_XMAX = 88.72283935546875           # 88.72283935546875f
_EXPF_XMIN = -103.97208404541016          # -103.97208404541015625f
_LOG2EF = 1.4426950216293335              # NPY_LOG2Ef
_CW_LN2_HIF = -0.693145751953125         # NPY_CODY_WAITE_LOGE_2_HIGHf
_CW_LN2_LOF = -1.428606765330187e-06        # NPY_CODY_WAITE_LOGE_2_LOWf
_RINT_MAGICF = 12582912.0             # NPY_RINT_CVT_MAGICf
_EXPF_P0 = 1.0  # 0x1.0000000000000p+0
_EXPF_P1 = 0.7257664799690247  # 0x1.7397aa0000000p-1
_EXPF_P2 = 0.24736154079437256  # 0x1.fa98b00000000p-3
_EXPF_P3 = 0.051145121455192566  # 0x1.a2fb180000000p-5
_EXPF_P4 = 0.006757896859198809  # 0x1.bae2b20000000p-8
_EXPF_P5 = 0.000508276280015707  # 0x1.0a7bb00000000p-11
_EXPF_Q0 = 1.0  # 0x1.0000000000000p+0
_EXPF_Q1 = -0.27423354983329773  # -0x1.18d0ae0000000p-2
_EXPF_Q2 = 0.021595094352960587  # 0x1.61d0640000000p-6


def _f32(x: float) -> float:
    return round_to_float32(x)


def exp_f32(x: float) -> float:
    """np.exp on a float32 (AVX512F / AVX2+FMA3 simd_exp_FLOAT lane)."""
    if x != x:
        return _NAN
    if x >= _EXPF_XMAX:
        return _INF
    if x <= _EXPF_XMIN:
        return 0.0
    q = _f32(x * _LOG2EF)
    q = _f32(q + _RINT_MAGICF)
    q = _f32(q - _RINT_MAGICF)
    r = fma32(q, _CW_LN2_HIF, x)
    r = fma32(q, _CW_LN2_LOF, r)
    r = fma32(q, 0.0, r)
    num = fma32(_EXPF_P5, r, _EXPF_P4)
    num = fma32(num, r, _EXPF_P3)
    num = fma32(num, r, _EXPF_P2)
    num = fma32(num, r, _EXPF_P1)
    num = fma32(num, r, _EXPF_P0)
    den = fma32(_EXPF_Q2, r, _EXPF_Q1)
    den = fma32(den, r, _EXPF_Q0)
    poly = _f32(num / den)
    # scalef: poly * 2**q rounded once (q is an integer in [-150, 128]).
    return _f32(math.ldexp(poly, int(q)))


# ---------------------------------------------------------------- float32 log
_LOGF_P0 = 0.0
_LOGF_P1 = 1.0  # 0x1.0000000000000p+0
_LOGF_P2 = 2.112677574157715  # 0x1.0e6c380000000p+1
_LOGF_P3 = 1.480000615119934  # 0x1.7ae1520000000p+0
_LOGF_P4 = 0.3808837831020355  # 0x1.8606660000000p-2
_LOGF_P5 = 0.025899792090058327  # 0x1.a8579a0000000p-6
_LOGF_Q0 = 1.0  # 0x1.0000000000000p+0
_LOGF_Q1 = 2.612677574157715  # 0x1.4e6c380000000p+1
_LOGF_Q2 = 2.4530060291290283  # 0x1.39fc1a0000000p+1
_LOGF_Q3 = 0.9864943027496338  # 0x1.f915c80000000p-1
_LOGF_Q4 = 0.15464763343334198  # 0x1.3cb7e60000000p-3
_LOGF_Q5 = 0.005875095259398222  # 0x1.8107be0000000p-8
_LOGE2F = 0.6931471824645996              # NPY_LOGE2f
_SQRT1_2F = 0.7071067690849304            # NPY_SQRT1_2f


def log_f32(x: float) -> float:
    """np.log on a float32 (AVX512F / AVX2+FMA3 simd_log_FLOAT lane)."""
    if x != x:
        return _NAN
    if x < 0.0:
        return _NEG_NAN
    if x == 0.0:
        return -_INF
    if x == _INF:
        return _INF
    # getexp/getmant: x = m * 2**e with m in [0.5, 1) (exact, subnormals too).
    m, e = math.frexp(x)
    expo = float(e)
    if m <= _SQRT1_2F:
        m = m + m
        expo = expo - 1.0
    r = m - 1.0
    num = fma32(_LOGF_P5, r, _LOGF_P4)
    num = fma32(num, r, _LOGF_P3)
    num = fma32(num, r, _LOGF_P2)
    num = fma32(num, r, _LOGF_P1)
    num = fma32(num, r, _LOGF_P0)
    den = fma32(_LOGF_Q5, r, _LOGF_Q4)
    den = fma32(den, r, _LOGF_Q3)
    den = fma32(den, r, _LOGF_Q2)
    den = fma32(den, r, _LOGF_Q1)
    den = fma32(den, r, _LOGF_Q0)
    poly = _f32(num / den)
    return fma32(expo, _LOGE2F, poly)


# ---------------------------------------------------------------- float64 exp
# Intel SVML __svml_exp8_ha (AVX-512), as linked into NumPy's x86-64 wheels:
# x = (m + j/16) ln2 + r, exp(x) = 2**m * 2**(j/16) * exp(r); table of
# 2**(j/16) as hi + lo, degree-6 polynomial for (exp(r) - 1)/r.
_EXP_TAB_HI = [
    1.0,
    1.0442737824274138,
    1.0905077326652577,
    1.1387886347566916,
    1.189207115002721,
    1.241857812073484,
    1.2968395546510096,
    1.3542555469368927,
    1.4142135623730951,
    1.4768261459394993,
    1.5422108254079407,
    1.6104903319492543,
    1.681792830507429,
    1.7562521603732995,
    1.8340080864093424,
    1.9152065613971474,
]
_EXP_TAB_LO = [
    0.0,
    8.189317638195515e-17,
    -2.7939114859515733e-17,
    7.826573258636076e-17,
    3.3484623336251524e-17,
    3.750854201303127e-17,
    1.9572585293112036e-17,
    5.68648095791174e-17,
    -6.835808657661922e-17,
    -2.3591094770850053e-17,
    5.1548301170786783e-17,
    1.5341410053603723e-17,
    4.875160526227062e-17,
    1.685487290628973e-17,
    1.790126907604513e-17,
    -5.545065618639427e-17,
]
_EXP_LOG2E = 1.4426950408889634       # 0x1.71547652b82fep+0
_EXP_SHIFT = 422212465067007.0         # 0x1.8000000003ff0p+48
_EXP_LN2_HI = 0.6931471805599453     # 0x1.62e42fefa39efp-1
_EXP_LN2_LO = 2.3190468138462996e-17    # 0x1.abc9e3b39803fp-56
_EXP_C6 = 0.0014193283516881214          # 0x1.7411836940c04p-10
_EXP_C5 = 0.008331512908898442           # 0x1.1101cbbc265c0p-7
_EXP_C4 = 0.0416667205488057          # 0x1.55557242d68fep-5
_EXP_C3 = 0.1666666658485894          # 0x1.5555553939732p-3
_EXP_C2 = 0.5000000000059126          # 0x1.000000000d008p-1
_EXP_C1 = 0.999999999999984          # 0x1.fffffffffff70p-1
_EXP_RARE = 707.7032713517042       # 0x1.61da04cbafe44p+9 = 707.70...


def _floor16_prod(x: float, c: float) -> float:
    """floor(16 * (x*c)) / 16 of the exact product: SVML's
    fma(x, c, shifter) rounded toward zero, minus the shifter."""
    uh = x * c
    ul = fma(x, c, -uh)
    t = uh * 16.0
    fl = float(math.floor(t))
    if t == fl and ul < 0.0:
        fl = fl - 1.0
    return fl * 0.0625


def exp_f64(x: float) -> float:
    """np.exp on a float64 (SVML __svml_exp8_ha lane, AVX512_SKX wheels)."""
    if x != x:
        return x + x  # the input nan, quieted
    ax = -x if x < 0.0 else x
    if ax >= _EXP_RARE:
        return _exp_f64_rare(x)
    n = _floor16_prod(x, _EXP_LOG2E)
    j = int(n * 16.0) & 15
    r = fma(-n, _EXP_LN2_HI, x)
    r = fma(-n, _EXP_LN2_LO, r)
    r2 = r * r
    p6 = fma(_EXP_C6, r, _EXP_C5)
    p4 = fma(_EXP_C4, r, _EXP_C3)
    p2 = fma(_EXP_C2, r, _EXP_C1)
    p = fma(p6, r2, p4)
    p = fma(p, r2, p2)
    thi = _EXP_TAB_HI[j]
    y = fma(p, r, _EXP_TAB_LO[j])
    y = fma(y, thi, thi)
    return math.ldexp(y, int(math.floor(n)))


def _exp_f64_rare(x: float) -> float:
    """|x| >= 707.70 or infinite: SVML's scalar __svml_dexp_ha_cout_rare_internal
    (plain double arithmetic, no fma): 2**(j/64) table, degree-5 polynomial,
    careful scaling for results in the subnormal range."""
    if x == _INF:
        return _INF
    if x == -_INF:
        return 0.0
    if x > _EXPR_OVF:
        return _INF
    if x < _EXPR_UNF:
        return 0.0
    t = x * _EXPR_64_LN2
    k = int((t + _EXPR_SHIFT) - _EXPR_SHIFT)  # round to nearest integer
    nk = float(k)
    j = k & 63
    m = k >> 6
    r = x - nk * _EXPR_LN2_64_HI
    r = r - nk * _EXPR_LN2_64_LO
    p = _EXPR_C5 * r + _EXPR_C4
    p = p * r + _EXPR_C3
    p = p * r + _EXPR_C2
    p = p * r + _EXPR_C1
    p = p * r
    p = p * r
    p = p + r
    hi = _EXPR_TAB[2 * j]
    p = (p + _EXPR_TAB[2 * j + 1]) * hi
    if x >= _EXPR_SUB:
        y = p + hi
        if m >= 1024:
            return y * math.ldexp(1.0, m - 1) * 2.0
        return y * math.ldexp(1.0, m)
    scale = math.ldexp(1.0, m + 60)
    s2 = p * scale
    s1 = scale * hi
    tt = s1 + s2
    if m + 1083 <= 50:
        return tt * _EXPR_TWO_M60
    e = (s1 - tt) + s2
    u = tt * _EXPR_SPLIT
    th = (tt + u) - u
    tl = e + (tt - th)
    return th * _EXPR_TWO_M60 + tl * _EXPR_TWO_M60


_EXPR_64_LN2 = 92.33248261689366     # 0x1.71547652b82fep+6
_EXPR_SHIFT = 6755399441055744.0                    # 0x1.8p+52
_EXPR_C1 = 0.5
_EXPR_C2 = 0.1666666666665788        # 0x1.55555555548f8p-3
_EXPR_C3 = 0.04166666666677052         # 0x1.5555555558fccp-5
_EXPR_C4 = 0.008333341995140497         # 0x1.111123aaf20d3p-7
_EXPR_C5 = 0.0013888870459233254        # 0x1.6c16a1c2a3ffdp-10
_EXPR_OVF = 709.782712893384       # 0x1.62e42fefa39efp+9
_EXPR_SUB = -708.3964185322641      # -0x1.6232bdd7abcd2p+9
_EXPR_UNF = -745.1332191019411      # -0x1.74910d52d3051p+9
_EXPR_LN2_64_HI = 0.010830424696223417      # 0x1.62e42fefa0000p-7
_EXPR_LN2_64_LO = 2.572804622327669e-14  # 0x1.cf79abc9e3b3ap-46
_EXPR_TWO_M60 = 8.673617379884035e-19  # 0x1.0000000000000p-60
_EXPR_SPLIT = 6442450944.0                    # 0x1.8p+32
# 2**(j/64) as hi, lo pairs (_imldExpHATab).
_EXPR_TAB = [
    1.0, 0.0,
    1.0108892860517005, -1.507066976926039e-17,
    1.0218971486541166, 4.9997448722726326e-17,
    1.0330248790212284, 7.357846871247418e-18,
    1.0442737824274138, 8.189317638195515e-17,
    1.0556451783605572, 1.6665881442326747e-18,
    1.0671404006768237, -7.402825309426177e-17,
    1.0787607977571199, -6.170654745608695e-17,
    1.0905077326652577, -2.7939114859515733e-17,
    1.102382583307841, 4.776959425256223e-17,
    1.1143867425958924, 9.341710609905046e-17,
    1.1265216186082418, 4.585670326662351e-17,
    1.1387886347566916, 7.826573258636076e-17,
    1.1511892299529827, 2.823784425951061e-17,
    1.1637248587775775, 3.2904726646008416e-17,
    1.1763969916502812, 4.721368121170128e-17,
    1.189207115002721, 3.3484623336251524e-17,
    1.202156731452703, 5.527550048505249e-17,
    1.215247359980469, -6.346552106729483e-17,
    1.22848053610687, -1.5456342819397733e-17,
    1.241857812073484, 3.750854201303127e-17,
    1.255380757024691, -5.346099009198751e-18,
    1.2690509571917332, 2.1023049675215714e-18,
    1.2828700160787783, 1.3357510088834541e-17,
    1.2968395546510096, 1.9572585293112036e-17,
    1.3109612115247644, -5.478069123926778e-17,
    1.3252366431597413, -2.1571477251208752e-17,
    1.339667524053303, 6.663804589232195e-17,
    1.3542555469368927, 5.68648095791174e-17,
    1.3690024229745905, 7.007875046906994e-17,
    1.383909881963832, -4.8923067513522756e-17,
    1.3989796725383112, -6.872303720902018e-17,
    1.4142135623730951, -6.835808657661922e-17,
    1.42961333839197, -8.416011634717156e-18,
    1.4451808069770467, -2.092304381843353e-17,
    1.460917794180647, -3.833464968654295e-17,
    1.4768261459394993, -2.3591094770850053e-17,
    1.4929077282912648, 9.50689710108796e-18,
    1.5091644275934228, -6.735219232374683e-17,
    1.5255981507445384, -7.226635472101257e-17,
    1.5422108254079407, 5.1548301170786783e-17,
    1.559004400237837, 2.4253985766689806e-17,
    1.5759808451078865, -6.432131775424189e-18,
    1.593142151342267, -6.336161863401293e-17,
    1.6104903319492543, 1.5341410053603723e-17,
    1.6280274218573478, -4.123367330661149e-17,
    1.645755478153965, -6.152602891550265e-17,
    1.6636765803267364, 3.540948262646183e-17,
    1.681792830507429, 4.875160526227062e-17,
    1.7001063537185235, -4.719539664590972e-18,
    1.718619298122478, -1.0772487078934056e-17,
    1.7373338352737062, 1.821405440362259e-17,
    1.7562521603732995, 1.685487290628973e-17,
    1.7753764925265212, 3.621615935336894e-17,
    1.7947090750031072, 1.01562190116415e-17,
    1.8142521755003989, -5.495118966122005e-17,
    1.8340080864093424, 1.790126907604513e-17,
    1.8539791250833855, 5.265370768556274e-17,
    1.8741676341103, -3.266924100901318e-17,
    1.8945759815869656, 1.7963932659833022e-17,
    1.9152065613971474, -5.545065618639427e-17,
    1.9360617934922943, 5.336805878514151e-17,
    1.9571441241754002, 4.5784915277060095e-17,
    1.978456026387951, 2.0414278897578303e-17,
]


# ---------------------------------------------------------------- float64 log
# Intel SVML __svml_log8_ha (AVX-512): x = 2**e * m, m in [1, 2);
# rcp = vrndscalepd(vrcp14pd(m), 1/32 grid); R = rcp*m - 1 (fma);
# log(x) = e*ln2 - log(rcp) + log1p(R), -log(rcp) from a 16-entry hi+lo table.
#
# vrcp14pd is an approximation; rounded to 1/32 it equals (32 - c)/32 where c
# is the number of thresholds below that m reaches. The thresholds were
# measured on the hardware (AMD EPYC: binary search over m, then 2**28
# random and near-threshold m checked against the instruction) and are the
# same as those of Intel's published VRCP14 reference algorithm (64-entry
# linear table on the top 16 fraction bits of m); they sit within 2**-14
# of the exact rounding midpoints 64/(2k+1).
_RCP_STEPS = [
    1.0158538818359375,   # 1.0158538818359375
    1.0491790771484375,   # 1.0491790771484375
    1.08477783203125,    # 1.08477783203125
    1.122802734375,    # 1.122802734375
    1.163665771484375,    # 1.163665771484375
    1.2075653076171875,   # 1.2075653076171875
    1.2549285888671875,   # 1.2549285888671875
    1.3061370849609375,   # 1.3061370849609375
    1.3617095947265625,   # 1.3617095947265625
    1.4221954345703125,   # 1.4221954345703125
    1.4883880615234375,   # 1.4883880615234375
    1.56097412109375,    # 1.56097412109375
    1.641021728515625,    # 1.641021728515625
    1.729736328125,    # 1.729736328125
    1.82855224609375,    # 1.82855224609375
    1.939453125,      # 1.939453125
]
# -log(rcp) for the table index (mantissa bits of rcp): hi parts (27 bits) and lo parts.
_LOG_TAB_HI = [
    0.0, -0.06062462181671435, -0.11778303565643, -0.17185025692651834,
    -0.22314355131402408, -0.27193371548401046, -0.3184537311180975, -0.3629054936891407,
    0.2876820724513891, 0.24686007793116005, 0.2076393647785153, 0.1698990367949591,
    0.13353139262471814, 0.09844007281299127, 0.06453852113736502, 0.03174869831491378,
]
_LOG_TAB_LO = [
    0.0, 2.795098818345971e-13, 4.654729747598445e-14, -1.4088127937111135e-13,
    -1.856757095979601e-13, 3.687042831583768e-13, -4.3712191957429144e-13, -2.2774076114039556e-13,
    3.918237769963822e-13, 3.657488373208597e-13, -2.707990980384746e-13, 4.383710744723666e-13,
    -1.9551393909415374e-13, 2.6124491647247346e-13, 2.0614806739842207e-13, -3.334802027954729e-13,
]
_LOG_C9 = 0.11135561406034511        # 0x1.c81cd309d7c70p-4
_LOG_C8 = -0.125220000081181       # -0x1.007357e93af62p-3
_LOG_C7 = 0.14285690939597326       # 0x1.249229cee81efp-3
_LOG_C6 = -0.16666650546695666       # -0x1.55553fb28db06p-3
_LOG_C5 = 0.20000000009280938        # 0x1.9999999cc9f5cp-3
_LOG_C4 = -0.2500000000437373      # -0x1.00000000c05bdp-2
_LOG_C3 = 0.33333333333332005        # 0x1.5555555555466p-2
_LOG_C2 = -0.4999999999999968       # -0x1.fffffffffffc6p-2
_LOG_LN2_HI = 0.6931471805582987        # 0x1.62e42fefa0000p-1
_LOG_LN2_LO = 1.6465949582866463e-12        # 0x1.cf79abc9e0000p-40


def svml_log_reduce(x: float) -> tuple[float, float, int]:
    """SVML's float64 log argument reduction for a positive finite x (also
    subnormal): x = 2**e * m, m in [1, 2), a 16-step table reciprocal rcp of
    m (rcp < 0.75 moves one unit into e), and r = rcp * m - 1 (one fused
    multiply-add). Returns (r, e, table index)."""
    fr, ex = math.frexp(x)          # exact for subnormals too (getmant/getexp)
    m = fr + fr                     # [1, 2)
    e = float(ex - 1)
    c = 0
    while c < 16 and m >= _RCP_STEPS[c]:
        c += 1
    rcp = float(32 - c) * 0.03125
    idx = (16 - c) & 15
    if c > 8:                       # rcp < 0.75
        e = e + 1.0
    return (fma(rcp, m, -1.0), e, idx)


def log_f64(x: float) -> float:
    """np.log on a float64 (SVML __svml_log8_ha lane, AVX512_SKX wheels)."""
    if x != x:
        return x + x  # the input nan, quieted
    if x < 0.0 or x == -_INF:
        return _NEG_NAN
    if x == 0.0:
        return -_INF
    if x == _INF:
        return _INF
    r, e, idx = svml_log_reduce(x)
    pa = fma(_LOG_C7, r, _LOG_C6)
    pb = fma(_LOG_C9, r, _LOG_C8)
    r2 = r * r
    p9 = fma(_LOG_C5, r, _LOG_C4)
    p8 = fma(_LOG_C3, r, _LOG_C2)
    p1 = fma(r2, pb, pa)
    r4 = r2 * r2
    p9 = fma(r2, p9, p8)
    thi = fma(e, _LOG_LN2_HI, _LOG_TAB_HI[idx])
    p1 = fma(r4, p1, p9)
    h = thi + r
    rres = r - (h - thi)
    p1 = fma(r2, p1, rres)
    lo = fma(_LOG_LN2_LO, e, _LOG_TAB_LO[idx])
    return h + (p1 + lo)


# ------------------------------------------------------- float32 sin and cos
# numpy/_core/src/umath/loops_trigonometric.dispatch.cpp simd_sincos_f32
# (Highway, needs native FMA: X86_V3 = AVX2+FMA3 or X86_V4): Cody-Waite
# reduction by pi/2 in float32 with fma, minimax polynomials on
# [-pi/4, pi/4]; |x| beyond the Cody-Waite range goes to libm sinf/cosf.
_TWO_O_PIF = 0.6366197466850281            # 0x1.45f306p-1
_CW_PIO2_HIF = -1.570796012878418         # -0x1.921fb0p+00
_CW_PIO2_MEDF = -3.1391647326017846e-07        # -0x1.5110b4p-22
_CW_PIO2_LOWF = -5.390302529957765e-15        # -0x1.846988p-48
_COS_F8 = 2.4372266125283204e-05               # 0x1.98e616p-16
_COS_F6 = -0.001388652017340064              # -0x1.6c06dcp-10
_COS_F4 = 0.04166661947965622               # 0x1.55553cp-05
_COS_F2 = -0.5
_COS_F0 = 1.0
_SIN_F9 = 2.8404097065504175e-06               # 0x1.7d3bbcp-19
_SIN_F7 = -0.00019856491417158395              # -0x1.a06bbap-13
_SIN_F5 = 0.008333397097885609               # 0x1.11119ap-07
_SIN_F3 = -0.1666666716337204              # -0x1.555556p-03
SIN_F32_SIMD_MAX = 117435.9921875          # 117435.992f: larger |x| -> libm sinf
COS_F32_SIMD_MAX = 71476.0625              # 71476.0625f: larger |x| -> libm cosf


def _sincos_f32(x: float, cos: bool) -> float:
    # The compiler contracts the x * 2/pi and + magic into one fma.
    q = fma32(x, _TWO_O_PIF, _RINT_MAGICF)
    q = _f32(q - _RINT_MAGICF)
    r = fma32(q, _CW_PIO2_HIF, x)
    r = fma32(q, _CW_PIO2_MEDF, r)
    r = fma32(q, _CW_PIO2_LOWF, r)
    r2 = _f32(r * r)
    iq = int(q)
    if cos:
        iq += 1
    if iq & 1 == 0:
        s = fma32(_SIN_F9, r2, _SIN_F7)
        s = fma32(s, r2, _SIN_F5)
        s = fma32(s, r2, _SIN_F3)
        s = fma32(s, r2, 0.0)
        v = fma32(s, r, r)
    else:
        c = fma32(_COS_F8, r2, _COS_F6)
        c = fma32(c, r2, _COS_F4)
        c = fma32(c, r2, _COS_F2)
        v = fma32(c, r2, _COS_F0)
    if iq & 2 == 2:
        v = 0.0 - v
    return v


# glibc 2.36 sinf/cosf, x86-64 FMA ifunc variant (__sinf_fma/__cosf_fma,
# selected when the CPU has FMA and AVX2), large-argument path only
# (|x| >= 112, which covers every input NumPy sends it): Payne-Hanek style
# reduction with 4/pi bits in 64-bit integers, then polynomials in double
# (the compiler fused a + b*c into fma), rounded once to float32.
_INV_PIO4_BYTES = [0, 0, 0, 0xa2, 0xf9, 0x83, 0x6e, 0x4e, 0x44, 0x15, 0x29, 0xfc, 0x27,
                   0x57, 0xd1, 0xf5, 0x34, 0xdd, 0xc0, 0xdb, 0x62, 0x95, 0x99, 0x3c, 0x43,
                   0x90, 0x41]   # 4/pi = 0x1.45f306dc9c882a53f84eafa3ea6a...p0


def _inv_pio4(i: int) -> int:
    """glibc __inv_pio4[i]: the 32 bits of 4/pi (as 0.a2f9836e...) ending at byte i."""
    b = _INV_PIO4_BYTES
    return (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]


_GSF_PI63 = 3.4061215800865545e-19      # 0x1.921fb54442d18p-62 = pi * 2**-63
_GSF_C0 = 1.0
_GSF_C1 = -0.49999999725108224        # -0x1.ffffffd0c621cp-2
_GSF_C2 = 0.041666623324344516        # 0x1.55553e1068f19p-5
_GSF_C3 = -0.001388676379437604       # -0x1.6c087e89a359dp-10
_GSF_C4 = 2.4390450703564542e-05        # 0x1.99343027bf8c3p-16
_GSF_S1 = -0.16666654943701084       # -0x1.555545995a603p-3
_GSF_S2 = 0.008332178146138854         # 0x1.1107605230bc4p-7
_GSF_S3 = -0.00019517298981385725        # -0x1.994eb3774cf24p-13


def glibc_reduce_large(ax: float) -> tuple[float, int]:
    """glibc's reduce_large (sinf, cosf, tanf) for a float32 ax >= 112:
    ax = n * pi/2 + x with |x| <= pi/4, from 96 bits of 4/pi in integer
    arithmetic. Returns (x, n mod 4)."""
    fr, ex = math.frexp(ax)
    m24 = int(fr * 16777216.0)                 # 24-bit significand
    xi = ((ex - 1 + 127) << 23) | (m24 - 0x800000)   # asuint(ax)
    k = (xi >> 26) & 15
    shift = (xi >> 23) & 7
    v = ((xi & 0xFFFFFF) | 0x800000) << shift
    res0 = (v * _inv_pio4(k)) & 0xFFFFFFFF    # uint32 product
    res1 = v * _inv_pio4(k + 4)
    res2 = v * _inv_pio4(k + 8)
    res0 = intmask((res2 >> 32) | intmask(res0 << 32))
    res0 = intmask(res0 + res1)
    n = (intmask(res0 + (1 << 61)) >> 62) & 3
    res0 = intmask(res0 - intmask(n << 62))
    return (float(res0) * _GSF_PI63, n)


def _glibc_trig_f32_large(y: float, cos: bool) -> float:
    """glibc's sinf (cos=False) / cosf of a finite float32 y with |y| >= 112."""
    neg = y < 0.0
    x, n = glibc_reduce_large(-y if neg else y)
    sign = 1 if neg else 0
    e = n + sign
    neg_tab = (e & 2) != 0                     # __sincosf_table[1]: cos coefficients negated
    use_sin = (n & 1) == (1 if cos else 0)
    x2 = x * x
    if use_sin:
        xs = -x if (e & 3) == 1 or (e & 3) == 2 else x
        s1 = fma(x2, _GSF_S3, _GSF_S2)
        x3 = x2 * xs
        x5 = x3 * x2
        s = fma(x3, _GSF_S1, xs)
        return _f32(fma(s1, x5, s))
    sg = -1.0 if neg_tab else 1.0
    x4 = x2 * x2
    c1 = fma(x2, sg * _GSF_C1, sg * _GSF_C0)
    c2 = fma(x2, sg * _GSF_C4, sg * _GSF_C3)
    x6 = x2 * x4
    c = fma(x4, sg * _GSF_C2, c1)
    return _f32(fma(c2, x6, c))


def _libm_trig_f32(x: float, cos: bool) -> float:
    """NumPy's fallback npy_sinf/npy_cosf (glibc) for |x| beyond the SIMD range."""
    if x == _INF or x == -_INF:
        return _NEG_NAN
    return _glibc_trig_f32_large(x, cos)


def sin_f32(x: float) -> float:
    """np.sin on a float32 (simd_sincos_f32 lane)."""
    if x != x:
        return _NAN
    ax = -x if x < 0.0 else x
    if ax > SIN_F32_SIMD_MAX:
        return _libm_trig_f32(x, False)
    return _sincos_f32(x, False)


def cos_f32(x: float) -> float:
    """np.cos on a float32 (simd_sincos_f32 lane)."""
    if x != x:
        return _NAN
    ax = -x if x < 0.0 else x
    if ax > COS_F32_SIMD_MAX:
        return _libm_trig_f32(x, True)
    return _sincos_f32(x, True)
