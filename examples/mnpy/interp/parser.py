"""Recursive-descent parser for mnpy: tokens (interp.lexer) -> AST (interp.astnodes).

Follows the Python 3.11 grammar for the supported subset. While parsing it
records, per function/lambda/comprehension, the names bound in that scope
(assignment targets, for targets, def names, imports, except-as names,
parameters), which is how the evaluator applies Python's local-variable rule.
Syntax errors raise lexer.MnpySyntaxError with CPython 3.11's messages for
the common cases; unsupported constructs raise it with kind
'NotImplementedError'.
"""

from interp import ops
from interp import astnodes as A
from interp.lexer import (
    Token, MnpySyntaxError, Lexer, decode_escapes, KEYWORDS,
    NAME, NUMBER, STRING, FSTRING, OP, NEWLINE, INDENT, DEDENT, EOF,
)
from interp.objects import W_Int, W_BigInt, W_Float, W_Str, w_None, w_True, w_False, w_Ellipsis

AUG_OPS = {"+=": ops.ADD, "-=": ops.SUB, "*=": ops.MUL, "/=": ops.TRUEDIV,
           "//=": ops.FLOORDIV, "%=": ops.MOD, "**=": ops.POW, "<<=": ops.LSHIFT,
           ">>=": ops.RSHIFT, "&=": ops.AND, "|=": ops.OR, "^=": ops.XOR,
           "@=": ops.MATMUL}


