"""Differential check of micronumpy.linalg (dot, matmul) against NumPy.

Integer and bool results (and dtypes, shapes, error types/messages) must match
bit-exactly. Float results are compared with a tolerance scaled by |a|.|b|
(1e-12 for float64, 2e-6 for float32): NumPy sums through OpenBLAS in another
order. The sign of zero and exact values are checked bit-exactly where NumPy
does not go through a BLAS sum (direct products).
"""
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'stdlib'))
import numpy as np
from rpy.rarray import RawStorage
from micronumpy.ndarray import NDArray
from micronumpy import dtypes
from micronumpy import linalg

DT = {d.name: d for d in dtypes.ALL_DTYPES}
NAMES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64",
         "uint64", "float32", "float64"]


def to_nd(x, weak=False):
    """An NDArray sharing the layout (strides, offset, negative steps) of x."""
    root = x
    while root.base is not None:
        root = root.base
    assert root.flags.c_contiguous
    st = RawStorage(root.nbytes)
    st._buf[:] = root.tobytes()
    off = x.__array_interface__['data'][0] - root.__array_interface__['data'][0]
    a = NDArray(st, DT[x.dtype.name], list(x.shape), list(x.strides), off, None)
    a.weak = weak
    return a


def from_nd(a):
    buf = np.frombuffer(bytes(a.storage._buf), dtype=np.uint8)
    return np.lib.stride_tricks.as_strided(
        buf[a.offset:].view(a.dtype.name) if a.storage.length() > a.offset else
        np.zeros(1, a.dtype.name), shape=tuple(a.shape), strides=tuple(a.strides)).copy()


def weak_scalar(v):
    if isinstance(v, bool):
        x = np.array(v)
    elif isinstance(v, int):
        x = np.array(v, np.int64)
    else:
        x = np.array(v, np.float64)
    return to_nd(x, True)


class Stats:
    ok = 0
    bad = 0


def report(msg):
    Stats.bad += 1
    if Stats.bad < 30:
        print("MISMATCH", msg)


def compare(name, got, exp, a_abs_dot=None, exact_float=False):
    exp = np.asarray(exp)
    if got.dtype.name != exp.dtype.name or tuple(got.shape) != exp.shape:
        report("%s: dtype/shape %s %s vs %s %s" % (name, got.dtype.name, got.shape,
                                                 exp.dtype, exp.shape))
        return
    g = from_nd(got)
    if exp.dtype.kind == 'f' and not exact_float:
        tol = (1e-12 if exp.dtype == np.float64 else 2e-6)
        scale = np.asarray(a_abs_dot, np.float64)
        with np.errstate(invalid='ignore', over='ignore'):
            diff = np.abs(g.astype(np.float64) - exp.astype(np.float64))
            okm = (diff <= tol * scale + 1e-300) | (g == exp) | (np.isnan(g) & np.isnan(exp))
        if not okm.all():
            report("%s: values %r vs %r" % (name, g, exp))
            return
    elif exp.dtype.kind == 'f':
        if g.tobytes() != exp.tobytes():
            # NaN payloads may differ; compare NaN-ness then bits elsewhere
            nan = np.isnan(g) & np.isnan(exp)
            if not (np.array_equal(np.isnan(g), np.isnan(exp)) and
                    g[~nan].tobytes() == exp[~nan].tobytes()):
                report("%s: exact values %r vs %r" % (name, g, exp))
                return
    else:
        if g.tobytes() != exp.tobytes():
            report("%s: values %r vs %r" % (name, g, exp))
            return
    Stats.ok += 1


def call_both(name, f_np, f_mn, x, y, xn, yn, absdot):
    try:
        with np.errstate(all='ignore'):
            exp = f_np(x, y)
        eexc = None
    except Exception as e:
        eexc = e
    try:
        got = f_mn(xn, yn)
        gexc = None
    except Exception as e:
        gexc = e
    if eexc is not None or gexc is not None:
        if eexc is None or gexc is None or type(eexc).__name__ != type(gexc).__name__ \
                or str(eexc) != str(gexc):
            report("%s: exceptions %r vs %r" % (name, gexc, eexc))
        else:
            Stats.ok += 1
        return
    scale = None
    if np.asarray(exp).dtype.kind == 'f':
        with np.errstate(all='ignore'):
            scale = f_np(np.abs(np.asarray(x).astype(np.float64)), np.abs(np.asarray(y).astype(np.float64)))
    compare(name, got, exp, scale, absdot)


