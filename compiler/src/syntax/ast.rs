//! The abstract syntax tree: a mirror of CPython 3.11's `ast` module.
//!
//! Every node type and field has the name CPython gives it (in Rust case),
//! and fields appear in CPython's order, so that `dump` can print exactly what
//! `ast.dump` prints. Every statement, expression, pattern and helper node
//! carries the byte `Span` of its source text.
//!
//! Invariants kept by the parser:
//! - expression contexts (`Load`, `Store`, `Del`) are set as CPython sets them;
//! - `Constant` values are fully decoded (escapes, numbers), and adjacent
//!   string literals are already concatenated;
//! - no node refers to lexer or parser-generator types.

use super::span::Span;
use num_bigint::BigInt;

/// A name as written (after NFKC normalisation).
pub type Identifier = Box<str>;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// Always empty: type comments are not collected (as `ast.parse` by default).
    pub type_ignores: Vec<TypeIgnore>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeIgnore {
    pub lineno: usize,
    pub tag: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Identifier,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Identifier,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct With {
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(FunctionDef),
    AsyncFunctionDef(FunctionDef),
    ClassDef(ClassDef),
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For(For),
    AsyncFor(For),
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With(With),
    AsyncWith(With),
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try(Try),
    TryStar(Try),
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Identifier>,
    },
    Nonlocal {
        names: Vec<Identifier>,
    },
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
    /// Nesting depth of this expression tree (1 for a leaf), computed by
    /// `Expr::new` so the parser can refuse trees too deep to walk safely.
    pub depth: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Dict {
        /// `None` marks a `**mapping` entry.
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    FormattedValue {
        value: Box<Expr>,
        /// -1 for none, else the code point of `s`, `r` or `a`.
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    Constant {
        value: Constant,
        /// `Some("u")` for a string written with a `u` prefix.
        kind: Option<Box<str>>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Identifier,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A decoded literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    /// An imaginary literal: the real part is always zero.
    Complex {
        imag: f64,
    },
    Str(PyStr),
    Bytes(Vec<u8>),
}

/// An integer literal of any size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

/// Python text: a sequence of code points that, unlike Rust's `str`, may hold
/// lone surrogates (`"\ud800"` is a valid Python string). Stored as
/// generalized UTF-8 (WTF-8): surrogates use the 3-byte UTF-8 form.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct PyStr {
    bytes: Vec<u8>,
    has_surrogates: bool,
}

impl PyStr {
    pub fn new() -> PyStr {
        PyStr::default()
    }

    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> PyStr {
        PyStr {
            bytes: s.as_bytes().to_vec(),
            has_surrogates: false,
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push_pystr(&mut self, s: &PyStr) {
        self.bytes.extend_from_slice(&s.bytes);
        self.has_surrogates |= s.has_surrogates;
    }

    /// Appends one code point (`0..=0x10FFFF`, surrogates included).
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => {
                let mut buf = [0u8; 4];
                self.bytes
                    .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            None => {
                debug_assert!((0xD800..0xE000).contains(&cp));
                self.has_surrogates = true;
                self.bytes.extend_from_slice(&[
                    0xE0 | (cp >> 12) as u8,
                    0x80 | ((cp >> 6) & 0x3F) as u8,
                    0x80 | (cp & 0x3F) as u8,
                ]);
            }
        }
    }

    /// The text as a Rust string, if it holds no lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        if self.has_surrogates {
            None
        } else {
            // Safety: without surrogates the bytes are the UTF-8 of the
            // `&str`s and `char`s pushed.
            Some(unsafe { std::str::from_utf8_unchecked(&self.bytes) })
        }
    }

    /// The text with each lone surrogate replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        self.code_points()
            .map(|cp| char::from_u32(cp).unwrap_or('\u{FFFD}'))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let bytes = &self.bytes;
        let mut i = 0;
        std::iter::from_fn(move || {
            let b0 = *bytes.get(i)? as u32;
            let (cp, len) = if b0 < 0x80 {
                (b0, 1)
            } else if b0 < 0xE0 {
                (((b0 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F), 2)
            } else if b0 < 0xF0 {
                (
                    ((b0 & 0x0F) << 12)
                        | ((bytes[i + 1] as u32 & 0x3F) << 6)
                        | (bytes[i + 2] as u32 & 0x3F),
                    3,
                )
            } else {
                (
                    ((b0 & 0x07) << 18)
                        | ((bytes[i + 1] as u32 & 0x3F) << 12)
                        | ((bytes[i + 2] as u32 & 0x3F) << 6)
                        | (bytes[i + 3] as u32 & 0x3F),
                    4,
                )
            };
            i += len;
            Some(cp)
        })
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    pub type_: Option<Box<Expr>>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only argument; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Box<Arg>>,
    /// Defaults of the last positional (and positional-only) arguments.
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub span: Span,
    pub arg: Identifier,
    pub annotation: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    /// `None` for `**mapping`.
    pub arg: Option<Identifier>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub span: Span,
    pub name: Identifier,
    pub asname: Option<Identifier>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub span: Span,
    pub kind: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    MatchValue {
        value: Box<Expr>,
    },
    /// `None`, `True` or `False`.
    MatchSingleton {
        value: Constant,
    },
    MatchSequence {
        patterns: Vec<Pattern>,
    },
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Identifier>,
    },
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<Pattern>,
    },
    MatchStar {
        name: Option<Identifier>,
    },
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Identifier>,
    },
    MatchOr {
        patterns: Vec<Pattern>,
    },
}

