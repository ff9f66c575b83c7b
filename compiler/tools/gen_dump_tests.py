#!/usr/bin/env python3
"""Generate the CPython-derived unit tests at the end of compiler/src/syntax/dump.rs.

For each source snippet in CASES, parse it with CPython 3.11's `ast`, write its
tree as Rust code with the test builders of dump.rs (`st`, `ex`, `ld`, `int`,
`arg`, ...), and record `ast.dump(tree)` as the expected string, so that the
tests run without Python.

    python3 compiler/tools/gen_dump_tests.py            # print the tests
    python3 compiler/tools/gen_dump_tests.py --write    # replace them in dump.rs

`--write` keeps dump.rs up to the MARKER comment, appends the generated tests
and the closing brace of `mod tests`, and runs rustfmt on the file.
"""

import ast
import os
import subprocess
import sys

DUMP_RS = os.path.join(os.path.dirname(__file__), "..", "src", "syntax", "dump.rs")
MARKER = "    // `ast.dump`.\n"

# (test name, source)
CASES = [
    ("expr_name", "x\n"),
    ("assign", "x = 1\n"),
    ("assign_chain", "a = b = 2.5\n"),
    ("aug_assign_all_operators",
     "a += 1\na -= b\na *= b\na @= b\na /= b\na %= b\na **= b\na <<= b\n"
     "a >>= b\na |= b\na ^= b\na &= b\na //= b\n"),
    ("ann_assign", "x: int\nx: int = 1\n(y): int = 2\na.b: int\na[0]: list[int] = []\n"),
    ("delete", "del a, b.c, d[0]\n"),
    ("function_def_minimal", "def f(): pass\n"),
    ("function_def_all_arguments", "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return\n"),
    ("function_def_decorated_annotated",
     "@dec\n@mod.dec(1)\ndef f(x: int, *, y: str = 'a') -> None:\n    return x\n"),
    ("function_def_posonly_defaults", "def f(a=1, /, b=2, *, c): pass\n"),
    ("async_function_def_await", "async def f(*, k=None):\n    await x\n"),
    ("class_def_minimal", "class A: pass\n"),
    ("class_def_full", "@d\nclass B(A, metaclass=M, **kw):\n    x = 1\n"),
    ("for_else", "for i in range(3):\n    pass\nelse:\n    pass\n"),
    ("async_for_with_comprehension",
     "async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n"
     "        pass\n    return [x async for x in y]\n"),
    ("while_else", "while x:\n    break\nelse:\n    continue\n"),
    ("if_elif_else", "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n"),
    ("with_items", "with open(f) as g, h:\n    pass\nwith a as (b, c):\n    pass\n"),
    ("match_literals_and_singletons",
     "match x:\n    case 1:\n        pass\n    case None:\n        pass\n"
     "    case True | False:\n        pass\n    case -1 | 1 + 2j | 's' | b'b':\n        pass\n"
     "    case a.b.c:\n        pass\n"),
    ("match_sequences_and_mappings",
     "match x:\n    case [a, *rest]:\n        pass\n    case (*_,):\n        pass\n"
     "    case {'k': v, **kw}:\n        pass\n    case {1: _}:\n        pass\n"),
    ("match_classes_as_guard",
     "match x:\n    case Point(1, y=2):\n        pass\n    case Point():\n        pass\n"
     "    case (a as b) if b > 0:\n        pass\n    case [1, 2] as c:\n        pass\n"
     "    case _:\n        pass\n"),
    ("raise_forms", "raise\nraise E\nraise E from e\nraise E from None\n"),
    ("try_except_else_finally",
     "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\n"
     "else:\n    pass\nfinally:\n    pass\n"),
    ("try_finally", "try:\n    pass\nfinally:\n    pass\n"),
    ("try_star", "try:\n    pass\nexcept* E as e:\n    pass\nexcept* F:\n    pass\n"),
    ("assert_forms", "assert x\nassert x, 'msg'\n"),
    ("imports",
     "import a.b as c, d\nfrom . import x\nfrom .. a import (b as c, d)\nfrom a import *\n"
     "from __future__ import annotations\n"),
    ("global_nonlocal", "def f():\n    global a, b\n    def g():\n        nonlocal c\n"),
    ("pass_break_continue", "for x in y:\n    pass\n    break\n    continue\n"),
    ("bool_ops", "a and b or not c\n"),
    ("named_expr", "(y := 10)\n"),
    ("all_binary_operators", "a + b - c * d @ e / f % g ** h << i >> j | k ^ l & m // n\n"),
    ("unary_operators", "-a, +b, ~c, not d\n"),
    ("lambdas", "lambda: 0\nlambda x, /, y=1, *z, w, v=2, **u: x\n"),
    ("if_exp", "a if b else c\n"),
    ("dicts_and_sets", "{1: 2, **d, 'k': v}\n{}\n{1, 2}\n"),
    ("comprehensions",
     "[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in items for j in k}\n"
     "(x for x in y)\n"),
    ("yields", "def g():\n    yield\n    yield x\n    yield from y\n    x = yield\n"),
    ("all_comparisons", "a < b <= c > d >= e == f != g is h is not i in j not in k\n"),
    ("call", "f(a, *b, c=d, **e)\nf()\n"),
    ("f_strings", "f'a{b!r:>{w}}c{d=}{e!s}{g!a}{h:x}'\n"),
    ("constants",
     "None, True, False, ..., 1, 1.5, 1e16, 1j, 2.5j, 'x', b'y', u'z', "
     "12345678901234567890123, 0.1, 1e-05\n"),
    ("string_escapes", "'it\\'s', \"say \\\"hi\\\"\", '\\x00\\u00e9\\u200b\\t', b'it\\'s\\xff'\n"),
    ("surrogate_string", "'\\ud800'\n"),
    ("attribute_subscript_starred", "*a, b.c = d[1:2, ::3]\nx[:]\nx[a]\nx[1:]\n"),
    ("list_tuple_store", "[a, (b, c)] = d\n()\n[]\n"),
    ("non_ascii_identifier", "\u00e9t\u00e9 = 1\n"),
]

