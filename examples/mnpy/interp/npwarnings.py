"""RuntimeWarnings from micronumpy, printed the way CPython's `warnings`
module prints them under the default filters.

micronumpy reports "divide by zero encountered in divide" and friends to
`fpstatus.STATUS.sink`; mnpy installs `StderrSink`, which writes

    SCRIPT.py:LINE: RuntimeWarning: MESSAGE
      SOURCE LINE

to stderr. What it must keep true: like the "default" action, each
(message, line) pair is printed once per run (the registry of the script's
module), and the line is the one the interpreter is executing.
"""

import os

from micronumpy import fpstatus
from interp import functions
from interp import builtins


class StderrSink(fpstatus.WarningSink):
    def __init__(self, path: str, src: str) -> None:
        self.path = path
        self.lines = src.split("\n")
        self.seen: dict[str, bool] = {}

    def warn(self, message: str) -> None:
        line = functions.current_line()
        key = str(line) + ":" + message
        if key in self.seen:
            return
        self.seen[key] = True
        text = self.path + ":" + str(line) + ": RuntimeWarning: " + message + "\n"
        if 1 <= line <= len(self.lines):
            source = self.lines[line - 1].strip()
            if source != "":
                text += "  " + source + "\n"
        _write_stderr(text)

    def note(self, text: str) -> None:
        _write_stderr(text + "\n")


def _write_stderr(text: str) -> None:
    builtins.flush_stdout()
    b = text.encode("utf-8")
    while len(b) > 0:
        n = os.write(2, b)
        b = b[n:]


def install(path: str, src: str) -> None:
    fpstatus.STATUS.sink = StderrSink(path, src)
