"""Tree-walking evaluator for mnpy.

Statements are executed by exec_stmt, expressions evaluated by eval_expr
(dispatch on the AST node class). break/continue/return are host exceptions
(BreakSignal, ContinueSignal, ReturnSignal); Python-level exceptions are
interp.objects.OperationError. Name resolution follows Python: a name local
to the current scope (see astnodes.Scope) is looked up only in the frame's
locals (UnboundLocalError when unset); otherwise the enclosing function
frames (closures, late-bound), then the module globals, then builtins.
Comprehensions run in their own frame; generator expressions are evaluated
eagerly to a list.
"""

from interp import ops
from interp import astnodes as A
from interp import objspace as space
from interp import objects
from interp.objects import (
    W_Root, W_Str, W_List, W_Tuple, W_Dict, W_Module, W_BaseException,
    OperationError, oefmt, w_None, w_True, w_False,
)
from interp.functions import Frame, Runner, W_Function, EXEC, record_tb
from interp import modules


class BreakSignal(Exception):
    pass


class ContinueSignal(Exception):
    pass


class ReturnSignal(Exception):
    def __init__(self, w_value: W_Root) -> None:
        Exception.__init__(self)
        self.w_value = w_value


class _State:
    def __init__(self) -> None:
        self.w_builtins = space.builtin_module()
        # exceptions being handled (for bare `raise`)
        self.handling: list[OperationError] = []


STATE = _State()


# ====================================================================== names

def lookup_name(frame: Frame, name: str) -> W_Root:
    if frame.scope.is_local(name) and not frame.scope.is_module:
        w = frame.locals.get(name)
        if w is None:
            raise oefmt(objects.w_UnboundLocalError, "cannot access local variable '" +
                        name + "' where it is not associated with a value")
        return w
    f = frame.parent
    while f is not None and not f.scope.is_module:
        if f.scope.is_local(name):
            w = f.locals.get(name)
            if w is None:
                raise oefmt(objects.w_NameError, "cannot access free variable '" + name +
                            "' where it is not associated with a value in enclosing scope")
            return w
        f = f.parent
    w = frame.w_globals.get(name)
    if w is not None:
        return w
    w = STATE.w_builtins.attrs.get(name)
    if w is not None:
        return w
    raise oefmt(objects.w_NameError, "name '" + name + "' is not defined")


def store_name(frame: Frame, name: str, w_value: W_Root) -> None:
    frame.locals[name] = w_value


# ====================================================================== expressions

def eval_expr(frame: Frame, e: A.Expr) -> W_Root:
    if isinstance(e, A.Name):
        return lookup_name(frame, e.name)
    if isinstance(e, A.Const):
        return e.w_value
    if isinstance(e, A.BinOp):
        w_l = eval_expr(frame, e.left)
        w_r = eval_expr(frame, e.right)
        return space.binary_op(e.op, w_l, w_r)
    if isinstance(e, A.Call):
        return eval_call(frame, e)
    if isinstance(e, A.Attribute):
        return space.getattr(eval_expr(frame, e.value), e.attr)
    if isinstance(e, A.Subscript):
        w_v = eval_expr(frame, e.value)
        w_k = eval_expr(frame, e.index)
        return space.getitem(w_v, w_k)
    if isinstance(e, A.Compare):
        return eval_compare(frame, e)
    if isinstance(e, A.BoolOp):
        w_last: W_Root = w_None
        for i in range(len(e.values)):
            w_last = eval_expr(frame, e.values[i])
            t = space.is_true(w_last)
            if e.is_and and not t:
                return w_last
            if not e.is_and and t:
                return w_last
        return w_last
    if isinstance(e, A.UnaryOp):
        w_o = eval_expr(frame, e.operand)
        return space.unary_op(e.op, w_o)
    if isinstance(e, A.TupleExpr):
        return space.new_tuple(eval_list(frame, e.elts))
    if isinstance(e, A.ListExpr):
        return space.new_list(eval_list(frame, e.elts))
    if isinstance(e, A.DictExpr):
        w_d = space.new_dict()
        for i in range(len(e.keys)):
            w_k = eval_expr(frame, e.keys[i])
            w_v = eval_expr(frame, e.values[i])
            space.setitem(w_d, w_k, w_v)
        return w_d
    if isinstance(e, A.SetExpr):
        return space.new_set(eval_list(frame, e.elts))
    if isinstance(e, A.IfExp):
        if space.is_true(eval_expr(frame, e.test)):
            return eval_expr(frame, e.body)
        return eval_expr(frame, e.orelse)
    if isinstance(e, A.FString):
        return W_Str(eval_fstring(frame, e))
    if isinstance(e, A.SliceExpr):
        w_lo: W_Root = w_None
        w_hi: W_Root = w_None
        w_st: W_Root = w_None
        if e.lower is not None:
            w_lo = eval_expr(frame, e.lower)
        if e.upper is not None:
            w_hi = eval_expr(frame, e.upper)
        if e.step is not None:
            w_st = eval_expr(frame, e.step)
        return space.new_slice(w_lo, w_hi, w_st)
    if isinstance(e, A.Comp):
        return eval_comp(frame, e)
    if isinstance(e, A.Lambda):
        return make_function(frame, e.info)
    raise oefmt(objects.w_NotImplementedError, "expression not supported by mnpy (line " +
                str(e.line) + ")")


