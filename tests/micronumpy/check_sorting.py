"""Differential check of micronumpy.sorting (sort, sort_in_place, argsort, unique,
nonzero) and micronumpy.cumulative (cumsum, cumprod) against NumPy.

Everything is compared bit-exactly (dtype, shape, bytes; NaN-ness for NaNs) except
two documented differences with NumPy's default (unstable) sort, which uses the
x86-simd-sort AVX-512 networks for 4- and 8-byte dtypes: argsort index order of
equal keys (int32/uint32/int64/uint64/float32/float64) and the relative order of
-0.0 and 0.0 in float sort/unique. Random cases for those dtypes use tie-free data
(distinct values, no zeros); tie-heavy data is checked for bool/int8/uint8/int16/
uint16 (NumPy's own aquicksort, reproduced exactly) and against kind='stable'.
"""
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'stdlib'))
import numpy as np
from rpy.rarray import RawStorage
from micronumpy.ndarray import NDArray
from micronumpy import dtypes
from micronumpy import sorting
from micronumpy import cumulative

DT = {d.name: d for d in dtypes.ALL_DTYPES}
NAMES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64",
         "uint64", "float32", "float64"]
SMALL = ["bool", "int8", "uint8", "int16", "uint16"]


def to_nd(x):
    root = x
    while root.base is not None:
        root = root.base
    assert root.flags.c_contiguous
    st = RawStorage(root.nbytes)
    st._buf[:] = root.tobytes()
    off = x.__array_interface__['data'][0] - root.__array_interface__['data'][0]
    return NDArray(st, DT[x.dtype.name], list(x.shape), list(x.strides), off, None)


def from_nd(a):
    buf = np.frombuffer(bytes(a.storage._buf), dtype=np.uint8)
    if a.storage.length() <= a.offset:
        return np.zeros(tuple(a.shape), a.dtype.name)
    return np.lib.stride_tricks.as_strided(
        buf[a.offset:].view(a.dtype.name), shape=tuple(a.shape),
        strides=tuple(a.strides)).copy()


class Stats:
    ok = 0
    bad = 0


def report(msg):
    Stats.bad += 1
    if Stats.bad < 30:
        print("MISMATCH", msg)


def same(g, exp):
    if g.dtype != exp.dtype or g.shape != exp.shape:
        return False
    if g.tobytes() == exp.tobytes():
        return True
    if exp.dtype.kind == 'f':
        nan = np.isnan(exp)
        return np.array_equal(np.isnan(g), nan) and g[~nan].tobytes() == exp[~nan].tobytes()
    return False


def check(name, f_np, f_mn):
    try:
        with np.errstate(all='ignore'):
            exp = f_np()
        eexc = None
    except Exception as e:
        eexc = e
    try:
        got = f_mn()
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
    if isinstance(exp, tuple):
        if len(exp) != len(got) or not all(same(from_nd(g), e) for g, e in zip(got, exp)):
            report("%s: %r vs %r" % (name, [from_nd(g) for g in got], exp))
            return
        Stats.ok += 1
        return
    exp = np.asarray(exp)
    g = from_nd(got)
    if not same(g, exp):
        report("%s: %r vs %r" % (name, g, exp))
        return
    Stats.ok += 1


rng = np.random.default_rng(7)


def rand_arr(shape, dt, layout, ties, special=False, inf=np.inf):
    if layout == 2:
        big = [2 * s + 1 for s in shape]
    else:
        big = list(shape)
    n = int(np.prod(big)) if big else 1
    if dt == "bool":
        base = rng.random(n) < 0.5
    elif dt in ("float32", "float64"):
        if ties:
            base = rng.choice(np.array([0.0, -0.0, 1.5, -2.0, np.nan, inf], dt), n)
        else:
            base = (rng.permutation(n) + 1).astype(dt) * (1.0 if rng.random() < 0.5 else -0.37)
            if special and n > 2:
                base[rng.integers(0, n)] = np.nan
    else:
        info = np.iinfo(dt)
        if ties:
            base = rng.integers(max(info.min, -3), 4, n).astype(dt)
        elif dt in SMALL:
            base = rng.integers(info.min, info.max, n, dtype=dt, endpoint=True)
        else:
            v = rng.choice(np.arange(max(info.min, -10 ** 6), min(info.max, 10 ** 6)), n,
                           replace=False)
            base = v.astype(dt)
    base = base.reshape(tuple(big))
    if layout == 1:
        return base[tuple(slice(None, None, -1) for _ in shape)]
    if layout == 2:
        return base[tuple(slice(1, None, 2) for _ in shape)]
    if layout == 3 and len(shape) >= 2:
        return base.reshape(tuple(shape[::-1])).T
    return base


