"""Differential check of micronumpy.casting (and creation.copy_into /
store_float / store_int) against NumPy: all 11x11 dtype pairs on edge and
seeded random values, contiguous arrays of every length mod 4, strided,
2-D, F-order and broadcast sources, astype. Bit-exact (bytes) compare."""
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'stdlib'))
import warnings
import numpy as np
from micronumpy import dtypes, casting, creation
from micronumpy.ndarray import NDArray, empty, c_order_offsets
from rpy.rarray import RawStorage

warnings.simplefilter("ignore")

NP_OF = {
    "bool": np.bool_, "int8": np.int8, "uint8": np.uint8, "int16": np.int16,
    "uint16": np.uint16, "int32": np.int32, "uint32": np.uint32, "int64": np.int64,
    "uint64": np.uint64, "float32": np.float32, "float64": np.float64,
    "float16": np.float16,
}
MN_OF = {d.name: d for d in dtypes.ALL_DTYPES}


def mn_from_np(a):
    """An NDArray with the same dtype, shape, strides and bytes as numpy
    array a (a view of a contiguous base when a is a view)."""
    dt = MN_OF[a.dtype.name]
    # walk to the memory block owner; share its bytes at the same offsets
    root = a
    while root.base is not None and isinstance(root.base, np.ndarray):
        root = root.base
    root_addr = root.__array_interface__['data'][0]
    addr = a.__array_interface__['data'][0]
    nbytes = root.nbytes
    st = RawStorage(nbytes)
    if not root.flags.c_contiguous:
        raise ValueError("test helper: root must be C-contiguous")
    st._buf[:] = root.tobytes()
    return NDArray(st, dt, list(a.shape), list(a.strides), addr - root_addr, None)


def mn_bytes(a):
    """Element bytes of an NDArray in C order."""
    isz = a.dtype.itemsize
    buf = a.storage._buf
    return b"".join(bytes(buf[o:o + isz]) for o in c_order_offsets(a))


def np_bytes(a):
    return np.ascontiguousarray(a).tobytes()


def np_to_list_text(a):
    return repr(np.ascontiguousarray(a).ravel().tolist()[:8])


FLOAT_EDGES = [np.nan, -np.nan, np.inf, -np.inf, 0.0, -0.0, 0.5, -0.5, 0.49999999999999994, 1.0, -1.0,
               1.5, -1.5, 2.5, 127.0, 127.5, 128.0, -128.0, -128.5, -129.0, 255.0, 255.5, 256.0,
               -255.0, 32767.0, 32767.9, 32768.0, -32768.5, -32769.0, 65535.9, 65536.0, -65536.0,
               2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0, -2147483648.5,
               -2147483649.0, 4294967295.0, 4294967295.5, 4294967296.0, 3e9, 5e9, -3e9, -5e9,
               2.0 ** 53, 2.0 ** 53 + 2, 9.2233720368547748e18, 2.0 ** 63, -2.0 ** 63,
               -9.2233720368547779e18, 1.8446744073709550e19, 2.0 ** 64, 1e20, -1e20, 1e300,
               -1e300, 5e-324, 1e-310, 1.17549435e-38, 1.4e-45, 7e-46, 3.4028234663852886e38,
               3.4028235677973366e38, 3.5e38, 16777217.0, 1.0000000596046448, 0.1]
INT_EDGES = [0, 1, -1, 2, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, 65535, 65536,
             2 ** 31 - 1, 2 ** 31, -2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 24 + 1, 2 ** 24 + 3,
             2 ** 53 + 1, 2 ** 60 + 2 ** 36 + 1, 2 ** 63 - 1, -2 ** 63, -2 ** 63 + 1,
             2 ** 62 + 2 ** 38, 2 ** 62 + 2 ** 38 + 1, 123456789, -987654321]


def edge_array(dtname, rng):
    npdt = NP_OF[dtname]
    if dtname == "bool":
        vals = np.array([True, False, True, True, False], dtype=np.bool_)
    elif dtname.startswith("float"):
        vals = np.array(FLOAT_EDGES, dtype=np.float64).astype(npdt)
    else:
        info = np.iinfo(npdt)
        vs = [v for v in INT_EDGES]
        vals = np.array([int(v) % (1 << info.bits) for v in vs], dtype=np.uint64).view(np.int64)
        vals = vals.astype(npdt) if npdt is not np.uint64 else vals.view(np.uint64)
        vals = np.concatenate([vals, np.array([info.min, info.max, info.max - 1, info.min + 1], dtype=npdt)])
    return vals


def random_array(dtname, rng, n):
    npdt = NP_OF[dtname]
    if dtname == "bool":
        return rng.integers(0, 2, n).astype(np.bool_)
    if dtname.startswith("float"):
        kind = rng.integers(0, 3)
        if kind == 0:
            x = rng.standard_normal(n) * 10.0 ** rng.uniform(-3, 21, n)
        elif kind == 1:
            x = rng.uniform(-3e9, 5e9, n)
        else:
            x = np.round(rng.uniform(-300, 70000, n) * 2) / 2
        return x.astype(npdt)
    bits = rng.integers(0, 2 ** 63, n, dtype=np.int64) * rng.choice([1, -1], n)
    sh = rng.integers(0, 63, n)
    x = (bits >> sh).astype(np.int64)
    return x.view(np.uint64).astype(npdt) if npdt is np.uint64 else x.astype(npdt)


