//! AST construction helpers for the grammar's actions: everything that is
//! more than a struct literal, in particular the checks CPython's PEG grammar
//! makes through its `invalid_*` rules (parameter order, argument order,
//! assignment targets, patterns), with CPython's messages.
//!
//! Invariant: every function either returns a node that `dump` prints as
//! CPython would, or a `SyntaxError` in CPython's words; none panics.

use lalrpop_util::ParseError;

use super::ast::{
    self, Arg, Arguments, BoolOp, Constant, Expr, ExprContext, ExprKind, Identifier, Keyword,
    Operator, Pattern, PatternKind, Stmt, StmtKind,
};
use super::error::SyntaxError;
use super::literals;
use super::span::Span;
use super::targets;
use super::token::{StrToken, Tok};

/// Deepest expression tree the parser builds. CPython stops near the same
/// depth ("maximum recursion depth exceeded during ast construction");
/// the limit keeps every later recursive walk of the tree within the stack.
pub const MAX_EXPR_DEPTH: u32 = 3000;

/// What the grammar's single start symbol produced.
pub enum Top {
    Module(ast::Module),
    Expr(Expr),
}

/// One argument of a call, before the order checks.
pub enum ArgItem {
    Positional(Expr),
    Generator(Expr),
    Starred(Expr),
    Keyword(Keyword),
    DoubleStarred(Keyword),
}

/// One item of a parameter list, before the order checks.
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    VarArgs(Option<Arg>),
    Star(Span),
    Slash(Span),
    KwArgs(Arg),
}

pub fn user(error: SyntaxError) -> ParseError<usize, Tok, SyntaxError> {
    ParseError::User { error }
}

pub fn constant(span: Span, value: Constant) -> Expr {
    Expr::new(span, ExprKind::Constant { value, kind: None })
}

pub fn tuple(span: Span, elts: Vec<Expr>) -> Expr {
    Expr::new(
        span,
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
    )
}

/// Refuses expression trees deeper than `MAX_EXPR_DEPTH`.
pub fn checked(e: Expr) -> Result<Expr, ParseError<usize, Tok, SyntaxError>> {
    if e.depth > MAX_EXPR_DEPTH {
        Err(user(SyntaxError::new(
            "too many nested expressions (maximum recursion depth exceeded during ast construction)",
            e.span,
        )))
    } else {
        Ok(e)
    }
}

/// A parenthesised expression: a group keeps the span of what is inside
/// (as CPython does), a tuple gets the span with its parentheses.
pub fn parenthesized(span: Span, mut e: Expr) -> Expr {
    if matches!(
        e.kind,
        ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
    ) {
        e.span = span;
    }
    e
}

pub fn bool_op(span: Span, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    Expr::new(span, ExprKind::BoolOp { op, values })
}

/// A run of adjacent string literals; f-string fields are parsed by the
/// expression entry point of the grammar.
pub fn strings(source: &str, parts: &[(usize, StrToken, usize)]) -> Result<Expr, SyntaxError> {
    literals::concat_strings(source, parts, &mut |range| {
        super::parser::parse_fstring_expr(source, range)
    })
}

pub fn assign(span: Span, first: Expr, mut rest: Vec<Expr>) -> Result<Stmt, SyntaxError> {
    let value = rest
        .pop()
        .expect("the grammar gives at least one `= value`");
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(targets::to_assign_target(first)?);
    for target in rest {
        targets.push(targets::to_assign_target(target)?);
    }
    Ok(Stmt::new(
        span,
        StmtKind::Assign {
            targets,
            value: Box::new(value),
        },
    ))
}

pub fn aug_assign(
    span: Span,
    mut target: Expr,
    op: Operator,
    value: Expr,
) -> Result<Stmt, SyntaxError> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            targets::set_context(&mut target, ExprContext::Store);
            Ok(Stmt::new(
                span,
                StmtKind::AugAssign {
                    target: Box::new(target),
                    op,
                    value: Box::new(value),
                },
            ))
        }
        _ => Err(SyntaxError::new(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                targets::expr_name(&target)
            ),
            target.span,
        )),
    }
}

