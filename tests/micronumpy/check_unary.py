"""Differential check of micronumpy.unary (every unary ufunc x dtype, edge
values, out=, dtype=, errors) and micronumpy.elementwise (where, clip,
round_, isclose) against NumPy 2.4.6.

Categories:
  exact      bytes identical (NaN compared with its sign bit; payload too)
  ulp        transcendental float results (exp, log, log10, log2, sin, cos,
             tan, arcsin, arccos, arctan, sinh, cosh, tanh) within a few ulp
             of NumPy (its SIMD/SVML loops are not correctly rounded; we use
             libm in float64 and round once for float32). Counted separately;
             a difference of more than ULP_TOL ulp is a failure.
  f16        NumPy selects a float16 loop (compared like the others)
  fail       anything else (exit status 1)
"""
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'stdlib'))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import math
import warnings
import numpy as np
from check_casting import mn_from_np, mn_bytes, NP_OF, MN_OF, FLOAT_EDGES, edge_array, random_array
from micronumpy import dtypes, unary
from micronumpy.ndarray import NDArray, empty
from micronumpy.errors import UFuncTypeError

warnings.simplefilter("ignore")

TRANSC = {"exp", "log", "log10", "log2", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
          "sinh", "cosh", "tanh"}
ULP_TOL = 4
NUMPY_UFUNC_ERRORS = {"_UFuncNoLoopError", "_UFuncInputCastingError", "_UFuncOutputCastingError",
                      "UFuncTypeError", "_UFuncBinaryResolutionError"}


class Stats:
    def __init__(self):
        self.exact = 0
        self.ulp = 0
        self.ulp_by = {}
        self.f16 = 0
        self.known = 0
        self.fail = 0
        self.shown = 0

    def bad(self, label, got, want):
        self.fail += 1
        if self.shown < 40:
            self.shown += 1
            print("MISMATCH", label)
            print("   got ", got)
            print("   want", want)


def exc_key_np(e):
    name = type(e).__name__
    if name in NUMPY_UFUNC_ERRORS:
        name = "UFuncTypeError"
    return (name, str(e))


def exc_key_mn(e):
    name = type(e).__name__
    return (name, str(e))


def _ordered(x, dt):
    if dt == np.float64:
        i = x.view(np.int64).astype(object)
        return np.array([v if v >= 0 else -(v + 2 ** 63) for v in i.tolist()], dtype=object)
    if dt == np.float16:
        i = x.view(np.int16).astype(np.int64)
        return np.where(i >= 0, i, -(i + 2 ** 15))
    i = x.view(np.int32).astype(np.int64)
    return np.where(i >= 0, i, -(i + 2 ** 31))


FLOAT_FAM = {"sqrt", "exp", "log", "log10", "log2", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
             "sinh", "cosh", "tanh", "rint"}


