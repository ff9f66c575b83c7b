//! Assignment and deletion targets: the grammar parses them as expressions,
//! this module checks them and sets their contexts (`Store`, `Del`) the way
//! CPython does, with CPython's messages for targets that are not allowed.
//!
//! Invariant: a target returned by `to_store`/`to_del` holds only `Name`,
//! `Attribute`, `Subscript`, `Starred`, `Tuple` and `List` nodes at its
//! target positions, each with the requested context; the expressions inside
//! attributes and subscripts stay `Load`.

use super::ast::{Constant, Expr, ExprContext, ExprKind, UnaryOp};
use super::error::SyntaxError;

/// CPython's name for the kind of an expression, as used in messages
/// ("cannot assign to function call").
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression of `e` that cannot be a target, if any.
pub fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if ctx == ExprContext::Del {
                Some(e)
            } else {
                invalid_target(value, ctx)
            }
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, ctx))
        }
        _ => Some(e),
    }
}

/// Sets the context of a valid target (see `invalid_target`).
pub fn set_context(e: &mut Expr, new_ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new_ctx,
        ExprKind::Starred { ctx, value } => {
            *ctx = new_ctx;
            set_context(value, new_ctx);
        }
        ExprKind::Tuple { ctx, elts } | ExprKind::List { ctx, elts } => {
            *ctx = new_ctx;
            for elt in elts {
                set_context(elt, new_ctx);
            }
        }
        _ => {}
    }
}

/// Checks a target of `for`, `with ... as`, a comprehension or a nested
/// assignment target, and gives it the `Store` context.
pub fn to_store(mut e: Expr) -> Result<Expr, SyntaxError> {
    if let Some(bad) = invalid_target(&e, ExprContext::Store) {
        return Err(SyntaxError::new(
            format!("cannot assign to {}", expr_name(bad)),
            bad.span,
        ));
    }
    set_context(&mut e, ExprContext::Store);
    Ok(e)
}

/// Checks a target on the left of `=`, where CPython words the error for a
/// whole non-target expression differently ("... here. Maybe you meant '=='
/// instead of '='?").
pub fn to_assign_target(e: Expr) -> Result<Expr, SyntaxError> {
    match &e.kind {
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => Err(SyntaxError::new(
            "assignment to yield expression not possible",
            e.span,
        )),
        ExprKind::Constant {
            value: Constant::None | Constant::Bool(_),
            ..
        }
        | ExprKind::IfExp { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Await { .. }
        // Not `bitwise_or` expressions: CPython's `invalid_named_expression`
        // rule does not see them.
        | ExprKind::Compare { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::UnaryOp {
            op: UnaryOp::Not,
            ..
        } => to_store(e),
        ExprKind::Call { .. }
        | ExprKind::Constant { .. }
        | ExprKind::BinOp { .. }
        | ExprKind::UnaryOp { .. }
        | ExprKind::Dict { .. }
        | ExprKind::Set { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::JoinedStr { .. } => Err(SyntaxError::new(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(&e)
            ),
            e.span,
        )),
        _ => to_store(e),
    }
}

/// Checks a `del` target and gives it the `Del` context.
pub fn to_del(mut e: Expr) -> Result<Expr, SyntaxError> {
    if let Some(bad) = invalid_target(&e, ExprContext::Del) {
        return Err(SyntaxError::new(
            format!("cannot delete {}", expr_name(bad)),
            bad.span,
        ));
    }
    set_context(&mut e, ExprContext::Del);
    Ok(e)
}
