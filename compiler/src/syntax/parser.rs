//! The parser driver: runs the lexer, feeds the tokens to the generated LR
//! parser, and turns the parser's failures into CPython's syntax errors.
//!
//! Invariants:
//! - any input gives a `Module` or a `SyntaxError`, never a panic;
//! - when both the tokenizer and the parser fail, the error reported is the
//!   one CPython reports (see `TokenStream::error_overrides_parse_error`).

use std::ops::Range;

use lalrpop_util::ParseError;

use super::ast::{Expr, Module};
use super::builder::Top;
use super::error::SyntaxError;
use super::lexer::{tokenize, Mode, Spanned, TokenStream};
use super::span::{SourceMap, Span};
use super::token::Tok;

#[allow(clippy::all, unused_parens, unused_imports, dead_code)]
mod generated {
    lalrpop_util::lalrpop_mod!(pub grammar, "/syntax/grammar.rs");
}

use generated::grammar::TopParser;

thread_local! {
    static PARSER: TopParser = TopParser::new();
}

/// Decodes a source file (PEP 263, BOM) and parses it. Returns the decoded
/// text too: spans in the AST and the error are offsets into it.
pub fn parse_bytes(bytes: &[u8]) -> (Option<String>, Result<Module, SyntaxError>) {
    match super::encoding::decode_source(bytes) {
        Ok(text) => {
            let result = parse_module(&text);
            (Some(text), result)
        }
        Err(e) => (None, Err(e)),
    }
}

/// Parses the text of a whole file.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let stream = tokenize(source, 0..source.len(), Mode::Module);
    match run(source, &stream, Tok::StartModule) {
        Ok(Top::Module(module)) => Ok(module),
        Ok(Top::Expr(_)) => unreachable!("StartModule yields a module"),
        Err(error) => Err(error),
    }
}

/// Parses the expression of an f-string replacement field, `source[range]`,
/// as if it stood between parentheses.
pub(crate) fn parse_fstring_expr(source: &str, range: Range<usize>) -> Result<Expr, SyntaxError> {
    let stream = tokenize(source, range.clone(), Mode::FStringExpr);
    match run(source, &stream, Tok::StartFString) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => unreachable!("StartFString yields an expression"),
        Err(mut error) => {
            if !error.message.starts_with("f-string") {
                error.message = format!("f-string: {}", error.message);
            }
            Err(error)
        }
    }
}

fn run(source: &str, stream: &TokenStream, start: Tok) -> Result<Top, SyntaxError> {
    let tokens = stream
        .tokens
        .iter()
        .cloned()
        .map(Ok)
        .chain(stream.error.clone().map(Err));
    let input = std::iter::once(Ok((0, start, 0))).chain(tokens);
    let result = PARSER.with(|parser| parser.parse(source, input));
    result.map_err(|error| {
        let lexer_error_reached =
            matches!(&error, ParseError::User { error } if Some(error) == stream.error.as_ref());
        let error = convert_error(source, &stream.tokens, error);
        match &stream.error {
            Some(lex_error)
                if !lexer_error_reached
                    && stream.error_overrides_parse_error(source, error.span.start as usize) =>
            {
                lex_error.clone()
            }
            _ => error,
        }
    })
}

fn convert_error(
    source: &str,
    tokens: &[Spanned],
    error: ParseError<usize, Tok, SyntaxError>,
) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid token", Span::new(location, location))
        }
        ParseError::ExtraToken {
            token: (start, _, end),
        } => SyntaxError::new("invalid syntax", Span::new(start, end)),
        ParseError::UnrecognizedEof { location, expected } => {
            let at = tokens.len();
            unexpected(source, tokens, at, Span::new(location, location), &expected)
        }
        ParseError::UnrecognizedToken {
            token: (start, _, end),
            expected,
        } => {
            let at = tokens.partition_point(|t| t.0 < start);
            unexpected(source, tokens, at, Span::new(start, end), &expected)
        }
    }
}

/// The error for an unexpected token (or end of input) at `tokens[at]`.
fn unexpected(
    source: &str,
    tokens: &[Spanned],
    at: usize,
    span: Span,
    expected: &[String],
) -> SyntaxError {
    let found = tokens.get(at).map(|t| &t.1);
    let expects = |terminal: &str| expected.iter().any(|e| e == terminal);
    if found == Some(&Tok::Indent) {
        return SyntaxError::indentation("unexpected indent", span);
    }
    if expects("Indent") && expected.len() == 1 {
        if let Some(header) = block_header(source, tokens, at) {
            return SyntaxError::indentation(
                format!("expected an indented block after {header}"),
                span,
            );
        }
        return SyntaxError::indentation("expected an indented block", span);
    }
    if expects("\":\"") && found == Some(&Tok::Newline) {
        return SyntaxError::new("expected ':'", span);
    }
    if let Some(error) = missing_parentheses_in_print(tokens, at) {
        return error;
    }
    if let Some(error) = forgotten_comma(tokens, at) {
        return error;
    }
    if found == Some(&Tok::Equal) && expects("\":\"") {
        return SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            span,
        );
    }
    SyntaxError::new("invalid syntax", span)
}