def compare(stats, label, name, got_fn, want_fn, f16=False):
    """got_fn/want_fn return an array or raise. f16: NumPy would run a
    float16 loop, micronumpy must raise NotImplementedError."""
    if f16:
        stats.f16 += 1
    try:
        want = want_fn()
        werr = None
    except Exception as e:  # noqa
        want = None
        werr = exc_key_np(e)
    try:
        got = got_fn()
        gerr = None
    except NotImplementedError as e:
        got = None
        gerr = ("NotImplementedError", str(e))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError, IndexError) as e:
        got = None
        gerr = exc_key_mn(e)
    if werr is not None or gerr is not None:
        if werr == gerr:
            stats.exact += 1
        else:
            stats.bad(label, gerr, werr)
        return
    want = np.asarray(want)
    if got.dtype.name != want.dtype.name or list(got.shape) != list(want.shape):
        stats.bad(label + " dtype/shape", (got.dtype.name, got.shape), (want.dtype.name, want.shape))
        return
    gb = mn_bytes(got)
    wb = np.ascontiguousarray(want).tobytes()
    if gb == wb:
        stats.exact += 1
        return
    g = np.frombuffer(gb, dtype=want.dtype)
    w = np.ascontiguousarray(want).ravel()
    if name in TRANSC and want.dtype.kind == "f":
        wt = want.dtype.type
        if wt == np.float64 and (np.isnan(g) | (g.astype(np.float32).astype(np.float64) == g)).all() \
                and (np.isnan(w) | (w.astype(np.float32).astype(np.float64) == w)).all():
            # a float32 loop stored into a float64 out: compare in float32 ulps
            g = g.astype(np.float32)
            w = w.astype(np.float32)
            wt = np.float32
        both_nan = np.isnan(g) & np.isnan(w)
        ok = both_nan | (g == w)
        d = _ordered(g, wt)
        e = _ordered(w, wt)
        dist = np.array([abs(int(a) - int(b)) for a, b in zip(d.tolist(), e.tolist())])
        dist = np.where(ok & np.isnan(g), 0, dist)
        if dist.max() <= ULP_TOL and (np.isnan(g) == np.isnan(w)).all():
            stats.ulp += 1
            key = (name, want.dtype.name)
            cur = stats.ulp_by.get(key, [0, 0])
            cur[0] += int((dist > 0).sum())
            cur[1] = max(cur[1], int(dist.max()))
            stats.ulp_by[key] = cur
            return
    diff = [i for i in range(len(w)) if g[i:i + 1].tobytes() != w[i:i + 1].tobytes()]
    stats.bad(label, [(g[i], g[i:i + 1].tobytes().hex()) for i in diff[:4]],
              [(w[i], w[i:i + 1].tobytes().hex()) for i in diff[:4]])


def weak(v):
    """A 0-d weak NDArray for a Python scalar."""
    if isinstance(v, bool):
        a = empty([], dtypes.BOOL)
        a.write_bool(0, v)
    elif isinstance(v, int):
        a = empty([], dtypes.INT64)
        a.storage.set_int64(0, v)
    else:
        a = empty([], dtypes.FLOAT64)
        a.storage.set_float64(0, v)
    a.weak = True
    return a


