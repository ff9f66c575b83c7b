"""Differential check of stdlib/rpy/rhalf.py against NumPy's float16.

Standalone: `python3 tests/micronumpy/check_half.py`. Seeded; prints a
one-line summary; exits 1 on any mismatch.
"""

import math
import os
import random
import struct
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "stdlib"))

import numpy as np  # noqa: E402

from rpy import rhalf  # noqa: E402
from rpy.rhalf import (  # noqa: E402
    double_to_half_bits, float_to_half_bits, half_bits_to_double, round_to_half,
    half_shortest_digits, half_digits, half_dragon4, half_repr, half_str,
    double_bits_to_half_bits, float_bits_to_half_bits, half_bits_to_double_bits,
    half_bits_to_float_bits, CUTOFF_FRACTION, CUTOFF_TOTAL,
)

SEED = 20261207
T0 = time.time()


class Counts:
    def __init__(self) -> None:
        self.checks = 0
        self.fails = 0
        self.shown = 0
        self.by_area: dict[str, int] = {}

    def ok(self, area: str, cond: bool, what: str) -> None:
        self.checks += 1
        self.by_area[area] = self.by_area.get(area, 0) + 1
        if not cond:
            self.fails += 1
            if self.shown < 40:
                self.shown += 1
                print("MISMATCH [%s] %s" % (area, what))


C = Counts()
ALL = np.arange(65536, dtype=np.uint32).astype(np.uint16)
HALVES = ALL.view(np.float16)


def dbits(x: float) -> int:
    return int(struct.unpack("<q", struct.pack("<d", x))[0])


def same_float(a: float, b: float) -> bool:
    if a != a or b != b:
        return a != a and b != b and math.copysign(1.0, a) == math.copysign(1.0, b)
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def parse_digits(text: str) -> tuple[bool, str, int]:
    """NumPy number text -> (negative, digits, exponent), value = 0.D * 10**e."""
    neg = text.startswith("-")
    if neg:
        text = text[1:]
    e = 0
    if "e" in text:
        text, et = text.split("e")
        e = int(et)
    if "." in text:
        point = text.index(".")
        digs = text.replace(".", "")
    else:
        point = len(text)
        digs = text
    exp = point + e
    start = 0
    while start < len(digs) and digs[start] == "0":
        start += 1
        exp -= 1
    end = len(digs)
    while end > start and digs[end - 1] == "0":
        end -= 1
    if start == end:
        return neg, "0", 0
    return neg, digs[start:end], exp


def dg_tuple(h: int, mode: int, cutoff: int) -> tuple[bool, str, int]:
    d = half_dragon4(h, mode, cutoff)
    return d.negative, d.digits, d.exponent


# ---------------------------------------------------------------- all halves

def check_all_halves() -> None:
    f64 = HALVES.astype(np.float64)
    f64bits = f64.view(np.int64)
    f32bits = HALVES.astype(np.float32).view(np.uint32)
    for h in range(65536):
        v = HALVES[h]
        ref = float(f64[h])
        got = half_bits_to_double(h)
        C.ok("to_double", same_float(got, ref), "half_bits_to_double(%#x) = %r, numpy %r" % (h, got, ref))
        C.ok("to_double_bits", half_bits_to_double_bits(h) == int(f64bits[h]),
             "half_bits_to_double_bits(%#x)" % h)
        C.ok("to_float_bits", half_bits_to_float_bits(h) == int(f32bits[h]),
             "half_bits_to_float_bits(%#x)" % h)
        s = str(v)
        r = repr(v)
        C.ok("str", half_str(h) == s, "half_str(%#x) = %r, numpy %r" % (h, half_str(h), s))
        C.ok("repr", "np.float16(" + half_repr(h) + ")" == r,
             "half_repr(%#x) = %r, numpy %r" % (h, half_repr(h), r))
        if math.isfinite(ref):
            d = half_shortest_digits(ref)
            d2 = half_digits(h)
            C.ok("digits", (d.negative, d.digits, d.exponent) == parse_digits(s)
                 and (d2.negative, d2.digits, d2.exponent) == parse_digits(s),
                 "half_shortest_digits(%#x) = %s/%s/%d vs str %r" % (h, d.negative, d.digits, d.exponent, s))
            # back conversion: exact values round-trip
            C.ok("roundtrip", double_to_half_bits(ref) == h and float_to_half_bits(ref) == h
                 and same_float(round_to_half(ref), ref), "round trip %#x" % h)
            # the digits read back (correctly rounded) give the same half
            txt = "0." + d.digits + "e" + str(d.exponent)
            back = np.float16(float(txt) if not d.negative else -float(txt))
            C.ok("digits_back", same_float(float(back), ref) or (ref == 0.0),
                 "digits of %#x read back as %r" % (h, back))
        else:
            C.ok("nonfinite_rt", double_bits_to_half_bits(int(f64bits[h])) == h
                 and float_bits_to_half_bits(int(f32bits[h])) == h,
                 "nan/inf bits round trip %#x" % h)