# How each field is represented in compiler/src/syntax/ast.rs.
EXPR, BEXPR, OEXPR, EXPRS, OEXPRS = "expr", "bexpr", "oexpr", "exprs", "oexprs"
STMTS, ID, OID, IDS = "stmts", "id", "oid", "ids"

STMT_FIELDS = {
    "Return": [("value", OEXPR)],
    "Delete": [("targets", EXPRS)],
    "Assign": [("targets", EXPRS), ("value", BEXPR)],
    "AugAssign": [("target", BEXPR), ("op", "op"), ("value", BEXPR)],
    "AnnAssign": [("target", BEXPR), ("annotation", BEXPR), ("value", OEXPR), ("simple", "bool")],
    "While": [("test", BEXPR), ("body", STMTS), ("orelse", STMTS)],
    "If": [("test", BEXPR), ("body", STMTS), ("orelse", STMTS)],
    "Match": [("subject", BEXPR), ("cases", "cases")],
    "Raise": [("exc", OEXPR), ("cause", OEXPR)],
    "Assert": [("test", BEXPR), ("msg", OEXPR)],
    "Import": [("names", "aliases")],
    "ImportFrom": [("module", OID), ("names", "aliases"), ("level", "int")],
    "Global": [("names", IDS)],
    "Nonlocal": [("names", IDS)],
    "Expr": [("value", BEXPR)],
}

FUNCTION_DEF = [("name", ID), ("args", "bargs"), ("body", STMTS),
                ("decorator_list", EXPRS), ("returns", OEXPR)]
FOR = [("target", BEXPR), ("iter", BEXPR), ("body", STMTS), ("orelse", STMTS)]
WITH = [("items", "withitems"), ("body", STMTS)]
TRY = [("body", STMTS), ("handlers", "handlers"), ("orelse", STMTS), ("finalbody", STMTS)]