/// Which statement the block that should start at `tokens[at]` belongs to,
/// in CPython's words ("'if' statement on line 3").
fn block_header(source: &str, tokens: &[Spanned], at: usize) -> Option<String> {
    // Walk back over the NEWLINE and the header line to its first token.
    let mut i = at.checked_sub(1)?;
    if tokens[i].1 == Tok::Newline {
        i = i.checked_sub(1)?;
    }
    while i > 0
        && !matches!(
            tokens[i - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Colon
        )
    {
        i -= 1;
    }
    // A header after `:` on the same line (`if x: while y:` is not Python,
    // but `else:` after `if x: pass` on separate lines is): take the token.
    let mut first = &tokens[i];
    if first.1 == Tok::Async {
        first = tokens.get(i + 1)?;
    }
    let what = match &first.1 {
        Tok::If => "'if' statement".to_string(),
        Tok::Elif => "'elif' statement".to_string(),
        Tok::Else => "'else' statement".to_string(),
        Tok::While => "'while' statement".to_string(),
        Tok::For => "'for' statement".to_string(),
        Tok::With => "'with' statement".to_string(),
        Tok::Try => "'try' statement".to_string(),
        Tok::Except => {
            if tokens.get(i + 1).map(|t| &t.1) == Some(&Tok::Star) {
                "'except*' statement".to_string()
            } else {
                "'except' statement".to_string()
            }
        }
        Tok::Finally => "'finally' statement".to_string(),
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        Tok::Match => "'match' statement".to_string(),
        Tok::Case => "'case' statement".to_string(),
        _ => return None,
    };
    let line = SourceMap::new(source).line_col(source, first.0).line;
    Some(format!("{what} on line {line}"))
}

/// Python 2's `print x`: CPython suggests the parentheses.
fn missing_parentheses_in_print(tokens: &[Spanned], at: usize) -> Option<SyntaxError> {
    let previous = tokens.get(at.checked_sub(1)?)?;
    let Tok::Name(name) = &previous.1 else {
        return None;
    };
    if &**name != "print" {
        return None;
    }
    let before = at.checked_sub(2).map(|i| &tokens[i].1);
    let at_line_start = matches!(
        before,
        None | Some(Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::StartModule)
    );
    let next = &tokens.get(at)?.1;
    if at_line_start && starts_expression(next) {
        let end = tokens[at..]
            .iter()
            .take_while(|t| !matches!(t.1, Tok::Newline | Tok::Semi))
            .last()
            .map_or(previous.2, |t| t.2);
        return Some(SyntaxError::new(
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            Span::new(previous.0, end),
        ));
    }
    None
}

/// `[a b]`: two expressions side by side inside brackets.
fn forgotten_comma(tokens: &[Spanned], at: usize) -> Option<SyntaxError> {
    let previous = &tokens.get(at.checked_sub(1)?)?.1;
    let next = &tokens.get(at)?.1;
    if !ends_expression(previous) || !starts_expression(next) {
        return None;
    }
    if matches!((previous, next), (Tok::Name(_), Tok::Str(_))) {
        return None;
    }
    // Inside brackets?
    let mut depth = 0i32;
    for t in tokens[..at].iter().rev() {
        match t.1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::WithLpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    let start = expression_start(tokens, at - 1);
                    return Some(SyntaxError::new(
                        "invalid syntax. Perhaps you forgot a comma?",
                        Span::new(tokens[start].0, tokens[at].2),
                    ));
                }
                depth -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
    }
    None
}

/// Index of the first token of the primary expression ending at `end`.
fn expression_start(tokens: &[Spanned], end: usize) -> usize {
    let mut i = end;
    let mut depth = 0i32;
    loop {
        match tokens[i].1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            let previous = i.checked_sub(1).map(|p| &tokens[p].1);
            let continues = matches!(previous, Some(Tok::Dot))
                || matches!(tokens[i].1, Tok::Lpar | Tok::Lsqb)
                    && matches!(
                        previous,
                        Some(Tok::Name(_) | Tok::Rpar | Tok::Rsqb | Tok::Str(_))
                    )
                || matches!(tokens[i].1, Tok::Dot);
            if !continues {
                return i;
            }
        }
        if i == 0 {
            return 0;
        }
        i -= 1;
    }
}

fn starts_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Not
            | Tok::Await
    )
}

fn ends_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::Ellipsis
    )
}
