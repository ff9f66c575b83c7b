"""Checker for micronumpy.svml_log10_tan: bit-exact float32 np.log10 / np.tan
(NumPy 2.4.6, SVML on X86_V4) on seeded random and special inputs.

Prints per-function counts; exits 1 on any mismatch. Skips (exit 0) when
NumPy on this machine does not take the SVML path (detected by probing
known inputs whose SVML and glibc results differ).
"""

import os
import random
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "stdlib"))

import numpy as np  # noqa: E402

from micronumpy.svml_log10_tan import (log10_f32, tan_f32, rcp14_f32,  # noqa: E402
                                       log10_f32_glibc, tan_f32_glibc)

SEED = 20261207
N_RANDOM = 24000


def f32_from_bits(bits: "list[int]") -> np.ndarray:
    return np.array(bits, dtype=np.uint32).view(np.float32)


def special_inputs() -> "list[int]":
    out = [0x00000000, 0x80000000, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000,
           0x7FA00000, 0xFF812345, 0x7F800001, 0x7FFFFFFF, 0x00000001, 0x80000001,
           0x007FFFFF, 0x807FFFFF, 0x00800000, 0x80800000, 0x7F7FFFFF, 0xFF7FFFFF,
           0x3F800000, 0xBF800000, 0x3F7FFFFF, 0x3F800001]
    return out


def near(vals: "list[float]", k: int) -> "list[int]":
    """k float32 neighbours either side of each value."""
    res = []
    for v in vals:
        b = int(np.float32(v).view(np.uint32))
        for d in range(-k, k + 1):
            nb = b + d
            if 0 <= nb <= 0xFFFFFFFF:
                res.append(nb)
    return res


def compare(name, fn, bits: "list[int]", reverse: bool = False) -> int:
    """reverse: NumPy on a reversed 1-D view (negative stride: glibc path)."""
    x = f32_from_bits(bits)
    with np.errstate(all="ignore"):
        if reverse:
            want = fn[0](x[::-1])[::-1].view(np.uint32)
        else:
            want = fn[0](x).view(np.uint32)
    mism = 0
    got_arr = np.array([fn[1](float(v)) for v in x.tolist()], dtype=np.float32).view(np.uint32)
    bad = np.nonzero(got_arr != want)[0]
    mism = len(bad)
    for i in bad[:8]:
        print("  %s mismatch x=%08x (%r): numpy %08x ours %08x"
              % (name, bits[i], float(x[i]), int(want[i]), int(got_arr[i])))
    return mism


def svml_active() -> bool:
    x = np.float32([3.0, 2.0])
    return (np.log10(x[:1]).view(np.uint32)[0] == np.float32(0.4771213).view(np.uint32)
            and np.tan(x[1:]).view(np.uint32)[0] == np.float32(-2.18504).view(np.uint32))


def layout_checks(rng: random.Random) -> int:
    """Element-wise results: same for every vector position/length/stride
    that keeps the SVML path; 1-D negative strides use glibc (reported)."""
    bits = [rng.getrandbits(32) for _ in range(997)]
    x = f32_from_bits(bits)
    bad = 0
    with np.errstate(all="ignore"):
        for f in (np.log10, np.tan):
            full = f(x).view(np.uint32)
            for n in (1, 3, 15, 16, 17, 31, 33):
                for start in (0, 5):
                    part = f(x[start:start + n]).view(np.uint32)
                    if not np.array_equal(part, full[start:start + n]):
                        bad += 1
            st = f(x[::3]).view(np.uint32)
            if not np.array_equal(st, full[::3]):
                bad += 1
            m = x[:990].reshape(30, 33)
            if not np.array_equal(f(m[:, ::-1]).view(np.uint32), full[:990].reshape(30, 33)[:, ::-1]):
                bad += 1
            one = np.array([f(np.float32(v)) for v in x[:50]], dtype=np.float32).view(np.uint32)
            if not np.array_equal(one, full[:50]):
                bad += 1
            g = (log10_f32_glibc if f is np.log10 else tan_f32_glibc)
            gl = np.array([g(v) for v in x.tolist()], dtype=np.float32).view(np.uint32)
            rev = f(x[::-1]).view(np.uint32)[::-1]
            o = np.empty_like(x)
            f(x, out=o[::-1])
            y = x.copy()
            f(y[1:], out=y[:-1])                    # overlapping, not copied by NumPy
            if not (np.array_equal(rev, gl) and np.array_equal(o[::-1].view(np.uint32), gl)
                    and np.array_equal(y[:-1].view(np.uint32), gl[1:])):
                bad += 1
            y = x.copy()
            f(y, out=y)                             # in place: SVML
            if not np.array_equal(y.view(np.uint32), full):
                bad += 1
            print("  %s: glibc path (1-D reversed in/out, overlap) differs from SVML in %d of %d elements"
                  % (f.__name__, int(np.count_nonzero(gl != full)), len(bits)))
    return bad