pub fn ann_assign(
    span: Span,
    mut target: Expr,
    annotation: Expr,
    value: Option<Expr>,
) -> Result<Stmt, SyntaxError> {
    let simple = match &target.kind {
        // A parenthesised name starts after the statement does.
        ExprKind::Name { .. } => target.span.start == span.start,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple { .. } => {
            return Err(SyntaxError::new(
                "only single target (not tuple) can be annotated",
                target.span,
            ))
        }
        ExprKind::List { .. } => {
            return Err(SyntaxError::new(
                "only single target (not list) can be annotated",
                target.span,
            ))
        }
        _ => {
            return Err(SyntaxError::new(
                "illegal target for annotation",
                target.span,
            ))
        }
    };
    targets::set_context(&mut target, ExprContext::Store);
    Ok(Stmt::new(
        span,
        StmtKind::AnnAssign {
            target: Box::new(target),
            annotation: Box::new(annotation),
            value: value.map(Box::new),
            simple,
        },
    ))
}

pub fn delete(span: Span, targets_in: Vec<Expr>) -> Result<Stmt, SyntaxError> {
    let targets = targets_in
        .into_iter()
        .map(targets::to_del)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Stmt::new(span, StmtKind::Delete { targets }))
}

pub fn store_target(e: Expr) -> Result<Expr, SyntaxError> {
    targets::to_store(e)
}

pub fn for_stmt(
    span: Span,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let f = ast::For {
        target: Box::new(targets::to_store(target)?),
        iter: Box::new(iter),
        body,
        orelse,
    };
    let kind = if is_async {
        StmtKind::AsyncFor(f)
    } else {
        StmtKind::For(f)
    };
    Ok(Stmt::new(span, kind))
}

/// `if`/`elif`/`else`: each `elif` becomes an `If` nested in the `orelse` of
/// the previous one.
pub fn if_chain(
    span: Span,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Result<Stmt, SyntaxError> {
    // Each `elif` nests an `If` in the previous one's `orelse`, with no
    // indentation to bound the depth: refuse chains as deep as the
    // expressions `MAX_EXPR_DEPTH` refuses, so that recursive walks of the
    // tree stay within the stack (CPython stops near the same depth).
    if let Some((start, _, _)) = elifs.get(MAX_EXPR_DEPTH as usize) {
        return Err(SyntaxError::new(
            "too many 'elif' clauses (maximum recursion depth exceeded during ast construction)",
            Span::new(*start, *start + "elif".len()),
        ));
    }
    let mut tail = orelse.unwrap_or_default();
    for (start, test, body) in elifs.into_iter().rev() {
        let end = tail.last().map_or(span.end, |s: &Stmt| s.span.end);
        let end = end.max(body.last().map_or(0, |s| s.span.end));
        tail = vec![Stmt::new(
            Span {
                start: start as u32,
                end,
            },
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse: tail,
            },
        )];
    }
    Ok(Stmt::new(
        span,
        StmtKind::If {
            test: Box::new(test),
            body,
            orelse: tail,
        },
    ))
}

fn param_span(item: &ParamItem) -> Span {
    match item {
        ParamItem::Plain(arg, _) | ParamItem::KwArgs(arg) | ParamItem::VarArgs(Some(arg)) => {
            arg.span
        }
        ParamItem::VarArgs(None) => Span::default(),
        ParamItem::Star(span) | ParamItem::Slash(span) => *span,
    }
}

