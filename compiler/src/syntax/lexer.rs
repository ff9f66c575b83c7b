//! The lexer: decoded source text to the token vector the grammar consumes.
//!
//! A logos DFA (`Raw`) recognises identifiers, operators, comments, newlines
//! and the *starts* of numbers and strings; hand-written scanners finish
//! numbers (`numbers`, a port of CPython's), strings (one token per literal,
//! body located but not decoded) and non-ASCII identifiers; the `layout`
//! pass turns physical lines into NEWLINE/INDENT/DEDENT and resolves the
//! soft keywords. Everything follows CPython 3.11's tokenizer, including the
//! wording and position of its errors.
//!
//! Invariants:
//! - `tokens` holds every token before the first error, in source order,
//!   with byte offsets into the whole source;
//! - any `&str` gives tokens or an error, never a panic: the scanners only
//!   stop on ASCII bytes or char boundaries;
//! - one pass over the text, plus O(1) work per token in `layout`.

mod numbers;

use std::ops::Range;

use logos::Logos;
use unicode_normalization::UnicodeNormalization;

use super::error::{SyntaxError, SyntaxErrorKind};
use super::layout::Layout;
use super::span::Span;
use super::token::{StrPrefix, StrToken, Tok};

/// A token with its byte range in the source.
pub type Spanned = (usize, Tok, usize);

/// The result of tokenizing: the tokens before the first error, and that
/// error. The parser feeds the tokens, then reports the error if it did not
/// fail earlier.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenStream {
    pub tokens: Vec<Spanned>,
    pub error: Option<SyntaxError>,
}

/// What the text to tokenize is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A whole module: ends with NEWLINE (when the last logical line has
    /// tokens) and the pending DEDENTs.
    Module,
    /// The expression of an f-string replacement field, lexed as if inside
    /// parentheses: no NEWLINE, INDENT or DEDENT at all.
    FStringExpr,
}

/// Tokenizes `source[range]`; offsets are relative to the whole `source`.
pub fn tokenize(source: &str, range: Range<usize>, mode: Mode) -> TokenStream {
    let text = match source.get(range.clone()) {
        Some(text) if source.len() < u32::MAX as usize => text,
        _ => {
            let at = range.start.min(source.len());
            return TokenStream {
                tokens: Vec::new(),
                error: Some(SyntaxError::new(
                    "invalid source range",
                    Span::new(at.min(u32::MAX as usize), at.min(u32::MAX as usize)),
                )),
            };
        }
    };
    let mut lexer = Lexer::new(source, text, range.start, mode);
    let result = lexer.run();
    lexer.into_stream(result)
}

impl TokenStream {
    /// Whether CPython would report `self.error` even though its parser
    /// failed earlier, at `parse_error_offset`. After a parse error CPython
    /// tokenizes the rest of the file, and an error raised by the tokenizer
    /// itself (bad literal, bad character, unterminated string, unmatched
    /// bracket, ...) replaces the parser's error; so does `'(' was never
    /// closed` when the bracket is on an earlier line than the parse error.
    /// Indentation errors, `unexpected EOF while parsing`, the line
    /// continuation error and `invalid syntax` (for `$`, `?`, `!`, `` ` ``
    /// and `<>`) do not.
    pub fn error_overrides_parse_error(&self, source: &str, parse_error_offset: usize) -> bool {
        match &self.error {
            Some(err) => overrides(err, source, parse_error_offset),
            None => false,
        }
    }
}

fn overrides(err: &SyntaxError, source: &str, parse_error_offset: usize) -> bool {
    if err.kind != SyntaxErrorKind::SyntaxError {
        return false;
    }
    if err.message.ends_with("was never closed") {
        return line_of(source, err.span.start as usize) < line_of(source, parse_error_offset);
    }
    !matches!(
        err.message.as_str(),
        "invalid syntax"
            | "f-string: invalid syntax"
            | "unexpected EOF while parsing"
            | "unexpected character after line continuation character"
    )
}

/// 1-based line number of `offset`.
pub(super) fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    1 + source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

// ---------------------------------------------------------------------------
// Raw tokens.