# ------------------------------------------- array printing (Dragon4 cutoffs)

def check_cutoffs(rng: random.Random) -> tuple[int, int]:
    """Positional precision=8 and scientific precision=8 (the array repr
    defaults) for every finite half; other precisions on a sample."""
    same_as_unique = 0
    differs_from_unique = 0
    for h in range(65536):
        v = HALVES[h]
        if not np.isfinite(v):
            continue
        pos = np.format_float_positional(v, unique=True, precision=8)
        sci = np.format_float_scientific(v, unique=True, precision=8)
        gp = dg_tuple(h, CUTOFF_FRACTION, 8)
        gs = dg_tuple(h, CUTOFF_TOTAL, 9)
        C.ok("positional8", gp == parse_digits(pos), "positional p=8 %#x: %r vs %r" % (h, gp, pos))
        C.ok("scientific8", gs == parse_digits(sci), "scientific p=8 %#x: %r vs %r" % (h, gs, sci))
        u = half_digits(h)
        ut = (u.negative, u.digits, u.exponent)
        C.ok("sci8_is_unique", gs == ut, "sci8 differs from unique %#x" % h)
        av = abs(float(v))
        if av == 0.0 or av >= 1e-4:
            # array repr uses positional only when all |v| >= 1e-4: there the
            # unique digits never reach the 8-digit cutoff
            C.ok("pos8_is_unique", gp == ut, "pos8 differs from unique %#x: %r %r" % (h, gp, ut))
        if gp == ut:
            same_as_unique += 1
        else:
            differs_from_unique += 1
    for _ in range(12000):
        h = rng.randrange(65536)
        v = HALVES[h]
        if not np.isfinite(v):
            continue
        p = rng.randrange(0, 10)
        pos = np.format_float_positional(v, unique=True, precision=p)
        gp = dg_tuple(h, CUTOFF_FRACTION, p)
        C.ok("positional_p", gp == parse_digits(pos), "positional p=%d %#x: %r vs %r" % (p, h, gp, pos))
        p = rng.randrange(0, 6)
        sci = np.format_float_scientific(v, unique=True, precision=p)
        gs = dg_tuple(h, CUTOFF_TOTAL, p + 1)
        C.ok("scientific_p", gs == parse_digits(sci), "scientific p=%d %#x: %r vs %r" % (p, h, gs, sci))
    # whole random arrays: each element's positional p=8 digits
    for _ in range(200):
        n = rng.randrange(1, 12)
        hs = [rng.randrange(0, 0x7C00) | (0x8000 if rng.random() < 0.3 else 0) for _ in range(n)]
        arr = np.array(hs, dtype=np.uint16).view(np.float16)
        for i in range(n):
            pos = np.format_float_positional(arr[i], unique=True, precision=8)
            C.ok("array_elems", dg_tuple(hs[i], CUTOFF_FRACTION, 8) == parse_digits(pos),
                 "array elem %#x" % hs[i])
    return same_as_unique, differs_from_unique


# ------------------------------------------------------ double -> half casts