/// Sorts a parameter list into CPython's `arguments`, checking the order
/// rules of `def` and `lambda` parameters.
pub fn arguments(items: Vec<ParamItem>) -> Result<Arguments, SyntaxError> {
    let mut out = Arguments::default();
    let mut seen_slash = false;
    let mut star: Option<Span> = None;
    let mut seen_kwargs = false;
    let mut seen_default = false;
    for item in items {
        let span = param_span(&item);
        if seen_kwargs {
            return Err(SyntaxError::new(
                "arguments cannot follow var-keyword argument",
                span,
            ));
        }
        match item {
            ParamItem::Plain(arg, default) => {
                if star.is_some() {
                    out.kwonlyargs.push(arg);
                    out.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            out.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(SyntaxError::new(
                                "non-default argument follows default argument",
                                arg.span,
                            ))
                        }
                        None => {}
                    }
                    out.args.push(arg);
                }
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return Err(SyntaxError::new("/ may appear only once", span));
                }
                if star.is_some() {
                    return Err(SyntaxError::new("/ must be ahead of *", span));
                }
                if out.args.is_empty() {
                    return Err(SyntaxError::new(
                        "at least one argument must precede /",
                        span,
                    ));
                }
                seen_slash = true;
                out.posonlyargs = std::mem::take(&mut out.args);
            }
            ParamItem::Star(_) | ParamItem::VarArgs(None) => {
                if star.is_some() {
                    return Err(SyntaxError::new("* argument may appear only once", span));
                }
                star = Some(span);
            }
            ParamItem::VarArgs(Some(arg)) => {
                if star.is_some() {
                    return Err(SyntaxError::new(
                        "* argument may appear only once",
                        arg.span,
                    ));
                }
                star = Some(arg.span);
                out.vararg = Some(Box::new(arg));
            }
            ParamItem::KwArgs(arg) => {
                seen_kwargs = true;
                out.kwarg = Some(Box::new(arg));
            }
        }
    }
    if let Some(span) = star {
        if out.vararg.is_none() && out.kwonlyargs.is_empty() {
            return Err(SyntaxError::new("named arguments must follow bare *", span));
        }
    }
    Ok(out)
}

/// `arguments` for a lambda: CPython reports a bare `*` without named
/// arguments at the token after it (after `*,`, the one after that).
pub fn lambda_arguments(source: &str, items: Vec<ParamItem>) -> Result<Arguments, SyntaxError> {
    arguments(items).map_err(|mut error| {
        if error.message == "named arguments must follow bare *" {
            let mut at = next_token_start(source, error.span.end as usize);
            if source.as_bytes().get(at) == Some(&b',') {
                at = next_token_start(source, at + 1);
            }
            let end = if source[at..].starts_with("**") {
                at + 2
            } else {
                (at + 1).min(source.len())
            };
            error.span = Span::new(at, end);
        }
        error
    })
}

/// Where the next token starts at or after `from`, inside brackets: skips
/// whitespace, newlines, comments and line continuations.
pub fn next_token_start(source: &str, from: usize) -> usize {
    let bytes = source.as_bytes();
    let mut i = from.min(bytes.len());
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' => i += 1,
            b'\\' if matches!(bytes.get(i + 1), Some(b'\n')) => i += 2,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    i
}