def rand_like_layout(x, layout):
    if layout == 1:
        return x[::-1].copy()[::-1]
    if layout == 2:
        big = np.zeros(2 * x.size + 1, x.dtype)
        big[1::2] = x
        return big[1::2]
    return x


def sort_cases():
    shapes = [(0,), (1,), (5,), (17,), (40,), (3, 4), (4, 30), (2, 3, 5), (3, 0)]
    for dt in NAMES:
        for shape in shapes:
            for layout in range(4):
                for ties in (False, True):
                    x = rand_arr(shape, dt, layout, ties, special=True)
                    exact_ties = dt in SMALL
                    nd = len(shape)
                    for ax in list(range(-nd, nd)) + [nd, None]:
                        nm = "%s%r/%d ties=%s axis=%r" % (dt, shape, layout, ties, ax)
                        axn = ax is None
                        axi = 0 if ax is None else ax
                        # values: only ties of +-0.0 can differ
                        if not (ties and dt.startswith("float")):
                            check("sort " + nm, lambda: np.sort(x, axis=ax),
                                  lambda: sorting.sort(to_nd(x), axi, axn))
                            check("unique " + nm, lambda: np.unique(x),
                                  lambda: sorting.unique(to_nd(x)))
                        if not ties or exact_ties:
                            check("argsort " + nm, lambda: np.argsort(x, axis=ax),
                                  lambda: sorting.argsort(to_nd(x), axi, axn))
                        check("argsort-stable " + nm,
                              lambda: np.argsort(x, axis=ax, kind="stable"),
                              lambda: sorting.argsort_kind(to_nd(x), axi, axn, True))
                        if ax is not None:
                            def np_inplace():
                                y = x.copy()
                                y.sort(axis=ax)
                                return y

                            def mn_inplace():
                                a = to_nd(x)
                                sorting.sort_in_place(a, ax)
                                return a
                            if not (ties and dt.startswith("float")):
                                check("sort_in_place " + nm, np_inplace, mn_inplace)
                    check("nonzero " + nm, lambda: np.nonzero(x),
                          lambda: sorting.nonzero(to_nd(x)))
    # tie-heavy argsort for the small dtypes, sizes 2..300 (aquicksort incl. partitions)
    for dt in SMALL:
        for n in list(range(2, 60)) + [64, 100, 128, 200, 300, 1000]:
            for t in range(3):
                x = rand_arr((n,), dt, int(rng.integers(0, 3)), True)
                check("argsort-ties %s n=%d" % (dt, n), lambda: np.argsort(x),
                      lambda: sorting.argsort(to_nd(x), -1, False))
        for x in (np.arange(300).astype(dt), np.arange(300)[::-1].astype(dt),
                  np.tile(np.arange(7), 40).astype(dt), np.zeros(500, dt)):
            check("argsort-pattern %s" % dt, lambda: np.argsort(x),
                  lambda: sorting.argsort(to_nd(x), -1, False))
    # 0-d inputs and errors
    for dt in ("int64", "float64", "bool"):
        x = np.array(5).astype(dt)
        for ax in (0, -1, 1, None):
            axn = ax is None
            axi = 0 if ax is None else ax
            check("0d sort %s %r" % (dt, ax), lambda: np.sort(x, axis=ax),
                  lambda: sorting.sort(to_nd(x), axi, axn))
            check("0d argsort %s %r" % (dt, ax), lambda: np.argsort(x, axis=ax),
                  lambda: sorting.argsort(to_nd(x), axi, axn))
        check("0d unique", lambda: np.unique(x), lambda: sorting.unique(to_nd(x)))
        check("0d nonzero", lambda: np.nonzero(x), lambda: sorting.nonzero(to_nd(x)))

        def np_ro():
            y = np.ones(3)
            y.flags.writeable = False
            y.sort()

        def mn_ro():
            a = to_nd(np.ones(3))
            a.writeable = False
            sorting.sort_in_place(a, -1)
        check("read-only sort", np_ro, mn_ro)
    # float ties without zeros: value sorts and unique are exact
    for dt in ("float32", "float64"):
        for n in (3, 5, 16, 17, 50, 200):
            for layout in range(3):
                x = rand_arr((n,), dt, layout, True)
                x = np.where(x == 0, np.float32(7.0), x).astype(dt)
                x = rand_like_layout(x, layout)
                check("sort float ties %s n=%d/%d" % (dt, n, layout), lambda: np.sort(x),
                      lambda: sorting.sort(to_nd(x), -1, False))
                check("unique float ties %s n=%d/%d" % (dt, n, layout), lambda: np.unique(x),
                      lambda: sorting.unique(to_nd(x)))
    nanx = np.array([np.nan, 1.0, np.nan, -0.0, 2.0, np.nan])
    check("unique nan", lambda: np.unique(nanx), lambda: sorting.unique(to_nd(nanx)))


