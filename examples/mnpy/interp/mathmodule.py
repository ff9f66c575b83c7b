"""The `math` module of mnpy."""

import math

from rpy.rarithmetic import MAXINT
from interp import objects
from interp import builtins
from interp.objects import (
    W_Root, W_Int, W_Bool, W_Float, W_Module, oefmt, bool_w,
    w_TypeError, w_ValueError, w_OverflowError, BuiltinFn,
)
from interp.argutil import no_kw, int_arg


def _count(fname: str, args: list[W_Root], n: int) -> None:
    if len(args) != n:
        if n == 1:
            raise oefmt(w_TypeError, "math." + fname + "() takes exactly one argument (" +
                        str(len(args)) + " given)")
        raise oefmt(w_TypeError, fname + " expected " + str(n) + " arguments, got " +
                    str(len(args)))


def _f(w: W_Root) -> float:
    if isinstance(w, W_Float):
        return w.floatval
    if isinstance(w, W_Int):
        return float(w.intval)
    return w.to_float()


def _domain() -> objects.OperationError:
    return oefmt(w_ValueError, "math domain error")


def _range() -> objects.OperationError:
    return oefmt(w_OverflowError, "math range error")


def _check(x: float, r: float, can_overflow: bool) -> float:
    """CPython's math_1 checks: nan from non-nan is a domain error; inf from finite overflows."""
    if math.isnan(r) and not math.isnan(x):
        raise _domain()
    if math.isinf(r) and not math.isinf(x) and not math.isnan(x):
        if can_overflow:
            raise _range()
        raise _domain()
    return r