def eval_list(frame: Frame, elts: list[A.Expr]) -> list[W_Root]:
    out: list[W_Root] = []
    for x in elts:
        out.append(eval_expr(frame, x))
    return out


def eval_call(frame: Frame, e: A.Call) -> W_Root:
    w_f = eval_expr(frame, e.func)
    args = eval_list(frame, e.args)
    kwvalues: list[W_Root] = []
    if len(e.kwvalues) > 0:
        kwvalues = eval_list(frame, e.kwvalues)
    if not w_f.is_callable():
        raise oefmt(objects.w_TypeError, "'" + w_f.type_name() + "' object is not callable")
    return space.call(w_f, args, e.kwnames, kwvalues)


def eval_compare(frame: Frame, e: A.Compare) -> W_Root:
    w_left = eval_expr(frame, e.left)
    w_res: W_Root = w_True
    for i in range(len(e.ops)):
        w_right = eval_expr(frame, e.comparators[i])
        w_res = space.compare(e.ops[i], w_left, w_right)
        if i < len(e.ops) - 1 and not space.is_true(w_res):
            return w_res
        w_left = w_right
    return w_res


def eval_fstring(frame: Frame, e: A.FString) -> str:
    pieces: list[str] = []
    for p in e.parts:
        if isinstance(p, A.FormattedValue):
            w_v = eval_expr(frame, p.value)
            if p.conversion == "r":
                w_v = W_Str(space.repr_of(w_v))
            elif p.conversion == "s":
                w_v = W_Str(space.str_of(w_v))
            elif p.conversion == "a":
                w_v = W_Str(ascii_of(space.repr_of(w_v)))
            spec = ""
            if p.spec is not None:
                spec = eval_fstring(frame, p.spec)
            pieces.append(space.format_value(w_v, spec))
        elif isinstance(p, A.Const):
            pieces.append(space.str_of(p.w_value))
        else:
            pieces.append(space.str_of(eval_expr(frame, p)))
    return "".join(pieces)


def ascii_of(s: str) -> str:
    out: list[str] = []
    hexd = "0123456789abcdef"
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 256:
            out.append("\\x" + hexd[o >> 4] + hexd[o & 15])
        elif o < 65536:
            out.append("\\u" + hexd[(o >> 12) & 15] + hexd[(o >> 8) & 15] +
                       hexd[(o >> 4) & 15] + hexd[o & 15])
        else:
            h = ""
            for k in range(8):
                h = hexd[(o >> (4 * k)) & 15] + h
            out.append("\\U" + h)
    return "".join(out)