def cum_cases():
    shapes = [(0,), (1,), (7,), (3, 4), (2, 3, 5), (4, 0), ()]
    for dt in NAMES:
        for shape in shapes:
            for layout in range(4):
                x = rand_arr(shape, dt, layout, True, inf=3.25) if dt != "int64" or rng.random() < 0.5 \
                    else rng.integers(-2 ** 62, 2 ** 62, shape)
                nd = max(len(shape), 1)
                for ax in list(range(-nd, nd)) + [nd, None]:
                    axn = ax is None
                    axi = 0 if ax is None else ax
                    for odt in [None, "int8", "uint16", "int64", "uint64", "float32",
                                "float64", "bool"]:
                        if odt is not None and rng.random() < 0.6:
                            continue
                        nm = "%s%r/%d axis=%r dtype=%r" % (dt, shape, layout, ax, odt)
                        mdt = None if odt is None else DT[odt]
                        check("cumsum " + nm, lambda: np.cumsum(x, axis=ax, dtype=odt),
                              lambda: cumulative.cumsum(to_nd(x), axi, axn, mdt))
                        check("cumprod " + nm, lambda: np.cumprod(x, axis=ax, dtype=odt),
                              lambda: cumulative.cumprod(to_nd(x), axi, axn, mdt))
    # wraparound and float order on long random data
    for dt in ("int8", "uint8", "int32", "uint32", "int64", "uint64"):
        info = np.iinfo(dt)
        x = rng.integers(info.min, info.max, 300, dtype=dt, endpoint=True)
        check("cumsum wrap " + dt, lambda: np.cumsum(x), lambda: cumulative.cumsum(to_nd(x), 0, True, None))
        check("cumprod wrap " + dt, lambda: np.cumprod(x), lambda: cumulative.cumprod(to_nd(x), 0, True, None))
        check("cumsum wrap own dtype " + dt, lambda: np.cumsum(x, dtype=dt),
              lambda: cumulative.cumsum(to_nd(x), 0, True, DT[dt]))
    for dt in ("float32", "float64"):
        for n in (10, 1000, 5000):
            x = (rng.random(n) * 10 ** rng.uniform(-3, 6, n)).astype(dt)
            check("cumsum order %s n=%d" % (dt, n), lambda: np.cumsum(x),
                  lambda: cumulative.cumsum(to_nd(x), 0, True, None))
            y = (1 + (rng.random(n) - 0.5) * 1e-3).astype(dt)
            check("cumprod order %s n=%d" % (dt, n), lambda: np.cumprod(y),
                  lambda: cumulative.cumprod(to_nd(y), 0, True, None))
            z = x[: n // 10 * 10].reshape(10, -1)[::-1, ::2]
            for ax in (0, 1):
                check("cumsum 2d order %s n=%d ax=%d" % (dt, n, ax), lambda: np.cumsum(z, axis=ax),
                      lambda: cumulative.cumsum(to_nd(z), ax, False, None))
    mz = np.array([-0.0, -0.0, 1.0])
    check("cumsum -0", lambda: np.cumsum(mz), lambda: cumulative.cumsum(to_nd(mz), 0, True, None))


def main():
    sort_cases()
    print("check_sorting: sorting ok %d, mismatches %d" % (Stats.ok, Stats.bad))
    ok0, bad0 = Stats.ok, Stats.bad
    cum_cases()
    print("check_sorting: cumulative ok %d, mismatches %d" % (Stats.ok - ok0, Stats.bad - bad0))
    print("check_sorting: ok %d, mismatches %d" % (Stats.ok, Stats.bad))
    return 1 if Stats.bad else 0


if __name__ == "__main__":
    sys.exit(main())
