"""AST node classes for mnpy (built by interp.parser, run by interp.evaluator).

Expressions derive from Expr, statements from Stmt; every node has `.line`.
Function bodies (def and lambda) and comprehensions carry a Scope listing
the names local to them, computed by the parser (Python's rule: a name bound
anywhere in a function body is local to it).
"""

from interp.objects import W_Root


class Scope:
    """Local names of a function, lambda or comprehension (or the module)."""

    def __init__(self, name: str, is_module: bool) -> None:
        self.name = name
        self.is_module = is_module
        self.localnames: dict[str, bool] = {}

    def add(self, name: str) -> None:
        self.localnames[name] = True

    def is_local(self, name: str) -> bool:
        return name in self.localnames


class Node:
    def __init__(self, line: int) -> None:
        self.line = line


# ====================================================================== expressions

class Expr(Node):
    pass


class Const(Expr):
    def __init__(self, line: int, w_value: W_Root) -> None:
        Expr.__init__(self, line)
        self.w_value = w_value


class Name(Expr):
    def __init__(self, line: int, name: str) -> None:
        Expr.__init__(self, line)
        self.name = name


class BinOp(Expr):
    def __init__(self, line: int, op: int, left: Expr, right: Expr) -> None:
        Expr.__init__(self, line)
        self.op = op
        self.left = left
        self.right = right


class UnaryOp(Expr):
    def __init__(self, line: int, op: int, operand: Expr) -> None:
        Expr.__init__(self, line)
        self.op = op
        self.operand = operand