/// What the DFA recognises. Numbers, strings and non-ASCII identifiers are
/// only started here and finished by hand.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\x0C]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"#[^\n]*", allow_greedy = true)]
    Comment,
    #[token("\\")]
    Backslash,
    #[regex(r"[a-zA-Z_][a-zA-Z0-9_]*")]
    Name,
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
    #[regex(r"[0-9]")]
    #[regex(r"\.[0-9]")]
    Number,
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#)]
    Quote,
    /// `<>`: a token in CPython (for `barry_as_FLUFL`), rejected by its parser.
    #[token("<>")]
    LessGreater,
    #[token("(", |_| Tok::Lpar)]
    #[token(")", |_| Tok::Rpar)]
    #[token("[", |_| Tok::Lsqb)]
    #[token("]", |_| Tok::Rsqb)]
    #[token("{", |_| Tok::Lbrace)]
    #[token("}", |_| Tok::Rbrace)]
    #[token(":", |_| Tok::Colon)]
    #[token(",", |_| Tok::Comma)]
    #[token(";", |_| Tok::Semi)]
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("/", |_| Tok::Slash)]
    #[token("|", |_| Tok::Vbar)]
    #[token("&", |_| Tok::Amper)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("=", |_| Tok::Equal)]
    #[token(".", |_| Tok::Dot)]
    #[token("%", |_| Tok::Percent)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("~", |_| Tok::Tilde)]
    #[token("^", |_| Tok::Circumflex)]
    #[token("<<", |_| Tok::LeftShift)]
    #[token(">>", |_| Tok::RightShift)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VbarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token("<<=", |_| Tok::LeftShiftEqual)]
    #[token(">>=", |_| Tok::RightShiftEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("@", |_| Tok::At)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("->", |_| Tok::Rarrow)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token(":=", |_| Tok::ColonEqual)]
    Op(Tok),
}

// ---------------------------------------------------------------------------
// The lexer proper.

struct Lexer<'s> {
    /// The whole source (offsets are into it).
    src: &'s str,
    /// Where the tokenized range starts and ends in `src`.
    base: usize,
    end: usize,
    raw: logos::Lexer<'s, Raw>,
    layout: Layout<'s>,
    mode: Mode,
    /// The first "parser-level" error (`$`, `<>`, ...) and how many tokens
    /// preceded it: lexing goes on silently after it, because CPython
    /// prefers a later tokenizer error.
    soft_error: Option<(usize, SyntaxError)>,
}

impl<'s> Lexer<'s> {
    fn new(src: &'s str, text: &'s str, base: usize, mode: Mode) -> Self {
        Lexer {
            src,
            base,
            end: base + text.len(),
            raw: Raw::lexer(text),
            layout: Layout::new(src, mode == Mode::Module, text.len() / 6 + 16),
            mode,
            soft_error: None,
        }
    }

    fn into_stream(self, result: Result<(), SyntaxError>) -> TokenStream {
        let mut tokens = self.layout.into_tokens();
        let error = match (self.soft_error, result) {
            (None, result) => result.err(),
            (Some((len, soft)), result) => {
                tokens.truncate(len);
                match result {
                    Err(err) if overrides(&err, self.src, soft.span.start as usize) => Some(err),
                    _ => Some(soft),
                }
            }
        };
        TokenStream { tokens, error }
    }

    /// Absolute offset of the end of the current raw token.
    fn pos(&self) -> usize {
        self.base + self.raw.span().end
    }

    /// Moves the raw lexer to absolute offset `to` (a char boundary at or
    /// after the current position).
    fn advance_to(&mut self, to: usize) {
        let here = self.pos();
        if to > here {
            self.raw.bump(to - here);
        }
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        if self.mode == Mode::Module {
            self.start_line()?;
        }
        while let Some(item) = self.raw.next() {
            let span = self.raw.span();
            let (start, end) = (self.base + span.start, self.base + span.end);
            match item {
                Ok(Raw::Newline) => self.newline(start)?,
                Ok(Raw::Comment) => {}
                Ok(Raw::Backslash) => {
                    let after = self.line_continuation(start)?;
                    self.advance_to(after);
                }
                Ok(Raw::Name) | Ok(Raw::NonAscii) => self.name(start, end)?,
                Ok(Raw::Number) => self.number(start)?,
                Ok(Raw::Quote) => self.string(start, end)?,
                Ok(Raw::Op(tok)) => self.layout.push(start, tok, end)?,
                Ok(Raw::LessGreater) => self.soft_error(start, end),
                Err(()) => self.bad_char(start)?,
            }
        }
        self.layout.finish(self.end)
    }

