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
use super::targets::expr_name;
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
    let module = start == Tok::StartModule;
    let input = std::iter::once(Ok((0, start, 0))).chain(tokens);
    let result = PARSER.with(|parser| parser.parse(source, input));
    result.map_err(|error| {
        let lexer_error_reached =
            matches!(&error, ParseError::User { error } if Some(error) == stream.error.as_ref());
        let error = convert_error(source, &stream.tokens, error, module);
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

/// `module`: whether `tokens` are a whole module's (not an f-string
/// replacement field's); some messages re-parse part of a module.
fn convert_error(
    source: &str,
    tokens: &[Spanned],
    error: ParseError<usize, Tok, SyntaxError>,
    module: bool,
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
            let span = Span::new(location, location);
            unexpected(source, tokens, at, span, &expected, module)
        }
        ParseError::UnrecognizedToken {
            token: (start, _, end),
            expected,
        } => {
            let at = tokens.partition_point(|t| t.0 < start);
            unexpected(source, tokens, at, Span::new(start, end), &expected, module)
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
    module: bool,
) -> SyntaxError {
    let found = tokens.get(at).map(|t| &t.1);
    let expects = |terminal: &str| expected.iter().any(|e| e == terminal);
    if found == Some(&Tok::Indent) {
        // CPython's column is the width of the indentation: it points at
        // the last whitespace character before the line's first token.
        let first = span.end as usize;
        let at = source[..first]
            .char_indices()
            .next_back()
            .map_or(first, |(i, _)| i.max(span.start as usize));
        return SyntaxError::indentation("unexpected indent", Span::new(at, first));
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
    if expects("\"except\"") && expects("\"finally\"") && !expects("\"else\"") {
        // At the end of the file CPython points at the last NEWLINE.
        let span = match tokens.get(at) {
            Some(_) => span,
            None => tokens
                .iter()
                .rfind(|t| t.1 == Tok::Newline)
                .map_or(span, |t| Span::new(t.0, t.0)),
        };
        return SyntaxError::new("expected 'except' or 'finally' block", span);
    }
    if let Some(error) = forced_token(tokens, at, expected) {
        return error;
    }
    if let Some(error) = mixed_except_star(tokens, at, expected) {
        return error;
    }
    if matches!(found, Some(Tok::For | Tok::Async)) {
        if let Some(error) = comprehension_error(tokens, at) {
            return error;
        }
    }
    if expects("\"else\"") && module && !matches!(found, Some(Tok::Else | Tok::Colon)) {
        if let Some(error) = missing_else(source, tokens, at) {
            return error;
        }
    }
    if let Some(error) = missing_parentheses_in_print(tokens, at) {
        return error;
    }
    if let Some(error) = forgotten_comma(tokens, at) {
        return error;
    }
    if let Some(error) = trailing_comma_in_import(tokens, at) {
        return error;
    }
    if found == Some(&Tok::Equal) && module {
        if let Some(error) = misplaced_equal(source, tokens, at) {
            return error;
        }
    }
    if found == Some(&Tok::DoubleStar) && module {
        if let Some(error) = double_starred_group(source, tokens, at) {
            return error;
        }
    }
    if found == Some(&Tok::Equal) && at >= 2 && matches!(tokens[at - 1].1, Tok::Name(_)) {
        let message = match tokens[at - 2].1 {
            Tok::Star => Some("var-positional argument cannot have default value"),
            Tok::DoubleStar => Some("var-keyword argument cannot have default value"),
            _ => None,
        };
        if let Some(message) = message.filter(|_| in_parameters(tokens, at)) {
            return SyntaxError::new(message, span);
        }
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

/// The first token of the statement holding `tokens[at]`.
fn statement_start(tokens: &[Spanned], at: usize) -> usize {
    tokens[..at.min(tokens.len())]
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi))
        .map_or(0, |i| i + 1)
}

/// Whether `tokens[at]` is inside the parameters of a `def` or `lambda`.
fn in_parameters(tokens: &[Spanned], at: usize) -> bool {
    let start = statement_start(tokens, at);
    let mut depth = 0usize;
    for t in tokens[start..at].iter().rev() {
        match t.1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
            Tok::Lambda if depth == 0 => return true,
            Tok::Colon if depth == 0 => return false,
            _ => {}
        }
    }
    let header = &tokens[start..at];
    let def = header.iter().position(|t| !matches!(t.1, Tok::Async));
    def.is_some_and(|i| {
        header[i].1 == Tok::Def && header.get(i + 2).is_some_and(|t| t.1 == Tok::Lpar) && {
            // Still inside the parameter list's parentheses?
            let mut depth = 0i32;
            for t in &header[i + 2..] {
                match t.1 {
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    return false;
                }
            }
            depth == 1
        }
    })
}

/// CPython's forced tokens (`&&':'`, `&&'('`): `expected ':'` after
/// `try`, `else`, `finally` and a complete `def` header, `expected '('`
/// after `def NAME`.
fn forced_token(tokens: &[Spanned], at: usize, expected: &[String]) -> Option<SyntaxError> {
    let found = tokens.get(at)?;
    let span = Span::new(found.0, found.2);
    let expects = |terminal: &str| expected.iter().any(|e| e == terminal);
    let start = statement_start(tokens, at);
    let previous = &tokens[at.checked_sub(1)?].1;
    if at >= 2
        && tokens[at - 2].1 == Tok::Def
        && matches!(previous, Tok::Name(_))
        && found.1 != Tok::Lpar
    {
        return Some(SyntaxError::new("expected '('", span));
    }
    if !expects("\":\"") || found.1 == Tok::Colon {
        return None;
    }
    if matches!(previous, Tok::Try | Tok::Else | Tok::Finally) && start == at - 1 {
        return Some(SyntaxError::new("expected ':'", span));
    }
    let header = &tokens[start..at];
    let def = header.iter().position(|t| t.1 != Tok::Async)?;
    if header[def].1 != Tok::Def || header.get(def + 2).map(|t| &t.1) != Some(&Tok::Lpar) {
        return None;
    }
    let mut depth = 0usize;
    for t in &header[def + 2..] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (depth == 0).then(|| SyntaxError::new("expected ':'", span))
}

/// `except` and `except*` clauses on the same `try`.
fn mixed_except_star(tokens: &[Spanned], at: usize, expected: &[String]) -> Option<SyntaxError> {
    let found = tokens.get(at)?;
    let except = at.checked_sub(1)?;
    if tokens[except].1 != Tok::Except || statement_start(tokens, except) != except {
        return None;
    }
    let mixed = if found.1 == Tok::Star {
        // `except*` after `except` clauses.
        Some(Span::new(tokens[except].0, found.2))
    } else if expected.iter().any(|e| e == "\"*\"") {
        // `except` after `except*` clauses.
        Some(Span::new(tokens[except].0, tokens[except].2))
    } else {
        None
    };
    mixed.map(|span| {
        SyntaxError::new(
            "cannot have both 'except' and 'except*' on the same 'try'",
            span,
        )
    })
}

/// A `for` that makes a comprehension of what CPython does not accept as
/// its element: `[*a for ...]`, `{**a for ...}`, `[a, b for ...]`.
fn comprehension_error(tokens: &[Spanned], at: usize) -> Option<SyntaxError> {
    let mut depth = 0usize;
    let mut comma = false;
    let mut colon = false;
    let mut open = at;
    loop {
        open = open.checked_sub(1)?;
        match tokens[open].1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => break,
            Tok::Comma if depth == 0 => comma = true,
            Tok::Colon if depth == 0 => colon = true,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi => return None,
            _ => {}
        }
    }
    let bracket = &tokens[open].1;
    let after_expression = open > 0 && ends_expression(&tokens[open - 1].1);
    if after_expression && bracket != &Tok::Lbrace {
        return None; // a call or a subscript
    }
    let first = tokens.get(open + 1)?;
    if first.1 == Tok::Star && !comma {
        let end = tokens[at - 1].2;
        return Some(SyntaxError::new(
            "iterable unpacking cannot be used in comprehension",
            Span::new(first.0, end),
        ));
    }
    if first.1 == Tok::DoubleStar && bracket == &Tok::Lbrace && !comma {
        return Some(SyntaxError::new(
            "dict unpacking cannot be used in dict comprehension",
            Span::new(first.0, first.2),
        ));
    }
    if comma && !colon && bracket != &Tok::Lpar && open + 1 < at {
        let previous = &tokens[at - 1].1;
        if ends_expression(previous) || previous == &Tok::Comma {
            let end = if previous == &Tok::Comma {
                tokens[at - 2].2
            } else {
                tokens[at - 1].2
            };
            return Some(SyntaxError::new(
                "did you forget parentheses around the comprehension target?",
                Span::new(first.0, end.max(first.0)),
            ));
        }
    }
    None
}

/// `a if b` without `else`: CPython reports the range from `a` to `b`.
fn missing_else(source: &str, tokens: &[Spanned], at: usize) -> Option<SyntaxError> {
    // The `if` of the conditional expression.
    let boundary = |t: &Tok| {
        matches!(
            t,
            Tok::Newline
                | Tok::Indent
                | Tok::Dedent
                | Tok::Semi
                | Tok::Equal
                | Tok::ColonEqual
                | Tok::Comma
                | Tok::Colon
                | Tok::Lambda
                | Tok::Return
                | Tok::Yield
                | Tok::Else
                | Tok::Elif
                | Tok::While
                | Tok::Assert
                | Tok::Del
                | Tok::For
                | Tok::Rarrow
                | Tok::PlusEqual
                | Tok::MinEqual
                | Tok::StarEqual
                | Tok::SlashEqual
                | Tok::PercentEqual
                | Tok::AmperEqual
                | Tok::VbarEqual
                | Tok::CircumflexEqual
                | Tok::LeftShiftEqual
                | Tok::RightShiftEqual
                | Tok::DoubleStarEqual
                | Tok::DoubleSlashEqual
                | Tok::AtEqual
        )
    };
    let walk_back = |from: usize, stop_at_if: bool| -> Option<usize> {
        let mut depth = 0usize;
        let mut i = from;
        loop {
            if i == 0 {
                return (!stop_at_if).then_some(0);
            }
            i -= 1;
            match &tokens[i].1 {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    return (!stop_at_if).then_some(i + 1);
                }
                Tok::If if depth == 0 => {
                    return Some(if stop_at_if { i } else { i + 1 });
                }
                t if depth == 0 && boundary(t) => return (!stop_at_if).then_some(i + 1),
                _ => {}
            }
        }
    };
    let if_at = walk_back(at, true)?;
    let start = walk_back(if_at, false)?;
    if start >= if_at || statement_start(tokens, if_at) == if_at {
        return None;
    }
    use super::ast::ExprKind;
    let a = parse_fstring_expr(source, tokens[start].0..tokens[if_at - 1].2).ok()?;
    if matches!(
        a.kind,
        ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Starred { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
    ) && tokens[start].1 != Tok::Lpar
    {
        return None;
    }
    Some(SyntaxError::new(
        "expected 'else' after 'if' expression",
        Span::new(tokens[start].0, tokens[at - 1].2),
    ))
}

/// `(**x)`: a double-starred expression alone in a group.
fn double_starred_group(source: &str, tokens: &[Spanned], at: usize) -> Option<SyntaxError> {
    let open = at.checked_sub(1)?;
    if tokens[open].1 != Tok::Lpar || open > 0 && ends_expression(&tokens[open - 1].1) {
        return None;
    }
    let mut depth = 0usize;
    let close = (at + 1..tokens.len()).find(|&i| {
        match tokens[i].1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if depth > 0 => depth -= 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => return true,
            Tok::Comma | Tok::Newline if depth == 0 => return true,
            _ => {}
        }
        false
    })?;
    if tokens[close].1 != Tok::Rpar || close == at + 1 {
        return None;
    }
    use super::ast::ExprKind;
    let operand = parse_fstring_expr(source, tokens[at + 1].0..tokens[close - 1].2).ok()?;
    // CPython's rule wants an `expression` after the `**`.
    let expression = !matches!(
        operand.kind,
        ExprKind::NamedExpr { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
    ) || tokens[at + 1].1 == Tok::Lpar;
    expression.then(|| {
        SyntaxError::new(
            "cannot use double starred expression here",
            Span::new(tokens[at].0, tokens[at].2),
        )
    })
}

/// `from m import a, b,` without parentheses.
fn trailing_comma_in_import(tokens: &[Spanned], at: usize) -> Option<SyntaxError> {
    let found = tokens.get(at)?;
    if found.1 != Tok::Newline || tokens.get(at.checked_sub(1)?)?.1 != Tok::Comma {
        return None;
    }
    let start = tokens[..at]
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi))
        .map_or(0, |i| i + 1);
    let statement = &tokens[start..at];
    let import = statement.iter().position(|t| t.1 == Tok::Import)?;
    let parenthesized = statement[import..].iter().any(|t| t.1 == Tok::Lpar);
    (statement.first()?.1 == Tok::From && !parenthesized).then(|| {
        SyntaxError::new(
            "trailing comma not allowed without surrounding parentheses",
            Span::new(found.0, found.2),
        )
    })
}

