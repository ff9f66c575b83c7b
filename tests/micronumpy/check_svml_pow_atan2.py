"""Check micronumpy.svml_pow_atan2 (float32 np.arctan2 / np.power, SVML
lanes) bit for bit against the installed NumPy. Standalone; seeded; exits 1
on a mismatch in a part declared bit-exact:
- atan2_f32: everything;
- pow_f32: the SVML vector path (x > 0 finite, y finite, |y*log2 x| <=
  125.5) and every special value (zero/inf/nan inputs or results); the other
  callout lanes (negative bases, overflow/subnormal results) are reported,
  not failed (the callout is approximated by the correctly rounded result).
Skips (exit 0) when NumPy does not use the SVML path (no AVX512_SKX)."""

import math
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "stdlib"))

import numpy as np  # noqa: E402

from micronumpy.svml_pow_atan2 import atan2_f32, pow_f32  # noqa: E402

F32 = np.float32
U32 = np.uint32


def bits(a: "np.ndarray") -> "np.ndarray":
    return np.ascontiguousarray(a, dtype=F32).view(U32)


def uses_svml() -> bool:
    feats = np.show_runtime  # noqa: F841  (only to be sure numpy is real)
    from numpy._core._multiarray_umath import __cpu_features__ as cf
    return bool(cf.get("AVX512_SKX", False))


def special_f32() -> "np.ndarray":
    v = [0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 2.0, -2.0,
         0.5, -0.5, 3.0, -3.0, 1e-45, -1e-45, 1.1754942e-38, 1.1754944e-38,
         2.3509887e-38, 2.3509889e-38, 1.0633823e37, 1.0633825e37,
         3.4028235e38, -3.4028235e38, 5.877472e-39, 1e-40, 0.3, 0.1, 10.0,
         1.0000001, 0.99999994, 127.0, 128.0, 129.0, 16777216.0, 16777217.0,
         -7.0, 0.75, 1.5]
    a = np.array(v, dtype=F32)
    sn = np.array([0x7fa00000, 0xffa12345, 0x7fc12345, 0xffc00001], dtype=U32).view(F32)
    return np.concatenate([a, sn])


def around(v: float, n: int) -> "np.ndarray":
    b = np.array([v], dtype=F32).view(U32).astype(np.int64)[0]
    r = np.arange(b - n, b + n + 1, dtype=np.int64)
    r = r[(r >= 0) & (r < 0x7f800000)]
    return r.astype(U32).view(F32)


def compare(name: str, fn: "object", a1: "np.ndarray", a2: "np.ndarray",
            ref: "np.ndarray", filt: "np.ndarray | None") -> "tuple[int, int, list[str]]":
    rb = bits(ref)
    bad = 0
    total = 0
    ex: list[str] = []
    for i in range(a1.size):
        if filt is not None and not filt[i]:
            continue
        total += 1
        got = fn(float(a1[i]), float(a2[i]))  # type: ignore[operator]
        gb = np.array([got], dtype=F32).view(U32)[0]
        if gb != rb[i]:
            bad += 1
            if len(ex) < 8:
                ex.append("  %s(%r, %r): got %r (%08x) numpy %r (%08x)" % (
                    name, a1[i], a2[i], got, gb, float(ref[i]), rb[i]))
    return total, bad, ex


def gen_mixed(rng: "np.random.Generator", n: int) -> "np.ndarray":
    k = rng.integers(0, 6, n)
    rbits = rng.integers(0, 2 ** 32, n, dtype=np.uint64).astype(U32).view(F32)
    with np.errstate(all="ignore"):
        out = np.where(k == 0, rbits, F32(0))
        out = np.where(k == 1, (rng.standard_normal(n) * np.exp(rng.uniform(-104, -80, n))).astype(F32), out)
        out = np.where(k == 2, (rng.standard_normal(n) * np.exp(rng.uniform(80, 89, n))).astype(F32), out)
        out = np.where(k == 3, rng.choice(special_f32(), n), out)
        out = np.where(k == 4, (rng.standard_normal(n) * np.exp(rng.uniform(-20, 20, n))).astype(F32), out)
        out = np.where(k == 5, (rng.standard_normal(n) * np.exp(rng.uniform(-89, 89, n))).astype(F32), out)
    return out.astype(F32)