def m_sqrt(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("sqrt", args, 1)
    x = _f(args[0])
    if x < 0.0:
        raise _domain()
    return W_Float(math.sqrt(x))


def _to_int_result(fname: str, x: float) -> W_Root:
    if math.isnan(x):
        raise oefmt(w_ValueError, "cannot convert float NaN to integer")
    if math.isinf(x):
        raise oefmt(w_OverflowError, "cannot convert float infinity to integer")
    if x >= 9223372036854775808.0 or x < -9223372036854775808.0:
        raise oefmt(w_OverflowError, "integer overflow")
    return W_Int(int(x))


def m_floor(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("floor", args, 1)
    w = args[0]
    if isinstance(w, W_Int):
        return W_Int(w.intval)
    w_m = w.getattr("__floor__")
    if w_m is not None and not isinstance(w, W_Float):
        return w_m.call([], [], [])
    return _to_int_result("floor", objects.ffloor(_f(w)))


def m_ceil(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("ceil", args, 1)
    w = args[0]
    if isinstance(w, W_Int):
        return W_Int(w.intval)
    w_m = w.getattr("__ceil__")
    if w_m is not None and not isinstance(w, W_Float):
        return w_m.call([], [], [])
    return _to_int_result("ceil", objects.fceil(_f(w)))


def m_trunc(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("trunc", args, 1)
    w = args[0]
    if isinstance(w, W_Int):
        return W_Int(w.intval)
    if not isinstance(w, W_Float):
        raise oefmt(w_TypeError, "type " + w.type_name() + " doesn't define __trunc__ method")
    return _to_int_result("trunc", w.floatval)


def m_exp(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("exp", args, 1)
    x = _f(args[0])
    if x > 709.782712893384:
        raise _range()
    return W_Float(math.exp(x))


def _log(x: float) -> float:
    if math.isnan(x):
        return x
    if x <= 0.0:
        raise _domain()
    return math.log(x)


def _log_arg(w: W_Root) -> float:
    if isinstance(w, W_Int) and w.intval <= 0:
        raise _domain()
    return _log(_f(w))


def m_log(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    if len(args) < 1 or len(args) > 2:
        raise oefmt(w_TypeError, "log expected at least 1 argument, got " + str(len(args))
                    if len(args) < 1 else "log expected at most 2 arguments, got " +
                    str(len(args)))
    num = _log_arg(args[0])
    if len(args) == 1:
        return W_Float(num)
    den = _log_arg(args[1])
    if den == 0.0:
        raise oefmt(objects.w_ZeroDivisionError, "float division by zero")
    return W_Float(num / den)


def m_log10(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("log10", args, 1)
    x = _f(args[0])
    if x <= 0.0:
        raise _domain()
    return W_Float(math.log10(x))


def m_log2(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("log2", args, 1)
    x = _f(args[0])
    if x <= 0.0:
        raise _domain()
    return W_Float(math.log2(x))


def m_log1p(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("log1p", args, 1)
    x = _f(args[0])
    if x <= -1.0:
        raise _domain()
    return W_Float(math.log1p(x))


def m_expm1(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("expm1", args, 1)
    x = _f(args[0])
    if x > 709.782712893384:
        raise _range()
    return W_Float(math.expm1(x))


def _trig(args: list[W_Root], name: str, kind: int) -> W_Root:
    _count(name, args, 1)
    x = _f(args[0])
    if kind <= 2 and math.isinf(x):
        raise _domain()
    if kind == 0:
        return W_Float(math.sin(x))
    if kind == 1:
        return W_Float(math.cos(x))
    if kind == 2:
        return W_Float(math.tan(x))
    if kind == 3:
        if x < -1.0 or x > 1.0:
            raise _domain()
        return W_Float(math.asin(x))
    if kind == 4:
        if x < -1.0 or x > 1.0:
            raise _domain()
        return W_Float(math.acos(x))
    if kind == 5:
        return W_Float(math.atan(x))
    if kind == 6:
        r = math.sinh(x) if abs(x) < 710.5 else math.copysign(math.inf, x)
        return W_Float(_check(x, r, True))
    if kind == 7:
        r = math.cosh(x) if abs(x) < 710.5 else math.inf
        return W_Float(_check(x, r, True))
    if kind == 8:
        return W_Float(math.tanh(x))
    if kind == 9:
        return W_Float(math.asinh(x))
    if kind == 10:
        if x < 1.0:
            raise _domain()
        return W_Float(math.acosh(x))
    if x <= -1.0 or x >= 1.0:
        if x == 1.0 or x == -1.0 or abs(x) > 1.0:
            raise _domain()
    return W_Float(math.atanh(x))


def m_sin(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "sin", 0)


def m_cos(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "cos", 1)


def m_tan(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "tan", 2)


def m_asin(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "asin", 3)


def m_acos(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "acos", 4)


def m_atan(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "atan", 5)


def m_sinh(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "sinh", 6)


def m_cosh(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "cosh", 7)


def m_tanh(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "tanh", 8)


def m_asinh(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "asinh", 9)


def m_acosh(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "acosh", 10)


def m_atanh(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _trig(args, "atanh", 11)


def m_atan2(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("atan2", args, 2)
    return W_Float(math.atan2(_f(args[0]), _f(args[1])))


def m_hypot(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    if len(args) == 2:
        return W_Float(math.hypot(_f(args[0]), _f(args[1])))
    acc = 0.0
    inf = False
    nan = False
    for w in args:
        x = _f(w)
        if math.isinf(x):
            inf = True
        elif math.isnan(x):
            nan = True
        acc = math.hypot(acc, x)
    if inf:
        return W_Float(math.inf)
    if nan:
        return W_Float(math.nan)
    return W_Float(acc)


def m_fabs(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("fabs", args, 1)
    return W_Float(math.fabs(_f(args[0])))


def m_pow(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("pow", args, 2)
    x = _f(args[0])
    y = _f(args[1])
    if x == 0.0 and y < 0.0 and not math.isinf(y):
        raise _domain()
    if x < 0.0 and not math.isinf(x) and y != objects.ffloor(y) and not math.isinf(y) \
            and not math.isnan(y):
        raise _domain()
    try:
        return W_Float(math.pow(x, y))
    except OverflowError:
        raise _range()


def m_copysign(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("copysign", args, 2)
    return W_Float(math.copysign(_f(args[0]), _f(args[1])))


def m_fmod(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("fmod", args, 2)
    x = _f(args[0])
    y = _f(args[1])
    if y == 0.0 or math.isinf(x):
        if not math.isnan(x) and not math.isnan(y):
            raise _domain()
    return W_Float(math.fmod(x, y))


def m_degrees(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("degrees", args, 1)
    return W_Float(math.degrees(_f(args[0])))


def m_radians(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("radians", args, 1)
    return W_Float(math.radians(_f(args[0])))


def m_isnan(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("isnan", args, 1)
    return bool_w(math.isnan(_f(args[0])))


def m_isinf(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("isinf", args, 1)
    return bool_w(math.isinf(_f(args[0])))


def m_isfinite(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("isfinite", args, 1)
    x = _f(args[0])
    return bool_w(not math.isinf(x) and not math.isnan(x))


def m_isclose(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    if len(args) != 2:
        raise oefmt(w_TypeError, "isclose() takes exactly 2 positional arguments")
    a = _f(args[0])
    b = _f(args[1])
    rel = 1e-09
    abs_tol = 0.0
    for i in range(len(kwnames)):
        if kwnames[i] == "rel_tol":
            rel = _f(kwvalues[i])
        elif kwnames[i] == "abs_tol":
            abs_tol = _f(kwvalues[i])
        else:
            raise oefmt(w_TypeError, "isclose() got an unexpected keyword argument '" +
                        kwnames[i] + "'")
    if rel < 0.0 or abs_tol < 0.0:
        raise oefmt(w_ValueError, "tolerances must be non-negative")
    if a == b:
        return objects.w_True
    if math.isinf(a) or math.isinf(b):
        return objects.w_False
    diff = abs(b - a)
    return bool_w(diff <= abs(rel * b) or diff <= abs(rel * a) or diff <= abs_tol)


def _int_only(w: W_Root) -> int:
    if isinstance(w, W_Float):
        raise oefmt(w_TypeError, "'float' object cannot be interpreted as an integer")
    return int_arg(w)


def m_factorial(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("factorial", args, 1)
    n = _int_only(args[0])
    if n < 0:
        raise oefmt(w_ValueError, "factorial() not defined for negative values")
    r = 1
    for k in range(2, n + 1):
        r = objects.ovf(r * k)
    return W_Int(r)


def _gcd(a: int, b: int) -> int:
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b != 0:
        a, b = b, a % b
    return a


def m_gcd(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    g = 0
    for w in args:
        g = _gcd(g, _int_only(w))
    return W_Int(g)


def m_lcm(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    acc = 1
    for w in args:
        v = _int_only(w)
        if v == 0 or acc == 0:
            acc = 0
            continue
        g = _gcd(acc, v)
        acc = objects.ovf(acc // g * v)
        if acc < 0:
            acc = -acc
    return W_Int(acc)


def m_isqrt(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("isqrt", args, 1)
    n = _int_only(args[0])
    if n < 0:
        raise oefmt(w_ValueError, "isqrt() argument must be nonnegative")
    r = int(math.sqrt(float(n)))
    while r * r > n:
        r -= 1
    while (r + 1) * (r + 1) <= n:
        r += 1
    return W_Int(r)


def m_comb(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("comb", args, 2)
    n = _int_only(args[0])
    k = _int_only(args[1])
    if n < 0:
        raise oefmt(w_ValueError, "n must be a non-negative integer")
    if k < 0:
        raise oefmt(w_ValueError, "k must be a non-negative integer")
    if k > n:
        return W_Int(0)
    if k > n - k:
        k = n - k
    r = 1
    for i in range(1, k + 1):
        r = objects.ovf(r * (n - k + i)) // i
    return W_Int(r)


def m_perm(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    n = _int_only(args[0])
    k = n
    if len(args) > 1:
        k = _int_only(args[1])
    if n < 0:
        raise oefmt(w_ValueError, "n must be a non-negative integer")
    if k < 0:
        raise oefmt(w_ValueError, "k must be a non-negative integer")
    if k > n:
        return W_Int(0)
    r = 1
    for i in range(n - k + 1, n + 1):
        r = objects.ovf(r * i)
    return W_Int(r)


def m_fsum(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    """Shewchuk's exact summation (as CPython's math.fsum, without the special cases)."""
    _count("fsum", args, 1)
    partials: list[float] = []
    special = 0.0
    has_special = False
    for w in objects.list_of(args[0]):
        x = _f(w)
        if math.isinf(x) or math.isnan(x):
            if has_special:
                special = special + x
            else:
                special = x
            has_special = True
            continue
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                t = x
                x = y
                y = t
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        partials.append(x)
    if has_special:
        return W_Float(special)
    n = len(partials)
    hi = 0.0
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return W_Float(hi)


def m_prod(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    if len(args) != 1:
        raise oefmt(w_TypeError, "prod() takes exactly 1 positional argument (" +
                    str(len(args)) + " given)")
    w_acc: W_Root = W_Int(1)
    for i in range(len(kwnames)):
        if kwnames[i] == "start":
            w_acc = kwvalues[i]
    for w in objects.list_of(args[0]):
        w_acc = objects.binary_op(2, w_acc, w)
    return w_acc


def m_modf(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("modf", args, 1)
    x = _f(args[0])
    f, i = math.modf(x)
    return objects.W_Tuple([W_Float(f), W_Float(i)])


def m_frexp(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("frexp", args, 1)
    m, e = math.frexp(_f(args[0]))
    return objects.W_Tuple([W_Float(m), W_Int(e)])


def m_ldexp(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    _count("ldexp", args, 2)
    x = _f(args[0])
    e = _int_only(args[1])
    if e > 10000:
        e = 10000
    if e < -10000:
        e = -10000
    r = math.ldexp(x, e) if abs(e) < 5000 else x * math.pow(2.0, float(e))
    if math.isinf(r) and not math.isinf(x):
        raise _range()
    return W_Float(r)


def make_module() -> W_Module:
    m = W_Module("math")
    m.add("pi", W_Float(math.pi))
    m.add("e", W_Float(math.e))
    m.add("tau", W_Float(math.tau))
    m.add("inf", W_Float(math.inf))
    m.add("nan", W_Float(math.nan))
    fns: list[tuple[str, BuiltinFn]] = [
        ("sqrt", m_sqrt), ("floor", m_floor), ("ceil", m_ceil), ("trunc", m_trunc),
        ("exp", m_exp), ("expm1", m_expm1), ("log", m_log), ("log10", m_log10),
        ("log2", m_log2), ("log1p", m_log1p),
        ("sin", m_sin), ("cos", m_cos), ("tan", m_tan), ("asin", m_asin),
        ("acos", m_acos), ("atan", m_atan), ("sinh", m_sinh), ("cosh", m_cosh),
        ("tanh", m_tanh), ("asinh", m_asinh), ("acosh", m_acosh), ("atanh", m_atanh),
        ("atan2", m_atan2), ("hypot", m_hypot), ("fabs", m_fabs), ("pow", m_pow),
        ("copysign", m_copysign), ("fmod", m_fmod), ("degrees", m_degrees),
        ("radians", m_radians), ("isnan", m_isnan), ("isinf", m_isinf),
        ("isfinite", m_isfinite), ("isclose", m_isclose), ("factorial", m_factorial),
        ("gcd", m_gcd), ("lcm", m_lcm), ("isqrt", m_isqrt), ("comb", m_comb),
        ("perm", m_perm), ("fsum", m_fsum), ("prod", m_prod), ("modf", m_modf),
        ("frexp", m_frexp), ("ldexp", m_ldexp),
    ]
    for name, fn in fns:
        m.add_function(name, fn)
    return m


def _setup() -> None:
    builtins.MODULES["math"] = make_module()


_setup()
