//! Syntax errors as values: what went wrong, where, and which of CPython's
//! exception classes it corresponds to.
//!
//! Invariant: `message` is in CPython's words wherever CPython has words for
//! the error, so that users and tests can compare the two.

use super::span::Span;

/// The CPython exception class a syntax error maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    /// Where the error is reported; for errors about the whole file (such as
    /// an unknown encoding) an empty span at offset 0.
    pub span: Span,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            message: message.into(),
            span,
        }
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            message: message.into(),
            span,
        }
    }

    pub fn tab(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::TabError,
            message: message.into(),
            span,
        }
    }
}

pub type SyntaxResult<T> = Result<T, SyntaxError>;
