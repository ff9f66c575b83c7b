//! Prints an AST exactly as CPython 3.11's `ast.dump(node)` prints the
//! equivalent CPython tree with the default arguments (`annotate_fields=True`,
//! `include_attributes=False`, `indent=None`): one line such as
//! `Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])`.
//!
//! What this module must keep true:
//! - node and field names, and field order, are CPython's (`Node._fields`);
//! - a field holding `None` is omitted when CPython declares it optional
//!   (`returns`, `Return.value`, `keyword.arg`, ...), but `None` inside a
//!   list (`Dict.keys`, `arguments.kw_defaults`) and a non-optional `None`
//!   (`MatchSingleton.value`, `Constant.value`) are printed;
//! - `type_comment` fields are always `None` (type comments are not
//!   collected) and so never printed;
//! - flags print as ints (`is_async=0`, `simple=1`, `level=0`,
//!   `conversion=-1`), identifiers and literals through `pyrepr`;
//! - output goes into one `String`, with no intermediate string per node,
//!   since the whole standard library is dumped when testing the parser.

use super::ast::*;
use super::pyrepr;
use std::fmt::Write as _;

/// `ast.dump(module)`.
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper::default();
    d.module(m);
    d.out
}

/// `ast.dump(stmt)`.
pub fn dump_stmt(s: &Stmt) -> String {
    let mut d = Dumper::default();
    d.stmt(s);
    d.out
}

/// `ast.dump(expr)`.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper::default();
    d.expr(e);
    d.out
}

/// `ast.dump(pattern)`.
pub fn dump_pattern(p: &Pattern) -> String {
    let mut d = Dumper::default();
    d.pattern(p);
    d.out
}

/// Appends the dump of one node after another to a single output string.
///
/// A node is written as `open(name)`, then its fields (each `key(name)`
/// followed by the value), then `close()`. `key` inserts the `", "` between
/// fields: it is needed unless the node was just opened.
#[derive(Default)]
struct Dumper {
    out: String,
}

// Generic building blocks.
impl Dumper {
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    fn close(&mut self) {
        self.out.push(')');
    }

    /// A node: its name, the fields `fields` writes, in parentheses.
    fn node(&mut self, name: &str, fields: impl FnOnce(&mut Self)) {
        self.open(name);
        fields(self);
        self.close();
    }

    /// A node without fields, e.g. `Load()`.
    fn unit(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push_str("()");
    }

    fn key(&mut self, name: &str) {
        if !self.out.ends_with('(') {
            self.out.push_str(", ");
        }
        self.out.push_str(name);
        self.out.push('=');
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            item(self, x);
        }
        self.out.push(']');
    }

    fn ident_field(&mut self, name: &str, id: &str) {
        self.key(name);
        pyrepr::write_text(&mut self.out, id);
    }

    /// An optional identifier field: omitted when absent.
    fn opt_ident_field(&mut self, name: &str, id: Option<&Identifier>) {
        if let Some(id) = id {
            self.ident_field(name, id);
        }
    }

    fn idents_field(&mut self, name: &str, ids: &[Identifier]) {
        self.key(name);
        self.list(ids, |d, id| pyrepr::write_text(&mut d.out, id));
    }

    fn int_field(&mut self, name: &str, value: i64) {
        self.key(name);
        // Writing to a `String` cannot fail.
        let _ = write!(self.out, "{value}");
    }

    fn flag_field(&mut self, name: &str, value: bool) {
        self.int_field(name, i64::from(value));
    }

    fn expr_field(&mut self, name: &str, e: &Expr) {
        self.key(name);
        self.expr(e);
    }

    /// An optional expression field: omitted when absent.
    fn opt_expr_field(&mut self, name: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr_field(name, e);
        }
    }

    fn exprs_field(&mut self, name: &str, es: &[Expr]) {
        self.key(name);
        self.list(es, |d, e| d.expr(e));
    }

    /// A list of optional expressions: `None` entries print as `None`.
    fn opt_exprs_field(&mut self, name: &str, es: &[Option<Expr>]) {
        self.key(name);
        self.list(es, |d, e| match e {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
    }

    fn stmts_field(&mut self, name: &str, body: &[Stmt]) {
        self.key(name);
        self.list(body, |d, s| d.stmt(s));
    }

    fn ctx_field(&mut self, ctx: ExprContext) {
        self.key("ctx");
        self.unit(match ctx {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        });
    }

    fn operator_field(&mut self, op: Operator) {
        self.key("op");
        self.unit(operator_name(op));
    }
}

// Modules and statements.
impl Dumper {
    fn module(&mut self, m: &Module) {
        self.open("Module");
        self.stmts_field("body", &m.body);
        self.key("type_ignores");
        self.list(&m.type_ignores, |d, t| d.type_ignore(t));
        self.close();
    }

    fn type_ignore(&mut self, t: &TypeIgnore) {
        self.open("TypeIgnore");
        self.int_field("lineno", t.lineno as i64);
        self.ident_field("tag", &t.tag);
        self.close();
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def("FunctionDef", f),
            StmtKind::AsyncFunctionDef(f) => self.function_def("AsyncFunctionDef", f),
            StmtKind::ClassDef(c) => self.class_def(c),
            StmtKind::Return { value } => self.node("Return", |d| {
                d.opt_expr_field("value", value.as_deref());
            }),
            StmtKind::Delete { targets } => self.node("Delete", |d| {
                d.exprs_field("targets", targets);
            }),
            StmtKind::Assign { targets, value } => self.node("Assign", |d| {
                d.exprs_field("targets", targets);
                d.expr_field("value", value);
            }),
            StmtKind::AugAssign { target, op, value } => self.node("AugAssign", |d| {
                d.expr_field("target", target);
                d.operator_field(*op);
                d.expr_field("value", value);
            }),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.node("AnnAssign", |d| {
                d.expr_field("target", target);
                d.expr_field("annotation", annotation);
                d.opt_expr_field("value", value.as_deref());
                d.flag_field("simple", *simple);
            }),
            StmtKind::For(f) => self.for_loop("For", f),
            StmtKind::AsyncFor(f) => self.for_loop("AsyncFor", f),
            StmtKind::While { test, body, orelse } => self.conditional("While", test, body, orelse),
            StmtKind::If { test, body, orelse } => self.conditional("If", test, body, orelse),
            StmtKind::With(w) => self.with("With", w),
            StmtKind::AsyncWith(w) => self.with("AsyncWith", w),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => self.node("Raise", |d| {
                d.opt_expr_field("exc", exc.as_deref());
                d.opt_expr_field("cause", cause.as_deref());
            }),
            StmtKind::Try(t) => self.try_stmt("Try", t),
            StmtKind::TryStar(t) => self.try_stmt("TryStar", t),
            StmtKind::Assert { test, msg } => self.node("Assert", |d| {
                d.expr_field("test", test);
                d.opt_expr_field("msg", msg.as_deref());
            }),
            StmtKind::Import { names } => self.node("Import", |d| d.aliases_field(names)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.node("ImportFrom", |d| {
                d.opt_ident_field("module", module.as_ref());
                d.aliases_field(names);
                d.int_field("level", i64::from(*level));
            }),
            StmtKind::Global { names } => self.node("Global", |d| d.idents_field("names", names)),
            StmtKind::Nonlocal { names } => {
                self.node("Nonlocal", |d| d.idents_field("names", names))
            }
            StmtKind::Expr { value } => self.node("Expr", |d| d.expr_field("value", value)),
            StmtKind::Pass => self.unit("Pass"),
            StmtKind::Break => self.unit("Break"),
            StmtKind::Continue => self.unit("Continue"),
        }
    }

    /// `While` or `If`.
    fn conditional(&mut self, name: &str, test: &Expr, body: &[Stmt], orelse: &[Stmt]) {
        self.node(name, |d| {
            d.expr_field("test", test);
            d.stmts_field("body", body);
            d.stmts_field("orelse", orelse);
        });
    }

    fn function_def(&mut self, name: &str, f: &FunctionDef) {
        self.open(name);
        self.ident_field("name", &f.name);
        self.key("args");
        self.arguments(&f.args);
        self.stmts_field("body", &f.body);
        self.exprs_field("decorator_list", &f.decorator_list);
        self.opt_expr_field("returns", f.returns.as_deref());
        self.close();
    }

    fn class_def(&mut self, c: &ClassDef) {
        self.open("ClassDef");
        self.ident_field("name", &c.name);
        self.exprs_field("bases", &c.bases);
        self.keywords_field(&c.keywords);
        self.stmts_field("body", &c.body);
        self.exprs_field("decorator_list", &c.decorator_list);
        self.close();
    }

    fn for_loop(&mut self, name: &str, f: &For) {
        self.open(name);
        self.expr_field("target", &f.target);
        self.expr_field("iter", &f.iter);
        self.stmts_field("body", &f.body);
        self.stmts_field("orelse", &f.orelse);
        self.close();
    }

    fn with(&mut self, name: &str, w: &With) {
        self.open(name);
        self.key("items");
        self.list(&w.items, |d, item| d.with_item(item));
        self.stmts_field("body", &w.body);
        self.close();
    }

    fn with_item(&mut self, item: &WithItem) {
        self.open("withitem");
        self.expr_field("context_expr", &item.context_expr);
        self.opt_expr_field("optional_vars", item.optional_vars.as_deref());
        self.close();
    }

    fn try_stmt(&mut self, name: &str, t: &Try) {
        self.open(name);
        self.stmts_field("body", &t.body);
        self.key("handlers");
        self.list(&t.handlers, |d, h| d.except_handler(h));
        self.stmts_field("orelse", &t.orelse);
        self.stmts_field("finalbody", &t.finalbody);
        self.close();
    }

    fn except_handler(&mut self, h: &ExceptHandler) {
        self.open("ExceptHandler");
        self.opt_expr_field("type", h.type_.as_deref());
        self.opt_ident_field("name", h.name.as_ref());
        self.stmts_field("body", &h.body);
        self.close();
    }

    fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) {
        self.open("Match");
        self.expr_field("subject", subject);
        self.key("cases");
        self.list(cases, |d, c| d.match_case(c));
        self.close();
    }

    fn match_case(&mut self, c: &MatchCase) {
        self.open("match_case");
        self.key("pattern");
        self.pattern(&c.pattern);
        self.opt_expr_field("guard", c.guard.as_deref());
        self.stmts_field("body", &c.body);
        self.close();
    }

    fn aliases_field(&mut self, names: &[Alias]) {
        self.key("names");
        self.list(names, |d, a| {
            d.open("alias");
            d.ident_field("name", &a.name);
            d.opt_ident_field("asname", a.asname.as_ref());
            d.close();
        });
    }
}

