//! Type annotations written in the program (`def f(x: int) -> list[str]`):
//! checked against what the annotator infers, never trusted blindly.
//!
//! An annotation that rpy cannot read (a user class, `Optional`, a string)
//! is not checked; one it can read must agree with the inferred type, with
//! Python's numeric tower (`bool` where `int` is written, `int` where
//! `float` is written).

use super::types::{Lists, Type};
use crate::syntax::ast::{Constant, Expr, ExprKind, Operator};

/// A readable annotation.
#[derive(Clone, Debug, PartialEq)]
pub enum Hint {
    Int,
    Float,
    Bool,
    Str,
    None,
    List(Box<Hint>),
    Tuple(Vec<Hint>),
    /// Not checked.
    Any,
}

pub fn parse_hint(e: &Expr) -> Hint {
    match &e.kind {
        ExprKind::Name { id, .. } => match &**id {
            "int" => Hint::Int,
            "float" => Hint::Float,
            "bool" => Hint::Bool,
            "str" => Hint::Str,
            "None" => Hint::None,
            _ => Hint::Any,
        },
        ExprKind::Constant {
            value: Constant::None,
            ..
        } => Hint::None,
        ExprKind::Subscript { value, slice, .. } => {
            let ExprKind::Name { id, .. } = &value.kind else {
                return Hint::Any;
            };
            match (&**id, &slice.kind) {
                ("list" | "List", _) => Hint::List(Box::new(parse_hint(slice))),
                ("tuple" | "Tuple", ExprKind::Tuple { elts, .. }) => {
                    if elts.iter().any(|e| {
                        matches!(
                            e.kind,
                            ExprKind::Constant {
                                value: Constant::Ellipsis,
                                ..
                            }
                        )
                    }) {
                        return Hint::Any;
                    }
                    Hint::Tuple(elts.iter().map(parse_hint).collect())
                }
                ("tuple" | "Tuple", _) => Hint::Tuple(vec![parse_hint(slice)]),
                _ => Hint::Any,
            }
        }
        ExprKind::BinOp {
            op: Operator::BitOr,
            ..
        } => Hint::Any,
        _ => Hint::Any,
    }
}

/// Does a value of type `t` fit the annotation?
pub fn fits(lists: &Lists, hint: &Hint, t: &Type) -> bool {
    match (hint, t) {
        (Hint::Any, _) | (_, Type::Bottom) => true,
        (Hint::Int, Type::Int | Type::Bool) => true,
        (Hint::Float, Type::Float | Type::Int | Type::Bool) => true,
        (Hint::Bool, Type::Bool) => true,
        (Hint::Str, Type::Str) => true,
        (Hint::None, Type::None) => true,
        (Hint::List(item), Type::List(l)) => fits(lists, item, lists.item(*l)),
        (Hint::Tuple(hs), Type::Tuple(ts)) => {
            hs.len() == ts.len() && hs.iter().zip(ts).all(|(h, t)| fits(lists, h, t))
        }
        _ => false,
    }
}

/// The annotation as written, for messages.
pub fn hint_text(hint: &Hint) -> String {
    match hint {
        Hint::Int => "int".into(),
        Hint::Float => "float".into(),
        Hint::Bool => "bool".into(),
        Hint::Str => "str".into(),
        Hint::None => "None".into(),
        Hint::List(i) => format!("list[{}]", hint_text(i)),
        Hint::Tuple(hs) => format!(
            "tuple[{}]",
            hs.iter().map(hint_text).collect::<Vec<_>>().join(", ")
        ),
        Hint::Any => "?".into(),
    }
}
