//! f-strings, parsed the CPython 3.11 way: the literal text and the
//! replacement fields are found by scanning the token's body
//! (`fstring_find_literal`, `fstring_find_expr`), and each field's
//! expression is handed to the grammar through `parse_expr`.
//!
//! Invariant: format specs nest at most one level (`f'{x:{y}}'`), as in
//! CPython, so the recursion here is bounded; scanning only stops on ASCII
//! bytes, so every range handed out lies on char boundaries.

use std::ops::Range;

use super::super::ast::{Constant, Expr, ExprKind, PyStr};
use super::super::error::SyntaxError;
use super::super::span::Span;
use super::{escapes, ParseExpr};

/// CPython's `MAXLEVEL`: brackets nested in one field.
const MAX_LEVEL: usize = 200;

/// The pieces gathered so far (CPython's `FstringParser`).
#[derive(Default)]
struct State {
    /// Literal text not yet turned into a `Constant`, and where it came from.
    last_str: Option<(PyStr, Span)>,
    values: Vec<Expr>,
    /// Whether an f-string was seen: the result is then a `JoinedStr`.
    fmode: bool,
}

impl State {
    fn add_literal(&mut self, text: PyStr, span: Span) {
        if text.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some((acc, acc_span)) => {
                acc.push_pystr(&text);
                *acc_span = acc_span.to(span);
            }
            None => self.last_str = Some((text, span)),
        }
    }

    /// Turns the pending literal into a `Constant` value.
    fn flush(&mut self, kind_u: bool) {
        if let Some((text, span)) = self.last_str.take() {
            self.values.push(str_constant(text, kind_u, span));
        }
    }
}

/// The length of the UTF-8 sequence starting with `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

fn str_constant(text: PyStr, kind_u: bool, span: Span) -> Expr {
    Expr::new(
        span,
        ExprKind::Constant {
            value: Constant::Str(text),
            kind: kind_u.then(|| "u".into()),
        },
    )
}

/// What one run of string tokens builds up (see `concat_strings`).
pub(super) struct Parts<'s, 'p, 'f> {
    ctx: Ctx<'s, 'p, 'f>,
    state: State,
}

struct Ctx<'s, 'p, 'f> {
    source: &'s str,
    bytes: &'s [u8],
    /// Whether the run's first token has a lowercase `u` prefix.
    kind_u: bool,
    whole: Span,
    parse_expr: &'p mut ParseExpr<'f>,
}

impl<'s, 'p, 'f> Parts<'s, 'p, 'f> {
    pub(super) fn new(
        source: &'s str,
        kind_u: bool,
        whole: Span,
        parse_expr: &'p mut ParseExpr<'f>,
    ) -> Self {
        Parts {
            ctx: Ctx {
                source,
                bytes: source.as_bytes(),
                kind_u,
                whole,
                parse_expr,
            },
            state: State::default(),
        }
    }

    /// A plain (non-f) string literal.
    pub(super) fn literal(&mut self, text: PyStr, span: Span) {
        self.state.add_literal(text, span);
    }

    /// An f-string whose body is `body`.
    pub(super) fn fstring(&mut self, body: Range<usize>, raw: bool) -> Result<(), SyntaxError> {
        let mut pos = body.start;
        self.ctx
            .concat_fstring(&mut self.state, &mut pos, body.end, raw, 0)
    }

    /// CPython's `_PyPegen_FstringParser_Finish`.
    pub(super) fn finish(mut self) -> Expr {
        let whole = self.ctx.whole;
        if !self.state.fmode {
            let text = self
                .state
                .last_str
                .take()
                .map(|(t, _)| t)
                .unwrap_or_default();
            return str_constant(text, self.ctx.kind_u, whole);
        }
        self.state.flush(self.ctx.kind_u);
        Expr::new(
            whole,
            ExprKind::JoinedStr {
                values: self.state.values,
            },
        )
    }
}