def main() -> int:
    t0 = time.time()
    rng = random.Random(SEED)
    if not svml_active():
        # no X86_V4: NumPy calls glibc for every element
        bits = special_inputs() + [rng.getrandbits(32) for _ in range(20000)]
        m = compare("log10 glibc", (np.log10, log10_f32_glibc), bits)
        m += compare("tan glibc", (np.tan, tan_f32_glibc), bits)
        print("NumPy does not use SVML here; glibc emulations on %d inputs each: %d mismatches"
              % (len(bits), m))
        return 1 if m else 0
    failures = 0

    # rcp14 reference vs a few exact properties (the instruction itself was
    # checked exhaustively in C; here: relative error < 2**-14)
    worst = 0.0
    for _ in range(2000):
        d = float(np.float32(rng.uniform(0.5, 1e6)))
        e = abs(rcp14_f32(d) * d - 1.0)
        worst = max(worst, e)
    if worst >= 2.0 ** -14:
        print("rcp14 error bound violated:", worst)
        failures += 1

    # ---- log10
    lb = special_inputs()
    lb += [rng.getrandbits(32) for _ in range(N_RANDOM // 2)]
    lb += [int(v) for v in np.float32([rng.uniform(0.0, 4.0) for _ in range(N_RANDOM // 4)]).view(np.uint32)]
    lb += [int(v) for v in np.float32([10.0 ** rng.uniform(-45, 38.5) for _ in range(N_RANDOM // 4)]).view(np.uint32)]
    lb += [rng.randrange(1, 0x800000) for _ in range(500)]                    # subnormals
    lb += [rng.randrange(1, 0x800000) | 0x80000000 for _ in range(100)]
    lb += near([1.0, 0.75, 1.5, 10.0, 100.0, 0.1] + [1.0 + i / 16.0 for i in range(8)]
               + [0.75 + i / 32.0 for i in range(8)], 60)
    lb += near([10.0 ** k for k in range(-38, 39)], 3)
    m = compare("log10", (np.log10, log10_f32), lb)
    print("log10_f32: %d inputs, %d mismatches" % (len(lb), m))
    failures += m

    # ---- tan
    tb = special_inputs()
    tb += [rng.getrandbits(32) for _ in range(N_RANDOM // 3)]
    tb += [int(v) for v in np.float32([rng.uniform(-10.0, 10.0) for _ in range(N_RANDOM // 4)]).view(np.uint32)]
    tb += [int(v) for v in np.float32([rng.uniform(-8300.0, 8300.0) for _ in range(N_RANDOM // 8)]).view(np.uint32)]
    tb += [int(v) for v in np.float32([rng.choice((-1, 1)) * 10.0 ** rng.uniform(3.9, 38.5)
                                      for _ in range(N_RANDOM // 4)]).view(np.uint32)]   # huge
    tb += [int(v) for v in np.float32([10.0 ** rng.uniform(-45, 0) for _ in range(N_RANDOM // 16)]).view(np.uint32)]
    tb += [rng.randrange(1, 0x800000) | rng.choice((0, 0x80000000)) for _ in range(300)]
    # near multiples of pi/2 and pi/32, and the big-path threshold 8256
    tb += near([k * 3.141592653589793 / 2 for k in range(-40, 41)], 4)
    tb += near([(k + 0.5) * 3.141592653589793 / 32 for k in range(0, 64)], 2)
    tb += near([8256.0, -8256.0, 2.0 ** -20, 102.0, 1e5, 1e10, 3.4e38], 40)
    tb += near([float(np.float32(np.pi / 2)) * k for k in (1, 3, 5, 1001, 100001)], 3)
    m = compare("tan", (np.tan, tan_f32), tb)
    print("tan_f32: %d inputs, %d mismatches" % (len(tb), m))
    failures += m

    # ---- glibc fallbacks (1-D negative strides / overlapping out)
    gb = lb[:12000] + [int(v) for v in np.float32([rng.uniform(0.0, 4.0) for _ in range(3000)]).view(np.uint32)]
    m = compare("log10 glibc", (np.log10, log10_f32_glibc), gb, True)
    print("log10_f32_glibc: %d inputs, %d mismatches" % (len(gb), m))
    failures += m
    gb = tb[:12000] + [int(v) for v in np.float32([rng.uniform(-130.0, 130.0) for _ in range(4000)]).view(np.uint32)]
    gb += near([k * 3.141592653589793 / 4 for k in range(-160, 161)], 3) + near([0.6743354797363281, 120.0, -120.0], 20)
    m = compare("tan glibc", (np.tan, tan_f32_glibc), gb, True)
    print("tan_f32_glibc: %d inputs, %d mismatches" % (len(gb), m))
    failures += m

    lay = layout_checks(rng)
    print("layout checks (positions/lengths/strides/2-D reversed/scalars): %d failures" % lay)
    failures += lay
    print("total mismatches: %d (%.1f s)" % (failures, time.time() - t0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