    // -- Lines ---------------------------------------------------------------

    fn newline(&mut self, pos: usize) -> Result<(), SyntaxError> {
        if self.mode == Mode::FStringExpr {
            return Ok(());
        }
        self.layout.newline(pos);
        self.start_line()
    }

    /// At the beginning of a physical line (CPython's `atbol`): measures the
    /// indentation, both with tabs to multiples of 8 and with tabs as one
    /// column, following backslash continuations; a line holding only
    /// whitespace and a comment is blank and does not count.
    fn start_line(&mut self) -> Result<(), SyntaxError> {
        let bytes = self.src.as_bytes();
        let line_start = self.pos();
        let mut pos = line_start;
        let (mut col, mut altcol, mut cont_col) = (0usize, 0usize, 0usize);
        while pos < self.end {
            match bytes[pos] {
                b' ' => {
                    col = col.saturating_add(1);
                    altcol = altcol.saturating_add(1);
                }
                b'\t' => {
                    col = (col / 8).saturating_add(1).saturating_mul(8);
                    altcol = altcol.saturating_add(1);
                }
                b'\x0C' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' => {
                    // The first backslash fixes the indentation of what follows.
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    pos = self.line_continuation(pos)?;
                    continue;
                }
                _ => break,
            }
            pos += 1;
        }
        self.advance_to(pos);
        let blank = matches!(bytes.get(pos), Some(b'#' | b'\n')) && pos < self.end;
        if !blank {
            if cont_col != 0 {
                (col, altcol) = (cont_col, cont_col);
            }
            self.layout.set_indent(col, altcol, line_start);
        }
        Ok(())
    }

    /// A backslash at `pos` must end its line; returns the offset after the
    /// newline. CPython implies a final newline, so a backslash at the very
    /// end is a continuation too, into the end of the file.
    fn line_continuation(&self, pos: usize) -> Result<usize, SyntaxError> {
        let bytes = self.src.as_bytes();
        let next = pos + 1;
        if next < self.end && bytes[next] != b'\n' {
            // CPython points at the character after the backslash.
            let at = next;
            return Err(SyntaxError::new(
                "unexpected character after line continuation character",
                Span::new(at, at),
            ));
        }
        let after = (next + 1).min(self.end);
        if after >= self.end {
            return Err(self.layout.eof_error(next));
        }
        Ok(after)
    }

    // -- Names ---------------------------------------------------------------

    /// An identifier or keyword starting at `start`; the DFA matched its
    /// ASCII part (or first non-ASCII character) up to `end`.
    fn name(&mut self, start: usize, end: usize) -> Result<(), SyntaxError> {
        let bytes = self.src.as_bytes();
        if bytes[start] < 0x80 && (end >= self.end || bytes[end] < 0x80) {
            let text = &self.src[start..end];
            let tok = Tok::keyword(text).unwrap_or_else(|| Tok::Name(text.into()));
            return self.layout.push(start, tok, end);
        }
        let end = self.identifier_end(end);
        self.advance_to(end);
        let text = &self.src[start..end];
        verify_identifier(text, start)?;
        let name: String = if text.is_ascii() {
            text.to_string()
        } else {
            text.nfkc().collect()
        };
        self.layout
            .push(start, Tok::Name(name.into_boxed_str()), end)
    }

    /// CPython's `is_potential_identifier_char` loop: ASCII letters, digits,
    /// `_` and every non-ASCII character.
    fn identifier_end(&self, from: usize) -> usize {
        let rest = &self.src[from..self.end];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()))
            .map_or(rest.len(), |(i, _)| i);
        from + len
    }

    // -- Numbers and strings -------------------------------------------------

    fn number(&mut self, start: usize) -> Result<(), SyntaxError> {
        let (tok, end) = numbers::scan_number(self.src.as_bytes(), start, self.end)?;
        self.advance_to(end);
        self.layout.push(start, tok, end)
    }

    /// A string literal whose prefix and opening quote are `start..quote_end`.
    fn string(&mut self, start: usize, quote_end: usize) -> Result<(), SyntaxError> {
        let bytes = self.src.as_bytes();
        let quote = bytes[quote_end - 1];
        let prefix = parse_prefix(&bytes[start..quote_end - 1]);
        let triple =
            quote_end + 1 < self.end && bytes[quote_end] == quote && bytes[quote_end + 1] == quote;
        let body_start = if triple { quote_end + 2 } else { quote_end };
        let body_end = self.string_body_end(start, body_start, quote, triple)?;
        let end = body_end + if triple { 3 } else { 1 };
        self.advance_to(end);
        let token = StrToken {
            prefix,
            quote_len: if triple { 3 } else { 1 },
            body_start: body_start as u32,
            body_end: body_end as u32,
        };
        self.layout.push(start, Tok::Str(token), end)
    }

    /// Where the closing quote(s) start. A backslash escapes the next byte
    /// (even a newline); a newline ends a single-quoted literal unterminated.
    fn string_body_end(
        &self,
        start: usize,
        body_start: usize,
        quote: u8,
        triple: bool,
    ) -> Result<usize, SyntaxError> {
        let bytes = self.src.as_bytes();
        let mut i = body_start;
        while i < self.end {
            let b = bytes[i];
            if b == quote {
                if !triple {
                    return Ok(i);
                }
                if i + 2 < self.end && bytes[i + 1] == quote && bytes[i + 2] == quote {
                    return Ok(i);
                }
            } else if b == b'\\' {
                i += 1;
            } else if b == b'\n' && !triple {
                return Err(unterminated(self.src, start, i, false));
            }
            i += 1;
        }
        let last = self.end.saturating_sub(1).max(start);
        Err(unterminated(self.src, start, last, triple))
    }

    // -- Errors --------------------------------------------------------------

    /// A character the DFA does not accept.
    fn bad_char(&mut self, start: usize) -> Result<(), SyntaxError> {
        let c = self
            .src
            .get(start..)
            .and_then(|s| s.chars().next())
            .unwrap_or('\0');
        match c {
            '\0' => Err(SyntaxError::new(
                "source code cannot contain null bytes",
                Span::new(start, start),
            )),
            '!' | '$' | '?' | '`' => {
                self.soft_error(start, start + 1);
                Ok(())
            }
            _ => Err(invalid_character(c, start)),
        }
    }

    /// Something CPython's tokenizer accepts but its parser rejects with
    /// `invalid syntax`.
    fn soft_error(&mut self, start: usize, end: usize) {
        if self.soft_error.is_none() {
            // CPython's parser prefixes its errors inside f-string fields.
            let message = match self.mode {
                Mode::Module => "invalid syntax",
                Mode::FStringExpr => "f-string: invalid syntax",
            };
            let err = SyntaxError::new(message, Span::new(start, end));
            self.soft_error = Some((self.layout.len(), err));
        }
    }
}