def main() -> int:
    t0 = time.time()
    if not uses_svml():
        print("skip: NumPy does not use the SVML (AVX512_SKX) loops on this CPU")
        return 0
    rng = np.random.default_rng(20261207)
    failed = False
    np.seterr(all="ignore")

    # ------------------------------------------------------------- atan2
    sp = special_f32()
    bnd = np.concatenate([around(2.0 ** -125, 40), around(2.0 ** 123, 40), around(2.0 ** -126, 20),
                          around(1.0, 40), sp])
    gy, gx = np.meshgrid(bnd, bnd)
    ys = [gy.ravel().astype(F32), gen_mixed(rng, 20000),
          (rng.standard_normal(15000) * np.exp(rng.uniform(-20, 20, 15000))).astype(F32)]
    xs = [gx.ravel().astype(F32), gen_mixed(rng, 20000),
          (rng.standard_normal(15000) * np.exp(rng.uniform(-20, 20, 15000))).astype(F32)]
    yv = np.concatenate(ys)
    xv = np.concatenate(xs)
    # examples from the brief
    yv = np.concatenate([yv, np.array([0.1, 0.5, 2, 3, 1, 4, 9], F32)])
    xv = np.concatenate([xv, np.array([1, 1, 1, 1, 1, 1, 1], F32)])
    ref = np.arctan2(yv, xv)
    tot, bad, ex = compare("atan2_f32", atan2_f32, yv, xv, ref, None)
    print("atan2_f32: %d inputs, %d mismatches" % (tot, bad))
    for e in ex:
        print(e)
    if bad:
        failed = True

    # --------------------------------------------------------------- pow
    n = 30000
    xm = np.concatenate([np.exp(rng.uniform(-30, 30, n)).astype(F32),
                         rng.uniform(0, 4, 5000).astype(F32),
                         np.array([0.3, 0.3, 2.0, 10.0], F32),
                         rng.integers(1, 2 ** 23, 2000).astype(U32).view(F32)])   # subnormal bases
    ym = np.concatenate([(rng.standard_normal(n) * np.exp(rng.uniform(-6, 3, n))).astype(F32),
                         rng.integers(-30, 30, 5000).astype(F32),
                         np.array([3.0, 2.0, 0.5, -1.0], F32),
                         rng.uniform(-0.9, 0.9, 2000).astype(F32)])
    # callout domain: negative bases (integer/non-integer exponents), specials,
    # overflow/underflow and subnormal results
    nb = 8000
    xr = np.concatenate([-np.exp(rng.uniform(-10, 10, nb)).astype(F32),
                         -np.exp(rng.uniform(-3, 3, 2000)).astype(F32),
                         np.exp(rng.uniform(-60, 60, nb)).astype(F32),
                         gen_mixed(rng, 6000)])
    yr = np.concatenate([rng.integers(-40, 40, nb).astype(F32),
                         rng.uniform(-5, 5, 2000).astype(F32),
                         (rng.standard_normal(nb) * rng.uniform(1, 200, nb)).astype(F32),
                         gen_mixed(rng, 6000)])
    spx, spy = np.meshgrid(sp, sp)
    xp = np.concatenate([xm, xr, spx.ravel().astype(F32)])
    yp = np.concatenate([ym, yr, spy.ravel().astype(F32)])
    ref = np.power(xp, yp)
    with np.errstate(all="ignore"):
        z = yp.astype(np.float64) * np.log2(xp.astype(np.float64))
    vec = (xp > 0) & np.isfinite(xp) & np.isfinite(yp) & (np.abs(z) <= 125.4)
    special = (~np.isfinite(xp)) | (~np.isfinite(yp)) | (xp == 0) | (yp == 0) | (~np.isfinite(ref)) | (ref == 0)
    special = special | ((xp < 0) & (yp != np.floor(yp)))
    rest = ~vec & ~special
    tot, bad, ex = compare("pow_f32", pow_f32, xp, yp, ref, vec)
    print("pow_f32 SVML vector path: %d inputs, %d mismatches" % (tot, bad))
    for e in ex:
        print(e)
    if bad:
        failed = True
    tot, bad, ex = compare("pow_f32", pow_f32, xp, yp, ref, special)
    print("pow_f32 special values (zero/inf/nan operands or results): %d inputs, %d mismatches" % (tot, bad))
    for e in ex:
        print(e)
    if bad:
        failed = True
    tot, bad, ex = compare("pow_f32", pow_f32, xp, yp, ref, rest)
    print("pow_f32 other callout lanes (approximated, not failed): %d inputs, %d mismatches" % (tot, bad))
    for e in ex[:4]:
        print(e)

    # ------------------------------------------------ element-wise / strides
    a = gen_mixed(rng, 1000)
    b = gen_mixed(rng, 1000)
    pa = np.exp(rng.uniform(-5, 5, 1000)).astype(F32)
    pb = rng.uniform(-4, 4, 1000).astype(F32)
    lay_bad = 0
    for fname, f, u, v in [("arctan2", np.arctan2, a, b), ("power", np.power, pa, pb)]:
        full = bits(f(u, v))
        for k in (1, 3, 7, 15, 16, 17, 33):
            if (bits(f(u[:k], v[:k])) != full[:k]).any():
                lay_bad += 1
        if (bits(f(u[5:], v[5:])) != full[5:]).any():
            lay_bad += 1
        single = np.array([bits(f(u[i:i + 1], v[i:i + 1]))[0] for i in range(0, 1000, 37)])
        if (single != full[0:1000:37]).any():
            lay_bad += 1
        if (bits(f(u[::3], v[::3])) != full[::3]).any():
            lay_bad += 1
        u2 = np.repeat(u, 2)[::2]
        if (bits(f(u2, v)) != full).any():
            lay_bad += 1
        m2 = f(u.reshape(20, 50)[:, ::-1], v.reshape(20, 50)[:, ::-1])
        if (bits(m2).ravel() != full.reshape(20, 50)[:, ::-1].ravel()).any():
            lay_bad += 1
    print("layout independence (prefixes, offsets, single elements, strides, 2-D reversed): %d failures"
          % lay_bad)
    if lay_bad:
        failed = True
    # 1-D negative strides: NumPy falls back to libm (glibc powf/atan2f)
    rv_at = bits(np.arctan2(a[::-1], b[::-1]))[::-1]
    rv_pw = bits(np.power(pa[::-1], pb[::-1]))[::-1]
    d_at = int((rv_at != bits(np.arctan2(a, b))).sum())
    d_pw = int((rv_pw != bits(np.power(pa, pb))).sum())
    print("1-D reversed operands (libm fallback): arctan2 differs from SVML on %d/1000, power on %d/1000"
          % (d_at, d_pw))
    print("time %.1f s" % (time.time() - t0))
    if failed:
        print("FAIL")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
