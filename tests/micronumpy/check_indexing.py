"""Differential check of micronumpy creation/indexing/manipulation vs NumPy."""
import os, sys, random
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "stdlib"))
import numpy as np
from micronumpy import dtypes, creation, indexing as ix, manipulation as mp
from micronumpy.ndarray import c_order_offsets

DT = {d.name: d for d in dtypes.ALL_DTYPES}
fails = 0
passes = 0


def to_mn(a):
    d = DT[a.dtype.name]
    flat = a.ravel().tolist()
    if a.dtype.kind == "f":
        return creation.from_floats(list(a.shape), flat, d)
    if a.dtype.kind == "b":
        return creation.from_bools(list(a.shape), flat, d)
    if a.dtype.name == "uint64":
        return creation.from_ints(list(a.shape), [int(np.int64(np.uint64(v).view(np.int64))) for v in flat], dtypes.INT64) if False else _u64(a)
    return creation.from_ints(list(a.shape), flat, d)


def _u64(a):
    m = creation.from_ints(list(a.shape), [int(v) for v in a.view(np.int64).ravel()], dtypes.INT64)
    m.dtype = dtypes.UINT64
    return m


def values(m):
    out = []
    for off in c_order_offsets(m):
        if m.dtype.is_float():
            out.append(m.read_float(off))
        elif m.dtype.is_bool():
            out.append(m.read_bool(off))
        elif m.dtype.num == dtypes.NUM_UINT64:
            out.append(m.read_int(off) & 0xFFFFFFFFFFFFFFFF)
        else:
            out.append(m.read_int(off))
    return out


def same(m, a, what, view_of=None, strides=True):
    global fails, passes
    ok = (list(m.shape) == list(a.shape) and m.dtype.name == a.dtype.name
          and [repr(x) for x in values(m)] == [repr(x) for x in a.ravel().tolist()])
    if ok and strides and a.size > 1 and list(m.strides) != list(a.strides):
        # strides of size-1 axes may differ, ignore those
        ok = all(m.strides[k] == a.strides[k] for k in range(a.ndim) if a.shape[k] > 1)
    if ok and view_of is not None and a.ndim > 0 and view_of.ndim > 0:
        is_view_np = np.shares_memory(a, view_of) if a.size else (a.base is not None)
        is_view_mn = m.base is not None
        if a.size and is_view_np != is_view_mn:
            ok = False
    if ok:
        passes += 1
    else:
        fails += 1
        if fails < 30:
            print("MISMATCH", what, m.shape, m.strides, m.dtype.name, values(m)[:8], "| np",
                  a.shape, a.strides, a.dtype, a.ravel().tolist()[:8])


def err_same(fmn, fnp, what):
    global fails, passes
    e1 = e2 = None
    r1 = r2 = None
    try:
        r1 = fmn()
    except Exception as e:
        e1 = e
    try:
        r2 = fnp()
    except Exception as e:
        e2 = e
    if e1 is None and e2 is None:
        return r1, r2
    if e1 is not None and e2 is not None and type(e1).__name__ == type(e2).__name__ or (
            e1 is not None and e2 is not None and isinstance(e2, type(e1)) and str(e1) == str(e2)):
        if str(e1) == str(e2):
            passes += 1
            return None, None
    fails += 1
    if fails < 30:
        print("ERRMISMATCH", what, repr(e1), "| np", repr(e2))
    return None, None


def conv_index(t, mn_arrays=True):
    out = []
    for x in t:
        if x is Ellipsis:
            out.append(ix.EllipsisIndex())
        elif x is None:
            out.append(ix.NewAxisIndex())
        elif isinstance(x, slice):
            out.append(ix.SliceIndex(x.start or 0, x.stop or 0, x.step or 1, x.start is not None,
                                     x.stop is not None, x.step is not None))
        elif isinstance(x, np.ndarray):
            out.append(ix.BoolArrayIndex(to_mn(x)) if x.dtype == bool else ix.IntArrayIndex(to_mn(x)))
        else:
            out.append(ix.IntIndex(x))
    return out


def rand_array(rng, maxd=4):
    nd = rng.randint(0, maxd)
    shape = tuple(rng.randint(0, 4) if rng.random() < 0.1 else rng.randint(1, 4) for _ in range(nd))
    dt = rng.choice(["int8", "int32", "int64", "uint8", "float64", "float32", "bool", "uint16"])
    if dt == "bool":
        a = np.array([rng.random() < 0.5 for _ in range(int(np.prod(shape)))], dtype=bool).reshape(shape)
    elif dt.startswith("float"):
        a = (np.arange(int(np.prod(shape))) * 1.5 - 3).astype(dt).reshape(shape)
    else:
        a = (np.arange(int(np.prod(shape))) + (0 if dt[0] == "u" else -3)).astype(dt).reshape(shape)
    return a


