"""Differential check of micronumpy reductions against NumPy (bit-exact).

Part 1: the original spot checks (1-D/2-D sums, pairwise_sum, mean/var/std,
min of an empty array).  Part 2: seeded random partial reductions (sum, sum
with dtype=float64 of float32, mean, var, std, prod) over random views
(C and Fortran bases, transposes, negative and strided slices, broadcast
stride-0 views, middle axes of 3-D/4-D arrays, axis tuples, keepdims) whose
values are spread over many magnitudes so that the order of the additions
shows in the last bits.  Prints mismatch counts by category; exits 1 on
any mismatch.  MNPY_STDLIB=<dir> tests another copy of micronumpy.
"""
import sys
import os
import time
import warnings

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("MNPY_STDLIB") or os.path.join(_HERE, '..', '..', 'stdlib'))
import numpy as np
warnings.simplefilter("ignore")
from micronumpy.reduce import sum_, sum_dtype, var_, mean_, minmax, prod_, pairwise_sum
from micronumpy.reduce import mean_dtype, var_dtype
from micronumpy.ndarray import empty, NDArray
from micronumpy import dtypes

T0 = time.time()


def mk(x, dt):
    a = empty(list(x.shape), dt)
    # test-only shortcut: fill the CPython stand-in storage with the C-order bytes
    a.storage._buf[:] = np.ascontiguousarray(x).tobytes()
    return a