def unsupported(what: str, line: int) -> MnpySyntaxError:
    return MnpySyntaxError("NotImplementedError",
                           what + " not supported by mnpy (line " + str(line) + ")", line)


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.scopes: list[A.Scope] = []
        self.qualnames: list[str] = []
        self.loop_depth = 0
        self.func_depth = 0
        self.bracket_depth = 0

    # ------------------------------------------------------------ helpers

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def peek_at(self, k: int) -> Token:
        i = self.pos + k
        if i >= len(self.tokens):
            return self.tokens[len(self.tokens) - 1]
        return self.tokens[i]

    def advance(self) -> Token:
        t = self.tokens[self.pos]
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return t

    def is_op(self, value: str) -> bool:
        t = self.tokens[self.pos]
        return t.kind == OP and t.value == value

    def is_kw(self, value: str) -> bool:
        t = self.tokens[self.pos]
        return t.kind == NAME and t.value == value

    def error(self, msg: str) -> MnpySyntaxError:
        return MnpySyntaxError("SyntaxError", msg, self.peek().line)

    def invalid(self) -> MnpySyntaxError:
        return self.error("invalid syntax")

    def expect_op(self, value: str) -> Token:
        if not self.is_op(value):
            raise self.invalid()
        return self.advance()

    def expect_colon(self) -> None:
        if not self.is_op(":"):
            raise self.error("expected ':'")
        self.advance()

    def eat_op(self, value: str) -> bool:
        if self.is_op(value):
            self.advance()
            return True
        return False

    def eat_kw(self, value: str) -> bool:
        if self.is_kw(value):
            self.advance()
            return True
        return False

    def scope(self) -> A.Scope:
        return self.scopes[len(self.scopes) - 1]

    def bind(self, name: str) -> None:
        self.scope().add(name)

    def starts_expression(self, t: Token) -> bool:
        if t.kind == NAME:
            return t.value not in KEYWORDS or t.value in ["None", "True", "False", "not",
                                                          "lambda", "await"]
        if t.kind == NUMBER or t.kind == STRING or t.kind == FSTRING:
            return True
        if t.kind == OP:
            return t.value in ["(", "[", "{", "-", "+", "~", "..."]
        return False

    # ------------------------------------------------------------ module / blocks

    def parse_module(self) -> A.Module:
        sc = A.Scope("<module>", True)
        self.scopes.append(sc)
        body: list[A.Stmt] = []
        while self.peek().kind != EOF:
            t = self.peek()
            if t.kind == NEWLINE:
                self.advance()
                continue
            if t.kind == INDENT:
                raise MnpySyntaxError("IndentationError", "unexpected indent", t.line)
            self.parse_statement(body)
        self.scopes.pop()
        return A.Module(body, sc)

    def parse_block(self, what: str, header_line: int) -> list[A.Stmt]:
        """After the ':' of a compound statement."""
        body: list[A.Stmt] = []
        if self.peek().kind != NEWLINE:
            self.parse_simple_line(body)
            return body
        self.advance()
        if self.peek().kind != INDENT:
            raise MnpySyntaxError("IndentationError",
                                  "expected an indented block after " + what + " on line " +
                                  str(header_line), self.peek().line)
        self.advance()
        while True:
            t = self.peek()
            if t.kind == DEDENT:
                self.advance()
                break
            if t.kind == EOF:
                break
            if t.kind == NEWLINE:
                self.advance()
                continue
            if t.kind == INDENT:
                raise MnpySyntaxError("IndentationError", "unexpected indent", t.line)
            self.parse_statement(body)
        return body

    def parse_statement(self, out: list[A.Stmt]) -> None:
        t = self.peek()
        if t.kind == NAME:
            v = t.value
            if v == "if":
                out.append(self.parse_if())
                return
            if v == "while":
                out.append(self.parse_while())
                return
            if v == "for":
                out.append(self.parse_for())
                return
            if v == "def":
                out.append(self.parse_def())
                return
            if v == "try":
                out.append(self.parse_try())
                return
            if v == "class":
                raise unsupported("class definitions are", t.line)
            if v == "with":
                raise unsupported("'with' statements are", t.line)
            if v == "async":
                raise unsupported("async is", t.line)
            if v == "match" and self.peek_at(1).kind in [NAME, NUMBER, STRING] and \
                    self.line_has_colon_end():
                raise unsupported("'match' statements are", t.line)
        if t.kind == OP and t.value == "@":
            raise unsupported("decorators are", t.line)
        self.parse_simple_line(out)

    def line_has_colon_end(self) -> bool:
        i = self.pos
        while i < len(self.tokens) and self.tokens[i].kind != NEWLINE and \
                self.tokens[i].kind != EOF:
            i += 1
        return i > 0 and self.tokens[i - 1].kind == OP and self.tokens[i - 1].value == ":"

    def parse_simple_line(self, out: list[A.Stmt]) -> None:
        while True:
            out.append(self.parse_simple())
            if self.eat_op(";"):
                if self.peek().kind == NEWLINE:
                    break
                continue
            break
        t = self.peek()
        if t.kind == NEWLINE:
            self.advance()
            return
        if t.kind == EOF:
            return
        raise self.invalid()

    # ------------------------------------------------------------ compound statements

    def parse_if(self) -> A.Stmt:
        t = self.advance()
        test = self.parse_namedexpr_test()
        self.expect_colon()
        body = self.parse_block("'" + t.value + "' statement", t.line)
        orelse: list[A.Stmt] = []
        if self.is_kw("elif"):
            orelse.append(self.parse_if())
        elif self.is_kw("else"):
            et = self.advance()
            self.expect_colon()
            orelse = self.parse_block("'else' statement", et.line)
        return A.If(t.line, test, body, orelse)

    def parse_loop_else(self) -> list[A.Stmt]:
        if self.is_kw("else"):
            et = self.advance()
            self.expect_colon()
            return self.parse_block("'else' statement", et.line)
        return []

    def parse_while(self) -> A.Stmt:
        t = self.advance()
        test = self.parse_namedexpr_test()
        self.expect_colon()
        self.loop_depth += 1
        body = self.parse_block("'while' statement", t.line)
        self.loop_depth -= 1
        orelse = self.parse_loop_else()
        return A.While(t.line, test, body, orelse)

    def parse_for(self) -> A.Stmt:
        t = self.advance()
        target = self.parse_target_list()
        if not self.is_kw("in"):
            raise self.invalid()
        self.advance()
        it = self.parse_testlist()
        self.expect_colon()
        self.loop_depth += 1
        body = self.parse_block("'for' statement", t.line)
        self.loop_depth -= 1
        orelse = self.parse_loop_else()
        return A.For(t.line, target, it, body, orelse)

    def parse_target_list(self) -> A.Expr:
        """for-loop / comprehension target: exprlist of star_targets."""
        line = self.peek().line
        first = self.parse_or_expr()
        if not self.is_op(","):
            self.check_target(first, True)
            return first
        elts: list[A.Expr] = [first]
        while self.eat_op(","):
            if self.is_kw("in") or self.is_op("="):
                break
            elts.append(self.parse_or_expr())
        tup = A.TupleExpr(line, elts)
        self.check_target(tup, True)
        return tup

    def parse_try(self) -> A.Stmt:
        t = self.advance()
        self.expect_colon()
        body = self.parse_block("'try' statement", t.line)
        handlers: list[A.ExceptHandler] = []
        while self.is_kw("except"):
            et = self.advance()
            if self.is_op("*"):
                raise unsupported("except* is", et.line)
            typ: A.Expr | None = None
            name = ""
            if not self.is_op(":"):
                typ = self.parse_test()
                if self.is_op(","):
                    # except A, B:  -> CPython: multiple exception types must be parenthesized
                    raise self.error("multiple exception types must be parenthesized")
                if self.eat_kw("as"):
                    nt = self.advance()
                    if nt.kind != NAME or nt.value in KEYWORDS:
                        raise self.invalid()
                    name = nt.value
                    self.bind(name)
            self.expect_colon()
            hbody = self.parse_block("'except' statement", et.line)
            handlers.append(A.ExceptHandler(et.line, typ, name, hbody))
        orelse: list[A.Stmt] = []
        finalbody: list[A.Stmt] = []
        if self.is_kw("else"):
            if len(handlers) == 0:
                raise self.invalid()
            et = self.advance()
            self.expect_colon()
            orelse = self.parse_block("'else' statement", et.line)
        if self.is_kw("finally"):
            ft = self.advance()
            self.expect_colon()
            finalbody = self.parse_block("'finally' statement", ft.line)
        if len(handlers) == 0 and len(finalbody) == 0:
            raise self.error("expected 'except' or 'finally' block")
        return A.Try(t.line, body, handlers, orelse, finalbody)

    def parse_def(self) -> A.Stmt:
        t = self.advance()
        nt = self.advance()
        if nt.kind != NAME or nt.value in KEYWORDS:
            raise MnpySyntaxError("SyntaxError", "invalid syntax", nt.line)
        name = nt.value
        self.bind(name)
        qual = name
        if len(self.qualnames) > 0:
            qual = self.qualnames[len(self.qualnames) - 1] + ".<locals>." + name
        info = A.FuncInfo(name, qual, t.line)
        info.scope = A.Scope(name, False)
        if not self.is_op("("):
            raise self.error("expected '('")
        self.advance()
        self.bracket_depth += 1
        self.parse_params(info, ")")
        self.bracket_depth -= 1
        self.expect_op(")")
        if self.eat_op("->"):
            self.parse_test()
        self.expect_colon()
        self.scopes.append(info.scope)
        self.qualnames.append(qual)
        saved_loop = self.loop_depth
        self.loop_depth = 0
        self.func_depth += 1
        info.body = self.parse_block("function definition", t.line)
        self.func_depth -= 1
        self.loop_depth = saved_loop
        self.qualnames.pop()
        self.scopes.pop()
        return A.FunctionDef(t.line, info)

    def parse_params(self, info: A.FuncInfo, closer: str) -> None:
        """Parameters up to (not including) closer (')' for def, ':' for lambda).
        Defaults are parsed in the enclosing scope (they are evaluated there)."""
        kwonly = False
        seen: dict[str, bool] = {}
        while not self.is_op(closer):
            t = self.peek()
            if self.is_op("*"):
                self.advance()
                if self.peek().kind == NAME:
                    raise unsupported("*args parameters are", t.line)
                if kwonly:
                    raise self.invalid()
                kwonly = True
                if not self.is_op(","):
                    raise self.error("named arguments must follow bare *")
                self.advance()
                continue
            if self.is_op("**"):
                raise unsupported("**kwargs parameters are", t.line)
            if self.is_op("/"):
                raise unsupported("positional-only parameters are", t.line)
            nt = self.peek()
            if nt.kind != NAME or nt.value in KEYWORDS:
                raise MnpySyntaxError("SyntaxError", "invalid syntax", nt.line)
            self.advance()
            pname = nt.value
            if pname in seen:
                raise MnpySyntaxError("SyntaxError", "duplicate argument '" + pname +
                                      "' in function definition", nt.line)
            seen[pname] = True
            info.scope.add(pname)
            if closer == ")" and self.eat_op(":"):
                self.parse_test()
            default: A.Expr | None = None
            if self.eat_op("="):
                default = self.parse_test()
            if kwonly:
                info.kwonly.append(pname)
                info.kwdefaults.append(default)
            else:
                if default is not None:
                    info.defaults.append(default)
                elif len(info.defaults) > 0:
                    raise MnpySyntaxError("SyntaxError",
                                          "non-default argument follows default argument",
                                          nt.line)
                info.argnames.append(pname)
            if not self.eat_op(","):
                break

    # ------------------------------------------------------------ simple statements

    def parse_simple(self) -> A.Stmt:
        t = self.peek()
        line = t.line
        if t.kind == NAME:
            v = t.value
            if v == "pass":
                self.advance()
                return A.Pass(line)
            if v == "break":
                self.advance()
                if self.loop_depth == 0:
                    raise MnpySyntaxError("SyntaxError", "'break' outside loop", line)
                return A.Break(line)
            if v == "continue":
                self.advance()
                if self.loop_depth == 0:
                    raise MnpySyntaxError("SyntaxError", "'continue' not properly in loop", line)
                return A.Continue(line)
            if v == "return":
                self.advance()
                if self.func_depth == 0:
                    raise MnpySyntaxError("SyntaxError", "'return' outside function", line)
                value: A.Expr | None = None
                if self.peek().kind != NEWLINE and not self.is_op(";") and \
                        self.peek().kind != EOF:
                    value = self.parse_testlist_star()
                return A.Return(line, value)
            if v == "raise":
                self.advance()
                exc: A.Expr | None = None
                cause: A.Expr | None = None
                if self.peek().kind != NEWLINE and not self.is_op(";") and \
                        self.peek().kind != EOF:
                    exc = self.parse_test()
                    if self.eat_kw("from"):
                        cause = self.parse_test()
                return A.Raise(line, exc, cause)
            if v == "assert":
                self.advance()
                test = self.parse_test()
                msg: A.Expr | None = None
                if self.eat_op(","):
                    msg = self.parse_test()
                return A.Assert(line, test, msg)
            if v == "del":
                self.advance()
                targets: list[A.Expr] = []
                while True:
                    e = self.parse_or_expr()
                    self.check_del(e)
                    targets.append(e)
                    if not self.eat_op(","):
                        break
                    if self.peek().kind == NEWLINE:
                        break
                return A.Delete(line, targets)
            if v == "import":
                return self.parse_import()
            if v == "from":
                return self.parse_from_import()
            if v == "global" or v == "nonlocal":
                raise unsupported("'" + v + "' statements are", line)
            if v == "yield":
                raise unsupported("'yield' is", line)
            if v in ["else", "elif", "except", "finally", "in", "is", "and", "or", "as",
                     "if", "for", "while", "def", "class", "try", "with", "lambda"]:
                if v != "lambda":
                    raise self.invalid()
        return self.parse_expr_stmt()

    def dotted_name(self) -> str:
        nt = self.advance()
        if nt.kind != NAME or nt.value in KEYWORDS:
            raise MnpySyntaxError("SyntaxError", "invalid syntax", nt.line)
        name = nt.value
        while self.eat_op("."):
            nt = self.advance()
            if nt.kind != NAME:
                raise MnpySyntaxError("SyntaxError", "invalid syntax", nt.line)
            name = name + "." + nt.value
        return name

    def parse_import(self) -> A.Stmt:
        t = self.advance()
        modules: list[str] = []
        asnames: list[str] = []
        while True:
            mod = self.dotted_name()
            asname = mod
            if self.eat_kw("as"):
                nt = self.advance()
                if nt.kind != NAME or nt.value in KEYWORDS:
                    raise MnpySyntaxError("SyntaxError", "invalid syntax", nt.line)
                asname = nt.value
            elif "." in mod:
                raise unsupported("importing submodules is", t.line)
            modules.append(mod)
            asnames.append(asname)
            self.bind(asname)
            if not self.eat_op(","):
                break
        return A.Import(t.line, modules, asnames)

    def parse_from_import(self) -> A.Stmt:
        t = self.advance()
        if self.is_op("."):
            raise unsupported("relative imports are", t.line)
        mod = self.dotted_name()
        if not self.eat_kw("import"):
            raise self.invalid()
        names: list[str] = []
        asnames: list[str] = []
        if self.is_op("*"):
            raise unsupported("'from ... import *' is", t.line)
        paren = self.eat_op("(")
        while True:
            nt = self.advance()
            if nt.kind != NAME or nt.value in KEYWORDS:
                raise MnpySyntaxError("SyntaxError", "invalid syntax", nt.line)
            asname = nt.value
            if self.eat_kw("as"):
                at = self.advance()
                if at.kind != NAME or at.value in KEYWORDS:
                    raise MnpySyntaxError("SyntaxError", "invalid syntax", at.line)
                asname = at.value
            names.append(nt.value)
            asnames.append(asname)
            self.bind(asname)
            if not self.eat_op(","):
                break
            if paren and self.is_op(")"):
                break
        if paren:
            self.expect_op(")")
        return A.ImportFrom(t.line, mod, names, asnames)

    def parse_expr_stmt(self) -> A.Stmt:
        line = self.peek().line
        first_tok = self.peek()
        e = self.parse_testlist_star()
        if self.is_op("="):
            targets: list[A.Expr] = [e]
            value = e
            while self.eat_op("="):
                if self.is_kw("yield"):
                    raise unsupported("'yield' is", line)
                value = self.parse_testlist_star()
                targets.append(value)
            targets.pop()
            for i in range(len(targets)):
                self.check_assign_target(targets[i], i == len(targets) - 1 and len(targets) == 1)
            return A.Assign(line, targets, value)
        t = self.peek()
        if t.kind == OP and t.value in AUG_OPS:
            self.advance()
            if not (isinstance(e, A.Name) or isinstance(e, A.Attribute) or
                    isinstance(e, A.Subscript)):
                raise MnpySyntaxError("SyntaxError", "'" + expr_kind(e) +
                                      "' is an illegal expression for augmented assignment",
                                      line)
            self.check_target(e, True)
            value = self.parse_testlist_star()
            return A.AugAssign(line, e, AUG_OPS[t.value], value)
        if t.kind == OP and t.value == ":":
            # annotated assignment: x: int = 5
            if not (isinstance(e, A.Name) or isinstance(e, A.Attribute) or
                    isinstance(e, A.Subscript)):
                raise MnpySyntaxError("SyntaxError",
                                      "only single target (not tuple) can be annotated", line)
            self.advance()
            self.parse_test()
            if self.eat_op("="):
                self.check_target(e, True)
                value = self.parse_testlist_star()
                return A.Assign(line, [e], value)
            if isinstance(e, A.Name):
                self.bind(e.name)
            return A.Pass(line)
        if isinstance(e, A.Name) and (e.name == "print" or e.name == "exec") and \
                self.starts_expression(t) and first_tok.kind == NAME:
            raise MnpySyntaxError("SyntaxError", "Missing parentheses in call to '" + e.name +
                                  "'. Did you mean " + e.name + "(...)?", line)
        if self.starts_expression(t) and t.kind != OP:
            raise self.invalid()
        return A.ExprStmt(line, e)

    # ------------------------------------------------------------ targets

    def check_assign_target(self, e: A.Expr, single: bool) -> None:
        if isinstance(e, A.Const) or isinstance(e, A.FString):
            raise MnpySyntaxError("SyntaxError", "cannot assign to literal" +
                                  (" here. Maybe you meant '==' instead of '='?" if single
                                   else ""), e.line)
        if isinstance(e, A.Call) or isinstance(e, A.BinOp) or isinstance(e, A.Compare) or \
                isinstance(e, A.BoolOp) or isinstance(e, A.UnaryOp) or \
                isinstance(e, A.Lambda) or isinstance(e, A.IfExp) or isinstance(e, A.Comp) or \
                isinstance(e, A.DictExpr) or isinstance(e, A.SetExpr):
            if single:
                raise MnpySyntaxError("SyntaxError", "cannot assign to " + expr_kind(e) +
                                      " here. Maybe you meant '==' instead of '='?", e.line)
            raise MnpySyntaxError("SyntaxError", "cannot assign to " + expr_kind(e), e.line)
        self.check_target(e, False)

    def check_target(self, e: A.Expr, strict: bool) -> None:
        if isinstance(e, A.Name):
            if e.name == "__debug__":
                raise MnpySyntaxError("SyntaxError", "cannot assign to __debug__", e.line)
            self.bind(e.name)
            return
        if isinstance(e, A.Attribute) or isinstance(e, A.Subscript):
            return
        if isinstance(e, A.TupleExpr):
            for x in e.elts:
                self.check_target(x, strict)
            return
        if isinstance(e, A.ListExpr):
            for x in e.elts:
                self.check_target(x, strict)
            return
        if isinstance(e, A.Starred):
            raise unsupported("starred assignment targets are", e.line)
        raise MnpySyntaxError("SyntaxError", "cannot assign to " + expr_kind(e), e.line)

    def check_del(self, e: A.Expr) -> None:
        if isinstance(e, A.Name):
            self.bind(e.name)
            return
        if isinstance(e, A.Attribute) or isinstance(e, A.Subscript):
            return
        if isinstance(e, A.TupleExpr) or isinstance(e, A.ListExpr):
            elts = e.elts if isinstance(e, A.TupleExpr) else e.elts
            for x in elts:
                self.check_del(x)
            return
        raise MnpySyntaxError("SyntaxError", "cannot delete " + expr_kind(e), e.line)

    # ------------------------------------------------------------ expressions

    def parse_testlist_star(self) -> A.Expr:
        """Expression list at statement level: a bare tuple if there are commas."""
        line = self.peek().line
        first = self.parse_star_or_test()
        if not self.is_op(","):
            return first
        elts: list[A.Expr] = [first]
        while self.eat_op(","):
            if not self.starts_expression(self.peek()) and not self.is_op("*"):
                break
            elts.append(self.parse_star_or_test())
        return A.TupleExpr(line, elts)

    def parse_testlist(self) -> A.Expr:
        return self.parse_testlist_star()

    def parse_star_or_test(self) -> A.Expr:
        if self.is_op("*"):
            t = self.advance()
            raise unsupported("star-unpacking is", t.line)
        return self.parse_namedexpr_test()

    def parse_namedexpr_test(self) -> A.Expr:
        e = self.parse_test()
        if self.is_op(":="):
            raise unsupported("the walrus operator is", self.peek().line)
        return e

    def parse_test(self) -> A.Expr:
        if self.is_kw("lambda"):
            return self.parse_lambda(False)
        line = self.peek().line
        e = self.parse_or_test()
        if self.is_kw("if"):
            self.advance()
            test = self.parse_or_test()
            if not self.is_kw("else"):
                raise self.error("expected 'else' after 'if' expression")
            self.advance()
            orelse = self.parse_test()
            return A.IfExp(line, test, e, orelse)
        return e

    def parse_test_nocond(self) -> A.Expr:
        if self.is_kw("lambda"):
            return self.parse_lambda(True)
        return self.parse_or_test()

    def parse_lambda(self, nocond: bool) -> A.Expr:
        t = self.advance()
        qual = "<lambda>"
        if len(self.qualnames) > 0:
            qual = self.qualnames[len(self.qualnames) - 1] + ".<locals>.<lambda>"
        info = A.FuncInfo("<lambda>", qual, t.line)
        info.is_lambda = True
        self.parse_params(info, ":")
        self.expect_colon()
        self.scopes.append(info.scope)
        self.qualnames.append(qual)
        saved_loop = self.loop_depth
        saved_bd = self.bracket_depth
        self.loop_depth = 0
        if self.is_kw("yield"):
            raise unsupported("'yield' is", t.line)
        if nocond:
            body = self.parse_test_nocond()
        else:
            body = self.parse_test()
        self.loop_depth = saved_loop
        self.bracket_depth = saved_bd
        self.qualnames.pop()
        self.scopes.pop()
        info.lambda_body = body
        info.body = [A.Return(t.line, body)]
        return A.Lambda(t.line, info)

    def parse_or_test(self) -> A.Expr:
        line = self.peek().line
        e = self.parse_and_test()
        if not self.is_kw("or"):
            return e
        values: list[A.Expr] = [e]
        while self.eat_kw("or"):
            values.append(self.parse_and_test())
        return A.BoolOp(line, False, values)

    def parse_and_test(self) -> A.Expr:
        line = self.peek().line
        e = self.parse_not_test()
        if not self.is_kw("and"):
            return e
        values: list[A.Expr] = [e]
        while self.eat_kw("and"):
            values.append(self.parse_not_test())
        return A.BoolOp(line, True, values)

    def parse_not_test(self) -> A.Expr:
        if self.is_kw("not"):
            t = self.advance()
            return A.UnaryOp(t.line, ops.NOT, self.parse_not_test())
        return self.parse_comparison()

    def comp_op(self) -> int:
        """The comparison operator at the current token (consumed), or -1."""
        t = self.peek()
        if t.kind == OP:
            v = t.value
            code = -1
            if v == "<":
                code = ops.LT
            elif v == "<=":
                code = ops.LE
            elif v == "==":
                code = ops.EQ
            elif v == "!=":
                code = ops.NE
            elif v == ">":
                code = ops.GT
            elif v == ">=":
                code = ops.GE
            if code >= 0:
                self.advance()
            return code
        if t.kind == NAME:
            if t.value == "in":
                self.advance()
                return ops.IN
            if t.value == "is":
                self.advance()
                if self.eat_kw("not"):
                    return ops.IS_NOT
                return ops.IS
            if t.value == "not" and self.peek_at(1).kind == NAME and \
                    self.peek_at(1).value == "in":
                self.advance()
                self.advance()
                return ops.NOT_IN
        return -1

    def parse_comparison(self) -> A.Expr:
        line = self.peek().line
        e = self.parse_or_expr()
        code = self.comp_op()
        if code < 0:
            return e
        opl: list[int] = []
        comps: list[A.Expr] = []
        while code >= 0:
            opl.append(code)
            comps.append(self.parse_or_expr())
            code = self.comp_op()
        return A.Compare(line, e, opl, comps)

    def parse_or_expr(self) -> A.Expr:
        e = self.parse_xor_expr()
        while self.is_op("|"):
            t = self.advance()
            e = A.BinOp(t.line, ops.OR, e, self.parse_xor_expr())
        return e

    def parse_xor_expr(self) -> A.Expr:
        e = self.parse_and_expr()
        while self.is_op("^"):
            t = self.advance()
            e = A.BinOp(t.line, ops.XOR, e, self.parse_and_expr())
        return e

    def parse_and_expr(self) -> A.Expr:
        e = self.parse_shift_expr()
        while self.is_op("&"):
            t = self.advance()
            e = A.BinOp(t.line, ops.AND, e, self.parse_shift_expr())
        return e

    def parse_shift_expr(self) -> A.Expr:
        e = self.parse_arith_expr()
        while self.is_op("<<") or self.is_op(">>"):
            t = self.advance()
            op = ops.LSHIFT if t.value == "<<" else ops.RSHIFT
            e = A.BinOp(t.line, op, e, self.parse_arith_expr())
        return e

    def parse_arith_expr(self) -> A.Expr:
        e = self.parse_term()
        while self.is_op("+") or self.is_op("-"):
            t = self.advance()
            op = ops.ADD if t.value == "+" else ops.SUB
            e = A.BinOp(t.line, op, e, self.parse_term())
        return e

    def parse_term(self) -> A.Expr:
        e = self.parse_factor()
        while True:
            t = self.peek()
            if t.kind != OP:
                return e
            v = t.value
            if v == "*":
                op = ops.MUL
            elif v == "/":
                op = ops.TRUEDIV
            elif v == "//":
                op = ops.FLOORDIV
            elif v == "%":
                op = ops.MOD
            elif v == "@":
                op = ops.MATMUL
            else:
                return e
            self.advance()
            e = A.BinOp(t.line, op, e, self.parse_factor())

    def parse_factor(self) -> A.Expr:
        t = self.peek()
        if t.kind == OP:
            if t.value == "-":
                self.advance()
                operand = self.parse_factor()
                # fold -<int literal> so that -9223372036854775808 works
                return A.UnaryOp(t.line, ops.NEG, operand)
            if t.value == "+":
                self.advance()
                return A.UnaryOp(t.line, ops.POS, self.parse_factor())
            if t.value == "~":
                self.advance()
                return A.UnaryOp(t.line, ops.INVERT, self.parse_factor())
        return self.parse_power()

    def parse_power(self) -> A.Expr:
        if self.is_kw("await"):
            raise unsupported("'await' is", self.peek().line)
        e = self.parse_atom_expr()
        if self.is_op("**"):
            t = self.advance()
            return A.BinOp(t.line, ops.POW, e, self.parse_factor())
        return e

    def parse_atom_expr(self) -> A.Expr:
        e = self.parse_atom()
        while True:
            t = self.peek()
            if t.kind != OP:
                break
            if t.value == "(":
                self.advance()
                e = self.parse_call(e, t.line)
            elif t.value == "[":
                self.advance()
                self.bracket_depth += 1
                idx = self.parse_subscript_list()
                self.bracket_depth -= 1
                self.expect_op("]")
                e = A.Subscript(t.line, e, idx)
            elif t.value == ".":
                self.advance()
                nt = self.advance()
                if nt.kind != NAME:
                    raise MnpySyntaxError("SyntaxError", "invalid syntax", nt.line)
                e = A.Attribute(t.line, e, nt.value)
            else:
                break
        return e

    def parse_call(self, func: A.Expr, line: int) -> A.Expr:
        self.bracket_depth += 1
        args: list[A.Expr] = []
        kwnames: list[str] = []
        kwvalues: list[A.Expr] = []
        nargs = 0
        while not self.is_op(")"):
            t = self.peek()
            if self.is_op("*") or self.is_op("**"):
                raise unsupported("star-arguments in calls are", t.line)
            if t.kind == NAME and self.peek_at(1).kind == OP and self.peek_at(1).value == "=" \
                    and t.value not in KEYWORDS:
                self.advance()
                self.advance()
                if t.value in kwnames:
                    raise MnpySyntaxError("SyntaxError", "keyword argument repeated: " +
                                          t.value, t.line)
                kwnames.append(t.value)
                kwvalues.append(self.parse_test())
            else:
                a = self.parse_namedexpr_test()
                if self.is_kw("for"):
                    a = self.parse_comp_tail(A.COMP_GEN, a, None, a.line)
                    if self.is_op(",") and not (self.peek_at(1).kind == OP and
                                                self.peek_at(1).value == ")"):
                        raise MnpySyntaxError("SyntaxError",
                                              "Generator expression must be parenthesized",
                                              a.line)
                    if nargs > 0 or len(kwnames) > 0:
                        raise MnpySyntaxError("SyntaxError",
                                              "Generator expression must be parenthesized",
                                              a.line)
                elif self.is_op("="):
                    raise MnpySyntaxError(
                        "SyntaxError",
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        a.line)
                if len(kwnames) > 0:
                    raise MnpySyntaxError("SyntaxError",
                                          "positional argument follows keyword argument",
                                          a.line)
                args.append(a)
                nargs += 1
            if not self.eat_op(","):
                if self.starts_expression(self.peek()) and self.peek().kind != OP:
                    raise self.error("invalid syntax. Perhaps you forgot a comma?")
                break
        self.bracket_depth -= 1
        self.expect_op(")")
        return A.Call(line, func, args, kwnames, kwvalues)

    def parse_subscript_list(self) -> A.Expr:
        line = self.peek().line
        first = self.parse_subscript()
        if not self.is_op(","):
            return first
        elts: list[A.Expr] = [first]
        while self.eat_op(","):
            if self.is_op("]"):
                break
            elts.append(self.parse_subscript())
        return A.TupleExpr(line, elts)

    def parse_subscript(self) -> A.Expr:
        line = self.peek().line
        lower: A.Expr | None = None
        if not self.is_op(":"):
            lower = self.parse_namedexpr_test()
            if not self.is_op(":"):
                return lower
        self.advance()
        upper: A.Expr | None = None
        step: A.Expr | None = None
        if not self.is_op(":") and not self.is_op("]") and not self.is_op(","):
            upper = self.parse_test()
        if self.eat_op(":"):
            if not self.is_op("]") and not self.is_op(","):
                step = self.parse_test()
        return A.SliceExpr(line, lower, upper, step)

    def parse_atom(self) -> A.Expr:
        t = self.peek()
        line = t.line
        if t.kind == NAME:
            v = t.value
            if v == "None":
                self.advance()
                return A.Const(line, w_None)
            if v == "True":
                self.advance()
                return A.Const(line, w_True)
            if v == "False":
                self.advance()
                return A.Const(line, w_False)
            if v == "yield":
                raise unsupported("'yield' is", line)
            if v in KEYWORDS:
                raise self.invalid()
            self.advance()
            return A.Name(line, v)
        if t.kind == NUMBER:
            self.advance()
            if t.is_float:
                return A.Const(line, W_Float(t.floatval))
            if t.intval < 0:
                return A.Const(line, W_BigInt(t.intval))
            return A.Const(line, W_Int(t.intval))
        if t.kind == STRING or t.kind == FSTRING:
            return self.parse_strings()
        if t.kind == OP:
            v = t.value
            if v == "(":
                self.advance()
                return self.parse_paren(line)
            if v == "[":
                self.advance()
                return self.parse_list(line)
            if v == "{":
                self.advance()
                return self.parse_dict_or_set(line)
            if v == "...":
                self.advance()
                return A.Const(line, w_Ellipsis)
        if t.kind == INDENT:
            raise MnpySyntaxError("IndentationError", "unexpected indent", line)
        raise self.invalid()

    def parse_paren(self, line: int) -> A.Expr:
        self.bracket_depth += 1
        if self.is_op(")"):
            self.advance()
            self.bracket_depth -= 1
            return A.TupleExpr(line, [])
        if self.is_kw("yield"):
            raise unsupported("'yield' is", line)
        first = self.parse_star_or_test()
        if self.is_kw("for"):
            e = self.parse_comp_tail(A.COMP_GEN, first, None, line)
            self.bracket_depth -= 1
            self.expect_op(")")
            return e
        if self.is_op(")"):
            self.advance()
            self.bracket_depth -= 1
            return first
        if self.is_op(":="):
            raise unsupported("the walrus operator is", line)
        elts: list[A.Expr] = [first]
        while self.eat_op(","):
            if self.is_op(")"):
                break
            elts.append(self.parse_star_or_test())
        if not self.is_op(")"):
            if self.starts_expression(self.peek()) and self.peek().kind != OP:
                raise self.error("invalid syntax. Perhaps you forgot a comma?")
            raise self.invalid()
        self.advance()
        self.bracket_depth -= 1
        return A.TupleExpr(line, elts)

    def parse_list(self, line: int) -> A.Expr:
        self.bracket_depth += 1
        elts: list[A.Expr] = []
        if self.is_op("]"):
            self.advance()
            self.bracket_depth -= 1
            return A.ListExpr(line, elts)
        first = self.parse_star_or_test()
        if self.is_kw("for"):
            e = self.parse_comp_tail(A.COMP_LIST, first, None, line)
            self.bracket_depth -= 1
            self.expect_op("]")
            return e
        elts.append(first)
        while self.eat_op(","):
            if self.is_op("]"):
                break
            elts.append(self.parse_star_or_test())
        if not self.is_op("]"):
            if self.starts_expression(self.peek()) and self.peek().kind != OP:
                raise self.error("invalid syntax. Perhaps you forgot a comma?")
            raise self.invalid()
        self.advance()
        self.bracket_depth -= 1
        return A.ListExpr(line, elts)

    def parse_dict_or_set(self, line: int) -> A.Expr:
        self.bracket_depth += 1
        if self.is_op("}"):
            self.advance()
            self.bracket_depth -= 1
            return A.DictExpr(line, [], [])
        if self.is_op("**"):
            raise unsupported("dict unpacking is", line)
        first = self.parse_star_or_test()
        if self.is_op(":"):
            self.advance()
            if self.is_op("}") or self.is_op(","):
                raise self.error("expression expected after dictionary key and ':'")
            v = self.parse_test()
            if self.is_kw("for"):
                e = self.parse_comp_tail(A.COMP_DICT, first, v, line)
                self.bracket_depth -= 1
                self.expect_op("}")
                return e
            keys: list[A.Expr] = [first]
            values: list[A.Expr] = [v]
            while self.eat_op(","):
                if self.is_op("}"):
                    break
                if self.is_op("**"):
                    raise unsupported("dict unpacking is", line)
                keys.append(self.parse_test())
                if not self.is_op(":"):
                    raise self.error("':' expected after dictionary key")
                self.advance()
                if self.is_op("}") or self.is_op(","):
                    raise self.error("expression expected after dictionary key and ':'")
                values.append(self.parse_test())
            if not self.is_op("}"):
                if self.starts_expression(self.peek()) and self.peek().kind != OP:
                    raise self.error("invalid syntax. Perhaps you forgot a comma?")
                raise self.invalid()
            self.advance()
            self.bracket_depth -= 1
            return A.DictExpr(line, keys, values)
        if self.is_kw("for"):
            e = self.parse_comp_tail(A.COMP_SET, first, None, line)
            self.bracket_depth -= 1
            self.expect_op("}")
            return e
        elts: list[A.Expr] = [first]
        while self.eat_op(","):
            if self.is_op("}"):
                break
            elts.append(self.parse_star_or_test())
        if not self.is_op("}"):
            if self.starts_expression(self.peek()) and self.peek().kind != OP:
                raise self.error("invalid syntax. Perhaps you forgot a comma?")
            raise self.invalid()
        self.advance()
        self.bracket_depth -= 1
        return A.SetExpr(line, elts)

    def parse_comp_tail(self, kind: int, elt: A.Expr, value: A.Expr | None,
                        line: int) -> A.Expr:
        """`for ... in ... [if ...]...` after the element of a comprehension.
        The first iterable is evaluated in the enclosing scope; everything else
        in the comprehension's own scope."""
        sc = A.Scope("<comprehension>", False)
        gens: list[A.Comprehension] = []
        first = True
        while self.is_kw("for"):
            ft = self.advance()
            self.scopes.append(sc)
            target = self.parse_target_list()
            self.scopes.pop()
            if not self.is_kw("in"):
                raise self.invalid()
            self.advance()
            if first:
                it = self.parse_or_test()
            else:
                self.scopes.append(sc)
                it = self.parse_or_test()
                self.scopes.pop()
            first = False
            ifs: list[A.Expr] = []
            while self.is_kw("if"):
                self.advance()
                self.scopes.append(sc)
                ifs.append(self.parse_test_nocond())
                self.scopes.pop()
            gens.append(A.Comprehension(ft.line, target, it, ifs))
        return A.Comp(line, kind, elt, value, gens, sc)

    # ------------------------------------------------------------ strings

    def parse_strings(self) -> A.Expr:
        """Adjacent string literals (plain and f-strings) concatenated."""
        line = self.peek().line
        parts: list[A.Expr] = []
        has_f = False
        is_bytes = False
        buf: list[str] = []
        while self.peek().kind == STRING or self.peek().kind == FSTRING:
            t = self.advance()
            if t.kind == STRING:
                if t.is_bytes:
                    is_bytes = True
                buf.append(t.value)
            else:
                has_f = True
                sub = self.parse_fstring_body(t.value, t.is_raw, t.line)
                for p in sub:
                    if isinstance(p, A.Const):
                        w = p.w_value
                        if isinstance(w, W_Str):
                            buf.append(w.value)
                    else:
                        if len(buf) > 0:
                            parts.append(A.Const(line, W_Str("".join(buf))))
                            buf = []
                        parts.append(p)
        if is_bytes:
            raise unsupported("bytes literals are", line)
        if not has_f:
            return A.Const(line, W_Str("".join(buf)))
        if len(buf) > 0:
            parts.append(A.Const(line, W_Str("".join(buf))))
        return A.FString(line, parts)

    def parse_fstring_body(self, s: str, raw: bool, line: int) -> list[A.Expr]:
        parts: list[A.Expr] = []
        lit: list[str] = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    lit.append("{")
                    i += 2
                    continue
                if len(lit) > 0:
                    text = "".join(lit)
                    if not raw:
                        text = decode_escapes(text, line)
                    parts.append(A.Const(line, W_Str(text)))
                    lit = []
                i = self.parse_fstring_field(s, i + 1, raw, line, parts)
                continue
            if c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    lit.append("}")
                    i += 2
                    continue
                raise MnpySyntaxError("SyntaxError", "f-string: single '}' is not allowed", line)
            lit.append(c)
            i += 1
        if len(lit) > 0:
            text = "".join(lit)
            if not raw:
                text = decode_escapes(text, line)
            parts.append(A.Const(line, W_Str(text)))
        return parts

    def parse_fstring_field(self, s: str, i: int, raw: bool, line: int,
                            parts: list[A.Expr]) -> int:
        """Parse the field starting after '{' at i; returns the index after '}'."""
        n = len(s)
        start = i
        depth = 0
        quote = ""
        while i < n:
            c = s[i]
            if quote != "":
                if c == quote:
                    quote = ""
                i += 1
                continue
            if c == "'" or c == '"':
                quote = c
            elif c == "(" or c == "[" or c == "{":
                depth += 1
            elif c == ")" or c == "]" or c == "}":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and c == "!" and i + 1 < n and s[i + 1] != "=":
                break
            elif depth == 0 and c == ":":
                break
            i += 1
        if i >= n:
            raise MnpySyntaxError("SyntaxError", "f-string: expecting '}'", line)
        expr_text = s[start:i]
        debug_text = ""
        stripped = expr_text.rstrip()
        if stripped.endswith("=") and not stripped.endswith("==") and \
                not stripped.endswith("!=") and not stripped.endswith("<=") and \
                not stripped.endswith(">="):
            debug_text = expr_text
            expr_text = stripped[:len(stripped) - 1]
        if expr_text.strip() == "":
            raise MnpySyntaxError("SyntaxError", "f-string: empty expression not allowed", line)
        value = self.parse_sub_expression(expr_text, line)
        conversion = ""
        if s[i] == "!":
            i += 1
            if i >= n:
                raise MnpySyntaxError("SyntaxError", "f-string: expecting '}'", line)
            conversion = s[i]
            if conversion not in "rsa":
                raise MnpySyntaxError("SyntaxError",
                                      "f-string: invalid conversion character: expected 's', "
                                      "'r', or 'a'", line)
            i += 1
        spec: A.FString | None = None
        if i < n and s[i] == ":":
            i += 1
            sstart = i
            depth = 0
            while i < n:
                c = s[i]
                if c == "{":
                    depth += 1
                elif c == "}":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            spec = A.FString(line, self.parse_fstring_body(s[sstart:i], raw, line))
        if i >= n or s[i] != "}":
            raise MnpySyntaxError("SyntaxError", "f-string: expecting '}'", line)
        if debug_text != "":
            parts.append(A.Const(line, W_Str(debug_text)))
            if conversion == "" and spec is None:
                conversion = "r"
        parts.append(A.FormattedValue(line, value, conversion, spec))
        return i + 1

    def parse_sub_expression(self, text: str, line: int) -> A.Expr:
        lx = Lexer("(" + text + ")")
        try:
            toks = lx.tokenize()
        except MnpySyntaxError as err:
            raise MnpySyntaxError(err.kind, "f-string: " + err.msg, line)
        for t in toks:
            t.line = line
        sub = Parser(toks)
        sub.scopes = self.scopes
        sub.qualnames = self.qualnames
        sub.func_depth = self.func_depth
        e = sub.parse_testlist_star()
        if sub.peek().kind != NEWLINE and sub.peek().kind != EOF:
            raise MnpySyntaxError("SyntaxError", "f-string: invalid syntax", line)
        return e


