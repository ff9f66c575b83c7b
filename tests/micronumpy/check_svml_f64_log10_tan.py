"""Check micronumpy.svml_f64_log10_tan against NumPy 2.4.6, bit for bit.

Standalone, seeded.  log10_f64 / tan_f64 emulate SVML __svml_log108_ha /
__svml_tan8_ha (NumPy's float64 loops on X86_V4 = AVX512_SKX); the *_libm
functions are what NumPy returns on a 1-D negative-stride inner loop.
Exits 1 on any mismatch; skips (exit 0) when NumPy lacks AVX512_SKX.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "stdlib"))

import numpy as np  # noqa: E402

from micronumpy.svml_f64_log10_tan import (  # noqa: E402
    log10_f64, log10_f64_libm, tan_f64, tan_f64_libm, _TAN_BIG)
from micronumpy.simdmath import _RCP_STEPS  # noqa: E402


def bits_of(a):
    return np.ascontiguousarray(a, dtype=np.float64).view(np.uint64)


def compare(name, fn, xs, ref):
    got = np.array([fn(v) for v in xs.tolist()], dtype=np.float64)
    bad = np.nonzero(bits_of(got) != bits_of(ref))[0]
    print("%-34s %7d inputs  %5d mismatches" % (name, len(xs), len(bad)))
    for i in bad[:5]:
        print("   x=%s numpy=%016x ours=%016x" % (
            float(xs[i]).hex(), int(bits_of(ref)[i]), int(bits_of(got)[i])))
    return len(bad)


def neighbours(vals, k):
    out = []
    for v in vals:
        b = np.array([v], dtype=np.float64).view(np.int64)[0]
        out.append((b + np.arange(-k, k + 1, dtype=np.int64)).view(np.float64))
    return np.concatenate(out)


def specials():
    sn = np.array([0x7ff0000000000001, 0xfff4000000000123, 0x7ff8000000000abc,
                   0xfff8000000000000], dtype=np.uint64).view(np.float64)
    return np.concatenate([sn, np.array([
        0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 10.0, 0.1,
        5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -1.7976931348623157e308, np.pi, np.pi / 2, -np.pi / 2, np.pi / 4,
        65536.0, -65536.0, 1e22, 2.0 ** 1023, 2.0 ** -1022])])


def main():
    from numpy._core._multiarray_umath import __cpu_features__
    if not __cpu_features__.get("AVX512_SKX", False):
        print("SKIP: NumPy does not use AVX512_SKX here (no SVML float64 "
              "log10/tan)")
        return 0
    t0 = time.time()
    rng = np.random.default_rng(20261207)
    bad = 0
    np.seterr(all="ignore")

    # ---------------- log10
    pos = rng.integers(0, 0x7ff0000000000000, 6000, dtype=np.int64)
    allb = rng.integers(-2 ** 63, 2 ** 63 - 1, 2000, dtype=np.int64)
    pows = [10.0 ** k for k in range(-307, 309)]
    steps = [s * 2.0 ** e for s in _RCP_STEPS for e in (-1000, -3, 0, 1, 500)]
    lx = np.concatenate([
        specials(),
        rng.uniform(0.0, 10.0, 4000), rng.uniform(0.5, 2.0, 3000),
        np.exp(rng.uniform(-744.0, 709.7, 4000)),
        pos.view(np.float64), allb.view(np.float64),
        rng.integers(1, 2 ** 52, 500, dtype=np.int64).view(np.float64),
        neighbours(pows, 2), neighbours(steps, 3),
        neighbours([1.0, 0.75, 1.5, 2.0 ** 0.5], 40),
    ])
    bad += compare("log10_f64 (SVML, contiguous)", log10_f64, lx, np.log10(lx))
    rev = np.log10(lx[::-1])[::-1]
    bad += compare("log10_f64_libm (1-D reversed view)", log10_f64_libm,
                   lx, rev)

    # ---------------- tan
    tb = rng.integers(-2 ** 63, 2 ** 63 - 1, 9000, dtype=np.int64)
    ks = rng.integers(-4000, 4000, 1500)
    tx = np.concatenate([
        specials(),
        rng.uniform(-4.0, 4.0, 4000), rng.uniform(-65536.0, 65536.0, 4000),
        np.exp(rng.uniform(-745.0, 11.09, 1500)) * rng.choice([-1, 1], 1500),
        np.exp(rng.uniform(11.09, 709.7, 3000)) * rng.choice([-1, 1], 3000),
        tb.view(np.float64),
        (np.pi / 16) * ks + rng.uniform(-1e-9, 1e-9, 1500),
        neighbours([(np.pi / 2) * k for k in range(-20, 21)], 3),
        neighbours([_TAN_BIG, -_TAN_BIG, 2.0 ** 17, 1e6], 30),
        neighbours([np.float64(2.0 ** e) for e in range(16, 1024, 7)], 1),
    ])
    bad += compare("tan_f64 (SVML, contiguous)", tan_f64, tx, np.tan(tx))
    rev = np.tan(tx[::-1])[::-1]
    bad += compare("tan_f64_libm (1-D reversed view)", tan_f64_libm, tx, rev)

    # ---------------- layout rules (small)
    lay_bad = 0
    for name, f, em, lm, x in (("log10", np.log10, log10_f64, log10_f64_libm,
                                 np.abs(lx[:3600])),
                                ("tan", np.tan, tan_f64, tan_f64_libm,
                                 tx[:3600])):
        svml = np.array([em(v) for v in x.tolist()])
        lib = np.array([lm(v) for v in x.tolist()])
        m = x.reshape(60, 60)
        o = np.empty_like(x)
        f(x, out=o[::-1])
        cases = [
            ("stride 3", f(x[::3]), svml[::3]),
            ("2-D m[:, ::-1]", f(m[:, ::-1])[:, ::-1].ravel(), svml),
            ("2-D m[::-1, :]", f(m[::-1, :])[::-1, :].ravel(), svml),
            ("Fortran order", f(np.asfortranarray(m)).ravel(), svml),
            ("out=o[::-1]", o[::-1], lib),
            ("a[::-2]", f(x[::-2])[::-1], lib[1::2] if len(x) % 2 == 0
             else lib[::2]),
            ("single element", np.array([f(x[i:i + 1])[0]
                                         for i in range(50)]), svml[:50]),
        ]
        for cname, got, want in cases:
            n = int((bits_of(got) != bits_of(want)).sum())
            if n:
                print("layout %s %s: %d mismatches" % (name, cname, n))
                lay_bad += n
    print("layout checks (stride, 2-D reversed, out reversed):   %d "
          "mismatches" % lay_bad)
    bad += lay_bad
    print("total mismatches: %d  (%.1f s)" % (bad, time.time() - t0))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