def rand_index(rng, a, fancy):
    items = []
    nd = a.ndim
    k = 0
    used_ell = False
    while k < nd and rng.random() < 0.85:
        r = rng.random()
        size = a.shape[k]
        if r < 0.25:
            items.append(rng.randint(-size - 1, size))
            k += 1
        elif r < 0.6:
            def rv():
                return None if rng.random() < 0.3 else rng.randint(-size - 2, size + 2)
            st = None if rng.random() < 0.4 else rng.choice([1, 2, -1, -2, 3])
            items.append(slice(rv(), rv(), st))
            k += 1
        elif r < 0.7:
            items.append(None)
        elif r < 0.78 and not used_ell:
            items.append(Ellipsis)
            used_ell = True
            k = nd - rng.randint(0, nd - k)
        elif fancy and r < 0.9:
            n = rng.randint(0, 3)
            items.append(np.array([rng.randint(-size, size) if size else 0 for _ in range(n)] if size else [], dtype=np.int64))
            k += 1
        elif fancy:
            items.append(np.array([rng.random() < 0.5 for _ in range(size)], dtype=bool))
            k += 1
    if rng.random() < 0.03:
        items.append(0)
    return tuple(items)


def fixed():
    a = np.arange(3)
    m = to_mn(a)
    m2 = to_mn(np.arange(6).reshape(2, 3))
    cases = [
        (lambda: ix.getitem(m, conv_index((5,))), lambda: a[5]),
        (lambda: ix.getitem(m, conv_index((0, 1))), lambda: a[0, 1]),
        (lambda: ix.getitem(m, conv_index((np.array([True, False]),))), lambda: a[np.array([True, False])]),
        (lambda: ix.getitem(m2, conv_index((Ellipsis, Ellipsis))), lambda: np.arange(6).reshape(2, 3)[..., ...]),
        (lambda: ix.setitem(m, conv_index((slice(None),)), to_mn(np.arange(2))), lambda: a.__setitem__(slice(None), np.arange(2))),
        (lambda: ix.setitem(m2, conv_index((slice(None),)), to_mn(np.arange(6).reshape(3, 2))), lambda: np.arange(6).reshape(2, 3).__setitem__(slice(None), np.arange(6).reshape(3, 2))),
        (lambda: mp.reshape(m2, [4], "C"), lambda: np.arange(6).reshape(4)),
        (lambda: mp.reshape(m2, [-1, -1], "C"), lambda: np.arange(6).reshape(-1, -1)),
        (lambda: mp.reshape(m2, [4, -1], "C"), lambda: np.arange(6).reshape(4, -1)),
        (lambda: creation.zeros([2, -1], dtypes.INT64), lambda: np.zeros((2, -1))),
        (lambda: creation.from_ints([1], [300], dtypes.INT8), lambda: np.array([300], dtype=np.int8)),
        (lambda: creation.from_ints([1], [-1], dtypes.UINT8), lambda: np.array([-1], dtype=np.uint8)),
        (lambda: ix.setitem(mp.broadcast_to(m, [2, 3]), conv_index((0,)), to_mn(np.array(1))), lambda: np.broadcast_to(a, (2, 3)).__setitem__(0, 1)),
        (lambda: ix.getitem(m2, conv_index((0, np.array([5])))), lambda: np.arange(6).reshape(2, 3)[0, np.array([5])]),
        (lambda: ix.getitem(m2, conv_index((np.array([0]), np.array([0, 1, 2])))), lambda: np.arange(6).reshape(2, 3)[[0], [0, 1, 2]]),
        (lambda: ix.getitem(m2, conv_index((np.array([0, 1]), np.array([0, 1, 2])))), lambda: np.arange(6).reshape(2, 3)[[0, 1], [0, 1, 2]]),
        (lambda: ix.getitem(m2, conv_index((slice(None), np.array([True, False])))), lambda: np.arange(6).reshape(2, 3)[:, np.array([True, False])]),
    ]
    for f1, f2 in cases:
        err_same(f1, f2, "fixed")
    def setshape():
        t = mp.transpose(m2, [])
        mp.set_shape(t, [6])
    def setshape_np():
        t = np.arange(6).reshape(2, 3).T
        t.shape = (6,)
    err_same(setshape, setshape_np, "set_shape")
    try:
        np.array([[1, 2], [3]])
    except ValueError as e:
        global passes, fails
        if str(e) == str(creation.ragged_error([2])):
            passes += 1
        else:
            fails += 1; print("ragged", e)
    # arange / linspace bit-exact
    for (s, e, st) in [(0, 1, 0.1), (0.5, 7.3, 0.7), (-1, 1, 0.3), (1, 0, -0.1), (0, 10, 3), (0, 2.0, 0.25), (3, 1, 1)]:
        r = np.arange(s, e, st)
        if isinstance(s, int) and isinstance(e, int) and isinstance(st, int):
            mres = creation.arange_int(s, e, st, dtypes.INT64)
        else:
            mres = creation.arange_float(float(s), float(e), float(st), dtypes.FLOAT64)
        same(mres, r, "arange %r" % ((s, e, st),))
    for (s, e, n, ep) in [(0, 1, 5, True), (0, 1, 7, False), (-3.3, 8.1, 50, True), (1, 1, 3, True), (0, 1, 1, True), (0, 10, 0, True), (2, -5, 13, False)]:
        same(creation.linspace(float(s), float(e), n, ep, dtypes.FLOAT64), np.linspace(s, e, n, endpoint=ep), "linspace")
    same(creation.eye(3, 4, 1, dtypes.FLOAT64), np.eye(3, 4, 1), "eye")
    same(creation.ones([2, 3], dtypes.INT8), np.ones((2, 3), np.int8), "ones")
    same(creation.from_floats([3], [1.7, -2.9, 300.5], dtypes.INT8), np.array([1.7, -2.9, 300.5]).astype(np.int8), "f2i")