class Stats:
    def __init__(self):
        self.ok = 0
        self.bad = 0
        self.shown = 0

    def check(self, label, got, want):
        if got == want:
            self.ok += 1
        else:
            self.bad += 1
            if self.shown < 30:
                self.shown += 1
                print("MISMATCH", label)
                print("   got ", got)
                print("   want", want)


def cmp_arrays(stats, label, got_mn, want_np):
    if got_mn.dtype.name != want_np.dtype.name or list(got_mn.shape) != list(want_np.shape):
        stats.check(label + " dtype/shape", (got_mn.dtype.name, got_mn.shape),
                    (want_np.dtype.name, list(want_np.shape)))
        return
    gb = mn_bytes(got_mn)
    wb = np_bytes(want_np)
    if gb == wb:
        stats.ok += 1
        return
    g = np.frombuffer(gb, dtype=want_np.dtype)
    w = np.ascontiguousarray(want_np).ravel()
    diff = [i for i in range(len(w)) if g[i:i + 1].tobytes() != w[i:i + 1].tobytes()]
    stats.check(label, [g[i] for i in diff[:5]], [w[i] for i in diff[:5]])


def main():
    rng = np.random.default_rng(20261207)
    stats = Stats()
    names = [d.name for d in dtypes.ALL_DTYPES]
    for sname in names:
        for dname in names:
            srcs = [edge_array(sname, rng)]
            for n in (1, 2, 3, 4, 5, 7, 8, 13, 64, 67):
                srcs.append(random_array(sname, rng, n))
            # long edge array (SIMD path) and edge values one by one
            e = edge_array(sname, rng)
            srcs.append(np.concatenate([e, e, e[:3]]))
            for k in range(len(e)):
                srcs.append(e[k:k + 1])
            for src in srcs:
                want = src.astype(NP_OF[dname])
                got = casting.astype(mn_from_np(src), MN_OF[dname])
                cmp_arrays(stats, "astype %s->%s %s" % (sname, dname, np_to_list_text(src)), got, want)
            # strided, 2-D, F-order, sliced rows, 0-d, broadcast into a contiguous dst
            base = np.concatenate([e, random_array(sname, rng, 60)])
            views = [base[::2], base[1::3], base[:48].reshape(6, 8), base[:48].reshape(6, 8).T,
                     base[:60].reshape(6, 10)[:, :5], base[:60].reshape(6, 10)[:, 1:8],
                     base[:60].reshape(5, 12)[::2, ::3], base[3:4].reshape(()),
                     base[:30].reshape(3, 10)[:, ::-1]]
            for v in views:
                want = v.astype(NP_OF[dname])
                got = casting.astype(mn_from_np(v), MN_OF[dname])
                cmp_arrays(stats, "astype view %s->%s %s %s" % (sname, dname, v.shape, v.strides), got, want)
                if got.strides != list(want.strides):
                    stats.check("astype strides %s->%s %s" % (sname, dname, v.shape), got.strides, list(want.strides))
                else:
                    stats.ok += 1
            # cast_into with broadcasting and non-contiguous destinations
            for (dshape, sshape, dslice) in [((5, 7), (7,), None), ((4, 6), (4, 1), None), ((9,), (), None),
                                             ((3, 8), (8,), None), ((6,), (6,), "strided")]:
                n_s = int(np.prod(sshape)) if sshape else 1
                s_np = np.concatenate([e, e])[:n_s].reshape(sshape)
                if dslice == "strided":
                    dbase = np.zeros(12, dtype=NP_OF[dname])
                    d_np = dbase[::2]
                else:
                    dbase = np.zeros(dshape, dtype=NP_OF[dname])
                    d_np = dbase
                d_mn = mn_from_np(d_np)
                np.copyto(d_np, s_np, casting="unsafe")
                casting.cast_into(d_mn, mn_from_np(s_np))
                cmp_arrays(stats, "cast_into %s->%s %s<-%s %s" % (sname, dname, dshape, sshape, dslice), d_mn, d_np)
            # creation.copy_into (same path) and scalar stores
            d_np = np.zeros(len(e), dtype=NP_OF[dname])
            d_mn = mn_from_np(d_np)
            d_np[...] = e
            creation.copy_into(d_mn, mn_from_np(e))
            cmp_arrays(stats, "copy_into %s->%s" % (sname, dname), d_mn, d_np)
            for k in range(len(e)):
                one = np.full(3, e[k], dtype=NP_OF[dname])
                m = empty([3], MN_OF[dname])
                for j in range(3):
                    if sname.startswith("float"):
                        creation.store_float(m, j * m.dtype.itemsize, float(e[k]))
                    elif sname == "uint64" and dname.startswith("float"):
                        continue
                    else:
                        creation.store_int(m, j * m.dtype.itemsize, int(e[k]) if sname != "uint64" else int(e[k:k + 1].view(np.int64)[0]))
                if sname == "uint64" and dname.startswith("float"):
                    continue
                cmp_arrays(stats, "store %s(%r)->%s" % (sname, e[k], dname), m, one)
    # broadcast error message
    try:
        casting.cast_into(empty([3], dtypes.INT8), empty([4], dtypes.INT8))
        stats.check("broadcast error", "no error", "ValueError")
    except ValueError as ex:
        try:
            np.copyto(np.zeros(3, np.int8), np.zeros(4, np.int8))
        except ValueError as ex2:
            stats.check("broadcast error", str(ex), str(ex2))
    print("check_casting: %d passed, %d failed" % (stats.ok, stats.bad))
    return 1 if stats.bad else 0


if __name__ == "__main__":
    sys.exit(main())