class BoolOp(Expr):
    def __init__(self, line: int, is_and: bool, values: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.is_and = is_and
        self.values = values


class Compare(Expr):
    def __init__(self, line: int, left: Expr, ops: list[int], comparators: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.left = left
        self.ops = ops
        self.comparators = comparators


class IfExp(Expr):
    def __init__(self, line: int, test: Expr, body: Expr, orelse: Expr) -> None:
        Expr.__init__(self, line)
        self.test = test
        self.body = body
        self.orelse = orelse


class Call(Expr):
    def __init__(self, line: int, func: Expr, args: list[Expr], kwnames: list[str],
                 kwvalues: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.func = func
        self.args = args
        self.kwnames = kwnames
        self.kwvalues = kwvalues


class Attribute(Expr):
    def __init__(self, line: int, value: Expr, attr: str) -> None:
        Expr.__init__(self, line)
        self.value = value
        self.attr = attr


class Subscript(Expr):
    def __init__(self, line: int, value: Expr, index: Expr) -> None:
        Expr.__init__(self, line)
        self.value = value
        self.index = index


class SliceExpr(Expr):
    def __init__(self, line: int, lower: Expr | None, upper: Expr | None,
                 step: Expr | None) -> None:
        Expr.__init__(self, line)
        self.lower = lower
        self.upper = upper
        self.step = step


class ListExpr(Expr):
    def __init__(self, line: int, elts: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.elts = elts


class TupleExpr(Expr):
    def __init__(self, line: int, elts: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.elts = elts


class SetExpr(Expr):
    def __init__(self, line: int, elts: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.elts = elts


class DictExpr(Expr):
    def __init__(self, line: int, keys: list[Expr], values: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.keys = keys
        self.values = values


class Starred(Expr):
    """Only recognised to give a clean 'not supported' error."""

    def __init__(self, line: int, value: Expr) -> None:
        Expr.__init__(self, line)
        self.value = value


class FormattedValue(Expr):
    """One {expr!conv:spec} of an f-string; spec is None or an FString."""

    def __init__(self, line: int, value: Expr, conversion: str, spec: "FString | None") -> None:
        Expr.__init__(self, line)
        self.value = value
        self.conversion = conversion
        self.spec = spec


class FString(Expr):
    """Parts are Const (str) or FormattedValue."""

    def __init__(self, line: int, parts: list[Expr]) -> None:
        Expr.__init__(self, line)
        self.parts = parts


class Comprehension(Node):
    def __init__(self, line: int, target: Expr, iter: Expr, ifs: list[Expr]) -> None:
        Node.__init__(self, line)
        self.target = target
        self.iter = iter
        self.ifs = ifs


# kinds of comprehension
COMP_LIST = 0
COMP_SET = 1
COMP_DICT = 2
COMP_GEN = 3     # generator expression: evaluated eagerly to a list


class Comp(Expr):
    def __init__(self, line: int, kind: int, elt: Expr, value: Expr | None,
                 generators: list[Comprehension], scope: Scope) -> None:
        Expr.__init__(self, line)
        self.kind = kind
        self.elt = elt          # the key for dict comprehensions
        self.value = value      # dict comprehensions only
        self.generators = generators
        self.scope = scope


class FuncInfo:
    """What `def` and `lambda` share: signature, body and scope."""

    def __init__(self, name: str, qualname: str, line: int) -> None:
        self.name = name
        self.qualname = qualname
        self.line = line
        self.argnames: list[str] = []          # positional-or-keyword
        self.defaults: list[Expr] = []         # for the last len(defaults) argnames
        self.kwonly: list[str] = []
        self.kwdefaults: list[Expr | None] = []
        self.body: list[Stmt] = []
        self.scope = Scope(name, False)
        self.is_lambda = False
        self.lambda_body: Expr | None = None


class Lambda(Expr):
    def __init__(self, line: int, info: FuncInfo) -> None:
        Expr.__init__(self, line)
        self.info = info


# ====================================================================== statements

class Stmt(Node):
    pass


class ExprStmt(Stmt):
    def __init__(self, line: int, value: Expr) -> None:
        Stmt.__init__(self, line)
        self.value = value


class Assign(Stmt):
    def __init__(self, line: int, targets: list[Expr], value: Expr) -> None:
        Stmt.__init__(self, line)
        self.targets = targets
        self.value = value


class AugAssign(Stmt):
    def __init__(self, line: int, target: Expr, op: int, value: Expr) -> None:
        Stmt.__init__(self, line)
        self.target = target
        self.op = op
        self.value = value


class If(Stmt):
    def __init__(self, line: int, test: Expr, body: list[Stmt], orelse: list[Stmt]) -> None:
        Stmt.__init__(self, line)
        self.test = test
        self.body = body
        self.orelse = orelse


class While(Stmt):
    def __init__(self, line: int, test: Expr, body: list[Stmt], orelse: list[Stmt]) -> None:
        Stmt.__init__(self, line)
        self.test = test
        self.body = body
        self.orelse = orelse


class For(Stmt):
    def __init__(self, line: int, target: Expr, iter: Expr, body: list[Stmt],
                 orelse: list[Stmt]) -> None:
        Stmt.__init__(self, line)
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse


class Break(Stmt):
    pass


class Continue(Stmt):
    pass


class Pass(Stmt):
    pass


class Return(Stmt):
    def __init__(self, line: int, value: Expr | None) -> None:
        Stmt.__init__(self, line)
        self.value = value


class FunctionDef(Stmt):
    def __init__(self, line: int, info: FuncInfo) -> None:
        Stmt.__init__(self, line)
        self.info = info


class ExceptHandler(Node):
    def __init__(self, line: int, type: Expr | None, name: str, body: list[Stmt]) -> None:
        Node.__init__(self, line)
        self.type = type
        self.name = name
        self.body = body


class Try(Stmt):
    def __init__(self, line: int, body: list[Stmt], handlers: list[ExceptHandler],
                 orelse: list[Stmt], finalbody: list[Stmt]) -> None:
        Stmt.__init__(self, line)
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody


class Raise(Stmt):
    def __init__(self, line: int, exc: Expr | None, cause: Expr | None) -> None:
        Stmt.__init__(self, line)
        self.exc = exc
        self.cause = cause


class Assert(Stmt):
    def __init__(self, line: int, test: Expr, msg: Expr | None) -> None:
        Stmt.__init__(self, line)
        self.test = test
        self.msg = msg


class Delete(Stmt):
    def __init__(self, line: int, targets: list[Expr]) -> None:
        Stmt.__init__(self, line)
        self.targets = targets


class Import(Stmt):
    """import a [as b], c ...: modules[i] bound to asnames[i]."""

    def __init__(self, line: int, modules: list[str], asnames: list[str]) -> None:
        Stmt.__init__(self, line)
        self.modules = modules
        self.asnames = asnames


class ImportFrom(Stmt):
    def __init__(self, line: int, module: str, names: list[str], asnames: list[str]) -> None:
        Stmt.__init__(self, line)
        self.module = module
        self.names = names
        self.asnames = asnames


class Module:
    def __init__(self, body: list[Stmt], scope: Scope) -> None:
        self.body = body
        self.scope = scope
