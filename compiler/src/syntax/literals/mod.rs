//! String literals: decoding the tokens of a run of adjacent literals and
//! joining them into one expression, exactly as CPython 3.11's
//! `_PyPegen_concatenate_strings` does (before PEP 701 changed f-strings).
//!
//! Invariants:
//! - the result is a `Constant` (str or bytes) unless some token is an
//!   f-string, in which case it is a `JoinedStr` whose adjacent literal parts
//!   are merged into one `Constant` and whose empty literal parts are
//!   dropped;
//! - tokens are processed in order, so the first error in source order is
//!   the one reported, in CPython's words;
//! - spans: the result covers the whole run; each `FormattedValue` covers its
//!   `{...}`, each literal part the source it came from, each format spec
//!   its text (CPython's own positions for these parts are not meaningful).

mod escapes;
mod fstring;

use std::ops::Range;

use super::ast::{Constant, Expr, ExprKind, PyStr};
use super::error::SyntaxError;
use super::span::Span;
use super::token::StrToken;

use fstring::Parts;

/// Parses the expression of an f-string replacement field, given its byte
/// range in the source.
type ParseExpr<'a> = dyn FnMut(Range<usize>) -> Result<Expr, SyntaxError> + 'a;

/// Builds the expression for a run of adjacent string tokens (implicit
/// concatenation), e.g. `'a' "b"`, `f'{x}' 'y'`, `b'x' b'y'`.
/// `parse_expr` parses the expression of an f-string field: given the byte
/// range of the expression text inside `source`, it returns the parsed Expr.
pub fn concat_strings(
    source: &str,
    tokens: &[(usize, StrToken, usize)],
    parse_expr: &mut dyn FnMut(Range<usize>) -> Result<Expr, SyntaxError>,
) -> Result<Expr, SyntaxError> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Err(SyntaxError::new("empty string run", Span::new(0, 0)));
    };
    let whole = Span::new(first.0, last.2.max(first.0));
    // CPython reports errors here at the token after the run.
    let fail = |message: String| {
        SyntaxError::new(message, Span::new(whole.end as usize, whole.end as usize))
    };
    // CPython marks the constant with kind 'u' when the first token is
    // written with a lowercase `u` (only lowercase).
    let kind_u = source.as_bytes().get(first.0) == Some(&b'u');
    let mut parts = Parts::new(source, kind_u, whole, parse_expr);
    let mut bytes: Option<Vec<u8>> = None;
    for (i, (_, token, _)) in tokens.iter().enumerate() {
        let range = token.body_start as usize..token.body_end as usize;
        let body = source
            .get(range.clone())
            .ok_or_else(|| fail("invalid string token".to_string()))?;
        let this_bytes = token.prefix.bytes;
        let decoded = if token.prefix.fstring {
            None
        } else {
            Some(decode_literal(body, token).map_err(fail)?)
        };
        if i != 0 && bytes.is_some() != this_bytes {
            return Err(fail("cannot mix bytes and nonbytes literals".to_string()));
        }
        match decoded {
            None => parts.fstring(range, token.prefix.raw)?,
            Some(Decoded::Bytes(b)) => bytes.get_or_insert_with(Vec::new).extend(b),
            Some(Decoded::Str(s)) => parts.literal(s, Span::new(range.start, range.end)),
        }
    }
    Ok(match bytes {
        Some(b) => Expr::new(
            whole,
            ExprKind::Constant {
                value: Constant::Bytes(b),
                kind: None,
            },
        ),
        None => parts.finish(),
    })
}

enum Decoded {
    Str(PyStr),
    Bytes(Vec<u8>),
}

/// CPython's `_PyPegen_parsestr` for a non-f-string token.
fn decode_literal(body: &str, token: &StrToken) -> Result<Decoded, String> {
    let raw = token.prefix.raw || !body.contains('\\');
    if token.prefix.bytes {
        if !body.is_ascii() {
            return Err("bytes can only contain ASCII literal characters".to_string());
        }
        return Ok(Decoded::Bytes(if raw {
            body.as_bytes().to_vec()
        } else {
            escapes::decode_bytes(body.as_bytes())?
        }));
    }
    Ok(Decoded::Str(if raw {
        PyStr::from_str(body)
    } else {
        escapes::decode_str(body)?
    }))
}

#[cfg(test)]
mod tests;