def eval_comp(frame: Frame, e: A.Comp) -> W_Root:
    cframe = Frame(e.scope, frame.w_globals, frame, "<listcomp>")
    cframe.line = e.line
    out: list[W_Root] = []
    w_d = space.new_dict()
    # the first iterable is evaluated in the enclosing scope
    w_first = eval_expr(frame, e.generators[0].iter)
    comp_loop(cframe, e, 0, w_first, out, w_d)
    if e.kind == A.COMP_DICT:
        return w_d
    if e.kind == A.COMP_SET:
        return space.new_set(out)
    return space.new_list(out)


def comp_loop(cframe: Frame, e: A.Comp, level: int, w_iterable: W_Root,
              out: list[W_Root], w_d: W_Dict) -> None:
    gen = e.generators[level]
    w_it = space.iterate(w_iterable)
    while True:
        w_x = w_it.next()
        if w_x is None:
            break
        assign_target(cframe, gen.target, w_x)
        ok = True
        for cond in gen.ifs:
            if not space.is_true(eval_expr(cframe, cond)):
                ok = False
                break
        if not ok:
            continue
        if level + 1 < len(e.generators):
            w_next = eval_expr(cframe, e.generators[level + 1].iter)
            comp_loop(cframe, e, level + 1, w_next, out, w_d)
        elif e.kind == A.COMP_DICT:
            w_k = eval_expr(cframe, e.elt)
            val = e.value
            if val is not None:
                space.setitem(w_d, w_k, eval_expr(cframe, val))
        else:
            out.append(eval_expr(cframe, e.elt))


def make_function(frame: Frame, info: A.FuncInfo) -> W_Function:
    defaults = eval_list(frame, info.defaults)
    kwdefaults: list[W_Root | None] = []
    for d in info.kwdefaults:
        if d is None:
            kwdefaults.append(None)
        else:
            kwdefaults.append(eval_expr(frame, d))
    closure: Frame | None = None
    if not frame.scope.is_module:
        closure = frame
    return W_Function(info, defaults, kwdefaults, frame.w_globals, closure)


# ====================================================================== assignment

def assign_target(frame: Frame, t: A.Expr, w_value: W_Root) -> None:
    if isinstance(t, A.Name):
        frame.locals[t.name] = w_value
        return
    if isinstance(t, A.Subscript):
        w_obj = eval_expr(frame, t.value)
        w_key = eval_expr(frame, t.index)
        space.setitem(w_obj, w_key, w_value)
        return
    if isinstance(t, A.Attribute):
        w_obj = eval_expr(frame, t.value)
        space.setattr(w_obj, t.attr, w_value)
        return
    if isinstance(t, A.TupleExpr):
        unpack_into(frame, t.elts, w_value)
        return
    if isinstance(t, A.ListExpr):
        unpack_into(frame, t.elts, w_value)
        return
    raise oefmt(objects.w_NotImplementedError, "assignment target not supported by mnpy")


def unpack_into(frame: Frame, elts: list[A.Expr], w_value: W_Root) -> None:
    items = space.unpack(w_value, len(elts))
    for i in range(len(elts)):
        assign_target(frame, elts[i], items[i])


def delete_target(frame: Frame, t: A.Expr) -> None:
    if isinstance(t, A.Name):
        if t.name not in frame.locals:
            if frame.scope.is_module:
                raise oefmt(objects.w_NameError, "name '" + t.name + "' is not defined")
            raise oefmt(objects.w_UnboundLocalError, "cannot access local variable '" +
                        t.name + "' where it is not associated with a value")
        del frame.locals[t.name]
        return
    if isinstance(t, A.Subscript):
        w_obj = eval_expr(frame, t.value)
        w_key = eval_expr(frame, t.index)
        space.delitem(w_obj, w_key)
        return
    if isinstance(t, A.TupleExpr):
        for x in t.elts:
            delete_target(frame, x)
        return
    if isinstance(t, A.ListExpr):
        for x in t.elts:
            delete_target(frame, x)
        return
    raise oefmt(objects.w_NotImplementedError, "del target not supported by mnpy")


# ====================================================================== statements

def exec_block(frame: Frame, body: list[A.Stmt]) -> None:
    for s in body:
        exec_stmt(frame, s)


