"""CPU features of the running machine, as NumPy's dispatcher groups them.

NumPy 2.4 picks its SIMD kernels at run time: X86_V3 (AVX, AVX2, FMA3,
F16C, BMI1, BMI2, LZCNT, MOVBE) and X86_V4 (X86_V3 plus AVX512F, AVX512CD,
AVX512VL, AVX512BW, AVX512DQ). micronumpy reproduces whichever kernel NumPy
would run here, so it asks the same question. On Linux the flags come from
/proc/cpuinfo (the translated runtime can use CPUID instead); NumPy's
NPY_DISABLE_CPU_FEATURES environment variable is honoured for the two group
names. What it must keep true: the answer is computed once and never
changes during a run; with no /proc/cpuinfo both groups are absent.
"""

import os

from rpy.rfile import read_bytes

_V3 = ["avx", "avx2", "fma", "f16c", "bmi1", "bmi2", "abm", "movbe"]
_V4 = ["avx512f", "avx512cd", "avx512vl", "avx512bw", "avx512dq"]


class _Features:
    def __init__(self) -> None:
        self.known = False
        self.v3 = False
        self.v4 = False


FEATURES = _Features()


def _read_flags() -> list[str]:
    try:
        text = read_bytes("/proc/cpuinfo").decode("utf-8", "replace")
    except OSError:
        return []
    for line in text.split("\n"):
        if line.startswith("flags"):
            colon = line.find(":")
            if colon >= 0:
                return line[colon + 1:].split()
    return []


def _has_all(flags: list[str], wanted: list[str]) -> bool:
    for w in wanted:
        if w not in flags:
            return False
    return True


def _detect() -> None:
    flags = _read_flags()
    disabled = os.environ.get("NPY_DISABLE_CPU_FEATURES", "").replace(",", " ").split()
    FEATURES.v3 = _has_all(flags, _V3) and "X86_V3" not in disabled
    FEATURES.v4 = FEATURES.v3 and _has_all(flags, _V4) and "X86_V4" not in disabled
    FEATURES.known = True


def has_x86_v3() -> bool:
    if not FEATURES.known:
        _detect()
    return FEATURES.v3


def has_x86_v4() -> bool:
    if not FEATURES.known:
        _detect()
    return FEATURES.v4
