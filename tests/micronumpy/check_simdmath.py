"""Bit-exact check of micronumpy.simdmath (and rpy.rfma) against NumPy.

Seeded; compares exact bit patterns (nan sign and payload included) of each
emulated kernel against the real NumPy ufunc on this machine. Exits 1 on any mismatch in a function declared done.
NumPy must dispatch to the same kernels (see /work/helpers/out/simdmath.md):
the script checks the CPU features and skips what does not apply.
"""

import math
import os
import sys
import time
from fractions import Fraction

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "stdlib"))

import numpy as np  # noqa: E402
from numpy._core._multiarray_umath import __cpu_features__ as CPU  # noqa: E402

from micronumpy import simdmath as sm  # noqa: E402
from rpy.rfma import fma, fma32  # noqa: E402

RNG = np.random.default_rng(20261207)
FAILED = []


def report(name, x, ref, out, uint, fatal):
    rb = ref.view(uint)
    ob = out.view(uint)
    bad = rb != ob  # exact bit patterns, nan sign and payload included
    nbad = int(bad.sum())
    tag = "" if fatal else " (informational)"
    print("%-34s %7d inputs, %d mismatches%s" % (name, len(x), nbad, tag))
    for i in np.nonzero(bad)[0][:5]:
        print("    x=%r  numpy=%#x  ours=%#x" % (float(x[i]), int(rb[i]), int(ob[i])))
    if nbad and fatal:
        FAILED.append(name)


def run32(name, f, npf, x, fatal=True):
    x = np.asarray(x, dtype=np.float32)
    with np.errstate(all="ignore"):
        ref = npf(x)
    t = time.time()
    vals = [f(float(v)) for v in x.tolist()]
    dt = time.time() - t
    with np.errstate(all="ignore"):
        out = np.array(vals, dtype=np.float64).astype(np.float32)
    report(name, x, ref, out, np.uint32, fatal)
    return dt / max(1, len(x))


def run64(name, f, npf, x, fatal=True):
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        ref = npf(x)
    t = time.time()
    vals = [f(v) for v in x.tolist()]
    dt = time.time() - t
    out = np.array(vals, dtype=np.float64)
    report(name, x, ref, out, np.uint64, fatal)
    return dt / max(1, len(x))


def f32_bits(n):
    return RNG.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32).view(np.float32)


def around(values, steps, dtype):
    """Each value and its `steps` neighbours on either side."""
    out = []
    for v in values:
        a = dtype(v)
        lo = a
        hi = a
        out.append(a)
        for _ in range(steps):
            lo = np.nextafter(lo, dtype(-np.inf))
            hi = np.nextafter(hi, dtype(np.inf))
            out.append(lo)
            out.append(hi)
    return np.array(out, dtype=dtype)


SPECIAL = [np.nan, -np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0]


def special(dtype):
    """SPECIAL plus signalling and payload-carrying nans of the dtype."""
    if dtype is np.float32:
        nans = np.array([0x7FA00000, 0xFFA00001, 0x7FC00123, 0xFFC00000], dtype=np.uint32).view(np.float32)
    else:
        nans = np.array([0x7FF4000000000000, 0xFFF4000000000001, 0x7FF8000000000123, 0xFFF8000000000000],
                        dtype=np.uint64).view(np.float64)
    return np.concatenate([np.array(SPECIAL, dtype=dtype), nans])


