"""Differential runner for mnpy: each script under a test directory is run by
CPython (the oracle; with NumPy for tests/mnpy) and by untranslated mnpy
(`python3 examples/mnpy/main.py SCRIPT`), and the two must agree.

Agreement means: identical stdout, identical exit code, the same warnings
on stderr (`FILE:LINE: RuntimeWarning: ...` and the source line after it;
for a script that exits 0 the whole stderr must match), and, when the
oracle fails (an uncaught exception, a SyntaxError), the same last stderr
line. A script listed in the directory's XFAIL file (one name per
line, `#` comments) is expected to differ; the run fails if it passes, so
that the list only ever shrinks.

Usage: python3 tests/run_mnpy.py DIR [NAME...] [-j N] [-v]
Exit status 0 when every script behaves as expected.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MNPY = os.path.join(ROOT, "examples", "mnpy", "main.py")
TIMEOUT_S = 120


def run(argv: list[str], cwd: str) -> tuple[int, str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                           timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        return -999, "", "timeout after %d s" % TIMEOUT_S
    return p.returncode, p.stdout, p.stderr


def last_line(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def warning_lines(text: str) -> list[str]:
    """The warnings in a stderr text: each header line and its source line."""
    lines = text.splitlines()
    out: list[str] = []
    for i, ln in enumerate(lines):
        if "Warning: " in ln and not ln.startswith(" ") and ":" in ln:
            out.append(ln)
            if i + 1 < len(lines) and lines[i + 1].startswith("  "):
                out.append(lines[i + 1])
    return out


def check(path: str) -> tuple[bool, str]:
    """Run one script both ways; (agrees, explanation)."""
    cwd = os.path.dirname(path)
    name = os.path.basename(path)
    want_rc, want_out, want_err = run([sys.executable, name], cwd)
    got_rc, got_out, got_err = run([sys.executable, MNPY, name], cwd)
    problems = []
    if want_out != got_out:
        problems.append(diff("stdout", want_out, got_out))
    if want_rc != got_rc:
        problems.append("exit code: CPython %d, mnpy %d" % (want_rc, got_rc))
    if want_rc == 0 and want_err != got_err:
        problems.append(diff("stderr", want_err, got_err))
    elif warning_lines(want_err) != warning_lines(got_err):
        problems.append(diff("warnings on stderr", "\n".join(warning_lines(want_err)),
                             "\n".join(warning_lines(got_err))))
    if want_rc != 0 and want_err.strip() and last_line(want_err) != last_line(got_err):
        problems.append("last stderr line:\n  CPython: %s\n  mnpy:    %s"
                        % (last_line(want_err), last_line(got_err)))
    if not want_err.strip() and got_err.strip() and got_rc != want_rc:
        problems.append("mnpy stderr:\n" + got_err[-2000:])
    return not problems, "\n".join(problems)


def diff(what: str, want: str, got: str) -> str:
    wl = want.splitlines()
    gl = got.splitlines()
    for i in range(max(len(wl), len(gl))):
        w = wl[i] if i < len(wl) else "<missing>"
        g = gl[i] if i < len(gl) else "<missing>"
        if w != g:
            return ("%s differs at line %d:\n  CPython: %r\n  mnpy:    %r"
                    % (what, i + 1, w, g))
    return "%s differs (trailing newline or whitespace)" % what


def read_xfail(directory: str) -> set[str]:
    path = os.path.join(directory, "XFAIL")
    names: set[str] = set()
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    names.add(line)
    return names


def main(argv: list[str]) -> int:
    jobs = os.cpu_count() or 2
    verbose = False
    args: list[str] = []
    i = 1
    while i < len(argv):
        if argv[i] == "-j":
            jobs = int(argv[i + 1])
            i += 2
            continue
        if argv[i] == "-v":
            verbose = True
        else:
            args.append(argv[i])
        i += 1
    if not args:
        print(__doc__)
        return 2
    directory = os.path.abspath(args[0])
    wanted = set(a if a.endswith(".py") else a + ".py" for a in args[1:])
    scripts = sorted(f for f in os.listdir(directory)
                     if f.endswith(".py") and (not wanted or f in wanted))
    xfail = read_xfail(directory)
    unknown = sorted(x for x in xfail if not os.path.exists(os.path.join(directory, x)))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(lambda f: check(os.path.join(directory, f)), scripts))
    failed = []
    unexpected_pass = []
    for name, (ok, why) in zip(scripts, results):
        if name in xfail:
            if ok:
                unexpected_pass.append(name)
            continue
        if not ok:
            failed.append(name)
            print("FAIL %s\n%s\n" % (name, why))
        elif verbose:
            print("ok   %s" % name)
    passed = sum(1 for (ok, _) in results if ok)
    print("%s: %d scripts, %d agree with CPython, %d unexpected failures, "
          "%d expected failures (XFAIL)" % (os.path.relpath(directory, ROOT),
                                            len(scripts), passed, len(failed),
                                            len([s for s in scripts if s in xfail])))
    for name in unexpected_pass:
        print("XPASS %s: remove it from XFAIL" % name)
    for name in unknown:
        print("XFAIL names a missing script: %s" % name)
    return 1 if failed or unexpected_pass or unknown else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