def double_inputs(rng: random.Random) -> list[float]:
    xs: list[float] = []
    fin = [float(x) for x in HALVES.astype(np.float64) if math.isfinite(float(x))]
    pos = sorted(set(x for x in fin if x >= 0.0))
    pos.append(65536.0)                     # the next "half" after 65504
    for i in range(len(pos) - 1):
        a, b = pos[i], pos[i + 1]
        m = (a + b) / 2.0                   # exact midpoint (few bits)
        for x in (m, math.nextafter(m, 0.0), math.nextafter(m, math.inf), a,
                  math.nextafter(a, math.inf), math.nextafter(a, 0.0)):
            xs.append(x)
            xs.append(-x)
    # overflow boundary region and beyond
    for _ in range(4000):
        xs.append(rng.uniform(65400.0, 65700.0))
    for x in (65504.0, 65519.0, 65519.99999999999, 65520.0, 65520.00000000001, 65535.0,
              65536.0, 1e5, 1e300, math.inf, -math.inf, 0.0, -0.0, math.nan, -math.nan,
              5e-324, -5e-324, 2.0 ** -25, 2.0 ** -26, math.nextafter(2.0 ** -25, 1.0),
              math.nextafter(2.0 ** -25, 0.0), 2.0 ** -24, 1.5 * 2.0 ** -24,
              2.2250738585072014e-308, 1.7976931348623157e308):
        xs.append(x)
        xs.append(-x)
    # subnormal and tiny range
    for _ in range(20000):
        xs.append(rng.uniform(0.0, 2.0 ** -13) * rng.choice((1.0, -1.0)))
    for _ in range(4000):
        xs.append(math.ldexp(rng.random(), rng.randrange(-40, -20)))
    # random over the half range and log-uniform
    for _ in range(30000):
        xs.append(rng.uniform(-70000.0, 70000.0))
    for _ in range(30000):
        xs.append(math.ldexp(rng.random() + 0.5, rng.randrange(-30, 18)) * rng.choice((1.0, -1.0)))
    return xs


def check_double_casts(rng: random.Random) -> int:
    xs = double_inputs(rng)
    arr = np.array(xs, dtype=np.float64)
    with np.errstate(all="ignore"):
        ref = arr.astype(np.float16).view(np.uint16)
    for i, x in enumerate(xs):
        r = int(ref[i])
        C.ok("double_to_half", double_to_half_bits(x) == r,
             "double_to_half_bits(%r) = %#x, numpy %#x" % (x, double_to_half_bits(x), r))
        C.ok("double_bits_to_half", double_bits_to_half_bits(dbits(x)) == r,
             "double_bits_to_half_bits(%r)" % x)
        if not math.isnan(x):
            C.ok("round_to_half", same_float(round_to_half(x), float(ref[i:i + 1].view(np.float16)[0])),
                 "round_to_half(%r)" % x)
    # scalar constructor agrees with astype on a sample
    with np.errstate(all="ignore"):
        for x in xs[::50]:
            C.ok("scalar_ctor", int(np.float16(x).view(np.uint16)) == double_to_half_bits(x),
                 "np.float16(%r)" % x)
    # random bit patterns: every exponent, NaN payloads (signalling too)
    bits = [rng.getrandbits(64) for _ in range(30000)]
    bits += [(0x7FF << 52) | rng.getrandbits(52) | (rng.getrandbits(1) << 63) for _ in range(5000)]
    bits += [(0x7FF << 52) | (rng.getrandbits(10) << 42) | (rng.getrandbits(1) << 63) for _ in range(2000)]
    bits += [(0x7FF << 52) | rng.getrandbits(42) for _ in range(2000)]
    u = np.array(bits, dtype=np.uint64)
    with np.errstate(all="ignore"):
        ref = u.view(np.float64).astype(np.float16).view(np.uint16)
    for i, b in enumerate(bits):
        sb = b - (1 << 64) if b >= (1 << 63) else b
        C.ok("double_bits_random", double_bits_to_half_bits(sb) == int(ref[i]),
             "double_bits_to_half_bits(%#x) = %#x, numpy %#x" % (b, double_bits_to_half_bits(sb), int(ref[i])))
    return len(xs) + len(bits)