def check_fma(n):
    # fma against exact rational arithmetic, with cancellation-heavy cases.
    rs = np.random.default_rng(7)
    bad = 0
    for i in range(n):
        a = float(rs.uniform(-2, 2)) * 2.0 ** int(rs.integers(-80, 80))
        b = float(rs.uniform(-2, 2)) * 2.0 ** int(rs.integers(-80, 80))
        if i % 2 == 0:
            c = -(a * b)
            if i % 4 == 0:
                c = float(np.nextafter(c, np.inf))
        else:
            c = float(rs.uniform(-2, 2)) * 2.0 ** int(rs.integers(-200, 200))
        if i % 10 == 9:
            # tiny products and subnormal results
            a = float(rs.uniform(0.5, 1)) * 2.0 ** int(rs.integers(-700, -300))
            b = float(rs.uniform(-1, 1)) * 2.0 ** int(rs.integers(-1100, -850) - math.frexp(a)[1])
            c = -(a * b) * (1 + float(rs.uniform(-1, 1)) * 2.0 ** -int(rs.integers(1, 50)))
        exact = Fraction(a) * Fraction(b) + Fraction(c)
        want = float(exact) if exact != 0 else a * b + c
        if fma(a, b, c) != want:
            bad += 1
    print("%-34s %7d inputs, %d mismatches" % ("rfma.fma (vs exact)", n, bad))
    if bad:
        FAILED.append("fma")
    bad = 0
    for i in range(n):
        a = float(np.float32(rs.uniform(-2, 2) * 2.0 ** int(rs.integers(-60, 60))))
        b = float(np.float32(rs.uniform(-2, 2) * 2.0 ** int(rs.integers(-60, 60))))
        if i % 2 == 0:
            c = float(np.float32(-(a * b)))
        else:
            c = float(np.float32(rs.uniform(-2, 2) * 2.0 ** int(rs.integers(-100, 100))))
        exact = Fraction(a) * Fraction(b) + Fraction(c)
        # float32 rounding of the exact value via 53-bit round-to-odd
        d = float(exact)
        if Fraction(d) != exact:
            m, e = math.frexp(d)
            if int(m * 2**53) % 2 == 0:
                d = math.nextafter(d, math.inf if exact > Fraction(d) else -math.inf)
        want = float(np.float32(d))
        if fma32(a, b, c) != want:
            bad += 1
    print("%-34s %7d inputs, %d mismatches" % ("rfma.fma32 (vs exact)", n, bad))
    if bad:
        FAILED.append("fma32")


def check_position_independence():
    # The kernels are element-wise: contiguous, strided and 1-element calls agree.
    x = RNG.uniform(-100, 100, 1001)
    for dt in (np.float32, np.float64):
        for f in (np.exp, np.log, np.sin, np.cos):
            a = x.astype(dt)
            if f is np.log:
                a = np.abs(a)
            with np.errstate(all="ignore"):
                full = f(a)[::3].copy()
                strided = f(a[::3]).copy()
                single = np.array([f(a[i:i + 1])[0] for i in range(0, 1001, 3)], dtype=dt)
            same = full.tobytes() == strided.tobytes() == single.tobytes()
            print("    numpy %s %s: contiguous/strided/1-element results %s" % (
                f.__name__, dt.__name__, "agree" if same else "DIFFER"))
    # float64 exp/log with a negative inner stride: NumPy uses libm (= math.exp/math.log).
    a = np.abs(x) + 1e-3
    for f, mf in ((np.exp, math.exp), (np.log, math.log)):
        rev = f(a[::-1])[::-1]
        libm = np.array([mf(v) for v in a.tolist()])
        print("    numpy %s float64 on a 1-D a[::-1]: equals math.%s on every element: %s" % (
            f.__name__, f.__name__, rev.tobytes() == libm.tobytes()))