rng = np.random.default_rng(6)


def rand_arr(shape, dt, layout):
    """A random array of dtype dt; layout 0 contiguous, 1 negative steps, 2 strided, 3 transposed."""
    if layout == 1:
        big = [s for s in shape]
    elif layout == 2:
        big = [2 * s + 1 for s in shape]
    else:
        big = list(shape)
    n = int(np.prod(big)) if big else 1
    if dt == "bool":
        base = rng.random(n) < 0.4
    elif dt in ("float32", "float64"):
        base = rng.standard_normal(n).astype(dt)
        r = rng.random(n)
        base[r < 0.05] = 0.0
        base[(r >= 0.05) & (r < 0.08)] = -0.0
        base[(r >= 0.08) & (r < 0.1)] = np.round(base[(r >= 0.08) & (r < 0.1)] * 4)
    else:
        info = np.iinfo(dt)
        if rng.random() < 0.5:
            base = rng.integers(-5 if info.min < 0 else 0, 6, n).astype(dt)
        else:
            base = rng.integers(info.min, info.max, n, dtype=dt, endpoint=True)
    if layout == 3 and len(shape) >= 2:
        base = base.reshape(tuple(shape[::-1]))
        return base.T
    base = base.reshape(tuple(big))
    if layout == 1:
        return base[tuple(slice(None, None, -1) for _ in shape)]
    if layout == 2:
        return base[tuple(slice(1, None, 2) for _ in shape)]
    return base