def expr_kind(e: A.Expr) -> str:
    """CPython's name for an expression kind in 'cannot assign to X' messages."""
    if isinstance(e, A.Const):
        return "literal"
    if isinstance(e, A.FString):
        return "f-string expression"
    if isinstance(e, A.Call):
        return "function call"
    if isinstance(e, A.BinOp) or isinstance(e, A.UnaryOp):
        return "expression"
    if isinstance(e, A.Compare):
        return "comparison"
    if isinstance(e, A.BoolOp):
        return "expression"
    if isinstance(e, A.Lambda):
        return "lambda"
    if isinstance(e, A.IfExp):
        return "conditional expression"
    if isinstance(e, A.Comp):
        if e.kind == A.COMP_LIST:
            return "list comprehension"
        if e.kind == A.COMP_DICT:
            return "dict comprehension"
        if e.kind == A.COMP_SET:
            return "set comprehension"
        return "generator expression"
    if isinstance(e, A.DictExpr):
        return "dict literal"
    if isinstance(e, A.SetExpr):
        return "set display"
    if isinstance(e, A.TupleExpr):
        return "tuple"
    if isinstance(e, A.ListExpr):
        return "list"
    return "expression"


def parse(src: str) -> A.Module:
    lx = Lexer(src)
    toks = lx.tokenize()
    p = Parser(toks)
    pending = lx.pending
    if pending is None:
        return p.parse_module()
    try:
        p.parse_module()
    except MnpySyntaxError as err:
        t = p.peek()
        if p.pos < len(toks) - 3:
            raise err
        if p.pos < len(toks) - 2 and "Perhaps you forgot a comma" not in err.msg:
            raise err
    raise pending