// Expressions.
impl Dumper {
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.node("BoolOp", |d| {
                d.key("op");
                d.unit(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                });
                d.exprs_field("values", values);
            }),
            ExprKind::NamedExpr { target, value } => self.node("NamedExpr", |d| {
                d.expr_field("target", target);
                d.expr_field("value", value);
            }),
            ExprKind::BinOp { left, op, right } => self.node("BinOp", |d| {
                d.expr_field("left", left);
                d.operator_field(*op);
                d.expr_field("right", right);
            }),
            ExprKind::UnaryOp { op, operand } => self.node("UnaryOp", |d| {
                d.key("op");
                d.unit(unary_op_name(*op));
                d.expr_field("operand", operand);
            }),
            ExprKind::Lambda { args, body } => self.node("Lambda", |d| {
                d.key("args");
                d.arguments(args);
                d.expr_field("body", body);
            }),
            ExprKind::IfExp { test, body, orelse } => self.node("IfExp", |d| {
                d.expr_field("test", test);
                d.expr_field("body", body);
                d.expr_field("orelse", orelse);
            }),
            ExprKind::Dict { keys, values } => self.node("Dict", |d| {
                d.opt_exprs_field("keys", keys);
                d.exprs_field("values", values);
            }),
            ExprKind::Set { elts } => self.node("Set", |d| d.exprs_field("elts", elts)),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension_expr("ListComp", elt, generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension_expr("SetComp", elt, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.node("DictComp", |d| {
                d.expr_field("key", key);
                d.expr_field("value", value);
                d.generators_field(generators);
            }),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension_expr("GeneratorExp", elt, generators)
            }
            ExprKind::Await { value } => self.node("Await", |d| d.expr_field("value", value)),
            ExprKind::Yield { value } => self.node("Yield", |d| {
                d.opt_expr_field("value", value.as_deref());
            }),
            ExprKind::YieldFrom { value } => {
                self.node("YieldFrom", |d| d.expr_field("value", value))
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.node("Compare", |d| {
                d.expr_field("left", left);
                d.key("ops");
                d.list(ops, |d, op| d.unit(cmp_op_name(*op)));
                d.exprs_field("comparators", comparators);
            }),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.node("Call", |d| {
                d.expr_field("func", func);
                d.exprs_field("args", args);
                d.keywords_field(keywords);
            }),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.node("FormattedValue", |d| {
                d.expr_field("value", value);
                d.int_field("conversion", i64::from(*conversion));
                d.opt_expr_field("format_spec", format_spec.as_deref());
            }),
            ExprKind::JoinedStr { values } => {
                self.node("JoinedStr", |d| d.exprs_field("values", values))
            }
            ExprKind::Constant { value, kind } => self.node("Constant", |d| {
                d.key("value");
                pyrepr::write_constant(&mut d.out, value);
                d.opt_ident_field("kind", kind.as_ref());
            }),
            ExprKind::Attribute { value, attr, ctx } => self.node("Attribute", |d| {
                d.expr_field("value", value);
                d.ident_field("attr", attr);
                d.ctx_field(*ctx);
            }),
            ExprKind::Subscript { value, slice, ctx } => self.node("Subscript", |d| {
                d.expr_field("value", value);
                d.expr_field("slice", slice);
                d.ctx_field(*ctx);
            }),
            ExprKind::Starred { value, ctx } => self.node("Starred", |d| {
                d.expr_field("value", value);
                d.ctx_field(*ctx);
            }),
            ExprKind::Name { id, ctx } => self.node("Name", |d| {
                d.ident_field("id", id);
                d.ctx_field(*ctx);
            }),
            ExprKind::List { elts, ctx } => self.sequence("List", elts, *ctx),
            ExprKind::Tuple { elts, ctx } => self.sequence("Tuple", elts, *ctx),
            ExprKind::Slice { lower, upper, step } => self.node("Slice", |d| {
                d.opt_expr_field("lower", lower.as_deref());
                d.opt_expr_field("upper", upper.as_deref());
                d.opt_expr_field("step", step.as_deref());
            }),
        }
    }

    /// `List` or `Tuple`.
    fn sequence(&mut self, name: &str, elts: &[Expr], ctx: ExprContext) {
        self.node(name, |d| {
            d.exprs_field("elts", elts);
            d.ctx_field(ctx);
        });
    }

    /// `ListComp`, `SetComp` or `GeneratorExp`.
    fn comprehension_expr(&mut self, name: &str, elt: &Expr, generators: &[Comprehension]) {
        self.node(name, |d| {
            d.expr_field("elt", elt);
            d.generators_field(generators);
        });
    }

    fn generators_field(&mut self, generators: &[Comprehension]) {
        self.key("generators");
        self.list(generators, |d, c| {
            d.open("comprehension");
            d.expr_field("target", &c.target);
            d.expr_field("iter", &c.iter);
            d.exprs_field("ifs", &c.ifs);
            d.flag_field("is_async", c.is_async);
            d.close();
        });
    }

    fn keywords_field(&mut self, keywords: &[Keyword]) {
        self.key("keywords");
        self.list(keywords, |d, k| {
            d.open("keyword");
            d.opt_ident_field("arg", k.arg.as_ref());
            d.expr_field("value", &k.value);
            d.close();
        });
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.args_field("posonlyargs", &a.posonlyargs);
        self.args_field("args", &a.args);
        if let Some(vararg) = &a.vararg {
            self.key("vararg");
            self.arg(vararg);
        }
        self.args_field("kwonlyargs", &a.kwonlyargs);
        self.opt_exprs_field("kw_defaults", &a.kw_defaults);
        if let Some(kwarg) = &a.kwarg {
            self.key("kwarg");
            self.arg(kwarg);
        }
        self.exprs_field("defaults", &a.defaults);
        self.close();
    }

    fn args_field(&mut self, name: &str, args: &[Arg]) {
        self.key(name);
        self.list(args, |d, a| d.arg(a));
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.ident_field("arg", &a.arg);
        self.opt_expr_field("annotation", a.annotation.as_deref());
        self.close();
    }
}