def main():
    # --- fixed error and dtype cases ---------------------------------------------
    shapes_pairs = [((2, 3), (2, 3)), ((3,), (4,)), ((2, 3), (4,)), ((3,), (4, 2)),
                    ((2, 3, 4), (5, 4, 2)), ((4,), (2, 3, 5)), ((2, 2, 3), (3, 3, 2)),
                    ((4, 2, 3), (3, 3, 2)), ((), (3,)), ((3,), ()), ((), ()),
                    ((2, 4, 4, 5), (3, 5, 2)), ((2, 1, 4, 5), (3, 5, 2)),
                    ((2, 3, 4, 5), (3, 5)), ((2, 3, 4, 5), (5,)), ((5,), (2, 3, 5, 4)),
                    ((2, 2, 3), (3, 4, 2)), ((3, 0), (0, 4)), ((0, 3), (3, 4)),
                    ((2, 3), (2, 3, 4)), ((0,), (0,)), ((2, 0), (0, 2)),
                    ((1, 2, 3), (4, 3, 2)), ((1,), (1,)), ((1, 1), (1, 3)),
                    ((3, 1), (1, 3)), ((2, 1, 1), ()), ((), (2, 1, 3))]
    for sa, sb in shapes_pairs:
        x = np.ones(sa)
        y = np.ones(sb)
        call_both("dot%r%r" % (sa, sb), np.dot, linalg.dot, x, y, to_nd(x), to_nd(y), False)
        call_both("matmul%r%r" % (sa, sb), np.matmul, linalg.matmul, x, y, to_nd(x),
                  to_nd(y), False)
    # sign of zero: -0.0 times ones over many layouts (exact compare)
    zshapes = [(), (1,), (3,), (1, 1), (1, 3), (3, 1), (2, 3), (3, 2), (2, 1, 1),
               (1, 1, 1), (2, 1, 3)]
    for sa in zshapes:
        for sb in zshapes:
            for fdt in ("float64", "float32"):
                x = np.full(sa, -0.0, fdt)
                y = np.ones(sb, fdt)
                for f_np, f_mn, nm in ((np.dot, linalg.dot, "dot"),
                                       (np.matmul, linalg.matmul, "matmul")):
                    call_both("zero-%s%r%r" % (nm, sa, sb), f_np, f_mn, x, y, to_nd(x),
                              to_nd(y), True)
                    call_both("zero-%s%r%r" % (nm, sb, sa), f_np, f_mn, y, x, to_nd(y),
                              to_nd(x), True)
    # weak Python scalars
    for dtn in NAMES:
        arr = (np.arange(3) % 2 == 1) if dtn == "bool" else np.arange(3).astype(dtn)
        for v in [2, 2.0, True, 300, -1, 2.5, 2 ** 40]:
            call_both("dot-weak %s %r" % (dtn, v), np.dot, linalg.dot, arr, v, to_nd(arr),
                      weak_scalar(v), False)
            call_both("dot-weak %r %s" % (v, dtn), np.dot, linalg.dot, v, arr,
                      weak_scalar(v), to_nd(arr), False)
            call_both("matmul-weak %s %r" % (dtn, v), np.matmul, linalg.matmul, arr, v,
                      to_nd(arr), weak_scalar(v), False)
            call_both("matmul-weak %r %s" % (v, dtn), np.matmul, linalg.matmul, v, arr,
                      weak_scalar(v), to_nd(arr), False)
    call_both("matmul-2weak", np.matmul, linalg.matmul, 2, 300, weak_scalar(2),
              weak_scalar(300), False)
    # --- random cases --------------------------------------------------------------
    dot_shapes = [((), (4,)), ((3,), ()), ((5,), (5,)), ((3, 4), (4,)), ((4,), (4, 3)),
                  ((3, 4), (4, 2)), ((2, 3, 4), (4,)), ((2, 3, 4), (4, 5)),
                  ((2, 3, 4), (3, 4, 2)), ((4,), (2, 4, 3)), ((1, 1), (1, 1)),
                  ((2, 3), (2, 3, 2)), ((1,), (1, 4)), ((6, 1), (1, 5)), ((0, 3), (3, 2)),
                  ((3, 0), (0, 2)), ((2, 2, 2), ()), ((40,), (40,)), ((7, 33), (33, 9))]
    mm_shapes = [((5,), (5,)), ((3, 4), (4,)), ((4,), (4, 3)), ((3, 4), (4, 2)),
                 ((2, 3, 4), (4,)), ((2, 3, 4), (4, 5)), ((2, 3, 4), (2, 4, 2)),
                 ((4,), (2, 4, 3)), ((1, 3, 4), (2, 4, 2)), ((2, 1, 3, 4), (5, 4, 2)),
                 ((3, 1, 2, 2), (1, 4, 2, 3)), ((0, 3), (3, 2)), ((2, 3, 0), (0, 2)),
                 ((40,), (40,)), ((7, 33), (33, 9))]
    for rep in range(5):
        for dta in NAMES:
            dtb = NAMES[int(rng.integers(0, len(NAMES)))] if rep % 2 else dta
            for sa, sb in dot_shapes:
                la = int(rng.integers(0, 4))
                lb = int(rng.integers(0, 4))
                x = rand_arr(sa, dta, la)
                y = rand_arr(sb, dtb, lb)
                call_both("rdot %s%r/%d %s%r/%d" % (dta, sa, la, dtb, sb, lb), np.dot,
                          linalg.dot, x, y, to_nd(x), to_nd(y), False)
            for sa, sb in mm_shapes:
                la = int(rng.integers(0, 4))
                lb = int(rng.integers(0, 4))
                x = rand_arr(sa, dta, la)
                y = rand_arr(sb, dtb, lb)
                call_both("rmatmul %s%r/%d %s%r/%d" % (dta, sa, la, dtb, sb, lb),
                          np.matmul, linalg.matmul, x, y, to_nd(x), to_nd(y), False)
    # --- float dot vs BLAS: how often is sequential summation bit-identical? -------
    same = 0
    total = 0
    for n in (3, 10, 100, 1000):
        for t in range(20):
            x = rng.standard_normal(n)
            y = rng.standard_normal(n)
            got = from_nd(linalg.dot(to_nd(x), to_nd(y)))
            total += 1
            if got.tobytes() == np.asarray(np.dot(x, y)).tobytes():
                same += 1
    print("check_linalg: float64 1-D dot bit-identical to NumPy/OpenBLAS in %d of %d "
          "random cases (n = 3..1000)" % (same, total))
    print("check_linalg: ok %d, mismatches %d" % (Stats.ok, Stats.bad))
    return 1 if Stats.bad else 0


if __name__ == "__main__":
    sys.exit(main())