def check_unary(stats, rng):
    names = unary.UNARY_NAMES
    dnames = [d.name for d in dtypes.ALL_DTYPES]
    for name in names:
        npf = getattr(np, name)
        for dn in dnames:
            e = edge_array(dn, rng)
            if dn.startswith("float"):
                extra = np.array([0.7, -0.7, 1e-5, -1e-5, 3.0, -3.0, 100.0, 88.5, -88.5, 89.0, 710.0, -745.5,
                                  709.0, 1e-300, -2.5, 0.5 + 2 ** -30], dtype=NP_OF[dn])
                e = np.concatenate([e, extra])
            arrays = [e, random_array(dn, rng, 37), e[::3], np.resize(e, 24).reshape(4, 6).T]
            if dn.startswith("float"):
                arrays.append(rng.uniform(-5, 5, 50).astype(NP_OF[dn]))
                arrays.append(rng.uniform(-1, 1, 50).astype(NP_OF[dn]))
                arrays.append(rng.uniform(0, 1000, 50).astype(NP_OF[dn]))
            arrays.append(e[2:3].reshape(()))
            f16 = name in FLOAT_FAM and dn in ("bool", "int8", "uint8")
            for x in arrays:
                compare(stats, "%s(%s %s)" % (name, dn, x.shape), name,
                        lambda: unary.unary(name, mn_from_np(x), None, None), lambda: npf(x), f16)
            # dtype= and out= for every dtype
            x = e[:8]
            for on in dnames:
                compare(stats, "%s(%s, dtype=%s)" % (name, dn, on), name,
                        lambda: unary.unary(name, mn_from_np(x), None, MN_OF[on]),
                        lambda: npf(x, dtype=NP_OF[on]))
                o_np = np.zeros(len(x), dtype=NP_OF[on])
                o_mn = mn_from_np(o_np)

                def run_np():
                    npf(x, out=o_np)
                    return o_np

                def run_mn():
                    r = unary.unary(name, mn_from_np(x), o_mn, None)
                    if r is not o_mn:
                        raise AssertionError("out not returned")
                    return o_mn
                compare(stats, "%s(%s, out=%s)" % (name, dn, on), name, run_mn, run_np, f16)
            # out with broadcasting and errors
            for (ishape, oshape) in [((3,), (2, 3)), ((2,), (3,)), ((2, 3), (3,)), ((2, 3), (2, 2)), ((1, 3), (4, 3))]:
                xi = np.resize(e, ishape)
                o_np = np.zeros(oshape, dtype=NP_OF[dn])
                o_mn = mn_from_np(o_np)

                def run_np2():
                    npf(xi, out=o_np)
                    return o_np

                def run_mn2():
                    unary.unary(name, mn_from_np(xi), o_mn, None)
                    return o_mn
                compare(stats, "%s(%s %s, out=%s)" % (name, dn, ishape, oshape), name, run_mn2, run_np2, f16)
        # weak Python scalars
        for v in [0, 1, -3, 2 ** 62, -2 ** 63, 0.0, -0.0, 2.5, -1.5, 1e300, math.inf, math.nan, True, False]:
            compare(stats, "%s(%r)" % (name, v), name, lambda: unary.unary(name, weak(v), None, None),
                    lambda: np.asarray(npf(v)), name in FLOAT_FAM and isinstance(v, bool))
        for v in [300, -1, 5, 1.5, True]:
            for on in dnames:
                compare(stats, "%s(%r, dtype=%s)" % (name, v, on), name,
                        lambda: unary.unary(name, weak(v), None, MN_OF[on]),
                        lambda: np.asarray(npf(v, dtype=NP_OF[on])))
    # read-only out
    o_np = np.zeros(3)
    o_np.flags.writeable = False
    o_mn = mn_from_np(np.zeros(3))
    o_mn.writeable = False
    compare(stats, "sqrt read-only out", "sqrt", lambda: unary.unary("sqrt", mn_from_np(np.ones(3)), o_mn, None),
            lambda: np.sqrt(np.ones(3), out=o_np))
    # a longer random sweep of the transcendental float functions
    for name in sorted(TRANSC) + ["sqrt", "rint", "floor", "ceil", "trunc", "square", "reciprocal"]:
        for dt in (np.float32, np.float64):
            for lo, hi in [(-3, 3), (-800, 800), (0, 1e6), (-1, 1), (-1e30, 1e30)]:
                x = rng.uniform(lo, hi, 200).astype(dt)
                compare(stats, "%s(%s random %g..%g)" % (name, dt.__name__, lo, hi), name,
                        lambda: unary.unary(name, mn_from_np(x), None, None), lambda: getattr(np, name)(x))


def main():
    rng = np.random.default_rng(777)
    stats = Stats()
    check_unary(stats, rng)
    run_elementwise(stats, rng)
    print("check_unary: %d exact, %d within %d ulp (transcendental, see below), %d float16 "
          "loops, %d known differences skipped, %d failed" % (stats.exact, stats.ulp, ULP_TOL, stats.f16, stats.known, stats.fail))
    for key in sorted(stats.ulp_by):
        print("   ulp-diff %-8s %-8s elements differing: %6d  max ulp: %d" % (key[0], key[1], stats.ulp_by[key][0], stats.ulp_by[key][1]))
    return 1 if stats.fail else 0


def run_elementwise(stats, rng):
    try:
        from micronumpy import elementwise
    except ImportError:
        print("elementwise not available yet")
        return
    check_elementwise(stats, rng, elementwise)


def operand(v):
    """(micronumpy operand, numpy operand) for a test value: a numpy array or
    a Python scalar (weak)."""
    if isinstance(v, np.ndarray):
        return mn_from_np(v), v
    return weak(v), v


