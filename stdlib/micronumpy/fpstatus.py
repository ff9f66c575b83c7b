"""NumPy's floating-point error reporting: status flags and RuntimeWarnings.

NumPy clears the CPU's floating-point status before each ufunc (or cast, or
NumPy-scalar operation), runs its loop, then reads the status and, with the
default `np.seterr` settings, issues one RuntimeWarning per raised flag, in
the order divide, overflow, invalid (underflow is ignored):
"divide by zero encountered in divide", "overflow encountered in exp",
"invalid value encountered in cast", "overflow encountered in scalar add".

micronumpy has no access to the hardware status, so its kernels raise the
flags themselves (`raise_flags`, and the per-list checks below) from the
values they compute; an operation calls `clear()` before its loop and
`report(name)` after it. `report` treats each raised flag by its
np.seterr mode (`STATUS.modes`): 'warn' hands the message to
`STATUS.sink`, which the embedding program replaces (mnpy prints them the
way Python's `warnings` module does; the default sink drops them), 'print'
writes "Warning: ..." through the sink, 'raise' raises FloatingPointError.
Underflow is never flagged (NumPy ignores it by default).

What it must keep true: flags raised inside one operation are reported once,
under that operation's name, in NumPy's order; nested helper calls never
report on their own.
"""

import math

DIVIDE = 1
OVERFLOW = 2
INVALID = 4

# the smallest magnitudes that round to infinity when stored:
# float32 (2 - 2**-24) * 2**127, halfway between FLT_MAX and 2**128;
# float16 65520, halfway between 65504 and 2**16; float64 none
F32_OVERFLOW = 3.4028235677973366e+38
F16_OVERFLOW = 65520.0
NO_OVERFLOW = math.inf


# np.seterr modes, per condition (divide, over, under, invalid)
MODE_IGNORE = 0
MODE_WARN = 1
MODE_RAISE = 2
MODE_PRINT = 3
MODE_NAMES = ["ignore", "warn", "raise", "print"]
CONDITION_NAMES = ["divide", "over", "under", "invalid"]


class WarningSink:
    """Where reported messages go; the default drops them."""

    def warn(self, message: str) -> None:
        """A RuntimeWarning (np.seterr mode 'warn')."""
        pass

    def note(self, text: str) -> None:
        """A line for stderr (np.seterr mode 'print': "Warning: ...")."""
        pass


class FPStatus:
    def __init__(self) -> None:
        self.flags = 0
        self.sink = WarningSink()
        # NumPy's defaults: warn, warn, ignore (underflow), warn
        self.modes = [MODE_WARN, MODE_WARN, MODE_IGNORE, MODE_WARN]


STATUS = FPStatus()


def clear() -> None:
    STATUS.flags = 0


def raise_flags(flags: int) -> None:
    STATUS.flags |= flags


def report(name: str) -> None:
    """Issue the warnings for the flags raised since `clear()`, then clear."""
    f = STATUS.flags
    STATUS.flags = 0
    if f == 0:
        return
    if f & DIVIDE:
        _handle(STATUS.modes[0], "divide by zero encountered in " + name)
    if f & OVERFLOW:
        _handle(STATUS.modes[1], "overflow encountered in " + name)
    if f & INVALID:
        _handle(STATUS.modes[3], "invalid value encountered in " + name)


def _handle(mode: int, message: str) -> None:
    if mode == MODE_WARN:
        STATUS.sink.warn(message)
    elif mode == MODE_PRINT:
        STATUS.sink.note("Warning: " + message)
    elif mode == MODE_RAISE:
        raise FloatingPointError(message)


def mode_code(name: str) -> int:
    """The MODE_* of an np.seterr mode name (-1 when unknown)."""
    for i in range(len(MODE_NAMES)):
        if MODE_NAMES[i] == name:
            return i
    return -1


def rounds_to_inf(v: float, limit: float) -> bool:
    """Is v infinite once stored in a type whose overflow limit is `limit`
    (F32_OVERFLOW, F16_OVERFLOW or NO_OVERFLOW)?"""
    if math.isinf(v):
        return True
    return abs(v) >= limit


def _finite(x: float) -> bool:
    return not (math.isinf(x) or x != x)


def check_binary(xs: list[float], ys: list[float], rs: list[float], limit: float,
                 pole: int) -> None:
    """Flags of a float binary loop: invalid for a NaN made from non-NaN
    inputs; for an infinity made from finite inputs, divide by zero at a
    pole (`pole` is POLE_Y_ZERO for division, POLE_FLOORDIV for floor
    division, POLE_X_ZERO for power, where 0 ** -inf divides by zero too)
    and overflow elsewhere."""
    flags = 0
    for i in range(len(rs)):
        r = rs[i]
        x = xs[i]
        y = ys[i]
        if r != r:
            if x == x and y == y:
                flags |= INVALID
        elif rounds_to_inf(r, limit) and _finite(x) and \
                (_finite(y) or (pole == POLE_X_ZERO and x == 0.0)):
            if (pole == POLE_Y_ZERO or pole == POLE_FLOORDIV) and y == 0.0:
                flags |= DIVIDE
            elif pole == POLE_X_ZERO and x == 0.0:
                flags |= DIVIDE
            elif pole == POLE_FLOORDIV:
                # NumPy's divmod: (x - fmod(x, y)) / y overflows, and the
                # floor correction then subtracts inf from inf
                flags |= OVERFLOW | INVALID
            else:
                flags |= OVERFLOW
    STATUS.flags |= flags


POLE_NONE = 0
POLE_Y_ZERO = 1
POLE_X_ZERO = 2
POLE_ALWAYS = 3
POLE_FLOORDIV = 4


def warn_now(message: str) -> None:
    """Report one warning at once (a cast NumPy does before the ufunc)."""
    STATUS.sink.warn(message)


def check_unary(xs: list[float], rs: list[float], limit: float, pole: int) -> None:
    """Flags of a float unary loop (`pole`: POLE_ALWAYS for functions whose
    only finite-to-infinite results are poles, like log; POLE_X_ZERO for
    reciprocal; POLE_NONE for exp, square, ...)."""
    flags = 0
    for i in range(len(rs)):
        r = rs[i]
        x = xs[i]
        if r != r:
            if x == x:
                flags |= INVALID
        elif rounds_to_inf(r, limit) and _finite(x):
            if pole == POLE_ALWAYS or (pole == POLE_X_ZERO and x == 0.0):
                flags |= DIVIDE
            else:
                flags |= OVERFLOW
    STATUS.flags |= flags
