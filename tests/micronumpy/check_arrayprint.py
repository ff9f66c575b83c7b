"""Compare micronumpy.arrayprint against NumPy's repr/str of arrays and scalars."""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "stdlib"))

import numpy as np  # noqa: E402

from micronumpy import dtypes as D  # noqa: E402
from micronumpy.arrayprint import (ArrayData, array_repr, array_str,  # noqa: E402
                                   scalar_repr, scalar_str)

DT = {"bool": D.BOOL, "int8": D.INT8, "uint8": D.UINT8, "int16": D.INT16,
      "uint16": D.UINT16, "int32": D.INT32, "uint32": D.UINT32, "int64": D.INT64,
      "uint64": D.UINT64, "float32": D.FLOAT32, "float64": D.FLOAT64}
NAMES = list(DT)


def to_data(a):
    dt = DT[a.dtype.name]
    flat = a.ravel().tolist()
    if dt.is_float():
        return ArrayData(list(a.shape), dt, [float(x) for x in flat], [], [])
    if dt.is_bool():
        return ArrayData(list(a.shape), dt, [], [], [bool(x) for x in flat])
    ints = [int(x) for x in flat]
    if a.dtype.name == "uint64":
        ints = [x - (1 << 64) if x >= (1 << 63) else x for x in ints]
    return ArrayData(list(a.shape), dt, [], ints, [])


class Checker:
    def __init__(self):
        self.n = 0
        self.fails = []

    def cmp(self, what, got, want, desc):
        self.n += 1
        if got != want:
            self.fails.append((what, desc, got, want))

    def array(self, a, desc=""):
        d = to_data(a)
        self.cmp("repr", array_repr(d), repr(a), desc)
        self.cmp("str", array_str(d), str(a), desc)

    def scalar(self, s, desc=""):
        dt = DT[s.dtype.name]
        iv, fv, bv = 0, 0.0, False
        if dt.is_float():
            fv = float(s)
        elif dt.is_bool():
            bv = bool(s)
        else:
            iv = int(s)
            if iv >= (1 << 63):
                iv -= 1 << 64
        self.cmp("srepr", scalar_repr(dt, iv, fv, bv), repr(s), desc)
        self.cmp("sstr", scalar_str(dt, iv, fv, bv), str(s), desc)


def fixed_cases(c):
    nan, inf = float("nan"), float("inf")
    fl = [[0.1, 0.33333333], [0., .25, .5, .75, 1.], [-1., 2.5], [1000., 1.], [1001., 1.],
          [1e7, 1.], [1e8, 1.], [nan, inf, -inf], [nan, 1.5], [-inf, 1e10], [-0.0, 0.0],
          [1e-4, 1.], [9.9e-5, 1.], [1/512, 1.], [3/512, 1.], [1e-300, 1e300], [5e-324],
          [1.7976931348623157e308], [0.1 + 0.2], [1 / 3], [123456789.123], [nan], [inf],
          [-inf], [], [1e16], [2.0**53], [0.5, nan, -0.0], [1e-5, -1e5], [1e-4, 2e-4], [1e-4, 0.05], [0.1, 100.0001], [1.0, 1000.00001],
          [1e6, 1.], [999999.9, 1000.], [1e8 - 1, 1e5], [0.125, 125.00001], [2.0**-14, 2.0**-4]]
    for v in fl:
        for t in ("float64", "float32"):
            with np.errstate(over="ignore"):
                arr = np.array(v, dtype=t)
            c.array(arr, "fixed %r %s" % (v, t))
    for t in NAMES:
        info = np.iinfo(t) if t not in ("bool", "float32", "float64") else None
        c.array(np.zeros((2, 0), dtype=t), "empty2x0 " + t)
        c.array(np.zeros((0,), dtype=t), "empty " + t)
        c.array(np.zeros((0, 3, 2), dtype=t), "empty0x3x2 " + t)
        c.array(np.ones((), dtype=t), "0d " + t)
        c.array(np.arange(1001).astype(t), "summ " + t)
        c.array(np.arange(24).reshape(2, 3, 4).astype(t), "3d " + t)
        c.array(np.arange(2000).reshape(2, 1000).astype(t), "summ2d " + t)
        c.array(np.arange(40).astype(t), "wrap " + t)
        if info is not None:
            c.array(np.array([info.min, info.max, 0], dtype=t), "limits " + t)
            c.scalar(np.array(info.max, dtype=t)[()], "smax " + t)
            c.scalar(np.array(info.min, dtype=t)[()], "smin " + t)
    c.array(np.arange(1331).reshape(11, 11, 11).astype(np.float32) / 7, "summ3d")
    c.array(np.arange(1296).reshape(6, 6, 6, 6) - 600, "6^4 not summarised? 1296 > 1000")
    c.array(np.arange(1001, dtype=np.int32), "int32 summ wrap")
    x = np.linspace(0, 1, 2000)
    x[1] = np.nan
    x[-1] = -np.inf
    c.array(x, "summ nan")
    x = np.ones(1500)
    x[700] = 1e-9
    c.array(x, "hidden tiny")
    c.array(np.array([1, 100000]))
    c.array(np.array([True, False]))
    c.array(np.array([True, True]))
    c.array(np.array(True))
    c.array(np.array(5))
    c.array(np.array(3.5))
    c.array(np.array(np.nan))
    c.array(np.array(-0.0))
    c.array(np.array(1e16))
    c.array(np.array(0.1, dtype=np.float32))
    for v in [1.5, 0.1, 1e16, 1e-5, float("nan"), float("inf"), -float("inf"), -0.0, 0.0,
              1e6, 9999999., 1e7, 1.5e7, 1e-4, 9.9e-5, 0.0001000001, 1e-3, 123456.,
              999999.9, 16777216., 1e15, 1e22, 5e-324, 0.30000000000000004, 65504.]:
        c.scalar(np.float64(v), "sf64 %r" % v)
        c.scalar(np.float32(v), "sf32 %r" % v)
    c.scalar(np.True_)
    c.scalar(np.False_)
    c.scalar(np.int64(3))
    c.scalar(np.uint8(255))
    c.scalar(np.uint64(2**64 - 1))