# Statement variants wrapping a struct: variant -> (struct, fields).
STRUCT_STMTS = {
    "FunctionDef": ("FunctionDef", FUNCTION_DEF),
    "AsyncFunctionDef": ("FunctionDef", FUNCTION_DEF),
    "ClassDef": ("ClassDef", [("name", ID), ("bases", EXPRS), ("keywords", "keywords"),
                              ("body", STMTS), ("decorator_list", EXPRS)]),
    "For": ("For", FOR),
    "AsyncFor": ("For", FOR),
    "With": ("With", WITH),
    "AsyncWith": ("With", WITH),
    "Try": ("Try", TRY),
    "TryStar": ("Try", TRY),
}

COMPREHENSION = [("elt", BEXPR), ("generators", "comps")]
EXPR_FIELDS = {
    "BoolOp": [("op", "boolop"), ("values", EXPRS)],
    "NamedExpr": [("target", BEXPR), ("value", BEXPR)],
    "BinOp": [("left", BEXPR), ("op", "op"), ("right", BEXPR)],
    "UnaryOp": [("op", "unaryop"), ("operand", BEXPR)],
    "Lambda": [("args", "bargs"), ("body", BEXPR)],
    "IfExp": [("test", BEXPR), ("body", BEXPR), ("orelse", BEXPR)],
    "Dict": [("keys", OEXPRS), ("values", EXPRS)],
    "Set": [("elts", EXPRS)],
    "ListComp": COMPREHENSION,
    "SetComp": COMPREHENSION,
    "DictComp": [("key", BEXPR), ("value", BEXPR), ("generators", "comps")],
    "GeneratorExp": COMPREHENSION,
    "Await": [("value", BEXPR)],
    "Yield": [("value", OEXPR)],
    "YieldFrom": [("value", BEXPR)],
    "Compare": [("left", BEXPR), ("ops", "cmpops"), ("comparators", EXPRS)],
    "Call": [("func", BEXPR), ("args", EXPRS), ("keywords", "keywords")],
    "FormattedValue": [("value", BEXPR), ("conversion", "int"), ("format_spec", OEXPR)],
    "JoinedStr": [("values", EXPRS)],
    "Attribute": [("value", BEXPR), ("attr", ID), ("ctx", "ctx")],
    "Subscript": [("value", BEXPR), ("slice", BEXPR), ("ctx", "ctx")],
    "Starred": [("value", BEXPR), ("ctx", "ctx")],
    "List": [("elts", EXPRS), ("ctx", "ctx")],
    "Tuple": [("elts", EXPRS), ("ctx", "ctx")],
    "Slice": [("lower", OEXPR), ("upper", OEXPR), ("step", OEXPR)],
}

PATTERN_FIELDS = {
    "MatchValue": [("value", BEXPR)],
    "MatchSingleton": [("value", "const")],
    "MatchSequence": [("patterns", "patterns")],
    "MatchMapping": [("keys", EXPRS), ("patterns", "patterns"), ("rest", OID)],
    "MatchClass": [("cls", BEXPR), ("patterns", "patterns"), ("kwd_attrs", IDS),
                   ("kwd_patterns", "patterns")],
    "MatchStar": [("name", OID)],
    "MatchAs": [("pattern", "opattern"), ("name", OID)],
    "MatchOr": [("patterns", "patterns")],
}

ARGUMENT_FIELDS = ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"]


def is_surrogate(ch):
    return 0xD800 <= ord(ch) < 0xE000


def rust_str(s):
    """A Rust string literal (no surrogates)."""
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
    out = []
    for ch in s:
        if ch in escapes:
            out.append(escapes[ch])
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return '"' + "".join(out) + '"'


def rust_bytes(b):
    """A Rust byte string literal."""
    out = []
    for c in b:
        if chr(c) in '"\\':
            out.append("\\" + chr(c))
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    return 'b"' + "".join(out) + '"'