impl Ctx<'_, '_, '_> {
    /// CPython reports these errors at the token after the string run.
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        let at = self.whole.end as usize;
        SyntaxError::new(message, Span::new(at, at))
    }

    fn byte(&self, pos: usize) -> u8 {
        self.bytes.get(pos).copied().unwrap_or(0)
    }

    /// CPython's `_PyPegen_FstringParser_ConcatFstring`: the f-string text
    /// `*pos..end`, at nesting `level` (0 for the literal itself, 1 inside
    /// a format spec, where it stops at the closing `}`).
    fn concat_fstring(
        &mut self,
        state: &mut State,
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
    ) -> Result<(), SyntaxError> {
        state.fmode = true;
        loop {
            let (literal, doubled) = self.find_literal(pos, end, raw, level)?;
            if let Some((text, span)) = literal {
                state.add_literal(text, span);
            }
            if doubled {
                continue;
            }
            if *pos >= end || self.byte(*pos) == b'}' {
                break;
            }
            let (expr_text, value) = self.find_expr(pos, end, raw, level)?;
            if let Some((text, span)) = expr_text {
                state.add_literal(text, span);
            }
            state.flush(self.kind_u);
            state.values.push(value);
        }
        if level != 0 && (*pos >= end || self.byte(*pos) != b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// CPython's `fstring_find_literal`: literal text up to an undoubled
    /// `{` (or, in a format spec, a `}`). Returns the decoded text and
    /// whether it ended at a doubled brace (`{{`, `}}`), to be continued.
    #[allow(clippy::type_complexity)]
    fn find_literal(
        &self,
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
    ) -> Result<(Option<(PyStr, Span)>, bool), SyntaxError> {
        let start = *pos;
        let mut s = start;
        let mut doubled = false;
        while s < end {
            let mut ch = self.byte(s);
            s += 1;
            if !raw && ch == b'\\' && s < end {
                ch = self.byte(s);
                s += 1;
                if ch == b'N' {
                    // `\N{...}`: its braces are not fields.
                    if s < end {
                        // Step over a whole character, to stay on a boundary.
                        s += utf8_len(self.byte(s));
                        if self.byte(s - 1) == b'{' {
                            while s < end {
                                s += 1;
                                if self.byte(s - 1) == b'}' {
                                    break;
                                }
                            }
                            continue;
                        }
                    }
                    break;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if s < end && self.byte(s) == ch {
                        doubled = true;
                        *pos = s + 1;
                        break;
                    }
                    if ch == b'}' {
                        return Err(self.error("f-string: single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        if !doubled {
            *pos = s;
        }
        if s == start {
            return Ok((None, doubled));
        }
        let text = self
            .source
            .get(start..s)
            .ok_or_else(|| self.error("f-string: invalid text"))?;
        let decoded = if raw {
            PyStr::from_str(text)
        } else {
            escapes::decode_str(text).map_err(|m| self.error(m))?
        };
        Ok((Some((decoded, Span::new(start, s))), doubled))
    }

    /// CPython's `fstring_find_expr`: the field starting at the `{` at
    /// `*pos`. Returns the `=` debug text, if any, and the `FormattedValue`.
    #[allow(clippy::type_complexity)]
    fn find_expr(
        &mut self,
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
    ) -> Result<(Option<(PyStr, Span)>, Expr), SyntaxError> {
        if level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let open = *pos;
        let expr_start = open + 1;
        let expr_end = self.scan_expr(expr_start, end)?;
        let mut s = expr_end;
        let value = self.compile_expr(expr_start..expr_end)?;
        let mut expr_text = None;
        if self.byte(s) == b'=' && s < end {
            s += 1;
            while s < end
                && matches!(
                    self.byte(s),
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'
                )
            {
                s += 1;
            }
            let text = self.source.get(expr_start..s).unwrap_or_default();
            expr_text = Some((PyStr::from_str(text), Span::new(expr_start, s)));
        }
        let mut conversion = -1;
        if s < end && self.byte(s) == b'!' {
            s += 1;
            if s >= end {
                return Err(self.error("f-string: expecting '}'"));
            }
            let c = self.byte(s);
            s += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = i32::from(c);
        }
        if s >= end {
            return Err(self.error("f-string: expecting '}'"));
        }
        let mut format_spec = None;
        if self.byte(s) == b':' {
            s += 1;
            if s >= end {
                return Err(self.error("f-string: expecting '}'"));
            }
            format_spec = Some(Box::new(self.format_spec(&mut s, end, raw, level + 1)?));
        }
        if s >= end || self.byte(s) != b'}' {
            return Err(self.error("f-string: expecting '}'"));
        }
        s += 1;
        if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = i32::from(b'r');
        }
        *pos = s;
        let node = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        };
        Ok((expr_text, Expr::new(Span::new(open, s), node)))
    }

    /// The scanning loop of `fstring_find_expr`: where the expression
    /// starting at `start` ends (at `!`, `:`, `}` or a debug `=`, outside
    /// brackets and strings).
    fn scan_expr(&self, start: usize, end: usize) -> Result<usize, SyntaxError> {
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        let mut s = start;
        while s < end {
            let ch = self.byte(s);
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if s + 2 < end && self.byte(s + 1) == ch && self.byte(s + 2) == ch {
                        s += 2;
                        quote = 0;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                triple = s + 2 < end && self.byte(s + 1) == ch && self.byte(s + 2) == ch;
                if triple {
                    s += 2;
                }
                quote = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if stack.len() >= MAX_LEVEL {
                    return Err(self.error("f-string: too many nested parenthesis"));
                }
                stack.push(ch);
            } else if ch == b'#' {
                return Err(self.error("f-string expression part cannot include '#'"));
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if s + 1 < end {
                    let next = self.byte(s + 1);
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        s += 2;
                        continue;
                    }
                    if ch == b'>' || ch == b'<' {
                        s += 1;
                        continue;
                    }
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(opening) = stack.pop() else {
                    return Err(self.error(format!("f-string: unmatched '{}'", ch as char)));
                };
                let expected = match opening {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != expected {
                    return Err(self.error(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, opening as char
                    )));
                }
            }
            s += 1;
        }
        if quote != 0 {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&opening) = stack.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", opening as char)));
        }
        if s >= end {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(s)
    }

    /// CPython's `fstring_compile_expr`: an all-whitespace expression is an
    /// error; anything else goes to the grammar (which parses it as if in
    /// parentheses).
    fn compile_expr(&mut self, range: Range<usize>) -> Result<Expr, SyntaxError> {
        let text = self.bytes.get(range.clone()).unwrap_or_default();
        if text
            .iter()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        (self.parse_expr)(range)
    }

    /// CPython's `fstring_parse` for a format spec starting at `*pos`: a
    /// `JoinedStr` ending before the field's closing `}`.
    fn format_spec(
        &mut self,
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
    ) -> Result<Expr, SyntaxError> {
        let start = *pos;
        let mut state = State::default();
        self.concat_fstring(&mut state, pos, end, raw, level)?;
        // CPython builds the last literal of a spec from the f-string token
        // itself, which never has a `u` prefix.
        state.flush(false);
        Ok(Expr::new(
            Span::new(start, (*pos).max(start)),
            ExprKind::JoinedStr {
                values: state.values,
            },
        ))
    }
}