/// Sorts call arguments into positional ones and keywords, checking their
/// order. `close` is the call's closing parenthesis, where CPython reports
/// a positional argument that follows keywords.
pub fn call_arguments(
    items: Vec<ArgItem>,
    close: Span,
) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Generator(e) if count > 1 => {
                // Only a lone generator expression may omit its parentheses.
                return Err(SyntaxError::new(
                    "Generator expression must be parenthesized",
                    e.span,
                ));
            }
            ArgItem::Positional(e) | ArgItem::Generator(e) => {
                if seen_double_star {
                    return Err(SyntaxError::new(
                        "positional argument follows keyword argument unpacking",
                        close,
                    ));
                }
                if seen_keyword {
                    return Err(SyntaxError::new(
                        "positional argument follows keyword argument",
                        close,
                    ));
                }
                args.push(e);
            }
            ArgItem::Starred(e) => {
                if seen_double_star {
                    return Err(SyntaxError::new(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span,
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(k) => {
                seen_keyword = true;
                keywords.push(k);
            }
            ArgItem::DoubleStarred(k) => {
                seen_double_star = true;
                keywords.push(k);
            }
        }
    }
    Ok((args, keywords))
}

fn pattern(span: Span, kind: PatternKind) -> Pattern {
    Pattern { span, kind }
}

/// A bare name in a pattern: `_` is the wildcard, any other name a capture.
pub fn capture_pattern(span: Span, name: Identifier) -> Pattern {
    let name = if &*name == "_" { None } else { Some(name) };
    pattern(
        span,
        PatternKind::MatchAs {
            pattern: None,
            name,
        },
    )
}

pub fn star_pattern(span: Span, name: Identifier) -> Pattern {
    let name = if &*name == "_" { None } else { Some(name) };
    pattern(span, PatternKind::MatchStar { name })
}

pub fn as_pattern(
    span: Span,
    inner: Pattern,
    (name_span, name): (Span, Identifier),
) -> Result<Pattern, SyntaxError> {
    if &*name == "_" {
        return Err(SyntaxError::new("cannot use '_' as a target", name_span));
    }
    Ok(pattern(
        span,
        PatternKind::MatchAs {
            pattern: Some(Box::new(inner)),
            name: Some(name),
        },
    ))
}

/// `real + imag` in a pattern: the right side must be imaginary, the left
/// side real.
pub fn complex_pattern(
    span: Span,
    real: Expr,
    op: Operator,
    imag: Expr,
) -> Result<Expr, SyntaxError> {
    let is_imaginary = |e: &Expr| {
        matches!(
            e.kind,
            ExprKind::Constant {
                value: Constant::Complex { .. },
                ..
            }
        )
    };
    if !is_imaginary(&imag) {
        return Err(SyntaxError::new(
            "imaginary number required in complex literal",
            imag.span,
        ));
    }
    let real_value = match &real.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => &real,
    };
    if is_imaginary(real_value) {
        return Err(SyntaxError::new(
            "real number required in complex literal",
            real.span,
        ));
    }
    Ok(Expr::new(
        span,
        ExprKind::BinOp {
            left: Box::new(real),
            op,
            right: Box::new(imag),
        },
    ))
}

/// `{key: pattern, ..., **rest}`: the rest entry must come last and may not
/// be `_`.
pub fn mapping_pattern(
    span: Span,
    items: Vec<(Option<Expr>, Pattern)>,
) -> Result<Pattern, SyntaxError> {
    let count = items.len();
    let mut keys = Vec::with_capacity(count);
    let mut patterns = Vec::with_capacity(count);
    let mut rest = None;
    for (index, (key, value)) in items.into_iter().enumerate() {
        match key {
            Some(key) => {
                keys.push(key);
                patterns.push(value);
            }
            None => {
                let name = match value.kind {
                    PatternKind::MatchAs {
                        name: Some(name), ..
                    } if index + 1 == count => name,
                    _ => return Err(SyntaxError::new("invalid syntax", value.span)),
                };
                rest = Some(name);
            }
        }
    }
    Ok(pattern(
        span,
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
    ))
}

/// `Cls(p, q, name=r)`: positional patterns must come first.
pub fn class_pattern(
    span: Span,
    cls: Expr,
    args: Vec<(Option<(Span, Identifier)>, Pattern)>,
) -> Result<Pattern, SyntaxError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for (keyword, value) in args {
        match keyword {
            None if !kwd_attrs.is_empty() => {
                return Err(SyntaxError::new(
                    "positional patterns follow keyword patterns",
                    value.span,
                ))
            }
            None => patterns.push(value),
            Some((_, name)) => {
                kwd_attrs.push(name);
                kwd_patterns.push(value);
            }
        }
    }
    Ok(pattern(
        span,
        PatternKind::MatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
    ))
}