rng = np.random.default_rng(0)
bad = 0
for n in [5, 100, 129, 1000, 3000, 10007]:
    x = (rng.random(n)).astype(np.float32)
    r = sum_(mk(x, dtypes.FLOAT32), [], True, False)
    if np.float32(r.read_float(0)) != x.sum():
        bad += 1
        print('1d', n, r.read_float(0), x.sum())
    x2 = x[:n // 10 * 10].reshape(10, -1)
    for ax in (0, 1):
        r = sum_(mk(x2, dtypes.FLOAT32), [ax], False, False)
        got = np.array([r.read_float(i * 4) for i in range(r.size())], np.float32)
        if not (got == x2.sum(axis=ax)).all():
            bad += 1
            print('2d', n, ax)
ok = 0
for t in range(3000):
    n = int(rng.integers(1, 2000))
    dt = np.float32 if t % 2 == 0 else np.float64
    x = (rng.random(n) * 10 ** rng.uniform(-3, 6, n)).astype(dt)
    got = pairwise_sum([float(a) for a in x], 0, n, dt is np.float32)
    if dt(got) != x.sum() and not (np.isnan(got) and np.isnan(x.sum())):
        bad += 1
    else:
        ok += 1
print('check_reduce: random 1-D pairwise ok', ok)
for dt, ndt in ((dtypes.FLOAT32, np.float32), (dtypes.FLOAT64, np.float64)):
    x = (rng.random((7, 300))).astype(ndt)
    A = mk(x, dt)
    for ax in (0, 1):
        r = mean_(A, [ax], False, False)
        if not np.array_equal(np.array([r.read_float(i * dt.itemsize) for i in range(r.size())], ndt), x.mean(axis=ax)):
            bad += 1
        for dd in (0, 1):
            for st in (False, True):
                r = var_(A, [ax], False, False, dd, st)
                got = np.array([r.read_float(i * dt.itemsize) for i in range(r.size())], ndt)
                if not np.array_equal(got, x.std(axis=ax, ddof=dd) if st else x.var(axis=ax, ddof=dd)):
                    bad += 1
                    print('var', ndt, ax, dd, st)
try:
    minmax(empty([0, 3], dtypes.FLOAT64), [0], False, False, False)
    bad += 1
except ValueError as e:
    if str(e) != 'zero-size array to reduction operation minimum which has no identity':
        bad += 1
print('check_reduce: spot checks bad', bad)

# ---------------------------------------------------------------- random views

MDT = {np.float32: dtypes.FLOAT32, np.float64: dtypes.FLOAT64, np.float16: dtypes.FLOAT16,
       np.int64: dtypes.INT64,
       np.int32: dtypes.INT32}


def mview(base_np, base_m, view):
    """The micronumpy view of base_m matching the NumPy view of base_np."""
    off = view.__array_interface__['data'][0] - base_np.__array_interface__['data'][0]
    return NDArray(base_m.storage, base_m.dtype, list(view.shape), list(view.strides),
                   off, base_m)


def to_np(r, ndt):
    assert r.is_c_contiguous() and r.offset == 0
    return np.frombuffer(bytes(r.storage._buf), ndt, r.size()).reshape(r.shape)


def make_case(rng, big):
    ndt = np.float32 if rng.random() < 0.5 else np.float64
    if rng.random() < 0.15:
        ndt = np.float16
    elif not big and rng.random() < 0.15:
        ndt = np.int64 if rng.random() < 0.6 else np.int32
    nd = int(rng.integers(1, 5))
    shape = [int(rng.integers(1, 8)) for _ in range(nd)]
    if rng.random() < 0.5:
        shape[int(rng.integers(0, nd))] = int(rng.integers(8, 200 if nd <= 2 else 40))
    if big:
        # one long axis (8192-element buffers may split its pairwise runs)
        shape = [int(rng.integers(1, 4 if nd <= 2 else 3)) for _ in range(nd)]
        shape[int(rng.integers(0, nd))] = int(rng.integers(8200, 12000))
    kinds = []
    # base a bit larger than the view so slices have room
    bshape = [s * (2 if rng.random() < 0.3 else 1) for s in shape]
    n = int(np.prod(bshape))
    if ndt is np.int64:
        # beyond 2**53: the float64 casts of mean/var round, so order shows
        vals = rng.integers(-2 ** 61, 2 ** 61, n, dtype=np.int64)
    elif ndt is np.int32:
        vals = rng.integers(-2 ** 31, 2 ** 31, n, dtype=np.int64).astype(np.int32)
    else:
        vals = (rng.random(n) * 10 ** rng.uniform(-3, 6, n)).astype(ndt)
    if rng.random() < 0.2:
        vals = vals * np.where(rng.random(n) < 0.3, -1, 1).astype(ndt)
    forder = rng.random() < 0.25
    base = vals.reshape(bshape, order='F' if forder else 'C')
    cbase = vals.reshape(-1)  # the contiguous storage
    if forder:
        kinds.append('F')
    v = base
    # slices: choose per axis a step (negative / strided) and a window
    sl = []
    for ax in range(nd):
        bs = bshape[ax]
        s = shape[ax]
        r = rng.random()
        if r < 0.2 and bs >= 2 * s:
            sl.append(slice(None, None, 2) if rng.random() < 0.5 else slice(None, None, -2))
            kinds.append('strided')
        elif r < 0.4:
            sl.append(slice(s - 1, None, -1) if bs == s else slice(bs - 1, bs - 1 - s, -1))
            kinds.append('negstep')
        else:
            sl.append(slice(0, s))
    v = v[tuple(sl)]
    if rng.random() < 0.4 and nd > 1:
        perm = [int(p) for p in rng.permutation(nd)]
        v = v.transpose(perm)
        kinds.append('transpose')
    if rng.random() < 0.1 and v.ndim < 4:
        # broadcast (stride-0) view: prepend or stretch a length-1 axis
        newshape = (int(rng.integers(2, 5)),) + v.shape
        v = np.broadcast_to(v, newshape)
        kinds.append('broadcast')
    if not kinds:
        kinds.append('C')
    return ndt, cbase, v, '+'.join(sorted(set(kinds)))


def pick_axes(rng, nd):
    r = rng.random()
    if r < 0.1:
        return None, [], True
    k = int(rng.integers(1, nd + 1))
    axes = sorted(int(a) for a in rng.choice(nd, size=k, replace=False))
    if rng.random() < 0.3:
        axes = [a - nd if rng.random() < 0.5 else a for a in axes]
    if len(axes) == 1 and rng.random() < 0.5:
        return axes[0], axes, False
    return tuple(axes), axes, False


def bits_equal(got, exp):
    exp = np.asarray(exp)
    if got.shape != exp.shape or got.dtype != exp.dtype:
        return False
    return got.tobytes() == np.ascontiguousarray(exp).tobytes()


FUNCS = ['sum', 'sum_f64', 'mean', 'var', 'var1', 'std', 'prod', 'mean_dt', 'std_dt']
counts = {}
mism = {}
fails = []
ncase = 0
NRAND = 2400
for t in range(NRAND + 40):
    big = t >= NRAND
    ndt, cbase, v, kind = make_case(rng, big)
    mbase = mk(cbase, MDT[ndt])
    A = mview(cbase, mbase, v)
    axis, axes, none = pick_axes(rng, v.ndim)
    keep = bool(rng.random() < 0.3)
    fn = FUNCS[t % len(FUNCS)]
    isint = ndt in (np.int64, np.int32)
    if fn == 'sum_f64' and ndt is np.float64:
        fn = 'sum'
    if fn == 'prod':
        # values near 1 so that products stay finite but rounding shows
        if isint:
            pv = rng.integers(-3, 4, cbase.size).astype(ndt)
        else:
            pv = (1 + (rng.random(cbase.size) - 0.5) * 0.5).astype(ndt)
        cbase[:] = pv
        mbase = mk(cbase, MDT[ndt])
        A = mview(cbase, mbase, v)
    if fn == 'sum':
        exp = np.sum(v, axis=axis, keepdims=keep)
        r = sum_(A, axes, none, keep)
        odt = np.int64 if isint else ndt
    elif fn == 'sum_f64':
        exp = np.sum(v, axis=axis, keepdims=keep, dtype=np.float64)
        r = sum_dtype(A, axes, none, keep, dtypes.FLOAT64)
        odt = np.float64
    elif fn == 'mean':
        exp = np.mean(v, axis=axis, keepdims=keep)
        r = mean_(A, axes, none, keep)
        odt = np.float64 if isint else ndt
    elif fn in ('var', 'var1', 'std'):
        dd = 1 if fn == 'var1' else 0
        with np.errstate(all='ignore'):
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                exp = (np.std if fn == 'std' else np.var)(v, axis=axis, keepdims=keep, ddof=dd)
        r = var_(A, axes, none, keep, dd, fn == 'std')
        odt = np.float64 if isint else ndt
    elif fn in ('mean_dt', 'std_dt'):
        fdt = np.float64 if ndt is np.float32 else np.float32
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            if fn == 'mean_dt':
                exp = np.mean(v, axis=axis, keepdims=keep, dtype=fdt)
                r = mean_dtype(A, axes, none, keep, MDT[fdt])
            else:
                exp = np.std(v, axis=axis, keepdims=keep, dtype=fdt, ddof=1)
                r = var_dtype(A, axes, none, keep, 1, True, MDT[fdt])
        odt = fdt
    else:
        exp = np.prod(v, axis=axis, keepdims=keep)
        r = prod_(A, axes, none, keep)
        odt = np.int64 if isint else ndt
    got = to_np(r, odt)
    cat = (fn, (kind if not big else 'long:' + kind) + ('' if not isint else ':' + ndt.__name__))
    counts[fn] = counts.get(fn, 0) + 1
    ncase += 1
    eq = bits_equal(got, exp)
    if not eq and fn in ('var', 'var1', 'std', 'std_dt'):
        # NaN payload/sign differences are not order problems
        e = np.asarray(exp)
        eq = got.shape == e.shape and bool(np.all((got == e) | (np.isnan(got) & np.isnan(e))))
    if not eq:
        mism[cat] = mism.get(cat, 0) + 1
        if len(fails) < 10:
            fails.append((fn, kind, v.shape, v.strides, axis, keep, ndt.__name__))

# targeted long runs: 8192-element buffers split the pairwise blocks of
# casted or buffered (non-contiguous) reductions
for ndt in (np.float32, np.float64):
    for n in ((8192, 8193, 17000) if ndt is np.float32 else (8193, 10000)):
        x = (rng.random(3 * n) * 10 ** rng.uniform(-3, 6, 3 * n)).astype(ndt)
        mx = mk(x, MDT[ndt])
        views = [x[:n], x[::-1][:n], x[::3], x.reshape(3, n), x.reshape(3, n)[:, ::-1],
                 x.reshape(n, 3), x.reshape(n, 3)[::-1, 1:], x.reshape(3, n).T,
                 x.reshape(3, n)[:, ::2]]
        for v in views:
            A = mview(x, mx, v)
            for axis in ([None] + list(range(v.ndim)) + ([(0, 1)] if v.ndim == 2 else [])):
                axes = [] if axis is None else ([axis] if isinstance(axis, int) else list(axis))
                for fn in ('sum', 'sum_f64', 'mean'):
                    if fn == 'sum_f64' and ndt is np.float64:
                        continue
                    if fn == 'sum':
                        exp = np.sum(v, axis=axis)
                        r = sum_(A, axes, axis is None, False)
                        odt = ndt
                    elif fn == 'sum_f64':
                        exp = np.sum(v, axis=axis, dtype=np.float64)
                        r = sum_dtype(A, axes, axis is None, False, dtypes.FLOAT64)
                        odt = np.float64
                    else:
                        exp = np.mean(v, axis=axis)
                        r = mean_(A, axes, axis is None, False)
                        odt = ndt
                    ncase += 1
                    counts['long-' + fn] = counts.get('long-' + fn, 0) + 1
                    if not bits_equal(to_np(r, odt), exp):
                        cat = ('long-' + fn, str(v.shape) + str(v.strides) + str(axis))
                        mism[cat] = mism.get(cat, 0) + 1

# edge cases: empty arrays, axis=(), 0-d, all -0.0
edge = [(np.zeros((0, 3), np.float64), 0), (np.zeros((0, 3), np.float32), 1),
        (np.zeros((2, 0, 3), np.float64), (0, 2)), (np.zeros((2, 0, 3), np.float64), None),
        (np.full((3, 4), -0.0), 0), (np.full((3, 4), -0.0, np.float32)[::-1].T, None),
        (np.arange(12.0).reshape(3, 4)[:, ::-1], ()), (np.array(2.5), None), (np.array(2.5), ())]
for x, axis in edge:
    ndt = x.dtype.type
    cb = np.ascontiguousarray(x.base if x.base is not None else x).reshape(-1)
    src = x if x.base is None else x
    A = mview(cb, mk(cb, MDT[ndt]), src) if x.base is not None else mk(x, MDT[ndt])
    axes = [] if axis is None else ([axis] if isinstance(axis, int) else list(axis))
    for fn in ('sum', 'prod'):
        exp = (np.sum if fn == 'sum' else np.prod)(x, axis=axis)
        r = (sum_ if fn == 'sum' else prod_)(A, axes, axis is None, False)
        ncase += 1
        if not bits_equal(to_np(r, ndt), exp):
            cat = ('edge-' + fn, str(x.shape) + str(axis))
            mism[cat] = mism.get(cat, 0) + 1

print('check_reduce: random cases', ncase, 'by function', counts)
nm = sum(mism.values())
for cat in sorted(mism):
    print('  mismatch', cat, mism[cat])
for f in fails:
    print('  e.g.', f)
print('check_reduce: random mismatches', nm)
bad += nm
print('check_reduce: bad', bad, 'time %.1fs' % (time.time() - T0))
sys.exit(1 if bad else 0)