def main():
    np.seterr(all="ignore")
    t0 = time.time()
    n = 100000
    # NumPy 2.4's dispatch groups (NPY_DISABLE_CPU_FEATURES="X86_V4 ..." turns them off).
    v4 = bool(CPU.get("X86_V4", CPU.get("AVX512_SKX", False)))
    v3 = bool(CPU.get("X86_V3", CPU.get("AVX2", False) and CPU.get("FMA3", False))) or v4
    print("numpy dispatch: X86_V3=%s X86_V4=%s" % (v3, v4))
    check_fma(20000)
    costs = {}
    if v3:
        xs = np.concatenate([
            RNG.uniform(-50, 50, n // 2), RNG.uniform(-110, 95, n // 4), f32_bits(n // 8),
            around([88.72283935546875, -103.97208404541015625, -87.33654, -87.5, -100.0,
                    -126 * math.log(2), -149 * math.log(2), 0.0, 0.5 * math.log(2)], 200, np.float32),
            special(np.float32)])
        costs["exp_f32"] = run32("exp_f32", sm.exp_f32, np.exp, xs)
        xs = np.concatenate([
            np.abs(RNG.uniform(-50, 50, n // 4)), np.abs(f32_bits(n // 2)), f32_bits(n // 8),
            RNG.uniform(0.5, 2.0, n // 8),
            around([1.0, 0.70710677, 0.7071068, 2 ** -126, 2 ** -149, 3.4028235e38], 200, np.float32),
            special(np.float32)])
        costs["log_f32"] = run32("log_f32", sm.log_f32, np.log, xs)
    else:
        print("exp_f32/log_f32: no AVX2+FMA3/AVX512F, NumPy uses libm: skipped")
    if v3:
        smax = sm.SIN_F32_SIMD_MAX
        cmax = sm.COS_F32_SIMD_MAX
        for name, f, npf, lim in (("sin_f32", sm.sin_f32, np.sin, smax), ("cos_f32", sm.cos_f32, np.cos, cmax)):
            xs = np.concatenate([
                RNG.uniform(-50, 50, n // 4), RNG.uniform(-lim, lim, n // 4), RNG.uniform(-4, 4, n // 8),
                f32_bits(n // 4), around([lim, -lim, math.pi / 4, 3 * math.pi / 4, math.pi, 0.0], 100, np.float32),
                special(np.float32)])
            simd = xs[~(np.abs(xs.astype(np.float32)) > np.float32(lim))]
            costs[name] = run32(name + " (|x| <= %g)" % lim, f, npf, simd)
            big = xs[np.abs(xs.astype(np.float32)) > np.float32(lim)]
            big = np.concatenate([big, np.array([np.inf, -np.inf], dtype=np.float32)])
            big = np.concatenate([big, RNG.uniform(lim, 4 * lim, n // 8).astype(np.float32),
                                  -RNG.uniform(lim, 1e6, n // 16).astype(np.float32),
                                  around([lim, -lim, 3.4028235e38, -3.4028235e38, 1e10], 50, np.float32)])
            big = big[np.abs(big) > np.float32(lim)]
            costs[name + " libm"] = run32(name + " glibc fallback |x| > %g" % lim, f, npf, big)
    else:
        print("sin_f32/cos_f32: no AVX2+FMA3, NumPy uses libm: skipped")
    if v4:
        lim = 707.7032713517042
        xs = np.concatenate([
            RNG.uniform(-50, 50, n // 4), RNG.uniform(-lim, lim, n // 2),
            RNG.uniform(-1, 1, n // 8) * 2.0 ** RNG.integers(-60, 0, n // 8),
            RNG.uniform(-1, 1, n // 16) * 2.0 ** RNG.integers(-1074, -60, n // 16),
            around([np.nextafter(lim, 0), -np.nextafter(lim, 0), 0.0, math.log(2) / 32], 100, np.float64),
            special(np.float64)])
        costs["exp_f64"] = run64("exp_f64 main path |x| < 707.70", sm.exp_f64, np.exp, xs)
        xs = np.concatenate([RNG.uniform(707.7032713517042, 710, 5000), RNG.uniform(-750, -707.7032713517042, 10000),
                             RNG.uniform(-745.2, -744, 3000), RNG.uniform(-1e307, 1e307, 1000),
                             around([709.782712893384, -745.1332191019411, -708.3964185322641, 707.7032713517042,
                                     -707.7032713517042, -709.0895657128241, -744.4400719213812], 100, np.float64)])
        costs["exp_f64 rare"] = run64("exp_f64 rare path |x| >= 707.70", sm.exp_f64, np.exp, xs)
        bits = np.abs(RNG.integers(0, 2**63, n // 2, dtype=np.int64).view(np.float64))
        xs = np.concatenate([
            bits, RNG.uniform(0.5, 2.0, n // 8), np.abs(RNG.uniform(-50, 50, n // 8)),
            RNG.integers(-2**62, 2**62, n // 16, dtype=np.int64).view(np.float64),
            np.abs(RNG.uniform(0, 1, n // 16)) * 2.0 ** -1022,
            around([1.0, 2.0, 0.5, 4.0 / 3.0] + [float(v) for v in sm._RCP_STEPS], 64, np.float64),
            special(np.float64), np.array([5e-324, -5e-324, 1.7976931348623157e308])])
        costs["log_f64"] = run64("log_f64", sm.log_f64, np.log, xs)
    else:
        print("exp_f64/log_f64: no AVX512_SKX, NumPy uses libm: skipped")
    check_position_independence()
    print("cost per element on CPython: " + ", ".join("%s %.1f us" % (k, v * 1e6) for k, v in costs.items()))
    print("total %.1f s" % (time.time() - t0))
    if FAILED:
        print("FAILED: " + ", ".join(FAILED))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