impl Expr {
    pub fn new(span: Span, kind: ExprKind) -> Expr {
        let depth = kind.child_depth() + 1;
        Expr { span, kind, depth }
    }
}

fn max_depth<'a>(exprs: impl IntoIterator<Item = &'a Expr>) -> u32 {
    exprs.into_iter().map(|e| e.depth).max().unwrap_or(0)
}

fn comprehension_depth(generators: &[Comprehension]) -> u32 {
    generators
        .iter()
        .map(|g| g.target.depth.max(g.iter.depth).max(max_depth(&g.ifs)))
        .max()
        .unwrap_or(0)
}

impl ExprKind {
    /// The largest depth among the direct sub-expressions.
    fn child_depth(&self) -> u32 {
        use ExprKind::*;
        match self {
            BoolOp { values, .. } => max_depth(values),
            NamedExpr { target, value } => target.depth.max(value.depth),
            BinOp { left, right, .. } => left.depth.max(right.depth),
            UnaryOp { operand, .. } => operand.depth,
            Lambda { args, body } => body.depth.max(max_depth(
                args.defaults
                    .iter()
                    .chain(args.kw_defaults.iter().flatten()),
            )),
            IfExp { test, body, orelse } => test.depth.max(body.depth).max(orelse.depth),
            Dict { keys, values } => max_depth(keys.iter().flatten()).max(max_depth(values)),
            Set { elts } | List { elts, .. } | Tuple { elts, .. } => max_depth(elts),
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => elt.depth.max(comprehension_depth(generators)),
            DictComp {
                key,
                value,
                generators,
            } => key
                .depth
                .max(value.depth)
                .max(comprehension_depth(generators)),
            Await { value } | YieldFrom { value } => value.depth,
            Yield { value } => value.as_ref().map_or(0, |v| v.depth),
            Compare {
                left, comparators, ..
            } => left.depth.max(max_depth(comparators)),
            Call {
                func,
                args,
                keywords,
            } => func
                .depth
                .max(max_depth(args))
                .max(max_depth(keywords.iter().map(|k| &k.value))),
            FormattedValue {
                value, format_spec, ..
            } => value.depth.max(format_spec.as_ref().map_or(0, |f| f.depth)),
            JoinedStr { values } => max_depth(values),
            Constant { .. } | Name { .. } => 0,
            Attribute { value, .. } | Starred { value, .. } => value.depth,
            Subscript { value, slice, .. } => value.depth.max(slice.depth),
            Slice { lower, upper, step } => max_depth(
                lower
                    .iter()
                    .chain(upper.iter())
                    .chain(step.iter())
                    .map(|b| &**b),
            ),
        }
    }
}

impl Stmt {
    pub fn new(span: Span, kind: StmtKind) -> Stmt {
        Stmt { span, kind }
    }
}
