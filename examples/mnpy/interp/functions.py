"""User functions (def and lambda) and frames.

A Frame holds the local variables of one activation. Closures capture the
defining Frame itself (not copies), which gives Python's late binding: an
inner function sees the enclosing variable's value at call time, like a
cell. W_Function.call binds arguments with CPython's error messages, then
asks the evaluator (through EXEC.runner, installed by interp.evaluator) to
run the body.
"""

from interp import astnodes as A
from interp.objects import (
    W_Root, W_Type, W_Str, W_Callable, OperationError, oefmt, hex_id,
    w_TypeError, w_RecursionError, w_None,
)
from interp import objects

MAX_DEPTH = 1000


class Frame:
    def __init__(self, scope: A.Scope, w_globals: dict[str, W_Root],
                 parent: "Frame | None", name: str) -> None:
        self.scope = scope
        self.w_globals = w_globals
        if scope.is_module:
            self.locals = w_globals
        else:
            self.locals = {}
        self.parent = parent
        self.name = name
        self.line = 0


class Runner:
    """Implemented by the evaluator: run a function body in a fresh frame."""

    def run_function(self, w_func: "W_Function", frame: Frame) -> W_Root:
        raise NotImplementedError


class _Exec:
    def __init__(self) -> None:
        self.runner = Runner()
        self.depth = 0
        # traceback entries (function name, line) of the exception in flight
        self.tb_error: OperationError | None = None
        self.tb_names: list[str] = []
        self.tb_lines: list[int] = []
        # the innermost running frame (its .line is the current source line)
        self.frame: Frame | None = None


EXEC = _Exec()


def current_line() -> int:
    f = EXEC.frame
    return f.line if f is not None else 0


def record_tb(e: OperationError, name: str, line: int) -> None:
    if EXEC.tb_error is not e:
        EXEC.tb_error = e
        EXEC.tb_names = []
        EXEC.tb_lines = []
    EXEC.tb_names.append(name)
    EXEC.tb_lines.append(line)


def _quoted_list(names: list[str]) -> str:
    q: list[str] = []
    for nm in names:
        q.append("'" + nm + "'")
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + " and " + q[1]
    return ", ".join(q[:len(q) - 1]) + ", and " + q[len(q) - 1]


class W_Function(W_Callable):
    def __init__(self, info: A.FuncInfo, defaults: list[W_Root],
                 kwdefaults: list[W_Root | None], w_globals: dict[str, W_Root],
                 closure: Frame | None) -> None:
        self.info = info
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.w_globals = w_globals
        self.closure = closure
        self.attrs: dict[str, W_Root] = {}

    def get_type(self) -> W_Type:
        return objects.w_function_type

    def repr(self) -> str:
        return "<function " + self.info.qualname + " at " + hex_id(self) + ">"

    def getattr(self, name: str) -> W_Root | None:
        if name == "__name__":
            return W_Str(self.info.name)
        if name == "__qualname__":
            return W_Str(self.info.qualname)
        if name == "__doc__":
            return w_None
        w = self.attrs.get(name)
        if w is not None:
            return w
        return W_Callable.getattr(self, name)

    def setattr(self, name: str, w_value: W_Root) -> bool:
        self.attrs[name] = w_value
        return True

    def hash(self) -> int:
        return objects.unique_id(self)

    def call(self, args: list[W_Root], kwnames: list[str],
             kwvalues: list[W_Root]) -> W_Root:
        info = self.info
        fname = info.qualname + "()"
        frame = Frame(info.scope, self.w_globals, self.closure, info.name)
        frame.line = info.line
        loc = frame.locals
        nparams = len(info.argnames)
        if len(args) > nparams:
            ndef = len(self.defaults)
            if ndef == 0:
                takes = str(nparams)
            else:
                takes = "from " + str(nparams - ndef) + " to " + str(nparams)
            plural = "s" if (nparams != 1 or ndef > 0) else ""
            given = len(args)
            was = " was given" if given == 1 else " were given"
            raise oefmt(w_TypeError, fname + " takes " + takes + " positional argument" +
                        plural + " but " + str(given) + was)
        for i in range(len(args)):
            loc[info.argnames[i]] = args[i]
        for k in range(len(kwnames)):
            kn = kwnames[k]
            found = False
            for nm in info.argnames:
                if nm == kn:
                    found = True
                    break
            if not found:
                for nm in info.kwonly:
                    if nm == kn:
                        found = True
                        break
            if not found:
                raise oefmt(w_TypeError, fname + " got an unexpected keyword argument '" +
                            kn + "'")
            if kn in loc:
                raise oefmt(w_TypeError, fname + " got multiple values for argument '" +
                            kn + "'")
            loc[kn] = kwvalues[k]
        missing: list[str] = []
        first_def = nparams - len(self.defaults)
        for i in range(len(args), nparams):
            nm = info.argnames[i]
            if nm not in loc:
                if i >= first_def:
                    loc[nm] = self.defaults[i - first_def]
                else:
                    missing.append(nm)
        if len(missing) > 0:
            s = "" if len(missing) == 1 else "s"
            raise oefmt(w_TypeError, fname + " missing " + str(len(missing)) +
                        " required positional argument" + s + ": " + _quoted_list(missing))
        for i in range(len(info.kwonly)):
            nm = info.kwonly[i]
            if nm not in loc:
                w_d = self.kwdefaults[i]
                if w_d is None:
                    missing.append(nm)
                else:
                    loc[nm] = w_d
        if len(missing) > 0:
            s = "" if len(missing) == 1 else "s"
            raise oefmt(w_TypeError, fname + " missing " + str(len(missing)) +
                        " required keyword-only argument" + s + ": " + _quoted_list(missing))
        if EXEC.depth >= MAX_DEPTH:
            raise oefmt(w_RecursionError, "maximum recursion depth exceeded")
        EXEC.depth += 1
        caller = EXEC.frame
        EXEC.frame = frame
        try:
            return EXEC.runner.run_function(self, frame)
        except OperationError as e:
            record_tb(e, info.name, frame.line)
            raise
        finally:
            EXEC.depth -= 1
            EXEC.frame = caller