def rust_float(x):
    if x != x:
        return "f64::NAN"
    if x in (float("inf"), float("-inf")):
        return "f64::INFINITY" if x > 0 else "f64::NEG_INFINITY"
    r = repr(x)
    return r if ("." in r or "e" in r) else r + ".0"


def constant(v):
    if v is None:
        return "Constant::None"
    if isinstance(v, bool):
        return "Constant::Bool(%s)" % ("true" if v else "false")
    if v is Ellipsis:
        return "Constant::Ellipsis"
    if isinstance(v, int):
        if -2**63 <= v < 2**63:
            return "Constant::Int(Int::Small(%d))" % v
        return 'Constant::Int(Int::Big(big("%d")))' % v
    if isinstance(v, float):
        return "Constant::Float(%s)" % rust_float(v)
    if isinstance(v, complex):
        assert v.real == 0, v
        return "Constant::Complex { imag: %s }" % rust_float(v.imag)
    if isinstance(v, str):
        if any(is_surrogate(ch) for ch in v):
            return "Constant::Str(pystr_cps(&[%s]))" % ", ".join("0x%x" % ord(ch) for ch in v)
        return "Constant::Str(PyStr::from_str(%s))" % rust_str(v)
    if isinstance(v, bytes):
        return "Constant::Bytes(%s.to_vec())" % rust_bytes(v)
    raise TypeError(v)


def vec(items):
    return "vec![%s]" % ", ".join(items)


def option(v, render):
    return "None" if v is None else "Some(%s)" % render(v)


def keyword(k):
    return "kw(%s, %s)" % (option(k.arg, rust_str), expr(k.value))


def alias(a):
    return "alias(%s, %s)" % (rust_str(a.name), option(a.asname, rust_str))


def with_item(w):
    return "WithItem { context_expr: %s, optional_vars: %s }" % (
        expr(w.context_expr), field(OEXPR, w.optional_vars))


def handler(h):
    return "ExceptHandler { span: sp(), type_: %s, name: %s, body: %s }" % (
        field(OEXPR, h.type), field(OID, h.name), field(STMTS, h.body))


def comprehension(c):
    return "Comprehension { target: %s, iter: %s, ifs: %s, is_async: %s }" % (
        expr(c.target), expr(c.iter), field(EXPRS, c.ifs), field("bool", c.is_async))


def match_case(c):
    return "MatchCase { pattern: %s, guard: %s, body: %s }" % (
        pattern(c.pattern), field(OEXPR, c.guard), field(STMTS, c.body))


def field(kind, v):
    """Rust code for the field value `v` represented as `kind`."""
    simple = {
        EXPR: lambda: expr(v),
        BEXPR: lambda: "bx(%s)" % expr(v),
        OEXPR: lambda: option(v, lambda e: "bx(%s)" % expr(e)),
        EXPRS: lambda: vec(expr(x) for x in v),
        OEXPRS: lambda: vec(option(x, expr) for x in v),
        STMTS: lambda: vec(stmt(x) for x in v),
        ID: lambda: "id(%s)" % rust_str(v),
        OID: lambda: option(v, lambda s: "id(%s)" % rust_str(s)),
        IDS: lambda: vec("id(%s)" % rust_str(x) for x in v),
        "op": lambda: "Operator::" + type(v).__name__,
        "boolop": lambda: "BoolOp::" + type(v).__name__,
        "unaryop": lambda: "UnaryOp::" + type(v).__name__,
        "cmpops": lambda: vec("CmpOp::" + type(x).__name__ for x in v),
        "ctx": lambda: "ExprContext::" + type(v).__name__,
        "bool": lambda: "true" if v else "false",
        "int": lambda: str(v),
        "const": lambda: constant(v),
        "bargs": lambda: "Box::new(%s)" % arguments(v),
        "keywords": lambda: vec(keyword(k) for k in v),
        "aliases": lambda: vec(alias(a) for a in v),
        "withitems": lambda: vec(with_item(w) for w in v),
        "handlers": lambda: vec(handler(h) for h in v),
        "comps": lambda: vec(comprehension(c) for c in v),
        "cases": lambda: vec(match_case(c) for c in v),
        "patterns": lambda: vec(pattern(p) for p in v),
        "opattern": lambda: option(v, lambda p: "Box::new(%s)" % pattern(p)),
    }
    return simple[kind]()