def rand_values(rng, t, n):
    if t == "bool":
        return rng.random(n) < 0.5
    if t in ("float32", "float64"):
        kind = rng.integers(0, 8)
        if kind == 0:
            v = rng.standard_normal(n)
        elif kind == 1:
            v = rng.integers(-1000, 1000, n).astype(float)
        elif kind == 2:
            v = rng.standard_normal(n) * 10.0 ** rng.integers(-40, 40, n)
        elif kind == 3:
            v = rng.random(n) * 10.0 ** rng.integers(-6, 10)
        elif kind == 4:
            v = np.round(rng.standard_normal(n) * 100, rng.integers(0, 6))
        elif kind == 5:
            v = rng.standard_normal(n) * 10.0 ** rng.integers(-300, 300, n)
        elif kind == 6:
            v = rng.integers(0, 4, n) * 0.25
        else:
            v = rng.random(n) * 2000
        specials = np.array([np.nan, np.inf, -np.inf, -0.0, 0.0, 1e-5, 1e8])
        mask = rng.random(n) < rng.choice([0.0, 0.05, 0.3])
        if mask.any():
            v[mask] = rng.choice(specials, int(mask.sum()))
        with np.errstate(over="ignore"):
            return v.astype(t)
    info = np.iinfo(t)
    kind = rng.integers(0, 4)
    if kind == 0:
        lo, hi = max(info.min, -100), min(info.max, 100)
        return rng.integers(lo, hi, n, endpoint=True, dtype=t)
    if kind == 1:
        return rng.integers(info.min, info.max, n, endpoint=True, dtype=t)
    if kind == 2:
        edges = np.array([info.min, info.max, info.min + 1, info.max - 1, 0], dtype=t)
        return rng.choice(edges, n)
    return rng.integers(0, min(info.max, 10 ** int(rng.integers(1, 6))), n, dtype=t)


def rand_shape(rng):
    nd = int(rng.integers(0, 5))
    r = rng.random()
    shape = []
    for _ in range(nd):
        if r < 0.05:
            shape.append(int(rng.integers(0, 3)))
        elif r < 0.2:
            shape.append(int(rng.integers(1, 40 if nd <= 2 else 15)))
        else:
            shape.append(int(rng.integers(1, 6)))
    if nd == 1 and r > 0.9:
        shape = [int(rng.integers(990, 1500))]
    return tuple(shape)


def main():
    t0 = time.time()
    c = Checker()
    fixed_cases(c)
    nfixed = c.n
    rng = np.random.default_rng(int(os.environ.get('SEED', '12345')))
    ncases = 3500
    for k in range(ncases):
        t = NAMES[int(rng.integers(0, len(NAMES)))]
        shape = rand_shape(rng)
        n = int(np.prod(shape)) if shape else 1
        a = np.asarray(rand_values(rng, t, n)).astype(t).reshape(shape)
        c.array(a, "random %d %s %s" % (k, t, shape))
        if n > 0:
            c.scalar(a.ravel()[int(rng.integers(0, n))], "rscalar %d %s" % (k, t))
    print("arrayprint: %d fixed comparisons, %d random cases (%d comparisons), %d mismatches, %.1fs"
          % (nfixed, ncases, c.n - nfixed, len(c.fails), time.time() - t0))
    for what, desc, got, want in c.fails[:8]:
        if len(want) > 400:
            k = 0
            while k < min(len(got), len(want)) and got[k] == want[k]:
                k += 1
            got, want = got[max(0, k - 100):k + 100], want[max(0, k - 100):k + 100]
        print("MISMATCH", what, desc)
        print("  got: ", repr(got))
        print("  want:", repr(want))
    return 1 if c.fails else 0


if __name__ == "__main__":
    sys.exit(main())
