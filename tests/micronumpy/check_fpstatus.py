"""Seeded differential check of micronumpy's floating-point warnings.

For every binary ufunc and dtype pair (and weak Python operands), every
unary ufunc, every cast (astype) and NumPy-scalar operator, on arrays of
edge values (0, -0, inf, nan, huge, dtype limits) and random ones, the
RuntimeWarnings micronumpy reports (fpstatus) must be NumPy's, message for
message and in order. Cases where either side raises are skipped
(counted). Exit status 1 on any mismatch.
"""

import operator
import os
import random
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "stdlib"))

import numpy as np  # noqa: E402
from check_binops import NP_TYPES, MN_TYPES, values_for, to_mn  # noqa: E402
from micronumpy import binops, unary, casting, fpstatus  # noqa: E402


class Recorder(fpstatus.WarningSink):
    def __init__(self):
        self.messages = []

    def warn(self, message):
        self.messages.append(message)


REC = Recorder()
fpstatus.STATUS.sink = REC


def numpy_warnings(fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            fn()
        except Exception:
            return None
    return [str(x.message) for x in w if issubclass(x.category, RuntimeWarning)]


def mn_warnings(fn):
    REC.messages = []
    try:
        fn()
    except NotImplementedError:
        return None
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, IndexError):
        return None
    return list(REC.messages)


OPS = {"add": operator.add, "subtract": operator.sub, "multiply": operator.mul,
       "divide": operator.truediv, "floor_divide": operator.floordiv,
       "remainder": operator.mod, "power": operator.pow}


class Stats:
    def __init__(self):
        self.ok = 0
        self.warned = 0
        self.skipped = 0
        self.bad = 0

    def compare(self, label, want, got):
        if want is None or got is None:
            self.skipped += 1
            return
        if want == got:
            self.ok += 1
            if want:
                self.warned += 1
            return
        self.bad += 1
        if self.bad <= int(os.environ.get("SHOW", "20")):
            print("MISMATCH", label, "numpy", want, "micronumpy", got)


def main():
    rng = random.Random(int(os.environ.get("SEED", "20261207")))
    st = Stats()
    weak_vals = {int: [0, 1, -1, 2, 300], float: [0.0, -0.0, 0.5, 2.0, 1e300, float("inf"),
                                                  float("nan"), -1.0], bool: [True, False]}
    for name in binops.BINARY_NAMES:
        uf = getattr(np, name)
        for ta in NP_TYPES + [int, float]:
            for tb in NP_TYPES + [int, float]:
                if ta in (int, float) and tb in (int, float):
                    continue
                for _ in range(3):
                    args = []
                    for t in (ta, tb):
                        if t in weak_vals:
                            args.append(rng.choice(weak_vals[t]))
                        else:
                            args.append(np.array(values_for(t, rng, 6), dtype=t))
                    want = numpy_warnings(lambda: uf(args[0], args[1]))
                    got = mn_warnings(lambda: binops.binary(name, to_mn(args[0]),
                                                            to_mn(args[1]), None, None))
                    st.compare(name + str((ta.__name__, tb.__name__, args)), want, got)
    for name, opf in OPS.items():
        for ta in NP_TYPES:
            for tb in NP_TYPES + [int, float]:
                for _ in range(3):
                    x = np.array(values_for(ta, rng, 1), dtype=ta)[0]
                    if tb in weak_vals:
                        y = rng.choice(weak_vals[tb])
                        my = to_mn(y)
                    else:
                        y = np.array(values_for(tb, rng, 1), dtype=tb)[0]
                        my = to_mn(np.array(y))
                    mx = to_mn(np.array(x))
                    want = numpy_warnings(lambda: opf(x, y))
                    if binops.uses_scalar_math(mx.dtype, my):
                        got = mn_warnings(lambda: binops.scalar_binary(name, mx, my))
                    else:
                        got = mn_warnings(lambda: binops.binary(name, mx, my, None, None))
                    st.compare("scalar " + name + repr((x, y)), want, got)
    for name in unary.UNARY_NAMES:
        uf = getattr(np, name)
        for t in NP_TYPES:
            for _ in range(3):
                a = np.array(values_for(t, rng, 6), dtype=t)
                want = numpy_warnings(lambda: uf(a))
                got = mn_warnings(lambda: unary.unary(name, to_mn(a), None, None))
                st.compare(name + repr(a), want, got)
    for name, opf in (("negative", operator.neg), ("absolute", abs)):
        for t in NP_TYPES[1:]:
            for v in values_for(t, rng, 8):
                x = np.array([v], dtype=t)[0]
                want = numpy_warnings(lambda: opf(x))
                got = mn_warnings(lambda: unary.scalar_unary(name, to_mn(np.array(x))))
                st.compare("scalar " + name + repr(x), want, got)
    for ts in NP_TYPES:
        for i, td in enumerate(NP_TYPES):
            for _ in range(3):
                a = np.array(values_for(ts, rng, 6) + ([3e9, -3e9, 1e19, -1e19, 4.5e9, 1e39]
                                                       if ts in (np.float32, np.float64)
                                                       else []), dtype=ts)
                want = numpy_warnings(lambda: a.astype(td))
                got = mn_warnings(lambda: casting.astype(to_mn(a), MN_TYPES[i]))
                st.compare("astype " + repr((a, td)), want, got)
    print("check_fpstatus: %d cases agree (%d with warnings), %d skipped (either side "
          "raised), %d mismatches" % (st.ok, st.warned, st.skipped, st.bad))
    return 1 if st.bad else 0


if __name__ == "__main__":
    sys.exit(main())