/// The prefix letters of a string literal (already validated by the DFA).
fn parse_prefix(letters: &[u8]) -> StrPrefix {
    let mut prefix = StrPrefix::default();
    for &b in letters {
        match b.to_ascii_lowercase() {
            b'r' => prefix.raw = true,
            b'b' => prefix.bytes = true,
            b'f' => prefix.fstring = true,
            b'u' => prefix.unicode = true,
            _ => {}
        }
    }
    prefix
}

/// `unterminated string literal (detected at line N)`, reported at the
/// start of the literal; `detected` is where the newline or end was met.
fn unterminated(src: &str, start: usize, detected: usize, triple: bool) -> SyntaxError {
    let line = line_of(src, detected);
    let what = if triple {
        "unterminated triple-quoted string literal"
    } else {
        "unterminated string literal"
    };
    SyntaxError::new(
        format!("{what} (detected at line {line})"),
        Span::new(start, start),
    )
}

/// CPython's `verify_identifier`: XID_Start (or `_`) then XID_Continue.
fn verify_identifier(text: &str, start: usize) -> Result<(), SyntaxError> {
    for (i, c) in text.char_indices() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        };
        if !ok {
            return Err(invalid_character(c, start + i));
        }
    }
    Ok(())
}

fn invalid_character(c: char, at: usize) -> SyntaxError {
    let message = if super::pyrepr::is_printable(c as u32) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    SyntaxError::new(message, Span::new(at, at))
}

#[cfg(test)]
pub(crate) mod tests;