def exec_stmt(frame: Frame, s: A.Stmt) -> None:
    frame.line = s.line
    if isinstance(s, A.ExprStmt):
        eval_expr(frame, s.value)
        return
    if isinstance(s, A.Assign):
        w_v = eval_expr(frame, s.value)
        for t in s.targets:
            assign_target(frame, t, w_v)
        return
    if isinstance(s, A.AugAssign):
        exec_augassign(frame, s)
        return
    if isinstance(s, A.If):
        if space.is_true(eval_expr(frame, s.test)):
            exec_block(frame, s.body)
        else:
            exec_block(frame, s.orelse)
        return
    if isinstance(s, A.For):
        exec_for(frame, s)
        return
    if isinstance(s, A.While):
        exec_while(frame, s)
        return
    if isinstance(s, A.Return):
        w_r: W_Root = w_None
        if s.value is not None:
            w_r = eval_expr(frame, s.value)
        raise ReturnSignal(w_r)
    if isinstance(s, A.Break):
        raise BreakSignal()
    if isinstance(s, A.Continue):
        raise ContinueSignal()
    if isinstance(s, A.Pass):
        return
    if isinstance(s, A.FunctionDef):
        frame.locals[s.info.name] = make_function(frame, s.info)
        return
    if isinstance(s, A.Try):
        exec_try(frame, s)
        return
    if isinstance(s, A.Raise):
        exec_raise(frame, s)
        return
    if isinstance(s, A.Assert):
        if not space.is_true(eval_expr(frame, s.test)):
            args: list[W_Root] = []
            if s.msg is not None:
                args.append(eval_expr(frame, s.msg))
            raise OperationError(W_BaseException(objects.w_AssertionError, args))
        return
    if isinstance(s, A.Delete):
        for t in s.targets:
            delete_target(frame, t)
        return
    if isinstance(s, A.Import):
        for i in range(len(s.modules)):
            frame.locals[s.asnames[i]] = import_module(s.modules[i])
        return
    if isinstance(s, A.ImportFrom):
        w_mod = import_module(s.module)
        for i in range(len(s.names)):
            w_x = w_mod.getattr(s.names[i])
            if w_x is None:
                raise oefmt(objects.w_ImportError, "cannot import name '" + s.names[i] +
                            "' from '" + s.module + "' (unknown location)")
            frame.locals[s.asnames[i]] = w_x
        return
    raise oefmt(objects.w_NotImplementedError, "statement not supported by mnpy (line " +
                str(s.line) + ")")


# CPython standard-library modules mnpy does not provide: importing one is
# a NotImplementedError naming it, not a ModuleNotFoundError that CPython
# would never raise
_CPYTHON_ONLY_MODULES = [
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins",
    "calendar", "cmath", "collections", "contextlib", "copy", "csv", "dataclasses",
    "datetime", "decimal", "enum", "fractions", "functools", "gc", "glob", "hashlib",
    "heapq", "io", "itertools", "json", "logging", "operator", "os", "pathlib", "pickle",
    "pprint", "random", "re", "shutil", "signal", "socket", "statistics", "string",
    "struct", "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "timeit",
    "traceback", "types", "typing", "unittest", "uuid", "warnings", "weakref",
]


def import_module(name: str) -> W_Root:
    w_mod = modules.get_module(name)
    if w_mod is None:
        top = name.split(".")[0]
        if top in _CPYTHON_ONLY_MODULES:
            raise oefmt(objects.w_NotImplementedError, "module '" + name +
                        "' is not supported by mnpy")
        raise oefmt(objects.w_ModuleNotFoundError, "No module named '" + name + "'")
    return w_mod


def exec_augassign(frame: Frame, s: A.AugAssign) -> None:
    t = s.target
    if isinstance(t, A.Name):
        w_old = lookup_name(frame, t.name)
        w_v = eval_expr(frame, s.value)
        frame.locals[t.name] = space.inplace_op(s.op, w_old, w_v)
        return
    if isinstance(t, A.Subscript):
        w_obj = eval_expr(frame, t.value)
        w_key = eval_expr(frame, t.index)
        w_old = space.getitem(w_obj, w_key)
        w_v = eval_expr(frame, s.value)
        space.setitem(w_obj, w_key, space.inplace_op(s.op, w_old, w_v))
        return
    if isinstance(t, A.Attribute):
        w_obj = eval_expr(frame, t.value)
        w_old = space.getattr(w_obj, t.attr)
        w_v = eval_expr(frame, s.value)
        space.setattr(w_obj, t.attr, space.inplace_op(s.op, w_old, w_v))
        return
    raise oefmt(objects.w_NotImplementedError, "augmented assignment target not supported")