def arg(a):
    if a.annotation is None:
        return "arg(%s)" % rust_str(a.arg)
    return "arg_ann(%s, %s)" % (rust_str(a.arg), expr(a.annotation))


def arguments(a):
    """An `Arguments` literal naming only its non-empty fields."""
    render = {
        "posonlyargs": lambda v: vec(arg(x) for x in v),
        "args": lambda v: vec(arg(x) for x in v),
        "kwonlyargs": lambda v: vec(arg(x) for x in v),
        "vararg": lambda v: "Some(Box::new(%s))" % arg(v),
        "kwarg": lambda v: "Some(Box::new(%s))" % arg(v),
        "kw_defaults": lambda v: field(OEXPRS, v),
        "defaults": lambda v: field(EXPRS, v),
    }
    parts = ["%s: %s" % (f, render[f](getattr(a, f))) for f in ARGUMENT_FIELDS if getattr(a, f)]
    if not parts:
        return "Arguments::default()"
    if len(parts) < len(ARGUMENT_FIELDS):
        parts.append("..Arguments::default()")
    return "Arguments { %s }" % ", ".join(parts)


def fields(node, spec):
    return ", ".join("%s: %s" % (f, field(kind, getattr(node, f))) for f, kind in spec)


def expr(e):
    kind = type(e).__name__
    if kind == "Name":
        builder = {"Load": "ld", "Store": "stv", "Del": "delv"}[type(e.ctx).__name__]
        return "%s(%s)" % (builder, rust_str(e.id))
    if kind == "Constant":
        return constant_expr(e)
    return "ex(ExprKind::%s { %s })" % (kind, fields(e, EXPR_FIELDS[kind]))


def constant_expr(e):
    v = e.value
    if e.kind is not None:
        return "cst_kind(%s, %s)" % (constant(v), rust_str(e.kind))
    if type(v) is int and -2**63 <= v < 2**63:
        return "int(%d)" % v
    if type(v) is str and not any(is_surrogate(ch) for ch in v):
        return "text(%s)" % rust_str(v)
    return "cst(%s)" % constant(v)


def stmt(s):
    kind = type(s).__name__
    if kind in ("Pass", "Break", "Continue"):
        return "st(StmtKind::%s)" % kind
    if kind in STRUCT_STMTS:
        struct, spec = STRUCT_STMTS[kind]
        return "st(StmtKind::%s(%s { %s }))" % (kind, struct, fields(s, spec))
    return "st(StmtKind::%s { %s })" % (kind, fields(s, STMT_FIELDS[kind]))


def pattern(p):
    kind = type(p).__name__
    return "pat(PatternKind::%s { %s })" % (kind, fields(p, PATTERN_FIELDS[kind]))


def generate():
    tests = []
    for name, src in CASES:
        tree = ast.parse(src)
        tests.append(
            "    #[test]\n    fn %s() {\n        check(\n            %s,\n            %s,\n"
            "            r##\"%s\"##,\n        );\n    }\n"
            % (name, rust_str(src), vec(stmt(s) for s in tree.body), ast.dump(tree)))
    return "\n".join(tests)


def write(tests):
    with open(DUMP_RS, encoding="utf-8") as f:
        text = f.read()
    head = text[: text.index(MARKER) + len(MARKER)]
    with open(DUMP_RS, "w", encoding="utf-8") as f:
        f.write(head + tests + "}\n")
    subprocess.run(["rustfmt", "--edition", "2021", DUMP_RS], check=True)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("gen_dump_tests.py: run with CPython 3.11, the oracle of rpy\n")
        return 2
    tests = generate()
    if "--write" in sys.argv:
        write(tests)
    else:
        sys.stdout.write(tests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