def random_cases(n):
    rng = random.Random(1234)
    for it in range(n):
        a = rand_array(rng)
        m = to_mn(a)
        kind = rng.random()
        if kind < 0.45:
            t = rand_index(rng, a, rng.random() < 0.5)
            r1, r2 = err_same(lambda: ix.getitem(m, conv_index(t)), lambda: a[t], "getitem %r %r" % (a.shape, t))
            if r2 is not None:
                r2 = np.asarray(r2) if not isinstance(r2, np.ndarray) else r2
                same(r1, r2, "getitem %r %r" % (a.shape, t), a, not any(isinstance(x, np.ndarray) for x in t))
        elif kind < 0.7:
            t = rand_index(rng, a, rng.random() < 0.4)
            try:
                tshape = a[t].shape
            except Exception:
                tshape = ()
            vshape = tshape[rng.randint(0, len(tshape)):] if tshape and rng.random() < 0.8 else (rng.randint(1, 3),)
            vshape = tuple(1 if rng.random() < 0.2 else d for d in vshape)
            v = rand_array(rng, 0)
            v = (np.arange(int(np.prod(vshape))) * 1.25 + 1).astype(rng.choice(["float64", "int16", "bool"])).reshape(vshape)
            a2 = a.copy(); m2 = to_mn(a2)
            r1, r2 = err_same(lambda: ix.setitem(m2, conv_index(t), to_mn(v)), lambda: a2.__setitem__(t, v), "setitem %r %r %r" % (a.shape, t, vshape))
            same(m2, a2, "after setitem %r %r" % (a.shape, t))
        else:
            # view then reshape/transpose
            if a.ndim == 0:
                a1 = a; m1 = m
            elif rng.random() < 0.5:
                axes = list(range(a.ndim)); rng.shuffle(axes)
                a1 = a.transpose(axes); m1 = mp.transpose(m, axes)
            else:
                t = tuple(slice(None, None, rng.choice([1, -1, 2])) for _ in range(a.ndim))
                a1 = a[t]; m1 = ix.getitem(m, conv_index(t))
            same(m1, a1, "view", a)
            size = a1.size
            divs = [d for d in range(1, size + 1) if size % d == 0] or [1]
            d = rng.choice(divs)
            shp = [d, size // d] if rng.random() < 0.6 else [size]
            if rng.random() < 0.3:
                shp = [1] + shp + [1]
            if rng.random() < 0.2:
                shp[0] = -1
            order = rng.choice(["C", "F"])
            r1, r2 = err_same(lambda: mp.reshape(m1, list(shp), order), lambda: a1.reshape(shp, order=order), "reshape")
            if r2 is not None:
                same(r1, r2, "reshape %r->%r %s strides %r" % (a1.shape, shp, order, a1.strides), a)
            same(mp.ravel(m1, "C"), a1.ravel(), "ravel", a)
            same(mp.flatten(m1, "C"), a1.flatten(), "flatten", a)
            same(mp.squeeze(m1, [], True), a1.squeeze(), "squeeze", a)
            if a1.ndim >= 1:
                same(mp.concatenate([m1, m1], 0), np.concatenate([a1, a1], 0), "concat", None, False)
                b = a1.astype(rng.choice(["int8", "float32", "uint32", "bool"]))
                same(mp.concatenate([m1, to_mn(b)], -1), np.concatenate([a1, b], -1), "concat2", None, False)
                same(mp.stack([m1, to_mn(b)], 0), np.stack([a1, b], 0), "stack", None, False)


fixed()
random_cases(12000)
print("check_indexing: %d passed, %d failed" % (passes, fails))
sys.exit(1 if fails else 0)