# ------------------------------------------------------ float32 -> half casts

def check_float_casts(rng: random.Random) -> int:
    fs: list[float] = []
    fin = sorted(set(float(x) for x in HALVES.astype(np.float64) if math.isfinite(float(x)) and x >= 0))
    fin.append(65536.0)
    f32 = np.float32
    for i in range(len(fin) - 1):
        m = (fin[i] + fin[i + 1]) / 2.0      # float32-exact midpoint
        mf = f32(m)
        for x in (mf, np.nextafter(mf, f32(0)), np.nextafter(mf, f32(np.inf)),
                  np.nextafter(f32(fin[i]), f32(np.inf))):
            fs.append(float(x))
            fs.append(-float(x))
    for _ in range(30000):
        fs.append(float(f32(rng.uniform(-70000.0, 70000.0))))
    for _ in range(20000):
        fs.append(float(f32(math.ldexp(rng.random(), rng.randrange(-40, -10)))))
    for _ in range(20000):
        b = rng.getrandbits(32)
        x = float(np.array([b], dtype=np.uint32).view(np.float32)[0])
        if not math.isnan(x):
            fs.append(x)
    arr = np.array(fs, dtype=np.float32)
    with np.errstate(all="ignore"):
        ref = arr.astype(np.float16).view(np.uint16)
    fbits = arr.view(np.uint32)
    for i, x in enumerate(fs):
        r = int(ref[i])
        C.ok("float_to_half", float_to_half_bits(x) == r,
             "float_to_half_bits(%r) = %#x, numpy %#x" % (x, float_to_half_bits(x), r))
        C.ok("float_bits_to_half", float_bits_to_half_bits(int(fbits[i])) == r,
             "float_bits_to_half_bits(%#x)" % int(fbits[i]))
        C.ok("float_eq_double", float_to_half_bits(x) == double_to_half_bits(x), "f32 vs f64 %r" % x)
    # all float32 NaN/inf patterns with a random sample of payloads + default NaNs
    nb = [0x7F800000 | rng.getrandbits(23) | (rng.getrandbits(1) << 31) for _ in range(20000)]
    nb += [0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7F800001, 0x7F801FFF, 0x7F802000]
    ua = np.array(nb, dtype=np.uint32)
    with np.errstate(all="ignore"):
        ref = ua.view(np.float32).astype(np.float16).view(np.uint16)
    for i, b in enumerate(nb):
        C.ok("float_nan_bits", float_bits_to_half_bits(b) == int(ref[i]),
             "float_bits_to_half_bits(%#x) = %#x, numpy %#x" % (b, float_bits_to_half_bits(b), int(ref[i])))
    # value-level NaN: default quiet NaN with the sign
    C.ok("nan_value", double_to_half_bits(math.nan) == int(np.float16(np.nan).view(np.uint16)), "nan")
    C.ok("nan_value", double_to_half_bits(-math.nan) == int(np.float16(-np.nan).view(np.uint16)), "-nan")
    C.ok("nan_value", float_to_half_bits(-math.nan) == int(np.float32(-np.nan).astype(np.float16).view(np.uint16)),
         "-nan f32")
    return len(fs) + len(nb)


def main() -> int:
    rng = random.Random(SEED)
    check_all_halves()
    same, diff = check_cutoffs(rng)
    nd = check_double_casts(rng)
    nf = check_float_casts(rng)
    areas = " ".join("%s=%d" % (k, v) for k, v in sorted(C.by_area.items()))
    print("check_half: %d checks, %d mismatches (%d double inputs, %d float32 inputs, "
          "65536 halves; pos8 == unique for %d finite halves, cut for %d) in %.1fs"
          % (C.checks, C.fails, nd, nf, same, diff, time.time() - T0))
    if "-v" in sys.argv:
        print(areas)
    return 1 if C.fails else 0


if __name__ == "__main__":
    sys.exit(main())
