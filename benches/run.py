#!/usr/bin/env python3
"""Benchmarks of translated programs (not tests: nothing here fails on speed).

For each program in benches/programs/: translate it with `rpy build` (timing
the translation), compile its C twin with `gcc -O2`, run the three (rpy, C,
CPython, and PyPy when installed) on the same arguments, best of --runs, and
print the ratios. Then time the translation of a generated 1,000-line program.

    cargo build --release && python3 benches/run.py [--runs 3] [--quick]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")

# name, arguments (the same for every implementation), quick arguments;
# the program is benches/programs/NAME.py, or examples/NAME.py if it is an
# example (its C twin is always benches/programs/NAME.c)
BENCHES = [
    ("fib", ["35"], ["27"]),
    ("intloop", ["30000000"], ["1000000"]),
    ("nbody", ["1000000"], ["20000"]),
    ("strbuild", ["1000000"], ["30000"]),
]


def best_time(cmd, runs):
    best = None
    out = None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            raise RuntimeError(f"{cmd} failed: {p.stderr.decode()[-500:]}")
        out = p.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def generated_program(n_funcs):
    """A program of about 20 lines per function, n_funcs functions."""
    lines = ["import sys", "", ""]
    for k in range(n_funcs):
        lines += [
            f"def work{k}(n: int, xs: list[int]) -> int:",
            f"    total = {k}",
            "    for i in range(n):",
            "        if i % 3 == 0:",
            "            total += i * 2",
            "        elif i % 3 == 1:",
            "            total -= i // 2",
            "        else:",
            "            total += len(xs)",
            "    words = []",
            "    for x in xs:",
            f"        words.append(str(x + {k}))",
            "    text = \",\".join(words)",
            "    if len(text) > 10:",
            "        total += len(text.split(\",\"))",
            f"    s = f\"{{total:>8}}|{{n:05d}}\"",
            "    total += len(s)",
            "    return total",
            "",
            "",
        ]
    lines.append("def main(argv: list[str]) -> int:")
    lines.append("    xs = [1, 2, 3, 4, 5]")
    lines.append("    t = 0")
    for k in range(n_funcs):
        lines.append(f"    t += work{k}(10, xs)")
    lines += ["    print(t)", "    return 0", "", "", 'if __name__ == "__main__":', "    sys.exit(main(sys.argv))", ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="small inputs (a smoke run)")
    ap.add_argument("--rpy", default=os.path.join(ROOT, "target", "release", "rpy"))
    args = ap.parse_args()
    if not os.path.exists(args.rpy):
        sys.exit(f"{args.rpy} not found: run `cargo build --release` first")
    pypy = shutil.which("pypy3")
    tmp = tempfile.mkdtemp(prefix="rpy-bench-")
    rows = []
    for name, full, quick in BENCHES:
        bargs = quick if args.quick else full
        py = os.path.join(PROGRAMS, name + ".py")
        if not os.path.exists(py):
            py = os.path.join(ROOT, "examples", name + ".py")
        exe = os.path.join(tmp, name)
        t0 = time.perf_counter()
        subprocess.run([args.rpy, "build", py, "-o", exe], check=True)
        translate = time.perf_counter() - t0
        cexe = os.path.join(tmp, name + "_c")
        subprocess.run(["gcc", "-O2", "-o", cexe, os.path.join(PROGRAMS, name + ".c"), "-lm"], check=True)
        t_rpy, out_rpy = best_time([exe] + bargs, args.runs)
        t_c, out_c = best_time([cexe] + bargs, args.runs)
        t_py, out_py = best_time([sys.executable, py] + bargs, 1)
        t_pypy = best_time([pypy, py] + bargs, 1)[0] if pypy else None
        same = "ok" if out_rpy == out_py else "OUTPUT DIFFERS"
        rows.append((name, " ".join(bargs), translate, t_rpy, t_c, t_py, t_pypy, same))
    print(f"{'benchmark':<10} {'args':>10} {'translate s':>11} {'rpy s':>8} {'C s':>8} {'CPython s':>10}"
          f" {'CPython/rpy':>12} {'rpy/C':>7} {'PyPy/rpy':>9} check")
    for name, a, tr, r, c, p, pp, same in rows:
        pypy_ratio = f"{pp / r:9.1f}" if pp else f"{'-':>9}"
        print(f"{name:<10} {a:>10} {tr:11.2f} {r:8.3f} {c:8.3f} {p:10.2f} {p / r:12.1f} {r / c:7.2f} {pypy_ratio} {same}")
    # Translation time of a 1,000-line program.
    src = generated_program(50)
    path = os.path.join(tmp, "big.py")
    with open(path, "w") as f:
        f.write(src)
    n_lines = src.count("\n")
    t0 = time.perf_counter()
    subprocess.run([args.rpy, "check", path], check=True)
    t_check = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([args.rpy, "build", path, "-o", os.path.join(tmp, "big")], check=True)
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([args.rpy, "build", "-O0", path, "-o", os.path.join(tmp, "big0")], check=True)
    t_build0 = time.perf_counter() - t0
    print(f"\n{n_lines}-line program: rpy check {t_check:.3f} s, rpy build -O2 {t_build:.2f} s,"
          f" rpy build -O0 {t_build0:.2f} s (target: under 1 s)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