// Patterns.
impl Dumper {
    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.open("MatchValue");
                self.expr_field("value", value);
            }
            PatternKind::MatchSingleton { value } => {
                self.open("MatchSingleton");
                self.key("value");
                pyrepr::write_constant(&mut self.out, value);
            }
            PatternKind::MatchSequence { patterns } => {
                self.open("MatchSequence");
                self.patterns_field("patterns", patterns);
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.exprs_field("keys", keys);
                self.patterns_field("patterns", patterns);
                self.opt_ident_field("rest", rest.as_ref());
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.expr_field("cls", cls);
                self.patterns_field("patterns", patterns);
                self.idents_field("kwd_attrs", kwd_attrs);
                self.patterns_field("kwd_patterns", kwd_patterns);
            }
            PatternKind::MatchStar { name } => {
                self.open("MatchStar");
                self.opt_ident_field("name", name.as_ref());
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(pattern) = pattern {
                    self.key("pattern");
                    self.pattern(pattern);
                }
                self.opt_ident_field("name", name.as_ref());
            }
            PatternKind::MatchOr { patterns } => {
                self.open("MatchOr");
                self.patterns_field("patterns", patterns);
            }
        }
        self.close();
    }

    fn patterns_field(&mut self, name: &str, patterns: &[Pattern]) {
        self.key(name);
        self.list(patterns, |d, p| d.pattern(p));
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn unary_op_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert",
        UnaryOp::Not => "Not",
        UnaryOp::UAdd => "UAdd",
        UnaryOp::USub => "USub",
    }
}