def exec_for(frame: Frame, s: A.For) -> None:
    w_iterable = eval_expr(frame, s.iter)
    w_it = space.iterate(w_iterable)
    broke = False
    while True:
        frame.line = s.line   # next() and the assignment run on the for line
        w_x = w_it.next()
        if w_x is None:
            break
        assign_target(frame, s.target, w_x)
        try:
            exec_block(frame, s.body)
        except BreakSignal:
            broke = True
            break
        except ContinueSignal:
            continue
    if not broke:
        exec_block(frame, s.orelse)


def exec_while(frame: Frame, s: A.While) -> None:
    broke = False
    while True:
        frame.line = s.line   # the test runs on the while line each time
        if not space.is_true(eval_expr(frame, s.test)):
            break
        try:
            exec_block(frame, s.body)
        except BreakSignal:
            broke = True
            break
        except ContinueSignal:
            continue
    if not broke:
        exec_block(frame, s.orelse)


def exec_try(frame: Frame, s: A.Try) -> None:
    try:
        try:
            exec_block(frame, s.body)
        except OperationError as e:
            record_tb(e, frame.name, frame.line)
            handler = find_handler(frame, s, e)
            if handler is None:
                raise
            STATE.handling.append(e)
            try:
                if handler.name != "":
                    frame.locals[handler.name] = e.w_exc
                exec_block(frame, handler.body)
            finally:
                STATE.handling.pop()
                if handler.name != "" and handler.name in frame.locals:
                    del frame.locals[handler.name]
            return
        exec_block(frame, s.orelse)
    finally:
        if len(s.finalbody) > 0:
            exec_block(frame, s.finalbody)


def find_handler(frame: Frame, s: A.Try, e: OperationError) -> A.ExceptHandler | None:
    for h in s.handlers:
        if h.type is None:
            return h
        w_spec = eval_expr(frame, h.type)
        if space.exception_matches(e.w_exc, w_spec):
            return h
    return None


def exec_raise(frame: Frame, s: A.Raise) -> None:
    if s.exc is None:
        if len(STATE.handling) == 0:
            raise oefmt(objects.w_RuntimeError, "No active exception to reraise")
        raise STATE.handling[len(STATE.handling) - 1]
    w_e = eval_expr(frame, s.exc)
    err = space.make_exception(w_e)
    if s.cause is not None:
        w_c = eval_expr(frame, s.cause)
        if w_c is not w_None:
            cerr = space.make_exception(w_c)
            err.w_exc.setattr("__cause__", cerr.w_exc)
    raise err


# ====================================================================== running

class TreeRunner(Runner):
    def run_function(self, w_func: W_Function, frame: Frame) -> W_Root:
        info = w_func.info
        lb = info.lambda_body
        if lb is not None:
            return eval_expr(frame, lb)
        try:
            exec_block(frame, info.body)
        except ReturnSignal as r:
            return r.w_value
        return w_None


EXEC.runner = TreeRunner()


def new_globals(name: str) -> dict[str, W_Root]:
    g: dict[str, W_Root] = {}
    g["__name__"] = W_Str(name)
    g["__doc__"] = w_None
    return g


def run_module(mod: A.Module, w_globals: dict[str, W_Root]) -> Frame:
    """Execute a parsed module; OperationError propagates (frame.line is the
    line of the failing top-level statement)."""
    frame = Frame(mod.scope, w_globals, None, "<module>")
    EXEC.frame = frame
    try:
        exec_block(frame, mod.body)
    except OperationError as e:
        record_tb(e, "<module>", frame.line)
        raise
    return frame