/// An `=` where CPython's parser tries its `invalid_named_expression` and
/// `invalid_kwarg` rules: after `if`, `elif` or `while`, in a group, a list
/// or a call. What stands before the `=` (up to the keyword or the innermost
/// open bracket or, in a call, comma) is parsed again as an expression to
/// word the message; `invalid syntax` at the `=` when that is all CPython
/// has to say.
fn misplaced_equal(source: &str, tokens: &[Spanned], at: usize) -> Option<SyntaxError> {
    let mut depth = 0usize;
    let mut i = at;
    let (opener, start) = loop {
        i = i.checked_sub(1)?;
        match tokens[i].1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
            Tok::Lpar | Tok::Lsqb | Tok::If | Tok::Elif | Tok::While if depth == 0 => {
                break (i, i + 1)
            }
            Tok::Comma if depth == 0 => break (i, i + 1),
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::Lbrace | Tok::Equal
                if depth == 0 =>
            {
                return None
            }
            _ => {}
        }
    };
    if start >= at {
        return None;
    }
    // The bracket that encloses the `=`, and whether it is a call's.
    let mut enclosing = None;
    let mut depth = 0usize;
    for j in (0..=opener).rev() {
        match tokens[j].1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                enclosing = Some(j);
                break;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi => break,
            _ => {}
        }
    }
    let in_call = enclosing
        .is_some_and(|j| tokens[j].1 == Tok::Lpar && j > 0 && ends_expression(&tokens[j - 1].1));
    let header = matches!(tokens[opener].1, Tok::If | Tok::Elif | Tok::While);
    if header && (enclosing.is_some() || !at_statement_start(tokens, opener)) {
        return None;
    }
    if tokens[opener].1 == Tok::Comma && !in_call {
        return None;
    }
    if tokens[opener].1 == Tok::Lsqb && opener > 0 && ends_expression(&tokens[opener - 1].1) {
        return None; // a subscript
    }
    let range = tokens[start].0..tokens[at - 1].2;
    let target = parse_fstring_expr(source, range).ok()?;
    let span = Span::new(target.span.start as usize, tokens[at].2);
    let plain = SyntaxError::new("invalid syntax", Span::new(tokens[at].0, tokens[at].2));
    // CPython's rules want no second `=` or `:=` after the value.
    let mut depth = 0usize;
    for t in &tokens[at + 1..] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if depth > 0 => depth -= 1,
            Tok::Equal | Tok::ColonEqual if depth == 0 => return Some(plain),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::Comma | Tok::Colon | Tok::Newline => break,
            _ => {}
        }
    }
    use super::ast::{Constant, ExprKind};
    let in_call = in_call && (tokens[opener].1 == Tok::Comma || opener == enclosing?);
    if in_call {
        let message = match &target.kind {
            ExprKind::Name { .. } if at - start == 1 => return None,
            ExprKind::GeneratorExp { .. } | ExprKind::Starred { .. } => return None,
            ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            } if at - start == 1 => format!("cannot assign to {}", expr_name(&target)),
            _ => "expression cannot contain assignment, perhaps you meant \"==\"?".to_string(),
        };
        return Some(SyntaxError::new(message, span));
    }
    match &target.kind {
        ExprKind::Name { .. } if at - start == 1 => Some(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            span,
        )),
        ExprKind::Compare { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::List { .. }
        | ExprKind::Tuple { .. }
        | ExprKind::Starred { .. }
        | ExprKind::Slice { .. }
        | ExprKind::Yield { .. }
        | ExprKind::YieldFrom { .. } => Some(plain),
        ExprKind::UnaryOp {
            op: super::ast::UnaryOp::Not,
            ..
        } => Some(plain),
        ExprKind::Constant {
            value: Constant::None | Constant::Bool(_),
            ..
        } => Some(plain),
        // CPython's rule excludes targets that start with a list, a tuple,
        // a generator expression, `True`, `False` or `None`.
        _ if matches!(
            tokens[start].1,
            Tok::Lsqb | Tok::True | Tok::False | Tok::None
        ) || tokens[start].1 == Tok::Lpar && starts_with_tuple(tokens, start) =>
        {
            Some(plain)
        }
        _ => Some(SyntaxError::new(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(&target)
            ),
            span,
        )),
    }
}

/// Whether the parenthesis at `tokens[open]` holds a tuple or a generator
/// expression (a comma or a `for` at its top level, or nothing).
fn starts_with_tuple(tokens: &[Spanned], open: usize) -> bool {
    let mut depth = 0usize;
    for t in &tokens[open + 1..] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if depth > 0 => depth -= 1,
            Tok::Comma | Tok::For if depth == 0 => return true,
            Tok::Rpar => return t.0 == tokens[open].2,
            _ => {}
        }
    }
    true
}

fn at_statement_start(tokens: &[Spanned], i: usize) -> bool {
    i == 0
        || matches!(
            tokens[i - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::Colon
        )
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