fn cmp_op_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// The expected strings were printed by CPython 3.11's
/// `ast.dump(ast.parse(src))` for the source quoted in each test; the trees
/// are the ones CPython builds for that source, written out with the
/// builders below.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::span::Span;
    use num_bigint::BigInt;

    fn sp() -> Span {
        Span::default()
    }

    fn ex(kind: ExprKind) -> Expr {
        Expr::new(sp(), kind)
    }

    fn bx(e: Expr) -> Box<Expr> {
        Box::new(e)
    }

    fn st(kind: StmtKind) -> Stmt {
        Stmt::new(sp(), kind)
    }

    fn pat(kind: PatternKind) -> Pattern {
        Pattern { span: sp(), kind }
    }

    fn id(s: &str) -> Identifier {
        s.into()
    }

    fn name(s: &str, ctx: ExprContext) -> Expr {
        ex(ExprKind::Name { id: id(s), ctx })
    }

    fn ld(s: &str) -> Expr {
        name(s, ExprContext::Load)
    }

    fn stv(s: &str) -> Expr {
        name(s, ExprContext::Store)
    }

    fn delv(s: &str) -> Expr {
        name(s, ExprContext::Del)
    }

    fn cst(value: Constant) -> Expr {
        ex(ExprKind::Constant { value, kind: None })
    }

    fn cst_kind(value: Constant, kind: &str) -> Expr {
        ex(ExprKind::Constant {
            value,
            kind: Some(kind.into()),
        })
    }

    fn int(i: i64) -> Expr {
        cst(Constant::Int(Int::Small(i)))
    }

    fn text(s: &str) -> Expr {
        cst(Constant::Str(PyStr::from_str(s)))
    }

    fn big(digits: &str) -> BigInt {
        digits.parse().unwrap_or_default()
    }

    fn pystr_cps(cps: &[u32]) -> PyStr {
        let mut s = PyStr::new();
        for &cp in cps {
            s.push_code_point(cp);
        }
        s
    }

    fn arg(name: &str) -> Arg {
        Arg {
            span: sp(),
            arg: id(name),
            annotation: None,
        }
    }

    fn arg_ann(name: &str, annotation: Expr) -> Arg {
        Arg {
            annotation: Some(bx(annotation)),
            ..arg(name)
        }
    }

    fn kw(name: Option<&str>, value: Expr) -> Keyword {
        Keyword {
            span: sp(),
            arg: name.map(id),
            value,
        }
    }

    fn alias(name: &str, asname: Option<&str>) -> Alias {
        Alias {
            span: sp(),
            name: id(name),
            asname: asname.map(id),
        }
    }

    /// Dumps a module with `body` and compares with CPython's dump of `src`.
    fn check(src: &str, body: Vec<Stmt>, expected: &str) {
        let module = Module {
            body,
            type_ignores: vec![],
        };
        assert_eq!(dump_module(&module), expected, "source:\n{src}");
    }

    #[test]
    fn type_ignores() {
        // ast.parse("x = 1  # type: ignore[foo]\n", type_comments=True)
        let module = Module {
            body: vec![st(StmtKind::Assign {
                targets: vec![stv("x")],
                value: bx(int(1)),
            })],
            type_ignores: vec![TypeIgnore {
                lineno: 1,
                tag: "[foo]".into(),
            }],
        };
        assert_eq!(
            dump_module(&module),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], \
             type_ignores=[TypeIgnore(lineno=1, tag='[foo]')])"
        );
    }

    #[test]
    fn single_expression() {
        // ast.parse("f(a)[1:]", mode="eval").body
        let e = ex(ExprKind::Subscript {
            value: bx(ex(ExprKind::Call {
                func: bx(ld("f")),
                args: vec![ld("a")],
                keywords: vec![],
            })),
            slice: bx(ex(ExprKind::Slice {
                lower: Some(bx(int(1))),
                upper: None,
                step: None,
            })),
            ctx: ExprContext::Load,
        });
        assert_eq!(
            dump_expr(&e),
            "Subscript(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], \
             keywords=[]), slice=Slice(lower=Constant(value=1)), ctx=Load())"
        );
    }

    #[test]
    fn single_patterns() {
        let mapping = pat(PatternKind::MatchMapping {
            keys: vec![],
            patterns: vec![],
            rest: Some(id("r")),
        });
        assert_eq!(
            dump_pattern(&mapping),
            "MatchMapping(keys=[], patterns=[], rest='r')"
        );
        let star = pat(PatternKind::MatchSequence {
            patterns: vec![pat(PatternKind::MatchStar { name: None })],
        });
        assert_eq!(dump_pattern(&star), "MatchSequence(patterns=[MatchStar()])");
        let wildcard = pat(PatternKind::MatchAs {
            pattern: None,
            name: None,
        });
        assert_eq!(dump_pattern(&wildcard), "MatchAs()");
    }

    #[test]
    fn single_statement() {
        // ast.parse("def f(a: int = 1, *, b): pass").body[0]
        let f = st(StmtKind::FunctionDef(FunctionDef {
            name: id("f"),
            args: Box::new(Arguments {
                args: vec![arg_ann("a", ld("int"))],
                kwonlyargs: vec![arg("b")],
                kw_defaults: vec![None],
                defaults: vec![int(1)],
                ..Arguments::default()
            }),
            body: vec![st(StmtKind::Pass)],
            decorator_list: vec![],
            returns: None,
        }));
        assert_eq!(
            dump_stmt(&f),
            "FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', \
             annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='b')], \
             kw_defaults=[None], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])"
        );
    }

    // The tests below were generated once from CPython 3.11: for each
    // source, its `ast.parse` tree written with the builders above, and its
    // `ast.dump`.
    #[test]
    fn expr_name() {
        check(
            "x\n",
            vec![st(StmtKind::Expr { value: bx(ld("x")) })],
            r##"Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn assign() {
        check(
            "x = 1\n",
            vec![st(StmtKind::Assign {
                targets: vec![stv("x")],
                value: bx(int(1)),
            })],
            r##"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"##,
        );
    }

    #[test]
    fn assign_chain() {
        check(
            "a = b = 2.5\n",
            vec![st(StmtKind::Assign {
                targets: vec![stv("a"), stv("b")],
                value: bx(cst(Constant::Float(2.5))),
            })],
            r##"Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Constant(value=2.5))], type_ignores=[])"##,
        );
    }

    #[test]
    fn aug_assign_all_operators() {
        check(
            "a += 1\na -= b\na *= b\na @= b\na /= b\na %= b\na **= b\na <<= b\na >>= b\na |= b\na ^= b\na &= b\na //= b\n",
            vec![st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::Add, value: bx(int(1)) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::Sub, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::Mult, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::MatMult, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::Div, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::Mod, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::Pow, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::LShift, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::RShift, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::BitOr, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::BitXor, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::BitAnd, value: bx(ld("b")) }), st(StmtKind::AugAssign { target: bx(stv("a")), op: Operator::FloorDiv, value: bx(ld("b")) })],
            r##"Module(body=[AugAssign(target=Name(id='a', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='a', ctx=Store()), op=Sub(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=Mult(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=MatMult(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=Div(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=Mod(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=Pow(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=LShift(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=RShift(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=BitOr(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=BitXor(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=BitAnd(), value=Name(id='b', ctx=Load())), AugAssign(target=Name(id='a', ctx=Store()), op=FloorDiv(), value=Name(id='b', ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn ann_assign() {
        check(
            "x: int\nx: int = 1\n(y): int = 2\na.b: int\na[0]: list[int] = []\n",
            vec![
                st(StmtKind::AnnAssign {
                    target: bx(stv("x")),
                    annotation: bx(ld("int")),
                    value: None,
                    simple: true,
                }),
                st(StmtKind::AnnAssign {
                    target: bx(stv("x")),
                    annotation: bx(ld("int")),
                    value: Some(bx(int(1))),
                    simple: true,
                }),
                st(StmtKind::AnnAssign {
                    target: bx(stv("y")),
                    annotation: bx(ld("int")),
                    value: Some(bx(int(2))),
                    simple: false,
                }),
                st(StmtKind::AnnAssign {
                    target: bx(ex(ExprKind::Attribute {
                        value: bx(ld("a")),
                        attr: id("b"),
                        ctx: ExprContext::Store,
                    })),
                    annotation: bx(ld("int")),
                    value: None,
                    simple: false,
                }),
                st(StmtKind::AnnAssign {
                    target: bx(ex(ExprKind::Subscript {
                        value: bx(ld("a")),
                        slice: bx(int(0)),
                        ctx: ExprContext::Store,
                    })),
                    annotation: bx(ex(ExprKind::Subscript {
                        value: bx(ld("list")),
                        slice: bx(ld("int")),
                        ctx: ExprContext::Load,
                    })),
                    value: Some(bx(ex(ExprKind::List {
                        elts: vec![],
                        ctx: ExprContext::Load,
                    }))),
                    simple: false,
                }),
            ],
            r##"Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=2), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=0)], type_ignores=[])"##,
        );
    }

    #[test]
    fn delete() {
        check(
            "del a, b.c, d[0]\n",
            vec![st(StmtKind::Delete {
                targets: vec![
                    delv("a"),
                    ex(ExprKind::Attribute {
                        value: bx(ld("b")),
                        attr: id("c"),
                        ctx: ExprContext::Del,
                    }),
                    ex(ExprKind::Subscript {
                        value: bx(ld("d")),
                        slice: bx(int(0)),
                        ctx: ExprContext::Del,
                    }),
                ],
            })],
            r##"Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del()), Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])"##,
        );
    }

    #[test]
    fn function_def_minimal() {
        check(
            "def f(): pass\n",
            vec![st(StmtKind::FunctionDef(FunctionDef {
                name: id("f"),
                args: Box::new(Arguments::default()),
                body: vec![st(StmtKind::Pass)],
                decorator_list: vec![],
                returns: None,
            }))],
            r##"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn function_def_all_arguments() {
        check(
            "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return\n",
            vec![st(StmtKind::FunctionDef(FunctionDef {
                name: id("f"),
                args: Box::new(Arguments {
                    posonlyargs: vec![arg("a")],
                    args: vec![arg("b")],
                    vararg: Some(Box::new(arg("args"))),
                    kwonlyargs: vec![arg("c"), arg("d")],
                    kw_defaults: vec![None, Some(int(2))],
                    kwarg: Some(Box::new(arg("kw"))),
                    defaults: vec![int(1)],
                }),
                body: vec![st(StmtKind::Return { value: None })],
                decorator_list: vec![],
                returns: Some(bx(ld("int"))),
            }))],
            r##"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn function_def_decorated_annotated() {
        check(
            "@dec\n@mod.dec(1)\ndef f(x: int, *, y: str = 'a') -> None:\n    return x\n",
            vec![st(StmtKind::FunctionDef(FunctionDef {
                name: id("f"),
                args: Box::new(Arguments {
                    args: vec![arg_ann("x", ld("int"))],
                    kwonlyargs: vec![arg_ann("y", ld("str"))],
                    kw_defaults: vec![Some(text("a"))],
                    ..Arguments::default()
                }),
                body: vec![st(StmtKind::Return {
                    value: Some(bx(ld("x"))),
                })],
                decorator_list: vec![
                    ld("dec"),
                    ex(ExprKind::Call {
                        func: bx(ex(ExprKind::Attribute {
                            value: bx(ld("mod")),
                            attr: id("dec"),
                            ctx: ExprContext::Load,
                        })),
                        args: vec![int(1)],
                        keywords: vec![],
                    }),
                ],
                returns: Some(bx(cst(Constant::None))),
            }))],
            r##"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='y', annotation=Name(id='str', ctx=Load()))], kw_defaults=[Constant(value='a')], defaults=[]), body=[Return(value=Name(id='x', ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Attribute(value=Name(id='mod', ctx=Load()), attr='dec', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Constant(value=None))], type_ignores=[])"##,
        );
    }

    #[test]
    fn function_def_posonly_defaults() {
        check(
            "def f(a=1, /, b=2, *, c): pass\n",
            vec![st(StmtKind::FunctionDef(FunctionDef {
                name: id("f"),
                args: Box::new(Arguments {
                    posonlyargs: vec![arg("a")],
                    args: vec![arg("b")],
                    kwonlyargs: vec![arg("c")],
                    kw_defaults: vec![None],
                    defaults: vec![int(1), int(2)],
                    ..Arguments::default()
                }),
                body: vec![st(StmtKind::Pass)],
                decorator_list: vec![],
                returns: None,
            }))],
            r##"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn async_function_def_await() {
        check(
            "async def f(*, k=None):\n    await x\n",
            vec![st(StmtKind::AsyncFunctionDef(FunctionDef {
                name: id("f"),
                args: Box::new(Arguments {
                    kwonlyargs: vec![arg("k")],
                    kw_defaults: vec![Some(cst(Constant::None))],
                    ..Arguments::default()
                }),
                body: vec![st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Await { value: bx(ld("x")) })),
                })],
                decorator_list: vec![],
                returns: None,
            }))],
            r##"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[Constant(value=None)], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn class_def_minimal() {
        check(
            "class A: pass\n",
            vec![st(StmtKind::ClassDef(ClassDef {
                name: id("A"),
                bases: vec![],
                keywords: vec![],
                body: vec![st(StmtKind::Pass)],
                decorator_list: vec![],
            }))],
            r##"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn class_def_full() {
        check(
            "@d\nclass B(A, metaclass=M, **kw):\n    x = 1\n",
            vec![st(StmtKind::ClassDef(ClassDef {
                name: id("B"),
                bases: vec![ld("A")],
                keywords: vec![kw(Some("metaclass"), ld("M")), kw(None, ld("kw"))],
                body: vec![st(StmtKind::Assign {
                    targets: vec![stv("x")],
                    value: bx(int(1)),
                })],
                decorator_list: vec![ld("d")],
            }))],
            r##"Module(body=[ClassDef(name='B', bases=[Name(id='A', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])"##,
        );
    }

    #[test]
    fn for_else() {
        check(
            "for i in range(3):\n    pass\nelse:\n    pass\n",
            vec![st(StmtKind::For(For {
                target: bx(stv("i")),
                iter: bx(ex(ExprKind::Call {
                    func: bx(ld("range")),
                    args: vec![int(3)],
                    keywords: vec![],
                })),
                body: vec![st(StmtKind::Pass)],
                orelse: vec![st(StmtKind::Pass)],
            }))],
            r##"Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), body=[Pass()], orelse=[Pass()])], type_ignores=[])"##,
        );
    }

    #[test]
    fn async_for_with_comprehension() {
        check(
            "async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n    return [x async for x in y]\n",
            vec![st(StmtKind::AsyncFunctionDef(FunctionDef { name: id("f"), args: Box::new(Arguments::default()), body: vec![st(StmtKind::AsyncFor(For { target: bx(stv("x")), iter: bx(ld("y")), body: vec![st(StmtKind::Pass)], orelse: vec![] })), st(StmtKind::AsyncWith(With { items: vec![WithItem { context_expr: ld("a"), optional_vars: Some(bx(stv("b"))) }, WithItem { context_expr: ld("c"), optional_vars: None }], body: vec![st(StmtKind::Pass)] })), st(StmtKind::Return { value: Some(bx(ex(ExprKind::ListComp { elt: bx(ld("x")), generators: vec![Comprehension { target: stv("x"), iter: ld("y"), ifs: vec![], is_async: true }] }))) })], decorator_list: vec![], returns: None }))],
            r##"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn while_else() {
        check(
            "while x:\n    break\nelse:\n    continue\n",
            vec![st(StmtKind::While {
                test: bx(ld("x")),
                body: vec![st(StmtKind::Break)],
                orelse: vec![st(StmtKind::Continue)],
            })],
            r##"Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"##,
        );
    }

    #[test]
    fn if_elif_else() {
        check(
            "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
            vec![st(StmtKind::If {
                test: bx(ld("a")),
                body: vec![st(StmtKind::Pass)],
                orelse: vec![st(StmtKind::If {
                    test: bx(ld("b")),
                    body: vec![st(StmtKind::Pass)],
                    orelse: vec![st(StmtKind::Pass)],
                })],
            })],
            r##"Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"##,
        );
    }

    #[test]
    fn with_items() {
        check(
            "with open(f) as g, h:\n    pass\nwith a as (b, c):\n    pass\n",
            vec![
                st(StmtKind::With(With {
                    items: vec![
                        WithItem {
                            context_expr: ex(ExprKind::Call {
                                func: bx(ld("open")),
                                args: vec![ld("f")],
                                keywords: vec![],
                            }),
                            optional_vars: Some(bx(stv("g"))),
                        },
                        WithItem {
                            context_expr: ld("h"),
                            optional_vars: None,
                        },
                    ],
                    body: vec![st(StmtKind::Pass)],
                })),
                st(StmtKind::With(With {
                    items: vec![WithItem {
                        context_expr: ld("a"),
                        optional_vars: Some(bx(ex(ExprKind::Tuple {
                            elts: vec![stv("b"), stv("c")],
                            ctx: ExprContext::Store,
                        }))),
                    }],
                    body: vec![st(StmtKind::Pass)],
                })),
            ],
            r##"Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='f', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store())), withitem(context_expr=Name(id='h', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"##,
        );
    }

    #[test]
    fn match_literals_and_singletons() {
        check(
            "match x:\n    case 1:\n        pass\n    case None:\n        pass\n    case True | False:\n        pass\n    case -1 | 1 + 2j | 's' | b'b':\n        pass\n    case a.b.c:\n        pass\n",
            vec![st(StmtKind::Match { subject: bx(ld("x")), cases: vec![MatchCase { pattern: pat(PatternKind::MatchValue { value: bx(int(1)) }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchSingleton { value: Constant::None }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchOr { patterns: vec![pat(PatternKind::MatchSingleton { value: Constant::Bool(true) }), pat(PatternKind::MatchSingleton { value: Constant::Bool(false) })] }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchOr { patterns: vec![pat(PatternKind::MatchValue { value: bx(ex(ExprKind::UnaryOp { op: UnaryOp::USub, operand: bx(int(1)) })) }), pat(PatternKind::MatchValue { value: bx(ex(ExprKind::BinOp { left: bx(int(1)), op: Operator::Add, right: bx(cst(Constant::Complex { imag: 2.0 })) })) }), pat(PatternKind::MatchValue { value: bx(text("s")) }), pat(PatternKind::MatchValue { value: bx(cst(Constant::Bytes(b"b".to_vec()))) })] }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchValue { value: bx(ex(ExprKind::Attribute { value: bx(ex(ExprKind::Attribute { value: bx(ld("a")), attr: id("b"), ctx: ExprContext::Load })), attr: id("c"), ctx: ExprContext::Load })) }), guard: None, body: vec![st(StmtKind::Pass)] }] })],
            r##"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()]), match_case(pattern=MatchSingleton(value=None), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='s')), MatchValue(value=Constant(value=b'b'))]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()])])], type_ignores=[])"##,
        );
    }

    #[test]
    fn match_sequences_and_mappings() {
        check(
            "match x:\n    case [a, *rest]:\n        pass\n    case (*_,):\n        pass\n    case {'k': v, **kw}:\n        pass\n    case {1: _}:\n        pass\n",
            vec![st(StmtKind::Match { subject: bx(ld("x")), cases: vec![MatchCase { pattern: pat(PatternKind::MatchSequence { patterns: vec![pat(PatternKind::MatchAs { pattern: None, name: Some(id("a")) }), pat(PatternKind::MatchStar { name: Some(id("rest")) })] }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchSequence { patterns: vec![pat(PatternKind::MatchStar { name: None })] }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchMapping { keys: vec![text("k")], patterns: vec![pat(PatternKind::MatchAs { pattern: None, name: Some(id("v")) })], rest: Some(id("kw")) }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchMapping { keys: vec![int(1)], patterns: vec![pat(PatternKind::MatchAs { pattern: None, name: None })], rest: None }), guard: None, body: vec![st(StmtKind::Pass)] }] })],
            r##"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1)], patterns=[MatchAs()]), body=[Pass()])])], type_ignores=[])"##,
        );
    }

    #[test]
    fn match_classes_as_guard() {
        check(
            "match x:\n    case Point(1, y=2):\n        pass\n    case Point():\n        pass\n    case (a as b) if b > 0:\n        pass\n    case [1, 2] as c:\n        pass\n    case _:\n        pass\n",
            vec![st(StmtKind::Match { subject: bx(ld("x")), cases: vec![MatchCase { pattern: pat(PatternKind::MatchClass { cls: bx(ld("Point")), patterns: vec![pat(PatternKind::MatchValue { value: bx(int(1)) })], kwd_attrs: vec![id("y")], kwd_patterns: vec![pat(PatternKind::MatchValue { value: bx(int(2)) })] }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchClass { cls: bx(ld("Point")), patterns: vec![], kwd_attrs: vec![], kwd_patterns: vec![] }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchAs { pattern: Some(Box::new(pat(PatternKind::MatchAs { pattern: None, name: Some(id("a")) }))), name: Some(id("b")) }), guard: Some(bx(ex(ExprKind::Compare { left: bx(ld("b")), ops: vec![CmpOp::Gt], comparators: vec![int(0)] }))), body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchAs { pattern: Some(Box::new(pat(PatternKind::MatchSequence { patterns: vec![pat(PatternKind::MatchValue { value: bx(int(1)) }), pat(PatternKind::MatchValue { value: bx(int(2)) })] }))), name: Some(id("c")) }), guard: None, body: vec![st(StmtKind::Pass)] }, MatchCase { pattern: pat(PatternKind::MatchAs { pattern: None, name: None }), guard: None, body: vec![st(StmtKind::Pass)] }] })],
            r##"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['y'], kwd_patterns=[MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchAs(name='a'), name='b'), guard=Compare(left=Name(id='b', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='c'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"##,
        );
    }

    #[test]
    fn raise_forms() {
        check(
            "raise\nraise E\nraise E from e\nraise E from None\n",
            vec![
                st(StmtKind::Raise {
                    exc: None,
                    cause: None,
                }),
                st(StmtKind::Raise {
                    exc: Some(bx(ld("E"))),
                    cause: None,
                }),
                st(StmtKind::Raise {
                    exc: Some(bx(ld("E"))),
                    cause: Some(bx(ld("e"))),
                }),
                st(StmtKind::Raise {
                    exc: Some(bx(ld("E"))),
                    cause: Some(bx(cst(Constant::None))),
                }),
            ],
            r##"Module(body=[Raise(), Raise(exc=Name(id='E', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None))], type_ignores=[])"##,
        );
    }

    #[test]
    fn try_except_else_finally() {
        check(
            "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
            vec![st(StmtKind::Try(Try { body: vec![st(StmtKind::Pass)], handlers: vec![ExceptHandler { span: sp(), type_: Some(bx(ld("E"))), name: Some(id("e")), body: vec![st(StmtKind::Pass)] }, ExceptHandler { span: sp(), type_: Some(bx(ex(ExprKind::Tuple { elts: vec![ld("A"), ld("B")], ctx: ExprContext::Load }))), name: None, body: vec![st(StmtKind::Pass)] }, ExceptHandler { span: sp(), type_: None, name: None, body: vec![st(StmtKind::Pass)] }], orelse: vec![st(StmtKind::Pass)], finalbody: vec![st(StmtKind::Pass)] }))],
            r##"Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"##,
        );
    }

    #[test]
    fn try_finally() {
        check(
            "try:\n    pass\nfinally:\n    pass\n",
            vec![st(StmtKind::Try(Try {
                body: vec![st(StmtKind::Pass)],
                handlers: vec![],
                orelse: vec![],
                finalbody: vec![st(StmtKind::Pass)],
            }))],
            r##"Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"##,
        );
    }

    #[test]
    fn try_star() {
        check(
            "try:\n    pass\nexcept* E as e:\n    pass\nexcept* F:\n    pass\n",
            vec![st(StmtKind::TryStar(Try {
                body: vec![st(StmtKind::Pass)],
                handlers: vec![
                    ExceptHandler {
                        span: sp(),
                        type_: Some(bx(ld("E"))),
                        name: Some(id("e")),
                        body: vec![st(StmtKind::Pass)],
                    },
                    ExceptHandler {
                        span: sp(),
                        type_: Some(bx(ld("F"))),
                        name: None,
                        body: vec![st(StmtKind::Pass)],
                    },
                ],
                orelse: vec![],
                finalbody: vec![],
            }))],
            r##"Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='F', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn assert_forms() {
        check(
            "assert x\nassert x, 'msg'\n",
            vec![
                st(StmtKind::Assert {
                    test: bx(ld("x")),
                    msg: None,
                }),
                st(StmtKind::Assert {
                    test: bx(ld("x")),
                    msg: Some(bx(text("msg"))),
                }),
            ],
            r##"Module(body=[Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"##,
        );
    }

    #[test]
    fn imports() {
        check(
            "import a.b as c, d\nfrom . import x\nfrom .. a import (b as c, d)\nfrom a import *\nfrom __future__ import annotations\n",
            vec![st(StmtKind::Import { names: vec![alias("a.b", Some("c")), alias("d", None)] }), st(StmtKind::ImportFrom { module: None, names: vec![alias("x", None)], level: 1 }), st(StmtKind::ImportFrom { module: Some(id("a")), names: vec![alias("b", Some("c")), alias("d", None)], level: 2 }), st(StmtKind::ImportFrom { module: Some(id("a")), names: vec![alias("*", None)], level: 0 }), st(StmtKind::ImportFrom { module: Some(id("__future__")), names: vec![alias("annotations", None)], level: 0 })],
            r##"Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')]), ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d')], level=2), ImportFrom(module='a', names=[alias(name='*')], level=0), ImportFrom(module='__future__', names=[alias(name='annotations')], level=0)], type_ignores=[])"##,
        );
    }

    #[test]
    fn global_nonlocal() {
        check(
            "def f():\n    global a, b\n    def g():\n        nonlocal c\n",
            vec![st(StmtKind::FunctionDef(FunctionDef {
                name: id("f"),
                args: Box::new(Arguments::default()),
                body: vec![
                    st(StmtKind::Global {
                        names: vec![id("a"), id("b")],
                    }),
                    st(StmtKind::FunctionDef(FunctionDef {
                        name: id("g"),
                        args: Box::new(Arguments::default()),
                        body: vec![st(StmtKind::Nonlocal {
                            names: vec![id("c")],
                        })],
                        decorator_list: vec![],
                        returns: None,
                    })),
                ],
                decorator_list: vec![],
                returns: None,
            }))],
            r##"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b']), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['c'])], decorator_list=[])], decorator_list=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn pass_break_continue() {
        check(
            "for x in y:\n    pass\n    break\n    continue\n",
            vec![st(StmtKind::For(For {
                target: bx(stv("x")),
                iter: bx(ld("y")),
                body: vec![
                    st(StmtKind::Pass),
                    st(StmtKind::Break),
                    st(StmtKind::Continue),
                ],
                orelse: vec![],
            }))],
            r##"Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass(), Break(), Continue()], orelse=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn bool_ops() {
        check(
            "a and b or not c\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::BoolOp {
                    op: BoolOp::Or,
                    values: vec![
                        ex(ExprKind::BoolOp {
                            op: BoolOp::And,
                            values: vec![ld("a"), ld("b")],
                        }),
                        ex(ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            operand: bx(ld("c")),
                        }),
                    ],
                })),
            })],
            r##"Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))]))], type_ignores=[])"##,
        );
    }

    #[test]
    fn named_expr() {
        check(
            "(y := 10)\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::NamedExpr {
                    target: bx(stv("y")),
                    value: bx(int(10)),
                })),
            })],
            r##"Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=10)))], type_ignores=[])"##,
        );
    }

    #[test]
    fn all_binary_operators() {
        check(
            "a + b - c * d @ e / f % g ** h << i >> j | k ^ l & m // n\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::BinOp {
                    left: bx(ex(ExprKind::BinOp {
                        left: bx(ex(ExprKind::BinOp {
                            left: bx(ex(ExprKind::BinOp {
                                left: bx(ex(ExprKind::BinOp {
                                    left: bx(ld("a")),
                                    op: Operator::Add,
                                    right: bx(ld("b")),
                                })),
                                op: Operator::Sub,
                                right: bx(ex(ExprKind::BinOp {
                                    left: bx(ex(ExprKind::BinOp {
                                        left: bx(ex(ExprKind::BinOp {
                                            left: bx(ex(ExprKind::BinOp {
                                                left: bx(ld("c")),
                                                op: Operator::Mult,
                                                right: bx(ld("d")),
                                            })),
                                            op: Operator::MatMult,
                                            right: bx(ld("e")),
                                        })),
                                        op: Operator::Div,
                                        right: bx(ld("f")),
                                    })),
                                    op: Operator::Mod,
                                    right: bx(ex(ExprKind::BinOp {
                                        left: bx(ld("g")),
                                        op: Operator::Pow,
                                        right: bx(ld("h")),
                                    })),
                                })),
                            })),
                            op: Operator::LShift,
                            right: bx(ld("i")),
                        })),
                        op: Operator::RShift,
                        right: bx(ld("j")),
                    })),
                    op: Operator::BitOr,
                    right: bx(ex(ExprKind::BinOp {
                        left: bx(ld("k")),
                        op: Operator::BitXor,
                        right: bx(ex(ExprKind::BinOp {
                            left: bx(ld("l")),
                            op: Operator::BitAnd,
                            right: bx(ex(ExprKind::BinOp {
                                left: bx(ld("m")),
                                op: Operator::FloorDiv,
                                right: bx(ld("n")),
                            })),
                        })),
                    })),
                })),
            })],
            r##"Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=Name(id='d', ctx=Load())), op=MatMult(), right=Name(id='e', ctx=Load())), op=Div(), right=Name(id='f', ctx=Load())), op=Mod(), right=BinOp(left=Name(id='g', ctx=Load()), op=Pow(), right=Name(id='h', ctx=Load())))), op=LShift(), right=Name(id='i', ctx=Load())), op=RShift(), right=Name(id='j', ctx=Load())), op=BitOr(), right=BinOp(left=Name(id='k', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='l', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='m', ctx=Load()), op=FloorDiv(), right=Name(id='n', ctx=Load()))))))], type_ignores=[])"##,
        );
    }

    #[test]
    fn unary_operators() {
        check(
            "-a, +b, ~c, not d\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::Tuple {
                    elts: vec![
                        ex(ExprKind::UnaryOp {
                            op: UnaryOp::USub,
                            operand: bx(ld("a")),
                        }),
                        ex(ExprKind::UnaryOp {
                            op: UnaryOp::UAdd,
                            operand: bx(ld("b")),
                        }),
                        ex(ExprKind::UnaryOp {
                            op: UnaryOp::Invert,
                            operand: bx(ld("c")),
                        }),
                        ex(ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            operand: bx(ld("d")),
                        }),
                    ],
                    ctx: ExprContext::Load,
                })),
            })],
            r##"Module(body=[Expr(value=Tuple(elts=[UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load())), UnaryOp(op=Invert(), operand=Name(id='c', ctx=Load())), UnaryOp(op=Not(), operand=Name(id='d', ctx=Load()))], ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn lambdas() {
        check(
            "lambda: 0\nlambda x, /, y=1, *z, w, v=2, **u: x\n",
            vec![
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Lambda {
                        args: Box::new(Arguments::default()),
                        body: bx(int(0)),
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Lambda {
                        args: Box::new(Arguments {
                            posonlyargs: vec![arg("x")],
                            args: vec![arg("y")],
                            vararg: Some(Box::new(arg("z"))),
                            kwonlyargs: vec![arg("w"), arg("v")],
                            kw_defaults: vec![None, Some(int(2))],
                            kwarg: Some(Box::new(arg("u"))),
                            defaults: vec![int(1)],
                        }),
                        body: bx(ld("x")),
                    })),
                }),
            ],
            r##"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x')], args=[arg(arg='y')], vararg=arg(arg='z'), kwonlyargs=[arg(arg='w'), arg(arg='v')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='u'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"##,
        );
    }

    #[test]
    fn if_exp() {
        check(
            "a if b else c\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::IfExp {
                    test: bx(ld("b")),
                    body: bx(ld("a")),
                    orelse: bx(ld("c")),
                })),
            })],
            r##"Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"##,
        );
    }

    #[test]
    fn dicts_and_sets() {
        check(
            "{1: 2, **d, 'k': v}\n{}\n{1, 2}\n",
            vec![
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Dict {
                        keys: vec![Some(int(1)), None, Some(text("k"))],
                        values: vec![int(2), ld("d"), ld("v")],
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Dict {
                        keys: vec![],
                        values: vec![],
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Set {
                        elts: vec![int(1), int(2)],
                    })),
                }),
            ],
            r##"Module(body=[Expr(value=Dict(keys=[Constant(value=1), None, Constant(value='k')], values=[Constant(value=2), Name(id='d', ctx=Load()), Name(id='v', ctx=Load())])), Expr(value=Dict(keys=[], values=[])), Expr(value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"##,
        );
    }

    #[test]
    fn comprehensions() {
        check(
            "[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in items for j in k}\n(x for x in y)\n",
            vec![st(StmtKind::Expr { value: bx(ex(ExprKind::ListComp { elt: bx(ld("x")), generators: vec![Comprehension { target: stv("x"), iter: ld("y"), ifs: vec![ld("x"), ld("z")], is_async: false }] })) }), st(StmtKind::Expr { value: bx(ex(ExprKind::SetComp { elt: bx(ld("x")), generators: vec![Comprehension { target: stv("x"), iter: ld("y"), ifs: vec![], is_async: false }] })) }), st(StmtKind::Expr { value: bx(ex(ExprKind::DictComp { key: bx(ld("k")), value: bx(ld("v")), generators: vec![Comprehension { target: ex(ExprKind::Tuple { elts: vec![stv("k"), stv("v")], ctx: ExprContext::Store }), iter: ld("items"), ifs: vec![], is_async: false }, Comprehension { target: stv("j"), iter: ld("k"), ifs: vec![], is_async: false }] })) }), st(StmtKind::Expr { value: bx(ex(ExprKind::GeneratorExp { elt: bx(ld("x")), generators: vec![Comprehension { target: stv("x"), iter: ld("y"), ifs: vec![], is_async: false }] })) })],
            r##"Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='items', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='k', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"##,
        );
    }

    #[test]
    fn yields() {
        check(
            "def g():\n    yield\n    yield x\n    yield from y\n    x = yield\n",
            vec![st(StmtKind::FunctionDef(FunctionDef {
                name: id("g"),
                args: Box::new(Arguments::default()),
                body: vec![
                    st(StmtKind::Expr {
                        value: bx(ex(ExprKind::Yield { value: None })),
                    }),
                    st(StmtKind::Expr {
                        value: bx(ex(ExprKind::Yield {
                            value: Some(bx(ld("x"))),
                        })),
                    }),
                    st(StmtKind::Expr {
                        value: bx(ex(ExprKind::YieldFrom { value: bx(ld("y")) })),
                    }),
                    st(StmtKind::Assign {
                        targets: vec![stv("x")],
                        value: bx(ex(ExprKind::Yield { value: None })),
                    }),
                ],
                decorator_list: vec![],
                returns: None,
            }))],
            r##"Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='y', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])"##,
        );
    }

    #[test]
    fn all_comparisons() {
        check(
            "a < b <= c > d >= e == f != g is h is not i in j not in k\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::Compare {
                    left: bx(ld("a")),
                    ops: vec![
                        CmpOp::Lt,
                        CmpOp::LtE,
                        CmpOp::Gt,
                        CmpOp::GtE,
                        CmpOp::Eq,
                        CmpOp::NotEq,
                        CmpOp::Is,
                        CmpOp::IsNot,
                        CmpOp::In,
                        CmpOp::NotIn,
                    ],
                    comparators: vec![
                        ld("b"),
                        ld("c"),
                        ld("d"),
                        ld("e"),
                        ld("f"),
                        ld("g"),
                        ld("h"),
                        ld("i"),
                        ld("j"),
                        ld("k"),
                    ],
                })),
            })],
            r##"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"##,
        );
    }

    #[test]
    fn call() {
        check(
            "f(a, *b, c=d, **e)\nf()\n",
            vec![
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Call {
                        func: bx(ld("f")),
                        args: vec![
                            ld("a"),
                            ex(ExprKind::Starred {
                                value: bx(ld("b")),
                                ctx: ExprContext::Load,
                            }),
                        ],
                        keywords: vec![kw(Some("c"), ld("d")), kw(None, ld("e"))],
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Call {
                        func: bx(ld("f")),
                        args: vec![],
                        keywords: vec![],
                    })),
                }),
            ],
            r##"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"##,
        );
    }

    #[test]
    fn f_strings() {
        check(
            "f'a{b!r:>{w}}c{d=}{e!s}{g!a}{h:x}'\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::JoinedStr {
                    values: vec![
                        text("a"),
                        ex(ExprKind::FormattedValue {
                            value: bx(ld("b")),
                            conversion: 114,
                            format_spec: Some(bx(ex(ExprKind::JoinedStr {
                                values: vec![
                                    text(">"),
                                    ex(ExprKind::FormattedValue {
                                        value: bx(ld("w")),
                                        conversion: -1,
                                        format_spec: None,
                                    }),
                                ],
                            }))),
                        }),
                        text("cd="),
                        ex(ExprKind::FormattedValue {
                            value: bx(ld("d")),
                            conversion: 114,
                            format_spec: None,
                        }),
                        ex(ExprKind::FormattedValue {
                            value: bx(ld("e")),
                            conversion: 115,
                            format_spec: None,
                        }),
                        ex(ExprKind::FormattedValue {
                            value: bx(ld("g")),
                            conversion: 97,
                            format_spec: None,
                        }),
                        ex(ExprKind::FormattedValue {
                            value: bx(ld("h")),
                            conversion: -1,
                            format_spec: Some(bx(ex(ExprKind::JoinedStr {
                                values: vec![text("x")],
                            }))),
                        }),
                    ],
                })),
            })],
            r##"Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='cd='), FormattedValue(value=Name(id='d', ctx=Load()), conversion=114), FormattedValue(value=Name(id='e', ctx=Load()), conversion=115), FormattedValue(value=Name(id='g', ctx=Load()), conversion=97), FormattedValue(value=Name(id='h', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='x')]))]))], type_ignores=[])"##,
        );
    }

    #[test]
    fn constants() {
        check(
            "None, True, False, ..., 1, 1.5, 1e16, 1j, 2.5j, 'x', b'y', u'z', 12345678901234567890123, 0.1, 1e-05\n",
            vec![st(StmtKind::Expr { value: bx(ex(ExprKind::Tuple { elts: vec![cst(Constant::None), cst(Constant::Bool(true)), cst(Constant::Bool(false)), cst(Constant::Ellipsis), int(1), cst(Constant::Float(1.5)), cst(Constant::Float(1e+16)), cst(Constant::Complex { imag: 1.0 }), cst(Constant::Complex { imag: 2.5 }), text("x"), cst(Constant::Bytes(b"y".to_vec())), cst_kind(Constant::Str(PyStr::from_str("z")), "u"), cst(Constant::Int(Int::Big(big("12345678901234567890123")))), cst(Constant::Float(0.1)), cst(Constant::Float(1e-05))], ctx: ExprContext::Load })) })],
            r##"Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False), Constant(value=Ellipsis), Constant(value=1), Constant(value=1.5), Constant(value=1e+16), Constant(value=1j), Constant(value=2.5j), Constant(value='x'), Constant(value=b'y'), Constant(value='z', kind='u'), Constant(value=12345678901234567890123), Constant(value=0.1), Constant(value=1e-05)], ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn string_escapes() {
        check(
            "'it\\'s', \"say \\\"hi\\\"\", '\\x00\\u00e9\\u200b\\t', b'it\\'s\\xff'\n",
            vec![st(StmtKind::Expr {
                value: bx(ex(ExprKind::Tuple {
                    elts: vec![
                        text("it's"),
                        text("say \"hi\""),
                        text("\u{0}\u{e9}\u{200b}\t"),
                        cst(Constant::Bytes(b"it's\xff".to_vec())),
                    ],
                    ctx: ExprContext::Load,
                })),
            })],
            r##"Module(body=[Expr(value=Tuple(elts=[Constant(value="it's"), Constant(value='say "hi"'), Constant(value='\x00é\u200b\t'), Constant(value=b"it's\xff")], ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn surrogate_string() {
        check(
            "'\\ud800'\n",
            vec![st(StmtKind::Expr {
                value: bx(cst(Constant::Str(pystr_cps(&[0xd800])))),
            })],
            r##"Module(body=[Expr(value=Constant(value='\ud800'))], type_ignores=[])"##,
        );
    }

    #[test]
    fn attribute_subscript_starred() {
        check(
            "*a, b.c = d[1:2, ::3]\nx[:]\nx[a]\nx[1:]\n",
            vec![
                st(StmtKind::Assign {
                    targets: vec![ex(ExprKind::Tuple {
                        elts: vec![
                            ex(ExprKind::Starred {
                                value: bx(stv("a")),
                                ctx: ExprContext::Store,
                            }),
                            ex(ExprKind::Attribute {
                                value: bx(ld("b")),
                                attr: id("c"),
                                ctx: ExprContext::Store,
                            }),
                        ],
                        ctx: ExprContext::Store,
                    })],
                    value: bx(ex(ExprKind::Subscript {
                        value: bx(ld("d")),
                        slice: bx(ex(ExprKind::Tuple {
                            elts: vec![
                                ex(ExprKind::Slice {
                                    lower: Some(bx(int(1))),
                                    upper: Some(bx(int(2))),
                                    step: None,
                                }),
                                ex(ExprKind::Slice {
                                    lower: None,
                                    upper: None,
                                    step: Some(bx(int(3))),
                                }),
                            ],
                            ctx: ExprContext::Load,
                        })),
                        ctx: ExprContext::Load,
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Subscript {
                        value: bx(ld("x")),
                        slice: bx(ex(ExprKind::Slice {
                            lower: None,
                            upper: None,
                            step: None,
                        })),
                        ctx: ExprContext::Load,
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Subscript {
                        value: bx(ld("x")),
                        slice: bx(ld("a")),
                        ctx: ExprContext::Load,
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Subscript {
                        value: bx(ld("x")),
                        slice: bx(ex(ExprKind::Slice {
                            lower: Some(bx(int(1))),
                            upper: None,
                            step: None,
                        })),
                        ctx: ExprContext::Load,
                    })),
                }),
            ],
            r##"Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store())], ctx=Store())], value=Subscript(value=Name(id='d', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Name(id='a', ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn list_tuple_store() {
        check(
            "[a, (b, c)] = d\n()\n[]\n",
            vec![
                st(StmtKind::Assign {
                    targets: vec![ex(ExprKind::List {
                        elts: vec![
                            stv("a"),
                            ex(ExprKind::Tuple {
                                elts: vec![stv("b"), stv("c")],
                                ctx: ExprContext::Store,
                            }),
                        ],
                        ctx: ExprContext::Store,
                    })],
                    value: bx(ld("d")),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::Tuple {
                        elts: vec![],
                        ctx: ExprContext::Load,
                    })),
                }),
                st(StmtKind::Expr {
                    value: bx(ex(ExprKind::List {
                        elts: vec![],
                        ctx: ExprContext::Load,
                    })),
                }),
            ],
            r##"Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load())), Expr(value=Tuple(elts=[], ctx=Load())), Expr(value=List(elts=[], ctx=Load()))], type_ignores=[])"##,
        );
    }

    #[test]
    fn non_ascii_identifier() {
        check(
            "\u{e9}t\u{e9} = 1\n",
            vec![st(StmtKind::Assign {
                targets: vec![stv("\u{e9}t\u{e9}")],
                value: bx(int(1)),
            })],
            r##"Module(body=[Assign(targets=[Name(id='été', ctx=Store())], value=Constant(value=1))], type_ignores=[])"##,
        );
    }
}
