"""mnpy: a Python-subset interpreter written in RPy.

Usage: python3 examples/mnpy/main.py SCRIPT.py
"""

if __name__ == "__main__":
    import sys as _sys
    import os as _os
    _here = _os.path.dirname(_os.path.abspath(__file__))
    _sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.dirname(_here)), "stdlib"))
    _sys.path.insert(0, _here)

import os
import sys

from rpy.rfile import read_bytes
from interp import lexer
from interp import parser
from interp import objspace as space
from interp import builtins
from interp import evaluator
from interp import functions
from interp.objects import OperationError
from interp import npmodule
from interp import npwarnings

_MODULES_LOADED = npmodule.make_module


def write_err(s: str) -> None:
    b = s.encode("utf-8")
    while len(b) > 0:
        n = os.write(2, b)
        b = b[n:]


def read_file(path: str) -> str:
    return read_bytes(path).decode("utf-8")


def source_line(src: str, lineno: int) -> str:
    lines = src.split("\n")
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ""


def report_syntax_error(path: str, src: str, e: lexer.MnpySyntaxError) -> int:
    builtins.flush_stdout()
    if e.kind == "NotImplementedError" or e.kind == "OverflowError":
        write_err("Traceback (most recent call last):\n  File \"" + path + "\", line " +
                  str(e.line) + ", in <module>\n" + e.kind + ": " + e.msg + "\n")
        return 1
    out = "  File \"" + path + "\", line " + str(e.line) + "\n"
    text = source_line(src, e.line)
    if text != "":
        out += "    " + text + "\n"
    write_err(out + e.kind + ": " + e.msg + "\n")
    return 1


def report_exception(path: str, src: str, e: OperationError) -> int:
    builtins.flush_stdout()
    out = "Traceback (most recent call last):\n"
    if functions.EXEC.tb_error is e:
        names = functions.EXEC.tb_names
        lines = functions.EXEC.tb_lines
        i = len(names) - 1
        while i >= 0:
            out += "  File \"" + path + "\", line " + str(lines[i]) + ", in " + names[i] + "\n"
            text = source_line(src, lines[i])
            if text != "":
                out += "    " + text + "\n"
            i -= 1
    write_err(out + space.exception_line(e) + "\n")
    return 1


def script_path(path: str) -> str:
    """The script's name as CPython 3.11 reports it in tracebacks and
    warnings: absolute and normalised (`./a/../b.py` -> `/cwd/b.py`)."""
    full = path if path.startswith("/") else os.getcwd() + "/" + path
    parts: list[str] = []
    for p in full.split("/"):
        if p == "" or p == ".":
            continue
        if p == "..":
            if len(parts) > 0:
                parts.pop()
            continue
        parts.append(p)
    return "/" + "/".join(parts)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        write_err("usage: mnpy SCRIPT.py\n")
        return 2
    path = argv[1]
    try:
        src = read_file(path)
    except OSError:
        write_err("mnpy: can't open file '" + path + "': [Errno 2] No such file or directory\n")
        return 2
    path = script_path(path)
    try:
        mod = parser.parse(src)
    except lexer.MnpySyntaxError as e:
        return report_syntax_error(path, src, e)
    npwarnings.install(path, src)
    w_globals = evaluator.new_globals("__main__")
    try:
        evaluator.run_module(mod, w_globals)
    except OperationError as e:
        w_type = e.w_exc.w_type
        if w_type.name == "SystemExit":
            builtins.flush_stdout()
            return 0
        return report_exception(path, src, e)
    builtins.flush_stdout()
    return 0


def _run_with_big_stack(argv: list[str]) -> int:
    """Host (CPython) only: deep mnpy recursion needs a deep host stack."""
    import threading
    result = [1]

    def target() -> None:
        result[0] = main(argv)

    sys.setrecursionlimit(1000000)
    threading.stack_size(1024 * 1024 * 1024)
    t = threading.Thread(target=target)
    t.start()
    t.join()
    return result[0]


if __name__ == "__main__":
    sys.exit(_run_with_big_stack(sys.argv))