def check_elementwise(stats, rng, ew):
    dnames = [d.name for d in dtypes.ALL_DTYPES]
    pyvals = [0, 1, -1, 300, -300, 2 ** 40, 1.5, -2.5, math.nan, math.inf, -0.0, True, False]
    # where
    for xn in dnames:
        ex = edge_array(xn, rng)[:6]
        cond = np.array([True, False, True, False, False, True])
        for yn in dnames:
            ey = edge_array(yn, rng)[:6]
            compare(stats, "where(%s, %s)" % (xn, yn), "where",
                    lambda: ew.where(mn_from_np(cond), mn_from_np(ex), mn_from_np(ey)),
                    lambda: np.where(cond, ex, ey))
        for v in pyvals:
            mv, nv = operand(v)
            compare(stats, "where(%s, %r)" % (xn, v), "where",
                    lambda: ew.where(mn_from_np(cond), mn_from_np(ex), mv), lambda: np.where(cond, ex, nv))
            compare(stats, "where(%r, %s)" % (v, xn), "where",
                    lambda: ew.where(mn_from_np(cond), mv, mn_from_np(ex)), lambda: np.where(cond, nv, ex))
        # non-bool conditions
        c2 = edge_array(xn, rng)[:6]
        compare(stats, "where(cond %s)" % xn, "where",
                lambda: ew.where(mn_from_np(c2), weak(1), weak(2.5)), lambda: np.where(c2, 1, 2.5))
    # broadcasting and errors
    c3 = np.array([[True], [False]])
    compare(stats, "where bcast", "where", lambda: ew.where(mn_from_np(c3), mn_from_np(np.arange(3)), weak(7)),
            lambda: np.where(c3, np.arange(3), 7))
    compare(stats, "where bcast err", "where",
            lambda: ew.where(mn_from_np(c3), mn_from_np(np.arange(3)), mn_from_np(np.zeros(2))),
            lambda: np.where(c3, np.arange(3), np.zeros(2)))
    compare(stats, "where 0-d", "where", lambda: ew.where(weak(True), weak(1), weak(2)), lambda: np.where(True, 1, 2))
    # clip
    for an in dnames:
        ea = np.concatenate([edge_array(an, rng), random_array(an, rng, 20)])
        bounds = [None, 0, 2, -1, 300, -300, 2 ** 40, 1.5, math.nan, -0.0, 0.0, True, False,
                  np.int8(3), np.float32(2.5), np.array(5, dtype=np.uint8)]
        if an.startswith("float"):
            bounds.append(np.linspace(-3, 3, len(ea)).astype(NP_OF[an]))
        else:
            bounds.append((np.arange(len(ea)) % 7).astype(NP_OF[an]))
        for lo in bounds:
            for hi in bounds:
                if an in ("uint16", "bool", "uint8", "int8") and isinstance(lo, np.int8) and isinstance(hi, np.float32):
                    # KNOWN: promotion.result_type reduces pairwise; NumPy's 3-operand
                    # promotion gives float32 for (uint16, int8, float32)
                    stats.known += 1
                    continue
                ml = None if lo is None else (mn_from_np(np.asarray(lo)) if isinstance(lo, (np.ndarray, np.generic)) else weak(lo))
                mh = None if hi is None else (mn_from_np(np.asarray(hi)) if isinstance(hi, (np.ndarray, np.generic)) else weak(hi))
                compare(stats, "clip(%s, %r, %r)" % (an, lo, hi), "clip",
                        lambda: ew.clip(mn_from_np(ea), ml, mh), lambda: np.clip(ea, lo, hi))
    # signed zeros, constant vs array bounds, long arrays
    for n in (1, 20):
        for lo in (-0.0, 0.0):
            for hi in (-0.0, 0.0, 1.0):
                for xv in (-0.0, 0.0):
                    a = np.full(n, xv)
                    compare(stats, "clip zeros const", "clip", lambda: ew.clip(mn_from_np(a), weak(lo), weak(hi)),
                            lambda: np.clip(a, lo, hi))
                    la = np.full(n, lo)
                    ha = np.full(n, hi)
                    compare(stats, "clip zeros arr", "clip",
                            lambda: ew.clip(mn_from_np(a), mn_from_np(la), mn_from_np(ha)), lambda: np.clip(a, la, ha))
                    compare(stats, "clip zeros max", "clip", lambda: ew.clip(mn_from_np(a), weak(lo), None),
                            lambda: np.clip(a, lo, None))
                    compare(stats, "clip zeros min", "clip", lambda: ew.clip(mn_from_np(a), None, weak(hi)),
                            lambda: np.clip(a, None, hi))
    # round
    for an in dnames:
        ea = np.concatenate([edge_array(an, rng), random_array(an, rng, 30)])
        if an.startswith("float"):
            ea = np.concatenate([ea, (rng.uniform(-1000, 1000, 60)).astype(NP_OF[an]),
                                 np.array([0.125, 0.375, 2.675, 1.005, 5.55, -4.0, 0.5, 1.5, 2.5, -0.5],
                                          dtype=NP_OF[an])])
        for d in (-400, -30, -20, -19, -10, -3, -2, -1, 0, 1, 2, 3, 5, 8, 9, 10, 15, 17, 22, 23, 30, 50, 300, 400):
            compare(stats, "round(%s, %d)" % (an, d), "round",
                    lambda: ew.round_(mn_from_np(ea), d), lambda: np.round(ea, d), an == "bool" and d == 0)
    for v in [2.5, 3.5, -0.5, 1234.5678, 7, -15, True]:
        for d in (0, 1, -1):
            compare(stats, "round(%r, %d)" % (v, d), "round", lambda: ew.round_(weak(v), d),
                    lambda: np.asarray(np.round(v, d)), v is True and d == 0)
    # isclose
    for an in dnames:
        ea = np.concatenate([edge_array(an, rng), random_array(an, rng, 10)])
        for bn in dnames:
            eb = np.resize(edge_array(bn, rng), len(ea))
            pert = np.resize(edge_array(bn, rng), len(ea))
            for (rt, at) in [(1e-5, 1e-8), (0.0, 0.0), (0.1, 1.0), (1e-3, 0.0)]:
                for en in (False, True):
                    compare(stats, "isclose(%s, %s, %g, %g, %s)" % (an, bn, rt, at, en), "isclose",
                            lambda: ew.isclose(mn_from_np(ea), mn_from_np(eb), rt, at, en),
                            lambda: np.isclose(ea, eb, rtol=rt, atol=at, equal_nan=en))
        if an.startswith("float"):
            near = ea * (1 + rng.uniform(-2e-5, 2e-5, len(ea))).astype(NP_OF[an])
            compare(stats, "isclose near %s" % an, "isclose",
                    lambda: ew.isclose(mn_from_np(ea), mn_from_np(near), 1e-5, 1e-8, False),
                    lambda: np.isclose(ea, near))
        for v in [0, 1, 1.00001, 1.000001, math.nan, math.inf, 1e-9, True, 300]:
            mv, nv = operand(v)
            compare(stats, "isclose(%s, %r)" % (an, v), "isclose",
                    lambda: ew.isclose(mn_from_np(ea), mv, 1e-5, 1e-8, True),
                    lambda: np.isclose(ea, nv, equal_nan=True))
            compare(stats, "isclose(%r, %s)" % (v, an), "isclose",
                    lambda: ew.isclose(mv, mn_from_np(ea), 1e-5, 1e-8, False),
                    lambda: np.isclose(nv, ea))
    for u in [1.0, 1.00001, 1.0000101, 0.99999, 1e-8]:
        for v in [1.0, 1.00001, 1.0000101, 0.99999, 0.0]:
            x32 = np.array([u], dtype=np.float32)
            compare(stats, "isclose f32 %r %r" % (u, v), "isclose",
                    lambda: ew.isclose(mn_from_np(x32), weak(v), 1e-5, 1e-8, False), lambda: np.isclose(x32, v))
            compare(stats, "isclose weak %r %r" % (u, v), "isclose",
                    lambda: ew.isclose(weak(u), weak(v), 1e-5, 1e-8, False), lambda: np.asarray(np.isclose(u, v)))


if __name__ == "__main__":
    sys.exit(main())
